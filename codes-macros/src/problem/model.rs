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
    /// For a `#[status(transparent)]` variant: its one field, whose own problem
    /// (type, title, members, headers) is forwarded when it has one.
    pub transparent: Option<Member>,
}

/// A field sent as an extension member or a header field, under `name`.
pub struct FieldUse {
    pub member: Member,
    pub ty: syn::Type,
    pub name: LitStr,
}
