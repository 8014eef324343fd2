# SPDX-License-Identifier: MPL-2.0
"""python3 -m templates PIPE OUTDIR: writes both STAR workbooks into OUTDIR."""
from templates import main

main()
