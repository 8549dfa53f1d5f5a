// The valid entries still make the enum, so using them causes no further errors:
// the only error is the one on the bad entry.
codes_core::codes! {
    pub enum Status {
        200 Ok = "OK",
        999 Broken = "Broken",
    }
}

fn main() {
    let status = Status::Ok;
    assert_eq!(status.code(), 200);
    assert_eq!(status.to_string(), "200 OK");
}
