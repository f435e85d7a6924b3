"""Figures given respectively: `năm 2021, 2022 và 2023 lần lượt đạt 7,2; 7,6 và 8,1 triệu
đồng/người/tháng`, `số đoàn viên nam và nữ lần lượt là 1.845 và 4.732 người`, `tỷ lệ doanh
nghiệp nhà nước và doanh nghiệp ngoài nhà nước ... tương ứng đạt 100% và 88,4%`.

A respective word (`lần lượt`, `tương ứng`, `theo thứ tự`) opens a list of figures whose noun
or unit is written once, after the last; the years or the breakdowns named before it, as
many as the figures, are theirs in order. The figures are read one by one first (the last,
with its noun, is classified); this structural rule then gives the others its indicator,
and each its year or breakdown.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from unionstats.candidates import Candidate
from unionstats.layout import Layout

if TYPE_CHECKING:
    from unionstats.extract import Mention, Observation

__all__ = ["respective_anchor", "respective_lists"]

_YEAR = r"(?:19|20)\d\d"
# `2021, 2022 và 2023`, `năm 2022 và năm 2023`; `2021-2023` as many years as it spans
_YEAR_LIST = re.compile(
    rf"(?<![\d./-]){_YEAR}(?:[ \t]*(?:,[ \t]*(?:và[ \t]+)?|;[ \t]*|và[ \t]+)(?:năm[ \t]+)?{_YEAR})+"
    r"(?![\d]|[./-]\d)"
    rf"|(?<![\d./-])({_YEAR})[ \t]*[-–][ \t]*({_YEAR})(?![\d]|[./-]\d)"
)
_A_YEAR = re.compile(_YEAR)
# ... right after a respective word, a few words between (`lần lượt trong các năm 2021, ...`)
_YEARS_NAMED_AFTER = re.compile(
    rf"[ \t]*(?:[^\W\d_]+[ \t]+){{0,4}}?(?=(?:19|20)\d\d)(?:{_YEAR_LIST.pattern})"
)
# A part of the year named before a list of years: `6 tháng đầu năm 2022 và 2023`, `quý I năm`
_PART_BEFORE = re.compile(
    r"(?:(?:6|06|sáu)\s+tháng\s+(?P<half>đầu|cuối)|quý\s+(?P<quarter>iv|i{1,3}|[1-4]))"
    r"(?:\s+(?:các\s+)?năm)?\s*$"
)
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}
# A span read as its years one by one: `trong các năm 2021-2023`, `3 năm 2021 - 2023`
_YEARS_COUNTED_BEFORE = re.compile(r"(?:các|những|\d|hai|ba|bốn|năm)\s+năm\s+$")
_NOUN_THEN_COMMA = re.compile(r"[ \t]*(?:[^\W\d_]+[ \t]*){0,8}[,(][ \t]*")
# (a verb or two only after `và`: `đoàn viên và thành lập CĐCS`; not `14 và 9 lớp, với số học
# viên`, a new clause)
_LISTED_NOUN_GAP = re.compile(
    r"[ \t]*(?:,[ \t]*(?:và[ \t]+)?|và[ \t]+(?:(?!số\b)[^\W\d_]+[ \t]+){0,2})"
    r"(?:(?:tổng[ \t]+)?số[ \t]+(?:lượng[ \t]+)?)?"
)
_A_WORD = re.compile(r"[ \t]*[^\W\d_]")
_CHANGE_REACH = 12  # characters before a respective word a change word may end
_CHANGE_FAR = 40  # ... or further, in its clause, when no level's verb follows the word
_NOUNS_REACH = 80  # characters before a respective word read for the nouns it lists
# What may stand between two figures of the list: its noun or unit repeated (`41 lớp và 2.870
# lượt`), then a comma, a semicolon or `và`.
# (a noun then a comma ends the list: `1.200 và 1.250 CĐCS, 95.000 và 98.000 đoàn viên`)
_BETWEEN = re.compile(
    r"[ \t]*(?:(?:[^\W\d_]+[ \t]*){1,3}và[ \t]+|(?:[,;][ \t]*(?:và[ \t]+)?|và[ \t]+))$"
)
# ... and between two breakdowns named before the word
_GROUP_GAP = re.compile(
    r"[ \t]*(?:[^\W\d_]+[ \t]*)?(?:,[ \t]*(?:và[ \t]+)?|và[ \t]+)(?:của[ \t]+)?"
    r"(?:[^\W\d_]+[ \t]+){0,2}$"
)


def respective_lists(
    lay: Layout,
    observations: list[Observation],
    mentions: list[Mention],
    found: dict[int, Candidate],
    quote: Callable[[int, int], str],
) -> list[Observation]:
    """The observations with each respective list's figures given the indicator of the one
    classified, and the years or breakdowns named before the list in order (`mentions` of the
    figures newly read are updated in place)."""
    rule = lay.catalogue.scoring.respective
    hits = lay.hits
    assert hits is not None
    words = hits.starting_between(rule.words, 0, len(lay.low))
    if not words:
        return observations
    starts = sorted(found)
    by_start = {o.span_start: k for k, o in enumerate(observations)}
    mention_at = {m.span_start: k for k, m in enumerate(mentions)}
    codes = {name for name, _ in lay.catalogue.subgroups}
    result = list(observations)
    added: list[Observation] = []
    dropped: set[int] = set()
    changes: set[int] = set()
    longest: dict[int, int] = {}
    for word_start, word_end in words:  # (`lần lượt là` over `lần lượt`)
        longest[word_start] = max(word_end, longest.get(word_start, word_end))
    for word_start, word_end in sorted(longest.items()):
        sent_start, sent_end = lay.sentence(word_start)
        items = _listed_after(lay, starts, found, word_end, rule.lead_words)
        years: list[str] | None = None
        if len(items) < 2:
            # (the figures first, the years after the word: `kết nạp 4.215, 5.030 và 5.862 đoàn
            # viên mới, lần lượt trong các năm 2021, 2022 và 2023`)
            items = _listed_before(lay, starts, found, word_start)
            years = _years_after(lay.low, word_end, sent_end, len(items))
            if years is None:
                continue
        k_obs = [by_start.get(c.q.start) for c in items]
        observed = [k for k in k_obs if k is not None]
        if len(items) < 2 or not observed:
            continue
        if _changes(lay, rule.changes, sent_start, word_start, word_end, items[0].q_start):
            # (changes, no levels: `giảm lần lượt 12 và 8 CĐCS so với năm 2021 và 2022`)
            changes.update(observed)
            continue
        # (no noun of its own after each figure but the last: `38, 45 và 51 đơn vị`; not `41
        # lớp và 2.870 lượt`, each with its own)
        bare = [_bare(lay.low, c, n) for c, n in itertools.pairwise(items)] + [True]
        last = mention_at.get(items[-1].q.start)
        if (
            k_obs[-1] is None
            and last is not None
            and mentions[last].reason == "no_counted_noun"
            and _A_WORD.match(lay.low, items[-1].q.end)
            and all(bare)
        ):
            # (the noun all share counts what no indicator does: `tranh chấp lao động tập thể
            # ... lần lượt là 21 và 14 vụ`)
            dropped.update(k for k in observed)
            continue
        base = result[observed[-1]]
        # (breakdowns named before the word are the list's before years around them: `Năm học
        # 2022-2023, số đoàn viên nam và nữ lần lượt là ...`)
        groups = None if years else _groups_before(lay, sent_start, word_start, len(items))
        if years is None and groups is None:
            years = _years_before(lay.low, sent_start, word_start, len(items), rule.compared_before)
        if years is None and groups is None:
            # (... or named after the figures: `lần lượt đạt 7,2; 7,6 và 8,1 triệu đồng/người/
            # tháng trong các năm 2021, 2022 và 2023`)
            years = _years_after(lay.low, items[-1].q.end, sent_end, len(items))
        nouns = _nouns_listed(lay, max(sent_start, word_start - _NOUNS_REACH), word_start)
        if (
            not nouns
            and k_obs[-1] is not None
            and (_A_WORD.match(lay.low, items[-1].q.end) or items[-1].q.unit is not None)
            and all(bare[:-1])
        ):
            # (the noun or unit after the last is every bare figure's: `trao quà cho đoàn viên,
            # người lao động, lần lượt là 3.200 và 1.150 suất quà`: gifts, not people; `9,5
            # triệu và 8,2 triệu đồng/người/tháng`: incomes, not workers)
            shared = result[k_obs[-1]]
            for cand, k in zip(items[:-1], k_obs[:-1], strict=True):
                if (
                    k is not None
                    and result[k].indicator != shared.indicator
                    # (an amount written short, `9,5 triệu`, or a figure of the same measure; not
                    # a count before an amount: `số sáng kiến và giá trị làm lợi lần lượt là 850
                    # và 12,5 tỷ đồng`)
                    and (cand.scale != 1.0 or _counts(result[k].unit) == _counts(shared.unit))
                ):
                    result[k] = replace(
                        _copy(lay, shared, cand, items[-1], quote),
                        period=result[k].period,
                        subgroup=result[k].subgroup,
                        flags=result[k].flags,
                    )
                    _mentioned(mentions, mention_at, cand, shared.indicator)
        # (figures of several indicators, each with its noun, lend none theirs: `41 lớp và
        # 2.870 lượt`; nor do they when the list names nouns of several, no years nor groups:
        # `Đoàn viên và CNVCLĐ toàn tỉnh lần lượt là 95.300 và 120.400 người`)
        lends = len({result[k].indicator for k in observed}) == 1 and (
            years is not None or groups is not None or not nouns
        )
        if nouns and len(nouns) == len(items) and years is None and groups is None:
            # (`Đoàn viên và CNVCLĐ toàn tỉnh lần lượt là 95.300 và 120.400 người`: each figure
            # takes the one indicator of its noun of the kind read, a stock for a stock)
            for i, (cand, k, code) in enumerate(
                zip(items, k_obs, _each_its_noun(lay, base, nouns), strict=True)
            ):
                if code is None:
                    continue
                if k is not None:
                    result[k] = replace(result[k], indicator=code)
                    _mentioned(mentions, mention_at, cand, code)
                    continue
                m = mention_at.get(cand.q.start)
                if m is None or mentions[m].status != "unclassified" or not all(bare[: i + 1]):
                    continue
                added.append(replace(_copy(lay, base, cand, items[-1], quote), indicator=code))
                mentions[m] = replace(
                    mentions[m], indicator=code, status="observation", reason="respective"
                )
            continue
        for i, (cand, k) in enumerate(zip(items, k_obs, strict=True)):
            if k is None:
                m = mention_at.get(cand.q.start)
                if (
                    not lends
                    or m is None
                    or mentions[m].status != "unclassified"
                    or not all(bare[: i + 1])
                ):
                    continue
                obs = _copy(lay, base, cand, items[-1], quote)
                mentions[m] = replace(
                    mentions[m], indicator=obs.indicator, status="observation", reason="respective"
                )
            else:
                obs = result[k]
            if years is not None:
                obs = replace(obs, period=years[i])
            if groups is not None and (obs.subgroup is None or obs.subgroup in codes):
                code = groups[i]
                flags = obs.flags if code or "part" in obs.flags else (*obs.flags, "part")
                obs = replace(obs, subgroup=code, flags=flags)
            if k is None:
                added.append(obs)
            else:
                result[k] = obs
    if dropped or changes:
        for k in dropped | changes:
            m = mention_at.get(result[k].span_start)
            reason = "change_not_level" if k in changes else "respective_noun"
            if m is not None:
                mentions[m] = replace(mentions[m], status="excluded", reason=reason)
        result = [o for k, o in enumerate(result) if k not in dropped | changes]
    if not added:
        return result
    return sorted(result + added, key=lambda o: o.span_start)


def respective_anchor(lay: Layout, left: int, sentence_start: int) -> tuple[int, int]:
    """`Số đoàn viên kết nạp mới trong các năm 2021, 2022 và 2023 lần lượt là 1.200, 1.350
    và 1.500`: a figure listed after a respective word is read from the word, as if written
    right after it, and the subject before the word is all its label: the years or parts it
    names are the list's, not words between the figure and what it counts. Returns where the
    word starts and where its subject does (its clause's start, back over a list of years; -1
    when other figures than years stand in it), or (-1, -1) when no list leads to the figure."""
    hits = lay.hits
    assert hits is not None
    found = hits.ending_between(
        lay.catalogue.scoring.respective.words, max(sentence_start, left - _LIST_REACH), left
    )
    if not found:
        return -1, -1
    start, end = max(found, key=lambda hit: (hit[1], -hit[0]))
    if not _LIST_SO_FAR.fullmatch(lay.low, end, left):
        return -1, -1
    # the subject's clause, back over the commas of a list of years (`các năm 2021, 2022`)
    low, opens = lay.low, start
    while (stop := max(low.rfind(c, sentence_start, opens) for c in ",;:")) >= 0:
        if low[stop] != "," or not _A_YEAR_NEXT.match(low, stop + 1):
            break
        opens = stop
    subject = stop + 1 if stop >= 0 else sentence_start
    if len(_SO.findall(low, subject, start)) > 1:
        return -1, -1  # (several things named, each its own: `Số ... giới thiệu và số ... kết nạp`)
    return start, -1 if _A_FIGURE.search(_A_YEAR.sub(" ", low[subject:start])) else subject


_LIST_REACH = 120  # characters from a respective word to a figure of its list
# What stands between the word and a figure of its list: a few lead words (`là`, `đạt`), then
# the figures before it, each perhaps with its noun or unit, a separator after each
_LIST_SO_FAR = re.compile(
    r"[ \t:]*(?:[^\W\d_]+[ \t]+){0,2}"
    r"(?:\d[\d.,]*(?:[ \t]*%|(?:[ \t]+[^\W\d_]+){0,3})[ \t]*(?:[,;][ \t]*(?:và[ \t]+)?|và[ \t]+))*"
)
_A_FIGURE = re.compile(r"\d")
_SO = re.compile(r"(?<!\w)số(?!\w)")
_A_YEAR_NEXT = re.compile(rf"[ \t]*(?:năm[ \t]+)?{_YEAR}(?!\d)")


def _counts(unit: str) -> str:
    """What a unit measures: people and things counted alike, money, a rate."""
    return unit if unit.startswith("VND") or unit == "percent" else "count"


def _mentioned(
    mentions: list[Mention], mention_at: dict[int, int], cand: Candidate, code: str
) -> None:
    """The figure's mention names the indicator the list gave it."""
    m = mention_at.get(cand.q.start)
    if m is not None:
        mentions[m] = replace(mentions[m], indicator=code)


def _bare(low: str, cand: Candidate, following: Candidate) -> bool:
    """No noun of its own follows the figure before the next one (`41 lớp và 2.870 lượt`:
    the classes are no participants)."""
    between = low[cand.q.end : following.q_start].replace("và", " ")
    return not any(c.isalpha() for c in between)


def _listed_after(
    lay: Layout, starts: list[int], found: dict[int, Candidate], pos: int, lead_words: int
) -> list[Candidate]:
    """The figures listed right after a respective word ending at `pos`: the first within a
    few words (`lần lượt tổ chức 14 và 9 lớp`), each next one after a separator."""
    low = lay.low
    i = bisect.bisect_left(starts, pos)
    if i == len(starts):
        return []
    first = found[starts[i]]
    lead = low[pos : first.q_start]
    if (
        len(lead.split()) > lead_words
        or any(c in lead for c in ".;!?\n()")
        or _A_YEAR.fullmatch(first.number_text)
    ):
        return []
    items = [first]
    end = lay.sentence(pos)[1]
    for start in starts[i + 1 :]:
        if start >= end:
            break
        cand = found[start]
        prev = items[-1]
        if not _BETWEEN.match(low[prev.q.end : cand.q_start]):
            break
        items.append(cand)
    return items


def _listed_before(
    lay: Layout, starts: list[int], found: dict[int, Candidate], pos: int
) -> list[Candidate]:
    """The figures listed right before a respective word at `pos`, the last one's noun and a
    comma between (`4.215, 5.030 và 5.862 đoàn viên mới, lần lượt ...`)."""
    low = lay.low
    i = bisect.bisect_left(starts, pos) - 1
    if i < 0:
        return []
    last = found[starts[i]]
    if not _NOUN_THEN_COMMA.fullmatch(low, last.q.end, pos):
        return []
    items = [last]
    for start in reversed(starts[:i]):
        cand = found[start]
        if not _BETWEEN.match(low[cand.q.end : items[0].q_start]):
            break
        items.insert(0, cand)
    return items


def _nouns_listed(lay: Layout, lo: int, hi: int) -> list[set[str]]:
    """The indicators of the nouns listed last in [lo, hi), counted by different indicators,
    one after another with only `và` or a comma between (`Đoàn viên và CNVCLĐ`): the figures
    after are theirs in turn, not of one indicator; none when no such list (a pair that names
    one people, `đoàn viên, người lao động`, is none)."""
    hits = lay.hits
    assert hits is not None
    spans: dict[tuple[int, int], set[str]] = {}
    for ind in lay.catalogue.counted:
        if ind.heads is None:
            continue
        for span in hits.ending_between(ind.heads, lo, hi):
            if span[0] >= lo:
                spans.setdefault(span, set()).add(ind.code)
    outer = sorted(
        (span, codes)
        for span, codes in spans.items()
        if not any(a <= span[0] and span[1] <= b and (a, b) != span for a, b in spans)
    )
    run: list[tuple[tuple[int, int], set[str]]] = []  # the list being read, the last kept
    for (a, a_codes), (b, b_codes) in itertools.pairwise(outer):
        linked = (
            a_codes != b_codes
            and _LISTED_NOUN_GAP.fullmatch(lay.low, a[1], b[0]) is not None
            and hits.end_at(lay.catalogue.scoring.noun_pairs, a[0]) < b[1]
        )
        if not linked:
            run = []
            continue
        if not run or run[-1][0] != a:
            run = [(a, a_codes)]
        run.append((b, b_codes))
    return [codes for _, codes in run]


def _each_its_noun(lay: Layout, base: Observation, nouns: list[set[str]]) -> list[str | None]:
    """The one indicator of each noun of the kind of the figure read (a stock for a stock,
    other than a stock for another), or None."""
    stocks = set(lay.catalogue.scoring.stock_indicators)
    units = {i.code: i.unit for i in lay.catalogue.indicators}
    stock = base.indicator in stocks
    out: list[str | None] = []
    for codes in nouns:
        fitting = [
            c
            for c in codes
            if (c in stocks) == stock and _counts(units.get(c, "")) == _counts(base.unit)
        ]
        out.append(fitting[0] if len(fitting) == 1 else None)
    return out


def _changes(lay: Layout, changes: int, lo: int, start: int, end: int, first: int) -> bool:
    """A change word before a respective word, no comma between and no level's verb after it
    (`tăng so với năm 2022 lần lượt là 0,5 và 0,8 triệu`; not `ổn định và tăng dần, lần lượt đạt
    7,2; 7,6 và 8,1 triệu`), or right after it: the figures are changes, no levels."""
    hits = lay.hits
    assert hits is not None
    low = lay.low
    if lay.catalogue.scoring.respective.level_word.search(low, start, first):
        return False  # (the levels reached: `tăng lần lượt lên 95.000 và 98.000`, `lần lượt còn`)
    if hits.starting_between(changes, end, first):
        return True
    for _, change_end in hits.ending_between(changes, start - _CHANGE_REACH, start):
        if not any(c in ",;:(" for c in low[change_end:start]):
            return True
    for _, change_end in hits.ending_between(changes, max(lo, start - _CHANGE_FAR), start):
        between = low[change_end:start].rstrip(", ")
        # (a change measured against something, no mark between but a comma before the word:
        # not `chương trình hỗ trợ giảm nghèo ... năm 2022 và 2023 lần lượt là 1,2 và 1,5 tỷ`)
        if "so với" in between and not any(c in ",;:(" for c in between):
            return True
    return False


def _years_before(
    low: str, lo: int, hi: int, count: int, compared: re.Pattern[str]
) -> list[str] | None:
    """The years of the last list of years in [lo, hi), when as many as `count`: not a list
    compared with (`So với năm 2021 và 2022, thu nhập ... lần lượt đạt`) unless the figures
    restate it in a bracket after it (`tăng so với năm 2021 và 2022 (lần lượt là ...)`); a
    part of the year named before it is each year's (`6 tháng đầu năm 2022 và 2023`)."""
    last = None
    for m in _YEAR_LIST.finditer(low, lo, hi):
        last = m
    if last is None:
        return None
    years = _years_of(last)
    if len(years) != count or len(set(years)) != count:
        return None
    if last.group(1) and not _YEARS_COUNTED_BEFORE.search(
        low, max(lo, last.start() - 20), last.start()
    ):
        return None  # (a span as one: `Giai đoạn 2021-2023, ...`, `Năm học 2022-2023, ...`)
    if (
        compared.search(low, max(lo, last.start() - 20), last.start())
        and "(" not in low[last.end() : hi]
    ):
        return None
    part = _PART_BEFORE.search(low, max(lo, last.start() - 30), last.start())
    if part is not None:
        suffix = _part_suffix(part)
        years = [year + suffix for year in years]
    return years


def _years_after(low: str, pos: int, end: int, count: int) -> list[str] | None:
    """The years of a list right after a respective word (`lần lượt trong các năm 2021, 2022
    và 2023`), when as many as `count`."""
    m = _YEARS_NAMED_AFTER.match(low, pos, end)
    if m is None or count < 2:
        return None
    years = _years_of(m)
    return years if len(years) == count and len(set(years)) == count else None


def _years_of(m: re.Match[str]) -> list[str]:
    if m.group(1):
        first, final = int(m.group(1)), int(m.group(2))
        return [str(y) for y in range(first, final + 1)]
    return _A_YEAR.findall(m.group(0))


def _part_suffix(part: re.Match[str]) -> str:
    """`-H1`, `-H2` or `-Qn` of a part of the year named before a list of years."""
    if part.group("half"):
        return "-H1" if part.group("half") == "đầu" else "-H2"
    quarter = part.group("quarter")
    return f"-Q{_ROMAN.get(quarter, quarter)}"


def _groups_before(lay: Layout, lo: int, hi: int, count: int) -> list[str | None] | None:
    """The breakdowns named in a list right before the respective word (`khối hành chính sự
    nghiệp và khối doanh nghiệp`), as many as `count`, in order; a group with no breakdown of
    the contract's (`nam`, `khối văn phòng`) is None."""
    rule = lay.catalogue.scoring.respective
    hits = lay.hits
    assert hits is not None
    spans: list[tuple[int, int, str | None]] = []
    for name, list_id in lay.catalogue.subgroups:
        spans += [(s, e, name) for s, e in hits.ending_between(list_id, lo, hi)]
    spans += [(s, e, None) for s, e in hits.ending_between(rule.unnamed_groups, lo, hi)]
    spans.sort(key=lambda t: (t[0], -t[1]))
    merged: list[tuple[int, int, str | None]] = []
    for s, e, name in spans:
        if merged and s < merged[-1][1]:
            ps, pe, pname = merged[-1]
            if name == pname or e <= pe:
                merged[-1] = (ps, max(pe, e), pname)
                continue
            if pname is None:  # (a breakdown of the contract's inside an unnamed group's words)
                merged[-1] = (ps, max(pe, e), name)
                continue
        merged.append((s, e, name))
    if len(merged) < count:
        return None
    listed = merged[-count:]
    for (_, end, _), (start, _, _) in itertools.pairwise(listed):
        if not _GROUP_GAP.match(lay.low[end:start]):
            return None
    names = [name for _, _, name in listed]
    known = [n for n in names if n is not None]
    return names if known and len(set(known)) == len(known) else None


def _copy(
    lay: Layout,
    base: Observation,
    cand: Candidate,
    last: Candidate,
    quote: Callable[[int, int], str],
) -> Observation:
    """The base observation for another figure of its list: its value scaled as the last's
    when written bare (`7,2; 7,6 và 8,1 triệu đồng`)."""
    q = cand.q
    value = q.value
    if q.unit is None and last.q.unit is not None and cand.scale == 1.0:
        value *= last.scale  # (bare digits; not `9,5 triệu và 8,2 triệu đồng`, scaled already)
    return replace(
        base,
        value=value,
        qualifier=q.qualifier,
        target=None,
        quote=quote(q.start, q.end),
        span_start=q.start,
        span_end=q.start + len(cand.number_text),
        low=None,
        high=None,
        flags=tuple(f for f in base.flags if f != "out_of_range"),
        sentence_id=lay.sentence_index(q.start),
    )
