//! serde, http and axum integrations on every code of the registry and of extensions.

use axum::response::IntoResponse;
use codes_core::problem::{Problem, ProblemDetails};
use codes_core::unofficial::UnofficialStatus;
use codes_core::{Status, StatusCode, UnknownCode};
use codes_ext_api::ApiStatus;
use serde::{Deserialize, Serialize};

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Logged {
    status: StatusCode,
    upstream: Option<ApiStatus>,
}

#[test]
fn serde_round_trips_every_code() {
    for status in StatusCode::iter() {
        let json = serde_json::to_string(&status).unwrap();
        assert_eq!(json, status.code().to_string());
        assert_eq!(serde_json::from_str::<StatusCode>(&json).unwrap(), status);
    }
    for status in ApiStatus::iter() {
        let json = serde_json::to_string(&status).unwrap();
        assert_eq!(serde_json::from_str::<ApiStatus>(&json).unwrap(), status);
    }
    let logged = Logged {
        status: StatusCode::BadGateway,
        upstream: Some(ApiStatus::ClientClosedRequest),
    };
    let json = serde_json::to_string(&logged).unwrap();
    assert_eq!(json, r#"{"status":502,"upstream":499}"#);
    assert_eq!(serde_json::from_str::<Logged>(&json).unwrap(), logged);
}

#[test]
fn serde_rejects_unknown_numbers_by_name() {
    let message = |json: &str| {
        serde_json::from_str::<StatusCode>(json)
            .unwrap_err()
            .to_string()
    };
    assert!(message("299").contains("integer `299`, expected a code of StatusCode"));
    assert!(message("70000").contains("integer `70000`"));
    assert!(message("-1").contains("integer `-1`"));
    assert!(message("\"404\"").contains("expected a code of StatusCode"));
    assert!(message("4.04").contains("expected a code of StatusCode"));
    let api = serde_json::from_str::<ApiStatus>("498")
        .unwrap_err()
        .to_string();
    assert!(api.contains("expected a code of ApiStatus"), "{api}");
}

#[test]
fn http_round_trips_every_code() {
    for status in StatusCode::iter() {
        let theirs = http::StatusCode::from(status);
        assert_eq!(theirs.as_u16(), status.code());
        assert_eq!(StatusCode::try_from(theirs), Ok(status));
        assert_eq!(status, theirs);
        assert_eq!(theirs, status);
    }
    for status in UnofficialStatus::iter() {
        let theirs = http::StatusCode::from(status);
        assert_eq!(UnofficialStatus::try_from(theirs), Ok(status));
    }
    // Every number http accepts converts, or is a typed error.
    for n in 100..=999 {
        let theirs = http::StatusCode::from_u16(n).unwrap();
        match StatusCode::try_from(theirs) {
            Ok(ours) => assert_eq!(ours.code(), n),
            Err(e) => assert_eq!(e, UnknownCode::new(n)),
        }
    }
    // Reason phrases agree with http's where http knows the code, except where
    // http still uses pre-RFC 9110 names (which we accept as aliases) or its own spelling.
    let mut differ = Vec::new();
    let mut compared = 0;
    for status in StatusCode::iter() {
        if let Some(reason) = http::StatusCode::from(status).canonical_reason() {
            compared += 1;
            if !status.reason().eq_ignore_ascii_case(reason) {
                differ.push((status.code(), reason));
            }
        }
    }
    assert_eq!(
        differ,
        [
            (203, "Non Authoritative Information"),
            (413, "Payload Too Large"),
            (422, "Unprocessable Entity")
        ]
    );
    assert!(compared > 55);
    // Whatever phrase http writes, we parse it back to the same code.
    for status in StatusCode::iter() {
        if let Some(reason) = http::StatusCode::from(status).canonical_reason() {
            assert_eq!(reason.parse::<StatusCode>(), Ok(status), "{reason}");
        }
    }
}

#[test]
fn enums_are_responses() {
    let response = StatusCode::NoContent.into_response();
    assert_eq!(response.status(), http::StatusCode::NO_CONTENT);
    let response = ApiStatus::ClientClosedRequest.into_response();
    assert_eq!(response.status().as_u16(), 499);
    // The enum's phrase goes on the HTTP/1.1 status line (hyper reads it here).
    let phrase = response
        .extensions()
        .get::<hyper::ext::ReasonPhrase>()
        .unwrap();
    assert_eq!(phrase.as_bytes(), b"Client Closed Request");
    let response = StatusCode::UnprocessableContent.into_response();
    let phrase = response
        .extensions()
        .get::<hyper::ext::ReasonPhrase>()
        .unwrap();
    assert_eq!(phrase.as_bytes(), b"Unprocessable Content");
    // Where hyper's phrase is the registry's, no extension is needed.
    let response = StatusCode::NotFound.into_response();
    assert!(response
        .extensions()
        .get::<hyper::ext::ReasonPhrase>()
        .is_none());
}

#[derive(Debug, Status, codes_core::Problem)]
enum Failure {
    #[status(ServiceUnavailable)]
    Overloaded,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("queue depth 9000 on host db-7")
    }
}

#[test]
fn problems_hide_server_details_unless_asked() {
    let hidden = Problem::new(Failure::Overloaded).with_header("retry-after", 30);
    assert!(hidden.answer().withheld_detail());
    let response = hidden.into_response();
    assert_eq!(response.status(), 503);
    assert_eq!(response.headers()["retry-after"], "30");
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );

    let shown = Problem::new(Failure::Overloaded)
        .expose_server_detail()
        .with_type("https://api.example/problems/overloaded")
        .with_instance("/jobs/17");
    let body = shown.answer().into_body().unwrap();
    assert_eq!(
        String::from_utf8(body.clone()).unwrap(),
        r#"{"type":"https://api.example/problems/overloaded","title":"Service Unavailable","status":503,"detail":"queue depth 9000 on host db-7","instance":"/jobs/17"}"#
    );
    let read: ProblemDetails = serde_json::from_slice(&body).unwrap();
    assert_eq!(
        read.detail.as_deref(),
        Some("queue depth 9000 on host db-7")
    );
    assert!(matches!(shown.into_error(), Failure::Overloaded));
}

/// With `utoipa`, every code enum is a schema: an integer limited to its codes.
#[test]
fn code_enums_are_schemas() {
    use utoipa::{PartialSchema, ToSchema};
    let schema = serde_json::to_value(<StatusCode as PartialSchema>::schema()).unwrap();
    assert_eq!(schema["type"], "integer");
    let codes: Vec<u64> = schema["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap())
        .collect();
    assert_eq!(codes.len(), 64);
    assert!(codes.contains(&404) && !codes.contains(&299));
    assert_eq!(<ApiStatus as ToSchema>::name(), "ApiStatus");
    let api = serde_json::to_value(<ApiStatus as PartialSchema>::schema()).unwrap();
    assert!(api["enum"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!(499)));
    let problem = serde_json::to_value(<ProblemDetails as PartialSchema>::schema()).unwrap();
    assert_eq!(problem["properties"]["status"]["type"], "integer");
}

/// With `utoipa`, every method enum is a schema: a string limited to its
/// tokens, which is what its serde form writes; a DTO with a `Method` field
/// derives `ToSchema`.
#[test]
fn method_enums_are_schemas() {
    use codes_core::Method;
    use utoipa::{PartialSchema, ToSchema};

    codes_core::methods! {
        /// The registry plus a purge.
        pub enum CacheMethod extends Method {
            /// Evicts.
            Purge = "PURGE",
        }
    }

    /// A request a client may replay.
    #[derive(serde::Serialize, utoipa::ToSchema)]
    #[allow(dead_code)]
    struct Replay {
        method: Method,
        path: String,
    }

    let schema = serde_json::to_value(<Method as PartialSchema>::schema()).unwrap();
    assert_eq!(schema["type"], "string");
    let tokens: Vec<&str> = schema["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let expected: Vec<&str> = Method::iter().map(Method::as_str).collect();
    assert_eq!(tokens, expected);
    assert_eq!(<CacheMethod as ToSchema>::name(), "CacheMethod");
    let cache = serde_json::to_value(<CacheMethod as PartialSchema>::schema()).unwrap();
    assert!(cache["enum"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!("PURGE")));
    let replay = serde_json::to_value(<Replay as PartialSchema>::schema()).unwrap();
    assert_eq!(replay["required"], serde_json::json!(["method", "path"]));
    let json = serde_json::to_value(Replay {
        method: Method::Query,
        path: "/users".into(),
    })
    .unwrap();
    assert!(tokens.contains(&json["method"].as_str().unwrap()));
}
