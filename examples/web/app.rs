//! The users service of the `web` example, on axum: an in-memory CRUD API whose
//! domain errors (`examples/shared/users.rs`) derive `Status` and `Problem`:
//! each error is its own RFC 9457 answer.
//!
//! Shared by `examples/web/main.rs` and the end-to-end test `tests/web.rs`.

use std::sync::{Arc, Mutex};

use axum::extract::{FromRequest, Path, Query, Request, State};
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use codes_core::axum::Reply;
use codes_core::StatusCode;
use serde::Deserialize;
use utoipa::OpenApi;

#[path = "../shared/users.rs"]
mod users;
pub use users::*;

type Users = Arc<Mutex<Store>>;

/// The service's routes. `/users` also answers `QUERY` (a search in the
/// request content), which axum cannot route by method: its fallback reads
/// the method as a `codes_core::Method` and answers every other one with the
/// domain's `405`, whose `Allow` comes from `USERS_METHODS`. On the other
/// routes axum's method router answers `405` with its own `Allow`; that,
/// unknown routes and axum's own rejections (a body that is not JSON, an id
/// that is not a number) become problems too, through one layer.
pub fn router() -> Router {
    let users: Users = Arc::default();
    Router::new()
        .route("/users", get(list).post(create).fallback(users_other))
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
    Ok(Json(users.lock()?.list()))
}

/// One user.
#[utoipa::path(get, path = "/users/{id}", params(("id" = u64, Path, description = "The user's id")),
    responses((status = 200, description = "The user", body = User), UserError))]
async fn show(State(users): State<Users>, Path(id): Path<u64>) -> Result<Json<User>, UserError> {
    Ok(Json(users.lock()?.show(id)?))
}

/// `201 Created` with `Location`; `400` for bad JSON (axum's rejection), `422`
/// for invalid values, `409` for a taken email, `429` past the limit.
#[utoipa::path(post, path = "/users", request_body = NewUser,
    responses((status = 201, description = "The new user; `Location` says where it lives", body = User), UserError))]
async fn create(
    State(users): State<Users>,
    Json(new): Json<NewUser>,
) -> Result<impl IntoResponse, UserError> {
    let user = users.lock()?.create(new)?;
    let location = format!("/users/{}", user.id);
    Ok(Reply(
        StatusCode::Created,
        ([(LOCATION, location)], Json(user)),
    ))
}

/// `QUERY /users` with a `UserQuery` as JSON: the matching users. Any other
/// method `/users` has no route for: `405` with `Allow: GET, HEAD, POST, QUERY`,
/// or `501` for a method no registry knows.
async fn users_other(State(users): State<Users>, request: Request) -> Response {
    if let Err(refused) = users_method(request.method().as_str()) {
        return refused.into_response();
    }
    match Json::<UserQuery>::from_request(request, &()).await {
        Ok(Json(query)) => search(&users, &query).into_response(),
        Err(rejection) => rejection.into_response(),
    }
}

fn search(users: &Users, query: &UserQuery) -> Result<Json<Vec<User>>, UserError> {
    Ok(Json(users.lock()?.query(query)))
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
    Ok(Json(users::export(query.cancel)?))
}

/// `204 No Content`, or `404`.
#[utoipa::path(delete, path = "/users/{id}", params(("id" = u64, Path, description = "The user's id")),
    responses((status = 204, description = "Deleted"), UserError))]
async fn remove(State(users): State<Users>, Path(id): Path<u64>) -> Result<StatusCode, UserError> {
    users.lock()?.remove(id)?;
    Ok(StatusCode::NoContent)
}
