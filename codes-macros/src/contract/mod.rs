//! `contracts!`: route contracts, each an enum of the failures a route can
//! answer with, written as a list of member types.
//!
//! - `model.rs`: a block of contracts, a contract, a member;
//! - `parse.rs`: the grammar (`pub enum Name = A | B;`, after docs and
//!   attributes; an optional `#![contracts(crate = ...)]` first);
//! - `check.rs`: every rule of a block (members named once, contracts named
//!   once, no contract listing itself);
//! - `expand.rs`: each contract's enum (deriving `Status` and `Problem`, its
//!   members `transparent`), `Display`, `Error`, the conversions in (`?` from
//!   each member and from each narrower contract of the block) and out
//!   (`TryFrom` a wider contract of the block).

mod check;
mod expand;
mod model;
mod parse;

use proc_macro2::TokenStream;

use crate::common::Errors;

/// Expands a `contracts!` block.
pub fn contracts(input: TokenStream) -> TokenStream {
    let block = match syn::parse2::<model::Block>(input) {
        Ok(block) => block,
        Err(e) => return e.into_compile_error(),
    };
    let mut errors = Errors::default();
    check::check(&block, &mut errors);
    match errors.finish() {
        None => expand::expand(&block),
        Some(errors) => errors.into_compile_error(),
    }
}
