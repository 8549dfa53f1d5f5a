//! The model of a `#[derive(Problem)]` input that passed the checks.

use syn::{Ident, LitStr, Member};

use crate::common::Runtime;
use crate::status::StatusArg;

pub struct ProblemModel {
    pub runtime: Runtime,
    pub ident: Ident,
    pub generics: syn::Generics,
    /// `#[problem(type = ..., title = ...)]` on the type: for every variant
    /// without its own.
    pub top: ProblemMeta,
    pub arms: Vec<ProblemArm>,
    /// The statuses named in `#[status(...)]` (not `transparent`), with the code
    /// enum, for the compile-time check that none is a 1xx.
    pub statuses: Vec<StatusArg>,
    pub code_type: Option<proc_macro2::TokenStream>,
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
    pub meta: ProblemMeta,
    pub members: Vec<FieldUse>,
    pub headers: Vec<FieldUse>,
}

/// A field sent as an extension member or a header field, under `name`.
pub struct FieldUse {
    pub member: Member,
    pub ty: syn::Type,
    pub name: LitStr,
}
