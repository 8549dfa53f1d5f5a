//! The `extends` replay of a method list, as `list/replay.rs` does it for
//! codes: one type prints itself into the base's hidden macro and parses
//! itself in the extension's expansion.
//!
//! ```text
//! { Base [root] [#[methods(path = ..)]] { entries } }
//! ```

use proc_macro2::{Punct, Spacing, TokenStream};
use quote::{format_ident, quote, ToTokens, TokenStreamExt};
use syn::parse::{Parse, ParseStream};
use syn::{braced, Attribute, Ident, Lit, LitStr};

use super::model::{Checked, CheckedEntry, Content, Entry};
use crate::common::strict_list;

mod kw {
    syn::custom_keyword!(root);
}

pub struct Replay {
    /// The base enum's name as its author wrote it, for messages.
    pub name: Ident,
    /// The base is not an extension itself.
    pub is_root: bool,
    /// `#[methods(path = ...)]` of the chain's first enum, if it has one.
    pub settings: Option<Attribute>,
    pub entries: Vec<Entry>,
}

impl Replay {
    pub fn of(model: &Checked) -> Replay {
        let settings = model.root_path.as_ref().map(|path| {
            let mut tokens = TokenStream::new();
            // `crate::X` means the base's crate: `$crate` inside its macro_rules.
            let relative = path.leading_colon.is_none()
                && path.segments.first().is_some_and(|s| s.ident == "crate");
            if relative {
                tokens.append(Punct::new('$', Spacing::Alone));
            }
            path.to_tokens(&mut tokens);
            syn::parse_quote!(#[methods(path = #tokens)])
        });
        Replay {
            name: model.ident.clone(),
            is_root: model.base.is_none(),
            settings,
            entries: model.entries.iter().map(entry).collect(),
        }
    }
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
    attrs.extend(e.deprecated.iter().cloned());
    Entry {
        attrs,
        ident: e.ident.clone(),
        token: Lit::Str(LitStr::new(&e.token, e.token_span)),
    }
}

impl ToTokens for Replay {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let Replay {
            name,
            is_root,
            settings,
            entries,
        } = self;
        let root = is_root.then(|| quote!(root));
        tokens.extend(quote! {
            { #name #root #settings { #(#entries,)* } }
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
        let settings = block.call(Attribute::parse_outer)?.pop();
        let list;
        braced!(list in block);
        Ok(Replay {
            name,
            is_root,
            settings,
            entries: strict_list(&list)?,
        })
    }
}
