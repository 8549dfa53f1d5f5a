//! Code generation for `methods!`, from a [`Checked`] model, with the same
//! rules as `codes!`: absolute paths, the runtime through its version-stamped
//! private module, lints allowed on generated impls.
//!
//! - `enum_def.rs`: the enum, its rustdoc and the table of methods;
//! - `inherent.rs`: `ALL`, `iter`, `as_str`, `from_bytes`, the flags;
//! - `traits.rs`: `Display`, `FromStr`, comparisons with strings, `HttpMethod`;
//! - `conversions.rs`: conversions with the base of an extension;
//! - `list_macro.rs`: the hidden macro that replays the list for `extends`.

mod conversions;
mod enum_def;
mod inherent;
mod list_macro;
mod traits;

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use super::model::Checked;
use crate::common::{user_span, Runtime};

pub fn expand(model: &Checked) -> TokenStream {
    let enum_def = enum_def::expand(model);
    let inherent = inherent::expand(model);
    let traits = traits::expand(model);
    let base = conversions::expand(model);
    let list = list_macro::expand(model);
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

/// What `methods!` emits for `enum Name extends Path { ... }`: a call of the
/// base's list macro (which replays the base into `__codes_methods_extend`),
/// and a check that turns "not an enum made by `methods!`" into a readable
/// error on the path.
pub fn extension_call(path: &syn::Path, runtime: &Runtime, input: TokenStream) -> TokenStream {
    let p = runtime.private();
    let krate = runtime.krate();
    let span = user_span(
        path.segments
            .last()
            .map_or_else(proc_macro2::Span::call_site, |s| s.ident.span()),
    );
    quote_spanned! {span=>
        #path! { methods { #krate } #input }
        const _: () = {
            #p::assert_method_extendable::<#path>();
        };
    }
}

/// Whether the crate being compiled is codes-core itself, whose impls alone
/// may carry docs.rs's `doc(cfg(...))` notes.
fn inside_runtime() -> bool {
    std::env::var("CARGO_CRATE_NAME").is_ok_and(|name| name == "codes_core")
}
