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
        let expected = C::ALL.iter().copied().find(|c| c.code() == n);
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
        assert_eq!(Code::class(shop), Some(shop.class()));
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
