//! [`UnknownMethod`]: why a text or method is not one of an enum's methods.

use core::fmt;
use core::hash::Hash;

use super::HttpMethod;

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
