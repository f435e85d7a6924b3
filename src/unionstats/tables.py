"""Tables: each number cell gets its column's role, its row's label, unit and plan.

Cleaning writes a table row as one line with its cells joined by ` | ` (HTML
tables and pipe tables alike). A plan/actual table (`Chỉ tiêu | ĐVT | Kế hoạch |
Thực hiện | Tỷ lệ %`) holds for each row a label, a unit, a plan figure, the
result and its ratio: the result is the observation, the plan its target, the
ratio is not a second observation. A header cell that is a year makes its column
that year's figures. Column wordings are the catalogue's `columns:`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from unionstats.candidates import Candidate, candidates
from unionstats.catalogue import Catalogue
from unionstats.layout import Layout
from unionstats.numbers import (
    QUANTITY_RE,
    SCALES,
    ambiguous_grouping,
    quantity_from_match,
    read_number,
)
from unionstats.periods import find_marks
from unionstats.structure import scaled, scaled_figure

_NUMERIC_CELL = re.compile(
    r"[\s(]*(?:trên|hơn|gần|khoảng|dưới)?\s*\d[\d.,/%\s]*(?:[^\W\d_]+\s*){0,3}"
    r"(?:\([^()]{0,30}\)\s*)?$"  # a ratio or note after the figure: `1.250 (125%)`
)
_INDEX_CELL = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*|[ivx]{1,5}|[a-zđ])\.?$")
_YEAR_HEADER = re.compile(r"(?:(?:năm|thực hiện năm|th năm|số liệu năm)\s+)?((?:19|20)\d{2})$")
_UNIT_MONEY = re.compile(
    r"(nghìn|ngàn|triệu|tr|tỷ|tỉ)?\.?\s*(?:đồng|đ|vnđ|vnd)\b(\s*/\s*(?:người\s*/\s*)?tháng)?"
)
_WORD_SPLIT = re.compile(r"[^\w%]+")
# `Số tiền (triệu đồng)`, `Tỷ lệ (%)`: a header cell that gives its column's unit.
_MONEY_UNIT = r"(?:(?:nghìn|ngàn|triệu|tr|tỷ|tỉ)\.?\s*)?(?:đồng|đ|vnđ|vnd)"
_HEADER_UNIT = re.compile(
    r"\((?:đơn vị(?: tính)?\s*:?\s*|đvt\s*:?\s*)?("
    + _MONEY_UNIT
    + r"(?:\s*/\s*(?:người\s*/\s*)?tháng)?|%)\s*\)"
)


@dataclass(frozen=True, slots=True)
class Cell:
    """A number cell of a table row, with what its row and column say about it."""

    role: str  # done | plan | ratio | compare | index | unit | year (a row's year)
    label_end: int  # just after the `|` that closes the row's label: phrases before count from here
    unit_start: int  # where the row's unit cell starts (or the number's own end)
    unit_text: str
    target: float | None = None
    period: str | None = None
    indicator: str | None = None  # the indicator its column's header names (`Số đoàn viên`)
    column: tuple[int, int] = (-1, -1)  # (where its table starts, its column)
    total: bool = False  # in the table's total row (`Cộng`, `Tổng cộng`)
    noun: str = ""  # the counted noun its column's header names (`Số lượt`: `lượt`)
    label: str = ""  # its row's label (`Thăm hỏi ốm đau`)
    subgroup: str | None = None  # the breakdown its column's header names (`Khu vực HCSN`)
    money: bool = False  # its column's header names money only (`Số tiền`, `Kinh phí`)
    label_start: int = -1  # where its row's label starts: the whole label is the figure's wording
    # its row's label follows a group's heading cell (`Phát triển đoàn viên | Số CĐCS thành lập
    # mới | 52`): the row's wording starts at `label_start`, nothing before it on the line counts
    under_heading: bool = False

    def apply(self, cand: Candidate) -> Candidate:
        """The number read in the row's unit (`triệu đồng`, `%`, `đồng/người/tháng`)."""
        unit = _worded_scale(self.unit_text.lower(), _LEADING_SCALE)
        if not unit or cand.q.unit is not None:
            return cand
        if "%" in unit:
            return replace(cand, q=scaled(cand.q, 1.0, "percent"))
        m = _UNIT_MONEY.search(unit)
        if m:
            factor = SCALES.get(m.group(1) or "", 1.0)
            unit = "VND/person/month" if m.group(2) else "VND"
            value = _under_its_scale(cand.number_text, cand.q.value, factor)
            if value != cand.q.value:
                return replace(cand, q=scaled(replace(cand.q, value=value), factor, unit))
            return replace(cand, q=scaled_figure(cand, factor, unit))
        return cand

    def scale(self) -> float:
        """The factor its row's unit scales a figure by (`tỷ đồng`: a billion), else 1."""
        return _unit_scale(self.unit_text)


def _unit_scale(unit_text: str) -> float:
    """The factor a unit cell scales money by (`tỷ đồng`: a billion), else 1."""
    unit = _worded_scale(unit_text.lower(), _LEADING_SCALE)
    m = _UNIT_MONEY.search(unit) if unit and "%" not in unit else None
    return SCALES.get(m.group(1) or "", 1.0) if m else 1.0


def _under_its_scale(number_text: str, value: float, factor: float) -> float:
    """A cell's figure as read under its unit's scale: before `tỷ` a comma is decimal, as prose
    reads it (`4,215` under `tỷ đồng` is 4,2 tỷ; grouped it would be over four trillion đồng)."""
    if factor >= SCALES["tỷ"] and ambiguous_grouping(number_text):
        return read_number(number_text, before_scale=True)
    return value


def _plan_value(lay: Layout, start: int, unit_text: str) -> float | None:
    """A plan cell's figure, read in its row's scale as the result beside it is (`| tỷ đồng |
    3,500 | 4,215 |`: 3,5 and 4,2 tỷ)."""
    value = _value(lay, start)
    number = _NUMBER_TEXT.search(lay.low, start)
    if value is None or number is None:
        return value
    return _under_its_scale(number.group(0).rstrip(".,"), value, _unit_scale(unit_text))


_NUMBER_TEXT = re.compile(r"\d[\d.,]*")


def table_cells(lay: Layout) -> dict[int, Cell]:
    """Every number cell of every table in the report, keyed by where its number starts."""
    text = lay.text
    if " | " not in text:
        return {}
    out: dict[int, Cell] = {}
    block: list[list[tuple[int, int, str]]] = []
    pos = 0
    held = 0  # lines held under the last row (a wrapped cell's rest, a section's heading)
    above: list[str] = []  # the lines of words right above the next table, nearest last
    unit = None  # the unit a line above the table gives its money columns
    for line in text.split("\n"):
        if line.count("|") >= 1 and " | " in line:
            row = _cells(line, pos)
            if block and all(_COLUMN_NUMBER.fullmatch(t) for _, _, t in row):
                pos += len(line) + 1  # `A | B | C | 1 | 2 | 3 = 2/1`: the columns' numbers
                continue
            if not block:
                unit = _table_unit(above)
            if _starts_a_table(lay, block, row) or (held and _header_like(row)):
                # (a row of words after a heading between rows: the next table's header, its
                # `Số tiền (triệu đồng)` never under the first one's columns)
                _read_block(lay, block, out, unit)
                block, unit = [], None
            block.append(row)
            held = 0
        elif block and held < 2 and (_WRAPPED_CELL.match(line) or _SECTION_ROW.fullmatch(line)):
            held += 1
        elif block:
            _read_block(lay, block, out, unit)
            block = []
            held = 0
        if not block and line.strip():
            above = [*above[-1:], line]
        pos += len(line) + 1
    if block:
        _read_block(lay, block, out, unit)
    return out


# `Đơn vị tính: triệu đồng`, `(ĐVT: nghìn đồng)` on a line of its own above a table: the unit of
# its money columns, as if each money header said it (`Số tiền (triệu đồng)`).
_TABLE_UNIT = re.compile(
    r"[\s(*_]*(?:đơn vị tính|đơn vị|đvt)\s*:\s*(" + _MONEY_UNIT + r")[\s).*_]*"
)


# ... or at the end of the table's caption (`Bảng 2. Thăm hỏi, hỗ trợ quý I/2025   ĐVT: triệu
# đồng`, a Word file's caption and unit on one line)
# (or the money's own word: `Bảng 2. Kết quả chăm lo năm 2022 (số tiền: triệu đồng)`)
# (... among the units of the other columns: `(ĐVT: lượt người; triệu đồng)`; the caption a
# sentence ending on a colon: `... thể hiện qua bảng sau (ĐVT: triệu đồng):`)
_CAPTION_UNIT = re.compile(
    r"(?<![\w])(?:đơn vị tính|đvt|\(\s*(?:số tiền|kinh phí|giá trị|tiền))\s*:\s*"
    r"(?:[^\d;:()\n]{1,25}[;,]\s*)*(" + _MONEY_UNIT + r")(?:\s*[;,]\s*[^\d;:()\n]{1,25})*"
    r"[\s).*_:]*$"
)


def _table_unit(above: list[str]) -> str | None:
    """The money unit one of the two lines of words right above a table gives it."""
    for line in reversed(above):
        low = _worded_scale(line.lower())
        if m := _TABLE_UNIT.fullmatch(low) or _CAPTION_UNIT.search(low):
            return m.group(1)
    return None


# The rest of a cell wrapped onto a line of its own, indented under the row it belongs to
# (a PDF's or a terminal's table: `3 | Tặng quà Tết cho | 3.120 | 624.000.000` over
# `       đoàn viên, NLĐ`): one such line does not end the table.
_WRAPPED_CELL = re.compile(r"[ \t]{2,}[^\W\d_][^|\n]{0,80}$")
# A form's row numbering its columns under the header (`A | B | C | D | 1 | 2 | 3 = 2/1`).
_COLUMN_NUMBER = re.compile(
    r"[A-Z]|\(?\d{1,2}\)?(?:\s*=\s*[\d()/+*x.-]+(?:\s*[/+*x-]\s*[\d()]+)*)?|"
)
# ... nor a section's row of a form, its cells left empty (`I` / `TỔ CHỨC CÔNG ĐOÀN`, `II. Chăm
# lo đời sống` between the header and the rows under it)
_SECTION_ROW = re.compile(
    r"[ \t]*(?:[IVX]{1,4}\.?|[A-D]\.?|[IVX]{1,4}\.[ \t]+[^|\d\n]{1,100}"
    r"|[^\W\d_a-zđ][^\W\d_a-zđ ,.–-]*(?:[ ,.–-]+[^\W\d_a-zđ]+){0,10})[ \t]*"
)


def _starts_a_table(
    lay: Layout, block: list[list[tuple[int, int, str]]], row: list[tuple[int, int, str]]
) -> bool:
    """A header row after rows of figures starts a table of its own: two tables one right
    after the other (`Chỉ tiêu | Năm 2023 | Năm 2024`, then `Chỉ tiêu | Kế hoạch | Thực
    hiện`) were read with the first one's columns, the plan as last year's figure."""
    if not block or not any(_is_number_cell(t) for _, _, t in block[-1]):
        return False
    if any(_is_number_cell(t) for _, _, t in row) or sum(1 for _, _, t in row if t) < 2:
        return False
    return any(_role_of_header(lay, t)[0] for _, _, t in row[1:] if t) or bool(
        _breakdown_columns(lay, row, {})
    )


def _header_like(row: list[tuple[int, int, str]]) -> bool:
    """Two cells or more of words, no figure: a table's header."""
    filled = [t for _, _, t in row if t]
    return len(filled) >= 2 and not any(_is_number_cell(t) for t in filled)


# A money unit given as a multiplier (`(1.000 đồng)`, `ĐVT: 1.000đ`, `x 1.000.000 đồng`):
# the same unit as its word (`nghìn đồng`), so one reading serves both.
_NUMBER_SCALE = re.compile(
    r"(\(\s*(?:(?:đơn vị(?: tính)?|đvt)\s*:?\s*)?|(?:đơn vị(?: tính)?|đvt)\s*:\s*|\bx\s*)"
    r"(?:x\s*)?1((?:[.,]?000){1,3})\s*(?=(?:đồng|đ|vnđ|vnd)(?!\w))",
    re.IGNORECASE,
)
_SCALE_WORDS = {1: "nghìn", 2: "triệu", 3: "tỷ"}
# ... and a unit cell that opens with one (`1.000đ/người/tháng`, `1.000 đồng`)
_LEADING_SCALE = re.compile(r"^(\s*)(?:x\s*)?1((?:[.,]?000){1,3})\s*(?=(?:đồng|đ|vnđ|vnd)(?!\w))")


def _worded_scale(text: str, pattern: re.Pattern[str] = _NUMBER_SCALE) -> str:
    return pattern.sub(lambda m: f"{m.group(1)}{_SCALE_WORDS[m.group(2).count('000')]} ", text)


def _cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    """The row's cells, an empty one kept where it stands (text ``""``): a blank header or
    figure never moves the cells after it under another column. Bars at both ends are a
    Markdown row's borders (`| a | | b |`); a bar at one end only is an empty first or last
    cell (`| Năm 2022 | Năm 2023` under an empty corner)."""
    parts = line.split("|")
    first, last = 0, len(parts)
    if not parts[0].strip() and not parts[-1].strip():
        first, last = 1, len(parts) - 1
    cells = []
    start = sum(len(part) + 1 for part in parts[:first])
    for part in parts[first:last]:
        stripped = part.strip()
        lead = len(part) - len(part.lstrip()) if stripped else 0
        end = offset + start + lead + len(stripped)
        cells.append((offset + start + lead, end, _worded_scale(stripped)))
        start += len(part) + 1
    return cells


def _role_of_header(lay: Layout, text: str) -> tuple[str | None, str | None]:
    low = " ".join(_SIGNS.sub("", text.lower()).split())  # `Tăng (+)/giảm (-)`: `tăng/giảm`
    low = _ESTIMATE_NOTE.sub("", low)  # `2024 (ước)`, `Năm 2024*`: that year's column
    year = _YEAR_HEADER.match(low)
    if year:
        return "done", year.group(1)
    if half := _SIX_MONTHS_HEADER.fullmatch(low):
        return "done", f"{half.group(1)}-H1"  # `6 tháng 2024`: the first half of 2024
    if (quarter := _QUARTER_HEADER.fullmatch(low)) and (
        year := quarter.group(2) or (lay.doc_period or "")[:4]
    ).isdigit():
        # `Quý I | Quý II | ... | Cả năm`: each quarter's figures, of the report's year unless
        # named (`Quý III/2024`)
        return "done", f"{year}-Q{_QUARTERS[quarter.group(1)]}"
    span = _SPAN_HEADER.fullmatch(low)
    if span:  # `Nhiệm kỳ 2018-2023`, `Giai đoạn 2019 - 2023`: figures of those years
        return "done", f"{span.group(1)}-{span.group(2)}"
    cols = lay.catalogue.columns
    if "%" in low or any(p in low for p in cols["ratio"] if len(p) > 2):
        return ("compare" if any(p in low for p in cols["compare"]) else "ratio"), None
    if any(p in low for p in cols["compare"]):
        return "compare", None
    words = [w for w in _WORD_SPLIT.split(low) if w]
    first: tuple[int, str] | None = None
    for role in ("index", "unit", "plan", "done"):
        for phrase in cols[role]:
            i = _phrase_at(words, phrase)
            if i >= 0 and (first is None or i < first[0]):
                first = (i, role)
    year_in = re.search(r"(?:19|20)\d{2}", low)
    if first is None and year_in and len(_YEAR_WORD.findall(low)) == 1:
        first = (0, "done")  # `Tháng Công nhân 2025`: a column of that year's figures
    if first is None:
        return None, None
    if first[1] == "plan" and year_in and len(_YEAR_WORD.findall(low)) == 1:
        return "plan", year_in.group(0)  # `Kế hoạch năm 2025`: that year's plan
    if not (year_in and first[1] == "done"):
        return first[1], None
    if span := _SPAN_HEADER.search(low):  # `Kết quả 2018-2023`: the figures of those years
        return "done", f"{span.group(1)}-{span.group(2)}"
    # `Kết quả 6 tháng đầu năm 2023`: the column's part of that year
    part = next((m for m in find_marks(low, lay.doc_period) if m.kind in _PARTS), None)
    return "done", part.period if part is not None else year_in.group(0)


_PARTS = ("half", "quarter")
# A header of a year's first six months written short (`6 tháng 2024`, `6T/2025`, `6 tháng
# năm 2024`): no `đầu năm`, yet the half a mid-year review compares with the one before.
_SIX_MONTHS_HEADER = re.compile(
    r"(?:kết quả\s+|thực hiện\s+)?(?:6|sáu)\s*(?:tháng|th|t)\s*(?:năm\s*|[/-]\s*)?((?:19|20)\d{2})"
)
_QUARTER_HEADER = re.compile(
    r"(?:kết quả\s+|thực hiện\s+)?quý\s+(iv|i{1,3}|[1-4])(?:\s*(?:năm\s*|[/-]\s*)((?:19|20)\d{2}))?"
)
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# A note after a year that the figures are estimates (`2024 (ước)`, `Năm 2024*`).
_ESTIMATE_NOTE = re.compile(
    r"(?<=\d)\s*(?:\*+|\((?:ước|ước tính|ước th|ước thực hiện|ưth|dự kiến|\*)\))$"
)
# A header of several years (`Nhiệm kỳ 2018-2023`, `Giai đoạn 2019 - 2023`, `2021-2025`).
_SPAN_HEADER = re.compile(
    r"(?:(?:nhiệm kỳ|giai đoạn|thời kỳ|từ năm|năm)\s+)?((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})"
)
_SIGNS = re.compile(r"\s*\(\s*[+-]\s*\)")
_YEAR_WORD = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _is_year_cell(text: str) -> bool:
    """A header cell that is a year, perhaps noted as an estimate (`2024 (ước)`), or two
    years compared (`2024/2023 (%)`)."""
    low = _ESTIMATE_NOTE.sub("", text.lower().strip())
    return bool(_YEAR_HEADER.match(low) or _YEARS_COMPARED.fullmatch(low))


_YEARS_COMPARED = re.compile(r"(?:19|20)\d{2}\s*/\s*(?:19|20)\d{2}\s*(?:\(\s*%\s*\)|%)?")


def _phrase_at(words: list[str], phrase: str) -> int:
    target = phrase.split()
    n = len(target)
    for i in range(len(words) - n + 1):
        if words[i : i + n] == target:
            return i
    return -1


def _is_number_cell(text: str) -> bool:
    return bool(_NUMERIC_CELL.match(text.lower()))


def _read_block(
    lay: Layout,
    rows: list[list[tuple[int, int, str]]],
    out: dict[int, Cell],
    unit: str | None = None,
) -> None:
    if unit is not None:
        rows = _with_table_unit(lay, rows, unit)
    rows = _lower_header_right_aligned(rows)
    roles: dict[int, tuple[str, str | None]] = {}
    units: dict[int, str] = {}
    columns: dict[int, str] = {}
    nouns: dict[int, str] = {}
    money: set[int] = set()
    breakdowns: dict[int, str | None] = {}
    label_col = None
    by_breakdowns = False  # one column naming an average or a rate over rows of breakdowns
    last_header = -1  # the row that last named roles
    width = 0  # cells of the header row that named the roles
    for r, row in enumerate(rows):
        if any(_is_number_cell(t) and not _is_year_cell(t) for _, _, t in row):
            if r:  # the header right above the first figures may name an indicator per column
                named = {
                    i: code
                    for i, (_, _, t) in enumerate(rows[r - 1])
                    if i
                    and (i not in roles or roles[i][0] in ("ratio", "done"))
                    and (code := _column_indicator(lay, t))
                    and (i not in roles or roles[i][0] == "done" or _is_rate(lay, code))
                }
                if r >= 2:
                    # a header over two or three rows (`Chăm lo bằng suất quà` over `Số suất
                    # quà | Giá trị` over `Suất | Nghìn đồng`): a column's lowest cell naming one;
                    # beside columns the row above names alone, those it names with the cell
                    # over it (`Đoàn viên` merged over `Tổng số | Nữ` by `Số CĐCS`)
                    stacked = _stacked_header_columns(lay, rows[max(0, r - 3) : r], roles)
                    named = stacked if len(named) < 2 else {**stacked, **named}
                named.update(_money_columns(lay, rows[r - 1], named, roles))
                # one column naming its indicator over rows of units closed by their total
                # (`Đơn vị | Kết nạp đoàn viên` ... `Tổng cộng | 1.798`): the total counts. Not
                # a stock's (`Số đoàn viên` under a caption of who got loans, ran a race), nor
                # rows of years (their sum spans them)
                one = (
                    len(named) == 1
                    and not set(named.values()) & set(lay.catalogue.scoring.stock_indicators)
                    and any(row_ and _is_total(lay, row_[0][2]) for row_ in rows[r + 1 :])
                    and not any(row_ and _PERIOD_LABEL.match(row_[0][2]) for row_ in rows[r:])
                )
                # ... or one naming an average or a rate over rows of breakdowns, which are no parts
                # (`Loại hình doanh nghiệp | Thu nhập bình quân (đồng/người/tháng)` over `DN nhà
                # nước | 8.150.000`, `DN ngoài nhà nước | 6.480.000`)
                by_breakdowns = (
                    len(named) == 1
                    and _not_summed(lay, next(iter(named.values())))
                    and _rows_name_breakdowns(lay, rows[r:])
                )
                columns = named if len(named) >= 2 or one or by_breakdowns else {}
                for i in columns:  # `DN tổ chức HN NLĐ (%)` is a rate indicator's column
                    if roles.get(i, ("",))[0] != "done":  # (a year above keeps its period)
                        roles.pop(i, None)
                nouns = {
                    i: m.group(1)
                    for i, (_, _, t) in enumerate(rows[r - 1])
                    if i and i not in columns and (m := _HEADER_NOUN.fullmatch(_squash(t)))
                }
                money = {
                    i
                    for i, (_, _, t) in enumerate(rows[r - 1])
                    if i and _names_money_only(lay, _HEADER_UNIT.sub("", t.lower()))
                }
                breakdowns = _breakdown_columns(lay, rows[r - 1], roles)
                for i in breakdowns:  # `Khu vực HCSN | Khu vực SXKD | Tổng cộng`
                    roles.setdefault(i, ("done", None))
                if breakdowns and label_col is None:
                    label_col = next((i for i in range(len(rows[r - 1])) if i not in roles), None)
            if r and (roles or units or columns):
                rows = rows[r:]
            break
        found = {i: _role_of_header(lay, t) for i, (_, _, t) in enumerate(row)}
        first = next((i for i in sorted(found) if found[i][0] != "index"), None)
        if first is not None and found[first][0] == "unit":
            found[first] = (None, None)  # `TT | Đơn vị | ...`: the units listed, not a unit
        elif first is not None and _names_its_rows(lay, row[first][2], found[first]):
            found[first] = (None, None)  # `Cấp thực hiện | Số suất quà | ...`: the rows' label
        for i in range(len(row)):  # `Chỉ tiêu` heading a first column names the rows; so
            # after a group's column, when a plan column of its own follows (`Lĩnh vực | Chỉ
            # tiêu | Kế hoạch | Thực hiện`; in `Nội dung | Chỉ tiêu | Thực hiện` it is the plan)
            if found[i][0] == "plan" and _squash(row[i][2]) in _label_headers(lay):
                if i in (0, first) or any(found[k][0] == "plan" for k in range(i + 1, len(row))):
                    found[i] = (None, None)
            elif (
                found[i][0] == "plan"
                and i in (0, first)
                and _squash(row[i][2]).startswith(tuple(h + " " for h in _label_headers(lay)))
                and any(found[k][0] == "plan" for k in range(i + 1, len(row)))
            ):
                # (... and so does a longer one before a plan column of its own: `Chỉ tiêu Nghị
                # quyết Đại hội XIV | ĐVT | Chỉ tiêu NQ | Kết quả 2018-2023`)
                found[i] = (None, None)
            elif found[i][0] not in (None, "index"):
                break
        if any(role for role, _ in found.values()):
            new = {i: (role, year) for i, (role, year) in found.items() if role}
            if r and r - 1 == last_header:
                # a header on two rows (`Năm 2023 | Năm 2024 | So sánh` over `| | Tăng | %`):
                # a cell left empty below keeps the role of the one above it
                # (a row shorter than the one above lost its empty last cells)
                kept = {i: v for i, v in roles.items() if i >= len(row) or not row[i][2].strip()}
                new = {**kept, **_years_and_roles(rows[r - 1], roles, row, new)}
            roles = new
            last_header = r
            label_col = next((i for i in range(len(row)) if i not in roles), None)
            width = len(row)
        header = {i: _HEADER_UNIT.search(t.lower()) for i, (_, _, t) in enumerate(row)}
        if any(header.values()):
            units = {i: m.group(1) for i, m in header.items() if m}
        elif row_units := _units_row(row):  # `| | CĐCS | Suất | Nghìn đồng | %`
            units = row_units
    block = rows[0][0][0] if rows and rows[0] else -1
    before = set(out) if by_breakdowns else set()
    for row in rows:
        _read_row(lay, row, roles, label_col, out, units, columns, block, nouns, width, unit, money)
        for i, (start, _, text) in enumerate(row):
            key = start + _first_digit(text)
            if breakdowns.get(i) and key in out:
                out[key] = replace(out[key], subgroup=breakdowns[i])
    if by_breakdowns:  # (rows of breakdowns are each the figure of theirs, none a part)
        for key in set(out) - before:
            if out[key].role == "part":
                out[key] = replace(out[key], role="done")


def _years_and_roles(
    upper: list[tuple[int, int, str]],
    above: dict[int, tuple[str, str | None]],
    lower: list[tuple[int, int, str]],
    below: dict[int, tuple[str, str | None]],
) -> dict[int, tuple[str, str | None]]:
    """A header on two rows where one row gives the years and the other the roles (`Kế
    hoạch | Thực hiện` over `năm 2024 | năm 2024`; `Năm 2023 | | Năm 2024 |` spanning `KH |
    TH | KH | TH`): each column has the role of one and the year of the other. The lower
    row's years had replaced the roles (the plan read as a second result), its roles the
    years (2023's result read as the report's year). An empty upper cell right of a year is
    that year's span."""

    def year_only(row: list[tuple[int, int, str]], i: int) -> str | None:
        m = _YEAR_HEADER.fullmatch(_squash(row[i][2])) if i < len(row) else None
        return m.group(1) if m else None

    out = dict(below)
    for i, (role, year) in above.items():
        # a year over cells that name no role (`Năm 2023 | | Năm 2024 |` over `Số lượt | Số
        # tiền | Số lượt | Số tiền`): its span's columns are that year's
        if year is None or role not in _ROLES:
            continue
        span = [i]
        while (k := span[-1] + 1) < min(len(upper), len(lower)) and not upper[k][2].strip():
            span.append(k)
        for k in span:
            if k < len(lower) and k not in below and lower[k][2].strip():
                out[k] = (role, year)
    for i, (role, year) in below.items():
        if year is not None and year_only(lower, i) and above.get(i, ("",))[0] in _ROLES:
            out[i] = (above[i][0], year)  # `Kế hoạch` over `năm 2024`
        elif year is None and role in _ROLES:
            k = i  # `Năm 2023` over `KH`, or over the cell right of `KH` (its span)
            while 0 < k < len(upper) and not upper[k][2].strip() and lower[k - 1][2].strip():
                k -= 1
            if (y := year_only(upper, k)) is not None and above.get(k, ("",))[1] == y:
                out[i] = (role, y)
    return out


_ROLES = ("plan", "done")


def _names_its_rows(lay: Layout, text: str, role: tuple[str | None, str | None]) -> bool:
    """A first column's header whose role word comes after a noun of its own (`Cấp thực
    hiện`, `Đơn vị thực hiện`, `Nội dung thực hiện`) names the rows, not a column of results:
    read as one, the rows' labels were figures and the figures labels."""
    if role[0] not in ("done", "plan") or role[1] is not None:
        return False
    low = _squash(text)
    return not any(low.startswith(p) for p in lay.catalogue.columns[role[0]])


def _lower_header_right_aligned(
    rows: list[list[tuple[int, int, str]]],
) -> list[list[tuple[int, int, str]]]:
    """A two-row header copied out of Word loses the cells its left columns span (`STT | Đơn
    vị | Tình hình tổ chức | Phát triển` over `Số CĐCS | Số đoàn viên | Kết nạp | Thành lập`
    over rows of six cells): the lower row, of words only and shorter than the widest row,
    names the columns from the first that holds figures in the widest rows (the labels' and
    units' columns left of it span both header rows), so it is padded on the left."""
    first = next(
        (r for r, row in enumerate(rows) if any(_is_number_cell(t) for _, _, t in row)), -1
    )
    if first < 2:
        return rows
    lower, width = rows[first - 1], max(len(row) for row in rows[first:])
    if not 2 <= len(lower) < width or len(rows[first - 2]) < 2:
        return rows
    if any(not t or _is_number_cell(t) for _, _, t in lower):
        return rows
    starts = Counter(
        next((i for i, (_, _, t) in enumerate(row) if i and _is_number_cell(t)), -1)
        for row in rows[first:]
        if len(row) == width
    )
    start = starts.most_common(1)[0][0]
    if start < 1 or start + len(lower) > width:
        return rows
    pad = [(lower[0][0], lower[0][0], "")] * start
    return [*rows[: first - 1], pad + lower, *rows[first:]]


def _with_table_unit(
    lay: Layout, rows: list[list[tuple[int, int, str]]], unit: str
) -> list[list[tuple[int, int, str]]]:
    """The header rows (those above the first figures) with the table's unit written into
    each cell that names money only (`Số tiền`, `Kinh phí hỗ trợ`) and gives no unit."""
    out = []
    for r, row in enumerate(rows):
        if any(_is_number_cell(t) and not _is_year_cell(t) for _, _, t in row):
            return out + rows[r:]
        out.append(
            [
                (s, e, f"{t} ({unit})")
                if _names_money_only(lay, t) and not _HEADER_UNIT.search(t.lower())
                else (s, e, t)
                for s, e, t in row
            ]
        )
    return out


def _stacked_header_columns(
    lay: Layout, header: list[list[tuple[int, int, str]]], roles: dict[int, tuple[str, str | None]]
) -> dict[int, str]:
    """The indicator each column names in the lowest of the header's rows that names one, read
    in the unit a row of units gives it (`Số tiền trợ cấp` over `Nghìn đồng`: money). A group's
    cell merged over several columns is read with the cell under it (`Tặng quà Tết` over `Số
    suất | Kinh phí`: the gifts, then their money)."""
    named: dict[int, str] = {}
    width = max(len(row) for row in header)
    units: dict[int, str] = {}
    for row in header:
        units.update(_units_row(row))
    header = [*(_spans_filled(row, below) for row, below in pairwise(header)), header[-1]]
    for i in range(1, width):
        if i in roles and roles[i][0] not in ("ratio", "done"):
            continue  # (`Tổng số` under `Đoàn viên công đoàn` is that column's figure)
        lower = ""  # the words under it that named nothing alone (`Kinh phí (triệu đồng)`)
        for row in reversed(header):
            text = row[i][2] if i < len(row) else ""
            if text and i in units and text.lower() != units[i]:
                text = f"{text} ({units[i]})"
            code = text and lower and _column_indicator(lay, f"{text} {lower}")
            if text and (code := code or _column_indicator(lay, text)):
                if roles.get(i, ("done",))[0] == "done" or _is_rate(lay, code):
                    named[i] = code
                break  # (a unit under it names nothing: the cell above may)
            if text and (i not in units or text.lower() != units[i]):
                lower = text
    # `Số suất quà | Giá trị`: a column headed by a money word only, right of a counted one
    sc = lay.catalogue.scoring
    money_words = lay.catalogue.lexicon.phrases(sc.total_money_words)
    for i in range(1, width):
        count = named.get(i - 1)
        if i in named or i in roles or count not in sc.money_of:
            continue
        cells = [_HEADER_UNIT.sub("", " ".join(r[i][2].lower().split())).strip(" ():")
                 for r in header if i < len(r) and r[i][2].strip()]  # fmt: skip
        if any(c in money_words for c in cells):
            named[i] = sc.money_of[count]
    return named if len(named) >= 2 else {}


def _spans_filled(
    row: list[tuple[int, int, str]], below: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A header row's merged cells copied as text (`Kết nạp đoàn viên | | |` over `KH giao |
    Thực hiện | Đạt (%)`): an empty cell right of a named one, over a cell the row below
    names, is that cell's, as a page's `colspan` repeats it."""
    out = list(row)
    for i in range(2, len(row)):
        s, e, text = row[i]
        prev = out[i - 1][2]
        if not text and prev and i < len(below) and below[i][2] and below[i - 1][2]:
            out[i] = (s, e, prev)
    return out


_UNIT_CELL = re.compile(r"(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+)?(?:đồng|đ)(?:\s*/\s*[^\W\d_]+)*|%")


def _units_row(row: list[tuple[int, int, str]]) -> dict[int, str]:
    """A header's row of units under the columns (`CĐCS | Người | Triệu đồng/người/tháng |
    %`): the money and percent units, by column; empty unless every filled cell is a unit."""
    filled = [(i, " ".join(t.lower().split())) for i, (_, _, t) in enumerate(row) if t.strip()]
    if len(filled) < 2 or any(len(t) > 30 or any(c.isdigit() for c in t) for _, t in filled):
        return {}
    units = {i: t for i, t in filled if _UNIT_CELL.fullmatch(t)}
    plain = [t for i, t in filled if i not in units]
    return units if units and all(len(t.split()) <= 3 for t in plain) else {}


def _money_columns(
    lay: Layout,
    header: list[tuple[int, int, str]],
    named: dict[int, str],
    roles: dict[int, tuple[str, str | None]],
) -> dict[int, str]:
    """`Nhà “Mái ấm CĐ” | Kinh phí (triệu đồng)`: a column headed only by a total-money word
    right after a counted column is the money of what that column counts (`money_of`)."""
    sc = lay.catalogue.scoring
    words = lay.catalogue.lexicon.phrases(sc.total_money_words)
    found = {}
    for i, (_, _, text) in enumerate(header):
        if not i or i in named or i in roles or (i - 1) not in named:
            continue
        low = _HEADER_UNIT.sub("", " ".join(text.lower().split())).strip(" ():")
        if low in words and named[i - 1] in sc.money_of:
            found[i] = sc.money_of[named[i - 1]]
    return found


def _label_headers(lay: Layout) -> tuple[str, ...]:
    return tuple(_squash(h) for h in lay.catalogue.scoring.label_headers)


def _breakdown_columns(
    lay: Layout, header: list[tuple[int, int, str]], roles: dict[int, tuple[str, str | None]]
) -> dict[int, str | None]:
    """Columns whose header names a breakdown (`Khu vực hành chính sự nghiệp`), with the
    total's column (`Tổng cộng`, None) when one is; empty unless a breakdown is named."""
    cat = lay.catalogue
    found: dict[int, str | None] = {}
    for i, (_, _, text) in enumerate(header):
        if not i or (i in roles and roles[i][0] != "done"):
            continue
        low = " " + " ".join(text.lower().split()).strip(" :.") + " "
        if _is_total(lay, low.strip()):
            found[i] = None
            continue
        for name, list_id in cat.subgroups:
            if any(f" {p} " in low for p in cat.lexicon.phrases(list_id)):
                found[i] = name
                break
    return found if any(found.values()) else {}


def _read_row(
    lay: Layout,
    row: list[tuple[int, int, str]],
    roles: dict[int, tuple[str, str | None]],
    label_col: int | None,
    out: dict[int, Cell],
    units: dict[int, str] | None = None,
    columns: dict[int, str] | None = None,
    block: int = -1,
    nouns: dict[int, str] | None = None,
    width: int = 0,
    table_unit: str | None = None,
    money: set[int] | None = None,
) -> None:
    label = None
    # a row short of the header's cells, led by words under an index column, lost its empty
    # first cells (`Cộng | 5.055 | ...` under `TT | Nội dung | Số lượt | Số tiền`)
    lost = (
        width - len(row)
        if width > len(row)
        and roles.get(0, ("",))[0] == "index"
        and row
        and row[0][2]
        and not _is_number_cell(row[0][2])
        and not _INDEX_CELL.match(row[0][2].lower())
        else 0
    )
    for i, (_, end, text) in enumerate(row):
        free = roles.get(i + lost, ("",))[0] not in ("unit", "index")
        in_label_column = label_col is None or i + lost >= label_col
        if label is None and free and in_label_column and text and not _is_number_cell(text):
            label = (i, end)
    year = _year_of_row(row, roles, label) if columns else None
    if year is not None:
        label = year[0], row[year[0]][1]
    if label is None:
        return
    label_i, label_end = label
    # a group's label then the item's (`Phát triển | Kết nạp đoàn viên mới | 1.000 | 1.250`, a
    # cell spanning rows beside the rows it groups): the row's label is the two together, its
    # words counted up to the item's end
    last = label_i
    while (
        last + 1 < len(row)
        and roles.get(last + 1, ("",))[0] in ("", "plan")  # (`Chỉ tiêu` heads labels too)
        and row[last + 1][2]
        and not _is_number_cell(row[last + 1][2])
    ):
        last += 1
    under_heading = last > label_i and _names_a_counted_noun(lay, row[last][0], row[last][1])
    if under_heading:
        # ... unless the item names what it counts itself (`Phát triển đoàn viên | Số CĐCS
        # thành lập mới | 52`): the group's words are its heading, not this row's
        label_i = last
    label_end = row[last][1]
    label_text = " ".join(t for _, _, t in row[label_i : last + 1])
    shift = 0  # how many header columns the row's figures stand right of their own index
    if not roles:
        roles = _roles_from_ratio(lay, row, label_i)
    elif (
        width > len(row)
        and all(_is_number_cell(t) for _, _, t in row[label_i + 1 :])
        and (
            all(
                roles.get(i, ("unit",))[0] == "unit"
                for i in range(label_i + 1, label_i + 1 + width - len(row))
            )
            # (... or its last cell a share under the share column: `| 3 | Tổng số đoàn viên |
            # 98.400 | 102,3 |` under `ĐVT | Kế hoạch | Thực hiện | Tỷ lệ (%)`)
            or (
                roles.get(width - 1, ("",))[0] == "ratio"
                and _SHARE_CELL.fullmatch(row[-1][2].strip()) is not None
                # (not a rate's row, each figure a rate, its share left blank: `| DN tổ chức
                # Hội nghị NLĐ | 90% | 94,6% | |`; a last one over 100 is the share: `| 94,6% |
                # 105,1% |`, the plan's cell lost)
                and not (
                    len(row) - label_i > 2
                    and all("%" in t for _, _, t in row[label_i + 1 :])
                    and (_value(lay, row[-1][0]) or 0) <= 100
                )
            )
        )
    ):
        # `Sáng kiến được công nhận sáng kiến   30   41   136,7`: the label ran into the unit
        # column; the figures keep the header's last columns, counted from the right. (A row
        # short of a figure column, `| Kết nạp đoàn viên mới | 1.200 |` under `Kế hoạch |
        # Thực hiện`, lost its last cells, as a browser draws it: 1.200 is the plan.)
        shift = width - len(row)
        roles = {
            (i - shift if i - shift > label_i else i): role
            for i, role in roles.items()
            if i <= label_i or i - shift > label_i
        }
    after_bar = lay.text.find("|", label_end)
    anchor = after_bar + 1 if after_bar >= 0 else label_end
    unit_cell = next(
        ((s, t) for i, (s, _, t) in enumerate(row) if roles.get(i, ("",))[0] == "unit"), None
    )
    # `| Tổng kinh phí chăm lo | 5.100 | 5.603 |` under a table's `Đơn vị tính: triệu đồng`
    row_unit = table_unit if table_unit and _names_money(lay, label_text) else ""
    plans = {
        i: (
            _plan_value(
                lay,
                start,
                (units or {}).get(i + shift if i > label_i else i, "")
                or (unit_cell[1] if unit_cell else "")
                or row_unit,
            ),
            roles[i][1],
        )
        for i, (start, _, text) in enumerate(row)
        if roles.get(i, ("",))[0] == "plan" and _is_number_cell(text)
    }
    rate = _rate_of_row(lay, row, roles, label_i)
    for i, (start, _, text) in enumerate(row):
        digit = _first_digit(text)
        if digit < 0:
            continue
        key = start + digit
        if i <= label_i or not _is_number_cell(text):
            if i < label_i and _INDEX_CELL.match(text.lower()):
                out[key] = Cell("index", anchor, -1, "")
            elif year is not None and i == label_i:
                out[key] = Cell("year", anchor, -1, "")
            elif i > label_i and roles.get(i, ("",))[0] == "unit":
                out[key] = Cell("unit", anchor, -1, "")  # `1.000đ/người/tháng`: no figure
            continue
        role, period = roles.get(i, ("done", None))
        h = i + shift if i > label_i else i  # the header's column
        indicator = (columns or {}).get(h)
        total = _is_total(lay, row[label_i][2]) or _is_total(lay, row[last][2])
        if year is not None:
            period = year[1]  # a row of a year's figures (`2019 | 3.870 | 3.520 | 1.420`)
        elif indicator is not None and not total:
            role = "part"  # a unit's row of a table that sums its units: the total row counts
        if rate is not None:
            # `Đơn vị tổ chức Hội nghị CBCCVC | 54 | 54 | 100%`: the rate is the row's figure,
            # its counts are the units that make it
            is_ratio = roles.get(i, ("",))[0] == "ratio"
            role, indicator = ("done", rate) if is_ratio else ("compare", None)
        out[key] = Cell(
            role=role,
            label_end=anchor,
            unit_start=unit_cell[0] if unit_cell and role == "done" else -1,
            # (a column's own unit before the row's: `Số lượng | Thành tiền (triệu đồng)` by a
            # unit column of `suất`, `nhà`)
            unit_text=(units or {}).get(h, "") or (unit_cell[1] if unit_cell else "") or row_unit,
            target=_plan_of(plans, i, period or lay.doc_period) if role == "done" else None,
            period=period,
            indicator=indicator,
            column=(block, h),
            total=total,
            noun=(nouns or {}).get(h, ""),
            label=label_text,
            money=h in (money or ()),
            label_start=row[label_i][0],
            under_heading=under_heading,
        )


def _names_a_counted_noun(lay: Layout, start: int, end: int) -> bool:
    """A counted noun of some indicator (`CĐCS`, `đoàn viên`, `lượt`) stands in [start, end)."""
    assert lay.hits is not None
    present = lay.hits.lists_ending_between(start, end)
    return any(ind.heads in present for ind in lay.catalogue.counted)


def _plan_of(
    plans: dict[int, tuple[float | None, str | None]], column: int, period: str
) -> float | None:
    """The plan of a figure: the nearest plan column left of it (`Kết nạp: KH | TH | % ;
    Thành lập CĐCS: KH | TH`, each group its own), or the row's last. A plan of another
    year is none of its (`Thực hiện năm 2023 | Kế hoạch năm 2024`: next year's plan)."""
    years = [int(y) for y in _YEAR_WORD.findall(period)]
    plans = {
        i: value
        for i, (value, year) in plans.items()
        if year is None or not years or min(years) <= int(year) <= max(years)
    }
    left = [i for i in plans if i < column]
    if left:
        return plans[max(left)]
    return plans[max(plans)] if plans else None


def _names_money(lay: Layout, label: str) -> bool:
    """A row's label names an amount of money (`Tổng kinh phí chăm lo`, `Số tiền hỗ trợ`);
    `Tổng cộng`, a money word in prose, labels a table's total row, of every column's unit
    (under `ĐVT: nghìn đồng` its 20 CĐCS were 20 000)."""
    low = " " + " ".join(_WORD_SPLIT.split(label.lower())) + " "
    words = lay.catalogue.lexicon.phrases(lay.catalogue.scoring.total_money_words)
    return any(f" {w} " in low for w in words if not _is_total(lay, w))


_YEAR_ROW = re.compile(r"(?:năm\s+)?((?:19|20)\d{2})(?:\s*\([^()]{0,30}\))?\*?")


def _year_of_row(
    row: list[tuple[int, int, str]],
    roles: dict[int, tuple[str, str | None]],
    label: tuple[int, int] | None,
) -> tuple[int, str] | None:
    """A table whose columns each name an indicator and whose rows each name a year (`Năm |
    Lao động | Đoàn viên | Kết nạp mới`, then `2018 | 2.940 | 2.610 | 1.180`): the row's
    first cell and its year. Such a row is the body's own figures of that year, not a part."""
    first = next(
        (i for i, (_, _, t) in enumerate(row) if t and roles.get(i, ("",))[0] != "index"), None
    )
    if first is None or (label is not None and label[0] < first):
        return None
    m = _YEAR_ROW.fullmatch(row[first][2].lower())
    return (first, m.group(1)) if m else None


def _rate_of_row(
    lay: Layout,
    row: list[tuple[int, int, str]],
    roles: dict[int, tuple[str, str | None]],
    label_i: int,
) -> str | None:
    """The rate indicator a row names when the table has a percent column and the row's label
    reads as a rate (`Đơn vị tổ chức Hội nghị CBCCVC`), else None."""
    ratio = [i for i, (role, _) in roles.items() if role == "ratio" and i < len(row)]
    if not ratio or not _is_number_cell(row[ratio[0]][2]):
        return None
    if any(
        "%" in text
        for i, (_, _, text) in enumerate(row)
        if i > label_i and roles.get(i, ("done",))[0] in ("done", "plan", "unit")
    ):
        return None  # the rate is stated as a result (`90% | 95,5% | 106,1`): % of plan beside it
    label = row[label_i][2].lower()
    if "%" in label or label.lstrip(" -+.0123456789").startswith(("tỷ lệ", "tỉ lệ")):
        return None  # `DN tổ chức Hội nghị NLĐ (%) | 95,4 | 100 | 96,8 | 96,8`: so are its cells
    code = _column_indicator(lay, f"{row[label_i][2]} (%)")
    return code if code is not None and _is_rate(lay, code) else None


def _names_money_only(lay: Layout, header: str) -> bool:
    """A header cell that names an amount and nothing else (`Số tiền`, `Kinh phí hỗ trợ`);
    `Tổng cộng`, a money word in prose, heads a table's total column, of any unit."""
    low = _squash(header).strip(" ():")
    words = lay.catalogue.lexicon.phrases(lay.catalogue.scoring.total_money_words)
    return low in words and not _is_total(lay, low)


def _is_total(lay: Layout, label: str) -> bool:
    low = " ".join(label.lower().split()).strip(" :.")
    return any(low == w or low.startswith(w + " ") for w in lay.catalogue.scoring.total_rows)


def _not_summed(lay: Layout, code: str) -> bool:
    """An average or a rate (`VND/person/month`, `percent`): its rows are no parts of a sum."""
    return any(
        i.code == code and (i.unit == "percent" or "/" in i.unit) for i in lay.catalogue.indicators
    )


def _rows_name_breakdowns(lay: Layout, rows: list[list[tuple[int, int, str]]]) -> bool:
    """Two rows or more with figures, each labelled by a breakdown of the contract (`DN nhà
    nước`, `Khu vực ngoài nhà nước`, `Nữ`)."""
    phrases = [
        p for _, list_id in lay.catalogue.subgroups for p in lay.catalogue.lexicon.phrases(list_id)
    ]
    labelled = 0
    for row in rows:
        if not any(_is_number_cell(t) for _, _, t in row):
            continue
        label = next((t for _, _, t in row if t.strip() and not _is_number_cell(t)), "")
        words = f" {' '.join(label.lower().split())} "
        if not any(f" {p} " in words for p in phrases):
            return False
        labelled += 1
    return labelled >= 2


def _is_rate(lay: Layout, code: str) -> bool:
    return any(i.code == code and i.unit == "percent" for i in lay.catalogue.indicators)


_SHARE_CELL = re.compile(r"\d{1,3},\d{1,2}\s*%?")  # `102,3`: a share, never a count
# A row labelled by a time (`2023`, `Năm 2023`, `Quý I`, `Tháng 10/2024`, `6 tháng đầu năm`):
# the total of such rows spans them, no period of the report's.
_PERIOD_LABEL = re.compile(r"(?i)\s*(?:(?:19|20)\d\d\b|(?:năm|quý|tháng|\d{1,2}\s+tháng)(?!\w))")
_HEADER_TIME = re.compile(
    r"(?i)(?<!\w)(?:\d{1,2}\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?|quý\s+[ivx]{1,3})"
    r"(?:\s*(?:năm\s+|/)?(?:19|20)\d\d)?(?!\w)"
)


def _column_indicator(lay: Layout, header: str) -> str | None:
    """The indicator a header cell names (`Số đoàn viên`, `Quỹ Mái ấm CĐ (triệu đồng)`), read
    as the label of a figure: `<header>: 1` classified with the report's catalogue."""
    from unionstats.scoring import Spot, classify  # scoring imports nothing of tables

    # (the months it covers are no part of what it counts: `Kết nạp 6 tháng`, `Quý I/2024`)
    name = " ".join(_HEADER_TIME.sub(" ", header).split())
    if not name or any(c.isdigit() for c in name):
        return None
    # `Kết nạp mới` names what was done, not what was counted: people, unless it says.
    for text in (f"{name}: 1", f"{name}: 1 người"):
        mini = Layout(text, lay.catalogue, lay.doc_period)
        cand = next(candidates(mini.low), None)
        if cand is None or cand.q.start != len(name) + 2:
            return None
        q = cand.q
        if (unit := _HEADER_UNIT.search(mini.low)) is not None:
            cand = Cell("done", 0, -1, unit.group(1)).apply(cand)
        spot = Spot(cand, cand.q_start, cand.q.end, mini.clause(q.start), mini.sentence(q.start))
        verdict, _ = classify(mini, spot)
        if verdict.indicator is not None:
            return verdict.indicator.code
        if verdict.reason != "no_counted_noun" or cand.q.unit is not None:
            return None
    return None


def label_indicator(lay: Layout, label: str) -> str | None:
    """The indicator a row's label names by itself (`Tổng số đoàn viên`, `Tổng số CĐCS`), or
    None (`Tổng cộng`, `Toàn tỉnh`)."""
    name = " ".join(label.split())
    return _labelled(lay.catalogue, lay.doc_period, name) if name else None


@lru_cache(maxsize=1024)
def _labelled(catalogue: Catalogue, period: str, name: str) -> str | None:
    return _column_indicator(Layout("", catalogue, period), name)


def row_indicator(lay: Layout, label: str, noun: str) -> str | None:
    """What a row counts in a column headed by a bare noun (`Số lượt`): the row's label with
    the noun after the figure, read as a sentence (`Thăm hỏi ốm đau 1 lượt`)."""
    return _row_indicator(lay.catalogue, lay.doc_period, " ".join(label.split()), noun)


@lru_cache(maxsize=1024)
def _row_indicator(catalogue: Catalogue, period: str, label: str, noun: str) -> str | None:
    from unionstats.scoring import Spot, classify  # scoring imports nothing of tables

    text = f"{label} 1 {noun}"
    mini = Layout(text, catalogue, period)
    cand = next(candidates(mini.low), None)
    if cand is None or cand.q.start != len(label) + 1 or cand.q.unit not in (None, "persons"):
        return None
    q = cand.q
    spot = Spot(cand, cand.q_start, q.end, mini.clause(q.start), mini.sentence(q.start))
    verdict, found = classify(mini, spot)
    if verdict.indicator is None or found is None or not found.after:
        return None  # the noun must be what is counted, not a word of the label
    return verdict.indicator.code


def _squash(text: str) -> str:
    return " ".join(text.lower().split())


# `Số lượt`, `Số người`, `Số suất quà`, `Tổng số nhà`: a header naming only what is counted
# (`Số lượt đoàn viên, NLĐ`: the first noun, others after a comma)
_HEADER_NOUN = re.compile(
    r"(?:tổng\s+)?số(?:\s+lượng)?\s+((?!tiền\b)[^\W\d_]+(?:\s+[^\W\d_]+){0,2})"
    r"(?:\s*,\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2})?"
)


def _value(lay: Layout, start: int) -> float | None:
    m = QUANTITY_RE.search(lay.low, start)
    q = quantity_from_match(m, lay.low) if m else None
    return q.value if q else None


def _roles_from_ratio(
    lay: Layout, row: list[tuple[int, int, str]], label_i: int
) -> dict[int, tuple[str, str | None]]:
    """A row with no header (`Kết nạp đoàn viên | 1.732 | 1.500 | 115,5%`): when its last cell
    is the percentage one figure makes of the other, that one is the result and the other
    its plan; otherwise nothing is assumed."""
    cells = [(i, t) for i, (_, _, t) in enumerate(row) if i > label_i and _is_number_cell(t)]
    if len(cells) != 3 or "%" not in cells[2][1] or any("%" in t for _, t in cells[:2]):
        return {}
    (i, _), (j, _), (k, _) = cells
    a, b, rate = (_value(lay, row[n][0] + _first_digit(row[n][2])) for n in (i, j, k))
    if not a or not b or rate is None:
        return {}
    for done, plan, share in ((i, j, a / b), (j, i, b / a)):
        if abs(share * 100 - rate) <= max(0.6, 0.01 * rate):
            return {done: ("done", None), plan: ("plan", None), k: ("ratio", None)}
    return {}


def _first_digit(text: str) -> int:
    for i, c in enumerate(text):
        if c.isdigit():
            return i
    return -1
