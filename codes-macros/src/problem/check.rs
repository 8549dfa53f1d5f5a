//! Every check of a `#[derive(Problem)]` input that needs no rule of
//! codes-core: where each `#[problem]` setting may go, that a member field has
//! a name, that no two fields of a variant send the same member, that a
//! transparent variant's field adds nothing of its own. What codes-core's
//! rules decide (owned header fields, standard member names, the form of
//! `type` and `title`, which header fields may repeat) and what only the
//! compiler knows (the code enum holds HTTP statuses, fields serialise or
//! display, no named status is a 1xx) are checked by constants and bounds of
//! the generated code, on the user's tokens.

use quote::ToTokens;
use syn::ext::IdentExt;
use syn::{Data, DeriveInput, Fields, LitStr, Member};

use super::attr::ProblemAttrs;
use super::model::{FieldUse, ProblemArm, ProblemMeta, ProblemModel, Transparent};
use crate::common::{Errors, Runtime};
use crate::status::{self, StatusArg};

/// The runtime path the input names with `crate = ...`, for the fallback impl.
pub fn runtime_of(input: &DeriveInput) -> Runtime {
    let mut errors = Errors::default();
    let attrs = ProblemAttrs::read(&input.attrs, &mut errors);
    // `check` reads the same attributes and reports their mistakes; here only
    // the path is wanted, so reporting them too would say each one twice.
    errors.discard();
    attrs
        .krate
        .get()
        .map_or_else(Runtime::default, |path| Runtime::new(&path))
}

pub fn check(input: DeriveInput) -> Result<ProblemModel, syn::Error> {
    let mut errors = Errors::default();
    // The statuses, as `#[derive(Status)]` reads them (its own errors are its own).
    let statuses = status::statuses_of(&input);
    let DeriveInput {
        attrs,
        ident,
        generics,
        data,
        ..
    } = input;
    let top = ProblemAttrs::read(&attrs, &mut errors);
    reject(&top, &["member", "header"], "on the type", &mut errors);
    let runtime = top
        .krate
        .get()
        .map_or_else(Runtime::default, |path| Runtime::new(&path));
    let top_meta = ProblemMeta {
        type_uri: top.type_uri.get(),
        title: top.title.get(),
    };
    let mut arms = match data {
        Data::Union(u) => {
            errors.tokens(
                u.union_token,
                "`#[derive(Problem)]` works on enums and structs, not unions",
            );
            Vec::new()
        }
        Data::Struct(s) => vec![arm(
            None,
            summary(&attrs),
            s.fields,
            ProblemMeta::default(),
            is_transparent(&statuses, None),
            &mut errors,
        )],
        Data::Enum(e) => e
            .variants
            .into_iter()
            .map(|variant| {
                let own = ProblemAttrs::read(&variant.attrs, &mut errors);
                reject(
                    &own,
                    &["member", "header", "crate"],
                    "on a variant",
                    &mut errors,
                );
                let meta = ProblemMeta {
                    type_uri: own.type_uri.get(),
                    title: own.title.get(),
                };
                let transparent = is_transparent(&statuses, Some(&variant.ident.to_string()));
                arm(
                    Some(variant.ident),
                    summary(&variant.attrs),
                    variant.fields,
                    meta,
                    transparent,
                    &mut errors,
                )
            })
            .collect(),
    };
    // Only transparent variants forward their field's problem.
    let params: Vec<syn::Ident> = generics.type_params().map(|p| p.ident.clone()).collect();
    for arm in &mut arms {
        let name = arm.variant.as_ref().map(ToString::to_string);
        if is_transparent(&statuses, name.as_deref()) {
            if let Some(field) = &mut arm.transparent {
                field.generic = mentions(&field.ty, &params);
            }
        } else {
            arm.transparent = None;
        }
    }
    match errors.finish() {
        Some(e) => Err(e),
        None => Ok(ProblemModel {
            runtime,
            ident,
            generics,
            top: top_meta,
            arms,
            statuses,
        }),
    }
}

/// Settings that do not belong where they were written.
fn reject(attrs: &ProblemAttrs, settings: &[&str], place: &str, errors: &mut Errors) {
    let given: Vec<&str> = [
        ("member", attrs.member.is_set()),
        ("header", attrs.header.is_set()),
        ("crate", attrs.krate.is_set()),
        ("type", attrs.type_uri.is_set()),
        ("title", attrs.title.is_set()),
    ]
    .into_iter()
    .filter(|(name, set)| *set && settings.contains(name))
    .map(|(name, _)| name)
    .collect();
    if let (Some(first), false) = (&attrs.first, given.is_empty()) {
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

/// A variant (or the struct): its settings, and the fields it sends.
fn arm(
    variant: Option<syn::Ident>,
    summary: Option<String>,
    fields: Fields,
    meta: ProblemMeta,
    transparent: bool,
    errors: &mut Errors,
) -> ProblemArm {
    let mut members: Vec<FieldUse> = Vec::new();
    let mut headers: Vec<FieldUse> = Vec::new();
    let mut repeated_headers = Vec::new();
    for (index, field) in fields.iter().enumerate() {
        let own = ProblemAttrs::read(&field.attrs, errors);
        reject(&own, &["type", "title", "crate"], "on a field", errors);
        let attr = own.first.clone().unwrap_or_default();
        let member = || {
            field
                .ident
                .clone()
                .map_or_else(|| Member::Unnamed(syn::Index::from(index)), Member::Named)
        };
        // Refused before anything else is said about the field: the
        // attribute goes, whatever it would name.
        if transparent && (own.member.is_set() || own.header.is_set()) {
            refuse_on_transparent(&attr, errors);
            continue;
        }
        if let Some(name) = own.member.get() {
            let name = match (name, &field.ident) {
                (Some(name), _) => name,
                // The field's name as JSON sees it (`r#type` is `type`).
                (None, Some(ident)) => LitStr::new(&ident.unraw().to_string(), ident.span()),
                (None, None) => {
                    errors.tokens(
                        &field.ty,
                        "a tuple field has no name to send: write `#[problem(member = \"name\")]`",
                    );
                    continue;
                }
            };
            // JSON member names are compared exactly.
            if let Some(first) = members.iter().find(|m| m.name.value() == name.value()) {
                errors.duplicate_at(
                    name.span(),
                    format_args!(
                        "two fields of this variant are sent as the member `{}`, and one would overwrite the other: rename one with `#[problem(member = \"...\")]`",
                        name.value()
                    ),
                    first.name.span(),
                );
            } else {
                members.push(FieldUse {
                    member: member(),
                    ty: field.ty.clone(),
                    name,
                });
            }
        }
        if let Some(name) = own.header.get() {
            // Field names are case-insensitive: whether the field may repeat
            // is for codes-core's rules to say, in a constant.
            if let Some(first) = headers
                .iter()
                .find(|h| h.name.value().eq_ignore_ascii_case(&name.value()))
            {
                repeated_headers.push((first.name.clone(), name.clone()));
            }
            headers.push(FieldUse {
                member: member(),
                ty: field.ty.clone(),
                name,
            });
        }
    }
    let transparent = fields.iter().next().map(|field| Transparent {
        ty: field.ty.clone(),
        member: field
            .ident
            .clone()
            .map_or_else(|| Member::Unnamed(syn::Index::from(0)), Member::Named),
        generic: false,
    });
    ProblemArm {
        variant,
        summary,
        meta,
        members,
        headers,
        repeated_headers,
        transparent,
    }
}

/// Whether `ty` names one of `params` (a type parameter of the error).
fn mentions(ty: &syn::Type, params: &[syn::Ident]) -> bool {
    fn walk(tokens: proc_macro2::TokenStream, params: &[syn::Ident]) -> bool {
        tokens.into_iter().any(|tree| match tree {
            proc_macro2::TokenTree::Ident(ident) => params.contains(&ident),
            proc_macro2::TokenTree::Group(group) => walk(group.stream(), params),
            _ => false,
        })
    }
    walk(ty.to_token_stream(), params)
}

/// Whether the variant `name` (`None`: the struct) is `#[status(transparent)]`.
fn is_transparent(statuses: &status::Statuses, name: Option<&str>) -> bool {
    matches!(statuses.of(name), Some(StatusArg::Transparent(_)))
}

/// A `#[status(transparent)]` variant answers with its field's own problem:
/// `member` or `header` on that field would not be sent, so it is refused
/// (first, and alone: what the attribute names does not matter then).
fn refuse_on_transparent(attr: &proc_macro2::TokenStream, errors: &mut Errors) {
    errors.tokens(
        attr,
        "a `#[status(transparent)]` variant answers with its field's own problem (its type, title, members and headers): `member` and `header` on that field are not applied; remove the attribute, or give the variant its own status to send the field as a member",
    );
}

/// The first line of some docs, trimmed; `None` without docs.
fn summary(attrs: &[syn::Attribute]) -> Option<String> {
    attrs.iter().find_map(|attr| {
        let syn::Meta::NameValue(nv) = &attr.meta else {
            return None;
        };
        if !attr.path().is_ident("doc") {
            return None;
        }
        let syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(text),
            ..
        }) = &nv.value
        else {
            return None;
        };
        let line = text.value().trim().to_string();
        (!line.is_empty()).then_some(line)
    })
}
