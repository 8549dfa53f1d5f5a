// A method is a token of RFC 9110: ASCII letters, digits and a few symbols.
// A space, `/`, non-ASCII letters and control characters are not; and lower-case
// letters are refused too: legal, but no client sends `purge`.
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
