"""Column names of the gold files, first in every table an analyst compares with them.

Plain tuples in a module without Polars, so ``unionstats extract`` can order its
output without importing the table library (``validate`` re-exports them).
"""

GOLD_OBSERVATION_COLUMNS = (
    "doc_id",
    "indicator",
    "value",
    "unit",
    "qualifier",
    "target",
    "period",
    "subgroup",
    "quote",
)
QUALIFIERS = ("exact", "over", "nearly", "approx", "under")
"""How a figure is stated: a plain statement, or above, near, about, below the value."""
GOLD_DOCUMENT_COLUMNS = ("doc_id", "org", "org_level", "province", "period", "published")

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""A text cell starting so would run as a formula in a spreadsheet (OWASP CSV injection):
the CSV exports give it a leading single quote."""
