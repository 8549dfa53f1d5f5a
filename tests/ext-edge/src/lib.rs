//! A second crate that extends the extension of another crate.
#![deny(warnings, missing_docs)]

codes_core::codes! {
    /// Our edge's statuses: the API's, plus what the CDN in front adds.
    pub enum EdgeStatus extends codes_ext_api::ApiStatus {
        /// The origin answered with something the CDN could not understand.
        520 OriginUnknownError = "Web Server Returns an Unknown Error",
        /// The CDN could not resolve the origin's host name.
        530 OriginDnsError = "Origin DNS Error",
    }
}

/// An extension in a nested module, naming its base by a relative path.
pub mod nested {
    codes_core::codes! {
        /// The edge's statuses plus one more.
        pub enum Deeper extends super::EdgeStatus {
            /// A code only this module knows.
            555 Custom = "Custom",
        }
    }
}

/// A match with no `_` arm over every code of the extension.
#[must_use]
#[allow(deprecated)]
pub fn exhaustive(status: EdgeStatus) -> u16 {
    match status {
        EdgeStatus::Continue => 100,
        EdgeStatus::SwitchingProtocols => 101,
        EdgeStatus::Processing => 102,
        EdgeStatus::EarlyHints => 103,
        EdgeStatus::UploadResumptionSupported => 104,
        EdgeStatus::Ok => 200,
        EdgeStatus::Created => 201,
        EdgeStatus::Accepted => 202,
        EdgeStatus::NonAuthoritativeInformation => 203,
        EdgeStatus::NoContent => 204,
        EdgeStatus::ResetContent => 205,
        EdgeStatus::PartialContent => 206,
        EdgeStatus::MultiStatus => 207,
        EdgeStatus::AlreadyReported => 208,
        EdgeStatus::ImUsed => 226,
        EdgeStatus::MultipleChoices => 300,
        EdgeStatus::MovedPermanently => 301,
        EdgeStatus::Found => 302,
        EdgeStatus::SeeOther => 303,
        EdgeStatus::NotModified => 304,
        EdgeStatus::UseProxy => 305,
        EdgeStatus::Unused => 306,
        EdgeStatus::TemporaryRedirect => 307,
        EdgeStatus::PermanentRedirect => 308,
        EdgeStatus::BadRequest => 400,
        EdgeStatus::Unauthorized => 401,
        EdgeStatus::PaymentRequired => 402,
        EdgeStatus::Forbidden => 403,
        EdgeStatus::NotFound => 404,
        EdgeStatus::MethodNotAllowed => 405,
        EdgeStatus::NotAcceptable => 406,
        EdgeStatus::ProxyAuthenticationRequired => 407,
        EdgeStatus::RequestTimeout => 408,
        EdgeStatus::Conflict => 409,
        EdgeStatus::Gone => 410,
        EdgeStatus::LengthRequired => 411,
        EdgeStatus::PreconditionFailed => 412,
        EdgeStatus::ContentTooLarge => 413,
        EdgeStatus::UriTooLong => 414,
        EdgeStatus::UnsupportedMediaType => 415,
        EdgeStatus::RangeNotSatisfiable => 416,
        EdgeStatus::ExpectationFailed => 417,
        EdgeStatus::ImATeapot => 418,
        EdgeStatus::MisdirectedRequest => 421,
        EdgeStatus::UnprocessableContent => 422,
        EdgeStatus::Locked => 423,
        EdgeStatus::FailedDependency => 424,
        EdgeStatus::TooEarly => 425,
        EdgeStatus::UpgradeRequired => 426,
        EdgeStatus::PreconditionRequired => 428,
        EdgeStatus::TooManyRequests => 429,
        EdgeStatus::RequestHeaderFieldsTooLarge => 431,
        EdgeStatus::UnavailableForLegalReasons => 451,
        EdgeStatus::ClientClosedRequest => 499,
        EdgeStatus::InternalServerError => 500,
        EdgeStatus::NotImplemented => 501,
        EdgeStatus::BadGateway => 502,
        EdgeStatus::ServiceUnavailable => 503,
        EdgeStatus::GatewayTimeout => 504,
        EdgeStatus::HttpVersionNotSupported => 505,
        EdgeStatus::VariantAlsoNegotiates => 506,
        EdgeStatus::InsufficientStorage => 507,
        EdgeStatus::LoopDetected => 508,
        EdgeStatus::NotExtended => 510,
        EdgeStatus::NetworkAuthenticationRequired => 511,
        EdgeStatus::OriginUnknownError => 520,
        EdgeStatus::OriginDnsError => 530,
        EdgeStatus::NetworkConnectTimeout => 599,
    }
}

codes_core::methods! {
    /// Another crate's extension of the method registry, extended again.
    pub enum EdgeMethod extends codes_ext_api::ApiMethod {
        /// Evicts every URL that matches a pattern.
        Ban = "BAN",
    }
}
