//! The model of a `#[derive(Problem)]` input that passed the checks.

use syn::{Ident, LitStr, Member};

use crate::common::Runtime;
use crate::status::Statuses;

pub struct ProblemModel {
    pub runtime: Runtime,
    pub ident: Ident,
    pub generics: syn::Generics,
    /// `#[problem(type = ..., title = ...)]` on the type: for every variant
    /// without its own.
    pub top: ProblemMeta,
    pub arms: Vec<ProblemArm>,
    /// The statuses named in `#[status(...)]`, and the code enum.
    pub statuses: Statuses,
}

/// `type` and `title` of a variant (or the type).
#[derive(Default)]
pub struct ProblemMeta {
    pub type_uri: Option<LitStr>,
    pub title: Option<LitStr>,
}

/// One match arm: a variant (or the struct) and what it adds to its problem.
pub struct ProblemArm {
    /// `None` for a struct.
    pub variant: Option<Ident>,
    /// The first line of its docs, for OpenAPI.
    pub summary: Option<String>,
    pub meta: ProblemMeta,
    pub members: Vec<FieldUse>,
    pub headers: Vec<FieldUse>,
    /// Header names given by two fields (first, then second, compared without
    /// regard to ASCII case): a compile error unless the field is a list
    /// field, which codes-core's rules decide in a constant.
    pub repeated_headers: Vec<(LitStr, LitStr)>,
    /// For a `#[status(transparent)]` variant: its one field, whose own problem
    /// (type, title, members, headers) is forwarded when it has one.
    pub transparent: Option<Transparent>,
}

/// The field of a `#[status(transparent)]` variant.
pub struct Transparent {
    pub member: Member,
    pub ty: syn::Type,
    /// Its type names a type parameter of the error: forwarding its problem
    /// then needs the bound `IntoProblem` on the impl.
    pub generic: bool,
}

/// A field sent as an extension member or a header field, under `name`.
pub struct FieldUse {
    pub member: Member,
    pub ty: syn::Type,
    /// The name as written, or (for `#[problem(member)]`) the field's name,
    /// spanned on the field's identifier.
    pub name: LitStr,
}
