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

/// Feature `http`'s impls for one type, by kind (see `__codes_integrations!`).
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_http {
    (code $t:ident [$($docsrs:ident)?] http) => {
        $(#[cfg_attr($docsrs, doc(cfg(feature = "http")))])?
        #[automatically_derived]
        impl ::core::convert::From<$t> for $crate::__private_v0_1::http::http::StatusCode {
            #[inline]
            fn from(code: $t) -> $crate::__private_v0_1::http::http::StatusCode {
                $crate::__private_v0_1::http::to_http($t::code(code))
            }
        }

        $(#[cfg_attr($docsrs, doc(cfg(feature = "http")))])?
        #[automatically_derived]
        impl ::core::convert::TryFrom<$crate::__private_v0_1::http::http::StatusCode> for $t {
            type Error = $crate::__private_v0_1::UnknownCode;
            #[inline]
            fn try_from(
                code: $crate::__private_v0_1::http::http::StatusCode,
            ) -> ::core::result::Result<$t, $crate::__private_v0_1::UnknownCode> {
                <$t as ::core::convert::TryFrom<::core::primitive::u16>>::try_from(code.as_u16())
            }
        }

        $(#[cfg_attr($docsrs, doc(cfg(feature = "http")))])?
        #[automatically_derived]
        impl ::core::cmp::PartialEq<$crate::__private_v0_1::http::http::StatusCode> for $t {
            #[inline]
            fn eq(
                &self,
                other: &$crate::__private_v0_1::http::http::StatusCode,
            ) -> ::core::primitive::bool {
                $t::code(*self) == other.as_u16()
            }
        }

        $(#[cfg_attr($docsrs, doc(cfg(feature = "http")))])?
        #[automatically_derived]
        impl ::core::cmp::PartialEq<$t> for $crate::__private_v0_1::http::http::StatusCode {
            #[inline]
            fn eq(&self, other: &$t) -> ::core::primitive::bool {
                self.as_u16() == $t::code(*other)
            }
        }
    };
    (code $t:ident [$($docsrs:ident)?]) => {};
    (method $t:ident [$($docsrs:ident)?]) => {
        $(#[cfg_attr($docsrs, doc(cfg(feature = "http")))])?
        #[automatically_derived]
        impl ::core::convert::From<$t> for $crate::__private_v0_1::http::http::Method {
            #[inline]
            fn from(method: $t) -> $crate::__private_v0_1::http::http::Method {
                $crate::__private_v0_1::http::method_to_http($t::as_str(method))
            }
        }

        $(#[cfg_attr($docsrs, doc(cfg(feature = "http")))])?
        #[automatically_derived]
        impl ::core::convert::TryFrom<$crate::__private_v0_1::http::http::Method> for $t {
            type Error = $crate::__private_v0_1::UnknownMethod;
            #[inline]
            fn try_from(
                method: $crate::__private_v0_1::http::http::Method,
            ) -> ::core::result::Result<$t, $crate::__private_v0_1::UnknownMethod> {
                $crate::__private_v0_1::parse_method::<$t>(method.as_str())
            }
        }

        $(#[cfg_attr($docsrs, doc(cfg(feature = "http")))])?
        #[automatically_derived]
        impl<'a> ::core::convert::TryFrom<&'a $crate::__private_v0_1::http::http::Method> for $t {
            type Error = $crate::__private_v0_1::UnknownMethod;
            #[inline]
            fn try_from(
                method: &'a $crate::__private_v0_1::http::http::Method,
            ) -> ::core::result::Result<$t, $crate::__private_v0_1::UnknownMethod> {
                $crate::__private_v0_1::parse_method::<$t>(method.as_str())
            }
        }

        $(#[cfg_attr($docsrs, doc(cfg(feature = "http")))])?
        #[automatically_derived]
        impl ::core::cmp::PartialEq<$crate::__private_v0_1::http::http::Method> for $t {
            #[inline]
            fn eq(
                &self,
                other: &$crate::__private_v0_1::http::http::Method,
            ) -> ::core::primitive::bool {
                $t::as_str(*self) == other.as_str()
            }
        }

        $(#[cfg_attr($docsrs, doc(cfg(feature = "http")))])?
        #[automatically_derived]
        impl ::core::cmp::PartialEq<$t> for $crate::__private_v0_1::http::http::Method {
            #[inline]
            fn eq(&self, other: &$t) -> ::core::primitive::bool {
                self.as_str() == $t::as_str(*other)
            }
        }
    };
    (problem $($tokens:tt)*) => {};
}

/// What generated code names, as `__private_v0_1::http::...` (see `mod.rs`).
#[doc(hidden)]
pub mod private {
    pub use super::{method_to_http, to_http};
    pub use crate::__codes_http as integrate;
    pub use ::http;
}

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
