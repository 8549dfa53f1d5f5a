// A number takes the form a `codes!` entry takes: a plain decimal integer literal.
#[derive(codes_core::Status)]
enum AppError {
    #[status(0x194)]
    Hex,
    #[status(404u8)]
    Suffixed,
    #[status(-404)]
    Negative,
    #[status(0404)]
    LeadingZero,
    #[status(4_04)]
    Underscore,
    #[status(404.0)]
    Float,
    #[status("404")]
    Quoted,
}

fn main() {}
