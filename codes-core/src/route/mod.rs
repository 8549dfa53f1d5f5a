//! Route contracts: what a handler answers, in its type.
//!
//! A handler's return type can say exactly what the route answers: its
//! success ([`Success`], `success::Created<Json<User>>`) and the failures it
//! can answer with. The compiler checks both against the registry, the
//! frameworks answer them, and the OpenAPI generators document them from the
//! type alone.

mod contract;
mod typed;

pub use contract::MemberOf;
pub(crate) use typed::sendable_location;
pub use typed::{
    success, Answered, Empty, Locates, Redirection, StatusNumber, Success, SuccessStatus,
    SUCCESS_CODES,
};
