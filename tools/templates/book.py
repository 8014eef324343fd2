# SPDX-License-Identifier: MPL-2.0
"""The workbook helper: a LibreOffice Calc document driven over UNO, with the
STAR cell styles, named expressions, validity, notes, conditional formats,
charts, scroll bars, print set-up and the flat ODF it is stored as."""
import datetime
from pathlib import Path

import uno
from xml.sax.saxutils import escape
from com.sun.star.awt import Point, Rectangle, Size
from com.sun.star.beans import NamedValue
from com.sun.star.table import CellAddress, CellRangeAddress
from com.sun.star.util import CellProtection

from uno_office import FILTERS, desktop, prop, store

from .layout import FIRST, GREY, HEAD_FILL, INPUT_FILL, CALC_FILL, ASSUMED_FILL, MONEY, NAVY, ROWS, SHEETS


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
