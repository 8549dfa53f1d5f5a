//! The servers: one axum and one actix-web server on ephemeral 127.0.0.1
//! ports, both answering `/c/{id}` with case `id` of a shared table (the suite
//! registers a case, then asks both servers for it), `/probe` with `pong`;
//! both serve the same cases, and their own extractors' errors, behind their
//! `problems` layer under `/l/`.

use std::net::SocketAddr;
use std::sync::Mutex;

use codes_core::problem::Problem;
use codes_ext_api::ApiStatus;
use serde_json::Value;

use crate::fixture::{fixtures, WireError};

/// The content of every `Reply` and `builder` case.
pub const REPLY: &str = "reply content";

/// The header fields the content of every `Reply` and `builder` case brings:
/// framing and connection-specific ones, which never reach the wire as given
/// ([`REPLY_REFUSED`]), and one of its own, which does.
pub const REPLY_FIELDS: [(&str, &str); 3] = [
    ("content-length", "3"),
    ("trailer", "x-checksum"),
    ("x-reply", "1"),
];

/// The fields of [`REPLY_FIELDS`] the answer refuses.
pub const REPLY_REFUSED: [(&str, &str); 2] = [REPLY_FIELDS[0], REPLY_FIELDS[1]];

/// One way to set something on a `Problem<WireError>`.
#[derive(Clone, Debug)]
pub enum Op {
    /// `with_header(name, value)`.
    Header(String, String),
    /// `append_header(name, value)`.
    Append(String, String),
    /// `with_member(name, value)`.
    Member(String, Value),
}

/// What a server answers with.
#[derive(Clone, Debug)]
pub enum Case {
    /// A code enum value as the response (`IntoResponse`, `Responder`).
    Bare(ApiStatus),
    /// `axum::Reply(code, REPLY)`, `actix::builder(code)` with `REPLY`.
    Reply(ApiStatus),
    /// `Problem::new(WireError(status))` with the operations, in order.
    Problem(ApiStatus, Vec<Op>),
    /// The `Answer` of that problem, through each framework's
    /// `answer_response`, which must write exactly the `Answer`.
    Answer(ApiStatus, Vec<Op>),
    /// Fixture `n` (see `fixtures()`), returned as a handler's error.
    Derived(usize),
    /// `Problem::new(fixture n)` with the operations.
    DerivedProblem(usize, Vec<Op>),
    /// For the layers: the handler's own JSON error body.
    JsonError(u16),
    /// A problem the handler wrote itself, media type spelled
    /// `Application/Problem+JSON; charset=utf-8`.
    OwnProblem(u16),
    /// A text body of the handler's.
    Text(u16, String),
}

static CASES: Mutex<Vec<Case>> = Mutex::new(Vec::new());

/// Registers `case`; the servers answer `/c/{id}` (and axum `/l/c/{id}`) with it.
pub fn register(case: Case) -> usize {
    let mut cases = CASES.lock().unwrap();
    cases.push(case);
    cases.len() - 1
}

fn case(id: usize) -> Option<Case> {
    CASES.lock().unwrap().get(id).cloned()
}

pub fn problem(status: ApiStatus, ops: &[Op]) -> Problem<WireError> {
    add(Problem::new(WireError(status)), ops)
}

/// `ops`, applied to `problem` in order.
pub fn add<E>(mut problem: Problem<E>, ops: &[Op]) -> Problem<E> {
    for op in ops {
        problem = match op {
            Op::Header(name, value) => problem.with_header(name.clone(), value),
            Op::Append(name, value) => problem.append_header(name.clone(), value),
            Op::Member(name, value) => problem.with_member(name.clone(), value),
        };
    }
    problem
}

mod axum_server {
    use axum::extract::{Path, Query};
    use axum::response::{IntoResponse, Response};
    use axum::routing::{any, get, post};
    use axum::{Json, Router};
    use codes_core::axum::Reply;
    use codes_core::problem::Problem;

    use super::{case, fixtures, problem, Case, REPLY, REPLY_FIELDS};

    async fn answer(Path(id): Path<usize>) -> Response {
        match case(id) {
            None => http::StatusCode::IM_A_TEAPOT.into_response(),
            Some(Case::Bare(status)) => status.into_response(),
            Some(Case::Reply(status)) => Reply(status, (REPLY_FIELDS, REPLY)).into_response(),
            Some(Case::Problem(status, ops)) => Err::<(), _>(problem(status, &ops)).into_response(),
            Some(Case::Answer(status, ops)) => {
                codes_core::axum::answer_response(problem(status, &ops).answer())
            }
            Some(Case::Derived(n)) => {
                let (error, _) = fixtures().swap_remove(n);
                Err::<(), _>(error).into_response()
            }
            Some(Case::DerivedProblem(n, ops)) => {
                let (error, _) = fixtures().swap_remove(n);
                Err::<(), _>(super::add(Problem::new(error), &ops)).into_response()
            }
            Some(Case::JsonError(code)) => (
                http::StatusCode::from_u16(code).unwrap(),
                Json(serde_json::json!({"error": "bad thing", "code": 7})),
            )
                .into_response(),
            Some(Case::OwnProblem(code)) => (
                http::StatusCode::from_u16(code).unwrap(),
                [(
                    http::header::CONTENT_TYPE,
                    "Application/Problem+JSON; charset=utf-8",
                )],
                super::OWN_PROBLEM,
            )
                .into_response(),
            Some(Case::Text(code, text)) => {
                (http::StatusCode::from_u16(code).unwrap(), text).into_response()
            }
        }
    }

    #[derive(serde::Deserialize)]
    struct Page {
        #[allow(dead_code)]
        page: u32,
    }

    pub fn router() -> Router {
        let layered = Router::new()
            .route("/l/c/{id}", any(answer))
            .route(
                "/l/json",
                post(|Json(v): Json<serde_json::Value>| async { Json(v) }),
            )
            .route(
                "/l/number/{n}",
                get(|Path(n): Path<u32>| async move { n.to_string() }),
            )
            .route(
                "/l/page",
                get(|Query(p): Query<Page>| async move { p.page.to_string() }),
            )
            .route("/l/only-get", get(|| async { "got" }))
            .layer(axum::middleware::map_response(codes_core::axum::problems));
        Router::new()
            .route("/c/{id}", any(answer))
            .route(crate::check::PROBE, get(|| async { "pong" }))
            .merge(layered)
    }
}

/// The body of `Case::OwnProblem`.
pub const OWN_PROBLEM: &str =
    r#"{"type":"https://example.com/problems/own","title":"Own problem","status":409,"x":1}"#;

mod actix_server {
    use actix_web::{web, HttpRequest, HttpResponse, Responder};
    use codes_core::problem::Problem;

    use super::{case, fixtures, problem, Case, REPLY, REPLY_FIELDS};

    pub async fn answer(
        request: HttpRequest,
        id: web::Path<usize>,
    ) -> Result<HttpResponse, actix_web::Error> {
        match case(id.into_inner()) {
            Some(Case::Bare(status)) => Ok(status.respond_to(&request)),
            Some(Case::Reply(status)) => {
                let mut builder = codes_core::actix::builder(status);
                for field in REPLY_FIELDS {
                    builder.insert_header(field);
                }
                Ok(builder
                    .content_type("text/plain; charset=utf-8")
                    .body(REPLY))
            }
            Some(Case::Problem(status, ops)) => Err(problem(status, &ops).into()),
            Some(Case::Answer(status, ops)) => Ok(codes_core::actix::answer_response(
                problem(status, &ops).answer(),
            )),
            Some(Case::Derived(n)) => Err(fixtures().swap_remove(n).0.into()),
            Some(Case::DerivedProblem(n, ops)) => {
                Err(super::add(Problem::new(fixtures().swap_remove(n).0), &ops).into())
            }
            Some(Case::JsonError(code)) => Ok(HttpResponse::build(status(code))
                .json(serde_json::json!({"error": "bad thing", "code": 7}))),
            Some(Case::OwnProblem(code)) => Ok(HttpResponse::build(status(code))
                .content_type("Application/Problem+JSON; charset=utf-8")
                .body(super::OWN_PROBLEM)),
            Some(Case::Text(code, text)) => Ok(HttpResponse::build(status(code))
                .content_type("text/plain; charset=utf-8")
                .body(text)),
            None => Ok(HttpResponse::ImATeapot().finish()),
        }
    }

    fn status(code: u16) -> actix_web::http::StatusCode {
        actix_web::http::StatusCode::from_u16(code).unwrap()
    }

    #[derive(serde::Deserialize)]
    pub struct Page {
        #[allow(dead_code)]
        page: u32,
    }

    /// The `/l` scope: the same cases and extractors behind
    /// `codes_core::actix::problems`.
    pub fn layered(config: &mut web::ServiceConfig) {
        config.service(
            web::scope("/l")
                .wrap(actix_web::middleware::from_fn(codes_core::actix::problems))
                .route("/c/{id}", web::to(answer))
                .route(
                    "/json",
                    web::post().to(|v: web::Json<serde_json::Value>| async move {
                        HttpResponse::Ok().json(v.into_inner())
                    }),
                )
                .route(
                    "/number/{n}",
                    web::get().to(|n: web::Path<u32>| async move { n.to_string() }),
                )
                .route(
                    "/page",
                    web::get().to(|p: web::Query<Page>| async move { p.page.to_string() }),
                )
                .service(web::resource("/only-get").route(web::get().to(|| async { "got" }))),
        );
    }

    pub async fn probe() -> HttpResponse {
        HttpResponse::Ok()
            .content_type("text/plain; charset=utf-8")
            .body("pong")
    }
}

/// Both servers, running until `stop`.
pub struct Servers {
    pub axum: SocketAddr,
    pub actix: SocketAddr,
    axum_stop: tokio::sync::oneshot::Sender<()>,
    axum_thread: std::thread::JoinHandle<()>,
    actix_handle: actix_web::dev::ServerHandle,
    actix_thread: std::thread::JoinHandle<()>,
}

impl Servers {
    pub fn start() -> Servers {
        // axum on a runtime of its own, one worker.
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let (tx, rx) = std::sync::mpsc::channel();
        let axum_thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
                tx.send(listener.local_addr().unwrap()).unwrap();
                axum::serve(listener, axum_server::router())
                    .with_graceful_shutdown(async {
                        let _ = stopped.await;
                    })
                    .await
                    .unwrap();
            });
        });
        let axum = rx.recv().unwrap();

        // actix-web in its own system, one worker.
        let (tx, rx) = std::sync::mpsc::channel();
        let actix_thread = std::thread::spawn(move || {
            actix_web::rt::System::new().block_on(async move {
                let server = actix_web::HttpServer::new(|| {
                    actix_web::App::new()
                        .route("/c/{id}", actix_web::web::to(actix_server::answer))
                        .route(
                            crate::check::PROBE,
                            actix_web::web::get().to(actix_server::probe),
                        )
                        .configure(actix_server::layered)
                })
                .workers(1)
                .shutdown_timeout(2)
                .disable_signals()
                .bind("127.0.0.1:0")
                .unwrap();
                let address = server.addrs()[0];
                let server = server.run();
                tx.send((address, server.handle())).unwrap();
                server.await.unwrap();
            });
        });
        let (actix, actix_handle) = rx.recv().unwrap();
        Servers {
            axum,
            actix,
            axum_stop: stop,
            axum_thread,
            actix_handle,
            actix_thread,
        }
    }

    /// Stops both servers (gracefully: every connection is closed by now)
    /// and waits for their threads, 5 s at most each; says which did not
    /// stop in time (the process ends anyway).
    pub fn stop(self, runtime: &tokio::runtime::Runtime) -> Vec<String> {
        let limit = std::time::Duration::from_secs(5);
        let mut late = Vec::new();
        let _ = self.axum_stop.send(());
        let handle = self.actix_handle;
        let stopping =
            runtime.block_on(async move { tokio::time::timeout(limit, handle.stop(true)).await });
        if stopping.is_err() {
            late.push("the actix-web server did not stop within 5 s".to_string());
        }
        for (name, thread) in [("axum", self.axum_thread), ("actix-web", self.actix_thread)] {
            let started = std::time::Instant::now();
            while !thread.is_finished() && started.elapsed() < limit {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            if !thread.is_finished() {
                late.push(format!("the {name} server's thread did not end within 5 s"));
            } else if thread.join().is_err() {
                late.push(format!("the {name} server's thread panicked"));
            }
        }
        late
    }
}

/// Which server answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framework {
    Axum,
    Actix,
}

impl Framework {
    pub fn name(self) -> &'static str {
        match self {
            Framework::Axum => "axum",
            Framework::Actix => "actix",
        }
    }
}
