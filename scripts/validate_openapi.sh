#!/usr/bin/env bash
# Validates the OpenAPI documents the tests leave in target/tmp/ with a real
# validator (the Python package openapi-spec-validator, in a virtual
# environment this script creates under target/): tests/web.rs writes the
# document it fetched from the running service to target/tmp/openapi.json,
# and aide's to target/tmp/openapi-aide.json; tests/aide.rs the one aide made
# of its routes to target/tmp/openapi-aide-contracts.json.
# Run the tests first.
set -euo pipefail
cd "$(dirname "$0")/.."
document=target/tmp/openapi.json
venv=target/openapi-venv
if [ ! -f "$document" ]; then
  echo "no $document: run cargo test --test web first" >&2
  exit 1
fi
if [ ! -x "$venv/bin/openapi-spec-validator" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "openapi-spec-validator==0.9.0"
fi
for extra in target/tmp/openapi-aide.json target/tmp/openapi-aide-contracts.json; do
  if [ ! -f "$extra" ]; then
    echo "no $extra: run cargo test --all-features --test aide first" >&2
    exit 1
  fi
done
"$venv/bin/openapi-spec-validator" "$document" target/tmp/openapi-aide.json target/tmp/openapi-aide-contracts.json
