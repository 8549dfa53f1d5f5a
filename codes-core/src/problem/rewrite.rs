//! What the frameworks' error layers (`codes_core::axum::problems`,
//! `codes_core::actix::problems`) do with a response they did not build,
//! framework-neutral: the decision from the status and the media type, and the
//! problem body made from the framework's own text.

use alloc::string::{String, ToString};
use alloc::vec::Vec;

use super::ProblemDetails;

/// The most of a framework error response's body that the layers read; a
/// longer text is cut (at a character boundary) and marked.
pub(crate) const REJECTION_BODY_LIMIT: usize = 16 * 1024;

/// Appended to a `detail` cut at [`REJECTION_BODY_LIMIT`].
pub(crate) const TRUNCATED: &str = " [truncated]";

/// Fields that describe the body a rewritten response had, and so go with it
/// (besides [`rules::OWNED_FIELDS`](super::rules::OWNED_FIELDS)): its coding,
/// language, location, range, validators and digests.
pub(crate) const REPRESENTATION_FIELDS: [&str; 9] = [
    "content-encoding",
    "content-language",
    "content-location",
    "content-range",
    "content-disposition",
    "content-digest",
    "repr-digest",
    "etag",
    "last-modified",
];

/// Whether a body with this `Content-Encoding` can be read as text (none, or
/// `identity`): a compressed body is not read into `detail`.
pub(crate) fn readable(content_encoding: Option<&[u8]>) -> bool {
    content_encoding.is_none_or(|coding| coding.trim_ascii().eq_ignore_ascii_case(b"identity"))
}

/// What a layer does with a response.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Action {
    /// Passes unchanged.
    Keep,
    /// A 1xx that is not a protocol switch: a final answer cannot be
    /// informational, so it becomes a `500` problem (logged).
    Informational,
    /// 204, 205 or 304: sent without content, and without the fields that
    /// describe content (`Content-Length`, `Content-Type`...).
    NoContent,
    /// An error response that is not a problem yet: its body, read up to the
    /// limit, becomes the `detail` of a problem.
    Rewrite,
}

/// The action for a response with `status`, `content_type` (the field's
/// value, if any) and whether it carries an `Upgrade` field.
///
/// - 1xx: kept only for `101 Switching Protocols` with `Upgrade` (a real
///   protocol switch); any other 1xx is [`Action::Informational`];
/// - 204, 205, 304: [`Action::NoContent`];
/// - other statuses below 400: kept;
/// - 4xx and 5xx whose media type is `application/problem+json` (compared
///   without regard to case, parameters ignored): kept, they are problems;
/// - 4xx and 5xx with any other JSON media type (`application/json`, or a
///   `+json` suffix): kept, the handler chose its format and its members (the
///   layer never turns a JSON document into an escaped `detail` string);
/// - every other 4xx and 5xx: [`Action::Rewrite`].
pub(crate) fn action(status: u16, content_type: Option<&[u8]>, upgrade: bool) -> Action {
    if status < 200 {
        return if status == 101 && upgrade {
            Action::Keep
        } else {
            Action::Informational
        };
    }
    if matches!(status, 204 | 205 | 304) {
        return Action::NoContent;
    }
    if status < 400 {
        return Action::Keep;
    }
    match content_type.map(essence) {
        Some(media) if is_json(media) => Action::Keep,
        _ => Action::Rewrite,
    }
}

/// The media type of a `Content-Type` value: before any parameter, without
/// surrounding whitespace.
fn essence(value: &[u8]) -> &[u8] {
    let end = value.iter().position(|&b| b == b';').unwrap_or(value.len());
    value[..end].trim_ascii()
}

/// `application/json`, `application/problem+json` or another `+json` type.
fn is_json(media: &[u8]) -> bool {
    const SUFFIX: &[u8] = b"+json";
    media.eq_ignore_ascii_case(b"application/json")
        || (media.len() > SUFFIX.len()
            && media[media.len() - SUFFIX.len()..].eq_ignore_ascii_case(SUFFIX))
}

/// A body read up to [`REJECTION_BODY_LIMIT`]: what was kept, and whether
/// there was more.
#[derive(Default)]
pub(crate) struct Collected {
    bytes: Vec<u8>,
    more: bool,
}

impl Collected {
    /// Adds a chunk; `false` once the limit is passed (stop reading then).
    pub(crate) fn push(&mut self, chunk: &[u8]) -> bool {
        // Four bytes past the limit: enough to finish a character cut there.
        let room = (REJECTION_BODY_LIMIT + 4).saturating_sub(self.bytes.len());
        if chunk.len() > room {
            self.bytes.extend_from_slice(&chunk[..room]);
            self.more = true;
        } else {
            self.bytes.extend_from_slice(chunk);
        }
        self.bytes.len() <= REJECTION_BODY_LIMIT
    }

    /// The text: invalid UTF-8 replaced, surrounding whitespace trimmed, cut
    /// at a character boundary within the limit and marked when longer;
    /// empty when there is nothing but whitespace within the limit.
    pub(crate) fn text(&self) -> String {
        let text = String::from_utf8_lossy(&self.bytes);
        let text = text.trim();
        if !self.more && text.len() <= REJECTION_BODY_LIMIT {
            return text.to_string();
        }
        let mut end = REJECTION_BODY_LIMIT.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let cut = text[..end].trim_end();
        if cut.is_empty() {
            return String::new();
        }
        let mut cut = cut.to_string();
        cut.push_str(TRUNCATED);
        cut
    }
}

/// The problem body for an error response of `status` with the phrase
/// `title`, whose body said `text`: `detail` for a 4xx with something to say;
/// never for a 5xx, whose text is logged instead (feature `tracing`).
pub(crate) fn rejection_body(status: u16, title: &str, text: &str) -> Vec<u8> {
    let mut details = ProblemDetails::for_status(status, title);
    if !text.is_empty() {
        if status < 500 {
            details.detail = Some(text.to_string());
        } else {
            #[cfg(feature = "tracing")]
            tracing::error!(
                target: "codes_core::problem",
                status,
                "{status} {title}: {text}"
            );
        }
    }
    serde_json::to_vec(&details).unwrap_or_else(|_| b"{}".to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_types() {
        for problem in [
            &b"Application/Problem+JSON; charset=utf-8"[..],
            b" application/problem+json ",
            b"application/problem+json;",
        ] {
            assert_eq!(action(422, Some(problem), false), Action::Keep);
        }
        assert_eq!(
            action(400, Some(b"application/problem+jsonx"), false),
            Action::Rewrite
        );
        assert_eq!(
            action(400, Some(b"APPLICATION/JSON;charset=UTF-8"), false),
            Action::Keep
        );
        assert_eq!(
            action(400, Some(b"application/vnd.api+json"), false),
            Action::Keep
        );
        assert_eq!(action(400, Some(b"+json"), false), Action::Rewrite);
        assert_eq!(action(400, Some(b"text/plain"), false), Action::Rewrite);
        assert_eq!(action(404, None, false), Action::Rewrite);
        assert_eq!(action(101, None, true), Action::Keep);
        assert_eq!(action(101, None, false), Action::Informational);
        assert_eq!(action(103, None, true), Action::Informational);
        assert_eq!(action(304, None, false), Action::NoContent);
        assert_eq!(action(302, None, false), Action::Keep);
    }

    #[test]
    fn long_texts_are_cut_at_a_character() {
        let mut collected = Collected::default();
        let chunk = "é".repeat(1000);
        while collected.push(chunk.as_bytes()) {}
        let text = collected.text();
        assert!(text.ends_with(TRUNCATED));
        assert!(text.len() <= REJECTION_BODY_LIMIT + TRUNCATED.len());
        assert!(text.trim_end_matches(TRUNCATED).chars().all(|c| c == 'é'));

        let mut blank = Collected::default();
        while blank.push(&[b' '; 1000]) {}
        assert_eq!(blank.text(), "");

        let mut short = Collected::default();
        short.push(b"  missing field `name`\n");
        assert_eq!(short.text(), "missing field `name`");
    }
}
