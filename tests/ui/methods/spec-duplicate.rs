// Several references go in one `#[spec]`, separated by `;`.
codes_core::methods! {
    pub enum Verbs {
        #[spec("RFC 9110, Section 9.3.1")]
        #[spec("RFC 7231, Section 4.3.1")]
        Purge = "PURGE",
    }
}

fn main() {}
