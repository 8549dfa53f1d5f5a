//! `extends`: an extension of the registry from another crate, an extension of
//! that extension from a third crate, and one in a nested module. Each must hold
//! every base code plus its own, and convert to and from its base.

use codes_core::{Class, Code, StatusCode, UnknownCode};
use codes_ext_api::ApiStatus;
use codes_ext_edge::{nested::Deeper, EdgeStatus};

/// Every property a `codes!` enum promises, on every code of `C`.
fn round_trips<C: Code>() {
    for code in C::all() {
        let n = code.code();
        assert_eq!(C::from_code(n), Some(code));
        assert_eq!(C::try_from(n), Ok(code));
        assert_eq!(code.into(), n);
        assert_eq!(code.to_string().parse::<C>(), Ok(code));
        assert_eq!(n.to_string().parse::<C>(), Ok(code));
        assert_eq!(code.reason().parse::<C>(), Ok(code));
        assert_eq!(code.name().parse::<C>(), Ok(code));
        assert_eq!(code.http_class(), Class::from_code(n));
    }
    assert!(C::CODES.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn extension_holds_every_registry_code_and_its_own() {
    assert_eq!(ApiStatus::COUNT, StatusCode::COUNT + 2);
    for status in StatusCode::iter() {
        let api = ApiStatus::from(status);
        assert_eq!(api.code(), status.code());
        assert_eq!(api.reason(), status.reason());
        assert_eq!(api.name(), status.name());
        assert_eq!(api.description(), status.description());
        assert_eq!(api.spec(), status.spec());
        assert_eq!(api.aliases(), status.aliases());
        assert_eq!(api.is_deprecated(), status.is_deprecated());
        assert_eq!(StatusCode::try_from(api), Ok(status));
        assert_eq!(api, status);
        assert_eq!(status, api);
    }
    assert_eq!(ApiStatus::ClientClosedRequest.code(), 499);
    assert_eq!(
        ApiStatus::ClientClosedRequest.to_string(),
        "499 Client Closed Request"
    );
    assert_eq!(ApiStatus::ClientClosedRequest.class(), Class::ClientError);
    assert_eq!(
        ApiStatus::ClientClosedRequest.description(),
        "The client closed the connection before the server answered (nginx's 499)."
    );
    assert_eq!(
        StatusCode::try_from(ApiStatus::ClientClosedRequest),
        Err(UnknownCode::new(499))
    );
    assert_eq!("payload too large".parse(), Ok(ApiStatus::ContentTooLarge));
    assert_eq!(
        ApiStatus::from_code_lenient(498),
        Some(ApiStatus::BadRequest)
    );
    assert_eq!(
        ApiStatus::from_code_lenient(499),
        Some(ApiStatus::ClientClosedRequest)
    );
}

#[test]
fn extension_of_an_extension_across_crates() {
    assert_eq!(EdgeStatus::COUNT, ApiStatus::COUNT + 2);
    for api in ApiStatus::iter() {
        let edge = EdgeStatus::from(api);
        assert_eq!(edge.code(), api.code());
        assert_eq!(ApiStatus::try_from(edge), Ok(api));
        assert_eq!(edge, api);
    }
    assert_eq!(
        EdgeStatus::from_code(499),
        Some(EdgeStatus::ClientClosedRequest)
    );
    assert_eq!(EdgeStatus::from_code(530), Some(EdgeStatus::OriginDnsError));
    assert_eq!(
        ApiStatus::try_from(EdgeStatus::OriginDnsError),
        Err(UnknownCode::new(530))
    );
    assert_eq!(Deeper::COUNT, EdgeStatus::COUNT + 1);
    assert_eq!(Deeper::from(EdgeStatus::OriginDnsError).code(), 530);
    assert_eq!(Deeper::Custom.code(), 555);
}

#[test]
fn exhaustive_matches_agree_with_code() {
    for api in ApiStatus::iter() {
        assert_eq!(codes_ext_api::exhaustive(api), api.code());
    }
    for edge in EdgeStatus::iter() {
        assert_eq!(codes_ext_edge::exhaustive(edge), edge.code());
    }
}

#[test]
fn every_enum_round_trips() {
    round_trips::<StatusCode>();
    round_trips::<ApiStatus>();
    round_trips::<EdgeStatus>();
    round_trips::<Deeper>();
}

#[test]
fn sizes_stay_two_bytes() {
    assert_eq!(std::mem::size_of::<ApiStatus>(), 2);
    assert_eq!(std::mem::size_of::<Option<EdgeStatus>>(), 2);
}

/// Extending by a path imported with `use`, inside this crate.
mod local {
    use codes_ext_api::ApiStatus as Base;

    codes_core::codes! {
        pub enum Local extends Base {
            /// Local.
            456 Extra = "Extra",
        }
    }

    #[test]
    fn extends_an_imported_name() {
        assert_eq!(Local::from(Base::NotFound), Local::NotFound);
        assert_eq!(Local::Extra.code(), 456);
    }
}

/// Extensions of extensions convert with the registry directly (it declares its
/// path), through their bases: two and three levels down, across crates.
#[test]
fn conversions_with_the_registry_at_any_depth() {
    for status in StatusCode::iter() {
        let edge = EdgeStatus::from(status);
        assert_eq!(edge.code(), status.code());
        assert_eq!(StatusCode::try_from(edge), Ok(status));
        assert_eq!(edge, status);
        assert_eq!(status, edge);
        let deeper = Deeper::from(status);
        assert_eq!(StatusCode::try_from(deeper), Ok(status));
        assert_eq!(deeper, status);
    }
    assert_eq!(
        StatusCode::try_from(EdgeStatus::OriginDnsError),
        Err(UnknownCode::new(530))
    );
    assert_eq!(
        StatusCode::try_from(EdgeStatus::ClientClosedRequest),
        Err(UnknownCode::new(499))
    );
    assert_eq!(
        StatusCode::try_from(Deeper::Custom),
        Err(UnknownCode::new(555))
    );
}

/// `#[status(transparent)]` on a field whose status is the registry's, inside an
/// error whose code enum is an extension of an extension.
#[test]
fn transparent_through_two_levels() {
    use codes_core::Status;

    #[derive(Debug, Status)]
    #[status(Gone)]
    struct Removed;

    #[derive(Debug, Status)]
    enum EdgeError {
        #[status(EdgeStatus::OriginDnsError)]
        Dns,
        #[status(transparent)]
        Removed(Removed),
    }

    assert_eq!(EdgeError::Dns.status(), EdgeStatus::OriginDnsError);
    assert_eq!(EdgeError::Removed(Removed).status(), EdgeStatus::Gone);
}

/// Extensions keep RFC 9110's semantics, at any depth; their own codes get the
/// rules RFC 9110 gives an unrecognised code of their class.
#[test]
fn extensions_keep_rfc_9110_semantics() {
    use codes_core::unofficial::UnofficialStatus;

    assert!(!ApiStatus::NoContent.allows_content());
    assert!(ApiStatus::NoContent.must_be_empty());
    assert!(ApiStatus::ResetContent.must_be_empty());
    assert!(ApiStatus::NotFound.is_heuristically_cacheable());
    assert!(ApiStatus::TemporaryRedirect.preserves_method());
    assert!(ApiStatus::PermanentRedirect.is_permanent_redirect());
    assert!(ApiStatus::Created.has_location());
    assert!(ApiStatus::TooManyRequests.uses_retry_after());
    assert_eq!(ApiStatus::MethodNotAllowed.expected_headers(), ["Allow"]);
    assert!(ApiStatus::ImATeapot.is_reserved());
    assert!(ApiStatus::UploadResumptionSupported.is_provisional());
    // Depth two, in another crate.
    assert!(!EdgeStatus::NotModified.allows_content());
    assert!(EdgeStatus::ServiceUnavailable.uses_retry_after());
    assert!(!Deeper::NoContent.allows_content());
    // The unofficial codes: content allowed, never heuristically cacheable.
    assert!(UnofficialStatus::ClientClosedRequest.allows_content());
    assert!(!UnofficialStatus::ClientClosedRequest.is_heuristically_cacheable());
    assert!(!ApiStatus::ClientClosedRequest.is_heuristically_cacheable());
    // Every inherited code answers as the registry does.
    for status in StatusCode::iter() {
        let api = ApiStatus::from(status);
        let edge = EdgeStatus::from(status);
        let unofficial = UnofficialStatus::from(status);
        for (a, b) in [
            (status.allows_content(), api.allows_content()),
            (status.must_be_empty(), edge.must_be_empty()),
            (
                status.is_heuristically_cacheable(),
                unofficial.is_heuristically_cacheable(),
            ),
            (status.preserves_method(), api.preserves_method()),
            (status.uses_retry_after(), edge.uses_retry_after()),
            (status.has_location(), unofficial.has_location()),
        ] {
            assert_eq!(a, b, "{status}");
        }
        assert_eq!(status.expected_headers(), api.expected_headers());
    }
    // `const fn`, like the registry's.
    const { assert!(ApiStatus::NoContent.must_be_empty()) };
}

/// A method list extended in one crate (`codes-ext-api`) and again in another
/// (`codes-ext-edge`): the hidden list macro is exported and replayed across crates.
#[test]
fn method_extension_of_an_extension_across_crates() {
    use codes_core::{HttpMethod, Method};
    use codes_ext_api::ApiMethod;
    use codes_ext_edge::EdgeMethod;

    assert_eq!(EdgeMethod::ALL.len(), Method::ALL.len() + 2);
    assert_eq!(EdgeMethod::from(ApiMethod::Purge), EdgeMethod::Purge);
    assert_eq!(ApiMethod::try_from(EdgeMethod::Purge), Ok(ApiMethod::Purge));
    let ban = ApiMethod::try_from(EdgeMethod::Ban).unwrap_err();
    assert_eq!(ban.input(), "BAN");
    assert_eq!(
        ban.to_string(),
        "`BAN` is not among the methods of `ApiMethod`"
    );
    // The inherited methods keep the registry's facts and docs.
    for method in Method::iter() {
        let ours = EdgeMethod::from(ApiMethod::from(method));
        assert_eq!(ours.as_str(), method.as_str());
        assert_eq!(ours.is_safe(), method.is_safe());
        assert_eq!(ours.is_idempotent(), method.is_idempotent());
        assert_eq!(ours.is_cacheable(), method.is_cacheable());
        assert_eq!(ours.request_content(), method.request_content());
        assert_eq!(ours.description(), method.description());
        assert_eq!(ours.spec(), method.spec());
    }
    assert!(EdgeMethod::Purge.is_idempotent());
    // Two steps from the registry, which declares its path: conversions with it too.
    assert_eq!(EdgeMethod::from(Method::Query), EdgeMethod::Query);
    assert_eq!(Method::try_from(EdgeMethod::Get), Ok(Method::Get));
    let purge = Method::try_from(EdgeMethod::Purge).unwrap_err();
    assert_eq!(
        purge.to_string(),
        "`PURGE` is not among the methods of `Method`"
    );
    assert_eq!(
        Method::try_from(EdgeMethod::Ban).unwrap_err().input(),
        "BAN"
    );
    assert_eq!(<EdgeMethod as HttpMethod>::TYPE_NAME, "EdgeMethod");
}
