//! The attributes of a method list: `#[methods(...)]` on the enum (which
//! takes only the shared `path` and `crate`, read by `list/attr.rs`) and
//! `#[method(...)]` on entries. Each flag may be given once.

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::meta::ParseNestedMeta;
use syn::{Attribute, Ident};

use super::model::{Content, Flags};
use crate::common::{Errors, Once};
use crate::list::KindSettings;

/// What `#[methods(...)]` takes besides `path` and `crate`: nothing.
pub struct MethodSettings;

impl KindSettings for MethodSettings {
    const KEYS: &'static str = "";
    const PATH_EXAMPLE: &'static str = "path = crate::http::CacheMethod";

    fn new() -> MethodSettings {
        MethodSettings
    }

    fn read(&mut self, _: &ParseNestedMeta, _: &TokenStream, _: &mut Errors) -> syn::Result<bool> {
        Ok(false)
    }
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
