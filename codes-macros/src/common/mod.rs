//! What every macro of the crate shares: the error collector, the "at most
//! once" attribute helper, the path of the runtime crate, spans, the lints
//! allowed on generated code, and the form of a code literal.

mod errors;
mod literal;
mod once;
mod runtime;

pub use errors::{each_attr, Errors};
pub use literal::code_digits;
pub use once::Once;
pub use runtime::{allow_lints, attr_name, crate_setting, crate_value, respan, user_span, Runtime};
