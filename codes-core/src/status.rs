//! The [`Status`] trait: what status an application value (usually an error)
//! answers with. Derive it with [`#[derive(Status)]`](macro@crate::Status).

use crate::Code;

/// A value that maps to a status code: an application error, a result kind.
///
/// Derive it, naming each variant's status by name, number or path; the
/// compiler checks each name and number against the code enum:
///
/// ```
/// use codes_core::{Status, StatusCode};
///
/// #[derive(Debug, Status)]
/// enum AppError {
///     #[status(NotFound)]
///     UserNotFound { id: u64 },
///     #[status(409)]
///     DuplicateEmail,
///     #[status(UnprocessableContent)]
///     Invalid(&'static str),
///     #[status(transparent)]
///     Db(DbError),
/// }
///
/// #[derive(Debug, Status)]
/// #[status(ServiceUnavailable)]
/// struct DbError;
///
/// assert_eq!(AppError::UserNotFound { id: 7 }.status(), StatusCode::NotFound);
/// assert_eq!(AppError::DuplicateEmail.status(), StatusCode::Conflict);
/// assert_eq!(AppError::Db(DbError).status(), StatusCode::ServiceUnavailable);
/// ```
///
/// The attribute forms:
///
/// | On | Form | Status |
/// |---|---|---|
/// | variant or struct | `#[status(NotFound)]` | that variant of the code enum |
/// | variant or struct | `#[status(404)]` | the code with that number; a number the enum lacks is a compile error |
/// | variant or struct | `#[status(ApiStatus::ClientClosedRequest)]` | a variant of an extension enum, which becomes the code enum |
/// | variant or struct | `#[status(transparent)]` | the status of the single field |
/// | enum | `#[status(default = InternalServerError)]` | for variants without their own attribute |
/// | enum | `#[status(codes = ApiStatus)]` | the code enum, when no variant names it by path |
///
/// A variant without a status (and no default), `transparent` on a variant with
/// other than one field, or a union are compile errors on the offending token.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no status: it does not implement `codes_core::Status`",
    label = "a `#[status(transparent)]` field must implement `Status`; derive it, or give the variant its own status"
)]
pub trait Status {
    /// The code enum: [`StatusCode`](crate::StatusCode) or an extension made by `codes!`.
    type Code: Code;

    /// The status this value answers with.
    fn status(&self) -> Self::Code;
}

impl<T: Status + ?Sized> Status for &T {
    type Code = T::Code;

    #[inline]
    fn status(&self) -> T::Code {
        (**self).status()
    }
}

/// Boxed errors (clippy's `result_large_err` advice) keep their status, so
/// `#[status(transparent)]` works through `Box<T>`, `Rc<T>` and `Arc<T>`.
#[cfg(feature = "alloc")]
mod smart_pointers {
    use alloc::boxed::Box;
    use alloc::rc::Rc;
    use alloc::sync::Arc;

    use super::Status;

    macro_rules! delegate {
        ($($pointer:ident),*) => {$(
            impl<T: Status + ?Sized> Status for $pointer<T> {
                type Code = T::Code;

                #[inline]
                fn status(&self) -> T::Code {
                    (**self).status()
                }
            }
        )*};
    }

    delegate!(Box, Rc, Arc);
}
