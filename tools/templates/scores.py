# SPDX-License-Identifier: MPL-2.0
"""The Scores sheet: each intervention scored on each criterion, and the
benefit per patient STAR.SCORE makes of them."""
from .book import absref
from .layout import FIRST, K, ROWS


def scores(b):
    c = b.c
    sh = b.sheet("Scores")
    nm = "Scores"
    b.put(sh, 0, 1, "Scores", "STAR Title")
    b.put(sh, 0, 2, "Score each intervention on each criterion, from the lowest to the highest score on the "
                    "scale (see Criteria and weights). Benefit per patient is their weighted average, 0-100.",
          "STAR Note")
    b.legend(sh, 3)
    b.put(sh, 0, FIRST - 1, "Intervention", "STAR Heading")
    for j in range(K):
        b.put(sh, 1 + j, FIRST - 1, f"=IF($'Criteria and weights'.$A${6 + j}=\"\";\"Criterion {j + 1}\";"
                                    f"$'Criteria and weights'.$A${6 + j})", "STAR Heading")
        b.note(sh, 1 + j, FIRST - 1, "Score on the scale set on Criteria and weights: see the anchors there for "
                                     "what the low and high ends mean.")
    b.put(sh, K + 1, FIRST - 1, "Benefit per patient (0-100)", "STAR Heading")
    b.note(sh, K + 1, FIRST - 1, "STAR.SCORE(Scores;Weights;ScaleLow;ScaleHigh): the weighted score on a 0-100 "
                                 "scale.")
    sh.Rows.getByIndex(FIRST - 2).Height = 1100
    b.set_widths(sh, [6.5] + [2.8] * K + [3.0])
    last = FIRST + ROWS - 1
    b.mirror(sh, 0, FIRST, "Interventions", 0, FIRST, "STAR Calculated text")
    b.style(sh, 1, FIRST, K, last, "STAR Input", "0")
    for i, iv in enumerate(c.interventions):
        tag, vals = iv["scores"]
        for j in range(K):
            b.put(sh, 1 + j, FIRST + i, (tag, vals[j]), None, "0")
    b.validate(sh, 1, FIRST, K, last, "DECIMAL", "BETWEEN", "MIN(ScaleLow;ScaleHigh)", "MAX(ScaleLow;ScaleHigh)",
               title="Score", message="A score on the scale set on Criteria and weights (e.g. 0 to 10).")
    b.name("Scores", absref(nm, 1, FIRST, K, last))
    b.name("BenefitPerPatient", "STAR.SCORE(Scores;Weights;ScaleLow;ScaleHigh)")
    b.column(sh, K + 1, FIRST, "BenefitPerPatient", fmt="0.0")
    b.freeze[nm] = (1, FIRST - 1)
    b.blank_margin(sh, K + 2, last)
    b.print_setup(sh, K + 1, last, (FIRST - 1, FIRST - 1))
