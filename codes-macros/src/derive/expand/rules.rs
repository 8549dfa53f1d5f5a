//! The rule only the compiler can apply, as constants of the generated code
//! spanned on the user's tokens: no status named by path, or by name in a code
//! enum other than the registry, is a 1xx (the macro knows no other enum's
//! numbers). Emitted by `#[derive(Problem)]` beside its impls, and in its
//! fallback too, so that every mistake shows in one build.

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::common::{respan, user_span, Runtime};
use crate::derive::ast::{ErrorType, StatusArg};

/// The statuses only the compiler can read, when they are `sound` (when they
/// are not, `Status` reports why, and the code enum may not be the one meant).
pub fn checks(model: &ErrorType, runtime: &Runtime, sound: bool) -> TokenStream {
    if sound {
        final_statuses(model, &runtime.private())
    } else {
        TokenStream::new()
    }
}

/// A 1xx status is no final answer: each status named by path, or by name in
/// a code enum other than the registry, is checked at compile time (numbers
/// and the registry's names by `check/`).
fn final_statuses(model: &ErrorType, p: &TokenStream) -> TokenStream {
    let code = model.code_enum();
    let registry = model.codes_are_registry();
    model
        .statuses()
        .filter_map(|status| {
            let (value, span) = match status {
                StatusArg::Name(_) if registry => return None,
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
            Some(refusal(p, &code, span))
        })
        .collect()
}

/// A constant that fails the build on `span` when codes-core's rule refuses
/// the status `value`, with the rule's reason as the message. The check is
/// written out in the constant itself (not in a helper of codes-core), so the
/// error points at the user's token only.
fn refusal(p: &TokenStream, value: &impl quote::ToTokens, span: Span) -> TokenStream {
    let span = user_span(span);
    let rule = respan(quote!(#p::problem_rules::final_status_refusal), span);
    quote_spanned! {span=>
        #[allow(deprecated, unused_qualifications)]
        const _: () = if let ::core::option::Option::Some(__codes_refusal) = #rule(#value) {
            ::core::panic!("{}", __codes_refusal)
        };
    }
}
