//! `methods!`: an extension of a small list of another crate (`Verb` of
//! `methods.rs`, through the fixture library).

#[doc = " The service's methods plus a cache purge."]
#[doc = ""]
#[doc = " # Methods"]
#[doc = ""]
#[doc =
" | Method | Safe | Idempotent | Cacheable | Request content | Meaning | Specification |"]
#[doc =
" |--------|:----:|:----------:|:---------:|-----------------|---------|---------------|"]
#[doc =
" | [`GET`](Self::Get) | yes | yes | yes | no general meaning | Reads a resource. | [RFC 9110, Section 9.3.1](https://www.rfc-editor.org/rfc/rfc9110#section-9.3.1) |"]
#[doc =
" | [`POST`](Self::Post) |  |  |  | no general meaning | Creates a resource. |  |"]
#[doc =
" | [`PURGE`](Self::Purge) |  | yes |  | no general meaning | Evicts one URL from the cache (Varnish, Fastly). |  |"]
#[repr(u8)]
pub enum CacheVerb {

    #[doc =
    " **`GET`** · safe · idempotent · cacheable · request content without general meaning · [RFC 9110, Section 9.3.1](https://www.rfc-editor.org/rfc/rfc9110#section-9.3.1)"]
    #[doc = ""]
    #[doc = " Reads a resource."]
    Get = 0,

    #[doc =
    " **`POST`** · not idempotent · request content without general meaning"]
    #[doc = ""]
    #[doc = " Creates a resource."]
    Post = 1,

    #[doc =
    " **`PURGE`** · idempotent · request content without general meaning · not in `Verb`"]
    #[doc = ""]
    #[doc = " Evicts one URL from the cache (Varnish, Fastly)."]
    Purge = 2,
}
#[automatically_derived]
impl ::core::marker::Copy for CacheVerb { }
#[automatically_derived]
#[doc(hidden)]
unsafe impl ::core::clone::TrivialClone for CacheVerb { }
#[automatically_derived]
impl ::core::clone::Clone for CacheVerb {
    #[inline]
    fn clone(&self) -> CacheVerb { *self }
}
#[automatically_derived]
impl ::core::marker::StructuralPartialEq for CacheVerb { }
#[automatically_derived]
impl ::core::cmp::PartialEq for CacheVerb {
    #[inline]
    fn eq(&self, other: &CacheVerb) -> bool {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        let __arg1_discr = ::core::intrinsics::discriminant_value(other);
        __self_discr == __arg1_discr
    }
}
#[automatically_derived]
impl ::core::cmp::Eq for CacheVerb {
    #[doc(hidden)]
    #[coverage(off)]
    fn assert_fields_are_eq(&self) {}
}
#[automatically_derived]
impl ::core::hash::Hash for CacheVerb {
    #[inline]
    fn hash<__H: ::core::hash::Hasher>(&self, state: &mut __H) {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        ::core::hash::Hash::hash(&__self_discr, state)
    }
}
#[automatically_derived]
impl ::core::cmp::PartialOrd for CacheVerb {
    #[inline]
    fn partial_cmp(&self, other: &CacheVerb)
        -> ::core::option::Option<::core::cmp::Ordering> {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        let __arg1_discr = ::core::intrinsics::discriminant_value(other);
        ::core::cmp::PartialOrd::partial_cmp(&__self_discr, &__arg1_discr)
    }
}
#[automatically_derived]
impl ::core::cmp::Ord for CacheVerb {
    #[inline]
    fn cmp(&self, other: &CacheVerb) -> ::core::cmp::Ordering {
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
                    ["Get", "Post", "Purge"];
                const DESCRIPTION: [&'static ::core::primitive::str; 3usize] =
                    ["Reads a resource.", "Creates a resource.",
                            "Evicts one URL from the cache (Varnish, Fastly)."];
                const SPEC: [&'static ::core::primitive::str; 3usize] =
                    ["RFC 9110, Section 9.3.1", "", ""];
                const SPEC_URL: [&'static ::core::primitive::str; 3usize] =
                    ["https://www.rfc-editor.org/rfc/rfc9110#section-9.3.1", "",
                            ""];
                const TOKEN: [&'static ::core::primitive::str; 3usize] =
                    ["GET", "POST", "PURGE"];
                const SAFE: [::core::primitive::bool; 3usize] =
                    [true, false, false];
                const IDEMPOTENT: [::core::primitive::bool; 3usize] =
                    [true, false, true];
                const CACHEABLE: [::core::primitive::bool; 3usize] =
                    [true, false, false];
                const CONTENT:
                    [::codes_core::__private_v0_1::RequestContent; 3usize] =
                    [::codes_core::__private_v0_1::RequestContent::Undefined,
                            ::codes_core::__private_v0_1::RequestContent::Undefined,
                            ::codes_core::__private_v0_1::RequestContent::Undefined];
                #[inline]
                const fn index(value: CacheVerb) -> ::core::primitive::usize {
                    value as ::core::primitive::usize
                }
                #[automatically_derived]
                impl CacheVerb {
                    #[doc = r" Every method of the list, in declaration order."]
                    pub const ALL: [Self; 3] =
                        [Self::Get, Self::Post, Self::Purge];
                    #[doc = r" Every method of the list, in declaration order."]
                    #[inline]
                    pub fn iter() -> ::core::array::IntoIter<Self, 3> {
                        ::core::iter::IntoIterator::into_iter(Self::ALL)
                    }
                    #[doc =
                    r" The method whose token is exactly `bytes` (case-sensitive), if the list has one."]
                    #[must_use]
                    #[inline]
                    pub const fn from_bytes(bytes: &[::core::primitive::u8])
                        -> ::core::option::Option<Self> {
                        match bytes.len() {
                            3 =>
                                match ::core::primitive::u32::from_le_bytes([bytes[0],
                                                bytes[1], bytes[2], 0]) {
                                    5522759 => ::core::option::Option::Some(Self::Get),
                                    _ => ::core::option::Option::None,
                                },
                            4 =>
                                match ::core::primitive::u32::from_le_bytes([bytes[0],
                                                bytes[1], bytes[2], bytes[3]]) {
                                    1414745936 => ::core::option::Option::Some(Self::Post),
                                    _ => ::core::option::Option::None,
                                },
                            5 =>
                                match ::core::primitive::u64::from_le_bytes([bytes[0],
                                                bytes[1], bytes[2], bytes[3], bytes[4], 0, 0, 0]) {
                                    297549321552 => ::core::option::Option::Some(Self::Purge),
                                    _ => ::core::option::Option::None,
                                },
                            _ => ::core::option::Option::None,
                        }
                    }
                    #[doc =
                    " The method's token, as it appears in a request line (`\"GET\"`)."]
                    #[must_use]
                    #[inline]
                    pub const fn as_str(self)
                        -> &'static ::core::primitive::str {
                        TOKEN[index(self)]
                    }
                    #[doc =
                    " Whether the method is safe: the client asks for no change of state"]
                    #[doc =
                    " on the server (RFC 9110, Section 9.2.1), so a crawler or a prefetch"]
                    #[doc = " may send it."]
                    #[must_use]
                    #[inline]
                    pub const fn is_safe(self) -> ::core::primitive::bool {
                        SAFE[index(self)]
                    }
                    #[doc =
                    " Whether the method is idempotent: sending the request twice has the"]
                    #[doc =
                    " effect of sending it once (RFC 9110, Section 9.2.2), so a client may"]
                    #[doc = " retry it after a lost connection."]
                    #[must_use]
                    #[inline]
                    pub const fn is_idempotent(self)
                        -> ::core::primitive::bool {
                        IDEMPOTENT[index(self)]
                    }
                    #[doc =
                    " Whether a cache may store a response and reuse it for a later"]
                    #[doc =
                    " request with this method (RFC 9110, Section 9.2.3: `GET`, `HEAD`;"]
                    #[doc =
                    " `QUERY` with its content in the cache key, RFC 10008). `POST` and"]
                    #[doc =
                    " `PATCH` are `false`: their responses may only answer a later `GET`."]
                    #[must_use]
                    #[inline]
                    pub const fn is_cacheable(self) -> ::core::primitive::bool {
                        CACHEABLE[index(self)]
                    }
                    #[doc =
                    " What content in a request with this method means."]
                    #[must_use]
                    #[inline]
                    pub const fn request_content(self)
                        -> ::codes_core::__private_v0_1::RequestContent {
                        CONTENT[index(self)]
                    }
                    #[doc =
                    " One sentence on what the method asks for (the first paragraph of its docs)."]
                    #[must_use]
                    #[inline]
                    pub const fn description(self)
                        -> &'static ::core::primitive::str {
                        DESCRIPTION[index(self)]
                    }
                    #[doc =
                    " The specification that defines the method, e.g. `\"RFC 9110, Section 9.3.1\"`"]
                    #[doc = " (several separated by `;`)."]
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
                    " A link to the first specification in [`spec`](Self::spec)."]
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
                }
                #[automatically_derived]
                impl ::core::fmt::Debug for CacheVerb {
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
        impl ::core::fmt::Display for CacheVerb {
            #[doc =
            r" The token, as in a request line; width and alignment apply."]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>)
                -> ::core::fmt::Result {
                f.pad(CacheVerb::as_str(*self))
            }
        }
        #[automatically_derived]
        impl ::core::str::FromStr for CacheVerb {
            type Err = ::codes_core::__private_v0_1::UnknownMethod;
            #[doc =
            r" Exactly a token of the list: case-sensitive, no white space."]
            #[inline]
            fn from_str(s: &::core::primitive::str)
                ->
                    ::core::result::Result<Self,
                    ::codes_core::__private_v0_1::UnknownMethod> {
                ::codes_core::__private_v0_1::parse_method::<CacheVerb>(s)
            }
        }
        #[automatically_derived]
        impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for
            CacheVerb {
            type Error = ::codes_core::__private_v0_1::UnknownMethod;
            #[inline]
            fn try_from(s: &'a ::core::primitive::str)
                ->
                    ::core::result::Result<Self,
                    ::codes_core::__private_v0_1::UnknownMethod> {
                ::codes_core::__private_v0_1::parse_method::<CacheVerb>(s)
            }
        }
        #[automatically_derived]
        impl<'a> ::core::convert::TryFrom<&'a [::core::primitive::u8]> for
            CacheVerb {
            type Error = ::codes_core::__private_v0_1::UnknownMethod;
            #[doc =
            r" Exactly a token of the list, as bytes (a request line)."]
            #[inline]
            fn try_from(bytes: &'a [::core::primitive::u8])
                ->
                    ::core::result::Result<Self,
                    ::codes_core::__private_v0_1::UnknownMethod> {
                match CacheVerb::from_bytes(bytes) {
                    ::core::option::Option::Some(method) =>
                        ::core::result::Result::Ok(method),
                    ::core::option::Option::None =>
                        ::core::result::Result::Err(::codes_core::__private_v0_1::UnknownMethod::of::<CacheVerb>(bytes)),
                }
            }
        }
        #[automatically_derived]
        impl ::core::convert::AsRef<::core::primitive::str> for CacheVerb {
            #[inline]
            fn as_ref(&self) -> &::core::primitive::str {
                CacheVerb::as_str(*self)
            }
        }
        #[automatically_derived]
        impl ::core::convert::From<CacheVerb> for
            &'static ::core::primitive::str {
            #[inline]
            fn from(method: CacheVerb) -> &'static ::core::primitive::str {
                CacheVerb::as_str(method)
            }
        }
        #[automatically_derived]
        impl ::core::cmp::PartialEq<::core::primitive::str> for CacheVerb {
            #[inline]
            fn eq(&self, other: &::core::primitive::str)
                -> ::core::primitive::bool {
                CacheVerb::as_str(*self) == other
            }
        }
        #[automatically_derived]
        impl<'a> ::core::cmp::PartialEq<&'a ::core::primitive::str> for
            CacheVerb {
            #[inline]
            fn eq(&self, other: &&'a ::core::primitive::str)
                -> ::core::primitive::bool {
                CacheVerb::as_str(*self) == *other
            }
        }
        #[automatically_derived]
        impl ::core::cmp::PartialEq<CacheVerb> for ::core::primitive::str {
            #[inline]
            fn eq(&self, other: &CacheVerb) -> ::core::primitive::bool {
                self == CacheVerb::as_str(*other)
            }
        }
        #[automatically_derived]
        impl<'a> ::core::cmp::PartialEq<CacheVerb> for
            &'a ::core::primitive::str {
            #[inline]
            fn eq(&self, other: &CacheVerb) -> ::core::primitive::bool {
                *self == CacheVerb::as_str(*other)
            }
        }
        #[automatically_derived]
        impl ::codes_core::__private_v0_1::HttpMethod for CacheVerb {
            const ALL: &'static [Self] = &CacheVerb::ALL;
            const TYPE_NAME: &'static ::core::primitive::str = "CacheVerb";
            #[inline]
            fn as_str(self) -> &'static ::core::primitive::str {
                CacheVerb::as_str(self)
            }
            #[inline]
            fn from_bytes(bytes: &[::core::primitive::u8])
                -> ::core::option::Option<Self> {
                CacheVerb::from_bytes(bytes)
            }
            #[inline]
            fn is_safe(self) -> ::core::primitive::bool {
                CacheVerb::is_safe(self)
            }
            #[inline]
            fn is_idempotent(self) -> ::core::primitive::bool {
                CacheVerb::is_idempotent(self)
            }
            #[inline]
            fn is_cacheable(self) -> ::core::primitive::bool {
                CacheVerb::is_cacheable(self)
            }
            #[inline]
            fn request_content(self)
                -> ::codes_core::__private_v0_1::RequestContent {
                CacheVerb::request_content(self)
            }
            #[inline]
            fn description(self) -> &'static ::core::primitive::str {
                CacheVerb::description(self)
            }
            #[inline]
            fn spec(self)
                -> ::core::option::Option<&'static ::core::primitive::str> {
                CacheVerb::spec(self)
            }
            #[inline]
            fn spec_url(self)
                -> ::core::option::Option<&'static ::core::primitive::str> {
                CacheVerb::spec_url(self)
            }
        }
        #[automatically_derived]
        impl ::core::cmp::PartialEq<codes_expand_fixtures::Verb> for CacheVerb
            {
            #[inline]
            fn eq(&self, other: &codes_expand_fixtures::Verb)
                -> ::core::primitive::bool {
                *self ==
                    <CacheVerb as
                            ::core::convert::From<codes_expand_fixtures::Verb>>::from(*other)
            }
        }
        #[automatically_derived]
        impl ::core::cmp::PartialEq<CacheVerb> for codes_expand_fixtures::Verb
            {
            #[inline]
            fn eq(&self, other: &CacheVerb) -> ::core::primitive::bool {
                <CacheVerb as
                            ::core::convert::From<codes_expand_fixtures::Verb>>::from(*self)
                    == *other
            }
        }
        #[automatically_derived]
        impl ::core::convert::From<codes_expand_fixtures::Verb> for CacheVerb
            {
            #[inline]
            fn from(value: codes_expand_fixtures::Verb) -> CacheVerb {
                match value {
                    codes_expand_fixtures::Verb::Get => CacheVerb::Get,
                    codes_expand_fixtures::Verb::Post => CacheVerb::Post,
                }
            }
        }
        #[automatically_derived]
        impl ::core::convert::TryFrom<CacheVerb> for
            codes_expand_fixtures::Verb {
            type Error = ::codes_core::__private_v0_1::UnknownMethod;
            #[inline]
            fn try_from(value: CacheVerb)
                ->
                    ::core::result::Result<codes_expand_fixtures::Verb,
                    ::codes_core::__private_v0_1::UnknownMethod> {
                match value {
                    CacheVerb::Get =>
                        ::core::result::Result::Ok(codes_expand_fixtures::Verb::Get),
                    CacheVerb::Post =>
                        ::core::result::Result::Ok(codes_expand_fixtures::Verb::Post),
                    _ =>
                        ::core::result::Result::Err(::codes_core::__private_v0_1::UnknownMethod::not_in::<codes_expand_fixtures::Verb>(CacheVerb::as_str(value))),
                }
            }
        }
    };
#[doc(hidden)]
#[macro_export]
#[allow(non_local_definitions)]
macro_rules! __methods_list_CacheVerb_3b98ecdc141734bb {
    (methods { $ ($krate : tt) * } $ ($extension : tt) *) =>
    {
        $ ($krate) * :: __private_v0_1 :: methods_extend!
        {
            {
                CacheVerb
                {
                    #[doc = " Reads a resource."]
                    #[spec("RFC 9110, Section 9.3.1")]
                    #[method(safe, idempotent, cacheable)] Get = "GET",
                    #[doc = " Creates a resource."] Post = "POST",
                    #[doc = " Evicts one URL from the cache (Varnish, Fastly)."]
                    #[method(idempotent)] Purge = "PURGE",
                }
            } $ ($extension) *
        }
    }; (codes { $ ($krate : tt) * } $ ($extension : tt) *) =>
    {
        :: core :: compile_error!
        {
            "`CacheVerb` is a list of HTTP methods made by `methods!`: extend it with `methods!`, not `codes!`"
        }
    };
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __methods_list_CacheVerb_3b98ecdc141734bb as CacheVerb;
#[automatically_derived]
impl ::codes_core::__private_v0_1::serde::serde::Serialize for CacheVerb {
    fn serialize<S>(&self, serializer: S)
        -> ::core::result::Result<S::Ok, S::Error> where
        S: ::codes_core::__private_v0_1::serde::serde::Serializer {
        ::codes_core::__private_v0_1::serde::serialize_method(*self,
            serializer)
    }
}
#[automatically_derived]
impl<'de> ::codes_core::__private_v0_1::serde::serde::Deserialize<'de> for
    CacheVerb {
    fn deserialize<D>(deserializer: D)
        -> ::core::result::Result<CacheVerb, D::Error> where
        D: ::codes_core::__private_v0_1::serde::serde::Deserializer<'de> {
        ::codes_core::__private_v0_1::serde::deserialize_method(deserializer)
    }
}
#[automatically_derived]
impl ::core::convert::From<CacheVerb> for
    ::codes_core::__private_v0_1::http::http::Method {
    #[inline]
    fn from(method: CacheVerb)
        -> ::codes_core::__private_v0_1::http::http::Method {
        ::codes_core::__private_v0_1::http::method_to_http(CacheVerb::as_str(method))
    }
}
#[automatically_derived]
impl ::core::convert::TryFrom<::codes_core::__private_v0_1::http::http::Method>
    for CacheVerb {
    type Error = ::codes_core::__private_v0_1::UnknownMethod;
    #[inline]
    fn try_from(method: ::codes_core::__private_v0_1::http::http::Method)
        ->
            ::core::result::Result<CacheVerb,
            ::codes_core::__private_v0_1::UnknownMethod> {
        ::codes_core::__private_v0_1::parse_method::<CacheVerb>(method.as_str())
    }
}
#[automatically_derived]
impl<'a>
    ::core::convert::TryFrom<&'a ::codes_core::__private_v0_1::http::http::Method>
    for CacheVerb {
    type Error = ::codes_core::__private_v0_1::UnknownMethod;
    #[inline]
    fn try_from(method: &'a ::codes_core::__private_v0_1::http::http::Method)
        ->
            ::core::result::Result<CacheVerb,
            ::codes_core::__private_v0_1::UnknownMethod> {
        ::codes_core::__private_v0_1::parse_method::<CacheVerb>(method.as_str())
    }
}
#[automatically_derived]
impl ::core::cmp::PartialEq<::codes_core::__private_v0_1::http::http::Method>
    for CacheVerb {
    #[inline]
    fn eq(&self, other: &::codes_core::__private_v0_1::http::http::Method)
        -> ::core::primitive::bool {
        CacheVerb::as_str(*self) == other.as_str()
    }
}
#[automatically_derived]
impl ::core::cmp::PartialEq<CacheVerb> for
    ::codes_core::__private_v0_1::http::http::Method {
    #[inline]
    fn eq(&self, other: &CacheVerb) -> ::core::primitive::bool {
        self.as_str() == CacheVerb::as_str(*other)
    }
}
const _: () =
    {
        ::codes_core::__private_v0_1::assert_method_extendable::<codes_expand_fixtures::Verb>();
    };
