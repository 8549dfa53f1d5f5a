//! `codes_core::problem::{Violation, Violations}`: validation errors as JSON
//! Pointers with a detail and a reason, sent as the `errors` member of a 422,
//! read back with the same checks, and documented by utoipa and aide.

use codes_core::problem::{IntoProblem, ProblemDetails, Violation, ViolationError, Violations};
use codes_core::{Problem, Status};
use proptest::prelude::*;
use serde_json::{json, Value};

/// Some fields of the new account are not valid.
#[derive(Debug, thiserror::Error, Status, Problem)]
#[error("the account was not created")]
#[status(UnprocessableContent)]
#[problem(type = "https://example.com/problems/invalid-account")]
pub struct InvalidAccount {
    #[problem(member = "errors")]
    pub errors: Violations,
}

/// The segments of a pointer, unescaped as RFC 6901 says (`~1` first, then
/// `~0`), written here apart from the crate's own code.
fn segments(pointer: &str) -> Vec<String> {
    if pointer.is_empty() {
        return Vec::new();
    }
    pointer[1..]
        .split('/')
        .map(|token| token.replace("~1", "/").replace("~0", "~"))
        .collect()
}

fn path(pointer: &str) -> String {
    Violation::new(pointer, "x").unwrap().field_path()
}

#[test]
fn segments_are_escaped() {
    assert_eq!(Violation::field("email", "taken").pointer(), "/email");
    assert_eq!(Violation::field("a/b~c", "x").pointer(), "/a~1b~0c");
    assert_eq!(Violation::field("", "x").pointer(), "/");
    assert_eq!(Violation::field(7, "x").pointer(), "/7");
    assert_eq!(
        Violation::at(["addresses", "0", "street"], "x").pointer(),
        "/addresses/0/street"
    );
    assert_eq!(Violation::at([1, 2], "x").pointer(), "/1/2");
    assert_eq!(Violation::at(["~1"], "x").pointer(), "/~01");
    assert_eq!(Violation::at(Vec::<&str>::new(), "x").pointer(), "");
    let violation = Violation::field("name", "must not be empty");
    assert_eq!(violation.detail(), "must not be empty");
    assert_eq!(violation.reason(), None);
}

#[test]
fn pointers_are_checked() {
    for good in [
        "",
        "/",
        "//",
        "/a~0b~1c",
        "/items/0/name",
        "/caf\u{e9}",
        "/a b",
    ] {
        let violation = Violation::new(good, "x").unwrap();
        assert_eq!(violation.pointer(), good);
    }
    for bad in ["email", "#/age", "/a~", "/a~2", "/~~0", " /a"] {
        match Violation::new(bad, "x") {
            Err(ViolationError::Pointer { value, reason }) => {
                assert_eq!(value, bad);
                assert!(!reason.is_empty());
            }
            other => panic!("{bad:?}: {other:?}"),
        }
    }
    let refused = Violation::new("#/age", "x").unwrap_err();
    let message = refused.to_string();
    assert!(message.contains("#/age"), "{message}");
    let _: &dyn std::error::Error = &refused;
}

#[test]
fn reasons_are_checked() {
    let violation = Violation::field("email", "taken")
        .with_reason("EMAIL_TAKEN")
        .unwrap();
    assert_eq!(violation.reason(), Some("EMAIL_TAKEN"));
    // A second reason replaces the first.
    let violation = violation.with_reason("EMAIL_IN_USE").unwrap();
    assert_eq!(violation.reason(), Some("EMAIL_IN_USE"));
    let too_long = "A".repeat(64);
    for bad in [
        "",
        "A",
        "email_taken",
        "EMAIL_TAKEN_",
        "1EMAIL",
        "EMAIL-TAKEN",
        &too_long,
    ] {
        match Violation::field("email", "taken").with_reason(bad) {
            Err(ViolationError::Reason { value, reason }) => {
                assert_eq!(value, bad);
                assert_eq!(
                    Some(reason),
                    codes_core::problem::rules::reason_refusal(bad)
                );
            }
            other => panic!("{bad:?}: {other:?}"),
        }
    }
    assert!(Violation::field("email", "taken")
        .with_reason(&"A".repeat(63))
        .is_ok());
}

#[test]
fn field_paths() {
    assert_eq!(path(""), "");
    assert_eq!(path("/email"), "email");
    assert_eq!(path("/address/0/street"), "address[0].street");
    assert_eq!(
        path("/email_addresses/3/type/2"),
        "email_addresses[3].type[2]"
    );
    assert_eq!(path("/labels/my-key"), "labels.`my-key`");
    assert_eq!(path("/labels/a.b"), "labels.`a.b`");
    assert_eq!(path("/labels/a`b"), "labels.`a``b`");
    assert_eq!(path("/a~1b/c~0d"), "`a/b`.`c~d`");
    // The first segment is never an index; `07` is a key (RFC 6901 writes
    // indices without a leading zero); an empty segment is quoted.
    assert_eq!(path("/0/name"), "`0`.name");
    assert_eq!(path("/items/07"), "items.`07`");
    assert_eq!(path("/items/10"), "items[10]");
    assert_eq!(path("/"), "``");
    assert_eq!(path("/a//b"), "a.``.b");
    assert_eq!(path("/_x9/caf\u{e9}"), "_x9.`caf\u{e9}`");
}

#[test]
fn serde_round_trip() {
    let violation = Violation::field("email", "is already registered")
        .with_reason("EMAIL_TAKEN")
        .unwrap();
    let value = serde_json::to_value(&violation).unwrap();
    assert_eq!(
        value,
        json!({"pointer": "/email", "detail": "is already registered", "reason": "EMAIL_TAKEN"})
    );
    assert_eq!(
        serde_json::from_value::<Violation>(value).unwrap(),
        violation
    );
    let plain = Violation::at(["a/b", "0"], "x");
    let value = serde_json::to_value(&plain).unwrap();
    assert_eq!(value, json!({"pointer": "/a~1b/0", "detail": "x"}));
    assert_eq!(serde_json::from_value::<Violation>(value).unwrap(), plain);
    // Unknown members are ignored; a null reason is none.
    let read: Violation =
        serde_json::from_value(json!({"pointer": "", "detail": "x", "reason": null, "more": [1]}))
            .unwrap();
    assert_eq!(read, Violation::new("", "x").unwrap());

    let errors: Violations = [violation, plain].into_iter().collect();
    let text = serde_json::to_string(&errors).unwrap();
    assert!(text.starts_with('['), "{text}");
    assert_eq!(serde_json::from_str::<Violations>(&text).unwrap(), errors);
    assert_eq!(serde_json::to_value(Violations::new()).unwrap(), json!([]));
}

#[test]
fn bad_input_is_a_serde_error() {
    for bad in [
        json!({"pointer": "email", "detail": "x"}),
        json!({"pointer": "/a~2", "detail": "x"}),
        json!({"pointer": "/email", "detail": "x", "reason": "taken"}),
        json!({"pointer": "/email"}),
        json!({"detail": "x"}),
        json!({"pointer": 1, "detail": "x"}),
        json!("/email"),
        json!(["/email", "x"]),
        json!(null),
    ] {
        assert!(
            serde_json::from_value::<Violation>(bad.clone()).is_err(),
            "{bad}"
        );
    }
    let error = serde_json::from_value::<Violation>(json!({"pointer": "#/age", "detail": "x"}))
        .unwrap_err()
        .to_string();
    assert!(error.contains("JSON Pointer"), "{error}");
    assert!(serde_json::from_str::<Violation>(
        r#"{"pointer": "/a", "pointer": "/b", "detail": "x"}"#
    )
    .is_err());
    assert!(serde_json::from_value::<Violations>(json!({"pointer": "/a", "detail": "x"})).is_err());
    assert!(
        serde_json::from_value::<Violations>(json!([{"pointer": "a", "detail": "x"}])).is_err()
    );
}

#[test]
fn the_list() {
    let mut errors = Violations::default();
    assert!(errors.is_empty());
    errors.push(Violation::field("a", "x"));
    errors.extend([Violation::field("b", "y"), Violation::field("c", "z")]);
    assert_eq!(errors.len(), 3);
    assert!(!errors.is_empty());
    let pointers: Vec<&str> = errors.iter().map(Violation::pointer).collect();
    assert_eq!(pointers, ["/a", "/b", "/c"]);
    let mut count = 0;
    for violation in &errors {
        assert!(!violation.detail().is_empty());
        count += 1;
    }
    assert_eq!(count, 3);
    let copy = errors.clone();
    assert_eq!(copy, errors);
    let details: Vec<String> = errors
        .into_iter()
        .map(|violation| violation.detail().to_owned())
        .collect();
    assert_eq!(details, ["x", "y", "z"]);
    assert_eq!(Violations::new(), Violations::default());
}

#[test]
fn a_member_of_a_422_problem() {
    let errors = Violations::from_iter([
        Violation::field("email", "is already registered")
            .with_reason("EMAIL_TAKEN")
            .unwrap(),
        Violation::at(["addresses", "0", "zip"], "is not a postal code"),
    ]);
    let answer = InvalidAccount {
        errors: errors.clone(),
    }
    .answer();
    assert_eq!(answer.status(), 422);
    assert_eq!(
        answer.header("content-type"),
        Some("application/problem+json")
    );
    let body: ProblemDetails = serde_json::from_slice(answer.body().unwrap()).unwrap();
    assert_eq!(body.status, Some(422));
    assert_eq!(
        body.type_uri.as_deref(),
        Some("https://example.com/problems/invalid-account")
    );
    assert_eq!(body.detail.as_deref(), Some("the account was not created"));
    assert_eq!(
        body.extensions["errors"],
        json!([
            {"pointer": "/email", "detail": "is already registered", "reason": "EMAIL_TAKEN"},
            {"pointer": "/addresses/0/zip", "detail": "is not a postal code"},
        ])
    );
    let read: Violations = serde_json::from_value(body.extensions["errors"].clone()).unwrap();
    assert_eq!(read, errors);
}

/// The schema of one violation, as both generators must give it.
fn assert_violation_schema(schema: &Value) {
    assert_eq!(schema["type"], "object", "{schema}");
    let mut required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap_or_else(|| panic!("{schema}"))
        .iter()
        .map(|name| name.as_str().unwrap())
        .collect();
    required.sort_unstable();
    assert_eq!(required, ["detail", "pointer"], "{schema}");
    let properties = &schema["properties"];
    assert_eq!(properties["pointer"]["type"], "string", "{schema}");
    assert_eq!(properties["pointer"]["format"], "json-pointer", "{schema}");
    assert!(properties["pointer"]["description"].is_string(), "{schema}");
    assert_eq!(properties["detail"]["type"], "string", "{schema}");
    assert_eq!(properties["reason"]["type"], "string", "{schema}");
    assert_eq!(
        properties["reason"]["pattern"], "^[A-Z][A-Z0-9_]+[A-Z0-9]$",
        "{schema}"
    );
    assert_eq!(properties["reason"]["maxLength"], 63, "{schema}");
}

/// A `$ref` in `document` followed, anything else as it is.
fn resolve<'a>(document: &'a Value, schema: &'a Value) -> &'a Value {
    match schema["$ref"].as_str() {
        Some(reference) => document
            .pointer(reference.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("{reference} is not in the document")),
        None => schema,
    }
}

/// Signs a user up (documentation only).
#[utoipa::path(post, path = "/accounts", responses((status = 201, description = "Created"), InvalidAccount))]
#[allow(dead_code)]
async fn sign_up() {}

#[derive(utoipa::OpenApi)]
#[openapi(paths(sign_up), components(schemas(Violation, Violations)))]
struct UtoipaDoc;

#[test]
fn utoipa_documents_the_member() {
    use utoipa::{OpenApi, PartialSchema, ToSchema};
    assert_eq!(Violation::name(), "Violation");
    assert_eq!(Violations::name(), "Violations");
    assert_violation_schema(&serde_json::to_value(Violation::schema()).unwrap());
    let list = serde_json::to_value(Violations::schema()).unwrap();
    assert_eq!(list["type"], "array", "{list}");
    assert_violation_schema(&list["items"]);

    let document = serde_json::to_value(UtoipaDoc::openapi()).unwrap();
    let media = &document["paths"]["/accounts"]["post"]["responses"]["422"]["content"]
        ["application/problem+json"];
    let errors = &media["schema"]["allOf"][1]["properties"]["errors"];
    assert_eq!(errors["type"], "array", "{media}");
    assert_violation_schema(resolve(&document, &errors["items"]));
    // Registered as components too, under their names.
    assert_violation_schema(&document["components"]["schemas"]["Violation"]);
    assert_eq!(
        document["components"]["schemas"]["Violations"]["type"],
        "array"
    );
}

async fn create_account(
) -> Result<codes_core::route::success::Created<axum::Json<()>>, InvalidAccount> {
    Err(InvalidAccount {
        errors: Violations::new(),
    })
}

#[test]
fn aide_documents_the_member() {
    use aide::axum::ApiRouter;
    let mut api = aide::openapi::OpenApi::default();
    let _router: axum::Router = ApiRouter::new()
        .api_route("/accounts", aide::axum::routing::post(create_account))
        .finish_api(&mut api);
    let document = serde_json::to_value(&api).unwrap();
    let media = &document["paths"]["/accounts"]["post"]["responses"]["422"]["content"]
        ["application/problem+json"];
    let errors = resolve(
        &document,
        &media["schema"]["allOf"][1]["properties"]["errors"],
    );
    assert_eq!(errors["type"], "array", "{document}");
    assert_violation_schema(resolve(&document, &errors["items"]));

    // schemars alone, as any other generator would use it.
    let schema = serde_json::to_value(schemars::schema_for!(Violations)).unwrap();
    assert_eq!(schema["type"], "array", "{schema}");
    assert_violation_schema(resolve(&schema, &schema["items"]));
    let schema = serde_json::to_value(schemars::schema_for!(Violation)).unwrap();
    assert_violation_schema(&schema);
}

proptest! {
    /// Any segments make a pointer `new` accepts, which unescapes back to them.
    #[test]
    fn built_pointers_are_valid(segments_in in proptest::collection::vec(any::<String>(), 0..6)) {
        let built = Violation::at(&segments_in, "x");
        let again = Violation::new(built.pointer(), "x");
        prop_assert_eq!(again.as_ref().map(Violation::pointer), Ok(built.pointer()));
        prop_assert_eq!(segments(built.pointer()), segments_in.clone());
        if let [only] = segments_in.as_slice() {
            let field = Violation::field(only, "x");
            prop_assert_eq!(field.pointer(), built.pointer());
        }
        let _ = built.field_path();
    }

    /// `new` never panics: a pointer or a typed refusal.
    #[test]
    fn new_never_panics(pointer in any::<String>()) {
        match Violation::new(pointer.clone(), "x") {
            Ok(violation) => {
                prop_assert_eq!(violation.pointer(), pointer.as_str());
                let _ = violation.field_path();
            }
            Err(ViolationError::Pointer { value, .. }) => prop_assert_eq!(value, pointer),
            Err(other) => prop_assert!(false, "{other:?}"),
        }
    }

    /// Pointers made of the characters that matter, to reach every case.
    #[test]
    fn new_never_panics_on_pointer_like_text(pointer in "[/~01a`._-]{0,12}") {
        if let Ok(violation) = Violation::new(pointer.clone(), "x") {
            let path = violation.field_path();
            prop_assert_eq!(path.is_empty(), pointer.is_empty());
        }
    }

    /// Reading any JSON string never panics: as a violation, a list, or a
    /// violation's pointer and reason.
    #[test]
    fn deserializing_never_panics(text in any::<String>(), reason in any::<String>()) {
        prop_assert!(serde_json::from_value::<Violation>(Value::String(text.clone())).is_err());
        prop_assert!(serde_json::from_value::<Violations>(Value::String(text.clone())).is_err());
        let _ = serde_json::from_str::<Violation>(&text);
        let read = serde_json::from_value::<Violation>(
            json!({"pointer": text, "detail": "x", "reason": reason}),
        );
        let expected = Violation::new(text.clone(), "x").and_then(|v| v.with_reason(&reason));
        prop_assert_eq!(read.is_ok(), expected.is_ok());
        if let Ok(read) = read {
            let _ = read.field_path();
        }
    }
}
