"""WordAlternation finds exactly what the pattern with its leading look-behind finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from unionstats.orgs import words
from unionstats.places import _names_re, provinces
from unionstats.wordsearch import WordAlternation, alternation, literal_starts, trie_alternation

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
    for pattern in (_names_re(False), words().type_re):
        _same(pattern, text)
        _same(pattern, text.lower())


def _longest_first(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


WORD = st.text(alphabet="ab đ.-", min_size=1, max_size=5)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(WORD, min_size=1, max_size=8),
    st.lists(WORD, max_size=12),
    st.sampled_from([r"(?!\w)", "", r"(?=x)", r"\b"]),
)
def test_trie_matches_as_the_words_longest_first(
    words: list[str], pieces: list[str], after: str
) -> None:
    text = " ".join(pieces + words[::2])
    trie = re.compile(rf"({trie_alternation(words)}){after}")
    plain = re.compile(rf"({_longest_first(words)}){after}")
    assert [(m.span(), m.groups()) for m in trie.finditer(text)] == [
        (m.span(), m.groups()) for m in plain.finditer(text)
    ]


@settings(max_examples=100, deadline=None)
@given(
    st.text(
        alphabet="Thanh HóaNghệ An Liên đoàn Lao động công đoàn cơ sở cđcs x1_-.,(", max_size=80
    )
)
def test_catalogue_tries_match_as_their_words(text: str) -> None:
    names = sorted({n for p in provinces() for n in p.names})
    types = [p for p, _ in words().types]
    for listed, source in ((names, text), (types, text.lower())):
        trie = re.compile(rf"({trie_alternation(listed)})(?!\w)")
        plain = re.compile(rf"({_longest_first(listed)})(?!\w)")
        assert [m.span() for m in trie.finditer(source)] == [
            m.span() for m in plain.finditer(source)
        ]


_LINE_PIECES = (
    "Bắc Giang",
    "LĐLĐ tỉnh Nghệ An",
    "liên đoàn lao động thành phố Hà Nội",
    "## ",
    "* ",
    "12. ",
    "> ",
    ":",
    ": ",
    "Trao 500 suất quà",
    "12 đoàn viên",
    "Thứ Hai, ",
    "ngày ",
    "07/08/2023",
    " - 10:30",
    "20:59",
    " GMT+7",
    "  ",
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_LINE_PIECES), st.sampled_from(("", " ", "\n", "\n\n"))),
        max_size=16,
    )
)
def test_line_start_patterns_match_as_finditer(parts):
    """`at_line_starts` tries each line's start only: the matches of `finditer`, for every
    line-anchored pattern it serves."""
    from unionstats.layout import _ITEM_HEADING
    from unionstats.metadata import _DATE_TIME_LINE, _WEEKDAY_TIME_LINE
    from unionstats.wordsearch import at_line_starts

    text = "".join(piece + glue for piece, glue in parts)
    for pattern in (_ITEM_HEADING, _DATE_TIME_LINE, _WEEKDAY_TIME_LINE):
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in at_line_starts(pattern, text)] == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="gồm mỗi :/.vn", max_size=40), st.sampled_from(["gồm", "://", ".vn/", "m"]))
def test_literal_positions_as_find(text: str, literal: str) -> None:
    assert literal_starts(text, (literal,)) == [
        i for i in range(len(text)) if text.startswith(literal, i)
    ]


def test_alternation_puts_the_longest_phrase_first_and_an_empty_list_matches_nothing() -> None:
    """One helper for every catalogue list made a pattern: a phrase wins over its own start
    (`công đoàn cơ sở`, not `công đoàn`), and a list emptied in the catalogue matches nothing
    (an empty alternation would match everywhere)."""
    pattern = re.compile(alternation(["công đoàn", "công đoàn cơ sở", "a.b"]))
    assert pattern.match("công đoàn cơ sở X").group() == "công đoàn cơ sở"
    assert pattern.match("a-b") is None  # escaped
    assert re.search(alternation([]), "bất kỳ văn bản nào") is None
