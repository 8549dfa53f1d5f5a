//! `StatusCode::from_str` on arbitrary text: never panics, and what it accepts
//! round-trips; what it refuses is refused for the reason the error names.
#![no_main]

use codes_core::{ParseError, StatusCode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    match text.parse::<StatusCode>() {
        Ok(status) => {
            // Display and the bare number parse back to the same code.
            assert_eq!(status.to_string().parse::<StatusCode>(), Ok(status));
            assert_eq!(status.code().to_string().parse::<StatusCode>(), Ok(status));
            // Accepted numbers are the code itself.
            let trimmed = text.trim();
            if trimmed.bytes().all(|b| b.is_ascii_digit()) {
                assert_eq!(trimmed.parse::<u16>().ok(), Some(status.code()));
            }
        }
        Err(ParseError::Unknown(unknown)) => {
            assert_eq!(StatusCode::from_code(unknown.code()), None);
        }
        Err(ParseError::Mismatch(code)) => {
            assert!(StatusCode::from_code(code).is_some());
        }
        Err(ParseError::Empty) => assert!(text.trim().is_empty()),
        Err(_) => {}
    }
});
