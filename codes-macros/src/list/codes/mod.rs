//! `codes!`: a list of numbered codes (HTTP status codes, or a family of one's
//! own with a range and classes) becomes an enum.
//!
//! - `model.rs`: an entry as written and as checked, the family;
//! - `parse.rs`: an entry's grammar; `attr.rs`: `#[codes(...)]`, `#[alias]`;
//! - `check/`: the code, the phrases, the family, names the macro generates,
//!   texts `FromStr` could not tell apart;
//! - `replay.rs`: the family and `#[alias]`, written back for `extends`;
//! - `expand/`: the generated code.

mod attr;
mod check;
mod expand;
mod model;
mod parse;
mod replay;

use proc_macro2::{Span, TokenStream};
use quote::quote;

use super::expand::Generated;
use super::Kind;
use crate::common::Errors;
use model::{Checked, CodeEntry, Entry, Family};

/// The kind of list `codes!` makes.
pub struct Codes;

impl Kind for Codes {
    type Entry = Entry;
    type Seen = check::Texts;
    type Own = CodeEntry;
    type Family = Family;

    const WHAT: &'static str = "a list of codes";
    const REPR: &'static str = "`codes!` gives the enum `#[repr(u16)]` itself (the discriminant is the code): remove this `#[repr]`";
    const EMPTY: &'static str =
        "a code list needs at least one entry, such as `404 NotFound = \"Not Found\"`";
    const ASSERT: &'static str = "assert_extendable";
    const ERROR: &'static str = "UnknownCode";

    /// Names the macro generates are refused; the enum is in code order.
    fn finish(model: &mut Checked, _brace: Span, errors: &mut Errors) {
        check::names(&mut model.entries, &mut model.family, errors);
        model.entries.sort_by_key(|e| e.code);
    }

    fn refused(model: &Checked, target: &TokenStream) -> TokenStream {
        let (p, ident) = (model.runtime.private(), &model.ident);
        quote!(#p::UnknownCode::of::<#target>(#ident::code(value)))
    }

    fn expand(model: &Checked) -> Generated {
        expand::expand(model)
    }
}
