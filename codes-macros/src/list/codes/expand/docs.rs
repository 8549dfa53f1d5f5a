//! The generated rustdoc: a header line per variant (`404 Not Found`, class,
//! spec link), links for spec references, and the table of codes on the enum.

use crate::list::codes::model::{Checked, CheckedEntry, HttpClass};
use crate::list::expand::specs_markdown;

/// `` **`404 Not Found`** · 4xx client error · [RFC 9110, Section 15.5.5](https://...) ``
pub fn variant_header(model: &Checked, e: &CheckedEntry) -> String {
    let mut header = format!("**`{} {}`**", e.code, e.reason);
    if model.family.http_classes {
        if let Some(class) = HttpClass::of(e.code) {
            header.push_str(" · ");
            header.push_str(class.title());
        }
    }
    if let Some(spec) = &e.attrs.spec {
        header.push_str(" · ");
        header.push_str(&specs_markdown(spec));
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

/// A Markdown table of every code, by class for HTTP families, appended to the enum docs.
pub fn code_table(model: &Checked) -> Vec<String> {
    let mut lines = vec![String::new(), " # Codes".to_string(), String::new()];
    let row = |e: &CheckedEntry| {
        let spec = e
            .attrs
            .spec
            .as_deref()
            .map(specs_markdown)
            .unwrap_or_default();
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
