pub enum Plain {
    A,
}

codes_core::codes! {
    pub enum ApiStatus extends Plain {
        499 ClientClosedRequest = "Client Closed Request",
    }
}

fn main() {}
