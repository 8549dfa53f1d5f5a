//! End to end: the `web` example's service on an ephemeral 127.0.0.1 port,
//! driven by a real HTTP client. A fixed list of requests, a time limit, and a
//! graceful shutdown at the end: the test stops by itself.

#[path = "../examples/web/app.rs"]
#[allow(dead_code)]
mod app;

mod support;

use std::time::Duration;

use support::problem;

use reqwest::header::{ALLOW, CONTENT_TYPE};
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
    let address = base.trim_start_matches("http://").to_string();
    let run = async {
        // The users API, as the actix-web service answers it too.
        support::users_api(&client, &address).await;

        // axum's own rejections answer as problems too (the `problems` layer):
        // 400 for a body that is not JSON, 415 without a JSON content type, 400
        // for an id that is not a number, 404 for a route that does not exist,
        // and the 405 of a wrong method.
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
        let nowhere = client.get(format!("{base}/nowhere")).send().await.unwrap();
        assert_eq!(nowhere.status(), 404);
        assert_eq!(
            problem(nowhere).await,
            json!({"type": "about:blank", "title": "Not Found", "status": 404})
        );
        let put = client.put(format!("{base}/users/2")).send().await.unwrap();
        assert_eq!(put.status(), 405);
        assert!(put.headers().contains_key(ALLOW));
        assert_eq!(problem(put).await["title"], "Method Not Allowed");

        // A QUERY without JSON content: axum's rejection, as RFC 10008 wants
        // (415 for content the server cannot read as a query).
        let query = reqwest::Method::from_bytes(b"QUERY").unwrap();
        let bare = client
            .request(query, format!("{base}/users"))
            .body("name=Bob")
            .send()
            .await
            .unwrap();
        assert_eq!(bare.status(), 415);
        assert_eq!(problem(bare).await["title"], "Unsupported Media Type");

        // The 503's withheld detail is logged, with its source, at error level.
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
        let document = support::get_json(&client, &format!("{base}/openapi.json")).await;
        check_openapi(&document);
    };
    tokio::time::timeout(Duration::from_secs(30), run)
        .await
        .expect("the exchange finished in time");

    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
}
