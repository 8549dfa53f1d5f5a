// Derives of traits `codes!` does not implement reach the enum: here the one of
// a crate that is not a dependency, which rustc reports as it would anywhere.
// `Debug` is still refused beside it.
codes_core::codes! {
    #[derive(Debug, rkyv::Archive)]
    pub enum Status {
        404 NotFound = "Not Found",
    }
}

fn main() {}
