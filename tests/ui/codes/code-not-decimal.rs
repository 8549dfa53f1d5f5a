codes_core::codes! {
    pub enum Status {
        0x194 Hex = "Hex",
        4_04 Underscore = "Underscore",
        404u8 Suffix = "Suffix",
    }
}

fn main() {}
