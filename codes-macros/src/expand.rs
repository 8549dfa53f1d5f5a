//! Code generation for `codes!`, from a validated [`Checked`] model.
//!
//! Generated code names everything by absolute path (`::core::...`, and the
//! runtime's items through the version-stamped `::codes_core::__private_v0_1`),
//! so it works under `#![no_implicit_prelude]`, in `no_std`, and next to user
//! types called `Option` or `Result`. Lints that generated code could trip in a
//! strict user crate are allowed on the generated impls.

use proc_macro2::{Literal, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};

use crate::ast::{Checked, CheckedEntry, HttpClass};

/// Path of the runtime's private module. Bump with the runtime's version: a
/// macro and a runtime that disagree then fail to build instead of misbehaving.
pub fn private() -> TokenStream {
    quote!(::codes_core::__private_v0_1)
}

/// The lints allowed on generated impls: conversions with a base match every
/// variant (deprecated ones such as 305 included), and tables are long literals.
fn allow_lints() -> TokenStream {
    quote! {
        #[allow(
            deprecated,
            unused_qualifications,
            clippy::match_same_arms,
            clippy::too_many_lines,
            clippy::unreadable_literal,
            clippy::missing_const_for_fn,
            clippy::must_use_candidate,
            clippy::use_self
        )]
    }
}

/// Above this many table slots per code, `from_code` binary-searches instead of
/// indexing a dense table (wide, sparse families would otherwise bloat the binary).
const DENSE_SLOTS_PER_CODE: usize = 8;
/// A dense table of up to this many slots is always fine.
const DENSE_ALWAYS: usize = 1024;

pub fn expand(model: &Checked) -> TokenStream {
    let enum_def = enum_definition(model);
    let inherent = inherent_impl(model);
    let traits = trait_impls(model);
    let classes = class_enum(model);
    let base = base_conversions(model);
    let list = list_macro(model);
    let p = private();
    let ident = &model.ident;
    // serde, http and axum impls, as codes-core's features decide.
    let integrations = if model.family.http_classes {
        quote!(#p::integrations!(#ident, http);)
    } else {
        quote!(#p::integrations!(#ident);)
    };
    quote! {
        #enum_def
        #inherent
        #traits
        #classes
        #base
        #list
        #integrations
    }
}

/// What `codes!` emits for `enum Name extends Path { ... }`: a call of the base's
/// list macro, which replays the base's entries into `__codes_extend`. A check
/// that `Path` implements `Code` turns "not an enum made by `codes!`" into a
/// readable error on the path.
pub fn extension_call(path: &syn::Path, input: TokenStream) -> TokenStream {
    let p = private();
    quote_spanned! {path_span(path)=>
        #path! { #input }
        const _: () = {
            #p::assert_extendable::<#path>();
        };
    }
}

/// Where rustc should report errors about generated items: at the user's token,
/// but resolved at the call site, so that generated locals (`self`, arguments)
/// are not subject to the hygiene of the `macro_rules!` that replayed the tokens.
fn user_span(span: Span) -> Span {
    Span::call_site().located_at(span)
}

fn path_span(path: &syn::Path) -> Span {
    user_span(
        path.segments
            .last()
            .map_or_else(Span::call_site, |s| s.ident.span()),
    )
}

/// A hidden `macro_rules!` that replays this enum's entries (all of them,
/// inherited ones included), re-exported under the enum's own name in the macro
/// namespace, so that `extends path::Name` can call `path::Name! { ... }` from
/// any module or crate.
fn list_macro(model: &Checked) -> TokenStream {
    let p = private();
    let ident = &model.ident;
    let vis = &model.vis;
    let entries = model.entries.iter().map(|e| {
        let docs = doc_attrs(&e.docs);
        let doc_attrs = &e.doc_attrs;
        let spec = e.spec.as_ref().map(|s| quote!(#[spec(#s)]));
        let aliases = &e.aliases;
        let alias = (!aliases.is_empty()).then(|| quote!(#[alias(#(#aliases),*)]));
        let deprecated = &e.deprecated;
        let code = Literal::u16_unsuffixed(e.code);
        let name = &e.ident;
        let reason = &e.reason;
        quote!(#docs #(#doc_attrs)* #spec #alias #deprecated #code #name = #reason,)
    });
    let family = &model.family.attr;
    let root = model.base.is_none().then(|| quote!(root));
    let hidden = format_ident!("__codes_list_{}_{:016x}", ident, fingerprint(model));
    // Only a `pub` enum can be extended from other crates, which needs an
    // exported macro; for the others a local one, imported with the enum's own
    // visibility, is enough (and lint-free inside function bodies).
    let export = if matches!(vis, syn::Visibility::Public(_)) {
        quote!(#[macro_export] #[allow(non_local_definitions)])
    } else {
        quote!()
    };
    quote! {
        #[doc(hidden)]
        #export
        macro_rules! #hidden {
            ($($extension:tt)*) => {
                #p::codes_extend! {
                    { #ident #family #root { #(#entries)* } }
                    $($extension)*
                }
            };
        }
        #[doc(hidden)]
        #[allow(unused_imports)]
        #vis use #hidden as #ident;
    }
}

/// A stable hash of the list, to give each list macro a crate-unique name.
fn fingerprint(model: &Checked) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    eat(model.ident.to_string().as_bytes());
    for e in &model.entries {
        eat(&e.code.to_le_bytes());
        eat(e.ident.to_string().as_bytes());
        eat(e.reason.as_bytes());
    }
    hash
}

/// `PartialEq` both ways between the enum and `other`, by numeric code. `other`
/// converts to `u16` with `From` (`u16` itself through the reflexive impl).
fn eq_both_ways(ident: &syn::Ident, other: &TokenStream) -> TokenStream {
    let allow = allow_lints();
    let other_code = quote!(<::core::primitive::u16 as ::core::convert::From<#other>>::from);
    quote! {
        #[automatically_derived]
        #allow
        impl ::core::cmp::PartialEq<#other> for #ident {
            #[inline]
            fn eq(&self, other: &#other) -> ::core::primitive::bool {
                #ident::code(*self) == #other_code(*other)
            }
        }

        #[automatically_derived]
        #allow
        impl ::core::cmp::PartialEq<#ident> for #other {
            #[inline]
            fn eq(&self, other: &#ident) -> ::core::primitive::bool {
                #other_code(*self) == #ident::code(*other)
            }
        }
    }
}

/// For an extension: conversions and comparisons with the base enum.
fn base_conversions(model: &Checked) -> TokenStream {
    let Some((base, _)) = &model.base else {
        return TokenStream::new();
    };
    let p = private();
    let ident = &model.ident;
    let allow = allow_lints();
    let inherited: Vec<&syn::Ident> = model
        .entries
        .iter()
        .filter(|e| e.inherited)
        .map(|e| &e.ident)
        .collect();
    let custom: Vec<&syn::Ident> = model
        .entries
        .iter()
        .filter(|e| !e.inherited)
        .map(|e| &e.ident)
        .collect();
    let custom_arm = (!custom.is_empty()).then(|| {
        quote! {
            #(#ident::#custom)|* => ::core::result::Result::Err(#p::UnknownCode::new(#ident::code(code))),
        }
    });
    let span = path_span(base);
    let through_base = root_conversions(model, base);
    let base_eq = eq_both_ways(ident, &quote!(#base));
    quote_spanned! {span=>
        #through_base

        #[automatically_derived]
        #allow
        impl ::core::convert::From<#base> for #ident {
            #[inline]
            fn from(code: #base) -> #ident {
                match code {
                    #(#base::#inherited => #ident::#inherited,)*
                }
            }
        }

        #[automatically_derived]
        #allow
        impl ::core::convert::TryFrom<#ident> for #base {
            type Error = #p::UnknownCode;
            #[inline]
            fn try_from(code: #ident) -> ::core::result::Result<#base, #p::UnknownCode> {
                match code {
                    #(#ident::#inherited => ::core::result::Result::Ok(#base::#inherited),)*
                    #custom_arm
                }
            }
        }

        #base_eq
    }
}

/// For an extension of an extension: conversions with the chain's first enum,
/// when it declared its path (`#[codes(path = ...)]`, as the registry does),
/// through the base, which has them by the same rule.
fn root_conversions(model: &Checked, base: &syn::Path) -> TokenStream {
    let (true, Some(root)) = (model.base_is_extension, &model.family.root_path) else {
        return TokenStream::new();
    };
    let p = private();
    let ident = &model.ident;
    let allow = allow_lints();
    let root_eq = eq_both_ways(ident, &quote!(#root));
    quote! {
        #[automatically_derived]
        #allow
        impl ::core::convert::From<#root> for #ident {
            #[inline]
            fn from(code: #root) -> #ident {
                <#ident as ::core::convert::From<#base>>::from(<#base as ::core::convert::From<#root>>::from(code))
            }
        }

        #[automatically_derived]
        #allow
        impl ::core::convert::TryFrom<#ident> for #root {
            type Error = #p::UnknownCode;
            #[inline]
            fn try_from(code: #ident) -> ::core::result::Result<#root, #p::UnknownCode> {
                match <#base as ::core::convert::TryFrom<#ident>>::try_from(code) {
                    ::core::result::Result::Ok(base) => <#root as ::core::convert::TryFrom<#base>>::try_from(base),
                    ::core::result::Result::Err(error) => ::core::result::Result::Err(error),
                }
            }
        }

        #root_eq
    }
}

/// `NameClass`, for lists that declare their own classes.
fn class_enum(model: &Checked) -> TokenStream {
    let classes = &model.family.classes;
    if classes.is_empty() {
        return TokenStream::new();
    }
    let ident = &model.ident;
    let vis = &model.vis;
    let class_ident = format_ident!("{}Class", ident);
    let derives = value_derives();
    let allow = allow_lints();
    let names: Vec<&syn::Ident> = classes.iter().map(|c| &c.ident).collect();
    let name_strs: Vec<String> = names.iter().map(ToString::to_string).collect();
    let mins: Vec<Literal> = classes
        .iter()
        .map(|c| Literal::u16_unsuffixed(c.min))
        .collect();
    let maxs: Vec<Literal> = classes
        .iter()
        .map(|c| Literal::u16_unsuffixed(c.max))
        .collect();
    let docs: Vec<String> = classes
        .iter()
        .map(|c| format!(" Codes {} to {}.", c.min, c.max))
        .collect();
    let count = classes.len();
    let last_class = &classes[classes.len() - 1].ident;
    let doc = format!(" The classes of [`{ident}`] codes, as its list declares them.");
    let is_methods = classes.iter().map(|class| {
        let name = &class.ident;
        let method = format_ident!("is_{}", snake_case(&name.to_string()));
        let doc = format!(
            " Whether the code is in the `{name}` class ({}..={}).",
            class.min, class.max
        );
        quote! {
            #[doc = #doc]
            #[must_use]
            #[inline]
            #vis const fn #method(self) -> ::core::primitive::bool {
                ::core::matches!(#ident::class(self), #class_ident::#name)
            }
        }
    });
    quote! {
        #[doc = #doc]
        #derives
        #[derive(::core::fmt::Debug)]
        #vis enum #class_ident {
            #(#[doc = #docs] #names,)*
        }

        #allow
        impl #class_ident {
            /// Every class, in ascending order of codes.
            #vis const ALL: [#class_ident; #count] = [#(#class_ident::#names),*];

            /// The class a number falls in, whether or not it is a code of the list.
            #[must_use]
            #[inline]
            #vis const fn from_code(code: ::core::primitive::u16) -> ::core::option::Option<#class_ident> {
                #(
                    if code >= #mins && code <= #maxs {
                        return ::core::option::Option::Some(#class_ident::#names);
                    }
                )*
                ::core::option::Option::None
            }

            /// The codes of the class.
            #[must_use]
            #[inline]
            #vis const fn range(self) -> ::core::ops::RangeInclusive<::core::primitive::u16> {
                match self {
                    #(#class_ident::#names => #mins..=#maxs,)*
                }
            }

            /// The class's name.
            #[must_use]
            #[inline]
            #vis const fn name(self) -> &'static ::core::primitive::str {
                match self {
                    #(#class_ident::#names => #name_strs,)*
                }
            }
        }

        #[automatically_derived]
        #allow
        impl ::core::fmt::Display for #class_ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(#class_ident::name(*self))
            }
        }

        #allow
        impl #ident {
            /// The class of the code, as the list declares its classes.
            #[must_use]
            #[inline]
            #vis const fn class(self) -> #class_ident {
                match #class_ident::from_code(#ident::code(self)) {
                    ::core::option::Option::Some(class) => class,
                    // Validation put every code in one of the classes.
                    ::core::option::Option::None => #class_ident::#last_class,
                }
            }

            #(#is_methods)*
        }
    }
}

fn snake_case(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The derives of every generated fieldless enum (the code enum gets a `Debug`
/// through its name table instead of a derived `match`).
fn value_derives() -> TokenStream {
    quote! {
        #[derive(
            ::core::marker::Copy,
            ::core::clone::Clone,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::hash::Hash,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord
        )]
    }
}

fn doc_attrs(lines: &[String]) -> TokenStream {
    lines.iter().map(|l| quote!(#[doc = #l])).collect()
}

fn enum_definition(model: &Checked) -> TokenStream {
    let Checked {
        attrs,
        docs,
        vis,
        ident,
        entries,
        ..
    } = model;
    let mut all_docs = docs.clone();
    all_docs.extend(code_table(model));
    let docs = doc_attrs(&all_docs);
    let variants = entries.iter().map(|e| {
        let name = &e.ident;
        let code = Literal::u16_unsuffixed(e.code);
        let mut lines = vec![format!(" {}", variant_header(model, e))];
        if !e.docs.is_empty() {
            lines.push(String::new());
            lines.extend(e.docs.iter().cloned());
        }
        let docs = doc_attrs(&lines);
        let deprecated = &e.deprecated;
        let doc_attrs = &e.doc_attrs;
        quote_spanned! {user_span(e.code_span)=>
            #docs
            #(#doc_attrs)*
            #deprecated
            #name = #code
        }
    });
    // `#[repr(u16)]` is refused on an enum without variants; that only happens
    // when validation rejected every entry, and those errors are enough.
    let derives = value_derives();
    let repr = if entries.is_empty() {
        quote!()
    } else {
        quote!(#[repr(u16)])
    };
    quote! {
        #docs
        #repr
        #derives
        #(#attrs)*
        #vis enum #ident {
            #(#variants,)*
        }
    }
}

/// `` **`404 Not Found`** · 4xx client error · [RFC 9110, Section 15.5.5](https://...) ``
fn variant_header(model: &Checked, e: &CheckedEntry) -> String {
    let mut header = format!("**`{} {}`**", e.code, e.reason);
    if model.family.http_classes {
        if let Some(class) = HttpClass::of(e.code) {
            header.push_str(" · ");
            header.push_str(class.title());
        }
    }
    if let Some(spec) = &e.spec {
        header.push_str(" · ");
        header.push_str(&spec_markdown(spec));
    }
    if let Some((_, base)) = &model.base {
        if !e.inherited {
            header.push_str(" · not in `");
            header.push_str(&base.to_string());
            header.push('`');
        }
    }
    if let Some(class) = model.family.class_of(e.code) {
        header.push_str(" · class `");
        header.push_str(&class.ident.to_string());
        header.push('`');
    }
    if !e.aliases.is_empty() {
        let old: Vec<String> = e.aliases.iter().map(|a| format!("“{a}”")).collect();
        header.push_str(" · also known as ");
        header.push_str(&old.join(", "));
    }
    header
}

fn spec_markdown(spec: &str) -> String {
    match spec_url(spec) {
        Some(url) => format!("[{spec}]({url})"),
        None => spec.to_string(),
    }
}

/// A link for the usual ways of citing a spec: `RFC 9110, Section 15.5.5`,
/// `RFC9110`, `draft-ietf-...`, or a URL.
pub fn spec_url(spec: &str) -> Option<String> {
    let spec = spec.trim();
    if spec.starts_with("https://") || spec.starts_with("http://") {
        return Some(spec.split_whitespace().next()?.to_string());
    }
    if spec.starts_with("draft-") {
        let name: String = spec
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        return Some(format!("https://datatracker.ietf.org/doc/html/{name}"));
    }
    let rest = spec.strip_prefix("RFC")?.trim_start();
    let number: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if number.is_empty() {
        return None;
    }
    let mut url = format!("https://www.rfc-editor.org/rfc/rfc{number}");
    let rest = rest[number.len()..].trim_start_matches([',', ' ']);
    let section = rest
        .strip_prefix("Section")
        .or_else(|| rest.strip_prefix('§'))
        .map(|s| {
            s.trim_start()
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect::<String>()
        })
        .map(|s| s.trim_end_matches('.').to_string())
        .filter(|s| !s.is_empty());
    if let Some(section) = section {
        url.push_str("#section-");
        url.push_str(&section);
    }
    Some(url)
}

/// A Markdown table of every code, by class for HTTP families, appended to the enum docs.
fn code_table(model: &Checked) -> Vec<String> {
    let mut lines = vec![String::new(), " # Codes".to_string(), String::new()];
    let row = |e: &CheckedEntry| {
        let spec = e.spec.as_deref().map(spec_markdown).unwrap_or_default();
        format!(
            " | {} | [`{}`](Self::{}) | {} | {} |",
            e.code,
            e.reason,
            e.ident,
            e.description.replace('|', "\\|"),
            spec
        )
    };
    let header = [
        " | Code | Reason phrase | Meaning | Specification |".to_string(),
        " |-----:|---------------|---------|---------------|".to_string(),
    ];
    if model.family.http_classes {
        for class in HttpClass::ALL {
            let in_class: Vec<&CheckedEntry> = model
                .entries
                .iter()
                .filter(|e| HttpClass::of(e.code) == Some(class))
                .collect();
            if in_class.is_empty() {
                continue;
            }
            let mut title = class.title().to_string();
            title[..1].make_ascii_uppercase();
            lines.push(format!(" ## {title}"));
            lines.push(String::new());
            lines.extend(header.iter().cloned());
            lines.extend(in_class.into_iter().map(row));
            lines.push(String::new());
        }
    } else {
        lines.extend(header.iter().cloned());
        lines.extend(model.entries.iter().map(row));
    }
    lines
}

fn inherent_impl(model: &Checked) -> TokenStream {
    let p = private();
    let ident = &model.ident;
    let vis = &model.vis;
    let entries = &model.entries;
    let names: Vec<&syn::Ident> = entries.iter().map(|e| &e.ident).collect();
    let count = entries.len();
    let allow = allow_lints();

    // Per-variant data lives in tables indexed by the variant's position in
    // `ALL` (see `index_body`): one lookup per method at run time, and no
    // per-method `match` for rustc to check, which keeps long lists cheap to compile.
    let table = |name: &str, ty: TokenStream, values: Vec<TokenStream>| {
        let name = format_ident!("__CODES_{}", name);
        quote! {
            #[doc(hidden)]
            const #name: [#ty; #count] = [#(#values),*];
        }
    };
    let str_table = |name: &str, f: &dyn Fn(&CheckedEntry) -> String| {
        table(
            name,
            quote!(&'static ::core::primitive::str),
            entries
                .iter()
                .map(|e| {
                    let v = f(e);
                    quote!(#v)
                })
                .collect(),
        )
    };
    let tables = [
        str_table("REASON", &|e| e.reason.clone()),
        str_table("CODE_STR", &|e| e.code.to_string()),
        str_table("LABEL", &|e| format!("{} {}", e.code, e.reason)),
        str_table("NAME", &|e| e.ident.to_string()),
        str_table("DESCRIPTION", &|e| e.description.clone()),
        // "" stands for `None`: cheaper for rustc than a table of `Option`s.
        str_table("SPEC", &|e| e.spec.clone().unwrap_or_default()),
        str_table("SPEC_URL", &|e| {
            e.spec.as_deref().and_then(spec_url).unwrap_or_default()
        }),
        table(
            "DEPRECATED",
            quote!(::core::primitive::bool),
            entries
                .iter()
                .map(|e| {
                    let d = e.deprecated.is_some();
                    quote!(#d)
                })
                .collect(),
        ),
    ];
    let index = index_body(model);
    let search = search_fn(model);
    let lookup = |name: &str| {
        let name = format_ident!("__CODES_{}", name);
        quote!(#ident::#name[#ident::__codes_index(self)])
    };
    let reasons = lookup("REASON");
    let code_strs = lookup("CODE_STR");
    let labels = lookup("LABEL");
    let idents = lookup("NAME");
    let descriptions = lookup("DESCRIPTION");
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
    let specs = non_empty(lookup("SPEC"));
    let spec_urls = non_empty(lookup("SPEC_URL"));
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
    let deprecated = lookup("DEPRECATED");

    let from_code = from_code_body(model);
    let code_body = if entries.is_empty() {
        quote!(match self {})
    } else {
        quote!(self as ::core::primitive::u16)
    };

    let http = if model.family.http_classes {
        http_methods(model)
    } else {
        TokenStream::new()
    };

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

            #(#tables)*

            #search

            /// The variant's position in `ALL`.
            #[doc(hidden)]
            #[inline]
            const fn __codes_index(self) -> ::core::primitive::usize {
                #index
            }

            /// An iterator over every code, in ascending order (see [`ALL`](Self::ALL)).
            #[inline]
            #vis fn iter() -> ::core::iter::Copied<::core::slice::Iter<'static, #ident>> {
                // Through the trait's constant, not a local `const` item: rustc
                // evaluates local const items even in `cargo check`, and evaluating
                // a long array of enum values costs O(n^2) there.
                ::core::iter::Iterator::copied(<#ident as #p::Code>::ALL.iter())
            }

            #http
        }
    }
}

/// Whether a list's codes are dense enough for tables indexed by `code - first`.
fn dense(model: &Checked) -> Option<(u16, usize)> {
    let (first, last) = (model.entries.first()?, model.entries.last()?);
    let slots = usize::from(last.code - first.code) + 1;
    (slots <= DENSE_ALWAYS || slots <= DENSE_SLOTS_PER_CODE * model.entries.len())
        .then_some((first.code, slots))
}

/// Body of the private `__codes_index`: a table from `code - first` to the
/// position in `ALL` for dense lists, a binary search for sparse ones.
fn index_body(model: &Checked) -> TokenStream {
    let ident = &model.ident;
    if model.entries.is_empty() {
        return quote!(match self {});
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
            SLOTS[(self as ::core::primitive::u16 - #min) as ::core::primitive::usize] as ::core::primitive::usize
        }
    } else {
        quote! {
            match #ident::__codes_search(self as ::core::primitive::u16) {
                ::core::option::Option::Some(index) => index,
                // Every variant's code is in the table.
                ::core::option::Option::None => 0,
            }
        }
    }
}

/// A private binary search over the sorted codes, for sparse lists (dense ones
/// use slot tables instead, and get neither the search nor its table).
fn search_fn(model: &Checked) -> TokenStream {
    let ident = &model.ident;
    if model.entries.is_empty() || dense(model).is_some() {
        return TokenStream::new();
    }
    let count = model.entries.len();
    let codes = model
        .entries
        .iter()
        .map(|e| Literal::u16_unsuffixed(e.code));
    quote! {
        #[doc(hidden)]
        const __CODES_CODES: [::core::primitive::u16; #count] = [#(#codes),*];

        #[doc(hidden)]
        #[inline]
        const fn __codes_search(code: ::core::primitive::u16) -> ::core::option::Option<::core::primitive::usize> {
            let mut lo: ::core::primitive::usize = 0;
            let mut hi: ::core::primitive::usize = #count;
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                let found = #ident::__CODES_CODES[mid];
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

/// Body of `from_code`: a dense table indexed by `code - first` when it is small
/// enough, else a binary search over the sorted codes. Safe code only.
fn from_code_body(model: &Checked) -> TokenStream {
    let p = private();
    let ident = &model.ident;
    let entries = &model.entries;
    if entries.is_empty() {
        return quote!({
            let _ = code;
            ::core::option::Option::None
        });
    }
    if let Some((min, slots)) = dense(model) {
        let mut table = vec![quote!(::core::option::Option::None); slots];
        for e in entries {
            let name = &e.ident;
            table[usize::from(e.code - min)] = quote!(::core::option::Option::Some(#ident::#name));
        }
        let min_lit = Literal::u16_unsuffixed(min);
        quote! {
            const TABLE: [::core::option::Option<#ident>; #slots] = [#(#table),*];
            // One comparison: codes below the first wrap around to large indexes.
            let index = code.wrapping_sub(#min_lit) as ::core::primitive::usize;
            if index < #slots {
                TABLE[index]
            } else {
                ::core::option::Option::None
            }
        }
    } else {
        quote! {
            match #ident::__codes_search(code) {
                ::core::option::Option::Some(index) => ::core::option::Option::Some(<#ident as #p::Code>::ALL[index]),
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }
    }
}

/// Class queries and RFC 9110 §15's lenient lookup, for HTTP-classed families.
fn http_methods(model: &Checked) -> TokenStream {
    let p = private();
    let ident = &model.ident;
    let vis = &model.vis;
    let is_class = [
        ("is_informational", "1xx (informational)", "Informational"),
        ("is_success", "2xx (success)", "Success"),
        ("is_redirection", "3xx (redirection)", "Redirection"),
        ("is_client_error", "4xx (client error)", "ClientError"),
        ("is_server_error", "5xx (server error)", "ServerError"),
    ]
    .map(|(name, what, class)| {
        let method = format_ident!("{}", name);
        let variant = format_ident!("{}", class);
        let doc = format!(" Whether this is a {what} code.");
        quote! {
            #[doc = #doc]
            #[must_use]
            #[inline]
            #vis const fn #method(self) -> ::core::primitive::bool {
                ::core::matches!(#ident::class(self), #p::Class::#variant)
            }
        }
    });
    quote! {
        /// The class of the code, given by its first digit.
        #[must_use]
        #[inline]
        #vis const fn class(self) -> #p::Class {
            match #p::Class::from_code(#ident::code(self)) {
                ::core::option::Option::Some(class) => class,
                // Every code of an HTTP-classed list is in 100..=599.
                ::core::option::Option::None => #p::Class::ServerError,
            }
        }

        #(#is_class)*

        /// Whether this is a 4xx or 5xx code.
        #[must_use]
        #[inline]
        #vis const fn is_error(self) -> ::core::primitive::bool {
            #ident::class(self).is_error()
        }

        /// Looks a code up the way RFC 9110 §15 asks a client to treat a code it does
        /// not recognise: as the `x00` code of its class. `299` gives the `200` variant,
        /// `450` the `400` one; an exact match always wins.
        ///
        /// # Errors
        ///
        /// [`UnknownCode`](::codes_core::UnknownCode) for codes outside `100..=599`, and
        /// for codes whose `x00` code is not in the enum.
        #[inline]
        #vis const fn from_code_lenient(code: ::core::primitive::u16) -> ::core::result::Result<#ident, #p::UnknownCode> {
            if let ::core::option::Option::Some(exact) = #ident::from_code(code) {
                return ::core::result::Result::Ok(exact);
            }
            if let ::core::option::Option::Some(class) = #p::Class::from_code(code) {
                if let ::core::option::Option::Some(generic) = #ident::from_code(class.generic_code()) {
                    return ::core::result::Result::Ok(generic);
                }
            }
            ::core::result::Result::Err(#p::UnknownCode::new(code))
        }
    }
}

fn trait_impls(model: &Checked) -> TokenStream {
    let p = private();
    let ident = &model.ident;
    let name = ident.to_string();
    let allow = allow_lints();
    let span = user_span(ident.span());
    let u16_eq = eq_both_ways(ident, &quote!(::core::primitive::u16));
    let class = if model.family.http_classes {
        quote!(::core::option::Option::Some(#ident::class(self)))
    } else {
        quote!(::core::option::Option::None)
    };
    quote_spanned! {span=>
        #[automatically_derived]
        #allow
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

        #[automatically_derived]
        #allow
        impl ::core::fmt::Debug for #ident {
            /// The variant's name, as a derived `Debug` would write it.
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(#ident::name(*self))
            }
        }

        #[automatically_derived]
        #allow
        impl ::core::convert::From<#ident> for ::core::primitive::u16 {
            #[inline]
            fn from(code: #ident) -> ::core::primitive::u16 {
                #ident::code(code)
            }
        }

        #[automatically_derived]
        #allow
        impl ::core::convert::TryFrom<::core::primitive::u16> for #ident {
            type Error = #p::UnknownCode;
            #[inline]
            fn try_from(code: ::core::primitive::u16) -> ::core::result::Result<#ident, #p::UnknownCode> {
                match #ident::from_code(code) {
                    ::core::option::Option::Some(found) => ::core::result::Result::Ok(found),
                    ::core::option::Option::None => ::core::result::Result::Err(#p::UnknownCode::new(code)),
                }
            }
        }

        #[automatically_derived]
        #allow
        impl ::core::str::FromStr for #ident {
            type Err = #p::ParseError;
            #[inline]
            fn from_str(text: &::core::primitive::str) -> ::core::result::Result<#ident, #p::ParseError> {
                #p::parse_code::<#ident>(text)
            }
        }

        #u16_eq

        #[automatically_derived]
        #allow
        impl #p::Status for #ident {
            type Code = #ident;
            #[inline]
            fn status(&self) -> #ident {
                *self
            }
        }

        #[automatically_derived]
        #allow
        impl #p::Code for #ident {
            const ALL: &'static [#ident] = &#ident::ALL;
            const TYPE_NAME: &'static ::core::primitive::str = #name;
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
            fn class(self) -> ::core::option::Option<#p::Class> { #class }
        }
    }
}
