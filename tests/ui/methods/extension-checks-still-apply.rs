// The checks of a list apply to an extension's own entries too.
codes_core::methods! {
    pub enum CacheMethod extends codes_core::Method {
        Purge = "PURGE",
        Purge = "PURGE",
        Empty = "",
        #[unknown]
        Ban = "BAN",
    }
}

fn main() {}
