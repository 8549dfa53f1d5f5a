// Every safe method is idempotent (RFC 9110, Section 9.2.2).
codes_core::methods! {
    pub enum Verbs {
        #[method(safe)]
        Fetch = "FETCH",
    }
}

fn main() {}
