//! The IANA HTTP Status Code Registry.
crate::codes! {
    /// HTTP status codes.
    pub enum StatusCode {
        /// ok.
        #[spec("RFC 9110, Section 15.3.1")]
        200 Ok = "OK",
        /// nf.
        #[spec("RFC 9110, Section 15.5.5")]
        404 NotFound = "Not Found",
        #[deprecated]
        305 UseProxy = "Use Proxy",
        #[alias("Payload Too Large")]
        413 ContentTooLarge = "Content Too Large",
    }
}
