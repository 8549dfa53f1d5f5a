codes_core::codes! {
    pub enum Status {
        99 TooLow = "Too Low",
        600 TooHigh = "Too High",
        200 Fine = "Fine",
    }
}

fn main() {}
