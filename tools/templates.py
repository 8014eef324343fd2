#!/usr/bin/python3
# SPDX-License-Identifier: MPL-2.0
"""Writes the two STAR workbooks as flat ODF: the blank STAR workbook and the
Birmingham and Solihull maternity example.

This script is the single source of the workbooks. templates/*.fods are its
output, committed so that changes show as diffs; they are never edited by
hand. Regenerate them with scripts/templates.sh, which builds star.oxt,
starts headless LibreOffice with it and runs:

    templates.py PIPE OUTDIR

How the workbooks are built, and why:
 1. Every STAR call lives in a named expression (BenefitPerPatient, Benefit,
    Vfm, Allocation, ...), so formulas read like the method and the spare rows
    stay spare: an expression passes its empty results on to the next STAR
    call, where a cell reference would pass 0.
 2. Per-intervention cells are plain (not array) formulas
    =IF(INDEX(Vfm;k)="";"";INDEX(Vfm;k)): a spare row shows nothing and an
    array formula never pads a range with #N/A. Plain formula cells with a
    cell style also keep their last values when the workbook is opened
    without the extension (LibreOffice recalculates array formulas, and
    unstyled numeric formula cells, on load).
 3. Charts read fixed blocks of such cells; a row past the last point holds
    "", which an XY chart leaves out (and the TRIANGLES separator rows break
    the line).
 4. No macros: scroll bars are form controls bound to cells.
"""
import datetime
import sys
from pathlib import Path

import uno
from xml.sax.saxutils import escape
from com.sun.star.awt import Point, Rectangle, Size
from com.sun.star.beans import NamedValue
from com.sun.star.table import CellAddress, CellRangeAddress
from com.sun.star.util import CellProtection

sys.path.insert(0, str(Path(__file__).resolve().parent))
from uno_office import FILTERS, connect, desktop, prop, store  # noqa: E402

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


# ---------------------------------------------------------------- the content

class Content:
    """What differs between the blank workbook and the example."""
    title = "STAR workbook"
    example = False
    date = None
    criteria = [("Criterion 1", "", "", ""), ("Criterion 2", "", "", ""),
                ("Criterion 3", "", "", ""), ("Criterion 4", "", "", ""),
                ("Criterion 5", "", "", ""), ("Criterion 6", "", "", "")]
    agreed = [50] * K                  # swing weights 0-100
    groups = []                        # (group, [swings])
    scale = (0, 10)
    equity_weight = 1
    budget = None
    budget_max = 10_000_000
    interventions = []                 # dicts, see Example
    about = []


def A(value):
    """An assumed figure [A]: an example to replace with local data."""
    return ("A", value)


class Example(Content):
    title = "STAR example: Birmingham and Solihull maternity"
    example = True
    date = datetime.date(2025, 1, 31)
    criteria = [
        ("Safety and clinical outcomes", "Fewer deaths, injuries and serious incidents for women and babies",
         "No effect on safety or outcomes", "Large, well-evidenced improvement in outcomes"),
        ("Equity (Core20PLUS5)", "Reaches women in the most deprived 20% and groups with poorer access or outcomes",
         "Reaches no one in Core20PLUS5 groups", "Designed for and reaches Core20PLUS5 women first"),
        ("Experience and continuity", "Women's experience of care and continuity of the people caring for them",
         "No change in experience or continuity", "Women see the same small team throughout"),
        ("Choice and personalisation", "Real choice of place of birth and a personalised care plan",
         "No new choice", "Full choice of setting and a personalised plan for every woman"),
        ("Prevention and population health", "Prevents ill health: smoking, mental health, feeding, early pregnancy care",
         "No preventive effect", "Large effect on a major risk factor"),
        ("Feasibility and sustainability", "Workforce, estates and money to run it beyond the pilot",
         "Cannot be staffed or sustained", "Ready to run at scale within existing capacity"),
    ]
    agreed = [A(30), A(20), A(15), A(10), A(10), A(15)]
    groups = [("Clinicians", [40, 15, 10, 5, 10, 20]),
              ("Women and families", [20, 20, 25, 20, 5, 10]),
              ("Managers and commissioners", [30, 20, 10, 5, 15, 20])]
    equity_weight = A(1.5)
    budget = ("D", 2376678)
    budget_max = 5_000_000
    S_BUMP = "BUMP Early Adopter evaluation 2016-2019"
    S_STP = "BSol STP draft, October 2016"
    about = [
        "Birmingham and Solihull (BSol) Local Maternity and Neonatal System: population 1.3 million, about 18,500 "
        "births a year, two maternity providers over four hospital sites (Birmingham Women's, Heartlands, Good Hope, "
        "Solihull). Source: BUMP Early Adopter programme evaluation (Birmingham and Solihull United Maternity and "
        "Newborn Partnership, 2016-2019).",
        "Early Adopter funding £2,376,678 over 30 months, ended March 2019 (BUMP evaluation): used here as the budget.",
        "Infant mortality 7.1 per 1,000 live births in Birmingham, 4.9 in Solihull, 4 in England; 46% of people live in "
        "England's most deprived 10% of areas (BSol Sustainability and Transformation Plan, draft, October 2016).",
        "Source tags: [D] stated in one of those public sources; [C] arithmetic on stated figures; [A] an assumption "
        "for this example only. Orange cells are [A]: replace them with local data before using the results.",
        "The evaluation names a four-way trade-off: choice against efficient use of capacity, equality and safety "
        "(\"not possible to have all four fully achieved\"). Scenarios to try: a £1m disinvestment (budget "
        "£1,376,678); continuity at 35% (6,475 women); doubling the equity weight; a women's-priorities weighting; "
        "a safety-first weighting.",
    ]
    # name, description, population, patients, cost/patient, current, low, high, likelihood, core20,
    # sources (patients, cost, spend, likelihood, core20), scores, funding rule, uncertainty (b lo, b hi, c lo, c hi)
    interventions = [
        dict(name="Continuity of carer teams (targeted)",
             desc="Midwifery continuity of carer teams for Black, Asian and deprived women",
             pop="Black, Asian and deprived women booking in BSol",
             patients=("C", 3515), cost=A(400), spend=A(1_000_000), low=A(500_000), high=A(2_590_000),
             likely=A(0.7), core20=A(0.7),
             src=["C: 19% booked by 2019 [D] x 18,500 births [D]; 35% target [D] = 6,475",
                  "A: example cost; affordability the main barrier [D]",
                  "A: example; highest = 35% target x £400", "A: example", "A: example (targeted)"],
             conf=["High", "Low", "Low", "Medium", "Medium"],
             scores=A([6, 8, 8, 5, 5, 3]), rule="Open", unc=A([0.8, 1.2, 0.9, 1.3])),
        dict(name="Home birth team, system-wide",
             desc="Dedicated home birth team serving the whole system",
             pop="Women choosing home birth",
             patients=("D", 135), cost=A(1200), spend=A(162_000), low=A(81_000), high=A(243_000),
             likely=A(0.8), core20=A(0.15),
             src=["D: 2018 home births", "A: example; \"expensive\", small caseloads [D]",
                  "A: example", "A: example", "A: example"],
             conf=["High", "Low", "Low", "Medium", "Low"],
             scores=A([3, 2, 7, 9, 2, 3]), rule="Open", unc=A([0.8, 1.2, 0.9, 1.2])),
        dict(name="Midwife-led birth centres",
             desc="Keep and grow the midwife-led units",
             pop="Low-risk women",
             patients=("C", 1795), cost=A(150), spend=A(269_250), low=A(135_000), high=A(416_250),
             likely=A(0.8), core20=A(0.3),
             src=["C: 9.7% share [D] x 18,500; share fell from 11.1% [D]",
                  "A: example (STP: £1,461 per delivery [C])", "A: example; highest = 15% target share [D]",
                  "A: example", "A: example"],
             conf=["High", "Low", "Low", "Medium", "Low"],
             scores=A([4, 4, 7, 8, 3, 5]), rule="Open", unc=A([0.8, 1.2, 0.9, 1.2])),
        dict(name="Single electronic record and women's portal",
             desc="One maternity record across providers with a portal for women",
             pop="All women booking in BSol",
             patients=("D", 18500), cost=A(25), spend=A(300_000), low=A(300_000), high=A(462_500),
             likely=A(0.9), core20=A(0.5),
             src=["D: births a year; 57-77% of booked women used the portal monthly [D]",
                  "A: example", "A: example (contract)", "A: example",
                  "A: example; 46% live in England's most deprived 10% [D, STP]"],
             conf=["High", "Low", "Low", "High", "Medium"],
             scores=A([6, 3, 6, 7, 3, 9]), rule="Open", unc=A([0.7, 1.2, 0.9, 1.4])),
        dict(name="Digital single point of access",
             desc="One digital front door for referral and booking",
             pop="All women booking in BSol",
             patients=A(18500), cost=A(5), spend=A(50_000), low=A(25_000), high=A(92_500),
             likely=A(0.8), core20=A(0.5),
             src=["A: example; pilot 250+ referrals from 16 practices [D]", "A: example", "A: example",
                  "A: example", "A: example"],
             conf=["Medium", "Low", "Low", "Medium", "Medium"],
             scores=A([4, 4, 6, 7, 3, 7]), rule="Open", unc=A([0.7, 1.2, 0.8, 1.5])),
        dict(name="Link workers (language and digital access)",
             desc="Link workers helping women with language and digital access",
             pop="Women with little English or digital access",
             patients=A(500), cost=("C", 50), spend=A(25_000), low=A(0), high=A(50_000),
             likely=A(0.7), core20=A(0.6),
             src=["A: example; pilot too small [D]", "C: £25,000 [D] / 500 women [A]", "A: example",
                  "A: example", "A: example"],
             conf=["Low", "Medium", "Low", "Low", "Medium"],
             scores=A([3, 9, 6, 6, 4, 5]), rule="Open", unc=A([0.7, 1.3, 0.9, 1.2])),
        dict(name="Community hubs",
             desc="Antenatal and postnatal care in community hubs",
             pop="Women near the hubs",
             patients=A(1000), cost=A(120), spend=A(120_000), low=A(60_000), high=A(240_000),
             likely=A(0.7), core20=A(0.4),
             src=["A: example", "A: example", "A: example",
                  "A: example; not sited in areas of greatest need [D]", "A: example"],
             conf=["Low", "Low", "Low", "Low", "Low"],
             scores=A([3, 3, 6, 5, 4, 4]), rule="Open", unc=A([0.7, 1.2, 0.9, 1.3])),
        dict(name="Community perinatal mental health and peer support",
             desc="Specialist community perinatal mental health with peer support",
             pop="Women with moderate to severe perinatal mental illness",
             patients=A(600), cost=A(1500), spend=A(200_000), low=A(100_000), high=A(900_000),
             likely=A(0.75), core20=A(0.5),
             src=["A: example", "A: example", "A: example", "A: example", "A: example"],
             conf=["Low", "Low", "Low", "Medium", "Low"],
             scores=A([7, 7, 8, 4, 6, 6]), rule="Open", unc=A([0.8, 1.2, 0.9, 1.2])),
        dict(name="Smoking cessation in pregnancy",
             desc="CO monitoring at booking and support workers",
             pop="Pregnant women who smoke",
             patients=A(1500), cost=A(150), spend=A(150_000), low=A(75_000), high=A(225_000),
             likely=A(0.85), core20=A(0.6),
             src=["A: example; STP target 8% smoking in pregnancy [D]", "A: example", "A: example",
                  "A: example; \"area of greatest achievement\" [D]", "A: example"],
             conf=["Low", "Low", "Low", "High", "Medium"],
             scores=A([8, 7, 4, 2, 9, 7]), rule="Open", unc=A([0.8, 1.2, 0.9, 1.2])),
        dict(name="Volunteer doulas for vulnerable women",
             desc="Trained volunteer doulas for women facing disadvantage",
             pop="Vulnerable women",
             patients=A(200), cost=A(300), spend=A(0), low=A(0), high=A(60_000),
             likely=A(0.7), core20=A(0.7),
             src=["A: example", "A: example", "A: example (new service)", "A: example", "A: example"],
             conf=["Low", "Low", "Low", "Low", "Medium"],
             scores=A([4, 8, 7, 5, 4, 6]), rule="Open", unc=A([0.7, 1.3, 0.9, 1.2])),
        dict(name="Pathway for threatened birth before 27 weeks",
             desc="In-utero transfer and care pathway for threatened very preterm birth",
             pop="Women in threatened birth before 27 weeks",
             patients=A(50), cost=A(2000), spend=A(100_000), low=A(100_000), high=A(100_000),
             likely=A(0.9), core20=A(0.5),
             src=["A: example; implemented November 2019 [D]", "A: example", "A: example (kept as it is)",
                  "A: example", "A: example"],
             conf=["Low", "Low", "Low", "High", "Low"],
             scores=A([9, 5, 4, 1, 3, 6]), rule="Must fund", unc=A([0.9, 1.1, 0.9, 1.1])),
        dict(name="Enhanced postnatal and breastfeeding support",
             desc="More postnatal contacts and infant feeding support",
             pop="All women after birth",
             patients=("D", 18500), cost=A(40), spend=A(0), low=A(0), high=A(740_000),
             likely=A(0.8), core20=A(0.5),
             src=["D: births a year", "A: example", "A: example; no change made in the programme [D]",
                  "A: example", "A: example"],
             conf=["High", "Low", "Low", "Medium", "Medium"],
             scores=A([4, 6, 7, 5, 7, 5]), rule="Open", unc=A([0.8, 1.2, 0.9, 1.3])),
    ]


# ---------------------------------------------------------------- UNO helpers

def col_name(c):
    """0-based column number to letters."""
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def escape_attr(text):
    return escape(text, {'"': "&quot;", "'": "&apos;"})


def quoted(sheet):
    return "'" + sheet + "'" if " " in sheet else sheet


def absref(sheet, c1, r1, c2=None, r2=None):
    """An absolute reference in LibreOffice's own syntax; rows 1-based, columns 0-based."""
    s = f"${quoted(sheet)}.${col_name(c1)}${r1}"
    if c2 is not None:
        s += f":${col_name(c2)}${r2}"
    return s


class Book:
    def __init__(self, ctx, content):
        self.ctx = ctx
        self.c = content
        self.doc = desktop(ctx).loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                                     (prop("Hidden", True),))
        self.doc.lockControllers()
        self.doc.DocumentProperties.Title = content.title
        self.doc.enableAutomaticCalculation(False)
        sheets = self.doc.Sheets
        while sheets.Count > 1:
            sheets.removeByName(sheets.getByIndex(sheets.Count - 1).Name)
        sheets.getByIndex(0).Name = SHEETS[0]
        for i, name in enumerate(SHEETS[1:], 1):
            sheets.insertNewByName(name, i)
        self.formats = self.doc.NumberFormats
        self.locale = uno.createUnoStruct("com.sun.star.lang.Locale")
        self.locale.Language, self.locale.Country = "en", "GB"
        self.styles()
        self.freeze = {}
        self.scales = {}
        self.bars = []
        self.tall = []

    # -- styles
    def fmt(self, code):
        key = self.formats.queryKey(code, self.locale, False)
        return key if key != -1 else self.formats.addNew(code, self.locale)

    def styles(self):
        fam = self.doc.StyleFamilies.getByName("CellStyles")

        def make(name, parent="Default", **props):
            st = self.doc.createInstance("com.sun.star.style.CellStyle")
            fam.insertByName(name, st)
            st.ParentStyle = parent
            for k, v in props.items():
                setattr(st, k, v)
            return st

        locked = CellProtection(True, False, False, False)
        unlocked = CellProtection(False, False, False, False)
        # "STAR Blank" is how empty cells outside the tables look. Giving them a
        # style of their own keeps the explicit styles on calculated cells when
        # saved, so their values are kept for readers without the extension.
        make("STAR Blank", CellProtection=locked)
        make("STAR Title", CharHeight=16.0, CharWeight=150.0, CharColor=NAVY)
        make("STAR Subtitle", CharHeight=11.0, CharWeight=150.0, CharColor=NAVY)
        make("STAR Text", IsTextWrapped=True, VertJustify=1)
        make("STAR Note", CharPosture=uno.Enum("com.sun.star.awt.FontSlant", "ITALIC"),
             CharColor=GREY, IsTextWrapped=False)
        make("STAR Heading", CellBackColor=HEAD_FILL, CharColor=0xFFFFFF, CharWeight=150.0,
             IsTextWrapped=True, VertJustify=1)
        make("STAR Input", CellBackColor=INPUT_FILL, CellProtection=unlocked)
        make("STAR Input text", "STAR Input", IsTextWrapped=True)
        make("STAR Assumed", "STAR Input", CellBackColor=ASSUMED_FILL,
             CharPosture=uno.Enum("com.sun.star.awt.FontSlant", "ITALIC"))
        make("STAR Assumed text", "STAR Assumed", IsTextWrapped=True)
        make("STAR Calculated", CellBackColor=CALC_FILL, CellProtection=locked)
        make("STAR Calculated text", "STAR Calculated", IsTextWrapped=True)
        make("STAR Total", "STAR Calculated", CharWeight=150.0)
        make("STAR Funded", "STAR Calculated", CellBackColor=0xC6EFCE, CharColor=0x006100, CharWeight=150.0)
        make("STAR Partly funded", "STAR Calculated", CellBackColor=0xFFEB9C, CharColor=0x9C5700,
             CharWeight=150.0)
        make("STAR Not funded", "STAR Calculated", CellBackColor=0xE7E6E6, CharColor=0x595959)
        make("STAR OK", "STAR Calculated", CellBackColor=0xC6EFCE, CharColor=0x006100)
        make("STAR Fix", "STAR Calculated", CellBackColor=0xFFC7CE, CharColor=0x9C0006, CharWeight=150.0)

        pages = self.doc.StyleFamilies.getByName("PageStyles")
        page = self.doc.createInstance("com.sun.star.style.PageStyle")
        pages.insertByName("STAR A4 landscape", page)
        page.IsLandscape = True
        page.Width, page.Height = 29700, 21000
        for side in ("LeftMargin", "RightMargin"):
            setattr(page, side, 1200)
        page.TopMargin, page.BottomMargin = 1200, 1200
        page.ScaleToPagesX = 1
        page.ScaleToPagesY = 0
        page.CenterHorizontally = True
        page.HeaderIsOn = False
        page.FooterIsOn = True
        footer = page.RightPageFooterContent
        footer.CenterText.setString(self.c.title)
        page.RightPageFooterContent = footer

    # -- cells
    def sheet(self, name):
        return self.doc.Sheets.getByName(name)

    def cell(self, sh, c, r):
        return sh.getCellByPosition(c, r - 1)

    def rng(self, sh, c1, r1, c2, r2):
        return sh.getCellRangeByPosition(c1, r1 - 1, c2, r2 - 1)

    def put(self, sh, c, r, value, style=None, fmt=None):
        """value: number, text, '=formula', None, or ("A"/"C"/"D", value)."""
        tag = None
        if isinstance(value, tuple):
            tag, value = value
        cell = self.cell(sh, c, r)
        if value is None:
            pass
        elif isinstance(value, str) and value.startswith("="):
            cell.Formula = value
        elif isinstance(value, str):
            cell.String = value
        elif isinstance(value, datetime.date):
            cell.Value = (value - datetime.date(1899, 12, 30)).days
        else:
            cell.Value = value
        if tag == "A" and self.c.example:
            style = "STAR Assumed text" if isinstance(value, str) else "STAR Assumed"
        if style:
            cell.CellStyle = style
        if fmt:
            cell.NumberFormat = self.fmt(fmt)
        return cell

    def text(self, sh, c, r, value, style="STAR Text"):
        return self.put(sh, c, r, value, style)

    def style(self, sh, c1, r1, c2, r2, style, fmt=None):
        rg = self.rng(sh, c1, r1, c2, r2)
        rg.CellStyle = style
        if fmt:
            rg.NumberFormat = self.fmt(fmt)
        return rg

    def set_widths(self, sh, cm):
        cols = sh.Columns
        for i, w in enumerate(cm):
            cols.getByIndex(i).Width = int(w * 1000)

    def note(self, sh, c, r, text):
        sh.Annotations.insertNew(CellAddress(sh.RangeAddress.Sheet, c, r - 1), text)

    def name(self, name, content):
        self.doc.NamedRanges.addNewByName(name, content, CellAddress(0, 0, 0), 0)

    def validate(self, sh, c1, r1, c2, r2, kind, op=None, f1="", f2="", title="", message="", items=None):
        rg = self.rng(sh, c1, r1, c2, r2)
        v = rg.Validation
        v.Type = uno.Enum("com.sun.star.sheet.ValidationType", kind)
        if op:
            v.setOperator(uno.Enum("com.sun.star.sheet.ConditionOperator", op))
        if items:
            f1 = ";".join('"' + i + '"' for i in items)
            v.ShowList = 1
        v.setFormula1(str(f1))
        if f2 != "":
            v.setFormula2(str(f2))
        v.IgnoreBlankCells = True
        v.ShowInputMessage = True
        v.InputTitle = title
        v.InputMessage = message
        v.ShowErrorMessage = True
        v.ErrorTitle = title
        v.ErrorMessage = message
        v.ErrorAlertStyle = uno.Enum("com.sun.star.sheet.ValidationAlertStyle", "STOP")
        rg.Validation = v

    def colour_scale(self, sh, c1, r1, c2, r2, low_good=False):
        """A red-yellow-green colour scale. Setting one through the API takes the
        office down (LibreOffice 7.4), so it is written into the stored file."""
        red, yellow, green = "#f8696b", "#ffeb84", "#63be7b"
        lo, hi = (green, red) if low_good else (red, green)
        q = "'" + sh.Name + "'"
        target = f"{q}.{col_name(c1)}{r1}:{q}.{col_name(c2)}{r2}"
        self.scales.setdefault(sh.Name, []).append(
            f'<calcext:conditional-format calcext:target-range-address="{target}">'
            f'<calcext:color-scale>'
            f'<calcext:color-scale-entry calcext:value="0" calcext:type="minimum" calcext:color="{lo}"/>'
            f'<calcext:color-scale-entry calcext:value="50" calcext:type="percentile" calcext:color="{yellow}"/>'
            f'<calcext:color-scale-entry calcext:value="0" calcext:type="maximum" calcext:color="{hi}"/>'
            f'</calcext:color-scale></calcext:conditional-format>')

    def write_scales(self, path):
        text = Path(path).read_text(encoding="utf-8")
        for name, formats in self.scales.items():
            start = text.index(f'<table:table table:name="{escape_attr(name)}"')
            nxt = SHEETS.index(name) + 1
            if nxt < len(SHEETS):
                end = text.index(f'<table:table table:name="{escape_attr(SHEETS[nxt])}"', start)
            else:
                end = text.index("</office:spreadsheet>", start)
            close = text.rindex("</table:table>", start, end)
            block = "".join(formats)
            existing = text.rfind("</calcext:conditional-formats>", start, close)
            if existing != -1:
                text = text[:existing] + block + text[existing:]
            else:
                text = text[:close] + "<calcext:conditional-formats>" + block + \
                    "</calcext:conditional-formats>" + text[close:]
        Path(path).write_text(text, encoding="utf-8")

    def status_format(self, sh, c1, r1, c2, r2, rules):
        """rules: [(text, style)]: cells equal to text take style."""
        rg = self.rng(sh, c1, r1, c2, r2)
        entries = rg.ConditionalFormat
        for text, style in rules:
            value = text if isinstance(text, (int, float)) else '"' + text + '"'
            entries.addNew((prop("Operator", uno.Enum("com.sun.star.sheet.ConditionOperator", "EQUAL")),
                            prop("Formula1", str(value)), prop("StyleName", style)))
        rg.ConditionalFormat = entries

    def print_setup(self, sh, c2, r2, title_rows=None):
        sh.PageStyle = "STAR A4 landscape"
        sh.setPrintAreas((CellRangeAddress(sh.RangeAddress.Sheet, 0, 0, c2, r2 - 1),))
        if title_rows:
            sh.setTitleRows(CellRangeAddress(sh.RangeAddress.Sheet, 0, title_rows[0] - 1, 0, title_rows[1] - 1))
            sh.setPrintTitleRows(True)

    def blank_margin(self, sh, last_col, last_row):
        """Styles the cells right of and below a sheet's content as STAR Blank."""
        self.style(sh, 0, last_row + 1, last_col + 4, last_row + 90, "STAR Blank")

    def header_row(self, sh, r, headers, first_col=0):
        self.tall.append((sh.Name, r))
        for i, (text, note) in enumerate(headers):
            c = first_col + i
            self.put(sh, c, r, text, "STAR Heading")
            if note:
                self.note(sh, c, r, note)

    def legend(self, sh, r, c=0):
        self.put(sh, c, r, "Yellow: type here", "STAR Input")
        self.put(sh, c + 1, r, "Blue: calculated (protected)", "STAR Calculated")
        if self.c.example:
            self.put(sh, c + 2, r, "Orange: example assumption [A], replace", "STAR Assumed")

    def scroll_bar(self, *args):
        """A horizontal scroll bar over a cell, bound to another; added last
        (LibreOffice 7.4 can hang on saving when cells near a control change
        after it was added)."""
        self.bars.append(args)

    def add_scroll_bar(self, sh, bound, c, r, width_cm, lo, hi, step, block, name):
        dp = sh.DrawPage
        forms = dp.Forms
        if forms.Count == 0:
            forms.insertByName("Controls", self.doc.createInstance("com.sun.star.form.component.Form"))
        form = forms.getByIndex(0)
        model = self.doc.createInstance("com.sun.star.form.component.ScrollBar")
        model.Name = name
        model.ScrollValueMin = lo
        model.ScrollValueMax = hi
        model.LineIncrement = step
        model.BlockIncrement = block
        model.Orientation = 0
        model.HelpText = name
        form.insertByIndex(form.Count, model)
        shape = self.doc.createInstance("com.sun.star.drawing.ControlShape")
        cell = self.cell(sh, c, r)
        pos = cell.Position
        shape.Position = Point(pos.X + 50, pos.Y + 40)
        shape.Size = Size(int(width_cm * 1000), max(cell.Size.Height - 80, 350))
        shape.Control = model
        dp.add(shape)
        binding = self.doc.createInstanceWithArguments(
            "com.sun.star.table.CellValueBinding",
            (NamedValue("BoundCell", CellAddress(bound.RangeAddress.Sheet, bound.RangeAddress.StartColumn,
                                                 bound.RangeAddress.StartRow)),))
        model.setValueBinding(binding)

    # -- per-intervention formulas
    @staticmethod
    def per_row(expr, r, first, col=None):
        """Row r's element of a per-intervention expression. A row with no
        figures at all is left blank before any STAR call: a reader without
        the extension then also sees it blank."""
        k = f"ROW()-{first - 1}"
        ir = FIRST + r - first
        blank = f"COUNT($Interventions.$D${ir}:$K${ir};$Scores.$B${ir}:$G${ir})=0"
        at = f"INDEX({expr};{k})" if col is None else f"INDEX({expr};{k};{col})"
        return f'=IF({blank};"";IF({at}="";"";{at}))'

    def column(self, sh, c, first, expr, style="STAR Calculated", fmt=None, col=None):
        for i in range(ROWS):
            self.put(sh, c, first + i, self.per_row(expr, first + i, first, col))
        self.style(sh, c, first, c, first + ROWS - 1, style, fmt)

    def mirror(self, sh, c, first, src_sheet, src_col, src_first, style="STAR Calculated"):
        """Shows another sheet's column, blank where it is blank."""
        for i in range(ROWS):
            at = f"${quoted(src_sheet)}.${col_name(src_col)}${src_first + i}"
            self.put(sh, c, first + i, f'=IF({at}="";"";{at})')
        self.style(sh, c, first, c, first + ROWS - 1, style)

    # -- charts
    def chart(self, sh, name, c1, r1, c2, r2):
        p1 = self.cell(sh, c1, r1).Position
        p2 = self.cell(sh, c2, r2).Position
        sh.Charts.addNewByName(name, Rectangle(p1.X, p1.Y, p2.X - p1.X, p2.Y - p1.Y),
                               (CellRangeAddress(sh.RangeAddress.Sheet, 0, 0, 0, 0),), False, False)
        return sh.Charts.getByName(name).EmbeddedObject

    def seq(self, chart, rng, role):
        ds = chart.getDataProvider().createDataSequenceByRangeRepresentation(rng)
        ds.Role = role
        ls = self.ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.chart2.data.LabeledDataSequence", self.ctx)
        ls.setValues(ds)
        return ls

    def series(self, chart, xs, ys, label, color, width=50, symbols=False, dash=False, labels=False):
        ser = self.ctx.ServiceManager.createInstanceWithContext("com.sun.star.chart2.DataSeries", self.ctx)
        x = self.seq(chart, xs, "values-x")
        y = self.seq(chart, ys, "values-y")
        lab = chart.getDataProvider().createDataSequenceByRangeRepresentation(label)
        lab.Role = "label"
        y.setLabel(lab)
        ser.setData((x, y))
        ser.Color = color
        ser.LineWidth = width
        if dash:
            ser.LineStyle = uno.Enum("com.sun.star.drawing.LineStyle", "DASH")
            d = uno.createUnoStruct("com.sun.star.drawing.LineDash")
            d.Style = uno.Enum("com.sun.star.drawing.DashStyle", "RECT")
            d.Dots, d.DotLen, d.Dashes, d.DashLen, d.Distance = 0, 0, 1, 300, 200
            ser.LineDash = d
        sym = ser.Symbol
        if symbols:
            sym.Style = uno.Enum("com.sun.star.chart2.SymbolStyle", "STANDARD")
            sym.StandardSymbol = 0
            sym.Size = Size(180, 180)
            sym.FillColor = color
            sym.BorderColor = color
        else:
            sym.Style = uno.Enum("com.sun.star.chart2.SymbolStyle", "NONE")
        ser.Symbol = sym
        if labels:
            dpl = uno.createUnoStruct("com.sun.star.chart2.DataPointLabel")
            dpl.ShowCategoryName = True
            ser.Label = dpl
            ser.CharHeight = 7.0
            ser.LabelPlacement = 3       # TOP_LEFT: above the curve
        return ser

    def xy_chart(self, chart, series, categories, title, xtitle, ytitle, xfmt=MONEY, yfmt="#,##0"):
        tmpl = chart.getChartTypeManager().createInstance("com.sun.star.chart2.template.ScatterLineSymbol")
        diagram = chart.getFirstDiagram()
        tmpl.changeDiagram(diagram)
        ct = diagram.getCoordinateSystems()[0].getChartTypes()[0]
        ct.setDataSeries(tuple(series))
        if categories:
            axis = diagram.getCoordinateSystems()[0].getAxisByDimension(0, 0)
            sd = axis.getScaleData()
            sd.Categories = self.seq(chart, categories, "categories")
            axis.setScaleData(sd)
        diagram.MissingValueTreatment = 0    # leave a gap at a missing point
        self.titles(chart, title, xtitle, ytitle, xfmt, yfmt)

    def titles(self, chart, title, xtitle, ytitle, xfmt=None, yfmt=None):
        chart.Diagram.Wall.FillColor = 0xFFFFFF
        chart.HasMainTitle = True
        chart.Title.String = title
        chart.Title.CharHeight = 13.0
        chart.HasLegend = True
        chart.Legend.Alignment = uno.Enum("com.sun.star.chart.ChartLegendPosition", "BOTTOM")
        d = chart.Diagram
        d.HasXAxisTitle = True
        d.XAxisTitle.String = xtitle
        d.HasYAxisTitle = True
        d.YAxisTitle.String = ytitle
        if xfmt:
            d.XAxis.NumberFormat = self.chart_fmt(chart, xfmt)
            d.XAxis.LinkNumberFormatToSource = False
        if yfmt:
            d.YAxis.NumberFormat = self.chart_fmt(chart, yfmt)
            d.YAxis.LinkNumberFormatToSource = False

    def chart_fmt(self, chart, code):
        nf = chart.NumberFormats
        key = nf.queryKey(code, self.locale, False)
        return key if key != -1 else nf.addNew(code, self.locale)

    def finish(self, path):
        self.doc.enableAutomaticCalculation(True)
        self.doc.calculateAll()
        for name, r in self.tall:
            self.sheet(name).Rows.getByIndex(r - 1).OptimalHeight = True
        self.doc.unlockControllers()
        for bar in self.bars:
            self.add_scroll_bar(*bar)
        ctl = self.doc.CurrentController
        for sh_name in SHEETS:
            sh = self.sheet(sh_name)
            ctl.setActiveSheet(sh)
            if sh_name in self.freeze:
                c, r = self.freeze[sh_name]
                ctl.freezeAtPosition(c, r)
            ctl.select(self.cell(sh, 0, 1))
            sh.protect("")
        ctl.setActiveSheet(self.sheet("Guide"))
        try:
            self.doc.ApplyFormDesignMode = False
        except Exception:
            pass
        self.doc.calculateAll()
        store(self.doc, path, FILTERS[".fods"])
        self.doc.close(True)
        self.write_scales(path)


# ---------------------------------------------------------------- the sheets

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


def scores(b):
    c = b.c
    sh = b.sheet("Scores")
    nm = "Scores"
    b.put(sh, 0, 1, "Scores", "STAR Title")
    b.put(sh, 0, 2, "Score each intervention on each criterion, from the lowest to the highest score on the "
                    "scale (see Criteria and weights). Benefit per patient is their weighted average, 0-100.",
          "STAR Note")
    b.legend(sh, 3)
    b.put(sh, 0, FIRST - 1, "Intervention", "STAR Heading")
    for j in range(K):
        b.put(sh, 1 + j, FIRST - 1, f"=IF($'Criteria and weights'.$A${6 + j}=\"\";\"Criterion {j + 1}\";"
                                    f"$'Criteria and weights'.$A${6 + j})", "STAR Heading")
        b.note(sh, 1 + j, FIRST - 1, "Score on the scale set on Criteria and weights: see the anchors there for "
                                     "what the low and high ends mean.")
    b.put(sh, K + 1, FIRST - 1, "Benefit per patient (0-100)", "STAR Heading")
    b.note(sh, K + 1, FIRST - 1, "STAR.SCORE(Scores;Weights;ScaleLow;ScaleHigh): the weighted score on a 0-100 "
                                 "scale.")
    sh.Rows.getByIndex(FIRST - 2).Height = 1100
    b.set_widths(sh, [6.5] + [2.8] * K + [3.0])
    last = FIRST + ROWS - 1
    b.mirror(sh, 0, FIRST, "Interventions", 0, FIRST, "STAR Calculated text")
    b.style(sh, 1, FIRST, K, last, "STAR Input", "0")
    for i, iv in enumerate(c.interventions):
        tag, vals = iv["scores"]
        for j in range(K):
            b.put(sh, 1 + j, FIRST + i, (tag, vals[j]), None, "0")
    b.validate(sh, 1, FIRST, K, last, "DECIMAL", "BETWEEN", "MIN(ScaleLow;ScaleHigh)", "MAX(ScaleLow;ScaleHigh)",
               title="Score", message="A score on the scale set on Criteria and weights (e.g. 0 to 10).")
    b.name("Scores", absref(nm, 1, FIRST, K, last))
    b.name("BenefitPerPatient", "STAR.SCORE(Scores;Weights;ScaleLow;ScaleHigh)")
    b.column(sh, K + 1, FIRST, "BenefitPerPatient", fmt="0.0")
    b.freeze[nm] = (1, FIRST - 1)
    b.blank_margin(sh, K + 2, last)
    b.print_setup(sh, K + 1, last, (FIRST - 1, FIRST - 1))


def value_for_money(b):
    sh = b.sheet("Value for money")
    nm = "Value for money"
    b.put(sh, 0, 1, "Value for money", "STAR Title")
    b.put(sh, 0, 2, "Each triangle is one intervention: its width is its cost, its height its benefit, so the "
                    "steeper the triangle the better the value. Best value first; the red line is the budget.",
          "STAR Note")
    b.name("Benefit", "STAR.BENEFIT(Patients;BenefitPerPatient;Likelihood)")
    b.name("EquityBenefit", "STAR.EQUITY(Benefit;Core20Share;EquityWeight)")
    b.name("Vfm", "STAR.VFM(EquityBenefit;TotalCost)")
    b.name("VfmRank", "STAR.RANK(Vfm)")
    b.name("Curve", "STAR.CURVE(EquityBenefit;TotalCost)")
    b.name("Triangles", "STAR.TRIANGLES(EquityBenefit;TotalCost)")
    first = VFM_FIRST
    last = first + ROWS - 1
    heads = [("Intervention", None),
             ("Total cost £", "Patients a year x cost per patient."),
             ("Benefit per patient (0-100)", "STAR.SCORE: the weighted score."),
             ("Total benefit", "STAR.BENEFIT: patients x benefit per patient x likelihood of success."),
             ("Equity-weighted benefit", "STAR.EQUITY: total benefit with the part reaching the most deprived "
                                         "fifth counted at the equity weight."),
             ("Value for money (benefit per £1,000)", "STAR.VFM: equity-weighted benefit per £1,000."),
             ("Rank", "STAR.RANK: 1 = best value for money.")]
    b.header_row(sh, first - 1, heads)
    sh.Rows.getByIndex(first - 2).Height = 1100
    b.set_widths(sh, [6.5, 3.0, 3.0, 3.0, 3.2, 3.4, 2.0, 0.6, 4.5, 2.6, 2.6, 2.6, 2.6, 2.6, 2.6, 2.6])
    b.put(sh, 0, first - 3, "The table", "STAR Subtitle")
    b.mirror(sh, 0, first, "Interventions", 0, FIRST, "STAR Calculated text")
    for i in range(ROWS):
        r = first + i
        b.put(sh, 1, r, f"=IF($Interventions.$F${FIRST + i}=\"\";\"\";$Interventions.$F${FIRST + i})")
    b.style(sh, 1, first, 1, last, "STAR Calculated", MONEY)
    b.column(sh, 2, first, "BenefitPerPatient", fmt="0.0")
    b.column(sh, 3, first, "Benefit", fmt="#,##0")
    b.column(sh, 4, first, "EquityBenefit", fmt="#,##0")
    b.column(sh, 5, first, "Vfm", fmt="0.00")
    b.column(sh, 6, first, "VfmRank", fmt="0")
    b.colour_scale(sh, 5, first, 5, last)
    b.colour_scale(sh, 6, first, 6, last, low_good=True)
    b.put(sh, 0, last + 1, "Total", "STAR Total")
    for col, fmt in ((1, MONEY), (3, "#,##0"), (4, "#,##0")):
        L = col_name(col)
        b.put(sh, col, last + 1, f"=SUM({L}{first}:{L}{last})", "STAR Total", fmt)

    # Chart data: fixed blocks of cells, "" past the last point.
    cd = 8                      # column I
    b.put(sh, cd, first - 3, "Chart data (calculated)", "STAR Subtitle")
    b.header_row(sh, first - 1, [("Curve: label", "The intervention whose segment ends at this point."),
                                 ("Curve: cost £", "STAR.CURVE: cumulative cost."),
                                 ("Curve: benefit", "STAR.CURVE: cumulative equity-weighted benefit."),
                                 ("Triangles: cost £", "STAR.TRIANGLES"),
                                 ("Triangles: benefit", "STAR.TRIANGLES"),
                                 ("Budget: cost £", None), ("Budget: benefit", None)], cd)
    for i in range(ROWS + 1):
        r = first + i
        k = i + 1
        if i == 0:
            b.put(sh, cd, r, '=""')
        else:
            # the name where the triangle is big enough to carry it, else the number
            name = f"INDEX($A${first}:$A${last};MATCH({i};$Q${first}:$Q${last};0))"
            short = f'IF(LEN({name})>30;LEFT({name};28)&"…";{name})'
            big = (f"OR(J{r}-J{r - 1}>=0.06*MAX($J${first}:$J${first + ROWS});"
                   f"K{r}-K{r - 1}>=0.06*MAX($K${first}:$K${first + ROWS}))")
            b.put(sh, cd, r, f'=IFERROR(IF({big};"{i}. "&{short};"{i}");"")')
        for j, col in ((1, cd + 1), (2, cd + 2)):
            b.put(sh, col, r, f'=IF({k}>COUNT(TotalCost)+1;"";INDEX(Curve;{k};{j}))')
    tri_rows = 5 * ROWS
    for i in range(tri_rows):
        r = first + i
        k = i + 1
        for j, col in ((1, cd + 3), (2, cd + 4)):
            at = f"INDEX(Triangles;{k};{j})"
            if k % 5 == 0:      # the empty row that separates two triangles
                b.put(sh, col, r, '=""')
            else:
                b.put(sh, col, r, f'=IF({k}>5*COUNT(TotalCost);"";{at})')
    b.put(sh, cd + 5, first, "=Budget")
    b.put(sh, cd + 6, first, 0)
    b.put(sh, cd + 5, first + 1, "=Budget")
    b.put(sh, cd + 6, first + 1, f"=MAX(0;$K${first}:$K${first + ROWS})")
    # the order of value for money, ties in row order, as STAR.CURVE has it
    b.put(sh, cd + 8, first - 1, "Order", "STAR Heading")
    b.note(sh, cd + 8, first - 1, "Place in the order of value for money, ties in row order: as on the curve.")
    for i in range(ROWS):
        r = first + i
        b.put(sh, cd + 8, r, f'=IF(F{r}="";"";COUNTIF($F${first}:$F${last};">"&F{r})'
                             f'+COUNTIF($F${first}:F{r};F{r}))')
    b.style(sh, cd, first, cd, first + ROWS, "STAR Calculated text")
    b.style(sh, cd + 1, first, cd + 2, first + ROWS, "STAR Calculated", "#,##0")
    b.style(sh, cd + 3, first, cd + 4, first + tri_rows - 1, "STAR Calculated", "#,##0")
    b.style(sh, cd + 5, first, cd + 6, first + 1, "STAR Calculated", "#,##0")
    b.style(sh, cd + 8, first, cd + 8, last, "STAR Calculated", "0")
    for j, text in enumerate(["Benefit-cost curve", "Value triangles", "Budget"]):
        b.put(sh, 0, 60 + 5 * ROWS + j, text, "STAR Blank")

    chart = b.chart(sh, "ValueTriangles", 0, 3, 8, first - 4)
    lab = 60 + 5 * ROWS
    S = nm
    ser_tri = b.series(chart, absref(S, cd + 3, first, cd + 3, first + tri_rows - 1),
                       absref(S, cd + 4, first, cd + 4, first + tri_rows - 1), absref(S, 0, lab + 1),
                       0x2E75B6, width=60)
    ser_curve = b.series(chart, absref(S, cd + 1, first, cd + 1, first + ROWS),
                         absref(S, cd + 2, first, cd + 2, first + ROWS), absref(S, 0, lab),
                         0x1F4E79, width=35, symbols=True, labels=True)
    ser_budget = b.series(chart, absref(S, cd + 5, first, cd + 5, first + 1),
                          absref(S, cd + 6, first, cd + 6, first + 1), absref(S, 0, lab + 2),
                          0xC00000, width=50, dash=True)
    b.xy_chart(chart, [ser_tri, ser_curve, ser_budget], absref(S, cd, first, cd, first + ROWS),
               "Value triangles on the benefit-cost curve", "Cumulative cost, £ million a year",
               "Cumulative equity-weighted benefit", xfmt='"£"0.0,,"m"')
    b.freeze[nm] = (1, 0)
    b.blank_margin(sh, cd + 9, first + tri_rows)
    b.print_setup(sh, 6, last + 1, (first - 1, first - 1))


def allocation(b):
    c = b.c
    sh = b.sheet("Allocation")
    nm = "Allocation"
    b.set_widths(sh, [6.5, 2.8, 2.8, 2.4, 1.5, 2.4, 2.8, 2.6, 3.0, 2.8, 2.8, 2.8, 2.8, 0.6, 2.5, 2.5, 2.5, 2.5])
    b.put(sh, 0, 1, "Allocation", "STAR Title")
    b.put(sh, 0, ALLOC_FIRST - 2, "By intervention", "STAR Subtitle")
    b.put(sh, 0, 2, "The best use of the budget, and a budget-neutral move of current spend towards better "
                    "value for money. Drag the scroll bar to change the budget.", "STAR Note")
    b.legend(sh, 3)
    b.put(sh, 0, 5, "Budget £ a year", "STAR Text")
    b.put(sh, 1, 5, c.budget, "STAR Input", MONEY)
    b.note(sh, 1, 5, "The money to allocate, in pounds a year, 0 or more. It must cover the interventions marked "
                     "Must fund." + (" Here: the Early Adopter funding, £2,376,678 [D, BUMP evaluation]."
                                     if c.example else ""))
    b.validate(sh, 1, 5, 1, 5, "DECIMAL", "GREATER_EQUAL", 0, title="Budget",
               message="Pounds a year, 0 or more.")
    b.name("Budget", absref(nm, 1, 5))
    b.scroll_bar(sh, b.cell(sh, 1, 5), 0, 6, 9.0, 0, c.budget_max, 10_000, 100_000, "Budget")
    rows = [("Must-fund spend £", "=SUMPRODUCT(MinShare;TotalCost)", MONEY),
            ("Spend, best shares £", "=SUMPRODUCT(Allocation;TotalCost)", MONEY),
            ("Benefit, best shares", "=SUMPRODUCT(Allocation;EquityBenefit)", "#,##0"),
            ("Spend, whole interventions £", "=SUMPRODUCT(WholeAllocation;TotalCost)", MONEY),
            ("Benefit, whole interventions", "=SUMPRODUCT(WholeAllocation;EquityBenefit)", "#,##0"),
            ("Current spend £", "=SUM(CurrentSpend)", MONEY),
            ("Benefit added by reallocating it", "=STAR.GAIN(EquityBenefit;TotalCost;NewSpend;CurrentSpend)",
             "#,##0")]
    b.put(sh, 0, 8, "Summary", "STAR Subtitle")
    for i, (label, f, fm) in enumerate(rows):
        b.put(sh, 0, 9 + i, label, "STAR Text")
        b.put(sh, 1, 9 + i, f, "STAR Total", fm)
    b.note(sh, 1, 15, "STAR.GAIN: the benefit the budget-neutral reallocation adds, benefit taken in proportion "
                      "to spend.")

    first = ALLOC_FIRST
    last = first + ROWS - 1
    heads = [("Intervention", None),
             ("Funding rule", "Open: the allocation decides. Must fund: always fully funded. Exclude: never "
                              "funded."),
             ("Total cost £", "Cost of funding it fully."),
             ("Value for money", "Benefit per £1,000 (Value for money sheet)."),
             ("Rank", "1 = best value for money."),
             ("Best share funded", "STAR.ALLOCATE: the share of each intervention to fund that gives most benefit "
                                   "within the budget."),
             ("Funded £ (best shares)", "Share x total cost."),
             ("Whole: funded?", "STAR.ALLOCATE with whole = TRUE: 1 = fund it all, 0 = not at all (exact "
                                "optimum)."),
             ("Status", "Funded, partly funded or not funded, by the best shares."),
             ("Current spend £", "From Interventions."),
             ("Spend after reallocation £", "STAR.REALLOCATE: money moves from the lowest value for money "
                                            "(down to its lowest spend) to the highest (up to its highest), "
                                            "total unchanged."),
             ("Change £", "Spend after reallocation minus current spend."),
             ("Benefit added", "(Change x benefit per pound)."),
             ]
    b.header_row(sh, first - 1, heads)
    b.put(sh, 14, first - 1, "Lowest share", "STAR Heading")
    b.put(sh, 15, first - 1, "Highest share", "STAR Heading")
    b.note(sh, 14, first - 1, "From the funding rule: 1 if Must fund, else 0.")
    b.note(sh, 15, first - 1, "From the funding rule: 0 if Exclude, else 1.")
    sh.Rows.getByIndex(first - 2).Height = 1100
    b.mirror(sh, 0, first, "Interventions", 0, FIRST, "STAR Calculated text")
    b.style(sh, 1, first, 1, last, "STAR Input")
    b.validate(sh, 1, first, 1, last, "LIST", items=RULES, title="Funding rule",
               message="Open, Must fund or Exclude. Blank means Open.")
    for i, iv in enumerate(c.interventions):
        b.put(sh, 1, first + i, ("A", iv["rule"]))
    for i in range(ROWS):
        r = first + i
        ir = FIRST + i
        tc = f"$Interventions.$F${ir}"
        b.put(sh, 2, r, f'=IF({tc}="";"";{tc})')
        vf = f"$'Value for money'.$F${VFM_FIRST + i}"
        rk = f"$'Value for money'.$G${VFM_FIRST + i}"
        b.put(sh, 3, r, f'=IF({vf}="";"";{vf})')
        b.put(sh, 4, r, f'=IF({rk}="";"";{rk})')
        b.put(sh, 6, r, f'=IF(F{r}="";"";F{r}*C{r})')
        b.put(sh, 8, r, f'=IF(F{r}="";"";IF(F{r}>=1-1E-9;"Funded";IF(F{r}>1E-9;"Partly funded";"Not funded")))')
        b.put(sh, 9, r, f'=IF($Interventions.$G${ir}="";"";$Interventions.$G${ir})')
        b.put(sh, 11, r, f'=IF(K{r}="";"";K{r}-J{r})')
        b.put(sh, 12, r, f'=IF(L{r}="";"";L{r}*$\'Value for money\'.$E${VFM_FIRST + i}/C{r})')
        b.put(sh, 14, r, f'=IF(C{r}="";"";IF(B{r}="Must fund";1;0))')
        b.put(sh, 15, r, f'=IF(C{r}="";"";IF(B{r}="Exclude";0;1))')
    b.name("MinShare", absref(nm, 14, first, 14, last))
    b.name("MaxShare", absref(nm, 15, first, 15, last))
    b.name("Allocation", "STAR.ALLOCATE(EquityBenefit;TotalCost;Budget;FALSE();MinShare;MaxShare)")
    b.name("WholeAllocation", "STAR.ALLOCATE(EquityBenefit;TotalCost;Budget;TRUE();MinShare;MaxShare)")
    b.name("NewSpend", "STAR.REALLOCATE(EquityBenefit;TotalCost;CurrentSpend;LowSpend;HighSpend)")
    b.column(sh, 5, first, "Allocation", fmt="0%")
    b.column(sh, 7, first, "WholeAllocation", fmt='"Yes";"Yes";"No"')
    b.column(sh, 10, first, "NewSpend", fmt=MONEY)
    b.style(sh, 2, first, 2, last, "STAR Calculated", MONEY)
    b.style(sh, 3, first, 3, last, "STAR Calculated", "0.00")
    b.style(sh, 4, first, 4, last, "STAR Calculated", "0")
    b.style(sh, 6, first, 6, last, "STAR Calculated", MONEY)
    b.style(sh, 8, first, 8, last, "STAR Calculated")
    b.style(sh, 9, first, 9, last, "STAR Calculated", MONEY)
    b.style(sh, 11, first, 11, last, "STAR Calculated", MONEY_SIGNED)
    b.style(sh, 12, first, 12, last, "STAR Calculated", "#,##0;[RED]-#,##0")
    b.style(sh, 14, first, 15, last, "STAR Calculated", "0")
    b.status_format(sh, 8, first, 8, last, [("Funded", "STAR Funded"), ("Partly funded", "STAR Partly funded"),
                                            ("Not funded", "STAR Not funded")])
    b.status_format(sh, 7, first, 7, last, [(1, "STAR Funded"), (0, "STAR Not funded")])

    # Chart: spend before and after, as bars drawn on an XY chart in the order
    # of value for money, so that spare rows take no room.
    cd = 17                     # column R
    b.put(sh, cd, first - 3, "Chart data (calculated)", "STAR Subtitle")
    b.header_row(sh, first - 1, [("Label", None), ("Place", None), ("Current £", None), ("Place", None),
                                 ("Best shares £", None), ("Place", None), ("After reallocation £", None)], cd)
    b.set_widths(sh, [6.5, 2.8, 2.8, 2.4, 1.5, 2.4, 2.8, 2.6, 3.0, 2.8, 2.8, 2.8, 2.8, 0.6, 2.5, 2.5, 0.6,
                      5.0, 1.6, 2.4, 1.6, 2.4, 1.6, 2.4])
    vfm_sheet = "$'Value for money'"
    for k in range(1, ROWS + 1):
        r = first + k - 1
        # which row is k-th in value-for-money order
        row_of = f"MATCH({k};{vfm_sheet}.$Q${VFM_FIRST}:$Q${VFM_FIRST + ROWS - 1};0)"
        b.put(sh, cd, r, f'=IFERROR(INDEX($A${first}:$A${last};{row_of});"")')
    # bars: 3 rows per intervention (foot, top, gap)
    for k in range(1, ROWS + 1):
        base = first + 3 * (k - 1)
        row_of = f"MATCH({k};{vfm_sheet}.$Q${VFM_FIRST}:$Q${VFM_FIRST + ROWS - 1};0)"
        for j, (src, off) in enumerate(((f"$J${first}:$J${last}", -0.22), (f"$G${first}:$G${last}", 0.0),
                                        (f"$K${first}:$K${last}", 0.22))):
            xc, yc = cd + 1 + 2 * j, cd + 2 + 2 * j
            present = f"ISNUMBER({row_of})"
            b.put(sh, xc, base, f'=IF({present};{k}{off:+};"")')
            b.put(sh, yc, base, f'=IF({present};0;"")')
            b.put(sh, xc, base + 1, f'=IF({present};{k}{off:+};"")')
            b.put(sh, yc, base + 1, f'=IF({present};INDEX({src};{row_of});"")')
            b.put(sh, xc, base + 2, '=""')
            b.put(sh, yc, base + 2, '=""')
    bars = 3 * ROWS
    b.style(sh, cd, first, cd, last, "STAR Calculated text")
    b.style(sh, cd + 1, first, cd + 6, first + bars - 1, "STAR Calculated", "#,##0.##")
    for j, text in enumerate(["Current spend", "Best shares", "After reallocation"]):
        b.put(sh, cd, first + bars + 2 + j, text, "STAR Blank")
    lab = first + bars + 2
    chart = b.chart(sh, "Spend", 3, 4, 13, first - 3)
    S = nm
    colours = [0xA5A5A5, 0x2E75B6, 0x70AD47]
    series = []
    for j in range(3):
        xc, yc = cd + 1 + 2 * j, cd + 2 + 2 * j
        series.append(b.series(chart, absref(S, xc, first, xc, first + bars - 1),
                               absref(S, yc, first, yc, first + bars - 1), absref(S, cd, lab + j),
                               colours[j], width=400))
    b.xy_chart(chart, series, None, "Spend before and after, in order of value for money",
               "Interventions by value-for-money rank (the Rank column below)",
               "£ thousand a year", xfmt="0", yfmt='"£"#,##0,"k"')
    b.freeze[nm] = (1, 0)
    b.blank_margin(sh, cd + 7, first + bars + 5)
    b.print_setup(sh, 15, last, (first - 1, first - 1))


def sensitivity(b):
    c = b.c
    sh = b.sheet("Sensitivity")
    nm = "Sensitivity"
    b.set_widths(sh, [6.5, 2.8, 2.8, 2.8, 2.8, 2.8, 2.8, 2.8, 2.8, 2.8, 0.6, 4.0, 2.6, 2.6, 2.6])
    b.put(sh, 0, 1, "Sensitivity", "STAR Title")
    b.put(sh, 0, 2, "How firm are the results? Weight stability, agreement between stakeholder groups, and the "
                    "chance each intervention is funded when benefits and costs are uncertain.", "STAR Note")
    b.legend(sh, 3)
    # weight stability, one row per criterion
    b.put(sh, 0, 5, "Weight stability", "STAR Subtitle")
    b.note(sh, 0, 5, "The ranking by value for money stays as it is while a criterion's weight stays between "
                     "the lowest and highest share (the other weights scaled in proportion): STAR.STABILITY.")
    b.header_row(sh, 6, [("Criterion", None), ("Weight share now", None),
                         ("Lowest share", "STAR.STABILITY: the lowest share of all weights at which the ranking "
                                          "stays the same."),
                         ("Highest share", "STAR.STABILITY: the highest share.")])
    b.name("Stability", "STAR.STABILITY(Scores;Weights;CostPerUnitScore;ScaleLow;ScaleHigh)")
    for j in range(K):
        r = 7 + j
        b.put(sh, 0, r, f"=IF($'Criteria and weights'.$A${6 + j}=\"\";\"Criterion {j + 1}\";"
                        f"$'Criteria and weights'.$A${6 + j})", "STAR Calculated text")
        b.put(sh, 1, r, f"=INDEX(WeightShares;{j + 1})", "STAR Calculated", "0%")
        b.put(sh, 2, r, f'=IF(COUNT(Patients)=0;"";INDEX(Stability;{j + 1};1))', "STAR Calculated", "0%")
        b.put(sh, 3, r, f'=IF(COUNT(Patients)=0;"";INDEX(Stability;{j + 1};2))', "STAR Calculated", "0%")
    # agreement
    b.put(sh, 0, 14, "Agreement between stakeholder groups", "STAR Subtitle")
    b.note(sh, 0, 14, "STAR.AGREE: Kendall's tau-b between the value-for-money orders each pair of groups' weights "
                      "give: 1 = same order, 0 = unrelated, -1 = reversed.")
    b.put(sh, 0, 15, "Group", "STAR Heading")
    for g in range(1, 6):
        b.put(sh, g, 15, f'=IF(INDEX(Groups;{g})="";"Group {g}";INDEX(Groups;{g}))', "STAR Heading")
        b.put(sh, 0, 15 + g, f'=IF(INDEX(Groups;{g})="";"Group {g}";INDEX(Groups;{g}))', "STAR Calculated text")
    for g in range(1, 6):
        sw = f"$'Criteria and weights'.$B${20 + g}:$G${20 + g}"
        b.name(f"GroupVfm{g}", f"STAR.VFM(STAR.EQUITY(STAR.BENEFIT(Patients;STAR.SCORE(Scores;{sw};ScaleLow;"
                               f"ScaleHigh);Likelihood);Core20Share;EquityWeight);TotalCost)")
    for g in range(1, 6):
        for h in range(1, 6):
            ok = (f"AND(COUNT($'Criteria and weights'.$B${20 + g}:$G${20 + g})>0;"
                  f"COUNT($'Criteria and weights'.$B${20 + h}:$G${20 + h})>0;COUNT(Patients)>1)")
            b.put(sh, h, 15 + g, f'=IF({ok};STAR.AGREE(GroupVfm{g};GroupVfm{h});"")', "STAR Calculated", "0.00")
    # PSA per intervention
    first = SENS_FIRST
    last = first + ROWS - 1
    b.put(sh, 0, first - 3, "Chance of being funded when benefit and cost are uncertain", "STAR Subtitle")
    b.note(sh, 0, first - 3, "STAR.PSA: 500 draws, each benefit and cost drawn from a triangular distribution "
                             "between its low and high factor; the share of draws in which the whole intervention "
                             "is funded within the budget. Must fund / Exclude rules are not applied here.")
    heads = [("Intervention", None),
             ("Benefit: low factor", "The lowest plausible benefit as a share of the estimate, e.g. 0.8."),
             ("Benefit: high factor", "The highest plausible benefit as a share of the estimate, e.g. 1.2."),
             ("Cost: low factor", "The lowest plausible cost as a share of the estimate, e.g. 0.9."),
             ("Cost: high factor", "The highest plausible cost as a share of the estimate, e.g. 1.3."),
             ("Benefit low", "Equity-weighted benefit x low factor."),
             ("Benefit high", "Equity-weighted benefit x high factor."),
             ("Cost low £", "Total cost x low factor."),
             ("Cost high £", "Total cost x high factor."),
             ("Chance funded", "STAR.PSA: the share of 500 draws in which the whole intervention is funded.")]
    b.header_row(sh, first - 1, heads)
    sh.Rows.getByIndex(first - 2).Height = 1100
    b.mirror(sh, 0, first, "Interventions", 0, FIRST, "STAR Calculated text")
    b.style(sh, 1, first, 4, last, "STAR Input", "0.00")
    b.validate(sh, 1, first, 1, last, "DECIMAL", "BETWEEN", 0, 1, title="Low factor",
               message="From 0 to 1: the lowest plausible value as a share of the estimate.")
    b.validate(sh, 3, first, 3, last, "DECIMAL", "BETWEEN", 0.01, 1, title="Low factor",
               message="More than 0 and up to 1: the lowest plausible cost as a share of the estimate.")
    b.validate(sh, 2, first, 2, last, "DECIMAL", "GREATER_EQUAL", 1, title="High factor",
               message="1 or more: the highest plausible value as a share of the estimate.")
    b.validate(sh, 4, first, 4, last, "DECIMAL", "GREATER_EQUAL", 1, title="High factor",
               message="1 or more: the highest plausible cost as a share of the estimate.")
    for i, iv in enumerate(c.interventions):
        tag, u = iv["unc"]
        for j in range(4):
            b.put(sh, 1 + j, first + i, (tag, u[j]), None, "0.00")
    for i in range(ROWS):
        r = first + i
        eb = f"$'Value for money'.$E${VFM_FIRST + i}"
        tc = f"$Interventions.$F${FIRST + i}"
        b.put(sh, 5, r, f'=IF(OR({eb}="";B{r}="");"";{eb}*B{r})')
        b.put(sh, 6, r, f'=IF(OR({eb}="";C{r}="");"";{eb}*C{r})')
        b.put(sh, 7, r, f'=IF(OR({tc}="";D{r}="");"";{tc}*D{r})')
        b.put(sh, 8, r, f'=IF(OR({tc}="";E{r}="");"";{tc}*E{r})')
    b.style(sh, 5, first, 6, last, "STAR Calculated", "#,##0")
    b.style(sh, 7, first, 8, last, "STAR Calculated", MONEY)
    b.name("BenefitLow", absref(nm, 5, first, 5, last))
    b.name("BenefitHigh", absref(nm, 6, first, 6, last))
    b.name("CostLow", absref(nm, 7, first, 7, last))
    b.name("CostHigh", absref(nm, 8, first, 8, last))
    b.name("ChanceFunded", "STAR.PSA(EquityBenefit;BenefitLow;BenefitHigh;TotalCost;CostLow;CostHigh;Budget;"
                           "500;1;TRUE())")
    b.column(sh, 9, first, "ChanceFunded", fmt="0%")
    b.colour_scale(sh, 9, first, 9, last)
    # the divisor that makes STAR.SCORE / divisor order like value for money
    dc = 11
    b.put(sh, dc, first - 1, "Cost per unit of score £", "STAR Heading")
    b.note(sh, dc, first - 1, "Cost per patient / (likelihood x equity factor): dividing the benefit per patient "
                              "by it orders interventions as value for money does (for STAR.STABILITY).")
    for i in range(ROWS):
        r = first + i
        ir = FIRST + i
        b.put(sh, dc, r, f'=IF(OR($Interventions.$E${ir}="";$Interventions.$J${ir}="";$Interventions.$K${ir}="");'
                         f'"";$Interventions.$E${ir}/($Interventions.$J${ir}*(1+(EquityWeight-1)*'
                         f'$Interventions.$K${ir})))')
    b.style(sh, dc, first, dc, last, "STAR Calculated", "#,##0.00")
    b.name("CostPerUnitScore", absref(nm, dc, first, dc, last))

    # chart: weight stability
    chart = b.chart(sh, "Stability", 7, 5, 15, SENS_FIRST - 4)
    tmpl = chart.getChartTypeManager().createInstance("com.sun.star.chart2.template.Column")
    diagram = chart.getFirstDiagram()
    tmpl.changeDiagram(diagram)
    ct = diagram.getCoordinateSystems()[0].getChartTypes()[0]
    ser = []
    for j, (col, colour) in enumerate(((2, 0xBDD7EE), (1, 0x1F4E79), (3, 0x9DC3E6))):
        s = b.ctx.ServiceManager.createInstanceWithContext("com.sun.star.chart2.DataSeries", b.ctx)
        y = b.seq(chart, absref(nm, col, 7, col, 12), "values-y")
        lab = chart.getDataProvider().createDataSequenceByRangeRepresentation(absref(nm, col, 6))
        lab.Role = "label"
        y.setLabel(lab)
        s.setData((y,))
        s.Color = colour
        ser.append(s)
    ct.setDataSeries(tuple(ser))
    axis = diagram.getCoordinateSystems()[0].getAxisByDimension(0, 0)
    sd = axis.getScaleData()
    sd.Categories = b.seq(chart, absref(nm, 0, 7, 0, 12), "categories")
    axis.setScaleData(sd)
    b.titles(chart, "How far each weight can move before the ranking changes", "Criterion",
             "Share of all weights", None, "0%")
    chart.Diagram.XAxis.TextBreak = True          # wrap the criteria names, do not tilt them
    chart.Diagram.XAxis.TextRotation = 0
    chart.Diagram.YAxis.AutoMax = False
    chart.Diagram.YAxis.Max = 1.0
    chart.Diagram.YAxis.AutoMin = False
    chart.Diagram.YAxis.Min = 0.0
    b.freeze[nm] = (1, 0)
    b.blank_margin(sh, dc + 1, last)
    b.print_setup(sh, 15, last, None)


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


def build(ctx, content, path):
    b = Book(ctx, content)
    interventions(b)
    criteria(b)
    scores(b)
    value_for_money(b)
    allocation(b)
    sensitivity(b)
    checks(b)
    guide(b)
    b.finish(path)


def main():
    pipe, outdir = sys.argv[1], Path(sys.argv[2])
    ctx = connect(pipe)
    build(ctx, Content(), outdir / "star-workbook.fods")
    build(ctx, Example(), outdir / "bsol-maternity.fods")


if __name__ == "__main__":
    main()
