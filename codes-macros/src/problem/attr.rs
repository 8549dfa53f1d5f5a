//! `#[problem(...)]`, on the type, a variant or a field:
//!
//! ```text
//! #[problem(type = "https://example.com/problems/out-of-credit")]   type or variant
//! #[problem(title = "You do not have enough credit")]              type or variant
//! #[problem(crate = ::codes)]                                        type
//! #[problem(member)] / #[problem(member = "balance")]                field: an extension member
//! #[problem(header = "retry-after")]                                 field: a header field
//! ```

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::{Attribute, LitStr, Path};

use crate::common::{crate_value, each_attr, Errors, Once};

/// What the `#[problem]` attributes of one item say.
pub struct ProblemAttrs {
    pub type_uri: Once<LitStr>,
    pub title: Once<LitStr>,
    pub krate: Once<Path>,
    /// `member`, with its name if one was given.
    pub member: Once<Option<LitStr>>,
    pub header: Once<LitStr>,
    /// The first `#[problem]` attribute, for errors about it as a whole.
    pub first: Option<TokenStream>,
}

impl ProblemAttrs {
    pub fn read(attrs: &[Attribute], errors: &mut Errors) -> ProblemAttrs {
        let mut out = ProblemAttrs {
            type_uri: Once::new("`type`"),
            title: Once::new("`title`"),
            krate: Once::new("`crate`"),
            member: Once::new("`member`"),
            header: Once::new("`header`"),
            first: None,
        };
        out.first = each_attr(attrs, "problem", errors, |attr, errors| {
            out.parse(attr, errors)
        });
        out
    }

    fn parse(&mut self, attr: &Attribute, errors: &mut Errors) -> syn::Result<()> {
        attr.parse_nested_meta(|meta| {
            let key = meta.path.to_token_stream();
            if meta.path.is_ident("type") {
                // Its form (a URI reference) is checked by codes-core's rules,
                // in a constant of the generated code.
                let uri: LitStr = meta.value()?.parse()?;
                self.type_uri.set(key, uri, errors);
            } else if meta.path.is_ident("title") {
                let title: LitStr = meta.value()?.parse()?;
                self.title.set(key, title, errors);
            } else if meta.path.is_ident("crate") {
                let path = crate_value(meta.value()?)?;
                self.krate.set(key, path, errors);
            } else if meta.path.is_ident("member") {
                let name = if meta.input.peek(syn::Token![=]) {
                    Some(meta.value()?.parse::<LitStr>()?)
                } else {
                    None
                };
                self.member.set(key, name, errors);
            } else if meta.path.is_ident("header") {
                let name: LitStr = meta.value()?.parse()?;
                self.header.set(key, name, errors);
            } else {
                return Err(meta.error(
                    "unknown `#[problem]` setting: expected `type = \"...\"` or `title = \"...\"` (type or variant), `crate = ...` (type), `member` or `header = \"...\"` (field)",
                ));
            }
            Ok(())
        })
    }
}
