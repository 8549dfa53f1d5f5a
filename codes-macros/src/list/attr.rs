//! The enum's settings attribute, `#[codes(...)]` or `#[methods(...)]`. Both
//! kinds take `path = ...` (where the enum lives, for extensions of extensions)
//! and `crate = ...` (a renamed codes-core), read here; the kind reads its own
//! settings ([`KindSettings`]). Each setting may be given once.

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::meta::ParseNestedMeta;
use syn::{Attribute, Path};

use super::{name, Kind, OwnSettings};
use crate::common::{crate_setting, path_setting, Errors, Once};

/// A settings attribute as read.
pub struct Settings<X> {
    /// `path = ::crate_name::Enum` or `crate::module::Enum`.
    pub path: Option<Path>,
    /// `crate = ::codes`: the codes-core crate under another name.
    pub krate: Option<Path>,
    /// The kind's own settings.
    pub own: X,
}

/// A list's own settings attribute, as the family is checked with it.
pub enum OwnAttr<'a, X> {
    /// None given.
    Absent,
    /// One that could not be read (reported already).
    Malformed,
    /// One read, and the attribute, for errors that concern it whole.
    Read(&'a Attribute, Settings<X>),
}

/// The settings a kind takes besides `path` and `crate`.
pub trait KindSettings: Sized {
    /// The kind's own settings, for the message on an unknown one: "`range =
    /// A..=B`, `classes(A..=B Name, ...)`, ".
    const KEYS: &'static str;
    /// A `path` setting, for the message on a path that is not anchored.
    const PATH_EXAMPLE: &'static str;

    /// Nothing read yet.
    fn new() -> Self;
    /// Reads `meta` if it is one of the kind's settings (`true`); a repeated
    /// setting is reported in `errors`.
    fn read(
        &mut self,
        meta: &ParseNestedMeta,
        key: &TokenStream,
        errors: &mut Errors,
    ) -> syn::Result<bool>;
}

/// Reads the settings attribute. A repeated setting is reported in `errors`
/// (and the first kept); a malformed attribute is an `Err`.
pub fn read<K: Kind>(
    attr: &Attribute,
    errors: &mut Errors,
) -> syn::Result<Settings<OwnSettings<K>>> {
    let name = name::<K>();
    let mut path = Once::new("`path`");
    let mut krate = Once::new("`crate`");
    let mut own = OwnSettings::<K>::new();
    attr.meta.require_list().map_err(|_| {
        syn::Error::new_spanned(
            attr,
            format_args!(
                "`#[{name}]` takes its settings in parentheses: `#[{name}(path = crate::Enum)]` or `#[{name}(crate = ::codes_core)]`"
            ),
        )
    })?;
    attr.parse_nested_meta(|meta| {
        let key = meta.path.to_token_stream();
        if meta.path.is_ident("path") {
            let value = path_setting(&meta, OwnSettings::<K>::PATH_EXAMPLE)?;
            path.set(&key, value, errors);
        } else if meta.path.is_ident("crate") {
            krate.set(&key, crate_setting(&meta)?, errors);
        } else if !own.read(&meta, &key, errors)? {
            return Err(meta.error(format_args!(
                "unknown `#[{name}]` setting `{key}`: expected {}`path = crate::Enum` or `crate = ::codes_core`",
                OwnSettings::<K>::KEYS
            )));
        }
        Ok(())
    })?;
    Ok(Settings {
        path: path.get(),
        krate: krate.get(),
        own,
    })
}
