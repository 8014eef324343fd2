#!/usr/bin/env python3
# SPDX-License-Identifier: MPL-2.0
"""Every numbered requirement of a core module is cited by a unit test, and
every citation names a requirement that exists.

A core module lists its requirements at the top of its .c file, one per
paragraph starting "R1.", "R2.", ... A test cites them in a comment: "R3" in
tests/unit/test_MODULE.c means MODULE's R3; "random R2, R3" means random's R2
and R3 wherever it stands (a module's name applies to the citations after it
in the same comment). Ranges ("R1..R7") are not citations: they drift.

    requirements.py CORE_DIR UNIT_TEST_DIR
"""
import re
import sys
from pathlib import Path

LISTED = re.compile(r"^\s*(?:/\*\s*)?R(\d+)\.\s", re.M)
COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)
WORD = re.compile(r"\b([a-z_]+)\b|\bR(\d+)\b")
RANGE = re.compile(r"\bR\d+\s*(?:\.\.|-|–)\s*R?\d+\b")


def requirements(core):
    """{module: {numbers}} from the list at the top of each core .c file."""
    listed = {}
    for source in sorted(core.glob("*.c")):
        text = source.read_text()
        head = text[:text.find("#include")] if "#include" in text else text
        numbers = {int(n) for n in LISTED.findall(head)}
        if numbers:
            listed[source.stem] = numbers
    return listed


def citations(files, modules):
    """[(file, line, module, number)] for every citation in the files'
    comments (after a core file's own list), and the ranges found, which are
    not allowed."""
    cited, ranges = [], []
    for path, home in files:
        text = path.read_text()
        start = text.find("#include") if path.stem == home else 0
        for comment in COMMENT.finditer(text, max(start, 0)):
            line = text.count("\n", 0, comment.start()) + 1
            body = comment.group(0)
            ranges += [(path.name, line, r) for r in RANGE.findall(body)]
            module = home
            for word, number in WORD.findall(RANGE.sub("", body)):
                if word in modules:
                    module = word
                elif number:
                    cited.append((path.name, line, module, int(number)))
    return cited, ranges


def main():
    core, tests = Path(sys.argv[1]), Path(sys.argv[2])
    listed = requirements(core)
    cited, ranges = citations([(t, t.stem[len("test_"):]) for t in sorted(tests.glob("test_*.c"))], listed)
    in_code, code_ranges = citations([(c, c.stem) for c in sorted(core.glob("*.c"))], listed)
    problems = [f"{f}:{l}: {m} R{n} is cited but {m}.c lists no R{n}"
                for f, l, m, n in cited + in_code if n not in listed.get(m, set())]
    problems += [f"{f}:{l}: \"{r}\" is a range; cite each requirement, or name the file that lists them"
                 for f, l, r in ranges + code_ranges]
    covered = {(m, n) for _, _, m, n in cited}
    problems += [f"addin/core/{m}.c: R{n} is cited by no unit test"
                 for m in sorted(listed) for n in sorted(listed[m]) if (m, n) not in covered]
    for p in problems:
        print("FAIL", p)
    total = sum(len(v) for v in listed.values())
    print(f"{'FAIL' if problems else 'ok  '} {total} requirements in {len(listed)} core modules, "
          f"{len(cited)} citations, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
