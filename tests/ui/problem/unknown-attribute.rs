// Every `#[problem]` setting is one the derive knows.
#[derive(Debug, codes_core::Status, codes_core::Problem)]
#[problem(kind = "https://example.com/problems/x")]
enum AppError {
    #[status(NotFound)]
    #[problem(typ = "https://example.com/problems/missing")]
    Missing,
    #[status(TooManyRequests)]
    SlowDown {
        #[problem(header = "retry-after")]
        retry_after: u32,
    },
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("error")
    }
}

fn main() {}
