//! Feature `aide`: OpenAPI documents with aide (0.15, for axum 0.8), from the
//! same declarations, with nothing listed by hand.
//!
//! - every `#[derive(Problem)]` type, and so every route contract made by
//!   `contracts!`, implements `aide::OperationOutput`: as a handler's error
//!   type it documents one response per status it can answer with, described
//!   by its variants' first doc lines, with an `application/problem+json`
//!   body (the problem details, the variants' members with their
//!   `schemars::JsonSchema` schemas, their problem `type` URIs, one example
//!   per variant) and the header fields they send;
//! - every typed success ([`Success`]) documents its status, its body (the
//!   body's own `OperationOutput`) and `Location` where it names a place.
//!
//! aide merges both sides of a handler's `Result<T, E>` by itself, so
//! `api_route("/users/{id}", get(show))` documents `show` from its type.

/// Feature `aide`'s impls for one type, by kind (see `__codes_integrations!`).
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_aide {
    (problem [$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*] $documented:block) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private_v0_1::aide::aide::operation::OperationOutput for $($ty)* $($where)* {
            type Inner = Self;

            fn inferred_responses(
                ctx: &mut $crate::__private_v0_1::aide::aide::generate::GenContext,
                _: &mut $crate::__private_v0_1::aide::aide::openapi::Operation,
            ) -> $crate::__private_v0_1::aide::Vec<(
                ::core::option::Option<::core::primitive::u16>,
                $crate::__private_v0_1::aide::aide::openapi::Response,
            )> {
                $crate::__private_v0_1::aide::problem_responses::<Self>(
                    ctx,
                    &<Self as $crate::__private_v0_1::openapi::DocumentedProblem>::documented(),
                )
            }
        }
    };
    ($($other:tt)*) => {};
}

/// A member's schema for aide: its type's `JsonSchema` when it has one.
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_aide_schema {
    ($ty:ty) => {{
        #[allow(unused_imports)]
        use $crate::__private_v0_1::aide::{AnyJsonSchema as _, JsonSchemaOf as _};
        (&&$crate::__private_v0_1::aide::JsonSchemaProbe::<$ty>(::core::marker::PhantomData))
            .json_schema_of()
    }};
}

/// What generated code names, as `__private_v0_1::aide::...` (see `mod.rs`).
#[doc(hidden)]
pub mod private {
    pub use super::{problem_responses, AnyJsonSchema, JsonSchemaOf, JsonSchemaProbe};
    pub use crate::__codes_aide as integrate;
    pub use crate::__codes_aide_schema as schema;
    pub use ::aide;
    pub use std::vec::Vec;
}

use std::string::{String, ToString};
use std::vec::Vec;

use aide::generate::GenContext;
use aide::openapi::{Operation, Response};
use aide::operation::OperationOutput;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde_json::Value;

use super::openapi::{problem_details_schema, string_header, AideSchema, Documented, MemberSchema};
use crate::route::{Empty, StatusNumber, Success, SuccessStatus};
use crate::{Code, Status};

/// Autoref specialisation: a member's schema when its type has one.
#[doc(hidden)]
pub struct JsonSchemaProbe<T: ?Sized>(pub core::marker::PhantomData<T>);

#[doc(hidden)]
pub trait JsonSchemaOf {
    fn json_schema_of(&self) -> AideSchema;
}

impl<T: JsonSchema + ?Sized> JsonSchemaOf for &JsonSchemaProbe<T> {
    fn json_schema_of(&self) -> AideSchema {
        |generator: &mut SchemaGenerator| generator.subschema_for::<T>()
    }
}

#[doc(hidden)]
pub trait AnyJsonSchema {
    fn json_schema_of(&self) -> AideSchema {
        |_: &mut SchemaGenerator| Schema::default()
    }
}

impl<T: ?Sized> AnyJsonSchema for JsonSchemaProbe<T> {}

/// The responses of a `#[derive(Problem)]` type: every status it can answer
/// with (`Status::each_status`), documented by its variants.
#[doc(hidden)]
pub fn problem_responses<E: Status>(
    ctx: &mut GenContext,
    documented: &[Documented],
) -> Vec<(Option<u16>, Response)> {
    let mut statuses: Vec<(u16, &'static str)> = Vec::new();
    E::each_status(&mut |status| statuses.push((status.code(), status.reason())));
    responses_of(ctx, statuses, documented)
}

/// [`problem_responses`], compiled once: the generator-neutral responses,
/// read into aide's type.
fn responses_of(
    ctx: &mut GenContext,
    statuses: Vec<(u16, &'static str)>,
    documented: &[Documented],
) -> Vec<(Option<u16>, Response)> {
    let mut member = |schema: &MemberSchema| {
        serde_json::to_value((schema.aide)(&mut ctx.schema)).unwrap_or(Value::Bool(true))
    };
    super::openapi::problem_responses(statuses, documented, &problem_details_schema(), &mut member)
        .into_iter()
        .map(|(code, description, response)| (Some(code), into_response(response, &description)))
        .collect()
}

/// A response built as JSON, as aide's type (its own serde form); never
/// fails in practice, and falls back to the description alone.
fn into_response(value: Value, description: &str) -> Response {
    serde_json::from_value(value).unwrap_or_else(|_| Response {
        description: description.to_string(),
        ..Response::default()
    })
}

/// A typed success documents its status (with the registry's phrase), its
/// body (the body's own `OperationOutput`: `axum::Json<T>` with `T`'s
/// schema, `String` as text...) and `Location` where the status names a
/// place (201, 300, the redirections).
impl<const CODE: u16, B: OperationOutput> OperationOutput for Success<CODE, B>
where
    StatusNumber<CODE>: SuccessStatus,
{
    type Inner = B::Inner;

    fn operation_response(ctx: &mut GenContext, operation: &mut Operation) -> Option<Response> {
        let body = B::operation_response(ctx, operation);
        Some(success_response(
            <StatusNumber<CODE> as SuccessStatus>::STATUS,
            body,
        ))
    }

    fn inferred_responses(
        ctx: &mut GenContext,
        operation: &mut Operation,
    ) -> Vec<(Option<u16>, Response)> {
        let status = <StatusNumber<CODE> as SuccessStatus>::STATUS;
        let body = B::operation_response(ctx, operation);
        Vec::from([(Some(status.code()), success_response(status, body))])
    }
}

/// [`Success`]'s response, compiled once.
fn success_response(status: crate::StatusCode, body: Option<Response>) -> Response {
    let code = status.code();
    let mut response = body.unwrap_or_default();
    response.description = status.reason().to_string();
    if !crate::status::rules::allows_content(code) || code == 205 {
        response.content.clear();
    }
    if let Some(description) = super::openapi::location_description(code) {
        if let Ok(location) = serde_json::from_value(string_header(Some(description))) {
            response.headers.insert(
                String::from("location"),
                aide::openapi::ReferenceOr::Item(location),
            );
        }
    }
    response
}

/// No body: nothing to document.
impl OperationOutput for Empty {
    type Inner = ();
}

/// Documents axum's own refusals where they happen: adds, to every operation
/// of `api` reading a JSON body (`Json`), path parameters (`Path`) or a query
/// string (`Query`), the problem responses axum's extractors answer when the
/// request does not fit (turned into problems by
/// [`problems`](crate::axum::problems)): a JSON body `400` (not JSON), `413`
/// (too large), `415` (no JSON content type), `422` (not of the expected
/// shape); path parameters and a query string `400`. A status an operation
/// documents already keeps its own entry, whose description then names the
/// refusal too. A path parameter aide could not name (a `Path<u64>`: aide
/// names parameters from a struct deriving `JsonSchema`) is declared, so the
/// document stays valid. Call it after `finish_api`.
pub fn document_rejections(api: &mut aide::openapi::OpenApi) {
    let Some(paths) = api.paths.as_mut() else {
        return;
    };
    for (template, item) in &mut paths.paths {
        let aide::openapi::ReferenceOr::Item(item) = item else {
            continue;
        };
        // Each path item through its JSON form (the document as a whole
        // does not read back: its version is a `&'static str`).
        let Ok(mut json) = serde_json::to_value(&*item) else {
            continue;
        };
        super::openapi::add_rejections_to_path(
            template,
            &mut json,
            super::openapi::Framework::Axum,
        );
        if let Ok(modified) = serde_json::from_value(json) {
            *item = modified;
        }
    }
}

/// A violation: an object with a `pointer` (a JSON Pointer) and a `detail`,
/// and maybe a `reason` (AIP-193's pattern and length); a component of its
/// own (`Violation`) in aide's documents.
impl JsonSchema for crate::problem::Violation {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("Violation")
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("codes_core::problem::Violation")
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        use crate::problem::violations::schema;
        schemars::json_schema!({
            "type": "object",
            "description": schema::VIOLATION,
            "required": ["pointer", "detail"],
            "properties": {
                "pointer": {"type": "string", "format": "json-pointer", "description": schema::POINTER},
                "detail": {"type": "string", "description": schema::DETAIL},
                "reason": {
                    "type": "string",
                    "pattern": schema::REASON_PATTERN,
                    "maxLength": crate::problem::rules::REASON_MAX_LEN,
                    "description": schema::REASON,
                },
            },
            "examples": [{"pointer": "/email", "detail": "is already registered", "reason": "EMAIL_TAKEN"}],
        })
    }
}

/// A list of violations: an array of [`Violation`](crate::problem::Violation),
/// inline where it is used (as `Vec<T>` is).
impl JsonSchema for crate::problem::Violations {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("Violations")
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("codes_core::problem::Violations")
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        schemars::json_schema!({
            "type": "array",
            "description": crate::problem::violations::schema::VIOLATIONS,
            "items": generator.subschema_for::<crate::problem::Violation>(),
        })
    }
}
