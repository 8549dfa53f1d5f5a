// A status named in lower case is a mistake (variants are UpperCamelCase): a
// misspelled keyword, or a name not in UpperCamelCase; reported once, by the
// `Status` derive, also when `Problem` derives too.
#[derive(Debug, codes_core::Status, codes_core::Problem)]
enum AppError {
    #[status(transparnt)]
    Wrapped(Inner),
    #[status(defualt)]
    Fallback,
    #[status(not_found)]
    Missing,
    #[status(oops)]
    Odd,
}

#[derive(Debug, codes_core::Status)]
#[status(NotFound)]
struct Inner;

#[derive(codes_core::Status)]
#[status(codes = codes_ext_api::ApiStatus)]
enum ApiError {
    #[status(client_closed)]
    Closed,
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("error")
    }
}

fn main() {}
