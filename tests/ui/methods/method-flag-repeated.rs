// Each flag is given once.
codes_core::methods! {
    pub enum Verbs {
        #[method(idempotent, idempotent)]
        Store = "STORE",
        #[method(content = defined, content = not_allowed)]
        Send = "SEND",
    }
}

fn main() {}
