// `path` says where the enum lives from anywhere: it starts with `crate::` or `::`.
codes_core::methods! {
    #[methods(path = Verbs)]
    pub enum Verbs {
        Fetch = "FETCH",
    }
}

fn main() {}
