//! `methods!`: a small root list.

codes_core::methods! {
    /// The methods of a small service.
    pub enum Verb {
        /// Reads a resource.
        #[spec("RFC 9110, Section 9.3.1")]
        #[method(safe, idempotent, cacheable, content = undefined)]
        Get = "GET",
        /// Creates a resource.
        Post = "POST",
    }
}
