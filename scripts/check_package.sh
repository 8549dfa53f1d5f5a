#!/usr/bin/env bash
# Packages the published crates (codes-macros, codes-core, codes-cli) and builds
# each from its packaged sources only: the three .crate files are unpacked into a
# new folder, made a workspace whose crates.io dependencies on each other are
# patched to the unpacked copies, and built there. (Cargo's own verification of
# several packages reuses an unpacked copy of an earlier run of the same version,
# so it can pass or fail on stale sources.)
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
crates=(codes-macros codes-core codes-cli)

cargo package --no-verify --allow-dirty "${crates[@]/#/-p=}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
members=""
patches=""
for crate in "${crates[@]}"; do
  tar -xzf "target/package/$crate-$version.crate" -C "$work"
  members+="\"$crate-$version\", "
  patches+="$crate = { path = \"$crate-$version\" }"$'\n'
done
cat >"$work/Cargo.toml" <<TOML
[workspace]
members = [${members%, }]
resolver = "2"

[patch.crates-io]
${patches}
TOML

# Each crate as a user gets it: default features, then every feature.
CARGO_TARGET_DIR="$work/target" cargo build --manifest-path "$work/Cargo.toml" --workspace --quiet
CARGO_TARGET_DIR="$work/target" cargo build --manifest-path "$work/Cargo.toml" --workspace --all-features --quiet
echo "packaged and built from their packaged sources: ${crates[*]} $version"
