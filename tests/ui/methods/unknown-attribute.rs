// An entry takes docs, `#[spec]`, `#[method]`, `#[deprecated]` and `#[doc(...)]`
// only; a misspelled or foreign attribute is refused.
codes_core::methods! {
    pub enum Verbs {
        #[serde(rename = "purge")]
        Purge = "PURGE",
        #[cfg(test)]
        Ban = "BAN",
        #[methods(safe)]
        Fetch = "FETCH",
    }
}

fn main() {}
