codes_core::codes! {
    #[codes(path = crate::Status)]
    pub enum Status {
        200 Fine = "Fine",
    }
}

fn main() {}
