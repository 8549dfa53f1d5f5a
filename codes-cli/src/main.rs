//! `codes`: look up HTTP status codes by number, by phrase or name, or by class.
//!
//! ```text
//! cargo run -p codes-cli -- 404
//! cargo run -p codes-cli -- "Not Found"
//! cargo run -p codes-cli -- "payload too large"   # former names work too
//! cargo run -p codes-cli -- 4xx
//! cargo run -p codes-cli -- 299                    # unknown: RFC 9110's fallback
//! cargo run -p codes-cli                           # every code
//! cargo install --path codes-cli                   # then: codes 404
//! ```
//!
//! A package of its own, depending on codes-core with default features only, so
//! that the README's first command builds in seconds on a fresh clone (an
//! example would build every dev-dependency of the workspace first).

use std::process::ExitCode;

use codes_core::{Class, ParseErrorKind, StatusCode};

fn main() -> ExitCode {
    let query = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    if query.trim().is_empty() {
        for class in Class::ALL {
            print_class(class);
        }
        return ExitCode::SUCCESS;
    }
    match query.parse::<StatusCode>() {
        Ok(status) => {
            print_status(status);
            ExitCode::SUCCESS
        }
        Err(err) => {
            if let Ok(class) = query.parse::<Class>() {
                print_class(class);
                return ExitCode::SUCCESS;
            }
            eprintln!("{query:?}: {err}");
            if let ParseErrorKind::Unknown(unknown) = err.kind() {
                if let Some(fallback) = StatusCode::from_code_lenient(unknown.code()) {
                    eprintln!(
                        "RFC 9110, Section 15: a client treats an unrecognised {} as {fallback}",
                        unknown.code()
                    );
                }
            }
            ExitCode::FAILURE
        }
    }
}

fn print_status(status: StatusCode) {
    println!("{status}");
    println!("  class:       {}", status.class());
    println!("  variant:     StatusCode::{}", status.name());
    println!("  description: {}", status.description());
    if let Some(spec) = status.spec() {
        match status.spec_url() {
            Some(url) => println!("  spec:        {spec} <{url}>"),
            None => println!("  spec:        {spec}"),
        }
    }
    if !status.aliases().is_empty() {
        println!("  formerly:    {}", status.aliases().join(", "));
    }
    let headers = status.expected_headers();
    if !headers.is_empty() {
        println!("  headers:     {}", headers.join(", "));
    }
    let mut facts = Vec::new();
    if status.is_heuristically_cacheable() {
        facts.push("cacheable by default");
    }
    if !status.allows_content() {
        facts.push("never has content");
    }
    if status.preserves_method() {
        facts.push("redirect keeps the method");
    }
    if status.uses_retry_after() {
        facts.push("may carry Retry-After");
    }
    if status.is_deprecated() {
        facts.push("deprecated");
    }
    if status.is_reserved() {
        facts.push("reserved");
    }
    if status.is_provisional() {
        facts.push("provisional registration");
    }
    if !facts.is_empty() {
        println!("  notes:       {}", facts.join("; "));
    }
}

fn print_class(class: Class) {
    println!("{class}");
    for status in StatusCode::iter().filter(|s| s.class() == class) {
        println!("  {:<36} {}", status.to_string(), status.description());
    }
}
