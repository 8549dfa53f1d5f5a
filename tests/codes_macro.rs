//! `codes!` on lists other than the registry: what passes through, and lookups
//! agreeing with a naive scan on every `u16`.

use codes_core::{Code, StatusCode};

codes_core::codes! {
    /// Declared out of order, with enum attributes to pass through.
    #[non_exhaustive]
    #[allow(clippy::enum_variant_names)]
    #[doc(alias = "shop")]
    pub enum Shop {
        /// Out of stock.
        ///
        /// More text that is not part of the description.
        #[spec("https://shop.example/errors#409")]
        409 OutOfStock = "Out Of Stock",
        #[doc(alias = "purchased")]
        200 Sold = "Sold",
        #[spec("draft-ietf-httpbis-resumable-upload-05")]
        104 Pending = "Pending",
        #[spec("RFC 6585")]
        429 Slow = "Slow Down",
        #[spec("Internal wiki")]
        500 Broken = "Broken",
    }
}

codes_core::codes! {
    /// Two codes far apart: the lookup is a binary search, not a table.
    pub enum Wide {
        100 First = "First",
        150 Middle = "Middle",
        599 Last = "Last",
    }
}

codes_core::codes! {
    /// Every code of a class: the lookup is a dense table.
    pub enum Dense {
        200 A = "A",
        201 B = "B",
        203 C = "C",
    }
}

#[test]
fn entries_are_sorted_whatever_the_declaration_order() {
    let codes: Vec<u16> = Shop::iter().map(Shop::code).collect();
    assert_eq!(codes, [104, 200, 409, 429, 500]);
    assert!(Shop::Pending < Shop::Sold && Shop::Sold < Shop::Broken);
}

#[test]
fn description_is_the_first_paragraph_or_the_phrase() {
    assert_eq!(Shop::OutOfStock.description(), "Out of stock.");
    assert_eq!(Shop::Sold.description(), "Sold");
}

#[test]
fn spec_links() {
    assert_eq!(
        Shop::OutOfStock.spec_url(),
        Some("https://shop.example/errors#409")
    );
    assert_eq!(
        Shop::Pending.spec_url(),
        Some("https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-05")
    );
    assert_eq!(
        Shop::Slow.spec_url(),
        Some("https://www.rfc-editor.org/rfc/rfc6585")
    );
    assert_eq!(Shop::Broken.spec(), Some("Internal wiki"));
    assert_eq!(Shop::Broken.spec_url(), None);
    assert_eq!(Shop::Sold.spec(), None);
    assert_eq!(
        StatusCode::NotFound.spec_url(),
        Some("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5")
    );
}

/// `from_code` against a linear scan of `ALL`, for every possible input.
fn agrees_with_scan<C: Code>() {
    for n in 0..=u16::MAX {
        let expected = C::all().find(|c| c.code() == n);
        assert_eq!(C::from_code(n), expected, "{} {n}", C::TYPE_NAME);
        assert_eq!(C::try_from(n).ok(), expected);
    }
}

#[test]
fn lookups_agree_with_a_scan_on_every_u16() {
    agrees_with_scan::<StatusCode>();
    agrees_with_scan::<Shop>();
    agrees_with_scan::<Wide>();
    agrees_with_scan::<Dense>();
}

#[test]
fn lenient_lookup_needs_the_x00_code() {
    assert_eq!(Dense::from_code_lenient(250), Some(Dense::A));
    assert!(Dense::from_code_lenient(450).is_none());
    assert_eq!(Wide::from_code_lenient(199), Some(Wide::First));
}

#[test]
fn trait_and_inherent_agree() {
    for shop in Shop::iter() {
        assert_eq!(Code::reason(shop), shop.reason());
        assert_eq!(Code::http_class(shop), Some(shop.class()));
        assert_eq!(Code::name(shop), format!("{shop:?}"));
    }
    assert_eq!(<Shop as Code>::TYPE_NAME, "Shop");
}

codes_core::codes! {
    /// Docs written with `#[doc = "..."]` may hold line breaks and control characters.
    pub enum Sneaky {
        #[doc = "Looks fine\r\nSet-Cookie: admin=1\u{7}\tand more."]
        #[doc = ""]
        #[doc = "Second paragraph."]
        400 Sneaky = "Sneaky",
    }
}

#[test]
fn descriptions_never_hold_line_breaks_or_control_characters() {
    assert_eq!(
        Sneaky::Sneaky.description(),
        "Looks fine Set-Cookie: admin=1 and more."
    );
    for text in [
        Sneaky::Sneaky.description(),
        Sneaky::Sneaky.reason(),
        Sneaky::Sneaky.label(),
    ] {
        assert!(!text.chars().any(char::is_control), "{text:?}");
    }
}

/// The same `pub` list in two modules (a v1 and a v2 of an API): each gets its
/// own hidden list macro, so both compile, and each can be extended.
mod v1 {
    codes_core::codes! {
        /// Version 1.
        pub enum ApiCode {
            /// Fine.
            200 Fine = "Fine",
        }
    }
}

mod v2 {
    codes_core::codes! {
        /// Version 2, the same list.
        pub enum ApiCode {
            /// Fine.
            200 Fine = "Fine",
        }
    }

    codes_core::codes! {
        /// Extends version 2.
        pub enum More extends super::v2::ApiCode {
            /// Moved.
            301 Moved = "Moved",
        }
    }
}

#[test]
fn same_list_in_two_modules() {
    assert_eq!(v1::ApiCode::Fine.code(), v2::ApiCode::Fine.code());
    assert_eq!(v2::More::from(v2::ApiCode::Fine), v2::More::Fine);
    assert_eq!(v2::More::Moved.code(), 301);
}

codes_core::codes! {
    /// A family with acronyms in its class names.
    #[codes(range = 1000..=9999, classes(1000..=1999 HTTPAuth, 2000..=2999 IOError, 3000..=3999 Billing))]
    pub enum AppCode {
        /// Bad token.
        1001 BadToken = "Bad token",
        /// Disk full.
        2001 DiskFull = "Disk full",
        /// Declined.
        3001 Declined = "Declined",
    }
}

#[test]
fn family_messages_name_the_family() {
    let unknown = AppCode::try_from(1500).unwrap_err();
    assert_eq!(
        unknown.to_string(),
        "1500 is not a code of AppCode (4 digits, from 1000 to 9999)"
    );
    assert_eq!(unknown, codes_core::UnknownCode::of::<AppCode>(1500));
    assert_ne!(unknown, codes_core::UnknownCode::new(1500));
    let parse = |text: &str| text.parse::<AppCode>().unwrap_err().to_string();
    assert_eq!(
        parse("1500"),
        "1500 is not a code of AppCode (4 digits, from 1000 to 9999)"
    );
    assert_eq!(
        parse("01001"),
        "not a code of AppCode number: expected 4 digits, from 1000 to 9999"
    );
    assert_eq!(parse(""), "empty text is not a code of AppCode");
    assert_eq!(
        parse("nope"),
        "not a known code of AppCode, reason phrase or name"
    );
    // HTTP enums keep speaking of status codes.
    assert_eq!(
        "4040".parse::<StatusCode>().unwrap_err().to_string(),
        "not a status code number: expected 3 digits such as 404"
    );
    // A family whose codes differ in width says so.
    codes_core::codes! {
        #[codes(range = 1..=500)]
        enum Small {
            7 Seven = "Seven",
        }
    }
    assert_eq!(
        Small::try_from(8).unwrap_err().to_string(),
        "8 is not a code of Small (a number from 1 to 500)"
    );
    assert_eq!(Small::from_code(7), Some(Small::Seven));
}

#[test]
fn class_methods_spell_acronyms_as_rust_does() {
    assert!(AppCode::BadToken.is_http_auth());
    assert!(AppCode::DiskFull.is_io_error());
    assert!(AppCode::Declined.is_billing());
    assert!(!AppCode::Declined.is_http_auth());
    assert_eq!(AppCode::BadToken.class(), AppCodeClass::HTTPAuth);
}

#[test]
fn error_debug_names_the_family_briefly() {
    assert_eq!(
        format!("{:?}", StatusCode::try_from(299).unwrap_err()),
        "UnknownCode { code: 299, family: HTTP }"
    );
    assert_eq!(
        format!("{:?}", AppCode::try_from(1500).unwrap_err()),
        "UnknownCode { code: 1500, family: AppCode(1000..=9999) }"
    );
    assert_eq!(
        format!("{:?}", "0404".parse::<StatusCode>().unwrap_err()),
        "ParseError { kind: InvalidNumber, family: HTTP }"
    );
}

codes_core::codes! {
    /// A family with Unicode phrases (not HTTP: they never reach a status
    /// line), a phrase that starts with a digit, aliases and former names.
    #[codes(range = 1000..=1999)]
    pub enum Auth {
        #[alias("Second factor needed")]
        1001 TwoFactor = "2FA Required",
        1002 Locked = "Compte verrouillé",
        #[alias("Token-Expired")]
        1003 Expired = "Expired",
        1004 Stories = "1001 Nights",
    }
}

#[test]
fn every_text_form_parses_as_it_is() {
    assert_eq!("2FA Required".parse(), Ok(Auth::TwoFactor));
    assert_eq!("1001 2FA Required".parse(), Ok(Auth::TwoFactor));
    assert_eq!("SecondFactorNeeded".parse(), Ok(Auth::TwoFactor));
    assert_eq!("compte verrouillé".parse(), Ok(Auth::Locked));
    assert_eq!("TokenExpired".parse(), Ok(Auth::Expired));
    assert_eq!("tokenexpired".parse(), Ok(Auth::Expired));
    assert_eq!("1003 TokenExpired".parse(), Ok(Auth::Expired));
    assert_eq!("1001 Nights".parse(), Ok(Auth::Stories));
    assert_eq!("1004 1001 Nights".parse(), Ok(Auth::Stories));
    use codes_core::ParseErrorKind::{InvalidNumber, Whitespace};
    let kind = |text: &str| text.parse::<Auth>().map_err(|e| e.kind());
    assert_eq!(kind("2FA"), Err(InvalidNumber));
    assert_eq!(kind(" 1001"), Err(Whitespace));
    assert_eq!(kind("1001\n"), Err(Whitespace));
}

codes_core::codes! {
    /// Codes of one to three digits in a family that is not HTTP's: no
    /// leading zero, as in any decimal number.
    #[codes(range = 0..=999)]
    pub enum Small {
        0 Zero = "Zero",
        5 Five = "Five",
        50 Fifty = "Fifty",
        123 Many = "Many",
    }
}

#[test]
fn three_digits_of_another_family() {
    use codes_core::ParseErrorKind::{InvalidNumber, Unknown};
    use codes_core::UnknownCode;
    let kind = |text: &str| text.parse::<Small>().map_err(|e| e.kind());
    assert_eq!(kind("123"), Ok(Small::Many));
    assert_eq!(kind("0"), Ok(Small::Zero));
    assert_eq!(kind("5"), Ok(Small::Five));
    assert_eq!(kind("50"), Ok(Small::Fifty));
    for text in ["005", "050", "000", "00", "0123", "12:", "1:3", "12?"] {
        assert_eq!(kind(text), Err(InvalidNumber), "{text:?}");
    }
    assert_eq!(kind(":23"), Err(codes_core::ParseErrorKind::UnknownText));
    assert_eq!(kind("124"), Err(Unknown(UnknownCode::of::<Small>(124))));
    // Every number of up to four digits, written plainly or with leading zeros.
    for n in 0..10_000u16 {
        for text in [n.to_string(), format!("{n:03}")] {
            let plain = text == n.to_string();
            match Small::from_code(n) {
                Some(code) if plain => assert_eq!(kind(&text), Ok(code)),
                _ => assert!(kind(&text).is_err(), "{text:?}"),
            }
        }
    }
}

codes_core::codes! {
    /// Variants named like the tables and helpers the expansion uses, and like
    /// the hidden items enums once had: none is an item of the enum, so no name
    /// but those of its documented items is reserved. (Codes far apart: the
    /// position lookup is the binary search `search`.)
    #[codes(range = 1000..=9999)]
    #[allow(non_camel_case_types)]
    pub enum Unreserved {
        1000 index = "Index",
        2000 search = "Search",
        3000 REASON = "Reason",
        4000 from_high_byte_15 = "From high byte",
        5000 __codes_index = "Codes index",
        9999 __CODES_REASON = "Codes reason",
    }
}

#[test]
fn names_of_tables_and_helpers_are_free_for_variants() {
    assert_eq!(Unreserved::search.reason(), "Search");
    assert_eq!(Unreserved::REASON.label(), "3000 Reason");
    assert_eq!(Unreserved::from_code(5000), Some(Unreserved::__codes_index));
    assert_eq!(Unreserved::__CODES_REASON.name(), "__CODES_REASON");
    for (i, code) in Unreserved::ALL.into_iter().enumerate() {
        assert_eq!(code.code(), Unreserved::CODES[i]);
        assert_eq!(code.description(), code.reason());
        assert!(!code.is_deprecated());
    }
    assert_eq!(Unreserved::index.to_string(), "1000 Index");
}
