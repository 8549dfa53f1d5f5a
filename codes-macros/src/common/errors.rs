//! Collect every mistake, then report them together (`serde_derive`'s `Ctxt`).

use proc_macro2::Span;
use quote::ToTokens;

/// Collects errors and folds them into one `syn::Error` (`serde_derive`'s
/// `Ctxt`, minus the drop bomb: `finish` consumes it, so it cannot be
/// forgotten silently).
#[derive(Default)]
pub struct Errors(Option<syn::Error>);

impl Errors {
    pub fn push(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(all) => all.combine(error),
            None => self.0 = Some(error),
        }
    }

    pub fn spanned(&mut self, span: Span, message: impl std::fmt::Display) {
        self.push(syn::Error::new(span, message));
    }

    /// An error covering all of `tokens` (on stable Rust, `Spanned::span` of a
    /// multi-token node is only its first token).
    pub fn tokens(&mut self, tokens: impl ToTokens, message: impl std::fmt::Display) {
        self.push(syn::Error::new_spanned(tokens, message));
    }

    /// An error on `second`, with "first defined here" on `first`.
    pub fn duplicate(
        &mut self,
        second: impl ToTokens,
        message: impl std::fmt::Display,
        first: impl ToTokens,
    ) {
        let mut error = syn::Error::new_spanned(second, message);
        error.combine(syn::Error::new_spanned(first, "first defined here"));
        self.push(error);
    }

    /// [`duplicate`](Self::duplicate) for single tokens known by their spans.
    pub fn duplicate_at(&mut self, second: Span, message: impl std::fmt::Display, first: Span) {
        let mut error = syn::Error::new(second, message);
        error.combine(syn::Error::new(first, "first defined here"));
        self.push(error);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_none()
    }

    pub fn finish(self) -> Option<syn::Error> {
        self.0
    }
}

/// Parses every attribute named `name` (a derive's helper attribute) with
/// `parse`, reporting what it fails on; returns the first one, for errors about
/// the attributes as a whole.
pub fn each_attr(
    attrs: &[syn::Attribute],
    name: &str,
    errors: &mut Errors,
    mut parse: impl FnMut(&syn::Attribute, &mut Errors) -> syn::Result<()>,
) -> Option<proc_macro2::TokenStream> {
    let mut first = None;
    for attr in attrs.iter().filter(|a| a.path().is_ident(name)) {
        if first.is_none() {
            first = Some(attr.to_token_stream());
        }
        if let Err(e) = parse(attr, errors) {
            errors.push(e);
        }
    }
    first
}
