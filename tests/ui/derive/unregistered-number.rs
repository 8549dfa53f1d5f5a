// A number that is not a code of the registry is refused by the derive, with
// the nearest registry codes of its class.
#[derive(codes_core::Status)]
enum AppError {
    #[status(404)]
    Missing,
    #[status(299)]
    Odd,
    #[status(419)]
    Expired,
    #[status(600)]
    OutOfRange,
}

fn main() {}
