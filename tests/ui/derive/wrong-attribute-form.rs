#[derive(codes_core::Status)]
enum AppError {
    #[status]
    Bare,
    #[status = 404]
    NameValue,
    #[status(NotFound, Gone)]
    Two,
    #[status("404")]
    Text,
    #[status("Not Found")]
    Phrase,
    #[status("404 Not Found")]
    Line,
    #[status(NotFound)]
    #[status(Gone)]
    Twice,
    #[status(default = Gone)]
    DefaultOnVariant,
}

fn main() {}
