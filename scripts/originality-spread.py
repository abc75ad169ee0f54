#!/usr/bin/env python3
"""Prints the originality spread of a report and its most similar intern pairs.

    scripts/originality-spread.py REPORT_DIR [PAIRS]

Reads interns.csv and similarity.csv written by `worklog report --format csv`.
Standard library only; nearest-rank percentiles, as the report's own statistics.
"""
import csv
import math
import sys


def nearest_rank(values, p):
    return values[max(1, math.ceil(p / 100 * len(values))) - 1]


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    folder = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) == 3 else 5
    with open(f"{folder}/interns.csv", encoding="utf-8") as f:
        interns = list(csv.DictReader(f))
    values = sorted(float(r["originality"]) for r in interns if r["originality"] != "")
    if values:
        print(f"originality over {len(values)} interns (of {len(interns)}): min {values[0]:g}, "
              f"p10 {nearest_rank(values, 10):g}, median {nearest_rank(values, 50):g}, "
              f"p90 {nearest_rank(values, 90):g}, max {values[-1]:g}")
        for limit in (0.5, 0.8, 1.0):
            below = sum(1 for v in values if v < limit)
            print(f"  below {limit:g}: {below} interns")
    else:
        print("originality: no intern has a comparable text")
    with open(f"{folder}/similarity.csv", encoding="utf-8") as f:
        pairs = list(csv.DictReader(f))
    pairs.sort(key=lambda r: (-int(r["shared"]), r["intern_a"], r["intern_b"]))
    print(f"similar pairs (at least 5 shared texts): {len(pairs)}; the {min(top, len(pairs))} most similar:")
    for r in pairs[:top]:
        weeks = r["weeks"].split(";")
        shown = ";".join(weeks[:6]) + (f";... ({len(weeks)} week pairs)" if len(weeks) > 6 else "")
        print(f"  {r['intern_a']} ~ {r['intern_b']}: {r['shared']} texts, weeks {shown}, "
              f"first dates {r['first_date_a'] or '-'} / {r['first_date_b'] or '-'}")


if __name__ == "__main__":
    main()
