codes_core::codes! {
    pub enum Status {
        #[alias]
        400 Bare = "Bare",
        #[alias(Old)]
        401 Ident = "Ident",
        #[alias("")]
        402 Empty = "Empty",
    }
}

fn main() {}
