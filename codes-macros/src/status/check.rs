//! Every check of a `#[derive(Status)]` input: attribute forms and places, a
//! status for every variant, `transparent` only on single-field variants.
//! What only the compiler can know (that a name is a variant of the code enum,
//! that a number is one of its codes, that two paths name one code enum) is
//! checked by the generated code, on the user's token.

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};
use syn::{Attribute, Data, DeriveInput, Fields};

use super::attr::StatusAttrs;
use super::model::{DeriveArm, DeriveModel, StatusArg};
use crate::common::{Errors, Runtime};

/// The runtime path the input names with `crate = ...`, for the fallback impl.
pub fn runtime_of(input: &DeriveInput) -> Runtime {
    let mut errors = Errors::default();
    let attrs = StatusAttrs::read(&input.attrs, &mut errors);
    // `check` reads the same attributes and reports their mistakes; here only
    // the path is wanted, so reporting them too would say each one twice.
    errors.discard();
    attrs
        .krate
        .get()
        .map_or_else(Runtime::default, |path| Runtime::new(&path))
}

fn is_deprecated(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|a| a.path().is_ident("deprecated"))
}

/// `#[status]` belongs on variants and on the type, never on a field.
fn reject_field_attrs(fields: &Fields, errors: &mut Errors) {
    for field in fields {
        for attr in field.attrs.iter().filter(|a| a.path().is_ident("status")) {
            errors.tokens(
                attr,
                "`#[status]` does not go on a field: put it on the variant (or the struct), e.g. `#[status(transparent)]` to use this field's status",
            );
        }
    }
}

/// What the type's own `#[status]` attributes said, for the per-shape checks.
struct Top {
    /// No mistake was reported in them.
    ok: bool,
    /// The first of them, for errors about them as a whole.
    attr: Option<TokenStream>,
    status: Option<StatusArg>,
    default: Option<StatusArg>,
    default_given: bool,
}

pub fn check(input: DeriveInput) -> Result<DeriveModel, syn::Error> {
    let DeriveInput {
        attrs,
        ident,
        generics,
        data,
        ..
    } = input;
    let mut errors = Errors::default();
    let read = StatusAttrs::read(&attrs, &mut errors);
    let runtime = read
        .krate
        .get()
        .map_or_else(Runtime::default, |path| Runtime::new(&path));
    let codes = read.codes.get();
    let default_given = read.default.is_set();
    let top = Top {
        // After a mistake in the type's own attribute, "variant has no status"
        // would mostly repeat it: those errors are left out then.
        ok: errors.is_empty(),
        attr: read.first,
        status: read.status.get(),
        default: read.default.get(),
        default_given,
    };
    let (arms, default) = match data {
        Data::Union(u) => {
            errors.tokens(
                u.union_token,
                "`#[derive(Status)]` works on enums and structs, not unions",
            );
            (Vec::new(), None)
        }
        Data::Struct(s) => (check_struct(&ident, s.fields, top, &mut errors), None),
        Data::Enum(e) => check_enum(e.variants, top, &mut errors),
    };
    if let Some(e) = errors.finish() {
        return Err(e);
    }
    let code_type = code_type(codes.as_ref(), &arms, default.as_ref(), &runtime);
    Ok(DeriveModel {
        runtime,
        ident,
        generics,
        code_type,
        default,
        deprecated: is_deprecated(&attrs),
        arms,
    })
}

/// A struct: its one status, from its own attribute.
fn check_struct(
    ident: &syn::Ident,
    fields: Fields,
    top: Top,
    errors: &mut Errors,
) -> Vec<DeriveArm> {
    reject_field_attrs(&fields, errors);
    if top.default_given {
        errors.tokens(
            &top.attr,
            "`default` is for enums: on a struct, `#[status(...)]` names the status itself, e.g. `#[status(NotFound)]`",
        );
    }
    match top.status {
        Some(status) if check_transparent(&status, &fields, "the struct", errors) => {
            vec![DeriveArm {
                variant: None,
                fields,
                status: Some(status),
                deprecated: false,
            }]
        }
        None if top.ok && !top.default_given => {
            errors.tokens(
                ident,
                "`#[derive(Status)]` needs the struct's status: add `#[status(NotFound)]`, `#[status(404)]` or `#[status(transparent)]`",
            );
            Vec::new()
        }
        // A transparent struct without one field, or a mistake reported already.
        Some(_) | None => Vec::new(),
    }
}

/// An enum: a status per variant, or the enum's default.
fn check_enum(
    variants: impl IntoIterator<Item = syn::Variant>,
    top: Top,
    errors: &mut Errors,
) -> (Vec<DeriveArm>, Option<StatusArg>) {
    let mut enum_ok = top.ok;
    if top.status.is_some() {
        errors.tokens(
            &top.attr,
            "on an enum, put `#[status(...)]` on each variant, or set a default with `#[status(default = InternalServerError)]`",
        );
        enum_ok = false;
    }
    let default = match top.default {
        Some(StatusArg::Transparent(t)) => {
            errors.tokens(t, "`transparent` cannot be a default: it needs a field");
            enum_ok = false;
            None
        }
        default => default,
    };
    let arms = variants
        .into_iter()
        .filter_map(|variant| check_variant(variant, default.is_some(), enum_ok, errors))
        .collect();
    (arms, default)
}

/// One variant: its own status, or `None` in the arm for the enum's default.
fn check_variant(
    variant: syn::Variant,
    has_default: bool,
    enum_ok: bool,
    errors: &mut Errors,
) -> Option<DeriveArm> {
    reject_field_attrs(&variant.fields, errors);
    let mut own_errors = Errors::default();
    let own = StatusAttrs::read(&variant.attrs, &mut own_errors);
    let attr_ok = own_errors.is_empty();
    if let Some(e) = own_errors.finish() {
        errors.push(e);
    }
    if own.default.is_set() || own.codes.is_set() || own.krate.is_set() {
        errors.tokens(
            &own.first,
            "`default`, `codes` and `crate` go on the enum; on a variant, name its status: `#[status(NotFound)]`",
        );
    }
    let has_attr = own.first.is_some();
    let status = own.status.get();
    if status.is_none() && !has_default {
        // A malformed attribute here or on the enum is reported already.
        if !has_attr && enum_ok && attr_ok {
            errors.tokens(
                &variant.ident,
                format_args!(
                    "variant `{}` has no status: add `#[status(...)]` to it, e.g. `#[status(NotFound)]`, or set a default on the enum with `#[status(default = InternalServerError)]`",
                    variant.ident
                ),
            );
        }
        return None;
    }
    let what = format!("variant `{}`", variant.ident);
    let usable = status
        .as_ref()
        .is_none_or(|s| check_transparent(s, &variant.fields, &what, errors));
    usable.then(|| DeriveArm {
        deprecated: is_deprecated(&variant.attrs),
        variant: Some(variant.ident),
        fields: variant.fields,
        status,
    })
}

/// The code enum: named with `codes = ...`, or the enum of the first status
/// named by path, or the registry. Other paths are checked against it by the
/// type system (`StatusOf`), so one enum spelled two ways is one enum.
fn code_type(
    codes: Option<&syn::Path>,
    arms: &[DeriveArm],
    default: Option<&StatusArg>,
    runtime: &Runtime,
) -> TokenStream {
    if let Some(codes) = codes {
        return codes.to_token_stream();
    }
    let first_path = arms
        .iter()
        .filter_map(|a| a.status.as_ref())
        .chain(default)
        .find_map(|s| match s {
            StatusArg::Path(path) => Some(path),
            _ => None,
        });
    match first_path {
        Some(path) => {
            // The path without its last segment (the variant): the code enum.
            let leading = &path.leading_colon;
            let segments = path.segments.iter().take(path.segments.len() - 1);
            quote!(#leading #(#segments)::*)
        }
        None => {
            let krate = runtime.krate();
            quote!(#krate::StatusCode)
        }
    }
}

/// `transparent` needs exactly one field. Returns whether the status is usable.
fn check_transparent(status: &StatusArg, fields: &Fields, what: &str, errors: &mut Errors) -> bool {
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
