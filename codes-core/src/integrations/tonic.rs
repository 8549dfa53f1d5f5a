//! Feature `tonic`: the errors that answer HTTP requests answer gRPC calls
//! too, from the same declaration.
//!
//! - Every `#[derive(Problem)]` type (and every route contract) converts into
//!   [`tonic::Status`](::tonic::Status), so `?` works in a tonic service; so does
//!   [`Problem<E>`](crate::problem::Problem), with its additions.
//! - [`GrpcCode`] converts with [`tonic::Code`](::tonic::Code) both ways.
//!
//! How an error becomes a gRPC status, from the answer it would make over
//! HTTP (so every rule of [`Answer`](crate::problem::Answer) holds here too):
//!
//! | gRPC | taken from |
//! |---|---|
//! | code | [`IntoProblem::grpc_code`]: the variant's `#[problem(grpc = ...)]`, else [`GrpcCode::for_http_status`] of its HTTP status (an error is never sent as `OK`: that would be `UNKNOWN`, logged) |
//! | message | the `detail` (the error's `Display`); for a 5xx, whose detail is withheld and logged, the title |
//! | `google.rpc.ErrorInfo` | `reason` the error's machine-readable reason, `domain` its [`problem_domain`](IntoProblem::problem_domain), `metadata` the extension members that fit nothing below (a string as it is, anything else as JSON text) |
//! | `google.rpc.BadRequest` | each member holding a [`Violations`] list: one field violation per entry (`field` is the pointer as a field path, [`Violation::field_path`](crate::problem::Violation::field_path)) |
//! | `google.rpc.RetryInfo` | a `Retry-After` header of delay-seconds |
//! | metadata (trailers) | every header field the error sets, by its lower-case name (a name gRPC cannot carry, or one starting with `grpc-`, is logged and left out) |
//!
//! An error whose status is a 2xx or 3xx (a `304` for a conditional
//! request) maps to `OK`, which an error is never sent as: give such a variant
//! `#[problem(grpc = ...)]` (it keeps its reason, although over HTTP it has no
//! body to carry it). A `#[status(transparent)]` variant with a `reason` of its
//! own sends that reason with its own type's domain.
//!
//! A boxed error converts too; for one you keep, [`status`]`(&error)` makes
//! the same status by reference.
//!
//! `ErrorInfo` is sent when the error has a reason or members; without a
//! reason its `reason` is empty (AIP-193 asks for one: give the variant
//! `#[problem(reason = "...")]`). Clients read the details with
//! `tonic_types::StatusExt::get_error_details`.
//!
//! ```
//! use codes_core::{GrpcCode, Problem, Status};
//!
//! #[derive(Debug, thiserror::Error, Status, Problem)]
//! #[problem(domain = "users.example.com")]
//! enum UserError {
//!     #[error("there is no user {0}")]
//!     #[status(NotFound)]
//!     #[problem(reason = "USER_NOT_FOUND")]
//!     NoSuchUser(u64),
//!     #[error("{0} is already registered")]
//!     #[status(Conflict)]
//!     #[problem(reason = "EMAIL_TAKEN", grpc = AlreadyExists)]
//!     EmailTaken(String),
//! }
//!
//! let status = tonic::Status::from(UserError::EmailTaken("ada@example.com".into()));
//! assert_eq!(status.code(), tonic::Code::AlreadyExists);
//! assert_eq!(status.message(), "ada@example.com is already registered");
//! assert_eq!(GrpcCode::from(status.code()), GrpcCode::AlreadyExists);
//! ```

/// Feature `tonic`'s impls for one type, by kind (see `__codes_integrations!`).
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_tonic {
    (code $($tokens:tt)*) => {};
    (method $($tokens:tt)*) => {};
    (problem [$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*] $documented:block) => {
        #[automatically_derived]
        impl $($generics)* ::core::convert::From<$($ty)*> for $crate::__private_v0_1::tonic::tonic::Status $($where)* {
            #[inline]
            fn from(error: $($ty)*) -> Self {
                $crate::__private_v0_1::tonic::status(&error)
            }
        }

        // A boxed error too (clippy's `result_large_err` asks for one).
        #[automatically_derived]
        impl $($generics)* ::core::convert::From<$crate::__private_v0_1::tonic::Box<$($ty)*>> for $crate::__private_v0_1::tonic::tonic::Status $($where)* {
            #[inline]
            fn from(error: $crate::__private_v0_1::tonic::Box<$($ty)*>) -> Self {
                $crate::__private_v0_1::tonic::status(&*error)
            }
        }
    };
}

/// What generated code names, as `__private_v0_1::tonic::...` (see `mod.rs`).
#[doc(hidden)]
pub mod private {
    pub use super::status;
    pub use crate::__codes_tonic as integrate;
    pub use ::std::boxed::Box;
    pub use ::tonic;
}

use std::collections::HashMap;
use std::string::{String, ToString};
use std::time::Duration;
use std::vec::Vec;

use serde_json::Value;
use tonic::metadata::{MetadataKey, MetadataMap, MetadataValue};
use tonic_types::{ErrorDetails, FieldViolation, StatusExt};

use crate::problem::answer::{Additions, Parts};
use crate::problem::fields::log_refusal;
use crate::problem::log::log_parts;
use crate::problem::{rules, Headers, IntoProblem, Problem, Violations};
use crate::GrpcCode;

/// The gRPC status of `error`, as `tonic::Status::from(error)` makes it (see
/// the [module](self)); logged as its HTTP answer is.
pub fn status<E: IntoProblem + ?Sized>(error: &E) -> tonic::Status {
    with_additions(error, &Additions::default())
}

fn with_additions<E: IntoProblem + ?Sized>(error: &E, extra: &Additions<'_>) -> tonic::Status {
    let parts = Parts::build(error, extra);
    log_parts(error, &parts);
    build(parts, error.grpc_code(), error.problem_domain())
}

impl<E: IntoProblem> From<Problem<E>> for tonic::Status {
    /// The error's status, with the problem's additions (its type and
    /// instance are not sent: gRPC has no place for them).
    fn from(problem: Problem<E>) -> tonic::Status {
        with_additions(problem.error(), &problem.additions())
    }
}

impl<E: IntoProblem> From<std::boxed::Box<Problem<E>>> for tonic::Status {
    fn from(problem: std::boxed::Box<Problem<E>>) -> tonic::Status {
        with_additions(problem.error(), &problem.additions())
    }
}

impl From<GrpcCode> for tonic::Code {
    fn from(code: GrpcCode) -> tonic::Code {
        tonic::Code::from_i32(i32::from(code.code()))
    }
}

impl From<tonic::Code> for GrpcCode {
    fn from(code: tonic::Code) -> GrpcCode {
        u16::try_from(code as i32)
            .ok()
            .and_then(GrpcCode::from_code)
            .unwrap_or(GrpcCode::Unknown)
    }
}

/// The status, compiled once.
fn build(parts: Parts, code: GrpcCode, domain: Option<&str>) -> tonic::Status {
    let code = if code == GrpcCode::Ok {
        log_refusal(&"an error is never sent as gRPC `OK` (the client would read a success without a message): sent as `UNKNOWN`");
        GrpcCode::Unknown
    } else {
        code
    };
    let mut details = ErrorDetails::new();
    // `ErrorInfo`'s metadata: the members that fit nowhere else.
    let (message, error_info) = match parts.details {
        None => (parts.reason.to_string(), HashMap::new()),
        Some(problem) => {
            let message = problem
                .detail
                .or(problem.title)
                .unwrap_or_else(|| parts.reason.to_string());
            let mut extensions = problem.extensions;
            // A member of that name is the error's own reason only when it
            // has one; otherwise it is a member like any other.
            if parts.machine_reason.is_some() {
                extensions.remove(rules::REASON_MEMBER);
            }
            let (error_info, violations) = sort_members(extensions);
            if !violations.is_empty() {
                details.set_bad_request(violations);
            }
            (message, error_info)
        }
    };
    // With a reason (even on an answer without content) or members.
    if parts.machine_reason.is_some() || !error_info.is_empty() {
        // A domain written by hand follows the derive's rule, or is left out.
        let domain = domain.filter(|domain| match rules::domain_refusal(domain) {
            None => true,
            Some(why) => {
                log_refusal(&format_args!(
                    "error domain \"{}\" left out of the gRPC status: {why}",
                    domain.escape_debug()
                ));
                false
            }
        });
        details.set_error_info(
            parts.machine_reason.unwrap_or_default(),
            domain.unwrap_or_default(),
            error_info,
        );
    }
    let metadata = metadata(&parts.headers, &mut details);
    let code = tonic::Code::from(code);
    if details.error_info().is_some()
        || details.bad_request().is_some()
        || details.retry_info().is_some()
    {
        tonic::Status::with_error_details_and_metadata(code, message, details, metadata)
    } else {
        tonic::Status::with_metadata(code, message, metadata)
    }
}

/// The members of an answer: each list of violations as field violations,
/// every other member as `ErrorInfo` metadata (a string as it is, anything
/// else as JSON text).
fn sort_members(
    extensions: impl IntoIterator<Item = (String, Value)>,
) -> (HashMap<String, String>, Vec<FieldViolation>) {
    let mut error_info = HashMap::new();
    let mut violations = Vec::new();
    for (name, value) in extensions {
        // Read in place: most members are no list of violations.
        let list = match &value {
            Value::Array(items) if items.iter().all(|item| item.get("pointer").is_some()) => {
                serde::Deserialize::deserialize(&value).ok()
            }
            _ => None,
        };
        match list {
            Some::<Violations>(list) if !list.is_empty() => {
                violations.extend(list.iter().map(|violation| {
                    let mut field = FieldViolation::new(violation.field_path(), violation.detail());
                    if let Some(reason) = violation.reason() {
                        field.reason = reason.to_string();
                    }
                    field
                }));
            }
            _ => {
                let text = match value {
                    Value::String(text) => text,
                    other => other.to_string(),
                };
                error_info.insert(name, text);
            }
        }
    }
    (error_info, violations)
}

/// The header fields of an answer as gRPC metadata, and a `Retry-After` of
/// delay-seconds as `RetryInfo` too.
fn metadata(headers: &Headers, details: &mut ErrorDetails) -> MetadataMap {
    let mut metadata = MetadataMap::new();
    for (name, value) in headers.iter() {
        if name.eq_ignore_ascii_case("retry-after") {
            if let Ok(seconds) = value.parse::<u64>() {
                details.set_retry_info(Some(Duration::from_secs(seconds)));
            }
        }
        let key = name.to_ascii_lowercase();
        match (
            MetadataKey::from_bytes(key.as_bytes()),
            MetadataValue::try_from(value),
        ) {
            (Ok(key), Ok(value)) if !key.as_str().starts_with("grpc-") => {
                metadata.append(key, value);
            }
            _ => log_refusal(&format_args!(
                "header field `{}` left out of the gRPC status: metadata keys are lower-case letters, digits, `-`, `_` and `.`, and never start with `grpc-`",
                name.escape_debug()
            )),
        }
    }
    metadata
}
