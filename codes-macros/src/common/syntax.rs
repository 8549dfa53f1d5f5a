//! The syntax every list macro shares: `#[attrs] vis enum Name [extends Path]
//! { entries }`, with the entries separated by commas and read with recovery.
//! Each macro says what an entry is ([`ListEntry`]).

use proc_macro2::{Span, TokenTree};
use syn::parse::{Parse, ParseStream};
use syn::{braced, Attribute, Ident, Path, Token, Visibility};

mod kw {
    syn::custom_keyword!(extends);
}

/// An entry of a list macro, and how the macro names itself in messages.
pub trait ListEntry: Parse {
    /// What the list is called: `"code list"`.
    const LIST: &'static str;
    /// The macro: `"codes!"`.
    const MACRO: &'static str;
    /// A whole list: `` `pub enum Name { 404 NotFound = "Not Found", ... }` ``.
    const SHAPE: &'static str;
    /// One entry with its comma: `` `404 NotFound = "Not Found",` ``.
    const ENTRY: &'static str;
}

/// `#[attrs] vis enum Name [extends Base] { entries }` as written.
pub struct List<E> {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    pub extends: Option<Path>,
    pub brace_span: Span,
    pub entries: Vec<E>,
    /// Syntax errors of entries that could not be read; parsing went on after them.
    pub syntax_errors: Option<syn::Error>,
}

impl<E: ListEntry> Parse for List<E> {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis: Visibility = input.parse()?;
        if !input.peek(Token![enum]) {
            return Err(input.error(format!("expected `enum`: a {} reads {}", E::LIST, E::SHAPE)));
        }
        input.parse::<Token![enum]>()?;
        let ident: Ident = input.parse()?;
        let extends = if input.peek(kw::extends) {
            input.parse::<kw::extends>()?;
            // `a`, `a::b::C`, `::a::B`.
            Some(input.call(Path::parse_mod_style)?)
        } else {
            None
        };
        if input.peek(Token![<]) {
            return Err(input.error(format!("a {} enum cannot have generic parameters", E::LIST)));
        }
        let content;
        let brace = braced!(content in input);
        let (entries, syntax_errors) = recovering_list(
            &content,
            &format!(
                "expected `,` after the entry: entries are separated by commas, as in {}",
                E::ENTRY
            ),
        );
        if !input.is_empty() {
            return Err(input.error(format!(
                "unexpected tokens after the {}; `{}` takes one enum",
                E::LIST,
                E::MACRO
            )));
        }
        Ok(List {
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

use super::Errors;

/// The comma-separated entries of a list, recovering after each bad one: an
/// entry that cannot be read is reported and skipped up to the next `,`, and
/// reading goes on, so one build shows every mistake. `missing_comma` is the
/// message for two entries without a comma between them.
fn recovering_list<T: Parse>(
    content: ParseStream,
    missing_comma: &str,
) -> (Vec<T>, Option<syn::Error>) {
    let mut entries = Vec::new();
    let mut errors = Errors::default();
    while !content.is_empty() {
        match content.parse::<T>() {
            Ok(entry) => entries.push(entry),
            Err(error) => {
                errors.push(error);
                skip_entry(content);
                continue;
            }
        }
        if content.is_empty() {
            break;
        }
        if content.peek(Token![,]) {
            let _ = content.parse::<Token![,]>();
        } else {
            // Most likely a forgotten comma: say so, and read on from here.
            errors.push(content.error(missing_comma));
        }
    }
    (entries, errors.finish())
}

/// Skips the rest of a malformed entry, up to and including its `,`.
fn skip_entry(content: ParseStream) {
    while !content.is_empty() {
        if content.peek(Token![,]) {
            let _ = content.parse::<Token![,]>();
            return;
        }
        if content.parse::<TokenTree>().is_err() {
            return;
        }
    }
}

/// The entries of a replay: no recovery, the base was checked already.
pub fn strict_list<T: Parse>(content: ParseStream) -> syn::Result<Vec<T>> {
    let mut entries = Vec::new();
    while !content.is_empty() {
        entries.push(content.parse::<T>()?);
        if content.is_empty() {
            break;
        }
        content.parse::<Token![,]>()?;
    }
    Ok(entries)
}

/// The input of an `extends` expansion (`__codes_extend`,
/// `__codes_methods_extend`): the base, replayed by its hidden macro (`R`),
/// then the extension's own list as written.
pub struct Extension<R, E> {
    pub base: R,
    pub list: List<E>,
}

impl<R: Parse, E: ListEntry> Parse for Extension<R, E> {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        Ok(Extension {
            base: input.parse()?,
            list: input.parse()?,
        })
    }
}

/// The next item of an entry, if `present` (a `peek` for it) says it is there;
/// else `message`, on the token where it was expected.
pub fn expect<T: Parse>(
    input: ParseStream,
    present: bool,
    message: impl std::fmt::Display,
) -> syn::Result<T> {
    if present {
        input.parse()
    } else {
        Err(input.error(message))
    }
}
