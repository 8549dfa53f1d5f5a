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

use std::string::{String, ToString};

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};
use http::header::{HeaderName, HeaderValue};
use hyper::ext::ReasonPhrase;

use crate::__private_v0_1::HttpCode;
use crate::problem::{Answer, IntoProblem, Problem};

/// A bare response with the status `code` and its phrase (the enums' `IntoResponse`).
#[doc(hidden)]
#[must_use]
pub fn status_response(code: u16, reason: &'static str) -> Response {
    let mut response = crate::__private_v0_1::to_http(code).into_response();
    set_reason(&mut response, reason);
    response
}

/// The response of a `#[derive(Problem)]` type.
#[doc(hidden)]
pub fn problem_response<E: IntoProblem>(error: &E) -> Response {
    let answer = error.answer();
    crate::problem::log_answer(error, &answer);
    answer_response(answer)
}

/// An [`Answer`] as an axum response. Header fields whose name or value HTTP
/// does not allow are left out (never a panic).
#[must_use]
pub fn answer_response(answer: Answer) -> Response {
    let body = answer.body.map_or_else(Body::empty, Body::from);
    let mut response = Response::new(body);
    *response.status_mut() = crate::__private_v0_1::to_http(answer.status);
    let headers = response.headers_mut();
    for (name, value) in answer.headers.iter() {
        if let (Ok(name), Ok(value)) = (HeaderName::try_from(name), HeaderValue::try_from(value)) {
            headers.append(name, value);
        }
    }
    set_reason(&mut response, answer.reason);
    response
}

/// The code enum's phrase for the HTTP/1.1 status line: hyper writes the
/// `ReasonPhrase` extension instead of its own canonical phrase. Only set
/// where the two differ (422, 413, custom codes...): an extension costs an
/// allocation, and hyper already writes the same phrase for the rest.
fn set_reason(response: &mut Response, reason: &'static str) {
    if response.status().canonical_reason() == Some(reason) {
        return;
    }
    if let Ok(phrase) = ReasonPhrase::try_from(reason.as_bytes()) {
        response.extensions_mut().insert(phrase);
    }
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
#[derive(Clone, Copy, Debug)]
pub struct Reply<C, R>(pub C, pub R);

impl<C: HttpCode, R: IntoResponse> IntoResponse for Reply<C, R> {
    fn into_response(self) -> Response {
        let Reply(status, content) = self;
        let mut response = content.into_response();
        *response.status_mut() = crate::__private_v0_1::to_http(status.code());
        set_reason(&mut response, status.reason());
        response
    }
}

/// The most of a framework error response's body that [`problems`] reads.
const REJECTION_BODY_LIMIT: usize = 16 * 1024;

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
/// The problem's `title` is the reason phrase, its `detail` the framework's
/// text (up to 16 KiB; withheld for 5xx, as for every problem). Responses
/// below 400, and those that are problems already, pass unchanged.
pub async fn problems(response: Response) -> Response {
    use http_body_util::BodyExt;

    let status = response.status().as_u16();
    let is_problem = response
        .headers()
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with(crate::problem::PROBLEM_JSON));
    if status < 400 || is_problem {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let text = match http_body_util::Limited::new(body, REJECTION_BODY_LIMIT)
        .collect()
        .await
    {
        Ok(collected) => String::from_utf8(collected.to_bytes().to_vec()).unwrap_or_default(),
        Err(_) => String::new(),
    };
    let reason = crate::StatusCode::from_code_lenient(status).map_or("Error", |s| {
        if s.code() == status {
            s.reason()
        } else {
            s.class().title()
        }
    });
    let mut details = crate::problem::ProblemDetails::for_status(status, reason);
    let text = text.trim();
    if status < 500 && !text.is_empty() {
        details.detail = Some(text.to_string());
    }
    let body = serde_json::to_vec(&details).unwrap_or_default();
    parts.headers.remove(http::header::CONTENT_LENGTH);
    parts.headers.insert(
        http::header::CONTENT_TYPE,
        HeaderValue::from_static(crate::problem::PROBLEM_JSON),
    );
    let mut response = Response::from_parts(parts, Body::from(body));
    set_reason(&mut response, reason);
    response
}

impl<E: IntoProblem> IntoResponse for Problem<E> {
    fn into_response(self) -> Response {
        let answer = self.answer();
        crate::problem::log_answer(self.error(), &answer);
        answer_response(answer)
    }
}
