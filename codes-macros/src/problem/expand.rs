//! Code generation for `#[derive(Problem)]`: `IntoProblem` (the hooks the
//! variants use), compile-time checks that no named status is a 1xx, and the
//! framework impls codes-core's features ask for (through its
//! `__codes_integrations!`).

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
    // The framework impls of a generic error also need `Debug` (actix-web's
    // `ResponseError` does): required as the error's own derive gives it.
    let generic = model.generics.type_params().next().is_some();
    let integrations_where = if generic {
        quote!(where #(#predicates,)* Self: ::core::fmt::Debug)
    } else {
        quote!(#where_clause)
    };
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
    let rules = rule_checks(model);
    let documented = documented(model);
    quote! {
        #[automatically_derived]
        #[allow(unused_qualifications, clippy::match_same_arms, clippy::match_wildcard_for_single_variants)]
        impl #impl_generics #krate::problem::IntoProblem for #ident #ty_generics #where_clause {
            #(#hooks)*
            #source
        }

        #checks
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
fn field_bounds(model: &ProblemModel) -> Vec<TokenStream> {
    let p = model.runtime.private();
    let krate = model.runtime.krate();
    let mut bounds = Vec::new();
    for arm in &model.arms {
        for field in &arm.members {
            let ty = &field.ty;
            bounds.push(respan(
                quote!(#ty: #p::serde::serde::Serialize),
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
        if let Some(field) = arm.transparent.as_ref().filter(|f| f.generic) {
            let ty = &field.ty;
            bounds.push(respan(
                quote!(#ty: #krate::problem::IntoProblem),
                user_span(ty.span()),
            ));
        }
    }
    if let (true, Some(code)) = (
        model.generics.type_params().next().is_some(),
        &model.statuses.code,
    ) {
        // Resolved where the user wrote it, linted as generated code.
        let code = respan(code.clone(), user_span(proc_macro2::Span::call_site()));
        bounds.push(quote!(Self: #p::Status<Code = #code> + ::core::fmt::Display));
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
            (None, Some(super::model::Transparent { member, .. })) => quote! {
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
    let header = argument == "headers";
    let used = |arm: &ProblemArm| !fields(arm).is_empty() || arm.transparent.is_some();
    if !model.arms.iter().any(used) {
        return TokenStream::new();
    }
    let method = format_ident!("{}", name);
    let forward = format_ident!("{}_into", name);
    let argument = format_ident!("{}", argument);
    let arms = model.arms.iter().filter(|arm| used(arm)).map(|arm| {
        let head = head(arm);
        if let Some(super::model::Transparent { member, .. }) = &arm.transparent {
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
        // A header field is appended: `Headers::append` keeps every value of a
        // list field (two fields naming it send both) and replaces any other.
        let inserts = names.zip(&bindings).map(|(name, binding)| {
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
/// the default), the status, the first doc line, members and headers; per
/// `transparent` variant, what its field's type documents if it is a derived
/// problem (otherwise its statuses are described by their reason phrases).
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
            quote!((#name, (&&#p::utoipa::SchemaProbe::<#ty>(::core::marker::PhantomData)).schema_of()))
        });
        let headers = arm.headers.iter().map(|field| &field.name);
        Some(quote! {
            #p::utoipa::Documented {
                status: #status,
                description: #description,
                members: #p::utoipa::vec![#(#members),*],
                headers: #p::utoipa::vec![#(#headers),*],
            }
        })
    });
    // A transparent variant sends its field's problem: what the field's type
    // documents, when it is a derived problem (its statuses are listed by
    // `each_status` either way).
    let forwarded = model.arms.iter().filter_map(|arm| {
        let ty = &arm.transparent.as_ref()?.ty;
        Some(quote! {
            ::core::iter::Extend::extend(
                &mut documented,
                (&&#p::utoipa::DocumentedProbe::<#ty>(::core::marker::PhantomData)).documented_of(),
            );
        })
    });
    quote! {{
        #[allow(unused_imports)]
        use #p::utoipa::{AnySchema as _, SchemaOf as _, ForwardDocumented as _, NotDocumented as _};
        #[allow(deprecated, unused_mut, unused_qualifications)]
        let mut documented: #p::utoipa::Vec<#p::utoipa::Documented> = #p::utoipa::vec![#(#entries),*];
        #(#forwarded)*
        documented
    }}
}

/// What codes-core's rules say of the literals, as constants spanned on each:
/// a header field an error may send, a member name RFC 9457 leaves free, a
/// `type` that is a URI reference, a one-line `title`, and a header field
/// named by two fields of a variant that may repeat. The rules are codes-core's
/// `problem::rules`, never copied here; their refusal is the error message.
fn rule_checks(model: &ProblemModel) -> TokenStream {
    let p = model.runtime.private();
    let check = |function: &str, lit: &syn::LitStr| refusal_check(&p, function, lit, lit.span());
    let mut out = TokenStream::new();
    for meta in std::iter::once(&model.top).chain(model.arms.iter().map(|arm| &arm.meta)) {
        if let Some(uri) = &meta.type_uri {
            out.extend(check("type_refusal", uri));
        }
        if let Some(title) = &meta.title {
            out.extend(check("title_refusal", title));
        }
    }
    for arm in &model.arms {
        for field in &arm.members {
            out.extend(check("member_refusal", &field.name));
        }
        for field in &arm.headers {
            out.extend(check("header_refusal", &field.name));
        }
        // Each later field on its name; the first once, however often named.
        let mut firsts: Vec<String> = Vec::new();
        for (first, second) in &arm.repeated_headers {
            out.extend(list_check(
                &p,
                second,
                &format!(
                    "the header field `{}` is named by two fields of this variant, but it is sent at most once (only list fields such as `www-authenticate` or `link` repeat): remove `header` from one of them",
                    second.value()
                ),
            ));
            let key = first.value().to_ascii_lowercase();
            if !firsts.contains(&key) {
                out.extend(list_check(
                    &p,
                    first,
                    &format!(
                        "first defined here: `{}` is named again by a later field of this variant",
                        first.value()
                    ),
                ));
                firsts.push(key);
            }
        }
    }
    out
}

/// A constant that fails the build on `span` when the rule `function` of
/// codes-core's `problem::rules` refuses `value`, with the rule's reason as
/// the message. The check is written out in the constant itself (not in a
/// helper of codes-core), so the error points at the user's literal only.
fn refusal_check(
    p: &TokenStream,
    function: &str,
    value: &impl quote::ToTokens,
    span: proc_macro2::Span,
) -> TokenStream {
    let span = user_span(span);
    let name = format_ident!("{}", function);
    let rule = respan(quote!(#p::problem_rules::#name), span);
    quote_spanned! {span=>
        #[allow(deprecated, unused_qualifications)]
        const _: () = if let ::core::option::Option::Some(__codes_refusal) = #rule(#value) {
            ::core::panic!("{}", __codes_refusal)
        };
    }
}

/// A constant that fails on `name` with `message` unless codes-core's rules
/// say the field may repeat.
fn list_check(p: &TokenStream, name: &syn::LitStr, message: &str) -> TokenStream {
    let span = user_span(name.span());
    let is_list = respan(quote!(#p::problem_rules::is_list_field), span);
    quote_spanned! {span=>
        const _: () = ::core::assert!(#is_list(#name), "{}", #message);
    }
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
            let code = quote_spanned! {user_span(span)=> #value.code() };
            // The user's path, as written: the lints about it are the
            // `Status` derive's to give, once (the constant allows them).
            Some(refusal_check(&p, "final_status_refusal", &code, span))
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
