//! Derives on a list's enum of traits the list macro implements itself
//! (`codes!`, `methods!`). Without this check, `#[derive(Debug, Clone, Copy,
//! PartialEq, Eq, Hash)]` on a `codes!` enum gives a wall of E0119 "conflicting
//! implementations" pointing into the macro; with it, one error per derive, on
//! the derive's path, saying what implements the trait already. Derives of
//! other traits pass through.

use syn::punctuated::Punctuated;
use syn::{Attribute, Path, Token};

use super::Errors;

/// Where an implemented trait comes from: always, or with a codes-core feature.
enum Source {
    Always,
    Feature(&'static str),
}

/// The traits a list macro implements, with the crates whose derive of that
/// name is the conflicting one: `Debug` from `core` or `std` (or written
/// bare), `Serialize` from `serde` or `serde_derive` (a `rkyv::Serialize`
/// is another trait, and passes through).
const IMPLEMENTED: &[(&str, &[&str], Source)] = &[
    ("Debug", &["core", "std"], Source::Always),
    ("Clone", &["core", "std"], Source::Always),
    ("Copy", &["core", "std"], Source::Always),
    ("PartialEq", &["core", "std"], Source::Always),
    ("Eq", &["core", "std"], Source::Always),
    ("PartialOrd", &["core", "std"], Source::Always),
    ("Ord", &["core", "std"], Source::Always),
    ("Hash", &["core", "std"], Source::Always),
    (
        "Serialize",
        &["serde", "serde_derive"],
        Source::Feature("serde"),
    ),
    (
        "Deserialize",
        &["serde", "serde_derive"],
        Source::Feature("serde"),
    ),
    ("ToSchema", &["utoipa"], Source::Feature("utoipa")),
];

/// An attribute of the enum, minus the derives the macro (`"codes!"`) makes
/// itself, each reported on its path. `None` when nothing is left of it.
pub fn without_generated_derives(
    attr: Attribute,
    macro_name: &str,
    errors: &mut Errors,
) -> Option<Attribute> {
    if !attr.path().is_ident("derive") {
        return Some(attr);
    }
    // A malformed `#[derive]` is rustc's to report.
    let Ok(paths) = attr.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated) else {
        return Some(attr);
    };
    let mut kept = Vec::new();
    for path in paths {
        match generated(&path) {
            Some((name, Source::Always)) => errors.tokens(
                &path,
                format_args!(
                    "`{macro_name}` already implements `{name}` for this enum: remove `{name}` from this `#[derive]`"
                ),
            ),
            Some((name, Source::Feature(feature))) => errors.tokens(
                &path,
                format_args!(
                    "`{macro_name}` implements `{name}` for this enum itself when codes-core's feature `{feature}` is on: remove `{name}` from this `#[derive]`, and enable the feature (`codes-core = {{ version = \"...\", features = [\"{feature}\"] }}`) if it is not on yet"
                ),
            ),
            None => kept.push(path),
        }
    }
    if kept.is_empty() {
        return None;
    }
    let pound = attr.pound_token;
    let bracket = attr.bracket_token;
    let mut out: Attribute = syn::parse_quote!(#[derive(#(#kept),*)]);
    out.pound_token = pound;
    out.bracket_token = bracket;
    Some(out)
}

/// The trait a derive path names, if the macro implements it: `Debug`,
/// `core::fmt::Debug`, `::std::fmt::Debug`, `serde::Serialize`,
/// `serde_derive::Serialize`.
fn generated(path: &Path) -> Option<(&'static str, &'static Source)> {
    let last = path.segments.last()?;
    if !last.arguments.is_none() {
        return None;
    }
    let (name, crates, source) = IMPLEMENTED.iter().find(|(name, _, _)| last.ident == name)?;
    let from_crate = path.segments.len() == 1
        || crates.iter().any(|krate| {
            path.segments
                .first()
                .is_some_and(|first| first.ident == krate)
        });
    from_crate.then_some((*name, source))
}
