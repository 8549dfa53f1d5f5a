//! `#[derive(Status)]`'s rules: a status for every variant, each one the
//! code enum has (the registry's checked here by name and number).

use syn::ext::IdentExt;

use crate::common::{edit_distance, nearest, upper_camel_case, Errors};
use crate::derive::ast::{ErrorType, Shape, StatusArg, Variant};
use crate::derive::registry::{Name, REGISTRY};

pub(super) fn statuses(model: &ErrorType, errors: &mut Errors) {
    match model.shape {
        Shape::Union(token) => errors.tokens(
            token,
            "`#[derive(Status)]` works on enums and structs, not unions",
        ),
        Shape::Struct => struct_status(model, errors),
        Shape::Enum => enum_statuses(model, errors),
    }
    for status in model.statuses() {
        spelling(model, status, errors);
    }
}

/// What the macro can know of a status by itself: a name is a variant, in
/// `UpperCamelCase`; a status of the registry is one of its names or codes
/// (other code enums' are the compiler's to check).
fn spelling(model: &ErrorType, status: &StatusArg, errors: &mut Errors) {
    let registry = model.codes_are_registry();
    match status {
        StatusArg::Name(name) => {
            let text = name.unraw().to_string();
            if text.starts_with(char::is_lowercase) {
                errors.tokens(name, lower_case_name(&text, registry));
            } else if registry && !REGISTRY.iter().any(|&(n, ..)| n == text) {
                errors.tokens(name, unknown_name(&text));
            }
        }
        StatusArg::Number(lit) if registry => {
            if let Some(message) = unknown_code(lit) {
                errors.spanned(lit.span(), message);
            }
        }
        _ => {}
    }
}

/// A status named in lower case: a misspelled keyword, or a variant not in
/// `UpperCamelCase`.
fn lower_case_name(text: &str, registry: bool) -> String {
    if edit_distance(text, "transparent") <= 3 {
        return format!(
            "`{text}` is not a status: did you mean `transparent`? (`#[status(transparent)]` answers with the single field's own status)"
        );
    }
    if edit_distance(text, "default") <= 2 {
        return format!(
            "`{text}` is not a status: did you mean `default = ...`? On the enum, `#[status(default = InternalServerError)]` is the status of every variant without its own"
        );
    }
    let camel = upper_camel_case(text);
    let hint = match REGISTRY.iter().find(|&&(n, ..)| n == camel) {
        Some((name, ..)) if registry => format!("; did you mean `{name}`?"),
        _ => String::new(),
    };
    format!(
        "`{text}` is not a status: statuses are named by the code enum's variants, in UpperCamelCase (e.g. `NotFound`), or by number (e.g. `404`){hint}"
    )
}

/// A name that is not the registry's.
fn unknown_name(text: &str) -> String {
    let variants = REGISTRY
        .iter()
        .filter(|&&(_, _, kind)| kind == Name::Variant)
        .map(|&(name, ..)| name);
    match nearest(text, variants).as_slice() {
        [] => format!(
            "`StatusCode` (the registry) has no status named `{text}`: name one of its variants (e.g. `NotFound`) or codes (e.g. `404`); for a status of your own, declare a code enum with `codes!` and name it with `#[status(codes = ...)]`"
        ),
        [init @ .., last] => {
            let names: Vec<String> = init.iter().map(|n| format!("`{n}`")).collect();
            let names = if names.is_empty() {
                format!("`{last}`")
            } else {
                format!("{} or `{last}`", names.join(", "))
            };
            format!("`StatusCode` (the registry) has no status named `{text}`: did you mean {names}?")
        }
    }
}

/// A number that is not a code of the registry, with the nearest codes of its
/// class.
fn unknown_code(lit: &syn::LitInt) -> Option<String> {
    let code = lit.base10_parse::<u16>().ok();
    if let Some(code) = code {
        if REGISTRY.iter().any(|&(_, c, _)| c == code) {
            return None;
        }
    }
    let digits = lit.base10_digits();
    let head = format!("`{digits}` is not a code of `StatusCode` (the registry)");
    let own = "for a code of your own, declare a code enum with `codes!` and name it with `#[status(codes = ...)]`";
    let class: Vec<(&str, u16)> = REGISTRY
        .iter()
        .filter(|&&(_, c, kind)| kind == Name::Variant && Some(c / 100) == code.map(|n| n / 100))
        .map(|&(name, c, _)| (name, c))
        .collect();
    let Some(code) = code.filter(|_| !class.is_empty()) else {
        return Some(format!(
            "{head}: HTTP status codes go from 100 to 599 (1xx to 5xx); {own}"
        ));
    };
    let below = class.iter().rev().find(|&&(_, c)| c < code);
    let above = class.iter().find(|&&(_, c)| c > code);
    let near: Vec<String> = below
        .into_iter()
        .chain(above)
        .map(|(name, c)| format!("`{c}` (`{name}`)"))
        .collect();
    let (noun, verb) = match near.len() {
        1 => ("code", "is"),
        _ => ("codes", "are"),
    };
    Some(format!(
        "{head}: the nearest {}xx {noun} {verb} {}; {own}",
        code / 100,
        near.join(" and ")
    ))
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
    let fix = match variant.fields.len() {
        1 => return,
        0 => "give it a status of its own (e.g. `#[status(InternalServerError)]`), or the field whose status it answers with",
        _ => "give it a status of its own (e.g. `#[status(InternalServerError)]`), or wrap the fields in one type that derives `Status` and make that its single field",
    };
    errors.tokens(
        keyword,
        format_args!(
            "`#[status(transparent)]` uses the status of a single field, but {} has {} fields: {fix}",
            variant.describe(),
            variant.fields.len()
        ),
    );
}
