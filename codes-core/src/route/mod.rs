//! Route contracts: what a handler answers, in its type.
//!
//! A handler's return type can say exactly what its route answers with, and
//! the compiler, the frameworks and the OpenAPI generators all read it from
//! there:
//!
//! - its success, [`Success`]: `success::Created<Json<User>>` is a `201
//!   Created` with a JSON body (and, with [`Success::at`], a `Location`);
//!   `success::NoContent` a `204`; `success::SeeOther` a `303` to a place.
//!   Only the registry's successes can be made: a `404` as a success does not
//!   compile.
//! - its failures, a route contract made by [`contracts!`](crate::contracts):
//!   an enum of the failure types (each deriving `Status` and `Problem`) the
//!   route can answer with. `?` converts each of them, and each narrower
//!   contract of the same block; a failure outside the contract does not
//!   compile, and the message names both.
//!
//! ```
//! # #[cfg(feature = "axum")] {
//! use axum::Json;
//! use codes_core::route::{success, Success};
//! use codes_core::{Problem, Status};
//!
//! #[derive(Debug, thiserror::Error, Status, Problem)]
//! #[error("there is no user {0}")]
//! #[status(NotFound)]
//! pub struct NoSuchUser(#[problem(member = "id")] pub u64);
//!
//! #[derive(Debug, thiserror::Error, Status, Problem)]
//! #[error("{0} is already registered")]
//! #[status(Conflict)]
//! pub struct EmailTaken(pub String);
//!
//! codes_core::contracts! {
//!     /// What `DELETE /users/{id}` fails with.
//!     pub enum RemoveUser = NoSuchUser;
//!     /// What `POST /users` fails with.
//!     pub enum CreateUser = EmailTaken;
//! }
//!
//! async fn remove(id: u64) -> Result<success::NoContent, RemoveUser> {
//!     if id != 7 {
//!         Err(NoSuchUser(id))?;
//!     }
//!     Ok(Success::default())
//! }
//!
//! async fn create(email: String) -> Result<success::Created<Json<String>>, CreateUser> {
//!     if email == "taken@example.com" {
//!         Err(EmailTaken(email.clone()))?;
//!     }
//!     Ok(Success::new(Json(email)).at("/users/8"))
//! }
//! # }
//! ```
//!
//! A route with its own contract documents exactly what it answers: with
//! utoipa's `auto_into_responses` feature, `#[utoipa::path(delete, path =
//! "/users/{id}")]` on `remove` lists `204` and `404` from the return type
//! alone (both sides implement `utoipa::IntoResponses`).
//!
//! Why an enum per contract, and not a generic `OneOf<(NoSuchUser,
//! EmailTaken)>`: `?` needs `From<NoSuchUser>` for the contract, and for a
//! generic union one `From` per position overlaps as soon as two positions
//! could be the same type, which Rust's coherence rules refuse. The
//! generated enum has one generic `From<E>` over [`MemberOf`], which only the
//! macro implements, for its members and its block's narrower contracts.
//!
//! One error type for several routes (`Result<T, UserError>`) still works and
//! stays the shorter spelling for a service whose routes fail alike; a
//! contract per route is worth it where the document should list only what
//! each route can really answer.

mod contract;
mod typed;

pub use contract::MemberOf;
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) use typed::sendable_location;
pub use typed::{
    success, Answered, Empty, Locates, Redirection, StatusNumber, Success, SuccessStatus,
    SUCCESS_CODES,
};
