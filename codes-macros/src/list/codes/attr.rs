//! The attributes of a code list: `#[codes(...)]`'s own settings on the enum
//! (`path` and `crate` are `list/attr.rs`'s), and `#[alias]` on entries. Each
//! setting may be given once (see [`Once`]).

use proc_macro2::TokenStream;
use syn::meta::ParseNestedMeta;
use syn::parse::ParseStream;
use syn::{Attribute, Ident, LitInt, LitStr, Token};

use crate::common::{Errors, Once};
use crate::list::KindSettings;

/// A range as written: `1000..=1999`.
pub type RangeLits = (LitInt, LitInt);

/// What `#[codes(...)]` takes besides `path` and `crate`: `range = A..=B`,
/// `classes(A..=B Name, ...)`.
pub struct CodeSettings {
    pub range: Once<RangeLits>,
    pub classes: Once<Vec<(RangeLits, Ident)>>,
}

/// `#[codes(...)]` as read.
pub type Settings = crate::list::Settings<CodeSettings>;

impl CodeSettings {
    /// Whether the attribute says anything about the family (an extension may
    /// only say `crate`).
    pub fn has_family(&self) -> bool {
        self.range.is_set() || self.classes.is_set()
    }
}

fn range(input: ParseStream) -> syn::Result<RangeLits> {
    let min: LitInt = input.parse()?;
    input.parse::<Token![..=]>()?;
    let max: LitInt = input.parse()?;
    Ok((min, max))
}

impl KindSettings for CodeSettings {
    const KEYS: &'static str = "`range = A..=B`, `classes(A..=B Name, ...)`, ";
    const PATH_EXAMPLE: &'static str = "path = crate::api::ApiStatus";

    fn new() -> CodeSettings {
        CodeSettings {
            range: Once::new("`range`"),
            classes: Once::new("`classes`"),
        }
    }

    fn read(
        &mut self,
        meta: &ParseNestedMeta,
        key: &TokenStream,
        errors: &mut Errors,
    ) -> syn::Result<bool> {
        if meta.path.is_ident("range") {
            meta.value()?;
            let value = range(meta.input).map_err(|e| {
                syn::Error::new(
                    e.span(),
                    "expected an inclusive range of codes, e.g. `range = 1000..=9999`",
                )
            })?;
            self.range.set(key, value, errors);
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
            self.classes.set(key, classes, errors);
        } else {
            return Ok(false);
        }
        Ok(true)
    }
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
