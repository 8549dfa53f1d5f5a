// `get` is not `GET`: a lower-case token is refused (and `GET` is the registry's).
codes_core::methods! {
    pub enum CacheMethod extends codes_core::Method {
        Get = "get",
    }
}

fn main() {}
