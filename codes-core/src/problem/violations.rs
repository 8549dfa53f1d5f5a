//! Validation errors in a ready shape: [`Violation`] ("this field of the
//! request broke this rule") and [`Violations`], a list of them, meant to be
//! sent as the `errors` member of a 400 or 422 problem.
//!
//! The choices, in one place (the types' docs say the same to users):
//!
//! - where: a JSON Pointer (RFC 6901) into the request body, in its plain
//!   form (`/email`), not the URI-fragment form (`#/email`) RFC 9457's
//!   example uses; checked when taken as written, escaped when built from
//!   segments;
//! - why, for programs: an optional reason under AIP-193's rules
//!   ([`rules::reason_refusal`]);
//! - for gRPC: [`Violation::field_path`] writes the pointer as a protobuf
//!   field path (AIP-161), as `google.rpc.BadRequest` expects;
//! - on the wire: `{"pointer", "detail", "reason"?}` objects in an array,
//!   read back with the same checks (a bad entry is a serde error);
//! - the member's name: `errors`, as in RFC 9457's example.
//!
//! ```
//! use codes_core::problem::{IntoProblem, Violation, Violations};
//! use codes_core::{Problem, Status};
//!
//! /// Some fields of the request are not valid.
//! #[derive(Debug, thiserror::Error, Status, Problem)]
//! #[error("the request is not valid")]
//! #[status(UnprocessableContent)]
//! struct Invalid {
//!     #[problem(member = "errors")]
//!     errors: Violations,
//! }
//!
//! let errors = Violations::from_iter([Violation::field("age", "must be a positive integer")]);
//! assert_eq!(Invalid { errors }.answer().status(), 422);
//! ```

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::{self, Display, Write as _};

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::rules;

/// Why a [`Violation`] was not made, or not read: the value refused and the
/// rule it breaks.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ViolationError {
    /// The pointer is not a JSON Pointer (RFC 6901): it neither is empty nor
    /// starts with `/`, or a `~` in it is not followed by `0` or `1`.
    Pointer {
        /// The pointer as given.
        value: String,
        /// Which rule it breaks.
        reason: &'static str,
    },
    /// The reason is not a machine-readable reason under AIP-193's rules
    /// ([`rules::reason_refusal`]).
    Reason {
        /// The reason as given.
        value: String,
        /// Which rule it breaks ([`rules::reason_refusal`]).
        reason: &'static str,
    },
}

impl Display for ViolationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ViolationError::Pointer { value, reason } => write!(
                f,
                "JSON Pointer \"{}\" refused: {reason}",
                value.escape_debug()
            ),
            ViolationError::Reason { value, reason } => write!(
                f,
                "violation reason \"{}\" refused: {reason}",
                value.escape_debug()
            ),
        }
    }
}

impl core::error::Error for ViolationError {}

/// Why `pointer` is not a JSON Pointer (RFC 6901, Section 3), or `None` if it
/// is one. Any character may appear in a reference token except `/` (which
/// separates tokens) and `~` (which starts an escape: `~0` or `~1`).
const fn pointer_refusal(pointer: &str) -> Option<&'static str> {
    let bytes = pointer.as_bytes();
    if !bytes.is_empty() && bytes[0] != b'/' {
        return Some("a JSON Pointer is empty (the whole body) or starts with `/`, such as `/email` or `/items/0/name`");
    }
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'~' {
            if i + 1 >= bytes.len() || !(bytes[i + 1] == b'0' || bytes[i + 1] == b'1') {
                return Some("a `~` in a JSON Pointer starts an escape: `~0` stands for `~` and `~1` for `/`");
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    None
}

/// Writes what it is given as one reference token of a JSON Pointer: `~` as
/// `~0` and `/` as `~1` (RFC 6901, Section 3), everything else as it is.
struct Escaped<'a>(&'a mut String);

impl fmt::Write for Escaped<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        for c in text.chars() {
            match c {
                '~' => self.0.push_str("~0"),
                '/' => self.0.push_str("~1"),
                c => self.0.push(c),
            }
        }
        Ok(())
    }
}

/// Adds `/` and `segment`, escaped, to `pointer`. A `Display` impl that
/// fails leaves what it wrote so far: the pointer stays well formed, as each
/// character is escaped on its own.
fn push_segment(pointer: &mut String, segment: &dyn Display) {
    pointer.push('/');
    let _ = write!(Escaped(pointer), "{segment}");
}

/// One reference token of a valid pointer, unescaped (`~1` is `/`, `~0` is
/// `~`, read left to right, as RFC 6901, Section 4 says).
fn unescape(token: &str) -> String {
    let mut out = String::with_capacity(token.len());
    let mut chars = token.chars();
    while let Some(c) = chars.next() {
        if c == '~' {
            match chars.next() {
                Some('1') => out.push('/'),
                Some('0') | None => out.push('~'),
                // Not in a checked pointer; kept as written.
                Some(other) => {
                    out.push('~');
                    out.push(other);
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// An array index as RFC 6901 writes one: `0`, or digits without a leading
/// zero.
fn is_index(segment: &str) -> bool {
    let bytes = segment.as_bytes();
    !bytes.is_empty()
        && bytes.iter().all(u8::is_ascii_digit)
        && (bytes[0] != b'0' || bytes.len() == 1)
}

/// A protobuf identifier: `[A-Za-z_][A-Za-z0-9_]*`.
fn is_identifier(segment: &str) -> bool {
    let mut bytes = segment.bytes();
    bytes
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// A field of the request that broke a rule: where (a JSON Pointer into the
/// request body), what is wrong in words, and, if you give one, a
/// machine-readable reason. A list of them, [`Violations`], is what a 400 or
/// 422 problem sends.
///
/// It serializes as a JSON object, `reason` left out when there is none:
///
/// ```json
/// {"pointer": "/email", "detail": "is already registered", "reason": "EMAIL_TAKEN"}
/// ```
///
/// - `pointer`: where, as a JSON Pointer (RFC 6901) into the request body:
///   `""` for the body as a whole, `/email` for a member, `/items/0/name`
///   inside an array. This is the plain RFC 6901 form; RFC 9457's own example
///   of a validation problem writes its pointers as URI fragments (`#/age`),
///   the form a pointer takes inside a URI, which this type does not use.
/// - `detail`: what is wrong, for people.
/// - `reason`: what is wrong, for programs: one `UPPER_SNAKE_CASE` word that
///   stays the same once published, under the rules Google's AIP-193 gives
///   `ErrorInfo.reason` ([`rules::reason_refusal`]).
///
/// It reads from the same object with the same checks: a pointer that is not
/// one or a reason that breaks the rules is a deserialization error; members
/// it does not know are ignored, and a `null` reason is none.
///
/// Every value of this type is well formed: the pointer is a JSON Pointer
/// (RFC 6901) and the reason follows AIP-193's rules. The constructors that
/// escape for you ([`field`](Self::field), [`at`](Self::at)) cannot fail;
/// those that take text as written ([`new`](Self::new),
/// [`with_reason`](Self::with_reason)) and deserialization check it.
///
/// ```
/// use codes_core::problem::{Violation, ViolationError};
///
/// let taken = Violation::field("email", "is already registered").with_reason("EMAIL_TAKEN")?;
/// assert_eq!(taken.pointer(), "/email");
/// assert_eq!(taken.reason(), Some("EMAIL_TAKEN"));
///
/// // Segments are escaped; an index is a segment like any other.
/// let deep = Violation::at(["labels", "a/b", "0"], "is too long");
/// assert_eq!(deep.pointer(), "/labels/a~1b/0");
///
/// // Text taken as written is checked.
/// assert!(matches!(Violation::new("email", "x"), Err(ViolationError::Pointer { .. })));
/// assert!(matches!(
///     Violation::field("email", "x").with_reason("email taken"),
///     Err(ViolationError::Reason { .. })
/// ));
/// # Ok::<(), ViolationError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Violation {
    pointer: String,
    detail: String,
    reason: Option<String>,
}

impl Violation {
    /// A violation of the top-level member `name` of the body: the pointer
    /// `/name`, with `~` and `/` in the name escaped (`a/b` is `/a~1b`).
    #[must_use]
    pub fn field(name: impl Display, detail: impl Into<String>) -> Violation {
        let mut pointer = String::new();
        push_segment(&mut pointer, &name);
        Violation {
            pointer,
            detail: detail.into(),
            reason: None,
        }
    }

    /// A violation at the place reached by `segments`, one member name or
    /// array index (`0`, `1`...) each, escaped as in [`field`](Self::field):
    /// `["items", "0", "name"]` is `/items/0/name`. No segment at all is the
    /// pointer `""`: the body as a whole.
    #[must_use]
    pub fn at(segments: impl IntoIterator<Item: Display>, detail: impl Into<String>) -> Violation {
        let mut pointer = String::new();
        for segment in segments {
            push_segment(&mut pointer, &segment);
        }
        Violation {
            pointer,
            detail: detail.into(),
            reason: None,
        }
    }

    /// A violation at `pointer`, a JSON Pointer written out (`/items/0/name`,
    /// with `~0` and `~1` escapes), taken as it is.
    ///
    /// # Errors
    ///
    /// [`ViolationError::Pointer`] when `pointer` is not a JSON Pointer
    /// (RFC 6901): neither empty nor starting with `/`, or with a `~` that is
    /// not `~0` or `~1`.
    pub fn new(
        pointer: impl Into<String>,
        detail: impl Into<String>,
    ) -> Result<Violation, ViolationError> {
        let pointer = pointer.into();
        if let Some(reason) = pointer_refusal(&pointer) {
            return Err(ViolationError::Pointer {
                value: pointer,
                reason,
            });
        }
        Ok(Violation {
            pointer,
            detail: detail.into(),
            reason: None,
        })
    }

    /// The same violation with a machine-readable `reason`, such as
    /// `EMAIL_TAKEN` (replacing any it had).
    ///
    /// # Errors
    ///
    /// [`ViolationError::Reason`] when `reason` breaks AIP-193's rules
    /// ([`rules::reason_refusal`]): upper snake case, three to 63
    /// characters, starting with a letter, not ending with `_`.
    pub fn with_reason(self, reason: &str) -> Result<Violation, ViolationError> {
        if let Some(why) = rules::reason_refusal(reason) {
            return Err(ViolationError::Reason {
                value: reason.into(),
                reason: why,
            });
        }
        Ok(Violation {
            reason: Some(reason.into()),
            ..self
        })
    }

    /// Where: the JSON Pointer (RFC 6901) into the request body, escaped
    /// (`""` is the whole body).
    #[must_use]
    pub fn pointer(&self) -> &str {
        &self.pointer
    }

    /// What is wrong, in words.
    #[must_use]
    pub fn detail(&self) -> &str {
        &self.detail
    }

    /// What is wrong, for programs (`EMAIL_TAKEN`), if one was given.
    #[must_use]
    pub fn reason(&self) -> Option<&str> {
        self.reason.as_deref()
    }

    /// The pointer as a protobuf field path, the form
    /// `google.rpc.BadRequest.FieldViolation.field` holds, for an API that
    /// also answers over gRPC: `/address/0/street` is `address[0].street`.
    ///
    /// Each segment is unescaped and then written as AIP-161 writes paths:
    ///
    /// - a segment that is an identifier (`[A-Za-z_][A-Za-z0-9_]*`) as it is,
    ///   after a `.` unless it comes first;
    /// - an array index after the first segment as `[n]`; an index is written
    ///   as RFC 6901 writes one (`0`, or digits without a leading zero), so
    ///   `07` is a key, not an index;
    /// - any other segment (a map key such as `my-key`, a first segment that
    ///   is a number, an empty one) between backticks, with a backtick in it
    ///   doubled: `/labels/my-key` is `` labels.`my-key` ``.
    ///
    /// The whole body (the pointer `""`) is the empty path. The pointer does
    /// not say whether a segment names a message field or a map key, nor the
    /// protobuf name of a JSON member (`fullName` for `full_name`): the path
    /// uses the names the pointer uses.
    ///
    /// ```
    /// use codes_core::problem::Violation;
    ///
    /// let path = |pointer| Violation::new(pointer, "").unwrap().field_path();
    /// assert_eq!(path("/address/0/street"), "address[0].street");
    /// assert_eq!(path("/labels/my-key"), "labels.`my-key`");
    /// assert_eq!(path("/a~1b"), "`a/b`");
    /// assert_eq!(path(""), "");
    /// ```
    #[must_use]
    pub fn field_path(&self) -> String {
        let mut path = String::with_capacity(self.pointer.len());
        let Some(tokens) = self.pointer.strip_prefix('/') else {
            return path;
        };
        for (position, token) in tokens.split('/').enumerate() {
            let segment = unescape(token);
            if position > 0 && is_index(&segment) {
                path.push('[');
                path.push_str(&segment);
                path.push(']');
                continue;
            }
            if position > 0 {
                path.push('.');
            }
            if is_identifier(&segment) {
                path.push_str(&segment);
            } else {
                path.push('`');
                for c in segment.chars() {
                    if c == '`' {
                        path.push('`');
                    }
                    path.push(c);
                }
                path.push('`');
            }
        }
        path
    }
}

impl Serialize for Violation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let len = if self.reason.is_some() { 3 } else { 2 };
        let mut object = serializer.serialize_struct("Violation", len)?;
        object.serialize_field("pointer", &self.pointer)?;
        object.serialize_field("detail", &self.detail)?;
        if let Some(reason) = &self.reason {
            object.serialize_field("reason", reason)?;
        }
        object.end()
    }
}

/// The members of a violation object.
enum Key {
    Pointer,
    Detail,
    Reason,
    /// A member this version does not know: skipped.
    Other,
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl Visitor<'_> for KeyVisitor {
            type Value = Key;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a member name")
            }

            fn visit_str<E: de::Error>(self, name: &str) -> Result<Key, E> {
                self.visit_bytes(name.as_bytes())
            }

            fn visit_bytes<E: de::Error>(self, name: &[u8]) -> Result<Key, E> {
                Ok(match name {
                    b"pointer" => Key::Pointer,
                    b"detail" => Key::Detail,
                    b"reason" => Key::Reason,
                    _ => Key::Other,
                })
            }
        }

        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// Reads a violation object: `pointer` and `detail` required, `reason`
/// optional (`null` is none), other members ignored; the pointer and the
/// reason are checked as [`Violation::new`] and [`Violation::with_reason`]
/// check them.
impl<'de> Deserialize<'de> for Violation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ViolationVisitor;

        impl<'de> Visitor<'de> for ViolationVisitor {
            type Value = Violation;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a violation: an object with `pointer`, `detail` and maybe `reason`")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Violation, A::Error> {
                let mut pointer: Option<String> = None;
                let mut detail: Option<String> = None;
                let mut reason: Option<Option<String>> = None;
                while let Some(key) = map.next_key::<Key>()? {
                    match key {
                        Key::Pointer if pointer.is_some() => {
                            return Err(de::Error::duplicate_field("pointer"))
                        }
                        Key::Pointer => pointer = Some(map.next_value()?),
                        Key::Detail if detail.is_some() => {
                            return Err(de::Error::duplicate_field("detail"))
                        }
                        Key::Detail => detail = Some(map.next_value()?),
                        Key::Reason if reason.is_some() => {
                            return Err(de::Error::duplicate_field("reason"))
                        }
                        Key::Reason => reason = Some(map.next_value()?),
                        Key::Other => {
                            map.next_value::<de::IgnoredAny>()?;
                        }
                    }
                }
                let pointer = pointer.ok_or_else(|| de::Error::missing_field("pointer"))?;
                let detail = detail.ok_or_else(|| de::Error::missing_field("detail"))?;
                let violation = Violation::new(pointer, detail).map_err(de::Error::custom)?;
                match reason.flatten() {
                    Some(reason) => violation.with_reason(&reason).map_err(de::Error::custom),
                    None => Ok(violation),
                }
            }
        }

        deserializer.deserialize_struct(
            "Violation",
            &["pointer", "detail", "reason"],
            ViolationVisitor,
        )
    }
}

/// A list of [`Violation`]s, in the order found: what a 400 or 422 problem
/// sends as an extension member. It serializes as a JSON array of violation
/// objects and reads from one, each entry checked.
///
/// Name the member `errors` (`#[problem(member = "errors")]`) unless your API
/// already uses another name: RFC 9457's example of a validation problem
/// (Section 3) sends an `errors` array whose entries have a `pointer` and a
/// `detail`, so clients that know that example read this one as it is (the
/// pointers aside: see [`Violation`]). With feature `utoipa` or `aide` the
/// member is documented with the schema of the list.
///
/// ```
/// use codes_core::problem::{IntoProblem, ProblemDetails, Violation, Violations};
/// use codes_core::{Problem, Status};
///
/// /// The new account was refused: some fields are not valid.
/// #[derive(Debug, thiserror::Error, Status, Problem)]
/// #[error("the account was not created: {} fields are not valid", .errors.len())]
/// #[status(UnprocessableContent)]
/// #[problem(type = "https://example.com/problems/invalid-account")]
/// struct InvalidAccount {
///     #[problem(member = "errors")]
///     errors: Violations,
/// }
///
/// let mut errors = Violations::new();
/// errors.push(Violation::field("email", "is already registered").with_reason("EMAIL_TAKEN")?);
/// errors.push(Violation::at(["addresses", "0", "zip"], "is not a postal code"));
///
/// let answer = InvalidAccount { errors }.answer();
/// assert_eq!(answer.status(), 422);
/// let body: ProblemDetails = serde_json::from_slice(answer.body().unwrap())?;
/// assert_eq!(
///     body.extensions["errors"],
///     serde_json::json!([
///         {"pointer": "/email", "detail": "is already registered", "reason": "EMAIL_TAKEN"},
///         {"pointer": "/addresses/0/zip", "detail": "is not a postal code"},
///     ])
/// );
///
/// // A client reads them back, checked.
/// let errors: Violations = serde_json::from_value(body.extensions["errors"].clone())?;
/// assert_eq!(errors.iter().next().unwrap().reason(), Some("EMAIL_TAKEN"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// Built from an iterator too:
///
/// ```
/// use codes_core::problem::{Violation, Violations};
///
/// let errors: Violations = [
///     Violation::field("name", "must not be empty"),
///     Violation::at(["tags", "3"], "is not a known tag"),
/// ]
/// .into_iter()
/// .collect();
/// assert_eq!(errors.len(), 2);
/// assert_eq!(
///     serde_json::to_value(&errors).unwrap(),
///     serde_json::json!([
///         {"pointer": "/name", "detail": "must not be empty"},
///         {"pointer": "/tags/3", "detail": "is not a known tag"},
///     ])
/// );
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Violations(Vec<Violation>);

impl Violations {
    /// No violation yet.
    #[must_use]
    pub const fn new() -> Violations {
        Violations(Vec::new())
    }

    /// Adds `violation` at the end.
    pub fn push(&mut self, violation: Violation) {
        self.0.push(violation);
    }

    /// Whether there is none (then the request was valid, as far as these
    /// checks go).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Each violation, in the order added.
    pub fn iter(&self) -> core::slice::Iter<'_, Violation> {
        self.0.iter()
    }
}

impl IntoIterator for Violations {
    type Item = Violation;
    type IntoIter = alloc::vec::IntoIter<Violation>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a Violations {
    type Item = &'a Violation;
    type IntoIter = core::slice::Iter<'a, Violation>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl FromIterator<Violation> for Violations {
    fn from_iter<I: IntoIterator<Item = Violation>>(violations: I) -> Self {
        Violations(violations.into_iter().collect())
    }
}

impl Extend<Violation> for Violations {
    fn extend<I: IntoIterator<Item = Violation>>(&mut self, violations: I) {
        self.0.extend(violations);
    }
}

impl Serialize for Violations {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(&self.0)
    }
}

impl<'de> Deserialize<'de> for Violations {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<Violation>::deserialize(deserializer).map(Violations)
    }
}

/// What the schemas of both OpenAPI generators say (`utoipa.rs`, `aide.rs`).
#[cfg(any(feature = "utoipa", feature = "aide"))]
pub(crate) mod schema {
    /// The description of a violation object.
    pub(crate) const VIOLATION: &str =
        "A field of the request that broke a rule: where, what is wrong, and maybe why, for programs.";
    /// The description of a list of them.
    pub(crate) const VIOLATIONS: &str = "The fields of the request that broke a rule.";
    /// The description of `pointer`.
    pub(crate) const POINTER: &str =
        "A JSON Pointer (RFC 6901) to the field in the request body; empty for the whole body.";
    /// The description of `detail`.
    pub(crate) const DETAIL: &str = "What is wrong with the field, in words.";
    /// The description of `reason`.
    pub(crate) const REASON: &str =
        "What is wrong, for programs: an UPPER_SNAKE_CASE word that does not change (AIP-193).";
    /// The pattern of `reason` ([`rules::reason_refusal`](super::rules::reason_refusal)).
    pub(crate) const REASON_PATTERN: &str = "^[A-Z][A-Z0-9_]+[A-Z0-9]$";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers() {
        assert_eq!(pointer_refusal(""), None);
        assert_eq!(pointer_refusal("/"), None);
        assert_eq!(pointer_refusal("/a~0b~1c//"), None);
        assert!(pointer_refusal("a").is_some());
        assert!(pointer_refusal("#/a").is_some());
        assert!(pointer_refusal("/a~").is_some());
        assert!(pointer_refusal("/a~2").is_some());
        assert!(pointer_refusal("/~é").is_some());
        assert_eq!(unescape("~01~10~0~1"), "~1/0~/");
    }

    #[test]
    fn indices_and_identifiers() {
        assert!(is_index("0"));
        assert!(is_index("120"));
        assert!(!is_index("01"));
        assert!(!is_index(""));
        assert!(!is_index("-1"));
        assert!(is_identifier("_a9"));
        assert!(!is_identifier("9a"));
        assert!(!is_identifier(""));
        assert!(!is_identifier("a-b"));
    }
}
