//! [`IntoProblem`]: what an error adds to its answer, hook by hook, and the
//! object-safe view of it that the answer and its log are built from.

use core::fmt::{self, Display};

use super::answer::{Additions, Answer};
use super::{Headers, Members};
use crate::__private_v0_1::HttpCode;
use crate::{Code, GrpcCode, Status};

/// An error that is an HTTP answer: its [`Status`], a problem details body
/// whose `detail` is its `Display`, and what its variants add (a problem type,
/// a title, extension members, headers). Derive it with
/// [`#[derive(Problem)]`](macro@crate::Problem); implementing it by hand means
/// overriding the hooks you need.
///
/// Only errors whose code enum holds HTTP status codes (`StatusCode`, its
/// extensions) can implement it: an `AppCode` family in 1000..=9999 has no HTTP
/// meaning, and is a compile error here.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an HTTP answer: it does not implement `codes_core::problem::IntoProblem`",
    label = "derive it: `#[derive(Status, Problem)]`, and implement `Display` (thiserror's `#[derive(Error)]` does)"
)]
pub trait IntoProblem: Status<Code: HttpCode> + Display {
    /// The problem type URI of this value (RFC 9457, Section 3.1.1); `None` is
    /// `about:blank`, whose title is the reason phrase. A value that is not a
    /// URI reference ([`rules::type_refusal`](super::rules::type_refusal)) is
    /// logged and not sent.
    fn problem_type(&self) -> Option<&str> {
        None
    }

    /// A title other than the reason phrase; meant for values with their own
    /// problem type. A title that is not one line of text
    /// ([`rules::title_refusal`](super::rules::title_refusal)) is logged and
    /// not sent.
    fn problem_title(&self) -> Option<&str> {
        None
    }

    /// Extension members of this value (a 422's field errors, a 429's limit).
    fn problem_members(&self, members: &mut Members) {
        let _ = members;
    }

    /// Header fields this value answers with: `Retry-After` (429, 503), `Allow`
    /// (405), `WWW-Authenticate` (401).
    fn problem_headers(&self, headers: &mut Headers) {
        let _ = headers;
    }

    /// The error's source, when it implements `Error` (the derive finds out),
    /// for the log of an answer.
    fn problem_source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        None
    }

    /// A machine-readable reason for this value, such as `USER_NOT_FOUND`:
    /// sent as the member `reason` ([`rules::REASON_MEMBER`](super::rules::REASON_MEMBER))
    /// and, with feature `tonic`, as gRPC's `ErrorInfo.reason`. Clients match
    /// on it instead of on the `detail`, which is for people. A value that
    /// breaks AIP-193's form ([`rules::reason_refusal`](super::rules::reason_refusal))
    /// is logged and not sent.
    fn problem_reason(&self) -> Option<&str> {
        None
    }

    /// The domain the reason belongs to (gRPC's `ErrorInfo.domain`): the
    /// service or product that defines it, such as `users.example.com`. The
    /// derive answers `#[problem(domain = "...")]`, or the name of the crate
    /// that derives; `None` sends an empty domain.
    fn problem_domain(&self) -> Option<&str> {
        None
    }

    /// The gRPC status code this value is sent with by a gRPC service
    /// (feature `tonic`): by default the server's mapping of its HTTP status,
    /// [`GrpcCode::for_http_status`]. The derive answers a variant's
    /// `#[problem(grpc = AlreadyExists)]` where that mapping is not the
    /// right one for it.
    fn grpc_code(&self) -> GrpcCode {
        GrpcCode::for_http_status(self.status().code())
    }

    /// The answer, as every framework integration sends it.
    fn answer(&self) -> Answer {
        Answer::build(self, &Additions::default())
    }
}

/// `IntoProblem` of a reference or a smart pointer to a problem: the
/// pointee's (as `Status` is), so a `#[status(transparent)]
/// Inner(Box<InnerError>)` forwards the inner problem (its type, title,
/// members, headers, reason and gRPC code) instead of only its status.
macro_rules! delegate_problem {
    ($($pointer:ty),*) => {$(
        impl<T: IntoProblem> IntoProblem for $pointer {
            fn problem_type(&self) -> Option<&str> {
                (**self).problem_type()
            }
            fn problem_title(&self) -> Option<&str> {
                (**self).problem_title()
            }
            fn problem_members(&self, members: &mut Members) {
                (**self).problem_members(members);
            }
            fn problem_headers(&self, headers: &mut Headers) {
                (**self).problem_headers(headers);
            }
            fn problem_source(&self) -> Option<&(dyn core::error::Error + 'static)> {
                (**self).problem_source()
            }
            fn problem_reason(&self) -> Option<&str> {
                (**self).problem_reason()
            }
            fn problem_domain(&self) -> Option<&str> {
                (**self).problem_domain()
            }
            fn grpc_code(&self) -> GrpcCode {
                (**self).grpc_code()
            }
        }
    )*};
}

delegate_problem!(
    &T,
    alloc::boxed::Box<T>,
    alloc::rc::Rc<T>,
    alloc::sync::Arc<T>
);

/// What an answer and its log read of an error, as an object: [`Answer::build`]
/// and [`log_answer`] are compiled once, here, and not once per error type in
/// the user's crate (each is a line that erases the type).
pub(super) trait View {
    /// The status's number and phrase.
    fn status(&self) -> (u16, &'static str);
    /// The phrase of 500 in the error's code enum.
    fn server_error_reason(&self) -> &'static str;
    fn problem_type(&self) -> Option<&str>;
    fn problem_title(&self) -> Option<&str>;
    fn problem_members(&self, members: &mut Members);
    fn problem_headers(&self, headers: &mut Headers);
    #[cfg_attr(not(feature = "tracing"), allow(dead_code))]
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)>;
    fn problem_reason(&self) -> Option<&str>;
    /// The error's `Display`.
    fn detail(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

/// An error of any type (sized or not) as a [`View`].
pub(super) struct Erased<'a, E: ?Sized>(pub(super) &'a E);

impl<E: IntoProblem + ?Sized> View for Erased<'_, E> {
    fn status(&self) -> (u16, &'static str) {
        let status = self.0.status();
        (status.code(), status.reason())
    }
    fn server_error_reason(&self) -> &'static str {
        <E::Code as Code>::from_code(500).map_or("Internal Server Error", Code::reason)
    }
    fn problem_type(&self) -> Option<&str> {
        self.0.problem_type()
    }
    fn problem_title(&self) -> Option<&str> {
        self.0.problem_title()
    }
    fn problem_members(&self, members: &mut Members) {
        self.0.problem_members(members);
    }
    fn problem_headers(&self, headers: &mut Headers) {
        self.0.problem_headers(headers);
    }
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        self.0.problem_source()
    }
    fn problem_reason(&self) -> Option<&str> {
        self.0.problem_reason()
    }
    fn detail(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Display::fmt(self.0, f)
    }
}

/// A [`View`]'s `Display`.
pub(super) struct Detail<'a>(pub(super) &'a dyn View);

impl Display for Detail<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.detail(f)
    }
}
