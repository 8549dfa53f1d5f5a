//! The code of a checked block: per contract, its enum (deriving `Status` and
//! `Problem`, every member `transparent`, so the answer, the log and the
//! OpenAPI responses are the member's), `Display` and `Error` through the
//! member, `From` any `MemberOf` it (`?`), `MemberOf` for each member and for
//! each narrower contract of the block, and `TryFrom` each wider one.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use super::model::{Block, Contract};
use crate::common::{allow_lints, user_span};

pub fn expand(block: &Block) -> TokenStream {
    let mut out = TokenStream::new();
    for contract in &block.contracts {
        out.extend(enum_def(block, contract));
        out.extend(impls(block, contract));
    }
    out
}

/// The enum, with its docs, the user's attributes and the derives.
fn enum_def(block: &Block, contract: &Contract) -> TokenStream {
    let krate = block.runtime.krate();
    let attrs = &contract.attrs;
    let vis = &contract.vis;
    let ident = &contract.ident;
    let listed: Vec<String> = contract
        .members
        .iter()
        .map(|m| format!("[`{}`]({})", m.name, path_text(&m.path)))
        .collect();
    let summary = format!(
        " A route contract: the failures it answers with are {}, each answered as it answers by itself (its status, problem, headers and documentation). `?` converts each of them into it, as it does each narrower contract of the same `contracts!` block.",
        listed.join(", ")
    );
    let crate_setting = block
        .krate
        .as_ref()
        .map(|path| quote!(#[status(crate = #path)]));
    let variants = contract.members.iter().map(|member| {
        let name = &member.name;
        let path = &member.path;
        let doc = format!(" The failure [`{}`]({}).", name, path_text(path));
        let span = user_span(path.span());
        quote_spanned! {span=>
            #[doc = #doc]
            #[status(transparent)]
            #name(#path)
        }
    });
    let empty_line = (!attrs.is_empty()).then(|| quote!(#[doc = ""]));
    // The derive first: the user's `#[status(...)]` and `#[problem(...)]` are
    // its helper attributes, which may only follow it.
    quote! {
        #[derive(::core::fmt::Debug, #krate::Status, #krate::Problem)]
        #(#attrs)*
        #empty_line
        #[doc = #summary]
        #crate_setting
        #vis enum #ident {
            #(#variants,)*
        }
    }
}

/// `Display`, `Error` and the conversions, in one `const _` block under one
/// `#[allow]`.
fn impls(block: &Block, contract: &Contract) -> TokenStream {
    let krate = block.runtime.krate();
    let member_of = quote!(#krate::route::MemberOf);
    let ident = &contract.ident;
    let names: Vec<_> = contract.members.iter().map(|m| &m.name).collect();
    let members = contract.members.iter().map(|member| {
        let name = &member.name;
        let path = &member.path;
        let span = user_span(path.span());
        quote_spanned! {span=>
            #[automatically_derived]
            impl #member_of<#ident> for #path {
                #[inline]
                fn into_contract(self) -> #ident {
                    #ident::#name(self)
                }
            }
        }
    });
    let narrower = block
        .contracts
        .iter()
        .filter(|other| other.ident != contract.ident && other.within(contract))
        .map(|narrow| widen(&member_of, narrow, contract));
    let wider = block
        .contracts
        .iter()
        .filter(|other| {
            other.ident != contract.ident && contract.within(other) && !other.within(contract)
        })
        .map(|wide| narrow_from(contract, wide));
    let lints = allow_lints();
    let failure = format_ident!("failure");
    quote! {
        #lints
        const _: () = {
            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    match self {
                        #(Self::#names(#failure) => ::core::fmt::Display::fmt(#failure, f),)*
                    }
                }
            }

            #[automatically_derived]
            impl ::core::error::Error for #ident {
                fn source(&self) -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
                    match self {
                        #(Self::#names(#failure) => ::core::error::Error::source(#failure),)*
                    }
                }
            }

            #[automatically_derived]
            impl<E: #member_of<#ident>> ::core::convert::From<E> for #ident {
                #[inline]
                fn from(failure: E) -> #ident {
                    #member_of::into_contract(failure)
                }
            }

            #(#members)*
            #(#narrower)*
            #(#wider)*
        };
    }
}

/// `MemberOf<wide>` for a contract of the block whose every member `wide`
/// lists: `?` widens it. (A member listed by the same path has the same
/// variant in both: the variant is named by the path's last segment.)
fn widen(member_of: &TokenStream, narrow: &Contract, wide: &Contract) -> TokenStream {
    let (n, w) = (&narrow.ident, &wide.ident);
    let arms = narrow.members.iter().map(|member| {
        let name = &member.name;
        quote!(#n::#name(failure) => #w::#name(failure))
    });
    quote! {
        #[automatically_derived]
        impl #member_of<#w> for #n {
            #[inline]
            fn into_contract(self) -> #w {
                match self {
                    #(#arms,)*
                }
            }
        }
    }
}

/// `TryFrom<wide>` for `narrow`: the failures `narrow` lists, or `wide` back.
fn narrow_from(narrow: &Contract, wide: &Contract) -> TokenStream {
    let (n, w) = (&narrow.ident, &wide.ident);
    let arms = narrow.members.iter().map(|member| {
        let name = &member.name;
        quote!(#w::#name(failure) => ::core::result::Result::Ok(#n::#name(failure)))
    });
    quote! {
        #[automatically_derived]
        impl ::core::convert::TryFrom<#w> for #n {
            type Error = #w;
            fn try_from(wide: #w) -> ::core::result::Result<#n, #w> {
                match wide {
                    #(#arms,)*
                    other => ::core::result::Result::Err(other),
                }
            }
        }
    }
}

/// A path as rustdoc reads it in a link.
fn path_text(path: &syn::Path) -> String {
    quote!(#path).to_string().replace(' ', "")
}
