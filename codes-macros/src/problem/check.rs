//! Every check of a `#[derive(Problem)]` input: where each `#[problem]` setting
//! may go, and that a member or header field has a name. That the error's code
//! enum holds HTTP statuses, that its fields serialise or display, and that no
//! named status is a 1xx are checked by the compiler on the generated code.

use syn::{Data, DeriveInput, Fields, LitStr, Member};

use super::attr::ProblemAttrs;
use super::model::{FieldUse, ProblemArm, ProblemMeta, ProblemModel};
use crate::common::{Errors, Runtime};
use crate::status::{self, StatusArg};

pub fn runtime_of(input: &DeriveInput) -> Runtime {
    let attrs = ProblemAttrs::read(&input.attrs, &mut Errors::default());
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
                arm(
                    Some(variant.ident),
                    summary(&variant.attrs),
                    variant.fields,
                    meta,
                    &mut errors,
                )
            })
            .collect(),
    };
    // Only transparent variants forward their field's problem.
    for arm in &mut arms {
        let name = arm.variant.as_ref().map(ToString::to_string);
        if !matches!(
            statuses.of(name.as_deref()),
            Some(StatusArg::Transparent(_))
        ) {
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
    errors: &mut Errors,
) -> ProblemArm {
    let mut members = Vec::new();
    let mut headers = Vec::new();
    for (index, field) in fields.iter().enumerate() {
        let own = ProblemAttrs::read(&field.attrs, errors);
        reject(&own, &["type", "title", "crate"], "on a field", errors);
        let member = || {
            field
                .ident
                .clone()
                .map_or_else(|| Member::Unnamed(syn::Index::from(index)), Member::Named)
        };
        let field_ty = &field.ty;
        let field_name = field.ident.as_ref().map(ToString::to_string);
        if let Some(name) = own.member.get() {
            let name = match (name, &field_name) {
                (Some(name), _) => name,
                (None, Some(field_name)) => LitStr::new(field_name, proc_macro2::Span::call_site()),
                (None, None) => {
                    errors.tokens(
                        &field.ty,
                        "a tuple field has no name to send: write `#[problem(member = \"name\")]`",
                    );
                    continue;
                }
            };
            members.push(FieldUse {
                member: member(),
                ty: syn::parse_quote!(#field_ty),
                name,
            });
        }
        if let Some(name) = own.header.get() {
            headers.push(FieldUse {
                member: member(),
                ty: syn::parse_quote!(#field_ty),
                name,
            });
        }
    }
    let transparent = fields.iter().next().map(|field| {
        field
            .ident
            .clone()
            .map_or_else(|| Member::Unnamed(syn::Index::from(0)), Member::Named)
    });
    ProblemArm {
        variant,
        summary,
        meta,
        members,
        headers,
        transparent,
    }
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
