//! What each derive emits beside its errors, built only when there are some:
//! the trait, implemented with bodies that never run (the build fails on the
//! errors), so that uses of `.status()` or `.answer()` elsewhere add no errors
//! of their own (thiserror's `fallback.rs`).

use proc_macro2::TokenStream;
use quote::quote;

use super::ast::ErrorType;
use super::expand::rules;

/// `Status`, answering with the registry's codes.
pub fn status(model: &ErrorType) -> TokenStream {
    let runtime = model.status_runtime();
    let p = runtime.private();
    let krate = runtime.krate();
    let ident = model.ident;
    let (impl_generics, ty_generics, where_clause) = model.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics #p::Status for #ident #ty_generics #where_clause {
            type Code = #krate::StatusCode;
            fn status(&self) -> #krate::StatusCode {
                ::core::unreachable!()
            }
            fn each_status(_: &mut dyn ::core::ops::FnMut(#krate::StatusCode)) {}
        }
    }
}

/// `IntoProblem` with its default hooks, and the compile-time checks of the
/// literals that were read, so that their mistakes show in the same build.
pub fn problem(model: &ErrorType, statuses_sound: bool) -> TokenStream {
    let runtime = model.problem_runtime();
    let krate = runtime.krate();
    let ident = model.ident;
    let (impl_generics, ty_generics, where_clause) = model.generics.split_for_impl();
    let rules = rules::checks(model, &runtime, statuses_sound);
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::problem::IntoProblem for #ident #ty_generics #where_clause {}

        #rules
    }
}
