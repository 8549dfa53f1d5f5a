//! The hidden `macro_rules!` behind `extends`: it replays this enum's entries
//! (inherited ones included) into the extension's expansion.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::common::fingerprint;
use crate::list::model::Checked;
use crate::list::replay::Replay;

/// The macro is imported under the enum's own name in the macro namespace, so
/// that `extends path::Name` can call `path::Name! { ... }` from any module or
/// crate. The extension passes its own runtime path first (`{ ::codes_core }`),
/// so a renamed codes-core works on either side.
pub fn expand(model: &Checked) -> TokenStream {
    let ident = &model.ident;
    let vis = &model.vis;
    let replay = Replay::of(model);
    let hidden = format_ident!("__codes_list_{}_{:016x}", ident, hash(model));
    // Only a `pub` enum can be extended from other crates, which needs an
    // exported macro; for the others a local one, imported with the enum's own
    // visibility, is enough (and lint-free inside function bodies).
    let export = if matches!(vis, syn::Visibility::Public(_)) {
        quote!(#[macro_export] #[allow(non_local_definitions)])
    } else {
        quote!()
    };
    let wrong_kind = format!(
        "`{ident}` is a list of codes made by `codes!`: extend it with `codes!`, not `methods!`"
    );
    quote! {
        #[doc(hidden)]
        #export
        macro_rules! #hidden {
            (methods { $($krate:tt)* } $($extension:tt)*) => {
                ::core::compile_error! { #wrong_kind }
            };
            ({ $($krate:tt)* } $($extension:tt)*) => {
                $($krate)*::__private_v0_1::codes_extend! {
                    #replay
                    $($extension)*
                }
            };
        }
        #[doc(hidden)]
        #[allow(unused_imports)]
        #vis use #hidden as #ident;
    }
}

/// The list's hash (see [`fingerprint`]): its codes, names and phrases.
fn hash(model: &Checked) -> u64 {
    let codes: Vec<[u8; 2]> = model.entries.iter().map(|e| e.code.to_le_bytes()).collect();
    let names: Vec<String> = model.entries.iter().map(|e| e.ident.to_string()).collect();
    let parts = model
        .entries
        .iter()
        .zip(&codes)
        .zip(&names)
        .flat_map(|((e, code), name)| [&code[..], name.as_bytes(), e.reason.as_bytes()]);
    fingerprint(&model.ident, parts)
}
