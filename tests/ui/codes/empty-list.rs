codes_core::codes! {
    pub enum Status {}
}

fn main() {}
