//! Every rule of an error type, once, each reported by the derive that owns it
//! (`ctxt.rs`): `Status`'s about statuses, `Problem`'s about problems. This
//! file emits no tokens.
//!
//! What only the compiler can know is checked by the generated code, on the
//! user's token: that a name is a variant of the code enum, that a number is
//! one of its codes, that two paths name one code enum, that the code enum
//! holds HTTP statuses, that fields serialise or display, that no status named
//! by name or path is a 1xx. So is what codes-core's rules decide of a literal
//! (owned header fields, standard member names, the form of `type` and
//! `title`, which header fields may repeat): `expand/rules.rs`.

use super::ast::{ErrorType, Shape, StatusArg, Variant};
use super::attr::ProblemAttr;
use super::ctxt::Ctxt;
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
        if let Some(StatusArg::Number(lit)) = &variant.status {
            informational(lit, errors);
        }
        fields(variant, errors);
    }
    if let Some(StatusArg::Number(lit)) = &model.status.default {
        informational(lit, errors);
    }
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

/// A 1xx is no final answer: a number is known here (a name or a path is for
/// the compiler, `expand/rules.rs`).
fn informational(lit: &syn::LitInt, errors: &mut Errors) {
    if lit.base10_parse::<u16>().is_ok_and(|n| n < 200) {
        errors.spanned(
            lit.span(),
            format_args!("{lit} is informational (1xx), not a final answer: an error answers with a 2xx to 5xx status"),
        );
    }
}
