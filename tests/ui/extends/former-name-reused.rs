// A base's former names (its aliases' letters run together: 413's "Payload Too
// Large" gives `PayloadTooLarge`, the deprecated `StatusCode::PayloadTooLarge`)
// parse as that code, so an extension cannot name another code with them, in
// any ASCII case, nor use them as a phrase.
codes_core::codes! {
    pub enum Api extends codes_core::StatusCode {
        599 PayloadTooLarge = "Too Much",
        598 Unprocessableentity = "Cannot Process",
        597 Busy = "RequestURITooLong",
        #[alias("Request Entity-Too-Large")]
        596 Heavy = "Heavy",
    }
}

fn main() {
    // The variants are still made: no follow-on errors.
    let _ = (Api::PayloadTooLarge, Api::Unprocessableentity, Api::Busy, Api::Heavy);
}
