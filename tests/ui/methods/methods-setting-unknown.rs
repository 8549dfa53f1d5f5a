// `#[methods]` on the enum takes `path = ...` and `crate = ...`.
codes_core::methods! {
    #[methods(range = 1..=9)]
    pub enum Verbs {
        Fetch = "FETCH",
    }
}

fn main() {}
