//! The users service of the `web_actix` example: the `web` example's API on
//! actix-web 4, with the same domain and the same `UserError`
//! (`examples/shared/users.rs`): each error answers as the same RFC 9457
//! problem, with the same headers and status-line phrases.
//!
//! Shared by `examples/web_actix/main.rs` and the end-to-end test `tests/web_actix.rs`.

use std::sync::Mutex;

use actix_web::http::header::LOCATION;
use actix_web::{web, FromRequest, HttpRequest, HttpResponse, ResponseError};
use codes_core::StatusCode;
use serde::Deserialize;

#[path = "../shared/users.rs"]
mod users;
pub use users::*;

type Users = web::Data<Mutex<Store>>;

/// The routes, for `App::new().configure(app::routes)`. `/users` also answers
/// `QUERY` in its default service, and every other method with the domain's
/// `405` (`Allow: GET, HEAD, POST, QUERY`); on the other resources a method
/// they do not have gets `405 Method Not Allowed` with `Allow` from actix-web.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .app_data(web::Data::new(Mutex::new(Store::default())))
        .service(
            web::resource("/users")
                .get(list)
                .route(web::head().to(list))
                .post(create)
                .default_service(web::to(users_other)),
        )
        .service(web::resource("/users/export").get(export))
        .service(web::resource("/users/{id}").get(show).delete(remove))
        .service(web::resource("/openapi.json").get(openapi));
}

/// The OpenAPI document (utoipa is framework-neutral): the error responses of
/// every route come from `UserError`, as in the axum example.
#[derive(utoipa::OpenApi)]
#[openapi(
    info(
        title = "users",
        description = "The users service of codes' web_actix example."
    ),
    paths(list, show, create, remove),
    components(schemas(User, NewUser, FieldError))
)]
pub struct ApiDoc;

async fn openapi() -> web::Json<utoipa::openapi::OpenApi> {
    web::Json(<ApiDoc as utoipa::OpenApi>::openapi())
}

/// Every user.
#[utoipa::path(get, path = "/users", responses((status = 200, description = "Every user", body = Vec<User>), UserError))]
async fn list(users: Users) -> Result<web::Json<Vec<User>>, UserError> {
    Ok(web::Json(users.lock()?.list()))
}

/// One user.
#[utoipa::path(get, path = "/users/{id}", params(("id" = u64, Path, description = "The user's id")),
    responses((status = 200, description = "The user", body = User), UserError))]
async fn show(users: Users, id: web::Path<u64>) -> Result<web::Json<User>, UserError> {
    Ok(web::Json(users.lock()?.show(id.into_inner())?))
}

/// `201 Created` with `Location`; `422`, `409`, `429` from the domain.
#[utoipa::path(post, path = "/users", request_body = NewUser,
    responses((status = 201, description = "The new user", body = User), UserError))]
async fn create(users: Users, new: web::Json<NewUser>) -> Result<HttpResponse, UserError> {
    let user = users.lock()?.create(new.into_inner())?;
    Ok(codes_core::actix::builder(StatusCode::Created)
        .insert_header((LOCATION, format!("/users/{}", user.id)))
        .json(user))
}

/// `QUERY /users` with a `UserQuery` as JSON: the matching users. Any other
/// registered method: `405` with `Allow`; an unknown one: `501`.
async fn users_other(users: Users, request: HttpRequest, payload: web::Payload) -> HttpResponse {
    if let Err(refused) = users_method(request.method().as_str()) {
        return refused.error_response();
    }
    let mut payload = payload.into_inner();
    match web::Json::<UserQuery>::from_request(&request, &mut payload).await {
        Ok(query) => match users.lock() {
            Ok(store) => HttpResponse::Ok().json(store.query(&query)),
            Err(poisoned) => UserError::from(poisoned).error_response(),
        },
        Err(rejection) => rejection.error_response(),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ExportQuery {
    cancel: bool,
}

/// `503` with `Retry-After`, or `499` with `?cancel=true`.
async fn export(query: web::Query<ExportQuery>) -> Result<web::Json<Vec<User>>, UserError> {
    Ok(web::Json(users::export(query.cancel)?))
}

/// `204 No Content` (a code enum is a `Responder`), or `404`.
#[utoipa::path(delete, path = "/users/{id}", params(("id" = u64, Path, description = "The user's id")),
    responses((status = 204, description = "Deleted"), UserError))]
async fn remove(users: Users, id: web::Path<u64>) -> Result<StatusCode, UserError> {
    users.lock()?.remove(id.into_inner())?;
    Ok(StatusCode::NoContent)
}
