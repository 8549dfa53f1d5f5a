//! The attributes of a list: `#[codes(...)]` on the enum, and `#[spec]`,
//! `#[alias]` on entries. Each setting may be given once (see [`Once`]).

use quote::ToTokens;
use syn::parse::ParseStream;
use syn::{Attribute, Ident, LitInt, LitStr, Path, Token};

use crate::common::{crate_setting, path_setting, Errors, Once};

/// A range as written: `1000..=1999`.
pub type RangeLits = (LitInt, LitInt);

/// `#[codes(range = A..=B, classes(A..=B Name, ...), path = ..., crate = ...)]`.
pub struct Settings {
    pub range: Option<RangeLits>,
    pub classes: Option<Vec<(RangeLits, Ident)>>,
    /// `path = ::crate_name::Enum` or `crate::module::Enum`: where the enum
    /// lives, so that extensions of extensions can convert with it.
    pub path: Option<Path>,
    /// `crate = ::codes`: the codes-core crate under another name.
    pub krate: Option<Path>,
}

impl crate::list::Settings for Settings {
    fn read(attr: &Attribute, errors: &mut Errors) -> syn::Result<Settings> {
        settings(attr, errors)
    }

    fn krate(&self) -> Option<&Path> {
        self.krate.as_ref()
    }
}

impl Settings {
    /// Whether the attribute says anything about the family (an extension may
    /// only say `crate`).
    pub fn has_family(&self) -> bool {
        self.range.is_some() || self.classes.is_some() || self.path.is_some()
    }
}

fn range(input: ParseStream) -> syn::Result<RangeLits> {
    let min: LitInt = input.parse()?;
    input.parse::<Token![..=]>()?;
    let max: LitInt = input.parse()?;
    Ok((min, max))
}

/// Reads `#[codes(...)]`. Duplicated settings are reported in `errors` (and
/// the first kept); a malformed attribute is an `Err`.
pub fn settings(attr: &Attribute, errors: &mut Errors) -> syn::Result<Settings> {
    let mut range_once = Once::new("`range`");
    let mut classes_once = Once::new("`classes`");
    let mut path_once = Once::new("`path`");
    let mut crate_once = Once::new("`crate`");
    attr.parse_nested_meta(|meta| {
        let key = meta.path.to_token_stream();
        if meta.path.is_ident("range") {
            meta.value()?;
            let value = range(meta.input).map_err(|e| {
                syn::Error::new(
                    e.span(),
                    "expected an inclusive range of codes, e.g. `range = 1000..=9999`",
                )
            })?;
            range_once.set(&key, value, errors);
        } else if meta.path.is_ident("path") {
            let path = path_setting(&meta, "path = crate::api::ApiStatus")?;
            path_once.set(&key, path, errors);
        } else if meta.path.is_ident("classes") {
            let content;
            syn::parenthesized!(content in meta.input);
            let mut classes = Vec::new();
            while !content.is_empty() {
                let bounds = range(&content).map_err(|e| {
                    syn::Error::new(e.span(), "expected a class as `1000..=1999 Name`")
                })?;
                let ident: Ident = content.parse()?;
                classes.push((bounds, ident));
                if content.is_empty() {
                    break;
                }
                content.parse::<Token![,]>()?;
            }
            classes_once.set(&key, classes, errors);
        } else if meta.path.is_ident("crate") {
            let path = crate_setting(&meta)?;
            crate_once.set(&key, path, errors);
        } else {
            return Err(meta.error(
                "unknown `#[codes]` setting: expected `range = A..=B`, `classes(A..=B Name, ...)`, `path = crate::Enum` or `crate = ::codes_core`",
            ));
        }
        Ok(())
    })?;
    Ok(Settings {
        range: range_once.get(),
        classes: classes_once.get(),
        path: path_once.get(),
        krate: crate_once.get(),
    })
}

/// `#[alias("Old Phrase", ...)]`'s arguments: one or more string literals.
pub fn alias_args(attr: &Attribute) -> syn::Result<Vec<LitStr>> {
    let list = attr.meta.require_list().map_err(|_| {
        syn::Error::new_spanned(
            attr,
            "malformed `#[alias]`: write `#[alias(\"Payload Too Large\")]`",
        )
    })?;
    let lits = list
        .parse_args_with(syn::punctuated::Punctuated::<LitStr, Token![,]>::parse_terminated)
        .map_err(|_| {
            syn::Error::new_spanned(
                &list.tokens,
                "malformed `#[alias]`: expected string literals, e.g. `#[alias(\"Payload Too Large\")]`",
            )
        })?;
    if lits.is_empty() {
        return Err(syn::Error::new_spanned(
            attr,
            "`#[alias]` needs at least one phrase",
        ));
    }
    Ok(lits.into_iter().collect())
}
