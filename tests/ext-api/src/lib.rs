//! A crate outside codes-core that extends the registry.
#![deny(warnings, missing_docs)]

use codes_core::StatusCode;

codes_core::codes! {
    /// The registry plus the non-standard codes our API reports.
    pub enum ApiStatus extends StatusCode {
        /// The client closed the connection before the server answered (nginx's 499).
        ///
        /// Logged by the server; the client never sees it.
        #[spec("https://nginx.org/en/docs/http/ngx_http_core_module.html")]
        499 ClientClosedRequest = "Client Closed Request",
        /// A proxy could not open a connection to the upstream in time.
        599 NetworkConnectTimeout = "Network Connect Timeout Error",
    }
}

/// A match with no `_` arm over every code of the extension.
#[must_use]
#[allow(deprecated)]
pub fn exhaustive(status: ApiStatus) -> u16 {
    match status {
        ApiStatus::Continue => 100,
        ApiStatus::SwitchingProtocols => 101,
        ApiStatus::Processing => 102,
        ApiStatus::EarlyHints => 103,
        ApiStatus::UploadResumptionSupported => 104,
        ApiStatus::Ok => 200,
        ApiStatus::Created => 201,
        ApiStatus::Accepted => 202,
        ApiStatus::NonAuthoritativeInformation => 203,
        ApiStatus::NoContent => 204,
        ApiStatus::ResetContent => 205,
        ApiStatus::PartialContent => 206,
        ApiStatus::MultiStatus => 207,
        ApiStatus::AlreadyReported => 208,
        ApiStatus::ImUsed => 226,
        ApiStatus::MultipleChoices => 300,
        ApiStatus::MovedPermanently => 301,
        ApiStatus::Found => 302,
        ApiStatus::SeeOther => 303,
        ApiStatus::NotModified => 304,
        ApiStatus::UseProxy => 305,
        ApiStatus::Unused => 306,
        ApiStatus::TemporaryRedirect => 307,
        ApiStatus::PermanentRedirect => 308,
        ApiStatus::BadRequest => 400,
        ApiStatus::Unauthorized => 401,
        ApiStatus::PaymentRequired => 402,
        ApiStatus::Forbidden => 403,
        ApiStatus::NotFound => 404,
        ApiStatus::MethodNotAllowed => 405,
        ApiStatus::NotAcceptable => 406,
        ApiStatus::ProxyAuthenticationRequired => 407,
        ApiStatus::RequestTimeout => 408,
        ApiStatus::Conflict => 409,
        ApiStatus::Gone => 410,
        ApiStatus::LengthRequired => 411,
        ApiStatus::PreconditionFailed => 412,
        ApiStatus::ContentTooLarge => 413,
        ApiStatus::UriTooLong => 414,
        ApiStatus::UnsupportedMediaType => 415,
        ApiStatus::RangeNotSatisfiable => 416,
        ApiStatus::ExpectationFailed => 417,
        ApiStatus::ImATeapot => 418,
        ApiStatus::MisdirectedRequest => 421,
        ApiStatus::UnprocessableContent => 422,
        ApiStatus::Locked => 423,
        ApiStatus::FailedDependency => 424,
        ApiStatus::TooEarly => 425,
        ApiStatus::UpgradeRequired => 426,
        ApiStatus::PreconditionRequired => 428,
        ApiStatus::TooManyRequests => 429,
        ApiStatus::RequestHeaderFieldsTooLarge => 431,
        ApiStatus::UnavailableForLegalReasons => 451,
        ApiStatus::ClientClosedRequest => 499,
        ApiStatus::InternalServerError => 500,
        ApiStatus::NotImplemented => 501,
        ApiStatus::BadGateway => 502,
        ApiStatus::ServiceUnavailable => 503,
        ApiStatus::GatewayTimeout => 504,
        ApiStatus::HttpVersionNotSupported => 505,
        ApiStatus::VariantAlsoNegotiates => 506,
        ApiStatus::InsufficientStorage => 507,
        ApiStatus::LoopDetected => 508,
        ApiStatus::NotExtended => 510,
        ApiStatus::NetworkAuthenticationRequired => 511,
        ApiStatus::NetworkConnectTimeout => 599,
    }
}

codes_core::methods! {
    /// The method registry plus the purge this API's caches accept; extended by
    /// `codes-ext-edge` from another crate.
    pub enum ApiMethod extends codes_core::Method {
        /// Evicts one URL from the cache.
        #[method(idempotent)]
        Purge = "PURGE",
    }
}
