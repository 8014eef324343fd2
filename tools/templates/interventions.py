# SPDX-License-Identifier: MPL-2.0
"""The Interventions sheet: one row per intervention, its figures, their
sources and the confidence in them."""
from .layout import CONFIDENCE, MONEY

# The figures with a source and a confidence each: (key, what it is called).
SOURCED = [("patients", "Patients"), ("cost", "Cost"), ("spend", "Spend"), ("likely", "Likelihood"),
           ("core20", "Deprivation share")]


def passed_on(expr, *cells):
    """expr of number cells, or what is wrong with them passed on unchanged:
    the first text as it is, blank where every cell is blank. A native
    formula then never makes an error of bad input (#VALUE!, which every
    STAR call would only pass on as Err:504); the STAR call that reads it
    answers Err:502, and Checks says in words which row and input."""
    count = len(cells)
    texts = "".join(f"IF(ISTEXT({c});{c};" for c in cells)
    return f'=IF(COUNT({";".join(cells)})={count};{expr};{texts}""{")" * count})'


def interventions(b):
    c = b.c
    t = b.t["Interventions"]
    sh = b.sheet(t.sheet)
    b.set_widths(sh, t.widths())
    last_col = len(t.columns) - 1
    b.heading(sh, 1, "Interventions", "One row per intervention, money in pounds a year. A row left blank is "
              "spare and ignored: add an intervention by typing in the next blank row. Notes on the headings "
              "say what each figure is; Checks names any row that is incomplete.", t.col("total"))
    heads = {
        "name": ("Intervention", "Short name, shown on the charts."),
        "desc": ("Description", "What the intervention does."),
        "pop": ("Population served", "Who it is for."),
        "patients": ("Patients a year", "Whole number of patients (women, babies, ...) the intervention serves a "
                                        "year, 0 or more."),
        "cost": ("Cost per patient £", "Cost for one patient for a year, in pounds, more than 0."),
        "total": ("Total cost £", "Calculated: patients a year x cost per patient."),
        "spend": ("Current spend £", "What is spent on it now, a year, in pounds (0 if new)."),
        "low": ("Lowest spend £", "The least it could be cut to (e.g. contract or safety floor)."),
        "high": ("Highest spend £", "The most it could grow to (e.g. full roll-out)."),
        "likely": ("Likelihood of success (0-1)", "Chance it is implemented successfully: 1 = certain, 0.5 = "
                                                  "even chance."),
        "core20": ("Share in most deprived fifth (0-1)", "Share of its patients living in the most deprived 20% "
                                                         "of areas (Core20)."),
    }
    notes = {"patients": "Where the patient number comes from.", "cost": "Where the cost per patient comes from.",
             "spend": "Where current, lowest and highest spend come from.", "likely": "Why this likelihood.",
             "core20": "Where the Core20 share comes from."}
    for key, label in SOURCED:
        heads[f"src_{key}"] = (f"{label}: source", notes[key])
        heads[f"conf_{key}"] = (f"{label}: confidence", "High, Medium or Low.")
    b.table_header(sh, t, heads)
    first, last = t.first, t.last
    for key in ("name", "desc", "pop"):
        b.style(sh, t.col(key), first, t.col(key), last, "STAR Input text")
    b.style(sh, t.col("patients"), first, t.col("patients"), last, "STAR Input", "#,##0")
    for key in ("cost", "spend", "low", "high"):
        b.style(sh, t.col(key), first, t.col(key), last, "STAR Input", MONEY)
    for key in ("likely", "core20"):
        b.style(sh, t.col(key), first, t.col(key), last, "STAR Input", "0.00")
    for key, _ in SOURCED:
        b.style(sh, t.col(f"src_{key}"), first, t.col(f"src_{key}"), last, "STAR Input text")
        b.style(sh, t.col(f"conf_{key}"), first, t.col(f"conf_{key}"), last, "STAR Input text")
    b.formulas(sh, t, "total", lambda r: passed_on(f"{t.at('patients', r)}*{t.at('cost', r)}",
                                                   t.at("patients", r), t.at("cost", r)),
               "STAR Calculated", MONEY)
    for i, iv in enumerate(c.interventions):
        r = first + i
        for key in ("name", "desc", "pop"):
            b.put(sh, t.col(key), r, iv[key], "STAR Input text")
        for key in ("patients", "cost", "spend", "low", "high", "likely", "core20"):
            b.put(sh, t.col(key), r, iv[key])
        for j, (key, _) in enumerate(SOURCED):
            src = iv["src"][j]
            b.put(sh, t.col(f"src_{key}"), r, ("A", src) if src.startswith("A") else src, "STAR Input text")
            b.put(sh, t.col(f"conf_{key}"), r, iv["conf"][j])

    def valid(key, *args, **kw):
        b.validate(sh, t.col(key), first, t.col(key), last, *args, **kw)

    valid("patients", "WHOLE", "GREATER_EQUAL", 0, title="Patients a year",
          message="A whole number of patients a year, 0 or more.")
    valid("cost", "DECIMAL", "GREATER", 0, title="Cost per patient", message="Pounds per patient a year, more than 0.")
    for key in ("spend", "low", "high"):
        valid(key, "DECIMAL", "GREATER_EQUAL", 0, title="Spend",
              message="Pounds a year, 0 or more. Lowest <= current <= highest.")
    for key in ("likely", "core20"):
        valid(key, "DECIMAL", "BETWEEN", 0, 1, title="A share from 0 to 1", message="A number from 0 to 1, e.g. 0.7 for 70%.")
    for key, _ in SOURCED:
        valid(f"conf_{key}", "LIST", items=CONFIDENCE, title="Confidence",
              message="High, Medium or Low: how sure are you of this figure?")
    b.spare_rows(sh, t, ["total"])
    b.freeze[t.sheet] = (1, t.header)
    b.blank_margin(sh, last_col, last)
    b.print_setup(sh, last_col, b.print_rows(t), (t.header, t.header), title_col=True,
                  col_breaks=(t.col("likely"), t.col("src_likely")))
