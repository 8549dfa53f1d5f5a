//! Feature `http`: conversions with [`http::StatusCode`], for the registry and
//! for every HTTP-classed enum made by `codes!` (extensions included).
//!
//! This module holds no items of its own: the conversions are `From`,
//! `TryFrom` and `PartialEq` impls on the enums. Depend on the `http` crate
//! yourself to name its types.
//!
//! ```
//! use codes_core::StatusCode;
//!
//! let ours = StatusCode::NotFound;
//! let theirs: http::StatusCode = ours.into();
//! assert_eq!(theirs, http::StatusCode::NOT_FOUND);
//! assert_eq!(StatusCode::try_from(theirs), Ok(ours));
//! assert_eq!(ours, theirs);
//! // `http` accepts any number in 100..=999; ours only registered codes.
//! let unregistered = http::StatusCode::from_u16(299).unwrap();
//! assert!(StatusCode::try_from(unregistered).is_err());
//! ```

/// An `http::StatusCode` for a code in 100..=599. Every HTTP-classed `codes!`
/// enum only holds such codes, so the fallback is never taken; it exists so that
/// the conversion cannot panic.
#[doc(hidden)]
#[must_use]
pub fn to_http(code: u16) -> http::StatusCode {
    http::StatusCode::from_u16(code).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)
}

/// An `http::Method` for a method token. Every enum made by `methods!` holds
/// only tokens (checked at compile time), which `http` accepts, so the fallback
/// is never taken; it exists so that the conversion cannot panic.
#[doc(hidden)]
#[must_use]
pub fn method_to_http(token: &'static str) -> http::Method {
    http::Method::from_bytes(token.as_bytes()).unwrap_or_default()
}
