// `self`, `crate` or `super` alone is no status.
#[derive(Debug, codes_core::Status)]
enum Keyword {
    #[status(self)]
    Itself,
    #[status(crate)]
    Crate,
}

fn main() {}
