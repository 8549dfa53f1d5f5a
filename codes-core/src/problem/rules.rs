//! What an error may add to its answer, in one place: which header fields the
//! answer owns, which fields may be repeated, which member names RFC 9457
//! keeps for itself. The derive applies them at compile time (a mistake fails
//! the build on the user's literal, with the message the function returns);
//! [`Headers`](super::Headers) and [`Members`](super::Members) apply the same
//! functions at run time.
//!
//! This file is compiled twice: here, and in codes-macros, whose
//! `src/derive/problem_rules.rs` is a link to it (as `serde_derive_internals`
//! shares `serde_derive`'s files). It stands alone: no `use`, and what it needs
//! of its parent module is `super::is_tchar`.

/// Header fields that the answer itself owns, whatever an error says: the
/// framing of the message (`Content-Length`, `Transfer-Encoding`: RFC 9112,
/// Section 6), the media type and coding of the problem body (`Content-Type`,
/// `Content-Encoding`: the body is plain `application/problem+json`, which a
/// `gzip` label would make undecodable), the connection-specific fields a
/// proxy strips (RFC 9110, Section 7.6.1), and `Date`, which the server
/// writes from its own clock when the message is sent (RFC 9110, Section
/// 6.6.1). Set by an error, any of them could desynchronise the connection,
/// mislabel the body or misdate the answer, so none of them is ever taken
/// from one.
///
/// Content given to codes' own constructors (`axum::Reply`, `actix::builder`)
/// is not an error: it keeps its `Content-Type`, `Content-Encoding` and
/// `Date`, and loses the fields of [`message_field_refusal`] (with 204, 205
/// and 304, which have no content, it loses every owned field; the server
/// then writes its own `Date`).
pub const OWNED_FIELDS: [&str; 11] = [
    "content-length",
    "transfer-encoding",
    "content-type",
    "content-encoding",
    "date",
    "connection",
    "keep-alive",
    "proxy-connection",
    "te",
    "trailer",
    "upgrade",
];

/// The members RFC 9457 defines (Section 3.1); an extension member never
/// takes one of their names.
pub const STANDARD_MEMBERS: [&str; 5] = ["type", "title", "status", "detail", "instance"];

/// Response header fields defined as comma-separated lists (or, for
/// `Set-Cookie`, the one exception RFC 9110 Section 5.3 names), which may
/// therefore appear on several field lines. Every other field is sent at most
/// once: two values for it are a mistake (a compile error in the derive; at
/// run time the later value replaces the earlier one).
pub const LIST_FIELDS: [&str; 19] = [
    "accept-patch",
    "accept-post",
    "accept-ranges",
    "access-control-allow-headers",
    "access-control-allow-methods",
    "access-control-expose-headers",
    "allow",
    "alt-svc",
    "cache-control",
    "cache-status",
    "content-language",
    "link",
    "proxy-authenticate",
    "server-timing",
    "set-cookie",
    "vary",
    "via",
    "warning",
    "www-authenticate",
];

/// ASCII case-insensitive equality, usable in constants.
const fn eq_ignore_case(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if !a[i].eq_ignore_ascii_case(&b[i]) {
            return false;
        }
        i += 1;
    }
    true
}

const fn listed<const N: usize>(list: &[&str; N], name: &str) -> bool {
    let mut i = 0;
    while i < N {
        if eq_ignore_case(list[i].as_bytes(), name.as_bytes()) {
            return true;
        }
        i += 1;
    }
    false
}

/// Whether `name` is a token (RFC 9110, Section 5.6.2), as a field name must be.
#[must_use]
pub const fn is_field_name(name: &str) -> bool {
    let bytes = name.as_bytes();
    if bytes.is_empty() {
        return false;
    }
    let mut i = 0;
    while i < bytes.len() {
        if !super::is_tchar(bytes[i]) {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether `value` can be sent as a field value (RFC 9110, Section 5.5):
/// visible ASCII, spaces and tabs inside, no leading or trailing whitespace
/// (never CR, LF or NUL, which would end or corrupt the message head).
/// Non-ASCII bytes (obs-text) are refused too: senders do not generate them.
#[must_use]
pub const fn is_field_value(value: &str) -> bool {
    let bytes = value.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let ok =
            matches!(b, 0x21..=0x7e) || ((b == b' ' || b == b'\t') && i > 0 && i + 1 < bytes.len());
        if !ok {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether the answer owns the field `name` ([`OWNED_FIELDS`]).
#[must_use]
pub const fn is_owned_field(name: &str) -> bool {
    listed(&OWNED_FIELDS, name)
}

/// Whether the field `name` may appear on several field lines ([`LIST_FIELDS`]).
#[must_use]
pub const fn is_list_field(name: &str) -> bool {
    listed(&LIST_FIELDS, name)
}

/// Whether `name` is a member RFC 9457 defines ([`STANDARD_MEMBERS`]); the
/// comparison is exact, as JSON member names are.
#[must_use]
pub const fn is_standard_member(name: &str) -> bool {
    let mut i = 0;
    while i < STANDARD_MEMBERS.len() {
        let standard = STANDARD_MEMBERS[i].as_bytes();
        let bytes = name.as_bytes();
        if standard.len() == bytes.len() {
            let mut j = 0;
            let mut same = true;
            while j < bytes.len() {
                if standard[j] != bytes[j] {
                    same = false;
                }
                j += 1;
            }
            if same {
                return true;
            }
        }
        i += 1;
    }
    false
}

/// Why an error may not set the header field `name`, or `None` if it may.
#[must_use]
pub const fn header_refusal(name: &str) -> Option<&'static str> {
    if !is_field_name(name) {
        Some("a header field name is a token such as `retry-after`: letters, digits and `!#$%&'*+-.^_`|~`")
    } else if eq_ignore_case(name.as_bytes(), b"content-length")
        || eq_ignore_case(name.as_bytes(), b"transfer-encoding")
    {
        Some("the answer frames its own body: `content-length` and `transfer-encoding` are written by the server from the body it sends, never by an error")
    } else if eq_ignore_case(name.as_bytes(), b"content-type") {
        Some("a problem answer is always `application/problem+json`: `content-type` is set by the answer, never by an error")
    } else if eq_ignore_case(name.as_bytes(), b"content-encoding") {
        Some("the problem body is sent as plain JSON: `content-encoding` is for the server (a compression layer) to set, never for an error; a wrong coding makes the body unreadable")
    } else if eq_ignore_case(name.as_bytes(), b"date") {
        Some("the server writes `date` from its own clock when it sends the answer (RFC 9110, Section 6.6.1): an error never sets it; put a time of your own in a member or another field")
    } else if is_owned_field(name) {
        Some("this is a connection-specific (hop-by-hop) field (RFC 9110, Section 7.6.1): the server manages it, an error never sets it")
    } else {
        None
    }
}

/// Why `code` cannot be the status of an error's answer, or `None` if it
/// can: a 1xx is informational, never a final answer. (The derive refuses a
/// 1xx named in `#[status]` with this reason; one reached at run time is
/// answered as a logged 500.)
#[must_use]
pub const fn final_status_refusal(code: u16) -> Option<&'static str> {
    if code < 200 {
        Some("this status is informational (1xx), not a final answer: an error answers with a 2xx to 5xx status")
    } else {
        None
    }
}

/// Why content handed to codes' own constructors (`axum::Reply`,
/// `actix::builder`) may not bring the field `name`, or `None` if it may: the
/// fields that frame the message (`Content-Length`, `Transfer-Encoding`) and
/// the connection-specific ones ([`OWNED_FIELDS`] without `Content-Type`,
/// `Content-Encoding` and `Date`, which describe the content or may come from
/// the handler). The server writes those from the body it actually sends; a
/// handler's own value could disagree with it and desynchronise the
/// connection, so these constructors remove it (and log that they did).
#[must_use]
pub const fn message_field_refusal(name: &str) -> Option<&'static str> {
    if eq_ignore_case(name.as_bytes(), b"content-type")
        || eq_ignore_case(name.as_bytes(), b"content-encoding")
        || eq_ignore_case(name.as_bytes(), b"date")
        || !is_owned_field(name)
    {
        None
    } else {
        header_refusal(name)
    }
}

/// The extension member that carries an error's machine-readable reason
/// (`"reason": "USER_NOT_FOUND"`), the same word gRPC's `ErrorInfo` uses.
pub const REASON_MEMBER: &str = "reason";

/// The longest reason Google's AIP-193 allows.
pub const REASON_MAX_LEN: usize = 63;

/// Why `reason` cannot be a machine-readable error reason, or `None` if it
/// can. The rules are AIP-193's for `ErrorInfo.reason`: upper snake case
/// (`[A-Z][A-Z0-9_]+[A-Z0-9]`), so at least three characters, starting with a
/// letter and not ending with `_`, and at most [`REASON_MAX_LEN`] characters.
#[must_use]
pub const fn reason_refusal(reason: &str) -> Option<&'static str> {
    let bytes = reason.as_bytes();
    if bytes.len() < 3 {
        return Some("a reason is UPPER_SNAKE_CASE of at least three characters, such as `USER_NOT_FOUND` (AIP-193)");
    }
    if bytes.len() > REASON_MAX_LEN {
        return Some("a reason is at most 63 characters long (AIP-193): shorten it");
    }
    if !bytes[0].is_ascii_uppercase() {
        return Some(
            "a reason starts with an upper-case ASCII letter, such as `USER_NOT_FOUND` (AIP-193)",
        );
    }
    let mut i = 1;
    while i < bytes.len() {
        let b = bytes[i];
        if !(b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_') {
            return Some("a reason is UPPER_SNAKE_CASE: upper-case ASCII letters, digits and `_` only, such as `USER_NOT_FOUND` (AIP-193)");
        }
        i += 1;
    }
    if bytes[bytes.len() - 1] == b'_' {
        return Some("a reason does not end with `_` (AIP-193)");
    }
    None
}

/// Why `domain` cannot name the domain of an error's reasons (gRPC's
/// `ErrorInfo.domain`), or `None` if it can: the name of the service or
/// product that defines them, such as `users.example.com`, so visible ASCII,
/// without spaces, and not empty.
#[must_use]
pub const fn domain_refusal(domain: &str) -> Option<&'static str> {
    let bytes = domain.as_bytes();
    if bytes.is_empty() {
        return Some("a domain names the service its reasons belong to, such as `users.example.com`: write one, or leave `domain` out for the crate's name");
    }
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_graphic() {
            return Some("a domain names the service its reasons belong to, such as `users.example.com`: visible ASCII characters, without spaces");
        }
        i += 1;
    }
    None
}

/// Why `name` cannot be an extension member, or `None` if it can.
#[must_use]
pub const fn member_refusal(name: &str) -> Option<&'static str> {
    if name.is_empty() {
        Some("an extension member needs a name: write `#[problem(member = \"name\")]` with a non-empty name")
    } else if is_standard_member(name) {
        Some("RFC 9457 defines this member (`type`, `title`, `status`, `detail` and `instance` are set by the answer): rename the extension member")
    } else {
        None
    }
}

/// Why `uri` is not a URI reference (RFC 3986, Section 4.1), or `None` if it
/// is one: every byte is one a URI holds (letters, digits,
/// `-._~:/?#[]@!$&'()*+,;=`), a `%` starts a percent-encoded byte, and there
/// is at most one `#`. The problem `type` and `instance` are URI references
/// ([`type_refusal`], [`instance_refusal`] add what is particular to each).
#[must_use]
pub const fn uri_reference_refusal(uri: &str) -> Option<&'static str> {
    let bytes = uri.as_bytes();
    let mut fragment = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'#' {
            if fragment {
                return Some("a URI has at most one `#`, where its fragment starts: percent-encode the others as `%23`");
            }
            fragment = true;
        }
        if b == b'%' {
            if i + 2 >= bytes.len()
                || !bytes[i + 1].is_ascii_hexdigit()
                || !bytes[i + 2].is_ascii_hexdigit()
            {
                return Some("a `%` in a URI starts a percent-encoded byte such as `%20`: write `%25` for a literal `%`");
            }
            i += 3;
            continue;
        }
        let allowed = b.is_ascii_alphanumeric()
            || matches!(
                b,
                b'-' | b'.'
                    | b'_'
                    | b'~'
                    | b':'
                    | b'/'
                    | b'?'
                    | b'#'
                    | b'['
                    | b']'
                    | b'@'
                    | b'!'
                    | b'$'
                    | b'&'
                    | b'\''
                    | b'('
                    | b')'
                    | b'*'
                    | b'+'
                    | b','
                    | b';'
                    | b'='
            );
        if !allowed {
            return Some("a URI reference (RFC 3986) has no spaces, control characters, quotes, non-ASCII characters or any of <>\\^`{|}: percent-encode them (a space is `%20`)");
        }
        i += 1;
    }
    None
}

/// Why `uri` cannot be a problem type, or `None` if it can: a problem type is
/// a non-empty URI reference (RFC 9457, Section 3.1.1;
/// [`uri_reference_refusal`]). A `{name}` template is refused with its own
/// reason: the type is a fixed text, not interpolated.
#[must_use]
pub const fn type_refusal(uri: &str) -> Option<&'static str> {
    let bytes = uri.as_bytes();
    if bytes.is_empty() {
        return Some("the problem type is empty: write a URI such as `type = \"https://example.com/problems/out-of-credit\"`, or leave `type` out for `about:blank`");
    }
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'{' || bytes[i] == b'}' {
            return Some("the problem type is a fixed URI: `{field}` templates are not supported (the type names the kind of problem, not this occurrence); put the value in a `#[problem(member)]` field instead");
        }
        i += 1;
    }
    uri_reference_refusal(uri)
}

/// Why `uri` cannot be the `instance` of a problem (the URI of this
/// occurrence, RFC 9457, Section 3.1.5), or `None` if it can: a non-empty URI
/// reference ([`uri_reference_refusal`]), such as `/orders/7/payments/2`.
#[must_use]
pub const fn instance_refusal(uri: &str) -> Option<&'static str> {
    if uri.is_empty() {
        Some("the problem instance is empty: give the URI of this occurrence, such as `/orders/7`, or leave it out")
    } else {
        uri_reference_refusal(uri)
    }
}

/// Why `title` cannot be a problem title, or `None` if it can: a short
/// summary on one line, not empty, without control characters.
#[must_use]
pub const fn title_refusal(title: &str) -> Option<&'static str> {
    let bytes = title.as_bytes();
    let mut blank = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' || b == b'\r' {
            return Some("a problem title is one line: remove the line break (the `detail` is for longer text)");
        }
        if b < 0x20 || b == 0x7f {
            return Some(
                "a problem title has no control characters (tabs included): write it as plain text",
            );
        }
        if b != b' ' {
            blank = false;
        }
        i += 1;
    }
    if blank {
        Some("the title is empty: write a short summary such as `title = \"You do not have enough credit\"`, or leave `title` out to use the reason phrase")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owned_fields_are_refused_in_any_case() {
        for name in OWNED_FIELDS {
            assert!(header_refusal(name).is_some(), "{name}");
            assert!(
                header_refusal(&name.to_ascii_uppercase()).is_some(),
                "{name}"
            );
        }
        assert_eq!(header_refusal("retry-after"), None);
        assert!(header_refusal("retry after").is_some());
        assert!(header_refusal("Content-Encoding").is_some());
        assert!(!is_list_field("content-encoding"));
        assert!(header_refusal("").is_some());
        assert!(is_owned_field("Date"));
        assert!(header_refusal("date").is_some_and(|why| why.contains("clock")));
        assert_eq!(header_refusal("server"), None);
    }

    #[test]
    fn final_statuses() {
        for code in 0..200 {
            assert!(final_status_refusal(code).is_some(), "{code}");
        }
        for code in 200..=599 {
            assert_eq!(final_status_refusal(code), None, "{code}");
        }
    }

    #[test]
    fn message_fields() {
        for name in OWNED_FIELDS {
            let kept = matches!(name, "content-type" | "content-encoding" | "date");
            assert_eq!(message_field_refusal(name).is_none(), kept, "{name}");
            assert_eq!(
                message_field_refusal(&name.to_ascii_uppercase()).is_none(),
                kept,
                "{name}"
            );
        }
        assert_eq!(message_field_refusal("etag"), None);
        assert_eq!(message_field_refusal("retry-after"), None);
    }

    #[test]
    fn lists_are_lower_case_and_disjoint() {
        for name in OWNED_FIELDS.iter().chain(&LIST_FIELDS) {
            assert_eq!(*name, name.to_ascii_lowercase());
            assert!(is_field_name(name));
        }
        for name in LIST_FIELDS {
            assert!(!is_owned_field(name), "{name}");
        }
        assert!(is_list_field("WWW-Authenticate"));
        assert!(!is_list_field("retry-after"));
    }

    #[test]
    fn members() {
        for name in STANDARD_MEMBERS {
            assert!(member_refusal(name).is_some());
        }
        assert!(member_refusal("").is_some());
        assert_eq!(member_refusal("Title"), None);
        assert_eq!(member_refusal("balance"), None);
    }

    #[test]
    fn values() {
        assert!(is_field_value("Basic realm=\"api\""));
        assert!(is_field_value(""));
        assert!(!is_field_value("a\r\nb"));
        assert!(!is_field_value(" a"));
        assert!(!is_field_value("a\t"));
        assert!(!is_field_value("caf\u{e9}"));
        assert!(!is_field_value("a\0"));
    }

    #[test]
    fn types_and_titles() {
        assert_eq!(
            type_refusal("https://example.com/problems/out-of-credit"),
            None
        );
        assert_eq!(type_refusal("/problems/a%20b#x"), None);
        assert_eq!(type_refusal("urn:example:problem"), None);
        assert!(type_refusal("").is_some());
        assert!(type_refusal("https://example.com/a b").is_some());
        assert!(type_refusal("https://example.com/{id}").is_some());
        assert!(type_refusal("https://example.com/caf\u{e9}").is_some());
        assert!(type_refusal("a%2").is_some());
        assert!(type_refusal("a%zz").is_some());
        assert!(type_refusal("a\"b").is_some());
        assert!(type_refusal("/a#b#c").is_some());
        assert_eq!(title_refusal("Out of credit"), None);
        assert_eq!(title_refusal("Caf\u{e9} ferm\u{e9}"), None);
        assert!(title_refusal("").is_some());
        assert!(title_refusal("   ").is_some());
        assert!(title_refusal("two\nlines").is_some());
        assert!(title_refusal("tab\there").is_some());
        assert_eq!(instance_refusal("/orders/7?x=%20#f"), None);
        assert!(instance_refusal("").is_some());
        assert!(instance_refusal("x y").is_some());
        assert!(instance_refusal("/{id}").is_some());
        assert!(instance_refusal("a\nb").is_some());
        assert_eq!(uri_reference_refusal(""), None);
    }
}
