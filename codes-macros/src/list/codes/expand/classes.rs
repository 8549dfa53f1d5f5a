//! `NameClass`, for families that declare their own classes, and the
//! `class()` / `is_<class>()` methods of the code enum.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::common::allow_lints;
use crate::common::snake_case;
use crate::common::value_derives;
use crate::list::codes::model::Checked;

fn class_ident(model: &Checked) -> syn::Ident {
    format_ident!("{}Class", model.ident)
}

/// The class enum and its impls; nothing for families without declared classes.
pub fn expand(model: &Checked) -> TokenStream {
    let classes = &model.family.classes;
    if classes.is_empty() {
        return TokenStream::new();
    }
    let ident = &model.ident;
    let vis = &model.vis;
    let class_ident = class_ident(model);
    let derives = value_derives();
    let allow = allow_lints();
    let names: Vec<&syn::Ident> = classes.iter().map(|c| &c.ident).collect();
    let name_strs: Vec<String> = names.iter().map(ToString::to_string).collect();
    let mins: Vec<Literal> = classes
        .iter()
        .map(|c| Literal::u16_unsuffixed(c.min))
        .collect();
    let maxs: Vec<Literal> = classes
        .iter()
        .map(|c| Literal::u16_unsuffixed(c.max))
        .collect();
    let docs: Vec<String> = classes
        .iter()
        .map(|c| format!(" Codes {} to {}.", c.min, c.max))
        .collect();
    let count = classes.len();
    let doc = format!(" The classes of [`{ident}`] codes, as its list declares them.");
    quote! {
        #[doc = #doc]
        #derives
        #[derive(::core::fmt::Debug)]
        #vis enum #class_ident {
            #(#[doc = #docs] #names,)*
        }

        #allow
        impl #class_ident {
            /// Every class, in ascending order of codes.
            #vis const ALL: [#class_ident; #count] = [#(#class_ident::#names),*];

            /// The class a number falls in, whether or not it is a code of the list.
            #[must_use]
            #[inline]
            #vis const fn from_code(code: ::core::primitive::u16) -> ::core::option::Option<#class_ident> {
                #(
                    if code >= #mins && code <= #maxs {
                        return ::core::option::Option::Some(#class_ident::#names);
                    }
                )*
                ::core::option::Option::None
            }

            /// The codes of the class.
            #[must_use]
            #[inline]
            #vis const fn range(self) -> ::core::ops::RangeInclusive<::core::primitive::u16> {
                match self {
                    #(#class_ident::#names => #mins..=#maxs,)*
                }
            }

            /// The class's name, e.g. `"Auth"`.
            #[must_use]
            #[inline]
            #vis const fn name(self) -> &'static ::core::primitive::str {
                match self {
                    #(#class_ident::#names => #name_strs,)*
                }
            }
        }

        #[automatically_derived]
        #allow
        impl ::core::fmt::Display for #class_ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(#class_ident::name(*self))
            }
        }
    }
}

/// `class()` and `is_<class>()` on the code enum, inside its inherent impl.
pub fn methods(model: &Checked) -> TokenStream {
    let classes = &model.family.classes;
    let Some(last) = classes.last() else {
        return TokenStream::new();
    };
    let ident = &model.ident;
    let vis = &model.vis;
    let class_ident = class_ident(model);
    let last_class = &last.ident;
    let is_methods = classes.iter().filter(|c| c.method).map(|class| {
        let name = &class.ident;
        let method = format_ident!("is_{}", snake_case(&name.to_string()));
        let doc = format!(
            " Whether the code is in the `{name}` class ({}..={}).",
            class.min, class.max
        );
        quote! {
            #[doc = #doc]
            #[must_use]
            #[inline]
            #vis const fn #method(self) -> ::core::primitive::bool {
                ::core::matches!(#ident::class(self), #class_ident::#name)
            }
        }
    });
    quote! {
        /// The class of the code, as the list declares its classes.
        #[must_use]
        #[inline]
        #vis const fn class(self) -> #class_ident {
            match #class_ident::from_code(#ident::code(self)) {
                ::core::option::Option::Some(class) => class,
                // The checks put every code in one of the classes.
                ::core::option::Option::None => #class_ident::#last_class,
            }
        }

        #(#is_methods)*
    }
}
