#[derive(codes_core::Status)]
enum AppError {
    #[status(404)]
    Missing,
    #[status(299)]
    Odd,
}

fn main() {}
