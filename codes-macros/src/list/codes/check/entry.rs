//! One entry's own rules: its code literal, its reason phrase, `#[alias]`
//! (docs, `#[spec]` and `#[deprecated]` are read by `list/entry.rs`).
//!
//! An entry whose code and name are usable stays in the enum even when its
//! phrase or an attribute is wrong: the mistake is reported, and uses of the
//! variant elsewhere get no follow-on errors (such as rustc's "no variant
//! named ..." with advice pointing at another variant).

use proc_macro2::Span;
use syn::{Attribute, Lit, LitStr};

use crate::common::{code_digits, first_paragraph, Errors};
use crate::list::codes::attr::alias_args;
use crate::list::codes::model::{CheckedEntry, CodeEntry, Entry, Family};
use crate::list::codes::{replay, Codes};
use crate::list::entry::{control_name, read, SpecRule};
use crate::list::KindEntry;

impl KindEntry<Codes> for Entry {
    const KEY: &'static str = "code";
    const ATTR: &'static str = "alias(\"...\")";
    const SPEC: SpecRule = SpecRule::free_text("\"RFC 9110, Section 15.5.5\"");

    fn key(entry: &CheckedEntry) -> (String, Span) {
        (entry.code.to_string(), entry.code_span)
    }

    /// One entry; `None` if it cannot be a variant (its code is unusable).
    fn check(self, family: &Family, errors: &mut Errors) -> Option<CheckedEntry> {
        check(self, family, errors)
    }

    fn replay(entry: &CheckedEntry, attrs: Vec<Attribute>) -> Entry {
        replay::entry(entry, attrs)
    }
}

fn check(entry: Entry, family: &Family, errors: &mut Errors) -> Option<CheckedEntry> {
    let Entry {
        attrs,
        code,
        ident,
        reason,
    } = entry;
    let code_span = code.span();
    let code = check_code(&code, family, errors);
    if check_phrase(&reason, "reason phrase", errors) && family.http_classes {
        check_wire_phrase(&reason, "reason phrase", errors);
    }

    let mut alias_lits = Vec::new();
    let attrs = read::<Codes>(attrs, errors, |attr, errors| {
        if !attr.path().is_ident("alias") {
            return Some(attr);
        }
        match alias_args(&attr) {
            Ok(lits) => alias_lits.extend(lits.into_iter().filter(|lit| {
                check_phrase(lit, "alias", errors)
                    && (!family.http_classes || check_wire_phrase(lit, "alias", errors))
            })),
            Err(e) => errors.push(e),
        }
        None
    });

    let description = first_paragraph(&attrs.docs).unwrap_or_else(|| reason.value());
    Some(CheckedEntry {
        ident,
        attrs,
        description,
        inherited: false,
        own: CodeEntry {
            code: code?,
            code_span,
            reason: reason.value(),
            reason_lit: reason,
            aliases: alias_lits.iter().map(LitStr::value).collect(),
            alias_lits,
        },
    })
}

/// The code literal: an unsuffixed (or `u16`) decimal integer in the family's range.
fn check_code(lit: &Lit, family: &Family, errors: &mut Errors) -> Option<u16> {
    let hint = family.code_hint();
    let int = match lit {
        Lit::Int(int) => int,
        Lit::Str(s) => {
            errors.spanned(
                s.span(),
                format_args!(
                    "the code is a string: write it without quotes, as in `{} Name = ...` ({hint})",
                    s.value()
                ),
            );
            return None;
        }
        other => {
            errors.spanned(other.span(), format_args!("expected the code here: {hint}"));
            return None;
        }
    };
    let digits = match code_digits(int, hint) {
        Ok(digits) => digits,
        Err(message) => {
            errors.spanned(int.span(), message);
            return None;
        }
    };
    let range = format!("{} to {}", family.min, family.max);
    if family.http_classes && digits.len() != 3 {
        errors.spanned(
            int.span(),
            format_args!("`{digits}` is not a 3-digit number: {hint}, from {range}"),
        );
        return None;
    }
    let Ok(value) = digits.parse::<u16>() else {
        errors.spanned(
            int.span(),
            format_args!("code {digits} is out of range: codes of this list go from {range}"),
        );
        return None;
    };
    if value < family.min || value > family.max {
        let what = if family.http_classes && family.min == 100 && family.max == 599 {
            "HTTP status codes go from 100 to 599 (1xx to 5xx)".to_string()
        } else {
            format!("codes of this list go from {range}")
        };
        errors.spanned(
            int.span(),
            format_args!("code {value} is out of range: {what}"),
        );
        return None;
    }
    if !family.classes.is_empty() && family.class_of(value).is_none() {
        let classes: Vec<String> = family
            .classes
            .iter()
            .map(|c| format!("{} ({}..={})", c.ident, c.min, c.max))
            .collect();
        errors.spanned(
            int.span(),
            format_args!(
                "code {value} is in none of the classes of this list: {}",
                classes.join(", ")
            ),
        );
        return None;
    }
    Some(value)
}

/// A reason phrase (or alias): not empty, and nothing RFC 9112 §4
/// forbids in a status line: no CR, LF or other control characters.
pub fn check_phrase(lit: &LitStr, what: &str, errors: &mut Errors) -> bool {
    let value = lit.value();
    if value.trim().is_empty() {
        errors.spanned(
            lit.span(),
            format_args!("the {what} is empty: write the human-readable text, e.g. \"Not Found\""),
        );
        return false;
    }
    if let Some(c) = value.chars().find(|&c| c.is_control() && c != '\t') {
        let name = control_name(c);
        errors.spanned(
            lit.span(),
            format_args!(
                "the {what} contains {name}: a reason phrase ends up in the HTTP status line, where RFC 9112 allows no CR, LF or other control characters"
            ),
        );
        return false;
    }
    if value.trim() != value {
        errors.spanned(
            lit.span(),
            format_args!("the {what} starts or ends with white space: remove it"),
        );
        return false;
    }
    true
}

/// A phrase of an HTTP list (`family.http_classes`: the enum answers HTTP
/// requests): visible ASCII, space and tab only. RFC 9112 §4 lets a reason
/// phrase carry obs-text (bytes above 0x7F) only for compatibility with old
/// senders and says a sender should not generate it; clients decode it as
/// ISO-8859-1 at best. Aliases are former phrases of the code, held to the same
/// rule. Lists of other families never reach a status line and keep Unicode.
fn check_wire_phrase(lit: &LitStr, what: &str, errors: &mut Errors) -> bool {
    let value = lit.value();
    let Some(c) = value.chars().find(|c| !c.is_ascii()) else {
        return true;
    };
    errors.spanned(
        lit.span(),
        format_args!(
            "the {what} contains `{c}` (U+{:04X}), which is not ASCII: the phrases of a list of HTTP status codes go in the status line, where RFC 9112 (Section 4) allows only visible ASCII, space and tab; write the phrase in ASCII, or, if these codes never answer an HTTP request, give the list a non-HTTP family with `#[codes(range = ...)]`",
            u32::from(c)
        ),
    );
    false
}
