//! `codes!`: an HTTP list, with docs, `#[spec]`, `#[alias]` and `#[deprecated]`.
//! (Its codes are close together: the lookup tables have a slot for every code
//! between the first and the last.)

codes_core::codes! {
    /// The statuses of a small service.
    pub enum ShopStatus {
        /// The order is not well formed.
        ///
        /// More text that is not part of the description.
        #[spec("RFC 9110, Section 15.5.1")]
        400 BadOrder = "Bad Order",
        /// The item is out of stock.
        #[spec("https://shop.example/errors#409")]
        #[alias("Sold Out")]
        409 OutOfStock = "Out Of Stock",
        /// The old way to say the item is gone.
        #[deprecated(note = "use `OutOfStock`")]
        410 Discontinued = "Discontinued",
    }
}
