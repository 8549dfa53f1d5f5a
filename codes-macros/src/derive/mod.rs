//! `#[derive(Status)]` and `#[derive(Problem)]`: one model of an error type
//! for both.
//!
//! - `ast.rs`: the model (type, generics, variants with fields, statuses,
//!   problem settings, docs), read once per derive;
//! - `attr.rs`: `#[status(...)]` and `#[problem(...)]`, each parsed once;
//! - `check/`: every rule, once (`Status`'s and `Problem`'s); `ctxt.rs`: which derive reports which
//!   mistake (each attribute's owner);
//! - `expand/`: the impls of each derive, from a checked model;
//! - `fallback.rs`: what each derive emits beside errors, built only then;
//! - `problem_rules.rs`: codes-core's `problem::rules` (a link to that file),
//!   which `check/` applies to literals; `registry.rs`: every name and code
//!   of the registry, which `check/` checks statuses of the registry with;
//!   `grpc.rs`: every gRPC code, which `check/` checks `grpc = ...` with.

mod ast;
mod attr;
mod check;
mod ctxt;
mod expand;
mod fallback;
mod grpc;
mod registry;
// codes-core's `problem::rules`, the same file (a link): the derive applies
// the rules the runtime applies. Not all of them are the derive's to use.
#[allow(dead_code)]
mod problem_rules;

/// What `problem_rules.rs` needs of its parent.
use crate::common::is_tchar;

use proc_macro2::TokenStream;

pub use ctxt::Derive;

/// Expands the derive `asked` on `input`.
pub fn derive(input: TokenStream, asked: Derive) -> TokenStream {
    let input = match syn::parse2::<syn::DeriveInput>(input) {
        Ok(input) => input,
        Err(e) => return e.into_compile_error(),
    };
    let mut ctxt = ctxt::Ctxt::new(asked);
    let model = ast::ErrorType::read(&input, &mut ctxt);
    check::check(&model, &mut ctxt);
    let outcome = ctxt.finish();
    let sound = outcome.statuses_sound;
    match (asked, outcome.errors) {
        (Derive::Status, None) => expand::status::expand(&model),
        (Derive::Problem, None) => expand::problem::expand(&model, sound),
        (asked, Some(errors)) => {
            let mut out = errors.into_compile_error();
            out.extend(match asked {
                Derive::Status => fallback::status(&model),
                Derive::Problem => fallback::problem(&model, sound),
            });
            out
        }
    }
}

#[cfg(test)]
mod tests;
