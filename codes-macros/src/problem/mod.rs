//! `#[derive(Problem)]`: the error type is the HTTP answer (RFC 9457).
//!
//! - `model.rs`: the checked input; `attr.rs`: the `#[problem(...)]` forms;
//! - `check.rs`: where each setting may go; `expand.rs`: `IntoProblem`, the
//!   1xx checks and the framework impls.
//!
//! The statuses come from the `#[status]` attributes, read by the `Status`
//! derive's own parser (`status::statuses_of`).

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
    let fallback = expand::fallback(&input, &check::runtime_of(&input));
    match check::check(input) {
        Ok(model) => expand::expand(&model),
        Err(errors) => {
            // Also implement the trait, so that uses of `.answer()` elsewhere
            // add no errors of their own.
            let mut out = errors.into_compile_error();
            out.extend(fallback);
            out
        }
    }
}
