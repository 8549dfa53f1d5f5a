//! Every compile-time check of a method list. Each mistake is reported on
//! the token that carries it, and all of a list's mistakes are reported at
//! once; an entry with a mistake is left out of the enum, except where only its
//! attributes are wrong.

use std::collections::HashMap;

use quote::ToTokens;
use syn::{Attribute, Ident, Lit};

use super::attr::{flags, settings};
use super::model::{Checked, CheckedEntry, Entry, Flags, MethodList};
use super::replay::Replay;
use crate::common::{
    attr_name, doc_line, first_paragraph, spec_args, spec_url, Errors, Once, Runtime,
};

const ENTRY_ATTRS: &str =
    "`///` docs, `#[doc(...)]`, `#[spec(\"...\")]`, `#[method(...)]` and `#[deprecated]`";

/// The tchar set of RFC 9110, Section 5.6.2, besides ASCII letters and digits.
const TCHAR_SYMBOLS: &str = "!#$%&'*+-.^_`|~";

pub fn check(list: MethodList, base: Option<Replay>) -> (Option<Checked>, Option<syn::Error>) {
    let mut errors = Errors::default();
    let unreadable_entries = list.syntax_errors.is_some();
    if let Some(syntax) = list.syntax_errors {
        errors.push(syntax);
    }
    let is_extension = base.is_some();
    let (runtime, own_path, docs, attrs) = enum_attrs(list.attrs, is_extension, &mut errors);

    let mut entries = Vec::new();
    let mut root_path = own_path;
    let mut base_name = None;
    let base_is_extension = base.as_ref().is_some_and(|b| !b.is_root);
    if let Some(base) = base {
        if let Some(settings_attr) = &base.settings {
            root_path = settings(settings_attr, &mut errors)
                .ok()
                .and_then(|s| s.path);
        }
        for entry in base.entries {
            if let Some(mut e) = check_entry(entry, &mut errors) {
                e.inherited = true;
                entries.push(e);
            }
        }
        base_name = Some(base.name);
    }
    let inherited = entries.len();
    // Entries that could not be read are reported already: the list is not empty.
    let had_entries = !list.entries.is_empty() || unreadable_entries;
    for entry in list.entries {
        if let Some(e) = check_entry(entry, &mut errors) {
            if unique(&entries, inherited, base_name.as_ref(), &e, &mut errors) {
                entries.push(e);
            }
        }
    }
    if entries.is_empty() && !had_entries {
        errors.spanned(
            list.brace_span,
            "a method list needs at least one method, e.g. `Purge = \"PURGE\"`",
        );
        return (None, errors.finish());
    }
    if entries.len() > usize::from(u16::MAX) {
        errors.spanned(
            list.brace_span,
            "a method list holds at most 65,535 methods",
        );
        return (None, errors.finish());
    }
    let base = list.extends.zip(base_name);
    let model = Checked {
        runtime,
        base,
        base_is_extension,
        attrs,
        docs,
        vis: list.vis,
        ident: list.ident,
        root_path,
        entries,
    };
    (Some(model), errors.finish())
}

/// The enum's own attributes: docs, `#[methods(...)]`, and what passes through.
fn enum_attrs(
    all: Vec<Attribute>,
    is_extension: bool,
    errors: &mut Errors,
) -> (Runtime, Option<syn::Path>, Vec<String>, Vec<Attribute>) {
    let mut docs = Vec::new();
    let mut attrs = Vec::new();
    let mut path = Once::new("`path`");
    let mut krate = Once::new("`crate`");
    for attr in all {
        if let Some(line) = doc_line(&attr, "methods!", errors) {
            docs.push(line);
        } else if attr.path().is_ident("methods") {
            match settings(&attr, errors) {
                Ok(s) => {
                    if let Some(p) = s.path {
                        if is_extension {
                            errors.tokens(
                                &p,
                                "an extension takes only `crate = ...` in `#[methods]`: its methods and path come from the enum it extends",
                            );
                        } else {
                            path.set(&attr, p, errors);
                        }
                    }
                    if let Some(k) = s.krate {
                        krate.set(&attr, k, errors);
                    }
                }
                Err(e) => errors.push(e),
            }
        } else if let Some(attr) =
            crate::common::without_generated_derives(attr, "methods!", errors)
        {
            attrs.push(attr);
        }
    }
    let runtime = krate
        .get()
        .map_or_else(Runtime::default, |k| Runtime::new(&k));
    (runtime, path.get(), docs, attrs)
}

/// One entry: its token, its name, its attributes.
fn check_entry(entry: Entry, errors: &mut Errors) -> Option<CheckedEntry> {
    let Entry {
        attrs,
        ident,
        token,
    } = entry;
    let token_span = token.span();
    let token = check_token(&token, errors);
    if let Some(token) = &token {
        check_name(&ident, token, errors);
    }
    let mut docs = Vec::new();
    let mut doc_attrs = Vec::new();
    let mut spec = Once::new("`#[spec]`: give all references in one, separated by `;`");
    let mut method = Once::new("`#[method]`: put all flags in one attribute");
    let mut deprecated = Once::new("`#[deprecated]`");
    let mut entry_flags = Flags::default();
    for attr in attrs {
        if let Some(line) = doc_line(&attr, "methods!", errors) {
            docs.push(line);
        } else if attr.path().is_ident("doc") {
            doc_attrs.push(attr);
        } else if attr.path().is_ident("spec") {
            match spec_args(&attr) {
                Ok(lit) => {
                    if check_spec(&lit, errors) {
                        spec.set(&attr, lit.value(), errors);
                    }
                }
                Err(e) => errors.push(e),
            }
        } else if attr.path().is_ident("method") {
            if method.set(&attr, (), errors) {
                match flags(&attr, &mut entry_flags, errors) {
                    Ok(()) => check_flags(&attr, entry_flags, errors),
                    Err(e) => errors.push(e),
                }
            }
        } else if attr.path().is_ident("deprecated") {
            let tokens = attr.to_token_stream();
            deprecated.set(tokens, attr, errors);
        } else {
            let name = attr_name(&attr);
            errors.tokens(
                attr.path(),
                format_args!(
                    "unknown attribute `{name}` on a method entry: an entry takes {ENTRY_ATTRS}"
                ),
            );
        }
    }
    let token = token?;
    let description = first_paragraph(&docs).unwrap_or_else(|| format!("The `{token}` method."));
    Some(CheckedEntry {
        ident,
        token,
        token_span,
        docs,
        doc_attrs,
        description,
        spec: spec.get(),
        flags: entry_flags,
        deprecated: deprecated.get(),
        inherited: false,
    })
}

/// A method is a token (RFC 9110, Section 9.1 and 5.6.2), written as a string.
fn check_token(lit: &Lit, errors: &mut Errors) -> Option<String> {
    let Lit::Str(s) = lit else {
        let message = match lit {
            Lit::Char(c) => format!(
                "the method's token is a char: write it as a string, in double quotes: `\"{}\"`",
                c.value()
            ),
            Lit::ByteStr(b) => format!(
                "the method's token is a byte string: write it as a plain string, without `b`: `{:?}`",
                String::from_utf8_lossy(&b.value())
            ),
            _ => "expected the method's token as a string literal, e.g. `\"PURGE\"`".to_string(),
        };
        errors.spanned(lit.span(), message);
        return None;
    };
    let token = s.value();
    if token.is_empty() {
        errors.spanned(
            s.span(),
            "the method's token is empty: a method is at least one character, e.g. \"PURGE\"",
        );
        return None;
    }
    if token == "*" {
        errors.spanned(
            s.span(),
            "`*` is reserved in the method registry (the wildcard of `Access-Control-Request-Method`), not a method",
        );
        return None;
    }
    if let Some(c) = token.chars().find(|&c| !is_tchar(c)) {
        let shown = match c {
            ' ' => "a space".to_string(),
            '\t' => "a tab".to_string(),
            c if c.is_control() => format!("the control character U+{:04X}", u32::from(c)),
            c => format!("`{c}`"),
        };
        errors.spanned(
            s.span(),
            format_args!(
                "{token:?} is not a method token: {shown} is not allowed; a method is ASCII letters, digits and {TCHAR_SYMBOLS} (RFC 9110, Section 5.6.2)"
            ),
        );
        return None;
    }
    if token.bytes().any(|b| b.is_ascii_lowercase()) {
        // Legal (RFC 9110 tokens are case-sensitive), but every registered
        // method and every client's purge or ban is upper-case: a lower-case
        // token is a method nobody sends, and a typo the compiler can catch.
        errors.spanned(
            s.span(),
            format_args!(
                "{token:?} has lower-case letters, but methods are case-sensitive and upper-case by convention (every registered one is): clients send {upper:?}, so write {upper:?}",
                upper = token.to_ascii_uppercase()
            ),
        );
        return None;
    }
    Some(token)
}

fn is_tchar(c: char) -> bool {
    c.is_ascii_alphanumeric() || TCHAR_SYMBOLS.contains(c)
}

/// The variant spells its token: `UpperCamelCase` of its parts between symbols
/// (`VERSION-CONTROL` is `VersionControl`). Tokens with no such spelling (no
/// letters, or a leading digit) may be named freely.
fn check_name(ident: &Ident, token: &str, errors: &mut Errors) {
    let Some(expected) = variant_name(token) else {
        return;
    };
    if ident != expected.as_str() {
        let example = if token == "VERSION-CONTROL" {
            ""
        } else {
            " (`VERSION-CONTROL` is `VersionControl`)"
        };
        errors.spanned(
            ident.span(),
            format_args!(
                "the variant for \"{token}\" must be named `{expected}`, not `{ident}`: a variant spells its token in UpperCamelCase, starting a new word after `-` and other symbols{example}"
            ),
        );
    }
}

/// `VERSION-CONTROL` -> `VersionControl`; `None` when that is not an identifier.
pub fn variant_name(token: &str) -> Option<String> {
    let name: String = token
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase());
            first
                .into_iter()
                .chain(chars.map(|c| c.to_ascii_lowercase()))
                .collect::<String>()
        })
        .collect();
    let starts_with_letter = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    starts_with_letter.then_some(name)
}

/// `#[spec("RFC 4918, Section 9.1; RFC 8144, Section 2.1")]`: each reference
/// one rustdoc can link (an RFC, an Internet-Draft, a URL).
fn check_spec(lit: &syn::LitStr, errors: &mut Errors) -> bool {
    let value = lit.value();
    if value.trim().is_empty() {
        errors.spanned(
            lit.span(),
            "`#[spec]` is empty: name the specification, e.g. \"RFC 9110, Section 9.3.1\"",
        );
        return false;
    }
    for part in value.split(';').map(str::trim) {
        if part.is_empty() {
            errors.spanned(
                lit.span(),
                "`#[spec]` has an empty reference: `;` separates references, so remove the extra `;`",
            );
            return false;
        }
        let malformed = part.chars().any(char::is_control) || spec_url(part).is_none();
        if malformed {
            errors.spanned(
                lit.span(),
                format_args!(
                    "malformed reference {part:?} in `#[spec]`: write an RFC as \"RFC 9110, Section 9.3.1\", or an Internet-Draft name, or a URL; separate several with `;`"
                ),
            );
            return false;
        }
    }
    true
}

/// What RFC 9110 says about the flags together.
fn check_flags(attr: &Attribute, f: Flags, errors: &mut Errors) {
    if f.safe && !f.idempotent {
        errors.tokens(
            attr,
            "a safe method is idempotent too (RFC 9110, Section 9.2.2): add `idempotent`",
        );
    }
    if f.cacheable && !f.safe {
        errors.tokens(
            attr,
            "`cacheable` is for safe methods whose responses a cache may reuse for the same request (GET, HEAD, QUERY): add `safe`, or remove `cacheable`",
        );
    }
}

/// Whether `e` is new: its token and name not taken by the
/// base (`entries[..inherited]`) or an earlier entry.
fn unique(
    entries: &[CheckedEntry],
    inherited: usize,
    base: Option<&Ident>,
    e: &CheckedEntry,
    errors: &mut Errors,
) -> bool {
    let by_token: HashMap<&str, usize> = entries
        .iter()
        .enumerate()
        .map(|(i, x)| (x.token.as_str(), i))
        .collect();
    if let Some(&i) = by_token.get(e.token.as_str()) {
        let first = &entries[i];
        match base.filter(|_| i < inherited) {
            Some(base) => errors.spanned(
                e.token_span,
                format_args!(
                    "`{}` is already {base}::{}: a custom method must not reuse a token of the enum it extends",
                    e.token, first.ident
                ),
            ),
            None => errors.duplicate_at(
                e.token_span,
                format_args!(
                    "duplicate method `{}`: each method may appear only once in a list",
                    e.token
                ),
                first.token_span,
            ),
        }
        return false;
    }
    if let Some(i) = entries.iter().position(|x| x.ident == e.ident) {
        let first = &entries[i];
        match base.filter(|_| i < inherited) {
            Some(base) => errors.spanned(
                e.ident.span(),
                format_args!(
                    "`{}` is already {base}::{} (`{}`): a custom method needs a name the enum it extends does not use",
                    e.ident, first.ident, first.token
                ),
            ),
            None => errors.duplicate_at(
                e.ident.span(),
                format_args!(
                    "duplicate variant name `{}`: it already names `{}`",
                    e.ident, first.token
                ),
                first.ident.span(),
            ),
        }
        return false;
    }
    true
}
