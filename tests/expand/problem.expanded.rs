//! `#[derive(Problem)]`: a type and a title, a member, a header, a list header
//! given by two fields, and a transparent field.

use codes_core::{Problem, Status};

/// A problem of its own, to be wrapped.
pub enum Inner {

    /// No such user.
    #[status(NotFound)]
    #[problem(type = "https://example.com/problems/no-such-user", title =
    "No such user")]
    NoSuchUser {
        #[problem(member)]
        id: u64,
        #[problem(header = "retry-after")]
        retry_after: u32,
    },
}
#[automatically_derived]
#[allow(unused_qualifications, unused_variables, clippy :: match_same_arms)]
impl ::codes_core::__private_v0_1::Status for Inner {
    type Code = ::codes_core::StatusCode;
    #[inline]
    fn status(&self) -> ::codes_core::StatusCode {
        match *self {
            Self::NoSuchUser { .. } => ::codes_core::StatusCode::NotFound,
        }
    }
    #[allow(deprecated)]
    fn each_status(f: &mut dyn ::core::ops::FnMut(::codes_core::StatusCode)) {
        f(::codes_core::StatusCode::NotFound);
    }
}
#[automatically_derived]
#[allow(unused_qualifications, clippy :: match_same_arms, clippy ::
match_wildcard_for_single_variants)]
impl ::codes_core::problem::IntoProblem for Inner where
    u64: ::codes_core::__private_v0_1::serde::serde::Serialize,
    u32: ::core::fmt::Display {
    fn problem_type(&self)
        -> ::core::option::Option<&::core::primitive::str> {
        #[allow(unused_imports)]
        use ::codes_core::__private_v0_1::{
            ForwardProblem as _, NoProblem as _,
        };
        match *self {
            Self::NoSuchUser { .. } =>
                ::core::option::Option::Some("https://example.com/problems/no-such-user"),
        }
    }
    fn problem_title(&self)
        -> ::core::option::Option<&::core::primitive::str> {
        #[allow(unused_imports)]
        use ::codes_core::__private_v0_1::{
            ForwardProblem as _, NoProblem as _,
        };
        match *self {
            Self::NoSuchUser { .. } =>
                ::core::option::Option::Some("No such user"),
        }
    }
    fn problem_domain(&self)
        -> ::core::option::Option<&::core::primitive::str> {
        ::core::option::Option::Some("codes-expand-fixtures")
    }
    fn problem_members(&self, members: &mut ::codes_core::problem::Members) {
        #[allow(unused_imports)]
        use ::codes_core::__private_v0_1::{
            ForwardProblem as _, NoProblem as _,
        };
        match *self {
            Self::NoSuchUser { id: ref __codes_field_0, .. } => {
                members.insert("id", __codes_field_0);
            }
        }
    }
    fn problem_headers(&self, headers: &mut ::codes_core::problem::Headers) {
        #[allow(unused_imports)]
        use ::codes_core::__private_v0_1::{
            ForwardProblem as _, NoProblem as _,
        };
        match *self {
            Self::NoSuchUser { retry_after: ref __codes_field_0, .. } => {
                headers.append("retry-after", __codes_field_0);
            }
        }
    }
    fn problem_source(&self)
        -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
        #[allow(unused_imports)]
        use ::codes_core::__private_v0_1::{NoSource as _, SourceOfError as _};
        (&&::codes_core::__private_v0_1::ErrorProbe(self)).source_of()
    }
}

/// Every kind of `#[problem]` field.
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
#[automatically_derived]
#[allow(unused_qualifications, unused_variables, clippy :: match_same_arms)]
impl ::codes_core::__private_v0_1::Status for ApiError where
    Inner: ::codes_core::__private_v0_1::Status,
    <Inner as
    ::codes_core::__private_v0_1::Status>::Code: ::codes_core::__private_v0_1::StatusOf<::codes_core::StatusCode>
    {
    type Code = ::codes_core::StatusCode;
    #[inline]
    fn status(&self) -> ::codes_core::StatusCode {
        match *self {
            Self::LogIn { .. } => ::codes_core::StatusCode::Unauthorized,
            Self::Inner(ref __codes_field) =>
                ::codes_core::__private_v0_1::transparent_final_status::<Inner,
                        ::codes_core::StatusCode>(__codes_field),
        }
    }
    #[allow(deprecated)]
    fn each_status(f: &mut dyn ::core::ops::FnMut(::codes_core::StatusCode)) {
        f(::codes_core::StatusCode::Unauthorized);
        ::codes_core::__private_v0_1::transparent_final_statuses::<Inner,
                ::codes_core::StatusCode>(f);
    }
}
#[automatically_derived]
#[allow(unused_qualifications, clippy :: match_same_arms, clippy ::
match_wildcard_for_single_variants)]
impl ::codes_core::problem::IntoProblem for ApiError where
    &'static str: ::core::fmt::Display, &'static str: ::core::fmt::Display {
    fn problem_type(&self)
        -> ::core::option::Option<&::core::primitive::str> {
        #[allow(unused_imports)]
        use ::codes_core::__private_v0_1::{
            ForwardProblem as _, NoProblem as _,
        };
        match *self {
            Self::LogIn { .. } => ::core::option::Option::None,
            Self::Inner { 0: ref __codes_inner, .. } => {
                match (&&::codes_core::__private_v0_1::ProblemProbe(__codes_inner)).problem_type_of()
                    {
                    ::core::option::Option::Some(text) =>
                        ::core::option::Option::Some(text),
                    ::core::option::Option::None =>
                        ::core::option::Option::None,
                }
            }
        }
    }
    fn problem_title(&self)
        -> ::core::option::Option<&::core::primitive::str> {
        #[allow(unused_imports)]
        use ::codes_core::__private_v0_1::{
            ForwardProblem as _, NoProblem as _,
        };
        match *self {
            Self::LogIn { .. } => ::core::option::Option::None,
            Self::Inner { 0: ref __codes_inner, .. } => {
                match (&&::codes_core::__private_v0_1::ProblemProbe(__codes_inner)).problem_title_of()
                    {
                    ::core::option::Option::Some(text) =>
                        ::core::option::Option::Some(text),
                    ::core::option::Option::None =>
                        ::core::option::Option::None,
                }
            }
        }
    }
    fn problem_reason(&self)
        -> ::core::option::Option<&::core::primitive::str> {
        #[allow(unused_imports)]
        use ::codes_core::__private_v0_1::{
            ForwardProblem as _, NoProblem as _,
        };
        match *self {
            Self::LogIn { .. } => ::core::option::Option::None,
            Self::Inner { 0: ref __codes_inner, .. } => {
                match (&&::codes_core::__private_v0_1::ProblemProbe(__codes_inner)).problem_reason_of()
                    {
                    ::core::option::Option::Some(text) =>
                        ::core::option::Option::Some(text),
                    ::core::option::Option::None =>
                        ::core::option::Option::None,
                }
            }
        }
    }
    fn problem_domain(&self)
        -> ::core::option::Option<&::core::primitive::str> {
        #[allow(unused_imports)]
        use ::codes_core::__private_v0_1::{
            ForwardProblem as _, NoProblem as _,
        };
        match *self {
            Self::Inner { 0: ref __codes_inner, .. } => {
                match (&&::codes_core::__private_v0_1::ProblemProbe(__codes_inner)).problem_domain_of()
                    {
                    ::core::option::Option::Some(domain) =>
                        ::core::option::Option::Some(domain),
                    ::core::option::Option::None =>
                        ::core::option::Option::Some("codes-expand-fixtures"),
                }
            }
            _ => ::core::option::Option::Some("codes-expand-fixtures"),
        }
    }
    fn grpc_code(&self) -> ::codes_core::GrpcCode {
        #[allow(unused_imports)]
        use ::codes_core::__private_v0_1::{
            ForwardProblem as _, NoProblem as _,
        };
        match *self {
            Self::Inner { 0: ref __codes_inner, .. } => {
                match (&&::codes_core::__private_v0_1::ProblemProbe(__codes_inner)).grpc_code_of()
                    {
                    ::core::option::Option::Some(code) => code,
                    ::core::option::Option::None =>
                        ::codes_core::GrpcCode::for_http_status(::codes_core::__private_v0_1::Code::code(::codes_core::__private_v0_1::Status::status(self))),
                }
            }
            _ =>
                ::codes_core::GrpcCode::for_http_status(::codes_core::__private_v0_1::Code::code(::codes_core::__private_v0_1::Status::status(self))),
        }
    }
    fn problem_members(&self, members: &mut ::codes_core::problem::Members) {
        #[allow(unused_imports)]
        use ::codes_core::__private_v0_1::{
            ForwardProblem as _, NoProblem as _,
        };
        match *self {
            Self::Inner { 0: ref __codes_inner, .. } => {
                (&&::codes_core::__private_v0_1::ProblemProbe(__codes_inner)).problem_members_into(members);
            }
            _ => {}
        }
    }
    fn problem_headers(&self, headers: &mut ::codes_core::problem::Headers) {
        #[allow(unused_imports)]
        use ::codes_core::__private_v0_1::{
            ForwardProblem as _, NoProblem as _,
        };
        match *self {
            Self::LogIn {
                basic: ref __codes_field_0, bearer: ref __codes_field_1, .. }
                => {
                headers.append("www-authenticate", __codes_field_0);
                headers.append("WWW-Authenticate", __codes_field_1);
            }
            Self::Inner { 0: ref __codes_inner, .. } => {
                (&&::codes_core::__private_v0_1::ProblemProbe(__codes_inner)).problem_headers_into(headers);
            }
        }
    }
    fn problem_source(&self)
        -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
        #[allow(unused_imports)]
        use ::codes_core::__private_v0_1::{NoSource as _, SourceOfError as _};
        (&&::codes_core::__private_v0_1::ErrorProbe(self)).source_of()
    }
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
