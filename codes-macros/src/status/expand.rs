//! Code generation for `#[derive(Status)]`.
//!
//! Each status expression is spanned on the user's token, so rustc's own
//! errors land there: no such variant (with its "did you mean"), a number that
//! is not a code of the enum (const evaluation), a path of another code enum
//! (`StatusOf`), a deprecated name (the `deprecated` lint, not silenced).

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;

use super::model::{DeriveArm, DeriveModel, StatusArg};
use crate::common::{respan, user_span, Runtime};

pub fn expand(model: &DeriveModel) -> TokenStream {
    let p = model.runtime.private();
    let ident = &model.ident;
    let code = &model.code_type;
    let (impl_generics, ty_generics, where_clause) = model.generics.split_for_impl();
    let bounds = inferred_bounds(model);
    let where_clause = match (where_clause, bounds.is_empty()) {
        (None, true) => quote!(),
        (None, false) => quote!(where #(#bounds,)*),
        (Some(w), _) => {
            let existing = &w.predicates;
            quote!(where #existing #(, #bounds)*)
        }
    };
    let arms: Vec<TokenStream> = model.arms.iter().map(|arm| match_arm(model, arm)).collect();
    // `match *self`: an enum without variants needs the place, not the reference.
    let body = quote!(match *self { #(#arms)* });
    let deprecated = model.deprecated.then(|| quote!(#[allow(deprecated)]));
    quote! {
        #[automatically_derived]
        #[allow(unused_qualifications, unused_variables, clippy::match_same_arms)]
        #deprecated
        impl #impl_generics #p::Status for #ident #ty_generics #where_clause {
            type Code = #code;

            #[inline]
            fn status(&self) -> #code {
                #body
            }
        }
    }
}

/// For each `transparent` field whose type mentions a type parameter, the
/// bounds that make its status usable (as serde and thiserror infer bounds),
/// so `enum Error<E> { #[status(transparent)] Inner(E) }` needs none written.
fn inferred_bounds(model: &DeriveModel) -> Vec<TokenStream> {
    let p = model.runtime.private();
    let code = &model.code_type;
    let params: Vec<&syn::Ident> = model.generics.type_params().map(|t| &t.ident).collect();
    if params.is_empty() {
        return Vec::new();
    }
    model
        .arms
        .iter()
        .filter(|arm| matches!(arm.status, Some(StatusArg::Transparent(_))))
        .filter_map(|arm| arm.fields.iter().next())
        .filter(|field| mentions(&field.ty, &params))
        .map(|field| {
            let ty = &field.ty;
            quote!(#ty: #p::Status, <#ty as #p::Status>::Code: #p::StatusOf<#code>)
        })
        .collect()
}

/// Whether `ty` names one of `params` (a token scan: syn's `visit` feature
/// would cost every user's build more than it saves here).
fn mentions(ty: &syn::Type, params: &[&syn::Ident]) -> bool {
    fn scan(tokens: TokenStream, params: &[&syn::Ident]) -> bool {
        tokens.into_iter().any(|tree| match tree {
            proc_macro2::TokenTree::Ident(ident) => params.iter().any(|p| **p == ident),
            proc_macro2::TokenTree::Group(group) => scan(group.stream(), params),
            _ => false,
        })
    }
    scan(ty.to_token_stream(), params)
}

fn match_arm(model: &DeriveModel, arm: &DeriveArm) -> TokenStream {
    let p = model.runtime.private();
    let code = &model.code_type;
    let head = match &arm.variant {
        Some(variant) => quote!(Self::#variant),
        None => quote!(Self),
    };
    let allow = arm.deprecated.then(|| quote!(#[allow(deprecated)]));
    // The checks guarantee a status or a default for every arm.
    let Some(status) = arm.status.as_ref().or(model.default.as_ref()) else {
        return TokenStream::new();
    };
    if let StatusArg::Transparent(_) = status {
        let binding = format_ident!("__codes_field");
        let field = arm.fields.iter().next();
        let pattern = match field.and_then(|f| f.ident.as_ref()) {
            Some(name) => quote!(#head { #name: ref #binding }),
            None => quote!(#head(ref #binding)),
        };
        // Spanned on the field's type: if it has no status, the error says so there.
        let ty = field.map(|f| &f.ty);
        let span = user_span(ty.map_or_else(Span::call_site, Spanned::span));
        let call = respan(quote!(#p::transparent_status::<#ty, #code>(#binding)), span);
        return quote!(#allow #pattern => #call,);
    }
    let pattern = match &arm.fields {
        syn::Fields::Named(_) => quote!(#head { .. }),
        syn::Fields::Unnamed(_) => quote!(#head(..)),
        syn::Fields::Unit => quote!(#head),
    };
    let value = status_value(&model.runtime, code, status);
    quote!(#allow #pattern => #value,)
}

/// The expression for a status, spanned on the user's token.
fn status_value(runtime: &Runtime, code: &TokenStream, status: &StatusArg) -> TokenStream {
    let p = runtime.private();
    match status {
        StatusArg::Name(name) => {
            // The whole path carries the user's own span (not the call site's),
            // so that lints such as `deprecated` treat it as the user's code.
            let code = respan(code.clone(), name.span());
            quote!(#code::#name)
        }
        StatusArg::Path(path) => {
            // Any path to a variant (or constant) of the code enum, however it is
            // spelled, or of an enum that converts into it; rustc decides.
            let span = user_span(path.span());
            let call = respan(quote!(#p::StatusOf::<#code>::into_status), span);
            quote_spanned!(span=> #call(#path))
        }
        StatusArg::Number(lit) => {
            let span = user_span(lit.span());
            let krate = format!("{}::", runtime.doc_path());
            let code_name = code.to_token_stream().to_string().replace(' ', "");
            let message = format!(
                "#[status({})]: {} is not a code of {}",
                lit,
                lit.base10_digits(),
                code_name.trim_start_matches(&krate)
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

/// What to emit when the input is invalid: the impl, with a body that is never
/// compiled into anything (the build fails on the reported errors), so that
/// uses of `.status()` elsewhere add no errors of their own.
pub fn fallback(input: &syn::DeriveInput, runtime: &Runtime) -> TokenStream {
    let p = runtime.private();
    let krate = runtime.krate();
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics #p::Status for #ident #ty_generics #where_clause {
            type Code = #krate::StatusCode;
            fn status(&self) -> #krate::StatusCode {
                ::core::unreachable!()
            }
        }
    }
}
