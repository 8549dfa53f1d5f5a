codes_core::codes! {
    pub struct Status {
        404 NotFound = "Not Found",
    }
}

fn main() {}
