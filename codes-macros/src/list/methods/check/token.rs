//! A method's token (RFC 9110, Sections 9.1 and 5.6.2), and the variant name
//! that spells it.

use syn::{Ident, Lit};

use crate::common::{is_tchar, Errors, TCHAR_SYMBOLS};

/// A method is a token (RFC 9110, Section 9.1 and 5.6.2), written as a string.
pub fn check_token(lit: &Lit, errors: &mut Errors) -> Option<String> {
    let Lit::Str(s) = lit else {
        let message = match lit {
            Lit::Char(c) => format!(
                "the method's token is a char: write it as a string, in double quotes: `\"{}\"`",
                c.value()
            ),
            Lit::ByteStr(b) => format!(
                "the method's token is a byte string: write it as a plain string, without `b`: `{:?}`",
                String::from_utf8_lossy(&b.value())
            ),
            _ => "expected the method's token as a string literal, e.g. `\"PURGE\"`".to_string(),
        };
        errors.spanned(lit.span(), message);
        return None;
    };
    let token = s.value();
    if token.is_empty() {
        errors.spanned(
            s.span(),
            "the method's token is empty: a method is at least one character, e.g. \"PURGE\"",
        );
        return None;
    }
    if token == "*" {
        errors.spanned(
            s.span(),
            "`*` is reserved in the method registry (the wildcard of `Access-Control-Request-Method`), not a method",
        );
        return None;
    }
    if let Some(c) = token
        .chars()
        .find(|&c| !u8::try_from(c).is_ok_and(is_tchar))
    {
        let shown = match c {
            ' ' => "a space".to_string(),
            '\t' => "a tab".to_string(),
            c if c.is_control() => format!("the control character U+{:04X}", u32::from(c)),
            c => format!("`{c}`"),
        };
        errors.spanned(
            s.span(),
            format_args!(
                "{token:?} is not a method token: {shown} is not allowed; a method is ASCII letters, digits and {TCHAR_SYMBOLS} (RFC 9110, Section 5.6.2)"
            ),
        );
        return None;
    }
    if token.bytes().any(|b| b.is_ascii_lowercase()) {
        // Legal (RFC 9110 tokens are case-sensitive), but every registered
        // method and every client's purge or ban is upper-case: a lower-case
        // token is a method nobody sends, and a typo the compiler can catch.
        errors.spanned(
            s.span(),
            format_args!(
                "{token:?} has lower-case letters, but methods are case-sensitive and upper-case by convention (every registered one is): clients send {upper:?}, so write {upper:?}",
                upper = token.to_ascii_uppercase()
            ),
        );
        return None;
    }
    Some(token)
}

/// The variant spells its token: `UpperCamelCase` of its parts between symbols
/// (`VERSION-CONTROL` is `VersionControl`). Tokens with no such spelling (no
/// letters, or a leading digit) may be named freely.
pub fn check_name(ident: &Ident, token: &str, errors: &mut Errors) {
    let Some(expected) = variant_name(token) else {
        return;
    };
    if ident != expected.as_str() {
        let example = if token == "VERSION-CONTROL" {
            ""
        } else {
            " (`VERSION-CONTROL` is `VersionControl`)"
        };
        errors.spanned(
            ident.span(),
            format_args!(
                "the variant for \"{token}\" must be named `{expected}`, not `{ident}`: a variant spells its token in UpperCamelCase, starting a new word after `-` and other symbols{example}"
            ),
        );
    }
}

/// `VERSION-CONTROL` -> `VersionControl`; `None` when that is not an identifier.
pub fn variant_name(token: &str) -> Option<String> {
    let name: String = token
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase());
            first
                .into_iter()
                .chain(chars.map(|c| c.to_ascii_lowercase()))
                .collect::<String>()
        })
        .collect();
    let starts_with_letter = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    starts_with_letter.then_some(name)
}
