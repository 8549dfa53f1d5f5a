//! The canonical gRPC status codes, as one `codes!` list, and their mappings
//! to and from HTTP status codes.
//!
//! Sources: googleapis `google/rpc/code.proto` (the 17 codes, what each means,
//! and the HTTP status each corresponds to), grpc's
//! `doc/http-grpc-status-mapping.md` (what a client reports for an HTTP answer
//! that carries no `grpc-status`), and Google's HTTP -> RPC table in its cloud
//! API documentation (a server's default for an error whose HTTP status it
//! knows). The root package's `tests/grpc.rs` checks the list and the forward
//! mapping against `tests/data/grpc-status-codes.csv`.
//!
//! Doc conventions per entry, as in `statuses.rs`: the first paragraph is one
//! sentence (it becomes `description()`); then when to use the code and which
//! neighbour fits better when it does not; then its HTTP status, and whether a
//! gRPC client reports it on its own for a bare HTTP answer.

use crate::StatusCode;

crate::codes! {
    /// A gRPC status code: the 17 canonical codes of `google.rpc.Code`, as an
    /// exhaustive enum.
    ///
    /// The discriminant is the number sent in the `grpc-status` trailer
    /// (`GrpcCode::NotFound as u16 == 5`). The variant names are tonic's
    /// (`tonic::Code::NotFound`); the reason phrase is the name on the wire
    /// (`"NOT_FOUND"`), which is what [`reason`](Self::reason) returns and what
    /// `FromStr` accepts, as well as the number and the variant name, in any
    /// ASCII case. `Display` writes the number and the wire name
    /// (`5 NOT_FOUND`); `{:#}` writes the number alone. With feature `serde`, a
    /// code is serialised as its number.
    ///
    /// ```
    /// use codes_core::{GrpcCode, StatusCode};
    ///
    /// let code: GrpcCode = "NOT_FOUND".parse().unwrap();
    /// assert_eq!(code, GrpcCode::NotFound);
    /// assert_eq!(code.code(), 5);
    /// assert_eq!(code.reason(), "NOT_FOUND");
    /// assert_eq!(code.to_string(), "5 NOT_FOUND");
    /// assert_eq!(GrpcCode::from_code(14), Some(GrpcCode::Unavailable));
    ///
    /// // To HTTP, as `google/rpc/code.proto` maps them.
    /// assert_eq!(code.http_status(), Some(StatusCode::NotFound));
    /// assert_eq!(GrpcCode::Cancelled.http_code(), 499); // not in the IANA registry
    ///
    /// // From HTTP: a client's reading of a bare HTTP answer, and a server's default.
    /// assert_eq!(GrpcCode::from_http_response(404), GrpcCode::Unimplemented);
    /// assert_eq!(GrpcCode::for_http_status(404), GrpcCode::NotFound);
    /// ```
    ///
    /// # Choosing a code
    ///
    /// Pick the most specific code that is true, and let the client's next
    /// step decide between neighbours:
    ///
    /// | The client should... | Code |
    /// |---|---|
    /// | fix the request itself, whatever the system holds | [`InvalidArgument`](Self::InvalidArgument) |
    /// | ask again with a value inside the current bounds (paging, reading past the end) | [`OutOfRange`](Self::OutOfRange) |
    /// | change the system's state first, then ask again | [`FailedPrecondition`](Self::FailedPrecondition) |
    /// | start again higher up (re-read, then retry a read-modify-write) | [`Aborted`](Self::Aborted) |
    /// | retry the same call later, with backoff | [`Unavailable`](Self::Unavailable) |
    ///
    /// # HTTP
    ///
    /// Three tables relate the two protocols, and they are not inverses of each
    /// other:
    ///
    /// - [`http_code`](Self::http_code) and [`http_status`](Self::http_status):
    ///   the status `code.proto` gives each code. Several codes share one status
    ///   (400, 409 and 500 each stand for more than one code).
    /// - [`from_http_response`](Self::from_http_response): what a gRPC client
    ///   reports when an HTTP response arrives without a `grpc-status`, for
    ///   example from a proxy in front of the service. Servers must not use it.
    /// - [`for_http_status`](Self::for_http_status): a server's default for an
    ///   error that already has an HTTP status. Where that default is wrong for
    ///   an error (a `409` that means "already exists"), name the code instead.
    #[codes(range = 0..=16, path = crate::GrpcCode)]
    pub enum GrpcCode {
        /// Success: the call did what was asked.
        ///
        /// A server sends it with every successful reply. Never put it in an
        /// error value: a failure needs one of the other sixteen codes.
        ///
        /// HTTP: `200 OK`.
        #[spec("https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto")]
        0 Ok = "OK",

        /// The caller gave up on the call before it finished.
        ///
        /// Use it when the client gave up (it cancelled the call, or went away)
        /// before the work was done. A call that ran out of time is
        /// [`DeadlineExceeded`](Self::DeadlineExceeded) instead.
        ///
        /// The gRPC library itself reports it when the client cancels the call, on either side of the connection.
        ///
        /// HTTP: `499`, the "client closed request" code of nginx, which is not
        /// in the IANA registry: [`http_status`](Self::http_status) is `None` for
        /// it and [`http_code`](Self::http_code) is `499`.
        #[spec("https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto")]
        1 Cancelled = "CANCELLED",

        /// The call failed for a reason that no other code describes.
        ///
        /// The answer of last resort, for instance when an error from another
        /// system has to be passed on and its code means nothing here, or when an
        /// API returned an error without saying enough about it. Prefer a
        /// specific code whenever one is true; a bug or broken invariant of the
        /// server is [`Internal`](Self::Internal).
        ///
        /// The gRPC library itself reports it when a server handler fails without giving a status, and when the status a server sent cannot be parsed.
        ///
        /// HTTP: `500 Internal Server Error`. A gRPC client reports it for an HTTP
        /// response without `grpc-status` whose status its table does not list
        /// (see [`from_http_response`](Self::from_http_response)).
        #[spec("https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto")]
        2 Unknown = "UNKNOWN",

        /// An argument of the request is bad in itself, independent of anything the server holds.
        ///
        /// An email address without `@`, a negative page size, a missing field: the
        /// same request will fail however often it is sent. When the argument is
        /// only wrong for the system's current state, the code is
        /// [`FailedPrecondition`](Self::FailedPrecondition); when it is a position
        /// or size past the current end of something, [`OutOfRange`](Self::OutOfRange).
        ///
        /// The gRPC library never produces it: only applications do.
        ///
        /// HTTP: `400 Bad Request`, which it shares with `FailedPrecondition`
        /// and `OutOfRange`.
        #[spec("https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto")]
        3 InvalidArgument = "INVALID_ARGUMENT",

        /// The call ran out of time: its deadline passed while the work was still going on.
        ///
        /// For a call that changes something, the change may still have happened
        /// after the client stopped waiting: a client that retries should be
        /// ready to find it done. A call the client ended on purpose is
        /// [`Cancelled`](Self::Cancelled).
        ///
        /// The gRPC library itself reports it when the deadline passes before the server's answer arrives.
        ///
        /// HTTP: `504 Gateway Timeout`.
        #[spec("https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto")]
        4 DeadlineExceeded = "DEADLINE_EXCEEDED",

        /// The entity the call names, such as a file or a user, does not exist.
        ///
        /// Use it for unknown ids and names. It may also answer a request that is
        /// refused to a whole group of callers at once (a feature not yet rolled
        /// out to them), without revealing what is hidden. A refusal that depends
        /// on who the caller is within such a group is
        /// [`PermissionDenied`](Self::PermissionDenied).
        ///
        /// The gRPC library never produces it: only applications do.
        ///
        /// HTTP: `404 Not Found`. (A gRPC client reads a bare HTTP `404`, one
        /// without `grpc-status`, as [`Unimplemented`](Self::Unimplemented): the
        /// path named no method.)
        #[spec("https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto")]
        5 NotFound = "NOT_FOUND",

        /// A create failed because something with that name or key is already there.
        ///
        /// Use it for a create whose name or key is taken. A conflict with a
        /// concurrent change (a version that moved on) is [`Aborted`](Self::Aborted),
        /// even though both answer with HTTP `409`.
        ///
        /// The gRPC library never produces it: only applications do.
        ///
        /// HTTP: `409 Conflict`, which it shares with `Aborted`.
        #[spec("https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto")]
        6 AlreadyExists = "ALREADY_EXISTS",

        /// The caller is known, but is not allowed to do this.
        ///
        /// Use it when the caller's identity was established and lacks the right.
        /// A caller without valid credentials is
        /// [`Unauthenticated`](Self::Unauthenticated); a quota or rate limit that
        /// ran out is [`ResourceExhausted`](Self::ResourceExhausted); when the
        /// refusal must not reveal that the entity exists, answer
        /// [`NotFound`](Self::NotFound).
        ///
        /// The gRPC library never produces it: only applications do.
        ///
        /// HTTP: `403 Forbidden`. A gRPC client also reports it for an HTTP `403`
        /// that arrives without `grpc-status`.
        #[spec("https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto")]
        7 PermissionDenied = "PERMISSION_DENIED",

        /// The call needs more of something than is left: quota, rate allowance, memory or disk.
        ///
        /// Clients may retry later, once the quota is refilled or the load has
        /// gone down; say when in the details if you know. A caller who may never
        /// use the resource at all is [`PermissionDenied`](Self::PermissionDenied).
        ///
        /// The gRPC library itself reports it when a message is larger than the size agreed on, or flow control runs out of room.
        ///
        /// HTTP: `429 Too Many Requests`. (A gRPC client reads a bare HTTP `429`
        /// as [`Unavailable`](Self::Unavailable).)
        #[spec("https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto")]
        8 ResourceExhausted = "RESOURCE_EXHAUSTED",

        /// The request is valid, but the current state of the system does not allow it.
        ///
        /// Deleting a directory that is not empty, or acting on a resource that is
        /// in the wrong state: the client must change something first, and a
        /// plain retry fails the same way. Compared with its neighbours:
        /// [`Unavailable`](Self::Unavailable) if retrying just this call may work;
        /// [`Aborted`](Self::Aborted) if the client should retry from a higher
        /// level, such as a whole read-modify-write sequence; this code if the
        /// client should not retry until the state has been fixed.
        ///
        /// The gRPC library never produces it: only applications do.
        ///
        /// HTTP: `400 Bad Request`, shared with `InvalidArgument` and `OutOfRange`;
        /// `code.proto` allows `412 Precondition Failed` instead when the request's
        /// preconditions were `ETag`s.
        #[spec("https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto")]
        9 FailedPrecondition = "FAILED_PRECONDITION",

        /// The operation was abandoned because of a concurrency conflict, such as a failed version check or a transaction that had to roll back.
        ///
        /// The client should start again at a higher level: read the current
        /// state, then redo its change. An entity that exists when the client
        /// meant to create it is [`AlreadyExists`](Self::AlreadyExists); a state
        /// that must be fixed first is [`FailedPrecondition`](Self::FailedPrecondition).
        ///
        /// The gRPC library never produces it: only applications do.
        ///
        /// HTTP: `409 Conflict`, which it shares with `AlreadyExists`.
        #[spec("https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto")]
        10 Aborted = "ABORTED",

        /// The request asks for a position or an amount beyond what exists now, such as a read past the end of a file.
        ///
        /// Unlike [`InvalidArgument`](Self::InvalidArgument), it says the request
        /// may work once the system changes: an offset beyond today's end of file
        /// may be valid tomorrow. That makes it the code a client that pages or
        /// scans can watch for to know it is done. A value that can never be valid
        /// (a negative offset) is `InvalidArgument`.
        ///
        /// The gRPC library never produces it: only applications do.
        ///
        /// HTTP: `400 Bad Request`, shared with `InvalidArgument` and
        /// `FailedPrecondition`.
        #[spec("https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto")]
        11 OutOfRange = "OUT_OF_RANGE",

        /// The service has no such operation, or does not support it in this form.
        ///
        /// Use it for a method the server does not offer, or a variant of one it
        /// does not support. A method that exists but is down for the moment is
        /// [`Unavailable`](Self::Unavailable).
        ///
        /// The gRPC library itself reports it when the server has no such method, when the client's compression is not supported, and when a call sends more or fewer messages than the method takes.
        ///
        /// HTTP: `501 Not Implemented`. A gRPC client also reports it for an HTTP
        /// `404` that arrives without `grpc-status`.
        #[spec("https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto")]
        12 Unimplemented = "UNIMPLEMENTED",

        /// Something the server relies on is broken: a bug or a failure on the server's side, not the caller's.
        ///
        /// Keep it for bugs and failures of the server itself. An error from
        /// elsewhere that cannot be classified is [`Unknown`](Self::Unknown); a
        /// service that is merely down for a moment is
        /// [`Unavailable`](Self::Unavailable); lost or corrupt data is
        /// [`DataLoss`](Self::DataLoss).
        ///
        /// The gRPC library itself reports it when a message cannot be decoded or decompressed, and when flow control is violated.
        ///
        /// HTTP: `500 Internal Server Error`, shared with `Unknown` and `DataLoss`.
        /// A gRPC client also reports it for an HTTP `400` or `431` that arrives
        /// without `grpc-status`.
        #[spec("https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto")]
        13 Internal = "INTERNAL",

        /// The service cannot handle the call at the moment; trying again later is likely to work.
        ///
        /// The usual transient failure: a server shutting down or overloaded, a
        /// connection that broke. Retrying with backoff is safe for it, though not
        /// always safe for an operation that is not idempotent. When retrying this
        /// call cannot help, see [`FailedPrecondition`](Self::FailedPrecondition)
        /// and [`Aborted`](Self::Aborted).
        ///
        /// The gRPC library itself reports it when the server is shutting down, when the connection breaks during a call, and when credentials could not be fetched.
        ///
        /// HTTP: `503 Service Unavailable`. A gRPC client also reports it for an
        /// HTTP `429`, `502`, `503` or `504` that arrives without `grpc-status`.
        #[spec("https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto")]
        14 Unavailable = "UNAVAILABLE",

        /// Data has been destroyed or damaged beyond repair.
        ///
        /// Reserve it for real loss; the client can do nothing about it. A bug
        /// that did not destroy anything is [`Internal`](Self::Internal).
        ///
        /// The gRPC library never produces it: only applications do.
        ///
        /// HTTP: `500 Internal Server Error`, shared with `Unknown` and `Internal`.
        #[spec("https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto")]
        15 DataLoss = "DATA_LOSS",

        /// The caller could not be identified: its credentials are missing, expired or invalid.
        ///
        /// No token, an expired token, a bad signature: the client must
        /// authenticate (again) before anything else. A caller who was identified
        /// but may not do this is [`PermissionDenied`](Self::PermissionDenied).
        ///
        /// The gRPC library itself reports it when the call's authentication metadata is refused.
        ///
        /// HTTP: `401 Unauthorized`. A gRPC client also reports it for an HTTP
        /// `401` that arrives without `grpc-status`.
        #[spec("https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto")]
        16 Unauthenticated = "UNAUTHENTICATED",
    }
}

impl GrpcCode {
    /// The HTTP status code `google/rpc/code.proto` gives this code, as a
    /// number: `499` for [`Cancelled`](Self::Cancelled), which the IANA
    /// registry does not define.
    ///
    /// Several codes share a status (`400`, `409` and `500` each stand for more
    /// than one code), so this is not a one-to-one mapping; to go back, see
    /// [`for_http_status`](Self::for_http_status). For
    /// [`FailedPrecondition`](Self::FailedPrecondition), `code.proto` also
    /// allows `412` when the request carried `ETag` preconditions; this function
    /// answers `400`, the general rule.
    ///
    /// ```
    /// use codes_core::GrpcCode;
    ///
    /// assert_eq!(GrpcCode::Unavailable.http_code(), 503);
    /// assert_eq!(GrpcCode::Cancelled.http_code(), 499);
    /// ```
    #[must_use]
    pub const fn http_code(self) -> u16 {
        match self {
            GrpcCode::Ok => 200,
            GrpcCode::Cancelled => 499,
            GrpcCode::Unknown | GrpcCode::Internal | GrpcCode::DataLoss => 500,
            GrpcCode::InvalidArgument | GrpcCode::FailedPrecondition | GrpcCode::OutOfRange => 400,
            GrpcCode::DeadlineExceeded => 504,
            GrpcCode::NotFound => 404,
            GrpcCode::AlreadyExists | GrpcCode::Aborted => 409,
            GrpcCode::PermissionDenied => 403,
            GrpcCode::ResourceExhausted => 429,
            GrpcCode::Unimplemented => 501,
            GrpcCode::Unavailable => 503,
            GrpcCode::Unauthenticated => 401,
        }
    }

    /// The HTTP status `google/rpc/code.proto` gives this code, or `None` for
    /// [`Cancelled`](Self::Cancelled), whose `499` is not in the IANA registry
    /// and so is no [`StatusCode`].
    ///
    /// [`http_code`](Self::http_code) has the number for every code. A server
    /// rarely needs the `None` case: a cancelled call has no client left to
    /// answer. (With feature `unofficial`,
    /// `UnofficialStatus::from_code(code.http_code())` names `499` too.)
    ///
    /// ```
    /// use codes_core::{GrpcCode, StatusCode};
    ///
    /// assert_eq!(GrpcCode::AlreadyExists.http_status(), Some(StatusCode::Conflict));
    /// assert_eq!(GrpcCode::Aborted.http_status(), Some(StatusCode::Conflict));
    /// assert_eq!(GrpcCode::Cancelled.http_status(), None);
    /// ```
    #[must_use]
    pub const fn http_status(self) -> Option<StatusCode> {
        StatusCode::from_code(self.http_code())
    }

    /// What a gRPC client reports when it gets an HTTP response with this
    /// status and no `grpc-status` (grpc's `http-grpc-status-mapping.md`).
    ///
    /// Such answers come from something other than the gRPC server, such as a
    /// proxy or a load balancer, so the table reads the status as a statement
    /// about the path to the server: a `404` means no method lives there
    /// ([`Unimplemented`](Self::Unimplemented)), a `429` or `502` to `504` that
    /// the server is out of reach for now ([`Unavailable`](Self::Unavailable)).
    ///
    /// | HTTP status | Code |
    /// |---|---|
    /// | 400, 431 | [`Internal`](Self::Internal) |
    /// | 401 | [`Unauthenticated`](Self::Unauthenticated) |
    /// | 403 | [`PermissionDenied`](Self::PermissionDenied) |
    /// | 404 | [`Unimplemented`](Self::Unimplemented) |
    /// | 429, 502, 503, 504 | [`Unavailable`](Self::Unavailable) |
    /// | any other number | [`Unknown`](Self::Unknown) |
    ///
    /// It is meant for clients only: a server that maps its own errors should
    /// use [`for_http_status`](Self::for_http_status).
    ///
    /// ```
    /// use codes_core::GrpcCode;
    ///
    /// assert_eq!(GrpcCode::from_http_response(502), GrpcCode::Unavailable);
    /// assert_eq!(GrpcCode::from_http_response(200), GrpcCode::Unknown);
    /// ```
    #[must_use]
    pub const fn from_http_response(code: u16) -> GrpcCode {
        match code {
            400 | 431 => GrpcCode::Internal,
            401 => GrpcCode::Unauthenticated,
            403 => GrpcCode::PermissionDenied,
            404 => GrpcCode::Unimplemented,
            429 | 502..=504 => GrpcCode::Unavailable,
            _ => GrpcCode::Unknown,
        }
    }

    /// A server's default code for an error whose HTTP status is known
    /// (Google's HTTP -> RPC table, completed by class).
    ///
    /// No table from HTTP to gRPC is both official and one-to-one: going back
    /// through `code.proto` is ambiguous for `400`, `409` and `500`, and says
    /// nothing about most statuses. This one is Google's, for its cloud APIs,
    /// with the usual rules for the statuses it does not list. When the default
    /// does not fit an error, give the error its own code: a `409` for a name
    /// that is taken is [`AlreadyExists`](Self::AlreadyExists), not `Aborted`.
    ///
    /// | HTTP status | Code |
    /// |---|---|
    /// | 2xx | [`Ok`](Self::Ok) |
    /// | 3xx | [`Unknown`](Self::Unknown) |
    /// | 400 | [`InvalidArgument`](Self::InvalidArgument) |
    /// | 401 | [`Unauthenticated`](Self::Unauthenticated) |
    /// | 403 | [`PermissionDenied`](Self::PermissionDenied) |
    /// | 404 | [`NotFound`](Self::NotFound) |
    /// | 409 | [`Aborted`](Self::Aborted) |
    /// | 416 | [`OutOfRange`](Self::OutOfRange) |
    /// | 422 | [`InvalidArgument`](Self::InvalidArgument) |
    /// | 429 | [`ResourceExhausted`](Self::ResourceExhausted) |
    /// | 499 | [`Cancelled`](Self::Cancelled) |
    /// | other 4xx | [`FailedPrecondition`](Self::FailedPrecondition) |
    /// | 501 | [`Unimplemented`](Self::Unimplemented) |
    /// | 503 | [`Unavailable`](Self::Unavailable) |
    /// | 504 | [`DeadlineExceeded`](Self::DeadlineExceeded) |
    /// | other 5xx | [`Internal`](Self::Internal) |
    ///
    /// `422` is ours, not Google's (whose table leaves it to "other 4xx"):
    /// content that is well-formed but breaks the request's rules is what gRPC
    /// calls an invalid argument, and AIP-193 sends field violations with
    /// `INVALID_ARGUMENT`; `FAILED_PRECONDITION` is for a state of the system
    /// that forbids the call, which a `409` or `412` says over HTTP.
    ///
    /// The table says nothing of `1xx` (never the final answer to a request)
    /// nor of numbers outside `100..=599`; for those this function answers
    /// [`Unknown`](Self::Unknown), the code for an error that says too little.
    ///
    /// ```
    /// use codes_core::{GrpcCode, StatusCode};
    ///
    /// assert_eq!(GrpcCode::for_http_status(409), GrpcCode::Aborted);
    /// assert_eq!(GrpcCode::for_http_status(StatusCode::UnprocessableContent.code()), GrpcCode::InvalidArgument);
    /// assert_eq!(GrpcCode::for_http_status(StatusCode::PreconditionFailed.code()), GrpcCode::FailedPrecondition);
    /// assert_eq!(GrpcCode::for_http_status(502), GrpcCode::Internal);
    /// ```
    #[must_use]
    pub const fn for_http_status(code: u16) -> GrpcCode {
        match code {
            200..=299 => GrpcCode::Ok,
            400 | 422 => GrpcCode::InvalidArgument,
            401 => GrpcCode::Unauthenticated,
            403 => GrpcCode::PermissionDenied,
            404 => GrpcCode::NotFound,
            409 => GrpcCode::Aborted,
            416 => GrpcCode::OutOfRange,
            429 => GrpcCode::ResourceExhausted,
            499 => GrpcCode::Cancelled,
            402..=498 => GrpcCode::FailedPrecondition,
            501 => GrpcCode::Unimplemented,
            503 => GrpcCode::Unavailable,
            504 => GrpcCode::DeadlineExceeded,
            500..=599 => GrpcCode::Internal,
            _ => GrpcCode::Unknown,
        }
    }
}
