//! End to end: the `web` example's service on an ephemeral 127.0.0.1 port,
//! driven by a real HTTP client. A fixed list of requests, a time limit, and a
//! graceful shutdown at the end: the test stops by itself.

#[path = "../examples/web/app.rs"]
#[allow(dead_code)]
mod app;

mod support;

use std::time::Duration;

use support::{problem, Observed};

use reqwest::header::{ALLOW, CONTENT_TYPE};
use serde_json::{json, Value};

/// Checks the service's OpenAPI documents, utoipa's and aide's, against the
/// routes' contracts, successes and axum's refusals, and against what they
/// answered; leaves them in `target/tmp/openapi.json` and
/// `target/tmp/openapi-aide.json` for `.ci/run`'s validator.
fn check_openapi(utoipa: &Value, aide: &Value, seen: &Observed) {
    let routes = support::users_routes::<
        app::ListUsers,
        app::ShowUser,
        app::CreateUser,
        app::RemoveUser,
        app::ExportUsers,
    >(support::Framework::Axum);
    for (name, document) in [("openapi.json", utoipa), ("openapi-aide.json", aide)] {
        let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
        std::fs::write(&path, serde_json::to_vec_pretty(document).unwrap()).unwrap();
        support::check_routes(document, &routes, seen, support::UNSEEN);
        support::check_users_document(document);
    }
}

#[tokio::test]
async fn users_service_answers_with_the_right_statuses() {
    let log = support::Log::default();
    let writer = log.clone();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .init();

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let users = app::Users::default();
    let store = users.clone();
    let server = tokio::spawn(async move {
        axum::serve(listener, app::router_with(store))
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
        // The users API, as the actix-web service answers it too, and axum's
        // refusals of what each route reads.
        let mut seen = support::users_api(&client, &address).await;
        support::rejections(&client, &address, support::Framework::Axum, &mut seen).await;

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
        // (The log is the process's: other tests log 503s of their own.)
        let line = logged
            .lines()
            .find(|l| l.contains("503 Service Unavailable") && l.contains("export backend"))
            .unwrap_or_else(|| panic!("no export 503 in the log:\n{logged}"));
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

        // A panic while the store is locked poisons it: every route that
        // uses the store answers 503 from then on (its detail logged).
        support::poison(users.clone());
        assert!(users.is_poisoned());
        support::store_down(&client, &address, &mut seen).await;
        assert!(
            log.text().contains("the user store lock is poisoned"),
            "{}",
            log.text()
        );

        // The OpenAPI document: every route documents exactly the statuses
        // its contract and its success declare, and it answered with them.
        let utoipa = support::get_json(&client, &format!("{base}/openapi.json")).await;
        let aide = support::get_json(&client, &format!("{base}/openapi-aide.json")).await;
        check_openapi(&utoipa, &aide, &seen);
    };
    tokio::time::timeout(Duration::from_secs(30), run)
        .await
        .expect("the exchange finished in time");

    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
}

/// What codes builds is a correct final answer on the wire, whatever it was
/// asked for: each route below asks for something wrong (content on a 204,
/// an informational status as the answer, fields the answer owns, members
/// named like standard ones...), and every answer is read back off the socket
/// with a second request pipelined behind it (`support::exchange`).
mod wire {
    use axum::routing::get;
    use axum::{Json, Router};
    use codes_core::axum::Reply;
    use codes_core::problem::Problem;
    use codes_core::{Problem as DeriveProblem, Status, StatusCode};
    use codes_ext_api::ApiStatus;
    use serde_json::json;

    #[derive(Debug, thiserror::Error, Status, DeriveProblem)]
    pub enum Hostile {
        #[error("the request was refused")]
        #[status(BadRequest)]
        Refused,
    }

    /// Routes that each ask for a wrong answer.
    pub fn router() -> Router {
        let hostile = || async {
            Problem::new(Hostile::Refused)
                .with_header("content-length", 3)
                .with_header("Content-Type", "text/html")
                .with_header("transfer-encoding", "chunked")
                .with_header("connection", "close")
                .with_header("x-note", "two\r\nlines")
                .with_header("bad name", "x")
                .append_header("www-authenticate", "Basic realm=\"api\"")
                .append_header("WWW-Authenticate", "Bearer")
                .append_header("retry-after", 5)
                .append_header("retry-after", 10)
                .with_member("title", "mine")
                .with_member("status", &200)
                .with_member("", &1)
                .with_member("kept", &true)
        };
        Router::new()
            .route(
                "/reply/no-content",
                get(|| async { Reply(StatusCode::NoContent, ([("etag", "\"v1\"")], "forgotten")) }),
            )
            .route(
                "/reply/reset",
                get(|| async { Reply(StatusCode::ResetContent, "forgotten") }),
            )
            .route(
                "/reply/not-modified",
                get(|| async {
                    Reply(
                        StatusCode::NotModified,
                        ([("etag", "\"v1\"")], Json(json!({"stale": true}))),
                    )
                }),
            )
            .route(
                "/reply/framed",
                get(|| async {
                    Reply(
                        StatusCode::Ok,
                        ([("content-length", "3"), ("connection", "close")], "hello"),
                    )
                }),
            )
            .route(
                "/reply/early-hints",
                get(|| async { Reply(StatusCode::EarlyHints, "early") }),
            )
            .route("/bare/continue", get(|| async { StatusCode::Continue }))
            .route(
                "/bare/switching",
                get(|| async { StatusCode::SwitchingProtocols }),
            )
            .route("/bare/no-content", get(|| async { StatusCode::NoContent }))
            .route("/hostile", get(hostile))
            // The layer covers only the routes below: the ones above show
            // what codes answers by itself.
            .merge(layered())
    }

    /// Answers the `problems` layer rewrites, or leaves alone.
    fn layered() -> Router {
        Router::new()
            .route(
                "/bare/client-closed",
                get(|| async { ApiStatus::ClientClosedRequest }),
            )
            .route(
                "/layer/problem-upper",
                get(|| async {
                    (
                        http::StatusCode::CONFLICT,
                        [("content-type", "Application/Problem+JSON; charset=utf-8")],
                        r#"{"type":"about:blank","title":"Conflict","status":409}"#,
                    )
                }),
            )
            .route(
                "/layer/json",
                get(|| async {
                    (
                        http::StatusCode::BAD_REQUEST,
                        Json(json!({"error": "bad input", "fields": ["name"]})),
                    )
                }),
            )
            .route(
                "/layer/unprocessable",
                get(|| async { (http::StatusCode::UNPROCESSABLE_ENTITY, "no") }),
            )
            .route(
                "/layer/long",
                get(|| async { (http::StatusCode::BAD_REQUEST, "é".repeat(10_000)) }),
            )
            .route(
                "/layer/compressed",
                get(|| async {
                    (
                        http::StatusCode::BAD_REQUEST,
                        [("content-encoding", "gzip"), ("etag", "\"z\"")],
                        vec![0x1f_u8, 0x8b, 8, 0, 0, 0, 0, 0],
                    )
                }),
            )
            .route(
                "/layer/not-modified",
                get(|| async { (http::StatusCode::NOT_MODIFIED, "stale body") }),
            )
            .route(
                "/layer/server-text",
                get(|| async { (http::StatusCode::BAD_GATEWAY, "upstream 10.0.0.9 refused") }),
            )
            .layer(axum::middleware::map_response(codes_core::axum::problems))
    }
}

#[tokio::test]
async fn wrong_requests_for_answers_still_answer_correctly() {
    use support::exchange;

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap().to_string();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(listener, wire::router())
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });
    let run = async {
        // No content on 204, 205 and 304, whatever `Reply` was given; the
        // fields that do not describe the content stay.
        let raw = exchange(&address, "GET", "/reply/no-content").await;
        assert_eq!(raw.status_line, "HTTP/1.1 204 No Content");
        assert_eq!(raw.one("etag"), Some("\"v1\""));
        assert_eq!(raw.one("content-type"), None);
        let raw = exchange(&address, "GET", "/reply/reset").await;
        assert_eq!((raw.status, raw.body.len()), (205, 0));
        assert_eq!(raw.one("content-type"), None);
        let raw = exchange(&address, "GET", "/reply/not-modified").await;
        assert_eq!(raw.status, 304);
        assert_eq!(raw.one("etag"), Some("\"v1\""));
        assert_eq!(raw.one("content-type"), None);
        let raw = exchange(&address, "GET", "/bare/no-content").await;
        assert_eq!(raw.status, 204);
        let raw = exchange(&address, "GET", "/layer/not-modified").await;
        assert_eq!(raw.status, 304);
        assert_eq!(raw.one("content-type"), None);

        // The server frames the message: a `Content-Length` or connection
        // field in `Reply`'s content does not get through (the pipelined
        // request behind it is answered too).
        let raw = exchange(&address, "GET", "/reply/framed").await;
        assert_eq!(raw.status, 200);
        assert_eq!(raw.body, b"hello");
        assert_eq!(raw.one("content-length"), Some("5"));
        assert_eq!(raw.one("connection"), None);

        // An informational status is never the final answer: a 500 problem.
        for path in ["/reply/early-hints", "/bare/continue", "/bare/switching"] {
            let raw = exchange(&address, "GET", path).await;
            assert_eq!(
                raw.status_line, "HTTP/1.1 500 Internal Server Error",
                "{path}"
            );
            assert_eq!(raw.one("content-type"), Some("application/problem+json"));
            assert_eq!(
                raw.json(),
                json!({"type": "about:blank", "title": "Internal Server Error", "status": 500}),
                "{path}"
            );
        }

        // Fields the answer owns and malformed ones never reach the wire;
        // list fields repeat, others are sent once; standard and empty member
        // names are refused.
        let raw = exchange(&address, "GET", "/hostile").await;
        assert_eq!(raw.status, 400);
        assert_eq!(raw.one("content-type"), Some("application/problem+json"));
        assert_eq!(raw.one("connection"), None);
        assert_eq!(raw.one("x-note"), None);
        assert_eq!(raw.one("retry-after"), Some("10"));
        assert_eq!(
            raw.all("www-authenticate"),
            ["Basic realm=\"api\"", "Bearer"]
        );
        assert_eq!(
            raw.json(),
            json!({"type": "about:blank", "title": "Bad Request", "status": 400,
                   "detail": "the request was refused", "kept": true})
        );

        // The layer keeps the phrase codes put on the status line, in the
        // status line and as the title.
        let raw = exchange(&address, "GET", "/bare/client-closed").await;
        assert_eq!(raw.status_line, "HTTP/1.1 499 Client Closed Request");
        assert_eq!(raw.json()["title"], "Client Closed Request");

        // A problem in any spelling of its media type, and a handler's own
        // JSON, pass unchanged.
        let raw = exchange(&address, "GET", "/layer/problem-upper").await;
        assert_eq!(
            raw.one("content-type"),
            Some("Application/Problem+JSON; charset=utf-8")
        );
        assert_eq!(raw.json()["status"], 409);
        let raw = exchange(&address, "GET", "/layer/json").await;
        assert_eq!(raw.one("content-type"), Some("application/json"));
        assert_eq!(
            raw.json(),
            json!({"error": "bad input", "fields": ["name"]})
        );

        // RFC 9110's phrase where the framework has an older one.
        let raw = exchange(&address, "GET", "/layer/unprocessable").await;
        assert_eq!(raw.status_line, "HTTP/1.1 422 Unprocessable Content");
        assert_eq!(raw.json()["title"], "Unprocessable Content");

        // A text past 16 KiB is cut at a character and marked, not dropped.
        let raw = exchange(&address, "GET", "/layer/long").await;
        let detail = raw.json()["detail"].as_str().unwrap().to_string();
        assert!(
            detail.ends_with(" [truncated]"),
            "{}",
            &detail[detail.len() - 20..]
        );
        let kept = detail.trim_end_matches(" [truncated]");
        assert!(kept.len() <= 16 * 1024 && kept.len() > 16 * 1024 - 4);
        assert!(kept.chars().all(|c| c == 'é'));

        // A compressed body is not read, and its coding and validator go
        // with it.
        let raw = exchange(&address, "GET", "/layer/compressed").await;
        assert_eq!(
            raw.json(),
            json!({"type": "about:blank", "title": "Bad Request", "status": 400})
        );
        assert_eq!((raw.one("content-encoding"), raw.one("etag")), (None, None));

        // A 5xx text is withheld from the body.
        let raw = exchange(&address, "GET", "/layer/server-text").await;
        assert_eq!(
            raw.json(),
            json!({"type": "about:blank", "title": "Bad Gateway", "status": 502})
        );
    };
    tokio::time::timeout(Duration::from_secs(30), run)
        .await
        .expect("the exchange finished in time");
    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
}

mod generated {
    //! The `problems` layer and `Reply`, for generated statuses, media types
    //! and bodies: every response they give keeps the rules of a final answer.

    use std::time::Duration;

    use axum::body::Body;
    use axum::response::{IntoResponse, Response};
    use codes_core::axum::{problems, Reply};
    use codes_core::problem::rules;
    use codes_core::{Code, StatusCode};
    use proptest::prelude::*;
    use serde_json::Value;

    fn media_type() -> impl Strategy<Value = Option<String>> {
        let types = prop::sample::select(vec![
            "application/problem+json",
            "application/json",
            "application/vnd.api+json",
            "text/plain",
            "text/html",
        ]);
        let params = prop::sample::select(vec!["", ";charset=utf-8", " ; q=1"]);
        prop::option::of(
            (types, params, any::<u64>())
                .prop_map(|(t, p, bits)| format!("{}{p}", crate::support::cased(t, bits))),
        )
    }

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            "\\PC{0,40}",
            (1usize..6, "[a-zé€ ]{1,3}")
                .prop_map(|(k, unit)| unit
                    .repeat(k * crate::support::LAYER_TEXT_LIMIT / unit.len() / 3 + 1)),
        ]
    }

    async fn read(response: Response) -> Vec<u8> {
        axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap()
            .to_vec()
    }

    /// The rules of a final answer, on a response that is about to go out.
    fn check_final(response: &Response, body: &[u8]) {
        let status = response.status().as_u16();
        assert!(status >= 200, "{status}");
        let headers = response.headers();
        if matches!(status, 204 | 205 | 304) {
            assert!(body.is_empty(), "{status} with content");
            for name in rules::OWNED_FIELDS {
                assert!(!headers.contains_key(name), "{name} on a {status}");
            }
        } else {
            assert!(headers.get_all("content-type").iter().count() <= 1);
        }
    }

    /// A header field a handler's content may bring: any owned field (in
    /// any case), a few ordinary ones, with values that parse.
    fn content_field() -> impl Strategy<Value = (String, &'static str)> {
        let names: Vec<&'static str> = rules::OWNED_FIELDS
            .iter()
            .copied()
            .chain(["retry-after", "location", "x-request-id"])
            .collect();
        (
            prop::sample::select(names),
            any::<u64>(),
            prop::sample::select(vec![
                "3",
                "0",
                "chunked",
                "close",
                "gzip",
                "websocket",
                "trailers",
            ]),
        )
            .prop_map(|(name, bits, value)| (crate::support::cased(name, bits), value))
    }

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Any status, media type and text through the layer.
        #[test]
        fn the_layer_keeps_the_rules(
            status in 100u16..=599,
            media in media_type(),
            text in text(),
        ) {
            let mut response = Response::new(Body::from(text.clone()));
            *response.status_mut() = http::StatusCode::from_u16(status).unwrap();
            if let Some(media) = &media {
                response.headers_mut().insert("content-type", media.parse().unwrap());
            }
            let (parts, body) = runtime().block_on(async {
                let response = tokio::time::timeout(Duration::from_secs(5), problems(response))
                    .await
                    .unwrap();
                let (parts, body) = response.into_parts();
                let body = read(Response::new(body)).await;
                (parts, body)
            });
            let out = Response::from_parts(parts, Body::empty());
            let out_status = out.status().as_u16();
            check_final(&out, &body);
            let json_media = media.as_deref().is_some_and(|m| {
                let essence = m.split(';').next().unwrap().trim().to_ascii_lowercase();
                essence == "application/json" || essence.ends_with("+json")
            });
            if status < 200 {
                prop_assert_eq!(out_status, 500);
            } else if matches!(status, 204 | 205 | 304) || status < 400 || json_media {
                prop_assert_eq!(out_status, status);
                if !matches!(status, 204 | 205 | 304) {
                    prop_assert_eq!(&body, text.as_bytes());
                }
            } else {
                prop_assert_eq!(out_status, status);
                prop_assert_eq!(
                    out.headers()["content-type"].to_str().unwrap(),
                    "application/problem+json"
                );
                let json: Value = serde_json::from_slice(&body).unwrap();
                crate::support::layer_detail(status, &text, &json)?;
            }
        }

        /// `Reply` with any status of the registry and any content, whose
        /// header fields may include any the server owns (in any case):
        /// those that frame the message or belong to the connection never
        /// get through, the others do.
        #[test]
        fn reply_keeps_the_rules(
            index in 0..StatusCode::CODES.len(),
            text in "\\PC{0,20}",
            fields in prop::collection::vec(content_field(), 0..6),
        ) {
            let status = StatusCode::all().nth(index).unwrap();
            let mut map = http::HeaderMap::new();
            map.insert("etag", http::HeaderValue::from_static("\"v\""));
            // One value per name: two `Content-Type`s would be the content's
            // own mistake, not what is tested here.
            for (name, value) in &fields {
                map.insert(
                    http::HeaderName::from_bytes(name.as_bytes()).unwrap(),
                    http::HeaderValue::from_static(value),
                );
            }
            let response = Reply(status, (map, text.clone())).into_response();
            let (parts, body) = response.into_parts();
            let body = runtime().block_on(read(Response::new(body)));
            let out = Response::from_parts(parts, Body::empty());
            check_final(&out, &body);
            for name in out.headers().keys() {
                prop_assert_eq!(rules::message_field_refusal(name.as_str()), None, "{} sent", name);
            }
            if status.code() < 200 {
                prop_assert_eq!(out.status().as_u16(), 500);
            } else {
                prop_assert_eq!(out.status().as_u16(), status.code());
                prop_assert_eq!(&out.headers()["etag"], "\"v\"");
                let content = !matches!(status.code(), 204 | 205 | 304);
                for (name, _) in &fields {
                    let kept = rules::message_field_refusal(name).is_none()
                        && (content || !rules::is_owned_field(name));
                    prop_assert_eq!(out.headers().contains_key(name.as_str()), kept, "{}", name);
                }
                if !matches!(status.code(), 204 | 205 | 304) {
                    prop_assert_eq!(body, text.into_bytes());
                }
            }
        }
    }
}
