// A route answers only with the failures its contract lists.
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
}

fn show(email: &str) -> Result<(), ShowUser> {
    if email.is_empty() {
        Err(NoSuchUser(1))?;
    }
    Err(EmailTaken(email.to_string()))?;
    Ok(())
}

fn main() {
    let _ = show("a@example.com");
}
