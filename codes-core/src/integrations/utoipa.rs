//! Feature `utoipa`: OpenAPI documents from the same declarations.
//!
//! - every `#[derive(Problem)]` type implements `utoipa::IntoResponses`: one
//!   response per status it can answer with, described by the first doc line
//!   of its variants (or the reason phrase), with an `application/problem+json`
//!   body (the [`ProblemDetails`] schema, inline so that the document needs no
//!   component for it, plus the variant's extension members) and the header
//!   fields its variants send; a `#[status(transparent)]` variant is
//!   documented by its field's own variants when the field is a derived
//!   problem too (otherwise by the reason phrases of its statuses), and a 1xx
//!   behind one as the 500 it is answered with;
//! - [`ProblemDetails`] implements `ToSchema`;
//! - every code enum made by `codes!` implements `ToSchema`: an integer limited
//!   to its codes.
//!
//! `#[utoipa::path(get, path = "/users/{id}", responses((status = 200, body = User), AppError))]`
//! then documents a route's errors with no hand-written list.

/// Feature `utoipa`'s impls for one type, by kind (see `__codes_integrations!`).
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_utoipa {
    (code $t:ident [$($docsrs:ident)?] $($http:ident)?) => {
        $(#[cfg_attr($docsrs, doc(cfg(feature = "utoipa")))])?
        #[automatically_derived]
        impl $crate::__private_v0_1::utoipa::utoipa::PartialSchema for $t {
            fn schema() -> $crate::__private_v0_1::utoipa::utoipa::openapi::RefOr<$crate::__private_v0_1::utoipa::utoipa::openapi::schema::Schema> {
                $crate::__private_v0_1::utoipa::code_schema::<$t>()
            }
        }

        $(#[cfg_attr($docsrs, doc(cfg(feature = "utoipa")))])?
        #[automatically_derived]
        impl $crate::__private_v0_1::utoipa::utoipa::ToSchema for $t {
            fn name() -> $crate::__private_v0_1::utoipa::Cow<'static, ::core::primitive::str> {
                $crate::__private_v0_1::utoipa::Cow::Borrowed(<$t as $crate::__private_v0_1::Code>::TYPE_NAME)
            }
        }
    };
    (method $t:ident [$($docsrs:ident)?]) => {
        $(#[cfg_attr($docsrs, doc(cfg(feature = "utoipa")))])?
        #[automatically_derived]
        impl $crate::__private_v0_1::utoipa::utoipa::PartialSchema for $t {
            fn schema() -> $crate::__private_v0_1::utoipa::utoipa::openapi::RefOr<$crate::__private_v0_1::utoipa::utoipa::openapi::schema::Schema> {
                $crate::__private_v0_1::utoipa::method_schema::<$t>()
            }
        }

        $(#[cfg_attr($docsrs, doc(cfg(feature = "utoipa")))])?
        #[automatically_derived]
        impl $crate::__private_v0_1::utoipa::utoipa::ToSchema for $t {
            fn name() -> $crate::__private_v0_1::utoipa::Cow<'static, ::core::primitive::str> {
                $crate::__private_v0_1::utoipa::Cow::Borrowed(<$t as $crate::__private_v0_1::HttpMethod>::TYPE_NAME)
            }
        }
    };
    (problem [$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*] $documented:block) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private_v0_1::utoipa::utoipa::IntoResponses for $($ty)* $($where)* {
            fn responses() -> $crate::__private_v0_1::utoipa::BTreeMap<
                $crate::__private_v0_1::utoipa::String,
                $crate::__private_v0_1::utoipa::utoipa::openapi::RefOr<$crate::__private_v0_1::utoipa::utoipa::openapi::response::Response>,
            > {
                $crate::__private_v0_1::utoipa::problem_responses::<Self>(
                    &<Self as $crate::__private_v0_1::openapi::DocumentedProblem>::documented(),
                )
            }
        }
    };
}

/// A member's utoipa schema: its type's when it has one.
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_utoipa_schema {
    ($ty:ty) => {{
        #[allow(unused_imports)]
        use $crate::__private_v0_1::utoipa::{AnySchema as _, SchemaOf as _};
        (&&$crate::__private_v0_1::utoipa::SchemaProbe::<$ty>(::core::marker::PhantomData))
            .schema_of()
    }};
}

/// What generated code names, as `__private_v0_1::utoipa::...` (see `mod.rs`).
#[doc(hidden)]
pub mod private {
    pub use super::{
        code_schema, method_schema, problem_responses, AnySchema, SchemaOf, SchemaProbe,
    };
    pub use crate::__codes_utoipa as integrate;
    pub use crate::__codes_utoipa_schema as schema;
    pub use ::utoipa;
    pub use std::{borrow::Cow, collections::BTreeMap, string::String, vec, vec::Vec};
}

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::string::{String, ToString};
use std::vec::Vec;

use utoipa::openapi::content::ContentBuilder;
use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::response::{Response, ResponseBuilder};
use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, Schema, SchemaFormat, SchemaType, Type};
use utoipa::openapi::RefOr;
use utoipa::{PartialSchema, ToSchema};

use super::openapi::{Documented, MemberSchema};
use crate::problem::ProblemDetails;
use crate::route::{StatusNumber, Success, SuccessStatus};
use crate::{Code, Status};

/// A string property with its description.
fn text(description: &str) -> ObjectBuilder {
    ObjectBuilder::new()
        .schema_type(SchemaType::Type(Type::String))
        .description(Some(description))
}

impl PartialSchema for ProblemDetails {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(SchemaType::Type(Type::Object))
            .description(Some("A problem details object (RFC 9457)."))
            .property(
                "type",
                text("A URI that identifies the problem type; `about:blank` when the status says it all.")
                    .format(Some(SchemaFormat::Custom("uri-reference".to_string())))
                    .default(Some("about:blank".into())),
            )
            .property("title", text("A short summary of the problem type."))
            .property(
                "status",
                ObjectBuilder::new()
                    .schema_type(SchemaType::Type(Type::Integer))
                    .format(Some(SchemaFormat::KnownFormat(KnownFormat::Int32)))
                    .minimum(Some(200))
                    .maximum(Some(599))
                    .description(Some("The HTTP status code of the answer.")),
            )
            .property("detail", text("This occurrence of the problem, in words."))
            .property(
                "instance",
                text("A URI that identifies this occurrence.")
                    .format(Some(SchemaFormat::Custom("uri-reference".to_string()))),
            )
            .into()
    }
}

impl ToSchema for ProblemDetails {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("ProblemDetails")
    }
}

/// The schema of a code enum: an integer limited to its codes.
#[doc(hidden)]
#[must_use]
pub fn code_schema<C: Code>() -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(SchemaType::Type(Type::Integer))
        .format(Some(SchemaFormat::KnownFormat(KnownFormat::Int32)))
        .description(Some(std::format!("A code of `{}`.", C::TYPE_NAME)))
        .enum_values(Some(C::CODES.iter().copied()))
        .into()
}

/// The schema of a method enum: a string limited to its tokens.
#[doc(hidden)]
#[must_use]
pub fn method_schema<M: crate::HttpMethod>() -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(SchemaType::Type(Type::String))
        .description(Some(std::format!(
            "An HTTP method of `{}` (case-sensitive).",
            M::TYPE_NAME
        )))
        .enum_values(Some(M::ALL.iter().map(|m| m.as_str())))
        .into()
}

/// The responses of a `#[derive(Problem)]` type: every status it can answer
/// with (`Status::each_status`), documented by its variants.
#[doc(hidden)]
#[must_use]
pub fn problem_responses<E: Status>(
    documented: &[Documented],
) -> BTreeMap<String, RefOr<Response>> {
    let mut statuses: Vec<(u16, &'static str)> = Vec::new();
    E::each_status(&mut |status| statuses.push((status.code(), status.reason())));
    responses_of(statuses, documented)
}

/// [`problem_responses`], compiled once: the generator-neutral responses,
/// read into utoipa's type (with utoipa's `ProblemDetails` schema).
fn responses_of(
    statuses: Vec<(u16, &'static str)>,
    documented: &[Documented],
) -> BTreeMap<String, RefOr<Response>> {
    let problem = serde_json::to_value(ProblemDetails::schema()).unwrap_or_default();
    let mut member = |schema: &MemberSchema| {
        serde_json::to_value(&schema.utoipa).unwrap_or(serde_json::Value::Bool(true))
    };
    super::openapi::problem_responses(statuses, documented, &problem, &mut member)
        .into_iter()
        .map(|(code, description, response)| {
            let response = serde_json::from_value(response)
                .unwrap_or_else(|_| ResponseBuilder::new().description(description).build());
            (code.to_string(), RefOr::T(response))
        })
        .collect()
}

/// A typed success documents its status (with the registry's phrase), its
/// body's media type and schema (inline), and `Location` where the status
/// names a place (201, 300, the redirections).
impl<const CODE: u16, B: DocumentedBody> utoipa::IntoResponses for Success<CODE, B>
where
    StatusNumber<CODE>: SuccessStatus,
{
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        success_responses(<StatusNumber<CODE> as SuccessStatus>::STATUS, B::content())
    }
}

/// [`Success`]'s responses, compiled once.
fn success_responses(
    status: crate::StatusCode,
    content: Option<(&'static str, RefOr<Schema>)>,
) -> BTreeMap<String, RefOr<Response>> {
    let code = status.code();
    let mut response = ResponseBuilder::new().description(status.reason());
    if let Some(description) = super::openapi::location_description(code) {
        response = response.header(
            "location",
            HeaderBuilder::new()
                .description(Some(description))
                .schema(Some(
                    ObjectBuilder::new().schema_type(SchemaType::Type(Type::String)),
                ))
                .build(),
        );
    }
    if let Some((media_type, schema)) = content {
        if crate::status::rules::allows_content(code) && code != 205 {
            response = response.content(
                media_type,
                ContentBuilder::new().schema(Some(schema)).build(),
            );
        }
    }
    let mut responses = BTreeMap::new();
    responses.insert(code.to_string(), response.build().into());
    responses
}

/// What a typed success's body documents: its media type and schema, or
/// nothing. Implemented for [`Empty`](crate::route::Empty) and `()` (no body), `String` and `&'static str`
/// (`text/plain`), and the JSON extractors of the enabled frameworks
/// (`axum::Json<T>`, `actix_web::web::Json<T>`) for `T: ToSchema`.
#[diagnostic::on_unimplemented(
    message = "codes cannot document a success body of type `{Self}`",
    label = "not a body codes can document",
    note = "a typed success documents `()`, `String`, `&'static str`, and `Json<T>` where `T: ToSchema`"
)]
pub trait DocumentedBody {
    /// The media type and schema, or `None` for no body.
    fn content() -> Option<(&'static str, RefOr<Schema>)>;
}

impl DocumentedBody for crate::route::Empty {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        None
    }
}

impl DocumentedBody for () {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        None
    }
}

impl DocumentedBody for String {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        Some(("text/plain; charset=utf-8", String::schema()))
    }
}

impl DocumentedBody for &'static str {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        Some(("text/plain; charset=utf-8", String::schema()))
    }
}

#[cfg(feature = "axum")]
impl<T: ToSchema> DocumentedBody for axum::Json<T> {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        Some(("application/json", T::schema()))
    }
}

#[cfg(feature = "actix-web")]
impl<T: ToSchema> DocumentedBody for actix_web::web::Json<T> {
    fn content() -> Option<(&'static str, RefOr<Schema>)> {
        Some(("application/json", T::schema()))
    }
}

/// Autoref specialisation: a field's schema when its type has one.
#[doc(hidden)]
pub struct SchemaProbe<T: ?Sized>(pub core::marker::PhantomData<T>);

#[doc(hidden)]
pub trait SchemaOf {
    fn schema_of(&self) -> RefOr<Schema>;
}

impl<T: PartialSchema + ?Sized> SchemaOf for &SchemaProbe<T> {
    fn schema_of(&self) -> RefOr<Schema> {
        T::schema()
    }
}

#[doc(hidden)]
pub trait AnySchema {
    /// Any JSON value, for a field whose type has no schema.
    fn schema_of(&self) -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(SchemaType::AnyValue)
            .into()
    }
}

impl<T: ?Sized> AnySchema for SchemaProbe<T> {}

/// Documents axum's own refusals where they happen: a `utoipa::Modify` that
/// adds, to every operation reading a JSON body, path parameters or a query
/// string, the problem responses axum's extractors answer when the request
/// does not fit (turned into problems by [`problems`](crate::axum::problems)):
/// a JSON body `400` (not JSON), `413` (too large), `415` (no JSON content
/// type), `422` (not of the expected shape); path parameters and a query
/// string `400`. A status an operation documents already keeps its own entry,
/// whose description then names the refusal too.
///
/// ```ignore
/// use codes_core::utoipa::AxumRejections;
///
/// #[derive(utoipa::OpenApi)]
/// #[openapi(paths(create, show), modifiers(&AxumRejections))]
/// struct ApiDoc;
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct AxumRejections;

impl utoipa::Modify for AxumRejections {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        add_rejections(openapi, super::openapi::Framework::Axum);
    }
}

/// [`AxumRejections`] for actix-web's extractors with their default
/// configurations (turned into problems by `codes_core::actix::problems`): a
/// JSON body `400` and `413`; path parameters `404` (actix-web's default); a
/// query string `400`.
#[derive(Clone, Copy, Debug, Default)]
pub struct ActixRejections;

impl utoipa::Modify for ActixRejections {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        add_rejections(openapi, super::openapi::Framework::ActixWeb);
    }
}

/// The refusals of `framework`, through the document's JSON form.
fn add_rejections(openapi: &mut utoipa::openapi::OpenApi, framework: super::openapi::Framework) {
    let Ok(mut document) = serde_json::to_value(&*openapi) else {
        return;
    };
    super::openapi::add_rejections(&mut document, framework);
    if let Ok(modified) = serde_json::from_value(document) {
        *openapi = modified;
    }
}

/// A violation: an object with a `pointer` (a JSON Pointer) and a `detail`,
/// and maybe a `reason` (AIP-193's pattern and length), inline.
impl PartialSchema for crate::problem::Violation {
    fn schema() -> RefOr<Schema> {
        use crate::problem::violations::schema;
        ObjectBuilder::new()
            .schema_type(SchemaType::Type(Type::Object))
            .description(Some(schema::VIOLATION))
            .property(
                "pointer",
                text(schema::POINTER)
                    .format(Some(SchemaFormat::Custom("json-pointer".to_string()))),
            )
            .required("pointer")
            .property("detail", text(schema::DETAIL))
            .required("detail")
            .property(
                "reason",
                text(schema::REASON)
                    .pattern(Some(schema::REASON_PATTERN))
                    .max_length(Some(crate::problem::rules::REASON_MAX_LEN)),
            )
            .examples([serde_json::json!({
                "pointer": "/email",
                "detail": "is already registered",
                "reason": "EMAIL_TAKEN",
            })])
            .into()
    }
}

impl ToSchema for crate::problem::Violation {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Violation")
    }
}

/// A list of violations: an array of the [`Violation`](crate::problem::Violation)
/// schema, inline.
impl PartialSchema for crate::problem::Violations {
    fn schema() -> RefOr<Schema> {
        utoipa::openapi::schema::ArrayBuilder::new()
            .description(Some(crate::problem::violations::schema::VIOLATIONS))
            .items(crate::problem::Violation::schema())
            .into()
    }
}

impl ToSchema for crate::problem::Violations {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Violations")
    }
}
