//! Route contracts: [`contracts!`](crate::contracts) enums, and the trait
//! `?` goes through.

/// `Self` is one of the failures of the route contract `C`: a member, or a
/// narrower contract of the same `contracts!` block. Implemented by
/// `contracts!` only; `?` converts through it (`From<E> for C` where
/// `E: MemberOf<C>`).
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a failure of the route contract `{C}`",
    label = "`{C}` does not list `{Self}`: add it to the contract (a narrower contract converts only from the same `contracts!` block, or when listed as a member), or narrow the error first (`{C}::try_from(error)` from a wider contract of its block, or a `match`)",
    note = "a route answers only with the failures its contract lists. Add `{Self}` to `{C}` in its `contracts!` block if the route can answer with it; if `{Self}` is a wider error (a domain error with failures this route never meets), narrow it: `{C}::try_from(error)` for a wider contract of the same block, a `match` otherwise"
)]
pub trait MemberOf<C>: Sized {
    /// `self`, as a failure of `C`.
    fn into_contract(self) -> C;
}
