// Docs are `///` lines or `#[doc = "..."]` with a plain string.
codes_core::methods! {
    pub enum Verbs {
        #[doc = concat!("Fetches", ".")]
        Fetch = "FETCH",
    }
}

fn main() {}
