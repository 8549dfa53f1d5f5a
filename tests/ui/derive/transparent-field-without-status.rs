// The field of a `transparent` variant must implement `Status` itself.
struct NotAStatus;

#[derive(codes_core::Status)]
enum AppError {
    #[status(transparent)]
    Wrapped(NotAStatus),
}

fn main() {}
