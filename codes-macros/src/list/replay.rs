//! The `extends` replay: what a base enum's hidden list macro hands to the
//! extension. One type both prints itself (into the base's macro) and parses
//! itself (in the extension's expansion), so the format lives in one place,
//! for both kinds:
//!
//! ```text
//! { Base [root] [#[codes(range = A..=B, classes(..), path = ..)]] { entries } }
//! ```
//!
//! `root` marks a base that is not itself an extension. A `path` declared as
//! `crate::...` is printed as `$crate::...` ([`anchored`]), so it resolves to the
//! base's crate wherever the macro is called.

use proc_macro2::{Punct, Spacing, TokenStream};
use quote::{quote, ToTokens, TokenStreamExt};
use syn::parse::{Parse, ParseStream};
use syn::{braced, Attribute, Ident, Path};

use super::{Checked, CheckedEntry, Family, Kind, KindEntry};
use crate::common::strict_list;

mod kw {
    syn::custom_keyword!(root);
}

pub struct Replay<E> {
    /// The base enum's name as its author wrote it, for messages.
    pub name: Ident,
    /// The base is not an extension itself.
    pub is_root: bool,
    /// The base's family, as its settings attribute.
    pub settings: Option<Attribute>,
    pub entries: Vec<E>,
}

impl<E> Replay<E> {
    /// What the list macro of `model` replays.
    pub fn of<K: Kind<Entry = E>>(model: &Checked<K>) -> Replay<E> {
        Replay {
            name: model.ident.clone(),
            is_root: model.base.is_none(),
            settings: model.family.replay(),
            entries: model.entries.iter().map(entry::<K>).collect(),
        }
    }
}

/// A checked entry, written back as the author could have written it: its
/// docs, `#[doc(...)]`, `#[spec]`, `#[deprecated]`, then the kind's own.
fn entry<K: Kind>(e: &CheckedEntry<K::Own>) -> K::Entry {
    let shared = &e.attrs;
    let mut attrs: Vec<Attribute> = shared
        .docs
        .iter()
        .map(|line| syn::parse_quote!(#[doc = #line]))
        .collect();
    attrs.extend(shared.doc_attrs.iter().cloned());
    if let Some(spec) = &shared.spec {
        attrs.push(syn::parse_quote!(#[spec(#spec)]));
    }
    attrs.extend(shared.deprecated.iter().cloned());
    K::Entry::replay(e, attrs)
}

/// `path` as the base's macro prints it: `crate::X` means the base's crate,
/// `$crate::X` inside its `macro_rules!`.
pub fn anchored(path: &Path) -> TokenStream {
    let mut tokens = TokenStream::new();
    let relative =
        path.leading_colon.is_none() && path.segments.first().is_some_and(|s| s.ident == "crate");
    if relative {
        tokens.append(Punct::new('$', Spacing::Alone));
    }
    path.to_tokens(&mut tokens);
    tokens
}

impl<E: ToTokens> ToTokens for Replay<E> {
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

impl<E: Parse> Parse for Replay<E> {
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
