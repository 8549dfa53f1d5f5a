//! `codes_core::GrpcCode` against the reference list of gRPC status codes
//! (`tests/data/grpc-status-codes.csv`: code, wire name, HTTP status per
//! `google/rpc/code.proto`), and both tables from HTTP for every status.

use codes_core::{Code, GrpcCode, ParseErrorKind, StatusCode, UnknownCode};

const CSV: &str = include_str!("data/grpc-status-codes.csv");

/// `(code, wire name, HTTP status)` per row of the CSV.
fn rows() -> Vec<(u16, &'static str, u16)> {
    let mut lines = CSV.lines();
    assert_eq!(lines.next(), Some("code,name,http,source"));
    lines
        .map(|line| {
            let mut fields = line.splitn(4, ',');
            let code = fields.next().unwrap().parse().expect("numeric code");
            let name = fields.next().unwrap();
            let http = fields.next().unwrap().parse().expect("numeric HTTP status");
            assert!(fields
                .next()
                .is_some_and(|s| s.starts_with("google/rpc/code.proto")));
            (code, name, http)
        })
        .collect()
}

/// tonic's spelling of each code, in order (`tonic::Code`'s variants).
const TONIC_NAMES: [&str; 17] = [
    "Ok",
    "Cancelled",
    "Unknown",
    "InvalidArgument",
    "DeadlineExceeded",
    "NotFound",
    "AlreadyExists",
    "PermissionDenied",
    "ResourceExhausted",
    "FailedPrecondition",
    "Aborted",
    "OutOfRange",
    "Unimplemented",
    "Internal",
    "Unavailable",
    "DataLoss",
    "Unauthenticated",
];

#[test]
fn every_row_of_the_csv_is_a_variant() {
    let rows = rows();
    assert_eq!(rows.len(), 17);
    assert_eq!(GrpcCode::COUNT, 17);
    assert_eq!(GrpcCode::ALL.len(), 17);
    for (i, &(code, name, http)) in rows.iter().enumerate() {
        assert_eq!(usize::from(code), i, "the CSV lists 0..=16 in order");
        let by_name: GrpcCode = name.parse().unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(by_name.code(), code, "{name}");
        assert_eq!(by_name as u16, code, "{name}");
        assert_eq!(GrpcCode::from_code(code), Some(by_name));
        assert_eq!(by_name.reason(), name);
        assert_eq!(by_name.name(), TONIC_NAMES[i]);
        assert_eq!(by_name.http_code(), http, "{name}");
        assert_eq!(
            by_name.http_status().map(StatusCode::code),
            StatusCode::from_code(http).map(StatusCode::code)
        );
        assert!(by_name
            .spec()
            .is_some_and(|s| s.ends_with("google/rpc/code.proto")));
        assert!(!by_name.description().is_empty());
    }
    assert_eq!(GrpcCode::from_code(17), None);
    assert_eq!(GrpcCode::try_from(17), Err(UnknownCode::of::<GrpcCode>(17)));
    assert_eq!(
        GrpcCode::try_from(17).unwrap_err().to_string(),
        "17 is not a code of GrpcCode (a number from 0 to 16)"
    );
}

#[test]
fn http_status_is_none_only_for_cancelled() {
    for code in GrpcCode::iter() {
        match code.http_status() {
            Some(status) => assert_eq!(status.code(), code.http_code()),
            None => {
                assert_eq!(code, GrpcCode::Cancelled);
                assert_eq!(code.http_code(), 499);
            }
        }
    }
}

/// grpc's `http-grpc-status-mapping.md`, written out as a list.
fn client_table(code: u16) -> GrpcCode {
    let listed = [
        (400, GrpcCode::Internal),
        (401, GrpcCode::Unauthenticated),
        (403, GrpcCode::PermissionDenied),
        (404, GrpcCode::Unimplemented),
        (429, GrpcCode::Unavailable),
        (431, GrpcCode::Internal),
        (502, GrpcCode::Unavailable),
        (503, GrpcCode::Unavailable),
        (504, GrpcCode::Unavailable),
    ];
    listed
        .iter()
        .find(|(http, _)| *http == code)
        .map_or(GrpcCode::Unknown, |(_, grpc)| *grpc)
}

/// Google's HTTP -> RPC table, then the rules by class.
fn server_table(code: u16) -> GrpcCode {
    let listed = [
        (400, GrpcCode::InvalidArgument),
        (401, GrpcCode::Unauthenticated),
        (403, GrpcCode::PermissionDenied),
        (404, GrpcCode::NotFound),
        (409, GrpcCode::Aborted),
        (416, GrpcCode::OutOfRange),
        // Ours: content that breaks the rules is an invalid argument.
        (422, GrpcCode::InvalidArgument),
        (429, GrpcCode::ResourceExhausted),
        (499, GrpcCode::Cancelled),
        (501, GrpcCode::Unimplemented),
        (503, GrpcCode::Unavailable),
        (504, GrpcCode::DeadlineExceeded),
    ];
    if let Some((_, grpc)) = listed.iter().find(|(http, _)| *http == code) {
        return *grpc;
    }
    match code / 100 {
        2 => GrpcCode::Ok,
        4 => GrpcCode::FailedPrecondition,
        5 => GrpcCode::Internal,
        _ => GrpcCode::Unknown,
    }
}

#[test]
fn from_http_response_is_the_client_table_for_every_status() {
    for code in 100..=599 {
        assert_eq!(
            GrpcCode::from_http_response(code),
            client_table(code),
            "{code}"
        );
    }
    for code in [0, 99, 600, 999, u16::MAX] {
        assert_eq!(GrpcCode::from_http_response(code), GrpcCode::Unknown);
    }
}

#[test]
fn for_http_status_is_the_server_default_for_every_status() {
    for code in 100..=599 {
        assert_eq!(
            GrpcCode::for_http_status(code),
            server_table(code),
            "{code}"
        );
    }
    // What the table leaves open: 1xx and numbers that are no HTTP status.
    for code in [0, 100, 103, 199, 600, 999, u16::MAX] {
        assert_eq!(GrpcCode::for_http_status(code), GrpcCode::Unknown);
    }
}

#[test]
fn for_http_status_inverts_the_mapping_where_it_is_one_to_one() {
    // code.proto's mapping is one-to-one for these statuses; the server default
    // agrees with it there. 400, 409 and 500 have more than one code each.
    for grpc in GrpcCode::iter() {
        let http = grpc.http_code();
        let shared = GrpcCode::iter().filter(|g| g.http_code() == http).count();
        if shared == 1 {
            assert_eq!(GrpcCode::for_http_status(http), grpc, "{http}");
        } else {
            assert!([400, 409, 500].contains(&http), "{http}");
            assert_eq!(GrpcCode::for_http_status(http).http_code(), http, "{http}");
        }
    }
}

#[test]
fn the_reverse_tables_are_const() {
    const CLIENT: GrpcCode = GrpcCode::from_http_response(404);
    const SERVER: GrpcCode = GrpcCode::for_http_status(404);
    const HTTP: u16 = GrpcCode::Cancelled.http_code();
    const STATUS: Option<StatusCode> = GrpcCode::NotFound.http_status();
    assert_eq!(CLIENT, GrpcCode::Unimplemented);
    assert_eq!(SERVER, GrpcCode::NotFound);
    assert_eq!(HTTP, 499);
    assert_eq!(STATUS, Some(StatusCode::NotFound));
}

#[test]
fn parses_wire_names_numbers_and_variant_names() {
    for code in GrpcCode::iter() {
        assert_eq!(code.reason().parse(), Ok(code));
        assert_eq!(code.reason().to_ascii_lowercase().parse(), Ok(code));
        assert_eq!(code.name().parse(), Ok(code));
        assert_eq!(code.code().to_string().parse(), Ok(code));
        assert_eq!(code.to_string().parse(), Ok(code));
    }
    assert_eq!("NOT_FOUND".parse(), Ok(GrpcCode::NotFound));
    assert_eq!("DEADLINE_EXCEEDED".parse(), Ok(GrpcCode::DeadlineExceeded));
    assert_eq!("0".parse(), Ok(GrpcCode::Ok));
    assert_eq!("16".parse(), Ok(GrpcCode::Unauthenticated));
    for bad in ["", "17", "NOT FOUND", "NOTFOUND_", " OK", "OK ", "-1"] {
        assert!(bad.parse::<GrpcCode>().is_err(), "{bad:?}");
    }
    assert_eq!(
        " OK".parse::<GrpcCode>().unwrap_err().kind(),
        ParseErrorKind::Whitespace
    );
}

#[test]
fn display_writes_the_number_and_the_wire_name() {
    assert_eq!(GrpcCode::NotFound.to_string(), "5 NOT_FOUND");
    assert_eq!(format!("{:#}", GrpcCode::NotFound), "5");
    assert_eq!(GrpcCode::Ok.to_string(), "0 OK");
    assert_eq!(format!("{:#}", GrpcCode::Unauthenticated), "16");
    assert_eq!(format!("{:?}", GrpcCode::DataLoss), "DataLoss");
    for code in GrpcCode::iter() {
        assert_eq!(
            code.to_string(),
            format!("{} {}", code.code(), code.reason())
        );
        assert_eq!(code.label(), code.to_string());
        assert_eq!(code.code_str(), code.code().to_string());
    }
}

#[test]
fn serde_round_trips_as_the_number() {
    for code in GrpcCode::iter() {
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(json, code.code().to_string());
        assert_eq!(serde_json::from_str::<GrpcCode>(&json).unwrap(), code);
    }
    assert!(serde_json::from_str::<GrpcCode>("17").is_err());
    assert!(serde_json::from_str::<GrpcCode>("-1").is_err());
}

#[test]
fn is_a_code_family_of_its_own() {
    // Not an HTTP family: no classes, and the number is not an HTTP status.
    assert_eq!(Code::http_class(GrpcCode::NotFound), None);
    assert_eq!(
        <GrpcCode as Code>::CODES,
        (0..=16).collect::<Vec<u16>>().as_slice()
    );
    assert_eq!(std::mem::size_of::<Option<GrpcCode>>(), 2);
}

/// The derive's list of gRPC codes (`#[problem(grpc = ...)]` is checked
/// against it), the same file.
#[path = "../codes-macros/src/derive/grpc.rs"]
mod derive_list;

#[test]
fn the_derive_knows_every_grpc_code_and_no_other() {
    let listed: Vec<(String, u16)> = derive_list::GRPC_CODES
        .iter()
        .map(|&(name, code)| (name.to_string(), code))
        .collect();
    let actual: Vec<(String, u16)> = GrpcCode::iter()
        .map(|code| (format!("{code:?}"), code.code()))
        .collect();
    assert_eq!(listed, actual);
}
