//! The model of a `#[derive(Status)]` input that passed the checks.

use proc_macro2::TokenStream;
use syn::{Ident, LitInt, Path};

use crate::common::Runtime;

/// One status, as `#[status(...)]` names it.
pub enum StatusArg {
    /// `#[status(NotFound)]`: a variant of the code enum.
    Name(Ident),
    /// `#[status(ApiStatus::ClientClosedRequest)]`: a variant, with its enum.
    Path(Path),
    /// `#[status(409)]`: a number that must be a code of the code enum.
    Number(LitInt),
    /// `#[status(transparent)]`: the one field's own status.
    Transparent(Ident),
}

pub struct DeriveModel {
    pub runtime: Runtime,
    pub ident: Ident,
    pub generics: syn::Generics,
    /// The code enum: `StatusCode` unless the input names another.
    pub code_type: TokenStream,
    /// `#[status(default = ...)]` on the enum.
    pub default: Option<StatusArg>,
    /// The type itself is `#[deprecated]`: the impl must not warn about it.
    pub deprecated: bool,
    pub arms: Vec<DeriveArm>,
}

/// One match arm: a variant (or the struct) and its status.
pub struct DeriveArm {
    /// `None` for a struct.
    pub variant: Option<Ident>,
    pub fields: syn::Fields,
    /// `None`: the enum's default.
    pub status: Option<StatusArg>,
    /// The variant is `#[deprecated]`: its arm allows the lint, other arms do not.
    pub deprecated: bool,
}
