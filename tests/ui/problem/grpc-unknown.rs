// `grpc = ...` names a variant of `GrpcCode`, spelled as tonic spells it.
use codes_core::{Problem, Status};

#[derive(Debug, thiserror::Error, Status, Problem)]
enum AppError {
    #[error("taken")]
    #[status(Conflict)]
    #[problem(grpc = AlreadyExist)]
    Typo,
    #[error("taken")]
    #[status(Conflict)]
    #[problem(grpc = ALREADY_EXISTS)]
    WireName,
    #[error("taken")]
    #[status(Conflict)]
    #[problem(grpc = "ALREADY_EXISTS")]
    String,
    #[error("taken")]
    #[status(Conflict)]
    #[problem(grpc = codes_core::GrpcCode::AlreadyExists)]
    Path,
    #[error("taken")]
    #[status(Conflict)]
    #[problem(grpc = Conflict)]
    HttpName,
    #[error("taken")]
    #[status(Conflict)]
    #[problem(grpc = "AlreadyExists")]
    CamelString,
    #[error("fine")]
    #[status(Conflict)]
    #[problem(grpc = Ok)]
    Success,
}

fn main() {}
