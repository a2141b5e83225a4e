#!/bin/sh
# Usage: fuzz/run.sh [SECONDS] [TARGET…]
# Configures build/fuzz with clang (libFuzzer + ASan + UBSan), builds the fuzz targets and runs each for
# SECONDS (default 20; CI keeps the sum under two minutes) on its seed corpus in fuzz/corpus/<target>.
# Targets: extractor plaintext html markdown pdf (all by default). Exit status is non-zero when a
# fuzzer finds a crash, leak or hang; the input is left in build/fuzz/artifacts/. Once fixed, such an
# input becomes a row of its reader's test (tests/core/ingest), so it is fed to the reader on every run.
set -eu
DURATION=${1:-20}
[ $# -gt 0 ] && shift
TARGETS=${*:-extractor plaintext html markdown pdf}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD="$ROOT/build/fuzz"
SAN="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"

if [ ! -f "$BUILD/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DQL_BUILD_FUZZ=ON -DQL_BUILD_TESTS=OFF -DQL_BUILD_BENCH=OFF -DCMAKE_CXX_FLAGS="$SAN"
fi
BINARIES=""
for t in $TARGETS; do
    BINARIES="$BINARIES fuzz_$t"
done
# shellcheck disable=SC2086
ninja -C "$BUILD" -j2 $BINARIES

# A PDF fuzzer would otherwise print poppler's complaints about every malformed input.
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-*.debug=false}"
status=0
mkdir -p "$BUILD/artifacts"
for t in $TARGETS; do
    WORK="$BUILD/corpus/$t"
    mkdir -p "$WORK"
    echo "=== fuzz_$t for $DURATION s"
    "$BUILD/fuzz/fuzz_$t" -max_total_time="$DURATION" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -close_fd_mask=2 -artifact_prefix="$BUILD/artifacts/$t-" "$WORK" \
        "$ROOT/fuzz/corpus/$t" || status=1
done
exit $status
