//! Integrations with other crates, each behind its cargo feature.
//!
//! Enums made by `codes!` live in user crates, where codes-core's features
//! cannot be tested with `#[cfg]`. So the macro emits one call of
//! [`__codes_integrations!`](crate::__codes_integrations); the macros below are
//! defined once per feature state of *this* crate, and expand to the impls or
//! to nothing.

#[cfg(feature = "serde")]
pub mod serde;

#[cfg(feature = "http")]
pub mod http;

#[cfg(feature = "axum")]
pub mod axum;

#[cfg(feature = "utoipa")]
pub mod utoipa;

#[cfg(feature = "actix-web")]
pub mod actix;

// The same, for the enums made by `methods!`.
mod method;

/// Every integration for one enum, with the enum's visibility. `http` marks
/// HTTP-classed enums (codes in 100..=599), which alone convert to
/// `http::StatusCode`, answer in web frameworks and get RFC 9110's semantics.
/// `docs` (passed for codes-core's own enums only) adds docs.rs's "Available on
/// crate feature ..." note to each feature-gated impl.
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_integrations {
    ($t:ident, [$($vis:tt)*]) => {
        $crate::__codes_serde!($t []);
        $crate::__codes_utoipa!($t []);
    };
    ($t:ident, [$($vis:tt)*], http) => {
        $crate::__codes_serde!($t []);
        $crate::__codes_utoipa!($t []);
        $crate::__codes_http!($t []);
        $crate::__codes_axum!($t []);
        $crate::__codes_actix!($t []);
        $crate::__codes_semantics!($t, [$($vis)*]);
    };
    ($t:ident, [$($vis:tt)*], docs) => {
        $crate::__codes_serde!($t [#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]]);
        $crate::__codes_utoipa!($t [#[cfg_attr(docsrs, doc(cfg(feature = "utoipa")))]]);
    };
    ($t:ident, [$($vis:tt)*], http, docs) => {
        $crate::__codes_serde!($t [#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]]);
        $crate::__codes_utoipa!($t [#[cfg_attr(docsrs, doc(cfg(feature = "utoipa")))]]);
        $crate::__codes_http!($t [#[cfg_attr(docsrs, doc(cfg(feature = "http")))]]);
        $crate::__codes_axum!($t [#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]]);
        $crate::__codes_actix!($t [#[cfg_attr(docsrs, doc(cfg(feature = "actix-web")))]]);
        $crate::__codes_semantics!($t, [$($vis)*]);
    };
}

#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_serde {
    ($t:ident [$($doc:tt)*]) => {
        $($doc)*
        #[automatically_derived]
        impl $crate::__private_v0_1::serde::Serialize for $t {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private_v0_1::serde::Serializer,
            {
                $crate::__private_v0_1::serialize_code(*self, serializer)
            }
        }

        $($doc)*
        #[automatically_derived]
        impl<'de> $crate::__private_v0_1::serde::Deserialize<'de> for $t {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<$t, D::Error>
            where
                D: $crate::__private_v0_1::serde::Deserializer<'de>,
            {
                $crate::__private_v0_1::deserialize_code(deserializer)
            }
        }
    };
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_serde {
    ($t:ident [$($doc:tt)*]) => {};
}

#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_http {
    ($t:ident [$($doc:tt)*]) => {
        $($doc)*
        #[automatically_derived]
        impl ::core::convert::From<$t> for $crate::__private_v0_1::http::StatusCode {
            #[inline]
            fn from(code: $t) -> $crate::__private_v0_1::http::StatusCode {
                $crate::__private_v0_1::to_http($t::code(code))
            }
        }

        $($doc)*
        #[automatically_derived]
        impl ::core::convert::TryFrom<$crate::__private_v0_1::http::StatusCode> for $t {
            type Error = $crate::__private_v0_1::UnknownCode;
            #[inline]
            fn try_from(
                code: $crate::__private_v0_1::http::StatusCode,
            ) -> ::core::result::Result<$t, $crate::__private_v0_1::UnknownCode> {
                <$t as ::core::convert::TryFrom<::core::primitive::u16>>::try_from(code.as_u16())
            }
        }

        $($doc)*
        #[automatically_derived]
        impl ::core::cmp::PartialEq<$crate::__private_v0_1::http::StatusCode> for $t {
            #[inline]
            fn eq(
                &self,
                other: &$crate::__private_v0_1::http::StatusCode,
            ) -> ::core::primitive::bool {
                $t::code(*self) == other.as_u16()
            }
        }

        $($doc)*
        #[automatically_derived]
        impl ::core::cmp::PartialEq<$t> for $crate::__private_v0_1::http::StatusCode {
            #[inline]
            fn eq(&self, other: &$t) -> ::core::primitive::bool {
                self.as_u16() == $t::code(*other)
            }
        }
    };
}

#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_http {
    ($t:ident [$($doc:tt)*]) => {};
}

#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_axum {
    ($t:ident [$($doc:tt)*]) => {
        $($doc)*
        #[automatically_derived]
        impl $crate::__private_v0_1::axum_core::response::IntoResponse for $t {
            #[inline]
            fn into_response(self) -> $crate::__private_v0_1::axum_core::response::Response {
                $crate::__private_v0_1::status_response($t::code(self), $t::reason(self))
            }
        }
    };
}

#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_axum {
    ($t:ident [$($doc:tt)*]) => {};
}

/// The framework impls of one `#[derive(Problem)]` type:
/// `[impl generics] [type] [where clause] { what its variants document }`.
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_problem_integrations {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*] $documented:block) => {
        $crate::__codes_problem_axum!([$($generics)*] [$($ty)*] [$($where)*]);
        $crate::__codes_problem_actix!([$($generics)*] [$($ty)*] [$($where)*]);
        $crate::__codes_problem_utoipa!([$($generics)*] [$($ty)*] [$($where)*] $documented);
    };
}

#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_problem_axum {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private_v0_1::axum_core::response::IntoResponse for $($ty)* $($where)* {
            #[inline]
            fn into_response(self) -> $crate::__private_v0_1::axum_core::response::Response {
                $crate::__private_v0_1::problem_response(&self)
            }
        }
    };
}

#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_problem_axum {
    ($($tokens:tt)*) => {};
}

#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_problem_utoipa {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*] $documented:block) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private_v0_1::utoipa::IntoResponses for $($ty)* $($where)* {
            fn responses() -> $crate::__private_v0_1::BTreeMap<
                $crate::__private_v0_1::String,
                $crate::__private_v0_1::utoipa::openapi::RefOr<$crate::__private_v0_1::utoipa::openapi::response::Response>,
            > {
                $crate::__private_v0_1::problem_responses::<Self>(
                    &<Self as $crate::__private_v0_1::DocumentedProblem>::documented(),
                )
            }
        }

        #[automatically_derived]
        impl $($generics)* $crate::__private_v0_1::DocumentedProblem for $($ty)* $($where)* {
            fn documented() -> $crate::__private_v0_1::Vec<$crate::__private_v0_1::Documented> {
                $documented
            }
        }
    };
}

#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_problem_utoipa {
    ($($tokens:tt)*) => {};
}

#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_utoipa {
    ($t:ident [$($doc:tt)*]) => {
        $($doc)*
        #[automatically_derived]
        impl $crate::__private_v0_1::utoipa::PartialSchema for $t {
            fn schema() -> $crate::__private_v0_1::utoipa::openapi::RefOr<$crate::__private_v0_1::utoipa::openapi::schema::Schema> {
                $crate::__private_v0_1::code_schema::<$t>()
            }
        }

        $($doc)*
        #[automatically_derived]
        impl $crate::__private_v0_1::utoipa::ToSchema for $t {
            fn name() -> $crate::__private_v0_1::Cow<'static, ::core::primitive::str> {
                $crate::__private_v0_1::Cow::Borrowed(<$t as $crate::__private_v0_1::Code>::TYPE_NAME)
            }
        }
    };
}

#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_utoipa {
    ($t:ident [$($doc:tt)*]) => {};
}

#[cfg(feature = "actix-web")]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_actix {
    ($t:ident [$($doc:tt)*]) => {
        $($doc)*
        #[automatically_derived]
        impl $crate::__private_v0_1::actix_web::Responder for $t {
            type Body = $crate::__private_v0_1::actix_web::body::BoxBody;
            #[inline]
            fn respond_to(
                self,
                _: &$crate::__private_v0_1::actix_web::HttpRequest,
            ) -> $crate::__private_v0_1::actix_web::HttpResponse {
                $crate::__private_v0_1::actix_status_response($t::code(self), $t::reason(self))
            }
        }
    };
}

#[cfg(not(feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_actix {
    ($t:ident [$($doc:tt)*]) => {};
}

#[cfg(feature = "actix-web")]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_problem_actix {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private_v0_1::actix_web::ResponseError for $($ty)* $($where)* {
            #[inline]
            fn status_code(&self) -> $crate::__private_v0_1::actix_web::http::StatusCode {
                $crate::__private_v0_1::actix_problem_status(self)
            }

            fn error_response(&self) -> $crate::__private_v0_1::actix_web::HttpResponse {
                $crate::__private_v0_1::actix_problem_response(self)
            }
        }
    };
}

#[cfg(not(feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_problem_actix {
    ($($tokens:tt)*) => {};
}
