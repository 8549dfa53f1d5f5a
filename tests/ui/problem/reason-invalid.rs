// A machine-readable reason follows AIP-193: UPPER_SNAKE_CASE, at least three
// characters, starting with a letter, not ending with `_`, at most 63 long.
use codes_core::{Problem, Status};

#[derive(Debug, thiserror::Error, Status, Problem)]
enum AppError {
    #[error("a")]
    #[status(NotFound)]
    #[problem(reason = "user_not_found")]
    Lower,
    #[error("b")]
    #[status(NotFound)]
    #[problem(reason = "USER_NOT_FOUND_")]
    TrailingUnderscore,
    #[error("c")]
    #[status(NotFound)]
    #[problem(reason = "1_USER")]
    Digit,
    #[error("d")]
    #[status(NotFound)]
    #[problem(reason = "USER-NOT-FOUND")]
    Dashes,
    #[error("e")]
    #[status(NotFound)]
    #[problem(reason = "NO")]
    Short,
    #[error("f")]
    #[status(NotFound)]
    #[problem(reason = "A_REASON_THAT_GOES_ON_AND_ON_FAR_PAST_THE_SIXTY_THREE_CHARACTERS_IT_MAY_HAVE")]
    Long,
}

fn main() {}
