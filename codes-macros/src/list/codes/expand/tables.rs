//! Per-variant data in tables indexed by the variant's position in `ALL`, and
//! the lookups between codes, positions and variants. Safe code only.
//!
//! The tables and helper functions are items of the `const _: () = { ... }`
//! block that holds the enum's inherent impl (see `inherent.rs`), not of the
//! enum: the user's type has only its documented items, and their names
//! (`REASON`, `index`, ...) are seen by nothing outside that block.
//!
//! One lookup per method at run time, and no per-method `match` for rustc to
//! check, which keeps long lists cheap to compile.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::list::codes::check::parse_texts;
use crate::list::codes::model::{Checked, CheckedEntry};
use crate::list::tables::{bool_table, shared_tables, str_table};

/// Above this many table slots per code, lookups binary-search instead of
/// indexing a dense table (wide, sparse families would otherwise bloat the binary).
const DENSE_SLOTS_PER_CODE: usize = 8;
/// A dense table of up to this many slots is always fine.
const DENSE_ALWAYS: usize = 1024;

/// The tables: one array per piece of per-variant data (`REASON`, ...).
pub fn data_tables(model: &Checked) -> TokenStream {
    [
        shared_tables(model),
        str_table(model, "REASON", |e| e.reason.clone()),
        str_table(model, "CODE_STR", |e| e.code.to_string()),
        str_table(model, "LABEL", |e| format!("{} {}", e.code, e.reason)),
        bool_table(model, "DEPRECATED", |e| e.attrs.deprecated.is_some()),
    ]
    .into_iter()
    .collect()
}

/// Whether a list's codes are dense enough for slot tables indexed by `code - first`.
fn dense(model: &Checked) -> Option<(u16, usize)> {
    let (first, last) = (model.entries.first()?, model.entries.last()?);
    let slots = usize::from(last.code - first.code) + 1;
    (slots <= DENSE_ALWAYS || slots <= DENSE_SLOTS_PER_CODE * model.entries.len())
        .then_some((first.code, slots))
}

/// `index`, the variant's position in `ALL`: a table from `code - first` to
/// the position for dense lists, a binary search (`search`) for sparse ones.
pub fn index_fn(model: &Checked) -> TokenStream {
    let ident = &model.ident;
    let body = index_body(model);
    let search = search_fn(model);
    quote! {
        #[inline]
        const fn index(value: #ident) -> ::core::primitive::usize {
            #body
        }

        #search
    }
}

fn index_body(model: &Checked) -> TokenStream {
    if model.entries.is_empty() {
        return quote!(match value {});
    }
    if let Some((min, slots)) = dense(model) {
        let mut table = vec![0usize; slots];
        for (i, e) in model.entries.iter().enumerate() {
            table[usize::from(e.code - min)] = i;
        }
        let table = table.into_iter().map(Literal::usize_unsuffixed);
        let min = Literal::u16_unsuffixed(min);
        let index_type = if model.entries.len() <= 256 {
            quote!(u8)
        } else {
            quote!(u16)
        };
        quote! {
            const SLOTS: [::core::primitive::#index_type; #slots] = [#(#table),*];
            SLOTS[(value as ::core::primitive::u16 - #min) as ::core::primitive::usize] as ::core::primitive::usize
        }
    } else {
        quote! {
            match search(value as ::core::primitive::u16) {
                ::core::option::Option::Some(index) => index,
                // Every variant's code is in the table.
                ::core::option::Option::None => 0,
            }
        }
    }
}

/// `search`, a binary search over `CODES`, for sparse lists (dense ones use
/// slot tables instead, and get no search).
fn search_fn(model: &Checked) -> TokenStream {
    let ident = &model.ident;
    if model.entries.is_empty() || dense(model).is_some() {
        return TokenStream::new();
    }
    let count = model.entries.len();
    quote! {
        #[inline]
        const fn search(code: ::core::primitive::u16) -> ::core::option::Option<::core::primitive::usize> {
            let mut lo: ::core::primitive::usize = 0;
            let mut hi: ::core::primitive::usize = #count;
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                let found = #ident::CODES[mid];
                if found == code {
                    return ::core::option::Option::Some(mid);
                } else if found < code {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            ::core::option::Option::None
        }
    }
}

/// Up to this many table slots, `from_code` indexes a table of `Option<E>`:
/// one load at run time. rustc checks such a constant in time quadratic in its
/// length (each enum value it validates is looked up among the variants), so
/// longer lists get a `match` instead.
const OPTION_TABLE_SLOTS: usize = 1024;
/// A `match` of up to this many arms stays one function; longer lists are
/// split by the code's high byte into functions of at most 256 arms, which
/// keeps rustc's borrow checking linear in the length of the list.
const MATCH_ARMS: usize = 256;

/// `from_code`: its body, and the helpers it calls (for long lists), which
/// go beside the tables.
pub fn from_code(model: &Checked) -> (TokenStream, TokenStream) {
    let ident = &model.ident;
    let entries = &model.entries;
    let (Some(first), Some(last)) = (entries.first(), entries.last()) else {
        return (
            quote!({
                let _ = code;
                ::core::option::Option::None
            }),
            TokenStream::new(),
        );
    };
    let slots = usize::from(last.code - first.code) + 1;
    if slots <= OPTION_TABLE_SLOTS {
        let min = first.code;
        let mut table = vec![quote!(::core::option::Option::None); slots];
        for e in entries {
            let name = &e.ident;
            table[usize::from(e.code - min)] = quote!(::core::option::Option::Some(#ident::#name));
        }
        let min_lit = Literal::u16_unsuffixed(min);
        let body = quote! {
            const TABLE: [::core::option::Option<#ident>; #slots] = [#(#table),*];
            // One comparison: codes below the first wrap around to large indexes.
            let index = code.wrapping_sub(#min_lit) as ::core::primitive::usize;
            if index < #slots {
                TABLE[index]
            } else {
                ::core::option::Option::None
            }
        };
        return (body, TokenStream::new());
    }
    let arms = |entries: &[CheckedEntry]| -> TokenStream {
        let codes = entries.iter().map(|e| Literal::u16_unsuffixed(e.code));
        let names = entries.iter().map(|e| &e.ident);
        quote! {
            match code {
                #(#codes => ::core::option::Option::Some(#ident::#names),)*
                _ => ::core::option::Option::None,
            }
        }
    };
    if entries.len() <= MATCH_ARMS {
        return (arms(entries), TokenStream::new());
    }
    let mut helpers = TokenStream::new();
    let mut dispatch = Vec::new();
    for chunk in entries.chunk_by(|a, b| a.code >> 8 == b.code >> 8) {
        let high = Literal::u16_unsuffixed(chunk[0].code >> 8);
        let helper = format_ident!("from_high_byte_{}", chunk[0].code >> 8);
        let body = arms(chunk);
        helpers.extend(quote! {
            #[inline]
            const fn #helper(code: ::core::primitive::u16) -> ::core::option::Option<#ident> {
                #body
            }
        });
        dispatch.push(quote!(#high => #helper(code),));
    }
    let body = quote! {
        match code >> 8 {
            #(#dispatch)*
            _ => ::core::option::Option::None,
        }
    };
    (body, helpers)
}

/// The texts `FromStr` accepts (reason phrases, aliases, variant names, former
/// names), as `(text, code)` sorted by length and then by ASCII-lowercase
/// bytes, and the offsets of each length: `OFFSETS[n]..OFFSETS[n + 1]` are the
/// texts of `n` bytes. A lookup reads one bucket and binary-searches it; text
/// of a length no entry has (most malformed input) is refused at once.
/// Codes, not variants: a constant of many enum values costs rustc quadratic time.
pub fn text_tables(model: &Checked) -> (TokenStream, TokenStream) {
    let mut texts: Vec<(String, u16)> = Vec::new();
    for entry in &model.entries {
        let mut own: Vec<String> = Vec::new();
        for (text, _) in parse_texts(entry) {
            let key = text.text.to_ascii_lowercase();
            if !own.contains(&key) {
                own.push(key);
                texts.push((text.text, entry.code));
            }
        }
    }
    texts.sort_by(|(a, _), (b, _)| {
        a.len()
            .cmp(&b.len())
            .then_with(|| a.to_ascii_lowercase().cmp(&b.to_ascii_lowercase()))
    });
    let longest = texts.last().map_or(0, |(t, _)| t.len());
    let offsets = (0..=longest + 1).map(|len| {
        let below = texts.partition_point(|(t, _)| t.len() < len);
        Literal::u32_unsuffixed(u32::try_from(below).unwrap_or(u32::MAX))
    });
    let pairs = texts.iter().map(|(text, code)| {
        let code = Literal::u16_unsuffixed(*code);
        quote!((#text, #code))
    });
    (quote!(&[#(#pairs),*]), quote!(&[#(#offsets),*]))
}
