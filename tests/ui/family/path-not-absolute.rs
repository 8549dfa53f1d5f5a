codes_core::codes! {
    #[codes(path = Status)]
    pub enum Status {
        200 Fine = "Fine",
    }
}

fn main() {}
