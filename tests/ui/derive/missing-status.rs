#[derive(codes_core::Status)]
enum AppError {
    #[status(NotFound)]
    Missing,
    Unmapped,
    AlsoUnmapped(u8),
}

fn main() {}
