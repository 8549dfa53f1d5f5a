//! Every compile-time check of a code list. Nothing here emits tokens: the
//! checks turn a [`CodeList`] into a [`Checked`] model holding the entries that
//! passed, plus one combined `syn::Error` with every mistake found, each
//! spanned on the token to fix. Expansion then emits the enum from the valid
//! entries *and* the errors, so a single mistake does not cascade into
//! "no variant named ..." errors all over the user's crate.

use std::collections::HashMap;

use proc_macro2::Span;
use quote::ToTokens;
use syn::{Attribute, Expr, ExprLit, Ident, Lit, LitStr, Meta, Path};

use crate::ast::{
    Base, Checked, CheckedEntry, ClassDef, CodeList, DeriveArm, DeriveModel, Entry, Family,
    StatusArg,
};
use crate::parse::{alias_args, family_args, spec_args, status_attr, StatusAttr};

/// Collects errors and folds them into one (`serde_derive`'s `Ctxt`, minus the
/// drop bomb: `finish` consumes it, so it cannot be forgotten silently).
#[derive(Default)]
pub struct Errors(Option<syn::Error>);

impl Errors {
    pub fn push(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(all) => all.combine(error),
            None => self.0 = Some(error),
        }
    }

    pub fn spanned(&mut self, span: Span, message: impl std::fmt::Display) {
        self.push(syn::Error::new(span, message));
    }

    /// An error covering all of `tokens` (on stable Rust, `Spanned::span` of a
    /// multi-token node is only its first token).
    pub fn tokens(&mut self, tokens: impl ToTokens, message: impl std::fmt::Display) {
        self.push(syn::Error::new_spanned(tokens, message));
    }

    /// `duplicate` for single tokens known by their spans.
    pub fn duplicate_at(&mut self, second: Span, message: impl std::fmt::Display, first: Span) {
        let mut error = syn::Error::new(second, message);
        error.combine(syn::Error::new(first, "first defined here"));
        self.push(error);
    }

    /// An error on `second` with a note on `first`, for duplicates.
    pub fn duplicate(
        &mut self,
        second: impl ToTokens,
        message: impl std::fmt::Display,
        first: impl ToTokens,
    ) {
        let mut error = syn::Error::new_spanned(second, message);
        error.combine(syn::Error::new_spanned(first, "first defined here"));
        self.push(error);
    }

    pub fn finish(self) -> Option<syn::Error> {
        self.0
    }
}

const ENTRY_ATTRS: &str =
    "`///` docs, `#[doc(...)]`, `#[spec(\"...\")]`, `#[alias(\"...\")]` and `#[deprecated]`";

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

/// Checks a parsed list (and, for an extension, its base). Returns the model
/// of the valid part and the errors.
pub fn check(list: CodeList, mut base: Option<Base>) -> (Checked, Option<syn::Error>) {
    let mut errors = Errors::default();

    let mut docs = Vec::new();
    let mut attrs = Vec::new();
    let mut family_attr = None;
    for attr in list.attrs {
        if let Some(line) = doc_line(&attr, &mut errors) {
            docs.push(line);
        } else if attr.path().is_ident("repr") {
            errors.tokens(
                &attr,
                "`codes!` gives the enum `#[repr(u16)]` itself (the discriminant is the code): remove this `#[repr]`",
            );
        } else if attr.path().is_ident("codes") {
            if base.is_some() {
                errors.tokens(
                    &attr,
                    "an extension keeps the code range and classes of the enum it extends: remove this `#[codes]`",
                );
            } else if family_attr.is_some() {
                errors.tokens(
                    &attr,
                    "duplicate `#[codes]`: put all settings in one attribute",
                );
            } else {
                family_attr = Some(attr);
            }
        } else {
            attrs.push(attr);
        }
    }

    let base_family_attr = base.as_mut().and_then(|b| b.family_attr.take());
    let base_is_extension = base.as_ref().is_some_and(|b| !b.is_root);
    let family = match family_attr.or(base_family_attr) {
        Some(attr) => check_family(attr, &mut errors),
        None => Family::http(),
    };

    if list.entries.is_empty() && base.is_none() {
        errors.spanned(
            list.brace_span,
            "a code list needs at least one entry, such as `404 NotFound = \"Not Found\"`",
        );
    }

    let mut by_code: HashMap<u16, First<Span>> = HashMap::new();
    let mut by_name: HashMap<String, First<Ident>> = HashMap::new();
    let mut by_phrase: HashMap<String, First<Span>> = HashMap::new();
    let mut entries = Vec::new();

    // The base's entries were checked when the base was defined; they are only
    // recorded here so that the extension's entries can be checked against them.
    let base_name = base.as_ref().map(|b| b.name.clone());
    if let Some(base) = base {
        let mut base_errors = Errors::default();
        for entry in base.entries {
            if let Some(mut checked) = check_entry(entry, &family, &mut base_errors) {
                let variant = format!("{}::{}", base.name, checked.ident);
                let code = checked.code;
                by_code.insert(code, First::base(&variant, code));
                by_name.insert(checked.ident.to_string(), First::base(&variant, code));
                for lit in std::iter::once(&checked.reason_lit).chain(&checked.alias_lits) {
                    by_phrase.insert(
                        lit.value().to_ascii_lowercase(),
                        First::base(&variant, code),
                    );
                }
                checked.inherited = true;
                entries.push(checked);
            }
        }
        if let Some(error) = base_errors.finish() {
            // Only possible if the base's list macro was hand-edited or comes from
            // another version of `codes!`.
            errors.push(error);
        }
    }

    for entry in list.entries {
        let Some(checked) = check_entry(entry, &family, &mut errors) else {
            continue;
        };
        let mut ok = true;
        let name = checked.ident.to_string();
        match by_name.get(&name) {
            Some(First::Here(first)) => {
                errors.duplicate(
                    &checked.ident,
                    format_args!("duplicate variant name `{name}`: each entry needs its own name"),
                    first,
                );
                ok = false;
            }
            Some(First::Base { variant, code }) => {
                errors.tokens(
                    &checked.ident,
                    format_args!(
                        "`{name}` is already {variant} ({code}): a custom code needs a name the base does not use"
                    ),
                );
                ok = false;
            }
            None => {}
        }
        match by_code.get(&checked.code) {
            Some(First::Here(first)) => {
                errors.duplicate_at(
                    checked.code_span,
                    format_args!(
                        "duplicate code {}: each code may appear only once in a list",
                        checked.code
                    ),
                    *first,
                );
                ok = false;
            }
            Some(First::Base { variant, .. }) => {
                errors.spanned(
                    checked.code_span,
                    format_args!(
                        "{} is already {variant}: a custom code must not reuse a code of the enum it extends",
                        checked.code
                    ),
                );
                ok = false;
            }
            None => {}
        }
        if !ok {
            continue;
        }
        by_name.insert(name, First::Here(checked.ident.clone()));
        by_code.insert(checked.code, First::Here(checked.code_span));
        // Phrases and aliases must be unique (ignoring ASCII case), or `FromStr`
        // could not tell the codes apart.
        for lit in std::iter::once(&checked.reason_lit).chain(&checked.alias_lits) {
            let phrase = lit.value();
            let key = phrase.to_ascii_lowercase();
            match by_phrase.get(&key) {
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
                    by_phrase.insert(key, First::Here(lit.span()));
                }
            }
        }
        entries.push(checked);
    }
    entries.sort_by_key(|e| e.code);

    let checked = Checked {
        base: list.extends.zip(base_name),
        base_is_extension,
        attrs,
        docs,
        vis: list.vis,
        ident: list.ident,
        family,
        entries,
    };
    (checked, errors.finish())
}

/// `#[codes(range = A..=B, classes(A..=B Name, ...))]`: the family of a list.
fn check_family(attr: Attribute, errors: &mut Errors) -> Family {
    let mut family = Family::http();
    // When the attribute itself is wrong, check entries against no family at all,
    // rather than HTTP's, which would add errors that are not the user's.
    let permissive = |attr| Family {
        min: 0,
        max: u16::MAX,
        http_classes: false,
        classes: Vec::new(),
        attr: Some(attr),
        root_path: None,
    };
    let args = match family_args(&attr) {
        Ok(args) => args,
        Err(e) => {
            errors.push(e);
            return permissive(attr);
        }
    };
    let bound = |lit: &syn::LitInt, errors: &mut Errors| {
        let value = lit.base10_parse::<u16>().ok();
        if value.is_none() {
            errors.tokens(lit, "a code range bound must be an integer from 0 to 65535");
        }
        value
    };
    if let Some((min_lit, max_lit)) = &args.range {
        if let (Some(min), Some(max)) = (bound(min_lit, errors), bound(max_lit, errors)) {
            if min > max {
                errors.tokens(max_lit, format_args!("empty range: {min} is above {max}"));
                return permissive(attr);
            }
            family.min = min;
            family.max = max;
        } else {
            return permissive(attr);
        }
    }
    let mut classes: Vec<ClassDef> = Vec::new();
    for (min_lit, max_lit, ident) in args.classes {
        let (Some(min), Some(max)) = (bound(&min_lit, errors), bound(&max_lit, errors)) else {
            continue;
        };
        if min > max {
            errors.tokens(
                &max_lit,
                format_args!("empty class range: {min} is above {max}"),
            );
        } else if min < family.min || max > family.max {
            errors.tokens(
                &min_lit,
                format_args!(
                    "class `{ident}` ({min}..={max}) is outside the code range {}..={}",
                    family.min, family.max
                ),
            );
        } else if let Some(other) = classes.iter().find(|c| c.min <= max && min <= c.max) {
            errors.tokens(
                &min_lit,
                format_args!("class `{ident}` overlaps class `{}`", other.ident),
            );
        } else if let Some(other) = classes.iter().find(|c| c.ident == ident) {
            errors.duplicate(&ident, "duplicate class name", &other.ident);
        } else {
            classes.push(ClassDef { min, max, ident });
        }
    }
    classes.sort_by_key(|c| c.min);
    // HTTP's classes apply to lists that stay within 100..=599 and declare no classes.
    family.http_classes = classes.is_empty() && family.min >= 100 && family.max <= 599;
    family.classes = classes;
    family.root_path = args.path;
    family.attr = Some(attr);
    family
}

/// Checks one entry; `None` if it cannot be part of the enum.
fn check_entry(entry: Entry, family: &Family, errors: &mut Errors) -> Option<CheckedEntry> {
    let Entry {
        attrs,
        code,
        ident,
        reason,
    } = entry;
    let code_span = code.span();
    let code = check_code(&code, family, errors);
    let reason_ok = check_phrase(&reason, "reason phrase", errors);

    let mut docs = Vec::new();
    let mut doc_attrs = Vec::new();
    let mut spec: Option<(proc_macro2::TokenStream, String)> = None;
    let mut alias_lits = Vec::new();
    let mut deprecated: Option<Attribute> = None;
    let mut attrs_ok = true;
    for attr in attrs {
        if let Some(line) = doc_line(&attr, errors) {
            docs.push(line);
        } else if attr.path().is_ident("doc") {
            doc_attrs.push(attr);
        } else if attr.path().is_ident("spec") {
            match spec_args(&attr) {
                Ok(lit) => {
                    if let Some((first, _)) = &spec {
                        errors.duplicate(
                            &attr,
                            "duplicate `#[spec]`: give one reference per code",
                            first,
                        );
                        attrs_ok = false;
                    } else if lit.value().trim().is_empty() {
                        errors.spanned(lit.span(), "`#[spec]` is empty: name the specification, e.g. \"RFC 9110, Section 15.5.5\"");
                        attrs_ok = false;
                    } else if !check_phrase(&lit, "`#[spec]` reference", errors) {
                        attrs_ok = false;
                    } else {
                        spec = Some((attr.to_token_stream(), lit.value()));
                    }
                }
                Err(e) => {
                    errors.push(e);
                    attrs_ok = false;
                }
            }
        } else if attr.path().is_ident("alias") {
            match alias_args(&attr) {
                Ok(lits) => {
                    for lit in lits {
                        if check_phrase(&lit, "alias", errors) {
                            alias_lits.push(lit);
                        } else {
                            attrs_ok = false;
                        }
                    }
                }
                Err(e) => {
                    errors.push(e);
                    attrs_ok = false;
                }
            }
        } else if attr.path().is_ident("deprecated") {
            if let Some(first) = &deprecated {
                errors.duplicate(&attr, "duplicate `#[deprecated]`", first);
                attrs_ok = false;
            } else {
                deprecated = Some(attr);
            }
        } else {
            let name = attr_name(&attr);
            errors.tokens(
                attr.path(),
                format_args!(
                    "unknown attribute `{name}` on a code entry: an entry takes {ENTRY_ATTRS}"
                ),
            );
            attrs_ok = false;
        }
    }

    let code = code?;
    if !reason_ok || !attrs_ok {
        return None;
    }
    let description = first_paragraph(&docs).unwrap_or_else(|| reason.value());
    Some(CheckedEntry {
        code,
        code_span,
        ident,
        reason: reason.value(),
        reason_lit: reason,
        docs,
        doc_attrs,
        description,
        spec: spec.map(|(_, s)| s),
        aliases: alias_lits.iter().map(LitStr::value).collect(),
        alias_lits,
        deprecated,
        inherited: false,
    })
}

/// The code literal: an unsuffixed (or `u16`) decimal integer in the family's range.
fn check_code(lit: &Lit, family: &Family, errors: &mut Errors) -> Option<u16> {
    let digits_hint = if family.http_classes {
        "an HTTP status code is a 3-digit integer literal such as `404`"
    } else {
        "a code is a decimal integer literal such as `1001`"
    };
    let int = match lit {
        Lit::Int(int) => int,
        Lit::Str(s) => {
            errors.spanned(
                s.span(),
                format_args!("the code is a string: write it without quotes, as in `{} Name = ...` ({digits_hint})", s.value()),
            );
            return None;
        }
        other => {
            errors.spanned(
                other.span(),
                format_args!("expected the code here: {digits_hint}"),
            );
            return None;
        }
    };
    match int.suffix() {
        "" | "u16" => {}
        suffix => {
            errors.spanned(
                int.span(),
                format_args!("the code has the suffix `{suffix}`: codes are `u16`, write the number without a suffix"),
            );
            return None;
        }
    }
    let text = int.token().to_string();
    let digits = text.strip_suffix(int.suffix()).unwrap_or(&text);
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        errors.spanned(
            int.span(),
            format_args!(
                "the code `{text}` must be written as a plain decimal number: {digits_hint}"
            ),
        );
        return None;
    }
    if digits.len() > 1 && digits.starts_with('0') {
        errors.spanned(
            int.span(),
            format_args!("the code `{text}` has a leading zero: {digits_hint}"),
        );
        return None;
    }
    let range = format!("{} to {}", family.min, family.max);
    if family.http_classes && digits.len() != 3 {
        errors.spanned(
            int.span(),
            format_args!("`{digits}` is not a 3-digit number: {digits_hint}, from {range}"),
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

/// A reason phrase (or alias, or spec): not empty, and nothing RFC 9112 §4
/// forbids in a status line: no CR, LF or other control characters.
fn check_phrase(lit: &LitStr, what: &str, errors: &mut Errors) -> bool {
    let value = lit.value();
    if value.trim().is_empty() {
        errors.spanned(
            lit.span(),
            format_args!("the {what} is empty: write the human-readable text, e.g. \"Not Found\""),
        );
        return false;
    }
    if let Some(c) = value.chars().find(|&c| c.is_control() && c != '\t') {
        let name = match c {
            '\r' => "a carriage return (CR, `\\r`)".to_string(),
            '\n' => "a line feed (LF, `\\n`)".to_string(),
            other => format!("the control character U+{:04X}", u32::from(other)),
        };
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

/// The text of a `///` line or `#[doc = "..."]`; `None` for other attributes,
/// including `#[doc(...)]` lists.
fn doc_line(attr: &Attribute, errors: &mut Errors) -> Option<String> {
    if !attr.path().is_ident("doc") {
        return None;
    }
    // `#[doc(hidden)]`, `#[doc(alias = "...")]`: not a line, passed through as is.
    let Meta::NameValue(nv) = &attr.meta else {
        return None;
    };
    if let Expr::Lit(ExprLit {
        lit: Lit::Str(s), ..
    }) = &nv.value
    {
        Some(s.value())
    } else {
        errors.tokens(
            &nv.value,
            "`codes!` needs doc comments as plain string literals (`///` or `#[doc = \"...\"]`)",
        );
        Some(String::new())
    }
}

fn attr_name(attr: &Attribute) -> String {
    let path = attr.path();
    path.segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect::<Vec<_>>()
        .join("::")
}

/// The first paragraph of some doc lines, as one line. White space (CR and LF
/// included, which `#[doc = "..."]` can hold) is folded to single spaces and
/// other control characters are dropped, so that a description can never break
/// a header or status line it is copied into.
fn first_paragraph(docs: &[String]) -> Option<String> {
    let all = docs.join("\n").replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = all
        .split('\n')
        .map(str::trim)
        .skip_while(|l| l.is_empty())
        .take_while(|l| !l.is_empty())
        .collect();
    let text: String = lines
        .join(" ")
        .chars()
        .filter(|c| !c.is_control() || c.is_whitespace())
        .collect();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        None
    } else {
        Some(text)
    }
}

/// Checks a `#[derive(Status)]` input: attribute forms, a status for every
/// variant, `transparent` only on single-field variants, one code enum. What
/// only the compiler can know (that a name is a variant of the code enum, that a
/// number is one of its codes) is checked by the generated code, on the user's token.
pub fn check_derive(input: syn::DeriveInput) -> Result<DeriveModel, syn::Error> {
    let syn::DeriveInput {
        attrs,
        ident,
        generics,
        data,
        ..
    } = input;
    let mut errors = Errors::default();
    let mut container: Option<StatusAttr> = None;
    let mut container_attr: Option<&Attribute> = None;
    // After a mistake in the enum's own attribute, "variant has no status" would
    // mostly repeat it: those errors are left out then.
    let mut container_ok = true;
    for attr in &attrs {
        if !attr.path().is_ident("status") {
            continue;
        }
        if let Some(first) = container_attr {
            errors.duplicate(attr, "duplicate `#[status]`", first);
            continue;
        }
        container_attr = Some(attr);
        match status_attr(attr) {
            Ok(parsed) => container = Some(parsed),
            Err(e) => {
                errors.push(e);
                container_ok = false;
            }
        }
    }

    let mut arms = Vec::new();
    let mut default = None;
    let mut codes_path: Option<Path> = None;
    match data {
        syn::Data::Union(u) => {
            errors.tokens(
                u.union_token,
                "`#[derive(Status)]` works on enums and structs, not unions",
            );
        }
        syn::Data::Struct(s) => match container {
            Some(StatusAttr::Status(status)) => {
                check_transparent(&status, &s.fields, "the struct", &mut errors);
                arms.push(DeriveArm {
                    variant: None,
                    fields: s.fields,
                    status: Some(status),
                });
            }
            Some(StatusAttr::Settings { .. }) => errors.tokens(
                container_attr,
                "on a struct, `#[status(...)]` names the status itself, e.g. `#[status(NotFound)]`",
            ),
            None => errors.tokens(
                &ident,
                "`#[derive(Status)]` needs the struct's status: add `#[status(NotFound)]`, `#[status(404)]` or `#[status(transparent)]`",
            ),
        },
        syn::Data::Enum(e) => {
            match container {
                Some(StatusAttr::Settings { default: d, codes }) => {
                    if let Some(StatusArg::Transparent(t)) = &d {
                        errors.tokens(t, "`transparent` cannot be a default: it needs a field");
                        container_ok = false;
                    } else {
                        default = d;
                    }
                    codes_path = codes;
                }
                Some(StatusAttr::Status(_)) => {
                    errors.tokens(
                        container_attr,
                        "on an enum, put `#[status(...)]` on each variant, or set a default with `#[status(default = InternalServerError)]`",
                    );
                    container_ok = false;
                }
                None => {}
            }
            for variant in e.variants {
                let mut status = None;
                let mut first: Option<&Attribute> = None;
                for attr in variant.attrs.iter().filter(|a| a.path().is_ident("status")) {
                    if let Some(first) = first {
                        errors.duplicate(attr, "duplicate `#[status]` on a variant", first);
                        continue;
                    }
                    first = Some(attr);
                    match status_attr(attr) {
                        Ok(StatusAttr::Status(arg)) => status = Some(arg),
                        Ok(StatusAttr::Settings { .. }) => errors.tokens(
                            attr,
                            "`default` and `codes` go on the enum; on a variant, name its status: `#[status(NotFound)]`",
                        ),
                        Err(e) => errors.push(e),
                    }
                }
                // `None` in an arm means "the enum's default".
                match (&status, &default, first) {
                    (Some(_), _, _) | (None, Some(_), _) => {}
                    // Its attribute, or the enum's, was malformed and is reported.
                    (None, None, Some(_)) => continue,
                    (None, None, None) if !container_ok => continue,
                    (None, None, None) => {
                        errors.tokens(
                            &variant.ident,
                            format_args!(
                                "variant `{}` has no status: add `#[status(...)]` to it, e.g. `#[status(NotFound)]`, or set a default on the enum with `#[status(default = InternalServerError)]`",
                                variant.ident
                            ),
                        );
                        continue;
                    }
                }
                let what = format!("variant `{}`", variant.ident);
                let usable = status
                    .as_ref()
                    .map_or(true, |s| check_transparent(s, &variant.fields, &what, &mut errors));
                if usable {
                    arms.push(DeriveArm {
                        variant: Some(variant.ident),
                        fields: variant.fields,
                        status,
                    });
                }
            }
        }
    }

    // The code enum: named with `codes = ...`, or by the paths the variants use.
    let mut code_type = codes_path.as_ref().map(ToTokens::to_token_stream);
    if code_type.is_none() {
        let mut seen: Option<(String, &Path)> = None;
        for status in arms
            .iter()
            .filter_map(|a| a.status.as_ref())
            .chain(&default)
        {
            let StatusArg::Path(path) = status else {
                continue;
            };
            // The path without its last segment (the variant): the code enum.
            let leading = &path.leading_colon;
            let segments = path.segments.iter().take(path.segments.len() - 1);
            let prefix = quote::quote!(#leading #(#segments)::*);
            let key = prefix.to_string();
            match &seen {
                None => {
                    code_type = Some(prefix);
                    seen = Some((key, path));
                }
                Some((first_key, first)) if *first_key != key => errors.duplicate(
                    path,
                    "statuses of one type must come from one code enum; name it with `#[status(codes = ...)]` on the enum",
                    first,
                ),
                Some(_) => {}
            }
        }
    }
    let code_type = code_type.unwrap_or_else(|| quote::quote!(::codes_core::StatusCode));

    match errors.finish() {
        Some(e) => Err(e),
        None => Ok(DeriveModel {
            ident,
            generics,
            code_type,
            default,
            arms,
        }),
    }
}

/// `transparent` needs exactly one field. Returns whether the status is usable.
fn check_transparent(
    status: &StatusArg,
    fields: &syn::Fields,
    what: &str,
    errors: &mut Errors,
) -> bool {
    let StatusArg::Transparent(keyword) = status else {
        return true;
    };
    if fields.len() == 1 {
        return true;
    }
    errors.tokens(
        keyword,
        format_args!(
            "`#[status(transparent)]` uses the status of a single field, but {what} has {} fields",
            fields.len()
        ),
    );
    false
}
