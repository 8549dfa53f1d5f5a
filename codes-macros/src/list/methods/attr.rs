//! The attributes of a method list: `#[methods(...)]` on the enum and
//! `#[method(...)]` on entries. Each setting may be given once.

use quote::ToTokens;
use syn::{Attribute, Ident, Path};

use super::model::{Content, Flags};
use crate::common::{crate_setting, path_setting, Errors, Once};

/// `#[methods(path = crate::Method, crate = ::codes)]`.
pub struct Settings {
    /// Where the enum lives (`crate::...` or `::...`), for extensions of extensions.
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

/// Reads `#[methods(...)]`. A repeated setting is reported in `errors`; a
/// malformed attribute is an `Err`.
pub fn settings(attr: &Attribute, errors: &mut Errors) -> syn::Result<Settings> {
    let mut path_once = Once::new("`path`");
    let mut crate_once = Once::new("`crate`");
    attr.meta.require_list().map_err(|_| {
        syn::Error::new_spanned(
            attr,
            "`#[methods]` takes its settings in parentheses: `#[methods(path = crate::Enum)]` or `#[methods(crate = ::codes_core)]`",
        )
    })?;
    attr.parse_nested_meta(|meta| {
        let key = meta.path.to_token_stream();
        if meta.path.is_ident("path") {
            let path = path_setting(&meta, "path = crate::http::CacheMethod")?;
            path_once.set(&key, path, errors);
        } else if meta.path.is_ident("crate") {
            crate_once.set(&key, crate_setting(&meta)?, errors);
        } else {
            return Err(meta.error(format_args!(
                "unknown `#[methods]` setting `{key}`: expected `path = crate::Enum` or `crate = ::codes_core`"
            )));
        }
        Ok(())
    })?;
    Ok(Settings {
        path: path_once.get(),
        krate: crate_once.get(),
    })
}

/// Reads `#[method(safe, idempotent, cacheable, content = defined)]` into
/// `flags`. A repeated flag is reported in `errors`; a malformed attribute is an `Err`.
pub fn flags(attr: &Attribute, flags: &mut Flags, errors: &mut Errors) -> syn::Result<()> {
    let mut safe = Once::new("`safe`");
    let mut idempotent = Once::new("`idempotent`");
    let mut cacheable = Once::new("`cacheable`");
    let mut content = Once::new("`content`");
    attr.meta.require_list().map_err(|_| {
        syn::Error::new_spanned(
            attr,
            "`#[method]` takes its flags in parentheses, e.g. `#[method(safe, idempotent, cacheable)]`",
        )
    })?;
    attr.parse_nested_meta(|meta| {
        let key = meta.path.to_token_stream();
        let flag = if meta.path.is_ident("safe") {
            &mut safe
        } else if meta.path.is_ident("idempotent") {
            &mut idempotent
        } else if meta.path.is_ident("cacheable") {
            &mut cacheable
        } else if meta.path.is_ident("content") {
            const VALUES: &str = "`content = defined`, `content = undefined` or `content = not_allowed`";
            if !meta.input.peek(syn::Token![=]) {
                return Err(meta.error(format_args!("`content` takes a value: write {VALUES}")));
            }
            let value: Ident = meta.value()?.parse().map_err(|e| {
                syn::Error::new(
                    e.span(),
                    format_args!("expected a word without quotes: {VALUES}"),
                )
            })?;
            let parsed = match value.to_string().as_str() {
                "defined" => Content::Defined,
                "undefined" => Content::Undefined,
                "not_allowed" => Content::NotAllowed,
                other => {
                    return Err(syn::Error::new(
                        value.span(),
                        format_args!("unknown `content` value `{other}`: expected `defined` (the method says what request content means), `undefined` (no generally defined meaning) or `not_allowed` (a request must not have content)"),
                    ))
                }
            };
            content.set(&key, parsed, errors);
            return Ok(());
        } else {
            return Err(meta.error(format_args!(
                "unknown `#[method]` flag `{key}`: expected `safe`, `idempotent`, `cacheable` or `content = ...`"
            )));
        };
        if meta.input.peek(syn::Token![=]) || meta.input.peek(syn::token::Paren) {
            return Err(meta.error(format_args!(
                "`{key}` is a flag and takes no value: write `{key}` alone to set it, or leave it out"
            )));
        }
        if !meta.input.is_empty() && !meta.input.peek(syn::Token![,]) {
            return Err(meta.input.error(
                "expected `,` between flags, as in `#[method(safe, idempotent)]`",
            ));
        }
        flag.set(&key, (), errors);
        Ok(())
    })?;
    flags.safe |= safe.is_set();
    flags.idempotent |= idempotent.is_set();
    flags.cacheable |= cacheable.is_set();
    if let Some(value) = content.get() {
        flags.content = value;
    }
    Ok(())
}
