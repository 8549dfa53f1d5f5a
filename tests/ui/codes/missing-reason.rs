codes_core::codes! {
    pub enum Status {
        404 NotFound,
    }
}

fn main() {}
