// `codes!` implements these traits itself: each derive of one is an error on
// its path, however the path is spelled, and not a conflict inside the macro.
codes_core::codes! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Status {
        404 NotFound = "Not Found",
    }
}

codes_core::codes! {
    #[derive(core::cmp::PartialOrd, ::std::cmp::Ord, std::fmt::Debug)]
    pub enum Other {
        500 Broken = "Broken",
    }
}

fn main() {
    // The enums are still made: no follow-on errors.
    assert_eq!(Status::NotFound, Status::NotFound);
    let _ = format!("{:?}", Other::Broken);
}
