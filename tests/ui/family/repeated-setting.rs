// Each `#[codes]` setting is given once.
codes_core::codes! {
    #[codes(range = 1000..=9999, classes(1000..=1999 Auth), range = 1..=2, classes(2000..=2999 Billing), path = crate::App, path = crate::Other)]
    pub enum App {
        1001 Token = "Token",
    }
}

fn main() {}
