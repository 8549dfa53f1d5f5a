//! Each helper attribute of the derives, parsed once: what one item's
//! `#[status(...)]` and `#[problem(...)]` attributes say, as written. Mistakes
//! of form (a malformed status, an unknown setting, a setting given twice) are
//! reported here; where a setting may go is `check/`'s to say.
//!
//! ```text
//! #[status(NotFound)]                  a variant or a struct: its status
//! #[status(404)]                       ... by number
//! #[status(ApiStatus::ClientClosed)]   ... as a variant of a named code enum
//! #[status(transparent)]               ... the single field's own status
//! #[status(default = ..., codes = ApiStatus, crate = ::codes)]   settings
//!
//! #[problem(type = "https://example.com/problems/out-of-credit")]   type or variant
//! #[problem(title = "You do not have enough credit")]              type or variant
//! #[problem(crate = ::codes)]                                        type
//! #[problem(domain = "users.example.com")]                           type: where its reasons belong
//! #[problem(reason = "USER_NOT_FOUND")]                              variant or struct
//! #[problem(grpc = AlreadyExists)]                                   variant or struct: its gRPC code
//! #[problem(member)] / #[problem(member = "balance")]                field: an extension member
//! #[problem(header = "retry-after")]                                 field: a header field
//! ```
//!
//! Each part may be given once per item, across all its attributes.

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::parse::ParseStream;
use syn::{Attribute, Ident, Lit, LitStr, Path, Token};

use super::ast::StatusArg;
use super::check::reason_spelling;
use super::grpc::GRPC_CODES;
use super::problem_rules;
use crate::common::{code_digits, crate_value, each_attr, upper_camel_case, Errors, Once};

const FORM: &str = "expected a status: a variant name such as `NotFound`, a path such as `ApiStatus::ClientClosedRequest`, a code such as `404`, or `transparent`";
const NUMBER_HINT: &str = "a status code is a decimal integer literal such as `404`";

/// Everything the `#[status]` attributes of one item say.
#[derive(Default)]
pub struct StatusAttr {
    pub status: Option<StatusArg>,
    pub default: Option<StatusArg>,
    pub codes: Option<Path>,
    pub krate: Option<Path>,
    /// The first `#[status]` attribute, for errors about them as a whole.
    pub first: Option<TokenStream>,
    /// One of them was malformed (and reported): what they leave out is not
    /// reported again as missing.
    pub malformed: bool,
}

impl StatusAttr {
    /// Reads every `#[status]` among `attrs`; mistakes go to `errors`.
    pub fn read(attrs: &[Attribute], errors: &mut Errors) -> StatusAttr {
        let mut parts = StatusParts {
            status: Once::new("status: an item has one status"),
            default: Once::new("`default`"),
            codes: Once::new("`codes`"),
            krate: Once::new("`crate`"),
        };
        let mut own = Errors::default();
        let first = each_attr(attrs, "status", &mut own, |attr, errors| {
            parts.parse(attr, errors)
        });
        let malformed = !own.is_empty();
        if let Some(e) = own.finish() {
            errors.push(e);
        }
        StatusAttr {
            status: parts.status.get(),
            default: parts.default.get(),
            codes: parts.codes.get(),
            krate: parts.krate.get(),
            first,
            malformed,
        }
    }

    /// Whether a setting of the type (`default`, `codes`, `crate`) is given.
    pub fn has_type_settings(&self) -> bool {
        self.default.is_some() || self.codes.is_some() || self.krate.is_some()
    }
}

/// The parts of `#[status]` while they are read, each at most once.
struct StatusParts {
    status: Once<StatusArg>,
    default: Once<StatusArg>,
    codes: Once<Path>,
    krate: Once<Path>,
}

impl StatusParts {
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
                    let tokens = arg.to_token_stream();
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

/// One status: `NotFound`, `Enum::Variant`, `404` or `transparent`. A number
/// takes the form a `codes!` entry takes: a plain decimal integer literal.
fn status_arg(input: ParseStream) -> syn::Result<StatusArg> {
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
            Lit::Str(s) => Err(syn::Error::new(s.span(), string_status(&s.value()))),
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

/// A status written as a string: its code without quotes (`"404"`), or the
/// variant its text names, in `UpperCamelCase` (`"Not Found"` -> `NotFound`).
fn string_status(text: &str) -> String {
    let text = text.trim();
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    let rest = &text[digits.len()..];
    if !digits.is_empty() && (rest.is_empty() || rest.starts_with(char::is_whitespace)) {
        return format!(
            "the status is a string: write its code as a number, `#[status({digits})]`"
        );
    }
    let name = upper_camel_case(text);
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        return format!("the status is a string: {FORM}");
    }
    format!(
        "the status is a string: name the code enum's variant, in UpperCamelCase and without quotes: `#[status({name})]`"
    )
}

/// Everything the `#[problem]` attributes of one item say, wherever they may go
/// (`check/` refuses the settings written where they do not belong).
#[derive(Default)]
pub struct ProblemAttr {
    pub type_uri: Option<LitStr>,
    pub title: Option<LitStr>,
    pub krate: Option<Path>,
    /// `member`: the field is sent as an extension member.
    pub member: Option<MemberName>,
    pub header: Option<LitStr>,
    /// `reason`: the machine-readable reason (AIP-193).
    pub reason: Option<LitStr>,
    /// `grpc`: a variant of `GrpcCode`, as written.
    pub grpc: Option<Ident>,
    /// `domain`: the domain of the type's reasons.
    pub domain: Option<LitStr>,
    /// The first `#[problem]` attribute, for errors about them as a whole.
    pub first: Option<TokenStream>,
}

impl ProblemAttr {
    /// Reads every `#[problem]` among `attrs`; mistakes go to `errors`.
    pub fn read(attrs: &[Attribute], errors: &mut Errors) -> ProblemAttr {
        let mut parts = ProblemParts {
            type_uri: Once::new("`type`"),
            title: Once::new("`title`"),
            krate: Once::new("`crate`"),
            member: Once::new("`member`"),
            header: Once::new("`header`"),
            reason: Once::new("`reason`"),
            grpc: Once::new("`grpc`"),
            domain: Once::new("`domain`"),
        };
        let first = each_attr(attrs, "problem", errors, |attr, errors| {
            parts.parse(attr, errors)
        });
        ProblemAttr {
            type_uri: parts.type_uri.get(),
            title: parts.title.get(),
            krate: parts.krate.get(),
            member: parts.member.get(),
            header: parts.header.get(),
            reason: parts.reason.get(),
            grpc: parts.grpc.get(),
            domain: parts.domain.get(),
            first,
        }
    }

    /// The settings given, by name, in the order messages list them.
    pub fn given(&self) -> [(&'static str, bool); 8] {
        [
            ("member", self.member.is_some()),
            ("header", self.header.is_some()),
            ("crate", self.krate.is_some()),
            ("domain", self.domain.is_some()),
            ("type", self.type_uri.is_some()),
            ("title", self.title.is_some()),
            ("reason", self.reason.is_some()),
            ("grpc", self.grpc.is_some()),
        ]
    }
}

/// The name `member` sends a field under.
pub enum MemberName {
    /// `#[problem(member)]`: the field's own.
    Field,
    /// `#[problem(member = "balance")]`.
    Given(LitStr),
}

/// The parts of `#[problem]` while they are read, each at most once.
struct ProblemParts {
    type_uri: Once<LitStr>,
    title: Once<LitStr>,
    krate: Once<Path>,
    member: Once<MemberName>,
    header: Once<LitStr>,
    reason: Once<LitStr>,
    grpc: Once<Ident>,
    domain: Once<LitStr>,
}

impl ProblemParts {
    fn parse(&mut self, attr: &Attribute, errors: &mut Errors) -> syn::Result<()> {
        attr.parse_nested_meta(|meta| {
            let key = meta.path.to_token_stream();
            if meta.path.is_ident("type") {
                // Its form (a URI reference) is checked by codes-core's rules,
                // in a constant of the generated code.
                let uri: LitStr = meta.value()?.parse()?;
                self.type_uri.set(key, uri, errors);
            } else if meta.path.is_ident("title") {
                let title: LitStr = meta.value()?.parse()?;
                self.title.set(key, title, errors);
            } else if meta.path.is_ident("crate") {
                let path = crate_value(meta.value()?)?;
                self.krate.set(key, path, errors);
            } else if meta.path.is_ident("member") {
                let name = if meta.input.peek(syn::Token![=]) {
                    MemberName::Given(meta.value()?.parse()?)
                } else {
                    MemberName::Field
                };
                self.member.set(key, name, errors);
            } else if meta.path.is_ident("header") {
                let name: LitStr = meta.value()?.parse()?;
                self.header.set(key, name, errors);
            } else if ["reason", "domain", "grpc"]
                .iter()
                .any(|name| meta.path.is_ident(name))
                && !meta.input.peek(syn::Token![=])
            {
                let example = if meta.path.is_ident("reason") {
                    "reason = \"USER_NOT_FOUND\""
                } else if meta.path.is_ident("domain") {
                    "domain = \"users.example.com\""
                } else {
                    "grpc = AlreadyExists"
                };
                return Err(meta.error(format_args!("this setting takes a value: `{example}`")));
            } else if meta.path.is_ident("reason") {
                let reason = quoted(meta.value()?, "reason", "USER_NOT_FOUND")?;
                self.reason.set(key, reason, errors);
            } else if meta.path.is_ident("domain") {
                let domain = quoted(meta.value()?, "domain", "users.example.com")?;
                self.domain.set(key, domain, errors);
            } else if meta.path.is_ident("grpc") {
                let code = grpc_code(meta.value()?)?;
                self.grpc.set(key, code, errors);
            } else {
                return Err(meta.error(
                    "unknown `#[problem]` setting: expected `type = \"...\"` or `title = \"...\"` (type or variant), `reason = \"...\"` or `grpc = <GrpcCode variant>` (variant or struct), `crate = ...` or `domain = \"...\"` (type), `member` or `header = \"...\"` (field)",
                ));
            }
            Ok(())
        })
    }
}

/// The gRPC code of `grpc = ...`: a variant name of `GrpcCode`, written alone
/// (`AlreadyExists`). A path, a string or a number is refused with the name
/// to write, when there is one.
fn grpc_code(input: ParseStream) -> syn::Result<Ident> {
    if input.peek(LitStr) {
        let text: LitStr = input.parse()?;
        let name = upper_camel_case(&text.value());
        return Err(syn::Error::new(
            text.span(),
            format_args!("the gRPC code is a string: {}", grpc_hint(&name)),
        ));
    }
    if input.peek(syn::LitInt) || input.peek(Token![-]) {
        let number: TokenStream = rest_of_setting(input)?;
        let code = number.to_string().replace(' ', "").parse::<u16>().ok();
        let name = code
            .and_then(|n| GRPC_CODES.iter().find(|&&(_, c)| c == n))
            .map_or("", |&(name, _)| name);
        return Err(syn::Error::new_spanned(
            &number,
            format_args!("the gRPC code is named, not numbered: {}", grpc_hint(name)),
        ));
    }
    let path: Path = input.call(Path::parse_mod_style)?;
    match (path.get_ident(), path.segments.last()) {
        (Some(ident), _) => Ok(ident.clone()),
        (None, Some(last)) => Err(syn::Error::new_spanned(
            &path,
            format_args!(
                "write the variant of `codes_core::GrpcCode` alone, without its path: `grpc = {}`",
                last.ident
            ),
        )),
        (None, None) => Err(syn::Error::new_spanned(&path, GRPC_FORM)),
    }
}

const GRPC_FORM: &str =
    "name a variant of `codes_core::GrpcCode` without quotes, such as `grpc = AlreadyExists`";

/// What to write for a gRPC code meant as `name`: the name when it is one of
/// `GrpcCode`'s (but `Ok`, which an error never is), else the form.
fn grpc_hint(name: &str) -> String {
    match GRPC_CODES.iter().find(|&&(n, _)| n == name) {
        Some(("Ok", _)) => "`Ok` is the code of a success, never of an error: name the code a client should see for this failure, such as `grpc = FailedPrecondition`".to_string(),
        Some((name, _)) => format!("write the variant of `codes_core::GrpcCode` it names, `grpc = {name}`"),
        None => format!("{GRPC_FORM} (the codes are `Ok` and 16 failures, `Cancelled` to `Unauthenticated`)"),
    }
}

/// The tokens of a setting's value, up to the next `,`.
fn rest_of_setting(input: ParseStream) -> syn::Result<TokenStream> {
    input.step(|cursor| {
        let mut rest = *cursor;
        let mut tokens = TokenStream::new();
        while let Some((tree, next)) = rest.token_tree() {
            if matches!(&tree, proc_macro2::TokenTree::Punct(p) if p.as_char() == ',') {
                break;
            }
            tokens.extend(std::iter::once(tree));
            rest = next;
        }
        Ok((tokens, rest))
    })
}

/// A setting's string, with the quoted form to write when it is not one
/// (`reason = EmailTaken` -> `reason = "EMAIL_TAKEN"`).
fn quoted(input: ParseStream, setting: &str, example: &str) -> syn::Result<LitStr> {
    if input.peek(LitStr) {
        return input.parse();
    }
    let written = rest_of_setting(input)?;
    let text = written.to_string().replace(' ', "");
    // A reason is written as AIP-193 wants it; a domain as given.
    let text = match setting {
        "reason" => reason_spelling(&text),
        _ => problem_rules::domain_refusal(&text)
            .is_none()
            .then_some(text),
    };
    let text = text.as_deref().unwrap_or(example);
    Err(syn::Error::new_spanned(
        &written,
        format_args!(
            "`{setting}` is a string: write it in quotes, such as `{setting} = \"{text}\"`"
        ),
    ))
}
