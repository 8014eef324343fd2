# SPDX-License-Identifier: MPL-2.0
"""The Value for money sheet: the value triangles on the benefit-cost curve,
and the table of benefit, value for money and rank."""
from .book import absref, col_name
from .layout import FIRST, MONEY, ROWS, VFM_FIRST


def value_for_money(b):
    sh = b.sheet("Value for money")
    nm = "Value for money"
    b.put(sh, 0, 1, "Value for money", "STAR Title")
    b.put(sh, 0, 2, "Each triangle is one intervention: its width is its cost, its height its benefit, so the "
                    "steeper the triangle the better the value. Best value first; the red line is the budget.",
          "STAR Note")
    b.name("Benefit", "STAR.BENEFIT(Patients;BenefitPerPatient;Likelihood)")
    b.name("EquityBenefit", "STAR.EQUITY(Benefit;Core20Share;EquityWeight)")
    b.name("Vfm", "STAR.VFM(EquityBenefit;TotalCost)")
    b.name("VfmRank", "STAR.RANK(Vfm)")
    b.name("Curve", "STAR.CURVE(EquityBenefit;TotalCost)")
    b.name("Triangles", "STAR.TRIANGLES(EquityBenefit;TotalCost)")
    first = VFM_FIRST
    last = first + ROWS - 1
    heads = [("Intervention", None),
             ("Total cost £", "Patients a year x cost per patient."),
             ("Benefit per patient (0-100)", "STAR.SCORE: the weighted score."),
             ("Total benefit", "STAR.BENEFIT: patients x benefit per patient x likelihood of success."),
             ("Equity-weighted benefit", "STAR.EQUITY: total benefit with the part reaching the most deprived "
                                         "fifth counted at the equity weight."),
             ("Value for money (benefit per £1,000)", "STAR.VFM: equity-weighted benefit per £1,000."),
             ("Rank", "STAR.RANK: 1 = best value for money.")]
    b.header_row(sh, first - 1, heads)
    sh.Rows.getByIndex(first - 2).Height = 1100
    b.set_widths(sh, [6.5, 3.0, 3.0, 3.0, 3.2, 3.4, 2.0, 0.6, 4.5, 2.6, 2.6, 2.6, 2.6, 2.6, 2.6, 2.6])
    b.put(sh, 0, first - 3, "The table", "STAR Subtitle")
    b.mirror(sh, 0, first, "Interventions", 0, FIRST, "STAR Calculated text")
    for i in range(ROWS):
        r = first + i
        b.put(sh, 1, r, f"=IF($Interventions.$F${FIRST + i}=\"\";\"\";$Interventions.$F${FIRST + i})")
    b.style(sh, 1, first, 1, last, "STAR Calculated", MONEY)
    b.column(sh, 2, first, "BenefitPerPatient", fmt="0.0")
    b.column(sh, 3, first, "Benefit", fmt="#,##0")
    b.column(sh, 4, first, "EquityBenefit", fmt="#,##0")
    b.column(sh, 5, first, "Vfm", fmt="0.00")
    b.column(sh, 6, first, "VfmRank", fmt="0")
    b.colour_scale(sh, 5, first, 5, last)
    b.colour_scale(sh, 6, first, 6, last, low_good=True)
    b.put(sh, 0, last + 1, "Total", "STAR Total")
    for col, fmt in ((1, MONEY), (3, "#,##0"), (4, "#,##0")):
        L = col_name(col)
        b.put(sh, col, last + 1, f"=SUM({L}{first}:{L}{last})", "STAR Total", fmt)

    # Chart data: fixed blocks of cells, "" past the last point.
    cd = 8                      # column I
    b.put(sh, cd, first - 3, "Chart data (calculated)", "STAR Subtitle")
    b.header_row(sh, first - 1, [("Curve: label", "The intervention whose segment ends at this point."),
                                 ("Curve: cost £", "STAR.CURVE: cumulative cost."),
                                 ("Curve: benefit", "STAR.CURVE: cumulative equity-weighted benefit."),
                                 ("Triangles: cost £", "STAR.TRIANGLES"),
                                 ("Triangles: benefit", "STAR.TRIANGLES"),
                                 ("Budget: cost £", None), ("Budget: benefit", None)], cd)
    for i in range(ROWS + 1):
        r = first + i
        k = i + 1
        if i == 0:
            b.put(sh, cd, r, '=""')
        else:
            # the name where the triangle is big enough to carry it, else the number
            name = f"INDEX($A${first}:$A${last};MATCH({i};$Q${first}:$Q${last};0))"
            short = f'IF(LEN({name})>30;LEFT({name};28)&"…";{name})'
            big = (f"OR(J{r}-J{r - 1}>=0.06*MAX($J${first}:$J${first + ROWS});"
                   f"K{r}-K{r - 1}>=0.06*MAX($K${first}:$K${first + ROWS}))")
            b.put(sh, cd, r, f'=IFERROR(IF({big};"{i}. "&{short};"{i}");"")')
        for j, col in ((1, cd + 1), (2, cd + 2)):
            b.put(sh, col, r, f'=IF({k}>COUNT(TotalCost)+1;"";INDEX(Curve;{k};{j}))')
    tri_rows = 5 * ROWS
    for i in range(tri_rows):
        r = first + i
        k = i + 1
        for j, col in ((1, cd + 3), (2, cd + 4)):
            at = f"INDEX(Triangles;{k};{j})"
            if k % 5 == 0:      # the empty row that separates two triangles
                b.put(sh, col, r, '=""')
            else:
                b.put(sh, col, r, f'=IF({k}>5*COUNT(TotalCost);"";{at})')
    b.put(sh, cd + 5, first, "=Budget")
    b.put(sh, cd + 6, first, 0)
    b.put(sh, cd + 5, first + 1, "=Budget")
    b.put(sh, cd + 6, first + 1, f"=MAX(0;$K${first}:$K${first + ROWS})")
    # the order of value for money, ties in row order, as STAR.CURVE has it
    b.put(sh, cd + 8, first - 1, "Order", "STAR Heading")
    b.note(sh, cd + 8, first - 1, "Place in the order of value for money, ties in row order: as on the curve.")
    for i in range(ROWS):
        r = first + i
        b.put(sh, cd + 8, r, f'=IF(F{r}="";"";COUNTIF($F${first}:$F${last};">"&F{r})'
                             f'+COUNTIF($F${first}:F{r};F{r}))')
    b.style(sh, cd, first, cd, first + ROWS, "STAR Calculated text")
    b.style(sh, cd + 1, first, cd + 2, first + ROWS, "STAR Calculated", "#,##0")
    b.style(sh, cd + 3, first, cd + 4, first + tri_rows - 1, "STAR Calculated", "#,##0")
    b.style(sh, cd + 5, first, cd + 6, first + 1, "STAR Calculated", "#,##0")
    b.style(sh, cd + 8, first, cd + 8, last, "STAR Calculated", "0")
    for j, text in enumerate(["Benefit-cost curve", "Value triangles", "Budget"]):
        b.put(sh, 0, 60 + 5 * ROWS + j, text, "STAR Blank")

    chart = b.chart(sh, "ValueTriangles", 0, 3, 8, first - 4)
    lab = 60 + 5 * ROWS
    S = nm
    ser_tri = b.series(chart, absref(S, cd + 3, first, cd + 3, first + tri_rows - 1),
                       absref(S, cd + 4, first, cd + 4, first + tri_rows - 1), absref(S, 0, lab + 1),
                       0x2E75B6, width=60)
    ser_curve = b.series(chart, absref(S, cd + 1, first, cd + 1, first + ROWS),
                         absref(S, cd + 2, first, cd + 2, first + ROWS), absref(S, 0, lab),
                         0x1F4E79, width=35, symbols=True, labels=True)
    ser_budget = b.series(chart, absref(S, cd + 5, first, cd + 5, first + 1),
                          absref(S, cd + 6, first, cd + 6, first + 1), absref(S, 0, lab + 2),
                          0xC00000, width=50, dash=True)
    b.xy_chart(chart, [ser_tri, ser_curve, ser_budget], absref(S, cd, first, cd, first + ROWS),
               "Value triangles on the benefit-cost curve", "Cumulative cost, £ million a year",
               "Cumulative equity-weighted benefit", xfmt='"£"0.0,,"m"')
    b.freeze[nm] = (1, 0)
    b.blank_margin(sh, cd + 9, first + tri_rows)
    b.print_setup(sh, 6, last + 1, (first - 1, first - 1))
