# SPDX-License-Identifier: MPL-2.0
"""Every named range and named expression of the workbook, in the order
they depend on one another (a name must exist before a formula uses it).

Named ranges are the only way one sheet reaches another's cells, so that
formulas read like the method and no sheet knows another's column letters.
Every STAR call lives in a named expression: an expression hands its empty
results (spare rows) on to the next STAR call, where a cell would hand on 0.
"""
from .layout import (BUDGET_ROW, CRIT_FIRST, CRIT_LAST, CRIT_SHEET, GROUP_FIRST, GROUP_HEADER, GROUP_LAST,
                     GROUPS_ROWS, HELPER, K, SETTINGS, absref)


def define(b):
    t = b.t
    iv, sc, vfm, al, se, ch = (t[s] for s in ("Interventions", "Scores", "Value for money", "Allocation",
                                              "Sensitivity", "Checks"))
    n = b.name
    # Interventions: what is typed, and its total cost
    for name, key in (("Names", "name"), ("Patients", "patients"), ("CostPerPatient", "cost"),
                      ("TotalCost", "total"), ("CurrentSpend", "spend"), ("LowSpend", "low"),
                      ("HighSpend", "high"), ("Likelihood", "likely"), ("Core20Share", "core20")):
        b.table_name(name, iv, key)
    n("InterventionInputs", absref(iv.sheet, 0, iv.first, len(iv.columns) - 1, iv.last))
    for name, key in (("Confidence1", "conf_patients"), ("Confidence2", "conf_cost"),
                      ("Confidence3", "conf_spend"), ("Confidence4", "conf_likely"),
                      ("Confidence5", "conf_core20")):
        b.table_name(name, iv, key)

    # Criteria and weights
    n("Criteria", absref(CRIT_SHEET, 0, CRIT_FIRST, 0, CRIT_LAST))
    n("WeightInputs", absref(CRIT_SHEET, 4, CRIT_FIRST, 4, CRIT_LAST))
    n("Weights", absref(CRIT_SHEET, HELPER, CRIT_FIRST, HELPER, CRIT_LAST))
    n("WeightShares", "STAR.WEIGHTS(Weights)")
    n("ScaleLow", absref(CRIT_SHEET, 1, SETTINGS + 1))
    n("ScaleHigh", absref(CRIT_SHEET, 1, SETTINGS + 2))
    n("EquityWeight", absref(CRIT_SHEET, 1, SETTINGS + 3))
    # a group a column as typed; a group a row as STAR.GROUPWEIGHTS reads it
    n("Groups", absref(CRIT_SHEET, 1, GROUP_HEADER, GROUPS_ROWS, GROUP_HEADER))
    n("GroupSwingInputs", absref(CRIT_SHEET, 1, GROUP_FIRST, GROUPS_ROWS, GROUP_LAST))
    n("GroupSwings", absref(CRIT_SHEET, HELPER, GROUP_FIRST, HELPER + K - 1, GROUP_FIRST + GROUPS_ROWS - 1))
    n("CombinedWeights", "STAR.GROUPWEIGHTS(GroupSwings)")

    # Scores: typed, and as the STAR calls read them (unnamed criteria 0)
    n("ScoreInputs", sc.ref("score1", f"score{K}"))
    n("Scores", sc.ref("used1", f"used{K}"))
    n("BenefitPerPatient", "STAR.SCORE(Scores;Weights;ScaleLow;ScaleHigh)")

    # Checks: which rows are in use, and how each is called
    b.table_name("InUse", ch, "inuse")
    b.table_name("Labels", ch, "name")
    b.table_name("RowProblems", ch, "problems")
    b.table_name("RowStatus", ch, "status")
    b.table_name("RowNumbers", ch, "row")

    # Value for money
    n("Benefit", "STAR.BENEFIT(Patients;BenefitPerPatient;Likelihood)")
    n("EquityBenefit", "STAR.EQUITY(Benefit;Core20Share;EquityWeight)")
    n("Vfm", "STAR.VFM(EquityBenefit;TotalCost)")
    n("VfmRank", "STAR.RANK(Vfm)")
    n("Curve", "STAR.CURVE(EquityBenefit;TotalCost)")
    b.table_name("VfmCells", vfm, "vfm")
    b.table_name("RankCells", vfm, "rank")
    b.table_name("VfmOrder", vfm, "order")
    b.table_name("EquityCells", vfm, "equity")

    # Allocation
    n("Budget", absref(al.sheet, 1, BUDGET_ROW))
    b.table_name("FundingRule", al, "rule")
    b.table_name("MinShare", al, "min")
    b.table_name("MaxShare", al, "max")
    b.table_name("FundedCells", al, "funded")
    b.table_name("AfterCells", al, "after")
    n("Allocation", "STAR.ALLOCATE(EquityBenefit;TotalCost;Budget;FALSE();MinShare;MaxShare)")
    n("WholeAllocation", "STAR.ALLOCATE(EquityBenefit;TotalCost;Budget;TRUE();MinShare;MaxShare)")
    n("NewSpend", "STAR.REALLOCATE(EquityBenefit;TotalCost;CurrentSpend;LowSpend;HighSpend)")

    # Sensitivity
    n("UncertaintyFactors", se.ref("blo", "chi"))
    b.table_name("BenefitLow", se, "benefit_lo")
    b.table_name("BenefitHigh", se, "benefit_hi")
    b.table_name("CostLow", se, "cost_lo")
    b.table_name("CostHigh", se, "cost_hi")
    b.table_name("CostPerUnitScore", se, "divisor")
    n("ChanceFunded", "STAR.PSA(EquityBenefit;BenefitLow;BenefitHigh;TotalCost;CostLow;CostHigh;Budget;"
                      "500;1;TRUE())")
    n("Stability", "STAR.STABILITY(Scores;Weights;CostPerUnitScore;ScaleLow;ScaleHigh)")
    for g in range(1, GROUPS_ROWS + 1):
        sw = absref(CRIT_SHEET, HELPER, GROUP_FIRST + g - 1, HELPER + K - 1, GROUP_FIRST + g - 1)
        n(f"GroupVfm{g}", f"STAR.VFM(STAR.EQUITY(STAR.BENEFIT(Patients;STAR.SCORE(Scores;{sw};ScaleLow;"
                          f"ScaleHigh);Likelihood);Core20Share;EquityWeight);TotalCost)")
