#!/bin/sh
# Builds the C baseline and the Swift XlsxWorkbook benchmark in release mode, then times
# both on the same 1,000,000 x 9 cells (constant-memory mode): wall time, peak RSS, file
# size, and the Swift/C ratio (target <= 1.25). Usage: benchmarks/xlsx/run.sh [ROWS] [RUNS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rows=${1:-1000000}
runs=${2:-3}
out=$here/.build
mkdir -p "$out"

cc -O2 -o "$out/xlsx-bench-c" "$here/bench.c" $(pkg-config --cflags --libs xlsxwriter)
swiftc -O -wmo -module-name XlsxBench -I "$root/Sources/CXlsxWriter" \
    "$root/Sources/WorklogXLSX/XlsxWorkbook.swift" "$root/Sources/WorklogXLSX/XlsxError.swift" \
    "$here/swift/main.swift" -o "$out/xlsx-bench-swift" $(pkg-config --libs xlsxwriter)

# measure NAME -> "wall_seconds kilobytes bytes cpu_seconds" (cpu = user + system)
measure() {
    /usr/bin/time -v "$out/xlsx-bench-$1" "$out/$1.xlsx" "$rows" 2> "$out/$1.time" > /dev/null
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out/$1.time" \
        | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$out/$1.time")
    size=$(stat -c %s "$out/$1.xlsx")
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$out/$1.time")
    echo "$wall $rss $size $cpu"
}

echo "rows=$rows columns=9 runs=$runs (C and Swift alternate)"
printf '%-6s %-4s %10s %10s %12s %12s\n' lang run wall_s cpu_s peak_rss_kb file_bytes
: > "$out/c.runs"; : > "$out/swift.runs"
i=1
while [ "$i" -le "$runs" ]; do
    for lang in c swift; do
        set -- $(measure "$lang")
        printf '%-6s %-4s %10s %10s %12s %12s\n' "$lang" "$i" "$1" "$4" "$2" "$3"
        echo "$1 $2 $3 $4" >> "$out/$lang.runs"
    done
    i=$((i + 1))
done

# median FILE FIELD
median() { awk -v f="$2" '{ print $f }' "$1" | sort -n | awk '{ w[NR] = $1 } END { print w[int((NR + 1) / 2)] }'; }
ratio() { awk -v s="$1" -v c="$2" 'BEGIN { printf "%.3f", s / c }'; }
c=$(median "$out/c.runs" 1); s=$(median "$out/swift.runs" 1)
echo "median wall: C ${c}s, Swift ${s}s, ratio Swift/C $(ratio "$s" "$c")"
# The machine is shared: the fastest run is the one least disturbed by other load.
least() { awk -v f="$2" '{ print $f }' "$1" | sort -n | head -1; }
c=$(least "$out/c.runs" 1); s=$(least "$out/swift.runs" 1)
echo "min wall:    C ${c}s, Swift ${s}s, ratio Swift/C $(ratio "$s" "$c")"
c=$(median "$out/c.runs" 4); s=$(median "$out/swift.runs" 4)
echo "median cpu:  C ${c}s, Swift ${s}s, ratio Swift/C $(ratio "$s" "$c")"
if cmp -s "$out/c.xlsx" "$out/swift.xlsx"; then echo "outputs byte-identical"; else echo "outputs DIFFER"; fi
