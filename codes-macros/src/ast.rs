//! The parsed model of a `codes!` invocation.
//!
//! Two stages live here: [`CodeList`] is what the parser read, token for token
//! (original syn nodes are kept so that every error can point at them), and
//! [`Checked`] is what validation accepted, with values extracted and entries in
//! ascending code order. Code generation only ever sees a [`Checked`].

use proc_macro2::Span;
use syn::{Attribute, Ident, Lit, LitStr, Path, Visibility};

/// `codes! { #[attrs] vis enum Name [extends Base] { entries } }` as written.
pub struct CodeList {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    pub extends: Option<Path>,
    pub brace_span: Span,
    pub entries: Vec<Entry>,
}

/// One `#[attrs] 404 NotFound = "Not Found"` line as written.
pub struct Entry {
    pub attrs: Vec<Attribute>,
    /// Any literal: validation says what is wrong with a string, a float, `404u8`...
    pub code: Lit,
    pub ident: Ident,
    pub reason: LitStr,
}

/// A code list that passed validation (possibly only the entries that did).
pub struct Checked {
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
    pub family: Family,
    /// Sorted by code, codes and names unique.
    pub entries: Vec<CheckedEntry>,
}

/// The code family an enum belongs to: its valid range and how classes are derived.
pub struct Family {
    pub min: u16,
    pub max: u16,
    /// Codes are HTTP-style: three digits, class given by the first digit.
    pub http_classes: bool,
    /// Classes declared with `#[codes(classes(...))]`, in ascending order.
    pub classes: Vec<ClassDef>,
    /// The `#[codes(...)]` attribute as written, replayed to extensions.
    pub attr: Option<Attribute>,
    /// The absolute path of the chain's first enum, if it declared one.
    pub root_path: Option<Path>,
}

/// `1000..=1999 Auth` in `#[codes(classes(...))]`.
#[derive(Clone)]
pub struct ClassDef {
    pub min: u16,
    pub max: u16,
    pub ident: Ident,
}

impl Family {
    pub fn http() -> Family {
        Family {
            min: 100,
            max: 599,
            http_classes: true,
            classes: Vec::new(),
            attr: None,
            root_path: None,
        }
    }

    /// The declared class of `code`, if the family declares classes.
    pub fn class_of(&self, code: u16) -> Option<&ClassDef> {
        self.classes
            .iter()
            .find(|c| (c.min..=c.max).contains(&code))
    }
}

/// The input of `__codes_extend`: the base, replayed, then the extension's list.
pub struct Extension {
    pub base: Base,
    pub list: CodeList,
}

/// What an extension knows of its base: replayed by the base's list macro.
pub struct Base {
    /// The base enum's name as its author wrote it, for messages.
    pub name: Ident,
    pub family_attr: Option<Attribute>,
    /// The base is not an extension itself.
    pub is_root: bool,
    pub entries: Vec<Entry>,
}

pub struct CheckedEntry {
    pub code: u16,
    /// Span of the code literal, for errors raised by rustc on generated items.
    pub code_span: Span,
    pub ident: Ident,
    pub reason: String,
    pub reason_lit: LitStr,
    /// The author's doc lines, verbatim (each usually starts with a space).
    pub docs: Vec<String>,
    /// `#[doc(hidden)]`, `#[doc(alias = "...")]`: passed through to the variant.
    pub doc_attrs: Vec<Attribute>,
    /// First paragraph of the docs, joined into one line.
    pub description: String,
    pub spec: Option<String>,
    /// Other phrases `FromStr` accepts (former names of the code).
    pub aliases: Vec<String>,
    pub alias_lits: Vec<LitStr>,
    /// `#[deprecated]`, passed through to the variant.
    pub deprecated: Option<Attribute>,
    /// Inherited from the base enum (extensions only).
    pub inherited: bool,
}

/// The HTTP class of a code, by its first digit.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum HttpClass {
    Informational,
    Success,
    Redirection,
    ClientError,
    ServerError,
}

impl HttpClass {
    pub const ALL: [HttpClass; 5] = [
        HttpClass::Informational,
        HttpClass::Success,
        HttpClass::Redirection,
        HttpClass::ClientError,
        HttpClass::ServerError,
    ];

    pub fn of(code: u16) -> Option<HttpClass> {
        Some(match code {
            100..=199 => HttpClass::Informational,
            200..=299 => HttpClass::Success,
            300..=399 => HttpClass::Redirection,
            400..=499 => HttpClass::ClientError,
            500..=599 => HttpClass::ServerError,
            _ => return None,
        })
    }

    pub fn title(self) -> &'static str {
        match self {
            HttpClass::Informational => "1xx informational",
            HttpClass::Success => "2xx success",
            HttpClass::Redirection => "3xx redirection",
            HttpClass::ClientError => "4xx client error",
            HttpClass::ServerError => "5xx server error",
        }
    }
}

/// What `#[status(...)]` on a variant (or a struct) says.
pub enum StatusArg {
    /// `#[status(NotFound)]`: a variant of the code enum.
    Name(Ident),
    /// `#[status(ApiStatus::ClientClosedRequest)]`: a variant, with its enum.
    Path(Path),
    /// `#[status(409)]`: a number that must be a code of the code enum.
    Number(syn::LitInt),
    /// `#[status(transparent)]`: the one field's own status.
    Transparent(Ident),
}

/// A `#[derive(Status)]` input that passed validation.
pub struct DeriveModel {
    pub ident: Ident,
    pub generics: syn::Generics,
    /// The code enum: `::codes_core::StatusCode` unless the input names another.
    pub code_type: proc_macro2::TokenStream,
    /// `#[status(default = ...)]` on the enum.
    pub default: Option<StatusArg>,
    pub arms: Vec<DeriveArm>,
}

/// One match arm: a variant (or the struct) and its status.
pub struct DeriveArm {
    /// `None` for a struct.
    pub variant: Option<Ident>,
    pub fields: syn::Fields,
    /// `None`: the enum's default.
    pub status: Option<StatusArg>,
}
