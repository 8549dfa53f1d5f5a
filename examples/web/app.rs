//! The users service of the `web` example, on axum: an in-memory CRUD API whose
//! domain errors (`examples/shared/users.rs`) derive `Status` and `Problem`:
//! each error is its own RFC 9457 answer.
//!
//! Shared by `examples/web/main.rs` and the end-to-end test `tests/web.rs`.

use std::sync::{Arc, Mutex};

use axum::extract::{FromRequest, Path, Query, Request, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use codes_core::route::{success, Success};
use codes_core::utoipa::AxumRejections;
use serde::Deserialize;
use utoipa::OpenApi;

#[path = "../shared/users.rs"]
mod users;
pub use users::*;

/// The service's state: the store, behind a lock.
pub type Users = Arc<Mutex<Store>>;

/// The service's routes, on a new empty store.
pub fn router() -> Router {
    router_with(Users::default())
}

/// The service's routes on `users` (the end-to-end test keeps a handle on
/// the store, to poison its lock and see every route answer `503`).
///
/// `/users` also answers `QUERY` (a search in the request content), which
/// axum cannot route by method: its fallback reads the method as a
/// `codes_core::Method` and answers every other one with the domain's `405`,
/// whose `Allow` comes from `USERS_METHODS`. On the other routes axum's method
/// router answers `405` with its own `Allow`; that, unknown routes and axum's
/// own rejections (a body that is not JSON, an id that is not a number)
/// become problems too, through one layer.
pub fn router_with(users: Users) -> Router {
    Router::new()
        .route("/users", get(list).post(create).fallback(users_other))
        .route("/users/{id}", get(show).delete(remove))
        .route("/users/export", get(export))
        .route("/openapi.json", get(openapi))
        .route("/openapi-aide.json", get(aide_openapi))
        .with_state(users)
        .layer(axum::middleware::map_response(codes_core::axum::problems))
}

/// The OpenAPI document of the service. No route writes its responses: with
/// utoipa's `auto_into_responses`, each handler's return type documents them,
/// its success (`success::Created<Json<User>>`: 201, the body, `Location`) and
/// its contract (`CreateUser`: 409, 422, 429, 503), and nothing else.
/// axum's own refusals of what each route reads (a JSON body, a path, a
/// query) are added where they happen (`AxumRejections`).
#[derive(OpenApi)]
#[openapi(
    info(
        title = "users",
        description = "The users service of codes' web example."
    ),
    paths(list, show, create, remove, export),
    components(schemas(User, NewUser)),
    modifiers(&AxumRejections)
)]
pub struct ApiDoc;

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

/// The same document made by aide, from the same handlers: aide reads each
/// handler's extractors and return type (`Result<T, E>`: both sides), and
/// `document_rejections` adds axum's refusals. (The routes are listed here for
/// aide; the service itself is the axum `Router` above.)
#[must_use]
pub fn aide_document() -> aide::openapi::OpenApi {
    use aide::axum::{routing, ApiRouter};
    let mut api = aide::openapi::OpenApi {
        info: aide::openapi::Info {
            title: "users".into(),
            description: Some("The users service of codes' web example.".into()),
            ..aide::openapi::Info::default()
        },
        ..aide::openapi::OpenApi::default()
    };
    let _documented: Router<Users> = ApiRouter::new()
        .api_route("/users", routing::get(list).post(create))
        .api_route("/users/{id}", routing::get(show).delete(remove))
        .api_route("/users/export", routing::get(export))
        .finish_api(&mut api);
    codes_core::aide::document_rejections(&mut api);
    api
}

async fn aide_openapi() -> Json<aide::openapi::OpenApi> {
    Json(aide_document())
}

/// The path of one user.
#[derive(Debug, Deserialize, utoipa::IntoParams, schemars::JsonSchema)]
#[into_params(parameter_in = Path)]
struct UserId {
    /// The user's id.
    id: u64,
}

/// Every user.
#[utoipa::path(get, path = "/users")]
async fn list(State(users): State<Users>) -> Result<success::Ok<Json<Vec<User>>>, ListUsers> {
    Ok(Success::new(Json(lock(&users)?.list())))
}

/// One user.
#[utoipa::path(get, path = "/users/{id}", params(UserId))]
async fn show(
    State(users): State<Users>,
    Path(UserId { id }): Path<UserId>,
) -> Result<success::Ok<Json<User>>, ShowUser> {
    Ok(Success::new(Json(lock(&users)?.show(id)?)))
}

/// A new user: `201 Created` with `Location`; `422` for invalid values, `409`
/// for a taken email, `429` past the limit (and axum's `400` for a body that
/// is not JSON).
#[utoipa::path(post, path = "/users", request_body = NewUser)]
async fn create(
    State(users): State<Users>,
    Json(new): Json<NewUser>,
) -> Result<success::Created<Json<User>>, CreateUser> {
    // The store's `NewUserError` is narrower than `CreateUser`: `?` widens it.
    let user = lock(&users)?.create(new)?;
    let location = format!("/users/{}", user.id);
    Ok(Success::new(Json(user)).at(location))
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

fn search(users: &Users, query: &UserQuery) -> Result<Json<Vec<User>>, SearchUsers> {
    Ok(Json(lock(users)?.query(query)))
}

/// The query of `GET /users/export`.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams, schemars::JsonSchema)]
#[serde(default)]
#[into_params(parameter_in = Query)]
struct ExportQuery {
    /// Stands for a client that goes away while the export runs (answered 499).
    cancel: bool,
}

/// Every user, exported. Always fails, the example having no export backend:
/// `503 Service Unavailable` with `Retry-After`, or `499 Client Closed
/// Request` with `?cancel=true`.
#[utoipa::path(get, path = "/users/export", params(ExportQuery))]
async fn export(
    Query(query): Query<ExportQuery>,
) -> Result<success::Ok<Json<Vec<User>>>, ExportUsers> {
    Ok(Success::new(Json(users::export(query.cancel)?)))
}

/// Deletes a user: `204 No Content`, or `404`.
#[utoipa::path(delete, path = "/users/{id}", params(UserId))]
async fn remove(
    State(users): State<Users>,
    Path(UserId { id }): Path<UserId>,
) -> Result<success::NoContent, RemoveUser> {
    lock(&users)?.remove(id)?;
    Ok(Success::default())
}
