// Two tokens that spell the same variant name.
codes_core::methods! {
    pub enum Verbs {
        VersionControl = "VERSION-CONTROL",
        VersionControl = "VERSION_CONTROL",
    }
}

fn main() {}
