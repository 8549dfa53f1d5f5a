//! Errors as answers: `#[derive(Problem)]`, `Problem<E>` and `ProblemDetails`,
//! framework-neutral (what each framework integration sends).

use codes_core::problem::{IntoProblem, Problem, ProblemDetails, PROBLEM_JSON};
use codes_core::{Problem as DeriveProblem, Status, StatusCode};
use codes_ext_api::ApiStatus;
use serde_json::json;

#[derive(Debug, thiserror::Error, Status, DeriveProblem)]
enum AppError {
    #[error("no user {0}")]
    #[status(NotFound)]
    NoSuchUser(u64),
    #[error("taken")]
    #[status(409)]
    #[problem(type = "https://example.com/problems/taken", title = "Already taken")]
    Taken,
    #[error("slow down")]
    #[status(TooManyRequests)]
    SlowDown {
        #[problem(header = "retry-after")]
        retry_after: u32,
        #[problem(member = "requestsPerMinute")]
        limit: u32,
    },
    #[error("upstream at 10.0.0.7 refused")]
    #[status(BadGateway)]
    Upstream,
    #[error("nothing to say")]
    #[status(NoContent)]
    Nothing,
    #[error("reset the form")]
    #[status(ResetContent)]
    Reset,
    #[error("not modified")]
    #[status(NotModified)]
    Cached,
    #[error(transparent)]
    #[status(transparent)]
    Early(Informational),
    #[error("denied")]
    #[status(Unauthorized)]
    Denied(#[problem(header = "www-authenticate")] &'static str),
}

/// A transparent field may carry any status, a 1xx included (it cannot be
/// checked at compile time): it is answered as 500.
#[derive(Debug, thiserror::Error, Status)]
#[error("early")]
#[status(EarlyHints)]
struct Informational;

fn body(answer: &codes_core::problem::Answer) -> serde_json::Value {
    serde_json::from_slice(answer.body().expect("a body")).unwrap()
}

#[test]
fn derived_answers() {
    let answer = AppError::NoSuchUser(7).answer();
    assert_eq!((answer.status(), answer.reason()), (404, "Not Found"));
    assert_eq!(answer.header("content-type"), Some(PROBLEM_JSON));
    assert_eq!(
        body(&answer),
        json!({"type": "about:blank", "title": "Not Found", "status": 404, "detail": "no user 7"})
    );

    let answer = AppError::Taken.answer();
    assert_eq!(
        body(&answer),
        json!({"type": "https://example.com/problems/taken", "title": "Already taken", "status": 409, "detail": "taken"})
    );

    let answer = AppError::SlowDown {
        retry_after: 30,
        limit: 100,
    }
    .answer();
    assert_eq!(answer.header("Retry-After"), Some("30"));
    assert_eq!(body(&answer)["requestsPerMinute"], 100);

    let answer = AppError::Denied("Bearer realm=\"api\"").answer();
    assert_eq!(
        answer.header("www-authenticate"),
        Some("Bearer realm=\"api\"")
    );
}

#[test]
fn server_details_are_withheld_unless_exposed() {
    let answer = AppError::Upstream.answer();
    assert!(answer.withheld_detail());
    assert_eq!(body(&answer).get("detail"), None);
    let answer = Problem::new(AppError::Upstream)
        .expose_server_detail()
        .answer();
    assert_eq!(body(&answer)["detail"], "upstream at 10.0.0.7 refused");
}

#[test]
fn no_content_statuses_have_no_body() {
    for (error, status) in [(AppError::Nothing, 204), (AppError::Cached, 304)] {
        let answer = error.answer();
        assert_eq!(answer.status(), status);
        assert_eq!(answer.body(), None);
        assert_eq!(answer.header("content-type"), None);
    }
    let answer = AppError::Reset.answer();
    assert_eq!(answer.body(), None);
}

#[test]
fn an_informational_status_is_no_answer() {
    let answer = AppError::Early(Informational).answer();
    assert_eq!(
        (answer.status(), answer.reason()),
        (500, "Internal Server Error")
    );
}

#[test]
fn problem_adds_to_one_response() {
    let answer = Problem::new(AppError::NoSuchUser(1))
        .with_type("https://example.com/problems/gone-user")
        .with_title("Gone user")
        .with_instance("/users/1")
        .with_member("id", &1)
        .with_header("content-type", "application/problem+json; charset=utf-8")
        .with_header("retry-after", 5)
        .with_header("Retry-After", "10")
        .append_header("link", "</users>; rel=\"collection\"")
        .append_header("link", "</>; rel=\"home\"")
        .answer();
    assert_eq!(
        body(&answer),
        json!({
            "type": "https://example.com/problems/gone-user",
            "title": "Gone user",
            "status": 404,
            "detail": "no user 1",
            "instance": "/users/1",
            "id": 1
        })
    );
    // `Content-Type` belongs to the answer; single-valued fields are
    // replaced, not repeated; list fields repeat.
    let all: Vec<(&str, &str)> = answer.headers().iter().collect();
    assert_eq!(
        all.iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case("content-type"))
            .count(),
        1
    );
    assert_eq!(answer.header("content-type"), Some(PROBLEM_JSON));
    assert_eq!(answer.header("retry-after"), Some("10"));
    assert_eq!(all.iter().filter(|(n, _)| *n == "link").count(), 2);
}

#[test]
fn problem_is_an_error_and_displays_its_error() {
    let problem = Problem::new(AppError::NoSuchUser(3));
    assert_eq!(problem.to_string(), "no user 3");
    let as_error: &dyn std::error::Error = &problem;
    assert_eq!(as_error.source().unwrap().to_string(), "no user 3");
    assert!(matches!(problem.into_error(), AppError::NoSuchUser(3)));
}

#[test]
fn problem_details_both_ways() {
    let text = r#"{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.",
        "status":403,"detail":"Your current balance is 30, but that costs 50.",
        "instance":"/account/12345/msgs/abc","balance":30,"accounts":["/account/12345","/account/67890"]}"#;
    let problem: ProblemDetails = serde_json::from_str(text).unwrap();
    assert_eq!(
        problem.type_uri.as_deref(),
        Some("https://example.com/probs/out-of-credit")
    );
    assert_eq!(problem.status, Some(403));
    assert_eq!(problem.extensions["balance"], 30);
    assert_eq!(problem.extensions["accounts"][1], "/account/67890");
    let again: ProblemDetails = serde_json::from_str(&problem.to_string()).unwrap();
    assert_eq!(again, problem);
    // Members of the wrong type are ignored (RFC 9457, Section 3.1); the rest is kept.
    let odd: ProblemDetails =
        serde_json::from_str(r#"{"status":"404","title":7,"type":"about:blank"}"#).unwrap();
    assert_eq!(odd, ProblemDetails::default());
    // An extension cannot replace a standard member.
    let mut sneaky = ProblemDetails::for_status(400, "Bad Request");
    sneaky.extensions.insert("status".into(), json!(200));
    assert_eq!(serde_json::to_value(&sneaky).unwrap()["status"], 400);
}

/// Extension enums answer too, with their own phrases.
#[derive(Debug, thiserror::Error, Status, DeriveProblem)]
enum ProxyError {
    #[error("the client went away")]
    #[status(ApiStatus::ClientClosedRequest)]
    Cancelled,
    #[error(transparent)]
    #[status(transparent)]
    App(AppError),
}

#[test]
fn extension_statuses_answer_with_their_phrase() {
    let answer = ProxyError::Cancelled.answer();
    assert_eq!(
        (answer.status(), answer.reason()),
        (499, "Client Closed Request")
    );
    assert_eq!(body(&answer)["title"], "Client Closed Request");
    let answer = ProxyError::App(AppError::Taken).answer();
    assert_eq!(answer.status(), 409);
    assert_eq!(
        ProxyError::App(AppError::Taken).status(),
        ApiStatus::Conflict
    );
    assert_eq!(StatusCode::Conflict, ApiStatus::Conflict);
}

/// A transparent variant forwards its field's own problem: type, title,
/// members and headers (a field with only a status forwards only that).
#[test]
fn transparent_variants_forward_the_fields_problem() {
    let answer = ProxyError::App(AppError::Taken).answer();
    assert_eq!(
        body(&answer),
        json!({"type": "https://example.com/problems/taken", "title": "Already taken", "status": 409, "detail": "taken"})
    );
    let answer = ProxyError::App(AppError::SlowDown {
        retry_after: 7,
        limit: 60,
    })
    .answer();
    assert_eq!(answer.status(), 429);
    assert_eq!(answer.header("retry-after"), Some("7"));
    assert_eq!(body(&answer)["requestsPerMinute"], 60);
    // `Informational` has a status but no problem of its own.
    let answer = AppError::Early(Informational).answer();
    assert_eq!(body(&answer)["type"], "about:blank");
}

#[allow(dead_code)]
mod support;

mod generated {
    //! Whatever headers and members a `Problem` is given, and whatever status
    //! its error has, the `Answer` keeps its promises; what `Headers` and
    //! `Members` refuse is exactly what `problem::rules` says, and the rest
    //! is kept as a plain model of the operations predicts.

    use std::fmt;

    use codes_core::problem::{rules, Answer, IntoProblem, Problem, PROBLEM_JSON};
    use codes_core::{Code, Status, StatusCode};
    use proptest::prelude::*;
    use serde_json::Value;

    /// An error with any status of the registry.
    #[derive(Debug)]
    struct Any(StatusCode);

    impl fmt::Display for Any {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "any {}", self.0.code())
        }
    }

    impl Status for Any {
        type Code = StatusCode;
        fn status(&self) -> StatusCode {
            self.0
        }
        fn each_status(f: &mut dyn FnMut(StatusCode)) {
            StatusCode::all().for_each(f);
        }
    }

    impl IntoProblem for Any {}

    /// Names: owned, list and other real fields in any case, tokens, and
    /// arbitrary text (spaces, colons, CR/LF, non-ASCII, empty).
    fn header_name() -> impl Strategy<Value = String> {
        let known: Vec<&'static str> = rules::OWNED_FIELDS
            .iter()
            .chain(rules::LIST_FIELDS.iter())
            .copied()
            .chain(["retry-after", "location", "etag", "x-request-id"])
            .collect();
        prop_oneof![
            (prop::sample::select(known), any::<u64>())
                .prop_map(|(name, bits)| crate::support::cased(name, bits)),
            "[!#$%&'*+.^_`|~0-9A-Za-z-]{1,12}",
            "\\PC{0,8}",
            "[a-z \t:\r\n\u{0}]{0,6}",
        ]
    }

    /// Values: ordinary ones, and ones with CR/LF, NUL, DEL, non-ASCII or
    /// surrounding whitespace.
    fn header_value() -> impl Strategy<Value = String> {
        prop_oneof!["[ -~]{0,16}", "\\PC{0,8}", "[a-z \t\r\n\u{0}\u{7f}é]{0,8}",]
    }

    fn member_name() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(rules::STANDARD_MEMBERS.to_vec()).prop_map(String::from),
            Just(String::new()),
            "[A-Za-z_]{1,8}",
            "\\PC{0,6}",
        ]
    }

    /// Texts for `type`, `title` and `instance`: URI references, templates,
    /// percent signs, one-line titles, and arbitrary text (spaces, CR/LF,
    /// control characters, non-ASCII, empty).
    fn standard_value() -> impl Strategy<Value = String> {
        prop_oneof![
            "(https://example.com)?/[a-z0-9/._~-]{0,12}(#[a-z]{0,4})?",
            "/[a-z{}%#0-9]{0,10}",
            "[A-Za-z][A-Za-z ]{0,16}",
            "\\PC{0,8}",
            "[a-z \t\r\n\u{0}\u{7f}é]{0,8}",
        ]
    }

    #[derive(Clone, Debug)]
    enum Op {
        Insert(String, String),
        Append(String, String),
        Member(String, i64),
        Type(String),
        Title(String),
        Instance(String),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (header_name(), header_value()).prop_map(|(n, v)| Op::Insert(n, v)),
            (header_name(), header_value()).prop_map(|(n, v)| Op::Append(n, v)),
            (member_name(), any::<i64>()).prop_map(|(n, v)| Op::Member(n, v)),
            standard_value().prop_map(Op::Type),
            standard_value().prop_map(Op::Title),
            standard_value().prop_map(Op::Instance),
        ]
    }

    fn refused_header(name: &str, value: &str) -> bool {
        rules::header_refusal(name).is_some() || !rules::is_field_value(value)
    }

    /// The promises of every `Answer`.
    fn check(answer: &Answer, asked: u16) {
        let status = answer.status();
        assert!((200..=599).contains(&status), "{status}");
        let expected = if asked < 200 { 500 } else { asked };
        assert_eq!(status, expected);
        assert_eq!(
            answer.reason(),
            StatusCode::from_code(status).unwrap().reason()
        );
        let fields: Vec<(&str, &str)> = answer.headers().iter().collect();
        for (name, value) in &fields {
            assert!(rules::is_field_name(name), "{name:?}");
            assert!(rules::is_field_value(value), "{value:?}");
            let owned = rules::is_owned_field(name);
            assert!(
                !owned || name.eq_ignore_ascii_case("content-type"),
                "{name}"
            );
            if !rules::is_list_field(name) {
                let same = fields
                    .iter()
                    .filter(|(n, _)| n.eq_ignore_ascii_case(name))
                    .count();
                assert_eq!(same, 1, "{name} repeated: {fields:?}");
            }
        }
        match answer.body() {
            None => {
                assert!(matches!(status, 204 | 205 | 304), "{status} without a body");
                assert_eq!(answer.header("content-type"), None);
            }
            Some(body) => {
                assert!(!matches!(status, 204 | 205 | 304), "{status} with a body");
                assert!(!body.is_empty());
                assert_eq!(answer.header("content-type"), Some(PROBLEM_JSON));
                let json: Value = serde_json::from_slice(body).unwrap();
                assert_eq!(json["status"], status);
                assert!(json.get("").is_none());
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Any status, any sequence of headers and members.
        #[test]
        fn answers_keep_their_promises(
            index in 0..StatusCode::CODES.len(),
            ops in prop::collection::vec(op(), 0..12),
        ) {
            let code = StatusCode::all().nth(index).unwrap();
            let mut problem = Problem::new(Any(code));
            let mut model_headers: Vec<(String, String)> = Vec::new();
            let mut model_members = serde_json::Map::new();
            let (mut model_type, mut model_title, mut model_instance) = (None, None, None);
            for op in &ops {
                match op {
                    Op::Insert(name, value) => {
                        let result = problem.try_with_header(name.clone(), value);
                        prop_assert_eq!(result.is_err(), refused_header(name, value));
                        if result.is_ok() {
                            model_headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
                            model_headers.push((name.clone(), value.clone()));
                        }
                    }
                    Op::Append(name, value) => {
                        let result = problem.try_append_header(name.clone(), value);
                        prop_assert_eq!(result.is_err(), refused_header(name, value));
                        if result.is_ok() {
                            if !rules::is_list_field(name) {
                                model_headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
                            }
                            model_headers.push((name.clone(), value.clone()));
                        }
                    }
                    Op::Member(name, value) => {
                        let result = problem.try_with_member(name.clone(), value);
                        prop_assert_eq!(result.is_err(), rules::member_refusal(name).is_some());
                        if result.is_ok() {
                            model_members.insert(name.clone(), Value::from(*value));
                        }
                    }
                    Op::Type(value) => {
                        let result = problem.try_with_type(value.clone());
                        prop_assert_eq!(result.is_err(), rules::type_refusal(value).is_some());
                        if result.is_ok() {
                            model_type = Some(value.clone());
                        }
                    }
                    Op::Title(value) => {
                        let result = problem.try_with_title(value.clone());
                        prop_assert_eq!(result.is_err(), rules::title_refusal(value).is_some());
                        if result.is_ok() {
                            model_title = Some(value.clone());
                        }
                    }
                    Op::Instance(value) => {
                        let result = problem.try_with_instance(value.clone());
                        prop_assert_eq!(result.is_err(), rules::instance_refusal(value).is_some());
                        if result.is_ok() {
                            model_instance = Some(value.clone());
                        }
                    }
                }
            }
            let answer = problem.answer();
            check(&answer, code.code());
            if code.code() >= 200 {
                let sent: Vec<(String, String)> = answer
                    .headers()
                    .iter()
                    .filter(|(n, _)| !n.eq_ignore_ascii_case("content-type"))
                    .map(|(n, v)| (n.to_string(), v.to_string()))
                    .collect();
                prop_assert_eq!(sent, model_headers);
            }
            if let Some(body) = answer.body() {
                let mut json: serde_json::Map<String, Value> = serde_json::from_slice(body).unwrap();
                if code.code() >= 200 {
                    let text = |name: &str| json.get(name).and_then(Value::as_str).map(String::from);
                    prop_assert_eq!(
                        text("type").filter(|t| t != "about:blank"),
                        model_type.clone()
                    );
                    prop_assert_eq!(
                        text("title").unwrap(),
                        model_title.clone().unwrap_or_else(|| code.reason().to_string())
                    );
                    prop_assert_eq!(text("instance"), model_instance.clone());
                    for name in rules::STANDARD_MEMBERS {
                        json.remove(name);
                    }
                    prop_assert_eq!(json, model_members);
                }
            }
        }

        /// The logging forms keep exactly what the `try_` forms accept.
        #[test]
        fn logging_forms_match_the_try_forms(ops in prop::collection::vec(op(), 0..12)) {
            let mut logged = Problem::new(Any(StatusCode::Conflict));
            let mut tried = Problem::new(Any(StatusCode::Conflict));
            for op in ops {
                match op {
                    Op::Insert(name, value) => {
                        let _ = tried.try_with_header(name.clone(), &value);
                        logged = logged.with_header(name, value);
                    }
                    Op::Append(name, value) => {
                        let _ = tried.try_append_header(name.clone(), &value);
                        logged = logged.append_header(name, value);
                    }
                    Op::Member(name, value) => {
                        let _ = tried.try_with_member(name.clone(), &value);
                        logged = logged.with_member(name, &value);
                    }
                    Op::Type(value) => {
                        let _ = tried.try_with_type(value.clone());
                        logged = logged.with_type(value);
                    }
                    Op::Title(value) => {
                        let _ = tried.try_with_title(value.clone());
                        logged = logged.with_title(value);
                    }
                    Op::Instance(value) => {
                        let _ = tried.try_with_instance(value.clone());
                        logged = logged.with_instance(value);
                    }
                }
            }
            prop_assert_eq!(logged.answer(), tried.answer());
        }
    }
}

/// A `Problem` adds a value to the error's own list field with
/// `append_header`, and replaces it with `with_header`.
#[test]
fn problem_headers_add_to_or_replace_the_errors_own() {
    let appended = Problem::new(AppError::Denied("Basic realm=\"api\""))
        .append_header("WWW-Authenticate", "Bearer")
        .answer();
    assert_eq!(
        appended
            .headers()
            .get_all("www-authenticate")
            .collect::<Vec<_>>(),
        ["Basic realm=\"api\"", "Bearer"]
    );
    let replaced = Problem::new(AppError::Denied("Basic realm=\"api\""))
        .with_header("www-authenticate", "Bearer")
        .append_header("www-authenticate", "Digest")
        .answer();
    assert_eq!(
        replaced
            .headers()
            .get_all("www-authenticate")
            .collect::<Vec<_>>(),
        ["Bearer", "Digest"]
    );
    // A singleton field appended twice keeps the last value, once.
    let once = Problem::new(AppError::SlowDown {
        retry_after: 1,
        limit: 1,
    })
    .append_header("retry-after", 2)
    .append_header("retry-after", 3)
    .answer();
    assert_eq!(
        once.headers().get_all("retry-after").collect::<Vec<_>>(),
        ["3"]
    );
}

/// The errors say why, and the refusals are logged at `warn`.
#[test]
fn refusals_say_why_and_are_logged() {
    use codes_core::problem::{HeaderError, MemberError, StandardMemberError};

    let mut problem = Problem::new(AppError::Taken);
    let refused = problem
        .try_with_header("Content-Length", 3)
        .map(|_| ())
        .unwrap_err();
    assert!(matches!(&refused, HeaderError::Name { name, .. } if name == "Content-Length"));
    assert!(
        refused.to_string().contains("frames its own body"),
        "{refused}"
    );
    let refused = problem
        .try_with_member("status", &200)
        .map(|_| ())
        .unwrap_err();
    assert!(matches!(&refused, MemberError::Name { name, .. } if name == "status"));
    let odd = std::collections::BTreeMap::from([((1, 2), 3)]);
    let refused = problem
        .try_with_member("odd", &odd)
        .map(|_| ())
        .unwrap_err();
    assert!(matches!(refused, MemberError::Value { .. }));

    let refused = problem.try_with_type("not a uri").map(|_| ()).unwrap_err();
    assert!(matches!(&refused, StandardMemberError::Type { value, .. } if value == "not a uri"));
    let refused = problem.try_with_title("a\nb").map(|_| ()).unwrap_err();
    assert!(refused.to_string().contains("one line"), "{refused}");
    let refused = problem.try_with_instance("x y").map(|_| ()).unwrap_err();
    assert!(matches!(refused, StandardMemberError::Instance { .. }));

    let mut answer = None;
    let log = capture(|| {
        answer = Some(
            Problem::new(AppError::Taken)
                .with_header("transfer-encoding", "chunked")
                .with_member("title", "mine")
                .with_type("not a uri")
                .with_title("a\nb")
                .with_instance("x y")
                .answer(),
        );
    });
    let warnings: Vec<&str> = log.lines().filter(|l| l.contains("WARN")).collect();
    assert_eq!(warnings.len(), 5, "{log}");
    assert!(warnings[0].contains("transfer-encoding"), "{log}");
    assert!(warnings[1].contains("title"), "{log}");
    assert!(warnings[2].contains("not a uri"), "{log}");
    assert!(warnings[3].contains("a\\nb"), "{log}");
    assert!(warnings[4].contains("x y"), "{log}");
    // Nothing refused is sent: the error's own values stay.
    let json = body(&answer.unwrap());
    assert_eq!(json, body(&Problem::new(AppError::Taken).answer()));
}

/// A type or title written by hand in `IntoProblem` follows the rules the
/// derive applies to literals: refused, logged, not sent.
#[test]
fn hand_written_types_and_titles_follow_the_rules() {
    #[derive(Debug)]
    struct Odd;
    impl std::fmt::Display for Odd {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("odd")
        }
    }
    impl codes_core::Status for Odd {
        type Code = codes_core::StatusCode;
        fn status(&self) -> codes_core::StatusCode {
            codes_core::StatusCode::Conflict
        }
        fn each_status(f: &mut dyn FnMut(codes_core::StatusCode)) {
            f(codes_core::StatusCode::Conflict);
        }
    }
    impl IntoProblem for Odd {
        fn problem_type(&self) -> Option<&str> {
            Some("https://example.com/{id}")
        }
        fn problem_title(&self) -> Option<&str> {
            Some("two\r\nlines")
        }
    }
    let mut answer = None;
    let log = capture(|| answer = Some(Odd.answer()));
    let json = body(&answer.unwrap());
    assert!(
        json.get("type").is_none_or(|t| t == "about:blank"),
        "{json}"
    );
    assert_eq!(json["title"], "Conflict");
    let warnings: Vec<&str> = log.lines().filter(|l| l.contains("WARN")).collect();
    assert_eq!(warnings.len(), 2, "{log}");
    // A `Problem` given its own values does not need the error's.
    let answer = Problem::new(Odd)
        .with_type("/problems/odd")
        .with_title("Odd")
        .answer();
    let json = body(&answer);
    assert_eq!(json["type"], "/problems/odd");
    assert_eq!(json["title"], "Odd");
}

/// codes' own constructors own the framing: the content given to `Reply` and
/// `actix::builder` keeps its media type and coding, and loses (logged) the
/// fields the server writes from the message it sends.
#[test]
fn constructors_remove_the_framing_their_content_brings() {
    use axum::response::IntoResponse;
    use codes_core::axum::Reply;

    let mut response = None;
    let log = capture(|| {
        response = Some(
            Reply(
                StatusCode::Ok,
                (
                    [
                        ("content-length", "3"),
                        ("Keep-Alive", "timeout=5"),
                        ("content-type", "text/csv"),
                        ("content-encoding", "identity"),
                    ],
                    "hello",
                ),
            )
            .into_response(),
        );
    });
    let response = response.unwrap();
    assert!(response.headers().get("content-length").is_none());
    assert!(response.headers().get("keep-alive").is_none());
    assert_eq!(response.headers()["content-type"], "text/csv");
    assert_eq!(response.headers()["content-encoding"], "identity");
    let warnings: Vec<&str> = log.lines().filter(|l| l.contains("WARN")).collect();
    assert_eq!(warnings.len(), 2, "{log}");
    assert!(
        warnings.iter().any(|w| w.contains("content-length")),
        "{log}"
    );

    let mut response = None;
    let log = capture(|| {
        response = Some(
            codes_core::actix::builder(StatusCode::Ok)
                .insert_header(("transfer-encoding", "chunked"))
                .insert_header(("content-encoding", "identity"))
                .content_type("text/csv")
                .body("hello"),
        );
    });
    let response = response.unwrap();
    assert!(response.headers().get("transfer-encoding").is_none());
    assert_eq!(
        response.headers().get("content-encoding").unwrap(),
        "identity"
    );
    assert_eq!(response.headers().get("content-type").unwrap(), "text/csv");
    let warnings: Vec<&str> = log.lines().filter(|l| l.contains("WARN")).collect();
    assert_eq!(warnings.len(), 1, "{log}");
    assert!(warnings[0].contains("transfer-encoding"), "{log}");
}

/// Everything logged while `f` runs, as text.
fn capture(f: impl FnOnce()) -> String {
    use std::sync::{Arc, Mutex};

    #[derive(Clone, Default)]
    struct Log(Arc<Mutex<Vec<u8>>>);
    impl std::io::Write for Log {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let log = Log::default();
    let writer = log.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    tracing::subscriber::with_default(subscriber, f);
    let bytes = log.0.lock().unwrap().clone();
    String::from_utf8(bytes).unwrap()
}

/// Errors with a source chain, some of whose texts repeat their source's.
#[derive(Debug, thiserror::Error, Status, DeriveProblem)]
enum Backend {
    #[error("export backend at 10.0.0.7 did not answer")]
    #[status(ServiceUnavailable)]
    Export(#[source] Connect),
    #[error("database: {0}")]
    #[status(InternalServerError)]
    Database(#[source] std::io::Error),
    #[error("shard 12 is read-only")]
    #[status(Conflict)]
    ReadOnly(#[source] Shard),
}

/// A source whose text is a word of its parent's only by accident.
#[derive(Debug, thiserror::Error)]
#[error("1")]
struct Shard;

#[derive(Debug, thiserror::Error)]
#[error("connect failed")]
struct Connect(#[source] std::io::Error);

/// One event per answer, and each text in it once: the message (status line
/// and `Display`), then the source chain without what was already said.
#[test]
fn a_server_error_is_logged_once_with_its_chain() {
    let timed_out = || std::io::Error::new(std::io::ErrorKind::TimedOut, "timed out after 5 s");
    let error = Backend::Export(Connect(timed_out()));
    let log = capture(|| codes_core::problem::log_answer(&error, &error.answer()));
    assert_eq!(log.lines().count(), 1, "{log}");
    assert!(log.contains("ERROR"), "{log}");
    for text in [
        "503 Service Unavailable",
        "export backend at 10.0.0.7 did not answer",
        "connect failed",
        "timed out after 5 s",
    ] {
        assert_eq!(log.matches(text).count(), 1, "{text}: {log}");
    }
    assert!(
        log.contains("sources=connect failed: timed out after 5 s"),
        "{log}"
    );

    // `#[error("database: {0}")]` already says its source: not repeated.
    let error = Backend::Database(timed_out());
    let log = capture(|| codes_core::problem::log_answer(&error, &error.answer()));
    assert_eq!(log.matches("timed out after 5 s").count(), 1, "{log}");
    assert!(!log.contains("sources="), "{log}");

    // Only whole words count as said: "12" does not say "1".
    let error = Backend::ReadOnly(Shard);
    let log = capture(|| codes_core::problem::log_answer(&error, &error.answer()));
    assert!(log.contains("sources=1"), "{log}");

    // A 4xx at debug, once.
    let error = AppError::NoSuchUser(4);
    let log = capture(|| codes_core::problem::log_answer(&error, &error.answer()));
    assert_eq!(log.lines().count(), 1, "{log}");
    assert!(
        log.contains("DEBUG") && log.matches("no user 4").count() == 1,
        "{log}"
    );
}

/// An error whose status is informational (possible with a hand-written
/// `Status`, which no compile-time check sees) answers a logged 500.
#[test]
fn an_informational_status_is_logged() {
    #[derive(Debug)]
    struct Early;
    impl std::fmt::Display for Early {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("early")
        }
    }
    impl Status for Early {
        type Code = StatusCode;
        fn status(&self) -> StatusCode {
            StatusCode::EarlyHints
        }
        fn each_status(f: &mut dyn FnMut(StatusCode)) {
            f(StatusCode::EarlyHints);
        }
    }
    impl IntoProblem for Early {}

    let log = capture(|| {
        let answer = Early.answer();
        assert_eq!(answer.status(), 500);
        assert!(answer.withheld_detail());
    });
    assert!(
        log.contains("103 Early Hints is an informational status"),
        "{log}"
    );
}

/// The same through a derived error: a `#[status(transparent)]` field whose
/// status is informational makes the error answer 500 (as `statuses` lists
/// it), and says so in the log.
#[test]
fn an_informational_status_behind_a_transparent_field_is_logged() {
    #[derive(Debug, Status)]
    #[status(Continue)]
    struct Interim;

    #[derive(Debug, Status, codes_core::Problem)]
    enum Outer {
        #[status(transparent)]
        Inner(Interim),
    }
    impl std::fmt::Display for Outer {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("interim")
        }
    }

    assert_eq!(
        codes_core::statuses::<Outer>(),
        [StatusCode::InternalServerError]
    );
    let log = capture(|| {
        assert_eq!(Outer::Inner(Interim).answer().status(), 500);
    });
    assert!(
        log.contains("#[status(transparent)] field gave 100 Continue"),
        "{log}"
    );
}
