//! [`ProblemDetails`]: the RFC 9457 object, both ways.

use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use core::fmt;

use serde::de::{Deserialize, Deserializer};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value;

/// An RFC 9457 problem details object.
///
/// Every member is optional, as in the RFC; what codes sends always has
/// `type`, `title` and `status`. Reading one keeps the members it does not
/// know in [`extensions`](Self::extensions), and ignores a standard member
/// whose value has the wrong JSON type (RFC 9457, Section 3.1).
///
/// ```
/// use codes_core::problem::ProblemDetails;
///
/// let text = r#"{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.",
///                "status":403,"detail":"Your balance is 30, but that costs 50.","balance":30}"#;
/// let problem: ProblemDetails = serde_json::from_str(text).unwrap();
/// assert_eq!(problem.status, Some(403));
/// assert_eq!(problem.extensions["balance"], 30);
/// assert_eq!(serde_json::from_str::<ProblemDetails>(&problem.to_string()).unwrap(), problem);
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProblemDetails {
    /// `type`: a URI for the problem type; `None` means `about:blank`.
    pub type_uri: Option<String>,
    /// `title`: a short summary of the problem type (the reason phrase, for `about:blank`).
    pub title: Option<String>,
    /// `status`: the status code of the answer.
    pub status: Option<u16>,
    /// `detail`: this occurrence, in words (withheld for 5xx unless exposed).
    pub detail: Option<String>,
    /// `instance`: a URI for this occurrence.
    pub instance: Option<String>,
    /// Every other member (extension members), by name.
    pub extensions: BTreeMap<String, Value>,
}

impl Serialize for ProblemDetails {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", self.type_uri.as_deref().unwrap_or("about:blank"))?;
        if let Some(title) = &self.title {
            map.serialize_entry("title", title)?;
        }
        if let Some(status) = &self.status {
            map.serialize_entry("status", status)?;
        }
        if let Some(detail) = &self.detail {
            map.serialize_entry("detail", detail)?;
        }
        if let Some(instance) = &self.instance {
            map.serialize_entry("instance", instance)?;
        }
        for (name, value) in &self.extensions {
            // An extension may not replace a standard member, nor be nameless.
            if super::rules::member_refusal(name).is_none() {
                map.serialize_entry(name, value)?;
            }
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for ProblemDetails {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut members = BTreeMap::<String, Value>::deserialize(deserializer)?;
        let mut text = |name: &str| match members.remove(name) {
            Some(Value::String(s)) => Some(s),
            _ => None,
        };
        let type_uri = text("type").filter(|uri| uri != "about:blank");
        let title = text("title");
        let detail = text("detail");
        let instance = text("instance");
        let status = match members.remove("status") {
            Some(Value::Number(n)) => n.as_u64().and_then(|n| u16::try_from(n).ok()),
            _ => None,
        };
        Ok(ProblemDetails {
            type_uri,
            title,
            status,
            detail,
            instance,
            extensions: members,
        })
    }
}

impl fmt::Display for ProblemDetails {
    /// The JSON text of the object.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let json = serde_json::to_string(self).map_err(|_| fmt::Error)?;
        f.write_str(&json)
    }
}

impl ProblemDetails {
    /// The object for `status` with the RFC's default type (`about:blank`),
    /// whose title is the reason phrase.
    #[must_use]
    pub fn for_status(status: u16, reason: &str) -> ProblemDetails {
        ProblemDetails {
            title: Some(reason.to_string()),
            status: Some(status),
            ..ProblemDetails::default()
        }
    }
}
