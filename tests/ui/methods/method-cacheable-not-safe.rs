// Only safe methods are cacheable here (as GET, HEAD and QUERY).
codes_core::methods! {
    pub enum Verbs {
        #[method(cacheable)]
        Fetch = "FETCH",
        #[method(idempotent, cacheable)]
        Store = "STORE",
    }
}

fn main() {}
