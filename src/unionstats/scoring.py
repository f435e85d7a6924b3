"""Decide which indicator, if any, a number measures, from the catalogue's phrases around it.

Vietnamese puts the counted noun right after the numeral (`35 sáng kiến`,
`12 CĐCS`, `328.190 lượt đoàn viên`), or in a label before it (`Số CĐCS: 152`),
so the noun says what kind of thing was counted; the wordings around it
(`thành lập`, `kết nạp`, `làm lợi`, `Mái ấm`) say which indicator. Money and
percentages carry their unit instead of a noun and are told apart by those
wordings alone. Every wording and window is the catalogue's; this module holds
only the grammar, as lookups into the report's phrase hits.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache

from unionstats.candidates import Candidate
from unionstats.catalogue import Catalogue, Condition, Indicator
from unionstats.layout import Layout, ellipsis_goes_on
from unionstats.orgs import words as org_words
from unionstats.places import district_province, find_provinces, province_of, province_spans
from unionstats.respective import respective_anchor
from unionstats.wordsearch import UPPER_LETTERS, alternation

_LABEL_BREAKS = frozenset("0123456789:;.|\n")  # (a label stands on its line)
# `Tổng số đoàn viên toàn tỉnh đến 31/12/2023 là 85.400 người`: a date in a label is no break,
# nor the time it counts (`Số người được kết nạp trong 3 năm qua: 46`, `6 tháng đầu năm`)
# ... nor where a change it tells of started (`Số CĐCS trực thuộc giảm từ 296 xuống còn 288`)
_LABEL_DATE = re.compile(
    r"\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?|(?<!\d)(?:19|20)\d{2}(?!\d)"
    # (... written with dots or dashes, its year with it: `tính đến ngày 30.11.2022 là`)
    r"|(?<![\d.,])\d{1,2}[.-]\d{1,2}[.-](?:19|20)\d{2}(?!\d)"
    r"|(?<=tháng )\d{1,2}[.-](?:19|20)\d{2}(?!\d)"
    r"|(?<![\d.,])\d{1,2}\s+(?:năm|tháng)(?!\w)"
    r"|(?<=từ )\d[\d.,]*(?=\s*$)"
)
_RESTATES_RATE = re.compile(r"\d[\d.,]*\s*%\s*\(\s*$")


# Not frozen: made many times per report (see `numbers.Quantity`).
@dataclass(slots=True)
class Spot:
    """A number and the places that decide what it measures.

    `left` is where phrases before it are measured from (the start of its
    qualifier, or the end of a table row's label), `right` where phrases after
    it are (the end of its unit, or a table row's unit cell). A table row's
    figure also has its label's start (`label`: all the label's words are
    before it, however long) and its unit cell's (`unit`: `cuộc`, `người`, the
    noun it counts).
    """

    cand: Candidate
    left: int
    right: int
    clause: tuple[int, int]
    sentence: tuple[int, int]
    label: int = -1
    unit: int = -1
    floor: int = -1  # nothing before it is the figure's wording (a table group's heading cell)


# Not frozen: made many times per report (see `numbers.Quantity`).
@dataclass(slots=True)
class Verdict:
    """The indicator chosen for a number, or why none was, with the evidence weighed."""

    indicator: Indicator | None
    reason: str
    score: float = 0.0
    runner_up: float = 0.0
    evidence: tuple[str, ...] = ()


# Not frozen: made many times per report (see `numbers.Quantity`).
@dataclass(slots=True)
class Heads:
    """The counted nouns around a number."""

    after: frozenset[Indicator]  # indicators whose noun follows the number
    generic: bool  # the noun after names no particular thing (`người`, `lượt`)
    label: frozenset[Indicator]  # indicators whose noun stands in the label before it
    end: int  # where the noun after ends (the number's end if there is none)


@cache
def _by_head_list(cat: Catalogue) -> dict[int, tuple[Indicator, ...]]:
    out: dict[int, list[Indicator]] = {}
    for ind in cat.counted:
        assert ind.heads is not None
        out.setdefault(ind.heads, []).append(ind)
    return {k: tuple(v) for k, v in out.items()}


def unit_class(cand: Candidate) -> str:
    unit = cand.q.unit
    return unit if unit in ("VND", "VND/person/month", "percent") else "count"


def skip_spaces(low: str, pos: int, limit: int) -> int:
    """Past spaces and opening quotes (`17 “Mái ấm CĐ”`), at most `limit` + 2 characters."""
    end = min(len(low), pos + limit + 2)
    while pos < end and low[pos] in ' \t“"«(':
        pos += 1
    return pos


# A bracketed aside right after a number, between it and its noun: the number spelled out, a
# footnote mark, a change (`1.250 (một nghìn hai trăm năm mươi) đoàn viên`, `1.250[1] đoàn
# viên`, `1.250 (*) đoàn viên`, `1.250 (tăng 10%) đoàn viên`); the noun after it is counted.
_ASIDE = re.compile(r"[ \t]*[(\[][^()\[\]\n]{0,60}[)\]]")


_AND = re.compile(r"(?:và|,)[ \t]+")
_NEXT_FIGURE = re.compile(r"[ \t]+\d[\d.,]*(?=[ \t])")


def _noun_shared_with_the_next(lay: Layout, start: int, pos: int) -> int | None:
    """Where the noun of the next figure stands, when the figure at [start, pos) has none,
    a deed of `shared_noun_deeds` before it, and another after it with that figure (`xây
    mới 6 và sửa chữa 4 nhà`, `thăm hỏi 410, trợ cấp 95 lượt`), else None."""
    assert lay.hits is not None
    m = _AND.match(lay.low, pos)
    if m is None:
        return None
    deeds = next(
        (d for d in lay.catalogue.scoring.shared_noun_deeds
         if lay.hits.ending_between(d, start - 2, start - 1)),
        None,
    )  # fmt: skip
    if deeds is None:
        return None
    deed = lay.hits.end_at(deeds, m.end())
    while deed >= 0 and (more := _AND.match(lay.low, deed)) is not None:
        further = lay.hits.end_at(deeds, more.end())  # (`sửa chữa, nâng cấp 2 nhà`)
        if further < 0:
            break
        deed = further
    if deed < 0:
        return None
    figure = _NEXT_FIGURE.match(lay.low, deed)
    if figure is None:
        return None
    return skip_spaces(lay.low, figure.end(), lay.catalogue.scoring.head_gap)


def heads(lay: Layout, spot: Spot) -> Heads:
    """The counted noun after the number (past modifiers such as `nữ`, `lượt`) and in its label."""
    cat, low, hits = lay.catalogue, lay.low, lay.hits
    assert hits is not None
    sc = cat.scoring
    by_head = _by_head_list(cat)
    pos = skip_spaces(low, spot.right, sc.head_gap)
    if low.startswith(")", pos) and low[
        max(0, spot.cand.q_start - 3) : spot.cand.q_start
    ].rstrip().endswith("("):
        pos = skip_spaces(low, pos + 1, sc.head_gap)  # `hai (02) CĐCS`: the words' figure
    if not any(lid in by_head for lid, _ in hits.lists_at(pos)):
        aside = _ASIDE.match(low, spot.right)
        if aside is not None:  # `1.250 (một nghìn hai trăm năm mươi) đoàn viên`, `1.250[1] ...`
            pos = skip_spaces(low, aside.end(), sc.head_gap)
        elif (shared := _noun_shared_with_the_next(lay, spot.cand.q_start, pos)) is not None:
            pos = shared  # `xây mới 6 và sửa chữa 4 nhà`: the houses built are houses too
    after: set[Indicator] = set()
    end = spot.right
    generic = False
    persons_only = False
    for _ in range(3):
        found = [(lid, e) for lid, e in hits.lists_at(pos) if lid in by_head]
        if persons_only:
            # a noun of people, whatever counts them (`3.600 lượt CNVCLĐ` awarded are awards)
            people = {e for lid, e in found if by_head[lid][0].unit == "persons"}
            found = [(lid, e) for lid, e in found if e in people]
        if found:
            longest = max(e for _, e in found)
            generic_end = hits.end_at(sc.generic_heads, pos)
            generic = generic_end >= longest
            after = {ind for lid, _ in found for ind in by_head[lid]}
            end = longest
            if not generic:
                break
        modifier = hits.end_at(sc.head_modifiers, pos)
        if modifier < 0:
            break
        nxt = skip_spaces(low, modifier, 2)
        if not hits.lists_at(nxt):
            break
        pos = nxt
        persons_only = True  # `nữ`, `lượt` count people: `9.745 lượt bài viết` are not posts
    if not after and spot.unit >= 0 and _whole(spot.cand):
        # a table row's unit cell names what its whole figures count (`Đối thoại định kỳ |
        # cuộc | 4`; its growth column's `5,9` counts no one)
        at = skip_spaces(low, spot.unit, sc.head_gap)
        found = [(lid, e) for lid, e in hits.lists_at(at) if lid in by_head]
        if found:
            after = {ind for lid, _ in found for ind in by_head[lid]}
            generic = hits.end_at(sc.generic_heads, at) >= max(e for _, e in found)
    if (generic and after) or not after:
        named = _noun_after_is(lay, end) or _card_label(lay, spot.cand.q_start, end)
        if named:
            after, generic = named, False  # `4.612 người là đoàn viên`, `28.000 là đoàn viên`
    bare = not after and _bare_count(spot.cand) and _bare_after(low, spot.right)
    # a generic noun of people (`người`) lets the noun written before it name them; one of
    # things (`đơn vị`) does not (`cho người lao động thuộc 9 đơn vị` counts no people)
    unlinked = generic and any(i.unit == "persons" for i in after)
    labels = label_indicators(lay, spot.left, linked=not unlinked, bare=bare, row=spot.label)
    return Heads(frozenset(after), generic, labels, end)


def _label_tells_a_deed(lay: Layout, spot: Spot, ind: Indicator) -> bool:
    """The label names its noun, then what those did or had done (`Số đoàn viên tham gia hội
    thao | 2.500`, `Số CĐCS xếp loại vững mạnh: 150`): read as prose would be with the figure
    right before the noun (`2.500 đoàn viên tham gia hội thao`), a veto after the noun holds
    and the label names no stock of them."""
    assert lay.hits is not None and ind.heads is not None
    link = label_link(lay, spot.left)
    if link < 0:
        return False
    window = lay.catalogue.scoring.label
    line = lay.text.rfind("\n", 0, link) + 1  # (a noun of the line before names no label)
    spans = [s for s in lay.hits.ending_between(ind.heads, link - window, link) if s[0] >= line]
    if not spans:
        return False
    start, end = max(spans, key=lambda span: span[1])  # the noun nearest the link
    if not lay.low[end:link].strip(" :|"):
        return False
    if _RAISED.search(lay.low, end, link):
        return False  # `Tổng số đoàn viên toàn tỉnh được nâng lên 118.630 người`: the level
    mini = replace(
        spot,
        left=end,
        right=end,
        clause=(min(spot.clause[0], start), link),
        sentence=(min(spot.sentence[0], start), link),
        label=-1,
        unit=-1,
    )
    return any(
        len(group) == 1
        and group[0].side == "after"
        and group[0].scope == "clause"
        and holds(lay, group[0], mini, ind, frozenset())
        for group in ind.vetoes
    )


# The total's own verb before its link: raised (`được nâng lên`, `đã tăng lên`), no deed.
_RAISED = re.compile(r"(?<!\w)(?:nâng|tăng)[ \t]+$")
_BARE_END = frozenset(".,;:!?)(\n")
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d")


def _whole(cand: Candidate) -> bool:
    """A figure that may count: whole, and not written with zero decimals (`| 18.936,0 |`)."""
    return float(cand.q.value).is_integer() and _ZERO_DECIMALS.search(cand.number_text) is None


def _bare_count(cand: Candidate) -> bool:
    """A bare figure counts only when whole and no year: `đạt 8,5.` is a rate's or a score's,
    `phát triển đoàn viên mới 2024.` names the year of a plan."""
    return cand.q.value.is_integer() and not _YEAR_WRITTEN.fullmatch(cand.number_text)


def _bare_after(low: str, pos: int) -> bool:
    """No word follows the figure on its clause (`đạt 12.500, tăng 3%`, `1.250.`)."""
    while pos < len(low) and low[pos] in " \t":
        pos += 1
    return pos == len(low) or low[pos] in _BARE_END


@cache
def _copula(cat: Catalogue) -> re.Pattern[str]:
    words = sorted(cat.scoring.copula, key=len, reverse=True)
    return re.compile(r"\s*(?:" + alternation(words) + r")\s+")


@cache
def _card_link(cat: Catalogue) -> re.Pattern[str]:
    words = sorted(cat.scoring.card_links, key=len, reverse=True)
    return re.compile(r"[ \t]*(?:" + alternation(words) + r")[ \t]+")


def _card_label(lay: Layout, start: int, pos: int) -> set[Indicator]:
    """The counted noun of a list item's label after its figure (`• 1.146 số lượt ĐV được
    thăm hỏi`, the dash between read away by cleaning): only for a figure opening its line."""
    m = _card_link(lay.catalogue).match(lay.low, pos)
    if m is None or not _opens_its_line(lay.low, start):
        return set()
    assert lay.hits is not None
    at = m.end()
    modifier = lay.hits.end_at(lay.catalogue.scoring.head_modifiers, at)
    if modifier > 0:
        at = skip_spaces(lay.low, modifier, 2)
    by_head = _by_head_list(lay.catalogue)
    return {ind for lid, _ in lay.hits.lists_at(at) if lid in by_head for ind in by_head[lid]}


def _opens_its_line(low: str, start: int) -> bool:
    """No word stands between the line's start and `start` (read back from `start`: read from
    the line's start, a long line of marks was read again for each of its figures)."""
    i = start
    while i > 0 and (ch := low[i - 1]) != "\n":
        if ch.isalnum() or ch == "_":
            return False
        i -= 1
    return True


def _noun_after_is(lay: Layout, pos: int) -> set[Indicator]:
    """The counted noun written after `là` (`4.612 người là đoàn viên`)."""
    m = _copula(lay.catalogue).match(lay.low, pos)
    if m is None:
        return set()
    by_head = _by_head_list(lay.catalogue)
    assert lay.hits is not None
    return {ind for lid, _ in lay.hits.lists_at(m.end()) if lid in by_head for ind in by_head[lid]}


# (a term is a figure and up to three words: `1.046 suất quà + 15 vé xe + 212 suất tiền =`)
_SUM_TERM = r"\d[\d.,]*(?:[ \t]+[^\W\d_]+(?:\.[^\W\d_]+)?){0,3}[ \t]*"
_SUM_BEFORE = re.compile(rf"(?:{_SUM_TERM}\+[ \t]*)+{_SUM_TERM}=$")


def label_link(lay: Layout, pos: int, past_sum: bool = True, bare: bool = False) -> int:
    """Where the link of a label ends right before `pos` (`Số CĐCS: 152`), or -1; a sum
    written out before its total is passed over (`Quà: 1.046 + 15 + 212 = 1.273 suất`), one
    sum only (`1 + 1 = 2 + 1 = 3 ...`, thousands long, went back through every one). A
    `bare` figure (no word after it) is also linked by a verb (`đạt 12.500.`) or by its
    label's counted noun and a tail right before it (`Kết nạp đoàn viên mới 1.250, đạt
    104%`); the noun alone is too often a name's (`Chuyên đề 1:`, `Bộ luật Lao động 2019.`)."""
    low = lay.low
    if low.startswith("\n", pos) and pos > 0:
        return pos  # (a form's heading over the items of its figures: its line's end links it)
    i = pos
    while i > 0 and low[i - 1] in " \t":
        i -= 1
    sum_end = past_sum and low.endswith("=", 0, i)
    if sum_end and (terms := _SUM_BEFORE.search(low, max(0, i - 120), i)):
        return label_link(lay, terms.start(), past_sum=False)
    sc = lay.catalogue.scoring
    for link in (*sc.label_links, *sc.bare_links) if bare else sc.label_links:
        if low.endswith(link, 0, i):
            start = i - len(link)
            if link[0].isalpha() and start > 0 and low[start - 1].isalpha():
                continue
            return start
    if bare and i < pos and lay.hits is not None:
        by_head = _by_head_list(lay.catalogue)
        for tail in sc.bare_label_tails:
            if low.endswith(" " + tail, 0, i):
                noun_end = i - len(tail) - 1
                if any(lid in by_head for lid, _ in lay.hits.lists_ending_at(noun_end)):
                    return i
        for lid, start in lay.hits.lists_ending_at(i):
            if lid in by_head and any(
                low.endswith(head + " ", 0, start)
                and (start == len(head) + 1 or not low[start - len(head) - 2].isalpha())
                for head in sc.bare_label_heads
            ):
                return i
    return -1


def label_indicators(
    lay: Layout, pos: int, linked: bool = True, bare: bool = False, row: int = -1
) -> frozenset[Indicator]:
    """Indicators whose counted noun stands in the label that ends right before `pos`.

    A label ends in a link (`Số CĐCS: 152`, `đoàn viên là 180.000`); when the noun after
    the number is a generic one (`nâng tổng số đoàn viên lên 11.234.567 người`), the noun
    written shortly before it names what was counted, link or not. A table row's label that
    starts at `row` may span cells (`Đoàn viên | Kết nạp mới | 4.100`): its bars break nothing.
    """
    link = label_link(lay, pos, bare=bare)
    breaks = _LABEL_BREAKS
    if link < 0:
        if linked:
            return frozenset()
        link = pos
        breaks = _LABEL_BREAKS | {"/", ",", "\n"}  # with no link, the noun is on its line
    cat, low, hits = lay.catalogue, lay.low, lay.hits
    assert hits is not None
    window = cat.scoring.label
    present = hits.lists_ending_between(link - window, link)
    found: dict[Indicator, int] = {}
    spans: dict[Indicator, list[tuple[int, int]]] = {}
    for ind in cat.counted:
        assert ind.heads is not None
        if ind.heads not in present:
            continue
        for start, end in reversed(hits.ending_between(ind.heads, link - window, link)):
            between = low[end:link]
            if lay.digit_between(end, link):  # (the dates' pattern needs a digit)
                between = _LABEL_DATE.sub(" ", between)
            if 0 <= row <= start and "|" in between:
                between = between.replace("|", " ")
            if not breaks.isdisjoint(between) or _names_one_union(lay, start, end, link):
                break
            found[ind] = start
            spans.setdefault(ind, []).append((start, end))
    if len(found) > 1:
        # people named inside the longer name of a thing are not what is counted (`Bằng Lao
        # động sáng tạo: 6`: awards, not workers)
        inside = {
            ind
            for ind, own in spans.items()
            if all(
                any(s <= a and b <= e and e - s > b - a for o, sp in spans.items()
                    if o.unit != ind.unit for s, e in sp)
                for a, b in own
            )
        }  # fmt: skip
        if inside and len(inside) < len(found):
            found = {ind: start for ind, start in found.items() if ind not in inside}
    first = min(found.values(), default=-1)
    if (
        len(found) > 1
        and low.startswith(("|", ":", "\n"), link)
        and (
            low.startswith("|", link)
            or not (lay.digit_between(first, link) or any(c in ",;" for c in low[first:link]))
        )
    ):
        # a row's label is a noun phrase, its head first (`Lớp tập huấn cán bộ CĐCS`: classes;
        # `Số CĐCS tổ chức Hội nghị NLĐ: 180`: unions, the conference's name aside; not past
        # another figure or a comma: `Tổng số CNVCLĐ: 4.500 người, đoàn viên: 4.200 người`)
        return frozenset(ind for ind, start in found.items() if start == first)
    return frozenset(found)


def _money_label(lay: Layout, pos: int) -> bool:
    """Whether the label that ends right before `pos`, or its last clause, opens with an
    amount of money (`scoring.money_labels`: `Số tiền chăm lo, hỗ trợ đoàn viên:`, `| Kinh
    phí hỗ trợ ... |`)."""
    link = label_link(lay, pos)
    if link < 0:
        return False
    low = lay.low
    start, reach = link, max(0, link - lay.catalogue.scoring.label)
    while start > reach and low[start - 1] not in _LABEL_BREAKS:
        start -= 1
    label = low[start:link].lstrip(" \t,-–•*+()")
    # (or its last clause, after a time or place set before it: `Trong năm, tổng số tiền
    # chăm lo cho đoàn viên là 1.250.000`)
    clause = label.rpartition(",")[2].lstrip()
    return any(
        opening.startswith(money) and not opening[len(money) : len(money) + 1].isalnum()
        for money in lay.catalogue.scoring.money_labels
        for opening in (label, clause)
    )


def _names_one_union(lay: Layout, start: int, end: int, link: int) -> bool:
    """`| Công đoàn cơ sở Công ty ABC | 300 |`, `CĐCS Trường THPT Nguyễn Du: 120`: a grassroots
    union's type followed by a workplace's name names one union; the figure is that union's
    (its members, its gifts), never a count of grassroots unions."""
    grassroots, workplaces = union_words()
    if lay.low[start:end] not in grassroots:
        return False
    after = lay.text[end:link].lstrip()
    return after[:1].isupper() and after.lower().startswith(workplaces)


@cache
def union_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """A grassroots union's type phrases, and the workplace words (each with a space after)."""
    from unionstats.orgs import words

    w = words()
    grassroots = frozenset(p for p, kind in w.kind_of.items() if kind == "grassroots")
    return grassroots, tuple(f"{p} " for p in (*w.workplaces, *w.companies))


_BRACKETED = re.compile(r"\([^()]{0,40}\)")
_PLACE_ASIDE = re.compile(r",?\s*\([^()\d]{0,30}\)")


def _number_between(lay: Layout, start: int, end: int) -> bool:
    """Another number stands between: not one in brackets that restates this one
    (`100% đơn vị (26/26) tổ chức hội nghị`, `1.200 đoàn viên (chiếm 80%) tham gia`), nor
    one that says where those counted are (`1.650 đoàn viên tại 5 doanh nghiệp được khám`), nor
    one of a name (`2 cá nhân ở Xí nghiệp Cơ giới 19 được tặng`, `Nhà máy Z153`)."""
    if not lay.digit_between(start, end):
        return False
    between = _BRACKETED.sub("", lay.low[start:end])
    located = lay.catalogue.scoring.located_words
    named: set[str] | None = None  # (read only when a figure is no place's)
    for m in _DIGITS.finditer(between):
        word = between[: m.start()].rsplit(None, 1)[-1:]
        if word and word[0] in located:
            continue
        if named is None:
            named = {n.group(1) for n in _NAME_NUMBER_RE.finditer(lay.text, start, end)}
        if m.group() not in named:
            return True
    return False


_DIGITS = re.compile(r"\d[\d.,]*")
# A number a name ends in: after a capitalised word or glued to a letter (`Cơ giới 19`, `Z153`)
_NAME_NUMBER_RE = re.compile(
    rf"(?:\b[{UPPER_LETTERS}][^\W\d_]*(?:[ \t]+[^\W\d_]+){{0,2}}[ \t]+|[^\W\d_])(\d[\d.]*)(?![\d,])"
)


def holds(lay: Layout, cond: Condition, spot: Spot, ind: Indicator, labels: frozenset) -> bool:
    """Whether one requirement or veto of the catalogue holds for this number."""
    if cond.side == "label":
        return ind in labels
    if cond.side == "caption":
        return _caption(lay, spot, ind)
    if cond.side == "unit":
        return spot.cand.q.unit == cond.unit
    hits, low = lay.hits, lay.low
    assert hits is not None
    # Most conditions find no phrase in reach: the scope is bounded only when one is found.
    if cond.side == "before":
        reach = spot.left - cond.within
        if 0 <= spot.label < reach and cond.within > lay.catalogue.scoring.windows["row_label"]:
            reach = spot.label  # (`Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp | 6`)
        found = hits.ending_between(cond.words, reach, spot.left)
        if not found:
            return False
        if cond.unless_in_sentence >= 0 and hits.starting_between(
            cond.unless_in_sentence, spot.sentence[0], spot.left - 1
        ):
            return False
        floor = max(lay.scope(spot.left, cond.scope)[0], spot.left - lay.catalogue.scoring.left)
        if 0 <= spot.label < floor:
            floor = spot.label
        floor = max(floor, spot.floor)
        for start, end in found:
            if start < floor or hits.end_at(lay.catalogue.scoring.cue_shadows, start) > end:
                continue
            if cond.veto and _in_aside(lay, start, end, spot.left):
                continue  # (a requirement's words there may be all the figure's label says)
            if cond.stop and _stops(lay.text, cond.stop, end, spot.left):
                continue
            if cond.opens and not _opens_sentence(lay, start):
                continue
            if cond.unless_between >= 0 and hits.starting_between(
                cond.unless_between, end, spot.left - 1
            ):
                continue
            if cond.unless_led_by >= 0 and _led_by(lay, cond.unless_led_by, start):
                continue
            if _right_after(lay, cond.unless_right_after, spot.right):
                return False
            return not right_before(lay, cond.unless_right_before, spot.cand.q_start)
        return False
    found = hits.starting_between(cond.words, spot.right, spot.right + cond.within)
    if not found:
        return False
    if cond.unless_in_sentence >= 0 and hits.starting_between(
        cond.unless_in_sentence, spot.right, spot.sentence[1]
    ):
        return False
    ceiling = lay.scope(spot.right, cond.scope)[1] if cond.scope != "clause" else spot.clause[1]
    for start, end in found:
        if end > ceiling or (not cond.across_numbers and _number_between(lay, spot.right, start)):
            continue
        if hits.end_at(lay.catalogue.scoring.cue_shadows, start) > end:
            continue  # (`... CNVCLĐ tại các đơn vị có tổ chức công đoàn`: no predicate)
        if cond.stop and _stops(lay.text, cond.stop, _past_pair(lay, spot.right, start), start):
            continue
        if "|" in low[spot.right : start]:
            continue  # the next cell of a table row: a note, not what follows the figure
        if hits.starting_between(lay.catalogue.scoring.rate_subjects, spot.right, start - 1):
            continue  # (`5.287 CBCCVC, tỷ lệ CBCCVC tham gia ...`: the rate's subject)
        if cond.unless_between >= 0 and hits.starting_between(
            cond.unless_between, spot.right, start - 1
        ):
            continue  # (`4.870 lượt đoàn viên được công đoàn hỗ trợ khi tham gia chống dịch`)
        if _right_after(lay, cond.unless_right_after, spot.right):
            return False
        return not right_before(lay, cond.unless_right_before, spot.cand.q_start)
    return False


def _in_aside(lay: Layout, start: int, end: int, before: int) -> bool:
    """The phrase [start, end) stands in brackets closed before `before` that open with an
    aside word (`aside_openers`: `(kể cả tiền thưởng)`): it says what the figure counts in."""
    low = lay.low
    opened = low.rfind("(", 0, start)
    if opened < 0 or ")" in low[opened:start] or "\n" in low[opened:start]:
        return False
    closed = low.find(")", end, before)
    if closed < 0:
        return False
    at = skip_spaces(low, opened + 1, 3)
    assert lay.hits is not None
    return lay.hits.end_at(lay.catalogue.scoring.aside_openers, at) > 0


# What may stand before the phrase that opens a sentence: spaces, quotes, a list's mark.
_OPENING_MARKS = " \t\n\"“‘'(-–—+*•▪◦●►#"
# ... and an item's number or letter (`a)`, `1)`, `2.1.`, `II.`)
_ITEM_MARK = re.compile(
    r"(?:[a-zđ]|\d{1,2}(?:\.\d{1,2})*|[ivx]{1,5})[.)]\s"
    # ... or a paper's tag before its lead (`(LĐ) - Với 3.420 lao động, ...`, `(NLĐO)-`)
    r"|\(?[^\W\d_]{1,6}\)\s*[-–—]\s*"
)


def _opens_sentence(lay: Layout, start: int) -> bool:
    """The phrase at `start` opens its sentence: only marks, an item's number (`a) Với
    ...`, `1) Với ...`) or one opening word and its comma (`Hiện nay, với ...`, `Thứ nhất,
    với ...`: `subject_openers`) stand before it."""
    low = lay.low
    at = lay.sentence(start)[0]
    while True:
        while at < start and low[at] in _OPENING_MARKS:
            at += 1
        m = _ITEM_MARK.match(low, at, start)
        if m is None:
            break
        at = m.end()
    if at == start:
        return True
    assert lay.hits is not None
    opener = lay.hits.end_at(lay.catalogue.scoring.subject_openers, at)
    return opener > 0 and not low[opener:start].strip(" ,")


def _past_pair(lay: Layout, pos: int, limit: int) -> int:
    """Where a pair of nouns the figure counts ends, when one starts right after it (`4.120
    lượt đoàn viên, người lao động`); `pos` when none does."""
    assert lay.hits is not None
    end = pos
    for start, stop in lay.hits.starting_between(
        lay.catalogue.scoring.noun_pairs, pos, pos + lay.catalogue.scoring.windows["noun_pair"]
    ):
        if stop <= limit and not _stops(lay.text, ",;.", pos, start):
            end = max(end, stop)
    return end


def _stops(text: str, stop: str, start: int, end: int) -> bool:
    """A stop mark stands between: not a figure's own dot or comma (`cho hơn 11.600 người`
    ends no sentence), nor an ellipsis the sentence goes on after (`khó khăn... được`)."""
    return any(
        c in stop
        and not (text[k - 1 : k].isdigit() and text[k + 1 : k + 2].isdigit())
        and not (c in ".…" and ellipsis_goes_on(text, k))
        for k, c in enumerate(text[start:end], start)
    )


# Before a caption's figure: spaces and an emoji (`📌 8.915`), not a list's mark (`- 12 CĐCS`
# is an item of the heading above it).
_CAPTION_BEFORE = re.compile(r"[ \t]*(?:[\U0001F000-\U0001FAFF][\uFE0F\u200D]*[ \t]*)?")
# ... or, before a figure with its label after a dash, a list's bullet (`- 2.874 – số đoàn viên`)
_BULLET_BEFORE = re.compile(
    r"[ \t]*(?:[-+*•▪▫◦●○■□✓✔➢➤►▸▶◆♦→⁃·][ \t]*|[\U0001F000-\U0001FAFF][\uFE0F\u200D]*[ \t]*)?"
)
_CAPTION_END = ("/", "(", "tại ", "ở ", "với ", "–", "-", ":", "tính đến ", "tính tới ")


_LED_BY_GAP = 4  # characters between a leading phrase and the one it leads: `, `, ` và `


def _led_by(lay: Layout, list_id: int, start: int) -> bool:
    """A phrase of the list ends right before `start`, only a comma, `và` or spaces between
    (`lớp tập huấn, tuyên truyền`)."""
    assert lay.hits is not None
    for _, end in lay.hits.ending_between(list_id, start - _LED_BY_GAP - 2, start):
        if not lay.low[end:start].replace(",", " ").replace("và", " ").strip():
            return True
    return False


def _caption(lay: Layout, spot: Spot, ind: Indicator) -> bool:
    """A figure opening its line with only its noun and the catalogue's `caption_rest` after
    it (an infographic's card: `24.870 đoàn viên công đoàn`, `765.420 đoàn viên tại 7.864
    CĐCS`): the stock it counts, with no verb."""
    low = lay.low
    start = spot.cand.q_start
    line_start = low.rfind("\n", 0, start) + 1
    if ind.heads is None:
        return False
    # (the lead first: the rest of a long line is read only for a figure opening it)
    lead = _BULLET_BEFORE.match(low, line_start, start)
    if lead is None or lead.end() != start:
        return False
    end = low.find("\n", spot.right)
    rest = low[spot.right : end if end >= 0 else len(low)].strip()
    if link := _card_link(lay.catalogue).match(rest):
        # a list item's figure and its label: `- 2.874 – số đoàn viên công đoàn`
        rest = rest[link.end() :]
    elif (lead := _CAPTION_BEFORE.match(low, line_start, start)) is None or lead.end() != start:
        return False
    noun = next((h for h in lay.catalogue.lexicon.phrases(ind.heads) if _word_at(rest, h)), None)
    if noun is None:
        return False
    rest = rest[len(noun) :].strip(" ,")
    words = lay.catalogue.scoring.caption_rest
    while (word := next((w for w in words if _word_at(rest, w)), None)) is not None:
        rest = rest[len(word) :].strip(" ,")
    # (a list item's label may go on in a sentence: `2.874 – số đoàn viên công đoàn. Tức là ...`)
    return not rest or rest.startswith(_CAPTION_END + ((".", ";") if link else ()))


def _word_at(text: str, phrase: str) -> bool:
    return text.startswith(phrase) and (len(text) == len(phrase) or not text[len(phrase)].isalnum())


def _right_after(lay: Layout, list_id: int, pos: int) -> bool:
    """A phrase of the list starts right after the number's noun, within a noun's length
    of `pos`, before any other figure and in the same sentence and clause (`chỉ đạo 68 CĐCS
    trực thuộc`; not `còn 2.200.000đ. Hỗ trợ ...`)."""
    if list_id < 0:
        return False
    assert lay.hits is not None
    found = lay.hits.starting_between(list_id, pos, pos + _RIGHT_AFTER_REACH)
    return (
        bool(found)
        and not lay.digit_between(pos, found[0][0])
        and not any(c in ".;" for c in lay.low[pos : found[0][0]])
    )


def right_before(lay: Layout, list_id: int, pos: int, gap: str = " \t\n") -> bool:
    """A phrase of the list ends right before `pos`, only `gap` characters between (`tăng
    lên| 7,5 triệu`: the level reached, not the change)."""
    if list_id < 0:
        return False
    assert lay.hits is not None
    return any(
        not lay.low[end:pos].strip(gap)
        for _, end in lay.hits.ending_between(list_id, pos - _RIGHT_BEFORE_REACH, pos)
    )


def resolutions_plan(lay: Layout, pos: int) -> bool:
    """A resolution's word and a colon right before `pos`: `(NQ: 30 CĐCS)`, `Nghị quyết: 300`
    (the figure the resolution set; never its number, `Nghị quyết 20-NQ/TW`)."""
    assert lay.hits is not None
    return any(
        ":" in (gap := lay.low[end:pos]) and not gap.strip(" \t:")
        for _, end in lay.hits.ending_between(
            lay.catalogue.scoring.resolution_plans, pos - _RIGHT_BEFORE_REACH, pos
        )
    )


_RIGHT_BEFORE_REACH = 40  # cleaned text has single spaces: a phrase ends within a few
_RIGHT_AFTER_REACH = 20  # characters from a number to the end of its noun


def accepts(
    lay: Layout, ind: Indicator, spot: Spot, labels: frozenset, inherited: bool = False
) -> bool:
    """No veto holds and, unless the context is inherited from a partner, a requirement does."""
    if _any_group_holds(lay, ind.vetoes, spot, ind, labels):
        return False
    if ind.heads is not None and _label_tells_a_deed(lay, spot, ind):
        return False
    if inherited or not ind.requires:
        return True
    if _any_group_holds(lay, ind.requires, spot, ind, labels):
        return True
    label_end = _line_label_end(lay, spot)
    if label_end >= 0 and _any_group_holds(
        lay, ind.requires, replace(spot, left=label_end), ind, labels
    ):
        return True
    # ... or read from the respective word its list follows (`Số đoàn viên kết nạp mới các năm
    # 2021, 2022 và 2023 lần lượt là 1.200, 1.350 và 1.500 người`)
    word, subject = respective_anchor(lay, spot.left, spot.sentence[0])
    return word >= 0 and _any_group_holds(
        lay, ind.requires, replace(spot, left=word, label=subject), ind, labels
    )


def _line_label_end(lay: Layout, spot: Spot) -> int:
    """`- Phát triển đoàn viên: đến 31/10 kết nạp 96 đoàn viên; ước cả năm 115 đoàn viên`: a
    short label and a colon opening the line name what a clause of it counts when the clause
    has no verb of its own before the figure. Returns where the label ends, or -1 (none, or
    the clause says what it counts)."""
    low = lay.low
    line_start = low.rfind("\n", 0, spot.left) + 1
    reach = line_start + lay.catalogue.scoring.windows["line_label"]
    colon = low.find(":", line_start, min(spot.left, reach))
    if colon < 0 or colon < spot.sentence[0]:
        return -1  # (a label three sentences back names no figure: `Công tác chăm lo ...: ...`)
    label_start = _ENUMERATOR.match(low, line_start)
    if lay.digit_between(label_start.end() if label_start else line_start, colon):
        return -1
    # the clause, or its part after the last comma past the label (`kế hoạch 300 đoàn viên,
    # thực hiện 320 đoàn viên`)
    # more than a few carriers between: the clause has words of its own (and a line opened
    # by `http:` with thousands of figures after it was read again to each figure: quadratic)
    reach_back = spot.left - lay.catalogue.scoring.windows["line_label_clause"]
    part = max(spot.clause[0], colon + 1, low.rfind(",", max(colon, reach_back), spot.left) + 1)
    if part < reach_back:
        return -1
    rest = low[part : spot.left]
    for carrier in lay.catalogue.scoring.label_carriers:
        rest = rest.replace(carrier, " ")
    return -1 if any(c.isalpha() for c in rest) else colon


_ENUMERATOR = re.compile(r"[\s\-+•*]*(?:\d{1,2}|[a-zđ]|[ivx]{1,4})[.)]\s")


def _any_group_holds(
    lay: Layout,
    groups: tuple[tuple[Condition, ...], ...],
    spot: Spot,
    ind: Indicator,
    labels: frozenset,
) -> bool:
    """Whether all the conditions of some group hold, asked in order, each group until one
    fails (`any(all(...))` written as loops: two generators per indicator and number were a
    quarter of this check's time)."""
    for group in groups:
        for cond in group:
            if not holds(lay, cond, spot, ind, labels):
                break
        else:
            return True
    return False


def cue_score(lay: Layout, ind: Indicator, spot: Spot) -> float:
    """The indicator's wordings around the number, each weighted by scope and distance."""
    sc = lay.catalogue.scoring
    hits = lay.hits
    assert hits is not None
    q = spot.cand.q
    lo, hi = spot.left - sc.left, spot.right + sc.right
    present = hits.lists_ending_between(lo, hi + hits.longest)
    score = 0.0
    for list_id, weight in ind.cues:
        if list_id not in present:
            continue
        for c_start, c_end in hits.ending_between(list_id, lo, hi + hits.longest):
            if c_start > hi or c_start < spot.floor:
                continue
            if c_end <= q.start:
                distance = min(q.start - c_end, max(0, spot.left - c_end))
            elif c_start >= q.end:
                distance = c_start - max(q.end, spot.right if c_start >= spot.right else q.end)
            else:
                distance = 0
            scope = _scope_weight(lay, spot, c_start)
            if c_start >= q.end and scope == sc.clause and "," in lay.low[q.end : c_start]:
                scope = sc.sentence  # past a comma a wording opens the next item of the list
            elif (
                c_end <= spot.left
                and scope == sc.clause
                and "," in lay.low[c_end : spot.left]
                and lay.digit_between(c_end, spot.left)
            ):
                # `kết nạp 21 đoàn viên mới, thăm hỏi 140 lượt`: a wording with a figure and
                # a comma after it was that item's
                scope = sc.sentence
            score += weight * scope / (1 + distance / sc.decay_chars)
    return score


def _scope_weight(lay: Layout, spot: Spot, pos: int) -> float:
    sc = lay.catalogue.scoring
    if spot.clause[0] <= pos < spot.clause[1]:
        return sc.clause
    s_start, s_end = spot.sentence
    if s_start <= pos < s_end:
        return sc.sentence
    if pos < s_start:
        p_start, _ = lay.sentence(max(s_start - 1, 0))
        if pos >= p_start:
            return sc.previous_sentence
    return 0.0


def _other_noun_after(lay: Layout, spot: Spot) -> bool:
    """A counted noun of no indicator right after the figure (`16 đội`, `12 môn`)."""
    assert lay.hits is not None
    pos = skip_spaces(lay.low, spot.right, lay.catalogue.scoring.head_gap)
    return lay.hits.end_at(lay.catalogue.scoring.other_nouns, pos) > 0


_ZERO_DECIMALS = re.compile(r"[.,]0{1,2}$")  # `18.936,0`, `45,00`: a measure, not a count


def classify(
    lay: Layout,
    spot: Spot,
    inherited: bool = False,
    only: tuple[str, ...] = (),
    assume_head: bool = False,
) -> tuple[Verdict, Heads | None]:
    """Pick the indicator with the best evidence, or say why there is none.

    `inherited`: the number is the second of a pair (`… đoàn viên/1.517.511 CNVC-LĐ`)
    whose first figure already met its indicator's requirements; `only` limits the
    indicators considered; `assume_head`: a breakdown (`trong đó nữ 45 đồng chí`) counts
    what the figure before it counted, whatever generic noun it has.
    """
    cat: Catalogue = lay.catalogue
    sc = cat.scoring
    kind = unit_class(spot.cand)
    found: Heads | None = None
    if kind == "count":
        found = heads(lay, spot)
        if not found.after and not _whole(spot.cand):
            # `tuổi đời bình quân ... là 41,5`: a label's figure with decimals counts no one (one
            # written with its noun, `1.245,5 đoàn viên`, is kept and flagged out of range); nor
            # does one written with zero decimals, money in a finance table (`| 18.936,0 |`)
            return Verdict(None, "not_whole"), found
        eligible = set(found.after)
        if (found.generic or not found.after) and not _other_noun_after(lay, spot):
            if found.label and not found.after and _money_label(lay, spot.left):
                # `| Số tiền chăm lo, hỗ trợ đoàn viên | 1.250 |`: money of no stated scale
                return Verdict(None, "money_label"), found
            # (a count of people is no count of what the label counts: `Hội nghị tập huấn có
            # hơn 120 đồng chí` are participants, not courses)
            people = any(i.unit == "persons" for i in found.after) and (
                lay.hits.end_at(sc.times_heads, skip_spaces(lay.low, spot.cand.number_end, 2)) < 0
            )
            eligible |= {i for i in found.label if not people or i.unit == "persons"}
            if assume_head:
                eligible |= {i for i in cat.counted if i.code in only}
        if not eligible:
            return Verdict(None, "no_counted_noun"), found
        pool = [i for i in cat.counted if i in eligible]
        labels = found.label
    elif kind == "percent":
        # (no share of bodies attained passes its whole: `tổ chức hội nghị NLĐ đạt 126%` is of
        # a plan; one written bare, `Có 150% doanh nghiệp`, is kept and flagged out of range)
        start = spot.cand.q_start
        attained = lay.low[max(0, start - 20) : start].rstrip().endswith(sc.rate_links)
        pool = [
            i
            for i in cat.indicators
            if i.unit == "percent" and not (attained and spot.cand.q.value > i.plausible[1])
        ]
        labels = frozenset()
    elif kind == "VND/person/month":  # a rate per head and month is no sum of money
        pool = [i for i in cat.indicators if i.unit == kind]
        labels = frozenset()
    else:  # (a sum beyond any month's pay is no rate per head: `nợ đọng ... trên 41 tỷ đồng`)
        pool = [
            i
            for i in cat.indicators
            if i.is_money and (i.unit != "VND/person/month" or spot.cand.q.value <= i.plausible[1])
        ]
        labels = frozenset()
    if only:
        pool = [i for i in pool if i.code in only]
    scored: list[tuple[float, Indicator, tuple[str, ...]]] = []
    for ind in pool:
        if not accepts(lay, ind, spot, labels, inherited):
            continue
        evidence: list[str] = []
        base = 0.0
        if kind == "count":
            base = sc.head
            evidence.append("noun_after" if ind in found.after else "label")  # type: ignore[union-attr]
        elif ind.unit == spot.cand.q.unit == "VND/person/month":
            base = sc.head
            evidence.append("unit")
        cues = cue_score(lay, ind, spot)
        if cues:
            evidence.append(f"cues={cues:.2f}")
        if ind.requires:
            evidence.append("required_wording")
        score = base + cues
        if score >= sc.min_score:
            scored.append((score, ind, tuple(evidence)))
    if not scored:
        return Verdict(None, "no_indicator_wording"), found
    scored.sort(key=lambda s: -s[0])
    best_score, best, evidence = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    return Verdict(best, "classified", best_score, runner_up, evidence), found


# (the figure's own digits, not a comma after it: `hiện có 12.300, trong đó nữ 6.500`)
_COUNTED_AFTER = re.compile(r"[\d.,]*(?<=\d)\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,5})?\s*$")


def _names_the_figure_before(lay: Layout, start: int) -> bool:
    """`Thành lập mới 5 CĐCS ngoài khu vực nhà nước, nâng tổng số ... lên 142`: a breakdown
    written right after a figure and its noun (`4 CĐCS tại các doanh nghiệp ngoài nhà nước,
    kết nạp 412 đoàn viên`), or right after the figure (`trong đó có 2.140 nữ, 3.520 đoàn
    viên`), belongs to that figure."""
    digits = lay.digits
    i = bisect.bisect_left(digits, start) - 1
    assert lay.hits is not None
    return (
        i >= 0
        and start - digits[i] <= 40
        and bool(_COUNTED_AFTER.match(lay.low, digits[i], start))
        # (`9.250 đoàn viên mới trong đó nữ 5.640 người`: a part word opens the part after it)
        and not lay.hits.starting_between(lay.catalogue.scoring.part_words, digits[i], start)
    )


def _in_closed_brackets(low: str, lo: int, start: int, end: int, pos: int) -> bool:
    """`96 CĐCS (61 CĐCS khu vực hành chính sự nghiệp, 35 CĐCS ...) với 4.812 đoàn viên`: a
    breakdown in brackets closed before the number is the figure before's, not this one's."""
    return low.rfind("(", lo, start) >= 0 and low.find(")", end, pos) >= 0


def _union_joins(lay: Layout, start: int, end: int, pos: int) -> bool:
    """A union body named as the partner of the body before the figure, no union itself
    (`Sở GD&ĐT phối hợp với Công đoàn ngành tổ chức 6 lớp`, `Sở GD&ĐT cùng Công đoàn ngành
    trao 40 nhà`): a joint deed, the union's own too (not `LĐLĐ tỉnh A và LĐLĐ tỉnh B`)."""
    assert lay.hits is not None
    unions = lay.catalogue.scoring.union_bodies
    if lay.hits.starting_between(unions, start, end - 1):
        return False
    return any(
        _partner_before(lay, union) for union, _ in lay.hits.starting_between(unions, end, pos)
    )


def _owns_the_fund_given_to(lay: Layout, lo: int, start: int) -> bool:
    """The body at `start` names the fund a giving word before it gives to (`đóng góp Quỹ “Mái
    ấm Công đoàn” của LĐLĐ tỉnh`), no comma between: not one giving (`nhận được sự ủng hộ của
    LĐLĐ tỉnh`, `Từ nguồn Quỹ do đoàn viên đóng góp, LĐLĐ tỉnh đã hỗ trợ ...`)."""
    assert lay.hits is not None
    low = lay.low
    if not low[:start].rstrip().endswith(" của"):
        return False
    return any(
        "," not in low[end:start] and _A_FUND.search(low, end, start) is not None
        for _, end in lay.hits.ending_between(lay.catalogue.scoring.donated_to, lo, start)
    )


_A_FUND = re.compile(r"\bquỹ\b")


def _heads_the_bloc(lay: Layout, start: int, end: int) -> bool:
    """`6 đơn vị trong Khối do LĐLĐ quận X làm Trưởng khối đã kết nạp ...` in the bloc's own
    report: the body named in the subject as the bloc's head (not the head doing: `LĐLĐ quận X
    làm Trưởng khối đã trao`; in a city's report the bloc's figures are its members')."""
    assert lay.hits is not None
    return (
        lay.org_level == "bloc"
        and lay.low[:start].rstrip().endswith(" do")
        and (
            lay.hits.end_at(lay.catalogue.scoring.group_head_roles, skip_spaces(lay.low, end, 2))
            > 0
        )
    )


def _partner_before(lay: Layout, start: int) -> bool:
    """`phối hợp với LĐLĐ tỉnh tổ chức ...`: the body is named as a partner of the doer; so is
    the next body of a list of partners a doer named before it opens (`LĐLĐ huyện phối hợp với
    Phòng Lao động - Thương binh và Xã hội, Bảo hiểm xã hội huyện tổ chức 5 cuộc giám sát`):
    only names and commas between, no deed."""
    hits, low, sc = lay.hits, lay.low, lay.catalogue.scoring
    assert hits is not None
    if any(
        not low[end:start].strip()
        for _, end in hits.ending_between(sc.partner_words, start - 30, start)
    ):
        return True
    if not low[max(0, start - 4) : start].rstrip().endswith(","):
        return False
    found = hits.ending_between(sc.partner_lists, start - _PARTNER_LIST, start)
    for _, end in reversed(found):
        # (the longest word ending there: `với sự phối hợp của`, not its `sự phối hợp của`)
        opens = min(s for s, e in found if e == end)
        between = low[end:start]
        if (
            # (a doer before the partner word: opening its clause, `Cùng với LĐLĐ huyện, LĐLĐ
            # tỉnh đã trao ...`, it names the doer after the comma)
            any(c.isalpha() for c in low[_clause_opens(low, lay.sentence(opens)[0], opens) : opens])
            and not _NOT_A_NAME_LIST.search(between)
            # (a deed's word, not a name's: `Sở Xây dựng`, `Ủy ban Kiểm tra`)
            and not any(
                not lay.text[s].isupper()
                for s, _ in hits.starting_between(sc.partner_list_breaks, end, start - 1)
            )
        ):
            return True
        break  # (the nearest one opens the list, or none does)
    return False


def _clause_opens(low: str, sentence_start: int, pos: int) -> int:
    """Where the clause holding `pos` opens: after the last comma, semicolon or colon of its
    sentence before it (`Năm 2023, cùng với ...`: after the year's comma)."""
    return max(sentence_start, *(low.rfind(c, sentence_start, pos) + 1 for c in ",;:"))


_PARTNER_LIST = 120  # characters a list of partner bodies may span
_NOT_A_NAME_LIST = re.compile(r"[\d.;:()!?\n]")


def _a_former_body(lay: Layout, spot: Spot) -> bool:
    """`Trước hợp nhất, LĐLĐ tỉnh Tuyên Quang có 1.145 CĐCS`, `LĐLĐ tỉnh Ninh Bình (cũ) có`,
    `LĐLĐ hai tỉnh đã kết nạp`: a body a merger replaced, named in the figure's sentence
    before it, the merged body not named again since (`sau hợp nhất`); see the catalogue's
    `before_merger`."""
    hits, scoring = lay.hits, lay.catalogue.scoring
    assert hits is not None
    # (in the figure's clause past a semicolon: `ba LĐLĐ tỉnh (cũ) đã kết nạp 6.512 đoàn viên; 6
    # tháng cuối năm, LĐLĐ tỉnh kết nạp 4.890 đoàn viên` is the merged body's)
    lo = max(spot.sentence[0], lay.low.rfind(";", spot.sentence[0], spot.left) + 1)
    former = [
        end
        for _, end in hits.ending_between(scoring.before_merger, lo, spot.left)
        if find_provinces(lay.text[end : spot.left])  # (a province's body, or a province)
    ]
    former += [
        end
        for start, end in hits.ending_between(scoring.former_mark, lo, spot.left)
        if (
            named := hits.ending_between(
                scoring.federation_names, max(lo, start - _FORMER_NAME), start
            )
        )
        and not hits.ending_between(scoring.former_not, max(lo, named[-1][0] - _FORMER_NAME), start)
    ]
    former += [
        end
        for start, end in hits.ending_between(scoring.former_together, lo, spot.left)
        # (not the merger told: `Sau hợp nhất LĐLĐ ba tỉnh ..., LĐLĐ tỉnh Ninh Bình quản lý`)
        if not hits.ending_between(scoring.merged_since, max(lo, start - _FORMER_NAME), start)
    ]
    return bool(former) and not hits.ending_between(scoring.merged_since, max(former), spot.left)


_FORMER_NAME = 40  # characters from a federation's type to the `(cũ)` after its name


def _another_province_does_it(lay: Layout, spot: Spot, reach: int) -> bool:
    """Another province is the subject of the figure's clause (`năm 2024, Sóc Trăng kết nạp
    3.960 đoàn viên` in Cần Thơ's report, a guest's figures): named right before it, no
    comma or figure between, not a place the report's body acts in (`tại`, `quê`: the
    catalogue's `place_not_subject`)."""
    if not lay.province or lay.org_level in _NATIONAL_LEVELS:
        return False
    lo = max(spot.clause[0], spot.left - reach)
    if not any(c.isupper() for c in lay.text[lo : spot.left]):
        return False  # (no name written there: most figures)
    mine = province_of(lay.province)
    # (read from further back: a list of places may open before `lo`)
    c0 = max(spot.clause[0], lo - _PLACES_LISTED_BEFORE)
    named = find_provinces(lay.text[c0 : spot.left])
    for k, (at, province) in enumerate(named):
        pos = c0 + at
        if pos < lo:
            continue
        between = lay.low[pos : spot.left]
        if (mine is not None and province.name == mine.name) or any(c in ",;:)" for c in between):
            continue  # (nor one in brackets: `nhà cho đoàn viên tại quê (Thanh Hóa, Sóc Trăng)`)
        unit = _UNIT_BEFORE.search(lay.low, max(0, pos - 12), pos)  # (`tại tỉnh Sóc Trăng`)
        if unit is None and mine and _a_district_of(province.name.removeprefix("TP. "), mine.name):
            continue  # (`Quảng Ninh` of Quảng Bình; `tỉnh Quảng Ninh` is the province)
        start = unit.start() if unit else pos
        head = k  # (the list of places it ends: `quê ở Thanh Hóa, Nghệ An, Hà Tĩnh về quê`)
        while head > 0 and _A_LISTED_PLACE.fullmatch(
            lay.low, c0 + named[head - 1][0], c0 + named[head][0]
        ):
            head -= 1
        first = c0 + named[head][0] if head < k else start
        # ... opening its clause or the stretch after a comma (`năm 2024, Sóc Trăng kết nạp`),
        # or its list compared with (`vẫn thấp hơn Đắk Lắk (khoảng 7,5 triệu đồng)`, `chưa nói
        # đến Đồng Nai hay TP. Hồ Chí Minh đã trên 10 triệu đồng`): after other words it is whom
        # they name (`tặng quà thương binh tỉnh Quảng Nam`)
        opened = max(spot.clause[0], *(lay.low.rfind(c, 0, start) + 1 for c in ",;:("))
        told = lay.low[opened:start].strip()
        compared = right_before(lay, lay.catalogue.scoring.compared_places, first)
        if (told and not compared) or lay.digit_between(pos, spot.left):
            continue
        if right_before(lay, lay.catalogue.scoring.place_not_subject, first):
            continue
        return True
    return False


def _a_province_in_the_nations_roundup(lay: Layout, spot: Spot) -> bool:
    """In the nation's report, a province named right before the figure owns it: its figure in
    brackets after its name, or the province opening the figure's stretch, the list of such it
    ends opening its sentence or its part after a semicolon, or told after a rank, an example's
    word or a part's (`cao nhất là Bình Dương (9,1 triệu đồng/tháng), TP Hồ Chí Minh (7,8 triệu
    đồng)`, `trong đó TP Hồ Chí Minh 523.400 lượt`); not places the body acts in or gives to, a
    list of them (`tại các tỉnh Hà Giang (25 nhà), Cao Bằng (25 nhà)`, `tại 5 điểm cầu: Hà Nội,
    ..., Cần Thơ với 15.000 suất quà`)."""
    if lay.org_level not in _NATIONAL_LEVELS:
        return False
    lo = max(spot.clause[0], spot.left - _ROUNDUP_REACH)
    if not any(c.isupper() for c in lay.text[lo : spot.left]):
        return False
    c0 = max(spot.sentence[0], lo - _PLACES_LISTED_BEFORE)  # (a list of places may open before)
    named = [(c0 + a, c0 + b) for a, b, _ in province_spans(lay.text[c0 : spot.left])]
    if not named or named[-1][0] < lo:
        return False
    end = named[-1][1]
    between = lay.low[end : spot.left]
    bracketed = _FIGURE_IN_ITS_BRACKET.fullmatch(between) is not None
    if not bracketed and (any(c in ",;:()" for c in between) or lay.digit_between(end, spot.left)):
        return False
    first = len(named) - 1  # (the list the name ends: `Bình Dương (9,1 ...), TP Hồ Chí Minh (`)
    while first > 0 and _LISTED_NEXT.fullmatch(lay.low, named[first - 1][1], named[first][0]):
        first -= 1
    pos = named[first][0]
    if right_before(lay, lay.catalogue.scoring.place_not_subject, pos):
        return False
    opened = max(spot.sentence[0], lay.low.rfind(";", spot.sentence[0], pos) + 1)
    told = lay.low[opened:pos].strip()
    # (... or a part's word opening its stretch after a comma: `..., trong đó TP Hồ Chí Minh
    # 1.450.000 đoàn viên`)
    after_comma = lay.low[lay.low.rfind(",", opened, pos) + 1 : pos].strip()
    return (
        not told
        or _RANKED_OR_PART.fullmatch(told) is not None
        or _A_PARTS_WORD.fullmatch(after_comma) is not None
        or _A_TIME_OPENER.fullmatch(told) is not None  # (`Năm 2020, TP HCM kết nạp ...`)
    )


_ROUNDUP_REACH = 60  # characters from a province's name to its figure in a roundup
_A_TIME_OPENER = re.compile(
    r"(?:riêng\s+)?(?:trong\s+)?(?:năm|tháng|quý|\d{1,2}\s+tháng)[^,;:()]{0,25},"
)
_A_PARTS_WORD = re.compile(r"(?:trong\s+đó|riêng)(?:\s+(?:có|là))?\s*:?")
_LISTED_NEXT = re.compile(r"\s*(?:\([^()\n]*\)\s*)?(?:,|\bvà\b|\bhay\b|\bhoặc\b)\s*")
_FIGURE_IN_ITS_BRACKET = re.compile(
    r"\s*\(\s*(?:(?:khoảng|hơn|trên|gần|đạt|với)\s+)?", re.IGNORECASE
)
# What a province's figure may be told after in the nation's roundup: a part's word, or a rank
# or an example's word ending the words before it (`cao nhất là`, `số đoàn viên kết nạp mới lớn
# là`, `điển hình là`)
_RANKED_OR_PART = re.compile(
    r"(?:trong\s+đó|riêng)\s*,?"
    r"|(?:[^;]*?\b)?(?:nhất|dẫn\s+đầu|đứng\s+đầu|tiếp\s+đến|tiếp\s+theo|xếp\s+sau|lớn|nhiều"
    r"|tiêu\s+biểu|điển\s+hình)(?:\s+(?:là|có))?\s*:?"
)


# Where a firm's units stand, or how it ranks, before `toàn thành phố` (`12 chi nhánh trên toàn
# thành phố`, `đứng thứ 2 toàn thành phố về thu nhập`): no higher body doing it.
_A_PLACE_BEFORE = re.compile(
    r"(?<!\w)(?:trên(?:[ \t]+địa[ \t]+bàn)?|địa[ \t]+bàn|tại|ở|khắp|thứ[ \t]+\d+|đứng[ \t]+đầu"
    r"|dẫn[ \t]+đầu|nhất)[ \t]+$"
)


def _givers_won_over(lay: Layout, spot: Spot, start: int, end: int) -> bool:
    """Sponsors the union won over or took gifts from, told so before the figure in its
    sentence (`LĐLĐ huyện đã vận động doanh nghiệp, nhà hảo tâm ủng hộ 320 suất quà`, `Thông
    qua vận động, các nhà tài trợ đã trao tặng 300 suất quà`): the union's resources."""
    assert lay.hits is not None
    sc = lay.catalogue.scoring
    if lay.hits.end_at(sc.won_over_givers, start) != end:
        return False
    return bool(lay.hits.starting_between(sc.won_over_by, spot.sentence[0], spot.left))


def _an_acts_author(lay: Layout, spot: Spot, start: int) -> bool:
    """The body at `start` wrote the act named by its number before it (`theo Nghị định 178 và
    Nghị định 67 của| Chính phủ`), no doer of the deed; unless another body does it, named
    before the act (`UBND tỉnh đã phê duyệt hỗ trợ theo Nghị định 178 của Chính phủ`)."""
    hits, sc = lay.hits, lay.catalogue.scoring
    assert hits is not None
    acts = hits.ending_between(sc.legal_acts, start - _ACT_REACH, start)
    if not acts or _ITS_NUMBER_OF.fullmatch(lay.low, acts[-1][1], start) is None:
        return False
    act = acts[-1][0]
    return not any(
        hits.ending_between(words, spot.sentence[0], act)
        for words in (sc.foreign_subjects, sc.employer_subjects)
    )


_ACT_REACH = 40  # characters from an act's name to its author
_ITS_NUMBER_OF = re.compile(r"[ \t]+(?:số[ \t]+)?[\w/.-]*\d[\w/.-]*[ \t]+của[ \t]+")


_PLACES_LISTED_BEFORE = 120  # characters a list of places may open before the figure's reach
_A_LISTED_PLACE = re.compile(
    r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}[ \t]*(?:,|và|hay|hoặc)[ \t]*"
    r"(?:(?:tp\.?|tỉnh|thành[ \t]+phố)[ \t]*)?"
)


_UNIT_BEFORE = re.compile(r"(?:tỉnh|thành phố|tp\.?)\s+$")


def _a_district_of(name: str, province: str) -> bool:
    """A district, town or city of `province` bears the name (of another province too)."""
    return any(
        (found := district_province(name, kind)) is not None and found.name == province
        for kind in ("huyện", "thị xã", "thành phố", "quận")
    )


_NATIONAL_LEVELS = ("national", "national_sector")


def _names_another_province(text: str, pos: int, own: str) -> bool:
    """The province named right after `pos` (`LĐLĐ tỉnh| Nam Định`) is not the report's own."""
    found = find_provinces(text[pos : pos + 40])
    if not found or text[pos : pos + found[0][0]].strip():
        return False
    mine = province_of(own)
    return mine is None or found[0][1].name != mine.name


OPENERS = " \t\n-–+•*"  # what may stand before the first word of a line or a sentence


def _heads_its_line(low: str, start: int) -> bool:
    """The name opens its line, as a digest's item headline does: `LĐLĐ tỉnh Quảng Bình:
    Trao 8 nhà “Mái ấm Công đoàn”` is that federation's item."""
    line_start = low.rfind("\n", 0, start) + 1
    return not low[line_start:start].strip(OPENERS)


def _item_heads_further(lay: Layout, spot: Spot, lo: int) -> list[tuple[int, int]]:
    """Another body's name heading the figure's line as a digest's item (`- LĐLĐ tỉnh Thanh
    Hóa: phát triển 5.140 đoàn viên; thành lập 33 CĐCS`), further back than `lo`."""
    low, hits, sc = lay.low, lay.hits, lay.catalogue.scoring
    assert hits is not None
    line_start = low.rfind("\n", 0, spot.left) + 1
    if lo <= line_start:
        return []
    found = []
    if lay.org_level != "national":
        found = hits.ending_between(sc.other_org_words, line_start, lo)
    if lay.province:
        found += [
            (start, end)
            for start, end in hits.ending_between(sc.federation_names, line_start, lo)
            if _names_another_province(lay.text, end, lay.province)
        ]
    return [
        (start, end)
        for start, end in found
        if _heads_its_line(low, start) and _item_of_its_line(lay, end, spot.left)
    ]


_ITEM_NAME_TAIL = 40  # characters of a body's name (its province) between a list's hit and `:`


def _item_of_its_line(lay: Layout, name_end: int, pos: int) -> bool:
    """`- LĐLĐ tỉnh Thanh Hóa: phát triển 5.140 đoàn viên; thành lập 33 CĐCS`: a digest's
    item headed by a body's name and a colon is that body's to the line's end, every clause,
    unless a body is named after the colon (`...; riêng LĐLĐ tỉnh Nghệ An kết nạp 5.200`)."""
    low, hits, sc = lay.low, lay.hits, lay.catalogue.scoring
    assert hits is not None
    colon = low.find(":", name_end, min(pos, name_end + _ITEM_NAME_TAIL))
    return (
        colon >= 0
        and "\n" not in low[name_end:pos]
        and not any(c.isdigit() or c in ",;.()" for c in low[name_end:colon])
        and not any(
            hits.ending_between(names, colon, pos)
            for names in (sc.federation_names, sc.other_org_words, sc.lower_body_own)
        )
    )


def _same_people_after(lay: Layout, pos: int) -> bool:
    """`200.000 đoàn viên, NLĐ khối ...`: the comma at `pos - 1` joins a second noun of the
    same people."""
    assert lay.hits is not None
    return lay.hits.end_at(lay.catalogue.scoring.same_people, skip_spaces(lay.low, pos, 2)) > 0


def _attributed(lay: Layout, spot: Spot) -> bool:
    """The sentence gives a government body's figures: it opens `Theo Sở ...,` or `Ban Quản
    lý ... cho biết,`, and no union body is named between that and the number."""
    rule, hits, low = lay.catalogue.scoring.attribution, lay.hits, lay.low
    assert hits is not None
    if _attributed_after(lay, spot):
        return True
    at = spot.sentence[0]
    while at < spot.left and not low[at].isalnum():
        at += 1  # bullets, quotes, spaces
    lead = hits.end_at(rule.connectives, at)
    if lead > 0:  # (`Ngoài ra, theo Sở ...`)
        at = lead
        while at < spot.left and not low[at].isalnum():
            at += 1
    opened = hits.end_at(rule.openers, at)
    comma = low.find(",", at, min(spot.left, at + _LEAD_REACH))
    if opened < 0 and comma > 0:  # (... or past a short time or link: `Trong năm 2023, theo Sở`)
        after = comma + 1
        while after < spot.left and low[after] == " ":
            after += 1
        if (found := hits.end_at(rule.openers, after)) > 0:
            at, opened = after, found
    source = hits.end_at(rule.sources, skip_spaces(low, opened, 2) if opened > 0 else at)
    higher = lay.catalogue.scoring.higher_body_names.get(lay.org_level or "")
    if source < 0 and opened > 0 and lay.org_level in _BELOW_THE_PROVINCE:
        # (... or the union body above a district's or a grassroots union's, quoted: `Toàn
        # tỉnh, theo số liệu của LĐLĐ tỉnh, 6 tháng đầu năm đã kết nạp 11.420 đoàn viên`; by
        # its name: `Theo LĐLĐ TP HCM, toàn thành phố đã kết nạp ...` in a district's news)
        named = skip_spaces(low, opened, 2)
        above = hits.end_at(higher, named) if higher is not None else -1
        by_name = _higher_body_at(lay, named) if above < 0 else -1
        if by_name > 0 and _a_higher_whole(lay, by_name, spot.left):
            # (by its name, the whole it tells of named: not the district's own figure told by
            # it, `Theo LĐLĐ TP HCM, năm 2023 đơn vị đã kết nạp ...`)
            above = by_name
        if above > 0:
            # (not the district's own, named after the source: `Theo LĐLĐ tỉnh, Thọ Xuân hiện có
            # 9.850 đoàn viên`, `..., riêng huyện Thọ Xuân kết nạp 520 đoàn viên`)
            return not (
                hits.starting_between(rule.union, above, spot.left)
                or _names_the_place_of(lay, above, spot.left)
                or _a_district_named(lay, above, spot.left)
            )
    if (
        source < 0
        and opened < 0
        and lay.org_level in _SAID_BY_THE_BODY_ABOVE
        and (above := _higher_body_at(lay, at)) > 0
    ):
        # (... or the union body above the report's, by its name, saying it: `Tổng LĐLĐ Việt
        # Nam cho biết các cấp công đoàn đã chăm lo cho hơn 8,2 triệu lượt ...` in a province's)
        said = hits.starting_between(rule.said, above, min(above + rule.within, spot.left))
        if (
            said
            and _a_higher_whole(lay, said[0][1], spot.left)
            and not _own_named(lay, said[0][1], spot.left)
        ):
            return True
    if source < 0:
        source = _source_after_officer(lay, at, spot.left)
    if source < 0:
        return False
    if opened < 0:
        # (past an aside in brackets after the source's name: `Sở Nội vụ TP.HCM (đơn vị tiếp
        # nhận chức năng ... trước đây) cho biết, ...`)
        reach = source + rule.within
        aside = low.find("(", source, reach)
        if aside >= 0 and (closed := low.find(")", aside, spot.left)) >= 0:
            reach += closed - aside
        said = hits.starting_between(rule.said, source, min(reach, spot.left))
        if not said:
            return False
        source = said[0][1]
    return not hits.starting_between(rule.union, source, spot.left)


# The reports whose body above may say the whole's figures (`Tổng LĐLĐ Việt Nam cho biết các
# cấp công đoàn đã chăm lo ...`): a grassroots union's or a national sector's own figures are
# told after their body above too often (`..., trong đó Công đoàn Công ty chăm lo cho 1.250`).
_SAID_BY_THE_BODY_ABOVE = ("provincial_federation", "district_federation")


def _own_named(lay: Layout, lo: int, hi: int) -> bool:
    """The report's own body or place is named in [lo, hi): its kind's name (`LĐLĐ tỉnh`), its
    province (a province's report) or its district (a district's)."""
    assert lay.hits is not None
    own = lay.catalogue.scoring.own_body_names.get(lay.org_level or "")
    if own is not None and lay.hits.starting_between(own, lo, hi):
        return True
    place = (lay.province or "").lower().removeprefix("tp. ")
    if place and lay.org_level == "provincial_federation" and _names_place(lay.low, place, lo, hi):
        return True
    return _names_the_place_of(lay, lo, hi) or (
        lay.org_level in _BELOW_THE_PROVINCE and _a_district_named(lay, lo, hi)
    )


def _a_higher_whole(lay: Layout, lo: int, hi: int) -> bool:
    """A whole a body above the report's tells of is named in [lo, hi) (`toàn thành phố`,
    `cả nước`, `các cấp công đoàn`: `scoring.higher_scopes`)."""
    assert lay.hits is not None
    return bool(lay.hits.starting_between(lay.catalogue.scoring.higher_scopes, lo, hi))


def _higher_body_at(lay: Layout, pos: int) -> int:
    """The end of a body named by its proper name at `pos`, its level above the report's, or
    -1."""
    own = _RANK.get(lay.org_level or "", 9)
    for start, end, level in lay.bodies_on_line(lay.low.rfind("\n", 0, pos) + 1):
        if start == pos and level and _RANK.get(level, 0) > own:
            return end
    return -1


_LEAD_REACH = 30  # characters of a sentence's lead before `theo Sở ...`
_EMPLOYER_OPENER_REACH = 60  # characters from a sentence's start to the comma ending its opener


def _scope_opening(lay: Layout, spot: Spot, openers: int) -> int:
    """Where a scope of `openers` opening the figure's sentence ends (past marks and a source
    first: `Theo Tổng LĐLĐ Việt Nam, trên phạm vi cả nước, ...`), or -1."""
    hits, low = lay.hits, lay.low
    assert hits is not None
    start, lead_end = spot.sentence[0], min(spot.left, spot.sentence[0] + _LEAD_MARKS)
    while start < lead_end and not low[start].isalnum():  # (bounded: a sentence of marks)
        start += 1  # (bullets, quotes, a post's emoji: `🇻🇳 Trên phạm vi cả nước, ...`)
    if low.startswith("theo ", start):  # (the source first: `Theo Tổng LĐLĐ Việt Nam, ...`)
        comma = low.find(",", start, min(spot.left, start + _SOURCE_REACH))
        if comma < 0:
            return -1
        start = comma + 1
        while start < spot.left and low[start] == " ":
            start += 1
    opened = hits.starting_between(openers, start, start)
    return max(e for _, e in opened) if opened else -1


def the_nation_opens_the_sentence(lay: Layout, spot: Spot) -> bool:
    """`Trên phạm vi cả nước, ...` or `Theo Tổng LĐLĐ Việt Nam, trên phạm vi cả nước, ...`
    opens the figure's sentence (`scoring.scope_openers`), and neither a semicolon nor `riêng`
    brings the report's own back before the figure: the nation's figure."""
    sc, hits, low = lay.catalogue.scoring, lay.hits, lay.low
    assert hits is not None
    end = _scope_opening(lay, spot, sc.scope_openers)
    if end < 0:
        return False
    if (year := _SCOPE_YEAR.match(low, end)) is not None:
        end = year.end()  # (`Trên phạm vi cả nước năm 2024, ...`)
    return (
        (
            low.startswith(",", end)  # the scope alone before the comma (`Cả nước đang dồn sức
            # cho ..., LĐLĐ tỉnh đã kết nạp ...` names the nation as a backdrop)
            # ... or the subject of the figure's clause, no union body between (`Toàn quốc sau 3
            # năm thực hiện Nghị quyết 02 đã phát triển được hơn 3,1 triệu đoàn viên`)
            or (
                not any(c in ",;:" for c in low[end : spot.left])
                and not hits.starting_between(sc.union_bodies, end, spot.left)
                and not hits.starting_between(sc.scope_turns, end, spot.left)
            )
        )
        and ";" not in low[end : spot.left]  # (`Cả nước có ...; LĐLĐ tỉnh có ...`)
        and not hits.ending_between(sc.own_again_words, end, spot.left)
        and not hits.ending_between(sc.rank_words, end, spot.left)  # (`Trong cả nước, Long An
        # dẫn đầu với 1.850 suất quà`: the report's own, ranked)
    )


def _the_province_opens_the_sentence(lay: Layout, spot: Spot) -> bool:
    """`Toàn tỉnh hiện có khoảng 186.000 đoàn viên`, `Cả tỉnh, ...` in a district federation's
    report: the province (`scoring.province_scope_openers`) is the subject of the figure's
    clause, no union body, `riêng` or punctuation between: the province's figure."""
    sc, hits, low = lay.catalogue.scoring, lay.hits, lay.low
    assert hits is not None
    end = _scope_opening(lay, spot, sc.province_scope_openers)
    if end < 0:
        return False
    if (year := _SCOPE_YEAR.match(low, end)) is not None:
        end = year.end()  # (`Toàn tỉnh năm 2023, ...`)
    if low.startswith(",", end):
        end += 1  # (`Cả tỉnh, ...`: the scope alone before its comma)
    return (
        # (one clause: `Toàn tỉnh hiện có 2.314 CĐCS, huyện Cẩm Xuyên có 186 CĐCS` tells of
        # the district after its comma)
        not any(c in ",;" for c in low[end : spot.left])
        # (nor one that goes on to the district: `..., huyện Cẩm Xuyên có 186 CĐCS`, `...,
        # Cẩm Xuyên kết nạp 520 đoàn viên`)
        and not _district_units().search(low, end, spot.sentence[1])
        and not _names_the_place_of(lay, end, spot.sentence[1])
        and not hits.starting_between(sc.union_bodies, end, spot.left)
        and not hits.ending_between(sc.own_again_words, end + 1, spot.left)
        and not hits.ending_between(sc.rank_words, end, spot.left)
    )


def _names_the_place_of(lay: Layout, start: int, end: int) -> bool:
    """The report's own place (the last words of its body's name after its unit: `Cẩm Xuyên`
    of `Liên đoàn Lao động huyện Cẩm Xuyên`) is named in [start, end)."""
    name = (lay.org or "").lower()
    unit = _district_units().search(name)
    if unit is None:
        return False
    place = name[unit.end() :].strip()
    return bool(place) and lay.low.find(place, start, end) >= 0


def _the_provinces_in_brackets(lay: Layout, spot: Spot) -> bool:
    """`chiếm gần 1/4 tổng số đoàn viên toàn tỉnh (hơn 215.000 người)`, `cao hơn mức bình quân
    toàn tỉnh (7,6 triệu đồng/người/tháng)` in any report but the province's federation's: the
    province's figure, restated in brackets right after its scope word."""
    low = lay.low
    opened = _BRACKET_OPENS_BEFORE.search(low, max(0, spot.left - 16), spot.left)
    if opened is None:
        return False
    assert lay.hits is not None
    openers = lay.catalogue.scoring.province_scope_openers
    named = lay.hits.ending_between(openers, opened.start() - 2, opened.start() + 1)
    # (only where the clause sets the report's figure against it, `scoring.set_against`; not the
    # people the report's own care reached: `tặng quà đoàn viên ngành Y tế toàn tỉnh (1.800 người)`)
    if not named:
        return False
    lo = max(spot.clause[0], named[0][0] - _SET_AGAINST_REACH)
    return bool(lay.hits.starting_between(lay.catalogue.scoring.set_against, lo, named[0][0]))


_LABELS_THE_NEXT = re.compile(r"[ \t]*:[ \t]*\d")
_SET_AGAINST_REACH = 80  # characters before the scope word its comparison may open
_BRACKET_OPENS_BEFORE = re.compile(r"\s*\(\s*(?:(?:là|hơn|gần|khoảng|trên|xấp\s+xỉ)\s+)?$")
_BELOW_THE_PROVINCE = ("district_federation",)  # (a provincial sector spans it; a grassroots
# union tells of its province as where it stands: `Trên địa bàn tỉnh, Công ty ...`)


@cache
def _district_units() -> re.Pattern[str]:
    """The catalogue's unit words of a district or a city below the province (`huyện`, `quận`,
    `thị xã`, `thành phố`), as whole words."""
    listed = [w for w, kind in org_words().units.items() if kind in ("district", "city")]
    return re.compile(rf"(?<!\w)(?:{alternation(listed)})(?!\w)")


def _a_district_named(lay: Layout, lo: int, hi: int) -> bool:
    """A district or town named in [lo, hi) by its unit and name (`huyện Thọ Xuân`, `quận 12`)
    or by the report's own unit (`toàn huyện`), not the whole of the city above the report's
    district (`toàn thành phố đã kết nạp ...` in a quận's)."""
    own = _own_unit(lay)
    for unit in _district_units().finditer(lay.low, lo, hi):
        after = lay.text[unit.end() : unit.end() + 3].lstrip()[:1]
        if after.isupper() or after.isdigit() or not own or own.startswith(unit.group(0) + " "):
            return True
    return False


_SOURCE_REACH = 60  # characters of `Theo <source>,` before a scope word
_LEAD_MARKS = 8  # marks and spaces a sentence may open with before its scope word
_SCOPE_YEAR = re.compile(r"\s+(?:trong\s+)?năm\s+(?:19|20)\d\d(?=,)")
NATIONWIDE = ("national", "national_sector")  # bodies whose own figures are the country's


def _paid_by_others(lay: Layout, head_end: int) -> bool:
    """`kinh phí 1,1 tỉ đồng do công ty chi trả`: the payer named right after the amount and
    its unit (`scoring.paid_by_others`) is not the union."""
    hits = lay.hits
    assert hits is not None
    return bool(hits.starting_between(lay.catalogue.scoring.paid_by_others, head_end, head_end + 3))


def _employer_does_it(lay: Layout, spot: Spot) -> bool:
    """`Công ty CP Xi măng X đã tổ chức khám sức khỏe cho 1.146 CNLĐ`, `Đồng hành cùng chương
    trình, Công ty TNHH Y trao tặng 60 suất quà`: an employer, named, opens the sentence (or
    the clause after a short opener), the figure in its clause, and no union body stands
    before the figure: its own spending, not the union's (`scoring.employer_subjects`)."""
    sc, hits, low = lay.catalogue.scoring, lay.hits, lay.low
    assert hits is not None
    at = spot.sentence[0]
    while at < spot.left and not low[at].isalnum():
        at += 1  # bullets, quotes, spaces
    starts = [at]
    # (after each opener: `Năm 2024, sau đối thoại, công ty ...`)
    reach = min(at + _EMPLOYER_OPENER_REACH, spot.left)
    comma = low.find(",", at, reach)
    while comma >= 0:
        starts.append(skip_spaces(low, comma + 1, 2))
        comma = low.find(",", comma + 1, reach)
    # (an unnamed one giving may open the clause after a semicolon or a comma anywhere before
    # the figure: `Công đoàn trao 120 suất quà; công ty hỗ trợ thêm 60 triệu đồng`)
    unnamed = [
        skip_spaces(low, k + 1, 2)
        for k in (low.rfind(";", at, spot.left), low.rfind(",", at, spot.left))
        if k >= 0
    ]
    for start in [*starts, *unnamed]:
        if start > at and _partner_before(lay, start):
            continue  # (`LĐLĐ huyện phối hợp với các CĐCS, doanh nghiệp trao 1.100 phần quà`)
        for lead in sc.employer_leads:  # (`các doanh nghiệp đã hỗ trợ 2,5 tỷ đồng`)
            if low.startswith(lead + " ", start):
                start += len(lead) + 1
                break
        end = hits.end_at(sc.employer_subjects, start)
        if end < 0:
            continue
        if not lay.text[end + 1 : end + 2].isupper():
            # (unnamed, as its own union's or a dialogue's report calls it, giving: `Sau đối
            # thoại, công ty cũng hỗ trợ 300 triệu đồng cho công nhân`)
            gives = hits.end_at(sc.employer_gives, skip_spaces(low, end, 2))
            if gives < 0 or lay.digit_between(gives, spot.left):
                continue
            if not hits.starting_between(sc.union_bodies, start, spot.left):
                return True
            continue
        if any(c in ",;:" for c in low[end : spot.left]):
            return False  # (a place before the doer: `Tại Công ty X, Công ty Y, đoàn đã trao`)
        # (what it has is the union's to count where the union is the firm's own, a grassroots
        # union's or a corporation's union's report, `Tập đoàn Dầu khí Việt Nam đã có 7.085 sáng
        # kiến` in Công đoàn Dầu khí Việt Nam's; in a federation's it is that firm's: `Công ty
        # TNHH Hưng Phát có 800 công nhân` in a province's)
        own_firm = lay.org_level in (None, "grassroots", "national_sector")
        if not own_firm and hits.starting_between(sc.union_bodies, spot.right, spot.clause[1]):
            # (the union gave to them: `Công ty X có 120 đoàn viên được LĐLĐ tỉnh tặng quà`)
            return False
        return not (
            hits.starting_between(sc.union_bodies, spot.sentence[0], spot.left)
            or (own_firm and right_before(lay, sc.employer_has, spot.left))
        )
    return False


def _source_after_officer(lay: Layout, at: int, left: int) -> int:
    """Where a source named after its officer's title ends (`Ông Nguyễn Văn B, Giám đốc Sở
    Nội vụ`, `Theo đại diện Sở ...`), near the sentence's start with no figure or union body
    before it; or -1."""
    rule, hits, low = lay.catalogue.scoring.attribution, lay.hits, lay.low
    assert hits is not None
    for start, end in hits.starting_between(rule.sources, at, min(at + rule.within, left)):
        titled = any(
            not low[e:start].strip()
            for _, e in hits.ending_between(rule.officers, start - 3, start)
        )
        if titled and not lay.digit_between(at, start):
            return -1 if hits.starting_between(rule.union, at, start) else end
    return -1


def _attributed_after(lay: Layout, spot: Spot) -> bool:
    """The sentence names its source after the figure (`... hơn 112.000 lao động làm việc tại
    các KCN, theo số liệu của Ban Quản lý các KCN tỉnh`, `(nguồn: Sở LĐ-TB&XH)`, `..., Ban
    Quản lý các KCN tỉnh cho biết.`): a government body's figures."""
    rule, hits, low = lay.catalogue.scoring.attribution, lay.hits, lay.low
    assert hits is not None
    for _, end in hits.starting_between(rule.openers, spot.right, spot.sentence[1] - 1):
        end += len(low[end : end + 2]) - len(low[end : end + 2].lstrip(":"))  # `(nguồn: Sở ...)`
        if hits.end_at(rule.sources, skip_spaces(low, end, 2)) > 0:
            return not hits.starting_between(rule.union, spot.right, end)
    # `..., Ban Quản lý các KCN tỉnh cho biết.`: the source and its verb close the sentence
    comma = low.rfind(",", spot.right, spot.sentence[1])
    if comma < 0 or hits.any_starting_between(rule.union, spot.right, spot.sentence[1]):
        return False
    source = hits.end_at(rule.sources, skip_spaces(low, comma + 1, 2))
    if source < 0:
        return False
    said = hits.starting_between(rule.said, source, min(source + rule.within, spot.sentence[1]))
    return bool(said) and not low[said[0][1] : spot.sentence[1]].strip(' .!\n”"')


# Levels from the top; a bloc's members are its units, whatever their level.
_RANK = {
    "national": 6, "national_sector": 5, "provincial_federation": 4, "sector_provincial": 3,
    "district_federation": 2, "grassroots": 0, "bloc": 1,
}  # fmt: skip


_WITH_ITS_TOTAL = re.compile(r"[\s,]*với\s+(?:tổng\s+số\s+|tổng\s+cộng\s+)?")
_UNITS_REACH = 300  # characters back from the last unit listed to the count of the first


def _a_lower_body_does_it(lay: Layout, spot: Spot) -> bool:
    """The body named nearest before the figure, between the semicolons around it, is one
    below the report's (`Riêng LĐLĐ huyện Đông Hưng ... kết nạp 512 đoàn viên` in a bloc's
    report): its figure, not the report's. A body named without its proper name there (`LĐLĐ
    tỉnh`, `công đoàn các cấp`) is the report's own."""
    low = lay.low
    sc = lay.catalogue.scoring
    lo = max(spot.sentence[0], low.rfind(";", spot.sentence[0], spot.left) + 1)
    # The nearest body farther than the reach says nothing: none before it is read either.
    reach = max(lo, spot.left - sc.lower_body_reach)
    body = lay.last_body_before(reach, spot.left)
    while body is not None and (
        right_before(lay, sc.policy_of, body[0]) or _in_a_bracket_closed(low, lo, body, spot.left)
    ):
        # the author of a policy carried out is no doer: the body before it, if any, is
        # (`LĐLĐ huyện Tiền Hải triển khai chính sách hỗ trợ của Tổng LĐLĐ Việt Nam, ...`); nor
        # is a body in a bracket closed before the figure, a part's (`1.217 sáng kiến (trong đó
        # Công đoàn ngành Giáo dục 842 sáng kiến), giá trị làm lợi trên 9,3 tỷ đồng`)
        body = lay.last_body_before(reach, body[0])
    nearest = None if body is None else (body[0], body[2] or _placed_by_the_opener(lay, spot, body))
    if nearest is None or not nearest[1] or _partner_before(lay, nearest[0]):
        return False
    if _COUNTED_BEFORE.search(lay.low, max(0, nearest[0] - 8), nearest[0]):
        return False  # (bodies counted, no doer: `Khối hiện gồm 9 Công đoàn Tổng công ty với ...`)
    assert body is not None
    if _WITH_ITS_TOTAL.fullmatch(low, body[1], spot.left) and _UNITS_COUNTED_BEFORE.search(
        low, max(lo, body[0] - _UNITS_REACH), body[0]
    ):
        # (... the last of a list of units counted, then the whole's make-up: `LĐLĐ tỉnh có 13
        # LĐLĐ huyện, ... và công đoàn ngành, Công đoàn Khu kinh tế tỉnh, với tổng số 2.086 CĐCS`)
        return False
    if _heads_the_bloc(lay, body[0], body[1]):
        return False  # (its bloc's head: `Khối do LĐLĐ quận X làm Trưởng khối đã kết nạp`)
    if _listed_parts_of_a_count(lay, lo, nearest[0]) and not sc.list_goes_on.match(low, spot.right):
        return False  # (`có 21 CĐCS trực thuộc, gồm Công đoàn Công ty 525.1, ... với 6.870 ...`)
    assert lay.hits is not None
    if lay.hits.starting_between(sc.lower_body_own, nearest[0] + 1, spot.left):
        return False  # `..., các cấp công đoàn đã tổ chức 41 cuộc đối thoại`
    assert body is not None
    if lay.org_level == "provincial_federation" and _the_provinces_self_name(
        low[body[0] : body[1]]
    ):
        return False  # `các cấp Công đoàn Thành phố đã chi ...` in the city federation's report
    if body[2] and _names_the_report(lay, body[0], body[1]):
        return False  # `Công đoàn Tổng công ty có 45 CĐCS`, in that union's own report (one
        # named by its kind alone here is placed elsewhere by its sentence's opener: `Tại quận Gò
        # Vấp, LĐLĐ quận ...` in quận Bình Tân's)
    own = _RANK[lay.org_level or ""]
    level = nearest[1]
    if level == "national_sector" == lay.org_level and _a_member_corporation(lay, body[0], body[1]):
        return True  # `Công đoàn Tổng công ty Điện lực miền Nam có 416 sáng kiến` in EVN's union's
    if level == lay.org_level:
        # (named by the opener's place, not the report's own: another district's)
        return not body[2] or _another_event_of_a_roundup(lay, spot, body[0], body[1])
    if _joint_with_a_body_of_the_reports_level(lay, lo, body[0], spot.left):
        return False  # `LĐLĐ tỉnh, Công đoàn Viên chức tỉnh, LĐLĐ huyện X đã ... tặng quà cho ...`
    return lay.org_level == "bloc" or _RANK.get(level, 9) < own


def _the_provinces_self_name(named: str) -> bool:
    """`Công đoàn Thành phố`, `Công đoàn tỉnh`, `Công đoàn Thủ đô`: a union named by its place's
    unit or honorific alone, as a province's federation calls itself."""
    w = org_words()
    kind, _, rest = named.partition(" ")
    if kind != "công" or not rest.startswith("đoàn "):
        return False
    place = rest.removeprefix("đoàn ").strip()
    return w.units.get(place) in ("province", "city") or place in w.capital_names


_OWNER_BRACKET = 60  # characters back from a body to the bracket it may stand in


def _in_a_bracket_closed(low: str, lo: int, body: tuple[int, int, str], pos: int) -> bool:
    """The body at `body` stands in a bracket opened after `lo` and closed before `pos`."""
    opened = low.rfind("(", lo, body[0])
    return opened >= 0 and low.find(")", opened, body[0]) < 0 and low.find(")", body[1], pos) >= 0


def _placed_by_the_opener(lay: Layout, spot: Spot, body: tuple[int, int, str]) -> str:
    """`Tại huyện Tiền Hải, LĐLĐ huyện phối hợp ... trao 850 suất quà`: a body named by its
    type and unit only (the report's own, alone), its place told by the sentence's opener: the
    level of the body so named, or "" (none, or the report's own place)."""
    from unionstats.orgs import level_of, line_mentions

    opener = _PLACE_OPENER.match(lay.low, spot.sentence[0])
    if (
        opener is None
        or opener.end() > body[0]
        or _OPENER_BETWEEN.search(lay.low, opener.end(), body[0])
    ):
        return ""
    written = " ".join(lay.text[body[0] : body[1]].split())
    place = " ".join(lay.text[opener.start(1) : opener.end(1)].split())
    words = written.split()
    # the body's unit opening the place (`huyện`, `thành phố`: `Tại thành phố Sa Đéc, LĐLĐ thành
    # phố ...`), or the place a proper name alone
    units = (" ".join(words[k:]).lower() for k in range(1, len(words)))
    unit = next((u for u in units if place.lower().startswith(u + " ")), None)
    if unit is not None:
        place = place[len(unit) + 1 :]
    elif not all(word[:1].isupper() for word in place.split()):
        return ""  # (a place of another unit: `Tại xã Tân Phú, LĐLĐ huyện ...`)
    if lay.province and place.lower() == lay.province.lower():
        return ""  # (`Tại Thái Bình, LĐLĐ tỉnh ...` in Thái Bình's report: its own)
    found = line_mentions(f"{written} {place}")
    if len(found) != 1 or not found[0].named:
        return ""
    level = level_of(found[0])
    if level != lay.org_level:
        return level
    # (one of the report's level placed elsewhere than the report's own: `Tại huyện Củ Chi, LĐLĐ
    # huyện ...` in quận Bình Tân's news; no claim when the report's own place is unknown)
    own = _own_unit(lay)
    return level if own and not _names_place(own, place.lower(), 0, len(own)) else ""


# `Tại huyện Tiền Hải,`, `Riêng ở Sóc Trăng,`: a place opening a sentence, then a comma
_PLACE_OPENER = re.compile(
    r"[ \t\-+•*]*(?:(?:riêng|còn)\s+)?(?:tại|ở)\s+"
    r"([^\W\d_]+(?:[ \t]+[^\W\d_]+){0,4}?(?:[ \t]+\d{1,2})?)[ \t]*,"  # (`Tại quận 8,`)
)
_OPENER_BETWEEN = re.compile(r"[.;:(]")  # (the body in the opener's clause, no other)


def _listed_parts_of_a_count(lay: Layout, lo: int, at: int) -> bool:
    """The body at `at` is one of a list its clause opens after a count of unions (`hiện có 21
    CĐCS trực thuộc, gồm Công đoàn các Công ty 525.1, 525.2, ..., Chi nhánh 5 ... với 6.870 đoàn
    viên`): the count's parts named, no doer; the figures after them are the counting body's."""
    low = lay.low
    # (read back over `_LIST_REACH` at most: a sentence of thousands of bodies, each with its
    # figure, was read from its start for each, quadratic)
    lo = max(lo, at - _LIST_REACH)
    opens = [m.start() for m in lay.catalogue.scoring.list_opens.finditer(low, lo, at)]
    return bool(opens) and (
        _UNITS_COUNTED_BEFORE.search(low, max(lo, opens[-1] - 50), opens[-1]) is not None
    )


_LIST_REACH = 1000  # characters from a list's opener to a body it names
_UNITS_COUNTED_BEFORE = re.compile(
    r"(?<![\d.,])\d[\d.,]*\s+(?:cđcs|công\s+đoàn|đơn\s+vị|công\s+ty|doanh\s+nghiệp|lđlđ"
    r"|liên\s+đoàn\s+lao\s+động)[^.;\d]*$"
)


# (a count, not a day, a month or a number of: `tháng 5 LĐLĐ huyện ...`, `Quận 3`)
_COUNTED_BEFORE = re.compile(
    r"(?<![\d.,/])(?<!tháng\s)(?<!quý\s)(?<!ngày\s)(?<!năm\s)(?<!kỳ\s)(?<!số\s)(?<!khóa\s)"
    r"(?<!lần\s)(?<!đợt\s)\d{1,3}\s+$"
)


def _headed_by_another_body(lay: Layout, spot: Spot) -> bool:
    """The figure's paragraph opens on a body named in full and a colon (`LĐLĐ huyện Hải Lăng:
    Ngày 15/01, ...`, `* CĐCS Công ty X: ...`), of another level than the report's: a digest's
    item, its figures that body's (not `LĐLĐ tỉnh:`, the report's own, nor a label with no
    name)."""
    low = lay.low
    para = low.rfind("\n", 0, spot.left) + 1
    at = para
    while at < spot.left and low[at] in " \t*-–•+":
        at += 1
    colon = low.find(":", at, min(spot.left, at + _ITEM_HEAD_REACH))
    if colon < 0:
        return False
    body = lay.last_body_before(at, colon)
    if body is None or body[0] != at or not body[2] or low[body[1] : colon].strip():
        return False
    # (one of the report's own level heading it is read as the report's: a digest led by its
    # body, `LĐLĐ tỉnh Khánh Hóa: ...`, however its name is spelt; other provinces' federations
    # are told apart by their place, `_another_province_does_it`)
    if body[2] == lay.org_level or _names_the_report(lay, body[0], body[1]):
        return False
    # (the report's own body named inside the item keeps its figure: `...; riêng LĐLĐ tỉnh
    # Quảng Trị kết nạp 5.200 đoàn viên`)
    nearer = lay.last_body_before(colon + 1, spot.left)
    return not (
        nearer
        and nearer[2]
        and (nearer[2] == lay.org_level or _names_the_report(lay, nearer[0], nearer[1]))
    )


_ITEM_HEAD_REACH = 90  # characters from a paragraph's start to the colon closing its body's name


def _a_member_corporation(lay: Layout, start: int, end: int) -> bool:
    """The national sector union of a corporation (`Công đoàn Tổng công ty ...`, `Công đoàn
    Tập đoàn ...`) named in the report of a national sector union that is not one: one of
    its members, ranked alike, its figures its own."""
    starts = org_words().national_sector_starts
    name = " ".join(lay.low[start:end].split())
    own = " ".join((lay.org or "").lower().split())
    if _after_type(name) in starts:
        return False  # its rank alone, no name (`Công đoàn Tập đoàn đã trao ...`): the report's own
    return _after_type(name).startswith(starts) and not _after_type(own).startswith(starts)


@cache
def _district_unit() -> re.Pattern[str]:
    """A district's or a city's unit word (the catalogue's `units`) and the name after it."""
    words = [u for u, kind in org_words().units.items() if kind in ("district", "city")]
    return re.compile(rf"(?<!\w)(?:{alternation(words)})\s+(?:\d+\w?\b|.+$)")


def _names_place(low: str, place: str, lo: int, hi: int) -> bool:
    """`place` written whole in [lo, hi) (`quận 1`, not inside `quận 11`)."""
    k = low.find(place, lo, hi)
    while k >= 0:
        if not low[k + len(place) : k + len(place) + 1].isalnum():
            return True
        k = low.find(place, k + 1, hi)
    return False


def _own_unit(lay: Layout) -> str:
    """The report's district as its name writes it, its province left off (`huyện cần giuộc`
    of `Liên đoàn Lao động huyện Cần Giuộc Long An`), or ''."""
    own = " ".join((lay.org or "").lower().split())
    if lay.province:
        own = own.removesuffix(" " + lay.province.lower().removeprefix("tp. "))
    m = _district_unit().search(own)
    return m.group(0) if m else ""


def _after_type(name: str) -> str:
    """The name past its union type phrase (`công đoàn tổng công ty x` → `tổng công ty x`)."""
    for phrase in ("công đoàn ", "cđ "):
        if name.startswith(phrase):
            return name[len(phrase) :]
    return name


def _joint_with_a_body_of_the_reports_level(lay: Layout, lo: int, start: int, pos: int) -> bool:
    """A body of the report's own level heads the list of bodies that ends at `start` (no
    figure between them): the deed that follows is done together, the report's own."""
    assert lay.hits is not None
    own = lay.catalogue.scoring.own_body_names.get(lay.org_level or "")
    if own is not None and any(  # (named by its kind alone: `LĐLĐ tỉnh, Công đoàn Viên chức`)
        not lay.digit_between(end, start) for _, end in lay.hits.ending_between(own, lo, start)
    ):
        return True
    hi = start
    while (body := lay.last_body_before(lo, hi)) is not None and body[0] < hi:
        if lay.digit_between(body[1], start):
            return False
        if body[2] == lay.org_level:
            return True
        hi = body[0]
    return False


def _another_event_of_a_roundup(lay: Layout, spot: Spot, start: int, end: int) -> bool:
    """`Cùng ngày, LĐLĐ quận 3 tổ chức ..., trao 120 phần quà` in LĐLĐ quận 1's news, `LĐLĐ
    quận 10 cũng vừa sơ kết ...`: a body of the report's level, not the report's own (their
    names end differently), brought in as another event."""
    if not lay.org:
        return False
    named = " ".join(lay.low[start:end].split()[-2:])
    if abbreviated := _UNIT_ABBREVIATED.match(lay.text, end):
        # (`LĐLĐ H. Đức Trọng`, `LĐLĐ Q.3`: the name after the unit's dot)
        named = " ".join(abbreviated.group(1).lower().split())
    own = " ".join(lay.org.lower().split())
    last_two = " ".join(own.split()[-2:])
    if _names_place(own, named, 0, len(own)) or _names_place(lay.low, last_two, start, end):
        return False  # its own name, or one it may be written as (safe either way; whole
        # words: `quận 11` is not `quận 1`)
    if _abbreviates(named.split()[-1], own):
        return False  # (`Công đoàn CAND cũng ...` in Công đoàn Công an nhân dân's report)
    sc, hits = lay.catalogue.scoring, lay.hits
    assert hits is not None
    opener = hits.starting_between(sc.roundup_openers, spot.sentence[0], spot.sentence[0] + 3)
    also = hits.starting_between(sc.roundup_also, end, end + _ALSO_REACH)
    return bool(opener) or bool(also)


_ALSO_REACH = 12  # `LĐLĐ quận 10 - TPHCM cũng`: past the name's province
# (on the original text: a number, or capitalised words)
_UNIT_ABBREVIATED = re.compile(
    rf"\.[ \t]*(\d+\b|[{UPPER_LETTERS}][^\s,.;:]*(?:[ \t]+[{UPPER_LETTERS}][^\s,.;:]*)*)"
)


def _abbreviates(token: str, name: str) -> bool:
    """`cand` is the initials of the last words of `công đoàn công an nhân dân` (`gtvt` of
    `... giao thông vận tải việt nam` before its country); three letters at least."""
    token = token.replace("đ", "d")
    if len(token) < 3 or not token.isalpha():
        return False
    initials = "".join(w[0] for w in name.replace("đ", "d").split() if w[0].isalpha())
    return any(initials.endswith(token, 0, len(initials) - k) for k in (0, 2))


def _the_roundup_goes_on(lay: Layout, spot: Spot) -> bool:
    """A sentence naming no body, in a paragraph where the last body named was another
    event's of a roundup (`LĐLĐ quận 10 cũng vừa sơ kết ... Trong năm qua, CNVC-LĐ quận đã
    thực hiện 832 sáng kiến`): that body's figure. A body named since, the report's own
    included (`LĐLĐ quận`), ends it. So too a clause after such a body's in its sentence
    (`Cùng ngày, LĐLĐ huyện Đức Hòa cũng tổ chức sơ kết; 7 tháng qua các CĐCS tại huyện này
    đã tổ chức 40 cuộc đối thoại`)."""
    sentence = spot.sentence[0]
    if not lay.org:
        return False
    here = lay.last_body_before(sentence, spot.left)
    if here is not None:
        own_place = _own_unit(lay)
        if (
            here[2] != lay.org_level
            or here[0] >= spot.clause[0]  # (in its own clause: the owners' reading above)
            or _names_the_report(lay, here[0], here[1])
            # (nor with the report's body leading it, nor the figure's clause opening on its
            # place: `LĐLĐ huyện Cần Giuộc phối hợp với LĐLĐ huyện Đức Hòa ...; các CĐCS ...`,
            # `...; trong 7 tháng, toàn huyện Cần Giuộc đã tổ chức ...`)
            or (own_place and _names_place(lay.low, own_place, sentence, here[0]))
            or (
                own_place
                and any(
                    _names_place(lay.low, f"{lead} {own_place}", spot.clause[0], spot.left)
                    for lead in lay.catalogue.scoring.own_place_leads
                )
            )
        ):
            return False
        earlier = Spot(spot.cand, here[1], here[1], (sentence, here[1]), (sentence, here[1]))
        return _another_event_of_a_roundup(lay, earlier, here[0], here[1])
    line = lay.text.rfind("\n", 0, sentence) + 1
    body = lay.last_body_before(line, sentence)
    if body is None or body[2] != lay.org_level or _names_the_report(lay, body[0], body[1]):
        return False
    start = lay.sentence(body[0])[0]
    earlier = Spot(spot.cand, body[1], body[1], (start, body[1]), (start, body[1]))
    return _another_event_of_a_roundup(lay, earlier, body[0], body[1])


def _names_the_report(lay: Layout, start: int, end: int) -> bool:
    """The body named at [start, end) is the report's own, written whole or cut short (the
    header's `Công đoàn Tổng công ty Hàng hải Việt Nam`, the text's `Công đoàn Tổng công ty`)."""
    if not lay.org:
        return False
    named, own = " ".join(lay.low[start:end].split()), " ".join(lay.org.lower().split())
    # (or by the short name the text gives it: `... Việt Nam (Công đoàn TKV)`; abbreviations
    # stand for their words: `LĐLĐ thành phố Huế` is `Liên đoàn Lao động thành phố Huế`)
    aliases = lay.org_aliases()
    if _opens(own, named) or _opens(named, own) or named in aliases:
        return True
    if aliases and _after_type(named) in aliases:
        return True  # (`Công đoàn NBB` after `Công đoàn Ngân hàng TMCP Phương Bắc (NBB)`)
    full_named, full_own = _expanded(named), _expanded(own)
    if _opens(full_own, full_named) or _opens(full_named, full_own):
        return True
    # ... or a province's sector union by its trade and `tỉnh` (`Trước đó, Công đoàn Giáo dục
    # tỉnh đã thăm hỏi ...` in the report of `Công đoàn Giáo dục Thái Bình`)
    place = (lay.province or "").lower().removeprefix("tp. ")
    if (
        place
        and lay.org_level == "sector_provincial"
        and (unit := next((u for u in _PROVINCE_UNITS if full_named.endswith(u)), None))
    ):
        trade = full_named.removesuffix(unit).replace(" ngành ", " ")
        if full_own.replace(" ngành ", " ") in (f"{trade} {place}", f"{trade}{unit} {place}"):
            return True
    # ... or by the capital's honorific (`Công đoàn Thủ đô`, `LĐLĐ Thủ đô` in Hà Nội's report)
    bare = _after_type(full_named).removeprefix("liên đoàn lao động ")
    capital = org_words().capital_names.get(bare)
    if capital is not None and lay.org_level == "provincial_federation":
        return full_own.endswith(" " + capital.lower())
    # ... or a national sector union by its trade, as it speaks of itself (`các cấp công đoàn
    # ngành Y tế` in Công đoàn Y tế Việt Nam's report): the trade's name and no place after it
    if lay.org_level != "national_sector" or not own.endswith(" việt nam"):
        return False
    trade = _after_type(own).removesuffix(" việt nam")
    return bool(trade) and named.removeprefix("công đoàn ngành ").removeprefix("cđ ngành ") == trade


_PROVINCE_UNITS = (" tỉnh", " thành phố", " tp")


def _opens(name: str, start: str) -> bool:
    """`name` opens with the whole words of `start` (`lđlđ quận 11` does not open with `lđlđ
    quận 1`)."""
    return name == start or name.startswith(start + " ")


def _expanded(name: str) -> str:
    """A lower-cased name with its abbreviations written out (the catalogue's)."""
    abbreviations = org_words().abbreviations
    return " ".join(abbreviations.get(t, t) for t in name.split())


def public_relief(lay: Layout, spot: Spot) -> str | None:
    """The general public is helped (`đồng bào vùng lũ`, `Ủy ban MTTQ`) and none of the
    union's own people is named, between the semicolons around the number: `public` when a
    word of the public names it, `people` when only people do (`chiến sĩ`, `học sinh`)."""
    rule, hits, low = lay.catalogue.scoring.public_relief, lay.hits, lay.low
    assert hits is not None
    lo = max(spot.sentence[0], low.rfind(";", spot.sentence[0], spot.cand.q_start) + 1)
    hi = low.find(";", spot.right, spot.sentence[1])
    hi = spot.sentence[1] if hi < 0 else hi
    # (the public front whose call the union answers is no one helped: `Hưởng ứng Lời kêu gọi
    # của Ủy ban MTTQ, cán bộ, đoàn viên ... đã ủng hộ đồng bào`)
    named = [
        (a, b)
        for a, b in hits.starting_between(rule.public, lo, hi)
        if not _CALLED_BY.search(low, max(lo, a - _CALL_REACH), a)
    ]
    # (people of the public named as what the union's own are, an occasion's or a body's name, or
    # an honour: `nhà giáo là thương binh`, `Ngày Thương binh - Liệt sĩ`, `Công đoàn Bộ đội Biên
    # phòng`, `Chiến sĩ thi đua`)
    # (`là` only after one of the union's own: `nhà giáo là thương binh`, not `đối tượng nhận
    # quà là ngư dân`)
    people = [
        (a, b)
        for a, b in hits.starting_between(rule.people, lo, hi)
        if not low.endswith(_NAMES_BEFORE, max(0, a - 16), a)
        and not (
            low.endswith(_AS, max(0, a - 12), a) and hits.ending_between(rule.own, a - 16, a - 3)
        )
        and not (low.startswith(" thi đua", b) and low.startswith("chiến s", a))
        # (nor a pupil's title the union's children earned: `khen thưởng 126 cháu đạt học sinh
        # giỏi`)
        and not _A_PUPILS_TITLE.match(low, b)
    ]
    public = sorted(named + people)
    if not public:
        return None
    # (the union's people helped with an earlier figure of the stretch are that figure's: `chi
    # 1.560 tỷ đồng hỗ trợ ... đoàn viên ... và 210 tỷ đồng cứu trợ đồng bào`)
    i = bisect.bisect_left(lay.digits, spot.cand.q_start) - 1
    own_lo = lo if i < 0 or lay.digits[i] < lo else _DIGITS.match(low, lay.digits[i]).end()
    # (an own word inside the public's name is the public's: `cán bộ, chiến sĩ`)
    every_public = [*hits.starting_between(rule.public, own_lo, hi), *people]
    own = [
        (a, b)
        for a, b in hits.starting_between(rule.own, own_lo, hi)
        if not any(pa <= a and b <= pb for pa, pb in every_public)
    ]
    # the newspaper `Báo Người Lao Động` names no one helped (nor its `Lao Động` inside)
    titles = [(a, b) for a, b in own if low.endswith(rule.not_after, max(0, a - 9), a)]
    # `CNVCLĐ toàn ngành còn ủng hộ đồng bào ...`: the union's people who give are no one helped
    # (not past a figure: `hỗ trợ 1,3 triệu lượt đoàn viên ... và 210 tỷ đồng cứu trợ đồng bào`
    # helped members, then gave to the public)
    gave = hits.starting_between(rule.gives, lo, public[0][0])
    # (... but those the figure is given to are no givers: `trao 280 phần quà Tết cho đoàn viên
    # và tặng 30 triệu đồng hỗ trợ các đồn` gives the 280 to members)
    if not all(
        any(a <= start < b for a, b in titles)
        or (
            not (start > spot.cand.q_start and _GIVEN_TO.search(low, max(0, start - 25), start))
            and any(start < g and not lay.digit_between(start, g) for g, _ in gave)
        )
        for start, _ in own
    ):
        return None
    return "public" if named else "people"


_A_PUPILS_TITLE = re.compile(r"[ \t]+(?:giỏi|xuất sắc|tiên tiến|khá)\b")
# those given to, told right after `cho` (`cho 280 đoàn viên`, `cho các đoàn viên`)
_GIVEN_TO = re.compile(r"\bcho\s+(?:các\s+|những\s+|mọi\s+|\d[\d.,]*\s+)?$")
_AS = ("là ", "là con ", "là vợ ", "là gia đình ", "là thân nhân ")
# an occasion's or a body's name holding the word (`Tháng hành động vì trẻ em`)
_NAMES_BEFORE = ("ngày ", "công đoàn ", "hành động vì ")
# (`lời kêu gọi của Ủy ban Trung ương MTTQ`: the caller, a few words after `kêu gọi của`)
_CALLED_BY = re.compile(
    r"kêu\s+gọi\s+của(?:\s+(?!(?:ủng|hỗ|giúp|trao|tặng|chăm)\b)[^\s,.;:]+){0,4}\s+$"
)
_CALL_REACH = 60  # characters before the public's name where the call that names it stands


_NAME_NUMBER = 4  # characters after a body's name where a number is the name's (`quận 3`)
_DATES = re.compile(r"(?<!\d)(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|(?:19|20)\d{2})(?!\d)")
# (nor an amount each, the rate the body paid: `UBND tỉnh đã chi hỗ trợ 1,8 triệu
# đồng/người/tháng cho 312 người lao động`)
_PER_HEAD = re.compile(
    r"\d[\d.,]*[ \t]*(?:(?:tỷ|tỉ|triệu|nghìn|ngàn)[ \t]*)?(?:đồng|đ)[ \t]*/[ \t]*[^\W\d_]+"
    r"(?:[ \t]*/[ \t]*[^\W\d_]+)?"
)


def subgroup(lay: Layout, spot: Spot, head_end: int) -> str | None:
    """A breakdown named in the counted noun or just before the number, not past a neighbour;
    the one written nearest the number wins; `other_org` when the whole country or the
    confederation owns the figure (unless the report is the confederation's own)."""
    cat, low, hits = lay.catalogue, lay.low, lay.hits
    assert hits is not None
    other = cat.scoring.windows["other_org"]
    # (an amount each between reaches no further: `UBND tỉnh đã chi hỗ trợ 1,8 triệu
    # đồng/người/tháng cho 312 người lao động`)
    other += sum(
        m.end() - m.start()
        for m in _PER_HEAD.finditer(low, max(0, spot.left - 2 * other), spot.left)
    )
    owners = []
    if lay.org_level != "national":
        owners = hits.ending_between(cat.scoring.other_org_words, spot.left - other, spot.left)
        if len(owners) > 1:  # a name's tail is no body of its own (`Ủy ban MTTQ`: not `MTTQ`)
            owners = [(s, e) for s, e in owners if not any(a < s and e <= b for a, b in owners)]
        own = cat.scoring.own_system_words.get(lay.org_level or "")
        if own is not None and owners:
            mine = set(hits.ending_between(own, spot.left - other, spot.left))
            owners = [o for o in owners if o not in mine]
        if owners and hits.ending_between(cat.scoring.donated_to, spot.clause[0], spot.left):
            owners = [  # the body that receives what is given (`ủng hộ Quỹ ... của Tổng LĐLĐ`)
                (a, b)
                for a, b in owners
                if not hits.ending_between(cat.scoring.donated_to, spot.clause[0], a)
            ]
    headed = len(owners)  # these and another province's federation may head a digest's item
    if lay.org_level in cat.scoring.higher_body_words:
        # `Toàn tỉnh An Giang` names the body above; a bare `toàn tỉnh` may be a slip
        higher = cat.scoring.higher_body_words[lay.org_level]
        owners += [
            (start, end)
            for start, end in hits.ending_between(higher, spot.left - other, spot.left)
            if lay.text[end : end + 2].strip()[:1].isupper()
        ]
    if lay.org_level in cat.scoring.higher_body_names:
        # the doer, with its verb before the figure: not `ủng hộ quỹ ... LĐLĐ tỉnh 126,4 tr.đ`
        owners += [
            (start, end)
            for start, end in hits.ending_between(
                cat.scoring.higher_body_names[lay.org_level], spot.left - other, spot.left
            )
            if any(c.isalpha() for c in low[end : spot.left])
            # (nor the body a fund given to is named by: `đóng góp Quỹ “Mái ấm Công đoàn” của
            # LĐLĐ tỉnh số tiền 42 triệu đồng`)
            and not _owns_the_fund_given_to(lay, spot.clause[0], start)
            # (nor the place a firm's units stand in: `12 trạm cấp nước trên địa bàn toàn quận
            # với 410 lao động`)
            and not _A_PLACE_BEFORE.search(low, max(0, start - 15), start)
        ]
    others = []
    if lay.province:
        others = [
            (start, end)
            for start, end in hits.ending_between(
                cat.scoring.federation_names, spot.left - other, spot.left
            )
            if _names_another_province(lay.text, end, lay.province)
        ]
    # the body above heading a line is more likely the site than another body's item
    candidates = [(o, True) for o in owners[:headed]]
    candidates += [(o, False) for o in owners[headed:]] + [(o, True) for o in others]
    candidates += [(o, True) for o in _item_heads_further(lay, spot, spot.left - other)]
    for (start, end), may_head in candidates:
        # (a place in brackets after the body's name is part of it: `Quận ủy quận X, (TP.HCM)`)
        between = _PER_HEAD.sub(" ", _PLACE_ASIDE.sub(" ", low[end : spot.left]))
        heading = may_head and _heads_its_line(low, start)
        # (a list's item it heads is its own in every clause, past commas, colon and figures)
        item = heading and _item_of_its_line(lay, end, spot.left)
        if (
            (start >= spot.clause[0] or heading)
            and (not any(c in ",;" for c in between) or item)
            and (
                ":" not in between
                or item
                or cat.scoring.attribution.said_colon.search(between) is not None
            )
            and not _partner_before(lay, start)
            and not _union_joins(lay, start, end, spot.left)
            and not right_before(lay, cat.scoring.union_name_heads, start)
            # (the body whose union the report is: `Hội Luật gia` in the report of `Công đoàn cơ
            # sở Hội Luật gia tỉnh Thanh Hóa`)
            and not (lay.org and low[start:end] in lay.org.lower())
            and not right_before(lay, cat.scoring.parent_links, start)
            # (nor the owner named in brackets after a unit's name: `Tổng công ty Đông Bắc (Bộ
            # Quốc phòng) có khoảng 9.800 lao động`)
            and not _in_a_bracket_closed(
                low, max(0, start - _OWNER_BRACKET), (start, end, ""), spot.left
            )
            and not right_before(lay, cat.scoring.policy_of, start)
            and not _an_acts_author(lay, spot, start)
            and not _givers_won_over(lay, spot, start, end)
            and not right_before(lay, cat.scoring.rank_words, start)
            and not _heads_the_bloc(lay, start, end)
            # (nor past a figure of its own: `lãnh đạo Đảng ủy và 160 đại biểu thay mặt cho 9.300
            # đoàn viên`; a number in the name, `UBND quận 3`, is the name's)
            and (
                not any(c.isdigit() for c in _DATES.sub(" ", between[_NAME_NUMBER:]))
                or item
                # (... unless that figure is the body's own members: `scoring.association_members`)
                or cat.scoring.its_members_between.fullmatch(between) is not None
            )
        ):
            return "other_org"
    if _attributed(lay, spot) or _employer_does_it(lay, spot) or _paid_by_others(lay, head_end):
        return "other_org"
    if lay.org_level not in NATIONWIDE and the_nation_opens_the_sentence(lay, spot):
        return "other_org"
    if lay.org_level in _BELOW_THE_PROVINCE and _the_province_opens_the_sentence(lay, spot):
        return "other_org"
    if lay.org_level != "provincial_federation" and _the_provinces_in_brackets(lay, spot):
        return "other_org"
    if _another_province_does_it(lay, spot, other) or _a_former_body(lay, spot):
        return "other_org"
    if _a_province_in_the_nations_roundup(lay, spot):
        return "other_org"
    item = lay.item_province(spot.cand.q_start) if lay.province_items else None
    if item is not None and item != lay.province:
        return "other_org"  # an item of a digest about another province's unions
    if _headed_by_another_body(lay, spot):
        return "other_org"  # `LĐLĐ huyện Hải Lăng: Ngày 15/01, ...` in a province's digest
    if lay.org_level in _RANK and _a_lower_body_does_it(lay, spot):
        return "other_org"  # `như LĐLĐ TP. Hồ Chí Minh chăm lo cho 120.000 lượt` in a national item
    if lay.org_level in _RANK and _the_roundup_goes_on(lay, spot):
        return "other_org"  # `Cùng ngày, LĐLĐ quận 3 ... Từ tháng 5-2012, CNVC-LĐ quận 3 ...`
    right_end = min(spot.right + cat.scoring.windows["subgroup_after"], spot.sentence[1])
    for stop in ",;(":
        k = low.find(stop, spot.right, right_end)
        while stop == "," and k >= 0 and _same_people_after(lay, k + 1):
            k = low.find(stop, k + 1, right_end)
        if k >= 0:
            right_end = k
    i = bisect.bisect_left(lay.digits, spot.right)
    if i < len(lay.digits):
        right_end = min(right_end, lay.digits[i])
    right_end = max(right_end, head_end)
    left_start = max(spot.left - cat.scoring.near, spot.clause[0])
    i = bisect.bisect_left(lay.digits, spot.left) - 1
    if i >= 0 and _restates_rate(low, lay.digits[i], spot.left):
        i -= 1  # `nữ chiếm 76% (4.440 người)`: the figure restates the rate's subject
        left_start = max(spot.left - 2 * cat.scoring.near, spot.clause[0])
    if i >= 0 and _A_YEAR_NAMED.search(low, max(0, lay.digits[i] - 6), lay.digits[i] + 5):
        i -= 1  # `người lao động khu vực doanh nghiệp năm 2022 đạt ...`: the year is no figure
    if i >= 0 and lay.digits[i] >= left_start:
        left_start = lay.digits[i]
    for raise_start, raised in hits.ending_between(
        cat.scoring.raised_totals, left_start, spot.left
    ):
        if lay.digit_between(spot.sentence[0], raise_start):  # (raised by the figure before it)
            left_start = max(left_start, raised)  # a total raised to is named after its verb
    best: tuple[int, int, str] | None = None  # (distance, -length, name)
    after = hits.lists_ending_between(spot.right, right_end + hits.longest)
    before = hits.lists_ending_between(left_start, spot.left)
    for name, list_id in cat.subgroups:
        if list_id not in after and list_id not in before:
            continue
        for start, end in hits.starting_between(list_id, spot.right, right_end):
            if hits.starting_between(cat.scoring.for_whom, spot.right, start - 1):
                continue  # `trao 2 căn nhà cho nữ điều dưỡng`: who received them, not a part
            if lay.text[start : start + 2].istitle() and _LABELS_THE_NEXT.match(low, end):
                continue  # `người lao động: 214   Nữ: 151`: a form's next field, its label (not
                # a breakdown the colon opens, `thăm hỏi 320 lượt lao động nữ: 250 lượt ...`)
            if _OPENS_ANOTHER.search(low, spot.right, start) and _figure_after(
                cat.scoring.rate_links
            ).match(low, end):
                continue  # `2.870 người là đoàn viên, lao động nữ chiếm 64%`: another's subject
            if (
                name in cat.scoring.sector_subgroups
                and _AND_BEFORE.search(low, spot.right, start)
                and _figure_after(cat.scoring.rate_links).match(low, end)
            ):
                continue  # (the next group's, its own count after it: `2.384 đoàn viên và khối
                # doanh nghiệp 14 CĐCS`)
            if (
                _in_a_body_name(lay, start, end)
                or hits.end_at(cat.scoring.cue_shadows, start) > end
            ):
                continue
            key = (start - spot.right, start - end, name)
            best = key if best is None or key < best else best
        for start, end in hits.ending_between(list_id, left_start, spot.left):
            if (
                start >= left_start
                and not right_before(lay, cat.scoring.for_whom_before, start)
                and not _in_a_body_name(lay, start, end)
                and hits.end_at(cat.scoring.cue_shadows, start) <= end
                and not _names_the_figure_before(lay, start)
                and not _in_closed_brackets(low, left_start, start, end, spot.left)
                # (nor the kind the body is said to be: `Tổng công ty là doanh nghiệp quân đội
                # cổ phần hóa, có 2.100 người lao động`)
                and not (
                    name in cat.scoring.sector_subgroups
                    and (said := _SAID_TO_BE.search(low, max(0, start - 10), start)) is not None
                    # (a group of that kind is a breakdown: `Các CĐCS là doanh nghiệp nhà nước có
                    # 18.500 đoàn viên`)
                    and _A_GROUP.search(low, max(0, said.start() - _GROUP_REACH), said.start())
                    is None
                )
            ):
                key = (1000 + spot.left - end, start - end, name)
                best = key if best is None or key < best else best
    if best:
        return best[2]
    if hits.end_at(cat.scoring.women_counted, skip_spaces(low, spot.cand.q.end, 2)) > 0:
        return "female"  # `đã có 521 chị được kết nạp vào Đảng`
    return _opened_with(lay, spot) or _under_a_sector_heading(lay, spot)


# A sentence opening on a numbered plan (`- Chỉ tiêu 1: Phát triển mới 2.000 đoàn viên`, `Mục
# tiêu 3 – ...`, `2. Chỉ tiêu: Phát triển 300 đoàn viên mới.`): what it counts is the plan,
# its result told after (`Kết quả: ...`).
NUMBERED_PLAN = re.compile(
    r"[ \t]*+(?:[-–•*+][ \t]*+|\d{1,2}[.)][ \t]*+)?(?:chỉ[ \t]+tiêu|mục[ \t]+tiêu)"
    r"(?:(?:[ \t]+(?:số|thứ))?[ \t]+(?:\d{1,2}|[ivx]{1,4})[ \t]*[:.–-]|[ \t]*:)"
)
# The result told after its plan, opening its clause: `Kết quả:`, `Kết quả năm 2022 đạt`, `kết
# quả 6 tháng thu được`, `Kết quả thực hiện:` (not a comment on results: `Kết quả trên có được
# là nhờ ...`, `Kết quả đó góp phần ...`, `Kết quả kiểm tra tài chính ...`, `Kết quả, ...`).
RESULT_OPENER = re.compile(
    r"kết[ \t]+quả(?:[ \t]+(?:năm[ \t]+(?:19|20)\d\d|thực[ \t]+hiện|cả[ \t]+năm|hằng[ \t]+năm"
    r"|\d{1,2}[ \t]+tháng(?:[ \t]+đầu[ \t]+năm)?|đạt[ \t]+được))?"
    r"(?=[ \t]*:|[ \t]+(?:đạt[ \t]+(?:được[ \t]+)?\d|(?:đã|thu|kết[ \t]+nạp|thành[ \t]+lập"
    r"|giới[ \t]+thiệu|vận[ \t]+động|hằng[ \t]+năm|hoàn[ \t]+thành|vượt)\b))",
    re.IGNORECASE,
)
# A plan's result told as met, no figure of its own: `- Chỉ tiêu 2: Thành lập 3 CĐCS. Kết quả:
# đạt chỉ tiêu.`, `...; kết quả: hoàn thành`, `Kết quả: đạt 100%.` (a count's plan).
_MET_AFTER = re.compile(
    r"kết[ \t]+quả[ \t]*+:?[ \t]*+(?:hằng[ \t]+năm[ \t]+)?(?:đã[ \t]+)?"
    r"(?:đạt|hoàn[ \t]+thành|vượt)\b"
    # (the rest of its clause names no figure but a share of the plan: `đạt chỉ tiêu đề ra`,
    # `hoàn thành và vượt chỉ tiêu`, `đạt 100% kế hoạch giao`; not `vượt, kết nạp được 356`)
    r"(?P<rest>[^\d.;\n]*+(?:100[ \t]*%[^\d.;\n]*+)?)(?:[.;\n]|$)",
    re.IGNORECASE,
)


# A numbered line that tells a result itself: a rate or a share stated in it (`- Chỉ tiêu 1:
# Kết nạp mới 450 đoàn viên, đạt 112,5% kế hoạch`, `12/10 CĐCS`).
A_RESULTS_LINE = re.compile(r"\b(?:đạt|vượt|bằng)[ \t]+\d|\d[ \t]*/[ \t]*\d")


def plans_clause_end(low: str, pos: int, sent_end: int) -> int:
    """Where the plan's clause that `pos` stands in ends: at the first `;` after it in its
    sentence (`Chỉ tiêu 2: Kết nạp 350 đoàn viên mới; kết quả: ...`), else with its sentence."""
    semicolon = low.find(";", pos, sent_end)
    return semicolon if semicolon >= 0 else sent_end


def result_clause_after(low: str, pos: int, sent_end: int) -> int:
    """Where the clause that would tell the result of a plan ending at `pos` starts: past the
    plan's clause (`plans_clause_end`), past a line's mark. One search a figure (a page of one
    sentence of figures is read in linear time)."""
    end = plans_clause_end(low, pos, sent_end)
    at = end + 1 if end < sent_end else sent_end
    lead = _CLAUSE_LEAD.match(low, at)
    return lead.end() if lead else at


_CLAUSE_LEAD = re.compile(r"[ \t]*+\.?[ \t]*+\n?[ \t]*+(?:[-–•*+][ \t]*+)?")
_RESULT_REACH = 80  # characters of a result clause read for its opener


def result_told_after(low: str, pos: int, sent_end: int) -> bool:
    """The plan ending at `pos` has its result told right after it (`; kết quả: ...`, `Kết quả
    năm 2022 đạt ...` opening the next sentence)."""
    at = result_clause_after(low, pos, sent_end)
    return RESULT_OPENER.match(low, at, at + _RESULT_REACH) is not None


def met_as_planned(low: str, pos: int, sent_end: int, unit: str | None) -> bool:
    """The plan whose figure ends at `pos` is told met right after it, with no figure of its
    result (`Kết quả: đạt.`): the plan's figure is the result too (a rate's `đạt 100%` is read
    as its own figure)."""
    at = result_clause_after(low, pos, sent_end)
    m = _MET_AFTER.match(low, at, at + 2 * _RESULT_REACH)
    return m is not None and not ("100" in m.group("rest") and unit == "percent")


_SAID_TO_BE = re.compile(r"\blà[ \t]+(?:một[ \t]+)?$")
_A_YEAR_NAMED = re.compile(r"\bnăm[ \t]+(?:19|20)\d\d(?![\d.,])")
_A_GROUP = re.compile(r"\b(?:các|những)\b[^,;.()]*$")
_GROUP_REACH = 40  # characters before `là` a group's `các` may stand


def _under_a_sector_heading(lay: Layout, spot: Spot) -> str | None:
    """`1. Khối doanh nghiệp` / `Qua tổng hợp ..., thu nhập bình quân ... đạt 6.750.000 đồng`:
    the sector a heading line names, nothing else on it, is that of the figures of its
    section, the lines right under it (no blank line between); not past another heading, nor
    a line telling of the whole (`Tính chung toàn huyện ...`, `LĐLĐ huyện đã trao ...`), nor in
    a bloc's report (a bloc is a `Khối` itself)."""
    cat, hits, low = lay.catalogue, lay.hits, lay.low
    assert hits is not None
    if lay.org_level == "bloc":
        return None
    end = low.rfind("\n", 0, spot.left)
    between = [(max(spot.sentence[0], end + 1, spot.left - _WHOLE_REACH), spot.left)]
    for _ in range(_SECTION_LINES):
        if end <= 0:
            return None
        start = low.rfind("\n", 0, end) + 1
        line_end, end = end, start - 1
        if not low[start:line_end].strip():
            return None  # (a blank line closes the section)
        if (
            line_end - start > _HEADING_LONGEST
            or (heading := _HEADING_LINE.fullmatch(low[start:line_end].strip())) is None
        ):
            between.append((start, min(line_end, start + _WHOLE_REACH)))
            continue  # (a paragraph of the section)
        name_start = low.index(heading.group(1), start, line_end)
        name_end = name_start + len(heading.group(1))
        for name, list_id in cat.subgroups:
            if name not in cat.scoring.sector_subgroups:
                continue
            for a, b in hits.starting_between(list_id, name_start, name_end):
                if b == name_end and _SECTOR_LEAD.fullmatch(low, name_start, a):
                    # (the lines between read only now: most figures stand under no heading)
                    whole = any(_tells_of_the_whole(lay, lo, hi) for lo, hi in between)
                    return None if whole else name
        return None
    return None


_WHOLE_REACH = 200  # characters of a line (or of the figure's, before it) read for the whole


def _tells_of_the_whole(lay: Layout, lo: int, hi: int) -> bool:
    """[lo, hi) tells of the report's whole: its body (`LĐLĐ huyện`), its scope (`toàn huyện`,
    `các cấp công đoàn`) or a sum (`Tính chung`, `tổng số`)."""
    assert lay.hits is not None
    sc = lay.catalogue.scoring
    own = sc.own_body_names.get(lay.org_level or "")
    return (
        _WHOLE_SCOPE.search(lay.low, lo, hi) is not None
        or bool(lay.hits.starting_between(sc.lower_body_own, lo, hi))
        or (own is not None and bool(lay.hits.starting_between(own, lo, hi)))
    )


_SECTION_LINES = 6  # lines back from a figure to its section's heading
_HEADING_LONGEST = 80  # characters of a heading line, its numbering and spaces included
# A heading line: numbered or marked, short, no sentence's end (group 1: its words)
_HEADING_LINE = re.compile(
    r"(?:(?:\d{1,2}|[ivx]{1,4}|[a-zđ])[.)/]|[-+•*])?[ \t]*([^\W\d_][^.;:!?\n]{0,50}?)[ \t]*:?"
)
_SECTOR_LEAD = re.compile(r"(?:(?:đối\s+với|tại|ở|trong)\s+)?(?:các\s+)?(?:khối\s+|khu\s+vực\s+)?")
_WHOLE_SCOPE = re.compile(
    r"\b(?:toàn|cả|tính\s+chung|nhìn\s+chung|chung\s+cả|tổng\s+số|tổng\s+cộng)\b"
)


# What opens another's subject between a figure and a breakdown after it: a comma, a bracket,
# `trong đó` (`15.200 người trong đó lao động nữ chiếm 64%`, `(lao động nữ chiếm 64%)`).
_OPENS_ANOTHER = re.compile(r"[,(]|\btrong\s+(?:đó|số\s+đó)\b")
_AND_BEFORE = re.compile(r"\bvà\b")


@cache
def _figure_after(links: tuple[str, ...]) -> re.Pattern[str]:
    """A figure or a rate told of what stands before it (`nữ chiếm 64%`, `nữ 1.950 người`), a
    few words on where a shorter name ends inside a longer one (`khu vực hành chính` of `khu
    vực hành chính sự nghiệp 21.200`)."""
    return re.compile(rf"\s*(?:[^\W\d_]+\s+){{0,3}}?(?:(?:{alternation(links)}|là|:)\s*)?\d")


def _in_a_body_name(lay: Layout, start: int, end: int) -> bool:
    """The breakdown's word is part of a body's name (`Ban Nữ công`, `Hội Phụ nữ`), or of a
    phrase that names no breakdown (`anh chị em`: everyone)."""
    assert lay.hits is not None
    sc = lay.catalogue.scoring
    return any(
        s <= start and end <= e
        for names in (sc.subgroup_bodies, sc.subgroup_shadows)
        for s, e in lay.hits.ending_between(names, end, end + 20)
    )


_OPENER_REACH = 12  # characters from a sentence's start to its opener, and from it to the name


def _restates_rate(low: str, lo: int, hi: int) -> bool:
    """`_RESTATES_RATE.search(low, lo, hi)`, tried only when `%` and `(` end the window
    (spaces aside): most figures have no rate right before them, and the search was tried
    at every character back to the figure before."""
    end = hi
    for mark in "(%":
        while end > lo and low[end - 1].isspace():
            end -= 1
        if end == lo or low[end - 1] != mark:
            return False
        end -= 1
    return _RESTATES_RATE.search(low, lo, hi) is not None


def _past_its_part_word(lay: Layout, at: int) -> tuple[int, bool]:
    """Where a clause's words start past the part word opening it (`trong đó,`), and whether
    one did."""
    assert lay.hits is not None
    part = lay.hits.end_at(lay.catalogue.scoring.part_words, at)
    if part <= 0:
        return at, False
    return (part + 1 if lay.low.startswith(",", part) else part), True


_PART_GOES_ON = re.compile(r"[,;(]|\bvà\b")


def _goes_on_from_the_part(lay: Layout, name: str, name_end: int, pos: int) -> bool:
    """A sector named bare after `trong đó` holds the figure at `pos`: in its own clause, no
    bracket between, or past `,`/`và` opening a deed of that part (`scoring.part_deeds`) and
    no other figure before it there."""
    if name not in lay.catalogue.scoring.sector_subgroups:
        return False
    low = lay.low
    cuts = list(_PART_GOES_ON.finditer(low, name_end, pos))
    if not cuts:
        return True
    if any(c.group() in ";(" for c in cuts):
        return False
    at = skip_spaces(low, cuts[-1].end(), 2)
    assert lay.hits is not None
    return lay.hits.end_at(lay.catalogue.scoring.part_deeds, at) > 0 and not lay.digit_between(
        at, pos
    )


def _opened_with(lay: Layout, spot: Spot) -> str | None:
    """The breakdown a sentence opens with (`Riêng khối doanh nghiệp ngoài nhà nước ...`),
    named before the sentence's first figure."""
    cat, hits, low = lay.catalogue, lay.hits, lay.low
    assert hits is not None
    anchors = [(spot.sentence[0], False)]
    # (... or the part after a semicolon opens with: `...; trong đó, ở khu vực ngoài nhà nước đã
    # thành lập 58 CĐCS, kết nạp 3.905 đoàn viên`)
    semicolon = low.rfind(";", spot.sentence[0], spot.left)
    if semicolon >= 0:
        anchors.insert(0, _past_its_part_word(lay, skip_spaces(low, semicolon + 1, 2)))
    else:
        # (... or the part a sentence opens with: `Trong đó, khu vực doanh nghiệp ngoài nhà nước
        # kết nạp 848.300 đoàn viên và thành lập 4.915 CĐCS`)
        anchors.insert(0, _past_its_part_word(lay, skip_spaces(low, spot.sentence[0], 2)))
    for sent_start, a_part in anchors:
        first_digit = bisect.bisect_left(lay.digits, sent_start)
        limit = lay.digits[first_digit] if first_digit < len(lay.digits) else spot.left
        openers = hits.starting_between(
            cat.scoring.subgroup_openers, sent_start, sent_start + _OPENER_REACH
        )
        if a_part:  # (the part word opens it: the name may follow it bare)
            openers = [(sent_start, sent_start), *openers]
        for start, end in openers:
            if low[sent_start:start].strip(OPENERS):
                continue
            named = [
                (s_end, name)
                for name, list_id in cat.subgroups
                for _, s_end in hits.starting_between(list_id, end, end + _OPENER_REACH)
                if s_end <= min(limit, spot.left)
                # (bare after the part word, only a sector, its figure in the name's clause or a
                # deed's after it: `trong đó nữ 320 người, ...` is the women's count alone)
                and (start < end or _goes_on_from_the_part(lay, name, s_end, spot.left))
            ]
            if named:  # the longest: `khối doanh nghiệp ngoài nhà nước`, not `khối doanh nghiệp`
                s_end, name = max(named)
                # (not past the whole named again, `..., nâng tổng số CĐCS toàn tỉnh lên 1.850`,
                # nor past another part, `..., khối doanh nghiệp có 1.320 sáng kiến`)
                if hits.starting_between(cat.scoring.breakdown_ends, s_end, spot.left) or any(
                    hits.starting_between(list_id, s_end, spot.left)
                    for other, list_id in cat.subgroups
                    if other in cat.scoring.sector_subgroups
                ):
                    return None
                return name
    return None
