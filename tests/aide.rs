//! Feature `aide`: a handler's return type documents its route, both sides,
//! with nothing listed: typed successes, route contracts, derived errors.

use aide::axum::routing::get;
use aide::axum::ApiRouter;
use aide::openapi::OpenApi;
use axum::extract::Path;
use axum::Json;
use codes_core::route::{success, Success};
use codes_core::{Problem, Status};
use serde::{Deserialize, Serialize};

/// The path of one user.
#[derive(Deserialize, schemars::JsonSchema)]
struct UserId {
    /// The user's id.
    id: u64,
}

#[derive(Clone, Serialize, Deserialize, schemars::JsonSchema)]
struct User {
    id: u64,
    email: String,
}

/// There is no user with that id.
#[derive(Debug, thiserror::Error, Status, Problem)]
#[error("there is no user {0}")]
#[status(NotFound)]
#[problem(
    type = "https://example.com/problems/no-such-user",
    title = "No such user"
)]
pub struct NoSuchUser(#[problem(member = "id")] pub u64);

/// Another user has that email.
#[derive(Debug, thiserror::Error, Status, Problem)]
#[error("{0} is taken")]
#[status(Conflict)]
pub struct EmailTaken(pub String);

/// Too many new users: try again later.
#[derive(Debug, thiserror::Error, Status, Problem)]
#[error("slow down")]
#[status(TooManyRequests)]
pub struct SlowDown {
    #[problem(header = "retry-after")]
    pub retry_after: u64,
}

codes_core::contracts! {
    pub enum ShowUser = NoSuchUser;
    pub enum CreateUser = EmailTaken | SlowDown;
}

async fn list() -> success::Ok<Json<Vec<User>>> {
    Success::new(Json(Vec::new()))
}

async fn show(Path(UserId { id }): Path<UserId>) -> Result<success::Ok<Json<User>>, ShowUser> {
    Err(NoSuchUser(id))?
}

async fn create(Json(user): Json<User>) -> Result<success::Created<Json<User>>, CreateUser> {
    if user.email.is_empty() {
        Err(SlowDown { retry_after: 1 })?;
    }
    let location = format!("/users/{}", user.id);
    Ok(Success::new(Json(user)).at(location))
}

async fn remove(Path(UserId { id }): Path<UserId>) -> Result<success::NoContent, ShowUser> {
    Err(NoSuchUser(id))?
}

/// A path read as a bare number: aide cannot name its parameter.
async fn archive(Path(id): Path<u64>) -> Result<success::NoContent, ShowUser> {
    Err(NoSuchUser(id))?
}

fn document() -> serde_json::Value {
    let mut api = OpenApi::default();
    let _router: axum::Router = ApiRouter::new()
        .api_route("/users", get(list).post(create))
        .api_route("/users/{id}", get(show).delete(remove))
        .api_route("/archive/{id}", aide::axum::routing::post(archive))
        .finish_api(&mut api);
    codes_core::aide::document_rejections(&mut api);
    serde_json::to_value(&api).unwrap()
}

fn statuses(document: &serde_json::Value, path: &str, method: &str) -> Vec<String> {
    document["paths"][path][method]["responses"]
        .as_object()
        .unwrap_or_else(|| panic!("{method} {path}: {document}"))
        .keys()
        .cloned()
        .collect()
}

#[test]
fn each_route_documents_its_contract() {
    let document = document();
    // Left for `.ci/run`'s validator (scripts/validate_openapi.sh).
    let path =
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("openapi-aide-contracts.json");
    std::fs::write(&path, serde_json::to_vec_pretty(&document).unwrap()).unwrap();
    // Each route's success and contract, and axum's refusals of what it
    // reads: a JSON body (400, 413, 415, 422), a path parameter (400).
    assert_eq!(statuses(&document, "/users", "get"), ["200"]);
    assert_eq!(
        statuses(&document, "/users", "post"),
        ["201", "400", "409", "413", "415", "422", "429"]
    );
    assert_eq!(
        statuses(&document, "/users/{id}", "get"),
        ["200", "400", "404"]
    );
    assert_eq!(
        statuses(&document, "/users/{id}", "delete"),
        ["204", "400", "404"]
    );
    // A `Path<u64>`: the parameter is declared for aide, and refused with 400.
    assert_eq!(
        statuses(&document, "/archive/{id}", "post"),
        ["204", "400", "404"]
    );
    let parameters = &document["paths"]["/archive/{id}"]["post"]["parameters"];
    assert_eq!(parameters[0]["name"], "id", "{parameters}");
    assert_eq!(parameters[0]["in"], "path", "{parameters}");
    // The route's own 422 keeps its entry and names the refusal too.
    let invalid = &document["paths"]["/users"]["post"]["responses"]["422"];
    assert!(invalid.is_object(), "{invalid}");
    let refused = &document["paths"]["/users"]["post"]["responses"]["415"];
    assert!(
        refused["content"]["application/problem+json"]["schema"].is_object(),
        "{refused}"
    );
}

#[test]
fn a_failure_documents_its_problem() {
    let document = document();
    let missing = &document["paths"]["/users/{id}"]["get"]["responses"]["404"];
    assert_eq!(missing["description"], "There is no user with that id.");
    let media = &missing["content"]["application/problem+json"];
    let extension = &media["schema"]["allOf"][1]["properties"];
    assert_eq!(
        extension["type"]["enum"][0],
        "https://example.com/problems/no-such-user"
    );
    assert_eq!(extension["id"]["type"], "integer", "{media}");
    let example = &media["examples"]["404-1"]["value"];
    assert_eq!(
        *example,
        serde_json::json!({"type": "https://example.com/problems/no-such-user", "title": "No such user", "status": 404})
    );
    let slow = &document["paths"]["/users"]["post"]["responses"]["429"];
    assert!(slow["headers"]["retry-after"].is_object(), "{slow}");
}

#[test]
fn a_success_documents_its_body_and_place() {
    let document = document();
    let created = &document["paths"]["/users"]["post"]["responses"]["201"];
    assert_eq!(created["description"], "Created");
    assert!(created["headers"]["location"].is_object(), "{created}");
    assert!(
        created["content"]["application/json"]["schema"].is_object(),
        "{created}"
    );
    let deleted = &document["paths"]["/users/{id}"]["delete"]["responses"]["204"];
    assert_eq!(deleted["description"], "No Content");
    assert!(deleted.get("content").is_none(), "{deleted}");
}
