//! An extension converts with its base: every base method into the
//! extension (`From`), and back where the base has it (`TryFrom`); an
//! extension of an extension also with the chain's first enum, when that one
//! declared its path (`#[methods(path = ...)]`, as the registry does).

use proc_macro2::TokenStream;
use quote::quote;

use crate::common::allow_lints;
use crate::list::methods::model::Checked;

pub fn expand(model: &Checked) -> TokenStream {
    let Some((path, _)) = &model.base else {
        return TokenStream::new();
    };
    let ident = &model.ident;
    let p = model.runtime.private();
    let lints = allow_lints();
    let inherited: Vec<_> = model
        .entries
        .iter()
        .filter(|e| e.inherited)
        .map(|e| &e.ident)
        .collect();
    let root = root_conversions(model, path);
    let has_own = model.entries.iter().any(|e| !e.inherited);
    let rest = has_own.then(|| {
        quote! {
            other => ::core::result::Result::Err(#p::UnknownMethod::not_in::<#path>(#ident::as_str(other))),
        }
    });
    quote! {
        #lints
        #[automatically_derived]
        impl ::core::convert::From<#path> for #ident {
            #[inline]
            fn from(method: #path) -> #ident {
                match method {
                    #(#path::#inherited => #ident::#inherited,)*
                }
            }
        }

        #lints
        #[automatically_derived]
        impl ::core::convert::TryFrom<#ident> for #path {
            type Error = #p::UnknownMethod;
            #[inline]
            fn try_from(method: #ident) -> ::core::result::Result<#path, #p::UnknownMethod> {
                match method {
                    #(#ident::#inherited => ::core::result::Result::Ok(#path::#inherited),)*
                    #rest
                }
            }
        }

        #lints
        #[automatically_derived]
        impl ::core::cmp::PartialEq<#path> for #ident {
            #[inline]
            fn eq(&self, other: &#path) -> ::core::primitive::bool {
                *self == <#ident as ::core::convert::From<#path>>::from(*other)
            }
        }

        #lints
        #[automatically_derived]
        impl ::core::cmp::PartialEq<#ident> for #path {
            #[inline]
            fn eq(&self, other: &#ident) -> ::core::primitive::bool {
                <#ident as ::core::convert::From<#path>>::from(*self) == *other
            }
        }

        #root
    }
}

/// `From<Root>` and `TryFrom<Self> for Root`, through the base (which has them
/// with the root by the same rule, or is the root's direct extension).
fn root_conversions(model: &Checked, base: &syn::Path) -> TokenStream {
    let (true, Some(root)) = (model.base_is_extension, &model.family.root_path) else {
        return TokenStream::new();
    };
    let ident = &model.ident;
    let p = model.runtime.private();
    let lints = allow_lints();
    quote! {
        #lints
        #[automatically_derived]
        impl ::core::convert::From<#root> for #ident {
            #[inline]
            fn from(method: #root) -> #ident {
                <#ident as ::core::convert::From<#base>>::from(<#base as ::core::convert::From<#root>>::from(method))
            }
        }

        #lints
        #[automatically_derived]
        impl ::core::convert::TryFrom<#ident> for #root {
            type Error = #p::UnknownMethod;
            #[inline]
            fn try_from(method: #ident) -> ::core::result::Result<#root, #p::UnknownMethod> {
                match <#base as ::core::convert::TryFrom<#ident>>::try_from(method) {
                    ::core::result::Result::Ok(base) => match <#root as ::core::convert::TryFrom<#base>>::try_from(base) {
                        ::core::result::Result::Ok(root) => ::core::result::Result::Ok(root),
                        ::core::result::Result::Err(_) => ::core::result::Result::Err(#p::UnknownMethod::not_in::<#root>(#ident::as_str(method))),
                    },
                    ::core::result::Result::Err(_) => ::core::result::Result::Err(#p::UnknownMethod::not_in::<#root>(#ident::as_str(method))),
                }
            }
        }
    }
}
