#!/usr/bin/env python3
"""Build cost of `codes!`, reproducibly, with cargo only.

    python3 scripts/build_cost.py [--runs N] [--work DIR]

(a) `cargo check` of a crate holding one list, through `codes!` and written out
    by hand (an enum with `match`-based `from_code`, `reason`, `Display` and
    `FromStr`): the registry (64 codes), and synthetic families of 1,000 and
    10,000 codes (`#[codes(range = 1000..=65535)]`, codes 6 apart). Dependencies
    are built first; each timing is the crate alone (its source touched), best
    of N runs. Linear growth means the 10,000-code family checks in at most ~10x
    the time of the 1,000-code one (target: <= 12x).
(b) A clean `cargo build` (dev profile, fresh target directory, crates already
    downloaded) of a crate using codes-core's `StatusCode` (default features),
    against one using `strum` with its derives on a 64-variant enum. The two are
    built alternately (at least 4 times each) so that both see the same load.

Prints ratios; absolute seconds are printed too, but the machines are shared and
noisy, so compare ratios from the same run.
"""
import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
REGISTRY = (ROOT / "codes-core" / "src" / "registry" / "statuses.rs").read_text()
ENTRIES = re.findall(r'^\s+(\d{3}) (\w+) = "([^"]+)"', REGISTRY, re.M)
assert len(ENTRIES) == 64, len(ENTRIES)


def synthetic(n):
    # Wide family: codes 1000, 1006, ... (gaps keep the lookup realistic; 10,000
    # codes 6 apart still fit below 65535).
    return [(str(1000 + 6 * i), f"Code{i}", f"Reason number {i}") for i in range(n)]


def macro_source(entries, family):
    attr = "#[codes(range = 1000..=65535)]\n" if family else ""
    body = "\n".join(f'    /// Code {c}.\n    {c} {n} = "{r}",' for c, n, r in entries)
    return f"codes_core::codes! {{\n/// The list.\n{attr}pub enum List {{\n{body}\n}}\n}}\n"


def hand_source(entries):
    v = "\n".join(f"    /// Code {c}.\n    {n} = {c}," for c, n, _ in entries)
    fc = "\n".join(f"            {c} => List::{n}," for c, n, _ in entries)
    rs = "\n".join(f'            List::{n} => "{r}",' for c, n, r in entries)
    cs = "\n".join(f'            List::{n} => "{c}",' for c, n, _ in entries)
    return f"""/// The list.
#[repr(u16)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum List {{
{v}
}}
impl List {{
    pub const fn from_code(code: u16) -> Option<List> {{
        Some(match code {{
{fc}
            _ => return None,
        }})
    }}
    pub const fn reason(self) -> &'static str {{
        match self {{
{rs}
        }}
    }}
    pub const fn code_str(self) -> &'static str {{
        match self {{
{cs}
        }}
    }}
}}
impl core::fmt::Display for List {{
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {{
        f.write_str(self.code_str())?;
        f.write_str(" ")?;
        f.write_str(self.reason())
    }}
}}
impl core::str::FromStr for List {{
    type Err = ();
    fn from_str(s: &str) -> Result<List, ()> {{
        s.parse::<u16>().ok().and_then(List::from_code).ok_or(())
    }}
}}
"""


def strum_source(entries):
    v = "\n".join(f'    #[strum(serialize = "{r}")]\n    {n} = {c},' for c, n, r in entries)
    return f"""use strum::{{Display, EnumIter, EnumString, FromRepr, IntoStaticStr}};
/// The list.
#[repr(u16)]
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, Display, EnumIter, EnumString, FromRepr, IntoStaticStr)]
pub enum List {{
{v}
}}
"""


def write_crate(work, name, source, deps):
    d = work / name
    (d / "src").mkdir(parents=True, exist_ok=True)
    (d / "Cargo.toml").write_text(
        f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
        f"[dependencies]\n{deps}\n\n[workspace]\n"
    )
    (d / "src" / "lib.rs").write_text("#![allow(dead_code)]\n" + source)
    return d


def run(cmd, cwd, env=None):
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed in {cwd}:\n{result.stderr[-3000:]}")
    return elapsed


def check_time(crate, runs, target):
    env = dict(os.environ, CARGO_TARGET_DIR=str(target), CARGO_INCREMENTAL="0")
    run(["cargo", "check", "-q"], crate, env)  # dependencies
    best = float("inf")
    for _ in range(runs):
        (crate / "src" / "lib.rs").touch()
        best = min(best, run(["cargo", "check", "-q"], crate, env))
    return best


def clean_build_times(crates, runs, work):
    """Clean builds of several crates, interleaved so that each sees the same
    machine load; returns every time per crate."""
    times = {c.name: [] for c in crates}
    for crate in crates:
        run(["cargo", "fetch", "-q"], crate)
    for i in range(runs):
        for crate in crates:
            target = work / f"target-clean-{crate.name}-{i}"
            shutil.rmtree(target, ignore_errors=True)
            env = dict(os.environ, CARGO_TARGET_DIR=str(target), CARGO_INCREMENTAL="0")
            times[crate.name].append(run(["cargo", "build", "-q", "--offline"], crate, env))
            shutil.rmtree(target, ignore_errors=True)
    return times


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--work", default=str(ROOT / "target" / "build-cost"))
    ap.add_argument("--skip-clean", action="store_true", help="only part (a)")
    args = ap.parse_args()
    work = pathlib.Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    core = f'codes-core = {{ path = "{ROOT / "codes-core"}" }}'
    target = work / "target-check"

    print(f"(a) cargo check of one list, best of {args.runs} (seconds)")
    print(f"{'list':<22} {'codes!':>8} {'by hand':>8} {'share':>8}")
    times = {}
    for label, entries, family in [
        ("registry (64)", ENTRIES, False),
        ("family (1000)", synthetic(1000), True),
        ("family (10000)", synthetic(10000), True),
    ]:
        slug = re.sub(r"\W", "", label.split()[-1])
        macro = write_crate(work, f"macro_{slug}", macro_source(entries, family), core)
        hand = write_crate(work, f"hand_{slug}", hand_source(entries), "")
        tm = check_time(macro, args.runs, target)
        th = check_time(hand, args.runs, target)
        times[label] = (tm, th)
        print(f"{label:<22} {tm:>8.2f} {th:>8.2f} {tm - th:>8.2f}")
    (m1, h1), (m10, h10) = times["family (1000)"], times["family (10000)"]
    print(f"10,000 vs 1,000 codes: codes! {m10 / m1:.1f}x (target <= 12x), by hand {h10 / h1:.1f}x")
    if args.skip_clean:
        return

    print("\n(b) clean dev build, interleaved runs (seconds)")
    uses_core = write_crate(work, "clean_codes", "pub use codes_core::StatusCode;\n", core)
    uses_strum = write_crate(work, "clean_strum", strum_source(ENTRIES),
                             'strum = { version = "0.28", features = ["derive"] }')
    times = clean_build_times([uses_core, uses_strum], max(args.runs, 4), work)
    tc, ts = sorted(times["clean_codes"]), sorted(times["clean_strum"])
    median = lambda xs: xs[len(xs) // 2]
    print(f"codes-core (default features): {' '.join(f'{t:.2f}' for t in tc)}")
    print(f"strum + derive, 64 variants:   {' '.join(f'{t:.2f}' for t in ts)}")
    print(f"ratio codes-core / strum: best {tc[0] / ts[0]:.2f}, median {median(tc) / median(ts):.2f}")


if __name__ == "__main__":
    main()
