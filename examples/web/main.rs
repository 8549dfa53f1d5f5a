//! An axum users service whose errors derive `Status`.
//!
//! ```text
//! cargo run --example web                 # serves on 127.0.0.1:3000
//! cargo run --example web -- 8080         # another port
//!
//! curl -i -X POST localhost:3000/users -H 'content-type: application/json' \
//!      -d '{"name": "Ada", "email": "ada@example.com"}'      # 201 + Location
//! curl -i localhost:3000/users/1                               # 200
//! curl -i localhost:3000/users/9                               # 404 problem+json
//! curl -i -X PUT localhost:3000/users/1                        # 405 + Allow
//! curl -i -X DELETE localhost:3000/users/1                     # 204
//! curl -i localhost:3000/users/export                          # 503, logged
//! ```

mod app;
#[path = "../shared/port.rs"]
mod port;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let port = port::from_args(3000)?;
    // Errors answered with a withheld detail (5xx) are logged here, at `error`.
    tracing_subscriber::fmt().init();
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    println!(
        "users service listening on http://{}",
        listener.local_addr()?
    );
    axum::serve(listener, app::router()).await
}
