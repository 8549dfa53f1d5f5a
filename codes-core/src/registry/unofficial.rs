//! Well-known non-standard status codes, as an extension of the registry.
//!
//! Servers, proxies and CDNs answer (or log) numbers that no RFC defines.
//! [`UnofficialStatus`] holds every registered code *and* the common ones of
//! those, so that code reading logs or proxy responses can name them. Prefer
//! [`StatusCode`](crate::StatusCode) for what your own service sends: most of
//! these codes mean something only to the software that emits them.
//!
//! ```
//! use codes_core::unofficial::UnofficialStatus;
//! use codes_core::StatusCode;
//!
//! let status = UnofficialStatus::from_code(499).unwrap();
//! assert_eq!(status, UnofficialStatus::ClientClosedRequest);
//! assert_eq!(status.to_string(), "499 Client Closed Request");
//! // Registered codes convert both ways; unofficial ones do not fit `StatusCode`.
//! assert_eq!(UnofficialStatus::from(StatusCode::NotFound), UnofficialStatus::NotFound);
//! assert!(StatusCode::try_from(status).is_err());
//! ```
//!
//! Sources: the nginx sources (`ngx_http_request.h`), Cloudflare's 5xx
//! troubleshooting pages, Microsoft's IIS and WebDAV documentation, the AWS
//! Application Load Balancer documentation, and the projects named per code.

crate::codes! {
    /// The IANA registry plus well-known non-standard codes emitted by nginx,
    /// Cloudflare, Microsoft IIS, AWS load balancers and a few frameworks.
    ///
    /// Every registered code has the same variant name as in
    /// [`StatusCode`](crate::StatusCode); convert with `From` and `TryFrom`.
    pub enum UnofficialStatus extends crate::StatusCode {
        /// Laravel: the form's CSRF token is missing or has expired.
        ///
        /// Laravel renders its `TokenMismatchException` with this code; reloading
        /// the form gets a fresh token.
        #[spec("Laravel framework")]
        419 PageExpired = "Page Expired",

        /// Twitter's first API: the client is being rate limited.
        ///
        /// Twitter's Search and Trends API v1 used it from 2010; later versions
        /// send the standard `429 Too Many Requests`, which is what new code should use.
        #[spec("Twitter API v1")]
        420 EnhanceYourCalm = "Enhance Your Calm",

        /// Microsoft IIS / Outlook Web Access: the session expired and the client must log in again.
        #[spec("Microsoft IIS")]
        440 LoginTimeout = "Login Time-out",

        /// nginx: close the connection without sending any response.
        ///
        /// A configuration can `return 444;` to drop unwanted clients (scanners,
        /// requests for unknown hosts). The code appears only in nginx's logs; the
        /// client just sees the connection close.
        #[spec("nginx")]
        444 NoResponse = "No Response",

        /// Microsoft WebDAV (MS-WDV): the request lacks information; the client should retry with it.
        #[spec("Microsoft MS-WDV")]
        449 RetryWith = "Retry With",

        /// Microsoft: Windows Parental Controls block access to the page.
        #[spec("Microsoft Windows Parental Controls")]
        450 BlockedByWindowsParentalControls = "Blocked by Windows Parental Controls",

        /// AWS Application Load Balancer: the client closed the connection before the idle timeout elapsed.
        ///
        /// Appears in ALB access logs when a client gives up on a slow target.
        #[spec("AWS Application Load Balancer")]
        460 ClientClosedConnection = "Client Closed Connection",

        /// AWS Application Load Balancer: the `X-Forwarded-For` header lists more than 30 addresses.
        #[spec("AWS Application Load Balancer")]
        463 TooManyForwardedForAddresses = "Too Many X-Forwarded-For Addresses",

        /// nginx: the request's header, or one line of it, is larger than the configured buffers.
        ///
        /// Logged by nginx; the standard equivalent is `431 Request Header Fields Too Large`.
        #[spec("nginx")]
        494 RequestHeaderTooLarge = "Request Header Too Large",

        /// nginx: the client presented a TLS certificate that failed verification.
        #[spec("nginx")]
        495 SslCertificateError = "SSL Certificate Error",

        /// nginx: a client certificate is required and none was sent.
        #[spec("nginx")]
        496 SslCertificateRequired = "SSL Certificate Required",

        /// nginx: a plain-HTTP request arrived on a port that expects HTTPS.
        #[spec("nginx")]
        497 HttpRequestSentToHttpsPort = "HTTP Request Sent to HTTPS Port",

        /// Esri ArcGIS Server: the token is expired or otherwise invalid.
        #[spec("Esri ArcGIS REST API")]
        498 InvalidToken = "Invalid Token",

        /// nginx: the client closed the connection before the server answered.
        ///
        /// Logged, never sent: there is nobody left to send it to. Common in access
        /// logs when users cancel requests or clients time out first. (Esri's ArcGIS
        /// uses 499 for "Token Required"; this enum follows nginx, the common case.)
        #[spec("nginx")]
        499 ClientClosedRequest = "Client Closed Request",

        /// Apache bandwidth modules / cPanel hosting: the site used up its bandwidth allowance.
        #[spec("Apache HTTP Server bandwidth modules")]
        509 BandwidthLimitExceeded = "Bandwidth Limit Exceeded",

        /// Cloudflare: the origin returned an empty, unknown or unexpected response.
        #[spec("Cloudflare")]
        520 WebServerReturnedUnknownError = "Web Server Returns an Unknown Error",

        /// Cloudflare: the origin refused Cloudflare's connection.
        #[spec("Cloudflare")]
        521 WebServerIsDown = "Web Server Is Down",

        /// Cloudflare: connecting to the origin timed out.
        #[spec("Cloudflare")]
        522 ConnectionTimedOut = "Connection Timed Out",

        /// Cloudflare: the origin could not be reached, e.g. because of wrong or missing DNS records.
        #[spec("Cloudflare")]
        523 OriginIsUnreachable = "Origin Is Unreachable",

        /// Cloudflare: the TCP connection to the origin succeeded, but no HTTP response came in time.
        #[spec("Cloudflare")]
        524 TimeoutOccurred = "A Timeout Occurred",

        /// Cloudflare: the TLS handshake with the origin failed.
        #[spec("Cloudflare")]
        525 SslHandshakeFailed = "SSL Handshake Failed",

        /// Cloudflare: the origin's certificate could not be validated (Full (strict) SSL mode).
        #[spec("Cloudflare")]
        526 InvalidSslCertificate = "Invalid SSL Certificate",

        /// Cloudflare Railgun: the connection between Railgun and the origin failed.
        ///
        /// Railgun has been discontinued, so the code is obsolete.
        #[spec("Cloudflare Railgun")]
        #[deprecated(note = "Cloudflare Railgun has been discontinued")]
        527 RailgunError = "Railgun Error",

        /// Cloudflare: the origin's host name could not be resolved; the body carries a 1xxx error code.
        #[spec("Cloudflare")]
        530 OriginDnsError = "Origin DNS Error",

        /// Some proxies (and clients such as Tornado's): the connection to the upstream timed out.
        ///
        /// An informal convention, not tied to one product.
        #[spec("informal proxy convention")]
        599 NetworkConnectTimeoutError = "Network Connect Timeout Error",
    }
}
