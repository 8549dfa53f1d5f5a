//! Every name of the registry (`codes_core::StatusCode`) with its code: its
//! variants, then the former names kept as deprecated associated constants
//! (`PayloadTooLarge`). The derive checks the registry's statuses by name and
//! by number with it, without a constant for the compiler to evaluate.
//!
//! This file stands alone (no `use`) so that the root package's
//! `tests/registry.rs` can include it and compare it with `StatusCode`: a
//! variant added to or removed from the registry without this list fails there,
//! and so does a former name that is not a constant with that code.

/// What a name of the registry is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Name {
    /// A variant of `StatusCode`.
    Variant,
    /// A former name, a deprecated associated constant: accepted (rustc warns).
    Former,
}

/// `(name, code, kind)` for every variant of `codes_core::StatusCode`, in
/// ascending order of code, then every former name.
pub const REGISTRY: [(&str, u16, Name); 69] = [
    ("Continue", 100, Name::Variant),
    ("SwitchingProtocols", 101, Name::Variant),
    ("Processing", 102, Name::Variant),
    ("EarlyHints", 103, Name::Variant),
    ("UploadResumptionSupported", 104, Name::Variant),
    ("Ok", 200, Name::Variant),
    ("Created", 201, Name::Variant),
    ("Accepted", 202, Name::Variant),
    ("NonAuthoritativeInformation", 203, Name::Variant),
    ("NoContent", 204, Name::Variant),
    ("ResetContent", 205, Name::Variant),
    ("PartialContent", 206, Name::Variant),
    ("MultiStatus", 207, Name::Variant),
    ("AlreadyReported", 208, Name::Variant),
    ("ImUsed", 226, Name::Variant),
    ("MultipleChoices", 300, Name::Variant),
    ("MovedPermanently", 301, Name::Variant),
    ("Found", 302, Name::Variant),
    ("SeeOther", 303, Name::Variant),
    ("NotModified", 304, Name::Variant),
    ("UseProxy", 305, Name::Variant),
    ("Unused", 306, Name::Variant),
    ("TemporaryRedirect", 307, Name::Variant),
    ("PermanentRedirect", 308, Name::Variant),
    ("BadRequest", 400, Name::Variant),
    ("Unauthorized", 401, Name::Variant),
    ("PaymentRequired", 402, Name::Variant),
    ("Forbidden", 403, Name::Variant),
    ("NotFound", 404, Name::Variant),
    ("MethodNotAllowed", 405, Name::Variant),
    ("NotAcceptable", 406, Name::Variant),
    ("ProxyAuthenticationRequired", 407, Name::Variant),
    ("RequestTimeout", 408, Name::Variant),
    ("Conflict", 409, Name::Variant),
    ("Gone", 410, Name::Variant),
    ("LengthRequired", 411, Name::Variant),
    ("PreconditionFailed", 412, Name::Variant),
    ("ContentTooLarge", 413, Name::Variant),
    ("UriTooLong", 414, Name::Variant),
    ("UnsupportedMediaType", 415, Name::Variant),
    ("RangeNotSatisfiable", 416, Name::Variant),
    ("ExpectationFailed", 417, Name::Variant),
    ("ImATeapot", 418, Name::Variant),
    ("MisdirectedRequest", 421, Name::Variant),
    ("UnprocessableContent", 422, Name::Variant),
    ("Locked", 423, Name::Variant),
    ("FailedDependency", 424, Name::Variant),
    ("TooEarly", 425, Name::Variant),
    ("UpgradeRequired", 426, Name::Variant),
    ("PreconditionRequired", 428, Name::Variant),
    ("TooManyRequests", 429, Name::Variant),
    ("RequestHeaderFieldsTooLarge", 431, Name::Variant),
    ("UnavailableForLegalReasons", 451, Name::Variant),
    ("InternalServerError", 500, Name::Variant),
    ("NotImplemented", 501, Name::Variant),
    ("BadGateway", 502, Name::Variant),
    ("ServiceUnavailable", 503, Name::Variant),
    ("GatewayTimeout", 504, Name::Variant),
    ("HttpVersionNotSupported", 505, Name::Variant),
    ("VariantAlsoNegotiates", 506, Name::Variant),
    ("InsufficientStorage", 507, Name::Variant),
    ("LoopDetected", 508, Name::Variant),
    ("NotExtended", 510, Name::Variant),
    ("NetworkAuthenticationRequired", 511, Name::Variant),
    ("PayloadTooLarge", 413, Name::Former),
    ("RequestEntityTooLarge", 413, Name::Former),
    ("RequestUriTooLong", 414, Name::Former),
    ("RequestedRangeNotSatisfiable", 416, Name::Former),
    ("UnprocessableEntity", 422, Name::Former),
];
