//! The one model of an error type that both derives read: the type, its
//! generics, its variants (a struct is one variant without a name) with their
//! fields, what `#[status]` and `#[problem]` say on each, and their docs. It
//! borrows the input's syn nodes, for spans; it is read once per derive, each
//! attribute parsed once (`attr.rs`), and it is checked (`check/`) before it
//! is expanded.

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};
use syn::ext::IdentExt;
use syn::{Attribute, Data, DeriveInput, Fields, Generics, Ident, LitInt, LitStr, Member, Path};

use super::attr::{MemberName, ProblemAttr, StatusAttr};
use super::ctxt::Ctxt;
use crate::common::Runtime;

/// One status, as `#[status(...)]` names it.
pub enum StatusArg {
    /// `#[status(NotFound)]`: a variant of the code enum.
    Name(Ident),
    /// `#[status(ApiStatus::ClientClosedRequest)]`: a variant, with its enum.
    Path(Path),
    /// `#[status(409)]`: a number that must be a code of the code enum.
    Number(LitInt),
    /// `#[status(transparent)]`: the one field's own status.
    Transparent(Ident),
}

impl ToTokens for StatusArg {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            StatusArg::Name(i) | StatusArg::Transparent(i) => i.to_tokens(tokens),
            StatusArg::Path(p) => p.to_tokens(tokens),
            StatusArg::Number(n) => n.to_tokens(tokens),
        }
    }
}

/// What kind of type derives.
pub enum Shape<'a> {
    Struct,
    Enum,
    /// Refused by both derives, on this token.
    Union(&'a syn::token::Union),
}

/// An error type, as both derives see it.
pub struct ErrorType<'a> {
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    pub shape: Shape<'a>,
    /// The type's own `#[status]`: settings, and a struct's status.
    pub status: StatusAttr,
    /// The type's own `#[problem]`: settings, and `type` and `title` for every
    /// variant without its own.
    pub problem: ProblemAttr,
    /// The type is `#[deprecated]`: the impls must not warn about it.
    pub deprecated: bool,
    /// An enum's variants in order; a struct's one arm, without a name (and
    /// with the type's status); none for a union.
    pub variants: Vec<Variant<'a>>,
}

/// A variant, or a struct's one arm.
pub struct Variant<'a> {
    /// `None` for a struct.
    pub ident: Option<&'a Ident>,
    pub style: Style,
    pub fields: Vec<Field<'a>>,
    /// Its own status (a struct's: the type's).
    pub status: Option<StatusArg>,
    /// Its own `#[status]` attributes; empty for a struct, whose attributes
    /// are the type's.
    pub status_attr: StatusAttr,
    /// Its own `#[problem]` attributes; empty for a struct.
    pub problem: ProblemAttr,
    /// The first line of its docs (a struct's: the type's), for OpenAPI.
    pub summary: Option<String>,
    /// The variant is `#[deprecated]`: its arm allows the lint, others do not.
    pub deprecated: bool,
}

/// How a variant's fields are written, for patterns.
#[derive(Clone, Copy)]
pub enum Style {
    Named,
    Unnamed,
    Unit,
}

pub struct Field<'a> {
    /// Its name, or its index in a tuple.
    pub member: Member,
    pub ident: Option<&'a Ident>,
    pub ty: &'a syn::Type,
    /// `#[status]` attributes written on it, each refused.
    pub misplaced_status: Vec<&'a Attribute>,
    pub problem: ProblemAttr,
}

impl<'a> ErrorType<'a> {
    /// Reads `input`, each helper attribute once; mistakes of form go to
    /// `ctxt`, under the derive that owns the attribute.
    pub fn read(input: &'a DeriveInput, ctxt: &mut Ctxt) -> ErrorType<'a> {
        let mut status = StatusAttr::read(&input.attrs, ctxt.status());
        let problem = ProblemAttr::read(&input.attrs, ctxt.problem());
        let (shape, variants) = match &input.data {
            Data::Union(u) => (Shape::Union(&u.union_token), Vec::new()),
            Data::Struct(s) => {
                let arm = Variant {
                    ident: None,
                    style: style(&s.fields),
                    fields: fields(&s.fields, ctxt),
                    // A struct's status is written on the type.
                    status: status.status.take(),
                    status_attr: StatusAttr::default(),
                    problem: ProblemAttr::default(),
                    summary: summary(&input.attrs),
                    deprecated: false,
                };
                (Shape::Struct, vec![arm])
            }
            Data::Enum(e) => {
                let variants = e
                    .variants
                    .iter()
                    .map(|variant| {
                        let mut status_attr = StatusAttr::read(&variant.attrs, ctxt.status());
                        let problem = ProblemAttr::read(&variant.attrs, ctxt.problem());
                        Variant {
                            ident: Some(&variant.ident),
                            style: style(&variant.fields),
                            fields: fields(&variant.fields, ctxt),
                            status: status_attr.status.take(),
                            status_attr,
                            problem,
                            summary: summary(&variant.attrs),
                            deprecated: is_deprecated(&variant.attrs),
                        }
                    })
                    .collect();
                (Shape::Enum, variants)
            }
        };
        ErrorType {
            ident: &input.ident,
            generics: &input.generics,
            shape,
            status,
            problem,
            deprecated: is_deprecated(&input.attrs),
            variants,
        }
    }

    /// Where `#[derive(Status)]`'s code names codes-core: `#[status(crate = ...)]`.
    pub fn status_runtime(&self) -> Runtime {
        self.status
            .krate
            .as_ref()
            .map_or_else(Runtime::default, Runtime::new)
    }

    /// Where `#[derive(Problem)]`'s code names codes-core:
    /// `#[problem(crate = ...)]`, else `#[status(crate = ...)]` (one setting
    /// serves both derives).
    pub fn problem_runtime(&self) -> Runtime {
        self.problem
            .krate
            .as_ref()
            .or(self.status.krate.as_ref())
            .map_or_else(Runtime::default, Runtime::new)
    }

    /// The code enum: named with `codes = ...`, or the enum of the first status
    /// named by path, or the registry. Other paths are checked against it by
    /// the type system (`StatusOf`), so one enum spelled two ways is one enum.
    pub fn code_enum(&self) -> TokenStream {
        if let Some(codes) = &self.status.codes {
            return codes.to_token_stream();
        }
        let first_path = self
            .variants
            .iter()
            .filter_map(|v| v.status.as_ref())
            .chain(&self.status.default)
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
                let krate = self.status_runtime().krate().clone();
                quote!(#krate::StatusCode)
            }
        }
    }

    /// The code enum is the registry (`StatusCode`): no `codes = ...` and no
    /// status named by path.
    pub fn codes_are_registry(&self) -> bool {
        self.status.codes.is_none() && !self.statuses().any(|s| matches!(s, StatusArg::Path(_)))
    }

    /// The status a variant answers with: its own, or the enum's default.
    pub fn status_of<'m>(&'m self, variant: &'m Variant) -> Option<&'m StatusArg> {
        variant.status.as_ref().or(self.status.default.as_ref())
    }

    /// Some variant answers with the enum's default.
    pub fn uses_default(&self) -> bool {
        self.variants.iter().any(|v| v.status.is_none())
    }

    /// Every status written: each variant's own, then the default.
    pub fn statuses(&self) -> impl Iterator<Item = &StatusArg> {
        self.variants
            .iter()
            .filter_map(|v| v.status.as_ref())
            .chain(&self.status.default)
    }

    /// A variant's machine-readable reason: its own, or for a struct the
    /// type's.
    pub fn reason_of<'m>(&'m self, variant: &'m Variant) -> Option<&'m LitStr> {
        variant.problem.reason.as_ref().or(match self.shape {
            Shape::Struct => self.problem.reason.as_ref(),
            _ => None,
        })
    }

    /// A variant's gRPC code, as written: its own, or for a struct the type's.
    pub fn grpc_of<'m>(&'m self, variant: &'m Variant) -> Option<&'m Ident> {
        variant.problem.grpc.as_ref().or(match self.shape {
            Shape::Struct => self.problem.grpc.as_ref(),
            _ => None,
        })
    }

    /// The type's own type parameters.
    pub fn type_params(&self) -> impl Iterator<Item = &Ident> {
        self.generics.type_params().map(|p| &p.ident)
    }
}

impl<'a> Variant<'a> {
    /// `Self::Variant`, or `Self` for a struct.
    pub fn head(&self) -> TokenStream {
        match self.ident {
            Some(variant) => quote!(Self::#variant),
            None => quote!(Self),
        }
    }

    /// The pattern that matches the variant whatever its fields hold.
    pub fn any_pattern(&self) -> TokenStream {
        let head = self.head();
        match self.style {
            Style::Named => quote!(#head { .. }),
            Style::Unnamed => quote!(#head(..)),
            Style::Unit => head,
        }
    }

    /// The one field of a `#[status(transparent)]` variant (none when it has
    /// other than one field, a mistake `check/` reports).
    pub fn transparent_field(&self) -> Option<&Field<'a>> {
        match (&self.status, self.fields.as_slice()) {
            (Some(StatusArg::Transparent(_)), [field]) => Some(field),
            _ => None,
        }
    }

    /// The variant is `#[status(transparent)]`, whatever its fields.
    pub fn is_transparent(&self) -> bool {
        matches!(self.status, Some(StatusArg::Transparent(_)))
    }

    /// The fields sent as extension members, with their names; none for a
    /// transparent variant, which sends its field's own problem.
    pub fn members(&self) -> Vec<(&Field<'a>, LitStr)> {
        self.sent(Field::member_name)
    }

    /// The fields sent as header fields, with their names; none for a
    /// transparent variant.
    pub fn headers(&self) -> Vec<(&Field<'a>, LitStr)> {
        self.sent(|field| field.problem.header.clone())
    }

    fn sent(&self, name: impl Fn(&Field<'a>) -> Option<LitStr>) -> Vec<(&Field<'a>, LitStr)> {
        if self.is_transparent() {
            return Vec::new();
        }
        self.fields
            .iter()
            .filter_map(|field| Some((field, name(field)?)))
            .collect()
    }

    /// What the variant is called in messages.
    pub fn describe(&self) -> String {
        match self.ident {
            Some(ident) => format!("variant `{ident}`"),
            None => "the struct".to_string(),
        }
    }
}

impl Field<'_> {
    /// The name of the extension member the field is sent as: the one given,
    /// or the field's own as JSON sees it (`r#type` is `type`), spanned on it.
    /// `None` for a tuple field without a given name (`check/` reports it).
    pub fn member_name(&self) -> Option<LitStr> {
        match (self.problem.member.as_ref()?, self.ident) {
            (MemberName::Given(name), _) => Some(name.clone()),
            (MemberName::Field, Some(ident)) => {
                Some(LitStr::new(&ident.unraw().to_string(), ident.span()))
            }
            (MemberName::Field, None) => None,
        }
    }
}

fn style(fields: &Fields) -> Style {
    match fields {
        Fields::Named(_) => Style::Named,
        Fields::Unnamed(_) => Style::Unnamed,
        Fields::Unit => Style::Unit,
    }
}

fn fields<'a>(fields: &'a Fields, ctxt: &mut Ctxt) -> Vec<Field<'a>> {
    fields
        .iter()
        .enumerate()
        .map(|(index, field)| Field {
            member: field
                .ident
                .clone()
                .map_or_else(|| Member::Unnamed(syn::Index::from(index)), Member::Named),
            ident: field.ident.as_ref(),
            ty: &field.ty,
            misplaced_status: field
                .attrs
                .iter()
                .filter(|a| a.path().is_ident("status"))
                .collect(),
            problem: ProblemAttr::read(&field.attrs, ctxt.problem()),
        })
        .collect()
}

fn is_deprecated(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|a| a.path().is_ident("deprecated"))
}

/// The first line of some docs, trimmed; `None` without docs.
fn summary(attrs: &[Attribute]) -> Option<String> {
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
