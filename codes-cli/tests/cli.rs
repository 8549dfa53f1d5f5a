//! The `codes` lookup tool, run as a user runs it.

use std::io::Read;
use std::process::{Command, Stdio};

/// stdout, stderr and success of `codes args...`.
fn codes(args: &[&str]) -> (String, String, bool) {
    let output = Command::new(env!("CARGO_BIN_EXE_codes"))
        .args(args)
        .output()
        .unwrap();
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
        output.status.success(),
    )
}

#[test]
fn looks_up_statuses() {
    let (out, _, ok) = codes(&["404"]);
    assert!(ok);
    assert!(out.starts_with("404 Not Found\n"), "{out}");
    assert!(out.contains("StatusCode::NotFound"), "{out}");
    let (out, _, ok) = codes(&["payload", "too", "large"]);
    assert!(ok);
    assert!(out.starts_with("413 Content Too Large\n"), "{out}");
    // The command line trims and joins its words; the library does not trim.
    for args in [&[" 404\t"][..], &["404\t not", "found "], &["  NotFound"]] {
        let (out, _, ok) = codes(args);
        assert!(ok, "{args:?}");
        assert!(out.starts_with("404 Not Found\n"), "{args:?}: {out}");
    }
    let (out, _, ok) = codes(&["PayloadTooLarge"]);
    assert!(ok);
    assert!(out.starts_with("413 Content Too Large\n"), "{out}");
    let (out, _, ok) = codes(&["5xx"]);
    assert!(ok);
    assert!(out.contains("503 Service Unavailable"), "{out}");
    let (_, err, ok) = codes(&["299"]);
    assert!(!ok);
    assert!(err.contains("as 200 OK"), "{err}");
}

#[test]
fn looks_up_methods() {
    let (out, _, ok) = codes(&["QUERY"]);
    assert!(ok);
    assert!(out.starts_with("QUERY\n"), "{out}");
    assert!(out.contains("Method::Query"), "{out}");
    assert!(out.contains("safe, idempotent, cacheable"), "{out}");
    assert!(out.contains("RFC 10008"), "{out}");
    let (out, _, ok) = codes(&["VERSION-CONTROL"]);
    assert!(ok);
    assert!(out.contains("Method::VersionControl"), "{out}");
    // A lookup tool may be lenient about case; it says that HTTP is not.
    let (out, err, ok) = codes(&["patch"]);
    assert!(ok);
    assert!(out.starts_with("PATCH\n"), "{out}");
    assert!(out.contains("not safe, not idempotent"), "{out}");
    assert!(err.contains("case-sensitive"), "{err}");
    let (_, err, ok) = codes(&["PURGE"]);
    assert!(!ok);
    assert!(
        err.contains("not a method of the IANA HTTP Method Registry"),
        "{err}"
    );
    let (out, _, ok) = codes(&["methods"]);
    assert!(ok);
    // The legend first, so that `codes methods | head` shows it.
    assert!(
        out.starts_with("HTTP methods of the IANA registry (S safe, I idempotent, C cacheable)\n"),
        "{out}"
    );
    assert_eq!(out.lines().filter(|l| l.starts_with("  ")).count(), 40);
    assert!(out.contains("\n  QUERY              SIC  "), "{out}");
    assert!(out.contains("\n  POST               ---  "), "{out}");
}

/// `codes | head`: a reader that goes away early is not an error, and no panic.
#[test]
fn a_closed_pipe_is_not_a_failure() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_codes"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(status.success(), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn looks_up_grpc_codes() {
    let (out, _, ok) = codes(&["NOT_FOUND"]);
    assert!(ok);
    assert!(out.starts_with("5 NOT_FOUND\n"), "{out}");
    assert!(out.contains("GrpcCode::NotFound"), "{out}");
    assert!(out.contains("404 Not Found"), "{out}");
    let (out, _, ok) = codes(&["grpc"]);
    assert!(ok);
    assert_eq!(
        out.lines().filter(|l| !l.starts_with(' ')).count(),
        17,
        "{out}"
    );
    assert!(
        out.contains("1 CANCELLED") && out.contains("HTTP:        499"),
        "{out}"
    );
}

#[test]
fn a_status_says_what_grpc_makes_of_it() {
    let (out, _, ok) = codes(&["409"]);
    assert!(ok);
    assert!(
        out.contains(
            "gRPC:        ABORTED (a server's default for an error); ALREADY_EXISTS maps here too"
        ),
        "{out}"
    );
    let (out, _, _) = codes(&["404"]);
    assert!(
        out.contains("reads a bare 404 (no grpc-status) as UNIMPLEMENTED"),
        "{out}"
    );
    let (out, _, _) = codes(&["500"]);
    assert!(
        out.contains("INTERNAL (a server's default for an error); UNKNOWN, DATA_LOSS map here too"),
        "{out}"
    );
    let (out, _, _) = codes(&["100"]);
    assert!(!out.contains("gRPC"), "{out}");
}
