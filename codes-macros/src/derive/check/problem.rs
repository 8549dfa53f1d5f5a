//! `#[derive(Problem)]`'s rules: what each variant adds to its answer, each
//! setting in its place, and what codes-core's rules say of each literal.

use syn::ext::IdentExt;

use crate::common::{nearest, snake_case, upper_camel_case, upper_snake_case, Errors};
use crate::derive::ast::{ErrorType, Shape, StatusArg, Variant};
use crate::derive::attr::ProblemAttr;
use crate::derive::grpc::GRPC_CODES;
use crate::derive::problem_rules as rules;
use crate::derive::registry::REGISTRY;

pub(super) fn problems(model: &ErrorType, errors: &mut Errors) {
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
            match reason_spelling(&reason.value()) {
                Some(fixed) => {
                    errors.spanned(reason.span(), format_args!("{refusal}: write `{fixed}`"));
                }
                None => errors.spanned(reason.span(), refusal),
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

/// The same words as `text` in upper snake case (`EmailTaken` ->
/// `EMAIL_TAKEN`), when that is a reason AIP-193 allows.
pub fn reason_spelling(text: &str) -> Option<String> {
    let fixed = upper_snake_case(text);
    rules::reason_refusal(&fixed).is_none().then_some(fixed)
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
