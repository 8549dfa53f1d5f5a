// An extension inherits its base's classes: a code in none of them is refused.
codes_core::codes! {
    #[codes(range = 1000..=9999, classes(1000..=1999 Auth, 3000..=3999 Billing))]
    pub enum AppCode {
        1001 InvalidToken = "Invalid token",
    }
}

codes_core::codes! {
    pub enum MoreCodes extends AppCode {
        2001 Unclassified = "Unclassified",
        3001 CardDeclined = "Card declined",
    }
}

fn main() {}
