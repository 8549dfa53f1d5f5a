//! Code generation from a checked model: `status.rs` for `#[derive(Status)]`;
//! `problem.rs` for `#[derive(Problem)]`, with its compile-time rule checks
//! (`rules.rs`, also part of its fallback) and what it documents for OpenAPI
//! (`documented.rs`).

mod documented;
pub mod problem;
pub mod rules;
pub mod status;
