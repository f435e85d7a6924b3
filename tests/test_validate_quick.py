"""The quick Polars check of a table agrees with the pandera model it stands in front of.

The build asks pandera only when `passes_quickly` says no, so a table the quick check
passes must pass pandera: here both judge random tables of good rows with a few columns
given any value, good or bad.
"""

from __future__ import annotations

import math

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from unionstats.validate import _MODELS, SCHEMAS, passes_quickly


def _pandera_passes(table: str, frame: pl.DataFrame) -> bool:
    from pandera.errors import SchemaError, SchemaErrors

    try:
        _MODELS[table]().validate(frame, lazy=True)
    except (SchemaError, SchemaErrors):
        return False
    return True


# Each column's values, a good one first.
_FLOATS = [0.5, 0.0, 1.0, 1.5, -1.0, 12.0, math.nan, math.inf, -math.inf, None]
_INTS = [2, -1, 0, 1, 30, None]
_PERIODS = ["2023", "2023-H1", "2022-2023", "", "2023-Q5", "23", "2023\n", "x2023", None]
_VALUES: dict[str, list] = {
    "indicator": ["members", "new_members", "nope", "", None],
    "unit": ["persons", "VND", "count", "percent", "kg", None],
    "qualifier": ["exact", "over", "about", None],
    "period": _PERIODS,
    "doc_period": _PERIODS,
    "org_level": ["province", "district", "national", "x", "", None],
    "quote": ["kết nạp 5", "a", "", None],
    "corrected": ["", "accept", "add", "drop", None],
    "status": ["observation", "unclassified", "excluded", "other", None],
    "doc_id": ["d1", "d2", "", None],
    "org_id": ["o1", "", None],
    "span_end": [40, 1, 0, 2, -3, None],
}


def _pool(name: str, dtype: pl.DataType) -> list:
    if name in _VALUES:
        return _VALUES[name]
    if dtype == pl.Float64:
        return _FLOATS
    if dtype == pl.Int64:
        return _INTS
    if dtype == pl.String:
        return ["x", "", None]
    return [None]


@st.composite
def _tables(draw: st.DrawFn) -> tuple[str, pl.DataFrame]:
    table = draw(st.sampled_from(["observations", "documents", "mentions"]))
    schema = SCHEMAS[table]
    n = draw(st.integers(0, 4))
    loose = draw(st.sets(st.sampled_from(list(schema.names())), max_size=3))
    columns = {}
    for name, dtype in schema.items():
        pool = _pool(name, dtype)
        if name in loose:
            columns[name] = [draw(st.sampled_from(pool)) for _ in range(n)]
        elif name == "doc_id" and table == "documents":
            columns[name] = [f"d{i}" for i in range(n)]  # unique unless drawn loose
        else:
            columns[name] = [pool[0]] * n
    return table, pl.DataFrame(columns, schema=schema)


@settings(max_examples=400, deadline=None)
@given(_tables())
def test_quick_check_agrees_with_pandera(case: tuple[str, pl.DataFrame]) -> None:
    table, frame = case
    assert passes_quickly(table, frame) == _pandera_passes(table, frame)


def test_a_missing_column_or_another_type_is_left_to_pandera() -> None:
    good = pl.DataFrame({"status": ["observation"]})
    assert passes_quickly("mentions", good)
    assert not passes_quickly("mentions", good.rename({"status": "state"}))
    assert not passes_quickly("mentions", good.select(pl.lit(1).alias("status")))


def test_every_column_of_a_model_has_its_quick_rule() -> None:
    # A rule added to a pandera model and not to the quick check would never be asked.
    from unionstats.validate import _quick_rules

    for table, model in _MODELS.items():
        schema = model()
        quick = _quick_rules()[table]
        assert set(quick) == set(schema.columns), table
        for name, column in schema.columns.items():
            _, dtype, nullable = quick[name]
            assert (nullable, dtype) == (column.nullable, SCHEMAS[table][name]), (table, name)
            # The quick rules were written for these checks: one per column (confidence: two,
            # its bounds); a new one fails here until `_quick_rules` states it too.
            n_checks = len(column.checks) + int(column.unique)
            assert n_checks <= 1 + (name == "confidence"), f"{table}.{name}: new check"
        assert len(schema.checks) <= 1, f"{table}: new frame check (span_end > span_start)"
