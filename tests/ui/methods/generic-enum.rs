// A method list is a plain enum: no generic parameters.
codes_core::methods! {
    pub enum Verbs<T> {
        Fetch = "FETCH",
    }
}

fn main() {}
