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
ERR504 = object()    # Err:504 (LibreOffice's own: a parameter it cannot pass)
ERR523 = object()    # Err:523 (a calculation that did not finish within its limits)
ERRORS = {ERR502: 502, ERR504: 504, ERR523: 523}
CHECK_COLUMN = 10    # J: the last column, so each case row ends in ok/FAIL
FIRST_CASE_ROW = 20


def col(n):
    return chr(ord("A") + n - 1)


def ref(row, column):
    return f"[.{col(column)}{row}]"


def cell_check(row, column, want, tol=1e-9):
    """An OpenFormula condition that the cell at row, column is as wanted:
    numbers within a relative tol."""
    at = ref(row, column)
    if want is EMPTY:
        return f"AND(NOT(ISNUMBER({at}));NOT(ISTEXT({at})))"
    if want in ERRORS:
        return f"ORG.OPENOFFICE.ERRORTYPE({at})={ERRORS[want]}"
    if isinstance(want, bool):
        return f"{at}={'TRUE()' if want else 'FALSE()'}"
    if isinstance(want, str):
        return f"EXACT({at};{quote(want)})"
    return f"ABS({at}-({want!r}))<={tol!r}*(1+ABS({want!r}))"


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

    def case(self, name, formula, want, check=None, tol=1e-9):
        """want: a number, text, EMPTY, ERR502, a list of rows (a table), or
        None to rely on check: a condition on the result cell, {at} its address."""
        table = isinstance(want, list)
        rows = want if table else [[want]]
        height, width = len(rows), len(rows[0])
        self.cells[(self.row, 1)] = "case"
        self.cells[(self.row, 2)] = name
        self.cells[(self.row, 3)] = ("formula", formula, height, width) if table else ("formula", formula, 0, 0)
        conditions = [cell_check(self.row + r, 3 + c, rows[r][c], tol)
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


def document(sheet, *others):
    """The workbook: sheet first (the one exported to CSV and checked), then
    any others its formulas refer to."""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
            ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
            ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
            ' xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"'
            ' office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
            '<office:body><office:spreadsheet>\n' + "\n".join(s.xml() for s in (sheet,) + others) +
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


def allocation():
    s = Sheet("allocation", {
        # three interventions and a spare row: benefit/cost ratios 1, 2, 1
        "A1": ["benefit", 10, None, 40, 30], "B1": ["cost", 10, None, 20, 30],
        # 60/100/120 for 10/20/30: greedy by ratio is not the best whole answer for 50
        "C1": ["benefit", 60, 100, 120], "D1": ["cost", 10, 20, 30],
        "E1": ["spend", 100, None, 100, 100], "F1": ["low", 50, None, 50, 80],
        "G1": ["high", 150, None, 150, 150],
    })
    s.case("curve, best ratio first, ties in row order", "STAR.CURVE([.A2:.A5];[.B2:.B5])",
           [[0, 0], [20, 40], [30, 50], [60, 80]])
    s.case("triangles on the curve with empty separators", "STAR.TRIANGLES([.A2:.A5];[.B2:.B5])",
           [[0, 0], [20, 0], [20, 40], [0, 0], [E, E],
            [20, 40], [30, 40], [30, 50], [20, 40], [E, E],
            [30, 50], [60, 50], [60, 80], [30, 50], [E, E]])
    s.case("continuous allocation fills by ratio", "STAR.ALLOCATE([.C2:.C4];[.D2:.D4];50)",
           COLUMN(1, 1, 2 / 3))
    s.case("whole allocation beats the greedy order", "STAR.ALLOCATE([.C2:.C4];[.D2:.D4];50;TRUE())",
           COLUMN(0, 1, 1))
    s.case("a mandatory intervention", "STAR.ALLOCATE([.C2:.C4];[.D2:.D4];50;TRUE();{1|0|0})",
           COLUMN(1, 0, 1))
    s.case("an excluded intervention", "STAR.ALLOCATE([.C2:.C4];[.D2:.D4];50;TRUE();0;{1|1|0})",
           COLUMN(1, 1, 0))
    s.case("ties fund the earlier row", "STAR.ALLOCATE({10|10};{5|5};5;TRUE())", COLUMN(1, 0))
    s.case("no benefit, no money", "STAR.ALLOCATE({-5|10};{1|1};10)", COLUMN(0, 1))
    s.case("allocation keeps spare rows empty", "STAR.ALLOCATE([.A2:.A5];[.B2:.B5];30)",
           COLUMN(1, E, 1, 0))
    # rates 1, 2, 1: row 1 gives 50 (earliest of the lowest), row 3 keeps 100, row 2 rises to 150
    s.case("reallocation moves money to the best rate", "STAR.REALLOCATE([.A2:.A5];[.B2:.B5];[.E2:.E5];[.F2:.F5];[.G2:.G5])",
           COLUMN(50, E, 150, 100))
    s.case("reallocation with a limit", "STAR.REALLOCATE([.A2:.A5];[.B2:.B5];[.E2:.E5];[.F2:.F5];[.G2:.G5];30)",
           COLUMN(70, E, 130, 100))
    s.case("gain of the reallocation", "STAR.GAIN([.A2:.A5];[.B2:.B5];{50|\"\"|150|100};[.E2:.E5])", 50)
    s.case("gain straight from STAR.REALLOCATE",
           "STAR.GAIN([.A2:.A5];[.B2:.B5];STAR.REALLOCATE([.A2:.A5];[.B2:.B5];[.E2:.E5];[.F2:.F5];[.G2:.G5];30);[.E2:.E5])",
           30)
    return s


def mcda():
    s = Sheet("mcda", {
        "A1": ["x", 0, 5, 10, 15, -1], "B1": ["xs", 0, None, 10, 20], "C1": ["vs", 0, None, 50, 100],
        "D1": ["group a", 30, 20, 50], "E1": ["group b", 1, 1, 2],
    })
    s.case("ROC of 3", "STAR.ROC({1|2|3})", COLUMN(11 / 18, 5 / 18, 1 / 9))
    s.case("ROC of 4 out of order", "STAR.ROC({2|1|3|4})", COLUMN(13 / 48, 25 / 48, 7 / 48, 3 / 48))
    s.case("ROC ties share", "STAR.ROC({1|1|3})", COLUMN(4 / 9, 4 / 9, 1 / 9))
    s.case("ROC ties 1,1,2 as 1,1,3", "STAR.ROC({1|1|2})", COLUMN(4 / 9, 4 / 9, 1 / 9))
    bpmsg = "{1;5;0.333333333333333|0.2;1;0.142857142857143|3;7;1}"
    s.case("AHP, BPMSG published example", f"STAR.AHP({bpmsg})", COLUMN(0.2790, 0.0719, 0.6491), tol=1e-4)
    s.case("AHP consistency ratio, published", f"STAR.AHPCR({bpmsg})", 0.056, tol=1e-3)
    s.case("AHP of a consistent matrix", "STAR.AHP({1;2;4|0.5;1;2|0.25;0.5;1})", COLUMN(4 / 7, 2 / 7, 1 / 7))
    s.case("consistent matrix has ratio 0", "STAR.AHPCR({1;2;4|0.5;1;2|0.25;0.5;1})", 0, tol=1e-9)
    s.case("value function, clamped at the ends", "STAR.VALUE([.A2:.A6];[.B2:.B5];[.C2:.C5])",
           COLUMN(0, 25, 50, 75, 0))
    s.case("group weights, arithmetic", "STAR.GROUPWEIGHTS(TRANSPOSE([.D2:.E4]))", [[0.275, 0.225, 0.5]])
    s.case("group weights, geometric", "STAR.GROUPWEIGHTS(TRANSPOSE([.D2:.E4]);TRUE())",
           [[0.27455643464082297, 0.22417439015593862, 0.5012691752032384]])
    s.case("agreement, same order", "STAR.AGREE({1|2|3|4|5};{10|20|30|40|50})", 1)
    s.case("agreement, reversed", "STAR.AGREE({1|2|3|4|5};{5|4|3|2|1})", -1)
    s.case("agreement, one swap", "STAR.AGREE({1|2|3|4};{1|3|2|4})", 2 / 3)
    s.case("agreement with ties (tau-b)", "STAR.AGREE({1|1|2|3};{1|2|2|3})", 0.8)
    # shares 0.25/0.75; the order (2 above 1) holds while criterion 1 has at most half
    s.case("stability of two criteria", "STAR.STABILITY({10;0|0;10};{1;3})", [[0, 0.5], [0.5, 1]])
    return s


def uncertainty_and_equity():
    s = Sheet("uncertainty_equity", {
        "A1": ["benefit", 60, 100, 120], "B1": ["cost", 10, 20, 30],
    })
    s.case("PSA without uncertainty is the allocation",
           "STAR.PSA([.A2:.A4];[.A2:.A4];[.A2:.A4];[.B2:.B4];[.B2:.B4];[.B2:.B4];50;100)",
           COLUMN(1, 1, 2 / 3))
    s.case("PSA: always fits 1, never fits 0",
           "STAR.PSA({10|5};{5|1};{20|9};{200|1};{150|0.5};{300|2};100;2000;7;TRUE())", COLUMN(0, 1))
    s.case("PSA: both always fit", "STAR.PSA({10|5};{5|1};{20|9};{2|1};{1|0.5};{3|2};100;500)",
           COLUMN(1, 1))
    uncertain = "STAR.PSA([.A2:.A4];{40|80|90};{70|110|160};[.B2:.B4];{8|15|25};{12|30|40};50;1000;"
    s.case("PSA: same seed, same answer",
           f"SUMPRODUCT(ABS({uncertain}42)-{uncertain}42)))", 0)
    s.case("PSA: another seed, other draws",
           f"SUMPRODUCT(ABS({uncertain}42)-{uncertain}43)))>0", True)
    s.case("PSA: shares between 0 and 1",
           f"AND(MIN({uncertain}42))>=0;MAX({uncertain}42))<=1)", True)
    s.case("equity weighting", "STAR.EQUITY({100|200};{0.5|0};2)", COLUMN(150, 200))
    s.case("equity weight 0 drops the deprived share", "STAR.EQUITY(100;1;0)", 0)
    s.case("Atkinson, published example", "STAR.ATKINSON({62|68|70|72|74};10.946)", 67.66, tol=1e-4)
    s.case("Atkinson, epsilon 0 is the mean", "STAR.ATKINSON({62|68|70|72|74};0)", 69.2)
    s.case("Atkinson, epsilon 1 is the geometric mean", "STAR.ATKINSON({62|68|70|72|74};1)", 69.07367640365669)
    s.case("Atkinson with populations", "STAR.ATKINSON({60|80};0;{3|1})", 65)
    s.case("ICER", "STAR.ICER(10000;0.5)", 20000)
    s.case("ICER per row", "STAR.ICER({1000|3000};{0.1|0.2})", COLUMN(10000, 15000))
    s.case("NMB", "STAR.NMB(0.5;5000;20000)", 5000)
    s.case("NMB per row", "STAR.NMB({0.5|1};{5000|30000};20000)", COLUMN(5000, -10000))
    return s


# Robust portfolios: six interventions in rows 2-7, three criteria.
# A-C scores, E2:G2 the weights (shares), E3:G3 and E4:G4 each criterion's
# lowest and highest share, H patients x likelihood (whole numbers, so that
# STAR.BENEFIT can multiply: LibreOffice gives #VALUE! for arithmetic on a
# range inside an add-in's argument when SUMPRODUCT forces arrays), I cost,
# A11 the budget. Rows 13-16: two criteria, a spare row in row 15.
PORTFOLIO = {
    "A1": ["score 1", 8, 5, 2, 9, 4, 6], "B1": ["score 2", 3, 7, 9, 1, 6, 5],
    "C1": ["score 3", 6, 2, 5, 4, 8, 3],
    "E1": ["weights", 0.3, 0.2, 0.4], "F1": [None, 0.2, 0.1, 0.3], "G1": [None, 0.5, 0.35, 0.6],
    "H1": ["multiplier", 400, 250, 600, 160, 300, 500],
    "I1": ["cost", 120000, 90000, 200000, 50000, 110000, 160000],
    "A10": ["budget", 330000],
    "A12": ["score 1", 8, 2, None, 5], "B12": ["score 2", 2, 6, None, 5],
    "C12": ["multiplier", 1, 1, None, 1], "D12": ["cost", 1, 1, None, 1],
}
SCORES, WEIGHTS, LOWS, HIGHS = "[.A2:.C7]", "[.E2:.G2]", "[.E3:.G3]", "[.E4:.G4]"
MULTIPLIER, COSTS, BUDGET = "[.H2:.H7]", "[.I2:.I7]", "[.A11]"
NEAR = "0.000001"


def flag(whole):
    return "TRUE()" if whole else "FALSE()"


def allocation_at(weights, whole):
    return (f"STAR.ALLOCATE(STAR.BENEFIT({MULTIPLIER};STAR.SCORE({SCORES};{weights}));{COSTS};{BUDGET};"
            f"{flag(whole)})")


def weights_moved(j, t):
    """The weights with criterion j (0-based) at share t, the others
    rescaled in proportion, as a row of three."""
    mask = "{" + ";".join("1" if c == j else "0" for c in range(3)) + "}"
    return f"IF({mask};{t};(1-({t}))*{WEIGHTS}/(SUM({WEIGHTS})-INDEX({WEIGHTS};1;{j + 1})))"


def portfolios():
    s = Sheet("portfolios", PORTFOLIO)
    s.case("fund stability by hand", "STAR.FUNDSTABILITY({8;2|2;6};{1;1};1;1;1;TRUE())", [[0.4, 1], [0, 0.6]])
    shares = (0.3, 0.2, 0.5)
    for whole in (True, False):
        kind = "whole" if whole else "shares"
        top = s.row
        ends = f"[.C{top}:.D{top + 2}]"
        in_order = ";".join(f"[.C{top + j}]<={shares[j]};[.D{top + j}]>={shares[j]}" for j in range(3))
        s.case(f"fund stability, {kind}: ends in 0-1 around the weights now",
               f"STAR.FUNDSTABILITY({SCORES};{WEIGHTS};{MULTIPLIER};{COSTS};{BUDGET};{flag(whole)})",
               [[None, None]] * 3, check=f"AND(MIN({ends})>=0;MAX({ends})<=1;{in_order};COUNT({ends})=6)")
        today = allocation_at(WEIGHTS, whole)
        # Just inside each end the allocation is today's; just outside it is
        # not (unless the end is 0 or 1). The weights go in cells of their own.
        for j in range(3):
            for side, column, inward, outward in (("lowest", "C", "+", "-"), ("highest", "D", "-", "+")):
                end = f"[.{column}{top + j}]"
                for where, t in (("inside", f"({end}{inward}{NEAR})"), ("outside", f"({end}{outward}{NEAR})")):
                    at = s.row
                    s.case(f"{kind}: weights just {where} criterion {j + 1}'s {side} share", weights_moved(j, t),
                           [[None, None, None]], check=f"ABS(SUM([.C{at}:.E{at}])-1)<=1E-12")
                    differs = f"SUMPRODUCT(ABS({allocation_at(f'[.C{at}:.E{at}]', whole)}-{today}))"
                    if where == "inside":
                        s.case(f"{kind}: same funding just inside criterion {j + 1}'s {side} share",
                               f"{differs}<=1E-9", True)
                    else:
                        s.case(f"{kind}: other funding just outside criterion {j + 1}'s {side} share",
                               f"IF(OR({t}<0;{t}>1);TRUE();{differs}>1E-9)", True)
        smaa = f"STAR.SMAA({SCORES};{LOWS};{HIGHS};{MULTIPLIER};{COSTS};{BUDGET};2000;7;{flag(whole)})"
        s.case(f"SMAA, {kind}: no uncertainty is the allocation",
               f"SUMPRODUCT(ABS(INDEX(STAR.SMAA({SCORES};{WEIGHTS};{WEIGHTS};{MULTIPLIER};{COSTS};{BUDGET};"
               f"500;1;{flag(whole)});0;1)-{today}))", 0, tol=0)
        s.case(f"SMAA, {kind}: chances between 0 and 1",
               f"AND(MIN(INDEX({smaa};0;1))>=0;MAX(INDEX({smaa};0;1))<=1)", True)
        s.case(f"SMAA, {kind}: expected spend within the budget",
               f"SUMPRODUCT(INDEX({smaa};0;1);{COSTS})<={BUDGET}*(1+1E-9)", True)
        s.case(f"SMAA, {kind}: mean ranks sum to n(n+1)/2", f"SUM(INDEX({smaa};0;2))", 21)
        s.case(f"SMAA, {kind}: same seed, same answer", f"SUMPRODUCT(ABS({smaa}-{smaa}))", 0, tol=0)
        s.case(f"SMAA, {kind}: another seed, other draws",
               f"SUMPRODUCT(ABS({smaa}-{smaa.replace(';2000;7;', ';2000;8;')}))>0", True)
        s.case(f"SMAA, {kind}: some funding is uncertain",
               f"SUMPRODUCT((INDEX({smaa};0;1)>0.05)*(INDEX({smaa};0;1)<0.95))>0", True)
    # Share t of criterion 1 uniform on 0.3-0.7; the first is funded and
    # ranked first while t > 0.4: chance 0.75, mean rank 1.25. 4,000 draws:
    # standard error 0.007.
    s.case("SMAA by hand", "STAR.SMAA({8;2|2;6};{0.3;0.3};{0.7;0.7};1;1;1;4000;1;TRUE())",
           [[0.75, 1.25], [0.25, 1.75]], tol=0.02)
    s.case("SMAA keeps spare rows empty", "STAR.SMAA([.A13:.B16];{0.3;0.3};{0.7;0.7};[.C13:.C16];[.D13:.D16];1)",
           [[None, None], [None, None], [E, E], [None, None]], check="ISNUMBER({at})")
    s.case("fund stability ignores spare rows",
           "SUMPRODUCT(ABS(STAR.FUNDSTABILITY([.A13:.B16];{1;1};[.C13:.C16];[.D13:.D16];1)"
           "-STAR.FUNDSTABILITY({8;2|2;6|5;5};{1;1};1;1;1)))", 0, tol=0)
    # Bad input, each with the words of docs/errors.md in the exception.
    rest = f"{MULTIPLIER};{COSTS};{BUDGET}"
    for name, formula in (
            ("SMAA: lowest weights above 1 in all", f"STAR.SMAA({SCORES};{{0.5;0.3;0.3}};{HIGHS};{rest})"),
            ("SMAA: a lowest weight above its highest", f"STAR.SMAA({SCORES};{{0.5;0.1;0.35}};{HIGHS};{rest})"),
            ("SMAA: a weight share above 1", f"STAR.SMAA({SCORES};{LOWS};{{0.4;1.3;0.6}};{rest})"),
            ("SMAA: draws beyond the limit", f"STAR.SMAA({SCORES};{LOWS};{HIGHS};{rest};1000000)"),
            ("fund stability: weights all zero", f"STAR.FUNDSTABILITY({SCORES};{{0;0;0}};{rest})"),
            ("fund stability: a negative multiplier", f"STAR.FUNDSTABILITY({SCORES};{WEIGHTS};-1;{COSTS};{BUDGET})")):
        s.case(name, formula, ERR502)
    s.case("still computing", "STAR.VFM(1;2;100)", 50)
    return s


# Cyclic judgements (1 beats 2 beats 3 beats 4 beats 1, a million times
# over): power iteration cannot settle within its limits.
CYCLIC = "{1;1000000;1;2.5E-7|1E-6;1;2000000;1|1;5E-7;1;3000000|4000000;1;3.33333333333333E-7;1}"


def bad_input():
    """Distinct kinds of bad input across every function, each giving an
    error value, each followed by a case that computes, so LibreOffice is
    seen to keep going. Where the input is one STAR.CHECK reads (patients,
    cost per patient, scores, weights), a STAR.CHECK case beside it shows
    the words that explain the error; docs/errors.md and
    docs/reliability.md give the words for the others."""
    s = Sheet("bad_input", DATA)
    # (name, formula, error, STAR.CHECK formula explaining it, its words)
    bad = [
        ("text cost", "STAR.VFM([.E2:.E7];[.H2:.H7])", ERR502,
         "STAR.CHECK([.A2:.A7];[.H2:.H7];[.F2:.G7])", 'Row 4: cost per patient is text ("£1,200")'),
        ("zero cost", "STAR.VFM({1|2};{0|1})", ERR502,
         "STAR.CHECK({10|20};{0|1};{1;2|3;4})", "Row 1: cost per patient must be more than 0 (0)"),
        ("negative cost", "STAR.VFM({1|2};{-5|1})", ERR502,
         "STAR.CHECK({10|20};{-5|1};{1;2|3;4})", "Row 1: cost per patient must be more than 0 (-5)"),
        ("per of zero", "STAR.VFM(1;2;0)", ERR502),
        ("text per", "STAR.VFM(1;2;\"x\")", ERR502),
        ("negative patients", "STAR.BENEFIT({10|-5};{1|2})", ERR502,
         "STAR.CHECK({10|-5};{1|2};{1;2|3;4})", "Row 2: patients must be a whole number, 0 or more (-5)"),
        ("fractional patients", "STAR.BENEFIT({2.5|3};{10|10})", ERR502,
         "STAR.CHECK({2.5|3};{1|2};{1;2|3;4})", "Row 1: patients must be a whole number, 0 or more (2.5)"),
        ("text patients", "STAR.BENEFIT({10|\"many\"};{1|2})", ERR502,
         "STAR.CHECK({10|\"many\"};{1|2};{1;2|3;4})", 'Row 2: patients is text ("many")'),
        ("likelihood above 1", "STAR.BENEFIT(10;5;1.5)", ERR502),
        ("negative likelihood", "STAR.BENEFIT(10;5;-0.1)", ERR502),
        ("blank in a present row", "STAR.VFM([.E2:.E7];[.I2:.I7])", ERR502,
         "STAR.CHECK([.A2:.A7];[.I2:.I7];[.F2:.G7])", "Row 4: cost per patient is blank"),
        ("sizes differ", "STAR.VFM([.E2:.E7];[.D2:.D6])", ERR502,
         "STAR.CHECK([.A2:.A7];[.D2:.D6];[.F2:.G7])", "Cost per patient has 5 rows, patients has 6 rows: they must match"),
        ("a table where a column belongs", "STAR.VFM([.F2:.G7];[.D2:.D7])", ERR502,
         "STAR.CHECK([.F2:.G7];[.D2:.D7];[.F2:.G7])", "Patients must be a single column or row"),
        ("weights all zero", "STAR.SCORE([.F2:.G7];{0;0})", ERR502,
         "STAR.CHECK([.A2:.A7];[.D2:.D7];[.F2:.G7];{0;0})", "The weights are all zero"),
        ("negative weight", "STAR.SCORE([.F2:.G7];{30;-1})", ERR502,
         "STAR.CHECK([.A2:.A7];[.D2:.D7];[.F2:.G7];{30;-1})", "Weights in cell 2 must be 0 or more (-1)"),
        ("weights count differs", "STAR.SCORE([.F2:.G7];{1;2;3})", ERR502,
         "STAR.CHECK([.A2:.A7];[.D2:.D7];[.F2:.G7];{1;2;3})", "Weights has 3 cells, scores has 2 columns: they must match"),
        ("low equals high", "STAR.SCORE([.F2:.G7];[.F9:.G9];5;5)", ERR502),
        ("low without high", "STAR.SCORE([.F2:.G7];[.F9:.G9];0)", ERR502),
        ("text score", "STAR.SCORE({1;\"a\"};{1;1})", ERR502,
         "STAR.CHECK({10};{1};{1;\"a\"})", 'Row 1: scores in column 2 is text ("a")'),
        ("blank score in a present row", "STAR.SCORE({1;2|3;\"\"};{1;1})", ERR502,
         "STAR.CHECK({10|20};{1|2};{1;2|3;\"\"})", "Row 2: scores in column 2 is blank"),
        ("text to rank", "STAR.RANK({1|\"a\"|3})", ERR502),
        ("text as ascending", "STAR.RANK([.E2:.E7];\"yes\")", ERR502),
        ("swings all zero", "STAR.WEIGHTS({0;0;0})", ERR502,
         "STAR.CHECK(10;1;{1;1;1};{0;0;0})", "The weights are all zero"),
        ("negative swing", "STAR.WEIGHTS({1;-1})", ERR502,
         "STAR.CHECK(10;1;{1;1};{1;-1})", "Weights in cell 2 must be 0 or more (-1)"),
        ("result too large", "STAR.VFM(1E300;1E-300)", ERR502),
        ("zero cost on the curve", "STAR.CURVE({1|2};{1|0})", ERR502),
        ("text benefit for the triangles", "STAR.TRIANGLES({1|\"b\"};{1|2})", ERR502),
        ("budget below the mandatory spend", "STAR.ALLOCATE({1|2};{10|10};15;TRUE();1)", ERR502),
        ("min above max", "STAR.ALLOCATE({1|2};{10|10};15;FALSE();{0.5|0};{0.2|1})", ERR502),
        ("whole with a half share", "STAR.ALLOCATE({1|2};{10|10};15;TRUE();{0.5|0})", ERR502),
        ("negative budget", "STAR.ALLOCATE({1|2};{10|10};-1)", ERR502),
        ("spend outside its limits", "STAR.REALLOCATE({1|2};{1|1};{10|10};{20|0};{30|30})", ERR502),
        ("low above high", "STAR.REALLOCATE({1|2};{1|1};{10|10};{20|0};{5|30})", ERR502),
        ("negative amount", "STAR.REALLOCATE({1|2};{1|1};{10|10};{0|0};{30|30};-1)", ERR502),
        ("zero cost for the gain", "STAR.GAIN({1|2};{1|0};{5|5};{4|4})", ERR502),
        ("rank above the number of criteria", "STAR.ROC({1|5|2})", ERR502),
        ("fractional rank", "STAR.ROC({1|1.5|2})", ERR502),
        ("matrix not reciprocal", "STAR.AHP({1;2|3;1})", ERR502),
        ("matrix not square", "STAR.AHP({1;2;3|0.5;1;2})", ERR502),
        ("matrix with a zero", "STAR.AHPCR({1;0|0;1})", ERR502),
        ("consistency ratio of 11 criteria", "STAR.AHPCR(MUNIT(11)*0+1)", ERR502),
        ("xs not increasing", "STAR.VALUE(1;{0|2|1};{0|50|100})", ERR502),
        ("one point only", "STAR.VALUE(1;{0};{0})", ERR502),
        ("text to value", "STAR.VALUE(\"high\";{0|10};{0|100})", ERR502),
        ("a group with all-zero weights", "STAR.GROUPWEIGHTS({1;1|0;0})", ERR502),
        ("a negative group weight", "STAR.GROUPWEIGHTS({1;-1|1;1})", ERR502),
        ("geometric with a zero weight", "STAR.GROUPWEIGHTS({1;0|1;1};TRUE())", ERR502),
        ("agreement with a column all tied", "STAR.AGREE({1|1|1};{1|2|3})", ERR502),
        ("agreement of columns of different lengths", "STAR.AGREE({1|2|3};{1|2})", ERR502),
        ("agreement of one row", "STAR.AGREE({1};{2})", ERR502),
        ("stability with weights all zero", "STAR.STABILITY({1;2|3;4};{0;0})", ERR502),
        ("stability with a zero divisor", "STAR.STABILITY({1;2|3;4};{1;1};{1|0})", ERR502),
        ("stability with low equal to high", "STAR.STABILITY({1;2|3;4};{1;1};1;5;5)", ERR502),
        ("PSA low above base", "STAR.PSA({10};{11};{12};{1};{1};{1};5)", ERR502),
        ("PSA lowest cost zero", "STAR.PSA({10};{9};{12};{1};{0};{1};5)", ERR502),
        ("PSA negative budget", "STAR.PSA({10};{9};{12};{1};{1};{1};-5)", ERR502),
        ("PSA no draws", "STAR.PSA({10};{9};{12};{1};{1};{1};5;0)", ERR502),
        ("PSA too many draws", "STAR.PSA({10};{9};{12};{1};{1};{1};5;2000000)", ERR502),
        ("PSA fractional seed", "STAR.PSA({10};{9};{12};{1};{1};{1};5;10;1.5)", ERR502),
        ("share above 1", "STAR.EQUITY(100;1.5;2)", ERR502),
        ("negative equity weight", "STAR.EQUITY(100;0.5;-2)", ERR502),
        ("health of zero", "STAR.ATKINSON({60|0};1)", ERR502),
        ("negative inequality aversion", "STAR.ATKINSON({60|70};-1)", ERR502),
        ("populations all zero", "STAR.ATKINSON({60|70};1;{0|0})", ERR502),
        ("no effect for an ICER", "STAR.ICER(1000;0)", ERR502),
        ("text effect for an ICER", "STAR.ICER(1000;\"some\")", ERR502),
        ("negative threshold", "STAR.NMB(1;1000;-5)", ERR502),
        # Beyond the limits (docs/reliability.md): refused with words, or
        # given up on, within seconds.
        ("PSA draws x interventions beyond the limit",
         "STAR.PSA(ROW([.A1:.A600]);ROW([.A1:.A600]);ROW([.A1:.A600]);ROW([.A1:.A600]);ROW([.A1:.A600]);"
         "ROW([.A1:.A600]);1000;10000)", ERR502),
        ("whole allocation of 50,001 interventions", "STAR.ALLOCATE(ROW([.A1:.A50001]);ROW([.A1:.A50001]);10;TRUE())",
         ERR502),
        ("stability with 112 million tied pairs", "STAR.STABILITY(IF(ROW([.A1:.A15000])>7500;{0;8};{10;0});{1;1})",
         ERR502),
        ("triangles answer of 9 million cells", "STAR.TRIANGLES(ROW([.A1:.A900000]);ROW([.A1:.A900000]))", ERR502),
        ("AHP that does not converge", f"STAR.AHP({CYCLIC})", ERR523),
        ("a range LibreOffice will not pass", "STAR.VFM([.A1:.E1048576];1)", ERR504),
    ]
    for i, (name, formula, error, *words) in enumerate(bad):
        s.case(name, formula, error)
        if words:
            s.case(f"words for {name}", words[0], words[1])
        s.case(f"still computing after case {i + 1}", f"STAR.VFM({i + 1};{2 * (i + 1)};100)", 50)
    return s


# ---- Whole allocations on hard knapsack classes ----------------------------
# Pisinger's classes (subset-sum, strongly and inverse strongly correlated,
# similar weights) at sizes a sheet can hold. The expected allocation is the
# lexicographically greatest optimal one, from a dynamic programme over
# spend worked out here: best[i][s] = the most benefit rows i.. add within s.

def knapsack_class(kind, n, r, seed):
    """Whole costs and benefits of one of Pisinger's classes, coefficients up
    to r (similar weights: costs 10r..10r+r/100, benefits up to r/10)."""
    import random
    rng = random.Random(seed)
    benefit, cost = [], []
    for _ in range(n):
        w = rng.randint(1, r)
        if kind == "subset-sum":
            p = w
        elif kind == "strongly":
            p = w + r // 10
        elif kind == "inverse":
            p, w = w, w + r // 10
        else:  # similar weights
            w, p = rng.randint(10 * r, 10 * r + r // 100), rng.randint(1, r // 10)
        benefit.append(p)
        cost.append(w)
    return benefit, cost


def lexicographic_optimum(benefit, cost, budget):
    """The optimum and the lexicographically greatest allocation reaching it
    (whole numbers, so the tie tolerance changes nothing)."""
    from array import array
    n = len(cost)
    best = [None] * n + [array("l", [0] * (budget + 1))]
    for i in reversed(range(n)):
        after, w, p = best[i + 1], cost[i], benefit[i]
        best[i] = array("l", list(after[:w]) + [max(a, b + p) for a, b in zip(after[w:], after)])
    value, left, got, share = best[0][budget], budget, 0, []
    for i in range(n):
        take = cost[i] <= left and got + benefit[i] + best[i + 1][left - cost[i]] >= value
        share.append(1 if take else 0)
        if take:
            left, got = left - cost[i], got + benefit[i]
    return value, share


def hard_knapsacks():
    # D benefit, E cost, F the expected allocation; instances one below another
    instances = [("subset-sum", 150, 1000, 11), ("strongly", 120, 1000, 12),
                 ("inverse", 100, 1000, 13), ("similar", 60, 100, 14)]
    data, first, cases = {}, 2, []
    for kind, n, r, seed in instances:
        benefit, cost = knapsack_class(kind, n, r, seed)
        budget = sum(cost) // 2
        value, share = lexicographic_optimum(benefit, cost, budget)
        data[f"D{first}"], data[f"E{first}"], data[f"F{first}"] = benefit, cost, share
        cases.append((kind, n, budget, value, first))
        first += n + 1
    s = Sheet("knapsack", data)
    for kind, n, budget, value, top in cases:
        b, c, want = (f"[.{col}{top}:.{col}{top + n - 1}]" for col in "DEF")
        got = f"[.C{s.row}:.C{s.row + n - 1}]"
        s.case(f"{kind}, {n} rows: the exact optimum, earliest rows first",
               f"STAR.ALLOCATE({b};{c};{budget};TRUE())", [[None]] * n,
               check=f"SUMPRODUCT(ABS({got}-{want}))=0;SUMPRODUCT({got};{b})={value}")
    return s

# ---- end of whole allocations on hard knapsack classes ---------------------

# ---- Calc's edges: whole columns, blank single cells, STAR.CHECK's words,
# extreme magnitudes (docs/conventions.md C3, C6; docs/errors.md) ----

def whole_column():
    """Whole-column references (A:A): the answer ends at the last present
    row, nests in another call on whole columns, and takes seconds, not a
    minute (the time is checked by whole_column.py in the same office)."""
    s = Sheet("whole_column")
    data = Sheet("Data", {"A1": [1, 2, 3], "B1": [10, 20, 30], "C1": [100, 200, 300]})
    other = Sheet("Data2", {"A1": [10, 20, 30]})
    A, B, C = "[$Data.A:.A]", "[$Data.B:.B]", "[$Data.C:.C]"
    s.case("weights of a whole column sum to 1", f"SUM(STAR.WEIGHTS({A}))", 1)
    s.case("the answer ends at the last present row", f"ROWS(STAR.WEIGHTS({A}))", 3)
    s.case("one element of it", f"INDEX(STAR.WEIGHTS({A});2)", 2 / 6)
    # 1*10 + 2*20 + 3*30 = 140
    s.case("benefit of two whole columns", f"SUM(STAR.BENEFIT({A};{B}))", 140)
    # 10/100, 40/200, 90/300 per 1000 pounds: 100 + 200 + 300
    s.case("an answer that ended early nests in a whole-column call",
           f"SUM(STAR.VFM(STAR.BENEFIT({A};{B});{C}))", 600)
    s.case("ranges of different lengths where the longer is blank below",
           f"SUM(STAR.VFM(STAR.BENEFIT([$Data.A1:.A50];[$Data.B1:.B3]);{C}))", 600)
    s.case("lengths that really differ are refused",
           "STAR.BENEFIT([$Data.A1:.A3];[$Data.B1:.B2])", ERR502)
    # 10,000 blank rows after the last present one are kept as empty cells;
    # 10,001 are not.
    s.case("10,000 spare rows below are kept", "ROWS(STAR.WEIGHTS([$Data.A1:.A10003]))", 10003)
    s.case("10,001 are left out", "ROWS(STAR.WEIGHTS([$Data.A1:.A10004]))", 3)
    s.case("a short range keeps its spare rows empty", "STAR.WEIGHTS([$Data.A1:.A5])",
           COLUMN(1 / 6, 1 / 3, 1 / 2, E, E))
    # Entered over more cells than the answer has: Calc shows #N/A there.
    below = ref(s.row + 3, 3)
    s.case("an array formula over more rows shows #N/A below the answer", f"STAR.WEIGHTS({A})",
           COLUMN(1 / 6, 1 / 3, 1 / 2, None), check=f"ISNA({below})")
    # Every other row blank over 200,000 rows: LibreOffice would move about
    # 10^10 cells to place the empty ones, so the call is refused in words.
    s.case("blank rows among many present ones are refused",
           'SUM(STAR.WEIGHTS(IF(ISODD(ROW([.A1:.A200000]));1;"")))', [[ERR502]])
    s.case("the same rows without the blanks compute",
           "SUM(STAR.WEIGHTS(ROW([.A1:.A200000])))", [[1]])
    s.case("triangles of 20,000 interventions", "ROWS(STAR.TRIANGLES(ROW([.A1:.A20000]);ROW([.A1:.A20000])))",
           [[100000]])
    s.case("triangles of 20,001 are refused", "STAR.TRIANGLES(ROW([.A1:.A20001]);ROW([.A1:.A20001]))", [[ERR502]])
    # A 3-D range arrives as its first sheet's cells: the add-in cannot tell
    # (docs/conventions.md C1).
    s.case("a 3-D range uses its first sheet", "INDEX(STAR.WEIGHTS([$Data.A1:$Data2.A3]);1)", 1 / 6)
    return s, (data, other)


def per_row_blanks():
    """Per-row formulas, one intervention a row: a blank single cell reads
    as 0; a one-cell range (A5:A5) shows the blank (docs/conventions.md C6)."""
    s = Sheet("per_row_blanks", {
        # row 2 filled, row 3 spare, row 4 partly blank; C cost
        "A1": ["patients", 100, None, 50], "B1": ["gain", 2.5, None, None], "C1": ["cost", 1000, None, 400],
    })
    s.case("a filled row", "STAR.BENEFIT([.A2:.A2];[.B2:.B2])", 250)
    s.case("a spare row of one-cell ranges is empty", "STAR.BENEFIT([.A3:.A3];[.B3:.B3])", E)
    s.case("a partly blank row of one-cell ranges is an error", "STAR.BENEFIT([.A4:.A4];[.B4:.B4])", ERR502)
    s.case("nested per-row calls keep a spare row empty",
           "STAR.VFM(STAR.BENEFIT([.A3:.A3];[.B3:.B3]);[.C3:.C3])", E)
    s.case("nested per-row calls on a filled row", "STAR.VFM(STAR.BENEFIT([.A2:.A2];[.B2:.B2]);[.C2:.C2])", 250)
    # A single referenced cell arrives as its value: blank is 0.
    s.case("a blank single cell reads as 0", "STAR.BENEFIT([.A3];[.B3])", 0)
    s.case("so a partly blank row gives a number", "STAR.BENEFIT(5;[.B3])", 0)
    s.case("and a blank cost is refused as 0", "STAR.VFM([.A3];[.C3])", ERR502)
    s.case("whose words say so", "STAR.CHECK([.A3];[.C3];{1;1})",
           "Row 1: cost per patient must be more than 0 (0 \u2014 a blank cell reads as 0 here)")
    s.case("a plain formula's \"\" reads as blank", 'STAR.BENEFIT(IF([.A3]="";"";[.A3]);IF([.B3]="";"";[.B3]))', E)
    return s, ()


def check_words():
    """STAR.CHECK answers in words whatever reaches it; what never reaches
    it shows LibreOffice's own error (docs/errors.md)."""
    s = Sheet("check_words", {
        # values a cell can hold: subnormal ones made by formulas
        "A1": ["tiny", ("formula", "1E-300*1E-20", 0, 0), ("formula", "1E-300*1E-8", 0, 0),
               ("formula", "1E-300*5E-24", 0, 0)],
        "B1": ["huge", 1e308],
        "C1": ["column", 1, 2], "D1": ["with a tiny cost", 1, ("formula", "1E-300*1E-10", 0, 0)],
        "E1": ["scores", 5, 5], "F1": ["with an error", 1, ("formula", "1/0", 0, 0)],
        "G1": ["weights", ("formula", "1E-300*5E-24", 0, 0), 1],
    })
    s.case("a cost of 1E-320 in a cell", "STAR.CHECK(1;[.A2];1)", "OK: 1 interventions, 1 criteria")
    s.case("1E308 patients at 1E-308 each", "STAR.CHECK([.B2];[.A3];[.B2])", "OK: 1 interventions, 1 criteria")
    s.case("a weight of 5E-324", "STAR.CHECK(1;1;{1;1};[.G2:.G3])", "OK: 1 interventions, 2 criteria")
    s.case("a cost of 1E-310 among others", "STAR.CHECK([.C2:.C3];[.D2:.D3];[.E2:.E3])",
           "OK: 2 interventions, 1 criteria")
    s.case("a blank cost in words", "STAR.CHECK([.C2:.C3];{1|\"\"};[.E2:.E3])", "Row 2: cost per patient is blank")
    # LibreOffice refuses a number below 2.2E-308 written into a formula
    # (Err:502, and the formula shows 0): the add-in is never called.
    for formula in ("STAR.CHECK(1;1E-320;1)", "STAR.CHECK(1E308;1E-308;1E308)",
                    "STAR.CHECK(1;1;{1;1};{5E-324;1})", "STAR.CHECK({1;2};{1;1E-310};{5;5})"):
        s.case(f"LibreOffice refuses the number in {formula}", formula, ERR502)
    # An error value in an argument: LibreOffice shows it without calling.
    s.case("an error in an argument is LibreOffice's", "STAR.CHECK(1;1/0;1)", None,
           check="ORG.OPENOFFICE.ERRORTYPE({at})=532")
    s.case("an error in a range gives Err:504", "STAR.CHECK([.C2:.C3];[.F2:.F3];[.E2:.E3])", ERR504)
    return s, ()


def magnitudes():
    """Answers a double holds are given however large or small the values on
    the way (addin/core/scaled.c); beyond doubles the words stay. Expected
    values worked by hand beside each."""
    s = Sheet("magnitudes", {
        "A1": ["tiny", ("formula", "1E-300*1E-10", 0, 0), 1],
        "B1": ["x", ("formula", "1E-300*5E-24", 0, 0)],          # 2^-1074
        "C1": ["xs", 0, ("formula", "1E-300*1E-23", 0, 0)],       # 0 and 2^-1073
    })
    # each swing over their sum 3E308: the sum overflows, the shares do not
    s.case("weights of three swings of 1E308", "STAR.WEIGHTS({1E308|1E308|1E308})", COLUMN(1 / 3, 1 / 3, 1 / 3))
    s.case("weights of 1E-310 and 1", "STAR.WEIGHTS([.A2:.A3])", COLUMN(None, 1),
           check="ABS({at}/1E-300*1E10-1)<1E-12")
    # (4*1E-310 + 6*1) / (1E-310 + 1) = 6
    s.case("score with a weight of 1E-310", "STAR.SCORE({4;6};TRANSPOSE([.A2:.A3]))", 6)
    # 2^-1074 is half way from 0 to 2^-1073: 50
    s.case("value half way between two subnormal points", "STAR.VALUE([.B2];[.C2:.C3];{0|100})", 50)
    # two fit in the budget of 2; the tie goes to the earlier rows
    s.case("whole allocation of benefits 1E308", "STAR.ALLOCATE({1E308|1E308|1E308};{1|1|1};2;1)", COLUMN(1, 1, 0))
    # ratios 5E317 and 1E318 are beyond doubles; the second is the better
    s.case("allocation by exact ratios", "STAR.ALLOCATE({5E307|1E308};{1E-10|1E-10};1E-10)", COLUMN(0, 1))
    s.case("curve by exact ratios", "STAR.CURVE({5E307|1E308};{1E-10|1E-10})",
           [[0, 0], [1e-10, 1e308], [2e-10, 1.5e308]], tol=1e-12)
    s.case("reallocation by exact rates", "STAR.REALLOCATE({5E307|1E308};{1E-10|1E-10};{10|10};{0|0};{20|20})",
           COLUMN(0, 20))
    # 1E308 + 1E308 - 1E308
    s.case("gain whose sum overflows on the way", "STAR.GAIN({1E308|1E308|1E308};{1|1|1};{1|1|0};{0|0|1})",
           None, check="ABS({at}/1E308-1)<1E-12")
    s.case("benefit 2 x 1E308 x 0.5", "STAR.BENEFIT(2;1E308;0.5)", None, check="ABS({at}/1E308-1)<1E-12")
    s.case("value for money of 1E308 per 0.5 per 1E-3", "STAR.VFM(1E308;0.5;1E-3)", None,
           check="ABS({at}/2E305-1)<1E-12")
    s.case("net monetary benefit 1E308 x 2 - 1E308", "STAR.NMB(2;1E308;1E308)", None,
           check="ABS({at}/1E308-1)<1E-12")
    s.case("beyond doubles the words stay", "STAR.VFM(1E308;1E-10)", ERR502)
    return s, ()


EDGES = (whole_column, per_row_blanks, check_words, magnitudes)


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for sheet in (value_for_money(), scoring(), checks(), allocation(), mcda(), uncertainty_and_equity(),
                  bad_input(), hard_knapsacks(), portfolios()):
        (out / f"{sheet.name}.fods").write_text(document(sheet), encoding="utf-8")
    for make in EDGES:
        sheet, others = make()
        (out / f"{sheet.name}.fods").write_text(document(sheet, *others), encoding="utf-8")


if __name__ == "__main__":
    main()
