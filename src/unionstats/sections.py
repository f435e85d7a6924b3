"""Sections of a report: those that state plans, not results, and those headed by a part
of the report's year.

An annual report ends with its plan for the coming year under a heading (`III. PHƯƠNG
HƯỚNG, NHIỆM VỤ NĂM 2025`, `II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM`); its bullets
(`- Giới thiệu ít nhất 5 đoàn viên ưu tú cho Đảng`) rarely repeat a plan word. A heading
is an enumerated line (`III.`, `2.`, `a)`, `Phần II`) or a line in capitals; a plan
heading holds one of the catalogue's `plan_headings` and none of its `result_headings`.
Its section runs to the next heading of the same or a higher level that is not a plan.
"""

from __future__ import annotations

import re
from functools import cache

from unionstats.wordsearch import alternation

__all__ = ["headed_sections", "plan_sections"]

_ENUMERATED = re.compile(
    # (`Phần III. PHƯƠNG HƯỚNG ...`: a part numbered, a dot after it; `Phần thứ hai:`)
    r"\s*(?:(?P<part>phần\s+(?:thứ\s+\w+:?|(?:[ivxlc]{1,5}|\d{1,2}|[a-d])[:.]?|\w+:))"
    r"|(?P<roman>[ivxlc]{1,5})\.|(?P<num>\d{1,2})\.(?:\d{1,2}\.)*"
    r"|(?P<alpha>[a-zđ])\))\s"
)
_LEVEL = {"part": 0, "roman": 1, "num": 2, "alpha": 3}
_LEADERS = re.compile(r"\.{4,}|…{2,}")  # dot leaders to a page number
# A line that opens with a conjunction goes on with the heading above it.
_CONTINUES = re.compile(r"\s*(?:và|&|,)(?!\w)")
_UPPER_LEVEL = 1
_MAX_HEADING = 150
# A numbered label before a heading in capitals: `Slide 12: PHƯƠNG HƯỚNG NĂM 2023` (a slide
# deck saved as text), `Mục 3 – KẾT QUẢ`.
_NUMBERED_LABEL = re.compile(r"\s*[^\W\d_]+\s+\d{1,3}\s*[:.–-]\s*")


def _intertitle(lines: list[str], n: int) -> bool:
    """A news item's subheading: a short line in sentence case with no closing mark, a blank
    line or a closed paragraph above it and a paragraph of prose under it (`Kết quả nổi bật
    năm 2023` / `Phát biểu tại buổi họp báo, ...`); no figure but a year in it."""
    line = lines[n].strip()
    above = lines[n - 1].strip() if n else ""
    if (
        not line
        or len(line) > _MAX_INTERTITLE
        or not line[0].isupper()
        or line[-1] in _CLOSING_MARKS
        or not 2 <= len(line.split()) <= _MAX_INTERTITLE_WORDS
        or _FIGURE.search(_YEAR_IN_TITLE.sub(" ", line))
        # (a blank line above, or a paragraph closed: not a wrapped sentence's rest)
        or (above and above[-1] not in ".!?…")
    ):
        return False
    below = next((b.strip() for b in lines[n + 1 : n + 3] if b.strip()), "")
    return len(below) >= _PARAGRAPH and below[-1] in _CLOSING_MARKS


_INTERTITLE_LEVEL = 4  # (under every enumerated level: it never closes one)
_MAX_INTERTITLE = 90
_MAX_INTERTITLE_WORDS = 14
_PARAGRAPH = 120  # characters of the prose line under a subheading
_CLOSING_MARKS = ".,;:!?…)\"”'’"
_FIGURE = re.compile(r"\d")
_YEAR_IN_TITLE = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,])")


def _heading_level(line: str, low: str) -> int | None:
    """The level of a heading line (0 = part, 1 = roman or capitals, 2 = 1., 3 = a)), or None."""
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_HEADING or _LEADERS.search(stripped):
        return None  # (`Phần III. Phương hướng ........ 8`: a table of contents' entry)
    m = _ENUMERATED.match(low)
    if m is not None:
        return _LEVEL[m.lastgroup or "num"]
    if (label := _NUMBERED_LABEL.match(stripped)) is not None:
        stripped = stripped[label.end() :]
    if stripped.isupper() and len(stripped.split()) >= 2:
        return _UPPER_LEVEL
    return None


_FIRST_DIGIT = re.compile(r"\d")


def _before_a_figure(low: str) -> str:
    """The heading up to its first figure past the enumerator: an item that states one
    (`a) Hỗ trợ 326 lượt đoàn viên làm nhiệm vụ chống dịch`) is a result, whatever follows."""
    m = _ENUMERATED.match(low) or _NUMBERED_LABEL.match(low)
    start = m.end() if m is not None else 0
    digit = _FIRST_DIGIT.search(low, start)
    return low if digit is None else low[: digit.start()]


@cache
def _words_re(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)")


def _says(low: str, words: tuple[str, ...]) -> bool:
    return bool(words) and _words_re(words).search(low) is not None


def plan_sections(
    text: str,
    low: str,
    plan_words: tuple[str, ...],
    result_words: tuple[str, ...],
    appendix_words: tuple[str, ...] = (),
    ahead_words: tuple[str, ...] = (),
    year: int | None = None,
    not_plan_words: tuple[str, ...] = (),
    registered_words: tuple[str, ...] = (),
) -> list[tuple[int, int]]:
    """[start, end) of every section of the text that states a plan; an appendix (`Phụ lục
    1: ...`) opens a part of its own. A heading of `ahead_words` (`CHỈ TIÊU CHỦ YẾU NĂM
    2025`) states a plan when it names a year after the report's `year`, or says they are
    registered (`registered_words`: `CHỈ TIÊU NĂM 2026 (ĐĂNG KÝ)` in the report of its first
    quarter); `not_plan_words` hold a plan word that names no plan (`sáng kiến, giải pháp`)."""
    ahead = bool(ahead_words) and (year is not None or bool(registered_words))
    if not any(w in low for w in plan_words) and not (ahead and any(w in low for w in ahead_words)):
        return []
    spans: list[tuple[int, int]] = []
    open_at: tuple[int, int] | None = None  # (start, level) of the plan section being read
    pos = 0
    previous_heading = False
    previous_level: int | None = None  # the level of the last line with text, None for prose
    for line, line_low in zip(text.split("\n"), low.split("\n"), strict=True):
        level = _heading_level(line, line_low)
        if appendix_words and line_low.lstrip().startswith(appendix_words):
            level = 0  # (a part of its own: it closes any plan section)
        if level is not None and previous_heading and _CONTINUES.match(line_low):
            level = None  # `TỔNG KẾT ... NĂM 2023` / `VÀ PHƯƠNG HƯỚNG ...`: one title
        previous_heading = level is not None
        if level is not None:
            # an enumerated line right under its sibling is an item of a list with no text
            # between (a table of contents, an agenda: `6. Tồn tại` / `7. Phương hướng năm
            # 2023`), not a section's heading
            # (parts too: `Phần II. ...` right over `Phần III. Phương hướng`, a contents' list)
            listed = (level > _UPPER_LEVEL or level == _LEVEL["part"]) and previous_level == level
            head = _before_a_figure(line_low)
            if not_plan_words and _says(head, not_plan_words):
                head = _words_re(not_plan_words).sub(" ", head)
            plan = (
                not listed
                and (
                    _says(head, plan_words)
                    or (
                        ahead
                        and _opens_with(head, ahead_words)
                        and (
                            _names_a_later_year(line_low, year) or _says(line_low, registered_words)
                        )
                    )
                )
                and not _says(line_low, result_words)
            )
            # (a heading of results closes it at any level: `BIỂU TỔNG HỢP KẾT QUẢ NĂM 2024`
            # under `PHẦN II. PHƯƠNG HƯỚNG ...`)
            # (a results heading of the upper levels only: `3. Tổ chức thực hiện` under the plan
            # part is the plan's own)
            closes = level <= open_at[1] if open_at is not None else False
            results = level <= _UPPER_LEVEL and "kết quả" in line_low
            if open_at is not None and not plan and (closes or results):
                spans.append((open_at[0], pos))
                open_at = None
            if plan and open_at is None:
                open_at = (pos, level)
        if line.strip():
            previous_level = level
        pos += len(line) + 1
    if open_at is not None:
        spans.append((open_at[0], len(text)))
    return spans


# `năm 2025`, `năm học 2024-2025` (its last year): the year a heading's targets are for; a
# date (`số liệu tính đến ngày 05/01/2025`) or a Tết (`Tết Ất Tỵ 2025`) names none.
_TARGET_YEAR = re.compile(
    r"(?<!\w)(?:năm(?:\s+học)?|nhiệm\s+kỳ|giai\s+đoạn)\s+(?:(?:19|20)\d\d\s*[-–]\s*)?"
    r"((?:19|20)\d\d)(?!\d)"
)


def _opens_with(head: str, words: tuple[str, ...]) -> bool:
    """The heading's words, past its enumerator, open with one of `words` (`CÁC CHỈ TIÊU CHỦ
    YẾU NĂM 2025`; not a results heading with a target in brackets: `Công tác phát triển đoàn
    viên (chỉ tiêu giao đến năm 2028: ...)`)."""
    m = _ENUMERATED.match(head) or _NUMBERED_LABEL.match(head)
    rest = head[m.end() if m else 0 :].lstrip(" :.-–")
    return rest.startswith(words)


def _names_a_later_year(low: str, year: int | None) -> bool:
    years = [int(y) for y in _TARGET_YEAR.findall(low)]
    return year is not None and bool(years) and min(years) > year


def headed_sections(
    text: str, low: str, intertitle_opens: tuple[str, ...] = ()
) -> list[tuple[int, int, int]]:
    """(heading start, heading end, section end) of every heading after the report's first
    prose line: a section runs to the next heading of the same or a higher level. (What
    stands above the first prose is the report's title block, not a section's heading.) A
    news item's subheading heads a section only when it opens with one of `intertitle_opens`
    (`Kết quả nổi bật năm 2023`; not `Tiếp nối thành công năm 2023`); any closes one."""
    found: list[tuple[int, int, int]] = []
    # (heading start, heading end, level, a section of its own), still open
    open_: list[tuple[int, int, int, bool]] = []
    pos = 0
    prose_seen = False
    previous_level: int | None = None
    lines = text.split("\n")
    for n, (line, line_low) in enumerate(zip(lines, low.split("\n"), strict=True)):
        level = _heading_level(line, line_low) if prose_seen else None
        own = True
        if level is None and prose_seen and _intertitle(lines, n):
            level = _INTERTITLE_LEVEL
            own = (
                bool(intertitle_opens)
                and line_low.strip().startswith(intertitle_opens)
                and ":" not in line  # (a caption or a label: `Ảnh: Quà Tết năm 2023 ...`)
            )
        if level is not None and not (level > _UPPER_LEVEL and previous_level == level):
            while open_ and open_[-1][2] >= level:
                start, end, _, kept = open_.pop()
                if kept:
                    found.append((start, end, pos))
            open_.append((pos, pos + len(line), level, own))
        if line.strip():
            previous_level = level
            prose_seen = prose_seen or _heading_level(line, line_low) is None
        pos += len(line) + 1
    found.extend((start, end, len(text)) for start, end, _, kept in open_ if kept)
    return sorted(found)
