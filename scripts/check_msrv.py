#!/usr/bin/env python3
"""`rust-version` is true: at least every dependency's declared `rust-version`.

    python3 scripts/check_msrv.py

Reads `cargo metadata` (all features), walks the normal dependencies of
codes-core (codes-macros and every optional integration included) and fails if
any declares a `rust-version` above the workspace's. The other half of the
check is clippy's `incompatible_msrv` lint, which `.ci/run` denies with the rest
of clippy's warnings: it flags any standard-library item newer than the
declared version in our own code.
"""
import json
import subprocess
import sys


def version(text):
    return tuple(int(part) for part in text.split("."))


def main():
    meta = json.loads(subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--all-features"],
        check=True, capture_output=True, text=True).stdout)
    packages = {p["id"]: p for p in meta["packages"]}
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    core = next(p for p in meta["packages"] if p["name"] == "codes-core")
    ours = version(core["rust_version"])
    seen, stack = set(), [core["id"]]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        for dep in nodes[node]["deps"]:
            if any(kind["kind"] is None for kind in dep["dep_kinds"]):
                stack.append(dep["pkg"])
    declared = sorted(
        (version(packages[i]["rust_version"]), packages[i]["name"])
        for i in seen if packages[i]["rust_version"] and i != core["id"])
    highest, name = declared[-1]
    print(f"rust-version {'.'.join(map(str, ours))}; highest among {len(seen) - 1} "
          f"dependencies: {name} {'.'.join(map(str, highest))}")
    too_new = [(v, n) for v, n in declared if v > ours]
    if too_new:
        sys.exit("dependencies need a newer Rust than declared: "
                 + ", ".join(f"{n} {'.'.join(map(str, v))}" for v, n in too_new))


if __name__ == "__main__":
    main()
