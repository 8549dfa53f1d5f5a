//! Placeholder; the guide is written below.
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs, clippy::pedantic)]

extern crate self as codes_core;

mod class;
mod code;
mod error;
mod registry;
pub use codes_macros::codes;
mod semantics;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private_v0_1;

pub use class::Class;
pub use code::Code;

pub use error::{ParseError, UnknownCode};
pub use registry::StatusCode;
