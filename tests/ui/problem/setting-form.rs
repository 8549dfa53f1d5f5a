// `reason` and `domain` are strings, `grpc` a variant name; a domain names a
// service.
use codes_core::{Problem, Status};

#[derive(Debug, thiserror::Error, Status, Problem)]
#[problem(domain = users.example.com)]
enum AppError {
    #[error("gone")]
    #[status(NotFound)]
    #[problem(reason = USER_GONE)]
    Gone,
    #[error("taken")]
    #[status(Conflict)]
    #[problem(grpc = 6)]
    Taken,
    #[error("taken")]
    #[status(Conflict)]
    #[problem(reason = EmailTaken)]
    CamelReason,
    #[error("taken")]
    #[status(Conflict)]
    #[problem(reason = 42)]
    NumberReason,
    #[error("taken")]
    #[status(Conflict)]
    #[problem(grpc = 17)]
    NoSuchNumber,
    #[error("taken")]
    #[status(Conflict)]
    #[problem(grpc = 0)]
    SuccessNumber,
    #[error("taken")]
    #[status(Conflict)]
    #[problem(grpc = "OK")]
    SuccessString,
    #[error("taken")]
    #[status(Conflict)]
    #[problem(grpc = "banana")]
    NoSuchString,
    #[error("taken")]
    #[status(Conflict)]
    #[problem(grpc)]
    NoValue,
}

#[derive(Debug, thiserror::Error, Status, Problem)]
#[error("empty")]
#[status(NotFound)]
#[problem(reason = "NOTHING_THERE", domain = "")]
struct Empty;

#[derive(Debug, thiserror::Error, Status, Problem)]
#[error("spaced")]
#[status(NotFound)]
#[problem(reason = "NOTHING_THERE", domain = "Users Service")]
struct Spaced;

fn main() {}
