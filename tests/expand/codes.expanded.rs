//! `codes!`: an HTTP list, with docs, `#[spec]`, `#[alias]` and `#[deprecated]`.
//! (Its codes are close together: the lookup tables have a slot for every code
//! between the first and the last.)

#[doc = " The statuses of a small service."]
#[doc = ""]
#[doc = " # Codes"]
#[doc = ""]
#[doc = " ## 4xx client error"]
#[doc = ""]
#[doc = " | Code | Reason phrase | Meaning | Specification |"]
#[doc = " |-----:|---------------|---------|---------------|"]
#[doc =
" | 400 | [`Bad Order`](Self::BadOrder) | The order is not well formed. | [RFC 9110, Section 15.5.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1) |"]
#[doc =
" | 409 | [`Out Of Stock`](Self::OutOfStock) | The item is out of stock. | [https://shop.example/errors#409](https://shop.example/errors#409) |"]
#[doc =
" | 410 | [`Discontinued`](Self::Discontinued) | The old way to say the item is gone. |  |"]
#[doc = ""]
#[repr(u16)]
pub enum ShopStatus {

    #[doc =
    " **`400 Bad Order`** · 4xx client error · [RFC 9110, Section 15.5.1](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1)"]
    #[doc = ""]
    #[doc = " The order is not well formed."]
    #[doc = ""]
    #[doc = " More text that is not part of the description."]
    BadOrder = 400,

    #[doc =
    " **`409 Out Of Stock`** · 4xx client error · [https://shop.example/errors#409](https://shop.example/errors#409) · also known as “Sold Out”"]
    #[doc = ""]
    #[doc = " The item is out of stock."]
    OutOfStock = 409,

    #[doc = " **`410 Discontinued`** · 4xx client error"]
    #[doc = ""]
    #[doc = " The old way to say the item is gone."]
    #[deprecated(note = "use `OutOfStock`")]
    Discontinued = 410,
}
#[automatically_derived]
impl ::core::marker::Copy for ShopStatus { }
#[automatically_derived]
#[doc(hidden)]
unsafe impl ::core::clone::TrivialClone for ShopStatus { }
#[automatically_derived]
impl ::core::clone::Clone for ShopStatus {
    #[inline]
    fn clone(&self) -> ShopStatus { *self }
}
#[automatically_derived]
impl ::core::marker::StructuralPartialEq for ShopStatus { }
#[automatically_derived]
impl ::core::cmp::PartialEq for ShopStatus {
    #[inline]
    fn eq(&self, other: &ShopStatus) -> bool {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        let __arg1_discr = ::core::intrinsics::discriminant_value(other);
        __self_discr == __arg1_discr
    }
}
#[automatically_derived]
impl ::core::cmp::Eq for ShopStatus {
    #[doc(hidden)]
    #[coverage(off)]
    fn assert_fields_are_eq(&self) {}
}
#[automatically_derived]
impl ::core::hash::Hash for ShopStatus {
    #[inline]
    fn hash<__H: ::core::hash::Hasher>(&self, state: &mut __H) {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        ::core::hash::Hash::hash(&__self_discr, state)
    }
}
#[automatically_derived]
impl ::core::cmp::PartialOrd for ShopStatus {
    #[inline]
    fn partial_cmp(&self, other: &ShopStatus)
        -> ::core::option::Option<::core::cmp::Ordering> {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        let __arg1_discr = ::core::intrinsics::discriminant_value(other);
        ::core::cmp::PartialOrd::partial_cmp(&__self_discr, &__arg1_discr)
    }
}
#[automatically_derived]
impl ::core::cmp::Ord for ShopStatus {
    #[inline]
    fn cmp(&self, other: &ShopStatus) -> ::core::cmp::Ordering {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        let __arg1_discr = ::core::intrinsics::discriminant_value(other);
        ::core::cmp::Ord::cmp(&__self_discr, &__arg1_discr)
    }
}
#[allow(deprecated, unused_qualifications, clippy :: match_same_arms, clippy
:: too_many_lines, clippy :: unreadable_literal, clippy ::
missing_const_for_fn, clippy :: must_use_candidate, clippy :: use_self)]
const _: () =
    {
        const _: () =
            {
                const NAME: [&'static ::core::primitive::str; 3usize] =
                    ["BadOrder", "OutOfStock", "Discontinued"];
                const DESCRIPTION: [&'static ::core::primitive::str; 3usize] =
                    ["The order is not well formed.",
                            "The item is out of stock.",
                            "The old way to say the item is gone."];
                const SPEC: [&'static ::core::primitive::str; 3usize] =
                    ["RFC 9110, Section 15.5.1",
                            "https://shop.example/errors#409", ""];
                const SPEC_URL: [&'static ::core::primitive::str; 3usize] =
                    ["https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
                            "https://shop.example/errors#409", ""];
                const REASON: [&'static ::core::primitive::str; 3usize] =
                    ["Bad Order", "Out Of Stock", "Discontinued"];
                const CODE_STR: [&'static ::core::primitive::str; 3usize] =
                    ["400", "409", "410"];
                const LABEL: [&'static ::core::primitive::str; 3usize] =
                    ["400 Bad Order", "409 Out Of Stock", "410 Discontinued"];
                const DEPRECATED: [::core::primitive::bool; 3usize] =
                    [false, false, true];
                #[inline]
                const fn index(value: ShopStatus)
                    -> ::core::primitive::usize {
                    const SLOTS: [::core::primitive::u8; 11usize] =
                        [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2];
                    SLOTS[(value as ::core::primitive::u16 - 400) as
                                ::core::primitive::usize] as ::core::primitive::usize
                }
                impl ShopStatus {
                    #[doc =
                    " Every code of [`ShopStatus`], in ascending order (3 codes, 400 to 410)."]
                    pub const ALL: [ShopStatus; 3usize] =
                        [ShopStatus::BadOrder, ShopStatus::OutOfStock,
                                ShopStatus::Discontinued];
                    #[doc =
                    r" Every numeric code, in ascending order: `CODES[i]` is `ALL[i].code()`."]
                    pub const CODES: [::core::primitive::u16; 3usize] =
                        [400, 409, 410];
                    #[doc = r" The number of codes in the enum."]
                    pub const COUNT: ::core::primitive::usize = 3usize;
                    #[doc = r" The numeric code, e.g. `404`."]
                    #[must_use]
                    #[inline]
                    pub const fn code(self) -> ::core::primitive::u16 {
                        self as ::core::primitive::u16
                    }
                    #[doc =
                    r" The variant with this numeric code, or `None` if the enum has none."]
                    #[doc = r""]
                    #[doc =
                    r" This never panics: every `u16` is a valid input."]
                    #[must_use]
                    #[inline]
                    pub const fn from_code(code: ::core::primitive::u16)
                        -> ::core::option::Option<ShopStatus> {
                        const TABLE: [::core::option::Option<ShopStatus>; 11usize] =
                            [::core::option::Option::Some(ShopStatus::BadOrder),
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::Some(ShopStatus::OutOfStock),
                                    ::core::option::Option::Some(ShopStatus::Discontinued)];
                        let index =
                            code.wrapping_sub(400) as ::core::primitive::usize;
                        if index < 11usize {
                            TABLE[index]
                        } else { ::core::option::Option::None }
                    }
                    #[doc =
                    " An iterator over every code, in ascending order: the variants of [`ALL`](Self::ALL), without reading that constant (see [`Code::all`](::codes_core::Code::all))."]
                    #[inline]
                    pub fn iter()
                        -> ::codes_core::__private_v0_1::Iter<ShopStatus> {
                        <ShopStatus as ::codes_core::__private_v0_1::Code>::all()
                    }
                    #[doc = " The reason phrase, e.g. `\"Not Found\"`."]
                    #[must_use]
                    #[inline]
                    pub const fn reason(self)
                        -> &'static ::core::primitive::str {
                        REASON[index(self)]
                    }
                    #[doc =
                    " The code as decimal text, e.g. `\"404\"`, without formatting an integer."]
                    #[must_use]
                    #[inline]
                    pub const fn code_str(self)
                        -> &'static ::core::primitive::str {
                        CODE_STR[index(self)]
                    }
                    #[doc =
                    " The code and the reason phrase, e.g. `\"404 Not Found\"`: what `Display` writes."]
                    #[must_use]
                    #[inline]
                    pub const fn label(self)
                        -> &'static ::core::primitive::str {
                        LABEL[index(self)]
                    }
                    #[doc = " The variant's name, e.g. `\"NotFound\"`."]
                    #[must_use]
                    #[inline]
                    pub const fn name(self) -> &'static ::core::primitive::str {
                        NAME[index(self)]
                    }
                    #[doc =
                    " A one-sentence description: the first paragraph of the variant's docs, or the reason phrase if it has none."]
                    #[must_use]
                    #[inline]
                    pub const fn description(self)
                        -> &'static ::core::primitive::str {
                        DESCRIPTION[index(self)]
                    }
                    #[doc =
                    " The specification that defines the code, e.g. `\"RFC 9110, Section 15.5.5\"`."]
                    #[must_use]
                    #[inline]
                    pub const fn spec(self)
                        -> ::core::option::Option<&'static ::core::primitive::str> {
                        {
                            let value: &'static ::core::primitive::str =
                                SPEC[index(self)];
                            if value.is_empty() {
                                ::core::option::Option::None
                            } else { ::core::option::Option::Some(value) }
                        }
                    }
                    #[doc =
                    " A link to the specification, when [`spec`](Self::spec) names an RFC, an Internet-Draft or a URL."]
                    #[must_use]
                    #[inline]
                    pub const fn spec_url(self)
                        -> ::core::option::Option<&'static ::core::primitive::str> {
                        {
                            let value: &'static ::core::primitive::str =
                                SPEC_URL[index(self)];
                            if value.is_empty() {
                                ::core::option::Option::None
                            } else { ::core::option::Option::Some(value) }
                        }
                    }
                    #[doc =
                    " Other phrases that name the code (former names, other spellings); `FromStr` accepts them too, and each one's ASCII letters and digits run together as a former name (`\"Payload Too Large\"` -> `\"PayloadTooLarge\"`)."]
                    #[must_use]
                    #[inline]
                    pub const fn aliases(self)
                        -> &'static [&'static ::core::primitive::str] {
                        {
                            const ALIASED:
                                &[(::core::primitive::usize, &[&::core::primitive::str])] =
                                &[(1usize, &["Sold Out"])];
                            let position = index(self);
                            let mut i = 0;
                            while i < ALIASED.len() {
                                if ALIASED[i].0 == position { return ALIASED[i].1; }
                                i += 1;
                            }
                            &[]
                        }
                    }
                    #[doc = " Whether the variant is marked `#[deprecated]`."]
                    #[must_use]
                    #[inline]
                    pub const fn is_deprecated(self)
                        -> ::core::primitive::bool {
                        DEPRECATED[index(self)]
                    }
                    #[doc =
                    r" The class of the code, given by its first digit."]
                    #[must_use]
                    #[inline]
                    pub const fn class(self)
                        -> ::codes_core::__private_v0_1::Class {
                        match ::codes_core::__private_v0_1::Class::from_code(ShopStatus::code(self))
                            {
                            ::core::option::Option::Some(class) => class,
                            ::core::option::Option::None =>
                                ::codes_core::__private_v0_1::Class::ServerError,
                        }
                    }
                    #[doc = " Whether this is a 1xx (informational) code."]
                    #[must_use]
                    #[inline]
                    pub const fn is_informational(self)
                        -> ::core::primitive::bool {

                        #[allow(non_exhaustive_omitted_patterns)]
                        match ShopStatus::class(self) {
                            ::codes_core::__private_v0_1::Class::Informational => true,
                            _ => false,
                        }
                    }
                    #[doc = " Whether this is a 2xx (success) code."]
                    #[must_use]
                    #[inline]
                    pub const fn is_success(self) -> ::core::primitive::bool {

                        #[allow(non_exhaustive_omitted_patterns)]
                        match ShopStatus::class(self) {
                            ::codes_core::__private_v0_1::Class::Success => true,
                            _ => false,
                        }
                    }
                    #[doc = " Whether this is a 3xx (redirection) code."]
                    #[must_use]
                    #[inline]
                    pub const fn is_redirection(self)
                        -> ::core::primitive::bool {

                        #[allow(non_exhaustive_omitted_patterns)]
                        match ShopStatus::class(self) {
                            ::codes_core::__private_v0_1::Class::Redirection => true,
                            _ => false,
                        }
                    }
                    #[doc = " Whether this is a 4xx (client error) code."]
                    #[must_use]
                    #[inline]
                    pub const fn is_client_error(self)
                        -> ::core::primitive::bool {

                        #[allow(non_exhaustive_omitted_patterns)]
                        match ShopStatus::class(self) {
                            ::codes_core::__private_v0_1::Class::ClientError => true,
                            _ => false,
                        }
                    }
                    #[doc = " Whether this is a 5xx (server error) code."]
                    #[must_use]
                    #[inline]
                    pub const fn is_server_error(self)
                        -> ::core::primitive::bool {

                        #[allow(non_exhaustive_omitted_patterns)]
                        match ShopStatus::class(self) {
                            ::codes_core::__private_v0_1::Class::ServerError => true,
                            _ => false,
                        }
                    }
                    #[doc = r" Whether this is a 4xx or 5xx code."]
                    #[must_use]
                    #[inline]
                    pub const fn is_error(self) -> ::core::primitive::bool {
                        ShopStatus::class(self).is_error()
                    }
                    #[doc =
                    r" Looks a code up the way RFC 9110 §15 asks a client to treat a code it does"]
                    #[doc =
                    r" not recognise: as the `x00` code of its class. `299` gives the `200` variant,"]
                    #[doc =
                    r" `450` the `400` one; an exact match always wins."]
                    #[doc = r""]
                    #[doc =
                    r" Like [`from_code`](Self::from_code), it returns `None` when there is"]
                    #[doc =
                    r" nothing to return: for numbers outside `100..=599`, and for classes whose"]
                    #[doc = r" `x00` code is not in the enum."]
                    #[must_use]
                    #[inline]
                    pub const fn from_code_lenient(code: ::core::primitive::u16)
                        -> ::core::option::Option<ShopStatus> {
                        if let ::core::option::Option::Some(exact) =
                                ShopStatus::from_code(code) {
                            return ::core::option::Option::Some(exact);
                        }
                        match ::codes_core::__private_v0_1::Class::from_code(code) {
                            ::core::option::Option::Some(class) =>
                                ShopStatus::from_code(class.generic_code()),
                            ::core::option::Option::None =>
                                ::core::option::Option::None,
                        }
                    }
                }
                #[automatically_derived]
                impl ::core::fmt::Debug for ShopStatus {
                    #[doc =
                    r" The variant's name, as a derived `Debug` would write it."]
                    #[inline]
                    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>)
                        -> ::core::fmt::Result {
                        f.write_str(NAME[index(*self)])
                    }
                }
            };
        #[automatically_derived]
        impl ::core::fmt::Display for ShopStatus {
            #[doc =
            r" Writes `404 Not Found`; with `{:#}`, only `404`. Width and alignment apply."]
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>)
                -> ::core::fmt::Result {
                if f.alternate() {
                    f.pad(ShopStatus::code_str(*self))
                } else { f.pad(ShopStatus::label(*self)) }
            }
        }
        #[automatically_derived]
        impl ::core::convert::From<ShopStatus> for ::core::primitive::u16 {
            #[inline]
            fn from(code: ShopStatus) -> ::core::primitive::u16 {
                ShopStatus::code(code)
            }
        }
        #[automatically_derived]
        impl ::core::convert::TryFrom<::core::primitive::u16> for ShopStatus {
            type Error = ::codes_core::__private_v0_1::UnknownCode;
            #[inline]
            fn try_from(code: ::core::primitive::u16)
                ->
                    ::core::result::Result<ShopStatus,
                    ::codes_core::__private_v0_1::UnknownCode> {
                match ShopStatus::from_code(code) {
                    ::core::option::Option::Some(found) =>
                        ::core::result::Result::Ok(found),
                    ::core::option::Option::None =>
                        ::core::result::Result::Err(::codes_core::__private_v0_1::UnknownCode::of::<ShopStatus>(code)),
                }
            }
        }
        #[automatically_derived]
        impl ::core::str::FromStr for ShopStatus {
            type Err = ::codes_core::__private_v0_1::ParseError;
            #[inline]
            fn from_str(text: &::core::primitive::str)
                ->
                    ::core::result::Result<ShopStatus,
                    ::codes_core::__private_v0_1::ParseError> {
                ::codes_core::__private_v0_1::parse_code::<ShopStatus>(text)
            }
        }
        #[automatically_derived]
        impl ::core::cmp::PartialEq<::core::primitive::u16> for ShopStatus {
            #[inline]
            fn eq(&self, other: &::core::primitive::u16)
                -> ::core::primitive::bool {
                ShopStatus::code(*self) ==
                    <::core::primitive::u16 as
                            ::core::convert::From<::core::primitive::u16>>::from(*other)
            }
        }
        #[automatically_derived]
        impl ::core::cmp::PartialEq<ShopStatus> for ::core::primitive::u16 {
            #[inline]
            fn eq(&self, other: &ShopStatus) -> ::core::primitive::bool {
                <::core::primitive::u16 as
                            ::core::convert::From<::core::primitive::u16>>::from(*self)
                    == ShopStatus::code(*other)
            }
        }
        #[automatically_derived]
        impl ::codes_core::__private_v0_1::Status for ShopStatus {
            type Code = ShopStatus;
            #[inline]
            fn status(&self) -> ShopStatus { *self }
            fn each_status(f: &mut dyn ::core::ops::FnMut(ShopStatus)) {
                for code in ShopStatus::iter() { f(code); }
            }
        }
        #[automatically_derived]
        impl ::codes_core::__private_v0_1::HttpCode for ShopStatus { }
        #[automatically_derived]
        impl ::codes_core::__private_v0_1::StatusOf<ShopStatus> for ShopStatus
            {
            #[inline]
            fn into_status(self) -> ShopStatus { self }
        }
        #[automatically_derived]
        impl ::codes_core::__private_v0_1::Code for ShopStatus {
            const CODES: &'static [::core::primitive::u16] =
                &ShopStatus::CODES;
            const TYPE_NAME: &'static ::core::primitive::str = "ShopStatus";
            #[doc(hidden)]
            const FAMILY: &'static ::codes_core::__private_v0_1::Family =
                &::codes_core::__private_v0_1::Family::HTTP;
            #[doc(hidden)]
            const TEXTS:
                &'static [(&'static ::core::primitive::str,
                ::core::primitive::u16)] =
                &[("SoldOut", 409), ("BadOrder", 400), ("Sold Out", 409),
                            ("Bad Order", 400), ("OutOfStock", 409),
                            ("Discontinued", 410), ("Out Of Stock", 409)];
            #[doc(hidden)]
            const TEXT_OFFSETS: &'static [::core::primitive::u32] =
                &[0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 4, 5, 5, 7];
            #[doc(hidden)]
            #[inline]
            fn from_digit_nibbles(nibbles: ::core::primitive::u16)
                -> ::core::option::Option<ShopStatus> {
                const TABLE: [::core::option::Option<ShopStatus>; 4096] =
                    {
                        let mut table = [::core::option::Option::None; 4096];
                        table[1024usize] =
                            ::core::option::Option::Some(ShopStatus::BadOrder);
                        table[1033usize] =
                            ::core::option::Option::Some(ShopStatus::OutOfStock);
                        table[1040usize] =
                            ::core::option::Option::Some(ShopStatus::Discontinued);
                        table
                    };
                TABLE[(nibbles & 0xFFF) as ::core::primitive::usize]
            }
            #[inline]
            fn code(self) -> ::core::primitive::u16 { ShopStatus::code(self) }
            #[inline]
            fn from_code(code: ::core::primitive::u16)
                -> ::core::option::Option<ShopStatus> {
                ShopStatus::from_code(code)
            }
            #[inline]
            fn reason(self) -> &'static ::core::primitive::str {
                ShopStatus::reason(self)
            }
            #[inline]
            fn name(self) -> &'static ::core::primitive::str {
                ShopStatus::name(self)
            }
            #[inline]
            fn description(self) -> &'static ::core::primitive::str {
                ShopStatus::description(self)
            }
            #[inline]
            fn spec(self)
                -> ::core::option::Option<&'static ::core::primitive::str> {
                ShopStatus::spec(self)
            }
            #[inline]
            fn aliases(self) -> &'static [&'static ::core::primitive::str] {
                ShopStatus::aliases(self)
            }
            #[inline]
            fn http_class(self)
                ->
                    ::core::option::Option<::codes_core::__private_v0_1::Class> {
                ::core::option::Option::Some(ShopStatus::class(self))
            }
        }
    };
#[doc(hidden)]
#[macro_export]
#[allow(non_local_definitions)]
macro_rules! __codes_list_ShopStatus_0c255f56e90b627e {
    (methods { $ ($krate : tt) * } $ ($extension : tt) *) =>
    {
        :: core :: compile_error!
        {
            "`ShopStatus` is a list of codes made by `codes!`: extend it with `codes!`, not `methods!`"
        }
    }; (codes { $ ($krate : tt) * } $ ($extension : tt) *) =>
    {
        $ ($krate) * :: __private_v0_1 :: codes_extend!
        {
            {
                ShopStatus root #[codes(range = 100 ..= 599)]
                {
                    #[doc = " The order is not well formed."] #[doc = ""]
                    #[doc = " More text that is not part of the description."]
                    #[spec("RFC 9110, Section 15.5.1")] 400 BadOrder =
                    "Bad Order", #[doc = " The item is out of stock."]
                    #[spec("https://shop.example/errors#409")]
                    #[alias("Sold Out")] 409 OutOfStock = "Out Of Stock",
                    #[doc = " The old way to say the item is gone."]
                    #[deprecated(note = "use `OutOfStock`")] 410 Discontinued =
                    "Discontinued",
                }
            } $ ($extension) *
        }
    };
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __codes_list_ShopStatus_0c255f56e90b627e as ShopStatus;
#[automatically_derived]
impl ::codes_core::__private_v0_1::serde::serde::Serialize for ShopStatus {
    fn serialize<S>(&self, serializer: S)
        -> ::core::result::Result<S::Ok, S::Error> where
        S: ::codes_core::__private_v0_1::serde::serde::Serializer {
        ::codes_core::__private_v0_1::serde::serialize_code(*self, serializer)
    }
}
#[automatically_derived]
impl<'de> ::codes_core::__private_v0_1::serde::serde::Deserialize<'de> for
    ShopStatus {
    fn deserialize<D>(deserializer: D)
        -> ::core::result::Result<ShopStatus, D::Error> where
        D: ::codes_core::__private_v0_1::serde::serde::Deserializer<'de> {
        ::codes_core::__private_v0_1::serde::deserialize_code(deserializer)
    }
}
#[automatically_derived]
impl ::core::convert::From<ShopStatus> for
    ::codes_core::__private_v0_1::http::http::StatusCode {
    #[inline]
    fn from(code: ShopStatus)
        -> ::codes_core::__private_v0_1::http::http::StatusCode {
        ::codes_core::__private_v0_1::http::to_http(ShopStatus::code(code))
    }
}
#[automatically_derived]
impl ::core::convert::TryFrom<::codes_core::__private_v0_1::http::http::StatusCode>
    for ShopStatus {
    type Error = ::codes_core::__private_v0_1::UnknownCode;
    #[inline]
    fn try_from(code: ::codes_core::__private_v0_1::http::http::StatusCode)
        ->
            ::core::result::Result<ShopStatus,
            ::codes_core::__private_v0_1::UnknownCode> {
        <ShopStatus as
                ::core::convert::TryFrom<::core::primitive::u16>>::try_from(code.as_u16())
    }
}
#[automatically_derived]
impl ::core::cmp::PartialEq<::codes_core::__private_v0_1::http::http::StatusCode>
    for ShopStatus {
    #[inline]
    fn eq(&self, other: &::codes_core::__private_v0_1::http::http::StatusCode)
        -> ::core::primitive::bool {
        ShopStatus::code(*self) == other.as_u16()
    }
}
#[automatically_derived]
impl ::core::cmp::PartialEq<ShopStatus> for
    ::codes_core::__private_v0_1::http::http::StatusCode {
    #[inline]
    fn eq(&self, other: &ShopStatus) -> ::core::primitive::bool {
        self.as_u16() == ShopStatus::code(*other)
    }
}
#[allow(clippy :: must_use_candidate, unused_qualifications)]
impl ShopStatus {
    /// Whether a response with this code may be reused by a cache without
    /// explicit freshness information (RFC 9110, Section 15.1): 200, 203, 204,
    /// 206, 300, 301, 308, 404, 405, 410, 414, 451 (RFC 7725) and 501. Never
    /// for a code the registry does not define.
    #[must_use]
    #[inline]
    pub const fn is_heuristically_cacheable(self) -> ::core::primitive::bool {
        ::codes_core::__private_v0_1::rules::is_heuristically_cacheable(ShopStatus::code(self))
    }
    /// Whether a response with this code can have content at all: `false`
    /// for every 1xx, for 204 and for 304, whose messages end with the
    /// header section (RFC 9110, Sections 15.2, 15.3.5 and 15.4.5; RFC 9112,
    /// Section 6.3). A 205 response is framed like any other but its
    /// content must be empty: see `must_be_empty`.
    #[must_use]
    #[inline]
    pub const fn allows_content(self) -> ::core::primitive::bool {
        ::codes_core::__private_v0_1::rules::allows_content(ShopStatus::code(self))
    }
    /// Whether a server must send no content with this code: the codes
    /// that allow none (1xx, 204, 304) plus 205 Reset Content.
    #[must_use]
    #[inline]
    pub const fn must_be_empty(self) -> ::core::primitive::bool {
        ::codes_core::__private_v0_1::rules::must_be_empty(ShopStatus::code(self))
    }
    /// Whether this is a redirect that the client must follow with the
    /// same method and content: 307 and 308. (301 and 302 let clients
    /// turn `POST` into `GET`, and 303 always means `GET`.)
    #[must_use]
    #[inline]
    pub const fn preserves_method(self) -> ::core::primitive::bool {
        ::codes_core::__private_v0_1::rules::preserves_method(ShopStatus::code(self))
    }
    /// Whether this is a permanent redirect (301, 308): clients may update
    /// their links.
    #[must_use]
    #[inline]
    pub const fn is_permanent_redirect(self) -> ::core::primitive::bool {
        ::codes_core::__private_v0_1::rules::is_permanent_redirect(ShopStatus::code(self))
    }
    /// Whether the response typically carries a `Location` header the
    /// client acts on: 201 (the new resource) and the redirects 301, 302,
    /// 303, 307 and 308.
    #[must_use]
    #[inline]
    pub const fn has_location(self) -> ::core::primitive::bool {
        ::codes_core::__private_v0_1::rules::has_location(ShopStatus::code(self))
    }
    /// Whether the condition is temporary and a `Retry-After` header tells
    /// the client when to try again: 429 (RFC 6585), 503 (RFC 9110, Section
    /// 15.6.4) and 413 when the limit is temporary (Section 15.5.14).
    #[must_use]
    #[inline]
    pub const fn uses_retry_after(self) -> ::core::primitive::bool {
        ::codes_core::__private_v0_1::rules::uses_retry_after(ShopStatus::code(self))
    }
    /// The header fields a response with this code must or should carry to
    /// be useful, e.g. `["Allow"]` for 405 and `["WWW-Authenticate"]` for 401.
    #[must_use]
    #[inline]
    pub const fn expected_headers(self)
        -> &'static [&'static ::core::primitive::str] {
        ::codes_core::__private_v0_1::rules::expected_headers(ShopStatus::code(self))
    }
    /// Whether the registry reserves the code without giving it a meaning
    /// of its own: 306 (unused) and 418 (kept for RFC 2324's teapot).
    #[must_use]
    #[inline]
    pub const fn is_reserved(self) -> ::core::primitive::bool {
        ::codes_core::__private_v0_1::rules::is_reserved(ShopStatus::code(self))
    }
    /// Whether the code's registration is provisional: 104, a temporary
    /// registration for an Internet-Draft.
    #[must_use]
    #[inline]
    pub const fn is_provisional(self) -> ::core::primitive::bool {
        ::codes_core::__private_v0_1::rules::is_provisional(ShopStatus::code(self))
    }
}
