// The problem type is a URI reference: no spaces, no templates, nothing a URI
// cannot hold.
#[derive(Debug, codes_core::Status, codes_core::Problem)]
#[problem(type = "https://example.com/problems/out of credit")]
enum AppError {
    #[status(NotFound)]
    #[problem(type = "https://example.com/users/{id}")]
    NoSuchUser { id: u64 },
    #[status(Gone)]
    #[problem(type = "")]
    Gone,
    #[status(Conflict)]
    #[problem(type = "https://example.com/problems/caf\u{e9}")]
    Accented,
    #[status(BadRequest)]
    #[problem(type = "https://example.com/100%")]
    Percent,
    #[status(Unauthorized)]
    #[problem(type = "https://example.com/problems#a#b")]
    Fragments,
    // A well-formed one: percent-encoded, with a fragment.
    #[status(Forbidden)]
    #[problem(type = "https://example.com/problems/no%20access#why")]
    Encoded,
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("error")
    }
}

fn main() {}
