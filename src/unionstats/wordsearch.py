"""Whole-word alternations (`(?<!\\w)(name|name|...)(?!\\w)`) searched at the speed of `re`.

Python's `re` skips ahead to the places where a pattern can start only when the pattern
opens with its literals; a leading look-behind hides them, so a list of 86 province names
was tried at every character (0.23 ms per 3 KB report; 0.05 ms without it). A
:class:`WordAlternation` compiles the pattern without the look-behind and checks the
character before each match itself; on a failed check it searches again one character
later, as `re` would have: the matches are the same, in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = [
    "WordAlternation",
    "alternation",
    "at_line_starts",
    "at_starts",
    "char_ranges",
    "each_match",
    "literal_starts",
    "trie_alternation",
]

_WORD_CHAR = re.compile(r"\w")


class WordAlternation:
    """`re.compile(r"(?<!\\w)" + rest, flags).finditer`, faster on long text."""

    __slots__ = ("_rest", "pattern")

    def __init__(self, rest: str, flags: int = 0) -> None:
        """`rest`: the pattern after its leading `(?<!\\w)`; it must consume at least one
        character (a name, a phrase), so that every match moves the search on."""
        self._rest = re.compile(rest, flags)
        self.pattern = re.compile(r"(?<!\w)" + rest, flags)  # the same search, as written

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """Every match, left to right, none overlapping, as `self.pattern.finditer` (with its
        `pos` and `endpos`: the character before `pos` is still read)."""
        rest = self._rest
        end = len(text) if endpos is None else endpos
        while (m := rest.search(text, pos, end)) is not None:
            start = m.start()
            if start and _WORD_CHAR.match(text, start - 1):
                pos = start + 1  # a word goes on before it: not a match here
                continue
            yield m
            pos = m.end()


def alternation(words: Iterable[str]) -> str:
    """The words escaped as one alternation, longest first (so a phrase wins over its start);
    a pattern that matches nothing when there are none (an empty alternation would match
    everywhere: a list emptied in the catalogue)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


# Where a clause or a sentence ends: a semicolon, a line break, `!` or `?`, a full stop that is
# not a figure's thousands dot (`1.250`).
CLAUSE_STOP = re.compile(r"[;!?\n]|\.(?!\d)|(?<!\d)\.")


# The capitals of Vietnamese, for a character class (`[{UPPER_LETTERS}]`): `À-Ỹ` as a range holds
# lower-case letters too.
UPPER_LETTERS = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"


def spaced_alternation(phrases: Iterable[str]) -> str:
    """The phrases as one alternation, longest first, any run of whitespace matching the
    space between two words (a line break of a pasted text); a pattern that matches nothing
    when there are none."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered) or "(?!)"


def trie_alternation(words: Iterable[str]) -> str:
    r"""The words as an alternation branched character by character (`h(?:ai)|b(?:a|ốn)`), so
    that `re` drops a position at its first character instead of trying every word there.

    It matches as the alternation of the words longest first, whatever follows it: the
    words that match at one position are each the start of the next, and at a branch the
    longer ones are tried first (`công đoàn(?: cơ sở)?`); at most one branch goes on with
    the text's next character. (Case-sensitive patterns only: ignoring case, two branches
    may go on with one character.)"""
    by_first: dict[str, list[str]] = {}
    words = set(words)
    if not words:
        return "(?!)"  # no words: matches nothing (an empty alternation would match everywhere)
    for word in sorted(words):
        by_first.setdefault(word[:1], []).append(word[1:])
    branches = []
    for first, rests in by_first.items():
        longer = [r for r in rests if r]
        if not longer:
            branches.append(re.escape(first))
            continue
        optional = "?" if "" in rests else ""
        branches.append(f"{re.escape(first)}(?:{trie_alternation(longer)}){optional}")
    return "|".join(branches)


def each_match(patterns: tuple[re.Pattern[str], ...], text: str) -> list[re.Match[str]]:
    """The matches of the alternation of `patterns`, in order. `re` skips ahead to a pattern's
    leading literal but tries an alternation at every character, so alternatives that lead
    with different words, and whose matches hold none of the others' words (no two can
    overlap), are searched one at a time."""
    return sorted((m for p in patterns for m in p.finditer(text)), key=lambda m: m.start())


def at_line_starts(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that starts with `^` under MULTILINE and never
    matches empty: only the start of each line is tried. Under IGNORECASE `re` cannot skip
    ahead, and tried every character (the digest headings of `layout`: 0.3 M instructions
    of a 3 KB report's 20)."""
    taken = 0  # where the last match ended: a match never overlaps it
    pos = 0
    while True:
        if pos >= taken and (m := pattern.match(text, pos)) is not None:
            yield m
            taken = m.end()
        line_end = text.find("\n", pos)
        if line_end < 0:
            return
        pos = line_end + 1


def at_starts(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that never matches empty, when every match can
    only start at one of `starts` (ascending): only those are tried, each with `match` (a
    look-behind still reads the text before it), none inside the match before."""
    taken = 0
    for pos in starts:
        if pos >= taken and (m := pattern.match(text, pos)) is not None:
            yield m
            taken = m.end()


def literal_starts(text: str, literals: Iterable[str]) -> list[int]:
    """Every position where one of the (non-empty) `literals` starts in `text`, ascending:
    where a pattern led by their alternation can match (`str.find` skips ahead where `re`,
    with several first letters, tried each of them)."""
    found = set()
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            found.add(at)
            at = text.find(literal, at + 1)
    return sorted(found)


def char_ranges(chars: Iterable[str]) -> str:
    """A character class's body of `chars`, runs of code points as ranges: a class of 650
    single characters made each search ~10 times slower than one of 60 ranges."""
    cps = sorted({ord(c) for c in chars})
    runs: list[list[int]] = []
    for cp in cps:
        if runs and cp == runs[-1][1] + 1:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp])
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs
    )
