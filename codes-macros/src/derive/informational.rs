//! The registry's informational (1xx) statuses by variant name: an error
//! named with one of them is refused here, without a constant for the
//! compiler to evaluate.
//!
//! This file stands alone (no `use`) so that the root package's
//! `tests/registry.rs` can include it and compare it with `StatusCode`'s 1xx
//! variants: a 1xx added to the registry without this list fails there.

/// `(variant, code)` for every 1xx of `codes_core::StatusCode`.
pub const REGISTRY_INFORMATIONAL: [(&str, u16); 5] = [
    ("Continue", 100),
    ("SwitchingProtocols", 101),
    ("Processing", 102),
    ("EarlyHints", 103),
    ("UploadResumptionSupported", 104),
];
