//! Every variant of `codes_core::GrpcCode` with its code. The derive checks
//! `#[problem(grpc = ...)]` with it, naming the nearest codes when the name is
//! not one.
//!
//! This file stands alone (no `use`) so that the root package's
//! `tests/grpc.rs` can include it and compare it with `GrpcCode`.

/// `(name, code)` for every variant of `codes_core::GrpcCode`, in order.
pub const GRPC_CODES: [(&str, u16); 17] = [
    ("Ok", 0),
    ("Cancelled", 1),
    ("Unknown", 2),
    ("InvalidArgument", 3),
    ("DeadlineExceeded", 4),
    ("NotFound", 5),
    ("AlreadyExists", 6),
    ("PermissionDenied", 7),
    ("ResourceExhausted", 8),
    ("FailedPrecondition", 9),
    ("Aborted", 10),
    ("OutOfRange", 11),
    ("Unimplemented", 12),
    ("Internal", 13),
    ("Unavailable", 14),
    ("DataLoss", 15),
    ("Unauthenticated", 16),
];
