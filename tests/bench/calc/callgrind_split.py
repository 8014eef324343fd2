#!/usr/bin/env python3
# SPDX-License-Identifier: MPL-2.0
"""Splits a callgrind profile of recalculation into who spent the time.

Reads callgrind.out files (Ir only), and prints the instructions executed
inside calculateAll() split by shared object (self cost), and the inclusive
cost of the add-in's own entry points: everything done under STAR's
dispatcher (its conversions, the maths, and what it asks of LibreOffice's
C runtime and allocator) is STAR's share; the rest is LibreOffice's.

    callgrind_split.py [--calls N] callgrind.out.PID...
"""
import argparse
import collections
import os
import re
import sys

ENTRY_POINTS = ("add_in_dispatch",)


def parse(path):
    names = {"ob": {}, "fn": {}, "fl": {}}
    self_cost = collections.Counter()       # (object, function) -> Ir
    call_cost = collections.Counter()       # (object, function) -> Ir of its calls
    calls_to = collections.Counter()        # function -> number of calls it received
    total = 0
    ob = fn = None
    cob = cfn = None
    pending_call = False
    key_re = re.compile(r"^(ob|fl|fi|fe|fn|cob|cfi|cfl|cfn)=(?:\((\d+)\))?\s*(.*)$")

    def name(kind, ident, text):
        table = names["fl" if kind in ("fl", "fi", "fe", "cfi", "cfl") else kind.lstrip("c")]
        if ident is None:
            return text
        if text:
            table[ident] = text
        return table.get(ident, ident)

    with open(path, errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            m = key_re.match(line)
            if m:
                kind, ident, text = m.groups()
                value = name(kind, ident, text)
                if kind == "ob":
                    ob = value
                elif kind == "fn":
                    fn = value
                    cob = None
                elif kind == "cob":
                    cob = value
                elif kind == "cfn":
                    cfn = value
                continue
            if line.startswith("calls="):
                calls_to[(cob or ob, cfn)] += int(line.split("=", 1)[1].split()[0])
                pending_call = True
                continue
            if line.startswith(("summary:", "totals:")):
                total = max(total, int(line.split()[1]))
                continue
            if line[0].isdigit() or line[0] in "+-*":
                parts = line.split()
                cost = int(parts[1]) if len(parts) > 1 else 0
                if pending_call:
                    call_cost[(ob, fn)] += cost
                    pending_call = False
                    cob = None
                else:
                    self_cost[(ob, fn)] += cost
    return total, self_cost, call_cost, calls_to


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=0, help="add-in calls profiled, for a per-call figure")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    # The office's main process has the profile with the most instructions.
    best = max((parse(p) for p in args.files), key=lambda r: r[0])
    total, self_cost, call_cost, calls_to = best
    if not total:
        print("no instructions collected", file=sys.stderr)
        return 1
    by_object = collections.Counter()
    for (ob, _), cost in self_cost.items():
        by_object[os.path.basename(ob or "?")] += cost
    print(f"instructions inside calculateAll(): {total:,}")
    if args.calls:
        print(f"per add-in call: {total / args.calls:,.0f}")
    print("\nself cost by shared object:")
    for ob, cost in by_object.most_common(15):
        print(f"  {cost / total:6.1%}  {cost:>14,}  {ob}")
    print("\nSTAR's share (inclusive cost of its entry points):")
    star = 0
    for (ob, fn), cost in self_cost.items():
        if fn in ENTRY_POINTS:
            inclusive = cost + call_cost[(ob, fn)]
            star += inclusive
            calls = sum(c for (o, f), c in calls_to.items() if f == fn)
            per = f", {inclusive / calls:,.0f} a call over {calls:,} calls" if calls else ""
            print(f"  {inclusive / total:6.1%}  {inclusive:>14,}  {fn}{per}")
    print(f"\nSTAR's own code and what it calls: {star / total:.1%} of recalculation")
    print("\nlargest self costs:")
    for (ob, fn), cost in self_cost.most_common(25):
        print(f"  {cost / total:6.1%}  {os.path.basename(ob or '?')}: {fn}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
