//! The `codes!` grammar, as syn `Parse` impls. Only syntax is read here;
//! everything about values (ranges, duplicates, phrases, attributes) is in
//! `check/`, so that all such mistakes are reported together.
//!
//! Parsing recovers at each entry: an entry that cannot be read is reported
//! and skipped up to the next `,`, and the entries after it are still read and
//! checked, so one build shows every mistake of a list.

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};
use syn::parse::{Parse, ParseStream};
use syn::{braced, Attribute, Ident, Lit, LitStr, Path, Token, Visibility};

use super::model::{CodeList, Entry};
use crate::common::recovering_list;

mod kw {
    syn::custom_keyword!(extends);
}

/// `a`, `a::b::C`, `::a::B`: the path after `extends`.
fn parse_path(input: ParseStream) -> syn::Result<Path> {
    Path::parse_mod_style(input)
}

impl Parse for CodeList {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis: Visibility = input.parse()?;
        if !input.peek(Token![enum]) {
            return Err(input.error(
                "expected `enum`: a code list reads `pub enum Name { 404 NotFound = \"Not Found\", ... }`",
            ));
        }
        input.parse::<Token![enum]>()?;
        let ident: Ident = input.parse()?;
        let extends = if input.peek(kw::extends) {
            input.parse::<kw::extends>()?;
            Some(input.call(parse_path)?)
        } else {
            None
        };
        if input.peek(Token![<]) {
            return Err(input.error("a code list enum cannot have generic parameters"));
        }
        let content;
        let brace = braced!(content in input);
        let (entries, syntax_errors) = recovering_list(
            &content,
            "expected `,` after the entry: entries are separated by commas, as in `404 NotFound = \"Not Found\",`",
        );
        if !input.is_empty() {
            return Err(
                input.error("unexpected tokens after the code list; `codes!` takes one enum")
            );
        }
        Ok(CodeList {
            attrs,
            vis,
            ident,
            extends,
            brace_span: brace.span.join(),
            entries,
            syntax_errors,
        })
    }
}

impl Parse for Entry {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        if !input.peek(syn::Lit) {
            return Err(input.error(
                "expected a code entry such as `404 NotFound = \"Not Found\"`, starting with the code as an integer literal",
            ));
        }
        let code: Lit = input.parse()?;
        if !input.peek(Ident) {
            return Err(input.error(
                "expected the variant name after the code, as in `404 NotFound = \"Not Found\"`",
            ));
        }
        let ident: Ident = input.parse()?;
        if !input.peek(Token![=]) {
            return Err(input.error(
                "expected `=` and the reason phrase, as in `404 NotFound = \"Not Found\"`",
            ));
        }
        input.parse::<Token![=]>()?;
        if !input.peek(LitStr) {
            return Err(input.error(
                "expected the reason phrase as a string literal, as in `404 NotFound = \"Not Found\"`",
            ));
        }
        let reason: LitStr = input.parse()?;
        Ok(Entry {
            attrs,
            code,
            ident,
            reason,
        })
    }
}

/// An entry prints itself back in the form it parses from (the `extends`
/// replay relies on that).
impl ToTokens for Entry {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let Entry {
            attrs,
            code,
            ident,
            reason,
        } = self;
        tokens.extend(quote!(#(#attrs)* #code #ident = #reason));
    }
}
