#!/usr/bin/env bash
# Builds the libFuzzer target for the page parser (fuzz/FuzzPageParser.swift)
# with -sanitize=fuzzer,address and runs it for FUZZ_SECONDS (default 120),
# seeded with every fixture under Tests/*/Fixtures. Exits non-zero on a crash,
# leak, timeout or out-of-memory; the crashing input is left in
# .build/fuzz/artifacts/ (copy it to
# Tests/WorklogParserTests/Fixtures/fuzz-regressions/ and fix the parser).
#
#   scripts/fuzz.sh                 build and run 120 s
#   FUZZ_SECONDS=600 scripts/fuzz.sh
#   FUZZ_BUILD_ONLY=1 scripts/fuzz.sh
set -euo pipefail  # pipefail: a failed swiftc fails the script through quiet_ld
cd "$(dirname "$0")/.."

SWIFTC=${SWIFTC:-swiftc}
SECONDS_TO_RUN=${FUZZ_SECONDS:-120}
OUT=.build/fuzz
BIN=$OUT/fuzz-page-parser
mkdir -p "$OUT/model" "$OUT/artifacts"

# 1. WorklogModel as a module of its own (the parser sources import it).
# 2. Parser sources + entry point as one module, linked with libFuzzer + ASan.
# gold warns once per ASan helper symbol; those lines say nothing.
quiet_ld() { grep -v "Cannot export local symbol" || true; }
sources_newer() { [ ! -e "$BIN" ] || [ -n "$(find Sources/WorklogModel Sources/WorklogParser fuzz -name '*.swift' -newer "$BIN" | head -1)" ]; }
if sources_newer; then
    echo "fuzz: building $BIN"
    SAN=(-sanitize=fuzzer,address -O -g -swift-version 6)
    "$SWIFTC" "${SAN[@]}" -parse-as-library -emit-library -static \
        -module-name WorklogModel -emit-module -emit-module-path "$OUT/model/WorklogModel.swiftmodule" \
        -o "$OUT/model/libWorklogModel.a" Sources/WorklogModel/*.swift 2>&1 | quiet_ld
    "$SWIFTC" "${SAN[@]}" -parse-as-library -module-name FuzzPageParser \
        -I "$OUT/model" -L "$OUT/model" -lWorklogModel \
        -o "$BIN" $(find Sources/WorklogParser -name '*.swift' | sort) fuzz/FuzzPageParser.swift 2>&1 | quiet_ld
fi
[ -n "${FUZZ_BUILD_ONLY:-}" ] && exit 0

# Seed corpus: the fixtures, copied so libFuzzer never writes into the tests.
# New interesting inputs go to a working corpus kept between runs.
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
find Tests -path '*/Fixtures/*' -type f -name '*.md' -print0 |
    while IFS= read -r -d '' f; do cp "$f" "$seeds/$(echo "$f" | tr '/' '_')"; done
mkdir -p "$OUT/corpus"

# One process (in-process fuzzing uses one core, like -jobs=1, and exits
# non-zero on the first crash).
echo "fuzz: running ${SECONDS_TO_RUN}s on $(ls "$seeds" | wc -l) seeds + $(ls "$OUT/corpus" | wc -l) kept inputs"
# Progress lines go to a log; the final stats (or, on a crash, the report) are printed.
log="$OUT/fuzz.log"
status=0
"$BIN" -max_total_time="$SECONDS_TO_RUN" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -dict=fuzz/worklog.dict -print_final_stats=1 -artifact_prefix="$OUT/artifacts/" \
    ${FUZZ_ARGS:-} "$OUT/corpus" "$seeds" > "$log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
    tail -n 60 "$log"
    echo "fuzz: FAILED (exit $status); the input is in $OUT/artifacts/, the log in $log" >&2
    exit "$status"
fi
grep -E '^(Done|stat::)' "$log" || tail -n 5 "$log"
