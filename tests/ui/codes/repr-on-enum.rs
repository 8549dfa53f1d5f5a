codes_core::codes! {
    #[repr(u32)]
    pub enum Status {
        404 NotFound = "Not Found",
    }
}

fn main() {}
