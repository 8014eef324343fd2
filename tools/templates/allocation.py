# SPDX-License-Identifier: MPL-2.0
"""The Allocation sheet: the budget, the best use of it, a budget-neutral
reallocation of current spend, and the chart of spend before and after."""
from .book import absref
from .layout import ALLOC_FIRST, FIRST, MONEY, MONEY_SIGNED, ROWS, RULES, VFM_FIRST


def allocation(b):
    c = b.c
    sh = b.sheet("Allocation")
    nm = "Allocation"
    b.set_widths(sh, [6.5, 2.8, 2.8, 2.4, 1.5, 2.4, 2.8, 2.6, 3.0, 2.8, 2.8, 2.8, 2.8, 0.6, 2.5, 2.5, 2.5, 2.5])
    b.put(sh, 0, 1, "Allocation", "STAR Title")
    b.put(sh, 0, ALLOC_FIRST - 2, "By intervention", "STAR Subtitle")
    b.put(sh, 0, 2, "The best use of the budget, and a budget-neutral move of current spend towards better "
                    "value for money. Drag the scroll bar to change the budget.", "STAR Note")
    b.legend(sh, 3)
    b.put(sh, 0, 5, "Budget £ a year", "STAR Text")
    b.put(sh, 1, 5, c.budget, "STAR Input", MONEY)
    b.note(sh, 1, 5, "The money to allocate, in pounds a year, 0 or more. It must cover the interventions marked "
                     "Must fund." + (" Here: the Early Adopter funding, £2,376,678 [D, BUMP evaluation]."
                                     if c.example else ""))
    b.validate(sh, 1, 5, 1, 5, "DECIMAL", "GREATER_EQUAL", 0, title="Budget",
               message="Pounds a year, 0 or more.")
    b.name("Budget", absref(nm, 1, 5))
    b.scroll_bar(sh, b.cell(sh, 1, 5), 0, 6, 9.0, 0, c.budget_max, 10_000, 100_000, "Budget")
    rows = [("Must-fund spend £", "=SUMPRODUCT(MinShare;TotalCost)", MONEY),
            ("Spend, best shares £", "=SUMPRODUCT(Allocation;TotalCost)", MONEY),
            ("Benefit, best shares", "=SUMPRODUCT(Allocation;EquityBenefit)", "#,##0"),
            ("Spend, whole interventions £", "=SUMPRODUCT(WholeAllocation;TotalCost)", MONEY),
            ("Benefit, whole interventions", "=SUMPRODUCT(WholeAllocation;EquityBenefit)", "#,##0"),
            ("Current spend £", "=SUM(CurrentSpend)", MONEY),
            ("Benefit added by reallocating it", "=STAR.GAIN(EquityBenefit;TotalCost;NewSpend;CurrentSpend)",
             "#,##0")]
    b.put(sh, 0, 8, "Summary", "STAR Subtitle")
    for i, (label, f, fm) in enumerate(rows):
        b.put(sh, 0, 9 + i, label, "STAR Text")
        b.put(sh, 1, 9 + i, f, "STAR Total", fm)
    b.note(sh, 1, 15, "STAR.GAIN: the benefit the budget-neutral reallocation adds, benefit taken in proportion "
                      "to spend.")

    first = ALLOC_FIRST
    last = first + ROWS - 1
    heads = [("Intervention", None),
             ("Funding rule", "Open: the allocation decides. Must fund: always fully funded. Exclude: never "
                              "funded."),
             ("Total cost £", "Cost of funding it fully."),
             ("Value for money", "Benefit per £1,000 (Value for money sheet)."),
             ("Rank", "1 = best value for money."),
             ("Best share funded", "STAR.ALLOCATE: the share of each intervention to fund that gives most benefit "
                                   "within the budget."),
             ("Funded £ (best shares)", "Share x total cost."),
             ("Whole: funded?", "STAR.ALLOCATE with whole = TRUE: 1 = fund it all, 0 = not at all (exact "
                                "optimum)."),
             ("Status", "Funded, partly funded or not funded, by the best shares."),
             ("Current spend £", "From Interventions."),
             ("Spend after reallocation £", "STAR.REALLOCATE: money moves from the lowest value for money "
                                            "(down to its lowest spend) to the highest (up to its highest), "
                                            "total unchanged."),
             ("Change £", "Spend after reallocation minus current spend."),
             ("Benefit added", "(Change x benefit per pound)."),
             ]
    b.header_row(sh, first - 1, heads)
    b.put(sh, 14, first - 1, "Lowest share", "STAR Heading")
    b.put(sh, 15, first - 1, "Highest share", "STAR Heading")
    b.note(sh, 14, first - 1, "From the funding rule: 1 if Must fund, else 0.")
    b.note(sh, 15, first - 1, "From the funding rule: 0 if Exclude, else 1.")
    sh.Rows.getByIndex(first - 2).Height = 1100
    b.mirror(sh, 0, first, "Interventions", 0, FIRST, "STAR Calculated text")
    b.style(sh, 1, first, 1, last, "STAR Input")
    b.validate(sh, 1, first, 1, last, "LIST", items=RULES, title="Funding rule",
               message="Open, Must fund or Exclude. Blank means Open.")
    for i, iv in enumerate(c.interventions):
        b.put(sh, 1, first + i, ("A", iv["rule"]))
    for i in range(ROWS):
        r = first + i
        ir = FIRST + i
        tc = f"$Interventions.$F${ir}"
        b.put(sh, 2, r, f'=IF({tc}="";"";{tc})')
        vf = f"$'Value for money'.$F${VFM_FIRST + i}"
        rk = f"$'Value for money'.$G${VFM_FIRST + i}"
        b.put(sh, 3, r, f'=IF({vf}="";"";{vf})')
        b.put(sh, 4, r, f'=IF({rk}="";"";{rk})')
        b.put(sh, 6, r, f'=IF(F{r}="";"";F{r}*C{r})')
        b.put(sh, 8, r, f'=IF(F{r}="";"";IF(F{r}>=1-1E-9;"Funded";IF(F{r}>1E-9;"Partly funded";"Not funded")))')
        b.put(sh, 9, r, f'=IF($Interventions.$G${ir}="";"";$Interventions.$G${ir})')
        b.put(sh, 11, r, f'=IF(K{r}="";"";K{r}-J{r})')
        b.put(sh, 12, r, f'=IF(L{r}="";"";L{r}*$\'Value for money\'.$E${VFM_FIRST + i}/C{r})')
        b.put(sh, 14, r, f'=IF(C{r}="";"";IF(B{r}="Must fund";1;0))')
        b.put(sh, 15, r, f'=IF(C{r}="";"";IF(B{r}="Exclude";0;1))')
    b.name("MinShare", absref(nm, 14, first, 14, last))
    b.name("MaxShare", absref(nm, 15, first, 15, last))
    b.name("Allocation", "STAR.ALLOCATE(EquityBenefit;TotalCost;Budget;FALSE();MinShare;MaxShare)")
    b.name("WholeAllocation", "STAR.ALLOCATE(EquityBenefit;TotalCost;Budget;TRUE();MinShare;MaxShare)")
    b.name("NewSpend", "STAR.REALLOCATE(EquityBenefit;TotalCost;CurrentSpend;LowSpend;HighSpend)")
    b.column(sh, 5, first, "Allocation", fmt="0%")
    b.column(sh, 7, first, "WholeAllocation", fmt='"Yes";"Yes";"No"')
    b.column(sh, 10, first, "NewSpend", fmt=MONEY)
    b.style(sh, 2, first, 2, last, "STAR Calculated", MONEY)
    b.style(sh, 3, first, 3, last, "STAR Calculated", "0.00")
    b.style(sh, 4, first, 4, last, "STAR Calculated", "0")
    b.style(sh, 6, first, 6, last, "STAR Calculated", MONEY)
    b.style(sh, 8, first, 8, last, "STAR Calculated")
    b.style(sh, 9, first, 9, last, "STAR Calculated", MONEY)
    b.style(sh, 11, first, 11, last, "STAR Calculated", MONEY_SIGNED)
    b.style(sh, 12, first, 12, last, "STAR Calculated", "#,##0;[RED]-#,##0")
    b.style(sh, 14, first, 15, last, "STAR Calculated", "0")
    b.status_format(sh, 8, first, 8, last, [("Funded", "STAR Funded"), ("Partly funded", "STAR Partly funded"),
                                            ("Not funded", "STAR Not funded")])
    b.status_format(sh, 7, first, 7, last, [(1, "STAR Funded"), (0, "STAR Not funded")])

    # Chart: spend before and after, as bars drawn on an XY chart in the order
    # of value for money, so that spare rows take no room.
    cd = 17                     # column R
    b.put(sh, cd, first - 3, "Chart data (calculated)", "STAR Subtitle")
    b.header_row(sh, first - 1, [("Label", None), ("Place", None), ("Current £", None), ("Place", None),
                                 ("Best shares £", None), ("Place", None), ("After reallocation £", None)], cd)
    b.set_widths(sh, [6.5, 2.8, 2.8, 2.4, 1.5, 2.4, 2.8, 2.6, 3.0, 2.8, 2.8, 2.8, 2.8, 0.6, 2.5, 2.5, 0.6,
                      5.0, 1.6, 2.4, 1.6, 2.4, 1.6, 2.4])
    vfm_sheet = "$'Value for money'"
    for k in range(1, ROWS + 1):
        r = first + k - 1
        # which row is k-th in value-for-money order
        row_of = f"MATCH({k};{vfm_sheet}.$Q${VFM_FIRST}:$Q${VFM_FIRST + ROWS - 1};0)"
        b.put(sh, cd, r, f'=IFERROR(INDEX($A${first}:$A${last};{row_of});"")')
    # bars: 3 rows per intervention (foot, top, gap)
    for k in range(1, ROWS + 1):
        base = first + 3 * (k - 1)
        row_of = f"MATCH({k};{vfm_sheet}.$Q${VFM_FIRST}:$Q${VFM_FIRST + ROWS - 1};0)"
        for j, (src, off) in enumerate(((f"$J${first}:$J${last}", -0.22), (f"$G${first}:$G${last}", 0.0),
                                        (f"$K${first}:$K${last}", 0.22))):
            xc, yc = cd + 1 + 2 * j, cd + 2 + 2 * j
            present = f"ISNUMBER({row_of})"
            b.put(sh, xc, base, f'=IF({present};{k}{off:+};"")')
            b.put(sh, yc, base, f'=IF({present};0;"")')
            b.put(sh, xc, base + 1, f'=IF({present};{k}{off:+};"")')
            b.put(sh, yc, base + 1, f'=IF({present};INDEX({src};{row_of});"")')
            b.put(sh, xc, base + 2, '=""')
            b.put(sh, yc, base + 2, '=""')
    bars = 3 * ROWS
    b.style(sh, cd, first, cd, last, "STAR Calculated text")
    b.style(sh, cd + 1, first, cd + 6, first + bars - 1, "STAR Calculated", "#,##0.##")
    for j, text in enumerate(["Current spend", "Best shares", "After reallocation"]):
        b.put(sh, cd, first + bars + 2 + j, text, "STAR Blank")
    lab = first + bars + 2
    chart = b.chart(sh, "Spend", 3, 4, 13, first - 3)
    S = nm
    colours = [0xA5A5A5, 0x2E75B6, 0x70AD47]
    series = []
    for j in range(3):
        xc, yc = cd + 1 + 2 * j, cd + 2 + 2 * j
        series.append(b.series(chart, absref(S, xc, first, xc, first + bars - 1),
                               absref(S, yc, first, yc, first + bars - 1), absref(S, cd, lab + j),
                               colours[j], width=400))
    b.xy_chart(chart, series, None, "Spend before and after, in order of value for money",
               "Interventions by value-for-money rank (the Rank column below)",
               "£ thousand a year", xfmt="0", yfmt='"£"#,##0,"k"')
    b.freeze[nm] = (1, 0)
    b.blank_margin(sh, cd + 7, first + bars + 5)
    b.print_setup(sh, 15, last, (first - 1, first - 1))
