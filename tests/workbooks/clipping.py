# SPDX-License-Identifier: MPL-2.0
"""Nothing clipped: for every non-empty cell of every sheet (in its visible
rows and columns), the row is at least as tall as its text needs and the
text fits its width (the merged cells' width; text that does not wrap may
run on into empty cells to its right), or wraps on word boundaries: no word
is wider than the cell, so Calc never breaks one in the middle.

Text is measured by Calc itself: copied, with its cell's style, into a
scratch sheet whose column and row take their optimal size.
"""
import re

from common import a1, report

CM = 1000               # 1/100 mm in a cm
SLACK = 30              # 0.3 mm: rounding of sizes
NUMBER_CM = 0.23        # cm: wider than any digit or sign at 10 pt, bold


class Ruler:
    """Measures text in a scratch sheet of the document."""

    def __init__(self, doc):
        self.doc = doc
        doc.Sheets.insertNewByName("clipping-ruler", doc.Sheets.Count)
        self.sheet = doc.Sheets.getByName("clipping-ruler")
        self.cell = self.sheet.getCellByPosition(0, 0)
        self.col = self.sheet.Columns.getByIndex(0)
        self.row = self.sheet.Rows.getByIndex(0)
        self.widths = {}

    def width(self, text, style):
        """Width the text needs on one line."""
        key = (text, style)
        if key not in self.widths:
            self.cell.CellStyle = style
            self.cell.IsTextWrapped = False
            self.cell.String = text
            self.col.OptimalWidth = True
            self.widths[key] = self.col.Width
        return self.widths[key]

    def height(self, text, style, width, wrapped):
        """Height the text needs in a cell of that width."""
        self.cell.CellStyle = style
        self.cell.IsTextWrapped = wrapped
        self.cell.String = text
        self.col.Width = width
        self.row.OptimalHeight = True
        return self.row.Height

    def close(self):
        self.doc.Sheets.removeByName("clipping-ruler")


def visible(entries):
    return [e.IsVisible for e in entries]


def check(doc, name):
    ruler = Ruler(doc)
    problems = []
    checked = 0
    for sheet in list(doc.Sheets):
        if sheet.Name == "clipping-ruler":
            continue
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        last_c, last_r = cursor.RangeAddress.EndColumn, cursor.RangeAddress.EndRow
        cols = [sheet.Columns.getByIndex(c) for c in range(last_c + 2)]
        col_w = [c.Width if c.IsVisible else 0 for c in cols]
        rows = sheet.Rows
        data = sheet.getCellRangeByPosition(0, 0, last_c, last_r).DataArray
        for r, row in enumerate(data):
            row_obj = rows.getByIndex(r)
            if not row_obj.IsVisible:
                continue
            for c, v in enumerate(row):
                if v == "" or not col_w[c]:
                    continue
                if isinstance(v, float) and len(f"£{v:,.3f}") * NUMBER_CM * CM <= col_w[c]:
                    continue                        # a number that fits whatever its format
                cell = sheet.getCellByPosition(c, r)
                text = cell.String
                if not text:
                    continue
                checked += 1
                merged = sheet.createCursorByRange(cell)
                merged.collapseToMergedArea()
                m = merged.RangeAddress
                width = sum(col_w[x] for x in range(m.StartColumn, m.EndColumn + 1))
                height = sum(rows.getByIndex(y).Height for y in range(m.StartRow, m.EndRow + 1))
                style = cell.CellStyle
                where = f"{sheet.Name}!{a1(c, r)}"
                if cell.IsTextWrapped:
                    words = [w for w in re.split(r"\s+|(?<=-)", text) if w]
                    wide = [w for w in words if ruler.width(w, style) > width + SLACK]
                    if wide:
                        problems.append(f"{where}: {wide[0]!r} is wider than the cell")
                        continue
                    need = ruler.height(text, style, width, True)
                else:
                    room = width
                    if isinstance(v, str) and cell.HoriJustify.value in ("STANDARD", "LEFT"):
                        x = m.EndColumn + 1         # text runs on into empty cells
                        while x < len(col_w) and sheet.getCellByPosition(x, r).Type.value == "EMPTY" and \
                                not sheet.getCellByPosition(x, r).IsMerged:
                            room += col_w[x]
                            x += 1
                            if room > 60 * CM:
                                break
                    if ruler.width(text, style) > room + SLACK:
                        problems.append(f"{where}: {text[:40]!r} is wider than its cell")
                        continue
                    need = ruler.height(text, style, max(width, 1), False)
                if height + SLACK < need:
                    problems.append(f"{where}: {text[:40]!r} needs a row {need / CM:.2f} cm tall, has {height / CM:.2f}")
    ruler.close()
    report(checked > 300 and not problems, f"{name}: no text clipped in any of {checked} cells shown",
           "; ".join(problems[:8]) + (f" (and {len(problems) - 8} more)" if len(problems) > 8 else ""))
    return problems
