# SPDX-License-Identifier: MPL-2.0
"""The Guide sheet: the STAR process, how to use the workbook, version, date
and the summary of the checks."""
def guide(b):
    c = b.c
    sh = b.sheet("Guide")
    b.set_widths(sh, [6.0, 19.0, 6.5])
    b.put(sh, 0, 1, c.title, "STAR Title")
    b.text(sh, 0, 2, "Socio-technical allocation of resources (STAR): where does the money do most good?",
           "STAR Subtitle")
    b.put(sh, 0, 4, "STAR version", "STAR Text")
    b.put(sh, 1, 4, "=STAR.VERSION()", "STAR Calculated")
    b.put(sh, 0, 5, "Date of this version", "STAR Text")
    b.put(sh, 1, 5, c.date, "STAR Input", "DD MMMM YYYY")
    b.validate(sh, 1, 5, 1, 5, "DATE", "GREATER_EQUAL", "DATE(2000;1;1)", title="Date",
               message="The date these figures were agreed, e.g. 31/01/2025.")
    b.put(sh, 0, 6, "Checks", "STAR Text")
    b.put(sh, 1, 6, "=$Checks.$B$4", "STAR Calculated text")
    b.legend(sh, 8)
    r = 10
    b.put(sh, 0, r, "The STAR process", "STAR Subtitle")
    steps = [
        ("1. Set-up", "Agree the question, the budget or the envelope to reallocate, the interventions in scope and "
                      "who takes part: clinicians, managers, finance, and people who use the services."),
        ("2. Data collection", "For each intervention: patients a year, cost per patient, current spend and the "
                               "limits within which it can shrink or grow, the chance it is implemented "
                               "successfully, and how many of its patients live in the most deprived fifth. "
                               "Record the source and your confidence in every figure."),
        ("3. Decision conference", "A facilitated workshop agrees the criteria, their weights (each group's swing "
                                   "weights, then agreed weights) and scores each intervention on each criterion. "
                                   "The value triangles show value for money; drag the scroll bars to test the "
                                   "weights and the budget live."),
        ("4. Implementation", "Fund, grow or shrink interventions as agreed, starting with the reallocation that "
                              "adds most benefit; evaluate, and bring the new figures to the next round."),
    ]
    for i, (h, t) in enumerate(steps):
        b.put(sh, 0, r + 1 + i, h, "STAR Text")
        b.put(sh, 1, r + 1 + i, t, "STAR Text")
    r += 6
    b.put(sh, 0, r, "How to use this workbook", "STAR Subtitle")
    use = [
        ("Interventions", "One row per intervention: type into the yellow cells. Spare rows stay blank and are "
                          "ignored; add an intervention by typing in the next empty row."),
        ("Criteria and weights", "Name the criteria and describe what 0 and 10 mean on each. Record each "
                                 "stakeholder group's swing weights; the agreed weights drive every result and "
                                 "have scroll bars."),
        ("Scores", "Score every intervention on every criterion on the scale set on Criteria and weights. "
                   "Benefit per patient (0-100) is the weighted score."),
        ("Value for money", "The chart: value triangles along the benefit-cost curve, best value first, with the "
                            "budget as a red line. Below it, total benefit, equity-weighted benefit, value for "
                            "money (benefit per £1,000) and rank."),
        ("Allocation", "The budget (with a scroll bar), the best use of it (shares and whole interventions), and "
                       "a budget-neutral reallocation of current spend with the benefit it adds."),
        ("Sensitivity", "How far each weight can move before the ranking changes, how far the stakeholder groups "
                        "agree, and the chance each intervention is funded when costs and benefits are uncertain."),
        ("Checks", "What to fix before trusting the results. Every check should say OK."),
    ]
    for i, (h, t) in enumerate(use):
        b.put(sh, 0, r + 1 + i, h, "STAR Text")
        b.put(sh, 1, r + 1 + i, t, "STAR Text")
    r += len(use) + 2
    b.put(sh, 0, r, "Good to know", "STAR Subtitle")
    tips = [
        "Sheets are protected without a password so that formulas cannot be overwritten by accident: "
        "Tools > Protect Sheet removes it.",
        "Named ranges make formulas read like the method: Sheet > Named Ranges and Expressions > Manage shows "
        "Patients, CostPerPatient, TotalCost, Scores, Weights, Budget and the expressions built from them, such as "
        "Vfm = STAR.VFM(EquityBenefit;TotalCost).",
        "A cell showing Err:502 means a bad input: the Checks sheet says which row and which input.",
        "The workbook has no macros. Saved copies keep their last results, and other spreadsheet programs see "
        "the STAR calls by name.",
    ]
    for i, t in enumerate(tips):
        b.put(sh, 0, r + 1 + i, "•", "STAR Text")
        b.put(sh, 1, r + 1 + i, t, "STAR Text")
    r += len(tips) + 1
    if c.about:
        r += 1
        b.put(sh, 0, r, "About this example", "STAR Subtitle")
        for i, t in enumerate(c.about):
            b.put(sh, 0, r + 1 + i, "•", "STAR Text")
            b.put(sh, 1, r + 1 + i, t, "STAR Text")
        r += len(c.about) + 1
    b.blank_margin(sh, 3, r)
    b.print_setup(sh, 2, r)
