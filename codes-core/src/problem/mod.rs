//! Errors as HTTP answers: RFC 9457 problem details, framework-neutral (feature
//! `problem`, which `axum` turns on).
//!
//! - [`IntoProblem`]: what `#[derive(Problem)]` implements: the error itself is
//!   the answer (status from [`Status`](crate::Status), `detail` from `Display`,
//!   a problem type, extension members and headers per variant);
//! - [`Problem<E>`]: per-response additions around any such error (or any
//!   `Status + Display` value): a type URI, an instance, headers, members;
//! - [`ProblemDetails`]: the `application/problem+json` body, which serialises
//!   and deserialises (clients and tests read answers into it, unknown members
//!   kept);
//! - [`Answer`]: status, reason phrase, headers and body bytes, which each
//!   framework's glue turns into its response type.
//! - [`Violations`] of [`Violation`]s: validation errors (a JSON Pointer, a
//!   detail, an optional reason), to send as the `errors` member of a 422.
//!
//! ```
//! use codes_core::problem::{IntoProblem, ProblemDetails};
//! use codes_core::{Problem, Status};
//!
//! #[derive(Debug, Status, Problem)]
//! enum AppError {
//!     #[status(NotFound)]
//!     #[problem(type = "https://example.com/problems/no-such-user")]
//!     NoSuchUser { id: u64 },
//!     #[status(TooManyRequests)]
//!     SlowDown {
//!         #[problem(header = "retry-after")]
//!         retry_after: u32,
//!         #[problem(member)]
//!         limit: u32,
//!     },
//!     #[status(InternalServerError)]
//!     Database(String),
//! }
//!
//! impl std::fmt::Display for AppError {
//!     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
//!         match self {
//!             AppError::NoSuchUser { id } => write!(f, "there is no user {id}"),
//!             AppError::SlowDown { limit, .. } => write!(f, "more than {limit} requests a minute"),
//!             AppError::Database(e) => write!(f, "database: {e}"),
//!         }
//!     }
//! }
//!
//! let answer = AppError::SlowDown { retry_after: 30, limit: 100 }.answer();
//! assert_eq!(answer.status(), 429);
//! assert_eq!(answer.header("Retry-After"), Some("30"));
//! let body: ProblemDetails = serde_json::from_slice(answer.body().unwrap()).unwrap();
//! assert_eq!(body.title.as_deref(), Some("Too Many Requests"));
//! assert_eq!(body.extensions["limit"], 100);
//!
//! // 5xx details stay on the server.
//! let answer = AppError::Database("shard 3 timed out".into()).answer();
//! let body: ProblemDetails = serde_json::from_slice(answer.body().unwrap()).unwrap();
//! assert_eq!(body.detail, None);
//! ```

//!
//! # `#[derive(Problem)]`
//!
//! Derived beside [`Status`](crate::Status) (which gives each variant its
//! status) and `Display` (the `detail`; thiserror's `#[derive(Error)]` is the
//! usual way). The attributes:
//!
//! | On | Form | Effect |
//! |---|---|---|
//! | type or variant | `#[problem(type = "https://example.com/problems/out-of-credit")]` | the problem type, a URI reference (RFC 9457, Section 3.1.1); default `about:blank` |
//! | type or variant | `#[problem(title = "You do not have enough credit")]` | a title instead of the reason phrase (for a problem type of your own): one line |
//! | type | `#[problem(crate = ::codes)]` | the path of codes-core when renamed or re-exported |
//! | variant (or struct) | `#[problem(reason = "USER_NOT_FOUND")]` | a machine-readable reason, sent as the member `reason` (and gRPC's `ErrorInfo.reason`): AIP-193's form (`[A-Z][A-Z0-9_]+[A-Z0-9]`, at most 63 characters), unique within the type |
//! | variant (or struct) | `#[problem(grpc = AlreadyExists)]` | the gRPC code (feature `tonic`) instead of the one its HTTP status maps to ([`GrpcCode::for_http_status`](crate::GrpcCode::for_http_status)); a variant of [`GrpcCode`](crate::GrpcCode), never `Ok` |
//! | type | `#[problem(domain = "users.example.com")]` | whose reasons these are (gRPC's `ErrorInfo.domain`); default: the crate's name |
//! | field | `#[problem(member)]` or `#[problem(member = "balance")]` | the field, serialised, as an extension member (named after the field, or as given) |
//! | field | `#[problem(header = "retry-after")]` | the field's `Display` as a header field (`Retry-After`, `Allow`, `WWW-Authenticate`) |
//!
//! A `#[status(transparent)]` variant answers with its field's own problem
//! when the field is one (its type, title, members and headers, its reason and
//! gRPC code; also through `Box`, `Rc` and `Arc`): its own `type`, `title`,
//! `reason` and `grpc`, if written, win over the field's (a reason of its own
//! goes with its own type's `domain`), and the type's `type` and `title`
//! apply when neither has one. `member` and `header`
//! on that field are refused (they would not be sent). A generic field
//! (`Inner(E)`) gets the bound `E: IntoProblem`: the type put there derives
//! `Problem` too (`Status` alone is not enough). A concrete field with only a
//! status adds nothing but its status.
//!
//! What it checks at compile time, each on the offending token: the code enum
//! holds HTTP statuses (`StatusCode` or an extension, not another family); no
//! status written in `#[status(...)]` is a 1xx (a 1xx met at run time
//! instead, from a `#[status(transparent)]` field, a hand-written `Status`, a
//! bare code enum value or `Reply`, answers a logged 500 problem; for a
//! transparent field, [`statuses`](crate::statuses) lists 500 as well);
//! member fields serialise and
//! header fields display; each setting is in its place and given once; and
//! what [`rules`] says of each literal: no header field the answer owns
//! (`content-length`, `content-type`, `date`, hop-by-hop fields, in any case) and only
//! well-formed names; no member name RFC 9457 defines (`type`, `title`,
//! `status`, `detail`, `instance`) and no empty one; a `type` that is a URI
//! reference, without `{field}` templates (they are not interpolated); a
//! `title` on one line, neither empty nor with control characters. Two fields
//! of a variant under one member name are refused ("first defined here"), as
//! are two naming one header field unless it is a list field
//! ([`rules::LIST_FIELDS`]: `www-authenticate`, `link`, `vary`...), whose
//! values are then all sent. 204, 205 and 304 answer without content. A 5xx
//! `detail` is withheld from the body (and logged, with feature `tracing`);
//! [`Problem::expose_server_detail`] sends it.
//!
//! Generic errors derive it with the bounds inferred: `Serialize` on member
//! fields, `Display` on header fields, `IntoProblem` on a generic transparent
//! field, and the error's own `Status` and `Display` as their derives give
//! them (the framework impls also need its `Debug`). Nothing needs `'static`: an error that borrows (`enum E<'a>`) is a
//! problem too. The error's source (for the log) is found when the error is an
//! `Error`; on a generic error, that needs the bounds that make it one written
//! on the type (`enum E<S: std::error::Error + 'static>`), as the derive cannot
//! see those another derive infers.
//!
//! # At run time
//!
//! What an error or a [`Problem`] adds goes through [`Headers`] and
//! [`Members`], which apply the same [`rules`] as the derive: a header field
//! the answer owns (`Content-Length`, `Transfer-Encoding`, `Content-Type`,
//! `Date`, the connection-specific fields) or one that could not be sent as it
//! is, and a member without a name or named like a standard one, never reach
//! the wire. A `type`, `title` or `instance` given at run time
//! ([`Problem::with_type`]..., or a hand-written [`IntoProblem`] hook) follows
//! the rules the derive applies to its literals. The plain methods (`insert`,
//! `with_header`, `with_member`, `with_type`...) log what they refuse with
//! feature `tracing`, at `warn`; the `try_` methods return a [`HeaderError`],
//! [`MemberError`] or [`StandardMemberError`] instead. Whatever was refused, the
//! [`Answer`] is a correct final answer (see its promises).
//!
//! With feature `axum` the type is an `IntoResponse`, with `actix-web` a
//! `ResponseError` (the same answer: status, phrase, headers, body); with
//! `utoipa` it is an `IntoResponses` documenting every status it can answer
//! with, described by the first doc line of its variants.

pub(crate) mod answer;
mod details;
pub(crate) mod fields;
mod into_problem;
pub(crate) mod log;
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) mod rewrite;
pub mod rules;
pub(crate) mod violations;
mod wrapper;

/// What `rules.rs` needs of its parent (the file is shared with codes-macros).
use crate::method::is_tchar;

pub use answer::Answer;
pub use details::ProblemDetails;
pub use fields::{HeaderError, Headers, MemberError, Members, StandardMemberError};
pub use into_problem::IntoProblem;
pub use log::log_answer;
pub use violations::{Violation, ViolationError, Violations};
pub use wrapper::Problem;

/// The media type of a problem details body (RFC 9457, Section 3).
pub const PROBLEM_JSON: &str = "application/problem+json";
