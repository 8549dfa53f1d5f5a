//! What every macro of the crate shares: the error collector, the "at most
//! once" attribute helper, the path of the runtime crate, spans, the lints
//! allowed on generated code, the form of a code literal, doc comments and
//! spec references, the comma-separated body of a list, and the derives a
//! list macro makes itself.

mod derives;
mod docs;
mod errors;
mod literal;
mod once;
mod runtime;
mod spelling;
mod syntax;
mod token;

pub use derives::without_generated_derives;
pub use docs::{
    doc_attrs_of, doc_line, first_paragraph, first_spec_url, spec_args, spec_markdown, spec_url,
};
pub use errors::{each_attr, Errors};
pub use literal::code_digits;
pub use once::Once;
pub use runtime::{
    allow_lints, attr_name, crate_setting, crate_value, fingerprint, path_setting, respan,
    user_span, value_derives, Runtime,
};
pub use spelling::{edit_distance, nearest, snake_case, upper_camel_case, upper_snake_case};
pub use syntax::{expect, strict_list, Extension, List, ListEntry};
pub use token::{is_tchar, TCHAR_SYMBOLS};
