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
//!   on the wire;
//! - [`builder`]: a code enum's status with content ([`Builder`]);
//! - [`problems`]: actix-web's own error responses (extractor errors, the 404
//!   of an unknown route, the 405 of a resource) as problems, in one line.
//!
//! The answer is built once, framework-neutral ([`Answer`]), as for axum, and
//! is a correct final answer whatever was asked: a 1xx status answers a
//! logged `500` problem, 204, 205 and 304 never carry content.
//!
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

/// Feature `actix-web`'s impls for one type, by kind (see `__codes_integrations!`).
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_actix {
    (code $t:ident [$($docsrs:ident)?] http) => {
        $(#[cfg_attr($docsrs, doc(cfg(feature = "actix-web")))])?
        #[automatically_derived]
        impl $crate::__private_v0_1::actix::actix_web::Responder for $t {
            type Body = $crate::__private_v0_1::actix::actix_web::body::BoxBody;
            #[inline]
            fn respond_to(
                self,
                _: &$crate::__private_v0_1::actix::actix_web::HttpRequest,
            ) -> $crate::__private_v0_1::actix::actix_web::HttpResponse {
                $crate::__private_v0_1::actix::status_response($t::code(self), $t::reason(self))
            }
        }
    };
    (code $t:ident [$($docsrs:ident)?]) => {};
    (method $t:ident [$($docsrs:ident)?]) => {
        $(#[cfg_attr($docsrs, doc(cfg(feature = "actix-web")))])?
        #[automatically_derived]
        impl ::core::convert::From<$t> for $crate::__private_v0_1::actix::actix_web::http::Method {
            #[inline]
            fn from(method: $t) -> $crate::__private_v0_1::actix::actix_web::http::Method {
                $crate::__private_v0_1::actix::method_to_actix($t::as_str(method))
            }
        }

        $(#[cfg_attr($docsrs, doc(cfg(feature = "actix-web")))])?
        #[automatically_derived]
        impl<'a> ::core::convert::TryFrom<&'a $crate::__private_v0_1::actix::actix_web::http::Method> for $t {
            type Error = $crate::__private_v0_1::UnknownMethod;
            #[inline]
            fn try_from(
                method: &'a $crate::__private_v0_1::actix::actix_web::http::Method,
            ) -> ::core::result::Result<$t, $crate::__private_v0_1::UnknownMethod> {
                $crate::__private_v0_1::parse_method::<$t>(method.as_str())
            }
        }
    };
    (problem [$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*] $documented:block) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private_v0_1::actix::actix_web::ResponseError for $($ty)* $($where)* {
            #[inline]
            fn status_code(&self) -> $crate::__private_v0_1::actix::actix_web::http::StatusCode {
                $crate::__private_v0_1::actix::problem_status(self)
            }

            fn error_response(&self) -> $crate::__private_v0_1::actix::actix_web::HttpResponse {
                $crate::__private_v0_1::actix::problem_response(self)
            }
        }
    };
}

/// What generated code names, as `__private_v0_1::actix::...` (see `mod.rs`).
#[doc(hidden)]
pub mod private {
    pub use super::{
        actix_problem_response as problem_response, actix_problem_status as problem_status,
        actix_status_response as status_response, method_to_actix,
    };
    pub use crate::__codes_actix as integrate;
    pub use ::actix_web;
}

mod middleware;

pub use middleware::problems;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::http::header::{HeaderName, HeaderValue, TryIntoHeaderPair, TryIntoHeaderValue};
use actix_web::http::StatusCode as ActixStatus;
use actix_web::{HttpRequest, HttpResponse, HttpResponseBuilder, Responder, ResponseError};

use crate::__private_v0_1::HttpCode;
use crate::problem::fields::log_refusal;
use crate::problem::{rules, Answer, IntoProblem, Problem};
use crate::route::{StatusNumber, Success, SuccessStatus};

/// actix-web's status for a code (every HTTP code enum holds 100..=599; the
/// fallback only keeps the conversion from panicking).
#[doc(hidden)]
#[must_use]
pub fn actix_status(code: u16) -> ActixStatus {
    ActixStatus::from_u16(code).unwrap_or(ActixStatus::INTERNAL_SERVER_ERROR)
}

/// The status line's phrase, where the code enum's differs from actix's own.
fn set_reason<B>(response: &mut HttpResponse<B>, reason: &'static str) {
    if response.status().canonical_reason() != Some(reason) {
        response.head_mut().reason = Some(reason);
    }
}

/// A bare response with the status `code` and its phrase (the enums'
/// `Responder`). A 1xx, which is no final answer, answers a logged 500
/// problem instead.
#[doc(hidden)]
#[must_use]
pub fn actix_status_response(code: u16, reason: &'static str) -> HttpResponse {
    if code < 200 {
        return informational(code, reason);
    }
    let mut response = HttpResponse::new(actix_status(code));
    set_reason(&mut response, reason);
    response
}

/// The logged 500 problem that replaces a 1xx final answer.
fn informational(code: u16, reason: &str) -> HttpResponse {
    crate::problem::log::log_informational(code, reason);
    answer_response(Answer::plain(500, "Internal Server Error"))
}

/// A response builder with a code enum's status (and its phrase on the status
/// line): the actix spelling of "this status, and this content", as
/// `codes_core::axum::Reply` is with axum.
///
/// ```
/// use codes_core::StatusCode;
///
/// let response = codes_core::actix::builder(StatusCode::Created)
///     .insert_header(("location", "/users/7"))
///     .body("created");
/// assert_eq!(response.status().as_u16(), 201);
/// ```
///
/// It returns a [`Builder`], which keeps the status's rules (see there): no
/// content with 204, 205 or 304, and a logged `500` problem for a 1xx.
pub fn builder<C: HttpCode>(status: C) -> Builder {
    let code = status.code();
    let mut inner = HttpResponse::build(actix_status(if code < 200 { 500 } else { code }));
    if code >= 200 && actix_status(code).canonical_reason() != Some(status.reason()) {
        inner.reason(status.reason());
    }
    Builder {
        inner,
        code,
        reason: status.reason(),
    }
}

/// actix-web's `HttpResponseBuilder` for a code enum's status, made by
/// [`builder`], with the methods handlers use. What it adds to actix's own:
///
/// - with 204, 205 or 304 the response has no content: [`body`](Self::body)
///   and [`json`](Self::json) drop theirs (as [`finish`](Self::finish)), and
///   [`content_type`](Self::content_type) is refused;
/// - the fields that frame the message or belong to the connection
///   (`Content-Length`, `Transfer-Encoding`, `Connection`...:
///   [`rules::message_field_refusal`]) are refused: actix writes them from
///   the body it sends. `Content-Type` and `Content-Encoding` describe the
///   content and are kept, except with 204, 205 and 304. (`Upgrade` is
///   refused too: a `426 Upgrade Required`, which must carry it, is built with
///   actix's own `HttpResponse`.)
/// - with a 1xx status, which is no final answer, every finishing method
///   answers a `500` problem instead (`101 Switching Protocols` included: a
///   protocol switch is made by the framework's upgrade machinery, such as a
///   WebSocket handshake, not by a builder of final answers);
/// - a header that does not convert (a malformed name or value) is refused
///   rather than turning the response into a 500.
///
/// What is refused is left out and logged (feature `tracing`, at `warn`).
///
/// ```
/// use codes_core::StatusCode;
///
/// let response = codes_core::actix::builder(StatusCode::NoContent)
///     .insert_header(("etag", "\"v2\""))
///     .body("forgotten");
/// assert_eq!(response.status().as_u16(), 204);
/// assert_eq!(response.headers().get("etag").unwrap(), "\"v2\"");
/// assert!(response.headers().get("content-type").is_none());
/// ```
pub struct Builder {
    inner: HttpResponseBuilder,
    code: u16,
    reason: &'static str,
}

impl core::fmt::Debug for Builder {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Builder")
            .field("status", &self.code)
            .field("reason", &self.reason)
            .finish_non_exhaustive()
    }
}

impl Builder {
    /// Whether the status allows content (not 204, 205 or 304).
    fn has_content(&self) -> bool {
        !matches!(self.code, 204 | 205 | 304)
    }

    /// The pair, if it may be set on this response.
    fn accepted(&self, header: impl TryIntoHeaderPair) -> Option<(HeaderName, HeaderValue)> {
        let Ok((name, value)) = header.try_into_pair() else {
            log_refusal(&"a header field that does not convert (malformed name or value) was left out of the response");
            return None;
        };
        let describes_content = name == actix_web::http::header::CONTENT_TYPE
            || name == actix_web::http::header::CONTENT_ENCODING;
        let refusal = if describes_content && !self.has_content() {
            Some("this status has no content, so no field describing content")
        } else {
            rules::message_field_refusal(name.as_str())
        };
        if let Some(why) = refusal {
            log_refusal(&format_args!(
                "header field `{name}` refused on a {} response: {why}",
                self.code,
            ));
            return None;
        }
        Some((name, value))
    }

    /// Sets a header field, replacing its values (actix's `insert_header`),
    /// unless refused (see [`Builder`]).
    pub fn insert_header(&mut self, header: impl TryIntoHeaderPair) -> &mut Builder {
        if let Some(pair) = self.accepted(header) {
            self.inner.insert_header(pair);
        }
        self
    }

    /// Adds a value of a header field (actix's `append_header`), unless
    /// refused (see [`Builder`]).
    pub fn append_header(&mut self, header: impl TryIntoHeaderPair) -> &mut Builder {
        if let Some(pair) = self.accepted(header) {
            self.inner.append_header(pair);
        }
        self
    }

    /// Sets the content's media type, unless the status has no content.
    pub fn content_type(&mut self, value: impl TryIntoHeaderValue) -> &mut Builder {
        let Ok(value) = value.try_into_value() else {
            log_refusal(
                &"a `Content-Type` value that does not convert was left out of the response",
            );
            return self;
        };
        if let Some(pair) = self.accepted((actix_web::http::header::CONTENT_TYPE, value)) {
            self.inner.insert_header(pair);
        }
        self
    }

    /// The response with `body` (dropped for 204, 205 and 304).
    pub fn body<B: MessageBody + 'static>(&mut self, body: B) -> HttpResponse {
        if self.code < 200 {
            return informational(self.code, self.reason);
        }
        if !self.has_content() {
            return self.inner.finish();
        }
        self.inner.body(body)
    }

    /// The response with `value` as JSON (and `Content-Type:
    /// application/json` unless set), as actix's `json`; no content for 204,
    /// 205 and 304.
    pub fn json(&mut self, value: impl serde::Serialize) -> HttpResponse {
        if self.code < 200 {
            return informational(self.code, self.reason);
        }
        if !self.has_content() {
            return self.inner.finish();
        }
        self.inner.json(value)
    }

    /// The response without content.
    pub fn finish(&mut self) -> HttpResponse {
        if self.code < 200 {
            return informational(self.code, self.reason);
        }
        self.inner.finish()
    }
}

/// A typed success answers with its status and the registry's phrase, its
/// `Location` (checked: one that is not a field value answers a logged 500),
/// and the response its body makes, under the rules of [`Builder`] (no
/// framing or connection fields from the body; no content on 204, 205, 304).
impl<const CODE: u16, B: Responder> Responder for Success<CODE, B>
where
    StatusNumber<CODE>: SuccessStatus,
{
    type Body = BoxBody;

    fn respond_to(self, request: &HttpRequest) -> HttpResponse {
        let (status, body, location) = self.into_parts();
        let Ok(location) = crate::route::sendable_location(location) else {
            return answer_response(Answer::plain(500, "Internal Server Error"));
        };
        let content = body.respond_to(request).map_into_boxed_body();
        let mut answer = builder(status);
        for (name, value) in content.headers() {
            answer.append_header((name.clone(), value.clone()));
        }
        if let Some(location) = location {
            answer.insert_header((actix_web::http::header::LOCATION, location));
        }
        answer.body(content.into_body())
    }
}

/// No body: an empty `200` by itself; a typed success sets its own status.
impl Responder for crate::route::Empty {
    type Body = BoxBody;

    fn respond_to(self, _: &HttpRequest) -> HttpResponse {
        HttpResponse::new(ActixStatus::OK)
    }
}

impl Responder for Builder {
    type Body = BoxBody;

    fn respond_to(mut self, _: &HttpRequest) -> HttpResponse {
        self.finish()
    }
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
    answer_response(crate::problem::log::logged(error, error.answer()))
}

/// An [`Answer`] as an actix-web response, exactly: its status, its reason
/// phrase on the status line, its header fields, its body (none for 204, 205
/// and 304). An [`Answer`] holds only fields that can be sent, so every one
/// of them is written.
#[must_use]
pub fn answer_response(answer: Answer) -> HttpResponse {
    let (status, reason, headers, body) = answer.into_parts();
    let mut response = HttpResponse::new(actix_status(status));
    for (name, value) in headers.into_inner() {
        // Both conversions succeed for what `Headers` stores (tokens, visible
        // ASCII); the check stays so that nothing here can panic.
        match (
            HeaderName::try_from(name.as_ref()),
            HeaderValue::try_from(value),
        ) {
            (Ok(name), Ok(value)) => response.headers_mut().append(name, value),
            _ => log_refusal(&format_args!(
                "header field `{}` could not be written",
                name.escape_debug()
            )),
        }
    }
    set_reason(&mut response, reason);
    match body {
        Some(body) => response.set_body(BoxBody::new(body)),
        None => response,
    }
}

impl<E: IntoProblem + core::fmt::Debug> ResponseError for Problem<E> {
    fn status_code(&self) -> ActixStatus {
        actix_problem_status(self.error())
    }

    fn error_response(&self) -> HttpResponse<BoxBody> {
        answer_response(crate::problem::log::logged(self.error(), self.answer()))
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
