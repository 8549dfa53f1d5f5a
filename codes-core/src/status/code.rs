//! The [`Code`] trait, implemented by every enum that `codes!` makes, and the
//! text parser behind their `FromStr`.

use core::fmt::{Debug, Display};
use core::hash::Hash;
use core::iter::FusedIterator;
use core::marker::PhantomData;
use core::str::FromStr;

use super::error::Family;
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
    /// Every text `FromStr` accepts (reason phrases, aliases, variant names,
    /// former names) with its code, sorted by length, then by ASCII-lowercase
    /// bytes. Not public API.
    #[doc(hidden)]
    const TEXTS: &'static [(&'static str, u16)];
    /// `TEXT_OFFSETS[n]..TEXT_OFFSETS[n + 1]`: the texts of `n` bytes in
    /// [`TEXTS`](Self::TEXTS). Not public API.
    #[doc(hidden)]
    const TEXT_OFFSETS: &'static [u32];

    /// The code written by three characters from `'0'` to `'?'` (ASCII 0x30 to
    /// 0x3F), given by their low nibbles (`0x404` for `"404"`), if they are
    /// decimal digits that write a code of the enum in its form; `None`
    /// otherwise (`FromStr` then parses the text slowly, to say why).
    /// HTTP-classed enums index a table of 4,096 slots with it. Not public API.
    #[doc(hidden)]
    #[must_use]
    #[inline]
    fn from_digit_nibbles(nibbles: u16) -> Option<Self> {
        let (a, b, c) = (nibbles >> 8 & 0xF, nibbles >> 4 & 0xF, nibbles & 0xF);
        if a > 9 || b > 9 || c > 9 || (a == 0 && !Self::FAMILY.is_http()) {
            return None;
        }
        Self::from_code(a * 100 + b * 10 + c)
    }

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

/// The code that `text` names by reason phrase, alias, variant name or former
/// name (ASCII case ignored): a binary search among the texts of its length.
fn from_text<C: Code>(text: &str) -> Option<C> {
    let len = text.len();
    let start = *C::TEXT_OFFSETS.get(len)?;
    let end = *C::TEXT_OFFSETS.get(len + 1)?;
    let bucket = C::TEXTS.get(usize::try_from(start).ok()?..usize::try_from(end).ok()?)?;
    let lower = |b: &u8| b.to_ascii_lowercase();
    let found = bucket
        .binary_search_by(|(key, _)| {
            key.as_bytes()
                .iter()
                .map(lower)
                .cmp(text.as_bytes().iter().map(lower))
        })
        .ok()?;
    C::from_code(bucket.get(found)?.1)
}

/// The `FromStr` of every generated enum. Accepts the text as it is, without
/// trimming (as `str::parse::<u16>` and `http::StatusCode` do): the number
/// (`"404"`), the number, one space and a phrase that names it (`"404 Not
/// Found"`), the reason phrase (`"not found"`: ASCII case is ignored), an
/// alias (a former phrase: `"Payload Too Large"`), the variant name
/// (`"NotFound"`) or a former name (an alias's letters and digits run
/// together: `"PayloadTooLarge"`, the name of the deprecated constant).
///
/// A number takes the form the family's codes take: an HTTP status code is
/// exactly three ASCII digits (RFC 9110, Section 15), so `"0404"` and `"40"`
/// are refused; codes of other families are decimal without a leading zero.
#[doc(hidden)]
#[inline]
pub fn parse_code<C: Code>(text: &str) -> Result<C, ParseError> {
    // Fast path: three ASCII digits that write a code, the common case on the
    // wire. The three bytes are read as one word; if each is one of `0` to `?`
    // (0x30 to 0x3F: one mask test), their low nibbles index the enum's table,
    // whose slots for `:` to `?` are empty. Anything else, including numbers
    // that are not codes, goes the slow way, which says why.
    if let [a, b, c] = *text.as_bytes() {
        let word = u32::from_le_bytes([a, b, c, 0]);
        if word & 0x00F0_F0F0 == 0x0030_3030 {
            let nibbles = ((word & 0xF) << 8) | ((word >> 4) & 0xF0) | ((word >> 16) & 0xF);
            #[allow(clippy::cast_possible_truncation)] // At most 0xFFF.
            if let Some(code) = C::from_digit_nibbles(nibbles as u16) {
                return Ok(code);
            }
        }
    }
    parse_text(text)
}

/// Everything the fast path does not take: phrases, names, other numbers, and
/// every error. Out of line and cold: the fast path stays a few instructions,
/// laid out straight, where it is inlined.
#[cold]
#[inline(never)]
fn parse_text<C: Code>(text: &str) -> Result<C, ParseError> {
    let error = |kind| ParseError::of::<C>(kind);
    let (Some(first), Some(last)) = (text.chars().next(), text.chars().next_back()) else {
        return Err(error(ParseErrorKind::Empty));
    };
    let loose = |c: char| c.is_whitespace() || c.is_control();
    if loose(first) || loose(last) {
        return Err(error(ParseErrorKind::Whitespace));
    }
    if !first.is_ascii_digit() {
        return from_text(text).ok_or(error(ParseErrorKind::UnknownText));
    }
    // A phrase may start with a digit ("2FA Required"), even with a number and
    // a space ("1001 Nights"): what is not a number of the enum may be one.
    parse_number(text).or_else(|e| from_text(text).ok_or(e))
}

/// Text that starts with a digit: the number, and maybe one space and a phrase.
fn parse_number<C: Code>(text: &str) -> Result<C, ParseError> {
    let error = |kind| ParseError::of::<C>(kind);
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let (number, rest) = text.split_at(digits);
    let well_formed = if C::FAMILY.is_http() {
        number.len() == 3
    } else {
        number.len() <= 5 && (number.len() == 1 || !number.starts_with('0'))
    };
    let phrase = match rest.strip_prefix(' ') {
        _ if rest.is_empty() => None,
        Some(phrase) => Some(phrase),
        None => return Err(error(ParseErrorKind::InvalidNumber)),
    };
    let number = match number.parse::<u16>() {
        Ok(number) if well_formed => number,
        _ => return Err(error(ParseErrorKind::InvalidNumber)),
    };
    let code = C::try_from(number)?;
    match phrase {
        None => Ok(code),
        Some(phrase) if from_text::<C>(phrase) == Some(code) => Ok(code),
        Some(_) => Err(error(ParseErrorKind::Mismatch(number))),
    }
}
