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
/// extension's conversion into its base. [`kind`](Self::kind) says why.
///
/// ```
/// use codes_core::{Method, UnknownMethodKind};
///
/// let error = "get".parse::<Method>().unwrap_err();
/// assert_eq!(error.kind(), UnknownMethodKind::NotInEnum);
/// assert_eq!(error.suggestion(), Some("GET")); // methods are case-sensitive
/// assert_eq!(
///     error.to_string(),
///     "not a method of Method (method names are case-sensitive: did you mean `GET`?)"
/// );
/// assert_eq!("GET ".parse::<Method>().unwrap_err().kind(), UnknownMethodKind::NotAToken);
/// ```
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
pub struct UnknownMethod {
    kind: UnknownMethodKind,
    type_name: &'static str,
    /// The method's token, when the input was a method of another enum.
    token: Option<&'static str>,
    /// The enum's token equal to the input up to ASCII case.
    suggestion: Option<&'static str>,
}

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

impl UnknownMethod {
    /// Why the conversion failed.
    #[must_use]
    pub const fn kind(&self) -> UnknownMethodKind {
        self.kind
    }

    /// The enum's method equal to the input up to ASCII case (`"GET"` for
    /// `"get"`): method names are case-sensitive, so it is not accepted, but it
    /// is what the sender most likely meant.
    #[must_use]
    pub const fn suggestion(&self) -> Option<&'static str> {
        self.suggestion
    }

    /// The method that the enum does not have, when it is known for the whole
    /// program's life (a conversion from an extension into its base).
    #[must_use]
    pub const fn method(&self) -> Option<&'static str> {
        self.token
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
        let suggestion = if kind == UnknownMethodKind::NotInEnum {
            M::ALL
                .iter()
                .map(|m| m.as_str())
                .find(|t| t.as_bytes().eq_ignore_ascii_case(input))
        } else {
            None
        };
        UnknownMethod {
            kind,
            type_name: M::TYPE_NAME,
            token: None,
            suggestion,
        }
    }

    /// The error of converting the method `token` of another enum into `M`.
    #[must_use]
    pub fn not_in<M: HttpMethod>(token: &'static str) -> UnknownMethod {
        UnknownMethod {
            token: Some(token),
            ..UnknownMethod::of::<M>(token.as_bytes())
        }
    }
}

/// RFC 9110, Section 5.6.2.
const fn is_tchar(b: u8) -> bool {
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
        match self.kind {
            UnknownMethodKind::Empty => f.write_str("an empty string is not an HTTP method"),
            UnknownMethodKind::NotAToken => f.write_str(
                "not an HTTP method: a method is a token of ASCII letters, digits and !#$%&'*+-.^_`|~, without white space",
            ),
            UnknownMethodKind::Reserved => {
                f.write_str("`*` is reserved in the HTTP method registry, not a method")
            }
            UnknownMethodKind::NotInEnum => {
                match self.token {
                    Some(token) => write!(f, "`{token}` is not a method of {}", self.type_name)?,
                    None => write!(f, "not a method of {}", self.type_name)?,
                }
                if let Some(suggestion) = self.suggestion {
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

/// Short: `UnknownMethod(NotInEnum, Method, suggestion: "GET")`.
impl fmt::Debug for UnknownMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "UnknownMethod({:?}, {}", self.kind, self.type_name)?;
        if let Some(token) = self.token {
            write!(f, ", method: {token:?}")?;
        }
        if let Some(suggestion) = self.suggestion {
            write!(f, ", suggestion: {suggestion:?}")?;
        }
        f.write_str(")")
    }
}

impl core::error::Error for UnknownMethod {}

/// The value of an `Allow` header field (RFC 9110, Section 10.2.1): the
/// methods a resource supports, as `GET, HEAD, POST`. A `405 Method Not
/// Allowed` must carry it.
///
/// Its `Display` is the field value, so it fits wherever a header is written:
/// [`Problem::with_allow`](crate::problem::Problem::with_allow), a
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
