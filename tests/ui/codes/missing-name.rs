codes_core::codes! {
    pub enum Status {
        404 = "Not Found",
    }
}

fn main() {}
