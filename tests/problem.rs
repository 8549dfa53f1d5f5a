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
