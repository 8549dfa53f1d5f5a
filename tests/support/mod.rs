//! What the end-to-end tests of the web examples share: reading an exchange off
//! the socket, and reading a problem body.

use reqwest::header::CONTENT_TYPE;
use serde_json::Value;

/// The status line of one HTTP/1.1 exchange with `address` (`127.0.0.1:port`),
/// read off the socket: what goes out on the wire, reason phrase included.
pub async fn raw_status_line(address: &str, method: &str, path: &str, json: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{json}",
        json.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.unwrap();
    let answer = String::from_utf8_lossy(&answer);
    answer.lines().next().unwrap_or_default().to_string()
}

/// The JSON body of `GET url`.
pub async fn get_json(client: &reqwest::Client, url: &str) -> Value {
    let response = client.get(url).send().await.unwrap();
    response.json().await.expect("a JSON body")
}

/// The problem+json body of a response (its content type checked).
pub async fn problem(response: reqwest::Response) -> Value {
    assert_eq!(response.headers()[CONTENT_TYPE], "application/problem+json");
    response.json().await.expect("a JSON problem body")
}

/// The users API both web examples serve (`examples/shared/users.rs` behind
/// axum or actix-web), driven at `address` (`127.0.0.1:port`): every status it
/// answers with, and the same problem bodies, headers and status lines from
/// the same `UserError`. Leaves two users in the store.
pub async fn users_api(client: &reqwest::Client, address: &str) {
    use reqwest::header::{ALLOW, LOCATION};
    use serde_json::json;

    let base = format!("http://{address}");
    let post = |body: Value| client.post(format!("{base}/users")).json(&body).send();

    // 201 with Location, and the created user; 200 for it.
    let created = post(json!({"name": "Ada", "email": "ada@example.com"}))
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    assert_eq!(created.headers()[LOCATION], "/users/1");
    let user: Value = created.json().await.unwrap();
    assert_eq!(user["id"], 1);
    let shown = client.get(format!("{base}/users/1")).send().await.unwrap();
    assert_eq!(shown.status(), 200);
    assert_eq!(shown.json::<Value>().await.unwrap(), user);

    // 409 for the same email, with the error's Display as detail.
    let duplicate = post(json!({"name": "Ada again", "email": "ADA@example.com"}))
        .await
        .unwrap();
    assert_eq!(duplicate.status(), 409);
    assert_eq!(
        problem(duplicate).await,
        json!({"type": "about:blank", "title": "Conflict", "status": 409,
               "detail": "ADA@example.com is already registered"})
    );

    // 422 for values that break the rules, each in the `errors` member; on the
    // wire the status line speaks RFC 9110 (the frameworks alone would say
    // "Unprocessable Entity").
    let invalid = post(json!({"name": " ", "email": "nobody"})).await.unwrap();
    assert_eq!(invalid.status(), 422);
    assert_eq!(
        problem(invalid).await,
        json!({
            "type": "about:blank",
            "title": "Unprocessable Content",
            "status": 422,
            "detail": "the user breaks 2 rule(s)",
            "errors": [
                {"field": "name", "message": "must not be empty"},
                {"field": "email", "message": "must contain @"}
            ]
        })
    );
    assert_eq!(
        raw_status_line(address, "POST", "/users", r#"{"name":"","email":"x"}"#).await,
        "HTTP/1.1 422 Unprocessable Content"
    );

    // 405 with Allow for a method the route does not have.
    let put = client.put(format!("{base}/users/1")).send().await.unwrap();
    assert_eq!(put.status(), 405);
    let allow = put.headers()[ALLOW].to_str().unwrap().to_string();
    assert!(allow.contains("GET") && allow.contains("DELETE"), "{allow}");

    // Two more users reach the limit; the fourth gets 429 with Retry-After.
    for name in ["Bob", "Cy"] {
        let created = post(json!({"name": name, "email": format!("{name}@example.com")}))
            .await
            .unwrap();
        assert_eq!(created.status(), 201);
    }
    let limited = post(json!({"name": "Dee", "email": "dee@example.com"}))
        .await
        .unwrap();
    assert_eq!(limited.status(), 429);
    assert_eq!(limited.headers()["retry-after"], "60");
    let body = problem(limited).await;
    assert_eq!(body["limit"], 3);
    assert_eq!(body["detail"], "more than 3 new users a minute");

    // QUERY: a search in the request content, which `/users` answers although
    // neither framework routes QUERY; HEAD comes with GET.
    let query = reqwest::Method::from_bytes(b"QUERY").unwrap();
    let found = client
        .request(query.clone(), format!("{base}/users"))
        .json(&json!({"name_contains": "B", "email_domain": "EXAMPLE.com"}))
        .send()
        .await
        .unwrap();
    assert_eq!(found.status(), 200);
    let found: Value = found.json().await.unwrap();
    assert_eq!(
        found,
        json!([{"id": 2, "name": "Bob", "email": "Bob@example.com"}])
    );
    let head = client.head(format!("{base}/users")).send().await.unwrap();
    assert_eq!(head.status(), 200);

    // Any other registered method on `/users`: the domain's 405, its `Allow`
    // built from `&[codes_core::Method]`; a method no registry knows: 501.
    let refused = client.delete(format!("{base}/users")).send().await.unwrap();
    assert_eq!(refused.status(), 405);
    assert_eq!(refused.headers()[ALLOW], "GET, HEAD, POST, QUERY");
    assert_eq!(
        problem(refused).await,
        json!({"type": "about:blank", "title": "Method Not Allowed", "status": 405,
               "detail": "DELETE is not a method of this resource"})
    );
    let purge = reqwest::Method::from_bytes(b"PURGE").unwrap();
    let unknown = client
        .request(purge, format!("{base}/users"))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), 501);
    // (axum's method router adds its own `Allow` to every answer of a
    // fallback; RFC 9110 permits `Allow` on any response.)
    assert_eq!(
        problem(unknown).await,
        json!({"type": "about:blank", "title": "Not Implemented", "status": 501})
    );

    // 204 on delete, then 404 as a problem with its own type.
    let deleted = client
        .delete(format!("{base}/users/1"))
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), 204);
    assert_eq!(deleted.bytes().await.unwrap().len(), 0);
    let gone = client.get(format!("{base}/users/1")).send().await.unwrap();
    assert_eq!(gone.status(), 404);
    assert_eq!(
        problem(gone).await,
        json!({"type": "https://example.com/problems/no-such-user", "title": "No such user",
               "status": 404, "detail": "there is no user 1"})
    );
    let again = client
        .delete(format!("{base}/users/1"))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 404);

    // 499, a custom code, with its own phrase in the body and on the wire.
    let cancelled = client
        .get(format!("{base}/users/export?cancel=true"))
        .send()
        .await
        .unwrap();
    assert_eq!(cancelled.status(), 499);
    assert_eq!(
        problem(cancelled).await,
        json!({"type": "about:blank", "title": "Client Closed Request", "status": 499,
               "detail": "the export was cancelled by the client"})
    );
    assert_eq!(
        raw_status_line(address, "GET", "/users/export?cancel=true", "").await,
        "HTTP/1.1 499 Client Closed Request"
    );

    // 503 with Retry-After: the detail (an internal address) is withheld.
    let down = client
        .get(format!("{base}/users/export"))
        .send()
        .await
        .unwrap();
    assert_eq!(down.status(), 503);
    assert_eq!(down.headers()["retry-after"], "120");
    assert_eq!(
        problem(down).await,
        json!({"type": "about:blank", "title": "Service Unavailable", "status": 503})
    );

    // The other two are left.
    let list = get_json(client, &format!("{base}/users")).await;
    assert_eq!(list.as_array().map(Vec::len), Some(2));
}
