//! `codes!`: a family list of another range, with classes.

#[doc = " Our API's machine-readable error codes."]
#[doc = ""]
#[doc = " # Codes"]
#[doc = ""]
#[doc = " | Code | Reason phrase | Meaning | Specification |"]
#[doc = " |-----:|---------------|---------|---------------|"]
#[doc =
" | 1001 | [`Invalid token`](Self::InvalidToken) | The bearer token could not be verified. |  |"]
#[doc =
" | 1002 | [`Expired token`](Self::ExpiredToken) | The bearer token has expired. |  |"]
#[doc =
" | 1051 | [`Card declined`](Self::CardDeclined) | The card was declined by the issuer. |  |"]
#[repr(u16)]
pub enum AppCode {

    #[doc = " **`1001 Invalid token`** · class `Auth`"]
    #[doc = ""]
    #[doc = " The bearer token could not be verified."]
    InvalidToken = 1001,

    #[doc = " **`1002 Expired token`** · class `Auth`"]
    #[doc = ""]
    #[doc = " The bearer token has expired."]
    ExpiredToken = 1002,

    #[doc = " **`1051 Card declined`** · class `Billing`"]
    #[doc = ""]
    #[doc = " The card was declined by the issuer."]
    CardDeclined = 1051,
}
#[automatically_derived]
impl ::core::marker::Copy for AppCode { }
#[automatically_derived]
#[doc(hidden)]
unsafe impl ::core::clone::TrivialClone for AppCode { }
#[automatically_derived]
impl ::core::clone::Clone for AppCode {
    #[inline]
    fn clone(&self) -> AppCode { *self }
}
#[automatically_derived]
impl ::core::marker::StructuralPartialEq for AppCode { }
#[automatically_derived]
impl ::core::cmp::PartialEq for AppCode {
    #[inline]
    fn eq(&self, other: &AppCode) -> bool {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        let __arg1_discr = ::core::intrinsics::discriminant_value(other);
        __self_discr == __arg1_discr
    }
}
#[automatically_derived]
impl ::core::cmp::Eq for AppCode {
    #[doc(hidden)]
    #[coverage(off)]
    fn assert_fields_are_eq(&self) {}
}
#[automatically_derived]
impl ::core::hash::Hash for AppCode {
    #[inline]
    fn hash<__H: ::core::hash::Hasher>(&self, state: &mut __H) {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        ::core::hash::Hash::hash(&__self_discr, state)
    }
}
#[automatically_derived]
impl ::core::cmp::PartialOrd for AppCode {
    #[inline]
    fn partial_cmp(&self, other: &AppCode)
        -> ::core::option::Option<::core::cmp::Ordering> {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        let __arg1_discr = ::core::intrinsics::discriminant_value(other);
        ::core::cmp::PartialOrd::partial_cmp(&__self_discr, &__arg1_discr)
    }
}
#[automatically_derived]
impl ::core::cmp::Ord for AppCode {
    #[inline]
    fn cmp(&self, other: &AppCode) -> ::core::cmp::Ordering {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        let __arg1_discr = ::core::intrinsics::discriminant_value(other);
        ::core::cmp::Ord::cmp(&__self_discr, &__arg1_discr)
    }
}
#[doc = " The classes of [`AppCode`] codes, as its list declares them."]
pub enum AppCodeClass {

    #[doc = " Codes 1000 to 1049."]
    Auth,

    #[doc = " Codes 1050 to 1099."]
    Billing,
}
#[automatically_derived]
impl ::core::fmt::Debug for AppCodeClass {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter) -> ::core::fmt::Result {
        ::core::fmt::Formatter::write_str(f,
            match self {
                AppCodeClass::Auth => "Auth",
                AppCodeClass::Billing => "Billing",
            })
    }
}
#[automatically_derived]
impl ::core::marker::Copy for AppCodeClass { }
#[automatically_derived]
#[doc(hidden)]
unsafe impl ::core::clone::TrivialClone for AppCodeClass { }
#[automatically_derived]
impl ::core::clone::Clone for AppCodeClass {
    #[inline]
    fn clone(&self) -> AppCodeClass { *self }
}
#[automatically_derived]
impl ::core::marker::StructuralPartialEq for AppCodeClass { }
#[automatically_derived]
impl ::core::cmp::PartialEq for AppCodeClass {
    #[inline]
    fn eq(&self, other: &AppCodeClass) -> bool {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        let __arg1_discr = ::core::intrinsics::discriminant_value(other);
        __self_discr == __arg1_discr
    }
}
#[automatically_derived]
impl ::core::cmp::Eq for AppCodeClass {
    #[doc(hidden)]
    #[coverage(off)]
    fn assert_fields_are_eq(&self) {}
}
#[automatically_derived]
impl ::core::hash::Hash for AppCodeClass {
    #[inline]
    fn hash<__H: ::core::hash::Hasher>(&self, state: &mut __H) {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        ::core::hash::Hash::hash(&__self_discr, state)
    }
}
#[automatically_derived]
impl ::core::cmp::PartialOrd for AppCodeClass {
    #[inline]
    fn partial_cmp(&self, other: &AppCodeClass)
        -> ::core::option::Option<::core::cmp::Ordering> {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        let __arg1_discr = ::core::intrinsics::discriminant_value(other);
        ::core::cmp::PartialOrd::partial_cmp(&__self_discr, &__arg1_discr)
    }
}
#[automatically_derived]
impl ::core::cmp::Ord for AppCodeClass {
    #[inline]
    fn cmp(&self, other: &AppCodeClass) -> ::core::cmp::Ordering {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        let __arg1_discr = ::core::intrinsics::discriminant_value(other);
        ::core::cmp::Ord::cmp(&__self_discr, &__arg1_discr)
    }
}
#[allow(deprecated, unused_qualifications, clippy :: match_same_arms, clippy
:: too_many_lines, clippy :: unreadable_literal, clippy ::
missing_const_for_fn, clippy :: must_use_candidate, clippy :: use_self)]
impl AppCodeClass {
    #[doc = r" Every class, in ascending order of codes."]
    pub const ALL: [AppCodeClass; 2usize] =
        [AppCodeClass::Auth, AppCodeClass::Billing];
    #[doc =
    r" The class a number falls in, whether or not it is a code of the list."]
    #[must_use]
    #[inline]
    pub const fn from_code(code: ::core::primitive::u16)
        -> ::core::option::Option<AppCodeClass> {
        if code >= 1000 && code <= 1049 {
            return ::core::option::Option::Some(AppCodeClass::Auth);
        }
        if code >= 1050 && code <= 1099 {
            return ::core::option::Option::Some(AppCodeClass::Billing);
        }
        ::core::option::Option::None
    }
    #[doc = r" The codes of the class."]
    #[must_use]
    #[inline]
    pub const fn range(self)
        -> ::core::ops::RangeInclusive<::core::primitive::u16> {
        match self {
            AppCodeClass::Auth => 1000..=1049,
            AppCodeClass::Billing => 1050..=1099,
        }
    }
    #[doc = r#" The class's name, e.g. `"Auth"`."#]
    #[must_use]
    #[inline]
    pub const fn name(self) -> &'static ::core::primitive::str {
        match self {
            AppCodeClass::Auth => "Auth",
            AppCodeClass::Billing => "Billing",
        }
    }
}
#[automatically_derived]
#[allow(deprecated, unused_qualifications, clippy :: match_same_arms, clippy
:: too_many_lines, clippy :: unreadable_literal, clippy ::
missing_const_for_fn, clippy :: must_use_candidate, clippy :: use_self)]
impl ::core::fmt::Display for AppCodeClass {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.pad(AppCodeClass::name(*self))
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
                    ["InvalidToken", "ExpiredToken", "CardDeclined"];
                const DESCRIPTION: [&'static ::core::primitive::str; 3usize] =
                    ["The bearer token could not be verified.",
                            "The bearer token has expired.",
                            "The card was declined by the issuer."];
                const SPEC: [&'static ::core::primitive::str; 3usize] =
                    ["", "", ""];
                const SPEC_URL: [&'static ::core::primitive::str; 3usize] =
                    ["", "", ""];
                const REASON: [&'static ::core::primitive::str; 3usize] =
                    ["Invalid token", "Expired token", "Card declined"];
                const CODE_STR: [&'static ::core::primitive::str; 3usize] =
                    ["1001", "1002", "1051"];
                const LABEL: [&'static ::core::primitive::str; 3usize] =
                    ["1001 Invalid token", "1002 Expired token",
                            "1051 Card declined"];
                const DEPRECATED: [::core::primitive::bool; 3usize] =
                    [false, false, false];
                #[inline]
                const fn index(value: AppCode) -> ::core::primitive::usize {
                    const SLOTS: [::core::primitive::u8; 51usize] =
                        [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2];
                    SLOTS[(value as ::core::primitive::u16 - 1001) as
                                ::core::primitive::usize] as ::core::primitive::usize
                }
                impl AppCode {
                    #[doc =
                    " Every code of [`AppCode`], in ascending order (3 codes, 1001 to 1051)."]
                    pub const ALL: [AppCode; 3usize] =
                        [AppCode::InvalidToken, AppCode::ExpiredToken,
                                AppCode::CardDeclined];
                    #[doc =
                    r" Every numeric code, in ascending order: `CODES[i]` is `ALL[i].code()`."]
                    pub const CODES: [::core::primitive::u16; 3usize] =
                        [1001, 1002, 1051];
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
                        -> ::core::option::Option<AppCode> {
                        const TABLE: [::core::option::Option<AppCode>; 51usize] =
                            [::core::option::Option::Some(AppCode::InvalidToken),
                                    ::core::option::Option::Some(AppCode::ExpiredToken),
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::None, ::core::option::Option::None,
                                    ::core::option::Option::Some(AppCode::CardDeclined)];
                        let index =
                            code.wrapping_sub(1001) as ::core::primitive::usize;
                        if index < 51usize {
                            TABLE[index]
                        } else { ::core::option::Option::None }
                    }
                    #[doc =
                    " An iterator over every code, in ascending order: the variants of [`ALL`](Self::ALL), without reading that constant (see [`Code::all`](::codes_core::Code::all))."]
                    #[inline]
                    pub fn iter()
                        -> ::codes_core::__private_v0_1::Iter<AppCode> {
                        <AppCode as ::codes_core::__private_v0_1::Code>::all()
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
                                &[];
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
                    r" The class of the code, as the list declares its classes."]
                    #[must_use]
                    #[inline]
                    pub const fn class(self) -> AppCodeClass {
                        match AppCodeClass::from_code(AppCode::code(self)) {
                            ::core::option::Option::Some(class) => class,
                            ::core::option::Option::None => AppCodeClass::Billing,
                        }
                    }
                    #[doc =
                    " Whether the code is in the `Auth` class (1000..=1049)."]
                    #[must_use]
                    #[inline]
                    pub const fn is_auth(self) -> ::core::primitive::bool {

                        #[allow(non_exhaustive_omitted_patterns)]
                        match AppCode::class(self) {
                            AppCodeClass::Auth => true,
                            _ => false,
                        }
                    }
                    #[doc =
                    " Whether the code is in the `Billing` class (1050..=1099)."]
                    #[must_use]
                    #[inline]
                    pub const fn is_billing(self) -> ::core::primitive::bool {

                        #[allow(non_exhaustive_omitted_patterns)]
                        match AppCode::class(self) {
                            AppCodeClass::Billing => true,
                            _ => false,
                        }
                    }
                }
                #[automatically_derived]
                impl ::core::fmt::Debug for AppCode {
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
        impl ::core::fmt::Display for AppCode {
            #[doc =
            r" Writes `404 Not Found`; with `{:#}`, only `404`. Width and alignment apply."]
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>)
                -> ::core::fmt::Result {
                if f.alternate() {
                    f.pad(AppCode::code_str(*self))
                } else { f.pad(AppCode::label(*self)) }
            }
        }
        #[automatically_derived]
        impl ::core::convert::From<AppCode> for ::core::primitive::u16 {
            #[inline]
            fn from(code: AppCode) -> ::core::primitive::u16 {
                AppCode::code(code)
            }
        }
        #[automatically_derived]
        impl ::core::convert::TryFrom<::core::primitive::u16> for AppCode {
            type Error = ::codes_core::__private_v0_1::UnknownCode;
            #[inline]
            fn try_from(code: ::core::primitive::u16)
                ->
                    ::core::result::Result<AppCode,
                    ::codes_core::__private_v0_1::UnknownCode> {
                match AppCode::from_code(code) {
                    ::core::option::Option::Some(found) =>
                        ::core::result::Result::Ok(found),
                    ::core::option::Option::None =>
                        ::core::result::Result::Err(::codes_core::__private_v0_1::UnknownCode::of::<AppCode>(code)),
                }
            }
        }
        #[automatically_derived]
        impl ::core::str::FromStr for AppCode {
            type Err = ::codes_core::__private_v0_1::ParseError;
            #[inline]
            fn from_str(text: &::core::primitive::str)
                ->
                    ::core::result::Result<AppCode,
                    ::codes_core::__private_v0_1::ParseError> {
                ::codes_core::__private_v0_1::parse_code::<AppCode>(text)
            }
        }
        #[automatically_derived]
        impl ::core::cmp::PartialEq<::core::primitive::u16> for AppCode {
            #[inline]
            fn eq(&self, other: &::core::primitive::u16)
                -> ::core::primitive::bool {
                AppCode::code(*self) ==
                    <::core::primitive::u16 as
                            ::core::convert::From<::core::primitive::u16>>::from(*other)
            }
        }
        #[automatically_derived]
        impl ::core::cmp::PartialEq<AppCode> for ::core::primitive::u16 {
            #[inline]
            fn eq(&self, other: &AppCode) -> ::core::primitive::bool {
                <::core::primitive::u16 as
                            ::core::convert::From<::core::primitive::u16>>::from(*self)
                    == AppCode::code(*other)
            }
        }
        #[automatically_derived]
        impl ::codes_core::__private_v0_1::Status for AppCode {
            type Code = AppCode;
            #[inline]
            fn status(&self) -> AppCode { *self }
            fn each_status(f: &mut dyn ::core::ops::FnMut(AppCode)) {
                for code in AppCode::iter() { f(code); }
            }
        }
        #[automatically_derived]
        impl ::codes_core::__private_v0_1::StatusOf<AppCode> for AppCode {
            #[inline]
            fn into_status(self) -> AppCode { self }
        }
        #[automatically_derived]
        impl ::codes_core::__private_v0_1::Code for AppCode {
            const CODES: &'static [::core::primitive::u16] = &AppCode::CODES;
            const TYPE_NAME: &'static ::core::primitive::str = "AppCode";
            #[doc(hidden)]
            const FAMILY: &'static ::codes_core::__private_v0_1::Family =
                &::codes_core::__private_v0_1::Family::new("AppCode", 1000,
                        1099);
            #[doc(hidden)]
            const TEXTS:
                &'static [(&'static ::core::primitive::str,
                ::core::primitive::u16)] =
                &[("CardDeclined", 1051), ("ExpiredToken", 1002),
                            ("InvalidToken", 1001), ("Card declined", 1051),
                            ("Expired token", 1002), ("Invalid token", 1001)];
            #[doc(hidden)]
            const TEXT_OFFSETS: &'static [::core::primitive::u32] =
                &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 6];
            #[inline]
            fn code(self) -> ::core::primitive::u16 { AppCode::code(self) }
            #[inline]
            fn from_code(code: ::core::primitive::u16)
                -> ::core::option::Option<AppCode> {
                AppCode::from_code(code)
            }
            #[inline]
            fn reason(self) -> &'static ::core::primitive::str {
                AppCode::reason(self)
            }
            #[inline]
            fn name(self) -> &'static ::core::primitive::str {
                AppCode::name(self)
            }
            #[inline]
            fn description(self) -> &'static ::core::primitive::str {
                AppCode::description(self)
            }
            #[inline]
            fn spec(self)
                -> ::core::option::Option<&'static ::core::primitive::str> {
                AppCode::spec(self)
            }
            #[inline]
            fn aliases(self) -> &'static [&'static ::core::primitive::str] {
                AppCode::aliases(self)
            }
            #[inline]
            fn http_class(self)
                ->
                    ::core::option::Option<::codes_core::__private_v0_1::Class> {
                ::core::option::Option::None
            }
        }
    };
#[doc(hidden)]
#[macro_export]
#[allow(non_local_definitions)]
macro_rules! __codes_list_AppCode_c49e4f33684d6ccc {
    (methods { $ ($krate : tt) * } $ ($extension : tt) *) =>
    {
        :: core :: compile_error!
        {
            "`AppCode` is a list of codes made by `codes!`: extend it with `codes!`, not `methods!`"
        }
    }; (codes { $ ($krate : tt) * } $ ($extension : tt) *) =>
    {
        $ ($krate) * :: __private_v0_1 :: codes_extend!
        {
            {
                AppCode root
                #[codes(range = 1000 ..= 1099,
                classes(1000 ..= 1049 Auth, 1050 ..= 1099 Billing))]
                {
                    #[doc = " The bearer token could not be verified."] 1001
                    InvalidToken = "Invalid token",
                    #[doc = " The bearer token has expired."] 1002 ExpiredToken
                    = "Expired token",
                    #[doc = " The card was declined by the issuer."] 1051
                    CardDeclined = "Card declined",
                }
            } $ ($extension) *
        }
    };
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __codes_list_AppCode_c49e4f33684d6ccc as AppCode;
#[automatically_derived]
impl ::codes_core::__private_v0_1::serde::serde::Serialize for AppCode {
    fn serialize<S>(&self, serializer: S)
        -> ::core::result::Result<S::Ok, S::Error> where
        S: ::codes_core::__private_v0_1::serde::serde::Serializer {
        ::codes_core::__private_v0_1::serde::serialize_code(*self, serializer)
    }
}
#[automatically_derived]
impl<'de> ::codes_core::__private_v0_1::serde::serde::Deserialize<'de> for
    AppCode {
    fn deserialize<D>(deserializer: D)
        -> ::core::result::Result<AppCode, D::Error> where
        D: ::codes_core::__private_v0_1::serde::serde::Deserializer<'de> {
        ::codes_core::__private_v0_1::serde::deserialize_code(deserializer)
    }
}
