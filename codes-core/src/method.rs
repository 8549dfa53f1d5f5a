//! What every enum of HTTP methods shares, hand-written: the [`HttpMethod`]
//! trait, [`RequestContent`], the conversion error [`UnknownMethod`], and
//! [`Allow`], the value of an `Allow` header field. The registry itself is
//! `method_registry.rs`, made by [`methods!`](crate::methods).

use core::fmt;
use core::hash::Hash;
use core::str::FromStr;

/// Implemented by every enum made by [`methods!`](crate::methods): the
/// registry's [`Method`](crate::Method) and its extensions. For generic code
/// (an `Allow` header, logging, routing tables); the enums have the same
/// functions as inherent `const fn`s.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an enum made by `methods!`",
    label = "not a list of HTTP methods",
    note = "`extends` of a method list takes an enum made by `methods!`, such as `codes_core::Method`"
)]
pub trait HttpMethod:
    Copy + Eq + Ord + Hash + fmt::Debug + fmt::Display + FromStr<Err = UnknownMethod> + 'static
{
    /// Every method of the enum, in declaration order.
    const ALL: &'static [Self];
    /// The enum's name, for messages (`"Method"`).
    const TYPE_NAME: &'static str;
    /// The method's token, as in a request line (`"GET"`).
    fn as_str(self) -> &'static str;
    /// The method whose token is exactly `bytes` (case-sensitive).
    fn from_bytes(bytes: &[u8]) -> Option<Self>;
    /// RFC 9110, Section 9.2.1: the client asks for no change of state.
    fn is_safe(self) -> bool;
    /// RFC 9110, Section 9.2.2: sending it twice is the same as once.
    fn is_idempotent(self) -> bool;
    /// RFC 9110, Section 9.2.3 (and RFC 10008 for `QUERY`): a cache may reuse
    /// a response for a later request with this method.
    fn is_cacheable(self) -> bool;
    /// What content in a request with this method means.
    fn request_content(self) -> RequestContent;
    /// One sentence on what the method asks for.
    fn description(self) -> &'static str;
    /// The specification that defines the method.
    fn spec(self) -> Option<&'static str>;
    /// A link to the first specification in [`spec`](Self::spec).
    fn spec_url(self) -> Option<&'static str>;
}

/// What content in a request means for a method.
///
/// ```
/// use codes_core::{Method, RequestContent};
///
/// assert_eq!(Method::Post.request_content(), RequestContent::Defined);
/// assert_eq!(Method::Get.request_content(), RequestContent::Undefined);
/// assert_eq!(Method::Trace.request_content(), RequestContent::NotAllowed);
/// assert!(Method::Query.request_content().is_defined());
/// ```
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum RequestContent {
    /// The method defines what the content is: the representation to store
    /// (`PUT`), the data to process (`POST`), the patch document (`PATCH`), the
    /// query (`QUERY`), the XML body of a WebDAV method.
    Defined,
    /// Content is allowed, but has no generally defined meaning (`GET`, `HEAD`,
    /// `DELETE`, `OPTIONS`): some servers reject such requests, and proxies may
    /// drop the content. Do not rely on it; that is what `QUERY` is for.
    Undefined,
    /// A request with this method has no content: `TRACE` must not carry any,
    /// `CONNECT` is followed by the tunnel, `PRI` is not a request at all.
    NotAllowed,
}

impl RequestContent {
    /// Whether the method gives request content a meaning.
    #[must_use]
    pub const fn is_defined(self) -> bool {
        matches!(self, RequestContent::Defined)
    }
}

/// A string or method that is not a method of the enum converted into: the
/// error of `FromStr`, `TryFrom<&str>`, `TryFrom<http::Method>` and of an
/// extension's conversion into its base. [`kind`](Self::kind) says why, and
/// [`input`](Self::input) what was refused, for logs and problem details.
///
/// It allocates nothing (the input is kept up to 21 bytes) and is 32 bytes.
///
/// ```
/// use codes_core::{Method, UnknownMethodKind};
///
/// let error = "get".parse::<Method>().unwrap_err();
/// assert_eq!(error.kind(), UnknownMethodKind::NotInEnum);
/// assert_eq!(error.input(), "get");
/// assert_eq!(error.suggestion(), Some("GET")); // methods are case-sensitive
/// assert_eq!(
///     error.to_string(),
///     "`get` is not among the methods of `Method` (method names are case-sensitive: did you mean `GET`?)"
/// );
/// let spaced = "GET ".parse::<Method>().unwrap_err();
/// assert_eq!(spaced.kind(), UnknownMethodKind::NotAToken);
/// assert_eq!(
///     spaced.to_string(),
///     r#""GET " is not an HTTP method: a method is a token of ASCII letters, digits and !#$%&'*+-.^_`|~, without white space"#
/// );
/// ```
#[derive(Copy, Clone)]
pub struct UnknownMethod {
    kind: UnknownMethodKind,
    /// How many bytes of `input` hold the input (a UTF-8 prefix of it).
    len: u8,
    /// The input was longer than what is kept, or not UTF-8 past `len`.
    truncated: bool,
    input: [u8; KEPT],
    /// The enum converted into: its name, and its method the input would be
    /// in upper case (computed when asked, not on the error path).
    target: fn(&[u8]) -> (&'static str, Option<&'static str>),
}

/// How many bytes of a refused input an [`UnknownMethod`] keeps (the longest
/// registered method, `UPDATEREDIRECTREF`, is 17).
const KEPT: usize = 21;

/// Why a conversion into a method enum failed.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum UnknownMethodKind {
    /// The input was empty.
    Empty,
    /// The input is not a token: a method is ASCII letters, digits and
    /// ``!#$%&'*+-.^_`|~`` (RFC 9110, Section 5.6.2); white space is not trimmed.
    NotAToken,
    /// `*`: reserved in the method registry, never a method.
    Reserved,
    /// A well-formed method that the enum does not have (`PURGE` for
    /// [`Method`](crate::Method), or `get`, which is not `GET`).
    NotInEnum,
}

/// The name of `M`, and its method spelled as `input` in upper case.
fn target<M: HttpMethod>(input: &[u8]) -> (&'static str, Option<&'static str>) {
    let mut upper = [0u8; KEPT];
    let suggestion = upper.get_mut(..input.len()).and_then(|upper| {
        upper.copy_from_slice(input);
        upper.make_ascii_uppercase();
        M::from_bytes(upper)
    });
    (
        M::TYPE_NAME,
        suggestion.map(M::as_str).filter(|s| s.as_bytes() != input),
    )
}

impl UnknownMethod {
    /// Why the conversion failed.
    #[must_use]
    pub const fn kind(&self) -> UnknownMethodKind {
        self.kind
    }

    /// What was refused: the input, or its first 21 bytes when it is longer
    /// (see [`is_truncated`](Self::is_truncated)); a conversion from an
    /// extension gives the extension's token.
    #[must_use]
    pub fn input(&self) -> &str {
        // `len` always ends a UTF-8 prefix; the fallback cannot be taken.
        core::str::from_utf8(&self.input[..usize::from(self.len)]).unwrap_or_default()
    }

    /// Whether [`input`](Self::input) is only the start of what was refused.
    #[must_use]
    pub const fn is_truncated(&self) -> bool {
        self.truncated
    }

    /// The enum's method spelled like the input up to ASCII case (`"GET"` for
    /// `"get"`): method names are case-sensitive, so it is not accepted, but it
    /// is what the sender most likely meant.
    #[must_use]
    pub fn suggestion(&self) -> Option<&'static str> {
        if self.kind != UnknownMethodKind::NotInEnum || self.truncated {
            return None;
        }
        (self.target)(&self.input[..usize::from(self.len)]).1
    }

    /// The name of the enum converted into (`"Method"`).
    #[must_use]
    pub fn enum_name(&self) -> &'static str {
        (self.target)(&[]).0
    }

    /// The error of converting `input` into `M`, saying why.
    #[must_use]
    pub fn of<M: HttpMethod>(input: &[u8]) -> UnknownMethod {
        let kind = match input {
            [] => UnknownMethodKind::Empty,
            b"*" => UnknownMethodKind::Reserved,
            _ if !input.iter().all(|&b| is_tchar(b)) => UnknownMethodKind::NotAToken,
            _ => UnknownMethodKind::NotInEnum,
        };
        let head = &input[..input.len().min(KEPT)];
        let len = match core::str::from_utf8(head) {
            Ok(_) => head.len(),
            Err(e) => e.valid_up_to(),
        };
        let mut kept = [0u8; KEPT];
        kept[..len].copy_from_slice(&head[..len]);
        UnknownMethod {
            kind,
            // At most `KEPT`, which fits.
            len: u8::try_from(len).unwrap_or(0),
            truncated: len < input.len(),
            input: kept,
            target: target::<M>,
        }
    }

    /// The error of converting the method `token` of another enum into `M`.
    #[must_use]
    pub fn not_in<M: HttpMethod>(token: &'static str) -> UnknownMethod {
        UnknownMethod::of::<M>(token.as_bytes())
    }
}

/// Equal when of the same kind, for the same enum, with the same input.
impl PartialEq for UnknownMethod {
    fn eq(&self, other: &UnknownMethod) -> bool {
        self.kind == other.kind
            && self.truncated == other.truncated
            && self.input() == other.input()
            && self.enum_name() == other.enum_name()
    }
}

impl Eq for UnknownMethod {}

impl core::hash::Hash for UnknownMethod {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.kind.hash(state);
        self.truncated.hash(state);
        self.input().hash(state);
        self.enum_name().hash(state);
    }
}

/// A byte of a token (RFC 9110, Section 5.6.2): what method names and
/// header field names are made of.
pub(crate) const fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric()
        || matches!(
            b,
            b'!' | b'#'
                | b'$'
                | b'%'
                | b'&'
                | b'\''
                | b'*'
                | b'+'
                | b'-'
                | b'.'
                | b'^'
                | b'_'
                | b'`'
                | b'|'
                | b'~'
        )
}

impl fmt::Display for UnknownMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let more = if self.truncated { "..." } else { "" };
        match self.kind {
            UnknownMethodKind::Empty => f.write_str("an empty string is not an HTTP method"),
            UnknownMethodKind::NotAToken => write!(
                f,
                "{:?}{more} is not an HTTP method: a method is a token of ASCII letters, digits and !#$%&'*+-.^_`|~, without white space",
                self.input()
            ),
            UnknownMethodKind::Reserved => {
                f.write_str("`*` is reserved in the HTTP method registry, not a method")
            }
            UnknownMethodKind::NotInEnum => {
                write!(
                    f,
                    "`{}`{more} is not among the methods of `{}`",
                    self.input(),
                    self.enum_name()
                )?;
                if let Some(suggestion) = self.suggestion() {
                    write!(
                        f,
                        " (method names are case-sensitive: did you mean `{suggestion}`?)"
                    )?;
                }
                Ok(())
            }
        }
    }
}

/// `UnknownMethod { kind: NotInEnum, input: "get", enum_name: "Method", .. }`
/// (with `truncated: true` when the input was cut).
impl fmt::Debug for UnknownMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut debug = f.debug_struct("UnknownMethod");
        debug
            .field("kind", &self.kind)
            .field("input", &self.input());
        if self.truncated {
            debug.field("truncated", &true);
        }
        debug
            .field("enum_name", &self.enum_name())
            .finish_non_exhaustive()
    }
}

impl core::error::Error for UnknownMethod {}

/// The value of an `Allow` header field (RFC 9110, Section 10.2.1): the
/// methods a resource supports, as `GET, HEAD, POST`. A `405 Method Not
/// Allowed` must carry it.
///
/// Its `Display` is the field value, so it fits wherever a header is written:
/// `Problem::with_allow` (feature `problem`), a
/// `#[problem(header = "allow")]` field of a derived error, or any framework's
/// header map.
///
/// ```
/// use codes_core::{Allow, Method};
///
/// const USERS: Allow<'static> = Allow(&[Method::Get, Method::Head, Method::Post, Method::Query]);
/// assert_eq!(USERS.to_string(), "GET, HEAD, POST, QUERY");
/// assert!(USERS.allows(Method::Query));
/// ```
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct Allow<'a, M: HttpMethod = crate::Method>(pub &'a [M]);

impl<M: HttpMethod> Allow<'_, M> {
    /// Whether `method` is one of the allowed methods.
    #[must_use]
    pub fn allows(&self, method: M) -> bool {
        self.0.contains(&method)
    }
}

impl<M: HttpMethod> fmt::Display for Allow<'_, M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, method) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(method.as_str())?;
        }
        Ok(())
    }
}

/// `FromStr` of every method enum: the exact token, else a typed error.
#[doc(hidden)]
#[inline]
pub fn parse_method<M: HttpMethod>(s: &str) -> Result<M, UnknownMethod> {
    /// Out of line and cold: the error (its kind, a scan of every token for
    /// a suggestion) is the rare path, kept out of the caller's hot loop.
    #[cold]
    #[inline(never)]
    fn unknown<M: HttpMethod>(bytes: &[u8]) -> UnknownMethod {
        UnknownMethod::of::<M>(bytes)
    }
    match M::from_bytes(s.as_bytes()) {
        Some(method) => Ok(method),
        None => Err(unknown::<M>(s.as_bytes())),
    }
}
