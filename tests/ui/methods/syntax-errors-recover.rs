// Parsing goes on after an entry it cannot read: every mistake of the list is
// reported in one build, later entries are still checked, and the valid ones
// are still variants.
codes_core::methods! {
    pub enum Verbs {
        "REFRESH",
        Ban "BAN",
        Fetch = FETCH,
        Store = "STORE"
        Send = "SEND",
        Drop = "",
        Link = "LINK",
    }
}

fn main() {
    let _ = Verbs::Send;
    let _ = Verbs::Link;
}
