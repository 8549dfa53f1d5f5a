//! A block of route contracts, as written.

use syn::{Attribute, Ident, Path, Visibility};

use crate::common::Runtime;

/// Every contract of one `contracts!` call: conversions are generated between
/// the contracts of a block.
pub struct Block {
    pub runtime: Runtime,
    /// `#![contracts(crate = path)]`, passed on to the derives.
    pub krate: Option<Path>,
    pub contracts: Vec<Contract>,
}

/// `#[attrs] vis enum Name = A | B | C;`
pub struct Contract {
    /// Docs and attributes, passed on to the enum (`#[status(codes = ...)]`
    /// for members answering with an extension's codes, `#[derive(Clone)]`...).
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    pub members: Vec<Member>,
}

/// One failure of a contract: a type deriving `Status` and `Problem` (or a
/// contract of another block).
pub struct Member {
    pub path: Path,
    /// The variant that holds it: the path's last segment, e.g. `NoSuchUser`
    /// for `crate::users::NoSuchUser`.
    pub name: Ident,
}

impl Contract {
    /// Whether every member of `self` is a member of `wider` (by the path as
    /// written, without its spacing).
    pub fn within(&self, wider: &Contract) -> bool {
        self.members
            .iter()
            .all(|m| wider.members.iter().any(|w| same_path(&w.path, &m.path)))
    }
}

/// Two paths written alike.
pub fn same_path(a: &Path, b: &Path) -> bool {
    quote::quote!(#a).to_string() == quote::quote!(#b).to_string()
}
