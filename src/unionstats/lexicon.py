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
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from itertools import chain

import ahocorasick

from unionstats.wordsearch import char_ranges


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
        for key, ids in sorted(owners.items()):
            # The value carries the key's lists, so a scan files each hit without a lookup.
            automaton.add_word(key, (len(key), tuple(sorted(ids))))
        automaton.make_automaton()
        self._automaton = automaton
        self._longest = max((len(k) for k in owners), default=0)

    def scan(self, low: str) -> Hits:
        """Every whole-word occurrence of every phrase in `low` (lower-cased text).

        The automaton reports hits by end, and at one end the longest key first (it follows
        the failure links from the longest suffix): the order (end, start) that the
        questions bisect, so each list's hits are filed here already sorted. A hit is one
        tuple shared by its lists (filing it per list in parallel arrays, and per position
        in dicts, cost twice the automaton's own scan)."""
        assert self._automaton is not None, "Lexicon.freeze() must run before scan()"
        # `_spaced(" " + low + " ")`: offsets in it are offsets in `low` plus one; the key's
        # closing space is at `last`, so in `low` the phrase ends there.
        hits = [
            (last - length + 1, last - 1, lists)
            for last, (length, lists) in self._automaton.iter(_spaced(" " + low + " "))
        ]
        by_list: defaultdict[int, list[_Hit]] = defaultdict(list)
        for hit in hits:
            for list_id in hit[2]:
                by_list[list_id].append(hit)
        return Hits(self._longest, hits, dict(by_list))


# A character that is not a letter: everything below U+2070 (Latin, Vietnamese, punctuation)
# that `str.isalpha` rejects, the general punctuation block, and above it what `[\W\d_]` names
# (rare symbols, other scripts). One character class, so one C pass with `re.sub`; a
# `str.translate` table over the same code points took twice as long on Vietnamese text.
# A space is left alone (checked after the class, by a look-behind at the character just
# matched): turning each space into a space made every word boundary a replacement, half
# the cost of the scan.
_NOT_A_LETTER = re.compile(
    r"[\W\d_\u2000-\u206f"
    + "".join(re.escape(chr(cp)) for cp in range(0x2070) if not chr(cp).isalpha())
    + "](?<! )"
)


@cache
def _not_a_letter_in_bmp() -> re.Pattern[str]:
    """`_NOT_A_LETTER` for text of the Basic Multilingual Plane, as the code points it turns
    into spaces there, in ranges: one table lookup a character, where the categories of
    `_NOT_A_LETTER` (`\\W`, `\\d`) cost two Unicode lookups for every letter (2.5 times the
    scan). Read once a process off `_NOT_A_LETTER` itself, applied to every BMP character."""
    every = "".join(map(chr, range(0x10000)))
    spaced = _NOT_A_LETTER.sub(" ", every)
    return re.compile(f"[{char_ranges(c for c, s in zip(every, spaced, strict=True) if c != s)}]")


def _beyond_bmp(text: str) -> bool:
    """A character beyond the Basic Multilingual Plane stands in the text: it alone takes two
    UTF-16 code units (a lone surrogate, passed through, takes one). One C copy of the text,
    where a search for the class `[\U00010000-\U0010ffff]` checked every character (15 µs of a
    3 KB report)."""
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def _spaced(text: str) -> str:
    """The text with every character that is not a letter turned into a space (same length)."""
    if _beyond_bmp(text):  # (emoji, rare scripts: their categories decide)
        return _NOT_A_LETTER.sub(" ", text)
    return _not_a_letter_in_bmp().sub(" ", text)


_Hit = tuple[int, int, tuple[int, ...]]  # (start, end, the lists its phrase belongs to)


class Hits:
    """Where each list's phrases occur in one report: all hits sorted by where they end (and
    by start at one end), the same per list, and, built on first use, sorted by start. The
    positions a question bisects are plain lists of ints, made for a list when it is first
    asked about (a bisect with a `key` costs three times as much, and most lists are never
    asked about in a report)."""

    __slots__ = (
        "_by_end",
        "_by_list",
        "_by_start",
        "_ends",
        "_ids",
        "_starts",
        "_window",
        "longest",
    )

    def __init__(self, longest: int, by_end: list[_Hit], by_list: dict[int, list[_Hit]]) -> None:
        self._by_end = by_end
        self._by_list = by_list
        self._ends: dict[int, list[int]] = {}  # list id (-1: all hits) -> ends of its hits
        self._by_start: list[_Hit] = []
        self._starts: list[int] | None = None
        self._window: tuple[int, int, frozenset[int]] = (0, -1, frozenset())
        self._ids: list[tuple[int, ...]] | None = None  # the lists of each hit, by end
        self.longest = longest

    def _list_ends(self, list_id: int, found: list[_Hit]) -> list[int]:
        ends = self._ends.get(list_id)
        if ends is None:
            ends = self._ends[list_id] = [end for _, end, _ in found]
        return ends

    def ending_between(self, list_id: int, lo: int, hi: int) -> list[tuple[int, int]]:
        """(start, end) of the hits of a list that end in [lo, hi], nearest to hi last."""
        found = self._by_list.get(list_id)
        if found is None:
            return []
        ends = self._list_ends(list_id, found)
        i = bisect.bisect_left(ends, lo)
        j = bisect.bisect_right(ends, hi, i)
        return [(start, end) for start, end, _ in found[i:j]] if i < j else []

    def lists_ending_between(self, lo: int, hi: int) -> frozenset[int]:
        """The lists with a hit that ends in [lo, hi]: a list not among them has no hit there,
        so a question about each of many lists in one window can skip the absent ones. The
        last window is kept (the indicators weighed for one number share theirs)."""
        w_lo, w_hi, lists = self._window
        if (lo, hi) != (w_lo, w_hi):
            ends = self._list_ends(-1, self._by_end)
            i = bisect.bisect_left(ends, lo)
            j = bisect.bisect_right(ends, hi, i)
            if self._ids is None:
                self._ids = [ids for _, _, ids in self._by_end]
            lists = frozenset(chain.from_iterable(self._ids[i:j]))  # no Python loop per hit
            self._window = (lo, hi, lists)
        return lists

    def starting_between(self, list_id: int, lo: int, hi: int) -> list[tuple[int, int]]:
        """(start, end) of the hits of a list that start in [lo, hi], in order of position."""
        found = self._by_list.get(list_id)
        if found is None:
            return []
        ends = self._list_ends(list_id, found)
        i = bisect.bisect_right(ends, lo)
        j = bisect.bisect_right(ends, hi + self.longest)
        return sorted((start, end) for start, end, _ in found[i:j] if lo <= start <= hi)

    def any_starting_between(self, list_id: int, lo: int, hi: int) -> bool:
        """Whether a hit of the list starts in [lo, hi]: `starting_between` without the list
        (a question asked of the rest of a long sentence for each of its figures)."""
        found = self._by_list.get(list_id)
        if found is None:
            return False
        ends = self._list_ends(list_id, found)
        j = bisect.bisect_right(ends, hi + self.longest)
        return any(lo <= found[k][0] <= hi for k in range(bisect.bisect_right(ends, lo), j))

    def _starting_at(self, start: int) -> list[_Hit]:
        """The hits that start at `start`, shortest first."""
        if self._starts is None:
            self._by_start = sorted(self._by_end)  # (start, end) is unique: lists never compared
            self._starts = [s for s, _, _ in self._by_start]
        i = bisect.bisect_left(self._starts, start)
        j = bisect.bisect_right(self._starts, start, i)
        return self._by_start[i:j]

    def end_at(self, list_id: int, start: int) -> int:
        """The end of the longest phrase of the list that starts at `start`, or -1."""
        best = -1
        for _, end, lists in self._starting_at(start):
            if list_id in lists and end > best:
                best = end
        return best

    def lists_at(self, start: int) -> list[tuple[int, int]]:
        """(list id, end) of every phrase that starts at `start`."""
        return [(lid, end) for _, end, lists in self._starting_at(start) for lid in lists]

    def lists_ending_at(self, end: int) -> list[tuple[int, int]]:
        """(list id, start) of every phrase that ends at `end`."""
        ends = self._list_ends(-1, self._by_end)
        i = bisect.bisect_left(ends, end)
        j = bisect.bisect_right(ends, end, i)
        return [(lid, start) for start, _, lists in self._by_end[i:j] for lid in lists]
