//! Code generation for `methods!`, from a [`Checked`] model, with the same
//! rules as `codes!`: absolute paths, the runtime through its version-stamped
//! private module, lints allowed on generated impls.
//!
//! - `enum_def.rs`: the enum, its rustdoc and the table of methods;
//! - `inherent.rs`: `ALL`, `iter`, `as_str`, `from_bytes`, the flags;
//! - `traits.rs`: `Display`, `FromStr`, comparisons with strings, `HttpMethod`;
//! - `conversions.rs`: conversions with the base of an extension.

mod conversions;
mod enum_def;
mod inherent;
mod traits;

use proc_macro2::TokenStream;
use quote::quote;

use super::model::Checked;
use crate::list::expand::{inside_runtime, list_macro};

pub fn expand(model: &Checked) -> TokenStream {
    let enum_def = enum_def::expand(model);
    let inherent = inherent::expand(model);
    let traits = traits::expand(model);
    let base = conversions::expand(model);
    let list = list_macro(model);
    let p = model.runtime.private();
    let ident = &model.ident;
    let docs = inside_runtime().then(|| quote!(docsrs));
    quote! {
        #enum_def
        #inherent
        #traits
        #base
        #list
        #p::integrations! { method #ident [#docs] }
    }
}
