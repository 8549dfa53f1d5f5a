//! What a `methods!` list adds to the shared replay (`list/replay.rs`): the
//! chain's root path as `#[methods(path = ..)]`, `#[method(...)]`, and the
//! entry's token.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, ToTokens};
use syn::{Attribute, Lit, LitStr};

use super::model::{CheckedEntry, Content, Entry, Family};
use crate::list::replay::anchored;

/// `#[methods(path = ...)]` of the chain's first enum, if it has one.
pub fn settings_attr(family: &Family) -> Option<Attribute> {
    family.root_path.as_ref().map(|path| {
        let path = anchored(path);
        syn::parse_quote!(#[methods(path = #path)])
    })
}

/// A checked entry written back: the shared `attrs`, `#[method(...)]` with its
/// flags (if any), the name and the token.
pub fn entry(e: &CheckedEntry, mut attrs: Vec<Attribute>) -> Entry {
    let f = e.flags;
    let mut flags: Vec<TokenStream> = [
        (f.safe, "safe"),
        (f.idempotent, "idempotent"),
        (f.cacheable, "cacheable"),
    ]
    .into_iter()
    .filter(|(on, _)| *on)
    .map(|(_, name)| format_ident!("{}", name).into_token_stream())
    .collect();
    if f.content != Content::Undefined {
        let value = format_ident!("{}", f.content.keyword());
        flags.push(quote!(content = #value));
    }
    if !flags.is_empty() {
        attrs.push(syn::parse_quote!(#[method(#(#flags),*)]));
    }
    Entry {
        attrs,
        ident: e.ident.clone(),
        token: Lit::Str(LitStr::new(&e.token, e.token_span)),
    }
}

/// An entry prints itself back in the form it parses from (for the replay).
impl ToTokens for Entry {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let (attrs, ident, token) = (&self.attrs, &self.ident, &self.token);
        tokens.extend(quote!(#(#attrs)* #ident = #token));
    }
}
