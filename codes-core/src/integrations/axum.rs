//! Feature `axum`: the code enums, [`Problem<E>`](crate::problem::Problem) and
//! every `#[derive(Problem)]` type are axum responses, with the code enum's
//! reason phrase on the HTTP/1.1 status line (`422 Unprocessable Content`,
//! `499 Client Closed Request`) through hyper's `ReasonPhrase` extension.
//!
//! ```
//! use axum_core::response::IntoResponse;
//! use codes_core::{Problem, Status};
//!
//! #[derive(Debug, Status, Problem)]
//! enum UserError {
//!     #[status(NotFound)]
//!     NoSuchUser(u64),
//! }
//!
//! impl std::fmt::Display for UserError {
//!     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
//!         match self {
//!             UserError::NoSuchUser(id) => write!(f, "there is no user {id}"),
//!         }
//!     }
//! }
//!
//! // A handler returns `Result<T, UserError>` and uses `?` through `From`.
//! fn find(id: u64) -> Result<&'static str, UserError> {
//!     Err(UserError::NoSuchUser(id))
//! }
//!
//! let response = find(7).unwrap_err().into_response();
//! assert_eq!(response.status(), http::StatusCode::NOT_FOUND);
//! assert_eq!(response.headers()["content-type"], "application/problem+json");
//! ```
//!
//! Whatever codes builds here is a correct final answer: an informational
//! (1xx) status, which cannot be one, answers `500 Internal Server Error` as a
//! problem (logged with feature `tracing`); 204, 205 and 304 never carry
//! content. This holds for the enums' own responses, [`Reply`],
//! [`answer_response`] and the [`problems`] layer.

/// Feature `axum`'s impls for one type, by kind (see `__codes_integrations!`).
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_axum {
    (code $t:ident [$($docsrs:ident)?] http) => {
        $(#[cfg_attr($docsrs, doc(cfg(feature = "axum")))])?
        #[automatically_derived]
        impl $crate::__private_v0_1::axum::axum_core::response::IntoResponse for $t {
            #[inline]
            fn into_response(self) -> $crate::__private_v0_1::axum::axum_core::response::Response {
                $crate::__private_v0_1::axum::status_response($t::code(self), $t::reason(self))
            }
        }
    };
    (code $t:ident [$($docsrs:ident)?]) => {};
    (method $t:ident [$($docsrs:ident)?]) => {};
    (problem [$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*] $documented:block) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private_v0_1::axum::axum_core::response::IntoResponse for $($ty)* $($where)* {
            #[inline]
            fn into_response(self) -> $crate::__private_v0_1::axum::axum_core::response::Response {
                $crate::__private_v0_1::axum::problem_response(&self)
            }
        }
    };
}

/// What generated code names, as `__private_v0_1::axum::...` (see `mod.rs`).
#[doc(hidden)]
pub mod private {
    pub use super::{problem_response, status_response};
    pub use crate::__codes_axum as integrate;
    pub use ::axum_core;
}

use std::string::String;

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};
use http::header::{HeaderMap, HeaderName, HeaderValue};
use hyper::ext::ReasonPhrase;

use crate::__private_v0_1::HttpCode;
use crate::problem::fields::log_refusal;
use crate::problem::rewrite::{self, Action, Collected};
use crate::problem::{rules, Answer, IntoProblem, Problem};
use crate::route::{StatusNumber, Success, SuccessStatus};

/// A bare response with the status `code` and its phrase (the enums'
/// `IntoResponse`). A 1xx, which is no final answer, answers a logged 500
/// problem instead.
#[doc(hidden)]
#[must_use]
pub fn status_response(code: u16, reason: &'static str) -> Response {
    if code < 200 {
        return informational(code, reason);
    }
    let mut response = Response::new(Body::empty());
    *response.status_mut() = crate::__private_v0_1::http::to_http(code);
    set_reason(&mut response, reason);
    response
}

/// The logged 500 problem that replaces a 1xx final answer.
fn informational(code: u16, reason: &str) -> Response {
    crate::problem::log::log_informational(code, reason);
    answer_response(Answer::plain(500, "Internal Server Error"))
}

/// The response of a `#[derive(Problem)]` type.
#[doc(hidden)]
pub fn problem_response<E: IntoProblem>(error: &E) -> Response {
    answer_response(crate::problem::log::logged(error, error.answer()))
}

/// An [`Answer`] as an axum response, exactly: its status, its reason phrase
/// on the HTTP/1.1 status line, its header fields, its body (an empty body
/// for 204, 205 and 304). An [`Answer`] holds only fields that can be sent,
/// so every one of them is written.
#[must_use]
pub fn answer_response(answer: Answer) -> Response {
    let (status, reason, headers, body) = answer.into_parts();
    let mut response = Response::new(body.map_or_else(Body::empty, Body::from));
    *response.status_mut() = crate::__private_v0_1::http::to_http(status);
    let map = response.headers_mut();
    for (name, value) in headers.into_inner() {
        // Both conversions succeed for what `Headers` stores (tokens, visible
        // ASCII); the check stays so that nothing here can panic.
        match (
            HeaderName::try_from(name.as_ref()),
            HeaderValue::try_from(value),
        ) {
            (Ok(name), Ok(value)) => {
                map.append(name, value);
            }
            _ => crate::problem::fields::log_refusal(&format_args!(
                "header field `{}` could not be written",
                name.escape_debug()
            )),
        }
    }
    set_reason(&mut response, reason);
    response
}

/// The code enum's phrase for the HTTP/1.1 status line: hyper writes the
/// `ReasonPhrase` extension instead of its own canonical phrase. Only set
/// where the two differ (422, 413, custom codes...): an extension costs an
/// allocation, and hyper already writes the same phrase for the rest.
fn set_reason(response: &mut Response, reason: &'static str) {
    if response.status().canonical_reason() == Some(reason) {
        response.extensions_mut().remove::<ReasonPhrase>();
        return;
    }
    if let Ok(phrase) = ReasonPhrase::try_from(reason.as_bytes()) {
        response.extensions_mut().insert(phrase);
    }
}

/// Removes the fields that describe content or the connection
/// ([`rules::OWNED_FIELDS`]), for a response sent without content.
fn remove_owned(headers: &mut HeaderMap) {
    for name in rules::OWNED_FIELDS {
        headers.remove(name);
    }
}

/// Removes from the content's response the fields the server writes from the
/// message it sends ([`rules::message_field_refusal`]: framing and
/// connection-specific fields), logging each.
fn remove_message_fields(response: &mut Response, code: u16) {
    let refused: std::vec::Vec<(HeaderName, &'static str)> = response
        .headers()
        .keys()
        .filter_map(|name| Some((name.clone(), rules::message_field_refusal(name.as_str())?)))
        .collect();
    for (name, why) in refused {
        response.headers_mut().remove(&name);
        log_refusal(&format_args!(
            "header field `{name}` removed from the content of a {code} response: {why}"
        ));
    }
}

/// A response without content: 204, 205 and 304, whatever content they were
/// given. The other fields stay.
fn without_content(response: Response) -> Response {
    let (mut parts, _) = response.into_parts();
    remove_owned(&mut parts.headers);
    Response::from_parts(parts, Body::empty())
}

/// A code enum's status with any response body and headers: the one spelling
/// of "this status, and this content" in a handler, since axum's tuples take
/// only `http::StatusCode` first.
///
/// ```
/// use axum_core::response::IntoResponse;
/// use codes_core::axum::Reply;
/// use codes_core::StatusCode;
///
/// let response = Reply(StatusCode::Created, ([("location", "/users/7")], "created")).into_response();
/// assert_eq!(response.status(), http::StatusCode::CREATED);
/// assert_eq!(response.headers()["location"], "/users/7");
/// ```
///
/// Unlike axum's tuples, it keeps the status's rules and the message's:
///
/// - the server frames the message from the body it sends: a
///   `Content-Length` or `Transfer-Encoding` the content brings, and any
///   connection-specific field (`Connection`, `Upgrade`, `TE`...), is removed
///   and logged (feature `tracing`, at `warn`), as
///   [`rules::message_field_refusal`] says. `Content-Type`,
///   `Content-Encoding` and the other fields stay. (A `426 Upgrade Required`
///   with its `Upgrade` field is therefore not a `Reply`: build it with axum.)
/// - with 204, 205 or 304 the content is dropped, and with it the fields that
///   describe it ([`rules::OWNED_FIELDS`]), the other fields kept;
/// - a 1xx status answers a logged `500` problem instead (`101 Switching
///   Protocols` too: axum's upgrade extractors make protocol switches, not
///   `Reply`).
///
/// ```
/// # use axum_core::response::IntoResponse;
/// # use codes_core::axum::Reply;
/// # use codes_core::StatusCode;
/// let response = Reply(StatusCode::NoContent, ([("etag", "\"v2\"")], "forgotten")).into_response();
/// assert_eq!(response.status(), 204);
/// assert_eq!(response.headers()["etag"], "\"v2\"");
/// assert!(response.headers().get("content-type").is_none());
/// let response = Reply(StatusCode::Ok, ([("content-length", "3")], "hello")).into_response();
/// assert!(response.headers().get("content-length").is_none()); // the server writes 5
/// let response = Reply(StatusCode::Continue, "never").into_response();
/// assert_eq!(response.status(), 500);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Reply<C, R>(pub C, pub R);

impl<C: HttpCode, R: IntoResponse> IntoResponse for Reply<C, R> {
    fn into_response(self) -> Response {
        let Reply(status, content) = self;
        let code = status.code();
        if code < 200 {
            return informational(code, status.reason());
        }
        let mut response = content.into_response();
        remove_message_fields(&mut response, code);
        *response.status_mut() = crate::__private_v0_1::http::to_http(code);
        set_reason(&mut response, status.reason());
        if matches!(code, 204 | 205 | 304) {
            response = without_content(response);
        }
        response
    }
}

/// A typed success answers with its status and the registry's phrase, its
/// `Location` (checked: one that is not a field value answers a logged 500),
/// and its body, under the rules of [`Reply`].
impl<const CODE: u16, B: IntoResponse> IntoResponse for Success<CODE, B>
where
    StatusNumber<CODE>: SuccessStatus,
{
    fn into_response(self) -> Response {
        let (status, body, location) = self.into_parts();
        match crate::route::sendable_location(location) {
            Ok(None) => Reply(status, body).into_response(),
            Ok(Some(location)) => {
                Reply(status, ([(http::header::LOCATION, location)], body)).into_response()
            }
            Err(_) => answer_response(Answer::plain(500, "Internal Server Error")),
        }
    }
}

/// No body: an empty `200` by itself; a typed success sets its own status.
impl IntoResponse for crate::route::Empty {
    fn into_response(self) -> Response {
        ().into_response()
    }
}

/// Turns every error response that is not a problem yet into one: axum's own
/// rejections (a JSON body that does not parse, a path or query that does not
/// match, a missing content type), the 404 of an unknown route, the 405 of a
/// wrong method (its `Allow` header kept). Add it to a router in one line:
///
/// ```
/// # use axum_core::response::Response;
/// # async fn _f(r: Response) -> Response { codes_core::axum::problems(r).await }
/// // Router::new().route(...).layer(axum::middleware::map_response(codes_core::axum::problems))
/// ```
///
/// What it does, by response:
///
/// - a 4xx or 5xx that is not JSON becomes a problem: `title` the phrase of
///   the status line (the `ReasonPhrase` codes put there, so custom codes keep
///   theirs, else the registry's), `detail` the body's text (withheld for a
///   5xx, and logged with feature `tracing`). A text over 16 KiB is cut at a
///   character boundary and ends with ` [truncated]`; a compressed body
///   (`Content-Encoding`) is not read. The other header fields stay (`Allow`,
///   `Retry-After`...), except those describing the old body (its type,
///   length, coding, validators...);
/// - a problem already (`application/problem+json`, in any case, with any
///   parameters) passes unchanged;
/// - a JSON body (`application/json`, or a `+json` type) passes unchanged: it
///   is the handler's own answer, and its members are not reinterpreted;
/// - 204, 205 and 304 lose any content (and the fields describing it); a 1xx
///   other than a `101` with `Upgrade` becomes a logged `500` problem;
/// - every other response passes unchanged.
pub async fn problems(response: Response) -> Response {
    use http_body_util::BodyExt;

    let status = response.status().as_u16();
    let headers = response.headers();
    let content_type = headers
        .get(http::header::CONTENT_TYPE)
        .map(HeaderValue::as_bytes);
    let upgrade = headers.contains_key(http::header::UPGRADE);
    match rewrite::action(status, content_type, upgrade) {
        Action::Keep => return response,
        Action::NoContent => return without_content(response),
        Action::Informational => {
            return informational(status, response.status().canonical_reason().unwrap_or(""))
        }
        Action::Rewrite => {}
    }
    let (mut parts, mut body) = response.into_parts();
    let mut collected = Collected::default();
    let encoding = parts.headers.get(http::header::CONTENT_ENCODING);
    let readable = rewrite::readable(encoding.map(HeaderValue::as_bytes));
    if readable {
        loop {
            // A body that fails midway is read as far as it went.
            let Some(Ok(frame)) = body.frame().await else {
                break;
            };
            if let Ok(data) = frame.into_data() {
                if !collected.push(&data) {
                    break;
                }
            }
        }
    }
    let title = phrase(&parts.extensions, status);
    let body = rewrite::rejection_body(status, &title, &collected.text());
    remove_owned(&mut parts.headers);
    for name in rewrite::REPRESENTATION_FIELDS {
        parts.headers.remove(name);
    }
    parts.headers.insert(
        http::header::CONTENT_TYPE,
        HeaderValue::from_static(crate::problem::PROBLEM_JSON),
    );
    let mut response = Response::from_parts(parts, Body::from(body));
    if response.extensions().get::<ReasonPhrase>().is_none() {
        if let Some(reason) = registry_reason(status) {
            set_reason(&mut response, reason);
        }
    }
    response
}

/// The phrase of the response's status line: the `ReasonPhrase` already on
/// it (put there by codes, for custom codes and RFC 9110's newer names), else
/// the registry's, else the class's title (`Client Error`).
fn phrase(extensions: &http::Extensions, status: u16) -> String {
    if let Some(phrase) = extensions.get::<ReasonPhrase>() {
        if let Ok(text) = core::str::from_utf8(phrase.as_bytes()) {
            return text.into();
        }
    }
    match registry_reason(status) {
        Some(reason) => reason.into(),
        None => crate::StatusCode::from_code_lenient(status)
            .map_or("Error", |s| s.class().title())
            .into(),
    }
}

/// The registry's phrase of `status`, if it is registered.
fn registry_reason(status: u16) -> Option<&'static str> {
    crate::StatusCode::from_code(status).map(crate::StatusCode::reason)
}

impl<E: IntoProblem> IntoResponse for Problem<E> {
    fn into_response(self) -> Response {
        answer_response(crate::problem::log::logged(self.error(), self.answer()))
    }
}
