//! What a `codes!` list adds to the shared replay (`list/replay.rs`): its family
//! as the attribute that declares it, `#[alias]`, and the entry's code and
//! phrase.

use proc_macro2::{Literal, TokenStream};
use quote::{quote, ToTokens};
use syn::{Attribute, LitStr};

use super::model::{CheckedEntry, Entry, Family};
use crate::list::replay::anchored;

/// The family as the attribute that declares it:
/// `#[codes(range = A..=B, classes(..), path = ..)]`.
pub fn family_attr(family: &Family) -> Attribute {
    let min = Literal::u16_unsuffixed(family.min);
    let max = Literal::u16_unsuffixed(family.max);
    let classes = (!family.classes.is_empty()).then(|| {
        let classes = family.classes.iter().map(|c| {
            let (min, max) = (
                Literal::u16_unsuffixed(c.min),
                Literal::u16_unsuffixed(c.max),
            );
            let name = &c.ident;
            quote!(#min..=#max #name)
        });
        quote!(, classes(#(#classes),*))
    });
    let path = family.root_path.as_ref().map(|path| {
        let path = anchored(path);
        quote!(, path = #path)
    });
    syn::parse_quote!(#[codes(range = #min..=#max #classes #path)])
}

/// A checked entry written back: the shared `attrs`, `#[alias]`, the code and
/// the phrase.
pub fn entry(e: &CheckedEntry, mut attrs: Vec<Attribute>) -> Entry {
    let aliases = &e.aliases;
    if !aliases.is_empty() {
        attrs.push(syn::parse_quote!(#[alias(#(#aliases),*)]));
    }
    Entry {
        attrs,
        code: syn::Lit::Int(syn::LitInt::new(&e.code.to_string(), e.code_span)),
        ident: e.ident.clone(),
        reason: LitStr::new(&e.reason, e.reason_lit.span()),
    }
}

/// An entry prints itself back in the form it parses from (the `extends`
/// replay relies on that).
impl ToTokens for Entry {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let (attrs, code, ident) = (&self.attrs, &self.code, &self.ident);
        let reason = &self.reason;
        tokens.extend(quote!(#(#attrs)* #code #ident = #reason));
    }
}
