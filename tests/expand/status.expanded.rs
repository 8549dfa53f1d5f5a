//! `#[derive(Status)]`: a status by name, by number and by path, a transparent
//! field, and an enum-wide default.

use codes_core::{Status, StatusCode};

/// A failure with a status of its own.
#[status(ServiceUnavailable)]
pub struct DbDown;
#[automatically_derived]
#[allow(unused_qualifications, unused_variables, clippy :: match_same_arms)]
impl ::codes_core::__private_v0_1::Status for DbDown {
    type Code = ::codes_core::StatusCode;
    #[inline]
    fn status(&self) -> ::codes_core::StatusCode {
        match *self { Self => ::codes_core::StatusCode::ServiceUnavailable, }
    }
    #[allow(deprecated)]
    fn each_status(f: &mut dyn ::core::ops::FnMut(::codes_core::StatusCode)) {
        f(::codes_core::StatusCode::ServiceUnavailable);
    }
}

/// Every way to give a variant its status.
#[status(default = InternalServerError)]
pub enum AppError {

    /// By name.
    #[status(NotFound)]
    Missing {
        id: u64,
    },

    /// By number.
    #[status(409)]
    Duplicate,

    /// By path.
    #[status(StatusCode::UnprocessableContent)]
    Invalid(&'static str),

    /// The field's own status.
    #[status(transparent)]
    Db(DbDown),

    /// The enum's default.
    Crashed,
}
#[automatically_derived]
#[allow(unused_qualifications, unused_variables, clippy :: match_same_arms)]
impl ::codes_core::__private_v0_1::Status for AppError where
    DbDown: ::codes_core::__private_v0_1::Status,
    <DbDown as
    ::codes_core::__private_v0_1::Status>::Code: ::codes_core::__private_v0_1::StatusOf<StatusCode>
    {
    type Code = StatusCode;
    #[inline]
    fn status(&self) -> StatusCode {
        match *self {
            Self::Missing { .. } => StatusCode::NotFound,
            Self::Duplicate => {
                const STATUS: StatusCode =
                    match StatusCode::from_code(409) {
                        ::core::option::Option::Some(status) => status,
                        ::core::option::Option::None => {
                            ::core::panicking::panic_fmt(format_args!("#[status(409)]: 409 is not a code of StatusCode"));
                        }
                    };
                STATUS
            }
            Self::Invalid(..) =>
                ::codes_core::__private_v0_1::StatusOf::<StatusCode>::into_status(StatusCode::UnprocessableContent),
            Self::Db(ref __codes_field) =>
                ::codes_core::__private_v0_1::transparent_final_status::<DbDown,
                        StatusCode>(__codes_field),
            Self::Crashed => StatusCode::InternalServerError,
        }
    }
    #[allow(deprecated)]
    fn each_status(f: &mut dyn ::core::ops::FnMut(StatusCode)) {
        f(StatusCode::NotFound);
        if let ::core::option::Option::Some(status) =
                StatusCode::from_code(409) {
            f(status);
        }
        f(::codes_core::__private_v0_1::StatusOf::<StatusCode>::into_status(StatusCode::UnprocessableContent));
        ::codes_core::__private_v0_1::transparent_final_statuses::<DbDown,
                StatusCode>(f);
        f(StatusCode::InternalServerError);
    }
}
