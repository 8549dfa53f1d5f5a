#!/usr/bin/env bash
# Validates the OpenAPI document of the web example with a real validator
# (the Python package openapi-spec-validator, in a virtual environment this
# script creates under target/). tests/web.rs writes the document it fetched
# from the running service to target/tmp/openapi.json; run the tests first.
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
"$venv/bin/openapi-spec-validator" "$document"
