//! The `codes!` grammar, as syn `Parse` impls. Only syntax is checked here;
//! everything about values (ranges, duplicates, phrases, attributes) is in
//! `validate.rs`, so that all such mistakes are reported together.

use syn::parse::{Parse, ParseStream};
use syn::{braced, Attribute, Ident, Lit, LitInt, LitStr, Path, Token, Visibility};

use crate::ast::{Base, CodeList, Entry, Extension};

mod kw {
    syn::custom_keyword!(extends);
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
            Some(input.parse::<Path>()?)
        } else {
            None
        };
        if input.peek(Token![<]) {
            return Err(input.error("a code list enum cannot have generic parameters"));
        }
        let content;
        let brace = braced!(content in input);
        let mut entries = Vec::new();
        while !content.is_empty() {
            entries.push(content.parse::<Entry>()?);
            if content.is_empty() {
                break;
            }
            content.parse::<Token![,]>()?;
        }
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
            return Err(input.error("expected the reason phrase as a string literal, as in `404 NotFound = \"Not Found\"`"));
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

/// Parses `#[spec("...")]`'s arguments: exactly one non-empty string literal.
pub fn spec_args(attr: &Attribute) -> syn::Result<LitStr> {
    let list = attr.meta.require_list().map_err(|_| {
        syn::Error::new_spanned(
            attr,
            "malformed `#[spec]`: write `#[spec(\"RFC 9110, Section 15.5.5\")]`",
        )
    })?;
    syn::parse2::<LitStr>(list.tokens.clone()).map_err(|_| {
        syn::Error::new_spanned(
            &list.tokens,
            "malformed `#[spec]`: expected one string literal, e.g. `#[spec(\"RFC 9110, Section 15.5.5\")]`",
        )
    })
}

/// Parses `#[alias("Old Phrase", ...)]`'s arguments: one or more string literals.
pub fn alias_args(attr: &Attribute) -> syn::Result<Vec<LitStr>> {
    let list = attr.meta.require_list().map_err(|_| {
        syn::Error::new_spanned(
            attr,
            "malformed `#[alias]`: write `#[alias(\"Payload Too Large\")]`",
        )
    })?;
    let lits = list
        .parse_args_with(syn::punctuated::Punctuated::<LitStr, Token![,]>::parse_terminated)
        .map_err(|_| {
            syn::Error::new_spanned(
                &list.tokens,
                "malformed `#[alias]`: expected string literals, e.g. `#[alias(\"Payload Too Large\")]`",
            )
        })?;
    if lits.is_empty() {
        return Err(syn::Error::new_spanned(
            attr,
            "`#[alias]` needs at least one phrase",
        ));
    }
    Ok(lits.into_iter().collect())
}

/// `{ BaseName #[codes(...)]? { entries } }`: what a base's list macro replays
/// in front of the extension's own `codes!` input.
impl Parse for Base {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let block;
        braced!(block in input);
        let name: Ident = block.parse()?;
        let mut attrs = block.call(Attribute::parse_outer)?;
        let family_attr = attrs.pop();
        // `root`: the base is not itself an extension.
        let is_root = block.peek(Ident) && block.parse::<Ident>()? == "root";
        let list;
        braced!(list in block);
        let mut entries = Vec::new();
        while !list.is_empty() {
            entries.push(list.parse::<Entry>()?);
            if list.is_empty() {
                break;
            }
            list.parse::<Token![,]>()?;
        }
        Ok(Base {
            name,
            family_attr,
            is_root,
            entries,
        })
    }
}

/// `#[codes(range = A..=B, classes(A..=B Name, ...))]`'s arguments.
pub struct FamilyArgs {
    pub range: Option<(LitInt, LitInt)>,
    pub classes: Vec<(LitInt, LitInt, Ident)>,
    /// `path = ::crate::Enum`: the enum's absolute path, for extensions of extensions.
    pub path: Option<Path>,
}

fn range(input: ParseStream) -> syn::Result<(LitInt, LitInt)> {
    let min: LitInt = input.parse()?;
    input.parse::<Token![..=]>()?;
    let max: LitInt = input.parse()?;
    Ok((min, max))
}

pub fn family_args(attr: &Attribute) -> syn::Result<FamilyArgs> {
    let mut args = FamilyArgs {
        range: None,
        classes: Vec::new(),
        path: None,
    };
    attr.parse_nested_meta(|meta| {
        if meta.path.is_ident("range") {
            if args.range.is_some() {
                return Err(meta.error("duplicate `range`"));
            }
            meta.value()?;
            args.range = Some(range(meta.input).map_err(|e| {
                syn::Error::new(e.span(), "expected an inclusive range of codes, e.g. `range = 1000..=9999`")
            })?);
            Ok(())
        } else if meta.path.is_ident("path") {
            let path: Path = meta.value()?.parse()?;
            if path.leading_colon.is_none() {
                return Err(syn::Error::new_spanned(
                    &path,
                    "`path` must be absolute, starting with `::`, e.g. `path = ::my_crate::MyStatus`",
                ));
            }
            args.path = Some(path);
            Ok(())
        } else if meta.path.is_ident("classes") {
            let content;
            syn::parenthesized!(content in meta.input);
            while !content.is_empty() {
                let (min, max) = range(&content).map_err(|e| {
                    syn::Error::new(e.span(), "expected a class as `1000..=1999 Name`")
                })?;
                let ident: Ident = content.parse()?;
                args.classes.push((min, max, ident));
                if content.is_empty() {
                    break;
                }
                content.parse::<Token![,]>()?;
            }
            Ok(())
        } else {
            Err(meta.error(
                "unknown `#[codes]` setting: expected `range = A..=B`, `classes(A..=B Name, ...)` or `path = ::crate::Enum`",
            ))
        }
    })?;
    Ok(args)
}

impl Parse for Extension {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        Ok(Extension {
            base: input.parse()?,
            list: input.parse()?,
        })
    }
}

/// `#[status(...)]` arguments: a status, or (on an enum) settings.
pub enum StatusAttr {
    Status(crate::ast::StatusArg),
    Settings {
        default: Option<crate::ast::StatusArg>,
        codes: Option<Path>,
    },
}

/// Parses one status: `NotFound`, `Enum::Variant`, `404` or `transparent`.
pub fn status_arg(input: ParseStream) -> syn::Result<crate::ast::StatusArg> {
    use crate::ast::StatusArg;
    if input.peek(LitInt) {
        return Ok(StatusArg::Number(input.parse()?));
    }
    if input.peek(Ident) || input.peek(Token![::]) {
        let path: Path = input.parse()?;
        if let Some(ident) = path.get_ident() {
            if ident == "transparent" {
                return Ok(StatusArg::Transparent(ident.clone()));
            }
            return Ok(StatusArg::Name(ident.clone()));
        }
        return Ok(StatusArg::Path(path));
    }
    Err(input.error(
        "expected a status: a variant name such as `NotFound`, a path such as `ApiStatus::ClientClosedRequest`, a code such as `404`, or `transparent`",
    ))
}

pub fn status_attr(attr: &Attribute) -> syn::Result<StatusAttr> {
    const FORM: &str = "expected `#[status(NotFound)]`, `#[status(404)]`, `#[status(Enum::Variant)]` or `#[status(transparent)]`";
    let list = attr
        .meta
        .require_list()
        .map_err(|_| syn::Error::new_spanned(attr, FORM))?;
    if list.tokens.is_empty() {
        return Err(syn::Error::new_spanned(attr, FORM));
    }
    list.parse_args_with(|input: ParseStream| {
        let settings = input.peek(Ident) && input.peek2(Token![=]);
        if !settings {
            let arg = status_arg(input)?;
            if !input.is_empty() {
                return Err(input.error("`#[status(...)]` takes one status"));
            }
            return Ok(StatusAttr::Status(arg));
        }
        let mut default = None;
        let mut codes = None;
        while !input.is_empty() {
            let key: Ident = input.parse()?;
            input.parse::<Token![=]>()?;
            if key == "default" {
                if default.is_some() {
                    return Err(syn::Error::new(key.span(), "duplicate `default`"));
                }
                default = Some(status_arg(input)?);
            } else if key == "codes" {
                if codes.is_some() {
                    return Err(syn::Error::new(key.span(), "duplicate `codes`"));
                }
                codes = Some(input.parse::<Path>()?);
            } else {
                return Err(syn::Error::new(
                    key.span(),
                    "unknown setting: on an enum, `#[status(...)]` takes `default = <status>` and `codes = <enum made by codes!>`",
                ));
            }
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        Ok(StatusAttr::Settings { default, codes })
    })
}
