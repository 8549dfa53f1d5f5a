use codes_core::StatusCode;

codes_core::codes! {
    #[codes(range = 100..=699)]
    pub enum ApiStatus extends StatusCode {
        499 ClientClosedRequest = "Client Closed Request",
    }
}

fn main() {}
