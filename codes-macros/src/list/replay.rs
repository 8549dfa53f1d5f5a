//! The `extends` replay: what a base enum's hidden list macro hands to the
//! extension. One type both prints itself (into the base's macro) and parses
//! itself (in the extension's expansion), so the format lives in one place:
//!
//! ```text
//! { Base [root] #[codes(range = A..=B, classes(..), path = ..)] { entries } }
//! ```
//!
//! `root` marks a base that is not itself an extension. A `path` declared as
//! `crate::...` is printed as `$crate::...`, so it resolves to the base's crate
//! wherever the macro is called.

use proc_macro2::{Literal, Punct, Spacing, TokenStream};
use quote::{quote, ToTokens, TokenStreamExt};
use syn::parse::{Parse, ParseStream};
use syn::{braced, Attribute, Ident, LitStr};

use super::model::{Checked, CheckedEntry, Entry, Family};
use crate::common::strict_list;

mod kw {
    syn::custom_keyword!(root);
}

pub struct Replay {
    /// The base enum's name as its author wrote it, for messages.
    pub name: Ident,
    /// The base is not an extension itself.
    pub is_root: bool,
    /// The base's family, as a `#[codes(...)]` attribute.
    pub family: Attribute,
    pub entries: Vec<Entry>,
}

impl Replay {
    /// What the list macro of `model` replays.
    pub fn of(model: &Checked) -> Replay {
        Replay {
            name: model.ident.clone(),
            is_root: model.base.is_none(),
            family: family_attr(&model.family),
            entries: model.entries.iter().map(entry).collect(),
        }
    }
}

/// The family as the attribute that declares it.
fn family_attr(family: &Family) -> Attribute {
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
        let mut tokens = quote!(, path =);
        // `crate::X` means the base's crate: `$crate` inside its macro_rules.
        let relative = path.leading_colon.is_none()
            && path.segments.first().is_some_and(|s| s.ident == "crate");
        if relative {
            tokens.append(Punct::new('$', Spacing::Alone));
        }
        path.to_tokens(&mut tokens);
        tokens
    });
    syn::parse_quote!(#[codes(range = #min..=#max #classes #path)])
}

/// A checked entry, written back as the author could have written it.
fn entry(e: &CheckedEntry) -> Entry {
    let mut attrs: Vec<Attribute> = e
        .docs
        .iter()
        .map(|line| syn::parse_quote!(#[doc = #line]))
        .collect();
    attrs.extend(e.doc_attrs.iter().cloned());
    if let Some(spec) = &e.spec {
        attrs.push(syn::parse_quote!(#[spec(#spec)]));
    }
    if !e.aliases.is_empty() {
        let aliases = &e.aliases;
        attrs.push(syn::parse_quote!(#[alias(#(#aliases),*)]));
    }
    attrs.extend(e.deprecated.iter().cloned());
    Entry {
        attrs,
        code: syn::Lit::Int(syn::LitInt::new(&e.code.to_string(), e.code_span)),
        ident: e.ident.clone(),
        reason: LitStr::new(&e.reason, e.reason_lit.span()),
    }
}

impl ToTokens for Replay {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let Replay {
            name,
            is_root,
            family,
            entries,
        } = self;
        let root = is_root.then(|| quote!(root));
        tokens.extend(quote! {
            { #name #root #family { #(#entries,)* } }
        });
    }
}

impl Parse for Replay {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let block;
        braced!(block in input);
        let name: Ident = block.parse()?;
        let is_root = block.peek(kw::root);
        if is_root {
            block.parse::<kw::root>()?;
        }
        let mut attrs = block.call(Attribute::parse_outer)?;
        let family = attrs
            .pop()
            .ok_or_else(|| block.error("expected the base's `#[codes]` family"))?;
        let list;
        braced!(list in block);
        Ok(Replay {
            name,
            is_root,
            family,
            entries: strict_list(&list)?,
        })
    }
}
