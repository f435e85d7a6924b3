"""Read quantities the way a Vietnamese reader does.

Reports mix Vietnamese separators (dot groups thousands, comma marks decimals)
with English ones, sometimes inside one number, and write money with scale
words (`1 tỷ 255 triệu đồng`). `parse_quantity` reads one phrase; the
extractor finds phrases with `QUANTITY_RE` and hands each one here, so the
contract table of `indicators.md` is honoured in exactly one place. The
patterns match lower-cased text (see `clean.lowercase`).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from unionstats.clean import lowercase
from unionstats.datafiles import package_yaml
from unionstats.wordsearch import alternation, trie_alternation


@cache
def _words() -> dict[str, Any]:
    """The number words of `catalogue/numbers.yaml` (read once per process)."""
    return package_yaml("unionstats.catalogue", "numbers.yaml")


def _unless_closing(word: str) -> str:
    """Look-behinds for the phrases of `grouped_after` that end on `word` (`tổng số`): after
    them the word opens no number's name, and a spaced group is one figure again."""
    phrases = [p for p in _words()["grouped_after"] if p.endswith(" " + word)]
    heads = (re.escape(p[: -len(word)]).replace("\\ ", r"\x20") for p in phrases)
    return "".join(f"(?<!(?i:{head}))" for head in heads)


SCALES: dict[str, float] = {k: float(v) for k, v in _words()["scales"].items()}
QUALIFIERS: dict[str, str] = {
    word: kind for kind, words in _words()["qualifiers"].items() for word in words
}
_DIGITS: dict[str, float] = {k: float(v) for k, v in _words()["digits"].items()}
_SPELLED_MULTIPLIERS = tuple(_words()["multipliers"])
_MONEY_SCALES = frozenset(_words()["money_scales"])
_ENGLISH_SCALES = frozenset(_words()["english_scales"])
_ENGLISH_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?")
_JOINERS = tuple(_words()["joiners"])
SPELLED_WORDS = (*_DIGITS, *_SPELLED_MULTIPLIERS, *_JOINERS)


def _alt(words: Iterable[str]) -> str:
    return alternation(words)


_NUM = r"\d++(?:[.,]\d++)*+"
# `trđ`, `tr.đ`: triệu đồng in shorthand (the `đ` is then read as the unit).
_GLUED = frozenset(_words()["glued_scales"])
# (`tỷ lệ` is a rate, no scale: `3.389 Tỷ lệ: 99,3%`; the unit may be glued after a scale
# word: `3,1 tỷđ`, `1,2 tỉđồng`)
_NOT_SCALE = "|".join(r"\s+".join(map(re.escape, p.split())) for p in _words()["not_scales"])
# (`7tr500`, `6tr9`: millions in shorthand, the digits glued after them its next digits)
_SCALE = (
    rf"(?:tr\.?(?=\s*(?:đồng|đ)(?![\w]))|(?<=\d)(?<![.,]\d)tr(?=\d{{1,3}}(?!\d|[.,]\d)(?!\s*(?:-|–|~|đến|tới)\s*\d))|(?!(?:{_NOT_SCALE})(?![\w]))"
    rf"(?:{_alt(set(SCALES) - _GLUED)})(?=(?:đồng|đ)?(?![\w]))"
    rf"|(?<=\d)(?:{_alt(_GLUED)})(?![\w]))"
)
# `đồng` is money, but not in `đồng chí` (comrade), `đồng bào`, `đồng thời` ..., nor `đ/c`.
_MONEY = (
    rf"(?:đồng(?!\s+(?:{_alt(_words()['not_money_after_dong'])})\b)|đ(?!/c)|vnđ|vnd|₫)"
    r"(?![\w])"
)
# `VNĐ 500.000.000`, `₫1.000.000`: the currency before the figure (checked back from it).
_MONEY_BEFORE = re.compile(rf"(?<![\w])(?:{_alt(_words()['money_before'])})\s*+$")
_MONEY_BEFORE_LAST = tuple(w[-1] for w in _words()["money_before"])
# `1.250 ± 10`: a margin after the figure, part of its phrase.
_PLUS_MINUS = _alt(_words()["plus_minus"])
_PER_PERSON_MONTH = (
    r"(?:\s*/\s*(?:người|ng|lao động|lđ)\s*(?:/\s*)?tháng|\s*/\s*tháng(?:\s*/\s*người)?)(?![\w])"
)
_QUAL = _alt(QUALIFIERS)
_HALF = _alt(_words()["half_after_scale"])
_HALF_AFTER = re.compile(rf"\s+(?:{_HALF})(?!\w)")
_SPELLED = rf"(?:{trie_alternation(SPELLED_WORDS)})(?![\w])"

# One quantity phrase from its first digit: number (exponent)? (/ number)? (unit? range)? scale
# chain? unit? (The exponent: `2,5E+09 đồng`, a spreadsheet's figure in a column too narrow, read
# `09 đồng` as 9 đồng.) It starts at the digit (the look-behind comes after it) so that `re` can
# skip ahead to digits; the qualifier before it is read by `qualifier_before`. Repeats are
# possessive or bounded, so no input makes it backtrack. No number starts after a letter or a dot
# (`A1`, `Q.1`) nor in a decimal's second part (`1,5`), but one does after a comma that follows a
# word (`đoàn viên mới,1234`, text saved from a spreadsheet): it was never read.
# `1 862`, `98 765 432`: groups of three after a space, not one of a row of numbers, and not after
# a word that the first group belongs to (catalogue `not_grouped_after`); a decimal part may
# follow (`1 250,5 triệu đồng`, `1 250.5`: it read as 1, and 250,5 apart).
# A year after `năm` starts no range with `đến` (`tăng từ 8 triệu đồng năm 2023 đến 9,2 triệu
# đồng`: the level reached after it, not 2023 to 9,2 million).
# A range's dash never starts a line: there it is a list's bullet (`Kết quả năm 2021` /
# `- 120 đoàn viên mới`: `2021-120` was one range, and the item's figure was lost); nor does an
# item's number before a dash open one (`10- 100% cơ quan ...`, `Sự kiện 4 - 96% doanh nghiệp`).
_SPACE_GROUPED = (
    r"(?<!\d\x20\d)"
    + "".join(
        f"(?<!{_unless_closing(w)}{re.escape(w)}\\x20\\d)" for w in _words()["not_grouped_after"]
    )
    + r"(?:\d{0,2}+(?:\x20\d{3})++(?!\d)(?:(?:,\d{1,3}+|\.\d{1,2}+)(?![\d.,]))?"
    + r"(?!\x20*+\d)(?![.,]\d)"
    # ... and a space then dotted groups before a word (`1 125.340 người`, `8 500.000 đồng`): one
    # figure typed with two marks; its first group alone was published (hostile round 38)
    + r"|\d{0,2}+\x20\d{3}(?:\.\d{3})++(?!\d|[.,]\d)(?=[^\S\n]*+[^\W\d_]))"
)
# The last number of a chain said as speech says it: units after `trăm` (`3 trăm 40 sáng
# kiến`), the next digit after a larger scale, only where the figure ends (`3 tỷ 2,`, `5 triệu
# 8/người/tháng`; not `300 triệu 2 lần`, nor a list's `2.` on the next line).
_TAIL = (
    r"(?<=\dtr)(?<![.,]\dtr)\d{1,3}(?!\d|[.,]\d)(?!\s*(?:-|–|~|đến|tới)\s*\d)"
    r"|(?<=trăm)\x20\d{1,2}(?![\d.,/-]*\d)"
    r"|(?<=[^\W\d])(?<!trăm)\x20\d{1,2}(?![\d.,/-]*\d)"
    r"(?=[ \t]*+(?:[,;:!?)\n]|\.(?!\d)|$|đồng|đ(?![\w])|/))"
)
# ... and the figure over it grouped the same way (`4 126/4 390 LĐ`: 4 over 4 390, not 4)
_SPACED_DEN = rf"\d{{1,3}}+(?:\x20\d{{3}})++(?![\d.,]\d)|{_NUM}"
QUANTITY_RE = re.compile(
    rf"""
    (?P<num>\d(?<![\w.]\d)(?<!\d,\d)(?<!\d/\d)(?<!\de[+-]\d)(?:(?P<spaced>{_SPACE_GROUPED})|\d{{0,29}}+(?:[.,]\d{{1,30}}+)*+)(?![\d]))
    (?:e(?P<exp>[+-]\d{{1,2}}+)(?![\w.,]))?
    (?:\s*+(?:{_PLUS_MINUS})\s*+(?P<margin>{_NUM})(?![\d]))?
    (?:\s*+/\s*+(?P<den>(?(spaced)(?:{_SPACED_DEN})|{_NUM}))(?![\d]))?
    (?:(?P<lowscale>\s*+{_SCALE})?(?P<lowunit>\s*+(?:%|{_MONEY}))?[^\S\n]*+(?:[-–](?:(?<!\n\d[-–])(?<!\n\d\d[-–])(?<!\n\d\x20[-–])(?<!\n\d\d\x20[-–])(?<!kiện\x20\d[-–])(?<!kiện\x20\d\x20[-–])|(?!\s))|~|(?<!năm\x20\d{{4}}\x20)(?:đến|tới))\s*+(?P<high>{_NUM})(?![\w/])(?(lowscale)(?=\s*+{_SCALE})))?
    (?P<scales>(?:\s*+{_SCALE}(?:\s++{_NUM}(?=\s*{_SCALE}))?){{0,4}})
    (?P<tail>{_TAIL})?
    (?P<half>(?<=[^\W\d])\s++(?:{_HALF})(?![\w]))?
    (?P<unit>\s*+%|\s*+phần\s+trăm|\s*+{_MONEY}(?:{_PER_PERSON_MONTH})?|{_PER_PERSON_MONTH})?
    """,
    re.VERBOSE,
)
# A word of `not_last` goes on a phrase only before another number word or after a joiner:
# `hai triệu năm 2023`, `một nghìn năm lịch sử` and `hai mươi năm` end at their year noun (5
# after `mươi` is `lăm`, after a scale `rưỡi` or `năm trăm`); `một trăm linh năm` is 105.
_NOT_LAST = (
    "(?:"
    + "".join(rf"(?<={re.escape(j)}\s)|" for j in _JOINERS)
    + rf"(?!(?:{_alt(_words()['not_last'])})(?![\w])(?!\s+(?:{_SPELLED}))))"
)
# A comma after a scale word goes on with the smaller groups, as a `Bằng chữ` line writes
# them (`một tỷ, hai trăm năm mươi triệu đồng`); between two numbers it lists them.
_GROUP_COMMA = "(?:" + "|".join(f"(?<={w})" for w in ("tỷ", "tỉ", "triệu", "nghìn", "ngàn")) + r"),"
SPELLED_RE = re.compile(
    rf"(?:{_SPELLED})(?:(?:{_GROUP_COMMA})?\s+{_NOT_LAST}(?:{_SPELLED})){{0,12}}"
)
_QUAL_BEFORE = re.compile(rf"(?<!\w)({_QUAL})\s+(?:từ\s+)?$")
# What the words before a number end with when `_QUAL_BEFORE` matches there: the last word
# of a qualifier, or the `từ` after one. Checked first: the search tries the alternation at
# each of the 24 characters before every number, and most numbers have no qualifier.
_QUAL_LAST_WORDS = tuple(sorted({q.split()[-1] for q in QUALIFIERS} | {"từ"}))
# A count of members right before `trên` (no punctuation between): the whole it is out of.
_A_COUNT_OUT_OF = re.compile(
    rf"(?<![\d.,])\d[\d.,]*[ \t]+(?:{_alt(_words()['out_of_after'])})[ \t]+$"
)
_MONEY_FIGURE = re.compile(r"[\d.,]+\s*(?:triệu|tỷ|tỉ|nghìn|ngàn|đồng|đ\b|vnđ|tr\b)")
_LABEL_QUALIFIER = re.compile(
    rf"(?<!\w)\(?\s*(?:{_alt(_words()['label_qualifiers'])})\s*\)?\s*:$"
)  # (`Giá trị làm lợi (ước tính): 27,4 tỷ`)
_NOT_QUALIFIER = re.compile(rf"(?<!\w)(?:{_alt(_words()['not_qualifiers'])})\s+(?:từ\s+)?$")
_QUAL_AFTER = re.compile(r"\s*(?:[^\W\d]+\s+){0,3}?trở\s+(lên|xuống)\b")
_SPACES = re.compile(r"\s*")
_LONE_SPELLED = re.compile(rf"(?:{_SPELLED})")
_SPELLED_UNIT = re.compile(rf"\s*(%|phần\s+trăm|{_MONEY}(?:{_PER_PERSON_MONTH})?)")


# Not frozen: a frozen dataclass sets each field through `object.__setattr__`, and the
# records made for every number (this, its candidate, spot, mention ...) cost 7 % of a
# report's instructions that way. Nothing changes one once made.
@dataclass(slots=True)
class Quantity:
    """One number read from text, in base units (VND, persons, count, percent)."""

    value: float
    unit: str | None
    qualifier: str = "exact"
    low: float | None = None
    high: float | None = None
    target: float | None = None
    flags: tuple[str, ...] = ()
    start: int = 0
    end: int = 0


# A digit run that may be too long to read: a group of over 30 digits (QUANTITY_RE does not
# match it) or over 300 characters (`read_number` reads it as infinity). Led by one character
# set, so that `re` skips ahead to the digits (`\d{31}|[\d.,]{301}` was tried at every
# character, 4 % of a report's time); the look-behind asks that the first be a digit.
_MAYBE_UNREADABLE = re.compile(r"[\d.,](?:(?<=\d)\d{30}|[\d.,]{300})")
# `re` skips ahead to a character set at some 20 ns a character, so the quick scan is first
# made on every 10th character: a run of 31 digits shows three digits in a row there, a run
# of 301 digits and marks thirty such characters in a row (301 = 30 × 10 + 1). Every 15th
# character (two digits in a row) let two reports in three through to the full scan.
_SAMPLE_STEP = 10
_SAMPLED_RUN = re.compile(r"[\d.,](?:(?<=\d)\d{2}|[\d.,]{29})")
_DIGIT_RUN = re.compile(r"\d(?<![\w.]\d)(?<!\d,\d)\d*+(?:[.,]\d++)*+")
_LONG_GROUP = re.compile(r"\d{31}")


def unreadable_numbers(text: str) -> list[tuple[int, int]]:
    """(start, end) of the digit runs too long to be read as a quantity (over 30 digits in a
    group, or beyond what a float holds): `processing` keeps them as mentions with a reason
    rather than let a figure vanish. Runs that start inside a word (`ma123...`) are codes."""
    sample = text[_SAMPLE_STEP - 1 :: _SAMPLE_STEP]
    if _SAMPLED_RUN.search(sample) is None or _MAYBE_UNREADABLE.search(text) is None:
        return []  # the usual report: one quick scan of a tenth of it
    return [
        m.span()
        for m in _DIGIT_RUN.finditer(text)
        if _LONG_GROUP.search(m.group()) or not math.isfinite(read_number(m.group()))
    ]


def irregular_grouping(text: str) -> bool:
    """`1.23.456`, `12.3456.789`: two or more marks of one kind whose groups are not all of
    three digits after a head of one to three. Read as written (the last mark decimal), but
    flagged: the figure is probably mistyped."""
    for mark in ".,":
        if text.count(mark) >= 2:
            head, *groups = text.split(mark)
            other = "," if mark == "." else "."
            groups[-1] = groups[-1].split(other)[0]
            if not 1 <= len(head.split(other)[-1]) <= 3 or any(len(g) != 3 for g in groups):
                return True
    return False


_ONE_COMMA_THREE = re.compile(r"\d{1,3},\d{3}")


def ambiguous_grouping(text: str) -> bool:
    """`1,234` before a scale word (`1,234 triệu đồng`) or in a column of one: a decimal
    comma (1,234 million, as Vietnamese writes it and as prose is read) or an English
    thousands comma (1 234 million, as a spreadsheet's column is read), a thousand times
    apart; the figure is flagged for a reader to check."""
    return _ONE_COMMA_THREE.fullmatch(text) is not None


def read_number(text: str, before_scale: bool = False, percent: bool = False) -> float:
    """Read one digit group such as `3.611`, `260,7`, `5,450.000` or `02`.

    Dots group thousands and commas mark decimals, but reports also write the
    English way; the reading follows the group lengths: a separator followed
    by exactly three digits groups thousands, unless a scale word follows
    (`584,700 tỷ` is 584.7 tỷ) or the number is a percent. A digit run too long
    to be a quantity reads as infinity, which callers reject.
    """
    if " " in text:  # `1 862`: groups of three (QUANTITY_RE only joins those)
        text = text.replace(" ", "")
    if "." not in text and "," not in text:
        return float(text) if len(text) < 300 else math.inf
    if len(text) > 300:
        return math.inf
    seps = [c for c in text if c in ".,"]
    parts = text.replace(",", ".").split(".")
    head, groups = parts[0], parts[1:]
    all_three = all(len(g) == 3 for g in groups)
    if len(set(seps)) == 2:
        if all_three and not before_scale:
            return float("".join(parts))
        return float(f"{''.join([head, *groups[:-1]])}.{groups[-1]}")
    if len(seps) > 1:
        if all_three:
            return float("".join(parts))
        return float(f"{''.join([head, *groups[:-1]])}.{groups[-1]}")
    frac = groups[0]
    decimal = len(frac) != 3 or percent or (before_scale and seps[0] == ",")
    return float(f"{head}.{frac}") if decimal else float(head + frac)


def read_spelled(text: str) -> float | None:
    """Read a spelled-out number (`hai mươi mốt nghìn không trăm mười một` = 21011).

    One digit word ending the number right after `trăm` or a larger scale is that scale's
    next digit, as speech says it and as `3 tỷ 2` reads: `một trăm hai` 120, `một nghìn
    sáu` 1 600, `hai triệu mốt` 2 100 000, `ba tỷ hai` 3,2 tỷ (102 is `một trăm linh hai`:
    after a joiner the digit is units)."""
    words = unicodedata.normalize("NFC", text).lower().replace(",", " , ").split()
    # (the groups read so far with their scales: a larger scale takes the smaller groups
    # before it, `ba nghìn tám trăm tỷ` is 3 800 tỷ, `nghìn tỷ` a thousand tỷ; not past a
    # comma, after which smaller groups go on: `một tỷ, hai trăm triệu`)
    parts: list[tuple[float, float]] = []
    closed = 0  # (the parts before the last comma)
    current = 0.0
    pending: float | None = None
    previous_was_scale = False
    for word in words:
        if word == ",":
            closed = len(parts)
            continue
        if word in _DIGITS:
            pending = float(_DIGITS[word])
            previous_was_scale = False
        elif word == "mươi":
            current += (pending if pending is not None else 1.0) * 10
            pending = None
        elif word == "mười":
            current += 10
            pending = None
        elif word == "trăm":
            current += (pending if pending is not None else 1.0) * 100
            pending = None
        elif word in _JOINERS:
            continue
        elif word in SCALES:
            scale = SCALES[word]
            chunk = current + (pending or 0.0)
            if chunk == 0 and not previous_was_scale:
                chunk = 1.0  # (`nghìn` alone: a thousand)
            taken = [k for k in range(closed, len(parts)) if parts[k][1] < scale]
            lower = sum(parts[k][0] for k in taken)
            parts = [p for k, p in enumerate(parts) if k not in taken]
            parts.append(((lower + chunk) * scale, scale))
            current, pending = 0.0, None
            previous_was_scale = True
            continue
        else:
            return None
        previous_was_scale = False
    words = [w for w in words if w != ","]
    if pending and pending >= 1 and len(words) > 1 and words[-2] in SCALES:
        pending *= SCALES[words[-2]] / 10  # `một nghìn sáu`: the digit after the scale
    value = sum(v for v, _ in parts) + current + (pending or 0.0)
    return value if words else None


def times(written: float, factor: float) -> float:
    """`written × factor` as the decimals are written: 8,2 triệu is 8 200 000, not the
    8 199 999.999999999 that binary floats give (it reached the CSV an analyst opens)."""
    if factor == 1.0:
        return written
    return float(Decimal(repr(written)) * Decimal(repr(factor)))


# in a scale chain already read: `k` stands alone there, its digits matched before it
_SCALE_TOKEN = re.compile(rf"{_NUM}|tr\.?(?=\s*(?:đồng|đ)(?![\w]))|(?:{_alt(SCALES)})(?![\w])")


def _scale_factor(scales: str) -> tuple[float, list[tuple[str, str]]]:
    """Split `tỷ 255 triệu` into the leading factor (`tỷ`) and trailing (number, scale) pairs."""
    tokens = [t.rstrip(".") for t in _SCALE_TOKEN.findall(scales)]
    factor = 1.0
    i = 0
    while i < len(tokens) and tokens[i] in SCALES:
        factor *= SCALES[tokens[i]]
        i += 1
    pairs = [(tokens[j], tokens[j + 1]) for j in range(i, len(tokens) - 1, 2)]
    return factor, pairs


_HUNDRED = 100.0
_THOUSAND = 1000.0


def _chain_value(written: float, scales: str, tail: str) -> float:
    """A scale chain read as speech says it: `1 tỷ 255 triệu`, `2 trăm triệu`, `1 trăm 30
    ngàn` (130 000: the hundreds are a group's, the thousands multiply it), `87 triệu 5 trăm
    ngàn`, `3 ngàn 1 trăm 20` (3 120), and a last number of one or two digits after a larger
    scale its next digits (`3 tỷ 2`: 3,2 tỷ, `5 triệu 8`: 5,8 triệu). Hundreds ending the chain
    after millions or billions are the next group's, its thousands or millions unsaid (`7
    triệu 5 trăm`: 7,5 triệu, `3 tỷ 2 trăm 50`: 3,25 tỷ)."""
    total = 0.0
    group = written  # the group being built, below the next larger scale
    last = 1.0  # the scale the group ends in
    pending: float | None = None
    big, base = 0.0, 0.0  # a millions' or billions' scale hundreds came after, and the sum then
    for token in _SCALE_TOKEN.findall(scales):
        token = token.rstrip(".")
        if token not in SCALES:
            pending = read_number(token, before_scale=True)
            continue
        size = SCALES[token]
        if pending is None:  # `2 trăm triệu`, `5 trăm ngàn`: the scale multiplies the group
            group = times(group, size)
        elif size > last and last <= _HUNDRED:  # `1 trăm 30 ngàn`: the group's thousands
            group = times(group + pending, size)
        else:  # `1 tỷ 255 triệu`, `3 ngàn 1 trăm`: a new group
            if size <= _HUNDRED and last > _THOUSAND:
                big, base = last, total + group
            total, group = total + group, times(pending, size)
        pending, last = None, size
    if tail:
        digits = tail.strip()
        step = last / 10 ** len(digits) if last > _HUNDRED else 1.0
        group += times(float(digits), step)
    if big and last <= _HUNDRED:  # `7 triệu 5 trăm`: 7,5 triệu, the thousands left unsaid
        return base + times(total + group - base, big / _THOUSAND)
    return total + group


def _scale_words(scales: str) -> set[str]:
    return {t.rstrip(".") for t in _SCALE_TOKEN.findall(scales)}


@cache
def _person_unit_re() -> re.Pattern[str]:
    """A person noun right after a number (`248 đồng chí`, `2.110 lượt đoàn viên`).

    The nouns are the catalogue's one list of person nouns (`words.persons`), on the number's
    line: a line break the cleaning kept is no wrapped sentence's (a table row's last figure
    over its wrapped label, `624.000.000` / `đoàn viên, NLĐ`).
    """
    from unionstats.catalogue import load_catalogue

    nouns = sorted({"lượt", *load_catalogue().words["persons"]}, key=len, reverse=True)
    return re.compile(r"[^\S\n]*(?:" + alternation(nouns) + r")(?![\w])")


def _unit(unit_text: str | None, text: str, pos: int, value: float = 0.0) -> str | None:
    if unit_text:
        u = unit_text.strip()
        if u.startswith("%") or u.startswith("phần"):
            return "percent"
        return "VND/person/month" if "/" in u else "VND"
    if value >= _LEAST_PAY and _PER_HEAD_MONTH.match(text, pos):
        return "VND/person/month"  # `thu nhập bình quân 4.150.000 người/tháng`: `đồng` left out
    if _person_unit_re().match(text, pos):
        return "persons"
    return None


_LEAST_PAY = 100_000.0  # a month's pay in đồng is no smaller (`12 người/tháng` are people)
_PER_HEAD_MONTH = re.compile(r"\s*(?:người|ng|lao động|lđ)\s*/\s*tháng(?![\w])")


def qualifier_before(text: str, pos: int) -> tuple[str, int]:
    """The qualifier written right before position `pos` (`trên`, `gần` ...) and where it starts.

    `ước đạt` (a year-end figure "estimated at") stays exact, as the gold samples read it;
    `ước tính`, `ước khoảng` are approximate.
    """
    window = text[max(0, pos - 24) : pos]
    words = window.rstrip()
    if words.endswith(":") and (m := _LABEL_QUALIFIER.search(words)):
        return "approx", max(0, pos - 24) + m.start()  # (`làm lợi ước tính: 27,4 tỷ`)
    if len(words) == len(window) or not words.endswith(_QUAL_LAST_WORDS):
        return "exact", pos  # no qualifier can end there: the search below would fail
    m = _QUAL_BEFORE.search(text, max(0, pos - 24), pos)
    if m is None or _NOT_QUALIFIER.search(text, max(0, m.start() - 8), pos):
        return "exact", pos  # `cấp trên 1,2 tỷ`: the level above, not "over"
    return QUALIFIERS[m.group(1)], m.start()


def qualifier_of(text: str, pos: int) -> tuple[str, int]:
    """`qualifier_before`, but `trên` right after a count and its noun is no qualifier:
    `6.720 đoàn viên trên 6.985 cán bộ` is out of the whole, as `/` would write it."""
    found = qualifier_before(text, pos)
    if (
        found[0] == "over"
        and text.startswith("trên", found[1])
        and _A_COUNT_OUT_OF.search(text, max(0, found[1] - 40), found[1])
        and not _MONEY_FIGURE.match(text, pos)  # (`1.250 đoàn viên trên 600 triệu đồng`: over)
    ):
        return "exact", pos
    return found


_VAGUE_BEFORE = re.compile(rf"(?:{_alt(_words()['vague_before'])})\s+$")
_BARE_MULTIPLIER = re.compile(
    rf"(?:{_alt(m for m in _SPELLED_MULTIPLIERS if m not in ('mươi', 'mười'))})\b"
)
# Single spelled words that are far more often something else: `năm` (year), `tư` (private).
_NOT_BARE = frozenset(_words()["not_bare"])


def holds_a_spelled_amount(text: str) -> bool:
    """An amount spelled out with its unit stands in `text` (`năm trăm nghìn đồng`)."""
    return any(_SPELLED_UNIT.match(text, m.end()) for m in spelled_matches(text))


def spelled_matches(text: str, bare: bool = False) -> list[re.Match[str]]:
    """Spelled-out number phrases that start a word (`hai mươi mốt nghìn`).

    Vague amounts are not numbers: `hàng trăm nghìn lượt`, `vài trăm`, and a
    phrase that starts with a bare multiplier (`trăm triệu đồng`). One word alone
    (`một`, `hai`) is returned only with `bare=True`.
    """
    return [
        m
        for m in SPELLED_RE.finditer(text)
        if (m.start() == 0 or not text[m.start() - 1].isalnum())
        and (bare or " " in m.group(0) or "\t" in m.group(0) or "\n" in m.group(0))
        and (" " in m.group(0) or m.group(0) not in _NOT_BARE)
        and not _BARE_MULTIPLIER.match(m.group(0))
        and not _VAGUE_BEFORE.search(text, max(0, m.start() - 12), m.start())
    ]


def spelled_quantity(
    m: re.Match[str], text: str, before: tuple[str, int] | None = None
) -> Quantity | None:
    """A spelled-out number phrase (from `spelled_matches`) with its unit and qualifier;
    `before`: `qualifier_before(text, m.start())` when the caller has read it already."""
    value = read_spelled(m.group(0))
    if value is None:
        return None
    number_end = m.end()
    last = m.group(0).split()[-1].lower()
    if last in SCALES and (half := _HALF_AFTER.match(text, number_end)):
        value += SCALES[last] / 2  # (`một tỷ rưỡi`: and a half of the scale)
        number_end = half.end()
    unit_m = _SPELLED_UNIT.match(text, number_end)
    end = unit_m.end() if unit_m else number_end
    return Quantity(
        value=value,
        unit=_unit(unit_m.group(1) if unit_m else None, text, number_end),
        qualifier=(before or qualifier_of(text, m.start()))[0],
        start=m.start(),
        end=end,
    )


def quantity_from_match(
    m: re.Match[str], text: str, before: tuple[str, int] | None = None
) -> Quantity | None:
    """Turn a `QUANTITY_RE` match into a Quantity; None when it holds no readable number.
    `before`: `qualifier_before(text, m.start())` when the caller has read it already."""
    try:
        return _quantity(m, text, before)
    except (ValueError, OverflowError):
        return None


def _quantity(m: re.Match[str], text: str, before: tuple[str, int] | None) -> Quantity | None:
    # the groups read at once (one call, not one per group and use: 14 per number)
    (
        num_text, exp, margin, den, low_scale, low_unit, high_text, scales, tail, half, unit_text
    ) = m.group(
        "num", "exp", "margin", "den", "lowscale", "lowunit", "high", "scales", "tail", "half",
        "unit",
    )  # fmt: skip
    scales = scales or ""
    unit_text = unit_text or low_unit
    percent = bool(unit_text and unit_text.strip().startswith(("%", "phần")))
    has_scale = bool(scales.strip())
    flags: list[str] = []
    factor, extra = _scale_factor(scales) if has_scale else (1.0, [])
    if has_scale and not _ENGLISH_SCALES.isdisjoint(_scale_words(scales)):
        if not _ENGLISH_NUMBER.fullmatch(num_text):
            return None  # (`1.234,5 million`: no reading holds)
        value = float(num_text.replace(",", ""))  # `VND 1.563 billion`: English marks
    else:
        value = read_number(num_text, before_scale=has_scale, percent=percent)
    if exp:  # `2,5E+09`: a spreadsheet's scientific notation, in a column too narrow
        value = times(value, 10.0 ** int(exp))
    if (
        has_scale
        and num_text.count(".") + num_text.count(",") >= 2
        and value >= 1e6
        and factor >= SCALES["triệu"]
    ):
        # `210.000.000 triệu đồng`: the amount is already written in full. (Not before
        # `nghìn`: `2.500.000 nghìn đồng` is how finance tables write 2,5 tỷ.)
        factor, extra = 1.0, []
        flags.append("scale_repeated")
    if irregular_grouping(num_text):
        flags.append("irregular_grouping")
    elif has_scale and ambiguous_grouping(num_text) and factor < SCALES["tỷ"]:
        # (not before `tỷ`: read grouped, `584,700 tỷ` would be over a trillion đồng)
        flags.append("ambiguous_grouping")
    written = value
    end = m.end()
    plain = not (tail or half or unit_text or high_text or den or flags or exp)
    below = 0.0  # `8 triệu 500.000 đồng`: the groups below the scale written in full
    if has_scale and plain and num_text.isdigit():  # `1,2 triệu 3 người` is no chain
        tail, end = _tail_before_person(text, scales, end)
        if tail is None:
            tail, end = _group_after_scale(text, scales, end)
        if tail is None:
            below, end = _groups_below_scale(text, scales, end)
            if below and (money := _MONEY_AFTER.match(text, end)):
                unit_text, end = money.group(0), money.end()
    if (extra or tail) and "scale_repeated" not in flags:
        value = _chain_value(value, scales, tail or "")
    else:
        value = times(value, factor)
    value += below
    if half and has_scale and "scale_repeated" not in flags:  # `1 tỷ rưỡi`: 1,5 tỷ
        value += SCALES[_SCALE_TOKEN.findall(scales)[-1].rstrip(".")] / 2
    target = None
    if den:
        target = read_number(den, before_scale=has_scale, percent=percent)
        if "scale_repeated" not in flags:
            target = times(target, factor)
    low = high = None
    qualifier, _ = before or qualifier_of(text, m.start())
    if qualifier == "exact" and (after := _QUAL_AFTER.match(text, m.end())):
        qualifier = "over" if after.group(1) == "lên" else "under"
    if high_text:
        high_written = read_number(high_text, before_scale=has_scale, percent=percent)
        high = times(high_written, factor)
        # `3,5 - 3,7 triệu`: the scale is written once for both ends; `300.000 đến 3
        # triệu đồng`: the low end is written in full.
        low = value if written <= high_written else written
        if low_scale:  # `từ 3,64 triệu đến 4,68 triệu đồng`: each end has its scale
            low = times(written, SCALES[low_scale.strip().rstrip(".")])
        elif low_unit:
            low = written
        if high < low:
            value = low if low_scale else value
            low, high = None, None
        else:
            value = (low + high) / 2
            qualifier = "approx"
            flags.append("range")
    if margin and qualifier == "exact":  # `1.250 ± 10 đoàn viên`: about 1.250, not 10
        qualifier = "approx"
    if not math.isfinite(value) or (target is not None and not math.isfinite(target)):
        return None
    unit = _unit(unit_text, text, end, value)
    if unit is None and _money_before(text, m.start()):
        unit = "VND"
    if unit is None and has_scale and not _MONEY_SCALES.isdisjoint(_scale_words(scales)):
        unit = "VND"  # `làm lợi 4,1 tỉ`: no one counts people in billions
    return Quantity(
        value=value,
        unit=unit,
        qualifier=qualifier,
        low=low,
        high=high,
        target=target,
        flags=tuple(flags),
        start=m.start("num"),
        end=end,
    )


# One or two digits after a scale chain, as `_TAIL` reads them where the figure ends.
_NEXT_DIGITS = re.compile(r"\x20(\d{1,2})(?![\d.,/-]*\d)")


_NEXT_GROUP = re.compile(r"\x20(\d{3})(?![\d.,/-]*\d)(?=\x20[^\W\d_])")


def _group_after_scale(text: str, scales: str, end: int) -> tuple[str | None, int]:
    """`520 ngàn 340 sáng kiến`, `3 nghìn 250 đoàn viên`: three digits after a scale of
    thousands or more, before a word, are the next group as speech says it (520 340)."""
    last = _SCALE_TOKEN.findall(scales)[-1].rstrip(".")
    if SCALES.get(last, 0.0) < _THOUSAND or not scales.endswith(last):
        return None, end
    found = _NEXT_GROUP.match(text, end)
    return (found.group(0), found.end()) if found else (None, end)


def _groups_below_scale(text: str, scales: str, end: int) -> tuple[float, int]:
    """`8 triệu 500.000 đồng`, `1 tỷ 250.000.000 đồng`: after millions or billions, a figure
    of exactly the groups below that scale is the rest of the amount (8 500 000), never an
    amount of its own (hostile round 38: 500 000 was published as the income)."""
    last = _SCALE_TOKEN.findall(scales)[-1].rstrip(".")
    size = SCALES.get(last, 0.0)
    if size < SCALES["triệu"] or not scales.endswith(last):
        return 0.0, end
    groups = round(math.log10(size)) // 3 - 1  # dotted groups after the first: 1 for triệu
    found = _GROUPS_BELOW[groups].match(text, end) if groups in _GROUPS_BELOW else None
    if found is None:
        return 0.0, end
    return float(found.group(1).replace(".", "")), found.end()


_MONEY_AFTER = re.compile(rf"\s*+{_MONEY}(?:{_PER_PERSON_MONTH})?")
_GROUPS_BELOW = {
    n: re.compile(rf"\x20(\d{{1,3}}(?:\.\d{{3}}){{{n}}})(?!\d|[.,]\d)") for n in (1, 2, 3)
}


def _tail_before_person(text: str, scales: str, end: int) -> tuple[str | None, int]:
    """`1 triệu 2 đoàn viên`, `15 ngàn 6 người`: the digits after a larger scale are its
    next digits before a person noun too (1,2 triệu people; `1 triệu` people and then `2
    đoàn viên` would be two figures with no word between). Not after `trăm` (`3 trăm 40` is
    read by `_TAIL`), and not before other nouns (`300 triệu 2 lần`)."""
    last = _SCALE_TOKEN.findall(scales)[-1].rstrip(".")
    if SCALES.get(last, 0.0) <= _HUNDRED or not scales.endswith(last):
        return None, end
    found = _NEXT_DIGITS.match(text, end)
    if found is None or not _person_unit_re().match(text, found.end()):
        return None, end
    return found.group(0), found.end()


def _money_before(text: str, start: int) -> bool:
    """Whether the currency stands right before the figure at ``start`` (`VNĐ 500.000`)."""
    before = text[max(0, start - 8) : start].rstrip()
    return before.endswith(_MONEY_BEFORE_LAST) and _MONEY_BEFORE.search(before) is not None


def parse_quantity(text: str) -> Quantity | None:
    """Read one quantity phrase, e.g. `trên 11,73 tỷ đồng` or `hai mươi mốt nghìn`.

    Returns the value in base units with its unit (`VND`, `VND/person/month`,
    `percent`, `persons`, or None when the phrase does not say), qualifier,
    low/high for ranges, the target of an `x/y` pair, and flags for readings
    that needed a repair. Returns None when the phrase holds no number; never
    raises. Word-segmented text (`tương_đương 1,5 tỉ`) reads like spaced text.
    """
    if not isinstance(text, str):
        return None
    text = lowercase(unicodedata.normalize("NFC", text.replace("_", " ")))
    m = QUANTITY_RE.search(text)
    spelled = next(iter(spelled_matches(text, bare=True)), None)
    if m is None and spelled is None:
        # A phrase that is one spelled numeral (`không`, `năm`): read it, the phrase says so.
        lone = _LONE_SPELLED.match(text.strip())
        if lone and not _BARE_MULTIPLIER.match(lone.group(0)):
            q = spelled_quantity(lone, text.strip())
            if q is not None and not text.strip()[q.end :].strip(" .,;"):
                return q
    if spelled and (m is None or spelled.start() < m.start()):
        return spelled_quantity(spelled, text)
    if m is None:
        return None
    return quantity_from_match(m, text)
