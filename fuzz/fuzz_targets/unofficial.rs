//! `UnofficialStatus` on arbitrary numbers and text: it holds every registered
//! code unchanged, converts both ways with `StatusCode`, and round-trips.
#![no_main]

use codes_core::unofficial::UnofficialStatus;
use codes_core::StatusCode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (Vec<u16>, &str)| {
    let (codes, text) = input;
    for code in codes {
        let unofficial = UnofficialStatus::from_code(code);
        if let Some(registered) = StatusCode::from_code(code) {
            assert_eq!(unofficial, Some(UnofficialStatus::from(registered)));
        }
        if let Some(status) = unofficial {
            assert_eq!(status.code(), code);
            assert_eq!(status.to_string().parse::<UnofficialStatus>(), Ok(status));
            match StatusCode::try_from(status) {
                Ok(registered) => assert_eq!(registered.code(), code),
                Err(err) => assert_eq!(err.code(), code),
            }
        }
    }
    if let Ok(status) = text.parse::<UnofficialStatus>() {
        assert_eq!(status.label().parse::<UnofficialStatus>(), Ok(status));
    }
});
