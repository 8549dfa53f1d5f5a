//! The model of a `methods!` list: [`Entry`] as the parser read it (syn nodes
//! kept for error spans), [`CheckedEntry`] as the checks accepted it, in a
//! [`Checked`] list (`list/model.rs`). Expansion sees only a [`Checked`].

use proc_macro2::Span;
use syn::{Attribute, Ident, Lit, Path};

use crate::list::EntryAttrs;

/// One `#[attrs] Get = "GET"` line as written.
pub struct Entry {
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    /// Any literal: the checks say what is wrong with a number or a char.
    pub token: Lit,
}

/// A method list that passed the checks, in declaration order (the base's
/// methods first).
pub type Checked = crate::list::Checked<super::Methods>;

/// What `#[methods(...)]` declares for the chain of extensions.
pub struct Family {
    /// `#[methods(path = ...)]` of the chain's first enum.
    pub root_path: Option<Path>,
}

pub struct CheckedEntry {
    pub ident: Ident,
    pub token: String,
    pub token_span: Span,
    /// Docs, `#[doc(...)]`, `#[spec]`, `#[deprecated]`.
    pub attrs: EntryAttrs,
    /// First paragraph of the docs as one line (the token when there are none).
    pub description: String,
    pub flags: Flags,
    /// Inherited from the base enum (extensions only).
    pub inherited: bool,
}

/// `#[method(safe, idempotent, cacheable, content = ...)]`.
#[derive(Clone, Copy, Default)]
pub struct Flags {
    pub safe: bool,
    pub idempotent: bool,
    pub cacheable: bool,
    pub content: Content,
}

/// What request content means for a method (`codes_core::RequestContent`).
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub enum Content {
    Defined,
    #[default]
    Undefined,
    NotAllowed,
}

impl Content {
    /// How the attribute spells it.
    pub fn keyword(self) -> &'static str {
        match self {
            Content::Defined => "defined",
            Content::Undefined => "undefined",
            Content::NotAllowed => "not_allowed",
        }
    }

    /// The runtime's variant name.
    pub fn variant(self) -> &'static str {
        match self {
            Content::Defined => "Defined",
            Content::Undefined => "Undefined",
            Content::NotAllowed => "NotAllowed",
        }
    }
}
