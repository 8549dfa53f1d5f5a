//! The rules of what every entry may carry, for both kinds of list: doc
//! comments, `#[doc(...)]`, `#[spec("...")]` and `#[deprecated]`; the kind reads
//! its own attributes (`#[alias]`, `#[method]`), and anything else is refused.
//!
//! An attribute's mistake does not drop its entry: the mistake is reported, and
//! uses of the variant elsewhere get no follow-on errors.

use quote::ToTokens;
use syn::{Attribute, LitStr};

use super::{EntryAttrs, Kind, KindEntry};
use crate::common::{attr_name, doc_line, spec_args, spec_url, Errors, Once};

/// Reads an entry's attributes. `own` is offered each attribute that is not a
/// shared one, and gives it back if it is not the kind's either.
pub fn read<K: Kind>(
    attrs: Vec<Attribute>,
    errors: &mut Errors,
    mut own: impl FnMut(Attribute, &mut Errors) -> Option<Attribute>,
) -> EntryAttrs {
    let mut out = EntryAttrs::default();
    let mut spec = Once::new("`#[spec]`: give all references in one, separated by `;`");
    let mut deprecated = Once::new("`#[deprecated]`");
    for attr in attrs {
        if let Some(line) = doc_line(&attr, K::MACRO, errors) {
            out.docs.push(line);
        } else if attr.path().is_ident("doc") {
            out.doc_attrs.push(attr);
        } else if attr.path().is_ident("spec") {
            match spec_args(&attr) {
                Ok(lit) if check_spec::<K>(&lit, errors) => {
                    spec.set(&attr, lit.value(), errors);
                }
                Ok(_) => {}
                Err(e) => errors.push(e),
            }
        } else if attr.path().is_ident("deprecated") {
            let tokens = attr.to_token_stream();
            deprecated.set(tokens, attr, errors);
        } else if let Some(attr) = own(attr, errors) {
            let name = attr_name(&attr);
            errors.tokens(
                attr.path(),
                format_args!(
                    "unknown attribute `{name}` on a {} entry: an entry takes `///` docs, `#[doc(...)]`, `#[spec(\"...\")]`, `#[{}]` and `#[deprecated]`",
                    K::Entry::KEY,
                    K::Entry::ATTR
                ),
            );
        }
    }
    out.spec = spec.get();
    out.deprecated = deprecated.get();
    out
}

/// What a kind's `#[spec]` references may be.
#[derive(Clone, Copy)]
pub struct SpecRule {
    /// A reference, for messages: `"RFC 9110, Section 15.5.5"`.
    pub example: &'static str,
    /// Every reference must get a link (methods), or may be free text such
    /// as `"nginx"` (codes: vendors' codes cite their vendors).
    pub links: bool,
}

impl SpecRule {
    /// Each reference an RFC, an Internet-Draft or a URL, which gets a link.
    pub const fn linked(example: &'static str) -> SpecRule {
        SpecRule {
            example,
            links: true,
        }
    }

    /// Any one line of text; RFCs, Internet-Drafts and URLs get a link.
    pub const fn free_text(example: &'static str) -> SpecRule {
        SpecRule {
            example,
            links: false,
        }
    }
}

/// `#[spec("RFC 4918, Section 9.1; RFC 8144, Section 2.1")]`: one or more
/// references separated by `;`, none empty, each one line of text; where the
/// kind's rule says so, each an RFC, an Internet-Draft or a URL.
fn check_spec<K: Kind>(lit: &LitStr, errors: &mut Errors) -> bool {
    let mistake = spec_mistake(&lit.value(), K::Entry::SPEC);
    if let Some(message) = &mistake {
        errors.spanned(lit.span(), message);
    }
    mistake.is_none()
}

/// What is wrong with a `#[spec]`'s text, if anything.
fn spec_mistake(value: &str, rule: SpecRule) -> Option<String> {
    let example = rule.example;
    if value.trim().is_empty() {
        return Some(format!(
            "`#[spec]` is empty: name the specification, e.g. {example}"
        ));
    }
    for part in value.split(';').map(str::trim) {
        if part.is_empty() {
            return Some("`#[spec]` has an empty reference: `;` separates references, so remove the extra `;`".to_string());
        }
        if let Some(c) = part.chars().find(|&c| c.is_control()) {
            return Some(format!(
                "the `#[spec]` reference contains {}: a reference is one line of text",
                control_name(c)
            ));
        }
        if rule.links && spec_url(part).is_none() {
            return Some(format!(
                "malformed reference {part:?} in `#[spec]`: write an RFC as {example}, or an Internet-Draft name, or a URL; separate several with `;`"
            ));
        }
    }
    (value.trim() != value)
        .then(|| "the `#[spec]` reference starts or ends with white space: remove it".to_string())
}

/// How messages name a control character: `a line feed (LF, `\n`)`.
pub fn control_name(c: char) -> String {
    match c {
        '\r' => "a carriage return (CR, `\\r`)".to_string(),
        '\n' => "a line feed (LF, `\\n`)".to_string(),
        '\t' => "a tab".to_string(),
        other => format!("the control character U+{:04X}", u32::from(other)),
    }
}
