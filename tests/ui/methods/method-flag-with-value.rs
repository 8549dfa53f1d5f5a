// A flag is present or absent: it takes no value.
codes_core::methods! {
    pub enum Verbs {
        #[method(safe = true, idempotent)]
        Fetch = "FETCH",
        #[method(idempotent(yes))]
        Store = "STORE",
    }
}

fn main() {}
