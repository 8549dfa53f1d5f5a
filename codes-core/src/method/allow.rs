//! [`Allow`]: the value of an `Allow` header field.

use core::fmt;

use super::HttpMethod;

/// The value of an `Allow` header field (RFC 9110, Section 10.2.1): the
/// methods a resource supports, as `GET, HEAD, POST`. A `405 Method Not
/// Allowed` must carry it.
///
/// Its `Display` is the field value, so it fits wherever a header is written:
/// `Problem::with_allow` (feature `problem`), a
/// `#[problem(header = "allow")]` field of a derived error, or any framework's
/// header map.
///
/// ```
/// use codes_core::{Allow, Method};
///
/// const USERS: Allow<'static> = Allow(&[Method::Get, Method::Head, Method::Post, Method::Query]);
/// assert_eq!(USERS.to_string(), "GET, HEAD, POST, QUERY");
/// assert!(USERS.allows(Method::Query));
/// ```
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct Allow<'a, M: HttpMethod = crate::Method>(pub &'a [M]);

impl<M: HttpMethod> Allow<'_, M> {
    /// Whether `method` is one of the allowed methods.
    #[must_use]
    pub fn allows(&self, method: M) -> bool {
        self.0.contains(&method)
    }
}

impl<M: HttpMethod> fmt::Display for Allow<'_, M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, method) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(method.as_str())?;
        }
        Ok(())
    }
}
