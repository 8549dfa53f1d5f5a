use codes_core::StatusCode;

codes_core::codes! {
    pub enum ApiStatus extends StatusCode {
        499 NotFound = "Client Closed Request",
    }
}

fn main() {}
