// A variant may not take the name of an associated item `codes!` generates.
#![allow(non_camel_case_types)]

codes_core::codes! {
    pub enum Clash {
        200 ALL = "All",
        201 COUNT = "Count",
        202 code = "Code",
        203 from_code_lenient = "Lenient",
        205 Fine = "Fine",
    }
}

fn main() {
    let _ = Clash::Fine;
}
