//! Feature `serde`: every enum made by `codes!` serialises as its number and
//! deserialises from it.
//!
//! ```
//! use codes_core::StatusCode;
//!
//! assert_eq!(serde_json::to_string(&StatusCode::NotFound).unwrap(), "404");
//! assert_eq!(serde_json::from_str::<StatusCode>("404").unwrap(), StatusCode::NotFound);
//! let err = serde_json::from_str::<StatusCode>("299").unwrap_err();
//! assert_eq!(err.to_string(), "invalid value: integer `299`, expected a code of StatusCode at line 1 column 3");
//! ```
//!
//! Only numbers are accepted when deserialising: `"404"` as a string is refused,
//! so that a typed field cannot silently accept text. Parse text with `FromStr`.

/// Feature `serde`'s impls for one type, by kind (see `__codes_integrations!`).
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_serde {
    (code $t:ident [$($docsrs:ident)?] $($http:ident)?) => {
        $crate::__codes_serde!(@impls $t [$($docsrs)?] serialize_code deserialize_code);
    };
    (method $t:ident [$($docsrs:ident)?]) => {
        $crate::__codes_serde!(@impls $t [$($docsrs)?] serialize_method deserialize_method);
    };
    // Both kinds: the same impls through the kind's two helpers.
    (@impls $t:ident [$($docsrs:ident)?] $serialize:ident $deserialize:ident) => {
        $(#[cfg_attr($docsrs, doc(cfg(feature = "serde")))])?
        #[automatically_derived]
        impl $crate::__private_v0_1::serde::serde::Serialize for $t {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private_v0_1::serde::serde::Serializer,
            {
                $crate::__private_v0_1::serde::$serialize(*self, serializer)
            }
        }

        $(#[cfg_attr($docsrs, doc(cfg(feature = "serde")))])?
        #[automatically_derived]
        impl<'de> $crate::__private_v0_1::serde::serde::Deserialize<'de> for $t {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<$t, D::Error>
            where
                D: $crate::__private_v0_1::serde::serde::Deserializer<'de>,
            {
                $crate::__private_v0_1::serde::$deserialize(deserializer)
            }
        }
    };
    (problem $($tokens:tt)*) => {};
}

/// What generated code names, as `__private_v0_1::serde::...` (see `mod.rs`).
#[doc(hidden)]
pub mod private {
    pub use super::{deserialize_code, deserialize_method, serialize_code, serialize_method};
    pub use crate::__codes_serde as integrate;
    pub use ::serde;
}

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Unexpected, Visitor};
use serde::{Deserializer, Serializer};

use crate::Code;

/// `Serialize` of every generated enum: the number.
///
/// # Errors
///
/// Whatever the serializer returns.
#[doc(hidden)]
#[inline]
pub fn serialize_code<C: Code, S: Serializer>(code: C, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_u16(code.code())
}

/// `Deserialize` of every generated enum: a number that is one of its codes.
///
/// # Errors
///
/// A serde error naming the number for unknown or out-of-range numbers, and a
/// type error for anything that is not a number.
#[doc(hidden)]
#[inline]
pub fn deserialize_code<'de, C: Code, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<C, D::Error> {
    deserializer.deserialize_u16(CodeVisitor(PhantomData))
}

struct CodeVisitor<C>(PhantomData<C>);

impl<C: Code> Visitor<'_> for CodeVisitor<C> {
    type Value = C;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a code of {}", C::TYPE_NAME)
    }

    #[inline]
    fn visit_u64<E: de::Error>(self, value: u64) -> Result<C, E> {
        u16::try_from(value)
            .ok()
            .and_then(C::from_code)
            .ok_or_else(|| E::invalid_value(Unexpected::Unsigned(value), &self))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<C, E> {
        match u64::try_from(value) {
            Ok(value) => self.visit_u64(value),
            Err(_) => Err(E::invalid_value(Unexpected::Signed(value), &self)),
        }
    }
}

/// `Serialize` of every method enum: the token, as a string.
///
/// # Errors
///
/// Whatever the serializer returns.
#[doc(hidden)]
#[inline]
pub fn serialize_method<M: crate::HttpMethod, S: Serializer>(
    method: M,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(method.as_str())
}

/// `Deserialize` of every method enum: a string that is exactly one of its
/// tokens (case-sensitive).
///
/// # Errors
///
/// A serde error naming the string (and the method it differs from only in
/// case), and a type error for anything that is not a string.
#[doc(hidden)]
#[inline]
pub fn deserialize_method<'de, M: crate::HttpMethod, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<M, D::Error> {
    deserializer.deserialize_str(MethodVisitor(PhantomData))
}

struct MethodVisitor<M>(PhantomData<M>);

impl<M: crate::HttpMethod> Visitor<'_> for MethodVisitor<M> {
    type Value = M;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a method of {} (case-sensitive)", M::TYPE_NAME)
    }

    #[inline]
    fn visit_str<E: de::Error>(self, value: &str) -> Result<M, E> {
        self.visit_bytes(value.as_bytes())
    }

    fn visit_bytes<E: de::Error>(self, value: &[u8]) -> Result<M, E> {
        M::from_bytes(value).ok_or_else(|| {
            let error = crate::UnknownMethod::of::<M>(value);
            match (core::str::from_utf8(value), error.suggestion()) {
                (Ok(text), Some(suggestion)) => E::custom(format_args!(
                    "invalid value: string {text:?}, expected a method of {}; method names are case-sensitive: did you mean `{suggestion}`?",
                    M::TYPE_NAME
                )),
                (Ok(text), None) => E::invalid_value(Unexpected::Str(text), &self),
                (Err(_), _) => E::invalid_value(Unexpected::Bytes(value), &self),
            }
        })
    }
}
