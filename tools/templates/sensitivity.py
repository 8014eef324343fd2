# SPDX-License-Identifier: MPL-2.0
"""The Sensitivity sheet: how far each weight can move before the ranking
changes (a table, and beside it a floating bar per criterion with a marker
at today's weight), the agreement between stakeholder groups, and the chance
each intervention is funded when benefits and costs are uncertain.

The floating bars are error bars on a points-only chart with its axes
swapped: from the lowest to the highest share, around today's share."""
import uno
from com.sun.star.awt import Size

from .book import CENTER
from .layout import BENEFIT, GROUPS_ROWS, HELPER, K, MONEY, NAVY, absref

STAB_HEADER = 6                 # the weight-stability table: a criterion a row
STAB_FIRST = STAB_HEADER + 1
STAB_LAST = STAB_FIRST + K - 1
AGREE_TITLE = 28                # agreement between groups, below the chart
CHART_HEIGHT = 10.0


def sensitivity(b):
    t = b.t["Sensitivity"]
    sh = b.sheet(t.sheet)
    nm = t.sheet
    first, last = t.first, t.last
    ntab = len(t.columns)
    b.set_widths(sh, t.widths())
    b.set_widths(sh, [1.2, 1.2], HELPER)
    b.heading(sh, 1, "Sensitivity", "How firm are the results? How far each weight can move before the ranking "
              "changes, how far the stakeholder groups agree, and the chance each intervention is funded when "
              "benefits and costs are uncertain.", ntab - 1)

    # Weight stability: a criterion a row, the chart beside it.
    b.put(sh, 0, STAB_HEADER - 1, "Weight stability", "STAR Subtitle")
    b.header_row(sh, STAB_HEADER, [
        ("Criterion", None), ("Weight share now", "The agreed weight as a share of all weights."),
        ("Lowest share", "STAR.STABILITY: the lowest share of all weights at which the ranking by value for money "
                         "stays the same (the other weights scaled in proportion)."),
        ("Highest share", "STAR.STABILITY: the highest share.")])
    for j in range(1, K + 1):
        r = STAB_FIRST + j - 1
        named = f'INDEX(Criteria;{j})<>""'
        has = f'AND({named};COUNT(VfmCells)>1)'
        b.put(sh, 0, r, f'=IF({named};INDEX(Criteria;{j});"")', "STAR Calculated text")
        b.put(sh, 1, r, f'=IF({named};INDEX(WeightShares;{j});"")', "STAR Calculated", "0%")
        # "-" where there is nothing to show: a cached "" next to a formula
        # reading it is read back as 0 without the extension (LibreOffice 7.4)
        b.put(sh, 2, r, f'=IF({has};INDEX(Stability;{j};1);"-")', "STAR Calculated", "0%")
        b.put(sh, 3, r, f'=IF({has};INDEX(Stability;{j};2);"-")', "STAR Calculated", "0%")
        # the bar's two halves, for the chart
        b.put(sh, HELPER, r, f'=IF(AND(ISNUMBER(B{r});ISNUMBER(C{r}));B{r}-C{r};"")', "STAR Helper")
        b.put(sh, HELPER + 1, r, f'=IF(AND(ISNUMBER(B{r});ISNUMBER(D{r}));D{r}-B{r};"")', "STAR Helper")
    b.put(sh, HELPER, STAB_HEADER, "Below now", "STAR Helper")
    b.put(sh, HELPER + 1, STAB_HEADER, "Above now", "STAR Helper")
    b.formula_format(sh, 0, STAB_FIRST, 3, STAB_LAST, "$A{r}=\"\"".format(r=STAB_FIRST), "STAR Spare")
    b.rng(sh, 2, STAB_FIRST, 3, STAB_LAST).HoriJustify = CENTER
    b.text_across(sh, STAB_LAST + 2, 0, 3, "Read a bar as: while this criterion's weight stays inside the bar (the "
                                           "other weights scaled to match), the order of value for money does not "
                                           "change. The diamond is today's weight. A short bar means a result that "
                                           "hangs on the exact weight.")
    b.put(sh, HELPER + 2, STAB_HEADER, "Weight now", "STAR Helper")
    chart_col = 5
    chart = b.chart(sh, "Stability", chart_col, STAB_HEADER - 1, b.width(sh, chart_col, ntab - 1), CHART_HEIGHT)
    now = b.series(chart, None, absref(nm, 1, STAB_FIRST, 1, STAB_LAST), absref(nm, HELPER + 2, STAB_HEADER),
                   NAVY, line=False, symbols=True, symbol_size=260)
    now.ErrorBarY = b.error_bar(chart, "y", positive=absref(nm, HELPER + 1, STAB_FIRST, HELPER + 1, STAB_LAST),
                                negative=absref(nm, HELPER, STAB_FIRST, HELPER, STAB_LAST), color=0x9DC3E6,
                                width=380, transparency=35)     # today's weight shows through its bar
    diagram = b.new_chart(chart, "Symbol", [now], absref(nm, 0, STAB_FIRST, 0, STAB_LAST))
    coords = diagram.getCoordinateSystems()[0]
    coords.SwapXAndYAxis = True                     # criteria down the side, bars across
    cat = coords.getAxisByDimension(0, 0)
    sd = cat.getScaleData()
    sd.Orientation = uno.Enum("com.sun.star.chart2.AxisOrientation", "REVERSE")     # the first at the top
    cat.setScaleData(sd)
    b.titles(chart, "How far each weight can move before the ranking changes",
             "Criterion", "Share of all weights (bar: the stable range; diamond: now)", None, "0%", legend=False)
    sym = now.Symbol                    # the template set its own symbol
    sym.StandardSymbol = 1          # a diamond
    sym.Size = Size(300, 300)
    sym.FillColor = sym.BorderColor = NAVY
    now.Symbol = now.Symbol = sym
    now.Color = NAVY
    ya = chart.Diagram.YAxis
    ya.CrossoverPosition = uno.Enum("com.sun.star.chart.ChartAxisPosition", "END")    # at the bottom
    ya.TextRotation = 0
    ya.AutoMax, ya.Max = False, 1.0
    ya.AutoMin, ya.Min = False, 0.0
    ya.AutoStepMain, ya.StepMain = False, 0.2

    # Agreement between stakeholder groups.
    r0 = AGREE_TITLE
    b.put(sh, 0, r0, "Agreement between stakeholder groups", "STAR Subtitle")
    b.text_across(sh, r0 + 1, 0, 6, "STAR.AGREE: Kendall's tau-b between the orders of value for money each pair "
                                    "of groups' weights give: 1 = the same order, 0 = unrelated, -1 = reversed.")
    hr = r0 + 2
    b.put(sh, 0, hr, "Group", "STAR Heading")
    for g in range(1, GROUPS_ROWS + 1):
        b.put(sh, g, hr, f"Group {g}", "STAR Heading")
        b.put(sh, 0, hr + g, f'="{g}. "&IF(INDEX(Groups;{g})="";"(no group)";INDEX(Groups;{g}))',
              "STAR Calculated text")
    for g in range(1, GROUPS_ROWS + 1):
        for h in range(1, GROUPS_ROWS + 1):
            ok = f"AND(COUNT(INDEX(GroupSwingInputs;0;{g}))>0;COUNT(INDEX(GroupSwingInputs;0;{h}))>0;COUNT(VfmCells)>1)"
            b.put(sh, h, hr + g, f'=IF({ok};STAR.AGREE(GroupVfm{g};GroupVfm{h});"-")', "STAR Calculated", "0.00")
    b.rng(sh, 1, hr + 1, GROUPS_ROWS, hr + GROUPS_ROWS).HoriJustify = CENTER

    # The chance of being funded: a row per intervention.
    b.put(sh, 0, t.header - 2, "Chance of being funded when benefit and cost are uncertain", "STAR Subtitle")
    b.note(sh, 0, t.header - 2, "STAR.PSA: 500 draws, each benefit and cost drawn from a triangular distribution "
                                "between its low and high factor; the share of draws in which the whole intervention "
                                "is funded within the budget. Must fund / Exclude rules are not applied here.")
    b.table_header(sh, t, {
        "name": ("Intervention", None),
        "blo": ("Benefit: low factor", "The lowest plausible benefit as a share of the estimate, e.g. 0.8. Blank "
                                       "means 1: no uncertainty."),
        "bhi": ("Benefit: high factor", "The highest plausible benefit as a share of the estimate, e.g. 1.2. "
                                        "Blank means 1."),
        "clo": ("Cost: low factor", "The lowest plausible cost as a share of the estimate, e.g. 0.9. Blank means "
                                    "1."),
        "chi": ("Cost: high factor", "The highest plausible cost as a share of the estimate, e.g. 1.3. Blank "
                                     "means 1."),
        "chance": ("Chance funded", "STAR.PSA: the share of 500 draws in which the whole intervention is funded."),
        "benefit_lo": ("Benefit low", "Equity-weighted benefit x low factor."),
        "benefit_hi": ("Benefit high", "Equity-weighted benefit x high factor."),
        "cost_lo": ("Cost low £", "Total cost x low factor."),
        "cost_hi": ("Cost high £", "Total cost x high factor."),
        "divisor": ("Cost per unit of score £", "Cost per patient / (likelihood x equity factor): dividing the "
                                                "benefit per patient by it orders interventions as value for money "
                                                "does (for STAR.STABILITY)."),
    })
    b.labels(sh, t)
    for key in ("blo", "bhi", "clo", "chi"):
        b.style(sh, t.col(key), first, t.col(key), last, "STAR Input", "0.00")
    b.validate(sh, t.col("blo"), first, t.col("blo"), last, "DECIMAL", "BETWEEN", 0, 1, title="Low factor",
               message="From 0 to 1: the lowest plausible value as a share of the estimate.")
    b.validate(sh, t.col("clo"), first, t.col("clo"), last, "DECIMAL", "BETWEEN", 0.01, 1, title="Low factor",
               message="More than 0 and up to 1: the lowest plausible cost as a share of the estimate.")
    for key in ("bhi", "chi"):
        b.validate(sh, t.col(key), first, t.col(key), last, "DECIMAL", "GREATER_EQUAL", 1, title="High factor",
                   message="1 or more: the highest plausible value as a share of the estimate.")
    for i, iv in enumerate(b.c.interventions):
        tag, u = iv["unc"]
        for key, v in zip(("blo", "bhi", "clo", "chi"), u):
            b.put(sh, t.col(key), first + i, (tag, v), None, "0.00")

    def scaled(base, factor):
        f = lambda r: t.at(factor, r)  # noqa: E731
        return lambda r: (f'=IF(INDEX(InUse;Item);IF(ISTEXT({f(r)});{f(r)};IF(ISNUMBER({base});'
                          f'{base}*IF(ISBLANK({f(r)});1;{f(r)});IF(ISTEXT({base});{base};"")));"")')

    b.formulas(sh, t, "benefit_lo", scaled("INDEX(EquityCells;Item)", "blo"), "STAR Calculated", BENEFIT)
    b.formulas(sh, t, "benefit_hi", scaled("INDEX(EquityCells;Item)", "bhi"), "STAR Calculated", BENEFIT)
    b.formulas(sh, t, "cost_lo", scaled("INDEX(TotalCost;Item)", "clo"), "STAR Calculated", MONEY)
    b.formulas(sh, t, "cost_hi", scaled("INDEX(TotalCost;Item)", "chi"), "STAR Calculated", MONEY)
    b.column(sh, t, "chance", "ChanceFunded", fmt="0%")
    b.colour_scale(sh, t.col("chance"), first, t.col("chance"), last)
    cpp, lik, c20 = "INDEX(CostPerPatient;Item)", "INDEX(Likelihood;Item)", "INDEX(Core20Share;Item)"
    factor = f"{lik}*(1+(EquityWeight-1)*{c20})"
    b.formulas(sh, t, "divisor", lambda r: f'=IF(AND(INDEX(InUse;Item);COUNT({cpp};{lik};{c20};EquityWeight)=4);'
                                           f'IF({factor}>0;{cpp}/({factor});"");"")', "STAR Calculated", "#,##0.00")
    b.spare_rows(sh, t, ["name", "chance", "benefit_lo", "benefit_hi", "cost_lo", "cost_hi", "divisor"])
    b.columns_hidden(sh, HELPER, HELPER + 2)
    b.freeze[t.sheet] = (1, 0)
    b.blank_margin(sh, ntab, last)
    b.print_setup(sh, ntab - 1, b.print_rows(t), (t.header, t.header), title_col=True,
                  breaks=(t.header - 2,))
