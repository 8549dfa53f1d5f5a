//! `#[derive(Status)]`: the `Status` impl of a checked model.
//!
//! Each status expression is spanned on the user's token, so rustc's own
//! errors land there: in a code enum other than the registry (whose names and
//! codes `check/` knows), no such variant (with its "did you mean") and a
//! number that is not a code of the enum (const evaluation); a path of another code enum
//! (`StatusOf`), a deprecated name (the `deprecated` lint, not silenced).

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;

use crate::common::{respan, user_span, Runtime};
use crate::derive::ast::{ErrorType, StatusArg, Variant};

pub fn expand(model: &ErrorType) -> TokenStream {
    let runtime = model.status_runtime();
    let p = runtime.private();
    let ident = model.ident;
    let code = model.code_enum();
    let (impl_generics, ty_generics, where_clause) = model.generics.split_for_impl();
    let bounds = inferred_bounds(model, &runtime, &code);
    let where_clause = match (where_clause, bounds.is_empty()) {
        (None, true) => quote!(),
        (None, false) => quote!(where #(#bounds,)*),
        (Some(w), _) => {
            let existing = &w.predicates;
            quote!(where #existing #(, #bounds)*)
        }
    };
    let arms = model
        .variants
        .iter()
        .map(|variant| match_arm(model, variant, &runtime, &code));
    // `match *self`: an enum without variants needs the place, not the reference.
    let body = quote!(match *self { #(#arms)* });
    let deprecated = model.deprecated.then(|| quote!(#[allow(deprecated)]));
    let each = each_status(model, &runtime, &code);
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
fn each_status(model: &ErrorType, runtime: &Runtime, code: &TokenStream) -> TokenStream {
    let p = runtime.private();
    let listed = |status: &StatusArg| match status {
        // A number is looked up without the compile-time check (`status` has
        // it, and one failed constant is one error).
        StatusArg::Number(lit) => quote! {
            if let ::core::option::Option::Some(status) = #code::from_code(#lit) {
                f(status);
            }
        },
        status => {
            let value = status_value(runtime, code, status);
            quote!(f(#value);)
        }
    };
    let mut out = TokenStream::new();
    for variant in &model.variants {
        match (&variant.status, variant.transparent_field()) {
            (None, _) => {}
            (Some(_), Some(field)) => {
                let ty = field.ty;
                out.extend(respan(
                    quote!(#p::transparent_final_statuses::<#ty, #code>(f);),
                    user_span(ty.span()),
                ));
            }
            (Some(status), None) => out.extend(listed(status)),
        }
    }
    if let (true, Some(default)) = (model.uses_default(), &model.status.default) {
        out.extend(listed(default));
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
fn inferred_bounds(model: &ErrorType, runtime: &Runtime, code: &TokenStream) -> Vec<TokenStream> {
    let p = runtime.private();
    model
        .variants
        .iter()
        .filter_map(Variant::transparent_field)
        .map(|field| {
            let ty = field.ty;
            respan(
                quote!(#ty: #p::Status, <#ty as #p::Status>::Code: #p::StatusOf<#code>),
                user_span(ty.span()),
            )
        })
        .collect()
}

fn match_arm(
    model: &ErrorType,
    variant: &Variant,
    runtime: &Runtime,
    code: &TokenStream,
) -> TokenStream {
    let p = runtime.private();
    let allow = variant.deprecated.then(|| quote!(#[allow(deprecated)]));
    // The checks guarantee a status or a default for every arm.
    let Some(status) = model.status_of(variant) else {
        return TokenStream::new();
    };
    if let Some(field) = variant.transparent_field() {
        let head = variant.head();
        let binding = format_ident!("__codes_field");
        let pattern = match field.ident {
            Some(name) => quote!(#head { #name: ref #binding }),
            None => quote!(#head(ref #binding)),
        };
        // Spanned on the field's type: if it has no status, the error says so there.
        let ty = field.ty;
        let call = respan(
            quote!(#p::transparent_final_status::<#ty, #code>(#binding)),
            user_span(ty.span()),
        );
        return quote!(#allow #pattern => #call,);
    }
    let pattern = variant.any_pattern();
    let value = status_value(runtime, code, status);
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
