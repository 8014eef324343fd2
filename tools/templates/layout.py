# SPDX-License-Identifier: MPL-2.0
"""Where things are in the STAR workbooks: sizes, the column map of every
table with one row per intervention, sheets, colours and number formats.

The column map is the only place that knows a table's column letters. A
formula on the same sheet finds a column by its key (Table.at); another sheet
reaches it through a named range (Patients, TotalCost, ...) and the row's
place in its table (the sheet-local name Item), never by a letter. So moving
a column here moves it everywhere."""

ROWS = 100           # intervention rows in every table; the example fills 12
K = 10               # criterion rows; a criterion with no name is left out
GROUPS_ROWS = 6      # stakeholder-group rows

SHEETS = ["Guide", "Interventions", "Criteria and weights", "Scores", "Value for money",
          "Allocation", "Sensitivity", "Checks"]

# Colours (RGB): inputs pale yellow, calculated pale blue, example assumptions orange.
INPUT_FILL = 0xFFF2CC
CALC_FILL = 0xDDEBF7
ASSUMED_FILL = 0xF8CBAD
HEAD_FILL = 0x1F4E79
NAVY = 0x1F4E79
GREY = 0x595959
ORANGE = 0xED7D31
RED = 0xC00000

# Pounds as a literal sign: LibreOffice 7.4 loses currency formats when it
# converts the flat file to .ods, plain number formats survive.
MONEY = '"£"#,##0'
MONEY_SIGNED = '"£"#,##0;[RED]-"£"#,##0'
VFM_FORMAT = "#,##0.0"
BENEFIT = "#,##0"
SHARE = "0%"

CONFIDENCE = ["High", "Medium", "Low"]
GROUPS = ["Clinicians", "Midwives and nurses", "Managers and commissioners",
          "Women and families", "Public health", "Finance", "Voluntary sector", "Other"]
RULES = ["Open", "Must fund", "Exclude"]

# The name every table sheet gives its row's place in the table (1 = the
# first intervention): =INDEX(TotalCost;Item) is this row's total cost.
ITEM = "Item"


def col_name(c):
    """0-based column number to letters."""
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def quoted(sheet):
    return "'" + sheet + "'" if " " in sheet else sheet


def absref(sheet, c1, r1, c2=None, r2=None):
    """An absolute reference in LibreOffice's own syntax; rows 1-based, columns 0-based."""
    s = f"${quoted(sheet)}.${col_name(c1)}${r1}"
    if c2 is not None:
        s += f":${col_name(c2)}${r2}"
    return s


class Table:
    """A table with one row per intervention: its sheet, its heading row and
    its columns in order, each a key with a width in cm."""

    def __init__(self, sheet, header, columns, rows=ROWS):
        self.sheet = sheet
        self.header = header            # 1-based row of the column headings
        self.first = header + 1
        self.last = header + rows
        self.rows = rows
        self.columns = list(columns)    # [(key, width)]

    @property
    def keys(self):
        return [k for k, _ in self.columns]

    def col(self, key):
        return self.keys.index(key)

    def letter(self, key):
        return col_name(self.col(key))

    def at(self, key, r, absolute=False):
        """The cell of column key in row r, for a formula on the same sheet."""
        d = "$" if absolute else ""
        return f"{d}{self.letter(key)}{d}{r}"

    def span(self, key, key2=None):
        """Column key (to key2) over every intervention row, on the same sheet."""
        return f"${self.letter(key)}${self.first}:${self.letter(key2 or key)}${self.last}"

    def ref(self, key, key2=None):
        """Column key (to key2) over every intervention row, from anywhere."""
        return absref(self.sheet, self.col(key), self.first, self.col(key2 or key), self.last)

    def widths(self):
        return [w for _, w in self.columns]

    def move(self, key, index):
        """Moves a column to another place (for the test that nothing else
        depends on where a column is)."""
        i = self.col(key)
        self.columns.insert(index, self.columns.pop(i))


CRITERIA_SHOWN = [f"score{j}" for j in range(1, K + 1)]


def tables():
    """The column maps, fresh (a build may move columns in its own copy)."""
    return {
        "Interventions": Table("Interventions", 5, [
            ("name", 5.6), ("desc", 6.4), ("pop", 5.0), ("patients", 2.4), ("cost", 2.6), ("total", 2.8),
            ("spend", 2.8), ("low", 2.8), ("high", 2.8), ("likely", 2.5), ("core20", 2.9),
            ("src_patients", 4.6), ("conf_patients", 2.9), ("src_cost", 4.6), ("conf_cost", 2.9),
            ("src_spend", 4.6), ("conf_spend", 2.9), ("src_likely", 4.6), ("conf_likely", 2.9),
            ("src_core20", 4.6), ("conf_core20", 3.0)]),
        "Scores": Table("Scores", 5, [("name", 5.6), ("bpp", 2.6)] + [(k, 3.45) for k in CRITERIA_SHOWN] +
                        [(f"used{j}", 1.2) for j in range(1, K + 1)]),
        "Value for money": Table("Value for money", 5, [
            ("name", 5.6), ("total", 2.7), ("benefit", 2.4), ("equity", 2.5), ("vfm", 2.5), ("rank", 1.5),
            ("order", 1.2)]),
        "Allocation": Table("Allocation", 10, [
            ("name", 5.6), ("rule", 2.5), ("total", 2.7), ("rank", 1.5), ("share", 2.2), ("funded", 2.7),
            ("status", 3.0), ("whole", 2.7), ("spend", 2.7), ("after", 2.9), ("change", 2.6), ("gain", 2.4),
            ("min", 1.2), ("max", 1.2)]),
        "Sensitivity": Table("Sensitivity", 39, [
            ("name", 5.6), ("blo", 2.4), ("bhi", 2.4), ("clo", 2.4), ("chi", 2.4), ("chance", 2.4),
            ("benefit_lo", 2.6), ("benefit_hi", 2.6), ("cost_lo", 2.8), ("cost_hi", 2.8), ("divisor", 2.8)]),
        "Checks": Table("Checks", 19, [
            ("name", 5.6), ("problems", 15.5), ("status", 1.8), ("row", 8.5), ("inuse", 1.2),
            ("p_iv", 1.2), ("p_sc", 1.2), ("p_more", 1.2)]),
    }


# Criteria and weights: a criterion a row, then the settings, then the
# stakeholder groups' swing weights (a criterion a row, a group a column from
# B). The weights and swings the STAR calls read (a criterion without a name
# left out; the groups' swings a group a row) are worked out in hidden
# columns from HELPER on.
CRIT_SHEET = "Criteria and weights"
CRIT_WIDTHS = [5.6, 4.6, 3.6, 3.6, 3.4, 3.4, 3.6, 3.0, 3.0]
CRIT_HEADER = 5
CRIT_FIRST = CRIT_HEADER + 1
CRIT_LAST = CRIT_FIRST + K - 1
SETTINGS = CRIT_LAST + 2                 # subtitle; scale low, high, equity weight below
GROUP_HEADER = SETTINGS + 6              # group names across, criteria down
GROUP_FIRST = GROUP_HEADER + 1
GROUP_LAST = GROUP_FIRST + K - 1
HELPER = 24                              # column Y
BUDGET_ROW = 5                           # Allocation: the budget in column B
SCREEN_WIDTH = 31.0                      # cm of columns in view at 100% on a 1366 x 768 screen
