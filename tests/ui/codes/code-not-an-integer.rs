codes_core::codes! {
    pub enum Status {
        "404" Quoted = "Quoted",
        40.4 Float = "Float",
        'x' Char = "Char",
    }
}

fn main() {}
