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

    // By hand: the status, and the list of every status the type answers with.
    impl Status for DbError {
        type Code = StatusCode;
        fn status(&self) -> StatusCode {
            StatusCode::ServiceUnavailable
        }
        fn each_status(f: &mut dyn FnMut(StatusCode)) {
            f(StatusCode::ServiceUnavailable);
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

// ---------------------------------------------------------------------------
// Programs that must compile (issue: the hardened macro crate).

/// An error type without variants (a placeholder, an `Infallible`-like type).
#[derive(Debug, Status)]
enum Never {}

#[test]
fn empty_enum() {
    fn status_of(never: &Never) -> StatusCode {
        never.status()
    }
    let _: fn(&Never) -> StatusCode = status_of;
}

/// One code enum, spelled two ways: the type system, not the path's spelling,
/// decides whether two statuses come from one enum.
#[derive(Debug, Status)]
enum Spelled {
    #[status(StatusCode::NotFound)]
    Short,
    #[status(codes_core::StatusCode::Conflict)]
    Long,
    #[status(::codes_core::StatusCode::Gone)]
    Absolute,
}

/// A registry status beside an extension's: the registry converts into it.
#[derive(Debug, Status)]
#[status(codes = ApiStatus)]
enum Mixed {
    #[status(StatusCode::NotFound)]
    Registry,
    #[status(ApiStatus::ClientClosedRequest)]
    Extension,
    #[status(transparent)]
    Inner(DbDown),
}

#[test]
fn one_code_enum_however_spelled() {
    assert_eq!(Spelled::Short.status(), StatusCode::NotFound);
    assert_eq!(Spelled::Long.status(), StatusCode::Conflict);
    assert_eq!(Spelled::Absolute.status(), StatusCode::Gone);
    assert_eq!(Mixed::Registry.status(), ApiStatus::NotFound);
    assert_eq!(Mixed::Extension.status(), ApiStatus::ClientClosedRequest);
    assert_eq!(Mixed::Inner(DbDown).status(), ApiStatus::ServiceUnavailable);
}

/// clippy's `result_large_err` advice boxes error variants: their status stays.
#[derive(Debug, Status)]
enum Boxed {
    #[status(transparent)]
    Db(Box<DbDown>),
    #[status(transparent)]
    Shared(std::sync::Arc<AppError>),
    #[status(transparent)]
    Local(std::rc::Rc<DbDown>),
}

#[test]
fn transparent_through_smart_pointers() {
    assert_eq!(
        Boxed::Db(Box::new(DbDown)).status(),
        StatusCode::ServiceUnavailable
    );
    assert_eq!(
        Boxed::Shared(std::sync::Arc::new(AppError::DuplicateEmail)).status(),
        StatusCode::Conflict
    );
    assert_eq!(
        Boxed::Local(std::rc::Rc::new(DbDown)).status(),
        StatusCode::ServiceUnavailable
    );
}

/// A generic error: the derive adds the bounds its `transparent` field needs,
/// as serde and thiserror do, so none is written here.
#[derive(Debug, Status)]
enum Layered<E, S> {
    #[status(transparent)]
    Inner(E),
    #[status(transparent)]
    Boxed(Box<S>),
    #[status(BadGateway)]
    Upstream,
}

#[test]
fn generic_transparent_fields_get_their_bounds() {
    type Concrete = Layered<DbDown, AppError>;
    assert_eq!(
        Concrete::Inner(DbDown).status(),
        StatusCode::ServiceUnavailable
    );
    assert_eq!(
        Concrete::Boxed(Box::new(AppError::DuplicateEmail)).status(),
        StatusCode::Conflict
    );
    assert_eq!(Concrete::Upstream.status(), StatusCode::BadGateway);
    // The inner error's statuses convert into an extension's when the outer
    // type names one.
    #[derive(Debug, Status)]
    #[status(codes = ApiStatus)]
    enum Outer<E> {
        #[status(transparent)]
        Inner(E),
    }
    assert_eq!(Outer::Inner(DbDown).status(), ApiStatus::ServiceUnavailable);
}

/// Deprecated variants of the user's own error type do not make the derive warn.
mod deprecated_variants {
    #![deny(deprecated)]

    #[derive(Debug, codes_core::Status)]
    pub enum OldErrors {
        #[deprecated(note = "use `Gone`")]
        #[status(NotFound)]
        Missing,
        #[status(Gone)]
        Gone,
    }

    #[test]
    fn no_warning_for_the_types_own_deprecated_variants() {
        use codes_core::Status;
        assert_eq!(OldErrors::Gone.status(), codes_core::StatusCode::Gone);
    }
}

/// Every status a type can answer with, listed without a value.
#[test]
fn statuses_are_listed_without_a_value() {
    use codes_core::{statuses, statuses_into};
    // Variants, the default (once) and transparent fields' statuses, in order.
    assert_eq!(
        statuses::<WithDefault>(),
        [StatusCode::BadRequest, StatusCode::InternalServerError]
    );
    let mut expected: Vec<u16> = statuses::<AppError>()
        .iter()
        .map(|s| s.code())
        .chain([502, 503])
        .collect();
    expected.sort_unstable();
    expected.dedup();
    assert_eq!(
        statuses::<Layered<DbDown, AppError>>()
            .iter()
            .map(|s| s.code())
            .collect::<Vec<_>>(),
        expected
    );
    assert_eq!(
        statuses::<Mixed>(),
        [
            ApiStatus::NotFound,
            ApiStatus::ClientClosedRequest,
            ApiStatus::ServiceUnavailable
        ]
    );
    assert!(statuses::<Never>().is_empty());
    // A code enum lists all its codes.
    assert_eq!(statuses::<StatusCode>().len(), 64);
    // Without an allocator: all of them, or `None`, never a partial list.
    let mut buffer = [StatusCode::Ok; 64];
    assert_eq!(
        statuses_into::<AppError>(&mut buffer).map(<[_]>::to_vec),
        Some(statuses::<AppError>())
    );
    let needed = statuses::<AppError>().len();
    assert_eq!(statuses_into::<AppError>(&mut buffer[..needed - 1]), None);
}

/// Paths to a code (`crate::`, `self::`, `super::`), to an extension's
/// variant in this crate, and `codes = ` spelled the same ways, from nested
/// modules: however the path is spelled, it names the code.
mod paths {
    codes_core::codes! {
        /// An extension in this crate.
        pub enum LocalStatus extends codes_core::StatusCode {
            /// nginx's code for a client that left.
            499 ClientClosedRequest = "Client Closed Request",
        }
    }

    pub mod api {
        pub mod errors {
            use codes_core::{Problem, Status};

            #[derive(Debug, thiserror::Error, Status, Problem)]
            pub enum ByCrate {
                #[error("closed")]
                #[status(crate::paths::LocalStatus::ClientClosedRequest)]
                Closed,
                #[error("missing")]
                #[status(NotFound)]
                Missing,
                #[error("registry")]
                #[status(crate::paths::LocalStatus::Conflict)]
                Taken,
            }

            #[derive(Debug, thiserror::Error, Status, Problem)]
            pub enum BySuper {
                #[error("closed")]
                #[status(super::super::LocalStatus::ClientClosedRequest)]
                Closed,
                #[error("gone")]
                #[status(410)]
                Gone,
                #[error(transparent)]
                #[status(transparent)]
                Inner(ByCrate),
            }

            #[derive(Debug, thiserror::Error, Status, Problem)]
            #[status(codes = self::Here)]
            pub enum BySelf {
                #[error("closed")]
                #[status(self::Here::ClientClosedRequest)]
                Closed,
                #[error("teapot")]
                #[status(ImATeapot)]
                Teapot,
            }

            pub use super::super::LocalStatus as Here;

            #[derive(Debug, thiserror::Error, Status, Problem)]
            #[status(codes = crate::paths::LocalStatus, default = InternalServerError)]
            pub enum ByCodes {
                #[error("closed")]
                #[status(ClientClosedRequest)]
                Closed,
                #[error("crash")]
                Crash,
                #[error("registry path")]
                #[status(codes_core::StatusCode::BadGateway)]
                Upstream,
            }

            #[derive(Debug, thiserror::Error, Status, Problem)]
            #[error("closed")]
            #[status(crate::paths::LocalStatus::ClientClosedRequest)]
            pub struct Struct;
        }
    }
}

#[test]
fn crate_self_and_super_paths() {
    use codes_core::problem::IntoProblem;
    use paths::api::errors::{ByCodes, ByCrate, BySelf, BySuper, Struct};
    use paths::LocalStatus;
    assert_eq!(ByCrate::Closed.status(), LocalStatus::ClientClosedRequest);
    assert_eq!(ByCrate::Missing.status(), LocalStatus::NotFound);
    assert_eq!(ByCrate::Taken.status(), LocalStatus::Conflict);
    assert_eq!(BySuper::Closed.status(), LocalStatus::ClientClosedRequest);
    assert_eq!(BySuper::Gone.status().code(), 410);
    assert_eq!(
        BySuper::Inner(ByCrate::Closed).status(),
        LocalStatus::ClientClosedRequest
    );
    assert_eq!(BySelf::Closed.status(), LocalStatus::ClientClosedRequest);
    assert_eq!(BySelf::Teapot.status().code(), 418);
    assert_eq!(ByCodes::Closed.status(), LocalStatus::ClientClosedRequest);
    assert_eq!(ByCodes::Crash.status().code(), 500);
    assert_eq!(ByCodes::Upstream.status().code(), 502);
    assert_eq!(Struct.status(), LocalStatus::ClientClosedRequest);
    assert_eq!(
        codes_core::statuses::<BySuper>(),
        [
            LocalStatus::NotFound,
            LocalStatus::Conflict,
            LocalStatus::Gone,
            LocalStatus::ClientClosedRequest
        ]
    );
    assert_eq!(ByCrate::Closed.problem_type(), None);
}
