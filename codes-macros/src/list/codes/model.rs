//! The model of a `codes!` list, in two stages: [`Entry`] is what the parser
//! read, token for token (syn nodes are kept so that every error can point at
//! them); [`CheckedEntry`] is what the checks accepted, values extracted, in a
//! [`Checked`] list (`list/model.rs`) whose family is a [`Family`].

use proc_macro2::Span;
use syn::{Attribute, Ident, Lit, LitStr, Path};

/// One `#[attrs] 404 NotFound = "Not Found"` line as written.
pub struct Entry {
    pub attrs: Vec<Attribute>,
    /// Any literal: the checks say what is wrong with a string, a float, `404u8`...
    pub code: Lit,
    pub ident: Ident,
    pub reason: LitStr,
}

/// A code list that passed the checks: entries in ascending code order.
pub type Checked = crate::list::Checked<super::Codes>;

/// The code family of an enum: its valid range and how classes are derived.
pub struct Family {
    pub min: u16,
    pub max: u16,
    /// Codes are HTTP status codes: three digits, class given by the first digit.
    pub http_classes: bool,
    /// Classes declared with `#[codes(classes(...))]`, in ascending order.
    pub classes: Vec<ClassDef>,
    /// The path of the chain's first enum, if it declared one with `path = ...`.
    pub root_path: Option<Path>,
}

/// `1000..=1999 Auth` in `#[codes(classes(...))]`.
pub struct ClassDef {
    pub min: u16,
    pub max: u16,
    pub ident: Ident,
    /// Whether it gets an `is_<class>()` method (not when that name is taken).
    pub method: bool,
}

impl Family {
    /// HTTP's: 100 to 599, classes by the first digit.
    pub fn http() -> Family {
        Family {
            min: 100,
            max: 599,
            http_classes: true,
            classes: Vec::new(),
            root_path: None,
        }
    }

    /// No limits: what entries are checked against when the family itself is
    /// malformed, so that its mistake does not add errors that are not the user's.
    pub fn permissive() -> Family {
        Family {
            min: 0,
            max: u16::MAX,
            http_classes: false,
            classes: Vec::new(),
            root_path: None,
        }
    }

    /// The declared class of `code`, if the family declares classes.
    pub fn class_of(&self, code: u16) -> Option<&ClassDef> {
        self.classes
            .iter()
            .find(|c| (c.min..=c.max).contains(&code))
    }

    /// How a code of this family looks, for messages.
    pub fn code_hint(&self) -> &'static str {
        if self.http_classes {
            "an HTTP status code is a 3-digit integer literal such as `404`"
        } else {
            "a code is a decimal integer literal such as `1001`"
        }
    }
}

/// A checked `codes!` entry: the shared part, and its [`CodeEntry`].
pub type CheckedEntry = crate::list::CheckedEntry<CodeEntry>;

/// What a checked entry of a code list has of its own.
pub struct CodeEntry {
    pub code: u16,
    /// Span of the code literal, for errors raised by rustc on generated items.
    pub code_span: Span,
    pub reason: String,
    pub reason_lit: LitStr,
    /// Other phrases `FromStr` accepts (former names of the code).
    pub aliases: Vec<String>,
    pub alias_lits: Vec<LitStr>,
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
