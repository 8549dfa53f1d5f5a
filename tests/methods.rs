//! `codes_core::Method` against the IANA HTTP Method Registry
//! (`tests/data/http-methods.csv`, a copy of the IANA registry, read at run time), and every
//! conversion of it and of an extension made in this file: round trips through
//! text, bytes, `http::Method` and JSON, the typed errors, the flags, and
//! properties over generated text and bytes.

use std::collections::BTreeSet;
use std::mem::size_of;
use std::str::FromStr;

use codes_core::{Allow, HttpMethod, Method, RequestContent, UnknownMethod, UnknownMethodKind};
use proptest::prelude::*;

codes_core::methods! {
    /// Methods of a caching proxy: the registry's, then Varnish's eviction methods.
    pub enum CacheMethod extends Method {
        /// Evicts the cached response of the target URI.
        Purge = "PURGE",
        /// Evicts every cached response that matches a pattern.
        Ban = "BAN",
    }
}

codes_core::methods! {
    /// Tokens of every shape `from_bytes` reads differently: one and two bytes,
    /// exactly 16, more than 32, and every non-alphanumeric `tchar`.
    pub enum OddMethod extends Method {
        X = "X",
        My = "MY",
        SixteenBytesXx = "SIXTEEN-BYTES-XX",
        AVeryLongExtensionMethodOf40Bytes = "A-VERY-LONG-EXTENSION-METHOD-OF-40-BYTES",
        Marks = "!#$%&'*+-.^_`|~0",
        Purge = "PURGE",
    }
}

// ---------------------------------------------------------------------------
// (a) The registry, from the reference file.

/// One row of the reference file.
#[derive(Debug)]
struct Row {
    token: String,
    safe: bool,
    idempotent: bool,
    reference: String,
}

/// The fields of one CSV line: quoted fields may hold commas and `""`.
fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', true) => quoted = false,
            ('"', false) if field.is_empty() => quoted = true,
            (',', false) => fields.push(std::mem::take(&mut field)),
            (c, _) => field.push(c),
        }
    }
    assert!(!quoted, "unterminated quote in {line:?}");
    fields.push(field);
    fields
}

#[test]
fn csv_fields_handle_quotes() {
    assert_eq!(
        csv_fields(r#"A,"b, c",,"say ""hi""",e"#),
        ["A", "b, c", "", "say \"hi\"", "e"]
    );
}

fn yes_no(field: &str) -> bool {
    match field {
        "yes" => true,
        "no" => false,
        other => panic!("expected yes or no, found {other:?}"),
    }
}

/// Every row of the reference file, `*` included.
fn reference() -> Vec<Row> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/http-methods.csv");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let header = csv_fields(lines.next().expect("a header line"));
    assert_eq!(
        header,
        ["method", "safe", "idempotent", "reference", "notes"]
    );
    lines
        .map(|line| {
            let fields = csv_fields(line);
            assert_eq!(fields.len(), header.len(), "{line:?}");
            Row {
                token: fields[0].clone(),
                safe: yes_no(&fields[1]),
                idempotent: yes_no(&fields[2]),
                reference: fields[3].clone(),
            }
        })
        .collect()
}

/// The registered methods: every row but the reserved `*`.
fn registered() -> Vec<Row> {
    let rows = reference();
    assert_eq!(
        rows.iter().filter(|r| r.token == "*").count(),
        1,
        "`*` is listed once, as reserved"
    );
    rows.into_iter().filter(|r| r.token != "*").collect()
}

/// `BASELINE-CONTROL` -> `BaselineControl`.
fn upper_camel(token: &str) -> String {
    token
        .split('-')
        .map(|part| {
            let lower = part.to_ascii_lowercase();
            let mut chars = lower.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

#[test]
fn all_is_the_reference_in_order() {
    let rows = registered();
    assert_eq!(rows.len(), 40);
    assert_eq!(Method::ALL.len(), rows.len());
    let ours: Vec<&str> = Method::ALL.iter().map(|m| m.as_str()).collect();
    let theirs: Vec<&str> = rows.iter().map(|r| r.token.as_str()).collect();
    assert_eq!(ours, theirs);
    assert_eq!(Method::iter().collect::<Vec<_>>(), Method::ALL);
    assert_eq!(<Method as HttpMethod>::ALL, &Method::ALL[..]);
    assert!(!ours.contains(&"*"));
}

#[test]
fn flags_spec_and_names_are_the_reference() {
    for (row, m) in registered().iter().zip(Method::ALL) {
        assert_eq!(m.as_str(), row.token);
        assert_eq!(m.is_safe(), row.safe, "{m:?}: safe");
        assert_eq!(m.is_idempotent(), row.idempotent, "{m:?}: idempotent");
        assert_eq!(m.spec(), Some(row.reference.as_str()), "{m:?}: spec");
        assert_eq!(format!("{m:?}"), upper_camel(&row.token));
    }
}

#[test]
fn every_method_has_docs_and_a_link() {
    for m in Method::ALL {
        let description = m.description();
        assert!(!description.is_empty(), "{m:?}");
        assert!(description.ends_with('.'), "{m:?}: {description:?}");
        let url = m.spec_url().unwrap_or_else(|| panic!("{m:?}: no spec_url"));
        assert!(url.starts_with("https://"), "{m:?}: {url}");
        // The link is to the first reference's RFC.
        let first = m.spec().unwrap().split(';').next().unwrap();
        let rfc = first
            .trim()
            .split(',')
            .next()
            .unwrap()
            .trim_start_matches("RFC ");
        assert!(url.contains(rfc), "{m:?}: {url} for {first}");
        // The trait gives the same answers as the inherent functions.
        assert_eq!(HttpMethod::description(m), description);
        assert_eq!(HttpMethod::spec(m), m.spec());
    }
}

// ---------------------------------------------------------------------------
// (b) An exhaustive match: a new variant fails to compile here.

fn token_by_match(m: Method) -> &'static str {
    match m {
        Method::Acl => "ACL",
        Method::BaselineControl => "BASELINE-CONTROL",
        Method::Bind => "BIND",
        Method::Checkin => "CHECKIN",
        Method::Checkout => "CHECKOUT",
        Method::Connect => "CONNECT",
        Method::Copy => "COPY",
        Method::Delete => "DELETE",
        Method::Get => "GET",
        Method::Head => "HEAD",
        Method::Label => "LABEL",
        Method::Link => "LINK",
        Method::Lock => "LOCK",
        Method::Merge => "MERGE",
        Method::Mkactivity => "MKACTIVITY",
        Method::Mkcalendar => "MKCALENDAR",
        Method::Mkcol => "MKCOL",
        Method::Mkredirectref => "MKREDIRECTREF",
        Method::Mkworkspace => "MKWORKSPACE",
        Method::Move => "MOVE",
        Method::Options => "OPTIONS",
        Method::Orderpatch => "ORDERPATCH",
        Method::Patch => "PATCH",
        Method::Post => "POST",
        Method::Pri => "PRI",
        Method::Propfind => "PROPFIND",
        Method::Proppatch => "PROPPATCH",
        Method::Put => "PUT",
        Method::Query => "QUERY",
        Method::Rebind => "REBIND",
        Method::Report => "REPORT",
        Method::Search => "SEARCH",
        Method::Trace => "TRACE",
        Method::Unbind => "UNBIND",
        Method::Uncheckout => "UNCHECKOUT",
        Method::Unlink => "UNLINK",
        Method::Unlock => "UNLOCK",
        Method::Update => "UPDATE",
        Method::Updateredirectref => "UPDATEREDIRECTREF",
        Method::VersionControl => "VERSION-CONTROL",
    }
}

#[test]
fn exhaustive_match_names_every_token() {
    for m in Method::ALL {
        assert_eq!(token_by_match(m), m.as_str());
    }
}

// ---------------------------------------------------------------------------
// (c) Round trips.

#[test]
fn round_trips_of_every_method() {
    for m in Method::ALL {
        let token = m.as_str();
        assert_eq!(Method::from_str(token), Ok(m));
        assert_eq!(token.parse::<Method>(), Ok(m));
        assert_eq!(Method::try_from(token), Ok(m));
        assert_eq!(Method::from_bytes(token.as_bytes()), Some(m));
        assert_eq!(
            <Method as HttpMethod>::from_bytes(token.as_bytes()),
            Some(m)
        );
        assert_eq!(m.to_string(), token);
        assert_eq!(format!("{m:>20}"), format!("{token:>20}"));
        assert_eq!(format!("{m:-<20}"), format!("{token:-<20}"));
        assert_eq!(m.as_ref(), token);
        assert_eq!(<&'static str>::from(m), token);
        assert_eq!(HttpMethod::as_str(m), token);
        // Comparisons with strings, both ways.
        assert!(m == *token && m == token);
        assert!(*token == m && token == m);
        assert!(m != "get");
        assert!("get" != m);

        // http::Method, owned and by reference, both ways.
        let theirs = http::Method::from(m);
        assert_eq!(theirs.as_str(), token);
        assert_eq!(theirs, http::Method::from_bytes(token.as_bytes()).unwrap());
        assert_eq!(Method::try_from(&theirs), Ok(m));
        assert_eq!(Method::try_from(theirs.clone()), Ok(m));
        assert!(m == theirs);
        assert!(theirs == m);

        // JSON: the token as a string.
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, format!("\"{token}\""));
        assert_eq!(serde_json::from_str::<Method>(&json).unwrap(), m);
        assert_eq!(
            serde_json::from_value::<Method>(serde_json::Value::String(token.into())).unwrap(),
            m
        );
    }
}

#[test]
fn http_constants_are_ours() {
    let pairs = [
        (http::Method::GET, Method::Get),
        (http::Method::HEAD, Method::Head),
        (http::Method::POST, Method::Post),
        (http::Method::PUT, Method::Put),
        (http::Method::DELETE, Method::Delete),
        (http::Method::CONNECT, Method::Connect),
        (http::Method::OPTIONS, Method::Options),
        (http::Method::TRACE, Method::Trace),
        (http::Method::PATCH, Method::Patch),
    ];
    for (theirs, ours) in pairs {
        assert_eq!(http::Method::from(ours), theirs);
        assert_eq!(Method::try_from(&theirs), Ok(ours));
        assert_eq!(ours, theirs);
    }
}

#[test]
fn order_hash_and_debug() {
    let mut sorted = Method::ALL;
    sorted.sort();
    assert_eq!(sorted, Method::ALL, "Ord is declaration order");
    let set: std::collections::HashSet<Method> = Method::iter().collect();
    assert_eq!(set.len(), 40);
    assert_eq!(format!("{:?}", Method::VersionControl), "VersionControl");
    assert_eq!(<Method as HttpMethod>::TYPE_NAME, "Method");
}

// ---------------------------------------------------------------------------
// (d) Errors.

fn kind_of(text: &str) -> UnknownMethodKind {
    text.parse::<Method>().unwrap_err().kind()
}

#[test]
fn wrong_case_is_refused_with_a_suggestion() {
    let error = "get".parse::<Method>().unwrap_err();
    assert_eq!(error.kind(), UnknownMethodKind::NotInEnum);
    assert_eq!(error.suggestion(), Some("GET"));
    assert_eq!(error.input(), "get");
    assert_eq!(error.enum_name(), "Method");
    assert_eq!(
        error.to_string(),
        "`get` is not among the methods of `Method` (method names are case-sensitive: did you mean `GET`?)"
    );
    assert_eq!(
        format!("{error:?}"),
        r#"UnknownMethod { kind: NotInEnum, input: "get", enum_name: "Method", .. }"#
    );
    assert_eq!(Method::try_from("get"), Err(error));
    assert_eq!(Method::from_bytes(b"get"), None);
    assert_eq!(
        "Version-Control"
            .parse::<Method>()
            .unwrap_err()
            .suggestion(),
        Some("VERSION-CONTROL")
    );
}

#[test]
fn malformed_input_is_refused_for_its_reason() {
    assert_eq!(kind_of(""), UnknownMethodKind::Empty);
    assert_eq!(kind_of("*"), UnknownMethodKind::Reserved);
    assert_eq!(kind_of("GET "), UnknownMethodKind::NotAToken);
    assert_eq!(kind_of(" GET"), UnknownMethodKind::NotAToken);
    assert_eq!(kind_of("G ET"), UnknownMethodKind::NotAToken);
    assert_eq!(kind_of("GET\n"), UnknownMethodKind::NotAToken);
    assert_eq!(kind_of("GÉT"), UnknownMethodKind::NotAToken);
    assert_eq!(kind_of("ПОСТ"), UnknownMethodKind::NotAToken);
    assert_eq!(kind_of("PURGE"), UnknownMethodKind::NotInEnum);
    assert_eq!(
        kind_of("**"),
        UnknownMethodKind::NotInEnum,
        "a token, not `*`"
    );
    // No suggestion unless the input differs only in ASCII case.
    for text in ["", "*", "GET ", " GET", "G ET", "PURGE", "GÉT", "get "] {
        let error = text.parse::<Method>().unwrap_err();
        assert_eq!(error.suggestion(), None, "{text:?}");
        assert_eq!(error.input(), text, "{text:?}");
        assert!(!error.is_truncated());
        assert!(!error.to_string().is_empty());
        assert_eq!(Method::from_bytes(text.as_bytes()), None);
    }
    assert_eq!(
        "".parse::<Method>().unwrap_err().to_string(),
        "an empty string is not an HTTP method"
    );
    assert_eq!(
        "*".parse::<Method>().unwrap_err().to_string(),
        "`*` is reserved in the HTTP method registry, not a method"
    );
    assert_eq!(
        "PURGE".parse::<Method>().unwrap_err().to_string(),
        "`PURGE` is not among the methods of `Method`"
    );
    // Not UTF-8 at all: only `from_bytes` can see it.
    assert_eq!(Method::from_bytes(b"GE\xff"), None);
    assert_eq!(Method::from_bytes(b"GET\0"), None);
    let boxed: Box<dyn std::error::Error> = Box::new("get".parse::<Method>().unwrap_err());
    assert!(boxed.to_string().contains("GET"));
}

#[test]
fn errors_through_serde() {
    let error = serde_json::from_str::<Method>(r#""get""#).unwrap_err();
    let message = error.to_string();
    assert!(message.contains("did you mean `GET`?"), "{message}");
    assert!(message.contains(r#""get""#), "{message}");
    for json in [
        r#""""#,
        r#""*""#,
        r#""GET ""#,
        r#""PURGE""#,
        "1",
        "null",
        "[]",
    ] {
        assert!(serde_json::from_str::<Method>(json).is_err(), "{json}");
    }
    let message = serde_json::from_str::<Method>(r#""PURGE""#)
        .unwrap_err()
        .to_string();
    assert!(message.contains("a method of Method"), "{message}");
}

#[test]
fn errors_through_http() {
    let purge = http::Method::from_bytes(b"PURGE").unwrap();
    let error = Method::try_from(&purge).unwrap_err();
    assert_eq!(error.kind(), UnknownMethodKind::NotInEnum);
    assert_eq!(Method::try_from(purge.clone()), Err(error));
    assert!(Method::Get != purge);
    assert!(purge != Method::Get);
    // http accepts any token, in any case; we accept only registered tokens.
    let lower = http::Method::from_bytes(b"get").unwrap();
    assert_eq!(
        Method::try_from(&lower).unwrap_err().suggestion(),
        Some("GET")
    );
    assert_eq!(CacheMethod::try_from(purge), Ok(CacheMethod::Purge));
}

// ---------------------------------------------------------------------------
// (e) An extension.

#[test]
fn extension_lists_the_base_first() {
    assert_eq!(CacheMethod::ALL.len(), Method::ALL.len() + 2);
    for (ext, base) in CacheMethod::ALL.iter().zip(Method::ALL) {
        assert_eq!(ext.as_str(), base.as_str());
        assert_eq!(format!("{ext:?}"), format!("{base:?}"));
    }
    assert_eq!(
        CacheMethod::ALL[Method::ALL.len()..],
        [CacheMethod::Purge, CacheMethod::Ban]
    );
    assert_eq!(CacheMethod::iter().last(), Some(CacheMethod::Ban));
    assert_eq!(<CacheMethod as HttpMethod>::TYPE_NAME, "CacheMethod");
}

#[test]
fn extension_converts_with_its_base() {
    for base in Method::ALL {
        let ext = CacheMethod::from(base);
        assert_eq!(ext.as_str(), base.as_str());
        assert_eq!(Method::try_from(ext), Ok(base));
        assert!(ext == base);
        assert!(base == ext);
        assert_eq!(ext.is_safe(), base.is_safe());
        assert_eq!(ext.is_idempotent(), base.is_idempotent());
        assert_eq!(ext.is_cacheable(), base.is_cacheable());
        assert_eq!(ext.request_content(), base.request_content());
        assert_eq!(ext.spec(), base.spec());
        assert_eq!(ext.description(), base.description());
    }
    let error = Method::try_from(CacheMethod::Purge).unwrap_err();
    assert_eq!(error.kind(), UnknownMethodKind::NotInEnum);
    assert_eq!(error.input(), "PURGE");
    assert_eq!(error.suggestion(), None);
    assert_eq!(
        error.to_string(),
        "`PURGE` is not among the methods of `Method`"
    );
    assert_eq!(
        Method::try_from(CacheMethod::Ban).unwrap_err().input(),
        "BAN"
    );
    assert!(CacheMethod::Purge != Method::Get);
}

#[test]
fn extension_methods_have_default_flags() {
    for m in [CacheMethod::Purge, CacheMethod::Ban] {
        assert!(!m.is_safe() && !m.is_idempotent() && !m.is_cacheable());
        assert_eq!(m.request_content(), RequestContent::Undefined);
        assert_eq!(m.spec(), None);
        assert_eq!(m.spec_url(), None);
    }
    assert_eq!(
        CacheMethod::Purge.description(),
        "Evicts the cached response of the target URI."
    );
}

#[test]
fn extension_round_trips() {
    for m in CacheMethod::ALL {
        let token = m.as_str();
        assert_eq!(token.parse::<CacheMethod>(), Ok(m));
        assert_eq!(CacheMethod::from_bytes(token.as_bytes()), Some(m));
        assert_eq!(m.to_string(), token);
        let theirs = http::Method::from(m);
        assert_eq!(theirs.as_str(), token);
        assert_eq!(CacheMethod::try_from(&theirs), Ok(m));
        assert_eq!(CacheMethod::try_from(theirs), Ok(m));
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, format!("\"{token}\""));
        assert_eq!(serde_json::from_str::<CacheMethod>(&json).unwrap(), m);
    }
    let error = "purge".parse::<CacheMethod>().unwrap_err();
    assert_eq!(error.suggestion(), Some("PURGE"));
    assert_eq!(
        error.to_string(),
        "`purge` is not among the methods of `CacheMethod` (method names are case-sensitive: did you mean `PURGE`?)"
    );
    assert_eq!(kind_of("BAN"), UnknownMethodKind::NotInEnum);
    assert_eq!(size_of::<CacheMethod>(), 1);
}

#[test]
fn tokens_of_every_length_round_trip() {
    assert_eq!(
        OddMethod::AVeryLongExtensionMethodOf40Bytes.as_str().len(),
        40
    );
    assert_eq!(OddMethod::SixteenBytesXx.as_str().len(), 16);
    for m in OddMethod::ALL {
        let token = m.as_str();
        assert_eq!(OddMethod::from_bytes(token.as_bytes()), Some(m));
        assert_eq!(token.parse::<OddMethod>(), Ok(m));
        assert_eq!(http::Method::from(m).as_str(), token);
        assert_eq!(OddMethod::try_from(http::Method::from(m)), Ok(m));
        // One byte more, one less, or one changed: not a method.
        let bytes = token.as_bytes();
        assert_eq!(
            OddMethod::from_bytes(&bytes[..bytes.len() - 1]),
            None,
            "{token}"
        );
        assert_eq!(
            OddMethod::from_bytes(&[bytes, b"X"].concat()),
            None,
            "{token}"
        );
        assert_eq!(
            OddMethod::from_bytes(&[b"X", bytes].concat()),
            None,
            "{token}"
        );
        for i in 0..bytes.len() {
            let mut changed = bytes.to_vec();
            changed[i] ^= 0x01;
            assert_eq!(OddMethod::from_bytes(&changed), None, "{token} at {i}");
        }
        if let Ok(base) = Method::try_from(m) {
            assert_eq!(base.as_str(), token);
        }
    }
    assert_eq!(OddMethod::from_bytes(b"purge"), None);
    assert_eq!(
        "purge".parse::<OddMethod>().unwrap_err().suggestion(),
        Some("PURGE")
    );
    assert_eq!(
        "x".parse::<OddMethod>().unwrap_err().suggestion(),
        Some("X")
    );
    assert_eq!(
        Method::try_from(OddMethod::Marks).unwrap_err().input(),
        "!#$%&'*+-.^_`|~0"
    );
}

// ---------------------------------------------------------------------------
// (f) The flags.

fn tokens_where(keep: impl Fn(Method) -> bool) -> BTreeSet<&'static str> {
    Method::iter()
        .filter(|&m| keep(m))
        .map(Method::as_str)
        .collect()
}

fn set(tokens: &[&'static str]) -> BTreeSet<&'static str> {
    tokens.iter().copied().collect()
}

#[test]
fn flag_facts() {
    for m in Method::ALL {
        assert!(
            !m.is_safe() || m.is_idempotent(),
            "{m:?}: safe implies idempotent"
        );
        assert!(
            !m.is_cacheable() || m.is_safe(),
            "{m:?}: cacheable implies safe"
        );
        assert_eq!(HttpMethod::is_safe(m), m.is_safe());
        assert_eq!(HttpMethod::is_idempotent(m), m.is_idempotent());
        assert_eq!(HttpMethod::is_cacheable(m), m.is_cacheable());
        assert_eq!(HttpMethod::request_content(m), m.request_content());
        assert_eq!(
            m.request_content().is_defined(),
            m.request_content() == RequestContent::Defined
        );
    }
    assert_eq!(
        tokens_where(Method::is_cacheable),
        set(&["GET", "HEAD", "QUERY"])
    );
    assert_eq!(
        tokens_where(|m| m.request_content() == RequestContent::NotAllowed),
        set(&["CONNECT", "TRACE", "PRI"])
    );
    let defined = tokens_where(|m| m.request_content() == RequestContent::Defined);
    assert!(
        defined.is_superset(&set(&["POST", "PUT", "PATCH", "QUERY"])),
        "{defined:?}"
    );
    let undefined = tokens_where(|m| m.request_content() == RequestContent::Undefined);
    assert!(
        undefined.is_superset(&set(&["GET", "HEAD", "DELETE", "OPTIONS"])),
        "{undefined:?}"
    );
    assert_eq!(
        tokens_where(Method::is_safe),
        set(&["GET", "HEAD", "OPTIONS", "PRI", "PROPFIND", "QUERY", "REPORT", "SEARCH", "TRACE"])
    );
    assert_eq!(
        tokens_where(|m| !m.is_idempotent()),
        set(&["CONNECT", "LOCK", "PATCH", "POST"])
    );
}

// ---------------------------------------------------------------------------
// (g) Size and const use.

const FROM_BYTES: Option<Method> = Method::from_bytes(b"GET");
const AS_STR: &str = Method::Query.as_str();
const SAFE: bool = Method::Query.is_safe();
const CONTENT: RequestContent = Method::Query.request_content();
const SPEC: Option<&str> = Method::Get.spec();
const EXT: Option<CacheMethod> = CacheMethod::from_bytes(b"PURGE");
const USERS: Allow<'static> = Allow(&[Method::Get, Method::Head, Method::Post, Method::Query]);

#[test]
fn one_byte_and_const() {
    assert_eq!(size_of::<Method>(), 1);
    assert_eq!(size_of::<Option<Method>>(), 1);
    assert_eq!(size_of::<Option<CacheMethod>>(), 1);
    assert_eq!(FROM_BYTES, Some(Method::Get));
    assert_eq!(AS_STR, "QUERY");
    const { assert!(SAFE) };
    assert_eq!(CONTENT, RequestContent::Defined);
    assert_eq!(SPEC, Some("RFC 9110, Section 9.3.1"));
    assert_eq!(EXT, Some(CacheMethod::Purge));
}

#[test]
fn allow_header_value() {
    assert_eq!(Allow(&[Method::Get, Method::Head]).to_string(), "GET, HEAD");
    assert_eq!(USERS.to_string(), "GET, HEAD, POST, QUERY");
    assert!(USERS.allows(Method::Query));
    assert!(!USERS.allows(Method::Delete));
    assert_eq!(Allow::<Method>(&[]).to_string(), "");
    assert_eq!(Allow(&[Method::Options]).to_string(), "OPTIONS");
    let cache = Allow(&[CacheMethod::Get, CacheMethod::Purge]);
    assert_eq!(cache.to_string(), "GET, PURGE");
    assert!(cache.allows(CacheMethod::Purge));
    // The value is a valid header value.
    assert!(http::HeaderValue::from_str(&Allow(&Method::ALL).to_string()).is_ok());
}

#[test]
fn generic_code_through_the_trait() {
    fn parse_all<M: HttpMethod>() -> usize {
        M::ALL
            .iter()
            .filter(|m| m.as_str().parse::<M>().ok() == Some(**m))
            .count()
    }
    assert_eq!(parse_all::<Method>(), 40);
    assert_eq!(parse_all::<CacheMethod>(), 42);
    assert_eq!(
        UnknownMethod::of::<Method>(b"get"),
        "get".parse::<Method>().unwrap_err()
    );
}

// ---------------------------------------------------------------------------
// (h) Properties.

/// Every registered token, and the extension's.
fn token_of(text: &str) -> Option<Method> {
    Method::ALL.into_iter().find(|m| m.as_str() == text)
}

/// Text near a token: a token with a few characters inserted, removed or
/// replaced, or token-like text.
fn near_token() -> impl Strategy<Value = String> {
    let edited = (
        0..Method::ALL.len(),
        any::<prop::sample::Index>(),
        prop::option::of(prop::char::any()),
        any::<bool>(),
    )
        .prop_map(|(i, at, insert, remove)| {
            let mut text: Vec<char> = Method::ALL[i].as_str().chars().collect();
            if remove {
                text.remove(at.index(text.len()));
            }
            if let Some(c) = insert {
                text.insert(at.index(text.len() + 1), c);
            }
            text.into_iter().collect::<String>()
        });
    prop_oneof![edited, "[A-Z*-]{0,18}", "[ A-Za-z-]{0,18}", any::<String>(),]
}

fn check_text(text: &str) -> Result<(), TestCaseError> {
    let expected = token_of(text);
    let parsed = text.parse::<Method>();
    prop_assert_eq!(parsed.ok(), expected);
    prop_assert_eq!(Method::from_bytes(text.as_bytes()), expected);
    prop_assert_eq!(Method::try_from(text).ok(), expected);
    match parsed {
        Ok(m) => {
            prop_assert_eq!(m.as_str(), text);
            prop_assert_eq!(m.to_string().parse::<Method>(), Ok(m));
        }
        Err(error) => {
            let kind = error.kind();
            let is_token = text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
            let expected_kind = if text.is_empty() {
                UnknownMethodKind::Empty
            } else if text == "*" {
                UnknownMethodKind::Reserved
            } else if !is_token {
                UnknownMethodKind::NotAToken
            } else {
                UnknownMethodKind::NotInEnum
            };
            prop_assert_eq!(kind, expected_kind);
            let suggestion = Method::ALL
                .into_iter()
                .map(Method::as_str)
                .find(|t| t.eq_ignore_ascii_case(text));
            prop_assert_eq!(error.suggestion(), suggestion);
            prop_assert!(!error.to_string().is_empty());
            prop_assert!(
                serde_json::from_value::<Method>(serde_json::Value::String(text.into())).is_err()
            );
        }
    }
    // The extension accepts exactly the base's tokens and its own.
    let ext = text.parse::<CacheMethod>().ok();
    let ext_expected = CacheMethod::ALL.into_iter().find(|m| m.as_str() == text);
    prop_assert_eq!(ext, ext_expected);
    prop_assert_eq!(ext.and_then(|m| Method::try_from(m).ok()), expected);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    /// Any text: Ok exactly for a registered token, never a panic, errors say why.
    #[test]
    fn from_str_on_any_text(text in any::<String>()) {
        check_text(&text)?;
    }

    /// Text close to a token, where mistakes are likely.
    #[test]
    fn from_str_near_tokens(text in near_token()) {
        check_text(&text)?;
    }

    /// Any bytes: `from_bytes` finds exactly the registered tokens.
    #[test]
    fn from_bytes_on_any_bytes(bytes in any::<Vec<u8>>()) {
        let found = Method::from_bytes(&bytes);
        let expected = Method::ALL.into_iter().find(|m| m.as_str().as_bytes() == bytes);
        prop_assert_eq!(found, expected);
        if let Some(m) = found {
            prop_assert_eq!(m.as_str().as_bytes(), &bytes[..]);
        }
        match std::str::from_utf8(&bytes) {
            Ok(text) => prop_assert_eq!(text.parse::<Method>().ok(), found),
            Err(_) => prop_assert_eq!(found, None),
        }
        prop_assert_eq!(
            OddMethod::from_bytes(&bytes),
            OddMethod::ALL.into_iter().find(|m| m.as_str().as_bytes() == bytes)
        );
        prop_assert_eq!(
            CacheMethod::from_bytes(&bytes),
            CacheMethod::ALL.into_iter().find(|m| m.as_str().as_bytes() == bytes)
        );
    }

    /// Bytes near an extension token of every length.
    #[test]
    fn from_bytes_near_odd_tokens(
        index in 0..OddMethod::ALL.len(),
        at in any::<prop::sample::Index>(),
        byte in any::<u8>(),
        edit in 0..3u8,
    ) {
        let mut bytes = OddMethod::ALL[index].as_str().as_bytes().to_vec();
        match edit {
            0 => {
                let i = at.index(bytes.len());
                bytes[i] = byte;
            }
            1 => {
                let i = at.index(bytes.len() + 1);
                bytes.insert(i, byte);
            }
            _ => {
                let i = at.index(bytes.len());
                bytes.remove(i);
            }
        }
        prop_assert_eq!(
            OddMethod::from_bytes(&bytes),
            OddMethod::ALL.into_iter().find(|m| m.as_str().as_bytes() == bytes)
        );
    }

    /// A token in any ASCII case parses only when the case is unchanged, and
    /// otherwise suggests the token.
    #[test]
    fn tokens_in_any_case(index in 0..Method::ALL.len(), lower in any::<Vec<bool>>()) {
        let method = Method::ALL[index];
        let mixed: String = method
            .as_str()
            .chars()
            .zip(lower.iter().copied().chain(std::iter::repeat(false)))
            .map(|(c, low)| if low { c.to_ascii_lowercase() } else { c })
            .collect();
        let parsed = mixed.parse::<Method>();
        if mixed == method.as_str() {
            prop_assert_eq!(parsed, Ok(method));
        } else {
            let error = parsed.unwrap_err();
            prop_assert_eq!(error.kind(), UnknownMethodKind::NotInEnum);
            prop_assert_eq!(error.suggestion(), Some(method.as_str()));
            prop_assert_eq!(Method::from_bytes(mixed.as_bytes()), None);
        }
    }
}

/// The error keeps what was refused, up to 21 bytes at a character boundary,
/// and says when it kept less; it stays small and allocates nothing.
#[test]
fn errors_keep_the_refused_input() {
    assert_eq!(std::mem::size_of::<codes_core::UnknownMethod>(), 32);
    assert_eq!(
        std::mem::size_of::<Result<Method, codes_core::UnknownMethod>>(),
        32
    );
    let long = "A-METHOD-FAR-TOO-LONG-TO-KEEP";
    let error = long.parse::<Method>().unwrap_err();
    assert_eq!(error.input(), &long[..21]);
    assert!(error.is_truncated());
    assert_eq!(error.suggestion(), None);
    assert_eq!(
        error.to_string(),
        "`A-METHOD-FAR-TOO-LONG`... is not among the methods of `Method`"
    );
    // A multi-byte character across the limit is not split.
    let accented = "GETGETGETGETGETGETGEÉ";
    let error = accented.parse::<Method>().unwrap_err();
    assert_eq!(error.input(), "GETGETGETGETGETGETGE");
    assert!(error.is_truncated());
    assert_eq!(error.kind(), UnknownMethodKind::NotAToken);
    // Bytes that are not UTF-8 keep their UTF-8 start.
    let error = Method::try_from(&b"GE\xffT"[..]).unwrap_err();
    assert_eq!(error.input(), "GE");
    assert!(error.is_truncated());
    assert_eq!(Method::try_from(&b"QUERY"[..]), Ok(Method::Query));
    // Equality is by kind, enum and input.
    assert_eq!("PURGE".parse::<Method>(), "PURGE".parse::<Method>());
    assert_ne!("PURGE".parse::<Method>(), "BAN".parse::<Method>());
    assert_ne!(
        "ZAP".parse::<Method>().unwrap_err(),
        "ZAP".parse::<CacheMethod>().unwrap_err()
    );
}
