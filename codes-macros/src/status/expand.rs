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
    let each = each_status(model);
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

            // The same expressions as `status`, so any mistake in them is one
            // error; a deprecated name has warned there already.
            #[allow(deprecated)]
            fn each_status(f: &mut dyn ::core::ops::FnMut(#code)) {
                #each
            }
        }
    }
}

/// The body of `each_status`: every arm's status (the default once), and the
/// statuses of `transparent` fields' types.
fn each_status(model: &DeriveModel) -> TokenStream {
    let p = model.runtime.private();
    let code = &model.code_type;
    let mut out = TokenStream::new();
    let mut default_used = false;
    for arm in &model.arms {
        match &arm.status {
            None => default_used = true,
            Some(StatusArg::Transparent(_)) => {
                let ty = arm.fields.iter().next().map(|f| &f.ty);
                let span = user_span(ty.map_or_else(Span::call_site, Spanned::span));
                out.extend(respan(
                    quote!(#p::transparent_final_statuses::<#ty, #code>(f);),
                    span,
                ));
            }
            Some(status) => out.extend(listed(model, status)),
        }
    }
    if let (true, Some(default)) = (default_used, &model.default) {
        out.extend(listed(model, default));
    }
    if out.is_empty() {
        out = quote!(let _ = f;);
    }
    out
}

/// For each `transparent` field, the bounds that make its status usable, on
/// the impl: a generic `enum Error<E> { #[status(transparent)] Inner(E) }`
/// needs none written (as serde and thiserror infer bounds), and a field type
/// without a status is one error, on the field's type, however many generated
/// functions use it.
fn inferred_bounds(model: &DeriveModel) -> Vec<TokenStream> {
    let p = model.runtime.private();
    let code = &model.code_type;
    model
        .arms
        .iter()
        .filter(|arm| matches!(arm.status, Some(StatusArg::Transparent(_))))
        .filter_map(|arm| arm.fields.iter().next())
        .map(|field| {
            let ty = &field.ty;
            let span = user_span(ty.span());
            respan(
                quote!(#ty: #p::Status, <#ty as #p::Status>::Code: #p::StatusOf<#code>),
                span,
            )
        })
        .collect()
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
        let call = respan(
            quote!(#p::transparent_final_status::<#ty, #code>(#binding)),
            span,
        );
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

/// A status in `each_status`. A number is looked up without the compile-time
/// check (`status` has it, and one failed constant is one error).
fn listed(model: &DeriveModel, status: &StatusArg) -> TokenStream {
    let code = &model.code_type;
    if let StatusArg::Number(lit) = status {
        return quote! {
            if let ::core::option::Option::Some(status) = #code::from_code(#lit) {
                f(status);
            }
        };
    }
    let value = status_value(&model.runtime, code, status);
    quote!(f(#value);)
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
            fn each_status(_: &mut dyn ::core::ops::FnMut(#krate::StatusCode)) {}
        }
    }
}
