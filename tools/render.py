#!/usr/bin/python3
# SPDX-License-Identifier: MPL-2.0
"""Recalculates a STAR workbook with the extension and writes it as PDF, and
the names of its sheets with charts (each sheet's first printed page shows
its chart; scripts/example.sh turns those pages into PNG pictures).

    render.py PIPE WORKBOOK OUTDIR

Writes OUTDIR/NAME.pdf, OUTDIR/chart-sheets.txt and OUTDIR/sheet-titles.txt; prints
the check summary.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from uno_office import FILTERS, connect, desktop, load, prop, store  # noqa: E402


def main():
    pipe, workbook, outdir = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    doc = load(desktop(connect(pipe)), workbook)
    doc.calculateAll()
    store(doc, outdir / (workbook.stem + ".pdf"), FILTERS[".pdf"], [prop("ExportNotes", False)])
    names = []
    for sheet in doc.Sheets:
        page = sheet.DrawPage
        if any(page.getByIndex(i).ShapeType == "com.sun.star.drawing.OLE2Shape" for i in range(page.Count)):
            names.append(sheet.Name)
    (outdir / "chart-sheets.txt").write_text("".join(f"{n}\n" for n in names), encoding="utf-8")
    # each sheet's title (its first page starts with it), for the user guide's pictures
    titles = [sheet.getCellByPosition(0, 0).String for sheet in doc.Sheets]
    (outdir / "sheet-titles.txt").write_text("".join(f"{n}\n" for n in titles), encoding="utf-8")
    print("chart sheets:", ", ".join(names))
    print("Checks:", doc.Sheets.getByName("Checks").getCellRangeByName("B4").String)
    doc.close(True)


if __name__ == "__main__":
    main()
