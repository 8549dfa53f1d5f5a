//! The answer builder on arbitrary additions: `Problem::new(error)` with
//! `with_header`, `append_header` and `with_member` of arbitrary names and
//! values (and of the names the rules single out, in any case), on a status
//! of the registry or an extension. Every `Answer` keeps its promises: a final
//! status and the code enum's phrase; no field the answer owns but exactly one
//! `Content-Type: application/problem+json` when there is a body; well-formed
//! names and values; a non-list field at most once; no body on 204, 205 and
//! 304; a body whose standard members are the answer's own. What is kept
//! matches a model of the rules (`codes_core::problem::rules`).
#![no_main]

use std::collections::BTreeMap;

use codes_core::problem::{rules, Answer, IntoProblem, Problem, PROBLEM_JSON};
use codes_core::{Status, StatusCode};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

codes_core::codes! {
    /// The registry, and a code of nginx's.
    enum FuzzStatus extends StatusCode {
        /// The client closed the connection before the server answered.
        499 ClientClosedRequest = "Client Closed Request",
    }
}

#[derive(Debug)]
struct FuzzError(FuzzStatus);

impl std::fmt::Display for FuzzError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "fuzz error {}", self.0.code())
    }
}

impl Status for FuzzError {
    type Code = FuzzStatus;
    fn status(&self) -> FuzzStatus {
        self.0
    }
    fn each_status(f: &mut dyn FnMut(FuzzStatus)) {
        FuzzStatus::iter().for_each(f);
    }
}

impl IntoProblem for FuzzError {}

/// Names the rules single out, besides arbitrary ones: every field the
/// answer owns (from the rules themselves, so a field added there is fuzzed
/// too), list fields and singletons.
const OTHER_NAMES: [&str; 5] = [
    "www-authenticate",
    "link",
    "retry-after",
    "location",
    "set-cookie",
];

/// The name `pick` of those, its letters upper-cased where `bits` says so.
fn known(pick: u8, bits: u8) -> String {
    let count = rules::OWNED_FIELDS.len() + OTHER_NAMES.len();
    let name = rules::OWNED_FIELDS
        .iter()
        .chain(&OTHER_NAMES)
        .nth(usize::from(pick) % count)
        .copied()
        .unwrap_or_default();
    name.chars()
        .enumerate()
        .map(|(i, c)| {
            if bits >> (i % 8) & 1 == 1 {
                c.to_ascii_uppercase()
            } else {
                c
            }
        })
        .collect()
}

enum Op {
    Header(String, String),
    Append(String, String),
    Member(String, Value),
}

fn op(kind: u8, pick: u8, name: String, value: String) -> Op {
    match kind % 8 {
        0 => Op::Header(name, value),
        1 => Op::Append(name, value),
        2 => Op::Header(known(pick, kind), value),
        3 | 4 => Op::Append(known(pick, kind), value),
        5 => Op::Member(name, Value::from(value)),
        6 => Op::Member(name, Value::from(i64::from(pick))),
        _ => Op::Member(
            rules::STANDARD_MEMBERS[usize::from(pick) % rules::STANDARD_MEMBERS.len()].to_string(),
            Value::from(value),
        ),
    }
}

/// Status, phrase, fields and body of an answer.
fn parts(answer: &Answer) -> (u16, &'static str, Vec<(&str, &str)>, Option<&[u8]>) {
    (
        answer.status(),
        answer.reason(),
        answer.headers().iter().collect(),
        answer.body(),
    )
}

fuzz_target!(|input: (u8, Vec<(u8, u8, String, String)>)| {
    let (pick, raw) = input;
    let status = FuzzStatus::iter()
        .nth(usize::from(pick) % FuzzStatus::COUNT)
        .unwrap();
    let ops: Vec<Op> = raw
        .into_iter()
        .map(|(kind, pick, name, value)| op(kind, pick, name, value))
        .collect();

    let mut problem = Problem::new(FuzzError(status));
    // A 1xx answers a plain 500 problem: nothing added to it is sent.
    let informational = status.code() < 200;
    // The model: the fields and members the rules keep.
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut members = BTreeMap::new();
    for op in &ops {
        problem = match op {
            Op::Header(name, value) => problem.with_header(name.clone(), value),
            Op::Append(name, value) => problem.append_header(name.clone(), value),
            Op::Member(name, value) => problem.with_member(name.clone(), value),
        };
        match op {
            _ if informational => {}
            Op::Header(name, value) | Op::Append(name, value) => {
                if rules::header_refusal(name).is_some() || !rules::is_field_value(value) {
                    continue;
                }
                if !(matches!(op, Op::Append(..)) && rules::is_list_field(name)) {
                    fields.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
                }
                fields.push((name.to_ascii_lowercase(), value.clone()));
            }
            Op::Member(name, value) => {
                if rules::member_refusal(name).is_none() {
                    members.insert(name.clone(), value.clone());
                }
            }
        }
    }
    let answer = problem.answer();
    let (code, reason, headers, body) = parts(&answer);

    // A final status, and the code enum's phrase of the status sent.
    let expected = if status.code() < 200 {
        FuzzStatus::InternalServerError
    } else {
        status
    };
    assert_eq!((code, reason), (expected.code(), expected.reason()));

    // Well-formed fields; none the answer owns but its Content-Type; a
    // non-list field at most once.
    let mut count = BTreeMap::<String, usize>::new();
    for (name, value) in &headers {
        assert!(rules::is_field_name(name), "{name:?}");
        assert!(rules::is_field_value(value), "{name}: {value:?}");
        assert!(
            !rules::is_owned_field(name) || name.eq_ignore_ascii_case("content-type"),
            "{name}: {value:?}"
        );
        *count.entry(name.to_ascii_lowercase()).or_default() += 1;
    }
    for (name, n) in &count {
        assert!(*n == 1 || rules::is_list_field(name), "{name} {n} times");
    }

    // Content-Type exactly when there is content; none on 204, 205, 304.
    let content = body.filter(|b| !b.is_empty());
    let types: Vec<&str> = headers
        .iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case("content-type"))
        .map(|(_, v)| *v)
        .collect();
    if matches!(code, 204 | 205 | 304) {
        assert!(content.is_none(), "content on a {code}");
        assert!(types.is_empty(), "content-type on a {code}");
    } else {
        assert_eq!(types, [PROBLEM_JSON]);
    }

    // The fields kept are the model's, in order.
    let sent: Vec<(String, String)> = headers
        .iter()
        .filter(|(n, _)| !n.eq_ignore_ascii_case("content-type"))
        .map(|(n, v)| (n.to_ascii_lowercase(), v.to_string()))
        .collect();
    assert_eq!(sent, fields);

    // The body: the answer's own standard members, the model's extensions.
    if let Some(content) = content {
        let body: serde_json::Map<String, Value> = serde_json::from_slice(content).unwrap();
        assert_eq!(body["status"], code);
        assert_eq!(body["title"], reason);
        assert_eq!(body["type"], "about:blank");
        assert_eq!(body.get("instance"), None);
        let detail = (code < 500).then(|| Value::from(format!("fuzz error {}", status.code())));
        assert_eq!(body.get("detail"), detail.as_ref());
        let extensions: BTreeMap<String, Value> = body
            .into_iter()
            .filter(|(name, _)| !rules::is_standard_member(name))
            .collect();
        assert_eq!(extensions, members);
    }
});
