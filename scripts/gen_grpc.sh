#!/usr/bin/env bash
# Regenerates examples/grpc/users_v1.rs from examples/grpc/users.proto.
#
# The generated code is committed, so that building the example and its test
# needs no `protoc` (nor this script; CI does not run it). Run it after a
# change to the proto. It needs only cargo and crates.io: a throwaway generator
# (outside the repository) compiles the proto with protox, a protobuf compiler
# in Rust, and hands the descriptors to tonic-prost-build 0.14, which writes
# the messages (prost) and the `Users` client and server (tonic); rustfmt then
# formats the result as `cargo fmt` would.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src" "$work/out"
cat >"$work/Cargo.toml" <<'TOML'
[package]
name = "gen-grpc"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
protox = "0.10"
tonic-prost-build = "0.14"

[workspace]
TOML
cat >"$work/src/main.rs" <<'RUST'
//! gen-grpc PROTO INCLUDE_DIR OUT_DIR: the tonic code of PROTO in OUT_DIR.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [proto, include, out] = args.as_slice() else {
        panic!("usage: gen-grpc PROTO INCLUDE_DIR OUT_DIR");
    };
    // protox knows google/protobuf/*.proto itself.
    let descriptors = protox::compile([proto], [include]).unwrap_or_else(|e| panic!("{e:?}"));
    tonic_prost_build::configure()
        .build_client(true)
        .build_server(true)
        .build_transport(true)
        .out_dir(out)
        .compile_fds(descriptors)
        .expect("code generation");
}
RUST

target=${CARGO_TARGET_DIR:-$repo/target}/gen_grpc
cargo run -q --manifest-path "$work/Cargo.toml" --target-dir "$target" -- \
  "$repo/examples/grpc/users.proto" "$repo/examples/grpc" "$work/out"

output=examples/grpc/users_v1.rs
{
  echo "// @generated from examples/grpc/users.proto (package users.v1) by"
  echo "// tonic-prost-build 0.14, through scripts/gen_grpc.sh. Do not edit: change"
  echo "// the proto and run \`bash scripts/gen_grpc.sh\` (cargo and crates.io only,"
  echo "// no protoc: the proto is compiled by protox)."
  echo
  cat "$work/out/users.v1.rs"
} >"$output"
rustfmt --edition 2021 "$output"
echo "wrote $output"
