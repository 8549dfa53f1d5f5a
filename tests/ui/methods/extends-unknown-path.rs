// A misspelled base: rustc suggests the right name.
codes_core::methods! {
    pub enum CacheMethod extends codes_core::Methods {
        Purge = "PURGE",
    }
}

fn main() {}
