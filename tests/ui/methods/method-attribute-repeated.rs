// All the flags of an entry go in one `#[method(...)]`.
codes_core::methods! {
    pub enum Verbs {
        #[method(safe, idempotent)]
        #[method(cacheable)]
        Fetch = "FETCH",
    }
}

fn main() {}
