//! The enum itself: `#[repr(u16)]`, the code as discriminant, docs per variant.

use proc_macro2::{Literal, TokenStream};
use quote::{quote, quote_spanned};

use super::docs::{code_table, variant_header};
use crate::common::{doc_attrs_of, user_span, value_derives};
use crate::list::model::Checked;

pub fn expand(model: &Checked) -> TokenStream {
    let Checked {
        attrs,
        docs,
        vis,
        ident,
        entries,
        ..
    } = model;
    let mut all_docs = docs.clone();
    all_docs.extend(code_table(model));
    let docs = doc_attrs_of(&all_docs);
    let variants = entries.iter().map(|e| {
        let name = &e.ident;
        let code = Literal::u16_unsuffixed(e.code);
        let mut lines = vec![format!(" {}", variant_header(model, e))];
        if !e.docs.is_empty() {
            lines.push(String::new());
            lines.extend(e.docs.iter().cloned());
        }
        let docs = doc_attrs_of(&lines);
        let deprecated = &e.deprecated;
        let doc_attrs = &e.doc_attrs;
        quote_spanned! {user_span(e.code_span)=>
            #docs
            #(#doc_attrs)*
            #deprecated
            #name = #code
        }
    });
    // `#[repr(u16)]` is refused on an enum without variants; that only happens
    // when the checks rejected every entry, and those errors are enough.
    let derives = value_derives();
    let repr = if entries.is_empty() {
        quote!()
    } else {
        quote!(#[repr(u16)])
    };
    quote! {
        #docs
        #repr
        #derives
        #(#attrs)*
        #vis enum #ident {
            #(#variants,)*
        }
    }
}
