//! The registries, each as ONE list with its per-entry docs: the IANA HTTP
//! Status Code Registry ([`StatusCode`], `statuses.rs`), the IANA HTTP Method
//! Registry ([`Method`], `methods.rs`), the well-known codes no RFC defines
//! ([`UnofficialStatus`](unofficial::UnofficialStatus), `unofficial.rs`,
//! feature `unofficial`), and the canonical gRPC status codes ([`GrpcCode`],
//! `grpc.rs`) with their HTTP mappings.
//!
//! What the enums of one family share is beside them: `status/` for code
//! enums, `method/` for method enums.

mod grpc;
mod methods;
mod statuses;
#[cfg(feature = "unofficial")]
#[cfg_attr(docsrs, doc(cfg(feature = "unofficial")))]
pub mod unofficial;

pub use grpc::GrpcCode;
pub use methods::Method;
pub use statuses::StatusCode;
