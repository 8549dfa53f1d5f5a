//! The `web` example's users service on actix-web 4, with the same errors.
//!
//! ```text
//! cargo run --example web_actix                 # serves on 127.0.0.1:3001
//! cargo run --example web_actix -- 8081         # another port
//!
//! curl -i localhost:3001/users/9                # 404 problem+json
//! curl -i -X PUT localhost:3001/users/1         # 405 + Allow
//! ```

mod app;
#[path = "../shared/port.rs"]
mod port;

fn main() -> std::io::Result<()> {
    let port = port::from_args(3001)?;
    // Errors answered with a withheld detail (5xx) are logged here, at `error`.
    tracing_subscriber::fmt().init();
    actix_web::rt::System::new().block_on(async move {
        // actix-web's own errors (extractors, unknown routes, 405) as problems.
        let server = actix_web::HttpServer::new(|| {
            actix_web::App::new()
                .wrap(actix_web::middleware::from_fn(codes_core::actix::problems))
                .configure(app::routes)
        })
        .workers(1)
        .bind(("127.0.0.1", port))?;
        println!("users service listening on http://{:?}", server.addrs());
        server.run().await
    })
}
