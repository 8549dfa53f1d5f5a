// A variant spells its token in UpperCamelCase, split at `-` and other symbols:
// a name for another token, or one that misses a word boundary, is refused.
codes_core::methods! {
    pub enum Verbs {
        Purge = "BAN",
        Versioncontrol = "VERSION-CONTROL",
        PURGE = "PURGE",
    }
}

fn main() {}
