#!/usr/bin/python3
# SPDX-License-Identifier: MPL-2.0
"""Recalculates a STAR workbook with the extension and writes it as PDF, plus
one single-page PDF per chart sheet (the chart and what is beside it), which
scripts/example.sh turns into PNG pictures.

    render.py PIPE WORKBOOK OUTDIR

Writes OUTDIR/NAME.pdf and OUTDIR/charts/SHEET.pdf; prints the check summary.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from uno_office import FILTERS, connect, desktop, load, prop, store  # noqa: E402


def covering_range(sheet, shape):
    """The cell range from A1 to the cell under the shape's bottom-right corner."""
    right = shape.Position.X + shape.Size.Width
    bottom = shape.Position.Y + shape.Size.Height
    col = 0
    while sheet.getCellByPosition(col + 1, 0).Position.X < right:
        col += 1
    row = 0
    while sheet.getCellByPosition(0, row + 1).Position.Y < bottom:
        row += 1
    return sheet.getCellRangeByPosition(0, 0, col, row)


def slug(name):
    return name.lower().replace(" ", "-")


def main():
    pipe, workbook, outdir = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    (outdir / "charts").mkdir(parents=True, exist_ok=True)
    doc = load(desktop(connect(pipe)), workbook)
    doc.calculateAll()
    store(doc, outdir / (workbook.stem + ".pdf"), FILTERS[".pdf"])
    for sheet in doc.Sheets:
        page = sheet.DrawPage
        charts = [page.getByIndex(i) for i in range(page.Count)
                  if page.getByIndex(i).ShapeType == "com.sun.star.drawing.OLE2Shape"]
        if not charts:
            continue
        area = covering_range(sheet, charts[0])
        store(doc, outdir / "charts" / (slug(sheet.Name) + ".pdf"), FILTERS[".pdf"],
              [prop("Selection", area)])
        print(f"chart sheet: {sheet.Name}")
    print("Checks:", doc.Sheets.getByName("Checks").getCellRangeByName("B4").String)
    doc.close(True)


if __name__ == "__main__":
    main()
