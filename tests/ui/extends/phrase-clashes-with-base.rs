use codes_core::StatusCode;

codes_core::codes! {
    pub enum ApiStatus extends StatusCode {
        499 ClientGone = "Not Found",
        #[alias("payload too large")]
        498 TooBig = "Too Big",
    }
}

fn main() {}
