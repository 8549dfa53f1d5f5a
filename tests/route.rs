//! Typed successes (`codes_core::route`): the registry's successes and no
//! other, answered with the registry's phrase in axum and actix-web, and
//! documented from the type alone in utoipa.

use axum::response::IntoResponse;
use codes_core::route::{success, Success, SUCCESS_CODES};
use codes_core::utoipa::{ActixRejections, AxumRejections};
use codes_core::{Class, StatusCode};
use serde::Serialize;

#[derive(Serialize, utoipa::ToSchema)]
struct User {
    id: u64,
    name: String,
}

/// Every 2xx and 3xx of the registry is a success, but `305 Use Proxy`
/// (deprecated) and `306 (Unused)`; nothing else is.
#[test]
fn the_successes_are_the_registrys() {
    let registry: Vec<u16> = StatusCode::iter()
        .filter(|s| matches!(s.class(), Class::Success | Class::Redirection))
        .map(StatusCode::code)
        .filter(|code| !matches!(code, 305 | 306))
        .collect();
    assert_eq!(SUCCESS_CODES, registry.as_slice());
}

async fn body_of(response: axum::response::Response) -> Vec<u8> {
    axum::body::to_bytes(response.into_body(), 1 << 16)
        .await
        .unwrap()
        .to_vec()
}

#[tokio::test]
async fn axum_answers_a_success_with_its_status_place_and_body() {
    let created: success::Created<axum::Json<User>> = Success::new(axum::Json(User {
        id: 7,
        name: "Ada".into(),
    }))
    .at("/users/7");
    let response = created.into_response();
    assert_eq!(response.status(), 201);
    assert_eq!(response.headers()["location"], "/users/7");
    assert_eq!(response.headers()["content-type"], "application/json");
    assert_eq!(body_of(response).await, br#"{"id":7,"name":"Ada"}"#);

    let response = success::NoContent::default().into_response();
    assert_eq!(response.status(), 204);
    assert!(body_of(response).await.is_empty());

    let response = success::SeeOther::to("/users/7").into_response();
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/users/7");

    let response = success::ImUsed::new("delta").into_response();
    assert_eq!(response.status(), 226);
    assert_eq!(body_of(response).await, b"delta");
}

/// A `Location` that cannot be sent is never sent: the success answers a 500
/// problem, whatever the text (control characters, non-ASCII, empty).
#[tokio::test]
async fn a_location_that_cannot_be_sent_answers_500() {
    for location in ["/a\r\nSet-Cookie: x=1", "/caf\u{e9}", "", "/a\0b", " /lead"] {
        let response = success::SeeOther::to(location).into_response();
        assert_eq!(response.status(), 500, "{location:?}");
        assert!(response.headers().get("location").is_none());
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json"
        );
    }
}

#[test]
fn actix_answers_a_success_with_its_status_place_and_body() {
    use actix_web::body::MessageBody;
    use actix_web::Responder;
    let request = actix_web::test::TestRequest::default().to_http_request();
    let created: success::Created<actix_web::web::Json<User>> =
        Success::new(actix_web::web::Json(User {
            id: 7,
            name: "Ada".into(),
        }))
        .at("/users/7");
    let response = created.respond_to(&request);
    assert_eq!(response.status().as_u16(), 201);
    assert_eq!(response.headers().get("location").unwrap(), "/users/7");
    let body = response.into_body().try_into_bytes().unwrap();
    assert_eq!(&body[..], br#"{"id":7,"name":"Ada"}"#);

    let response = success::NoContent::default().respond_to(&request);
    assert_eq!(response.status().as_u16(), 204);
    let response = success::PermanentRedirect::to("/v2/users").respond_to(&request);
    assert_eq!(response.status().as_u16(), 308);
    assert_eq!(response.headers().get("location").unwrap(), "/v2/users");
    let response = success::Found::to("/x\ny").respond_to(&request);
    assert_eq!(response.status().as_u16(), 500);
}

#[derive(Debug, codes_core::Status, codes_core::Problem)]
#[allow(dead_code)] // documented, never answered here
enum ShowError {
    /// There is no such user.
    #[status(NotFound)]
    Missing,
}

impl std::fmt::Display for ShowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("no such user")
    }
}

/// A success documents itself: its status and phrase, its body's schema and
/// `Location` (utoipa's `auto_into_responses` merges it with the error side
/// of a handler's `Result`).
#[test]
fn utoipa_documents_a_success_from_its_type() {
    use utoipa::IntoResponses;
    let json = serde_json::to_value(success::Created::<axum::Json<User>>::responses()).unwrap();
    let created = &json["201"];
    assert_eq!(created["description"], "Created");
    assert_eq!(created["headers"]["location"]["schema"]["type"], "string");
    let schema = &created["content"]["application/json"]["schema"];
    assert_eq!(schema["properties"]["id"]["type"], "integer", "{schema}");
    let json = serde_json::to_value(ShowError::responses()).unwrap();
    assert_eq!(json["404"]["description"], "There is no such user.");

    let json = serde_json::to_value(success::NoContent::responses()).unwrap();
    assert_eq!(json["204"]["description"], "No Content");
    assert!(json["204"].get("content").is_none());
    let json = serde_json::to_value(success::Ok::<String>::responses()).unwrap();
    assert!(json["200"]["content"]["text/plain; charset=utf-8"].is_object());
}

/// The body a rejection test route reads.
#[derive(serde::Deserialize, utoipa::ToSchema)]
#[allow(dead_code)]
struct NewName {
    name: String,
}

/// Renames a user (documentation only).
#[utoipa::path(put, path = "/users/{id}", request_body = NewName,
    params(("id" = u64, Path, description = "The user's id")),
    responses((status = 204, description = "Renamed"), ShowError))]
#[allow(dead_code)]
async fn rename() {}

/// Lists users (documentation only).
#[utoipa::path(get, path = "/users", params(("page" = u32, Query, description = "The page")),
    responses((status = 200, description = "The users")))]
#[allow(dead_code)]
async fn list() {}

#[derive(utoipa::OpenApi)]
#[openapi(paths(rename, list), modifiers(&AxumRejections))]
struct AxumDoc;

#[derive(utoipa::OpenApi)]
#[openapi(paths(rename, list), modifiers(&ActixRejections))]
struct ActixDoc;

/// The framework's refusals of what each operation reads are documented on
/// it, as problems, beside what the operation lists itself.
#[test]
fn utoipa_documents_the_frameworks_refusals_where_they_happen() {
    use utoipa::OpenApi;
    let statuses = |document: &serde_json::Value, path: &str, method: &str| -> Vec<String> {
        document["paths"][path][method]["responses"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect()
    };
    let axum = serde_json::to_value(AxumDoc::openapi()).unwrap();
    assert_eq!(
        statuses(&axum, "/users/{id}", "put"),
        ["204", "400", "404", "413", "415", "422"]
    );
    assert_eq!(statuses(&axum, "/users", "get"), ["200", "400"]);
    let refused = &axum["paths"]["/users/{id}"]["put"]["responses"]["415"];
    assert_eq!(
        refused["content"]["application/problem+json"]["examples"]["415-rejection"]["value"],
        serde_json::json!({"type": "about:blank", "title": "Unsupported Media Type", "status": 415})
    );
    // The route's own 404 keeps its description: nothing is listed twice.
    assert_eq!(
        axum["paths"]["/users/{id}"]["put"]["responses"]["404"]["description"],
        "There is no such user."
    );
    let actix = serde_json::to_value(ActixDoc::openapi()).unwrap();
    assert_eq!(
        statuses(&actix, "/users/{id}", "put"),
        ["204", "400", "404", "413"]
    );
}

proptest::proptest! {
    /// Whatever text a handler names as `Location`, the answer is a correct
    /// one: the text sent exactly when it is a field value (non-empty,
    /// visible ASCII and inner spaces), and otherwise no `Location` at all but
    /// a 500 problem.
    #[test]
    fn a_location_is_sent_exactly_or_not_at_all(
        // Mostly visible ASCII (with spaces and tabs anywhere), and any text.
        location in proptest::prop_oneof!["[ -~\t]{0,40}", proptest::prelude::any::<String>()]
    ) {
        let response = success::SeeOther::to(location.clone()).into_response();
        let sendable = !location.is_empty()
            && codes_core::problem::rules::is_field_value(&location);
        if sendable {
            proptest::prop_assert_eq!(response.status(), 303);
            proptest::prop_assert_eq!(response.headers()["location"].as_bytes(), location.as_bytes());
        } else {
            proptest::prop_assert_eq!(response.status(), 500);
            proptest::prop_assert!(response.headers().get("location").is_none());
        }
    }
}
