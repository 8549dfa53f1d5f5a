//! Every rule of an error type, once, each reported by the derive that owns it
//! (`ctxt.rs`): `Status`'s about statuses, `Problem`'s about problems. This
//! file emits no tokens.
//!
//! What codes-core's rules decide of a literal (owned header fields, standard
//! member names, the form of `type` and `title`, which header fields may
//! repeat) is decided here too, by the same functions: `problem_rules.rs` is
//! codes-core's `problem::rules`, the same file.
//!
//! What only the compiler can know is checked by the generated code, on the
//! user's token: that a name is a variant of the code enum, that a number is
//! one of its codes, that two paths name one code enum, that the code enum
//! holds HTTP statuses, that fields serialise or display, that no status named
//! by path or in an enum other than the registry is a 1xx (`expand/rules.rs`).

use super::ast::{ErrorType, Shape, StatusArg, Variant};
use super::attr::ProblemAttr;
use super::ctxt::Ctxt;
use super::informational::REGISTRY_INFORMATIONAL;
use super::problem_rules as rules;
use crate::common::Errors;

/// Runs every rule on `model`.
pub fn check(model: &ErrorType, ctxt: &mut Ctxt) {
    statuses(model, ctxt.status());
    problems(model, ctxt.problem());
}

// ---- `#[derive(Status)]`: a status for every variant ----

fn statuses(model: &ErrorType, errors: &mut Errors) {
    match model.shape {
        Shape::Union(token) => errors.tokens(
            token,
            "`#[derive(Status)]` works on enums and structs, not unions",
        ),
        Shape::Struct => struct_status(model, errors),
        Shape::Enum => enum_statuses(model, errors),
    }
}

/// `#[status]` belongs on variants and on the type, never on a field.
fn no_status_on_fields(variant: &Variant, errors: &mut Errors) {
    for attr in variant.fields.iter().flat_map(|f| &f.misplaced_status) {
        errors.tokens(
            attr,
            "`#[status]` does not go on a field: put it on the variant (or the struct), e.g. `#[status(transparent)]` to use this field's status",
        );
    }
}

/// A struct: its one status, from its own attribute.
fn struct_status(model: &ErrorType, errors: &mut Errors) {
    let top = &model.status;
    // The struct's one arm.
    for arm in &model.variants {
        no_status_on_fields(arm, errors);
        if top.default.is_some() {
            errors.tokens(
                &top.first,
                "`default` is for enums: on a struct, `#[status(...)]` names the status itself, e.g. `#[status(NotFound)]`",
            );
        }
        match &arm.status {
            Some(status) => transparent_fields(arm, status, errors),
            // After a mistake in the attribute, "no status" would mostly repeat it.
            None if !top.malformed && top.default.is_none() => errors.tokens(
                model.ident,
                "`#[derive(Status)]` needs the struct's status: add `#[status(NotFound)]`, `#[status(404)]` or `#[status(transparent)]`",
            ),
            None => {}
        }
    }
}

/// An enum: a status per variant, or the enum's default.
fn enum_statuses(model: &ErrorType, errors: &mut Errors) {
    let top = &model.status;
    // After a mistake in the enum's own attribute, "variant has no status"
    // would mostly repeat it: those errors are left out then.
    let mut enum_ok = !top.malformed;
    if top.status.is_some() {
        errors.tokens(
            &top.first,
            "on an enum, put `#[status(...)]` on each variant, or set a default with `#[status(default = InternalServerError)]`",
        );
        enum_ok = false;
    }
    let has_default = match &top.default {
        Some(StatusArg::Transparent(t)) => {
            errors.tokens(t, "`transparent` cannot be a default: it needs a field");
            enum_ok = false;
            false
        }
        default => default.is_some(),
    };
    for variant in &model.variants {
        no_status_on_fields(variant, errors);
        let own = &variant.status_attr;
        if own.has_type_settings() {
            errors.tokens(
                &own.first,
                "`default`, `codes` and `crate` go on the enum; on a variant, name its status: `#[status(NotFound)]`",
            );
        }
        match &variant.status {
            Some(status) => transparent_fields(variant, status, errors),
            // A malformed attribute here or on the enum is reported already.
            None if !has_default && own.first.is_none() && enum_ok => {
                let ident = variant.ident;
                errors.tokens(
                    ident,
                    format_args!(
                        "{} has no status: add `#[status(...)]` to it, e.g. `#[status(NotFound)]`, or set a default on the enum with `#[status(default = InternalServerError)]`",
                        variant.describe()
                    ),
                );
            }
            None => {}
        }
    }
}

/// `transparent` needs exactly one field.
fn transparent_fields(variant: &Variant, status: &StatusArg, errors: &mut Errors) {
    let StatusArg::Transparent(keyword) = status else {
        return;
    };
    if variant.fields.len() != 1 {
        errors.tokens(
            keyword,
            format_args!(
                "`#[status(transparent)]` uses the status of a single field, but {} has {} fields",
                variant.describe(),
                variant.fields.len()
            ),
        );
    }
}

// ---- `#[derive(Problem)]`: what each variant adds to its answer ----

fn problems(model: &ErrorType, errors: &mut Errors) {
    if let Shape::Union(token) = model.shape {
        errors.tokens(
            token,
            "`#[derive(Problem)]` works on enums and structs, not unions",
        );
        return;
    }
    misplaced(&model.problem, &["member", "header"], "on the type", errors);
    for variant in &model.variants {
        misplaced(
            &variant.problem,
            &["member", "header", "crate"],
            "on a variant",
            errors,
        );
        fields(variant, errors);
    }
    for status in model.statuses() {
        informational(model, status, errors);
    }
    literals(model, errors);
}

/// Settings that do not belong where they were written.
fn misplaced(attr: &ProblemAttr, settings: &[&str], place: &str, errors: &mut Errors) {
    let given: Vec<&str> = attr
        .given()
        .into_iter()
        .filter(|(name, set)| *set && settings.contains(name))
        .map(|(name, _)| name)
        .collect();
    if let (Some(first), false) = (&attr.first, given.is_empty()) {
        let (names, verb) = match given.as_slice() {
            [one] => (format!("`{one}`"), "does"),
            [init @ .., last] => (format!("`{}` and `{last}`", init.join("`, `")), "do"),
            [] => unreachable!("checked above"),
        };
        errors.tokens(
            first,
            format_args!(
                "{names} {verb} not go {place}: `type` and `title` go on the type or a variant, `crate` on the type, `member` and `header` on a field"
            ),
        );
    }
}

/// The fields a variant sends: each in its place, each member with a name of
/// its own, none on a transparent variant.
fn fields(variant: &Variant, errors: &mut Errors) {
    let mut members: Vec<syn::LitStr> = Vec::new();
    for field in &variant.fields {
        let attr = &field.problem;
        misplaced(attr, &["type", "title", "crate"], "on a field", errors);
        // Refused before anything else is said about the field: the
        // attribute goes, whatever it would name.
        if variant.is_transparent() && (attr.member.is_some() || attr.header.is_some()) {
            errors.tokens(
                &attr.first,
                "a `#[status(transparent)]` variant answers with its field's own problem (its type, title, members and headers): `member` and `header` on that field are not applied; remove the attribute, or give the variant its own status to send the field as a member",
            );
            continue;
        }
        if attr.member.is_none() {
            continue;
        }
        let Some(name) = field.member_name() else {
            errors.tokens(
                field.ty,
                "a tuple field has no name to send: write `#[problem(member = \"name\")]`",
            );
            continue;
        };
        // JSON member names are compared exactly.
        match members.iter().find(|m| m.value() == name.value()) {
            Some(first) => errors.duplicate_at(
                name.span(),
                format_args!(
                    "two fields of this variant are sent as the member `{}`, and one would overwrite the other: rename one with `#[problem(member = \"...\")]`",
                    name.value()
                ),
                first.span(),
            ),
            None => members.push(name),
        }
    }
}

/// A 1xx is no final answer: known here for a number, and for a name of the
/// registry (a path, or a name in another code enum, is for the compiler:
/// `expand/rules.rs`).
fn informational(model: &ErrorType, status: &StatusArg, errors: &mut Errors) {
    let (code, span) = match status {
        StatusArg::Number(lit) => match lit.base10_parse::<u16>() {
            Ok(code) => (code, lit.span()),
            Err(_) => return,
        },
        StatusArg::Name(name) if model.codes_are_registry() => {
            match REGISTRY_INFORMATIONAL.iter().find(|(n, _)| name == n) {
                Some(&(_, code)) => (code, name.span()),
                None => return,
            }
        }
        _ => return,
    };
    if let Some(refusal) = rules::final_status_refusal(code) {
        errors.spanned(span, refusal);
    }
}

/// What codes-core's rules say of the literals: a header field an error may
/// send, a member name RFC 9457 leaves free, a `type` that is a URI reference,
/// a one-line `title`, and a header field named by two fields of a variant
/// that may repeat. The rule's refusal is the message.
fn literals(model: &ErrorType, errors: &mut Errors) {
    let check = |lit: &syn::LitStr, rule: fn(&str) -> Option<&'static str>, errors: &mut Errors| {
        if let Some(refusal) = rule(&lit.value()) {
            errors.spanned(lit.span(), refusal);
        }
    };
    for attr in std::iter::once(&model.problem).chain(model.variants.iter().map(|v| &v.problem)) {
        if let Some(uri) = &attr.type_uri {
            check(uri, rules::type_refusal, errors);
        }
        if let Some(title) = &attr.title {
            check(title, rules::title_refusal, errors);
        }
    }
    for variant in &model.variants {
        for (_, name) in variant.members() {
            check(&name, rules::member_refusal, errors);
        }
        let headers: Vec<syn::LitStr> = variant.headers().into_iter().map(|(_, n)| n).collect();
        for name in &headers {
            check(name, rules::header_refusal, errors);
        }
        repeated_headers(&headers, errors);
    }
}

/// Header names given by two fields of a variant (compared without regard to
/// ASCII case): refused unless the field may repeat. Each later field on its
/// name; the first once, however often named.
fn repeated_headers(headers: &[syn::LitStr], errors: &mut Errors) {
    let mut firsts: Vec<String> = Vec::new();
    for (index, second) in headers.iter().enumerate() {
        let Some(first) = headers[..index]
            .iter()
            .find(|h| h.value().eq_ignore_ascii_case(&second.value()))
        else {
            continue;
        };
        if rules::is_list_field(&second.value()) {
            continue;
        }
        errors.spanned(
            second.span(),
            format_args!(
                "the header field `{}` is named by two fields of this variant, but it is sent at most once (only list fields such as `www-authenticate` or `link` repeat): remove `header` from one of them",
                second.value()
            ),
        );
        let key = first.value().to_ascii_lowercase();
        if !firsts.contains(&key) {
            errors.spanned(
                first.span(),
                format_args!(
                    "first defined here: `{}` is named again by a later field of this variant",
                    first.value()
                ),
            );
            firsts.push(key);
        }
    }
}
