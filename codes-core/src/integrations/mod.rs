//! Integrations with other crates, each behind its cargo feature.
//!
//! Enums made by `codes!` and `methods!`, and `#[derive(Problem)]` types, live
//! in user crates, where codes-core's features cannot be tested with `#[cfg]`.
//! So the macros emit one call of
//! [`__codes_integrations!`](crate::__codes_integrations), which calls one
//! macro per feature. Each feature's macro is defined in the feature's own
//! file, with one arm per kind of type; below, its empty twin stands in when
//! the feature is off.
//!
//! Adding a framework: a new file here defining its `__codes_<feature>!`
//! (kinds `code`, `method`, `problem`), its `mod` and empty twin below, and
//! its line in `__codes_integrations!`.

#[cfg(feature = "serde")]
pub mod serde;
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_serde {
    ($($tokens:tt)*) => {};
}

#[cfg(feature = "http")]
pub mod http;
#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_http {
    ($($tokens:tt)*) => {};
}

#[cfg(feature = "axum")]
pub mod axum;
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_axum {
    ($($tokens:tt)*) => {};
}

#[cfg(feature = "utoipa")]
pub mod utoipa;
#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_utoipa {
    ($($tokens:tt)*) => {};
}

#[cfg(feature = "actix-web")]
pub mod actix;
#[cfg(not(feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_actix {
    ($($tokens:tt)*) => {};
}

/// Every integration of one type, by kind:
///
/// - `code Type [docsrs?] http?`: an enum made by `codes!`; `http` marks
///   HTTP-classed enums (codes in 100..=599), which alone convert to
///   `http::StatusCode` and answer in web frameworks;
/// - `method Type [docsrs?]`: an enum made by `methods!`;
/// - `problem [impl generics] [type] [where clause] { documented }`: a
///   `#[derive(Problem)]` type.
///
/// `docsrs` (passed for codes-core's own enums only) adds docs.rs's
/// "Available on crate feature ..." note to each feature-gated impl.
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_integrations {
    ($($args:tt)*) => {
        $crate::__codes_serde! { $($args)* }
        $crate::__codes_http! { $($args)* }
        $crate::__codes_axum! { $($args)* }
        $crate::__codes_utoipa! { $($args)* }
        $crate::__codes_actix! { $($args)* }
    };
}
