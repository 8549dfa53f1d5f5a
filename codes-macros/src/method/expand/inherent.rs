//! The inherent items: `ALL`, `iter`, `as_str`, `from_bytes`, the flags, the
//! docs and spec. Every function is a `const fn` over one `match`, which LLVM
//! turns into a table.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::common::{allow_lints, spec_url};
use crate::method::model::{Checked, CheckedEntry};

pub fn expand(model: &Checked) -> TokenStream {
    let ident = &model.ident;
    let p = model.runtime.private();
    let names: Vec<_> = model.entries.iter().map(|e| &e.ident).collect();
    let count = Literal::usize_unsuffixed(model.entries.len());
    let lints = allow_lints();
    let str_ty = quote!(&'static ::core::primitive::str);
    let bool_ty = quote!(::core::primitive::bool);
    let by = |f: &dyn Fn(&CheckedEntry) -> TokenStream| -> TokenStream {
        let arms = model.entries.iter().map(|e| {
            let name = &e.ident;
            let value = f(e);
            quote!(Self::#name => #value)
        });
        quote!(match self { #(#arms,)* })
    };
    let as_str = by(&|e| {
        let t = &e.token;
        quote!(#t)
    });
    let safe = by(&|e| bool_lit(e.flags.safe));
    let idempotent = by(&|e| bool_lit(e.flags.idempotent));
    let cacheable = by(&|e| bool_lit(e.flags.cacheable));
    let content = by(&|e| {
        let v = quote::format_ident!("{}", e.flags.content.variant());
        quote!(#p::RequestContent::#v)
    });
    let description = by(&|e| {
        let d = &e.description;
        quote!(#d)
    });
    let spec = by(&|e| optional(e.spec.as_deref()));
    let spec_link = by(&|e| optional(e.spec.as_deref().and_then(first_url).as_deref()));
    let from_bytes = from_bytes(model);
    quote! {
        #lints
        #[automatically_derived]
        impl #ident {
            /// Every method of the list, in declaration order.
            pub const ALL: [Self; #count] = [#(Self::#names),*];

            /// Every method of the list, in declaration order.
            #[inline]
            pub fn iter() -> ::core::array::IntoIter<Self, #count> {
                ::core::iter::IntoIterator::into_iter(Self::ALL)
            }

            /// The method's token, as it appears in a request line (`"GET"`).
            #[inline]
            #[must_use]
            pub const fn as_str(self) -> #str_ty {
                #as_str
            }

            /// The method whose token is exactly `bytes` (case-sensitive), if the list has one.
            #[inline]
            #[must_use]
            pub const fn from_bytes(bytes: &[::core::primitive::u8]) -> ::core::option::Option<Self> {
                #from_bytes
            }

            /// Whether the method is safe: the client asks for no change of state
            /// on the server (RFC 9110, Section 9.2.1), so a crawler or a prefetch
            /// may send it.
            #[inline]
            #[must_use]
            pub const fn is_safe(self) -> #bool_ty {
                #safe
            }

            /// Whether the method is idempotent: sending the request twice has the
            /// effect of sending it once (RFC 9110, Section 9.2.2), so a client may
            /// retry it after a lost connection.
            #[inline]
            #[must_use]
            pub const fn is_idempotent(self) -> #bool_ty {
                #idempotent
            }

            /// Whether a cache may store a response and reuse it for a later
            /// request with this method (RFC 9110, Section 9.2.3: `GET`, `HEAD`;
            /// `QUERY` with its content in the cache key, RFC 10008). `POST` and
            /// `PATCH` are `false`: their responses may only answer a later `GET`.
            #[inline]
            #[must_use]
            pub const fn is_cacheable(self) -> #bool_ty {
                #cacheable
            }

            /// What content in a request with this method means.
            #[inline]
            #[must_use]
            pub const fn request_content(self) -> #p::RequestContent {
                #content
            }

            /// One sentence on what the method asks for (the first paragraph of its docs).
            #[inline]
            #[must_use]
            pub const fn description(self) -> #str_ty {
                #description
            }

            /// The specification that defines the method, e.g. `"RFC 9110, Section 9.3.1"`
            /// (several separated by `;`).
            #[inline]
            #[must_use]
            pub const fn spec(self) -> ::core::option::Option<#str_ty> {
                #spec
            }

            /// A link to the first specification in [`spec`](Self::spec).
            #[inline]
            #[must_use]
            pub const fn spec_url(self) -> ::core::option::Option<#str_ty> {
                #spec_link
            }
        }
    }
}

fn bool_lit(on: bool) -> TokenStream {
    if on {
        quote!(true)
    } else {
        quote!(false)
    }
}

fn optional(value: Option<&str>) -> TokenStream {
    match value {
        Some(v) => quote!(::core::option::Option::Some(#v)),
        None => quote!(::core::option::Option::None),
    }
}

fn first_url(spec: &str) -> Option<String> {
    spec.split(';').next().and_then(|s| spec_url(s.trim()))
}

/// A `match` on the bytes, one slice pattern per token: rustc decides on the
/// length first, then byte by byte, with no comparison of whole strings.
fn from_bytes(model: &Checked) -> TokenStream {
    let arms = model.entries.iter().map(|e| {
        let name = &e.ident;
        let bytes = e.token.bytes().map(Literal::u8_unsuffixed);
        quote!([#(#bytes),*] => ::core::option::Option::Some(Self::#name))
    });
    quote! {
        match bytes {
            #(#arms,)*
            _ => ::core::option::Option::None,
        }
    }
}
