#[derive(codes_core::Status)]
union Bits {
    a: u16,
    b: i16,
}

fn main() {}
