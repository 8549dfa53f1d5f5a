//! `codes!`: a family list of another range, with classes.

codes_core::codes! {
    /// Our API's machine-readable error codes.
    #[codes(range = 1000..=1099, classes(1000..=1049 Auth, 1050..=1099 Billing))]
    pub enum AppCode {
        /// The bearer token could not be verified.
        1001 InvalidToken = "Invalid token",
        /// The bearer token has expired.
        1002 ExpiredToken = "Expired token",
        /// The card was declined by the issuer.
        1051 CardDeclined = "Card declined",
    }
}
