//! serde deserialisation from arbitrary JSON: never panics; what it accepts is a
//! registered code that serialises back to the same number.
#![no_main]

use codes_core::StatusCode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|json: &[u8]| {
    if let Ok(status) = serde_json::from_slice::<StatusCode>(json) {
        let back = serde_json::to_string(&status).unwrap();
        assert_eq!(back, status.code().to_string());
        assert_eq!(serde_json::from_str::<StatusCode>(&back).unwrap(), status);
    }
    if let Ok(list) = serde_json::from_slice::<Vec<StatusCode>>(json) {
        let back = serde_json::to_string(&list).unwrap();
        assert_eq!(
            serde_json::from_str::<Vec<StatusCode>>(&back).unwrap(),
            list
        );
    }
});
