//! `#[derive(Status)]`: which status each variant of an error answers with.
//!
//! - `model.rs`: the checked input; `attr.rs`: the `#[status(...)]` forms;
//! - `check.rs`: every check; `expand.rs`: the impl, and the fallback impl
//!   emitted beside errors.

mod attr;
mod check;
mod expand;
mod model;

use proc_macro2::TokenStream;

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
