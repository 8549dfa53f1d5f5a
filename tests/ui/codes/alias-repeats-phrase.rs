// An alias that is the entry's own reason phrase (in any ASCII case) adds
// nothing `FromStr` does not accept already.
codes_core::codes! {
    pub enum Status {
        #[alias("NOT FOUND", "Missing")]
        404 NotFound = "Not Found",
    }
}

fn main() {
    let _ = Status::NotFound;
}
