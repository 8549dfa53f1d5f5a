//! Route contracts (`contracts!`): `?` from each member and from a narrower
//! contract, `TryFrom` from a wider one, and a contract answers and documents
//! exactly its members.

use axum::response::IntoResponse;
use codes_core::{Problem, Status};
use utoipa::IntoResponses;

/// There is no user with that id.
#[derive(Debug, thiserror::Error, Status, Problem)]
#[error("there is no user {0}")]
#[status(NotFound)]
#[problem(type = "https://example.com/problems/no-such-user")]
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

/// The store is down.
#[derive(Debug, thiserror::Error, Status, Problem)]
#[error("the store is down")]
#[status(ServiceUnavailable)]
pub struct StoreDown(#[source] pub std::io::Error);

codes_core::contracts! {
    /// What reading the store fails with.
    pub enum Load = StoreDown;
    /// What `GET /users/{id}` fails with.
    pub enum ShowUser = NoSuchUser | StoreDown;
    /// What `POST /users` fails with.
    pub enum CreateUser = EmailTaken | SlowDown | StoreDown;
    /// Everything the store can fail with.
    pub enum StoreError = NoSuchUser | EmailTaken | SlowDown | StoreDown;
}

fn load(up: bool) -> Result<u64, Load> {
    if up {
        Ok(7)
    } else {
        Err(StoreDown(std::io::Error::other("connection refused")))?
    }
}

fn show(id: u64, up: bool) -> Result<u64, ShowUser> {
    let known = load(up)?; // a narrower contract widens with `?`
    if id != known {
        Err(NoSuchUser(id))?; // a member converts with `?`
    }
    Ok(id)
}

fn store_create(email: &str) -> Result<u64, StoreError> {
    match email {
        "taken@example.com" => Err(EmailTaken(email.into()).into()),
        "lost@example.com" => Err(NoSuchUser(0).into()),
        _ => Ok(8),
    }
}

/// A wider contract narrows explicitly: what the route cannot answer with is
/// the handler's to decide (here: as a store outage).
fn create(email: &str) -> Result<u64, CreateUser> {
    store_create(email).map_err(|wide| match CreateUser::try_from(wide) {
        Ok(narrow) => narrow,
        Err(other) => StoreDown(std::io::Error::other(other.to_string())).into(),
    })
}

#[test]
fn question_mark_converts_members_and_narrower_contracts() {
    assert_eq!(show(7, true).unwrap(), 7);
    assert!(matches!(
        show(8, true),
        Err(ShowUser::NoSuchUser(NoSuchUser(8)))
    ));
    assert!(matches!(show(7, false), Err(ShowUser::StoreDown(_))));
    assert!(matches!(
        create("taken@example.com"),
        Err(CreateUser::EmailTaken(_))
    ));
    assert!(matches!(
        create("lost@example.com"),
        Err(CreateUser::StoreDown(_))
    ));
    assert_eq!(create("new@example.com").unwrap(), 8);
}

#[test]
fn a_contract_is_its_members_display_source_and_status() {
    let error = show(9, true).unwrap_err();
    assert_eq!(error.to_string(), "there is no user 9");
    assert_eq!(error.status(), codes_core::StatusCode::NotFound);
    let error = show(7, false).unwrap_err();
    let source = std::error::Error::source(&error).unwrap();
    assert_eq!(source.to_string(), "connection refused");
}

#[tokio::test]
async fn a_contract_answers_as_its_member() {
    let response = ShowUser::from(NoSuchUser(3)).into_response();
    assert_eq!(response.status(), 404);
    let body = axum::body::to_bytes(response.into_body(), 1 << 16)
        .await
        .unwrap();
    let problem: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(problem["type"], "https://example.com/problems/no-such-user");
    assert_eq!(problem["id"], 3);
    let response = CreateUser::from(SlowDown { retry_after: 30 }).into_response();
    assert_eq!(response.status(), 429);
    assert_eq!(response.headers()["retry-after"], "30");
}

/// The document lists exactly the contract's statuses, each described by its
/// member.
#[test]
fn a_contract_documents_exactly_its_members() {
    let statuses = |responses: std::collections::BTreeMap<String, _>| -> Vec<String> {
        responses.into_keys().collect()
    };
    assert_eq!(statuses(Load::responses()), ["503"]);
    assert_eq!(statuses(ShowUser::responses()), ["404", "503"]);
    assert_eq!(statuses(CreateUser::responses()), ["409", "429", "503"]);
    let json = serde_json::to_value(CreateUser::responses()).unwrap();
    assert_eq!(
        json["429"]["description"],
        "Too many new users: try again later."
    );
    assert!(json["429"]["headers"]["retry-after"].is_object());
    let json = serde_json::to_value(ShowUser::responses()).unwrap();
    assert_eq!(json["404"]["description"], "There is no user with that id.");
}
