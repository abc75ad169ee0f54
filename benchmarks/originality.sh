#!/usr/bin/env bash
# Cost of the originality analysis (issue 8): `report --format csv` of a worklog built with it
# against one built without it (the commit before), on the same generated cohort.
#
#   benchmarks/originality.sh --baseline BIN [--worklog BIN] [--interns N] [--seed S] [--runs R] [--no-record]
#
#   --baseline BIN  a worklog binary without the analysis, e.g. built from `git archive <commit>`
#   --worklog BIN   the binary with it (default .build/release/worklog, built as the Makefile does)
#   --interns N     cohort size (default 2300); --seed S (default 1); --runs R (default 3)
#
# Runs alternate (baseline, worklog, baseline, ...) so both see the same machine load; the best
# wall time and the lowest user+system CPU time of each are kept. Target: at most 1.2× the baseline.
# The cohort comes from benchmarks/out/cohort-N-sS (generated as run.sh does when missing).
set -uo pipefail
INTERNS=2300; SEED=1; RUNS=3; BASELINE=""; WORKLOG=""; RECORD=1; ARGS_TEXT="$*"
die() { echo "originality.sh: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --baseline) BASELINE="${2:?}"; shift 2 ;;
    --worklog) WORKLOG="${2:?}"; shift 2 ;;
    --interns) INTERNS="${2:?}"; shift 2 ;;
    --seed) SEED="${2:?}"; shift 2 ;;
    --runs) RUNS="${2:?}"; shift 2 ;;
    --no-record) RECORD=0; shift ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument: $1 (see --help)" ;;
  esac
done
[ -n "$BASELINE" ] && [ -x "$BASELINE" ] || die "--baseline must name a worklog binary"
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$BENCH_DIR/.." && pwd)"
COHORT="$BENCH_DIR/out/cohort-$INTERNS-s$SEED"
if [ -z "$WORKLOG" ]; then
  (cd "$REPO" && swift build -c release -Xswiftc -enable-testing >&2) || die "swift build failed"
  WORKLOG="$REPO/.build/release/worklog"
fi
if [ ! -f "$COHORT/.complete" ]; then
  rm -rf "$COHORT" "$COHORT.tmp"; mkdir -p "$BENCH_DIR/out"
  python3 "$BENCH_DIR/generate_cohort.py" --interns "$INTERNS" --seed "$SEED" --out "$COHORT.tmp" >&2 || die "generation failed"
  mv "$COHORT.tmp" "$COHORT" && touch "$COHORT/.complete"
fi
find "$COHORT" -type f -print0 | xargs -0 cat > /dev/null
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"
declare -A WALL CPU
for ((i = 1; i <= RUNS; i++)); do
  for name in baseline worklog; do
    bin=$BASELINE; [ "$name" = worklog ] && bin=$WORKLOG
    rm -rf "$WORK/out"
    t0=$EPOCHREALTIME
    /usr/bin/time -f '%U %S %M' -o "$WORK/time" "$bin" report "$COHORT" --format csv --out "$WORK/out" > /dev/null 2>&1
    rc=$?; t1=$EPOCHREALTIME
    [ "$rc" -le 1 ] || die "$name exited with status $rc"
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", b - a}')
    cpu=$(awk '{printf "%.2f", $1 + $2}' "$WORK/time")
    echo "run $i $name: wall $wall s, cpu $cpu s" >&2
    if [ -z "${WALL[$name]:-}" ] || awk -v w="$wall" -v b="${WALL[$name]}" 'BEGIN {exit !(w < b)}'; then WALL[$name]=$wall; fi
    if [ -z "${CPU[$name]:-}" ] || awk -v w="$cpu" -v b="${CPU[$name]}" 'BEGIN {exit !(w < b)}'; then CPU[$name]=$cpu; fi
  done
done
PAIRS=$(($(wc -l < "$WORK/out/similarity.csv") - 1))
TABLE=$(awk -v bw="${WALL[baseline]}" -v ww="${WALL[worklog]}" -v bc="${CPU[baseline]}" -v wc="${CPU[worklog]}" 'BEGIN {
  print "| binary | wall s (best) | CPU s (user+sys, best) |"
  print "|---|---:|---:|"
  printf "| without originality | %.3f | %.2f |\n| with originality | %.3f | %.2f |\n", bw, bc, ww, wc
  printf "\nRatio with ÷ without: wall %.3f×, CPU %.3f× (target ≤ 1.2×: %s)\n", ww / bw, wc / bc, (wc / bc <= 1.2 ? "met" : "NOT met")
}')
echo; echo "cohort: $INTERNS interns (seed $SEED); similarity.csv: $PAIRS pairs; best of $RUNS runs"; echo; echo "$TABLE"
if [ "$RECORD" -eq 1 ]; then
  {
    echo
    echo "## $(date -u '+%Y-%m-%d %H:%M UTC'): originality cost, $INTERNS interns, seed $SEED"
    echo
    echo "- command: \`benchmarks/originality.sh${ARGS_TEXT:+ $ARGS_TEXT}\` (\`report --format csv\`)"
    echo "- worklog: commit $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "- machine: nproc $(nproc), $(uname -srm); load average at start: $LOAD (shared machine: CPU time is the steadier figure)"
    echo "- similarity.csv: $PAIRS pairs; best of $RUNS alternating runs"
    echo
    echo "$TABLE"
  } >> "$BENCH_DIR/RESULTS.md"
  echo; echo "recorded in benchmarks/RESULTS.md"
fi
