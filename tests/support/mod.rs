//! What the end-to-end tests of the web examples share: reading an exchange off
//! the socket, and reading a problem body.

use std::collections::{BTreeMap, BTreeSet};

use reqwest::header::CONTENT_TYPE;
use serde_json::Value;

/// Everything a service logs, as text (a `tracing` subscriber writes here).
#[derive(Clone, Default)]
pub struct Log(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

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
    /// What was logged so far.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

/// A documented operation of the users API: its method as the OpenAPI
/// document spells it (`"post"`) and its path template (`"/users/{id}"`).
pub type Operation = (&'static str, &'static str);

/// The statuses each operation answered with, as seen over HTTP.
#[derive(Debug, Default)]
pub struct Observed(pub BTreeMap<Operation, BTreeSet<u16>>);

impl Observed {
    /// Notes that `operation` answered `status`, and returns the status.
    pub fn saw(&mut self, operation: Operation, status: reqwest::StatusCode) -> u16 {
        let status = status.as_u16();
        self.0.entry(operation).or_default().insert(status);
        status
    }
}

/// The status line of one HTTP/1.1 exchange with `address` (`127.0.0.1:port`),
/// read off the socket: what goes out on the wire, reason phrase included.
pub async fn raw_status_line(address: &str, method: &str, path: &str, json: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{json}",
        json.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.unwrap();
    let answer = String::from_utf8_lossy(&answer);
    answer.lines().next().unwrap_or_default().to_string()
}

/// The JSON body of `GET url`.
pub async fn get_json(client: &reqwest::Client, url: &str) -> Value {
    let response = client.get(url).send().await.unwrap();
    response.json().await.expect("a JSON body")
}

/// The problem+json body of a response (its content type checked).
pub async fn problem(response: reqwest::Response) -> Value {
    assert_eq!(response.headers()[CONTENT_TYPE], "application/problem+json");
    response.json().await.expect("a JSON problem body")
}

/// The users API both web examples serve (`examples/shared/users.rs` behind
/// axum or actix-web), driven at `address` (`127.0.0.1:port`): every status it
/// answers with, and the same problem bodies, headers and status lines from
/// the same failure types. Leaves two users in the store, and returns the
/// statuses each documented operation answered with (the framework's own
/// rejections, the `405` of its method router and the `QUERY` fallback, which
/// the document does not list, are left out).
pub async fn users_api(client: &reqwest::Client, address: &str) -> Observed {
    use reqwest::header::{ALLOW, LOCATION};
    use serde_json::json;

    const LIST: Operation = ("get", "/users");
    const CREATE: Operation = ("post", "/users");
    const SHOW: Operation = ("get", "/users/{id}");
    const REMOVE: Operation = ("delete", "/users/{id}");
    const EXPORT: Operation = ("get", "/users/export");
    let mut seen = Observed::default();
    let base = format!("http://{address}");
    let post = |body: Value| client.post(format!("{base}/users")).json(&body).send();

    // 201 with Location, and the created user; 200 for it.
    let created = post(json!({"name": "Ada", "email": "ada@example.com"}))
        .await
        .unwrap();
    assert_eq!(seen.saw(CREATE, created.status()), 201);
    assert_eq!(created.headers()[LOCATION], "/users/1");
    let user: Value = created.json().await.unwrap();
    assert_eq!(user["id"], 1);
    let shown = client.get(format!("{base}/users/1")).send().await.unwrap();
    assert_eq!(seen.saw(SHOW, shown.status()), 200);
    assert_eq!(shown.json::<Value>().await.unwrap(), user);

    // 409 for the same email, with the error's Display as detail.
    let duplicate = post(json!({"name": "Ada again", "email": "ADA@example.com"}))
        .await
        .unwrap();
    assert_eq!(seen.saw(CREATE, duplicate.status()), 409);
    assert_eq!(
        problem(duplicate).await,
        json!({"type": "about:blank", "title": "Conflict", "status": 409,
               "detail": "ADA@example.com is already registered", "reason": "EMAIL_TAKEN"})
    );

    // 422 for values that break the rules, each in the `errors` member; on the
    // wire the status line speaks RFC 9110 (the frameworks alone would say
    // "Unprocessable Entity").
    let invalid = post(json!({"name": " ", "email": "nobody"})).await.unwrap();
    assert_eq!(seen.saw(CREATE, invalid.status()), 422);
    assert_eq!(
        problem(invalid).await,
        json!({
            "type": "about:blank",
            "title": "Unprocessable Content",
            "status": 422,
            "detail": "the user breaks 2 rule(s)",
            "errors": [
                {"pointer": "/name", "detail": "must not be empty"},
                {"pointer": "/email", "detail": "must contain @"}
            ]
        })
    );
    assert_eq!(
        raw_status_line(address, "POST", "/users", r#"{"name":"","email":"x"}"#).await,
        "HTTP/1.1 422 Unprocessable Content"
    );

    // 405 with Allow for a method the route does not have.
    let put = client.put(format!("{base}/users/1")).send().await.unwrap();
    assert_eq!(put.status(), 405);
    let allow = put.headers()[ALLOW].to_str().unwrap().to_string();
    assert!(allow.contains("GET") && allow.contains("DELETE"), "{allow}");

    // Two more users reach the limit; the fourth gets 429 with Retry-After.
    for name in ["Bob", "Cy"] {
        let created = post(json!({"name": name, "email": format!("{name}@example.com")}))
            .await
            .unwrap();
        assert_eq!(seen.saw(CREATE, created.status()), 201);
    }
    let limited = post(json!({"name": "Dee", "email": "dee@example.com"}))
        .await
        .unwrap();
    assert_eq!(seen.saw(CREATE, limited.status()), 429);
    assert_eq!(limited.headers()["retry-after"], "60");
    let body = problem(limited).await;
    assert_eq!(body["limit"], 3);
    assert_eq!(body["detail"], "more than 3 new users a minute");

    // QUERY: a search in the request content, which `/users` answers although
    // neither framework routes QUERY; HEAD comes with GET.
    let query = reqwest::Method::from_bytes(b"QUERY").unwrap();
    let found = client
        .request(query.clone(), format!("{base}/users"))
        .json(&json!({"name_contains": "B", "email_domain": "EXAMPLE.com"}))
        .send()
        .await
        .unwrap();
    assert_eq!(found.status(), 200);
    let found: Value = found.json().await.unwrap();
    assert_eq!(
        found,
        json!([{"id": 2, "name": "Bob", "email": "Bob@example.com"}])
    );
    let head = client.head(format!("{base}/users")).send().await.unwrap();
    assert_eq!(head.status(), 200);

    // Any other registered method on `/users`: the domain's 405, its `Allow`
    // built from `&[codes_core::Method]`; a method no registry knows: 501.
    let refused = client.delete(format!("{base}/users")).send().await.unwrap();
    assert_eq!(refused.status(), 405);
    assert_eq!(refused.headers()[ALLOW], "GET, HEAD, POST, QUERY");
    assert_eq!(
        problem(refused).await,
        json!({"type": "about:blank", "title": "Method Not Allowed", "status": 405,
               "detail": "DELETE is not a method of this resource"})
    );
    let purge = reqwest::Method::from_bytes(b"PURGE").unwrap();
    let unknown = client
        .request(purge, format!("{base}/users"))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 501);
    // (axum's method router adds its own `Allow` to every answer of a
    // fallback; RFC 9110 permits `Allow` on any response.)
    assert_eq!(
        problem(unknown).await,
        json!({"type": "about:blank", "title": "Not Implemented", "status": 501})
    );

    // 204 on delete, then 404 as a problem with its own type.
    let deleted = client
        .delete(format!("{base}/users/1"))
        .send()
        .await
        .unwrap();
    assert_eq!(seen.saw(REMOVE, deleted.status()), 204);
    assert_eq!(deleted.bytes().await.unwrap().len(), 0);
    let gone = client.get(format!("{base}/users/1")).send().await.unwrap();
    assert_eq!(seen.saw(SHOW, gone.status()), 404);
    assert_eq!(
        problem(gone).await,
        json!({"type": "https://example.com/problems/no-such-user", "title": "No such user",
               "status": 404, "detail": "there is no user 1", "reason": "USER_NOT_FOUND"})
    );
    let again = client
        .delete(format!("{base}/users/1"))
        .send()
        .await
        .unwrap();
    assert_eq!(seen.saw(REMOVE, again.status()), 404);

    // 499, a custom code, with its own phrase in the body and on the wire.
    let cancelled = client
        .get(format!("{base}/users/export?cancel=true"))
        .send()
        .await
        .unwrap();
    assert_eq!(seen.saw(EXPORT, cancelled.status()), 499);
    assert_eq!(
        problem(cancelled).await,
        json!({"type": "about:blank", "title": "Client Closed Request", "status": 499,
               "detail": "the export was cancelled by the client"})
    );
    assert_eq!(
        raw_status_line(address, "GET", "/users/export?cancel=true", "").await,
        "HTTP/1.1 499 Client Closed Request"
    );

    // 503 with Retry-After: the detail (an internal address) is withheld.
    let down = client
        .get(format!("{base}/users/export"))
        .send()
        .await
        .unwrap();
    assert_eq!(seen.saw(EXPORT, down.status()), 503);
    assert_eq!(down.headers()["retry-after"], "120");
    assert_eq!(
        problem(down).await,
        json!({"type": "about:blank", "title": "Service Unavailable", "status": 503})
    );

    // The other two are left.
    let list = client.get(format!("{base}/users")).send().await.unwrap();
    assert_eq!(seen.saw(LIST, list.status()), 200);
    let list: Value = list.json().await.unwrap();
    assert_eq!(list.as_array().map(Vec::len), Some(2));
    seen
}

/// With the store's lock poisoned (by the caller, who holds the store): every
/// route that uses the store answers `503`, its detail withheld, and without
/// `Retry-After` (nothing says when the store comes back). Noted in `seen`.
pub async fn store_down(client: &reqwest::Client, address: &str, seen: &mut Observed) {
    use serde_json::json;

    let base = format!("http://{address}");
    let new_user = json!({"name": "Eve", "email": "eve@example.com"});
    let requests = [
        (("get", "/users"), client.get(format!("{base}/users"))),
        (
            ("get", "/users/{id}"),
            client.get(format!("{base}/users/2")),
        ),
        (
            ("post", "/users"),
            client.post(format!("{base}/users")).json(&new_user),
        ),
        (
            ("delete", "/users/{id}"),
            client.delete(format!("{base}/users/2")),
        ),
    ];
    for (operation, request) in requests {
        let down = request.send().await.unwrap();
        assert_eq!(seen.saw(operation, down.status()), 503, "{operation:?}");
        assert!(!down.headers().contains_key("retry-after"), "{operation:?}");
        assert_eq!(
            problem(down).await,
            json!({"type": "about:blank", "title": "Service Unavailable", "status": 503}),
            "{operation:?}"
        );
    }
}

/// The statuses of the operation `(method, path)` in an OpenAPI `document`.
pub fn documented(document: &Value, (method, path): Operation) -> BTreeSet<u16> {
    document["paths"][path][method]["responses"]
        .as_object()
        .unwrap_or_else(|| panic!("{method} {path} is not documented"))
        .keys()
        .map(|code| code.parse().unwrap())
        .collect()
}

/// The statuses a route declares: its contract's (`codes_core::statuses`)
/// and its success's.
pub fn declared<C: codes_core::Status>(success: u16) -> BTreeSet<u16> {
    codes_core::statuses::<C>()
        .into_iter()
        .map(Into::into)
        .chain([success])
        .collect()
}

/// The web framework serving the users API: its extractors refuse requests
/// with statuses of their own. (Each test names one.)
#[allow(dead_code)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framework {
    Axum,
    ActixWeb,
}

/// What the framework's extractors answer (as problems, through codes'
/// `problems` layer or middleware) for what each route reads: a JSON body,
/// a path parameter, a query string; and what the document says of it
/// (`AxumRejections`, `ActixRejections`, `codes_core::aide::document_rejections`).
pub fn rejected(framework: Framework) -> [(Operation, &'static [u16]); 4] {
    match framework {
        Framework::Axum => [
            (("post", "/users"), &[400, 413, 415, 422]),
            (("get", "/users/{id}"), &[400]),
            (("delete", "/users/{id}"), &[400]),
            (("get", "/users/export"), &[400]),
        ],
        Framework::ActixWeb => [
            (("post", "/users"), &[400, 413]),
            (("get", "/users/{id}"), &[404]),
            (("delete", "/users/{id}"), &[404]),
            (("get", "/users/export"), &[400]),
        ],
    }
}

/// What each documented route of the users API declares, from its contract
/// (`L`ist, `S`how, `C`reate, `R`emove, `E`xport), its success and the
/// framework's refusals of what it reads; spelled out too, so that a
/// contract that changes fails here.
pub fn users_routes<L, S, C, R, E>(framework: Framework) -> BTreeMap<Operation, BTreeSet<u16>>
where
    L: codes_core::Status,
    S: codes_core::Status,
    C: codes_core::Status,
    R: codes_core::Status,
    E: codes_core::Status,
{
    let mut routes: BTreeMap<Operation, BTreeSet<u16>> = [
        (("get", "/users"), declared::<L>(200)),
        (("get", "/users/{id}"), declared::<S>(200)),
        (("post", "/users"), declared::<C>(201)),
        (("delete", "/users/{id}"), declared::<R>(204)),
        (("get", "/users/export"), declared::<E>(200)),
    ]
    .into_iter()
    .collect();
    for (operation, statuses) in rejected(framework) {
        routes.entry(operation).or_default().extend(statuses);
    }
    let spelled: [(Operation, &[u16]); 5] = match framework {
        Framework::Axum => [
            (("get", "/users"), &[200, 503]),
            (("get", "/users/{id}"), &[200, 400, 404, 503]),
            (
                ("post", "/users"),
                &[201, 400, 409, 413, 415, 422, 429, 503],
            ),
            (("delete", "/users/{id}"), &[204, 400, 404, 503]),
            (("get", "/users/export"), &[200, 400, 499, 503]),
        ],
        Framework::ActixWeb => [
            (("get", "/users"), &[200, 503]),
            (("get", "/users/{id}"), &[200, 404, 503]),
            (("post", "/users"), &[201, 400, 409, 413, 422, 429, 503]),
            (("delete", "/users/{id}"), &[204, 404, 503]),
            (("get", "/users/export"), &[200, 400, 499, 503]),
        ],
    };
    for (operation, spelled) in spelled {
        let spelled: BTreeSet<u16> = spelled.iter().copied().collect();
        assert_eq!(routes[&operation], spelled, "{operation:?}");
    }
    routes
}

/// The framework's refusals, sent for real: a body that is not JSON, one
/// over the size limit, one without a JSON content type, JSON of another
/// shape, an id that is not a number, a query that does not parse. Each
/// answers a problem with the status [`rejected`] declares. Noted in `seen`.
pub async fn rejections(
    client: &reqwest::Client,
    address: &str,
    framework: Framework,
    seen: &mut Observed,
) {
    const CREATE: Operation = ("post", "/users");
    const SHOW: Operation = ("get", "/users/{id}");
    const REMOVE: Operation = ("delete", "/users/{id}");
    const EXPORT: Operation = ("get", "/users/export");
    let axum = framework == Framework::Axum;
    let base = format!("http://{address}");
    let json_post = |body: String| {
        client
            .post(format!("{base}/users"))
            .header(CONTENT_TYPE, "application/json")
            .body(body)
    };
    let too_large = format!(r#"{{"name":"{}","email":"a@b"}}"#, "x".repeat(3 << 20));
    let requests = [
        (CREATE, json_post("{not json".into()), 400),
        (CREATE, json_post(too_large), 413),
        (
            CREATE,
            client
                .post(format!("{base}/users"))
                .body(r#"{"name":"a","email":"a@b"}"#),
            if axum { 415 } else { 400 },
        ),
        (
            CREATE,
            json_post(r#"{"name":1}"#.into()),
            if axum { 422 } else { 400 },
        ),
        (
            SHOW,
            client.get(format!("{base}/users/abc")),
            if axum { 400 } else { 404 },
        ),
        (
            REMOVE,
            client.delete(format!("{base}/users/abc")),
            if axum { 400 } else { 404 },
        ),
        (
            EXPORT,
            client.get(format!("{base}/users/export?cancel=maybe")),
            400,
        ),
    ];
    for (operation, request, expected) in requests {
        let refused = request.send().await.unwrap();
        assert_eq!(
            seen.saw(operation, refused.status()),
            expected,
            "{operation:?}"
        );
        assert_eq!(problem(refused).await["status"], expected, "{operation:?}");
    }
}

/// The statuses the users API declares but cannot answer with, and why.
pub const UNSEEN: &[(Operation, u16, &str)] = &[(
    ("get", "/users/export"),
    200,
    "the example has no export backend: the export always fails",
)];

/// The document of the users API against what each route declares and what
/// it was seen to answer: every operation documents exactly the statuses its
/// contract and its success declare, no more operations are documented, and
/// each was seen answering exactly those over HTTP, but for the statuses
/// `unseen` (which the example cannot produce, each with its reason).
pub fn check_routes(
    document: &Value,
    declared: &BTreeMap<Operation, BTreeSet<u16>>,
    seen: &Observed,
    unseen: &[(Operation, u16, &str)],
) {
    let mut operations = BTreeSet::new();
    for (path, methods) in document["paths"].as_object().unwrap() {
        for method in methods.as_object().unwrap().keys() {
            operations.insert((method.clone(), path.clone()));
        }
    }
    let expected: BTreeSet<(String, String)> = declared
        .keys()
        .map(|(method, path)| (method.to_string(), path.to_string()))
        .collect();
    assert_eq!(operations, expected, "the documented operations");
    for (&operation, statuses) in declared {
        assert_eq!(
            &documented(document, operation),
            statuses,
            "{operation:?}: the document against the route's contract and success"
        );
        let mut expected_seen = statuses.clone();
        for (op, status, _why) in unseen {
            if *op == operation {
                expected_seen.remove(status);
            }
        }
        let observed = seen.0.get(&operation).cloned().unwrap_or_default();
        assert_eq!(
            observed, expected_seen,
            "{operation:?}: what the route answered over HTTP against its document"
        );
    }
}

/// One response as read off the socket.
#[derive(Debug)]
#[allow(dead_code)]
pub struct Raw {
    /// `HTTP/1.1 204 No Content`
    pub status_line: String,
    pub status: u16,
    /// Every field line, names lower-cased, in order.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

#[allow(dead_code)]
impl Raw {
    /// Every value of the field `name` (lower case).
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The only value of the field `name`, if any (two are a failure).
    pub fn one(&self, name: &str) -> Option<&str> {
        let all = self.all(name);
        assert!(all.len() <= 1, "{name} sent {} times: {self:?}", all.len());
        all.first().copied()
    }

    /// The body as JSON.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&self.body)))
    }
}

/// Sends `method path` twice on one connection, pipelined (the second asks to
/// close), and parses both answers strictly by their framing: a final status,
/// at most one `Content-Type` and `Content-Length`, no length and no body for
/// 204 and 304 (nor for `HEAD`), a body as long as `Content-Length` says, and
/// the second answer starting right where the first one ends. Returns the first.
#[allow(dead_code)]
pub async fn exchange(address: &str, method: &str, path: &str) -> Raw {
    exchange_with(address, method, path, "", b"", true).await
}

/// [`exchange`] with more head fields (`"Content-Type: ...\r\n"`) and a
/// body; `pipelined: false` sends the request once (for answers after which
/// a server may close the connection, such as a 413 before the body is read).
#[allow(dead_code)]
pub async fn exchange_with(
    address: &str,
    method: &str,
    path: &str,
    fields: &str,
    body: &[u8],
    pipelined: bool,
) -> Raw {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    let one = |close: bool| {
        let mut request = format!(
            "{method} {path} HTTP/1.1\r\nHost: {address}\r\n{fields}Content-Length: {}\r\n{}\r\n",
            body.len(),
            if close { "Connection: close\r\n" } else { "" }
        )
        .into_bytes();
        request.extend_from_slice(body);
        request
    };
    let mut request = Vec::new();
    if pipelined {
        request.extend(one(false));
    }
    request.extend(one(true));
    stream.write_all(&request).await.unwrap();
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).await.unwrap();
    let head = method == "HEAD";
    let (first, mut rest) = parse(&bytes, head);
    if pipelined {
        let (second, after) = parse(rest, head);
        assert_eq!(first.status, second.status, "{first:?} / {second:?}");
        assert_eq!(first.body, second.body);
        rest = after;
    }
    assert!(rest.is_empty(), "bytes after the last answer: {rest:?}");
    first
}

/// One answer at the start of `bytes`, checked; and what follows it.
fn parse(bytes: &[u8], head_request: bool) -> (Raw, &[u8]) {
    let end = bytes
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or_else(|| panic!("no complete head in {:?}", String::from_utf8_lossy(bytes)));
    let head = std::str::from_utf8(&bytes[..end]).expect("an ASCII head");
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap().to_string();
    let status: u16 = status_line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("bad status line {status_line:?}"));
    assert!(status >= 200, "an interim answer as the final one: {head}");
    let headers: Vec<(String, String)> = lines
        .map(|line| {
            let (name, value) = line.split_once(':').expect("a field line");
            assert!(
                !name.is_empty() && !name.ends_with(' '),
                "bad field line {line:?}"
            );
            (name.to_ascii_lowercase(), value.trim().to_string())
        })
        .collect();
    let count = |name: &str| headers.iter().filter(|(n, _)| n == name).count();
    assert!(count("content-type") <= 1, "{head}");
    assert!(count("content-length") <= 1, "{head}");
    let length = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .map(|(_, v)| v.parse::<usize>().expect("a number"));
    let rest = &bytes[end + 4..];
    let no_content = matches!(status, 204 | 304);
    if no_content {
        assert_eq!(length, None, "a {status} with Content-Length: {head}");
        assert_eq!(count("transfer-encoding"), 0, "{head}");
    }
    let chunked = headers
        .iter()
        .any(|(n, v)| n == "transfer-encoding" && v.eq_ignore_ascii_case("chunked"));
    let (body, rest) = if no_content || head_request {
        (Vec::new(), rest)
    } else if chunked {
        assert_eq!(length, None, "{head}");
        dechunk(rest)
    } else {
        let length = length.unwrap_or_else(|| panic!("no framing: {head}"));
        assert!(
            rest.len() >= length,
            "a body shorter than announced: {head}"
        );
        (rest[..length].to_vec(), &rest[length..])
    };
    if !body.is_empty() {
        assert_eq!(count("content-type"), 1, "content without a type: {head}");
    }
    let raw = Raw {
        status_line,
        status,
        headers,
        body,
    };
    (raw, rest)
}

/// A chunked body and what follows it.
fn dechunk(mut bytes: &[u8]) -> (Vec<u8>, &[u8]) {
    let mut body = Vec::new();
    loop {
        let line = bytes
            .windows(2)
            .position(|w| w == b"\r\n")
            .expect("a chunk size");
        let size = std::str::from_utf8(&bytes[..line]).unwrap();
        let size = usize::from_str_radix(size.split(';').next().unwrap().trim(), 16).unwrap();
        bytes = &bytes[line + 2..];
        if size == 0 {
            assert!(bytes.starts_with(b"\r\n"), "trailers are not expected");
            return (body, &bytes[2..]);
        }
        body.extend_from_slice(&bytes[..size]);
        assert_eq!(&bytes[size..size + 2], b"\r\n");
        bytes = &bytes[size + 2..];
    }
}

/// The most of a handler's text a `problems` layer keeps as `detail`.
pub const LAYER_TEXT_LIMIT: usize = 16 * 1024;

/// What a `problems` layer (axum's or actix-web's) must make of a handler's
/// text answer `text` with `status`, read back as the problem `json`: the
/// status; a 4xx's text as `detail`, cut past 16 KiB at a character boundary
/// and marked ` [truncated]`; no `detail` for a 5xx or a blank text.
pub fn layer_detail(
    status: u16,
    text: &str,
    json: &Value,
) -> Result<(), proptest::test_runner::TestCaseError> {
    use proptest::{prop_assert, prop_assert_eq};
    const LIMIT: usize = LAYER_TEXT_LIMIT;
    const MARK: &str = " [truncated]";

    prop_assert_eq!(&json["status"], &Value::from(status));
    let trimmed = text.trim();
    match json.get("detail").and_then(Value::as_str) {
        None => {
            let mut end = LIMIT.min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            prop_assert!(status >= 500 || text[..end].trim().is_empty());
        }
        Some(detail) => match detail.strip_suffix(MARK) {
            Some(kept) => {
                prop_assert!(text.len() > LIMIT);
                prop_assert!(!kept.is_empty() && kept.len() <= LIMIT);
                prop_assert!(trimmed.starts_with(kept));
            }
            None => prop_assert_eq!(detail, trimmed),
        },
    }
    Ok(())
}

/// `text` with its letters upper-cased where `bits` has a one (bit `i % 64`
/// for the `i`-th character): names in any case, for generated tests.
pub fn cased(text: &str, bits: u64) -> String {
    text.chars()
        .enumerate()
        .map(|(i, c)| {
            if bits >> (i % 64) & 1 == 1 {
                c.to_ascii_uppercase()
            } else {
                c
            }
        })
        .collect()
}

/// What the users API's document says of its responses, from the failure
/// types' docs and fields and the successes' types.
pub fn check_users_document(document: &Value) {
    let responses = |method: &str, path: &str| document["paths"][path][method]["responses"].clone();
    let show = responses("get", "/users/{id}");
    // The failure's own words (actix-web answers an id that is not a number
    // with 404 too, which the description then names).
    let missing = show["404"]["description"].as_str().unwrap();
    assert!(
        missing.starts_with("There is no user with that id."),
        "{missing}"
    );
    // The problem details, and the problem type this status answers with.
    let schema = &show["404"]["content"]["application/problem+json"]["schema"]["allOf"];
    let problem = &schema[0];
    assert_eq!(problem["properties"]["status"]["type"], "integer");
    assert_eq!(
        schema[1]["properties"]["type"]["enum"][0],
        "https://example.com/problems/no-such-user"
    );
    // Inline: the document is valid without registering `ProblemDetails`.
    assert!(problem["properties"]["type"].is_object());
    // Its machine-readable reason, always sent with this 404.
    assert_eq!(
        schema[1]["properties"]["reason"]["enum"],
        serde_json::json!(["USER_NOT_FOUND"])
    );
    assert_eq!(schema[1]["required"], serde_json::json!(["reason"]));
    // The success's body (`Json<User>`): inline (utoipa) or a component (aide).
    let mut user = &show["200"]["content"]["application/json"]["schema"];
    if let Some(reference) = user["$ref"].as_str() {
        let name = reference.trim_start_matches("#/components/schemas/");
        user = &document["components"]["schemas"][name];
    }
    assert_eq!(user["properties"]["email"]["type"], "string", "{show}");
    // The store's 503 says nothing of when to come back; the export's does.
    assert!(show["503"]["headers"].is_null(), "{show}");
    let create = responses("post", "/users");
    assert!(create["201"]["headers"]["location"].is_object(), "{create}");
    let invalid = &create["422"]["content"]["application/problem+json"]["schema"]["allOf"];
    assert_eq!(invalid[1]["properties"]["errors"]["type"], "array");
    // 409 tells a taken email by its reason.
    let conflict = &create["409"]["content"]["application/problem+json"]["schema"]["allOf"];
    assert_eq!(
        conflict[1]["properties"]["reason"]["enum"],
        serde_json::json!(["EMAIL_TAKEN"])
    );
    assert!(
        create["429"]["headers"]["retry-after"].is_object(),
        "{create}"
    );
    let remove = responses("delete", "/users/{id}");
    assert!(remove["204"]["content"].is_null(), "{remove}");
    let export = responses("get", "/users/export");
    assert!(
        export["503"]["headers"]["retry-after"].is_object(),
        "{export}"
    );
    assert_eq!(
        export["499"]["description"],
        "The client gave up on the export before it was ready."
    );
}

/// Poisons `lock`: a thread panics while it holds it (its panic message,
/// printed by the test harness, says so).
pub fn poison<L, T>(lock: L)
where
    L: std::ops::Deref<Target = std::sync::Mutex<T>> + Send + 'static,
{
    let panicked = std::thread::spawn(move || {
        let _held = lock.lock();
        panic!("poisoning the users store's lock on purpose, to see its 503");
    })
    .join();
    assert!(panicked.is_err());
}
