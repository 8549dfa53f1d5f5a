//! A setting that may be given at most once (`serde_derive`'s `Attr<T>`).

use proc_macro2::TokenStream;
use quote::ToTokens;

use super::Errors;

/// A setting that may be given at most once. A second one is an error on the
/// second occurrence, with "first defined here" on the first.
pub struct Once<T> {
    name: &'static str,
    value: Option<(TokenStream, T)>,
}

impl<T> Once<T> {
    /// `name` is how the setting is written, e.g. "`range`" or "`#[spec]`".
    pub fn new(name: &'static str) -> Once<T> {
        Once { name, value: None }
    }

    /// Records `value`, written as `tokens`; a second value is reported and dropped.
    pub fn set(&mut self, tokens: impl ToTokens, value: T, errors: &mut Errors) -> bool {
        let tokens = tokens.into_token_stream();
        if let Some((first, _)) = &self.value {
            errors.duplicate(tokens, format_args!("duplicate {}", self.name), first);
            return false;
        }
        self.value = Some((tokens, value));
        true
    }

    /// Whether a value was already given.
    pub fn is_set(&self) -> bool {
        self.value.is_some()
    }

    pub fn get(self) -> Option<T> {
        self.value.map(|(_, value)| value)
    }
}
