//! The generated sections: proptest's statuses, header names and values and
//! member names and values on `Problem<E>` (hostile ones included), and a
//! handler's texts through both `problems` layers. Every generated answer
//! passes the checks every listed one does.

use codes_core::problem::rules;
use codes_ext_api::ApiStatus;
use proptest::prelude::*;
use serde_json::Value;

use crate::check::{self, Expect, Request};
use crate::serve::{register, Case, Framework, Op};
use crate::{case_request, plain_problem, problem_cases, Failure, Suite};

/// Header names: tokens, owned and list fields in any case, hostile bytes.
fn field_name() -> impl Strategy<Value = String> {
    let known: Vec<&str> = rules::OWNED_FIELDS
        .iter()
        .chain(rules::LIST_FIELDS.iter())
        .chain(["retry-after", "location", "etag", "x-request-id"].iter())
        .copied()
        .collect();
    let cased = (proptest::sample::select(known), any::<u64>())
        .prop_map(|(name, bits)| crate::support::cased(name, bits));
    prop_oneof![
        3 => "[A-Za-z0-9!#$%&'*+.^_`|~-]{1,16}",
        3 => cased,
        2 => "[a-z-]{0,4}[\\x00\\r\\n\\t :\"(),/\u{e9}\u{7f}\u{1f600}]{1,2}[a-z-]{0,4}",
        1 => Just(String::new()),
    ]
    .prop_filter("the server writes its own Date", |name| {
        !name.eq_ignore_ascii_case("date")
    })
}

/// Header values: visible ASCII with inner spaces, and hostile bytes.
fn field_value() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[!-~]([ \t!-~]{0,20}[!-~])?",
        1 => Just(String::new()),
        3 => "[ -~]{0,6}[\\x00\\r\\n\\t \u{e9}\u{7f}]{1,2}[ -~]{0,6}",
        1 => "\\PC{0,10}",
    ]
}

fn member_name() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => proptest::sample::select(rules::STANDARD_MEMBERS.to_vec()).prop_map(String::from),
        1 => Just(String::new()),
        3 => "[a-zA-Z_]{1,10}",
        2 => "\\PC{0,8}",
    ]
}

fn member_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<i64>().prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
        any::<bool>().prop_map(Value::from),
        Just(Value::Null),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (field_name(), field_value()).prop_map(|(n, v)| Op::Header(n, v)),
        (field_name(), field_value()).prop_map(|(n, v)| Op::Append(n, v)),
        (member_name(), member_value()).prop_map(|(n, v)| Op::Member(n, v)),
    ]
}

/// Runs proptest's cases of `strategy`: each value gives exchanges (a label,
/// a request, what to expect), made with both frameworks. The minimal
/// failing input, if any, is kept as a failure of `section`.
fn run_generated<S: Strategy>(
    suite: &mut Suite,
    section: &'static str,
    cases: u32,
    strategy: S,
    exchanges: impl Fn(&S::Value) -> Vec<(&'static str, Request, Expect)>,
) where
    S::Value: std::fmt::Debug,
{
    use proptest::test_runner::{Config, TestCaseError, TestError, TestRunner};

    let config = Config {
        cases,
        max_shrink_iters: 256,
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let (axum, actix) = (
        suite.address(Framework::Axum),
        suite.address(Framework::Actix),
    );
    let runtime = &suite.runtime;
    let count = std::cell::Cell::new(0);
    let result = runner.run(&strategy, |value| {
        let mut violations = Vec::new();
        for (how, request, expect) in exchanges(&value) {
            for (framework, address) in [(Framework::Axum, axum), (Framework::Actix, actix)] {
                let (bytes, failure) = runtime.block_on(check::exchange(address, &request));
                count.set(count.get() + 1);
                for violation in check::verify(&bytes, failure, &request, &expect) {
                    violations.push(format!("[{}{how}] {violation}", framework.name()));
                }
            }
        }
        if violations.is_empty() {
            Ok(())
        } else {
            Err(TestCaseError::fail(violations.join("\n      ")))
        }
    });
    *suite.checked.entry(section).or_default() += count.get();
    let violations = match result {
        Ok(()) => return,
        Err(TestError::Fail(reason, value)) => {
            vec![format!("minimal failing input: {value:?}\n      {reason}")]
        }
        Err(e) => vec![e.to_string()],
    };
    suite.failures.push(Failure {
        section,
        label: "proptest".into(),
        framework: "axum+actix",
        request: "generated".into(),
        violations,
    });
}

/// How many cases each generated section runs (`WIRE_CASES`, 64 by default).
fn generated_cases() -> u32 {
    std::env::var("WIRE_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(64)
}

/// proptest's statuses, headers and members on `Problem<E>`, as a handler's
/// error and through `answer_response`.
pub fn problems(suite: &mut Suite) {
    let statuses: Vec<ApiStatus> = ApiStatus::iter().collect();
    let strategy = (
        proptest::sample::select(statuses),
        proptest::collection::vec(op(), 0..8),
        proptest::sample::select(vec!["GET", "GET", "GET", "HEAD"]),
    );
    run_generated(
        suite,
        "generated",
        generated_cases(),
        strategy,
        |(status, ops, method)| {
            problem_cases(*status, ops)
                .into_iter()
                .map(|(id, expect, how)| (how, case_request(method, id, false), expect))
                .collect()
        },
    );
}

/// proptest's texts of a handler's 4xx and 5xx answers, through both layers:
/// a problem with the registry's phrase, the text (trimmed) as `detail` but
/// for a 5xx.
pub fn layer(suite: &mut Suite) {
    let statuses: Vec<ApiStatus> = ApiStatus::iter()
        .filter(|s| s.code() >= 400 && codes_core::StatusCode::from_code(s.code()).is_some())
        .collect();
    let text = prop_oneof![
        3 => "\\PC{0,40}",
        2 => "[ \t\r\n]{0,3}[!-~]{1,20}[ \t\r\n]{0,3}",
        1 => "[\\x00-\\x1f\"\\\\{}]{0,10}",
        1 => Just(String::new()),
    ];
    let strategy = (proptest::sample::select(statuses), text);
    run_generated(
        suite,
        "generated",
        generated_cases() / 2,
        strategy,
        |(status, text)| {
            let id = register(Case::Text(status.code(), text.clone()));
            let trimmed = text.trim();
            let detail = (status.code() < 500 && !trimmed.is_empty()).then(|| trimmed.to_string());
            let expect = Expect::new(status.code(), status.reason(), plain_problem(detail));
            vec![(" through the layer", case_request("GET", id, true), expect)]
        },
    );
}
