// A generic transparent field gets its bound from the derive; a type argument
// without a status is refused where the type is used.
use codes_core::Status;

#[derive(Debug, Status)]
enum Wrapper<E> {
    #[status(transparent)]
    Inner(E),
}

struct NotAStatus;

fn main() {
    let _ = Wrapper::Inner(NotAStatus).status();
}
