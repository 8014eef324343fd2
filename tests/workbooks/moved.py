# SPDX-License-Identifier: MPL-2.0
"""The column map is the only place that knows where a column is: the
example built again with columns moved on every table sheet computes the
same figures as the shipped one (every STAR expression, the checks, and the
tables' columns found by their headings)."""
from common import report

EXPRESSIONS = ["BenefitPerPatient", "Benefit", "EquityBenefit", "Vfm", "VfmRank", "Curve", "Allocation",
               "WholeAllocation", "NewSpend", "ChanceFunded", "Stability", "WeightShares", "CombinedWeights"]
COLUMNS = [("Value for money", "Value for money (benefit per £1,000)"), ("Value for money", "Rank"),
           ("Allocation", "Best share funded"), ("Allocation", "Spend after reallocation £"),
           ("Sensitivity", "Chance funded"), ("Checks", "Problems in this row"), ("Scores", "Benefit per patient (0-100)")]


def moved_maps():
    from templates.layout import tables
    maps = tables()
    iv = maps["Interventions"]
    iv.move("cost", len(iv.columns) - 1)        # cost per patient to the far end
    iv.move("spend", 1)                         # current spend next to the name
    maps["Scores"].move("bpp", len(maps["Scores"].columns) - 1)
    maps["Value for money"].move("vfm", 1)
    maps["Allocation"].move("rule", len(maps["Allocation"].columns) - 1)
    maps["Sensitivity"].move("chance", 1)
    maps["Checks"].move("problems", 3)
    return maps


def figures(doc):
    """Every figure to compare, by name: the STAR expressions joined into
    text, the checks' headline and the tables' columns by heading."""
    from common import column_below, named_cell
    doc.Sheets.insertNewByName("figures", doc.Sheets.Count)
    sheet = doc.Sheets.getByName("figures")
    for i, name in enumerate(EXPRESSIONS):
        sheet.getCellByPosition(0, i).Formula = f'=TEXTJOIN(";";0;{name})'
    doc.calculateAll()
    out = {name: sheet.getCellByPosition(0, i).String for i, name in enumerate(EXPRESSIONS)}
    out["checks"] = named_cell(doc, "ChecksPassed").String
    for sheet_name, heading in COLUMNS:
        out[f"{sheet_name}: {heading}"] = column_below(doc.Sheets.getByName(sheet_name), heading, 100)
    doc.Sheets.removeByName("figures")
    return out


def check(ctx, desk, shipped, outdir):
    from templates import build
    from templates.content import Example
    from uno_office import load
    maps = moved_maps()
    path = outdir / "moved.fods"
    build(ctx, Example(), path, maps)
    moved = load(desk, path)
    want_doc = load(desk, shipped)
    got, want = figures(moved), figures(want_doc)
    moved.close(True)
    want_doc.close(True)
    differ = [k for k in want if got.get(k) != want[k]]
    report(not differ and len(want["Vfm"]) > 50,
           "columns moved in the map on every table sheet: the example computes the same figures",
           "; ".join(f"{k}: {str(got.get(k))[:60]} vs {str(want[k])[:60]}" for k in differ[:4]))
