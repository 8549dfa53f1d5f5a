// A transparent field whose statuses come from a code enum that does not
// convert into the type's.
use codes_ext_api::ApiStatus;

#[derive(codes_core::Status)]
#[status(ApiStatus::ClientClosedRequest)]
struct Cancelled;

#[derive(codes_core::Status)]
enum AppError {
    #[status(NotFound)]
    Missing,
    #[status(transparent)]
    Proxy(Cancelled),
}

fn main() {}
