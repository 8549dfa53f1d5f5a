//! Feature `actix-web`: the same errors, enums and problem bodies as with axum,
//! for actix-web 4.
//!
//! - every `#[derive(Problem)]` type is an actix-web `ResponseError`: handlers
//!   return `Result<T, AppError>` and `?` works through `From`;
//! - [`Problem<E>`](crate::problem::Problem) is a `ResponseError` too, for
//!   per-response additions;
//! - every HTTP code enum is a `Responder` (the status, no body);
//! - the status line carries the code enum's reason phrase (actix's response
//!   head `reason`), so `422 Unprocessable Content` and custom phrases go out
//!   on the wire.
//!
//! The answer is built once, framework-neutral ([`Answer`]), as for axum.
//! actix-web 4 still uses `http` 0.2: conversions go through the number, never
//! through `http` 1 types.
//!
//! ```
//! use actix_web::ResponseError;
//! use codes_core::{Problem, Status};
//!
//! #[derive(Debug, Status, Problem)]
//! enum UserError {
//!     #[status(UnprocessableContent)]
//!     Invalid,
//! }
//!
//! impl std::fmt::Display for UserError {
//!     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
//!         f.write_str("the user breaks the rules")
//!     }
//! }
//!
//! let response = UserError::Invalid.error_response();
//! assert_eq!(response.status().as_u16(), 422);
//! assert_eq!(response.head().reason(), "Unprocessable Content");
//! assert_eq!(response.headers().get("content-type").unwrap(), "application/problem+json");
//! ```

use actix_web::body::BoxBody;
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::http::StatusCode as ActixStatus;
use actix_web::{HttpResponse, ResponseError};

use crate::problem::{Answer, IntoProblem, Problem};

/// actix-web's status for a code (every HTTP code enum holds 100..=599; the
/// fallback only keeps the conversion from panicking).
#[doc(hidden)]
#[must_use]
pub fn actix_status(code: u16) -> ActixStatus {
    ActixStatus::from_u16(code).unwrap_or(ActixStatus::INTERNAL_SERVER_ERROR)
}

/// The status line's phrase, where the code enum's differs from actix's own.
fn set_reason(response: &mut HttpResponse, reason: &'static str) {
    if response.status().canonical_reason() != Some(reason) {
        response.head_mut().reason = Some(reason);
    }
}

/// A bare response with the status `code` and its phrase (the enums' `Responder`).
#[doc(hidden)]
#[must_use]
pub fn actix_status_response(code: u16, reason: &'static str) -> HttpResponse {
    let mut response = HttpResponse::new(actix_status(code));
    set_reason(&mut response, reason);
    response
}

/// A response builder with a code enum's status (and its phrase on the status
/// line): the actix spelling of "this status, and this content", as
/// [`Reply`](crate::axum::Reply) is with axum.
///
/// ```
/// use codes_core::StatusCode;
///
/// let response = codes_core::actix::builder(StatusCode::Created)
///     .insert_header(("location", "/users/7"))
///     .body("created");
/// assert_eq!(response.status().as_u16(), 201);
/// ```
pub fn builder<C: crate::__private_v0_1::HttpCode>(status: C) -> actix_web::HttpResponseBuilder {
    let mut builder = HttpResponse::build(actix_status(status.code()));
    if actix_status(status.code()).canonical_reason() != Some(status.reason()) {
        builder.reason(status.reason());
    }
    builder
}

/// The status of a `#[derive(Problem)]` type, for `ResponseError::status_code`.
#[doc(hidden)]
pub fn actix_problem_status<E: IntoProblem>(error: &E) -> ActixStatus {
    let code = crate::Code::code(error.status());
    actix_status(if code < 200 { 500 } else { code })
}

/// The response of a `#[derive(Problem)]` type (logged with feature `tracing`).
#[doc(hidden)]
pub fn actix_problem_response<E: IntoProblem>(error: &E) -> HttpResponse {
    let answer = error.answer();
    crate::problem::log_answer(error, &answer);
    answer_response(answer)
}

/// An [`Answer`] as an actix-web response. Header fields whose name or value
/// HTTP does not allow are left out (never a panic).
#[must_use]
pub fn answer_response(answer: Answer) -> HttpResponse {
    let mut response = HttpResponse::new(actix_status(answer.status));
    for (name, value) in answer.headers.iter() {
        if let (Ok(name), Ok(value)) = (HeaderName::try_from(name), HeaderValue::try_from(value)) {
            response.headers_mut().append(name, value);
        }
    }
    set_reason(&mut response, answer.reason);
    match answer.body {
        Some(body) => response.set_body(BoxBody::new(body)),
        None => response,
    }
}

impl<E: IntoProblem + core::fmt::Debug> ResponseError for Problem<E> {
    fn status_code(&self) -> ActixStatus {
        actix_problem_status(self.error())
    }

    fn error_response(&self) -> HttpResponse<BoxBody> {
        let answer = self.answer();
        crate::problem::log_answer(self.error(), &answer);
        answer_response(answer)
    }
}

/// actix-web's `Method` (of `http` 0.2) for a method token. Every enum made by
/// `methods!` holds only tokens, which it accepts, so the fallback is never
/// taken; it exists so that the conversion cannot panic.
#[doc(hidden)]
#[must_use]
pub fn method_to_actix(token: &'static str) -> actix_web::http::Method {
    actix_web::http::Method::from_bytes(token.as_bytes()).unwrap_or_default()
}
