# SPDX-License-Identifier: MPL-2.0
"""The Checks sheet: everything a result depends on, checked in words.

Every line and every row's words are plain formulas over the inputs that
never give an error value, whatever is typed or pasted (text where a number
belongs, a half-typed row): they test with ISTEXT, ISBLANK and ISNUMBER
before they compare. A spare row (nothing typed in it anywhere) is no
problem; a row in use names each missing or bad input. The headline counts
the lines that are not OK, and the first of them is what the Guide shows.
"""
from .layout import GROUPS_ROWS, K, RULES, absref

# The figures of an intervention row, as the words name them: (name of the
# range, words, rule for a number or None, what the rule says).
FIGURES = [
    ("Patients", "patients a year", "OR({v}<0;{v}<>INT({v}))", "must be a whole number, 0 or more"),
    ("CostPerPatient", "cost per patient", "{v}<=0", "must be more than 0"),
    ("CurrentSpend", "current spend", "{v}<0", "must be 0 or more"),
    ("LowSpend", "lowest spend", "{v}<0", "must be 0 or more"),
    ("HighSpend", "highest spend", "{v}<0", "must be 0 or more"),
    ("Likelihood", "likelihood of success", "OR({v}<0;{v}>1)", "must be from 0 to 1"),
    ("Core20Share", "share in the most deprived fifth", "OR({v}<0;{v}>1)", "must be from 0 to 1"),
]
CONFIDENCES = [("Confidence1", "patients"), ("Confidence2", "cost"), ("Confidence3", "spend"),
               ("Confidence4", "likelihood"), ("Confidence5", "deprivation share")]
FACTORS = [("blo", "benefit low factor", "OR({v}<0;{v}>1)", "must be from 0 to 1"),
           ("bhi", "benefit high factor", "{v}<1", "must be 1 or more"),
           ("clo", "cost low factor", "OR({v}<=0;{v}>1)", "must be more than 0 and up to 1"),
           ("chi", "cost high factor", "{v}<1", "must be 1 or more")]


def words(v, label, required, bad=None, rule=""):
    """What is wrong with the value v (a cell reference) in words ending in
    "; ", or "": text where a number belongs, blank where required, or a
    number against its rule."""
    expr = f'IF(AND(ISNUMBER({v});{bad.format(v=v)});"{label} {rule} ("&{v}&"); ";"")' if bad else '""'
    if required:
        expr = f'IF(ISBLANK({v});"no {label}; ";{expr})'
    return f'IF(ISTEXT({v});"{label} is text ("""&LEFT({v};40)&"""); ";{expr})'


def one_of(v, label, allowed):
    """Words where v holds text that is not one of allowed."""
    ok = ";".join(f'{v}="{a}"' for a in allowed)
    choices = ", ".join(allowed[:-1]) + " or " + allowed[-1]
    return f'IF(OR(ISBLANK({v});{ok});"";"{label} """&LEFT({v};40)&""" is not {choices}; ")'


def joined(parts):
    return "&".join(parts)


def checks(b):
    t = b.t["Checks"]
    se = b.t["Sensitivity"]
    sh = b.sheet(t.sheet)
    first, last = t.first, t.last
    b.set_widths(sh, t.widths())
    b.put(sh, 0, 1, "Checks", "STAR Title")
    b.text_across(sh, 2, 0, 3, "Everything a result depends on, checked in words. Fix every line that does not "
                               "say OK; the Guide shows the headline and the first problem. A cell showing Err:502 "
                               "means a bad input that a line here names.")
    b.put(sh, 0, 4, "Checks passed", "STAR Subtitle")
    b.put(sh, 0, 5, "First problem", "STAR Subtitle")
    header = 7
    b.header_row(sh, header, [("Check", None), ("Result", None), ("OK?", None), ("What to do", None)])
    item = "INDEX({};Item)"
    fix_rows = 'COUNTIF(RowStatus;"Fix")'
    at_fix = 'MATCH("Fix";RowStatus;0)'
    first_row = (f'"Row "&INDEX(RowNumbers;{at_fix})&" ("&INDEX(Labels;{at_fix})&"): "&'
                 f'INDEX(RowProblems;{at_fix})')
    in_use = 'COUNTIF(InUse;TRUE())'

    # criteria and weights, one piece per criterion
    crit = []
    for j in range(1, K + 1):
        name, w = f"INDEX(Criteria;{j})", f"INDEX(WeightInputs;{j})"
        label = f'"Criterion {j} ("&{name}&"): "'
        crit.append(f'IF({name}="";"";IF(ISTEXT({w});{label}&"weight is text ("""&LEFT({w};40)&"""); ";'
                    f'IF(ISBLANK({w});{label}&"no weight; ";IF(OR({w}<0;{w}>100);{label}&"weight "&{w}&'
                    f'" must be from 0 to 100; ";""))))')
    crit_words = joined(crit)
    named = 'COUNTA(Criteria)'
    crit_result = (f'=IF({named}=0;"No criterion has a name: name at least one on Criteria and weights";'
                   f'IF(LEN({crit_words})>0;LEFT({crit_words};LEN({crit_words})-2);IF(SUM(Weights)=0;'
                   f'"Every named criterion has a weight of 0";"OK: "&{named}&" criteria")))')

    # stakeholder groups, one piece per group in use
    grp = []
    for g in range(1, GROUPS_ROWS + 1):
        sw = f"INDEX(GroupSwingInputs;0;{g})"
        used = "(Criteria<>\"\")"
        label = f'IF(INDEX(Groups;{g})="";"Group {g}";INDEX(Groups;{g}))&": "'
        inuse = f'OR(INDEX(Groups;{g})<>"";COUNTA({sw})>0)'
        grp.append(f'IF({inuse};IF(SUMPRODUCT({used}*ISTEXT({sw}))>0;{label}&"a swing weight is text; ";'
                   f'IF(SUMPRODUCT({used}*ISBLANK({sw}))>0;{label}&SUMPRODUCT({used}*ISBLANK({sw}))&'
                   f'" named criteria have no swing weight; ";IF(SUMPRODUCT({used}*ISNUMBER({sw})*(({sw}<0)+'
                   f'({sw}>100)))>0;{label}&"swing weights must be from 0 to 100; ";IF(SUMPRODUCT({used}*'
                   f'ISNUMBER({sw});{sw})=0;{label}&"every swing weight is 0; ";""))));"")')
    grp_words = joined(grp)
    groups_in_use = "+".join(f'OR(INDEX(Groups;{g})<>"";COUNTA(INDEX(GroupSwingInputs;0;{g}))>0)'
                             for g in range(1, GROUPS_ROWS + 1))
    grp_result = (f'=IF(LEN({grp_words})>0;LEFT({grp_words};LEN({grp_words})-2);IF({groups_in_use}<2;'
                  f'"OK: agreement needs two groups\' swing weights (optional)";"OK: "&({groups_in_use})&" groups"))')

    def scalar(v, label, bad, rule, missing):
        return (f'=IF(ISTEXT({v});"{label} is text ("""&LEFT({v};40)&""")";IF(ISBLANK({v});"{missing}";'
                f'IF({bad};"{label} {rule}";"OK")))')

    check = "STAR.CHECK(Patients;CostPerPatient;Scores;Weights)"
    # STAR.CHECK counts rows from the first intervention row and names the
    # matrix column: say the sheet's row and the criterion instead.
    row_n = f'VALUE(REGEX({check};"^Row (\\d+):.*";"$1"))'
    col_n = f'VALUE(REGEX({check};".*scores in column (\\d+).*";"$1"))'
    in_rows = (f'IF(LEFT({check};4)="Row ";"Row "&ROW(INDEX(Patients;{row_n}))&REGEX({check};"^Row \\d+";"");'
               f'{check})')
    crit_named = f'REGEX({in_rows};"scores in column \\d+";"score for "&INDEX(Criteria;{col_n}))'
    star_result = (f'IF(LEFT({check};3)="OK:";REGEX({check};"\\d+ criteria";{named}&" criteria");'
                   f'IF(ISNUMBER(SEARCH("scores in column";{check}));{crit_named};{in_rows}))')
    lines = [
        ("Every intervention row complete and valid",
         f'=IF({in_use}=0;"No interventions yet: type them on Interventions";IF({fix_rows}=0;"OK: "&{in_use}&'
         f'" interventions";{fix_rows}&IF({fix_rows}=1;" row needs";" rows need")&" attention. First: "&'
         f'{first_row}))',
         "Fix the row and input named; the table below lists every row."),
        ("Criteria and their agreed weights", crit_result,
         "Name the criteria and give each named one a weight from 0 to 100 on Criteria and weights."),
        ("Score scale", '=IF(AND(ISNUMBER(ScaleLow);ISNUMBER(ScaleHigh));IF(ScaleLow=ScaleHigh;'
                        '"The lowest and highest scores on the scale are equal";"OK");IF(ISTEXT(ScaleLow);'
                        '"The lowest score on the scale is text ("""&LEFT(ScaleLow;40)&""")";IF(ISTEXT(ScaleHigh);'
                        '"The highest score on the scale is text ("""&LEFT(ScaleHigh;40)&""")";'
                        '"The score scale needs its lowest and highest score")))',
         "Give the score scale two different ends on Criteria and weights."),
        ("Equity weight", scalar("EquityWeight", "The equity weight", "EquityWeight<0", "must be 0 or more",
                                 "No equity weight (1 for none)"),
         "Type 1 for no extra weight on Criteria and weights."),
        ("Budget", scalar("Budget", "The budget", "Budget<0", "must be 0 or more",
                          "No budget yet: type it on Allocation"),
         "Type the budget in pounds a year on Allocation."),
        ("Budget covers the must-fund interventions",
         '=IF(ISNUMBER(Budget);IF(SUMPRODUCT(MinShare;TotalCost)>Budget*(1+1E-9);"Must-fund spend £"&'
         'TEXT(SUMPRODUCT(MinShare;TotalCost);"#,##0")&" is above the budget £"&TEXT(Budget;"#,##0");"OK");"OK")',
         "Raise the budget or mark fewer interventions Must fund (Allocation)."),
        ("Stakeholder groups' swing weights", grp_result,
         "Give each group a swing weight from 0 to 100 for every named criterion (optional)."),
        ("Everything the STAR calls check (STAR.CHECK)",
         f'=IF({in_use}=0;"OK: no interventions yet";{star_result})',
         "STAR.CHECK's words for patients, costs, scores and weights: fix the row and input named."),
    ]
    r0 = header + 1
    for i, (label, f, todo) in enumerate(lines):
        r = r0 + i
        b.put(sh, 0, r, label, "STAR Text")
        b.put(sh, 1, r, f, "STAR Calculated text")
        b.put(sh, 2, r, f'=IF(LEFT(B{r};2)="OK";"OK";"Fix")', "STAR Calculated")
        b.put(sh, 3, r, todo, "STAR Text")
        # which to show first: a bad input before something not there yet
        b.put(sh, 4, r, f'=IF(C{r}="OK";9;IF(LEFT(B{r};3)="No ";2;1))', "STAR Helper")
    end = r0 + len(lines) - 1
    n = len(lines)
    b.status_format(sh, 2, r0, 2, end, [("OK", "STAR OK"), ("Fix", "STAR Fix")])
    fixes = f'COUNTIF(C{r0}:C{end};"Fix")'
    b.put(sh, 1, 4, f'=IF({fixes}=0;"All {n} checks OK";{fixes}&" of {n} checks need attention")', "STAR Total")
    b.put(sh, 1, 5, f'=IF({fixes}=0;"None";INDEX(B{r0}:B{end};MATCH(MIN(E{r0}:E{end});E{r0}:E{end};0)))',
          "STAR Total text")     # one cell, not merged: Calc sizes its row when the file is opened
    b.name("ChecksPassed", absref(sh.Name, 1, 4))
    b.name("FirstProblem", absref(sh.Name, 1, 5))

    # Row by row
    b.put(sh, 0, t.header - 1, "Row by row", "STAR Subtitle")
    b.table_header(sh, t, {
        "name": ("Intervention", None),
        "row": ("Row", "The row on Interventions and Scores."),
        "problems": ("Problems in this row", "Every missing or bad input of the row, in words; OK when there is "
                                             "none. A row with nothing typed in it is spare and left out."),
        "status": ("OK?", None),
        "inuse": ("In use", "Anything typed in the row, on any sheet."),
        "p_iv": ("Interventions", None), "p_sc": ("Scores", None), "p_more": ("Allocation, Sensitivity", None),
    }, hidden=("inuse", "p_iv", "p_sc", "p_more"))
    iv = 'SUMPRODUCT(LEN(INDEX(InterventionInputs;Item;0))>0)'
    b.formulas(sh, t, "inuse", lambda r: f'={iv}+COUNTA(INDEX(ScoreInputs;Item;0))+COUNTA(INDEX(FundingRule;Item))+'
                                         f'COUNTA(INDEX(UncertaintyFactors;Item;0))>0', "STAR Helper")
    use = lambda r: t.at("inuse", r)  # noqa: E731
    b.formulas(sh, t, "name", lambda r: f'=IF({use(r)};IF(ISBLANK({item.format("Names")});"(no name)";'
                                        f'{item.format("Names")});"")', "STAR Calculated text")
    b.formulas(sh, t, "row", lambda r: f'=IF({use(r)};ROW({item.format("Names")});"")', "STAR Calculated", "0")

    figures = [words(item.format(rng), label, True, bad, rule) for rng, label, bad, rule in FIGURES]
    figures.append(f'IF(COUNT({item.format("LowSpend")};{item.format("CurrentSpend")};{item.format("HighSpend")})=3;'
                   f'IF(OR({item.format("LowSpend")}>{item.format("CurrentSpend")};{item.format("CurrentSpend")}>'
                   f'{item.format("HighSpend")});"current spend must lie between lowest and highest spend; ";"");"")')
    figures += [one_of(item.format(rng), f"{label} confidence", ["High", "Medium", "Low"])
                for rng, label in CONFIDENCES]
    b.formulas(sh, t, "p_iv", lambda r: f'=IF({use(r)};{joined(figures)};"")', "STAR Helper")

    sc = []
    for j in range(1, K + 1):
        v = f"INDEX(ScoreInputs;Item;{j})"
        name = f"INDEX(Criteria;{j})"
        lbl = f'"score for "&{name}'
        sc.append(f'IF({name}="";"";IF(ISTEXT({v});{lbl}&" is text ("""&LEFT({v};40)&"""); ";IF(ISBLANK({v});'
                  f'"no "&{lbl}&"; ";IF(AND(ISNUMBER(ScaleLow);ISNUMBER(ScaleHigh));IF(OR({v}<MIN(ScaleLow;'
                  f'ScaleHigh);{v}>MAX(ScaleLow;ScaleHigh));{lbl}&" "&{v}&" is outside the scale; ";"");""))))')
    b.formulas(sh, t, "p_sc", lambda r: f'=IF({use(r)};{joined(sc)};"")', "STAR Helper")

    on = 'on {} row "&ROW(INDEX({};Item))&"'
    more = [one_of(item.format("FundingRule"), "funding rule " + on.format("Allocation", "FundingRule"), RULES)]
    for key, label, bad, rule in FACTORS:
        factor = f"INDEX({se.ref(key)};Item)"
        more.append(words(factor, f"{label} " + on.format("Sensitivity", se.ref(key)), False, bad, rule))
    b.formulas(sh, t, "p_more", lambda r: f'=IF({use(r)};{joined(more)};"")', "STAR Helper")

    def problems(r):
        all_ = f'{t.at("p_iv", r)}&{t.at("p_sc", r)}&{t.at("p_more", r)}'
        return f'=IF({use(r)};IF(LEN({all_})=0;"OK";LEFT({all_};LEN({all_})-2));"")'

    b.formulas(sh, t, "problems", problems, "STAR Calculated text")
    b.formulas(sh, t, "status", lambda r: f'=IF({use(r)};IF({t.at("problems", r)}="OK";"OK";"Fix");"")',
               "STAR Calculated")
    b.status_format(sh, t.col("status"), first, t.col("status"), last, [("OK", "STAR OK"), ("Fix", "STAR Fix")],
                    spare=True)
    b.spare_rows(sh, t, ["name", "problems", "row"])
    b.columns_hidden(sh, t.col("inuse"), t.col("p_more"))
    b.freeze[t.sheet] = (1, 0)
    b.blank_margin(sh, len(t.columns), last)
    # the rows' table on a page of its own where it has rows to show
    b.print_setup(sh, 3, b.print_rows(t), (t.header, t.header), breaks=(t.header - 1,) if b.c.interventions else ())
