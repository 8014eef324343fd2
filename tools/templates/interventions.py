# SPDX-License-Identifier: MPL-2.0
"""The Interventions sheet: one row per intervention, its figures, their
sources and the confidence in them."""
from .book import absref
from .layout import CONFIDENCE, FIRST, MONEY, ROWS


def interventions(b):
    c = b.c
    sh = b.sheet("Interventions")
    name = "Interventions"
    b.put(sh, 0, 1, "Interventions", "STAR Title")
    b.put(sh, 0, 2, "One row per intervention. Money in pounds a year. Spare rows stay blank and are ignored.",
          "STAR Note")
    b.legend(sh, 3)
    heads = [
        ("Intervention", "Short name, shown on the charts."),
        ("Description", "What the intervention does."),
        ("Population served", "Who it is for."),
        ("Patients a year", "Whole number of patients (women, babies, ...) the intervention serves a year, 0 or "
                            "more."),
        ("Cost per patient £", "Cost for one patient for a year, in pounds, more than 0."),
        ("Total cost £", "Calculated: patients a year x cost per patient."),
        ("Current spend £", "What is spent on it now, a year, in pounds (0 if new)."),
        ("Lowest spend £", "The least it could be cut to (e.g. contract or safety floor)."),
        ("Highest spend £", "The most it could grow to (e.g. full roll-out)."),
        ("Likelihood of success (0-1)", "Chance it is implemented successfully: 1 = certain, 0.5 = even chance."),
        ("Share in most deprived fifth (0-1)", "Share of its patients living in the most deprived 20% of areas "
                                               "(Core20)."),
        ("Patients: source", "Where the patient number comes from."),
        ("Patients: confidence", "High, Medium or Low."),
        ("Cost: source", "Where the cost per patient comes from."),
        ("Cost: confidence", "High, Medium or Low."),
        ("Spend: source", "Where current, lowest and highest spend come from."),
        ("Spend: confidence", "High, Medium or Low."),
        ("Likelihood: source", "Why this likelihood."),
        ("Likelihood: confidence", "High, Medium or Low."),
        ("Deprivation share: source", "Where the Core20 share comes from."),
        ("Deprivation share: confidence", "High, Medium or Low."),
    ]
    b.header_row(sh, FIRST - 1, heads)
    b.set_widths(sh, [6.5, 7.0, 5.0, 2.6, 2.6, 2.8, 2.8, 2.6, 2.6, 2.6, 2.6] + [5.0, 2.4] * 5)
    sh.Rows.getByIndex(FIRST - 2).Height = 1300
    last = FIRST + ROWS - 1
    b.style(sh, 0, FIRST, 2, last, "STAR Input text")
    b.style(sh, 3, FIRST, 3, last, "STAR Input", "#,##0")
    b.style(sh, 4, FIRST, 4, last, "STAR Input", MONEY)
    b.style(sh, 6, FIRST, 8, last, "STAR Input", MONEY)
    b.style(sh, 9, FIRST, 10, last, "STAR Input", "0.00")
    b.style(sh, 11, FIRST, 20, last, "STAR Input text")
    for i in range(ROWS):
        r = FIRST + i
        b.put(sh, 5, r, f'=IF(OR(D{r}="";E{r}="");"";D{r}*E{r})')
    b.style(sh, 5, FIRST, 5, last, "STAR Calculated", MONEY)
    for i, iv in enumerate(c.interventions):
        r = FIRST + i
        b.put(sh, 0, r, iv["name"], "STAR Input text")
        b.put(sh, 1, r, iv["desc"], "STAR Input text")
        b.put(sh, 2, r, iv["pop"], "STAR Input text")
        for col, key in ((3, "patients"), (4, "cost"), (6, "spend"), (7, "low"), (8, "high"),
                         (9, "likely"), (10, "core20")):
            b.put(sh, col, r, iv[key])
        for j in range(5):
            src = iv["src"][j]
            b.put(sh, 11 + 2 * j, r, ("A", src) if src.startswith("A") else src, "STAR Input text")
            b.put(sh, 12 + 2 * j, r, iv["conf"][j])
    b.validate(sh, 3, FIRST, 3, last, "WHOLE", "GREATER_EQUAL", 0, title="Patients a year",
               message="A whole number of patients a year, 0 or more.")
    b.validate(sh, 4, FIRST, 4, last, "DECIMAL", "GREATER", 0, title="Cost per patient",
               message="Pounds per patient a year, more than 0.")
    b.validate(sh, 6, FIRST, 8, last, "DECIMAL", "GREATER_EQUAL", 0, title="Spend",
               message="Pounds a year, 0 or more. Lowest <= current <= highest.")
    b.validate(sh, 9, FIRST, 10, last, "DECIMAL", "BETWEEN", 0, 1, title="A share from 0 to 1",
               message="A number from 0 to 1, e.g. 0.7 for 70%.")
    for j in range(5):
        b.validate(sh, 12 + 2 * j, FIRST, 12 + 2 * j, last, "LIST", items=CONFIDENCE, title="Confidence",
                   message="High, Medium or Low: how sure are you of this figure?")
    sheet_ = "Interventions"
    for nm, col in (("Names", 0), ("Patients", 3), ("CostPerPatient", 4), ("TotalCost", 5),
                    ("CurrentSpend", 6), ("LowSpend", 7), ("HighSpend", 8), ("Likelihood", 9),
                    ("Core20Share", 10)):
        b.name(nm, absref(sheet_, col, FIRST, col, last))
    b.freeze[name] = (1, FIRST - 1)
    b.blank_margin(sh, 21, last)
    b.print_setup(sh, 20, last, (FIRST - 1, FIRST - 1))
