codes_core::codes! {
    pub enum Status {
        #[serde(rename = "missing")]
        404 NotFound = "Not Found",
        #[cfg(test)]
        410 Gone = "Gone",
        #[specification("RFC 9110")]
        418 Teapot = "I'm a teapot",
    }
}

fn main() {}
