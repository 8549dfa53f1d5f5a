// A method's token is written as a string: a number, a char or a byte string
// is refused on the literal itself.
codes_core::methods! {
    pub enum Verbs {
        Purge = 1,
        Ban = 'B',
        Fetch = b"FETCH",
        Fine = "FINE",
    }
}

fn main() {}
