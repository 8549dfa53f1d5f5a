//! The generated code must compile warning-free in the strictest user crates:
//! no prelude, user types that shadow the names generated code could use,
//! and pedantic lints denied.
#![forbid(unsafe_code)]
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

    ::codes_core::codes! {
        /// An extension of the registry, named by absolute path.
        pub enum Extended extends ::codes_core::StatusCode {
            /// A custom code.
            499 ClientGone = "Client Gone",
        }
    }

    ::codes_core::methods! {
        /// The method registry plus a purge, with every integration the
        /// features turn on (serde, http, actix-web).
        pub enum Verbs extends ::codes_core::Method {
            /// Evicts.
            #[method(idempotent)]
            Purge = "PURGE",
        }
    }

    /// An error type deriving `Status`, every attribute form.
    #[derive(::core::fmt::Debug, ::codes_core::Status)]
    pub enum Failure {
        /// By name.
        #[status(NotFound)]
        Missing,
        /// By number.
        #[status(409)]
        Taken,
        /// By path, which makes `Extended` the code enum.
        #[status(Extended::ClientGone)]
        Gone,
        /// The field's own status.
        #[status(transparent)]
        Inner(Inner),
        /// Named field, transparent.
        #[status(transparent)]
        Named {
            /// The inner error.
            source: Inner,
        },
    }

    /// A struct deriving `Status`.
    #[derive(::core::fmt::Debug, ::codes_core::Status)]
    #[status(ServiceUnavailable)]
    pub struct Inner;

    /// An error that is its own answer: every `#[problem]` form.
    #[derive(::core::fmt::Debug, ::codes_core::Status, ::codes_core::Problem)]
    #[problem(type = "https://example.com/problems/generic")]
    pub enum Answered {
        /// By name, with its own type and title.
        #[status(NotFound)]
        #[problem(type = "https://example.com/problems/missing", title = "Missing")]
        Missing,
        /// Members and headers from fields.
        #[status(TooManyRequests)]
        SlowDown {
            /// A header.
            #[problem(header = "retry-after")]
            retry_after: u32,
            /// A member.
            #[problem(member = "limit")]
            limit: u32,
        },
        /// A transparent field.
        #[status(transparent)]
        Inner(Inner),
    }

    impl ::core::fmt::Display for Answered {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str("answered")
        }
    }

    impl ::core::fmt::Display for Inner {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str("inner")
        }
    }

    impl ::core::error::Error for Inner {}

    /// A failure of its own, for a route contract.
    #[derive(::core::fmt::Debug, ::codes_core::Status, ::codes_core::Problem)]
    #[status(Gone)]
    pub struct Gone;

    impl ::core::fmt::Display for Gone {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str("gone")
        }
    }

    impl ::core::error::Error for Gone {}

    ::codes_core::contracts! {
        /// A route contract.
        pub enum Route = Inner | Gone;
        /// A narrower one, which converts into it.
        pub enum Narrow = Gone;
    }

    /// A typed success with its place, and a failure through the contract.
    ///
    /// # Errors
    ///
    /// `Gone`, always.
    pub fn route(
        made: ::core::primitive::bool,
    ) -> ::core::result::Result<
        ::codes_core::route::success::Created<&'static ::core::primitive::str>,
        Route,
    > {
        if made {
            return ::core::result::Result::Ok(
                ::codes_core::route::Success::new("made").at("/made"),
            );
        }
        let narrow: ::core::result::Result<(), Narrow> =
            ::core::result::Result::Err(<Narrow as ::core::convert::From<Gone>>::from(Gone));
        narrow?;
        ::core::result::Result::Err(Gone)?
    }

    /// A generic error: a transparent field forwarding its problem, a list
    /// field given twice, a generic member, paths through `self::`.
    #[derive(::core::fmt::Debug, ::codes_core::Status, ::codes_core::Problem)]
    pub enum Generic<E, T> {
        /// Forwarded.
        #[status(transparent)]
        Inner(E),
        /// Two challenges and a generic member; a `self::` path.
        #[status(self::Extended::ClientGone)]
        #[problem(type = "https://example.com/problems/login", title = "Log in")]
        Challenge {
            /// One challenge.
            #[problem(header = "www-authenticate")]
            basic: &'static ::core::primitive::str,
            /// Another.
            #[problem(header = "WWW-Authenticate")]
            bearer: &'static ::core::primitive::str,
            /// A generic member.
            #[problem(member)]
            realm: T,
        },
    }

    impl<E, T> ::core::fmt::Display for Generic<E, T> {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str("generic")
        }
    }

    /// An error that borrows.
    #[derive(::core::fmt::Debug, ::codes_core::Status, ::codes_core::Problem)]
    pub enum Borrowed<'a> {
        /// A borrowed member.
        #[status(NotFound)]
        Missing(#[problem(member = "path")] &'a ::core::primitive::str),
    }

    impl ::core::fmt::Display for Borrowed<'_> {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str("borrowed")
        }
    }

    /// An enum with a default status.
    #[derive(::codes_core::Status)]
    #[status(default = InternalServerError)]
    pub enum Defaulted {
        /// Uses the default.
        Crash,
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

/// `codes!`, `extends` and the derive in a function body and its nested module.
#[test]
fn in_function_body() {
    use codes_core::Status;

    mod inner {
        codes_core::codes! {
            pub(super) enum Local {
                418 Teapot = "I'm a teapot",
            }
        }

        pub(super) mod deeper {
            codes_core::codes! {
                pub(in super::super) enum Deeper extends super::Local {
                    419 Kettle = "Kettle",
                }
            }
        }
    }

    codes_core::codes! {
        enum InBody extends codes_core::StatusCode {
            420 Calm = "Calm",
        }
    }

    codes_core::methods! {
        enum BodyVerbs extends codes_core::Method {
            Ban = "BAN",
        }
    }

    mod verbs {
        codes_core::methods! {
            pub(super) enum Local {
                Fetch = "FETCH",
            }
        }

        pub(super) mod deeper {
            codes_core::methods! {
                pub(in super::super) enum Deeper extends super::Local {
                    Store = "STORE",
                }
            }
        }
    }

    #[derive(codes_core::Status)]
    enum LocalError {
        #[status(InBody::Calm)]
        Calm,
    }

    assert_eq!(inner::Local::Teapot.to_string(), "418 I'm a teapot");
    assert_eq!(
        inner::deeper::Deeper::from(inner::Local::Teapot).code(),
        418
    );
    assert_eq!(inner::deeper::Deeper::Kettle.code(), 419);
    assert_eq!(LocalError::Calm.status(), InBody::Calm);
    assert_eq!(BodyVerbs::from(codes_core::Method::Get), BodyVerbs::Get);
    assert_eq!(
        verbs::deeper::Deeper::from(verbs::Local::Fetch),
        verbs::deeper::Deeper::Fetch
    );
    assert_eq!("STORE".parse(), Ok(verbs::deeper::Deeper::Store));
}

#[test]
fn generated_code_works_under_shadowing() {
    use codes_core::Status;
    use shadowed::{Defaulted, Extended, Failure, Hygienic, Inner};
    assert_eq!(Failure::Missing.status(), Extended::NotFound);
    assert_eq!(Failure::Taken.status(), Extended::Conflict);
    assert_eq!(Failure::Gone.status(), Extended::ClientGone);
    assert_eq!(Failure::Inner(Inner).status(), Extended::ServiceUnavailable);
    assert_eq!(
        Failure::Named { source: Inner }.status(),
        Extended::ServiceUnavailable
    );
    assert_eq!(
        Defaulted::Crash.status(),
        codes_core::StatusCode::InternalServerError
    );
    assert_eq!(Extended::from(codes_core::StatusCode::Gone), Extended::Gone);
    assert_eq!(Hygienic::ALL.len(), 3);
    let generic: shadowed::Generic<shadowed::Answered, u8> = shadowed::Generic::Challenge {
        basic: "Basic",
        bearer: "Bearer",
        realm: 1,
    };
    let mut headers = codes_core::problem::Headers::default();
    codes_core::problem::IntoProblem::problem_headers(&generic, &mut headers);
    assert_eq!(headers.iter().count(), 2);
    let inner: shadowed::Generic<shadowed::Answered, u8> =
        shadowed::Generic::Inner(shadowed::Answered::Missing);
    assert_eq!(
        codes_core::problem::IntoProblem::problem_title(&inner),
        Some("Missing")
    );
    assert_eq!(
        shadowed::Borrowed::Missing("x").status(),
        codes_core::StatusCode::NotFound
    );
    assert_eq!(Hygienic::from_code(404), Some(Hygienic::Missing));
    assert_eq!("ancient".parse::<Hygienic>().map(Hygienic::code), Ok(301));
    assert_eq!(Hygienic::from_code_lenient(250), Some(Hygienic::Fine));
    assert_eq!(
        shadowed::sparse::Sparse::from_code(599),
        Some(shadowed::sparse::Sparse::High)
    );
    assert_eq!(shadowed::sparse::Sparse::from_code(300), None);
    assert_eq!(shadowed::Verbs::Purge.to_string(), "PURGE");
    assert_eq!(
        http::Method::from(shadowed::Verbs::Purge),
        http::Method::from_bytes(b"PURGE").unwrap()
    );
    assert_eq!(
        serde_json::to_string(&shadowed::Verbs::Get).unwrap(),
        "\"GET\""
    );
}
