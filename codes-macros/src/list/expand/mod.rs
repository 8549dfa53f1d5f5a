//! Code generation for `codes!`, from a [`Checked`] model.
//!
//! Generated code names everything by absolute path (`::core::...`, and the
//! runtime's items through its version-stamped private module), so it works
//! under `#![no_implicit_prelude]`, in `no_std`, and next to user types called
//! `Option` or `Result`. Lints that generated code could trip in a strict user
//! crate are allowed on the generated impls.
//!
//! - `enum_def.rs`: the enum itself, with its rustdoc (`docs.rs` renders it);
//! - `tables.rs`: the per-variant tables and the code -> variant lookup;
//! - `inherent.rs`: the inherent methods; `http.rs` those of HTTP-classed
//!   enums; `classes.rs` the class enum of a family that declares classes;
//! - `traits.rs`: `Display`, `Debug`, conversions with `u16`, `FromStr`, `Code`;
//! - `conversions.rs`: conversions with the base (and root) of an extension;
//! - `list_macro.rs`: the hidden macro that replays the list for `extends`.

mod classes;
mod conversions;
mod docs;
mod enum_def;
mod http;
mod inherent;
mod list_macro;
mod tables;
mod traits;

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use super::model::Checked;
use crate::common::{user_span, Runtime};

pub fn expand(model: &Checked) -> TokenStream {
    let enum_def = enum_def::expand(model);
    let inherent = inherent::expand(model);
    let traits = traits::expand(model);
    let classes = classes::expand(model);
    let base = conversions::expand(model);
    let list = list_macro::expand(model);
    let p = model.runtime.private();
    let ident = &model.ident;
    let vis = &model.vis;
    // serde, http and axum impls, and RFC 9110 semantics, as codes-core decides.
    let http = model.family.http_classes;
    let docs = inside_runtime().then(|| quote!(docsrs));
    let http_kind = http.then(|| quote!(http));
    let semantics = http.then(|| quote!(#p::semantics!(#ident, [#vis]);));
    let integrations = quote! {
        #p::integrations! { code #ident [#docs] #http_kind }
        #semantics
    };
    quote! {
        #enum_def
        #inherent
        #traits
        #classes
        #base
        #list
        #integrations
    }
}

/// What `codes!` emits for `enum Name extends Path { ... }`: a call of the
/// base's list macro, which replays the base's entries into `__codes_extend`
/// (through this list's runtime path). A check that `Path` implements `Code`
/// turns "not an enum made by `codes!`" into a readable error on the path.
pub fn extension_call(path: &syn::Path, runtime: &Runtime, input: TokenStream) -> TokenStream {
    let p = runtime.private();
    let krate = runtime.krate();
    quote_spanned! {path_span(path)=>
        #path! { { #krate } #input }
        const _: () = {
            #p::assert_extendable::<#path>();
        };
    }
}

/// Whether the crate being compiled is codes-core itself (cargo tells every
/// rustc invocation, and so the macros it runs, which crate it builds). Only
/// there may generated impls carry docs.rs's `doc(cfg(...))` notes, which need
/// the `doc_cfg` feature that codes-core enables for docs.rs.
fn inside_runtime() -> bool {
    std::env::var("CARGO_CRATE_NAME").is_ok_and(|name| name == "codes_core")
}

pub fn path_span(path: &syn::Path) -> proc_macro2::Span {
    user_span(
        path.segments
            .last()
            .map_or_else(proc_macro2::Span::call_site, |s| s.ident.span()),
    )
}
