// An extension member needs a name.
#[derive(Debug, codes_core::Status, codes_core::Problem)]
enum AppError {
    #[status(UnprocessableContent)]
    Invalid(#[problem(member = "")] String),
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("error")
    }
}

fn main() {}
