//! The generated rustdoc: a header line per variant (`404 Not Found`, class,
//! spec link), links for spec references, and the table of codes on the enum.

use proc_macro2::TokenStream;
use quote::quote;

use crate::list::model::{Checked, CheckedEntry, HttpClass};

/// One `#[doc = " ..."]` per line.
pub fn doc_attrs(lines: &[String]) -> TokenStream {
    lines.iter().map(|l| quote!(#[doc = #l])).collect()
}

/// `` **`404 Not Found`** · 4xx client error · [RFC 9110, Section 15.5.5](https://...) ``
pub fn variant_header(model: &Checked, e: &CheckedEntry) -> String {
    let mut header = format!("**`{} {}`**", e.code, e.reason);
    if model.family.http_classes {
        if let Some(class) = HttpClass::of(e.code) {
            header.push_str(" · ");
            header.push_str(class.title());
        }
    }
    if let Some(spec) = &e.spec {
        header.push_str(" · ");
        header.push_str(&spec_markdown(spec));
    }
    if let Some((_, base)) = &model.base {
        if !e.inherited {
            header.push_str(" · not in `");
            header.push_str(&base.to_string());
            header.push('`');
        }
    }
    if let Some(class) = model.family.class_of(e.code) {
        header.push_str(" · class `");
        header.push_str(&class.ident.to_string());
        header.push('`');
    }
    if !e.aliases.is_empty() {
        let old: Vec<String> = e.aliases.iter().map(|a| format!("“{a}”")).collect();
        header.push_str(" · also known as ");
        header.push_str(&old.join(", "));
    }
    header
}

fn spec_markdown(spec: &str) -> String {
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

/// A Markdown table of every code, by class for HTTP families, appended to the enum docs.
pub fn code_table(model: &Checked) -> Vec<String> {
    let mut lines = vec![String::new(), " # Codes".to_string(), String::new()];
    let row = |e: &CheckedEntry| {
        let spec = e.spec.as_deref().map(spec_markdown).unwrap_or_default();
        format!(
            " | {} | [`{}`](Self::{}) | {} | {} |",
            e.code,
            e.reason,
            e.ident,
            e.description.replace('|', "\\|"),
            spec
        )
    };
    let header = [
        " | Code | Reason phrase | Meaning | Specification |".to_string(),
        " |-----:|---------------|---------|---------------|".to_string(),
    ];
    if model.family.http_classes {
        for class in HttpClass::ALL {
            let in_class: Vec<&CheckedEntry> = model
                .entries
                .iter()
                .filter(|e| HttpClass::of(e.code) == Some(class))
                .collect();
            if in_class.is_empty() {
                continue;
            }
            let mut title = class.title().to_string();
            title[..1].make_ascii_uppercase();
            lines.push(format!(" ## {title}"));
            lines.push(String::new());
            lines.extend(header.iter().cloned());
            lines.extend(in_class.into_iter().map(row));
            lines.push(String::new());
        }
    } else {
        lines.extend(header.iter().cloned());
        lines.extend(model.entries.iter().map(row));
    }
    lines
}
