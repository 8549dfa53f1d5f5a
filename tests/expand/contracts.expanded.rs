//! `contracts!`: two failures, a narrower and a wider contract (the wider one
//! converts from the narrower and narrows into it).

use codes_core::{Problem, Status};

/// There is no such user.
#[status(NotFound)]
pub struct NoSuchUser(
    #[problem(member = "id")]
    pub u64);
#[automatically_derived]
impl ::core::fmt::Debug for NoSuchUser {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
        ::core::fmt::Formatter::debug_tuple_field1_finish(f, "NoSuchUser",
            &&self.0)
    }
}
#[automatically_derived]
#[allow(unused_qualifications, unused_variables, clippy :: match_same_arms)]
impl ::codes_core::__private_v0_1::Status for NoSuchUser {
    type Code = ::codes_core::StatusCode;
    #[inline]
    fn status(&self) -> ::codes_core::StatusCode {
        match *self { Self(..) => ::codes_core::StatusCode::NotFound, }
    }
    #[allow(deprecated)]
    fn each_status(f: &mut dyn ::core::ops::FnMut(::codes_core::StatusCode)) {
        f(::codes_core::StatusCode::NotFound);
    }
}
#[automatically_derived]
#[allow(unused_qualifications, clippy :: match_same_arms, clippy ::
match_wildcard_for_single_variants)]
impl ::codes_core::problem::IntoProblem for NoSuchUser where
    u64: ::codes_core::__private_v0_1::serde::serde::Serialize {
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
            Self { 0: ref __codes_field_0, .. } => {
                members.insert("id", __codes_field_0);
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

/// That email is taken.
#[status(Conflict)]
pub struct EmailTaken;
#[automatically_derived]
impl ::core::fmt::Debug for EmailTaken {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
        ::core::fmt::Formatter::write_str(f, "EmailTaken")
    }
}
#[automatically_derived]
#[allow(unused_qualifications, unused_variables, clippy :: match_same_arms)]
impl ::codes_core::__private_v0_1::Status for EmailTaken {
    type Code = ::codes_core::StatusCode;
    #[inline]
    fn status(&self) -> ::codes_core::StatusCode {
        match *self { Self => ::codes_core::StatusCode::Conflict, }
    }
    #[allow(deprecated)]
    fn each_status(f: &mut dyn ::core::ops::FnMut(::codes_core::StatusCode)) {
        f(::codes_core::StatusCode::Conflict);
    }
}
#[automatically_derived]
#[allow(unused_qualifications, clippy :: match_same_arms, clippy ::
match_wildcard_for_single_variants)]
impl ::codes_core::problem::IntoProblem for EmailTaken {
    fn problem_domain(&self)
        -> ::core::option::Option<&::core::primitive::str> {
        ::core::option::Option::Some("codes-expand-fixtures")
    }
    fn problem_source(&self)
        -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
        #[allow(unused_imports)]
        use ::codes_core::__private_v0_1::{NoSource as _, SourceOfError as _};
        (&&::codes_core::__private_v0_1::ErrorProbe(self)).source_of()
    }
}

impl core::fmt::Display for NoSuchUser {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {



        f.write_fmt(format_args!("there is no user {0}", self.0))
    }
}
impl core::fmt::Display for EmailTaken {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("that email is taken")
    }
}
impl core::error::Error for NoSuchUser {}
impl core::error::Error for EmailTaken {}
#[doc = " What showing a user fails with."]
#[doc = ""]
#[doc =
" A route contract: the failures it answers with are [`NoSuchUser`](NoSuchUser), each answered as it answers by itself (its status, problem, headers and documentation). `?` converts each of them into it, as it does each narrower contract of the same `contracts!` block."]
pub enum ShowUser {

    #[doc = " The failure [`NoSuchUser`](NoSuchUser)."]
    #[status(transparent)]
    NoSuchUser(NoSuchUser),
}
#[automatically_derived]
impl ::core::fmt::Debug for ShowUser {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
        match self {
            ShowUser::NoSuchUser(__self_0) =>
                ::core::fmt::Formatter::debug_tuple_field1_finish(f,
                    "NoSuchUser", &__self_0),
        }
    }
}
#[automatically_derived]
#[allow(unused_qualifications, unused_variables, clippy :: match_same_arms)]
impl ::codes_core::__private_v0_1::Status for ShowUser where
    NoSuchUser: ::codes_core::__private_v0_1::Status,
    <NoSuchUser as
    ::codes_core::__private_v0_1::Status>::Code: ::codes_core::__private_v0_1::StatusOf<::codes_core::StatusCode>
    {
    type Code = ::codes_core::StatusCode;
    #[inline]
    fn status(&self) -> ::codes_core::StatusCode {
        match *self {
            Self::NoSuchUser(ref __codes_field) =>
                ::codes_core::__private_v0_1::transparent_final_status::<NoSuchUser,
                        ::codes_core::StatusCode>(__codes_field),
        }
    }
    #[allow(deprecated)]
    fn each_status(f: &mut dyn ::core::ops::FnMut(::codes_core::StatusCode)) {
        ::codes_core::__private_v0_1::transparent_final_statuses::<NoSuchUser,
                ::codes_core::StatusCode>(f);
    }
}
#[automatically_derived]
#[allow(unused_qualifications, clippy :: match_same_arms, clippy ::
match_wildcard_for_single_variants)]
impl ::codes_core::problem::IntoProblem for ShowUser {
    fn problem_type(&self)
        -> ::core::option::Option<&::core::primitive::str> {
        #[allow(unused_imports)]
        use ::codes_core::__private_v0_1::{
            ForwardProblem as _, NoProblem as _,
        };
        match *self {
            Self::NoSuchUser { 0: ref __codes_inner, .. } => {
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
            Self::NoSuchUser { 0: ref __codes_inner, .. } => {
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
            Self::NoSuchUser { 0: ref __codes_inner, .. } => {
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
            Self::NoSuchUser { 0: ref __codes_inner, .. } => {
                match (&&::codes_core::__private_v0_1::ProblemProbe(__codes_inner)).problem_domain_of()
                    {
                    ::core::option::Option::Some(domain) =>
                        ::core::option::Option::Some(domain),
                    ::core::option::Option::None =>
                        ::core::option::Option::Some("codes-expand-fixtures"),
                }
            }
        }
    }
    fn grpc_code(&self) -> ::codes_core::GrpcCode {
        #[allow(unused_imports)]
        use ::codes_core::__private_v0_1::{
            ForwardProblem as _, NoProblem as _,
        };
        match *self {
            Self::NoSuchUser { 0: ref __codes_inner, .. } => {
                match (&&::codes_core::__private_v0_1::ProblemProbe(__codes_inner)).grpc_code_of()
                    {
                    ::core::option::Option::Some(code) => code,
                    ::core::option::Option::None =>
                        ::codes_core::GrpcCode::for_http_status(::codes_core::__private_v0_1::Code::code(::codes_core::__private_v0_1::Status::status(self))),
                }
            }
        }
    }
    fn problem_members(&self, members: &mut ::codes_core::problem::Members) {
        #[allow(unused_imports)]
        use ::codes_core::__private_v0_1::{
            ForwardProblem as _, NoProblem as _,
        };
        match *self {
            Self::NoSuchUser { 0: ref __codes_inner, .. } => {
                (&&::codes_core::__private_v0_1::ProblemProbe(__codes_inner)).problem_members_into(members);
            }
        }
    }
    fn problem_headers(&self, headers: &mut ::codes_core::problem::Headers) {
        #[allow(unused_imports)]
        use ::codes_core::__private_v0_1::{
            ForwardProblem as _, NoProblem as _,
        };
        match *self {
            Self::NoSuchUser { 0: ref __codes_inner, .. } => {
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
#[allow(deprecated, unused_qualifications, clippy :: match_same_arms, clippy
:: too_many_lines, clippy :: unreadable_literal, clippy ::
missing_const_for_fn, clippy :: must_use_candidate, clippy :: use_self)]
const _: () =
    {
        #[automatically_derived]
        impl ::core::fmt::Display for ShowUser {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>)
                -> ::core::fmt::Result {
                match self {
                    Self::NoSuchUser(failure) =>
                        ::core::fmt::Display::fmt(failure, f),
                }
            }
        }
        #[automatically_derived]
        impl ::core::error::Error for ShowUser {
            fn source(&self)
                ->
                    ::core::option::Option<&(dyn ::core::error::Error +
                    'static)> {
                match self {
                    Self::NoSuchUser(failure) =>
                        ::core::error::Error::source(failure),
                }
            }
        }
        #[automatically_derived]
        impl<E: ::codes_core::route::MemberOf<ShowUser>>
            ::core::convert::From<E> for ShowUser {
            #[inline]
            fn from(failure: E) -> ShowUser {
                ::codes_core::route::MemberOf::into_contract(failure)
            }
        }
        #[automatically_derived]
        impl ::codes_core::route::MemberOf<ShowUser> for NoSuchUser {
            #[inline]
            fn into_contract(self) -> ShowUser { ShowUser::NoSuchUser(self) }
        }
        #[automatically_derived]
        impl ::core::convert::TryFrom<StoreError> for ShowUser {
            type Error = StoreError;
            fn try_from(wide: StoreError)
                -> ::core::result::Result<ShowUser, StoreError> {
                match wide {
                    StoreError::NoSuchUser(failure) =>
                        ::core::result::Result::Ok(ShowUser::NoSuchUser(failure)),
                    other => ::core::result::Result::Err(other),
                }
            }
        }
    };
#[doc = " What the store fails with."]
#[doc = ""]
#[doc =
" A route contract: the failures it answers with are [`NoSuchUser`](NoSuchUser), [`EmailTaken`](EmailTaken), each answered as it answers by itself (its status, problem, headers and documentation). `?` converts each of them into it, as it does each narrower contract of the same `contracts!` block."]
pub enum StoreError {

    #[doc = " The failure [`NoSuchUser`](NoSuchUser)."]
    #[status(transparent)]
    NoSuchUser(NoSuchUser),

    #[doc = " The failure [`EmailTaken`](EmailTaken)."]
    #[status(transparent)]
    EmailTaken(EmailTaken),
}
#[automatically_derived]
impl ::core::fmt::Debug for StoreError {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
        match self {
            StoreError::NoSuchUser(__self_0) =>
                ::core::fmt::Formatter::debug_tuple_field1_finish(f,
                    "NoSuchUser", &__self_0),
            StoreError::EmailTaken(__self_0) =>
                ::core::fmt::Formatter::debug_tuple_field1_finish(f,
                    "EmailTaken", &__self_0),
        }
    }
}
#[automatically_derived]
#[allow(unused_qualifications, unused_variables, clippy :: match_same_arms)]
impl ::codes_core::__private_v0_1::Status for StoreError where
    NoSuchUser: ::codes_core::__private_v0_1::Status,
    <NoSuchUser as
    ::codes_core::__private_v0_1::Status>::Code: ::codes_core::__private_v0_1::StatusOf<::codes_core::StatusCode>,
    EmailTaken: ::codes_core::__private_v0_1::Status,
    <EmailTaken as
    ::codes_core::__private_v0_1::Status>::Code: ::codes_core::__private_v0_1::StatusOf<::codes_core::StatusCode>
    {
    type Code = ::codes_core::StatusCode;
    #[inline]
    fn status(&self) -> ::codes_core::StatusCode {
        match *self {
            Self::NoSuchUser(ref __codes_field) =>
                ::codes_core::__private_v0_1::transparent_final_status::<NoSuchUser,
                        ::codes_core::StatusCode>(__codes_field),
            Self::EmailTaken(ref __codes_field) =>
                ::codes_core::__private_v0_1::transparent_final_status::<EmailTaken,
                        ::codes_core::StatusCode>(__codes_field),
        }
    }
    #[allow(deprecated)]
    fn each_status(f: &mut dyn ::core::ops::FnMut(::codes_core::StatusCode)) {
        ::codes_core::__private_v0_1::transparent_final_statuses::<NoSuchUser,
                ::codes_core::StatusCode>(f);
        ::codes_core::__private_v0_1::transparent_final_statuses::<EmailTaken,
                ::codes_core::StatusCode>(f);
    }
}
#[automatically_derived]
#[allow(unused_qualifications, clippy :: match_same_arms, clippy ::
match_wildcard_for_single_variants)]
impl ::codes_core::problem::IntoProblem for StoreError {
    fn problem_type(&self)
        -> ::core::option::Option<&::core::primitive::str> {
        #[allow(unused_imports)]
        use ::codes_core::__private_v0_1::{
            ForwardProblem as _, NoProblem as _,
        };
        match *self {
            Self::NoSuchUser { 0: ref __codes_inner, .. } => {
                match (&&::codes_core::__private_v0_1::ProblemProbe(__codes_inner)).problem_type_of()
                    {
                    ::core::option::Option::Some(text) =>
                        ::core::option::Option::Some(text),
                    ::core::option::Option::None =>
                        ::core::option::Option::None,
                }
            }
            Self::EmailTaken { 0: ref __codes_inner, .. } => {
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
            Self::NoSuchUser { 0: ref __codes_inner, .. } => {
                match (&&::codes_core::__private_v0_1::ProblemProbe(__codes_inner)).problem_title_of()
                    {
                    ::core::option::Option::Some(text) =>
                        ::core::option::Option::Some(text),
                    ::core::option::Option::None =>
                        ::core::option::Option::None,
                }
            }
            Self::EmailTaken { 0: ref __codes_inner, .. } => {
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
            Self::NoSuchUser { 0: ref __codes_inner, .. } => {
                match (&&::codes_core::__private_v0_1::ProblemProbe(__codes_inner)).problem_reason_of()
                    {
                    ::core::option::Option::Some(text) =>
                        ::core::option::Option::Some(text),
                    ::core::option::Option::None =>
                        ::core::option::Option::None,
                }
            }
            Self::EmailTaken { 0: ref __codes_inner, .. } => {
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
            Self::NoSuchUser { 0: ref __codes_inner, .. } => {
                match (&&::codes_core::__private_v0_1::ProblemProbe(__codes_inner)).problem_domain_of()
                    {
                    ::core::option::Option::Some(domain) =>
                        ::core::option::Option::Some(domain),
                    ::core::option::Option::None =>
                        ::core::option::Option::Some("codes-expand-fixtures"),
                }
            }
            Self::EmailTaken { 0: ref __codes_inner, .. } => {
                match (&&::codes_core::__private_v0_1::ProblemProbe(__codes_inner)).problem_domain_of()
                    {
                    ::core::option::Option::Some(domain) =>
                        ::core::option::Option::Some(domain),
                    ::core::option::Option::None =>
                        ::core::option::Option::Some("codes-expand-fixtures"),
                }
            }
        }
    }
    fn grpc_code(&self) -> ::codes_core::GrpcCode {
        #[allow(unused_imports)]
        use ::codes_core::__private_v0_1::{
            ForwardProblem as _, NoProblem as _,
        };
        match *self {
            Self::NoSuchUser { 0: ref __codes_inner, .. } => {
                match (&&::codes_core::__private_v0_1::ProblemProbe(__codes_inner)).grpc_code_of()
                    {
                    ::core::option::Option::Some(code) => code,
                    ::core::option::Option::None =>
                        ::codes_core::GrpcCode::for_http_status(::codes_core::__private_v0_1::Code::code(::codes_core::__private_v0_1::Status::status(self))),
                }
            }
            Self::EmailTaken { 0: ref __codes_inner, .. } => {
                match (&&::codes_core::__private_v0_1::ProblemProbe(__codes_inner)).grpc_code_of()
                    {
                    ::core::option::Option::Some(code) => code,
                    ::core::option::Option::None =>
                        ::codes_core::GrpcCode::for_http_status(::codes_core::__private_v0_1::Code::code(::codes_core::__private_v0_1::Status::status(self))),
                }
            }
        }
    }
    fn problem_members(&self, members: &mut ::codes_core::problem::Members) {
        #[allow(unused_imports)]
        use ::codes_core::__private_v0_1::{
            ForwardProblem as _, NoProblem as _,
        };
        match *self {
            Self::NoSuchUser { 0: ref __codes_inner, .. } => {
                (&&::codes_core::__private_v0_1::ProblemProbe(__codes_inner)).problem_members_into(members);
            }
            Self::EmailTaken { 0: ref __codes_inner, .. } => {
                (&&::codes_core::__private_v0_1::ProblemProbe(__codes_inner)).problem_members_into(members);
            }
        }
    }
    fn problem_headers(&self, headers: &mut ::codes_core::problem::Headers) {
        #[allow(unused_imports)]
        use ::codes_core::__private_v0_1::{
            ForwardProblem as _, NoProblem as _,
        };
        match *self {
            Self::NoSuchUser { 0: ref __codes_inner, .. } => {
                (&&::codes_core::__private_v0_1::ProblemProbe(__codes_inner)).problem_headers_into(headers);
            }
            Self::EmailTaken { 0: ref __codes_inner, .. } => {
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
#[allow(deprecated, unused_qualifications, clippy :: match_same_arms, clippy
:: too_many_lines, clippy :: unreadable_literal, clippy ::
missing_const_for_fn, clippy :: must_use_candidate, clippy :: use_self)]
const _: () =
    {
        #[automatically_derived]
        impl ::core::fmt::Display for StoreError {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>)
                -> ::core::fmt::Result {
                match self {
                    Self::NoSuchUser(failure) =>
                        ::core::fmt::Display::fmt(failure, f),
                    Self::EmailTaken(failure) =>
                        ::core::fmt::Display::fmt(failure, f),
                }
            }
        }
        #[automatically_derived]
        impl ::core::error::Error for StoreError {
            fn source(&self)
                ->
                    ::core::option::Option<&(dyn ::core::error::Error +
                    'static)> {
                match self {
                    Self::NoSuchUser(failure) =>
                        ::core::error::Error::source(failure),
                    Self::EmailTaken(failure) =>
                        ::core::error::Error::source(failure),
                }
            }
        }
        #[automatically_derived]
        impl<E: ::codes_core::route::MemberOf<StoreError>>
            ::core::convert::From<E> for StoreError {
            #[inline]
            fn from(failure: E) -> StoreError {
                ::codes_core::route::MemberOf::into_contract(failure)
            }
        }
        #[automatically_derived]
        impl ::codes_core::route::MemberOf<StoreError> for NoSuchUser {
            #[inline]
            fn into_contract(self) -> StoreError {
                StoreError::NoSuchUser(self)
            }
        }
        #[automatically_derived]
        impl ::codes_core::route::MemberOf<StoreError> for EmailTaken {
            #[inline]
            fn into_contract(self) -> StoreError {
                StoreError::EmailTaken(self)
            }
        }
        #[automatically_derived]
        impl ::codes_core::route::MemberOf<StoreError> for ShowUser {
            #[inline]
            fn into_contract(self) -> StoreError {
                match self {
                    ShowUser::NoSuchUser(failure) =>
                        StoreError::NoSuchUser(failure),
                }
            }
        }
    };
