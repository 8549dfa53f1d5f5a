// `#[method]` knows `safe`, `idempotent`, `cacheable` and `content = ...`.
codes_core::methods! {
    pub enum Verbs {
        #[method(safe, idempotent, cachable)]
        Purge = "PURGE",
        #[method(unsafe)]
        Ban = "BAN",
    }
}

fn main() {}
