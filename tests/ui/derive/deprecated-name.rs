// Naming a deprecated code warns like any other use of a deprecated item, by
// bare name (on a variant, on a struct) or by path.
#![deny(deprecated)]

#[derive(codes_core::Status)]
enum AppError {
    #[status(PayloadTooLarge)]
    TooBig,
    #[status(codes_core::StatusCode::UnprocessableEntity)]
    Invalid,
    #[status(UseProxy)]
    Proxy,
}

#[derive(codes_core::Status)]
enum OnlyBareNames {
    #[status(RequestUriTooLong)]
    Long,
}

#[derive(codes_core::Status)]
#[status(UnprocessableEntity)]
struct Invalid;

fn main() {}
