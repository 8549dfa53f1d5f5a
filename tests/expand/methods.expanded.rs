//! `methods!`: a small root list.

#[doc = " The methods of a small service."]
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
#[repr(u8)]
pub enum Verb {

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
}
#[automatically_derived]
impl ::core::marker::Copy for Verb { }
#[automatically_derived]
#[doc(hidden)]
unsafe impl ::core::clone::TrivialClone for Verb { }
#[automatically_derived]
impl ::core::clone::Clone for Verb {
    #[inline]
    fn clone(&self) -> Verb { *self }
}
#[automatically_derived]
impl ::core::marker::StructuralPartialEq for Verb { }
#[automatically_derived]
impl ::core::cmp::PartialEq for Verb {
    #[inline]
    fn eq(&self, other: &Verb) -> bool {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        let __arg1_discr = ::core::intrinsics::discriminant_value(other);
        __self_discr == __arg1_discr
    }
}
#[automatically_derived]
impl ::core::cmp::Eq for Verb {
    #[doc(hidden)]
    #[coverage(off)]
    fn assert_fields_are_eq(&self) {}
}
#[automatically_derived]
impl ::core::hash::Hash for Verb {
    #[inline]
    fn hash<__H: ::core::hash::Hasher>(&self, state: &mut __H) {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        ::core::hash::Hash::hash(&__self_discr, state)
    }
}
#[automatically_derived]
impl ::core::cmp::PartialOrd for Verb {
    #[inline]
    fn partial_cmp(&self, other: &Verb)
        -> ::core::option::Option<::core::cmp::Ordering> {
        let __self_discr = ::core::intrinsics::discriminant_value(self);
        let __arg1_discr = ::core::intrinsics::discriminant_value(other);
        ::core::cmp::PartialOrd::partial_cmp(&__self_discr, &__arg1_discr)
    }
}
#[automatically_derived]
impl ::core::cmp::Ord for Verb {
    #[inline]
    fn cmp(&self, other: &Verb) -> ::core::cmp::Ordering {
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
                const NAME: [&'static ::core::primitive::str; 2usize] =
                    ["Get", "Post"];
                const DESCRIPTION: [&'static ::core::primitive::str; 2usize] =
                    ["Reads a resource.", "Creates a resource."];
                const SPEC: [&'static ::core::primitive::str; 2usize] =
                    ["RFC 9110, Section 9.3.1", ""];
                const SPEC_URL: [&'static ::core::primitive::str; 2usize] =
                    ["https://www.rfc-editor.org/rfc/rfc9110#section-9.3.1",
                            ""];
                const TOKEN: [&'static ::core::primitive::str; 2usize] =
                    ["GET", "POST"];
                const SAFE: [::core::primitive::bool; 2usize] = [true, false];
                const IDEMPOTENT: [::core::primitive::bool; 2usize] =
                    [true, false];
                const CACHEABLE: [::core::primitive::bool; 2usize] =
                    [true, false];
                const CONTENT:
                    [::codes_core::__private_v0_1::RequestContent; 2usize] =
                    [::codes_core::__private_v0_1::RequestContent::Undefined,
                            ::codes_core::__private_v0_1::RequestContent::Undefined];
                #[inline]
                const fn index(value: Verb) -> ::core::primitive::usize {
                    value as ::core::primitive::usize
                }
                #[automatically_derived]
                impl Verb {
                    #[doc = r" Every method of the list, in declaration order."]
                    pub const ALL: [Self; 2] = [Self::Get, Self::Post];
                    #[doc = r" Every method of the list, in declaration order."]
                    #[inline]
                    pub fn iter() -> ::core::array::IntoIter<Self, 2> {
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
                impl ::core::fmt::Debug for Verb {
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
        impl ::core::fmt::Display for Verb {
            #[doc =
            r" The token, as in a request line; width and alignment apply."]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>)
                -> ::core::fmt::Result {
                f.pad(Verb::as_str(*self))
            }
        }
        #[automatically_derived]
        impl ::core::str::FromStr for Verb {
            type Err = ::codes_core::__private_v0_1::UnknownMethod;
            #[doc =
            r" Exactly a token of the list: case-sensitive, no white space."]
            #[inline]
            fn from_str(s: &::core::primitive::str)
                ->
                    ::core::result::Result<Self,
                    ::codes_core::__private_v0_1::UnknownMethod> {
                ::codes_core::__private_v0_1::parse_method::<Verb>(s)
            }
        }
        #[automatically_derived]
        impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for Verb
            {
            type Error = ::codes_core::__private_v0_1::UnknownMethod;
            #[inline]
            fn try_from(s: &'a ::core::primitive::str)
                ->
                    ::core::result::Result<Self,
                    ::codes_core::__private_v0_1::UnknownMethod> {
                ::codes_core::__private_v0_1::parse_method::<Verb>(s)
            }
        }
        #[automatically_derived]
        impl<'a> ::core::convert::TryFrom<&'a [::core::primitive::u8]> for
            Verb {
            type Error = ::codes_core::__private_v0_1::UnknownMethod;
            #[doc =
            r" Exactly a token of the list, as bytes (a request line)."]
            #[inline]
            fn try_from(bytes: &'a [::core::primitive::u8])
                ->
                    ::core::result::Result<Self,
                    ::codes_core::__private_v0_1::UnknownMethod> {
                match Verb::from_bytes(bytes) {
                    ::core::option::Option::Some(method) =>
                        ::core::result::Result::Ok(method),
                    ::core::option::Option::None =>
                        ::core::result::Result::Err(::codes_core::__private_v0_1::UnknownMethod::of::<Verb>(bytes)),
                }
            }
        }
        #[automatically_derived]
        impl ::core::convert::AsRef<::core::primitive::str> for Verb {
            #[inline]
            fn as_ref(&self) -> &::core::primitive::str {
                Verb::as_str(*self)
            }
        }
        #[automatically_derived]
        impl ::core::convert::From<Verb> for &'static ::core::primitive::str {
            #[inline]
            fn from(method: Verb) -> &'static ::core::primitive::str {
                Verb::as_str(method)
            }
        }
        #[automatically_derived]
        impl ::core::cmp::PartialEq<::core::primitive::str> for Verb {
            #[inline]
            fn eq(&self, other: &::core::primitive::str)
                -> ::core::primitive::bool {
                Verb::as_str(*self) == other
            }
        }
        #[automatically_derived]
        impl<'a> ::core::cmp::PartialEq<&'a ::core::primitive::str> for Verb {
            #[inline]
            fn eq(&self, other: &&'a ::core::primitive::str)
                -> ::core::primitive::bool {
                Verb::as_str(*self) == *other
            }
        }
        #[automatically_derived]
        impl ::core::cmp::PartialEq<Verb> for ::core::primitive::str {
            #[inline]
            fn eq(&self, other: &Verb) -> ::core::primitive::bool {
                self == Verb::as_str(*other)
            }
        }
        #[automatically_derived]
        impl<'a> ::core::cmp::PartialEq<Verb> for &'a ::core::primitive::str {
            #[inline]
            fn eq(&self, other: &Verb) -> ::core::primitive::bool {
                *self == Verb::as_str(*other)
            }
        }
        #[automatically_derived]
        impl ::codes_core::__private_v0_1::HttpMethod for Verb {
            const ALL: &'static [Self] = &Verb::ALL;
            const TYPE_NAME: &'static ::core::primitive::str = "Verb";
            #[inline]
            fn as_str(self) -> &'static ::core::primitive::str {
                Verb::as_str(self)
            }
            #[inline]
            fn from_bytes(bytes: &[::core::primitive::u8])
                -> ::core::option::Option<Self> {
                Verb::from_bytes(bytes)
            }
            #[inline]
            fn is_safe(self) -> ::core::primitive::bool {
                Verb::is_safe(self)
            }
            #[inline]
            fn is_idempotent(self) -> ::core::primitive::bool {
                Verb::is_idempotent(self)
            }
            #[inline]
            fn is_cacheable(self) -> ::core::primitive::bool {
                Verb::is_cacheable(self)
            }
            #[inline]
            fn request_content(self)
                -> ::codes_core::__private_v0_1::RequestContent {
                Verb::request_content(self)
            }
            #[inline]
            fn description(self) -> &'static ::core::primitive::str {
                Verb::description(self)
            }
            #[inline]
            fn spec(self)
                -> ::core::option::Option<&'static ::core::primitive::str> {
                Verb::spec(self)
            }
            #[inline]
            fn spec_url(self)
                -> ::core::option::Option<&'static ::core::primitive::str> {
                Verb::spec_url(self)
            }
        }
    };
#[doc(hidden)]
#[macro_export]
#[allow(non_local_definitions)]
macro_rules! __methods_list_Verb_b93f6b1542c0b193 {
    (methods { $ ($krate : tt) * } $ ($extension : tt) *) =>
    {
        $ ($krate) * :: __private_v0_1 :: methods_extend!
        {
            {
                Verb root
                {
                    #[doc = " Reads a resource."]
                    #[spec("RFC 9110, Section 9.3.1")]
                    #[method(safe, idempotent, cacheable)] Get = "GET",
                    #[doc = " Creates a resource."] Post = "POST",
                }
            } $ ($extension) *
        }
    }; (codes { $ ($krate : tt) * } $ ($extension : tt) *) =>
    {
        :: core :: compile_error!
        {
            "`Verb` is a list of HTTP methods made by `methods!`: extend it with `methods!`, not `codes!`"
        }
    };
}
#[doc(hidden)]
#[allow(unused_imports)]
pub use __methods_list_Verb_b93f6b1542c0b193 as Verb;
#[automatically_derived]
impl ::codes_core::__private_v0_1::serde::serde::Serialize for Verb {
    fn serialize<S>(&self, serializer: S)
        -> ::core::result::Result<S::Ok, S::Error> where
        S: ::codes_core::__private_v0_1::serde::serde::Serializer {
        ::codes_core::__private_v0_1::serde::serialize_method(*self,
            serializer)
    }
}
#[automatically_derived]
impl<'de> ::codes_core::__private_v0_1::serde::serde::Deserialize<'de> for
    Verb {
    fn deserialize<D>(deserializer: D)
        -> ::core::result::Result<Verb, D::Error> where
        D: ::codes_core::__private_v0_1::serde::serde::Deserializer<'de> {
        ::codes_core::__private_v0_1::serde::deserialize_method(deserializer)
    }
}
#[automatically_derived]
impl ::core::convert::From<Verb> for
    ::codes_core::__private_v0_1::http::http::Method {
    #[inline]
    fn from(method: Verb)
        -> ::codes_core::__private_v0_1::http::http::Method {
        ::codes_core::__private_v0_1::http::method_to_http(Verb::as_str(method))
    }
}
#[automatically_derived]
impl ::core::convert::TryFrom<::codes_core::__private_v0_1::http::http::Method>
    for Verb {
    type Error = ::codes_core::__private_v0_1::UnknownMethod;
    #[inline]
    fn try_from(method: ::codes_core::__private_v0_1::http::http::Method)
        ->
            ::core::result::Result<Verb,
            ::codes_core::__private_v0_1::UnknownMethod> {
        ::codes_core::__private_v0_1::parse_method::<Verb>(method.as_str())
    }
}
#[automatically_derived]
impl<'a>
    ::core::convert::TryFrom<&'a ::codes_core::__private_v0_1::http::http::Method>
    for Verb {
    type Error = ::codes_core::__private_v0_1::UnknownMethod;
    #[inline]
    fn try_from(method: &'a ::codes_core::__private_v0_1::http::http::Method)
        ->
            ::core::result::Result<Verb,
            ::codes_core::__private_v0_1::UnknownMethod> {
        ::codes_core::__private_v0_1::parse_method::<Verb>(method.as_str())
    }
}
#[automatically_derived]
impl ::core::cmp::PartialEq<::codes_core::__private_v0_1::http::http::Method>
    for Verb {
    #[inline]
    fn eq(&self, other: &::codes_core::__private_v0_1::http::http::Method)
        -> ::core::primitive::bool {
        Verb::as_str(*self) == other.as_str()
    }
}
#[automatically_derived]
impl ::core::cmp::PartialEq<Verb> for
    ::codes_core::__private_v0_1::http::http::Method {
    #[inline]
    fn eq(&self, other: &Verb) -> ::core::primitive::bool {
        self.as_str() == Verb::as_str(*other)
    }
}
