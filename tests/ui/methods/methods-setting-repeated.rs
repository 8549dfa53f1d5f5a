// Each `#[methods]` setting is given once, whether in one attribute or in two.
codes_core::methods! {
    #[methods(path = crate::Verbs, path = crate::Verbs)]
    pub enum Verbs {
        Fetch = "FETCH",
    }
}

codes_core::methods! {
    #[methods(path = crate::Others)]
    #[methods(path = crate::Others)]
    pub enum Others {
        Store = "STORE",
    }
}

codes_core::methods! {
    #[methods(crate = ::codes_core, crate = ::codes_core)]
    pub enum More {
        Send = "SEND",
    }
}

fn main() {}
