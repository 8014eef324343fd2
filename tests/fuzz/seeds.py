#!/usr/bin/env python3
# SPDX-License-Identifier: MPL-2.0
"""Writes the glue fuzz target's seeds: one valid call of every function of
the table, in the byte format fuzz_glue.c decodes, so that fuzzing starts
from calls that compute and mutates them into bad ones. The other targets'
seeds are the corpus their own runs kept (libFuzzer -merge).

    seeds.py OUTDIR     (the committed seeds are corpus/glue/seed-*)
"""
import sys
from pathlib import Path

# Function ids in the order of star_function_id (addin/functions/functions.h).
FUNCTIONS = ["benefit", "vfm", "rank", "score", "weights", "check", "version", "curve",
             "triangles", "allocate", "reallocate", "gain", "roc", "ahp", "ahpcr", "value",
             "groupweights", "agree", "stability", "psa", "equity", "atkinson", "icer", "nmb",
             "fundstability", "smaa"]


def number(x):
    """fuzz_double: kind 7 is a whole number 1..256, kind 0 a whole number
    byte - 16 (so 0 is 16), kind 4 eighths, kind 3 a share byte/255."""
    if x == int(x) and 1 <= x <= 256:
        return bytes([7, int(x) - 1])
    if x == int(x) and -16 <= x <= 239:
        return bytes([0, int(x) + 16])
    if x * 8 == int(x * 8) and 0 <= x * 8 <= 255:
        return bytes([4, int(x * 8)])  # kind 4: eighths
    return bytes([3, round(x * 255)])


def cell(x):
    return bytes([5]) if x is None else bytes([0]) + number(x)  # tag 5: blank; 0..4: number


def range_of(rows):
    out = bytes([len(rows), len(rows[0]), 0])
    for row in rows:
        for x in row:
            out += cell(x)
    return out


def col(*xs):
    return [[x] for x in xs]


LEFT_OUT = bytes([0])  # optional argument, kind 0


def optional(rows):
    return bytes([6]) + range_of(rows)  # kind 6: a range in an any


CALLS = {
    "benefit": [col(10, 20, None), col(2, 3, None), optional(col(0.5, 1, None))],
    "vfm": [col(100, 30), col(10, 20), LEFT_OUT],
    "rank": [col(3, 1, 2, 3), optional([[1]])],
    "score": [[[1, 2], [3, 4]], [[1, 1]], optional([[0]]), optional([[10]])],
    "weights": [col(1, 3, None, 4)],
    "check": [col(10, 20), col(5, 6), [[1, 2], [3, 4]], optional([[1, 1]])],
    "version": [],
    "curve": [col(10, 40, 30), col(10, 20, 30)],
    "triangles": [col(10, 40, 30), col(10, 20, 30)],
    "allocate": [col(60, 100, 120), col(10, 20, 30), [[50]], optional([[1]]), LEFT_OUT, LEFT_OUT],
    "reallocate": [col(10, 40), col(10, 20), col(100, 100), col(50, 50), col(150, 150), LEFT_OUT],
    "gain": [col(10, 40), col(10, 20), col(50, 150), col(100, 100)],
    "roc": [col(1, 2, 3)],
    "ahp": [[[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]]],
    "ahpcr": [[[1, 2, 4], [0.5, 1, 2], [0.25, 0.5, 1]]],
    "value": [col(1, 5, 12), col(0, 10), col(0, 100)],
    "groupweights": [[[30, 20, 50], [1, 1, 2]], LEFT_OUT],
    "agree": [col(1, 2, 3, 4), col(1, 3, 2, 4)],
    "stability": [[[10, 0], [0, 10]], [[1, 3]], LEFT_OUT, LEFT_OUT, LEFT_OUT],
    "psa": [col(60, 100), col(50, 90), col(70, 110), col(10, 20), col(8, 15), col(12, 25), [[25]],
            optional([[100]]), LEFT_OUT, optional([[1]])],
    "equity": [col(100, 200), col(0.5, 0), [[2]]],
    "atkinson": [col(62, 68, 70), [[1]], LEFT_OUT],
    "icer": [[[100]], [[0.5]]],
    "nmb": [[[0.5]], [[50]], [[200]]],
    "fundstability": [[[8, 2], [2, 6], [None, None]], [[1, 1]], col(1, 1, None), col(1, 1, None), [[1]],
                      optional([[1]]), LEFT_OUT, LEFT_OUT],
    "smaa": [[[8, 2], [2, 6], [5, 5]], [[0.25, 0.25]], [[0.75, 0.75]], col(1, 1, 1), col(1, 1, 1), [[1]],
             optional([[50]]), optional([[3]]), optional([[1]]), LEFT_OUT, LEFT_OUT],
}


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for fid, name in enumerate(FUNCTIONS):
        data = bytes([fid, 1])  # plain: numbers and blanks
        for arg in CALLS[name]:
            data += arg if isinstance(arg, bytes) else range_of(arg)
        (out / f"seed-{name}").write_bytes(data)


if __name__ == "__main__":
    main()
