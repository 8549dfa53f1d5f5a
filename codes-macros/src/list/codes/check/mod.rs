//! The checks of a code list besides the shared ones (`list/check.rs`,
//! `list/entry.rs`):
//!
//! - `family.rs`: the `#[codes(...)]` settings: range, classes, path, crate;
//! - `entry.rs`: one entry's code, reason phrase and `#[alias]`;
//! - `texts.rs`: texts `FromStr` accepts that two codes share, here or in the base;
//! - `names.rs`: names that collide with what the macro generates.

mod entry;
mod family;
mod names;
mod texts;

pub use names::check as names;
pub use texts::{parse_texts, Texts};

use syn::Attribute;

use super::attr::CodeSettings;
use super::model::{Entry, Family};
use super::replay::family_attr;
use super::Codes;
use crate::common::Errors;
use crate::list::{attr, OwnAttr, Replay};

impl crate::list::Family<Codes> for Family {
    type Settings = super::attr::CodeSettings;

    /// The family: the base's for an extension (which may set only `crate`), the
    /// list's own `#[codes]`, or HTTP's. A malformed `#[codes]` is reported
    /// already: entries are then checked against no limits.
    fn of(base: Option<&Replay<Entry>>, own: OwnAttr<CodeSettings>, errors: &mut Errors) -> Family {
        if let Some(base) = base {
            if let OwnAttr::Read(attr, settings) = &own {
                if settings.path.is_some() || settings.own.has_family() {
                    errors.tokens(
                        attr,
                        "an extension keeps the code range, classes and path of the enum it extends: only `crate = ...` can be set here",
                    );
                }
            }
            let mut base_errors = Errors::default();
            let family = match base
                .settings
                .as_ref()
                .map(|a| attr::read::<Codes>(a, &mut base_errors))
            {
                Some(Ok(settings)) => family::check(settings, &mut base_errors),
                Some(Err(e)) => {
                    base_errors.push(e);
                    Family::http()
                }
                None => Family::http(),
            };
            // Only possible if the base's list macro was hand-edited or comes from
            // another version of `codes!`.
            if let Some(e) = base_errors.finish() {
                errors.push(e);
            }
            return family;
        }
        match own {
            OwnAttr::Read(_, settings) => family::check(settings, errors),
            OwnAttr::Malformed => Family::permissive(),
            OwnAttr::Absent => Family::http(),
        }
    }

    fn replay(&self) -> Option<Attribute> {
        Some(family_attr(self))
    }

    fn root(&self) -> Option<&syn::Path> {
        self.root_path.as_ref()
    }
}
