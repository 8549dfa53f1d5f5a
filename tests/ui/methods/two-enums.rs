// One `methods!` makes one enum: a second one needs its own `methods!`.
codes_core::methods! {
    pub enum Verbs {
        Fetch = "FETCH",
    }
    pub enum Others {
        Store = "STORE",
    }
}

fn main() {}
