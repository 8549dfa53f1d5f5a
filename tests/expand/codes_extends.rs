//! `codes!`: an extension of a small list of another crate (`ShopStatus` of
//! `codes.rs`, through the fixture library), with a custom code.

codes_core::codes! {
    /// The shop's statuses plus what its proxy logs.
    pub enum EdgeStatus extends codes_expand_fixtures::ShopStatus {
        /// The client closed the connection before the shop answered (nginx).
        499 ClientClosedRequest = "Client Closed Request",
    }
}
