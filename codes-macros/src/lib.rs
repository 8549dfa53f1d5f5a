//! Procedural macros of [`codes-core`](https://docs.rs/codes-core).
//!
//! Depend on `codes-core`, which re-exports these macros and provides the
//! runtime items the generated code names. This crate's version is pinned to
//! codes-core's.
//!
//! Layout: `ast` holds the parsed and the checked model, `parse` the
//! grammar, `validate` every compile-time check, `expand` code generation.

#![forbid(unsafe_code)]
#![warn(clippy::pedantic)]
// Pedantic lints we allow, and why:
#![allow(
    // Error messages and docs are built with `format!` into owned strings on purpose.
    clippy::needless_pass_by_value,
    // Short, local names such as `p` (the private path) read better in quote! blocks.
    clippy::many_single_char_names,
    // Expansion functions mirror the generated code's structure and are long by nature.
    clippy::too_many_lines,
    // `match` on an Option reads better than `if let ... else` when both arms build tokens.
    clippy::single_match_else
)]

mod ast;
mod derive;
mod expand;
mod parse;
mod validate;

use proc_macro::TokenStream;

/// Generates an exhaustive `#[repr(u16)]` enum from a list of codes.
///
/// See the `codes-core` documentation for the grammar and what the enum offers.
#[proc_macro]
pub fn codes(input: TokenStream) -> TokenStream {
    let tokens = proc_macro2::TokenStream::from(input.clone());
    let list = syn::parse_macro_input!(input as ast::CodeList);
    if let Some(base) = &list.extends {
        // The base's entries are not visible from here: ask the base to replay them.
        return expand::extension_call(base, tokens).into();
    }
    generate(list, None)
}

/// The second half of `extends`: the base's list macro calls this with the
/// base's entries in front of the extension's `codes!` input. Not public API.
#[doc(hidden)]
#[proc_macro]
pub fn __codes_extend(input: TokenStream) -> TokenStream {
    let ext = syn::parse_macro_input!(input as ast::Extension);
    generate(ext.list, Some(ext.base))
}

fn generate(list: ast::CodeList, base: Option<ast::Base>) -> TokenStream {
    let (model, errors) = validate::check(list, base);
    let mut out = expand::expand(&model);
    if let Some(errors) = errors {
        out.extend(errors.into_compile_error());
    }
    out.into()
}

/// Implements `codes_core::Status` for an error enum or struct: which status
/// each variant answers with.
///
/// See the `codes-core` documentation of `Status` for the attribute forms.
#[proc_macro_derive(Status, attributes(status))]
pub fn derive_status(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    let fallback = derive::fallback(&input);
    match validate::check_derive(input) {
        Ok(model) => derive::derive(&model).into(),
        Err(errors) => {
            // Also implement the trait, so that uses of `.status()` elsewhere do
            // not add errors of their own (thiserror's `fallback.rs`).
            let mut out = errors.into_compile_error();
            out.extend(fallback);
            out.into()
        }
    }
}
