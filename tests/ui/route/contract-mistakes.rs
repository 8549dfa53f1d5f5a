// Mistakes in a contracts! block, each reported on its token.
use codes_core::{Problem, Status};

mod a {
    #[derive(Debug, thiserror::Error, codes_core::Status, codes_core::Problem)]
    #[error("gone")]
    #[status(Gone)]
    pub struct Missing;
}

#[derive(Debug, thiserror::Error, Status, Problem)]
#[error("missing")]
#[status(NotFound)]
pub struct Missing;

codes_core::contracts! {
    pub enum Twice = Missing | Missing;
    pub enum SameName = Missing | a::Missing;
    pub enum Itself = Itself | Missing;
    pub enum Twice = Missing;
}

fn main() {}
