//! `contracts!`: two failures, a narrower and a wider contract (the wider one
//! converts from the narrower and narrows into it).

use codes_core::{Problem, Status};

/// There is no such user.
#[derive(Debug, Status, Problem)]
#[status(NotFound)]
pub struct NoSuchUser(#[problem(member = "id")] pub u64);

/// That email is taken.
#[derive(Debug, Status, Problem)]
#[status(Conflict)]
pub struct EmailTaken;

impl core::fmt::Display for NoSuchUser {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "there is no user {}", self.0)
    }
}

impl core::fmt::Display for EmailTaken {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("that email is taken")
    }
}

impl core::error::Error for NoSuchUser {}
impl core::error::Error for EmailTaken {}

codes_core::contracts! {
    /// What showing a user fails with.
    pub enum ShowUser = NoSuchUser;
    /// What the store fails with.
    pub enum StoreError = NoSuchUser | EmailTaken;
}
