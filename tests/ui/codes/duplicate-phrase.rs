codes_core::codes! {
    pub enum Status {
        404 NotFound = "Not Found",
        #[alias("not found")]
        410 Gone = "Gone",
    }
}

fn main() {}
