//! [`Answer`]: what an error answers with, built once for every framework
//! from the error's [`IntoProblem`] hooks and a [`Problem`](super::Problem)'s
//! additions.

use alloc::borrow::Cow;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::fields::log_refusal;
use super::into_problem::{Detail, Erased, View};
use super::log::log_informational;
use super::{
    rules, Headers, IntoProblem, Members, ProblemDetails, StandardMemberError, PROBLEM_JSON,
};

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
        Parts::build(error, extra).into_answer()
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
    /// The parts of `error`'s answer, with a [`Problem`](super::Problem)'s
    /// additions.
    pub(crate) fn build<E: IntoProblem + ?Sized>(error: &E, extra: &Additions<'_>) -> Parts {
        Parts::of(&Erased(error), extra)
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
                log_refusal(&format_args!(
                    "member `{}` refused: the error's machine-readable reason is sent under that name",
                    rules::REASON_MEMBER
                ));
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
