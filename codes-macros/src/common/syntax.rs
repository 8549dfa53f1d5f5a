//! The body of a list macro: entries separated by commas, read with recovery.

use proc_macro2::TokenTree;
use syn::parse::{Parse, ParseStream};
use syn::Token;

use super::Errors;

/// The comma-separated entries of a list, recovering after each bad one: an
/// entry that cannot be read is reported and skipped up to the next `,`, and
/// reading goes on, so one build shows every mistake. `missing_comma` is the
/// message for two entries without a comma between them.
pub fn recovering_list<T: Parse>(
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
