// `*` is reserved in the IANA method registry: it is not a method.
codes_core::methods! {
    pub enum Verbs {
        Any = "*",
    }
}

fn main() {}
