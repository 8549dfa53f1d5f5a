//! The inherent items: `ALL`, `iter`, `as_str`, `from_bytes`, the flags, the
//! docs and spec; and `Debug`. Each accessor is a `const fn` reading its table
//! (`list/tables.rs`) at the variant's position, its discriminant; the tables
//! are items of the block around the impl, not of the enum.

use std::collections::BTreeMap;

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::list::methods::model::{Checked, CheckedEntry};
use crate::list::tables::{
    accessor, bool_table, debug, lookup, optional, shared_tables, str_table, table,
};

pub fn expand(model: &Checked) -> TokenStream {
    let ident = &model.ident;
    let names: Vec<_> = model.entries.iter().map(|e| &e.ident).collect();
    let count = Literal::usize_unsuffixed(model.entries.len());
    let tables = tables(model);
    // The discriminant is the position: methods are numbered as declared.
    let index = if model.entries.is_empty() {
        quote!(match value {})
    } else {
        quote!(value as ::core::primitive::usize)
    };
    let vis = &model.vis;
    let accessors = accessors(model);
    let from_bytes = from_bytes(model);
    let debug = debug(model);
    quote! {
        const _: () = {
            #tables

            #[inline]
            const fn index(value: #ident) -> ::core::primitive::usize {
                #index
            }

            #[automatically_derived]
            impl #ident {
            /// Every method of the list, in declaration order.
            #vis const ALL: [Self; #count] = [#(Self::#names),*];

            /// Every method of the list, in declaration order.
            #[inline]
            #vis fn iter() -> ::core::array::IntoIter<Self, #count> {
                ::core::iter::IntoIterator::into_iter(Self::ALL)
            }

            /// The method whose token is exactly `bytes` (case-sensitive), if the list has one.
            #[must_use]
            #[inline]
            #vis const fn from_bytes(bytes: &[::core::primitive::u8]) -> ::core::option::Option<Self> {
                #from_bytes
            }

            #accessors
            }

            #debug
        };
    }
}

/// The tables the accessors read, one per piece of per-method data.
fn tables(model: &Checked) -> TokenStream {
    let p = model.runtime.private();
    let content_ty = quote!(#p::RequestContent);
    let contents = model.entries.iter().map(|e| {
        let v = quote::format_ident!("{}", e.flags.content.variant());
        quote!(#content_ty::#v)
    });
    [
        shared_tables(model),
        str_table(model, "TOKEN", |e| e.token.clone()),
        bool_table(model, "SAFE", |e| e.flags.safe),
        bool_table(model, "IDEMPOTENT", |e| e.flags.idempotent),
        bool_table(model, "CACHEABLE", |e| e.flags.cacheable),
        table("CONTENT", &content_ty, contents),
    ]
    .into_iter()
    .collect()
}

/// One `const fn` per piece of per-method data, each a load from its table.
fn accessors(model: &Checked) -> TokenStream {
    let p = model.runtime.private();
    let vis = &model.vis;
    let str_ty = quote!(&'static ::core::primitive::str);
    let bool_ty = quote!(::core::primitive::bool);
    let content_ty = quote!(#p::RequestContent);
    let option_str = quote!(::core::option::Option<#str_ty>);
    let accessors: [(&str, &[&str], &TokenStream, TokenStream); 8] = [
        (
            "as_str",
            &["The method's token, as it appears in a request line (`\"GET\"`)."],
            &str_ty,
            lookup("TOKEN"),
        ),
        (
            "is_safe",
            &[
                "Whether the method is safe: the client asks for no change of state",
                "on the server (RFC 9110, Section 9.2.1), so a crawler or a prefetch",
                "may send it.",
            ],
            &bool_ty,
            lookup("SAFE"),
        ),
        (
            "is_idempotent",
            &[
                "Whether the method is idempotent: sending the request twice has the",
                "effect of sending it once (RFC 9110, Section 9.2.2), so a client may",
                "retry it after a lost connection.",
            ],
            &bool_ty,
            lookup("IDEMPOTENT"),
        ),
        (
            "is_cacheable",
            &[
                "Whether a cache may store a response and reuse it for a later",
                "request with this method (RFC 9110, Section 9.2.3: `GET`, `HEAD`;",
                "`QUERY` with its content in the cache key, RFC 10008). `POST` and",
                "`PATCH` are `false`: their responses may only answer a later `GET`.",
            ],
            &bool_ty,
            lookup("CACHEABLE"),
        ),
        (
            "request_content",
            &["What content in a request with this method means."],
            &content_ty,
            lookup("CONTENT"),
        ),
        (
            "description",
            &["One sentence on what the method asks for (the first paragraph of its docs)."],
            &str_ty,
            lookup("DESCRIPTION"),
        ),
        (
            "spec",
            &[
                "The specification that defines the method, e.g. `\"RFC 9110, Section 9.3.1\"`",
                "(several separated by `;`).",
            ],
            &option_str,
            optional("SPEC"),
        ),
        (
            "spec_url",
            &["A link to the first specification in [`spec`](Self::spec)."],
            &option_str,
            optional("SPEC_URL"),
        ),
    ];
    accessors
        .iter()
        .map(|(name, docs, ty, body)| accessor(vis, name, docs, ty, body))
        .collect()
}

/// A `match` on the length, then on the bytes read as little-endian integers
/// (a `u8` to `u128` by length, a tuple of them past 16 bytes): each candidate
/// of that length costs one integer comparison, and LLVM merges the byte reads
/// into word loads. A slice pattern per token made rustc compare byte by byte,
/// one branch per byte: 15 to 35% slower on a typical mix of methods
/// (benches/method.rs).
///
/// Only `bytes` is named, so no binding can meet a constant of the caller's
/// scope; the indexes are below the length just matched, so they cannot panic
/// and need no bounds check.
fn from_bytes(model: &Checked) -> TokenStream {
    let mut by_len: BTreeMap<usize, Vec<&CheckedEntry>> = BTreeMap::new();
    for e in &model.entries {
        by_len.entry(e.token.len()).or_default().push(e);
    }
    let arms = by_len.iter().map(|(&len, entries)| {
        let reads = chunks(len).map(|(start, n)| read(start, n));
        let scrutinee = if len <= CHUNK {
            quote!(#(#reads)*)
        } else {
            quote!((#(#reads),*))
        };
        let cases = entries.iter().map(|e| {
            let bytes = e.token.as_bytes();
            let values = chunks(len).map(|(start, n)| {
                let mut word = [0u8; CHUNK];
                word[..n].copy_from_slice(&bytes[start..start + n]);
                Literal::u128_unsuffixed(u128::from_le_bytes(word))
            });
            let pattern = if len <= CHUNK {
                quote!(#(#values)*)
            } else {
                quote!((#(#values),*))
            };
            let name = &e.ident;
            quote!(#pattern => ::core::option::Option::Some(Self::#name))
        });
        let len = Literal::usize_unsuffixed(len);
        quote! {
            #len => match #scrutinee {
                #(#cases,)*
                _ => ::core::option::Option::None,
            }
        }
    });
    quote! {
        match bytes.len() {
            #(#arms,)*
            _ => ::core::option::Option::None,
        }
    }
}

/// The widest integer a token is read into, in bytes.
const CHUNK: usize = 16;

/// `(start, length)` of each integer a token of `len` bytes is read into.
fn chunks(len: usize) -> impl Iterator<Item = (usize, usize)> {
    (0..len)
        .step_by(CHUNK)
        .map(move |start| (start, CHUNK.min(len - start)))
}

/// `bytes[start..start + n]` as one little-endian integer, zero-padded: `bytes[0]`
/// alone, or `u32::from_le_bytes([bytes[0], bytes[1], bytes[2], 0])`.
fn read(start: usize, n: usize) -> TokenStream {
    let index = |i: usize| {
        let i = Literal::usize_unsuffixed(i);
        quote!(bytes[#i])
    };
    if n == 1 {
        return index(start);
    }
    let (ty, width) = match n {
        2 => (quote!(u16), 2),
        3..=4 => (quote!(u32), 4),
        5..=8 => (quote!(u64), 8),
        _ => (quote!(u128), 16),
    };
    let items = (start..start + n)
        .map(index)
        .chain((n..width).map(|_| quote!(0)));
    quote!(::core::primitive::#ty::from_le_bytes([#(#items),*]))
}
