//! `#[derive(Status)]`: which status each variant of an error answers with.
//!
//! - `model.rs`: the checked input; `attr.rs`: the `#[status(...)]` forms;
//! - `check.rs`: every check; `expand.rs`: the impl, and the fallback impl
//!   emitted beside errors.

mod attr;
mod check;
mod expand;
mod model;

pub use model::StatusArg;

use proc_macro2::TokenStream;

pub fn derive(input: TokenStream) -> TokenStream {
    let input = match syn::parse2::<syn::DeriveInput>(input) {
        Ok(input) => input,
        Err(e) => return e.into_compile_error(),
    };
    let runtime = check::runtime_of(&input);
    let fallback = expand::fallback(&input, &runtime);
    match check::check(input) {
        Ok(model) => expand::expand(&model),
        Err(errors) => {
            let mut out = errors.into_compile_error();
            out.extend(fallback);
            out
        }
    }
}

/// The statuses an input names in `#[status(...)]`, as the `Status` derive
/// reads them: for other derives that need them, such as `Problem`. Empty if
/// that derive would fail (it reports its own errors).
#[derive(Default)]
pub struct Statuses {
    /// Each variant's own status, by the variant's name (`None` for a struct).
    pub variants: Vec<(Option<String>, Option<StatusArg>)>,
    /// `#[status(default = ...)]`.
    pub default: Option<StatusArg>,
    /// The code enum.
    pub code: Option<TokenStream>,
}

impl Statuses {
    /// Every status written in the attributes.
    pub fn all(&self) -> impl Iterator<Item = &StatusArg> {
        self.variants
            .iter()
            .filter_map(|(_, status)| status.as_ref())
            .chain(&self.default)
    }

    /// The status of the variant `name` (its own, or the default).
    pub fn of(&self, name: Option<&str>) -> Option<&StatusArg> {
        self.variants
            .iter()
            .find(|(variant, _)| variant.as_deref() == name)
            .and_then(|(_, status)| status.as_ref().or(self.default.as_ref()))
    }
}

pub fn statuses_of(input: &syn::DeriveInput) -> Statuses {
    match check::check(input.clone()) {
        Ok(model) => Statuses {
            variants: model
                .arms
                .into_iter()
                .map(|arm| (arm.variant.map(|v| v.to_string()), arm.status))
                .collect(),
            default: model.default,
            code: Some(model.code_type),
        },
        Err(_) => Statuses::default(),
    }
}
