#[derive(codes_core::Status)]
struct Plain;

#[derive(codes_core::Status)]
#[status(default = NotFound)]
struct SettingsOnStruct;

fn main() {}
