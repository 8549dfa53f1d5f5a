//! The `methods!` grammar. Only syntax is read here; what is wrong with a
//! token, a name or an attribute is found by `check.rs`, so that all such
//! mistakes are reported together. Parsing recovers at each entry.

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};
use syn::parse::{Parse, ParseStream};
use syn::{braced, Attribute, Ident, Lit, Path, Token, Visibility};

use super::model::{Entry, MethodList};
use crate::common::recovering_list;

mod kw {
    syn::custom_keyword!(extends);
}

impl Parse for MethodList {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis: Visibility = input.parse()?;
        if !input.peek(Token![enum]) {
            return Err(input.error(
                "expected `enum`: a method list reads `pub enum Name { Get = \"GET\", ... }`",
            ));
        }
        input.parse::<Token![enum]>()?;
        let ident: Ident = input.parse()?;
        let extends = if input.peek(kw::extends) {
            input.parse::<kw::extends>()?;
            Some(input.call(Path::parse_mod_style)?)
        } else {
            None
        };
        if input.peek(Token![<]) {
            return Err(input.error("a method list enum cannot have generic parameters"));
        }
        let content;
        let brace = braced!(content in input);
        let (entries, syntax_errors) = recovering_list(
            &content,
            "expected `,` after the entry: entries are separated by commas, as in `Purge = \"PURGE\",`",
        );
        if !input.is_empty() {
            return Err(
                input.error("unexpected tokens after the method list; `methods!` takes one enum")
            );
        }
        Ok(MethodList {
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
        if input.peek(Lit) {
            let example = match input.fork().parse::<Lit>() {
                Ok(Lit::Str(s)) => super::check::variant_name(&s.value())
                    .map(|name| format!("{name} = {:?}", s.value())),
                _ => None,
            };
            let example = example.unwrap_or_else(|| "Purge = \"PURGE\"".to_string());
            return Err(input.error(format!(
                "expected the variant name first, then `=` and the method's token: `{example}`"
            )));
        }
        if !input.peek(Ident) {
            return Err(input.error(
                "expected a method entry such as `Purge = \"PURGE\"`: the variant name, `=`, the token as a string",
            ));
        }
        let ident: Ident = input.parse()?;
        if !input.peek(Token![=]) {
            return Err(input.error(format!(
                "expected `=` and the method's token as a string, as in `{ident} = \"{}\"`",
                ident.to_string().to_ascii_uppercase()
            )));
        }
        input.parse::<Token![=]>()?;
        if !input.peek(Lit) {
            return Err(input.error(format!(
                "expected the method's token as a string literal, as in `{ident} = \"{}\"`",
                ident.to_string().to_ascii_uppercase()
            )));
        }
        let token: Lit = input.parse()?;
        Ok(Entry {
            attrs,
            ident,
            token,
        })
    }
}

/// An entry prints itself back in the form it parses from (for the replay).
impl ToTokens for Entry {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let Entry {
            attrs,
            ident,
            token,
        } = self;
        tokens.extend(quote!(#(#attrs)* #ident = #token));
    }
}
