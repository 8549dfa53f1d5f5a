// A method is a token of RFC 9110: ASCII letters, digits and a few symbols.
// Lowercase is fine; a space, `/`, non-ASCII letters and control characters are not.
codes_core::methods! {
    pub enum Verbs {
        Purge = "purge",
        PurgeAll = "PURGE ALL",
        ReadWrite = "READ/WRITE",
        Cafe = "CAFÉ",
        Tabbed = "TAB\tBED",
        Bell = "BELL\u{7}",
    }
}

fn main() {}
