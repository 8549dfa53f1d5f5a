codes_core::codes! {
    pub enum Status {
        404 NotFound = "",
        410 Gone = "   ",
    }
}

fn main() {}
