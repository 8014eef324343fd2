# SPDX-License-Identifier: MPL-2.0
"""The Criteria and weights sheet: criteria with their anchors, agreed swing
weights with scroll bars, the score scale, the equity weight and each
stakeholder group's weights."""
from .book import absref
from .layout import GROUPS, K


def criteria(b):
    c = b.c
    sh = b.sheet("Criteria and weights")
    nm = "Criteria and weights"
    b.set_widths(sh, [6.0, 8.0, 5.5, 5.5, 2.8, 2.4, 6.5])
    b.put(sh, 0, 1, "Criteria and weights", "STAR Title")
    b.put(sh, 0, 2, "Swing weights: give 100 to the criterion whose swing from 0 to 10 matters most, the others "
                    "in proportion. Drag a scroll bar to test a weight live.", "STAR Note")
    b.legend(sh, 3)
    b.header_row(sh, 5, [("Criterion", "A short name: it heads the score columns."),
                         ("What it means", "What the criterion covers."),
                         ("A score at the low end means", "Anchor for the lowest score."),
                         ("A score at the high end means", "Anchor for the highest score."),
                         ("Agreed swing weight (0-100)", "The weights the decision conference agrees: they drive "
                                                         "every result. 0 leaves a criterion out."),
                         ("Weight share", "Calculated: the weight as a share of all weights (STAR.WEIGHTS)."),
                         ("Drag to change the weight", None)])
    sh.Rows.getByIndex(4).Height = 1100
    for j, (crit, what, lo, hi) in enumerate(c.criteria):
        r = 6 + j
        tag = "A" if c.example else None
        b.put(sh, 0, r, (tag, crit) if tag else crit, "STAR Input text")
        b.put(sh, 1, r, (tag, what) if tag else what, "STAR Input text")
        b.put(sh, 2, r, (tag, lo) if tag else lo, "STAR Input text")
        b.put(sh, 3, r, (tag, hi) if tag else hi, "STAR Input text")
        b.put(sh, 4, r, c.agreed[j], "STAR Input", "0")
        sh.Rows.getByIndex(r - 1).Height = 900
    b.style(sh, 4, 6, 4, 11, "STAR Input", "0")
    for j in range(K):
        if c.example:
            b.put(sh, 4, 6 + j, c.agreed[j], None, "0")
    b.validate(sh, 4, 6, 4, 11, "DECIMAL", "BETWEEN", 0, 100, title="Swing weight",
               message="A weight from 0 to 100; not all of them 0.")
    b.name("Criteria", absref(nm, 0, 6, 0, 11))
    b.name("Weights", absref(nm, 4, 6, 4, 11))
    b.name("WeightShares", "STAR.WEIGHTS(Weights)")
    for j in range(K):
        b.put(sh, 5, 6 + j, f'=INDEX(WeightShares;{j + 1})', "STAR Calculated", "0%")
        b.scroll_bar(sh, b.cell(sh, 4, 6 + j), 6, 6 + j, 6.2, 0, 100, 1, 5, f"Weight {j + 1}")

    r = 13
    b.put(sh, 0, r, "Settings", "STAR Subtitle")
    b.put(sh, 0, r + 1, "Lowest score on the scale", "STAR Text")
    b.put(sh, 1, r + 1, c.scale[0], "STAR Input", "0")
    b.put(sh, 0, r + 2, "Highest score on the scale", "STAR Text")
    b.put(sh, 1, r + 2, c.scale[1], "STAR Input", "0")
    b.put(sh, 0, r + 3, "Equity weight for the most deprived fifth", "STAR Text")
    b.put(sh, 1, r + 3, c.equity_weight, "STAR Input", "0.00")
    b.put(sh, 2, r + 3, "1 counts everyone alike; 2 counts benefit to Core20 patients twice", "STAR Note")
    b.note(sh, 1, r + 1, "Scores run from this value (worst) to the highest score (best). A higher low than high "
                         "reverses the scale.")
    b.note(sh, 1, r + 3, "Benefit reaching patients in the most deprived fifth (Core20) counts this many times "
                         "(STAR.EQUITY). 1 = no extra weight.")
    b.validate(sh, 1, r + 1, 1, r + 2, "DECIMAL", "GREATER_EQUAL", 0, title="Score scale",
               message="The ends of the score scale, e.g. 0 and 10; they must differ.")
    b.validate(sh, 1, r + 3, 1, r + 3, "DECIMAL", "BETWEEN", 0, 10, title="Equity weight",
               message="A weight of 0 or more, usually 1 to 3.")
    b.name("ScaleLow", absref(nm, 1, r + 1))
    b.name("ScaleHigh", absref(nm, 1, r + 2))
    b.name("EquityWeight", absref(nm, 1, r + 3))

    r = 19
    b.put(sh, 0, r, "Swing weights by stakeholder group (0-100)", "STAR Subtitle")
    b.put(sh, 0, r + 1, "Stakeholder group", "STAR Heading")
    b.note(sh, 0, r + 1, "Pick a group from the list. Each group's swing weights are normalised, then averaged "
                         "(STAR.GROUPWEIGHTS).")
    for j in range(K):
        b.put(sh, 1 + j, r + 1, f'=IF($A${6 + j}="";"Criterion {j + 1}";$A${6 + j})', "STAR Heading")
    g1, g2 = r + 2, r + 7
    b.style(sh, 0, g1, 0, g2, "STAR Input text")
    b.style(sh, 1, g1, K, g2, "STAR Input", "0")
    for i, (grp, sw) in enumerate(c.groups):
        b.put(sh, 0, g1 + i, grp, "STAR Input text")
        for j in range(K):
            b.put(sh, 1 + j, g1 + i, ("A", sw[j]) if c.example else sw[j], None, "0")
    b.validate(sh, 0, g1, 0, g2, "LIST", items=GROUPS, title="Stakeholder group",
               message="Pick the group these weights come from.")
    b.validate(sh, 1, g1, K, g2, "DECIMAL", "BETWEEN", 0, 100, title="Swing weight",
               message="A weight from 0 to 100; not all of a group's weights 0.")
    b.name("Groups", absref(nm, 0, g1, 0, g2))
    b.name("GroupSwings", absref(nm, 1, g1, K, g2))
    b.name("CombinedWeights", "STAR.GROUPWEIGHTS(GroupSwings)")
    b.put(sh, 0, g2 + 1, "Combined (all groups)", "STAR Total")
    b.put(sh, 0, g2 + 2, "Agreed (above)", "STAR Total")
    for j in range(K):
        b.put(sh, 1 + j, g2 + 1, f'=IF(COUNT(GroupSwings)=0;"";INDEX(CombinedWeights;1;{j + 1}))',
              "STAR Calculated", "0%")
        b.put(sh, 1 + j, g2 + 2, f"=INDEX(WeightShares;{j + 1})", "STAR Calculated", "0%")
    b.put(sh, 0, g2 + 4, "The combined weights are a starting point for the conference: type them (x 100) into "
                         "the agreed weights above if the room accepts them.", "STAR Note")
    b.blank_margin(sh, K + 1, g2 + 4)
    b.print_setup(sh, 6, g2 + 4)
