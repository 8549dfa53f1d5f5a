//! Every rule of an error type, once, each reported by the derive that owns it
//! (`ctxt.rs`): `Status`'s about statuses, `Problem`'s about problems. This
//! file emits no tokens.
//!
//! What codes-core's rules decide of a literal (owned header fields, standard
//! member names, the form of `type` and `title`, which header fields may
//! repeat) is decided here too, by the same functions: `problem_rules.rs` is
//! codes-core's `problem::rules`, the same file.
//!
//! The registry's names and codes are known here too (`registry.rs`): a
//! status of the registry, by name or number, is checked here.
//!
//! What only the compiler can know is checked by the generated code, on the
//! user's token: that a name is a variant of a code enum other than the
//! registry, that a number is one of its codes, that two paths name one code enum, that the code enum
//! holds HTTP statuses, that fields serialise or display, that no status named
//! by path or in an enum other than the registry is a 1xx (`expand/rules.rs`).
//!
//! `status.rs` holds `Status`'s rules (a status for every variant), and
//! `problem.rs` `Problem`'s (what each variant adds to its answer).

mod problem;
mod status;

pub use problem::reason_spelling;

use super::ast::ErrorType;
use super::ctxt::Ctxt;

/// Runs every rule on `model`.
pub fn check(model: &ErrorType, ctxt: &mut Ctxt) {
    status::statuses(model, ctxt.status());
    problem::problems(model, ctxt.problem());
}
