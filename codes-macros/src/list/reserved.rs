//! The associated items a `codes!` enum has: its documented API, and nothing
//! else (tables and helpers live inside a `const _` block, not on the type).
//! A variant may not take one of these names (`check/names.rs`).
//!
//! This file is the one list of those names. It stands alone (no `use`), so
//! that the root package's `tests/expand.rs` can include it and compare it,
//! both ways, with the inherent impls of the expansion snapshots: what rustc
//! really expands `codes!` and codes-core's `__codes_semantics!` to. A method
//! added to, or removed from, the generated code without this list fails there.

/// Which enums have an item.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Has {
    /// Every enum made by `codes!`.
    Every,
    /// Enums with classes: HTTP-classed ones and families that declare
    /// classes (which also get one `is_<class>()` per class, not listed here).
    Classes,
    /// HTTP-classed enums (codes in 100..=599): class queries (`http.rs`) and
    /// RFC 9110 semantics (codes-core's `__codes_semantics!`).
    Http,
}

/// Every generated associated item, with the enums that have it.
pub const GENERATED: &[(&str, Has)] = &[
    ("ALL", Has::Every),
    ("CODES", Has::Every),
    ("COUNT", Has::Every),
    ("code", Has::Every),
    ("from_code", Has::Every),
    ("iter", Has::Every),
    ("reason", Has::Every),
    ("code_str", Has::Every),
    ("label", Has::Every),
    ("name", Has::Every),
    ("description", Has::Every),
    ("spec", Has::Every),
    ("spec_url", Has::Every),
    ("aliases", Has::Every),
    ("is_deprecated", Has::Every),
    ("class", Has::Classes),
    ("is_informational", Has::Http),
    ("is_success", Has::Http),
    ("is_redirection", Has::Http),
    ("is_client_error", Has::Http),
    ("is_server_error", Has::Http),
    ("is_error", Has::Http),
    ("from_code_lenient", Has::Http),
    ("is_heuristically_cacheable", Has::Http),
    ("allows_content", Has::Http),
    ("must_be_empty", Has::Http),
    ("preserves_method", Has::Http),
    ("is_permanent_redirect", Has::Http),
    ("has_location", Has::Http),
    ("uses_retry_after", Has::Http),
    ("expected_headers", Has::Http),
    ("is_reserved", Has::Http),
    ("is_provisional", Has::Http),
];

/// The names of the items an enum has: `http` for HTTP-classed enums,
/// `classes` for families that declare classes.
pub fn generated(http: bool, classes: bool) -> impl Iterator<Item = &'static str> {
    GENERATED
        .iter()
        .filter(move |(_, has)| match has {
            Has::Every => true,
            Has::Classes => http || classes,
            Has::Http => http,
        })
        .map(|(name, _)| *name)
}
