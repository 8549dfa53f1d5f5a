// Header fields the answer owns never come from an error, in any case.
#[derive(Debug, codes_core::Status, codes_core::Problem)]
enum AppError {
    #[status(TooManyRequests)]
    Framing {
        #[problem(header = "content-length")]
        length: u64,
        #[problem(header = "Transfer-Encoding")]
        encoding: String,
    },
    #[status(BadRequest)]
    Media {
        #[problem(header = "CONTENT-TYPE")]
        media: String,
        #[problem(header = "content-encoding")]
        coding: String,
    },
    #[status(Conflict)]
    HopByHop {
        #[problem(header = "connection")]
        connection: String,
        #[problem(header = "Upgrade")]
        upgrade: String,
    },
    #[status(ServiceUnavailable)]
    Clock {
        #[problem(header = "Date")]
        at: String,
    },
    #[status(NotFound)]
    Malformed {
        #[problem(header = "retry after")]
        retry_after: u32,
    },
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("error")
    }
}

fn main() {}
