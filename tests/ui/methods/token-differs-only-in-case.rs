// Method names are case-sensitive: `purge` next to `PURGE` would be a second,
// different method, which is never what a list means; lower-case is refused.
codes_core::methods! {
    pub enum Verbs {
        Purge = "PURGE",
        Purge = "purge",
    }
}

fn main() {}
