//! `methods!`: a list of HTTP method tokens becomes an enum.
//!
//! - `model.rs`: an entry as written and as checked, its flags;
//! - `parse.rs`: an entry's grammar; `attr.rs`: `#[methods(...)]`, `#[method(...)]`;
//! - `check/`: the token and the name that spells it, the flags, the settings;
//! - `replay.rs`: `#[methods(path = ..)]` and `#[method(...)]`, written back
//!   for `extends`;
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
use model::{Checked, Entry, Family, MethodEntry};

/// The kind of list `methods!` makes.
pub struct Methods;

impl Kind for Methods {
    type Entry = Entry;
    type Seen = ();
    type Own = MethodEntry;
    type Family = Family;

    const WHAT: &'static str = "a list of HTTP methods";
    const REPR: &'static str = "`methods!` gives the enum its `#[repr]` itself (the smallest that holds the list): remove this `#[repr]`";
    const EMPTY: &'static str = "a method list needs at least one method, e.g. `Purge = \"PURGE\"`";
    const ASSERT: &'static str = "assert_method_extendable";
    const ERROR: &'static str = "UnknownMethod";

    /// The list's size is limited; the enum is in declaration order.
    fn finish(model: &mut Checked, brace: Span, errors: &mut Errors) {
        check::size(&mut model.entries, brace, errors);
    }

    /// The method is not in `target`: its token says which.
    fn refused(model: &Checked, target: &TokenStream) -> TokenStream {
        let p = model.runtime.private();
        let ident = &model.ident;
        quote!(#p::UnknownMethod::not_in::<#target>(#ident::as_str(value)))
    }

    fn expand(model: &Checked) -> Generated {
        expand::expand(model)
    }
}
