#!/bin/sh
# Usage: fuzz/run.sh SECONDS
# Configures build/fuzz with clang (libFuzzer + ASan + UBSan), builds fuzz_extractor and runs it for SECONDS
# on the seed corpus in fuzz/corpus. Exit status is non-zero when the fuzzer finds a crash, leak or hang.
set -eu
DURATION=${1:-30}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD="$ROOT/build/fuzz"
SAN="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"

if [ ! -f "$BUILD/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DQL_BUILD_FUZZ=ON -DQL_BUILD_TESTS=OFF -DQL_BUILD_BENCH=OFF -DCMAKE_CXX_FLAGS="$SAN"
fi
ninja -C "$BUILD" -j2 fuzz_extractor

WORK="$BUILD/corpus"
mkdir -p "$WORK" "$BUILD/artifacts"
"$BUILD/fuzz/fuzz_extractor" -max_total_time="$DURATION" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$BUILD/artifacts/" "$WORK" "$ROOT/fuzz/corpus"
