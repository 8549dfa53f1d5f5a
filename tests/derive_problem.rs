//! `#[derive(Problem)]` on generic errors, errors that borrow, repeated list
//! fields and transparent variants: what the derive infers, and what each
//! variant adds to its answer (read through the hooks the answer is built from).

use codes_core::problem::{Headers, IntoProblem, Members};
use codes_core::{statuses, Problem, Status, StatusCode};

fn headers_of<E: IntoProblem>(error: &E) -> Vec<(String, String)> {
    let mut headers = Headers::default();
    error.problem_headers(&mut headers);
    headers
        .iter()
        .map(|(name, value)| (name.to_string(), value.to_string()))
        .collect()
}

fn members_of<E: IntoProblem>(error: &E) -> Members {
    let mut members = Members::default();
    error.problem_members(&mut members);
    members
}

/// A problem of its own, to be wrapped.
#[derive(Debug, thiserror::Error, Status, Problem)]
enum Inner {
    #[error("no user {id}")]
    #[status(NotFound)]
    #[problem(
        type = "https://example.com/problems/no-such-user",
        title = "No such user"
    )]
    NoSuchUser {
        #[problem(member)]
        id: u64,
        #[problem(header = "x-request-id")]
        request: &'static str,
    },
    #[error("slow down")]
    #[status(TooManyRequests)]
    SlowDown(#[problem(header = "retry-after")] u32),
}

/// Generic over the wrapped error: `E: IntoProblem` is inferred from the
/// transparent variant, so the inner problem is forwarded whole.
#[derive(Debug, thiserror::Error, Status, Problem)]
enum Wrapper<E: std::error::Error + 'static> {
    #[error(transparent)]
    #[status(transparent)]
    Inner(#[from] E),
    #[error("gone")]
    #[status(Gone)]
    Gone,
}

#[test]
fn a_generic_transparent_field_forwards_its_problem() {
    let error: Wrapper<Inner> = Wrapper::Inner(Inner::NoSuchUser {
        id: 7,
        request: "abc",
    });
    assert_eq!(error.status(), StatusCode::NotFound);
    assert_eq!(
        error.problem_type(),
        Some("https://example.com/problems/no-such-user")
    );
    assert_eq!(error.problem_title(), Some("No such user"));
    assert_eq!(members_of(&error).get("id"), Some(&serde_json::json!(7)));
    assert_eq!(
        headers_of(&error),
        [("x-request-id".to_string(), "abc".to_string())]
    );
    assert_eq!(
        statuses::<Wrapper<Inner>>(),
        [
            StatusCode::NotFound,
            StatusCode::Gone,
            StatusCode::TooManyRequests
        ]
        .into_iter()
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect::<Vec<_>>()
    );
    assert_eq!(Wrapper::<Inner>::Gone.problem_type(), None);
}

/// Generic member and header fields: `T: Serialize` and `H: Display` are
/// inferred, on the fields' types.
#[derive(Status, Problem)]
enum Limited<T, H> {
    #[status(TooManyRequests)]
    SlowDown {
        #[problem(member)]
        limit: T,
        #[problem(header = "retry-after")]
        retry_after: H,
    },
}

impl<T, H> std::fmt::Display for Limited<T, H> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("slow down")
    }
}

#[test]
fn generic_member_and_header_fields() {
    let error = Limited::SlowDown {
        limit: vec![1, 2],
        retry_after: 30,
    };
    assert_eq!(
        members_of(&error).get("limit"),
        Some(&serde_json::json!([1, 2]))
    );
    assert_eq!(
        headers_of(&error),
        [("retry-after".to_string(), "30".to_string())]
    );
}

/// An error that borrows: no `'static` needed.
#[derive(Debug, thiserror::Error, Status, Problem)]
enum Borrowed<'a> {
    #[error("no file {0}")]
    #[status(NotFound)]
    Missing(#[problem(member = "path")] &'a str),
    #[error("bad input")]
    #[status(BadRequest)]
    Bad(#[source] std::num::ParseIntError),
    #[error(transparent)]
    #[status(transparent)]
    Wrapped(&'a Inner),
}

#[test]
fn an_error_with_a_lifetime() {
    let name = String::from("notes.txt");
    let error = Borrowed::Missing(&name);
    assert_eq!(error.status(), StatusCode::NotFound);
    assert_eq!(
        members_of(&error).get("path"),
        Some(&serde_json::json!("notes.txt"))
    );
    let parse = "x".parse::<u8>().unwrap_err();
    let error = Borrowed::Bad(parse);
    assert!(error.problem_source().is_some());
    let inner = Inner::SlowDown(5);
    let error = Borrowed::Wrapped(&inner);
    assert_eq!(error.status(), StatusCode::TooManyRequests);
    assert_eq!(
        headers_of(&error),
        [("retry-after".to_string(), "5".to_string())]
    );
}

/// Two fields naming a list field send both values; any case of the name.
#[derive(Debug, Status, Problem)]
#[status(Unauthorized)]
struct Challenge {
    #[problem(header = "www-authenticate")]
    basic: &'static str,
    #[problem(header = "WWW-Authenticate")]
    bearer: &'static str,
    #[problem(header = "link")]
    help: &'static str,
}

impl std::fmt::Display for Challenge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("log in")
    }
}

#[test]
fn a_list_field_given_twice_sends_both_values() {
    let challenge = Challenge {
        basic: "Basic realm=\"api\"",
        bearer: "Bearer realm=\"api\"",
        help: "</help>; rel=\"help\"",
    };
    assert_eq!(
        headers_of(&challenge),
        [
            ("www-authenticate", "Basic realm=\"api\""),
            ("WWW-Authenticate", "Bearer realm=\"api\""),
            ("link", "</help>; rel=\"help\""),
        ]
        .map(|(n, v)| (n.to_string(), v.to_string()))
    );
}

/// A transparent variant: its own `type` and `title` win over the field's;
/// without them, the field's own apply.
#[derive(Debug, thiserror::Error, Status, Problem)]
#[problem(type = "https://example.com/problems/app")]
enum Outer {
    #[error(transparent)]
    #[status(transparent)]
    #[problem(title = "Lookup failed")]
    Titled(Inner),
    #[error(transparent)]
    #[status(transparent)]
    Plain(Box<Inner>),
}

#[test]
fn transparent_type_and_title() {
    let inner = || Inner::NoSuchUser {
        id: 1,
        request: "r",
    };
    let titled = Outer::Titled(inner());
    assert_eq!(titled.problem_title(), Some("Lookup failed"));
    // No `type` of its own: the field's, not the enum's.
    assert_eq!(
        titled.problem_type(),
        Some("https://example.com/problems/no-such-user")
    );
    let plain = Outer::Plain(Box::new(inner()));
    assert_eq!(plain.problem_title(), Some("No such user"));
    // A field without a type of its own: the enum's.
    let slow = Outer::Titled(Inner::SlowDown(3));
    assert_eq!(
        slow.problem_type(),
        Some("https://example.com/problems/app")
    );
}

codes_core::codes! {
    /// A family outside HTTP: its 1xx-looking codes are its own.
    #[codes(range = 100..=199, classes(100..=199 Low))]
    enum LowCode {
        /// First.
        101 First = "First",
    }
}

/// A 1xx status, reachable only through a transparent field.
#[derive(Debug, thiserror::Error, Status)]
#[error("early")]
#[status(EarlyHints)]
struct Early;

#[derive(Debug, thiserror::Error, Status, Problem)]
enum Answers {
    #[error(transparent)]
    #[status(transparent)]
    Early(Early),
    #[error("missing")]
    #[status(NotFound)]
    Missing,
}

#[derive(Debug, Status)]
#[status(LowCode::First)]
struct Low;

#[derive(Debug, Status)]
#[status(codes = LowCode)]
enum LowWrapper {
    #[status(transparent)]
    Low(Low),
}

#[test]
fn a_1xx_through_a_transparent_field_is_listed_and_answered_as_500() {
    assert_eq!(
        Answers::Early(Early).status(),
        StatusCode::InternalServerError
    );
    assert_eq!(Answers::Missing.status(), StatusCode::NotFound);
    assert_eq!(
        statuses::<Answers>(),
        [StatusCode::NotFound, StatusCode::InternalServerError]
    );
    // The field's own status is unchanged; only what the wrapper answers.
    assert_eq!(Early.status(), StatusCode::EarlyHints);
    // A family that is not HTTP keeps its codes.
    assert_eq!(LowWrapper::Low(Low).status(), LowCode::First);
    assert_eq!(statuses::<LowWrapper>(), [LowCode::First]);
}

/// The OpenAPI responses describe what is sent: the members and headers of
/// each variant, a transparent variant's field's own, a list field once.
#[test]
fn openapi_describes_what_is_sent() {
    use utoipa::IntoResponses;

    #[allow(dead_code)] // only documented
    #[derive(Debug, thiserror::Error, Status, Problem)]
    enum Documented {
        /// Wrapped.
        #[error(transparent)]
        #[status(transparent)]
        Inner(Inner),
        /// Log in first.
        #[error("log in")]
        #[status(Unauthorized)]
        Login {
            #[problem(header = "www-authenticate")]
            basic: &'static str,
            #[problem(header = "WWW-Authenticate")]
            bearer: &'static str,
        },
        #[error(transparent)]
        #[status(transparent)]
        Early(Early),
    }

    let responses = serde_json::to_value(Documented::responses()).unwrap();
    let keys: Vec<&String> = responses.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["401", "404", "429", "500"]);
    // The inner problem's variant: its description, member and header.
    let not_found = &responses["404"];
    assert_eq!(not_found["description"], "Not Found");
    assert!(not_found["headers"]["x-request-id"].is_object());
    let schema = &not_found["content"]["application/problem+json"]["schema"];
    assert!(
        schema["allOf"][1]["properties"]["id"].is_object(),
        "{schema}"
    );
    assert!(responses["429"]["headers"]["retry-after"].is_object());
    // One header for two fields naming it.
    let login = &responses["401"];
    assert_eq!(login["description"], "Log in first.");
    assert_eq!(login["headers"].as_object().unwrap().len(), 1);
    // The 1xx behind `Early` is answered, and documented, as 500.
    assert_eq!(responses["500"]["description"], "Internal Server Error");
}

/// A generic error's source is logged as a concrete one's is, when the
/// error's own bounds make it an `Error`.
#[derive(Debug, thiserror::Error, Status, Problem)]
enum Failed<E: std::error::Error + 'static> {
    #[error("upstream failed")]
    #[status(BadGateway)]
    Upstream(#[source] E),
}

#[test]
fn a_generic_error_keeps_its_source() {
    let error = Failed::Upstream("x".parse::<u8>().unwrap_err());
    let source = error.problem_source().map(ToString::to_string);
    assert_eq!(source.as_deref(), Some("invalid digit found in string"));
}

/// The known limit: without bounds of its own that make it an `Error`, a
/// generic error's source cannot be found by the derive (thiserror infers
/// its bounds on its own impl, which the derive cannot see), so the log of
/// its answer has no source chain. Declare them, as `Failed` does.
#[derive(Debug, thiserror::Error, Status, Problem)]
enum Loose<E> {
    #[error("upstream failed")]
    #[status(BadGateway)]
    Upstream(#[source] E),
}

#[test]
fn a_generic_error_without_declared_bounds_has_no_source() {
    let error = Loose::Upstream("x".parse::<u8>().unwrap_err());
    assert!(error.problem_source().is_none());
}
