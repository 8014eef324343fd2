#!/usr/bin/python3
# SPDX-License-Identifier: MPL-2.0
"""End-to-end checks of the built STAR workbooks in headless LibreOffice.

    check.py with PIPE WORKBOOKS OUTDIR    office has star.oxt installed
    check.py without PIPE WORKBOOKS OUTDIR office has no extension

With the extension, for each shipped workbook (.ots templates and .ods):
 1. every formula cell computes without an error after a full recalculation,
    and the values stored in the file equal the recalculated ones;
 2. the file holds no macros;
 3. (example) value for money, rank, the allocation (shares and whole) and the
    reallocation with its gain equal an independent calculation in this file
    from the example's input values;
 4. the templates folder is on LibreOffice's template path;
 5. (example) saved as XLSX, every input value is kept and the STAR calls are
    written by their compatibility names (STAR.VFM(...)), and the value
    triangles keep their numbers;
 7. (.ods) bad input explained, not cascaded (bad_input.py), no text clipped
    (clipping.py), figures worked by hand for four criteria, a hundred
    interventions and rows inserted into the tables (handworked.py);
 8. the example built with columns moved in the column map computes the
    same figures (moved.py).
The value of every formula cell is written to OUTDIR for step 6.

Without the extension:
 6. the .ods workbooks show the same values as with it (the cached results).
Prints one line per check; exits non-zero if any failed.
"""
import itertools
import json
import re
import sys
import zipfile
from pathlib import Path
from urllib.parse import unquote
from xml.etree import ElementTree as ET

import common
from common import (FORMULA, a1, close, column, column_below, error_cells, find, report, scalar,
                    value_right_of, values)
from uno_office import FILTERS, connect, desktop, load, store  # noqa: E402

import uno  # noqa: E402

import bad_input  # noqa: E402
import clipping  # noqa: E402
import handworked  # noqa: E402
import moved  # noqa: E402


def results(doc):
    """{"Sheet!A1": value} of every formula cell: numbers and text as
    computed, read a sheet at a time."""
    out = {}
    for sheet in doc.Sheets:
        ranges = sheet.queryContentCells(FORMULA)
        for a in ranges.RangeAddresses:
            data = sheet.getCellRangeByPosition(a.StartColumn, a.StartRow, a.EndColumn, a.EndRow).DataArray
            for dr, row in enumerate(data):
                for dc, v in enumerate(row):
                    out[f"{sheet.Name}!{a1(a.StartColumn + dc, a.StartRow + dr)}"] = v
    return out


def same(got, want):
    """Whether two results agree: the same text, or numbers equal but for
    the last digits a value is stored with."""
    if isinstance(got, float) and isinstance(want, float):
        return close(got, want, 1e-9)
    return got == want


# ------------------------------------------------------------ the method, independently

def expected(doc):
    """STAR's figures for the example, computed here from its inputs."""
    patients = column(doc, "Patients")
    cost_pp = column(doc, "CostPerPatient")
    likely = column(doc, "Likelihood")
    share = column(doc, "Core20Share")
    spend, low, high = column(doc, "CurrentSpend"), column(doc, "LowSpend"), column(doc, "HighSpend")
    scores = values(doc, "Scores")
    weights = [row[0] for row in values(doc, "Weights")]
    lo, hi = scalar(doc, "ScaleLow"), scalar(doc, "ScaleHigh")
    equity_w = scalar(doc, "EquityWeight")
    budget = scalar(doc, "Budget")
    alloc = doc.Sheets.getByName("Allocation")
    rc, rr = find(alloc, "Funding rule")
    rules = [v[0] for v in alloc.getCellRangeByPosition(rc, rr + 1, rc, rr + len(patients)).DataArray]

    rows = [i for i, p in enumerate(patients) if p is not None]
    e = {"rows": rows}
    wsum = sum(weights)
    vfm, cost, eq = {}, {}, {}
    for i in rows:
        v = [100.0 * (s - lo) / (hi - lo) for s in scores[i]]
        gain = sum(w * x for w, x in zip(weights, v)) / wsum
        benefit = patients[i] * gain * likely[i]
        eq[i] = benefit * (1 + (equity_w - 1) * share[i])
        cost[i] = patients[i] * cost_pp[i]
        vfm[i] = eq[i] / cost[i] * 1000
    e["vfm"] = vfm
    e["rank"] = {i: 1 + sum(vfm[j] > vfm[i] for j in rows) for i in rows}
    mins = {i: 1.0 if rules[i] == "Must fund" else 0.0 for i in rows}
    maxs = {i: 0.0 if rules[i] == "Exclude" else 1.0 for i in rows}

    # continuous: the musts first, then fill in order of value for money
    # (ties in row order) up to each maximum while money lasts
    share_c = dict(mins)
    left = budget - sum(mins[i] * cost[i] for i in rows)
    for i in sorted(rows, key=lambda i: (-eq[i] / cost[i], i)):
        if eq[i] <= 0 or left <= 0:
            continue
        room = (maxs[i] - share_c[i]) * cost[i]
        take = min(room, left)
        share_c[i] += take / cost[i]
        left -= take
    e["share"] = share_c

    # whole: every 0/1 choice; the best total benefit within the budget,
    # ties to the lexicographically greatest choice (earlier rows funded)
    best = None
    for choice in itertools.product((1, 0), repeat=len(rows)):
        pick = dict(zip(rows, choice))
        if any(pick[i] < mins[i] or pick[i] > maxs[i] for i in rows):
            continue
        spent = sum(pick[i] * cost[i] for i in rows)
        if spent > budget * (1 + 1e-9):
            continue
        total = sum(pick[i] * eq[i] for i in rows)
        if best is None or total > best[0] + 1e-9 * abs(best[0]):
            best = (total, pick)        # product() yields greater vectors first
    e["whole"] = best[1]

    # reallocation: from the lowest rate (down to low) to the highest (up to
    # high) while it adds benefit; equal rates: earlier rows first
    rate = {i: eq[i] / cost[i] for i in rows}
    new = {i: spend[i] for i in rows}
    while True:
        takers = [i for i in rows if new[i] < high[i]]
        givers = [i for i in rows if new[i] > low[i]]
        if not takers or not givers:
            break
        t = min(takers, key=lambda i: (-rate[i], i))
        g = min(givers, key=lambda i: (rate[i], i))
        if rate[g] >= rate[t]:
            break
        amount = min(high[t] - new[t], new[g] - low[g])
        new[t] += amount
        new[g] -= amount
    e["new"] = new
    e["gain"] = sum((new[i] - spend[i]) * rate[i] for i in rows)
    return e


def check_example(doc):
    e = expected(doc)
    rows, n = e["rows"], len(column(doc, "Patients"))
    report(len(rows) == 12, "example: 12 interventions", f"{len(rows)}")
    vfm_sheet = doc.Sheets.getByName("Value for money")
    alloc = doc.Sheets.getByName("Allocation")
    got_vfm = column_below(vfm_sheet, "Value for money (benefit per £1,000)", n)
    got_rank = column_below(vfm_sheet, "Rank", n)
    got_share = column_below(alloc, "Best share funded", n)
    got_whole = column_below(alloc, "Whole only: funded?", n)
    got_new = column_below(alloc, "Spend after reallocation £", n)
    bad = [i + 1 for i in rows if not close(got_vfm[i], e["vfm"][i])]
    report(not bad, "example: value for money equals an independent calculation", f"rows {bad}")
    bad = [i + 1 for i in rows if got_rank[i] != e["rank"][i]]
    report(not bad, "example: ranking equals an independent calculation", f"rows {bad}")
    bad = [i + 1 for i in rows if not close(got_share[i], e["share"][i], 1e-7)]
    report(not bad, "example: allocation (best shares) equals an independent calculation",
           f"rows {bad}: {[got_share[i - 1] for i in bad]} vs {[e['share'][i - 1] for i in bad]}")
    bad = [i + 1 for i in rows if got_whole[i] != e["whole"][i]]
    report(not bad, "example: allocation (whole interventions, exhaustive search) equals the workbook's",
           f"rows {bad}")
    bad = [i + 1 for i in rows if not close(got_new[i], e["new"][i], 1e-7)]
    report(not bad, "example: reallocated spend equals an independent calculation", f"rows {bad}")
    gain = value_right_of(alloc, "Gain from reallocating")
    report(close(gain, e["gain"], 1e-7), "example: reallocation gain equals an independent calculation",
           f"{gain} vs {e['gain']}")
    report(e["gain"] > 0 and 0 < sum(e["whole"].values()) < len(rows),
           "example: the figures are not trivial (some funded, some not, a positive gain)")
    shown_budget = doc.NamedRanges.getByName("Budget").ReferredCells.getCellByPosition(0, 0).String
    report(shown_budget == "£2,376,678", "example: money keeps its format (budget £2,376,678)", shown_budget)
    spare = [i + 1 for i in range(n) if i not in rows and (got_vfm[i] is not None or got_share[i] is not None)]
    report(not spare, "example: spare rows stay blank", f"rows {spare}")


# ------------------------------------------------------------ files

def check_no_macros(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        text = "".join(z.read(n).decode("utf-8", "replace") for n in names if n.endswith(".xml"))
    bad = [n for n in names if n.startswith(("Basic/", "Scripts/"))]
    bad += [w for w in ("script:event-listener", "vnd.sun.star.script:", "macro://", "ooo:script",
                        "application/vnd.sun.star.basic") if w in text]
    report(not bad, f"{path.name}: no macros", ", ".join(bad))


def xlsx_cells(path):
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
    with zipfile.ZipFile(path) as z:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns):
                shared.append("".join(t.text or "" for t in si.iter(f"{{{ns['m']}}}t")))
        book = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        target = {r.get("Id"): r.get("Target") for r in rels}
        cells, formulas = {}, []
        for s in book.find("m:sheets", ns):
            rid = s.get(f"{{{ns['r']}}}id")
            sheet = ET.fromstring(z.read("xl/" + target[rid].lstrip("/").replace("xl/", "")))
            for c in sheet.iter(f"{{{ns['m']}}}c"):
                v, f = c.find("m:v", ns), c.find("m:f", ns)
                if f is not None and f.text:
                    formulas.append(f.text)
                if v is None:
                    is_ = c.find("m:is", ns)
                    val = "".join(t.text or "" for t in is_.iter(f"{{{ns['m']}}}t")) if is_ is not None else None
                elif c.get("t") == "s":
                    val = shared[int(v.text)]
                elif c.get("t") in ("str", "inlineStr", "e"):
                    val = v.text
                else:
                    val = float(v.text)
                cells[(s.get("name"), c.get("r"))] = val
        names = [d.text or "" for d in book.iter(f"{{{ns['m']}}}definedName")]
    return cells, formulas, names


def check_xlsx(doc, desk, path):
    store(doc, path, FILTERS[".xlsx"])
    cells, formulas, names = xlsx_cells(path)
    missing = []
    inputs = 0
    for sheet in doc.Sheets:
        ranges = sheet.queryContentCells(1 | 4)            # VALUE | STRING: typed inputs
        for a in ranges.RangeAddresses:
            data = sheet.getCellRangeByPosition(a.StartColumn, a.StartRow, a.EndColumn, a.EndRow).DataArray
            for r, row in enumerate(data, a.StartRow):
                for c, want in enumerate(row, a.StartColumn):
                    got = cells.get((sheet.Name, a1(c, r)))
                    inputs += 1
                    if not (got == want or (isinstance(want, float) and isinstance(got, float)
                                            and close(got, want, 1e-12))):
                        missing.append(f"{sheet.Name}!{a1(c, r)}={want!r} got {got!r}")
    report(inputs > 500 and not missing, f"xlsx keeps every input value ({inputs})", "; ".join(missing[:5]))
    text = " ".join(formulas + names)
    used = set()
    for sheet in doc.Sheets:
        for a in sheet.queryContentCells(FORMULA).RangeAddresses:
            for row in sheet.getCellRangeByPosition(a.StartColumn, a.StartRow, a.EndColumn, a.EndRow).FormulaArray:
                for f in row:
                    used.update(re.findall(r"STAR\.[A-Z]+(?=\()", f))
    for i in range(doc.NamedRanges.Count):
        used.update(re.findall(r"STAR\.[A-Z]+(?=\()", doc.NamedRanges.getByIndex(i).Content))
    absent = sorted(f for f in used if f + "(" not in text)
    report(len(used) >= 15 and not absent, f"xlsx writes the {len(used)} STAR functions used by name",
           ", ".join(absent))
    odd = re.findall(r"(?:_xll\.|star\.)[A-Za-z]+", text)
    report(not odd, "xlsx has no mangled STAR names", ", ".join(odd[:5]))
    check_xlsx_numbers(doc, desk, path)


def check_xlsx_numbers(doc, desk, path):
    """XLSX keeps no categories for an XY chart, so a reader numbers the
    labelled points 1, 2, ... in order: the labelled series holds the
    interventions only (not the curve's origin), in the order of value for
    money, so those numbers are the ranks (where no two tie)."""
    ranks = sorted(v for v in column_below(doc.Sheets.getByName("Value for money"), "Rank", 100) if v)
    xlsx = load(desk, path)
    chart = xlsx.Sheets.getByName("Value for money").Charts.getByIndex(0).EmbeddedObject
    labelled = []
    for ct in chart.getFirstDiagram().getCoordinateSystems()[0].getChartTypes():
        for s in ct.getDataSeries():
            if s.Label.ShowCategoryName:
                ys = [seq.getValues().getData() for seq in s.getDataSequences() if seq.getValues().Role == "values-y"]
                labelled.append(sum(1 for y in ys[0] if isinstance(y, float)))
    xlsx.close(True)
    report(labelled == [len(ranks)] and ranks == list(range(1, len(ranks) + 1)),
           f"xlsx: the value triangles are numbered 1-{len(ranks)}, their ranks", f"{labelled} {ranks}")


def check_controls(doc):
    """The scroll bars write into their cells on the protected sheets, and the
    results follow (no macro involved)."""
    crit = doc.Sheets.getByName("Criteria and weights")
    alloc = doc.Sheets.getByName("Allocation")
    bars = {m.Name: m for sheet in (crit, alloc) for form in [sheet.DrawPage.Forms.getByIndex(0)]
            for m in (form.getByIndex(i) for i in range(form.Count))}
    report(len(bars) == 11 and crit.isProtected() and alloc.isProtected() and not doc.ApplyFormDesignMode,
           "11 scroll bars (10 weights and the budget) on protected sheets, live on opening",
           ", ".join(sorted(bars)))
    weight = doc.NamedRanges.getByName("Weights").ReferredCells.getCellByPosition(0, 0)
    budget = doc.NamedRanges.getByName("Budget").ReferredCells.getCellByPosition(0, 0)
    spend = value_right_of(alloc, "Spend, best shares £")
    bars["Weight 1"].ScrollValue = 80
    bars["Budget"].ScrollValue = 1_376_678
    doc.calculateAll()
    after = value_right_of(alloc, "Spend, best shares £")
    report(weight.Value == 80 and budget.Value == 1_376_678 and close(after, 1_376_678) and spend != after,
           "dragging the weight and budget scroll bars moves the cells and the allocation",
           f"weight {weight.Value}, budget {budget.Value}, spend {spend} -> {after}")


def check_template_path(ctx, workbooks):
    ps = ctx.ServiceManager.createInstanceWithContext("com.sun.star.util.PathSettings", ctx)
    expander = ctx.getValueByName("/singletons/com.sun.star.util.theMacroExpander")
    found = []
    for url in ps.Template_internal:
        if url.startswith("vnd.sun.star.expand:"):
            url = expander.expandMacros(unquote(url[len("vnd.sun.star.expand:"):]))
        if url.startswith("file://"):
            folder = Path(uno.fileUrlToSystemPath(url))
            if (folder / "STAR" / "bsol-maternity.ots").exists() and (folder / "STAR" / "star-workbook.ots").exists():
                found.append(str(folder))
    report(bool(found), "the extension's templates are on the template path (File > Templates, STAR)",
           "; ".join(ps.Template_internal))


# ------------------------------------------------------------ main

def with_extension(pipe, workbooks, outdir):
    ctx = connect(pipe)
    desk = desktop(ctx)
    shipped = sorted(workbooks.glob("*.ods")) + sorted((workbooks / "templates" / "STAR").glob("*.ots"))
    report(len(shipped) == 4, "four workbooks built", ", ".join(p.name for p in shipped))
    for path in shipped:
        check_no_macros(path)
        doc = load(desk, path)
        before = results(doc)
        doc.calculateAll()
        after = results(doc)
        errors = [f"{doc.Sheets.getByIndex(s).Name}!{a1(c, r)} Err:{e}" for (s, c, r), e in error_cells(doc).items()]
        report(len(after) > 1000 and not errors,
               f"{path.name}: all {len(after)} formula cells compute without error", "; ".join(errors[:8]))
        stale = [k for k in after if not same(before.get(k), after[k])]
        report(not stale, f"{path.name}: stored values equal the recalculated ones",
               "; ".join(f"{k}: {before.get(k)!r} -> {after[k]!r}" for k in stale[:5]))
        if path.suffix == ".ods":
            (outdir / (path.stem + ".json")).write_text(json.dumps(after, ensure_ascii=False, indent=0))
        if path.name == "bsol-maternity.ods":
            check_example(doc)
            check_xlsx(doc, desk, outdir / "bsol-maternity.xlsx")
            check_controls(doc)
        doc.close(True)
        if path.suffix == ".ods":
            doc = load(desk, path)
            bad_input.untouched(doc, path.name)
            counts = bad_input.pasted_text(doc, path.name)
            counts["a half-typed row"] = bad_input.half_typed(doc, path.name)
            print(f"     {path.name}: Err:502 cells after each slip: " +
                  ", ".join(f"{k} {v}" for k, v in counts.items()), flush=True)
            clipping.check(doc, path.name)
            doc.close(True)
            doc = load(desk, path)
            if path.name == "bsol-maternity.ods":
                handworked.four_criteria(doc)
            else:
                handworked.hundred(doc)
                handworked.insert_rows(doc)
            doc.close(True)
    moved.check(ctx, desk, workbooks / "bsol-maternity.ods", outdir)
    check_template_path(ctx, workbooks)


def without_extension(pipe, workbooks, outdir):
    desk = desktop(connect(pipe))
    for path in sorted(workbooks.glob("*.ods")):
        want = json.loads((outdir / (path.stem + ".json")).read_text())
        doc = load(desk, path)
        got = results(doc)
        doc.close(True)
        star = sum(1 for v in want.values() if v != "")
        differ = [k for k in want if not same(got.get(k), want[k])]
        report(not differ,
               f"{path.name} without the extension shows the last computed values ({star} non-blank results)",
               "; ".join(f"{k}: {got.get(k)!r} instead of {want[k]!r}" for k in differ[:8]))


def main():
    mode, pipe, workbooks, outdir = sys.argv[1], sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
    if mode == "with":
        with_extension(pipe, workbooks, outdir)
    else:
        without_extension(pipe, workbooks, outdir)
    sys.exit(1 if common.failures else 0)


if __name__ == "__main__":
    main()
