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
from dataclasses import dataclass

from unionstats.clean import lowercase

SCALES: dict[str, float] = {
    "nghìn": 1e3,
    "ngàn": 1e3,
    "ngìn": 1e3,
    "triệu": 1e6,
    "tr": 1e6,
    "tỷ": 1e9,
    "tỉ": 1e9,
}

QUALIFIERS: dict[str, str] = {
    "trên": "over",
    "hơn": "over",
    "ngoài": "over",
    "ít nhất": "over",
    "tối thiểu": "over",
    "gần": "nearly",
    "suýt": "nearly",
    "khoảng": "approx",
    "ước": "approx",
    "ước tính": "approx",
    "ước khoảng": "approx",
    "xấp xỉ": "approx",
    "chừng": "approx",
    "độ": "approx",
    "dưới": "under",
    "không quá": "under",
    "chưa đến": "under",
    "chưa tới": "under",
    "tối đa": "under",
}

_DIGITS: dict[str, int] = {
    "không": 0,
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "nhăm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
}
_SPELLED_MULTIPLIERS = ("mươi", "mười", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ")
SPELLED_WORDS = (*_DIGITS, *_SPELLED_MULTIPLIERS, "linh", "lẻ")

_NUM = r"\d+(?:[.,]\d+)*"
# `trđ`, `tr.đ`: triệu đồng in shorthand (the `đ` is then read as the unit).
_SCALE = r"(?:tr\.?(?=\s*đ(?![\w]))|(?:nghìn|ngàn|ngìn|triệu|tỷ|tỉ|tr)(?![\w]))"
# `đồng` is money, but not in `đồng chí` (comrade), `đồng bào`, `đồng thời` ..., nor `đ/c`.
_MONEY = (
    r"(?:đồng(?!\s+(?:chí|bào|nghiệp|thời|loạt|hành|đội|đều|tâm|lòng|ý|hương)\b)|đ(?!/c)|vnđ|vnd)"
    r"(?![\w])"
)
_PER_PERSON_MONTH = (
    r"(?:\s*/\s*(?:người|ng|lao động|lđ)\s*/\s*tháng|\s*/\s*tháng(?:\s*/\s*người)?)(?![\w])"
)
_QUAL = "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))
_SPELLED = r"(?:" + "|".join(sorted(SPELLED_WORDS, key=len, reverse=True)) + r")(?![\w])"

# One quantity phrase from its first digit: number (/ number)? (range)? scale chain? unit?
# It starts at the digit (the look-behind comes after it) so that `re` can skip
# ahead to digits; the qualifier before it is read by `qualifier_before`.
QUANTITY_RE = re.compile(
    rf"""
    (?P<num>\d(?<![\w.,]\d)(?<!\d/\d)\d{{0,29}}(?:[.,]\d+)*(?![\d]))
    (?:\s*/\s*(?P<den>{_NUM})(?![\d]))?
    (?:\s*(?:-|–|đến|tới)\s*(?P<high>{_NUM})(?![\w/]))?
    (?P<scales>(?:\s*{_SCALE}(?:\s+{_NUM}(?=\s*{_SCALE}))?)*)
    (?P<unit>\s*%|\s*phần\s+trăm|\s*{_MONEY}(?:{_PER_PERSON_MONTH})?|{_PER_PERSON_MONTH})?
    """,
    re.VERBOSE,
)
SPELLED_RE = re.compile(rf"(?:{_SPELLED})(?:\s+(?:{_SPELLED}))+")
_QUAL_BEFORE = re.compile(rf"(?<!\w)(?<!cấp\s)({_QUAL})\s+(?:từ\s+)?$")  # not `cấp trên`
_QUAL_AFTER = re.compile(r"\s*(?:[^\W\d]+\s+){0,3}?trở\s+(lên|xuống)\b")
_PERSON_UNIT_RE = re.compile(
    r"\s*(?:lượt|người|đồng chí|đ/c|đoàn viên|công đoàn viên|đv|cđv|"
    r"cnvclđ|cnvcnlđ|cnlđ|nlđ|cbccvc|cán bộ)(?![\w])",
)


@dataclass(frozen=True, slots=True)
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


def read_number(text: str, before_scale: bool = False, percent: bool = False) -> float:
    """Read one digit group such as `3.611`, `260,7`, `5,450.000` or `02`.

    Dots group thousands and commas mark decimals, but reports also write the
    English way; the reading follows the group lengths: a separator followed
    by exactly three digits groups thousands, unless a scale word follows
    (`584,700 tỷ` is 584.7 tỷ) or the number is a percent.
    """
    parts = re.split(r"[.,]", text)
    seps = re.findall(r"[.,]", text)
    if not seps:
        return float(int(text))
    head, groups = parts[0], parts[1:]
    all_three = all(len(g) == 3 for g in groups)
    if len(set(seps)) == 2:
        if all_three and not before_scale:
            return float(int("".join(parts)))
        return float(f"{''.join([head, *groups[:-1]])}.{groups[-1]}")
    if len(seps) > 1:
        if all_three:
            return float(int("".join(parts)))
        return float(f"{''.join([head, *groups[:-1]])}.{groups[-1]}")
    frac = groups[0]
    decimal = len(frac) != 3 or percent or (before_scale and seps[0] == ",")
    return float(f"{head}.{frac}") if decimal else float(int(head + frac))


def read_spelled(text: str) -> float | None:
    """Read a spelled-out number (`hai mươi mốt nghìn không trăm mười một` = 21011)."""
    words = unicodedata.normalize("NFC", text).lower().split()
    total = 0.0
    current = 0.0
    pending: float | None = None
    last_part = 0.0
    previous_was_scale = False
    for word in words:
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
        elif word in ("linh", "lẻ"):
            continue
        elif word in SCALES:
            chunk = current + (pending or 0.0)
            if chunk == 0 and previous_was_scale:
                total -= last_part
                last_part *= SCALES[word]
                total += last_part
            else:
                last_part = (chunk or 1.0) * SCALES[word]
                total += last_part
            current, pending = 0.0, None
            previous_was_scale = True
            continue
        else:
            return None
        previous_was_scale = False
    value = total + current + (pending or 0.0)
    return value if words else None


def _scale_factor(scales: str) -> tuple[float, list[tuple[str, str]]]:
    """Split `tỷ 255 triệu` into the leading factor (`tỷ`) and trailing (number, scale) pairs."""
    tokens = re.findall(rf"{_NUM}|{_SCALE}", scales)
    factor = 1.0
    i = 0
    tokens = [t.rstrip(".") for t in tokens]
    while i < len(tokens) and tokens[i] in SCALES:
        factor *= SCALES[tokens[i]]
        i += 1
    pairs = [(tokens[j], tokens[j + 1]) for j in range(i, len(tokens) - 1, 2)]
    return factor, pairs


def _unit(unit_text: str | None, following: str) -> str | None:
    if unit_text:
        u = unit_text.strip().lower()
        if u.startswith("%") or u.startswith("phần"):
            return "percent"
        return "VND/person/month" if "/" in u else "VND"
    if _PERSON_UNIT_RE.match(following):
        return "persons"
    return None


def qualifier_before(text: str, pos: int) -> tuple[str, int]:
    """The qualifier written right before position `pos` (`trên`, `gần` ...) and where it starts."""
    m = _QUAL_BEFORE.search(text, max(0, pos - 20), pos)
    return (QUALIFIERS[m.group(1)], m.start()) if m else ("exact", pos)


_VAGUE_BEFORE = re.compile(r"(?:hàng|vài|mấy|nhiều|hàng chục)\s+$")
_BARE_MULTIPLIER = re.compile(r"(?:trăm|nghìn|ngàn|triệu|tỷ|tỉ)\b")


def spelled_matches(text: str) -> list[re.Match[str]]:
    """Spelled-out number phrases that start a word (`hai mươi mốt nghìn`).

    Vague amounts are not numbers: `hàng trăm nghìn lượt`, `vài trăm`, and a
    phrase that starts with a bare multiplier (`trăm triệu đồng`).
    """
    return [
        m
        for m in SPELLED_RE.finditer(text)
        if (m.start() == 0 or not text[m.start() - 1].isalnum())
        and not _BARE_MULTIPLIER.match(m.group(0))
        and not _VAGUE_BEFORE.search(text, max(0, m.start() - 12), m.start())
    ]


def spelled_quantity(m: re.Match[str], text: str) -> Quantity | None:
    """A spelled-out number phrase (from `spelled_matches`) with its unit and qualifier."""
    value = read_spelled(m.group(0))
    if value is None:
        return None
    rest = text[m.end() : m.end() + 200]  # a bounded look-ahead: a copy per number
    unit_m = re.match(rf"\s*(%|{_MONEY}(?:{_PER_PERSON_MONTH})?)", rest)
    return Quantity(
        value=value,
        unit=_unit(unit_m.group(1) if unit_m else None, rest),
        qualifier=qualifier_before(text, m.start())[0],
        start=m.start(),
        end=m.end() + (unit_m.end() if unit_m else 0),
    )


def quantity_from_match(m: re.Match[str], text: str) -> Quantity | None:
    """Turn a `QUANTITY_RE` match into a Quantity; None when it holds no number."""
    scales = m.group("scales") or ""
    unit_text = m.group("unit")
    percent = bool(unit_text and unit_text.strip().startswith(("%", "phần")))
    has_scale = bool(scales.strip())
    flags: list[str] = []
    num_text = m.group("num")
    factor, extra = _scale_factor(scales) if has_scale else (1.0, [])
    value = read_number(num_text, before_scale=has_scale, percent=percent)
    if has_scale and num_text.count(".") + num_text.count(",") >= 2 and value >= 1e6:
        # `210.000.000 triệu đồng`: the amount is already written in full.
        factor, extra = 1.0, []
        flags.append("scale_repeated")
    value *= factor
    for num, scale in extra:
        value += read_number(num, before_scale=True) * SCALES[scale]
    target = None
    if m.group("den"):
        target = read_number(m.group("den"), before_scale=has_scale, percent=percent) * factor
        if "scale_repeated" in flags:
            target /= factor
    low = high = None
    qualifier, _ = qualifier_before(text, m.start())
    if qualifier == "exact" and (after := _QUAL_AFTER.match(text, m.end())):
        qualifier = "over" if after.group(1) == "lên" else "under"
    if m.group("high"):
        low = value
        high = read_number(m.group("high"), before_scale=has_scale, percent=percent) * factor
        if high < low:
            low, high = None, None
        else:
            value = (low + high) / 2
            qualifier = "approx"
            flags.append("range")
    if not math.isfinite(value):
        return None
    return Quantity(
        value=value,
        unit=_unit(unit_text, text[m.end() : m.end() + 200]),
        qualifier=qualifier,
        low=low,
        high=high,
        target=target,
        flags=tuple(flags),
        start=m.start("num"),
        end=m.end(),
    )


def parse_quantity(text: str) -> Quantity | None:
    """Read one quantity phrase, e.g. `trên 11,73 tỷ đồng` or `hai mươi mốt nghìn`.

    Returns the value in base units with its unit (`VND`, `VND/person/month`,
    `percent`, `persons`, or None when the phrase does not say), qualifier,
    low/high for ranges, the target of an `x/y` pair, and flags for readings
    that needed a repair. Returns None when the phrase holds no number; never
    raises.
    """
    if not isinstance(text, str):
        return None
    text = lowercase(unicodedata.normalize("NFC", text))
    m = QUANTITY_RE.search(text)
    spelled = next(iter(spelled_matches(text)), None)
    if spelled and (m is None or spelled.start() < m.start()):
        return spelled_quantity(spelled, text)
    if m is None:
        return None
    try:
        return quantity_from_match(m, text)
    except (ValueError, OverflowError):
        return None
