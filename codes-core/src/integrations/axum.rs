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
    answer_response(error.answer())
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
/// `ReasonPhrase` extension instead of its own canonical phrase.
fn set_reason(response: &mut Response, reason: &'static str) {
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

impl<E: IntoProblem> IntoResponse for Problem<E> {
    fn into_response(self) -> Response {
        answer_response(self.answer())
    }
}
