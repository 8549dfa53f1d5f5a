//! Comparisons between an extension and the enums it builds on (its base,
//! and the chain's first enum when that enum declared its path), and the
//! conversions `list/expand.rs` makes for both kinds.

use proc_macro2::TokenStream;
use quote::quote;

use crate::list::codes::model::Checked;

/// `PartialEq` both ways between the enum and `other`, by numeric code. `other`
/// converts to `u16` with `From` (`u16` itself through the reflexive impl).
pub fn eq_both_ways(ident: &syn::Ident, other: &TokenStream) -> TokenStream {
    let other_code = quote!(<::core::primitive::u16 as ::core::convert::From<#other>>::from);
    quote! {
        #[automatically_derived]
        impl ::core::cmp::PartialEq<#other> for #ident {
            #[inline]
            fn eq(&self, other: &#other) -> ::core::primitive::bool {
                #ident::code(*self) == #other_code(*other)
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<#ident> for #other {
            #[inline]
            fn eq(&self, other: &#ident) -> ::core::primitive::bool {
                #other_code(*self) == #ident::code(*other)
            }
        }
    }
}

/// `StatusOf<Ident> for Other`: a status named as a variant of `other` is a
/// status of the enum (what `#[derive(Status)]` checks its paths with).
fn status_of(model: &Checked, other: &TokenStream) -> TokenStream {
    let p = model.runtime.private();
    let ident = &model.ident;
    quote! {
        #[automatically_derived]
        impl #p::StatusOf<#ident> for #other {
            #[inline]
            fn into_status(self) -> #ident {
                <#ident as ::core::convert::From<#other>>::from(self)
            }
        }
    }
}

/// For an extension: comparisons and `StatusOf` with the base, and with the
/// root (the conversions are `list/expand.rs`'s).
pub fn expand(model: &Checked) -> TokenStream {
    let Some((base, _)) = &model.base else {
        return TokenStream::new();
    };
    let root = model.family.root_path.as_ref();
    let root = root.filter(|_| model.base_is_extension);
    let mut out = TokenStream::new();
    for other in std::iter::once(base).chain(root) {
        let other = quote!(#other);
        out.extend(eq_both_ways(&model.ident, &other));
        out.extend(status_of(model, &other));
    }
    out
}
