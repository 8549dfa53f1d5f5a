//! The log of an answer made from an error (feature `tracing`; nothing
//! without it).

use super::answer::Answer;
#[cfg(feature = "tonic")]
use super::answer::Parts;
#[cfg(feature = "tracing")]
use super::into_problem::Detail;
use super::into_problem::{Erased, View};
use super::IntoProblem;
use alloc::string::{String, ToString};

/// `answer`, logged for `error` (see [`log_answer`]): what a framework
/// integration sends.
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) fn logged<E: IntoProblem + ?Sized>(error: &E, answer: Answer) -> Answer {
    log_answer(error, &answer);
    answer
}

/// Logs an answer made from `error` (feature `tracing`; nothing without it),
/// in one event: a 5xx at `error` level (its `detail` is not sent, so the log
/// is where it is kept), anything else at `debug`.
///
/// The message is the status line and the error's `Display`, once:
/// `503 Service Unavailable: export backend did not answer`. The fields are
/// `status`, `problem_type`, `detail_withheld`, and `sources`, the error's
/// source chain joined by `: `, present when there is one. A source whose text
/// is already part of what precedes it (`#[error("database: {0}")]` over its
/// own source) is left out of the chain, so nothing is said twice. Framework
/// integrations call it when they turn an error into a response.
pub fn log_answer<E: IntoProblem + ?Sized>(error: &E, answer: &Answer) {
    log_view(
        &Erased(error),
        answer.status(),
        answer.reason(),
        answer.withheld_detail(),
    );
}

/// [`log_answer`] for the parts of an answer that is not sent over HTTP.
#[cfg(feature = "tonic")]
pub(crate) fn log_parts<E: IntoProblem + ?Sized>(error: &E, parts: &Parts) {
    log_view(
        &Erased(error),
        parts.status,
        parts.reason,
        parts.withheld_detail,
    );
}

/// [`log_answer`], compiled once.
#[allow(unused_variables)]
fn log_view(error: &dyn View, status: u16, reason: &str, withheld: bool) {
    #[cfg(feature = "tracing")]
    {
        use alloc::format;
        // Nothing is written (nor formatted) where no subscriber listens.
        let enabled = if status >= 500 {
            tracing::enabled!(target: "codes_core::problem", tracing::Level::ERROR)
        } else {
            tracing::enabled!(target: "codes_core::problem", tracing::Level::DEBUG)
        };
        if !enabled {
            return;
        }
        let message = format!("{status} {reason}: {}", Detail(error));
        let sources = source_chain(&message, error.source());
        let problem_type = error.problem_type().unwrap_or("about:blank");
        match (status >= 500, sources.is_empty()) {
            (true, false) => tracing::error!(
                target: "codes_core::problem",
                status,
                problem_type,
                detail_withheld = withheld,
                sources = %sources,
                "{message}"
            ),
            (true, true) => tracing::error!(
                target: "codes_core::problem",
                status,
                problem_type,
                detail_withheld = withheld,
                "{message}"
            ),
            (false, false) => tracing::debug!(
                target: "codes_core::problem",
                status,
                problem_type,
                sources = %sources,
                "{message}"
            ),
            (false, true) => {
                tracing::debug!(target: "codes_core::problem", status, problem_type, "{message}");
            }
        }
    }
}

/// The texts of a source chain, joined by `: `, leaving out each text that
/// was already said (in the message, or by a source kept) as whole words.
#[cfg_attr(not(feature = "tracing"), allow(dead_code))]
pub(crate) fn source_chain(
    message: &str,
    first: Option<&(dyn core::error::Error + 'static)>,
) -> String {
    let mut said = String::from(message);
    let mut sources = String::new();
    let mut next = first;
    // A chain is short; the bound only keeps a cyclic one from looping forever.
    let mut depth = 0;
    while let Some(source) = next {
        depth += 1;
        if depth > 64 {
            break;
        }
        let text = source.to_string();
        if !text.is_empty() && !says(&said, &text) {
            if !sources.is_empty() {
                sources.push_str(": ");
            }
            sources.push_str(&text);
            said.push('\n');
            said.push_str(&text);
        }
        next = source.source();
    }
    sources
}

/// Whether `said` holds `text` on word boundaries (`"database: timed out"`
/// says `"timed out"`; `"user 12"` does not say `"1"`).
#[cfg_attr(not(feature = "tracing"), allow(dead_code))]
fn says(said: &str, text: &str) -> bool {
    said.match_indices(text).any(|(at, _)| {
        let before = said[..at].chars().next_back();
        let after = said[at + text.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Logs a status that cannot be the final answer it was asked to be.
#[allow(unused_variables)]
pub(crate) fn log_informational(code: u16, reason: &str) {
    #[cfg(feature = "tracing")]
    tracing::error!(
        target: "codes_core::problem",
        status = code,
        "{code} {reason} is an informational status, not a final answer: answered 500 Internal Server Error"
    );
}
