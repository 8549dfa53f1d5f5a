// A method list with no methods.
codes_core::methods! {
    pub enum Nothing {}
}

fn main() {}
