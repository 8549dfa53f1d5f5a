#[derive(codes_core::Status)]
enum AppError {
    #[status(codes_ext_api::ApiStatus::ClientClosedRequest)]
    Cancelled,
    #[status(codes_core::unofficial::UnofficialStatus::NoResponse)]
    Dropped,
}

fn main() {}
