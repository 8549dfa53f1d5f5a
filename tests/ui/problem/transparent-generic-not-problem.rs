// A generic transparent field forwards its problem: it must be one (a type
// with only a status cannot be told apart from a problem in generic code).
#[derive(Debug, codes_core::Status)]
#[status(ServiceUnavailable)]
struct OnlyStatus;

impl std::fmt::Display for OnlyStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("unavailable")
    }
}

#[derive(Debug, codes_core::Status, codes_core::Problem)]
enum Wrapper<E> {
    #[status(transparent)]
    Inner(E),
}

impl<E: std::fmt::Display> std::fmt::Display for Wrapper<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Wrapper::Inner(e) => e.fmt(f),
        }
    }
}

fn main() {
    use codes_core::problem::IntoProblem;
    let _ = Wrapper::Inner(OnlyStatus).answer();
}
