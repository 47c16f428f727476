#!/usr/bin/env bash
# perda side by side with the tools a user would otherwise run; prints a Markdown table of
# figures, ratios and targets, and writes it to $CACHE/table.md.
#
#   scripts/bench-peers.sh            # from the workspace root; needs cargo, python3 (venv),
#                                     # npm, and network access the first time
#
# Not part of .ci/run: it downloads the peers and takes a few minutes.
#
# What it does:
# - builds the release `perda` binary and the `parse_timing` example of perda-law;
# - installs the peers from their registries into $CACHE (default
#   ${CARGO_TARGET_DIR:-target}/bench-peers; nothing system-wide, nothing in the repository):
#   bluebell-akn (PyPI) into a venv, markdownlint-cli2 (npm) with `npm install --prefix`;
# - parse: UU 18/2017 in-process, perda (`parse_timing`: Markdown to `Act`, mean of
#   $PARSE_RUNS runs) against bluebell (`AkomaNtosoParser.parse(text, "act")` with timeit,
#   mean of $BLUEBELL_RUNS runs) on the same act in bluebell's markup, converted from
#   `perda parse --format json` by scripts/bench_peers_akn.py, which checks bluebell reads
#   91 sections;
# - batch: 1,000 drafts (examples/check/*.md and examples/drafts/*.md, each copy varied)
#   in a temp dir; wall time of `perda check DIR --format json --fail-on never`, of
#   markdownlint-cli2 on the same files (default config) and of `grep -c Pasal` over them;
# - cold start: `perda obligations --level kabupaten`, wall time of the whole process;
# - peak memory: max RSS of the batch check (GNU time `-f %M`).
# Wall times use hyperfine when it is installed, else a loop over $EPOCHREALTIME.
#
# Knobs (environment): CACHE, BATCH (1000), BATCH_RUNS (5), LINT_RUNS (3),
# COLD_RUNS (300), PARSE_RUNS (500), BLUEBELL_RUNS (20).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
CACHE=${CACHE:-$TARGET/bench-peers}
BATCH=${BATCH:-1000}
BATCH_RUNS=${BATCH_RUNS:-5}
LINT_RUNS=${LINT_RUNS:-3}
COLD_RUNS=${COLD_RUNS:-300}
PARSE_RUNS=${PARSE_RUNS:-500}
BLUEBELL_RUNS=${BLUEBELL_RUNS:-20}
PERDA=$TARGET/release/perda
PARSE_TIMING=$TARGET/release/examples/parse_timing

say() { printf '== %s\n' "$*" >&2; }

mkdir -p "$CACHE"
cd "$ROOT"

# --- build -----------------------------------------------------------------------------
say "building perda (release) and the parse_timing example"
cargo build --release -q -p perda-cli
cargo build --release -q -p perda-law --example parse_timing

# --- peers -----------------------------------------------------------------------------
VENV=$CACHE/venv
if [[ ! -x $VENV/bin/python ]] || ! "$VENV/bin/python" -c 'import bluebell' 2>/dev/null; then
    say "installing bluebell-akn (PyPI) into $VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q bluebell-akn
fi
MDL=$CACHE/npm/node_modules/.bin/markdownlint-cli2
if [[ ! -x $MDL ]]; then
    say "installing markdownlint-cli2 (npm) into $CACHE/npm"
    npm install -s --no-fund --no-audit --prefix "$CACHE/npm" markdownlint-cli2 >/dev/null
fi
BLUEBELL_VERSION=$("$VENV/bin/pip" show bluebell-akn | sed -n 's/^Version: //p')
MDL_VERSION=$(node -p "require('$CACHE/npm/node_modules/markdownlint-cli2/package.json').version")

# --- timing helpers --------------------------------------------------------------------
# wall RUNS CMD... : prints "mean_ms min_ms max_ms" of the whole command (output discarded).
wall() {
    local runs=$1
    shift
    if command -v hyperfine >/dev/null; then
        local json
        json=$(mktemp)
        hyperfine -N -i -w 1 -r "$runs" --export-json "$json" --style none -- "$(printf '%q ' "$@")" >/dev/null 2>&1
        python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.3f %.3f %.3f" % (r["mean"]*1e3, r["min"]*1e3, r["max"]*1e3))' "$json"
        rm -f "$json"
    else
        "$@" >/dev/null 2>&1 || true # warm-up
        local i t0 t1 all=()
        for ((i = 0; i < runs; i++)); do
            t0=$EPOCHREALTIME
            "$@" >/dev/null 2>&1 || true
            t1=$EPOCHREALTIME
            all+=("$(echo "($t1 - $t0) * 1000" | bc -l)")
        done
        printf '%s\n' "${all[@]}" | awk '{s+=$1; if(NR==1||$1<mn)mn=$1; if($1>mx)mx=$1} END{printf "%.3f %.3f %.3f\n", s/NR, mn, mx}'
    fi
}

# ratio A B: A / B with one decimal (or more for small ratios).
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{r=a/b; if (r<10) printf "%.2f", r; else printf "%.0f", r}'; }
holds() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN{ok = (op==">=") ? (v>=t) : (v<=t); print ok ? "yes" : "**no**"}'; }
fmt_ms() { awk -v v="$1" 'BEGIN{ if (v>=1000) printf "%.2f s", v/1000; else if (v>=10) printf "%.0f ms", v; else printf "%.2f ms", v}'; }

# --- 1. parse UU 18/2017 ---------------------------------------------------------------
say "parse: perda in-process ($PARSE_RUNS runs)"
read -r P_ARTICLES P_MEAN P_MIN P_MAX < <("$PARSE_TIMING" "$PARSE_RUNS" |
    sed -E 's/articles=([0-9]+) mean_us=([0-9.]+) min_us=([0-9.]+) max_us=([0-9.]+)/\1 \2 \3 \4/')
[[ $P_ARTICLES == 91 ]] || { echo "perda read $P_ARTICLES articles, expected 91" >&2; exit 1; }

say "parse: converting UU 18/2017 to bluebell markup; bluebell in-process ($BLUEBELL_RUNS runs)"
"$PERDA" parse law-corpus/uu-18-2017.md --format json >"$CACHE/uu-18-2017.json"
"$VENV/bin/python" scripts/bench_peers_akn.py convert "$CACHE/uu-18-2017.json" "$CACHE/uu-18-2017.akn.txt"
read -r B_SECTIONS B_MEAN B_MIN B_MAX < <("$VENV/bin/python" scripts/bench_peers_akn.py time "$CACHE/uu-18-2017.akn.txt" "$BLUEBELL_RUNS" |
    sed -E 's/sections=([0-9]+) mean_s=([0-9.]+) min_s=([0-9.]+) max_s=([0-9.]+)/\1 \2 \3 \4/')
P_MEAN_MS=$(awk -v v="$P_MEAN" 'BEGIN{print v/1000}')
B_MEAN_MS=$(awk -v v="$B_MEAN" 'BEGIN{print v*1000}')
PARSE_RATIO=$(ratio "$B_MEAN_MS" "$P_MEAN_MS")

# --- 2. batch --------------------------------------------------------------------------
DIR=$(mktemp -d "${TMPDIR:-/tmp}/perda-batch.XXXXXX")
trap 'rm -rf "$DIR"' EXIT
say "batch: writing $BATCH drafts into $DIR"
python3 - "$DIR" "$BATCH" examples/check/*.md examples/drafts/*.md <<'PY'
import os, sys
out, n, paths = sys.argv[1], int(sys.argv[2]), [p for p in sys.argv[3:] if not p.endswith("README.md")]
texts = [(os.path.basename(p), open(p, encoding="utf-8").read()) for p in paths]
for i in range(n):
    name, text = texts[i % len(texts)]
    # Vary each copy a little (its number), as the criterion batch bench does.
    varied = text.replace("NOMOR ... TAHUN ...", f"NOMOR ... TAHUN ... ({i})", 1)
    if varied == text:
        varied = text + f"\n<!-- copy {i} -->\n"
    with open(os.path.join(out, f"{i:04d}-{name}"), "w", encoding="utf-8") as f:
        f.write(varied)
PY
BATCH_BYTES=$(cat "$DIR"/*.md | wc -c)

say "batch: perda check ($BATCH_RUNS runs)"
read -r C_MEAN C_MIN C_MAX < <(wall "$BATCH_RUNS" "$PERDA" check "$DIR" --format json --fail-on never)
say "batch: markdownlint-cli2 ($LINT_RUNS runs)"
read -r L_MEAN L_MIN L_MAX < <(cd "$DIR" && wall "$LINT_RUNS" "$MDL" "*.md")
say "batch: grep -c Pasal ($BATCH_RUNS runs)"
read -r G_MEAN G_MIN G_MAX < <(wall "$BATCH_RUNS" bash -c 'grep -c Pasal "$1"/*.md' _ "$DIR")
LINT_RATIO=$(ratio "$L_MEAN" "$C_MEAN")
GREP_RATIO=$(ratio "$C_MEAN" "$G_MEAN")

# --- 3. cold start and peak memory -----------------------------------------------------
say "cold start: perda obligations --level kabupaten ($COLD_RUNS runs)"
read -r S_MEAN S_MIN S_MAX < <(wall "$COLD_RUNS" "$PERDA" obligations --level kabupaten)

say "peak memory of the batch check (GNU time)"
if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f %M -o "$CACHE/rss.perda" "$PERDA" check "$DIR" --format json --fail-on never >/dev/null
    (cd "$DIR" && /usr/bin/time -f %M -o "$CACHE/rss.mdl" "$MDL" "*.md" >/dev/null 2>&1) || true
    RSS_KB=$(tail -n1 "$CACHE/rss.perda")
    RSS_MDL_KB=$(tail -n1 "$CACHE/rss.mdl")
else
    echo "GNU time (/usr/bin/time) is missing: apt-get install time" >&2
    RSS_KB=0 RSS_MDL_KB=0
fi
RSS_MB=$(awk -v k="$RSS_KB" 'BEGIN{printf "%.1f", k/1024}')
RSS_MDL_MB=$(awk -v k="$RSS_MDL_KB" 'BEGIN{printf "%.1f", k/1024}')

# --- table -----------------------------------------------------------------------------
CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)
{
    echo "perda side by side, $(date -u +%Y-%m-%d), $(nproc) cores ($CPU); bluebell-akn $BLUEBELL_VERSION, markdownlint-cli2 $MDL_VERSION"
    echo
    echo "| measure | perda | peer | ratio | target | holds? |"
    echo "| --- | ---: | ---: | ---: | --- | --- |"
    echo "| parse UU 18/2017 in-process (91 Pasal) | $(fmt_ms "$P_MEAN_MS") | bluebell-akn $(fmt_ms "$B_MEAN_MS") | ${PARSE_RATIO}× faster | ≥ 300× | $(holds "$PARSE_RATIO" 300 '>=') |"
    echo "| check $BATCH drafts ($((BATCH_BYTES / 1000000)) MB), wall | $(fmt_ms "$C_MEAN") | markdownlint-cli2 $(fmt_ms "$L_MEAN") | ${LINT_RATIO}× faster | ≥ 100× | $(holds "$LINT_RATIO" 100 '>=') |"
    echo "| same batch against the floor | $(fmt_ms "$C_MEAN") | \`grep -c Pasal\` $(fmt_ms "$G_MEAN") | ${GREP_RATIO}× slower | ≤ 10× | $(holds "$GREP_RATIO" 10 '<=') |"
    echo "| cold start, \`perda obligations --level kabupaten\` | $(fmt_ms "$S_MEAN") | — | — | ≤ 5 ms | $(holds "$S_MEAN" 5 '<=') |"
    echo "| peak memory (max RSS), batch check | $RSS_MB MB | markdownlint-cli2 $RSS_MDL_MB MB | — | ≤ 50 MB | $(holds "$RSS_MB" 50 '<=') |"
    echo
    echo "Spread (min–max): perda parse $(fmt_ms "$(awk -v v="$P_MIN" 'BEGIN{print v/1000}')")–$(fmt_ms "$(awk -v v="$P_MAX" 'BEGIN{print v/1000}')") over $PARSE_RUNS runs;" \
        "bluebell $(fmt_ms "$(awk -v v="$B_MIN" 'BEGIN{print v*1000}')")–$(fmt_ms "$(awk -v v="$B_MAX" 'BEGIN{print v*1000}')") over $BLUEBELL_RUNS;" \
        "perda check $(fmt_ms "$C_MIN")–$(fmt_ms "$C_MAX") over $BATCH_RUNS;" \
        "markdownlint-cli2 $(fmt_ms "$L_MIN")–$(fmt_ms "$L_MAX") over $LINT_RUNS;" \
        "grep $(fmt_ms "$G_MIN")–$(fmt_ms "$G_MAX") over $BATCH_RUNS;" \
        "cold start $(fmt_ms "$S_MIN")–$(fmt_ms "$S_MAX") over $COLD_RUNS."
} | tee "$CACHE/table.md"
say "table written to $CACHE/table.md"
