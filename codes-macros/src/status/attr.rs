//! `#[status(...)]`: one status, settings, or both.
//!
//! ```text
//! #[status(NotFound)]                  a variant or a struct: its status
//! #[status(404)]                       ... by number
//! #[status(ApiStatus::ClientClosed)]   ... as a variant of a named code enum
//! #[status(transparent)]               ... the single field's own status
//! #[status(default = ..., codes = ApiStatus, crate = ::codes)]   settings
//! ```
//!
//! Each part may be given once per item, across all its `#[status]` attributes.

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::parse::ParseStream;
use syn::{Attribute, Ident, Lit, Path, Token};

use super::model::StatusArg;
use crate::common::{code_digits, crate_value, each_attr, Errors, Once};

const FORM: &str = "expected a status: a variant name such as `NotFound`, a path such as `ApiStatus::ClientClosedRequest`, a code such as `404`, or `transparent`";
const NUMBER_HINT: &str = "a status code is a decimal integer literal such as `404`";

/// Everything the `#[status]` attributes of one item say.
pub struct StatusAttrs {
    pub status: Once<StatusArg>,
    pub default: Once<StatusArg>,
    pub codes: Once<Path>,
    pub krate: Once<Path>,
    /// The first `#[status]` attribute, for errors about the item as a whole.
    pub first: Option<TokenStream>,
}

impl StatusAttrs {
    /// Reads every `#[status]` among `attrs`; mistakes go to `errors`.
    pub fn read(attrs: &[Attribute], errors: &mut Errors) -> StatusAttrs {
        let mut out = StatusAttrs {
            status: Once::new("status: an item has one status"),
            default: Once::new("`default`"),
            codes: Once::new("`codes`"),
            krate: Once::new("`crate`"),
            first: None,
        };
        out.first = each_attr(attrs, "status", errors, |attr, errors| {
            out.parse(attr, errors)
        });
        out
    }

    fn parse(&mut self, attr: &Attribute, errors: &mut Errors) -> syn::Result<()> {
        let list = attr.meta.require_list().map_err(|_| {
            syn::Error::new_spanned(
                attr,
                format_args!("{FORM}, in parentheses: `#[status(NotFound)]`"),
            )
        })?;
        if list.tokens.is_empty() {
            return Err(syn::Error::new_spanned(attr, FORM));
        }
        list.parse_args_with(|input: ParseStream| {
            while !input.is_empty() {
                if input.peek(Ident) && input.peek2(Token![=]) {
                    let key: Ident = input.parse()?;
                    input.parse::<Token![=]>()?;
                    self.setting(&key, input, errors)?;
                } else if input.peek(Token![crate]) && input.peek2(Token![=]) {
                    let key: Token![crate] = input.parse()?;
                    input.parse::<Token![=]>()?;
                    let path = crate_value(input)?;
                    self.krate.set(key, path, errors);
                } else {
                    let arg = status_arg(input)?;
                    let tokens = arg_tokens(&arg);
                    self.status.set(tokens, arg, errors);
                }
                if input.is_empty() {
                    break;
                }
                input.parse::<Token![,]>()?;
            }
            Ok(())
        })
    }

    fn setting(&mut self, key: &Ident, input: ParseStream, errors: &mut Errors) -> syn::Result<()> {
        if key == "default" {
            let arg = status_arg(input)?;
            self.default.set(key, arg, errors);
        } else if key == "codes" {
            let path = input.call(Path::parse_mod_style)?;
            self.codes.set(key, path, errors);
        } else {
            return Err(syn::Error::new(
                key.span(),
                "unknown setting: `#[status(...)]` takes a status, `default = <status>` and `codes = <enum made by codes!>` (on an enum), and `crate = <path of codes-core>`",
            ));
        }
        Ok(())
    }
}

fn arg_tokens(arg: &StatusArg) -> TokenStream {
    match arg {
        StatusArg::Name(i) | StatusArg::Transparent(i) => i.to_token_stream(),
        StatusArg::Path(p) => p.to_token_stream(),
        StatusArg::Number(n) => n.to_token_stream(),
    }
}

/// One status: `NotFound`, `Enum::Variant`, `404` or `transparent`. A number
/// takes the form a `codes!` entry takes: a plain decimal integer literal.
pub fn status_arg(input: ParseStream) -> syn::Result<StatusArg> {
    if input.peek(Token![-]) {
        let minus: Token![-] = input.parse()?;
        return Err(syn::Error::new(
            minus.span,
            "a status code is never negative: write it as a decimal integer literal such as `404`",
        ));
    }
    if input.peek(Lit) {
        let lit: Lit = input.parse()?;
        return match lit {
            Lit::Int(int) => {
                code_digits(&int, NUMBER_HINT).map_err(|m| syn::Error::new(int.span(), m))?;
                Ok(StatusArg::Number(int))
            }
            Lit::Str(s) => Err(syn::Error::new(
                s.span(),
                format_args!(
                    "the status is a string: write `#[status({})]` without quotes",
                    s.value()
                ),
            )),
            Lit::Float(float) => Err(syn::Error::new(
                float.span(),
                format_args!("the code `{float}` is not an integer: {NUMBER_HINT}"),
            )),
            other => Err(syn::Error::new(other.span(), FORM)),
        };
    }
    // `crate::`, `self::` and `super::` start paths too (keywords, which
    // `peek(Ident)` does not see).
    if input.peek(Ident)
        || input.peek(Token![::])
        || input.peek(Token![crate])
        || input.peek(Token![self])
        || input.peek(Token![super])
    {
        let path: Path = input.call(Path::parse_mod_style)?;
        if let Some(ident) = path.get_ident() {
            if ident == "crate" || ident == "self" || ident == "super" {
                return Err(syn::Error::new(ident.span(), FORM));
            }
            if ident == "transparent" {
                return Ok(StatusArg::Transparent(ident.clone()));
            }
            return Ok(StatusArg::Name(ident.clone()));
        }
        return Ok(StatusArg::Path(path));
    }
    Err(input.error(FORM))
}
