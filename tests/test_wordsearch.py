"""WordAlternation finds exactly what the pattern with its leading look-behind finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from unionstats.orgs import words
from unionstats.places import _names_re
from unionstats.wordsearch import WordAlternation

NAMES = WordAlternation(r"(hà nam|nam định|nam|an|định)(?!\w)")


def _same(alternation: WordAlternation, text: str) -> None:
    expected = [(m.span(), m.groups()) for m in alternation.pattern.finditer(text)]
    assert [(m.span(), m.groups()) for m in alternation.finditer(text)] == expected


def test_word_before_is_skipped_one_character_on() -> None:
    # `xhà nam` is no match at `h`, but `nam định` inside it is one, as with the look-behind.
    assert [m.group(1) for m in NAMES.finditer("xhà nam định, an")] == ["nam định", "an"]
    _same(NAMES, "xhà nam định, an")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="hà nmđịxa _1,.\n", max_size=60))
def test_same_matches_as_the_look_behind(text: str) -> None:
    _same(NAMES, text)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="Thanh HóaNghệ An Liên đoàn Lao động công đoàn cđ x1_-.,(", max_size=80))
def test_catalogue_alternations(text: str) -> None:
    for alternation in (_names_re(False), words().type_re):
        _same(alternation, text)
        _same(alternation, text.lower())
