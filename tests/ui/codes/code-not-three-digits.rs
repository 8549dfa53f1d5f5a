codes_core::codes! {
    pub enum Status {
        42 TwoDigits = "Two Digits",
        0404 LeadingZero = "Leading Zero",
        4040 FourDigits = "Four Digits",
        70000 TooBig = "Too Big",
    }
}

fn main() {}
