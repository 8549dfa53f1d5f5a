//! The generated code must compile warning-free in the strictest user crates:
//! no prelude, user types that shadow the names generated code could use,
//! and pedantic lints denied.
#![deny(
    warnings,
    missing_docs,
    unreachable_pub,
    unused_qualifications,
    unused_results,
    clippy::all,
    clippy::pedantic
)]

/// `codes!` inside a module without the prelude, next to look-alike names.
#[no_implicit_prelude]
pub mod shadowed {
    #![allow(non_camel_case_types, dead_code)]

    /// Shadows `core::result::Result`.
    pub struct Result;
    /// Shadows `core::option::Option`.
    pub struct Option;
    /// Shadows `Some`.
    pub struct Some;
    /// Shadows `None`.
    pub struct None;
    /// Shadows `Ok`.
    pub struct Ok;
    /// Shadows `Err`.
    pub struct Err;
    /// Shadows `Box`.
    pub struct Box;
    /// Shadows `String`.
    pub struct String;
    /// Shadows the primitive `u16`.
    pub struct u16;
    /// Shadows the primitive `usize`.
    pub struct usize;
    /// Shadows the primitive `bool`.
    pub struct bool;
    /// Shadows the primitive `str`.
    pub struct str;
    /// Shadows `core::fmt`.
    pub mod fmt {}
    /// Shadows the `core` crate for relative paths.
    pub mod core {}
    /// Shadows the `std` crate for relative paths.
    pub mod std {}

    ::codes_core::codes! {
        /// A small list with every entry feature, including a deprecated code.
        pub enum Hygienic {
            /// Fine.
            #[spec("RFC 9110, Section 15.3.1")]
            200 Fine = "Fine",
            /// Old.
            #[alias("Ancient")]
            #[deprecated(note = "old")]
            301 Old = "Old",
            /// Missing.
            404 Missing = "Missing",
        }
    }

    /// A list wide enough to use the binary-search lookup instead of a table.
    pub mod sparse {
        ::codes_core::codes! {
            /// Sparse codes.
            pub enum Sparse {
                /// Low.
                100 Low = "Low",
                /// High.
                599 High = "High",
            }
        }
    }
}

/// `codes!` in a private module of a function body.
#[test]
fn in_function_body() {
    mod inner {
        codes_core::codes! {
            pub(super) enum Local {
                418 Teapot = "I'm a teapot",
            }
        }
    }
    assert_eq!(inner::Local::Teapot.to_string(), "418 I'm a teapot");
}

#[test]
fn generated_code_works_under_shadowing() {
    use shadowed::Hygienic;
    assert_eq!(Hygienic::ALL.len(), 3);
    assert_eq!(Hygienic::from_code(404), Some(Hygienic::Missing));
    assert_eq!("ancient".parse::<Hygienic>().map(Hygienic::code), Ok(301));
    assert_eq!(Hygienic::from_code_lenient(250), Ok(Hygienic::Fine));
    assert_eq!(
        shadowed::sparse::Sparse::from_code(599),
        Some(shadowed::sparse::Sparse::High)
    );
    assert_eq!(shadowed::sparse::Sparse::from_code(300), None);
}
