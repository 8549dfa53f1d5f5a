//! Codes, names and phrases used twice: within the list, or (for an
//! extension) already used by the base.

use std::collections::HashMap;

use proc_macro2::Span;
use syn::Ident;

use super::entry;
use crate::common::Errors;
use crate::list::model::{CheckedEntry, Entry, Family};
use crate::list::replay::Replay;

/// Where a code, name or text was first seen: in this list, or in the base.
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
    /// Every text `FromStr` accepts, ASCII lowercase (it ignores ASCII case):
    /// reason phrases, aliases, variant names and former names, each with what
    /// it is, so that two codes never answer to the same text.
    texts: HashMap<String, (First<Span>, ParseText)>,
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
            for (text, _) in parse_texts(&checked) {
                seen.texts
                    .entry(text.text.to_ascii_lowercase())
                    .or_insert((First::base(&variant, code), text));
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
            texts_are_new(&checked, &mut seen, errors);
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

/// The texts of an entry must be new (ignoring ASCII case), or `FromStr`
/// could not tell the codes apart: a phrase used twice, a variant named like
/// another code's phrase, or like a former name of another code (`599
/// PayloadTooLarge` beside 413's alias "Payload Too Large", whose former name
/// `StatusCode::PayloadTooLarge` parses as 413).
fn texts_are_new(checked: &CheckedEntry, seen: &mut Seen, errors: &mut Errors) {
    let mut own: HashMap<String, ParseText> = HashMap::new();
    // Aliases already refused: their former names would repeat the error.
    let mut refused: Vec<String> = Vec::new();
    for (text, span) in parse_texts(checked) {
        if text.kind == Kind::FormerName && text.alias.as_ref().is_some_and(|a| refused.contains(a))
        {
            continue;
        }
        let key = text.text.to_ascii_lowercase();
        if let Some(earlier) = own.get(&key) {
            // An alias that repeats the entry's own phrase says nothing new; a
            // former name equal to the variant name is the usual case.
            if text.kind == Kind::Alias && earlier.kind == Kind::Phrase {
                errors.spanned(
                    span,
                    format_args!(
                        "the alias \"{}\" is the entry's own reason phrase \"{}\" (`FromStr` ignores ASCII case): it adds nothing; remove it",
                        text.text, earlier.text
                    ),
                );
            }
            continue;
        }
        if seen.texts.contains_key(&key) && text.kind == Kind::Alias {
            refused.push(text.text.clone());
        }
        match seen.texts.get(&key) {
            Some((First::Here(first), earlier)) => errors.duplicate_at(
                span,
                format_args!(
                    "{} is also {} of another entry: parsing text could not tell the two codes apart; {}",
                    text.describe(),
                    earlier.describe(),
                    text.advice()
                ),
                *first,
            ),
            Some((First::Base { variant, code }, earlier)) => errors.spanned(
                span,
                format_args!(
                    "{} is also {} of {variant} ({code}): parsing text could not tell the two codes apart; {}",
                    text.describe(),
                    earlier.describe(),
                    text.advice()
                ),
            ),
            None => {
                seen.texts
                    .insert(key.clone(), (First::Here(span), text.clone()));
            }
        }
        own.insert(key, text);
    }
}

/// What kind of text `FromStr` accepts for a code.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Phrase,
    Alias,
    Name,
    /// The name form of an alias: its ASCII letters and digits run together.
    FormerName,
}

/// One text `FromStr` accepts for a code, and where it comes from.
#[derive(Clone)]
pub struct ParseText {
    pub kind: Kind,
    pub text: String,
    /// For a former name: the alias it comes from.
    pub alias: Option<String>,
}

impl ParseText {
    fn describe(&self) -> String {
        match self.kind {
            Kind::Phrase => format!("the reason phrase \"{}\"", self.text),
            Kind::Alias => format!("the alias \"{}\"", self.text),
            Kind::Name => format!("the variant name `{}`", self.text),
            Kind::FormerName => format!(
                "the former name `{}` (from the alias \"{}\")",
                self.text,
                self.alias.as_deref().unwrap_or_default()
            ),
        }
    }

    fn advice(&self) -> &'static str {
        match self.kind {
            Kind::Name => "choose another variant name",
            Kind::Phrase | Kind::Alias | Kind::FormerName => "choose another phrase",
        }
    }
}

/// The former name an alias gives its code: its ASCII letters and digits, run
/// together (`"Payload Too Large"` -> `PayloadTooLarge`, `"Request-URI Too
/// Long"` -> `RequestURITooLong`); `FromStr` accepts it in any ASCII case, as
/// it accepts variant names. `None` if the alias has none.
pub fn former_name(alias: &str) -> Option<String> {
    let name: String = alias.chars().filter(char::is_ascii_alphanumeric).collect();
    (!name.is_empty()).then_some(name)
}

/// Every text `FromStr` accepts for the entry, with its span: the reason
/// phrase, the aliases, the variant name, the former names.
pub fn parse_texts(entry: &CheckedEntry) -> Vec<(ParseText, Span)> {
    let text = |kind, text: String, alias: Option<String>| ParseText { kind, text, alias };
    let mut out = vec![(
        text(Kind::Phrase, entry.reason.clone(), None),
        entry.reason_lit.span(),
    )];
    for lit in &entry.alias_lits {
        out.push((text(Kind::Alias, lit.value(), None), lit.span()));
    }
    out.push((
        text(Kind::Name, entry.ident.to_string(), None),
        entry.ident.span(),
    ));
    for lit in &entry.alias_lits {
        if let Some(name) = former_name(&lit.value()) {
            out.push((text(Kind::FormerName, name, Some(lit.value())), lit.span()));
        }
    }
    out
}
