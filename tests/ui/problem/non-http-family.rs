// Only HTTP status codes become HTTP answers: an error whose statuses come from
// another family of codes cannot derive `Problem`.
codes_core::codes! {
    #[codes(range = 1000..=9999)]
    pub enum AppCode {
        1001 InvalidToken = "Invalid token",
    }
}

#[derive(Debug, codes_core::Status, codes_core::Problem)]
#[status(codes = AppCode)]
enum AppError {
    #[status(InvalidToken)]
    Token,
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("bad token")
    }
}

fn main() {}
