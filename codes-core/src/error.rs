//! The typed errors of the conversions: [`UnknownCode`] and [`ParseError`].

use core::fmt;

/// A number that is not a code of the enum it was converted to.
///
/// Returned by `TryFrom<u16>` and `from_code_lenient`. It keeps the number, so
/// a caller can log it or fall back to [`StatusCode::from_code_lenient`](crate::StatusCode::from_code_lenient).
///
/// ```
/// use codes_core::{StatusCode, UnknownCode};
///
/// let err = StatusCode::try_from(299).unwrap_err();
/// assert_eq!(err, UnknownCode::new(299));
/// assert_eq!(err.code(), 299);
/// assert_eq!(err.to_string(), "299 is not a known status code");
/// ```
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct UnknownCode {
    code: u16,
}

impl UnknownCode {
    /// The error for `code`.
    #[must_use]
    pub const fn new(code: u16) -> UnknownCode {
        UnknownCode { code }
    }

    /// The number that was not recognised.
    #[must_use]
    pub const fn code(self) -> u16 {
        self.code
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is not a known status code", self.code)
    }
}

impl core::error::Error for UnknownCode {}

/// Why text could not be parsed into a code (`FromStr`).
///
/// ```
/// use codes_core::{ParseError, StatusCode, UnknownCode};
///
/// assert_eq!("".parse::<StatusCode>(), Err(ParseError::Empty));
/// assert_eq!("299".parse::<StatusCode>(), Err(ParseError::Unknown(UnknownCode::new(299))));
/// assert_eq!("4o4".parse::<StatusCode>(), Err(ParseError::InvalidNumber));
/// assert_eq!("404 OK".parse::<StatusCode>(), Err(ParseError::Mismatch(StatusCode::NotFound.code())));
/// assert_eq!("Not Fuond".parse::<StatusCode>(), Err(ParseError::UnknownText));
/// ```
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum ParseError {
    /// The text was empty or only white space.
    Empty,
    /// The text starts with a digit but is not a decimal number that fits a `u16`.
    InvalidNumber,
    /// A well-formed number that is not a code of the enum.
    Unknown(UnknownCode),
    /// A known code followed by a phrase that is not its reason phrase
    /// (`"404 OK"`); holds the code.
    Mismatch(u16),
    /// Text that is neither a number, nor a reason phrase, alias or variant name of the enum.
    UnknownText,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => f.write_str("empty text is not a status code"),
            ParseError::InvalidNumber => {
                f.write_str("not a valid status code number (expected 3 digits such as 404)")
            }
            ParseError::Unknown(unknown) => fmt::Display::fmt(unknown, f),
            ParseError::Mismatch(code) => write!(
                f,
                "the phrase after {code} is not the reason phrase of {code}"
            ),
            ParseError::UnknownText => {
                f.write_str("not a known status code, reason phrase or name")
            }
        }
    }
}

impl core::error::Error for ParseError {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        match self {
            ParseError::Unknown(unknown) => Some(unknown),
            _ => None,
        }
    }
}

impl From<UnknownCode> for ParseError {
    fn from(unknown: UnknownCode) -> ParseError {
        ParseError::Unknown(unknown)
    }
}
