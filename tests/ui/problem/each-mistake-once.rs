// Both derives read the same attributes; each mistake is reported once, by the
// derive that owns it: `#[status]`'s by `Status`, `#[problem]`'s by `Problem`.
#[derive(Debug, codes_core::Status, codes_core::Problem)]
enum AppError {
    #[status("404")]
    Missing,
    Unmapped,
    #[status(Conflict)]
    #[problem(header = "retry-after")]
    Taken,
    #[status(transparent)]
    TwoFields(u8, u8),
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("error")
    }
}

fn main() {}
