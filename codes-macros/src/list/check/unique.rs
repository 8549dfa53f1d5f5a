//! Codes, names and phrases used twice: within the list, or (for an
//! extension) already used by the base.

use std::collections::HashMap;

use proc_macro2::Span;
use syn::Ident;

use super::entry;
use crate::common::Errors;
use crate::list::model::{CheckedEntry, Entry, Family};
use crate::list::replay::Replay;

/// Where a code, name or phrase was first seen: in this list, or in the base.
enum First<T> {
    Here(T),
    Base { variant: String, code: u16 },
}

impl<T> First<T> {
    fn base(variant: &str, code: u16) -> First<T> {
        First::Base {
            variant: variant.to_string(),
            code,
        }
    }
}

#[derive(Default)]
struct Seen {
    codes: HashMap<u16, First<Span>>,
    names: HashMap<String, First<Ident>>,
    /// Phrases and aliases, ASCII lowercase: `FromStr` ignores ASCII case.
    phrases: HashMap<String, First<Span>>,
}

/// Checks the base's entries (recorded, marked inherited) and the list's own
/// against each other. Returns the entries of the enum, unsorted.
pub fn check(
    base: Option<Replay>,
    own: Vec<Entry>,
    family: &Family,
    errors: &mut Errors,
) -> Vec<CheckedEntry> {
    let mut seen = Seen::default();
    let mut entries = Vec::new();

    // The base's entries were checked when the base was defined; they are only
    // recorded here so that the extension's entries can be checked against them.
    if let Some(base) = base {
        let mut base_errors = Errors::default();
        for entry in base.entries {
            let Some(mut checked) = entry::check(entry, family, &mut base_errors) else {
                continue;
            };
            let variant = format!("{}::{}", base.name, checked.ident);
            let code = checked.code;
            seen.codes.insert(code, First::base(&variant, code));
            seen.names
                .insert(checked.ident.to_string(), First::base(&variant, code));
            for lit in std::iter::once(&checked.reason_lit).chain(&checked.alias_lits) {
                seen.phrases.insert(
                    lit.value().to_ascii_lowercase(),
                    First::base(&variant, code),
                );
            }
            checked.inherited = true;
            entries.push(checked);
        }
        if let Some(error) = base_errors.finish() {
            // Only possible if the base's list macro was hand-edited or comes
            // from another version of `codes!`.
            errors.push(error);
        }
    }

    for entry in own {
        let Some(checked) = entry::check(entry, family, errors) else {
            continue;
        };
        if name_is_new(&checked, &seen, errors) & code_is_new(&checked, &seen, errors) {
            seen.names.insert(
                checked.ident.to_string(),
                First::Here(checked.ident.clone()),
            );
            seen.codes
                .insert(checked.code, First::Here(checked.code_span));
            phrases_are_new(&checked, &mut seen, errors);
            entries.push(checked);
        }
    }
    entries
}

fn name_is_new(checked: &CheckedEntry, seen: &Seen, errors: &mut Errors) -> bool {
    let name = checked.ident.to_string();
    match seen.names.get(&name) {
        None => true,
        Some(First::Here(first)) => {
            errors.duplicate(
                &checked.ident,
                format_args!("duplicate variant name `{name}`: each entry needs its own name"),
                first,
            );
            false
        }
        Some(First::Base { variant, code }) => {
            errors.tokens(
                &checked.ident,
                format_args!(
                    "`{name}` is already {variant} ({code}): a custom code needs a name the base does not use"
                ),
            );
            false
        }
    }
}

fn code_is_new(checked: &CheckedEntry, seen: &Seen, errors: &mut Errors) -> bool {
    let code = checked.code;
    match seen.codes.get(&code) {
        None => true,
        Some(First::Here(first)) => {
            errors.duplicate_at(
                checked.code_span,
                format_args!("duplicate code {code}: each code may appear only once in a list"),
                *first,
            );
            false
        }
        Some(First::Base { variant, .. }) => {
            errors.spanned(
                checked.code_span,
                format_args!(
                    "{code} is already {variant}: a custom code must not reuse a code of the enum it extends"
                ),
            );
            false
        }
    }
}

/// Phrases and aliases must be unique (ignoring ASCII case), or `FromStr`
/// could not tell the codes apart.
fn phrases_are_new(checked: &CheckedEntry, seen: &mut Seen, errors: &mut Errors) {
    for lit in std::iter::once(&checked.reason_lit).chain(&checked.alias_lits) {
        let phrase = lit.value();
        let key = phrase.to_ascii_lowercase();
        match seen.phrases.get(&key) {
            Some(First::Here(first)) => errors.duplicate_at(
                lit.span(),
                format_args!(
                    "the phrase \"{phrase}\" is already used by another entry: parsing text could not tell the two codes apart"
                ),
                *first,
            ),
            Some(First::Base { variant, code }) => errors.tokens(
                lit,
                format_args!(
                    "the phrase \"{phrase}\" already names {variant} ({code}): parsing text could not tell the two codes apart"
                ),
            ),
            None => {
                seen.phrases.insert(key, First::Here(lit.span()));
            }
        }
    }
}
