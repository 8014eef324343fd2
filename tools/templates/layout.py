# SPDX-License-Identifier: MPL-2.0
"""Where things are in the STAR workbooks: sizes, first rows, sheets, colours
and number formats shared by every sheet."""

ROWS = 50            # intervention rows: the example fills 12, at least 38 stay spare
K = 6                # criteria
FIRST = 6            # first intervention row on Interventions and Scores
ALLOC_FIRST = 32     # first intervention row on Allocation (its chart is above)
SENS_FIRST = 30      # first intervention row of the chances of funding on Sensitivity
VFM_FIRST = 29       # first intervention row on Value for money (the chart is above)

SHEETS = ["Guide", "Interventions", "Criteria and weights", "Scores", "Value for money",
          "Allocation", "Sensitivity", "Checks"]

# Colours (RGB): inputs pale yellow, calculated pale blue, example assumptions orange.
INPUT_FILL = 0xFFF2CC
CALC_FILL = 0xDDEBF7
ASSUMED_FILL = 0xF8CBAD
HEAD_FILL = 0x1F4E79
NAVY = 0x1F4E79
GREY = 0x595959

# Pounds as a literal sign: LibreOffice 7.4 loses currency formats when it
# converts the flat file to .ods, plain number formats survive.
MONEY = '"£"#,##0'
MONEY_SIGNED = '"£"#,##0;[RED]-"£"#,##0'

CONFIDENCE = ["High", "Medium", "Low"]
GROUPS = ["Clinicians", "Midwives and nurses", "Managers and commissioners",
          "Women and families", "Public health", "Finance", "Voluntary sector", "Other"]
RULES = ["Open", "Must fund", "Exclude"]
