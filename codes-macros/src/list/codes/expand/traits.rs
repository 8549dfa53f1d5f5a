//! The trait impls of every generated enum: `Display`, `Debug`, conversions
//! with `u16`, `FromStr`, `PartialEq<u16>`, and codes-core's `Status`, `Code`
//! and `StatusOf`.

use proc_macro2::{Literal, TokenStream};
use quote::{quote, quote_spanned};

use super::conversions::eq_both_ways;
use super::tables::text_tables;
use crate::common::user_span;
use crate::list::codes::model::Checked;

/// Each impl is spanned on the enum's name: a conflicting impl in the user's
/// crate is reported there.
pub fn expand(model: &Checked) -> TokenStream {
    let mut out = formatting(model);
    out.extend(numbers(model));
    out.extend(runtime_traits(model));
    out
}

/// `Display` (`404 Not Found`, or `404` with `{:#}`); `Debug` is `list/tables.rs`'s.
fn formatting(model: &Checked) -> TokenStream {
    let span = user_span(model.ident.span());
    let ident = &model.ident;
    quote_spanned! {span=>
        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            /// Writes `404 Not Found`; with `{:#}`, only `404`. Width and alignment apply.
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                if f.alternate() {
                    f.pad(#ident::code_str(*self))
                } else {
                    f.pad(#ident::label(*self))
                }
            }
        }

    }
}

/// Conversions with `u16` both ways, `FromStr`, and `PartialEq<u16>`.
fn numbers(model: &Checked) -> TokenStream {
    let span = user_span(model.ident.span());
    let p = model.runtime.private();
    let ident = &model.ident;
    let u16_eq = eq_both_ways(ident, &quote!(::core::primitive::u16));
    quote_spanned! {span=>
        #[automatically_derived]
        impl ::core::convert::From<#ident> for ::core::primitive::u16 {
            #[inline]
            fn from(code: #ident) -> ::core::primitive::u16 {
                #ident::code(code)
            }
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<::core::primitive::u16> for #ident {
            type Error = #p::UnknownCode;
            #[inline]
            fn try_from(code: ::core::primitive::u16) -> ::core::result::Result<#ident, #p::UnknownCode> {
                match #ident::from_code(code) {
                    ::core::option::Option::Some(found) => ::core::result::Result::Ok(found),
                    ::core::option::Option::None => ::core::result::Result::Err(#p::UnknownCode::of::<#ident>(code)),
                }
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = #p::ParseError;
            #[inline]
            fn from_str(text: &::core::primitive::str) -> ::core::result::Result<#ident, #p::ParseError> {
                #p::parse_code::<#ident>(text)
            }
        }

        #u16_eq
    }
}

/// codes-core's `Status` (the enum is its own status), `StatusOf` and `Code`.
fn runtime_traits(model: &Checked) -> TokenStream {
    let span = user_span(model.ident.span());
    let p = model.runtime.private();
    let ident = &model.ident;
    let name = ident.to_string();
    let class = if model.family.http_classes {
        quote!(::core::option::Option::Some(#ident::class(self)))
    } else {
        quote!(::core::option::Option::None)
    };
    // Only enums of HTTP status codes answer HTTP requests.
    let http_code = model.family.http_classes.then(|| {
        quote! {
            #[automatically_derived]
            impl #p::HttpCode for #ident {}
        }
    });
    let family = if model.family.http_classes {
        quote!(&#p::Family::HTTP)
    } else {
        let (min, max) = (
            Literal::u16_unsuffixed(model.family.min),
            Literal::u16_unsuffixed(model.family.max),
        );
        quote!(&#p::Family::new(#name, #min, #max))
    };
    let (texts, offsets) = text_tables(model);
    let three_digits = model.family.http_classes.then(|| three_digits(model));
    quote_spanned! {span=>
        #[automatically_derived]
        impl #p::Status for #ident {
            type Code = #ident;
            #[inline]
            fn status(&self) -> #ident {
                *self
            }
            fn each_status(f: &mut dyn ::core::ops::FnMut(#ident)) {
                for code in #ident::iter() {
                    f(code);
                }
            }
        }

        #http_code

        #[automatically_derived]
        impl #p::StatusOf<#ident> for #ident {
            #[inline]
            fn into_status(self) -> #ident {
                self
            }
        }

        #[automatically_derived]
        impl #p::Code for #ident {
            const CODES: &'static [::core::primitive::u16] = &#ident::CODES;
            const TYPE_NAME: &'static ::core::primitive::str = #name;
            #[doc(hidden)]
            const FAMILY: &'static #p::Family = #family;
            #[doc(hidden)]
            const TEXTS: &'static [(&'static ::core::primitive::str, ::core::primitive::u16)] = #texts;
            #[doc(hidden)]
            const TEXT_OFFSETS: &'static [::core::primitive::u32] = #offsets;
            #three_digits
            #[inline]
            fn code(self) -> ::core::primitive::u16 { #ident::code(self) }
            #[inline]
            fn from_code(code: ::core::primitive::u16) -> ::core::option::Option<#ident> { #ident::from_code(code) }
            #[inline]
            fn reason(self) -> &'static ::core::primitive::str { #ident::reason(self) }
            #[inline]
            fn name(self) -> &'static ::core::primitive::str { #ident::name(self) }
            #[inline]
            fn description(self) -> &'static ::core::primitive::str { #ident::description(self) }
            #[inline]
            fn spec(self) -> ::core::option::Option<&'static ::core::primitive::str> { #ident::spec(self) }
            #[inline]
            fn aliases(self) -> &'static [&'static ::core::primitive::str] { #ident::aliases(self) }
            #[inline]
            fn http_class(self) -> ::core::option::Option<#p::Class> { #class }
        }
    }
}

/// `Code::from_digit_nibbles` of an HTTP-classed enum: a table with a slot for
/// each three nibbles (`0x404` for `"404"`; slots with a nibble above 9 stay
/// empty), so that the fast path of `FromStr` neither checks the digits one by
/// one, nor computes the number, nor checks a range.
/// The table is filled by constant evaluation from one statement per entry,
/// so the expansion grows with the list, not with the table's 4,096 slots.
fn three_digits(model: &Checked) -> TokenStream {
    let ident = &model.ident;
    let slots = model.entries.iter().map(|e| {
        let name = &e.ident;
        let nibbles = usize::from((e.code / 100) << 8 | (e.code / 10 % 10) << 4 | (e.code % 10));
        quote!(table[#nibbles] = ::core::option::Option::Some(#ident::#name);)
    });
    quote! {
        #[doc(hidden)]
        #[inline]
        fn from_digit_nibbles(nibbles: ::core::primitive::u16) -> ::core::option::Option<#ident> {
            const TABLE: [::core::option::Option<#ident>; 4096] = {
                let mut table = [::core::option::Option::None; 4096];
                #(#slots)*
                table
            };
            TABLE[(nibbles & 0xFFF) as ::core::primitive::usize]
        }
    }
}
