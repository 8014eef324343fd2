# SPDX-License-Identifier: MPL-2.0
"""The Guide sheet: the STAR process, how to use the workbook, how to add
rows and print, the version, the date and the summary of the checks."""
import uno

from .layout import ROWS, SCREEN_WIDTH

LEFT = uno.Enum("com.sun.star.table.CellHoriJustify", "LEFT")

TABLE_SHEETS = "Interventions, Scores, Value for money, Allocation, Sensitivity and Checks"


def section(b, sh, r, title, rows, page_break=False):
    """A subtitle and its rows (heading, text); gives the next free row.
    The text is in one wide cell, not merged cells: Calc sizes the row to
    it (optimal height) whenever the workbook is opened, with the fonts and
    the LibreOffice of the machine it is opened on."""
    b.put(sh, 0, r, title, "STAR Subtitle")
    if page_break:
        sh.Rows.getByIndex(r - 1).IsStartOfNewPage = True
    for i, (h, text) in enumerate(rows):
        b.put(sh, 0, r + 1 + i, h, "STAR Text")
        b.put(sh, 1, r + 1 + i, text, "STAR Text")
    return r + len(rows) + 2


def guide(b):
    c = b.c
    sh = b.sheet("Guide")
    b.set_widths(sh, [6.0, SCREEN_WIDTH - 6.0])
    b.put(sh, 0, 1, c.title, "STAR Title")
    b.put(sh, 0, 2, "Socio-technical allocation of resources (STAR): where does the money do most good?",
          "STAR Subtitle")
    b.put(sh, 0, 4, "STAR version", "STAR Text")
    b.put(sh, 1, 4, "=STAR.VERSION()", "STAR Calculated")
    b.put(sh, 0, 5, "Date of this version", "STAR Text")
    b.put(sh, 1, 5, c.date, "STAR Input", "DD MMMM YYYY").HoriJustify = LEFT
    b.validate(sh, 1, 5, 1, 5, "DATE", "GREATER_EQUAL", "DATE(2000;1;1)", title="Date",
               message="The date these figures were agreed, e.g. 31/01/2025.")
    b.put(sh, 0, 6, "Checks", "STAR Text")
    b.put(sh, 1, 6, "=ChecksPassed", "STAR Total")
    b.put(sh, 0, 7, "First problem", "STAR Text")
    b.put(sh, 1, 7, "=FirstProblem", "STAR Calculated text")
    b.formula_format(sh, 1, 6, 1, 6, 'LEFT(B6;4)="All "', "STAR OK")
    r = 9
    b.put(sh, 0, r, "Yellow cells", "STAR Input")
    b.put(sh, 1, r, "are for typing: inputs, each with a note on its heading and data validity.", "STAR Text")
    b.put(sh, 0, r + 1, "Blue cells", "STAR Calculated")
    b.put(sh, 1, r + 1, "are calculated and protected.", "STAR Text")
    r += 2
    if c.example:
        b.put(sh, 0, r, "Orange cells", "STAR Assumed")
        b.put(sh, 1, r, "are assumptions for this example [A]: replace them with local data.", "STAR Text")
        r += 1
    r += 1
    r = section(b, sh, r, "The STAR process", [
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
    ])
    r = section(b, sh, r, "How to use this workbook", [
        ("Interventions", f"One row per intervention ({ROWS} rows): type into the yellow cells. A blank row is "
                          "spare and ignored; add an intervention by typing in the next blank row."),
        ("Criteria and weights", "Name up to ten criteria and describe what the lowest and highest scores mean "
                                 "on each; a criterion left without a name is left out entirely. Record each "
                                 "stakeholder group's swing weights; the agreed weights drive every result and "
                                 "have scroll bars."),
        ("Scores", "Score every intervention on every named criterion, on the scale set on Criteria and weights. "
                   "Benefit per patient (0-100) is the weighted score."),
        ("Value for money", "The table of total benefit, equity-weighted benefit, value for money (benefit per "
                            "£1,000) and rank, and beside it the value triangles along the benefit-cost curve, "
                            "numbered by rank, with the budget as a red line and a key below."),
        ("Allocation", "The budget (with a scroll bar) and the summary stay at the top; below, the best use of the "
                       "budget (shares and whole interventions) and a budget-neutral reallocation of current "
                       "spend. The chart of spend before and after is right of the table."),
        ("Sensitivity", "How far each weight can move before the ranking changes, how far the stakeholder groups "
                        "agree, and the chance each intervention is funded when costs and benefits are uncertain."),
        ("Checks", "What to fix before trusting the results, in words: each line, and every row in use. Every "
                   "line should say OK."),
    ])
    r = section(b, sh, r, "More than " + str(ROWS) + " interventions", page_break=True, rows=[
        ("Insert rows", f"Add rows while the last row of the tables is still blank. Do the same on each of "
                        f"{TABLE_SHEETS}: lift the protection (Tools > Protect Sheet); click the row number of "
                        "the table's last row and drag up to select as many whole rows as you need, and choose "
                        "Sheet > Insert Rows > Rows Above; select the new rows together with the last row below "
                        "them and choose Sheet > Fill Cells > Fill Up; protect the sheet again. Insert the same "
                        "number of rows on every one of these sheets. The named ranges, every STAR call, Checks "
                        "and the charts grow with them."),
    ])
    r = section(b, sh, r, "Printing", [
        ("Print", "Every sheet prints on A4 landscape, with its title rows and the intervention names repeated "
                  "on every page. The print ranges cover the rows in use when the workbook was made (and ten "
                  "blank rows in the blank workbook): after adding interventions, widen them with Format > "
                  "Print Ranges > Edit."),
    ])
    r = section(b, sh, r, "Good to know", [
        ("Protection", "Sheets are protected without a password so that formulas cannot be overwritten by "
                       "accident: Tools > Protect Sheet removes it."),
        ("Named ranges", "Formulas read like the method: Sheet > Named Ranges and Expressions > Manage shows "
                         "Patients, CostPerPatient, TotalCost, Scores, Weights, Budget and the expressions built "
                         "from them, such as Vfm = STAR.VFM(EquityBenefit;TotalCost)."),
        ("Err:502", "A cell showing Err:502 means a bad input: the Checks sheet and the first problem above say "
                    "which row and which input, in words."),
        ("No macros", "The workbook has no macros. Saved copies keep their last results, and other spreadsheet "
                      "programs see the STAR calls by name. Saved as .xlsx, the scroll bars are lost: type the "
                      "weights and the budget instead."),
    ])
    if c.about:
        r = section(b, sh, r, "About this example", [("•", t) for t in c.about])
    b.blank_margin(sh, 3, r)
    b.print_setup(sh, 1, r - 1)
