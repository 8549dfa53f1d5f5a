codes_core::codes! {
    pub enum ApiStatus extends codes_core::StatusCodes {
        499 ClientClosedRequest = "Client Closed Request",
    }
}

fn main() {}
