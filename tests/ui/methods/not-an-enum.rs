// `methods!` makes an enum: a struct (or a missing `enum`) is refused.
codes_core::methods! {
    pub struct Verbs {
        Fetch = "FETCH",
    }
}

fn main() {}
