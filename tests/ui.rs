//! Compile-time checks: each case in `tests/ui/` must fail to build with the
//! message in its `.stderr` file (reviewed by hand; pinned to the toolchain in use).

#[test]
fn codes_list_checks() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/codes/*.rs");
}

#[test]
fn extends_checks() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/extends/*.rs");
}

#[test]
fn family_checks() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/family/*.rs");
}

#[test]
fn derive_checks() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/derive/*.rs");
}

#[test]
fn problem_checks() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/problem/*.rs");
}

#[test]
fn method_list_checks() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/methods/*.rs");
}

#[test]
fn route_checks() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/route/*.rs");
}
