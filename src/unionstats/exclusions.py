"""Why a number is never an observation: dates, codes, names, per-head amounts, plans.

The rules are the catalogue's `never.yaml` and the `change_words`/`plan_words`
of its scoring block; this module only applies them, at each number, with one
anchored match for the number's shape and bisections into the phrase hits for
what is written right before or after it.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from unionstats.candidates import Candidate
from unionstats.catalogue import BeforeRule, Catalogue, FarRule
from unionstats.layout import Layout
from unionstats.numbers import holds_a_spelled_amount
from unionstats.orgs import words as org_words
from unionstats.places import district_province, province_of
from unionstats.scoring import (
    A_RESULTS_LINE,
    NUMBERED_PLAN,
    Spot,
    met_as_planned,
    plans_clause_end,
    resolutions_plan,
    result_told_after,
    right_before,
    union_words,
)
from unionstats.wordsearch import CLAUSE_STOP

_SPACES = re.compile(r"\s*")
_YEAR_BEFORE = re.compile(r"(?<![\d.,])((?:19|20)\d\d)[ \t]*[:(][ \t]*$")


def excluded(
    lay: Layout, cand: Candidate, clause_start: int, lifted: frozenset[str] = frozenset()
) -> str | None:
    """The reason this number is never an observation, or None (never rules of the `lifted`
    reasons left out)."""
    reason = never_reason(lay, cand, lifted)
    if reason is not None:
        return reason
    if lay.in_quotes(cand.q.start, cand.q.end):
        return "in_quotes"
    if _a_change(lay, cand.q_start) or (
        # (`nhiều hơn 53 cuộc so với năm 2021`: its `hơn` read as the qualifier; not without
        # what it is compared with, `kết nạp được nhiều hơn 120 đoàn viên`)
        cand.q_start < cand.q.start
        and _a_change(lay, cand.q.start)
        and _COMPARED_AFTER.match(lay.low, cand.q.end) is not None
    ):
        return "change_not_level"
    # (`KH: 200`, `đạt 126,5% so với chỉ tiêu (10.000 suất)`)
    if right_before(lay, lay.catalogue.scoring.target_words, cand.q_start, " \t:("):
        return "plan"
    if resolutions_plan(lay, cand.q_start):
        return "plan"  # (`(NQ: 30 CĐCS)`)
    # ... its year between (`đạt 104% kế hoạch năm 2024 (1.200 ĐV)`, `chỉ tiêu năm 2024: 1.200`)
    year = _YEAR_BEFORE.search(lay.low, max(0, cand.q_start - 12), cand.q_start)
    if year and right_before(lay, lay.catalogue.scoring.target_words, year.start(1), " \t"):
        return "plan"
    if is_plan(lay, cand, clause_start) or lay.in_plan_section(cand.q.start):
        return "plan"
    return None


def never_reason(lay: Layout, cand: Candidate, lifted: frozenset[str] = frozenset()) -> str | None:
    """The reason of the first never rule that recognises the number (its words after it: not
    one of the `lifted` reasons)."""
    never = lay.catalogue.never
    start = cand.q.start
    hits = lay.hits
    assert hits is not None
    for pattern, source in ((never.shapes, lay.low), (never.shapes_cased, lay.text)):
        if pattern is not None and (m := pattern.match(source, start)):
            return never.shape_reasons[m.lastgroup or ""]
    number_end = start + len(cand.number_text)
    left = cand.q_start
    by_list, with_gap = _before_rules(lay.catalogue)
    for end in _filler_ends(lay.low, left):
        for list_id, w_start in hits.lists_ending_at(end):
            for rule in by_list.get(list_id, ()):
                if _rule_holds(lay, rule, cand, number_end, w_start, end):
                    return rule.reason
    present = hits.lists_ending_between(left - _widest_gap(lay.catalogue) - 40, left)
    for rule in with_gap:
        if rule.words not in present:
            continue  # no phrase of its list ends in reach: the rule cannot hold
        for w_start, w_end in reversed(hits.ending_between(rule.words, left - rule.gap - 40, left)):
            gap = lay.low[w_end:left]
            # (an amount between, digits or spelled out, is the one the phrase was about:
            # `mỗi suất năm trăm nghìn đồng, tổng cộng sáu triệu đồng`)
            if len(gap.strip()) > rule.gap or lay.digit_between(w_end, left):
                continue
            if rule.gap > 15 and holds_a_spelled_amount(gap):
                continue
            if _PAST_SENTENCE_END.search(gap):
                continue  # (`... có vốn đầu tư nước ngoài. LĐLĐ thị xã quản lý 193 CĐCS`)
            if _rule_holds(lay, rule, cand, number_end, w_start, w_end):
                return rule.reason
    for after in never.after:
        if after.reason in lifted:
            continue
        m = after.gap.match(lay.low, cand.q.end)
        if m and hits.end_at(after.words, m.end()) > 0:
            if right_before(lay, after.unless_before, cand.q_start, " \t,"):
                continue  # `thăm hỏi, hỗ trợ 15 người bị nạn`: those the union helped
            if _in_clause_before(lay, after.unless_led_by, cand.q_start, "never_led_by_after"):
                continue  # `thu nhập bình quân đạt 7,5 triệu đồng mỗi tháng`: per month by name
            return after.reason
    if never.prefix is not None:
        m = never.prefix.search(lay.low, max(0, start - 30), start)
        if m:
            return never.shape_reasons[m.lastgroup or ""]
    if _numbers_a_row(lay, cand):
        return "item_number"
    far_rules = lay.far_rules
    if far_rules is None:
        far_rules = lay.far_rules = _far_rules_present(lay)
    lo = max(0, start - PREFIX_FAR)
    for cue, pattern, reason, least, most in far_rules:
        if not least <= cand.q.value <= most:
            continue
        if lay.low.find(cue, lo, start) >= 0 and pattern.search(lay.low, lo, start):
            return reason
    return None


def _numbers_a_row(lay: Layout, cand: Candidate) -> bool:
    """A table copied one cell per line (as PDF viewers copy it): the row's number opening its
    line before the label (`2` / `Đoàn viên kết nạp mới` / `Người` / `1.250`, the first two
    perhaps joined), under the table's `TT` heading, after the row before's number."""
    text, start = lay.text, cand.q.start
    if not cand.number_text.isdigit() or len(cand.number_text) > 3:
        return False
    line = text.rfind("\n", 0, start) + 1
    after = start + len(cand.number_text)
    if text[line:start].strip() or not _LABEL_NEXT.match(text, after):
        return False
    # (lines that merely open on figures in turn, `11 CĐCS mới` / `12 Mái ấm`, have no `TT`)
    above = lay.low[max(0, line - _TABLE_REACH) : line].splitlines()
    heading = [i for i, b in enumerate(above) if b.strip() in lay.catalogue.columns["index"]]
    if not heading:
        return False
    n = int(cand.number_text)
    if n > 1:
        before = above[heading[-1] + 1 :]
        return any(m and int(m.group(1)) == n - 1 for m in map(_LEADING_NUMBER.match, before))
    return len(above) - heading[-1] <= 8


_TABLE_REACH = 3000  # characters above a row's number its table's `TT` heading may stand


_LABEL_NEXT = re.compile(r"[ \t]*(?:\n|[ \t])[ \t]*[^\W\d_]")  # (a word follows, then or below)
_LEADING_NUMBER = re.compile(r"[ \t]*(\d{1,3})(?:[ \t]|$)")


_COMPARED_AFTER = re.compile(r"[^.;\n]{0,60}?\b(?:so\s+với|so\s+cùng\s+kỳ)")
_PAST_SENTENCE_END = re.compile(r"[.!?…](?=\s)|[;\n]")


def _far_rules_present(lay: Layout) -> tuple[FarRule, ...]:
    """The `prefix_far` rules whose cue stands somewhere in the report, in their order: most
    stand nowhere in a report, and are then passed over once per report, not per number."""
    cues = lay.literals_in(_far_cues(lay.catalogue))
    return tuple(rule for rule in lay.catalogue.never.prefix_far if rule[0] in cues)


@cache
def _far_cues(cat: Catalogue) -> tuple[str, ...]:
    """The cues of the `prefix_far` rules."""
    return tuple(cue for cue, *_ in cat.never.prefix_far)


PREFIX_FAR = 160  # characters before a number a `prefix_far` rule reads


@cache
def _before_rules(
    cat: Catalogue,
) -> tuple[dict[int, tuple[BeforeRule, ...]], tuple[BeforeRule, ...]]:
    """The never rules read right before a number, by phrase list; those with a gap apart."""
    by_list: dict[int, list[BeforeRule]] = {}
    for rule in cat.never.before:
        if rule.gap < 0:
            by_list.setdefault(rule.words, []).append(rule)
    with_gap = tuple(r for r in cat.never.before if r.gap >= 0)
    return {k: tuple(v) for k, v in by_list.items()}, with_gap


@cache
def _widest_gap(cat: Catalogue) -> int:
    """The widest gap a never rule allows between its phrase and the number."""
    return max((rule.gap for rule in _before_rules(cat)[1]), default=0)


_FILLER_BACK = ' \t:：“"('


def _filler_ends(low: str, pos: int) -> list[int]:
    """Where a phrase may end before `pos` with only filler between: spaces, a colon, an
    opening quote, and the word `số` (`Nghị quyết số 02`)."""
    i = pos
    while i > 0 and low[i - 1] in _FILLER_BACK:
        i -= 1
    ends = [i]
    if low.endswith("số", 0, i) and (i == 2 or not low[i - 3].isalpha()):
        j = i - 2
        while j > 0 and low[j - 1] in _FILLER_BACK:
            j -= 1
        ends.append(j)
    return ends


def _rule_holds(
    lay: Layout, rule: BeforeRule, cand: Candidate, number_end: int, w_start: int, w_end: int
) -> bool:
    if rule.number is not None and not rule.number.fullmatch(cand.number_text):
        return False
    if cand.q.unit in rule.unless_unit:
        return False
    if rule.unless_after is not None and _word_right_after(lay, rule.unless_after, number_end):
        return False
    # (`thu nhập bình quân mỗi người lao động đạt 7,5 triệu đồng`: an average by name)
    if _in_clause_before(lay, rule.unless_led_by, w_start, "never_led_by"):
        return False
    assert lay.hits is not None
    return rule.unless_between < 0 or not lay.hits.ending_between(
        rule.unless_between, w_end + 1, cand.q_start
    )


def _in_clause_before(lay: Layout, list_id: int, pos: int, window: str) -> bool:
    """One of the list's phrases stands before `pos` within the window, in the same clause."""
    if list_id < 0:
        return False
    assert lay.hits is not None
    reach = lay.catalogue.scoring.windows[window]
    return any(
        not CLAUSE_STOP.search(lay.low, end, pos)
        for _, end in lay.hits.ending_between(list_id, pos - reach, pos)
    )


# The item of a list before a number: `3 CĐCS và `, `3 CĐCS, ` (its figure, a short noun).
_ITEM_BEFORE = re.compile(r"(\d[\d.,]*)\s*[^\W\d_][^\d,;.:()]{0,25}?\s*(?:,|\svà)\s*$")
_ITEM_REACH = 40


def _a_change(lay: Layout, pos: int) -> bool:
    """A change word right before the number, or before the first item of the list it ends
    (`tăng 3 CĐCS và 240 đoàn viên so với năm 2023`): a change, not a level."""
    change_words, low = lay.catalogue.scoring.change_words, lay.low
    for _ in range(4):  # a list of a few items
        if _word_right_before(lay, change_words, pos):
            return True
        joined = pos  # most numbers follow no `,` or `và`: then no search
        while joined and low[joined - 1] == " ":
            joined -= 1
        if not (low.endswith(",", 0, joined) or low.endswith(" và", 0, joined)):
            return False
        item = _ITEM_BEFORE.search(low, max(0, pos - _ITEM_REACH), pos)
        if item is None:
            return False
        pos = item.start(1)
    return False


def _word_right_before(lay: Layout, list_id: int, pos: int, colon: bool = False) -> bool:
    """A phrase of the list ends right before `pos` (only spaces, or a colon, between)."""
    return right_before(lay, list_id, pos, " \t:" if colon else " \t")


def _word_right_after(lay: Layout, list_id: int, pos: int) -> bool:
    assert lay.hits is not None
    start = _SPACES.match(lay.low, pos)
    return start is not None and lay.hits.end_at(list_id, start.end()) > 0


def is_plan(lay: Layout, cand: Candidate, clause_start: int) -> bool:
    """A plan or target before the number in its clause, or a year after the report's own
    earlier in its sentence: what follows is yet to come, not a result."""
    sc = lay.catalogue.scoring
    hits = lay.hits
    assert hits is not None
    clause_start = max(clause_start, cand.q_start - sc.left)  # a clause is read this far back
    results = hits.ending_between(sc.result_words, clause_start, cand.q_start)
    for start, end in _plans_ending_between(lay, clause_start, cand.q_start):
        if start < clause_start or any(r_start >= end for r_start, _ in results):
            continue
        if _an_earlier_year_after(lay.low, end, cand.q_start):
            continue  # (`... triển khai phương hướng năm 2024, ông A cho biết, năm 2023, ...`)
        if _measured_against(lay, clause_start, (start, end), cand.q_start):
            continue
        if not _word_right_before(lay, sc.not_a_plan_before, start) and not _rate_of(lay, start):
            return True
    for start, end in hits.ending_between(sc.purpose_words, clause_start, cand.q_start):
        if start >= clause_start and "," not in lay.low[end : cand.q_start]:
            return True
    sent_start, sent_end = lay.sentence(cand.q.start)
    numbered = NUMBERED_PLAN.match(lay.low, sent_start, cand.q_start)
    if numbered is not None and met_as_planned(lay.low, cand.q.end, sent_end, cand.q.unit):
        return False  # (`Chỉ tiêu 2: Thành lập 3 CĐCS. Kết quả: đạt chỉ tiêu.`: the plan met)
    if _plan_label_opens(lay, clause_start, cand.q_start):
        return True
    if _subject_to_come(lay, cand, clause_start):
        return True
    if _in_a_list_of_plans(lay, sent_start, cand.q_start):
        return True
    if (
        (label := numbered) is not None
        and not hits.ending_between(sc.result_words, label.end(), cand.q_start)
        # (not a numbered line's label and its result: `Chỉ tiêu 5 – Tỷ lệ doanh nghiệp ... tổ
        # chức Hội nghị NLĐ: 92,6% (chỉ tiêu: trên 90%)`)
        and ":" not in lay.low[label.end() : cand.q_start]
        # (... nor a numbered line of results: `- Chỉ tiêu 1: Kết nạp mới 450 đoàn viên, đạt
        # 112,5% kế hoạch`; the plan's result is told after it)
        and not _a_results_line(lay, label.end(), sent_end)
        and result_told_after(lay.low, cand.q.end, sent_end)
    ):
        return True  # (`- Chỉ tiêu 2: Thành lập mới 20 CĐCS. Kết quả: thành lập mới 23 CĐCS`)
    if _details_plans_announced_before(lay, sent_start, cand.q_start):
        return True
    return _future_year_governs(lay, sent_start, cand.q_start)


def _measured_against(lay: Layout, start: int, plan: tuple[int, int], pos: int) -> bool:
    """`kết nạp 38/120 đoàn viên theo kế hoạch năm; thành lập 1 CĐCS`: a plan named after a
    result of its stretch (`theo ...`) is what the result was measured against; what follows
    past a break are more results (not its own figure: `theo kế hoạch năm là 1.000`)."""
    plan_start, plan_end = plan
    return (
        _word_right_before(lay, lay.catalogue.scoring.plan_measured_before, plan_start)
        and bool(_FIGURE_DIGIT.search(_DATES_AND_YEARS.sub(" ", lay.low[start:plan_start])))
        and any(c in ",;" for c in lay.low[plan_end:pos])
    )


_PLAN_YEAR_REACH = 45  # characters after a plan word where the plan's year is written


def _an_earlier_year_after(low: str, end: int, pos: int) -> bool:
    """A year before the plan's own named between the plan and the figure: the figure is of
    that year, a result (`tổng kết năm 2023 và triển khai phương hướng nhiệm vụ năm 2024, ...,
    năm 2023, Công đoàn đã chăm lo cho 1.245 đoàn viên`)."""
    planned = _YEAR.search(low, end, min(pos, end + _PLAN_YEAR_REACH))
    if planned is None:
        return False
    return any(
        int(m.group()) < int(planned.group()) for m in _YEAR.finditer(low, planned.end(), pos)
    )


_SUBJECT_LEAD = ' \t\n-–—+*•"“'
_SUBJECT_REACH = 80  # characters after the figure within which its clause says it is to come


def _subject_to_come(lay: Layout, cand: Candidate, clause_start: int) -> bool:
    """`Gần 1.500 công nhân, viên chức ... sẽ được khám sức khỏe trong tháng tới`: a figure
    opening its clause, no other figure before the plan word after it, counts people or
    things still to get or do what follows."""
    low = lay.low
    if low[clause_start : cand.q_start].strip(_SUBJECT_LEAD):
        return False
    assert lay.hits is not None
    end = min(lay.sentence(cand.q.start)[1], cand.q.end + _SUBJECT_REACH)
    for start, _ in lay.hits.starting_between(
        lay.catalogue.scoring.plans_after_subject, cand.q.end, end
    ):
        between = low[cand.q.end : start]
        # (the figure's own verb before it tells what was done: `500 công nhân được nhận quà,
        # năm sau sẽ ...`)
        return (
            not lay.digit_between(cand.q.end, start)
            and ";" not in between
            and _DONE_VERB.search(between) is None
            # (a comma right before it opens a clause of its own: `120 đoàn viên mới, sẽ ...`)
            and between.rsplit(",", 1)[-1].strip() != ""
        )
    return False


_DONE_VERB = re.compile(r"(?<!\w)(?:được|đã|đều|vừa|nhận|là)(?!\w)")


def _plan_label_opens(lay: Layout, clause_start: int, number_start: int) -> bool:
    """`Chỉ tiêu đề tài do Công đoàn ngành đặt cho đợt hai là 75 đề tài`: a plan's name
    opens the clause's stretch (after its opener's comma) and a copula links it to the
    figure, no result word between."""
    sc = lay.catalogue.scoring
    assert lay.hits is not None
    low = lay.low
    before = low[clause_start:number_start].rstrip()
    # (... or a colon: `- Chỉ tiêu vận động Quỹ “Mái ấm Công đoàn” năm 2017: 120 triệu đồng; kết
    # quả ...`, not a numbered line's label and its result, `Chỉ tiêu 5 – Tỷ lệ ...: 92,6%`)
    linked = any(before.endswith(" " + c) for c in sc.copula) or (
        before.endswith(":") and NUMBERED_PLAN.match(low, clause_start, number_start) is None
    )
    for start, end in lay.hits.ending_between(sc.plan_label_heads, clause_start, number_start):
        opener = low[clause_start:start]
        if opener[max(opener.rfind(","), opener.rfind(":"), opener.rfind(".")) + 1 :].strip(
            " \t-–•*+"
        ):
            continue  # (`Kết quả thực hiện chỉ tiêu là 520`: not the stretch's head)
        if lay.hits.ending_between(sc.result_words, end, number_start):
            continue
        # ... or its verb right after it (`Kế hoạch kết nạp 500 đoàn viên, đến nay đã kết nạp
        # được 430`)
        if linked:
            return True
        # (a plan met in full is the result too: `Chỉ tiêu thành lập 10 CĐCS đạt 100%`)
        if _PLAN_VERB.fullmatch(low, end, number_start) and not _MET_IN_FULL.match(
            low, number_start, lay.sentence(number_start)[1]
        ):
            return True
    return False


def _a_results_line(lay: Layout, label_end: int, sent_end: int) -> bool:
    """The numbered line's plan clause states a rate or a share, a result (`A_RESULTS_LINE`):
    found once a line (its figures asked in turn)."""
    key = ("results_line", label_end)
    if key not in lay.memo:
        end = plans_clause_end(lay.low, label_end, sent_end)
        lay.memo[key] = int(A_RESULTS_LINE.search(lay.low, label_end, end) is not None)
    return bool(lay.memo[key])


_MET_IN_FULL = re.compile(r"[^;.\n]{0,40}?\bđạt\s+100\s*%")
# What a plan's name may run on to before its figure: a verb of a word or two, no break.
_PLAN_VERB = re.compile(r"\s+[^\W\d_]+(?:\s+[^\W\d_]+)?(?:\s+(?:mới|thêm))?\s+")


_PERCENT_BEFORE = re.compile(r"\d\s*%\s*$")


def _rate_of(lay: Layout, plan_start: int) -> bool:
    """`đạt 27,2% kế hoạch năm`: a plan word after a percentage names what a result was
    measured against, not a plan to come."""
    return _PERCENT_BEFORE.search(lay.low, max(0, plan_start - 12), plan_start) is not None


def _plans_ending_between(lay: Layout, lo: int, hi: int) -> list[tuple[int, int]]:
    """The plan words, and the request words addressed to a body (`đề nghị LĐLĐ quận ...`),
    that end in [lo, hi]."""
    sc = lay.catalogue.scoring
    assert lay.hits is not None
    # (the longest phrase at each end: `chỉ tiêu được giao` holds `được giao`, and what makes
    # it no plan, `Trên cơ sở chỉ tiêu được giao`, stands before the longest)
    found = [
        (start, end)
        for start, end in _longest_at_each_end(lay.hits.ending_between(sc.plan_words, lo, hi))
        if not _word_right_after(lay, sc.not_a_plan_after, end)
    ]
    requests = [
        (start, end)
        for start, end in lay.hits.ending_between(sc.request_words, lo, hi)
        if _word_right_after(lay, sc.request_addressees, end)
    ]
    return sorted(found + requests, key=lambda hit: hit[1]) if requests else found


def _longest_at_each_end(hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of phrases ending at one place, the one that starts first."""
    first: dict[int, int] = {}
    for start, end in hits:
        first[end] = min(start, first.get(end, start))
    return [(start, end) for start, end in hits if first[end] == start]


def _future_year_governs(lay: Layout, sent_start: int, pos: int) -> bool:
    """A later year than the report's stands before the figure in its sentence, and no year
    of the report's stands between (`thưởng Tết năm 2024, thu nhập ... năm 2023 đạt`)."""
    later = _later_year_before(lay, sent_start, pos)
    if later is None:
        return False
    at, year = later
    if (
        lay.published is not None
        and year is not None
        and int(year.group(0)) <= lay.published.year
        and (_DAY_OPENS.match(lay.low, sent_start) or _told_done(lay, sent_start, pos))
    ):
        # (an event dated before the item: `Sáng 13/1, ... Tết Sum vầy năm 2024, trao` in an
        # item of 2024; not `Chiều 18/12, ... Tết Sum vầy năm 2025` launched in 2024)
        return False
    return not lay.any_between(lay.mark_pos, at, pos)


def _later_year_before(
    lay: Layout, sent_start: int, pos: int
) -> tuple[int, re.Match[str] | None] | None:
    """Where the last year later than the report's stands before `pos` in its sentence, and
    its digits; None when none does."""
    i = bisect.bisect_left(lay.future_years, pos)
    if not i or lay.future_years[i - 1] < sent_start:
        return None
    at = lay.future_years[i - 1]
    return at, _YEAR_AT.search(lay.low, at, at + 12)


def done_in_a_later_year(lay: Layout, pos: int) -> str | None:
    """The later year whose event the sentence tells done by the item's day, the figure's
    period (`13/13 BHXH huyện đã tổ chức xong Hội nghị cán bộ, công chức, viên chức năm 2024,
    đạt 100%` in January 2024, in an item about 2023), or None."""
    if lay.published is None or not lay.future_years:
        return None
    sent_start = lay.sentence(pos)[0]
    later = _later_year_before(lay, sent_start, pos)
    year = later[1] if later is not None else None
    if year is None or int(year.group(0)) > lay.published.year:
        return None
    return year.group(0) if _told_done(lay, sent_start, pos) else None


def _told_done(lay: Layout, sent_start: int, pos: int) -> bool:
    """Told done in its sentence (`đã tổ chức xong`), not what a plan asks to be done:
    `Phấn đấu đến hết quý I/2024, 13/13 đơn vị đã tổ chức xong ...`."""
    assert lay.hits is not None
    lo = max(sent_start, pos - _DONE_REACH)
    return _TOLD_DONE.search(lay.low, lo, pos) is not None and not (
        lay.hits.ending_between(lay.catalogue.scoring.plan_words, sent_start, pos)
    )


_DONE_REACH = 300  # characters before a figure its sentence's `đã tổ chức xong` is read in


_YEAR_AT = re.compile(r"(?:19|20)\d\d")
_TOLD_DONE = re.compile(
    r"\b(?:đã\s+tổ\s+chức\s+xong|tổ\s+chức\s+xong|đã\s+hoàn\s+thành|đã\s+tổ\s+chức)\b"
)
# A sentence opening on the day of what it tells (`Sáng 13/1,`, `Ngày 12-1,`).
_DAY_OPENS = re.compile(
    r"\s*(?:(?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?|ngày\s+)\d{1,2}\s*[/-]\s*\d{1,2}(?![\d/-])\s*,"
)


_LIST_OPENER_REACH = 30  # a plan word this far after a list's colon opens its first item
# ... this far into a sentence (past a subject named in full), it is the sentence's verb
_SENTENCE_OPENER_REACH = 70
_FIRST_ITEM_REACH = 300  # a list's first item, a plan word in it governing the items after


def _in_a_list_of_plans(lay: Layout, sent_start: int, pos: int) -> bool:
    """`Chỉ tiêu năm 2024: thành lập 25 CĐCS; kết nạp 3.500 đoàn viên`, `đề ra 12 chỉ tiêu,
    trong đó: phấn đấu ...; 85% doanh nghiệp ...`, `Năm 2024, LĐLĐ tỉnh phấn đấu phát triển
    4.000 đoàn viên, ...; 95% doanh nghiệp ...`: a plan word before a list's colon, opening
    its first item, or opening the sentence, makes every item a plan, across semicolons,
    unless the sentence states results."""
    colon = lay.low.rfind(":", sent_start, pos)
    reach = colon + _LIST_OPENER_REACH if colon >= 0 else sent_start + _SENTENCE_OPENER_REACH
    sc = lay.catalogue.scoring
    assert lay.hits is not None
    found = [
        (start, end)
        for start, end in _plans_ending_between(lay, sent_start, min(pos, reach))
        if not _measured_against(lay, sent_start, (start, end), pos)
    ]
    semicolon = lay.low.find(";", sent_start, pos)
    if not found and colon < 0 and 0 <= semicolon - sent_start <= _FIRST_ITEM_REACH:
        # ... or further into its first item, no figure before it but dates (`tại lễ mít tinh
        # ... vào sáng 3-5, LĐLĐ tỉnh sẽ biểu dương 40 công nhân tiêu biểu; trao hỗ trợ cho 25 ...`)
        found = [
            (start, end)
            for start, end in _plans_ending_between(lay, sent_start, semicolon)
            if not _FIGURE_DIGIT.search(_DATES_AND_YEARS.sub(" ", lay.low[sent_start:start]))
        ]
    if not found:
        return False
    # (a result word the plan governs states none: `phấn đấu thực hiện các chỉ tiêu: ...`)
    if any(
        not _plan_right_before(lay, start)
        for start, _ in lay.hits.ending_between(sc.result_words, sent_start, pos)
    ):
        return False
    return any(
        start >= sent_start
        and not _an_earlier_year_after(lay.low, end, pos)
        and not _word_right_before(lay, sc.not_a_plan_before, start)
        and not _rate_of(lay, start)
        and not _dated_item_after(lay, end, pos)
        and not _bracket_closed_between(lay.low, sent_start, start, pos)
        for start, end in found
    )


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DATES_AND_YEARS = re.compile(
    r"\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{2,4})?(?!\d)|(?<!\d)(?:19|20)\d\d(?!\d)"
)
_FIGURE_DIGIT = re.compile(r"\d")


def _details_plans_announced_before(lay: Layout, sent_start: int, pos: int) -> bool:
    """`Năm 2024, LĐLĐ tỉnh đề ra các chỉ tiêu chủ yếu. Cụ thể, kết nạp 2.000 đoàn viên mới;
    thành lập 15 CĐCS`: a sentence opening with a detail word (`plan_detail_openers`) after
    one that announces plans, states no result and gives no figure of its own lists them."""
    sc = lay.catalogue.scoring
    hits, low = lay.hits, lay.low
    assert hits is not None
    opener = _SPACES.match(low, sent_start)
    if sent_start == 0 or opener is None or hits.end_at(sc.plan_detail_openers, opener.end()) < 0:
        return False
    prev_start = lay.sentence(sent_start - 1)[0]
    if prev_start >= sent_start:
        return False
    plans = [
        end
        for start, end in _plans_ending_between(lay, prev_start, sent_start)
        if start >= prev_start
        and not _word_right_before(lay, sc.not_a_plan_before, start)
        and not _rate_of(lay, start)
    ]
    # (a sentence telling of plans met is no announcement: `đã hoàn thành các chỉ tiêu`)
    if not plans or hits.ending_between(sc.not_a_plan_before, prev_start, plans[0]):
        return False
    if any(ch.isdigit() for ch in _YEAR.sub("", low[plans[-1] : sent_start])):
        return False  # (the announcing sentence gives its own figures)
    if hits.ending_between(sc.result_words, prev_start, sent_start):
        return False
    return not any(
        not _plan_right_before(lay, start)
        for start, _ in hits.ending_between(sc.result_words, sent_start, pos)
    )


def _plan_right_before(lay: Layout, pos: int) -> bool:
    """A plan word ends right before `pos` (`phấn đấu| thực hiện`): the word it governs."""
    assert lay.hits is not None
    return any(
        not lay.low[end:pos].strip()
        for _, end in lay.hits.ending_between(lay.catalogue.scoring.plan_words, pos - 20, pos)
    )


def _bracket_closed_between(low: str, sent_start: int, start: int, pos: int) -> bool:
    """`kết nạp 3.014 đoàn viên (chỉ tiêu giao: 2.500; ...); thành lập mới 11 CĐCS`: a plan
    word inside brackets that close before the figure governs only what they hold."""
    opened = low.rfind("(", sent_start, start)
    return opened >= 0 and low.find(")", opened, start) < 0 and low.find(")", start, pos) >= 0


def _dated_item_after(lay: Layout, plan_end: int, pos: int) -> bool:
    """`... dự kiến thưởng Tết 9 triệu đồng/người; thu nhập bình quân năm 2024 đạt 9,6 triệu`:
    an item after a semicolon that states its own period (past or present) is no plan."""
    semicolon = lay.low.rfind(";", plan_end, pos)
    if semicolon < 0:
        return False
    i = bisect.bisect_left(lay.mark_pos, semicolon)
    j = bisect.bisect_left(lay.mark_pos, pos, i)
    # (`mỗi năm có ít nhất 2.000 sáng kiến`: a yearly rate names no period of its own)
    return any(m.kind != "annual" for m in lay.marks[i:j])


def individual(lay: Layout, spot: Spot) -> bool:
    """A figure about one person (`anh có 4 sáng kiến`, `giúp chị Lan 5 triệu đồng`) is not the
    organisation's: a singular person word stands just before it, with no pause between."""
    hits, low = lay.hits, lay.low
    assert hits is not None
    for start, end in hits.ending_between(
        lay.catalogue.scoring.individuals, spot.left - 30, spot.left
    ):
        gap = low[end : spot.left]
        too_far = len(gap) > lay.catalogue.scoring.windows["individual"]
        if too_far or any(c in ",;:.()\n" for c in gap) or lay.digit_between(end, spot.left):
            continue
        if low.endswith(_MANY, 0, start) or _in_a_name(lay, start, end):
            continue
        # (`chị em`, `anh chị em`, `anh em` are everyone: two person words in a row)
        individuals = lay.catalogue.scoring.individuals
        if hits.ending_between(individuals, start - 2, start) or hits.starting_between(
            individuals, end, end + 2
        ):
            continue
        return True
    return (
        _named_person(lay, spot)
        or _person_subject(lay, spot)
        or _person_receives(lay, spot)
        or _first_person(lay, spot)
    )


def _has_the_figures(lay: Layout, pos: int, left: int) -> bool:
    """What follows a person's name up to the figure says the figures are that person's own:
    `có`, `với`, `là tác giả của`, after a description of the work between commas that names
    no union office (`, công nhân tổ may,`)."""
    low = lay.low
    if low.startswith(",", pos):
        m = _OWN_FIGURES_AFTER_ASIDE.search(low, pos, min(left, pos + _ASIDE_REACH))
        aside = low[pos : m.start()] if m else ""
        if not aside or _OFFICE.search(aside):
            return False
        pos = m.start() + 1
    return _OWN_FIGURES.match(low, pos, left) is not None


_ASIDE_REACH = 90  # characters of a description of the person between commas
_OFFICE = re.compile(r"chủ\s+tịch|bí\s+thư|trưởng\s+ban|ủy\s+viên|thường\s+trực|đại\s+diện")
_OWN = (
    r"(?:(?:hiện|đã|cũng|đều)[ \t]+)*"
    r"(?:có|với|đạt|sở\s+hữu|được\s+tặng|được\s+trao|là\s+tác\s+giả(?:\s+của)?)\b"
)
_OWN_FIGURES = re.compile(rf"[ \t]*{_OWN}")
_OWN_FIGURES_AFTER_ASIDE = re.compile(rf",[ \t]*{_OWN}")


def _name_end(text: str, pos: int) -> int:
    """Where the capitalised words from `pos` on end (a person's name: `Trần Văn Nam`)."""
    for m in _WORD_AFTER.finditer(text, pos):
        if m.start() != pos or not m.group(1)[:1].isupper():
            break
        pos = m.end()
    return pos


_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")


def _in_a_name(lay: Layout, start: int, end: int) -> bool:
    """The person word is part of a body's or a place's name (`LĐLĐ huyện Đông Anh`, `LĐLĐ
    thành phố Bà Rịa`, `huyện Anh Sơn`): written with a capital, within a body named, and
    no full name after it (`... Thạch Bàn Anh Lê Văn Tùng` is a person after the name)."""
    if not lay.text[start].isupper():
        return False
    if _names_a_place(lay.text, start, end):
        return True
    following = lay.text[end : end + 30].split(maxsplit=2)
    if (
        len(following) > 1
        and following[0].lower() in org_words().family_names
        and following[1][:1].isupper()
    ):
        return False
    body = lay.last_body_before(max(0, start - 80), end + 40)
    return body is not None and body[0] < start and end <= body[1]


def _names_a_place(text: str, start: int, end: int) -> bool:
    """The capitalised person word and the capitalised word before or after it name a
    district or a province, which reports make the subject (`Đông Anh hiện có 386 CĐCS`,
    `Bà Rịa có ...`, `Anh Sơn hiện có ...`)."""
    before = text[max(0, start - 12) : start].split()
    after = text[end : end + 12].split()
    pairs = []
    if before and before[-1][:1].isupper() and not text[start - 1 : start].strip():
        pairs.append(f"{before[-1]} {text[start:end]}")
    if after and after[0][:1].isupper() and not text[end : end + 1].strip():
        pairs.append(f"{text[start:end]} {after[0].rstrip(',.;:')}")
    return any(district_province(p) or province_of(p) for p in pairs)


def _a_persons_name(text: str, at: int) -> bool:
    """The capitalised words at `at` name a person, not a firm: a family name first (`Lê Văn
    Tâm`, `Quàng Văn Thiên`, `Ksor H Blưm`), a one-letter one (`Y Nhi`, `A Páo`) or a given
    name alone (`công nhân Tâm có ...`); not a province's (`công nhân Đà Nẵng`, `công nhân Hà
    Nội`: the city's workers)."""
    words = text[at : at + 40].split()
    if not words:
        return False
    if any(province_of(" ".join(words[:n])) for n in (2, 3, 4) if len(words) >= n):
        return False
    first = words[0].rstrip(",.;:)")
    if (
        first.lower() in org_words().family_names or len(first) <= 2
    ):  # (`Y Nhi`, `A Páo`: a person's)
        return True
    return len(words) < 2 or not words[1][:1].isupper()


_RECEIVER_REACH = 60  # a clause's reach back from the figure to the one who receives it
# Words before a person word that make it many (`các cháu`, `trẻ em`, `con em`: children).
_MANY = ("các ", "những ", "mọi ", "nhiều ", "trẻ ", "con ")


def _person_receives(lay: Layout, spot: Spot) -> bool:
    """One person receives the figure (`anh được CĐ công ty và LĐLĐ tỉnh hỗ trợ 50 triệu đồng`,
    `tôi được hỗ trợ 50 triệu đồng`): a singular person, then `được`, in its clause, or in
    the clause before one that tells the same money (`chị được Công đoàn thăm hỏi 3 lần, mỗi
    lần 2 triệu đồng`: `received_amounts`)."""
    sc, hits, low = lay.catalogue.scoring, lay.hits, lay.low
    assert hits is not None
    left = spot.left
    comma = low.rfind(",", max(0, spot.left - _RECEIVER_REACH), spot.left)
    if comma >= 0:
        words = low[comma + 1 : spot.left].lstrip()
        opener = hits.end_at(sc.received_amounts, spot.left - len(words))
        if opener > 0 and not low[opener : spot.left].strip(" :"):
            left = comma  # the figure's clause only names the amount again
    for start, end in hits.ending_between(sc.received, left - _RECEIVER_REACH, left):
        if any(c in ",;:.()\n" for c in low[end:left]) or lay.digit_between(end, start):
            continue
        person = hits.ending_between(sc.receivers, start - 2, start)
        if not person or low.endswith(_MANY, 0, person[0][0]):
            continue
        # (`anh chị em`, `chị em`, `anh em` are everyone: two person words in a row)
        if not hits.ending_between(sc.receivers, person[0][0] - 2, person[0][0]):
            return True
    return False


def _person_subject(lay: Layout, spot: Spot) -> bool:
    """The sentence is about a person named by a pronoun (`Hiện chị là tổ trưởng tổ ép đế, thu
    nhập khoảng 9,5 triệu đồng/tháng`): it opens with one, and neither a union body nor a
    reporting verb (`chị cho biết, công ty có ...`) stands between it and the number."""
    sc, hits = lay.catalogue.scoring, lay.hits
    assert hits is not None
    end = _subject_pronoun_end(lay, spot.sentence[0])
    if end < 0 or end >= spot.left:
        return False
    return not hits.ending_between(sc.subject_blockers, end, spot.left)


def _first_person(lay: Layout, spot: Spot) -> bool:
    """One speaks of herself, or of what is one worker's, in the figure's clause (`Mỗi tháng
    tôi chỉ nhận được 1,5 triệu đồng trợ cấp`, `Thu nhập của chị giảm ... còn 5,6 triệu`):
    `tôi`, not `chúng tôi` (the union speaking), and no union body between."""
    sc, hits = lay.catalogue.scoring, lay.hits
    assert hits is not None
    for start, end in hits.ending_between(sc.first_person, spot.clause[0], spot.left):
        if hits.starting_between(sc.individuals, end, end + 2):
            continue  # (`của anh chị em`, `của anh, chị em`: everyone, a speech's audience)
        if hits.starting_between(sc.speaker_frames, end, end + 2):
            continue  # (`tôi ghi nhận việc 98,2% doanh nghiệp ...`: a speaker on the body's)
        if start >= spot.clause[0] and not lay.low.endswith("chúng ", 0, start):
            return not hits.ending_between(sc.subject_blockers, end, spot.left)
    return False


def _subject_pronoun_end(lay: Layout, sentence_start: int) -> int:
    """Where a worker's pronoun opening the sentence ends, or -1 (read once a sentence; its
    first letter looked for up to the sentence's end: past it, lines of figures without a
    word were read again for each)."""
    found = lay.memo.get(("subject", sentence_start))
    if found is None:
        low, at = lay.low, sentence_start
        end = lay.sentence(sentence_start)[1]
        while at < end and not low[at].isalpha():
            at += 1
        assert lay.hits is not None
        opener = lay.hits.end_at(lay.catalogue.scoring.subject_openers, at)
        if opener > 0 and low.startswith(" ", opener):
            at = opener + 1
        found = lay.hits.end_at(lay.catalogue.scoring.subject_pronouns, at)
        if found >= 0 and lay.text[found + 1 : found + 2].isupper():
            found = -1  # a capitalised name after it: `_named_person` reads that
        elif found >= 0 and lay.hits.starting_between(
            lay.catalogue.scoring.individuals, found + 1, found + 2
        ):
            found = -1  # (`Năm nay anh em vận động được ...`, `chị em`: everyone, no one worker)
        lay.memo[("subject", sentence_start)] = found
    return found


# A name, its office in brackets or not, a colon and a sentence in capitals, quoted or not: a
# speaker's turn, the figures after it the body's (`Chị Nga (Chủ tịch CĐCS): Công ty có ...`);
# not `Anh A: 3 sáng kiến`, `Anh A: có 4 sáng kiến`, nor a title then the person's figures
# (`Anh Khoa: Chiến sĩ thi đua cơ sở, có 5 sáng kiến`)
_SPEAKERS_TURN = re.compile(
    r"[ \t]*(?:\([^()\n]{0,60}\)[ \t]*)?:[ \t]*[“\"]?(?!(?:Với|Có|Đạt)\s)([^\W\d_])"
    r"(?![^\n]{0,60}?,\s*(?:có|đạt|với|anh|chị|ông|bà|em)\s)"
)


def _named_person(lay: Layout, spot: Spot) -> bool:
    """The sentence is about a named worker (`Anh Nguyễn Văn Hùng, công nhân ..., có 4 sáng
    kiến`): a person word followed by a capitalised name (or `gia đình anh`) earlier in the
    sentence, and neither a union body nor a reporting verb between it and the number."""
    sc = lay.catalogue.scoring
    hits = lay.hits
    assert hits is not None
    s_start = max(spot.sentence[0], spot.left - sc.left)
    blockers = hits.ending_between(sc.person_blockers, s_start, spot.left)
    for start, end in hits.ending_between(sc.named_persons, s_start, spot.left):
        if start < s_start or _in_a_name(lay, start, end):
            continue
        word = lay.text[end + 1 : end + 12].split(" ", 1)[0].rstrip(",.;:)")
        # (an abbreviation is no name: `nhà văn hóa công nhân KCN Tân Đức`)
        named = (
            word[:1].isupper()
            and not (len(word) > 1 and word.isupper())
            and (lay.low[start:end] not in sc.named_by_trade or _a_persons_name(lay.text, end + 1))
        ) or lay.low.startswith("gia đình", start)
        # (`công nhân Công ty CP Bao bì X`, `giáo viên Trường Mầm non Y`: where one works)
        if named and lay.low.startswith(union_words()[1], end + 1):
            continue
        # (`trao 01 nhà Mái ấm Công đoàn cho chị Hà, ..., với số tiền hỗ trợ 50 triệu đồng`: the
        # one a house is given to receives it; the money is the house's)
        if lay.low.endswith("cho ", 0, start) and hits.ending_between(
            sc.house_money.house, spot.sentence[0], start
        ):
            continue
        name_end = _name_end(lay.text, end) if named else end
        turn = _SPEAKERS_TURN.match(lay.text, name_end) if named else None
        if turn is not None and turn.group(1).isupper():
            continue  # (a speaker's turn in an interview: `- Chị Đỗ Thị Nga: Công ty có ...`)
        if named and lay.low[start:end] in sc.named_sources:
            # (one who has the figures, past a description of his work: `Ông Trần Văn Nam có 6
            # giải pháp`, `Bà Mai, công nhân tổ may, có 3 sáng kiến`; not a source quoted, `Theo
            # ông Tám, ...`, `Ông Lê Xuân Thành: Chúng tôi ...`, `Bà Hoa, Chủ tịch Công đoàn
            # ngành, cho biết`, nor a leader handing out the union's help, `ông Hải trao 200
            # suất quà`)
            named = not lay.low.endswith("theo ", 0, start) and _has_the_figures(
                lay, name_end, spot.left
            )
        if named and not any(b_start >= end for b_start, _ in blockers):
            return True
    return False
