//! Integrations with other crates, one file per cargo feature.
//!
//! Enums made by `codes!` and `methods!`, and `#[derive(Problem)]` types, live
//! in user crates, where codes-core's features cannot be tested with `#[cfg]`.
//! So the macros emit one call of
//! [`__codes_integrations!`](crate::__codes_integrations), which calls each
//! feature's `integrate!` macro (`__private_v0_1::<feature>::integrate!`). A
//! feature's file defines that macro, with one arm per kind of type, and a
//! `private` module of what it names: the macro, its helpers, and its crate
//! whole (an item re-exported one by one would show in users' error messages
//! by that path). With the feature off, `integrate!` expands to nothing.
//!
//! Adding a framework: its file here (the module, its `__codes_<name>!` macro
//! and its `private` module), its `mod` line below and its line in
//! [`__codes_features!`](crate::__codes_features).

/// The integration features, one line each (`"cargo feature" module`): the
/// one list of them. It calls `callback! { "feature" module { args } }` for
/// each, which groups what generated code names (`__private_v0_1`) and calls
/// each feature's macro for one type
/// ([`__codes_integrations!`](crate::__codes_integrations)).
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_features {
    ([$($callback:tt)*] { $($args:tt)* }) => {
        $($callback)*! { "serde" serde { $($args)* } }
        $($callback)*! { "http" http { $($args)* } }
        $($callback)*! { "axum" axum { $($args)* } }
        $($callback)*! { "openapi" openapi { $($args)* } }
        $($callback)*! { "utoipa" utoipa { $($args)* } }
        $($callback)*! { "aide" aide { $($args)* } }
        $($callback)*! { "actix-web" actix { $($args)* } }
        $($callback)*! { "tonic" tonic { $($args)* } }
    };
}

// The modules, declared one by one: a module declared by a macro could not
// hold the `#[macro_export]` macro its own crate calls by path.
#[cfg(feature = "actix-web")]
#[cfg_attr(docsrs, doc(cfg(feature = "actix-web")))]
pub mod actix;
#[cfg(feature = "aide")]
#[cfg_attr(docsrs, doc(cfg(feature = "aide")))]
pub mod aide;
#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub mod axum;
#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub mod http;
#[cfg(feature = "openapi")]
#[doc(hidden)]
pub mod openapi;
#[cfg(feature = "serde")]
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
pub mod serde;
#[cfg(feature = "tonic")]
#[cfg_attr(docsrs, doc(cfg(feature = "tonic")))]
pub mod tonic;
#[cfg(feature = "utoipa")]
#[cfg_attr(docsrs, doc(cfg(feature = "utoipa")))]
pub mod utoipa;

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
        $crate::__codes_features! { [$crate::__codes_integrate] { $($args)* } }
    };
}

/// One feature's impls for one type: its `integrate!` macro.
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_integrate {
    ($feature:literal $module:ident { $($args:tt)* }) => {
        $crate::__private_v0_1::$module::integrate! { $($args)* }
    };
}

/// A feature that is off: nothing.
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_off {
    ($($tokens:tt)*) => {};
}

/// A generator that is off documents a member with nothing: `()`.
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_unit {
    ($($tokens:tt)*) => {
        ()
    };
}
