# SPDX-License-Identifier: MPL-2.0
"""What the workbooks hold: the blank STAR workbook, and the Birmingham and
Solihull maternity example with the source of every figure."""
import datetime


class Content:
    """What differs between the blank workbook and the example."""
    title = "STAR workbook"
    example = False
    date = None
    # (name, what it means, low end, high end); the rows after them stay
    # unnamed, and a criterion without a name is left out of every result
    criteria = [(f"Criterion {j}", "", "", "") for j in range(1, 7)]
    agreed = [50] * 6                  # swing weights 0-100, one per criterion
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
