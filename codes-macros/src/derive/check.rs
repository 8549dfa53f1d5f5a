//! Every rule of an error type, once, each reported by the derive that owns it
//! (`ctxt.rs`): `Status`'s about statuses, `Problem`'s about problems. This
//! file emits no tokens.
//!
//! What codes-core's rules decide of a literal (owned header fields, standard
//! member names, the form of `type` and `title`, which header fields may
//! repeat) is decided here too, by the same functions: `problem_rules.rs` is
//! codes-core's `problem::rules`, the same file.
//!
//! The registry's names and codes are known here too (`registry.rs`): a
//! status of the registry, by name or number, is checked here.
//!
//! What only the compiler can know is checked by the generated code, on the
//! user's token: that a name is a variant of a code enum other than the
//! registry, that a number is one of its codes, that two paths name one code enum, that the code enum
//! holds HTTP statuses, that fields serialise or display, that no status named
//! by path or in an enum other than the registry is a 1xx (`expand/rules.rs`).

use syn::ext::IdentExt;

use super::ast::{ErrorType, Shape, StatusArg, Variant};
use super::attr::ProblemAttr;
use super::ctxt::Ctxt;
use super::grpc::GRPC_CODES;
use super::problem_rules as rules;
use super::registry::{Name, REGISTRY};
use crate::common::{
    edit_distance, nearest, snake_case, upper_camel_case, upper_snake_case, Errors,
};

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

// ---- `#[derive(Problem)]`: what each variant adds to its answer ----

fn problems(model: &ErrorType, errors: &mut Errors) {
    if let Shape::Union(token) = model.shape {
        errors.tokens(
            token,
            "`#[derive(Problem)]` works on enums and structs, not unions",
        );
        return;
    }
    // A struct's own reason and gRPC code are written on the type.
    let on_type: &[&str] = match model.shape {
        Shape::Struct => &["member", "header"],
        _ => &["member", "header", "reason", "grpc"],
    };
    misplaced(&model.problem, on_type, "on the type", errors);
    for variant in &model.variants {
        misplaced(
            &variant.problem,
            &["member", "header", "crate", "domain"],
            "on a variant",
            errors,
        );
        fields(model, variant, errors);
    }
    for status in model.statuses() {
        informational(model, status, errors);
    }
    literals(model, errors);
    reasons(model, errors);
    grpc_codes(model, errors);
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
                "{names} {verb} not go {place}: `type` and `title` go on the type or a variant, `reason` and `grpc` on a variant (or a struct), `crate` and `domain` on the type, `member` and `header` on a field"
            ),
        );
    }
}

/// The fields a variant sends: each in its place, each member with a name of
/// its own, none on a transparent variant.
fn fields(model: &ErrorType, variant: &Variant, errors: &mut Errors) {
    let mut members: Vec<syn::LitStr> = Vec::new();
    for field in &variant.fields {
        let attr = &field.problem;
        misplaced(
            attr,
            &["type", "title", "crate", "domain", "reason", "grpc"],
            "on a field",
            errors,
        );
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
        if name.value() == rules::REASON_MEMBER && model.reason_of(variant).is_some() {
            errors.spanned(
                name.span(),
                format_args!(
                    "this variant has a machine-readable reason, which is sent as the member `{}`: rename this member with `#[problem(member = \"...\")]`",
                    rules::REASON_MEMBER
                ),
            );
            continue;
        }
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
            match REGISTRY.iter().find(|&&(n, ..)| name == n) {
                Some(&(_, code, _)) => (code, name.span()),
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
    for attr in std::iter::once(&model.problem).chain(model.variants.iter().map(|v| &v.problem)) {
        if let Some(uri) = &attr.type_uri {
            refuse(uri, rules::type_refusal, errors);
        }
        if let Some(title) = &attr.title {
            refuse(title, rules::title_refusal, errors);
        }
    }
    for variant in &model.variants {
        for (_, name) in variant.members() {
            let value = name.value();
            let Some(refusal) = rules::member_refusal(&value) else {
                continue;
            };
            if rules::is_standard_member(&value) {
                // An example of a name of its own, from the variant's (or the
                // type's) and the member's: `rate_limited_status`.
                let owner = snake_case(&variant.ident.unwrap_or(model.ident).unraw().to_string());
                errors.spanned(
                    name.span(),
                    format_args!("{refusal}, e.g. `#[problem(member = \"{owner}_{value}\")]`"),
                );
            } else {
                errors.spanned(name.span(), refusal);
            }
        }
        let headers: Vec<syn::LitStr> = variant.headers().into_iter().map(|(_, n)| n).collect();
        for name in &headers {
            refuse(name, rules::header_refusal, errors);
        }
        repeated_headers(&headers, errors);
    }
}

/// Each reason follows AIP-193's form and is given once in the type: a
/// client tells the variants apart by it. The domain names a service.
fn reasons(model: &ErrorType, errors: &mut Errors) {
    if let Some(domain) = &model.problem.domain {
        refuse(domain, rules::domain_refusal, errors);
    }
    let mut seen: Vec<&syn::LitStr> = Vec::new();
    for variant in &model.variants {
        let Some(reason) = model.reason_of(variant) else {
            continue;
        };
        if let Some(refusal) = rules::reason_refusal(&reason.value()) {
            // The same words in upper snake case, when that is a reason.
            let fixed = upper_snake_case(&reason.value());
            let fixed = fixed.as_str();
            if fixed != reason.value() && rules::reason_refusal(fixed).is_none() {
                errors.spanned(reason.span(), format_args!("{refusal}: write `{fixed}`"));
            } else {
                errors.spanned(reason.span(), refusal);
            }
        }
        match seen.iter().find(|r| r.value() == reason.value()) {
            Some(first) => errors.duplicate_at(
                reason.span(),
                format_args!(
                    "the reason `{}` is given to two variants: a reason tells a client which error it got, so each variant needs its own",
                    reason.value()
                ),
                first.span(),
            ),
            None => seen.push(reason),
        }
    }
}

/// `grpc = ...` names a variant of `GrpcCode`, and not `Ok`: an error is
/// never a success.
fn grpc_codes(model: &ErrorType, errors: &mut Errors) {
    let given = std::iter::once(&model.problem)
        .chain(model.variants.iter().map(|v| &v.problem))
        .filter_map(|attr| attr.grpc.as_ref());
    for name in given {
        let text = name.unraw().to_string();
        if text == "Ok" {
            errors.spanned(
                name.span(),
                "an error is never sent as gRPC `Ok`, the code of a success: name the code a client should see for this failure, or leave `grpc` out to take the one its HTTP status maps to",
            );
            continue;
        }
        if GRPC_CODES.iter().any(|&(n, _)| n == text) {
            continue;
        }
        let camel = upper_camel_case(&text);
        let message = if camel != text && GRPC_CODES.iter().any(|&(n, _)| n == camel) {
            format!("`GrpcCode` spells its variants as tonic does, in UpperCamelCase: write `grpc = {camel}`")
        } else {
            let names: Vec<String> = nearest(&text, GRPC_CODES.iter().map(|&(n, _)| n))
                .iter()
                .map(|n| format!("`{n}`"))
                .collect();
            if names.is_empty() {
                format!("`GrpcCode` has no code named `{text}`: name one of its variants, such as `InvalidArgument`, `NotFound`, `AlreadyExists`, `FailedPrecondition` or `Unavailable`")
            } else {
                format!(
                    "`GrpcCode` has no code named `{text}`: did you mean {}?",
                    names.join(" or ")
                )
            }
        };
        errors.spanned(name.span(), message);
    }
}

/// Reports on `lit` what `rule` refuses in it, if anything.
fn refuse(lit: &syn::LitStr, rule: fn(&str) -> Option<&'static str>, errors: &mut Errors) {
    if let Some(refusal) = rule(&lit.value()) {
        errors.spanned(lit.span(), refusal);
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
