//! `codes_core::actix::problems`: actix-web's own error responses as
//! problems, with the same bodies as the axum layer.

use std::string::String;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{HeaderMap, HeaderValue};
use actix_web::middleware::Next;
use actix_web::HttpResponse;

use super::{informational, set_reason};
use crate::problem::rewrite::{self, Action, Collected};
use crate::problem::rules;

/// Turns actix-web's own error responses into problems, as
/// `codes_core::axum::problems` does for axum (feature `axum`), with
/// the same bodies: the errors of the `Json`, `Path`, `Query` and `Form`
/// extractors, a payload too large, the 404 of an unknown route, the 405 of a
/// resource without that method (its `Allow` kept). One line, on the `App`:
///
/// ```
/// use actix_web::middleware::from_fn;
///
/// let app = actix_web::App::new().wrap(from_fn(codes_core::actix::problems));
/// ```
///
/// (A middleware function rather than actix's `ErrorHandlers`: those pick
/// the responses to handle by status, one at a time, while this reads every
/// response once and decides on its status and media type, as the axum
/// layer does.)
///
/// By response: a 4xx or 5xx that is not JSON becomes a problem whose
/// `title` is the status line's phrase and whose `detail` is the body's text
/// (withheld for a 5xx, and logged with feature `tracing`; cut at a character
/// boundary past 16 KiB, ending with ` [truncated]`; a compressed body is not
/// read), other header fields kept but those describing the old body; a
/// problem (`application/problem+json`, any case, any parameters) or another
/// JSON body passes unchanged; 204, 205 and 304 lose any content; a
/// 1xx other than a `101` with `Upgrade` becomes a logged `500` problem;
/// everything else passes unchanged.
///
/// # Errors
///
/// An error that an inner middleware returns instead of a response passes on
/// unchanged, and actix-web answers it outside this middleware (handlers' and
/// extractors' errors are responses by then, and are rewritten). Place
/// `problems` innermost (the first `wrap`) to see every response.
pub async fn problems(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    // (The request cannot be kept aside to answer an error here: a clone of
    // it stops actix-web's router from matching it.)
    let response = next.call(request).await?.map_into_boxed_body();
    let status = response.status().as_u16();
    let headers = response.headers();
    let content_type = headers
        .get(actix_web::http::header::CONTENT_TYPE)
        .map(HeaderValue::as_bytes);
    let upgrade = headers.contains_key(actix_web::http::header::UPGRADE);
    let action = rewrite::action(status, content_type, upgrade);
    let (request, response) = response.into_parts();
    let response = match action {
        Action::Keep => response,
        Action::NoContent => {
            let mut response = response.drop_body();
            remove_owned(response.headers_mut());
            response.map_into_boxed_body()
        }
        Action::Informational => {
            informational(status, response.status().canonical_reason().unwrap_or(""))
        }
        Action::Rewrite => rewritten(response).await,
    };
    Ok(ServiceResponse::new(request, response))
}

/// Removes the fields that describe content or the connection.
fn remove_owned(headers: &mut HeaderMap) {
    for name in rules::OWNED_FIELDS {
        headers.remove(name);
    }
}

/// An error response as a problem: its text read (bounded) into `detail`.
async fn rewritten(response: HttpResponse) -> HttpResponse {
    let status = response.status().as_u16();
    let title: String = response
        .head()
        .reason
        .or_else(|| registry_reason(status))
        .map_or_else(
            || {
                crate::StatusCode::from_code_lenient(status)
                    .map_or("Error", |s| s.class().title())
                    .into()
            },
            Into::into,
        );
    let encoding = response
        .headers()
        .get(actix_web::http::header::CONTENT_ENCODING);
    let readable = rewrite::readable(encoding.map(HeaderValue::as_bytes));
    let (mut response, body) = response.into_parts();
    let mut body = core::pin::pin!(body);
    let mut collected = Collected::default();
    if readable {
        loop {
            // A body that fails midway is read as far as it went.
            let Some(Ok(chunk)) = core::future::poll_fn(|cx| body.as_mut().poll_next(cx)).await
            else {
                break;
            };
            if !collected.push(&chunk) {
                break;
            }
        }
    }
    let problem = rewrite::rejection_body(status, &title, &collected.text());
    remove_owned(response.headers_mut());
    for name in rewrite::REPRESENTATION_FIELDS {
        response.headers_mut().remove(name);
    }
    response.headers_mut().insert(
        actix_web::http::header::CONTENT_TYPE,
        HeaderValue::from_static(crate::problem::PROBLEM_JSON),
    );
    // The registry's phrase on the status line too, where actix's differs
    // (`422 Unprocessable Content`), unless a phrase was set already.
    if response.head().reason.is_none() {
        if let Some(reason) = registry_reason(status) {
            set_reason(&mut response, reason);
        }
    }
    response.set_body(BoxBody::new(problem))
}

/// The registry's phrase of `status`, if it is registered.
fn registry_reason(status: u16) -> Option<&'static str> {
    crate::StatusCode::from_code(status).map(crate::StatusCode::reason)
}
