//! The checks of a method list besides the shared ones (`list/check.rs`,
//! `list/entry.rs`):
//!
//! - `token.rs`: the token, and the variant name that spells it;
//! - `flags.rs`: `#[method(...)]`'s flags together;
//! - here: an entry as a whole, `#[methods(...)]`, the size of the list.

mod flags;
mod token;

pub use token::variant_name;

use proc_macro2::Span;
use syn::Attribute;

use super::attr::{self, MethodSettings};
use super::model::{CheckedEntry, Entry, Family, Flags, MethodEntry};
use super::replay::{self, settings_attr};
use super::Methods;
use crate::common::{first_paragraph, Errors, Once};
use crate::list::entry::{self, SpecRule};
use crate::list::{KindEntry, OwnAttr, Replay};

impl crate::list::Family<Methods> for Family {
    type Settings = super::attr::MethodSettings;

    /// The family: the path of the chain's first enum, which an extension takes
    /// from its base (it may set only `crate`).
    fn of(
        base: Option<&Replay<Entry>>,
        own: OwnAttr<MethodSettings>,
        errors: &mut Errors,
    ) -> Family {
        let own_path = match own {
            OwnAttr::Read(_, settings) => settings.path,
            OwnAttr::Absent | OwnAttr::Malformed => None,
        };
        let Some(base) = base else {
            return Family {
                root_path: own_path,
            };
        };
        if let Some(path) = own_path {
            errors.tokens(
                &path,
                "an extension takes only `crate = ...` in `#[methods]`: its methods and path come from the enum it extends",
            );
        }
        let mut base_errors = Errors::default();
        let root_path = base
            .settings
            .as_ref()
            .and_then(|a| crate::list::attr::read::<Methods>(a, &mut base_errors).ok())
            .and_then(|s| s.path);
        // Only possible if the base's list macro was hand-edited or comes from
        // another version of `methods!`.
        if let Some(e) = base_errors.finish() {
            errors.push(e);
        }
        Family { root_path }
    }

    fn replay(&self) -> Option<Attribute> {
        settings_attr(self)
    }

    fn root(&self) -> Option<&syn::Path> {
        self.root_path.as_ref()
    }
}

impl KindEntry<Methods> for Entry {
    const KEY: &'static str = "method";
    const ATTR: &'static str = "method(...)";
    /// As documented on `methods!`: each reference gets a link.
    const SPEC: SpecRule = SpecRule::linked("\"RFC 9110, Section 9.3.1\"");

    /// The token, quoted as messages show it.
    fn key(entry: &CheckedEntry) -> (String, Span) {
        (format!("`{}`", entry.token), entry.token_span)
    }

    fn check(self, _family: &Family, errors: &mut Errors) -> Option<CheckedEntry> {
        entry(self, errors)
    }

    fn replay(entry: &CheckedEntry, attrs: Vec<Attribute>) -> Entry {
        replay::entry(entry, attrs)
    }
}

/// One entry: its token, its name, its attributes; `None` if its token is unusable.
fn entry(entry: Entry, errors: &mut Errors) -> Option<CheckedEntry> {
    let Entry {
        attrs,
        ident,
        token,
    } = entry;
    let token_span = token.span();
    let token = token::check_token(&token, errors);
    if let Some(token) = &token {
        token::check_name(&ident, token, errors);
    }
    let mut method = Once::new("`#[method]`: put all flags in one attribute");
    let mut entry_flags = Flags::default();
    let attrs = entry::read::<Methods>(attrs, errors, |attr, errors| {
        if !attr.path().is_ident("method") {
            return Some(attr);
        }
        if method.set(&attr, (), errors) {
            match attr::flags(&attr, &mut entry_flags, errors) {
                Ok(()) => flags::check(&attr, entry_flags, errors),
                Err(e) => errors.push(e),
            }
        }
        None
    });
    let token = token?;
    let description =
        first_paragraph(&attrs.docs).unwrap_or_else(|| format!("The `{token}` method."));
    Some(CheckedEntry {
        ident,
        attrs,
        description,
        inherited: false,
        own: MethodEntry {
            token,
            token_span,
            flags: entry_flags,
        },
    })
}

/// A method list holds at most 65,535 methods (its `ALL` is indexed by `u16`).
pub fn size(entries: &mut Vec<CheckedEntry>, brace: Span, errors: &mut Errors) {
    if entries.len() > usize::from(u16::MAX) {
        errors.spanned(brace, "a method list holds at most 65,535 methods");
        entries.truncate(usize::from(u16::MAX));
    }
}
