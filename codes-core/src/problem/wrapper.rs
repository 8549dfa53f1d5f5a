//! [`Problem<E>`]: per-response additions around an error.

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use serde::Serialize;

use super::answer::Additions;
use super::fields::log_refusal;
use super::{Answer, HeaderError, Headers, IntoProblem, MemberError, Members, StandardMemberError};

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
/// field the answer owns (`Content-Type`, `Content-Length`, `Date`, the
/// connection-specific fields), a malformed name or value, a member named
/// like a standard one (`title`, `status`...) or with an empty name is never
/// sent. The type, title and instance follow the rules the derive applies to
/// its literals ([`StandardMemberError`]): a type or instance that is not a
/// URI reference, a title that is not one line of text is never sent. Every
/// `with_` method logs what it refuses (feature `tracing`, at `warn`) and
/// leaves it out, keeping the error's own; its `try_` form returns the reason
/// instead.
///
/// ```
/// use codes_core::problem::{HeaderError, MemberError, Problem, StandardMemberError};
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
/// assert!(matches!(
///     problem.try_with_instance("/files/my report"),
///     Err(StandardMemberError::Instance { .. })
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
    /// `about:blank`). A value that is not a URI reference (spaces, control
    /// characters, a `{name}` template, an empty text: [`rules::type_refusal`],
    /// the rule the derive applies to `#[problem(type = "...")]`) is logged
    /// and not used: the error's own type stays
    /// ([`try_with_type`](Self::try_with_type) says why).
    ///
    /// [`rules::type_refusal`]: super::rules::type_refusal
    #[must_use]
    pub fn with_type(mut self, uri: impl Into<String>) -> Problem<E> {
        if let Err(refused) = self.try_with_type(uri) {
            log_refusal(&refused);
        }
        self
    }

    /// [`with_type`](Self::with_type), saying why a type is refused.
    ///
    /// # Errors
    ///
    /// [`StandardMemberError::Type`] when `uri` may not be a problem type;
    /// the problem is unchanged then.
    pub fn try_with_type(
        &mut self,
        uri: impl Into<String>,
    ) -> Result<&mut Problem<E>, StandardMemberError> {
        self.type_uri = Some(StandardMemberError::check_type(uri.into())?);
        Ok(self)
    }

    /// A title instead of the reason phrase (or the error's own). A title
    /// that is blank or not one line of text (a line break, a control
    /// character: [`rules::title_refusal`], as for the derive's
    /// `#[problem(title = "...")]`) is logged and not used
    /// ([`try_with_title`](Self::try_with_title) says why).
    ///
    /// [`rules::title_refusal`]: super::rules::title_refusal
    #[must_use]
    pub fn with_title(mut self, title: impl Into<String>) -> Problem<E> {
        if let Err(refused) = self.try_with_title(title) {
            log_refusal(&refused);
        }
        self
    }

    /// [`with_title`](Self::with_title), saying why a title is refused.
    ///
    /// # Errors
    ///
    /// [`StandardMemberError::Title`] when `title` may not be a problem
    /// title; the problem is unchanged then.
    pub fn try_with_title(
        &mut self,
        title: impl Into<String>,
    ) -> Result<&mut Problem<E>, StandardMemberError> {
        self.title = Some(StandardMemberError::check_title(title.into())?);
        Ok(self)
    }

    /// A URI for this occurrence of the problem. A value that is not a
    /// non-empty URI reference ([`rules::instance_refusal`]: percent-encode
    /// spaces and other characters a URI does not hold) is logged and not
    /// used ([`try_with_instance`](Self::try_with_instance) says why).
    ///
    /// [`rules::instance_refusal`]: super::rules::instance_refusal
    #[must_use]
    pub fn with_instance(mut self, uri: impl Into<String>) -> Problem<E> {
        if let Err(refused) = self.try_with_instance(uri) {
            log_refusal(&refused);
        }
        self
    }

    /// [`with_instance`](Self::with_instance), saying why an instance is
    /// refused.
    ///
    /// # Errors
    ///
    /// [`StandardMemberError::Instance`] when `uri` may not be an instance;
    /// the problem is unchanged then.
    pub fn try_with_instance(
        &mut self,
        uri: impl Into<String>,
    ) -> Result<&mut Problem<E>, StandardMemberError> {
        self.instance = Some(StandardMemberError::check_instance(uri.into())?);
        Ok(self)
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
    /// [`try_with_member`](Self::try_with_member) says why). A member named
    /// `reason` gives way, logged, to the error's machine-readable reason when
    /// it has one ([`IntoProblem::problem_reason`]); without one it is a member
    /// like any other (over gRPC, `ErrorInfo` metadata, not its reason).
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
        Answer::build(&self.error, &self.additions())
    }

    /// What this response adds to the error's own answer.
    pub(crate) fn additions(&self) -> Additions<'_> {
        Additions {
            type_uri: self.type_uri.as_deref(),
            title: self.title.as_deref(),
            instance: self.instance.as_deref(),
            headers: Some(&self.headers),
            replaces: &self.replaces,
            members: Some(&self.members),
            expose_server_detail: self.expose_server_detail,
        }
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
