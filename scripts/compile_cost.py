#!/usr/bin/env python3
"""Compile cost of the derives and of `codes!` against hand-written code
(issue 17, item 8), with cargo and python3 only.

    python3 scripts/compile_cost.py [--pairs N] [--work DIR] [--only derive|codes]
                                    [--features axum,utoipa] [--no-use] [--no-expand]
                                    [--jobs N] [--keep] [--generate-only] [--check]

It measures the codes-core (and codes-macros) of the checkout it lives in, by
path: run it from a branch to measure that branch's derives.

What it measures: a full rebuild of one user crate (debug `cargo build`,
`CARGO_INCREMENTAL=0`, after touching its `src/lib.rs`), its dependencies built
beforehand, as the CPU time (user + sys) of that crate's rustc process alone:
cargo runs rustc through this script as `RUSTC_WORKSPACE_WRAPPER` (workspace
members only, so no dependency is wrapped), which waits for rustc with
`os.wait4` and records its rusage. The proc-macros run inside that rustc, so
their own run time counts. A and B are built alternately, N pairs (default 5),
so that both see the same machine load; it prints each side's median, the
median of the per-pair ratios and their range, and each crate's line count
after expansion (`RUSTC_BOOTSTRAP=1 cargo rustc -- -Zunpretty=expanded | wc -l`,
as tests/expand.rs does; in a target directory of its own, since
`RUSTC_BOOTSTRAP` changes what some build scripts detect).

The two pairs, generated under --work (default /tmp/derive-cost, one cargo
workspace, one shared target directory, the repository's Cargo.lock copied so
that the versions are the repository's):

(1) `derived` against `hand`: 30 error enums of 8 variants each, the same
    errors on both sides, plus one shared 2-variant `DbError` that every third
    enum wraps. Both sides: `#[derive(Debug, thiserror::Error)]` with the same
    `#[error(...)]` messages, and the same doc line on every variant. The 8
    variants of enum i (the mix of README usage):

      NoSuchItem { id: u64 }             404, a problem `type` per enum, `id` a member
      Exists                             409 (written `#[status(409)]`)
      Invalid { field: String, reason }  422, `field` a member
      SlowDown { retry_after: u64, limit: u32 }
                                         429, `retry-after` a header, `limit` a member
      LogIn { challenge: String }        401, a `title`, `www-authenticate` a header
      Forbidden(String)                  403, a tuple variant
      Storage(#[source] io::Error)       500, a tuple variant with a source (detail withheld)
      Unavailable { retry_after: u32 }   503, `retry-after` a header   (i % 3 != 0)
      Db(#[from] DbError)                `#[status(transparent)]`, `#[error(transparent)]`
                                         (i % 3 == 0, 10 of the 30 enums)

    Both sides (with feature axum) also hold what a handler does with each
    error: `pub fn respond_error00(error: Error00) -> axum::response::Response
    { IntoResponse::into_response(error) }`, one per enum. Without a use, the
    derived side's `#[inline]` `into_response` and the generic codes-core code
    it calls (`problem_response::<E>`, `IntoProblem::answer`) would be compiled
    in a downstream crate, not in this one (`--no-use` leaves them out, to see
    that).

    `derived`: additionally `#[derive(codes_core::Status, codes_core::Problem)]`
    and the `#[status]` / `#[problem]` attributes; codes-core by path with the
    features given by --features (default `axum,utoipa`); dependencies
    codes-core, thiserror (and axum, no default features, for the handlers).
    What it gets: `Status`, `IntoProblem`, axum's `IntoResponse`, utoipa's
    `IntoResponses`, the derives' compile-time checks.

    `hand`: what a competent user writes for the same behaviour on the wire and
    in OpenAPI, no more, no less; dependencies thiserror, http, axum (no default
    features), serde_json and utoipa. Shared once by all the enums, as a user
    would write them once: `problem(...)`, which builds the RFC 9457 body with
    serde_json (`type`, `about:blank` by default, `title`, `status`, `detail`
    = the error's `Display`, withheld for 5xx, then the members) and the
    response (status,
    `content-type: application/problem+json`, the header fields, a value that
    is not a valid header value is left out); `problem_schema(members)` (the
    problem details object schema, `allOf` with an object of the members'
    schemas when there are members, as codes-core's) and
    `problem_doc(code, description, members, headers)` (an OpenAPI response with that
    schema as `application/problem+json` and a string schema per header).
    Per enum: `status(&self) -> http::StatusCode` (a `match`; the transparent
    variant asks the inner error), `response(&self) -> Response` (a `match`, one
    `problem(...)` call per variant with its status, type, title (the RFC 9110
    phrase, e.g. "Unprocessable Content", as codes sends), members as
    `serde_json::json!(field)` and headers as `field.to_string()`; the
    transparent variant answers the inner error's response), `impl
    IntoResponse` (calls `response`), and `impl utoipa::IntoResponses` (a
    `BTreeMap` of one `problem_doc(...)` per status, the variant's doc line as
    description, members' schemas from `PartialSchema`; the transparent variant
    adds the inner error's responses). Not written by hand, because it is not
    behaviour on the wire or in OpenAPI: codes' `ReasonPhrase` extension for
    the HTTP/1.1 status line (422 goes out as hyper's "Unprocessable Entity"
    phrase), the logging of refused fields, the compile-time checks of the
    literals, `statuses()` / `each_status`.

(2) `codes_list` against `codes_hand`: a user's 64-entry list (the registry's
    64 codes, names and phrases, parsed as scripts/build_cost.py does, each with
    a doc line). `codes_list`: `codes_core::codes! { pub enum List { ... } }`,
    codes-core with its default features only. `codes_hand`: `#[repr(u16)] enum
    List` with the same doc lines, `#[derive(Copy, Clone, PartialEq, Eq, Hash,
    PartialOrd, Ord, Debug)]`, `code()`, `from_code` (a `match`), `reason` (a
    `match`), `Display` ("404 Not Found"), `FromStr` (three digits, or the
    phrase in any ASCII case, a `match` on the lower-cased text), `TryFrom<u16>`
    and `From<List> for u16`: the API a user would write to have the list
    (codes! generates more: classes, names, descriptions, iteration...).

`--check` first builds and runs a program (crate `equiv`) that compares the two
sides of (1): for one value of every variant of every enum, the response's
status, header fields and JSON body; for every enum, its OpenAPI responses as
JSON. They are equal (the hand side's `problem_schema` uses codes-core's
descriptions so that the documents compare equal).

--features "" (codes-core's `problem` only) or "axum" or "utoipa" builds both
sides of (1) without the other integrations (the hand side then omits
`IntoResponse` / `IntoResponses` to match); after each comparison, an empty
crate is rebuilt N times: rustc's fixed cost, printed with the ratio of what
each side costs above it; `--generate-only` writes the crates and stops (to
edit copies). `--jobs` sets CARGO_BUILD_JOBS (default 1, the least noisy).
"""
import argparse
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
LOG_VAR = "COMPILE_COST_LOG"


# --- rustc wrapper -------------------------------------------------------------


def wrap_rustc():
    """Run as RUSTC_WORKSPACE_WRAPPER: `compile_cost.py rustc ARGS...`. Runs
    rustc and appends `crate user sys wall` to the log when it compiles a
    crate."""
    args = sys.argv[1:]
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.execvp(args[0], args)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if "--crate-name" in args:
        crate = args[args.index("--crate-name") + 1]
        with open(os.environ[LOG_VAR], "a") as log:
            log.write(f"{crate} {usage.ru_utime:.4f} {usage.ru_stime:.4f} {wall:.4f}\n")
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__" and os.environ.get(LOG_VAR) and len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
    wrap_rustc()


# --- (1) error enums -------------------------------------------------------------

N_ENUMS = 30
TRANSPARENT_EVERY = 3  # enums 0, 3, 6, ... wrap DbError


def phrase(name):
    return {
        "NotFound": "Not Found",
        "Conflict": "Conflict",
        "UnprocessableContent": "Unprocessable Content",
        "TooManyRequests": "Too Many Requests",
        "Unauthorized": "Unauthorized",
        "Forbidden": "Forbidden",
        "InternalServerError": "Internal Server Error",
        "ServiceUnavailable": "Service Unavailable",
        "GatewayTimeout": "Gateway Timeout",
    }[name]


HTTP_CONST = {
    404: "NOT_FOUND", 409: "CONFLICT", 422: "UNPROCESSABLE_ENTITY", 429: "TOO_MANY_REQUESTS",
    401: "UNAUTHORIZED", 403: "FORBIDDEN", 500: "INTERNAL_SERVER_ERROR",
    503: "SERVICE_UNAVAILABLE", 504: "GATEWAY_TIMEOUT",
}


def variants(i):
    """The variants of enum i, as dicts both generators read."""
    t = f"https://example.com/problems/resource-{i}/no-such-item"
    vs = [
        dict(name="NoSuchItem", doc="There is no item with that id.", error='"there is no item {id}"',
             status="NotFound", code=404, type_uri=t, fields=[("id", "u64", "member")]),
        dict(name="Exists", doc="The item exists already.", error='"the item exists already"',
             status="409", code=409, fields=None),
        dict(name="Invalid", doc="The item is not valid.", error='"{field} is not valid: {reason}"',
             status="UnprocessableContent", code=422,
             fields=[("field", "String", "member"), ("reason", "String", None)]),
        dict(name="SlowDown", doc="Too many requests.", error='"more than {limit} requests a minute"',
             status="TooManyRequests", code=429,
             fields=[("retry_after", "u64", "header:retry-after"), ("limit", "u32", "member")]),
        dict(name="LogIn", doc="Credentials are missing.", error='"log in first"', status="Unauthorized",
             code=401, title="Log in first", fields=[("challenge", "String", "header:www-authenticate")]),
        dict(name="Forbidden", doc="The caller may not do that.", error='"not allowed: {0}"',
             status="Forbidden", code=403, tuple=[("String", None)]),
        dict(name="Storage", doc="The storage failed.", error='"storage failed"',
             status="InternalServerError", code=500, tuple=[("std::io::Error", "source")]),
    ]
    if i % TRANSPARENT_EVERY == 0:
        vs.append(dict(name="Db", doc="The database failed.", error="transparent", status="transparent",
                       code=None, tuple=[("DbError", "from")]))
    else:
        vs.append(dict(name="Unavailable", doc="The service is unavailable.", error='"try again later"',
                       status="ServiceUnavailable", code=503,
                       fields=[("retry_after", "u32", "header:retry-after")]))
    return vs


DB_VARIANTS = [
    dict(name="Down", doc="The database is down.", error='"the database is down"', status="ServiceUnavailable",
         code=503, fields=[("retry_after", "u32", "header:retry-after")]),
    dict(name="Timeout", doc="The database timed out.", error='"the database timed out"',
         status="GatewayTimeout", code=504, fields=None),
]


def derived_variant(v):
    out = [f"    /// {v['doc']}", f"    #[error({v['error']})]", f"    #[status({v['status']})]"]
    problem = []
    if v.get("type_uri"):
        problem.append(f'type = "{v["type_uri"]}"')
    if v.get("title"):
        problem.append(f'title = "{v["title"]}"')
    if problem:
        out.append(f"    #[problem({', '.join(problem)})]")
    if "tuple" in v:
        fields = []
        for ty, attr in v["tuple"]:
            fields.append((f"#[{attr}] " if attr else "") + ty)
        out.append(f"    {v['name']}({', '.join(fields)}),")
    elif v.get("fields"):
        out.append(f"    {v['name']} {{")
        for fname, ty, use in v["fields"]:
            if use == "member":
                out.append("        #[problem(member)]")
            elif use:
                out.append(f'        #[problem(header = "{use.split(":", 1)[1]}")]')
            out.append(f"        {fname}: {ty},")
        out.append("    },")
    else:
        out.append(f"    {v['name']},")
    return "\n".join(out)


def derived_enum(name, doc, vs):
    body = "\n".join(derived_variant(v) for v in vs)
    return f"""/// {doc}
#[derive(Debug, thiserror::Error, Status, Problem)]
pub enum {name} {{
{body}
}}
"""


def handlers(features):
    """What a handler does with each error (both sides): axum turns it into a
    response. Generated `#[inline]` code (and generic code of codes-core it
    calls) is compiled where it is used, so without a use its cost would be
    left to a downstream crate."""
    if "axum" not in features:
        return ""
    return "\n".join(
        f"/// The response of a handler failing with `{e}`.\n"
        f"pub fn respond_{e.lower()}(error: {e}) -> axum::response::Response {{\n"
        f"    axum::response::IntoResponse::into_response(error)\n}}\n"
        for e in ["DbError"] + [f"Error{i:02}" for i in range(N_ENUMS)]
    )


def derived_source(features, use=True):
    parts = ["use codes_core::{Problem, Status};\n",
             derived_enum("DbError", "The database's errors.", DB_VARIANTS)]
    for i in range(N_ENUMS):
        parts.append(derived_enum(f"Error{i:02}", f"The errors of resource {i}.", variants(i)))
    if use:
        parts.append(handlers(features))
    return "\n".join(parts)


HAND_PRELUDE_CORE = """use http::StatusCode;
"""

HAND_PRELUDE_AXUM = r'''use axum::response::{IntoResponse, Response};
use serde_json::{json, Map, Value};

/// An RFC 9457 problem as a response: `type` (`about:blank` by default), `title`,
/// `status`, `detail` (the error's `Display`, withheld for 5xx) and extension
/// members, as `application/problem+json`, with the given header fields.
fn problem(
    status: StatusCode,
    type_uri: Option<&str>,
    title: &str,
    error: &dyn std::fmt::Display,
    members: &[(&str, Value)],
    headers: &[(&'static str, String)],
) -> Response {
    let mut body = Map::new();
    body.insert("type".to_owned(), Value::from(type_uri.unwrap_or("about:blank")));
    body.insert("title".to_owned(), Value::from(title));
    body.insert("status".to_owned(), Value::from(status.as_u16()));
    if status.as_u16() < 500 {
        body.insert("detail".to_owned(), Value::from(error.to_string()));
    }
    for (name, value) in members {
        body.insert((*name).to_owned(), value.clone());
    }
    let body = serde_json::to_vec(&Value::Object(body)).unwrap_or_default();
    let mut response = (
        status,
        [(http::header::CONTENT_TYPE, "application/problem+json")],
        body,
    )
        .into_response();
    for (name, value) in headers {
        if let Ok(value) = http::HeaderValue::try_from(value.as_str()) {
            response.headers_mut().append(http::HeaderName::from_static(name), value);
        }
    }
    response
}
'''

HAND_PRELUDE_UTOIPA = r'''use std::collections::BTreeMap;
use utoipa::openapi::content::ContentBuilder;
use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::response::ResponseBuilder;
use utoipa::openapi::schema::{AllOfBuilder, KnownFormat, ObjectBuilder, Schema, SchemaFormat, SchemaType, Type};
use utoipa::openapi::RefOr;
use utoipa::PartialSchema;

type Responses = BTreeMap<String, RefOr<utoipa::openapi::response::Response>>;

/// The problem details object (RFC 9457), with the variant's extension members.
fn problem_schema(members: Vec<(&str, RefOr<Schema>)>) -> RefOr<Schema> {
    let text = |description: &str| {
        ObjectBuilder::new()
            .schema_type(SchemaType::Type(Type::String))
            .description(Some(description))
    };
    let problem: RefOr<Schema> = ObjectBuilder::new()
        .schema_type(SchemaType::Type(Type::Object))
        .description(Some("A problem details object (RFC 9457)."))
        .property(
            "type",
            text("A URI that identifies the problem type; `about:blank` when the status says it all.")
                .format(Some(SchemaFormat::Custom("uri-reference".to_owned())))
                .default(Some("about:blank".into())),
        )
        .property("title", text("A short summary of the problem type."))
        .property(
            "status",
            ObjectBuilder::new()
                .schema_type(SchemaType::Type(Type::Integer))
                .format(Some(SchemaFormat::KnownFormat(KnownFormat::Int32)))
                .minimum(Some(200))
                .maximum(Some(599))
                .description(Some("The HTTP status code of the answer.")),
        )
        .property("detail", text("This occurrence of the problem, in words."))
        .property(
            "instance",
            text("A URI that identifies this occurrence.")
                .format(Some(SchemaFormat::Custom("uri-reference".to_owned()))),
        )
        .into();
    if members.is_empty() {
        return problem;
    }
    let mut extension = ObjectBuilder::new().schema_type(SchemaType::Type(Type::Object));
    for (name, schema) in members {
        extension = extension.property(name, schema);
    }
    AllOfBuilder::new().item(problem).item(extension).into()
}

/// One documented status: its description, a problem+json body and its headers.
fn problem_doc(
    code: u16,
    description: &str,
    type_uri: Option<&str>,
    title: &str,
    mut members: Vec<(&str, RefOr<Schema>)>,
    headers: &[&str],
) -> (String, RefOr<utoipa::openapi::response::Response>) {
    // The problem type, when the variant names one, as the schema's `type`.
    if let Some(uri) = type_uri {
        let schema = ObjectBuilder::new()
            .schema_type(SchemaType::Type(Type::String))
            .enum_values(Some([uri]))
            .into();
        members.insert(0, ("type", schema));
    }
    // One example body: its type, title and status.
    let example = utoipa::openapi::example::ExampleBuilder::new()
        .summary(description)
        .value(Some(serde_json::json!({
            "type": type_uri.unwrap_or("about:blank"),
            "title": title,
            "status": code,
        })))
        .build();
    let mut response = ResponseBuilder::new().description(description);
    for name in headers {
        response = response.header(
            *name,
            HeaderBuilder::new()
                .schema(Some(ObjectBuilder::new().schema_type(SchemaType::Type(Type::String))))
                .build(),
        );
    }
    let response = response.content(
        "application/problem+json",
        ContentBuilder::new()
            .schema(Some(problem_schema(members)))
            .examples_from_iter([(format!("{code}-1"), example)])
            .build(),
    );
    (code.to_string(), response.build().into())
}
'''


def hand_fields(v):
    """(binding pattern, members, headers) of a variant on the hand side."""
    if "tuple" in v:
        if v["status"] == "transparent":
            return "(inner)", [], []
        return "(..)", [], []
    if not v.get("fields"):
        return "", [], []
    used = [(n, ty, u) for n, ty, u in v["fields"] if u]
    pattern = "{ " + ", ".join(n for n, _, _ in used) + (", .." if len(used) < len(v["fields"]) else "") + " }"
    members = [(n, ty) for n, ty, u in used if u == "member"]
    headers = [(u.split(":", 1)[1], n) for n, ty, u in used if u.startswith("header:")]
    return pattern, members, headers


def hand_variant_decl(v):
    out = [f"    /// {v['doc']}", f"    #[error({v['error']})]"]
    if "tuple" in v:
        fields = [(f"#[{attr}] " if attr else "") + ty for ty, attr in v["tuple"]]
        out.append(f"    {v['name']}({', '.join(fields)}),")
    elif v.get("fields"):
        out.append(f"    {v['name']} {{")
        out += [f"        {n}: {ty}," for n, ty, _ in v["fields"]]
        out.append("    },")
    else:
        out.append(f"    {v['name']},")
    return "\n".join(out)


def hand_enum(name, doc, vs, features):
    decl = "\n".join(hand_variant_decl(v) for v in vs)
    status_arms, response_arms, doc_entries, extend = [], [], [], []
    for v in vs:
        pattern, members, headers = hand_fields(v)
        head = f"Self::{v['name']}"
        if v["status"] == "transparent":
            status_arms.append(f"            {head}(inner) => inner.status(),")
            response_arms.append(f"            {head}(inner) => inner.response(),")
            extend.append(f"        responses.extend(<{v['tuple'][0][0]} as utoipa::IntoResponses>::responses());")
            continue
        code = v["code"]
        status_arms.append(f"            {head} {{ .. }} => StatusCode::{HTTP_CONST[code]},")
        type_uri = f'Some("{v["type_uri"]}")' if v.get("type_uri") else "None"
        title = v.get("title") or phrase(v["status"] if not v["status"].isdigit() else "Conflict")
        m = ", ".join(f'("{n}", json!({n}))' for n, _ in members)
        h = ", ".join(f'("{hn}", {fn}.to_string())' for hn, fn in headers)
        response_arms.append(
            f"            {head} {pattern} => problem(StatusCode::{HTTP_CONST[code]}, {type_uri}, \"{title}\", self, &[{m}], &[{h}]),"
        )
        ms = ", ".join(f'("{n}", <{ty} as PartialSchema>::schema())' for n, ty in members)
        hs = ", ".join(f'"{hn}"' for hn, _ in headers)
        doc_entries.append(f'            problem_doc({code}, "{v["doc"]}", {type_uri}, "{title}", vec![{ms}], &[{hs}]),')
    status_arms = "\n".join(status_arms)
    out = f"""/// {doc}
#[derive(Debug, thiserror::Error)]
pub enum {name} {{
{decl}
}}

impl {name} {{
    /// The status this error answers with.
    pub fn status(&self) -> StatusCode {{
        match self {{
{status_arms}
        }}
    }}
"""
    if "axum" in features:
        arms = "\n".join(response_arms)
        out += f"""
    /// The problem+json answer.
    pub fn response(&self) -> Response {{
        match self {{
{arms}
        }}
    }}
}}

impl IntoResponse for {name} {{
    fn into_response(self) -> Response {{
        self.response()
    }}
}}
"""
    else:
        out += "}\n"
    if "utoipa" in features:
        entries = "\n".join(doc_entries)
        ext = "\n".join(extend)
        mut = "mut " if extend else ""
        out += f"""
impl utoipa::IntoResponses for {name} {{
    fn responses() -> Responses {{
        let {mut}responses = Responses::from([
{entries}
        ]);
{ext}
        responses
    }}
}}
"""
    return out


def hand_source(features, use=True):
    parts = [HAND_PRELUDE_CORE]
    if "axum" in features:
        parts.append(HAND_PRELUDE_AXUM)
    if "utoipa" in features:
        parts.append(HAND_PRELUDE_UTOIPA)
    parts.append(hand_enum("DbError", "The database's errors.", DB_VARIANTS, features))
    for i in range(N_ENUMS):
        parts.append(hand_enum(f"Error{i:02}", f"The errors of resource {i}.", variants(i), features))
    if use:
        parts.append(handlers(features))
    return "\n".join(parts)


SAMPLES = {
    "NoSuchItem": "NoSuchItem { id: 7 }",
    "Exists": "Exists",
    "Invalid": 'Invalid { field: "name".into(), reason: "empty".into() }',
    "SlowDown": "SlowDown { retry_after: 60, limit: 3 }",
    "LogIn": 'LogIn { challenge: "Bearer realm=\\"api\\"".into() }',
    "Forbidden": 'Forbidden("the owner only".into())',
    "Storage": 'Storage(std::io::Error::other("disk full"))',
    "Unavailable": "Unavailable { retry_after: 5 }",
}


def equiv_source():
    """A program that checks that both sides of (1) answer alike: for one value
    of every variant, the status, the header fields and the JSON body of the
    response; for every enum, its OpenAPI responses (as JSON)."""
    cases = []
    for i in range(N_ENUMS):
        e = f"Error{i:02}"
        for v in variants(i):
            if v["name"] == "Db":
                for inner in ("Down { retry_after: 9 }", "Timeout"):
                    cases.append(f"    same(derived::{e}::Db(derived::DbError::{inner}), hand::{e}::Db(hand::DbError::{inner}));")
            else:
                sample = SAMPLES[v["name"]]
                cases.append(f"    same(derived::{e}::{sample}, hand::{e}::{sample});")
        cases.append(f"    same_docs::<derived::{e}, hand::{e}>(\"{e}\");")
    body = "\n".join(cases)
    return r"""use axum::response::IntoResponse;

fn parts(response: axum::response::Response) -> (u16, Vec<(String, String)>, serde_json::Value) {
    use http_body::Body as _;
    let status = response.status().as_u16();
    let mut headers: Vec<(String, String)> = response
        .headers()
        .iter()
        .map(|(n, v)| (n.as_str().to_owned(), v.to_str().unwrap().to_owned()))
        .collect();
    headers.sort();
    let mut body = response.into_body();
    let mut bytes = Vec::new();
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    while let std::task::Poll::Ready(Some(frame)) = std::pin::Pin::new(&mut body).poll_frame(&mut cx) {
        if let Ok(data) = frame.unwrap().into_data() {
            bytes.extend_from_slice(&data);
        }
    }
    (status, headers, serde_json::from_slice(&bytes).unwrap())
}

fn same(a: impl IntoResponse + std::fmt::Debug, b: impl IntoResponse + std::fmt::Debug) {
    let name = format!("{a:?}");
    let (a, b) = (parts(a.into_response()), parts(b.into_response()));
    assert_eq!(a, b, "{name}");
}

fn same_docs<A: utoipa::IntoResponses, B: utoipa::IntoResponses>(name: &str) {
    let a = serde_json::to_value(A::responses()).unwrap();
    let b = serde_json::to_value(B::responses()).unwrap();
    assert_eq!(a, b, "{name}");
}

fn main() {
""" + body + "\n    println!(\"both sides answer alike\");\n}\n"


# --- (2) a 64-entry list -----------------------------------------------------------


def registry_entries():
    sys.path.insert(0, str(ROOT / "scripts"))
    import build_cost  # noqa: E402  (the registry's 64 entries, parsed there)

    return build_cost.ENTRIES


def codes_list_source(entries):
    body = "\n".join(f'    /// The {r} status.\n    {c} {n} = "{r}",' for c, n, r in entries)
    return f"codes_core::codes! {{\n    /// Our list.\n    pub enum List {{\n{body}\n    }}\n}}\n"


def codes_hand_source(entries):
    decl = "\n".join(f"    /// The {r} status.\n    {n} = {c}," for c, n, r in entries)
    from_code = "\n".join(f"            {c} => Self::{n}," for c, n, _ in entries)
    reason = "\n".join(f'            Self::{n} => "{r}",' for c, n, r in entries)
    by_phrase = "\n".join(f'            "{r.lower()}" => Self::{n},' for c, n, r in entries)
    return f"""/// Our list.
#[repr(u16)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum List {{
{decl}
}}

/// A number or text that is no code of the list.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct UnknownCode;

impl List {{
    /// The number.
    pub const fn code(self) -> u16 {{
        self as u16
    }}

    /// The code with this number.
    pub const fn from_code(code: u16) -> Option<Self> {{
        Some(match code {{
{from_code}
            _ => return None,
        }})
    }}

    /// The reason phrase.
    pub const fn reason(self) -> &'static str {{
        match self {{
{reason}
        }}
    }}
}}

impl core::fmt::Display for List {{
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {{
        write!(f, "{{}} {{}}", self.code(), self.reason())
    }}
}}

impl core::str::FromStr for List {{
    type Err = UnknownCode;
    fn from_str(s: &str) -> Result<Self, UnknownCode> {{
        if s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit()) {{
            return s.parse().ok().and_then(Self::from_code).ok_or(UnknownCode);
        }}
        Ok(match s.to_ascii_lowercase().as_str() {{
{by_phrase}
            _ => return Err(UnknownCode),
        }})
    }}
}}

impl TryFrom<u16> for List {{
    type Error = UnknownCode;
    fn try_from(code: u16) -> Result<Self, UnknownCode> {{
        Self::from_code(code).ok_or(UnknownCode)
    }}
}}

impl From<List> for u16 {{
    fn from(code: List) -> u16 {{
        code.code()
    }}
}}
"""


# --- crates and builds ----------------------------------------------------------------


def write_crate(work, name, source, deps, file="lib.rs"):
    d = work / name
    (d / "src").mkdir(parents=True, exist_ok=True)
    (d / "Cargo.toml").write_text(
        f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
        f"[dependencies]\n{deps}\n"
    )
    (d / "src" / file).write_text("#![allow(dead_code)]\n" + source)
    return d


def generate(work, features, use=True):
    work.mkdir(parents=True, exist_ok=True)
    # `problem` (which `#[derive(Problem)]` needs) is implied by axum and utoipa.
    feats = ", ".join(f'"{f}"' for f in ["problem", *features])
    core = f'codes-core = {{ path = "{ROOT / "codes-core"}", features = [{feats}] }}'
    crates = {}
    axum = 'axum = { version = "0.8", default-features = false }'
    derived_deps = [core, 'thiserror = "2"'] + ([axum] if use and "axum" in features else [])
    crates["derived"] = write_crate(work, "derived", derived_source(features, use), "\n".join(derived_deps))
    hand_deps = ['thiserror = "2"', 'http = "1"']
    if "axum" in features:
        hand_deps += [axum, 'serde_json = "1"']
    if "utoipa" in features:
        hand_deps += ['utoipa = "6"']
    crates["hand"] = write_crate(work, "hand", hand_source(features, use), "\n".join(hand_deps))
    entries = registry_entries()
    crates["codes_list"] = write_crate(
        work, "codes_list", codes_list_source(entries), f'codes-core = {{ path = "{ROOT / "codes-core"}" }}'
    )
    crates["codes_hand"] = write_crate(work, "codes_hand", codes_hand_source(entries), "")
    crates["empty"] = write_crate(work, "empty", "pub fn nothing() {}\n", "")
    if "axum" in features and "utoipa" in features:
        crates["equiv"] = write_crate(work, "equiv", equiv_source(), "\n".join([
            'derived = { path = "../derived" }', 'hand = { path = "../hand" }',
            'axum = { version = "0.8", default-features = false }', 'http = "1"', 'http-body = "1"',
            'serde_json = "1"', 'utoipa = "6"']), file="main.rs")
    (work / "Cargo.toml").write_text(
        "[workspace]\nresolver = \"2\"\nmembers = [" + ", ".join(f'"{c}"' for c in crates) + "]\n"
    )
    if not (work / "Cargo.lock").exists():
        shutil.copy(ROOT / "Cargo.lock", work / "Cargo.lock")
    return crates


def base_env(work, jobs):
    env = dict(os.environ)
    env.pop("RUSTC_BOOTSTRAP", None)
    env.update(CARGO_TARGET_DIR=str(work / "target"), CARGO_INCREMENTAL="0", CARGO_BUILD_JOBS=str(jobs))
    return env


def cargo(args, cwd, env, capture=False):
    result = subprocess.run(["cargo", *args], cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    if result.returncode != 0:
        sys.exit(f"cargo {' '.join(args)} failed in {cwd}:\n{result.stderr[-6000:]}")
    return result


def build_once(work, crate, env, log):
    """A full rebuild of `crate` alone: (rustc CPU seconds, rustc wall seconds)."""
    src = work / crate / "src" / "lib.rs"
    now = time.time()
    os.utime(src, (now, now))
    log.write_text("")
    result = cargo(["build", "-p", crate], work, env)
    compiled = [line for line in result.stderr.splitlines() if line.strip().startswith("Compiling")]
    if len(compiled) != 1:
        sys.exit(f"expected only {crate} to be compiled, cargo compiled:\n" + "\n".join(compiled))
    rows = [line.split() for line in log.read_text().splitlines() if line.startswith(crate + " ")]
    if len(rows) != 1:
        sys.exit(f"expected one rustc run of {crate}, got {rows}")
    _, user, sys_, wall = rows[0]
    return float(user) + float(sys_), float(wall)


def expanded_lines(work, crate):
    env = dict(os.environ, RUSTC_BOOTSTRAP="1", CARGO_TARGET_DIR=str(work / "target-expand"),
               CARGO_INCREMENTAL="0")
    env.pop("RUSTC_WORKSPACE_WRAPPER", None)
    out = cargo(["rustc", "-q", "-p", crate, "--profile", "check", "--", "-Zunpretty=expanded"], work, env)
    return len(out.stdout.splitlines())


def compare(work, a, b, pairs, env, log):
    times = {a: [], b: []}
    walls = {a: [], b: []}
    for i in range(pairs):
        for crate in ((a, b) if i % 2 == 0 else (b, a)):
            cpu, wall = build_once(work, crate, env, log)
            times[crate].append(cpu)
            walls[crate].append(wall)
        print(f"  pair {i + 1}: {a} {times[a][-1]:.3f} s, {b} {times[b][-1]:.3f} s, "
              f"ratio {times[a][-1] / times[b][-1]:.2f}", flush=True)
    return times, walls


def report(title, a, b, times, walls, lines, floor=None):
    ratios = [x / y for x, y in zip(times[a], times[b])]
    ma, mb = statistics.median(times[a]), statistics.median(times[b])
    print(f"\n{title}")
    print(f"  {'crate':<12} {'rustc CPU s (median)':>21} {'min':>6} {'max':>6} {'wall s (median)':>16} {'expanded lines':>15}")
    for c in (a, b):
        print(f"  {c:<12} {statistics.median(times[c]):>21.3f} {min(times[c]):>6.3f} {max(times[c]):>6.3f}"
              f" {statistics.median(walls[c]):>16.3f} {lines.get(c, '-'):>15}")
    r = statistics.median(ratios)
    print(f"  ratio {a}/{b}: median of the {len(ratios)} pair ratios {r:.2f} "
          f"(range {min(ratios):.2f} - {max(ratios):.2f}); ratio of the medians {ma / mb:.2f}; "
          f"issue 17's target <= 1.2: {'met' if r <= 1.2 else 'NOT met'}")
    if a in lines and b in lines:
        print(f"  expanded lines {a}/{b}: {lines[a]} / {lines[b]} = {lines[a] / lines[b]:.2f}")
    if floor:
        f = statistics.median(floor)
        print(f"  an empty crate: {f:.3f} s (median of {len(floor)}); above it, {a}/{b}: "
              f"{(ma - f) / (mb - f):.2f}" if mb > f else f"  an empty crate: {f:.3f} s")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pairs", type=int, default=5, help="A/B pairs per comparison (default 5)")
    ap.add_argument("--work", default="/tmp/derive-cost", help="where the crates and their target dirs go")
    ap.add_argument("--only", choices=["derive", "codes"], help="one comparison only")
    ap.add_argument("--features", default="axum,utoipa",
                    help="codes-core features of the derive comparison (default axum,utoipa)")
    ap.add_argument("--jobs", type=int, default=1, help="CARGO_BUILD_JOBS (default 1)")
    ap.add_argument("--no-use", action="store_true",
                    help="leave out the handler functions that turn each error into a response")
    ap.add_argument("--no-expand", action="store_true", help="skip the expanded line counts")
    ap.add_argument("--keep", action="store_true", help="keep the work directory (default: delete it)")
    ap.add_argument("--generate-only", action="store_true", help="write the crates and stop")
    ap.add_argument("--check", action="store_true",
                    help="first check that both sides of (1) answer alike (responses and OpenAPI; needs axum,utoipa)")
    args = ap.parse_args()
    work = pathlib.Path(args.work).resolve()
    features = [f for f in args.features.split(",") if f]
    crates = generate(work, features, use=not args.no_use)
    if args.generate_only:
        print(f"crates written under {work}: {', '.join(crates)}")
        return
    if args.check:
        if "equiv" not in crates:
            sys.exit("--check needs the features axum and utoipa")
        env = base_env(work, args.jobs)
        print("checking that derived and hand answer alike...", flush=True)
        print("  " + cargo(["run", "-q", "-p", "equiv"], work, env).stdout.strip(), flush=True)
    log = work / "rustc-times.log"
    env = base_env(work, args.jobs)
    env.update({LOG_VAR: str(log), "RUSTC_WORKSPACE_WRAPPER": str(pathlib.Path(__file__).resolve())})
    jobs = [("derive", "derived", "hand",
             f"(1) 30 error enums x 8 variants, features [{', '.join(features)}]: derived / hand-written"),
            ("codes", "codes_list", "codes_hand", "(2) a 64-entry list: codes! / hand-written enum")]
    jobs = [j for j in jobs if args.only in (None, j[0])]
    try:
        for _, a, b, title in jobs:
            print(f"building the dependencies of {a} and {b}...", flush=True)
            for c in (a, b):
                cargo(["build", "-p", c], work, env)
            lines = {}
            if not args.no_expand:
                for c in (a, b):
                    lines[c] = expanded_lines(work, c)
            print(f"{title}: {args.pairs} pairs, alternating", flush=True)
            times, walls = compare(work, a, b, args.pairs, env, log)
            cargo(["build", "-p", "empty"], work, env)
            floor = [build_once(work, "empty", env, log)[0] for _ in range(args.pairs)]
            report(title, a, b, times, walls, lines, floor)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
