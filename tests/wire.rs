//! The wire conformance suite: every kind of answer codes makes, served by a
//! real axum server and a real actix-web server on 127.0.0.1, read back as raw
//! bytes and parsed strictly with `httparse`.
//!
//! # What it caught
//!
//! Run on the answer path as it was before it was rebuilt to pass, it failed
//! 151 of 1,021 answers and saw 11 server panics: a 1xx sent as the answer (an
//! interim head and no final answer on actix-web, an empty non-problem 500 and
//! a closed connection on axum); content after the head of a 204 or 304;
//! `content-length` or `transfer-encoding` from `with_header` (a hyper panic in
//! debug, a desynchronised connection in release: the rest of the problem was
//! read as the next answer); `content-type: text/html` on a problem;
//! hop-by-hop fields sent; non-ASCII and padded values; a singleton field twice;
//! two derived `www-authenticate` fields sending only the last; an empty member
//! name; the layer's lost phrases (`499 Client Error`), a JSON error escaped
//! into `detail`, a problem wrapped twice, a long text dropped. Each of those
//! classes is one of the checks below.
//!
//! The suite follows two of the runtime's documented choices: a 1xx answers a
//! plain 500 problem without the fields and members added to the error, and
//! the layers cut a long text at a character boundary past 16 KiB and end it
//! with ` [truncated]`.
//!
//! Not counted as violations: axum's router adds `content-length: 0` to a
//! 204 answering HEAD (RFC 9110 forbids the field on a 204, but it frames
//! nothing and codes does not write it); actix-web answers `Connection:
//! close` after refusing a request's content (a close before the probe is
//! answered would still be caught); actix-web's own statuses for its
//! extractors (404 for a path that does not parse, 400 for JSON of another
//! media type).
//!
//! # Structure
//!
//! `harness = false` (see Cargo.toml): `main` starts one server per framework,
//! runs every section, stops the servers, prints every violation at once, and
//! fails if there is any. Each case is registered in a table both servers read
//! (`/c/{id}`, and `/l/c/{id}` behind the framework's `problems` layer); each
//! exchange opens a connection, writes the request under test and a pipelined
//! probe (`GET /probe`, `Connection: close`) in one write, and reads until the
//! server closes (3 s at most; eight exchanges at a time). Files:
//! `wire/check.rs` (the exchange, strict parsing, the checks),
//! `wire/serve.rs` (the servers and the case table), `wire/fixture.rs` (the
//! errors), `wire/generated.rs` (the proptest sections). Sections:
//!
//! - `bare`: every `ApiStatus` (the registry, 499, 599) as the whole response,
//!   GET and HEAD, both frameworks, and GET through each `problems` layer;
//! - `reply`: `axum::Reply(code, text)` and `actix::builder(code)` with text
//!   and hostile fields (`Content-Length: 3`, `Trailer`) that never get through,
//!   likewise;
//! - `problem`: `Problem<WireError>` with hostile headers and members, as a
//!   handler's error and as its `Answer` through `answer_response` (which must
//!   write exactly the `Answer`);
//! - `derived`: every variant of the `Fixture` derive, directly and through
//!   each layer;
//! - `layer`: the layers' rewrites of a handler's own answers (JSON error,
//!   its own problem, long, short and 5xx text, a 422) and of each framework's
//!   own errors (extractors, 405);
//! - `generated`: proptest's statuses, header names and values and member
//!   names and values on `Problem<E>` (64 cases, `WIRE_CASES` for more), both
//!   ways, both frameworks; and a handler's 4xx/5xx texts through both layers
//!   (half as many cases); the minimal failing input is reported.
//!
//! The checks on every answer (`check::check_every`): a final status (an
//! interim 1xx is a violation); a `Content-Length` equal to the content's
//! length (none on 204; no content read for 204, 304 and HEAD); at most one
//! `Content-Type`, exactly one with content; well-formed field names and
//! values; each non-list field once; no connection-specific field; the
//! pipelined probe answered right after it, nothing after the probe. Per case
//! (`check::check_expected`): the status and the code enum's phrase on the
//! status line; the content (a problem with exactly its members, no member
//! twice and none unnamed, or the exact bytes); the fields that must be sent,
//! with every value in order; the refused fields that must not be. Panics on
//! any thread (hyper's debug assertions) are reported too.

#[path = "wire/check.rs"]
mod check;
#[path = "wire/fixture.rs"]
mod fixture;
#[path = "wire/generated.rs"]
mod generated;
#[path = "wire/serve.rs"]
mod serve;
#[allow(dead_code)]
mod support;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

use codes_core::problem::rules;
use codes_ext_api::ApiStatus;
use serde_json::{json, Value};

use check::{Answer, Content, Expect, ProblemBody, Request};
use fixture::{expected_status, fixtures};
use serve::{register, Case, Framework, Op, Servers};

/// One exchange to make and check.
struct Item {
    section: &'static str,
    label: String,
    framework: Framework,
    request: Request,
    expect: Expect,
}

/// The failures of one item.
struct Failure {
    section: &'static str,
    label: String,
    framework: &'static str,
    request: String,
    violations: Vec<String>,
}

struct Suite {
    runtime: tokio::runtime::Runtime,
    servers: Option<Servers>,
    failures: Vec<Failure>,
    checked: BTreeMap<&'static str, usize>,
}

impl Suite {
    fn address(&self, framework: Framework) -> std::net::SocketAddr {
        let servers = self.servers.as_ref().unwrap();
        match framework {
            Framework::Axum => servers.axum,
            Framework::Actix => servers.actix,
        }
    }

    /// Makes every exchange (eight at a time) and keeps the failures.
    fn run(&mut self, items: Vec<Item>) {
        let semaphore = Arc::new(tokio::sync::Semaphore::new(8));
        let tasks: Vec<_> = items
            .into_iter()
            .map(|item| {
                let address = self.address(item.framework);
                let semaphore = semaphore.clone();
                let Item {
                    section,
                    label,
                    framework,
                    request,
                    expect,
                } = item;
                let failure = Failure {
                    section,
                    label,
                    framework: framework.name(),
                    request: format!("{} {}", request.method, request.path),
                    violations: Vec::new(),
                };
                let task = self.runtime.spawn(async move {
                    let _permit = semaphore.acquire().await.unwrap();
                    let (bytes, failure) = check::exchange(address, &request).await;
                    check::verify(&bytes, failure, &request, &expect)
                });
                (failure, task)
            })
            .collect();
        for (mut failure, task) in tasks {
            *self.checked.entry(failure.section).or_default() += 1;
            failure.violations = self
                .runtime
                .block_on(task)
                .unwrap_or_else(|e| vec![format!("the check itself failed: {e}")]);
            if !failure.violations.is_empty() {
                self.failures.push(failure);
            }
        }
    }
}

const FRAMEWORKS: [Framework; 2] = [Framework::Axum, Framework::Actix];

fn item(
    section: &'static str,
    label: impl Into<String>,
    framework: Framework,
    request: Request,
    expect: Expect,
) -> Item {
    Item {
        section,
        label: label.into(),
        framework,
        request,
        expect,
    }
}

/// The request for case `id` (through the framework's `problems` layer with
/// `layer`).
fn case_request(method: &'static str, id: usize, layer: bool) -> Request {
    Request::new(method, format!("{}/c/{id}", if layer { "/l" } else { "" }))
}

/// A problem with no extension member and the given detail.
fn plain_problem(detail: Option<String>) -> Content {
    Content::Problem(ProblemBody {
        detail,
        exact: true,
        ..ProblemBody::default()
    })
}

/// The layer's rewrite of a non-problem answer of `status` whose text is
/// `text`: a problem whose detail is the text (never for a 5xx).
fn layered(status: ApiStatus, text: &str, expect: Expect) -> Expect {
    if status.code() < 400 || matches!(expect.content, Content::Problem(_)) {
        return expect;
    }
    let detail = (status.code() < 500 && !text.is_empty()).then(|| text.to_string());
    Expect {
        content: plain_problem(detail),
        ..expect
    }
}

/// Every code enum value as the whole response.
fn bare(suite: &mut Suite) {
    let mut items = Vec::new();
    for status in ApiStatus::iter() {
        let id = register(Case::Bare(status));
        let expect = match status.code() {
            ..=199 => Expect::new(500, "Internal Server Error", plain_problem(None)),
            204 | 304 => Expect::new(status.code(), status.reason(), Content::None),
            _ => Expect::new(status.code(), status.reason(), Content::Empty),
        };
        for framework in FRAMEWORKS {
            for method in ["GET", "HEAD"] {
                let request = case_request(method, id, false);
                items.push(item(
                    "bare",
                    status.to_string(),
                    framework,
                    request,
                    expect.clone(),
                ));
            }
        }
        let expect = layered(status, "", expect);
        for framework in FRAMEWORKS {
            let request = case_request("GET", id, true);
            let label = format!("{status} through the layer");
            items.push(item("bare", label, framework, request, expect.clone()));
        }
    }
    suite.run(items);
}

/// `Reply(code, text)` and `actix::builder(code)` with text.
fn reply(suite: &mut Suite) {
    let mut items = Vec::new();
    for status in ApiStatus::iter() {
        let id = register(Case::Reply(status));
        let text = Content::Exact {
            content_type: "text/plain; charset=utf-8".into(),
            bytes: serve::REPLY.as_bytes().to_vec(),
        };
        let expect = match status.code() {
            ..=199 => Expect::new(
                500,
                "Internal Server Error",
                Content::Problem(ProblemBody::default()),
            ),
            204 | 205 | 304 => Expect::new(status.code(), status.reason(), Content::None),
            _ => Expect::new(status.code(), status.reason(), text),
        };
        // The content's framing and connection fields never get through;
        // its own field does, whenever the status is sent.
        let mut expect = expect;
        expect.refused = serve::REPLY_REFUSED
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect();
        if status.code() >= 200 {
            expect.fields = vec![("x-reply".into(), vec!["1".into()])];
        }
        for framework in FRAMEWORKS {
            for method in ["GET", "HEAD"] {
                let request = case_request(method, id, false);
                items.push(item(
                    "reply",
                    status.to_string(),
                    framework,
                    request,
                    expect.clone(),
                ));
            }
        }
        let expect = layered(status, serve::REPLY, expect);
        for framework in FRAMEWORKS {
            let request = case_request("GET", id, true);
            let label = format!("{status} through the layer");
            items.push(item("reply", label, framework, request, expect.clone()));
        }
    }
    suite.run(items);
}

/// What the contract promises for `Problem::new(WireError(status))` with `ops`.
fn problem_expect(status: ApiStatus, ops: &[Op]) -> Expect {
    let (sent, content) = expected_status(status);
    let content = match content {
        Content::Empty if sent.code() == 205 => Content::Empty,
        Content::Empty => Content::None,
        _ => Content::Problem(ProblemBody {
            detail: (sent.code() < 500).then(|| format!("wire error {}", status.code())),
            exact: true,
            ..ProblemBody::default()
        }),
    };
    // A 1xx is a mistake of the error's: it answers a plain 500 problem,
    // without the fields and members that came with it (the runtime's rule).
    let ops = if status.code() < 200 { &[] } else { ops };
    with_ops(Expect::new(sent.code(), sent.reason(), content), ops)
}

/// `expect` (an error's own answer) with what `ops` add to it, by the rules:
/// refused names and values left out, a field set replacing every value it
/// had (the error's included), a list field appended to the error's values,
/// a member replacing one of the same name.
fn with_ops(mut expect: Expect, ops: &[Op]) -> Expect {
    let mut fields: Vec<(String, String)> = expect
        .fields
        .iter()
        .flat_map(|(name, values)| values.iter().map(move |v| (name.clone(), v.clone())))
        .collect();
    let mut members: BTreeMap<String, Value> = match &expect.content {
        Content::Problem(problem) => problem.members.iter().cloned().collect(),
        _ => BTreeMap::new(),
    };
    for op in ops {
        match op {
            Op::Header(name, value) | Op::Append(name, value) => {
                if rules::header_refusal(name).is_some() || !rules::is_field_value(value) {
                    if rules::is_field_name(name) {
                        expect.refused.push((name.clone(), value.clone()));
                    }
                    continue;
                }
                let repeat = matches!(op, Op::Append(..)) && rules::is_list_field(name);
                if !repeat {
                    fields.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
                }
                fields.push((name.to_ascii_lowercase(), value.clone()));
            }
            Op::Member(name, value) => {
                if rules::member_refusal(name).is_none() {
                    members.insert(name.clone(), value.clone());
                }
            }
        }
    }
    expect.fields.clear();
    for (name, value) in fields {
        match expect.fields.iter_mut().find(|(n, _)| *n == name) {
            Some((_, values)) => values.push(value),
            None => expect.fields.push((name, vec![value])),
        }
    }
    if let Content::Problem(problem) = &mut expect.content {
        problem.members = members.into_iter().collect();
    }
    expect
}

/// What `answer_response` must write for `answer`: exactly its status,
/// phrase, fields and body.
fn answer_expect(answer: &codes_core::problem::Answer) -> Expect {
    let content = match answer.body() {
        None => Content::None,
        Some([]) => Content::Empty,
        Some(bytes) => Content::Exact {
            content_type: answer.header("content-type").unwrap_or_default().into(),
            bytes: bytes.to_vec(),
        },
    };
    let mut expect = Expect::new(answer.status(), answer.reason(), content);
    for (name, value) in answer.headers().iter() {
        let name = name.to_ascii_lowercase();
        match expect.fields.iter_mut().find(|(n, _)| *n == name) {
            Some((_, values)) => values.push(value.to_string()),
            None => expect.fields.push((name, vec![value.to_string()])),
        }
    }
    expect
}

/// Both cases of a generated or listed problem: the problem as a handler's
/// error, and its `Answer` through `answer_response`.
fn problem_cases(status: ApiStatus, ops: &[Op]) -> [(usize, Expect, &'static str); 2] {
    let answer = serve::problem(status, ops).answer();
    [
        (
            register(Case::Problem(status, ops.to_vec())),
            problem_expect(status, ops),
            "",
        ),
        (
            register(Case::Answer(status, ops.to_vec())),
            answer_expect(&answer),
            " (answer_response)",
        ),
    ]
}

fn header(name: &str, value: &str) -> Op {
    Op::Header(name.into(), value.into())
}

fn append(name: &str, value: &str) -> Op {
    Op::Append(name.into(), value.into())
}

fn member(name: &str, value: Value) -> Op {
    Op::Member(name.into(), value)
}

/// Hostile and ordinary additions to a `Problem<E>`, one kind per case.
fn hostile_ops() -> Vec<(&'static str, Vec<Op>)> {
    let mut cases: Vec<(&'static str, Vec<Op>)> = vec![
        ("content-length", vec![header("content-length", "3")]),
        (
            "Content-Length appended",
            vec![append("Content-Length", "999999")],
        ),
        (
            "TRANSFER-ENCODING",
            vec![header("TRANSFER-ENCODING", "chunked")],
        ),
        ("content-type", vec![header("content-type", "text/html")]),
        (
            "Content-Type appended",
            vec![append("Content-Type", "text/plain")],
        ),
        ("connection", vec![header("Connection", "close")]),
        ("keep-alive", vec![header("keep-alive", "timeout=1")]),
        (
            "proxy-connection",
            vec![append("Proxy-Connection", "keep-alive")],
        ),
        ("te", vec![header("TE", "trailers")]),
        ("trailer", vec![header("Trailer", "x-sum")]),
        ("upgrade", vec![header("upgrade", "h2c")]),
        ("empty name", vec![header("", "x")]),
        ("name with a space", vec![header("x name", "x")]),
        ("name with a colon", vec![header("x:name", "x")]),
        ("name with CR LF", vec![header("x\r\ninjected", "x")]),
        ("name with NUL", vec![header("x\0y", "x")]),
        ("non-ASCII name", vec![header("caf\u{e9}", "x")]),
        (
            "value with CR LF",
            vec![header("x-a", "a\r\ninjected: yes")],
        ),
        ("value with LF", vec![header("x-a", "a\ninjected: yes")]),
        ("value with CR", vec![header("x-a", "a\rinjected: yes")]),
        ("value with NUL", vec![header("x-a", "a\0b")]),
        ("non-ASCII value", vec![header("x-a", "caf\u{e9}")]),
        ("value with DEL", vec![header("x-a", "a\u{7f}b")]),
        ("leading space", vec![header("x-a", " a")]),
        ("trailing tab", vec![header("x-a", "a\t")]),
        ("empty value", vec![header("x-a", "")]),
        (
            "a singleton set twice",
            vec![header("retry-after", "5"), header("Retry-After", "6")],
        ),
        (
            "a singleton appended",
            vec![header("retry-after", "5"), append("retry-after", "7")],
        ),
        (
            "www-authenticate twice",
            vec![
                append("www-authenticate", "Basic realm=\"a\""),
                append("WWW-Authenticate", "Bearer realm=\"a\""),
            ],
        ),
        (
            "link twice",
            vec![
                append("link", "</a>; rel=\"next\""),
                append("LINK", "</b>; rel=\"prev\""),
            ],
        ),
        (
            "member type",
            vec![member("type", json!("https://evil.example"))],
        ),
        ("member title", vec![member("title", json!("evil"))]),
        ("member status", vec![member("status", json!(999))]),
        ("member detail", vec![member("detail", json!("evil"))]),
        ("member instance", vec![member("instance", json!("/evil"))]),
        ("empty member name", vec![member("", json!(1))]),
        (
            "a member twice",
            vec![member("dup", json!(1)), member("dup", json!(2))],
        ),
        (
            "members that are not standard",
            vec![
                member("Title", json!("kept")),
                member(
                    "\u{43a}\u{43b}\u{44e}\u{447}",
                    json!("\u{437}\u{43d}\u{430}\u{447}"),
                ),
                member("nothing", Value::Null),
                member("nested", json!({"a": [1, {"b": "c\r\n"}]})),
            ],
        ),
    ];
    let everything: Vec<Op> = cases.iter().flat_map(|(_, ops)| ops.clone()).collect();
    cases.push(("everything at once", everything));
    cases
}

/// `Problem<E>` with hostile headers and members, on a 4xx; all of them at
/// once on statuses of every kind.
fn problems(suite: &mut Suite) {
    let mut items = Vec::new();
    let cases = hostile_ops();
    for (label, ops) in &cases {
        for (id, expect, how) in problem_cases(ApiStatus::UnprocessableContent, ops) {
            for framework in FRAMEWORKS {
                let request = case_request("GET", id, false);
                let label = format!("{label}{how}");
                items.push(item("problem", label, framework, request, expect.clone()));
            }
        }
    }
    let (_, everything) = cases.last().unwrap();
    for code in [100, 101, 103, 200, 204, 205, 304, 404, 499, 503, 599] {
        let status = ApiStatus::from_code(code).unwrap();
        for (id, expect, how) in problem_cases(status, everything) {
            for framework in FRAMEWORKS {
                for method in ["GET", "HEAD"] {
                    let label = format!("everything at once on {status}{how}");
                    let request = case_request(method, id, false);
                    items.push(item("problem", label, framework, request, expect.clone()));
                }
            }
        }
    }
    suite.run(items);
}

/// What a `Problem<Fixture>` adds to a derived error's own fields and
/// members: replacing, appending, refused.
fn derived_ops() -> Vec<Op> {
    vec![
        append("www-authenticate", "Digest realm=\"api\""),
        header("retry-after", "5"),
        append("link", "</more>; rel=\"help\""),
        header("location", "/elsewhere"),
        header("content-type", "text/html"),
        member("extra", json!(true)),
        member("limit", json!("replaced")),
        member("title", json!("refused")),
    ]
}

/// Every variant of the derived fixture.
fn derived(suite: &mut Suite) {
    let mut items = Vec::new();
    for (n, (error, expect)) in fixtures().into_iter().enumerate() {
        let ops = derived_ops();
        let id = register(Case::DerivedProblem(n, ops.clone()));
        // A 1xx answers a plain 500: nothing added is sent.
        let informational = codes_core::Status::status(&error).code() < 200;
        let expect = if informational {
            expect
        } else {
            with_ops(expect, &ops)
        };
        let label = format!("Problem::new({error:?}) with additions");
        for framework in FRAMEWORKS {
            let request = case_request("GET", id, false);
            items.push(item("derived", &label, framework, request, expect.clone()));
        }
    }
    for (n, (error, expect)) in fixtures().into_iter().enumerate() {
        let id = register(Case::Derived(n));
        let label = format!("{error:?}");
        for framework in FRAMEWORKS {
            for method in ["GET", "HEAD"] {
                items.push(item(
                    "derived",
                    &label,
                    framework,
                    case_request(method, id, false),
                    expect.clone(),
                ));
            }
        }
        let label = format!("{label} through the layer");
        for framework in FRAMEWORKS {
            let request = case_request("GET", id, true);
            items.push(item("derived", &label, framework, request, expect.clone()));
        }
    }
    suite.run(items);
}

/// A problem body of the status on the status line, with a non-empty `detail`.
fn a_problem_with_detail(answer: &Answer) -> Vec<String> {
    let mut out = Vec::new();
    if answer.value("content-type").as_deref() != Some(check::PROBLEM_JSON) {
        out.push(format!("content-type {:?}", answer.value("content-type")));
    }
    match answer.json() {
        Ok(body) => {
            if body["status"] != answer.status {
                out.push(format!(
                    "member status {} on a {}",
                    body["status"], answer.status
                ));
            }
            if body["title"] != answer.reason.as_str() {
                out.push(format!("title {} under {:?}", body["title"], answer.reason));
            }
            if body["detail"].as_str().is_none_or(str::is_empty) {
                out.push(format!("no detail: {body}"));
            }
        }
        Err(e) => out.push(e),
    }
    out
}

/// A handler's own JSON error body: passed through, or its members merged
/// into the problem; never escaped into `detail`.
fn json_kept(answer: &Answer) -> Vec<String> {
    let mut out = Vec::new();
    let body = match answer.json() {
        Ok(body) => body,
        Err(e) => return vec![e],
    };
    if body["error"] != "bad thing" || body["code"] != 7 {
        out.push(format!("the handler's members are lost: {body}"));
    }
    if body["detail"]
        .as_str()
        .is_some_and(|d| d.contains("bad thing"))
    {
        out.push(format!(
            "the handler's JSON is escaped into detail: {}",
            body["detail"]
        ));
    }
    out
}

/// The 16 KiB text of the `long` case: 2-byte characters, so a cut at 16384
/// bytes falls inside none, and a cut at 16383 inside one.
fn long_text() -> String {
    format!("x{}", "\u{e9}".repeat(12_000))
}

/// The layer's documented cut: the text's first 16 KiB at most, cut at a
/// character boundary, then ` [truncated]`.
fn truncated_detail(answer: &Answer) -> Vec<String> {
    let mut out = a_problem_with_detail(answer);
    if let Ok(body) = answer.json() {
        let detail = body["detail"].as_str().unwrap_or_default();
        let Some(kept) = detail.strip_suffix(" [truncated]") else {
            let tail: String = detail
                .chars()
                .skip(detail.chars().count().saturating_sub(20))
                .collect();
            out.push(format!("the detail does not say it was cut: ...{tail}"));
            return out;
        };
        if kept.is_empty() || !long_text().starts_with(kept) {
            out.push("the detail is not the start of the text".into());
        }
        if kept.len() > 16 * 1024 {
            out.push(format!("{} bytes of the text kept", kept.len()));
        }
    }
    out
}

/// A problem answering a wrong method, with an `Allow` field that names GET.
fn a_problem_with_allow(answer: &Answer) -> Vec<String> {
    let mut out = Vec::new();
    if answer.value("content-type").as_deref() != Some(check::PROBLEM_JSON) {
        out.push(format!("content-type {:?}", answer.value("content-type")));
    }
    if !answer.value("allow").is_some_and(|a| a.contains("GET")) {
        out.push(format!("allow {:?}", answer.values("allow")));
    }
    match answer.json() {
        Ok(body) if body["status"] == answer.status && body["title"] == answer.reason.as_str() => {}
        Ok(body) => out.push(format!(
            "the problem does not match its status line: {body}"
        )),
        Err(e) => out.push(e),
    }
    out
}

/// Both frameworks' `problems` layers: a handler's own answers, and each
/// framework's own errors (extractors, a wrong method).
fn layer(suite: &mut Suite) {
    let mut items = Vec::new();
    let handlers: Vec<(&str, Case, Expect)> = vec![
        (
            "a handler's JSON error body",
            Case::JsonError(400),
            Expect::new(400, "Bad Request", Content::Custom(json_kept)),
        ),
        (
            "a handler's own Application/Problem+JSON; charset=utf-8",
            Case::OwnProblem(409),
            Expect::new(
                409,
                "Conflict",
                Content::Exact {
                    content_type: "Application/Problem+JSON; charset=utf-8".into(),
                    bytes: serve::OWN_PROBLEM.as_bytes().to_vec(),
                },
            ),
        ),
        (
            "a text over 16 KiB",
            Case::Text(400, long_text()),
            Expect::new(400, "Bad Request", Content::Custom(truncated_detail)),
        ),
        (
            "a short text",
            Case::Text(400, "  a short reason \n".into()),
            Expect::new(
                400,
                "Bad Request",
                plain_problem(Some("a short reason".into())),
            ),
        ),
        (
            "a 5xx text",
            Case::Text(500, "secret at 10.0.0.7".into()),
            Expect::new(500, "Internal Server Error", plain_problem(None)),
        ),
        (
            "a 422 text (the registry's phrase)",
            Case::Text(422, "no".into()),
            Expect::new(
                422,
                "Unprocessable Content",
                plain_problem(Some("no".into())),
            ),
        ),
    ];
    for (label, case, expect) in handlers {
        let id = register(case);
        for framework in FRAMEWORKS {
            let request = case_request("GET", id, true);
            items.push(item("layer", label, framework, request, expect.clone()));
        }
    }
    // The frameworks' own errors: (label, request, axum's status, actix's).
    let own: Vec<(&str, Request, ApiStatus, ApiStatus)> = vec![
        (
            "JSON that does not parse",
            Request::new("POST", "/l/json").with_body(Some("application/json"), b"{not json"),
            ApiStatus::BadRequest,
            ApiStatus::BadRequest,
        ),
        (
            "JSON of the wrong media type",
            Request::new("POST", "/l/json").with_body(Some("text/plain"), b"{}"),
            ApiStatus::UnsupportedMediaType,
            // actix-web's `Json` answers another media type with 400.
            ApiStatus::BadRequest,
        ),
        (
            "a path that is no number",
            Request::new("GET", "/l/number/ada"),
            ApiStatus::BadRequest,
            // actix-web answers a path that does not parse with 404.
            ApiStatus::NotFound,
        ),
        (
            "a query that does not parse",
            Request::new("GET", "/l/page?page=first"),
            ApiStatus::BadRequest,
            ApiStatus::BadRequest,
        ),
    ];
    for (label, request, axum, actix) in own {
        for (framework, status) in [(Framework::Axum, axum), (Framework::Actix, actix)] {
            let expect = Expect::new(
                status.code(),
                status.reason(),
                Content::Custom(a_problem_with_detail),
            );
            let label = format!("the framework's own error: {label}");
            items.push(item("layer", label, framework, request.clone(), expect));
        }
    }
    for framework in FRAMEWORKS {
        let expect = Expect::new(
            405,
            "Method Not Allowed",
            Content::Custom(a_problem_with_allow),
        );
        let request = Request::new("PUT", "/l/only-get");
        items.push(item(
            "layer",
            "the framework's own 405",
            framework,
            request,
            expect,
        ));
    }
    suite.run(items);
}

/// Panics anywhere in the process (hyper's debug assertions on a server
/// thread, say): one line each, kept for the report.
static PANICS: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

fn record_panics() {
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let location = info.location().map(ToString::to_string).unwrap_or_default();
        let thread = std::thread::current().name().unwrap_or("?").to_string();
        eprintln!("panic on thread {thread} at {location}: {message}");
        if let Ok(mut panics) = PANICS.lock() {
            panics.push(format!("{location}: {message}"));
        }
    }));
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        println!("wire: test");
        return;
    }
    record_panics();
    let started = Instant::now();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let servers = Servers::start();
    let mut suite = Suite {
        runtime,
        servers: Some(servers),
        failures: Vec::new(),
        checked: BTreeMap::new(),
    };
    bare(&mut suite);
    reply(&mut suite);
    problems(&mut suite);
    derived(&mut suite);
    layer(&mut suite);
    generated::problems(&mut suite);
    generated::layer(&mut suite);
    let servers = suite.servers.take().unwrap();
    let late = servers.stop(&suite.runtime);
    if !late.is_empty() {
        suite.failures.push(Failure {
            section: "servers",
            label: "stopping".into(),
            framework: "axum+actix",
            request: "shutdown".into(),
            violations: late,
        });
    }

    let mut failed = 0;
    for failure in &suite.failures {
        failed += 1;
        println!(
            "FAIL [{}] [{}] {} ({}):",
            failure.section, failure.framework, failure.label, failure.request
        );
        for violation in &failure.violations {
            println!("    - {violation}");
        }
    }
    let panics = PANICS.lock().map(|p| p.clone()).unwrap_or_default();
    if !panics.is_empty() {
        failed += 1;
        println!("FAIL [panics] {} panics while answering:", panics.len());
        let mut seen = std::collections::BTreeSet::new();
        for panic in &panics {
            if seen.insert(panic) {
                println!("    - {panic}");
            }
        }
    }
    let total: usize = suite.checked.values().sum();
    println!(
        "\nwire: {total} answers checked ({}) in {:.1} s; {failed} failed",
        suite
            .checked
            .iter()
            .map(|(s, n)| format!("{s} {n}"))
            .collect::<Vec<_>>()
            .join(", "),
        started.elapsed().as_secs_f64()
    );
    println!(
        "wire: {} passed, {failed} failed",
        total.saturating_sub(failed)
    );
    if failed > 0 {
        std::process::exit(1);
    }
}
