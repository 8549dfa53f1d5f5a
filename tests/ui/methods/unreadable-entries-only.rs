// A list whose only entry cannot be read reports that entry, not an empty list.
codes_core::methods! {
    pub enum Verbs {
        "PURGE",
    }
}

fn main() {}
