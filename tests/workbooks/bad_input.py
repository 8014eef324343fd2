# SPDX-License-Identifier: MPL-2.0
"""Bad input explained, not cascaded: the checks a new user's slips would
test, done through the UNO API on a built workbook.

 1. Untouched: no formula cell holds an error; Checks says nothing about a
    spare row (only rows in use have words); the headline's count equals
    the lines that are not OK, and the Guide shows the same.
 2. Text pasted into every kind of input cell in turn (pasting skips data
    validity), and a half-typed new row (a name and patients, no cost): the
    only error values anywhere are Err:502 in STAR result cells (a cell
    whose formula calls STAR directly or through a named expression, or
    takes its value from such a cell), and the first problem on Checks and
    on the Guide names the row and the input in words.
"""
import re

from common import a1, cells_of, error_cells, find, named_cell, report

TEXT = "1,200 pounds"

# (what, where: a named range and the cell in it (row, column) or a label to
# the left, what to type, the words the first problem must hold; {row} is
# the row of the cell typed into)
KINDS = [
    ("patients a year", ("Patients", 0, 0), TEXT, ["Row {row}", "patients a year is text"]),
    ("cost per patient", ("CostPerPatient", 0, 0), TEXT, ["Row {row}", "cost per patient is text"]),
    ("current spend", ("CurrentSpend", 0, 0), TEXT, ["Row {row}", "current spend is text"]),
    ("lowest spend", ("LowSpend", 0, 0), TEXT, ["Row {row}", "lowest spend is text"]),
    ("highest spend", ("HighSpend", 0, 0), TEXT, ["Row {row}", "highest spend is text"]),
    ("likelihood", ("Likelihood", 0, 0), TEXT, ["Row {row}", "likelihood of success is text"]),
    ("deprivation share", ("Core20Share", 0, 0), TEXT, ["Row {row}", "share in the most deprived fifth is text"]),
    ("a confidence", ("Confidence1", 0, 0), "Maybe", ["Row {row}", "patients confidence \"Maybe\" is not"]),
    ("an intervention's name", ("Names", 0, 0), TEXT, None),
    ("a score", ("ScoreInputs", 0, 0), TEXT, ["Row {row}", "score for", "is text"]),
    ("a criterion's weight", ("WeightInputs", 0, 0), TEXT, ["Criterion 1", "weight is text"]),
    ("a criterion's name", ("Criteria", 0, 0), TEXT, None),
    ("the lowest score", ("ScaleLow", 0, 0), TEXT, ["lowest score on the scale is text"]),
    ("the highest score", ("ScaleHigh", 0, 0), TEXT, ["highest score on the scale is text"]),
    ("the equity weight", ("EquityWeight", 0, 0), TEXT, ["equity weight is text"]),
    ("a group's swing weight", ("GroupSwingInputs", 0, 0), TEXT, ["a swing weight is text"]),
    ("a group's name", ("Groups", 0, 0), TEXT, None),
    ("the budget", ("Budget", 0, 0), TEXT, ["budget is text"]),
    ("a funding rule", ("FundingRule", 0, 0), "Maybe", ["funding rule on Allocation row {row}", "\"Maybe\" is not"]),
    ("a benefit low factor", ("UncertaintyFactors", 0, 0), TEXT, ["benefit low factor on Sensitivity row {row}",
                                                                   "is text"]),
    ("a benefit high factor", ("UncertaintyFactors", 0, 1), TEXT, ["benefit high factor", "is text"]),
    ("a cost low factor", ("UncertaintyFactors", 0, 2), TEXT, ["cost low factor", "is text"]),
    ("a cost high factor", ("UncertaintyFactors", 0, 3), TEXT, ["cost high factor", "is text"]),
    ("the date", ("Date of this version", None, None), TEXT, None),
]


class Workbook:
    """A loaded workbook, with what its formulas call through names."""

    def __init__(self, doc):
        self.doc = doc
        self.names = {}
        for i in range(doc.NamedRanges.Count):
            n = doc.NamedRanges.getByIndex(i)
            self.names[n.Name.upper()] = n.Content
        for sheet in doc.Sheets:
            for i in range(sheet.NamedRanges.Count):
                n = sheet.NamedRanges.getByIndex(i)
                self.names.setdefault(n.Name.upper(), n.Content)
        self.star_names = {n for n in self.names if self.calls_star(self.names[n], set())}

    def calls_star(self, formula, seen):
        text = re.sub(r'"[^"]*"', "", formula)
        if "STAR." in text.upper():
            return True
        for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text):
            w = word.upper()
            if w in self.names and w not in seen:
                seen.add(w)
                if self.calls_star(self.names[w], seen):
                    return True
        return False

    def star_formula(self, formula):
        text = re.sub(r'"[^"]*"', "", formula).upper()
        return "STAR." in text or any(w.upper() in self.star_names
                                      for w in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text))

    def bad_errors(self):
        """Error cells other than Err:502 in STAR result cells, as words."""
        errors = error_cells(self.doc)
        sheets = self.doc.Sheets
        accepted = set()
        changed = True
        while changed:
            changed = False
            for key, code in errors.items():
                if key in accepted or code != 502:
                    continue
                cell = sheets.getByIndex(key[0]).getCellByPosition(key[1], key[2])
                if self.star_formula(cell.Formula) or any(
                        p in accepted for p in cells_of(cell.queryPrecedents(False))):
                    accepted.add(key)
                    changed = True
        return [f"{sheets.getByIndex(s).Name}!{a1(c, r)} Err:{code} {sheets.getByIndex(s).getCellByPosition(c, r).Formula[:80]}"
                for (s, c, r), code in sorted(errors.items()) if (s, c, r) not in accepted], len(errors)


def checks_lines(doc):
    """The summary lines of Checks: [(result, ok?)], and the headline."""
    sh = doc.Sheets.getByName("Checks")
    c, r = find(sh, "Check")
    lines = []
    while True:
        r += 1
        label = sh.getCellByPosition(c, r).String
        if not label:
            break
        lines.append((sh.getCellByPosition(c + 1, r).String, sh.getCellByPosition(c + 2, r).String))
    return lines, named_cell(doc, "ChecksPassed").String


def first_problem(doc):
    guide = doc.Sheets.getByName("Guide")
    gc, gr = find(guide, "First problem")
    return named_cell(doc, "FirstProblem").String, guide.getCellByPosition(gc + 1, gr).String


def untouched(doc, name):
    wb = Workbook(doc)
    doc.calculateAll()
    bad, n = wb.bad_errors()
    report(n == 0, f"{name}: untouched, no cell holds an error", "; ".join(bad[:5]))
    lines, headline = checks_lines(doc)
    not_ok = sum(ok != "OK" for _, ok in lines)
    m = re.match(r"All (\d+) checks OK$|(\d+) of (\d+) checks need attention$", headline)
    count = 0 if m and m.group(1) else int(m.group(2)) if m else -1
    report(count == not_ok and len(lines) == int(m.group(1) or m.group(3)),
           f"{name}: the headline ({headline}) counts the {not_ok} lines that are not OK", str(lines))
    in_use = [bool(v[0]) for v in doc.NamedRanges.getByName("InUse").ReferredCells.DataArray]
    words = [v[0] for v in doc.NamedRanges.getByName("RowProblems").ReferredCells.DataArray]
    typed = [bool(n[0] != "" or p[0] != "") for n, p in zip(
        doc.NamedRanges.getByName("Names").ReferredCells.DataArray,
        doc.NamedRanges.getByName("Patients").ReferredCells.DataArray)]
    spare_words = [i + 1 for i, (u, w, t) in enumerate(zip(in_use, words, typed)) if (w != "") != t or u != t]
    report(not spare_words and not any("spare" in t.lower() or "(no name)" in t for t, _ in lines),
           f"{name}: Checks has words only for the {sum(typed)} rows in use, none about a spare row",
           f"rows {spare_words[:10]}")
    guide_first = first_problem(doc)
    report(guide_first[0] == guide_first[1], f"{name}: the Guide shows the first problem of Checks",
           str(guide_first))


def target(doc, where):
    name, row, col = where
    if row is None:
        guide = doc.Sheets.getByName("Guide")
        c, r = find(guide, name)
        return guide.getCellByPosition(c + 1, r)
    return doc.NamedRanges.getByName(name).ReferredCells.getCellByPosition(col, row)


def restore(cell, kind, value):
    if kind == "VALUE":
        cell.Value = value
    elif kind == "TEXT":
        cell.String = value
    else:
        cell.setString("")


def after_slip(doc, wb, name, what, expect, row):
    doc.calculateAll()
    bad, n = wb.bad_errors()
    report(not bad, f"{name}: {what}: the only errors are Err:502 in STAR result cells ({n} of them)",
           "; ".join(bad[:4]))
    if expect is None:
        return n
    words = [w.format(row=row) for w in expect]
    checks, guide = first_problem(doc)
    missing = [w for w in words if w not in checks or w not in guide]
    report(not missing, f"{name}: {what}: Checks and the Guide say it in words ({checks[:90]})",
           f"missing {missing} in {checks!r} / {guide!r}")
    return n


def pasted_text(doc, name):
    """Each kind of input in turn; gives the error cells counted."""
    wb = Workbook(doc)
    counts = {}
    for what, where, text, expect in KINDS:
        cell = target(doc, where)
        kind = cell.Type.value
        old = cell.Value if kind == "VALUE" else cell.String
        cell.String = text
        row = cell.CellAddress.Row + 1
        counts[what] = after_slip(doc, wb, name, f"text in {what}", expect, row)
        restore(cell, kind, old)
    doc.calculateAll()
    bad, n = wb.bad_errors()
    report(n == 0, f"{name}: put back as it was, no cell holds an error", "; ".join(bad[:3]))
    return counts


def half_typed(doc, name):
    """A name and patients typed into the first spare row, nothing else."""
    wb = Workbook(doc)
    names = doc.NamedRanges.getByName("Names").ReferredCells
    patients = doc.NamedRanges.getByName("Patients").ReferredCells
    i = next(i for i, v in enumerate(names.DataArray) if v[0] == "")
    names.getCellByPosition(0, i).String = "New service"
    patients.getCellByPosition(0, i).Value = 100
    row = names.getCellByPosition(0, i).CellAddress.Row + 1
    n = after_slip(doc, wb, name, "a half-typed row", ["Row {row}", "New service", "no cost per patient"], row)
    names.getCellByPosition(0, i).setString("")
    patients.getCellByPosition(0, i).setString("")
    return n
