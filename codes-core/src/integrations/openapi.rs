//! Feature `openapi` (turned on by `utoipa` and `aide`): what a
//! `#[derive(Problem)]` type documents of itself, for every OpenAPI
//! generator: per variant, its status, first doc line, problem type and
//! title, members (with a schema per generator) and header fields.
//! `utoipa.rs` and `aide.rs` turn the same table into their own documents.

/// Feature `openapi`'s impls for one type, by kind (see `__codes_integrations!`).
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_openapi {
    (problem [$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*] $documented:block) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private_v0_1::openapi::DocumentedProblem for $($ty)* $($where)* {
            fn documented() -> $crate::__private_v0_1::openapi::Vec<$crate::__private_v0_1::openapi::Documented> {
                $documented
            }
        }
    };
    ($($other:tt)*) => {};
}

/// A member's schema for each enabled generator (`()` for one that is off).
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_member_schema {
    ($ty:ty) => {
        $crate::__private_v0_1::openapi::MemberSchema {
            utoipa: $crate::__private_v0_1::utoipa::schema!($ty),
            aide: $crate::__private_v0_1::aide::schema!($ty),
        }
    };
}

/// What generated code names, as `__private_v0_1::openapi::...` (see `mod.rs`).
#[doc(hidden)]
pub mod private {
    pub use super::{
        Documented, DocumentedProbe, DocumentedProblem, ForwardDocumented, MemberSchema,
        NotDocumented,
    };
    pub use crate::__codes_member_schema as member_schema;
    pub use crate::__codes_openapi as integrate;
    pub use alloc::{vec, vec::Vec};
}

use alloc::vec::Vec;

/// utoipa's schema of a member (feature `utoipa`), or nothing.
#[cfg(feature = "utoipa")]
pub type UtoipaSchema = utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>;
/// utoipa's schema of a member (feature `utoipa`), or nothing.
#[cfg(not(feature = "utoipa"))]
pub type UtoipaSchema = ();

/// aide's (schemars') schema of a member (feature `aide`), or nothing.
#[cfg(feature = "aide")]
pub type AideSchema = fn(&mut schemars::SchemaGenerator) -> schemars::Schema;
/// aide's (schemars') schema of a member (feature `aide`), or nothing.
#[cfg(not(feature = "aide"))]
pub type AideSchema = ();

/// A member's schema, per generator.
#[doc(hidden)]
pub struct MemberSchema {
    pub utoipa: UtoipaSchema,
    pub aide: AideSchema,
}

/// What the derive knows of one variant with a named status.
#[doc(hidden)]
pub struct Documented {
    pub status: u16,
    /// The first line of the variant's docs.
    pub description: Option<&'static str>,
    /// Its problem type URI (`None`: `about:blank`).
    pub type_uri: Option<&'static str>,
    /// Its title (`None`: the reason phrase).
    pub title: Option<&'static str>,
    /// Extension members: name, and the field's schema.
    pub members: Vec<(&'static str, MemberSchema)>,
    /// Header fields the variant sends.
    pub headers: Vec<&'static str>,
    /// Its machine-readable reason, sent as the member `reason`.
    pub reason: Option<&'static str>,
}

/// What a `#[derive(Problem)]` type documents of its variants (implemented by
/// the derive): a `#[status(transparent)]` variant documents what its field
/// sends through this, when the field's type is a derived problem too.
#[doc(hidden)]
pub trait DocumentedProblem {
    fn documented() -> Vec<Documented>;
}

macro_rules! delegate_documented {
    ($($pointer:ty),*) => {$(
        impl<T: DocumentedProblem> DocumentedProblem for $pointer {
            fn documented() -> Vec<Documented> {
                T::documented()
            }
        }
    )*};
}

delegate_documented!(
    &T,
    alloc::boxed::Box<T>,
    alloc::rc::Rc<T>,
    alloc::sync::Arc<T>
);

/// Autoref specialisation for the field of a `#[status(transparent)]`
/// variant: `(&&DocumentedProbe::<T>(PhantomData)).documented_of()` is what
/// `T` documents when it is a derived problem, nothing otherwise (a field
/// with only a status, or a generic one: its statuses are listed with their
/// reason phrases).
#[doc(hidden)]
pub struct DocumentedProbe<T: ?Sized>(pub core::marker::PhantomData<T>);

#[doc(hidden)]
pub trait ForwardDocumented {
    fn documented_of(&self) -> Vec<Documented>;
}

impl<T: DocumentedProblem + ?Sized> ForwardDocumented for &DocumentedProbe<T> {
    fn documented_of(&self) -> Vec<Documented> {
        T::documented()
    }
}

#[doc(hidden)]
pub trait NotDocumented {
    fn documented_of(&self) -> Vec<Documented> {
        Vec::new()
    }
}

impl<T: ?Sized> NotDocumented for DocumentedProbe<T> {}

// What both generators make of the table (unused with `openapi` alone, which
// only `utoipa` and `aide` turn on).
#[cfg_attr(not(any(feature = "utoipa", feature = "aide")), allow(dead_code))]
/// The example body of a variant's problem: its type, title and status (the
/// detail and members are the value's own).
#[must_use]
pub(crate) fn example_body(documented: &Documented, reason: &str) -> serde_json::Value {
    let mut body = serde_json::json!({
        "type": documented.type_uri.unwrap_or("about:blank"),
        "title": documented.title.unwrap_or(reason),
        "status": documented.status,
    });
    if let Some(machine) = documented.reason {
        body[crate::problem::rules::REASON_MEMBER] = serde_json::Value::from(machine);
    }
    body
}

#[cfg_attr(not(any(feature = "utoipa", feature = "aide")), allow(dead_code))]
/// The problem types of the variants answering with one status, as the
/// schema's `type` values: empty when none names one (all `about:blank`).
#[must_use]
pub(crate) fn problem_types(variants: &[&Documented]) -> Vec<serde_json::Value> {
    if variants.iter().all(|d| d.type_uri.is_none()) {
        return Vec::new();
    }
    let mut types: Vec<&str> = variants
        .iter()
        .map(|d| d.type_uri.unwrap_or("about:blank"))
        .collect();
    types.sort_unstable();
    types.dedup();
    types.into_iter().map(serde_json::Value::from).collect()
}

/// The web framework whose extractors refuse requests: their statuses differ.
#[cfg_attr(not(any(feature = "utoipa", feature = "aide")), allow(dead_code))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Framework {
    Axum,
    #[cfg_attr(not(feature = "utoipa"), allow(dead_code))]
    ActixWeb,
}

/// What a framework's extractors answer when a request does not fit them
/// (answered as problems by codes' `problems` layer or middleware):
/// `(status, why)` for a JSON body, path parameters, a query string.
#[cfg_attr(not(any(feature = "utoipa", feature = "aide")), allow(dead_code))]
fn rejections(framework: Framework) -> [&'static [(u16, &'static str)]; 3] {
    match framework {
        Framework::Axum => [
            &[
                (400, "The request body is not valid JSON."),
                (413, "The request body is larger than the server accepts."),
                (415, "The request does not say its body is JSON (`Content-Type: application/json`)."),
                (422, "The request body is JSON, but not of the expected shape."),
            ],
            &[(400, "A path parameter does not parse as its type.")],
            &[(400, "The query string does not parse as the expected parameters.")],
        ],
        Framework::ActixWeb => [
            &[
                (400, "The request body is not JSON of the expected shape, or does not say it is JSON."),
                (413, "The request body is larger than the server accepts."),
            ],
            &[(404, "A path parameter does not parse as its type.")],
            &[(400, "The query string does not parse as the expected parameters.")],
        ],
    }
}

/// Adds, to every operation of an OpenAPI `document` (as JSON), the problem
/// responses the framework's extractors answer for what the operation reads:
/// a JSON request body, path parameters, query parameters. A status the
/// operation documents already is left as it is (its own error documents
/// it), so nothing is listed twice.
#[cfg_attr(not(feature = "utoipa"), allow(dead_code))]
pub(crate) fn add_rejections(document: &mut serde_json::Value, framework: Framework) {
    let Some(paths) = document
        .get_mut("paths")
        .and_then(serde_json::Value::as_object_mut)
    else {
        return;
    };
    for (template, item) in paths.iter_mut() {
        add_rejections_to_path(template, item, framework);
    }
}

/// [`add_rejections`] for one path item (as JSON) at `template`
/// (`/users/{id}`). A parameter of the template that an operation does not
/// declare (aide cannot see the name of a `Path<u64>`) is declared, as a
/// string: the document is not valid without it, and the route reads it.
#[cfg_attr(not(any(feature = "utoipa", feature = "aide")), allow(dead_code))]
pub(crate) fn add_rejections_to_path(
    template: &str,
    item: &mut serde_json::Value,
    framework: Framework,
) {
    let [body, path, query] = rejections(framework);
    // Parameters may sit on the path item, for every operation.
    let shared = item.get("parameters").cloned();
    let Some(item) = item.as_object_mut() else {
        return;
    };
    for (method, operation) in item.iter_mut() {
        if !matches!(
            method.as_str(),
            "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace"
        ) {
            continue;
        }
        declare_path_parameters(template, operation, shared.as_ref());
        let reads = |place: &str| {
            [operation.get("parameters"), shared.as_ref()]
                .into_iter()
                .flatten()
                .filter_map(serde_json::Value::as_array)
                .flatten()
                .any(|p| p.get("in").and_then(serde_json::Value::as_str) == Some(place))
        };
        let mut added: Vec<(u16, &str)> = Vec::new();
        let json_body = operation
            .pointer("/requestBody/content")
            .and_then(serde_json::Value::as_object)
            .is_some_and(|content| content.keys().any(|media| media.contains("json")));
        if json_body {
            added.extend(body.iter().copied());
        }
        if reads("path") {
            added.extend(path.iter().copied());
        }
        if reads("query") {
            added.extend(query.iter().copied());
        }
        if added.is_empty() {
            continue;
        }
        let responses = operation.as_object_mut().map(|o| {
            o.entry("responses")
                .or_insert_with(|| serde_json::json!({}))
        });
        let Some(responses) = responses.and_then(serde_json::Value::as_object_mut) else {
            continue;
        };
        added.sort_by_key(|(code, _)| *code);
        let mut codes: Vec<u16> = added.iter().map(|(code, _)| *code).collect();
        codes.dedup();
        for code in codes {
            let key = alloc::string::ToString::to_string(&code);
            let why: Vec<&str> = added
                .iter()
                .filter(|(c, _)| *c == code)
                .map(|(_, w)| *w)
                .collect();
            let why = why.join(" ");
            match responses.get_mut(&key) {
                // The route's own entry stays (its problem schema takes the
                // refusal's body too); its description says both.
                Some(own) => {
                    if let Some(description) = own.get_mut("description") {
                        let text = description.as_str().unwrap_or_default();
                        *description =
                            alloc::format!("{text} Or the framework's refusal: {why}").into();
                    }
                }
                None => {
                    responses.insert(key, rejection_response(code, &why));
                }
            }
        }
    }
}

/// Declares, on `operation`, each `{name}` of the path `template` that
/// neither it nor its path item (`shared`) declares.
#[cfg_attr(not(any(feature = "utoipa", feature = "aide")), allow(dead_code))]
fn declare_path_parameters(
    template: &str,
    operation: &mut serde_json::Value,
    shared: Option<&serde_json::Value>,
) {
    let names = template
        .split('/')
        .filter_map(|segment| segment.strip_prefix('{')?.strip_suffix('}'));
    for name in names {
        let declared = [operation.get("parameters"), shared]
            .into_iter()
            .flatten()
            .filter_map(serde_json::Value::as_array)
            .flatten()
            .any(|p| {
                p.get("in").and_then(serde_json::Value::as_str) == Some("path")
                    && p.get("name").and_then(serde_json::Value::as_str) == Some(name)
            });
        if declared {
            continue;
        }
        let Some(operation) = operation.as_object_mut() else {
            return;
        };
        let parameters = operation
            .entry("parameters")
            .or_insert_with(|| serde_json::Value::Array(Vec::new()));
        if let Some(parameters) = parameters.as_array_mut() {
            parameters.push(serde_json::json!({
                "name": name,
                "in": "path",
                "required": true,
                "schema": {"type": "string"}
            }));
        }
    }
}

/// A rejection's response: a problem with the status's phrase as title.
#[cfg_attr(not(any(feature = "utoipa", feature = "aide")), allow(dead_code))]
fn rejection_response(code: u16, description: &str) -> serde_json::Value {
    let reason = crate::StatusCode::from_code(code).map_or("", crate::StatusCode::reason);
    serde_json::json!({
        "description": description,
        "content": {
            crate::problem::PROBLEM_JSON: {
                "schema": problem_details_schema(),
                "examples": {
                    alloc::format!("{code}-rejection"): {
                        "summary": description,
                        "value": {"type": "about:blank", "title": reason, "status": code}
                    }
                }
            }
        }
    })
}

/// The problem details' own members (RFC 9457, Section 3.1), as JSON Schema.
#[cfg_attr(not(any(feature = "utoipa", feature = "aide")), allow(dead_code))]
pub(crate) fn problem_details_schema() -> serde_json::Value {
    serde_json::json!({
        "type": "object",
        "description": "A problem details object (RFC 9457).",
        "properties": {
            "type": {"type": "string", "format": "uri-reference", "default": "about:blank",
                     "description": "A URI reference that identifies the problem type."},
            "title": {"type": "string", "description": "A short summary of the problem type."},
            "status": {"type": "integer", "minimum": 200, "maximum": 599,
                       "description": "The HTTP status code of this occurrence."},
            "detail": {"type": "string", "description": "An explanation of this occurrence."},
            "instance": {"type": "string", "format": "uri-reference",
                         "description": "A URI reference that identifies this occurrence."}
        }
    })
}

/// What a typed success's `Location` says, for the successes that carry one
/// (201 and 300 may name a place; the redirections must), or `None`.
#[cfg_attr(not(any(feature = "utoipa", feature = "aide")), allow(dead_code))]
pub(crate) fn location_description(code: u16) -> Option<&'static str> {
    match code {
        201 | 300 => Some("Where the resource lives (when the handler names it)."),
        301 | 302 | 303 | 307 | 308 => Some("Where to go."),
        _ => None,
    }
}

/// A header field of a response: a string, with what it says.
#[cfg_attr(not(any(feature = "utoipa", feature = "aide")), allow(dead_code))]
pub(crate) fn string_header(description: Option<&str>) -> serde_json::Value {
    let mut header = serde_json::json!({"schema": {"type": "string"}});
    if let Some(description) = description {
        header["description"] = serde_json::Value::from(description);
    }
    header
}

/// The responses of a `#[derive(Problem)]` type, for any generator: one per
/// status it can answer with (`statuses`, number and phrase; a 1xx as the
/// 500 it is answered with instead), described by its variants' first doc
/// lines (or the phrase), with the header fields they send and an
/// `application/problem+json` body: the generator's `problem` details
/// schema, and beside it the problem types and the members (each schema by
/// `member`), and one example per variant. Each as an OpenAPI Response object
/// in JSON, with its status and description, for the generator to read into
/// its own type.
#[cfg_attr(not(any(feature = "utoipa", feature = "aide")), allow(dead_code))]
pub(crate) fn problem_responses(
    mut statuses: Vec<(u16, &'static str)>,
    documented: &[Documented],
    problem: &serde_json::Value,
    member: &mut dyn FnMut(&MemberSchema) -> serde_json::Value,
) -> Vec<(u16, alloc::string::String, serde_json::Value)> {
    use serde_json::{json, Map, Value};
    statuses.sort_unstable();
    statuses.dedup();
    let mut responses = Vec::new();
    for (code, reason) in statuses {
        let code = if code < 200 { 500 } else { code };
        let here: Vec<&Documented> = documented.iter().filter(|d| d.status == code).collect();
        let mut descriptions: Vec<&str> = here.iter().filter_map(|d| d.description).collect();
        descriptions.dedup();
        let description = if descriptions.is_empty() {
            alloc::string::ToString::to_string(reason)
        } else {
            descriptions.join(" / ")
        };
        let mut response = json!({ "description": description });
        // Field names are case-insensitive: `WWW-Authenticate` given by two
        // fields is one header of the response (which may repeat).
        let mut headers = Map::new();
        for name in here.iter().flat_map(|d| d.headers.iter()) {
            if !headers.keys().any(|n| n.eq_ignore_ascii_case(name)) {
                headers.insert((*name).into(), string_header(None));
            }
        }
        if !headers.is_empty() {
            response["headers"] = Value::Object(headers);
        }
        if crate::status::rules::allows_content(code) && code != 205 {
            // The problem types this status answers with, when a variant
            // names one (`about:blank` for those that do not).
            let mut extension = Map::new();
            let types = problem_types(&here);
            if !types.is_empty() {
                extension.insert("type".into(), json!({"type": "string", "enum": types}));
            }
            // The reasons this status answers with: what a client may match.
            let mut reasons: Vec<&str> = here.iter().filter_map(|d| d.reason).collect();
            reasons.sort_unstable();
            reasons.dedup();
            if !reasons.is_empty() {
                extension.insert(
                    crate::problem::rules::REASON_MEMBER.into(),
                    json!({
                        "type": "string",
                        "enum": reasons,
                        "description": "The machine-readable reason of the error: stable, for clients to match on (the `detail` is for people).",
                    }),
                );
            }
            for (name, schema) in here.iter().flat_map(|d| d.members.iter()) {
                extension.insert((*name).into(), member(schema));
            }
            // Inline, not a `$ref`: `IntoResponses` cannot register
            // components, and a reference the document does not define
            // makes it invalid.
            // A reason every variant of this status has is always sent.
            let required: Vec<&str> = if here.iter().all(|d| d.reason.is_some()) {
                alloc::vec![crate::problem::rules::REASON_MEMBER]
            } else {
                Vec::new()
            };
            let schema = if extension.is_empty() {
                problem.clone()
            } else if required.is_empty() {
                json!({"allOf": [problem, {"type": "object", "properties": extension}]})
            } else {
                json!({"allOf": [problem, {"type": "object", "properties": extension, "required": required}]})
            };
            // One example per variant, named by its position among them.
            let mut examples = Map::new();
            for (index, variant) in here.iter().enumerate() {
                examples.insert(
                    alloc::format!("{code}-{}", index + 1),
                    json!({
                        "summary": variant.description.unwrap_or(reason),
                        "value": example_body(variant, reason),
                    }),
                );
            }
            let mut media = json!({ "schema": schema });
            if !examples.is_empty() {
                media["examples"] = Value::Object(examples);
            }
            response["content"] = json!({ crate::problem::PROBLEM_JSON: media });
        }
        responses.push((code, description, response));
    }
    responses
}
