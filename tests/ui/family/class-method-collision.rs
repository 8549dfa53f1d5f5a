// A class's `is_<class>()` method may not collide with a generated method or
// with another class's.
codes_core::codes! {
    #[codes(range = 1000..=9999, classes(1000..=1999 Deprecated, 2000..=2999 HttpAuth, 3000..=3999 HTTPAuth))]
    pub enum AppCode {
        1001 Old = "Old",
        2001 Token = "Token",
        3001 Other = "Other",
    }
}

fn main() {}
