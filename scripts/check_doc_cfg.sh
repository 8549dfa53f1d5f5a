#!/usr/bin/env bash
# docs.rs builds codes-core's docs with nightly rustdoc and `--cfg docsrs`, and
# shows "Available on crate feature ..." on every feature-gated item. The impls
# that `codes!` generates into StatusCode, UnofficialStatus and GrpcCode, and those
# `methods!` generates into Method, must carry that note too. This builds the docs the same way (RUSTC_BOOTSTRAP lets the stable
# toolchain accept `#![feature(doc_cfg)]`, as docs.rs's nightly does; for this
# check only) and looks for the notes on both pages.
set -euo pipefail
cd "$(dirname "$0")/.."
target=target/docsrs
RUSTC_BOOTSTRAP=1 RUSTDOCFLAGS="--cfg docsrs" \
  cargo doc -q -p codes-core --all-features --no-deps --target-dir "$target"
status=0
# page:features, for each page the features whose impls it must mark.
for entry in \
  "enum.StatusCode.html:serde http axum actix-web utoipa" \
  "unofficial/enum.UnofficialStatus.html:serde http axum" \
  "enum.Method.html:serde http actix-web utoipa" \
  "enum.GrpcCode.html:serde utoipa tonic"; do
  page=${entry%%:*}
  for feature in ${entry#*:}; do
    count=$(grep -o "Available on <strong>crate feature <code>$feature</code>" \
      "$target/doc/codes_core/$page" | wc -l || true)
    echo "$page: $count impls marked with feature $feature"
    if [ "$count" -eq 0 ]; then
      echo "missing: no impl on $page says it needs feature $feature"
      status=1
    fi
  done
done
exit $status
