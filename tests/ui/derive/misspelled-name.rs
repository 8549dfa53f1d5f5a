// A name that is not the registry's is refused by the derive, with the
// nearest variants (ignoring case); former names still work
// (`deprecated-name.rs`).
#[derive(codes_core::Status)]
enum AppError {
    #[status(NotFund)]
    Missing,
    #[status(NOTFOUND)]
    Shouting,
    #[status(Teapot)]
    Brewing,
}

fn main() {}
