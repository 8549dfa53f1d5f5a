//! Feature `axum`: status enums as responses, and [`Problem`], which answers a
//! handler error with its status and an RFC 9457 `application/problem+json` body.
//!
//! ```
//! use axum_core::response::IntoResponse;
//! use codes_core::axum::Problem;
//! use codes_core::Status;
//!
//! #[derive(Debug, Status)]
//! enum UserError {
//!     #[status(NotFound)]
//!     NoSuchUser(u64),
//!     #[status(InternalServerError)]
//!     Database(String),
//! }
//!
//! impl std::fmt::Display for UserError {
//!     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
//!         match self {
//!             UserError::NoSuchUser(id) => write!(f, "there is no user {id}"),
//!             UserError::Database(e) => write!(f, "database error: {e}"),
//!         }
//!     }
//! }
//!
//! // A handler returns `Result<T, Problem<UserError>>` and uses `?` on `UserError`s.
//! fn find(id: u64) -> Result<&'static str, Problem<UserError>> {
//!     Err(UserError::NoSuchUser(id))?
//! }
//!
//! let response = find(7).unwrap_err().into_response();
//! assert_eq!(response.status(), http::StatusCode::NOT_FOUND);
//! assert_eq!(response.headers()["content-type"], "application/problem+json");
//!
//! let body = Problem::new(UserError::NoSuchUser(7)).body();
//! assert_eq!(body.to_string(), r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"there is no user 7"}"#);
//! // 5xx details stay on the server unless you opt in.
//! let body = Problem::new(UserError::Database("timeout on shard 3".into())).body();
//! assert_eq!(body.detail, None);
//! ```

use core::fmt::Display;
use std::string::{String, ToString};
use std::vec::Vec;

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};
use http::header::{HeaderName, HeaderValue, CONTENT_TYPE};
use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::{Code, Status};

/// The media type of a problem details body (RFC 9457, Section 3).
pub const PROBLEM_JSON: &str = "application/problem+json";

/// A bare response with the status of `code` (for the enums' `IntoResponse`).
#[doc(hidden)]
#[must_use]
pub fn status_response(code: u16) -> Response {
    crate::__private_v0_1::to_http(code).into_response()
}

/// A handler error answered as an RFC 9457 problem: the error's [`Status`], and
/// a JSON body with `type`, `title` (the reason phrase), `status` and `detail`
/// (the error's `Display`).
///
/// For 5xx statuses the `detail` is left out unless
/// [`expose_server_detail`](Problem::expose_server_detail) is called: server
/// errors often carry internals (queries, paths, hosts) that clients must not see.
#[derive(Debug)]
pub struct Problem<E> {
    error: E,
    type_uri: Option<String>,
    instance: Option<String>,
    expose_server_detail: bool,
    headers: Vec<(HeaderName, HeaderValue)>,
}

impl<E> Problem<E> {
    /// Wraps an error.
    pub fn new(error: E) -> Problem<E> {
        Problem {
            error,
            type_uri: None,
            instance: None,
            expose_server_detail: false,
            headers: Vec::new(),
        }
    }

    /// A URI that identifies the problem type (default: `about:blank`).
    #[must_use]
    pub fn with_type(mut self, uri: impl Into<String>) -> Problem<E> {
        self.type_uri = Some(uri.into());
        self
    }

    /// A URI for this occurrence of the problem.
    #[must_use]
    pub fn with_instance(mut self, uri: impl Into<String>) -> Problem<E> {
        self.instance = Some(uri.into());
        self
    }

    /// A response header, e.g. `Retry-After` with a 503 or `Allow` with a 405.
    #[must_use]
    pub fn with_header(mut self, name: HeaderName, value: HeaderValue) -> Problem<E> {
        self.headers.push((name, value));
        self
    }

    /// Sends the `Display` of 5xx errors as `detail` too (off by default).
    #[must_use]
    pub fn expose_server_detail(mut self) -> Problem<E> {
        self.expose_server_detail = true;
        self
    }

    /// The wrapped error.
    pub fn error(&self) -> &E {
        &self.error
    }

    /// The wrapped error, by value.
    pub fn into_error(self) -> E {
        self.error
    }
}

impl<E: Status + Display> Problem<E> {
    /// The problem details object this problem answers with.
    pub fn body(&self) -> ProblemDetails {
        let status = self.error.status();
        let code = status.code();
        let detail = (code < 500 || self.expose_server_detail).then(|| self.error.to_string());
        ProblemDetails {
            type_uri: self.type_uri.clone(),
            title: status.reason(),
            status: code,
            detail,
            instance: self.instance.clone(),
        }
    }
}

impl<E> From<E> for Problem<E> {
    fn from(error: E) -> Problem<E> {
        Problem::new(error)
    }
}

impl<E: Status + Display> IntoResponse for Problem<E> {
    fn into_response(self) -> Response {
        let body = self.body();
        let json = serde_json::to_vec(&body).unwrap_or_default();
        let mut response = Response::new(Body::from(json));
        *response.status_mut() = crate::__private_v0_1::to_http(body.status);
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        for (name, value) in self.headers {
            headers.append(name, value);
        }
        response
    }
}

/// An RFC 9457 problem details object, as [`Problem`] sends it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProblemDetails {
    /// `type`; `None` means `about:blank` (the title is then the reason phrase).
    pub type_uri: Option<String>,
    /// `title`: the reason phrase of the status.
    pub title: &'static str,
    /// `status`: the numeric code.
    pub status: u16,
    /// `detail`: the error's `Display`; `None` for withheld 5xx details.
    pub detail: Option<String>,
    /// `instance`, if set.
    pub instance: Option<String>,
}

impl Serialize for ProblemDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", self.type_uri.as_deref().unwrap_or("about:blank"))?;
        map.serialize_entry("title", self.title)?;
        map.serialize_entry("status", &self.status)?;
        if let Some(detail) = &self.detail {
            map.serialize_entry("detail", detail)?;
        }
        if let Some(instance) = &self.instance {
            map.serialize_entry("instance", instance)?;
        }
        map.end()
    }
}

impl Display for ProblemDetails {
    /// The JSON text of the object.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let json = serde_json::to_string(self).map_err(|_| core::fmt::Error)?;
        f.write_str(&json)
    }
}
