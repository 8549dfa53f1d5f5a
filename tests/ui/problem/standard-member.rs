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

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("error")
    }
}

fn main() {}
