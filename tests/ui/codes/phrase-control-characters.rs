codes_core::codes! {
    pub enum Status {
        400 Injected = "Bad\r\nSet-Cookie: admin=1",
        401 LineFeed = "Line\nFeed",
        402 Bell = "Bell\u{7}",
        403 Delete = "Delete\u{7f}",
        // A horizontal tab is allowed by RFC 9112.
        404 Tabbed = "Not\tFound",
    }
}

fn main() {}
