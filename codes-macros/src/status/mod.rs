//! `#[derive(Status)]`: which status each variant of an error answers with.
//!
//! - `model.rs`: the checked input; `attr.rs`: the `#[status(...)]` forms;
//! - `check.rs`: every check; `expand.rs`: the impl, and the fallback impl
//!   emitted beside errors.

mod attr;
mod check;
mod expand;
mod model;

pub use model::StatusArg;

use proc_macro2::TokenStream;
use quote::ToTokens;

pub fn derive(input: TokenStream) -> TokenStream {
    let input = match syn::parse2::<syn::DeriveInput>(input) {
        Ok(input) => input,
        Err(e) => return e.into_compile_error(),
    };
    let runtime = check::runtime_of(&input);
    let fallback = expand::fallback(&input, &runtime);
    match check::check(input) {
        Ok(model) => expand::expand(&model),
        Err(errors) => {
            let mut out = errors.into_compile_error();
            out.extend(fallback);
            out
        }
    }
}

/// The statuses an input names in `#[status(...)]` (each variant's, the
/// default), and its code enum, as the `Status` derive reads them; nothing if
/// that derive would fail (it reports its own errors). For other derives that
/// need the statuses, such as `Problem`.
pub fn statuses_of(input: &syn::DeriveInput) -> (Vec<StatusArg>, Option<TokenStream>) {
    let Ok(copy) = syn::parse2::<syn::DeriveInput>(input.to_token_stream()) else {
        return (Vec::new(), None);
    };
    match check::check(copy) {
        Ok(model) => {
            let code = model.code_type;
            let statuses = model
                .arms
                .into_iter()
                .filter_map(|arm| arm.status)
                .chain(model.default)
                .collect();
            (statuses, Some(code))
        }
        Err(_) => (Vec::new(), None),
    }
}
