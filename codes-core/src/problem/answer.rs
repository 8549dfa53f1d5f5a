//! [`IntoProblem`] and what it answers with: [`Answer`], built once for every
//! framework.

use alloc::borrow::Cow;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::{self, Display};

use super::fields::log_refusal;
use super::{rules, Headers, Members, ProblemDetails, StandardMemberError, PROBLEM_JSON};
use crate::__private_v0_1::HttpCode;
use crate::{Code, GrpcCode, Status};

/// An error that is an HTTP answer: its [`Status`], a problem details body
/// whose `detail` is its `Display`, and what its variants add (a problem type,
/// a title, extension members, headers). Derive it with
/// [`#[derive(Problem)]`](macro@crate::Problem); implementing it by hand means
/// overriding the hooks you need.
///
/// Only errors whose code enum holds HTTP status codes (`StatusCode`, its
/// extensions) can implement it: an `AppCode` family in 1000..=9999 has no HTTP
/// meaning, and is a compile error here.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an HTTP answer: it does not implement `codes_core::problem::IntoProblem`",
    label = "derive it: `#[derive(Status, Problem)]`, and implement `Display` (thiserror's `#[derive(Error)]` does)"
)]
pub trait IntoProblem: Status<Code: HttpCode> + Display {
    /// The problem type URI of this value (RFC 9457, Section 3.1.1); `None` is
    /// `about:blank`, whose title is the reason phrase. A value that is not a
    /// URI reference ([`rules::type_refusal`](super::rules::type_refusal)) is
    /// logged and not sent.
    fn problem_type(&self) -> Option<&str> {
        None
    }

    /// A title other than the reason phrase; meant for values with their own
    /// problem type. A title that is not one line of text
    /// ([`rules::title_refusal`](super::rules::title_refusal)) is logged and
    /// not sent.
    fn problem_title(&self) -> Option<&str> {
        None
    }

    /// Extension members of this value (a 422's field errors, a 429's limit).
    fn problem_members(&self, members: &mut Members) {
        let _ = members;
    }

    /// Header fields this value answers with: `Retry-After` (429, 503), `Allow`
    /// (405), `WWW-Authenticate` (401).
    fn problem_headers(&self, headers: &mut Headers) {
        let _ = headers;
    }

    /// The error's source, when it implements `Error` (the derive finds out),
    /// for the log of an answer.
    fn problem_source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        None
    }

    /// A machine-readable reason for this value, such as `USER_NOT_FOUND`:
    /// sent as the member `reason` ([`rules::REASON_MEMBER`](super::rules::REASON_MEMBER))
    /// and, with feature `tonic`, as gRPC's `ErrorInfo.reason`. Clients match
    /// on it instead of on the `detail`, which is for people. A value that
    /// breaks AIP-193's form ([`rules::reason_refusal`](super::rules::reason_refusal))
    /// is logged and not sent.
    fn problem_reason(&self) -> Option<&str> {
        None
    }

    /// The domain the reason belongs to (gRPC's `ErrorInfo.domain`): the
    /// service or product that defines it, such as `users.example.com`. The
    /// derive answers `#[problem(domain = "...")]`, or the name of the crate
    /// that derives; `None` sends an empty domain.
    fn problem_domain(&self) -> Option<&str> {
        None
    }

    /// The gRPC status code this value is sent with by a gRPC service
    /// (feature `tonic`): by default the server's mapping of its HTTP status,
    /// [`GrpcCode::for_http_status`]. The derive answers a variant's
    /// `#[problem(grpc = AlreadyExists)]` where that mapping is not the
    /// right one for it.
    fn grpc_code(&self) -> GrpcCode {
        GrpcCode::for_http_status(self.status().code())
    }

    /// The answer, as every framework integration sends it.
    fn answer(&self) -> Answer {
        Answer::build(self, &Additions::default())
    }
}

impl<T: IntoProblem> IntoProblem for &T {
    fn problem_type(&self) -> Option<&str> {
        (**self).problem_type()
    }
    fn problem_title(&self) -> Option<&str> {
        (**self).problem_title()
    }
    fn problem_members(&self, members: &mut Members) {
        (**self).problem_members(members);
    }
    fn problem_headers(&self, headers: &mut Headers) {
        (**self).problem_headers(headers);
    }
    fn problem_source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        (**self).problem_source()
    }
    fn problem_reason(&self) -> Option<&str> {
        (**self).problem_reason()
    }
    fn problem_domain(&self) -> Option<&str> {
        (**self).problem_domain()
    }
    fn grpc_code(&self) -> GrpcCode {
        (**self).grpc_code()
    }
}

/// What an answer and its log read of an error, as an object: [`Answer::build`]
/// and [`log_answer`] are compiled once, here, and not once per error type in
/// the user's crate (each is a line that erases the type).
trait View {
    /// The status's number and phrase.
    fn status(&self) -> (u16, &'static str);
    /// The phrase of 500 in the error's code enum.
    fn server_error_reason(&self) -> &'static str;
    fn problem_type(&self) -> Option<&str>;
    fn problem_title(&self) -> Option<&str>;
    fn problem_members(&self, members: &mut Members);
    fn problem_headers(&self, headers: &mut Headers);
    #[cfg_attr(not(feature = "tracing"), allow(dead_code))]
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)>;
    fn problem_reason(&self) -> Option<&str>;
    #[cfg_attr(not(feature = "tonic"), allow(dead_code))]
    fn problem_domain(&self) -> Option<&str>;
    #[cfg_attr(not(feature = "tonic"), allow(dead_code))]
    fn grpc_code(&self) -> GrpcCode;
    /// The error's `Display`.
    fn detail(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

/// An error of any type (sized or not) as a [`View`].
struct Erased<'a, E: ?Sized>(&'a E);

impl<E: IntoProblem + ?Sized> View for Erased<'_, E> {
    fn status(&self) -> (u16, &'static str) {
        let status = self.0.status();
        (status.code(), status.reason())
    }
    fn server_error_reason(&self) -> &'static str {
        <E::Code as Code>::from_code(500).map_or("Internal Server Error", Code::reason)
    }
    fn problem_type(&self) -> Option<&str> {
        self.0.problem_type()
    }
    fn problem_title(&self) -> Option<&str> {
        self.0.problem_title()
    }
    fn problem_members(&self, members: &mut Members) {
        self.0.problem_members(members);
    }
    fn problem_headers(&self, headers: &mut Headers) {
        self.0.problem_headers(headers);
    }
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        self.0.problem_source()
    }
    fn problem_reason(&self) -> Option<&str> {
        self.0.problem_reason()
    }
    fn problem_domain(&self) -> Option<&str> {
        self.0.problem_domain()
    }
    fn grpc_code(&self) -> GrpcCode {
        self.0.grpc_code()
    }
    fn detail(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Display::fmt(self.0, f)
    }
}

/// A [`View`]'s `Display`.
struct Detail<'a>(&'a dyn View);

impl Display for Detail<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.detail(f)
    }
}

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
        answer.status,
        answer.reason,
        answer.withheld_detail,
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

/// What a [`Problem`](super::Problem) adds to its error's own answer.
#[derive(Default)]
pub(crate) struct Additions<'a> {
    pub type_uri: Option<&'a str>,
    pub title: Option<&'a str>,
    pub instance: Option<&'a str>,
    /// Header fields; those named in `replaces` first remove the error's own.
    pub headers: Option<&'a Headers>,
    pub replaces: &'a [Cow<'static, str>],
    pub members: Option<&'a Members>,
    pub expose_server_detail: bool,
}

/// A problem answer, framework-neutral: what each framework's glue writes,
/// exactly (`codes_core::axum::answer_response`,
/// `codes_core::actix::answer_response`).
///
/// It is built only by [`IntoProblem::answer`] (and
/// [`Problem::answer`](super::Problem::answer)), which keep these promises
/// whatever the error says:
///
/// - the status is a final one, 200 to 599: an informational (1xx) status
///   becomes `500 Internal Server Error`, logged with feature `tracing`;
/// - the reason phrase is the code enum's own for the status sent;
/// - 204, 205 and 304 have no body and no `Content-Type`; every other answer
///   has a problem body and exactly one `Content-Type: application/problem+json`;
/// - no other field the answer owns (`Content-Length`, `Transfer-Encoding`,
///   the connection-specific fields) is among the headers, every field name is
///   a token and every value a valid field value, and only list fields
///   ([`rules::LIST_FIELDS`](super::rules::LIST_FIELDS)) appear more than once.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    status: u16,
    reason: &'static str,
    headers: Headers,
    body: Option<Vec<u8>>,
    withheld_detail: bool,
}

impl Answer {
    /// The status code, 200 to 599.
    #[must_use]
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The reason phrase of the status, from the code enum (RFC 9110's names,
    /// and custom codes' own phrases), for the HTTP/1.1 status line.
    #[must_use]
    pub fn reason(&self) -> &'static str {
        self.reason
    }

    /// The header fields, `Content-Type` included when there is a body.
    #[must_use]
    pub fn headers(&self) -> &Headers {
        &self.headers
    }

    /// The first value of the header field `name`.
    #[must_use]
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name)
    }

    /// The `application/problem+json` body; `None` for 204, 205 and 304,
    /// which have no content.
    #[must_use]
    pub fn body(&self) -> Option<&[u8]> {
        self.body.as_deref()
    }

    /// The body, by value.
    #[must_use]
    pub fn into_body(self) -> Option<Vec<u8>> {
        self.body
    }

    /// Whether a 5xx `detail` was left out of the body (for logging it instead).
    #[must_use]
    pub fn withheld_detail(&self) -> bool {
        self.withheld_detail
    }

    /// Status, phrase, fields and body, for the framework glue.
    #[cfg(any(feature = "axum", feature = "actix-web"))]
    pub(crate) fn into_parts(self) -> (u16, &'static str, Headers, Option<Vec<u8>>) {
        (self.status, self.reason, self.headers, self.body)
    }

    pub(crate) fn build<E: IntoProblem + ?Sized>(error: &E, extra: &Additions<'_>) -> Answer {
        Parts::of(&Erased(error), extra).into_answer()
    }

    /// `status` with an `about:blank` problem and no fields of its own: what a
    /// status that cannot be sent as it is turns into.
    #[cfg(any(feature = "axum", feature = "actix-web"))]
    pub(crate) fn plain(status: u16, reason: &'static str) -> Answer {
        Parts::plain(status, reason).into_answer()
    }

    /// An answer with a problem body (the status allows content).
    pub(crate) fn with_details(
        status: u16,
        reason: &'static str,
        mut headers: Headers,
        details: &ProblemDetails,
        withheld_detail: bool,
    ) -> Answer {
        // Strings and JSON values always serialise; an empty object is the
        // fallback that cannot happen.
        let body = serde_json::to_vec(details).unwrap_or_else(|_| b"{}".to_vec());
        headers.set_owned("Content-Type", PROBLEM_JSON);
        Answer {
            status,
            reason,
            headers,
            body: Some(body),
            withheld_detail,
        }
    }
}

/// What an answer is made of, before its body is written: the HTTP answer
/// serialises `details`, a gRPC status (feature `tonic`) reads them. Every
/// rule of [`Answer`] holds of it already.
pub(crate) struct Parts {
    pub status: u16,
    pub reason: &'static str,
    pub headers: Headers,
    /// `None` for 204, 205 and 304.
    pub details: Option<ProblemDetails>,
    pub withheld_detail: bool,
    /// The error's machine-readable reason, when it has a valid one (with
    /// content, it is also among the details' members, under
    /// [`rules::REASON_MEMBER`]).
    #[cfg_attr(not(feature = "tonic"), allow(dead_code))]
    pub machine_reason: Option<String>,
}

impl Parts {
    /// The parts of `error`'s answer (and, with feature `tonic`, its gRPC
    /// code and domain), with a [`Problem`](super::Problem)'s additions.
    #[cfg(feature = "tonic")]
    pub(crate) fn with_grpc<E: IntoProblem + ?Sized>(
        error: &E,
        extra: &Additions<'_>,
    ) -> (Parts, GrpcCode, Option<String>) {
        let view = Erased(error);
        let parts = Parts::of(&view, extra);
        // Only an `ErrorInfo` names the domain: one is sent for a reason or
        // for members.
        let info = parts.machine_reason.is_some()
            || parts
                .details
                .as_ref()
                .is_some_and(|d| !d.extensions.is_empty());
        let domain = if info {
            view.problem_domain().map(ToString::to_string)
        } else {
            None
        };
        (parts, view.grpc_code(), domain)
    }

    /// The parts, compiled once.
    fn of(error: &dyn View, extra: &Additions<'_>) -> Parts {
        let (code, reason) = error.status();
        if code < 200 {
            log_informational(code, reason);
            return Parts::plain(500, error.server_error_reason());
        }
        let mut headers = Headers::default();
        error.problem_headers(&mut headers);
        if let Some(added) = extra.headers {
            for name in extra.replaces {
                headers.remove(name);
            }
            for (name, value) in added.iter() {
                // Already checked when added to the `Problem`.
                let name = Cow::Owned(name.to_string());
                headers.append(name, value);
            }
        }
        if !crate::status::rules::allows_content(code) || code == 205 {
            return Parts {
                status: code,
                reason,
                headers,
                details: None,
                withheld_detail: false,
                machine_reason: checked_reason(error).map(ToString::to_string),
            };
        }
        let expose = code < 500 || extra.expose_server_detail;
        let mut members = Members::default();
        error.problem_members(&mut members);
        if let Some(added) = extra.members {
            members
                .0
                .extend(added.0.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        // The error's own hooks may be written by hand: the rules the derive
        // applies to its literals apply to them too.
        let type_uri = extra.type_uri.or_else(|| {
            error.problem_type().filter(|uri| {
                usable(
                    rules::type_refusal(uri).map(|reason| StandardMemberError::Type {
                        value: (*uri).into(),
                        reason,
                    }),
                )
            })
        });
        let title = extra
            .title
            .or_else(|| {
                error.problem_title().filter(|title| {
                    usable(
                        rules::title_refusal(title).map(|reason| StandardMemberError::Title {
                            value: (*title).into(),
                            reason,
                        }),
                    )
                })
            })
            .unwrap_or(reason);
        let machine_reason = checked_reason(error);
        if let Some(value) = machine_reason {
            // The reason is the error's own: a member of the same name (which
            // the derive refuses beside a reason) gives way to it.
            if members.0.contains_key(rules::REASON_MEMBER) {
                log_refusal(&ReasonTaken);
            }
            members.0.insert(
                rules::REASON_MEMBER.to_string(),
                serde_json::Value::String(value.to_string()),
            );
        }
        let details = ProblemDetails {
            type_uri: type_uri.map(ToString::to_string),
            title: Some(title.to_string()),
            status: Some(code),
            detail: expose.then(|| Detail(error).to_string()),
            instance: extra.instance.map(ToString::to_string),
            extensions: members.0,
        };
        Parts {
            status: code,
            reason,
            headers,
            details: Some(details),
            withheld_detail: !expose,
            machine_reason: machine_reason.map(ToString::to_string),
        }
    }

    /// `status` with an `about:blank` problem and no fields of its own.
    fn plain(status: u16, reason: &'static str) -> Parts {
        Parts {
            status,
            reason,
            headers: Headers::default(),
            details: Some(ProblemDetails::for_status(status, reason)),
            withheld_detail: status >= 500,
            machine_reason: None,
        }
    }

    fn into_answer(self) -> Answer {
        match self.details {
            Some(details) => Answer::with_details(
                self.status,
                self.reason,
                self.headers,
                &details,
                self.withheld_detail,
            ),
            None => Answer {
                status: self.status,
                reason: self.reason,
                headers: self.headers,
                body: None,
                withheld_detail: false,
            },
        }
    }
}

/// The error's machine-readable reason, if it follows AIP-193's form (one
/// that does not is logged, and not sent).
fn checked_reason(error: &dyn View) -> Option<&str> {
    error.problem_reason().filter(|value| {
        usable(
            rules::reason_refusal(value).map(|reason| StandardMemberError::Reason {
                value: (*value).into(),
                reason,
            }),
        )
    })
}

/// A member named like the reason, dropped for the error's own reason.
struct ReasonTaken;

impl Display for ReasonTaken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "member `{}` refused: the error's machine-readable reason is sent under that name",
            rules::REASON_MEMBER
        )
    }
}

/// Whether a value is used: a refused one is logged, and is not.
fn usable(refused: Option<StandardMemberError>) -> bool {
    match refused {
        None => true,
        Some(refused) => {
            log_refusal(&refused);
            false
        }
    }
}
