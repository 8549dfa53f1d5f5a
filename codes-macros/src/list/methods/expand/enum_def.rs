//! The enum itself: variants in declaration order (the base's first), each
//! with a generated header line over the author's docs; a table of all methods
//! under the enum's docs.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::list::expand::specs_markdown;
use crate::list::expand::{enum_def, variant};
use crate::list::methods::model::{Checked, CheckedEntry, Content};

pub fn expand(model: &Checked) -> TokenStream {
    // `#[repr(u8)]` is refused on an enum without variants; that only happens
    // when the checks rejected every entry, and those errors are enough.
    let repr = if model.entries.is_empty() {
        quote!()
    } else if model.entries.len() <= 256 {
        quote!(#[repr(u8)])
    } else {
        quote!(#[repr(u16)])
    };
    let variants = model
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let discriminant = Literal::usize_unsuffixed(i);
            variant(
                &header(model, e),
                &e.attrs,
                &e.ident,
                discriminant,
                e.token_span,
            )
        })
        .collect();
    enum_def(model, table(model), repr, variants)
}

/// `` **`GET`** · safe · idempotent · cacheable · [RFC 9110, Section 9.3.1](...) ``
fn header(model: &Checked, e: &CheckedEntry) -> String {
    let f = e.flags;
    let mut parts = vec![format!("**`{}`**", e.token)];
    if f.safe {
        parts.push("safe".into());
    }
    parts.push(
        if f.idempotent {
            "idempotent"
        } else {
            "not idempotent"
        }
        .into(),
    );
    if f.cacheable {
        parts.push("cacheable".into());
    }
    parts.push(content_words(f.content).into());
    if let Some(spec) = &e.attrs.spec {
        parts.push(specs_markdown(spec));
    }
    if let Some((_, base)) = &model.base {
        if !e.inherited {
            parts.push(format!("not in `{base}`"));
        }
    }
    parts.join(" · ")
}

fn content_words(content: Content) -> &'static str {
    match content {
        Content::Defined => "request content defined",
        Content::Undefined => "request content without general meaning",
        Content::NotAllowed => "no request content",
    }
}

/// The table of every method with its flags, appended to the enum docs.
fn table(model: &Checked) -> Vec<String> {
    let yes = |on: bool| if on { "yes" } else { "" };
    let mut lines = vec![
        String::new(),
        " # Methods".to_string(),
        String::new(),
        " | Method | Safe | Idempotent | Cacheable | Request content | Meaning | Specification |"
            .to_string(),
        " |--------|:----:|:----------:|:---------:|-----------------|---------|---------------|"
            .to_string(),
    ];
    for e in &model.entries {
        let f = e.flags;
        let content = match f.content {
            Content::Defined => "defined",
            Content::Undefined => "no general meaning",
            Content::NotAllowed => "none",
        };
        lines.push(format!(
            " | [`{}`](Self::{}) | {} | {} | {} | {} | {} | {} |",
            e.token,
            e.ident,
            yes(f.safe),
            yes(f.idempotent),
            yes(f.cacheable),
            content,
            e.description.replace('|', "\\|"),
            e.attrs
                .spec
                .as_deref()
                .map(specs_markdown)
                .unwrap_or_default()
        ));
    }
    lines
}
