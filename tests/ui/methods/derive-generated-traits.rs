// `methods!` implements the same traits itself as `codes!` (one rule for both).
codes_core::methods! {
    #[derive(Debug, PartialEq, serde::Serialize)]
    pub enum Verb {
        Purge = "PURGE",
    }
}

fn main() {
    let _ = Verb::Purge;
}
