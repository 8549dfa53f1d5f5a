// A member RFC 9457 defines is set by the answer, never by a field.
#[derive(Debug, codes_core::Status, codes_core::Problem)]
enum AppError {
    #[status(UnprocessableContent)]
    Invalid {
        #[problem(member = "title")]
        heading: String,
        #[problem(member)]
        r#type: String,
        #[problem(member)]
        status: u16,
    },
}

// A struct's example is made from the type's name.
#[derive(Debug, codes_core::Status, codes_core::Problem)]
#[status(TooManyRequests)]
struct RateLimited {
    #[problem(member)]
    title: String,
}

impl std::fmt::Display for RateLimited {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("error")
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("error")
    }
}

fn main() {}
