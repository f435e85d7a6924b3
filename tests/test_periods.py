"""Period marks: the patterns searched one alternative at a time find what their alternation
finds."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionstats.extract import extract
from unionstats.layout import (
    _YEAR_BRACKET_BEFORE,
    _YEAR_IN_BRACKETS,
    _YEAR_OF_A_CHANGE,
    _year_bracket_before,
)
from unionstats.periods import (
    _AS_OF,
    _AS_OF_RES,
    _COUNT_BEFORE,
    _DATE_SPAN,
    _LAST_YEAR_WAS,
    _NOW_RES,
    _YEAR_RANGE,
    _count_before,
    _date_span_starts,
    _last_year_was,
    _named_before_brackets,
    _year_ranges,
    document_period,
    find_marks,
)
from unionstats.scoring import _RESTATES_RATE, _restates_rate
from unionstats.wordsearch import at_starts, each_match

PERIOD_TEXT = st.lists(
    st.sampled_from(
        [
            "đến ",
            "tới ",
            "đến 31/12/2023",
            "tới tháng 6/2023",
            "đến hết ngày 30.6.2024",
            "đến cuối năm 2023",
            "tới cuối nhiệm kỳ",
            "đến nay",
            "tới nay",
            "hiện nay",
            "hiện có",
            "hiện ",
            ". hiện LĐLĐ",
            "; hiện",
            "nhiệm kỳ",
            "2023",
            "31",
            "/",
            ".",
            ",",
            " ",
            "  ",
            "\n",
            "x",
            "năm ",
        ]
    ),
    max_size=12,
).map("".join)


def _spans(matches: list[re.Match[str]]) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups()) for m in matches]


@settings(max_examples=1500)
@given(PERIOD_TEXT)
def test_each_finds_what_the_alternation_finds(text: str) -> None:
    as_of = re.compile("(?:đến|tới)" + _AS_OF)
    now = re.compile("|".join(p.pattern for p in _NOW_RES))
    assert _spans(each_match(_AS_OF_RES, text)) == _spans(list(as_of.finditer(text)))
    assert _spans(each_match(_NOW_RES, text)) == _spans(list(now.finditer(text)))


YEAR_TEXT = st.lists(
    st.sampled_from(
        [
            "(năm 2023)",
            "( 2022 )",
            "(2021",
            "năm 2023",
            " năm 2022",
            " năm 2024 tăng",
            "năm 2020.",
            " năm 2019;",
            "4,8 triệu",
            "(",
            ")",
            " ",
            "\n",
            "x",
            "năm",
            "2023",
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=1000)
@given(YEAR_TEXT)
def test_figure_years_found_as_with_the_alternation(text: str) -> None:
    both = re.compile(f"{_YEAR_IN_BRACKETS.pattern}|{_YEAR_OF_A_CHANGE.pattern}")
    expected = [(m.span(), m.group(1) or m.group(2)) for m in both.finditer(text)]
    found = each_match((_YEAR_IN_BRACKETS, _YEAR_OF_A_CHANGE), text)
    assert [(m.span(), m.group(1)) for m in found] == expected


# The searches as written before they were led by a literal (or read back from one).
_DATE_SPAN_AS_WRITTEN = re.compile(
    r"(?<!\d)(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*((?:19|20)\d{2}))?\s*(?:[-–—]|đến|tới)\s*"
    r"(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*((?:19|20)\d{2})(?!\d)"
)
# (the pattern as the module writes it, with `cùng kỳ` before it as one pattern)
_LAST_YEAR_WAS_AS_WRITTEN = re.compile(r"(?:cùng\s+kỳ\s+)?" + _LAST_YEAR_WAS.pattern)
_NAMED_BEFORE_AS_WRITTEN = re.compile(
    r"(?:cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái))?|năm\s+(?:trước|ngoái))\s*\("
)

COMPARED_TEXT = st.lists(
    st.sampled_from(
        [
            "1/7",
            "01/01 ",
            "123/4",
            "31/12/2025",
            "30/6/2024",
            " / ",
            "/",
            " - ",
            "–",
            "đến ",
            "tới ngày ",
            "2024",
            "7",
            "1",
            "cùng kỳ ",
            "cùng  kỳ\n",
            "cùng",
            "kỳ",
            "cùngkỳ ",
            "kỳnăm trước là",
            "trước",
            "năm trước",
            "năm ngoái",
            "năm",
            " trước",
            " là",
            " đạt",
            " chỉ có",
            ":",
            "có",
            "(",
            " (",
            ")",
            " ",
            "\u3000",
            "\n",
            "x",
            "٣",
        ]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=2000)
@given(COMPARED_TEXT)
def test_searches_led_by_a_literal_find_what_the_patterns_found(text: str) -> None:
    """A date span tried only before a `/`, the year before read back from `năm`, the words
    before a bracket read back from it: the same matches as the patterns as written."""
    _same_date_spans(text)
    assert _last_year_was(text) == [m.start() for m in _LAST_YEAR_WAS_AS_WRITTEN.finditer(text)]
    assert _named_before_brackets(text) == [
        m.end() for m in _NAMED_BEFORE_AS_WRITTEN.finditer(text)
    ]


_DIGITS = st.sampled_from(["1", "07", "31", "123", "٣", "x", ""])
_GAP = st.sampled_from(["", " ", "  ", "\n", "x"])
# A date span's slots, each filled with what fits it or with what breaks it.
DATE_TEXT = st.lists(
    st.tuples(
        st.sampled_from(["", "9", "x", "/", " "]),
        _DIGITS,
        _GAP,
        st.sampled_from(["/", "-", ""]),
        _GAP,
        _DIGITS,
        st.sampled_from(["", "/2025", " / 2024", "/25", "/20255"]),
        _GAP,
        st.sampled_from(["-", "–", "đến", "tới", "x", ""]),
        _GAP,
        st.sampled_from(["", "ngày ", "ngày"]),
        _DIGITS,
        st.sampled_from(["/", " /", "."]),
        _DIGITS,
        st.sampled_from(["/2025", " / 2024", "/1999", "/2025", "/20255", ""]),
    ).map("".join),
    min_size=1,
    max_size=3,
).map("".join)


def _same_date_spans(text: str) -> None:
    spans = at_starts(_DATE_SPAN, text, _date_span_starts(text))
    assert _spans(list(spans)) == _spans(list(_DATE_SPAN_AS_WRITTEN.finditer(text)))


@settings(max_examples=3000)
@given(DATE_TEXT)
def test_date_spans_tried_before_a_slash_only(text: str) -> None:
    _same_date_spans(text)


WINDOW_TEXT = st.lists(
    st.sampled_from(
        [
            "năm",
            " năm",
            "5 ",
            "12",
            "trong ",
            "sơ kết ",
            "hai mươi ",
            "mười lăm",
            "hai",
            "xhai ",
            "cùng kỳ ",
            "2023 ",
            "(",
            " (kết nạp ",
            "là",
            " là ",
            ":",
            "76%",
            " % ",
            "3,5% (",
            "năm 2023 (",
            "năm 2024 là ",
            "\n",
            " ",
            "  ",
            "x",
            "٣ ",
        ]
    ),
    max_size=14,
).map("".join)


def _found(m: re.Match[str] | None) -> object:
    return None if m is None else (m.span(), m.groups())


@settings(max_examples=1500)
@given(WINDOW_TEXT)
def test_window_searches_tried_only_where_they_can_match(text: str) -> None:
    """A count before `năm`, a year and bracket before a figure: searched only when the end
    of the window allows, with the same answer at every position."""
    for pos in range(len(text) + 1):
        expected = _COUNT_BEFORE.search(text, max(0, pos - 22), pos)
        assert _found(_count_before(text, pos)) == _found(expected)
        expected = _YEAR_BRACKET_BEFORE.search(text, max(0, pos - 40), pos)
        assert _found(_year_bracket_before(text, pos)) == _found(expected)
        for lo in range(max(0, pos - 12), pos + 1):
            expected_rate = _RESTATES_RATE.search(text, lo, pos) is not None
            assert _restates_rate(text, lo, pos) == expected_rate


RANGE_TEXT = st.lists(
    st.sampled_from(
        ["2018", "2023", "1999", "12019", "20", "19", "-", "–", " - ", "  ", "\n", "x", "١"]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=2000)
@given(RANGE_TEXT)
def test_year_ranges_tried_only_before_a_dash(text: str) -> None:
    assert _spans(list(_year_ranges(text))) == _spans(list(_YEAR_RANGE.finditer(text)))


def test_this_year_of_a_news_item_is_its_publications_not_a_year_its_body_recalls() -> None:
    """`Năm nay` in the lead of an item of 18/10/2023 is 2023, though its body names only 2022:
    a year compared with (`cùng kỳ năm 2022`) is not one it tells of, and a year's background
    told once restates nothing (blind probe 9y); a body telling of 2023 twice does (hostile
    round 51: every figure of an item of March 2024 was 2023's)."""
    head = (
        "Công đoàn Công ty May Hòa Bình: chỗ dựa của công nhân\n\n18/10/2023 - 07:15\n"
        "(LĐ) - Năm nay, đơn hàng của nhiều xưởng may sụt giảm mạnh.\n"
    )
    body = head + (
        "Từ đầu năm đến nay, công đoàn đã thăm hỏi 120 lượt đoàn viên, giảm so với cùng kỳ năm "
        "2022. Năm 2022, công nhân có 15 sáng kiến được áp dụng.\n"
    )
    assert document_period(head, body, 2023, opening=body, published_month=10) == "2023"
    told = head + "Năm 2022, công đoàn thăm hỏi 420 lượt. Cũng trong năm 2022, kết nạp 350.\n"
    assert document_period(head, told, 2023, opening=told, published_month=10) == "2022"


def test_this_year_opening_a_line_after_a_figure_is_this_year() -> None:
    """A date line's last digit is no count of years before a line's `Năm nay` (`5 năm nay`
    is: these five years)."""
    assert [(m.period, m.kind) for m in find_marks("07:15\nnăm nay, kết nạp 5 người.", "2023")] == [
        ("2023", "year")
    ]
    assert all(m.kind != "year" for m in find_marks("trong 5 năm nay, kết nạp 5 người.", "2023"))


@pytest.mark.parametrize(
    ("doc_period", "published", "period"),
    [
        ("2021-2023", dt.date(2024, 4, 25), "2024-Q1"),
        ("2021-2023", dt.date(2024, 2, 10), "2023-Q1"),
        ("2021-2023", None, "2023-Q1"),
        # a report of one year posted late speaks of its own (hostile round 51)
        ("2023", dt.date(2024, 4, 10), "2023-Q1"),
    ],
)
def test_a_quarter_of_this_year_is_of_the_year_of_publication(
    doc_period: str, published: dt.date | None, period: str
) -> None:
    """`Quý I năm nay` in an item of April 2024 that looks back at 2021–2023 is 2024's first
    quarter; early in the year, or undated, the report's own year (blind probe 9y)."""
    text = (
        "Trong 3 năm 2021 – 2023, Công đoàn ngành đã kết nạp 900 đoàn viên. Quý I năm nay, "
        "Công đoàn ngành tổ chức 2 lớp tập huấn."
    )
    observations, _ = extract("t", text, doc_period, published=published)
    assert [(o.value, o.period) for o in observations if o.indicator == "training_courses"] == [
        (2, period)
    ]


def test_a_year_the_lead_measures_now_against_is_not_the_items_period() -> None:
    """`Nếu năm 2019 công đoàn chỉ có 5.200 đoàn viên thì đến nay ... 8.900`: a news item of
    2024 tells of now; the baseline's year was read as its period."""
    from unionstats.periods import document_period

    head = (
        "Từ 5.200 lên 8.900 đoàn viên\nNếu năm 2019 Công đoàn Công ty A chỉ có 5.200 đoàn viên "
        "thì đến nay con số này đã là 8.900 người."
    )
    assert document_period(head, head, 2024, opening=head, published_month=11) == "2024"
    # ... whatever year the next sentence names
    more = (
        "Công đoàn huyện: nỗ lực phát triển đoàn viên\nNếu vào đầu năm 2020 toàn huyện mới có 30 "
        "CĐCS, thì nay đã có 50 CĐCS. Năm 2019 huyện kết nạp 300 đoàn viên."
    )
    assert document_period(more, more, 2024, opening=more, published_month=3) == "2024"
    # (a year the lead tells of stays its period)
    told = head.replace("Nếu năm 2019", "Năm 2019,").replace(" thì đến nay", ", và")
    assert document_period(told, told, 2024, opening=told, published_month=11) == "2019"


# Mined round 24b: terms were shortened to align them (`nhiệm kỳ 2023-2025` closed by the
# 2025-2030 congress; `Nhiệm kỳ 2017 - 2023`); the closed term reckoned as long as the new one
# (2020-2025, 2018-2023) was no term the report spoke of.
@pytest.mark.parametrize(
    ("body", "period"),
    [
        ("Trong nhiệm kỳ 2023-2025, công đoàn kết nạp 412 đoàn viên.", "2023-2025"),
        ("Nhiệm kỳ 2017 – 2025, công đoàn kết nạp 412 đoàn viên.", "2020-2025"),  # (too long)
        ("Trong nhiệm kỳ qua, công đoàn kết nạp 412 đoàn viên.", "2020-2025"),
    ],
)
def test_a_congress_closes_the_term_the_report_names(body: str, period: str) -> None:
    from unionstats.periods import document_period

    head = "Đại hội Công đoàn Công ty Cao su Lộc Ninh lần thứ VI, nhiệm kỳ 2025 - 2030\n"
    text = head + body
    assert document_period(head, text, 2025, opening=text, published_month=11) == period


# Probe 9k: an undated report on a term's resolution that also names the next term goes to
# the congress closing it: the whole term, not its first year.
def test_a_terms_review_for_the_next_congress_is_of_the_whole_term() -> None:
    from unionstats.periods import document_period

    head = (
        "BÁO CÁO\nKết quả thực hiện Nghị quyết Đại hội Công đoàn huyện lần thứ IX, nhiệm kỳ "
        "2018 - 2023;\nphương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2023 - 2028\n"
    )
    assert document_period(head, head, None, opening=head) == "2018-2023"
    alone = "BÁO CÁO\nKết quả thực hiện Nghị quyết Đại hội Công đoàn huyện, nhiệm kỳ 2018 - 2023\n"
    assert document_period(alone, alone, None, opening=alone) == "2018"


# Hostile round 37: a review of a term's first years reaches only them.
def test_an_undated_appendix_of_a_terms_results_runs_to_the_day_it_was_written() -> None:
    """Blind probe 9x: an appendix of a term's results, dated only under its heading (`Kèm
    theo Báo cáo chính trị trình Đại hội lần thứ VI, ngày 14/6/2023`), covers the term to
    then, not its first year."""
    head = (
        "PHỤ LỤC\nKẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI CÔNG ĐOÀN NGÀNH Y TẾ TỈNH "
        "LẦN THỨ IV, NHIỆM KỲ 2017 - 2022\n(Kèm theo Báo cáo chính trị trình Đại hội lần thứ V, "
        "ngày 20/7/2022)\n"
    )
    assert document_period(head, head, None, opening=head) == "2017-2022"
    # ... not the day of a decision it cites (hostile round 55)
    cited = head.replace(
        "(Kèm theo Báo cáo chính trị trình Đại hội lần thứ V, ngày 20/7/2022)",
        "(Các chỉ tiêu giao tại Quyết định số 210/QĐ-LĐLĐ ngày 12/4/2019)",
    )
    assert document_period(cited, cited, None, opening=cited) == "2017"


def test_a_review_of_a_terms_first_years() -> None:
    from unionstats.periods import document_period

    head = (
        "Kết quả 2 năm thực hiện Nghị quyết Đại hội Công đoàn tỉnh lần thứ XIV, nhiệm kỳ "
        "2023 - 2028, định hướng nhiệm kỳ 2028 - 2033\n"
    )
    assert document_period(head, head, None, opening=head) == "2023-2025"


@pytest.mark.parametrize(
    ("head", "period"),
    [
        # the plan's year named alone: the conference reviews the year before it
        (
            "LĐLĐ huyện Ý Yên triển khai nhiệm vụ năm 2025\nSáng 9/1, LĐLĐ huyện tổ chức hội nghị.",
            "2024",
        ),
        # named beside the year reviewed: that year
        (
            "Công đoàn ngành Xây dựng triển khai nhiệm vụ năm 2025\nNgày 9/1, Công đoàn ngành tổ "
            "chức tổng kết hoạt động năm 2024, triển khai phương hướng, nhiệm vụ năm 2025.",
            "2024",
        ),
        # ... nor the coming plan's year beside the review (hostile round 42)
        (
            "LĐLĐ huyện Ý Yên\nBáo cáo kết quả công tác công đoàn và kế hoạch năm 2025\nTrong năm, LĐLĐ huyện kết nạp 640 đoàn viên.",
            "2024",
        ),
        # a plan's year that the report reviews is its period (hostile round 41)
        (
            "LĐLĐ huyện Ý Yên\nKết quả thực hiện kế hoạch năm 2025\nTrong năm, LĐLĐ huyện ...",
            "2025",
        ),
    ],
)
def test_a_year_named_as_the_plans_is_not_the_period_reviewed(head: str, period: str) -> None:
    """`triển khai nhiệm vụ năm 2023` in a January headline was read as the report's period
    (mined round 15): its figures of `Năm qua` were dated 2023."""
    assert document_period(head, head, 2025, opening=head, published_month=1) == period


def test_from_the_terms_start_is_the_term_the_report_names() -> None:
    """`từ đầu nhiệm kỳ đến nay` in the report of 2024 that names `nhiệm kỳ 2023 - 2028`: 2023 to
    2024, not the five years to 2024 (probe 9l)."""
    from unionstats.periods import find_marks

    text = (
        "Thực hiện Nghị quyết Đại hội lần thứ XI, nhiệm kỳ 2023 - 2028, từ đầu nhiệm kỳ đến nay "
        "đã kết nạp 1.236 đoàn viên."
    )
    assert [m.period for m in find_marks(text, "2024") if m.kind == "relative"] == ["2023-2024"]
    alone = "Từ đầu nhiệm kỳ đến nay đã kết nạp 1.236 đoàn viên."
    assert [m.period for m in find_marks(alone, "2024") if m.kind == "relative"] == ["2019-2024"]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("dịp tết nguyên đán kỷ hợi, công đoàn ngành trao 140 suất quà", "2019"),
        ("chăm lo tết giáp thìn cho đoàn viên", "2024"),
        ("quà tết quý mẹo", "2023"),
    ],
)
def test_a_tet_named_by_its_stem_and_branch_is_its_year(text: str, year: str) -> None:
    """`Tết Nguyên đán Kỷ Hợi` dates what it tells of as `Tết ... 2019` would (mined round 17:
    the period was left empty)."""
    from unionstats.periods import find_marks

    assert [m.period for m in find_marks(text, None)] == [year]
    # in a report of that very year it says no more than the report (a half-year's Tết keeps
    # the half-year)
    assert [m.period for m in find_marks(text, f"{year}-H1")] == []
    # ... nor does another cycle's (`Tổng tiến công và nổi dậy Tết Mậu Thân`: 1968's)
    assert [m.period for m in find_marks(text, str(int(year) - 10))] == []


def test_an_undated_item_covers_a_span_to_a_month_written_with_a_dot() -> None:
    """`Từ năm 2011 đến tháng 6.2016` in an item with no date: the span to that month's year,
    not its first year (the month's year is the latest the item names)."""
    head = (
        "Hàng nghìn quần chúng ưu tú đứng vào hàng ngũ của Đảng\n"
        "Từ năm 2011 đến tháng 6.2016, công đoàn các cấp giới thiệu cho Đảng 9.430 quần chúng."
    )
    assert document_period(head, head, None, opening=head) == "2011-2016"


def test_one_year_past_is_the_year_itself() -> None:
    """`Sau một năm ...`, `một năm qua`: the year, not a span of two."""
    marks = find_marks("sau một năm triển khai, công đoàn thành lập 9 cđcs", "2012")
    assert [(m.kind, m.period) for m in marks] == [("relative", "2012")]
    # ... a year and a half runs into a second year
    marks = find_marks("sau một năm rưỡi thực hiện nghị quyết, đã kết nạp 1.236 đoàn viên", "2024")
    assert [(m.kind, m.period) for m in marks] == [("relative", "2023-2024")]


def test_the_term_past_is_the_reports_term_drawn_out_a_year() -> None:
    """`Nhiệm kỳ qua, ...` in the report of a term drawn out to six years (2017-2023, the
    pandemic's delay; probe 9di): that term, not the five years to its end."""
    marks = find_marks("nhiệm kỳ qua, công đoàn đã kết nạp 412 đoàn viên mới", "2017-2023")
    assert [(m.kind, m.period) for m in marks] == [("relative", "2017-2023")]


@pytest.mark.parametrize(
    "text",
    ["từ tháng 7 đến nay, công đoàn phường kết nạp 612 đoàn viên",
     "kể từ ngày 1/7/2025 đến 31/12/2025, trao 300 suất quà",
     "từ tháng 7 năm 2025 đến hết năm, thành lập 5 cđcs"],
)  # fmt: skip
def test_from_july_to_now_is_the_second_half(text: str) -> None:
    """A union set up on 1 July (a merger's) tells its results `từ tháng 7 đến nay` (probe
    9dj): the year's second half, in a report of December; in one of September, some months
    of it (no code)."""
    marks = find_marks(text, "2025", dt.date(2025, 12, 20))
    assert [(m.kind, m.period) for m in marks] == [("half", "2025-H2")]
    if text.startswith("từ tháng 7 đến nay"):
        marks = find_marks(text, "2025", dt.date(2025, 9, 20))
        assert "half" not in [m.kind for m in marks]


def test_times_counted_by_the_quarter_are_no_quarter() -> None:
    """`đối thoại định kỳ theo quý 3 lần`: three times, not the third quarter."""
    assert find_marks("công ty đối thoại định kỳ theo quý 3 lần", "2025") == []
    marks = find_marks("quý 3 có 2 cuộc đối thoại", "2025")
    assert [(m.kind, m.period) for m in marks] == [("quarter", "2025-Q3")]


def test_one_workers_years_at_work_are_no_span() -> None:
    """`Sau 15 năm gắn bó với công ty, chị ...`: her working life, not the years the report
    reviews (`sau 5 năm thực hiện Chỉ thị` is one)."""
    for text in (
        "sau 12 năm gắn bó với xưởng may, chị bị mất việc",
        "trong 18 năm làm công nhân lò, anh chưa nghỉ ngày nào",
        "sau 9 năm làm việc tại công ty, anh được kết nạp vào công đoàn",
        # an officer's career in a portrait (probe 9hb)
        "sau 34 năm công tác, trong đó có 11 năm làm chủ tịch, ông nghỉ hưu",
        "trong 20 năm làm công tác công đoàn, chị đã vận động được 300 đoàn viên",
        "suốt 34 năm công tác, ông đã gắn bó với phong trào",
        "qua 25 năm làm việc tại công ty, chị được tín nhiệm bầu làm chủ tịch",
    ):
        assert find_marks(text, "2024") == [], text
    marks = find_marks("sau 5 năm thực hiện chỉ thị, đã kết nạp 4.500 đoàn viên", "2024")
    assert [(m.kind, m.period) for m in marks] == [("relative", "2019-2024")]
    # ... and the union's work of five years (hostile round 131)
    marks = find_marks("trong 5 năm công tác chăm lo đời sống đoàn viên được quan tâm", "2024")
    assert [(m.kind, m.period) for m in marks] == [("relative", "2019-2024")]
    # a season named by both its years is a span (probe 9gz)
    marks = find_marks("mùa khô 2019 - 2020, hạn hán diễn ra sớm", "2020")
    assert [(m.kind, m.period) for m in marks] == [("span", "2019-2020")]
    # ... nor years to come (`trong 5 năm tới`: probe 9de)
    assert find_marks("trong 5 năm tới, phát triển 2 triệu đoàn viên", "2023") == []


def test_one_year_past_in_an_item_of_january_is_the_year_just_ended() -> None:
    """`Một năm qua, ...` published in January, as `Năm qua`: the year just ended."""
    text = "một năm qua, công đoàn ngành đã kết nạp mới 520 đoàn viên"
    marks = find_marks(text, "2024", published=dt.date(2024, 1, 12))
    assert [(m.kind, m.period) for m in marks] == [("year", "2023")]


@pytest.mark.parametrize(
    ("doc_period", "period"),
    [("2025-Q1", "2025-Q1"), ("2025-Q2", "2025-H1"), ("2025-H1", "2025-H1"), ("2025-Q3", "2025")],
)
def test_from_the_years_start_in_a_report_of_a_part(doc_period: str, period: str) -> None:
    """`từ đầu năm đến nay` in a quarter's or a half's report: from January to its end (nine
    months and more have no code of their own: the year)."""
    marks = find_marks("từ đầu năm đến nay, toàn tỉnh kết nạp 500 đoàn viên", doc_period)
    assert [m.period for m in marks] == [period]


def test_a_tet_named_with_no_year_is_the_one_named_before_or_this_years() -> None:
    """A bare `Tết` after `Tết ... 2024` is that one, and dates its sentence from its start; in
    an item of January reviewing the year just ended whose lead tells of Tết, one named
    nowhere else is the item's own year's; a campaign is of its year in a part's report."""
    text = (
        "tết nguyên đán giáp thìn 2024 đang đến gần. đến thời điểm này, công đoàn đã trao "
        "18.700 suất quà tết."
    )
    marks = find_marks(text, "2023", published=dt.date(2024, 1, 10))
    second = text.index("đến thời điểm")
    assert ("occasion", "2024") in {(m.kind, m.period) for m in marks if m.pos >= second - 1}
    lead = "chăm lo tết cho đoàn viên. năm qua, công đoàn trao 500 suất quà tết."
    marks = find_marks(lead, "2023", published=dt.date(2024, 1, 10))
    assert [(m.kind, m.period) for m in marks if m.kind == "occasion"] == [("occasion", "2024")] * 2
    # (a year's report, its lead on the year: its Tết is that year's)
    report = (
        "năm 2023, công đoàn kết nạp 500 đoàn viên. "
        + "công đoàn chăm lo việc làm cho người lao động. " * 6
        + "dịp tết, công đoàn trao 300 suất quà."
    )
    marks = find_marks(report, "2023", published=dt.date(2024, 1, 10))
    assert [m for m in marks if m.kind == "occasion"] == []
    marks = find_marks("tết sum vầy 2025 trao 300 suất quà", "2025-H1")
    assert [(m.kind, m.period) for m in marks] == [("occasion", "2025")]


def test_a_campaign_in_a_clause_that_named_the_part_is_of_the_part() -> None:
    """`Trong quý I, nhân dịp Tết Nguyên đán Ất Tỵ 2025, ...` in a quarter's report: the clause
    named the quarter; the campaign's year says no more."""
    text = "trong quý i, nhân dịp tết nguyên đán ất tỵ 2025, công đoàn tặng 12.480 suất quà"
    assert "occasion" not in {m.kind for m in find_marks(text, "2025-Q1")}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a Tết named with its year only as the one compared with, however far back: not it,
        # but the item's own (its lead tells of Tết)
        (
            "so với cùng kỳ năm trước, tức dịp tết quý mão 2023, số suất quà tăng 15%. dịp tết, "
            "các cấp công đoàn trao 1.900 suất quà.",
            "2024",
        ),
        # another feast is no Tết of the year (`Tết Trung thu` of the year reviewed)
        (
            "tết nguyên đán giáp thìn 2024 sắp đến. dịp tết trung thu, công đoàn tặng 1.250 phần quà.",
            None,
        ),
    ],
)
def test_a_bare_tet_takes_no_year_compared_with_nor_another_feasts(
    text: str, year: str | None
) -> None:
    marks = find_marks(text, "2023", published=dt.date(2024, 1, 12))
    second = text.rindex("dịp tết")
    later = [m.period for m in marks if m.kind == "occasion" and m.pos >= second - 2]
    assert later == ([year] if year else [])


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("lũy kế 3 tháng đầu năm 2023, kết nạp 2.870 đoàn viên", "2023-Q1"),
        ("ba tháng cuối năm 2023, kết nạp 870 đoàn viên", "2023-Q4"),
        ("6 tháng đầu năm 2023, kết nạp 870 đoàn viên", "2023-H1"),
        # a campaign's year past its subtitle
        ('chương trình "tết sum vầy - xuân gắn kết" năm 2024, trao 870 suất quà', "2024"),
    ],
)
def test_three_months_of_the_year_are_its_quarter(text: str, period: str) -> None:
    assert find_marks(text, "2023")[0].period == period


@pytest.mark.parametrize(
    ("text", "year", "month", "period"),
    [
        # a founding told first is the anniversary's background (probe 9ev)
        (
            "LĐLĐ tỉnh Trà Vinh: 30 năm một chặng đường\n\nNgày 6/5/1992, Liên đoàn Lao động "
            "tỉnh Trà Vinh chính thức được tái lập. Ba mươi năm qua, Công đoàn tỉnh đã lớn mạnh.\n"
            "Nhớ lại thời điểm năm 1992, ông Phi kể: khi ấy chỉ có 186 CĐCS.\n",
            2022,
            5,
            "1992-2022",
        ),
        # ... and the founding's month in the anniversary's bracket (`(9/1994 - 9/2024)`)
        (
            "Công đoàn Công ty Lam Giang: 30 năm là điểm tựa\n\nNgày 14/9, Công đoàn Công ty tổ "
            "chức gặp mặt kỷ niệm 30 năm ngày thành lập (9/1994 - 9/2024).\n",
            2024,
            9,
            "2024",
        ),
        # a look back to now after the year just ended, in January, is background (probe 9ex)
        (
            "Trung tâm Tư vấn pháp luật: chỗ dựa của công nhân\n\nMỗi ngày, điện thoại của Trung "
            "tâm đổ chuông vài chục lần. Người gọi là công nhân bị nợ lương. Có người chỉ hỏi về "
            "chế độ thai sản. Có người hỏi về tiền làm thêm giờ. Luật sư Phúc cho biết "
            "năm 2023 Trung tâm đã tư vấn cho 3.146 lượt người. Chị Hạnh kể chị bị nợ lương. Từ "
            "năm 2019 đến nay, Trung tâm đã tư vấn cho hơn 21.000 lượt người. Cũng theo LĐLĐ "
            "tỉnh, năm 2023 toàn tỉnh có hơn 415.000 đoàn viên.\n",
            2024,
            1,
            "2023",
        ),
        # ... and after an event dated by its days (probe 9et)
        (
            "Công đoàn Tổng công ty: Hành trình tri ân\n\n(CĐ) - Từ ngày 19 đến 21/7, Công đoàn "
            "Tổng công ty tổ chức chương trình về nguồn. Theo ông Đức, từ năm 2019 đến nay, Công "
            "đoàn đã bàn giao 31 nhà. Trong 6 tháng đầu năm 2024, các cấp công đoàn đã thăm hỏi "
            "415 đoàn viên.\n",
            2024,
            7,
            "2024",
        ),
        # a January interview on the year just ended, asked at its end what the new year's
        # goals are: the year planned is none it tells of (probe 9gn)
        (
            "Chủ tịch Công đoàn ngành Giáo dục: Không có chuyện sáng kiến giảm\n\nPhóng viên "
            "đã trao đổi với bà Dung, Chủ tịch Công đoàn ngành.\n\nBà Dung: Năm "
            "2023, toàn ngành có 436 sáng kiến. Hiện toàn ngành có 14.862 đoàn viên. Trong năm, "
            "ngành kết nạp mới 365 đoàn viên; số sáng kiến năm 2023 tăng 28.\n\nPV: Năm 2024, "
            "ngành đặt mục tiêu gì?\n",
            2024,
            1,
            "2023",
        ),
        # a part a sentence after the lead sets aside with `Riêng` is no period of the item
        # (probes 9gl, 9fg)
        (
            "Trao nhà Mái ấm Công đoàn cho gia đình công nhân\nLâm Đồng, 26/9/2024\n\nSáng 25/9, "
            "Công đoàn ngành Giao thông vận tải tỉnh bàn giao nhà Mái ấm Công đoàn cho chị K.\n\n"
            "Ngôi nhà có tổng kinh phí xây dựng 120 triệu đồng. Từ năm 2020 đến nay Công đoàn "
            "ngành đã xây mới 7 nhà. Riêng quý III/2024, Công đoàn ngành đã thăm hỏi 46 lượt "
            "đoàn viên ốm đau.\n",
            2024,
            9,
            "2024",
        ),
        # ... `Tính riêng trong` too; and in the lead, past the date line, it is (re-read)
        (
            "Trao nhà Mái ấm Công đoàn cho gia đình công nhân\nLâm Đồng, 26/9/2024\n\nSáng 25/9, "
            "Công đoàn ngành Giao thông vận tải tỉnh bàn giao nhà Mái ấm Công đoàn cho chị K.\n\n"
            "Ngôi nhà có tổng kinh phí xây dựng 120 triệu đồng. Tính riêng trong quý III/2024, "
            "Công đoàn ngành đã thăm hỏi 46 lượt đoàn viên ốm đau.\n",
            2024,
            9,
            "2024",
        ),
        (
            "LĐLĐ tỉnh Lâm Đồng giao ban công tác công đoàn\nThứ Năm, 26/09/2024, 10:05\nSáng "
            "25/9, LĐLĐ tỉnh tổ chức hội nghị giao ban công tác công đoàn. Riêng quý III/2024, các "
            "cấp công đoàn đã kết nạp 1.250 đoàn viên.\n",
            2024,
            9,
            "2024-Q3",
        ),
        # ... but a half whose plan is set, then met, is the item's (hostile round 126)
        (
            "Sơ kết 6 tháng\n\n6 tháng đầu năm 2024, LĐLĐ tỉnh đặt chỉ tiêu thành lập 20 CĐCS, "
            "kết quả thành lập được 26 CĐCS.\n",
            2024,
            7,
            "2024-H1",
        ),
        # a quarter in its first month is still to come (probe 9ex)
        (
            "Công đoàn Công ty Giày Phú Thịnh: Đưa pháp luật đến từng tổ\n\nTừ đầu năm, Công đoàn "
            "đã tổ chức 4 cuộc đối thoại. Công đoàn đang đề xuất công ty lập Góc pháp luật trong "
            "quý IV.\n",
            2023,
            10,
            "2023",
        ),
        # an event of a year that tells the year before's results reports that year (probe 9he)
        (
            "Công ty Thép Hòa Bình họp báo phát động Hội thi Sáng kiến năm 2024\n\nSáng 6/3, "
            "Công đoàn Công ty tổ chức họp báo phát động Hội thi năm 2024 và tổng kết phong trào "
            "thi đua năm 2023.\n",
            2024,
            3,
            "2023",
        ),
        (
            "Hà Nội họp báo Tháng Công nhân năm 2024\n\nLĐLĐ thành phố họp báo thông tin về Tháng "
            "Công nhân năm 2024, đồng thời công bố kết quả chăm lo cho đoàn viên năm 2023.\n",
            2024,
            4,
            "2023",
        ),
        # a Tết's care named by the lunar year it opens, its background the year before's
        # (probe 9ha); unnamed, a January item tells of the year just ended (guard)
        *(
            (
                f"Nghệ An: 42 nghìn lượt đoàn viên được chăm lo {tet}\n\nTheo báo cáo nhanh của "
                "LĐLĐ tỉnh, tính đến ngày 31/1/2024, các cấp công đoàn đã chăm lo Tết cho 42.316 "
                "lượt đoàn viên với tổng số tiền hơn 30,6 tỷ đồng.\n\nÔng Lâm cho biết, đến cuối "
                "năm 2023, toàn tỉnh có 163.508 đoàn viên. Trong năm 2023, các cấp công đoàn đã "
                "kết nạp 9.214 đoàn viên.\n",
                2024,
                2,
                period,
            )
            for tet, period in (("Tết Giáp Thìn", "2024"), ("Tết", "2023"))
        ),
        # the school year members' children earned their marks in is no period of a firm's
        # union (probe 9hc); a school union's review of it is its own (guard: passes before)
        (
            "Công đoàn Công ty Cao su Phước Hòa khen thưởng 1.326 cháu học giỏi\n\nNgày 20/8/2024, "
            "Công đoàn Công ty tổ chức Lễ khen thưởng con CNLĐ đạt thành tích học tập năm học "
            "2023-2024.\n",
            2024,
            8,
            "2024",
        ),
        (
            "Công đoàn Trường THPT Lê Lợi tổng kết năm học 2023-2024\n\nNgày 20/5/2024, Công đoàn "
            "trường tổ chức hội nghị tổng kết hoạt động năm học 2023-2024.\n",
            2024,
            5,
            "2023-2024",
        ),
        # ... and its pupils' marks, no members' children named (hostile round 130); the
        # children's, however praised, are no period
        (
            "Công đoàn Trường THCS Nguyễn Du tổng kết, khen thưởng giáo viên, học sinh có thành "
            "tích học tập năm học 2023-2024\n\nNgày 25/5/2024, Công đoàn trường tổ chức hội "
            "nghị.\n",
            2024,
            5,
            "2023-2024",
        ),
        (
            "Công đoàn Công ty May 10 khen thưởng con CNLĐ học giỏi năm học 2023-2024\n\nNgày "
            "20/8/2024, Công đoàn Công ty tổ chức Lễ khen thưởng.\n",
            2024,
            8,
            "2024",
        ),
        # ... `Tháng Công nhân` no part of a year; a year compared with no review (hostile
        # round 130)
        (
            "Hà Nội họp báo Tháng Công nhân năm 2024\n\nLĐLĐ thành phố họp báo thông tin về Tháng "
            "Công nhân năm 2024, đồng thời công bố kết quả Tháng Công nhân năm 2023.\n",
            2024,
            4,
            "2023",
        ),
        (
            "Tháng Công nhân năm 2024 ở Bắc Ninh: kết quả vượt xa năm 2023\n\nTrong Tháng Công "
            "nhân năm 2024, các cấp công đoàn trao 15.000 suất quà.\n",
            2024,
            5,
            "2024",
        ),
        # ... the comparison before the results too (hostile round 133)
        (
            "Tháng Công nhân năm 2024: Số suất quà trao tặng vượt kết quả năm 2023\n\nTrong Tháng "
            "Công nhân năm 2024, các cấp công đoàn trao 15.000 suất quà.\n",
            2024,
            5,
            "2024",
        ),
        # ... not a part's results (`sơ kết 6 tháng đầu năm 2024`), nor the event's year alone
        # (guards: pass before)
        (
            "Sơ kết 6 tháng đầu năm 2024\n\nLĐLĐ tỉnh sơ kết 6 tháng đầu năm 2024, triển khai "
            "Tháng Công nhân năm 2025.\n",
            2024,
            7,
            "2024-H1",
        ),
        (
            "Họp báo Tháng Công nhân năm 2024\n\nLĐLĐ tỉnh họp báo thông tin về Tháng Công nhân "
            "năm 2024 và kết quả chăm lo năm nay.\n",
            2024,
            4,
            "2024",
        ),
    ],
)
def test_what_an_item_looks_back_on_is_not_its_period(
    text: str, year: int, month: int, period: str
) -> None:
    from unionstats.metadata import _head

    head = _head(text, text.split("\n", 1)[0])  # (the title and the lead's first sentences)
    assert document_period(head, text, year, opening=text, published_month=month) == period


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("ba mươi năm qua, từ một tổ chức còn non trẻ", "1992-2022"),
        ("hai mươi lăm năm qua, công đoàn", "1997-2022"),
        ("khi thành lập năm 1961, công đoàn huyện chỉ có 17 cđcs", "1961"),
    ],
)
def test_years_spelled_in_tens_and_the_founding_a_figure_stood_at(text: str, period: str) -> None:
    assert [m.period for m in find_marks(text, "2022")] == [period]


@pytest.mark.parametrize(
    ("text", "year", "month", "period"),
    [
        # a sentence telling of the founding, not led by its date (hostile round 110)
        (
            "LĐLĐ huyện Thạch Hà: Dấu ấn 60 năm\n\nNăm 1961, LĐLĐ huyện Thạch Hà được thành "
            "lập. Khi mới thành lập năm 1961, LĐLĐ huyện chỉ có 17 CĐCS. Năm 2020, LĐLĐ huyện kết "
            "nạp 320 đoàn viên mới.",
            2021,
            3,
            "2020",
        ),
        # an anniversary's bracket of months written out
        (
            "Công đoàn Viên chức tỉnh: Kỷ niệm 30 năm\n\nNhân kỷ niệm 30 năm ngày thành lập (tháng "
            "9/1994 – tháng 9/2024), Công đoàn Viên chức tỉnh Bến Tre trao 300 suất quà.",
            2024,
            9,
            "2024",
        ),
        # an event dated by its days in brackets, a look back to now after it
        (
            "LĐLĐ tỉnh Đồng Nai tập huấn cán bộ\n\nTrong 9 ngày (từ 5 đến 13/5), LĐLĐ tỉnh Đồng "
            "Nai tổ chức 12 lớp tập huấn. Từ năm 2020 đến nay, LĐLĐ tỉnh đã tổ chức 210 lớp.",
            2024,
            5,
            "2024",
        ),
    ],
)
def test_a_founding_and_a_look_back_after_an_event_are_no_period(
    text: str, year: int, month: int, period: str
) -> None:
    from unionstats.metadata import _head

    head = _head(text, text.split("\n", 1)[0])
    assert document_period(head, text, year, opening=text, published_month=month) == period


@pytest.mark.parametrize(
    ("text", "published", "period"),
    [
        # `Quý IV vừa qua` in an item of January: the year just ended's
        (
            "quý iv vừa qua, các cấp công đoàn đã trao 4.500 suất quà",
            dt.date(2024, 1, 10),
            "2023-Q4",
        ),
        # a qualifier between the count and its years, after a word that counts back
        ("trong gần 15 năm qua, ldld tỉnh đã xây 1.250 nhà", dt.date(2023, 5, 2), "2008-2023"),
        # a quarter named as last year's in January (hostile round 112)
        (
            "quý iv năm qua, các cấp công đoàn đã kết nạp 1.500 đoàn viên",
            dt.date(2024, 1, 10),
            "2023-Q4",
        ),
        # two years one after the other after `năm` (probe 9fe); not a list of three
        (
            "riêng năm 2021, 2022 khi dịch bùng phát, đã hỗ trợ 62 đoàn viên",
            dt.date(2023, 6, 2),
            "2021-2022",
        ),
    ],
)
def test_a_quarter_just_past_and_years_counted_with_a_qualifier(
    text: str, published: dt.date, period: str
) -> None:
    assert [
        m.period for m in find_marks(text, "2023" if published.year == 2023 else "2024", published)
    ] == [period]


def test_three_years_listed_are_no_span() -> None:
    """`năm 2022, 2023 và 2024`: three years, no two-year span read from the first two."""
    marks = find_marks("năm 2022, 2023 và 2024 công đoàn kết nạp 30 đoàn viên", "2024")
    assert "2022-2023" not in [m.period for m in marks]


def test_a_pause_counted_after_sau_is_no_span() -> None:
    """`sau gần 3 năm tạm dừng vì dịch bệnh`: a pause, not years counted back (hostile round 112)."""
    assert find_marks(
        "năm 2024, sau gần 3 năm tạm dừng vì dịch bệnh, trao 500 suất quà", "2024"
    ) == [m for m in find_marks("năm 2024, trao 500 suất quà", "2024")]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # an anniversary's count in a sentence of the year's figures, not a founding
        (
            "Công đoàn ngành Giáo dục: 47 năm\n\nNăm 2023 - năm Công đoàn ngành Giáo dục tròn 47 năm "
            "được thành lập - các cấp công đoàn kết nạp 450 đoàn viên.",
            "2023",
        ),
        # ... or a founding told with the figures of its year
        (
            "LĐLĐ thị xã Nghi Sơn tổng kết\n\nNăm 2021, thị xã Nghi Sơn được thành lập, LĐLĐ thị "
            "xã đã kết nạp 1.450 đoàn viên.",
            "2021",
        ),
    ],
)
def test_a_founding_told_with_the_years_figures_dates_the_item(text: str, period: str) -> None:
    from unionstats.metadata import _head

    head = _head(text, text.split("\n", 1)[0])
    assert (
        document_period(head, text, 2024 if "47" in text else 2022, opening=text, published_month=1)
        == period
    )


def test_unions_set_up_in_the_year_are_no_founding_told() -> None:
    """`nhiều công đoàn cơ sở đã được thành lập`: the year's new unions, not the body's founding;
    the sentence dates the item (the re-read of the thirty-fifth session)."""
    from unionstats.metadata import _head

    text = (
        "LĐLĐ tỉnh Nghệ An phát triển đoàn viên\n\nNăm 2023, nhiều công đoàn cơ sở đã được thành "
        "lập tại các khu công nghiệp của tỉnh. Toàn tỉnh kết nạp 5.200 đoàn viên, vượt kế hoạch."
    )
    head = _head(text, text.split("\n", 1)[0])
    assert document_period(head, text, 2024, opening=text, published_month=1) == "2023"


def test_a_statistics_offices_quarter_is_no_period_of_the_item() -> None:
    """`Theo Tổng cục Thống kê ..., thu nhập bình quân tháng của lao động quý II/2025 là 8,3 triệu`:
    the office's quarter, not what a union's item of July covers (probe 9fd)."""
    from unionstats.metadata import _head

    text = (
        "Đề xuất tăng lương tối thiểu: Công đoàn căn cứ vào đâu?\n\nTại phiên họp ngày 10/7, các "
        "thành viên đã biểu quyết phương án. Tổng LĐLĐ Việt Nam đã đề xuất mức tăng 8,3%. Khảo sát "
        "cho thấy thu nhập bình quân của người lao động là 8,52 triệu đồng/tháng. Theo Tổng cục "
        "Thống kê, thu nhập bình quân tháng của lao động quý II/2025 là 8,3 triệu đồng. Trong 6 "
        "tháng đầu năm 2025, các cấp công đoàn đã chăm lo cho 8,96 triệu lượt đoàn viên."
    )
    head = _head(text, text.split("\n", 1)[0])
    assert document_period(head, text, 2025, opening=text, published_month=7) == "2025-H1"


@pytest.mark.parametrize(
    ("text", "published", "periods"),
    [
        # months counted back to publication, into the year before: a span (probe 9gj)
        ("sau 18 tháng thực hiện, cả nước đã thành lập 3.321 cđcs.", dt.date(2026, 12, 15),
         ["2025-2026"]),
        ("qua hơn 14 tháng vận hành, công đoàn xã kết nạp 120 đoàn viên.", dt.date(2026, 3, 2),
         ["2025-2026"]),
        # ... within the year: no period of their own; a stay, no span (guards)
        ("qua 6 tháng triển khai, công đoàn đã trao 500 suất quà.", dt.date(2026, 12, 15), []),
        ("sau 18 tháng nằm viện, chị được hỗ trợ 5 triệu đồng.", dt.date(2026, 12, 15), []),
        # ... a year or less: the year's or a part's, whatever month (hostile round 126)
        ("qua 6 tháng triển khai, các cấp công đoàn đã kết nạp 2.150 đoàn viên.",
         dt.date(2024, 6, 28), []),
        ("qua 12 tháng triển khai, công đoàn đã trao 45 căn nhà.", dt.date(2024, 3, 5), []),
    ],
)  # fmt: skip
def test_months_counted_back_into_the_year_before_are_a_span(
    text: str, published: dt.date, periods: list[str]
) -> None:
    assert [m.period for m in find_marks(text, "2026", published) if m.kind == "span"] == periods


def test_now_and_the_year_it_runs_from_later_in_its_clause_are_a_span() -> None:
    """`đến nay đã vận động được trên 8 tỷ đồng kể từ năm 2019`: since 2019 (probe 9gn); a year
    in the next sentence is no start (guard)."""
    text = "quỹ đến nay đã vận động được trên 8 tỷ đồng kể từ năm 2019. năm 2023 trao 5 nhà."
    assert [(m.period, m.kind) for m in find_marks(text, "2024")][:1] == [("2019-2024", "span")]
    alone = "quỹ đến nay đã vận động được 8 tỷ đồng. từ năm 2019, quỹ trao 5 nhà."
    assert [(m.period, m.kind) for m in find_marks(alone, "2024")][:1] == [("2024", "now")]
    # past a figure's thousands dot; not a background's `từ năm`, nor a record's (hostile
    # round 126)
    dotted = "lđlđ tỉnh đến nay đã kết nạp 12.000 đoàn viên kể từ năm 2021."
    assert [m.period for m in find_marks(dotted, "2024")][:1] == ["2021-2024"]
    for text in (
        "đến nay đã trao 40 nhà, một chương trình được duy trì từ năm 2010.",
        "đến nay đã trao 320 nhà, nhiều nhất kể từ năm 2015.",
        "đến nay đã trao 320 nhà mái ấm, mức cao nhất của tỉnh kể từ năm 2015.",  # (re-read)
    ):
        assert [m.period for m in find_marks(text, "2024")][:1] == ["2024"]


def test_the_date_of_an_event_a_sentence_starts_after_is_no_period_of_the_item() -> None:
    """`Sau cuộc đối thoại quý IV/2023, Công ty đồng ý nâng ...` in a March story of a company
    union's year: the dialogue's quarter is not what the item covers (probe 9gt)."""
    from unionstats.metadata import _head

    text = (
        "Công đoàn Công ty May Thiên Phúc: Đổi mới từ bữa ăn ca\nThứ Sáu, 15/03/2024 - 08:20\n"
        "(Công đoàn Thái Bình) - Công đoàn Công ty đã chọn bữa ăn ca làm điểm đột phá để chăm "
        "lo cho người lao động.\nCông ty hiện có 2.860 lao động, trong đó 2.640 người là đoàn "
        "viên công đoàn.\nNăm 2023, Công đoàn phối hợp với Ban Giám đốc tổ chức 4 cuộc đối thoại "
        "định kỳ tại nơi làm việc. Sau cuộc đối thoại quý IV/2023, Công ty đồng ý nâng giá suất "
        "ăn lên 25.000 đồng.\n"
    )
    head = _head(text, text.split("\n", 1)[0])
    assert document_period(head, text, 2024, opening=text, published_month=3) != "2023-Q4"
