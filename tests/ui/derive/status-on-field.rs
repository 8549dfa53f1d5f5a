// `#[status]` belongs on a variant or on the type; on a field it would be ignored.
#[derive(codes_core::Status)]
enum AppError {
    #[status(NotFound)]
    Missing {
        #[status(Gone)]
        id: u64,
    },
    #[status(transparent)]
    Wrapped(#[status(transparent)] Inner),
}

#[derive(codes_core::Status)]
#[status(ServiceUnavailable)]
struct Inner(#[status(BadGateway)] u8);

fn main() {}
