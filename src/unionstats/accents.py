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
from collections.abc import Iterable, Iterator
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
    pattern = re.compile(r"(?<![\w/])" + _trie(table) + r"(?![\w/])")
    return pattern, table, int(settings["min_phrases"])


def _trie(phrases: Iterable[str]) -> str:
    """An alternation of `phrases` written as a tree of their characters, matching what the
    plain alternation longest first matches (at a place, one branch at most goes on with the
    next character, and a phrase's end is tried after what goes on from it): `re` tried the
    1,250 branches one after another at every word, 0.7 s a megabyte of unmarked text."""
    root: dict[str, dict] = {}
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict[str, dict]) -> str:
        goes_on = [re.escape(c) + branch(child) for c, child in sorted(node.items()) if c]
        if not goes_on:
            return ""
        body = f"(?:{'|'.join(goes_on)})"
        return body + "?" if "" in node else body

    return branch(root)


# A program's line: an assignment or a block (`tong = 0`, `{`), not a sentence.
_CODE = re.compile(r"[={}]")
# English words that no Vietnamese syllable is spelled as (`the`, `to`, `an` are: thẻ, tổ,
# ăn): two of them make a line English, whatever Vietnamese words it quotes.
_ENGLISH = re.compile(
    r"\b(?:and|of|is|are|was|were|has|have|had|said|says|with|from|for|this|that|these|"
    r"those|their|its|his|her|our|will|would|should|could|been|which|what|who|there|into|"
    r"about|after|before|over|under|while|by|per|members|workers|union|unions|year|years)\b"
)


# A run of unmarked letters as long as few marked sentences hold: the sign that one sentence
# of a marked line may have been typed without marks (`... ốm đau. Cac CDCS da to chuc 186
# cuoc doi thoai dinh ky; ...`), searched before the line is split into sentences.
_UNMARKED_RUN = re.compile(r"[a-z][a-z ,]{29}")
# A sentence of a line, or its part up to `;` (a decimal point or a thousands dot inside it).
_SENTENCE_PART = re.compile(r"(?:[^.;!?\n]|\.(?=\d))+[.;!?]?")


def restore_marks(low: str) -> str:
    """`low` with the catalogue's phrases marked in its lines, or sentences of a line, written
    without any mark (and naming at least `min_phrases` different ones, one of several words,
    and not a program's); itself when it has none. (A scan's marks lost inside marked lines:
    `restore_mismarked`.)"""
    lines = low.split("\n")
    whole = any(len(line) >= _MIN_LINE and line.isascii() for line in lines)
    inside = _UNMARKED_RUN.search(low) is not None
    if not (whole or inside):
        return low
    for i, line in enumerate(lines):
        if len(line) < _MIN_LINE:
            continue
        if line.isascii():
            lines[i] = _restored(line)
        elif inside and _UNMARKED_RUN.search(line):
            lines[i] = _SENTENCE_PART.sub(_restored_part, line)
    return "\n".join(lines)


def _restored_part(m: re.Match[str]) -> str:
    part = m.group()
    return _restored(part) if len(part) >= _MIN_LINE and part.isascii() else part


def _restored(line: str) -> str:
    """A line or sentence with no mark, its phrases marked when it names enough of them."""
    pattern, table, least = _restorer()
    if _CODE.search(line):
        return line  # (`tong = 0`, `dat = dat.upper()`: a program's names, not words)
    if len(set(_ENGLISH.findall(line))) >= 2:
        return line  # (`mr. dang said the union (cong doan) has 1,250 members`)
    found = set(pattern.findall(line))
    # (one phrase again and again is no evidence; nor words alone: `the dang family and mr
    # tong visited nam dinh`, names in English)
    if len(found) >= least and any(" " in phrase for phrase in found):
        return pattern.sub(lambda m: table[m.group()], line)
    return line


@cache
def _scan_signs() -> tuple[frozenset[str], int]:
    settings = package_yaml(_CATALOGUE, "accents.yaml")
    return frozenset(settings["scan_words"]), int(settings["min_scan_signs"])


# a digit and a look-alike letter inside one figure, as `clean` repairs them (`2.9o6`): a
# figure standing as a word, not a code glued to letters (a link's `fbclid=IwAR1o2xl9`); read
# from the start of its run only (from every digit of `1,1,1,...`, the run was read again)
_LOOKALIKE_DIGIT = re.compile(
    r"(?<![\w.,])[0-9oli.,]*?[0-9][.,]?[oli][.,]?[0-9][0-9oli.,]*(?![^\W\d_])"
)


def scanned(low: str) -> bool:
    """Whether a (lower-cased) file's text, as a reader sees it (a page's text, not its
    markup), shows the signs of a scan read by OCR (before cleaning repairs its figures): words
    Vietnamese never writes without marks, standing between spaces (not a web address's
    `nguoi-lao-dong`), a digit read as a letter in a figure, OCR's `ð` among `đ` (a text that
    writes `ð` for every `đ` was typed in an old font or read with the wrong code page). (Each
    word counted by `str.count`: a regex search for them took a third of a millisecond on 4
    KB, a split of the text a tenth.)"""
    words, least = _scan_signs()
    found = low.count("ð") if "đ" in low else 0
    for _ in _LOOKALIKE_DIGIT.finditer(low):
        found += 1
        if found >= least:
            return True
    if not found:
        return False  # (a scan confuses some letter: its words are looked at only then)
    for word in words:
        found += low.count(f" {word} ") if word in low else 0
        if found >= least:
            return True
    return False


@cache
def _own_words() -> frozenset[str]:
    return frozenset(package_yaml(_CATALOGUE, "accents.yaml")["own_words"])


_MODIFIERS = {"\u0302", "\u0306", "\u031b"}  # circumflex, breve, horn (and đ's stroke)
_TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}


@cache
def _marks(char: str) -> tuple[frozenset[str], str | None]:
    """A letter's modifiers (`ê`: circumflex; `đ`: its stroke) and its tone mark."""
    if char in "đð":
        return frozenset({"đ"}), None
    parts = unicodedata.normalize("NFD", char)[1:]
    tone = next((c for c in parts if c in _TONES), None)
    return frozenset(c for c in parts if c in _MODIFIERS), tone


def _scans_reading(written: str, syllable: str) -> bool:
    """Whether `written` is `syllable` as a scan reads it: marks lost, its tone on another of
    its letters, or a tone on a plain vowel beside a marked one, where Vietnamese never writes
    it (`vìên`); not a word of its own, with a mark the syllable has not on the letter that
    bears it (`cộng` for `công`, `viện` for `viên`, `cơ` for `có`, `lời` for `lợi`)."""
    marks = [(_marks(w), _marks(s)) for w, s in zip(written, syllable, strict=True)]
    if any(not w_mods <= s_mods for (w_mods, _), (s_mods, _) in marks):
        return False  # a modifier the syllable has not: `về` for `vé`, `cơ` for `có`
    tones = [(i, w_tone) for i, ((_, w_tone), _) in enumerate(marks) if w_tone]
    if len(tones) != 1:
        return True  # marks lost, or more tones than a syllable bears
    at, tone = tones[0]
    if any(s_tone == tone for _, (_, s_tone) in marks):
        return True  # its own tone, on this letter or another (`kíên` for `kiến`)
    modified = [bool(s_mods) for _, (s_mods, _) in marks]
    return not modified[at] and any(modified)  # (`vìên`: no tone goes on that `i`)


@cache
def _unmark_table() -> dict[int, str]:
    """`str.translate` table of every marked letter to its letter: one character for one."""
    letters = "đàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
    return {ord(c): _base(c) for c in letters} | {ord("ð"): "d"}  # (OCR's `Ð` for `Đ`)


def restore_slips(low: str, text: str) -> str:
    """In a marked text, a typist's slips read in their spelling: the catalogue's abbreviations
    typed in capitals without their `đ` (`CDCS`, `LDLD`), and the `slip_phrases` one word of
    which lost every mark while the others kept theirs (`Cong đoàn`, `đoàn vien`); not a word
    written with other marks (`công nhân`, `công đoạn`: words of their own); offsets unchanged.
    (`text` is `low` as written, for its capitals.)"""
    pattern, table = _slips()
    return _spliced(
        low,
        (
            (m.start(), m.end(), table[m.group()])
            for m in pattern.finditer(low)
            # (an abbreviation is typed in capitals)
            if " " in table[m.group()] or text[m.start() : m.end()].isupper()
        ),
    )


def _spliced(low: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """`low` with each span (start, end, phrase), in order, replaced by its phrase of the same
    length: offsets unchanged."""
    pieces: list[str] = []
    at = 0
    for start, end, phrase in spans:
        pieces += [low[at:start], phrase]
        at = end
    if not pieces:
        return low
    pieces.append(low[at:])
    return "".join(pieces)


@cache
def _slips() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of the slips `restore_slips` reads, each with the phrase it is: searched in
    the text as written (a search of every phrase's unmarked spelling cost 0.4 ms a report)."""
    settings = package_yaml(_CATALOGUE, "accents.yaml")
    own = _own_words()
    slipped = set(settings["slip_phrases"])
    marked = set(settings["words"]) | slipped
    found: dict[str, set[str]] = defaultdict(set)
    for phrase in marked:
        words = phrase.split(" ")
        if len(words) == 1:
            if phrase.replace("đ", "d").isascii():
                found[phrase.replace("đ", "d")].add(phrase)
            continue
        if phrase not in slipped:
            continue
        for i, word in enumerate(words):
            plain = unmarked(word)
            if plain != word:
                found[" ".join([*words[:i], plain, *words[i + 1 :]])].add(phrase)
    slips = {
        slip: next(iter(phrases))
        for slip, phrases in found.items()
        if len(phrases) == 1 and slip not in own and slip not in marked
    }
    return re.compile(r"(?<![\w/])" + _trie(slips) + r"(?![\w/])"), slips


def restore_mismarked(low: str) -> str:
    """The catalogue's phrases of several words, and abbreviations that differ only by `đ`
    (`cdcs`), in their spelling where a scan lost or misplaced their marks (`đoàn vìên`,
    `tập huân`, `cuoc đối thoai`), not where it read a word of its own (`cộng đoàn`, `chi
    tiêu`: see `_scans_reading`, `own_words`); offsets unchanged."""
    pattern, table, _ = _restorer()
    plain = low.translate(_unmark_table())
    own = _own_words()

    def mismarked() -> Iterator[tuple[int, int, str]]:
        for m in pattern.finditer(plain):
            phrase = table[m.group()]
            written = low[m.start() : m.end()]
            if written == phrase:
                continue
            if " " not in phrase and (phrase.replace("đ", "d") != written or not written.isascii()):
                continue  # (one word alone may be another word: `nam`, `dong`, `dược`)
            if written in own or not all(
                _scans_reading(w, s)
                for w, s in zip(written.split(" "), phrase.split(" "), strict=True)
            ):
                continue
            yield m.start(), m.end(), phrase

    return _spliced(low, mismarked())
