// An extension's variant may not take the name of a method of its base, even
// for a new token.
codes_core::methods! {
    pub enum CacheMethod extends codes_core::Method {
        Purge = "PURGE",
        Get = "GET_",
    }
}

fn main() {}
