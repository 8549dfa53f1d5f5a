// An empty string is not a method.
codes_core::methods! {
    pub enum Verbs {
        Empty = "",
    }
}

fn main() {}
