use codes_core::StatusCode;

codes_core::codes! {
    pub enum ApiStatus extends StatusCode {
        404 Missing = "Missing",
        499 ClientClosedRequest = "Client Closed Request",
    }
}

fn main() {}
