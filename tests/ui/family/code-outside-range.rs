codes_core::codes! {
    #[codes(range = 1000..=9999)]
    pub enum AppCode {
        1001 InvalidToken = "Invalid token",
        999 TooLow = "Too low",
        10000 TooHigh = "Too high",
    }
}

fn main() {}
