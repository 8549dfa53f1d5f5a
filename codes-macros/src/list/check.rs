//! The checks of a list as a whole, for both kinds. Nothing here emits tokens:
//! a parsed list becomes a [`Checked`] model holding the entries that passed,
//! plus one combined `syn::Error` with every mistake found, each spanned on the
//! token to fix. Expansion then emits the enum from the valid entries *and* the
//! errors, so one mistake does not cascade into "no variant named ..." errors
//! all over the user's crate.
//!
//! Here: the enum's attributes, the base's entries (recorded, not checked
//! again), names and keys (codes, tokens) used twice, an empty list. An entry's
//! own rules are `entry.rs`'s and the kind's; the kind adds its rules of the
//! whole list in `Kind::finish`.

use std::collections::HashMap;

use proc_macro2::Span;
use syn::{Attribute, Ident};

use super::{
    attr, Checked, CheckedEntry, Family, Kind, KindEntry, OwnAttr, OwnSettings, Replay, Seen,
    Settings,
};
use crate::common::{doc_line, without_generated_derives, Errors, List, Runtime};

/// Checks a parsed list (and, for an extension, the base it replays). Returns
/// the model of the valid part and the errors.
pub fn check<K: Kind>(
    list: List<K::Entry>,
    base: Option<Replay<K::Entry>>,
) -> (Checked<K>, Option<syn::Error>) {
    let mut errors = Errors::default();
    let unreadable_entries = list.syntax_errors.is_some();
    if let Some(syntax) = list.syntax_errors {
        errors.push(syntax);
    }
    let EnumAttrs {
        docs,
        passed,
        settings,
    } = enum_attrs::<K>(list.attrs, &mut errors);
    let (attr, parsed) = settings.map_or((None, None), |(a, s)| (Some(a), s));
    let runtime = parsed
        .as_ref()
        .and_then(|s| s.krate.as_ref())
        .map_or_else(Runtime::default, Runtime::new);
    let own = match (&attr, parsed) {
        (None, _) => OwnAttr::Absent,
        (Some(_), None) => OwnAttr::Malformed,
        (Some(attr), Some(settings)) => OwnAttr::Read(attr, settings),
    };
    let family = K::Family::of(base.as_ref(), own, &mut errors);

    if list.entries.is_empty() && base.is_none() && !unreadable_entries {
        errors.spanned(list.brace_span, K::EMPTY);
    }

    let base_is_extension = base.as_ref().is_some_and(|b| !b.is_root);
    let base_name = base.as_ref().map(|b| b.name.clone());
    let entries = unique::<K>(base, list.entries, &family, &mut errors);
    let mut checked = Checked {
        runtime,
        base: list.extends.zip(base_name),
        base_is_extension,
        attrs: passed,
        docs,
        vis: list.vis,
        ident: list.ident,
        family,
        entries,
    };
    K::finish(&mut checked, list.brace_span, &mut errors);
    (checked, errors.finish())
}

/// The enum's attributes, sorted: doc lines, the settings attribute (parsed;
/// `None` when malformed), the rest (passed through to the enum).
struct EnumAttrs<S> {
    docs: Vec<String>,
    passed: Vec<Attribute>,
    settings: Option<(Attribute, Option<S>)>,
}

fn enum_attrs<K: Kind>(
    attrs: Vec<Attribute>,
    errors: &mut Errors,
) -> EnumAttrs<Settings<OwnSettings<K>>> {
    let mut out = EnumAttrs {
        docs: Vec::new(),
        passed: Vec::new(),
        settings: None,
    };
    for attr in attrs {
        if let Some(line) = doc_line(&attr, K::MACRO, errors) {
            out.docs.push(line);
        } else if attr.path().is_ident("repr") {
            errors.tokens(&attr, K::REPR);
        } else if attr.path().is_ident(super::name::<K>()) {
            if let Some((first, _)) = &out.settings {
                errors.duplicate(
                    &attr,
                    format_args!(
                        "duplicate `#[{}]`: put all settings in one attribute",
                        super::name::<K>()
                    ),
                    first,
                );
                continue;
            }
            let parsed = match attr::read::<K>(&attr, errors) {
                Ok(settings) => Some(settings),
                Err(e) => {
                    errors.push(e);
                    None
                }
            };
            out.settings = Some((attr, parsed));
        } else if let Some(attr) = without_generated_derives(attr, K::MACRO, errors) {
            out.passed.push(attr);
        }
    }
    out
}

/// Where a name or key was first seen: in this list, or in the base.
pub enum First<T> {
    Here(T),
    /// `Base::Variant` and its key (`404`, `` `PURGE` ``).
    Base {
        variant: String,
        key: String,
    },
}

impl<T> First<T> {
    pub fn base(variant: &str, key: &str) -> First<T> {
        First::Base {
            variant: variant.to_string(),
            key: key.to_string(),
        }
    }
}

/// Checks the base's entries (recorded, marked inherited) and the list's own
/// against each other. Returns the entries of the enum, in the order given.
fn unique<K: Kind>(
    base: Option<Replay<K::Entry>>,
    own: Vec<K::Entry>,
    family: &K::Family,
    errors: &mut Errors,
) -> Vec<CheckedEntry<K::Own>> {
    let mut names: HashMap<String, First<(Ident, String)>> = HashMap::new();
    let mut keys: HashMap<String, First<Span>> = HashMap::new();
    let mut seen = K::Seen::default();
    let mut entries = Vec::new();

    // The base's entries were checked when the base was defined; they are only
    // recorded here so that the extension's entries can be checked against them.
    if let Some(base) = base {
        let mut base_errors = Errors::default();
        for entry in base.entries {
            let Some(mut checked) = entry.check(family, &mut base_errors) else {
                continue;
            };
            let variant = format!("{}::{}", base.name, checked.ident);
            let (key, _) = K::Entry::key(&checked);
            names.insert(checked.ident.to_string(), First::base(&variant, &key));
            keys.insert(key.clone(), First::base(&variant, &key));
            seen.inherit(&checked, &variant);
            checked.inherited = true;
            entries.push(checked);
        }
        if let Some(error) = base_errors.finish() {
            // Only possible if the base's list macro was hand-edited or comes
            // from another version of the macro.
            errors.push(error);
        }
    }

    for entry in own {
        let Some(checked) = entry.check(family, errors) else {
            continue;
        };
        // A key used twice is the mistake to report; its name (the same line
        // written twice, or a token's spelling) would only repeat it.
        if key_is_new::<K>(&checked, &keys, errors) && name_is_new::<K>(&checked, &names, errors) {
            let (key, span) = K::Entry::key(&checked);
            names.insert(
                checked.ident.to_string(),
                First::Here((checked.ident.clone(), key.clone())),
            );
            keys.insert(key, First::Here(span));
            seen.accept(&checked, errors);
            entries.push(checked);
        }
    }
    entries
}

fn name_is_new<K: Kind>(
    checked: &CheckedEntry<K::Own>,
    names: &HashMap<String, First<(Ident, String)>>,
    errors: &mut Errors,
) -> bool {
    let ident = &checked.ident;
    match names.get(&ident.to_string()) {
        None => true,
        Some(First::Here((first, key))) => {
            errors.duplicate(
                ident,
                format_args!(
                    "duplicate variant name `{ident}`: it already names {key}; each entry needs its own name"
                ),
                first,
            );
            false
        }
        Some(First::Base { variant, key }) => {
            errors.tokens(
                ident,
                format_args!(
                    "`{ident}` is already {variant} ({key}): a custom {} needs a name the enum it extends does not use",
                    K::Entry::KEY
                ),
            );
            false
        }
    }
}

fn key_is_new<K: Kind>(
    checked: &CheckedEntry<K::Own>,
    keys: &HashMap<String, First<Span>>,
    errors: &mut Errors,
) -> bool {
    let (key, span) = K::Entry::key(checked);
    match keys.get(&key) {
        None => true,
        Some(First::Here(first)) => {
            errors.duplicate_at(
                span,
                format_args!(
                    "duplicate {} {key}: each {} may appear only once in a list",
                    K::Entry::KEY,
                    K::Entry::KEY
                ),
                *first,
            );
            false
        }
        Some(First::Base { variant, .. }) => {
            errors.spanned(
                span,
                format_args!(
                    "{key} is already {variant}: a custom {} must be one the enum it extends does not have",
                    K::Entry::KEY
                ),
            );
            false
        }
    }
}
