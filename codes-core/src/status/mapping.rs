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
/// | variant or struct | `#[status(transparent)]` | the status of the single field (also through `Box`, `Rc`, `Arc`) |
/// | enum | `#[status(default = InternalServerError)]` | for variants without their own attribute |
/// | enum or struct | `#[status(codes = ApiStatus)]` | the code enum, when no variant names it by path |
/// | enum or struct | `#[status(crate = ::codes)]` | the path of codes-core, when the dependency is renamed or re-exported |
///
/// Settings can share an attribute with a status (`#[status(NotFound, crate = ::codes)]`
/// on a struct); each is given once. A number is written as `codes!` writes
/// codes, a plain decimal literal (`404`, not `0x194`, `404u8` or `-404`).
///
/// The code enum is the one named with `codes = ...`, else the enum of the first
/// status written as a path, else [`StatusCode`](crate::StatusCode). Every other
/// status must be a status of it: a variant of it however the path is spelled
/// (`StatusCode::NotFound`, `codes_core::StatusCode::NotFound`,
/// `crate::api::ApiStatus::ClientClosedRequest`, `self::`, `super::`), or of an
/// enum it extends (a `StatusCode` status in an error whose code enum is
/// `ApiStatus`). The same holds for `transparent` fields. On a generic type,
/// the derive adds the bounds its `transparent` fields need (`E: Status`), as
/// serde does.
///
/// A 1xx status is informational, never a final answer: when the code enum
/// holds HTTP statuses, a 1xx reached through a `transparent` field is
/// answered as 500, so `status()` and `each_status` (and [`statuses`]) give 500
/// there, as the answer does.
///
/// Compile errors, each on the offending token: a variant without a status (and
/// no default), `transparent` on other than one field, a name or number the code
/// enum lacks, a status from another code enum, `#[status]` on a field, a union.
/// Naming a deprecated code (`#[status(PayloadTooLarge)]`) warns like any other
/// use of a deprecated item.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no status: it does not implement `codes_core::Status`",
    label = "derive it: `#[derive(Status)]` (a `#[status(transparent)]` field needs it too, or give that variant its own status)"
)]
pub trait Status {
    /// The code enum: [`StatusCode`](crate::StatusCode) or an extension made by `codes!`.
    type Code: Code;

    /// The status this value answers with.
    fn status(&self) -> Self::Code;

    /// Calls `f` with every status a value of the type can answer with (the
    /// derive lists each variant's, the default's and those of `transparent`
    /// fields), possibly more than once: what an `OpenAPI` document lists, contract
    /// tests check and [`statuses`] collects, without a value at hand.
    fn each_status(f: &mut dyn FnMut(Self::Code))
    where
        Self: Sized;
}

/// Every status the type `T` can answer with, ascending, each once.
///
/// ```
/// use codes_core::{Status, StatusCode};
///
/// #[derive(Debug, Status)]
/// enum AppError {
///     #[status(NotFound)]
///     Missing,
///     #[status(Conflict)]
///     Taken,
///     #[status(NotFound)]
///     Gone,
/// }
///
/// assert_eq!(codes_core::statuses::<AppError>(), [StatusCode::NotFound, StatusCode::Conflict]);
/// ```
#[cfg(feature = "alloc")]
#[must_use]
pub fn statuses<T: Status>() -> alloc::vec::Vec<T::Code> {
    let mut all = alloc::vec::Vec::new();
    T::each_status(&mut |status| all.push(status));
    all.sort_unstable();
    all.dedup();
    all
}

/// [`statuses`] without an allocator: into `out`, or `None` if `out` is too
/// short to hold them all (never a partial list). A buffer as long as the
/// code enum (`T::Code::CODES.len()`) is always enough.
///
/// ```
/// use codes_core::{Status, StatusCode};
///
/// #[derive(Debug, Status)]
/// enum AppError {
///     #[status(NotFound)]
///     Missing,
///     #[status(Conflict)]
///     Taken,
/// }
///
/// let mut buffer = [StatusCode::Ok; 2];
/// assert_eq!(codes_core::statuses_into::<AppError>(&mut buffer), Some(&[StatusCode::NotFound, StatusCode::Conflict][..]));
/// assert_eq!(codes_core::statuses_into::<AppError>(&mut buffer[..1]), None);
/// ```
pub fn statuses_into<T: Status>(out: &mut [T::Code]) -> Option<&[T::Code]> {
    let mut len = 0;
    let mut overflow = false;
    T::each_status(&mut |status| {
        if let Err(at) = out[..len].binary_search(&status) {
            if len < out.len() {
                out.copy_within(at..len, at + 1);
                out[at] = status;
                len += 1;
            } else {
                overflow = true;
            }
        }
    });
    (!overflow).then_some(&out[..len])
}

/// `Status` of a pointer to a value with one: the pointee's.
macro_rules! delegate {
    ($($pointer:ty),*) => {$(
        impl<T: Status> Status for $pointer {
            type Code = T::Code;

            #[inline]
            fn status(&self) -> T::Code {
                (**self).status()
            }

            fn each_status(f: &mut dyn FnMut(T::Code)) {
                T::each_status(f);
            }
        }
    )*};
}

delegate!(&T);

/// Boxed errors (clippy's `result_large_err` advice) keep their status, so
/// `#[status(transparent)]` works through `Box<T>`, `Rc<T>` and `Arc<T>`.
/// (Not for trait objects: [`Status::each_status`] lists a type's statuses
/// without a value, which needs the type.)
#[cfg(feature = "alloc")]
mod smart_pointers {
    use alloc::boxed::Box;
    use alloc::rc::Rc;
    use alloc::sync::Arc;

    use super::Status;

    delegate!(Box<T>, Rc<T>, Arc<T>);
}
