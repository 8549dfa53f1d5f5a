codes_core::codes! {
    pub enum Status {
        #[spec]
        400 Bare = "Bare",
        #[spec = "RFC 9110"]
        401 NameValue = "Name Value",
        #[spec(9110)]
        402 Number = "Number",
        #[spec("RFC 9110", "RFC 7231")]
        403 Two = "Two",
        #[spec("")]
        404 Empty = "Empty",
        #[spec("RFC 9110")]
        #[spec("RFC 7231")]
        405 Twice = "Twice",
    }
}

fn main() {}
