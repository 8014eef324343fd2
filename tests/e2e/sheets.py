#!/usr/bin/env python3
# SPDX-License-Identifier: MPL-2.0
"""Writes the self-checking end-to-end workbooks (flat ODF, .fods).

Each workbook has input data at the top and one row per case below it: the
word "case", the case's name, the STAR formula (an array formula when the
expected answer is a table) and, in the last column, a check formula that
says ok or FAIL. Expected values are worked out by hand in this file, never
taken from the extension. LibreOffice recalculates everything on load.

    sheets.py OUTDIR
"""
import sys
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

EMPTY = object()     # an empty result cell: neither a number nor text
ERR502 = object()    # the cell shows Err:502 (invalid argument)
CHECK_COLUMN = 10    # J: the last column, so each case row ends in ok/FAIL
FIRST_CASE_ROW = 20


def col(n):
    return chr(ord("A") + n - 1)


def ref(row, column):
    return f"[.{col(column)}{row}]"


def cell_check(row, column, want):
    """An OpenFormula condition that the cell at row, column is as wanted."""
    at = ref(row, column)
    if want is EMPTY:
        return f"AND(NOT(ISNUMBER({at}));NOT(ISTEXT({at})))"
    if want is ERR502:
        return f"ORG.OPENOFFICE.ERRORTYPE({at})=502"
    if isinstance(want, str):
        return f"EXACT({at};{quote(want)})"
    return f"ABS({at}-({want!r}))<=1E-9*(1+ABS({want!r}))"


def quote(text):
    return '"' + text.replace('"', '""') + '"'


class Sheet:
    def __init__(self, name, data=None):
        self.name = name
        self.cells = {}          # (row, column) -> value or ("formula", text, rows, cols)
        for address, values in (data or {}).items():
            column, row = ord(address[0]) - ord("A") + 1, int(address[1:])
            for i, value in enumerate(values):
                if value is not None:
                    self.cells[(row + i, column)] = value
        self.row = FIRST_CASE_ROW

    def case(self, name, formula, want, check=None):
        """want: a number, text, EMPTY, ERR502, a list of rows (a table), or
        None to rely on check: a condition on the result cell, {at} its address."""
        table = isinstance(want, list)
        rows = want if table else [[want]]
        height, width = len(rows), len(rows[0])
        self.cells[(self.row, 1)] = "case"
        self.cells[(self.row, 2)] = name
        self.cells[(self.row, 3)] = ("formula", formula, height, width) if table else ("formula", formula, 0, 0)
        conditions = [cell_check(self.row + r, 3 + c, rows[r][c])
                      for r in range(height) for c in range(width) if rows[r][c] is not None]
        if check:
            conditions.append(check.format(at=ref(self.row, 3)))
        self.cells[(self.row, CHECK_COLUMN)] = (
            "formula", f'IF(IFERROR(AND({";".join(conditions)});FALSE());"ok";"FAIL")', 0, 0)
        self.row += max(height, 1)

    def xml(self):
        last_row = max(r for r, _ in self.cells)
        out = []
        for r in range(1, last_row + 1):
            cells = []
            for c in range(1, CHECK_COLUMN + 1):
                cells.append(cell_xml(self.cells.get((r, c))))
            out.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        return (f'<table:table table:name={quoteattr(self.name)}>'
                + "\n".join(out) + "</table:table>")


def cell_xml(value):
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, tuple):
        _, formula, height, width = value
        span = (f' table:number-matrix-rows-spanned="{height}"'
                f' table:number-matrix-columns-spanned="{width}"') if height else ""
        return f'<table:table-cell table:formula={quoteattr("of:=" + formula)}{span}/>'
    if isinstance(value, str):
        return f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="float" office:value="{value!r}"/>'


def document(sheet):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
            ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
            ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
            ' xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"'
            ' office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
            '<office:body><office:spreadsheet>\n' + sheet.xml() +
            '\n</office:spreadsheet></office:body></office:document>\n')


# Six interventions in rows 2-7; row 4 is a spare row, blank everywhere.
# A patients, B benefit per patient, C likelihood, D total cost,
# E total benefit = A*B*C, F and G scores on two criteria,
# H cost per patient with a text entry, I cost with a hole in a present row.
DATA = {
    "A1": ["patients", 3515, 135, None, 1795, 18500, 500],
    "B1": ["gain", 60.5, 30, None, 48, 52.5, 44],
    "C1": ["likelihood", 0.8, 1, None, 0.9, 0.5, 1],
    "D1": ["cost", 1406000, 162000, None, 269250, 462500, 25000],
    "E1": ["benefit", 170126, 4050, None, 77544, 485625, 22000],
    "F1": ["score 1", 6, 3, None, 10, 5, 0],
    "G1": ["score 2", 8, 2, None, 0, 5, 10],
    "H1": ["cost per patient", 400, 1200, None, "£1,200", 25, 50],
    "I1": ["cost with hole", 1406000, 162000, None, None, 462500, 25000],
    "A9": ["weights"], "F9": [30], "G9": [20],
    "A10": ["weights as a column"], "C10": [30, 20],
    "A12": ["swings with a spare"], "C12": [30, 20, None, 50],
}
COLUMN = lambda *values: [[v] for v in values]
E = EMPTY


def value_for_money():
    s = Sheet("vfm", DATA)
    # 3515*60.5*0.8 = 170126; 135*30 = 4050; 1795*48*0.9 = 77544; 18500*52.5*0.5 = 485625; 500*44 = 22000
    s.case("benefit with likelihood", "STAR.BENEFIT([.A2:.A7];[.B2:.B7];[.C2:.C7])",
           COLUMN(170126, 4050, E, 77544, 485625, 22000))
    s.case("benefit without likelihood", "STAR.BENEFIT([.A2:.A7];[.B2:.B7])",
           COLUMN(212657.5, 4050, E, 86160, 971250, 22000))
    s.case("one gain for every row", "STAR.BENEFIT([.A2:.A7];50)",
           COLUMN(175750, 6750, E, 89750, 925000, 25000))
    s.case("benefit of single numbers", "STAR.BENEFIT(10;2.5;0.5)", 12.5)
    # 170126/1406000*1000 = 121; 4050/162000*1000 = 25; 77544/269250*1000 = 288; ...
    s.case("vfm per 1000 pounds", "STAR.VFM([.E2:.E7];[.D2:.D7])",
           COLUMN(121, 25, E, 288, 1050, 880))
    s.case("vfm per pound", "STAR.VFM([.E2:.E7];[.D2:.D7];1)",
           COLUMN(0.121, 0.025, E, 0.288, 1.05, 0.88))
    s.case("vfm of benefit straight from STAR.BENEFIT",
           "STAR.VFM(STAR.BENEFIT([.A2:.A7];[.B2:.B7];[.C2:.C7]);[.D2:.D7])",
           COLUMN(121, 25, E, 288, 1050, 880))
    s.case("vfm of single numbers", "STAR.VFM(5;10)", 500)
    s.case("vfm of a row gives a row", "STAR.VFM({100;300};{10;20})", [[10000, 15000]])
    s.case("rank highest first", "STAR.RANK(STAR.VFM([.E2:.E7];[.D2:.D7]))", COLUMN(4, 5, E, 3, 1, 2))
    s.case("rank lowest first", "STAR.RANK([.E2:.E7];TRUE())", COLUMN(4, 1, E, 3, 5, 2))
    s.case("rank ties as RANK.EQ", "STAR.RANK({5|3|5|1})", COLUMN(1, 3, 1, 4))
    s.case("rank ties ascending", "STAR.RANK({5|3|5|1};1)", COLUMN(3, 2, 3, 1))
    return s


def scoring():
    s = Sheet("scoring", DATA)
    # (30*6+20*8)/50 = 6.8, (30*3+20*2)/50 = 2.6, 300/50 = 6, 250/50 = 5, 200/50 = 4
    s.case("score weighted mean", "STAR.SCORE([.F2:.G7];[.F9:.G9])", COLUMN(6.8, 2.6, E, 6, 5, 4))
    s.case("weights as a column", "STAR.SCORE([.F2:.G7];[.C10:.C11])", COLUMN(6.8, 2.6, E, 6, 5, 4))
    s.case("score on a 0-10 scale", "STAR.SCORE([.F2:.G7];[.F9:.G9];0;10)", COLUMN(68, 26, E, 60, 50, 40))
    s.case("reversed scale", "STAR.SCORE([.F2:.G7];[.F9:.G9];10;0)", COLUMN(32, 74, E, 40, 50, 60))
    s.case("one intervention", "STAR.SCORE({6;8};{30;20})", 6.8)
    s.case("weights of a row", "STAR.WEIGHTS([.F9:.G9])", [[0.6, 0.4]])
    s.case("weights skip a spare cell", "STAR.WEIGHTS([.C12:.C15])", COLUMN(0.3, 0.2, E, 0.5))
    s.case("weights of six criteria", "STAR.WEIGHTS({30|20|15|10|10|15})",
           COLUMN(0.3, 0.2, 0.15, 0.1, 0.1, 0.15))
    return s


def checks():
    s = Sheet("checks", DATA)
    s.case("all well", "STAR.CHECK([.A2:.A7];[.D2:.D7];[.F2:.G7];[.F9:.G9])", "OK: 5 interventions, 2 criteria")
    s.case("criteria from the scores", "STAR.CHECK([.A2:.A7];[.D2:.D7];[.F2:.G7])", "OK: 5 interventions, 2 criteria")
    s.case("text cost", "STAR.CHECK([.A2:.A7];[.H2:.H7];[.F2:.G7])", 'Row 4: cost per patient is text ("£1,200")')
    s.case("blank cost in a present row", "STAR.CHECK([.A2:.A7];[.I2:.I7];[.F2:.G7])",
           "Row 4: cost per patient is blank")
    s.case("negative patients", "STAR.CHECK({10|-5};{1|2};{1;2|3;4})",
           "Row 2: patients must be a whole number, 0 or more (-5)")
    s.case("zero cost", "STAR.CHECK({10|5};{0|2};{1;2|3;4})", "Row 1: cost per patient must be more than 0 (0)")
    s.case("first problem by row", "STAR.CHECK({10|-5};{1|0};{1;2|3;\"x\"})",
           "Row 2: patients must be a whole number, 0 or more (-5)")
    s.case("text score", "STAR.CHECK({10|5};{1|2};{1;2|3;\"high\"})", 'Row 2: scores in column 2 is text ("high")')
    s.case("sizes differ", "STAR.CHECK([.A2:.A7];[.D2:.D6];[.F2:.G7])",
           "Cost per patient has 5 rows, patients has 6 rows: they must match")
    s.case("weights all zero", "STAR.CHECK([.A2:.A7];[.D2:.D7];[.F2:.G7];{0;0})", "The weights are all zero")
    s.case("weights count", "STAR.CHECK([.A2:.A7];[.D2:.D7];[.F2:.G7];{1;2;3})",
           "Weights has 3 cells, scores has 2 columns: they must match")
    s.case("version", "STAR.VERSION()", None,
           check='AND(ISTEXT({at});LEN({at})-LEN(SUBSTITUTE({at};".";""))=2)')
    return s


def bad_input():
    """At least 15 kinds of bad input, each Err:502, each followed by a
    case that computes, so LibreOffice is seen to keep going."""
    s = Sheet("bad_input", DATA)
    bad = [
        ("text cost", "STAR.VFM([.E2:.E7];[.H2:.H7])"),
        ("zero cost", "STAR.VFM(1;0)"),
        ("negative cost", "STAR.VFM(1;-5)"),
        ("per of zero", "STAR.VFM(1;2;0)"),
        ("text per", "STAR.VFM(1;2;\"x\")"),
        ("negative patients", "STAR.BENEFIT({10|-5};{1|2})"),
        ("fractional patients", "STAR.BENEFIT(2.5;10)"),
        ("likelihood above 1", "STAR.BENEFIT(10;5;1.5)"),
        ("negative likelihood", "STAR.BENEFIT(10;5;-0.1)"),
        ("blank in a present row", "STAR.VFM([.E2:.E7];[.I2:.I7])"),
        ("sizes differ", "STAR.VFM([.E2:.E7];[.D2:.D6])"),
        ("a table where a column belongs", "STAR.VFM([.F2:.G7];[.D2:.D7])"),
        ("weights all zero", "STAR.SCORE([.F2:.G7];{0;0})"),
        ("negative weight", "STAR.SCORE([.F2:.G7];{30;-1})"),
        ("weights count differs", "STAR.SCORE([.F2:.G7];{1;2;3})"),
        ("low equals high", "STAR.SCORE([.F2:.G7];[.F9:.G9];5;5)"),
        ("low without high", "STAR.SCORE([.F2:.G7];[.F9:.G9];0)"),
        ("text score", "STAR.SCORE({1;\"a\"};{1;1})"),
        ("text to rank", "STAR.RANK({1|\"a\"|3})"),
        ("text as ascending", "STAR.RANK([.E2:.E7];\"yes\")"),
        ("swings all zero", "STAR.WEIGHTS({0;0;0})"),
        ("negative swing", "STAR.WEIGHTS({1;-1})"),
        ("result too large", "STAR.VFM(1E300;1E-300)"),
    ]
    for i, (name, formula) in enumerate(bad):
        s.case(name, formula, ERR502)
        s.case(f"still computing after case {i + 1}", f"STAR.VFM({i + 1};{2 * (i + 1)};100)", 50)
    return s


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for sheet in (value_for_money(), scoring(), checks(), bad_input()):
        (out / f"{sheet.name}.fods").write_text(document(sheet), encoding="utf-8")


if __name__ == "__main__":
    main()
