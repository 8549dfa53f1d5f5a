// Two fields of one variant under one member name: one would be lost.
#[derive(Debug, codes_core::Status, codes_core::Problem)]
enum AppError {
    #[status(TooManyRequests)]
    SlowDown {
        #[problem(member)]
        limit: u32,
        #[problem(member = "limit")]
        hourly_limit: u32,
    },
    // Member names are case-sensitive, as JSON's are: these two are distinct.
    #[status(Conflict)]
    Taken {
        #[problem(member = "name")]
        name: String,
        #[problem(member = "Name")]
        display_name: String,
    },
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("error")
    }
}

fn main() {}
