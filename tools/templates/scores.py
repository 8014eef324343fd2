# SPDX-License-Identifier: MPL-2.0
"""The Scores sheet: each intervention scored on each criterion, and the
benefit per patient STAR.SCORE makes of them. Hidden columns hold the scores
as the STAR calls read them: a criterion without a name counts 0."""
from .criteria import criterion_heading, used
from .layout import K


def scores(b):
    c = b.c
    t = b.t["Scores"]
    sh = b.sheet(t.sheet)
    b.set_widths(sh, t.widths())
    b.heading(sh, 1, "Scores", "Score each intervention on each named criterion, from the lowest to the highest "
              "score on the scale set on Criteria and weights. Benefit per patient is their weighted average, "
              "0-100. Columns of criteria without a name are left out.", len(t.columns) - 1)
    first, last = t.first, t.last
    b.put(sh, t.col("name"), t.header, "Intervention", "STAR Heading")
    for j in range(1, K + 1):
        col = t.col(f"score{j}")
        criterion_heading(b, sh, col, t.header, j)
        b.note(sh, col, t.header, "Score on the scale set on Criteria and weights: see the anchors there for what "
                                  "the low and high ends mean.")
        b.put(sh, t.col(f"used{j}"), t.header, f"Score used {j}", "STAR Helper")
    b.put(sh, t.col("bpp"), t.header, "Benefit per patient (0-100)", "STAR Heading")
    b.note(sh, t.col("bpp"), t.header, "STAR.SCORE(Scores;Weights;ScaleLow;ScaleHigh): the weighted score on a "
                                       "0-100 scale.")
    b.labels(sh, t)
    for j in range(1, K + 1):
        b.style(sh, t.col(f"score{j}"), first, t.col(f"score{j}"), last, "STAR Input", "0")
        b.validate(sh, t.col(f"score{j}"), first, t.col(f"score{j}"), last, "DECIMAL", "BETWEEN",
                   "MIN(ScaleLow;ScaleHigh)", "MAX(ScaleLow;ScaleHigh)", title="Score",
                   message="A score on the scale set on Criteria and weights (e.g. 0 to 10).")
    for i, iv in enumerate(c.interventions):
        tag, vals = iv["scores"]
        for j, v in enumerate(vals, 1):
            b.put(sh, t.col(f"score{j}"), first + i, (tag, v), None, "0")
    typed = ";".join(f"{t.letter(f'score{j}')}{{r}}" for j in range(1, K + 1))
    for j in range(1, K + 1):
        b.formulas(sh, t, f"used{j}", lambda r, j=j: used(t.at(f"score{j}", r), f'INDEX(Criteria;{j})<>""',
                                                          f"COUNTA({typed.format(r=r)})=0"), "STAR Helper")
    b.column(sh, t, "bpp", "BenefitPerPatient", fmt="0.0")
    b.spare_rows(sh, t, ["name", "bpp"])
    b.columns_hidden(sh, t.col("used1"), t.col(f"used{K}"))
    b.freeze[t.sheet] = (1, t.header)
    b.blank_margin(sh, len(t.columns), last)
    named = max(t.col(f"score{j}") for j in range(1, len(c.criteria) + 1))
    b.print_setup(sh, max(named, t.col("bpp")), b.print_rows(t), (t.header, t.header), title_col=True)
