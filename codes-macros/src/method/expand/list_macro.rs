//! The hidden `macro_rules!` behind `extends` of a method list. It shares the
//! enum's name in the macro namespace, as a `codes!` list's macro does, and
//! tells the two kinds of list apart: `methods!` calls it with `methods`
//! first, and a `codes!` extension that names a method list gets an error.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::common::fingerprint;
use crate::method::model::Checked;
use crate::method::replay::Replay;

pub fn expand(model: &Checked) -> TokenStream {
    let ident = &model.ident;
    let vis = &model.vis;
    let replay = Replay::of(model);
    let hidden = format_ident!("__codes_methods_{}_{:016x}", ident, hash(model));
    let export = if matches!(vis, syn::Visibility::Public(_)) {
        quote!(#[macro_export] #[allow(non_local_definitions)])
    } else {
        quote!()
    };
    let wrong_kind = format!(
        "`{ident}` is a list of HTTP methods made by `methods!`: extend it with `methods!`, not `codes!`"
    );
    quote! {
        #[doc(hidden)]
        #export
        macro_rules! #hidden {
            (methods { $($krate:tt)* } $($extension:tt)*) => {
                $($krate)*::__private_v0_1::methods_extend! {
                    #replay
                    $($extension)*
                }
            };
            ({ $($krate:tt)* } $($extension:tt)*) => {
                ::core::compile_error! { #wrong_kind }
            };
        }
        #[doc(hidden)]
        #[allow(unused_imports)]
        #vis use #hidden as #ident;
    }
}

/// The list's hash (see [`fingerprint`]): its tokens and names.
fn hash(model: &Checked) -> u64 {
    let names: Vec<String> = model.entries.iter().map(|e| e.ident.to_string()).collect();
    let parts = model
        .entries
        .iter()
        .zip(&names)
        .flat_map(|(e, name)| [e.token.as_bytes(), name.as_bytes()]);
    fingerprint(&model.ident, parts)
}
