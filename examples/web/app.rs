//! The users service of the `web` example: an in-memory CRUD API whose domain
//! errors derive `Status` and `Problem`: each error is its own RFC 9457 answer.
//!
//! Shared by `examples/web/main.rs` and the end-to-end test `tests/web.rs`.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use axum::extract::{Path, Query, State};
use axum::http::header::LOCATION;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use codes_core::axum::Reply;
use codes_core::{Problem, Status, StatusCode};
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

/// A stored user.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq, ToSchema)]
pub struct User {
    pub id: u64,
    pub name: String,
    pub email: String,
}

/// The body of `POST /users`.
#[derive(Debug, Deserialize, ToSchema)]
struct NewUser {
    name: String,
    email: String,
}

/// A rule a field broke: sent in the 422 problem as `errors`.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq, ToSchema)]
pub struct FieldError {
    pub field: &'static str,
    pub message: &'static str,
}

codes_core::codes! {
    /// The registry plus the code our proxies log when a client goes away.
    pub enum ApiStatus extends StatusCode {
        /// The client closed the connection before the answer was ready (nginx's code).
        499 ClientClosedRequest = "Client Closed Request",
    }
}

/// Everything that can go wrong. Each variant names its status (checked against
/// the registry by the compiler), its `Display` is the problem's `detail`, and
/// `#[derive(Problem)]` makes the error itself the answer: handlers return
/// `Result<T, UserError>`.
#[derive(Debug, thiserror::Error, Status, Problem)]
#[status(codes = ApiStatus)]
pub enum UserError {
    /// There is no user with that id.
    #[error("there is no user {0}")]
    #[status(NotFound)]
    #[problem(
        type = "https://example.com/problems/no-such-user",
        title = "No such user"
    )]
    NoSuchUser(u64),
    /// Another user has that email.
    #[error("{0} is already registered")]
    #[status(Conflict)]
    DuplicateEmail(String),
    /// The user breaks the rules: one entry per field in `errors`.
    #[error("the user breaks {} rule(s)", errors.len())]
    #[status(UnprocessableContent)]
    Invalid {
        #[problem(member)]
        errors: Vec<FieldError>,
    },
    /// Too many new users this minute: try again after `Retry-After` seconds.
    #[error("more than {limit} new users a minute")]
    #[status(TooManyRequests)]
    SlowDown {
        #[problem(header = "retry-after")]
        retry_after: u64,
        #[problem(member)]
        limit: u32,
    },
    /// The export backend is down: try again after `Retry-After` seconds.
    ///
    /// Its detail (an internal address) stays on the server, in the log.
    #[error("export backend at 10.0.0.7:9000 did not answer")]
    #[status(ServiceUnavailable)]
    ExportDown {
        #[problem(header = "retry-after")]
        retry_after: u64,
        #[source]
        cause: std::io::Error,
    },
    /// The client gave up on the export before it was ready.
    #[error("the export was cancelled by the client")]
    #[status(ApiStatus::ClientClosedRequest)]
    Cancelled,
    /// The user store is unusable.
    ///
    /// (A panic while it was locked; the detail stays on the server.)
    #[error("the user store lock is poisoned")]
    #[status(ServiceUnavailable)]
    Storage,
}

/// `?` on a poisoned lock answers 503.
impl<T> From<std::sync::PoisonError<T>> for UserError {
    fn from(_: std::sync::PoisonError<T>) -> UserError {
        UserError::Storage
    }
}

/// How many users one minute may create.
pub const CREATE_LIMIT: u32 = 3;

type Users = Arc<Mutex<Store>>;

#[derive(Default)]
pub struct Store {
    next_id: u64,
    users: BTreeMap<u64, User>,
    /// Users created so far (the example's stand-in for a per-minute window).
    created: u32,
}

/// The service's routes. Methods a route does not have get `405 Method Not
/// Allowed` with an `Allow` header from axum's method router; that, unknown
/// routes and axum's own rejections (a body that is not JSON, an id that is not
/// a number) become problems too, through one layer.
pub fn router() -> Router {
    let users: Users = Arc::default();
    Router::new()
        .route("/users", get(list).post(create))
        .route("/users/{id}", get(show).delete(remove))
        .route("/users/export", get(export))
        .route("/openapi.json", get(openapi))
        .with_state(users)
        .layer(axum::middleware::map_response(codes_core::axum::problems))
}

/// The OpenAPI document of the service: every route's error responses come
/// from `UserError` (`responses(..., UserError)`), none is written by hand.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "users",
        description = "The users service of codes' web example."
    ),
    paths(list, show, create, remove, export),
    components(schemas(User, NewUser, FieldError))
)]
pub struct ApiDoc;

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

/// Every user.
#[utoipa::path(get, path = "/users", responses((status = 200, description = "Every user", body = Vec<User>), UserError))]
async fn list(State(users): State<Users>) -> Result<Json<Vec<User>>, UserError> {
    Ok(Json(users.lock()?.users.values().cloned().collect()))
}

/// One user.
#[utoipa::path(get, path = "/users/{id}", params(("id" = u64, Path, description = "The user's id")),
    responses((status = 200, description = "The user", body = User), UserError))]
async fn show(State(users): State<Users>, Path(id): Path<u64>) -> Result<Json<User>, UserError> {
    let store = users.lock()?;
    let user = store.users.get(&id).ok_or(UserError::NoSuchUser(id))?;
    Ok(Json(user.clone()))
}

/// `201 Created` with `Location`; `400` for bad JSON (axum's rejection), `422`
/// for invalid values, `409` for a taken email, `429` past the limit.
#[utoipa::path(post, path = "/users", request_body = NewUser,
    responses((status = 201, description = "The new user; `Location` says where it lives", body = User), UserError))]
async fn create(
    State(users): State<Users>,
    Json(new): Json<NewUser>,
) -> Result<impl IntoResponse, UserError> {
    let mut errors = Vec::new();
    if new.name.trim().is_empty() {
        errors.push(FieldError {
            field: "name",
            message: "must not be empty",
        });
    }
    if !new.email.contains('@') {
        errors.push(FieldError {
            field: "email",
            message: "must contain @",
        });
    }
    if !errors.is_empty() {
        return Err(UserError::Invalid { errors });
    }
    let mut store = users.lock()?;
    if store
        .users
        .values()
        .any(|u| u.email.eq_ignore_ascii_case(&new.email))
    {
        return Err(UserError::DuplicateEmail(new.email));
    }
    if store.created >= CREATE_LIMIT {
        return Err(UserError::SlowDown {
            retry_after: 60,
            limit: CREATE_LIMIT,
        });
    }
    store.created += 1;
    store.next_id += 1;
    let user = User {
        id: store.next_id,
        name: new.name,
        email: new.email,
    };
    store.users.insert(user.id, user.clone());
    let location = format!("/users/{}", user.id);
    Ok(Reply(
        StatusCode::Created,
        ([(LOCATION, location)], Json(user)),
    ))
}

/// The query of `GET /users/export`.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
struct ExportQuery {
    /// Stands for a client that goes away while the export runs (answered 499).
    cancel: bool,
}

/// Always fails, the example having no export backend: `503 Service
/// Unavailable` with `Retry-After`, or `499 Client Closed Request` with `?cancel=true`.
#[utoipa::path(get, path = "/users/export", params(ExportQuery),
    responses((status = 200, description = "Every user", body = Vec<User>), UserError))]
async fn export(Query(query): Query<ExportQuery>) -> Result<Json<Vec<User>>, UserError> {
    if query.cancel {
        return Err(UserError::Cancelled);
    }
    Err(UserError::ExportDown {
        retry_after: 120,
        cause: std::io::Error::new(std::io::ErrorKind::TimedOut, "connect timed out after 5 s"),
    })
}

/// `204 No Content`, or `404`.
#[utoipa::path(delete, path = "/users/{id}", params(("id" = u64, Path, description = "The user's id")),
    responses((status = 204, description = "Deleted"), UserError))]
async fn remove(State(users): State<Users>, Path(id): Path<u64>) -> Result<StatusCode, UserError> {
    let mut store = users.lock()?;
    store.users.remove(&id).ok_or(UserError::NoSuchUser(id))?;
    Ok(StatusCode::NoContent)
}
