# SPDX-License-Identifier: MPL-2.0
"""The Value for money sheet: the table of benefit, value for money and rank,
and beside it the value triangles on the benefit-cost curve, numbered by
rank, with a key.

The chart reads one row per point of the curve (STAR.CURVE): the curve
itself, the points 1..m labelled with their intervention's rank, and each
triangle's two other edges drawn as error bars whose lengths come from the
next row (the next intervention's cost) and the row before (this one's
benefit). Rows past the last point hold "", which the chart leaves out, so
inserting rows inside the table keeps every point."""
from .book import RIGHT, TOP
from .layout import BENEFIT, MONEY, NAVY, ORANGE, RED, VFM_FORMAT, absref, col_name

CHART_COLS = [1.675] * 8       # the chart's columns, right of the table: 13.4 cm
CHART_HEIGHT = 10.5            # cm: the chart fits the screen below the frozen headings


def value_for_money(b):
    t = b.t["Value for money"]
    sh = b.sheet(t.sheet)
    nm = t.sheet
    first, last = t.first, t.last
    ntab = len(t.columns)
    gap = ntab                          # a thin column between table and chart
    c1 = gap + 1                        # the chart's first column
    c2 = c1 + len(CHART_COLS) - 1
    cd = c2 + 2                         # chart data
    # chart data: label, cost, benefit, next cost, this benefit, rank, across,
    # up, labelled, last across, last up, budget cost and benefit
    data_widths = [1.6, 2.8, 2.8, 2.8, 2.8, 1.5, 1.9, 1.9, 2.3, 1.9, 1.9, 2.8, 2.8]
    b.set_widths(sh, t.widths() + [0.4] + CHART_COLS + [0.6] + data_widths)
    b.heading(sh, 1, "Value for money", "Each triangle (orange edges) is one intervention: its width is its cost, "
              "its height its benefit, so the steeper the triangle the better the value. Triangles run best value "
              "first and carry their rank (the Rank column, and the key below the chart); the dashed red line is "
              "the budget.", t.col("rank"))
    b.table_header(sh, t, {
        "name": ("Intervention", None),
        "total": ("Total cost £", "Patients a year x cost per patient."),
        "benefit": ("Total benefit", "STAR.BENEFIT: patients x benefit per patient x likelihood of success."),
        "equity": ("Benefit, equity weighted", "STAR.EQUITY: total benefit with the part reaching the most deprived "
                                              "fifth counted at the equity weight."),
        "vfm": ("Value for money (benefit per £1,000)", "STAR.VFM: equity-weighted benefit per £1,000."),
        "rank": ("Rank", "STAR.RANK: 1 = best value for money."),
        "order": ("Order", "Place in the order of value for money, ties in row order: as on the curve."),
    }, hidden=("order",))
    b.labels(sh, t)
    b.formulas(sh, t, "total", lambda r: '=IF(INDEX(InUse;Item);INDEX(TotalCost;Item);"")', "STAR Calculated", MONEY)
    b.column(sh, t, "benefit", "Benefit", fmt=BENEFIT)
    b.column(sh, t, "equity", "EquityBenefit", fmt=BENEFIT)
    b.column(sh, t, "vfm", "Vfm", fmt=VFM_FORMAT)
    b.column(sh, t, "rank", "VfmRank", fmt="0")
    vf = t.span("vfm")
    b.formulas(sh, t, "order", lambda r: f'=IF(ISNUMBER({t.at("vfm", r)});COUNTIF({vf};">"&{t.at("vfm", r)})+'
                                         f'COUNTIF(${t.letter("vfm")}${first}:{t.at("vfm", r)};{t.at("vfm", r)});"")',
               "STAR Calculated", "0")
    b.colour_scale(sh, t.col("vfm"), first, t.col("vfm"), last)
    b.colour_scale(sh, t.col("rank"), first, t.col("rank"), last, low_good=True)
    b.put(sh, t.col("name"), last + 1, "Total", "STAR Total")
    for key, fmt in (("total", MONEY), ("benefit", BENEFIT), ("equity", BENEFIT)):
        b.put(sh, t.col(key), last + 1, f"=SUM({t.span(key)})", "STAR Total", fmt)
    b.columns_hidden(sh, t.col("order"), t.col("order"))
    b.spare_rows(sh, t, ["name", "total", "benefit", "equity", "vfm", "rank"])

    # The chart's caption, in the frozen heading row above it.
    b.put(sh, c1, t.header, '=IF(COUNTA(Labels)-COUNTBLANK(Labels)=0;"No interventions yet: type them on '
                            'Interventions and Scores, and their triangles appear here.";IF(COUNT(VfmCells)=0;'
                            '"No triangles until the inputs Checks names are fixed: "&$Checks.$B$4;'
                            '"Triangles carry their rank (the Rank column) where there is room; the key below lists all."))',
          "STAR Heading")
    b.rng(sh, c1, t.header, c2, t.header).merge(True)

    # Chart data: a row per point of the curve, the origin first. A point's
    # rank shows where its label keeps clear of the last label shown (labels
    # sit above their points, and the curve rises to the right, so the
    # last one shown is the only one it could run into); the key lists all.
    lab, x, y, xp, ym, rk, fx, fy, show, lx, ly, bx, by = range(cd, cd + 13)
    b.put(sh, cd, first - 3, "Chart data (calculated)", "STAR Subtitle")
    b.header_row(sh, t.header, [("Label", "The rank, where the label has room."),
                                ("Curve: cost £", "STAR.CURVE: cumulative cost."),
                                ("Curve: benefit", "STAR.CURVE: cumulative equity-weighted benefit."),
                                ("Next cost £", "The next triangle's width: its bottom edge."),
                                ("This benefit", "This triangle's height: its right edge."),
                                ("Rank", "The rank of the intervention whose triangle ends here."),
                                ("Across", "The point's place across the chart, 0-1."),
                                ("Up", "The point's place up the chart, 0-1."),
                                ("Labelled", "Whether the label keeps clear of the last one shown."),
                                ("Last across", None), ("Last up", None),
                                ("Budget: cost £", None), ("Budget: benefit", None)], cd)
    X, Y, RK, FX, FY, SH, LX, LY = (col_name(c) for c in (x, y, rk, fx, fy, show, lx, ly))
    xs, ys = f"${X}${first}:${X}${last + 1}", f"${Y}${first}:${Y}${last + 1}"
    for r in range(first, last + 2):
        b.put(sh, x, r, '=IF(Item>COUNT(VfmCells)+1;"";INDEX(Curve;Item;1))')
        b.put(sh, y, r, '=IF(Item>COUNT(VfmCells)+1;"";INDEX(Curve;Item;2))')
        b.put(sh, xp, r, f'=IF(AND(ISNUMBER({X}{r + 1});ISNUMBER({X}{r}));{X}{r + 1}-{X}{r};"")')
        b.put(sh, ym, r, f'=IF(AND(ISNUMBER({Y}{r});ISNUMBER({Y}{r - 1}));{Y}{r}-{Y}{r - 1};"")')
        b.put(sh, rk, r, '=IF(Item>1;IFERROR(INDEX(RankCells;MATCH(Item-1;VfmOrder;0));"");"")')
        b.put(sh, fx, r, f'=IF(ISNUMBER({X}{r});{X}{r}/MAX(1;1.1*MAX({xs}));"")')
        b.put(sh, fy, r, f'=IF(ISNUMBER({Y}{r});{Y}{r}/MAX(1;1.15*MAX({ys}));"")')
        b.put(sh, show, r, f'=IF(AND(Item>1;ISNUMBER({RK}{r});ISNUMBER({FX}{r}));OR({FX}{r}-{LX}{r - 1}>=0.06;'
                           f'{FY}{r}-{LY}{r - 1}>=0.07);FALSE())')
        b.put(sh, lx, r, f'=IF(Item=1;-1;IF({SH}{r};{FX}{r};{LX}{r - 1}))')
        b.put(sh, ly, r, f'=IF(Item=1;-1;IF({SH}{r};{FY}{r};{LY}{r - 1}))')
        b.put(sh, lab, r, f'=IF({SH}{r};""&{RK}{r};"")')
    # the budget: a line from the axis to the top, labelled half way up
    for i, h in enumerate(("0", f"MAX(0;{ys})/2", f"MAX(0;{ys})")):
        b.put(sh, bx, first + i, '=IF(ISNUMBER(Budget);Budget;"")')
        b.put(sh, by, first + i, f'=IF(ISNUMBER(Budget);{h};"")')
    # an invisible frame that gives an empty chart sensible axes
    b.put(sh, bx, first + 4, 0)
    b.put(sh, by, first + 4, 0)
    b.put(sh, bx, first + 5, '=IF(COUNT(VfmCells)=0;1000000;0)')
    b.put(sh, by, first + 5, '=IF(COUNT(VfmCells)=0;1000000;0)')
    b.style(sh, lab, first, lab, last + 1, "STAR Calculated text")
    b.style(sh, x, first, rk, last + 1, "STAR Calculated", "#,##0")
    b.style(sh, fx, first, ly, last + 1, "STAR Calculated", "0.000")
    b.style(sh, bx, first, by, first + 5, "STAR Calculated", BENEFIT)
    names = last + 3
    for j, text in enumerate(["", "Benefit-cost curve", "Intervention, numbered by rank", "", ""]):
        b.put(sh, cd, names + j, text, "STAR Blank")
    b.put(sh, cd, names + 3, '="Budget "&IF(ISNUMBER(Budget);TEXT(Budget;"£#,##0");"(none yet)")', "STAR Blank")

    # The key: rank and name in the order of the curve, just below the chart
    # (the rows' heights settled first: long names take two lines).
    key = b.row_below(sh, first, CHART_HEIGHT + 0.3)
    b.put(sh, c1, key, "Key: rank and intervention, best value first", "STAR Subtitle")
    b.rng(sh, c1, key, c2, key).merge(True)
    place = f"ROW()-ROW(${col_name(c1)}${key})"
    for q in range(1, t.rows + 1):
        r = key + q
        at = f"MATCH({place};VfmOrder;0)"
        b.put(sh, c1, r, f'=IFERROR(INDEX(RankCells;{at});"")', "STAR Calculated", "0")
        b.put(sh, c1 + 1, r, f'=IFERROR(INDEX(Labels;{at});"")', "STAR Calculated text")
        b.rng(sh, c1 + 1, r, c2, r).merge(True)
    b.formula_format(sh, c1, key + 1, c2, key + t.rows, f"{place}>COUNT(VfmCells)", "STAR Spare")

    chart = b.chart(sh, "ValueTriangles", c1, first, b.width(sh, c1, c2), CHART_HEIGHT)
    S = nm
    curve = b.series(chart, absref(S, x, first, x, last + 1), absref(S, y, first, y, last + 1),
                     absref(S, cd, names + 1), NAVY, width=45)
    curve.ErrorBarX = b.error_bar(chart, "x", positive=absref(S, xp, first, xp, last + 1), color=ORANGE, width=45)
    curve.ErrorBarY = b.error_bar(chart, "y", negative=absref(S, ym, first, ym, last + 1), color=ORANGE, width=45)
    points = b.series(chart, absref(S, x, first + 1, x, last + 1), absref(S, y, first + 1, y, last + 1),
                      absref(S, cd, names + 2), NAVY, symbols=True, line=False, symbol_size=200)
    b.point_labels(points, category=True, placement=TOP)
    budget = b.series(chart, absref(S, bx, first, bx, first + 2), absref(S, by, first, by, first + 2),
                      absref(S, cd, names + 3), RED, width=50, dash=True)
    b.point_labels(budget, series_name=True, placement=RIGHT, points=[1])    # half way up
    frame = b.series(chart, absref(S, bx, first + 4, bx, first + 5), absref(S, by, first + 4, by, first + 5),
                     absref(S, cd, names + 4), 0xFFFFFF, line=False)
    b.hide_from_legend(frame)
    b.new_chart(chart, "ScatterLineSymbol", [curve, points, budget, frame],
                absref(S, lab, first + 1, lab, last + 1))
    # the edges: a legend entry for the orange lines
    b.titles(chart, "Value triangles on the benefit-cost curve", "Cumulative cost, £ million a year",
             "Cumulative equity-weighted benefit", xfmt='"£"0.0,,"m"', yfmt="#,##0", legend=False)
    b.freeze[t.sheet] = (1, t.header)
    b.blank_margin(sh, by, max(last + 1, key + t.rows))
    b.print_setup(sh, c2, max(b.print_rows(t) + 1, key + len(b.c.interventions) + 1), (t.header, t.header),
                  title_col=True)
