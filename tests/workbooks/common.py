# SPDX-License-Identifier: MPL-2.0
"""What the workbook checks share: reporting, reading cells and named
ranges, and finding the cells that hold an error."""
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, os.environ.get("OFFICE_TOOLS", str(HERE.parent.parent / "tools")))

FORMULA = 16            # com.sun.star.sheet.CellFlags.FORMULA
ERROR_RESULT = 4        # com.sun.star.sheet.FormulaResult.ERROR
failures = 0


def report(ok, what, detail=""):
    global failures
    print(("ok   " if ok else "FAIL ") + what + (f": {detail}" if detail and not ok else ""), flush=True)
    if not ok:
        failures += 1
    return ok


def a1(c, r):
    s, c = "", c + 1
    while c:
        c, x = divmod(c - 1, 26)
        s = chr(65 + x) + s
    return f"{s}{r + 1}"


def cells_of(ranges):
    """(column, row) of every cell of an XSheetCellRanges, 0-based."""
    for a in ranges.RangeAddresses:
        for r in range(a.StartRow, a.EndRow + 1):
            for c in range(a.StartColumn, a.EndColumn + 1):
                yield a.Sheet, c, r


def error_cells(doc):
    """{(sheet index, column, row): error code} of every formula cell whose result is an error."""
    found = {}
    for sheet in doc.Sheets:
        for s, c, r in cells_of(sheet.queryFormulaCells(ERROR_RESULT)):
            found[(s, c, r)] = sheet.getCellByPosition(c, r).getError()
    return found


def values(doc, name):
    """The cells of a named range as a list of rows of numbers/text/None."""
    cells = doc.NamedRanges.getByName(name).ReferredCells
    return [[None if v == "" else v for v in row] for row in cells.DataArray]


def column(doc, name):
    return [row[0] for row in values(doc, name)]


def scalar(doc, name):
    return values(doc, name)[0][0]


def named_cell(doc, name, i=0):
    return doc.NamedRanges.getByName(name).ReferredCells.getCellByPosition(0, i)


def find(sheet, text, rows=260, cols=40):
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
    """The first number right of a label (labels may span merged cells)."""
    c, r = find(sheet, label)
    for x in range(c + 1, c + 8):
        cell = sheet.getCellByPosition(x, r)
        if cell.Type.value in ("VALUE", "FORMULA") and cell.String != "":
            return cell.Value
    raise KeyError(f"no value right of {label!r}")


def close(a, b, tol=1e-9):
    return a is not None and b is not None and abs(a - b) <= tol * max(1.0, abs(a), abs(b))
