// `#[method]` and `#[methods]` take a list in parentheses.
codes_core::methods! {
    #[methods = "crate::Verbs"]
    pub enum Verbs {
        #[method]
        Fetch = "FETCH",
        #[method = "safe"]
        Store = "STORE",
        #[method(safe idempotent)]
        Send = "SEND",
    }
}

fn main() {}
