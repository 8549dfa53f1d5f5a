// A member of a contract is a failure: a type deriving Status and Problem,
// and an error.
#[derive(Debug)]
pub struct NotAnError;

codes_core::contracts! {
    pub enum Broken = NotAnError;
}

fn main() {}
