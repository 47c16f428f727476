#!/usr/bin/env bash
# Runs cargo-fuzz targets in fuzz/ one after another, each for N seconds (default 60) or
# for a number of executions, and prints the executions per target. Exits 1 if any target
# found a crash, timeout or leak; the input that triggered it is left in
# fuzz/artifacts/<target>/.
#
#   scripts/fuzz.sh 60                        # every target, 60 s each
#   scripts/fuzz.sh 600 grammar citation      # two targets, 10 minutes each
#   scripts/fuzz.sh --runs 10000000 config    # until 10 million executions
#
# FUZZ_SANITIZER picks cargo-fuzz's sanitizer: `address` (its default) or `none`, which runs
# a few times faster; the code fuzzed is safe Rust, where a panic, an endless loop or
# running out of memory is what is looked for.
#
# Needs cargo-fuzz (installed here when missing) and a nightly rustc: `+nightly` when that
# toolchain is installed, else the stable one with RUSTC_BOOTSTRAP=1.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
    echo "usage: $0 [--runs EXECUTIONS | SECONDS per target, default 60] [TARGET...]" >&2
    exit 2
}
runs=""
secs=60
if [ "${1:-}" = "--runs" ]; then
    runs="${2:-}"
    [[ "$runs" =~ ^[1-9][0-9]*$ ]] || usage
    shift 2
elif [[ "${1:-}" =~ ^[0-9]+$ ]]; then
    secs="$1"
    [ "$secs" -gt 0 ] || usage
    shift
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "cargo-fuzz is missing; installing it" >&2
    cargo install cargo-fuzz --locked
fi

if rustup run nightly rustc --version >/dev/null 2>&1; then
    fuzz=(cargo +nightly fuzz)
else
    echo "no nightly toolchain: using stable with RUSTC_BOOTSTRAP=1" >&2
    export RUSTC_BOOTSTRAP=1
    fuzz=(cargo fuzz)
fi

cd fuzz
mkdir -p target/logs
all=$("${fuzz[@]}" list)
if [ "$#" -gt 0 ]; then
    for t in "$@"; do
        grep -qx "$t" <<<"$all" || { echo "no fuzz target named '$t'; targets: $(echo $all)" >&2; exit 2; }
    done
    targets="$*"
else
    targets="$all"
fi
sanitizer="${FUZZ_SANITIZER:-address}"
case "$sanitizer" in address|none) ;; *) echo "FUZZ_SANITIZER must be address or none" >&2; exit 2 ;; esac
"${fuzz[@]}" build --sanitizer "$sanitizer"
if [ -n "$runs" ]; then
    limit=(-runs="$runs")
    what="$runs executions"
else
    limit=(-max_total_time="$secs")
    what="${secs}s"
fi

status=0
summary=()
for t in $targets; do
    # Seed an empty corpus with the statute, cut into small pieces on line boundaries
    # (small seeds keep libFuzzer's max_len, and so each run, short).
    corpus="corpus/$t"
    mkdir -p "$corpus"
    if [ -z "$(ls -A "$corpus")" ]; then
        case "$t" in
            docx) cp seeds/docx/*.docx "$corpus/" ;;
            config) cp seeds/config/*.toml "$corpus/" ;;
            profile) cp ../examples/profiles/*.yaml "$corpus/" ;;
            *)
                for f in ../law-corpus/*.md ../examples/check/*.md; do
                    split -C 2048 -d -a 4 "$f" "$corpus/seed-$(basename "$f" .md)-"
                done
                ;;
        esac
    fi

    log="target/logs/$t.log"
    echo "== $t: fuzzing for $what (log: fuzz/$log)"
    start=$SECONDS
    if "${fuzz[@]}" run --sanitizer "$sanitizer" "$t" -- "${limit[@]}" -timeout=10 -print_final_stats=1 \
        >"$log" 2>&1; then
        result="ok"
    else
        result="FAILED"
        status=1
        grep -aE '^(==[0-9]+== ?ERROR|SUMMARY|thread .* panicked)|Test unit written to' "$log" || true
    fi
    # -a: a log can hold stray bytes (a crashing input echoed, a sparse file); never fatal.
    execs=$(grep -ao 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)
    summary+=("$t: ${execs:-?} executions in $((SECONDS - start))s (sanitizer $sanitizer), $result")
done

echo "== summary"
printf '%s\n' "${summary[@]}"
exit "$status"
