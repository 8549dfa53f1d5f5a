// `content` is `defined`, `undefined` or `not_allowed`, written as a word.
codes_core::methods! {
    pub enum Verbs {
        #[method(content = maybe)]
        Fetch = "FETCH",
        #[method(content = "defined")]
        Store = "STORE",
        #[method(content)]
        Drop = "DROP",
    }
}

fn main() {}
