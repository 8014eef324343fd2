#!/usr/bin/python3
# SPDX-License-Identifier: MPL-2.0
"""Recalculation benchmark: STAR against plain Calc formulas and a Python add-in.

Drives one running headless LibreOffice over a UNO pipe. For each size it
generates a workbook of interventions (patients, total cost, scores on 8
criteria, weights) in five versions that compute the same four figures
(weighted benefit per patient, total benefit, value for money, rank):

  star-array   one STAR array formula per column over the whole table
  star-row     one STAR call per row, filled down (rank: one STAR.RANK)
  plain        plain Calc formulas: SUMPRODUCT, arithmetic, RANK per row
  python-array the same as star-array with the Python add-in STARPY
  python-row   the same as star-row with STARPY

Each workbook is stored as .ods, loaded again, recalculated once to warm up,
then timed with calculateAll() over several rounds that take the versions in
turn (so a burst of load elsewhere on the machine hits them alike); the
median is reported. Every version's figures are checked against a reference
computed here, so the versions are known to agree.

It also measures the per-call floor: one formula per row that does almost
nothing (STAR.VERSION(), STAR.VFM on two scalars) against built-ins.

Two more modes time whole columns, as users write them (A:A):

  --whole-column 3,1000   columns A:D hold that many rows of interventions
      (the rest of each column is blank); each STAR call on whole columns is
      timed against a plain Calc formula on the same columns that does the
      same work, in the same office, taking turns
  --limits                every function at the limits of docs/reliability.md
      (whole columns of 1,048,576 rows, the largest accepted tables), each
      timed once in Calc, with the office's memory before and after

    bench.py --pipe NAME --out DIR [--sizes 100,1000,10000,100000] [--runs 5]
    bench.py --pipe NAME --out DIR --sizes "" --no-floor --whole-column 3,1000
    bench.py --pipe NAME --out DIR --sizes "" --no-floor --limits
"""
import argparse
import bisect
import json
import os
import platform
import random
import statistics
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.sheet.CellFlags import FORMULA as FORMULA_CELLS
from com.sun.star.sheet.FillDirection import TO_BOTTOM as BOTTOM

K = 8
WEIGHTS = [30.0, 20.0, 15.0, 10.0, 10.0, 5.0, 5.0, 5.0]
LOW, HIGH = 0.0, 10.0
FIRST = 5                      # first data row
VERSIONS = ["star-array", "star-row", "plain", "python-array", "python-row"]
# The same without the rank column: plain Calc has only per-row RANK, which is
# quadratic in total, so these show how the other three figures compare.
NORANK = ["star-array-norank", "star-row-norank", "plain-norank"]
REL_TOL = 1e-9
KEEP = False        # keep the generated .ods files (--keep)
MIN_SECONDS = 1.0   # fast versions get more runs: at least this long in all, at most 50


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(pipe, wait=120):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + wait
    while True:
        try:
            ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            break
        except Exception:
            if time.time() > deadline:
                raise
            time.sleep(0.5)
    return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)


# ---- data and the reference figures ----

def generate(n):
    """n interventions: patients, total cost (pounds and pence), 8 scores 0-10."""
    rng = random.Random(20240000 + n)
    rows = []
    for _ in range(n):
        patients = float(rng.randint(10, 20000))
        cost = round(patients * rng.uniform(50, 5000), 2)
        scores = [float(rng.randint(0, 10)) for _ in range(K)]
        rows.append([patients, cost] + scores)
    return rows


def reference(rows):
    total_w = sum(WEIGHTS)
    score = [sum(w * 100.0 * (s - LOW) / (HIGH - LOW) for w, s in zip(WEIGHTS, r[2:])) / total_w for r in rows]
    benefit = [r[0] * g for r, g in zip(rows, score)]
    vfm = [b / r[1] * 1000.0 for r, b in zip(rows, benefit)]
    return score, benefit, vfm


def check(figures, want_score, want_benefit, want_vfm, ranked=True):
    """Compares a version's figures with the reference: the numbers to a
    relative 1e-9, ranks exactly, except where two values are equal to within
    rounding (then either of the ranks they share is right). Returns
    (problems, largest relative difference)."""
    problems, worst = [], 0.0
    names = ["score", "benefit", "vfm"]
    for c, want in enumerate([want_score, want_benefit, want_vfm]):
        for i, w in enumerate(want):
            got = figures[i][c]
            if not isinstance(got, float):
                problems.append(f"row {i + 1} {names[c]}: {got!r}")
                continue
            rel = abs(got - w) / max(abs(w), 1e-300)
            worst = max(worst, rel)
            if rel > REL_TOL:
                problems.append(f"row {i + 1} {names[c]}: {got!r} != {w!r}")
        if len(problems) > 10:
            return problems, worst
    if not ranked:
        return problems, worst
    ascending = sorted(want_vfm)
    n = len(ascending)
    for i, v in enumerate(want_vfm):
        got = figures[i][3]
        best = 1 + n - bisect.bisect_right(ascending, v * (1 + 1e-12))
        last = 1 + n - bisect.bisect_right(ascending, v * (1 - 1e-12))
        if not isinstance(got, float) or not best <= got <= last:
            problems.append(f"row {i + 1} rank: {got!r}, want {best}..{last}")
            if len(problems) > 10:
                break
    return problems, worst


# ---- the workbooks ----

def formulas(version, n):
    """(per-row formula columns, array formula columns) for K..N."""
    if version.endswith("-norank"):
        row, arrays = formulas(version[:-len("-norank")], n)
        return [f for f in row if "RANK" not in f(FIRST)], [a for a in arrays if a[0] != "N"]
    e = FIRST + n - 1
    lib = "STARPY" if version.startswith("python") else "STAR"
    scale = f"{LOW:g};{HIGH:g}"
    if version == "plain":
        total = "SUM(C$2:J$2)"
        row = [lambda r: f"=SUMPRODUCT(C{r}:J{r};C$2:J$2)/{total}*{100 / (HIGH - LOW):g}",
               lambda r: f"=A{r}*K{r}",
               lambda r: f"=L{r}/B{r}*1000",
               lambda r: f"=RANK(M{r};M${FIRST}:M${e})"]
        return row, []
    rank = [("N", f"={lib}.RANK(M{FIRST}:M{e})")]
    if version.endswith("array"):
        return [], [("K", f"={lib}.SCORE(C{FIRST}:J{e};C2:J2;{scale})"),
                    ("L", f"={lib}.BENEFIT(A{FIRST}:A{e};K{FIRST}:K{e})"),
                    ("M", f"={lib}.VFM(L{FIRST}:L{e};B{FIRST}:B{e})")] + rank
    row = [lambda r: f"={lib}.SCORE(C{r}:J{r};C$2:J$2;{scale})",
           lambda r: f"={lib}.BENEFIT(A{r};K{r})",
           lambda r: f"={lib}.VFM(L{r};B{r})"]
    return row, rank


def new_document(desktop):
    return desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),))


def build(desktop, path, version, rows):
    n = len(rows)
    e = FIRST + n - 1
    doc = new_document(desktop)
    doc.enableAutomaticCalculation(False)
    sheet = doc.Sheets.getByIndex(0)
    sheet.getCellRangeByName("A1").setString(f"STAR benchmark, {version}, {n} interventions")
    sheet.getCellRangeByName("A2").setString("weights")
    sheet.getCellRangeByName("C2:J2").setDataArray((tuple(WEIGHTS),))
    sheet.getCellRangeByName("A4:N4").setDataArray(((
        "patients", "total cost") + tuple(f"criterion {j + 1}" for j in range(K)) + (
        "benefit per patient", "total benefit", "value for money", "rank"),))
    sheet.getCellRangeByName(f"A{FIRST}:J{e}").setDataArray(tuple(tuple(r) for r in rows))
    per_row, arrays = formulas(version, n)
    if per_row:
        # Written in the first row and filled down, as a user does.
        last = chr(ord("K") + len(per_row) - 1)
        sheet.getCellRangeByName(f"K{FIRST}:{last}{FIRST}").setFormulaArray((tuple(f(FIRST) for f in per_row),))
        if n > 1:
            sheet.getCellRangeByName(f"K{FIRST}:{last}{e}").fillAuto(BOTTOM, 1)
    for column, formula in arrays:
        sheet.getCellRangeByName(f"{column}{FIRST}:{column}{e}").setArrayFormula(formula)
    store(doc, path)
    doc.close(True)


def store(doc, path):
    """Stores as .ods; tries again once, as a full disk on a shared machine
    is often only a moment."""
    try:
        doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", "calc8"),))
    except Exception:
        time.sleep(10)
        doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", "calc8"),))


def load(desktop, path, keep=False):
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True),))
    if not keep:
        os.remove(path)
    return doc


def timed(doc):
    start = time.perf_counter()
    doc.calculateAll()
    return time.perf_counter() - start


def figures(doc, n):
    sheet = doc.Sheets.getByIndex(0)
    return sheet.getCellRangeByName(f"K{FIRST}:N{FIRST + n - 1}").getDataArray()


def run_size(desktop, out, n, runs, versions, log, slow):
    rows = generate(n)
    want = reference(rows)
    docs = {}
    for v in versions:
        path = os.path.join(out, f"recalc-{n}-{v}.ods")
        t0 = time.perf_counter()
        build(desktop, path, v, rows)
        docs[v] = load(desktop, path, KEEP)
        log(f"  {n} {v}: built and loaded in {time.perf_counter() - t0:.1f} s")
    warm = {}
    for v in versions:
        warm[v] = timed(docs[v])
        log(f"  {n} {v}: warm-up {warm[v]:.3f} s")
    # A version whose one recalculation takes minutes (per-row RANK is
    # quadratic) is not run again: its warm-up is its only run.
    timed_versions = [v for v in versions if warm[v] < slow]
    times = {v: [] if v in timed_versions else [warm[v]] for v in versions}
    rounds = {v: max(runs, min(50, int(MIN_SECONDS / max(warm[v], 1e-4)))) for v in timed_versions}
    for i in range(max(rounds.values(), default=0)):
        for v in timed_versions:
            if i < rounds[v]:
                times[v].append(timed(docs[v]))
    result = {"n": n, "versions": {}}
    for v in versions:
        problems, worst = check(figures(docs[v], n), *want, ranked=not v.endswith("-norank"))
        result["versions"][v] = {
            "median": statistics.median(times[v]), "times": times[v], "warmup": warm[v],
            "runs": len(times[v]), "agrees": not problems, "problems": problems[:10], "max_rel_diff": worst}
        log(f"  {n} {v}: median {statistics.median(times[v]) * 1000:.2f} ms of {len(times[v])}, "
            f"{'agrees' if not problems else 'DISAGREES: ' + '; '.join(problems[:3])}")
        docs[v].close(True)
    return result


# ---- the per-call floor ----

FLOOR = [
    ("native arithmetic", "=A{r}/B{r}*1000"),
    ("built-in SUM", "=SUM(A{r};B{r})"),
    ("STAR.VERSION()", "=STAR.VERSION()"),
    ("STAR.VFM on scalars", "=STAR.VFM(A{r};B{r})"),
    ("STARPY.VERSION()", "=STARPY.VERSION()"),
    ("STARPY.VFM on scalars", "=STARPY.VFM(A{r};B{r})"),
]


def run_floor(desktop, out, n, runs, log, only=None):
    rng = random.Random(7)
    data = tuple((float(rng.randint(1, 1000)), float(rng.randint(1, 1000))) for _ in range(n))
    docs = {}
    for name, formula in FLOOR:
        if only and name not in only:
            continue
        doc = new_document(desktop)
        doc.enableAutomaticCalculation(False)
        sheet = doc.Sheets.getByIndex(0)
        sheet.getCellRangeByName(f"A1:B{n}").setDataArray(data)
        sheet.getCellRangeByName(f"C1:C{n}").setFormulaArray(
            tuple((formula.format(r=r),) for r in range(1, n + 1)))
        path = os.path.join(out, f"floor-{len(docs)}.ods")
        store(doc, path)
        doc.close(True)
        docs[name] = load(desktop, path, KEEP)
        timed(docs[name])
    times = {name: [] for name in docs}
    for _ in range(runs):
        for name, doc in docs.items():
            times[name].append(timed(doc))
    result = {"n": n, "rounds": runs, "formulas": {}}
    for name, doc in docs.items():
        value = doc.Sheets.getByIndex(0).getCellRangeByName("C1").getDataArray()[0][0]
        median = statistics.median(times[name])
        result["formulas"][name] = {"formula": dict(FLOOR)[name].format(r=1), "median": median,
                                    "us_per_call": median / n * 1e6, "times": times[name],
                                    "first_value": value}
        log(f"  floor {name}: {median / n * 1e6:.3f} us a call (C1 = {value!r})")
        doc.close(True)
    return result


# ---- whole columns ----

SHEET_ROWS = 1048576
# (name, STAR formula, plain formula doing the same work). Columns: A
# patients, B total cost, C and D scores on two criteria; the rest of each
# column is blank. Each is one cell, except "array" ones, entered as an array
# formula over the whole of column Z, as a user selecting Z:Z does.
WHOLE = [
    ("weights", "=SUM(STAR.WEIGHTS(A:A))", "=SUMPRODUCT(A:A/SUM(A:A))"),
    ("benefit", "=SUM(STAR.BENEFIT(A:A;B:B))", "=SUMPRODUCT(A:A;B:B)"),
    ("vfm", "=SUM(STAR.VFM(A:A;B:B))", '=SUMPRODUCT(IF(B:B<>"";A:A/B:B;0))*1000'),
    ("score", "=SUM(STAR.SCORE(C:D;{3;1}))", "=SUMPRODUCT(C:C*3+D:D)/4"),
    ("benefit of scores", "=SUM(STAR.BENEFIT(A:A;STAR.SCORE(C:D;{3;1})))",
     "=SUMPRODUCT(A:A;(C:C*3+D:D)/4)"),
    ("benefit, array over Z:Z", "array:=STAR.BENEFIT(A:A;B:B)", "array:=A:A*B:B"),
]


PIPE = ""   # the office's pipe (--pipe), which names its process


def office_memory():
    """(resident MB, peak resident MB) of the office process (soffice.bin)
    listening on PIPE, or (None, None) where /proc does not say."""
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmdline = f.read()
            if not cmdline.split(b"\0")[0].endswith(b"soffice.bin") or PIPE.encode() not in cmdline:
                continue
            got = {}
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith(("VmRSS:", "VmHWM:")):
                        got[line.split(":")[0]] = int(line.split()[1]) / 1024
            return got.get("VmRSS"), got.get("VmHWM")
        except OSError:
            continue
    return None, None


def fill_columns(sheet, first_col, columns, rows, value):
    """Writes value(i, j) into rows x columns cells from first_col (0-based)
    down from row 1, in chunks so that the API call stays small."""
    chunk = 65536
    for top in range(0, rows, chunk):
        n = min(chunk, rows - top)
        data = tuple(tuple(float(value(top + i, j)) for j in range(columns)) for i in range(n))
        sheet.getCellRangeByPosition(first_col, top, first_col + columns - 1, top + n - 1).setDataArray(data)


def intervention(i, j):
    """Column j of intervention i: patients, total cost, two scores 0-10."""
    rng = random.Random(i)
    patients = rng.randint(10, 20000)
    return [patients, round(patients * rng.uniform(50, 5000), 2), rng.randint(0, 10), rng.randint(0, 10)][j]


def set_formula(sheet, formula):
    if formula.startswith("array:"):
        sheet.getCellRangeByName(f"Z1:Z{SHEET_ROWS}").setArrayFormula(formula[len("array:"):])
    else:
        sheet.getCellRangeByName("Z1").setFormula(formula)


def clear_formula(sheet, formula):
    area = f"Z1:Z{SHEET_ROWS}" if formula.startswith("array:") else "Z1"
    sheet.getCellRangeByName(area).clearContents(FORMULA_CELLS)


def formula_result(sheet, formula, filled):
    """The figure to compare: the one cell, or the sum of the filled rows of an
    array formula (and whether the cells below them are what each shows)."""
    if not formula.startswith("array:"):
        cell = sheet.getCellRangeByName("Z1")
        return cell.getValue() if cell.getError() == 0 else f"Err:{cell.getError()}"
    values = sheet.getCellRangeByName(f"Z1:Z{filled}").getDataArray()
    if filled >= SHEET_ROWS:
        return sum(v[0] for v in values), None, None
    below = sheet.getCellRangeByName(f"Z{filled + 1}")
    return sum(v[0] for v in values), below.getError(), below.getString()


def run_whole_column(desktop, out, fills, runs, log):
    results = []
    for filled in fills:
        doc = new_document(desktop)
        doc.enableAutomaticCalculation(False)
        sheet = doc.Sheets.getByIndex(0)
        fill_columns(sheet, 0, 4, filled, intervention)
        log(f"  whole columns, {filled:,} rows filled: data written")
        rss0 = office_memory()[0]
        times = {(name, which): [] for name, *_ in WHOLE for which in ("star", "plain")}
        answers = {}
        warm = {}
        for name, star, plain in WHOLE:
            for which, formula in (("star", star), ("plain", plain)):
                set_formula(sheet, formula)
                warm[(name, which)] = timed(doc)
                answers[(name, which)] = formula_result(sheet, formula, filled)
                clear_formula(sheet, formula)
                log(f"  {filled:,} {name} {which}: warm-up {warm[(name, which)]:.3f} s, {answers[(name, which)]!r}")
        for _ in range(runs):
            for name, star, plain in WHOLE:
                for which, formula in (("star", star), ("plain", plain)):
                    set_formula(sheet, formula)
                    times[(name, which)].append(timed(doc))
                    clear_formula(sheet, formula)
        rss1 = office_memory()[0]
        for name, star, plain in WHOLE:
            a, b = answers[(name, "star")], answers[(name, "plain")]
            av, bv = (a[0], b[0]) if isinstance(a, tuple) else (a, b)
            agrees = isinstance(av, float) and isinstance(bv, float) and abs(av - bv) <= 1e-9 * max(abs(bv), 1)
            t_star, t_plain = statistics.median(times[(name, "star")]), statistics.median(times[(name, "plain")])
            results.append({"filled": filled, "name": name, "star_formula": star, "plain_formula": plain,
                            "star": t_star, "plain": t_plain, "star_times": times[(name, "star")],
                            "plain_times": times[(name, "plain")], "star_answer": a, "plain_answer": b,
                            "agrees": agrees})
            log(f"  {filled:,} {name}: STAR {ms(t_star)}, plain {ms(t_plain)}, ratio {t_star / t_plain:.1f}, "
                f"{'agrees' if agrees else 'DISAGREES'}")
        results.append({"filled": filled, "memory": [rss0, rss1]})
        doc.close(True)
    return results


# ---- the limits, in Calc ----

# Columns of the limits workbook, each a whole column of 1,048,576 rows:
# A patients, B total cost, C:F scores on four criteria, G a share 0-1,
# H spend, I its lower limit, J its upper limit, K and L twice A and B (the
# highs of an uncertainty range).
LIMITS_COLUMNS = 12


def limits_value(i, j):
    if j >= 10:
        return 2 * limits_value(i, j - 10)
    rng = random.Random(1000003 * i + j)
    if j == 0:
        return rng.randint(10, 20000)
    if j == 1:
        return round(rng.uniform(5000, 500000), 2)
    if j <= 5:
        return rng.randint(0, 10)
    if j == 6:
        return round(rng.random(), 4)
    return [100.0, 50.0, 150.0][j - 7]


ALL = f"1:{SHEET_ROWS}"
LIMITS = [
    ("benefit, 1048576 rows", "=SUM(STAR.BENEFIT(A:A;B:B))"),
    ("vfm, 1048576 rows", "=SUM(STAR.VFM(A:A;B:B))"),
    ("rank, 1048576 rows", "=SUM(STAR.RANK(A:A))"),
    ("score, 1048576 x 4", "=SUM(STAR.SCORE(C:F;{30;20;10;5}))"),
    ("weights, 1048576 cells", "=SUM(STAR.WEIGHTS(A:A))"),
    ("check, 1048576 x 4", "=STAR.CHECK(A:A;B:B;C:F;{30;20;10;5})"),
    ("curve, 1048576 rows", "=SUM(STAR.CURVE(A:A;B:B))"),
    ("triangles, 20000 rows", "=SUM(STAR.TRIANGLES(A1:A20000;B1:B20000))"),
    ("triangles, 20001 rows (too many)", "=STAR.TRIANGLES(A1:A20001;B1:B20001)"),
    ("triangles, 1048576 rows (too many)", "=STAR.TRIANGLES(A:A;B:B)"),
    ("allocate, continuous, 1048576 rows", "=SUM(STAR.ALLOCATE(A:A;B:B;1E9))"),
    ("allocate, whole, 10000 rows", "=SUM(STAR.ALLOCATE(A1:A10000;B1:B10000;1E8;TRUE()))"),
    ("allocate, whole, 50001 rows (too many)", "=STAR.ALLOCATE(A1:A50001;B1:B50001;1E8;TRUE())"),
    ("reallocate, 1048576 rows", "=SUM(STAR.REALLOCATE(A:A;B:B;H:H;I:I;J:J))"),
    ("gain, 1048576 rows", "=STAR.GAIN(A:A;B:B;J:J;H:H)"),
    ("roc, 1048576 ranks", "=SUM(STAR.ROC(ROW(A:A)))"),
    ("ahp, 2048 x 2048 of ones", "=SUM(STAR.AHP(MUNIT(2048)*0+1))"),
    ("value, 1048576 x over 1048576 points", "=SUM(STAR.VALUE(A:A;ROW(A:A);ROW(A:A)))"),
    ("groupweights, 2048 x 2048, geometric", "=SUM(STAR.GROUPWEIGHTS(MUNIT(2048)+1;TRUE()))"),
    ("agree, 1048576 rows", "=STAR.AGREE(A:A;B:B)"),
    ("stability, 1048576 x 4, tied scores 0-10 (too many pairs)", "=SUM(STAR.STABILITY(C:F;{30;20;10;5}))"),
    ("stability, 1048576 x 2, no ties", "=SUM(STAR.STABILITY(CHOOSE({1;2};ROW(A:A);1/ROW(A:A));{1;1}))"),
    ("psa, continuous, 500 rows x 10000 draws",
     "=SUM(STAR.PSA(A1:A500;A1:A500;K1:K500;B1:B500;B1:B500;L1:L500;1E7;10000))"),
    ("psa, whole, 200 rows x 10000 draws",
     "=SUM(STAR.PSA(A1:A200;A1:A200;K1:K200;B1:B200;B1:B200;L1:L200;4E6;10000;1;TRUE()))"),
    ("psa, continuous, 1048576 rows x 4 draws", "=SUM(STAR.PSA(A:A;A:A;A:A;B:B;B:B;B:B;1E9;4))"),
    ("equity, 1048576 rows", "=SUM(STAR.EQUITY(A:A;G:G;2))"),
    ("atkinson, 1048576 rows", "=STAR.ATKINSON(A:A;1)"),
    ("icer, 1048576 rows", "=SUM(STAR.ICER(B:B;A:A))"),
    ("nmb, 1048576 rows", "=SUM(STAR.NMB(A:A;B:B;20000))"),
    ("more than 4194304 cells", "=STAR.SCORE(C:G;{1;1;1;1;1})"),
]


def run_limits(desktop, out, runs, log, only=None):
    doc = new_document(desktop)
    doc.enableAutomaticCalculation(False)
    sheet = doc.Sheets.getByIndex(0)
    t0 = time.perf_counter()
    fill_columns(sheet, 0, LIMITS_COLUMNS, SHEET_ROWS, limits_value)
    log(f"  limits: {LIMITS_COLUMNS} whole columns written in {time.perf_counter() - t0:.0f} s")
    results = []
    for name, formula in LIMITS:
        if only and not any(o in name for o in only):
            continue
        before = office_memory()
        cell = sheet.getCellRangeByName("Z1")
        # An array formula of one cell: expressions such as ROW(A:A) give arrays.
        cell.setArrayFormula(formula[1:])
        times = [timed(doc) for _ in range(runs)]
        error = cell.getError()
        text = cell.FormulaResultType2 == 2  # com.sun.star.sheet.FormulaResult.STRING
        gives = (f"Err:{error}" if error else "text: " + cell.getString() if text
                 else f"an answer ({cell.getString()})")
        after = office_memory()
        cell.clearContents(FORMULA_CELLS)
        results.append({"name": name, "formula": formula, "gives": gives, "times": times,
                        "seconds": statistics.median(times), "rss_before": before[0], "rss_after": after[0],
                        "peak": after[1]})
        log(f"  limits {name}: {gives}, {statistics.median(times):.2f} s, "
            f"office {before[0]:.0f} -> {after[0]:.0f} MB (peak {after[1]:.0f} MB)")
    doc.close(True)
    return results


# ---- report ----

def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "system": platform.platform(),
            "python": platform.python_version()}


def ms(t):
    return f"{t * 1000:.1f} ms" if t < 10 else f"{t:.1f} s"


def markdown_whole(rows):
    lines = ["| rows filled | function | STAR | plain formula | STAR / plain | agree |",
             "|---:|---|---:|---:|---:|:---|"]
    for r in rows:
        if "memory" in r:
            continue
        lines.append(f"| {r['filled']:,} | {r['name']} | {ms(r['star'])} | {ms(r['plain'])} | "
                     f"{r['star'] / r['plain']:.1f} | {'yes' if r['agrees'] else 'NO'} |")
    return "\n".join(lines)


def markdown_limits(rows):
    lines = ["| case | gives | seconds | office MB before → after (peak) |", "|---|---|---:|---:|"]
    for r in rows:
        mem = (f"{r['rss_before']:.0f} → {r['rss_after']:.0f} ({r['peak']:.0f})"
               if r["rss_before"] is not None else "-")
        lines.append(f"| {r['name']} | {r['gives']} | {r['seconds']:.2f} | {mem} |")
    return "\n".join(lines)


def markdown(results):
    def cell(v, k):
        if k not in v:
            return "-"
        x = v[k]
        runs = f" ({x['runs']} run)" if x["runs"] == 1 else ""
        return ms(x["median"]) + runs

    def ratio(v, a, b):
        return f"{v[a]['median'] / v[b]['median']:.2f}" if a in v and b in v else "-"

    def agree(v, keys):
        got = [v[k]["agrees"] for k in keys if k in v]
        return "-" if not got else "yes" if all(got) else "NO"

    lines = []
    if any(k in r["versions"] for r in results["sizes"] for k in VERSIONS):
        lines = ["| interventions | STAR array | STAR per row | plain formulas | Python array | Python per row "
                 "| array / plain | per row / plain | array / Python array | per row / Python per row | agree |",
                 "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---|"]
    for r in results["sizes"] if lines else []:
        v = r["versions"]
        lines.append(f"| {r['n']:,} | " + " | ".join(cell(v, k) for k in VERSIONS) +
                     f" | {ratio(v, 'star-array', 'plain')} | {ratio(v, 'star-row', 'plain')} | "
                     f"{ratio(v, 'star-array', 'python-array')} | {ratio(v, 'star-row', 'python-row')} | "
                     f"{agree(v, VERSIONS)} |")
    if any(k in r["versions"] for r in results["sizes"] for k in NORANK):
        lines += ["", "Without the rank column:", "",
                  "| interventions | STAR array | STAR per row | plain formulas | array / plain | per row / plain | agree |",
                  "|---:|---:|---:|---:|---:|---:|:---|"]
        for r in results["sizes"]:
            v = r["versions"]
            lines.append(f"| {r['n']:,} | " + " | ".join(cell(v, k) for k in NORANK) +
                         f" | {ratio(v, 'star-array-norank', 'plain-norank')} | "
                         f"{ratio(v, 'star-row-norank', 'plain-norank')} | {agree(v, NORANK)} |")
    if results.get("whole"):
        lines += ["", "Whole columns (STAR against a plain formula doing the same work):", "",
                  markdown_whole(results["whole"])]
    if results.get("limits"):
        lines += ["", "The limits in Calc:", "", markdown_limits(results["limits"])]
    if results.get("floor"):
        f = results["floor"]
        lines += ["", f"Per-call floor: {f['n']:,} formulas, one a row, median of {f['rounds']} runs",
                  "", "| formula | µs a call |", "|---|---:|"]
        for name, x in f["formulas"].items():
            lines.append(f"| `{x['formula']}` ({name}) | {x['us_per_call']:.2f} |")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pipe")
    ap.add_argument("--out")
    ap.add_argument("--report", nargs="+", metavar="RESULTS_JSON",
                    help="print one table from the results of earlier runs, and run nothing")
    ap.add_argument("--sizes", default="100,1000,10000,100000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--versions", default=",".join(VERSIONS + NORANK))
    ap.add_argument("--slow", type=float, default=60.0,
                    help="a version whose warm-up takes longer is not run again")
    ap.add_argument("--floor-rows", type=int, default=20000)
    ap.add_argument("--floor-only", default="", help="comma-separated floor formula names")
    ap.add_argument("--no-floor", action="store_true")
    ap.add_argument("--wait", type=float, default=120, help="seconds to wait for the office")
    ap.add_argument("--no-terminate", action="store_true")
    ap.add_argument("--keep", action="store_true", help="keep the generated workbooks in --out")
    ap.add_argument("--whole-column", default="", metavar="FILLS",
                    help="time whole-column calls with this many rows filled (comma-separated)")
    ap.add_argument("--limits", action="store_true", help="time every function at its limits in Calc")
    ap.add_argument("--limits-only", default="", help="comma-separated substrings of limit case names")
    args = ap.parse_args()

    def log(text):
        print(text, file=sys.stderr, flush=True)

    if args.report:
        merged = {"sizes": [], "floor": None}
        for path in args.report:
            with open(path) as f:
                part = json.load(f)
            for r in part["sizes"]:
                same = next((m for m in merged["sizes"] if m["n"] == r["n"]), None)
                if same:
                    same["versions"].update(r["versions"])
                else:
                    merged["sizes"].append(r)
            merged["floor"] = part.get("floor") or merged["floor"]
        merged["sizes"].sort(key=lambda r: r["n"])
        print(markdown(merged))
        return 0
    if not args.pipe or not args.out:
        ap.error("--pipe and --out are needed")
    global KEEP, PIPE
    KEEP = args.keep
    PIPE = f"name={args.pipe};"
    desktop = connect(args.pipe, args.wait)
    os.makedirs(args.out, exist_ok=True)
    results = {"machine": machine(), "sizes": [], "floor": None, "whole": [], "limits": []}
    versions = [v for v in args.versions.split(",") if v]
    try:
        sizes = [int(s) for s in args.sizes.split(",") if s]
        for n in sizes:
            results["sizes"].append(run_size(desktop, args.out, n, args.runs, versions, log, args.slow))
        fills = [int(f) for f in args.whole_column.split(",") if f]
        if fills:
            results["whole"] = run_whole_column(desktop, args.out, fills, args.runs, log)
        if args.limits:
            only = [o for o in args.limits_only.split(",") if o]
            results["limits"] = run_limits(desktop, args.out, 1, log, only)
        if not args.no_floor:
            only = set(args.floor_only.split(",")) - {""}
            results["floor"] = run_floor(desktop, args.out, args.floor_rows, args.runs, log, only)
    finally:
        if not args.no_terminate:
            try:
                desktop.terminate()
            except Exception:
                pass
    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump(results, f, indent=1)
    table = markdown(results)
    with open(os.path.join(args.out, "results.md"), "w") as f:
        f.write(table + "\n")
    print(table)
    agree = all(x["agrees"] for r in results["sizes"] for x in r["versions"].values()) and \
        all(r.get("agrees", True) for r in results["whole"])
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
