//! `codes!`: a list of numbered codes (HTTP status codes, or a family of one's
//! own with a range and classes) becomes an enum.
//!
//! - `model.rs`: an entry as written and as checked, the family;
//! - `parse.rs`: an entry's grammar; `attr.rs`: `#[codes(...)]`, `#[alias]`;
//! - `check/`: the code, the phrases, the family, names the macro generates,
//!   texts `FromStr` could not tell apart;
//! - `replay.rs`: the family and `#[alias]`, written back for `extends`;
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

/// The kind of list `codes!` makes.
pub struct Codes;

impl Kind for Codes {
    type Entry = Entry;
    type CheckedEntry = CheckedEntry;
    type Settings = attr::Settings;
    type Family = Family;
    type Seen = check::Texts;

    const MACRO: &'static str = "codes!";
    const SETTINGS: &'static str = "codes";
    const REPR: &'static str = "`codes!` gives the enum `#[repr(u16)]` itself (the discriminant is the code): remove this `#[repr]`";
    const EMPTY: &'static str =
        "a code list needs at least one entry, such as `404 NotFound = \"Not Found\"`";
    const KEY: &'static str = "code";
    const KEY_NOUN: &'static str = "code";
    const ENTRY: &'static str = "code entry";
    const ENTRY_ATTRS: &'static str = "`#[alias(\"...\")]`";
    const SPEC_EXAMPLE: &'static str = "\"RFC 9110, Section 15.5.5\"";
    const SPEC_LINKS: bool = false;
    const MARKER: &'static str = "";
    const HIDDEN: &'static str = "__codes_list_";
    const EXTEND: &'static str = "codes_extend";
    const ASSERT: &'static str = "assert_extendable";
    const WHAT: &'static str = "a list of codes";

    fn settings(attr: &Attribute, errors: &mut Errors) -> syn::Result<attr::Settings> {
        attr::settings(attr, errors)
    }

    fn krate(settings: &attr::Settings) -> Option<&Path> {
        settings.krate.as_ref()
    }

    fn family(
        base: Option<&Replay<Entry>>,
        own: Option<(&Attribute, attr::Settings)>,
        malformed: bool,
        errors: &mut Errors,
    ) -> Family {
        check::family_of(base, own, malformed, errors)
    }

    fn check_entry(entry: Entry, family: &Family, errors: &mut Errors) -> Option<CheckedEntry> {
        check::entry(entry, family, errors)
    }

    fn inherit(seen: &mut check::Texts, entry: &CheckedEntry, variant: &str) {
        seen.inherit(entry, variant);
    }

    fn accept(seen: &mut check::Texts, entry: &CheckedEntry, errors: &mut Errors) {
        seen.accept(entry, errors);
    }

    fn finish(model: &mut model::Checked, _brace: Span, errors: &mut Errors) {
        check::names(&mut model.entries, &mut model.family, errors);
        model.entries.sort_by_key(|e| e.code);
    }

    fn replay_settings(family: &Family) -> Option<Attribute> {
        Some(replay::family_attr(family))
    }

    fn replay_attrs(entry: &CheckedEntry) -> Vec<Attribute> {
        replay::alias_attr(entry).into_iter().collect()
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
        (self.code.to_string(), self.code_span)
    }

    fn set_inherited(&mut self) {
        self.inherited = true;
    }
}
