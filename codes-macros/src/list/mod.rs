//! `codes!` and `extends`: a list of codes becomes an enum.
//!
//! - `model.rs`: the list as written, and as checked;
//! - `parse.rs`: the grammar; `attr.rs`: `#[codes(...)]`, `#[spec]`, `#[alias]`;
//! - `replay.rs`: what a base hands to an extension (one type, both ways);
//! - `check/`: every compile-time check; `expand/`: the generated code;
//! - `reserved.rs`: the names of the generated items, which variants may not take.

mod attr;
mod check;
mod expand;
mod model;
mod parse;
mod replay;
mod reserved;

use proc_macro2::TokenStream;

use crate::common::{Errors, Extension, Runtime};

/// `codes! { ... }`. An extension first asks its base to replay its entries.
pub fn codes(input: TokenStream) -> TokenStream {
    let list = match syn::parse2::<model::CodeList>(input.clone()) {
        Ok(list) => list,
        Err(e) => return e.into_compile_error(),
    };
    if let Some(base) = &list.extends {
        let runtime = extension_runtime(&list);
        // The base's entries are not visible from here: ask the base to replay them.
        return expand::extension_call(base, &runtime, input);
    }
    generate(list, None)
}

/// The second half of `extends`: the base's list macro calls this with the
/// base's entries in front of the extension's `codes!` input.
pub fn extend(input: TokenStream) -> TokenStream {
    match syn::parse2::<Extension<replay::Replay, model::Entry>>(input) {
        Ok(ext) => generate(ext.list, Some(ext.base)),
        Err(e) => e.into_compile_error(),
    }
}

fn generate(list: model::CodeList, base: Option<replay::Replay>) -> TokenStream {
    let (model, errors) = check::check(list, base);
    let mut out = expand::expand(&model);
    if let Some(errors) = errors {
        out.extend(errors.into_compile_error());
    }
    out
}

/// The runtime path an extension names (`crate = ...` in its `#[codes]`), read
/// before the base replays: errors in the attribute are reported later, by the check.
fn extension_runtime(list: &model::CodeList) -> Runtime {
    list.attrs
        .iter()
        .filter(|a| a.path().is_ident("codes"))
        .find_map(|a| {
            let mut errors = Errors::default();
            let settings = attr::settings(a, &mut errors);
            // The check reads this attribute again once the base has replayed,
            // and reports its mistakes then: here only the path is wanted.
            errors.discard();
            settings.ok()?.krate
        })
        .map_or_else(Runtime::default, |path| Runtime::new(&path))
}
