//! What generated code names. Not public API: the module's name carries the
//! version, so a `codes-macros` and `codes-core` that do not belong together
//! fail to compile instead of misbehaving.

pub use crate::status::{parse_code, rules, Family};
pub use codes_macros::__codes_extend as codes_extend;
pub use codes_macros::__codes_methods_extend as methods_extend;

pub use crate::method::parse_method;
pub use crate::{HttpMethod, RequestContent, UnknownMethod};

/// Compiles only for enums made by `methods!`: `extends` calls it on its base.
pub const fn assert_method_extendable<T: HttpMethod>() {}

/// Compiles only for enums made by `codes!`: `extends` calls it on its base so
/// that a wrong path gets a readable error.
pub const fn assert_extendable<T: Code>() {}
pub use crate::{Class, Code, Iter, ParseError, Status, UnknownCode};

/// Implemented by the code enums of HTTP status codes (codes in 100..=599,
/// classes by the first digit: the registry, its extensions, such lists of your
/// own): only their statuses answer HTTP requests.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an enum of HTTP status codes",
    label = "only `StatusCode`, its extensions and other lists of codes in 100..=599 answer HTTP requests",
    note = "map the error to an HTTP status with `#[status(...)]` naming a variant of `StatusCode` (or of an extension of it)"
)]
pub trait HttpCode: Code {}

/// A value of a code enum that is a status of the code enum `C`: `C` itself,
/// and the enums `C` extends (which convert into it). `#[derive(Status)]`
/// passes every status named by path through it, so the type system, not the
/// spelling of the path, decides whether two paths name one code enum.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a status of `{C}`",
    label = "this status comes from another code enum",
    note = "the statuses of one type come from one code enum (or from enums it extends); name it with `#[status(codes = ...)]` on the type"
)]
pub trait StatusOf<C> {
    /// The status, as a value of `C`.
    fn into_status(self) -> C;
}

// What each integration's macro names, grouped by feature
// (`__private_v0_1::axum::...`): the `private` module of the feature's own
// file, or, with the feature off, a module whose `integrate!` expands to
// nothing.
macro_rules! feature_group {
    ($feature:literal $module:ident {}) => {
        #[cfg(feature = $feature)]
        pub use crate::integrations::$module::private as $module;
        #[cfg(not(feature = $feature))]
        pub mod $module {
            pub use crate::__codes_off as integrate;
            pub use crate::__codes_unit as schema;
        }
    };
}
crate::__codes_features! { [feature_group] {} }

/// Autoref specialisation for `#[status(transparent)]` variants of a
/// `#[derive(Problem)]` type: `(&&ProblemProbe(field)).problem_type_of()` is
/// the field's own when it is a problem, `None` otherwise (likewise the title,
/// members and headers).
#[cfg(feature = "problem")]
pub struct ProblemProbe<'a, T: ?Sized>(pub &'a T);

/// The case of a field that is a problem itself.
#[cfg(feature = "problem")]
pub trait ForwardProblem<'a> {
    fn problem_type_of(&self) -> Option<&'a str>;
    fn problem_title_of(&self) -> Option<&'a str>;
    fn problem_members_into(&self, members: &mut crate::problem::Members);
    fn problem_headers_into(&self, headers: &mut crate::problem::Headers);
    fn problem_reason_of(&self) -> Option<&'a str>;
    fn problem_domain_of(&self) -> Option<&'a str>;
    fn grpc_code_of(&self) -> Option<crate::GrpcCode>;
}

#[cfg(feature = "problem")]
impl<'a, T: crate::problem::IntoProblem> ForwardProblem<'a> for &ProblemProbe<'a, T> {
    fn problem_type_of(&self) -> Option<&'a str> {
        self.0.problem_type()
    }
    fn problem_title_of(&self) -> Option<&'a str> {
        self.0.problem_title()
    }
    fn problem_members_into(&self, members: &mut crate::problem::Members) {
        self.0.problem_members(members);
    }
    fn problem_headers_into(&self, headers: &mut crate::problem::Headers) {
        self.0.problem_headers(headers);
    }
    fn problem_reason_of(&self) -> Option<&'a str> {
        self.0.problem_reason()
    }
    fn problem_domain_of(&self) -> Option<&'a str> {
        self.0.problem_domain()
    }
    fn grpc_code_of(&self) -> Option<crate::GrpcCode> {
        Some(self.0.grpc_code())
    }
}

/// The fallback: a field with only a status.
#[cfg(feature = "problem")]
pub trait NoProblem<'a> {
    fn problem_type_of(&self) -> Option<&'a str> {
        None
    }
    fn problem_title_of(&self) -> Option<&'a str> {
        None
    }
    fn problem_members_into(&self, _: &mut crate::problem::Members) {}
    fn problem_headers_into(&self, _: &mut crate::problem::Headers) {}
    fn problem_reason_of(&self) -> Option<&'a str> {
        None
    }
    fn problem_domain_of(&self) -> Option<&'a str> {
        None
    }
    fn grpc_code_of(&self) -> Option<crate::GrpcCode> {
        None
    }
}

#[cfg(feature = "problem")]
impl<'a, T: ?Sized> NoProblem<'a> for ProblemProbe<'a, T> {}

/// Autoref specialisation for `IntoProblem::problem_source`: `(&&ErrorProbe(x)).source_of()`
/// is `x.source()` when `x` is an `Error`, and `None` otherwise.
pub struct ErrorProbe<'a, T: ?Sized>(pub &'a T);

/// The `Error` case of [`ErrorProbe`].
pub trait SourceOfError<'a> {
    fn source_of(&self) -> Option<&'a (dyn core::error::Error + 'static)>;
}

impl<'a, T: core::error::Error> SourceOfError<'a> for &ErrorProbe<'a, T> {
    #[inline]
    fn source_of(&self) -> Option<&'a (dyn core::error::Error + 'static)> {
        self.0.source()
    }
}

/// The fallback case of [`ErrorProbe`].
pub trait NoSource<'a> {
    #[inline]
    fn source_of(&self) -> Option<&'a (dyn core::error::Error + 'static)> {
        None
    }
}

impl<'a, T: ?Sized> NoSource<'a> for ErrorProbe<'a, T> {}

pub use crate::__codes_integrations as integrations;
pub use crate::__codes_semantics as semantics;

// What `#[derive(Problem)]` checks at compile time, through the one place for
// the rules (`codes_core::problem::rules`): each check is a constant, spanned
// on the user's literal, that calls a `const fn` of the rules and panics with
// its reason, so a refusal fails the build there.

/// What the rules say, for the derive's own constants.
#[cfg(feature = "problem")]
pub use crate::problem::rules as problem_rules;

/// What a status answers with as a final answer: a 1xx of an HTTP code enum
/// (informational, never a final answer) is answered as 500, and listed so.
#[inline]
fn final_status<C: Code>(status: C) -> C {
    if status.code() < 200 && status.http_class().is_some() {
        if let Some(error) = C::from_code(500) {
            return error;
        }
    }
    status
}

/// The status of a `#[status(transparent)]` field, converted into the code
/// enum of the deriving type; a 1xx of an HTTP enum becomes its 500, as the
/// answer does.
#[inline]
pub fn transparent_final_status<T, C>(field: &T) -> C
where
    T: Status + ?Sized,
    T::Code: StatusOf<C>,
    C: Code,
{
    let status: C = field.status().into_status();
    let answered = final_status(status);
    #[cfg(feature = "tracing")]
    if answered != status {
        tracing::warn!(
            target: "codes_core::problem",
            status = status.code(),
            "a #[status(transparent)] field gave {} {}, an informational status that is no final answer: answered as 500",
            status.code(),
            status.reason()
        );
    }
    answered
}

/// `each_status` of a `#[status(transparent)]` field's type, as
/// [`transparent_final_status`] answers them.
#[inline]
pub fn transparent_final_statuses<T, C>(f: &mut dyn FnMut(C))
where
    T: Status,
    T::Code: StatusOf<C>,
    C: Code,
{
    T::each_status(&mut |status| f(final_status(status.into_status())));
}
