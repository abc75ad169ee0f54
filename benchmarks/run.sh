#!/usr/bin/env bash
# Times worklog on a synthetic cohort against the floor of reading the same files with `cat`.
#
#   benchmarks/run.sh [--interns N] [--seed S] [--runs R] [--worklog PATH] [--cat-only] [--no-record]
#
#   --interns N     interns in the cohort (default 2300, about 55,000 pages, 180 MB)
#   --seed S        generator seed (default 1)
#   --runs R        runs per command; the best wall time is kept (default 3)
#   --worklog PATH  time this binary instead of building .build/release/worklog
#   --cat-only      time only the cat floor (no build); nothing is recorded
#   --no-record     print the table but do not append it to benchmarks/RESULTS.md
#
# The cohort is generated once into benchmarks/out/cohort-N-sS (gitignored) and reused.
# A section is appended to benchmarks/RESULTS.md only when every command succeeded.
set -uo pipefail

INTERNS=2300
SEED=1
RUNS=3
WORKLOG=""
CAT_ONLY=0
RECORD=1
ARGS_TEXT="$*"

die() { echo "run.sh: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --interns) INTERNS="${2:?--interns needs a number}"; shift 2 ;;
    --seed) SEED="${2:?--seed needs a number}"; shift 2 ;;
    --runs) RUNS="${2:?--runs needs a number}"; shift 2 ;;
    --worklog) WORKLOG="${2:?--worklog needs a path}"; shift 2 ;;
    --cat-only) CAT_ONLY=1; RECORD=0; shift ;;
    --no-record) RECORD=0; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument: $1 (see --help)" ;;
  esac
done
[[ "$INTERNS" =~ ^[1-9][0-9]*$ ]] || die "--interns must be a positive integer"
[[ "$SEED" =~ ^[0-9]+$ ]] || die "--seed must be a non-negative integer"
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive integer"

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$BENCH_DIR/.." && pwd)"
COHORT="$BENCH_DIR/out/cohort-$INTERNS-s$SEED"
RESULTS="$BENCH_DIR/RESULTS.md"
NPROC="$(nproc)"
LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"   # a busy machine skews every figure: recorded with them

# --- GNU time, for peak RSS ------------------------------------------------
if ! /usr/bin/time -f '%M' true >/dev/null 2>&1; then
  echo "GNU time not found: installing it (apt-get install -y time)" >&2
  bash "$REPO/scripts/install-packages.sh" time || die "could not install GNU time"
fi

# --- cohort ---------------------------------------------------------------
if [ ! -f "$COHORT/.complete" ]; then
  echo "generating $INTERNS interns (seed $SEED) into ${COHORT#"$REPO"/}" >&2
  rm -rf "$COHORT" "$COHORT.tmp"
  mkdir -p "$BENCH_DIR/out"
  python3 "$BENCH_DIR/generate_cohort.py" --interns "$INTERNS" --seed "$SEED" --out "$COHORT.tmp" >&2 \
    || die "cohort generation failed"
  mv "$COHORT.tmp" "$COHORT" && touch "$COHORT/.complete"
fi
read -r PAGES MD_BYTES < <(find "$COHORT" -name '*.md' -printf '%s\n' | awk '{n++; s+=$1} END {print n+0, s+0}')
[ "$PAGES" -gt 0 ] || die "no pages in $COHORT"

# --- build ----------------------------------------------------------------
BUILT_HOW="binary $WORKLOG, given with --worklog"
if [ "$CAT_ONLY" -eq 0 ] && [ -z "$WORKLOG" ]; then
  BUILT_HOW="\`swift build -c release -Xswiftc -enable-testing\`"
  echo "building worklog (swift build -c release -Xswiftc -enable-testing)" >&2
  (cd "$REPO" && swift build -c release -Xswiftc -enable-testing >&2) || die "swift build failed"
  WORKLOG="$REPO/.build/release/worklog"
fi
if [ "$CAT_ONLY" -eq 0 ]; then
  [ -x "$WORKLOG" ] || die "no worklog binary at $WORKLOG"
fi

# --- warm the page cache ----------------------------------------------------
find "$COHORT" -type f -print0 | xargs -0 cat > /dev/null
find "$COHORT" -type f -print0 | xargs -0 cat > /dev/null

# --- timing -----------------------------------------------------------------
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
ROWS="$WORK/rows.tsv"      # name, wall seconds, peak RSS KiB, status
: > "$ROWS"
FAILED=0

# measure NAME CMD...: best wall time of $RUNS runs and the highest peak RSS among them.
# A report command's --out folder is written as @OUT@ and replaced by a fresh folder per run.
measure() {
  local name="$1"; shift
  local best="" rss_max=0 i rc t0 t1 wall rss out args a
  echo "timing: $name" >&2
  for ((i = 1; i <= RUNS; i++)); do
    out="$WORK/report-out"; rm -rf "$out"; mkdir -p "$out"
    args=(); for a in "$@"; do args+=("${a//@OUT@/$out}"); done
    t0=$EPOCHREALTIME
    /usr/bin/time -f '%e %M' -o "$WORK/time.txt" -- "${args[@]}" > "$WORK/stdout.txt" 2> "$WORK/stderr.txt"
    rc=$?
    t1=$EPOCHREALTIME
    if [ "$rc" -ne 0 ]; then
      echo "FAILED: $name exited with status $rc (run $i)" >&2
      echo "  command: ${args[*]}" >&2
      echo "  last lines of its stderr:" >&2
      tail -n 5 "$WORK/stderr.txt" | sed 's/^/    /' >&2
      printf '%s\t\t\tFAILED (exit %s)\n' "$name" "$rc" >> "$ROWS"
      FAILED=$((FAILED + 1))
      return 1
    fi
    # %e has 1/100 s resolution; the shell's clock gives microseconds.
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.4f", b - a}')
    rss=$(tail -n 1 "$WORK/time.txt" | awk '{print $2}')
    if [ -z "$best" ] || awk -v w="$wall" -v b="$best" 'BEGIN {exit !(w < b)}'; then best=$wall; fi
    [ "${rss:-0}" -gt "$rss_max" ] && rss_max=$rss
  done
  printf '%s\t%s\t%s\tok\n' "$name" "$best" "$rss_max" >> "$ROWS"
}

measure "cat (floor)" sh -c 'find "$1" -name "*.md" -print0 | xargs -0 cat > /dev/null' sh "$COHORT"

STATS_2="stats"
if [ "$CAT_ONLY" -eq 0 ]; then
  measure "stats" "$WORKLOG" stats "$COHORT"
  measure "stats --jobs 1" "$WORKLOG" stats "$COHORT" --jobs 1
  if [ "$NPROC" -ne 2 ]; then
    # the default is one worker per core; time two workers explicitly for the speed-up
    measure "stats --jobs 2" "$WORKLOG" stats "$COHORT" --jobs 2
    STATS_2="stats --jobs 2"
  fi
  measure "report --format csv" "$WORKLOG" report "$COHORT" --format csv --out @OUT@
  measure "report --format xlsx" "$WORKLOG" report "$COHORT" --format xlsx --out @OUT@
fi

# --- table ------------------------------------------------------------------
TABLE="$WORK/table.md"
awk -F'\t' -v pages="$PAGES" -v bytes="$MD_BYTES" -v two="$STATS_2" '
  { name[NR] = $1; wall[NR] = $2; rss[NR] = $3; status[NR] = $4; if ($1 == "cat (floor)" && $4 == "ok") cat = $2 }
  { if ($4 == "ok") w[$1] = $2 }
  END {
    print "| command | wall s (best) | pages/s | MB/s | peak RSS MiB | × cat |"
    print "|---|---:|---:|---:|---:|---:|"
    for (i = 1; i <= NR; i++) {
      if (status[i] != "ok") { printf "| %s | %s | | | | |\n", name[i], status[i]; continue }
      ratio = (cat > 0) ? sprintf("%.2f", wall[i] / cat) : ""
      printf "| %s | %.3f | %.0f | %.1f | %.1f | %s |\n", name[i], wall[i], pages / wall[i], bytes / 1e6 / wall[i], rss[i] / 1024, ratio
    }
    if ((two in w) && ("stats --jobs 1" in w))
      printf "\nSpeed-up of 2 workers over 1 (`stats --jobs 1` ÷ `%s`): %.2f×\n", two, w["stats --jobs 1"] / w[two]
  }' "$ROWS" > "$TABLE"

# Targets (benchmarks/README.md): stats <= 1.5x cat, 2 workers >= 1.7x faster than 1, peak RSS <= 1 GiB.
TARGETS="$WORK/targets.md"
awk -F'\t' -v two="$STATS_2" '
  $4 == "ok" { w[$1] = $2; if ($1 != "cat (floor)" && $3 > rss) { rss = $3; who = $1 } }
  END {
    if (!("stats" in w) || !("cat (floor)" in w)) exit
    r = w["stats"] / w["cat (floor)"]
    printf "- stats ≤ 1.5× cat: %.2f× — %s\n", r, (r <= 1.5 ? "met" : "NOT met")
    if ((two in w) && ("stats --jobs 1" in w)) {
      s = w["stats --jobs 1"] / w[two]
      printf "- 2 workers ≥ 1.7× faster than 1: %.2f× — %s\n", s, (s >= 1.7 ? "met" : "NOT met")
    }
    printf "- peak RSS ≤ 1 GiB: %.0f MiB (%s) — %s\n", rss / 1024, who, (rss <= 1048576 ? "met" : "NOT met")
  }' "$ROWS" > "$TARGETS"

echo
echo "cohort: $INTERNS interns (seed $SEED), $PAGES pages, $MD_BYTES bytes of Markdown; best of $RUNS runs, page cache warm"
echo
cat "$TABLE"
if [ -s "$TARGETS" ]; then echo; cat "$TARGETS"; fi

# --- record -----------------------------------------------------------------
if [ "$FAILED" -gt 0 ]; then
  echo >&2
  echo "run.sh: $FAILED command(s) failed; nothing recorded in ${RESULTS#"$REPO"/}" >&2
  exit 1
fi
if [ "$RECORD" -eq 1 ]; then
  CPU="$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
  COMMIT="$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  DIRTY="$(git -C "$REPO" status --porcelain --untracked-files=no 2>/dev/null | grep -q . && echo ' (uncommitted changes)')"
  {
    echo
    echo "## $(date -u '+%Y-%m-%d %H:%M UTC'): $INTERNS interns, seed $SEED"
    echo
    echo "- command: \`benchmarks/run.sh${ARGS_TEXT:+ $ARGS_TEXT}\`"
    echo "- worklog: commit $COMMIT$DIRTY, $BUILT_HOW"
    echo "- machine: nproc $NPROC, $(uname -srm), ${CPU:-unknown CPU}; load average at start: $LOAD"
    echo "- cohort: $PAGES pages, $MD_BYTES bytes of Markdown; best of $RUNS runs, page cache warm"
    echo
    cat "$TABLE"
    echo
    cat "$TARGETS"
  } >> "$RESULTS"
  # the placeholder line of a fresh RESULTS.md goes once there is a real result
  sed -i '/^_No results recorded yet/d' "$RESULTS"
  echo
  echo "recorded in ${RESULTS#"$REPO"/}"
fi
