#[derive(codes_core::Status)]
#[status(NotFound)]
struct Inner;

#[derive(codes_core::Status)]
enum AppError {
    #[status(transparent)]
    NoField,
    #[status(transparent)]
    TwoFields(Inner, Inner),
    #[status(transparent)]
    One(Inner),
}

fn main() {}
