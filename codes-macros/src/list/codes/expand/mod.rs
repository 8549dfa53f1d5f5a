//! Code generation for `codes!`, from a [`Checked`] model (the enum's shared
//! parts and the hidden list macro are `list/expand.rs`'s). Lints that
//! generated code could trip in a strict user crate are allowed on the
//! generated impls.
//!
//! - `enum_def.rs`: the enum itself, with its rustdoc (`docs.rs` renders it);
//! - `tables.rs`: the per-variant tables and the code -> variant lookup;
//! - `inherent.rs`: the inherent methods; `http.rs` those of HTTP-classed
//!   enums; `classes.rs` the class enum of a family that declares classes;
//! - `traits.rs`: `Display`, `Debug`, conversions with `u16`, `FromStr`, `Code`;
//! - `conversions.rs`: conversions with the base (and root) of an extension.

mod classes;
mod conversions;
mod docs;
mod enum_def;
mod http;
mod inherent;
mod tables;
mod traits;

use proc_macro2::TokenStream;
use quote::quote;

use super::model::Checked;
use crate::list::expand::{docsrs, Generated};

/// The enum and the class enum of a family that declares classes; the
/// inherent items with their tables, the traits, comparisons with the base;
/// the integrations.
pub fn expand(model: &Checked) -> Generated {
    let mut types = enum_def::expand(model);
    types.extend(classes::expand(model));
    let mut items = inherent::expand(model);
    items.extend(traits::expand(model));
    items.extend(conversions::expand(model));
    Generated {
        types,
        items,
        integrations: integrations(model),
    }
}

/// serde, http and axum impls, and RFC 9110 semantics, as codes-core decides.
fn integrations(model: &Checked) -> TokenStream {
    let p = model.runtime.private();
    let ident = &model.ident;
    let vis = &model.vis;
    let http = model.family.http_classes;
    let docs = docsrs();
    let http_kind = http.then(|| quote!(http));
    let semantics = http.then(|| quote!(#p::semantics!(#ident, [#vis]);));
    quote! {
        #p::integrations! { code #ident [#docs] #http_kind }
        #semantics
    }
}
