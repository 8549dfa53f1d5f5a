// A reason tells a client which error it got: two variants cannot share one.
use codes_core::{Problem, Status};

#[derive(Debug, thiserror::Error, Status, Problem)]
enum AppError {
    #[error("no user")]
    #[status(NotFound)]
    #[problem(reason = "NOT_FOUND")]
    NoUser,
    #[error("no team")]
    #[status(NotFound)]
    #[problem(reason = "NOT_FOUND")]
    NoTeam,
}

fn main() {}
