//! Who reports what. Both derives read the same input, and each mistake must
//! be reported once: by the derive that owns it.
//!
//! - `#[status]` and the rules about statuses (a status for every variant,
//!   `transparent` on one field, no `#[status]` on a field, a name in
//!   `UpperCamelCase`, the registry's names and codes) belong to
//!   `#[derive(Status)]`, the attribute's owner. `#[derive(Problem)]` requires
//!   `Status` and builds on the statuses, but never reports their mistakes.
//! - `#[problem]` and the rules about problems belong to `#[derive(Problem)]`
//!   (which alone declares the attribute: without it, rustc refuses
//!   `#[problem]` itself).
//! - What both refuse (a union) each says in its own words.
//!
//! Every rule is checked once, whichever derive asked; the collector of the
//! derive that did not ask is discarded, as its own expansion reports it.

use crate::common::Errors;

/// The derive being expanded.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Derive {
    Status,
    Problem,
}

/// The mistakes found in one input, by owner (serde's `Ctxt`, twice).
pub struct Ctxt {
    asked: Derive,
    status: Errors,
    problem: Errors,
}

/// What a check leaves to the expansion.
pub struct Outcome {
    /// The mistakes the derive that asked reports.
    pub errors: Option<syn::Error>,
    /// Nothing is wrong with the statuses: `Problem` may build on the code
    /// enum and each variant's status (else `Status` reports the mistakes,
    /// and `Problem` leaves out what depends on them).
    pub statuses_sound: bool,
}

impl Ctxt {
    pub fn new(asked: Derive) -> Ctxt {
        Ctxt {
            asked,
            status: Errors::default(),
            problem: Errors::default(),
        }
    }

    /// Mistakes `#[derive(Status)]` reports.
    pub fn status(&mut self) -> &mut Errors {
        &mut self.status
    }

    /// Mistakes `#[derive(Problem)]` reports.
    pub fn problem(&mut self) -> &mut Errors {
        &mut self.problem
    }

    /// The mistakes of the derive that asked, once every rule (`check/`)
    /// has run.
    pub fn finish(self) -> Outcome {
        let statuses_sound = self.status.is_empty();
        let (mine, other) = match self.asked {
            Derive::Status => (self.status, self.problem),
            Derive::Problem => (self.problem, self.status),
        };
        // Reported by the other derive's own expansion of the same input.
        other.discard();
        Outcome {
            errors: mine.finish(),
            statuses_sound,
        }
    }
}
