//! Who reports what, and when the fallback is built: each derive's output for
//! inputs with mistakes of both kinds. (What the messages say, and where, is
//! for the UI cases under `tests/ui/`.)

use proc_macro2::TokenStream;
use quote::quote;

use super::{derive, Derive};

/// The messages of the `compile_error!`s in `output`.
fn errors(output: &TokenStream) -> Vec<String> {
    let text = output.to_string();
    text.split("compile_error ! {")
        .skip(1)
        .map(|rest| {
            rest.split('}')
                .next()
                .unwrap_or_default()
                .trim()
                .to_string()
        })
        .collect()
}

fn both_kinds() -> TokenStream {
    quote! {
        enum AppError {
            #[status("404")]
            Missing,
            #[status(Conflict)]
            #[problem(header = "retry-after")]
            Taken,
        }
    }
}

#[test]
fn status_reports_the_status_mistakes_only() {
    let found = errors(&derive(both_kinds(), Derive::Status));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("the status is a string"), "{found:?}");
}

#[test]
fn problem_reports_the_problem_mistakes_only() {
    let found = errors(&derive(both_kinds(), Derive::Problem));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("`header` does not go on a variant"),
        "{found:?}"
    );
}

#[test]
fn a_union_is_refused_by_each_derive_in_its_own_words() {
    let input = quote!(union Bits { a: u16, b: i16 });
    for (asked, name) in [(Derive::Status, "Status"), (Derive::Problem, "Problem")] {
        let found = errors(&derive(input.clone(), asked));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].contains(&format!("`#[derive({name})]`")),
            "{found:?}"
        );
    }
}

#[test]
fn the_fallback_is_built_only_on_error() {
    let valid = quote! {
        enum AppError {
            #[status(NotFound)]
            Missing,
        }
    };
    let status = derive(valid.clone(), Derive::Status).to_string();
    assert!(!status.contains("unreachable"), "{status}");
    let invalid = quote!(
        enum AppError {
            Unmapped,
        }
    );
    let status = derive(invalid, Derive::Status).to_string();
    assert!(status.contains("unreachable"), "{status}");
    let problem = derive(valid, Derive::Problem).to_string();
    assert!(problem.contains("problem_source"), "{problem}");
}

/// With a mistake in the statuses, `Problem` says nothing of it and leaves out
/// what depends on the statuses (the 1xx checks), but keeps its own checks.
#[test]
fn problem_builds_on_the_statuses_only_when_they_are_sound() {
    // Statuses of an enum the macro cannot read are checked by constants.
    let sound = quote! {
        #[status(codes = crate::ShopStatus)]
        enum AppError {
            #[status(NotFound)]
            Missing,
        }
    };
    let output = derive(sound, Derive::Problem).to_string();
    assert!(output.contains("final_status_refusal"), "{output}");
    let unsound = quote! {
        #[status(codes = crate::ShopStatus)]
        enum AppError {
            #[status(NotFound)]
            Missing,
            Unmapped,
        }
    };
    let output = derive(unsound, Derive::Problem);
    assert!(errors(&output).is_empty(), "{output}");
    assert!(
        !output.to_string().contains("final_status_refusal"),
        "{output}"
    );
}

#[test]
fn literals_and_registry_names_are_checked_by_the_macro() {
    // No constant is left for rustc: the rules are applied here, whatever
    // the statuses (`Unmapped` has none), and reported by `Problem`.
    let input = quote! {
        enum AppError {
            #[status(Continue)]
            Early,
            #[status(NotFound)]
            #[problem(title = "two\nlines", type = "no uri")]
            Missing {
                #[problem(header = "content-length")]
                length: u64,
                #[problem(member = "status")]
                status: u16,
            },
            Unmapped,
        }
    };
    let output = derive(input, Derive::Problem);
    assert!(!output.to_string().contains("const _"), "{output}");
    let errors = errors(&output);
    assert_eq!(errors.len(), 5, "{errors:#?}");
    for (error, rule) in errors.iter().zip([
        "informational",
        "URI",
        "one line",
        "member",
        "frames its own body",
    ]) {
        assert!(error.contains(rule), "{error} (expected: {rule})");
    }
}
