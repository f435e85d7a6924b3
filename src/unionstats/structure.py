"""Rules about how figures relate to each other: targets, ratios, parts, lists, restatements.

A report writes `2202/1200 đoàn viên, đạt 184%` (a result over its plan),
`3611/4076 CNVCLĐ` (members out of workers), `6 cuộc kiểm tra: 2 cuộc ..., 4
cuộc ...` (a total and its parts), `5 lớp, 6 lớp, 17 lớp` (items), and repeats
its headline figures in the title. These rules decide which of the classified
numbers are observations, and how they are marked.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from unionstats.candidates import Candidate
from unionstats.catalogue import Catalogue, Indicator
from unionstats.layout import Layout
from unionstats.numbers import (
    QUANTITY_RE,
    SCALES,
    Quantity,
    ambiguous_grouping,
    quantity_from_match,
    read_number,
    times,
)
from unionstats.scoring import (
    A_RESULTS_LINE,
    NUMBERED_PLAN,
    OPENERS,
    RESULT_OPENER,
    Heads,
    Spot,
    accepts,
    heads,
    met_as_planned,
    right_before,
    skip_spaces,
)
from unionstats.wordsearch import alternation

# `Thu nhập bình quân (đồng/người/tháng) | 7.800.000`: the unit of a table row or list label.
_LABEL_UNIT = re.compile(
    r"\((?:đơn vị(?: tính)?\s*:?\s*|đvt\s*:?\s*)?(nghìn|ngàn|triệu|tr|tỷ|tỉ)?\.?\s*(đồng|đ|vnđ|%)"
    r"(\s*/\s*(?:người\s*/\s*)?tháng)?\)[^()\d]{0,40}$"
)
# ... or in a cell of its own before the figures of a row no header explains: `Số tiền chăm
# lo | Triệu đồng | 3.000 | 3.200` (a page break cut the header off)
_UNIT_CELL = re.compile(
    r"[|\t]\s*(nghìn|ngàn|triệu|tr|tỷ|tỉ)?\.?\s*(đồng|đ|vnđ|%)(\s*/\s*(?:người\s*/\s*)?tháng)?"
    r"\s*[|\t](?:\s*[\d.,]+\s*[|\t])*\s*$"
)
# After a plan word: its figure, past a few words naming who set it and a colon or bracket
# (`kế hoạch LĐLĐ tỉnh giao (3.000 đoàn viên)`, `chỉ tiêu Nghị quyết Đại hội XIII đề ra
# (15.000)`, `chỉ tiêu được giao là 1.500`, `KH tháng: 200`), never past a year (`kế hoạch năm
# 2024`).
_YEAR_ALONE = re.compile(r"(?:19|20)\d{2}")
_TARGET_NUMBER = re.compile(
    # (past the part of the year it is for: `vượt 18,7% chỉ tiêu 6 tháng (300 ĐV)`; or the years:
    # `đạt 107% chỉ tiêu 5 năm (3.000 đoàn viên)`)
    r"(?:\s*\d{1,2}\s+(?:tháng(?:\s+(?:đầu|cuối)\s+năm)?|năm)(?=\s*[(:]))?"
    # (past the year it is for, to its figure in brackets: `chỉ tiêu năm 2025 (20.000 đoàn viên)`)
    r"(?:\s*(?:năm\s+)?(?:19|20)\d\d\s*\(\s*"
    r"|\s*(?:giao|đề ra)?\s*:?"
    r"|\s*(?:(?!năm\s+\d|với\b|và\b)[^\W\d_]+(?:\s+|(?=:))){0,8}?(?:là\s+|[:(])"
    # ... a resolution named in full before its figure in brackets (`vượt 43% chỉ tiêu nghị
    # quyết Đại hội Công đoàn huyện lần thứ X đề ra (150 đoàn viên)`)
    r"|\s*(?:(?!năm\s+\d|với\b|và\b)[^\W\d_]+\s+){9,14}?\("
    # ... a resolution's, its figure closing the bracket (`(chỉ tiêu Nghị quyết 350)`; not its
    # number, `vượt chỉ tiêu Nghị quyết 02 của Tổng Liên đoàn`, nor a year)
    r"|\s*(?:nghị\s+quyết|nq)(?:\s+đại\s+hội)?\s+(?!(?:19|20)\d\d\b)"
    r"(?=\d+(?:[.,]\d+)*(?:\s+[^\W\d_]+){0,2}\s*\))"
    # ... or the deed planned in its bracket (`đạt 80,25% kế hoạch (kết nạp mới 4.000 ĐVCĐ)`;
    # not `(trong đó nữ 620 người)`, `(tăng 250 ...)`, `(cùng kỳ 1.020 ...)`: no deed; or in
    # quotes: `vượt chỉ tiêu “thành lập 4 CĐCS” do LĐLĐ tỉnh giao`)
    r"|\s*[(“\"‘']\s*(?:kết\s+nạp|phát\s+triển|thành\s+lập|giới\s+thiệu|xây\s+dựng|xây\s+mới|vận\s+động)"
    r"(?:\s+(?:mới|được))?\s+)"
    r"\s*(?:(?:kh|kế hoạch|chỉ tiêu)(?:\s+giao)?\s*:?\s*)?(\d+(?:[.,]\d+)*)(?![\d%])"
)
_RATE_PLANNED = re.compile(
    r"\s*(?:giao|đề\s+ra|đặt\s+ra|phấn\s+đấu|năm\s+(?:19|20)\d\d)?\s*(?:là\s+|:\s*)?"
    r"(?:(?:trên|từ|tối\s+thiểu|ít\s+nhất)\s+)?(\d{1,3}(?:[.,]\d+)?)\s*%"  # (`chỉ tiêu: trên 90%`)
)
# What may stand before a pair that opens its clause: marks, `hiện nay,`, `có`, `với`.
_OPENS_ITS_CLAUSE = re.compile(r"[\s,;:\-–•*+]*(?:(?:hiện\s+nay|hiện|đến\s+nay|có|với)\b[\s,]*)*")
# The result restated over its plan after the plan word: `(4/3)`.
_RESTATED_PAIR = re.compile(r"(\d+(?:[.,]\d+)*)\s*/\s*(\d+(?:[.,]\d+)*)(?![\d%])")
_PLAIN_NUMBER = re.compile(r"(\d+(?:[.,]\d+)*)")
# A rate of the result to its plan may stand between them: `1.520 đoàn viên, đạt 101% kế hoạch`.
# ... and the plan word it names, then the plan in brackets named again: `đạt 137% chỉ tiêu
# (chỉ tiêu LĐLĐ tỉnh giao là 500 đoàn viên)`
_A_RATE = re.compile(r"\b(?:đạt|bằng|vượt)\s+\d+(?:[.,]\d+)?\s*%")


def _only_a_rate(between: str) -> bool:
    """No figure between a result and its plan but the rate of the one to the other."""
    return not any(c.isdigit() for c in _A_RATE.sub(" ", between))


_RATE_BETWEEN = re.compile(
    r"[\s,]*(?:đạt|bằng|vượt)\s+\d+(?:[.,]\d+)?\s*%\s*(?:so\s+với\s+)?"
    r"(?:(?:kh|kế\s+hoạch|chỉ\s+tiêu)(?:\s+năm)?\s*\(\s*)?$"
)
_SLASH_PAIR = re.compile(r"[^\d.;:]*?/\s*")


# A clause after a semicolon that measures the result before it against its plan.
_COMPARED_NEXT = re.compile(r";\s*so\s+với\s+")


def target_after(lay: Layout, spot: Spot) -> tuple[float, int] | None:
    """A plan figure written after the result: `1.500 đoàn viên (chỉ tiêu 1.200)`.

    Returns the plan in the result's scale and where its digits start.
    """
    hits, low = lay.hits, lay.low
    assert hits is not None
    short = _short_of_plan(lay, spot)
    if short is not None:
        return short
    clause_end = spot.clause[1]
    compared = _COMPARED_NEXT.match(low, max(0, clause_end - 1))  # (the clause ends past `;`)
    if compared is not None:
        clause_end = spot.sentence[1]  # (`kết nạp 38.914 đoàn viên; so với chỉ tiêu 30.000`)
    end = min(clause_end, spot.right + lay.catalogue.scoring.windows["target_after"])
    # (a bracket of plans per noun may stand further: `thành lập mới 4 CĐCS doanh nghiệp, kết
    # nạp 275 đoàn viên, vượt chỉ tiêu LĐLĐ tỉnh giao (3 CĐCS, 250 đoàn viên)`)
    far = min(clause_end, spot.right + _PLANS_LISTED_REACH)
    plans = hits.starting_between(lay.catalogue.scoring.target_words, spot.right, far)
    if resolved := [
        (start, w_end)
        for start, w_end in hits.starting_between(
            lay.catalogue.scoring.resolution_plans, spot.right, far
        )
        if _COLON_NEXT.match(low, w_end)
    ]:
        plans = sorted({*plans, *resolved})  # (`thành lập mới 41 CĐCS (NQ: 30 CĐCS)`)
    for start, w_end in plans:
        between = low[spot.right : start]
        if _A_STOP.search(between) or (";" in between and compared is None):
            break  # (a sentence's end, not a figure's dot: `kết nạp 1.275 đoàn viên, vượt ...`)
        if _MARGIN_BEFORE.search(low, max(0, start - 12), start) and not _BRACKET_NEXT.match(
            low, w_end
        ):
            continue  # (what the result passed its plan by: `nhiều hơn kế hoạch 2.450 đoàn viên`;
            # not the plan in brackets, `nhiều hơn kế hoạch (2.000 đoàn viên)`)
        if _NUMBERING.match(low, w_end) and low[:start].rstrip(" \t-–•*+").endswith("\n"):
            continue  # (an item's number opening its line: `Chỉ tiêu 5 – Tỷ lệ ...`)
        # (a bracket opening on the plan word is the figure's, however long its noun: `giới thiệu
        # 38 đoàn viên ưu tú cho Đảng xem xét kết nạp (KH năm: 60 người)`)
        if start > end and not (
            (
                (
                    low[max(0, start - 3) : start].rstrip(" \t").endswith("(")
                    and _NUMBER_AFTER_PLAN.match(low, w_end)
                )  # (not `(chỉ tiêu ... giao cho ... là`)
                # (... or the plan's figure in brackets after it: `vượt 62% so với chỉ tiêu Nghị
                # quyết Đại hội đề ra (6.000 sáng kiến)`)
                or _BRACKETED_NUMBER.match(low, w_end)
            )
            # (past no figure but the rate of the plan: `17 CĐCS ở các doanh nghiệp ngoài nhà
            # nước, vượt 13,3% chỉ tiêu ... giao (chỉ tiêu 15 CĐCS)`)
            and (not lay.digit_between(spot.right, start) or _only_a_rate(between))
        ):
            listed = _planned_in_brackets(lay, spot, w_end)
            if listed is not None:
                return listed
            continue
        restated = next(
            (
                pair
                for pair in _restated_in_brackets(low, w_end, spot.cand.number_text)
                if not _counts_something_else(lay, spot, pair.end(2))
            ),
            None,
        )
        if restated is not None:
            # `kết nạp 1.245 đoàn viên, thành lập 11 CĐCS, vượt chỉ tiêu (1.245/1.000 đoàn
            # viên, 11/8 CĐCS)`: the pair restating this result holds its plan
            return read_number(restated.group(2)) * spot.cand.scale, restated.start()
        listed = _planned_in_brackets(lay, spot, w_end)
        if listed is not None:
            return listed
        if lay.digit_between(spot.right, start):
            rate = _RATE_BETWEEN.search(between)
            if (
                (rate is None or any(c.isdigit() for c in between[: rate.start()]))
                and not _only_a_rate(between)
                and not _plans_its_noun_alone(lay, spot, start, w_end)
            ):
                break
        if (
            spot.cand.q.unit == "percent"
            and (
                not between.strip(" \t,;(")
                # (... or in a bracket after its noun: `100% cơ quan, đơn vị tổ chức Hội nghị cán
                # bộ, công chức, viên chức (chỉ tiêu 100%)`)
                or (
                    between.rstrip(" \t").endswith("(") and not lay.digit_between(spot.right, start)
                )
            )
            and (rate := _RATE_PLANNED.match(low, w_end))
        ):
            # a rate's plan is a rate, named right after it: `đạt 81,2%, kế hoạch 90%` (not a
            # margin: `vượt kế hoạch 5%`)
            return read_number(rate.group(1)), rate.start(1)
        m = _TARGET_NUMBER.match(low, w_end)
        if m is None or _counts_something_else(lay, spot, m.end(1)):
            continue
        pair = _RESTATED_PAIR.match(low, m.start(1))
        if pair is not None and pair.group(1) == spot.cand.number_text:
            # `thành lập 5 CĐCS, đạt 125% chỉ tiêu (5/4)`: the result over its plan
            m = _PLAIN_NUMBER.match(low, pair.start(2))
            assert m is not None
        elif pair is not None:
            continue  # (another result over its plan: `(1.245/1.000 đoàn viên, ...)`)
        if low.endswith("năm", 0, w_end) and _YEAR_ALONE.fullmatch(m.group(1)):
            continue  # `đạt 101% kế hoạch năm 2023`: the plan's year (`KH năm 3.600` is a plan)
        if _A_YEAR_RANGE.match(low, m.start(1)) or low.startswith(":", m.end(1)):
            continue  # (a term or a year labelling the plan: `(2023 – 2028)`, `(2022: 250 ...)`)
        cand = spot.cand
        scale = cand.scale
        plan = read_number(m.group(1))
        # a plan with a scale of its own (`chỉ tiêu 1 triệu đoàn viên`) is read whole; a bare
        # one is in the result's (`1,5 tỷ đồng (kế hoạch 1,2)`)
        whole = QUANTITY_RE.match(low, m.start(1))
        own = quantity_from_match(whole, low) if whole else None
        if own is not None and own.value != plan and own.unit in (None, cand.q.unit):
            return own.value, m.start(1)  # (`kết nạp 1.025.361 đoàn viên (chỉ tiêu 1 triệu)`)
        if (
            own is not None
            and own.unit == "VND"
            and (cand.q.unit or "").startswith("VND/")
            and low[max(0, start - 3) : start].rstrip().endswith("(")
        ):
            return own.value, m.start(1)  # (a per-head plan in brackets, its `/người/tháng`
            # left out: `đạt 7,8 triệu đồng/người/tháng (chỉ tiêu 7 triệu đồng)`; not a margin,
            # `vượt kế hoạch 500.000 đồng`)
        if own is not None and own.unit is not None and own.unit != cand.q.unit:
            continue  # (money planned, no count: `560 suất, chỉ tiêu “vận động 500 triệu đồng”`)
        if not _fits_the_rate(low, spot, w_end, plan * scale):
            continue  # (`đạt 115% kế hoạch (620 nữ, 530 nam)`: no plan of 620)
        return plan * scale, m.start(1)
    return None


_COLON_NEXT = re.compile(r"[ \t]*:")
_BRACKET_NEXT = re.compile(r"[ \t]*\(")
_MARGIN_BEFORE = re.compile(r"\bhơn[ \t]+(?:so[ \t]+với[ \t]+)?$")
_NUMBERING = re.compile(r"[ \t]*\d{1,2}[ \t]*[–:.)-][ \t]*[^\W\d_]")
_PLANS_LISTED_REACH = 120  # characters from a result to a bracket of plans per noun
_BRACKETED_NUMBER = re.compile(r"[ \t]*\([ \t]*\d")
_NUMBER_AFTER_PLAN = re.compile(r"[ \t]*(?:năm[ \t]*)?:?[ \t]*\d")  # `KH năm: 60`, `KH: 60`


def _short_of_plan(lay: Layout, spot: Spot) -> tuple[float, int] | None:
    """The plan a result fell short of, later in its sentence with its plan word after it
    (`đạt 8,9 triệu đồng ..., nhưng chưa đến 9 triệu đồng như mục tiêu đề ra`), when it is
    written as the result is (money for money, a count for a count) and above it, with no
    other figure of its kind between (`9 nhà ..., tổng kinh phí 540 triệu đồng, chưa đạt 10 căn
    như đăng ký`: the money is no count)."""
    low = lay.low
    end = min(spot.sentence[1], spot.right + _SHORT_OF_PLAN_REACH)
    m = lay.catalogue.scoring.short_of_plan.search(low, spot.right, end)
    if m is None:
        return None
    whole = QUANTITY_RE.match(low, m.start(1))
    plan = quantity_from_match(whole, low) if whole else None
    unit = spot.cand.q.unit
    if plan is None or plan.value <= spot.cand.q.value:
        return None
    if _kind(plan.unit) != _kind(unit):
        return None  # (a count for money; an income's plan may leave out its `/tháng`)
    # (right after the result and its noun, past a change told of it: not another deed's,
    # `xây 9 nhà ..., thành lập mới CĐCS chưa đạt 12 CĐCS như chỉ tiêu`)
    after = max(spot.right, heads(lay, spot).end)
    if not _onto_the_plan(lay.catalogue).fullmatch(low, after, m.start()):
        return None
    return plan.value, m.start(1)


_SHORT_OF_PLAN_REACH = 160  # characters from a result to the plan it fell short of
_A_YEAR_NAMED = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/])")  # (not a date's: `30/11/2023`)


# What may stand between a result (and its noun) and the plan it fell short of: a change
# told of it, a connective (`, tăng 5% nhưng `, `, song vẫn `)
@cache
def _onto_the_plan(cat: Catalogue) -> re.Pattern[str]:
    """What may stand between a result (and its noun) and the plan it fell short of: a change
    told of it, a connective (`, tăng 5% so với năm 2022 nhưng `, `, song vẫn `); the words in
    `scoring.short_of_plan`."""
    changes, links = cat.scoring.short_of_plan_changes, cat.scoring.short_of_plan_links
    return re.compile(
        r"(?:[^\S\n]*[“”\"]?[^\S\n]*[^\W\d_]+){0,5}?[“”\"]?"
        rf"(?:\s*,?\s*(?:{changes})(?:\s+[\d.,]+\s*%)?"
        r"(?:\s+so\s+với\s+(?:[^\d,;.]|(?:19|20)\d\d){0,30})?)?"
        rf"\s*,?\s*(?:(?:{links})\s*,?\s*)*"
    )


def _kind(unit: str | None) -> str:
    """Money, a rate or a count (of people or things), whatever money's period (`VND`,
    `VND/month`)."""
    return "count" if unit in (None, "persons") else unit.split("/")[0]


_A_STOP = re.compile(r"\.(?!\d)|(?<!\d)\.")
_A_YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d")

# After a plan word before its result: the plan's figure, past a few words of what is
# planned (`kế hoạch giao phát triển 3.000 đoàn viên`), never past a year.
_BRACKET_AFTER_PLAN = re.compile(r"[^\d().;\n]{0,60}\(")


def _restated_in_brackets(low: str, plan_end: int, number: str) -> list[re.Match[str]]:
    """The pairs `result/plan` restating `number` in the bracket right after a plan word
    (`vượt chỉ tiêu đại hội đề ra (1.245/1.000 đoàn viên, 11/8 CĐCS)`); the caller picks
    the one whose noun is the figure's (`(12/10 đoàn viên, 12/8 CĐCS)`)."""
    opened = _BRACKET_AFTER_PLAN.match(low, plan_end)
    if opened is None:
        return []
    close = low.find(")", opened.end(), opened.end() + 200)
    if close < 0:
        return []
    return [
        pair
        for pair in _RESTATED_PAIR.finditer(low, opened.end(), close)
        if pair.group(1) == number
    ]


def _planned_in_brackets(lay: Layout, spot: Spot, plan_end: int) -> tuple[float, int] | None:
    """`kết nạp 2.942 đoàn viên, thành lập 6 CĐCS, vượt chỉ tiêu LĐLĐ tỉnh giao (2.500 đoàn
    viên, 5 CĐCS)`: a bracket after the plan word listing a plan per noun; the one whose noun
    is the figure's is its plan, fitting a rate stated between them."""
    low = lay.low
    opened = _BRACKET_AFTER_PLAN.match(low, plan_end)
    if opened is None or lay.hits is None:
        return None
    close = low.find(")", opened.end(), opened.end() + 120)
    if close < 0 or "/" in low[opened.end() : close]:
        return None
    numbers = list(_PLAIN_NUMBER.finditer(low, opened.end(), close))
    if len(numbers) < 2 or low[opened.end() : numbers[0].start()].strip():
        return None  # (the plans alone: not `(trong đó nữ 620 người, ...)`, `(tăng 250 ...)`)
    # (the figure's own noun when it has one, the plan's of its kind or wider, `người` for
    # `đoàn viên`: `12 cuộc đối thoại` has no plan of CĐCS in the bracket, whatever nouns the
    # sentence names after it)
    at = skip_spaces(low, spot.cand.q.end, 2)
    own = {i for i in lay.catalogue.counted if i.heads and lay.hits.end_at(i.heads, at) > 0}
    heads_after = heads(lay, spot).after
    for m in numbers:
        at = skip_spaces(low, m.end(), 2)
        planned = {i for i in lay.catalogue.counted if i.heads and lay.hits.end_at(i.heads, at) > 0}
        plan = read_number(m.group(1))
        whole = QUANTITY_RE.match(low, m.start())
        written = quantity_from_match(whole, low) if whole else None
        if (written.unit if written else None) != spot.cand.q.unit:
            continue  # (money and counts apart: `625 triệu đồng ... (1.000 suất, 500 triệu đồng)`)
        if written is not None and written.unit is not None:
            plan = written.value  # (an amount with its scale: `500 triệu đồng`)
        if (
            not planned
            or (not (planned <= own or own <= planned) if own else not planned & heads_after)
        ) and (written is None or written.unit is None):
            continue
        if not plan:
            continue
        if _fits_the_rate(low, spot, plan_end, plan):
            return plan, m.start()
    return None


def _fits_the_rate(low: str, spot: Spot, plan_end: int, plan: float) -> bool:
    """No rate stated between the figure and its plan word, or the plan fits it (`đạt 70%`:
    the figure is 70 % of it; `vượt 18,7%`: 118,7 %, or as some write it, 18,7 %)."""
    rate = _STATED_RATE.search(low, spot.right, plan_end)
    if rate is None or not plan:
        return True
    share, stated = 100 * spot.cand.q.value / plan, read_number(rate.group(2))
    tolerance = max(5.0, share / 20)  # (rates are rounded loosely: `đạt 100%` for 103 %)
    return abs(share - stated) <= tolerance or (
        rate.group(1) == "vượt" and abs(share - 100 - stated) <= tolerance
    )


_STATED_RATE = re.compile(r"(đạt|bằng|vượt)\s+(\d+(?:[.,]\d+)?)\s*%")


_PLAN_FIGURE = re.compile(
    r"\s*:?\s*(?:(?!năm\s)[^\W\d_]+\s+){0,4}?(?:là\s+|:\s*)?(\d+(?:[.,]\d+)*)(?![\d%])"
)


_PLEDGED_FIGURE = re.compile(r"\s*(?:(?!năm\s)[^\W\d_]+\s+){1,7}?(\d+(?:[.,]\d+)*)(?![\d%])")


def target_before(lay: Layout, spot: Spot, head_end: int) -> tuple[float, int] | None:
    """A plan written before its result in one sentence, the same noun or unit after both,
    a result word (or `đã`, `được`) between: `kế hoạch 2 CĐCS, đã thành lập 3 CĐCS`, `chỉ
    tiêu 25 người, thực hiện 29 người`. Returns the plan and where its digits start."""
    hits, low, sc = lay.hits, lay.low, lay.catalogue.scoring
    assert hits is not None
    q = spot.cand.q
    lo = max(spot.sentence[0], spot.left - sc.windows["target_before"])
    plans = hits.ending_between(sc.target_words, lo, spot.left)
    m = _PLAN_FIGURE.match(low, plans[-1][1]) if plans else None
    if m is None:  # (a pledge: `phấn đấu kết nạp 500 đoàn viên, đến nay đã kết nạp được 420`)
        lo = max(spot.sentence[0], spot.left - sc.windows["pledge_before"])
        pledges = hits.ending_between(sc.pledge_words, lo, spot.left)
        m = _PLEDGED_FIGURE.match(low, pledges[-1][1]) if pledges else None
        if m is not None and sc.pledges_of_others.search(low, pledges[-1][0], spot.left):
            return None  # (`phấn đấu kết nạp 500 đoàn viên mỗi năm, ...`, `năm trước đã ...`)
    found = QUANTITY_RE.match(low, m.start(1)) if m else None
    plan = quantity_from_match(found, low) if found else None
    if m is None or plan is None or not plan.value or plan.unit != q.unit:
        return None
    noun = low[q.end : head_end].strip()
    after = skip_spaces(low, plan.end, 2)
    if noun and not low.startswith(noun, after):
        return None
    gap_start = after + len(noun) if noun else plan.end
    between = low[gap_start : spot.left]
    if "." in between or ";" in between or lay.digit_between(gap_start, spot.left):
        return None
    done = hits.ending_between(sc.result_words, gap_start, spot.left)
    if not done and not hits.ending_between(sc.done_words, gap_start, spot.left):
        return None
    return plan.value, m.start(1)


def plans_listed_before(
    lay: Layout, spot: Spot, head_end: int, ind: Indicator
) -> tuple[float, int] | None:
    """Plans listed after their plan word, then the results after a result word, in one
    sentence: `được giao chỉ tiêu thành lập mới 12 CĐCS và phát triển 3.000 đoàn viên; đến nay
    đã thành lập được 5 CĐCS, kết nạp 1.146 đoàn viên`. The plan of the figure's noun and unit,
    its deed one of the indicator's cues, is the target of a result (no stock's) when no other
    result of that noun and no other year came between. Returns the plan and where its digits
    start."""
    hits, low, sc = lay.hits, lay.low, lay.catalogue.scoring
    assert hits is not None
    q = spot.cand.q
    noun = low[q.end : head_end].strip()
    if not noun or ind.code in sc.stock_indicators or not ind.cues:
        return None
    plans = hits.ending_between(sc.target_words, spot.sentence[0], spot.left)
    if not plans:
        return None
    opened = plans[-1][1]
    done = hits.ending_between(sc.result_words, opened, spot.left) or hits.ending_between(
        sc.done_words, opened, spot.left
    )
    if not done:
        return None
    turn = done[0][0]  # (the first result word after the plans)
    if ";" not in low[opened:turn] and "," not in low[opened:turn]:
        return None  # (a plan and its result in one clause: `target_before`'s)
    found = None
    deed_from = opened
    for m in QUANTITY_RE.finditer(low, opened, turn):
        if low.endswith("năm ", 0, m.start()) and _A_YEAR_NAMED.match(low, m.start()):
            continue  # (the plan's year: `Chỉ tiêu kết nạp đoàn viên năm 2017: 400 đoàn viên`)
        plan = quantity_from_match(m, low)
        of_the_noun = plan is not None and low.startswith(noun, skip_spaces(low, plan.end, 2))
        deed = any(hits.ending_between(words, deed_from, m.start()) for words, _ in ind.cues)
        if of_the_noun and deed and plan is not None and plan.unit == q.unit:
            found = plan
        deed_from = m.end()
    if found is None or not found.value:
        return None
    if _A_YEAR_NAMED.search(low, found.end, spot.left):
        return None  # (`... ; cả năm 2022 huyện đã kết nạp 2.450 đoàn viên`: another year's)
    for m in QUANTITY_RE.finditer(low, turn, spot.left):
        other = quantity_from_match(m, low)
        if other is not None and low.startswith(noun, skip_spaces(low, other.end, 2)):
            return None  # (another result of that noun took the plan)
    return found.value, found.start


def _counts_something_else(lay: Layout, spot: Spot, plan_end: int) -> bool:
    """`thành lập 31 CĐCS, đạt 124,8% kế hoạch (5.000 đoàn viên)`: the plan's noun counts what
    no noun after the figure does, so it is another figure's plan."""
    assert lay.hits is not None
    at = skip_spaces(lay.low, plan_end, 2)
    planned = {i for i in lay.catalogue.counted if i.heads and lay.hits.end_at(i.heads, at) > 0}
    # (the figure's own noun, when it has one, must be of the plan's kind or the plan's wider
    # or narrower: `12 cuộc đối thoại` and `(3 CĐCS)` share only a kind of check)
    at = skip_spaces(lay.low, spot.cand.q.end, 2)
    own = {i for i in lay.catalogue.counted if i.heads and lay.hits.end_at(i.heads, at) > 0}
    if planned and own:
        return not (planned <= own or own <= planned)
    return bool(planned) and not planned & heads(lay, spot).after


_SLASH = re.compile(r"\s*/\s*")
_RATE_AFTER = re.compile(r"\s*,?\s*(?:đạt|bằng)\s+(\d+(?:[.,]\d+)?)\s*%")


def plan_after_slash(lay: Layout, spot: Spot, head_end: int, code: str) -> tuple[float, int] | None:
    """`26 CĐCS/20 CĐCS kế hoạch`, `1.285 triệu đồng/1.200 triệu đồng, đạt 107%`: the same
    unit on both sides of the slash, then a plan word or the rate of the first to the second,
    makes the second figure the plan. Returns it and where its digits start."""
    q, low = spot.cand.q, lay.low
    slash = _SLASH.match(low, max(head_end, q.end))
    if slash is None or not low[slash.end() : slash.end() + 1].isdigit():
        return None
    m = QUANTITY_RE.match(low, slash.end())
    other = quantity_from_match(m, low) if m else None
    if other is None or not other.value:
        return None
    assert lay.hits is not None
    target_words = lay.catalogue.scoring.target_words
    end = other.end
    # `940 đoàn viên/800 chỉ tiêu`: the plan word stands for the noun
    plan_word = lay.hits.end_at(target_words, skip_spaces(low, end, 2)) > 0
    if other.unit != q.unit and not (other.unit is None and plan_word):
        return None
    noun = low[q.end : head_end].strip()
    if noun and not plan_word:  # a count: the same noun after both figures
        if not low.startswith(noun, skip_spaces(low, end, 2)):
            return None
        end = skip_spaces(low, end, 2) + len(noun)
    rate = _RATE_AFTER.match(low, end)
    planned = lay.hits.end_at(target_words, skip_spaces(low, end, 2)) > 0
    if rate and not planned:
        share = 100 * q.value / other.value
        planned = abs(share - read_number(rate.group(1))) <= max(
            0.6, share / 100
        ) and not units_among_all(lay, code, q.start, q.value, other.value)
    return (other.value, slash.end()) if planned else None


def units_among_all(lay: Layout, code: str, start: int, value: float, whole: float) -> bool:
    """A pair `x/y` at `start` of units holding something (`scoring.coverage_indicators`), after
    a stock's link, no more than all (`có 71/104 doanh nghiệp ..., đạt 68,3%`, `nâng tổng số ...
    lên 71/104 đơn vị`): the units that have it among all of them, the rate its share; no plan
    (not a deed's, `có 8/5 CĐCS được thành lập mới, đạt 160%`)."""
    assert lay.hits is not None
    sc = lay.catalogue.scoring
    return (
        code in sc.coverage_indicators
        and value <= whole
        and bool(lay.hits.ending_between(sc.coverage_links, start - 3, start - 1))
    )


def target_of(lay: Layout, spot: Spot) -> float | None:
    """The plan figure: the denominator of `x/y` beyond plan, or a target written after it."""
    q = spot.cand.q
    if q.target is not None:
        words = lay.catalogue.scoring.target_words
        plan_named = lay.hits is not None and (
            lay.hits.starting_between(words, spot.right, spot.right + 80)
            # ... or earlier in its sentence (`kết nạp 3.412 đoàn viên theo chỉ tiêu nghị quyết
            # Đại hội, đạt 68,2%; thành lập mới 14/20 CĐCS`)
            or lay.hits.ending_between(words, spot.sentence[0], spot.left)
        )
        return q.target if q.value > q.target or plan_named else None
    found = target_after(lay, spot)
    if found:
        return found[0]
    if (
        NUMBERED_PLAN.match(lay.low, spot.sentence[0], spot.left)
        # (not an aside in brackets: `(năm 2022 kết nạp 280 đoàn viên)`)
        and lay.low.rfind("(", spot.sentence[0], q.start) <= lay.low.rfind(")", 0, q.start)
        and met_as_planned(lay.low, q.end, spot.sentence[1], q.unit)
    ):
        return q.value  # (a numbered plan told met: `Chỉ tiêu 2: Thành lập 3 CĐCS. Kết quả: đạt.`)
    return _plan_of_the_line_before(lay, spot)


def _plan_of_the_line_before(lay: Layout, spot: Spot) -> float | None:
    """`- Chỉ tiêu 1: Phát triển mới 2.000 đoàn viên trở lên. Kết quả: kết nạp 2.486 đoàn viên,
    đạt 124,3%`: a result opening on `Kết quả` right after a numbered plan takes the plan's one
    figure of its kind (its noun the same) as its target, if the rate told fits it."""
    low, (start, end) = lay.low, spot.sentence
    opens = _RESULT_OPENS.match(low, start, spot.left)
    if opens is not None and not RESULT_OPENER.match(low, opens.end() - len("kết quả"), spot.right):
        opens = None  # (a comment on the results: `Kết quả trên có được là nhờ ...`)
    if opens is None or any(c.isdigit() for c in _YEARS.sub(" ", low[opens.end() : spot.left])):
        return None  # (the first figure of the result only: not its part after `trong đó`)
    plan = numbered_plan_before(lay, start)
    if plan is None:
        return None
    label_end, p_end = plan
    noun = _NOUN_AFTER.match(low, spot.right)
    unit = spot.cand.q.unit
    units = BARE_COUNT_UNITS if unit is None and noun is None else (unit,)
    plans = [own for _, own in plan_figures(low, label_end, p_end, units)]
    if len(plans) != 1 or not plans[0].value:
        return None
    plan = plans[0]
    if _EACH_ONE.search(low, label_end, plan.start):
        return None  # (a plan for each unit: `Mỗi CĐCS có ít nhất 01 sáng kiến`)
    if spot.cand.q.unit is None and noun is not None:  # (bare, the plan's: `Kết quả: 320.`)
        planned_noun = _NOUN_AFTER.match(low, plan.end)
        if planned_noun is None or noun.group(0) != planned_noun.group(0):
            return None
    rate = _STATED_RATE.search(low, spot.right, end)
    if (
        rate is not None
        and abs(100 * spot.cand.q.value / plan.value - read_number(rate.group(2))) > 1
    ):
        return None
    return plan.value


def _plans_its_noun_alone(lay: Layout, spot: Spot, start: int, w_end: int) -> bool:
    """`kết nạp 1.069.236 đoàn viên, thành lập 3.412 CĐCS, vượt chỉ tiêu 1 triệu đoàn viên`: the
    plan past other figures counts the figure's own noun, which none of those between counts."""
    low = lay.low
    noun = _NOUN_AFTER.match(low, spot.right)
    m = _TARGET_NUMBER.match(low, w_end)
    if noun is None or m is None:
        return False
    planned = QUANTITY_RE.match(low, m.start(1))
    if planned is None or (own := quantity_from_match(planned, low)) is None:
        return False
    planned_noun = _NOUN_AFTER.match(low, own.end)
    if planned_noun is None or planned_noun.group(0).strip() != noun.group(0).strip():
        return False
    return not any(
        (other := _NOUN_AFTER.match(low, q.end())) is not None
        and other.group(0).strip() == noun.group(0).strip()
        for q in QUANTITY_RE.finditer(low, spot.right, start)
    )


def plan_figures(
    low: str, start: int, end: int, units: tuple[str | None, ...]
) -> list[tuple[re.Match[str], Quantity]]:
    """The figures of a plan's clause in `units`, its year aside (`năm 2023: 500 đoàn viên`)."""
    return [
        (m, own)
        for m in QUANTITY_RE.finditer(low, start, end)
        if (own := quantity_from_match(m, low)) is not None
        and own.unit in units
        and not low.endswith("năm ", 0, m.start())
    ]


# A result's figure told alone, no noun of its own: of a count, any of the plan's counts, of
# units or of people (`Phát triển 300 đoàn viên.` / `Kết quả: 320.`).
BARE_COUNT_UNITS: tuple[str | None, ...] = (None, "persons")


def numbered_plan_before(lay: Layout, sentence_start: int) -> tuple[int, int] | None:
    """The sentence before the one starting at `sentence_start`, when it is a numbered plan
    (`- Chỉ tiêu 2: Tổ chức 40 cuộc đối thoại.`): where its own number's label ends and where
    it ends; else None."""
    low = lay.low
    before = sentence_start - 1
    while before > 0 and low[before] in " \t\n":
        before -= 1
    if before <= 0:
        return None
    start, end = lay.sentence(before)
    label = NUMBERED_PLAN.match(low, start, end)
    if label is not None:
        label_end = label.end()
    else:  # (or a plan's label and a colon: `Chỉ tiêu kết nạp đoàn viên năm 2023: 500 đoàn viên.`)
        assert lay.hits is not None
        opens = skip_spaces(low, start, 3)
        colon = low.find(":", opens, end)
        if lay.hits.end_at(lay.catalogue.scoring.plan_label_heads, opens) < 0 or colon < 0:
            return None
        label_end = opens
    if A_RESULTS_LINE.search(low, label_end, end):
        return None  # (a line of results itself: `- Chỉ tiêu 1: Kết nạp 450 đoàn viên, đạt 112,5%`)
    return label_end, end


# A result told after its plan's line (`Kết quả: ...`, `- Kết quả thực hiện: ...`).
_RESULT_OPENS = re.compile(r"[ \t]*+(?:[-–•*+][ \t]*+)?kết[ \t]+quả\b")
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_EACH_ONE = re.compile(r"\b(?:mỗi|từng|bình\s+quân|trung\s+bình)\b")
_NOUN_AFTER = re.compile(r"[ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+)?")


def unit_from_label(lay: Layout, cand: Candidate, left: int, floor: int = 0) -> Candidate:
    """A bare number takes the unit its label gives in parentheses, scaled (`(triệu đồng)`);
    the label starts at `floor` or later."""
    m = _LABEL_UNIT.search(lay.low, max(floor, left - 90), left) or _UNIT_CELL.search(
        lay.low, max(floor, left - 90), left
    )
    if m is None:
        return cand
    if m.group(2) == "%":
        unit, factor = "percent", 1.0
    else:
        unit = "VND/person/month" if m.group(3) else "VND"
        factor = SCALES.get(m.group(1) or "", 1.0)
    return replace(cand, q=scaled_figure(cand, factor, unit))


def scaled_figure(cand: Candidate, factor: float, unit: str | None) -> Quantity:
    """A bare figure read in the unit its label or column gives. `1,250` under `(triệu
    đồng)` is read as a table copied from a spreadsheet groups it (1 250 million), `1,250
    triệu đồng` in prose with a decimal comma (1,25 million): either may be the other, a
    thousand times apart, so both are flagged `ambiguous_grouping` for a reader to check."""
    q = cand.q
    if factor > 1 and ambiguous_grouping(cand.number_text):
        q = replace(q, flags=(*q.flags, "ambiguous_grouping"))
    return scaled(q, factor, unit)


def scaled(q: Quantity, factor: float, unit: str | None) -> Quantity:
    def by_factor(v: float | None) -> float | None:
        return None if v is None else times(v, factor)

    return replace(
        q,
        value=times(q.value, factor),
        unit=unit,
        target=by_factor(q.target),
        low=by_factor(q.low),
        high=by_factor(q.high),
    )


def split_ratio(lay: Layout, spot: Spot) -> list[tuple[Indicator, Quantity]] | None:
    """`tổng số đoàn viên 3611/4076 CNVCLĐ`: members (numerator) of workers (denominator)."""
    cand = spot.cand
    q = cand.q
    if q.target is None or q.unit not in (None, "persons"):
        return None
    found = heads(lay, spot)
    persons = [i for i in lay.catalogue.counted if i.unit == "persons"]
    joined = joined_union(lay, found.end) if found.after else None
    if joined is None and found.after:
        joined = _named_after(lay, found.end, persons)  # (`... CNVCLĐ là đoàn viên`)
    # The words that make the numerator members are not a veto on the population, nor is the
    # share the pair makes, in brackets after it (`4.126/4.390 LĐ (đạt 94%)`: no deed of theirs).
    rated = _grammar(lay.catalogue)["rate_bracket"].match(lay.low, found.end)
    if joined is None and rated is not None:
        joined = (None, rated.end())
    elif joined is not None and (
        after := _grammar(lay.catalogue)["rate_bracket"].match(lay.low, joined[1])
    ):
        joined = (joined[0], after.end())  # (`8.912/9.037 CBCNV là đoàn viên (đạt 98,6%)`)
    checked = replace(spot, right=joined[1]) if joined else spot
    # (the pair's own words say what it counts, no verb before it needed: `...; 98.450/104.322
    # CNVCLĐ là đoàn viên công đoàn`)
    named_after = (
        joined is not None
        and joined[0] is not None
        # (the pair opening its clause or the stock's `với`: not people a deed names, `hỗ trợ
        # 2.300/2.500 người lao động là đoàn viên`, `kết nạp 3.500/4.000 ...`)
        and (
            _OPENS_ITS_CLAUSE.fullmatch(lay.low, spot.clause[0], spot.left) is not None
            or lay.low.endswith(" với", 0, spot.left - 1)
        )
    )
    stocks = lay.catalogue.scoring.stock_indicators
    head_ind = next(
        (
            i
            for i in persons
            if i in found.after
            and accepts(lay, i, checked, found.label, inherited=named_after and i.code in stocks)
        ),
        None,
    )
    if (
        head_ind is None
        and (linked := _label_before_link(lay, spot.left)) is not None
        # (`Số đoàn viên là 76.412/81.950 CNVCLĐ`: the label names the pair a stock)
        and tail_noun(lay, linked, [i for i in persons if i.code in stocks]) is not None
    ):
        head_ind = next((i for i in persons if i in found.after and i.code in stocks), None)
    if head_ind is None:
        return None
    others = [i for i in persons if i is not head_ind]
    if head_ind.code in _MEMBER_CODES and (
        paired := _noun_after_slash(lay, found.end, [i for i in others if i.code in stocks])
    ):
        # `7.852/9.124 đoàn viên/CNVCLĐ`: the nouns paired as the figures are, members of the
        # workforce
        number_end = q.start + len(cand.number_text)
        num_q = replace(q, target=None, end=number_end)
        return [
            (head_ind, num_q),
            (paired, replace(q, value=q.target, target=None, start=number_end + 1)),
        ]
    # (the noun after `là` names the numerator of a stock's pair only: after a deed's figures
    # it says who they were, `kết nạp 1.436/1.000 đoàn viên là lao động phi chính thức`)
    stock_pair = head_ind.code in stocks
    named = joined[0] if joined and joined[0] in others and stock_pair else None
    tail = tail_noun(lay, spot.left, others) or named
    if tail is None and (linked := _label_before_link(lay, spot.left)) is not None:
        tail = tail_noun(lay, linked, others)  # (`nâng tổng số ĐV lên 4.126/4.390 LĐ`)
        whole = _WHOLE_BEFORE_LINK.search(lay.low, max(0, linked - 30), linked)
        if tail is None and whole is not None and head_ind.code not in _MEMBER_CODES:
            # (... the whole they are of between, members over the workforce: `tổng số đoàn viên
            # toàn ngành là 5.684/6.102 CNVCLĐ`; not `nữ đoàn viên toàn ngành là .../... đoàn viên`)
            tail = tail_noun(lay, whole.start(), [i for i in others if i.code in _MEMBER_CODES])
    if tail is None:
        tail = _members_of_the_workforce(lay, spot, head_ind, others)
    if tail is None:
        return None
    number_end = q.start + len(cand.number_text)
    num_q = replace(q, target=None, end=number_end)
    den_q = replace(q, value=q.target, target=None, start=number_end + 1)
    return [(tail, num_q), (head_ind, den_q)]


def rated_pair(lay: Layout, spot: Spot) -> list[tuple[Indicator, Quantity]] | None:
    """`56/64 CĐCS được công nhận đạt tiêu chuẩn vững mạnh`, `60/64 CĐCS ... hoàn thành tốt nhiệm
    vụ`: units (or members) rated out of all of them, a rating (`scoring.ratings`) after the
    pair's noun in its clause. The second figure is the stock of the noun; the first, those
    rated, counts for no indicator."""
    q, hits = spot.cand.q, lay.hits
    assert hits is not None
    if q.target is None or q.value > q.target or q.unit not in (None, "persons"):
        return None
    found = heads(lay, spot)
    stocks = lay.catalogue.scoring.stock_indicators
    stock = next((i for i in found.after if i.code in stocks), None)
    end = min(spot.clause[1], found.end + _RATING_REACH)
    rated = hits.starting_between(lay.catalogue.scoring.ratings, found.end, end)
    # (the rating of the pair's own units, its noun bare before it, no clause between: not
    # `320/350 đoàn viên ốm đau, các trường hợp ...`)
    if stock is None or not rated or any(c in ",;:(" for c in lay.low[found.end : rated[0][0]]):
        return None
    number_end = q.start + len(spot.cand.number_text)
    return [(stock, replace(q, value=q.target, target=None, start=number_end + 1))]


_RATING_REACH = 80  # characters from a pair's noun to the rating its units got


def _members_of_the_workforce(
    lay: Layout, spot: Spot, head: Indicator, others: list[Indicator]
) -> Indicator | None:
    """`Toàn ngành có 3.611/4.076 CNVCLĐ`: a pair over the workforce, a stock's link right
    before it and no noun of its own, is the members among the workers (no more of them)."""
    q = spot.cand.q
    if head.code != "workers" or q.target is None or q.value > q.target:
        return None
    if not right_before(lay, lay.catalogue.scoring.workforce_pair_links, spot.cand.q_start):
        return None
    if not _PAIR_ENDS.match(lay.low, heads(lay, spot).end):
        return None  # (what the first counts follows: `1.200/1.500 CNLĐ là nữ`)
    return next((i for i in others if i.code == "members"), None)


# What may follow a stock's pair: its clause's end, a bracket, where or whose it is, its rate,
# its sector (`khu vực nhà nước`).
_PAIR_ENDS = re.compile(
    r"\s*(?:[,.;:()\n–-]|$|(?:đạt|tại|trên|trong|thuộc|ở|của|và|khu\s+vực|khối|toàn)\b)"
)


# When a label's count was taken, between it and its link: `Số đoàn viên hiện nay là`.
# (... or whose: `Tổng số đoàn viên của Khối: 14.326/15.102 CNVCLĐ`)
_WHOLE_BEFORE_LINK = re.compile(
    r"\s+(?:toàn|cả|của(?:\s+toàn)?)\s+(?:ngành|tỉnh|huyện|quận|thị\s+xã|thành\s+phố|khối|cụm"
    r"|hệ\s+thống|công\s+ty|đơn\s+vị)(?:\s+hiện\s+nay)?\s*$"
)
_MEMBER_CODES = ("members",)
_NOW_BEFORE_LINK = re.compile(
    r"\s+(?:hiện\s+nay|hiện\s+tại|hiện\s+có|(?:tính\s+)?đến\s+nay|năm\s+(?:19|20)\d\d"
    r"|(?:tính\s+)?đến\s+(?:cuối\s+năm\s+(?:19|20)\d\d"
    r"|(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d))\s*$"
)


def _label_before_link(lay: Layout, pos: int) -> int | None:
    """Where the label linked to the figure at `pos` ends: its link's start, past the time
    the count was taken (`Tổng số đoàn viên hiện nay: 96/98 CBCCVC`)."""
    linked = _before_link(lay, pos)
    if linked is None:
        return None
    now = _NOW_BEFORE_LINK.search(lay.low, max(0, linked - 40), linked)
    return now.start() if now is not None else linked


def _before_link(lay: Layout, pos: int) -> int | None:
    """Where the word linking a label to the figure at `pos` starts (`là`, `lên`: catalogue
    `label_links`), or None when none stands right before it."""
    low = lay.low
    end = pos
    while end > 0 and low[end - 1] in " \t":
        end -= 1
    for link in lay.catalogue.scoring.label_links:
        start = end - len(link)
        if start > 0 and low.startswith(link, start) and not low[start - 1].isalnum():
            return start
    return None


# `ĐV/CNLĐ: `, `Đoàn viên: `: the label right before a pair of figures.
# (... or a table's label cell: `| Đoàn viên / CBVC-NLĐ | 1.012/1.048 (đạt 96,6%) |`)
_LABEL_BEFORE_PAIR = re.compile(
    r"([^\W\d_][^\d/:;,.\n|]{0,30}?)(?:\s*/\s*([^\W\d_][^\d/:;,.\n|]{0,30}?))?\s*[:|]\s*$"
)


def split_label_pair(lay: Layout, spot: Spot) -> list[tuple[Indicator, Quantity]] | None:
    """`ĐV/CNLĐ: 12.480/13.950`, `ĐV: 98.415/112.760 CNLĐ`: a label names the stock each
    side of the pair counts (the second side's noun may follow the figures instead)."""
    q = spot.cand.q
    if q.target is None or q.unit not in (None, "persons"):
        return None
    m = _LABEL_BEFORE_PAIR.search(
        lay.low, max(0, spot.left - lay.catalogue.scoring.windows["label"]), spot.left
    )
    if m is None:
        return None
    sc = lay.catalogue.scoring
    stocks = [
        i for i in lay.catalogue.counted if i.unit == "persons" and i.code in sc.stock_indicators
    ]
    label_end = m.end(1)
    if not m.group(2) and (now := _NOW_BEFORE_LINK.search(lay.low, m.start(1), label_end)):
        label_end = now.start()  # (`Tổng số đoàn viên hiện nay: 96/98 CBCCVC`)
    if not m.group(2) and (whole := _WHOLE_BEFORE_LINK.search(lay.low, m.start(1), label_end)):
        label_end = whole.start()  # (`Tổng số đoàn viên của Khối: 14.326/15.102 CNVCLĐ`)
    first = tail_noun(lay, label_end, stocks)
    if m.group(2):
        second = tail_noun(lay, m.end(2), stocks)
    else:
        second = next((i for i in stocks if i in heads(lay, spot).after), None)
    if first is None or second is None or first is second:
        return None
    number_end = q.start + len(spot.cand.number_text)
    return [
        (first, replace(q, target=None, end=number_end)),
        (second, replace(q, value=q.target, target=None, start=number_end + 1)),
    ]


def joined_union(lay: Layout, head_end: int) -> tuple[Indicator, int] | None:
    """`4.610 CNVCLĐ tham gia công đoàn`, `2.150 người đã gia nhập công đoàn`: the people
    counted right before these words are members; the indicator they name and where the
    words end."""
    sc = lay.catalogue.scoring
    assert lay.hits is not None
    end = lay.hits.end_at(sc.joined_union, skip_spaces(lay.low, head_end, 2))
    if end < 0:
        return None
    return next(i for i in lay.catalogue.indicators if i.code == sc.joined_union_means), end


def _named_after(lay: Layout, pos: int, pool: list[Indicator]) -> tuple[Indicator, int] | None:
    """`3.611/4.076 CNVCLĐ là đoàn viên công đoàn`: the noun after `là` names the numerator;
    that indicator and where its noun ends."""
    m = _grammar(lay.catalogue)["copula"].match(lay.low, pos)
    if m is None or lay.hits is None:
        return None
    stocks = lay.catalogue.scoring.stock_indicators
    for ind in pool:
        if ind.heads is not None and ind.code in stocks:
            end = lay.hits.end_at(ind.heads, m.end())
            if end > 0:
                return ind, end
    return None


_SLASH = re.compile(r"[ \t]*/[ \t]*")


def _noun_after_slash(lay: Layout, pos: int, pool: list[Indicator]) -> Indicator | None:
    """The indicator whose counted noun follows `/` right at `pos` (`đoàn viên/CNVCLĐ`)."""
    m = _SLASH.match(lay.low, pos)
    if m is None or lay.hits is None:
        return None
    return next(
        (i for i in pool if i.heads is not None and lay.hits.end_at(i.heads, m.end()) > 0), None
    )


def tail_noun(lay: Layout, pos: int, pool: list[Indicator]) -> Indicator | None:
    """The indicator whose counted noun ends right before `pos` (`đoàn viên 3611/...`)."""
    hits, low = lay.hits, lay.low
    assert hits is not None
    best: tuple[int, Indicator] | None = None
    for ind in pool:
        assert ind.heads is not None
        for start, end in hits.ending_between(
            ind.heads, pos - lay.catalogue.scoring.windows["tail_noun"], pos
        ):
            if low[end:pos].strip():
                continue
            if best is None or end - start > best[0]:
                best = (end - start, ind)
    return best[1] if best else None


def slash_partner(lay: Layout, prev_end: int, cand: Candidate) -> bool:
    """`1.292.184 đoàn viên/1.517.511 CNVC-LĐ`: a number after `<noun>/` right after the
    previous figure is the population that figure is part of."""
    if prev_end < 0 or cand.q_start - prev_end > lay.catalogue.scoring.windows["pair"]:
        return False
    return bool(_SLASH_PAIR.fullmatch(lay.low, prev_end, cand.q_start))


def continues_stock(lay: Layout, previous: tuple[int, Indicator | None], cand: Candidate) -> bool:
    """`hiện có 986 CĐCS với 54.228 đoàn viên`: a figure listed right after a stock, in the
    same clause, joined by a list word (`với`, `và`, a comma), is a stock too."""
    prev_end, prev_ind = previous
    sc = lay.catalogue.scoring
    if prev_ind is None or prev_ind.code not in sc.stock_indicators or prev_end < 0:
        return False
    start = _past_bracket(lay.low, prev_end, cand.q_start)
    gap = lay.low[start : cand.q_start].rstrip()
    if _described_between(lay, gap):
        return True  # `42 CĐCS trực thuộc, gồm các bệnh viện ..., với hơn 9.600 đoàn viên`
    too_far = cand.q_start - start > sc.windows["list_gap"]
    if lay.clause(prev_end)[0] != lay.clause(cand.q.start)[0] or too_far:
        return False
    return any(
        gap.endswith(word)
        and (not word[0].isalpha() or len(gap) == len(word) or not gap[-len(word) - 1].isalpha())
        for word in sc.list_connectors
    )


def _described_between(lay: Layout, gap: str) -> bool:
    """Words describing the stock before (what its units are), with no figure and no end of
    sentence in them but in a bracketed aside (`1.045 CĐCS trực thuộc (giảm 168 CĐCS so với
    năm 2024), với ...`), then `, với`: the list of stocks goes on."""
    return (
        len(gap) <= lay.catalogue.scoring.windows["list_aside"]
        and gap.endswith((", với", ": với"))
        and not any(c.isdigit() or c in ".;!?\n" for c in _ASIDE.sub(" ", gap))
    )


_ASIDE = re.compile(r"\([^()\n]*\)")


_OPENS_BRACKET = re.compile(
    r"\s*(?:(?:trực\s+thuộc|thành\s+viên)\s*)?\("
)  # (`27 CĐCS trực thuộc (...)`)


def _past_bracket(low: str, pos: int, limit: int) -> int:
    """Past a bracket that opens at `pos` and closes before `limit` (`96 CĐCS (giảm 3 CĐCS do
    sáp nhập, giải thể ...) với 3.874 đoàn viên`): an aside, not a gap in the list."""
    opened = _OPENS_BRACKET.match(low, pos)
    close = low.find(")", opened.end(), limit) if opened else -1
    return close + 1 if close >= 0 else pos


@cache
def _grammar(cat: Catalogue) -> dict[str, re.Pattern[str]]:
    """The small patterns the structural rules read, built from the catalogue's word lists
    and windows once per catalogue."""
    sc, w = cat.scoring, cat.scoring.windows

    def alt(words: tuple[str, ...]) -> str:
        return alternation(words)

    return {
        "rate": re.compile(rf"\s*,?\s*(?:{alt(sc.rate_links)})\s*\d[\d.,]*\s*%"),
        # (`số tiền là`, `tổng trị giá của chương trình là`, and what it was the money of named
        # bare: `Tổng giá trị phiên chợ là 600 triệu đồng`, `tổng số tiền trao tặng 250 triệu`,
        # `Tổng kinh phí chương trình trên 420 triệu đồng`; not what an initiative saved:
        # `giá trị làm lợi 6,82 tỷ đồng`)
        "money_link": re.compile(
            rf"\s*(?:(?:{alt(sc.money_links)})\s*|của\s+[^\d,;.:]{{0,{w['part']}}}?\s*"
            rf"|(?!{alt(sc.money_words_not_named)})(?:[^\W\d_]+[ \t]+){{1,3}}(?:(?:là|:)[ \t]*)?)?"
        ),
        # (`4.126/4.390 LĐ (đạt 94%)`: the share a pair makes, in brackets after it, or after a
        # dash: `24.600/27.300 CNVCLĐ - đạt 90,1%`)
        "rate_bracket": re.compile(
            rf"[ \t]*(?:\([ \t]*(?:{alt(sc.rate_links)})[ \t]*[\d.,]+[ \t]*%[ \t]*\)"
            rf"|[-–][ \t]*(?:{alt(sc.rate_links)})[ \t]*[\d.,]+[ \t]*%)"
        ),
        "colon_after": re.compile(rf"[^.,;:\d]{{0,{w['parts_colon']}}}:"),
        "copula": re.compile(rf"\s*(?:{alt(sc.copula)})\s+"),
    }


def money_by_its_word(lay: Layout, cand: Candidate, left: int) -> bool:
    """A figure with a scale of a million or more and no `đồng`, right after a word for
    money and its link (`số tiền 645 triệu`, `tổng kinh phí là 1,2 tỷ`), is an amount; not
    one a counted noun follows (`tổng cộng 2,35 triệu suất quà`)."""
    words = lay.low[cand.q.start : cand.q.end].split()
    if not words or SCALES.get(words[-1], 0.0) < _MILLION:
        return False
    assert lay.hits is not None
    at = skip_spaces(lay.low, cand.q.end, 2)
    if any(
        i.heads and lay.hits.end_at(i.heads, at) > 0 and cand.q.value <= i.plausible[1]
        for i in lay.catalogue.counted
    ):
        return False  # (a count it may be: not `tổng cộng 300 triệu quà và tiền mặt`)
    link = _grammar(lay.catalogue)["money_link"]
    return any(
        link.fullmatch(lay.low, end, left)
        for _, end in lay.hits.ending_between(
            lay.catalogue.scoring.total_money_words, left - _MONEY_WORD_REACH, left
        )
    )


_MILLION = 1e6
_MONEY_WORD_REACH = 20  # characters from a word for money to its figure, past its link


def rate_parts(lay: Layout, spot: Spot) -> bool:
    """`hội nghị NLĐ: 29/38 = 76,3%`: a fraction with no noun, worked into a rate, counts the
    units behind the rate, not people or unions; not when it is a result over its plan."""
    q = spot.cand.q
    if q.target is None or q.value > q.target:
        return False  # `845/800, đạt 105,6%`: more than the whole is a result over its plan
    m = _grammar(lay.catalogue)["rate"].match(lay.low, spot.right)
    if m is None:
        return False
    assert lay.hits is not None  # `215/200, đạt 107,5% chỉ tiêu`: a rate of the plan
    return lay.hits.end_at(lay.catalogue.scoring.target_words, skip_spaces(lay.low, m.end(), 2)) < 0


def total_money_of(lay: Layout, spot: Spot, earlier: list[tuple[int, str]]) -> str | None:
    """`Tổng kinh phí là 45 triệu đồng` after `tặng 300 phần quà`: the indicator of an amount
    named only as a total, from what was counted just before it (its stretch of the clause,
    this sentence, else the previous one); after several kinds of help, the total welfare
    money.

    `earlier` holds (position, indicator code) of the observations before the number.
    """
    sc = lay.catalogue.scoring
    hits = lay.hits
    assert hits is not None
    link = _grammar(lay.catalogue)["money_link"]
    window = sc.windows["total_money"]
    # (not money told before, pointed back at: `Trong số kinh phí trên có 389 tỉ đồng do Tổng
    # LĐLĐ chi hỗ trợ`, a part of that amount, whatever was counted since; with no amount before
    # it, what was counted is what it points at: `trao 500 suất quà ... Số tiền trên là 250 triệu`)
    found = [
        (start, end)
        for start, end in hits.ending_between(sc.total_money_words, spot.left - window, spot.left)
        if start >= spot.clause[0] and link.fullmatch(lay.low, end, spot.left)
    ]
    pointed = [
        (start, end) for start, end in found if _DEMONSTRATIVE_AFTER.match(lay.low, end, spot.left)
    ]
    if pointed and any(
        code in _money_codes(lay.catalogue) for pos, code in earlier if pos < spot.left
    ):
        found = [word for word in found if word not in pointed]
    if not found:
        return None
    named = [lay.low[start:end] for start, end in found]
    # (`Tổng kinh phí chương trình ...`: the whole programme's money, whatever it gave; not
    # `cả đợt có tổng kinh phí trao quà là ...`, named before the money's word)
    whole = hits.starting_between(sc.event_totals, min(end for _, end in found), spot.left)
    end = spot.cand.q.end
    if hits.starting_between(sc.house_money.other_care, end, min(spot.clause[1], end + 12)):
        return None  # (its own care right after it: `Tổng giá trị 45 triệu đồng quà Tết ...`)
    s_start, _ = spot.sentence
    previous_start = lay.sentence(s_start - 1)[0] if s_start else 0
    # `..., trong đó 2.000 suất quà trị giá 1,2 tỷ đồng`: the count right before it, past no
    # comma, unless the amount says it is a total (`10 nhà, 30 phần quà (tổng trị giá ...)`)
    segment = lay.low.rfind(",", spot.clause[0], spot.left) + 1 or spot.clause[0]
    if any(w.startswith("tổng") for w in named) or "(" in lay.low[segment : spot.left]:
        segment = spot.clause[0]
    # what an earlier amount paid for is not this one's (`chăm lo 186.400 lượt ... với số tiền
    # 98,6 tỷ đồng, trong đó trao 52.000 suất quà, trị giá 26 tỷ đồng`: the gifts')
    paid = max((pos for pos, code in earlier if code in _money_codes(lay.catalogue)), default=-1)
    # (a programme's total looks back over what it gave: `tiễn 2.070 công nhân ... Mỗi công nhân
    # còn được tặng một phần quà ... Tổng kinh phí chương trình hơn 1,2 tỉ đồng`)
    block = lay.low.rfind("\n\n", 0, s_start) + 2  # (its lines and bullets, to a blank line)
    farther = max(block, spot.left - PROGRAMME_REACH)
    if whole:  # all it gave in its block: one kind of its own code, else the care money
        kinds = {
            code
            for pos, code in earlier
            if farther <= pos < spot.left and code in sc.money_of and pos > paid
        }
        if kinds:
            kind = kinds.pop() if len(kinds) == 1 else ""
            return sc.programme_money_of.get(kind, sc.money_of_mixed)
        return None
    # (not back to the sentence before when its own sentence counted other things first:
    # `tổ chức 24 lớp tập huấn ...; trang bị 35 tủ thuốc ..., tổng trị giá 2,1 tỉ đồng`)
    # ... nor when its own sentence names the house it paid for (`Nhân dịp này, ... bàn giao nhà
    # “Mái ấm Công đoàn” cho đoàn viên ..., với kinh phí 60 triệu đồng` after a sentence of gifts)
    # or a collection of its own (`phát động đoàn viên quyên góp ủng hộ điều dưỡng viên ..., số
    # tiền quyên góp được 62.350.000 đồng`)
    # (not when a gift follows the house: `Tại buổi lễ bàn giao nhà Mái ấm Công đoàn, LĐLĐ huyện
    # tặng thêm quà ..., với kinh phí 2 triệu đồng`)
    houses = hits.ending_between(sc.house_money.house, s_start, spot.left)
    told_here = (
        any(s_start <= pos < spot.left for pos, _ in earlier)
        or bool(
            houses
            and not hits.starting_between(sc.house_money.other_care, houses[-1][1], spot.left)
        )
        or bool(hits.ending_between(sc.donated_to, s_start, spot.left))
    )
    read = {pos for pos, _ in earlier}
    last = max((pos for pos in read if pos < spot.left), default=spot.left)
    if any(m.start(1) not in read for m in _SHARES_COUNTED.finditer(lay.low, last + 1, spot.left)):
        # (shares read as nothing since: `trao 120 suất quà, ...; 30 suất trợ cấp, mỗi suất 2
        # triệu đồng (tổng trị giá 60 triệu đồng)`: the aid's, care money, no gifts' value)
        return sc.money_of_mixed
    for lo in (segment, spot.clause[0], s_start) + (() if told_here else (previous_start,)):
        lo = max(lo, paid + 1)
        kinds = {code for pos, code in earlier if lo <= pos < spot.left and code in sc.money_of}
        if kinds:
            return sc.money_of[kinds.pop()] if len(kinds) == 1 else sc.money_of_mixed
    return None


_DEMONSTRATIVE_AFTER = re.compile(r"[ \t]+(?:nói[ \t]+trên|kể[ \t]+trên|trên|này|đó)\b(?![ \t]*\d)")

# (shares counted, then each one's worth: `30 suất trợ cấp khó khăn, mỗi suất`)
_SHARES_COUNTED = re.compile(
    r"(?<![\d.,])(\d[\d.,]*)[ \t]+(?:suất|phần)\b[^\d;.]{0,60}?\bmỗi[ \t]+(?:suất|phần)\b"
)
# `1.420 suất – 142 triệu đồng`: a list's item gives its count, a dash, then what it cost.
_COUNT_THEN_DASH = re.compile(r"[\d.,]+[ \t]+(?:[^\W\d_]+[ \t]+){0,2}[^\W\d_]+[ \t]*[–—-][ \t]*")
_COUNT_DASH_REACH = 40  # characters from the count's start to the amount


def money_after_its_count(lay: Layout, spot: Spot, earlier: list[tuple[int, str]]) -> str | None:
    """The money code of the count the amount follows across a dash alone (`1.420 suất – 142
    triệu đồng` is the gifts' value, `4 nhà – 290 triệu` the houses'), else None."""
    money_of = lay.catalogue.scoring.money_of
    for pos, code in reversed(earlier):
        if pos >= spot.left:
            continue
        if (
            code in money_of
            and spot.left - pos <= _COUNT_DASH_REACH
            and _COUNT_THEN_DASH.fullmatch(lay.low, pos, spot.left)
        ):
            return money_of[code]
        return None
    return None


PROGRAMME_REACH = 600  # characters back a programme's total finds what the programme gave


@cache
def _money_codes(catalogue: Catalogue) -> frozenset[str]:
    return frozenset(i.code for i in catalogue.indicators if i.unit == "VND")


_YEAR_BEFORE = re.compile(r"(?:19|20)\d{2}\s*$")
_YEAR_LABEL = re.compile(r"\s*(?:năm\s+)?(?:19|20)\d{2}\s*:")


def part_lead_in(lay: Layout, sentence_start: int) -> tuple[int, int]:
    """`Trong số đoàn viên mới kết nạp, có 1.320 nữ ...`: a sentence opening on the whole its
    figures are parts of, named by words and no figure, up to a comma (or `có`, `là`). Returns
    where the words start and where they end, or (-1, -1)."""
    assert lay.hits is not None
    low = lay.low
    end = lay.hits.end_at(lay.catalogue.scoring.part_lead_ins, skip_spaces(low, sentence_start, 3))
    if end < 0:
        return -1, -1
    closed = _LEAD_IN_END.search(low, end, end + _LEAD_IN_REACH)
    if closed is None:
        return -1, -1
    comma = closed.start()
    named = low[end:comma]
    if lay.digit_between(end, comma) or _LEAD_IN_BREAK.search(named):
        return -1, -1
    return (end, comma) if any(c.isalpha() for c in named) else (-1, -1)


def lead_in_names(lay: Layout, lead: int, end: int, code: str) -> bool:
    """The lead-in [lead, end) names the whole the figure `code` is: its noun; and where a
    stock and a deed count that noun, a deed's words for the deed (`Trong số đoàn viên mới kết
    nạp`: the new members), none for the stock (`Trong tổng số đoàn viên`: the members; not
    the people given gifts, `Trong số đoàn viên được nhận quà`, whom no deed of the list names).
    """
    assert lay.hits is not None
    sc = lay.catalogue.scoring
    ind = next(i for i in lay.catalogue.indicators if i.code == code)
    if ind.heads is None or not lay.hits.starting_between(ind.heads, lead, end):
        return False
    stocks = sc.stock_indicators
    if code not in stocks and not any(
        i.heads is not None and lay.hits.starting_between(i.heads, lead, end)
        for i in lay.catalogue.counted
        if i.code in stocks
    ):
        return True  # (no stock's noun: `Trong số các cá nhân được tặng Bằng, có ...`)
    deed = bool(lay.hits.starting_between(sc.lead_in_deeds, lead, end))
    return deed == (code not in stocks)


_LEAD_IN_REACH = 60  # characters from `trong số` to the comma that ends the whole's name
_LEAD_IN_END = re.compile(r",|\s(?:có|là)\s")  # (`Trong số đoàn viên mới kết nạp có 1.320 nữ`)
_LEAD_IN_BREAK = re.compile(r"[.;:!?()\n]")


def is_part(lay: Layout, spot: Spot, bracket: str = "bracket") -> bool:
    """`..., trong đó 6.404 sáng kiến`: the figure is a part of the one stated before it.

    `bracket` names the window that a figure may stand into brackets opened right after
    another: near (`bracket`) for a figure that takes the indicator of the one before, the
    whole reach (`bracket_reach`) for one that names its own."""
    hits = lay.hits
    assert hits is not None
    w = lay.catalogue.scoring.windows
    for start, end in hits.ending_between(
        lay.catalogue.scoring.part_words, spot.left - w["part"] - 10, spot.left
    ):
        gap = lay.low[end : spot.left]
        near = len(gap) <= w["part"]
        if start >= spot.clause[0] and near and not lay.digit_between(end, spot.left):
            return True
    # `trong đó: Tết 1.150 suất quà; thăm hỏi 1.214 lượt`: a part word and a colon open a
    # list of parts that runs across semicolons to the end of the sentence
    for start, end in hits.ending_between(
        lay.catalogue.scoring.part_words, max(spot.sentence[0], spot.left - w["left"]), spot.left
    ):
        if start < spot.sentence[0]:
            continue
        after = lay.low[end : end + 3].lstrip()[:1]
        if after == ":":
            return True
        # `... 30.000 lượt đoàn viên. Trong đó, LĐLĐ tỉnh trao 5.500 phần quà; hỗ trợ vé xe
        # cho 1.200 công nhân`: a sentence that opens with a part word is all parts
        if after == "," and not lay.low[spot.sentence[0] : start].strip(OPENERS):
            return True
    # `Trong số đoàn viên mới, có 1.320 nữ`: a sentence opening on its whole is all parts
    lead, comma = part_lead_in(lay, spot.sentence[0])
    if lead >= 0 and comma < spot.left:
        return True
    # `54 người (nam 20, nữ 34)`: a figure in brackets right after another is a breakdown,
    # semicolons inside the brackets included (`(2 nhà xây mới ...; 1 nhà sửa chữa ...)`)
    opened = lay.low.rfind("(", max(spot.sentence[0], spot.left - w[bracket]), spot.left)
    return (
        opened >= 0
        and ")" not in lay.low[opened : spot.left]
        and lay.digit_between(max(spot.sentence[0], opened - w["bracket"]), opened)
        and not _YEAR_BEFORE.search(lay.low, max(0, opened - 8), opened)  # `năm 2022 (8,8 tr)`
        and not _YEAR_LABEL.match(lay.low, opened + 1)  # `(năm 2022: 15 CĐCS)`: that year's
        # (nor a bracket telling the total: `mỗi suất 1 triệu đồng (tổng trị giá 120 triệu đồng)`)
        and not _A_TOTAL_OPENS.match(lay.low, opened)
    )


_A_TOTAL_OPENS = re.compile(r"\(\s*(?:với\s+)?tổng\b")


@cache
def _role_list_re(cat: Catalogue) -> re.Pattern[str]:
    """`: kế hoạch 1.200, thực hiện ` — plan and result words of a labelled row, with their
    figures, between a label's colon and the result (the catalogue's `columns:` words)."""

    def words(role: str) -> str:
        return alternation(cat.columns[role])

    either = f"(?:{words('plan')}|{words('done')})"
    return re.compile(  # (a figure's noun may follow it: `KH giao: 5.000 đoàn viên; thực hiện:`)
        rf"(?:\s*{either}\s*:?\s*[\d.,]+\s*%?(?:\s*[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,2}})?"
        rf"\s*(?:\([^()]{{0,40}}\))?\s*[,;–—-]?)*"
        rf"\s*(?:{words('done')})\s*:?\s*"
    )


def labelled_row_anchor(lay: Layout, spot: Spot) -> int:
    """`Kết nạp đoàn viên: kế hoạch 1.200, thực hiện 1.450`: the result of a labelled row
    is read from the label, as a table cell would be; returns where the label ends, or -1."""
    # (its items may stand between semicolons or dashes: `Phát triển đoàn viên: chỉ tiêu 6.000;
    # thực hiện 7.135; đạt 118,9%`, `Thành lập CĐCS: KH 35 – TH 27 – đạt 77,1%`)
    # (the label's colon may stand before the roles' own: `Label: KH giao: 5.000; thực hiện:`)
    roles = _role_list_re(lay.catalogue)
    lo = max(spot.sentence[0], spot.left - lay.catalogue.scoring.left)
    colon = spot.left
    for _ in range(_ROLE_COLONS):
        colon = lay.low.rfind(":", lo, colon)
        if colon < 0:
            break
        if roles.fullmatch(lay.low, colon + 1, spot.left):
            return colon + 1
    # ... or the label is the sentence before, on the same line, ending on a full stop
    # (`Chỉ tiêu 1: Phát triển đoàn viên mới. KH giao: 5.000; thực hiện: 5.634`)
    start = spot.sentence[0]
    if lay.low.startswith(" ", start):
        start += 1
    if (heading := _heading_over_roles(lay, spot)) >= 0:
        return heading
    if not (
        lay.low[max(0, start - 3) : start].rstrip().endswith(".")
        and roles.fullmatch(lay.low, start, spot.left)
    ):
        return -1
    line = lay.text.rfind("\n", max(0, start - _LABEL_REACH), start) + 1
    label = _ITEM_NUMBER.sub("", lay.low[max(line, start - _LABEL_REACH) : start], count=1)
    if line < start - 3 and not any(c.isdigit() for c in label):  # a bare label, no figures
        return start
    return -1


_LABEL_REACH = 200  # characters of the line before the roles its label may take


@cache
def _role_items_re(cat: Catalogue) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A form's items under a heading, each a role and its figure on a line of its own: the
    result's up to its figure (`- Thực hiện đến 30/11/2025: `, `- Kỳ báo cáo: `), any role's
    line, and a plan's with its figure (group 1)."""
    done = alternation(cat.columns["done"])
    roles = alternation([*cat.columns["plan"], *cat.columns["done"], *cat.columns["compare"]])
    plan = alternation(cat.columns["plan"])
    return (
        re.compile(
            rf"[ \t]*[-–+•*][ \t]*(?:{done})"
            r"(?:[ \t]+(?:tính[ \t]+)?(?:đến|tới)(?:[ \t]+ngày)?[ \t]+\d{1,2}/\d{1,2}(?:/\d{2,4})?"
            r"|[ \t]+cả[ \t]+năm)?[ \t]*:[ \t]*(?:(?:khoảng|ước|gần|hơn|trên)[ \t]+)?"
        ),
        re.compile(rf"[ \t]*[-–+•*][ \t]*(?:{roles})\b[^\n]*"),
        re.compile(
            rf"^[ \t]*[-–+•*][ \t]*(?:{plan})\b[^\n:\d]{{0,40}}:[ \t]*(\d+(?:[.,]\d+)*)", re.M
        ),
    )


_HEADING_CHARS = 160  # a heading over a form's items is one short line
_HEADING_ITEMS = 12  # ... over a few items (a longer run is a list, looked at no further)


def _heading_over_roles(lay: Layout, spot: Spot) -> int:
    """`Chỉ tiêu 1 – Phát triển đoàn viên` / `- Kế hoạch: 18.000 đoàn viên` / `- Thực hiện đến
    30/11/2025: 19.426 đoàn viên`: a form's heading over its items, each a role and its figure
    on a line of its own; the result's label is the heading (returns where it ends, or -1). Not
    a heading with figures of its own, nor a sentence."""
    result, any_role, _ = _role_items_re(lay.catalogue)
    line = lay.low.rfind("\n", 0, spot.left) + 1
    if line == 0 or not result.fullmatch(lay.low, line, spot.left):
        return -1
    end = line - 1  # the line above ends here
    for _ in range(_HEADING_ITEMS):
        if end <= 0:
            break
        above = lay.low.rfind("\n", 0, end) + 1
        if not any_role.fullmatch(lay.low, above, end):
            heading = _ITEM_NUMBER.sub("", lay.low[above:end], count=1)
            if (
                heading.strip(" \t–-:")
                and end - above <= _HEADING_CHARS
                and not any(c.isdigit() for c in _SECTION_MARK.sub("", heading, count=1))
                and not heading.rstrip().endswith((".", ";", ","))
            ):
                return end
            return -1
        end = above - 1
    return -1


def heading_plan(lay: Layout, heading_end: int, line: int) -> float | None:
    """The plan among a form's items between its heading and the result's line (`- Kế hoạch
    Tổng Liên đoàn giao: 18.000 đoàn viên`), or None."""
    _, _, plan = _role_items_re(lay.catalogue)
    m = plan.search(lay.low, heading_end + 1, line)  # (an item opening its line)
    return read_number(m.group(1)) if m else None


_SECTION_MARK = re.compile(
    r"\s*(?:[A-H]\.?\d{1,2}(?:\.\d{1,2})*|[ivx]{1,4}|\d{1,2}(?:\.\d{1,2})*)[.)/:–-]?\s"
)

_ITEM_NUMBER = re.compile(r"\s*(?:chỉ tiêu|nhiệm vụ|mục tiêu)?\s*\d{1,2}\s*[.:)]?")  # `Chỉ tiêu 1:`


_ROLE_COLONS = 4  # colons looked back at for the label's: the roles' own, then the label's


def _governed(lay: Layout, left: int, clause_start: int) -> bool:
    """A stock word (`hiện có`, `quản lý`) stands shortly before `left` in its clause."""
    hits = lay.hits
    assert hits is not None
    list_id = _stock_list_id(lay.catalogue)
    window = lay.catalogue.scoring.windows["stock_word"]
    return list_id >= 0 and any(
        start >= clause_start for start, _ in hits.ending_between(list_id, left - window, left)
    )


@cache
def _stock_list_id(cat: Catalogue) -> int:
    """The lexicon list of the catalogue's `stock` words (`hiện có`, `quản lý` ...)."""
    stock = cat.words.get("stock", ())
    for ind in cat.indicators:
        for group in ind.requires:
            for cond in group:
                if cond.side == "before" and set(stock) <= set(cat.lexicon.phrases(cond.words)):
                    return cond.words
    return -1


def stock_list_after(
    lay: Layout, state: tuple[int, int], spot: Spot, found: Heads | None
) -> tuple[int, int]:
    """The list of stocks a number opens or continues: `quản lý 24 công đoàn cấp trên cơ sở
    và 3.126 CĐCS, với 1,29 triệu đoàn viên` — (clause start, where its last item ends)."""
    end = max(spot.right, found.end if found else spot.right)
    if in_stock_list(lay, state, spot.cand) or _governed(lay, spot.left, spot.clause[0]):
        return (spot.clause[0], end)
    return (-1, -1)


def in_stock_list(lay: Layout, state: tuple[int, int], cand: Candidate) -> bool:
    """Whether the number continues the list of stocks in `state` (a list word before it)."""
    clause_start, last_end = state
    if last_end < 0 or lay.clause(cand.q.start)[0] != clause_start:
        return False
    if cand.q_start - last_end > lay.catalogue.scoring.windows["list_gap"]:
        return False
    return _ends_with_connector(lay, lay.low[last_end : cand.q_start].rstrip())


def _ends_with_connector(lay: Layout, gap: str) -> bool:
    return any(
        gap.endswith(word)
        and (not word[0].isalpha() or len(gap) == len(word) or not gap[-len(word) - 1].isalpha())
        for word in lay.catalogue.scoring.list_connectors
    )


def head_word(lay: Layout, head_end: int, spot: Spot) -> str:
    """The first word of the counted noun: parts of a total repeat it (`6 cuộc: 2 cuộc ...`)."""
    start = skip_spaces(lay.low, spot.right, 3)
    words = lay.low[start:head_end].split()
    return words[0] if words else ""


def opens_parts(lay: Layout, spot: Spot) -> bool:
    """A colon shortly after the number and its noun: the parts of this total follow."""
    return bool(_grammar(lay.catalogue)["colon_after"].match(lay.low, spot.right))
