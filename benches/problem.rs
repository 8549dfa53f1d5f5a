//! Errors as answers: a `#[derive(Status, Problem)]` error against the same
//! error written by hand (a `match` for the status, an `impl IntoResponse`
//! building the same problem+json with serde_json), and against the same
//! failures as their own types answered through a route contract
//! (`contracts!`), in the same process.
//!
//! ```text
//! cargo bench --bench problem
//! python3 scripts/bench_ratios.py     # ratios from target/criterion
//! ```

use std::fmt;
use std::hint::black_box;

use axum_core::response::{IntoResponse, Response};
use codes_core::{Problem, Status, StatusCode};
use criterion::{criterion_group, criterion_main, Criterion};

/// The error as the derive sees it.
#[derive(Debug, Status, Problem)]
enum Derived {
    #[status(NotFound)]
    NoSuchUser(u64),
    #[status(Conflict)]
    Taken(String),
    #[status(UnprocessableContent)]
    Invalid {
        #[problem(member)]
        errors: Vec<&'static str>,
    },
    #[status(TooManyRequests)]
    SlowDown {
        #[problem(header = "retry-after")]
        retry_after: u32,
    },
    #[status(ServiceUnavailable)]
    Down,
}

/// The same error, by hand.
#[derive(Debug)]
enum Hand {
    NoSuchUser(u64),
    Taken(String),
    Invalid { errors: Vec<&'static str> },
    SlowDown { retry_after: u32 },
    Down,
}

macro_rules! display {
    ($t:ident) => {
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    $t::NoSuchUser(id) => write!(f, "there is no user {id}"),
                    $t::Taken(email) => write!(f, "{email} is already registered"),
                    $t::Invalid { errors } => write!(f, "{} rules broken", errors.len()),
                    $t::SlowDown { .. } => f.write_str("too many requests"),
                    $t::Down => f.write_str("the store at 10.0.0.7 is down"),
                }
            }
        }
    };
}
display!(Derived);
display!(Hand);

impl Hand {
    fn status(&self) -> http::StatusCode {
        match self {
            Hand::NoSuchUser(_) => http::StatusCode::NOT_FOUND,
            Hand::Taken(_) => http::StatusCode::CONFLICT,
            Hand::Invalid { .. } => http::StatusCode::UNPROCESSABLE_ENTITY,
            Hand::SlowDown { .. } => http::StatusCode::TOO_MANY_REQUESTS,
            Hand::Down => http::StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

impl IntoResponse for Hand {
    fn into_response(self) -> Response {
        let status = self.status();
        let mut body = serde_json::json!({
            "type": "about:blank",
            "title": status.canonical_reason().unwrap_or_default(),
            "status": status.as_u16(),
        });
        if status.as_u16() < 500 {
            body["detail"] = self.to_string().into();
        }
        if let Hand::Invalid { errors } = &self {
            body["errors"] = serde_json::json!(errors);
        }
        let mut response = (
            status,
            [(http::header::CONTENT_TYPE, "application/problem+json")],
            serde_json::to_vec(&body).unwrap_or_default(),
        )
            .into_response();
        if let Hand::SlowDown { retry_after } = self {
            response
                .headers_mut()
                .insert(http::header::RETRY_AFTER, retry_after.into());
        }
        response
    }
}

/// The same failures as types of their own, answered through a contract.
mod failures {
    use codes_core::{Problem, Status};

    #[derive(Debug, thiserror::Error, Status, Problem)]
    #[error("there is no user {0}")]
    #[status(NotFound)]
    pub struct NoSuchUser(pub u64);
    #[derive(Debug, thiserror::Error, Status, Problem)]
    #[error("{0} is already registered")]
    #[status(Conflict)]
    pub struct Taken(pub String);
    #[derive(Debug, thiserror::Error, Status, Problem)]
    #[error("{} rules broken", errors.len())]
    #[status(UnprocessableContent)]
    pub struct Invalid {
        #[problem(member)]
        pub errors: Vec<&'static str>,
    }
    #[derive(Debug, thiserror::Error, Status, Problem)]
    #[error("too many requests")]
    #[status(TooManyRequests)]
    pub struct SlowDown {
        #[problem(header = "retry-after")]
        pub retry_after: u32,
    }
    #[derive(Debug, thiserror::Error, Status, Problem)]
    #[error("the store at 10.0.0.7 is down")]
    #[status(ServiceUnavailable)]
    pub struct Down;

    codes_core::contracts! {
        pub enum Contract = NoSuchUser | Taken | Invalid | SlowDown | Down;
    }
}

fn contract_errors() -> Vec<failures::Contract> {
    use failures::*;
    vec![
        NoSuchUser(7).into(),
        Taken("ada@example.com".into()).into(),
        Invalid {
            errors: vec!["name must not be empty", "email must contain @"],
        }
        .into(),
        SlowDown { retry_after: 30 }.into(),
        Down.into(),
    ]
}

fn derived_errors() -> Vec<Derived> {
    vec![
        Derived::NoSuchUser(7),
        Derived::Taken("ada@example.com".into()),
        Derived::Invalid {
            errors: vec!["name must not be empty", "email must contain @"],
        },
        Derived::SlowDown { retry_after: 30 },
        Derived::Down,
    ]
}

fn hand_errors() -> Vec<Hand> {
    vec![
        Hand::NoSuchUser(7),
        Hand::Taken("ada@example.com".into()),
        Hand::Invalid {
            errors: vec!["name must not be empty", "email must contain @"],
        },
        Hand::SlowDown { retry_after: 30 },
        Hand::Down,
    ]
}

/// The whole answer: status, headers and JSON bytes, for each of five errors.
/// Times `run` on each error of a fresh batch from `make`.
fn each<T>(b: &mut criterion::Bencher<'_>, make: fn() -> Vec<T>, run: impl Fn(T)) {
    b.iter_batched(
        make,
        |errors| errors.into_iter().for_each(&run),
        criterion::BatchSize::SmallInput,
    );
}

fn response(c: &mut Criterion) {
    let mut group = c.benchmark_group("problem_response");
    group.bench_function("codes", |b| {
        each(b, derived_errors, |error| {
            black_box(error.into_response());
        });
    });
    group.bench_function("contract", |b| {
        each(b, contract_errors, |error| {
            black_box(error.into_response());
        });
    });
    group.bench_function("hand", |b| {
        each(b, hand_errors, |error| {
            black_box(error.into_response());
        });
    });
    group.finish();
}

/// Only the status: the derive's `match` against a hand-written one.
fn status(c: &mut Criterion) {
    let derived = derived_errors();
    let hand = hand_errors();
    let mut group = c.benchmark_group("derived_status");
    group.bench_function("codes", |b| {
        b.iter(|| {
            derived
                .iter()
                .map(|e| u32::from(black_box(e).status().code()))
                .sum::<u32>()
        })
    });
    group.bench_function("hand", |b| {
        b.iter(|| {
            hand.iter()
                .map(|e| u32::from(black_box(e).status().as_u16()))
                .sum::<u32>()
        })
    });
    group.finish();
    let _ = StatusCode::Ok;
}

/// The same five errors as gRPC statuses (feature `tonic`): code, message and
/// the same details (members in `ErrorInfo`, `Retry-After` as `RetryInfo` and
/// metadata), derived against written by hand with tonic-types.
fn grpc(c: &mut Criterion) {
    use tonic_types::{ErrorDetails, StatusExt};

    fn by_hand(error: Hand) -> tonic::Status {
        let (code, withheld) = match &error {
            Hand::NoSuchUser(_) => (tonic::Code::NotFound, false),
            Hand::Taken(_) => (tonic::Code::Aborted, false),
            Hand::Invalid { .. } => (tonic::Code::InvalidArgument, false),
            Hand::SlowDown { .. } => (tonic::Code::ResourceExhausted, false),
            Hand::Down => (tonic::Code::Unavailable, true),
        };
        let message = if withheld {
            "Service Unavailable".to_string()
        } else {
            error.to_string()
        };
        let mut details = ErrorDetails::new();
        let mut metadata = tonic::metadata::MetadataMap::new();
        match &error {
            Hand::Invalid { errors } => {
                let mut fields = std::collections::HashMap::new();
                fields.insert(
                    "errors".to_string(),
                    serde_json::to_string(errors).unwrap_or_default(),
                );
                details.set_error_info("", env!("CARGO_PKG_NAME"), fields);
            }
            Hand::SlowDown { retry_after } => {
                details.set_retry_info(Some(std::time::Duration::from_secs(u64::from(
                    *retry_after,
                ))));
                metadata.insert("retry-after", retry_after.to_string().parse().unwrap());
            }
            _ => {
                return tonic::Status::with_metadata(code, message, metadata);
            }
        }
        tonic::Status::with_error_details_and_metadata(code, message, details, metadata)
    }

    let mut group = c.benchmark_group("grpc_status");
    group.bench_function("codes", |b| {
        each(b, derived_errors, |error| {
            black_box(tonic::Status::from(error));
        });
    });
    group.bench_function("hand", |b| {
        each(b, hand_errors, |error| {
            black_box(by_hand(error));
        });
    });
    group.finish();
}

criterion_group!(benches, response, status, grpc);
criterion_main!(benches);
