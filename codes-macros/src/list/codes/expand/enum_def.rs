//! The enum itself: `#[repr(u16)]`, the code as discriminant, docs per variant.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::docs::{code_table, variant_header};
use crate::list::codes::model::Checked;
use crate::list::expand::{enum_def, variant};

pub fn expand(model: &Checked) -> TokenStream {
    let variants = model
        .entries
        .iter()
        .map(|e| {
            let header = variant_header(model, e);
            let code = Literal::u16_unsuffixed(e.code);
            variant(&header, &e.attrs, &e.ident, code, e.code_span)
        })
        .collect();
    // `#[repr(u16)]` is refused on an enum without variants; that only happens
    // when the checks rejected every entry, and those errors are enough.
    let repr = if model.entries.is_empty() {
        quote!()
    } else {
        quote!(#[repr(u16)])
    };
    enum_def(model, code_table(model), repr, variants)
}
