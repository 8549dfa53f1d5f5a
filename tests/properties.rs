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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    /// Any text: no panic; accepted text round-trips; errors say why.
    #[test]
    fn from_str_on_any_text(text in any::<String>()) {
        match text.parse::<StatusCode>().map_err(|e| e.kind()) {
            Ok(status) => prop_assert_eq!(status.to_string().parse::<StatusCode>(), Ok(status)),
            Err(ParseErrorKind::Empty) => prop_assert!(text.trim_ascii().is_empty()),
            Err(ParseErrorKind::Unknown(u)) => prop_assert!(StatusCode::from_code(u.code()).is_none()),
            Err(ParseErrorKind::Mismatch(n)) => prop_assert!(StatusCode::from_code(n).is_some()),
            Err(_) => {}
        }
        let _ = text.parse::<Class>();
        let _ = text.parse::<UnofficialStatus>();
    }

    /// Text shaped like a status line's tail: "<digits> <words>".
    #[test]
    fn from_str_on_status_line_shapes(text in "[ \t]{0,2}[0-9]{1,6}( [A-Za-z' -]{0,30})?[ \t]{0,2}") {
        if let Ok(status) = text.parse::<StatusCode>() {
            let digits: String = text.trim().chars().take_while(char::is_ascii_digit).collect();
            prop_assert_eq!(digits.parse::<u16>().ok(), Some(status.code()));
        }
    }

    /// Any reason phrase, in any ASCII case and padding, names its code.
    #[test]
    fn phrases_in_any_case(index in 0..StatusCode::COUNT, upper in any::<Vec<bool>>(), pad in " {0,3}") {
        let status = StatusCode::ALL[index];
        let mixed: String = status
            .reason()
            .chars()
            .zip(upper.iter().copied().chain(std::iter::repeat(false)))
            .map(|(c, up)| if up { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
            .collect();
        prop_assert_eq!(format!("{pad}{mixed}{pad}").parse::<StatusCode>(), Ok(status));
        prop_assert_eq!(format!("{} {mixed}", status.code()).parse::<StatusCode>(), Ok(status));
    }

    /// Any JSON number or string: a status or a serde error, never a panic.
    #[test]
    fn serde_on_any_json_scalar(n in any::<i64>(), f in any::<f64>(), s in any::<String>()) {
        let _ = serde_json::from_str::<StatusCode>(&n.to_string());
        let _ = serde_json::from_str::<StatusCode>(&format!("{f:?}"));
        let _ = serde_json::from_value::<StatusCode>(serde_json::Value::String(s));
    }
}
