#!/usr/bin/env bash
# Opens every example draft written as DOCX in LibreOffice (headless) and converts it to PDF:
# a DOCX that LibreOffice cannot open fails here. Prints each PDF's page count and size
# (F4 is 215 x 330 mm, about 610 x 936 pt). Installs LibreOffice Writer and poppler-utils
# from Debian's packages when missing.
#
#   scripts/docx-libreoffice.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
out="${1:-$target/docx-check}"
mkdir -p "$out"

if ! command -v soffice >/dev/null 2>&1 || ! command -v pdfinfo >/dev/null 2>&1; then
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q libreoffice-writer-nogui poppler-utils >/dev/null
fi

cargo build -q --release -p perda-cli
status=0
for profile in examples/profiles/*.yaml; do
    name=$(basename "$profile" .yaml)
    "$target/release/perda" draft --profile "$profile" --format docx --out "$out/$name.docx" --force 2>/dev/null
    if timeout 180 soffice --headless --convert-to pdf --outdir "$out" "$out/$name.docx" >/dev/null 2>&1 \
        && [ -s "$out/$name.pdf" ]; then
        pages=$(pdfinfo "$out/$name.pdf" | awk '/^Pages:/ {print $2}')
        size=$(pdfinfo "$out/$name.pdf" | awk -F': *' '/^Page size:/ {print $2}')
        echo "$name: $pages pages, $size"
    else
        echo "$name: LibreOffice could not open or convert the DOCX" >&2
        status=1
    fi
done
exit "$status"
