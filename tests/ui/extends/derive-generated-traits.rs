// An extension is made by `codes!` too: it implements `Clone` and `Hash` itself.
codes_core::codes! {
    #[derive(Clone, Hash)]
    pub enum Api extends codes_core::StatusCode {
        599 Overloaded = "Overloaded",
    }
}

fn main() {}
