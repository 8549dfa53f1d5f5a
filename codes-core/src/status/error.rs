//! The typed errors of the conversions: [`UnknownCode`] and [`ParseError`].
//! Both know the family of codes they were converting into, so that their
//! messages speak of HTTP status codes for HTTP enums, and of a list's own
//! codes for other families.

use core::fmt;

use crate::Code;

/// The codes an enum holds, as the errors describe them. Generated code names
/// it; not public API beyond [`Code`].
#[doc(hidden)]
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
pub struct Family {
    /// The enum's name; empty for HTTP status codes.
    name: &'static str,
    min: u16,
    max: u16,
}

impl Family {
    /// HTTP status codes: three digits, 100 to 599. Every HTTP-classed enum
    /// (the registry, its extensions) shares it.
    pub const HTTP: Family = Family {
        name: "",
        min: 100,
        max: 599,
    };

    /// The codes of the enum `name`, `min` to `max`.
    #[must_use]
    pub const fn new(name: &'static str, min: u16, max: u16) -> Family {
        Family { name, min, max }
    }

    pub(crate) const fn is_http(&self) -> bool {
        self.name.is_empty()
    }

    /// The number of digits every code of the family has, if they all have as many.
    const fn width(&self) -> Option<u32> {
        let (low, high) = (digits(self.min), digits(self.max));
        if low == high {
            Some(low)
        } else {
            None
        }
    }

    /// `"a status code"`, `"a code of AppError"`.
    fn write_what(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_http() {
            f.write_str("status code")
        } else {
            write!(f, "code of {}", self.name)
        }
    }

    /// `"3 digits such as 404"`, `"4 digits, from 1000 to 9999"`.
    fn write_form(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_http() {
            return f.write_str("3 digits such as 404");
        }
        match self.width() {
            Some(width) => write!(f, "{width} digits, from {} to {}", self.min, self.max),
            None => write!(f, "a number from {} to {}", self.min, self.max),
        }
    }
}

/// `HTTP` or `AppCode(1000..=9999)`: short, as it shows inside the errors' `Debug`.
impl fmt::Debug for Family {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_http() {
            f.write_str("HTTP")
        } else {
            write!(f, "{}({}..={})", self.name, self.min, self.max)
        }
    }
}

const fn digits(mut n: u16) -> u32 {
    let mut count = 1;
    while n >= 10 {
        n /= 10;
        count += 1;
    }
    count
}

/// A number that is not a code of the enum it was converted to.
///
/// Returned by `TryFrom<u16>` (and by the conversion of an extension into its
/// base). It keeps the number, so a caller can log it or fall back to
/// [`StatusCode::from_code_lenient`](crate::StatusCode::from_code_lenient).
///
/// ```
/// use codes_core::{StatusCode, UnknownCode};
///
/// let err = StatusCode::try_from(299).unwrap_err();
/// assert_eq!(err, UnknownCode::new(299));
/// assert_eq!(err.code(), 299);
/// assert_eq!(err.to_string(), "299 is not a known status code");
/// ```
///
/// For a family of other codes, the message names the enum and its codes:
///
/// ```
/// codes_core::codes! {
///     #[codes(range = 1000..=9999)]
///     pub enum AppCode {
///         1001 InvalidToken = "Invalid token",
///     }
/// }
///
/// let err = AppCode::try_from(1500).unwrap_err();
/// assert_eq!(err.to_string(), "1500 is not a code of AppCode (4 digits, from 1000 to 9999)");
/// ```
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct UnknownCode {
    code: u16,
    family: &'static Family,
}

impl UnknownCode {
    /// The error for `code`, as an HTTP status code (what every HTTP-classed
    /// enum, [`StatusCode`](crate::StatusCode) and its extensions, returns).
    #[must_use]
    pub const fn new(code: u16) -> UnknownCode {
        UnknownCode {
            code,
            family: &Family::HTTP,
        }
    }

    /// The error for `code`, as a would-be code of the enum `C`.
    #[must_use]
    pub const fn of<C: Code>(code: u16) -> UnknownCode {
        UnknownCode {
            code,
            family: C::FAMILY,
        }
    }

    /// The number that was not recognised.
    #[must_use]
    pub const fn code(self) -> u16 {
        self.code
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.family.is_http() {
            return write!(f, "{} is not a known status code", self.code);
        }
        write!(f, "{} is not a ", self.code)?;
        self.family.write_what(f)?;
        f.write_str(" (")?;
        self.family.write_form(f)?;
        f.write_str(")")
    }
}

impl core::error::Error for UnknownCode {}

/// Why text could not be parsed into a code (`FromStr`): see [`kind`](Self::kind).
///
/// ```
/// use codes_core::{ParseErrorKind, StatusCode, UnknownCode};
///
/// let kind = |text: &str| text.parse::<StatusCode>().unwrap_err().kind();
/// assert_eq!(kind(""), ParseErrorKind::Empty);
/// assert_eq!(kind(" 404"), ParseErrorKind::Whitespace);
/// assert_eq!(kind("404 Not Found\r\n"), ParseErrorKind::Whitespace);
/// assert_eq!(kind("299"), ParseErrorKind::Unknown(UnknownCode::new(299)));
/// assert_eq!(kind("4o4"), ParseErrorKind::InvalidNumber);
/// assert_eq!(kind("0404"), ParseErrorKind::InvalidNumber);
/// assert_eq!(kind("404 OK"), ParseErrorKind::Mismatch(404));
/// assert_eq!(kind("Not Fuond"), ParseErrorKind::UnknownText);
/// assert_eq!(
///     "4o4".parse::<StatusCode>().unwrap_err().to_string(),
///     "not a status code number: expected 3 digits such as 404",
/// );
/// ```
///
/// It is two words wide (a `Result<StatusCode, ParseError>` is returned in
/// registers): the kind is stored as a tag and a number, and rebuilt by
/// [`kind`](Self::kind).
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
pub struct ParseError {
    /// The family of the enum; for [`ParseErrorKind::Unknown`], the family of
    /// its [`UnknownCode`].
    family: &'static Family,
    /// The number of [`ParseErrorKind::Unknown`] and [`ParseErrorKind::Mismatch`]; 0 otherwise.
    code: u16,
    tag: Tag,
}

/// [`ParseErrorKind`] without its data.
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
enum Tag {
    Empty,
    Whitespace,
    InvalidNumber,
    Unknown,
    Mismatch,
    UnknownText,
}

/// What was wrong with the text; see [`ParseError`].
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The text was empty.
    Empty,
    /// The text starts or ends with white space or a control character
    /// (`" 404"`, `"404\r\n"`): `FromStr` takes the text as it is, as
    /// `str::parse::<u16>` and `http::StatusCode` do. Trim it first if it
    /// comes from a human or a line-based format.
    Whitespace,
    /// The text starts with a digit but is not a code number of the enum's
    /// form: for HTTP, exactly three ASCII digits (RFC 9110, Section 15); for
    /// other families, decimal digits without a leading zero. A number is
    /// followed by nothing, or by one space and a phrase.
    InvalidNumber,
    /// A well-formed number that is not a code of the enum.
    Unknown(UnknownCode),
    /// A known code followed by a phrase that is not its reason phrase
    /// (`"404 OK"`); holds the code.
    Mismatch(u16),
    /// Text that is neither a number, nor a reason phrase, alias, variant name
    /// or former name of the enum.
    UnknownText,
}

impl ParseError {
    /// The error `kind`, for a would-be code of the enum `C`.
    #[must_use]
    pub const fn of<C: Code>(kind: ParseErrorKind) -> ParseError {
        ParseError::new(kind, C::FAMILY)
    }

    /// The error `kind`, for HTTP status codes (and classes).
    #[must_use]
    pub const fn http(kind: ParseErrorKind) -> ParseError {
        ParseError::new(kind, &Family::HTTP)
    }

    const fn new(kind: ParseErrorKind, family: &'static Family) -> ParseError {
        let (tag, code, family) = match kind {
            ParseErrorKind::Empty => (Tag::Empty, 0, family),
            ParseErrorKind::Whitespace => (Tag::Whitespace, 0, family),
            ParseErrorKind::InvalidNumber => (Tag::InvalidNumber, 0, family),
            ParseErrorKind::Unknown(unknown) => (Tag::Unknown, unknown.code, unknown.family),
            ParseErrorKind::Mismatch(code) => (Tag::Mismatch, code, family),
            ParseErrorKind::UnknownText => (Tag::UnknownText, 0, family),
        };
        ParseError { family, code, tag }
    }

    /// What was wrong with the text.
    #[must_use]
    pub const fn kind(&self) -> ParseErrorKind {
        match self.tag {
            Tag::Empty => ParseErrorKind::Empty,
            Tag::Whitespace => ParseErrorKind::Whitespace,
            Tag::InvalidNumber => ParseErrorKind::InvalidNumber,
            Tag::Unknown => ParseErrorKind::Unknown(UnknownCode {
                code: self.code,
                family: self.family,
            }),
            Tag::Mismatch => ParseErrorKind::Mismatch(self.code),
            Tag::UnknownText => ParseErrorKind::UnknownText,
        }
    }
}

/// `ParseError { kind: InvalidNumber, family: HTTP }`: the kind rebuilt from
/// the tag and the number, which are not shown apart.
#[allow(clippy::missing_fields_in_debug)]
impl fmt::Debug for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParseError")
            .field("kind", &self.kind())
            .field("family", self.family)
            .finish()
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let family = self.family;
        match self.kind() {
            ParseErrorKind::Empty => {
                f.write_str("empty text is not a ")?;
                family.write_what(f)
            }
            ParseErrorKind::Whitespace => {
                f.write_str("the text starts or ends with white space or a control character: a ")?;
                family.write_what(f)?;
                f.write_str(" is parsed as it is, without trimming")
            }
            ParseErrorKind::InvalidNumber => {
                f.write_str("not a ")?;
                family.write_what(f)?;
                f.write_str(" number: expected ")?;
                family.write_form(f)
            }
            ParseErrorKind::Unknown(unknown) => fmt::Display::fmt(&unknown, f),
            ParseErrorKind::Mismatch(code) => write!(
                f,
                "the phrase after {code} is not the reason phrase of {code}"
            ),
            ParseErrorKind::UnknownText => {
                f.write_str("not a known ")?;
                family.write_what(f)?;
                f.write_str(", reason phrase or name")
            }
        }
    }
}

/// No source: the message of an [`ParseErrorKind::Unknown`] is the
/// [`UnknownCode`]'s own (a report that printed both would say it twice);
/// [`kind`](ParseError::kind) gives the `UnknownCode` itself.
impl core::error::Error for ParseError {}

impl From<UnknownCode> for ParseError {
    #[inline]
    fn from(unknown: UnknownCode) -> ParseError {
        ParseError {
            family: unknown.family,
            code: unknown.code,
            tag: Tag::Unknown,
        }
    }
}
