// The valid entries still make the enum, so using them causes no further
// errors: the only error is the one on the bad entry.
codes_core::methods! {
    pub enum Verbs {
        Fetch = "FETCH",
        Broken = "BRO KEN",
    }
}

fn main() {
    let verb = Verbs::Fetch;
    assert_eq!(verb.as_str(), "FETCH");
    assert_eq!(verb.to_string(), "FETCH");
}
