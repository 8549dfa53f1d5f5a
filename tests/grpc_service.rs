//! End to end: the `grpc` example's service (`examples/grpc/app.rs`) on an
//! ephemeral 127.0.0.1 port, called with the tonic client generated from
//! `examples/grpc/users.proto`. Each test runs its own server on its own store
//! and stops it at the end, within a time limit.
//!
//! Every failure of every call is checked as a gRPC client sees it: the code
//! (from the domain error's HTTP status, or the one the error names), the
//! message (the error's `Display`, or for a 5xx only the title: the detail is
//! withheld, and logged), and the google.rpc details, read with
//! `tonic_types::StatusExt`: `ErrorInfo` for an error that declares a reason,
//! `BadRequest` field violations for one that carries violations, `RetryInfo`
//! for one that sends `Retry-After`.
//!
//! The domain (`examples/shared/users.rs`) is expected to declare, with
//! codes-core's feature `tonic`: `#[problem(reason = "USER_NOT_FOUND")]` on
//! `NoSuchUser`; `#[problem(reason = "EMAIL_TAKEN", grpc = AlreadyExists)]`
//! on `EmailTaken` (a 409 is `ABORTED` by default, but a taken email is the
//! user that "already exists"); `Invalid`'s rules as
//! `codes_core::problem::Violations`.

#[path = "../examples/grpc/app.rs"]
#[allow(dead_code)]
mod app;

#[allow(dead_code)]
mod support;

use std::future::Future;
use std::sync::OnceLock;
use std::time::Duration;

use app::proto::users_client::UsersClient;
use app::proto::{DeleteUserRequest, GetUserRequest, NewUser, User};
use tonic::transport::Channel;
use tonic::{Code, Status};
use tonic_types::{ErrorDetails, StatusExt};

/// The process's log, set up on first use.
fn log() -> &'static support::Log {
    static LOG: OnceLock<support::Log> = OnceLock::new();
    LOG.get_or_init(|| {
        let log = support::Log::default();
        let writer = log.clone();
        tracing_subscriber::fmt()
            .with_max_level(tracing::Level::DEBUG)
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .init();
        log
    })
}

/// Runs `calls` against the example's service on `users`, served on
/// 127.0.0.1:0 in this process, then stops the server (gracefully) and checks
/// that it stopped without an error.
async fn with_service<F, Fut>(users: app::Users, calls: F)
where
    F: FnOnce(UsersClient<Channel>) -> Fut,
    Fut: Future<Output = ()>,
{
    log();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(app::serve(listener, users, async {
        let _ = stopped.await;
    }));
    let run = async {
        let client = UsersClient::connect(format!("http://{address}"))
            .await
            .expect("the client connects");
        calls(client).await;
    };
    tokio::time::timeout(Duration::from_secs(30), run)
        .await
        .expect("the calls finished in time");
    stop.send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(10), server)
        .await
        .expect("the server stopped in time")
        .unwrap()
        .expect("the server stopped without an error");
}

fn new_user(name: &str, email: &str) -> NewUser {
    NewUser {
        name: name.into(),
        email: email.into(),
    }
}

/// The error details of `status`, decoded (a detail that does not decode is a
/// failure, not "no details").
fn error_details(status: &Status) -> ErrorDetails {
    status
        .check_error_details()
        .unwrap_or_else(|e| panic!("undecodable details on {status:?}: {e}"))
}

/// `status`'s `ErrorInfo`: its reason is `reason`, and its domain says whose
/// reason it is.
fn assert_error_info(status: &Status, reason: &str) {
    let details = error_details(status);
    let info = details
        .error_info()
        .unwrap_or_else(|| panic!("no ErrorInfo on {status:?}"));
    assert_eq!(info.reason, reason, "{status:?}");
    // (AIP-193: the service or organisation the reason belongs to; which
    // domain the example's errors name is codes-core's choice.)
    assert!(!info.domain.trim().is_empty(), "an empty domain: {info:?}");
}

/// `status` carries no `ErrorInfo` (its error declares no reason).
fn assert_no_error_info(status: &Status) {
    let details = error_details(status);
    assert!(details.error_info().is_none(), "{status:?}");
}

/// `status` carries no `BadRequest` and no `RetryInfo`.
fn assert_no_violations_nor_retry(status: &Status) {
    let details = error_details(status);
    assert!(details.bad_request().is_none(), "{status:?}");
    assert!(details.retry_info().is_none(), "{status:?}");
}

#[tokio::test]
async fn the_calls_do_what_the_routes_do() {
    with_service(app::Users::default(), |mut client| async move {
        let ada = client
            .create_user(new_user("Ada", "ada@example.com"))
            .await
            .expect("Ada is created")
            .into_inner();
        assert_eq!(
            ada,
            User {
                id: 1,
                name: "Ada".into(),
                email: "ada@example.com".into()
            }
        );
        let bob = client
            .create_user(new_user("Bob", "bob@example.com"))
            .await
            .unwrap()
            .into_inner();
        assert_eq!(bob.id, 2);

        let shown = client
            .get_user(GetUserRequest { id: 1 })
            .await
            .expect("Ada is found")
            .into_inner();
        assert_eq!(shown, ada);

        let deleted = client
            .delete_user(DeleteUserRequest { id: 1 })
            .await
            .expect("Ada is deleted");
        assert_eq!(deleted.into_inner(), ());
        let gone = client
            .get_user(GetUserRequest { id: 1 })
            .await
            .expect_err("Ada is gone");
        assert_eq!(gone.code(), Code::NotFound);
        // Bob is still there.
        let shown = client.get_user(GetUserRequest { id: 2 }).await.unwrap();
        assert_eq!(shown.into_inner(), bob);
    })
    .await;
}

/// `NoSuchUser` (404): `NOT_FOUND`, its detail, and its reason.
#[tokio::test]
async fn a_missing_user_is_not_found() {
    with_service(app::Users::default(), |mut client| async move {
        let missing = client
            .get_user(GetUserRequest { id: 9 })
            .await
            .expect_err("there is no user 9");
        let deleting = client
            .delete_user(DeleteUserRequest { id: 9 })
            .await
            .expect_err("there is no user 9 to delete");
        for status in [missing, deleting] {
            assert_eq!(status.code(), Code::NotFound, "{status:?}");
            assert_eq!(status.message(), "there is no user 9");
            assert_error_info(&status, "USER_NOT_FOUND");
            assert_no_violations_nor_retry(&status);
        }
    })
    .await;
}

/// `Invalid` (422): `INVALID_ARGUMENT`, its detail, and one field violation
/// per broken rule, in order.
#[tokio::test]
async fn a_user_that_breaks_the_rules_is_an_invalid_argument() {
    with_service(app::Users::default(), |mut client| async move {
        let status = client
            .create_user(new_user(" ", "nobody"))
            .await
            .expect_err("both fields break a rule");
        assert_eq!(status.code(), Code::InvalidArgument, "{status:?}");
        assert_eq!(status.message(), "the user breaks 2 rule(s)");
        let details = error_details(&status);
        let violations: Vec<(&str, &str)> = details
            .bad_request()
            .unwrap_or_else(|| panic!("no BadRequest on {status:?}"))
            .field_violations
            .iter()
            .map(|v| (v.field.as_str(), v.description.as_str()))
            .collect();
        assert_eq!(
            violations,
            [("name", "must not be empty"), ("email", "must contain @")]
        );
        assert!(details.retry_info().is_none(), "{status:?}");
        assert_no_error_info(&status);

        // One broken rule, one violation.
        let status = client
            .create_user(new_user("Ada", "ada.example.com"))
            .await
            .expect_err("the email breaks a rule");
        assert_eq!(status.code(), Code::InvalidArgument, "{status:?}");
        assert_eq!(status.message(), "the user breaks 1 rule(s)");
        let details = error_details(&status);
        let violations = &details.bad_request().unwrap().field_violations;
        assert_eq!(violations.len(), 1, "{violations:?}");
        assert_eq!(violations[0].field, "email");
        assert_eq!(violations[0].description, "must contain @");
    })
    .await;
}

/// `EmailTaken` (409): `ALREADY_EXISTS`, as the error names it (a 409 is
/// `ABORTED` by default), its detail, and its reason.
#[tokio::test]
async fn a_taken_email_already_exists() {
    with_service(app::Users::default(), |mut client| async move {
        client
            .create_user(new_user("Ada", "ada@example.com"))
            .await
            .unwrap();
        let status = client
            .create_user(new_user("Ada again", "ADA@example.com"))
            .await
            .expect_err("the email is taken, in any case");
        assert_eq!(status.code(), Code::AlreadyExists, "{status:?}");
        assert_eq!(status.message(), "ADA@example.com is already registered");
        assert_error_info(&status, "EMAIL_TAKEN");
        assert_no_violations_nor_retry(&status);
    })
    .await;
}

/// `SlowDown` (429 with `Retry-After: 60`): `RESOURCE_EXHAUSTED`, its
/// detail, `RetryInfo` of 60 s, the header as metadata, and its member
/// (`limit`) as `ErrorInfo` metadata, with no reason (it has none).
#[tokio::test]
async fn past_the_limit_the_resource_is_exhausted() {
    with_service(app::Users::default(), |mut client| async move {
        for name in ["Ada", "Bob", "Cy"] {
            client
                .create_user(new_user(name, &format!("{name}@example.com")))
                .await
                .unwrap_or_else(|e| panic!("{name} is created: {e:?}"));
        }
        let status = client
            .create_user(new_user("Dee", "dee@example.com"))
            .await
            .expect_err("a fourth user is one too many");
        assert_eq!(status.code(), Code::ResourceExhausted, "{status:?}");
        assert_eq!(status.message(), "more than 3 new users a minute");
        let details = error_details(&status);
        let retry = details
            .retry_info()
            .unwrap_or_else(|| panic!("no RetryInfo on {status:?}"));
        assert_eq!(retry.retry_delay, Some(Duration::from_secs(60)));
        assert!(details.bad_request().is_none(), "{status:?}");
        let info = details
            .error_info()
            .unwrap_or_else(|| panic!("no ErrorInfo on {status:?}"));
        assert_eq!(info.reason, "", "{status:?}");
        assert_eq!(info.domain, "codes-workspace", "{status:?}");
        assert_eq!(
            info.metadata.get("limit").map(String::as_str),
            Some("3"),
            "{status:?}"
        );
        assert_eq!(
            status
                .metadata()
                .get("retry-after")
                .map(|v| v.to_str().ok()),
            Some(Some("60")),
            "{status:?}"
        );
    })
    .await;
}

/// `StoreDown` (503): every call `UNAVAILABLE`, with the title as message;
/// the detail is withheld from the client (message, details, metadata) and
/// logged at `error`.
#[tokio::test]
async fn the_store_down_is_unavailable_and_its_detail_stays_on_the_server() {
    let users = app::Users::default();
    // A panic while the store is locked poisons it, as in tests/web.rs.
    support::poison(users.clone());
    assert!(users.is_poisoned());
    with_service(users, |mut client| async move {
        let calls = [
            (
                "GetUser",
                client.get_user(GetUserRequest { id: 1 }).await.map(drop),
            ),
            (
                "CreateUser",
                client
                    .create_user(new_user("Eve", "eve@example.com"))
                    .await
                    .map(drop),
            ),
            (
                "DeleteUser",
                client
                    .delete_user(DeleteUserRequest { id: 1 })
                    .await
                    .map(drop),
            ),
        ];
        for (call, answer) in calls {
            let status = answer.expect_err(call);
            assert_eq!(status.code(), Code::Unavailable, "{call}: {status:?}");
            assert_eq!(status.message(), "Service Unavailable", "{call}");
            let withheld = "the user store lock is poisoned";
            assert!(
                !String::from_utf8_lossy(status.details()).contains(withheld),
                "{call}: {status:?}"
            );
            for value in status.metadata().values() {
                assert!(
                    !format!("{value:?}").contains(withheld),
                    "{call}: {value:?}"
                );
            }
            // `StoreDown` declares no reason, no violations, no `Retry-After`.
            assert_no_error_info(&status);
            assert_no_violations_nor_retry(&status);
        }
    })
    .await;

    // Each withheld detail is in the server's log, at error level.
    let logged = log().text();
    let lines: Vec<&str> = logged
        .lines()
        .filter(|l| l.contains("503 Service Unavailable: the user store lock is poisoned"))
        .collect();
    assert!(lines.len() >= 3, "the 503s are not all logged:\n{logged}");
    assert!(lines.iter().all(|l| l.contains("ERROR")), "{lines:#?}");
}
