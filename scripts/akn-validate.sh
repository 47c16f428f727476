#!/usr/bin/env bash
# Validates the Akoma Ntoso output of `perda draft --format akn` against the OASIS Akoma
# Ntoso 3.0 schema kept in tests/fixtures/akn/ (offline: xmllint --nonet, the schema's
# import of xml.xsd resolves beside it). Renders every example profile, and a few option
# combinations made from them (every option off, every option on with criminal provisions
# before and after 2 January 2026, an enacted Perda with number and year), then validates
# each file. Needs xmllint (Debian: libxml2-utils). Builds the debug binary once (already
# built after `cargo test`).
#
#   scripts/akn-validate.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
schema=tests/fixtures/akn/akomantoso30.xsd

if ! command -v xmllint >/dev/null 2>&1; then
    echo "akn-validate: xmllint is missing (apt-get install libxml2-utils)" >&2
    exit 2
fi

out="${1:-}"
if [ -z "$out" ]; then
    out=$(mktemp -d)
    trap 'rm -rf "$out"' EXIT
fi
mkdir -p "$out/profiles"

cargo build -q -p perda-cli
perda="${CARGO_TARGET_DIR:-target}/debug/perda"

# The option combinations validated beside the example profiles.
# shellcheck source=scripts/lib/variants.sh
source scripts/lib/variants.sh
variant_profiles

render_all akn xml akn-validate

if xmllint --noout --nonet --schema "$schema" "${files[@]}" 2>"$out/xmllint.log"; then
    echo "akn-validate: ${#files[@]} files valid against $schema"
else
    grep -v ' validates$' "$out/xmllint.log" | head -50 >&2
    failed=$(grep -c ' fails to validate$' "$out/xmllint.log" || true)
    echo "akn-validate: $failed of ${#files[@]} files invalid against $schema" >&2
    exit 1
fi
