//! `methods!`: a list of HTTP method tokens becomes an enum.
//!
//! - `model.rs`: an entry as written and as checked, its flags;
//! - `parse.rs`: an entry's grammar; `attr.rs`: `#[methods(...)]`, `#[method(...)]`;
//! - `check/`: the token and the name that spells it, the flags, the settings;
//! - `replay.rs`: `#[methods(path = ..)]` and `#[method(...)]`, written back
//!   for `extends`;
//! - `expand/`: the generated code.

mod attr;
mod check;
mod expand;
mod model;
mod parse;
mod replay;

use proc_macro2::{Span, TokenStream};
use syn::{Attribute, Ident, Path};

use super::{EntryAttrs, Kind, KindEntry, Replay};
use crate::common::Errors;
use model::{CheckedEntry, Entry, Family};

/// The kind of list `methods!` makes.
pub struct Methods;

impl Kind for Methods {
    type Entry = Entry;
    type CheckedEntry = CheckedEntry;
    type Settings = attr::Settings;
    type Family = Family;
    type Seen = ();

    const MACRO: &'static str = "methods!";
    const SETTINGS: &'static str = "methods";
    const REPR: &'static str = "`methods!` gives the enum its `#[repr]` itself (the smallest that holds the list): remove this `#[repr]`";
    const EMPTY: &'static str = "a method list needs at least one method, e.g. `Purge = \"PURGE\"`";
    const KEY: &'static str = "method";
    const KEY_NOUN: &'static str = "token";
    const ENTRY: &'static str = "method entry";
    const ENTRY_ATTRS: &'static str = "`#[method(...)]`";
    const SPEC_EXAMPLE: &'static str = "\"RFC 9110, Section 9.3.1\"";
    const SPEC_LINKS: bool = true;
    const MARKER: &'static str = "methods";
    const HIDDEN: &'static str = "__codes_methods_";
    const EXTEND: &'static str = "methods_extend";
    const ASSERT: &'static str = "assert_method_extendable";
    const WHAT: &'static str = "a list of HTTP methods";

    fn settings(attr: &Attribute, errors: &mut Errors) -> syn::Result<attr::Settings> {
        attr::settings(attr, errors)
    }

    fn krate(settings: &attr::Settings) -> Option<&Path> {
        settings.krate.as_ref()
    }

    fn family(
        base: Option<&Replay<Entry>>,
        own: Option<(&Attribute, attr::Settings)>,
        _malformed: bool,
        errors: &mut Errors,
    ) -> Family {
        check::family_of(base, own, errors)
    }

    fn check_entry(entry: Entry, _family: &Family, errors: &mut Errors) -> Option<CheckedEntry> {
        check::entry(entry, errors)
    }

    fn finish(model: &mut model::Checked, brace: Span, errors: &mut Errors) {
        check::size(&mut model.entries, brace, errors);
    }

    fn replay_settings(family: &Family) -> Option<Attribute> {
        replay::settings_attr(family)
    }

    fn replay_attrs(entry: &CheckedEntry) -> Vec<Attribute> {
        replay::flags_attr(entry).into_iter().collect()
    }

    fn replay_entry(entry: &CheckedEntry, attrs: Vec<Attribute>) -> Entry {
        replay::entry(entry, attrs)
    }

    fn fingerprint(model: &model::Checked) -> u64 {
        expand::fingerprint(model)
    }

    fn expand(model: &model::Checked) -> TokenStream {
        expand::expand(model)
    }
}

impl KindEntry for CheckedEntry {
    fn ident(&self) -> &Ident {
        &self.ident
    }

    fn attrs(&self) -> &EntryAttrs {
        &self.attrs
    }

    fn key(&self) -> (String, Span) {
        (format!("`{}`", self.token), self.token_span)
    }

    fn set_inherited(&mut self) {
        self.inherited = true;
    }
}
