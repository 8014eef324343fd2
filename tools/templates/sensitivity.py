# SPDX-License-Identifier: MPL-2.0
"""The Sensitivity sheet: weight stability, agreement between stakeholder
groups and the chance of being funded under uncertainty."""
from .book import absref
from .layout import FIRST, K, MONEY, ROWS, SENS_FIRST, VFM_FIRST


def sensitivity(b):
    c = b.c
    sh = b.sheet("Sensitivity")
    nm = "Sensitivity"
    b.set_widths(sh, [6.5, 2.8, 2.8, 2.8, 2.8, 2.8, 2.8, 2.8, 2.8, 2.8, 0.6, 4.0, 2.6, 2.6, 2.6])
    b.put(sh, 0, 1, "Sensitivity", "STAR Title")
    b.put(sh, 0, 2, "How firm are the results? Weight stability, agreement between stakeholder groups, and the "
                    "chance each intervention is funded when benefits and costs are uncertain.", "STAR Note")
    b.legend(sh, 3)
    # weight stability, one row per criterion
    b.put(sh, 0, 5, "Weight stability", "STAR Subtitle")
    b.note(sh, 0, 5, "The ranking by value for money stays as it is while a criterion's weight stays between "
                     "the lowest and highest share (the other weights scaled in proportion): STAR.STABILITY.")
    b.header_row(sh, 6, [("Criterion", None), ("Weight share now", None),
                         ("Lowest share", "STAR.STABILITY: the lowest share of all weights at which the ranking "
                                          "stays the same."),
                         ("Highest share", "STAR.STABILITY: the highest share.")])
    b.name("Stability", "STAR.STABILITY(Scores;Weights;CostPerUnitScore;ScaleLow;ScaleHigh)")
    for j in range(K):
        r = 7 + j
        b.put(sh, 0, r, f"=IF($'Criteria and weights'.$A${6 + j}=\"\";\"Criterion {j + 1}\";"
                        f"$'Criteria and weights'.$A${6 + j})", "STAR Calculated text")
        b.put(sh, 1, r, f"=INDEX(WeightShares;{j + 1})", "STAR Calculated", "0%")
        b.put(sh, 2, r, f'=IF(COUNT(Patients)=0;"";INDEX(Stability;{j + 1};1))', "STAR Calculated", "0%")
        b.put(sh, 3, r, f'=IF(COUNT(Patients)=0;"";INDEX(Stability;{j + 1};2))', "STAR Calculated", "0%")
    # agreement
    b.put(sh, 0, 14, "Agreement between stakeholder groups", "STAR Subtitle")
    b.note(sh, 0, 14, "STAR.AGREE: Kendall's tau-b between the value-for-money orders each pair of groups' weights "
                      "give: 1 = same order, 0 = unrelated, -1 = reversed.")
    b.put(sh, 0, 15, "Group", "STAR Heading")
    for g in range(1, 6):
        b.put(sh, g, 15, f'=IF(INDEX(Groups;{g})="";"Group {g}";INDEX(Groups;{g}))', "STAR Heading")
        b.put(sh, 0, 15 + g, f'=IF(INDEX(Groups;{g})="";"Group {g}";INDEX(Groups;{g}))', "STAR Calculated text")
    for g in range(1, 6):
        sw = f"$'Criteria and weights'.$B${20 + g}:$G${20 + g}"
        b.name(f"GroupVfm{g}", f"STAR.VFM(STAR.EQUITY(STAR.BENEFIT(Patients;STAR.SCORE(Scores;{sw};ScaleLow;"
                               f"ScaleHigh);Likelihood);Core20Share;EquityWeight);TotalCost)")
    for g in range(1, 6):
        for h in range(1, 6):
            ok = (f"AND(COUNT($'Criteria and weights'.$B${20 + g}:$G${20 + g})>0;"
                  f"COUNT($'Criteria and weights'.$B${20 + h}:$G${20 + h})>0;COUNT(Patients)>1)")
            b.put(sh, h, 15 + g, f'=IF({ok};STAR.AGREE(GroupVfm{g};GroupVfm{h});"")', "STAR Calculated", "0.00")
    # PSA per intervention
    first = SENS_FIRST
    last = first + ROWS - 1
    b.put(sh, 0, first - 3, "Chance of being funded when benefit and cost are uncertain", "STAR Subtitle")
    b.note(sh, 0, first - 3, "STAR.PSA: 500 draws, each benefit and cost drawn from a triangular distribution "
                             "between its low and high factor; the share of draws in which the whole intervention "
                             "is funded within the budget. Must fund / Exclude rules are not applied here.")
    heads = [("Intervention", None),
             ("Benefit: low factor", "The lowest plausible benefit as a share of the estimate, e.g. 0.8."),
             ("Benefit: high factor", "The highest plausible benefit as a share of the estimate, e.g. 1.2."),
             ("Cost: low factor", "The lowest plausible cost as a share of the estimate, e.g. 0.9."),
             ("Cost: high factor", "The highest plausible cost as a share of the estimate, e.g. 1.3."),
             ("Benefit low", "Equity-weighted benefit x low factor."),
             ("Benefit high", "Equity-weighted benefit x high factor."),
             ("Cost low £", "Total cost x low factor."),
             ("Cost high £", "Total cost x high factor."),
             ("Chance funded", "STAR.PSA: the share of 500 draws in which the whole intervention is funded.")]
    b.header_row(sh, first - 1, heads)
    sh.Rows.getByIndex(first - 2).Height = 1100
    b.mirror(sh, 0, first, "Interventions", 0, FIRST, "STAR Calculated text")
    b.style(sh, 1, first, 4, last, "STAR Input", "0.00")
    b.validate(sh, 1, first, 1, last, "DECIMAL", "BETWEEN", 0, 1, title="Low factor",
               message="From 0 to 1: the lowest plausible value as a share of the estimate.")
    b.validate(sh, 3, first, 3, last, "DECIMAL", "BETWEEN", 0.01, 1, title="Low factor",
               message="More than 0 and up to 1: the lowest plausible cost as a share of the estimate.")
    b.validate(sh, 2, first, 2, last, "DECIMAL", "GREATER_EQUAL", 1, title="High factor",
               message="1 or more: the highest plausible value as a share of the estimate.")
    b.validate(sh, 4, first, 4, last, "DECIMAL", "GREATER_EQUAL", 1, title="High factor",
               message="1 or more: the highest plausible cost as a share of the estimate.")
    for i, iv in enumerate(c.interventions):
        tag, u = iv["unc"]
        for j in range(4):
            b.put(sh, 1 + j, first + i, (tag, u[j]), None, "0.00")
    for i in range(ROWS):
        r = first + i
        eb = f"$'Value for money'.$E${VFM_FIRST + i}"
        tc = f"$Interventions.$F${FIRST + i}"
        b.put(sh, 5, r, f'=IF(OR({eb}="";B{r}="");"";{eb}*B{r})')
        b.put(sh, 6, r, f'=IF(OR({eb}="";C{r}="");"";{eb}*C{r})')
        b.put(sh, 7, r, f'=IF(OR({tc}="";D{r}="");"";{tc}*D{r})')
        b.put(sh, 8, r, f'=IF(OR({tc}="";E{r}="");"";{tc}*E{r})')
    b.style(sh, 5, first, 6, last, "STAR Calculated", "#,##0")
    b.style(sh, 7, first, 8, last, "STAR Calculated", MONEY)
    b.name("BenefitLow", absref(nm, 5, first, 5, last))
    b.name("BenefitHigh", absref(nm, 6, first, 6, last))
    b.name("CostLow", absref(nm, 7, first, 7, last))
    b.name("CostHigh", absref(nm, 8, first, 8, last))
    b.name("ChanceFunded", "STAR.PSA(EquityBenefit;BenefitLow;BenefitHigh;TotalCost;CostLow;CostHigh;Budget;"
                           "500;1;TRUE())")
    b.column(sh, 9, first, "ChanceFunded", fmt="0%")
    b.colour_scale(sh, 9, first, 9, last)
    # the divisor that makes STAR.SCORE / divisor order like value for money
    dc = 11
    b.put(sh, dc, first - 1, "Cost per unit of score £", "STAR Heading")
    b.note(sh, dc, first - 1, "Cost per patient / (likelihood x equity factor): dividing the benefit per patient "
                              "by it orders interventions as value for money does (for STAR.STABILITY).")
    for i in range(ROWS):
        r = first + i
        ir = FIRST + i
        b.put(sh, dc, r, f'=IF(OR($Interventions.$E${ir}="";$Interventions.$J${ir}="";$Interventions.$K${ir}="");'
                         f'"";$Interventions.$E${ir}/($Interventions.$J${ir}*(1+(EquityWeight-1)*'
                         f'$Interventions.$K${ir})))')
    b.style(sh, dc, first, dc, last, "STAR Calculated", "#,##0.00")
    b.name("CostPerUnitScore", absref(nm, dc, first, dc, last))

    # chart: weight stability
    chart = b.chart(sh, "Stability", 7, 5, 15, SENS_FIRST - 4)
    tmpl = chart.getChartTypeManager().createInstance("com.sun.star.chart2.template.Column")
    diagram = chart.getFirstDiagram()
    tmpl.changeDiagram(diagram)
    ct = diagram.getCoordinateSystems()[0].getChartTypes()[0]
    ser = []
    for j, (col, colour) in enumerate(((2, 0xBDD7EE), (1, 0x1F4E79), (3, 0x9DC3E6))):
        s = b.ctx.ServiceManager.createInstanceWithContext("com.sun.star.chart2.DataSeries", b.ctx)
        y = b.seq(chart, absref(nm, col, 7, col, 12), "values-y")
        lab = chart.getDataProvider().createDataSequenceByRangeRepresentation(absref(nm, col, 6))
        lab.Role = "label"
        y.setLabel(lab)
        s.setData((y,))
        s.Color = colour
        ser.append(s)
    ct.setDataSeries(tuple(ser))
    axis = diagram.getCoordinateSystems()[0].getAxisByDimension(0, 0)
    sd = axis.getScaleData()
    sd.Categories = b.seq(chart, absref(nm, 0, 7, 0, 12), "categories")
    axis.setScaleData(sd)
    b.titles(chart, "How far each weight can move before the ranking changes", "Criterion",
             "Share of all weights", None, "0%")
    chart.Diagram.XAxis.TextBreak = True          # wrap the criteria names, do not tilt them
    chart.Diagram.XAxis.TextRotation = 0
    chart.Diagram.YAxis.AutoMax = False
    chart.Diagram.YAxis.Max = 1.0
    chart.Diagram.YAxis.AutoMin = False
    chart.Diagram.YAxis.Min = 0.0
    b.freeze[nm] = (1, 0)
    b.blank_margin(sh, dc + 1, last)
    b.print_setup(sh, 15, last, None)
