#[derive(codes_core::Status)]
enum AppError {
    #[status(NotFund)]
    Missing,
}

fn main() {}
