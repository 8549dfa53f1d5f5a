codes_core::codes! {
    #[codes(range = 100..=699, classes(100..=199 Provisional, 200..=299 Success, 600..=699 GlobalFailure))]
    pub enum SipLike {
        180 Ringing = "Ringing",
        404 NotFound = "Not Found",
    }
}

fn main() {}
