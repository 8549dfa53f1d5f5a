//! The model of a checked list, for either kind: [`Checked`] is what the checks
//! accepted (possibly only the entries that passed), and all expansion sees.

use syn::{Attribute, Ident, Path, Visibility};

use super::Kind;
use crate::common::Runtime;

/// A list that passed the checks (possibly only the entries that did).
pub struct Checked<K: Kind> {
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
    /// What the settings declare: a code range and classes, the path of the
    /// chain's first enum.
    pub family: K::Family,
    /// In the kind's order (codes ascending, methods as declared); keys and
    /// names unique.
    pub entries: Vec<CheckedEntry<K::Own>>,
}

/// What every entry may carry, read by `entry.rs` for both kinds.
#[derive(Default)]
pub struct EntryAttrs {
    /// The author's doc lines, verbatim (each usually starts with a space).
    pub docs: Vec<String>,
    /// `#[doc(hidden)]`, `#[doc(alias = "...")]`: passed through to the variant.
    pub doc_attrs: Vec<Attribute>,
    /// `#[spec("...")]`: references separated by `;`.
    pub spec: Option<String>,
    /// `#[deprecated]`, passed through to the variant.
    pub deprecated: Option<Attribute>,
}

/// An entry that passed the checks: what every kind has, and the kind's own
/// part (`own`: a code and its phrases, a token and its flags), whose fields
/// read through `Deref` (`entry.code`, `entry.token`).
pub struct CheckedEntry<X> {
    pub ident: Ident,
    /// Docs, `#[doc(...)]`, `#[spec]`, `#[deprecated]`.
    pub attrs: EntryAttrs,
    /// The first paragraph of the docs as one line (the kind's default when
    /// there are none).
    pub description: String,
    /// Inherited from the base enum (extensions only).
    pub inherited: bool,
    pub own: X,
}

impl<X> std::ops::Deref for CheckedEntry<X> {
    type Target = X;

    fn deref(&self) -> &X {
        &self.own
    }
}
