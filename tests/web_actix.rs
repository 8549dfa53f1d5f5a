//! End to end: the `web_actix` example's service (actix-web 4) on an ephemeral
//! 127.0.0.1 port, driven by a real HTTP client: the same answers as the axum
//! service, from the same failure types and route contracts. A fixed list of requests, a time limit,
//! and a graceful stop: the test ends by itself.

#[path = "../examples/web_actix/app.rs"]
#[allow(dead_code)]
mod app;

#[allow(dead_code)]
mod support;

use std::time::Duration;

#[test]
fn actix_service_answers_like_the_axum_one() {
    actix_web::rt::System::new().block_on(async {
        let users = app::Users::new(std::sync::Mutex::default());
        let store = users.clone();
        let server = actix_web::HttpServer::new(move || {
            actix_web::App::new()
                .wrap(actix_web::middleware::from_fn(codes_core::actix::problems))
                .configure(app::routes_with(store.clone()))
        })
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
            // The users API, answered as the axum service answers it, and
            // actix-web's refusals of what each route reads.
            let mut seen = support::users_api(&client, &address).await;
            support::rejections(&client, &address, support::Framework::ActixWeb, &mut seen).await;

            // actix-web's own errors answer as problems too (the `problems`
            // middleware): a body that is not JSON, an id that is not a
            // number (actix answers 404 there), an unknown route, and the 405
            // of a resource without the method, its `Allow` kept.
            let malformed = client
                .post(format!("{base}/users"))
                .header("content-type", "application/json")
                .body("{not json")
                .send()
                .await
                .unwrap();
            assert_eq!(malformed.status(), 400);
            let body = support::problem(malformed).await;
            assert_eq!(body["title"], "Bad Request");
            assert!(body["detail"].as_str().unwrap().contains("Json"), "{body}");
            let not_a_number = client
                .get(format!("{base}/users/ada"))
                .send()
                .await
                .unwrap();
            assert_eq!(support::problem(not_a_number).await["status"], 404);
            let nowhere = client.get(format!("{base}/nowhere")).send().await.unwrap();
            assert_eq!(
                support::problem(nowhere).await,
                serde_json::json!({"type": "about:blank", "title": "Not Found", "status": 404})
            );
            let put = client.put(format!("{base}/users/2")).send().await.unwrap();
            assert_eq!(put.status(), 405);
            assert!(put.headers().contains_key("allow"));
            assert_eq!(support::problem(put).await["title"], "Method Not Allowed");

            // A poisoned store: 503 on every route that uses it.
            support::poison(users.clone().into_inner());
            assert!(users.is_poisoned());
            support::store_down(&client, &address, &mut seen).await;

            // The OpenAPI document: every route documents exactly the
            // statuses its contract and its success declare, as the axum
            // service's does, and it answered with them.
            let document = support::get_json(&client, &format!("{base}/openapi.json")).await;
            let routes = support::users_routes::<
                app::ListUsers,
                app::ShowUser,
                app::CreateUser,
                app::RemoveUser,
                app::ExportUsers,
            >(support::Framework::ActixWeb);
            support::check_routes(&document, &routes, &seen, support::UNSEEN);
            support::check_users_document(&document);
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

/// What codes builds on actix-web is a correct final answer on the wire,
/// whatever it was asked for; and actix-web's own errors are problems shaped
/// as the axum layer shapes them. Each answer is read back off the socket,
/// with a second request pipelined behind it (`support::exchange`).
mod wire {
    use actix_web::middleware::from_fn;
    use actix_web::{web, HttpResponse};
    use codes_core::problem::Problem;
    use codes_core::{Problem as DeriveProblem, Status, StatusCode};
    use codes_ext_api::ApiStatus;

    #[derive(Debug, thiserror::Error, Status, DeriveProblem)]
    pub enum Hostile {
        #[error("the request was refused")]
        #[status(BadRequest)]
        Refused,
    }

    /// What the extractors read (only whether it parses matters).
    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    pub struct Form {
        pub name: String,
    }

    pub fn routes(config: &mut web::ServiceConfig) {
        config
            .route(
                "/builder/no-content",
                web::get().to(|| async {
                    codes_core::actix::builder(StatusCode::NoContent)
                        .insert_header(("etag", "\"v1\""))
                        .content_type("text/plain")
                        .body("forgotten")
                }),
            )
            .route(
                "/builder/not-modified",
                web::get().to(|| async {
                    codes_core::actix::builder(StatusCode::NotModified).json(["stale"])
                }),
            )
            .route(
                "/builder/reset",
                web::get().to(|| async {
                    codes_core::actix::builder(StatusCode::ResetContent).body("forgotten")
                }),
            )
            .route(
                "/builder/continue",
                web::get()
                    .to(|| async { codes_core::actix::builder(StatusCode::Continue).finish() }),
            )
            .route(
                "/builder/framing",
                web::get().to(|| async {
                    codes_core::actix::builder(StatusCode::Created)
                        .insert_header(("content-length", "3"))
                        .insert_header(("transfer-encoding", "chunked"))
                        .append_header(("connection", "close"))
                        .content_type("text/plain")
                        .body("created")
                }),
            )
            .route(
                "/bare/continue",
                web::get().to(|| async { StatusCode::Continue }),
            )
            .route(
                "/bare/switching",
                web::get().to(|| async { StatusCode::SwitchingProtocols }),
            )
            .route(
                "/hostile",
                web::get().to(|| async {
                    Err::<HttpResponse, _>(
                        Problem::new(Hostile::Refused)
                            .with_header("content-length", 3)
                            .with_header("Content-Type", "text/html")
                            .with_header("transfer-encoding", "chunked")
                            .with_header("x-note", "two\r\nlines")
                            .append_header("www-authenticate", "Basic realm=\"api\"")
                            .append_header("WWW-Authenticate", "Bearer")
                            .with_member("title", "mine")
                            .with_member("", &1)
                            .with_member("kept", &true),
                    )
                }),
            )
            // The middleware covers only this scope: the routes above show
            // what codes answers by itself.
            .service(
                web::scope("/layer")
                    .wrap(from_fn(codes_core::actix::problems))
                    .configure(layered),
            );
    }

    /// Answers the `problems` middleware rewrites, or leaves alone.
    fn layered(config: &mut web::ServiceConfig) {
        config
            .app_data(web::JsonConfig::default().limit(32))
            .app_data(web::FormConfig::default().limit(32))
            .route(
                "/client-closed",
                web::get().to(|| async { ApiStatus::ClientClosedRequest }),
            )
            .route(
                "/problem-upper",
                web::get().to(|| async {
                    HttpResponse::Conflict()
                        .content_type("Application/Problem+JSON; charset=utf-8")
                        .body(r#"{"type":"about:blank","title":"Conflict","status":409}"#)
                }),
            )
            .route(
                "/json",
                web::get().to(|| async {
                    HttpResponse::BadRequest().json(serde_json::json!({"error": "bad input"}))
                }),
            )
            .route(
                "/unprocessable",
                web::get().to(|| async { HttpResponse::UnprocessableEntity().body("no") }),
            )
            .route(
                "/long",
                web::get().to(|| async { HttpResponse::BadRequest().body("é".repeat(10_000)) }),
            )
            .route(
                "/extract/json",
                web::post().to(|_: web::Json<Form>| async { HttpResponse::Ok().finish() }),
            )
            .route(
                "/extract/form",
                web::post().to(|_: web::Form<Form>| async { HttpResponse::Ok().finish() }),
            )
            .route(
                "/extract/query",
                web::get().to(|_: web::Query<Form>| async { HttpResponse::Ok().finish() }),
            )
            .route(
                "/extract/path/{n}",
                web::get().to(|_: web::Path<u32>| async { HttpResponse::Ok().finish() }),
            )
            .service(web::resource("/only-get").get(|| async { HttpResponse::Ok().finish() }));
    }
}

#[test]
fn wrong_requests_for_answers_still_answer_correctly() {
    use serde_json::json;
    use support::{exchange, exchange_with};

    actix_web::rt::System::new().block_on(async {
        let server = actix_web::HttpServer::new(|| {
            actix_web::App::new().configure(wire::routes)
        })
        .workers(1)
        .disable_signals()
        .bind("127.0.0.1:0")
        .unwrap();
        let address = server.addrs()[0].to_string();
        let server = server.run();
        let handle = server.handle();
        actix_web::rt::spawn(server);
        let address = address.as_str();
        let problem_of = |status: u16, title: &str| {
            json!({"type": "about:blank", "title": title, "status": status})
        };

        let run = async {
            // No content on 204, 205 and 304 from `builder`, whatever it was
            // given; the other fields stay.
            let raw = exchange(address, "GET", "/builder/no-content").await;
            assert_eq!(raw.status_line, "HTTP/1.1 204 No Content");
            assert_eq!(raw.one("etag"), Some("\"v1\""));
            assert_eq!(raw.one("content-type"), None);
            let raw = exchange(address, "GET", "/builder/not-modified").await;
            assert_eq!((raw.status, raw.one("content-type")), (304, None));
            let raw = exchange(address, "GET", "/builder/reset").await;
            assert_eq!((raw.status, raw.body.len()), (205, 0));
            // Framing fields set by hand never reach the wire.
            let raw = exchange(address, "GET", "/builder/framing").await;
            assert_eq!(raw.body, b"created");
            assert_eq!(raw.one("connection"), None);

            // An informational status is never the final answer.
            for path in ["/builder/continue", "/bare/continue", "/bare/switching"] {
                let raw = exchange(address, "GET", path).await;
                assert_eq!(raw.status_line, "HTTP/1.1 500 Internal Server Error", "{path}");
                assert_eq!(raw.json(), problem_of(500, "Internal Server Error"), "{path}");
            }

            // Owned and malformed fields, standard and empty member names:
            // never sent; list fields repeat.
            let raw = exchange(address, "GET", "/hostile").await;
            assert_eq!(raw.one("content-type"), Some("application/problem+json"));
            assert_eq!(raw.one("x-note"), None);
            assert_eq!(
                raw.all("www-authenticate"),
                ["Basic realm=\"api\"", "Bearer"]
            );
            assert_eq!(
                raw.json(),
                json!({"type": "about:blank", "title": "Bad Request", "status": 400,
                       "detail": "the request was refused", "kept": true})
            );

            // The middleware keeps the status line's phrase; problems in any
            // spelling and a handler's own JSON pass; long texts are cut.
            let raw = exchange(address, "GET", "/layer/client-closed").await;
            assert_eq!(raw.status_line, "HTTP/1.1 499 Client Closed Request");
            assert_eq!(raw.json(), problem_of(499, "Client Closed Request"));
            let raw = exchange(address, "GET", "/layer/problem-upper").await;
            assert_eq!(raw.json()["status"], 409);
            let raw = exchange(address, "GET", "/layer/json").await;
            assert_eq!(raw.json(), json!({"error": "bad input"}));
            let raw = exchange(address, "GET", "/layer/unprocessable").await;
            assert_eq!(raw.status_line, "HTTP/1.1 422 Unprocessable Content");
            assert_eq!(raw.json()["title"], "Unprocessable Content");
            let raw = exchange(address, "GET", "/layer/long").await;
            let detail = raw.json()["detail"].as_str().unwrap().to_string();
            assert!(detail.ends_with(" [truncated]"));
            assert!(detail.len() <= 16 * 1024 + " [truncated]".len());

            // actix-web's own errors: the same bodies as axum's layer gives.
            let json = "Content-Type: application/json\r\n";
            let raw = exchange_with(address, "POST", "/layer/extract/json", json, b"{not json", true).await;
            assert_eq!(raw.status, 400);
            assert!(raw.json()["detail"].is_string(), "{:?}", raw.json());
            let form = "Content-Type: application/x-www-form-urlencoded\r\n";
            let raw = exchange_with(address, "POST", "/layer/extract/form", form, b"nom=x", true).await;
            assert_eq!(raw.status, 400);
            assert_eq!(raw.json()["title"], "Bad Request");
            let raw = exchange(address, "GET", "/layer/extract/query?nom=x").await;
            assert_eq!((raw.status, raw.json()["title"].clone()), (400, json!("Bad Request")));
            let raw = exchange(address, "GET", "/layer/extract/path/ada").await;
            assert_eq!(raw.json()["status"], 404);
            let big = format!(r#"{{"name":"{}"}}"#, "x".repeat(100));
            let raw = exchange_with(address, "POST", "/layer/extract/json", json, big.as_bytes(), false).await;
            assert_eq!(raw.status, 413);
            assert_eq!(raw.json()["title"], "Content Too Large");
            let raw = exchange(address, "GET", "/layer/nowhere").await;
            assert_eq!(raw.json(), problem_of(404, "Not Found"));
            let raw = exchange(address, "PUT", "/layer/only-get").await;
            assert_eq!(raw.status, 405);
            assert!(raw.one("allow").is_some_and(|a| a.contains("GET")), "{raw:?}");
            assert_eq!(raw.json(), problem_of(405, "Method Not Allowed"));
        };
        tokio::time::timeout(Duration::from_secs(30), run)
            .await
            .expect("the exchange finished in time");
        handle.stop(true).await;
    });
}

mod generated {
    //! The `problems` middleware and `builder`, for generated statuses,
    //! media types and bodies (actix-web's test service, no socket): every
    //! response keeps the rules of a final answer, as with axum's layer.

    use actix_web::http::StatusCode as ActixStatus;
    use actix_web::middleware::from_fn;
    use actix_web::{test, web, App, HttpResponse};
    use codes_core::problem::rules;
    use codes_core::{Code, StatusCode};
    use proptest::prelude::*;
    use serde_json::Value;

    fn media_type() -> impl Strategy<Value = Option<String>> {
        let types = prop::sample::select(vec![
            "application/problem+json",
            "Application/Problem+JSON",
            "application/json",
            "application/vnd.api+json",
            "text/plain",
            "text/html",
        ]);
        let params = prop::sample::select(vec!["", ";charset=utf-8", " ; q=1"]);
        prop::option::of((types, params).prop_map(|(t, p)| format!("{t}{p}")))
    }

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            "\\PC{0,40}",
            (1usize..4, "[a-zé€ ]{1,3}")
                .prop_map(|(k, unit)| unit
                    .repeat(k * crate::support::LAYER_TEXT_LIMIT / unit.len() / 2 + 1)),
        ]
    }

    /// Status, headers and body of the answer of a route that answers
    /// `status` with `text` as `media`, behind the middleware.
    fn serve(
        status: u16,
        media: Option<String>,
        text: String,
    ) -> (u16, Vec<(String, String)>, Vec<u8>) {
        actix_web::rt::System::new().block_on(async move {
            let handler = move || {
                let (media, text) = (media.clone(), text.clone());
                async move {
                    let mut builder = HttpResponse::build(ActixStatus::from_u16(status).unwrap());
                    if let Some(media) = media {
                        builder.content_type(media);
                    }
                    builder.body(text)
                }
            };
            let app = test::init_service(
                App::new()
                    .wrap(from_fn(codes_core::actix::problems))
                    .route("/", web::get().to(handler)),
            )
            .await;
            let response =
                test::call_service(&app, test::TestRequest::get().uri("/").to_request()).await;
            let status = response.status().as_u16();
            let headers = response
                .headers()
                .iter()
                .map(|(n, v)| {
                    (
                        n.to_string(),
                        String::from_utf8_lossy(v.as_bytes()).into_owned(),
                    )
                })
                .collect();
            let body = test::read_body(response).await.to_vec();
            (status, headers, body)
        })
    }

    fn check_final(status: u16, headers: &[(String, String)], body: &[u8]) {
        assert!(status >= 200, "{status}");
        if matches!(status, 204 | 205 | 304) {
            assert!(body.is_empty(), "{status} with content");
            for (name, _) in headers {
                assert!(!rules::is_owned_field(name), "{name} on a {status}");
            }
        }
        assert!(headers.iter().filter(|(n, _)| n == "content-type").count() <= 1);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn the_middleware_keeps_the_rules(
            status in 100u16..=599,
            media in media_type(),
            text in text(),
        ) {
            let (out, headers, body) = serve(status, media.clone(), text.clone());
            check_final(out, &headers, &body);
            let json_media = media.as_deref().is_some_and(|m| {
                let essence = m.split(';').next().unwrap().trim().to_ascii_lowercase();
                essence == "application/json" || essence.ends_with("+json")
            });
            if status < 200 {
                prop_assert_eq!(out, 500);
            } else if matches!(status, 204 | 205 | 304) || status < 400 || json_media {
                prop_assert_eq!(out, status);
                if !matches!(status, 204 | 205 | 304) {
                    prop_assert_eq!(&body, text.as_bytes());
                }
            } else {
                prop_assert_eq!(out, status);
                let json: Value = serde_json::from_slice(&body).unwrap();
                crate::support::layer_detail(status, &text, &json)?;
            }
        }

        /// `builder` with any status of the registry and any content.
        #[test]
        fn builder_keeps_the_rules(index in 0..StatusCode::CODES.len(), text in "\\PC{0,20}") {
            let status = StatusCode::all().nth(index).unwrap();
            let response = codes_core::actix::builder(status)
                .insert_header(("etag", "\"v\""))
                .insert_header(("content-length", "1"))
                .content_type("text/plain")
                .body(text.clone());
            let out = response.status().as_u16();
            let headers: Vec<(String, String)> = response
                .headers()
                .iter()
                .map(|(n, v)| (n.to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
                .collect();
            let body = actix_web::rt::System::new()
                .block_on(actix_web::body::to_bytes(response.into_body()))
                .unwrap()
                .to_vec();
            check_final(out, &headers, &body);
            prop_assert!(!headers.iter().any(|(n, _)| n == "content-length"));
            if status.code() < 200 {
                prop_assert_eq!(out, 500);
            } else {
                prop_assert_eq!(out, status.code());
                prop_assert!(headers.iter().any(|(n, v)| n == "etag" && v == "\"v\""));
                if !matches!(status.code(), 204 | 205 | 304) {
                    prop_assert_eq!(body, text.into_bytes());
                }
            }
        }
    }
}
