//! `#[derive(Status)]`: a status by name, by number and by path, a transparent
//! field, and an enum-wide default.

use codes_core::{Status, StatusCode};

/// A failure with a status of its own.
#[derive(Status)]
#[status(ServiceUnavailable)]
pub struct DbDown;

/// Every way to give a variant its status.
#[derive(Status)]
#[status(default = InternalServerError)]
pub enum AppError {
    /// By name.
    #[status(NotFound)]
    Missing { id: u64 },
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
