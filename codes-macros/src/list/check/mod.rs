//! Every compile-time check of a code list. Nothing here emits tokens: the
//! checks turn a [`CodeList`] into a [`Checked`] model holding the entries that
//! passed, plus one combined `syn::Error` with every mistake found, each
//! spanned on the token to fix. Expansion then emits the enum from the valid
//! entries *and* the errors, so a single mistake does not cascade into
//! "no variant named ..." errors all over the user's crate.
//!
//! - `family.rs`: the `#[codes(...)]` settings: range, classes, path, crate;
//! - `entry.rs`: one entry: its code, phrase, docs and attributes;
//! - `unique.rs`: codes, names and phrases used twice, here or in the base;
//! - `names.rs`: names that collide with what the macro generates.

mod entry;
mod family;
mod names;
mod unique;

pub use names::snake_case;
pub use unique::parse_texts;

use syn::Attribute;

use super::attr::{settings, Settings};
use super::model::{Checked, CodeList, Family};
use super::replay::Replay;
use crate::common::{Errors, Runtime};

/// Checks a parsed list (and, for an extension, the base it replays). Returns
/// the model of the valid part and the errors.
pub fn check(list: CodeList, base: Option<Replay>) -> (Checked, Option<syn::Error>) {
    let mut errors = Errors::default();
    let unreadable_entries = list.syntax_errors.is_some();
    if let Some(syntax) = list.syntax_errors {
        errors.push(syntax);
    }
    let EnumAttrs {
        docs,
        passed,
        codes,
    } = enum_attrs(list.attrs, &mut errors);
    let (attr, settings) = codes.map_or((None, None), |(a, s)| (Some(a), s));
    let runtime = settings
        .as_ref()
        .and_then(|s| s.krate.as_ref())
        .map_or_else(Runtime::default, Runtime::new);
    let mut family = family_of(base.as_ref(), attr, settings, &mut errors);

    if list.entries.is_empty() && base.is_none() && !unreadable_entries {
        errors.spanned(
            list.brace_span,
            "a code list needs at least one entry, such as `404 NotFound = \"Not Found\"`",
        );
    }

    let base_is_extension = base.as_ref().is_some_and(|b| !b.is_root);
    let base_name = base.as_ref().map(|b| b.name.clone());
    let mut entries = unique::check(base, list.entries, &family, &mut errors);
    names::check(&mut entries, &mut family, &mut errors);
    entries.sort_by_key(|e| e.code);

    let checked = Checked {
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
    (checked, errors.finish())
}

/// The enum's attributes, sorted: doc lines, `#[codes]` (parsed), the rest
/// (passed through to the enum).
struct EnumAttrs {
    docs: Vec<String>,
    passed: Vec<Attribute>,
    codes: Option<(Attribute, Option<Settings>)>,
}

fn enum_attrs(attrs: Vec<Attribute>, errors: &mut Errors) -> EnumAttrs {
    let mut out = EnumAttrs {
        docs: Vec::new(),
        passed: Vec::new(),
        codes: None,
    };
    for attr in attrs {
        if let Some(line) = crate::common::doc_line(&attr, "codes!", errors) {
            out.docs.push(line);
        } else if attr.path().is_ident("repr") {
            errors.tokens(
                &attr,
                "`codes!` gives the enum `#[repr(u16)]` itself (the discriminant is the code): remove this `#[repr]`",
            );
        } else if attr.path().is_ident("codes") {
            if let Some((first, _)) = &out.codes {
                errors.duplicate(
                    &attr,
                    "duplicate `#[codes]`: put all settings in one attribute",
                    first,
                );
                continue;
            }
            let parsed = settings_of(&attr, errors);
            out.codes = Some((attr, parsed));
        } else if let Some(attr) = crate::common::without_generated_derives(attr, "codes!", errors)
        {
            out.passed.push(attr);
        }
    }
    out
}

/// The family: the base's for an extension (which may set only `crate`), the
/// list's own `#[codes]`, or HTTP's.
fn family_of(
    base: Option<&Replay>,
    attr: Option<Attribute>,
    settings: Option<Settings>,
    errors: &mut Errors,
) -> Family {
    match (base, attr, settings) {
        (Some(base), attr, settings) => {
            if let (Some(attr), Some(settings)) = (attr, &settings) {
                if settings.has_family() {
                    errors.tokens(
                        &attr,
                        "an extension keeps the code range, classes and path of the enum it extends: only `crate = ...` can be set here",
                    );
                }
            }
            let mut base_errors = Errors::default();
            let family = settings_of(&base.family, &mut base_errors)
                .map_or_else(Family::http, |s| family::check(s, &mut base_errors));
            // Only possible if the base's list macro was hand-edited or comes from
            // another version of `codes!`.
            if let Some(e) = base_errors.finish() {
                errors.push(e);
            }
            family
        }
        (None, Some(_), Some(settings)) => family::check(settings, errors),
        // A malformed `#[codes]` is reported; check entries against no limits.
        (None, Some(_), None) => Family::permissive(),
        (None, None, _) => Family::http(),
    }
}

fn settings_of(attr: &Attribute, errors: &mut Errors) -> Option<Settings> {
    match settings(attr, errors) {
        Ok(settings) => Some(settings),
        Err(e) => {
            errors.push(e);
            None
        }
    }
}
