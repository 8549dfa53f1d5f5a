//! One exchange on a fresh connection (the request under test and a probe,
//! pipelined in one write), the bytes that come back parsed strictly with
//! `httparse`, and the checks every answer passes.

use std::fmt::Write as _;
use std::net::SocketAddr;
use std::time::Duration;

use codes_core::problem::rules;
use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

pub const PROBLEM_JSON: &str = "application/problem+json";

/// The path every server answers `200 OK` with `pong` on: the second request
/// of each exchange, which only an answer framed right leaves readable.
pub const PROBE: &str = "/probe";

/// How long one exchange may take: both answers, and the connection closed.
const DEADLINE: Duration = Duration::from_secs(3);

/// A request, written as bytes.
#[derive(Clone, Debug)]
pub struct Request {
    pub method: &'static str,
    pub path: String,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

impl Request {
    pub fn new(method: &'static str, path: impl Into<String>) -> Request {
        Request {
            method,
            path: path.into(),
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    pub fn with_body(mut self, content_type: Option<&str>, body: &[u8]) -> Request {
        if let Some(content_type) = content_type {
            self.headers
                .push(("Content-Type", content_type.to_string()));
        }
        self.body = body.to_vec();
        self
    }

    fn write(&self, out: &mut Vec<u8>, close: bool) {
        let mut head = format!(
            "{} {} HTTP/1.1\r\nHost: 127.0.0.1\r\n",
            self.method, self.path
        );
        for (name, value) in &self.headers {
            let _ = write!(head, "{name}: {value}\r\n");
        }
        if !self.body.is_empty() || self.method == "POST" || self.method == "PUT" {
            let _ = write!(head, "Content-Length: {}\r\n", self.body.len());
        }
        if close {
            head.push_str("Connection: close\r\n");
        }
        head.push_str("\r\n");
        out.extend_from_slice(head.as_bytes());
        out.extend_from_slice(&self.body);
    }
}

/// What the content of an answer must be.
#[derive(Clone, Debug)]
pub enum Content {
    /// No content at all (204, 304).
    None,
    /// Zero bytes, no media type (205; a bare status).
    Empty,
    /// Exactly these bytes, labelled with this media type.
    Exact {
        content_type: String,
        bytes: Vec<u8>,
    },
    /// An `application/problem+json` body.
    Problem(ProblemBody),
    /// Checked by a function of the answer (the layer's documented choices).
    Custom(fn(&Answer) -> Vec<String>),
}

/// The members a problem body must have.
#[derive(Clone, Debug, Default)]
pub struct ProblemBody {
    /// `None`: `about:blank`.
    pub type_uri: Option<String>,
    /// `None`: the reason phrase.
    pub title: Option<String>,
    /// `Some`: exactly this `detail`; `None`: no `detail` (withheld, or none).
    pub detail: Option<String>,
    /// Extension members, each with its value; no others when `exact`.
    pub members: Vec<(String, Value)>,
    /// Whether the members above are all the extension members.
    pub exact: bool,
}

/// What one answer must be, besides what every answer must be.
#[derive(Clone, Debug)]
pub struct Expect {
    pub status: u16,
    pub reason: &'static str,
    pub content: Content,
    /// Fields that must be on the wire with exactly these values, in order
    /// (names compared without regard to case).
    pub fields: Vec<(String, Vec<String>)>,
    /// Fields (name, value) an error tried to set and the answer refuses.
    pub refused: Vec<(String, String)>,
}

impl Expect {
    pub fn new(status: u16, reason: &'static str, content: Content) -> Expect {
        Expect {
            status,
            reason,
            content,
            fields: Vec::new(),
            refused: Vec::new(),
        }
    }
}

/// One answer as it came off the wire.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub reason: String,
    pub fields: Vec<(String, Vec<u8>)>,
    pub body: Vec<u8>,
}

impl Answer {
    /// Every value of `name`, as text.
    pub fn values(&self, name: &str) -> Vec<String> {
        self.fields
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| String::from_utf8_lossy(v).into_owned())
            .collect()
    }

    pub fn value(&self, name: &str) -> Option<String> {
        self.values(name).into_iter().next()
    }

    /// The body as JSON, its top-level members checked for repeats.
    pub fn json(&self) -> Result<Value, String> {
        let keys: TopKeys = serde_json::from_slice(&self.body)
            .map_err(|e| format!("the body is no JSON object ({e}): {}", snippet(&self.body)))?;
        let mut seen = std::collections::BTreeSet::new();
        for key in &keys.0 {
            if !seen.insert(key) {
                return Err(format!(
                    "member {key:?} appears twice in the body: {}",
                    snippet(&self.body)
                ));
            }
        }
        serde_json::from_slice(&self.body).map_err(|e| e.to_string())
    }
}

/// The names of a JSON object's members, repeats kept.
struct TopKeys(Vec<String>);

impl<'de> Deserialize<'de> for TopKeys {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<TopKeys, D::Error> {
        struct Keys;
        impl<'de> Visitor<'de> for Keys {
            type Value = TopKeys;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<TopKeys, A::Error> {
                let mut keys = Vec::new();
                while let Some((key, IgnoredAny)) = map.next_entry::<String, IgnoredAny>()? {
                    keys.push(key);
                }
                Ok(TopKeys(keys))
            }
        }
        deserializer.deserialize_map(Keys)
    }
}

/// At most 160 bytes of `bytes`, escaped.
pub fn snippet(bytes: &[u8]) -> String {
    let cut = &bytes[..bytes.len().min(160)];
    let text = cut.escape_ascii().to_string();
    if bytes.len() > cut.len() {
        format!("{text}... ({} bytes)", bytes.len())
    } else {
        text
    }
}

/// Writes `request` and the probe at once, and reads until the server closes
/// the connection (the probe asks it to) or the deadline passes.
pub async fn exchange(address: SocketAddr, request: &Request) -> (Vec<u8>, Option<String>) {
    let run = async {
        let mut stream = tokio::net::TcpStream::connect(address)
            .await
            .map_err(|e| e.to_string())?;
        let mut out = Vec::new();
        request.write(&mut out, false);
        Request::new("GET", PROBE).write(&mut out, true);
        stream.write_all(&out).await.map_err(|e| e.to_string())?;
        Ok::<_, String>(stream)
    };
    let mut stream = match tokio::time::timeout(DEADLINE, run).await {
        Ok(Ok(stream)) => stream,
        Ok(Err(e)) => {
            return (
                Vec::new(),
                Some(format!("could not send the requests: {e}")),
            )
        }
        Err(_) => {
            return (
                Vec::new(),
                Some("could not send the requests in time".into()),
            )
        }
    };
    let mut bytes = Vec::new();
    let deadline = tokio::time::Instant::now() + DEADLINE;
    let mut buffer = [0u8; 16 * 1024];
    loop {
        match tokio::time::timeout_at(deadline, stream.read(&mut buffer)).await {
            Ok(Ok(0)) => return (bytes, None),
            Ok(Ok(n)) => bytes.extend_from_slice(&buffer[..n]),
            // A reset after the answers is the server's way to close, too.
            Ok(Err(e)) => return (bytes, Some(format!("the connection failed: {e}"))),
            Err(_) => {
                return (
                    bytes,
                    Some(format!(
                        "the connection was still open after {} s",
                        DEADLINE.as_secs()
                    )),
                )
            }
        }
    }
}

/// The next message in `bytes`: an answer to a request of `method`.
/// 1xx heads before it are reported in `interim`.
fn parse_answer(
    bytes: &[u8],
    method: &str,
    interim: &mut Vec<u16>,
) -> Result<(Answer, usize), String> {
    let mut at = 0;
    loop {
        let mut headers = [httparse::EMPTY_HEADER; 128];
        let mut response = httparse::Response::new(&mut headers);
        let head = match response.parse(&bytes[at..]) {
            Ok(httparse::Status::Complete(n)) => n,
            Ok(httparse::Status::Partial) if at == bytes.len() => {
                return Err("no answer: the connection closed first".into())
            }
            Ok(httparse::Status::Partial) => {
                return Err(format!("an incomplete answer: {}", snippet(&bytes[at..])))
            }
            Err(e) => {
                return Err(format!(
                    "not an HTTP/1.1 answer ({e}): {}",
                    snippet(&bytes[at..])
                ))
            }
        };
        let status = response.code.unwrap_or_default();
        let reason = response.reason.unwrap_or_default().to_string();
        let fields: Vec<(String, Vec<u8>)> = response
            .headers
            .iter()
            .map(|h| (h.name.to_string(), h.value.to_vec()))
            .collect();
        at += head;
        if status < 200 {
            interim.push(status);
            continue;
        }
        let values = |name: &str| -> Vec<String> {
            fields
                .iter()
                .filter(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| String::from_utf8_lossy(v).trim().to_string())
                .collect()
        };
        let rest = &bytes[at..];
        let length = if method == "HEAD" || status == 204 || status == 304 {
            0
        } else if !values("transfer-encoding").is_empty() {
            chunked_length(rest)?
        } else if let Some(length) = values("content-length").first() {
            let length: usize = length
                .parse()
                .map_err(|_| format!("content-length {length:?} is no number"))?;
            if rest.len() < length {
                return Err(format!(
                    "content-length says {length} bytes, only {} follow: {}",
                    rest.len(),
                    snippet(rest)
                ));
            }
            length
        } else {
            // Delimited by the end of the connection (RFC 9112, Section 6.3).
            rest.len()
        };
        let body = if values("transfer-encoding").is_empty() {
            rest[..length].to_vec()
        } else {
            dechunk(&rest[..length])
        };
        at += length;
        return Ok((
            Answer {
                status,
                reason,
                fields,
                body,
            },
            at,
        ));
    }
}

/// The length of a chunked body at the start of `bytes`, trailers included.
fn chunked_length(bytes: &[u8]) -> Result<usize, String> {
    let mut at = 0;
    loop {
        let (head, size) = match httparse::parse_chunk_size(&bytes[at..]) {
            Ok(httparse::Status::Complete(found)) => found,
            _ => return Err(format!("a broken chunked body: {}", snippet(&bytes[at..]))),
        };
        at = at
            .saturating_add(head)
            .saturating_add(usize::try_from(size).unwrap_or(usize::MAX));
        if size == 0 {
            // No trailers: the last chunk's CRLF.
            if bytes.get(at..at + 2) != Some(b"\r\n") {
                return Err("a chunked body without its final CRLF".into());
            }
            return Ok(at + 2);
        }
        if bytes.get(at..at + 2) != Some(b"\r\n") {
            return Err("a chunk without its CRLF".into());
        }
        at += 2;
    }
}

fn dechunk(mut bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Ok(httparse::Status::Complete((head, size))) = httparse::parse_chunk_size(bytes) {
        let size = usize::try_from(size).unwrap_or(usize::MAX);
        if size == 0 || bytes.len().saturating_sub(head).saturating_sub(2) < size {
            break;
        }
        out.extend_from_slice(&bytes[head..head + size]);
        bytes = &bytes[head + size + 2..];
    }
    out
}

/// Fields a server manages for the connection: none may come from an error,
/// and no answer here has a reason to send one, but `Connection: close` (the
/// probe asks for it; actix-web closes after a request whose content it
/// refused). An error's own `Connection: close` is caught as a refused field,
/// and a close before the probe's answer by the probe's check.
const CONNECTION_FIELDS: [&str; 7] = [
    "connection",
    "keep-alive",
    "proxy-connection",
    "te",
    "trailer",
    "upgrade",
    "transfer-encoding",
];

/// What every answer must be: final, framed by a `Content-Length` equal to its
/// body (none for 204, 304 and HEAD), at most one `Content-Type` (exactly one
/// with content), each field well-formed and each non-list field once, no
/// connection-specific field.
fn check_every(answer: &Answer, method: &str, out: &mut Vec<String>) {
    let mut count = std::collections::BTreeMap::<String, usize>::new();
    for (name, value) in &answer.fields {
        *count.entry(name.to_ascii_lowercase()).or_default() += 1;
        if !rules::is_field_name(name) {
            out.push(format!("field name {name:?} is no token"));
        }
        match std::str::from_utf8(value) {
            Ok(text) if rules::is_field_value(text) => {}
            _ => out.push(format!(
                "field {name}: value {:?} is not visible ASCII",
                snippet(value)
            )),
        }
        if name.to_ascii_lowercase().contains("injected") {
            out.push(format!(
                "field {name}: {} was injected through a CR/LF",
                snippet(value)
            ));
        }
    }
    for (name, n) in &count {
        if *n > 1 && !rules::is_list_field(name) {
            out.push(format!("field {name} appears {n} times (not a list field)"));
        }
    }
    for name in CONNECTION_FIELDS {
        for value in answer.values(name) {
            if !(name == "connection" && value.eq_ignore_ascii_case("close")) {
                out.push(format!("connection-specific field {name}: {value}"));
            }
        }
    }
    let lengths = answer.values("content-length");
    let no_content = method == "HEAD" || answer.status == 204 || answer.status == 304;
    // RFC 9110, Section 8.6: no Content-Length on a 204. axum's router adds
    // `content-length: 0` to a 204 answering HEAD (not codes' doing, and it
    // frames nothing): only a length that claims content is a violation.
    if answer.status == 204 && lengths.iter().any(|l| l.trim() != "0") {
        out.push(format!("a 204 with content-length: {}", lengths.join(", ")));
    }
    if !no_content {
        match lengths.as_slice() {
            [] => out.push(format!(
                "no content-length: {} bytes of content delimited by the end of the connection",
                answer.body.len()
            )),
            [length] if length.trim() == answer.body.len().to_string() => {}
            _ => out.push(format!(
                "content-length {} for {} bytes of content",
                lengths.join(", "),
                answer.body.len()
            )),
        }
    }
    let types = answer.values("content-type");
    if types.len() > 1 {
        out.push(format!(
            "{} content-type fields: {}",
            types.len(),
            types.join(" | ")
        ));
    }
    if !answer.body.is_empty() && types.is_empty() {
        out.push(format!(
            "{} bytes of content without a content-type",
            answer.body.len()
        ));
    }
}

/// The checks of `expect` on the answer to a request of `method`.
fn check_expected(answer: &Answer, method: &str, expect: &Expect, out: &mut Vec<String>) {
    if answer.status != expect.status {
        out.push(format!(
            "status {} instead of {}",
            answer.status, expect.status
        ));
    }
    if answer.reason != expect.reason {
        out.push(format!(
            "status line {} {:?} instead of {} {:?}",
            answer.status, answer.reason, expect.status, expect.reason
        ));
    }
    for (name, values) in &expect.fields {
        let found = answer.values(name);
        if &found != values {
            out.push(format!("field {name}: {found:?} instead of {values:?}"));
        }
    }
    for (name, value) in &expect.refused {
        let legitimate = |found: &str| {
            (name.eq_ignore_ascii_case("content-type") && found == content_type_of(expect))
                || (name.eq_ignore_ascii_case("content-length")
                    && found == answer.body.len().to_string())
        };
        if answer
            .values(name)
            .iter()
            .any(|found| found == value.trim() && !legitimate(found))
        {
            out.push(format!(
                "field {name}: {value:?} came from the error and reached the wire"
            ));
        }
    }
    let types = answer.values("content-type");
    let head = method == "HEAD";
    match &expect.content {
        Content::None => {
            if !answer.body.is_empty() {
                out.push(format!(
                    "content where none belongs: {}",
                    snippet(&answer.body)
                ));
            }
        }
        Content::Empty => {
            if !answer.body.is_empty() {
                out.push(format!(
                    "content where none belongs: {}",
                    snippet(&answer.body)
                ));
            }
            if !types.is_empty() && !head {
                out.push(format!(
                    "content-type {} without content",
                    types.join(" | ")
                ));
            }
        }
        Content::Exact {
            content_type,
            bytes,
        } => {
            if types.first() != Some(content_type) {
                out.push(format!(
                    "content-type {types:?} instead of {content_type:?}"
                ));
            }
            if !head && &answer.body != bytes {
                out.push(format!(
                    "content {} instead of {}",
                    snippet(&answer.body),
                    snippet(bytes)
                ));
            }
        }
        Content::Problem(problem) => {
            if types.first().map(String::as_str) != Some(PROBLEM_JSON) {
                out.push(format!(
                    "content-type {types:?} instead of {PROBLEM_JSON:?}"
                ));
            }
            if !head {
                check_problem(answer, expect, problem, out);
            }
        }
        Content::Custom(check) => {
            if !head {
                out.extend(check(answer));
            }
        }
    }
}

fn content_type_of(expect: &Expect) -> &str {
    match &expect.content {
        Content::Exact { content_type, .. } => content_type,
        _ => PROBLEM_JSON,
    }
}

fn check_problem(answer: &Answer, expect: &Expect, problem: &ProblemBody, out: &mut Vec<String>) {
    let body = match answer.json() {
        Ok(Value::Object(body)) => body,
        Ok(other) => return out.push(format!("the problem is no object: {other}")),
        Err(e) => return out.push(e),
    };
    let want = |name: &str, value: Option<Value>, out: &mut Vec<String>| {
        if body.get(name) != value.as_ref() {
            out.push(format!(
                "member {name}: {} instead of {}",
                body.get(name).map_or("(none)".into(), Value::to_string),
                value.map_or("(none)".into(), |v| v.to_string())
            ));
        }
    };
    let type_uri = problem.type_uri.as_deref().unwrap_or("about:blank");
    want("type", Some(type_uri.into()), out);
    let title = problem.title.as_deref().unwrap_or(expect.reason);
    want("title", Some(title.into()), out);
    want("status", Some(expect.status.into()), out);
    want("detail", problem.detail.clone().map(Value::from), out);
    want("instance", None, out);
    for (name, value) in &problem.members {
        want(name, Some(value.clone()), out);
    }
    for name in body.keys() {
        if name.is_empty() {
            out.push("a member with an empty name".into());
        } else if problem.exact
            && !rules::is_standard_member(name)
            && !problem.members.iter().any(|(n, _)| n == name)
        {
            out.push(format!("unexpected member {name}: {}", body[name]));
        }
    }
}

/// Every violation of one exchange: the answer to `request` against `expect`,
/// the pipelined probe's answer, nothing after it.
pub fn verify(
    bytes: &[u8],
    failure: Option<String>,
    request: &Request,
    expect: &Expect,
) -> Vec<String> {
    let mut out = Vec::new();
    let mut interim = Vec::new();
    let first = parse_answer(bytes, request.method, &mut interim);
    for status in interim.drain(..) {
        out.push(format!(
            "an interim {status} answer (nothing asked for one)"
        ));
    }
    let at = match first {
        Ok((answer, at)) => {
            check_every(&answer, request.method, &mut out);
            check_expected(&answer, request.method, expect, &mut out);
            at
        }
        Err(e) => {
            out.push(e);
            if let Some(failure) = failure {
                out.push(failure);
            }
            return out;
        }
    };
    match parse_answer(&bytes[at..], "GET", &mut interim) {
        Ok((probe, used)) => {
            let before = out.len();
            check_every(&probe, "GET", &mut out);
            let pong = Expect::new(
                200,
                "OK",
                Content::Exact {
                    content_type: "text/plain; charset=utf-8".into(),
                    bytes: b"pong".to_vec(),
                },
            );
            check_expected(&probe, "GET", &pong, &mut out);
            for line in &mut out[before..] {
                *line = format!("pipelined probe: {line}");
            }
            let rest = &bytes[at + used..];
            if !rest.is_empty() {
                out.push(format!("bytes after the second answer: {}", snippet(rest)));
            }
        }
        Err(e) => out.push(format!("pipelined probe: {e}")),
    }
    for status in interim {
        out.push(format!("pipelined probe: an interim {status} answer"));
    }
    if let Some(failure) = failure {
        out.push(failure);
    }
    out
}
