// Every mistake of an invocation is reported in one build, not one per build.
codes_core::codes! {
    pub enum Status {
        200 Ok = "OK",
        600 TooHigh = "Too High",
        200 Again = "Again",
        404 NotFound = "",
        #[unknown]
        410 Gone = "Gone",
        500 Ok = "Other",
    }
}

fn main() {}
