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

pub use crate::list::expand::docsrs;

use super::model::Checked;

pub use enum_def::expand as enum_def;

/// The inherent items with their tables, the traits, comparisons with the base.
pub fn items(model: &Checked) -> TokenStream {
    [
        inherent::expand(model),
        traits::expand(model),
        conversions::expand(model),
    ]
    .into_iter()
    .collect()
}
