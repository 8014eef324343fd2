# SPDX-License-Identifier: MPL-2.0
"""The Checks sheet: everything a result depends on, checked in words, and
the problems of each intervention row."""
from .layout import FIRST, K, ROWS, SENS_FIRST


def checks(b):
    sh = b.sheet("Checks")
    b.set_widths(sh, [7.0, 10.0, 2.2, 9.0])
    b.put(sh, 0, 1, "Checks", "STAR Title")
    b.put(sh, 0, 2, "Everything a result depends on. Fix every line that does not say OK; the Guide shows the "
                    "summary.", "STAR Note")
    b.put(sh, 0, 4, "Summary", "STAR Subtitle")
    b.header_row(sh, 6, [("Check", None), ("Result", None), ("OK?", None), ("What to do", None)])
    ivsheet = "$Interventions"
    rows = [
        ("Interventions, costs, scores and weights (STAR.CHECK)",
         "=STAR.CHECK(Patients;CostPerPatient;Scores;Weights)", 'LEFT(B{r};3)="OK:"',
         "Fix the row and input named (rows count from the first intervention row)."),
        ("Score scale", '=IF(ScaleLow=ScaleHigh;"The lowest and highest scores are equal";"OK")', 'B{r}="OK"',
         "Give the score scale two different ends on Criteria and weights."),
        ("Likelihood of success given for every intervention",
         f'=IF(SUMPRODUCT(TotalCost<>"";Likelihood="")=0;"OK";SUMPRODUCT(TotalCost<>"";Likelihood="")&" rows without a likelihood")',
         'B{r}="OK"', "Type a likelihood from 0 to 1 in every intervention row."),
        ("Share in the most deprived fifth given for every intervention",
         f'=IF(SUMPRODUCT(TotalCost<>"";Core20Share="")=0;"OK";SUMPRODUCT(TotalCost<>"";Core20Share="")&" rows without a share")',
         'B{r}="OK"', "Type a share from 0 to 1 in every intervention row."),
        ("Equity weight", '=IF(AND(ISNUMBER(EquityWeight);EquityWeight>=0);"OK";"The equity weight must be 0 or more")',
         'B{r}="OK"', "Type 1 for no extra weight on Criteria and weights."),
        ("Budget", '=IF(NOT(ISNUMBER(Budget));"No budget";IF(Budget<0;"The budget is below 0";"OK"))', 'B{r}="OK"',
         "Type the budget in pounds a year on Allocation."),
        ("Budget covers the must-fund interventions",
         '=IF(SUMPRODUCT(MinShare;TotalCost)>Budget*(1+1E-9);"Must-fund spend £"&TEXT(SUMPRODUCT(MinShare;TotalCost);"#,##0")&" is above the budget";"OK")',
         'B{r}="OK"', "Raise the budget or mark fewer interventions Must fund."),
        ("Current spend given for every intervention",
         '=IF(SUMPRODUCT(TotalCost<>"";(CurrentSpend="")+(LowSpend="")+(HighSpend="")>0)=0;"OK";SUMPRODUCT(TotalCost<>"";(CurrentSpend="")+(LowSpend="")+(HighSpend="")>0)&" rows miss current, lowest or highest spend")',
         'B{r}="OK"', "Type current, lowest and highest spend (0 if none) for every intervention."),
        ("Current spend within lowest and highest",
         '=IF(SUMPRODUCT(CurrentSpend<>"";(LowSpend>CurrentSpend)+(CurrentSpend>HighSpend)>0)=0;"OK";SUMPRODUCT(CurrentSpend<>"";(LowSpend>CurrentSpend)+(CurrentSpend>HighSpend)>0)&" rows have spend outside lowest..highest")',
         'B{r}="OK"', "Make lowest <= current <= highest in each row (Interventions); see the table below."),
        ("Uncertainty factors",
         f'=IF(SUMPRODUCT(TotalCost<>"";($Sensitivity.$B${SENS_FIRST}:$B${SENS_FIRST + ROWS - 1}="")+($Sensitivity.$C${SENS_FIRST}:$C${SENS_FIRST + ROWS - 1}="")+($Sensitivity.$D${SENS_FIRST}:$D${SENS_FIRST + ROWS - 1}="")+($Sensitivity.$E${SENS_FIRST}:$E${SENS_FIRST + ROWS - 1}="")>0)=0;"OK";"Some interventions have no uncertainty factors")',
         'B{r}="OK"', "Type low and high factors for benefit and cost on Sensitivity (1 and 1 for none)."),
        ("Stakeholder groups for agreement",
         '=IF(COUNTA(Groups)>=2;"OK";"Fewer than two stakeholder groups")', 'B{r}="OK"',
         "Record at least two groups' swing weights to compare them (optional)."),
    ]
    for i, (label, f, cond, todo) in enumerate(rows):
        r = 7 + i
        b.put(sh, 0, r, label, "STAR Text")
        b.put(sh, 1, r, f, "STAR Calculated text")
        b.put(sh, 2, r, f'=IF({cond.format(r=r)};"OK";"Fix")', "STAR Calculated")
        b.put(sh, 3, r, todo, "STAR Text")
    end = 7 + len(rows) - 1
    b.status_format(sh, 2, 7, 2, end, [("OK", "STAR OK"), ("Fix", "STAR Fix")])
    b.put(sh, 0, 4, "Checks passed", "STAR Subtitle")
    b.put(sh, 1, 4, f'=IF(COUNTIF(C7:C{end};"OK")={len(rows)};"All {len(rows)} checks OK";'
                    f'COUNTIF(C7:C{end};"Fix")&" of {len(rows)} checks need attention")', "STAR Total")
    # per row
    first = end + 4
    b.put(sh, 0, first - 2, "Row by row", "STAR Subtitle")
    b.header_row(sh, first - 1, [("Intervention", None), ("Problems in this row", None)])
    for i in range(ROWS):
        r = first + i
        ir = FIRST + i
        I = ivsheet
        b.put(sh, 0, r, f'=IF({I}.$A${ir}="";IF(COUNTA({I}.$B${ir}:$K${ir})=0;"";"(no name) row {i + 1}");'
                        f'{I}.$A${ir})')
        probs = [
            (f'AND(COUNTA({I}.$B${ir}:$K${ir})>0;{I}.$D${ir}="")', "no patients; "),
            (f'AND(COUNTA({I}.$B${ir}:$K${ir})>0;{I}.$E${ir}="")', "no cost per patient; "),
            (f'AND({I}.$D${ir}<>"";COUNT($Scores.$B${ir}:$G${ir})<{K})', "scores missing; "),
            (f'AND({I}.$G${ir}<>"";OR({I}.$G${ir}<{I}.$H${ir};{I}.$G${ir}>{I}.$I${ir}))', "spend outside lowest..highest; "),
            (f'AND({I}.$D${ir}<>"";{I}.$J${ir}="")', "no likelihood; "),
            (f'AND({I}.$D${ir}<>"";{I}.$K${ir}="")', "no deprivation share; "),
        ]
        body = "&".join(f'IF({cond};"{txt}";"")' for cond, txt in probs)
        b.put(sh, 1, r, f'=IF(A{r}="";"";IF(LEN({body})=0;"OK";{body}))')
    b.style(sh, 0, first, 0, first + ROWS - 1, "STAR Calculated text")
    b.style(sh, 1, first, 1, first + ROWS - 1, "STAR Calculated text")
    b.status_format(sh, 1, first, 1, first + ROWS - 1, [("OK", "STAR OK")])
    b.freeze["Checks"] = (1, 0)
    b.blank_margin(sh, 4, first + ROWS)
    b.print_setup(sh, 3, first + ROWS - 1, (first - 1, first - 1))
