//! [`IntoProblem`] and what it answers with: [`Answer`], built once for every
//! framework.

use alloc::borrow::Cow;
use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::Display;

use serde::Serialize;
use serde_json::Value;

use super::{ProblemDetails, PROBLEM_JSON};
use crate::__private_v0_1::HttpCode;
use crate::{Code, Status};

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
    /// `about:blank`, whose title is the reason phrase.
    fn problem_type(&self) -> Option<&str> {
        None
    }

    /// A title other than the reason phrase; meant for values with their own
    /// problem type.
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
}

/// Logs an answer made from `error` (feature `tracing`; nothing without it):
/// a 5xx at `error` level with the error's `Display` and source chain (what
/// the body withholds), a 4xx at `debug`. Framework integrations call it when
/// they turn an error into a response.
#[allow(unused_variables)]
pub fn log_answer<E: IntoProblem + ?Sized>(error: &E, answer: &Answer) {
    #[cfg(feature = "tracing")]
    {
        use alloc::format;
        let mut sources = String::new();
        let mut next = error.problem_source();
        while let Some(source) = next {
            if !sources.is_empty() {
                sources.push_str(": ");
            }
            sources.push_str(&source.to_string());
            next = source.source();
        }
        let problem_type = error.problem_type().unwrap_or("about:blank");
        let status = answer.status;
        let message = format!("{status} {}: {error}", answer.reason);
        // `sources` only when there are any.
        match (status >= 500, sources.is_empty()) {
            (true, false) => tracing::error!(
                status,
                problem_type,
                error = %error,
                sources = %sources,
                detail_withheld = answer.withheld_detail,
                "{message}"
            ),
            (true, true) => tracing::error!(
                status,
                problem_type,
                error = %error,
                detail_withheld = answer.withheld_detail,
                "{message}"
            ),
            (false, false) => {
                tracing::debug!(status, problem_type, error = %error, sources = %sources, "{message}");
            }
            (false, true) => tracing::debug!(status, problem_type, error = %error, "{message}"),
        }
    }
}

/// Extension members of a problem: name to JSON value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Members(pub(crate) BTreeMap<String, Value>);

impl Members {
    /// Adds (or replaces) the member `name`. A value that does not serialise to
    /// JSON (a map with non-string keys, say) is left out.
    pub fn insert(&mut self, name: impl Into<String>, value: &(impl Serialize + ?Sized)) {
        if let Ok(value) = serde_json::to_value(value) {
            self.0.insert(name.into(), value);
        }
    }

    /// The member `name`, if present.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0.get(name)
    }
}

/// Header fields of an answer, names compared without regard to ASCII case.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Headers(Vec<(Cow<'static, str>, String)>);

impl Headers {
    /// Sets the single-valued field `name` (`Retry-After`, `Content-Type`):
    /// replaces any value it had.
    pub fn insert(&mut self, name: impl Into<Cow<'static, str>>, value: impl Display) {
        let name = name.into();
        self.0.retain(|(n, _)| !n.eq_ignore_ascii_case(&name));
        self.0.push((name, value.to_string()));
    }

    /// Adds a value of the field `name`, keeping those it has (for fields that
    /// may be repeated, such as `WWW-Authenticate` or `Link`).
    pub fn append(&mut self, name: impl Into<Cow<'static, str>>, value: impl Display) {
        self.0.push((name.into(), value.to_string()));
    }

    /// The first value of `name`.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Every field, in the order set.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(n, v)| (n.as_ref(), v.as_str()))
    }

    /// `other`'s fields replace those of the same name here (all their values
    /// are kept, so a repeated field stays repeated).
    fn extend(&mut self, other: &Headers) {
        self.0
            .retain(|(name, _)| !other.0.iter().any(|(o, _)| o.eq_ignore_ascii_case(name)));
        self.0.extend(other.0.iter().cloned());
    }
}

/// What a [`Problem`](super::Problem) adds to its error's own answer.
#[derive(Default)]
pub(crate) struct Additions<'a> {
    pub type_uri: Option<&'a str>,
    pub title: Option<&'a str>,
    pub instance: Option<&'a str>,
    pub headers: Option<&'a Headers>,
    pub members: Option<&'a Members>,
    pub expose_server_detail: bool,
}

/// A problem answer, framework-neutral: the status and its reason phrase (sent
/// on HTTP/1.1 status lines), the header fields, and the body.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    /// The status code (a 1xx status, which is no final answer, becomes 500).
    pub status: u16,
    /// The reason phrase of the status, from the code enum (RFC 9110 names,
    /// and custom codes' own phrases).
    pub reason: &'static str,
    /// Header fields, `Content-Type` included when there is a body.
    pub headers: Headers,
    /// The `application/problem+json` body; `None` for 204 and 304, which
    /// have no content, and empty for 205, whose content must be empty.
    pub body: Option<Vec<u8>>,
    /// Whether a 5xx `detail` was left out of the body (for logging it instead).
    pub withheld_detail: bool,
}

impl Answer {
    /// The first value of the header field `name`.
    #[must_use]
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name)
    }

    pub(crate) fn build<E: IntoProblem + ?Sized>(error: &E, extra: &Additions<'_>) -> Answer {
        let status = error.status();
        let (code, reason) = if status.code() < 200 {
            (500, "Internal Server Error")
        } else {
            (status.code(), status.reason())
        };
        // The error's fields, then this response's, may replace `Content-Type`.
        let with_headers = |mut headers: Headers| {
            error.problem_headers(&mut headers);
            if let Some(extra) = extra.headers {
                headers.extend(extra);
            }
            headers
        };
        if !crate::semantics::rules::allows_content(code) || code == 205 {
            let headers = with_headers(Headers::default());
            return Answer {
                status: code,
                reason,
                headers,
                body: (code == 205).then(Vec::new),
                withheld_detail: false,
            };
        }
        let expose = code < 500 || extra.expose_server_detail;
        let mut members = Members::default();
        error.problem_members(&mut members);
        if let Some(extra) = extra.members {
            members
                .0
                .extend(extra.0.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        let type_uri = extra.type_uri.or_else(|| error.problem_type());
        let title = extra
            .title
            .or_else(|| error.problem_title())
            .unwrap_or(reason);
        let details = ProblemDetails {
            type_uri: type_uri.map(ToString::to_string),
            title: Some(title.to_string()),
            status: Some(code),
            detail: expose.then(|| error.to_string()),
            instance: extra.instance.map(ToString::to_string),
            extensions: members.0,
        };
        // A map of strings and JSON values always serialises.
        let body = serde_json::to_vec(&details).unwrap_or_default();
        let mut headers = Headers::default();
        headers.insert("Content-Type", PROBLEM_JSON);
        let headers = with_headers(headers);
        Answer {
            status: code,
            reason,
            headers,
            body: Some(body),
            withheld_detail: !expose,
        }
    }
}
