// An extension member must serialise to JSON, a header field must display.
struct Opaque;

#[derive(Debug)]
struct NoDisplay;

#[derive(Debug, codes_core::Status, codes_core::Problem)]
enum AppError {
    #[status(UnprocessableContent)]
    Invalid {
        #[problem(member)]
        errors: Opaque,
    },
    #[status(TooManyRequests)]
    SlowDown {
        #[problem(header = "retry-after")]
        retry_after: NoDisplay,
    },
}

impl std::fmt::Debug for Opaque {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Opaque")
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("error")
    }
}

fn main() {}
