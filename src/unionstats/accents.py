"""Vietnamese typed without its marks (`ket nap 120 doan vien moi`): an old e-mail, a text
message, a keyboard without Vietnamese input.

In a line written without a single mark, the catalogue's phrases are read in their marked
spelling, in the lower-cased copy that all matching runs on (see `clean.lowercase`). A
marked letter is one code point in NFC text, as its unmarked letter is, so every offset
still points into the original; quotes keep what the report wrote.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from typing import Any

from unionstats.datafiles import package_yaml

_CATALOGUE = "unionstats.catalogue"
_MIN_LINE = 20  # shorter lines (a date, a name) are no evidence either way


def unmarked(text: str) -> str:
    """Each letter without its marks, one character for one: `đoàn viên` → `doan vien`."""
    return "".join(_base(c) for c in text)


@cache
def _base(char: str) -> str:
    if char in "đĐ":
        return "d" if char == "đ" else "D"
    decomposed = unicodedata.normalize("NFD", char)
    return decomposed[0] if decomposed[:1].isascii() else char


def _strings(node: Any) -> Iterator[str]:
    """Every string of a YAML document: phrases, and keys that are phrases."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, str):
                yield key
            yield from _strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item)


@cache
def _restorer() -> tuple[re.Pattern[str], dict[str, str], int]:
    """The pattern of the phrases' unmarked spellings and the marked one of each."""
    settings = package_yaml(_CATALOGUE, "accents.yaml")
    phrases = set(settings["words"])
    for name in ("indicators.yaml", "never.yaml", "numbers.yaml"):
        for text in _strings(package_yaml(_CATALOGUE, name)):
            if " " in text and len(text) <= 40 and text == text.lower():
                phrases.add(text)  # several words: one spelling tells them apart
    forms: dict[str, set[str]] = defaultdict(set)
    for phrase in phrases:
        plain = unmarked(phrase)
        if plain != phrase and len(plain) == len(phrase) and plain.isascii():
            forms[plain].add(phrase)
    table = {plain: next(iter(marked)) for plain, marked in forms.items() if len(marked) == 1}
    keys = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w/])(?:" + "|".join(map(re.escape, keys)) + r")(?![\w/])")
    return pattern, table, int(settings["min_phrases"])


def restore_marks(low: str) -> str:
    """`low` with the catalogue's phrases marked in its lines written without any mark (and
    naming at least `min_phrases` of them); itself when it has none."""
    if not any(len(line) >= _MIN_LINE and line.isascii() for line in low.split("\n")):
        return low
    pattern, table, least = _restorer()
    lines = low.split("\n")
    for i, line in enumerate(lines):
        if len(line) < _MIN_LINE or not line.isascii():
            continue
        found = pattern.findall(line)
        if len(found) >= least:
            lines[i] = pattern.sub(lambda m: table[m.group()], line)
    return "\n".join(lines)
