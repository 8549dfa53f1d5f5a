//! `codes_core::unofficial`: the registry plus well-known non-standard codes.

use codes_core::unofficial::UnofficialStatus;
use codes_core::{Code, StatusCode, UnknownCode};

const CSV: &str = include_str!("data/unofficial-status-codes.csv");

#[test]
fn round_trips_every_code() {
    for status in UnofficialStatus::iter() {
        let n = status.code();
        assert_eq!(UnofficialStatus::from_code(n), Some(status));
        assert_eq!(UnofficialStatus::try_from(n), Ok(status));
        assert_eq!(status.to_string().parse::<UnofficialStatus>(), Ok(status));
        assert_eq!(status.reason().parse::<UnofficialStatus>(), Ok(status));
        assert!(status.spec().is_some(), "{n} names who emits it");
        match StatusCode::from_code(n) {
            Some(registered) => {
                assert_eq!(UnofficialStatus::from(registered), status);
                assert_eq!(StatusCode::try_from(status), Ok(registered));
            }
            None => assert_eq!(StatusCode::try_from(status), Err(UnknownCode::new(n))),
        }
    }
}

#[test]
fn registry_is_unchanged() {
    assert_eq!(StatusCode::COUNT, 64);
    assert_eq!(StatusCode::from_code(499), None);
    assert_eq!(UnofficialStatus::COUNT, StatusCode::COUNT + 25);
}

#[test]
fn covers_the_reference_list() {
    let mut seen = 0;
    for line in CSV.lines().skip(1) {
        let code: u16 = line[..3].parse().unwrap();
        let name = line[4..].split(',').next().unwrap();
        // 499 is claimed by nginx and Esri; the enum follows nginx.
        if name == "Token Required" {
            continue;
        }
        let status = UnofficialStatus::from_code(code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(status.reason(), name, "{code}");
        assert_eq!(status.class(), codes_core::Class::from_code(code).unwrap());
        seen += 1;
    }
    assert_eq!(seen, 25);
}

#[test]
fn log_reading() {
    let codes = [200, 499, 444, 522, 404, 530, 777];
    let named: Vec<String> = codes
        .iter()
        .map(|&c| match UnofficialStatus::from_code(c) {
            Some(s) => s.to_string(),
            None => format!("{c} (unknown)"),
        })
        .collect();
    assert_eq!(named[1], "499 Client Closed Request");
    assert_eq!(named[2], "444 No Response");
    assert_eq!(named[3], "522 Connection Timed Out");
    assert_eq!(named[6], "777 (unknown)");
    assert_eq!(<UnofficialStatus as Code>::TYPE_NAME, "UnofficialStatus");
}
