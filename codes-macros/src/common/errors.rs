//! Collect every mistake, then report them together (`serde_derive`'s `Ctxt`).

use proc_macro2::Span;
use quote::ToTokens;

/// Collects errors and folds them into one `syn::Error` (`serde_derive`'s
/// `Ctxt`). It must be used up: [`finish`](Self::finish) hands the errors on,
/// [`discard`](Self::discard) says that they are reported elsewhere. Dropping
/// one otherwise panics, even when it holds no error, so that a forgotten
/// collector fails every test that reaches it, not only those with a mistake.
#[derive(Default)]
pub struct Errors {
    errors: Option<syn::Error>,
    /// Finished or discarded: the drop bomb is defused.
    checked: bool,
}

impl Errors {
    pub fn push(&mut self, error: syn::Error) {
        match &mut self.errors {
            Some(all) => all.combine(error),
            None => self.errors = Some(error),
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
        self.errors.is_none()
    }

    /// The errors, folded into one, for the caller to report.
    pub fn finish(mut self) -> Option<syn::Error> {
        self.checked = true;
        self.errors.take()
    }

    /// Throws the errors away. Only for a reading whose mistakes another
    /// reading of the same tokens reports; say at the call site which one.
    pub fn discard(mut self) {
        self.checked = true;
    }
}

impl Drop for Errors {
    fn drop(&mut self) {
        // Not while unwinding: a second panic would abort and hide the first.
        assert!(
            self.checked || std::thread::panicking(),
            "an `Errors` collector was dropped without `finish` or `discard`: its errors would be lost"
        );
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

#[cfg(test)]
mod tests {
    use super::Errors;
    use proc_macro2::Span;

    fn holding_an_error() -> Errors {
        let mut errors = Errors::default();
        errors.spanned(Span::call_site(), "a mistake");
        errors
    }

    #[test]
    #[should_panic(expected = "dropped without `finish` or `discard`")]
    fn dropping_an_unchecked_collector_with_an_error_panics() {
        drop(holding_an_error());
    }

    #[test]
    #[should_panic(expected = "dropped without `finish` or `discard`")]
    fn dropping_an_unchecked_empty_collector_panics() {
        drop(Errors::default());
    }

    #[test]
    fn a_finished_collector_hands_its_errors_on() {
        let mut errors = holding_an_error();
        errors.spanned(Span::call_site(), "another mistake");
        let error = errors.finish().expect("two errors were pushed");
        let messages: Vec<String> = error.into_iter().map(|e| e.to_string()).collect();
        assert_eq!(messages, ["a mistake", "another mistake"]);
        assert!(Errors::default().finish().is_none());
    }

    #[test]
    fn a_discarded_collector_drops_quietly() {
        holding_an_error().discard();
        Errors::default().discard();
    }
}
