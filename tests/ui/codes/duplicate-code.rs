codes_core::codes! {
    pub enum Status {
        404 NotFound = "Not Found",
        404 Missing = "Missing",
    }
}

fn main() {}
