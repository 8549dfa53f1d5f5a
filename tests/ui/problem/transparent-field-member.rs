// A transparent variant answers with its field's own problem: a `member` or
// `header` on that field would not be sent, so it is refused.
#[derive(Debug, codes_core::Status)]
#[status(ServiceUnavailable)]
struct Upstream;

impl std::fmt::Display for Upstream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("upstream")
    }
}

#[derive(Debug, codes_core::Status, codes_core::Problem)]
enum AppError {
    #[status(transparent)]
    Upstream(#[problem(member = "upstream")] Upstream),
    // Refused as above, not asked for a name first.
    #[status(transparent)]
    Bare(#[problem(member)] Upstream),
    #[status(transparent)]
    Named {
        #[problem(header = "retry-after")]
        inner: Upstream,
    },
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("error")
    }
}

fn main() {}
