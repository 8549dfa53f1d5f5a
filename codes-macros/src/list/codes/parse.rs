//! The `codes!` grammar, as syn `Parse` impls. Only syntax is read here;
//! everything about values (ranges, duplicates, phrases, attributes) is in
//! `check/`, so that all such mistakes are reported together.
//!
//! Parsing recovers at each entry: an entry that cannot be read is reported
//! and skipped up to the next `,`, and the entries after it are still read and
//! checked, so one build shows every mistake of a list.

use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, Lit, LitStr, Token};

use super::model::Entry;
use crate::common::{expect, ListEntry};

impl ListEntry for Entry {
    const LIST: &'static str = "code list";
    const MACRO: &'static str = "codes!";
    const SHAPE: &'static str = "`pub enum Name { 404 NotFound = \"Not Found\", ... }`";
    const ENTRY: &'static str = "`404 NotFound = \"Not Found\",`";
}

impl Parse for Entry {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let code: Lit = expect(
            input,
            input.peek(Lit),
            "expected a code entry such as `404 NotFound = \"Not Found\"`, starting with the code as an integer literal",
        )?;
        let ident: Ident = expect(
            input,
            input.peek(Ident),
            "expected the variant name after the code, as in `404 NotFound = \"Not Found\"`",
        )?;
        expect::<Token![=]>(
            input,
            input.peek(Token![=]),
            "expected `=` and the reason phrase, as in `404 NotFound = \"Not Found\"`",
        )?;
        let reason: LitStr = expect(
            input,
            input.peek(LitStr),
            "expected the reason phrase as a string literal, as in `404 NotFound = \"Not Found\"`",
        )?;
        Ok(Entry {
            attrs,
            code,
            ident,
            reason,
        })
    }
}
