//! The integrations of enums made by `methods!`, as `mod.rs` has them for
//! `codes!`: one `__codes_method_integrations!` call per enum, and a macro per
//! feature that expands to the impls or to nothing. The functions they call
//! live beside the status code ones (`serde.rs`, `http.rs`, `actix.rs`,
//! `utoipa.rs`).

/// Every integration of one enum made by `methods!` (`docs`: codes-core's own).
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_method_integrations {
    ($t:ident) => {
        $crate::__codes_method_serde!($t []);
        $crate::__codes_method_http!($t []);
        $crate::__codes_method_actix!($t []);
        $crate::__codes_method_utoipa!($t []);
    };
    ($t:ident, docs) => {
        $crate::__codes_method_serde!($t [#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]]);
        $crate::__codes_method_http!($t [#[cfg_attr(docsrs, doc(cfg(feature = "http")))]]);
        $crate::__codes_method_actix!($t [#[cfg_attr(docsrs, doc(cfg(feature = "actix-web")))]]);
        $crate::__codes_method_utoipa!($t [#[cfg_attr(docsrs, doc(cfg(feature = "utoipa")))]]);
    };
}

#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_method_serde {
    ($t:ident [$($doc:tt)*]) => {
        $($doc)*
        #[automatically_derived]
        impl $crate::__private_v0_1::serde::Serialize for $t {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private_v0_1::serde::Serializer,
            {
                $crate::__private_v0_1::serialize_method(*self, serializer)
            }
        }

        $($doc)*
        #[automatically_derived]
        impl<'de> $crate::__private_v0_1::serde::Deserialize<'de> for $t {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<$t, D::Error>
            where
                D: $crate::__private_v0_1::serde::Deserializer<'de>,
            {
                $crate::__private_v0_1::deserialize_method(deserializer)
            }
        }
    };
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_method_serde {
    ($t:ident [$($doc:tt)*]) => {};
}

#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_method_http {
    ($t:ident [$($doc:tt)*]) => {
        $($doc)*
        #[automatically_derived]
        impl ::core::convert::From<$t> for $crate::__private_v0_1::http::Method {
            #[inline]
            fn from(method: $t) -> $crate::__private_v0_1::http::Method {
                $crate::__private_v0_1::method_to_http($t::as_str(method))
            }
        }

        $($doc)*
        #[automatically_derived]
        impl ::core::convert::TryFrom<$crate::__private_v0_1::http::Method> for $t {
            type Error = $crate::__private_v0_1::UnknownMethod;
            #[inline]
            fn try_from(
                method: $crate::__private_v0_1::http::Method,
            ) -> ::core::result::Result<$t, $crate::__private_v0_1::UnknownMethod> {
                $crate::__private_v0_1::parse_method::<$t>(method.as_str())
            }
        }

        $($doc)*
        #[automatically_derived]
        impl<'a> ::core::convert::TryFrom<&'a $crate::__private_v0_1::http::Method> for $t {
            type Error = $crate::__private_v0_1::UnknownMethod;
            #[inline]
            fn try_from(
                method: &'a $crate::__private_v0_1::http::Method,
            ) -> ::core::result::Result<$t, $crate::__private_v0_1::UnknownMethod> {
                $crate::__private_v0_1::parse_method::<$t>(method.as_str())
            }
        }

        $($doc)*
        #[automatically_derived]
        impl ::core::cmp::PartialEq<$crate::__private_v0_1::http::Method> for $t {
            #[inline]
            fn eq(
                &self,
                other: &$crate::__private_v0_1::http::Method,
            ) -> ::core::primitive::bool {
                $t::as_str(*self) == other.as_str()
            }
        }

        $($doc)*
        #[automatically_derived]
        impl ::core::cmp::PartialEq<$t> for $crate::__private_v0_1::http::Method {
            #[inline]
            fn eq(&self, other: &$t) -> ::core::primitive::bool {
                self.as_str() == $t::as_str(*other)
            }
        }
    };
}

#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_method_http {
    ($t:ident [$($doc:tt)*]) => {};
}

/// A method enum in an OpenAPI document: a string limited to its tokens.
#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_method_utoipa {
    ($t:ident [$($doc:tt)*]) => {
        $($doc)*
        #[automatically_derived]
        impl $crate::__private_v0_1::utoipa::PartialSchema for $t {
            fn schema() -> $crate::__private_v0_1::utoipa::openapi::RefOr<$crate::__private_v0_1::utoipa::openapi::schema::Schema> {
                $crate::__private_v0_1::method_schema::<$t>()
            }
        }

        $($doc)*
        #[automatically_derived]
        impl $crate::__private_v0_1::utoipa::ToSchema for $t {
            fn name() -> $crate::__private_v0_1::Cow<'static, ::core::primitive::str> {
                $crate::__private_v0_1::Cow::Borrowed(<$t as $crate::__private_v0_1::HttpMethod>::TYPE_NAME)
            }
        }
    };
}

#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_method_utoipa {
    ($t:ident [$($doc:tt)*]) => {};
}

/// actix-web 4 speaks `http` 0.2, whose `Method` is another type than the
/// `http` 1 one of feature `http`: the same conversions, for it.
#[cfg(feature = "actix-web")]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_method_actix {
    ($t:ident [$($doc:tt)*]) => {
        $($doc)*
        #[automatically_derived]
        impl ::core::convert::From<$t> for $crate::__private_v0_1::actix_web::http::Method {
            #[inline]
            fn from(method: $t) -> $crate::__private_v0_1::actix_web::http::Method {
                $crate::__private_v0_1::method_to_actix($t::as_str(method))
            }
        }

        $($doc)*
        #[automatically_derived]
        impl<'a> ::core::convert::TryFrom<&'a $crate::__private_v0_1::actix_web::http::Method> for $t {
            type Error = $crate::__private_v0_1::UnknownMethod;
            #[inline]
            fn try_from(
                method: &'a $crate::__private_v0_1::actix_web::http::Method,
            ) -> ::core::result::Result<$t, $crate::__private_v0_1::UnknownMethod> {
                $crate::__private_v0_1::parse_method::<$t>(method.as_str())
            }
        }
    };
}

#[cfg(not(feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_method_actix {
    ($t:ident [$($doc:tt)*]) => {};
}
