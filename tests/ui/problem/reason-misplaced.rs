// `reason` and `grpc` belong to a variant (or a struct), `domain` to the type.
use codes_core::{Problem, Status};

#[derive(Debug, thiserror::Error, Status, Problem)]
#[problem(reason = "APP_ERROR", grpc = Internal)]
enum AppError {
    #[error("gone")]
    #[status(NotFound)]
    #[problem(domain = "users.example.com")]
    Gone {
        #[problem(reason = "FIELD")]
        id: u64,
    },
}

// On a struct, the type's attribute is the struct's own: accepted.
#[derive(Debug, thiserror::Error, Status, Problem)]
#[error("taken")]
#[status(Conflict)]
#[problem(reason = "EMAIL_TAKEN", grpc = AlreadyExists, domain = "users.example.com")]
struct EmailTaken;

fn main() {}
