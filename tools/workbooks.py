#!/usr/bin/python3
# SPDX-License-Identifier: MPL-2.0
"""Turns the flat ODF sources into what star.oxt ships: for each
templates/NAME.fods, NAME.ots (a template, under templates/STAR/ so that it
shows as the STAR category in File > Templates) and NAME.ods (a workbook).
Every formula is recalculated by the STAR extension installed in the running
office, so both carry current cached values: a reader without the extension
still sees the results.

    workbooks.py PIPE SRCDIR OUTDIR
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from uno_office import FILTERS, connect, desktop, load, store  # noqa: E402


def main():
    pipe, src, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    desk = desktop(connect(pipe))
    sources = sorted(src.glob("*.fods"))
    if not sources:
        raise SystemExit(f"no .fods in {src}")
    for fods in sources:
        # Not hidden: a hidden document stores no view settings (frozen
        # panes, the sheet it opens on). Headless, nothing is shown.
        doc = load(desk, fods, hidden=False)
        doc.calculateAll()
        store(doc, out / "templates" / "STAR" / (fods.stem + ".ots"), FILTERS[".ots"])
        store(doc, out / (fods.stem + ".ods"), FILTERS[".ods"])
        doc.close(True)
        print(f"{fods.name}: {fods.stem}.ots, {fods.stem}.ods")


if __name__ == "__main__":
    main()
