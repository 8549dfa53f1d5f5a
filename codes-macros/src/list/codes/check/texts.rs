//! Texts `FromStr` accepts (reason phrases, aliases, variant names, former
//! names) that two codes would share, within the list or with the base. Codes
//! and names used twice are the shared check's (`list/check.rs`).

use std::collections::HashMap;

use proc_macro2::Span;

use crate::common::Errors;
use crate::list::check::First;
use crate::list::codes::model::CheckedEntry;
use crate::list::codes::Codes;
use crate::list::Seen;

/// Every text `FromStr` accepts, ASCII lowercase (it ignores ASCII case):
/// reason phrases, aliases, variant names and former names, each with what it
/// is, so that two codes never answer to the same text.
#[derive(Default)]
pub struct Texts {
    texts: HashMap<String, (First<Span>, ParseText)>,
}

impl Seen<Codes> for Texts {
    /// Records the texts of an entry of the base (`variant` is `Base::Name`).
    fn inherit(&mut self, checked: &CheckedEntry, variant: &str) {
        for (text, _) in parse_texts(checked) {
            let first = First::base(variant, &checked.code.to_string());
            self.texts
                .entry(text.text.to_ascii_lowercase())
                .or_insert((first, text));
        }
    }

    /// Checks and records the texts of a new entry.
    fn accept(&mut self, checked: &CheckedEntry, errors: &mut Errors) {
        texts_are_new(checked, self, errors);
    }
}

/// The texts of an entry must be new (ignoring ASCII case), or `FromStr`
/// could not tell the codes apart: a phrase used twice, a variant named like
/// another code's phrase, or like a former name of another code (`599
/// PayloadTooLarge` beside 413's alias "Payload Too Large", whose former name
/// `StatusCode::PayloadTooLarge` parses as 413).
fn texts_are_new(checked: &CheckedEntry, seen: &mut Texts, errors: &mut Errors) {
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
            Some((First::Base { variant, key }, earlier)) => errors.spanned(
                span,
                format_args!(
                    "{} is also {} of {variant} ({key}): parsing text could not tell the two codes apart; {}",
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
