// An extension adds methods: a token of the registry is already there.
codes_core::methods! {
    pub enum CacheMethod extends codes_core::Method {
        Purge = "PURGE",
        Get = "GET",
    }
}

fn main() {}
