//! The bases of the `extends` inputs. The inputs of `tests/expand.rs` are this
//! package's examples, one per snapshot (`codes.rs` is expanded into
//! `codes.expanded.rs`, and so on); the lists of `codes.rs` and `methods.rs`
//! are also built here, so that `codes_extends.rs` and `methods_extends.rs`
//! extend a list of another crate, as users do, and their snapshots hold only
//! the extension.

#[path = "codes.rs"]
mod codes;
#[path = "methods.rs"]
mod methods;

pub use codes::ShopStatus;
pub use methods::Verb;
