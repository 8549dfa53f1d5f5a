//! `StatusCode::from_str` on arbitrary text: never panics, and what it accepts
//! round-trips; what it refuses is refused for the reason the error names. A
//! number is accepted only as exactly three ASCII digits (RFC 9110, Section 15),
//! and nothing is trimmed: accepted text neither starts nor ends with white space.
#![no_main]

use codes_core::{ParseErrorKind, StatusCode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match text.parse::<StatusCode>() {
        Ok(status) => {
            // Display and the bare number parse back to the same code.
            assert_eq!(status.to_string().parse::<StatusCode>(), Ok(status));
            assert_eq!(status.code().to_string().parse::<StatusCode>(), Ok(status));
            // Nothing is trimmed.
            assert_eq!(text.trim(), text);
            // Accepted numbers are the code itself, written with three digits.
            if text.bytes().all(|b| b.is_ascii_digit()) {
                assert_eq!(text.len(), 3);
                assert_eq!(text.parse::<u16>().ok(), Some(status.code()));
            }
        }
        Err(err) => match err.kind() {
            ParseErrorKind::Unknown(unknown) => {
                assert_eq!(StatusCode::from_code(unknown.code()), None);
            }
            ParseErrorKind::Mismatch(code) => assert!(StatusCode::from_code(code).is_some()),
            ParseErrorKind::Empty => assert!(text.is_empty()),
            ParseErrorKind::Whitespace => {
                let loose = |c: char| c.is_whitespace() || c.is_control();
                assert!(text.starts_with(loose) || text.ends_with(loose));
            }
            _ => {}
        },
    }
});
