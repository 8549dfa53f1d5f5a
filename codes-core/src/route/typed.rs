//! A handler's success, typed: [`Success`] and its aliases.

use alloc::string::String;

/// The body of a success without one: `204 No Content`, `205 Reset
/// Content`, `304 Not Modified`, and the redirections made with
/// [`Success::to`]. (Not `()`, which actix-web cannot answer with.)
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Empty;

/// A status number as a type: what [`Success`]'s checks are written on. It
/// never holds a value; the compiler reads its number.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct StatusNumber<const CODE: u16>;

/// The statuses a handler may succeed with: every 2xx and 3xx of the registry
/// except `305 Use Proxy` (deprecated) and `306 (Unused)`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a success status",
    label = "not a success",
    note = "a success is a 2xx or 3xx status of the registry (not 305 or 306): a 1xx is no final answer, and a 4xx or 5xx is a failure, which goes on the error side of the handler's `Result`"
)]
pub trait SuccessStatus: sealed::Sealed {
    /// The status, as the registry lists it.
    const STATUS: crate::StatusCode;
}

/// The successes [`Success::new`] makes with a body of type `B`: every
/// success but the redirections; `204`, `205` and `304` carry no body ([`Empty`]).
#[diagnostic::on_unimplemented(
    message = "`Success::new` cannot make a `{Self}` with a `{B}`",
    label = "no such success",
    note = "`new` makes the 2xx, 300 and 304 statuses of the registry, and 204, 205 and 304 carry no body (`Empty`); a redirection (301, 302, 303, 307, 308) is made with `Success::to(location)`; a 1xx is no final answer, and a 4xx or 5xx is a failure, which goes on the error side of the handler's `Result`"
)]
pub trait Answered<B>: SuccessStatus {}

/// The redirections, made with [`Success::to`]: 301, 302, 303, 307 and 308.
#[diagnostic::on_unimplemented(
    message = "`Success::to` cannot make a `{Self}`",
    label = "not a redirection",
    note = "`to` makes the redirections (301, 302, 303, 307, 308); the other successes are made with `Success::new(body)`, and a `201 Created` or `300 Multiple Choices` may name a place with `.at(location)`"
)]
pub trait Redirection: SuccessStatus {}

/// The successes that may name a place with [`Success::at`]: `201 Created`
/// (where the new resource is), `300 Multiple Choices` (the preferred
/// choice), and the redirections.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not name a place: it takes no `Location`",
    label = "`.at(location)` is for 201, 300 and the redirections"
)]
pub trait Locates: SuccessStatus {}

mod sealed {
    pub trait Sealed {}
    impl<const CODE: u16> Sealed for super::StatusNumber<CODE> {}
}

/// A handler's success, its status part of its type: `Success<201, Json<User>>`
/// is a `201 Created` with a JSON body, in the answer and in the OpenAPI
/// document (features `axum`, `actix-web`, `utoipa`, `aide`). The status is
/// checked where the success is made: a 4xx, a 5xx, a 1xx or a number the
/// registry does not have does not compile, and neither does a body on 204,
/// 205 or 304, nor a redirection without its `Location`.
///
/// The aliases in [`success`](super::success) name each status:
/// `success::Created<Json<User>>`, `success::NoContent`,
/// `success::SeeOther`.
///
/// ```
/// use codes_core::route::{success, Success};
///
/// fn created(id: u64) -> success::Created<String> {
///     Success::new(format!("user {id}")).at(format!("/users/{id}"))
/// }
/// fn moved() -> success::SeeOther {
///     Success::to("/users/7")
/// }
/// assert_eq!(created(7).location(), Some("/users/7"));
/// assert_eq!(moved().status(), codes_core::StatusCode::SeeOther);
/// ```
///
/// ```compile_fail
/// // A 404 is a failure, not a success.
/// let _: codes_core::route::Success<404, String> = codes_core::route::Success::new(String::new());
/// ```
///
/// The answer keeps the rules of the wire: the body's own framing fields
/// are left to the server, the reason phrase is the registry's, and a
/// `Location` that is not a valid field value is never sent (the success then
/// answers a logged `500`, as a redirection without a place to go is no
/// answer).
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use = "a success does nothing until a handler returns it"]
pub struct Success<const CODE: u16, B = Empty> {
    body: B,
    location: Option<String>,
}

impl<const CODE: u16, B> Success<CODE, B> {
    /// The success with `body` ([`Empty`] for none: `Success::new(Empty)`,
    /// or `Success::default()`).
    ///
    /// (The bound sits on the function, not on the `impl`, so that a wrong
    /// status gets the message of [`Answered`], however `new` is named.)
    pub fn new(body: B) -> Self
    where
        StatusNumber<CODE>: Answered<B>,
    {
        Success {
            body,
            location: None,
        }
    }
}

impl<const CODE: u16, B> Success<CODE, B>
where
    StatusNumber<CODE>: SuccessStatus,
{
    /// Names where the new resource lives (201), the preferred choice (300),
    /// or where to go (a redirection): the `Location` header field.
    pub fn at(mut self, location: impl Into<String>) -> Self
    where
        StatusNumber<CODE>: Locates,
    {
        self.location = Some(location.into());
        self
    }

    /// The status.
    #[must_use]
    pub fn status(&self) -> crate::StatusCode {
        <StatusNumber<CODE> as SuccessStatus>::STATUS
    }

    /// The body.
    pub fn body(&self) -> &B {
        &self.body
    }

    /// The `Location`, if any.
    #[must_use]
    pub fn location(&self) -> Option<&str> {
        self.location.as_deref()
    }

    /// The status, the body and the `Location`.
    pub fn into_parts(self) -> (crate::StatusCode, B, Option<String>) {
        (
            <StatusNumber<CODE> as SuccessStatus>::STATUS,
            self.body,
            self.location,
        )
    }
}

impl<const CODE: u16> Success<CODE> {
    /// A redirection to `location`, without a body.
    pub fn to(location: impl Into<String>) -> Self
    where
        StatusNumber<CODE>: Redirection,
    {
        Success {
            body: Empty,
            location: Some(location.into()),
        }
    }
}

impl<const CODE: u16, B: Default> Default for Success<CODE, B>
where
    StatusNumber<CODE>: Answered<B>,
{
    fn default() -> Self {
        Success::new(B::default())
    }
}

/// The list of successes: `code Name [kind] "doc"`, where kind is `any` (any
/// body), `none` (no body: [`Empty`]), `redirect` (made with a `Location`).
/// `locates` marks the answers that may name a place.
macro_rules! successes {
    ($($code:literal $name:ident $kind:ident $($locates:ident)? $doc:literal;)*) => {
        $(successes!(@impl $code $name $kind $($locates)?);)*

        /// Every success status: the aliases' numbers, for tests and docs.
        pub const SUCCESS_CODES: &[u16] = &[$($code),*];

        /// [`Success`] by status name: `success::Created<Json<User>>`,
        /// `success::NoContent`, `success::SeeOther`. Use them qualified
        /// (`success::Ok` would hide `Result`'s `Ok` if imported).
        pub mod success {
            $(successes!(@alias $code $name $kind $doc);)*
        }
    };
    (@impl $code:literal $name:ident any $($locates:ident)?) => {
        successes!(@status $code $name);
        impl<B> Answered<B> for StatusNumber<$code> {}
        $(successes!(@$locates $code);)?
    };
    (@impl $code:literal $name:ident none) => {
        successes!(@status $code $name);
        impl Answered<Empty> for StatusNumber<$code> {}
    };
    (@impl $code:literal $name:ident redirect) => {
        successes!(@status $code $name);
        impl Redirection for StatusNumber<$code> {}
        impl Locates for StatusNumber<$code> {}
    };
    (@status $code:literal $name:ident) => {
        impl SuccessStatus for StatusNumber<$code> {
            const STATUS: crate::StatusCode = crate::StatusCode::$name;
        }
    };
    (@locates $code:literal) => {
        impl Locates for StatusNumber<$code> {}
    };
    (@alias $code:literal $name:ident none $doc:literal) => {
        #[doc = $doc]
        pub type $name = super::Success<$code>;
    };
    (@alias $code:literal $name:ident $kind:ident $doc:literal) => {
        #[doc = $doc]
        pub type $name<B = super::Empty> = super::Success<$code, B>;
    };
}

successes! {
    200 Ok any "`200 OK`: the body is the answer.";
    201 Created any locates "`201 Created`: a new resource; `.at(location)` says where it lives.";
    202 Accepted any "`202 Accepted`: taken in, to be done later; the body may say how to follow it.";
    203 NonAuthoritativeInformation any "`203 Non-Authoritative Information`: a `200` as changed by a transforming proxy.";
    204 NoContent none "`204 No Content`: done, nothing to send back.";
    205 ResetContent none "`205 Reset Content`: done; the client should clear the form it sent.";
    206 PartialContent any "`206 Partial Content`: part of the resource, for a range request (the body brings `Content-Range`).";
    207 MultiStatus any "`207 Multi-Status` (WebDAV): one status per resource, in the body.";
    208 AlreadyReported any "`208 Already Reported` (WebDAV): members listed earlier in the same answer.";
    226 ImUsed any "`226 IM Used`: the answer is the result of instance manipulations (delta encoding).";
    300 MultipleChoices any locates "`300 Multiple Choices`: several representations; `.at(location)` names the preferred one.";
    301 MovedPermanently redirect "`301 Moved Permanently`: the resource lives at the `Location` from now on (clients may turn a `POST` into a `GET`).";
    302 Found redirect "`302 Found`: the resource is at the `Location` for now (clients may turn a `POST` into a `GET`).";
    303 SeeOther redirect "`303 See Other`: the answer is at the `Location`, to be fetched with `GET` (after a `POST`, say).";
    304 NotModified none "`304 Not Modified`: the client's cached copy is still good.";
    307 TemporaryRedirect redirect "`307 Temporary Redirect`: repeat the same request at the `Location`, for now.";
    308 PermanentRedirect redirect "`308 Permanent Redirect`: repeat the same request at the `Location`, from now on.";
}

/// A `Location` that cannot be sent (not a field value, or empty): the
/// success answers a logged `500` instead.
#[cfg(any(feature = "axum", feature = "actix-web"))]
#[derive(Debug)]
pub(crate) struct LocationRefused;

#[cfg(any(feature = "axum", feature = "actix-web"))]
/// The `Location` to send with a success, checked: none, a field value, or
/// refused (and logged, with feature `tracing`).
pub(crate) fn sendable_location(
    location: Option<String>,
) -> Result<Option<String>, LocationRefused> {
    match location {
        Some(location)
            if location.is_empty() || !crate::problem::rules::is_field_value(&location) =>
        {
            crate::problem::fields::log_refusal(&format_args!(
                "a success's `Location` is not a field value (empty, or with control or non-ASCII characters: percent-encode them); a logged 500 is answered instead: {location:?}"
            ));
            Err(LocationRefused)
        }
        location => Ok(location),
    }
}
