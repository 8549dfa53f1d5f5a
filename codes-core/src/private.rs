//! What generated code names. Not public API: the module's name carries the
//! version, so a `codes-macros` and `codes-core` that do not belong together
//! fail to compile instead of misbehaving.

pub use crate::code::parse_code;
pub use crate::{Class, Code, ParseError, UnknownCode};

/// The runtime's version; the macro checks that this module exists.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
