//! `Method` (and an extension of it) on arbitrary bytes: `from_bytes` and
//! `FromStr` agree, what they accept is exactly a token of the enum and
//! round-trips, and what they refuse is refused for the reason the error names.
#![no_main]

use codes_core::{HttpMethod, Method, UnknownMethodKind};
use libfuzzer_sys::fuzz_target;

codes_core::methods! {
    /// The registry, and the eviction methods of caching proxies.
    enum CacheMethod extends Method {
        /// Evicts the cached response of the target URI.
        Purge = "PURGE",
        /// Evicts every cached response that matches a pattern.
        Ban = "BAN",
    }
}

/// RFC 9110, Section 5.6.2.
fn is_token(bytes: &[u8]) -> bool {
    !bytes.is_empty()
        && bytes
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

fn check<M: HttpMethod>(bytes: &[u8]) -> Option<M> {
    let found = M::from_bytes(bytes);
    // Exactly the enum's tokens, byte for byte.
    assert_eq!(
        found,
        M::ALL
            .iter()
            .copied()
            .find(|m| m.as_str().as_bytes() == bytes)
    );
    let Ok(text) = std::str::from_utf8(bytes) else {
        assert_eq!(found, None);
        return None;
    };
    match text.parse::<M>() {
        Ok(method) => {
            assert_eq!(Some(method), found);
            assert_eq!(method.as_str(), text);
            assert_eq!(method.to_string().parse::<M>(), Ok(method));
            assert_eq!(M::from_bytes(method.as_str().as_bytes()), Some(method));
        }
        Err(err) => {
            assert_eq!(found, None);
            let expected = if bytes.is_empty() {
                UnknownMethodKind::Empty
            } else if bytes == b"*" {
                UnknownMethodKind::Reserved
            } else if !is_token(bytes) {
                UnknownMethodKind::NotAToken
            } else {
                UnknownMethodKind::NotInEnum
            };
            assert_eq!(err.kind(), expected);
            if let Some(suggestion) = err.suggestion() {
                assert!(suggestion.eq_ignore_ascii_case(text) && suggestion != text);
                assert!(M::from_bytes(suggestion.as_bytes()).is_some());
            }
            assert!(!err.to_string().is_empty());
        }
    }
    found
}

fuzz_target!(|bytes: &[u8]| {
    let base = check::<Method>(bytes);
    let ext = check::<CacheMethod>(bytes);
    // The extension holds every base method, and converts back exactly those.
    if let Some(base) = base {
        assert_eq!(ext, Some(CacheMethod::from(base)));
    }
    if let Some(ext) = ext {
        assert_eq!(Method::try_from(ext).ok(), base);
    }
});
