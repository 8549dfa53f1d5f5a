// A header field that is not a list is sent once: two fields naming it are a
// mistake (list fields such as `www-authenticate` may repeat).
#[derive(Debug, codes_core::Status, codes_core::Problem)]
enum AppError {
    #[status(TooManyRequests)]
    SlowDown {
        #[problem(header = "retry-after")]
        seconds: u32,
        #[problem(header = "Retry-After")]
        date: String,
        #[problem(header = "RETRY-AFTER")]
        again: u64,
    },
    #[status(Unauthorized)]
    Login {
        #[problem(header = "www-authenticate")]
        basic: String,
        #[problem(header = "WWW-Authenticate")]
        bearer: String,
    },
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("error")
    }
}

fn main() {}
