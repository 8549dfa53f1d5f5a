//! `Display` (the token), `FromStr` and `TryFrom<&str>` (exact tokens),
//! `AsRef<str>`, comparisons with strings, and the `HttpMethod` trait.

use proc_macro2::TokenStream;
use quote::quote;

use crate::common::{respan, user_span};
use crate::list::methods::model::Checked;

pub fn expand(model: &Checked) -> TokenStream {
    let ident = &model.ident;
    let p = model.runtime.private();
    let str_ty = quote!(::core::primitive::str);
    let http_method = http_method(model);
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            /// The token, as in a request line; width and alignment apply.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(#ident::as_str(*self))
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = #p::UnknownMethod;
            /// Exactly a token of the list: case-sensitive, no white space.
            #[inline]
            fn from_str(s: &#str_ty) -> ::core::result::Result<Self, #p::UnknownMethod> {
                #p::parse_method::<#ident>(s)
            }
        }

        #[automatically_derived]
        impl<'a> ::core::convert::TryFrom<&'a #str_ty> for #ident {
            type Error = #p::UnknownMethod;
            #[inline]
            fn try_from(s: &'a #str_ty) -> ::core::result::Result<Self, #p::UnknownMethod> {
                #p::parse_method::<#ident>(s)
            }
        }

        #[automatically_derived]
        impl<'a> ::core::convert::TryFrom<&'a [::core::primitive::u8]> for #ident {
            type Error = #p::UnknownMethod;
            /// Exactly a token of the list, as bytes (a request line).
            #[inline]
            fn try_from(bytes: &'a [::core::primitive::u8]) -> ::core::result::Result<Self, #p::UnknownMethod> {
                match #ident::from_bytes(bytes) {
                    ::core::option::Option::Some(method) => ::core::result::Result::Ok(method),
                    ::core::option::Option::None => ::core::result::Result::Err(#p::UnknownMethod::of::<#ident>(bytes)),
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::AsRef<#str_ty> for #ident {
            #[inline]
            fn as_ref(&self) -> &#str_ty {
                #ident::as_str(*self)
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<#ident> for &'static #str_ty {
            #[inline]
            fn from(method: #ident) -> &'static #str_ty {
                #ident::as_str(method)
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<#str_ty> for #ident {
            #[inline]
            fn eq(&self, other: &#str_ty) -> ::core::primitive::bool {
                #ident::as_str(*self) == other
            }
        }

        #[automatically_derived]
        impl<'a> ::core::cmp::PartialEq<&'a #str_ty> for #ident {
            #[inline]
            fn eq(&self, other: &&'a #str_ty) -> ::core::primitive::bool {
                #ident::as_str(*self) == *other
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<#ident> for #str_ty {
            #[inline]
            fn eq(&self, other: &#ident) -> ::core::primitive::bool {
                self == #ident::as_str(*other)
            }
        }

        #[automatically_derived]
        impl<'a> ::core::cmp::PartialEq<#ident> for &'a #str_ty {
            #[inline]
            fn eq(&self, other: &#ident) -> ::core::primitive::bool {
                *self == #ident::as_str(*other)
            }
        }

        #http_method
    }
}

/// `HttpMethod`, by the inherent functions.
fn http_method(model: &Checked) -> TokenStream {
    let ident = &model.ident;
    let p = model.runtime.private();
    let name = ident.to_string();
    let str_ty = quote!(::core::primitive::str);
    // Located at the enum's name, the whole impl: when an `extends` names
    // something else, rustc shows it under "the trait `HttpMethod` is
    // implemented for ...", which would otherwise quote the whole macro call.
    let item = quote! {
        #[automatically_derived]
        impl #p::HttpMethod for #ident {
            const ALL: &'static [Self] = &#ident::ALL;
            const TYPE_NAME: &'static #str_ty = #name;
            #[inline]
            fn as_str(self) -> &'static #str_ty {
                #ident::as_str(self)
            }
            #[inline]
            fn from_bytes(bytes: &[::core::primitive::u8]) -> ::core::option::Option<Self> {
                #ident::from_bytes(bytes)
            }
            #[inline]
            fn is_safe(self) -> ::core::primitive::bool {
                #ident::is_safe(self)
            }
            #[inline]
            fn is_idempotent(self) -> ::core::primitive::bool {
                #ident::is_idempotent(self)
            }
            #[inline]
            fn is_cacheable(self) -> ::core::primitive::bool {
                #ident::is_cacheable(self)
            }
            #[inline]
            fn request_content(self) -> #p::RequestContent {
                #ident::request_content(self)
            }
            #[inline]
            fn description(self) -> &'static #str_ty {
                #ident::description(self)
            }
            #[inline]
            fn spec(self) -> ::core::option::Option<&'static #str_ty> {
                #ident::spec(self)
            }
            #[inline]
            fn spec_url(self) -> ::core::option::Option<&'static #str_ty> {
                #ident::spec_url(self)
            }
        }
    };
    respan(item, user_span(ident.span()))
}
