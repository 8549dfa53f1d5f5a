//! The [`Code`] trait, implemented by every enum that `codes!` makes, and the
//! text parser behind their `FromStr`.

use core::fmt::{Debug, Display};
use core::hash::Hash;
use core::iter::FusedIterator;
use core::marker::PhantomData;
use core::str::FromStr;

use crate::error::Family;
use crate::{Class, ParseError, ParseErrorKind, UnknownCode};

/// What every enum made by [`codes!`](crate::codes) offers, for generic code:
/// problem-details bodies, logging, metrics, lookups.
///
/// The inherent methods of the enums are `const fn` and are what you call on a
/// concrete type; this trait mirrors them. It is implemented only by `codes!`.
///
/// ```
/// use codes_core::{Code, StatusCode};
///
/// fn describe<C: Code>(code: C) -> String {
///     format!("{code}: {}", code.description())
/// }
/// assert!(describe(StatusCode::Gone).starts_with("410 Gone: "));
/// assert_eq!(StatusCode::ALL.len(), <StatusCode as Code>::CODES.len());
/// assert!(StatusCode::all().eq(StatusCode::ALL));
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an enum made by `codes!`",
    label = "`extends` and the `Code` trait need an enum made by `codes_core::codes!`"
)]
pub trait Code:
    Copy
    + Eq
    + Ord
    + Hash
    + Debug
    + Display
    + Into<u16>
    + TryFrom<u16, Error = UnknownCode>
    + FromStr<Err = ParseError>
    + PartialEq<u16>
    + 'static
{
    /// Every numeric code, in ascending order. (The variants themselves:
    /// [`Code::all`]. A constant slice of the enum is not offered here: rustc
    /// evaluates such constants in time quadratic in their length, which long
    /// lists cannot afford.)
    const CODES: &'static [u16];
    /// The enum's name, e.g. `"StatusCode"`.
    const TYPE_NAME: &'static str;
    /// The family of codes, for error messages. Not public API.
    #[doc(hidden)]
    const FAMILY: &'static Family;

    /// The numeric code.
    fn code(self) -> u16;
    /// The variant with this code, if any.
    fn from_code(code: u16) -> Option<Self>;
    /// The reason phrase, e.g. `"Not Found"`.
    fn reason(self) -> &'static str;
    /// The variant's name, e.g. `"NotFound"`.
    fn name(self) -> &'static str;
    /// A one-sentence description.
    fn description(self) -> &'static str;
    /// The defining specification, if the list names one.
    fn spec(self) -> Option<&'static str>;
    /// Former names of the code, accepted when parsing text.
    fn aliases(self) -> &'static [&'static str];
    /// The HTTP class; `None` for families whose codes are not HTTP-classed.
    /// (Named apart from the enums' own `class()`, which for a family with
    /// declared classes returns the family's class enum.)
    fn http_class(self) -> Option<Class>;

    /// Every variant, in ascending order of codes.
    #[must_use]
    #[inline]
    fn all() -> Iter<Self> {
        Iter {
            codes: Self::CODES.iter(),
            marker: PhantomData,
        }
    }
}

/// The variants of a [`Code`] enum, in ascending order of codes: what
/// [`Code::all`] and the enums' `iter()` return.
///
/// ```
/// use codes_core::StatusCode;
///
/// let mut server_errors = StatusCode::iter().filter(|s| s.is_server_error());
/// assert_eq!(server_errors.next(), Some(StatusCode::InternalServerError));
/// assert_eq!(StatusCode::iter().len(), StatusCode::COUNT);
/// assert_eq!(StatusCode::iter().next_back(), Some(StatusCode::NetworkAuthenticationRequired));
/// ```
#[derive(Clone, Debug)]
pub struct Iter<C> {
    codes: core::slice::Iter<'static, u16>,
    marker: PhantomData<fn() -> C>,
}

impl<C: Code> Iterator for Iter<C> {
    type Item = C;

    #[inline]
    fn next(&mut self) -> Option<C> {
        // Every code of `CODES` has its variant: `find_map` never skips one.
        self.codes.find_map(|&code| C::from_code(code))
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.codes.size_hint()
    }
}

impl<C: Code> DoubleEndedIterator for Iter<C> {
    #[inline]
    fn next_back(&mut self) -> Option<C> {
        self.codes
            .by_ref()
            .rev()
            .find_map(|&code| C::from_code(code))
    }
}

impl<C: Code> ExactSizeIterator for Iter<C> {}

impl<C: Code> FusedIterator for Iter<C> {}

/// Whether `text` names `code` by reason phrase, alias or variant name (ASCII case ignored).
fn names<C: Code>(code: C, text: &str) -> bool {
    text.eq_ignore_ascii_case(code.reason())
        || text.eq_ignore_ascii_case(code.name())
        || code
            .aliases()
            .iter()
            .any(|alias| text.eq_ignore_ascii_case(alias))
}

/// The `FromStr` of every generated enum. Accepts, with surrounding ASCII white
/// space ignored: the number (`"404"`), the number and the phrase (`"404 Not
/// Found"`), the reason phrase (`"not found"`: ASCII case is ignored), a former
/// phrase (`"Payload Too Large"`), or the variant name (`"NotFound"`).
///
/// A number takes the form the family's codes take: an HTTP status code is
/// exactly three ASCII digits (RFC 9110, Section 15), so `"0404"` and `"40"`
/// are refused; codes of other families are decimal without a leading zero.
#[doc(hidden)]
#[inline]
pub fn parse_code<C: Code>(text: &str) -> Result<C, ParseError> {
    // Fast path: exactly three ASCII digits, the common case on the wire.
    if let [a, b, c] = *text.as_bytes() {
        let (a, b, c) = (
            a.wrapping_sub(b'0'),
            b.wrapping_sub(b'0'),
            c.wrapping_sub(b'0'),
        );
        if a < 10 && b < 10 && c < 10 && (a != 0 || C::FAMILY.is_http()) {
            let number = u16::from(a) * 100 + u16::from(b) * 10 + u16::from(c);
            return C::try_from(number).map_err(ParseError::from);
        }
    }
    parse_text(text)
}

/// Everything but three bare digits: white space, phrases, names, other numbers.
fn parse_text<C: Code>(text: &str) -> Result<C, ParseError> {
    let text = text.trim_ascii();
    if text.is_empty() {
        return Err(ParseError::of::<C>(ParseErrorKind::Empty));
    }
    if text.as_bytes()[0].is_ascii_digit() {
        let digits = text.bytes().take_while(u8::is_ascii_digit).count();
        let (number, rest) = text.split_at(digits);
        let invalid = || ParseError::of::<C>(ParseErrorKind::InvalidNumber);
        let well_formed = if C::FAMILY.is_http() {
            number.len() == 3
        } else {
            number.len() <= 5 && (number.len() == 1 || !number.starts_with('0'))
        };
        if !well_formed || !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
            return Err(invalid());
        }
        let number: u16 = number.parse().map_err(|_| invalid())?;
        let code = C::try_from(number)?;
        let phrase = rest.trim_ascii();
        return if phrase.is_empty() || names(code, phrase) {
            Ok(code)
        } else {
            Err(ParseError::of::<C>(ParseErrorKind::Mismatch(number)))
        };
    }
    C::all()
        .find(|code| names(*code, text))
        .ok_or(ParseError::of::<C>(ParseErrorKind::UnknownText))
}
