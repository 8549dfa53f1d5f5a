// A 4xx is a failure: it cannot be a handler's success.
use codes_core::route::Success;

fn missing() -> Success<404, String> {
    Success::new(String::from("no such user"))
}

fn main() {
    let _ = missing();
}
