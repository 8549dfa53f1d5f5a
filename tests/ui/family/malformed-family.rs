codes_core::codes! {
    #[codes(range = 9999..=1000)]
    pub enum Reversed {
        1001 A = "A",
    }
}

codes_core::codes! {
    #[codes(span = 1..=2)]
    pub enum UnknownSetting {
        101 A = "A",
    }
}

codes_core::codes! {
    #[codes(range = 1000..=9999, classes(1000..=1999 Auth, 1500..=2999 Billing, 9000..=99999 Big))]
    pub enum BadClasses {
        1001 A = "A",
    }
}

codes_core::codes! {
    #[codes(range = 1000..=9999)]
    #[codes(range = 1000..=1999)]
    pub enum Twice {
        1001 A = "A",
    }
}

fn main() {}
