// The same token twice, under two names.
codes_core::methods! {
    pub enum Verbs {
        Purge = "PURGE",
        Ban = "BAN",
        Purge = "PURGE",
    }
}

fn main() {}
