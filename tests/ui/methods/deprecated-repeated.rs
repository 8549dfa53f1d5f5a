// An entry is deprecated once: one `#[deprecated]` with its note.
codes_core::methods! {
    pub enum Verbs {
        #[deprecated]
        #[deprecated(note = "use FETCH")]
        Get2 = "GET2",
        Fetch = "FETCH",
    }
}

fn main() {}
