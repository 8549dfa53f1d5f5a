// Naming a deprecated code warns like any other use of a deprecated item.
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

fn main() {}
