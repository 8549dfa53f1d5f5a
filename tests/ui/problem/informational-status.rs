// A 1xx status is informational, not a final answer.
#[derive(Debug, codes_core::Status, codes_core::Problem)]
enum AppError {
    #[status(Continue)]
    ByName,
    #[status(103)]
    ByNumber,
    #[status(codes_core::StatusCode::Processing)]
    ByPath,
    #[status(NotFound)]
    Fine,
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("early")
    }
}

fn main() {}
