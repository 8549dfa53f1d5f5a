//! Per-variant data in tables indexed by the variant's position (`index`,
//! which each kind defines beside them), for both kinds: one load per accessor
//! at run time, and no per-accessor `match` for rustc to check, which keeps
//! long lists cheap to compile. The tables, `index` and what reads them are
//! items of the list's `const _` block, not of the enum. Safe code only.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned, ToTokens};

use super::{Checked, CheckedEntry, Kind};
use crate::common::{first_spec_url, user_span};

/// `const NAME: [ty; N] = [values];`
pub fn table(
    name: &str,
    ty: &TokenStream,
    values: impl IntoIterator<Item = TokenStream>,
) -> TokenStream {
    let name = format_ident!("{}", name);
    let values: Vec<TokenStream> = values.into_iter().collect();
    let count = values.len();
    quote! {
        const #name: [#ty; #count] = [#(#values),*];
    }
}

/// A table of `&'static str`, one per entry.
pub fn str_table<X>(
    model: &Checked<impl Kind<Own = X>>,
    name: &str,
    value: impl Fn(&CheckedEntry<X>) -> String,
) -> TokenStream {
    let ty = quote!(&'static ::core::primitive::str);
    entry_table(model, name, &ty, value)
}

/// A table of `bool`, one per entry.
pub fn bool_table<X>(
    model: &Checked<impl Kind<Own = X>>,
    name: &str,
    value: impl Fn(&CheckedEntry<X>) -> bool,
) -> TokenStream {
    entry_table(model, name, &quote!(::core::primitive::bool), value)
}

fn entry_table<X, T: ToTokens>(
    model: &Checked<impl Kind<Own = X>>,
    name: &str,
    ty: &TokenStream,
    value: impl Fn(&CheckedEntry<X>) -> T,
) -> TokenStream {
    table(
        name,
        ty,
        model.entries.iter().map(|e| value(e).into_token_stream()),
    )
}

/// The tables every list has: `NAME` (for `Debug`), `DESCRIPTION`, `SPEC`
/// and `SPEC_URL` (`""` stands for `None`: cheaper for rustc than a table of
/// `Option`s).
pub fn shared_tables<X>(model: &Checked<impl Kind<Own = X>>) -> TokenStream {
    let spec_url = |e: &CheckedEntry<X>| {
        let spec = e.attrs.spec.as_deref();
        spec.and_then(first_spec_url).unwrap_or_default()
    };
    [
        str_table(model, "NAME", |e| e.ident.to_string()),
        str_table(model, "DESCRIPTION", |e| e.description.clone()),
        str_table(model, "SPEC", |e| e.attrs.spec.clone().unwrap_or_default()),
        str_table(model, "SPEC_URL", spec_url),
    ]
    .into_iter()
    .collect()
}

/// `NAME[index(self)]`: the table's entry for `self`.
pub fn lookup(name: &str) -> TokenStream {
    let name = format_ident!("{}", name);
    quote!(#name[index(self)])
}

/// The entry of a table where `""` stands for `None`, as an `Option`.
pub fn optional(name: &str) -> TokenStream {
    let value = lookup(name);
    quote! {{
        let value: &'static ::core::primitive::str = #value;
        if value.is_empty() {
            ::core::option::Option::None
        } else {
            ::core::option::Option::Some(value)
        }
    }}
}

/// `Debug` writes the variant's name, as a derived `Debug` would, from the
/// `NAME` table (a derived one is a `match` for rustc to check). Spanned on the
/// enum's name: a conflicting impl is reported there.
pub fn debug<K: Kind>(model: &Checked<K>) -> TokenStream {
    let ident = &model.ident;
    quote_spanned! {user_span(ident.span())=>
        #[automatically_derived]
        impl ::core::fmt::Debug for #ident {
            /// The variant's name, as a derived `Debug` would write it.
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(NAME[index(*self)])
            }
        }
    }
}

/// An inherent `const fn name(self) -> ty { body }` with its docs (one string
/// per line), as every accessor of a list is written.
pub fn accessor(
    vis: &syn::Visibility,
    name: &str,
    docs: &[&str],
    ty: &TokenStream,
    body: &TokenStream,
) -> TokenStream {
    let name = format_ident!("{}", name);
    let docs = docs.iter().map(|line| format!(" {line}"));
    quote! {
        #(#[doc = #docs])*
        #[must_use]
        #[inline]
        #vis const fn #name(self) -> #ty {
            #body
        }
    }
}
