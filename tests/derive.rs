//! `#[derive(Status)]` on enums and structs, every attribute form.

// Fixture fields exist to show the derive on every shape of variant; nothing reads them.
#![allow(dead_code)]

use codes_core::unofficial::UnofficialStatus;
use codes_core::{Status, StatusCode};
use codes_ext_api::ApiStatus;

#[derive(Debug, Status)]
#[status(ServiceUnavailable)]
struct DbDown;

#[derive(Debug, Status)]
#[status(transparent)]
struct Wrapped(AppError);

#[derive(Debug, Status)]
#[status(transparent)]
struct Named {
    inner: DbDown,
}

#[derive(Debug, Status)]
enum AppError {
    #[status(NotFound)]
    UserNotFound { id: u64 },
    #[status(409)]
    DuplicateEmail,
    #[status(StatusCode::UnprocessableContent)]
    Invalid(String),
    #[status(transparent)]
    Db(DbDown),
    #[status(transparent)]
    Named { source: DbDown },
}

#[derive(Debug, Status)]
#[status(default = InternalServerError)]
enum WithDefault {
    #[status(BadRequest)]
    Bad,
    Crashed,
    Panicked(#[allow(dead_code)] String),
}

/// Statuses from an extension enum: the paths make `ApiStatus` the code enum,
/// and plain names then resolve in it.
#[derive(Debug, Status)]
enum ProxyError {
    #[status(ApiStatus::ClientClosedRequest)]
    Cancelled,
    #[status(GatewayTimeout)]
    Timeout,
    #[status(transparent)]
    Db(DbDown),
}

#[derive(Debug, Status)]
#[status(codes = UnofficialStatus, default = 520)]
enum EdgeError {
    #[status(444)]
    Dropped,
    Unknown,
}

#[derive(Debug, Status)]
enum Generic<E: std::fmt::Debug> {
    #[status(BadGateway)]
    Upstream(E),
}

#[test]
fn every_form() {
    assert_eq!(
        AppError::UserNotFound { id: 1 }.status(),
        StatusCode::NotFound
    );
    assert_eq!(AppError::DuplicateEmail.status(), StatusCode::Conflict);
    assert_eq!(
        AppError::Invalid("x".into()).status(),
        StatusCode::UnprocessableContent
    );
    assert_eq!(
        AppError::Db(DbDown).status(),
        StatusCode::ServiceUnavailable
    );
    assert_eq!(
        AppError::Named { source: DbDown }.status(),
        StatusCode::ServiceUnavailable
    );
    assert_eq!(
        Wrapped(AppError::DuplicateEmail).status(),
        StatusCode::Conflict
    );
    assert_eq!(
        Named { inner: DbDown }.status(),
        StatusCode::ServiceUnavailable
    );
    assert_eq!(Status::status(&&DbDown), StatusCode::ServiceUnavailable);
}

#[test]
fn enum_level_default() {
    assert_eq!(WithDefault::Bad.status(), StatusCode::BadRequest);
    assert_eq!(
        WithDefault::Crashed.status(),
        StatusCode::InternalServerError
    );
    assert_eq!(
        WithDefault::Panicked(String::new()).status(),
        StatusCode::InternalServerError
    );
}

#[test]
fn extension_enums() {
    let cancelled: ApiStatus = ProxyError::Cancelled.status();
    assert_eq!(cancelled, ApiStatus::ClientClosedRequest);
    assert_eq!(ProxyError::Timeout.status(), ApiStatus::GatewayTimeout);
    // A field whose status is a `StatusCode` converts into the extension.
    assert_eq!(
        ProxyError::Db(DbDown).status(),
        ApiStatus::ServiceUnavailable
    );
    assert_eq!(EdgeError::Dropped.status(), UnofficialStatus::NoResponse);
    assert_eq!(
        EdgeError::Unknown.status(),
        UnofficialStatus::WebServerReturnedUnknownError
    );
}

#[test]
fn generics() {
    assert_eq!(Generic::Upstream(42).status(), StatusCode::BadGateway);
}

#[test]
fn generated_enums_are_their_own_status() {
    assert_eq!(StatusCode::Gone.status(), StatusCode::Gone);
    assert_eq!(
        ApiStatus::ClientClosedRequest.status(),
        ApiStatus::ClientClosedRequest
    );
}

/// The derive next to `thiserror` on the same enum: each reads its own attributes.
mod with_thiserror {
    use codes_core::{Status, StatusCode};

    #[derive(Debug, thiserror::Error)]
    #[error("database unavailable")]
    pub struct DbError;

    impl Status for DbError {
        type Code = StatusCode;
        fn status(&self) -> StatusCode {
            StatusCode::ServiceUnavailable
        }
    }

    #[derive(Debug, thiserror::Error, Status)]
    pub enum ApiError {
        #[error("user {id} not found")]
        #[status(NotFound)]
        UserNotFound { id: u64 },
        #[error("email {0} is taken")]
        #[status(Conflict)]
        DuplicateEmail(String),
        #[error(transparent)]
        #[status(transparent)]
        Db(#[from] DbError),
    }

    #[test]
    fn both_derives_work() {
        let err = ApiError::UserNotFound { id: 7 };
        assert_eq!(err.to_string(), "user 7 not found");
        assert_eq!(err.status(), StatusCode::NotFound);
        let err: ApiError = DbError.into();
        assert_eq!(err.to_string(), "database unavailable");
        assert_eq!(err.status(), StatusCode::ServiceUnavailable);
        let taken = ApiError::DuplicateEmail("a@b".into());
        assert!(std::error::Error::source(&taken).is_none());
        assert_eq!(taken.status(), StatusCode::Conflict);
    }
}
