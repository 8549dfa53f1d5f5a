//! End to end: the `web` example's service on an ephemeral 127.0.0.1 port,
//! driven by a real HTTP client. A fixed list of requests, a time limit, and a
//! graceful shutdown at the end: the test stops by itself.

#[path = "../examples/web/app.rs"]
#[allow(dead_code)]
mod app;

use std::time::Duration;

use reqwest::header::{ALLOW, CONTENT_TYPE, LOCATION};
use serde_json::{json, Value};

async fn problem(response: reqwest::Response) -> Value {
    assert_eq!(response.headers()[CONTENT_TYPE], "application/problem+json");
    response.json().await.expect("a JSON problem body")
}

#[tokio::test]
async fn users_service_answers_with_the_right_statuses() {
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

        // 422 for values that break the rules.
        let invalid = client
            .post(format!("{base}/users"))
            .json(&json!({"name": " ", "email": "nobody"}))
            .send()
            .await
            .unwrap();
        assert_eq!(invalid.status(), 422);
        let body = problem(invalid).await;
        assert_eq!(body["title"], "Unprocessable Content");
        assert_eq!(
            body["detail"],
            "invalid user: name must not be empty; email must contain @"
        );

        // 400 for a body that is not JSON.
        let malformed = client
            .post(format!("{base}/users"))
            .body("{not json")
            .send()
            .await
            .unwrap();
        assert_eq!(malformed.status(), 400);
        assert_eq!(problem(malformed).await["title"], "Bad Request");

        // 405 with Allow for a method the route does not have.
        let put = client.put(format!("{base}/users/1")).send().await.unwrap();
        assert_eq!(put.status(), 405);
        let allow = put.headers()[ALLOW].to_str().unwrap().to_string();
        assert!(allow.contains("GET") && allow.contains("DELETE"), "{allow}");

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
            json!({"type": "about:blank", "title": "Not Found", "status": 404, "detail": "there is no user 1"})
        );
        let again = client
            .delete(format!("{base}/users/1"))
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 404);

        // The list is empty again.
        let list: Vec<app::User> = client
            .get(format!("{base}/users"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert!(list.is_empty());
    };
    tokio::time::timeout(Duration::from_secs(30), run)
        .await
        .expect("the exchange finished in time");

    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
}
