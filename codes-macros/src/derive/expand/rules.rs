//! The rules only codes-core or the compiler can apply, as constants of the
//! generated code spanned on the user's tokens: no status named by name or
//! path is a 1xx, and what codes-core's `problem::rules` say of each literal.
//! Emitted by `#[derive(Problem)]` beside its impls, and in its fallback too,
//! so that every mistake shows in one build.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use crate::common::{respan, user_span, Runtime};
use crate::derive::ast::{ErrorType, StatusArg};

/// Every check; those about statuses only when they are `sound` (when they are
/// not, `Status` reports why, and the code enum may not be the one meant).
pub fn checks(model: &ErrorType, runtime: &Runtime, sound: bool) -> TokenStream {
    let p = runtime.private();
    let mut out = TokenStream::new();
    if sound {
        out.extend(final_statuses(model, &p));
    }
    out.extend(literals(model, &p));
    out
}

/// A 1xx status is no final answer: each status named by variant or path is
/// checked at compile time (numbers by `check.rs`).
fn final_statuses(model: &ErrorType, p: &TokenStream) -> TokenStream {
    let code = model.code_enum();
    model
        .statuses()
        .filter_map(|status| {
            let (value, span) = match status {
                StatusArg::Name(name) => {
                    let code = respan(code.clone(), name.span());
                    (quote!(#code::#name), name.span())
                }
                StatusArg::Path(path) => (quote!(#path), path.span()),
                StatusArg::Number(_) | StatusArg::Transparent(_) => return None,
            };
            let code = quote_spanned! {user_span(span)=> #value.code() };
            // The user's path, as written: the lints about it are the
            // `Status` derive's to give, once (the constant allows them).
            Some(refusal(p, "final_status_refusal", &code, span))
        })
        .collect()
}

/// What codes-core's rules say of the literals: a header field an error may
/// send, a member name RFC 9457 leaves free, a `type` that is a URI reference,
/// a one-line `title`, and a header field named by two fields of a variant
/// that may repeat. The rules are codes-core's `problem::rules`, never copied
/// here; their refusal is the error message.
fn literals(model: &ErrorType, p: &TokenStream) -> TokenStream {
    let check = |function: &str, lit: &syn::LitStr| refusal(p, function, lit, lit.span());
    let mut out = TokenStream::new();
    for attr in std::iter::once(&model.problem).chain(model.variants.iter().map(|v| &v.problem)) {
        if let Some(uri) = &attr.type_uri {
            out.extend(check("type_refusal", uri));
        }
        if let Some(title) = &attr.title {
            out.extend(check("title_refusal", title));
        }
    }
    for variant in &model.variants {
        for (_, name) in variant.members() {
            out.extend(check("member_refusal", &name));
        }
        let headers: Vec<syn::LitStr> = variant.headers().into_iter().map(|(_, n)| n).collect();
        for name in &headers {
            out.extend(check("header_refusal", name));
        }
        out.extend(repeated_headers(p, &headers));
    }
    out
}

/// Header names given by two fields of a variant (compared without regard to
/// ASCII case): a compile error unless codes-core's rules say the field may
/// repeat. Each later field on its name; the first once, however often named.
fn repeated_headers(p: &TokenStream, headers: &[syn::LitStr]) -> TokenStream {
    let mut out = TokenStream::new();
    let mut firsts: Vec<String> = Vec::new();
    for (index, second) in headers.iter().enumerate() {
        let Some(first) = headers[..index]
            .iter()
            .find(|h| h.value().eq_ignore_ascii_case(&second.value()))
        else {
            continue;
        };
        out.extend(list_check(
            p,
            second,
            &format!(
                "the header field `{}` is named by two fields of this variant, but it is sent at most once (only list fields such as `www-authenticate` or `link` repeat): remove `header` from one of them",
                second.value()
            ),
        ));
        let key = first.value().to_ascii_lowercase();
        if !firsts.contains(&key) {
            out.extend(list_check(
                p,
                first,
                &format!(
                    "first defined here: `{}` is named again by a later field of this variant",
                    first.value()
                ),
            ));
            firsts.push(key);
        }
    }
    out
}

/// A constant that fails the build on `span` when the rule `function` of
/// codes-core's `problem::rules` refuses `value`, with the rule's reason as
/// the message. The check is written out in the constant itself (not in a
/// helper of codes-core), so the error points at the user's literal only.
fn refusal(
    p: &TokenStream,
    function: &str,
    value: &impl quote::ToTokens,
    span: Span,
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
