//! The inherent items every generated enum has (`const fn` where Rust allows):
//! the constants, the lookups between codes and variants, and one accessor per
//! piece of per-variant data.
//!
//! The impl is emitted inside `const _: () = { ... }`, beside the tables and
//! helper functions it reads (`tables.rs`): those are items of the block, not
//! of the enum, so the user's type has only its documented items. (An impl in
//! an anonymous const is an impl of the type like any other: its methods keep
//! their visibility, and rustdoc documents them.)

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::tables::{data_tables, from_code, index_fn};
use super::{classes, http};
use crate::list::codes::model::Checked;
use crate::list::tables::{accessor, debug, lookup, optional};

pub fn expand(model: &Checked) -> TokenStream {
    let ident = &model.ident;
    let constants = constants(model);
    let (lookups, from_code_helpers) = lookups(model);
    let accessors = accessors(model);
    let tables = data_tables(model);
    let index = index_fn(model);
    let debug = debug(model);
    let family_methods = if model.family.http_classes {
        http::methods(model)
    } else {
        classes::methods(model)
    };
    quote! {
        const _: () = {
            #tables
            #index
            #from_code_helpers

            impl #ident {
                #constants
                #lookups
                #accessors
                #family_methods
            }

            #debug
        };
    }
}

/// `ALL`, `CODES`, `COUNT`.
fn constants(model: &Checked) -> TokenStream {
    let ident = &model.ident;
    let vis = &model.vis;
    let entries = &model.entries;
    let count = entries.len();
    let names = entries.iter().map(|e| &e.ident);
    let codes = entries.iter().map(|e| Literal::u16_unsuffixed(e.code));
    let first = entries.first().map_or(0, |e| e.code);
    let last = entries.last().map_or(0, |e| e.code);
    let all_doc = format!(
        " Every code of [`{ident}`], in ascending order ({count} codes, {first} to {last})."
    );
    quote! {
        #[doc = #all_doc]
        #vis const ALL: [#ident; #count] = [#(#ident::#names),*];

        /// Every numeric code, in ascending order: `CODES[i]` is `ALL[i].code()`.
        #vis const CODES: [::core::primitive::u16; #count] = [#(#codes),*];

        /// The number of codes in the enum.
        #vis const COUNT: ::core::primitive::usize = #count;
    }
}

/// `code`, `from_code` and `iter`; and the helpers `from_code` calls, if any.
fn lookups(model: &Checked) -> (TokenStream, TokenStream) {
    let p = model.runtime.private();
    let ident = &model.ident;
    let vis = &model.vis;
    let (from_code, from_code_helpers) = from_code(model);
    let code_body = if model.entries.is_empty() {
        quote!(match self {})
    } else {
        quote!(self as ::core::primitive::u16)
    };
    let iter_doc = format!(
        " An iterator over every code, in ascending order: the variants of [`ALL`](Self::ALL), without reading that constant (see [`Code::all`]({}::Code::all)).",
        model.runtime.doc_path()
    );
    let methods = quote! {
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

        #[doc = #iter_doc]
        #[inline]
        #vis fn iter() -> #p::Iter<#ident> {
            <#ident as #p::Code>::all()
        }
    };
    (methods, from_code_helpers)
}

/// One `const fn` per piece of per-variant data, each a load from its table.
fn accessors(model: &Checked) -> TokenStream {
    let vis = &model.vis;
    let str_ty = quote!(&'static ::core::primitive::str);
    let accessors: [(&str, &str, TokenStream, TokenStream); 9] = [
        ("reason", "The reason phrase, e.g. `\"Not Found\"`.", str_ty.clone(), lookup("REASON")),
        ("code_str", "The code as decimal text, e.g. `\"404\"`, without formatting an integer.", str_ty.clone(), lookup("CODE_STR")),
        ("label", "The code and the reason phrase, e.g. `\"404 Not Found\"`: what `Display` writes.", str_ty.clone(), lookup("LABEL")),
        ("name", "The variant's name, e.g. `\"NotFound\"`.", str_ty.clone(), lookup("NAME")),
        ("description", "A one-sentence description: the first paragraph of the variant's docs, or the reason phrase if it has none.", str_ty.clone(), lookup("DESCRIPTION")),
        ("spec", "The specification that defines the code, e.g. `\"RFC 9110, Section 15.5.5\"`.", quote!(::core::option::Option<#str_ty>), optional("SPEC")),
        ("spec_url", "A link to the specification, when [`spec`](Self::spec) names an RFC, an Internet-Draft or a URL.", quote!(::core::option::Option<#str_ty>), optional("SPEC_URL")),
        ("aliases", "Other phrases that name the code (former names, other spellings); `FromStr` accepts them too, and each one's ASCII letters and digits run together as a former name (`\"Payload Too Large\"` -> `\"PayloadTooLarge\"`).", quote!(&'static [#str_ty]), aliases(model)),
        ("is_deprecated", "Whether the variant is marked `#[deprecated]`.", quote!(::core::primitive::bool), lookup("DEPRECATED")),
    ];
    let methods = accessors
        .iter()
        .map(|(name, doc, ty, body)| accessor(vis, name, &[doc], ty, body));
    quote! {
        #(#methods)*
    }
}

/// Few codes have aliases: a short list of (position, aliases), not a table.
fn aliases(model: &Checked) -> TokenStream {
    let with_aliases = model
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| !e.aliases.is_empty())
        .map(|(i, e)| {
            let a = &e.aliases;
            quote!((#i, &[#(#a),*]))
        });
    quote! {{
        const ALIASED: &[(::core::primitive::usize, &[&::core::primitive::str])] = &[#(#with_aliases),*];
        let position = index(self);
        let mut i = 0;
        while i < ALIASED.len() {
            if ALIASED[i].0 == position {
                return ALIASED[i].1;
            }
            i += 1;
        }
        &[]
    }}
}
