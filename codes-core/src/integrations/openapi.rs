//! Feature `openapi` (turned on by `utoipa` and `aide`): what a
//! `#[derive(Problem)]` type documents of itself, for every OpenAPI
//! generator: per variant, its status, first doc line, problem type and
//! title, members (with a schema per generator) and header fields.
//! `utoipa.rs` and `aide.rs` turn the same table into their own documents.

/// Feature `openapi`'s impls for one type, by kind (see `__codes_integrations!`).
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_openapi {
    (problem [$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*] $documented:block) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private_v0_1::openapi::DocumentedProblem for $($ty)* $($where)* {
            fn documented() -> $crate::__private_v0_1::openapi::Vec<$crate::__private_v0_1::openapi::Documented> {
                $documented
            }
        }
    };
    ($($other:tt)*) => {};
}

/// A member's schema for each enabled generator (`()` for one that is off).
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_member_schema {
    ($ty:ty) => {
        $crate::__private_v0_1::openapi::MemberSchema {
            utoipa: $crate::__private_v0_1::utoipa::schema!($ty),
            aide: $crate::__private_v0_1::aide::schema!($ty),
        }
    };
}

/// What generated code names, as `__private_v0_1::openapi::...` (see `mod.rs`).
#[doc(hidden)]
pub mod private {
    pub use super::{
        Documented, DocumentedProbe, DocumentedProblem, ForwardDocumented, MemberSchema,
        NotDocumented,
    };
    pub use crate::__codes_member_schema as member_schema;
    pub use crate::__codes_openapi as integrate;
    pub use alloc::{vec, vec::Vec};
}

use alloc::vec::Vec;

/// utoipa's schema of a member (feature `utoipa`), or nothing.
#[cfg(feature = "utoipa")]
pub type UtoipaSchema = utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>;
/// utoipa's schema of a member (feature `utoipa`), or nothing.
#[cfg(not(feature = "utoipa"))]
pub type UtoipaSchema = ();

/// aide's (schemars') schema of a member (feature `aide`), or nothing.
#[cfg(feature = "aide")]
pub type AideSchema = fn(&mut schemars::SchemaGenerator) -> schemars::Schema;
/// aide's (schemars') schema of a member (feature `aide`), or nothing.
#[cfg(not(feature = "aide"))]
pub type AideSchema = ();

/// A member's schema, per generator.
#[doc(hidden)]
pub struct MemberSchema {
    pub utoipa: UtoipaSchema,
    pub aide: AideSchema,
}

/// What the derive knows of one variant with a named status.
#[doc(hidden)]
pub struct Documented {
    pub status: u16,
    /// The first line of the variant's docs.
    pub description: Option<&'static str>,
    /// Its problem type URI (`None`: `about:blank`).
    pub type_uri: Option<&'static str>,
    /// Its title (`None`: the reason phrase).
    pub title: Option<&'static str>,
    /// Extension members: name, and the field's schema.
    pub members: Vec<(&'static str, MemberSchema)>,
    /// Header fields the variant sends.
    pub headers: Vec<&'static str>,
}

/// What a `#[derive(Problem)]` type documents of its variants (implemented by
/// the derive): a `#[status(transparent)]` variant documents what its field
/// sends through this, when the field's type is a derived problem too.
#[doc(hidden)]
pub trait DocumentedProblem {
    fn documented() -> Vec<Documented>;
}

macro_rules! delegate_documented {
    ($($pointer:ty),*) => {$(
        impl<T: DocumentedProblem> DocumentedProblem for $pointer {
            fn documented() -> Vec<Documented> {
                T::documented()
            }
        }
    )*};
}

delegate_documented!(
    &T,
    alloc::boxed::Box<T>,
    alloc::rc::Rc<T>,
    alloc::sync::Arc<T>
);

/// Autoref specialisation for the field of a `#[status(transparent)]`
/// variant: `(&&DocumentedProbe::<T>(PhantomData)).documented_of()` is what
/// `T` documents when it is a derived problem, nothing otherwise (a field
/// with only a status, or a generic one: its statuses are listed with their
/// reason phrases).
#[doc(hidden)]
pub struct DocumentedProbe<T: ?Sized>(pub core::marker::PhantomData<T>);

#[doc(hidden)]
pub trait ForwardDocumented {
    fn documented_of(&self) -> Vec<Documented>;
}

impl<T: DocumentedProblem + ?Sized> ForwardDocumented for &DocumentedProbe<T> {
    fn documented_of(&self) -> Vec<Documented> {
        T::documented()
    }
}

#[doc(hidden)]
pub trait NotDocumented {
    fn documented_of(&self) -> Vec<Documented> {
        Vec::new()
    }
}

impl<T: ?Sized> NotDocumented for DocumentedProbe<T> {}

// What both generators make of the table (unused with `openapi` alone, which
// only `utoipa` and `aide` turn on).
#[cfg_attr(not(any(feature = "utoipa", feature = "aide")), allow(dead_code))]
/// The example body of a variant's problem: its type, title and status (the
/// detail and members are the value's own).
#[must_use]
pub(crate) fn example_body(documented: &Documented, reason: &str) -> serde_json::Value {
    serde_json::json!({
        "type": documented.type_uri.unwrap_or("about:blank"),
        "title": documented.title.unwrap_or(reason),
        "status": documented.status,
    })
}

#[cfg_attr(not(any(feature = "utoipa", feature = "aide")), allow(dead_code))]
/// The problem types of the variants answering with one status, as the
/// schema's `type` values: empty when none names one (all `about:blank`).
#[must_use]
pub(crate) fn problem_types(variants: &[&Documented]) -> Vec<serde_json::Value> {
    if variants.iter().all(|d| d.type_uri.is_none()) {
        return Vec::new();
    }
    let mut types: Vec<&str> = variants
        .iter()
        .map(|d| d.type_uri.unwrap_or("about:blank"))
        .collect();
    types.sort_unstable();
    types.dedup();
    types.into_iter().map(serde_json::Value::from).collect()
}
