//! Code generation for `#[derive(Status)]`, from a validated [`DeriveModel`].

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;

use crate::ast::{DeriveArm, DeriveModel, StatusArg};
use crate::expand::private;

pub fn derive(model: &DeriveModel) -> TokenStream {
    let p = private();
    let ident = &model.ident;
    let code = &model.code_type;
    let (impl_generics, ty_generics, where_clause) = model.generics.split_for_impl();
    let arms: Vec<TokenStream> = model.arms.iter().map(|arm| match_arm(model, arm)).collect();
    // For a struct, the one arm matches `Self`; an enum without variants gets `match self {}`.
    let body = quote!(match self { #(#arms)* });
    quote! {
        #[automatically_derived]
        #[allow(unused_qualifications, unused_variables, deprecated, clippy::match_same_arms)]
        impl #impl_generics #p::Status for #ident #ty_generics #where_clause {
            type Code = #code;

            #[inline]
            fn status(&self) -> #code {
                #body
            }
        }
    }
}

fn match_arm(model: &DeriveModel, arm: &DeriveArm) -> TokenStream {
    let p = private();
    let code = &model.code_type;
    let head = match &arm.variant {
        Some(variant) => quote!(Self::#variant),
        None => quote!(Self),
    };
    // Validation guarantees a status or a default for every arm.
    let Some(status) = arm.status.as_ref().or(model.default.as_ref()) else {
        return TokenStream::new();
    };
    if let StatusArg::Transparent(_) = status {
        let binding = format_ident!("__codes_field");
        let field = arm.fields.iter().next();
        let pattern = match field.and_then(|f| f.ident.as_ref()) {
            Some(name) => quote!(#head { #name: #binding }),
            None => quote!(#head(#binding)),
        };
        // Spanned on the field's type: if it has no status, the error says so there.
        let ty = field.map(|f| &f.ty);
        let span = user_span(ty.map_or_else(Span::call_site, Spanned::span));
        let call = quote_spanned! {span=>
            #p::transparent_status::<#ty, #code>(#binding)
        };
        return quote!(#pattern => #call,);
    }
    let pattern = match &arm.fields {
        syn::Fields::Named(_) => quote!(#head { .. }),
        syn::Fields::Unnamed(_) => quote!(#head(..)),
        syn::Fields::Unit => quote!(#head),
    };
    let value = status_value(code, status);
    quote!(#pattern => #value,)
}

/// The expression for a status, spanned so that rustc's own errors (no such
/// variant, with its "did you mean"; not a code of the enum) land on the user's token.
fn status_value(code: &TokenStream, status: &StatusArg) -> TokenStream {
    match status {
        StatusArg::Name(name) => {
            let span = user_span(name.span());
            quote_spanned!(span=> #code::#name)
        }
        StatusArg::Path(path) => {
            let span = user_span(path.span());
            quote_spanned!(span=> #path)
        }
        StatusArg::Number(lit) => {
            let span = user_span(lit.span());
            let message = format!(
                "#[status({})]: {} is not a code of {}",
                lit,
                lit.base10_digits(),
                code.to_token_stream()
                    .to_string()
                    .replace(' ', "")
                    .trim_start_matches("::codes_core::")
            );
            // Evaluated at compile time: an unknown number fails the build here and
            // can never panic at run time.
            quote_spanned! {span=>
                {
                    const STATUS: #code = match #code::from_code(#lit) {
                        ::core::option::Option::Some(status) => status,
                        ::core::option::Option::None => ::core::panic!(#message),
                    };
                    STATUS
                }
            }
        }
        StatusArg::Transparent(_) => unreachable!("handled by match_arm"),
    }
}

fn user_span(span: Span) -> Span {
    Span::call_site().located_at(span)
}

/// What to emit when the input is invalid: the impl, with a body that is never
/// compiled into anything (the build fails on the reported errors).
pub fn fallback(input: &syn::DeriveInput) -> TokenStream {
    let p = private();
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics #p::Status for #ident #ty_generics #where_clause {
            type Code = ::codes_core::StatusCode;
            fn status(&self) -> ::codes_core::StatusCode {
                ::core::unreachable!()
            }
        }
    }
}
