#!/usr/bin/env bash
# Renders `perda report examples/check` in a real browser (headless Chromium, offline) and
# checks what it shows: a screenshot PNG of a sensible size that is not blank, and the DOM
# after the page's script ran (filters shown, `data-ready` set, the matrix with one row per
# obligation and one cell per obligation and document). Needs Chromium (Debian: chromium).
# Builds the debug binary once (already built after `cargo test`).
#
#   scripts/report-screenshot.sh [OUT_DIR]    (writes OUT_DIR/report.html and report.png)
set -euo pipefail
cd "$(dirname "$0")/.."

browser=""
for b in chromium chromium-browser google-chrome; do
    if command -v "$b" >/dev/null 2>&1; then
        browser=$b
        break
    fi
done
if [ -z "$browser" ]; then
    echo "report-screenshot: Chromium is missing (apt-get install chromium)" >&2
    exit 2
fi

out="${1:-}"
if [ -z "$out" ]; then
    out=$(mktemp -d)
    trap 'rm -rf "$out" "${profile:-}"' EXIT
else
    mkdir -p "$out"
    trap 'rm -rf "${profile:-}"' EXIT
fi
out=$(cd "$out" && pwd)

cargo build -q -p perda-cli
perda="${CARGO_TARGET_DIR:-target}/debug/perda"
"$perda" report examples/check --no-config --out "$out/report.html" --force

# Expected shape, from the same inputs: documents and obligation rows.
docs=$(grep -o '<th scope="col" class="doc"' "$out/report.html" | wc -l)
rows=$(grep -o '<tr class="ob"' "$out/report.html" | wc -l)
if [ "$docs" -lt 1 ] || [ "$rows" -lt 1 ]; then
    echo "report-screenshot: the report has no matrix ($docs documents, $rows rows)" >&2
    exit 1
fi

# Offline and without a first-run, sync or update traffic; a throwaway profile.
chrome() {
    profile=$(mktemp -d)
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --disable-dev-shm-usage --hide-scrollbars --user-data-dir="$profile" "$@" \
        2>>"$out/chromium.log"
    rm -rf "$profile"
}

: >"$out/chromium.log"
chrome --window-size=1400,1000 --screenshot="$out/report.png" "file://$out/report.html" >/dev/null
chrome --virtual-time-budget=2000 --dump-dom "file://$out/report.html" >"$out/dom.html"
# The filters at work: a copy whose extra script unticks `covered` and the level `desa`.
sed 's|</body>|<script>(function () { var f = document.getElementById("filters"); f.querySelector("input[value=covered]").checked = false; f.querySelector("input[value=desa]").checked = false; f.dispatchEvent(new Event("change")); })();</script>\n</body>|' \
    "$out/report.html" >"$out/filtered.html"
chrome --virtual-time-budget=2000 --dump-dom "file://$out/filtered.html" >"$out/filtered-dom.html"

fail() {
    echo "report-screenshot: $*" >&2
    tail -20 "$out/chromium.log" >&2 || true
    exit 1
}

# The screenshot: a PNG of the window's size, big enough not to be a blank page.
[ -s "$out/report.png" ] || fail "no screenshot written"
signature=$(head -c 8 "$out/report.png" | od -An -tx1 | tr -d ' \n')
[ "$signature" = "89504e470d0a1a0a" ] || fail "report.png is not a PNG"
# Width and height: big-endian words at bytes 16 and 20 of the IHDR chunk.
width=$(od -An -tu1 -j16 -N4 "$out/report.png" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
height=$(od -An -tu1 -j20 -N4 "$out/report.png" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
[ "$width" -eq 1400 ] && [ "$height" -ge 900 ] || fail "screenshot is ${width}x${height}"
size=$(wc -c <"$out/report.png")
# A blank or near-blank 1400×1000 page compresses to a few kilobytes; text and coloured
# cells take far more.
[ "$size" -gt 40000 ] || fail "screenshot is only $size bytes: blank page?"

# The DOM after the script ran.
grep -q '<body data-ready="1"' "$out/dom.html" || fail "the page's script did not run"
grep -q '<form id="filters" class="filters" aria-label="[^"]*">' "$out/dom.html" ||
    fail "the filters are still hidden"
dom_rows=$(grep -o '<tr class="ob"' "$out/dom.html" | wc -l)
dom_cells=$(grep -o '<td class="c st-[a-z]*"' "$out/dom.html" | wc -l)
[ "$dom_rows" -eq "$rows" ] || fail "$dom_rows matrix rows in the browser, expected $rows"
[ "$dom_cells" -eq $((rows * docs)) ] ||
    fail "$dom_cells matrix cells in the browser, expected $((rows * docs))"
shown=$(sed -n 's/.*<span id="shown">\([0-9]*\)<\/span>.*/\1/p' "$out/dom.html")
[ "$shown" = "$rows" ] || fail "the filters show ${shown:-no} rows, expected $rows"

# Unticking `covered` and `desa` hides the desa columns and the rows with nothing else.
desa=$(grep -o '<th scope="col" class="doc" data-level="desa"' "$out/report.html" | wc -l)
hidden_docs=$(grep -o '<th scope="col" class="doc off" data-level="desa"' "$out/filtered-dom.html" | wc -l)
[ "$hidden_docs" -eq "$desa" ] || fail "filter by level: $hidden_docs of $desa desa columns hidden"
hidden=$(grep -o '<tr class="ob off"' "$out/filtered-dom.html" | wc -l)
shown=$(sed -n 's/.*<span id="shown">\([0-9]*\)<\/span>.*/\1/p' "$out/filtered-dom.html")
[ "$hidden" -gt 0 ] && [ "$hidden" -lt "$rows" ] && [ "$((hidden + shown))" -eq "$rows" ] ||
    fail "filter by status: $hidden rows hidden, ${shown:-?} shown of $rows"

echo "report-screenshot: $docs documents × $rows obligations rendered by $("$browser" --version 2>/dev/null | head -1); ${width}x${height} PNG, $size bytes: $out/report.png"
