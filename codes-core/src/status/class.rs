//! [`Class`]: the five classes of HTTP status codes.

use core::fmt;
use core::str::FromStr;

use crate::{ParseError, ParseErrorKind};

/// The class of an HTTP status code, given by its first digit (RFC 9110, Section 15).
///
/// ```
/// use codes_core::{Class, StatusCode};
///
/// assert_eq!(StatusCode::NotFound.class(), Class::ClientError);
/// assert_eq!(Class::from_code(503), Some(Class::ServerError));
/// assert_eq!("4xx".parse::<Class>(), Ok(Class::ClientError));
/// assert_eq!(Class::Redirection.to_string(), "3xx Redirection");
/// ```
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
#[repr(u8)]
pub enum Class {
    /// 1xx: the request was received and is being worked on; a final response follows.
    Informational = 1,
    /// 2xx: the request was received, understood and accepted.
    Success = 2,
    /// 3xx: the client has to take a further step, usually another request elsewhere.
    Redirection = 3,
    /// 4xx: the request is at fault and should not be repeated unchanged.
    ClientError = 4,
    /// 5xx: the request may be fine, but the server failed to carry it out.
    ServerError = 5,
}

impl Class {
    /// The five classes, in order.
    pub const ALL: [Class; 5] = [
        Class::Informational,
        Class::Success,
        Class::Redirection,
        Class::ClientError,
        Class::ServerError,
    ];

    /// The class of any number in `100..=599`, registered or not; `None` outside.
    #[must_use]
    pub const fn from_code(code: u16) -> Option<Class> {
        match code {
            100..=199 => Some(Class::Informational),
            200..=299 => Some(Class::Success),
            300..=399 => Some(Class::Redirection),
            400..=499 => Some(Class::ClientError),
            500..=599 => Some(Class::ServerError),
            _ => None,
        }
    }

    /// The first digit: `1` to `5`.
    #[must_use]
    pub const fn digit(self) -> u8 {
        self as u8
    }

    /// The codes of the class: `400..=499` for [`Class::ClientError`].
    #[must_use]
    pub const fn range(self) -> core::ops::RangeInclusive<u16> {
        let first = self as u16 * 100;
        first..=first + 99
    }

    /// Whether `code` is in this class.
    #[must_use]
    pub const fn contains(self, code: u16) -> bool {
        code / 100 == self as u16 && code >= 100
    }

    /// The `x00` code of the class (`400` for client errors): what RFC 9110 §15
    /// tells a client to treat an unrecognised code of the class as.
    #[must_use]
    pub const fn generic_code(self) -> u16 {
        self as u16 * 100
    }

    /// `"1xx"` to `"5xx"`.
    #[must_use]
    pub const fn pattern(self) -> &'static str {
        match self {
            Class::Informational => "1xx",
            Class::Success => "2xx",
            Class::Redirection => "3xx",
            Class::ClientError => "4xx",
            Class::ServerError => "5xx",
        }
    }

    /// The variant's name, e.g. `"ClientError"`: what `name()` means on every
    /// type of this crate (a code's `name()` is its variant's name too).
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Class::Informational => "Informational",
            Class::Success => "Success",
            Class::Redirection => "Redirection",
            Class::ClientError => "ClientError",
            Class::ServerError => "ServerError",
        }
    }

    /// The class's title as RFC 9110 spells it, e.g. `"Client Error"`.
    #[must_use]
    pub const fn title(self) -> &'static str {
        match self {
            Class::Informational => "Informational",
            Class::Success => "Successful",
            Class::Redirection => "Redirection",
            Class::ClientError => "Client Error",
            Class::ServerError => "Server Error",
        }
    }

    /// Whether the class is 4xx or 5xx.
    #[must_use]
    pub const fn is_error(self) -> bool {
        matches!(self, Class::ClientError | Class::ServerError)
    }
}

impl fmt::Display for Class {
    /// Writes `4xx Client Error`; with `{:#}`, only `4xx`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            f.pad(self.pattern())
        } else {
            f.write_str(self.pattern())?;
            f.write_str(" ")?;
            f.write_str(self.title())
        }
    }
}

impl FromStr for Class {
    type Err = ParseError;

    /// Accepts `"4xx"` (also `"4XX"` and `"4"`), the RFC title (`"Client Error"`,
    /// any ASCII case), the variant name (`"ClientError"`) and the Display form
    /// (`"4xx Client Error"`). The text is taken as it is, as the codes' own
    /// `FromStr` takes it: nothing is trimmed.
    ///
    /// # Errors
    ///
    /// [`ParseErrorKind::Empty`] for empty input, [`ParseErrorKind::Whitespace`]
    /// for white space or a control character at either end,
    /// [`ParseErrorKind::UnknownText`] otherwise.
    fn from_str(text: &str) -> Result<Class, ParseError> {
        let (Some(first), Some(last)) = (text.chars().next(), text.chars().next_back()) else {
            return Err(ParseError::http(ParseErrorKind::Empty));
        };
        let loose = |c: char| c.is_whitespace() || c.is_control();
        if loose(first) || loose(last) {
            return Err(ParseError::http(ParseErrorKind::Whitespace));
        }
        Class::ALL
            .into_iter()
            .find(|class| {
                let full_pattern = text.len() == 3
                    && text.as_bytes()[0] == b'0' + class.digit()
                    && text[1..].eq_ignore_ascii_case("xx");
                let digit = text.len() == 1 && text.as_bytes()[0] == b'0' + class.digit();
                let display = text.split_once(' ').is_some_and(|(p, n)| {
                    p.eq_ignore_ascii_case(class.pattern()) && n.eq_ignore_ascii_case(class.title())
                });
                full_pattern
                    || digit
                    || display
                    || text.eq_ignore_ascii_case(class.title())
                    || text.eq_ignore_ascii_case(class.name())
            })
            .ok_or(ParseError::http(ParseErrorKind::UnknownText))
    }
}
