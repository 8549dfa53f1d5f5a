//! The hidden `macro_rules!` behind `extends`: it replays this enum's entries
//! (inherited ones included) into the extension's expansion.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

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
    let hidden = format_ident!("__codes_list_{}_{:016x}", ident, fingerprint(model));
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

/// A hash of the list and of where it is written, so that each list macro has
/// a crate-unique name: exported macros all live at the crate root, and the
/// same list may be written in two modules (a v1 and a v2 of an API).
fn fingerprint(model: &Checked) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    eat(model.ident.to_string().as_bytes());
    // The name's place in the source: `Debug` of a compiler span shows its
    // byte range (and macro context), which differs between two invocations.
    eat(format!("{:?}", model.ident.span()).as_bytes());
    for e in &model.entries {
        eat(&e.code.to_le_bytes());
        eat(e.ident.to_string().as_bytes());
        eat(e.reason.as_bytes());
    }
    hash
}
