//! Code generation for `#[derive(Problem)]`: `IntoProblem` (the hooks the
//! variants use), compile-time checks that no named status is a 1xx, and the
//! framework impls codes-core's features ask for (through its
//! `__codes_problem_integrations!`).

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use super::model::{FieldUse, ProblemArm, ProblemModel};
use crate::common::{respan, user_span};
use crate::status::StatusArg;

pub fn expand(model: &ProblemModel) -> TokenStream {
    let p = model.runtime.private();
    let krate = model.runtime.krate();
    let ident = &model.ident;
    let (impl_generics, ty_generics, where_clause) = model.generics.split_for_impl();
    let mut predicates: Vec<TokenStream> = where_clause
        .map(|w| w.predicates.iter().map(|p| quote!(#p)).collect())
        .unwrap_or_default();
    predicates.extend(field_bounds(model));
    let where_clause = (!predicates.is_empty()).then(|| quote!(where #(#predicates),*));
    let hooks = [
        text_hook(model, "problem_type", |m| m.type_uri.as_ref()),
        text_hook(model, "problem_title", |m| m.title.as_ref()),
        field_hook(
            model,
            "problem_members",
            "members",
            &quote!(#krate::problem::Members),
            |arm| &arm.members,
        ),
        field_hook(
            model,
            "problem_headers",
            "headers",
            &quote!(#krate::problem::Headers),
            |arm| &arm.headers,
        ),
    ];
    let source = quote! {
        fn problem_source(&self) -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
            #[allow(unused_imports)]
            use #p::{NoSource as _, SourceOfError as _};
            (&&#p::ErrorProbe(self)).source_of()
        }
    };
    let checks = final_status_checks(model);
    let documented = documented(model);
    quote! {
        #[automatically_derived]
        #[allow(unused_qualifications, clippy::match_same_arms, clippy::match_wildcard_for_single_variants)]
        impl #impl_generics #krate::problem::IntoProblem for #ident #ty_generics #where_clause {
            #(#hooks)*
            #source
        }

        #checks

        #p::problem_integrations! { [#impl_generics] [#ident #ty_generics] [#where_clause] #documented }
    }
}

/// Member fields serialise and header fields display: one bound each, on the
/// field's type, so a mistake is one error there.
fn field_bounds(model: &ProblemModel) -> Vec<TokenStream> {
    let p = model.runtime.private();
    let mut bounds = Vec::new();
    for arm in &model.arms {
        for field in &arm.members {
            let ty = &field.ty;
            bounds.push(respan(
                quote!(#ty: #p::serde::Serialize),
                user_span(ty.span()),
            ));
        }
        for field in &arm.headers {
            let ty = &field.ty;
            bounds.push(respan(
                quote!(#ty: ::core::fmt::Display),
                user_span(ty.span()),
            ));
        }
    }
    bounds
}

fn head(arm: &ProblemArm) -> TokenStream {
    match &arm.variant {
        Some(variant) => quote!(Self::#variant),
        None => quote!(Self),
    }
}

/// `problem_type` / `problem_title`: the variant's text, else the type's.
fn text_hook(
    model: &ProblemModel,
    name: &str,
    get: impl Fn(&super::model::ProblemMeta) -> Option<&syn::LitStr>,
) -> TokenStream {
    let p = model.runtime.private();
    let top = get(&model.top);
    let forwards = model.arms.iter().any(|arm| arm.transparent.is_some());
    if top.is_none() && !forwards && model.arms.iter().all(|arm| get(&arm.meta).is_none()) {
        return TokenStream::new();
    }
    let method = format_ident!("{}", name);
    let forward = format_ident!("{}_of", name);
    let arms = model.arms.iter().map(|arm| {
        let head = head(arm);
        let fallback = match top {
            Some(text) => quote!(::core::option::Option::Some(#text)),
            None => quote!(::core::option::Option::None),
        };
        match (get(&arm.meta), &arm.transparent) {
            (Some(text), _) => quote!(#head { .. } => ::core::option::Option::Some(#text),),
            // The field's own, if it is a problem; else the type's.
            (None, Some(member)) => quote! {
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

/// `problem_members` / `problem_headers`: the marked fields of the variant.
fn field_hook(
    model: &ProblemModel,
    name: &str,
    argument: &str,
    ty: &TokenStream,
    fields: impl Fn(&ProblemArm) -> &Vec<FieldUse>,
) -> TokenStream {
    let p = model.runtime.private();
    let used = |arm: &ProblemArm| !fields(arm).is_empty() || arm.transparent.is_some();
    if !model.arms.iter().any(used) {
        return TokenStream::new();
    }
    let method = format_ident!("{}", name);
    let forward = format_ident!("{}_into", name);
    let argument = format_ident!("{}", argument);
    let arms = model.arms.iter().filter(|arm| used(arm)).map(|arm| {
        let head = head(arm);
        if let Some(member) = &arm.transparent {
            return quote! {
                #head { #member: ref __codes_inner, .. } => {
                    (&&#p::ProblemProbe(__codes_inner)).#forward(#argument);
                }
            };
        }
        let bindings: Vec<syn::Ident> = (0..fields(arm).len())
            .map(|i| format_ident!("__codes_field_{}", i))
            .collect();
        let members = fields(arm).iter().map(|f| &f.member);
        let names = fields(arm).iter().map(|f| &f.name);
        quote! {
            #head { #(#members: ref #bindings,)* .. } => {
                #(#argument.insert(#names, #bindings);)*
            }
        }
    });
    let rest = model
        .arms
        .iter()
        .any(|arm| !used(arm))
        .then(|| quote!(_ => {}));
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

/// What the variants document, for OpenAPI (used by codes-core only with its
/// `utoipa` feature): per variant with a status written in its attribute (or
/// the default), the status, the first doc line, members and headers.
/// `transparent` variants are described by their statuses' reason phrases.
fn documented(model: &ProblemModel) -> TokenStream {
    let p = model.runtime.private();
    let code = model.statuses.code.as_ref();
    let entries = model.arms.iter().filter_map(|arm| {
        let name = arm.variant.as_ref().map(ToString::to_string);
        let status = model.statuses.of(name.as_deref())?;
        let status = match status {
            StatusArg::Name(variant) => {
                let code = code?;
                quote!(#p::Code::code(#code::#variant))
            }
            StatusArg::Number(lit) => {
                let n = proc_macro2::Literal::u16_unsuffixed(lit.base10_parse::<u16>().ok()?);
                quote!(#n)
            }
            StatusArg::Path(path) => quote!(#p::Code::code(#path)),
            StatusArg::Transparent(_) => return None,
        };
        let description = match &arm.summary {
            Some(line) => quote!(::core::option::Option::Some(#line)),
            None => quote!(::core::option::Option::None),
        };
        let members = arm.members.iter().map(|field| {
            let (name, ty) = (&field.name, &field.ty);
            quote!((#name, (&&#p::SchemaProbe::<#ty>(::core::marker::PhantomData)).schema_of()))
        });
        let headers = arm.headers.iter().map(|field| &field.name);
        Some(quote! {
            #p::Documented {
                status: #status,
                description: #description,
                members: #p::vec![#(#members),*],
                headers: #p::vec![#(#headers),*],
            }
        })
    });
    quote! {{
        #[allow(unused_imports)]
        use #p::{AnySchema as _, SchemaOf as _};
        #[allow(deprecated)]
        let documented: #p::Vec<#p::Documented> = #p::vec![#(#entries),*];
        documented
    }}
}

/// A 1xx status is no final answer: each status named by variant or path is
/// checked at compile time, numbers by the derive itself.
fn final_status_checks(model: &ProblemModel) -> TokenStream {
    let Some(code) = &model.statuses.code else {
        return TokenStream::new();
    };
    let p = model.runtime.private();
    model
        .statuses
        .all()
        .filter_map(|status| {
            let (value, span) = match status {
                StatusArg::Name(name) => {
                    let code = respan(code.clone(), name.span());
                    (quote!(#code::#name), name.span())
                }
                StatusArg::Path(path) => (quote!(#path), path.span()),
                // A number is known here: no need for the compiler.
                StatusArg::Number(lit) => {
                    return lit.base10_parse::<u16>().is_ok_and(|n| n < 200).then(|| {
                        syn::Error::new(
                            lit.span(),
                            format_args!("{lit} is informational (1xx), not a final answer: an error answers with a 2xx to 5xx status"),
                        )
                        .into_compile_error()
                    });
                }
                StatusArg::Transparent(_) => return None,
            };
            let function = respan(quote!(#p::assert_final_status), user_span(span));
            let check = quote_spanned! {user_span(span)=>
                #function(#value.code())
            };
            Some(quote! {
                #[allow(deprecated)]
                const _: () = #check;
            })
        })
        .collect()
}

/// What to emit beside errors: the trait with its default hooks.
pub fn fallback(input: &syn::DeriveInput, runtime: &crate::common::Runtime) -> TokenStream {
    let krate = runtime.krate();
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::problem::IntoProblem for #ident #ty_generics #where_clause {}
    }
}
