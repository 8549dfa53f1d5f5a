//! Where generated code finds the runtime crate, and how it is spanned and linted.

use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::{quote, ToTokens};
use syn::meta::ParseNestedMeta;
use syn::parse::ParseStream;
use syn::{LitStr, Path};

/// The runtime crate as generated code names it: `::codes_core` unless the
/// user says otherwise with `crate = path` (a renamed dependency, a re-export).
#[derive(Clone)]
pub struct Runtime {
    krate: TokenStream,
}

impl Default for Runtime {
    fn default() -> Runtime {
        Runtime {
            krate: quote!(::codes_core),
        }
    }
}

impl Runtime {
    pub fn new(path: &Path) -> Runtime {
        Runtime {
            krate: path.to_token_stream(),
        }
    }

    /// The crate's root path, e.g. `::codes_core`.
    pub fn krate(&self) -> &TokenStream {
        &self.krate
    }

    /// The runtime's private module. Its name carries the version: a macro and
    /// a runtime that do not belong together fail to build instead of misbehaving.
    pub fn private(&self) -> TokenStream {
        let krate = &self.krate;
        quote!(#krate::__private_v0_1)
    }

    /// The crate path as text for rustdoc links, e.g. `::codes_core`.
    pub fn doc_path(&self) -> String {
        self.krate.to_string().replace(' ', "")
    }
}

/// Parses the value of `crate = ...` in a nested attribute: a path, or (as
/// serde writes it) a string holding one.
pub fn crate_setting(meta: &ParseNestedMeta) -> syn::Result<Path> {
    crate_value(meta.value()?)
}

/// The value after `crate =`: a path, or a string holding one.
pub fn crate_value(input: ParseStream) -> syn::Result<Path> {
    const EXPECTED: &str = "expected the path of the codes-core crate, e.g. `crate = ::codes`";
    if input.peek(LitStr) {
        let lit: LitStr = input.parse()?;
        return lit
            .parse_with(Path::parse_mod_style)
            .map_err(|_| syn::Error::new(lit.span(), EXPECTED));
    }
    input
        .call(Path::parse_mod_style)
        .map_err(|e| syn::Error::new(e.span(), EXPECTED))
}

/// Where rustc should report errors about generated items: at the user's token,
/// but resolved at the call site, so that generated locals (`self`, arguments)
/// are not subject to the hygiene of a `macro_rules!` that replayed the tokens.
pub fn user_span(span: Span) -> Span {
    Span::call_site().located_at(span)
}

/// `tokens`, every one of them (recursively) spanned at `span`: a generated
/// expression whose error rustc reports over its whole extent then points at
/// one user token, not at the whole macro input.
pub fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut tree| {
            if let TokenTree::Group(group) = &tree {
                let mut inner = Group::new(group.delimiter(), respan(group.stream(), span));
                inner.set_span(span);
                tree = TokenTree::Group(inner);
            } else {
                tree.set_span(span);
            }
            tree
        })
        .collect()
}

/// The lints allowed on generated impls: conversions with a base match every
/// variant (deprecated ones such as 305 included), and tables are long literals.
pub fn allow_lints() -> TokenStream {
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

/// An attribute's path as written, e.g. `spec` or `serde::rename`.
pub fn attr_name(attr: &syn::Attribute) -> String {
    attr.path()
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect::<Vec<_>>()
        .join("::")
}

/// The derives of every generated fieldless enum (the code enum gets a `Debug`
/// through its name table instead of a derived `match`).
pub fn value_derives() -> TokenStream {
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

/// Parses the value of `path = ...` in a list's settings: where the enum lives,
/// anchored (`::krate::X` or `crate::x::X`) so that it resolves from any crate.
/// `example` is shown when it is not.
pub fn path_setting(meta: &ParseNestedMeta, example: &str) -> syn::Result<Path> {
    let path: Path = meta.value()?.call(Path::parse_mod_style)?;
    let first = path.segments.first().map(|s| s.ident.to_string());
    let anchored =
        path.leading_colon.is_some() || matches!(first.as_deref(), Some("crate" | "$crate"));
    if !anchored {
        return Err(syn::Error::new_spanned(
            &path,
            format!("`path` must start with `::` or `crate::`, e.g. `{example}`"),
        ));
    }
    Ok(path)
}

/// A hash of a list and of where it is written, for the name of its hidden
/// `macro_rules!`: exported macros all live at the crate root, and the same
/// list may be written in two modules (a v1 and a v2 of an API). `Debug` of
/// the name's span shows its byte range, which differs between two
/// invocations; `parts` are the list's contents.
pub fn fingerprint<'a>(ident: &syn::Ident, parts: impl IntoIterator<Item = &'a [u8]>) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    eat(ident.to_string().as_bytes());
    eat(format!("{:?}", ident.span()).as_bytes());
    for part in parts {
        eat(part);
    }
    hash
}
