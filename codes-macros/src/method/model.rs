//! The model of a `methods!` list: [`MethodList`] as the parser read it (syn
//! nodes kept for error spans), [`Checked`] as the checks accepted it, in
//! declaration order (the base's methods first). Expansion sees only a [`Checked`].

use proc_macro2::Span;
use syn::{Attribute, Ident, Lit, Path, Visibility};

use crate::common::{List, Runtime};

/// `methods! { #[attrs] vis enum Name [extends Base] { entries } }` as written.
pub type MethodList = List<Entry>;

/// One `#[attrs] Get = "GET"` line as written.
pub struct Entry {
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    /// Any literal: the checks say what is wrong with a number or a char.
    pub token: Lit,
}

/// A method list that passed the checks (possibly only the entries that did).
pub struct Checked {
    pub runtime: Runtime,
    /// For an extension: the path after `extends` and the base's name.
    pub base: Option<(Path, Ident)>,
    /// For an extension whose base is itself an extension.
    pub base_is_extension: bool,
    /// Attributes passed through to the enum (docs excluded).
    pub attrs: Vec<Attribute>,
    /// The author's enum docs, one string per line.
    pub docs: Vec<String>,
    pub vis: Visibility,
    pub ident: Ident,
    /// `#[methods(path = ...)]` of the chain's first enum.
    pub root_path: Option<Path>,
    /// In declaration order, the base's first; tokens and names unique.
    pub entries: Vec<CheckedEntry>,
}

pub struct CheckedEntry {
    pub ident: Ident,
    pub token: String,
    pub token_span: Span,
    /// The author's doc lines, verbatim.
    pub docs: Vec<String>,
    /// `#[doc(hidden)]`, `#[doc(alias = "...")]`: passed through to the variant.
    pub doc_attrs: Vec<Attribute>,
    /// First paragraph of the docs as one line (the token when there are none).
    pub description: String,
    pub spec: Option<String>,
    pub flags: Flags,
    /// `#[deprecated]`, passed through to the variant.
    pub deprecated: Option<Attribute>,
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
