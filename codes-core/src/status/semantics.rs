//! Hand-written HTTP semantics (RFC 9110 and friends), kept apart from the
//! registry list in `registry/statuses.rs`.
//!
//! The rules are functions of the number, so they hold for every HTTP-classed
//! enum: [`StatusCode`](crate::StatusCode), its extensions at any depth (`UnofficialStatus`
//! included), and lists of HTTP codes of your own. A code the registry does not
//! know gets what RFC 9110 says of an unrecognised code: the rules of its
//! class, and never heuristic caching (Section 15). `codes!` calls
//! `__codes_semantics!` for each such enum, so the methods below are one
//! definition, documented once.

/// The rules, by number. Generated methods call these.
#[doc(hidden)]
pub mod rules {
    /// RFC 9110, Section 15.1 (and RFC 7725 for 451).
    #[must_use]
    pub const fn is_heuristically_cacheable(code: u16) -> bool {
        matches!(
            code,
            200 | 203 | 204 | 206 | 300 | 301 | 308 | 404 | 405 | 410 | 414 | 451 | 501
        )
    }

    /// RFC 9110, Sections 15.2, 15.3.5 and 15.4.5; RFC 9112, Section 6.3.
    #[must_use]
    pub const fn allows_content(code: u16) -> bool {
        !(matches!(code, 100..=199) || code == 204 || code == 304)
    }

    /// [`allows_content`], plus 205 (RFC 9110, Section 15.3.6).
    #[must_use]
    pub const fn must_be_empty(code: u16) -> bool {
        !allows_content(code) || code == 205
    }

    /// 307 and 308.
    #[must_use]
    pub const fn preserves_method(code: u16) -> bool {
        matches!(code, 307 | 308)
    }

    /// 301 and 308.
    #[must_use]
    pub const fn is_permanent_redirect(code: u16) -> bool {
        matches!(code, 301 | 308)
    }

    /// 201 and the redirects 301, 302, 303, 307, 308.
    #[must_use]
    pub const fn has_location(code: u16) -> bool {
        matches!(code, 201 | 301 | 302 | 303 | 307 | 308)
    }

    /// 413, 429 and 503.
    #[must_use]
    pub const fn uses_retry_after(code: u16) -> bool {
        matches!(code, 413 | 429 | 503)
    }

    /// The header fields a response with the code should carry.
    #[must_use]
    pub const fn expected_headers(code: u16) -> &'static [&'static str] {
        match code {
            101 | 426 => &["Upgrade"],
            103 => &["Link"],
            201 | 301 | 302 | 303 | 307 | 308 => &["Location"],
            206 | 416 => &["Content-Range"],
            304 => &["ETag"],
            401 => &["WWW-Authenticate"],
            407 => &["Proxy-Authenticate"],
            405 => &["Allow"],
            429 | 503 => &["Retry-After"],
            _ => &[],
        }
    }

    /// 306 (unused) and 418 (the teapot).
    #[must_use]
    pub const fn is_reserved(code: u16) -> bool {
        matches!(code, 306 | 418)
    }

    /// 104, a temporary registration.
    #[must_use]
    pub const fn is_provisional(code: u16) -> bool {
        code == 104
    }
}

/// The RFC 9110 methods of one HTTP-classed enum, with the enum's visibility.
/// Called by `codes!` (as `__private_v0_1::semantics!`); not public API.
#[doc(hidden)]
#[macro_export]
macro_rules! __codes_semantics {
    ($t:ident, [$($vis:tt)*]) => {
        #[allow(clippy::must_use_candidate, unused_qualifications)]
        impl $t {
            /// Whether a response with this code may be reused by a cache without
            /// explicit freshness information (RFC 9110, Section 15.1): 200, 203, 204,
            /// 206, 300, 301, 308, 404, 405, 410, 414, 451 (RFC 7725) and 501. Never
            /// for a code the registry does not define.
            #[must_use]
            #[inline]
            $($vis)* const fn is_heuristically_cacheable(self) -> ::core::primitive::bool {
                $crate::__private_v0_1::rules::is_heuristically_cacheable($t::code(self))
            }

            /// Whether a response with this code can have content at all: `false`
            /// for every 1xx, for 204 and for 304, whose messages end with the
            /// header section (RFC 9110, Sections 15.2, 15.3.5 and 15.4.5; RFC 9112,
            /// Section 6.3). A 205 response is framed like any other but its
            /// content must be empty: see `must_be_empty`.
            #[must_use]
            #[inline]
            $($vis)* const fn allows_content(self) -> ::core::primitive::bool {
                $crate::__private_v0_1::rules::allows_content($t::code(self))
            }

            /// Whether a server must send no content with this code: the codes
            /// that allow none (1xx, 204, 304) plus 205 Reset Content.
            #[must_use]
            #[inline]
            $($vis)* const fn must_be_empty(self) -> ::core::primitive::bool {
                $crate::__private_v0_1::rules::must_be_empty($t::code(self))
            }

            /// Whether this is a redirect that the client must follow with the
            /// same method and content: 307 and 308. (301 and 302 let clients
            /// turn `POST` into `GET`, and 303 always means `GET`.)
            #[must_use]
            #[inline]
            $($vis)* const fn preserves_method(self) -> ::core::primitive::bool {
                $crate::__private_v0_1::rules::preserves_method($t::code(self))
            }

            /// Whether this is a permanent redirect (301, 308): clients may update
            /// their links.
            #[must_use]
            #[inline]
            $($vis)* const fn is_permanent_redirect(self) -> ::core::primitive::bool {
                $crate::__private_v0_1::rules::is_permanent_redirect($t::code(self))
            }

            /// Whether the response typically carries a `Location` header the
            /// client acts on: 201 (the new resource) and the redirects 301, 302,
            /// 303, 307 and 308.
            #[must_use]
            #[inline]
            $($vis)* const fn has_location(self) -> ::core::primitive::bool {
                $crate::__private_v0_1::rules::has_location($t::code(self))
            }

            /// Whether the condition is temporary and a `Retry-After` header tells
            /// the client when to try again: 429 (RFC 6585), 503 (RFC 9110, Section
            /// 15.6.4) and 413 when the limit is temporary (Section 15.5.14).
            #[must_use]
            #[inline]
            $($vis)* const fn uses_retry_after(self) -> ::core::primitive::bool {
                $crate::__private_v0_1::rules::uses_retry_after($t::code(self))
            }

            /// The header fields a response with this code must or should carry to
            /// be useful, e.g. `["Allow"]` for 405 and `["WWW-Authenticate"]` for 401.
            #[must_use]
            #[inline]
            $($vis)* const fn expected_headers(self) -> &'static [&'static ::core::primitive::str] {
                $crate::__private_v0_1::rules::expected_headers($t::code(self))
            }

            /// Whether the registry reserves the code without giving it a meaning
            /// of its own: 306 (unused) and 418 (kept for RFC 2324's teapot).
            #[must_use]
            #[inline]
            $($vis)* const fn is_reserved(self) -> ::core::primitive::bool {
                $crate::__private_v0_1::rules::is_reserved($t::code(self))
            }

            /// Whether the code's registration is provisional: 104, a temporary
            /// registration for an Internet-Draft.
            #[must_use]
            #[inline]
            $($vis)* const fn is_provisional(self) -> ::core::primitive::bool {
                $crate::__private_v0_1::rules::is_provisional($t::code(self))
            }
        }
    };
}
