//! End to end: the `web_actix` example's service (actix-web 4) on an ephemeral
//! 127.0.0.1 port, driven by a real HTTP client: the same answers as the axum
//! service, from the same `UserError`. A fixed list of requests, a time limit,
//! and a graceful stop: the test ends by itself.

#[path = "../examples/web_actix/app.rs"]
#[allow(dead_code)]
mod app;

mod support;

use std::time::Duration;

use support::{problem, raw_status_line};

use reqwest::header::{ALLOW, LOCATION};
use serde_json::{json, Value};

#[test]
fn actix_service_answers_like_the_axum_one() {
    actix_web::rt::System::new().block_on(async {
        let server = actix_web::HttpServer::new(|| actix_web::App::new().configure(app::routes))
            .workers(1)
            .disable_signals()
            .bind("127.0.0.1:0")
            .unwrap();
        let address = server.addrs()[0].to_string();
        let base = format!("http://{address}");
        let server = server.run();
        let handle = server.handle();
        actix_web::rt::spawn(server);

        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(5))
            .build()
            .unwrap();
        let run = async {
            // 201 with Location (a codes status through `codes_core::actix::builder`).
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
            let shown = client.get(format!("{base}/users/1")).send().await.unwrap();
            assert_eq!(shown.status(), 200);

            // 409 and 422 as the same problems as with axum.
            let duplicate = client
                .post(format!("{base}/users"))
                .json(&json!({"name": "Ada again", "email": "ADA@example.com"}))
                .send()
                .await
                .unwrap();
            assert_eq!(duplicate.status(), 409);
            assert_eq!(
                problem(duplicate).await,
                json!({"type": "about:blank", "title": "Conflict", "status": 409,
                       "detail": "ADA@example.com is already registered"})
            );
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
                body["errors"][1],
                json!({"field": "email", "message": "must contain @"})
            );
            // The status line speaks RFC 9110 (actix alone says "Unprocessable Entity").
            assert_eq!(
                raw_status_line(&address, "POST", "/users", r#"{"name":"","email":"x"}"#).await,
                "HTTP/1.1 422 Unprocessable Content"
            );

            // 429 with Retry-After and the limit member.
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
            assert_eq!(problem(limited).await["limit"], app::CREATE_LIMIT);

            // 499, a custom code, with its phrase in the body and on the wire.
            let cancelled = client
                .get(format!("{base}/users/export?cancel=true"))
                .send()
                .await
                .unwrap();
            assert_eq!(cancelled.status(), 499);
            assert_eq!(problem(cancelled).await["title"], "Client Closed Request");
            assert_eq!(
                raw_status_line(&address, "GET", "/users/export?cancel=true", "").await,
                "HTTP/1.1 499 Client Closed Request"
            );

            // 503: the detail (an internal address) is withheld.
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

            // 405 with Allow from actix's resource.
            let put = client.put(format!("{base}/users/1")).send().await.unwrap();
            assert_eq!(put.status(), 405);
            let allow = put.headers()[ALLOW].to_str().unwrap().to_string();
            assert!(allow.contains("GET") && allow.contains("DELETE"), "{allow}");

            // The OpenAPI document lists UserError's statuses on every route.
            let document: Value = client
                .get(format!("{base}/openapi.json"))
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            let errors: Vec<String> = codes_core::statuses::<app::UserError>()
                .iter()
                .map(|s| s.code().to_string())
                .collect();
            let responses = document["paths"]["/users/{id}"]["delete"]["responses"]
                .as_object()
                .unwrap();
            let documented: Vec<&String> =
                responses.keys().filter(|c| c.as_str() >= "400").collect();
            assert_eq!(documented, errors.iter().collect::<Vec<_>>());

            // 204 (a code enum as a Responder), then 404 with its problem type.
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
                json!({"type": "https://example.com/problems/no-such-user", "title": "No such user",
                       "status": 404, "detail": "there is no user 1"})
            );
        };
        tokio::time::timeout(Duration::from_secs(30), run)
            .await
            .expect("the exchange finished in time");
        handle.stop(true).await;
    });
}

/// actix-web 4 uses `http` 0.2, axum `http` 1: both convert through the number.
#[test]
fn both_http_crates_in_one_build() {
    use codes_core::StatusCode;
    for status in StatusCode::iter() {
        let actix = actix_web::http::StatusCode::from_u16(status.code()).unwrap();
        let axum = http::StatusCode::from(status);
        assert_eq!(actix.as_u16(), axum.as_u16());
    }
    let response = codes_core::actix::builder(StatusCode::UnprocessableContent).finish();
    assert_eq!(response.head().reason(), "Unprocessable Content");
}
