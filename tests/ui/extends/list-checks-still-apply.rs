use codes_core::StatusCode;

codes_core::codes! {
    pub enum ApiStatus extends StatusCode {
        497 One = "One",
        497 Two = "Two",
        498 Empty = "",
        #[unknown]
        499 Odd = "Odd",
    }
}

fn main() {}
