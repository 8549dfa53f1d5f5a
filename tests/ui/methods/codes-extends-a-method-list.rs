// The reverse: a method list is extended with `methods!`, not `codes!`.
codes_core::codes! {
    pub enum ApiStatus extends codes_core::Method {
        499 ClientClosedRequest = "Client Closed Request",
    }
}

fn main() {}
