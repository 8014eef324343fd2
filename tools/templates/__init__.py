# SPDX-License-Identifier: MPL-2.0
"""Writes the two STAR workbooks as flat ODF: the blank STAR workbook and the
Birmingham and Solihull maternity example.

This package is the single source of the workbooks. templates/*.fods are its
output, committed so that changes show as diffs; they are never edited by
hand. Regenerate them with scripts/templates.sh, which builds star.oxt,
starts headless LibreOffice with it and runs:

    python3 -m templates PIPE OUTDIR      (with tools/ on the path)

How the workbooks are built, and why:
 1. Every STAR call lives in a named expression (BenefitPerPatient, Benefit,
    Vfm, Allocation, ...), so formulas read like the method and the spare rows
    stay spare: an expression passes its empty results on to the next STAR
    call, where a cell reference would pass 0.
 2. Per-intervention cells are plain (not array) formulas
    =IF(INDEX(InUse;Item);IF(INDEX(Vfm;Item)="";"";INDEX(Vfm;Item));""),
    Item being the row's place in its table (a name local to each table
    sheet): a spare row shows nothing, an array formula never pads a range
    with #N/A, and rows inserted inside a table take the same formula. Plain
    formula cells with a cell style also keep their last values when the
    workbook is opened without the extension (LibreOffice recalculates array
    formulas, and unstyled numeric formula cells, on load).
 3. One sheet reaches another's cells only through named ranges (names.py);
    on its own sheet a formula finds a column by its key in the column map
    (layout.py), so moving a column moves every formula with it.
 4. Bad input is passed on, never turned into an error by a native formula
    (#VALUE! would reach every STAR call as Err:504): the STAR call answers
    Err:502 and the Checks sheet says which row and which input, in words.
 5. Charts read a row per point; a row past the last point holds "", which
    an XY chart leaves out. The value triangles' edges and the floating
    bars are error bars whose lengths come from cells.
 6. No macros: scroll bars are form controls bound to cells.

The package: layout.py (sizes, the column maps, sheets, colours), names.py
(every named range and expression), content.py (the blank workbook and the
example's figures with their sources), book.py (the workbook helper over
UNO), and one module per sheet.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from uno_office import connect  # noqa: E402

from .allocation import allocation  # noqa: E402
from .book import Book  # noqa: E402
from .checks import checks  # noqa: E402
from .content import Content, Example  # noqa: E402
from .criteria import criteria  # noqa: E402
from .guide import guide  # noqa: E402
from .interventions import interventions  # noqa: E402
from .names import define  # noqa: E402
from .scores import scores  # noqa: E402
from .sensitivity import sensitivity  # noqa: E402
from .value_for_money import value_for_money  # noqa: E402


def build(ctx, content, path, maps=None):
    b = Book(ctx, content, maps)
    define(b)
    interventions(b)
    criteria(b)
    scores(b)
    checks(b)           # before the sheets that show its names of the rows
    value_for_money(b)
    allocation(b)
    sensitivity(b)
    guide(b)
    b.finish(path)


def main():
    pipe, outdir = sys.argv[1], Path(sys.argv[2])
    ctx = connect(pipe)
    build(ctx, Content(), outdir / "star-workbook.fods")
    build(ctx, Example(), outdir / "bsol-maternity.fods")

