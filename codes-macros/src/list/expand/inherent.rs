//! The inherent methods every generated enum has (`const fn` where Rust allows).

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::tables::{data_tables, from_code, index_body, lookup};
use super::{classes, http};
use crate::common::allow_lints;
use crate::list::model::Checked;

pub fn expand(model: &Checked) -> TokenStream {
    let p = model.runtime.private();
    let ident = &model.ident;
    let vis = &model.vis;
    let entries = &model.entries;
    let names: Vec<&syn::Ident> = entries.iter().map(|e| &e.ident).collect();
    let count = entries.len();
    let allow = allow_lints();

    let tables = data_tables(model);
    let index = index_body(model);
    let reasons = lookup(model, "REASON");
    let code_strs = lookup(model, "CODE_STR");
    let labels = lookup(model, "LABEL");
    let idents = lookup(model, "NAME");
    let descriptions = lookup(model, "DESCRIPTION");
    let deprecated = lookup(model, "DEPRECATED");
    let non_empty = |value: TokenStream| {
        quote! {{
            let value: &'static ::core::primitive::str = #value;
            if value.is_empty() {
                ::core::option::Option::None
            } else {
                ::core::option::Option::Some(value)
            }
        }}
    };
    let specs = non_empty(lookup(model, "SPEC"));
    let spec_urls = non_empty(lookup(model, "SPEC_URL"));
    // Few codes have aliases: a short list of (index, aliases), not a table.
    let with_aliases: Vec<TokenStream> = entries
        .iter()
        .enumerate()
        .filter(|(_, e)| !e.aliases.is_empty())
        .map(|(i, e)| {
            let a = &e.aliases;
            quote!((#i, &[#(#a),*]))
        })
        .collect();
    let aliases = quote! {{
        const ALIASED: &[(::core::primitive::usize, &[&::core::primitive::str])] = &[#(#with_aliases),*];
        let index = #ident::__codes_index(self);
        let mut i = 0;
        while i < ALIASED.len() {
            if ALIASED[i].0 == index {
                return ALIASED[i].1;
            }
            i += 1;
        }
        &[]
    }};

    let (from_code, from_code_helpers) = from_code(model);
    let codes = entries.iter().map(|e| Literal::u16_unsuffixed(e.code));
    let code_body = if entries.is_empty() {
        quote!(match self {})
    } else {
        quote!(self as ::core::primitive::u16)
    };
    let family_methods = if model.family.http_classes {
        http::methods(model)
    } else {
        classes::methods(model)
    };

    let iter_doc = format!(
        " An iterator over every code, in ascending order: the variants of [`ALL`](Self::ALL), without reading that constant (see [`Code::all`]({}::Code::all)).",
        model.runtime.doc_path()
    );
    let first = entries.first().map_or(0, |e| e.code);
    let last = entries.last().map_or(0, |e| e.code);
    let all_doc = format!(
        " Every code of [`{ident}`], in ascending order ({count} codes, {first} to {last})."
    );

    quote! {
        #allow
        impl #ident {
            #[doc = #all_doc]
            #vis const ALL: [#ident; #count] = [#(#ident::#names),*];

            /// Every numeric code, in ascending order: `CODES[i]` is `ALL[i].code()`.
            #vis const CODES: [::core::primitive::u16; #count] = [#(#codes),*];

            /// The number of codes in the enum.
            #vis const COUNT: ::core::primitive::usize = #count;

            /// The numeric code, e.g. `404`.
            #[must_use]
            #[inline]
            #vis const fn code(self) -> ::core::primitive::u16 {
                #code_body
            }

            /// The variant with this numeric code, or `None` if the enum has none.
            ///
            /// This never panics: every `u16` is a valid input.
            #[must_use]
            #[inline]
            #vis const fn from_code(code: ::core::primitive::u16) -> ::core::option::Option<#ident> {
                #from_code
            }

            /// The reason phrase, e.g. `"Not Found"`.
            #[must_use]
            #[inline]
            #vis const fn reason(self) -> &'static ::core::primitive::str {
                #reasons
            }

            /// The code as decimal text, e.g. `"404"`, without formatting an integer.
            #[must_use]
            #[inline]
            #vis const fn code_str(self) -> &'static ::core::primitive::str {
                #code_strs
            }

            /// The code and the reason phrase, e.g. `"404 Not Found"`: what `Display` writes.
            #[must_use]
            #[inline]
            #vis const fn label(self) -> &'static ::core::primitive::str {
                #labels
            }

            /// The variant's name, e.g. `"NotFound"`.
            #[must_use]
            #[inline]
            #vis const fn name(self) -> &'static ::core::primitive::str {
                #idents
            }

            /// A one-sentence description: the first paragraph of the variant's docs,
            /// or the reason phrase if it has none.
            #[must_use]
            #[inline]
            #vis const fn description(self) -> &'static ::core::primitive::str {
                #descriptions
            }

            /// The specification that defines the code, e.g. `"RFC 9110, Section 15.5.5"`.
            #[must_use]
            #[inline]
            #vis const fn spec(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                #specs
            }

            /// A link to the specification, when [`spec`](Self::spec) names an RFC, an
            /// Internet-Draft or a URL.
            #[must_use]
            #[inline]
            #vis const fn spec_url(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                #spec_urls
            }

            /// Other phrases that name the code (former names, other spellings); `FromStr` accepts them too.
            #[must_use]
            #[inline]
            #vis const fn aliases(self) -> &'static [&'static ::core::primitive::str] {
                #aliases
            }

            /// Whether the variant is marked `#[deprecated]`.
            #[must_use]
            #[inline]
            #vis const fn is_deprecated(self) -> ::core::primitive::bool {
                #deprecated
            }

            #tables

            #from_code_helpers

            /// The variant's position in `ALL`.
            #[doc(hidden)]
            #[inline]
            const fn __codes_index(self) -> ::core::primitive::usize {
                #index
            }

            #[doc = #iter_doc]
            #[inline]
            #vis fn iter() -> #p::Iter<#ident> {
                <#ident as #p::Code>::all()
            }

            #family_methods
        }
    }
}
