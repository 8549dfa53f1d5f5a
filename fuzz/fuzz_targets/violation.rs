//! Validation errors on arbitrary input: `Violation::new` on any text as a
//! pointer, `with_reason` on any text, `field_path` of whatever was accepted,
//! and `Violations` read from any bytes as JSON. Nothing panics; a pointer is
//! accepted exactly when it is one (RFC 6901), a reason exactly when AIP-193's
//! rule allows it; whatever is accepted or read back writes JSON that reads
//! back the same.
#![no_main]

use codes_core::problem::{rules, Violation, Violations};
use libfuzzer_sys::fuzz_target;

/// RFC 6901: empty, or `/`-separated segments where `~` is only `~0` or `~1`.
fn is_pointer(text: &str) -> bool {
    if text.is_empty() {
        return true;
    }
    if !text.starts_with('/') {
        return false;
    }
    let bytes = text.as_bytes();
    bytes
        .iter()
        .enumerate()
        .all(|(i, &b)| b != b'~' || matches!(bytes.get(i + 1), Some(b'0' | b'1')))
}

fuzz_target!(|data: &[u8]| {
    if let Ok(list) = serde_json::from_slice::<Violations>(data) {
        let json = serde_json::to_vec(&list).expect("a list writes JSON");
        let again: Violations = serde_json::from_slice(&json).expect("and reads it back");
        assert_eq!(again, list);
        for violation in &list {
            let _ = violation.field_path();
        }
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (pointer, reason) = text.split_once('\n').unwrap_or((text, ""));
    match Violation::new(pointer, "broken") {
        Ok(violation) => {
            assert!(is_pointer(pointer), "accepted {pointer:?}");
            assert_eq!(violation.pointer(), pointer);
            let _ = violation.field_path();
            match violation.clone().with_reason(reason) {
                Ok(with) => {
                    assert!(rules::reason_refusal(reason).is_none(), "accepted {reason:?}");
                    assert_eq!(with.reason(), Some(reason));
                }
                Err(_) => assert!(rules::reason_refusal(reason).is_some(), "refused {reason:?}"),
            }
            let list: Violations = [violation].into_iter().collect();
            let json = serde_json::to_vec(&list).expect("a list writes JSON");
            let again: Violations = serde_json::from_slice(&json).expect("and reads it back");
            assert_eq!(again, list);
        }
        Err(_) => assert!(!is_pointer(pointer), "refused {pointer:?}"),
    }
});
