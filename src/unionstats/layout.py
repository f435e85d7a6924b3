"""The shape of one cleaned report: sentences, clauses, quotes and the catalogue's phrases.

Computed once per report, so that deciding what a number measures is a few
bisections into sorted position lists rather than new searches of the text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from operator import itemgetter

from unionstats.accents import restore_mismarked, restore_slips
from unionstats.catalogue import Catalogue, FarRule
from unionstats.clean import lowercase
from unionstats.lexicon import Hits
from unionstats.orgs import words as org_words
from unionstats.periods import (
    BACK_TO_NOW,
    BARE_COMPARATIVE,
    ORIGIN,
    SAME_PART_LEAD,
    TET_NAMED,
    WRITTEN_AFTER_MONTHS,
    YEAR_MENTION,
    YEAR_NEARLY_DONE_MONTH,
    PeriodMark,
    find_marks,
    gifts_of_a_tet,
    months_after,
    period_phrases,
    period_words,
    period_year,
)
from unionstats.places import province_of
from unionstats.sections import headed_sections, plan_sections
from unionstats.wordsearch import UPPER_LETTERS as _UPPER
from unionstats.wordsearch import at_line_starts, each_match

# A sentence ends at . ! ? … (not after `TP.`, `Tp.`, `TX.`, not inside a number) or at a
# line break. The mark is matched first and what stands before it checked after, so that
# `re` skips ahead to the marks (a leading look-behind is tried at every character); the
# line break is one of the marks, not an alternative, for the same reason (`re` skips
# ahead only to a pattern's first character set, and an alternation has none).
_LOWER = "a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
# A full stop then a space or a quote; or, in crawled pages that glue sentences
# (`... cho 500 CNLĐ.Đại diện ...`, `... Sài Gòn 3.Trước đó`), right before a capital when a
# word ending in a lower-case letter or a digit ends the sentence (not `TP.HCM`, `T.Nga`,
# `p.Bến Nghé`).
_SENTENCE_END = re.compile(
    rf"[.!?…\n](?:(?<=\n)|(?<![Tt][Pp].)(?<!T[Xx].)(?=\s|$|[“”\"'])"
    rf"|(?:(?<=[{_UPPER}{_LOWER}][{_LOWER}][.!?])|(?<=\d[.!?]))(?<![Tt][Pp].)(?<![Tt][Xx].)"
    rf"(?=[{_UPPER}][{_LOWER}]))"
)
# An ellipsis closing a list that the sentence goes on after, in lower case.
_ELLIPSIS_LONGEST = 5
_GOES_ON = re.compile(rf"[ \t]+[{_LOWER}]")
_CLAUSE_END = re.compile(r";")
_QUOTE_PAIRS = re.compile(r"“[^”\n]{0,200}”|\"[^\"\n]{0,200}\"|«[^»\n]{0,200}»")
_DIGITS = re.compile(r"\d\d*")  # `\d+`, led by its character set so that `re` skips ahead
_SPEECH_WORDS = 14
_start = itemgetter(0)
_end = itemgetter(1)


_ALIAS_AFTER = re.compile(r"[ \t]*\(([^()\n\d]{3,40})\)")  # `... Việt Nam (Công đoàn TKV)`


@dataclass
class Layout:
    """Per-report lookups: boundaries, quoted spans, digit runs, phrase hits, periods."""

    text: str
    catalogue: Catalogue
    doc_period: str
    org_level: str | None = None  # the level of the body whose report this is
    province: str | None = None  # the province of that body, when it has one
    org: str | None = None  # that body's name, as the metadata found it
    published: dt.date | None = None  # when the text was published, when it says
    title: str | None = None  # the headline the metadata read, when it read one
    scanned: bool = False  # a scan read by OCR: phrases read through lost and misplaced marks
    low: str = ""
    sentences: list[int] = field(default_factory=list)
    clauses: list[int] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)
    quote_starts: list[int] = field(default_factory=list)
    digits: list[int] = field(default_factory=list)
    hits: Hits | None = None
    marks: list[PeriodMark] = field(default_factory=list)
    figure_years: list[tuple[int, str]] = field(default_factory=list)  # ("(" position, year)
    figure_year_pos: list[int] = field(default_factory=list)
    mark_pos: list[int] = field(default_factory=list)
    mark_close: list[int] = field(default_factory=list)  # where a mark's brackets close, or -1
    future_years: list[int] = field(default_factory=list)  # `năm Y` with Y after the report
    title_start: int = 0  # where the headline line starts (after a page's chrome)
    title_end: int = 0  # end of the headline line, 0 when the report has none
    # (start, end, item end) of each lead sentence headed `LĐLĐ tỉnh X: ...`: an item's title
    item_leads: list[tuple[int, int, int]] = field(default_factory=list)
    part_year: bool = False  # the report covers the first 7 to 11 months of its year
    foreign: bool = False  # the report is another body's: its lead names no union body
    plan_spans: list[tuple[int, int]] = field(default_factory=list)  # sections stating plans
    part_year_marks: list[int] = field(default_factory=list)  # `9 tháng đầu năm` in the text
    month_marks: list[int] = field(default_factory=list)  # `Trong tháng 3/2025:` in the text
    memo: dict[tuple[str, int], int] = field(default_factory=dict)  # per-sentence answers
    _bodies: dict[int, list[tuple[int, int, str]]] = field(default_factory=dict)  # by line
    _type_spans: list[tuple[int, int]] | None = None  # every body type phrase, when asked
    _present: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    # the never rules read far before a number whose cue stands in the report (`exclusions`)
    far_rules: tuple[FarRule, ...] | None = None
    # (start, end, province) of a digest's items headed `Bắc Giang: ...` or `LĐLĐ tỉnh X: ...`
    province_items: list[tuple[int, int, str]] = field(default_factory=list)
    _org_aliases: tuple[str, ...] | None = None  # short names the text gives `org`, when asked
    _part_sections: list[tuple[int, int, str]] | None = None  # (see `_part_section_period`)
    _year_sections: list[tuple[int, int, str]] | None = None  # (see `_year_section_period`)
    _told_before: dict[int, str | None] = field(default_factory=dict)  # (by paragraph)

    def org_aliases(self) -> tuple[str, ...]:
        """The short names the text gives the report's body in brackets right after its full
        name (`Công đoàn Than – Khoáng sản Việt Nam (Công đoàn TKV)`), lower-cased."""
        if self._org_aliases is None:
            own = " ".join(self.org.lower().split()) if self.org else ""
            found: list[str] = []
            at = self.low.find(own) if own else -1
            while at >= 0 and len(found) < 3:
                m = _ALIAS_AFTER.match(self.low, at + len(own))
                if m:
                    found.append(" ".join(m.group(1).split()))
                at = self.low.find(own, at + len(own))
            self._org_aliases = tuple(found)
        return self._org_aliases

    def __post_init__(self) -> None:
        text = self.text
        low = self.low = lowercase(text)
        low = self.low = restore_mismarked(low) if self.scanned else restore_slips(low, text)
        self.sentences = _sentence_ends(text)
        self.clauses = sorted({*self.sentences, *(m.end() for m in _CLAUSE_END.finditer(text))})
        if "“" in text or '"' in text or "«" in text:
            # A name or slogan in quotes ("1 triệu sáng kiến") is short; a quoted speech
            # ("Năm qua, chúng tôi đã trao 450 suất quà ...") states the body's own figures.
            # (... unless a programme's word names it: `Chương trình “...”`, `“...” là chương
            # trình do Tổng Liên đoàn phát động` is a name)
            names = self.catalogue.scoring.name_before_quote
            named_after = tuple(f"là {n}" for n in names)
            self.quotes = [
                m.span()
                for m in _QUOTE_PAIRS.finditer(text)
                if len(m.group(0).split()) < _SPEECH_WORDS
                or low[max(0, m.start() - 16) : m.start()].rstrip().endswith(names)
                or low[m.end() : m.end() + 20].lstrip().startswith(named_after)
            ]
            self.quote_starts = [s for s, _ in self.quotes]
        self.digits = [m.start() for m in _DIGITS.finditer(low)]
        self.hits = self.catalogue.lexicon.scan(low)
        marks = find_marks(low, self.doc_period, self.published, of_figures=True)
        if self.published is not None and "năm qua" in low:
            marks = _past_year_marks(low, marks, self.doc_period, self.published)
        doc_year = period_year(self.doc_period)
        if doc_year:
            later = [m for m in YEAR_MENTION.finditer(low) if int(m.group(1)) > doc_year]
            done = [m for m in later if self._told_done(m.end())] if later else []
            self.future_years = [m.start() for m in later if m not in done]
            if done:  # `Tháng 01 năm 2025, ... đã tặng 18.000 suất quà` in the 2024 report
                added = [PeriodMark(m.start(), m.group(1), "year") for m in done]
                marks = sorted([*marks, *added], key=lambda mark: mark.pos)
        self.marks, self.figure_years = _figure_years(low, marks, self.doc_period, self.published)
        self.mark_pos = [m.pos for m in self.marks]
        self.mark_close = [_bracket_close(low, m.pos) for m in self.marks]
        self.figure_year_pos = [p for p, _ in self.figure_years]
        self.title_start, self.title_end = _title_span(text, self.title)
        self.part_year = any(
            _states_part_year(line) for line in low.split("\n", _HEADING_LINES)[:_HEADING_LINES]
        )
        self.part_year_marks = _part_year_marks(low)
        self.month_marks = (
            [m.start() for m in _IN_ONE_MONTH.finditer(low)] if "tháng" in low else []
        )  # (a report without `tháng` has none: `re` would try every `t` and `r` for it)
        self.province_items = _province_items(text) if ":" in text else []
        if ":" in text:
            self.item_leads = _item_leads(text, self.sentences, self.province_items)
        if not self.item_leads and self.title_end > 0:
            self.item_leads = _lead_after_title(text, self.sentences, self.title_end)
        sc = self.catalogue.scoring
        self.foreign = self._foreign_lead()
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", self.doc_period or "")]
        self.plan_spans = plan_sections(
            text,
            low,
            sc.plan_headings,
            sc.result_headings,
            sc.appendix_headings,
            sc.plan_headings_ahead,
            max(years) if years else None,
            sc.plan_headings_not,
            sc.plan_headings_registered,
        )

    def _foreign_lead(self) -> bool:
        """The headline and the first two sentences after it name another body
        (`scoring.foreign_subjects`: Tỉnh Đoàn, a Sở, a Party committee) and no union body."""
        assert self.hits is not None
        sc = self.catalogue.scoring
        i = bisect.bisect_right(self.sentences, self.title_end)
        if i + 1 < len(self.sentences) and _DATE_LINE.fullmatch(
            self.low[self.sentences[i] : self.sentences[i + 1]].strip()
        ):
            i += 1  # (past a date line: `LĐO | 20/01/2022 09:45`)
        end = self.sentences[i + 1] if i + 1 < len(self.sentences) else len(self.text)
        end = min(end, self.title_end + _LEAD_CHARS)
        # (a union there as a guest is no co-author: `với sự tham dự của đại diện Công đoàn ngành`)
        return bool(self.hits.starting_between(sc.foreign_subjects, 0, end)) and not any(
            not _GUEST_BEFORE.search(self.low, max(0, start - 30), start)
            for start, _ in self.hits.starting_between(sc.union_bodies, 0, end)
        )

    def _told_done(self, year_end: int) -> bool:
        """A later year than the report's that its sentence tells as done: a done word
        (`scoring.done_words`) and no plan word between the year and the sentence's next
        figure, and a year the report was not published before (a report of 2024 written in
        January 2025: `Tháng 01 năm 2025, các cấp công đoàn đã tặng 18.000 suất quà Tết`)."""
        year = int(self.low[year_end - 4 : year_end])
        if self.published is not None and self.published.year < year:
            return False
        assert self.hits is not None
        sc = self.catalogue.scoring
        end = min(self.sentence(year_end)[1], len(self.low))
        i = bisect.bisect_left(self.digits, year_end)
        if i < len(self.digits) and self.digits[i] < end:
            end = self.digits[i]
        if self.hits.starting_between(sc.plan_words, year_end, end - 1):
            return False
        return bool(self.hits.starting_between(sc.done_words, year_end, end - 1))

    def in_plan_section(self, pos: int) -> bool:
        return any(start <= pos < end for start, end in self.plan_spans)

    def bounds(self, cuts: list[int], pos: int) -> tuple[int, int]:
        """The [start, end) of the piece (sentence or clause) holding `pos`."""
        i = bisect.bisect_right(cuts, pos)
        return (cuts[i - 1] if i else 0), (cuts[i] if i < len(cuts) else len(self.text))

    def sentence(self, pos: int) -> tuple[int, int]:
        return self.bounds(self.sentences, pos)

    def clause(self, pos: int) -> tuple[int, int]:
        return self.bounds(self.clauses, pos)

    def sentence_index(self, pos: int) -> int:
        return bisect.bisect_right(self.sentences, pos)

    def scope(self, pos: int, scope: str) -> tuple[int, int]:
        """The stretch of text a condition may look in around `pos`."""
        if scope == "clause":
            return self.clause(pos)
        start, end = self.sentence(pos)
        if scope == "previous_sentence" and start > 0:
            start = self.sentence(start - 1)[0]
        return start, end

    def in_quotes(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.quote_starts, start) - 1
        return i >= 0 and self.quotes[i][0] < start and end <= self.quotes[i][1]

    def digit_between(self, start: int, end: int) -> bool:
        """Whether a digit run starts in [start, end)."""
        i = bisect.bisect_left(self.digits, start)
        return i < len(self.digits) and self.digits[i] < end

    @staticmethod
    def any_between(positions: list[int], start: int, end: int) -> bool:
        i = bisect.bisect_left(positions, start)
        return i < len(positions) and positions[i] < end

    def literals_in(self, literals: tuple[str, ...]) -> frozenset[str]:
        """Those of `literals` that stand somewhere in the lower-cased report, read once per
        tuple asked about: a window searched for a literal the report never holds is
        searched in vain, and each `str.find` of an ASCII literal in Vietnamese text copies
        the literal first (3.7 K instructions a search)."""
        found = self._present.get(literals)
        if found is None:
            found = self._present[literals] = frozenset(x for x in literals if x in self.low)
        return found

    def in_part_year(self, pos: int, period: str) -> bool:
        """The figure's year is only its first months: `9 tháng đầu năm 2023, kết nạp ...`,
        or any figure of the report's own year in a 9-month report. The contract's periods
        cannot say so (`2023-H1` and `2023-Q3` exist, nine months do not)."""
        sent_start, _ = self.sentence(pos)
        if self.any_between(self.part_year_marks, sent_start, pos):
            return True
        return self.part_year and period == self.doc_period

    def bodies_on_line(self, line_start: int) -> list[tuple[int, int, str]]:
        """(start, end, level) of every organisation named on the line that starts at
        `line_start`; the level is empty for a body named without its proper name (`LĐLĐ
        tỉnh`, `công đoàn các cấp`: the report's own). Read once a line, when first asked:
        the extractor asks about the lines of a few figures, not the whole report."""
        found = self._bodies.get(line_start)
        if found is None:
            from unionstats.orgs import level_of, mentions_on_line

            found = self._bodies[line_start] = [
                (m.start, m.end, level_of(m) if m.named else "")
                for m in mentions_on_line(self.text, line_start)
            ]
        return found

    def last_body_before(self, lo: int, pos: int) -> tuple[int, int, str] | None:
        """The last body named wholly within [lo, pos): the lines from `pos` back to `lo`
        are read, nearest first (a report naming thousands of bodies costs no more). Most
        windows hold no type phrase at all (`LĐLĐ`, `Công đoàn`): then no line is read."""
        if not self._type_phrase_near(lo, pos):
            return None  # a body's type phrase stands wholly inside it, so it would be found
        line_start = self.text.rfind("\n", 0, pos) + 1
        while True:
            bodies = self.bodies_on_line(line_start)
            i = bisect.bisect_left(bodies, pos, key=_start)  # those before `pos`, nearest first
            while i > 0:
                i -= 1
                body = bodies[i]
                if body[0] < lo:
                    return None
                if body[1] <= pos:
                    return body
            if line_start <= lo or line_start == 0:
                return None
            line_start = self.text.rfind("\n", 0, line_start - 1) + 1

    def _type_phrase_near(self, lo: int, pos: int) -> bool:
        """Whether a type phrase found in the report overlaps [lo, pos): the report is searched
        once, when first asked (searching each window, a sentence of 30 000 figures was read
        again for each). Every type phrase standing wholly in the window overlaps one found."""
        if self._type_spans is None:
            from unionstats.orgs import words

            self._type_spans = [m.span() for m in words().type_re.finditer(self.low)]
        spans = self._type_spans
        i = bisect.bisect_right(spans, lo, key=_end)
        return i < len(spans) and spans[i][0] < pos

    def item_province(self, pos: int) -> str | None:
        """The province whose item of a digest the position stands in, if any (items follow
        one another: found by bisection, so 20 000 items take no longer than one)."""
        items = self.province_items
        i = bisect.bisect_right(items, pos, key=lambda item: item[0]) - 1
        if i >= 0 and items[i][0] <= pos < items[i][1]:
            return items[i][2]
        return None

    def in_one_month(self, pos: int) -> bool:
        """The figure is one month's (`Trong tháng 3/2025: thăm hỏi 41 lượt ... Lũy kế từ đầu
        năm: 312 lượt`): a part of any period the contract has, never its total."""
        return bool(self.month_marks) and self.any_between(
            self.month_marks, self.sentence(pos)[0], pos
        )

    def _compared_before(self, k: int, pos: int) -> bool:
        """The mark is a period compared with (`cùng kỳ năm 2022 là 198 đoàn viên`, `so với
        nhiệm kỳ 2013 - 2018, làm lợi ...`) and a comma or semicolon stands before `pos`, not
        in a bracket still open: the next figures are the report's again."""
        mark = self.marks[k]
        compared = mark.kind == "compared" or _COMPARED_MARK.search(
            self.low, max(0, mark.pos - _COMPARED_MARK_REACH), mark.pos
        )
        if compared and self._opens_on_the_same_part(mark.pos, pos):
            return False
        between = self.low[mark.pos : pos]
        opened = between.rfind("(")
        if compared and opened >= 0 and _PARTS_OPEN.match(between, opened + 1):
            return True  # (parts of this year's figure: `cao hơn năm 2022 (riêng khu vực ...)`)
        if opened >= 0 and ")" not in between[opened:]:
            between = between[:opened]  # (`So với Tết 2023 (3,9 triệu lượt, 2.100 tỷ đồng)`)
        if not compared:
            return False
        cut = max(between.rfind(","), between.rfind(";"))
        return cut >= 0 and not (between[cut] == "," and _THEN.match(between, cut + 1))

    def _opens_on_the_same_part(self, mark: int, pos: int) -> bool:
        """`Cùng kỳ năm 2023, toàn tỉnh kết nạp 1.200 đoàn viên`, `Trong cùng kỳ năm trước,
        ...`: a sentence opened on the same part of an earlier year (no `so với` before it)
        tells of that part, its figures past the comma too; not past a turn back to now
        (`..., nay đã đạt 92%`, `còn 6 tháng qua đã kết nạp 1.250 đoàn viên`)."""
        opening = _SAME_PART_OPENS.match(self.low, self.sentence(pos)[0])
        return (
            opening is not None
            and opening.start(1) <= mark <= opening.end()
            and not BACK_TO_NOW.search(self.low, opening.end(), pos)
        )

    def _trails_its_clause(self, k: int, sent_start: int, pos: int) -> bool:
        """The mark closes a clause that stated its figure before it, and a semicolon ends
        that clause before `pos` (`100% đơn vị tổ chức Hội nghị CBCCVC trong quý I/2024; 10/12
        doanh nghiệp ..., đạt 83,3%`): it dates that figure only."""
        mark = self.marks[k].pos
        semicolon = self.low.find(";", mark, pos)
        if semicolon < 0:
            return False
        if _NOW_OPENS.match(self.low, self.low.rfind(";", mark, pos) + 1):
            return True  # (`Trong 5 năm 2018 - 2023, ...; trong năm kết nạp 1.450 đoàn viên`)
        clause = max(sent_start, self.low.rfind(";", sent_start, mark) + 1)
        # (the count of months or years the mark is told by is its own: `Trong 5 tháng đầu
        # năm 2020, ... thăm hỏi 3.846 lượt ...; trợ cấp cho 612 đoàn viên`, `Trong 5 năm 2016 -
        # 2020, ... làm lợi hơn 231 tỷ đồng; 37 người lao động được tặng Bằng ...`)
        counted = _MONTHS_BEFORE_A_YEAR.search(self.low, max(clause, mark - 20), mark)
        if counted is None and self.low.startswith("năm", mark):
            counted = _COUNT_BEFORE.search(self.low, max(clause, mark - 5), mark)
        return self.digit_between(clause, counted.start() if counted else mark)

    def period_at(self, pos: int, end: int | None = None) -> str:
        """The period of the figure at [pos, end): the year in brackets right after it
        (`6,9 triệu đồng (năm 2023)`) or right before it (`so với năm 2022 (8,8 triệu)`),
        else the period stated earlier in its sentence, else the report's own."""
        return self.dated(pos, end)[0]

    def dated(self, pos: int, end: int | None = None) -> tuple[str, bool]:
        """`period_at`, and whether the figure is told as of now: no period of its own stated,
        or `hiện có`, `đến nay` (a stock then is the count when the text was written)."""
        if end is not None:
            i = bisect.bisect_left(self.figure_year_pos, end)
            if i < len(self.figure_years):
                opened, period = self.figure_years[i]
                if opened - end <= _FIGURE_YEAR_GAP and not self.digit_between(end, opened):
                    return period, False
        before = _year_bracket_before(self.low, pos)
        opened = _open_bracket(self.low, pos)
        parts = opened >= 0 and _PARTS_OPEN.match(self.low, opened + 1) is not None
        if before is not None and (
            parts
            or (
                _FOUNDING_YEAR_BEFORE.search(self.low, max(0, before.start() - 30), before.start())
                and _NOW_IN_BRACKET.search(self.low, max(opened, before.start()), pos)
            )
        ):
            # (a founding's year, the bracket telling of now: `thành lập năm 1995 (hiện có 1.250
            # đoàn viên)`; or parts of the figure before: `vượt 15% so với năm 2022 (trong đó có
            # 1.240 đoàn viên nữ)`)
            before = None
        elif before is None and opened >= 0 and not parts:
            # (... the bracket's later figures too, of a year compared with: `so với năm 2022
            # (31 sáng kiến, làm lợi 1,12 tỷ đồng)`; not of a founding's year: `thành lập năm
            # 1995 (hiện có 1.250 đoàn viên, ...)`)
            before = _year_bracket_before(self.low, opened + 1)
            if not (
                before is None
                or before.group(1)
                or before.group(3)
                or _COMPARED_MARK.search(
                    self.low, max(0, before.start() - _COMPARED_MARK_REACH), before.start()
                )
            ):
                before = None
        if before is not None:
            # `so với cùng kỳ năm 2024 (kết nạp 131 đoàn viên)` in a report of 2025-Q1
            same, year = (1, 2) if before.group(2) else (3, 4)
            same_part = before.group(same) and self.doc_period and "-" in self.doc_period[4:5]
            return before.group(year) + (self.doc_period[4:] if same_part else ""), False
        sent_start, _ = self.sentence(pos)
        i = bisect.bisect_right(self.mark_pos, pos)
        while i and self.marks[i - 1].pos >= sent_start:
            close = self.mark_close[i - 1]
            if (
                (close < 0 or close > pos)
                and not self._compared_before(i - 1, pos)
                and not self._trails_its_clause(i - 1, sent_start, pos)
            ):
                mark = self.marks[i - 1]  # `(năm 2022: 800 sáng kiến)` holds inside only
                return mark.period, mark.kind == "now"
            i -= 1
        # `Nhiệm kỳ 2018 - 2023, ... kết nạp 9.800 đoàn viên. Phong trào thi đua có 2.100 sáng
        # kiến ...`: a term under review holds to the end of its paragraph
        paragraph = self.low.rfind("\n", 0, sent_start) + 1
        while i and self.marks[i - 1].pos >= paragraph:
            mark = self.marks[i - 1]
            if (
                mark.kind == "span"
                and self.low.startswith("nhiệm kỳ", mark.pos)
                # (not the term before, named in brackets or compared with: `(nhiệm kỳ
                # 2013-2018 là 2.105 sáng kiến).`, `(tăng gấp đôi so với nhiệm kỳ 2008 - 2013).`)
                and self.mark_close[i - 1] < 0
                and not self.low.startswith("nhiệm kỳ trước", mark.pos)
                and not _COMPARED_IN_CLAUSE.search(
                    self.low, max(paragraph, mark.pos - 40), mark.pos
                )
            ):
                return mark.period, False  # (not a relative `5 năm qua`: worse on real)
            i -= 1
        if sent_start > 0 and _POINTED_BACK.match(self.low, sent_start):
            told = self._period_of_the_sentence_before(sent_start)
            if told is not None:
                return told, False
        frame = self._paragraph_year(paragraph, i, pos)
        if frame is None and paragraph > 1 and _IN_THE_YEAR.match(self.low, paragraph):
            # `Trong năm, Công đoàn công ty đã kết nạp 364 đoàn viên. ...` opening a paragraph
            # after one whose last sentence opened on `Năm 2020, ...`: the year it told of
            if paragraph not in self._told_before:
                self._told_before[paragraph] = self._year_the_paragraph_before_told(paragraph)
            frame = self._told_before[paragraph]
        if frame is None and sent_start > paragraph and _IN_THE_YEAR.match(self.low, sent_start):
            # ... or a sentence after one of its paragraph that opened on it (`Năm 2023, công
            # đoàn các cấp kết nạp ... . Trong năm, công đoàn các cấp đã ...`)
            frame = self._year_the_last_sentence_told(paragraph, sent_start)
        if frame is not None:
            return frame, False
        part = self._part_section_period(pos) or self._year_section_period(pos)
        if part is not None:
            return part, False
        return self.doc_period, True

    def _period_of_the_sentence_before(self, sent_start: int) -> str | None:
        """The period the sentence before `sent_start` named first, outside brackets and not
        compared with (`từ năm 2021 đến nay, LĐLĐ tỉnh đã ..., tăng 20% so với giai đoạn
        2016-2020.`): what `Cũng trong giai đoạn này` points back to, its subject's time, not
        a detail, a comparison or a background named after it; a span or a part of a year
        before a year (a dated event's), a year before `đến nay`."""
        told = self._told_in(self.sentence(sent_start - 1)[0], sent_start)
        if (
            told is not None
            and told.kind == "year"
            and _SPAN_POINTED_BACK.match(self.low, sent_start)
            and _PART_OPENING.match(self.low, self.sentence(sent_start - 1)[0])
        ):
            # (a span pointed back to past a year of it told aside: `Trong 5 năm 2016 - 2020,
            # ... . Riêng năm 2020 có 1.042 sáng kiến. Cũng trong giai đoạn này, ...`)
            aside = self.sentence(sent_start - 1)[0]
            if aside > self.low.rfind("\n", 0, sent_start) + 1:
                span = self._told_in(self.sentence(aside - 1)[0], aside)
                if span is not None and span.kind == "span":
                    return span.period
        return told.period if told is not None else None

    def _told_in(self, before: int, sent_start: int) -> PeriodMark | None:
        """The period the sentence [before, sent_start) named first (see above)."""
        lo = bisect.bisect_left(self.mark_pos, before)
        hi = bisect.bisect_left(self.mark_pos, sent_start)
        told = [
            self.marks[k]
            for k in range(lo, hi)
            if self.mark_close[k] < 0 and not self._compared_before(k, sent_start)
        ]
        for kinds in (_SPANS_AND_PARTS, ("year",)):
            found = next((m for m in told if m.kind in kinds), None)
            if found is not None:
                return found
        return None

    def _paragraph_year(self, paragraph: int, i: int, pos: int) -> str | None:
        """`Theo bà ..., năm 2024 LĐLĐ huyện kết nạp 412 đoàn viên. Các cấp công đoàn thăm hỏi
        637 lượt ...` in an item of Tết 2025: an earlier year the paragraph's first sentence
        opens with, not compared with, frames the paragraph (`marks[i]` is its first mark)."""
        if i >= len(self.marks) or not self.doc_period[:4].isdigit():
            return None
        mark = self.marks[i]
        last = period_year(mark.period)
        if (
            mark.kind in ("quarter", "half", "span")
            and paragraph <= mark.pos < pos
            and last is not None
            and last <= (period_year(self.doc_period) or 0)
            and not self.low[paragraph : mark.pos].strip(_LABEL_MARKS)
            and _LABEL_COLON.match(self.low, mark.pos)
            # (up to the next label or the whole year: `Quý II/2023: ... Cả năm kết nạp ...`)
            and not (i + 1 < len(self.marks) and self.marks[i + 1].pos < pos)
            and "cả năm" not in self.low[mark.pos : pos]
        ):
            # a paragraph labelled by a part of a year or a span (`Quý I/2024: ... trao 1.430
            # suất quà. Tổ chức 5 lớp ...`, `Năm học 2020-2021: ...`): all its sentences'
            return mark.period
        if (
            mark.kind in ("quarter", "half")
            and self.doc_period.isdigit()
            and last == int(self.doc_period)
            and paragraph <= mark.pos < min(pos, paragraph + _PART_OPENS_REACH)
            and mark.pos < self.sentence(paragraph)[1]
            # (not another's part told: `Theo Cục Thống kê Hải Phòng, 6 tháng đầu năm 2020 ...`)
            and _ACCORDING_TO.search(self.low, paragraph, mark.pos) is None
            and self.mark_close[i] < 0
            and pos - mark.pos <= _PART_PARAGRAPH_REACH
            and not (i + 1 < len(self.marks) and self.marks[i + 1].pos < pos)
            # (not the year named in words: `... . Trong năm, Công đoàn đã kết nạp 186 ...`, `...
            # kết nạp 2.846 đoàn viên trong năm.`)
            and _THE_WHOLE_YEAR.search(
                self.low, self.sentence(mark.pos)[1], min(self.sentence(pos)[1], pos + 200)
            )
            is None
        ):
            # a part of the report's year opening the paragraph (`Báo cáo ... cho biết, 6 tháng
            # đầu năm 2024, các cấp công đoàn ... . Phong trào thi đua có 612 sáng kiến ...`):
            # the sentences after it that name no period are of that part
            return mark.period
        if (
            mark.kind != "year"
            or self.mark_close[i] >= 0  # (`(năm 2022: 800 sáng kiến)` holds inside only)
            or mark.pos >= min(pos, self.sentence(paragraph)[1])
            or not mark.period.isdigit()
            or not _before_the_reports_now(mark.period, self.doc_period)
            or _COMPARED_IN_CLAUSE.search(self.low, max(paragraph, mark.pos - 40), mark.pos)
            or self._moved_on(i, pos)
        ):
            return None
        return mark.period

    def _moved_on(self, i: int, pos: int) -> bool:
        """A later sentence of the paragraph, before `pos`, tells of the report's own time
        after its first told of an earlier year (`năm 2019 toàn Tập đoàn xảy ra 21 vụ tai nạn
        ... . Trong 5 tháng đầu năm 2020, ... . Ngoài ra, ... trao 7.420 suất quà`; `căn nhà
        cũ dựng từ năm 1998 ... . Ngôi nhà mới được khởi công từ tháng 5/2016`): that year no
        longer frames it."""
        first = self.marks[i]
        end = self.sentence(first.pos)[1]
        # (the report's last year, or the year it was published: `Trong 5 tháng đầu năm 2020`
        # in an item of May 2020 whose period was read as 2019; not a part of the first's year,
        # `Quý IV/2022`, nor an earlier one, `Năm 2021 chỉ xây được 2 nhà`)
        last = f"{self.doc_period} {self.published.year if self.published else ''}"
        for k in range(i + 1, bisect.bisect_left(self.mark_pos, pos)):
            mark = self.marks[k]
            if (
                mark.pos >= end
                and mark.kind in ("year", "quarter", "half")  # (not `hiện có`, a span)
                and _now_again(mark.period[:4], first.period, last)
                and self.mark_close[k] < 0
                and not self._compared_before(k, pos)
            ):
                return True
        return any(
            _now_again(m.group(1), first.period, last)
            for m in _A_MONTHS_DATE.finditer(self.low, end, pos)
        )

    def _year_the_paragraph_before_told(self, paragraph: int) -> str | None:
        """The year the last sentence of the paragraph before `paragraph` (blank lines aside)
        opened on (`Năm 2020, dù chịu ảnh hưởng ...`), when earlier than the report's."""
        end = paragraph - 1
        while end > 0 and not self.low[self.low.rfind("\n", 0, end) + 1 : end].strip():
            end = self.low.rfind("\n", 0, end)  # (past blank lines)
        if end <= 0:
            return None
        return self._year_the_last_sentence_told(self.low.rfind("\n", 0, end) + 1, end)

    def _year_the_last_sentence_told(self, start: int, end: int) -> str | None:
        """The year the last sentence between `start` and `end` opened on, when earlier than
        the report's and telling of that year alone."""
        found = None
        for m in _A_YEAR_OPENING.finditer(self.low, start, end):
            found = m
        if found is None or not self.doc_period[:4].isdigit():
            return None
        year = found.group(1)
        # (the paragraph's last sentence, telling of that year alone: not `Năm 2020, ...; đến
        # năm 2023 đã tăng lên 65 CĐCS`, nor a story's start, `Năm 2019, Công đoàn được thành
        # lập ... Đến nay ...`, `Năm nay, ...`)
        rest = self.low[found.end(1) : end]
        if year >= self.doc_period[:4] or _YEAR.search(rest) or _NOW_SINCE.search(rest):
            return None
        if _THE_REPORTS_YEAR.search(self.low, start, found.start()):
            return None  # (`Năm qua, ... Năm 2020, LĐLĐ thành lập được 6 CĐCS.`: a comparison)
        if _SENTENCE_BREAK.search(rest.rstrip(" .!?…\t")):
            return None
        return year

    def _part_section_period(self, pos: int) -> str | None:
        """`III. RIÊNG QUÝ III/2024` in a report of the nine months of 2024, `2. Quý II/2025`
        in a report of its first half: the section a heading naming a quarter or a half of the
        report's period opens tells of that part."""
        if self._part_sections is None:
            self._part_sections = []
            if self.marks and _has_parts(self.doc_period):
                # (or a line closed by a colon over its items: `... kết quả hoạt động công đoàn
                # 6 tháng đầu năm 2024:` / `- Phát triển mới 210 đoàn viên ...`)
                blocks = headed_sections(self.text, self.low) + _colon_blocks(self.text)
                for start, end, section_end in blocks:
                    i = bisect.bisect_left(self.mark_pos, start)
                    parts = [
                        m.period
                        for m in self.marks[i : bisect.bisect_left(self.mark_pos, end, i)]
                        if m.kind in ("half", "quarter")
                        and _part_of(m.period, self.doc_period)
                        # (not the part compared with: `Kết quả cả năm 2024 (tăng mạnh so với
                        # 6 tháng đầu năm):`)
                        and not _COMPARED_IN_CLAUSE.search(self.low, max(start, m.pos - 40), m.pos)
                    ]
                    if len(set(parts)) == 1:
                        self._part_sections.append((end, section_end, parts[0]))
        for end, section_end, period in self._part_sections:
            if end <= pos < section_end:
                return period
        return None

    def _year_section_period(self, pos: int) -> str | None:
        """`I. KẾT QUẢ THỰC HIỆN NĂM 2023` in the minutes of a conference of 2024, `📌 Kết quả
        năm 2022:` over a post's bullets in January 2023: a heading, or a label line closed by
        a colon over the lines of its block, naming one earlier year (not one compared with)
        tells the year of what its section or block says."""
        if self._year_sections is None:
            self._year_sections = []
            if self.marks and self.doc_period[:4].isdigit():
                blocks = headed_sections(self.text, self.low, _RESULTS_OPENINGS) + _labelled_blocks(
                    self.text
                )
                for start, end, section_end in blocks:
                    i = bisect.bisect_left(self.mark_pos, start)
                    years = [
                        m
                        for m in self.marks[i : bisect.bisect_left(self.mark_pos, end, i)]
                        if m.kind in ("year", "span")
                    ]
                    if (
                        len(years) == 1
                        and (years[0].kind == "year" or "-" in years[0].period)
                        and years[0].period[-4:].isdigit()
                        and years[0].period[-4:] <= self.doc_period[:4]
                        and years[0].period != self.doc_period
                        and (years[0].kind == "span" or years[0].period < self.doc_period[:4])
                        and not _COMPARED_IN_CLAUSE.search(
                            self.low, max(start, years[0].pos - 40), years[0].pos
                        )
                        # (nor passed or started from: `Những con số vượt năm 2022`, `Nhìn lại
                        # chặng đường từ năm 2018`, `Kết quả nổi bật nhất kể từ năm 2022`)
                        and not _PASSED_OR_STARTED.search(self.low, start, years[0].pos)
                        # (no act's number beside it: `2. Thực hiện Quyết định số 6489 năm
                        # 2022 của Tổng Liên đoàn` heads what was done since)
                        and not any(
                            c.isdigit()
                            for c in _YEAR.sub(
                                "", _ENUMERATOR.sub("", self.low[start:end], count=1)
                            )
                        )
                    ):
                        self._year_sections.append((end, section_end, years[0].period))
        # (the innermost: a labelled block inside a section)
        inner = max(
            ((end, period) for end, section_end, period in self._year_sections
             if end <= pos < section_end),
            default=None,
        )  # fmt: skip
        if inner is None:
            return None
        # (an occasion dates its own clause: `Dịp Tết Nguyên đán Giáp Thìn, ...` in a report
        # of 2024's first quarter under `I. KẾT QUẢ NĂM 2023`)
        clause_start, clause_end = self.clause(pos)
        if _OCCASION.search(self.low, clause_start, clause_end):
            return None
        return inner[1]


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_A_YEAR_OPENING = re.compile(r"(?:^|(?<=[.!?] ))(?:trong\s+)?năm\s+((?:19|20)\d\d)\s*,", re.M)
_THE_REPORTS_YEAR = re.compile(r"\b(?:năm qua|năm nay|năm vừa qua|trong năm\s*,)")
_NOW_SINCE = re.compile(r"\b(?:đến nay|hiện nay|năm nay|từ đó|hiện có|hiện đang)\b")
_SENTENCE_BREAK = re.compile(r"[.!?…](?=\s)")
_IN_THE_YEAR = re.compile(r"[ \t]*(?:cũng\s+)?trong\s+năm\s*,")
_SPANS_AND_PARTS = ("span", "relative", "quarter", "half")
_SPAN_POINTED_BACK = re.compile(rf"[ \t]*(?:cũng\s+)?(?:{period_words('spans_pointed_back')})\b")
_PART_OPENING = re.compile(rf"[ \t]*(?:{period_words('part_openings')})\b")
_POINTED_BACK = re.compile(rf"[ \t]*(?:{period_words('pointed_back')})\b\s*,?")
_ENUMERATOR = re.compile(r"^\s*(?:[ivxlc]{1,5}|\d{1,2})(?:\.\d{1,2})*[.)]\s")
_OCCASION = re.compile(r"\btết\b")
# (the line's last sentence: `... lượt đoàn viên. Từ năm 2019 đến nay:` over its list)
# (... its subject and verb after the year too, `Năm 2019, các cấp công đoàn trong ngành đã:`,
# or a span of two years, `Điểm lại năm học 2018 – 2019, Công đoàn trường đã:`)
_LABEL_LINE = re.compile(
    r"(?:^|(?<=[.!?] ))[^\n\d.!?]{0,60}(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?"
    r"[^\n\d.!?]{0,60}:[ \t]*$",
    re.M,
)
# An item of a list: a line opening on a bullet, a dash, a number or a symbol, not a word.
_ITEM_LINE = re.compile(r"\n[ \t]*(?:[-–+*•●○▪►✓✔✅👉📌🔹🔸]|\d{1,2}[.)]|[^\w\s])")


def _labelled_blocks(text: str) -> list[tuple[int, int, int]]:
    """(label start, label end, block end) of every line that names a year and ends with a
    colon, its block the items right under it (`📌 Kết quả năm 2022:` / `• ...` / `• ...`);
    a line of prose, or a blank line, ends it."""
    return [(m.start(), m.end(), _items_under(text, m.end())) for m in _LABEL_LINE.finditer(text)]


def _items_under(text: str, end: int) -> int:
    """Where the items right under a label line ending at `end` end (`end` when none): one
    blank line may stand before the first (a post's `...:` / `` / `🔸 ...`), none between."""
    blank = _BLANK_LINE.match(text, end)
    start = blank.end() - 1 if blank and _ITEM_LINE.match(text, blank.end() - 1) else end
    last = end
    while (item := _ITEM_LINE.match(text, start)) is not None:
        line_end = text.find("\n", item.end())
        start = last = len(text) if line_end < 0 else line_end
    return last


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


_COLON_LINE = re.compile(r"^[^\n]{0,200}:[ \t]*$", re.M)


# A list of plans, not of what was done: `Nhiệm vụ 6 tháng cuối năm 2024:`, `Dự kiến ...:`.
_PLAN_LABEL = re.compile(
    r"(?i)\b(?:nhiệm\s+vụ|phương\s+hướng|kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu|dự\s+kiến|phấn\s+đấu"
    r"|sẽ|cần)\b"
)


def _colon_blocks(text: str) -> list[tuple[int, int, int]]:
    """(line start, line end, block end) of every line closed by a colon with items right
    under it, no list of plans; a line of prose, or a blank line, ends the block."""
    blocks = []
    for m in _COLON_LINE.finditer(text):
        if _PLAN_LABEL.search(m.group(0)):
            continue
        end = _items_under(text, m.end())
        if end > m.end():
            blocks.append((m.start(), m.end(), end))
    return blocks


def _has_parts(period: str) -> bool:
    """A year or a half: a period a report's sections may split into quarters (or halves)."""
    return period.isdigit() or period[4:] in ("-H1", "-H2")


def _part_of(part: str, period: str) -> bool:
    """`2025-Q2` is a part of `2025-H1` and of `2025`; `2025-H2` of `2025`, not of itself."""
    if part == period or part[:4] != period[:4]:
        return False
    if period.isdigit():
        return True
    half = period[4:]
    return part[4:] in (("-Q1", "-Q2") if half == "-H1" else ("-Q3", "-Q4"))


# A digest's item heading: a province, or a province's federation, then a colon and a title
# (`Bắc Giang: Ưu tiên công nhân ở trọ`, `LĐLĐ tỉnh Nghệ An: Trao 500 suất quà`), as a
# Markdown heading, bullet, quote or numbered item too (`## Hà Tĩnh: ...`, `* Hà Tĩnh: ...`), or
# after a star within a line, as crawled digests run their items on (`... Thanh Tâm * LĐLĐ
# tỉnh Kon Tum: ...`).
_ITEM_REST = (
    r"(?:(?:lđlđ|liên đoàn lao động)\s+(?:tỉnh|thành phố|tp\.?)\s+)?([^:\n]{2,30}?)\s*:\s+"
    r"([^\w\n]{0,3}[^\W\d_])?"
)
_ITEM_HEADING = re.compile(
    r"^(?:(?:#{1,6}|>|[-*+•]|\d{1,2}[.)])[ \t]+)?" + _ITEM_REST, re.IGNORECASE | re.MULTILINE
)
_ITEM_AFTER_STAR = re.compile(r" \*[ \t]+" + _ITEM_REST, re.IGNORECASE)  # (led by its literal)


def _province_items(text: str) -> list[tuple[int, int, str]]:
    """Each item of a digest that a province heads, up to the next such heading (two at
    least: one heading is a report's own label, not a digest). A title starts with words: a
    province with a figure after its colon (`Hà Nội: 12 đoàn viên`) is a list's line, the
    label of that figure alone, so its item ends with its line."""
    heads = []
    found = list(at_line_starts(_ITEM_HEADING, text))
    if " * " in text:
        found = sorted([*found, *_ITEM_AFTER_STAR.finditer(text)], key=lambda m: m.start())
    for m in found:
        province = province_of(m.group(1))
        if province is not None and (m.group(2) or m.end() < len(text)):
            line_end = -1 if m.group(2) else text.find("\n", m.start())
            heads.append((m.start(), province.name, len(text) if line_end < 0 else line_end))
    if len(heads) < 2:
        return []
    # headings on lines right after one another are a list's lines, each its own line's label
    # (`Hà Nội: có 7 đoàn viên` / `Bắc Ninh: có 8 đoàn viên`): an item has a body under it
    line_ends = [text.find("\n", start) for start, _, _ in heads]
    listed = set()
    for k in range(len(heads) - 1):
        if line_ends[k] >= 0 and text.find("\n", line_ends[k] + 1, heads[k + 1][0]) < 0:
            listed.update((k, k + 1))
    for k in listed:
        start, name, _ = heads[k]
        heads[k] = (start, name, len(text) if line_ends[k] < 0 else line_ends[k])
    ends = [start for start, _, _ in heads[1:]] + [len(text)]
    return [
        (start, min(end, line_end), name)
        for (start, name, line_end), end in zip(heads, ends, strict=True)
    ]


_IN_ONE_MONTH = re.compile(r"(?:trong|riêng)\s+tháng\s+\d{1,2}(?![\d,.]\d)")
# `9 tháng đầu năm`, `10 tháng năm 2023`, `chín tháng`: a year's first months, not the year.
_PART_YEAR = re.compile(
    r"(?<![\w.,])(?:7|8|9|10|11|bảy|tám|chín|mười|mười một)\s+tháng(?:\s+đầu)?\s+năm\b"
)
_HEADING_LINES, _HEADING_CHARS = 5, 200  # the heading lines where a report says what it covers
# `_PART_YEAR` read from its literal `tháng` back to its count: led by a look-behind and ten
# counts, `re` tried it at every character of the report (0.1 ms of 3 KB; 5 µs this way).
_MONTHS_OF_YEAR = re.compile(r"tháng(?:\s+đầu)?\s+năm\b")
_PART_YEAR_COUNTS = ("7", "8", "9", "10", "11", "bảy", "tám", "chín", "mười", "mười một")


def _part_year_marks(low: str) -> list[int]:
    """Where each `_PART_YEAR` match starts (the same starts as its `finditer`)."""
    starts = []
    for m in _MONTHS_OF_YEAR.finditer(low):
        end = m.start()
        while end > 0 and low[end - 1].isspace():  # `\s+` between the count and `tháng`
            end -= 1
        if end == m.start():
            continue
        for count in _PART_YEAR_COUNTS:
            start = end - len(count)
            if start < 0 or not low.startswith(count, start):
                continue
            before = low[start - 1] if start > 0 else " "
            if not (before.isalnum() or before in "_.,"):  # `(?<![\w.,])`
                starts.append(start)
                break
    return starts


def _bracket_close(low: str, pos: int) -> int:
    """Where the brackets around `pos` close on its line, or -1 when it stands in none."""
    line_start = low.rfind("\n", 0, pos) + 1
    opened = low.rfind("(", line_start, pos)
    if opened < 0 or ")" in low[opened:pos]:
        return -1
    line_end = low.find("\n", pos)
    close = low.find(")", pos, line_end if line_end >= 0 else len(low))
    if close >= 0 and _TIME_NAMED_AGAIN.search(low, max(line_start, opened - 30), opened):
        return -1  # (`Tết năm ngoái (Tết Quý Mão), ... cho 700 người`: the time, named again)
    if close >= 0 and _A_SPAN_ALONE.fullmatch(low, opened + 1, close):
        return -1  # (a span all the bracket says, of what follows it: `sau hơn một năm triển khai
        # (từ tháng 6.2021 đến nay) đã có 1.725.600 sáng kiến`)
    return close


_A_SPAN_ALONE = re.compile(
    r"\s*từ\s+(?:(?:tháng\s+)?\d{1,2}\s*[/.-]\s*|năm\s+)?(?:19|20)\d\d\s*(?:đến|tới)\s+"
    r"(?:nay|hiện\s+nay|(?:năm\s+)?(?:19|20)\d\d)\s*"
)


# A time told relative to now, named again in the brackets right after it
_TIME_NAMED_AGAIN = re.compile(rf"\b(?:{period_words('named_again_before')})\s*$")


def _states_part_year(line: str) -> bool:
    """A heading line that says the report covers a year's first months (`Kết quả hoạt động
    công đoàn 9 tháng đầu năm 2023`): short, and no figure but the months and the year."""
    if len(line) > _HEADING_CHARS or not _PART_YEAR.search(line):
        return False
    rest = _YEAR_WORD.sub("", _PART_YEAR.sub("", line))
    return not any(c.isdigit() for c in rest)


_YEAR_WORD = re.compile(r"(?:19|20)\d{2}")
_PAST_YEAR = re.compile(r"(?<!\w)năm qua(?!\w)")


def _past_year_marks(
    low: str, marks: list[PeriodMark], doc_period: str, published: dt.date
) -> list[PeriodMark]:
    """`Trong năm qua, ...` in a news item published in May 2013: the twelve months before
    it, 2012-2013, as the real gold counts relative periods back from publication. A year's
    report written in the months after it (January), or late in it (December), means that
    year: no mark."""
    year = period_year(doc_period)
    if (
        year is None
        or published.year != year
        or months_after(year - 1, published) <= (WRITTEN_AFTER_MONTHS)
        or published.month >= YEAR_NEARLY_DONE_MONTH
    ):
        return marks
    added = [
        PeriodMark(m.start(), f"{year - 1}-{year}", "relative")
        for m in _PAST_YEAR.finditer(low)
        if not _COUNT_BEFORE_PAST.search(low, max(0, m.start() - 8), m.start())
    ]
    return sorted([*marks, *added], key=lambda mark: mark.pos) if added else marks


# `5 năm qua`, `Ba mươi năm qua`: a span; `nửa năm qua`: the half of the report
_COUNT_BEFORE_PAST = re.compile(
    r"(?:\d|(?<!\w)(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|lăm|nửa)|mươi\s+(?:tư|mốt))\s+$"
)


# `cùng kỳ năm 2022`, `so với nhiệm kỳ 2013 - 2018`: a period compared with (also the bare
# comparatives: `gấp đôi năm 2023 (60 suất)`, `nhiều hơn năm 2021 là 40 người`; an occasion's
# name between: `cao hơn Tết Ất Tỵ 2025`, `so với Tết Nguyên đán Giáp Thìn 2024`)
_COMPARED_MARK = re.compile(rf"(?:cùng\s+kỳ|so\s+với|{BARE_COMPARATIVE})\s+(?:{TET_NAMED})?$")
_COMPARED_MARK_REACH = 40  # characters before a mark its comparative may take
_RESULTS_OPENINGS = period_phrases("results_openings")
_PASSED_OR_STARTED = re.compile(
    r"\b(?:vượt|vượt\s+mốc|nhân\s+đôi|từ|kể\s+từ|sau)\s+(?:\w+\s+){0,3}$"
)
_SAME_PART_OPENS = re.compile(rf"\s*{SAME_PART_LEAD}(cùng\s+k[ỳì])\s+")
# `..., khi công đoàn ba địa phương chăm lo cho 985.000 lượt người`: past its comma, the
# comparison tells of that time still
_THEN = re.compile(r"\s*khi\b")
# ... or anywhere in its clause before it (`tăng 5,8% so 6 tháng năm 2018`)
_COMPARED_IN_CLAUSE = re.compile(rf"\b(?:so|cùng\s+kỳ|gấp)\b[^.;]*$|(?:{BARE_COMPARATIVE})\s+$")
_FIGURE_YEAR_GAP = 30  # characters between a figure and its year in brackets (noun, unit)
_PART_OPENS_REACH = 80  # characters into a paragraph a part of the year may open it after a lead-in
_ACCORDING_TO = re.compile(r"\btheo\b")
_PART_PARAGRAPH_REACH = 1500  # characters after a part opening a paragraph it dates
_THE_WHOLE_YEAR = re.compile(rf"\b(?:{period_words('whole_year_words')})\b")
_YEAR_IN_BRACKETS = re.compile(r"\(\s*(?:năm\s+)?((?:19|20)\d{2})\s*\)")
# `từ 3.210 người năm 2022 tăng lên 3.488 người năm 2023`: each end of a change has its year
# (the space before `năm` looked back at from after it: led by a look-behind, `re` tried the
# pattern at every character). Searched with the brackets' by `each_match`: neither holds
# the other's first word.
_CHANGE = period_words("change_words")
_YEAR_OF_A_CHANGE = re.compile(
    rf"năm(?<=\snăm)\s+((?:19|20)\d{{2}})(?=\s+(?:{_CHANGE}|đến|tới)\b|\s*[.;]|\s*$)"
)
_COMPARED = re.compile(r"so\s+với|cùng\s+kỳ|đến|tới|từ|trước|sau")
_TERMS_START_OF_A_CHANGE = re.compile(rf"(?:{period_words('term_starts')})(?=\s+(?:{_CHANGE})\b)")
# `so với năm 2022 (8,8 triệu)`, `cùng kỳ năm 2024 (kết nạp 131 ...`: the bracket's figure is
# that year's (group 1: the same part of it).
_YEAR_BRACKET_BEFORE = re.compile(
    # (not a span's last year: `nhiệm kỳ 2018-2023 (kết nạp ...)`)
    r"(cùng\s+kỳ\s+)?(?:năm\s+)?(?<![\d][-–])(?<![\d] [-–] )(?<![\d][-–] )(?<![\d] [-–])"
    r"(?<!\d đến )(?<!\d tới )(?<!\d đến năm )(?<!\d tới năm )(?<!đến hết năm )(?<!tới hết năm )"
    r"((?:19|20)\d{2})\s*\((?:\s*[^\W\d]+){0,3}\s*$"
    r"|(cùng\s+kỳ\s+)?(?<!đầu )(?<!cuối )(?<!quý i )(?<!quý ii )(?<!quý iii )(?<!quý iv )"
    r"(?<!quý 1 )(?<!quý 2 )(?<!quý 3 )(?<!quý 4 )"
    r"năm\s+((?:19|20)\d{2})\s*(?:là|:)\s*$"  # `so với năm 2023 là 1.090`
    # (not a part's: `6 tháng đầu năm 2023: 14 lớp`, `quý I năm 2024: 5 lớp`)
)


_NOW_IN_BRACKET = re.compile(rf"\b(?:{period_words('now_in_bracket')})\b")
_PARTS_OPEN = re.compile(rf"\s*(?:{period_words('parts_open')})\b")
# A founding's words right before a year (`thành lập năm 1995 (...)`): the periods' own
_FOUNDING_YEAR_BEFORE = re.compile(rf"(?:{ORIGIN})(?:\s+(?:từ|vào))?\s+$")


def _open_bracket(low: str, pos: int) -> int:
    """Where the bracket still open at `pos` opened, within its line's last 160 characters,
    or -1."""
    lo = max(0, pos - 160, low.rfind("\n", 0, pos))
    opened = low.rfind("(", lo, pos)
    return opened if opened >= 0 and ")" not in low[opened:pos] else -1


def _year_bracket_before(low: str, pos: int) -> re.Match[str] | None:
    """`_YEAR_BRACKET_BEFORE.search` in the 40 characters before `pos`, tried only when a `(`
    stands there or `là`, `:` ends them (spaces aside), as each alternative needs: led by
    an optional word, the search was tried at each of the 40 before every figure."""
    lo = max(0, pos - 40)
    end = pos
    while end > lo and low[end - 1].isspace():
        end -= 1
    if low.find("(", lo, pos) < 0 and not low.endswith(("là", ":"), lo, end):
        return None
    return _YEAR_BRACKET_BEFORE.search(low, lo, pos)


def _figure_years(
    low: str, marks: list[PeriodMark], doc_period: str = "", published: dt.date | None = None
) -> tuple[list[PeriodMark], list[tuple[int, str]]]:
    """Split off the years written in brackets right after a figure (`4,8 triệu đồng (năm
    2018) lên 6,9 triệu đồng (năm 2023)`): each dates its own figure, and none is the
    period of the figures after it."""
    years = []
    for m in each_match((_YEAR_IN_BRACKETS, _YEAR_OF_A_CHANGE), low):
        change = m.re is _YEAR_OF_A_CHANGE
        before = low[max(0, m.start() - _FIGURE_YEAR_GAP) : m.start()]
        last_digit = max((i for i, c in enumerate(before) if c.isdigit()), default=-1)
        if change and _COMPARED.search(before, last_digit + 1):
            continue  # `tăng 20% so với năm 2022`: a year compared with, not the figure's
        if change and "," in before[last_digit + 1 :]:
            continue  # `năm 2022 là 96, năm 2023 tăng lên 101`: the year opens the next clause
        if any(c.isdigit() for c in before) and not any(c in ".;!?\n" for c in before[-3:]):
            years.append((m.start(), m.group(1)))
    inside = {start + low[start:].index(year) for start, year in years}
    inside |= {p - len("năm ") for p in inside}
    for start, year in gifts_of_a_tet(low, doc_period, published):
        # (the Tết the gifts counted right before are for, its mark left to what follows)
        before = low[max(0, start - _FIGURE_YEAR_GAP) : start]
        last_digit = max((i for i, c in enumerate(before) if c.isdigit()), default=-1)
        if last_digit >= 0 and not any(c in ".;!?\n" for c in before[last_digit:]):
            years.append((start, year))
    # ... and the start of a term closing a figure's end of a change (`giảm từ 74 CĐCS đầu
    # nhiệm kỳ xuống còn 61 CĐCS`): the first figure's, the second the term's end; in a report
    # of that term, whose first year it is (not one counted back from a year's report)
    term = re.fullmatch(r"((?:19|20)\d\d)-(?:19|20)\d\d", doc_period)
    for mark in marks:
        if (
            term is not None
            and mark.kind == "year"
            and mark.period == term.group(1)
            and _TERMS_START_OF_A_CHANGE.match(low, mark.pos)
        ):
            before = low[max(0, mark.pos - _FIGURE_YEAR_GAP) : mark.pos]
            last_digit = max((i for i, c in enumerate(before) if c.isdigit()), default=-1)
            if ";" in before[last_digit + 1 :] or _COMPARED.search(before, last_digit + 1):
                continue  # (`258.920 CNVCLĐ; so với đầu nhiệm kỳ tăng ...`: a start compared with)
            if last_digit >= 0 and not any(c in ".;!?\n" for c in before[-3:]):
                years.append((mark.pos, mark.period))
                inside.add(mark.pos)
    if not years:
        return marks, years
    years.sort()
    return [m for m in marks if m.pos not in inside], years


_TITLE_WITHIN = 1500  # characters of a page's chrome (menus, tickers, dates) before its title


def _title_span(text: str, title: str | None) -> tuple[int, int]:
    """The headline line: the title the metadata read where it stands as a line of its own
    (a page's title comes after its chrome), else the first line when it reads as one."""
    if title and len(title) <= 250 and not title.rstrip().endswith((".", ":")):
        start = text.find(title, 0, _TITLE_WITHIN + len(title))
        end = start + len(title)
        if start >= 0 and text.startswith("\n", end) and (start == 0 or text[start - 1] == "\n"):
            return start, end
    return 0, _title_end(text)


def _title_end(text: str) -> int:
    """The end of the first line when it reads as a headline: short, more text after it."""
    first = text.find("\n")
    if first <= 0 or first > 250 or not text[first:].strip():
        return 0
    line = text[:first].rstrip()
    return 0 if line.endswith((".", ":")) else first


def _item_leads(
    text: str, sentences: list[int], items: list[tuple[int, int, str]]
) -> list[tuple[int, int, int]]:
    """The first sentence of each item a body or province heads (`LĐLĐ tỉnh Sóc Trăng: Kết
    nạp gần 1.900 đoàn viên mới. ...`), a text that is one such item included: a digest
    titles its items so, and the item's body then states the figure in full."""
    spans = [(start, end) for start, end, _ in items]
    if not spans:
        m = _ITEM_HEADING.match(text)
        if m is None or m.group(2) is None or province_of(m.group(1)) is None:
            return []
        spans = [(0, len(text))]
    leads = []
    for start, end in spans:
        i = bisect.bisect_right(sentences, start)
        if i < len(sentences) and sentences[i] < end:
            leads.append((start, sentences[i], end))
    return leads


def _lead_after_title(
    text: str, sentences: list[int], title_end: int
) -> list[tuple[int, int, int]]:
    """A news item's lead, its first sentence of words under the headline (a stamp's line
    passed over): its hedged figure, stated in full later, is the body's told in short (`Với
    hơn 3.400 lao động, ...` over `Hiện công ty có 3.420 lao động`)."""
    start = title_end
    for end in sentences[bisect.bisect_right(sentences, title_end) :]:
        if len(text[start:end].split()) >= _LEAD_WORDS:
            return [(start, end, len(text))]
        start = end
    return []


_LEAD_WORDS = 8
_LEAD_CHARS = 600  # how far past the headline a report's lead is read for its body
_GUEST_BEFORE = re.compile(r"(?:tham\s+dự|dự\s+có|chứng\s+kiến)[^.;\n]{0,20}$")
# A page's date line: a few words (a paper's mark, a weekday) round a date and a time.
_DATE_LINE = re.compile(
    r"[^\n\d]{0,30}\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}[^\n]{0,25}"
)


def ellipsis_goes_on(text: str, k: int) -> bool:
    """The mark at `k` belongs to an ellipsis (`…`, `...`) that closes a list the sentence goes
    on after in lower case: no sentence's end, no stop."""
    i = j = k
    while i > 0 and text[i - 1] in ".…" and k - i < _ELLIPSIS_LONGEST:
        i -= 1
    while j < len(text) and text[j] in ".…" and j - k < _ELLIPSIS_LONGEST:
        j += 1
    if (i > 0 and text[i - 1] in ".…") or (j < len(text) and text[j] in ".…"):
        return False  # (a leader of dots, `Đoàn viên ........ 1.250`, is no ellipsis)
    return (text[i:j] == "…" or j - i >= 3) and _GOES_ON.match(text, j) is not None


def _after_an_initial(text: str, end: int) -> bool:
    """A full stop after a name's initial (one capital letter alone), the sentence going on in
    lower case or in brackets: `Nguyễn Thị H. làm nhà`, `Trần Thị H. (Công ty May) xây nhà`."""
    before = text[max(0, end - 40) : end - 2].split()[-2:]
    return (
        end >= 2
        and text[end - 2].isupper()
        and (end < 3 or not text[end - 3].isalnum())
        # (after a person's names, not `quý I.`, `Khu B.`: two, or a family name `Lê H.`)
        and (
            (len(before) == 2 and all(w[:1].isupper() and w.isalpha() for w in before))
            or (bool(before) and before[-1].lower() in org_words().family_names)
        )
        and (_GOES_ON.match(text, end) is not None or _BRACKET_GOES_ON.match(text, end) is not None)
    )


_BRACKET_GOES_ON = re.compile(r"[ \t]+\(")  # `Trần Thị H. (Công ty May Hà Tĩnh) xây nhà`


def _sentence_ends(text: str) -> list[int]:
    """Sentence ends; a line break right after a full stop ends the same sentence."""
    ends: list[int] = []
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if text[end - 1] in ".…" and ellipsis_goes_on(text, end - 1):
            continue  # (`800 công nhân khu công nghiệp, khu chế xuất... được LĐLĐ tặng quà`)
        if text[end - 1] == "." and _after_an_initial(text, end):
            continue  # (`hỗ trợ đoàn viên Nguyễn Thị H. làm nhà`)
        # only a line break can end blank text (the other marks are not spaces)
        if ends and text[end - 1] == "\n" and not text[ends[-1] : end].strip():
            ends[-1] = end
        else:
            ends.append(end)
    return ends


_LABEL_MARKS = " \t-–+•*▪·"  # a list's marks before a label opening its line
_NOW_OPENS = re.compile(rf"[ \t]*(?:riêng\s+)?(?:{period_words('now_openings')})\b")
_A_MONTHS_DATE = re.compile(r"\btháng[ \t]+\d{1,2}[/.-]((?:19|20)\d\d)(?!\d)")
_MONTHS_BEFORE_A_YEAR = re.compile(r"\d{1,2}[ \t]+tháng[ \t]+(?:đầu[ \t]+|cuối[ \t]+)?$")
# (`5 năm 2016 - 2020`: the mark opens on `năm`, its count before it)
_COUNT_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}[ \t]+$")
_LABEL_COLON = re.compile(r"[^\n:.;]{0,25}:")  # the label's own words, then its colon


def _now_again(year: str, first: str, told: str) -> bool:
    """`year` is later than `first` and the last of those told (the report's, the year it was
    published): a story back at its own time after a year of its past."""
    return first[:4] < year == max(re.findall(r"(?:19|20)\d\d", told), default="")


def _before_the_reports_now(year: str, doc_period: str) -> bool:
    """A year earlier than the report's, or up to the end of the span a multi-year report
    covers (`Năm 2021 là năm đặc biệt khó khăn ...` in a review of 1992-2022)."""
    years = re.findall(r"(?:19|20)\d\d", doc_period)
    if len(years) == 2 and years[0] < years[1]:
        return year <= years[1]
    return bool(years) and year < years[0]
