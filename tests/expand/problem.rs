//! `#[derive(Problem)]`: a type and a title, a member, a header, a list header
//! given by two fields, and a transparent field.

use codes_core::{Problem, Status};

/// A problem of its own, to be wrapped.
#[derive(Status, Problem)]
pub enum Inner {
    /// No such user.
    #[status(NotFound)]
    #[problem(
        type = "https://example.com/problems/no-such-user",
        title = "No such user"
    )]
    NoSuchUser {
        #[problem(member)]
        id: u64,
        #[problem(header = "retry-after")]
        retry_after: u32,
    },
}

/// Every kind of `#[problem]` field.
#[derive(Status, Problem)]
pub enum ApiError {
    /// Two fields give the same list header.
    #[status(Unauthorized)]
    LogIn {
        #[problem(header = "www-authenticate")]
        basic: &'static str,
        #[problem(header = "WWW-Authenticate")]
        bearer: &'static str,
    },
    /// The inner problem, whole.
    #[status(transparent)]
    Inner(Inner),
}

impl core::fmt::Debug for Inner {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("Inner")
    }
}

impl core::fmt::Display for Inner {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("no such user")
    }
}

impl core::error::Error for Inner {}

impl core::fmt::Debug for ApiError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("ApiError")
    }
}

impl core::fmt::Display for ApiError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("log in")
    }
}

impl core::error::Error for ApiError {}
