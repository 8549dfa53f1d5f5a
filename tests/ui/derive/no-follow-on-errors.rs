// An invalid derive still implements the trait, so using it adds no errors.
use codes_core::Status;

#[derive(codes_core::Status)]
enum AppError {
    Unmapped,
}

fn main() {
    let _ = AppError::Unmapped.status();
}
