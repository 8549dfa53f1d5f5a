// A title is a short summary: one line, not empty, no control characters.
#[derive(Debug, codes_core::Status, codes_core::Problem)]
#[problem(title = "")]
enum AppError {
    #[status(NotFound)]
    #[problem(title = "No such user.
Check the id.")]
    NoSuchUser,
    #[status(Gone)]
    #[problem(title = "Gone\tfor good")]
    Gone,
    #[status(Conflict)]
    #[problem(title = "Déjà pris")]
    Taken,
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("error")
    }
}

fn main() {}
