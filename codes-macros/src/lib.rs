//! Procedural macros of [`codes-core`](https://docs.rs/codes-core).
//!
//! Depend on `codes-core`, which re-exports these macros and provides the
//! runtime items the generated code names. This crate's version is pinned to
//! codes-core's.
//!
//! Layout, by macro and then by phase (each folder: model, attributes, checks,
//! expansion):
//!
//! - `list/`: `codes!`, `methods!` and their `extends`: what both share, then
//!   `list/codes/` and `list/methods/`;
//! - `derive/`: `#[derive(Status)]` and `#[derive(Problem)]`, on one model
//!   of the error type;
//! - `contract/`: `contracts!`, route contracts made of those errors;
//! - `common/`: what they share: the error collector, the "at most once"
//!   helper, the runtime path (`crate = ...`), spans and the lints allowed on
//!   generated code, the form of a code literal.

#![forbid(unsafe_code)]
#![warn(clippy::pedantic)]
// Pedantic lints we allow, and why:
#![allow(
    // Error messages and docs are built with `format!` into owned strings on purpose.
    clippy::needless_pass_by_value,
    // Short, local names such as `p` (the private path) read better in quote! blocks.
    clippy::many_single_char_names,
    // `match` on an Option reads better than `if let ... else` when both arms build tokens.
    clippy::single_match_else
)]

mod common;
mod contract;
mod derive;
mod list;

use proc_macro::TokenStream;

/// Generates an exhaustive `#[repr(u16)]` enum from a list of codes.
///
/// See the `codes-core` documentation for the grammar and what the enum offers.
#[proc_macro]
pub fn codes(input: TokenStream) -> TokenStream {
    list::codes(input.into()).into()
}

/// The second half of `extends`: the base's list macro calls this with the
/// base's entries in front of the extension's `codes!` input. Not public API.
#[doc(hidden)]
#[proc_macro]
pub fn __codes_extend(input: TokenStream) -> TokenStream {
    list::extend_codes(input.into()).into()
}

/// Generates an exhaustive enum of HTTP methods from a list of tokens:
/// `codes_core::Method` is one, and so are your own lists and extensions.
///
/// (This example runs as the README's doctest; here it cannot, as this crate
/// does not depend on codes-core.)
///
/// ```ignore
/// codes_core::methods! {
///     /// The registry's methods plus the cache purges our CDN accepts.
///     pub enum CacheMethod extends codes_core::Method {
///         /// Evicts one URL from the cache.
///         #[spec("https://varnish-cache.org/docs/trunk/users-guide/purging.html")]
///         #[method(idempotent)]
///         Purge = "PURGE",
///         /// Evicts every URL that matches a pattern.
///         Ban = "BAN",
///     }
/// }
///
/// assert_eq!("PURGE".parse(), Ok(CacheMethod::Purge));
/// assert_eq!(CacheMethod::from(codes_core::Method::Get), CacheMethod::Get);
/// assert!(CacheMethod::Purge.is_idempotent() && !CacheMethod::Purge.is_safe());
/// ```
///
/// An entry is `Variant = "TOKEN"`, after optional doc comments (the first
/// paragraph becomes `description()`) and these attributes:
///
/// | Attribute | Meaning |
/// |---|---|
/// | `#[spec("RFC 9110, Section 9.3.1")]` | the defining specification(s), separated by `;`; each must be an RFC, an Internet-Draft or a URL (it gets a link) |
/// | `#[method(safe)]` | the client asks for no change of state (RFC 9110, Section 9.2.1); needs `idempotent` |
/// | `#[method(idempotent)]` | repeating the request has the effect of sending it once (Section 9.2.2) |
/// | `#[method(cacheable)]` | a cache may reuse a response for a later request with the method; needs `safe` |
/// | `#[method(content = defined)]` | request content has a meaning; `undefined` (the default): no general meaning; `not_allowed`: a request has none |
/// | `#[deprecated]`, `#[doc(hidden)]`, `#[doc(alias = "...")]` | passed through to the variant |
///
/// On the enum: `#[methods(path = crate::http::CacheMethod)]` (where it lives,
/// for extensions of extensions) and `#[methods(crate = ::codes)]` (a renamed
/// codes-core); other attributes pass through. The enum gets `ALL`, `iter()`,
/// `as_str`, `from_bytes`, `is_safe`, `is_idempotent`, `is_cacheable`,
/// `request_content`, `description`, `spec`, `spec_url` (all `const fn`),
/// `Display`, `FromStr` and `TryFrom<&str>` (exact tokens), `AsRef<str>`,
/// comparisons with `str`, the `HttpMethod` trait, and what codes-core's
/// features add (serde, http, actix-web).
///
/// Checked at compile time, each mistake on its token: a token that is not an
/// RFC 9110 token (empty, a space, a non-ASCII character, `*`), a variant name
/// that does not spell its token in `UpperCamelCase` split at symbols
/// (`VERSION-CONTROL` is `VersionControl`), a token with lower-case letters
/// (legal, but clients send `PURGE`), a token or name given twice, a token of
/// the enum extended,
/// `safe` without `idempotent`, `cacheable` without `safe`, a malformed
/// reference, an unknown attribute or flag, an empty list (an extension with
/// nothing of its own is accepted: it is a copy of its base).
#[proc_macro]
pub fn methods(input: TokenStream) -> TokenStream {
    list::methods(input.into()).into()
}

/// The second half of `extends` for method lists. Not public API.
#[doc(hidden)]
#[proc_macro]
pub fn __codes_methods_extend(input: TokenStream) -> TokenStream {
    list::extend_methods(input.into()).into()
}

/// Implements `codes_core::Status` for an error enum or struct: which status
/// each variant answers with.
///
/// See the `codes-core` documentation of `Status` for the attribute forms.
#[proc_macro_derive(Status, attributes(status))]
pub fn derive_status(input: TokenStream) -> TokenStream {
    derive::derive(input.into(), derive::Derive::Status).into()
}

/// Implements `codes_core::problem::IntoProblem` (and, per codes-core's
/// features, axum's `IntoResponse` and utoipa's `IntoResponses`): the error is
/// its own RFC 9457 answer. Derive it beside `Status` and `Display`.
///
/// | On | Form | Effect |
/// |---|---|---|
/// | type or variant | `#[problem(type = "https://example.com/problems/out-of-credit")]` | the problem type URI; default `about:blank` |
/// | type or variant | `#[problem(title = "You do not have enough credit")]` | a title instead of the reason phrase |
/// | type | `#[problem(crate = ::codes)]` | the path of codes-core when renamed or re-exported (without it, `#[status(crate = ...)]`'s) |
/// | variant (or struct) | `#[problem(reason = "USER_NOT_FOUND")]` | a machine-readable reason (AIP-193's form, unique in the type), sent as the member `reason` and as gRPC's `ErrorInfo.reason` |
/// | variant (or struct) | `#[problem(grpc = AlreadyExists)]` | the gRPC code (feature `tonic`) instead of the one its HTTP status maps to; never `Ok` |
/// | type | `#[problem(domain = "users.example.com")]` | whose reasons these are (`ErrorInfo.domain`); default: the crate's name |
/// | field | `#[problem(member)]` or `#[problem(member = "balance")]` | the field, serialised, as an extension member |
/// | field | `#[problem(header = "retry-after")]` | the field's `Display` as a header field |
///
/// A `#[status(transparent)]` variant forwards its field's own problem, reason
/// and gRPC code (its own `type`, `title`, `reason` and `grpc` win, a reason
/// of its own with its own type's domain; `member` and `header` on the field
/// are refused).
/// Each literal is checked at compile time against `codes_core::problem::rules`
/// (owned header fields, standard member names, `type` a URI reference, `title`
/// one line) by the macro itself, which compiles the same file; a mistake is
/// an error on the literal. The `codes_core::problem`
/// documentation has the rest: every compile-time check, the bounds inferred on
/// generic errors, and what each framework integration adds.
#[proc_macro_derive(Problem, attributes(problem, status))]
pub fn derive_problem(input: TokenStream) -> TokenStream {
    derive::derive(input.into(), derive::Derive::Problem).into()
}

/// Declares route contracts: each an enum of the failures a route can answer
/// with, listed as types that derive `Status` (and `Problem`, for a problem
/// type, title, members and headers of their own) and are errors.
///
/// ```ignore
/// codes_core::contracts! {
///     /// What `GET /users/{id}` fails with.
///     pub enum ShowUser = NoSuchUser | StoreDown;
///     /// What `POST /users` fails with.
///     pub enum CreateUser = Invalid | EmailTaken | StoreDown;
/// }
/// ```
///
/// Each contract answers, logs and documents every failure as the failure
/// itself does; `?` converts each member into it, and each contract of the
/// same block whose members it lists (`ShowUser` has no narrower one here);
/// `TryFrom` narrows a wider contract of the block. Anything else does not
/// convert: the compiler names the failure and the contract. See
/// `codes_core::route`.
#[proc_macro]
pub fn contracts(input: TokenStream) -> TokenStream {
    contract::contracts(input.into()).into()
}
