#!/usr/bin/env bash
# Command 2 of the README: set everything up, build both flavours (Qt 6, and Qt 5 + KF5) with
# warnings as errors, and run the whole test suite of each. Exits non-zero if anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
# Paths in the compile lines relative to the clone, so that any clone of the project reuses
# what ccache compiled before (CMakeLists.txt picks ccache up when it is installed).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true

jobs=$(nproc)
status=0
passed=0
failed=0
log=$(mktemp)
# The failures are printed again at the very end: CI keeps only the tail of the output.
failures=$(mktemp)
for flavour in qt6 qt5; do
    echo "=== $flavour: configure and build"
    cmake --preset "$flavour" >/dev/null
    cmake --build --preset "$flavour" -j "$jobs"
    echo "=== $flavour: tests"
    if ! ctest --preset "$flavour" -j "$jobs" 2>&1 | tee "$log"; then
        status=1
    fi
    summary=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1)
    if [ -z "$summary" ]; then
        status=1
        failed=$((failed + 1))
    else
        total=$(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$summary")
        bad=$(sed -E 's/.*, ([0-9]+) tests? failed.*/\1/' <<<"$summary")
        passed=$((passed + total - bad))
        failed=$((failed + bad))
    fi
    if grep -q 'The following tests FAILED' "$log"; then
        {
            echo "--- $flavour: failed tests"
            sed -n '/The following tests FAILED/,$p' "$log" | grep -E '^[[:space:]]+[0-9]+ - '
            echo "--- $flavour: what they reported (Qt Test FAIL lines, timeouts)"
            grep -E 'FAIL!|Loc: \[|\*\*\*Timeout|\*\*\*Exception|Subprocess aborted' "$log" | head -n 40
        } >>"$failures"
    fi
done

if [ -x fuzz/run.sh ] && command -v clang++ >/dev/null; then
    # Five targets (extractor and every reader): 20 s each keeps the fuzzing under two minutes.
    echo "=== fuzz: each target for ${QL_FUZZ_SECONDS:-20} s"
    bash fuzz/run.sh "${QL_FUZZ_SECONDS:-20}" || status=1
fi

if [ -d ../shared/eval/dev ]; then
    echo "=== extraction scores on ../shared/eval/dev"
    pred=$(mktemp)
    build/qt6/app/quoteline-cli extract --format jsonl ../shared/eval/dev/*.txt > "$pred"
    python3 ../shared/eval/score.py ../shared/eval/dev "$pred"
    rm -f "$pred"
fi
rm -f "$log"
if [ -s "$failures" ]; then
    echo "=== failures (repeated from above)"
    cat "$failures"
fi
rm -f "$failures"
echo "tests (both flavours): $passed passed, $failed failed"
exit $status
