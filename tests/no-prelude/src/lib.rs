//! A crate with no prelude, no `std`, user types named like everything the
//! generated code could reach for, and the strictest lints: `codes!`, `extends`
//! `#[derive(Status)]` and `methods!` must compile here without a single warning.
#![no_std]
#![no_implicit_prelude]
#![forbid(unsafe_code)]
#![deny(
    warnings,
    missing_docs,
    unreachable_pub,
    unused_qualifications,
    clippy::all,
    clippy::pedantic
)]
#![allow(non_camel_case_types)]

extern crate codes_core;

/// Shadows `Result`.
pub struct Result;
/// Shadows `Option`.
pub struct Option;
/// Shadows `Some`.
pub struct Some;
/// Shadows `None`.
pub struct None;
/// Shadows `Ok`.
pub struct Ok;
/// Shadows `Err`.
pub struct Err;
/// Shadows `Box`.
pub struct Box;
/// Shadows `String`.
pub struct String;
/// Shadows `Vec`.
pub struct Vec;
/// Shadows the primitive `u16`.
pub struct u16;
/// Shadows the primitive `usize`.
pub struct usize;
/// Shadows the primitive `bool`.
pub struct bool;
/// Shadows the primitive `str`.
pub struct str;
/// Shadows `core::fmt`.
pub mod fmt {}
/// Shadows `core` for relative paths.
pub mod core {}
/// Shadows `std` for relative paths.
pub mod std {}

codes_core::codes! {
    /// A list of this crate's own codes.
    pub enum Own {
        /// Fine.
        #[spec("RFC 9110, Section 15.3.1")]
        200 Fine = "Fine",
        /// Old.
        #[alias("Ancient")]
        #[deprecated(note = "old")]
        301 Old = "Old",
    }
}

codes_core::codes! {
    /// The registry plus one code.
    pub enum Extended extends codes_core::StatusCode {
        /// A custom code.
        499 Gone2 = "Client Gone",
    }
}

codes_core::codes! {
    /// An extension of an extension, in this crate.
    pub enum Twice extends Extended {
        /// Another custom code.
        498 Token = "Token",
    }
}

codes_core::codes! {
    /// A family with its own range and classes.
    #[codes(range = 1000..=2999, classes(1000..=1999 Auth, 2000..=2999 Billing))]
    pub enum AppCode {
        /// Bad token.
        1001 BadToken = "Bad token",
        /// Declined.
        2001 Declined = "Declined",
    }
}

codes_core::methods! {
    /// A method list of this crate's own.
    pub enum Verb {
        /// Fetches.
        #[spec("RFC 9110, Section 9.3.1")]
        #[method(safe, idempotent, cacheable)]
        Fetch = "FETCH",
        /// Old.
        #[deprecated(note = "old")]
        #[method(content = not_allowed)]
        Poke = "POKE",
        /// A token with symbols.
        #[method(idempotent, content = defined)]
        MSearch = "M-SEARCH",
    }
}

codes_core::methods! {
    /// The method registry plus cache purges.
    pub enum CacheMethod extends codes_core::Method {
        /// Evicts.
        Purge = "PURGE",
    }
}

codes_core::methods! {
    /// An extension of an extension.
    pub enum EdgeMethod extends CacheMethod {
        /// Bans.
        Ban = "BAN",
    }
}

/// Errors with statuses, every form of the attribute.
#[derive(::core::fmt::Debug, codes_core::Status)]
pub enum Failure {
    /// By name.
    #[status(NotFound)]
    Missing,
    /// By number.
    #[status(409)]
    Taken,
    /// By path.
    #[status(Twice::Token)]
    Token,
    /// Transparent.
    #[status(transparent)]
    Inner(Inner),
    /// By a `crate::` path.
    #[status(crate::Twice::Token)]
    CratePath,
    /// By a `self::` path.
    #[status(self::Extended::Gone2)]
    SelfPath,
    /// A 1xx through a transparent field: answered as 500.
    #[status(transparent)]
    Early(Early),
}

/// A 1xx status.
#[derive(::core::fmt::Debug, codes_core::Status)]
#[status(EarlyHints)]
pub struct Early;

/// A generic error: the bounds of its transparent field are inferred.
#[derive(::core::fmt::Debug, codes_core::Status)]
#[status(codes = crate::Twice)]
pub enum Wrap<E> {
    /// The field's own status.
    #[status(transparent)]
    Inner(E),
    /// By name.
    #[status(NotFound)]
    Missing,
}

/// Paths from a nested module.
pub mod nested {
    /// By `super::` and `crate::` paths.
    #[derive(::core::fmt::Debug, ::codes_core::Status)]
    #[status(default = crate::Twice::BadGateway)]
    pub enum Nested {
        /// `super::`.
        #[status(super::Twice::Token)]
        Token,
        /// `crate::`, through a default.
        Other,
    }
}

/// A struct with a status.
#[derive(::core::fmt::Debug, codes_core::Status)]
#[status(ServiceUnavailable)]
pub struct Inner;

/// Uses the generated API without the prelude, in `const` context.
#[must_use]
pub const fn lookups() -> [::core::primitive::bool; 8] {
    [
        ::core::matches!(
            Verb::from_bytes(b"FETCH"),
            ::core::option::Option::Some(Verb::Fetch)
        ),
        ::core::matches!(
            EdgeMethod::from_bytes(b"GET"),
            ::core::option::Option::Some(EdgeMethod::Get)
        ),
        Verb::MSearch.is_idempotent() && !CacheMethod::Purge.is_safe(),
        ::core::matches!(
            codes_core::Method::Query.request_content(),
            codes_core::RequestContent::Defined
        ),
        ::core::matches!(Own::from_code(200), ::core::option::Option::Some(Own::Fine)),
        ::core::matches!(
            Twice::from_code(499),
            ::core::option::Option::Some(Twice::Gone2)
        ),
        ::core::matches!(AppCode::Declined.class(), AppCodeClass::Billing),
        Extended::from_code_lenient(250).is_some(),
    ]
}

#[cfg(test)]
mod tests {
    use ::codes_core::Status;

    #[test]
    fn works_without_the_prelude() {
        ::core::assert_eq!(super::lookups(), [true; 8]);
        ::core::assert_eq!(super::EdgeMethod::Ban.as_str(), "BAN");
        ::core::assert_eq!(
            <super::EdgeMethod as ::core::convert::From<::codes_core::Method>>::from(
                ::codes_core::Method::Get
            ),
            super::EdgeMethod::Get
        );
        ::core::assert_eq!(
            <super::EdgeMethod as ::core::convert::From<super::CacheMethod>>::from(
                super::CacheMethod::Purge
            ),
            super::EdgeMethod::Purge
        );
        ::core::assert_eq!(
            "M-SEARCH".parse::<super::Verb>(),
            ::core::result::Result::Ok(super::Verb::MSearch)
        );
        ::core::assert_eq!(super::Failure::Token.status(), super::Twice::Token);
        ::core::assert_eq!(super::Failure::CratePath.status(), super::Twice::Token);
        ::core::assert_eq!(super::Failure::SelfPath.status(), super::Twice::Gone2);
        ::core::assert_eq!(super::Failure::Early(super::Early).status().code(), 500);
        ::core::assert_eq!(
            super::Wrap::Inner(super::Failure::Token).status(),
            super::Twice::Token
        );
        ::core::assert_eq!(super::Wrap::<super::Inner>::Missing.status().code(), 404);
        ::core::assert_eq!(
            super::nested::Nested::Other.status(),
            super::Twice::BadGateway
        );
        ::core::assert_eq!(super::Failure::Inner(super::Inner).status().code(), 503);
        ::core::assert_eq!(
            super::Failure::Missing.status(),
            ::codes_core::StatusCode::NotFound
        );
    }
}
