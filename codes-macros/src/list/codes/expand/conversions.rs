//! Conversions and comparisons between an extension and the enums it builds on:
//! its base, and (for an extension of an extension) the chain's first enum when
//! that enum declared its path.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use crate::common::allow_lints;
use crate::list::codes::model::Checked;
use crate::list::expand::path_span;

/// `PartialEq` both ways between the enum and `other`, by numeric code. `other`
/// converts to `u16` with `From` (`u16` itself through the reflexive impl).
pub fn eq_both_ways(ident: &syn::Ident, other: &TokenStream) -> TokenStream {
    let allow = allow_lints();
    let other_code = quote!(<::core::primitive::u16 as ::core::convert::From<#other>>::from);
    quote! {
        #[automatically_derived]
        #allow
        impl ::core::cmp::PartialEq<#other> for #ident {
            #[inline]
            fn eq(&self, other: &#other) -> ::core::primitive::bool {
                #ident::code(*self) == #other_code(*other)
            }
        }

        #[automatically_derived]
        #allow
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
    let allow = allow_lints();
    quote! {
        #[automatically_derived]
        #allow
        impl #p::StatusOf<#ident> for #other {
            #[inline]
            fn into_status(self) -> #ident {
                <#ident as ::core::convert::From<#other>>::from(self)
            }
        }
    }
}

/// For an extension: conversions and comparisons with the base enum.
pub fn expand(model: &Checked) -> TokenStream {
    let Some((base, _)) = &model.base else {
        return TokenStream::new();
    };
    let p = model.runtime.private();
    let ident = &model.ident;
    let allow = allow_lints();
    let inherited: Vec<&syn::Ident> = model
        .entries
        .iter()
        .filter(|e| e.inherited)
        .map(|e| &e.ident)
        .collect();
    let custom: Vec<&syn::Ident> = model
        .entries
        .iter()
        .filter(|e| !e.inherited)
        .map(|e| &e.ident)
        .collect();
    let custom_arm = (!custom.is_empty()).then(|| {
        quote! {
            #(#ident::#custom)|* => ::core::result::Result::Err(#p::UnknownCode::of::<#base>(#ident::code(code))),
        }
    });
    let span = path_span(base);
    let through_base = root_conversions(model, base);
    let base_tokens = quote!(#base);
    let base_eq = eq_both_ways(ident, &base_tokens);
    let base_status = status_of(model, &base_tokens);
    quote_spanned! {span=>
        #through_base

        #[automatically_derived]
        #allow
        impl ::core::convert::From<#base> for #ident {
            #[inline]
            fn from(code: #base) -> #ident {
                match code {
                    #(#base::#inherited => #ident::#inherited,)*
                }
            }
        }

        #[automatically_derived]
        #allow
        impl ::core::convert::TryFrom<#ident> for #base {
            type Error = #p::UnknownCode;
            #[inline]
            fn try_from(code: #ident) -> ::core::result::Result<#base, #p::UnknownCode> {
                match code {
                    #(#ident::#inherited => ::core::result::Result::Ok(#base::#inherited),)*
                    #custom_arm
                }
            }
        }

        #base_eq
        #base_status
    }
}

/// For an extension of an extension: conversions with the chain's first enum,
/// when it declared its path (`#[codes(path = ...)]`, as the registry does),
/// through the base, which has them by the same rule.
fn root_conversions(model: &Checked, base: &syn::Path) -> TokenStream {
    let (true, Some(root)) = (model.base_is_extension, &model.family.root_path) else {
        return TokenStream::new();
    };
    let p = model.runtime.private();
    let ident = &model.ident;
    let allow = allow_lints();
    let root_tokens = quote!(#root);
    let root_eq = eq_both_ways(ident, &root_tokens);
    let root_status = status_of(model, &root_tokens);
    quote! {
        #[automatically_derived]
        #allow
        impl ::core::convert::From<#root> for #ident {
            #[inline]
            fn from(code: #root) -> #ident {
                <#ident as ::core::convert::From<#base>>::from(<#base as ::core::convert::From<#root>>::from(code))
            }
        }

        #[automatically_derived]
        #allow
        impl ::core::convert::TryFrom<#ident> for #root {
            type Error = #p::UnknownCode;
            #[inline]
            fn try_from(code: #ident) -> ::core::result::Result<#root, #p::UnknownCode> {
                match <#base as ::core::convert::TryFrom<#ident>>::try_from(code) {
                    ::core::result::Result::Ok(base) => <#root as ::core::convert::TryFrom<#base>>::try_from(base),
                    ::core::result::Result::Err(error) => ::core::result::Result::Err(error),
                }
            }
        }

        #root_eq
        #root_status
    }
}
