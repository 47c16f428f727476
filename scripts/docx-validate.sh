#!/usr/bin/env bash
# Validates the DOCX output of `perda draft --format docx` the way Word reads it, stricter
# than LibreOffice (scripts/docx-libreoffice.sh). Renders every example profile and a few
# option combinations made from them (every option off, every option on with criminal
# provisions before and after 2 January 2026, an enacted Perda with number and year), then
# for each file:
#
#  1. every XML part of the package ([Content_Types].xml, the relationships, document,
#     styles, footer and any other) is well-formed XML (xmllint --nonet);
#  2. the package passes the Open XML SDK validator (DocumentFormat.OpenXml, Microsoft's
#     validator of the ECMA-376 schemas and of the package rules: element order, attributes
#     and their values, relationships, content types), compiled to WebAssembly in the npm
#     package @ooxml-tools/validate, against the Office 2007 and the Microsoft 365 formats.
#     The package and its lockfile are in tests/fixtures/ooxml/validator/; it is installed
#     from the npm registry on first use into $CARGO_TARGET_DIR/ooxml-validator.
#
# The same rules are checked offline by the conformance test of the DOCX writer
# (crates/perda-draft/src/docx/tests.rs, part of `cargo test`). Microsoft Word itself does
# not run here. Needs xmllint (Debian: libxml2-utils), unzip, Node.js 20 or later and npm.
# Builds the debug binary once (already built after `cargo test`).
#
#   scripts/docx-validate.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in xmllint unzip node npm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "docx-validate: $tool is missing (Debian: libxml2-utils, unzip, nodejs)" >&2
        exit 2
    fi
done

out="${1:-}"
if [ -z "$out" ]; then
    out=$(mktemp -d)
    trap 'rm -rf "$out"' EXIT
fi
mkdir -p "$out/profiles"

cargo build -q -p perda-cli
target="${CARGO_TARGET_DIR:-target}"
perda="$target/debug/perda"

# The validator, installed once per lockfile.
validator="$target/ooxml-validator"
fixture=tests/fixtures/ooxml/validator
if ! cmp -s "$fixture/package-lock.json" "$validator/package-lock.json" \
    || [ ! -d "$validator/node_modules/@ooxml-tools/validate" ]; then
    rm -rf "$validator"
    mkdir -p "$validator"
    cp "$fixture/package.json" "$fixture/package-lock.json" "$validator/"
    if ! (cd "$validator" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >npm.log 2>&1); then
        cat "$validator/npm.log" >&2
        echo "docx-validate: cannot install the validator (npm ci in $validator)" >&2
        exit 2
    fi
fi
cp "$fixture/validate.mjs" "$validator/"

# The option combinations validated beside the example profiles.
# shellcheck source=scripts/lib/variants.sh
source scripts/lib/variants.sh
variant_profiles

render_all docx docx docx-validate
parts=()
for file in "${files[@]}"; do
    name=$(basename "$file" .docx)
    rm -rf "$out/$name.parts"
    unzip -q "$out/$name.docx" -d "$out/$name.parts"
    while IFS= read -r -d '' part; do
        parts+=("$part")
    done < <(find "$out/$name.parts" -type f \( -name '*.xml' -o -name '*.rels' \) -print0)
done

status=0
if xmllint --noout --nonet "${parts[@]}" 2>"$out/xmllint.log"; then
    echo "docx-validate: ${#parts[@]} XML parts of ${#files[@]} files well-formed"
else
    head -50 "$out/xmllint.log" >&2
    echo "docx-validate: XML parts not well-formed" >&2
    status=1
fi

if node "$validator/validate.mjs" "${files[@]}" >"$out/sdk.log" 2>&1; then
    echo "docx-validate: $(tail -n 1 "$out/sdk.log") against the Open XML SDK validator"
else
    head -50 "$out/sdk.log" >&2
    echo "docx-validate: files invalid against the Open XML SDK validator" >&2
    status=1
fi
exit "$status"
