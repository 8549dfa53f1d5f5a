//! `#[derive(Problem)]`: `IntoProblem` (the hooks the variants use), the
//! compile-time rule checks (`rules.rs`), and the framework impls codes-core's
//! features ask for (through its `integrations!`, with what the variants
//! document for OpenAPI, `documented.rs`).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::spanned::Spanned;
use syn::LitStr;

use super::{documented, rules};
use crate::common::{respan, user_span, Runtime};
use crate::derive::ast::{ErrorType, Field, Variant};
use crate::derive::attr::ProblemAttr;

/// `sound`: the statuses passed `Status`'s checks, so the code enum and each
/// variant's status may be built on.
pub fn expand(model: &ErrorType, sound: bool) -> TokenStream {
    let runtime = model.problem_runtime();
    let p = runtime.private();
    let krate = runtime.krate();
    let ident = model.ident;
    let (impl_generics, ty_generics, where_clause) = model.generics.split_for_impl();
    let mut predicates: Vec<TokenStream> = where_clause
        .map(|w| w.predicates.iter().map(|p| quote!(#p)).collect())
        .unwrap_or_default();
    predicates.extend(field_bounds(model, &runtime, sound));
    let where_clause = (!predicates.is_empty()).then(|| quote!(where #(#predicates),*));
    // The framework impls of a generic error also need `Debug` (actix-web's
    // `ResponseError` does): required as the error's own derive gives it.
    let generic = model.type_params().next().is_some();
    // The type by name, not `Self`: in some impls (`From<E> for tonic::Status`)
    // `Self` is another type.
    let integrations_where = if generic {
        quote!(where #(#predicates,)* #ident #ty_generics: ::core::fmt::Debug)
    } else {
        quote!(#where_clause)
    };
    let hooks = [
        text_hook(model, &p, "problem_type", |m| m.type_uri.as_ref()),
        text_hook(model, &p, "problem_title", |m| m.title.as_ref()),
        text_hook(model, &p, "problem_reason", |m| m.reason.as_ref()),
        domain_hook(model, &p),
        grpc_hook(model, &runtime),
        field_hook(
            model,
            &p,
            "problem_members",
            "members",
            &quote!(#krate::problem::Members),
            Variant::members,
        ),
        field_hook(
            model,
            &p,
            "problem_headers",
            "headers",
            &quote!(#krate::problem::Headers),
            Variant::headers,
        ),
    ];
    let rules = rules::checks(model, &runtime, sound);
    let documented = documented::documented(model, &runtime, sound);
    quote! {
        #[automatically_derived]
        #[allow(unused_qualifications, clippy::match_same_arms, clippy::match_wildcard_for_single_variants)]
        impl #impl_generics #krate::problem::IntoProblem for #ident #ty_generics #where_clause {
            #(#hooks)*
            fn problem_source(&self) -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
                #[allow(unused_imports)]
                use #p::{NoSource as _, SourceOfError as _};
                (&&#p::ErrorProbe(self)).source_of()
            }
        }

        #rules

        #p::integrations! { problem [#impl_generics] [#ident #ty_generics] [#integrations_where] #documented }
    }
}

/// Member fields serialise and header fields display: one bound each, on the
/// field's type, so a mistake is one error there (and a generic field gets its
/// bound inferred). A transparent field whose type names a type parameter must
/// be a problem itself for its problem to be forwarded, and its status must be
/// one of the error's code enum (as the `Status` derive infers). A generic
/// error is `Status` and `Display` under bounds of their own derives: they are
/// required here as they are, rather than guessed.
fn field_bounds(model: &ErrorType, runtime: &Runtime, sound: bool) -> Vec<TokenStream> {
    let p = runtime.private();
    let krate = runtime.krate();
    let params: Vec<&syn::Ident> = model.type_params().collect();
    let mut bounds = Vec::new();
    let mut bound = |ty: &syn::Type, bound: TokenStream| {
        bounds.push(respan(quote!(#ty: #bound), user_span(ty.span())));
    };
    for variant in &model.variants {
        for (field, _) in variant.members() {
            bound(field.ty, quote!(#p::serde::serde::Serialize));
        }
        for (field, _) in variant.headers() {
            bound(field.ty, quote!(::core::fmt::Display));
        }
        if let Some(field) = variant.transparent_field() {
            if mentions(field.ty, &params) {
                bound(field.ty, quote!(#krate::problem::IntoProblem));
            }
        }
    }
    if !params.is_empty() && sound {
        // Resolved where the user wrote it, linted as generated code.
        let code = respan(model.code_enum(), user_span(proc_macro2::Span::call_site()));
        let ident = model.ident;
        let (_, ty_generics, _) = model.generics.split_for_impl();
        bounds.push(quote!(#ident #ty_generics: #p::Status<Code = #code> + ::core::fmt::Display));
    }
    bounds
}

/// Whether `ty` names one of `params` (a type parameter of the error).
fn mentions(ty: &syn::Type, params: &[&syn::Ident]) -> bool {
    fn walk(tokens: TokenStream, params: &[&syn::Ident]) -> bool {
        tokens.into_iter().any(|tree| match tree {
            proc_macro2::TokenTree::Ident(ident) => params.iter().any(|p| **p == ident),
            proc_macro2::TokenTree::Group(group) => walk(group.stream(), params),
            _ => false,
        })
    }
    walk(quote!(#ty), params)
}

/// `problem_type` / `problem_title`: the variant's text, else the type's.
fn text_hook(
    model: &ErrorType,
    p: &TokenStream,
    name: &str,
    get: impl Fn(&ProblemAttr) -> Option<&LitStr>,
) -> TokenStream {
    let top = get(&model.problem);
    let forwards = model
        .variants
        .iter()
        .any(|v| v.transparent_field().is_some());
    if top.is_none() && !forwards && model.variants.iter().all(|v| get(&v.problem).is_none()) {
        return TokenStream::new();
    }
    let method = format_ident!("{}", name);
    let forward = format_ident!("{}_of", name);
    let fallback = match top {
        Some(text) => quote!(::core::option::Option::Some(#text)),
        None => quote!(::core::option::Option::None),
    };
    let arms = model.variants.iter().map(|variant| {
        let head = variant.head();
        match (get(&variant.problem), variant.transparent_field()) {
            (Some(text), _) => quote!(#head { .. } => ::core::option::Option::Some(#text),),
            // The field's own, if it is a problem; else the type's.
            (None, Some(Field { member, .. })) => quote! {
                #head { #member: ref __codes_inner, .. } => {
                    match (&&#p::ProblemProbe(__codes_inner)).#forward() {
                        ::core::option::Option::Some(text) => ::core::option::Option::Some(text),
                        ::core::option::Option::None => #fallback,
                    }
                }
            },
            (None, None) => quote!(#head { .. } => #fallback,),
        }
    });
    quote! {
        fn #method(&self) -> ::core::option::Option<&::core::primitive::str> {
            #[allow(unused_imports)]
            use #p::{ForwardProblem as _, NoProblem as _};
            match *self { #(#arms)* }
        }
    }
}

/// `problem_domain`: the type's `domain`, else the name of the crate that
/// derives; a transparent variant's field's own when it is a problem (its
/// reason belongs to that domain).
fn domain_hook(model: &ErrorType, p: &TokenStream) -> TokenStream {
    let own = match &model.problem.domain {
        Some(domain) => quote!(#domain),
        None => quote!(::core::env!("CARGO_PKG_NAME")),
    };
    // A transparent variant with a reason of its own names the type's domain,
    // as its reason is the type's.
    let forwards: Vec<_> = model
        .variants
        .iter()
        .filter(|v| model.reason_of(v).is_none())
        .filter_map(|v| Some((v.head(), v.transparent_field()?)))
        .collect();
    let body = if forwards.is_empty() {
        quote!(::core::option::Option::Some(#own))
    } else {
        let arms = forwards.iter().map(|(head, Field { member, .. })| {
            quote! {
                #head { #member: ref __codes_inner, .. } => {
                    match (&&#p::ProblemProbe(__codes_inner)).problem_domain_of() {
                        ::core::option::Option::Some(domain) => ::core::option::Option::Some(domain),
                        ::core::option::Option::None => ::core::option::Option::Some(#own),
                    }
                }
            }
        });
        let rest = (forwards.len() < model.variants.len())
            .then(|| quote!(_ => ::core::option::Option::Some(#own),));
        quote! {
            #[allow(unused_imports)]
            use #p::{ForwardProblem as _, NoProblem as _};
            match *self { #(#arms)* #rest }
        }
    };
    quote! {
        fn problem_domain(&self) -> ::core::option::Option<&::core::primitive::str> {
            #body
        }
    }
}

/// `grpc_code`: the variants' own `grpc = ...`; a transparent variant's
/// field's own when it is a problem; else (codes-core's default) the server's
/// mapping of the HTTP status. Nothing when no variant has either.
fn grpc_hook(model: &ErrorType, runtime: &Runtime) -> TokenStream {
    let p = runtime.private();
    let krate = runtime.krate();
    let own = |v| model.grpc_of(v);
    if !model
        .variants
        .iter()
        .any(|v| own(v).is_some() || v.transparent_field().is_some())
    {
        return TokenStream::new();
    }
    let default = quote! {
        #krate::GrpcCode::for_http_status(#p::Code::code(#p::Status::status(self)))
    };
    let arms = model.variants.iter().filter_map(|variant| {
        let head = variant.head();
        match (own(variant), variant.transparent_field()) {
            (Some(code), _) => Some(quote!(#head { .. } => #krate::GrpcCode::#code,)),
            (None, Some(Field { member, .. })) => Some(quote! {
                #head { #member: ref __codes_inner, .. } => {
                    match (&&#p::ProblemProbe(__codes_inner)).grpc_code_of() {
                        ::core::option::Option::Some(code) => code,
                        ::core::option::Option::None => #default,
                    }
                }
            }),
            (None, None) => None,
        }
    });
    let arms: Vec<TokenStream> = arms.collect();
    let rest = (arms.len() < model.variants.len()).then(|| quote!(_ => #default,));
    quote! {
        fn grpc_code(&self) -> #krate::GrpcCode {
            #[allow(unused_imports)]
            use #p::{ForwardProblem as _, NoProblem as _};
            match *self { #(#arms)* #rest }
        }
    }
}

/// `problem_members` / `problem_headers`: the marked fields of the variant.
fn field_hook<'a>(
    model: &'a ErrorType,
    p: &TokenStream,
    name: &str,
    argument: &str,
    ty: &TokenStream,
    fields: impl Fn(&'a Variant<'a>) -> Vec<(&'a Field<'a>, LitStr)>,
) -> TokenStream {
    let header = argument == "headers";
    let sent: Vec<(&Variant, Vec<(&Field, LitStr)>)> = model
        .variants
        .iter()
        .map(|variant| (variant, fields(variant)))
        .filter(|(variant, sent)| !sent.is_empty() || variant.transparent_field().is_some())
        .collect();
    if sent.is_empty() {
        return TokenStream::new();
    }
    let method = format_ident!("{}", name);
    let forward = format_ident!("{}_into", name);
    let argument = format_ident!("{}", argument);
    let arms = sent.iter().map(|(variant, sent)| {
        let head = variant.head();
        if let Some(Field { member, .. }) = variant.transparent_field() {
            return quote! {
                #head { #member: ref __codes_inner, .. } => {
                    (&&#p::ProblemProbe(__codes_inner)).#forward(#argument);
                }
            };
        }
        let bindings: Vec<syn::Ident> = (0..sent.len())
            .map(|i| format_ident!("__codes_field_{}", i))
            .collect();
        let members = sent.iter().map(|(f, _)| &f.member);
        // A header field is appended: `Headers::append` keeps every value of a
        // list field (two fields naming it send both) and replaces any other.
        let inserts = sent.iter().zip(&bindings).map(|((_, name), binding)| {
            if header {
                quote!(#argument.append(#name, #binding);)
            } else {
                quote!(#argument.insert(#name, #binding);)
            }
        });
        quote! {
            #head { #(#members: ref #bindings,)* .. } => {
                #(#inserts)*
            }
        }
    });
    let rest = (sent.len() < model.variants.len()).then(|| quote!(_ => {}));
    quote! {
        fn #method(&self, #argument: &mut #ty) {
            #[allow(unused_imports)]
            use #p::{ForwardProblem as _, NoProblem as _};
            match *self {
                #(#arms)*
                #rest
            }
        }
    }
}
