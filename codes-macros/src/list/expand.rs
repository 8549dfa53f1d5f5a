//! What both kinds of list generate the same way: the enum with its variants'
//! docs, the hidden `macro_rules!` behind `extends`, and the call an extension
//! makes to its base's macro.
//!
//! Generated code names everything by absolute path (`::core::...`, and the
//! runtime's items through its version-stamped private module), so it works
//! under `#![no_implicit_prelude]`, in `no_std`, and next to user types called
//! `Option` or `Result`.

use proc_macro2::{Literal, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};

use super::codes::Codes;
use super::methods::Methods;
use super::{Checked, EntryAttrs, Family, Kind, KindEntry, Replay};
use crate::common::{self, allow_lints, doc_attrs_of, user_span, value_derives, Runtime};

/// What a kind generates.
pub struct Generated {
    /// The enum (and any other type the list declares).
    pub types: TokenStream,
    /// The enum's impls (with their tables and helpers), comparisons with the
    /// base: items of the list's `const _` block.
    pub items: TokenStream,
    /// The impls of codes-core's features, by the runtime's macros.
    pub integrations: TokenStream,
}

/// The generated code: the enum; its impls with their tables and helpers,
/// inside one `const _` block whose one `#[allow]` covers every lint a strict
/// user crate could raise on them (the user's type has only its documented
/// items: tables and helpers are items of the block); the hidden list macro;
/// the impls of codes-core's features.
pub fn expand<K: Kind>(model: &Checked<K>) -> TokenStream {
    let Generated {
        types,
        items,
        integrations,
    } = K::expand(model);
    let conversions = base_conversions(model);
    let allow = allow_lints();
    let list_macro = list_macro(model);
    quote! {
        #types
        #allow
        const _: () = {
            #items
            #conversions
        };
        #list_macro
        #integrations
    }
}

/// One variant of the enum: the generated header line, then the author's docs,
/// `#[doc(...)]` and `#[deprecated]`; spanned on the entry's key, so that
/// rustc's errors about the variant point at it.
pub fn variant(
    header: &str,
    attrs: &EntryAttrs,
    name: &syn::Ident,
    discriminant: Literal,
    span: Span,
) -> TokenStream {
    let mut lines = vec![format!(" {header}")];
    if !attrs.docs.is_empty() {
        lines.push(String::new());
        lines.extend(attrs.docs.iter().cloned());
    }
    let docs = doc_attrs_of(&lines);
    let deprecated = &attrs.deprecated;
    let doc_attrs = &attrs.doc_attrs;
    quote_spanned! {user_span(span)=>
        #docs
        #(#doc_attrs)*
        #deprecated
        #name = #discriminant
    }
}

/// The enum: the author's docs and `table` (the list as Markdown), `repr`, the
/// derives every list has (`Debug` is `tables.rs`'s), the author's attributes.
pub fn enum_def<K: Kind>(
    model: &Checked<K>,
    table: Vec<String>,
    repr: TokenStream,
    variants: Vec<TokenStream>,
) -> TokenStream {
    let Checked {
        attrs,
        docs,
        vis,
        ident,
        ..
    } = model;
    let mut all_docs = docs.clone();
    all_docs.extend(table);
    let docs = doc_attrs_of(&all_docs);
    let value_derives = value_derives();
    quote! {
        #docs
        #repr
        #value_derives
        #(#attrs)*
        #vis enum #ident {
            #(#variants,)*
        }
    }
}

/// What a list emits for `enum Name extends Path { ... }`: a call of the base's
/// list macro, which replays the base's entries into the second half of
/// `extends` (through this list's runtime path). A check that `Path` is a list
/// of this kind turns "not an enum made by `codes!`" into a readable error on
/// the path.
pub fn extension_call<K: Kind>(
    path: &syn::Path,
    runtime: &Runtime,
    input: TokenStream,
) -> TokenStream {
    let p = runtime.private();
    let krate = runtime.krate();
    let marker = marker::<K>();
    let assert = format_ident!("{}", K::ASSERT);
    quote_spanned! {path_span(path)=>
        #path! { #marker { #krate } #input }
        const _: () = {
            #p::#assert::<#path>();
        };
    }
}

/// What an extension's call of its base's hidden macro starts with: the kind's name.
fn marker<K: Kind>() -> syn::Ident {
    format_ident!("{}", super::name::<K>())
}

/// The hidden `macro_rules!` behind `extends`: it replays this enum's entries
/// (inherited ones included) into the extension's expansion. It answers a call
/// from each kind of list (told apart by the kind's name, first): its own with the
/// replay, the other with an error.
///
/// The macro is imported under the enum's own name in the macro namespace, so
/// that `extends path::Name` can call `path::Name! { ... }` from any module or
/// crate. The extension passes its own runtime path first (`{ ::codes_core }`),
/// so a renamed codes-core works on either side.
pub fn list_macro<K: Kind>(model: &Checked<K>) -> TokenStream {
    let ident = &model.ident;
    let vis = &model.vis;
    let replay = Replay::of(model);
    let hidden = format_ident!(
        "__{}_list_{}_{:016x}",
        super::name::<K>(),
        ident,
        fingerprint(model)
    );
    // Only a `pub` enum can be extended from other crates, which needs an
    // exported macro; for the others a local one, imported with the enum's own
    // visibility, is enough (and lint-free inside function bodies).
    let export = if matches!(vis, syn::Visibility::Public(_)) {
        quote!(#[macro_export] #[allow(non_local_definitions)])
    } else {
        quote!()
    };
    let extend = format_ident!("{}_extend", super::name::<K>());
    let arm = |marker: syn::Ident, other: Option<&str>| {
        let body = match other {
            None => quote! {
                $($krate)*::__private_v0_1::#extend! {
                    #replay
                    $($extension)*
                }
            },
            Some(other) => {
                let wrong_kind = format!(
                    "`{ident}` is {} made by `{}`: extend it with `{}`, not `{other}`",
                    K::WHAT,
                    K::MACRO,
                    K::MACRO
                );
                quote!(::core::compile_error! { #wrong_kind })
            }
        };
        quote! {
            (#marker { $($krate:tt)* } $($extension:tt)*) => {
                #body
            };
        }
    };
    let own = |other: &'static str| (K::MACRO != other).then_some(other);
    let methods_arm = arm(marker::<Methods>(), own(Methods::MACRO));
    let codes_arm = arm(marker::<Codes>(), own(Codes::MACRO));
    quote! {
        #[doc(hidden)]
        #export
        macro_rules! #hidden {
            #methods_arm
            #codes_arm
        }
        #[doc(hidden)]
        #[allow(unused_imports)]
        #vis use #hidden as #ident;
    }
}

/// `docsrs` when the crate being compiled is codes-core itself (cargo tells
/// every rustc invocation, and so the macros it runs, which crate it builds):
/// the runtime's integration macros then add docs.rs's `doc(cfg(...))` notes,
/// which need the `doc_cfg` feature that codes-core enables for docs.rs.
pub fn docsrs() -> Option<syn::Ident> {
    std::env::var("CARGO_CRATE_NAME")
        .is_ok_and(|name| name == "codes_core")
        .then(|| format_ident!("docsrs"))
}

/// A `#[spec]` of one or more references separated by `;`, for rustdoc: each
/// linked where `common::spec_url` knows how.
pub fn specs_markdown(spec: &str) -> String {
    spec.split(';')
        .map(|part| common::spec_markdown(part.trim()))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Where errors about an `extends` path go: its last segment, at the call site.
pub fn path_span(path: &syn::Path) -> Span {
    user_span(
        path.segments
            .last()
            .map_or_else(Span::call_site, |s| s.ident.span()),
    )
}

/// The list's hash (see [`common::fingerprint`]): its keys and names.
fn fingerprint<K: Kind>(model: &Checked<K>) -> u64 {
    let parts: Vec<(String, String)> = model
        .entries
        .iter()
        .map(|e| (K::Entry::key(e).0, e.ident.to_string()))
        .collect();
    common::fingerprint(
        &model.ident,
        parts
            .iter()
            .flat_map(|(key, name)| [key.as_bytes(), name.as_bytes()]),
    )
}

/// For an extension: `From<Base>` (every variant of the base is one of the
/// enum's) and `TryFrom<Enum> for Base` (the enum's own entries are not the
/// base's); for an extension of an extension, the same with the chain's first
/// enum when it declared its path (`path = ...`, as the registries do), through
/// the base, which has them by the same rule. Spanned on the base's path: a
/// conflicting impl is reported there.
pub fn base_conversions<K: Kind>(model: &Checked<K>) -> TokenStream {
    let Some((base, _)) = &model.base else {
        return TokenStream::new();
    };
    let p = model.runtime.private();
    let error = format_ident!("{}", K::ERROR);
    let error = quote!(#p::#error);
    let refused = |target: &TokenStream| K::refused(model, target);
    let ident = &model.ident;
    let inherited: Vec<&syn::Ident> = model
        .entries
        .iter()
        .filter(|e| e.inherited)
        .map(|e| &e.ident)
        .collect();
    let base_tokens = quote!(#base);
    let own_arm = model.entries.iter().any(|e| !e.inherited).then(|| {
        let refused = refused(&base_tokens);
        quote!(_ => ::core::result::Result::Err(#refused),)
    });
    let root = model.family.root().filter(|_| model.base_is_extension);
    let root = root.map(|root| {
        let refused = refused(&quote!(#root));
        quote! {
            #[automatically_derived]
            impl ::core::convert::From<#root> for #ident {
                #[inline]
                fn from(value: #root) -> #ident {
                    <#ident as ::core::convert::From<#base>>::from(<#base as ::core::convert::From<#root>>::from(value))
                }
            }

            #[automatically_derived]
            impl ::core::convert::TryFrom<#ident> for #root {
                type Error = #error;
                #[inline]
                fn try_from(value: #ident) -> ::core::result::Result<#root, #error> {
                    match <#base as ::core::convert::TryFrom<#ident>>::try_from(value) {
                        ::core::result::Result::Ok(base) => match <#root as ::core::convert::TryFrom<#base>>::try_from(base) {
                            ::core::result::Result::Ok(root) => ::core::result::Result::Ok(root),
                            ::core::result::Result::Err(_) => ::core::result::Result::Err(#refused),
                        },
                        ::core::result::Result::Err(_) => ::core::result::Result::Err(#refused),
                    }
                }
            }
        }
    });
    quote_spanned! {path_span(base)=>
        #[automatically_derived]
        impl ::core::convert::From<#base> for #ident {
            #[inline]
            fn from(value: #base) -> #ident {
                match value {
                    #(#base::#inherited => #ident::#inherited,)*
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<#ident> for #base {
            type Error = #error;
            #[inline]
            fn try_from(value: #ident) -> ::core::result::Result<#base, #error> {
                match value {
                    #(#ident::#inherited => ::core::result::Result::Ok(#base::#inherited),)*
                    #own_arm
                }
            }
        }

        #root
    }
}
