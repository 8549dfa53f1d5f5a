//! Hand-written HTTP semantics of [`StatusCode`] (RFC 9110 and friends), kept
//! apart from the registry list in `registry.rs`.

use crate::StatusCode;

/// Former names of renamed codes, kept so that older code and habits still
/// compile (with a deprecation warning that names the new variant). They are
/// constants, so they work in patterns too.
#[allow(non_upper_case_globals)]
impl StatusCode {
    /// 413's name before RFC 9110.
    #[deprecated(note = "renamed to `ContentTooLarge` by RFC 9110")]
    pub const PayloadTooLarge: StatusCode = StatusCode::ContentTooLarge;
    /// 413's name before RFC 7231.
    #[deprecated(note = "renamed to `ContentTooLarge` by RFC 9110")]
    pub const RequestEntityTooLarge: StatusCode = StatusCode::ContentTooLarge;
    /// 414's name before RFC 7231.
    #[deprecated(note = "renamed to `UriTooLong` by RFC 7231")]
    pub const RequestUriTooLong: StatusCode = StatusCode::UriTooLong;
    /// 416's name before RFC 7233.
    #[deprecated(note = "renamed to `RangeNotSatisfiable` by RFC 7233")]
    pub const RequestedRangeNotSatisfiable: StatusCode = StatusCode::RangeNotSatisfiable;
    /// 422's name in RFC 4918.
    #[deprecated(note = "renamed to `UnprocessableContent` by RFC 9110")]
    pub const UnprocessableEntity: StatusCode = StatusCode::UnprocessableContent;
}

impl StatusCode {
    /// Whether a response with this code may be reused by a cache without explicit
    /// freshness information (RFC 9110, Section 15.1): 200, 203, 204, 206, 300, 301,
    /// 308, 404, 405, 410, 414, 451 (RFC 7725) and 501.
    ///
    /// ```
    /// use codes_core::StatusCode;
    /// assert!(StatusCode::NotFound.is_heuristically_cacheable());
    /// assert!(!StatusCode::Found.is_heuristically_cacheable());
    /// ```
    #[must_use]
    pub const fn is_heuristically_cacheable(self) -> bool {
        matches!(
            self,
            StatusCode::Ok
                | StatusCode::NonAuthoritativeInformation
                | StatusCode::NoContent
                | StatusCode::PartialContent
                | StatusCode::MultipleChoices
                | StatusCode::MovedPermanently
                | StatusCode::PermanentRedirect
                | StatusCode::NotFound
                | StatusCode::MethodNotAllowed
                | StatusCode::Gone
                | StatusCode::UriTooLong
                | StatusCode::UnavailableForLegalReasons
                | StatusCode::NotImplemented
        )
    }

    /// Whether a response with this code can have content at all. `false` for every
    /// 1xx, for 204 and for 304: their messages end with the header section
    /// (RFC 9110, Sections 15.2, 15.3.5 and 15.4.5; RFC 9112, Section 6.3).
    ///
    /// A 205 response is framed like any other (e.g. `Content-Length: 0`) but its
    /// content must be empty; see [`must_be_empty`](Self::must_be_empty).
    ///
    /// ```
    /// use codes_core::StatusCode;
    /// assert!(!StatusCode::NoContent.allows_content());
    /// assert!(!StatusCode::Continue.allows_content());
    /// assert!(StatusCode::NotFound.allows_content());
    /// ```
    #[must_use]
    pub const fn allows_content(self) -> bool {
        !(self.is_informational()
            || matches!(self, StatusCode::NoContent | StatusCode::NotModified))
    }

    /// Whether a server must send no content with this code: the codes of
    /// [`allows_content`](Self::allows_content) plus 205 Reset Content.
    #[must_use]
    pub const fn must_be_empty(self) -> bool {
        !self.allows_content() || matches!(self, StatusCode::ResetContent)
    }

    /// Whether this is a redirect that the client must follow with the same method
    /// and content: 307 and 308. (301 and 302 let clients turn `POST` into `GET`,
    /// and 303 always means `GET`.)
    #[must_use]
    pub const fn preserves_method(self) -> bool {
        matches!(
            self,
            StatusCode::TemporaryRedirect | StatusCode::PermanentRedirect
        )
    }

    /// Whether this is a permanent redirect (301, 308): clients may update their links.
    #[must_use]
    pub const fn is_permanent_redirect(self) -> bool {
        matches!(
            self,
            StatusCode::MovedPermanently | StatusCode::PermanentRedirect
        )
    }

    /// Whether the response typically carries a `Location` header the client acts
    /// on: 201 (the new resource) and the redirects 301, 302, 303, 307 and 308.
    #[must_use]
    pub const fn has_location(self) -> bool {
        matches!(
            self,
            StatusCode::Created
                | StatusCode::MovedPermanently
                | StatusCode::Found
                | StatusCode::SeeOther
                | StatusCode::TemporaryRedirect
                | StatusCode::PermanentRedirect
        )
    }

    /// Whether the condition is temporary and a `Retry-After` header tells the client
    /// when to try again: 429 (RFC 6585), 503 (RFC 9110, Section 15.6.4) and 413
    /// when the limit is temporary (Section 15.5.14).
    ///
    /// ```
    /// use codes_core::StatusCode;
    /// assert!(StatusCode::TooManyRequests.uses_retry_after());
    /// assert!(!StatusCode::BadRequest.uses_retry_after());
    /// ```
    #[must_use]
    pub const fn uses_retry_after(self) -> bool {
        matches!(
            self,
            StatusCode::TooManyRequests
                | StatusCode::ServiceUnavailable
                | StatusCode::ContentTooLarge
        )
    }

    /// The header fields a response with this code must or should carry to be
    /// useful, e.g. `["Allow"]` for 405 and `["WWW-Authenticate"]` for 401.
    ///
    /// ```
    /// use codes_core::StatusCode;
    /// assert_eq!(StatusCode::MethodNotAllowed.expected_headers(), ["Allow"]);
    /// assert!(StatusCode::Ok.expected_headers().is_empty());
    /// ```
    #[must_use]
    pub const fn expected_headers(self) -> &'static [&'static str] {
        match self {
            StatusCode::SwitchingProtocols | StatusCode::UpgradeRequired => &["Upgrade"],
            StatusCode::EarlyHints => &["Link"],
            StatusCode::Created
            | StatusCode::MovedPermanently
            | StatusCode::Found
            | StatusCode::SeeOther
            | StatusCode::TemporaryRedirect
            | StatusCode::PermanentRedirect => &["Location"],
            StatusCode::PartialContent | StatusCode::RangeNotSatisfiable => &["Content-Range"],
            StatusCode::NotModified => &["ETag"],
            StatusCode::Unauthorized => &["WWW-Authenticate"],
            StatusCode::ProxyAuthenticationRequired => &["Proxy-Authenticate"],
            StatusCode::MethodNotAllowed => &["Allow"],
            StatusCode::TooManyRequests | StatusCode::ServiceUnavailable => &["Retry-After"],
            _ => &[],
        }
    }

    /// Whether the registry reserves the code without giving it a meaning of its
    /// own: 306 (unused) and 418 (kept for RFC 2324's teapot).
    #[must_use]
    pub const fn is_reserved(self) -> bool {
        matches!(self, StatusCode::ImATeapot) || self.code() == 306
    }

    /// Whether the code's registration is provisional: 104, a temporary
    /// registration for an Internet-Draft.
    #[must_use]
    pub const fn is_provisional(self) -> bool {
        matches!(self, StatusCode::UploadResumptionSupported)
    }
}
