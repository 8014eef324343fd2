#!/usr/bin/python3
# SPDX-License-Identifier: MPL-2.0
"""Whole-column calls (A:A) timed against plain Calc formulas doing the same
work, in the same running office (tests/e2e/run.sh starts it).

Three interventions at the top of columns A and B, the rest blank: the case
that took a minute a call when every blank row came back as an empty cell.
Each formula is recalculated three times and its fastest time kept, so that
a burst of load on the machine does not decide. Fails when a whole-column
call takes longer than LIMIT seconds, or when it grows faster than the rows
(A:A has 10.5 times the rows of A1:A100000).

    whole_column.py TOOLS_DIR PIPE
"""
import sys
import time

LIMIT = 10.0
GROWTH = 40.0   # at most this many times A1:A100000's time (plus SLACK) for A:A; it was 200
SLACK = 0.5
PAIRS = [  # (what, STAR formula, plain formula doing the same work, the answer)
    ("weights", "=SUM(STAR.WEIGHTS(A:A))", "=SUMPRODUCT(A:A/SUM(A:A))", 1.0),
    ("benefit", "=SUM(STAR.BENEFIT(A:A;B:B))", "=SUMPRODUCT(A:A;B:B)", 140.0),
    ("weights of 100,000 rows", "=SUM(STAR.WEIGHTS(A1:A100000))", "=SUMPRODUCT(A1:A100000/SUM(A1:A100000))", 1.0),
]


def main():
    sys.path.insert(0, sys.argv[1])
    from uno_office import connect, desktop, prop
    desk = desktop(connect(sys.argv[2]))
    doc = desk.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),))
    doc.enableAutomaticCalculation(False)
    sheet = doc.Sheets.getByIndex(0)
    sheet.getCellRangeByName("A1:B3").setDataArray(((1.0, 10.0), (2.0, 20.0), (3.0, 30.0)))
    cell = sheet.getCellRangeByName("Z1")
    times, failed = {}, 0
    for what, star, plain, answer in PAIRS:
        for which, formula in (("STAR", star), ("plain", plain)):
            cell.setFormula(formula)
            best = float("inf")
            for _ in range(3):
                start = time.perf_counter()
                doc.calculateAll()
                best = min(best, time.perf_counter() - start)
            times[(what, which)] = best
            if abs(cell.getValue() - answer) > 1e-9 * answer or cell.getError():
                print(f"FAIL {formula} gives {cell.getString()!r}, not {answer}")
                failed += 1
        star_time, plain_time = times[(what, "STAR")], times[(what, "plain")]
        ok = star_time <= LIMIT
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {star}: {star_time:.3f} s, {plain}: {plain_time:.3f} s "
              f"(STAR / plain {star_time / max(plain_time, 1e-6):.0f}, limit {LIMIT:.0f} s)")
    whole, part = times[("weights", "STAR")], times[("weights of 100,000 rows", "STAR")]
    linear = whole <= GROWTH * part + SLACK
    failed += not linear
    print(f"{'ok  ' if linear else 'FAIL'} a whole column (1,048,576 rows) takes {whole / part:.1f} times "
          f"100,000 rows (at most {GROWTH:.0f}, plus {SLACK} s)")
    doc.close(True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
