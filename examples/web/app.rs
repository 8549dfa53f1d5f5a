//! The users service of the `web` example: an in-memory CRUD API whose domain
//! errors derive `Status` and are answered as RFC 9457 problems.
//!
//! Shared by `examples/web/main.rs` and the end-to-end test `tests/web.rs`.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::header::LOCATION;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use codes_core::axum::Problem;
use codes_core::{Status, StatusCode};
use serde::{Deserialize, Serialize};

/// A stored user.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct User {
    pub id: u64,
    pub name: String,
    pub email: String,
}

/// The body of `POST /users`.
#[derive(Debug, Deserialize)]
struct NewUser {
    name: String,
    email: String,
}

/// Everything that can go wrong, each with its status.
#[derive(Debug, Status)]
pub enum UserError {
    /// The body is not JSON of the expected shape.
    #[status(BadRequest)]
    Malformed(String),
    #[status(NotFound)]
    NoSuchUser(u64),
    #[status(Conflict)]
    DuplicateEmail(String),
    #[status(UnprocessableContent)]
    Invalid(Vec<&'static str>),
    /// The store is unusable (a panic while it was locked).
    #[status(InternalServerError)]
    Storage,
}

impl fmt::Display for UserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UserError::Malformed(why) => write!(f, "the body is not a valid user: {why}"),
            UserError::NoSuchUser(id) => write!(f, "there is no user {id}"),
            UserError::DuplicateEmail(email) => write!(f, "{email} is already registered"),
            UserError::Invalid(problems) => write!(f, "invalid user: {}", problems.join("; ")),
            UserError::Storage => f.write_str("the user store is unavailable"),
        }
    }
}

impl std::error::Error for UserError {}

type Users = Arc<Mutex<Store>>;

#[derive(Default)]
pub struct Store {
    next_id: u64,
    users: BTreeMap<u64, User>,
}

/// The service's routes. Methods a route does not have get `405 Method Not
/// Allowed` with an `Allow` header from axum's method router.
pub fn router() -> Router {
    let users: Users = Arc::default();
    Router::new()
        .route("/users", get(list).post(create))
        .route("/users/{id}", get(show).delete(remove))
        .with_state(users)
}

fn lock(users: &Users) -> Result<std::sync::MutexGuard<'_, Store>, UserError> {
    users.lock().map_err(|_| UserError::Storage)
}

async fn list(State(users): State<Users>) -> Result<Json<Vec<User>>, Problem<UserError>> {
    Ok(Json(lock(&users)?.users.values().cloned().collect()))
}

async fn show(
    State(users): State<Users>,
    Path(id): Path<u64>,
) -> Result<Json<User>, Problem<UserError>> {
    let store = lock(&users)?;
    let user = store.users.get(&id).ok_or(UserError::NoSuchUser(id))?;
    Ok(Json(user.clone()))
}

/// `201 Created` with `Location`; `400` for bad JSON, `422` for invalid values,
/// `409` for a taken email.
async fn create(
    State(users): State<Users>,
    body: Bytes,
) -> Result<impl IntoResponse, Problem<UserError>> {
    let new: NewUser =
        serde_json::from_slice(&body).map_err(|e| UserError::Malformed(e.to_string()))?;
    let mut problems = Vec::new();
    if new.name.trim().is_empty() {
        problems.push("name must not be empty");
    }
    if !new.email.contains('@') {
        problems.push("email must contain @");
    }
    if !problems.is_empty() {
        return Err(UserError::Invalid(problems).into());
    }
    let mut store = lock(&users)?;
    if store
        .users
        .values()
        .any(|u| u.email.eq_ignore_ascii_case(&new.email))
    {
        return Err(UserError::DuplicateEmail(new.email).into());
    }
    store.next_id += 1;
    let user = User {
        id: store.next_id,
        name: new.name,
        email: new.email,
    };
    store.users.insert(user.id, user.clone());
    let location = format!("/users/{}", user.id);
    Ok((
        http::StatusCode::from(StatusCode::Created),
        [(LOCATION, location)],
        Json(user),
    ))
}

/// `204 No Content`, or `404`.
async fn remove(
    State(users): State<Users>,
    Path(id): Path<u64>,
) -> Result<StatusCode, Problem<UserError>> {
    let mut store = lock(&users)?;
    store.users.remove(&id).ok_or(UserError::NoSuchUser(id))?;
    Ok(StatusCode::NoContent)
}
