"""Find every number in a cleaned report and decide which indicator, if any, it measures.

Vietnamese puts the counted noun right after the numeral (`35 sáng kiến`,
`12 CĐCS`, `328.190 lượt đoàn viên`), so the noun after a number says what
kind of thing was counted, and the wordings around it (`thành lập`, `kết
nạp`, `làm lợi`, `Mái ấm`) say which indicator. Money and percentages carry
their unit instead of a noun and are told apart by those wordings alone. All
wordings live in the catalogue; this module holds only the grammar.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from unionstats.catalogue import Catalogue, Indicator, load_catalogue, on_original_text
from unionstats.clean import lowercase
from unionstats.numbers import (
    QUANTITY_RE,
    SCALES,
    Quantity,
    qualifier_before,
    quantity_from_match,
    read_number,
    spelled_matches,
    spelled_quantity,
)
from unionstats.periods import YEAR_MENTION, PeriodMark, find_marks, period_year

# A sentence ends at . ! ? … (not after `TP.`, `Tp.`, `TX.`) or at a line break.
_SENTENCE_END = re.compile(r"(?<![Tt][Pp])(?<!T[Xx])[.!?…](?=\s|$|[“”\"'])|\n")
_CLAUSE_END = re.compile(r";")
_QUOTE_PAIRS = re.compile(r"“[^”\n]{0,200}”|\"[^\"\n]{0,200}\"|«[^»\n]{0,200}»")
_TARGET_RE = re.compile(
    r"^[^.;]{0,40}?\(?\s*(?:chỉ tiêu|kế hoạch|\bkh\b)(?:\s+(?:được\s+)?giao|\s+đề ra)?\s*:?\s*"
    r"(\d+(?:[.,]\d+)*)(?![\d%])"
)
_PLAN_CUE = re.compile(r"chỉ tiêu|kế hoạch|\bkh\b|được giao|\bgiao\b|đề ra")
_MULTIPLIER = re.compile(r"mươi|mười|trăm|nghìn|ngàn|triệu|tỷ|tỉ")
# `Thu nhập bình quân (đồng/người/tháng) | 7.800.000`: the unit of a table row or list label.
_LABEL_UNIT = re.compile(
    r"\((?:đơn vị(?: tính)?\s*:?\s*)?(nghìn|ngàn|triệu|tỷ)?\s*(đồng|đ|vnđ|%)"
    r"(\s*/\s*(?:người\s*/\s*)?tháng)?\)[^()\d]{0,40}$"
)
# A noun after the number that names no particular thing: the label before it may.
_GENERIC_NOUN = re.compile(r"\s*(?:người|lượt)\b(?!\s+(?:đoàn viên|cán bộ|nlđ|cnlđ|người))")
# `đã phấn đấu`, `đạt mục tiêu`, `nỗ lực phấn đấu`: striving or a target met, not a plan.
_NOT_A_PLAN_BEFORE = re.compile(r"(?:đã|đạt|vượt|hoàn thành|nỗ lực|sự)\s+$")
_COLON_AFTER = re.compile(r"^[^.;:\d]{0,30}:")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Mention:
    """A number found in the text, classified or not, kept for audit."""

    doc_id: str
    span_start: int
    span_end: int
    text: str
    value: float
    unit: str | None
    indicator: str | None
    status: str  # observation | unclassified | excluded
    reason: str
    context: str


@dataclass(frozen=True, slots=True)
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


@dataclass
class _Doc:
    """Per-report lookups computed once: boundaries, excluded spans, cue positions."""

    text: str
    catalogue: Catalogue
    doc_period: str
    low: str = ""
    sentences: list[int] = field(default_factory=list)
    clauses: list[int] = field(default_factory=list)
    excluded: list[tuple[int, int, str]] = field(default_factory=list)
    excluded_starts: list[int] = field(default_factory=list)
    excluded_reach: list[int] = field(default_factory=list)  # furthest end among spans[: i + 1]
    cues: dict[str, list[tuple[int, int, float]]] = field(default_factory=dict)
    cue_starts: dict[str, list[int]] = field(default_factory=dict)
    marks: list[PeriodMark] = field(default_factory=list)
    mark_pos: list[int] = field(default_factory=list)
    plan_words: list[int] = field(default_factory=list)  # where plan wording starts
    future_years: list[int] = field(default_factory=list)  # `năm Y` with Y after the report

    def __post_init__(self) -> None:
        text = self.text
        low = self.low = lowercase(text)
        self.sentences = [m.end() for m in _SENTENCE_END.finditer(text)]
        self.clauses = sorted({*self.sentences, *(m.end() for m in _CLAUSE_END.finditer(text))})
        spans = [
            (m.start(), m.end(), reason)
            for reason, pat in self.catalogue.never
            for m in pat.finditer(text if on_original_text(pat) else low)
        ]
        spans += [(m.start(), m.end(), "in_quotes") for m in _QUOTE_PAIRS.finditer(text)]
        self.excluded = sorted(spans)
        self.excluded_starts = [s for s, _, _ in self.excluded]
        self.excluded_reach = list(itertools.accumulate((e for _, e, _ in self.excluded), max))
        for ind in self.catalogue.indicators:
            hits = sorted(
                (m.start(), m.end(), cue.weight)
                for cue in ind.cues
                for m in cue.pattern.finditer(low)
            )
            self.cues[ind.code] = hits
            self.cue_starts[ind.code] = [h[0] for h in hits]
        self.marks = find_marks(low, self.doc_period)
        self.mark_pos = [m.pos for m in self.marks]
        self.plan_words = [
            m.start()
            for m in self.catalogue.scoring.plan_words.finditer(low)
            if not _NOT_A_PLAN_BEFORE.search(low, max(0, m.start() - 12), m.start())
        ]
        doc_year = period_year(self.doc_period)
        self.future_years = [
            m.start() for m in YEAR_MENTION.finditer(low) if doc_year and int(m.group(1)) > doc_year
        ]

    def bounds(self, cuts: list[int], pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(cuts, pos)
        return (cuts[i - 1] if i else 0), (cuts[i] if i < len(cuts) else len(self.text))

    def excluded_reason(self, start: int, end: int) -> str | None:
        """The reason of a never-an-observation span that overlaps [start, end), if any."""
        i = bisect.bisect_left(self.excluded_starts, end)
        while i > 0 and self.excluded_reach[i - 1] > start:
            i -= 1
            if self.excluded[i][1] > start:
                return self.excluded[i][2]
        return None

    def period_at(self, pos: int) -> str:
        sent_start, _ = self.bounds(self.sentences, pos)
        i = bisect.bisect_right(self.mark_pos, pos)
        if i and self.marks[i - 1].pos >= sent_start:
            return self.marks[i - 1].period
        return self.doc_period


def _scope_weight(doc: _Doc, pos: int, num_start: int) -> float:
    """How much a cue at `pos` counts for the number at `num_start`, by where it stands."""
    sc = doc.catalogue.scoring
    c_start, c_end = doc.bounds(doc.clauses, num_start)
    if c_start <= pos < c_end:
        return sc.clause_weight
    s_start, s_end = doc.bounds(doc.sentences, num_start)
    if s_start <= pos < s_end:
        return sc.sentence_weight
    if pos < s_start:
        p_start, _ = doc.bounds(doc.sentences, max(s_start - 1, 0))
        if pos >= p_start:
            return sc.previous_sentence_weight
    return 0.0


def _cue_score(doc: _Doc, code: str, start: int, end: int) -> float:
    """The indicator's wordings around [start, end), each weighted by scope and distance."""
    sc = doc.catalogue.scoring
    starts = doc.cue_starts[code]
    lo = bisect.bisect_left(starts, start - sc.left_window)
    hi = bisect.bisect_right(starts, end + sc.right_window)
    score = 0.0
    for c_start, c_end, weight in doc.cues[code][lo:hi]:
        if c_end <= start:
            distance, pos = start - c_end, c_start
        elif c_start >= end:
            distance, pos = c_start - end, c_start
        else:
            distance, pos = 0, start
        scope = _scope_weight(doc, pos, start)
        score += weight * scope / (1 + distance / sc.decay_chars)
    return score


@dataclass(frozen=True, slots=True)
class _Candidate:
    quantity: Quantity
    q_start: int  # start of the phrase including its qualifier
    number_text: str


def _unit_class(q: Quantity) -> str:
    return q.unit if q.unit in ("VND", "VND/person/month", "percent") else "count"


def _accepts(ind: Indicator, near_left: str, right: str) -> bool:
    if any(p.search(near_left) for p in ind.vetoes_left):
        return False
    if any(p.search(right) for p in ind.vetoes_right):
        return False
    if ind.requires_left or ind.requires_right:
        return any(p.search(near_left) for p in ind.requires_left) or any(
            p.search(right) for p in ind.requires_right
        )
    return True


def _classify(doc: _Doc, w: _Window) -> tuple[Indicator | None, str]:
    """Pick the indicator with the best evidence, or say why there is none."""
    q, near_left, right = w.cand.quantity, w.near_left, w.right
    cat = doc.catalogue
    unit_class = _unit_class(q)
    best: tuple[float, Indicator] | None = None
    seen_head = False
    noun_after = unit_class == "count" and any(i.heads.match(right) for i in cat.counted)
    generic_after = bool(_GENERIC_NOUN.match(right))
    for ind in cat.indicators:
        if unit_class == "count":
            if ind not in cat.counted:
                continue
            after = bool(ind.heads.match(right)) if noun_after else False
            before = (not noun_after or generic_after) and bool(
                ind.heads_before.search(near_left[-80:])
            )
            if not (after or before):
                continue
            seen_head = True
            base = cat.scoring.head_bonus
        elif unit_class == "percent":
            if ind.unit != "percent":
                continue
            base = 0.0
        else:
            if not ind.is_money:
                continue
            base = cat.scoring.head_bonus if ind.unit == q.unit == "VND/person/month" else 0.0
        if not _accepts(ind, near_left, right):
            continue
        score = base + _cue_score(doc, ind.code, q.start, q.end)
        if score >= cat.scoring.min_score and (best is None or score > best[0]):
            best = (score, ind)
    if best is not None:
        return best[1], "classified"
    if unit_class == "count" and not seen_head:
        return None, "no_counted_noun"
    return None, "no_indicator_wording"


def _subgroup(doc: _Doc, near_left: str, right: str) -> str | None:
    """A breakdown named in the counted noun or just before the number, not past a neighbour."""
    head = re.split(r"[\d,;]", right[:40])[0]
    left = re.split(r"\d", near_left[-doc.catalogue.scoring.near_chars :])[-1]
    for name, pat in doc.catalogue.subgroups.items():
        if pat.search(head) or pat.search(left):
            return name
    return None


def _head_word(ind: Indicator, right: str) -> str:
    m = ind.heads.match(right) if ind.heads else None
    words = _WORD.findall(m.group(0)) if m else []
    return words[0].lower() if words else ""


def _candidates(low: str) -> Iterator[_Candidate]:
    """Every number phrase of the (lower-cased) text, digits and spelled out, in order."""
    numeric = [(m.start(), m) for m in QUANTITY_RE.finditer(low)]
    spelled = [(m.start(), m) for m in spelled_matches(low) if _MULTIPLIER.search(m.group(0))]
    taken_until = -1
    for start, m in sorted(numeric + spelled, key=lambda e: e[0]):
        if start < taken_until:
            continue
        if m.re is QUANTITY_RE:
            q = quantity_from_match(m, low)
            text = m.group("num")
        else:
            q = spelled_quantity(m, low)
            text = m.group(0)
        if q is None:
            continue
        taken_until = q.end
        yield _Candidate(q, qualifier_before(low, start)[1], text)


def _quote(text: str, start: int, end: int, c_start: int, c_end: int) -> str:
    """The words around a number inside its clause: the provenance analysts read."""
    left = max(c_start, start - 60)
    right = min(c_end, end + 60)
    if left > c_start:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < c_end:
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    return text[left:right].strip(" ;,")


def _target(cand: _Candidate, right: str, value: float) -> float | None:
    """The plan figure: the denominator of `x/y` beyond plan, or `(chỉ tiêu: N)` after it."""
    q = cand.quantity
    if q.target is not None:
        return q.target if value > q.target or _PLAN_CUE.search(right[:80]) else None
    m = _TARGET_RE.match(right)
    if m is None:
        return None
    written = read_number(cand.number_text)
    scale = q.value / written if written else 1.0
    return read_number(m.group(1)) * scale


@dataclass(frozen=True, slots=True)
class _Window:
    """A number with the text around it that decides what it measures."""

    cand: _Candidate
    near_left: str  # the clause before the number, at most left_window characters
    right: str  # the clause after the number, from its counted noun on
    clause: tuple[int, int]
    sentence_start: int
    context: str


def _window(doc: _Doc, cand: _Candidate) -> _Window:
    q, text, low, sc = cand.quantity, doc.text, doc.low, doc.catalogue.scoring
    c_start, c_end = doc.bounds(doc.clauses, q.start)
    s_start, _ = doc.bounds(doc.sentences, q.start)
    return _Window(
        cand=cand,
        near_left=low[max(c_start, cand.q_start - sc.left_window) : cand.q_start],
        right=low[q.end : min(c_end, q.end + sc.right_window)],
        clause=(c_start, c_end),
        sentence_start=s_start,
        context=text[max(s_start, q.start - 80) : min(c_end, q.end + 80)].replace("\n", " "),
    )


def _mention(
    doc_id: str, text: str, w: _Window, q: Quantity, ind: Indicator | None, status: str, why: str
) -> Mention:
    code = ind.code if ind else None
    span = text[q.start : q.end]
    return Mention(doc_id, q.start, q.end, span, q.value, q.unit, code, status, why, w.context)


def extract(
    doc_id: str, text: str, doc_period: str, catalogue: Catalogue | None = None
) -> tuple[list[Observation], list[Mention]]:
    """All observations and all mentions of one cleaned report."""
    doc = _Doc(text, catalogue or load_catalogue(), doc_period)
    observations: list[Observation] = []
    mentions: list[Mention] = []
    totals_with_parts: set[tuple[int, str]] = set()
    targets: set[int] = set()
    for cand in _candidates(doc.low):
        w = _window(doc, cand)
        q = cand.quantity
        reason = "target" if q.start in targets else _excluded(doc, w)
        if reason:
            mentions.append(_mention(doc_id, text, w, q, None, "excluded", reason))
            continue
        if q.unit is None and (labelled := _unit_from_label(cand, w.near_left)) is not cand:
            cand, q = labelled, labelled.quantity
            w = _window(doc, cand)
        ratio = _split_ratio(doc, w)
        if ratio is not None:
            for ind, part in ratio:
                observations.append(replace(_observation(doc, doc_id, ind, part, w), target=None))
                mentions.append(_mention(doc_id, text, w, part, ind, "observation", "ratio_parts"))
            continue
        ind, why = _classify(doc, w)
        if ind is None:
            mentions.append(_mention(doc_id, text, w, q, None, "unclassified", why))
            continue
        total_key = (w.sentence_start, _head_word(ind, w.right))
        if ind.heads is not None and total_key in totals_with_parts:
            mentions.append(_mention(doc_id, text, w, q, ind, "excluded", "part_of_total"))
            continue
        if ind.heads is not None and _COLON_AFTER.match(w.right):
            totals_with_parts.add(total_key)
        obs = _observation(doc, doc_id, ind, q, w)
        if obs.target is not None and (m := _TARGET_RE.match(w.right)):
            targets.add(q.end + m.start(1))
        observations.append(obs)
        mentions.append(_mention(doc_id, text, w, q, ind, "observation", why))
    return _deduplicate(observations), mentions


def _unit_from_label(cand: _Candidate, near_left: str) -> _Candidate:
    """A bare number takes the unit its label gives in parentheses, scaled (`(triệu đồng)`)."""
    m = _LABEL_UNIT.search(near_left)
    if m is None:
        return cand
    q = cand.quantity
    if m.group(2) == "%":
        unit, factor = "percent", 1.0
    else:
        unit = "VND/person/month" if m.group(3) else "VND"
        factor = SCALES.get(m.group(1) or "", 1.0)

    def scaled(v: float | None) -> float | None:
        return None if v is None else v * factor

    return replace(
        cand,
        quantity=replace(
            q,
            value=q.value * factor,
            unit=unit,
            target=scaled(q.target),
            low=scaled(q.low),
            high=scaled(q.high),
        ),
    )


def _excluded(doc: _Doc, w: _Window) -> str | None:
    """Why a number is never an observation (a date, a code, a change), or None."""
    cand = w.cand
    reason = doc.excluded_reason(cand.quantity.start, cand.quantity.start + len(cand.number_text))
    if reason is None and doc.catalogue.scoring.change_words.search(w.near_left):
        reason = "change_not_level"
    if reason is None and _is_plan(doc, w):
        reason = "plan"
    return reason


def _is_plan(doc: _Doc, w: _Window) -> bool:
    """A plan or target before the number (in its clause), or a year after the report's own
    (in its sentence): what follows is yet to come, not a result."""
    start = w.cand.q_start
    return _any_between(doc.plan_words, w.clause[0], start) or _any_between(
        doc.future_years, w.sentence_start, start
    )


def _any_between(positions: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


def _split_ratio(doc: _Doc, w: _Window) -> list[tuple[Indicator, Quantity]] | None:
    """`tổng số đoàn viên 3611/4076 CNVCLĐ`: members (numerator) of workers (denominator)."""
    cand, near_left, right = w.cand, w.near_left, w.right
    q = cand.quantity
    if q.target is None or q.unit not in (None, "persons"):
        return None
    tail = near_left[-30:]
    persons = [i for i in doc.catalogue.indicators if i.unit == "persons" and i.heads is not None]
    head_ind = next(
        (i for i in persons if i.heads.match(right) and _accepts(i, near_left, right)), None
    )
    if head_ind is None:
        return None
    for ind in persons:
        noun = ind.heads_tail.search(tail) if ind.heads_tail and ind is not head_ind else None
        if noun and not head_ind.heads.match(noun.group(0)):
            number_end = q.start + len(cand.number_text)
            num_q = replace(q, target=None, end=number_end)
            den_q = replace(q, value=q.target, target=None, start=number_end + 1)
            return [(ind, num_q), (head_ind, den_q)]
    return None


def _observation(doc: _Doc, doc_id: str, ind: Indicator, q: Quantity, w: _Window) -> Observation:
    cand, right = w.cand, w.right
    flags = list(q.flags)
    low, high = ind.plausible
    if not low <= q.value <= high:
        flags.append("out_of_range")
    return Observation(
        doc_id=doc_id,
        indicator=ind.code,
        value=q.value,
        unit=ind.unit,
        qualifier=q.qualifier,
        target=_target(cand, right, q.value),
        period=doc.period_at(q.start),
        subgroup=_subgroup(doc, w.near_left, right),
        quote=_quote(doc.text, q.start, q.end, *w.clause),
        span_start=q.start,
        span_end=q.start + len(cand.number_text) if q.unit is None else q.end,
        low=q.low,
        high=q.high,
        flags=tuple(flags),
    )


def _deduplicate(observations: list[Observation]) -> list[Observation]:
    """A figure restated in the same report is one observation; a plain statement wins."""
    kept: dict[tuple[str, float, str, str | None], Observation] = {}
    for obs in observations:
        key = (obs.indicator, round(obs.value, 6), obs.period, obs.subgroup)
        prev = kept.get(key)
        if prev is None:
            kept[key] = obs
        elif prev.qualifier != "exact" and obs.qualifier == "exact":
            kept[key] = replace(prev, qualifier="exact")
    return sorted(kept.values(), key=lambda o: (o.span_start, o.indicator))
