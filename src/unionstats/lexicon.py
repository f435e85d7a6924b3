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
        self._key_lists: list[tuple[int, ...]] = []  # key id -> the lists it belongs to
        self._list_keys: list[set[int]] = []  # list id -> its key ids

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
        self._key_lists = []
        self._list_keys = [set() for _ in self._lists]
        for key_id, (key, ids) in enumerate(sorted(owners.items())):
            automaton.add_word(key, (len(key), key_id))
            self._key_lists.append(tuple(sorted(ids)))
            for list_id in ids:
                self._list_keys[list_id].add(key_id)
        automaton.make_automaton()
        self._automaton = automaton
        self._longest = max((len(k) for k in owners), default=0)

    def scan(self, low: str) -> Hits:
        """Every whole-word occurrence of every phrase in `low` (lower-cased text)."""
        assert self._automaton is not None, "Lexicon.freeze() must run before scan()"
        by_key: dict[int, list[tuple[int, int]]] = {}
        at: dict[int, list[tuple[int, int]]] = {}
        ends_at: dict[int, list[tuple[int, int]]] = {}
        # `_spaced(" " + low + " ")`: offsets in it are offsets in `low` plus one.
        for last, (length, key_id) in self._automaton.iter(_spaced(" " + low + " ")):
            end = last - 1  # the key's closing space is at `last`; in `low` the phrase ends there
            start = last - length + 1
            span = (start, end)
            found = by_key.get(key_id)
            if found is None:
                by_key[key_id] = [span]
            else:
                found.append(span)
            at.setdefault(start, []).append((key_id, end))
            ends_at.setdefault(end, []).append((key_id, start))
        return Hits(self, by_key, at, ends_at)


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
    """Where each list's phrases occur in one report; a list's positions, sorted by where
    they end, are gathered the first time the list is asked for."""

    __slots__ = ("_at", "_by_key", "_ends_at", "_lex", "_lists", "longest")

    def __init__(
        self,
        lexicon: Lexicon,
        by_key: dict[int, list[tuple[int, int]]],
        at: dict[int, list[tuple[int, int]]],
        ends_at: dict[int, list[tuple[int, int]]],
    ) -> None:
        self._lex = lexicon
        self._by_key = by_key
        self._at = at
        self._ends_at = ends_at
        self._lists: dict[int, tuple[list[int], list[int]]] = {}
        self.longest = lexicon._longest

    def _list(self, list_id: int) -> tuple[list[int], list[int]]:
        """(starts, ends) of a list's hits, sorted by end."""
        cached = self._lists.get(list_id)
        if cached is not None:
            return cached
        keys = self._lex._list_keys[list_id]
        spans: list[tuple[int, int]] = []
        if len(keys) < len(self._by_key):
            for key in keys:
                found = self._by_key.get(key)
                if found:
                    spans.extend(found)
        else:
            for key, found in self._by_key.items():
                if key in keys:
                    spans.extend(found)
        spans.sort(key=lambda se: (se[1], se[0]))
        result = ([s for s, _ in spans], [e for _, e in spans])
        self._lists[list_id] = result
        return result

    def ending_between(self, list_id: int, lo: int, hi: int) -> list[tuple[int, int]]:
        """(start, end) of the hits of a list that end in [lo, hi], nearest to hi last."""
        # Called for every condition of every number: the cache is read inline.
        starts, ends = self._lists.get(list_id) or self._list(list_id)
        if not ends:
            return []
        i = bisect.bisect_left(ends, lo)
        j = bisect.bisect_right(ends, hi, i)
        return list(zip(starts[i:j], ends[i:j], strict=True)) if i < j else []

    def starting_between(self, list_id: int, lo: int, hi: int) -> list[tuple[int, int]]:
        """(start, end) of the hits of a list that start in [lo, hi], in order of position."""
        starts, ends = self._lists.get(list_id) or self._list(list_id)
        if not ends:
            return []
        i = bisect.bisect_right(ends, lo)
        j = bisect.bisect_right(ends, hi + self.longest)
        return sorted((starts[k], ends[k]) for k in range(i, j) if lo <= starts[k] <= hi)

    def end_at(self, list_id: int, start: int) -> int:
        """The end of the longest phrase of the list that starts at `start`, or -1."""
        best = -1
        keys = self._lex._list_keys[list_id]
        for key, end in self._at.get(start, ()):
            if key in keys and end > best:
                best = end
        return best

    def lists_at(self, start: int) -> list[tuple[int, int]]:
        """(list id, end) of every phrase that starts at `start`."""
        lists = self._lex._key_lists
        return [(lid, end) for key, end in self._at.get(start, ()) for lid in lists[key]]

    def lists_ending_at(self, end: int) -> list[tuple[int, int]]:
        """(list id, start) of every phrase that ends at `end`."""
        lists = self._lex._key_lists
        return [(lid, start) for key, start in self._ends_at.get(end, ()) for lid in lists[key]]
