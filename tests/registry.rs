//! The registry enum against the IANA registry, and every conversion on every code.

use std::collections::BTreeMap;
use std::mem::size_of;

use codes_core::{Class, Code, ParseErrorKind, StatusCode, UnknownCode};

/// The IANA registry file (a verbatim copy of the registry's CSV export).
const IANA_CSV: &str = include_str!("data/iana-http-status-codes.csv");

/// `code -> (description, reference)` from the CSV; quoted fields may hold commas.
fn iana() -> BTreeMap<u16, (String, String)> {
    let mut rows = BTreeMap::new();
    for line in IANA_CSV.lines().skip(1) {
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        for c in line.chars() {
            match c {
                '"' => quoted = !quoted,
                ',' if !quoted => fields.push(std::mem::take(&mut field)),
                c => field.push(c),
            }
        }
        fields.push(field);
        let code: u16 = fields[0].parse().expect("numeric code");
        rows.insert(code, (fields[1].clone(), fields[2].clone()));
    }
    rows
}

/// What the registry's description becomes as our reason phrase.
fn expected_reason(code: u16, description: &str) -> String {
    match code {
        // The registry marks both as "(Unused)"; 418 keeps its everyday phrase.
        418 => "I'm a teapot".to_string(),
        // Drop the registry's status markers: "(TEMPORARY - ...)", "(OBSOLETED)".
        _ => match description.find(" (") {
            Some(i) => description[..i].to_string(),
            None => description.to_string(),
        },
    }
}

#[test]
fn every_assigned_code_is_a_variant_with_the_registry_name() {
    let iana = iana();
    assert_eq!(
        iana.len(),
        64,
        "the reference registry has 64 assigned values"
    );
    assert_eq!(StatusCode::ALL.len(), iana.len());
    assert_eq!(StatusCode::COUNT, 64);
    for (&code, (description, reference)) in &iana {
        let status = StatusCode::from_code(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(
            status.reason(),
            expected_reason(code, description),
            "{code}"
        );
        // The spec names the same RFC (we write "RFC 9110" where the CSV writes "RFC9110").
        let spec = status.spec().expect("every registry code names its spec");
        let compact = spec.replace("RFC ", "RFC");
        let first_ref = reference.split(';').next().unwrap().trim();
        assert_eq!(
            compact, first_ref,
            "{code}: spec {spec:?} vs registry {reference:?}"
        );
    }
}

#[test]
fn all_is_ascending_and_matches_iter() {
    assert!(StatusCode::ALL
        .windows(2)
        .all(|w| w[0] < w[1] && w[0].code() < w[1].code()));
    assert!(StatusCode::iter().eq(StatusCode::ALL.iter().copied()));
    assert_eq!(StatusCode::iter().len(), StatusCode::COUNT);
    assert!(<StatusCode as Code>::all().eq(StatusCode::ALL));
    assert!(StatusCode::ALL
        .iter()
        .map(|s| s.code())
        .eq(StatusCode::CODES));
    assert_eq!(<StatusCode as Code>::CODES, &StatusCode::CODES[..]);
}

#[test]
fn sizes() {
    assert_eq!(size_of::<StatusCode>(), 2);
    assert_eq!(size_of::<Option<StatusCode>>(), 2);
    // Two words: `str::parse` returns its `Result` in registers.
    assert_eq!(
        size_of::<Result<StatusCode, codes_core::ParseError>>(),
        2 * size_of::<usize>()
    );
}

/// A match with no `_` arm: adding or removing a registry code breaks this test's build.
#[allow(deprecated)]
fn exhaustive(status: StatusCode) -> u16 {
    match status {
        StatusCode::Continue => 100,
        StatusCode::SwitchingProtocols => 101,
        StatusCode::Processing => 102,
        StatusCode::EarlyHints => 103,
        StatusCode::UploadResumptionSupported => 104,
        StatusCode::Ok => 200,
        StatusCode::Created => 201,
        StatusCode::Accepted => 202,
        StatusCode::NonAuthoritativeInformation => 203,
        StatusCode::NoContent => 204,
        StatusCode::ResetContent => 205,
        StatusCode::PartialContent => 206,
        StatusCode::MultiStatus => 207,
        StatusCode::AlreadyReported => 208,
        StatusCode::ImUsed => 226,
        StatusCode::MultipleChoices => 300,
        StatusCode::MovedPermanently => 301,
        StatusCode::Found => 302,
        StatusCode::SeeOther => 303,
        StatusCode::NotModified => 304,
        StatusCode::UseProxy => 305,
        StatusCode::Unused => 306,
        StatusCode::TemporaryRedirect => 307,
        StatusCode::PermanentRedirect => 308,
        StatusCode::BadRequest => 400,
        StatusCode::Unauthorized => 401,
        StatusCode::PaymentRequired => 402,
        StatusCode::Forbidden => 403,
        StatusCode::NotFound => 404,
        StatusCode::MethodNotAllowed => 405,
        StatusCode::NotAcceptable => 406,
        StatusCode::ProxyAuthenticationRequired => 407,
        StatusCode::RequestTimeout => 408,
        StatusCode::Conflict => 409,
        StatusCode::Gone => 410,
        StatusCode::LengthRequired => 411,
        StatusCode::PreconditionFailed => 412,
        StatusCode::ContentTooLarge => 413,
        StatusCode::UriTooLong => 414,
        StatusCode::UnsupportedMediaType => 415,
        StatusCode::RangeNotSatisfiable => 416,
        StatusCode::ExpectationFailed => 417,
        StatusCode::ImATeapot => 418,
        StatusCode::MisdirectedRequest => 421,
        StatusCode::UnprocessableContent => 422,
        StatusCode::Locked => 423,
        StatusCode::FailedDependency => 424,
        StatusCode::TooEarly => 425,
        StatusCode::UpgradeRequired => 426,
        StatusCode::PreconditionRequired => 428,
        StatusCode::TooManyRequests => 429,
        StatusCode::RequestHeaderFieldsTooLarge => 431,
        StatusCode::UnavailableForLegalReasons => 451,
        StatusCode::InternalServerError => 500,
        StatusCode::NotImplemented => 501,
        StatusCode::BadGateway => 502,
        StatusCode::ServiceUnavailable => 503,
        StatusCode::GatewayTimeout => 504,
        StatusCode::HttpVersionNotSupported => 505,
        StatusCode::VariantAlsoNegotiates => 506,
        StatusCode::InsufficientStorage => 507,
        StatusCode::LoopDetected => 508,
        StatusCode::NotExtended => 510,
        StatusCode::NetworkAuthenticationRequired => 511,
    }
}

#[test]
fn exhaustive_match_agrees_with_code() {
    for status in StatusCode::iter() {
        assert_eq!(exhaustive(status), status.code());
    }
}

#[test]
fn every_code_round_trips() {
    for status in StatusCode::iter() {
        let code = status.code();
        // u16 both ways.
        assert_eq!(u16::from(status), code);
        assert_eq!(StatusCode::try_from(code), Ok(status));
        assert_eq!(StatusCode::from_code(code), Some(status));
        assert_eq!(StatusCode::from_code_lenient(code), Some(status));
        assert_eq!(status, code);
        assert_eq!(code, status);
        // Display and FromStr, in every form that FromStr documents.
        let shown = status.to_string();
        assert_eq!(shown, format!("{code} {}", status.reason()));
        assert_eq!(shown, status.label());
        assert_eq!(format!("{status:#}"), code.to_string());
        assert_eq!(status.code_str(), code.to_string());
        assert_eq!(shown.parse::<StatusCode>(), Ok(status), "{shown}");
        assert_eq!(format!("{status:#}").parse::<StatusCode>(), Ok(status));
        assert_eq!(status.reason().parse::<StatusCode>(), Ok(status));
        assert_eq!(
            status.reason().to_uppercase().parse::<StatusCode>(),
            Ok(status)
        );
        assert_eq!(status.name().parse::<StatusCode>(), Ok(status));
        assert_eq!(
            format!("  {shown}\t")
                .parse::<StatusCode>()
                .map_err(|e| e.kind()),
            Err(ParseErrorKind::Whitespace)
        );
        assert_eq!(
            format!("  {shown}\t").trim().parse::<StatusCode>(),
            Ok(status)
        );
        for alias in status.aliases() {
            assert_eq!(alias.parse::<StatusCode>(), Ok(status), "{alias}");
            assert_eq!(format!("{code} {alias}").parse::<StatusCode>(), Ok(status));
        }
        // Debug is the variant name.
        assert_eq!(format!("{status:?}"), status.name());
        // The class agrees with the first digit.
        assert_eq!(Some(status.class()), Class::from_code(code));
        assert_eq!(status.class().digit() as u16, code / 100);
        assert_eq!(status.is_error(), code >= 400);
        let flags = [
            status.is_informational(),
            status.is_success(),
            status.is_redirection(),
            status.is_client_error(),
            status.is_server_error(),
        ];
        assert_eq!(flags.iter().filter(|f| **f).count(), 1);
        assert!(flags[usize::from(code / 100 - 1)]);
        // Docs: a non-empty one-line description that is not just the phrase.
        assert!(!status.description().is_empty());
        assert!(!status.description().contains('\n'));
        assert_ne!(status.description(), status.reason(), "{code} has no docs");
        assert!(status.spec_url().is_some(), "{code} has no spec link");
    }
}

#[test]
fn unknown_codes_are_errors() {
    for code in [
        0,
        1,
        99,
        209,
        299,
        419,
        420,
        499,
        509,
        599,
        600,
        999,
        1000,
        u16::MAX,
    ] {
        assert_eq!(StatusCode::from_code(code), None, "{code}");
        assert_eq!(StatusCode::try_from(code), Err(UnknownCode::new(code)));
        // Text must have the form of a status code (three digits) to be looked up.
        let kind = if (100..=999).contains(&code) {
            ParseErrorKind::Unknown(UnknownCode::new(code))
        } else {
            ParseErrorKind::InvalidNumber
        };
        assert_eq!(
            code.to_string().parse::<StatusCode>().map_err(|e| e.kind()),
            Err(kind)
        );
    }
    // Every u16 is either a registry code or an error; nothing panics.
    let known = (0..=u16::MAX)
        .filter(|c| StatusCode::from_code(*c).is_some())
        .count();
    assert_eq!(known, 64);
}

#[test]
fn lenient_lookup_follows_rfc_9110_section_15() {
    assert_eq!(StatusCode::from_code_lenient(299), Some(StatusCode::Ok));
    assert_eq!(
        StatusCode::from_code_lenient(150),
        Some(StatusCode::Continue)
    );
    assert_eq!(
        StatusCode::from_code_lenient(399),
        Some(StatusCode::MultipleChoices)
    );
    assert_eq!(
        StatusCode::from_code_lenient(499),
        Some(StatusCode::BadRequest)
    );
    assert_eq!(
        StatusCode::from_code_lenient(599),
        Some(StatusCode::InternalServerError)
    );
    for code in [0, 99, 600, 999, u16::MAX] {
        assert_eq!(StatusCode::from_code_lenient(code), None);
    }
    for code in 100..=599 {
        let status = StatusCode::from_code_lenient(code).unwrap();
        assert_eq!(status.class(), Class::from_code(code).unwrap());
    }
}

#[test]
fn parse_errors_are_typed() {
    assert_eq!(
        "".parse::<StatusCode>().map_err(|e| e.kind()),
        Err(ParseErrorKind::Empty)
    );
    assert_eq!(
        "   ".parse::<StatusCode>().map_err(|e| e.kind()),
        Err(ParseErrorKind::Whitespace)
    );
    assert_eq!(
        "4o4".parse::<StatusCode>().map_err(|e| e.kind()),
        Err(ParseErrorKind::InvalidNumber)
    );
    assert_eq!(
        "404x".parse::<StatusCode>().map_err(|e| e.kind()),
        Err(ParseErrorKind::InvalidNumber)
    );
    assert_eq!(
        "99999999999".parse::<StatusCode>().map_err(|e| e.kind()),
        Err(ParseErrorKind::InvalidNumber)
    );
    assert_eq!(
        "404 OK".parse::<StatusCode>().map_err(|e| e.kind()),
        Err(ParseErrorKind::Mismatch(404))
    );
    assert_eq!(
        "Not Fuond".parse::<StatusCode>().map_err(|e| e.kind()),
        Err(ParseErrorKind::UnknownText)
    );
    assert_eq!(
        "-404".parse::<StatusCode>().map_err(|e| e.kind()),
        Err(ParseErrorKind::UnknownText)
    );
    // Old names are accepted.
    assert_eq!("Payload Too Large".parse(), Ok(StatusCode::ContentTooLarge));
    assert_eq!(
        "413 Request Entity Too Large".parse(),
        Ok(StatusCode::ContentTooLarge)
    );
    assert_eq!(
        "unprocessable entity".parse(),
        Ok(StatusCode::UnprocessableContent)
    );
    assert_eq!(
        "Requested Range Not Satisfiable".parse(),
        Ok(StatusCode::RangeNotSatisfiable)
    );
    assert_eq!("Request-URI Too Long".parse(), Ok(StatusCode::UriTooLong));
    // Errors display as sentences.
    assert_eq!(
        UnknownCode::new(299).to_string(),
        "299 is not a known status code"
    );
    assert!("404 OK"
        .parse::<StatusCode>()
        .unwrap_err()
        .to_string()
        .contains("404"));
}

#[test]
#[allow(deprecated)]
fn old_names_are_deprecated_constants() {
    assert_eq!(StatusCode::PayloadTooLarge, StatusCode::ContentTooLarge);
    assert_eq!(
        StatusCode::RequestEntityTooLarge,
        StatusCode::ContentTooLarge
    );
    assert_eq!(
        StatusCode::UnprocessableEntity,
        StatusCode::UnprocessableContent
    );
    assert_eq!(StatusCode::RequestUriTooLong, StatusCode::UriTooLong);
    assert_eq!(
        StatusCode::RequestedRangeNotSatisfiable,
        StatusCode::RangeNotSatisfiable
    );
    // Constants work in patterns, like the variants they stand for.
    assert!(matches!(
        StatusCode::ContentTooLarge,
        StatusCode::PayloadTooLarge
    ));
}

#[test]
#[allow(deprecated)]
fn registry_facts() {
    assert!(StatusCode::UseProxy.is_deprecated());
    assert!(StatusCode::NotExtended.is_deprecated());
    assert!(!StatusCode::NotFound.is_deprecated());
    let reserved: Vec<u16> = StatusCode::iter()
        .filter(|s| s.is_reserved())
        .map(u16::from)
        .collect();
    assert_eq!(reserved, [306, 418]);
    assert!(StatusCode::UploadResumptionSupported.is_provisional());
    assert_eq!(StatusCode::iter().filter(|s| s.is_provisional()).count(), 1);
    assert_eq!(
        StatusCode::ContentTooLarge.aliases(),
        ["Payload Too Large", "Request Entity Too Large"]
    );
}

#[test]
fn rfc_9110_semantics() {
    let cacheable: Vec<u16> = StatusCode::iter()
        .filter(|s| s.is_heuristically_cacheable())
        .map(u16::from)
        .collect();
    assert_eq!(
        cacheable,
        [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501]
    );
    let no_content: Vec<u16> = StatusCode::iter()
        .filter(|s| !s.allows_content())
        .map(u16::from)
        .collect();
    assert_eq!(no_content, [100, 101, 102, 103, 104, 204, 304]);
    let empty: Vec<u16> = StatusCode::iter()
        .filter(|s| s.must_be_empty())
        .map(u16::from)
        .collect();
    assert_eq!(empty, [100, 101, 102, 103, 104, 204, 205, 304]);
    let keep_method: Vec<u16> = StatusCode::iter()
        .filter(|s| s.preserves_method())
        .map(u16::from)
        .collect();
    assert_eq!(keep_method, [307, 308]);
    let permanent: Vec<u16> = StatusCode::iter()
        .filter(|s| s.is_permanent_redirect())
        .map(u16::from)
        .collect();
    assert_eq!(permanent, [301, 308]);
    let retry: Vec<u16> = StatusCode::iter()
        .filter(|s| s.uses_retry_after())
        .map(u16::from)
        .collect();
    assert_eq!(retry, [413, 429, 503]);
    let location: Vec<u16> = StatusCode::iter()
        .filter(|s| s.has_location())
        .map(u16::from)
        .collect();
    assert_eq!(location, [201, 301, 302, 303, 307, 308]);
    assert_eq!(
        StatusCode::Unauthorized.expected_headers(),
        ["WWW-Authenticate"]
    );
    assert_eq!(
        StatusCode::RangeNotSatisfiable.expected_headers(),
        ["Content-Range"]
    );
}

#[test]
fn const_evaluation() {
    const NOT_FOUND: StatusCode = match StatusCode::from_code(404) {
        Some(s) => s,
        None => panic!(),
    };
    const REASON: &str = NOT_FOUND.reason();
    const CLASS: Class = NOT_FOUND.class();
    const LENIENT: Option<StatusCode> = StatusCode::from_code_lenient(299);
    assert_eq!(REASON, "Not Found");
    assert_eq!(CLASS, Class::ClientError);
    assert_eq!(LENIENT, Some(StatusCode::Ok));
}

#[test]
fn class_api() {
    for class in Class::ALL {
        assert_eq!(class.pattern().parse::<Class>(), Ok(class));
        assert_eq!(class.to_string().parse::<Class>(), Ok(class));
        assert_eq!(class.name().parse::<Class>(), Ok(class));
        assert_eq!(format!("{class:?}").parse::<Class>(), Ok(class));
        assert_eq!(Class::from_code(class.generic_code()), Some(class));
        assert!(class
            .range()
            .all(|c| class.contains(c) && Class::from_code(c) == Some(class)));
        assert!(StatusCode::from_code(class.generic_code()).is_some());
    }
    assert_eq!("4XX".parse::<Class>(), Ok(Class::ClientError));
    assert_eq!(
        "6xx".parse::<Class>().map_err(|e| e.kind()),
        Err(ParseErrorKind::UnknownText)
    );
    assert_eq!(
        "".parse::<Class>().map_err(|e| e.kind()),
        Err(ParseErrorKind::Empty)
    );
    // Classes are parsed as codes are: nothing is trimmed.
    for text in [" 4xx", "4xx\n", "\tClient Error"] {
        assert_eq!(
            text.parse::<Class>().map_err(|e| e.kind()),
            Err(ParseErrorKind::Whitespace),
            "{text:?}"
        );
    }
    assert_eq!("4xx client error".parse::<Class>(), Ok(Class::ClientError));
    assert_eq!(Class::from_code(99), None);
    assert_eq!(Class::from_code(600), None);
    assert!(!Class::Informational.contains(42));
}

/// A status code is exactly three ASCII digits (RFC 9110, Section 15): other
/// numbers are refused, whatever they would add up to.
#[test]
fn from_str_takes_exactly_three_digits() {
    for text in [
        "0404",
        "00404",
        "40",
        "4040",
        "404\u{2003}Not Found",
        "404\tNot Found",
        "+404",
        "４０４",
    ] {
        let err = text.parse::<StatusCode>().unwrap_err();
        assert!(
            matches!(
                err.kind(),
                ParseErrorKind::InvalidNumber | ParseErrorKind::UnknownText
            ),
            "{text:?}: {err:?}"
        );
    }
    // The documented forms still parse.
    for text in [
        "404",
        "404 Not Found",
        "404 not found",
        "404 NotFound",
        "not found",
        "NotFound",
        "Not Found",
    ] {
        assert_eq!(text.parse(), Ok(StatusCode::NotFound), "{text:?}");
    }
}

/// `FromStr` takes the text as it is, as `str::parse::<u16>` and `http` do:
/// white space or a control character at either end is an error that says so,
/// never trimmed away. Inside, a number is followed by exactly one space.
#[test]
fn from_str_does_not_trim() {
    for text in [
        " 404",
        "404 ",
        "\t404",
        "404\n",
        "404 Not Found\r\n",
        " Not Found",
        "Not Found ",
        "NotFound\0",
        "404\u{a0}",
        "\u{a0}404",
        "\u{2003}not found",
        " ",
        "\r\n",
    ] {
        assert_eq!(
            text.parse::<StatusCode>().map_err(|e| e.kind()),
            Err(ParseErrorKind::Whitespace),
            "{text:?}"
        );
        assert_eq!(
            http::StatusCode::from_bytes(text.as_bytes()).ok(),
            None,
            "http refuses {text:?} as well"
        );
    }
    assert_eq!(
        " 404".parse::<StatusCode>().unwrap_err().to_string(),
        "the text starts or ends with white space or a control character: a status code is parsed as it is, without trimming"
    );
    assert_eq!(
        "404  Not Found".parse::<StatusCode>().map_err(|e| e.kind()),
        Err(ParseErrorKind::Mismatch(404))
    );
    assert_eq!(
        "".parse::<StatusCode>().map_err(|e| e.kind()),
        Err(ParseErrorKind::Empty)
    );
    // `Method` does the same.
    assert!(" GET".parse::<codes_core::Method>().is_err());
}

/// A renamed code's former names parse as names, as its current one does: each
/// deprecated constant's name, which is its alias with the spaces and hyphens
/// left out, in any ASCII case, alone or after the number.
#[test]
#[allow(deprecated)]
fn former_names_parse_as_names() {
    for (name, status) in [
        ("PayloadTooLarge", StatusCode::PayloadTooLarge),
        ("RequestEntityTooLarge", StatusCode::RequestEntityTooLarge),
        ("RequestUriTooLong", StatusCode::RequestUriTooLong),
        (
            "RequestedRangeNotSatisfiable",
            StatusCode::RequestedRangeNotSatisfiable,
        ),
        ("UnprocessableEntity", StatusCode::UnprocessableEntity),
    ] {
        assert_eq!(name.parse(), Ok(status), "{name}");
        assert_eq!(name.to_ascii_lowercase().parse(), Ok(status), "{name}");
        assert_eq!(format!("{} {name}", status.code()).parse(), Ok(status));
        assert_eq!(
            status.name().parse(),
            Ok(status),
            "the current name still parses"
        );
    }
    assert_eq!("RequestURITooLong".parse(), Ok(StatusCode::UriTooLong));
    assert_eq!("ContentTooLarge".parse(), Ok(StatusCode::ContentTooLarge));
    // Every alias of every code gives a former name.
    for status in StatusCode::ALL {
        for alias in status.aliases() {
            let name: String = alias.chars().filter(char::is_ascii_alphanumeric).collect();
            assert_eq!(name.parse(), Ok(status), "{alias}");
        }
    }
    // A former name with a space in it is not a name.
    assert_eq!(
        "Payload TooLarge"
            .parse::<StatusCode>()
            .map_err(|e| e.kind()),
        Err(ParseErrorKind::UnknownText)
    );
}

/// The derive checks the registry's statuses by name and by number without
/// asking the compiler, from a list of its own: that list is every variant of
/// `StatusCode` (both ways, with its code), and each former name in it is a
/// constant of `StatusCode` with that code.
#[path = "../codes-macros/src/derive/registry.rs"]
mod derive_registry;

#[test]
fn the_derives_list_of_names_is_the_registrys() {
    use derive_registry::{Name, REGISTRY};
    let registry: Vec<(String, u16)> = StatusCode::iter()
        .map(|s| (format!("{s:?}"), s.code()))
        .collect();
    let variants: Vec<(String, u16)> = REGISTRY
        .iter()
        .filter(|&&(_, _, kind)| kind == Name::Variant)
        .map(|&(name, code, _)| (name.to_string(), code))
        .collect();
    for entry in &registry {
        assert!(
            variants.contains(entry),
            "{entry:?} is missing from the derive's list"
        );
    }
    for entry in &variants {
        assert!(
            registry.contains(entry),
            "{entry:?} is not a variant of StatusCode"
        );
    }
    assert_eq!(variants, registry, "the same variants, in the same order");

    // Each former name of the list, as a path: it must be a constant with its code.
    macro_rules! former {
        ($($name:ident),* $(,)?) => {{
            #[allow(deprecated)]
            let constants: Vec<(String, u16)> =
                vec![$((stringify!($name).to_string(), StatusCode::$name.code())),*];
            constants
        }};
    }
    let constants = former![
        PayloadTooLarge,
        RequestEntityTooLarge,
        RequestUriTooLong,
        RequestedRangeNotSatisfiable,
        UnprocessableEntity,
    ];
    let formers: Vec<(String, u16)> = REGISTRY
        .iter()
        .filter(|&&(_, _, kind)| kind == Name::Former)
        .map(|&(name, code, _)| (name.to_string(), code))
        .collect();
    assert_eq!(formers, constants);
}
