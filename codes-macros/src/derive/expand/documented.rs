//! What the variants document, for OpenAPI (used by codes-core only with its
//! `openapi` feature, which `utoipa` and `aide` turn on): per variant with a
//! status written in its attribute (or the default), the status, the first
//! doc line, problem type and title, members (a schema per generator) and
//! headers; per
//! `transparent` variant, what its field's type documents if it is a derived
//! problem (otherwise its statuses are described by their reason phrases).

use proc_macro2::TokenStream;
use quote::quote;

use crate::common::Runtime;
use crate::derive::ast::{ErrorType, StatusArg};

/// An expression of type `Vec<Documented>`. The statuses are left out unless
/// they are `sound` (when they are not, `Status` reports why).
pub fn documented(model: &ErrorType, runtime: &Runtime, sound: bool) -> TokenStream {
    let p = runtime.private();
    let code = model.code_enum();
    let entries = model
        .variants
        .iter()
        .filter(|_| sound)
        .filter_map(|variant| {
            let status = match model.status_of(variant)? {
                StatusArg::Name(variant) => quote!(#p::Code::code(#code::#variant)),
                StatusArg::Number(lit) => {
                    let n = proc_macro2::Literal::u16_unsuffixed(lit.base10_parse::<u16>().ok()?);
                    quote!(#n)
                }
                StatusArg::Path(path) => quote!(#p::Code::code(#path)),
                StatusArg::Transparent(_) => return None,
            };
            let description = match &variant.summary {
                Some(line) => quote!(::core::option::Option::Some(#line)),
                None => quote!(::core::option::Option::None),
            };
            let members = variant.members().into_iter().map(|(field, name)| {
                let ty = field.ty;
                quote!((#name, #p::openapi::member_schema!(#ty)))
            });
            let headers = variant.headers().into_iter().map(|(_, name)| name);
            // The variant's own, else the type's (as the answer does).
            let text = |own: &Option<syn::LitStr>, top: &Option<syn::LitStr>| match own
                .as_ref()
                .or(top.as_ref())
            {
                Some(lit) => quote!(::core::option::Option::Some(#lit)),
                None => quote!(::core::option::Option::None),
            };
            let type_uri = text(&variant.problem.type_uri, &model.problem.type_uri);
            let title = text(&variant.problem.title, &model.problem.title);
            let reason = match model.reason_of(variant) {
                Some(lit) => quote!(::core::option::Option::Some(#lit)),
                None => quote!(::core::option::Option::None),
            };
            Some(quote! {
                #p::openapi::Documented {
                    status: #status,
                    description: #description,
                    type_uri: #type_uri,
                    title: #title,
                    members: #p::openapi::vec![#(#members),*],
                    headers: #p::openapi::vec![#(#headers),*],
                    reason: #reason,
                }
            })
        });
    // A transparent variant sends its field's problem: what the field's type
    // documents, when it is a derived problem (its statuses are listed by
    // `each_status` either way).
    let forwarded = model.variants.iter().filter_map(|variant| {
        let ty = variant.transparent_field()?.ty;
        Some(quote! {
            ::core::iter::Extend::extend(
                &mut documented,
                (&&#p::openapi::DocumentedProbe::<#ty>(::core::marker::PhantomData)).documented_of(),
            );
        })
    });
    quote! {{
        #[allow(unused_imports)]
        use #p::openapi::{ForwardDocumented as _, NotDocumented as _};
        #[allow(deprecated, unused_mut, unused_qualifications)]
        let mut documented: #p::openapi::Vec<#p::openapi::Documented> = #p::openapi::vec![#(#entries),*];
        #(#forwarded)*
        documented
    }}
}
