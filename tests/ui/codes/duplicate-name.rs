codes_core::codes! {
    pub enum Status {
        404 NotFound = "Not Found",
        410 NotFound = "Gone",
    }
}

fn main() {}
