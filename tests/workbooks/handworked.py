# SPDX-License-Identifier: MPL-2.0
"""Figures worked by hand, for the shapes the workbooks promise:

 1. Four criteria: the example with criteria 5 to 10 left without a name
    (and an intervention's scores for them cleared: they are not needed).
 2. A hundred interventions typed into the blank workbook, every row of it.
 3. Rows inserted inside the tables as the Guide says (on each table sheet,
    above the table's last row, the formulas filled down), and a 101st
    intervention typed into them: every named range, STAR call, check and
    chart takes it in.
"""
from bad_input import checks_lines
from common import close, column, column_below, error_cells, named_cell, report, value_right_of

TABLE_SHEETS = {"Interventions": "Patients", "Scores": "ScoreInputs", "Value for money": "VfmCells",
                "Allocation": "FundingRule", "Sensitivity": "UncertaintyFactors", "Checks": "RowProblems"}


def errors_in(doc):
    sheets = doc.Sheets
    return [f"{sheets.getByIndex(s).Name}!{c},{r} Err:{e}" for (s, c, r), e in error_cells(doc).items()]


def checks_ok(doc):
    return named_cell(doc, "ChecksPassed").String.startswith("All ")


def four_criteria(doc):
    crit = doc.NamedRanges.getByName("Criteria").ReferredCells
    for j in range(4, 10):
        crit.getCellByPosition(0, j).setString("")
    scores = doc.NamedRanges.getByName("ScoreInputs").ReferredCells
    for j in (4, 5):                      # intervention 1's scores on criteria 5 and 6
        scores.getCellByPosition(j, 0).setString("")
    doc.calculateAll()
    report(not errors_in(doc) and checks_ok(doc),
           "four criteria: criteria 5-10 without a name are left out, their scores not needed; Checks all OK",
           f"{errors_in(doc)[:4]} {named_cell(doc, 'FirstProblem').String}")
    vfm = doc.Sheets.getByName("Value for money")
    n = 12
    got = column_below(vfm, "Value for money (benefit per £1,000)", n)
    bpp = column_below(doc.Sheets.getByName("Scores"), "Benefit per patient (0-100)", n)
    # Weights 30, 20, 15, 10 (sum 75); scores on 0-10 become 0-100.
    # 1, continuity: scores 6 8 8 5: (30*60 + 20*80 + 15*80 + 10*50) / 75 = 5100 / 75 = 68.
    #    benefit 3,515 x 68 x 0.7 = 167,314; equity 1 + (1.5 - 1) x 0.7 = 1.35: 225,873.9;
    #    cost 3,515 x £400 = £1,406,000: 225,873.9 / 1,406,000 x 1000 = 160.65.
    # 5, digital access: 4 4 6 7: (1200 + 800 + 900 + 700) / 75 = 48; 18,500 x 48 x 0.8 = 710,400;
    #    x (1 + 0.5 x 0.5) = 888,000; cost 18,500 x £5 = £92,500: 9,600.
    # 2, home birth: 3 2 7 9: (900 + 400 + 1050 + 900) / 75 = 43.33; 135 x 43.33 x 0.8 = 4,680;
    #    x (1 + 0.5 x 0.15) = 5,031; cost £162,000: 31.06.
    want = {0: (68.0, 160.65), 4: (48.0, 9600.0), 1: (3250 / 75, 5031 / 162)}
    bad = [(i + 1, bpp[i], got[i]) for i, (b, v) in want.items() if not (close(bpp[i], b) and close(got[i], v))]
    report(not bad, "four criteria: benefit per patient and value for money as worked by hand", str(bad))
    crit_line = checks_lines(doc)[0][1][0]
    report(crit_line == "OK: 4 criteria", "four criteria: Checks counts 4 criteria", crit_line)


def fill(doc, i, row, k):
    """Intervention i (1-based) into row `row` (0-based in the tables): 100
    patients at £i each, every named criterion scored 10; spend £100 i,
    allowed from 0 to £200 i; certain, nobody in the most deprived fifth."""
    def put(name, value, col=0):
        cell = doc.NamedRanges.getByName(name).ReferredCells.getCellByPosition(col, row)
        if isinstance(value, str):
            cell.String = value
        else:
            cell.Value = value
    put("Names", f"Intervention {i}")
    for name, v in (("Patients", 100), ("CostPerPatient", i), ("CurrentSpend", 100 * i), ("LowSpend", 0),
                    ("HighSpend", 200 * i), ("Likelihood", 1), ("Core20Share", 0)):
        put(name, v)
    for j in range(k):
        put("ScoreInputs", 10, j)


def hundred(doc):
    k = sum(1 for v in doc.NamedRanges.getByName("Criteria").ReferredCells.DataArray if v[0] != "")
    for i in range(1, 101):
        fill(doc, i, i - 1, k)
    named_cell(doc, "Budget").Value = 5500
    doc.calculateAll()
    report(not errors_in(doc) and checks_ok(doc), "a hundred interventions: no error, Checks all OK",
           f"{errors_in(doc)[:4]} {named_cell(doc, 'FirstProblem').String}")
    # Each: benefit per patient 100, benefit 100 x 100 = 10,000, cost 100 x £i:
    # value for money 10,000 / 100 i x 1000 = 100,000 / i, rank i. The budget
    # £5,500 = 100 x (1 + ... + 10) buys interventions 1 to 10 exactly, in
    # shares and whole; total cost 100 x 5,050 = £505,000.
    vfm = doc.Sheets.getByName("Value for money")
    alloc = doc.Sheets.getByName("Allocation")
    got_vfm = column_below(vfm, "Value for money (benefit per £1,000)", 100)
    got_rank = column_below(vfm, "Rank", 100)
    share = column_below(alloc, "Best share funded", 100)
    whole = column_below(alloc, "Whole only: funded?", 100)
    bad = [i for i in range(1, 101) if not (close(got_vfm[i - 1], 100000 / i) and got_rank[i - 1] == i and
                                            close(share[i - 1], 1.0 if i <= 10 else 0.0) and
                                            whole[i - 1] == (1 if i <= 10 else 0))]
    report(not bad, "a hundred interventions: value for money, rank and allocation as worked by hand",
           f"rows {bad[:10]}")
    total = value_right_of(vfm, "Total")
    report(close(total, 505000), "a hundred interventions: total cost £505,000", str(total))
    curve_x = column(doc, "VfmCells")
    report(sum(1 for v in curve_x if v is not None) == 100, "a hundred interventions: all on the Value for money sheet")
    check_charts(doc, 100, 505000)


def chart_rows(sheet, name):
    """Rows of each data sequence of a chart (its XY series and error bars)."""
    chart = sheet.Charts.getByName(name).EmbeddedObject
    ranges = []
    for ct in chart.getFirstDiagram().getCoordinateSystems()[0].getChartTypes():
        for s in ct.getDataSeries():
            for seq in s.getDataSequences():
                ranges.append(seq.getValues().SourceRangeRepresentation)
    return ranges


def check_charts(doc, n, total_cost):
    """The value triangles reach the last intervention, and the key and the
    allocation chart count them all."""
    vfm = doc.Sheets.getByName("Value for money")
    c, r = find_cell(vfm, "Curve: cost £")
    xs = [v[0] for v in vfm.getCellRangeByPosition(c, r + 1, c, r + n + 1).DataArray]
    report(sum(isinstance(v, float) for v in xs) == n + 1 and close(max(v for v in xs if isinstance(v, float)),
                                                                     total_cost),
           f"{n} interventions: the curve has {n + 1} points ending at the total cost", str(xs[-3:]))
    alloc = doc.Sheets.getByName("Allocation")
    c, r = find_cell(alloc, "Place")
    places = [v[0] for v in alloc.getCellRangeByPosition(c, r + 1, c, r + n + 5).DataArray]
    report(max(v for v in places if isinstance(v, float)) == n, f"{n} interventions: the allocation chart has {n} places")


def find_cell(sheet, text):
    data = sheet.getCellRangeByPosition(0, 0, 60, 12).DataArray
    for r, row in enumerate(data):
        for c, v in enumerate(row):
            if v == text:
                return c, r
    raise KeyError(text)


def clear(doc, row):
    """Deletes what was typed in a table row, on every sheet."""
    for name in ("InterventionInputs", "ScoreInputs", "FundingRule", "UncertaintyFactors"):
        cells = doc.NamedRanges.getByName(name).ReferredCells
        for c in range(cells.Columns.Count):
            cell = cells.getCellByPosition(c, row)
            if cell.Type.value != "FORMULA":
                cell.setString("")


def insert_rows(doc, extra=5):
    """As the Guide says, while a table's last row is still blank: on each
    table sheet, rows inserted above the last row, which is then copied up
    into them (Fill Up)."""
    clear(doc, 99)                      # the 100th row blank again
    before = {}
    for sheet_name, name in TABLE_SHEETS.items():
        sheet = doc.Sheets.getByName(sheet_name)
        area = doc.NamedRanges.getByName(name).ReferredCells.RangeAddress
        before[sheet_name] = (area.EndRow - area.StartRow + 1, chart_ranges(sheet))
        sheet.unprotect("")
        last = area.EndRow
        sheet.Rows.insertByIndex(last, extra)
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        width = cursor.RangeAddress.EndColumn
        source = sheet.getCellRangeByPosition(0, last + extra, width, last + extra).RangeAddress
        for k in range(extra):
            sheet.copyRange(sheet.getCellByPosition(0, last + k).CellAddress, source)
        sheet.protect("")
    k = sum(1 for v in doc.NamedRanges.getByName("Criteria").ReferredCells.DataArray if v[0] != "")
    fill(doc, 100, 99, k)
    fill(doc, 101, 100, k)              # in the first inserted row
    named_cell(doc, "Budget").Value = 5500
    doc.calculateAll()
    grown = [s for s, n in TABLE_SHEETS.items()
             if doc.NamedRanges.getByName(n).ReferredCells.RangeAddress.EndRow -
             doc.NamedRanges.getByName(n).ReferredCells.RangeAddress.StartRow + 1 != before[s][0] + extra]
    report(not grown, f"rows inserted: every table's named range grew by {extra}", str(grown))
    report(not errors_in(doc) and checks_ok(doc), "rows inserted, a 101st intervention typed: no error, Checks all OK",
           f"{errors_in(doc)[:4]} {named_cell(doc, 'FirstProblem').String}")
    line = checks_lines(doc)[0][-1][0]
    report(line.startswith("OK: 101 interventions"), "rows inserted: STAR.CHECK counts 101 interventions", line)
    for sheet_name in ("Value for money", "Allocation"):
        old = before[sheet_name][1]
        new = chart_ranges(doc.Sheets.getByName(sheet_name))
        report(len(new) == len(old) and any(o != n for o, n in zip(old, new)),
               f"rows inserted: the {sheet_name} chart's ranges grew with the table", f"{old[:2]} -> {new[:2]}")
    check_charts(doc, 101, 505000 + 101 * 100)
    shown = [v for row in doc.Sheets.getByName("Value for money").getCellRangeByPosition(0, 0, 30, 250).DataArray
             for v in row]
    report(shown.count("Intervention 101") == 2, "rows inserted: the 101st is in the table and in the chart's key")


def chart_ranges(sheet):
    return [r for name in sheet.Charts.ElementNames for r in chart_rows(sheet, name)]
