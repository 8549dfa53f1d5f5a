//! codes-core depended on as `codes` (no crate named `codes_core` exists
//! here): every macro takes `crate = ...` and then names the runtime through it.
#![forbid(unsafe_code)]
#![deny(warnings, missing_docs)]

codes::codes! {
    /// A list of our own.
    #[codes(crate = ::codes)]
    pub enum Own {
        /// Fine.
        200 Fine = "Fine",
        /// Missing.
        404 Missing = "Missing",
    }
}

codes::codes! {
    /// The registry plus one code.
    #[codes(crate = ::codes)]
    pub enum Api extends codes::StatusCode {
        /// The client went away.
        499 ClientClosed = "Client Closed",
    }
}

codes::codes! {
    /// An extension of the extension: converts with the registry too.
    #[codes(crate = "::codes")]
    pub enum Edge extends Api {
        /// The network timed out.
        599 NetworkTimeout = "Network Timeout",
    }
}

codes::codes! {
    /// An extension of an enum from a crate that names codes-core as usual.
    #[codes(crate = ::codes)]
    pub enum Proxied extends codes_ext_api::ApiStatus {
        /// The upstream refused the request.
        597 UpstreamRefused = "Upstream Refused",
    }
}

codes::codes! {
    /// A family, named through a re-export.
    #[codes(range = 1000..=9999, classes(1000..=1999 Auth), crate = crate::facade::runtime)]
    pub enum AppCode {
        /// Bad token.
        1001 BadToken = "Bad token",
    }
}

codes::methods! {
    /// The method registry plus a purge, through the renamed crate.
    #[methods(crate = ::codes)]
    pub enum CacheMethod extends codes::Method {
        /// Evicts.
        Purge = "PURGE",
    }
}

codes::methods! {
    /// An extension of the extension, through a re-export.
    #[methods(crate = crate::facade::runtime)]
    pub enum EdgeMethod extends CacheMethod {
        /// Bans.
        Ban = "BAN",
    }
}

/// A re-export of codes-core, as a facade crate would have.
pub mod facade {
    pub use codes as runtime;
}

/// An error type deriving `Status` through the renamed crate.
#[derive(Debug, codes::Status)]
#[status(crate = ::codes)]
pub enum AppError {
    /// By name.
    #[status(NotFound)]
    Missing,
    /// By number.
    #[status(409)]
    Duplicate,
    /// Through a field.
    #[status(transparent)]
    Inner(Inner),
}

/// A struct with a status and the crate setting in one attribute.
#[derive(Debug, codes::Status)]
#[status(ServiceUnavailable, crate = ::codes)]
pub struct Inner;

/// An error whose statuses come from an extension.
#[derive(Debug, codes::Status)]
#[status(codes = Api, crate = crate::facade::runtime)]
pub enum ProxyError {
    /// Cancelled.
    #[status(Api::ClientClosed)]
    Cancelled,
    /// A registry status, converted.
    #[status(codes::StatusCode::BadGateway)]
    Upstream,
}

/// A problem through the renamed crate: `#[status(crate = ...)]` serves both
/// derives.
#[derive(Debug, codes::Status, codes::Problem)]
#[status(codes = Api, crate = ::codes)]
pub enum ApiProblem {
    /// Missing.
    #[status(NotFound)]
    #[problem(type = "https://example.com/problems/missing")]
    Missing,
    /// Through a field.
    #[status(transparent)]
    Proxy(ProxyProblem),
}

/// A problem with its own `crate` setting for `Problem`.
#[derive(Debug, codes::Status, codes::Problem)]
#[status(codes = Api, crate = ::codes)]
#[problem(crate = crate::facade::runtime, title = "Proxy trouble")]
pub enum ProxyProblem {
    /// Cancelled.
    #[status(Api::ClientClosed)]
    Cancelled,
}

impl core::fmt::Display for ApiProblem {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("api problem")
    }
}

impl core::fmt::Display for ProxyProblem {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("proxy problem")
    }
}

#[cfg(test)]
mod tests {
    use super::{
        Api, ApiProblem, AppCode, AppError, Edge, Inner, Own, Proxied, ProxyError, ProxyProblem,
    };
    use codes::{Status, StatusCode};

    #[test]
    fn lists_work_through_the_renamed_crate() {
        assert_eq!(Own::Missing.to_string(), "404 Missing");
        assert_eq!("404".parse(), Ok(Own::Missing));
        assert_eq!(Api::from(StatusCode::NotFound), Api::NotFound);
        assert_eq!(Edge::from(StatusCode::NotFound), Edge::NotFound);
        assert_eq!(StatusCode::try_from(Edge::Gone), Ok(StatusCode::Gone));
        assert!(StatusCode::try_from(Edge::NetworkTimeout).is_err());
        assert_eq!(
            Proxied::from(codes_ext_api::ApiStatus::NotFound),
            Proxied::NotFound
        );
        assert!(!Edge::NoContent.allows_content());
        assert!(AppCode::BadToken.is_auth());
        assert_eq!(serde_json::to_string(&Api::ClientClosed).unwrap(), "499");
        let http: http::StatusCode = Api::NotFound.into();
        assert_eq!(http.as_u16(), 404);
    }

    #[test]
    fn derive_works_through_the_renamed_crate() {
        assert_eq!(AppError::Missing.status(), StatusCode::NotFound);
        assert_eq!(AppError::Duplicate.status(), StatusCode::Conflict);
        assert_eq!(
            AppError::Inner(Inner).status(),
            StatusCode::ServiceUnavailable
        );
        assert_eq!(ProxyError::Cancelled.status(), Api::ClientClosed);
        assert_eq!(ProxyError::Upstream.status(), Api::BadGateway);
    }

    #[test]
    fn problems_through_the_renamed_crate() {
        use codes::problem::IntoProblem;
        assert_eq!(
            ApiProblem::Missing.problem_type(),
            Some("https://example.com/problems/missing")
        );
        let proxied = ApiProblem::Proxy(ProxyProblem::Cancelled);
        assert_eq!(proxied.status(), Api::ClientClosed);
        assert_eq!(proxied.problem_title(), Some("Proxy trouble"));
        assert_eq!(proxied.answer().status(), 499);
    }

    #[test]
    fn methods_through_the_renamed_crate() {
        assert_eq!("PURGE".parse(), Ok(super::CacheMethod::Purge));
        assert_eq!(
            super::EdgeMethod::from(super::CacheMethod::Purge),
            super::EdgeMethod::Purge
        );
        assert_eq!(
            super::EdgeMethod::from(super::CacheMethod::Get).as_str(),
            "GET"
        );
        assert_eq!(
            http::Method::from(super::EdgeMethod::Ban),
            http::Method::from_bytes(b"BAN").unwrap()
        );
        assert_eq!(
            serde_json::to_string(&super::CacheMethod::Purge).unwrap(),
            "\"PURGE\""
        );
    }
}
