#[derive(codes_core::Status)]
#[status(NotFound)]
enum AppError {
    Missing,
}

#[derive(codes_core::Status)]
#[status(default = transparent)]
enum TransparentDefault {
    Missing,
}

#[derive(codes_core::Status)]
#[status(fallback = NotFound)]
enum UnknownSetting {
    Missing,
}

fn main() {}
