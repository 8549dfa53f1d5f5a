#!/usr/bin/env python3
"""Ratios of the `status` benchmarks from criterion's estimates.

Run after `cargo bench --bench status`, `cargo bench --bench problem` and
`cargo bench --bench method`. Prints, per operation, codes' time relative to the
hand-written enum and to http (< 1.00 means codes is faster).
Ratios, not times: the machines are shared and noisy.
"""
import json
import pathlib
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
print(f"{'operation':<16} {'codes/hand':>11} {'codes/http':>11}  (median times, same run)")
for group in ["from_code", "reason", "display", "from_str_404", "serde", "problem_response", "derived_status", "grpc_status"]:
    times = {}
    for impl in ["codes", "http", "hand", "codes_unofficial", "contract"]:
        est = root / group / impl / "new" / "estimates.json"
        if est.exists():
            times[impl] = json.loads(est.read_text())["median"]["point_estimate"]
    if "codes" not in times:
        continue
    hand = times["codes"] / times["hand"] if "hand" in times else float("nan")
    http = times["codes"] / times["http"] if "http" in times else float("nan")
    print(f"{group:<16} {hand:>11.2f} {http:>11.2f}")
    if "contract" in times:
        # Issue 18: an answer through a route contract against the same answer
        # from one derived error enum (target: at most 1.05).
        print(f"{'  contract/codes':<16} {times['contract'] / times['codes']:>11.2f}")
    if "codes_unofficial" in times:
        print(f"{'  unofficial':<16} {times['codes_unofficial'] / times['hand']:>11.2f} "
              f"{times['codes_unofficial'] / times['http']:>11.2f}")

# `codes_core::Method` against `http::Method` (benches/method.rs), and
# `str::parse::<StatusCode>` against `http::StatusCode::from_str` on a text mix
# (benches/status.rs, `from_str_mix`; issue 16's target: at most 0.80).
methods = {}
for group in ["method_parse", "method_as_str", "method_parse_patch", "from_str_mix"]:
    times = {}
    for impl in ["codes", "codes_from_bytes", "http", "codes_result", "http_result"]:
        est = root / group / impl / "new" / "estimates.json"
        if est.exists():
            times[impl] = json.loads(est.read_text())["median"]["point_estimate"]
    if "codes" in times and "http" in times:
        methods[group] = times
if methods:
    print()
    print(f"{'parse operation':<22} {'codes/http':>11}  (median times, same run)")
    for group, times in methods.items():
        print(f"{group:<22} {times['codes'] / times['http']:>11.2f}")
        if "codes_from_bytes" in times:
            print(f"{'  from_bytes':<22} {times['codes_from_bytes'] / times['http']:>11.2f}")
        if "codes_result" in times and "http_result" in times:
            print(f"{'  whole Result kept':<22} {times['codes_result'] / times['http_result']:>11.2f}")
