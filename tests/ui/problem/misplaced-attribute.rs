// `member` and `header` go on fields; `type` and `title` on the type or a
// variant; `crate` on the type.
#[derive(Debug, codes_core::Status, codes_core::Problem)]
#[problem(member)]
enum AppError {
    #[status(NotFound)]
    #[problem(header = "retry-after", crate = ::codes_core)]
    Missing,
    #[status(UnprocessableContent)]
    Invalid {
        #[problem(type = "https://example.com/problems/invalid")]
        errors: Vec<String>,
    },
    #[status(Conflict)]
    Taken(#[problem(member)] String),
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("error")
    }
}

fn main() {}
