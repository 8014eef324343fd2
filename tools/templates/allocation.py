# SPDX-License-Identifier: MPL-2.0
"""The Allocation sheet: the budget with its scroll bar and the summary
above (both stay in view), the best use of the budget and a budget-neutral
reallocation of current spend row by row, and, right of the table, the chart
of spend before and after in the order of value for money.

The chart draws each bar as an error bar from 0 on an XY chart, a row per
place in the order of value for money, so that spare rows take no room and
the x axis counts places (the Rank column, where nothing is tied)."""
from .book import CENTER
from .layout import BENEFIT, BUDGET_ROW, MONEY, MONEY_SIGNED, NAVY, RULES, absref, col_name

CHART_COLS = [1.8] * 9


def allocation(b):
    c = b.c
    t = b.t["Allocation"]
    sh = b.sheet(t.sheet)
    nm = t.sheet
    first, last = t.first, t.last
    ntab = len(t.columns)
    c1 = ntab + 1                   # the chart, right of the table
    c2 = c1 + len(CHART_COLS) - 1
    cd = c2 + 2                     # chart data
    b.set_widths(sh, t.widths() + [0.4] + CHART_COLS + [0.6])
    b.heading(sh, 1, "Allocation", "The best use of the budget, and a budget-neutral move of current spend towards "
              "better value for money. Drag the scroll bar to change the budget; the chart of spend before and "
              "after is right of the table.", t.col("gain"))

    # The budget and the summary: three rows that stay in view.
    r = BUDGET_ROW
    b.put(sh, 0, r, "Budget £ a year", "STAR Text")
    b.put(sh, 1, r, c.budget, "STAR Input", MONEY)
    b.note(sh, 1, r, "The money to allocate, in pounds a year, 0 or more. It must cover the interventions marked "
                     "Must fund." + (" Here: the Early Adopter funding, £2,376,678 [D, BUMP evaluation]."
                                     if c.example else ""))
    b.validate(sh, 1, r, 1, r, "DECIMAL", "GREATER_EQUAL", 0, title="Budget", message="Pounds a year, 0 or more.")
    b.scroll_bar(sh, b.cell(sh, 1, r), 0, r + 1, b.width(sh, 0, 1) - 0.2, 0, c.budget_max, 10_000, 100_000,
                 "Budget")
    b.put(sh, 0, r + 2, "Must-fund spend £", "STAR Text")
    b.put(sh, 1, r + 2, "=SUMPRODUCT(MinShare;TotalCost)", "STAR Total", MONEY)
    summary = [
        (3, "Spend, best shares £", "=SUMPRODUCT(Allocation;TotalCost)", MONEY),
        (3, "Benefit, best shares", "=SUMPRODUCT(Allocation;EquityBenefit)", BENEFIT),
        (3, "Current spend £", "=SUM(CurrentSpend)", MONEY),
        (8, "Spend, whole only £", "=SUMPRODUCT(WholeAllocation;TotalCost)", MONEY),
        (8, "Benefit, whole only", "=SUMPRODUCT(WholeAllocation;EquityBenefit)", BENEFIT),
        (8, "Gain from reallocating", "=STAR.GAIN(EquityBenefit;TotalCost;NewSpend;CurrentSpend)", BENEFIT),
    ]
    for i, (col, label, f, fm) in enumerate(summary):
        row = r + i % 3
        width = 3 if col == 3 else 2
        b.text_across(sh, row, col, col + width - 1, label, "STAR Text")
        b.put(sh, col + width, row, f, "STAR Total", fm)
    b.note(sh, 10, r + 2, "STAR.GAIN: the benefit the budget-neutral reallocation adds, benefit taken in "
                          "proportion to spend.")

    b.put(sh, 0, t.header - 1, "By intervention", "STAR Subtitle")
    b.table_header(sh, t, {
        "name": ("Intervention", None),
        "rule": ("Funding rule", "Open (or blank): the allocation decides. Must fund: always fully funded. "
                                 "Exclude: never funded."),
        "total": ("Total cost £", "Cost of funding it fully."),
        "rank": ("Rank", "1 = best value for money (Value for money sheet)."),
        "share": ("Best share funded", "STAR.ALLOCATE: the share of each intervention to fund that gives most "
                                       "benefit within the budget."),
        "funded": ("Funded £ (best shares)", "Share x total cost."),
        "status": ("Status (best shares)", "Funded, partly funded or not funded, by the best shares."),
        "whole": ("Whole only: funded?", "STAR.ALLOCATE with whole = TRUE: funding each intervention fully or not "
                                         "at all (the exact optimum). It can differ from the best shares."),
        "spend": ("Current spend £", "From Interventions."),
        "after": ("Spend after reallocation £", "STAR.REALLOCATE: money moves from the lowest value for money "
                                                "(down to its lowest spend) to the highest (up to its highest), "
                                                "total unchanged."),
        "change": ("Change £", "Spend after reallocation minus current spend."),
        "gain": ("Benefit added", "Change x benefit per pound."),
        "min": ("Lowest share", "From the funding rule: 1 if Must fund, else 0 (text that is no rule is passed "
                                "on, and Checks names it)."),
        "max": ("Highest share", "From the funding rule: 0 if Exclude, else 1."),
    }, hidden=("min", "max"))
    b.labels(sh, t)
    b.style(sh, t.col("rule"), first, t.col("rule"), last, "STAR Input text")
    b.validate(sh, t.col("rule"), first, t.col("rule"), last, "LIST", items=RULES, title="Funding rule",
               message="Open, Must fund or Exclude. Blank means Open.")
    for i, iv in enumerate(c.interventions):
        b.put(sh, t.col("rule"), first + i, ("A", iv["rule"]))
    at = t.at
    inuse = "INDEX(InUse;Item)"
    b.formulas(sh, t, "total", lambda r: f'=IF({inuse};INDEX(TotalCost;Item);"")', "STAR Calculated", MONEY)
    b.formulas(sh, t, "rank", lambda r: '=IF(ISNUMBER(INDEX(RankCells;Item));INDEX(RankCells;Item);"")',
               "STAR Calculated", "0")
    b.column(sh, t, "share", "Allocation", fmt="0%")
    b.formulas(sh, t, "funded", lambda r: f'=IF(AND(ISNUMBER({at("share", r)});ISNUMBER({at("total", r)}));'
                                          f'{at("share", r)}*{at("total", r)};"")', "STAR Calculated", MONEY)
    b.formulas(sh, t, "status", lambda r: f'=IF(ISNUMBER({at("share", r)});IF({at("share", r)}>=1-1E-9;"Funded";'
                                          f'IF({at("share", r)}>1E-9;"Partly funded";"Not funded"));"")',
               "STAR Calculated")
    b.column(sh, t, "whole", "WholeAllocation", fmt='"Funded";"Funded";"Not funded"')
    b.formulas(sh, t, "spend", lambda r: f'=IF({inuse};INDEX(CurrentSpend;Item);"")', "STAR Calculated", MONEY)
    b.column(sh, t, "after", "NewSpend", fmt=MONEY)
    b.formulas(sh, t, "change", lambda r: f'=IF(AND(ISNUMBER({at("after", r)});ISNUMBER({at("spend", r)}));'
                                          f'{at("after", r)}-{at("spend", r)};"")', "STAR Calculated", MONEY_SIGNED)
    b.formulas(sh, t, "gain", lambda r: f'=IF(AND(ISNUMBER({at("change", r)});ISNUMBER(INDEX(EquityCells;Item));'
                                        f'ISNUMBER({at("total", r)}));{at("change", r)}*INDEX(EquityCells;Item)/'
                                        f'{at("total", r)};"")', "STAR Calculated", "#,##0;[RED]-#,##0")
    rule = lambda r: at("rule", r)  # noqa: E731
    b.formulas(sh, t, "min", lambda r: f'=IF({inuse};IF({rule(r)}="Must fund";1;IF(OR(ISBLANK({rule(r)});'
                                       f'{rule(r)}="Open";{rule(r)}="Exclude");0;{rule(r)}));"")',
               "STAR Calculated", "0")
    b.formulas(sh, t, "max", lambda r: f'=IF({inuse};IF({rule(r)}="Exclude";0;IF(OR(ISBLANK({rule(r)});'
                                       f'{rule(r)}="Open";{rule(r)}="Must fund");1;{rule(r)}));"")',
               "STAR Calculated", "0")
    for key in ("status", "whole"):
        b.rng(sh, t.col(key), first, t.col(key), last).HoriJustify = CENTER
    b.status_format(sh, t.col("status"), first, t.col("status"), last,
                    [("Funded", "STAR Funded"), ("Partly funded", "STAR Partly funded"),
                     ("Not funded", "STAR Not funded")], spare=True)
    b.status_format(sh, t.col("whole"), first, t.col("whole"), last,
                    [(1, "STAR Funded"), (0, "STAR Not funded")], spare=True)
    b.spare_rows(sh, t, ["name", "total", "rank", "share", "funded", "spend", "after", "change", "gain"])
    b.columns_hidden(sh, t.col("min"), t.col("max"))

    # The chart's data: a row per place in the order of value for money.
    place, y0, e1, e2, e3, x1, x2, x3 = range(cd, cd + 8)
    b.set_widths(sh, [1.6, 2.2, 2.8, 2.8, 2.8, 1.4, 1.4, 1.4], cd)
    b.put(sh, cd, t.header - 1, "Chart data (calculated)", "STAR Subtitle")
    b.header_row(sh, t.header, [("Place", None), ("Foot", None), ("Current £", None), ("Best shares £", None),
                                ("After £", None), ("x", None), ("x", None), ("x", None)], cd)
    row_of = "MATCH(Item;VfmOrder;0)"
    P = col_name(place)
    for r in range(first, last + 1):
        b.put(sh, place, r, f'=IF(ISNUMBER({row_of});Item;"")')
        b.put(sh, y0, r, f'=IF(ISNUMBER({P}{r});0;"")')
        for col, src in ((e1, "CurrentSpend"), (e2, "FundedCells"), (e3, "AfterCells")):
            b.put(sh, col, r, f'=IF(ISNUMBER({P}{r});IF(ISNUMBER(INDEX({src};{row_of}));INDEX({src};{row_of});0);"")')
        for col, off in ((x1, -0.25), (x2, 0.0), (x3, 0.25)):
            b.put(sh, col, r, f'=IF(ISNUMBER({P}{r});{P}{r}{off:+};"")')
    b.style(sh, cd, first, y0, last, "STAR Calculated", "0")
    b.style(sh, e1, first, e3, last, "STAR Calculated", MONEY)
    b.style(sh, x1, first, x3, last, "STAR Calculated", "0.00")
    frame = last + 2
    b.put(sh, x1, frame, 0.5)
    b.put(sh, y0, frame, 0)
    b.put(sh, x1, frame + 1, '=IF(COUNT(VfmOrder)=0;10;0.5)')
    b.put(sh, y0, frame + 1, f'=IF(COUNT(VfmOrder)=0;1000000;MAX(0;{absref(nm, e1, first, e3, last)}))')
    names = frame + 3
    for j, text in enumerate(["Current spend", "Best shares", "After reallocation", ""]):
        b.put(sh, cd, names + j, text, "STAR Blank")
    b.put(sh, c1, t.header, '=IF(COUNT(VfmOrder)=0;"No bars until interventions are typed and Checks says OK.";'
                            '"Bars in the order of value for money: 1 = best (the Rank column).")', "STAR Heading")
    b.rng(sh, c1, t.header, c2, t.header).merge(True)

    chart = b.chart(sh, "Spend", c1, first, b.width(sh, c1, c2), 10.5)
    S = nm
    colours = [0xA5A5A5, NAVY, 0x70AD47]
    series = []
    for j, (xc, ec) in enumerate(((x1, e1), (x2, e2), (x3, e3))):
        s = b.series(chart, absref(S, xc, first, xc, last), absref(S, y0, first, y0, last),
                     absref(S, cd, names + j), colours[j], line=False, symbols=True, symbol_size=120)
        s.Symbol.StandardSymbol = 0
        s.ErrorBarY = b.error_bar(chart, "y", positive=absref(S, ec, first, ec, last), color=colours[j], width=300)
        series.append(s)
    fr = b.series(chart, absref(S, x1, frame, x1, frame + 1), absref(S, y0, frame, y0, frame + 1),
                  absref(S, cd, names + 3), 0xFFFFFF, line=False)
    b.hide_from_legend(fr)
    series.append(fr)
    diagram = b.new_chart(chart, "ScatterSymbol", series)
    b.titles(chart, "Spend before and after, in order of value for money",
             "Place in the order of value for money (1 = best: the Rank column)", "£ thousand a year",
             xfmt="0", yfmt='"£"#,##0,"k"')
    xa = chart.Diagram.XAxis
    xa.AutoMin, xa.Min = False, 0.5
    xa.AutoStepMain, xa.StepMain = False, 1.0
    xa.AutoOrigin, xa.Origin = False, 0.5
    del diagram
    b.freeze[t.sheet] = (1, t.header)
    b.blank_margin(sh, x3, last + 8)
    pr = b.print_rows(t)
    b.print_setup(sh, t.col("gain"), pr, (t.header, t.header))
    sh.setPrintAreas(sh.getPrintAreas() + (b.rng(sh, c1, t.header, c2, first + 23).RangeAddress,))

