//! What every enum of status codes shares, hand-written: the [`Code`] trait
//! and the text parser (`code.rs`), [`Class`] (`class.rs`), the conversion
//! errors [`UnknownCode`] and [`ParseError`] (`error.rs`), RFC 9110's rules by
//! number (`semantics.rs`), and the [`Status`] trait that maps application
//! values to a status (`mapping.rs`). The registry itself is
//! `registry/statuses.rs`, made by [`codes!`](crate::codes).

mod class;
mod code;
mod error;
mod mapping;
mod semantics;

pub use class::Class;
pub use code::{parse_code, Code, Iter};
pub use error::{Family, ParseError, ParseErrorKind, UnknownCode};
#[cfg(feature = "alloc")]
pub use mapping::statuses;
pub use mapping::{statuses_into, Status};
pub use semantics::rules;
