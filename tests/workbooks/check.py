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
    written by their compatibility names (STAR.VFM(...)).
The displayed value of every formula cell is written to OUTDIR for step 6.

Without the extension:
 6. the .ods workbooks show the same values as with it (the cached results).
Prints one line per check; exits non-zero if any failed.
"""
import itertools
import json
import os
import re
import sys
import zipfile
from pathlib import Path
from urllib.parse import unquote
from xml.etree import ElementTree as ET

HERE = Path(__file__).resolve().parent
sys.path.insert(0, os.environ.get("OFFICE_TOOLS", str(HERE.parent.parent / "tools")))
from uno_office import FILTERS, connect, desktop, load, store  # noqa: E402

import uno  # noqa: E402

FORMULA = 16            # com.sun.star.sheet.CellFlags.FORMULA
failures = 0


def report(ok, what, detail=""):
    global failures
    print(("ok   " if ok else "FAIL ") + what + (f": {detail}" if detail and not ok else ""))
    if not ok:
        failures += 1


def formula_cells(doc):
    for sheet in doc.Sheets:
        ranges = sheet.queryContentCells(FORMULA)
        for a in ranges.RangeAddresses:
            for r in range(a.StartRow, a.EndRow + 1):
                for c in range(a.StartColumn, a.EndColumn + 1):
                    yield sheet.Name, c, r, sheet.getCellByPosition(c, r)


def shown(doc):
    return {f"{s}!{c},{r}": cell.String for s, c, r, cell in formula_cells(doc)}


def same_shown(got, want):
    """Whether two displayed results agree: the same text, or numbers that
    differ by at most one unit of their last shown digit (a value lying on a
    rounding boundary may be stored and recomputed a hair apart)."""
    if got == want:
        return True
    if got is None:
        return False

    def number(text):
        t = text.replace(",", "").replace("£", "").replace("%", "").strip()
        try:
            return float(t), len(t.split(".")[1]) if "." in t else 0
        except ValueError:
            return None, 0

    (g, gd), (w, wd) = number(got), number(want)
    return g is not None and w is not None and gd == wd and abs(g - w) <= 1.0001 * 10.0 ** -wd


# ------------------------------------------------------------ reading inputs

def values(doc, name):
    """The cells of a named range as a list of rows of numbers/text/None."""
    cells = doc.NamedRanges.getByName(name).ReferredCells
    out = []
    for row in cells.DataArray:
        out.append([None if v == "" else v for v in row])
    return out


def column(doc, name):
    return [row[0] for row in values(doc, name)]


def scalar(doc, name):
    return values(doc, name)[0][0]


def find(sheet, text, rows=80, cols=30):
    data = sheet.getCellRangeByPosition(0, 0, cols - 1, rows - 1).DataArray
    for r, row in enumerate(data):
        for c, v in enumerate(row):
            if v == text:
                return c, r
    raise KeyError(f"{text!r} not on {sheet.Name}")


def column_below(sheet, header, n):
    c, r = find(sheet, header)
    return [None if v[0] == "" else v[0]
            for v in sheet.getCellRangeByPosition(c, r + 1, c, r + n).DataArray]


def value_right_of(sheet, label):
    c, r = find(sheet, label)
    return sheet.getCellByPosition(c + 1, r).Value


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


def close(a, b, tol=1e-9):
    return a is not None and b is not None and abs(a - b) <= tol * max(1.0, abs(a), abs(b))


def check_example(doc):
    e = expected(doc)
    rows, n = e["rows"], len(column(doc, "Patients"))
    report(len(rows) == 12, "example: 12 interventions", f"{len(rows)}")
    vfm_sheet = doc.Sheets.getByName("Value for money")
    alloc = doc.Sheets.getByName("Allocation")
    got_vfm = column_below(vfm_sheet, "Value for money (benefit per £1,000)", n)
    got_rank = column_below(vfm_sheet, "Rank", n)
    got_share = column_below(alloc, "Best share funded", n)
    got_whole = column_below(alloc, "Whole: funded?", n)
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
    gain = value_right_of(alloc, "Benefit added by reallocating it")
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


def a1(c, r):
    s, c = "", c + 1
    while c:
        c, x = divmod(c - 1, 26)
        s = chr(65 + x) + s
    return f"{s}{r + 1}"


def check_xlsx(doc, path):
    store(doc, path, FILTERS[".xlsx"])
    cells, formulas, names = xlsx_cells(path)
    missing = []
    inputs = 0
    for sheet in doc.Sheets:
        ranges = sheet.queryContentCells(1 | 4)            # VALUE | STRING: typed inputs
        for a in ranges.RangeAddresses:
            for r in range(a.StartRow, a.EndRow + 1):
                for c in range(a.StartColumn, a.EndColumn + 1):
                    cell = sheet.getCellByPosition(c, r)
                    want = cell.Value if cell.Type.value == "VALUE" else cell.String
                    got = cells.get((sheet.Name, a1(c, r)))
                    inputs += 1
                    if not (got == want or (isinstance(want, float) and isinstance(got, float)
                                            and close(got, want, 1e-12))):
                        missing.append(f"{sheet.Name}!{a1(c, r)}={want!r} got {got!r}")
    report(inputs > 500 and not missing, f"xlsx keeps every input value ({inputs})", "; ".join(missing[:5]))
    text = " ".join(formulas + names)
    used = set()
    for s, c, r, cell in formula_cells(doc):
        used.update(re.findall(r"STAR\.[A-Z]+(?=\()", cell.Formula))
    for i in range(doc.NamedRanges.Count):
        used.update(re.findall(r"STAR\.[A-Z]+(?=\()", doc.NamedRanges.getByIndex(i).Content))
    absent = sorted(f for f in used if f + "(" not in text)
    report(len(used) >= 15 and not absent, f"xlsx writes the {len(used)} STAR functions used by name",
           ", ".join(absent))
    odd = re.findall(r"(?:_xll\.|star\.)[A-Za-z]+", text)
    report(not odd, "xlsx has no mangled STAR names", ", ".join(odd[:5]))


def check_controls(doc):
    """The scroll bars write into their cells on the protected sheets, and the
    results follow (no macro involved)."""
    crit = doc.Sheets.getByName("Criteria and weights")
    alloc = doc.Sheets.getByName("Allocation")
    bars = {m.Name: m for sheet in (crit, alloc) for form in [sheet.DrawPage.Forms.getByIndex(0)]
            for m in (form.getByIndex(i) for i in range(form.Count))}
    report(len(bars) == 7 and crit.isProtected() and alloc.isProtected() and not doc.ApplyFormDesignMode,
           "7 scroll bars on protected sheets, live on opening", ", ".join(sorted(bars)))
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
        before = shown(doc)
        doc.calculateAll()
        after = shown(doc)
        errors = [f"{s}!{a1(c, r)} {cell.String}" for s, c, r, cell in formula_cells(doc) if cell.getError()]
        report(len(after) > 1000 and not errors,
               f"{path.name}: all {len(after)} formula cells compute without error", "; ".join(errors[:8]))
        stale = [k for k in after if before.get(k) != after[k]]
        report(not stale, f"{path.name}: stored values equal the recalculated ones",
               "; ".join(f"{k}: {before.get(k)!r} -> {after[k]!r}" for k in stale[:5]))
        if path.suffix == ".ods":
            (outdir / (path.stem + ".json")).write_text(json.dumps(after, ensure_ascii=False, indent=0))
        if path.name == "bsol-maternity.ods":
            check_example(doc)
            check_xlsx(doc, outdir / "bsol-maternity.xlsx")
            check_controls(doc)
        doc.close(True)
    check_template_path(ctx, workbooks)


def without_extension(pipe, workbooks, outdir):
    desk = desktop(connect(pipe))
    for path in sorted(workbooks.glob("*.ods")):
        want = json.loads((outdir / (path.stem + ".json")).read_text())
        doc = load(desk, path)
        got = shown(doc)
        doc.close(True)
        star = sum(1 for v in want.values() if v != "")
        differ = [k for k in want if not same_shown(got.get(k), want[k])]
        report(not differ,
               f"{path.name} without the extension shows the last computed values ({star} non-blank results)",
               "; ".join(f"{k}: {got.get(k)!r} instead of {want[k]!r}" for k in differ[:8]))


def main():
    mode, pipe, workbooks, outdir = sys.argv[1], sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
    if mode == "with":
        with_extension(pipe, workbooks, outdir)
    else:
        without_extension(pipe, workbooks, outdir)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
