//! The model of a `methods!` list: [`Entry`] as the parser read it (syn nodes
//! kept for error spans), [`CheckedEntry`] as the checks accepted it, in a
//! [`Checked`] list (`list/model.rs`). Expansion sees only a [`Checked`].

use proc_macro2::Span;
use syn::{Attribute, Ident, Lit, Path};

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

/// A checked `methods!` entry: the shared part, and its [`MethodEntry`].
pub type CheckedEntry = crate::list::CheckedEntry<MethodEntry>;

/// What a checked entry of a method list has of its own.
pub struct MethodEntry {
    pub token: String,
    pub token_span: Span,
    pub flags: Flags,
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
