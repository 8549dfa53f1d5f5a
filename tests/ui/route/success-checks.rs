// The other ways a typed success can be wrong: a code the registry does not
// have, a 1xx, a body on 204, a redirection without a place, a place on a 200.
use codes_core::route::{success, Empty, Success};

fn unknown() -> Success<299> {
    Success::new(Empty)
}

fn informational() -> Success<103> {
    Success::new(Empty)
}

fn body_on_no_content() -> Success<204, String> {
    Success::new(String::new())
}

fn redirect_without_place() -> success::SeeOther {
    Success::new(Empty)
}

fn place_on_ok() -> success::Ok<String> {
    Success::new(String::new()).at("/users/7")
}

fn turbofish() {
    // Named with its status: the same message.
    let _ = Success::<404, String>::new(String::new());
}

fn main() {}
