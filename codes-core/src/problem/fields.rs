//! What an error adds to its answer at run time: [`Headers`] and [`Members`],
//! which apply [`rules`](super::rules) on every insertion, and the typed
//! reasons they give when they refuse one ([`HeaderError`], [`MemberError`],
//! and [`StandardMemberError`] for a `type`, `title` or `instance` given at
//! run time).

use alloc::borrow::Cow;
use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::{self, Display};

use serde::Serialize;
use serde_json::Value;

use super::rules;

/// Why a header field was not stored in [`Headers`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum HeaderError {
    /// The name is not a field name, or names a field the answer owns
    /// ([`rules::OWNED_FIELDS`]); `reason` says which.
    Name {
        /// The name as given.
        name: String,
        /// Why it may not be set ([`rules::header_refusal`]).
        reason: &'static str,
    },
    /// The value holds a byte a field value may not carry (a control
    /// character such as CR or LF, a non-ASCII byte, or leading or trailing
    /// whitespace: [`rules::is_field_value`]).
    Value {
        /// The field's name.
        name: String,
    },
}

impl Display for HeaderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeaderError::Name { name, reason } => {
                write!(f, "header field `{}` refused: {reason}", name.escape_debug())
            }
            HeaderError::Value { name } => write!(
                f,
                "the value of header field `{}` refused: a field value is visible ASCII, with spaces or tabs only between other characters",
                name.escape_debug()
            ),
        }
    }
}

impl core::error::Error for HeaderError {}

/// Why an extension member was not stored in [`Members`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum MemberError {
    /// The name is empty, or one RFC 9457 defines ([`rules::STANDARD_MEMBERS`]).
    Name {
        /// The name as given.
        name: String,
        /// Why it may not be used ([`rules::member_refusal`]).
        reason: &'static str,
    },
    /// The value does not serialise to JSON (a map whose keys are not
    /// strings, a `Serialize` impl that fails...).
    Value {
        /// The member's name.
        name: String,
        /// The serializer's message.
        message: String,
    },
}

impl Display for MemberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MemberError::Name { name, reason } => {
                write!(f, "member `{}` refused: {reason}", name.escape_debug())
            }
            MemberError::Value { name, message } => write!(
                f,
                "member `{}` refused: its value does not serialise to JSON ({message})",
                name.escape_debug()
            ),
        }
    }
}

impl core::error::Error for MemberError {}

/// Why a value given at run time for a member RFC 9457 defines (the problem
/// `type`, `title` or `instance`), or for the machine-readable `reason`, was
/// not used. The rules are those the derive applies to its literals at
/// compile time: [`rules::type_refusal`], [`rules::title_refusal`],
/// [`rules::instance_refusal`], [`rules::reason_refusal`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum StandardMemberError {
    /// The problem type is not a non-empty URI reference, or is a template.
    Type {
        /// The value as given.
        value: String,
        /// Why ([`rules::type_refusal`]).
        reason: &'static str,
    },
    /// The title is empty or blank, or holds a line break or a control
    /// character.
    Title {
        /// The value as given.
        value: String,
        /// Why ([`rules::title_refusal`]).
        reason: &'static str,
    },
    /// The instance is not a non-empty URI reference.
    Instance {
        /// The value as given.
        value: String,
        /// Why ([`rules::instance_refusal`]).
        reason: &'static str,
    },
    /// The machine-readable reason breaks AIP-193's form.
    Reason {
        /// The value as given.
        value: String,
        /// Why ([`rules::reason_refusal`]).
        reason: &'static str,
    },
}

impl StandardMemberError {
    /// `value` checked as the problem `type`.
    pub(crate) fn check_type(value: String) -> Result<String, StandardMemberError> {
        match rules::type_refusal(&value) {
            None => Ok(value),
            Some(reason) => Err(StandardMemberError::Type { value, reason }),
        }
    }

    /// `value` checked as the problem `title`.
    pub(crate) fn check_title(value: String) -> Result<String, StandardMemberError> {
        match rules::title_refusal(&value) {
            None => Ok(value),
            Some(reason) => Err(StandardMemberError::Title { value, reason }),
        }
    }

    /// `value` checked as the problem `instance`.
    pub(crate) fn check_instance(value: String) -> Result<String, StandardMemberError> {
        match rules::instance_refusal(&value) {
            None => Ok(value),
            Some(reason) => Err(StandardMemberError::Instance { value, reason }),
        }
    }
}

impl Display for StandardMemberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (member, value, reason) = match self {
            StandardMemberError::Type { value, reason } => ("type", value, reason),
            StandardMemberError::Title { value, reason } => ("title", value, reason),
            StandardMemberError::Instance { value, reason } => ("instance", value, reason),
            StandardMemberError::Reason { value, reason } => ("reason", value, reason),
        };
        write!(
            f,
            "problem `{member}` \"{}\" refused: {reason}",
            value.escape_debug()
        )
    }
}

impl core::error::Error for StandardMemberError {}

/// Logs what was refused (feature `tracing`, at `warn`: the code that asked
/// for it has a bug), and drops it.
#[allow(unused_variables)]
pub(crate) fn log_refusal(refusal: &dyn Display) {
    #[cfg(feature = "tracing")]
    tracing::warn!(target: "codes_core::problem", "{refusal}");
}

/// Header fields of an answer; names are compared without regard to ASCII
/// case, and kept as written.
///
/// Whatever is stored here can go on the wire as it is. A field is refused
/// (not stored; logged at `warn` with feature `tracing`; the `try_` forms
/// return the reason) when:
///
/// - its name is not a field name (RFC 9110, Section 5.1), or is one the
///   answer owns: `Content-Length`, `Transfer-Encoding`, `Content-Type` and
///   the connection-specific fields ([`rules::OWNED_FIELDS`]);
/// - its value could not be sent as it is: control characters (CR, LF, NUL),
///   non-ASCII bytes, leading or trailing whitespace
///   ([`rules::is_field_value`]). Values are never trimmed or rewritten.
///
/// A field that is not a list ([`rules::LIST_FIELDS`]) has at most one value:
/// [`append`](Self::append) replaces its value, as [`insert`](Self::insert)
/// does. List fields (`WWW-Authenticate`, `Link`, `Vary`...) keep every
/// appended value, one field line each.
///
/// ```
/// use codes_core::problem::{HeaderError, Headers};
///
/// let mut headers = Headers::default();
/// headers.insert("retry-after", 30);
/// headers.append("WWW-Authenticate", "Basic realm=\"api\"");
/// headers.append("www-authenticate", "Bearer");
/// headers.insert("content-length", 3); // refused: the answer frames its own body
/// assert_eq!(headers.get("Retry-After"), Some("30"));
/// assert_eq!(headers.get_all("www-authenticate").count(), 2);
/// assert_eq!(headers.get("content-length"), None);
/// assert!(matches!(
///     headers.try_insert("x-note", "two\r\nlines"),
///     Err(HeaderError::Value { .. })
/// ));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Headers(Vec<(Cow<'static, str>, String)>);

impl Headers {
    /// Sets the field `name` to `value`, replacing every value it had; a
    /// refused field is logged and left out (see [`Headers`]).
    pub fn insert(&mut self, name: impl Into<Cow<'static, str>>, value: impl Display) {
        if let Err(refused) = self.try_insert(name, value) {
            log_refusal(&refused);
        }
    }

    /// Adds a value of the field `name`: another field line for a list field
    /// (`WWW-Authenticate`, `Link`), the only value for any other field
    /// (replacing the one it had). A refused field is logged and left out.
    pub fn append(&mut self, name: impl Into<Cow<'static, str>>, value: impl Display) {
        if let Err(refused) = self.try_append(name, value) {
            log_refusal(&refused);
        }
    }

    /// [`insert`](Self::insert), saying why a field is refused.
    ///
    /// # Errors
    ///
    /// [`HeaderError`] when the name or the value may not be sent; nothing is
    /// changed then.
    pub fn try_insert(
        &mut self,
        name: impl Into<Cow<'static, str>>,
        value: impl Display,
    ) -> Result<(), HeaderError> {
        let (name, value) = checked(name.into(), &value)?;
        self.remove(&name);
        self.0.push((name, value));
        Ok(())
    }

    /// [`append`](Self::append), saying why a field is refused.
    ///
    /// # Errors
    ///
    /// [`HeaderError`] when the name or the value may not be sent; nothing is
    /// changed then.
    pub fn try_append(
        &mut self,
        name: impl Into<Cow<'static, str>>,
        value: impl Display,
    ) -> Result<(), HeaderError> {
        let (name, value) = checked(name.into(), &value)?;
        if !rules::is_list_field(&name) {
            self.remove(&name);
        }
        self.0.push((name, value));
        Ok(())
    }

    /// Removes every value of the field `name`.
    pub fn remove(&mut self, name: &str) {
        self.0.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
    }

    /// The first value of `name`.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Every value of `name`, in the order added.
    pub fn get_all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .iter()
            .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Every field line, in the order set.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(n, v)| (n.as_ref(), v.as_str()))
    }

    /// The number of field lines.
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there is no field at all.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// A field the answer owns (`Content-Type`), set by the answer itself:
    /// the only way such a field gets in.
    pub(crate) fn set_owned(&mut self, name: &'static str, value: &'static str) {
        self.remove(name);
        self.0.push((Cow::Borrowed(name), value.to_string()));
    }

    /// The fields, by value.
    #[cfg(any(feature = "axum", feature = "actix-web"))]
    pub(crate) fn into_inner(self) -> Vec<(Cow<'static, str>, String)> {
        self.0
    }
}

/// A field as it may be stored, or why not.
fn checked(
    name: Cow<'static, str>,
    value: &dyn Display,
) -> Result<(Cow<'static, str>, String), HeaderError> {
    if let Some(reason) = rules::header_refusal(&name) {
        return Err(HeaderError::Name {
            name: name.into_owned(),
            reason,
        });
    }
    let value = value.to_string();
    if !rules::is_field_value(&value) {
        return Err(HeaderError::Value {
            name: name.into_owned(),
        });
    }
    Ok((name, value))
}

/// Extension members of a problem: name to JSON value.
///
/// A member is refused (not stored; logged at `warn` with feature `tracing`;
/// [`try_insert`](Self::try_insert) returns the reason) when its name is
/// empty or one RFC 9457 defines (`type`, `title`, `status`, `detail`,
/// `instance`: [`rules::STANDARD_MEMBERS`], compared exactly, as JSON names
/// are), or when its value does not serialise to JSON. A second value under
/// one name replaces the first.
///
/// ```
/// use codes_core::problem::{MemberError, Members};
///
/// let mut members = Members::default();
/// members.insert("balance", &30);
/// members.insert("title", "mine"); // refused: RFC 9457 defines `title`
/// assert_eq!(members.get("balance"), Some(&serde_json::json!(30)));
/// assert_eq!(members.get("title"), None);
/// assert!(matches!(members.try_insert("", &1), Err(MemberError::Name { .. })));
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Members(pub(crate) BTreeMap<String, Value>);

impl Members {
    /// Adds (or replaces) the member `name`; a refused member is logged and
    /// left out (see [`Members`]).
    pub fn insert(&mut self, name: impl Into<String>, value: &(impl Serialize + ?Sized)) {
        if let Err(refused) = self.try_insert(name, value) {
            log_refusal(&refused);
        }
    }

    /// [`insert`](Self::insert), saying why a member is refused.
    ///
    /// # Errors
    ///
    /// [`MemberError`] when the name may not be used or the value does not
    /// serialise; nothing is changed then.
    pub fn try_insert(
        &mut self,
        name: impl Into<String>,
        value: &(impl Serialize + ?Sized),
    ) -> Result<(), MemberError> {
        let name = name.into();
        if let Some(reason) = rules::member_refusal(&name) {
            return Err(MemberError::Name { name, reason });
        }
        match serde_json::to_value(value) {
            Ok(value) => {
                self.0.insert(name, value);
                Ok(())
            }
            Err(error) => Err(MemberError::Value {
                name,
                message: error.to_string(),
            }),
        }
    }

    /// The member `name`, if present.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0.get(name)
    }

    /// Every member, by name.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.0.iter().map(|(n, v)| (n.as_str(), v))
    }
}
