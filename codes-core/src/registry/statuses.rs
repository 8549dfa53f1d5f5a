//! The IANA HTTP Status Code Registry, as one `codes!` list.
//!
//! Source: the registry as last updated 2025-09-15 (64 assigned values), with
//! RFC 9110's names. This file holds the list and its docs only; behaviour that
//! is specific to HTTP semantics is hand-written in `status/semantics.rs`.
//!
//! Doc conventions per entry: the first paragraph is one sentence (it becomes
//! `description()`); then when to use the code and when not; then, where it
//! helps, an example exchange as a `text` block.

crate::codes! {
    /// An HTTP status code: every code assigned in the IANA HTTP Status Code
    /// Registry, as an exhaustive enum.
    ///
    /// Each variant's discriminant is its code (`StatusCode::NotFound as u16 == 404`),
    /// the type is two bytes, and so is `Option<StatusCode>`. The names are RFC 9110's
    /// (`ContentTooLarge`, `UnprocessableContent`, ...); the pre-RFC 9110 names are
    /// kept as deprecated associated constants (`StatusCode::PayloadTooLarge`) and are
    /// accepted when parsing text.
    ///
    /// ```
    /// use codes_core::StatusCode;
    ///
    /// let status = StatusCode::from_code(404).unwrap();
    /// assert_eq!(status, StatusCode::NotFound);
    /// assert_eq!(status.to_string(), "404 Not Found");
    /// assert_eq!(status.reason(), "Not Found");
    /// assert!(status.is_client_error());
    /// assert_eq!("payload too large".parse(), Ok(StatusCode::ContentTooLarge));
    ///
    /// // Unknown codes are errors, never panics; RFC 9110's fallback is one call away.
    /// assert!(StatusCode::try_from(299).is_err());
    /// assert_eq!(StatusCode::from_code_lenient(299), Some(StatusCode::Ok));
    /// ```
    ///
    /// Matching is exhaustive: a `match` without a `_` arm names every registered
    /// code, and the compiler checks it. A change of the IANA registry is therefore
    /// a new major version of `codes-core`; see the crate docs on stability.
    #[codes(path = crate::StatusCode)]
    pub enum StatusCode {
        // ---------------------------------------------------------------- 1xx

        /// The request's header section arrived and looks acceptable, so the client should go on and send the body.
        ///
        /// A client that is about to upload something large can send
        /// `Expect: 100-continue` and wait: the server answers `100` to say "send it",
        /// or a final error such as `413` or `401` to save the client the upload.
        /// Servers that do not look at `Expect` simply never send it, so clients wait
        /// only a short while before sending the body anyway.
        ///
        /// ```text
        /// PUT /videos/launch.mp4 HTTP/1.1
        /// Content-Length: 734003200
        /// Expect: 100-continue
        ///
        /// HTTP/1.1 100 Continue
        /// (the client sends the body; a final status such as 201 follows)
        /// ```
        #[spec("RFC 9110, Section 15.2.1")]
        100 Continue = "Continue",

        /// The server agrees to the client's `Upgrade` request and switches the connection to another protocol.
        ///
        /// The response names the new protocol in `Upgrade`; everything after the
        /// blank line is spoken in it. The usual case is the WebSocket handshake
        /// over HTTP/1.1 (HTTP/2 and HTTP/3 do not use `101`).
        ///
        /// ```text
        /// GET /chat HTTP/1.1
        /// Connection: Upgrade
        /// Upgrade: websocket
        ///
        /// HTTP/1.1 101 Switching Protocols
        /// Connection: Upgrade
        /// Upgrade: websocket
        /// ```
        #[spec("RFC 9110, Section 15.2.2")]
        101 SwitchingProtocols = "Switching Protocols",

        /// An interim answer from a WebDAV server: the request is still being worked on, no final response yet.
        ///
        /// Defined by the original WebDAV RFC for long operations (a deep `COPY`) so
        /// that clients do not time out. RFC 4918 dropped it, and modern clients
        /// rarely expect it; prefer `202 Accepted` with a status resource for long work.
        ///
        /// ```text
        /// COPY /archive/ HTTP/1.1
        /// Destination: /backup/archive/
        /// Depth: infinity
        ///
        /// HTTP/1.1 102 Processing
        /// (later, the final response)
        /// HTTP/1.1 201 Created
        /// ```
        #[spec("RFC 2518")]
        102 Processing = "Processing",

        /// An interim response that carries headers (usually `Link: rel=preload`) the client can act on before the final response.
        ///
        /// Lets a browser start fetching style sheets and scripts while the server
        /// is still computing the page. The headers are hints; the final response
        /// repeats what matters.
        ///
        /// ```text
        /// GET /dashboard HTTP/1.1
        ///
        /// HTTP/1.1 103 Early Hints
        /// Link: </app.css>; rel=preload; as=style
        ///
        /// HTTP/1.1 200 OK
        /// Content-Type: text/html
        /// ```
        #[spec("RFC 8297")]
        103 EarlyHints = "Early Hints",

        /// An interim response that tells the client the server can resume an interrupted upload.
        ///
        /// **Provisional.** This is a *temporary* IANA registration for the
        /// resumable-uploads Internet-Draft, registered 2024-11-13 and extended to
        /// 2026-11-13. Its number and meaning may change when the draft becomes an
        /// RFC (or the registration may lapse); treat it as experimental.
        #[spec("draft-ietf-httpbis-resumable-upload-05")]
        104 UploadResumptionSupported = "Upload Resumption Supported",

        // ---------------------------------------------------------------- 2xx

        /// The request succeeded, and the content is the result: the resource for `GET`, the outcome for `POST`, `PUT` or `PATCH`.
        ///
        /// The default success code. Prefer something more precise when it exists:
        /// `201` when a `POST` or `PUT` created a resource, `204` when there is
        /// nothing to send back, `202` when the work is only queued.
        ///
        /// ```text
        /// GET /users/42 HTTP/1.1
        ///
        /// HTTP/1.1 200 OK
        /// Content-Type: application/json
        /// ETag: "v7"
        ///
        /// {"id": 42, "name": "Ada"}
        /// ```
        #[spec("RFC 9110, Section 15.3.1")]
        200 Ok = "OK",

        /// The request created one or more new resources; `Location` names the main one.
        ///
        /// Use it for a `POST` to a collection (or a `PUT` to a new URI) that made
        /// something. Send `Location` with the new resource's URI and, usually, its
        /// representation or at least its id. Do not use it for updates of existing
        /// resources (`200` or `204`), nor for work that has merely been queued (`202`).
        ///
        /// ```text
        /// POST /users HTTP/1.1
        /// Content-Type: application/json
        ///
        /// {"email": "ada@example.com"}
        ///
        /// HTTP/1.1 201 Created
        /// Location: /users/43
        /// Content-Type: application/json
        ///
        /// {"id": 43, "email": "ada@example.com"}
        /// ```
        #[spec("RFC 9110, Section 15.3.2")]
        201 Created = "Created",

        /// The request was accepted for processing, which has not finished (and may still fail).
        ///
        /// Use it for work that is queued or runs in the background: a report, a
        /// video transcode, a bulk import. Point the client at something it can poll
        /// (a `Location` or a link in the body) to learn the outcome.
        ///
        /// ```text
        /// POST /exports HTTP/1.1
        ///
        /// HTTP/1.1 202 Accepted
        /// Location: /exports/9f2c/status
        /// ```
        #[spec("RFC 9110, Section 15.3.3")]
        202 Accepted = "Accepted",

        /// The request succeeded, but a transforming proxy changed the content the origin sent.
        ///
        /// Sent by intermediaries (never by the origin itself) that rewrote a `200`
        /// response, for instance by recompressing images, so that clients know the
        /// bytes are not the origin's.
        ///
        /// ```text
        /// GET /photos/17 HTTP/1.1
        ///
        /// HTTP/1.1 203 Non-Authoritative Information
        /// Content-Type: image/webp
        /// (an image the proxy re-encoded)
        /// ```
        #[spec("RFC 9110, Section 15.3.4")]
        #[alias("Non Authoritative Information")]
        203 NonAuthoritativeInformation = "Non-Authoritative Information",

        /// The request succeeded and there is deliberately no content to send back.
        ///
        /// The usual answer to a successful `DELETE`, or to a `PUT`/`PATCH` whose
        /// client does not need the new state. The response ends after the headers:
        /// a `204` cannot carry a body. If the client needs data back, use `200`.
        ///
        /// ```text
        /// DELETE /users/42 HTTP/1.1
        ///
        /// HTTP/1.1 204 No Content
        /// ```
        #[spec("RFC 9110, Section 15.3.5")]
        204 NoContent = "No Content",

        /// The request succeeded, and the client should reset the view that sent it (clear the form).
        ///
        /// Meant for data-entry interfaces that submit repeatedly. The server must
        /// not send content, but unlike `204` the response is framed normally
        /// (e.g. `Content-Length: 0`). Rare in APIs.
        ///
        /// ```text
        /// POST /survey/answers HTTP/1.1
        ///
        /// HTTP/1.1 205 Reset Content
        /// Content-Length: 0
        /// ```
        #[spec("RFC 9110, Section 15.3.6")]
        205 ResetContent = "Reset Content",

        /// The server sends only the byte ranges the client asked for with `Range`.
        ///
        /// The basis of resumable downloads and media seeking. A single range is
        /// described by `Content-Range`; several come as `multipart/byteranges`. A
        /// range the resource cannot satisfy gets `416` instead.
        ///
        /// ```text
        /// GET /movie.mp4 HTTP/1.1
        /// Range: bytes=0-1048575
        ///
        /// HTTP/1.1 206 Partial Content
        /// Content-Range: bytes 0-1048575/734003200
        /// Content-Length: 1048576
        /// ```
        #[spec("RFC 9110, Section 15.3.7")]
        206 PartialContent = "Partial Content",

        /// A WebDAV response whose XML body holds a separate status for each of several resources.
        ///
        /// Used by `PROPFIND`, `PROPPATCH` and batch operations where parts may
        /// succeed and parts fail; the real outcomes are inside the body.
        ///
        /// ```text
        /// PROPFIND /files/ HTTP/1.1
        /// Depth: 1
        ///
        /// HTTP/1.1 207 Multi-Status
        /// Content-Type: application/xml
        /// ```
        #[spec("RFC 4918")]
        207 MultiStatus = "Multi-Status",

        /// Inside a WebDAV `207` body: this member was already listed earlier in the response, so it is not repeated.
        ///
        /// Avoids enumerating the same resource again when bindings make a
        /// collection reachable along several paths.
        #[spec("RFC 5842")]
        208 AlreadyReported = "Already Reported",

        /// The server answered a `GET` with the result of instance manipulations (such as a delta) applied to the current instance.
        ///
        /// Part of HTTP delta encoding (`A-IM` request header, `IM` response
        /// header). Rarely deployed.
        #[spec("RFC 3229")]
        226 ImUsed = "IM Used",

        // ---------------------------------------------------------------- 3xx

        /// The resource has several representations and the client (or user) should pick one.
        ///
        /// The body lists the choices; a `Location` may name the server's
        /// preference. Seldom used, since servers usually negotiate and pick.
        ///
        /// ```text
        /// GET /manual HTTP/1.1
        ///
        /// HTTP/1.1 300 Multiple Choices
        /// Location: /manual.en.html
        /// Content-Type: text/html
        /// (a page linking /manual.en.html and /manual.de.html)
        /// ```
        #[spec("RFC 9110, Section 15.4.1")]
        300 MultipleChoices = "Multiple Choices",

        /// The resource has a new permanent URI, given in `Location`; clients should use it from now on.
        ///
        /// Use it when a URL moves for good (a site restructure, http → https).
        /// Caches may keep it. Browsers historically turn a redirected `POST` into a
        /// `GET`; to move a URL that receives `POST`s, use `308` instead.
        ///
        /// ```text
        /// GET /blog/2019/hello HTTP/1.1
        ///
        /// HTTP/1.1 301 Moved Permanently
        /// Location: /posts/hello
        /// ```
        #[spec("RFC 9110, Section 15.4.2")]
        301 MovedPermanently = "Moved Permanently",

        /// The resource is at another URI for now, given in `Location`; keep using the original one.
        ///
        /// Use it for temporary detours (a login page, a campaign). Like `301`,
        /// clients may change `POST` to `GET` when following it; use `307` when the
        /// method must stay, and `303` when you want the `GET` on purpose.
        ///
        /// ```text
        /// GET /account HTTP/1.1
        ///
        /// HTTP/1.1 302 Found
        /// Location: /login?next=/account
        /// ```
        #[spec("RFC 9110, Section 15.4.3")]
        #[alias("Moved Temporarily")]
        302 Found = "Found",

        /// The result of the request is elsewhere: the client should `GET` the URI in `Location`.
        ///
        /// The classic "post/redirect/get" step: after a form `POST` succeeds, send
        /// the browser to a page it can reload safely. The follow-up is always a `GET`.
        ///
        /// ```text
        /// POST /orders HTTP/1.1
        ///
        /// HTTP/1.1 303 See Other
        /// Location: /orders/1007
        /// ```
        #[spec("RFC 9110, Section 15.4.4")]
        303 SeeOther = "See Other",

        /// The client's cached copy is still valid, so the server sends no content.
        ///
        /// The answer to a conditional `GET` or `HEAD` (`If-None-Match` with an
        /// `ETag`, or `If-Modified-Since`) when nothing changed. It has no body and
        /// should repeat the validators (`ETag`) and caching headers.
        ///
        /// ```text
        /// GET /app.css HTTP/1.1
        /// If-None-Match: "a1b2c3"
        ///
        /// HTTP/1.1 304 Not Modified
        /// ETag: "a1b2c3"
        /// Cache-Control: max-age=3600
        /// ```
        #[spec("RFC 9110, Section 15.4.5")]
        304 NotModified = "Not Modified",

        /// Deprecated: once told the client to repeat the request through the proxy in `Location`.
        ///
        /// Letting a server choose a client's proxy is a security hole, so RFC 7231
        /// deprecated the code and clients ignore it. Never send it.
        #[spec("RFC 9110, Section 15.4.6")]
        #[deprecated(note = "deprecated by RFC 7231 for security reasons; clients ignore it")]
        305 UseProxy = "Use Proxy",

        /// Reserved: the code was used by an earlier draft of HTTP and is no longer used.
        ///
        /// Historically "Switch Proxy". It has no meaning; never send it.
        #[spec("RFC 9110, Section 15.4.7")]
        #[alias("Switch Proxy")]
        #[deprecated(note = "reserved: 306 is unused and has no meaning")]
        306 Unused = "(Unused)",

        /// The resource is temporarily at the URI in `Location`, and the client must repeat the request there unchanged.
        ///
        /// Like `302`, but the method and body are kept: a `POST` stays a `POST`.
        /// Use it for temporary redirects of APIs and forms.
        ///
        /// ```text
        /// POST /api/upload HTTP/1.1
        ///
        /// HTTP/1.1 307 Temporary Redirect
        /// Location: https://eu.upload.example/api/upload
        /// ```
        #[spec("RFC 9110, Section 15.4.8")]
        307 TemporaryRedirect = "Temporary Redirect",

        /// The resource has a new permanent URI in `Location`, and the client must repeat the request there unchanged.
        ///
        /// Like `301`, but the method and body are kept. Use it to move an API
        /// endpoint for good.
        ///
        /// ```text
        /// POST /v1/payments HTTP/1.1
        ///
        /// HTTP/1.1 308 Permanent Redirect
        /// Location: /v2/payments
        /// ```
        #[spec("RFC 9110, Section 15.4.9")]
        308 PermanentRedirect = "Permanent Redirect",

        // ---------------------------------------------------------------- 4xx

        /// The server cannot or will not process the request because it is malformed.
        ///
        /// Use it for requests that are broken as messages: unparsable JSON, a
        /// missing required parameter, a bad header, a wrong type in a query
        /// string. When the syntax is fine but the values break your rules (an
        /// invalid email, an end date before the start), `422` says so more precisely.
        ///
        /// ```text
        /// POST /users HTTP/1.1
        /// Content-Type: application/json
        ///
        /// {"email": "ada@example.com",
        ///
        /// HTTP/1.1 400 Bad Request
        /// Content-Type: application/problem+json
        /// ```
        #[spec("RFC 9110, Section 15.5.1")]
        400 BadRequest = "Bad Request",

        /// The request lacks valid credentials: the client must authenticate (despite its name, the code is about authentication).
        ///
        /// Use it when no credentials were sent, or they are wrong or expired. The
        /// response must carry `WWW-Authenticate` with at least one challenge. When
        /// the client *is* authenticated but not allowed, that is `403`.
        ///
        /// ```text
        /// GET /me HTTP/1.1
        ///
        /// HTTP/1.1 401 Unauthorized
        /// WWW-Authenticate: Bearer realm="api"
        /// ```
        #[spec("RFC 9110, Section 15.5.2")]
        401 Unauthorized = "Unauthorized",

        /// Reserved for future use in payment schemes; no standard semantics.
        ///
        /// Some services use it for "subscription required" or "quota exhausted",
        /// but clients give it no common meaning. Prefer `403` with a clear body.
        ///
        /// ```text
        /// GET /reports/premium HTTP/1.1
        ///
        /// HTTP/1.1 402 Payment Required
        /// Content-Type: application/problem+json
        /// ```
        #[spec("RFC 9110, Section 15.5.3")]
        402 PaymentRequired = "Payment Required",

        /// The server understood who is asking and refuses: authenticating (again) will not help.
        ///
        /// Use it for missing permissions (a user editing someone else's order, a
        /// non-admin on an admin route). If the client is simply not logged in, use
        /// `401`. A server that wants to hide that a resource exists may answer
        /// `404` instead.
        ///
        /// ```text
        /// DELETE /projects/7 HTTP/1.1
        /// Authorization: Bearer eyJ...
        ///
        /// HTTP/1.1 403 Forbidden
        /// ```
        #[spec("RFC 9110, Section 15.5.4")]
        403 Forbidden = "Forbidden",

        /// The server has nothing at the target URI, or will not say that it has.
        ///
        /// Use it for unknown ids and unknown routes. It says nothing about whether
        /// the absence is permanent; if you know a resource was removed for good,
        /// `410` says so. If the URI exists but the method does not, that is `405`.
        ///
        /// ```text
        /// GET /users/999 HTTP/1.1
        ///
        /// HTTP/1.1 404 Not Found
        /// Content-Type: application/problem+json
        /// ```
        #[spec("RFC 9110, Section 15.5.5")]
        404 NotFound = "Not Found",

        /// The resource exists but does not support the request's method; `Allow` lists those it does.
        ///
        /// The response must include `Allow`. Do not use it for authorization
        /// failures (`403`) nor for unknown routes (`404`).
        ///
        /// ```text
        /// DELETE /users HTTP/1.1
        ///
        /// HTTP/1.1 405 Method Not Allowed
        /// Allow: GET, POST
        /// ```
        #[spec("RFC 9110, Section 15.5.6")]
        405 MethodNotAllowed = "Method Not Allowed",

        /// No representation matches the request's `Accept*` headers, and the server will not send a default.
        ///
        /// Most servers prefer to ignore unsatisfiable `Accept` headers and send
        /// their default; use `406` when sending something else would be wrong.
        ///
        /// ```text
        /// GET /report HTTP/1.1
        /// Accept: application/pdf
        ///
        /// HTTP/1.1 406 Not Acceptable
        /// ```
        #[spec("RFC 9110, Section 15.5.7")]
        406 NotAcceptable = "Not Acceptable",

        /// Like `401`, but the client must authenticate with the proxy in between.
        ///
        /// The proxy must send `Proxy-Authenticate`; the client retries with
        /// `Proxy-Authorization`.
        ///
        /// ```text
        /// GET http://intranet.example/ HTTP/1.1
        ///
        /// HTTP/1.1 407 Proxy Authentication Required
        /// Proxy-Authenticate: Basic realm="corp-proxy"
        /// ```
        #[spec("RFC 9110, Section 15.5.8")]
        407 ProxyAuthenticationRequired = "Proxy Authentication Required",

        /// The server gave up waiting for the client to finish sending the request.
        ///
        /// Sent when a client opens a connection and then stalls; the server
        /// usually closes the connection afterwards (`Connection: close`). Not for
        /// slow upstreams: that is `504`.
        ///
        /// ```text
        /// POST /upload HTTP/1.1
        /// Content-Length: 1000000
        /// (the client stops sending)
        ///
        /// HTTP/1.1 408 Request Timeout
        /// Connection: close
        /// ```
        #[spec("RFC 9110, Section 15.5.9")]
        408 RequestTimeout = "Request Timeout",

        /// The request conflicts with the current state of the resource.
        ///
        /// Use it for uniqueness violations (an email already registered), edit
        /// conflicts and state machines that forbid the transition (cancelling a
        /// shipped order). Say in the body how to resolve it. A failed `If-Match`
        /// precondition is `412`, not `409`.
        ///
        /// ```text
        /// POST /users HTTP/1.1
        ///
        /// {"email": "ada@example.com"}
        ///
        /// HTTP/1.1 409 Conflict
        /// Content-Type: application/problem+json
        /// ```
        #[spec("RFC 9110, Section 15.5.10")]
        409 Conflict = "Conflict",

        /// The resource used to exist here, is gone for good, and no forwarding address is known.
        ///
        /// Stronger than `404`: it tells clients and search engines to drop their
        /// links. Use it only when you know the removal is permanent; caches may
        /// keep it.
        ///
        /// ```text
        /// GET /promotions/spring-2024 HTTP/1.1
        ///
        /// HTTP/1.1 410 Gone
        /// ```
        #[spec("RFC 9110, Section 15.5.11")]
        410 Gone = "Gone",

        /// The server requires a `Content-Length` header and the request had none.
        ///
        /// Typically a request body sent with chunked encoding to a server that
        /// needs to know the size up front.
        ///
        /// ```text
        /// POST /upload HTTP/1.1
        /// Transfer-Encoding: chunked
        ///
        /// HTTP/1.1 411 Length Required
        /// ```
        #[spec("RFC 9110, Section 15.5.12")]
        411 LengthRequired = "Length Required",

        /// A precondition in the request's headers (`If-Match`, `If-Unmodified-Since`, ...) evaluated to false.
        ///
        /// The tool of optimistic concurrency: the client sends the `ETag` it last
        /// saw, and the server refuses the write if the resource changed since.
        ///
        /// ```text
        /// PUT /documents/12 HTTP/1.1
        /// If-Match: "v3"
        ///
        /// HTTP/1.1 412 Precondition Failed
        /// ETag: "v4"
        /// ```
        #[spec("RFC 9110, Section 15.5.13")]
        412 PreconditionFailed = "Precondition Failed",

        /// The request's content is larger than the server is willing or able to handle.
        ///
        /// Formerly "Payload Too Large" and "Request Entity Too Large". The server
        /// may close the connection; if the limit is temporary it should send
        /// `Retry-After`. Oversized *headers* are `431`, an oversized URI `414`.
        ///
        /// ```text
        /// POST /avatars HTTP/1.1
        /// Content-Length: 52428800
        ///
        /// HTTP/1.1 413 Content Too Large
        /// Connection: close
        /// ```
        #[spec("RFC 9110, Section 15.5.14")]
        #[alias("Payload Too Large", "Request Entity Too Large")]
        413 ContentTooLarge = "Content Too Large",

        /// The target URI is longer than the server is willing to interpret.
        ///
        /// Often a sign of a redirect loop that keeps appending to the URI, or of
        /// data that belongs in a `POST` body being stuffed into a query string.
        ///
        /// ```text
        /// GET /search?q=aaaaaaaa...(20 000 characters) HTTP/1.1
        ///
        /// HTTP/1.1 414 URI Too Long
        /// ```
        #[spec("RFC 9110, Section 15.5.15")]
        #[alias("Request-URI Too Long")]
        414 UriTooLong = "URI Too Long",

        /// The request's content is in a format (`Content-Type` or `Content-Encoding`) the server does not support for this resource.
        ///
        /// Use it when a JSON API receives XML or form data. Say which types are
        /// accepted, e.g. with an `Accept` (or, for `PATCH`, `Accept-Patch`) header.
        ///
        /// ```text
        /// POST /users HTTP/1.1
        /// Content-Type: text/xml
        ///
        /// HTTP/1.1 415 Unsupported Media Type
        /// Accept: application/json
        /// ```
        #[spec("RFC 9110, Section 15.5.16")]
        415 UnsupportedMediaType = "Unsupported Media Type",

        /// None of the ranges in the request's `Range` header overlap the resource.
        ///
        /// Send `Content-Range` with the current length (`bytes */LENGTH`) so the
        /// client can ask again sensibly.
        ///
        /// ```text
        /// GET /movie.mp4 HTTP/1.1
        /// Range: bytes=900000000-
        ///
        /// HTTP/1.1 416 Range Not Satisfiable
        /// Content-Range: bytes */734003200
        /// ```
        #[spec("RFC 9110, Section 15.5.17")]
        #[alias("Requested Range Not Satisfiable")]
        416 RangeNotSatisfiable = "Range Not Satisfiable",

        /// The server cannot meet the expectation in the request's `Expect` header.
        ///
        /// In practice: an `Expect` other than `100-continue`, or a proxy that knows
        /// the next hop will not honour it.
        ///
        /// ```text
        /// PUT /upload HTTP/1.1
        /// Expect: 200-ok
        ///
        /// HTTP/1.1 417 Expectation Failed
        /// ```
        #[spec("RFC 9110, Section 15.5.18")]
        417 ExpectationFailed = "Expectation Failed",

        /// Reserved: the "I'm a teapot" joke code of RFC 2324's coffee-pot protocol.
        ///
        /// RFC 9110 keeps 418 reserved (and the registry lists it as unused) because
        /// so much software answers it that it could never be given another meaning.
        /// Do not use it for real errors; easter eggs only.
        ///
        /// ```text
        /// BREW /pot-1 HTCPCP/1.0
        ///
        /// HTCPCP/1.0 418 I'm a teapot
        /// ```
        #[spec("RFC 9110, Section 15.5.19")]
        418 ImATeapot = "I'm a teapot",

        /// The request reached a server that is not set up to answer for the request's scheme and authority.
        ///
        /// Happens when an HTTP/2 or HTTP/3 connection is reused for a host name the
        /// server does not serve (shared certificates); the client can retry on a
        /// new connection. Not heuristically cacheable.
        ///
        /// ```text
        /// GET /account HTTP/2
        /// :authority: admin.example.com
        /// (sent on a connection opened for www.example.com)
        ///
        /// HTTP/2 421 Misdirected Request
        /// ```
        #[spec("RFC 9110, Section 15.5.20")]
        421 MisdirectedRequest = "Misdirected Request",

        /// The request is well-formed and of a supported type, but its content fails the server's rules.
        ///
        /// Formerly "Unprocessable Entity". The natural answer to validation
        /// errors: list every failing field in the body. When the request cannot
        /// even be parsed, use `400`; for conflicts with stored state, `409`.
        ///
        /// ```text
        /// POST /users HTTP/1.1
        /// Content-Type: application/json
        ///
        /// {"email": "not-an-email", "age": -3}
        ///
        /// HTTP/1.1 422 Unprocessable Content
        /// Content-Type: application/problem+json
        /// ```
        #[spec("RFC 9110, Section 15.5.21")]
        #[alias("Unprocessable Entity")]
        422 UnprocessableContent = "Unprocessable Content",

        /// WebDAV: the resource is locked, and the request did not present the lock.
        ///
        /// ```text
        /// PUT /docs/plan.odt HTTP/1.1
        ///
        /// HTTP/1.1 423 Locked
        /// ```
        #[spec("RFC 4918")]
        423 Locked = "Locked",

        /// WebDAV: the method could not be performed because another action it depended on failed.
        ///
        /// Appears inside `207` bodies: one failed `PROPPATCH` instruction makes the
        /// others fail with `424`.
        #[spec("RFC 4918")]
        424 FailedDependency = "Failed Dependency",

        /// The server will not process a request sent in TLS early data (0-RTT), because a replay could do harm.
        ///
        /// The client retries after the handshake completes. Use it for
        /// non-idempotent requests received as early data.
        ///
        /// ```text
        /// POST /transfer HTTP/1.1
        /// Early-Data: 1
        /// (received by a proxy in TLS 0-RTT data)
        ///
        /// HTTP/1.1 425 Too Early
        /// ```
        #[spec("RFC 8470")]
        425 TooEarly = "Too Early",

        /// The server refuses to answer with the current protocol; the client must switch to one listed in `Upgrade`.
        ///
        /// The response must carry `Upgrade` (and `Connection: Upgrade`).
        ///
        /// ```text
        /// GET /stream HTTP/1.1
        ///
        /// HTTP/1.1 426 Upgrade Required
        /// Upgrade: HTTP/2.0
        /// Connection: Upgrade
        /// ```
        #[spec("RFC 9110, Section 15.5.22")]
        426 UpgradeRequired = "Upgrade Required",

        /// The server requires conditional requests here, and this one had no precondition.
        ///
        /// Protects against lost updates: the client must first `GET` the resource
        /// and then send its writes with `If-Match`.
        ///
        /// ```text
        /// PUT /documents/12 HTTP/1.1
        ///
        /// HTTP/1.1 428 Precondition Required
        /// ```
        #[spec("RFC 6585")]
        428 PreconditionRequired = "Precondition Required",

        /// The client sent too many requests in a given time (rate limiting).
        ///
        /// Send `Retry-After` so that well-behaved clients know when to come back,
        /// and say which limit was hit. Not for a server that is overloaded as a
        /// whole: that is `503`.
        ///
        /// ```text
        /// GET /search?q=rust HTTP/1.1
        ///
        /// HTTP/1.1 429 Too Many Requests
        /// Retry-After: 30
        /// ```
        #[spec("RFC 6585")]
        429 TooManyRequests = "Too Many Requests",

        /// The server will not process the request because its header fields are too large, one of them or all together.
        ///
        /// Often an overgrown `Cookie` header. Not for large bodies (`413`).
        ///
        /// ```text
        /// GET / HTTP/1.1
        /// Cookie: session=...(16 KiB)
        ///
        /// HTTP/1.1 431 Request Header Fields Too Large
        /// ```
        #[spec("RFC 6585")]
        431 RequestHeaderFieldsTooLarge = "Request Header Fields Too Large",

        /// The server is denying access because of a legal demand, such as a court order or government censorship.
        ///
        /// Say in the body who demands the block; a `Link` with `rel="blocked-by"`
        /// can name them. The number is a nod to *Fahrenheit 451*. Cacheable by
        /// default.
        ///
        /// ```text
        /// GET /videos/banned HTTP/1.1
        ///
        /// HTTP/1.1 451 Unavailable For Legal Reasons
        /// Link: <https://authority.example/legal>; rel="blocked-by"
        /// ```
        #[spec("RFC 7725")]
        451 UnavailableForLegalReasons = "Unavailable For Legal Reasons",

        // ---------------------------------------------------------------- 5xx

        /// The server hit an unexpected condition that kept it from fulfilling the request.
        ///
        /// The catch-all for bugs and unhandled failures. Log the details on the
        /// server; send the client a generic message, never a stack trace. When you
        /// know more (an upstream failed, the service is overloaded), a more precise
        /// 5xx helps clients decide whether to retry.
        ///
        /// ```text
        /// GET /orders HTTP/1.1
        ///
        /// HTTP/1.1 500 Internal Server Error
        /// Content-Type: application/problem+json
        /// ```
        #[spec("RFC 9110, Section 15.6.1")]
        500 InternalServerError = "Internal Server Error",

        /// The server does not support the functionality the request needs, for any resource.
        ///
        /// The right answer to a method the server does not know at all (`PURGE`
        /// on a server without caching). If the method exists but not for this
        /// resource, use `405`. Cacheable by default.
        ///
        /// ```text
        /// PURGE /index.html HTTP/1.1
        ///
        /// HTTP/1.1 501 Not Implemented
        /// ```
        #[spec("RFC 9110, Section 15.6.2")]
        501 NotImplemented = "Not Implemented",

        /// A gateway or proxy got an invalid response from the server behind it.
        ///
        /// The upstream answered with garbage, reset the connection, or crashed.
        /// When the upstream answered nothing in time, that is `504`.
        ///
        /// ```text
        /// GET /api/orders HTTP/1.1
        ///
        /// HTTP/1.1 502 Bad Gateway
        /// ```
        #[spec("RFC 9110, Section 15.6.3")]
        502 BadGateway = "Bad Gateway",

        /// The server cannot handle the request right now (overload or maintenance) and expects to recover.
        ///
        /// Send `Retry-After` when you know how long it will take. Use it for
        /// planned maintenance, load shedding and failing health checks; for a
        /// single client exceeding its quota, use `429`.
        ///
        /// ```text
        /// GET /checkout HTTP/1.1
        ///
        /// HTTP/1.1 503 Service Unavailable
        /// Retry-After: 120
        /// ```
        #[spec("RFC 9110, Section 15.6.4")]
        503 ServiceUnavailable = "Service Unavailable",

        /// A gateway or proxy did not get a response from the server behind it in time.
        ///
        /// A slow database query behind a proxy with a 30-second timeout ends here.
        /// Not for clients that are slow to send (`408`).
        ///
        /// ```text
        /// GET /reports/yearly HTTP/1.1
        ///
        /// HTTP/1.1 504 Gateway Timeout
        /// ```
        #[spec("RFC 9110, Section 15.6.5")]
        504 GatewayTimeout = "Gateway Timeout",

        /// The server does not support the major version of HTTP used in the request.
        ///
        /// The body should say which versions it does support.
        ///
        /// ```text
        /// GET / HTTP/3.5
        ///
        /// HTTP/1.1 505 HTTP Version Not Supported
        /// ```
        #[spec("RFC 9110, Section 15.6.6")]
        505 HttpVersionNotSupported = "HTTP Version Not Supported",

        /// Content negotiation is misconfigured: the chosen variant is itself set up to negotiate, making a loop.
        ///
        /// Part of transparent content negotiation, an experimental scheme that
        /// is rarely deployed.
        #[spec("RFC 2295")]
        506 VariantAlsoNegotiates = "Variant Also Negotiates",

        /// WebDAV: the server cannot store what the request needs (the disk or quota is full).
        ///
        /// Unlike `413`, the request itself is fine; the server is short of space.
        ///
        /// ```text
        /// PUT /files/video.mov HTTP/1.1
        /// Content-Length: 4294967296
        ///
        /// HTTP/1.1 507 Insufficient Storage
        /// ```
        #[spec("RFC 4918")]
        507 InsufficientStorage = "Insufficient Storage",

        /// WebDAV: the server found an infinite loop while processing a `Depth: infinity` request and stopped.
        #[spec("RFC 5842")]
        508 LoopDetected = "Loop Detected",

        /// Obsolete: the request needed an HTTP extension (RFC 2774) that it did not declare.
        ///
        /// The extension framework of RFC 2774 was moved to Historic status, and the
        /// registry marks this code as obsoleted.
        #[spec("RFC 2774")]
        #[deprecated(note = "obsoleted: the HTTP extension framework of RFC 2774 is Historic")]
        510 NotExtended = "Not Extended",

        /// The client must authenticate to the network (a captive portal) before it gets access.
        ///
        /// Sent by interception proxies such as hotel or airport Wi-Fi portals, with
        /// a body that links to the login page. Origin servers must not send it.
        ///
        /// ```text
        /// GET /news HTTP/1.1
        ///
        /// HTTP/1.1 511 Network Authentication Required
        /// Content-Type: text/html
        /// ```
        #[spec("RFC 6585")]
        511 NetworkAuthenticationRequired = "Network Authentication Required",
    }
}

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
