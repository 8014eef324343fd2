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

    bench.py --pipe NAME --out DIR [--sizes 100,1000,10000,100000] [--runs 5]
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

    lines = ["| interventions | STAR array | STAR per row | plain formulas | Python array | Python per row "
             "| array / plain | per row / plain | array / Python array | per row / Python per row | agree |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---|"]
    for r in results["sizes"]:
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
    global KEEP
    KEEP = args.keep
    desktop = connect(args.pipe, args.wait)
    os.makedirs(args.out, exist_ok=True)
    results = {"machine": machine(), "sizes": [], "floor": None}
    versions = [v for v in args.versions.split(",") if v]
    try:
        sizes = [int(s) for s in args.sizes.split(",") if s]
        for n in sizes:
            results["sizes"].append(run_size(desktop, args.out, n, args.runs, versions, log, args.slow))
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
    agree = all(x["agrees"] for r in results["sizes"] for x in r["versions"].values())
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
