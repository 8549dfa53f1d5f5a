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

use quote::quote;

use crate::list::expand::{docsrs, Generated};

use super::model::Checked;

/// The enum; its inherent items with their tables, the traits, comparisons
/// with the base; the integrations.
pub fn expand(model: &Checked) -> Generated {
    let p = model.runtime.private();
    let ident = &model.ident;
    let docs = docsrs();
    Generated {
        types: enum_def::expand(model),
        items: [
            inherent::expand(model),
            traits::expand(model),
            conversions::expand(model),
        ]
        .into_iter()
        .collect(),
        integrations: quote!(#p::integrations! { method #ident [#docs] }),
    }
}
