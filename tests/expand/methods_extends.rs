//! `methods!`: an extension of a small list of another crate (`Verb` of
//! `methods.rs`, through the fixture library).

codes_core::methods! {
    /// The service's methods plus a cache purge.
    pub enum CacheVerb extends codes_expand_fixtures::Verb {
        /// Evicts one URL from the cache (Varnish, Fastly).
        #[method(idempotent)]
        Purge = "PURGE",
    }
}
