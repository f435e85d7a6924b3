"""Every phrase of the catalogue, found in a report in one pass.

The catalogue names hundreds of phrases in a few dozen lists (counted nouns,
cues, plan words, never rules ...). Searching each list with its own regular
expression means one scan of the report per list; an Aho–Corasick automaton
(pyahocorasick) finds all of them in one scan. The extractor then answers
"is a phrase of list L within N characters before this number?" by bisecting
the sorted positions of L's hits instead of searching the text again.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

import ahocorasick


class Lexicon:
    """Phrase lists, each with an id; compiled once into one automaton."""

    def __init__(self) -> None:
        self._lists: list[tuple[str, ...]] = []
        self._ids: dict[tuple[str, ...], int] = {}
        self._automaton: ahocorasick.Automaton | None = None
        self._longest = 0

    def add(self, phrases: Iterable[str]) -> int:
        """Register a list of lower-case phrases; equal lists share one id."""
        key = tuple(sorted(set(phrases)))
        if key not in self._ids:
            self._ids[key] = len(self._lists)
            self._lists.append(key)
        return self._ids[key]

    def phrases(self, list_id: int) -> tuple[str, ...]:
        return self._lists[list_id]

    def freeze(self) -> None:
        """Build the automaton over word-bounded keys: each phrase, its punctuation turned
        into spaces, between two spaces; the text is scanned in the same form, so a key
        can only match whole words and no match needs checking afterwards."""
        owners: dict[str, set[int]] = {}
        for list_id, phrases in enumerate(self._lists):
            for phrase in phrases:
                key = " " + _spaced(phrase).strip() + " "
                if key.strip():
                    owners.setdefault(key, set()).add(list_id)
        automaton = ahocorasick.Automaton()
        for key, ids in owners.items():
            automaton.add_word(key, (len(key), tuple(sorted(ids)), None, None))
        automaton.make_automaton()
        self._automaton = automaton
        self._longest = max((len(k) for k in owners), default=0)

    def scan(self, low: str) -> Hits:
        """Every whole-word occurrence of every phrase in `low` (lower-cased text)."""
        assert self._automaton is not None, "Lexicon.freeze() must run before scan()"
        n_lists = len(self._lists)
        starts: list[list[int]] = [[] for _ in range(n_lists)]
        ends: list[list[int]] = [[] for _ in range(n_lists)]
        at: dict[int, list[tuple[int, int]]] = {}
        ends_at: dict[int, list[tuple[int, int]]] = {}
        # `_spaced(" " + low + " ")`: offsets in it are offsets in `low` plus one.
        for last, (length, ids, pairs_at, pairs_end) in self._automaton.iter(
            _spaced(" " + low + " ")
        ):
            end = last - 1  # the key's closing space is at `last`; in `low` the phrase ends there
            start = last - length + 1
            for list_id in ids:
                starts[list_id].append(start)
                ends[list_id].append(end)
            here = at.get(start)
            if here is None:
                at[start] = [(i, end) for i in ids]
            else:
                here.extend((i, end) for i in ids)
            there = ends_at.get(end)
            if there is None:
                ends_at[end] = [(i, start) for i in ids]
            else:
                there.extend((i, start) for i in ids)
            del pairs_at, pairs_end
        return Hits(starts, ends, at, ends_at, self._longest)


_NOT_A_LETTER = re.compile(r"[\W\d_]")
# Every character below U+2070 (Latin, Vietnamese, punctuation) that is not a letter, and the
# general punctuation block, map to a space; `str.translate` does this in one C loop.
_SPACES = {cp: " " for cp in range(0x2070) if not chr(cp).isalpha()}
_SPACES.update({cp: " " for cp in range(0x2000, 0x2070)})


def _spaced(text: str) -> str:
    """The text with every character that is not a letter turned into a space (same length).

    Characters outside the table (rare symbols, other scripts) are mapped by the regex."""
    spaced = text.translate(_SPACES)
    if spaced.isascii() or all(c.isalpha() or c == " " for c in set(spaced)):
        return spaced
    return _NOT_A_LETTER.sub(" ", spaced)


class Hits:
    """Where each list's phrases occur in one report, sorted by where they end."""

    __slots__ = ("at", "ends", "ends_at", "longest", "starts")

    def __init__(
        self,
        starts: list[list[int]],
        ends: list[list[int]],
        at: dict[int, list[tuple[int, int]]],
        ends_at: dict[int, list[tuple[int, int]]],
        longest: int,
    ) -> None:
        self.starts = starts
        self.ends = ends
        self.at = at
        self.ends_at = ends_at
        self.longest = longest

    def ending_between(self, list_id: int, lo: int, hi: int) -> list[tuple[int, int]]:
        """(start, end) of the hits of a list that end in [lo, hi], nearest to hi last."""
        ends = self.ends[list_id]
        i = bisect.bisect_left(ends, lo)
        j = bisect.bisect_right(ends, hi)
        starts = self.starts[list_id]
        return [(starts[k], ends[k]) for k in range(i, j)]

    def starting_between(self, list_id: int, lo: int, hi: int) -> list[tuple[int, int]]:
        """(start, end) of the hits of a list that start in [lo, hi], in order of position."""
        ends = self.ends[list_id]
        i = bisect.bisect_right(ends, lo)
        j = bisect.bisect_right(ends, hi + self.longest)
        starts = self.starts[list_id]
        return sorted((starts[k], ends[k]) for k in range(i, j) if lo <= starts[k] <= hi)

    def end_at(self, list_id: int, start: int) -> int:
        """The end of the longest phrase of the list that starts at `start`, or -1."""
        best = -1
        for lid, end in self.at.get(start, ()):
            if lid == list_id and end > best:
                best = end
        return best

    def lists_at(self, start: int) -> list[tuple[int, int]]:
        """(list id, end) of every phrase that starts at `start`."""
        return self.at.get(start, [])

    def lists_ending_at(self, end: int) -> list[tuple[int, int]]:
        """(list id, start) of every phrase that ends at `end`."""
        return self.ends_at.get(end, [])
