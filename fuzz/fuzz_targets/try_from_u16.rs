//! `TryFrom<u16>` and `from_code` on arbitrary numbers: they agree, never panic,
//! and every code they accept round-trips through `u16`, `Display` and `FromStr`.
#![no_main]

use codes_core::{Class, StatusCode, UnknownCode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|codes: Vec<u16>| {
    for code in codes {
        match StatusCode::try_from(code) {
            Ok(status) => {
                assert_eq!(StatusCode::from_code(code), Some(status));
                assert_eq!(u16::from(status), code);
                assert_eq!(status.to_string().parse::<StatusCode>(), Ok(status));
                assert_eq!(Some(status.class()), Class::from_code(code));
                assert!(status.label().starts_with(status.code_str()));
            }
            Err(err) => {
                assert_eq!(err, UnknownCode::new(code));
                assert_eq!(StatusCode::from_code(code), None);
            }
        }
    }
});
