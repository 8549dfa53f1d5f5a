//! [`Problem<E>`]: per-response additions around an error.

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use serde::Serialize;

use super::answer::Additions;
use super::fields::log_refusal;
use super::{Answer, HeaderError, Headers, IntoProblem, MemberError, Members};

/// An error answered as an RFC 9457 problem, with what this one response adds:
/// a problem type or title, an instance URI, header fields, extension members,
/// or the 5xx `detail` that is withheld by default.
///
/// Handlers usually return the error itself (`Result<T, AppError>` with
/// `#[derive(Problem)]`); wrap it when one response needs more:
///
/// ```
/// use codes_core::problem::Problem;
/// use codes_core::{Problem as _, Status};
/// # use codes_core::problem::IntoProblem;
///
/// #[derive(Debug, Status, codes_core::Problem)]
/// enum AppError {
///     #[status(ServiceUnavailable)]
///     Maintenance,
/// }
/// # impl std::fmt::Display for AppError {
/// #     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str("down for maintenance") }
/// # }
///
/// let answer = Problem::new(AppError::Maintenance)
///     .with_header("retry-after", "120")
///     .with_instance("/maintenance/2026-11-25")
///     .answer();
/// assert_eq!(answer.status(), 503);
/// assert_eq!(answer.header("Retry-After"), Some("120"));
/// ```
///
/// Headers and members follow the rules of [`Headers`] and [`Members`]: a
/// field the answer owns (`Content-Type`, `Content-Length`, the
/// connection-specific fields), a malformed name or value, a member named
/// like a standard one (`title`, `status`...) or with an empty name is never
/// sent. `with_header`, `append_header` and `with_member` log what they refuse
/// (feature `tracing`, at `warn`) and leave it out; their `try_` forms return
/// the reason instead.
///
/// ```
/// use codes_core::problem::{HeaderError, MemberError, Problem};
/// # use codes_core::problem::IntoProblem;
/// # #[derive(Debug, codes_core::Status, codes_core::Problem)]
/// # #[status(NotFound)]
/// # struct Missing;
/// # impl std::fmt::Display for Missing {
/// #     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str("missing") }
/// # }
///
/// let mut problem = Problem::new(Missing);
/// assert!(matches!(
///     problem.try_with_header("content-type", "text/html"),
///     Err(HeaderError::Name { .. })
/// ));
/// assert!(matches!(
///     problem.try_with_member("title", "Mine"),
///     Err(MemberError::Name { .. })
/// ));
/// problem.try_with_member("id", &7)?;
/// let answer = problem.answer();
/// assert_eq!(answer.header("content-type"), Some("application/problem+json"));
/// # Ok::<(), MemberError>(())
/// ```
#[derive(Debug)]
pub struct Problem<E> {
    error: E,
    type_uri: Option<String>,
    title: Option<String>,
    instance: Option<String>,
    headers: Headers,
    /// The fields set by `with_header`: they replace the error's own.
    replaces: Vec<Cow<'static, str>>,
    members: Members,
    expose_server_detail: bool,
}

impl<E> Problem<E> {
    /// Wraps an error.
    pub fn new(error: E) -> Problem<E> {
        Problem {
            error,
            type_uri: None,
            title: None,
            instance: None,
            headers: Headers::default(),
            replaces: Vec::new(),
            members: Members::default(),
            expose_server_detail: false,
        }
    }

    /// A URI that identifies the problem type (instead of the error's own, or
    /// `about:blank`).
    #[must_use]
    pub fn with_type(mut self, uri: impl Into<String>) -> Problem<E> {
        self.type_uri = Some(uri.into());
        self
    }

    /// A title instead of the reason phrase (or the error's own).
    #[must_use]
    pub fn with_title(mut self, title: impl Into<String>) -> Problem<E> {
        self.title = Some(title.into());
        self
    }

    /// A URI for this occurrence of the problem.
    #[must_use]
    pub fn with_instance(mut self, uri: impl Into<String>) -> Problem<E> {
        self.instance = Some(uri.into());
        self
    }

    /// Sets a header field, replacing every value it had (the error's own
    /// included): `with_header("retry-after", 30)`. For fields that repeat,
    /// use [`append_header`](Self::append_header). A field the answer owns or
    /// that could not be sent as it is, is logged and left out (see
    /// [`Headers`]; [`try_with_header`](Self::try_with_header) says why).
    #[must_use]
    pub fn with_header(
        mut self,
        name: impl Into<Cow<'static, str>>,
        value: impl fmt::Display,
    ) -> Problem<E> {
        if let Err(refused) = self.try_with_header(name, value) {
            log_refusal(&refused);
        }
        self
    }

    /// [`with_header`](Self::with_header), saying why a field is refused.
    ///
    /// # Errors
    ///
    /// [`HeaderError`] when the name or the value may not be sent; the
    /// problem is unchanged then.
    pub fn try_with_header(
        &mut self,
        name: impl Into<Cow<'static, str>>,
        value: impl fmt::Display,
    ) -> Result<&mut Problem<E>, HeaderError> {
        let name = name.into();
        self.headers.try_insert(name.clone(), value)?;
        if !self.replaces.iter().any(|n| n.eq_ignore_ascii_case(&name)) {
            self.replaces.push(name);
        }
        Ok(self)
    }

    /// Sets `Allow` to the methods the resource supports, which a `405 Method
    /// Not Allowed` must carry (RFC 9110, Section 15.5.6):
    /// `with_allow(&[Method::Get, Method::Head])` sends `Allow: GET, HEAD`.
    /// Works with the registry's [`Method`](crate::Method) and its extensions.
    #[must_use]
    pub fn with_allow<M: crate::HttpMethod>(self, methods: &[M]) -> Problem<E> {
        self.with_header("allow", crate::Allow(methods))
    }

    /// Adds a value of a header field. A list field (`WWW-Authenticate`,
    /// `Link`: [`rules::LIST_FIELDS`](super::rules::LIST_FIELDS)) gets another
    /// field line after the error's own; any other field has one value, and
    /// this one replaces it. Refused fields are logged and left out, as with
    /// [`with_header`](Self::with_header).
    #[must_use]
    pub fn append_header(
        mut self,
        name: impl Into<Cow<'static, str>>,
        value: impl fmt::Display,
    ) -> Problem<E> {
        if let Err(refused) = self.try_append_header(name, value) {
            log_refusal(&refused);
        }
        self
    }

    /// [`append_header`](Self::append_header), saying why a field is refused.
    ///
    /// # Errors
    ///
    /// [`HeaderError`] when the name or the value may not be sent; the
    /// problem is unchanged then.
    pub fn try_append_header(
        &mut self,
        name: impl Into<Cow<'static, str>>,
        value: impl fmt::Display,
    ) -> Result<&mut Problem<E>, HeaderError> {
        self.headers.try_append(name, value)?;
        Ok(self)
    }

    /// An extension member of the body, replacing the error's own of that
    /// name. A member named like a standard one (`type`, `title`, `status`,
    /// `detail`, `instance`), an empty name or a value that does not serialise
    /// is logged and left out (see [`Members`];
    /// [`try_with_member`](Self::try_with_member) says why).
    #[must_use]
    pub fn with_member(
        mut self,
        name: impl Into<String>,
        value: &(impl Serialize + ?Sized),
    ) -> Problem<E> {
        if let Err(refused) = self.try_with_member(name, value) {
            log_refusal(&refused);
        }
        self
    }

    /// [`with_member`](Self::with_member), saying why a member is refused.
    ///
    /// # Errors
    ///
    /// [`MemberError`] when the name may not be used or the value does not
    /// serialise; the problem is unchanged then.
    pub fn try_with_member(
        &mut self,
        name: impl Into<String>,
        value: &(impl Serialize + ?Sized),
    ) -> Result<&mut Problem<E>, MemberError> {
        self.members.try_insert(name, value)?;
        Ok(self)
    }

    /// Sends the `Display` of a 5xx error as `detail` too (off by default:
    /// server errors often carry internals that clients must not see).
    #[must_use]
    pub fn expose_server_detail(mut self) -> Problem<E> {
        self.expose_server_detail = true;
        self
    }

    /// The wrapped error.
    pub fn error(&self) -> &E {
        &self.error
    }

    /// The wrapped error, by value.
    pub fn into_error(self) -> E {
        self.error
    }
}

impl<E: IntoProblem> Problem<E> {
    /// The answer: the error's, with this response's additions.
    pub fn answer(&self) -> Answer {
        let additions = Additions {
            type_uri: self.type_uri.as_deref(),
            title: self.title.as_deref(),
            instance: self.instance.as_deref(),
            headers: Some(&self.headers),
            replaces: &self.replaces,
            members: Some(&self.members),
            expose_server_detail: self.expose_server_detail,
        };
        Answer::build(&self.error, &additions)
    }
}

impl<E> From<E> for Problem<E> {
    fn from(error: E) -> Problem<E> {
        Problem::new(error)
    }
}

impl<E: fmt::Display> fmt::Display for Problem<E> {
    /// The error's `Display`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.fmt(f)
    }
}

impl<E: core::error::Error + 'static> core::error::Error for Problem<E> {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        Some(&self.error)
    }
}
