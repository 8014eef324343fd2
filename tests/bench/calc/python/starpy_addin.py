# SPDX-License-Identifier: MPL-2.0
"""The benchmark's Python add-in: STARPY.SCORE, .BENEFIT, .VFM, .RANK and
.VERSION compute the same figures as the STAR functions of the same names,
with the same argument types and the same conventions (one row per
intervention, blank rows absent and empty in the result, bad input raises
IllegalArgumentException, shown as Err:502). It is the route a LibreOffice
user without STAR would take: a component in Python through LibreOffice's
Python-UNO bridge. Benchmark only, never shipped.
"""
import math

import uno
import unohelper
from com.sun.star.lang import IllegalArgumentException, XServiceInfo
from starbench import XStarPy

IMPLEMENTATION = "starbench.StarPyAddIn"
SERVICES = ("STARPY", "com.sun.star.sheet.AddIn")


def bad(words):
    raise IllegalArgumentException(words, None, 0)


def blank(x):
    return x is None or x == ""


def number(x, what):
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        bad(f"{what} is not a number")
    return float(x)


def vector(grid):
    """A column or row of cells: (values, as_row)."""
    if len(grid) == 1:
        return list(grid[0]), len(grid[0]) > 1
    if any(len(row) != 1 for row in grid):
        bad("must be a single column or row")
    return [row[0] for row in grid], False


def single(value, default):
    """An optional single number: void gives the default."""
    if value is None:
        return default
    if isinstance(value, tuple):
        if len(value) != 1 or len(value[0]) != 1:
            bad("must be a single value")
        value = value[0][0]
    return number(value, "argument")


def shaped(results, as_row):
    return (tuple(results),) if as_row else tuple((r,) for r in results)


def per_row(columns, compute):
    """Applies compute to each present row of equally long columns (a single
    value applies to every row); blank rows give None (an empty cell)."""
    values = [vector(c) for c in columns]
    n = max(len(v) for v, _ in values)
    as_row = next((r for v, r in values if len(v) > 1), False)
    for v, _ in values:
        if len(v) not in (1, n):
            bad("sizes do not match")
    out = []
    for i in range(n):
        cells = [v[i] if len(v) > 1 else v[0] for v, _ in values]
        ranged = [cells[j] for j, (v, _) in enumerate(values) if len(v) > 1]
        if ranged and all(blank(x) for x in ranged):
            out.append(None)
            continue
        out.append(compute(*[number(x, "input") for x in cells]))
    return shaped(out, as_row)


class StarPyAddIn(unohelper.Base, XStarPy, XServiceInfo):
    def __init__(self, ctx):
        self.ctx = ctx

    # XServiceInfo
    def getImplementationName(self):
        return IMPLEMENTATION

    def supportsService(self, name):
        return name in SERVICES

    def getSupportedServiceNames(self):
        return SERVICES

    # XStarPy
    def version(self):
        return "0.1.0"

    def score(self, scores, weights, low, high):
        w = [number(x, "weight") for x in vector(weights)[0]]
        if any(x < 0 for x in w) or sum(w) == 0:
            bad("weights must be 0 or more and not all zero")
        k = len(w)
        lo, hi = single(low, None), single(high, None)
        if (lo is None) != (hi is None) or (lo is not None and lo == hi):
            bad("low and high come together and differ")
        total = sum(w)
        out = []
        for row in scores:
            if len(row) != k:
                bad("scores and weights do not match")
            if all(blank(x) for x in row):
                out.append(None)
                continue
            s = [number(x, "score") for x in row]
            if lo is not None:
                s = [100.0 * (x - lo) / (hi - lo) for x in s]
            out.append(sum(a * b for a, b in zip(w, s)) / total)
        return tuple((r,) for r in out)

    def benefit(self, patients, gain, likelihood):
        chance = likelihood if likelihood is not None else ((1.0,),)

        def compute(p, g, c):
            if p < 0 or p != math.floor(p):
                bad("patients must be a whole number, 0 or more")
            if not 0 <= c <= 1:
                bad("likelihood must be from 0 to 1")
            return p * g * c
        return per_row([patients, gain, chance], compute)

    def vfm(self, benefit, cost, per):
        amount = single(per, 1000.0)
        if amount <= 0:
            bad("per must be more than 0")

        def compute(b, c):
            if c <= 0:
                bad("cost must be more than 0")
            return b / c * amount
        return per_row([benefit, cost], compute)

    def rank(self, values, ascending):
        cells, as_row = vector(values)
        up = single(ascending, 0.0) != 0
        present = [(number(x, "value"), i) for i, x in enumerate(cells) if not blank(x)]
        present.sort(key=lambda p: p[0] if up else -p[0])
        out = [None] * len(cells)
        for place, (x, i) in enumerate(present):
            # Ties share the better rank (RANK.EQ).
            out[i] = out[present[place - 1][1]] if place and x == present[place - 1][0] else float(place + 1)
        return shaped(out, as_row)


g_ImplementationHelper = unohelper.ImplementationHelper()
g_ImplementationHelper.addImplementation(StarPyAddIn, IMPLEMENTATION, SERVICES)
