// The reason is sent as the member `reason`: a member of that name beside it
// would be overwritten.
use codes_core::{Problem, Status};

#[derive(Debug, thiserror::Error, Status, Problem)]
enum AppError {
    #[error("rejected")]
    #[status(UnprocessableContent)]
    #[problem(reason = "REJECTED")]
    Rejected {
        #[problem(member)]
        reason: String,
    },
    // Without a reason of its own, a member may take the name.
    #[error("declined")]
    #[status(UnprocessableContent)]
    Declined {
        #[problem(member)]
        reason: String,
    },
}

fn main() {}
