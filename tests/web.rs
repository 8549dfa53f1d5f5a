//! End to end: the `web` example's service on an ephemeral 127.0.0.1 port,
//! driven by a real HTTP client. A fixed list of requests, a time limit, and a
//! graceful shutdown at the end: the test stops by itself.

#[path = "../examples/web/app.rs"]
#[allow(dead_code)]
mod app;

mod support;

use std::time::Duration;

use support::{problem, raw_status_line};

use reqwest::header::{ALLOW, CONTENT_TYPE, LOCATION};
use serde_json::{json, Value};

/// Checks the service's OpenAPI document, and leaves it in
/// `target/tmp/openapi.json` for `.ci/run`'s validator.
fn check_openapi(document: &Value) {
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("openapi.json");
    std::fs::write(&path, serde_json::to_vec_pretty(document).unwrap()).unwrap();

    let errors: Vec<String> = codes_core::statuses::<app::UserError>()
        .iter()
        .map(|status| status.code().to_string())
        .collect();
    let paths = document["paths"].as_object().unwrap();
    assert_eq!(paths.len(), 3, "{paths:?}");
    for (path, operations) in paths {
        for (method, operation) in operations.as_object().unwrap() {
            let documented: Vec<String> = operation["responses"]
                .as_object()
                .unwrap()
                .keys()
                .filter(|code| code.as_str() >= "400")
                .cloned()
                .collect();
            assert_eq!(documented, errors, "{method} {path}");
        }
    }
    let show = &document["paths"]["/users/{id}"]["get"]["responses"];
    assert_eq!(show["404"]["description"], "There is no user with that id.");
    let problem = &show["404"]["content"]["application/problem+json"]["schema"];
    assert_eq!(problem["properties"]["status"]["type"], "integer");
    // Extension members and headers, where the variants have them.
    let invalid = &show["422"]["content"]["application/problem+json"]["schema"]["allOf"];
    assert_eq!(invalid[1]["properties"]["errors"]["type"], "array");
    assert!(show["429"]["headers"]["retry-after"].is_object(), "{show}");
    assert!(show["503"]["headers"]["retry-after"].is_object(), "{show}");
    // Inline: the document is valid without registering `ProblemDetails`.
    assert!(problem["properties"]["type"].is_object());
}

/// Everything the service logs, as text.
#[derive(Clone, Default)]
struct Log(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Log {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Log {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

#[tokio::test]
async fn users_service_answers_with_the_right_statuses() {
    let log = Log::default();
    let writer = log.clone();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .init();

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(listener, app::router())
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });

    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let run = async {
        // 201 with Location, and the created user.
        let created = client
            .post(format!("{base}/users"))
            .json(&json!({"name": "Ada", "email": "ada@example.com"}))
            .send()
            .await
            .unwrap();
        assert_eq!(created.status(), 201);
        assert_eq!(created.headers()[LOCATION], "/users/1");
        let user: app::User = created.json().await.unwrap();
        assert_eq!(user.id, 1);

        // 200 for it.
        let shown = client.get(format!("{base}/users/1")).send().await.unwrap();
        assert_eq!(shown.status(), 200);
        assert_eq!(shown.json::<app::User>().await.unwrap(), user);

        // 409 for the same email, as a problem with the error's Display as detail.
        let duplicate = client
            .post(format!("{base}/users"))
            .json(&json!({"name": "Ada again", "email": "ADA@example.com"}))
            .send()
            .await
            .unwrap();
        assert_eq!(duplicate.status(), 409);
        assert_eq!(
            problem(duplicate).await,
            json!({
                "type": "about:blank",
                "title": "Conflict",
                "status": 409,
                "detail": "ADA@example.com is already registered"
            })
        );

        // 422 for values that break the rules, each in the `errors` member.
        let invalid = client
            .post(format!("{base}/users"))
            .json(&json!({"name": " ", "email": "nobody"}))
            .send()
            .await
            .unwrap();
        assert_eq!(invalid.status(), 422);
        assert_eq!(
            problem(invalid).await,
            json!({
                "type": "about:blank",
                "title": "Unprocessable Content",
                "status": 422,
                "detail": "the user breaks 2 rule(s)",
                "errors": [
                    {"field": "name", "message": "must not be empty"},
                    {"field": "email", "message": "must contain @"}
                ]
            })
        );
        // On the wire, the status line speaks RFC 9110 (hyper alone would say
        // "Unprocessable Entity").
        assert_eq!(
            raw_status_line(
                base.trim_start_matches("http://"),
                "POST",
                "/users",
                r#"{"name":"","email":"x"}"#
            )
            .await,
            "HTTP/1.1 422 Unprocessable Content"
        );

        // axum's own rejections answer as problems too: 400 for a body that is
        // not JSON, 415 without a JSON content type, 400 for an id that is not a number.
        let malformed = client
            .post(format!("{base}/users"))
            .header(CONTENT_TYPE, "application/json")
            .body("{not json")
            .send()
            .await
            .unwrap();
        assert_eq!(malformed.status(), 400);
        let body = problem(malformed).await;
        assert_eq!(body["title"], "Bad Request");
        assert!(body["detail"].as_str().unwrap().contains("JSON"), "{body}");
        let untyped = client
            .post(format!("{base}/users"))
            .body("{}")
            .send()
            .await
            .unwrap();
        assert_eq!(untyped.status(), 415);
        assert_eq!(problem(untyped).await["title"], "Unsupported Media Type");
        let not_a_number = client
            .get(format!("{base}/users/ada"))
            .send()
            .await
            .unwrap();
        assert_eq!(not_a_number.status(), 400);
        assert_eq!(problem(not_a_number).await["status"], 400);
        // 404 for a route that does not exist.
        let nowhere = client.get(format!("{base}/nowhere")).send().await.unwrap();
        assert_eq!(nowhere.status(), 404);
        assert_eq!(
            problem(nowhere).await,
            json!({"type": "about:blank", "title": "Not Found", "status": 404})
        );

        // 405 with Allow for a method the route does not have, as a problem.
        let put = client.put(format!("{base}/users/1")).send().await.unwrap();
        assert_eq!(put.status(), 405);
        let allow = put.headers()[ALLOW].to_str().unwrap().to_string();
        assert!(allow.contains("GET") && allow.contains("DELETE"), "{allow}");
        assert_eq!(problem(put).await["title"], "Method Not Allowed");

        // Two more users reach the limit; the fourth gets 429 with Retry-After.
        for name in ["Bob", "Cy"] {
            let created = client
                .post(format!("{base}/users"))
                .json(&json!({"name": name, "email": format!("{name}@example.com")}))
                .send()
                .await
                .unwrap();
            assert_eq!(created.status(), 201);
        }
        let limited = client
            .post(format!("{base}/users"))
            .json(&json!({"name": "Dee", "email": "dee@example.com"}))
            .send()
            .await
            .unwrap();
        assert_eq!(limited.status(), 429);
        assert_eq!(limited.headers()["retry-after"], "60");
        let body = problem(limited).await;
        assert_eq!(body["limit"], app::CREATE_LIMIT);
        assert_eq!(body["detail"], "more than 3 new users a minute");

        // 204 on delete, then 404 as a problem.
        let deleted = client
            .delete(format!("{base}/users/1"))
            .send()
            .await
            .unwrap();
        assert_eq!(deleted.status(), 204);
        assert_eq!(deleted.bytes().await.unwrap().len(), 0);
        let gone = client.get(format!("{base}/users/1")).send().await.unwrap();
        assert_eq!(gone.status(), 404);
        assert_eq!(
            problem(gone).await,
            json!({
                "type": "https://example.com/problems/no-such-user",
                "title": "No such user",
                "status": 404,
                "detail": "there is no user 1"
            })
        );
        let again = client
            .delete(format!("{base}/users/1"))
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 404);

        // 499, a custom code, with its own phrase in the body and on the wire.
        let cancelled = client
            .get(format!("{base}/users/export?cancel=true"))
            .send()
            .await
            .unwrap();
        assert_eq!(cancelled.status(), 499);
        assert_eq!(
            problem(cancelled).await,
            json!({
                "type": "about:blank",
                "title": "Client Closed Request",
                "status": 499,
                "detail": "the export was cancelled by the client"
            })
        );
        assert_eq!(
            raw_status_line(
                base.trim_start_matches("http://"),
                "GET",
                "/users/export?cancel=true",
                ""
            )
            .await,
            "HTTP/1.1 499 Client Closed Request"
        );

        // 503 with Retry-After: the detail (an internal address) is withheld
        // from the client and logged, with its source, at error level.
        let down = client
            .get(format!("{base}/users/export"))
            .send()
            .await
            .unwrap();
        assert_eq!(down.status(), 503);
        assert_eq!(down.headers()["retry-after"], "120");
        assert_eq!(
            problem(down).await,
            json!({"type": "about:blank", "title": "Service Unavailable", "status": 503})
        );
        let logged = log.text();
        let line = logged
            .lines()
            .find(|l| l.contains("503 Service Unavailable"))
            .unwrap_or_else(|| panic!("no 503 in the log:\n{logged}"));
        assert!(line.contains("ERROR"), "{line}");
        assert!(
            line.contains("export backend at 10.0.0.7:9000 did not answer"),
            "{line}"
        );
        assert!(line.contains("connect timed out after 5 s"), "{line}");
        // A 4xx is logged too, at debug level.
        assert!(
            logged
                .lines()
                .any(|l| l.contains("DEBUG") && l.contains("404 Not Found")),
            "{logged}"
        );

        // The OpenAPI document: every route documents exactly the statuses
        // its error type can answer with, from the derive alone.
        let document: Value = client
            .get(format!("{base}/openapi.json"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        check_openapi(&document);

        // The other two are left.
        let list: Vec<app::User> = client
            .get(format!("{base}/users"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(list.len(), 2);
    };
    tokio::time::timeout(Duration::from_secs(30), run)
        .await
        .expect("the exchange finished in time");

    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
}
