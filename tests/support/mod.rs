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

/// The problem+json body of a response (its content type checked).
pub async fn problem(response: reqwest::Response) -> Value {
    assert_eq!(response.headers()[CONTENT_TYPE], "application/problem+json");
    response.json().await.expect("a JSON problem body")
}
