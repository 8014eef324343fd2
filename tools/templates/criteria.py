# SPDX-License-Identifier: MPL-2.0
"""The Criteria and weights sheet: criteria with their anchors, agreed swing
weights with scroll bars, the score scale, the equity weight and each
stakeholder group's weights. A criterion without a name is left out of every
result: its weight and scores are neither needed nor used."""
from .layout import (CRIT_FIRST, CRIT_HEADER, CRIT_LAST, CRIT_WIDTHS, GROUP_FIRST, GROUP_HEADER, GROUP_LAST, GROUPS,
                     GROUPS_ROWS, HELPER, K, SETTINGS, col_name)


def criterion_heading(b, sh, c, r, j):
    """A heading that names criterion j, greyed where it has no name."""
    b.put(sh, c, r, f'=IF(INDEX(Criteria;{j})="";"Criterion {j}: no name, left out";INDEX(Criteria;{j}))',
          "STAR Heading")
    b.formula_format(sh, c, r, c, r, f'INDEX(Criteria;{j})=""', "STAR Unused heading")


def used(value, named, row_blank):
    """What a STAR call reads for a typed weight or score: the value (blank
    as blank, text passed on) where the criterion has a name, else 0 in a
    row in use and blank in a spare one."""
    return f'=IF({named};IF(ISBLANK({value});"";{value});IF({row_blank};"";0))'


def criteria(b):
    c = b.c
    sh = b.sheet("Criteria and weights")
    b.set_widths(sh, CRIT_WIDTHS)
    b.set_widths(sh, [1.2] * (K + 1), HELPER - 1)
    b.heading(sh, 1, "Criteria and weights",
              "Name up to ten criteria; a criterion without a name is left out. Swing weights: give 100 to the "
              "criterion whose swing from the lowest to the highest score matters most, the others in proportion. "
              "Drag a scroll bar to test a weight live.", 6)
    b.header_row(sh, CRIT_HEADER, [
        ("Criterion", "A short name: it heads the score columns. Leave it blank to leave the criterion out."),
        ("What it means", "What the criterion covers."),
        ("A score at the low end means", "Anchor for the lowest score."),
        ("A score at the high end means", "Anchor for the highest score."),
        ("Agreed swing weight (0-100)", "The weights the decision conference agrees: they drive every result. "
                                        "0 leaves a criterion's weight out; no name leaves it out entirely."),
        ("Weight share", "Calculated: the weight as a share of all weights (STAR.WEIGHTS)."),
        ("Drag to change the weight", None)])
    b.put(sh, HELPER, CRIT_HEADER, "Weight used", "STAR Helper")
    tag = "A" if c.example else None
    b.style(sh, 0, CRIT_FIRST, 3, CRIT_LAST, "STAR Input text")
    b.style(sh, 4, CRIT_FIRST, 4, CRIT_LAST, "STAR Input", "0")
    for j, texts in enumerate(c.criteria):
        r = CRIT_FIRST + j
        for col, text in enumerate(texts):
            b.put(sh, col, r, (tag, text) if tag else text, "STAR Input text")
        b.put(sh, 4, r, c.agreed[j], None, "0")
    b.validate(sh, 4, CRIT_FIRST, 4, CRIT_LAST, "DECIMAL", "BETWEEN", 0, 100, title="Swing weight",
               message="A weight from 0 to 100; not all of them 0.")
    for j in range(1, K + 1):
        r = CRIT_FIRST + j - 1
        b.put(sh, HELPER, r, used(f"E{r}", f'A{r}<>""', "FALSE()"), "STAR Helper")
        b.put(sh, 5, r, f'=IF(A{r}="";"";INDEX(WeightShares;{j}))', "STAR Calculated", "0%")
        b.scroll_bar(sh, b.cell(sh, 4, r), 6, r, 3.4, 0, 100, 1, 5, f"Weight {j}")
    b.min_heights.append((sh.Name, CRIT_FIRST, CRIT_LAST, 560))     # room for each scroll bar

    r = SETTINGS
    b.put(sh, 0, r, "Settings", "STAR Subtitle")
    b.put(sh, 0, r + 1, "Lowest score on the scale", "STAR Text")
    b.put(sh, 1, r + 1, c.scale[0], "STAR Input", "0")
    b.put(sh, 0, r + 2, "Highest score on the scale", "STAR Text")
    b.put(sh, 1, r + 2, c.scale[1], "STAR Input", "0")
    b.put(sh, 0, r + 3, "Equity weight for the most deprived fifth", "STAR Text")
    b.put(sh, 1, r + 3, c.equity_weight, "STAR Input", "0.00")
    b.text_across(sh, r + 3, 2, 3, "1 counts everyone alike; 2 counts benefit to Core20 patients twice.")
    b.note(sh, 1, r + 1, "Scores run from this value (worst) to the highest score (best). A higher low than high "
                         "reverses the scale.")
    b.note(sh, 1, r + 3, "Benefit reaching patients in the most deprived fifth (Core20) counts this many times "
                         "(STAR.EQUITY). 1 = no extra weight.")
    b.validate(sh, 1, r + 1, 1, r + 2, "DECIMAL", "GREATER_EQUAL", 0, title="Score scale",
               message="The ends of the score scale, e.g. 0 and 10; they must differ.")
    b.validate(sh, 1, r + 3, 1, r + 3, "DECIMAL", "BETWEEN", 0, 10, title="Equity weight",
               message="A weight of 0 or more, usually 1 to 3.")

    b.put(sh, 0, GROUP_HEADER - 1, "Swing weights by stakeholder group (0-100)", "STAR Subtitle")
    b.put(sh, 0, GROUP_HEADER, "Criterion (stakeholder group across)", "STAR Heading")
    b.note(sh, 0, GROUP_HEADER, "Pick each group's name from the list in the yellow cells across, and type its "
                                "swing weights below it. Each group's weights are normalised, then averaged "
                                "(STAR.GROUPWEIGHTS).")
    g1, g2 = 1, GROUPS_ROWS                    # the groups' columns
    b.style(sh, g1, GROUP_HEADER, g2, GROUP_HEADER, "STAR Input text")
    b.validate(sh, g1, GROUP_HEADER, g2, GROUP_HEADER, "LIST", items=GROUPS, title="Stakeholder group",
               message="Pick the group these weights come from.")
    b.style(sh, g1, GROUP_FIRST, g2, GROUP_LAST, "STAR Input", "0")
    b.validate(sh, g1, GROUP_FIRST, g2, GROUP_LAST, "DECIMAL", "BETWEEN", 0, 100, title="Swing weight",
               message="A weight from 0 to 100; not all of a group's weights 0.")
    for g, (grp, sw) in enumerate(c.groups):
        b.put(sh, g1 + g, GROUP_HEADER, grp, "STAR Input text")
        for j, w in enumerate(sw):
            b.put(sh, g1 + g, GROUP_FIRST + j, ("A", w) if c.example else w, None, "0")
    combined, agreed = g2 + 1, g2 + 2
    b.put(sh, combined, GROUP_HEADER, "Combined (all groups)", "STAR Heading")
    b.put(sh, agreed, GROUP_HEADER, "Agreed (above)", "STAR Heading")
    for j in range(1, K + 1):
        r = GROUP_FIRST + j - 1
        named = f'INDEX(Criteria;{j})<>""'
        b.put(sh, 0, r, f'=IF({named};INDEX(Criteria;{j});"Criterion {j}: no name, left out")',
              "STAR Calculated text")
        b.put(sh, combined, r, f'=IF(AND({named};COUNT(GroupSwings)>0);INDEX(CombinedWeights;1;{j});"")',
              "STAR Calculated", "0%")
        b.put(sh, agreed, r, f'=IF({named};INDEX(WeightShares;{j});"")', "STAR Calculated", "0%")
    b.formula_format(sh, 0, GROUP_FIRST, 0, GROUP_LAST, f"INDEX(Criteria;ROW()-{GROUP_FIRST - 1})=\"\"",
                     "STAR Spare")
    # the swings as STAR.GROUPWEIGHTS reads them: a group a row, a criterion a column
    for g in range(1, GROUPS_ROWS + 1):
        r = GROUP_FIRST + g - 1
        col = col_name(g1 + g - 1)
        typed = f"${col}${GROUP_FIRST}:${col}${GROUP_LAST}"
        b.put(sh, HELPER - 1, r, f"Group {g}", "STAR Helper")
        for j in range(1, K + 1):
            b.put(sh, HELPER + j - 1, r, used(f"${col}${GROUP_FIRST + j - 1}", f'INDEX(Criteria;{j})<>""',
                                              f"COUNTA({typed})=0"), "STAR Helper")
    g2 = GROUP_LAST
    b.text_across(sh, g2 + 2, 0, 6, "The combined weights are a starting point for the conference: type them "
                                    "(x 100) into the agreed weights above if the room accepts them.")
    b.columns_hidden(sh, HELPER - 1, HELPER + K - 1)
    b.freeze[sh.Name] = (1, 0)
    b.blank_margin(sh, GROUPS_ROWS + 2, g2 + 2)
    b.print_setup(sh, GROUPS_ROWS + 2, g2 + 2, breaks=(GROUP_HEADER - 1,))
