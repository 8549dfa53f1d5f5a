//! The `methods!` grammar. Only syntax is read here; what is wrong with a
//! token, a name or an attribute is found by `check.rs`, so that all such
//! mistakes are reported together. Parsing recovers at each entry.

use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, Lit, Token};

use super::model::Entry;
use crate::common::{expect, ListEntry};

impl ListEntry for Entry {
    const LIST: &'static str = "method list";
    const MACRO: &'static str = "methods!";
    const SHAPE: &'static str = "`pub enum Name { Get = \"GET\", ... }`";
    const ENTRY: &'static str = "`Purge = \"PURGE\",`";
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
        let ident: Ident = expect(
            input,
            input.peek(Ident),
            "expected a method entry such as `Purge = \"PURGE\"`: the variant name, `=`, the token as a string",
        )?;
        let upper = ident.to_string().to_ascii_uppercase();
        expect::<Token![=]>(
            input,
            input.peek(Token![=]),
            format_args!(
                "expected `=` and the method's token as a string, as in `{ident} = \"{upper}\"`"
            ),
        )?;
        let token: Lit = expect(
            input,
            input.peek(Lit),
            format_args!(
                "expected the method's token as a string literal, as in `{ident} = \"{upper}\"`"
            ),
        )?;
        Ok(Entry {
            attrs,
            ident,
            token,
        })
    }
}
