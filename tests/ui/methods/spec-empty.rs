// An empty `#[spec("")]` names nothing.
codes_core::methods! {
    pub enum Verbs {
        #[spec("")]
        Purge = "PURGE",
        #[spec("  ")]
        Ban = "BAN",
    }
}

fn main() {}
