"""Vietnamese in the legacy 8-bit font encodings, TCVN3 (ABC) and VNI, read as Unicode.

Old .doc exports and web pages typed with the .VnTime or VNI-Times fonts store
Vietnamese in bytes that any Windows code page decodes to mojibake: `C«ng ®oµn`
(TCVN3) or `Coâng ñoaøn` (VNI) for `Công đoàn`. Nothing in the bytes names the
encoding, so each decoding is tried and kept only when its words are Vietnamese
syllables. The byte tables are data: ``reference/legacy_vietnamese.csv`` with its
source in the ``.meta.yml`` beside it.

Text that still carries the marks of such mojibake after decoding (letters glued to
`« ® µ ¸`) is reported by :func:`looks_like_mojibake`, so that ingest quarantines it
as ``legacy_encoding`` instead of accepting it.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import cache
from importlib import resources

__all__ = [
    "decode_legacy",
    "looks_double_utf8",
    "looks_like_mojibake",
    "repair_double_utf8",
    "repair_mojibake",
    "syllable_counts",
]

_MIN_SYLLABLES = 3
_MIN_VALID_SHARE = 0.8
_MIN_COMMON = 3
# Frequent words of any Vietnamese report. Valid-looking syllables alone are not enough: one
# legacy table read through another gives real syllables with the wrong tones (`Cụng ỖoỔn`).
_COMMON_WORDS = """của và được các đã những người công đoàn năm trong có cho với là này
    đến tại theo động
    lao viên tổ chức hội nghị thực hiện số cơ sở từ về đồng tỷ triệu nghìn việc năng học
    tỉnh thành phố quận huyện xã giáo dục y tế kết quả hoạt đầu cấp điện đạt lượt"""
_COMMON = frozenset(_COMMON_WORDS.split())

# A Vietnamese syllable: onset, one to three vowels, coda (lower case, NFC).
_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
_TONED = "".join(sorted({unicodedata.normalize("NFC", v + t) for v in _VOWELS for t in _TONES}))
_SYLLABLE_RE = re.compile(
    rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[{_TONED}]{{1,3}}"
    r"(?:ch|ng|nh|[cmnpt])?"
)
_WORD_RE = re.compile(r"[^\W\d_]+")
# Latin-1 symbols that TCVN3, VISCII and VPS letters turn into under a Windows code page.
_GLUED_SYMBOL_RE = re.compile(
    r"[^\W\d_][\u00a1-\u00bf\u00d7\u00f7]|[\u00a1-\u00bf\u00d7\u00f7][^\W\d_]"
)
_SYMBOL_RE = re.compile(r"[\u00a1-\u00bf\u00d7\u00f7]")
_MOJIBAKE_MIN_WORDS = 3
_MOJIBAKE_SHARE = 0.02


@cache
def _tables() -> dict[str, dict[bytes, str]]:
    text = resources.files("unionstats.reference").joinpath("legacy_vietnamese.csv")
    tables: dict[str, dict[bytes, str]] = {}
    for row in csv.DictReader(text.read_text(encoding="utf-8").splitlines()):
        tables.setdefault(row["encoding"], {})[bytes.fromhex(row["bytes"])] = row["text"]
    return tables


# Bytes as a Windows-1252 reader sees them; the five bytes cp1252 leaves out read as Latin-1.
_CP1252 = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256))


@cache
def _tcvn3_table() -> dict[int, str]:
    table = {b: chr(b) for b in range(0x80)}
    table.update({b: bytes([b]).decode("latin-1") for b in range(0x80, 0x100)})
    table.update({seq[0]: char for seq, char in _tables()["tcvn3"].items()})
    return table


@cache
def _vni_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    sequences = {seq.decode("latin-1").translate(_LATIN1_TO_CP1252): char
                 for seq, char in _tables()["vni"].items()}  # fmt: skip
    ordered = sorted(sequences, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ordered))), sequences


_LATIN1_TO_CP1252 = {b: _CP1252[b] for b in range(256)}


def decode_tcvn3(data: bytes) -> str:
    table = _tcvn3_table()
    return unicodedata.normalize("NFC", "".join(table[b] for b in data))


def decode_vni(data: bytes) -> str:
    pattern, sequences = _vni_pattern()
    text = data.decode("latin-1").translate(_LATIN1_TO_CP1252)
    return pattern.sub(lambda m: sequences[m.group()], text)


def syllable_counts(text: str) -> tuple[int, int, int]:
    """(Vietnamese syllables, other words, frequent words) among words with a non-ASCII letter."""
    valid = invalid = common = 0
    for word in _WORD_RE.findall(unicodedata.normalize("NFC", text)):
        if word.isascii():
            continue
        low = word.lower()
        shaped = word in (low, low.capitalize(), word.upper())
        if shaped and _SYLLABLE_RE.fullmatch(low) and sum(c not in _PLAIN for c in low) <= 2:
            valid += 1
            common += low in _COMMON
        else:
            invalid += 1
    return valid, invalid, common


_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyz")


def _is_vietnamese(counts: tuple[int, int, int]) -> bool:
    valid, invalid, common = counts
    return (
        valid >= _MIN_SYLLABLES
        and valid >= _MIN_VALID_SHARE * (valid + invalid)
        and common >= _MIN_COMMON
    )


def _score(counts: tuple[int, int, int]) -> int:
    valid, invalid, common = counts
    return 2 * common + valid - invalid


def decode_legacy(data: bytes, current: str | None) -> tuple[str, str] | None:
    """``(text, "tcvn3"|"vni")`` when a legacy font encoding reads ``data`` as Vietnamese
    better than ``current`` (the code-page decoding chosen so far) does; else None."""
    base = syllable_counts(current) if current is not None else (0, 0, 0)
    best: tuple[str, str] | None = None
    best_score = _score(base) if _is_vietnamese(base) else None
    for name, decoder in (("tcvn3", decode_tcvn3), ("vni", decode_vni)):
        text = decoder(data)
        counts = syllable_counts(text)
        score = _score(counts)
        if _is_vietnamese(counts) and (best_score is None or score > best_score):
            best, best_score = (text, name), score
    return best


def looks_like_mojibake(text: str) -> bool:
    """True when many words glue letters to Latin-1 symbols (`C«ng ®oµn`): a legacy font
    encoding read through a Windows code page."""
    # Each glued pair holds a symbol of its own (matches do not overlap): a text with fewer
    # symbols than the minimum cannot qualify, and Unicode Vietnamese has almost none. The
    # one-character class runs ahead in C; the letter-symbol pairs are tried at every letter.
    if len(_SYMBOL_RE.findall(text)) < _MOJIBAKE_MIN_WORDS:
        return False
    glued = sum(1 for _ in _GLUED_SYMBOL_RE.finditer(text))
    if glued < _MOJIBAKE_MIN_WORDS:
        return False
    words = max(1, len(_WORD_RE.findall(text)))
    return glued >= _MOJIBAKE_SHARE * words


def repair_mojibake(text: str) -> tuple[str, str] | None:
    """A UTF-8 text that is legacy mojibake saved again as Unicode, read back as Vietnamese.

    Only text written entirely in Windows-1252 characters qualifies: genuine Vietnamese
    Unicode holds đ, ư, ơ or ạ, which that code page lacks.
    """
    if text.isascii():
        return None
    try:
        data = text.encode("cp1252")
    except UnicodeEncodeError:
        return None
    found = decode_legacy(data, text)
    return (found[0], f"utf_8+{found[1]}") if found else None


# UTF-8 read as Windows-1252 (or Latin-1) and saved again: `CÃ´ng Ä‘oÃ n` for `Công đoàn`.
# Each character of Vietnamese is then a lead byte's letter (Â-ï) followed by one or two
# continuation bytes' characters (0x80-0xBF: symbols, C1 controls, Windows-1252 punctuation).
_CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", "ignore")
_CONTINUATION = "\u0080-\u00bf" + re.escape(_CP1252_HIGH)
_DOUBLE_PAIR_RE = re.compile(f"[\u00c2-\u00ef][{_CONTINUATION}]")
_TO_LATIN1 = str.maketrans({c: c.encode("cp1252").decode("latin-1") for c in _CP1252_HIGH})
_DOUBLE_MIN_PAIRS = 5


def looks_double_utf8(text: str) -> bool:
    """Many lead-byte letters followed by continuation-byte characters (`Ã´`, `Ä‘`, `á»`)."""
    return len(_DOUBLE_PAIR_RE.findall(text, 0, 65_536)) >= _DOUBLE_MIN_PAIRS


def repair_double_utf8(text: str) -> tuple[str, str] | None:
    """``(text, "utf_8+utf_8")``: UTF-8 that was read as Windows-1252 or Latin-1 and saved
    again, read back, when the result is Vietnamese and reads better than ``text``. Such a
    page was quarantined as a legacy font encoding it is not."""
    if not looks_double_utf8(text):
        return None
    try:
        data = text.translate(_TO_LATIN1).encode("latin-1")
    except UnicodeEncodeError:
        return None  # a character no single byte gives: not double-encoded throughout
    repaired = data.decode("utf-8", "replace")
    if repaired.count("\ufffd") > 0.01 * len(repaired):
        return None
    counts = syllable_counts(repaired)
    if not _is_vietnamese(counts) or _score(counts) <= _score(syllable_counts(text)):
        return None
    return repaired, "utf_8+utf_8"
