codes_core::codes! {
    pub enum Status {
        404 NotFound = " Not Found",
    }
}

fn main() {}
