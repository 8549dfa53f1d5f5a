//! A tonic users service whose errors derive `Status` and `Problem`: the `web`
//! example's users API as gRPC (`users.proto`), over the same store and the
//! same domain errors, each answered as a gRPC status.
//!
//! ```text
//! cargo run --example grpc                # serves on 127.0.0.1:50051
//! cargo run --example grpc -- 50052       # another port
//! ```
//!
//! Call it with any gRPC client, for example `grpcurl` (the service has no
//! reflection: give it the proto):
//!
//! ```text
//! grpcurl -plaintext -import-path examples/grpc -proto users.proto \
//!     -d '{"name": "Ada", "email": "ada@example.com"}' \
//!     127.0.0.1:50051 users.v1.Users/CreateUser           # the user
//! grpcurl -plaintext -import-path examples/grpc -proto users.proto \
//!     -d '{"id": 9}' 127.0.0.1:50051 users.v1.Users/GetUser   # NOT_FOUND
//! ```

mod app;
#[path = "../shared/port.rs"]
mod port;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let port = port::from_args(50051)?;
    // Errors answered with a withheld detail (5xx) are logged here, at `error`.
    tracing_subscriber::fmt().init();
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    println!(
        "users gRPC service listening on http://{}",
        listener.local_addr()?
    );
    app::serve(listener, app::Users::default(), std::future::pending()).await?;
    Ok(())
}
