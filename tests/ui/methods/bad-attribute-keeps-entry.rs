// An entry whose token and name are fine but whose attribute is wrong stays in
// the enum: only the attribute is reported, not every use of the variant.
codes_core::methods! {
    pub enum Verbs {
        #[method(safe)]
        Fetch = "FETCH",
        #[spec("see the wiki")]
        Store = "STORE",
        #[sepc("RFC 9110")]
        Send = "SEND",
    }
}

fn main() {
    let _ = Verbs::Fetch.is_safe();
    let _ = Verbs::Store.as_str();
    let _ = Verbs::Send;
}
