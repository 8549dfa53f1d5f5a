//! Extending the registry with your own codes, checked at compile time.
//!
//! ```text
//! cargo run --example custom_codes
//! ```
//!
//! `ApiStatus` holds every registered HTTP status plus two non-standard codes our
//! service logs. A custom code that collides with a registered one (say `404`), a
//! name that clashes (`NotFound`), a code outside 100..=599, or a reason phrase
//! with a line break would each stop the build with an error on that token.

use codes_core::{StatusCode, UnknownCode};

codes_core::codes! {
    /// Our service's statuses: the IANA registry plus what our proxies log.
    pub enum ApiStatus extends StatusCode {
        /// The client closed the connection before we answered.
        ///
        /// nginx logs this when a user cancels a request or a client's own timeout
        /// fires first. Nothing is sent: the connection is gone.
        #[spec("https://nginx.org/en/docs/http/ngx_http_core_module.html")]
        499 ClientClosedRequest = "Client Closed Request",
        /// Our gateway could not connect to the upstream in time.
        #[alias("Upstream Connect Timeout")]
        599 NetworkConnectTimeout = "Network Connect Timeout Error",
    }
}

/// What a client should do about a status.
#[derive(Debug, PartialEq)]
enum Handling {
    Interim,
    Done,
    Follow,
    FixRequest,
    RetryLater,
    Nothing,
}

/// A match with no `_` arm: if the registry or our list gains a code, this stops
/// compiling until someone decides how to handle it.
#[allow(deprecated)] // 305, 306 and 510 are deprecated codes
fn handling(status: ApiStatus) -> Handling {
    match status {
        ApiStatus::Continue
        | ApiStatus::SwitchingProtocols
        | ApiStatus::Processing
        | ApiStatus::EarlyHints
        | ApiStatus::UploadResumptionSupported => Handling::Interim,
        ApiStatus::Ok
        | ApiStatus::Created
        | ApiStatus::Accepted
        | ApiStatus::NonAuthoritativeInformation
        | ApiStatus::NoContent
        | ApiStatus::ResetContent
        | ApiStatus::PartialContent
        | ApiStatus::MultiStatus
        | ApiStatus::AlreadyReported
        | ApiStatus::ImUsed => Handling::Done,
        ApiStatus::MultipleChoices
        | ApiStatus::MovedPermanently
        | ApiStatus::Found
        | ApiStatus::SeeOther
        | ApiStatus::NotModified
        | ApiStatus::UseProxy
        | ApiStatus::Unused
        | ApiStatus::TemporaryRedirect
        | ApiStatus::PermanentRedirect => Handling::Follow,
        ApiStatus::TooManyRequests | ApiStatus::RequestTimeout => Handling::RetryLater,
        ApiStatus::BadRequest
        | ApiStatus::Unauthorized
        | ApiStatus::PaymentRequired
        | ApiStatus::Forbidden
        | ApiStatus::NotFound
        | ApiStatus::MethodNotAllowed
        | ApiStatus::NotAcceptable
        | ApiStatus::ProxyAuthenticationRequired
        | ApiStatus::Conflict
        | ApiStatus::Gone
        | ApiStatus::LengthRequired
        | ApiStatus::PreconditionFailed
        | ApiStatus::ContentTooLarge
        | ApiStatus::UriTooLong
        | ApiStatus::UnsupportedMediaType
        | ApiStatus::RangeNotSatisfiable
        | ApiStatus::ExpectationFailed
        | ApiStatus::ImATeapot
        | ApiStatus::MisdirectedRequest
        | ApiStatus::UnprocessableContent
        | ApiStatus::Locked
        | ApiStatus::FailedDependency
        | ApiStatus::TooEarly
        | ApiStatus::UpgradeRequired
        | ApiStatus::PreconditionRequired
        | ApiStatus::RequestHeaderFieldsTooLarge
        | ApiStatus::UnavailableForLegalReasons => Handling::FixRequest,
        ApiStatus::InternalServerError
        | ApiStatus::NotImplemented
        | ApiStatus::BadGateway
        | ApiStatus::ServiceUnavailable
        | ApiStatus::GatewayTimeout
        | ApiStatus::HttpVersionNotSupported
        | ApiStatus::VariantAlsoNegotiates
        | ApiStatus::InsufficientStorage
        | ApiStatus::LoopDetected
        | ApiStatus::NotExtended
        | ApiStatus::NetworkAuthenticationRequired => Handling::RetryLater,
        ApiStatus::ClientClosedRequest => Handling::Nothing,
        ApiStatus::NetworkConnectTimeout => Handling::RetryLater,
    }
}

fn main() {
    let custom = ApiStatus::ClientClosedRequest;
    println!("{custom}");
    println!("  description: {}", custom.description());
    println!("  spec:        {}", custom.spec().unwrap_or("-"));
    println!("  class:       {}", custom.class());
    println!("  handling:    {:?}", handling(custom));

    // Registered codes convert both ways; custom ones do not fit the registry.
    let registered = ApiStatus::from(StatusCode::TooManyRequests);
    println!("{registered}: {:?}", handling(registered));
    assert_eq!(
        StatusCode::try_from(registered),
        Ok(StatusCode::TooManyRequests)
    );
    assert_eq!(StatusCode::try_from(custom), Err(UnknownCode::new(499)));
    assert_eq!(ApiStatus::NotFound, StatusCode::NotFound);

    // Numbers and text, as for the registry.
    for input in ["499", "upstream connect timeout", "404 Not Found", "498"] {
        match input.parse::<ApiStatus>() {
            Ok(status) => println!("{input:>26} -> {status} ({:?})", handling(status)),
            Err(err) => println!("{input:>26} -> error: {err}"),
        }
    }
    println!(
        "{} codes in ApiStatus, {} in the registry",
        ApiStatus::COUNT,
        StatusCode::COUNT
    );
}
