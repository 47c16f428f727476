#!/usr/bin/env bash
# Runs the CI that `perda init` generates against the sample repository examples/repo:
# creates a repository with `perda init` in a temporary folder, takes the `perda check`
# commands from the GitHub workflow and the GitLab job it wrote (never copied here by hand),
# and runs them as each CI system would, in the repository's root:
#   - in the generated repository itself: every command exits 0 (its draft passes);
#   - in a copy of examples/repo with the flawed draft in drafts/: each CI job fails with
#     exit code 1 (no 2: nothing unreadable), and the SARIF, the annotations and the JUnit
#     report name the missing duty, Pasal 41 huruf b UU 18/2017;
#   - in a copy with the fixed draft in drafts/: every command exits 0.
# Usage: bash scripts/init-smoke.sh   (builds perda with cargo; CARGO_TARGET_DIR is honoured)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

cargo build -q -p perda-cli
bin="${CARGO_TARGET_DIR:-$root/target}/debug"
[ -x "$bin/perda" ] || { echo "init-smoke: no perda binary in $bin" >&2; exit 1; }
export PATH="$bin:$PATH"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "init-smoke: FAIL: $*" >&2; exit 1; }

perda init "$tmp/init" >/dev/null 2>"$tmp/init.err" || { cat "$tmp/init.err" >&2; fail "perda init"; }
workflow="$tmp/init/.github/workflows/perda.yml"
gitlab="$tmp/init/.gitlab-ci.yml"
for f in perda.toml profile.yaml README.md .pre-commit-config.yaml; do
    [ -f "$tmp/init/$f" ] || fail "perda init did not write $f"
done

# The commands: `run: perda ...` steps of the workflow, `- perda ...` items of the job.
mapfile -t github_cmds < <(sed -n 's/^[[:space:]]*run:[[:space:]]*\(perda[[:space:]].*\)$/\1/p' "$workflow")
mapfile -t gitlab_cmds < <(sed -n 's/^[[:space:]]*-[[:space:]]*\(perda[[:space:]].*\)$/\1/p' "$gitlab")
printf '%s\n' "${github_cmds[@]}" | grep -q -- '--format sarif --out perda.sarif' || fail "no SARIF step in $workflow"
printf '%s\n' "${github_cmds[@]}" | grep -q -- '--format github' || fail "no annotation step in $workflow"
printf '%s\n' "${gitlab_cmds[@]}" | grep -q -- '--format junit --out perda-junit.xml' || fail "no JUnit command in $gitlab"
grep -q 'github/codeql-action/upload-sarif' "$workflow" || fail "the workflow does not upload SARIF"
grep -q 'junit: perda-junit.xml' "$gitlab" || fail "the GitLab job does not report JUnit"

# Runs one CI system's commands in a repository (a fresh copy per system, as a fresh
# checkout); prints the highest exit code. Logs go to $repo.log.
run_job() {
    local repo=$1 system=$2; shift 2
    local code=0 worst=0
    : >"$repo.log"
    for cmd in "$@"; do
        echo "\$ $cmd" >>"$repo.log"
        code=0
        (cd "$repo" && bash -c "$cmd") >>"$repo.log" 2>&1 || code=$?
        echo "[exit $code]" >>"$repo.log"
        echo "init-smoke: $system: $cmd -> exit $code" >&2
        [ "$code" -le 1 ] || { cat "$repo.log" >&2; fail "$system: '$cmd' exited $code"; }
        [ "$code" -gt "$worst" ] && worst=$code
    done
    echo "$worst"
}

# A repository: perda.toml and a drafts/ folder holding the given draft folder's files.
make_repo() {
    local dest=$1 config=$2 drafts=$3
    mkdir -p "$dest/drafts"
    cp "$config" "$dest/perda.toml"
    cp "$drafts"/*.md "$dest/drafts/"
}

for system in github gitlab; do
    if [ "$system" = github ]; then cmds=("${github_cmds[@]}"); else cmds=("${gitlab_cmds[@]}"); fi

    # The generated repository passes its own CI.
    cp -r "$tmp/init" "$tmp/gen-$system"
    worst=$(run_job "$tmp/gen-$system" "$system (perda init)" "${cmds[@]}")
    [ "$worst" -eq 0 ] || { cat "$tmp/gen-$system.log" >&2; fail "$system: the generated draft fails its own CI"; }

    # The flawed draft: the job fails and names the duty.
    flawed="$tmp/flawed-$system"
    make_repo "$flawed" examples/repo/perda.toml examples/repo/drafts
    worst=$(run_job "$flawed" "$system (flawed)" "${cmds[@]}")
    [ "$worst" -eq 1 ] || { cat "$flawed.log" >&2; fail "$system: the flawed draft passed"; }
    if [ "$system" = github ]; then
        grep -q 'Pasal 41 huruf b UU 18/2017 belum diatur' "$flawed/perda.sarif" || fail "SARIF does not name Pasal 41 huruf b"
        grep -q 'justification' "$flawed/perda.sarif" || fail "SARIF lacks the waiver's justification"
        grep -q '^::error .*title=COV-001 .*Pasal 41 huruf b' "$flawed.log" || fail "no annotation names Pasal 41 huruf b"
    else
        grep -q 'name="uu-18-2017/41/b' "$flawed/perda-junit.xml" || fail "JUnit has no test case for uu-18-2017/41/b"
        grep -A1 'name="uu-18-2017/41/b' "$flawed/perda-junit.xml" | grep -q '<failure' || fail "JUnit does not fail uu-18-2017/41/b"
    fi

    # The fixed draft: every command passes.
    fixed="$tmp/fixed-$system"
    make_repo "$fixed" examples/repo/perda.toml examples/repo/fixed
    worst=$(run_job "$fixed" "$system (fixed)" "${cmds[@]}")
    [ "$worst" -eq 0 ] || { cat "$fixed.log" >&2; fail "$system: the fixed draft failed"; }
done

echo "init-smoke: ok: ${#github_cmds[@]} GitHub and ${#gitlab_cmds[@]} GitLab commands; flawed draft fails (exit 1, Pasal 41 huruf b named), fixed draft passes"
