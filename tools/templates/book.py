# SPDX-License-Identifier: MPL-2.0
"""The workbook helper: a LibreOffice Calc document driven over UNO, with the
STAR cell styles, named expressions, validity, notes, conditional formats,
charts, scroll bars, frozen panes, print set-up and the flat ODF it is stored
as."""
import datetime
from pathlib import Path

import uno
from xml.sax.saxutils import escape
from com.sun.star.awt import Point, Rectangle, Size
from com.sun.star.beans import NamedValue
from com.sun.star.table import CellAddress, CellRangeAddress
from com.sun.star.util import CellProtection

from uno_office import FILTERS, desktop, prop, store

from .layout import (ASSUMED_FILL, CALC_FILL, GREY, HEAD_FILL, INPUT_FILL, ITEM, NAVY, SCREEN_WIDTH, SHEETS,
                     absref, col_name, tables)

SPARE = f"NOT(INDEX(InUse;{ITEM}))"   # a row not in use
CENTER = uno.Enum("com.sun.star.table.CellHoriJustify", "CENTER")
# com.sun.star.chart.DataLabelPlacement
TOP, RIGHT = 2, 8
HEADING_SLACK = 450  # 1/100 mm: a line more for a heading row
# Merged cells' rows have fixed heights (Calc's optimal height leaves merged
# cells out), measured here: with the width a bit narrower than the cells, so
# that another LibreOffice or a wider font, which breaks the lines sooner,
# still finds the lines it needs.
FIT_WIDTH = 0.85
PRINT_SCALE = 80     # per cent: 10 pt cell text prints at 8 pt
PRINT_WIDTH = 27.3   # cm across an A4 landscape page inside its margins
PRINT_HEIGHT = 17.4  # cm down it, inside the margins, header and footer


def escape_attr(text):
    return escape(text, {'"': "&quot;", "'": "&apos;"})


class Book:
    def __init__(self, ctx, content, maps=None):
        self.ctx = ctx
        self.c = content
        self.t = maps or tables()
        # Not hidden: only a document with a view stores its view settings
        # (frozen panes, the sheet it opens on). Headless, nothing is shown.
        self.doc = desktop(ctx).loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                                     (prop("Hidden", False),))
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
        self.fits = []          # (sheet, row, c1, c2): merged wrapped text to fit
        self.min_heights = []   # (sheet, first row, last row, height): rows at least so tall
        self.heading_rows = set()   # (sheet, row): a table's headings
        for table in self.t.values():
            self.item_name(table)

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
        italic = uno.Enum("com.sun.star.awt.FontSlant", "ITALIC")
        top = 1    # VertJustify TOP
        # "STAR Blank" is how empty cells outside the tables look. Giving them a
        # style of their own keeps the explicit styles on calculated cells when
        # saved, so their values are kept for readers without the extension.
        make("STAR Blank", CellProtection=locked)
        make("STAR Title", CharHeight=16.0, CharWeight=150.0, CharColor=NAVY)
        make("STAR Subtitle", CharHeight=11.0, CharWeight=150.0, CharColor=NAVY)
        make("STAR Text", IsTextWrapped=True, VertJustify=top)
        make("STAR Note", CharPosture=italic, CharColor=GREY, IsTextWrapped=True, VertJustify=top)
        make("STAR Heading", CellBackColor=HEAD_FILL, CharColor=0xFFFFFF, CharWeight=150.0,
             IsTextWrapped=True, VertJustify=top)
        make("STAR Unused heading", "STAR Heading", CellBackColor=0xA6A6A6)
        make("STAR Input", CellBackColor=INPUT_FILL, CellProtection=unlocked, VertJustify=top)
        make("STAR Input text", "STAR Input", IsTextWrapped=True)
        make("STAR Assumed", "STAR Input", CellBackColor=ASSUMED_FILL, CharPosture=italic)
        make("STAR Assumed text", "STAR Assumed", IsTextWrapped=True)
        make("STAR Calculated", CellBackColor=CALC_FILL, CellProtection=locked, VertJustify=top)
        make("STAR Calculated text", "STAR Calculated", IsTextWrapped=True)
        make("STAR Total", "STAR Calculated", CharWeight=150.0)
        make("STAR Total text", "STAR Total", IsTextWrapped=True)
        make("STAR Funded", "STAR Calculated", CellBackColor=0xC6EFCE, CharColor=0x006100, CharWeight=150.0)
        make("STAR Partly funded", "STAR Calculated", CellBackColor=0xFFEB9C, CharColor=0x9C5700,
             CharWeight=150.0)
        make("STAR Not funded", "STAR Calculated", CellBackColor=0xE7E6E6, CharColor=0x595959)
        make("STAR OK", "STAR Calculated text", CellBackColor=0xC6EFCE, CharColor=0x006100)
        make("STAR Fix", "STAR Calculated text", CellBackColor=0xFFC7CE, CharColor=0x9C0006, CharWeight=150.0)
        make("STAR Spare", CellBackColor=0xFFFFFF)   # a calculated row not in use: prints as nothing
        make("STAR Helper", CellBackColor=CALC_FILL, CellProtection=locked, CharColor=GREY, CharHeight=8.0)

        pages = self.doc.StyleFamilies.getByName("PageStyles")
        page = self.doc.createInstance("com.sun.star.style.PageStyle")
        pages.insertByName("STAR A4 landscape", page)
        page.IsLandscape = True
        page.Width, page.Height = 29700, 21000
        for side in ("LeftMargin", "RightMargin"):
            setattr(page, side, 1200)
        page.TopMargin, page.BottomMargin = 1200, 1200
        page.ScaleToPagesX = 0
        page.ScaleToPagesY = 0
        page.PageScale = PRINT_SCALE
        page.PrintDownFirst = False      # across, then down: a wide table's parts stay together
        page.CenterHorizontally = False
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

    def style(self, sh, c1, r1, c2, r2, style, fmt=None):
        rg = self.rng(sh, c1, r1, c2, r2)
        rg.CellStyle = style
        if fmt:
            rg.NumberFormat = self.fmt(fmt)
        return rg

    def set_widths(self, sh, cm, first=0):
        cols = sh.Columns
        for i, w in enumerate(cm):
            cols.getByIndex(first + i).Width = int(w * 1000)

    def columns_hidden(self, sh, c1, c2):
        for c in range(c1, c2 + 1):
            sh.Columns.getByIndex(c).IsVisible = False

    def width(self, sh, c1, c2):
        """Width of columns c1..c2 in cm."""
        return sum(sh.Columns.getByIndex(c).Width for c in range(c1, c2 + 1)) / 1000

    def row_below(self, sh, r, cm):
        """The first row at least cm below the top of row r, once the rows
        above have the heights their contents need."""
        self.doc.calculateAll()
        rows = sh.Rows
        top = 0
        while top < cm * 1000:
            row = rows.getByIndex(r - 1)
            row.OptimalHeight = True
            top += row.Height
            r += 1
        return r

    def note(self, sh, c, r, text):
        sh.Annotations.insertNew(CellAddress(sh.RangeAddress.Sheet, c, r - 1), text)

    def name(self, name, content):
        self.doc.NamedRanges.addNewByName(name, content, CellAddress(0, 0, 0), 0)

    def table_name(self, name, table, key, key2=None):
        """A named range over a table column (or columns) of every intervention row."""
        self.name(name, table.ref(key, key2))

    def item_name(self, table):
        """The sheet-local name Item: the row's place in the sheet's table."""
        sh = self.sheet(table.sheet)
        sh.NamedRanges.addNewByName(ITEM, f"ROW()-ROW({absref(table.sheet, 0, table.header)})",
                                    CellAddress(sh.RangeAddress.Sheet, 0, 0), 0)

    def text_across(self, sh, r, c1, c2, text, style="STAR Note"):
        """Wrapped text over merged cells c1..c2 of row r, the row as tall as it needs."""
        self.put(sh, c1, r, text, style)
        if c2 > c1:
            self.rng(sh, c1, r, c2, r).merge(True)
        self.fits.append((sh.Name, r, c1, c2))

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
        """A red-yellow-green colour scale by percentile, so that two columns
        in the same order (value for money and its rank) colour a row alike.
        Setting one through the API takes the office down (LibreOffice 7.4),
        so it is written into the stored file."""
        red, yellow, green = "#f8696b", "#ffeb84", "#63be7b"
        lo, hi = (green, red) if low_good else (red, green)
        q = "'" + sh.Name + "'"
        target = f"{q}.{col_name(c1)}{r1}:{q}.{col_name(c2)}{r2}"
        self.scales.setdefault(sh.Name, []).append(
            f'<calcext:conditional-format calcext:target-range-address="{target}">'
            f'<calcext:color-scale>'
            f'<calcext:color-scale-entry calcext:value="0" calcext:type="percentile" calcext:color="{lo}"/>'
            f'<calcext:color-scale-entry calcext:value="50" calcext:type="percentile" calcext:color="{yellow}"/>'
            f'<calcext:color-scale-entry calcext:value="100" calcext:type="percentile" calcext:color="{hi}"/>'
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

    def conditions(self, sh, c1, r1, c2, r2, entries):
        """Conditional formats of a range, all at once (setting them again on
        a range replaces what it had). entries: (operator, formula, style)."""
        rg = self.rng(sh, c1, r1, c2, r2)
        cf = rg.ConditionalFormat
        for op, formula, style in entries:
            cf.addNew((prop("Operator", uno.Enum("com.sun.star.sheet.ConditionOperator", op)),
                       prop("Formula1", formula), prop("StyleName", style),
                       prop("SourcePosition", CellAddress(sh.RangeAddress.Sheet, c1, r1 - 1))))
        rg.ConditionalFormat = cf

    def status_format(self, sh, c1, r1, c2, r2, rules, spare=False):
        """rules: [(text, style)]: cells equal to text take style; with spare,
        cells of rows not in use look blank first."""
        entries = [("FORMULA", SPARE, "STAR Spare")] if spare else []
        for text, style in rules:
            value = text if isinstance(text, (int, float)) else '"' + text + '"'
            entries.append(("EQUAL", str(value), style))
        self.conditions(sh, c1, r1, c2, r2, entries)

    def formula_format(self, sh, c1, r1, c2, r2, formula, style):
        """Cells take style where formula (relative to the top-left cell) is true."""
        self.conditions(sh, c1, r1, c2, r2, [("FORMULA", formula, style)])

    def spare_rows(self, sh, table, keys):
        """Calculated cells of rows not in use look (and print) blank."""
        for key in keys:
            c = table.col(key)
            self.formula_format(sh, c, table.first, c, table.last, SPARE, "STAR Spare")

    def print_setup(self, sh, c2, r2, title_rows=None, title_col=False, breaks=(), col_breaks=()):
        """A4 landscape, printing A1 to (c2, r2); title_rows (first, last) and
        column A (title_col) repeat on every page; breaks: rows that start a
        page, col_breaks: columns that start a page, each part of the table
        a print range of its own from the heading row down (the sheet's
        title and note print once, on the first part)."""
        sh.PageStyle = "STAR A4 landscape"
        s = sh.RangeAddress.Sheet
        starts = [0] + sorted(col_breaks)
        ends = [c - 1 for c in starts[1:]] + [c2]
        top = title_rows[0] - 1 if title_rows else 0
        sh.setPrintAreas(tuple(CellRangeAddress(s, c, 0 if i == 0 else top, e, r2 - 1)
                               for i, (c, e) in enumerate(zip(starts, ends))))
        if title_rows:
            sh.setTitleRows(CellRangeAddress(sh.RangeAddress.Sheet, 0, title_rows[0] - 1, 0, title_rows[1] - 1))
            sh.setPrintTitleRows(True)
        if title_col:
            sh.setTitleColumns(CellRangeAddress(sh.RangeAddress.Sheet, 0, 0, 0, 0))
            sh.setPrintTitleColumns(True)
        for r in breaks:
            sh.Rows.getByIndex(r - 1).IsStartOfNewPage = True

    def print_rows(self, table):
        """The last row a table prints: the rows in use, or ten for a blank form."""
        return table.first + max(len(self.c.interventions), 10) - 1

    def blank_margin(self, sh, last_col, last_row):
        """Styles the cells right of and below a sheet's content as STAR Blank."""
        self.style(sh, 0, last_row + 1, last_col + 4, last_row + 90, "STAR Blank")

    def header_row(self, sh, r, headers, first_col=0):
        self.heading_rows.add((sh.Name, r))
        for i, (text, note) in enumerate(headers):
            c = first_col + i
            self.put(sh, c, r, text, "STAR Heading")
            if note:
                self.note(sh, c, r, note)

    def table_header(self, sh, table, headers, hidden=()):
        """headers: {key: (text, note)}, written in the map's column order;
        the headings of hidden helper columns do not wrap (a wrapped heading
        in a hidden column still makes its row tall)."""
        self.heading_rows.add((sh.Name, table.header))
        for key, (text, note) in headers.items():
            c = table.col(key)
            self.put(sh, c, table.header, text, "STAR Helper" if key in hidden else "STAR Heading")
            if note:
                self.note(sh, c, table.header, note)

    def span(self, sh, c, cm):
        """The last column of a run from c at least cm wide."""
        w = 0
        while True:
            w += sh.Columns.getByIndex(c).Width / 1000
            if w >= cm:
                return c
            c += 1

    def legend(self, sh, r, c=0):
        """The colours, each over as many columns as its words need."""
        items = [("Yellow: type here", "STAR Input", 4.0), ("Blue: calculated (protected)", "STAR Calculated", 6.2)]
        if self.c.example:
            items.append(("Orange: an example assumption [A]", "STAR Assumed", 7.4))
        for text, style, cm in items:
            end = self.span(sh, c, cm)
            self.put(sh, c, r, text, style)
            if end > c:
                self.rng(sh, c, r, end, r).merge(True)
            c = end + 1

    def heading(self, sh, r, title, note, last_col, legend=True):
        """Title, a note across the sheet's width (as far as a screen shows)
        and the colour legend."""
        self.put(sh, 0, 1, title, "STAR Title")
        while last_col > 0 and self.width(sh, 0, last_col) > SCREEN_WIDTH:
            last_col -= 1
        self.text_across(sh, 2, 0, last_col, note)
        if legend:
            self.legend(sh, 3)

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
        shape.Size = Size(int(width_cm * 1000), 420)
        shape.Control = model
        dp.add(shape)
        binding = self.doc.createInstanceWithArguments(
            "com.sun.star.table.CellValueBinding",
            (NamedValue("BoundCell", CellAddress(bound.RangeAddress.Sheet, bound.RangeAddress.StartColumn,
                                                 bound.RangeAddress.StartRow)),))
        model.setValueBinding(binding)

    # -- per-intervention formulas
    @staticmethod
    def element(expr, col=None):
        """This row's element of a per-intervention expression: blank for a
        row not in use (checked before any STAR call, so that a reader
        without the extension also sees it blank) and where the expression
        leaves it empty."""
        at = f"INDEX({expr};{ITEM})" if col is None else f"INDEX({expr};{ITEM};{col})"
        return f'=IF(INDEX(InUse;{ITEM});IF({at}="";"";{at});"")'

    def column(self, sh, table, key, expr, style="STAR Calculated", fmt=None, col=None):
        c = table.col(key)
        for r in range(table.first, table.last + 1):
            self.put(sh, c, r, self.element(expr, col))
        self.style(sh, c, table.first, c, table.last, style, fmt)

    def formulas(self, sh, table, key, make, style=None, fmt=None):
        """Column key of every row: make(r) gives row r's formula."""
        c = table.col(key)
        for r in range(table.first, table.last + 1):
            self.put(sh, c, r, make(r))
        if style:
            self.style(sh, c, table.first, c, table.last, style, fmt)

    def labels(self, sh, table, key="name"):
        """The intervention's name, or its row where it has none."""
        self.formulas(sh, table, key, lambda r: f'=IF(INDEX(InUse;{ITEM});INDEX(Labels;{ITEM});"")',
                      "STAR Calculated text")

    # -- charts
    def chart(self, sh, name, c1, r1, width, height):
        """A chart with its top-left corner at a cell, width x height cm."""
        p1 = self.cell(sh, c1, r1).Position
        sh.Charts.addNewByName(name, Rectangle(p1.X, p1.Y, int(width * 1000), int(height * 1000)),
                               (CellRangeAddress(sh.RangeAddress.Sheet, 0, 0, 0, 0),), False, False)
        return sh.Charts.getByName(name).EmbeddedObject

    def seq(self, chart, rng, role):
        ds = chart.getDataProvider().createDataSequenceByRangeRepresentation(rng)
        ds.Role = role
        ls = self.ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.chart2.data.LabeledDataSequence", self.ctx)
        ls.setValues(ds)
        return ls

    def error_bar(self, chart, which, positive=None, negative=None, color=0, width=50, transparency=0):
        """Error bars whose lengths are read from cells: they draw the edges
        of the value triangles and the spans of the floating bars."""
        eb = self.ctx.ServiceManager.createInstanceWithContext("com.sun.star.chart2.ErrorBar", self.ctx)
        eb.ErrorBarStyle = 7            # com.sun.star.chart.ErrorBarStyle.FROM_DATA
        eb.ShowPositiveError = positive is not None
        eb.ShowNegativeError = negative is not None
        eb.LineColor = color
        eb.LineWidth = width
        eb.LineTransparence = transparency
        data = []
        if positive:
            data.append(self.seq(chart, positive, f"error-bars-{which}-positive"))
        if negative:
            data.append(self.seq(chart, negative, f"error-bars-{which}-negative"))
        eb.setData(tuple(data))
        return eb

    def series(self, chart, xs, ys, label, color, width=50, symbols=False, dash=False, line=True,
               symbol_size=180):
        ser = self.ctx.ServiceManager.createInstanceWithContext("com.sun.star.chart2.DataSeries", self.ctx)
        data = []
        if xs:
            data.append(self.seq(chart, xs, "values-x"))
        y = self.seq(chart, ys, "values-y")
        lab = chart.getDataProvider().createDataSequenceByRangeRepresentation(label)
        lab.Role = "label"
        y.setLabel(lab)
        ser.setData(tuple(data + [y]))
        ser.Color = color
        ser.LineWidth = width
        if not line:
            ser.LineStyle = uno.Enum("com.sun.star.drawing.LineStyle", "NONE")
        elif dash:
            ser.LineStyle = uno.Enum("com.sun.star.drawing.LineStyle", "DASH")
            d = uno.createUnoStruct("com.sun.star.drawing.LineDash")
            d.Style = uno.Enum("com.sun.star.drawing.DashStyle", "RECT")
            d.Dots, d.DotLen, d.Dashes, d.DashLen, d.Distance = 0, 0, 1, 300, 200
            ser.LineDash = d
        sym = ser.Symbol
        if symbols:
            sym.Style = uno.Enum("com.sun.star.chart2.SymbolStyle", "STANDARD")
            sym.StandardSymbol = 0
            sym.Size = Size(symbol_size, symbol_size)
            sym.FillColor = color
            sym.BorderColor = color
        else:
            sym.Style = uno.Enum("com.sun.star.chart2.SymbolStyle", "NONE")
        ser.Symbol = sym
        return ser

    def point_labels(self, ser, category=False, series_name=False, placement=None, size=10.0, points=None):
        """Data labels on a series (or on the points given by index)."""
        dpl = uno.createUnoStruct("com.sun.star.chart2.DataPointLabel")
        dpl.ShowCategoryName = category
        dpl.ShowSeriesName = series_name
        targets = [ser] if points is None else [ser.getDataPointByIndex(i) for i in points]
        for t in targets:
            t.Label = dpl
            t.CharHeight = size
            if placement is not None:
                t.LabelPlacement = placement

    def hide_from_legend(self, ser):
        ser.ShowLegendEntry = False

    def new_chart(self, chart, template, series, categories=None):
        tmpl = chart.getChartTypeManager().createInstance(f"com.sun.star.chart2.template.{template}")
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
        return diagram

    def titles(self, chart, title, xtitle, ytitle, xfmt=None, yfmt=None, legend=True):
        chart.Diagram.Wall.FillColor = 0xFFFFFF
        chart.HasMainTitle = True
        chart.Title.String = title
        chart.Title.CharHeight = 13.0
        chart.HasLegend = legend
        if legend:
            chart.Legend.Alignment = uno.Enum("com.sun.star.chart.ChartLegendPosition", "BOTTOM")
            chart.Legend.CharHeight = 10.0
        d = chart.Diagram
        d.HasXAxisTitle = True
        d.XAxisTitle.String = xtitle
        d.XAxisTitle.CharHeight = 10.0
        d.HasYAxisTitle = True
        d.YAxisTitle.String = ytitle
        d.YAxisTitle.CharHeight = 10.0
        d.XAxis.CharHeight = 10.0
        d.YAxis.CharHeight = 10.0
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

    # -- finishing
    def fit_rows(self):
        """Makes each row holding merged wrapped text tall enough for it:
        Calc's optimal row height leaves merged cells out, so the text is
        measured in a scratch column FIT_WIDTH as wide as the merged cells.
        (Long text that can have a cell of its own has one, and a row of
        optimal height, which Calc sizes again whenever the file is opened.)"""
        sheets = self.doc.Sheets
        sheets.insertNewByName("scratch", sheets.Count)
        scratch = sheets.getByName("scratch")
        for name, r, c1, c2 in self.fits:
            sh = self.sheet(name)
            src = self.cell(sh, c1, r)
            width = sum(sh.Columns.getByIndex(c).Width for c in range(c1, c2 + 1))
            scratch.Columns.getByIndex(0).Width = int(width * FIT_WIDTH)
            probe = scratch.getCellByPosition(0, 0)
            probe.CellStyle = src.CellStyle
            probe.String = src.String
            row = scratch.Rows.getByIndex(0)
            row.OptimalHeight = True
            need = row.Height
            target = sh.Rows.getByIndex(r - 1)
            target.Height = max(need, target.Height)
        sheets.removeByName("scratch")

    def blank_style(self):
        """Gives every unstyled cell of a sheet's used area the STAR Blank
        style. A formula cell whose result is "" keeps that result in the
        saved file only when the cell after it has a style of its own
        (LibreOffice 7.4 reads it as 0 otherwise, without the extension)."""
        for sh in self.doc.Sheets:
            cursor = sh.createCursor()
            cursor.gotoEndOfUsedArea(False)
            end = cursor.RangeAddress
            used = sh.getCellRangeByPosition(0, 0, end.EndColumn + 1, end.EndRow)
            formats = used.getCellFormatRanges()
            unstyled = [rg for rg in (formats.getByIndex(i) for i in range(formats.Count))
                        if rg.CellStyle == "Default"]
            for rg in unstyled:
                rg.CellStyle = "STAR Blank"

    def finish(self, path):
        self.doc.enableAutomaticCalculation(True)
        self.doc.calculateAll()
        self.blank_style()
        self.doc.unlockControllers()
        for sh in self.doc.Sheets:
            cursor = sh.createCursor()
            cursor.gotoEndOfUsedArea(False)
            sh.getCellRangeByPosition(0, 0, 0, cursor.RangeAddress.EndRow).Rows.OptimalHeight = True
        self.fit_rows()
        # a heading's words can break a line later on paper than on screen
        for name, r in self.heading_rows:
            row = self.sheet(name).Rows.getByIndex(r - 1)
            row.Height = row.Height + HEADING_SLACK
        for name, r1, r2, height in self.min_heights:
            for r in range(r1 - 1, r2):
                row = self.sheet(name).Rows.getByIndex(r)
                if row.Height < height:
                    row.Height = height
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
        ctl.select(self.cell(self.sheet("Guide"), 0, 1))
        try:
            self.doc.ApplyFormDesignMode = False
        except Exception:
            pass
        self.doc.calculateAll()
        store(self.doc, path, FILTERS[".fods"])
        self.doc.close(True)
        self.write_scales(path)
