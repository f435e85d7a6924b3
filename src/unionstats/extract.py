"""Find every number in a cleaned report and decide which indicator, if any, it measures.

The stages, each its own module: `candidates` reads every number phrase once,
`layout` scans the report once for sentences and every catalogue phrase,
`exclusions` says what is never an observation, `tables` gives table cells
their column's role, `scoring` picks the indicator, `structure` relates figures
to each other (targets, ratios, parts, restatements). This module runs them in
order and keeps every number, observation or not, as a mention for audit.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from unionstats.candidates import Candidate, candidates
from unionstats.catalogue import Catalogue, Indicator, load_catalogue
from unionstats.clean import lowercase
from unionstats.exclusions import done_in_a_later_year, excluded, individual
from unionstats.layout import Layout
from unionstats.numbers import QUANTITY_RE, Quantity, quantity_from_match, read_number
from unionstats.periods import WRITTEN_AFTER_MONTHS, months_after
from unionstats.plausible import whole_if_counted
from unionstats.respective import respective_lists
from unionstats.scoring import (
    NATIONWIDE,
    RESULT_OPENER,
    Heads,
    Spot,
    Verdict,
    accepts,
    classify,
    holds,
    public_relief,
    right_before,
    skip_spaces,
    subgroup,
    the_nation_opens_the_sentence,
    unit_class,
)
from unionstats.structure import (
    BARE_COUNT_UNITS,
    PROGRAMME_REACH,
    continues_stock,
    head_word,
    heading_plan,
    in_stock_list,
    is_part,
    joined_union,
    labelled_row_anchor,
    lead_in_names,
    money_after_its_count,
    money_by_its_word,
    numbered_plan_before,
    opens_parts,
    part_lead_in,
    plan_after_slash,
    plan_figures,
    plans_listed_before,
    rate_parts,
    rated_pair,
    slash_partner,
    split_label_pair,
    split_ratio,
    stock_list_after,
    tail_noun,
    target_after,
    target_before,
    target_of,
    total_money_of,
    unit_from_label,
    units_among_all,
)
from unionstats.tables import Cell, label_indicator, row_indicator, table_cells

_PER_HEAD = ("per_unit_amount",)  # reasons that a change's start shares with where it went


# Not frozen: made many times per report (see `numbers.Quantity`).
@dataclass(slots=True)
class Mention:
    """A number found in the text, classified or not, kept for audit."""

    doc_id: str
    span_start: int
    span_end: int
    text: str
    value: float | None  # None: a digit run too long to read (reason `unreadable_number`)
    unit: str | None
    indicator: str | None
    status: str  # observation | unclassified | excluded
    reason: str
    context: str


# Not frozen: made many times per report (see `numbers.Quantity`).
@dataclass(slots=True)
class Observation:
    """A number that measures an indicator, with its provenance (quote and span)."""

    doc_id: str
    indicator: str
    value: float
    unit: str
    qualifier: str
    target: float | None
    period: str
    subgroup: str | None
    quote: str
    span_start: int
    span_end: int
    low: float | None = None
    high: float | None = None
    flags: tuple[str, ...] = ()
    sentence_id: int = 0
    score: float = 0.0
    runner_up: float = 0.0
    evidence: tuple[str, ...] = ()


@dataclass
class _Run:
    """What one extraction has decided so far."""

    doc_id: str
    lay: Layout
    observations: list[Observation] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    totals_with_parts: set[tuple[int, str, str]] = field(default_factory=set)
    targets: set[int] = field(default_factory=set)
    previous: tuple[int, Indicator | None] = (-1, None)  # end of the last figure, its indicator
    last_obs: Observation | None = None
    stock_list: tuple[int, int] = (-1, -1)  # (clause start, end) of a list a stock word opened
    columns: dict[tuple[int, int], list[int]] = field(default_factory=dict)  # table column -> obs
    column_cells: dict[tuple[int, int], int] = field(default_factory=dict)  # cells read per column
    row_counts: dict[int, str] = field(default_factory=dict)  # table row (label end) -> its count
    last_row_count: tuple[int, str] = (-1, "")  # the table and indicator of the last row's count
    rows_seen: tuple[int, int] = (-1, -1)  # the rows (label ends) of the last two cells' rows
    last_count_row: int = -1  # the row (label end) of the last row's count
    last_share: tuple[int, int] = (-1, -1)  # (start of the amount, end) of its last share

    def recent(self, sentence_start: int, pos: int, reach: int = 0) -> list[tuple[int, str]]:
        """(position, indicator) of the observations since the sentence before this one (at
        most two left windows before `pos`: a sentence that never ends is read no further),
        or within `reach` characters when that goes farther."""
        lo = self.lay.sentence(sentence_start - 1)[0] if sentence_start else 0
        lo = max(lo, pos - 2 * self.lay.catalogue.scoring.left)
        if reach:
            lo = min(lo, max(0, pos - reach))
        out = []
        for o in reversed(self.observations):
            if o.span_start < lo:
                break
            out.append((o.span_start, o.indicator))
        return out[::-1]

    def mention(self, spot: Spot, q: Quantity, ind: Indicator | None, status: str, why: str):
        text = self.lay.text
        s_start, _ = spot.sentence
        context = text[max(s_start, q.start - 80) : min(spot.clause[1], q.end + 80)]
        self.mentions.append(
            Mention(
                self.doc_id,
                q.start,
                q.end,
                text[q.start : q.end],
                q.value,
                q.unit,
                ind.code if ind else None,
                status,
                why,
                context.replace("\n", " "),
            )
        )


def extract(
    doc_id: str,
    text: str,
    doc_period: str,
    catalogue: Catalogue | None = None,
    *,
    org_level: str | None = None,
    province: str | None = None,
    org: str | None = None,
    published: dt.date | None = None,
    title: str | None = None,
    scanned: bool = False,
) -> tuple[list[Observation], list[Mention]]:
    """All observations and all mentions of one cleaned report. The report's `org_level`
    says whose figures are another body's (`other_org`): the national confederation owns
    the country's; a district's report quotes its province's; its `org` is its own; a
    `scanned` one (read by OCR) has its phrases read through lost and misplaced marks."""
    lay = Layout(
        text,
        catalogue or load_catalogue(),
        doc_period,
        org_level=org_level,
        province=province,
        org=org,
        published=published,
        title=title,
        scanned=scanned,
    )
    run = _Run(doc_id, lay)
    cells = table_cells(lay)
    held: list[tuple[Candidate, Cell]] = []  # a total row above its items (`Tổng cộng` first)
    found: dict[int, Candidate] = {}
    for cand in candidates(
        lay.low, counted_at=lambda pos: _counted_noun_at(lay, pos), digit_runs=lay.digits
    ):
        found[cand.q.start] = cand
        cell = cells.get(cand.q.start)
        if held and (
            cell is None
            or cell.column[0] not in (-1, held[0][1].column[0])
            or _breakdown_of(lay, cell.label) is not None  # (`| Nữ |` under `| Tổng số ... |`)
        ):
            for total, total_cell in held:  # its table's items are read: the total now
                _one(run, total, total_cell)
            held.clear()
        if cell is not None and _total_before_items(run, cell):
            held.append((cand, cell))
            continue
        _one(run, cand, cell)
    for total, total_cell in held:
        _one(run, total, total_cell)
    reach = lay.catalogue.scoring.windows["quote"]
    given = respective_lists(
        lay,
        run.observations,
        run.mentions,
        found,
        lambda start, end: _quote(lay.text, start, end, *lay.sentence(start), reach),
    )
    given = _sector_pairs(lay, given)
    marked = _wages_beside_income(
        lay,
        _parts_detailed(
            lay,
            _table_of_parts(lay, _parts_above_a_total(lay, _mark_lists(lay, given))),
        ),
    )
    observations = _restated_rounded(_deduplicate(_restated_in_title(lay, marked, run), run), run)
    return observations, run.mentions


_BULLET_MARKS = "-+•*–"
_HEADING_CHARS = 60  # `3. Hỗ trợ đi lại`: a short line between a list's items


def _wages_beside_income(lay: Layout, observations: list[Observation]) -> list[Observation]:
    """`Tiền lương bình quân 9,1 triệu ... Thu nhập bình quân 11 triệu`: where a report states
    the income of a period, a wage of that period is a part of it (flag `part`)."""
    rule = lay.catalogue.scoring.wage
    assert lay.hits is not None
    wages: set[int] = set()
    income_periods: set[str] = set()
    for o in observations:
        if o.indicator != rule.indicator or o.subgroup is not None:
            continue
        lo = lay.sentence(o.span_start)[0]
        wage = lay.hits.ending_between(rule.wage_words, lo, o.span_start)
        income = lay.hits.ending_between(rule.income_words, lo, o.span_start)
        if wage and (not income or wage[-1][1] > income[-1][1]):
            wages.add(id(o))
        else:
            income_periods.add(o.period)
    return [
        replace(o, flags=(*o.flags, "part"))
        if id(o) in wages and o.period in income_periods and "part" not in o.flags
        else o
        for o in observations
    ]


def _sector_pairs(lay: Layout, observations: list[Observation]) -> list[Observation]:
    """Two figures of one indicator side by side in a sentence, one of a sector named by its
    breakdown's words (`khối hành chính sự nghiệp 6,1 triệu đồng`), the other with none: the
    other is of the other sector when its label names that sector's people (`của người lao
    động trong các doanh nghiệp đạt 5,2 triệu đồng/người/tháng, ...`), words that alone tell
    of the whole."""
    sc = lay.catalogue.scoring
    assert lay.hits is not None
    labels = dict(sc.sector_pair_labels)
    out = list(observations)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.indicator != b.indicator or not _side_by_side(lay, a, b):
            continue
        if a.subgroup is None is b.subgroup:
            both = _both_sectors_labelled(lay, a, b)
            if both is not None:
                out[k], out[k + 1] = replace(a, subgroup=both[0]), replace(b, subgroup=both[1])
            continue
        if (a.subgroup is None) == (b.subgroup is None) or (a.subgroup or b.subgroup) not in labels:
            continue
        bare = k if a.subgroup is None else k + 1
        named = a.subgroup or b.subgroup
        lo = lay.sentence(a.span_start)[0] if bare == k else a.span_end
        start = out[bare].span_start
        if lay.hits.ending_between(sc.sector_pair_whole, lo, start):
            continue  # (`của CBCCVC-LĐ toàn tỉnh đạt 6,2 triệu đồng, khối doanh nghiệp ...`)
        own = _sector_of_the_part(lay, out[bare].span_end)
        if own is not None and own != named:
            # (named by its own noun: `80 CĐCS khu vực hành chính sự nghiệp và 18 CĐCS doanh
            # nghiệp`)
            out[bare] = replace(out[bare], subgroup=own)
            continue
        for group, list_id in sc.sector_pair_labels:
            hits = lay.hits.ending_between(list_id, lo, start) if group != named else []
            if hits and not lay.digit_between(hits[-1][1], start):
                out[bare] = replace(out[bare], subgroup=group)
                break
    return out


_PAIR_SEPARATOR = re.compile(r"[,;]|\bvà\b|\bcòn\b")


def _side_by_side(lay: Layout, a: Observation, b: Observation) -> bool:
    """Two figures in one sentence, near, no figure between, a comma, `và` or `còn` apart."""
    return (
        a.sentence_id == b.sentence_id
        and b.span_start - a.span_end <= lay.catalogue.scoring.windows["sector_pair"]
        and not lay.digit_between(a.span_end, b.span_start)
        and _PAIR_SEPARATOR.search(lay.low, a.span_end, b.span_start) is not None
    )


def _both_sectors_labelled(lay: Layout, a: Observation, b: Observation) -> tuple[str, str] | None:
    """`Thu nhập bình quân của cán bộ, công chức, viên chức ... đạt 5,6 triệu đồng; của công
    nhân lao động trong các doanh nghiệp đạt khoảng 4,1 triệu đồng`: two figures of one
    indicator side by side (`_side_by_side`), each labelled by one sector's people and the two
    sectors different, are those sectors' (one alone tells of the whole)."""
    sc = lay.catalogue.scoring
    assert lay.hits is not None
    lo = lay.sentence(a.span_start)[0]
    if lay.hits.ending_between(sc.sector_pair_whole, lo, b.span_start):
        return None  # (`của CBCCVC-LĐ toàn tỉnh đạt 6,2 triệu đồng, ...`: the whole's)
    if lay.hits.ending_between(sc.sector_pair_shadows, lo, b.span_start):
        return None  # (a state firm's managers, `viên chức quản lý`, are no public sector)
    named = []
    for start, end in ((lo, a.span_start), (a.span_end, b.span_start)):
        found = {
            group: hits[-1][1]
            for group, list_id in sc.sector_pair_labels
            if (hits := lay.hits.ending_between(list_id, start, end))
        }
        if len(found) != 1:
            return None
        group, label_end = found.popitem()
        if lay.digit_between(label_end, end):
            return None
        named.append(group)
    return (named[0], named[1]) if named[0] != named[1] else None


def _list_lines_between(low: str, pos: int, total: int) -> bool:
    """The figure at `pos` stands on a line of a list above the total's line, and every line
    between is an item, a short heading or blank."""
    line_start = low.rfind("\n", 0, pos) + 1
    total_line = low.rfind("\n", 0, total) + 1
    item = low[line_start:pos].lstrip(" \t")  # an indented list: `   * Thăm hỏi 186 lượt`
    if line_start >= total_line or item[:1] not in _BULLET_MARKS:
        return False
    between = low[low.find("\n", pos) + 1 : total_line].split("\n")
    return all(
        not line.strip() or line.lstrip()[0] in _BULLET_MARKS or len(line) <= _HEADING_CHARS
        for line in between
    )


def _parts_detailed(lay: Layout, observations: list[Observation]) -> list[Observation]:
    """`LĐLĐ tỉnh đã chi tổng cộng hơn 9 tỷ đồng. Theo đó, ... chuyển 600 triệu đồng ...; buổi
    chiều, ... 250 triệu đồng`: a total told with its total word,
    then a sentence opening with a detail word (`theo đó`, `cụ thể`): the smaller figures of
    its indicator to the end of that paragraph are its parts (flag `part`)."""
    sc = lay.catalogue.scoring
    assert lay.hits is not None
    low = lay.low
    flagged: set[int] = set()
    for total in observations:
        if total.flags or total.subgroup is not None:
            continue
        start, end = lay.sentence(total.span_start)
        if not lay.hits.ending_between(sc.total_openers, start, total.span_start):
            continue
        nxt = _SENTENCE_GAP.match(low, end).end()
        if nxt >= len(low) or lay.hits.end_at(sc.detail_openers, nxt) < 0:
            continue
        paragraph_end = _line_end(low, nxt)
        if low[nxt:paragraph_end].rstrip().endswith(":"):
            # (`Cụ thể:` over a list: its items, `- LĐLĐ tỉnh trao 1.100 suất, trị giá 880 triệu`)
            while (item := _LIST_ITEM_LINE.match(low, paragraph_end)) is not None:
                if low.startswith("ngoài ra", item.end() - 1):
                    break  # (`- Ngoài ra, trong Tháng Công nhân, ...`: past the list)
                paragraph_end = _line_end(low, item.end())
        for k, o in enumerate(observations):
            if (
                nxt <= o.span_start < paragraph_end
                and o.indicator == total.indicator
                and o.period == total.period
                and o.subgroup is None
                and o.value < total.value
            ):
                flagged.add(k)
    return _flag_parts(observations, flagged)


_SENTENCE_GAP = re.compile(r"[\s.]*")  # the end mark and spaces before the next sentence
_LIST_ITEM_LINE = re.compile(r"\n[ \t]*[-–+•*·][ \t]*\S")  # the next line, an item of a list
_CELL_REST = re.compile(r"[^|\n]*")  # the rest of a figure's cell


def _table_of_parts(lay: Layout, observations: list[Observation]) -> list[Observation]:
    """`... 1 tỷ 255 triệu đồng cho 4.312 lượt người, trong đó:` over a table of kinds of help:
    a line that states totals and ends in a part word and a colon opens a table of their parts
    (its rows' figures of the same indicators are flagged `part`)."""
    sc = lay.catalogue.scoring
    assert lay.hits is not None
    low = lay.low
    flagged: set[int] = set()
    for k, o in enumerate(observations):
        if o.flags or o.subgroup is not None or k in flagged:
            continue
        line_end = low.find("\n", o.span_end)
        if line_end < 0 or not _ends_in_colon(low, line_end):
            continue
        colon = low.rfind(":", 0, line_end)
        if not lay.hits.ending_between(sc.part_words, colon - 15, colon + 1):
            continue  # (`..., trong đó:`, `bao gồm:`)
        totals = {
            p.indicator
            for p in observations
            if p.span_start < line_end <= _line_end(low, p.span_start)
        }
        block_end = line_end
        while block_end < len(low):  # the table's rows right under the line, a header first
            nxt = _line_end(low, block_end + 1)
            row = low[block_end + 1 : nxt]
            if " | " not in row and not row.startswith("|"):
                break
            block_end = nxt
        for j, p in enumerate(observations):
            if line_end < p.span_start < block_end and p.indicator in totals and p.subgroup is None:
                flagged.add(j)
    return _flag_parts(observations, flagged)


def _flag_parts(observations: list[Observation], flagged: set[int]) -> list[Observation]:
    """The observations, those at the `flagged` indexes marked `part`."""
    if not flagged:
        return observations
    return [
        replace(o, flags=(*o.flags, "part")) if k in flagged and "part" not in o.flags else o
        for k, o in enumerate(observations)
    ]


def _ends_in_colon(low: str, end: int) -> bool:
    """The line ending at `end` ends in a colon, spaces after it aside (no copy of the text)."""
    k = end
    while k > 0 and low[k - 1] in " \t":
        k -= 1
    return k > 0 and low[k - 1] == ":"


def _line_end(low: str, pos: int) -> int:
    end = low.find("\n", pos)
    return end if end >= 0 else len(low)


def _parts_above_a_total(lay: Layout, observations: list[Observation]) -> list[Observation]:
    """`- Tặng quà: 960 suất, 288 triệu đồng. ... Tổng cộng chăm lo cho 1.085 lượt đoàn viên
    với tổng số tiền 350,5 triệu đồng.`: a sentence opening with a total word sums the
    figures of its indicator earlier in its paragraph or on the lines of a list above it
    that are not larger: they are its parts (flag `part`). `Tính chung`, `Tổng cộng` sum
    the whole report before them."""
    sc = lay.catalogue.scoring
    assert lay.hits is not None
    totals = []
    for o in observations:
        start = lay.sentence(o.span_start)[0]
        while start < o.span_start and lay.low[start] in " \t" + _BULLET_MARKS:
            start += 1
        if o.subgroup is None and not o.flags and lay.hits.end_at(sc.total_openers, start) > 0:
            totals.append((o, start, lay.hits.end_at(sc.summary_openers, start) > 0))
    if not totals:
        return observations
    out = []
    for o in observations:
        for total, opened, whole_report in totals:
            if (
                o.indicator == total.indicator
                and o.period == total.period
                and o.subgroup is None
                and o.span_end <= opened
                and o.value <= total.value
                and "part" not in o.flags
                and (
                    whole_report
                    or "\n" not in lay.low[o.span_end : opened]  # earlier in its paragraph
                    or _list_lines_between(lay.low, o.span_start, opened)
                )
            ):
                o = replace(o, flags=(*o.flags, "part"))
                break
        out.append(o)
    return out


def _mark_lists(lay: Layout, observations: list[Observation]) -> list[Observation]:
    """`05 lớp ...; 06 lớp ...; 17 lớp ...`: figures of one indicator listed in one sentence
    are items of a list, none of them the total (flag `list_item`). When the first or the
    last is the sum of the others (`tổng cộng 7 cuộc đối thoại (4 cuộc định kỳ và 3 cuộc đột
    xuất)`), or the first is followed by a part word (`đạt 8,1 triệu đồng; trong đó doanh
    nghiệp FDI 9,2 triệu đồng, doanh nghiệp trong nước 6,5 triệu đồng`), it is their total
    and they are its parts (flag `part`)."""
    groups: dict[tuple[int, str, str], list[Observation]] = {}
    for o in observations:
        if o.subgroup is None and "part" not in o.flags:
            groups.setdefault((o.sentence_id, o.indicator, o.period), []).append(o)
    flags: dict[int, str] = {}  # id(observation) -> the flag it takes
    for members in groups.values():
        # Figures of different periods (a table row per year) are a series, not a list.
        if len({o.value for o in members}) < 2:
            continue
        items = [o for o in members if "range" not in o.flags]
        total = _sum_of_the_others(items) or _whole_before_its_parts(lay, items)
        for o in items:
            if o is not total:
                flags[id(o)] = "list_item" if total is None else "part"
    return [
        replace(o, flags=(*o.flags, flags[id(o)])) if id(o) in flags else o for o in observations
    ]


def _whole_before_its_parts(lay: Layout, items: list[Observation]) -> Observation | None:
    """The first figure of a list when a part word (`trong đó`, `riêng`) follows it before
    the next one: what follows breaks it down."""
    if len(items) < 2 or lay.hits is None:
        return None
    first, second = sorted(items, key=lambda o: o.span_start)[:2]
    parts = lay.catalogue.scoring.part_words
    return first if lay.hits.starting_between(parts, first.span_end, second.span_start) else None


def _sum_of_the_others(items: list[Observation]) -> Observation | None:
    """The first or last figure of a list of three or more when it is the sum of the rest."""
    if len(items) < 3:
        return None
    ordered = sorted(items, key=lambda o: o.span_start)
    total = sum(o.value for o in ordered)
    for candidate in (ordered[0], ordered[-1]):
        rest = total - candidate.value
        if rest > 0 and abs(candidate.value - rest) <= 0.005 * candidate.value:
            return candidate
    return None


_A_YEARS_AMOUNT = re.compile(
    r"[ \t]*/[ \t]*(?:(?:người|ng|lao động|lđ)[ \t]*/[ \t]*)?(?:0?1[ \t]+|một[ \t]+)?năm\b"
)


def _counted_noun_at(lay: Layout, pos: int) -> bool:
    """A counted noun follows `pos` (a bare spelled number such as `một` may count), not one
    a bare `một` before it only names (`chia sẻ một bài viết`), nor one after a word of
    experience (`từng tham gia một buổi đối thoại`)."""
    assert lay.hits is not None
    start = skip_spaces(lay.low, pos, 2)
    if lay.low.endswith("một", 0, pos) and (
        lay.hits.end_at(lay.catalogue.scoring.one_of_a_kind, start) > 0
        or _told_of_once(lay, pos - len("một"))
    ):
        return False
    return any(
        ind.heads is not None and lay.hits.end_at(ind.heads, start) > 0
        for ind in lay.catalogue.counted
    )


_ONE_TOLD_REACH = 30  # characters back from `một` to a word of experience


def _told_of_once(lay: Layout, one: int) -> bool:
    """A word of experience (`scoring.one_told_after`: `từng tham gia`, `chưa hề`) stands
    before the `một` at `one`, three words at most and no mark between."""
    assert lay.hits is not None
    for _, end in lay.hits.ending_between(
        lay.catalogue.scoring.one_told_after, one - _ONE_TOLD_REACH, one
    ):
        between = lay.low[end:one]
        if len(between.split()) <= 3 and not any(c in between for c in ",;.:()\n"):
            return True
    return False


# The rate a pair `x/y` is said to reach, later in its clause: `15.000 / 18.742 đoàn viên /
# đạt 124,9%`
_RATE_LATER = re.compile(r"[^.;\n%]{0,40}?(?:đạt|bằng)\s+(\d{1,3}(?:[.,]\d{1,2})?)\s*%")
# ... or a third column of a row headed `kế hoạch / thực hiện / tỷ lệ`: `1.800 / 2.202 / 122,3%`
_RATE_COLUMN = re.compile(r"[ \t]*/[ \t]*(\d{1,3}(?:[.,]\d{1,2})?)[ \t]*%")


_INSTRUCTED_REACH = 30  # characters before the figure where an order to the units stands


def _share_held(lay: Layout, q: Quantity, spot: Spot) -> Quantity | None:
    """`15/15 đơn vị HCSN tổ chức Hội nghị CBCCVC`: bodies counted against all of them, in a
    sentence naming a workplace conference and giving no rate after them in its clause: the
    share that held one, in percent (`scoring.share_units`, `share_conferences`)."""
    sc, hits, low = lay.catalogue.scoring, lay.hits, lay.low
    assert hits is not None and q.target is not None
    if q.unit is not None or not 0 < q.value <= q.target:
        return None
    if hits.end_at(sc.share_units, skip_spaces(low, q.end, 2)) < 0:
        return None
    stop = low.find(";", q.end, spot.sentence[1])
    if "%" in low[q.end : stop if stop >= 0 else spot.sentence[1]]:
        return None  # (`16/18 doanh nghiệp (đạt 88,9%)`: the rate is written)
    opened = low.rfind("(", spot.sentence[0], q.start)
    if opened >= 0 and ")" in low[opened : q.start]:
        opened = -1  # (a bracket closed before the pair: `tăng 5% (so với năm 2022) và có ...`)
    rate = low.rfind("%", spot.sentence[0], opened) if opened >= 0 else -1
    if rate >= 0 and not any(c in ",;" for c in low[rate:opened]):
        return None  # (... or before it, the pair in brackets: `97% ... NLĐ (118/122 DN)`)
    # (the conference in the figure's own clause, past no comma before it: `107/128 CĐCS đã ký
    # kết TƯLĐTT; ...`, `..., trong đó 25/30 đơn vị tổ chức đối thoại` are no share of one;
    # nor units told to hold one)
    lo, hi = spot.clause
    lo = max(lo, low.rfind(",", lo, q.start) + 1)
    if not hits.starting_between(sc.share_conferences, lo, hi):
        return None
    if hits.ending_between(sc.share_instructed, max(lo, q.start - _INSTRUCTED_REACH), q.start):
        return None
    value = round(100 * q.value / q.target, 2)
    return replace(q, value=value, unit="percent", target=None, flags=(*q.flags, "reckoned"))


def _pair_by_its_rate(lay: Layout, q: Quantity) -> Quantity | None:
    """`Phát triển đoàn viên: 15.000 / 18.742 đoàn viên / đạt 124,9%`: a table of plans and
    results written plan first; the rate it reaches says which figure is the result (18.742
    of a plan of 15.000 is 124,9 %) and that the other is its plan, above it or below. The
    pair in the order result / plan, or None when no rate says."""
    assert q.target is not None
    m = _RATE_LATER.match(lay.low, q.end)
    column = m is None and (m := _RATE_COLUMN.match(lay.low, q.end)) is not None
    if m is None:
        return None
    rate = read_number(m.group(1))
    near = max(0.6, rate / 100)
    direct, turned = abs(100 * q.value / q.target - rate), abs(100 * q.target / q.value - rate)
    if direct <= near:
        return q
    # (a bare third column turns the pair over 100 % only: under it, `4.076/3.611/88,6%` is a
    # workforce, its members and their share)
    if turned <= near and (not column or rate > 100):
        return replace(q, value=q.target, target=q.value)
    return None


def _a_share_of_all(lay: Layout, q: Quantity, ind: Indicator) -> bool:
    """`có 71/104 doanh nghiệp ..., đạt 68,3%`: the units that have it among all, the rate its
    share, no plan (see `units_among_all`; one told of the plan is: `42/60 căn hoàn thành, đạt
    70% chỉ tiêu`)."""
    m = _RATE_LATER.match(lay.low, q.end)
    if m is None or q.target is None:
        return False
    if not units_among_all(lay, ind.code, q.start, q.value, q.target):
        return False
    assert lay.hits is not None
    return lay.hits.end_at(lay.catalogue.scoring.target_words, skip_spaces(lay.low, m.end(), 2)) < 0


# A line that is a label, then its figure: `- Kiểm tra, giám sát việc thực hiện chính sách,
# pháp luật về ATVSLĐ: 64 cuộc` (a bullet or number, words with no figure, a colon).
# (its spaces read once, possessively: a line of a thousand spaces before its figures was
# read back and forth for each figure, seconds a page)
_LABEL_LINE = re.compile(r"[ \t]*+(?:[-–+•*]|\d{1,2}[.)])?[ \t]*+[^\W\d_][^\n:;.\d]{2,110}:[ \t]*+")
_LABEL_LINE_LONGEST = 300  # characters of a labelled line before its figure, spaces included


def _label_line(lay: Layout, left: int) -> int:
    """Where the label of a labelled line starts when the figure at `left` follows it, or -1:
    all its words are the figure's, however far (as a table row's label's are)."""
    line = lay.text.rfind("\n", max(0, left - _LABEL_LINE_LONGEST), left) + 1
    if line == 0 and left > _LABEL_LINE_LONGEST:
        return -1  # (no line break in reach: no label line)
    return line if _LABEL_LINE.fullmatch(lay.low, line, left) else -1


_MILLIONS = re.compile(r"\d{1,3}(?:[.,]\d{3}){2,}")


def _money_by_its_size(ind: Indicator, cand: Candidate, found: Heads | None) -> bool:
    """A bare figure of millions written in full (`chăm lo, đào tạo đoàn viên: 897.430.000`)
    that only a label makes a count, beyond the count's plausible range: an amount in a
    finance table whose unit (đồng) stands in its header, not that many people."""
    return (
        not ind.is_money
        and cand.q.unit is None
        and cand.q.value > ind.plausible[1]
        and not (found is not None and found.after)
        and _MILLIONS.fullmatch(cand.number_text) is not None
    )


def _turns_column(lay: Layout, cell: Cell | None, ind: Indicator) -> bool:
    """`| Tháng Công nhân năm 2023 | 5.200 |` under `Số lượt đoàn viên, NLĐ`: a column of
    turns counts what was done, never a stock that the row's label names (workers, members)."""
    if cell is None or ind.code not in lay.catalogue.scoring.stock_indicators:
        return False
    return cell.noun.split(" ", 1)[0] in lay.catalogue.scoring.turn_nouns


def _unit_cell_counts_another_noun(lay: Layout, cell: Cell | None) -> bool:
    """`| Số vụ việc công đoàn đại diện, bảo vệ NLĐ | Vụ | 52 |`: the row's unit cell names a
    counted noun of no indicator (`other_nouns`), so the people its label names are not
    what the figure counts."""
    if cell is None or not cell.unit_text:
        return False
    unit = " " + lowercase(cell.unit_text).strip() + " "
    return any(
        unit.startswith(f" {noun} ")
        for noun in lay.catalogue.lexicon.phrases(lay.catalogue.scoring.other_nouns)
    )


def _sum_of_told(run: _Run, spot: Spot) -> tuple[Indicator, str | None] | None:
    """The indicator of two or more figures its sentence told before a figure that sums them
    up after a word for it (`scoring.sum_words`: `cộng 6 tháng: 155 đoàn viên` after 64 and
    91 new members), their unit its and their sum its value; and the period their parts of a
    year make up (`2025-Q1` and `2025-Q2`: `2025-H1`), if they do."""
    lay, q = run.lay, spot.cand.q
    assert lay.hits is not None
    start = _list_lines_above(lay.text, spot.sentence[0])
    # (the sum word must stand right before it, past a span of months: no other figure's
    # reading looks back over the figures told, a line of thousands of them read each once)
    sums = lay.hits.ending_between(lay.catalogue.scoring.sum_words, start, spot.left)
    if (
        q.value <= 0
        or not sums
        or not _RIGHT_AFTER_THE_SUM.fullmatch(lay.low, sums[-1][1], spot.left)
    ):
        return None
    told = []  # (from the last one back: a digest of thousands of items reads each once)
    for o in reversed(run.observations):
        if o.span_start < start:
            break
        if o.span_end <= spot.left:
            told.append(o)
    told.reverse()
    # (of the figures of one indicator among them that add up to it: `- Tháng 3: kết nạp 512
    # đoàn viên; thành lập 2 CĐCS.` / ... / `Cộng dồn cả đợt: 1.833 đoàn viên`)
    told = next(
        (
            kind
            for code in dict.fromkeys(o.indicator for o in told)
            # (not its breakdowns: `64 đoàn viên (nữ 40)`)
            if len(kind := [o for o in told if o.indicator == code and o.subgroup is None]) >= 2
            and abs(sum(o.value for o in kind) - q.value) <= q.value * _SUM_TOLERANCE
        ),
        [],
    )
    if not told:
        return None
    if any(o.unit != told[0].unit for o in told) or (q.unit or None) not in (None, told[0].unit):
        return None
    # (the sum word right before it, past a span of months: not `hội nghị tổng kết có 155 đại
    # biểu`; the figure's noun, if any, the parts': not `tổng cộng 10 ngày` after classes)
    words = lay.hits.ending_between(lay.catalogue.scoring.sum_words, told[-1].span_end, spot.left)
    if not words or not _RIGHT_AFTER_THE_SUM.fullmatch(lay.low, words[-1][1], spot.left):
        return None
    noun = _NEXT_WORD.match(lay.low, spot.cand.q.end)
    if noun and not any(
        (part := _NEXT_WORD.match(lay.low, o.span_end)) and part.group(1) == noun.group(1)
        for o in told
    ):
        return None
    ind = next(i for i in lay.catalogue.indicators if i.code == told[0].indicator)
    made = _PARTS_MAKE.get(frozenset(o.period[4:] for o in told))
    years = {o.period[:4] for o in told}
    if (
        made is None
        and all(o.period.isdigit() for o in told)
        and len(years) == len(told) > 1
        and int(max(years)) - int(min(years)) == len(years) - 1
    ):
        return ind, f"{min(years)}-{max(years)}"  # (`- Năm 2023: ...` / `- Năm 2024: ...`)
    return ind, (years.pop() + made if made is not None and len(years) == 1 else None)


# The parts of a year their sum makes up (`-Q1` and `-Q2`: the first half).
_PARTS_MAKE = {
    frozenset({"-Q1", "-Q2"}): "-H1",
    frozenset({"-Q3", "-Q4"}): "-H2",
    frozenset({"-Q1", "-Q2", "-Q3", "-Q4"}): "",
    frozenset({"-H1", "-H2"}): "",
}


_SUM_TOLERANCE = 0.005  # a sum written as its parts add up, rounding aside
_RIGHT_AFTER_THE_SUM = re.compile(
    r"[\s:]*(?:(?:\d{1,2}\s+(?:tháng|quý|năm)(?:\s+(?:đầu|cuối)\s+năm)?|cả\s+(?:năm|đợt|kỳ)|là|lại"
    r"|được)[\s:]*)*"
)


def _list_lines_above(text: str, start: int) -> int:
    """Where the list items right above the line opening at `start` begin (`- Tháng 3/2024: kết
    nạp 512 đoàn viên.` lines, no blank line between), or `start` when none stands there; read
    back `_ITEMS_REACH` lines at most (a list of thousands of lines is read once per line)."""
    if start and text[start - 1] != "\n":
        return start
    first = start
    for _ in range(_ITEMS_REACH):
        if not first:
            break
        above = text.rfind("\n", 0, first - 1) + 1
        line = text[above : first - 1].lstrip()
        if not line or line[0] not in _ITEM_MARKS:
            break
        first = above
    return first


_ITEM_MARKS = "-+•*–"  # what opens a list's item line
_ITEMS_REACH = 24  # list lines above a sum's line whose figures it may add up

_NEXT_WORD = re.compile(r"[ \t]*([^\W\d_]+)")


def _observe_rated(run: _Run, spot: Spot, rated: tuple[Indicator, Quantity]) -> None:
    """The stock a pair of rated units is out of, once: not again after that stock is told
    (`3.904/3.918 đoàn viên ...` after the stock of 3.918)."""
    ind, whole = rated
    if any(o.indicator == ind.code and o.value == whole.value for o in run.observations):
        run.mention(spot, spot.cand.q, ind, "excluded", "restated")
        return
    whole_spot = replace(spot, cand=replace(spot.cand, q=whole))
    _observe(run, whole_spot, Verdict(ind, "ratio_parts", 1.0, 0.0, ("rated",)), None, target=None)
    run.mention(whole_spot, whole, ind, "observation", "ratio_parts")


def _same_kind(lay: Layout, code: str, cand: Candidate) -> bool:
    """A total row sums items of its own kind: `| Tổng kinh phí | nghìn đồng | 1.000.000 |`
    under rows of gifts counted in `suất` is their money, not a billion gifts."""
    ind = next(i for i in lay.catalogue.indicators if i.code == code)
    return (unit_class(cand) == "count") != ind.is_money


_REFERRED_BACK = frozenset({"referred_back"})


def _one(run: _Run, cand: Candidate, cell: Cell | None) -> None:
    lay = run.lay
    q = cand.q
    clause = lay.clause(q.start)
    spot = Spot(cand, cand.q_start, q.end, clause, lay.sentence(q.start))
    if cell is not None:
        if cell.label_end != run.rows_seen[1]:  # (the row before this one, for its money)
            run.rows_seen = (run.rows_seen[1], cell.label_end)
        spot = replace(
            spot,
            left=cell.label_end,
            right=max(cell.unit_start, q.end),
            label=cell.label_start,
            unit=cell.unit_start if 0 <= cell.unit_start < q.start else -1,
            floor=cell.label_start if cell.under_heading else -1,
        )
        if cell.role != "done":
            run.mention(spot, q, None, "excluded", f"table_{cell.role}")
            return
        if " ".join(cell.unit_text.lower().split()) in lay.catalogue.words["goods_units"]:
            run.mention(spot, q, None, "excluded", "measure")
            return  # (`| Gạo hỗ trợ | tấn | 4 |`: goods, counted by their unit)
    rated = None  # a pair `x/y` whose rate says which is the result and which the plan
    if q.target and q.value and (rated := _pair_by_its_rate(lay, q)) is not None:
        cand, q = replace(cand, q=rated), rated
        spot = replace(spot, cand=cand)
    elif cell is None and q.target and (share := _share_held(lay, q, spot)) is not None:
        cand, q = replace(cand, q=share), share
        spot = replace(spot, cand=cand)
    reason = "target" if q.start in run.targets else excluded(lay, cand, clause[0])
    if (
        reason == "referred_back"
        and lay.low[clause[0] : cand.q_start].rstrip()[-1:].isalpha()
        and not any(
            m.value == q.value and m.unit == q.unit and m.status != "unclassified"
            for m in run.mentions
        )
    ):
        # (pointed back to a count read before as nothing, a deed's object: `Có 15 đoàn viên
        # nghỉ hưu trước tuổi. Công đoàn đã tặng quà chia tay 15 đoàn viên này`; not one
        # opening its clause, `Trong năm, 2 CĐCS này trực thuộc LĐLĐ tỉnh`, nor a plan's, `phấn đấu
        # kết nạp 1.500 đoàn viên. Để kết nạp đủ 1.500 đoàn viên này, ...`)
        reason = excluded(lay, cand, clause[0], _REFERRED_BACK)
    if reason is None and cell is None and individual(lay, spot):
        reason = "individual"
    if reason is None and _restated_in_words(run, cand):
        reason = "restated_in_words"
    if reason:
        run.mention(spot, q, None, "excluded", reason)
        if reason == "measure":  # `quản lý 3.200 ha cao su, với 1.126 công nhân`: an item
            run.stock_list = stock_list_after(lay, run.stock_list, spot, None)  # of the list
        last = run.last_obs
        if reason in _PER_HEAD and last is not None and _change_end(lay, last, spot):
            _drop_change_start(run, last, reason)
        return
    factor = 1.0
    if q.unit is None and cell is None and money_by_its_word(lay, cand, spot.left):
        # `tặng 215 suất quà ... số tiền 645 triệu`: an amount its word names, `đồng` left out
        cand = replace(cand, q=replace(q, unit="VND"))
        q = cand.q
        spot = replace(spot, cand=cand)
    if q.unit is None:
        # In a table the label's unit is the row's own; the header's is the column's (apply).
        floor = lay.text.rfind("\n", 0, spot.left) + 1 if cell is not None else 0
        labelled = unit_from_label(lay, cand, spot.left, floor)
        factor = labelled.q.value / q.value if q.value else 1.0
        if cell is not None and labelled is cand:
            labelled = cell.apply(cand)
            factor = cell.scale()  # (the plan beside it is read in that scale too)
        if labelled is not cand:
            cand, q = labelled, labelled.q
            spot = replace(spot, cand=cand)
    plan = None
    headed = False  # (a form's heading over its items labels the figure)
    if cell is None and (anchor := labelled_row_anchor(lay, spot)) >= 0:
        plan = _plan_in(run, min(spot.clause[0], anchor), anchor, spot.left)
        headed = lay.text.startswith("\n", anchor)
        if plan is None and headed:
            plan = heading_plan(lay, anchor, lay.text.rfind("\n", 0, spot.left))
        # all the label is the row's, commas and all (`Giới thiệu ĐVƯT cho Đảng xem xét, kết nạp:`),
        # or the sentence before on its line when the roles open the figure's
        line = lay.text.rfind("\n", 0, anchor) + 1
        if lay.low[spot.sentence[0] : anchor].strip():
            line = max(spot.sentence[0], line)
        if headed:
            # (read as `heading: figure` is, the heading, on `line`, in the figure's clause and
            # sentence)
            spot = replace(spot, clause=(line, spot.clause[1]), sentence=(line, spot.sentence[1]))
            line = -1
        spot = replace(spot, left=anchor, label=line if spot.label < 0 else spot.label)
    line_label = (
        _label_line(lay, spot.left) if cell is None and spot.label < 0 and not headed else -1
    )
    if cell is not None and cell.indicator is not None:
        ind = next(i for i in lay.catalogue.indicators if i.code == cell.indicator)
        if accepts(lay, ind, spot, frozenset(), inherited=True) and (
            unit_class(cand) != "count" or not ind.is_money
        ):
            verdict = Verdict(ind, "classified", lay.catalogue.scoring.head, 0.0, ("label",))
            target = cell.target * factor if cell.target is not None else plan
            _observe(
                run, spot, verdict, None, target=target, period=cell.period, breakdown=cell.subgroup
            )
            run.mention(spot, q, ind, "observation", "table_column")
            return
    if cell is not None and not cell.total:
        run.column_cells[cell.column] = run.column_cells.get(cell.column, 0) + 1
    if (
        cell is not None
        and cell.noun
        and not cell.total
        and cell.role == "done"
        and (code := row_indicator(lay, cell.label, cell.noun)) is not None
    ):
        # `| Thăm hỏi ốm đau | 845 |` under `Số lượt`: the row's label with the column's noun
        ind = next(i for i in lay.catalogue.indicators if i.code == code)
        if unit_class(cand) == "count" and not ind.is_money:
            verdict = Verdict(ind, "classified", lay.catalogue.scoring.head, 0.0, ("label",))
            first = len(run.observations)
            _observe(
                run, spot, verdict, None, target=plan, period=cell.period, breakdown=cell.subgroup
            )
            run.mention(spot, q, ind, "observation", "table_noun")
            run.row_counts.setdefault(cell.label_end, ind.code)
            run.last_row_count = (cell.column[0], ind.code)
            run.last_count_row = cell.label_end
            run.columns.setdefault(cell.column, []).extend(range(first, len(run.observations)))
            return
    if (
        cell is not None
        and cell.total
        and (items := _items_above(run, cell))
        and _same_kind(lay, items, cand)
        and not _names_another(run, cell, items, cand)
    ):
        # `| Cộng | 3.596 | 1.465.200.000 |` under rows of kinds of help: the total of the
        # column's items, which become its parts
        ind = next(i for i in lay.catalogue.indicators if i.code == items)
        for k in run.columns.get(cell.column, ()):
            o = run.observations[k]
            run.observations[k] = replace(o, flags=(*o.flags, "part"))
        verdict = Verdict(ind, "classified", lay.catalogue.scoring.head, 0.0, ("label",))
        _observe(run, spot, verdict, None, target=plan, period=cell.period, breakdown=cell.subgroup)
        run.mention(spot, q, ind, "observation", "table_column")
        return
    if parts := split_label_pair(lay, spot) or (split_ratio(lay, spot) if cell is None else None):
        for ind, part in parts:
            part_spot = replace(spot, cand=replace(cand, q=part))
            verdict = Verdict(ind, "ratio_parts", 1.0, 0.0, ("ratio_parts",))
            _observe(run, part_spot, verdict, None, target=None)
            run.mention(part_spot, part, ind, "observation", "ratio_parts")
        return
    verdict, found = _classify(run, spot)
    stocks = lay.catalogue.scoring.stock_indicators
    if (
        cell is None
        and (verdict.indicator is None or verdict.indicator.code in stocks)
        and (rated := rated_pair(lay, spot))
    ):
        # units rated out of all, read as no other indicator's (`56/64 CĐCS ... vững mạnh`)
        _observe_rated(run, spot, rated[0])
        return
    sum_period = None
    if cell is None and (summed := _sum_of_told(run, spot)):
        # `quý I kết nạp 64 đoàn viên, quý II kết nạp 91 đoàn viên; cộng 6 tháng: 155 đoàn viên`:
        # their indicator if it has none, and the period their parts make up
        if verdict.indicator is None:
            verdict = Verdict(summed[0], "classified", lay.catalogue.scoring.head, 0.0, ("sum",))
        if verdict.indicator is summed[0]:
            sum_period = summed[1]
    if verdict.indicator is None and line_label >= 0:
        # the clause before the colon names nothing: all the line's label may
        labelled = replace(spot, label=line_label)
        if (again := _classify(run, labelled))[0].indicator is not None:
            spot, (verdict, found) = labelled, again
    run.stock_list = stock_list_after(lay, run.stock_list, spot, found)
    ind = verdict.indicator
    if ind is not None and found is not None and not found.after and rate_parts(lay, spot):
        verdict = Verdict(None, "parts_of_a_rate")
        ind = None
    if ind is None and cell is not None and (money := _money_of_row(run, cell, cand)):
        # `| Quà Thiếu nhi cho con | 1.486 | 74.300.000 |` under `Số tiền (đồng)`: the money
        # of what the row counts
        ind = next(i for i in lay.catalogue.indicators if i.code == money)
        verdict = Verdict(ind, "classified", lay.catalogue.scoring.head, 0.0, ("label",))
    if ind is None and cell is not None and (row := _breakdown_row(run, cell, cand)):
        # `| - Nữ | người | 6.820 |` under `| Số đoàn viên | người | 12.450 |`: the breakdown
        # of the count right above, a part of it
        code, sub = row
        ind = next(i for i in lay.catalogue.indicators if i.code == code)
        verdict = Verdict(ind, "classified", lay.catalogue.scoring.head, 0.0, ("label",))
        first = len(run.observations)
        _observe(run, spot, verdict, None, target=None, period=cell.period, breakdown=sub)
        for k in range(first, len(run.observations)):
            o = run.observations[k]
            if "part" not in o.flags:
                run.observations[k] = replace(o, flags=(*o.flags, "part"))
        run.mention(spot, q, ind, "observation", "breakdown_row")
        run.last_count_row = cell.label_end  # (its sibling rows are breakdowns of it too)
        return
    if (
        ind is None
        and verdict.reason == "no_counted_noun"
        and cell is not None
        and cell.role == "done"
        and not cell.total
        and q.unit is None
        and not _CELL_REST.match(lay.low, q.end).group().strip()  # (`312 vé`: its own noun)
        and (code := label_indicator(lay, cell.label)) is not None
    ):
        # `| Kết nạp mới | 1.020 |` under a bare `Số lượng`: a deed whose object goes without
        # saying (`kết nạp` admits members), read as its label is read in a header
        ind = next(i for i in lay.catalogue.indicators if i.code == code)
        if ind.unit in ("count", "persons"):
            verdict = Verdict(ind, "classified", lay.catalogue.scoring.head, 0.0, ("label",))
        else:
            ind = None
    if ind is None:
        run.mention(spot, q, None, "unclassified", verdict.reason)
        last = run.last_obs
        if (
            q.unit == "VND/person/month"
            and last is not None
            and last.unit == "VND"
            and _change_end(lay, last, spot)
        ):
            # (`tiền hỗ trợ nhà trọ được nâng từ 250.000 đồng lên 400.000 đồng/người/tháng`:
            # a rate per head and month, and so was where it started)
            _drop_change_start(run, last, "per_unit_amount")
        return
    if (
        q.low is not None
        and q.high is not None
        and ind.code in lay.catalogue.scoring.ranges_per_head
    ):
        run.mention(spot, q, None, "excluded", "per_unit_amount")  # (see `ranges_per_head`)
        return
    if _one_units_worth(run, spot, ind):
        run.mention(spot, q, None, "excluded", "per_unit_amount")  # (`least_share_of_a_total`)
        return
    if ind.unit == "VND/person/month" and _A_YEARS_AMOUNT.match(lay.low, q.end):
        # `thu nhập bình quân đầu người của tỉnh đạt 62 triệu đồng/năm`: a year's, not the
        # month's the indicator counts (a yearly saving, `làm lợi 1.200 tỷ đồng/năm`, stands)
        run.mention(spot, q, None, "excluded", "per_year_amount")
        return
    if _money_by_its_size(ind, cand, found) or (
        cell is not None and cell.money and not ind.is_money and q.unit is None
    ):
        run.mention(spot, q, None, "unclassified", "money_without_unit")
        return
    if _turns_column(lay, cell, ind):
        run.mention(spot, q, None, "unclassified", "turns_not_stock")
        return
    if found is not None and not found.after and _unit_cell_counts_another_noun(lay, cell):
        run.mention(spot, q, None, "unclassified", "no_counted_noun")
        return
    if cell is not None and unit_class(cand) == "count":
        run.row_counts.setdefault(cell.label_end, ind.code)
        run.last_row_count = (cell.column[0], ind.code)
        run.last_count_row = cell.label_end
    head_end = found.end if found else q.end
    total_key = (spot.sentence[0], ind.code, head_word(lay, head_end, spot))
    if ind.heads is not None and cell is None:
        if total_key in run.totals_with_parts:
            run.mention(spot, q, ind, "excluded", "part_of_total")
            return
        if opens_parts(lay, spot):
            run.totals_with_parts.add(total_key)
    if cell is not None:
        target = cell.target * factor if cell.target is not None else None
    elif rated is not None:
        target = None if _a_share_of_all(lay, rated, ind) else rated.target
    else:
        target = target_of(lay, spot) if plan is None else plan * factor
    if target is not None and cell is None and q.target is None:
        found_target = target_after(lay, spot)
        if found_target:
            run.targets.add(found_target[1])
    if target is None and cell is None and q.target is None:
        slash_plan = plan_after_slash(lay, spot, head_end, ind.code)
        if slash_plan:
            target = slash_plan[0]
            run.targets.add(slash_plan[1])
        else:
            plan_before = target_before(lay, spot, head_end) or plans_listed_before(
                lay, spot, head_end, ind
            )
            target = plan_before[0] if plan_before else None
    first = len(run.observations)
    start = run.last_obs
    _observe(
        run,
        spot,
        verdict,
        found,
        target=target,
        period=cell.period if cell else sum_period,
        breakdown=cell.subgroup if cell else None,
    )
    run.mention(spot, q, ind, "observation", verdict.reason)
    if (
        cell is None  # a table's columns keep positions in the observations
        and start is not None
        and start.indicator == ind.code
        and start.period == run.observations[-1].period
        and _change_end(lay, start, spot)
    ):
        end = run.observations[-1]
        if end.subgroup is None and start.subgroup is not None:
            # where it went is of the part where it started: `Số lao động nữ giảm từ hơn 5.000
            # người xuống còn 4.200 người` (the part named before the start, out of reach after)
            run.observations[-1] = replace(end, subgroup=start.subgroup)
        _drop_change_start(run, start, "change_start")
    if cell is not None and not cell.total:
        run.columns.setdefault(cell.column, []).extend(range(first, len(run.observations)))


# A count told as registered (`612 sáng kiến đăng ký`), and a part of it told as recognised
# (`437 sáng kiến đã được công nhận`): its noun, then the word.
_REGISTERED = re.compile(
    r"[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}?[ \t]+(?:được[ \t]+)?đăng[ \t]+ký\b"
)
_RECOGNISED = re.compile(
    r"[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}?[ \t]+(?:đã[ \t]+)?được[ \t]+"
    r"(?:hội[ \t]+đồng[^,.;]{0,40}?)?(?:công[ \t]+nhận|áp[ \t]+dụng|xét[ \t]+công[ \t]+nhận)\b"
)


def _restated_in_words(run: _Run, cand: Candidate) -> bool:
    """An amount spelled out in brackets right after its digits (`186.500.000 đồng (một trăm
    tám mươi sáu triệu, năm trăm nghìn đồng)`, a document's `bằng chữ`) is the same figure."""
    q = cand.q
    if not run.mentions or run.lay.text[q.start : q.start + 1].isdigit():
        return False
    last = run.mentions[-1]
    return (
        last.value == q.value
        and _IN_WORDS_BRACKET.fullmatch(run.lay.low, last.span_end, cand.q_start) is not None
    )


_IN_WORDS_BRACKET = re.compile(r"[ \t]*\([ \t]*(?:bằng[ \t]+chữ[ \t]*:?[ \t]*)?")


def _codes(indicators: frozenset[Indicator]) -> set[str]:
    return {i.code for i in indicators}


def _plan_in(run: _Run, clause_start: int, start: int, end: int) -> float | None:
    """The plan figure of a labelled row: the number excluded as a plan between its
    label and its result."""
    for m in reversed(run.mentions):
        if m.span_start < max(clause_start, start):
            break
        if m.reason == "plan" and m.span_start < end:
            return m.value
    return None


def _classify(run: _Run, spot: Spot) -> tuple[Verdict, Heads | None]:
    """The verdict in context (below), care money told of a "Mái ấm" house the house's."""
    verdict, found = _in_context(run, spot)
    rule = run.lay.catalogue.scoring.house_money
    if unit_class(spot.cand) != "VND" or not (
        verdict.indicator is None or verdict.indicator.code in rule.instead_of
    ):
        return verdict, found
    cost = False
    if (verdict.indicator is not None and _house_money(run, spot)) or (
        cost := _house_cost(run, spot)
    ):
        ind = next(i for i in run.lay.catalogue.indicators if i.code == rule.means)
        if accepts(run.lay, ind, spot, frozenset(), inherited=True):
            evidence = (*verdict.evidence, "house_money")
            return Verdict(ind, "classified", max(verdict.score, 1.0), 0.0, evidence), found
        if cost:  # (what the house cost, or a share of it, no other care of its own)
            return Verdict(None, "part_of_other_money"), found
    return verdict, found


# What may stand between a sum opening a sentence and its amount for it to be the houses' of
# the sentence before: their giving and who gave (`Tổng kinh phí hỗ trợ của LĐLĐ tỉnh là`),
# no purpose of its own (`... tổ chức Tháng Công nhân`, `... giúp đoàn viên vùng lũ`).
_SUM_OF_GIVING = re.compile(
    r"\s*(?:hỗ\s+trợ\s*)?(?:(?:từ|của)\s+[^\d.;,]{3,50}?\s*)?"
    r"(?:là|:|đạt)?\s*(?:gần|hơn|trên|khoảng|xấp\s+xỉ)?\s*"
)


# What stands between a house's cost and its amount: `Tổng giá trị là khoảng 95 triệu đồng`.
_COST_GAP = re.compile(
    r"[ \t]*(?:là|:|đạt|lên\s+(?:đến|tới))?[ \t]*(?:gần|hơn|trên|khoảng|xấp\s+xỉ|ước)?[ \t]*\d"
)


def _house_cost(run: _Run, spot: Spot) -> bool:
    """`Căn “Mái ấm Công đoàn” ... tường xây. Tổng giá trị 95 triệu đồng, trong đó LĐLĐ huyện
    hỗ trợ 35 triệu đồng`: what the house named before (`within` characters, in the
    sentence before or this one) cost, told right before the amount, or a share of that cost
    after a part word (past the shares before it); no other care between the house and the
    amount."""
    lay = run.lay
    rule = lay.catalogue.scoring.house_money
    hits = lay.hits
    assert hits is not None
    first = spot.sentence[0]
    # (a total opening the sentence, or anywhere in one a house opens: `Ngôi nhà có tổng
    # kinh phí 110 triệu đồng, trong đó ...`)
    opened = hits.starting_between(rule.subjects, first, first + 3)
    costs = hits.ending_between(rule.cost, first, spot.left) or [
        hit
        for hit in hits.starting_between(rule.totals, first, spot.left if opened else first + 3)
        if hit[1] < spot.left
    ]
    if not costs:
        return False
    gap = _COST_GAP.match(lay.low, costs[0][1])
    if (
        gap is None
        or hits.starting_between(rule.other_care, costs[0][0], spot.left)
        # (nor care named after it in its clause: `Tổng giá trị 45 triệu đồng quà Tết ...`)
        or hits.starting_between(rule.other_care, spot.cand.q.end, spot.clause[1])
    ):
        return False
    total = gap.end() - 1
    houses = hits.ending_between(rule.house, costs[0][0] - rule.within, costs[0][0])
    named = bool(houses) and not hits.starting_between(rule.other_care, houses[-1][1], total)
    if total == spot.cand.q_start:
        return named
    # (a share: the whole read as the house's, or its house named; only shares since)
    recent = [(pos, code) for pos, code in run.recent(first, spot.left) if pos >= total]
    return (
        bool(hits.ending_between(lay.catalogue.scoring.part_words, total, spot.left))
        and (named or recent[:1] == [(total, rule.means)])
        and all(code == rule.means for _, code in recent)
    )


def _house_built_after(lay: Layout, spot: Spot, end: int) -> bool:
    """`dành 20 triệu đồng giúp đoàn viên Nguyễn Thị H. làm nhà “Mái ấm Công đoàn”`: the
    house named after the amount with its building, in its clause, no figure or other care
    between."""
    rule = lay.catalogue.scoring.house_money
    hits = lay.hits
    assert hits is not None
    hi = min(spot.clause[1], end + rule.built_after)
    for start, _ in hits.starting_between(rule.house, end, hi):
        built = hits.ending_between(rule.built, max(end, start - 12), start)
        if (
            built
            and not lay.digit_between(end, start)
            and not any(c in ",;" for c in lay.low[end:start])
            and not _another_deed(lay, end, start)
            and not hits.starting_between(rule.other_care, spot.clause[0], start)
        ):
            return True
    return False


def _one_units_worth(run: _Run, spot: Spot, ind: Indicator) -> bool:
    """`tặng 180 suất quà trị giá 400 ngàn đồng`: care money right after a count in its clause
    that, shared among what was counted, leaves each less than `least_share_of_a_total`: the
    worth of one, not the total."""
    sc = run.lay.catalogue.scoring
    last = run.last_obs
    if (
        ind.code not in sc.money_of.values()
        or last is None
        or last.indicator not in sc.money_of
        or last.span_start < spot.clause[0]
        or last.value <= 1
    ):
        return False
    return spot.cand.q.value / last.value < sc.least_share_of_a_total


def _house_money(run: _Run, spot: Spot) -> bool:
    """`11 đoàn viên được sửa chữa nhà “Mái ấm Công đoàn”, tổng số tiền 385 triệu đồng`: the
    house named before the amount in its sentence, no other kind of care in its clause and no
    figure but the houses between them; or `35 triệu đồng lấy từ nguồn kinh phí Quỹ “Mái ấm
    Công đoàn”`: the house's fund named right after it, nothing but words between."""
    lay = run.lay
    rule = lay.catalogue.scoring.house_money
    hits = lay.hits
    assert hits is not None
    low = lay.low
    end = spot.cand.q.end
    for start, _ in hits.starting_between(rule.house, end, end + rule.from_fund):
        between = low[end:start]
        if (
            start < spot.sentence[1]
            and not any(c in ",;()" for c in between)
            and not lay.digit_between(end, start)
            and hits.ending_between(rule.fund, end, start)
        ):
            return True
    if _house_built_after(lay, spot, end):
        return True
    lo = max(spot.sentence[0], spot.left - rule.within)
    houses = hits.ending_between(rule.house, lo, spot.left)
    houses_code = lay.catalogue.scoring.one_house_each.means
    if houses:
        house_end = houses[-1][1]
    else:
        # (or the houses counted before it in its sentence, named in full in an earlier one:
        # `Tổng kinh phí hỗ trợ xây dựng 2 nhà là 165 triệu đồng`; or in the sentence before,
        # the sum opening this one: `... xây mới 18 mái ấm Công đoàn. Tổng kinh phí ...`)
        counted = [
            pos
            for pos, code in run.recent(spot.sentence[0], spot.left)
            if code == houses_code and pos >= spot.sentence[0]
        ]
        opening = hits.starting_between(rule.totals, spot.sentence[0], spot.sentence[0] + 3)
        if (
            not counted
            and spot.sentence[0] > 0
            and opening
            and _SUM_OF_GIVING.fullmatch(lay.low, opening[0][1], spot.cand.q_start)
            # (not of care named after it: `Tổng giá trị 45 triệu đồng quà Tết đã được trao`)
            and not hits.starting_between(rule.other_care, spot.cand.q.end, spot.clause[1])
        ):
            before = lay.sentence(spot.sentence[0] - 1)[0]
            counted = [
                spot.sentence[0]
                for pos, code in run.recent(before, spot.sentence[0])
                if code == houses_code and pos >= before
            ][-1:]
        if not counted:
            return False
        house_end = counted[-1]
    # (nor money for a list of care the house ends: `như thăm hỏi, sửa nhà cho đoàn viên, trao
    # “Mái ấm Công đoàn”... với kinh phí trên 6 tỷ đồng`; care told before with figures of
    # its own is a deed apart: `tặng 50 phần quà, mỗi phần quà trị giá 2 triệu đồng, và trao
    # kinh phí xây dựng 10 Mái ấm Công đoàn với tổng số tiền 500 triệu đồng`)
    care_lo = max(lo, spot.clause[0])
    care = hits.starting_between(rule.other_care, care_lo, spot.left)
    if (
        care
        and (
            any(end > house_end for _, end in care)
            # (the amount joined to the house, no comma between: not a total of the list before
            # it, `thăm hỏi 120 đoàn viên ốm đau, sửa nhà Mái ấm cho 3 đoàn viên, tổng kinh phí`)
            or any(c in ",;" for c in low[house_end : spot.cand.q_start])
            or not any(
                code != houses_code and care_lo <= pos < house_end
                for pos, code in run.recent(spot.sentence[0], house_end)
            )
        )
    ):
        return False
    return all(
        code == houses_code
        for pos, code in run.recent(spot.sentence[0], spot.left)
        if pos >= house_end
    )


_PAIR = re.compile(r"\d[^\d/;\n]{0,30}/\s*\d")  # `1.845 đoàn viên/1.960`


def _members_whole(run: _Run, verdict: Verdict, cand: Candidate) -> Observation | None:
    """`24.600 đoàn viên, trong đó 3.200 lái tàu, 1.650 lao động nữ`: the members figure that
    a list after `trong đó` breaks down, when this workforce figure is one of its items (those
    named by their work among the members are some of the members, no workforce of their
    own); not after a pair, whose workforce it is (`1.845 đoàn viên/1.960 CNVC-LĐ, trong đó
    ...`)."""
    if verdict.indicator is None or verdict.indicator.code != "workers":
        return None
    lay = run.lay
    sent_start = lay.sentence(cand.q.start)[0]
    whole = None
    for o in reversed(run.observations):  # (back over its sentence only)
        if o.span_start < sent_start:
            return None
        if "part" not in o.flags and o.subgroup is None:
            whole = o
            break
    if whole is None or whole.indicator != "members" or cand.q.value > whole.value:
        return None  # (no part exceeds its whole: `..., 3.610 đoàn viên, 9.150 CNVCLĐ` is a
        # workforce)
    if _in_a_sectors_group(run, whole.sentence_id):
        return None  # (the workforce of a sector's group: `khối doanh nghiệp 47 CĐCS, 3.610 đoàn
        # viên, 9.150 CNVCLĐ`)
    assert lay.hits is not None
    if not lay.hits.starting_between(
        lay.catalogue.scoring.part_words, whole.span_end, cand.q_start
    ):
        return None
    # (nor the second half of a pair itself: `1.203 nữ đoàn viên/1.240 nữ CBCCVC-NLĐ`)
    return None if _PAIR.search(lay.low, whole.span_start, cand.q_start + 1) else whole


def _count_in_the_lead_in(run: _Run, spot: Spot, verdict: Verdict) -> Observation | None:
    """The figure a sentence opens on with a part's lead-in (`Trong số 1.068 cá nhân được tặng
    ..., có 412 người là công nhân`), of another indicator than the workforce this figure was
    read as, or None."""
    if verdict.indicator is None or verdict.indicator.code != "workers":
        return None
    lay = run.lay
    assert lay.hits is not None
    opened = lay.hits.end_at(
        lay.catalogue.scoring.part_lead_ins, skip_spaces(lay.low, spot.sentence[0], 3)
    )
    if opened < 0:
        return None
    comma = lay.low.find(",", opened, spot.cand.q_start)
    if comma < 0 or lay.digit_between(comma, spot.cand.q_start):
        return None
    for whole in reversed(run.observations):
        if whole.span_start < opened:
            return None
        if whole.span_end <= comma:
            return (
                whole
                if whole.indicator != "workers"
                and "part" not in whole.flags
                and spot.cand.q.value <= whole.value  # (no part exceeds its whole)
                else None
            )
    return None


def _whole_of_its_noun(run: _Run, spot: Spot, verdict: Verdict, found: Heads) -> Observation | None:
    """`Thành lập mới 12 CĐCS, kết nạp 1.500 đoàn viên, trong đó có 9 CĐCS ...`: a part read
    as a stock (`có 9 CĐCS`) after a part word, its noun also a deed's (new unions), breaks down
    the deed's figure of that noun before the part word in its sentence, not the figure just
    before it. (A part naming a deed of its own stays that deed's: `giới thiệu 426 đoàn viên
    ưu tú cho Đảng, trong đó 318 đồng chí được kết nạp vào Đảng`.)"""
    lay = run.lay
    stocks = lay.catalogue.scoring.stock_indicators
    if verdict.indicator is None or verdict.indicator.code not in stocks or not is_part(lay, spot):
        return None
    codes = _codes(found.after)
    if not codes - set(stocks):
        return None
    # (or the sentence before, the whole named by a lead-in: `... phát triển mới 3.420 đoàn viên,
    # thành lập 11 CĐCS. Trong số đoàn viên mới, có 2.180 đoàn viên tại các doanh nghiệp FDI`)
    lead, named_end = part_lead_in(lay, spot.sentence[0])
    led = lead >= 0 and named_end < spot.cand.q_start
    floor = lay.sentence(max(0, spot.sentence[0] - 2))[0] if led else spot.sentence[0]
    for whole in reversed(run.observations):
        if whole.span_start < floor:
            return None
        if whole.indicator in codes and "part" not in whole.flags and whole.subgroup is None:
            break
    else:
        return None
    assert lay.hits is not None
    last = run.last_obs
    if last is not None and last.span_start == whole.span_start:
        return None  # (the figure just before: a breakdown of it is read as ever)
    if whole.indicator in stocks or spot.cand.q.value > whole.value:
        return None  # (`nâng tổng số lên 342 CĐCS, trong đó có 120 CĐCS ...`: the stock's)
    if led and whole.span_start < spot.sentence[0]:
        return whole if lead_in_names(lay, lead, named_end, whole.indicator) else None
    words = lay.hits.starting_between(
        lay.catalogue.scoring.part_words, whole.span_end, spot.cand.q_start
    )
    if not words:
        return None
    ind = next(i for i in lay.catalogue.indicators if i.code == whole.indicator)
    if ind.heads is not None and any(
        _FIGURE_RIGHT_BEFORE.search(lay.low, max(whole.span_end, start - 12), start)
        for start, _ in lay.hits.starting_between(ind.heads, whole.span_end, words[0][0])
    ):
        return None  # (nor past another figure of its noun: `..., giải thể 4 CĐCS, trong đó ...`)
    return whole


_FIGURE_RIGHT_BEFORE = re.compile(r"\d[\d.,]*[ \t]*$")


def _in_context(run: _Run, spot: Spot) -> tuple[Verdict, Heads | None]:
    """The scoring's verdict, with what the figures before it say: a figure that continues a
    list of stocks is a stock, an amount named only as a total is the money of what was
    just counted."""
    lay, cand = run.lay, spot.cand
    stocks = lay.catalogue.scoring.stock_indicators
    in_list = in_stock_list(lay, run.stock_list, cand)
    if (
        in_list
        or slash_partner(lay, run.previous[0], cand)
        or continues_stock(lay, run.previous, cand)
    ):
        verdict, found = classify(lay, spot, inherited=True, only=stocks)
        prev = run.last_obs
        if _part_of_an_uncounted_whole(run, spot, prev, verdict):
            return Verdict(None, "part_of_an_uncounted_whole"), found
        if (
            verdict.indicator is not None
            and found is not None
            and not found.generic
            and not (
                prev is not None
                and prev.sentence_id == lay.sentence_index(cand.q.start)
                and _stock_of_what_was_counted(lay, verdict, found, prev)
            )
        ):
            if _members_whole(run, verdict, cand) is not None:
                # (`2.400 đoàn viên, trong đó 1.650 lao động nữ`: 1.650 women members; a part
                # the contract names no breakdown of, `3.200 lái tàu`, is none)
                if subgroup(lay, spot, found.end) is None:
                    return Verdict(None, "part_without_subgroup"), found
                members = next(i for i in lay.catalogue.indicators if i.code == "members")
                verdict = replace(verdict, indicator=members)
            return replace(verdict, evidence=(*verdict.evidence, "list_of_stocks")), found
    verdict, found = classify(lay, spot)
    if (whole := _count_in_the_lead_in(run, spot, verdict)) is not None:
        # `Trong số 1.068 cá nhân được tặng Bằng Lao động sáng tạo, có 412 người là công nhân`:
        # those named by their work are some of the figure the sentence opened on, no workforce
        part, part_found = classify(
            lay, spot, inherited=True, only=(whole.indicator,), assume_head=True
        )
        if part.indicator is not None and subgroup(
            lay, spot, part_found.end if part_found else cand.q.end
        ):
            return replace(part, evidence=(*part.evidence, "breakdown")), part_found
        return Verdict(None, "part_of_the_lead_ins_figure"), found
    if found is not None and found.after and cand.q.target is None:
        members = _joined_union(lay, spot, found)
        if members is not None:
            return members, found
        # (not units counted for a deed the clause names: `1.870 doanh nghiệp có tổ chức CĐ
        # ký TƯLĐTT` are agreements)
        unions = _units_with_a_union(lay, spot, found) if verdict.indicator is None else None
        if unions is not None:
            return unions, found
        if (whole := _whole_of_its_noun(run, spot, verdict, found)) is not None:
            # `thành lập mới 12 CĐCS, kết nạp 1.500 đoàn viên, trong đó có 9 CĐCS ...`
            part, part_found = classify(
                lay, spot, inherited=True, only=(whole.indicator,), assume_head=True
            )
            if part.indicator is None:
                return part, part_found
            if subgroup(lay, spot, part_found.end if part_found else cand.q.end) is None:
                return Verdict(None, "part_without_subgroup"), part_found
            return replace(part, evidence=(*part.evidence, "breakdown")), part_found
    if (
        verdict.indicator is not None
        and verdict.indicator.code == lay.catalogue.scoring.one_gift_each.means
        and _one_gift_of_a_portion(lay, spot)
    ):
        return Verdict(None, "one_gift_of_a_portion"), found
    if (
        verdict.indicator is not None
        and verdict.indicator.code in lay.catalogue.scoring.one_gift_each.instead_of
    ) or (verdict.indicator is None and found is not None and _counts_people(found)):
        gifts = _one_gift_each(lay, spot, verdict, found)
        if gifts is not None:
            return gifts, found
    if (
        verdict.indicator is not None
        and verdict.indicator.code in lay.catalogue.scoring.one_house_each.instead_of
    ) or (verdict.indicator is None and found is not None and _counts_people(found)):
        # (`Công đoàn đã xây Mái ấm Công đoàn cho 14 đoàn viên`: no care word, one house each,
        # the house named)
        houses = _one_house_each(lay, spot, verdict, found, verdict.indicator is not None)
        if houses is not None:
            return houses, found
        if _given_the_houses(run, spot):
            return Verdict(None, "recipients_of_the_houses"), found
    prev = run.last_obs
    if (
        prev is not None
        and _noun_fits(found, prev)
        and (how := _continues(lay, prev, spot)) is not None
    ):
        # `từ 5.742 người năm 2022 tăng lên 6.015 người`: the level reached, of what was left;
        # `năm 2022 là 96, năm 2023 là 101`: the next figure of a series by period
        end, end_found = classify(
            lay, spot, inherited=True, only=(prev.indicator,), assume_head=True
        )
        if end.indicator is not None:
            return replace(end, evidence=(*end.evidence, how)), end_found
        if how == "running_total":
            # the running total holds though its vetoes do not (what follows it, `trong đó đã
            # được kết nạp 06`, is its part's), if it is of the same kind (`thăm hỏi 20 lượt;
            # lũy kế 150 triệu đồng` is no count)
            ind = next(i for i in lay.catalogue.indicators if i.code == prev.indicator)
            if unit_class(cand) == ("count" if ind.is_counted else ind.unit):
                return Verdict(ind, "classified", max(verdict.score, 1.0), 0.0, (how,)), found
    if verdict.indicator is None and prev is not None and _parallel_item(lay, prev, spot):
        # `kiểm tra 41 lượt về chấp hành Điều lệ và 26 lượt về quản lý tài chính`: the next
        # item of a pair, its noun the same, its deed said once before the first
        item, item_found = classify(
            lay, spot, inherited=True, only=(prev.indicator,), assume_head=True
        )
        if item.indicator is not None:
            return replace(item, evidence=(*item.evidence, "parallel_item")), item_found
    if prev is not None and (named := _part_names_another_stock(lay, spot, prev)) is not None:
        # `98.400 lao động, trong đó đoàn viên là 91.000 người`: the members among them
        part, part_found = classify(lay, spot, inherited=True, only=(named,), assume_head=True)
        if part.indicator is not None:
            return replace(part, evidence=(*part.evidence, "part_named")), part_found
    if _part_of_an_uncounted_whole(run, spot, prev, verdict):
        # `100 cá nhân được tuyên dương. Trong đó có 64 công nhân trực tiếp sản xuất`: the parts
        # of people no indicator counts are none either (no workforce)
        return Verdict(None, "part_of_an_uncounted_whole"), found
    prev = _pair_partner_named(run, found, prev)
    prev = _count_before_its_money(run, spot, prev)
    counted = prev is not None and _stock_of_what_was_counted(lay, verdict, found, prev)
    if (
        prev is not None
        and (
            prev.sentence_id == lay.sentence_index(cand.q.start)
            or _part_opens_sentence(lay, spot, prev)
        )
        and cand.q.value == int(cand.q.value)
        and (
            cand.q.value <= prev.value  # (no part exceeds its whole) ...
            or "part" in prev.flags
            # ... unless the bracket is the whole of another period: `412 (năm 2022: 418)`
            or (
                _A_PERIODS_BRACKET.search(lay.low, max(0, cand.q_start - 40), cand.q_start)
                is not None
                and lay.dated(cand.q.start, cand.q.end)[0]
                != lay.dated(prev.span_start, prev.span_end)[0]
            )
        )
        and (is_part(lay, spot) or (_bare(lay, spot) and is_part(lay, spot, "bracket_reach")))
        and (
            verdict.indicator is None
            or (found is not None and (found.generic or not found.after))
            or counted
        )
        and not (found is not None and found.label and prev.indicator not in _codes(found.label))
        and (counted or not _own_predicate(lay, spot, verdict.indicator, prev))
    ):
        # `18.906 đoàn viên, trong đó nữ 12.340 người`: a breakdown of the figure before it
        part, part_found = classify(
            lay, spot, inherited=True, only=(prev.indicator,), assume_head=True
        )
        if part.indicator is None and (other := _other_stock_of_the_whole(run, spot, prev)):
            return other
        if part.indicator is not None:
            if (
                not counted
                and subgroup(lay, spot, part_found.end if part_found else cand.q.end) is None
                and lay.dated(cand.q.start, cand.q.end)[0]
                == lay.dated(prev.span_start, prev.span_end)[0]
            ):
                # `47 người (nữ 35), trong đó biên chế 43, hợp đồng 04`: a part the contract
                # names no breakdown of (no subgroup code), not the whole a second time (a
                # bracket of another period, `(cùng kỳ: 51 lượt)`, is that period's whole)
                if (
                    cand.q.target is not None
                    and cand.q.value == prev.value
                    and "(" in lay.low[prev.span_end : cand.q.start]
                ):
                    # (`1.856 đoàn viên (đạt 1.856/3.500, bằng 53% kế hoạch năm)`: the figure
                    # again over its plan, no part: its target, merged with it as a restatement)
                    return replace(part, evidence=(*part.evidence, "breakdown")), part_found
                if _REGISTERED.match(lay.low, prev.span_end) and _RECOGNISED.match(
                    lay.low, cand.q.end
                ):
                    # (those recognised of those registered are the result: `có 612 sáng kiến
                    # đăng ký, trong đó 437 sáng kiến đã được công nhận và áp dụng`)
                    return part, part_found
                return Verdict(None, "part_without_subgroup"), part_found
            return replace(part, evidence=(*part.evidence, "breakdown")), part_found
    if (whole := _money_whole(run, spot, verdict)) is not None:
        # `trị giá 120 triệu đồng. Trong đó, LĐLĐ tỉnh hỗ trợ 50 triệu đồng; ...`: who paid
        # which part of the amount before it, not care of its own; never more than it
        run.last_share = (whole.span_start, cand.q.end)
        if cand.q.value > whole.value:
            return Verdict(None, "part_exceeds_whole"), found
        ind = next(i for i in lay.catalogue.indicators if i.code == whole.indicator)
        if accepts(lay, ind, spot, frozenset(), inherited=True):
            return Verdict(ind, "classified", max(verdict.score, 1.0), 0.0, ("breakdown",)), found
        return Verdict(None, "part_of_other_money"), found  # (never care of its own)
    if unit_class(cand) == "VND":
        earlier = run.recent(spot.sentence[0], spot.left, PROGRAMME_REACH)
        code = (
            _sum_of_the_list_above(run, spot)
            or money_after_its_count(lay, spot, earlier)
            or total_money_of(lay, spot, earlier)
        )
        if code is not None and (verdict.indicator is None or verdict.indicator.code != code):
            ind = next(i for i in lay.catalogue.indicators if i.code == code)
            if accepts(lay, ind, spot, frozenset(), inherited=True):
                evidence = ("total_of_what_was_counted",)
                return Verdict(ind, "classified", max(verdict.score, 1.0), 0.0, evidence), found
        if verdict.indicator is None and verdict.reason == "no_indicator_wording":
            ind = _money_of_list_heading(lay, spot)
            if ind is not None and accepts(lay, ind, spot, frozenset(), inherited=True):
                return Verdict(ind, "classified", 1.0, 0.0, ("list_heading",)), found
    if verdict.indicator is None and (
        verdict.reason == "no_indicator_wording"
        or (verdict.reason == "no_counted_noun" and _A_BARE_FIGURE.match(lay.low, spot.right))
    ):
        # (a result told by its figure alone, its noun the plan's: `Kết quả: 320.`)
        ind = _kind_of_the_plan_before(lay, spot)
        if ind is not None and accepts(lay, ind, spot, frozenset(), inherited=True):
            return Verdict(ind, "classified", 1.0, 0.0, ("result_of_its_plan",)), found
        last = run.last_obs
        if (
            last is not None
            and _in_a_sectors_group(run, lay.sentence_index(cand.q.start))
            and (other := _other_stock_of_the_whole(run, spot, last)) is not None
            and other[0].indicator is not None
        ):
            # (the next sector's group of a list of parts: `trong đó khối hành chính sự nghiệp 121
            # CĐCS, 4.310 đoàn viên, khối doanh nghiệp 47 CĐCS, 3.610 đoàn viên`)
            return other
    return verdict, found


_A_FIGURE = re.compile(r"\d[\d.,]*")
_A_BARE_FIGURE = re.compile(r"[ \t]*(?:[,.;]|\n|$|(?:đạt|bằng|vượt)\b)")
_OF_THE_PLAN = re.compile(r"[ \t]*(?:so[ \t]+với[ \t]+)?(?:kế[ \t]+hoạch|chỉ[ \t]+tiêu|kh)\b")
_MONEY_WORD = re.compile(r"\b(?:tỷ|tỉ|triệu|nghìn|ngàn|đồng)\b")
_UNITS_OF_A_RATE = re.compile(r"\d[\d.,]*[ \t]*/[ \t]*\d[\d.,]*")
_MONTHS_OR_YEARS = re.compile(r"\b\d{1,2}[ \t]+tháng\b|(?<!\d)(?:19|20)\d\d(?!\d)")


def _this_sentences(run: _Run, sentence_id: int) -> list[Observation]:
    """The observations of a sentence read last, the latest first, a few at most (a page of one
    sentence of many figures is read in linear time)."""
    out: list[Observation] = []
    for o in reversed(run.observations):
        if o.sentence_id != sentence_id or len(out) == _LIST_ITEMS_BACK:
            break
        out.append(o)
    return out


_LIST_ITEMS_BACK = 16  # the items of a list looked back at


def _in_a_sectors_group(run: _Run, sentence_id: int) -> bool:
    """The last figure read, in this sentence, is of a sector's group (a part with its sector):
    the figures after it go on with that group."""
    last = run.last_obs
    return (
        last is not None
        and last.subgroup in run.lay.catalogue.scoring.sector_subgroups
        and last.sentence_id == sentence_id
    )


def _sector_named_between(run: _Run, last: Observation, start: int, code: str) -> str | None:
    """The list's last sector: the one named between the item before and this one (`khối hành
    chính sự nghiệp 121 CĐCS, 4.310 đoàn viên, khối doanh nghiệp 47 CĐCS, 3.610 đoàn viên`: the
    next group's), else the item before's, unless this one counts again what a part of the
    list counted (`380 CĐCS khu vực hành chính sự nghiệp với 28.450 đoàn viên và 865 CĐCS với
    ...`: another group, its sector told after it if at all)."""
    lay = run.lay
    assert lay.hits is not None
    named = [
        (end, name)
        for name, list_id in lay.catalogue.subgroups
        if name in lay.catalogue.scoring.sector_subgroups
        for _, end in lay.hits.ending_between(list_id, last.span_end, start)
    ]
    if named:
        return max(named)[1]
    again = any(  # (the item before's group already counted it: this one opens another)
        o is not last and o.indicator == code and o.subgroup == last.subgroup
        for o in _this_sentences(run, last.sentence_id)
    )
    # (nor past its sentence: `..., trong đó nữ 118 người. Công đoàn có 6 tổ công đoàn với 519
    # đoàn viên` are all the members)
    told_apart = lay.sentence_index(start) != lay.sentence_index(last.span_start)
    return None if again or told_apart else last.subgroup


_PAIRED_WITH = re.compile(
    r"[^\d,;.()]{0,60}?[ \t]với[ \t]+(?:(?:hơn|gần|khoảng|trên|xấp[ \t]+xỉ|gần[ \t]+như)[ \t]+)?"
)


def _other_stock_of_the_whole(
    run: _Run, spot: Spot, prev: Observation
) -> tuple[Verdict, Heads | None] | None:
    """`hiện có 356 CĐCS với 41.205 đoàn viên, trong đó khối hành chính sự nghiệp 198 CĐCS,
    7.860 đoàn viên`: a part counting another stock of the whole's list, by its own noun, is a
    breakdown of that stock when it names its sector (the figures after it in the list follow)."""
    lay = run.lay
    stocks = lay.catalogue.scoring.stock_indicators
    for o in _this_sentences(run, prev.sentence_id):
        if o.indicator == prev.indicator or o.indicator not in stocks:
            continue
        if "part" in o.flags:
            continue  # (a part read before, of the same list: `121 CĐCS, 4.310 đoàn viên, khối
            # doanh nghiệp 47 CĐCS, ...` looks back past it to the whole)
        if spot.cand.q.value > o.value:
            return None
        part, found = classify(lay, spot, inherited=True, only=(o.indicator,))
        if part.indicator is None or found is None or not found.after:
            return None  # (its own noun, the stock's: `198 CĐCS`)
        if subgroup(lay, spot, found.end) is not None:
            return replace(part, evidence=(*part.evidence, "breakdown")), found
        if _in_a_sectors_group(run, prev.sentence_id):
            # (the next item of a sector's group: `khối doanh nghiệp 47 CĐCS, 3.610 đoàn viên,
            # 9.150 CNVCLĐ`, the group's sector)
            return replace(part, evidence=(*part.evidence, "breakdown", "list_of_stocks")), found
        return Verdict(None, "part_without_subgroup"), found
    return None


def _kind_of_the_plan_before(lay: Layout, spot: Spot) -> Indicator | None:
    """`Chỉ tiêu vận động Quỹ “Mái ấm Công đoàn” năm 2017: 120 triệu đồng; kết quả 6 tháng thu
    được 78,25 triệu đồng`, `Chỉ tiêu 3: Hằng năm có 90% trở lên doanh nghiệp ... tổ chức Hội nghị
    người lao động. Kết quả năm 2022 đạt 94,2%`: the result told after its plan, in a clause of
    its own in the plan's sentence or in the sentence after a numbered plan's, is of the plan's
    kind (the plan's one figure of its unit read as it would be, or the plan's words)."""
    low, sc = lay.low, lay.catalogue.scoring
    assert lay.hits is not None
    unit = spot.cand.q.unit
    result = skip_spaces(low, spot.clause[0], 3)
    while result < spot.left and low[result] in _BULLET_MARKS:
        result = skip_spaces(low, result + 1, 3)
    if RESULT_OPENER.match(low, result, spot.right) is None:
        return None
    if unit == "percent" and _OF_THE_PLAN.match(low, spot.right):
        return None  # (a share of the plan, no rate: `Kết quả: đạt 100% kế hoạch`)
    told_before = _MONTHS_OR_YEARS.sub(" ", low[result : spot.left])
    if unit == "percent":  # (past the units it is a share of: `Kết quả: 74/74 đơn vị, đạt 100%`)
        told_before = _UNITS_OF_A_RATE.sub(" ", told_before)
    elif unit == "VND" and not _MONEY_WORD.search(told_before):
        # (past the count it is the money of: `kết quả: 3, tổng kinh phí ...`; not past other
        # money, `đóng góp 2,108 tỷ đồng, đã nộp về ... 1,5 tỷ đồng`)
        told_before = _A_FIGURE.sub(" ", told_before, count=1)
    if any(c.isdigit() for c in told_before):
        return None  # (its first figure: past its months, `kết quả 6 tháng thu được ...`)
    if result > spot.sentence[0] + 3:
        label = skip_spaces(low, spot.sentence[0], 3)  # the plan's clause, in its sentence
        while label < result and low[label] in _BULLET_MARKS + ".0123456789":
            label = skip_spaces(low, label + 1, 3)  # (`- `, `4. `: the line's mark)
        if lay.hits.end_at(sc.plan_label_heads, label) < 0:
            return None
        plan_end = low.rfind(";", label, result)
    else:
        # the sentence before, a numbered plan's, past its own number (`Chỉ tiêu 2: Tổ chức 40
        # cuộc ...`)
        plan = numbered_plan_before(lay, spot.sentence[0])
        if plan is None:
            return None
        label, plan_end = plan
    bare = unit is None and _A_BARE_FIGURE.match(low, spot.right) is not None
    units = BARE_COUNT_UNITS if bare else (unit,)
    figures = [m for m, _ in plan_figures(low, label, max(label, plan_end), units)]
    if len(figures) > 1 or (not figures and bare):
        # (a bare count takes the noun of the plan's one count, none else: `Kết quả: 320.` after
        # `Kết nạp 300 đoàn viên, thành lập 03 CĐCS` is either)
        return None
    # (the plan's figure, or its clause's end where it names none: `Chỉ tiêu 5: Mỗi đoàn viên
    # đóng góp 01 ngày lương xây dựng Quỹ “Mái ấm Công đoàn”; kết quả: ... 2,108 tỷ đồng`)
    if figures:
        at = figures[0].end()
    else:  # (before an aside in brackets: `Thu Quỹ “Mái ấm Công đoàn” ... (mỗi đoàn viên ...)`)
        bracket = low.find("(", label, plan_end)
        at = bracket if bracket > label else plan_end
    if at <= label:
        return None
    kinds = tuple(
        i.code
        for i in lay.catalogue.indicators
        if (i.is_counted if unit is None else i.unit == unit)
    )
    return _kind_told_at(lay, spot, at, kinds)


def _kind_told_at(lay: Layout, spot: Spot, at: int, kinds: tuple[str, ...]) -> Indicator | None:
    """The indicator among `kinds` the words before `at` tell of, for the figure of `spot`
    (read as if it stood there: a plan's figure, a list's heading, an amount detailed)."""
    told = Spot(spot.cand, at, at, lay.clause(at - 1), lay.sentence(at - 1))
    return classify(lay, told, only=kinds)[0].indicator


def _sum_of_the_list_above(run: _Run, spot: Spot) -> str | None:
    """`- Thăm ốm đau: 12 trường hợp, 6 triệu đồng` / `- Phúng viếng: 9 trường hợp, 4,5 triệu
    đồng` / `Tổng cộng: 10,5 triệu đồng`: a line opening with a total's word under the lines
    of a list whose amounts add up to it sums them: their kind, or the mixed care money."""
    lay = run.lay
    low = lay.low
    line = low.rfind("\n", 0, spot.left) + 1
    if not _TOTAL_LINE.match(low, line):
        return None
    lo = line
    while lo > 0:
        above = low.rfind("\n", 0, lo - 1) + 1
        if not _LIST_LINE.match(low, above):
            break
        lo = above
    money = [o for o in run.observations if lo <= o.span_start < line and o.unit == "VND"]
    if lo == line or not money:
        return None
    if abs(sum(o.value for o in money) - spot.cand.q.value) > 0.01 * spot.cand.q.value:
        return None  # (not their sum: `Tổng số ... với tổng kinh phí 820 triệu đồng`)
    kinds = {o.indicator for o in money}
    return kinds.pop() if len(kinds) == 1 else lay.catalogue.scoring.money_of_mixed


# A line opening with a total's word (`Tổng cộng:`, `Cộng`, `Tổng số tiền:`), not `Cộng đồng`.
_TOTAL_LINE = re.compile(
    r"[ \t*+•-]*(?:tổng cộng|cộng(?!\s+đồng)|tổng số tiền|tổng kinh phí|tổng)\b"
)
# ... and a list's line (`- Phúng viếng: ...`, `+ Tết: ...`, `a) ...`, `2. ...`)
_LIST_LINE = re.compile(r"[ \t]*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))\s")


def _money_of_list_heading(lay: Layout, spot: Spot) -> Indicator | None:
    """`Chăm lo cho đoàn viên, người lao động:` / `- Tết: 1,2 tỷ đồng` / `- Ốm đau: 300 triệu
    đồng`: an item's amount that names no indicator itself is the money its list's heading
    (a line ending in a colon, with no figure) names; so is the total on the line right
    after the items (`Tổng cộng: 1,5 tỷ đồng`)."""
    low = lay.low
    assert lay.hits is not None
    line_start = low.rfind("\n", 0, spot.cand.q_start) + 1
    item = low[line_start : spot.cand.q_start].lstrip(" \t")
    if item[:1] not in _BULLET_MARKS:
        opener = spot.cand.q_start - len(item)
        above = low.rfind("\n", 0, max(0, line_start - 1)) + 1
        if (
            line_start == 0
            or lay.hits.end_at(lay.catalogue.scoring.total_openers, opener) < 0
            or low[above : line_start - 1].lstrip(" \t")[:1] not in _BULLET_MARKS
        ):
            return None
    for _ in range(lay.catalogue.scoring.windows["list_heading_lines"]):
        if line_start == 0:
            return None
        above = low.rfind("\n", 0, line_start - 1) + 1
        line = low[above : line_start - 1].strip()
        if line[:1] in _BULLET_MARKS:
            line_start = above
            continue
        if not line.endswith(":"):
            return None
        colon = low.rfind(":", above, line_start)
        if lay.digit_between(above, line_start - 1):
            return _money_detailed_by_the_list(lay, spot, above, colon)
        heading = Spot(spot.cand, colon, colon + 1, lay.clause(colon - 1), lay.sentence(colon - 1))
        money = tuple(i.code for i in lay.catalogue.indicators if i.is_money)
        return classify(lay, heading, only=money)[0].indicator
    return None


def _money_detailed_by_the_list(
    lay: Layout, spot: Spot, above: int, colon: int
) -> Indicator | None:
    """`... đã vận động được 9,64 tỷ đồng cho Quỹ "Mái ấm Công đoàn". Cụ thể từng năm:` / `- Năm
    2016: 1,52 tỷ đồng;`: a list opened by a detail word (`detail_openers`) after the amount it
    details, its heading's line ending on it: its items are of that amount's kind."""
    low = lay.low
    assert lay.hits is not None
    opener, _ = lay.sentence(colon - 1)
    opener = skip_spaces(low, opener, 3)
    if (
        opener <= above
        or lay.digit_between(opener, colon)
        or lay.hits.end_at(lay.catalogue.scoring.detail_openers, opener) < 0
    ):
        return None
    amounts = [
        m
        for m in QUANTITY_RE.finditer(low, above, opener)
        if (q := quantity_from_match(m, low)) is not None and q.unit == "VND"
    ]
    if not amounts:
        return None
    money = tuple(i.code for i in lay.catalogue.indicators if i.is_money)
    return _kind_told_at(lay, spot, amounts[-1].end(), money)


def _sector_of_the_part(lay: Layout, end: int) -> str | None:
    """A part's sector named by its own noun (`trong đó 96 CĐCS doanh nghiệp, 22 CĐCS khối hành
    chính sự nghiệp`), unless a longer name of another sector starts there (`CĐCS doanh nghiệp
    ngoài nhà nước`: the breakdown read found none of its own)."""
    assert lay.hits is not None
    at = skip_spaces(lay.low, end, 2)
    for name, list_id in lay.catalogue.scoring.sector_parts:
        named = lay.hits.end_at(list_id, at)
        # (the part's whole noun, not the first words of a longer kind: `96 CĐCS doanh nghiệp
        # cổ phần có vốn nhà nước`, `CĐCS doanh nghiệp và đơn vị sự nghiệp`)
        if named > 0 and _PART_NOUN_ENDS.match(lay.low, named):
            return name
    return None


_PART_NOUN_ENDS = re.compile(r"[ \t]*(?:[,;.()\n]|$|với\b)")


def _given_only_by_the_body_named(lay: Layout, spot: Spot, code: str) -> bool:
    """Awards only the confederation gives (`Tổng LĐLĐ đã tặng 04 Bằng Lao động sáng tạo cho
    đoàn viên của ngành`), admissions only the Party makes (`Đảng ủy cơ quan phường kết nạp 46
    đoàn viên công đoàn vào Đảng`): that giver named before the figure, and no other body, is
    no other body owning it (not the Party's own new members: `Đảng bộ Khối kết nạp 356 đảng
    viên mới`)."""
    sc = lay.catalogue.scoring
    assert lay.hits is not None
    for codes, givers_list in (
        (sc.awards_from_above, sc.award_givers),
        (sc.admitted_by_the_party, sc.party_admitters),
    ):
        if code not in codes:
            continue
        own = (
            lay.hits.end_at(sc.party_own_members, skip_spaces(lay.low, spot.cand.q.end, 2))
            if givers_list == sc.party_admitters
            else -1
        )
        if own > 0 and not lay.hits.starting_between(sc.party_own_unless, own, own + 3):
            return False
        lo = spot.left - sc.windows["other_org"]
        givers = lay.hits.ending_between(givers_list, lo, spot.left)
        owners = lay.hits.ending_between(sc.other_org_words, lo, spot.left)
        return bool(givers) and all(
            any(g_start <= start and end <= g_end for g_start, g_end in givers)
            for start, end in owners
        )
    return False


def _pair_partner_named(
    run: _Run, found: Heads | None, prev: Observation | None
) -> Observation | None:
    """The figure a breakdown breaks down: after a pair (`15.862 đoàn viên/16.107 CBCCVC,
    trong đó nữ 9.214 đoàn viên`) the pair's figure whose noun it names, not the last one
    (whose noun it does not share: the breakdown was read as nothing)."""
    if prev is None or found is None or not found.after or prev.indicator in _codes(found.after):
        return prev
    if len(run.observations) < 2 or run.observations[-1] is not prev:
        return prev
    first = run.observations[-2]
    between = run.lay.low[first.span_end : prev.span_start]
    paired = (
        first.sentence_id == prev.sentence_id
        and "/" in between
        and len(between) <= run.lay.catalogue.scoring.windows["pair"]
        and not any(c.isdigit() for c in between)
    )
    return first if paired and first.indicator in _codes(found.after) else prev


def _count_before_its_money(run: _Run, spot: Spot, prev: Observation | None) -> Observation | None:
    """`... chăm lo cho 1.035 đoàn viên với tổng kinh phí 628 triệu đồng. Trong số đó, đoàn viên
    nữ là 612 người`: people in a sentence opened by a part's word are some of the people the
    sentence before counted, not of the money that ended it (nor of a bracket's count of another
    period, `(Tết 2024 chăm lo 923 đoàn viên ...)`)."""
    if prev is None or prev.unit == "persons" or unit_class(spot.cand) != "count":
        return prev
    lay = run.lay
    here = lay.sentence_index(spot.cand.q.start)
    if prev.sentence_id != here - 1 or not _part_opens_sentence(lay, spot, prev):
        return prev
    if subgroup(lay, spot, spot.cand.q.end) is None:
        return prev  # (a part naming no breakdown is read as ever: `Trong đó, ... hỗ trợ 18.600
        # người, số tiền 9,3 tỉ đồng`)
    for o in reversed(run.observations):
        if o.sentence_id < prev.sentence_id:
            break
        if o.unit != "persons" or "part" in o.flags or o.subgroup is not None:
            continue
        if not _in_a_bracket(lay, o):
            return o
    return prev


def _in_a_bracket(lay: Layout, o: Observation) -> bool:
    """The observation stands inside a bracket of its sentence (`(Tết 2024 chăm lo 923 đoàn
    viên ...)`): another period's or an aside's, no whole of what follows."""
    return _bracket_opened_before(lay, o) >= 0


def _bracket_opened_before(lay: Layout, o: Observation) -> int:
    """Where the bracket of its sentence the observation stands inside opens, or -1."""
    lo = max(lay.sentence(o.span_start)[0], o.span_start - _BRACKET_REACH)
    opened = lay.low.rfind("(", lo, o.span_start)
    return opened if opened > lay.low.rfind(")", lo, o.span_start) else -1


_BRACKET_REACH = 300  # characters back from a figure to the bracket it may stand in


def _shares_in_a_bracket(lay: Layout, o: Observation) -> bool:
    """The observation stands in a bracket that opens on a part word (`(trong đó Tổng LĐLĐ hỗ
    trợ 2 tỷ đồng)`): the shares of the amount before it, an aside."""
    opened = _bracket_opened_before(lay, o)
    if opened < 0:
        return False
    assert lay.hits is not None
    return (
        lay.hits.end_at(lay.catalogue.scoring.part_words, skip_spaces(lay.low, opened + 1, 2)) > 0
    )


def _money_whole(run: _Run, spot: Spot, verdict: Verdict) -> Observation | None:
    """The amount an amount is a part of: the amount right before it (past the parts of it
    read so far: `Trong đó, LĐLĐ tỉnh hỗ trợ 50 triệu đồng, gia đình 30 triệu đồng`), of
    another kind of money, when a part word (`trong đó`) opens the figure's clause, its
    bracket, or its sentence right after the amount's, or the figure is the next share in
    the sentence of one read so; the part reads as support only (the catalogue's mixed
    money), or as nothing."""
    lay = run.lay
    sc = lay.catalogue.scoring
    whole = _whole_past_parts(run)
    if whole is None or unit_class(spot.cand) != "VND":
        return None
    if whole.indicator == sc.money_of_mixed:
        return None
    sentence = lay.sentence_index(spot.cand.q.start)
    share_id, share_end = run.last_share
    assert lay.hits is not None
    next_share = (  # `trong đó Quỹ hỗ trợ 200 triệu đồng, doanh nghiệp hỗ trợ 100 triệu đồng`
        share_id == whole.span_start
        and share_end <= spot.left
        and not lay.digit_between(share_end, spot.left)
        and lay.sentence_index(share_end) == sentence
        and not lay.hits.starting_between(sc.share_ends, share_end, spot.left - 1)
    )
    # the next share is a share whatever it reads as alone (`(Quỹ Mái ấm Công đoàn hỗ trợ 360
    # triệu đồng, gia đình đối ứng 180 triệu đồng)`: the fund named before reads the family's
    # share as money raised for it), but not past a semicolon, where money of its own kind is
    # the next deed (`trong đó Quỹ ... hỗ trợ 1,74 tỷ đồng; vận động ... Quỹ "Mái ấm Công
    # đoàn" được 4,26 tỷ đồng`)
    own = verdict.indicator is not None and verdict.indicator.code != sc.money_of_mixed
    if next_share and own and ";" in lay.low[share_end : spot.left]:
        # (unless it completes the whole: `trong đó Tổng Liên đoàn hỗ trợ 240 triệu đồng; từ
        # nguồn vận động Quỹ “Mái ấm Công đoàn” của huyện được 120 triệu đồng` of 360)
        shares = sum(
            m.value or 0.0
            for m in run.mentions
            if whole.span_end <= m.span_start < spot.left and m.unit == "VND"
        )
        next_share = abs(shares + spot.cand.q.value - whole.value) <= 0.01 * whole.value
    if (
        own
        and not next_share
        and verdict.indicator is not None
        and verdict.indicator.code == whole.indicator
        and spot.cand.q.value <= whole.value
        and whole.sentence_id == sentence
        and is_part(lay, spot)
    ):
        # a first share that reads as the whole's own kind opens the run of shares too:
        # `trong đó Quỹ Mái ấm Công đoàn hỗ trợ 200 triệu đồng, doanh nghiệp hỗ trợ 100 ...`
        run.last_share = (whole.span_start, spot.cand.q.end)
    if not next_share and (own or not is_part(lay, spot, "bracket_reach")):
        return None
    return whole if whole.sentence_id in (sentence, sentence - 1) else None


def _whole_past_parts(run: _Run) -> Observation | None:
    """The last amount of money read, or, when it is a part, the amount its run of parts of
    money follows (nothing when another kind of figure stands between)."""
    prev = run.last_obs
    if prev is None or prev.unit != "VND":
        return None
    if "part" not in prev.flags:
        return prev
    seen = False
    for o in reversed(run.observations):
        if o is prev:
            seen = True
        elif seen and (o.unit != "VND" or "part" not in o.flags):
            return o if o.unit == "VND" else None
    return None


def _part_of_an_uncounted_whole(
    run: _Run, spot: Spot, prev: Observation | None, verdict: Verdict
) -> bool:
    """A workforce figure opens a breakdown (`trong đó`) of the number right before it, in its
    sentence or the one before, and that number counts nothing the contract names (`100 cá
    nhân được tuyên dương`), no observation between: its parts are no workforce either (a
    part told by its own deed, `4 đơn vị đã ký kết thỏa ước`, counts)."""
    lay = run.lay
    if not run.mentions or verdict.indicator is None or verdict.indicator.code != "workers":
        return False  # (`với hơn 6.400 công nhân, trong đó 5.980 người là đoàn viên`: members)
    whole = run.mentions[-1]
    if (
        whole.status != "unclassified"
        # (or the item before of the same list: `64 công nhân ... và 19 lao động nữ`)
        or whole.reason not in ("no_indicator_wording", "part_of_an_uncounted_whole")
        or whole.value is None
        or whole.value != int(whole.value)
        or whole.unit not in (None, "persons", "count")  # (not `đạt 143,8% kế hoạch`)
        # (a whole told by a bare `người` is a headcount: `hiện có 2.340 người, trong đó ...`)
        or lay.hits.end_at(
            lay.catalogue.scoring.generic_heads, skip_spaces(lay.low, whole.span_end, 3)
        )
        > 0
        or spot.cand.q.value > whole.value
        or (prev is not None and prev.span_start > whole.span_start)
        or lay.sentence_index(whole.span_start) < lay.sentence_index(spot.cand.q.start) - 1
    ):
        return False
    if whole.reason == "part_of_an_uncounted_whole":
        # the next item of its list: `64 công nhân trực tiếp sản xuất và 19 lao động nữ`
        between = lay.low[whole.span_end : spot.left]
        return (" và " in between or "," in between) and not any(
            c.isdigit() or c in ".;" for c in between
        )
    return is_part(lay, spot)


def _breakdown_of_the_whole(run: _Run, last: Observation, pos: int) -> bool:
    """`3.560 CBCCVC, trong đó có 2.140 nữ, 3.520 đoàn viên`: the figure before is a part
    whose breakdown is named after it, its own noun; the list resumes with the whole's, not
    the part's (`riêng khu vực doanh nghiệp có 820 CĐCS với 72.300 đoàn viên` names it
    before, for the rest of the list)."""
    if "part" not in last.flags or last.subgroup is None:
        return False
    return _breakdown_named_after(run, last, pos)


def _breakdown_named_after(run: _Run, last: Observation, pos: int) -> bool:
    """The figure before's breakdown is named after it, before `pos`: its own."""
    if last.subgroup is None:
        return False
    lay = run.lay
    assert lay.hits is not None
    return any(
        lay.hits.starting_between(list_id, last.span_end, pos - 1)
        for name, list_id in lay.catalogue.subgroups
        if name == last.subgroup
    )


def _stock_of_what_was_counted(
    lay: Layout, verdict: Verdict, found: Heads | None, prev: Observation
) -> bool:
    """`thành lập mới 19 CĐCS, trong đó có 6 CĐCS khu vực ngoài nhà nước`: the `có` of the part
    word reads as a stock's, but the noun is what the figure before it counted, and that
    figure no stock: the part is of those."""
    stocks = lay.catalogue.scoring.stock_indicators
    return (
        found is not None
        and verdict.indicator is not None
        and verdict.indicator.code in stocks
        and prev.indicator not in stocks
        and prev.indicator in _codes(found.after)
    )


def _noun_fits(found: Heads | None, prev: Observation) -> bool:
    """The figure names no thing of its own that the figure before it does not count: no
    noun, that figure's own noun, or `người` after persons."""
    if found is None or not found.after:
        return True
    if found.generic:
        return prev.unit == "persons"
    return prev.indicator in _codes(found.after)


def _continues(lay: Layout, prev: Observation, spot: Spot) -> str | None:
    """How a figure with no noun of its own continues the observation before it, if it does."""
    if _change_end(lay, prev, spot):
        return "change_end"
    if _next_in_series(lay, prev, spot):
        return "series"
    if _running_total(lay, prev, spot):
        return "running_total"
    if _compared_in_brackets(lay, prev, spot):
        return "compared"
    return None


def _compared_in_brackets(lay: Layout, prev: Observation, spot: Spot) -> bool:
    """`kết nạp 385 đoàn viên, bằng 128,3% so với cùng kỳ năm 2022 (300 đoàn viên)`: a bracket
    opening on a figure right after the period the figure before it was compared with is that
    period's figure of the same thing (a rate between at most)."""
    if prev.sentence_id != lay.sentence_index(spot.cand.q.start):
        return False
    between = lay.low[prev.span_end : spot.left]
    compared = _COMPARED_BRACKET.fullmatch(between)
    if compared is None:
        return False
    if compared.group("rate") is None:
        return True
    # (the rate must fit: `tăng 20% so với năm 2022 (200 đoàn viên)` tells the rise, not 2022's)
    rate = float(compared.group("rate").replace(",", "."))
    told = between[: compared.start("rate")]
    ratio = 1 + rate / 100 if "tăng" in told else 1 - rate / 100 if "giảm" in told else rate / 100
    value = spot.cand.q.value
    return ratio > 0 and abs(prev.value / ratio - value) <= _RATE_FITS * value


_RATE_FITS = 0.05  # how far the figure a rate implies may stand from the bracket's (rounding)
# `, bằng 128,3% so với cùng kỳ năm 2022 (`, `, tăng 12% so với năm trước (`: a rate at most
_COMPARED_BRACKET = re.compile(
    r"[^.;:()\d]{0,40}?(?:(?P<rate>\d+(?:,\d+)?)\s*%"
    r"[^.;:()\d]{0,20}?)?so\s+với\s+"
    r"(?:cùng\s+kỳ(?:\s+năm\s+(?:(?:19|20)\d\d|trước|ngoái))?|năm\s+(?:(?:19|20)\d\d|trước|ngoái))"
    r"\s*\(\s*"
)


def _parallel_item(lay: Layout, prev: Observation, spot: Spot) -> bool:
    """The figure stands right after `và`, the observation before it in its clause and no
    other figure between, and the same noun follows both (`41 lượt ... và 26 lượt`)."""
    start = spot.cand.q_start
    low = lay.low
    if prev.span_start < spot.clause[0] or lay.digit_between(prev.span_end, start):
        return False
    if not low[max(0, start - 12) : start].rstrip().endswith(" và") or any(
        c in "()" for c in low[prev.span_end : start]
    ):
        return False
    nouns = _item_nouns(lay, prev.indicator)
    mine = _counted_noun(lay, nouns, spot.cand.number_end)
    return mine is not None and mine == _counted_noun(lay, nouns, prev.span_end)


def _item_nouns(lay: Layout, code: str) -> tuple[int, ...]:
    """The noun lists a pair's items may share: the generic ones (`lượt`, `người`), those
    of times, and the indicator's own."""
    sc = lay.catalogue.scoring
    ind = next(i for i in lay.catalogue.indicators if i.code == code)
    return (sc.generic_heads, sc.times_heads, *(() if ind.heads is None else (ind.heads,)))


def _counted_noun(lay: Layout, lists: tuple[int, ...], pos: int) -> str | None:
    """The longest noun of these lists right after `pos` (past spaces), as written."""
    assert lay.hits is not None
    at = skip_spaces(lay.low, pos, 2)
    end = max(lay.hits.end_at(list_id, at) for list_id in lists)
    return lay.low[at:end] if end > at else None


def _running_total(lay: Layout, prev: Observation, spot: Spot) -> bool:
    """`Trong tháng giới thiệu 05 ĐV ưu tú cho Đảng; lũy kế 14 ĐV`: a clause that holds only a
    running total's words and the figure counts what the clause before it counted, to date."""
    start = spot.clause[0]
    if prev.sentence_id != lay.sentence_index(spot.cand.q.start) or prev.span_end > start:
        return False
    rest = lay.low[start : spot.left]
    said = False
    for words in lay.catalogue.scoring.running_totals:
        if words in rest:
            rest, said = rest.replace(words, " "), True
    return said and not any(c.isalnum() for c in rest)


def _next_in_series(lay: Layout, prev: Observation, spot: Spot) -> bool:
    """`Số CĐCS năm 2022 là 96, năm 2023 là 101`, `năm 2022: 5.742; năm 2023: 6.015`: after
    the figure before it and one comma or semicolon, only another period and a link stand
    before this figure, in the same sentence."""
    start = spot.cand.q_start
    if prev.sentence_id != lay.sentence_index(start):
        return False
    low = lay.low
    sc = lay.catalogue.scoring
    sep = max(low.rfind(c, prev.span_end, start) for c in sc.series_separators)
    if sep < 0 or start - sep > sc.windows["series_label"]:
        return False
    i = bisect.bisect_right(lay.mark_pos, sep)
    if i >= len(lay.marks) or lay.marks[i].pos >= start or lay.marks[i].period == prev.period:
        return False
    label = low[sep + 1 : start].rstrip()
    return any(
        label.endswith(link) and (not link[0].isalpha() or label[: -len(link)].endswith(" "))
        for link in (*sc.label_links, *sc.series_links)
    )


def _change_end(lay: Layout, prev: Observation, spot: Spot) -> bool:
    """The figure is where a change went (`lên`, `xuống còn`) from the observation before it,
    written after `từ` in the same clause: a change, by its verb or a bare `lên`/`xuống`."""
    sc = lay.catalogue.scoring
    assert lay.hits is not None
    return (
        prev.span_start >= spot.clause[0]
        and right_before(lay, sc.change_to, spot.cand.q_start)
        and (
            right_before(lay, sc.change_from, prev.span_start)
            # (past its hedge: `giảm từ hơn 9.000 người đầu nhiệm kỳ xuống còn 7.015 người`)
            or (
                prev.qualifier != "exact"
                and (
                    hedge := _HEDGE_BEFORE.search(
                        lay.low, max(0, prev.span_start - 8), prev.span_start + 1
                    )
                )
                is not None
                and hedge.end() == prev.span_start
                and right_before(lay, sc.change_from, hedge.start())
            )
        )
        and (
            right_before(lay, sc.change_to_alone, spot.cand.q_start)
            or any(
                start >= spot.clause[0]
                for start, _ in lay.hits.ending_between(sc.change_verbs, spot.clause[0], spot.left)
            )
        )
    )


_HEDGE_BEFORE = re.compile(r"(?<=[ \t])[^\W\d_]+[ \t]+(?=\d)")


def _drop_change_start(run: _Run, start: Observation, reason: str) -> None:
    """`Số đoàn viên tăng từ 5.742 người lên 6.015 người`: with no year of its own the level
    a change started from is an earlier one; only where it went is the period's. `Mức hỗ trợ
    được nâng từ 1 triệu đồng lên 2 triệu đồng/trường hợp`: where it went is an amount per
    head, and so was where it started."""
    if start not in run.observations:
        return
    run.observations.remove(start)
    run.last_obs = run.observations[-1] if run.observations else None
    for i in range(len(run.mentions) - 1, -1, -1):
        m = run.mentions[i]
        if m.span_start == start.span_start and m.status == "observation":
            run.mentions[i] = replace(m, indicator=None, status="excluded", reason=reason)
            break


def _bare(lay: Layout, spot: Spot) -> bool:
    """No word follows the figure (`khu vực nhà nước 98, ngoài nhà nước 189)`): far into a
    bracketed breakdown, only such a figure takes the indicator of the one before."""
    rest = lay.low[spot.cand.q.end : spot.cand.q.end + 3].lstrip()
    return not rest[:1].isalpha()


def _money_of_row(run: _Run, cell: Cell, cand: Candidate) -> str | None:
    """The money indicator of the count read before a money cell in its table row, or in the
    row above when this row's label only says money (`| Quà Tết | Suất | 6.845 |` over `| Kinh
    phí | Triệu đồng | 2.738 |`)."""
    if unit_class(cand) != "VND" or cell.role != "done":
        return None
    sc = run.lay.catalogue.scoring
    code = run.row_counts.get(cell.label_end)
    # (the row right above: not one whose count was not read, `| Thăm hỏi ốm đau | Lượt | 300 |`
    # between the gifts and this money)
    above = run.last_count_row == run.rows_seen[0]
    if code is None and above and run.last_row_count[0] == cell.column[0]:
        label = " ".join(cell.label.lower().split()).strip(" :.-")
        if label in run.lay.catalogue.lexicon.phrases(sc.total_money_words):
            code = run.last_row_count[1]
    return sc.money_of.get(code) if code else None


# What opens a breakdown's row label before the breakdown itself (`- Trong đó: nữ`).
_BREAKDOWN_LEAD = re.compile(r"^[\s\-–+*•.:]*(?:(?:trong đó|riêng|gồm|số)\s*:?\s*)?")


def _breakdown_row(run: _Run, cell: Cell, cand: Candidate) -> tuple[str, str] | None:
    """A row whose label names only a breakdown (`- Nữ`, `Trong đó: nữ`, `+ Khu vực HCSN`),
    right under a row whose count was read (or under a sibling breakdown) in the same table:
    that count's indicator and the breakdown. Such rows were read as nothing."""
    lay = run.lay
    if cell.role != "done" or cell.total or cell.indicator is not None:
        return None
    if unit_class(cand) != "count" or run.last_count_row != run.rows_seen[0]:
        return None
    table, code = run.last_row_count
    if table != cell.column[0] or not code:
        return None
    name = _breakdown_of(lay, cell.label)
    only = lay.catalogue.scoring.subgroup_indicators.get(name or "")
    if name is None or (only is not None and code not in only):
        return None
    return code, name


def _breakdown_of(lay: Layout, label: str) -> str | None:
    """The breakdown a row's label names and nothing else (`- Nữ`, `Trong đó: khu vực
    HCSN`), or None."""
    low = _BREAKDOWN_LEAD.sub("", " ".join(label.lower().split())).strip(" :.")
    labels = {low, re.sub(r"^(?:khu vực|khối)\s+", "", low)}  # `Khu vực HCSN`: `hcsn`
    for name, list_id in lay.catalogue.subgroups:
        if labels & set(lay.catalogue.lexicon.phrases(list_id)):
            return name
    return None


def _total_before_items(run: _Run, cell: Cell) -> bool:
    """A total row's figure with no item of its column read yet, in a column that names no
    indicator: it waits for its table's items (`| | Tổng cộng | 3.596 | 1.870.500 |` over the
    rows of kinds of help), then is read as their total."""
    return (
        cell.total
        and cell.role == "done"
        and cell.indicator is None
        and cell.column[0] >= 0
        and run.column_cells.get(cell.column, 0) == 0
    )


def _names_another(run: _Run, cell: Cell, items: str, cand: Candidate) -> bool:
    """A total row whose label names what it counts, another thing than the items in its column
    (`| Tổng số đoàn viên | 12.850 |` over `| Số đoàn viên kết nạp mới | 1.020 |`): the row is
    its own indicator's, and the items are no parts of it. Its money beside a count it names
    (`| Tổng số lượt được hỗ trợ | 3.596 | 1.870 |`) is still the items' total."""
    own = label_indicator(run.lay, cell.label)
    if own is None or own == items or cand.q.unit == "VND":
        return False
    sc = run.lay.catalogue.scoring
    return items not in (sc.money_of.get(own), sc.money_of_mixed)


def _items_above(run: _Run, cell: Cell) -> str | None:
    """The indicator of the figures above a total cell in its column (two cells at least, or
    one under a header that names what the column counts, `Số lượt người`, `Số tiền`): the one they
    were all read as, or, when they are kinds of help (gifts, houses, people helped, and
    their money), the welfare total."""
    seen = run.columns.get(cell.column, [])
    codes = {run.observations[k].indicator for k in seen}
    cells = run.column_cells.get(cell.column, 0)
    if cells < (1 if cell.noun or cell.money else 2) or not codes:
        return None
    if len(codes) == 1 and len(seen) == cells:
        return next(iter(codes))
    sc = run.lay.catalogue.scoring
    money = {*sc.money_of.values(), sc.money_of_mixed}
    if codes <= money:
        return sc.money_of_mixed
    mixed_count = next((c for c, m in sc.money_of.items() if m == sc.money_of_mixed), None)
    return mixed_count if mixed_count and codes <= set(sc.money_of) else None


def _own_predicate(lay: Layout, spot: Spot, ind: Indicator | None, previous: Observation) -> bool:
    """`giới thiệu 120 đoàn viên ưu tú cho Đảng, trong đó 85 đồng chí đã trở thành đảng
    viên`, `lũy kế 14 ĐV, trong đó đã được kết nạp 06 đồng chí`: a figure whose own words
    (after it, or between the figure before it and itself) meet another indicator's
    requirement is that indicator's, not a breakdown of the figure before it."""
    if ind is None or ind.code == previous.indicator:
        return False
    assert lay.hits is not None
    return any(
        all(holds(lay, c, spot, ind, frozenset()) for c in group)
        and (
            any(c.side == "after" for c in group)
            or any(
                c.side == "before"
                and lay.hits.ending_between(c.words, previous.span_end, spot.left)
                for c in group
            )
        )
        for group in ind.requires
    )


# The money told of those a count just named: their care's, their gifts', their houses'
_MONEY_OF_THE_COUNTED = {
    "welfare_value": "welfare_beneficiaries",
    "gift_value": "gifts",
    "union_shelter_value": "union_shelter_houses",
    "initiative_value": "initiatives",
}


def _money_of_those_counted(run: _Run, spot: Spot, code: str) -> bool:
    """`hỗ trợ 1.245 lượt nữ đoàn viên mang thai, sinh con với tổng số tiền 1,87 tỷ đồng`: the
    money of the count before it in its sentence, joined by its money words (`_MONEY_LINK`: no
    stop nor bracket between), is of the same
    breakdown (women, a sector); not of another body's or the public's, read on their own, nor
    of a sum of several counts (`900 lượt đoàn viên nam và 300 lượt nữ đoàn viên, với tổng số
    tiền 500 triệu đồng`, `tặng 200 suất quà và thăm hỏi 320 lượt nữ đoàn viên ..., tổng kinh phí
    300 triệu đồng`)."""
    lay, last = run.lay, run.last_obs
    if (
        last is None
        or last.subgroup in (None, "other_org", "public_relief")
        or "part" in last.flags
        or not _MONEY_LINK.fullmatch(lay.low, last.span_end, spot.cand.q.start)
        or _MONEY_OF_THE_COUNTED.get(code) != last.indicator
        or last.sentence_id != lay.sentence_index(spot.cand.q.start)
        or spot.cand.q.start - last.span_end > _MONEY_OF_THE_COUNTED_REACH
    ):
        return False
    # (the only count of its sentence since a semicolon: not `tặng 200 suất quà và thăm hỏi 320
    # lượt nữ đoàn viên ..., tổng kinh phí 300 triệu đồng`, one sum of two deeds)
    opened = lay.low.rfind(";", 0, last.span_start)
    counts = [
        o
        for o in run.observations
        if o.unit != "VND" and o.sentence_id == last.sentence_id and o.span_start > opened
    ]
    return counts == [last]


_MONEY_OF_THE_COUNTED_REACH = 120  # characters from the count to its money
# What may join a count to its money: words describing those counted, then `với (tổng) số tiền`
# or `trị giá` (not another deed after a comma: `..., đồng thời tổ chức Tết Sum vầy với tổng
# kinh phí`, nor a total raised: `nâng tổng số tiền ... lên`)
_MONEY_LINK = re.compile(
    r"(?:(?!,\s*(?:đồng thời|và|tổ chức|trao|tặng|chi|hỗ trợ|thăm|xây|nâng)\b)"
    r"(?:[^;.()]|(?<=\d)\.(?=\d)))*?"
    r"(?:,\s*)?(?:(?:với\s+)?(?:tổng\s+)?(?:số\s+tiền|kinh\s+phí)|(?:tổng\s+)?trị\s+giá"
    r"|(?:(?:với\s+)?(?:tổng\s+)?giá\s+trị\s+)?làm\s+lợi)"  # (`..., làm lợi 42 tỷ đồng`)
    r"(?:\s+(?:là|hơn|trên|gần|khoảng|ngót|lên\s+đến))*\s*"
)


def _money_of_a_part(lay: Layout, last: Observation | None, spot: Spot) -> bool:
    """`trong đó LĐLĐ huyện trao 320 suất quà trị giá 160 triệu đồng`: the money of a part,
    in its clause, is a part too."""
    return (
        last is not None
        and "part" in last.flags
        and spot.cand.q.unit == "VND"
        and last.unit != "VND"
        and lay.clause(last.span_start)[0] == spot.clause[0]
        and ")" not in lay.low[last.span_end : spot.cand.q.start]  # `(gồm ...) với tổng ...`
    )


def _part_names_another_stock(lay: Layout, spot: Spot, prev: Observation) -> str | None:
    """The stock a part's label names, another than its whole's, right after the part's word
    and before a link (`..., trong đó đoàn viên CĐ là hơn 91.000 người`), or None."""
    sc = lay.catalogue.scoring
    if prev.indicator not in sc.stock_indicators or prev.sentence_id != lay.sentence_index(
        spot.cand.q.start
    ):
        return None
    assert lay.hits is not None
    opened = lay.hits.ending_between(sc.part_words, spot.left - _PART_LABEL_REACH, spot.left)
    if not opened or lay.digit_between(opened[-1][1], spot.left):
        return None
    label = lay.low[opened[-1][1] : spot.left].rstrip()
    linked = False
    label_end = opened[-1][1] + len(label)
    for link in sc.label_links:
        if label.endswith(" " + link) or (not link[0].isalpha() and label.endswith(link)):
            label_end -= len(link)
            linked = True
            break
    # (the noun before the breakdown's own word: `trong đó ĐV nữ: 71.226 người`; with no link
    # only then: `trong đó đoàn viên nữ 1.042`)
    broken_down = False
    for _, words in lay.catalogue.subgroups:
        for start, end in lay.hits.ending_between(words, label_end - 30, label_end):
            if not lay.low[end:label_end].strip():
                label_end = start
                broken_down = True
                break
    if not (linked or broken_down):
        return None
    stocks = [
        i
        for i in lay.catalogue.counted
        if i.unit == "persons" and i.code in sc.stock_indicators and i.code != prev.indicator
    ]
    named = tail_noun(lay, label_end, stocks)
    return named.code if named is not None else None


_PART_LABEL_REACH = 40  # characters from a part's word to its figure, past the stock it names


def _union_named_before(lay: Layout, spot: Spot) -> bool:
    """A union body is named before the figure in its sentence (`các cấp CĐ thủ đô đã giới
    thiệu 28.000 đoàn viên ưu tú`): in another body's report, a union's figure."""
    assert lay.hits is not None
    return bool(
        lay.hits.starting_between(
            lay.catalogue.scoring.union_bodies, spot.sentence[0], spot.cand.q_start
        )
    )


def _part_opens_sentence(lay: Layout, spot: Spot, prev: Observation) -> bool:
    """`... 640 đoàn viên được kết nạp vào Đảng. Trong đó, 215 người là công nhân ...`: a sentence
    opened by a part's word goes on with the figure that ended the sentence before it."""
    if prev.sentence_id != lay.sentence_index(spot.cand.q.start) - 1:
        return False
    assert lay.hits is not None
    opening = lay.hits.end_at(
        lay.catalogue.scoring.part_words, skip_spaces(lay.low, spot.sentence[0], 3)
    )
    if opening > 0 and not lay.digit_between(opening, spot.cand.q_start):
        return True
    # ... or by the whole's name, its noun the figure's (`1.450 đoàn viên. Trong số đoàn viên
    # mới, có 820 nữ`)
    lead, comma = part_lead_in(lay, spot.sentence[0])
    return (
        lead >= 0 and comma <= spot.cand.q_start and lead_in_names(lay, lead, comma, prev.indicator)
    )


def _part_of_other_org(lay: Layout, last: Observation, spot: Spot) -> bool:
    """`các cấp bộ Đoàn đã giới thiệu 9.000 đoàn viên ưu tú, trong đó có 4.100 đoàn viên đã
    được kết nạp`: a part of another body's figure, no body named after the part's
    word, is that body's too."""
    if last.subgroup != "other_org" or last.sentence_id != lay.sentence_index(spot.cand.q.start):
        return False
    assert lay.hits is not None
    words = lay.hits.ending_between(
        lay.catalogue.scoring.part_words, last.span_end, spot.cand.q_start
    )
    return bool(words) and lay.low[words[-1][1] : spot.cand.q_start].strip() in ("", "có", "là")


def _continues_other_org(lay: Layout, last: Observation, start: int) -> bool:
    """`cả nước đã chăm lo cho hơn 3,4 triệu lượt ... với tổng kinh phí trên 1.800 tỷ đồng`:
    the figures that follow another body's figure in its sentence are that body's too,
    until the sentence turns back to the report's own (`;`, the catalogue's
    `own_again_words`: `riêng`, `toàn tỉnh`)."""
    if last.subgroup != "other_org" or last.sentence_id != lay.sentence_index(start):
        return False
    if ";" in lay.low[last.span_end : start]:
        return False
    if _shares_in_a_bracket(lay, last) and ")" in lay.low[last.span_end : start]:
        return False  # (`đã chi 3,5 tỷ đồng (trong đó Tổng LĐLĐ hỗ trợ 2 tỷ đồng) thăm hỏi ...`;
        # not an aside on the doer: `UBND tỉnh (hỗ trợ 2 tỷ đồng) đã trao 4.000 suất quà`)
    assert lay.hits is not None
    sc = lay.catalogue.scoring
    if lay.hits.starting_between(sc.own_again_words, last.span_end, start):
        return False
    comma = lay.low.rfind(",", last.span_end, start)
    if comma >= 0:
        opening = skip_spaces(lay.low, comma + 1, 2)
        for board in sc.union_boards:  # (`Ban chấp hành Công đoàn trao thêm ...`)
            if lay.low.startswith(board + " ", opening):
                opening += len(board) + 1
                break
        if lay.hits.end_at(sc.union_bodies, opening) > 0:
            return False  # (a union opening the next clause: `Nhà máy đã tặng 100 phần quà, Công
        # đoàn nhà máy trao thêm 50 suất quà`)
        if _ITS_OWN_DOER.match(lay.low, opening, start):
            return False  # (another giver of a share: `trong đó Tổng LĐLĐ hỗ trợ 1,5 tỷ đồng,
            # Quỹ “Mái ấm Công đoàn” tỉnh hỗ trợ 625 triệu đồng`)
    own = sc.own_body_names.get(lay.org_level or "")
    return own is None or not lay.hits.starting_between(own, last.span_end, start)


# A clause that names its own giver, then the giving right before its figure.
_ITS_OWN_DOER = re.compile(
    r"(?!(?:và|đồng thời|còn|cũng|đã|với|trong đó|riêng)\b)[^\W\d_][^,;()\d]{2,60}?[ \t]+"
    r"(?:đã[ \t]+)?(?:hỗ trợ|trao tặng|trao|tặng|đóng góp|ủng hộ)[ \t]*$"
)


def _joined_union(lay: Layout, spot: Spot, found: Heads) -> Verdict | None:
    """`trong đó 2.150 người đã gia nhập công đoàn`: people counted, then the words that make
    them members, are members (the words themselves are not a veto; the words before the
    number still are: `vận động, kết nạp 300 NLĐ gia nhập công đoàn` is admissions)."""
    if not any(i.unit == "persons" for i in found.after):
        return None  # the noun counts people (it may name an award's count too)
    joined = joined_union(lay, found.end)
    if joined is None:
        return None
    ind, end = joined
    if not accepts(lay, ind, replace(spot, right=end), found.label, inherited=True):
        return None
    return Verdict(ind, "classified", lay.catalogue.scoring.head, 0.0, ("joined_union",))


_IN_A_TIME = re.compile(r"[ \t]+(?:trong|từ|kể[ \t]+từ|mới|thêm)\b")


def _units_with_a_union(lay: Layout, spot: Spot, found: Heads) -> Verdict | None:
    """`95 DN đã có tổ chức CĐ`: units counted, then the words that give each a union, are
    grassroots unions (the indicator's vetoes still hold)."""
    if any(i.unit != "count" for i in found.after):
        return None
    sc = lay.catalogue.scoring
    assert lay.hits is not None
    after = skip_spaces(lay.low, found.end, 2)
    end = lay.hits.end_at(sc.with_a_union, after)
    if end < 0 and right_before(lay, sc.workforce_pair_links, spot.cand.q_start):
        # (`hiện có 412 DN đã thành lập CĐCS`; not founded in a stretch of time, new ones: `... đã
        # thành lập CĐCS trong 6 tháng đầu năm`)
        end = lay.hits.end_at(sc.with_a_union_founded, after)
        if end > 0 and _IN_A_TIME.match(lay.low, end):
            return None
    if end < 0:
        return None
    ind = next(i for i in lay.catalogue.indicators if i.code == sc.with_a_union_means)
    if not accepts(lay, ind, replace(spot, right=end), found.label, inherited=True):
        return None
    return Verdict(ind, "classified", sc.head, 0.0, ("with_a_union",))


_ONE_IN_DIGITS = re.compile(r"0*1 ")


def _counts_people(found: Heads) -> bool:
    return any(i.unit == "persons" for i in found.after)


def _one_gift_each(
    lay: Layout, spot: Spot, verdict: Verdict, found: Heads | None
) -> Verdict | None:
    """`thăm 64 công nhân ốm nặng, mỗi người được nhận 01 suất quà`: people, each given
    one gift, are the count of gifts (the spec counts `suất quà, phần quà`)."""
    rule = lay.catalogue.scoring.one_gift_each
    if lay.hits is None:
        return None
    hi = min(spot.right + rule.within, spot.sentence[1])
    for _, end in lay.hits.starting_between(rule.each, spot.right, hi):
        at = skip_spaces(lay.low, end, 2)
        linked = lay.hits.end_at(rule.linking, at)
        if linked > 0:
            at = skip_spaces(lay.low, linked, 2)
        one = _ONE_IN_DIGITS.match(lay.low, at)
        if one is not None:
            at = one.end()
        elif not lay.low.startswith("một", at):
            continue  # one gift each: `một suất quà`, or the noun after `1`/`01`
        if lay.hits.end_at(rule.gift, at) < 0:
            continue
        ind = next(i for i in lay.catalogue.indicators if i.code == rule.means)
        if not accepts(lay, ind, spot, found.label if found else frozenset(), inherited=True):
            return None
        evidence = (*verdict.evidence, "one_gift_each")
        return Verdict(ind, "classified", max(verdict.score, 1.0), 0.0, evidence)
    if _children_given_gifts(lay, spot):
        ind = next(i for i in lay.catalogue.indicators if i.code == rule.means)
        if accepts(lay, ind, spot, found.label if found else frozenset(), inherited=True):
            evidence = (*verdict.evidence, "children_given_gifts")
            return Verdict(ind, "classified", max(verdict.score, 1.0), 0.0, evidence)
    return None


def _one_gift_of_a_portion(lay: Layout, spot: Spot) -> bool:
    """`được tặng 800.000 đồng tiền mặt cùng 1 phần quà`: one gift, what each one got beside
    money (a `portion` word before it in its sentence), is no count of gifts."""
    rule = lay.catalogue.scoring.one_gift_each
    assert lay.hits is not None
    if spot.cand.q.value != 1:
        return False
    lo = max(spot.sentence[0], spot.left - rule.deed_within)
    hi = min(spot.clause[1], spot.right + rule.deed_within)
    # (... or after it: `1 phần quà và 1 triệu đồng tiền mặt cho 45 đoàn viên`, `1 phần quà
    # cho mỗi đoàn viên nữ`)
    return bool(
        lay.hits.ending_between(rule.portion, lo, spot.left)
        or lay.hits.starting_between(rule.portion, spot.right, hi)
    )


_DAY_MONTH = re.compile(r"\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?")  # `ngày 1/6`, `20/10`
# ... nor a gift's worth (`trị giá 500.000 đồng/suất`)
_PER_GIFT = re.compile(r"\d[\d.,]*\s*(?:nghìn|ngàn|triệu)?\s*(?:đồng|đ)\b(?:\s*/\s*\w+)?")


def _children_given_gifts(lay: Layout, spot: Spot) -> bool:
    """`tặng quà Trung thu cho 120 cháu là con đoàn viên`: children given gifts are
    counted by them, one each, unless other care is named with them
    (`thăm hỏi, tặng quà cho 1.042 CNVCLĐ` are people cared for)."""
    rule = lay.catalogue.scoring.one_gift_each
    hits = lay.hits
    assert hits is not None
    if hits.end_at(rule.children, skip_spaces(lay.low, spot.right, 2)) < 0:
        return False
    lo = max(spot.sentence[0], spot.left - rule.deed_within)
    deeds = hits.ending_between(rule.gift_deeds, lo, spot.left)
    if not deeds or ";" in lay.low[deeds[-1][1] : spot.left]:
        return False
    between = _PER_GIFT.sub(" ", _DAY_MONTH.sub(" ", lay.low[deeds[-1][1] : spot.left]))
    if any(c.isdigit() for c in between):
        return False  # (another figure between, its own deed: `... và tuyên dương 30 em`)
    care_from = max(spot.sentence[0], deeds[-1][0] - rule.deed_within)
    return not hits.starting_between(rule.other_care, care_from, spot.left)


def _one_house_each(
    lay: Layout, spot: Spot, verdict: Verdict, found: Heads | None, built: bool = True
) -> Verdict | None:
    """`3 đoàn viên ... được trao Mái ấm Công đoàn`: people given a house (a giving or
    building word right before it) in the same clause, with no other figure from the house
    to them (`trao 6 Mái ấm cho 6 đoàn viên` counts the houses itself), are the houses.
    `built`: a building named after the people (`3 đoàn viên xây nhà`) tells it too (not for
    people no care word claimed)."""
    rule = lay.catalogue.scoring.one_house_each
    if lay.hits is None:
        return None
    lo = max(spot.left - rule.within, spot.clause[0])
    hi = min(spot.right + rule.within, spot.clause[1])
    near = [
        *lay.hits.ending_between(rule.house, lo, spot.left),
        *lay.hits.starting_between(rule.house, spot.right, hi),
    ]
    for start, end in near:
        if not built and lay.hits.ending_between(rule.undone, spot.clause[0], start):
            continue  # (`lập danh sách 30 đoàn viên ... để xây Mái ấm`: people no care claimed)
        a, b = (start - _HOUSE_COUNT_REACH, spot.left) if end <= spot.left else (spot.right, end)
        # (a comma before the house is the building's words: `xây, sửa chữa Mái ấm`)
        if any(c in ",;" for c in lay.low[max(a, start) if end <= spot.left else a : b]) or (
            lay.digit_between(a, b)
            and any(c.isdigit() for c in _ROUND_OR_YEAR.sub(" ", lay.low[a:b]))
        ):
            continue  # (`trao Mái ấm Công đoàn đợt 2 năm 2021 cho 27 đoàn viên`: no count)
        if not right_before(lay, rule.given, start, " \t“”\"'‘’"):
            continue  # (`xây dựng “Mái ấm Công đoàn” cho 84 đoàn viên`: the name quoted)
        if (
            end > spot.left
            and (helped := lay.hits.starting_between(rule.helpers, spot.right, start))
            and not _GIVEN_WORD.search(lay.low, spot.right, helped[0][0])
        ):
            continue  # (`30 cán bộ góp ngày công xây Mái ấm`: the builders, not `4 đoàn viên được
            # đồng nghiệp góp sức xây`)
        return _houses(lay, verdict)
    if not built:
        return None  # (`Quỹ CEP cho 60 hộ vay vốn để xây mới nhà ở`: no care, no house named)
    # right after the people's noun (`3 đoàn viên xây nhà`), or further on in a sentence that
    # names the house (`Mái ấm Công đoàn: hỗ trợ 01 đoàn viên có hoàn cảnh khó khăn sửa chữa
    # nhà ở`, `5 giáo viên được hỗ trợ 40 triệu đồng/người để xây nhà “Mái ấm Công đoàn”`:
    # what each one got is no other figure)
    # (the name before the people, counting no houses of its own, no other figure or deed
    # between; or right after the building)
    named = any(
        not lay.digit_between(start - _HOUSE_COUNT_REACH, spot.left)
        and " và " not in lay.low[end : spot.left]
        for start, end in lay.hits.ending_between(rule.house, spot.sentence[0], spot.left)
    )
    for start, end in lay.hits.starting_between(
        rule.built, spot.right, min(spot.right + _BUILT_REACH_NAMED, spot.sentence[1])
    ):
        between = lay.low[spot.right : start]
        if lay.hits.starting_between(rule.others, end, end + _NAME_AFTER_BUILT):
            continue  # (`được trao nhà đại đoàn kết`: another programme's house)
        if named or lay.hits.starting_between(rule.house, end, end + _NAME_AFTER_BUILT):
            between = _EACH_ONES.sub(" ", between)
        elif start > spot.right + _BUILT_REACH and not (
            len(_HELPED_TO.sub("", between)) <= _BUILT_REACH
            and lay.hits.ending_between(
                rule.house, lay.low.rfind("\n", 0, spot.left) + 1, spot.left
            )
        ):
            # (past their being helped where the paragraph names the house: `3. Về nhà “Mái ấm
            # Công đoàn”: ... 27 đoàn viên được hỗ trợ xây mới, sửa chữa nhà ở`)
            continue
        if not any(c.isdigit() or c in ",;" for c in between) and not _another_deed(
            lay, spot.right, start
        ):
            return _houses(lay, verdict)
    return None


def _given_the_houses(run: _Run, spot: Spot) -> bool:
    """`trao 2 “Mái ấm Công đoàn” cho 2 đoàn viên`: the people the houses just counted went to,
    right after `cho` in their clause, no other figure or deed between, are the houses' (the
    real set counts the houses only), not care of their own."""
    lay = run.lay
    houses = lay.catalogue.scoring.one_house_each
    money = lay.catalogue.scoring.house_money.means
    # (past what they cost: `trao 2 Mái ấm Công đoàn trị giá 100 triệu đồng cho 2 đoàn viên`)
    told = [o for o in run.observations[-2:] if o.span_start >= spot.clause[0]]
    last_end = told[-1].span_end if told else -1
    if told and told[-1].indicator == money:
        told.pop()
    prev = told[-1] if told else None
    return (
        prev is not None
        and prev.indicator == houses.means
        and not lay.digit_between(last_end, spot.cand.q_start)
        and not any(c in ",;" for c in lay.low[prev.span_end : spot.left])
        and right_before(lay, lay.catalogue.scoring.for_whom_before, spot.cand.q_start)
        and not _another_deed(lay, prev.span_end, spot.left)
        and not lay.hits.starting_between(
            lay.catalogue.scoring.house_money.other_care, prev.span_end, spot.left
        )
    )


def _another_deed(lay: Layout, lo: int, hi: int) -> bool:
    """`và` joining another deed (`... ốm đau và hỗ trợ sửa chữa nhà ở`, `... khó khăn và
    Chương trình “Tấm lòng vàng” hỗ trợ`), not a name's own (`tại Sở Tài nguyên và Môi trường
    sửa chữa nhà ở`: capitals either side of it)."""
    k = lay.low.find(" và ", lo, hi)
    while k >= 0:
        before = lay.text[max(lo, k - _NAME_WORDS_BEFORE) : k].split()[-2:]
        if not (lay.text[k + 4 : k + 5].isupper() and any(w[:1].isupper() for w in before)):
            return True
        k = lay.low.find(" và ", k + 4, hi)
    return False


_NAME_WORDS_BEFORE = 20  # characters before `và` where a name's capitalised words stand


_BUILT_REACH = 16  # characters from a number past its noun of people (`lượt đoàn viên `)
_BUILT_REACH_NAMED = 100
_HELPED_TO = re.compile(
    r"[ \t]+(?:đã[ \t]+)?được(?:[ \t]+(?:hỗ[ \t]+trợ|giúp[ \t]+đỡ|giúp))?[ \t]*$"
)
_NAME_AFTER_BUILT = 12  # `xây nhà “Mái ấm Công đoàn”`
_EACH_ONES = re.compile(
    r"\d[\d.,]*\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)?\s*(?:đồng|đ)?\s*/\s*(?:người|trường hợp|hộ|căn)\b"
)


def _houses(lay: Layout, verdict: Verdict) -> Verdict:
    rule = lay.catalogue.scoring.one_house_each
    ind = next(i for i in lay.catalogue.indicators if i.code == rule.means)
    evidence = (*verdict.evidence, "one_house_each")
    return Verdict(ind, "classified", max(verdict.score, 1.0), 0.0, evidence)


_HOUSE_COUNT_REACH = 12  # `6 căn Mái ấm`: a count written right before the house
_GIVEN_WORD = re.compile(r"\bđược\b")
_ROUND_OR_YEAR = re.compile(r"\b(?:năm|đợt|lần|giai đoạn|quý|tháng)\s+\d[\d/.-]*")


_SPAN = re.compile(r"((?:19|20)\d{2})-((?:19|20)\d{2})")


def _stock_at_span_end(period: str) -> str:
    """A stock counted in a span of years (`Nhiệm kỳ 2008-2013, ... hơn 52.000 đoàn viên`) is
    counted at its end; a school year (`2023-2024`) is the stock's own period."""
    m = _SPAN.fullmatch(period)
    return m.group(2) if m and int(m.group(2)) - int(m.group(1)) > 1 else period


_PART_OF_YEAR = re.compile(r"((?:19|20)\d{2})-(?:H[12]|Q[1-4])")


def _stock_of_the_year(period: str) -> str:
    """A stock counted in a part of the year (`6 tháng đầu năm ... hiện có 1.318 CĐCS`, `tính
    đến 30/6/2024`) is the count of the report's year: a stock has no half-year (real README:
    a stock stated as `hiện có` takes the report's year)."""
    m = _PART_OF_YEAR.fullmatch(period)
    return m.group(1) if m else period


def _stock_at_the_congress(lay: Layout, period: str) -> str:
    """A stock told as of now in news of a congress that reviews the term ending the year
    before the one it opens (`Đại hội ... nhiệm kỳ 2023-2028. Hiện CĐCS có 812 đoàn viên.
    Nhiệm kỳ 2017-2022, ...`) is the count at the congress, in the first year of the new term."""
    term = _SPAN.fullmatch(lay.doc_period or "")
    if term is None or period != term.group(2):
        return period
    following = str(int(term.group(2)) + 1)
    if lay.published is not None and str(lay.published.year) != following:
        return period  # (a congress held in the term's last year: `20/10/2022`, its stock 2022)
    opened = _TERM_OPENED.search(lay.low, 0, _CONGRESS_HEAD)
    return following if opened is not None and opened.group(1) == following else period


_TERM_OPENED = re.compile(r"nhiệm\s+kỳ\s+((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d")
_CONGRESS_HEAD = 600  # characters of a congress item's head where the term it opens is named


def _stock_when_written(period: str, published: dt.date | None) -> str:
    """A stock told as of now in a text published well after the year it reports on (a news
    item of May 2013 about 2012: `Công ty có 194 CBCNV`) is the count of the year written."""
    if published is None or not period.isdigit():
        return period
    late = months_after(int(period), published) > WRITTEN_AFTER_MONTHS
    return str(published.year) if late else period


def _observe(
    run: _Run,
    spot: Spot,
    verdict: Verdict,
    found: Heads | None,
    target: float | None,
    period: str | None = None,
    breakdown: str | None = None,
) -> None:
    lay = run.lay
    ind = verdict.indicator
    assert ind is not None
    cand, q = spot.cand, spot.cand.q
    flags = list(q.flags)
    low, high = ind.plausible
    if not low <= q.value <= high or not whole_if_counted(ind.unit, q.value):
        flags.append("out_of_range")
    if target is not None and not low <= target <= high:
        # (a rate's row of a table of plans gives the units planned to hold it, no target:
        # `| ... tổ chức Hội nghị NLĐ | 420 | 407 | 96,9% |`)
        target = None
    last = run.last_obs
    the_period, present = (period, False) if period else lay.dated(q.start, q.end)
    if period is None and (done := done_in_a_later_year(lay, q.start)) is not None:
        the_period, present = done, False  # (a later year's event told done by the item's day)
    if present and "breakdown" in verdict.evidence:
        # `Quý I/2023, ... thăm hỏi 320 lượt ... . Trong đó, 210 lượt ... là lao động nữ`: a part
        # told with no period of its own is of its whole's, in its sentence or the one before
        here = lay.sentence_index(q.start)
        whole = next(
            (
                o
                for o in reversed(run.observations)
                if o.indicator == ind.code
                and o.subgroup is None
                and "part" not in o.flags
                and not _in_a_bracket(lay, o)
            ),
            None,
        )
        if whole is not None and whole.sentence_id >= here - 1:
            the_period, present = whole.period, False
    if ind.code in lay.catalogue.scoring.stock_indicators:
        the_period = _stock_of_the_year(_stock_at_span_end(the_period))
        if present:
            the_period = _stock_when_written(the_period, lay.published)
            the_period = _stock_at_the_congress(lay, the_period)
    # `kết nạp 312 đoàn viên (cùng kỳ năm 2023 kết nạp 280)`: another period's figure is
    # compared, not a part
    same_period = last is None or last.period == the_period
    opened = lay.low.rfind("(", lay.sentence(q.start)[0], q.start)
    if same_period and opened >= 0 and ")" not in lay.low[opened : q.start]:
        # `17,2 tỷ đồng, cao hơn năm trước (24.115 lượt, 14,9 tỷ đồng)`: compared with the
        # figure before the bracket, whose period it does not share
        before = next((o for o in reversed(run.observations) if o.span_end <= opened), None)
        same_period = before is None or before.period == the_period
    if (
        same_period
        and "part_named" not in verdict.evidence  # (a stock of its own, not the whole's part)
        and (
            is_part(lay, spot, "bracket_reach")
            or _money_of_a_part(lay, last, spot)
            # (the next share of an amount, however far from the part word: `trong đó LĐLĐ
            # tỉnh hỗ trợ 50 triệu đồng, LĐLĐ huyện 20 triệu đồng, Công đoàn trường 10 ...`)
            or ("breakdown" in verdict.evidence and run.last_share[1] == q.end)
        )
    ):
        flags.append("part")
    if the_period.isdigit() and lay.in_part_year(q.start, the_period):
        flags.append("part_year")
    if "part" not in flags and lay.in_one_month(q.start):
        flags.append("part")
    run.previous = (q.end if found is None else max(q.end, found.end), ind)
    sub = breakdown or subgroup(lay, spot, found.end if found else q.end)
    if (
        sub == "other_org"
        and _given_only_by_the_body_named(lay, spot, ind.code)
        # (not the whole country's: `Trên phạm vi cả nước, ... Tổng LĐLĐ Việt Nam đã tặng`)
        and (lay.org_level in NATIONWIDE or not the_nation_opens_the_sentence(lay, spot))
    ):
        sub = None
    if sub is None and "part" in flags:
        sub = _sector_of_the_part(lay, q.end)
    if sub in lay.catalogue.scoring.population_subgroups.get(ind.code, ()):
        sub = None  # (the indicator's whole population: `cơ quan hành chính` hold Hội nghị CBCCVC)
    if ind.code not in lay.catalogue.scoring.subgroup_indicators.get(sub or "", (ind.code,)):
        sub = None  # (a breakdown of another indicator's: only agreements are in force)
    stocks = lay.catalogue.scoring.stock_indicators
    # (the pair a part's stock opens, its units' kind named after them: `trong đó 29 CĐCS doanh
    # nghiệp ngoài nhà nước với 2.316 đoàn viên`)
    paired = (
        last is not None
        and "part" in last.flags
        and _PAIRED_WITH.fullmatch(lay.low, last.span_end, q.start) is not None
    )
    if (
        sub is None
        and last is not None
        and last.indicator in stocks
        and ("list_of_stocks" in verdict.evidence or paired)
        and ")" not in lay.low[last.span_end : q.start]  # the list resumes after a breakdown
        and (paired or not _breakdown_of_the_whole(run, last, q.start))
        # (nor the next item of the same kind: `gồm 97 CĐCS khu vực hành chính sự nghiệp và 117
        # CĐCS doanh nghiệp`; its pair's is: `135 CĐCS khu vực doanh nghiệp với 8.692 đoàn viên`)
        and not (ind.code == last.indicator and _breakdown_named_after(run, last, q.start))
    ):
        # `Khu vực ngoài nhà nước có 842 CĐCS với 96.215 đoàn viên` (not past its own sector named
        # after it: `71 CĐCS khu vực hành chính sự nghiệp với 3.208 đoàn viên và 41 CĐCS doanh
        # nghiệp với 11.149 đoàn viên`)
        sub = _sector_of_the_part(lay, q.end) or _sector_named_between(run, last, q.start, ind.code)
    if sub is None and last is not None and _continues_other_org(lay, last, q.start):
        sub = "other_org"
    if sub is None and _money_of_those_counted(run, spot, ind.code):
        assert last is not None
        sub = last.subgroup  # `1.245 lượt nữ đoàn viên ... với tổng số tiền 1,87 tỷ đồng`
    if sub is None and "part" in flags and last is not None and _part_of_other_org(lay, last, spot):
        sub = "other_org"
    if (
        sub in (None, "other_org")
        and ind.code in lay.catalogue.scoring.public_relief.indicators
        and (helped := public_relief(lay, spot))
        and (sub is None or helped == "public")
    ):
        sub = "public_relief"  # `chuyển đến Ủy ban MTTQ tỉnh 70 triệu đồng ... đồng bào`
    if lay.foreign and sub != "public_relief" and not _union_named_before(lay, spot):
        sub = "other_org"  # a report by another body (Tỉnh Đoàn, a Sở): its figures are its own
    obs = Observation(
        doc_id=run.doc_id,
        indicator=ind.code,
        value=q.value,
        unit=ind.unit,
        qualifier=q.qualifier,
        target=target,
        period=the_period,
        subgroup=sub,
        quote=_quote(
            lay.text, q.start, q.end, *spot.clause, lay.catalogue.scoring.windows["quote"]
        ),
        span_start=q.start,
        span_end=q.start + len(cand.number_text) if q.unit is None and q.high is None else q.end,
        low=q.low,
        high=q.high,
        flags=tuple(flags),
        sentence_id=lay.sentence_index(q.start),
        score=verdict.score,
        runner_up=verdict.runner_up,
        evidence=verdict.evidence,
    )
    run.last_obs = obs
    if obs.low is not None and obs.high is not None:
        # `từ 3,5 đến 3,7 triệu đồng`: two statements, at least the low end, at most the high.
        run.observations.append(replace(obs, value=obs.low, qualifier="over"))
        run.observations.append(replace(obs, value=obs.high, qualifier="under"))
    else:
        run.observations.append(obs)


def _quote(text: str, start: int, end: int, c_start: int, c_end: int, reach: int) -> str:
    """The words around a number inside its clause: the provenance analysts read."""
    left = max(c_start, start - reach)
    right = min(c_end, end + reach)
    if left > c_start:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < c_end:
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    return text[left:right].strip(" ;,\n")


def _deduplicate(observations: list[Observation], run: _Run) -> list[Observation]:
    """A figure restated in the same report is one observation: a statement with no flag
    (not a list item, not a part) wins over a flagged one, then the first; a plain
    qualifier wins over a hedged one; a plan either statement gives is kept (`có 11 sáng
    kiến ...` in prose, `| Sáng kiến ... | 8 | 11 |` in the table of targets after it). The
    restatement's mention says so."""
    kept: dict[tuple[str, float, str, str | None], Observation] = {}
    lots: list[Observation] = []  # the same figure again, another lot (`_another_lot`)
    dropped: set[int] = set()
    # the places each lot of a figure is told of (`tỉnh Lâm Đồng`), the kept statement's first
    places: dict[tuple[str, float, str, str | None], list[set[str]]] = {}
    by_sentence: dict[int, set[str]] = {}  # (read once per sentence: one may be a whole page)
    for obs in observations:
        key = (obs.indicator, round(obs.value, 6), obs.period, obs.subgroup)
        prev = kept.get(key)
        if prev is None:
            kept[key] = obs
            places[key] = [set(_places_of(run.lay, obs.span_start, by_sentence))]
            continue
        named = _places_of(run.lay, obs.span_start, by_sentence)
        if _another_lot(run.lay, prev, obs) or _another_place(named, places[key]):
            # (... or another place's, told in a sentence of its own: `300 triệu đồng giúp đoàn
            # viên huyện Tuy Phước` ... `300 triệu đồng giúp đoàn viên huyện Phù Cát`)
            lots.append(obs)
            places[key].append(set(named))
            continue
        if any(named & told for told in places[key][1:]):
            dropped.add(obs.span_start)  # (a lot of another place, told again)
            continue
        places[key][0] |= named
        exact = "exact" if "exact" in (prev.qualifier, obs.qualifier) else prev.qualifier
        target = prev.target if prev.target is not None else obs.target
        if prev.flags and not obs.flags:
            dropped.add(prev.span_start)
            kept[key] = replace(obs, qualifier=exact, target=obs.target or target)
        else:
            dropped.add(obs.span_start)
            kept[key] = replace(prev, qualifier=exact, target=target)
    if dropped:
        for i, m in enumerate(run.mentions):
            if m.span_start in dropped and m.status == "observation":
                run.mentions[i] = replace(m, status="excluded", reason="restated")
    return sorted([*kept.values(), *lots], key=lambda o: (o.span_start, o.indicator))


def _another_lot(lay: Layout, first: Observation, second: Observation) -> bool:
    """`trao 04 suất quà cho công nhân ốm đau và 04 suất quà cho công nhân khó khăn`: the
    same figure twice in one sentence, in clauses of their own, counts two lots; a figure
    restated in brackets (`1.200 đoàn viên (1.200 người)`) or elsewhere is one."""
    if first.sentence_id != second.sentence_id or second.span_start <= first.span_end:
        return False
    if "part" in first.flags or "part" in second.flags:
        return False
    between = lay.low[first.span_end : second.span_start]
    if "(" in between or ")" in between:
        return False
    if ";" in between:
        return True  # (each clause its own item: `huyện A thành lập mới 1 CĐCS; huyện B ... 1`)
    if first.value <= 1:
        return False  # (`Trong đó có 1 nhà do ... hỗ trợ, vận động làm 1 nhà lắp ghép`: that one)
    return " và " in between or "," in between


# A place a sentence names (`tỉnh Quảng Trị`, `huyện Ứng Hòa`): its unit word and the words
# after it, of which the capitalised ones that lead are its name.
_PLACE = re.compile(r"(?<!\w)(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã)\s+((?:[^\W\d_]+\s?){1,4})")


def _another_place(named: set[str], told: list[set[str]]) -> bool:
    """A figure's sentence names places, each lot of it so far names others."""
    return bool(named) and all(t and named.isdisjoint(t) for t in told)


def _places_of(lay: Layout, pos: int, seen: dict[int, set[str]]) -> set[str]:
    """The places the sentence at `pos` names (`seen`: those of sentences read already)."""
    start, end = lay.sentence(pos)
    if start not in seen:
        names = (_leading_capitals(m.group(1)) for m in _PLACE.finditer(lay.text, start, end))
        seen[start] = {name for name in names if name}
    return seen[start]


def _leading_capitals(words: str) -> str:
    """The capitalised words that open `words` (`Quảng Trị bị thiệt hại`: `Quảng Trị`)."""
    name = []
    for word in words.split():
        if not word[:1].isupper():
            break
        name.append(word)
    return " ".join(name)


_ROUNDED = 0.25  # how far a title's round figure may stand from the body's exact one
_LEAD_ROUNDED = 0.1  # ... and a lead's hedged figure from the one the item states in full
_HEDGED = {"over": 1, "nearly": -1, "approx": 0}  # the side a hedged figure's exact one is on


def _restated_rounded(observations: list[Observation], run: _Run) -> list[Observation]:
    """`... tổng số 12.931 sáng kiến. ... giá trị làm lợi của gần 13.000 sáng kiến ...`: a round
    figure, hedged, right after the exact one it rounds (same indicator, period and breakdown,
    in its sentence or the one before, on the hedge's side) is that figure restated."""
    dropped: set[int] = set()
    sc = run.lay.catalogue.scoring
    for k, o in enumerate(observations):
        side = _HEDGED.get(o.qualifier)
        if side is None or "part" in o.flags:
            continue
        recap = _opens_on(run.lay, o.span_start, sc.recap_openers) or _in_a_photo_caption(
            run.lay.low, o.span_start
        )
        # (a recap rounds to three digits too: `hơn 18.700 đoàn viên` for 18.756)
        if not (_round(o.value) or (recap and _round(o.value, 3))):
            continue
        for b in reversed(observations[max(0, k - _RESTATED_LOOKBACK) : k]):
            if o.sentence_id - b.sentence_id > 1 and not recap:
                break  # (read back over its sentence and the one before only: no quadratic cost)
            if (
                recap
                and o.sentence_id - b.sentence_id > 1
                and _opens_on(run.lay, b.span_start, sc.part_words)
            ):
                continue  # (`Riêng dịp Tết, ... 1.015 lượt`: a share, not the year's total)
            if (
                b.span_start < o.span_start
                and b.qualifier == "exact"
                and (b.period, b.subgroup) == (o.period, o.subgroup)
                and _rounded(o, b, side)
                # (a recap rounds coarser: `hơn 300` for 318, within its last digit's step)
                and (recap or abs(b.value - o.value) <= _RESTATED_ROUNDING * o.value)
            ):
                dropped.add(o.span_start)
                break
    if not dropped:
        return observations
    for i, m in enumerate(run.mentions):
        if m.span_start in dropped and m.status == "observation":
            run.mentions[i] = replace(m, status="excluded", reason="restated")
    return [o for o in observations if o.span_start not in dropped]


# A bracket that opens on a period and names nothing else: `(năm 2022: 350)`, `(cùng kỳ năm
# 2023 là 211)` (not `(số đoàn viên năm 2022: 95.000)`, `(kế hoạch cả năm 2023 là 3.000)`)
_A_PERIODS_BRACKET = re.compile(
    r"\(\s*(?:năm\s+(?:19|20)\d{2}|cùng\s+kỳ(?:\s+năm\s+(?:19|20)\d{2})?|năm\s+(?:trước|ngoái))"
    r"\s*(?::|là)?\s*$"
)


def _in_a_photo_caption(low: str, pos: int) -> bool:
    """The figure stands on a photo's caption line, led by `Ảnh:` or closed by its credit
    (`... Hơn 2.100 đoàn viên được nhận hỗ trợ đợt này. Ảnh: Hà Nam`, `(Ảnh: CĐ)`): like a
    headline, it restates the body's figures, rounded."""
    start = low.rfind("\n", 0, pos) + 1
    end = low.find("\n", pos)
    end = len(low) if end < 0 else end
    if _PHOTO_CAPTION.match(low, start) is not None:
        return True
    return end - start <= _CAPTION_CHARS and _PHOTO_CREDIT.search(low, start, end) is not None


_PHOTO_CAPTION = re.compile(
    r"[ \t]*\(?(?:ảnh|ảnh minh họa|hình ảnh|photo)(?:[ \t]*\d+)?[ \t]*[:–-]"
)
_PHOTO_CREDIT = re.compile(r"[.(][ \t]*ảnh[ \t]*:[^.\n]{1,40}\)?[ \t.]*$")
_CAPTION_CHARS = 300  # longer, a paragraph that closes on a photo's credit


def _opens_on(lay: Layout, pos: int, list_id: int) -> bool:
    """The sentence at `pos` opens on a phrase of the list: a recap word (`Tóm lại,`, `Như
    vậy,`: it sums up the figures told before it), a part word (`Riêng dịp Tết, ...`)."""
    start = lay.sentence(pos)[0]
    while start < pos and not lay.low[start].isalpha():
        start += 1
    assert lay.hits is not None
    return lay.hits.end_at(list_id, start) > 0


_RESTATED_ROUNDING = 0.05  # how far a figure restated in round words may stand from the exact
_RESTATED_LOOKBACK = 50  # observations read back for the exact figure a round one restates


def _round(value: float, digits: int = 2) -> bool:
    """Written round: all its digits but the first two (or `digits`) are zeros (`13.000`,
    `2.500`, `150`)."""
    whole = int(value)
    return whole == value and whole >= 10**digits and whole % 10 ** (len(str(whole)) - digits) == 0


def _restated_in_title(
    lay: Layout, observations: list[Observation], run: _Run
) -> list[Observation]:
    """A figure in the title that the body states too (the same amount, or the same indicator
    rounded: `hơn 30 nghìn` for `30.215`) is the body's figure told in short: the body's
    statement is the observation. A different figure of the same indicator in the body (a
    part, another year) leaves the title's standing. An item's lead sentence (`LĐLĐ tỉnh X:
    Kết nạp gần 1.900 đoàn viên mới.`) may be its title or its first fact: only a hedged
    figure there, stated in full later in the item, is its title's."""
    start, end = lay.title_start, lay.title_end
    if end <= 0 and not lay.item_leads:
        return observations
    # `Nữ công nhân 9 năm, 12 sáng kiến` over `chị Hà ... đã có 12 sáng kiến`: one person's
    personal = {
        round(m.value, 6) for m in run.mentions if m.reason == "individual" and m.span_start >= end
    }
    body = [o for o in observations if o.span_start >= end]
    kept = []
    order: list[Observation] | None = None  # (the observations by place, for crossheads)
    starts: list[int] = []
    for o in observations:
        reason = None
        if start <= o.span_start < end:
            if round(o.value, 6) in personal:
                reason = "individual"
            elif any(_same_figure(o, b) or (_rounded(o, b) and _told_round(o)) for b in body):
                reason = "restated_in_body"
        elif o.qualifier in _HEDGED:
            lead = next((x for x in lay.item_leads if x[0] <= o.span_start < x[1]), None)
            if lead is not None and any(
                lead[1] <= b.span_start < lead[2]
                and _rounded(o, b, _HEDGED[o.qualifier])
                # (close to it: `gần 3 tỷ đồng` in the lead, a part given later `hơn 2,3 tỷ`; and
                # no part of it: `Trong đó, Quỹ Xã hội Công đoàn hỗ trợ 2,8 tỷ đồng`)
                and abs(b.value - o.value) <= _LEAD_ROUNDED * o.value
                and "part" not in b.flags
                for b in observations
            ):
                reason = "restated_in_body"
        if reason is None and o.qualifier in _HEDGED and _on_a_crosshead(lay.text, o.span_start):
            # a crosshead's round figure (`Hơn 1 nghìn tỉ đồng chăm lo`) over the paragraph that
            # states it in full (`với tổng kinh phí trên 1.060 tỉ đồng`): a heading, like a title
            reach = lay.text.find("\n", o.span_start) + _CROSSHEAD_REACH
            if order is None:  # (sorted once: a page of crossheads reads each one's paragraph)
                order = sorted(observations, key=lambda b: b.span_start)
                starts = [b.span_start for b in order]
            after = bisect.bisect_right(starts, o.span_end)
            within = order[after : min(bisect.bisect_left(starts, reach), after + _CROSSHEAD_READ)]
            if any(
                (b.qualifier == "exact" or not _round(b.value))  # (told in full)
                and (b.period, b.subgroup) == (o.period, o.subgroup)
                and _rounded(o, b, _HEDGED[o.qualifier])
                and abs(b.value - o.value) <= _LEAD_ROUNDED * o.value
                and "part" not in b.flags
                for b in within
            ):
                reason = "restated_in_body"
        if reason is None:
            kept.append(o)
            continue
        for i, m in enumerate(run.mentions):
            if m.span_start == o.span_start and m.status == "observation":
                run.mentions[i] = replace(m, status="excluded", reason=reason)
    return kept


_CROSSHEAD_REACH = 1500  # characters past a crosshead its paragraph may state its figure in
_CROSSHEAD_CHARS = 100  # longer, a line is a paragraph, not a crosshead
_CROSSHEAD_READ = 40  # observations after a crosshead read for the figure it rounds


def _on_a_crosshead(text: str, pos: int) -> bool:
    """The figure stands on a crosshead: a short line of its own between paragraphs, ending on
    no stop (`Hơn 1 nghìn tỉ đồng chăm lo`); not a bullet's item (`- Hơn 1.000 đoàn viên`)."""
    start = text.rfind("\n", max(0, pos - _CROSSHEAD_CHARS - 1), pos) + 1
    end = text.find("\n", pos, pos + _CROSSHEAD_CHARS + 1)
    if start == 0 or end < 0:
        return False  # (no line break in reach: a paragraph's figure, read in bounded time)
    line = text[start:end].strip()
    return (
        len(line) <= _CROSSHEAD_CHARS
        and line[-1:].isalnum()
        and line[:1].isupper()
        and line[:1].isalpha()
    )


def _told_round(title: Observation) -> bool:
    """A title's figure that may round the body's: hedged (`hơn 30 nghìn`) or written round
    (`30.000`); an exact one (`xây mới 34 Mái ấm` over the body's 40 built and repaired) is a
    figure of its own."""
    return title.qualifier != "exact" or _round(title.value)


def _same_figure(title: Observation, body: Observation) -> bool:
    return abs(body.value - title.value) <= 0.005 * abs(title.value)


def _rounded(title: Observation, body: Observation, side: int = 0) -> bool:
    """The body's figure of the same indicator, which the title's rounds (on `side` of it:
    above for `hơn`, below for `gần`, either for none), within one step of its last written
    digit: `gần 9.800` rounds 9.712, not last year's 8.700."""
    gap = body.value - title.value
    return (
        body.indicator == title.indicator
        and abs(gap) <= min(_ROUNDED * abs(title.value), _last_digit_step(title.value))
        and gap * side >= 0
    )


def _last_digit_step(value: float) -> float:
    """What the last non-zero digit of a figure counts (`9.800`: 100; `30.000`: 10.000;
    `5,4`: 0,1)."""
    exponent = Decimal(repr(abs(value))).normalize().as_tuple().exponent
    return 10.0**exponent if isinstance(exponent, int) else 0.0
