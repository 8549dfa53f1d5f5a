//! The users service of the `web_actix` example: the `web` example's API on
//! actix-web 4, with the same domain, the same failures and the same route
//! contracts (`examples/shared/users.rs`): each failure answers as the same
//! RFC 9457 problem, with the same headers and status-line phrases, and each
//! route documents exactly what it answers.
//!
//! Shared by `examples/web_actix/main.rs` and the end-to-end test `tests/web_actix.rs`.

use std::sync::Mutex;

use actix_web::{web, FromRequest, HttpRequest, HttpResponse, ResponseError};
use codes_core::route::{success, Success};
use codes_core::utoipa::ActixRejections;
use serde::Deserialize;

#[path = "../shared/users.rs"]
mod users;
pub use users::*;

/// The service's state: the store, behind a lock.
pub type Users = web::Data<Mutex<Store>>;

/// The routes on a new empty store, for `App::new().configure(app::routes)`.
pub fn routes(config: &mut web::ServiceConfig) {
    routes_with(Users::new(Mutex::default()))(config);
}

/// The routes on `users` (the end-to-end test keeps a handle on the store,
/// to poison its lock and see every route answer `503`). `/users` also
/// answers `QUERY` in its default service, and every other method with the
/// domain's `405` (`Allow: GET, HEAD, POST, QUERY`); on the other resources a
/// method they do not have gets `405 Method Not Allowed` with `Allow` from
/// actix-web.
pub fn routes_with(users: Users) -> impl FnOnce(&mut web::ServiceConfig) {
    move |config| {
        config
            .app_data(users)
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
}

/// The OpenAPI document (utoipa is framework-neutral): as in the axum
/// example, each handler's return type documents its responses (utoipa's
/// `auto_into_responses`), none is written by hand; actix-web's own refusals
/// of what each route reads are added where they happen (`ActixRejections`).
#[derive(utoipa::OpenApi)]
#[openapi(
    info(
        title = "users",
        description = "The users service of codes' web_actix example."
    ),
    paths(list, show, create, remove, export),
    components(schemas(User, NewUser)),
    modifiers(&ActixRejections)
)]
pub struct ApiDoc;

async fn openapi() -> web::Json<utoipa::openapi::OpenApi> {
    web::Json(<ApiDoc as utoipa::OpenApi>::openapi())
}

/// Every user.
#[utoipa::path(get, path = "/users")]
async fn list(users: Users) -> Result<success::Ok<web::Json<Vec<User>>>, ListUsers> {
    Ok(Success::new(web::Json(lock(&users)?.list())))
}

/// One user.
#[utoipa::path(get, path = "/users/{id}", params(("id" = u64, Path, description = "The user's id")))]
async fn show(users: Users, id: web::Path<u64>) -> Result<success::Ok<web::Json<User>>, ShowUser> {
    Ok(Success::new(web::Json(
        lock(&users)?.show(id.into_inner())?,
    )))
}

/// A new user: `201 Created` with `Location`; `422`, `409`, `429` from the
/// store (its `NewUserError`, widened by `?`), `503` for a poisoned store.
#[utoipa::path(post, path = "/users", request_body = NewUser)]
async fn create(
    users: Users,
    new: web::Json<NewUser>,
) -> Result<success::Created<web::Json<User>>, CreateUser> {
    let user = lock(&users)?.create(new.into_inner())?;
    let location = format!("/users/{}", user.id);
    Ok(Success::new(web::Json(user)).at(location))
}

/// `QUERY /users` with a `UserQuery` as JSON: the matching users. Any other
/// registered method: `405` with `Allow`; an unknown one: `501`.
async fn users_other(users: Users, request: HttpRequest, payload: web::Payload) -> HttpResponse {
    if let Err(refused) = users_method(request.method().as_str()) {
        return refused.error_response();
    }
    let mut payload = payload.into_inner();
    match web::Json::<UserQuery>::from_request(&request, &mut payload).await {
        Ok(query) => match search(&users, &query) {
            Ok(found) => HttpResponse::Ok().json(found),
            Err(refused) => refused.error_response(),
        },
        Err(rejection) => rejection.error_response(),
    }
}

fn search(users: &Users, query: &UserQuery) -> Result<Vec<User>, SearchUsers> {
    Ok(lock(users)?.query(query))
}

/// The query of `GET /users/export`.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
struct ExportQuery {
    /// Stands for a client that goes away while the export runs (answered 499).
    cancel: bool,
}

/// Every user, exported. Always fails, the example having no export backend:
/// `503` with `Retry-After`, or `499` with `?cancel=true`.
#[utoipa::path(get, path = "/users/export", params(ExportQuery))]
async fn export(
    query: web::Query<ExportQuery>,
) -> Result<success::Ok<web::Json<Vec<User>>>, ExportUsers> {
    Ok(Success::new(web::Json(users::export(query.cancel)?)))
}

/// Deletes a user: `204 No Content`, or `404`.
#[utoipa::path(delete, path = "/users/{id}", params(("id" = u64, Path, description = "The user's id")))]
async fn remove(users: Users, id: web::Path<u64>) -> Result<success::NoContent, RemoveUser> {
    lock(&users)?.remove(id.into_inner())?;
    Ok(Success::default())
}
