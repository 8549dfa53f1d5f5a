// An extension keeps the path of the enum it extends: `path` cannot be set.
codes_core::methods! {
    #[methods(path = crate::CacheMethod)]
    pub enum CacheMethod extends codes_core::Method {
        Purge = "PURGE",
    }
}

fn main() {}
