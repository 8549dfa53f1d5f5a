codes_core::codes! {
    pub enum Status<T> {
        404 NotFound = "Not Found",
    }
}

fn main() {}
