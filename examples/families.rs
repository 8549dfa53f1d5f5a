//! `codes!` for code families other than HTTP statuses.
//!
//! ```text
//! cargo run --example families
//! ```
//!
//! A list may declare its own range and classes with `#[codes(...)]`. Here: an
//! application's error-code registry (`1000..=9999`, classes by thousand) and
//! the SIP response codes, which have a sixth class. Every check of an HTTP list
//! applies, plus: a code outside the range, or in none of the classes, is a
//! compile error.

codes_core::codes! {
    /// Our API's machine-readable error codes, shown to clients next to the
    /// HTTP status.
    #[codes(
        range = 1000..=9999,
        classes(1000..=1999 Auth, 2000..=2999 Billing, 9000..=9999 Internal)
    )]
    pub enum AppError {
        /// The bearer token could not be verified.
        1001 InvalidToken = "Invalid token",
        /// The bearer token has expired; refresh it.
        1002 ExpiredToken = "Expired token",
        /// The card was declined by the issuer.
        2001 CardDeclined = "Card declined",
        /// The account has no active subscription.
        2002 NoSubscription = "No subscription",
        /// Something went wrong on our side.
        9000 Internal = "Internal error",
    }
}

codes_core::codes! {
    /// A few SIP response codes (RFC 3261), whose classes run to 6xx.
    #[codes(
        range = 100..=699,
        classes(
            100..=199 Provisional,
            200..=299 Success,
            300..=399 Redirection,
            400..=499 ClientFailure,
            500..=599 ServerFailure,
            600..=699 GlobalFailure,
        )
    )]
    pub enum SipStatus {
        /// The callee's device is alerting the user.
        #[spec("RFC 3261, Section 21.1.2")]
        180 Ringing = "Ringing",
        /// The request succeeded.
        #[spec("RFC 3261, Section 21.2.1")]
        200 Ok = "OK",
        /// The callee is busy everywhere, and will not take the call elsewhere.
        #[spec("RFC 3261, Section 21.6.1")]
        600 BusyEverywhere = "Busy Everywhere",
        /// The callee declined the call.
        #[spec("RFC 3261, Section 21.6.2")]
        603 Decline = "Decline",
    }
}

fn main() {
    for code in [1001, 2001, 1500, 9000] {
        match AppError::from_code(code) {
            Some(err) => println!("{err:<24} class {:<8} {}", err.class(), err.description()),
            None => println!(
                "{code:<24} not a code ({})",
                AppErrorClass::from_code(code).map_or("no class", AppErrorClass::name)
            ),
        }
    }
    assert!(AppError::ExpiredToken.is_auth());
    assert_eq!(AppErrorClass::Billing.range(), 2000..=2999);

    for sip in SipStatus::iter() {
        println!(
            "{sip:<22} {:<14} {}",
            sip.class(),
            sip.spec_url().unwrap_or_default()
        );
    }
    assert!(SipStatus::Decline.is_global_failure());
    assert_eq!("busy everywhere".parse(), Ok(SipStatus::BusyEverywhere));
}
