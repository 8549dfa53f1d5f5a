//! An extension converts with its base: every base method into the
//! extension (`From`), and back where the base has it (`TryFrom`); an
//! extension of an extension also with the chain's first enum, when that one
//! declared its path (`#[methods(path = ...)]`, as the registry does): the
//! conversions are `list/expand.rs`'s. Here: comparisons with the base.

use proc_macro2::TokenStream;
use quote::quote_spanned;

use crate::list::expand::path_span;
use crate::list::methods::model::Checked;

pub fn expand(model: &Checked) -> TokenStream {
    let Some((base, _)) = &model.base else {
        return TokenStream::new();
    };
    let ident = &model.ident;
    quote_spanned! {path_span(base)=>
        #[automatically_derived]
        impl ::core::cmp::PartialEq<#base> for #ident {
            #[inline]
            fn eq(&self, other: &#base) -> ::core::primitive::bool {
                *self == <#ident as ::core::convert::From<#base>>::from(*other)
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<#ident> for #base {
            #[inline]
            fn eq(&self, other: &#ident) -> ::core::primitive::bool {
                <#ident as ::core::convert::From<#base>>::from(*self) == *other
            }
        }
    }
}
