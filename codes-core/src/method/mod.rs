//! What every enum of HTTP methods shares, hand-written: the [`HttpMethod`]
//! trait and [`RequestContent`] (here), the conversion error [`UnknownMethod`]
//! (`error.rs`), and [`Allow`], the value of an `Allow` header field
//! (`allow.rs`). The registry itself is `registry/methods.rs`, made by
//! [`methods!`](crate::methods).

mod allow;
mod error;

pub use allow::Allow;
#[cfg(feature = "problem")]
pub(crate) use error::is_tchar;
pub use error::{UnknownMethod, UnknownMethodKind};

use core::fmt;
use core::hash::Hash;
use core::str::FromStr;

/// Implemented by every enum made by [`methods!`](crate::methods): the
/// registry's [`Method`](crate::Method) and its extensions. For generic code
/// (an `Allow` header, logging, routing tables); the enums have the same
/// functions as inherent `const fn`s.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an enum made by `methods!`",
    label = "not a list of HTTP methods",
    note = "`extends` of a method list takes an enum made by `methods!`, such as `codes_core::Method`"
)]
pub trait HttpMethod:
    Copy + Eq + Ord + Hash + fmt::Debug + fmt::Display + FromStr<Err = UnknownMethod> + 'static
{
    /// Every method of the enum, in declaration order.
    const ALL: &'static [Self];
    /// The enum's name, for messages (`"Method"`).
    const TYPE_NAME: &'static str;
    /// The method's token, as in a request line (`"GET"`).
    fn as_str(self) -> &'static str;
    /// The method whose token is exactly `bytes` (case-sensitive).
    fn from_bytes(bytes: &[u8]) -> Option<Self>;
    /// RFC 9110, Section 9.2.1: the client asks for no change of state.
    fn is_safe(self) -> bool;
    /// RFC 9110, Section 9.2.2: sending it twice is the same as once.
    fn is_idempotent(self) -> bool;
    /// RFC 9110, Section 9.2.3 (and RFC 10008 for `QUERY`): a cache may reuse
    /// a response for a later request with this method.
    fn is_cacheable(self) -> bool;
    /// What content in a request with this method means.
    fn request_content(self) -> RequestContent;
    /// One sentence on what the method asks for.
    fn description(self) -> &'static str;
    /// The specification that defines the method.
    fn spec(self) -> Option<&'static str>;
    /// A link to the first specification in [`spec`](Self::spec).
    fn spec_url(self) -> Option<&'static str>;
}

/// What content in a request means for a method.
///
/// ```
/// use codes_core::{Method, RequestContent};
///
/// assert_eq!(Method::Post.request_content(), RequestContent::Defined);
/// assert_eq!(Method::Get.request_content(), RequestContent::Undefined);
/// assert_eq!(Method::Trace.request_content(), RequestContent::NotAllowed);
/// assert!(Method::Query.request_content().is_defined());
/// ```
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum RequestContent {
    /// The method defines what the content is: the representation to store
    /// (`PUT`), the data to process (`POST`), the patch document (`PATCH`), the
    /// query (`QUERY`), the XML body of a WebDAV method.
    Defined,
    /// Content is allowed, but has no generally defined meaning (`GET`, `HEAD`,
    /// `DELETE`, `OPTIONS`): some servers reject such requests, and proxies may
    /// drop the content. Do not rely on it; that is what `QUERY` is for.
    Undefined,
    /// A request with this method has no content: `TRACE` must not carry any,
    /// `CONNECT` is followed by the tunnel, `PRI` is not a request at all.
    NotAllowed,
}

impl RequestContent {
    /// Whether the method gives request content a meaning.
    #[must_use]
    pub const fn is_defined(self) -> bool {
        matches!(self, RequestContent::Defined)
    }
}

/// `FromStr` of every method enum: the exact token, else a typed error.
#[doc(hidden)]
#[inline]
pub fn parse_method<M: HttpMethod>(s: &str) -> Result<M, UnknownMethod> {
    /// Out of line and cold: the error (its kind, a scan of every token for
    /// a suggestion) is the rare path, kept out of the caller's hot loop.
    #[cold]
    #[inline(never)]
    fn unknown<M: HttpMethod>(bytes: &[u8]) -> UnknownMethod {
        UnknownMethod::of::<M>(bytes)
    }
    match M::from_bytes(s.as_bytes()) {
        Some(method) => Ok(method),
        None => Err(unknown::<M>(s.as_bytes())),
    }
}
