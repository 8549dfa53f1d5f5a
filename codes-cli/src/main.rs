//! `codes`: look up HTTP status codes by number, by phrase or name, or by
//! class, and HTTP methods by name.
//!
//! ```text
//! cargo run -p codes-cli -- 404
//! cargo run -p codes-cli -- "Not Found"
//! cargo run -p codes-cli -- "payload too large"   # former names work too
//! cargo run -p codes-cli -- PayloadTooLarge        # as do former variant names
//! cargo run -p codes-cli -- 4xx
//! cargo run -p codes-cli -- 299                    # unknown: RFC 9110's fallback
//! cargo run -p codes-cli -- QUERY                  # a method
//! cargo run -p codes-cli -- methods                # every method
//! cargo run -p codes-cli -- NOT_FOUND              # a gRPC code (`grpc`: all 17)
//! cargo run -p codes-cli                           # every code
//! cargo install --path codes-cli                   # then: codes 404
//! ```
//!
//! A package of its own, depending on codes-core with default features only, so
//! that the README's first command builds in seconds on a fresh clone (an
//! example would build every dev-dependency of the workspace first).

use std::io::{self, Write};
use std::process::ExitCode;

use codes_core::{
    Class, GrpcCode, Method, ParseErrorKind, RequestContent, StatusCode, UnknownMethodKind,
};

fn main() -> ExitCode {
    // The library parses text as it is; a command line is for humans, so the
    // words are taken apart and joined by single spaces: `codes " 404  not found"`.
    let query = std::env::args()
        .skip(1)
        .flat_map(|arg| {
            arg.split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect::<Vec<_>>()
        .join(" ");
    match lookup(&mut io::stdout().lock(), &query) {
        Ok(found) => found,
        // `codes | head`: the reader went away, which is not a failure.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("codes: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Prints what `query` names; `FAILURE` when it names nothing.
fn lookup(out: &mut impl Write, query: &str) -> io::Result<ExitCode> {
    if query.is_empty() {
        for class in Class::ALL {
            print_class(out, class)?;
        }
        writeln!(out, "(`codes methods` lists the HTTP methods)")?;
        return Ok(ExitCode::SUCCESS);
    }
    if query == "methods" {
        print_methods(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    if query == "grpc" {
        for code in GrpcCode::iter() {
            print_grpc(out, code)?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let err = match query.parse::<StatusCode>() {
        Ok(status) => {
            print_status(out, status)?;
            return Ok(ExitCode::SUCCESS);
        }
        Err(err) => err,
    };
    if let Some(method) = lookup_method(query) {
        print_method(out, method)?;
        return Ok(ExitCode::SUCCESS);
    }
    if let Ok(class) = query.parse::<Class>() {
        print_class(out, class)?;
        return Ok(ExitCode::SUCCESS);
    }
    if let Ok(code) = query.parse::<GrpcCode>() {
        print_grpc(out, code)?;
        return Ok(ExitCode::SUCCESS);
    }
    eprintln!("{query:?}: {err}");
    if let Err(not_a_method) = query.parse::<Method>() {
        if not_a_method.kind() == UnknownMethodKind::NotInEnum {
            eprintln!("{query:?}: not a method of the IANA HTTP Method Registry either");
        }
    }
    if let ParseErrorKind::Unknown(unknown) = err.kind() {
        if let Some(fallback) = StatusCode::from_code_lenient(unknown.code()) {
            eprintln!(
                "RFC 9110, Section 15: a client treats an unrecognised {} as {fallback}",
                unknown.code()
            );
        }
    }
    Ok(ExitCode::FAILURE)
}

fn print_status(out: &mut impl Write, status: StatusCode) -> io::Result<()> {
    writeln!(out, "{status}")?;
    writeln!(out, "  class:       {}", status.class())?;
    writeln!(out, "  variant:     StatusCode::{}", status.name())?;
    writeln!(out, "  description: {}", status.description())?;
    if let Some(spec) = status.spec() {
        match status.spec_url() {
            Some(url) => writeln!(out, "  spec:        {spec} <{url}>")?,
            None => writeln!(out, "  spec:        {spec}")?,
        }
    }
    if !status.aliases().is_empty() {
        writeln!(out, "  formerly:    {}", status.aliases().join(", "))?;
    }
    let headers = status.expected_headers();
    if !headers.is_empty() {
        writeln!(out, "  headers:     {}", headers.join(", "))?;
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
        writeln!(out, "  notes:       {}", facts.join("; "))?;
    }
    print_grpc_of(out, status.code())?;
    Ok(())
}

/// What gRPC makes of an HTTP status: a server's default code for an error
/// with it, the other codes `code.proto` maps to it, and what a client reads
/// from a bare answer with it (no `grpc-status`).
fn print_grpc_of(out: &mut impl Write, code: u16) -> io::Result<()> {
    if code < 200 {
        return Ok(());
    }
    let server = GrpcCode::for_http_status(code);
    let others: Vec<String> = GrpcCode::iter()
        .filter(|g| g.http_code() == code && *g != server)
        .map(|g| g.reason().to_string())
        .collect();
    let mut line = if server == GrpcCode::Ok {
        server.reason().to_string()
    } else {
        format!("{} (a server's default for an error)", server.reason())
    };
    match others.as_slice() {
        [] => {}
        [one] => line.push_str(&format!("; {one} maps here too")),
        many => line.push_str(&format!("; {} map here too", many.join(", "))),
    }
    writeln!(out, "  gRPC:        {line}")?;
    let client = GrpcCode::from_http_response(code);
    if client != server {
        writeln!(
            out,
            "  gRPC client: reads a bare {code} (no grpc-status) as {}",
            client.reason()
        )?;
    }
    Ok(())
}

fn print_grpc(out: &mut impl Write, code: GrpcCode) -> io::Result<()> {
    writeln!(out, "{code}")?;
    writeln!(out, "  variant:     GrpcCode::{}", code.name())?;
    writeln!(out, "  description: {}", code.description())?;
    match code.http_status() {
        Some(status) => writeln!(out, "  HTTP:        {status}")?,
        None => writeln!(out, "  HTTP:        {}", code.http_code())?,
    }
    Ok(())
}

fn print_class(out: &mut impl Write, class: Class) -> io::Result<()> {
    writeln!(out, "{class}")?;
    for status in StatusCode::iter().filter(|s| s.class() == class) {
        writeln!(out, "  {:<36} {}", status.to_string(), status.description())?;
    }
    Ok(())
}

/// A method by its token; a token in another case is found too, with a note
/// (a lookup tool may be lenient; HTTP is not).
fn lookup_method(query: &str) -> Option<Method> {
    if let Ok(method) = query.parse::<Method>() {
        return Some(method);
    }
    let suggestion = query.parse::<Method>().err()?.suggestion()?;
    let method = suggestion.parse::<Method>().ok()?;
    eprintln!("note: method names are case-sensitive: a request says `{method}`, never `{query}`");
    Some(method)
}

fn print_method(out: &mut impl Write, method: Method) -> io::Result<()> {
    writeln!(out, "{method}")?;
    writeln!(out, "  variant:     Method::{method:?}")?;
    writeln!(out, "  description: {}", method.description())?;
    let mut properties = Vec::new();
    properties.push(if method.is_safe() { "safe" } else { "not safe" });
    properties.push(if method.is_idempotent() {
        "idempotent"
    } else {
        "not idempotent"
    });
    if method.is_cacheable() {
        properties.push("cacheable");
    }
    writeln!(out, "  properties:  {}", properties.join(", "))?;
    let content = match method.request_content() {
        RequestContent::Defined => "defined by the method",
        RequestContent::Undefined => "no generally defined meaning",
        RequestContent::NotAllowed => "none allowed",
    };
    writeln!(out, "  request content: {content}")?;
    if let Some(spec) = method.spec() {
        match method.spec_url() {
            Some(url) => writeln!(out, "  spec:        {spec} <{url}>")?,
            None => writeln!(out, "  spec:        {spec}")?,
        }
    }
    Ok(())
}

fn print_methods(out: &mut impl Write) -> io::Result<()> {
    writeln!(
        out,
        "HTTP methods of the IANA registry (S safe, I idempotent, C cacheable)"
    )?;
    for method in Method::iter() {
        let mut flags = String::new();
        flags.push(if method.is_safe() { 'S' } else { '-' });
        flags.push(if method.is_idempotent() { 'I' } else { '-' });
        flags.push(if method.is_cacheable() { 'C' } else { '-' });
        writeln!(
            out,
            "  {:<18} {flags}  {}",
            method.as_str(),
            method.description()
        )?;
    }
    Ok(())
}
