//! Doc comments and specification references, read the same way by every
//! list macro: the text of `///` lines, the first paragraph (a variant's
//! description), `#[spec("...")]` and the link a reference gets.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Attribute, Expr, ExprLit, Lit, LitStr, Meta};

use super::Errors;

/// The text of a `///` line or `#[doc = "..."]`; `None` for other attributes,
/// including `#[doc(...)]` lists. `macro_name` (`codes!`) is who says so when a
/// doc is not a plain string.
pub fn doc_line(attr: &Attribute, macro_name: &str, errors: &mut Errors) -> Option<String> {
    if !attr.path().is_ident("doc") {
        return None;
    }
    // `#[doc(hidden)]`, `#[doc(alias = "...")]`: not a line, passed through as is.
    let Meta::NameValue(nv) = &attr.meta else {
        return None;
    };
    if let Expr::Lit(ExprLit {
        lit: Lit::Str(s), ..
    }) = &nv.value
    {
        Some(s.value())
    } else {
        errors.tokens(
            &nv.value,
            format_args!(
                "`{macro_name}` needs doc comments as plain string literals (`///` or `#[doc = \"...\"]`)"
            ),
        );
        Some(String::new())
    }
}

/// The first paragraph of some doc lines, as one line. White space (CR and LF
/// included, which `#[doc = "..."]` can hold) is folded to single spaces and
/// other control characters are dropped, so that a description can never break
/// a header or status line it is copied into.
pub fn first_paragraph(docs: &[String]) -> Option<String> {
    let all = docs.join("\n").replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = all
        .split('\n')
        .map(str::trim)
        .skip_while(|l| l.is_empty())
        .take_while(|l| !l.is_empty())
        .collect();
    let text: String = lines
        .join(" ")
        .chars()
        .filter(|c| !c.is_control() || c.is_whitespace())
        .collect();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        None
    } else {
        Some(text)
    }
}

/// `#[spec("...")]`'s argument: exactly one string literal.
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

/// A reference as Markdown: linked where [`spec_url`] knows how.
pub fn spec_markdown(spec: &str) -> String {
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

/// One `#[doc = " ..."]` per line.
pub fn doc_attrs_of(lines: &[String]) -> TokenStream {
    lines.iter().map(|l| quote!(#[doc = #l])).collect()
}

/// The link of a `#[spec]`'s first reference.
pub fn first_spec_url(spec: &str) -> Option<String> {
    spec.split(';').next().and_then(|s| spec_url(s.trim()))
}
