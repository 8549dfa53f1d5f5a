//! Class queries and RFC 9110 §15's lenient lookup, for HTTP-classed enums
//! (their RFC 9110 semantics come from codes-core's `__codes_semantics!`).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::list::codes::model::Checked;
use crate::list::tables::accessor;

pub fn methods(model: &Checked) -> TokenStream {
    let p = model.runtime.private();
    let ident = &model.ident;
    let vis = &model.vis;
    let is_class = [
        ("is_informational", "1xx (informational)", "Informational"),
        ("is_success", "2xx (success)", "Success"),
        ("is_redirection", "3xx (redirection)", "Redirection"),
        ("is_client_error", "4xx (client error)", "ClientError"),
        ("is_server_error", "5xx (server error)", "ServerError"),
    ]
    .map(|(name, what, class)| {
        let variant = format_ident!("{}", class);
        let doc = format!("Whether this is a {what} code.");
        let body = quote!(::core::matches!(#ident::class(self), #p::Class::#variant));
        accessor(vis, name, &[&doc], &quote!(::core::primitive::bool), &body)
    });
    quote! {
        /// The class of the code, given by its first digit.
        #[must_use]
        #[inline]
        #vis const fn class(self) -> #p::Class {
            match #p::Class::from_code(#ident::code(self)) {
                ::core::option::Option::Some(class) => class,
                // Every code of an HTTP-classed list is in 100..=599.
                ::core::option::Option::None => #p::Class::ServerError,
            }
        }

        #(#is_class)*

        /// Whether this is a 4xx or 5xx code.
        #[must_use]
        #[inline]
        #vis const fn is_error(self) -> ::core::primitive::bool {
            #ident::class(self).is_error()
        }

        /// Looks a code up the way RFC 9110 §15 asks a client to treat a code it does
        /// not recognise: as the `x00` code of its class. `299` gives the `200` variant,
        /// `450` the `400` one; an exact match always wins.
        ///
        /// Like [`from_code`](Self::from_code), it returns `None` when there is
        /// nothing to return: for numbers outside `100..=599`, and for classes whose
        /// `x00` code is not in the enum.
        #[must_use]
        #[inline]
        #vis const fn from_code_lenient(code: ::core::primitive::u16) -> ::core::option::Option<#ident> {
            if let ::core::option::Option::Some(exact) = #ident::from_code(code) {
                return ::core::option::Option::Some(exact);
            }
            match #p::Class::from_code(code) {
                ::core::option::Option::Some(class) => #ident::from_code(class.generic_code()),
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }
    }
}
