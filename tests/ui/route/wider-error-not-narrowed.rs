// A domain function's wider error does not turn into a route's narrower
// contract by itself: the route must say what becomes of the rest.
use codes_core::{Problem, Status};

#[derive(Debug, thiserror::Error, Status, Problem)]
#[error("there is no user {0}")]
#[status(NotFound)]
pub struct NoSuchUser(pub u64);

#[derive(Debug, thiserror::Error, Status, Problem)]
#[error("{0} is taken")]
#[status(Conflict)]
pub struct EmailTaken(pub String);

codes_core::contracts! {
    pub enum ShowUser = NoSuchUser;
    pub enum StoreError = NoSuchUser | EmailTaken;
}

fn store(id: u64) -> Result<u64, StoreError> {
    Err(NoSuchUser(id))?
}

fn show(id: u64) -> Result<u64, ShowUser> {
    let user = store(id)?;
    Ok(user)
}

fn main() {
    let _ = show(1);
}
