// `get` is not `GET`: a case-only variant of a registry token is refused.
codes_core::methods! {
    pub enum CacheMethod extends codes_core::Method {
        Get = "get",
    }
}

fn main() {}
