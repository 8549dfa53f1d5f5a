//! Feature `tonic`: derived errors, contracts and `Problem<E>` as gRPC
//! statuses (code, message, `google.rpc` details, metadata), `GrpcCode` with
//! `tonic::Code`, and reasons in problem bodies and OpenAPI documents.

use std::time::Duration;

use codes_core::problem::{
    Headers, IntoProblem, Members, Problem, ProblemDetails, Violation, Violations,
};
use codes_core::{GrpcCode, Problem, Status, StatusCode};
use proptest::prelude::*;
use tonic_types::StatusExt;

#[derive(Debug, thiserror::Error, Status, Problem)]
#[problem(domain = "users.example.com")]
enum UserError {
    #[error("there is no user {0}")]
    #[status(NotFound)]
    #[problem(reason = "USER_NOT_FOUND")]
    NoSuchUser(u64),
    #[error("{email} is already registered")]
    #[status(Conflict)]
    #[problem(reason = "EMAIL_TAKEN", grpc = AlreadyExists)]
    EmailTaken {
        #[problem(member)]
        email: String,
    },
    #[error("the version moved on")]
    #[status(Conflict)]
    Stale,
    #[error("the user breaks {} rule(s)", errors.len())]
    #[status(UnprocessableContent)]
    #[problem(reason = "INVALID_USER")]
    Invalid {
        #[problem(member)]
        errors: Violations,
    },
    #[error("slow down")]
    #[status(TooManyRequests)]
    SlowDown {
        #[problem(header = "retry-after")]
        retry_after: u64,
        #[problem(header = "x-rate-limit")]
        limit: u32,
    },
    #[error("the database at 10.0.0.7 is gone")]
    #[status(ServiceUnavailable)]
    #[problem(reason = "STORE_DOWN")]
    StoreDown,
}

/// A contract-like wrapper: reasons, domains and codes come from the field.
#[derive(Debug, thiserror::Error, Status, Problem)]
enum Wrapper {
    #[error(transparent)]
    #[status(transparent)]
    User(UserError),
}

/// The `ErrorInfo` of `status`, which must have one.
fn error_info(status: &tonic::Status) -> tonic_types::ErrorInfo {
    status
        .check_error_details()
        .unwrap()
        .error_info()
        .unwrap()
        .clone()
}

#[test]
fn the_code_is_the_server_default_unless_the_variant_names_one() {
    let cases = [
        (UserError::NoSuchUser(1), tonic::Code::NotFound),
        (
            UserError::EmailTaken {
                email: "a@b.c".into(),
            },
            tonic::Code::AlreadyExists,
        ),
        (UserError::Stale, tonic::Code::Aborted),
        (
            UserError::Invalid {
                errors: Violations::new(),
            },
            tonic::Code::InvalidArgument,
        ),
        (
            UserError::SlowDown {
                retry_after: 1,
                limit: 2,
            },
            tonic::Code::ResourceExhausted,
        ),
        (UserError::StoreDown, tonic::Code::Unavailable),
    ];
    for (error, code) in cases {
        assert_eq!(error.grpc_code(), GrpcCode::from(code));
        assert_eq!(tonic::Status::from(error).code(), code);
    }
}

#[test]
fn a_reason_is_a_member_of_the_body_and_error_info_of_the_status() {
    let error = UserError::EmailTaken {
        email: "ada@example.com".into(),
    };
    let body: ProblemDetails = serde_json::from_slice(error.answer().body().unwrap()).unwrap();
    assert_eq!(body.extensions["reason"], "EMAIL_TAKEN");
    assert_eq!(body.extensions["email"], "ada@example.com");

    let status = tonic::Status::from(error);
    assert_eq!(status.message(), "ada@example.com is already registered");
    let details = status.check_error_details().unwrap();
    let info = details.error_info().unwrap();
    assert_eq!(info.reason, "EMAIL_TAKEN");
    assert_eq!(info.domain, "users.example.com");
    assert_eq!(info.metadata["email"], "ada@example.com");
    assert!(details.bad_request().is_none());
}

#[test]
fn violations_are_bad_request_field_violations() {
    let mut errors = Violations::new();
    errors.push(Violation::field("name", "must not be empty"));
    errors.push(
        Violation::at(["emails", "0"], "must contain @")
            .with_reason("EMAIL_MALFORMED")
            .unwrap(),
    );
    let status = tonic::Status::from(UserError::Invalid { errors });
    assert_eq!(status.code(), tonic::Code::InvalidArgument);
    let details = status.check_error_details().unwrap();
    let violations = &details.bad_request().unwrap().field_violations;
    assert_eq!(violations.len(), 2);
    assert_eq!(violations[0].field, "name");
    assert_eq!(violations[0].description, "must not be empty");
    assert_eq!(violations[0].reason, "");
    assert_eq!(violations[1].field, "emails[0]");
    assert_eq!(violations[1].reason, "EMAIL_MALFORMED");
    // The list went to BadRequest, not into ErrorInfo's metadata.
    let info = details.error_info().unwrap();
    assert_eq!(info.reason, "INVALID_USER");
    assert!(info.metadata.is_empty(), "{info:?}");
}

#[test]
fn headers_are_metadata_and_retry_after_is_retry_info() {
    let status = tonic::Status::from(UserError::SlowDown {
        retry_after: 30,
        limit: 100,
    });
    let details = status.check_error_details().unwrap();
    assert_eq!(
        details.retry_info().unwrap().retry_delay,
        Some(Duration::from_secs(30))
    );
    assert!(details.error_info().is_none(), "no reason, no members");
    assert_eq!(status.metadata().get("retry-after").unwrap(), "30");
    assert_eq!(status.metadata().get("x-rate-limit").unwrap(), "100");
}

#[test]
fn a_server_error_keeps_its_detail() {
    let status = tonic::Status::from(UserError::StoreDown);
    assert_eq!(status.code(), tonic::Code::Unavailable);
    assert_eq!(status.message(), "Service Unavailable");
    let text = format!("{status:?}");
    assert!(!text.contains("10.0.0.7"), "{text}");
    // The reason is not a secret: clients may act on it.
    let details = status.check_error_details().unwrap();
    assert_eq!(details.error_info().unwrap().reason, "STORE_DOWN");
}

#[test]
fn a_transparent_variant_answers_with_its_field() {
    let status = tonic::Status::from(Wrapper::User(UserError::EmailTaken {
        email: "a@b.c".into(),
    }));
    assert_eq!(status.code(), tonic::Code::AlreadyExists);
    let details = status.check_error_details().unwrap();
    let info = details.error_info().unwrap();
    assert_eq!(info.reason, "EMAIL_TAKEN");
    assert_eq!(info.domain, "users.example.com");
    let wrapped = Wrapper::User(UserError::NoSuchUser(3));
    assert_eq!(wrapped.problem_reason(), Some("USER_NOT_FOUND"));
    assert_eq!(wrapped.grpc_code(), GrpcCode::NotFound);
}

/// Wraps a failure with a reason of its own: the reason and the domain are
/// this type's.
#[derive(Debug, thiserror::Error, Status, Problem)]
#[problem(domain = "api.example.com")]
enum Renamed {
    #[error(transparent)]
    #[status(transparent)]
    #[problem(reason = "ACCOUNT_MISSING")]
    User(UserError),
}

#[test]
fn a_transparent_variant_with_its_own_reason_names_its_own_domain() {
    let status = tonic::Status::from(Renamed::User(UserError::NoSuchUser(1)));
    assert_eq!(status.code(), tonic::Code::NotFound);
    let info = error_info(&status);
    assert_eq!(info.reason, "ACCOUNT_MISSING");
    assert_eq!(info.domain, "api.example.com");
}

#[test]
fn an_answer_without_content_keeps_its_reason_over_grpc() {
    #[derive(Debug, thiserror::Error, Status, Problem)]
    #[error("not modified since")]
    #[status(NotModified)]
    #[problem(reason = "NOT_MODIFIED", grpc = FailedPrecondition)]
    struct NotModified;
    assert_eq!(NotModified.answer().body(), None);
    let status = tonic::Status::from(NotModified);
    assert_eq!(status.code(), tonic::Code::FailedPrecondition);
    let info = error_info(&status);
    assert_eq!(info.reason, "NOT_MODIFIED");

    // Without its own code, a 3xx maps to OK, which an error is never sent as.
    #[derive(Debug, thiserror::Error, Status, Problem)]
    #[error("see there")]
    #[status(SeeOther)]
    struct Elsewhere;
    assert_eq!(tonic::Status::from(Elsewhere).code(), tonic::Code::Unknown);
}

#[test]
fn a_boxed_error_converts_too() {
    fn handler() -> Result<(), tonic::Status> {
        let boxed: Result<(), Box<UserError>> = Err(Box::new(UserError::NoSuchUser(2)));
        boxed?;
        Ok(())
    }
    assert_eq!(handler().unwrap_err().code(), tonic::Code::NotFound);
    fn boxed_problem() -> Result<(), tonic::Status> {
        let boxed: Result<(), Box<Problem<UserError>>> = Err(Box::new(
            Problem::new(UserError::NoSuchUser(3)).with_header("x-request-id", "r1"),
        ));
        boxed?;
        Ok(())
    }
    let status = boxed_problem().unwrap_err();
    assert_eq!(status.code(), tonic::Code::NotFound);
    assert_eq!(status.metadata().get("x-request-id").unwrap(), "r1");
    let error = UserError::NoSuchUser(2);
    assert_eq!(
        codes_core::tonic::status(&error).message(),
        "there is no user 2"
    );
}

#[test]
fn a_problem_adds_to_the_status() {
    let problem = Problem::new(UserError::NoSuchUser(7))
        .with_member("id", &7)
        .with_header("x-request-id", "abc");
    let status = tonic::Status::from(problem);
    assert_eq!(status.code(), tonic::Code::NotFound);
    assert_eq!(status.message(), "there is no user 7");
    let info = error_info(&status);
    assert_eq!(info.reason, "USER_NOT_FOUND");
    assert_eq!(info.metadata["id"], "7");
    assert_eq!(status.metadata().get("x-request-id").unwrap(), "abc");

    let exposed = Problem::new(UserError::StoreDown).expose_server_detail();
    assert_eq!(
        tonic::Status::from(exposed).message(),
        "the database at 10.0.0.7 is gone"
    );
}

#[test]
fn the_domain_is_the_crate_unless_given() {
    #[derive(Debug, thiserror::Error, Status, Problem)]
    #[error("gone")]
    #[status(Gone)]
    #[problem(reason = "GONE_FOR_GOOD")]
    struct Gone;
    assert_eq!(Gone.problem_domain(), Some("codes-workspace"));
    let status = tonic::Status::from(Gone);
    assert_eq!(status.code(), tonic::Code::FailedPrecondition);
    let info = error_info(&status);
    assert_eq!(info.domain, "codes-workspace");
}

#[test]
fn grpc_code_and_tonic_code_convert_both_ways() {
    for code in GrpcCode::iter() {
        let tonic_code = tonic::Code::from(code);
        assert_eq!(tonic_code as i32, i32::from(code.code()), "{code:?}");
        assert_eq!(GrpcCode::from(tonic_code), code);
        assert!(
            !tonic_code.description().is_empty(),
            "{code:?} is a code tonic knows"
        );
    }
    assert_eq!(GrpcCode::iter().count(), 17);
}

/// An error whose hooks are written by hand, with whatever they say.
#[derive(Debug)]
struct HandWritten {
    status: StatusCode,
    reason: String,
    grpc: GrpcCode,
    detail: String,
    member: (String, String),
    header: (String, String),
}

impl std::fmt::Display for HandWritten {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.detail)
    }
}

impl codes_core::Status for HandWritten {
    type Code = StatusCode;
    fn status(&self) -> StatusCode {
        self.status
    }
    fn each_status(f: &mut dyn FnMut(StatusCode)) {
        StatusCode::iter().for_each(f);
    }
}

impl IntoProblem for HandWritten {
    fn problem_reason(&self) -> Option<&str> {
        Some(&self.reason)
    }
    fn grpc_code(&self) -> GrpcCode {
        self.grpc
    }
    fn problem_members(&self, members: &mut Members) {
        members.insert(self.member.0.clone(), &self.member.1);
    }
    fn problem_headers(&self, headers: &mut Headers) {
        headers.insert(self.header.0.clone(), &self.header.1);
    }
}

fn any_status() -> impl Strategy<Value = StatusCode> {
    prop::sample::select(StatusCode::iter().collect::<Vec<_>>())
}

fn any_grpc() -> impl Strategy<Value = GrpcCode> {
    prop::sample::select(GrpcCode::iter().collect::<Vec<_>>())
}

proptest! {
    /// Whatever a hand-written error says, its status is a correct one: never
    /// `OK`, a reason in ErrorInfo only when AIP-193 allows it, the 5xx detail
    /// withheld, every metadata entry a valid one, the details decodable.
    #[test]
    fn any_error_is_a_correct_grpc_status(
        status in any_status(),
        grpc in any_grpc(),
        reason in ".{0,70}|[A-Z][A-Z0-9_]{1,70}",
        detail in ".{0,40}",
        member in ("[a-z]{0,8}|reason|type", ".{0,20}"),
        header in ("[A-Za-z-]{1,12}|grpc-status|retry-after|content-length", "[ -~]{0,20}"),
    ) {
        let status_code = status.code();
        let error = HandWritten { status, reason: reason.clone(), grpc, detail: detail.clone(), member, header };
        let answer = error.answer();
        let status = tonic::Status::from(Problem::new(error));
        prop_assert_ne!(status.code(), tonic::Code::Ok);
        let details = status.check_error_details();
        prop_assert!(details.is_ok(), "{:?}", status);
        let details = details.unwrap();
        let reason_ok = codes_core::problem::rules::reason_refusal(&reason).is_none();
        let sent_reason = details.error_info().map(|i| i.reason.clone()).unwrap_or_default();
        // A 1xx is answered as a plain 500, which says nothing of the error.
        if reason_ok && status_code >= 200 {
            prop_assert_eq!(&sent_reason, &reason);
        } else {
            prop_assert_eq!(&sent_reason, "");
        }
        if answer.status() >= 500 && !detail.is_empty() {
            prop_assert_ne!(status.message(), detail.as_str());
        }
        for key in status.metadata().keys() {
            let name = match key {
                tonic::metadata::KeyRef::Ascii(k) => k.as_str().to_string(),
                tonic::metadata::KeyRef::Binary(k) => k.as_str().to_string(),
            };
            prop_assert!(!name.starts_with("grpc-"), "{}", name);
            prop_assert_ne!(name.as_str(), "content-length");
        }
    }
}

#[test]
fn reasons_are_documented_in_both_openapi_documents() {
    use utoipa::IntoResponses;
    let responses = UserError::responses();
    let json = serde_json::to_value(&responses).unwrap();
    let reasons = &json["409"]["content"]["application/problem+json"]["schema"]["allOf"][1]
        ["properties"]["reason"];
    assert_eq!(
        reasons["enum"],
        serde_json::json!(["EMAIL_TAKEN"]),
        "{json:#}"
    );
    // A 409 may come without a reason (`Stale`), a 404 always has one.
    let extension = |status: &str| {
        json[status]["content"]["application/problem+json"]["schema"]["allOf"][1].clone()
    };
    assert_eq!(extension("409").get("required"), None, "{json:#}");
    assert_eq!(
        extension("404")["required"],
        serde_json::json!(["reason"]),
        "{json:#}"
    );
    let example = &json["404"]["content"]["application/problem+json"]["examples"]["404-1"]["value"];
    assert_eq!(example["reason"], "USER_NOT_FOUND", "{json:#}");

    async fn create() -> Result<axum::Json<u64>, UserError> {
        Ok(axum::Json(1))
    }
    let mut api = aide::openapi::OpenApi::default();
    let _router: axum::Router = aide::axum::ApiRouter::new()
        .api_route("/users", aide::axum::routing::post(create))
        .finish_api(&mut api);
    let text = serde_json::to_string(&api).unwrap();
    assert!(text.contains("EMAIL_TAKEN"), "{text}");
    assert!(text.contains("USER_NOT_FOUND"), "{text}");
}
