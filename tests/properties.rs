//! Properties of every conversion: exhaustively over all `u16` values, and with
//! generated text and JSON for the parsers. Nothing may panic; everything that is
//! accepted must round-trip; everything refused is refused with a typed error.

use codes_core::unofficial::UnofficialStatus;
use codes_core::{Class, Code, ParseErrorKind, StatusCode, UnknownCode};
use codes_ext_api::ApiStatus;
use proptest::prelude::*;

/// Every numeric conversion of `C`, on every `u16`.
fn numeric_conversions_on_every_u16<C: Code>() {
    let mut accepted = 0;
    for n in 0..=u16::MAX {
        let found = C::from_code(n);
        assert_eq!(C::try_from(n).ok(), found);
        match found {
            Some(code) => {
                accepted += 1;
                assert_eq!(code.code(), n);
                assert_eq!(code.into(), n);
                assert_eq!(code, n);
                assert_eq!(code.to_string().parse::<C>(), Ok(code));
                assert_eq!(n.to_string().parse::<C>(), Ok(code));
            }
            None => {
                assert_eq!(C::try_from(n), Err(UnknownCode::of::<C>(n)));
                // An HTTP status code is three digits: other numbers are not
                // even of the form (RFC 9110, Section 15).
                let http = C::all().next().is_some_and(|c| c.http_class().is_some());
                let expected = if http && !(100..=999).contains(&n) {
                    ParseErrorKind::InvalidNumber
                } else {
                    ParseErrorKind::Unknown(UnknownCode::of::<C>(n))
                };
                assert_eq!(
                    n.to_string().parse::<C>().map_err(|e| e.kind()),
                    Err(expected)
                );
            }
        }
    }
    assert_eq!(accepted, C::CODES.len());
}

#[test]
fn every_u16_through_every_enum() {
    numeric_conversions_on_every_u16::<StatusCode>();
    numeric_conversions_on_every_u16::<ApiStatus>();
    numeric_conversions_on_every_u16::<UnofficialStatus>();
}

#[test]
fn every_u16_through_the_lenient_lookup_and_class() {
    for n in 0..=u16::MAX {
        let class = Class::from_code(n);
        assert_eq!(class.is_some(), (100..=599).contains(&n));
        match StatusCode::from_code_lenient(n) {
            Some(status) => {
                assert_eq!(Some(status.class()), class);
                assert!(status.code() == n || status.code() == n / 100 * 100);
            }
            None => assert!(class.is_none()),
        }
        if let Some(class) = class {
            assert!(class.contains(n));
            assert!(class.range().contains(&n));
        }
    }
}

#[test]
fn every_u16_through_http() {
    for n in 0..=u16::MAX {
        if let Ok(theirs) = http::StatusCode::from_u16(n) {
            assert_eq!(StatusCode::try_from(theirs).ok(), StatusCode::from_code(n));
            assert_eq!(
                UnofficialStatus::try_from(theirs).ok(),
                UnofficialStatus::from_code(n)
            );
        }
    }
}

#[test]
fn every_number_through_serde() {
    for n in (0..=u16::MAX).map(u64::from).chain([65_536, u64::MAX]) {
        let parsed = serde_json::from_str::<StatusCode>(&n.to_string());
        match u16::try_from(n).ok().and_then(StatusCode::from_code) {
            Some(status) => assert_eq!(parsed.unwrap(), status),
            None => {
                let message = parsed.unwrap_err().to_string();
                assert!(message.contains(&format!("`{n}`")), "{message}");
            }
        }
    }
}

#[test]
fn no_text_of_any_enum_could_break_a_status_line() {
    fn check<C: Code>() {
        for code in C::all() {
            for text in [
                code.reason(),
                code.description(),
                code.name(),
                code.spec().unwrap_or(""),
            ]
            .into_iter()
            .chain(code.aliases().iter().copied())
            {
                assert!(!text.chars().any(char::is_control), "{code:?}: {text:?}");
            }
            assert!(!code.to_string().chars().any(char::is_control));
        }
    }
    check::<StatusCode>();
    check::<ApiStatus>();
    check::<UnofficialStatus>();
}

/// The texts that name `code`, other than its number: reason phrase, variant
/// name, aliases, and former names (an alias's ASCII letters and digits).
fn forms<C: Code>(code: C) -> Vec<String> {
    let mut forms = vec![code.reason().to_string(), code.name().to_string()];
    for alias in code.aliases() {
        forms.push((*alias).to_string());
        forms.push(alias.chars().filter(char::is_ascii_alphanumeric).collect());
    }
    forms
}

/// Whether `text` is an accepted form of `code`, written independently of the
/// parser: the number as the family writes it, a form (ASCII case ignored), or
/// the number, one space and a form. Nothing is trimmed.
fn accepted<C: Code>(code: C, text: &str) -> bool {
    let number = code.code().to_string();
    let is_form = |t: &str| forms(code).iter().any(|f| f.eq_ignore_ascii_case(t));
    text == number
        || is_form(text)
        || text
            .strip_prefix(number.as_str())
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(is_form)
}

/// `text` parses into `C` iff it is an accepted form of one of its codes, and
/// then into that code; refused text is refused for a reason that holds.
fn parses_iff_accepted<C: Code>(text: &str) -> Result<(), TestCaseError> {
    let parsed = text.parse::<C>();
    let expected: Vec<C> = C::all().filter(|c| accepted(*c, text)).collect();
    prop_assert!(expected.len() <= 1, "{text:?} names {expected:?}");
    prop_assert_eq!(parsed.ok(), expected.first().copied(), "{:?}", text);
    match parsed.map_err(|e| e.kind()) {
        Ok(code) => prop_assert_eq!(code.to_string().parse::<C>(), Ok(code)),
        Err(ParseErrorKind::Empty) => prop_assert!(text.is_empty()),
        Err(ParseErrorKind::Whitespace) => {
            let loose = |c: char| c.is_whitespace() || c.is_control();
            prop_assert!(text.starts_with(loose) || text.ends_with(loose));
        }
        Err(ParseErrorKind::Unknown(u)) => prop_assert!(C::from_code(u.code()).is_none()),
        Err(ParseErrorKind::Mismatch(n)) => prop_assert!(C::from_code(n).is_some()),
        Err(ParseErrorKind::InvalidNumber) => {
            prop_assert!(text.starts_with(|c: char| c.is_ascii_digit()));
        }
        Err(_) => {}
    }
    Ok(())
}

/// Every text of three ASCII bytes, and every text of three bytes with a
/// non-ASCII character in it: the three-digit fast path (which checks the
/// three bytes at once) accepts exactly the three-digit codes of the registry.
#[test]
fn every_three_byte_text() {
    let forms: std::collections::HashMap<String, StatusCode> = StatusCode::all()
        .flat_map(|c| {
            forms(c)
                .into_iter()
                .map(move |f| (f.to_ascii_lowercase(), c))
        })
        .collect();
    let check = |text: &str| {
        let digits = text.bytes().all(|b| b.is_ascii_digit());
        let expected = if digits {
            text.parse::<u16>().ok().and_then(StatusCode::from_code)
        } else {
            forms.get(&text.to_ascii_lowercase()).copied()
        };
        let parsed = text.parse::<StatusCode>();
        assert_eq!(parsed.ok(), expected, "{text:?}");
        if digits && expected.is_none() {
            let n = text.parse::<u16>().unwrap();
            assert_eq!(
                parsed.map_err(|e| e.kind()),
                Err(ParseErrorKind::Unknown(UnknownCode::new(n)))
            );
        }
    };
    for a in 0..128u8 {
        for b in 0..128u8 {
            for c in 0..128u8 {
                check(std::str::from_utf8(&[a, b, c]).unwrap());
            }
        }
    }
    for c in ('\u{80}'..='\u{7ff}').chain('\u{800}'..='\u{ffff}') {
        if c.len_utf8() == 3 {
            check(&c.to_string());
            continue;
        }
        for digit in '0'..='9' {
            check(&format!("{digit}{c}"));
            check(&format!("{c}{digit}"));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    /// Any text: no panic; it parses iff it is one of the accepted forms of a
    /// code (see `accepted`), to that code; errors say why.
    #[test]
    fn from_str_on_any_text(text in any::<String>()) {
        parses_iff_accepted::<StatusCode>(&text)?;
        parses_iff_accepted::<UnofficialStatus>(&text)?;
        parses_iff_accepted::<ApiStatus>(&text)?;
        let _ = text.parse::<Class>();
    }

    /// Text shaped like a status line's tail, with or without padding.
    #[test]
    fn from_str_on_status_line_shapes(text in "[ \t]{0,2}[0-9]{1,6}( [A-Za-z' -]{0,30})?[ \t\r\n]{0,2}") {
        parses_iff_accepted::<StatusCode>(&text)?;
        if let Ok(status) = text.parse::<StatusCode>() {
            let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
            prop_assert_eq!(digits.parse::<u16>().ok(), Some(status.code()));
        }
    }

    /// Every accepted form of every code, in any ASCII case: parses to the code;
    /// with padding: refused as white space.
    #[test]
    fn every_form_in_any_case(index in 0..StatusCode::COUNT, which in 0usize..16, upper in any::<Vec<bool>>(), pad in "[ \t\r\n]{0,2}") {
        let status = StatusCode::ALL[index];
        let forms = forms(status);
        let form = &forms[which % forms.len()];
        let mixed: String = form
            .chars()
            .zip(upper.iter().copied().chain(std::iter::repeat(false)))
            .map(|(c, up)| if up { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
            .collect();
        prop_assert_eq!(mixed.parse::<StatusCode>(), Ok(status));
        prop_assert_eq!(format!("{} {mixed}", status.code()).parse::<StatusCode>(), Ok(status));
        if !pad.is_empty() {
            prop_assert_eq!(
                format!("{pad}{mixed}").parse::<StatusCode>().map_err(|e| e.kind()),
                Err(ParseErrorKind::Whitespace)
            );
            prop_assert_eq!(
                format!("{} {mixed}{pad}", status.code()).parse::<StatusCode>().map_err(|e| e.kind()),
                Err(ParseErrorKind::Whitespace)
            );
        }
    }

    /// Any JSON number or string: a status or a serde error, never a panic.
    #[test]
    fn serde_on_any_json_scalar(n in any::<i64>(), f in any::<f64>(), s in any::<String>()) {
        let _ = serde_json::from_str::<StatusCode>(&n.to_string());
        let _ = serde_json::from_str::<StatusCode>(&format!("{f:?}"));
        let _ = serde_json::from_value::<StatusCode>(serde_json::Value::String(s));
    }
}
