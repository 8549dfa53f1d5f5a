//! The errors the servers answer with: `WireError` (any status of the
//! extension, for `Problem<E>` and its additions) and `Fixture`, a derived
//! error whose variants cover what `#[derive(Problem)]` sends (4xx, 5xx,
//! custom codes, statuses without content, header and member fields, a field
//! repeated, transparent variants).

use codes_core::problem::IntoProblem;
use codes_core::{Problem, Status, StatusCode};
use codes_ext_api::ApiStatus;
use serde_json::{json, Value};

use crate::check::{Content, Expect, ProblemBody};

/// An error with any status of `ApiStatus`: the registry, 499 and 599.
#[derive(Debug)]
pub struct WireError(pub ApiStatus);

impl std::fmt::Display for WireError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "wire error {}", self.0.code())
    }
}

impl std::error::Error for WireError {}

impl Status for WireError {
    type Code = ApiStatus;
    fn status(&self) -> ApiStatus {
        self.0
    }
    fn each_status(f: &mut dyn FnMut(ApiStatus)) {
        ApiStatus::iter().for_each(f);
    }
}

impl IntoProblem for WireError {}

/// A 1xx reached through a transparent field.
#[derive(Debug, thiserror::Error, Status)]
#[error("early hints")]
#[status(EarlyHints)]
pub struct Informational;

/// An inner error with its own problem, forwarded by a transparent variant.
#[derive(Debug, thiserror::Error, Status, Problem)]
pub enum Inner {
    #[error("the token expired")]
    #[status(Forbidden)]
    #[problem(type = "https://example.com/problems/expired", title = "Token expired")]
    Expired {
        #[problem(header = "www-authenticate")]
        challenge: &'static str,
        #[problem(member)]
        expired_at: &'static str,
    },
}

#[derive(Debug, thiserror::Error, Status, Problem)]
#[status(codes = ApiStatus)]
pub enum Fixture {
    #[error("there is no user {id}")]
    #[status(NotFound)]
    #[problem(
        type = "https://example.com/problems/no-such-user",
        title = "No such user"
    )]
    NoSuchUser {
        #[problem(member)]
        id: u64,
    },
    #[error("{} rule(s) broken", errors.len())]
    #[status(UnprocessableContent)]
    Invalid {
        #[problem(member)]
        errors: Vec<&'static str>,
        #[problem(member = "fieldCount")]
        count: u32,
    },
    #[error("more than {limit} a minute")]
    #[status(TooManyRequests)]
    SlowDown {
        #[problem(header = "retry-after")]
        retry_after: u32,
        #[problem(member)]
        limit: u32,
    },
    #[error("who are you?")]
    #[status(Unauthorized)]
    Unauthenticated {
        #[problem(header = "www-authenticate")]
        basic: &'static str,
        #[problem(header = "www-authenticate")]
        bearer: &'static str,
    },
    #[error("gone for good")]
    #[status(Gone)]
    Moved {
        #[problem(header = "link")]
        first: &'static str,
        #[problem(header = "link")]
        second: &'static str,
        #[problem(member)]
        successor: Value,
    },
    #[error("not a method of this resource")]
    #[status(MethodNotAllowed)]
    WrongMethod {
        #[problem(header = "allow")]
        allow: &'static str,
    },
    #[error("the backend at 10.0.0.7 is down")]
    #[status(ServiceUnavailable)]
    Down {
        #[problem(header = "retry-after")]
        retry_after: u32,
        #[problem(member)]
        backend: &'static str,
    },
    #[error("internal")]
    #[status(InternalServerError)]
    Internal,
    #[error("the client went away")]
    #[status(ClientClosedRequest)]
    Cancelled,
    #[error("the upstream did not connect")]
    #[status(NetworkConnectTimeout)]
    ConnectTimeout,
    #[error("nothing to say")]
    #[status(NoContent)]
    Nothing {
        #[problem(header = "etag")]
        etag: &'static str,
        #[problem(member)]
        ignored: u32,
    },
    #[error("reset the form")]
    #[status(ResetContent)]
    Reset {
        #[problem(member)]
        ignored: u32,
    },
    #[error("not modified")]
    #[status(NotModified)]
    Cached {
        #[problem(header = "etag")]
        etag: &'static str,
    },
    #[error("queued")]
    #[status(Accepted)]
    Queued {
        #[problem(header = "location")]
        location: &'static str,
        #[problem(member)]
        position: u32,
    },
    #[error(transparent)]
    #[status(transparent)]
    Forwarded(Inner),
    #[error(transparent)]
    #[status(transparent)]
    Early(Informational),
    #[error("{0}")]
    #[status(transparent)]
    Code(StatusCode),
}

fn problem(members: Vec<(&str, Value)>, detail: Option<&str>) -> Content {
    Content::Problem(ProblemBody {
        type_uri: None,
        title: None,
        detail: detail.map(str::to_string),
        members: members
            .into_iter()
            .map(|(n, v)| (n.to_string(), v))
            .collect(),
        exact: true,
    })
}

fn fields(list: &[(&str, &[&str])]) -> Vec<(String, Vec<String>)> {
    list.iter()
        .map(|(n, v)| (n.to_string(), v.iter().map(|v| v.to_string()).collect()))
        .collect()
}

/// Every fixture answer, with what it must send.
pub fn fixtures() -> Vec<(Fixture, Expect)> {
    let mut all = Vec::new();
    let mut add = |error: Fixture, status: ApiStatus, content: Content, f: &[(&str, &[&str])]| {
        let mut expect = Expect::new(status.code(), status.reason(), content);
        expect.fields = fields(f);
        all.push((error, expect));
    };
    add(
        Fixture::NoSuchUser { id: 7 },
        ApiStatus::NotFound,
        Content::Problem(ProblemBody {
            type_uri: Some("https://example.com/problems/no-such-user".into()),
            title: Some("No such user".into()),
            detail: Some("there is no user 7".into()),
            members: vec![("id".into(), json!(7))],
            exact: true,
        }),
        &[],
    );
    add(
        Fixture::Invalid {
            errors: vec!["name", "email"],
            count: 2,
        },
        ApiStatus::UnprocessableContent,
        problem(
            vec![
                ("errors", json!(["name", "email"])),
                ("fieldCount", json!(2)),
            ],
            Some("2 rule(s) broken"),
        ),
        &[],
    );
    add(
        Fixture::SlowDown {
            retry_after: 30,
            limit: 100,
        },
        ApiStatus::TooManyRequests,
        problem(vec![("limit", json!(100))], Some("more than 100 a minute")),
        &[("retry-after", &["30"])],
    );
    add(
        Fixture::Unauthenticated {
            basic: "Basic realm=\"api\"",
            bearer: "Bearer realm=\"api\"",
        },
        ApiStatus::Unauthorized,
        problem(vec![], Some("who are you?")),
        &[(
            "www-authenticate",
            &["Basic realm=\"api\"", "Bearer realm=\"api\""],
        )],
    );
    add(
        Fixture::Moved {
            first: "</v2/users>; rel=\"successor-version\"",
            second: "</docs>; rel=\"help\"",
            successor: json!({"href": "/v2/users", "since": 2026}),
        },
        ApiStatus::Gone,
        problem(
            vec![("successor", json!({"href": "/v2/users", "since": 2026}))],
            Some("gone for good"),
        ),
        &[(
            "link",
            &[
                "</v2/users>; rel=\"successor-version\"",
                "</docs>; rel=\"help\"",
            ],
        )],
    );
    add(
        Fixture::WrongMethod { allow: "GET, HEAD" },
        ApiStatus::MethodNotAllowed,
        problem(vec![], Some("not a method of this resource")),
        &[("allow", &["GET, HEAD"])],
    );
    add(
        Fixture::Down {
            retry_after: 120,
            backend: "exports",
        },
        ApiStatus::ServiceUnavailable,
        problem(vec![("backend", json!("exports"))], None),
        &[("retry-after", &["120"])],
    );
    add(
        Fixture::Internal,
        ApiStatus::InternalServerError,
        problem(vec![], None),
        &[],
    );
    add(
        Fixture::Cancelled,
        ApiStatus::ClientClosedRequest,
        problem(vec![], Some("the client went away")),
        &[],
    );
    add(
        Fixture::ConnectTimeout,
        ApiStatus::NetworkConnectTimeout,
        problem(vec![], None),
        &[],
    );
    add(
        Fixture::Nothing {
            etag: "\"v1\"",
            ignored: 1,
        },
        ApiStatus::NoContent,
        Content::None,
        &[("etag", &["\"v1\""])],
    );
    add(
        Fixture::Reset { ignored: 1 },
        ApiStatus::ResetContent,
        Content::Empty,
        &[],
    );
    add(
        Fixture::Cached { etag: "\"v2\"" },
        ApiStatus::NotModified,
        Content::None,
        &[("etag", &["\"v2\""])],
    );
    add(
        Fixture::Queued {
            location: "/queue/9",
            position: 3,
        },
        ApiStatus::Accepted,
        problem(vec![("position", json!(3))], Some("queued")),
        &[("location", &["/queue/9"])],
    );
    add(
        Fixture::Forwarded(Inner::Expired {
            challenge: "Bearer error=\"invalid_token\"",
            expired_at: "2026-12-01T00:00:00Z",
        }),
        ApiStatus::Forbidden,
        Content::Problem(ProblemBody {
            type_uri: Some("https://example.com/problems/expired".into()),
            title: Some("Token expired".into()),
            detail: Some("the token expired".into()),
            members: vec![("expired_at".into(), json!("2026-12-01T00:00:00Z"))],
            exact: true,
        }),
        &[("www-authenticate", &["Bearer error=\"invalid_token\""])],
    );
    add(
        Fixture::Early(Informational),
        ApiStatus::InternalServerError,
        problem(vec![], None),
        &[],
    );
    for code in [100, 101, 103, 204, 205, 304, 418, 451, 511] {
        let status = StatusCode::from_code(code).expect("a registry code");
        let (sent, content) = expected_status(status.into());
        let content = match content {
            Content::Empty if code != 205 => Content::None,
            Content::Empty => Content::Empty,
            _ => problem(
                vec![],
                (sent.code() < 500).then(|| status.to_string()).as_deref(),
            ),
        };
        add(Fixture::Code(status), sent, content, &[]);
    }
    all
}

/// The status a problem of `status` is sent with (a 1xx is no final answer:
/// 500), and its content kind: `Empty` for 204, 205 and 304 (no problem body),
/// a problem otherwise.
pub fn expected_status(status: ApiStatus) -> (ApiStatus, Content) {
    match status.code() {
        ..=199 => (
            ApiStatus::InternalServerError,
            Content::Problem(ProblemBody::default()),
        ),
        204 | 205 | 304 => (status, Content::Empty),
        _ => (status, Content::Problem(ProblemBody::default())),
    }
}
