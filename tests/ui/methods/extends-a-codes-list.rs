// A list of status codes is extended with `codes!`, not `methods!`.
codes_core::methods! {
    pub enum CacheMethod extends codes_core::StatusCode {
        Purge = "PURGE",
    }
}

fn main() {}
