//! The list macros, `codes!` and `methods!`, and their `extends`: a list of
//! entries becomes an enum.
//!
//! What both kinds of list share lives here, once; what is specific to one
//! kind lives in its folder, behind the [`Kind`] trait:
//!
//! - `model.rs`: the checked list ([`Checked`]), a checked entry
//!   ([`CheckedEntry`]) and what every entry may carry ([`EntryAttrs`]);
//! - `attr.rs`: the settings attribute (`#[codes(...)]`, `#[methods(...)]`):
//!   `path`, `crate`, and the kind's own settings;
//! - `entry.rs`: the rules of an entry's docs, `#[doc(...)]`, `#[spec]` and
//!   `#[deprecated]`, and the refusal of unknown attributes;
//! - `check.rs`: the list as a whole: the enum's attributes, the base's
//!   entries, names and keys used twice, an empty list;
//! - `replay.rs`: what a base hands to an extension (one type, both ways);
//! - `expand.rs`: where generated code goes (the enum; its impls in one
//!   `const _` block under one `#[allow]`), the variants' docs, an
//!   extension's conversions with its base, the hidden list macro and the call
//!   an extension makes to it;
//! - `tables.rs`: per-variant data as tables, the accessors that read them,
//!   and `Debug`;
//! - `reserved.rs`: the names of a `codes!` enum's generated items;
//! - `codes/` (numbers, classes, families) and `methods/` (tokens, flags):
//!   each kind's model, attributes, checks and expansion.
//!
//! The list syntax with recovery (`List`, `ListEntry`) is in `common/syntax.rs`.

mod attr;
mod check;
mod codes;
mod entry;
mod expand;
mod methods;
mod model;
mod replay;
mod reserved;
mod tables;

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::Attribute;

use crate::common::{Errors, Extension, List, ListEntry, Runtime};
pub use attr::{KindSettings, OwnAttr, Settings};
pub use model::{Checked, CheckedEntry, EntryAttrs};
pub use replay::Replay;

/// What makes one kind of list differ from the other. Everything else (the
/// driver below, the checks of `check.rs` and `entry.rs`, the replay, the hidden
/// macro) is written once, for any kind. The kind's jobs are traits of their
/// own, implemented where the job is done: [`KindSettings`] in `attr.rs`,
/// [`Family`], [`Seen`] and [`KindEntry`] in `check/`.
pub trait Kind: Sized {
    /// An entry as written.
    type Entry: KindEntry<Self>;
    /// The kind's part of a checked entry ([`CheckedEntry`]).
    type Own;
    /// What the settings declare once checked (a code range, classes, the path
    /// of the chain's first enum).
    type Family: Family<Self>;
    /// What the uniqueness check remembers besides names and keys.
    type Seen: Seen<Self>;

    /// The macro, in messages: `codes!` (the entry's `ListEntry::MACRO`, which
    /// the shared parser's messages use). Without its `!`, it names the
    /// settings attribute (`#[codes]`), the hidden macro (`__codes_list_*`),
    /// the runtime's second half of `extends` (`codes_extend`), and what an
    /// extension's call of its base's hidden macro starts with, so that the
    /// macro tells the kinds apart.
    const MACRO: &'static str = <Self::Entry as ListEntry>::MACRO;
    /// What a list of this kind is, in messages: `a list of codes`.
    const WHAT: &'static str;
    /// What `#[repr]` on the enum is told.
    const REPR: &'static str;
    /// What an empty list is told.
    const EMPTY: &'static str;
    /// The runtime's check that a base is of this kind: `assert_extendable`.
    const ASSERT: &'static str;

    /// The rules of the whole list, once every entry is in (names the macro
    /// generates, limits), and its order.
    fn finish(model: &mut Checked<Self>, brace: proc_macro2::Span, errors: &mut Errors);
    /// The error of a failed conversion: `UnknownCode`, in the runtime's private module.
    const ERROR: &'static str;
    /// The error for `value` (a variant of the enum) that `target` lacks.
    fn refused(model: &Checked<Self>, target: &TokenStream) -> TokenStream;

    /// The kind's generated code, which `expand.rs` puts in place.
    fn expand(model: &Checked<Self>) -> expand::Generated;
}

/// What a list's settings declare, once checked.
pub trait Family<K: Kind>: Sized {
    /// What the enum's settings attribute (`#[codes(...)]`) takes besides
    /// `path` and `crate`.
    type Settings: KindSettings;

    /// The base's (replayed) for an extension, else the list's own.
    fn of(
        base: Option<&Replay<K::Entry>>,
        own: OwnAttr<Self::Settings>,
        errors: &mut Errors,
    ) -> Self;
    /// As the settings attribute the replay carries.
    fn replay(&self) -> Option<Attribute>;
    /// The path of the chain's first enum, if it declared one (`path = ...`).
    fn root(&self) -> Option<&syn::Path>;
}

/// An entry as written: parsed with recovery, checked, and printed back for
/// the replay.
pub trait KindEntry<K: Kind>: ListEntry + ToTokens {
    /// What an entry is, in messages about its key: `code`, `method`.
    const KEY: &'static str;
    /// The attribute an entry takes besides the shared ones, as messages
    /// show it: `alias("...")`.
    const ATTR: &'static str;
    /// What a `#[spec]` reference may be.
    const SPEC: entry::SpecRule;

    /// An entry's key as messages show it (`404`, `` `PURGE` ``), and where it
    /// is written.
    fn key(entry: &CheckedEntry<K::Own>) -> (String, proc_macro2::Span);
    /// The entry's own rules; `None` when it cannot be a variant.
    fn check(self, family: &K::Family, errors: &mut Errors) -> Option<CheckedEntry<K::Own>>;
    /// A checked entry written back, with `attrs` (docs, `#[spec]`, ...) and
    /// the kind's own attributes, as the author could have written it.
    fn replay(entry: &CheckedEntry<K::Own>, attrs: Vec<Attribute>) -> Self;
}

/// What the kind's uniqueness rules remember beyond names and keys.
pub trait Seen<K: Kind>: Default {
    /// Records an inherited entry (`variant` is `Base::Name`).
    fn inherit(&mut self, entry: &CheckedEntry<K::Own>, variant: &str) {
        let _ = (entry, variant);
    }
    /// The kind's own rules for a new entry whose name and key are new.
    fn accept(&mut self, entry: &CheckedEntry<K::Own>, errors: &mut Errors) {
        let _ = (entry, errors);
    }
}

/// Nothing beyond names and keys.
impl<K: Kind> Seen<K> for () {}

/// `codes! { ... }`.
pub fn codes(input: TokenStream) -> TokenStream {
    list::<codes::Codes>(input)
}

/// `methods! { ... }`.
pub fn methods(input: TokenStream) -> TokenStream {
    list::<methods::Methods>(input)
}

/// The second half of a `codes!` list's `extends`.
pub fn extend_codes(input: TokenStream) -> TokenStream {
    extend::<codes::Codes>(input)
}

/// The second half of a `methods!` list's `extends`.
pub fn extend_methods(input: TokenStream) -> TokenStream {
    extend::<methods::Methods>(input)
}

/// A list. An extension first asks its base to replay its entries.
fn list<K: Kind>(input: TokenStream) -> TokenStream {
    let list = match syn::parse2::<List<K::Entry>>(input.clone()) {
        Ok(list) => list,
        Err(e) => return e.into_compile_error(),
    };
    if let Some(base) = &list.extends {
        let runtime = extension_runtime::<K>(&list);
        // The base's entries are not visible from here: ask the base to replay them.
        return expand::extension_call::<K>(base, &runtime, input);
    }
    generate::<K>(list, None)
}

/// The second half of `extends`: the base's list macro calls this with the
/// base's entries in front of the extension's input.
fn extend<K: Kind>(input: TokenStream) -> TokenStream {
    match syn::parse2::<Extension<Replay<K::Entry>, K::Entry>>(input) {
        Ok(ext) => generate::<K>(ext.list, Some(ext.base)),
        Err(e) => e.into_compile_error(),
    }
}

fn generate<K: Kind>(list: List<K::Entry>, base: Option<Replay<K::Entry>>) -> TokenStream {
    let (model, errors) = check::check::<K>(list, base);
    let mut out = expand::expand(&model);
    if let Some(errors) = errors {
        out.extend(errors.into_compile_error());
    }
    out
}

/// The runtime path an extension names (`crate = ...` in its settings), read
/// before the base replays: errors in the attribute are reported later, by the check.
fn extension_runtime<K: Kind>(list: &List<K::Entry>) -> Runtime {
    list.attrs
        .iter()
        .filter(|a| a.path().is_ident(name::<K>()))
        .find_map(|a| {
            let mut errors = Errors::default();
            let settings = attr::read::<K>(a, &mut errors);
            // The check reads this attribute again once the base has replayed,
            // and reports its mistakes then: here only the path is wanted.
            errors.discard();
            settings.ok()?.krate
        })
        .map_or_else(Runtime::default, |path| Runtime::new(&path))
}

/// What a kind's settings attribute takes besides `path` and `crate`.
type OwnSettings<K> = <<K as Kind>::Family as Family<K>>::Settings;

/// The kind's name: its macro without the `!` (`codes`).
fn name<K: Kind>() -> &'static str {
    K::MACRO.trim_end_matches('!')
}
