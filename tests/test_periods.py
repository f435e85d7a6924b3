"""Period marks: the patterns searched one alternative at a time find what their alternation
finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from unionstats.layout import _YEAR_IN_BRACKETS, _YEAR_OF_A_CHANGE
from unionstats.periods import _AS_OF, _AS_OF_RES, _NOW_RES
from unionstats.wordsearch import each_match

PERIOD_TEXT = st.lists(
    st.sampled_from(
        [
            "đến ",
            "tới ",
            "đến 31/12/2023",
            "tới tháng 6/2023",
            "đến hết ngày 30.6.2024",
            "đến cuối năm 2023",
            "tới cuối nhiệm kỳ",
            "đến nay",
            "tới nay",
            "hiện nay",
            "hiện có",
            "hiện ",
            ". hiện LĐLĐ",
            "; hiện",
            "nhiệm kỳ",
            "2023",
            "31",
            "/",
            ".",
            ",",
            " ",
            "  ",
            "\n",
            "x",
            "năm ",
        ]
    ),
    max_size=12,
).map("".join)


def _spans(matches: list[re.Match[str]]) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups()) for m in matches]


@settings(max_examples=1500)
@given(PERIOD_TEXT)
def test_each_finds_what_the_alternation_finds(text: str) -> None:
    as_of = re.compile("(?:đến|tới)" + _AS_OF)
    now = re.compile("|".join(p.pattern for p in _NOW_RES))
    assert _spans(each_match(_AS_OF_RES, text)) == _spans(list(as_of.finditer(text)))
    assert _spans(each_match(_NOW_RES, text)) == _spans(list(now.finditer(text)))


YEAR_TEXT = st.lists(
    st.sampled_from(
        [
            "(năm 2023)",
            "( 2022 )",
            "(2021",
            "năm 2023",
            " năm 2022",
            " năm 2024 tăng",
            "năm 2020.",
            " năm 2019;",
            "4,8 triệu",
            "(",
            ")",
            " ",
            "\n",
            "x",
            "năm",
            "2023",
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=1000)
@given(YEAR_TEXT)
def test_figure_years_found_as_with_the_alternation(text: str) -> None:
    both = re.compile(f"{_YEAR_IN_BRACKETS.pattern}|{_YEAR_OF_A_CHANGE.pattern}")
    expected = [(m.span(), m.group(1) or m.group(2)) for m in both.finditer(text)]
    found = each_match((_YEAR_IN_BRACKETS, _YEAR_OF_A_CHANGE), text)
    assert [(m.span(), m.group(1)) for m in found] == expected
