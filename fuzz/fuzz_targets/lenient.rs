//! `from_code_lenient` (RFC 9110, Section 15) on arbitrary numbers: exact codes
//! win, other codes of 100..=599 map to their class's `x00`, the rest are `None`.
#![no_main]

use codes_core::{Class, StatusCode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|codes: Vec<u16>| {
    for code in codes {
        match StatusCode::from_code_lenient(code) {
            Some(status) => {
                let class = Class::from_code(code).expect("lenient only accepts 100..=599");
                assert_eq!(status.class(), class);
                match StatusCode::from_code(code) {
                    Some(exact) => assert_eq!(status, exact),
                    None => assert_eq!(status.code(), class.generic_code()),
                }
            }
            None => assert!(!(100..=599).contains(&code)),
        }
    }
});
