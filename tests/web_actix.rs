//! End to end: the `web_actix` example's service (actix-web 4) on an ephemeral
//! 127.0.0.1 port, driven by a real HTTP client: the same answers as the axum
//! service, from the same `UserError`. A fixed list of requests, a time limit,
//! and a graceful stop: the test ends by itself.

#[path = "../examples/web_actix/app.rs"]
#[allow(dead_code)]
mod app;

mod support;

use std::time::Duration;

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
            // The users API, answered as the axum service answers it.
            support::users_api(&client, &address).await;

            // The OpenAPI document lists UserError's statuses on every route.
            let document = support::get_json(&client, &format!("{base}/openapi.json")).await;
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
