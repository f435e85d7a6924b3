"""Periods as reports state them: `năm 2023`, `6 tháng đầu năm`, `nhiệm kỳ 2018-2023`,
`năm học 2023-2024`, `từ năm 2018 đến nay`, `5 năm qua`, `hiện nay`.

Period strings follow the spec: `2020`, `2018-2020` (a span: cumulative, a term, a
school year), `2022-H1`, `2022-H2`, `2022-Q3`. A figure stated for a span is never
an annual point; a figure stated for another year keeps that year; a stock stated
as "now" (`hiện có 986 CĐCS`) belongs to the report's own year.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from unionstats.clean import lowercase
from unionstats.datafiles import package_yaml
from unionstats.numbers import read_spelled
from unionstats.wordsearch import (
    CLAUSE_STOP,
    at_starts,
    each_match,
    literal_starts,
    spaced_alternation,
)

_WORDS = package_yaml("unionstats.catalogue", "periods.yaml")
"""The words of periods (catalogue/periods.yaml); the grammar they stand in is here."""


def period_words(key: str) -> str:
    """The words of `key` in catalogue/periods.yaml as one alternation (no group)."""
    return spaced_alternation(_WORDS[key])


def period_phrases(key: str) -> tuple[str, ...]:
    """The words of `key` in catalogue/periods.yaml, as written."""
    return tuple(_WORDS[key])


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_YEAR = r"((?:19|20)\d{2})"
_N_WORDS: tuple[str, ...] = tuple(_WORDS["number_words"])  # (an anniversary's `Ba mươi năm qua`)
_N = r"(\d{1,2}|" + "|".join(_N_WORDS) + ")"
TERM_YEARS = 5  # a union term (nhiệm kỳ) runs five years

# Each pattern starts with a literal keyword or a digit so that `re` finds where it may
# match with a fast search; what must stand before the keyword is checked after, in a short
# window, rather than led by an alternation `re` would try at every letter.
_HALF_RE = re.compile(rf"tháng\s+(đầu|cuối)\s+năm(?:\s+{_YEAR}(?![\d]))?")
_HALF_BEFORE = re.compile(r"(?:(?<![\d.,])6|(?<!\w)sáu)\s+$")
_SECOND_HALF_OPENS = 7  # the month the second half of a year begins in
_QUARTER_BEFORE = re.compile(r"(?:(?<![\d.,])0?3|(?<!\w)ba)\s+$")
_HALF_WORD = re.compile(rf"(?<!\w)nửa\s+(đầu|cuối)\s+năm(?:\s+{_YEAR}(?![\d]))?")  # nửa đầu năm
# Possessive spaces: with `năm` or `/` absent, two `\s*` would split a long run of spaces
# every possible way before giving up.
# (not a count of times each quarter: `đối thoại định kỳ theo quý 3 lần`, `mỗi quý 2 cuộc`)
_QUARTER_RE = re.compile(
    rf"(?:quý|quí)\s+([1-4]|iv|i{{1,3}})\b(?!\s*(?:lần|cuộc|buổi|đợt|kỳ)\b)"
    rf"(?:\s*+(?:(?:năm|/)\s*+)?{_YEAR}(?![\d])|\s+(năm\s+nay))?"
)
# `từ năm 2009 đến nay`, `từ đầu năm 2012 đến năm 2013`, `từ tháng 5-2012 đến nay`
_SINCE_RE = re.compile(
    # (`Từ khi thành lập năm 1961 đến nay`: since the founding)
    r"từ\s+(?:khi\s+(?:mới\s+)?(?:được\s+)?(?:thành\s+lập|tái\s+lập)\s+(?:vào\s+|từ\s+)?)?"
    # (`Từ đầu nhiệm kỳ (năm 2018) đến nay`: the term's first year named)
    r"(?:đầu\s+nhiệm\s+kỳ\s*(?:\(\s*(?=[^()\n]{4,16}\)))?)?"
    rf"(?:đầu\s+)?(?:năm\s+|tháng\s+\d{{1,2}}\s*(?:[/.-]|\s+năm)\s*)?{_YEAR}\)?\s+"
    rf"(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:nay|năm\s+{_YEAR}|{_YEAR}"
    # (`đến ngày 31/12/2007`, `đến 31/12/2007`, `đến tháng 6/2007`: the span ends in that year)
    rf"|(?:(?:ngày\s+)?\d{{1,2}}\s*[/.-]\s*|tháng\s+)\d{{1,2}}\s*(?:[/.-]|\s+năm)\s*{_YEAR})",
)
_LINE_LABEL = re.compile(
    r"^[ \t]*(?:[-–+•*▪·][ \t]*)?(?:tháng[ \t]+\d{1,2}[ \t]*[/.-][ \t]*)?((?:19|20)\d\d)"
    r"(?:[ \t]*[-–][ \t]*((?:19|20)\d\d))?[ \t]*:",
    re.MULTILINE,
)
_YEAR_RANGE = re.compile(rf"{_YEAR}\s*[-–]\s*{_YEAR}(?![\d])")
# two years told as one stretch: `trong 2 năm 2014 và 2015`, `hai năm 2022 và năm 2023`
_TWO_YEARS = re.compile(
    rf"(?:2|hai)\s+năm\s+(?:qua\s*\(\s*)?{_YEAR}\s+và\s+(?:năm\s+)?{_YEAR}(?![\d])"
)
# ... or a year and the first months of the next: `năm 2020 và 5 tháng đầu năm 2021`
_A_YEAR_AND_MONTHS_OF_NEXT = re.compile(
    rf"năm\s+{_YEAR}\s+và\s+{_N}\s+tháng\s+đầu\s+(?:của\s+)?năm\s+{_YEAR}(?![\d])"
)
# ... or named one after the other after `năm`: `Riêng năm 2021, 2022 khi dịch bùng phát, ...`
# (not a list of three or more, nor a date's or a number's tail: `năm 2021, 2022 và 2023`)
_YEAR_AND_NEXT = re.compile(
    rf"năm\s+{_YEAR}\s*,\s*{_YEAR}(?![\d./]|,\d)(?!\s*,?\s*(?:và\s+)?(?:năm\s+)?\d)"
    # (not `năm 2022, năm 2023 ...`: a year compared with, then this one; nor a count after the
    # second: `Năm 2022, 2023 đoàn viên được hỗ trợ`)
    r"(?!\s+(?:đoàn|người|lượt|cđcs|công\s+đoàn|lao\s+động|suất|phần))"
)
_SPAN_WORD_BEFORE = re.compile(
    rf"(giai đoạn|các năm|năm học|nhiệm kỳ|năm|từ|\(|{period_words('seasons')})\s*$"
)
_NAM = re.compile(r"năm\b")
# (a qualifier between, after a word that counts back: `trong hơn 20 năm qua`; not after
# `sau`, as often a pause or one's working life: `sau gần 3 năm tạm dừng vì dịch bệnh`)
_COUNT_BEFORE = re.compile(
    rf"(?:(trong|sau|qua|sơ kết|tổng kết|tổng cộng|suốt)\s+)?"
    rf"(?:(?<=trong\s)(?:gần|hơn|trên|khoảng|tròn)\s+|(?<=suốt\s)(?:gần|hơn|trên|khoảng)\s+)?"
    rf"(?<!\w){_N}\s+$"
)
# `2 năm (2023 - 2024)`: a count of years and the span it is
_SPAN_IN_BRACKETS = re.compile(
    r"(?<![\d.,])(\d{1,2})\s+năm\s*\(\s*((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\s*\)"
)
_SENTENCE_ENDS = re.compile(r"[ \t]*(?:[.!?…]|\n|$)")
_SPAN_DEEDS = re.compile(rf"\b(?:{period_words('span_deeds')})\b")
_MONTHS_BACK = re.compile(
    r"\b(?:sau|qua|trong)\s+(?:gần\s+|hơn\s+|khoảng\s+)?(\d{1,2})\s+tháng\s+"
    rf"(?:{period_words('months_of')})\b"
)
_TERM = re.compile(r"nhiệm kỳ\b")
_TERM_BEFORE = re.compile(r"(?:trong|cả|qua|suốt|đầu|từ đầu)\s+$")
# `đầu nhiệm kỳ` is the term's start (its first year); `từ đầu nhiệm kỳ` is the whole term.
_AT_START = re.compile(r"(?<!từ )(?<!\w)đầu\s+$")
# `Từ đầu nhiệm kỳ 2023-2028 đến nay`: the current term so far, not the coming one.
_FROM_START = re.compile(r"từ\s+đầu\s+$")
_TO_NOW = re.compile(r"\s*,?\s*(?:đến|tới)\s+nay\b")
_TO_A_DAY = re.compile(
    r"\s*,?\s*(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d\d)\b"
)
_TERM_BRACKETED = re.compile(r"nhiệm kỳ\s*$")  # a term's word before its years' bracket
_CLOSES = re.compile(r"\s*\)")
# `những năm qua`, `hàng chục năm qua`, `đến năm qua`, `quý IV năm qua`: years, a range's end
# or a part, not the year just ended alone
_MANY_YEARS_BEFORE = re.compile(
    r"(?:\b(?:những|nhiều|các|mấy|hàng|chục|trăm|bao|đến|tới)|quý\s+\w+|quí\s+\w+)\s+$"
)
# The first seven to eleven months of the year, no year named: in a quarter's or a half's
# report, the running total of its year (the contract has no code for nine months).
_MONTHS_OF_THE_YEAR = re.compile(
    r"(?<![\w.,])(?:7|8|9|10|11|bảy|tám|chín|mười một|mười)\s+tháng(?:\s+đầu)?\s+năm\b"
    r"(?!\s*(?:19|20)\d\d|\s+nay\b)"
)
# Six months with no year's part named, opening a clause (`Kết quả: 6 tháng có 146 sáng kiến`,
# `Trong 6 tháng qua, ...`, `Tính chung 6 tháng năm nay, ...`) or raising a running total
# (`nâng tổng số ... 6 tháng lên 2.046`): in a mid-year report, the first half (not a
# duration inside a clause: `diễn ra trong 6 tháng`, `thử việc 6 tháng`).
_SIX_MONTHS_SO_FAR = re.compile(
    r"(?:(?:^|(?<=[.;:!?\n])|(?<=[.;:!?,]\s))(?:(?:trong|tính\s+chung|chung|qua|kết\s+quả)\s+)?"
    r"(?:6|06|sáu)\s+tháng(?:\s+(?:qua|vừa\s+qua|năm\s+nay))?"
    r"(?=\s*[:,]|\s+(?:có|đã|các\s+cấp|toàn)\b)"
    r"|(?<![\w.,/])(?<!từ )(?:6|06|sáu)\s+tháng(?=\s+lên\b))",
    re.MULTILINE,
)
# A person's years at work, not a span the report reviews: `sau 15 năm gắn bó với công ty`,
# `trong 20 năm làm công nhân may` (`sau 5 năm thực hiện Chỉ thị` is one).
_A_WORKING_LIFE = re.compile(rf"\s+(?:{period_words('working_life')})(?!\w)")
_A_PAUSE = re.compile(rf"\s+(?:{period_words('pauses')})(?!\w)")
# An arrear's words shortly before a `từ ... đến nay` (`nợ KPCĐ từ tháng 7-2013 đến nay`).
_A_DEBT_BEFORE = re.compile(
    "".join(rf"(?<!{w} )" for w in period_phrases("debts_collected"))
    + rf"(?<!\w)(?:{period_words('debts')})(?!\w)[^.;:,\n]{{0,40}}$"
)
# From July, or its first day, to now or the year's end: the second half of the year (led by
# its word, not by a look-behind `re` would try at every character).
_FROM_JULY = re.compile(
    r"từ\s+(?:ngày\s+0?1\s*[/.-]\s*0?7|tháng\s+(?:0?7|bảy))(?:\s*(?:[/.-]|năm)\s*((?:19|20)\d\d))?"
    r"\s+(?:đến|tới)\s+(?:nay|hết\s+năm|cuối\s+năm|tháng\s+12|(?:ngày\s+)?31\s*[/.-]\s*12)\b"
)
_YEARS_TO_COME = re.compile(r"\s+(?:tới|sắp\s+tới|tiếp\s+theo|kế\s+tiếp)\b")
_THE_YEAR_PAST = re.compile(r"\s+(?:vừa\s+)?qua\b(?!\s*[,:]?\s*\d)")  # `năm qua`, `năm vừa qua`
_PREVIOUS_TERM = re.compile(r"\s+(?:liền\s+)?trước(?:\s+đó)?\b")  # `nhiệm kỳ trước`
# (not the term's first year named after it: `từ đầu nhiệm kỳ (năm 2018) đến nay`, `_SINCE_RE`)
_TERM_AFTER = re.compile(
    r"\s+(?:(?:đến|tới)\s+nay|qua|vừa qua|này)\b"
    r"|(?!\s+\d|\s*\(\s*(?:năm\s+|tháng\s+\d{1,2}\s*[/.-]\s*)?(?:19|20)\d\d\s*\))"
)
# `hiện` first, what stands before it looked back at from after it: a pattern led by
# look-behinds is tried at every character of the report (eight times slower). `hiện ...` and
# `đến nay` are two patterns, searched as one by `each_match`.
_NOW_RES = (
    re.compile(
        r"hiện(?:\s+(?:nay|có|tại|đang|quản lý|sử dụng)\b"
        r"|(?:(?<=^hiện)|(?<=[.;:\n]hiện)|(?<=[.;:,]\shiện))\s+(?=[^\W\d_]))"  # `Hiện LĐLĐ có`
    ),
    # (not a superlative's `từ trước đến nay`, "ever": `lớn nhất từ trước đến nay`)
    re.compile(r"(?<!từ trước )đến nay\b"),
)
# ... and the year it runs from, later in its clause: `đến nay ... kể từ năm 2019`
# (`kể từ`, not a background's `từ năm 2010`, nor a record's `nhiều nhất kể từ năm 2015`)
# (in its clause, no record's `cao nhất ... kể từ năm 2015` before it)
_SINCE_AFTER = re.compile(
    r"(?:(?!nhất\b)[^.;:,\n]|\.(?=\d)){0,80}?\bkể\s+từ\s+năm\s+((?:19|20)\d\d)(?![\d/-]|\.\d)"
)
# `Từ đầu năm đến nay` in a half-year or quarter report: that part of the year, not all of it.
_YEAR_SO_FAR = {"-Q1": "-Q1", "-Q2": "-H1", "-H1": "-H1"}  # (then prefixed by the year)
_KIND_OF_PART = {"-Q1": "quarter", "-H1": "half"}
_MONTHS_SO_FAR = {"3": "-Q1", "03": "-Q1", "6": "-H1", "06": "-H1"}  # `lũy kế 6 tháng`
_SINCE_A_YEARS_START = re.compile(r"từ\s+đầu\s+năm\s+((?:19|20)\d{2})")


def _since_an_earlier_years_start(phrase: str, doc_year: int | None) -> str | None:
    """The span a running total from an earlier year's start covers (`lũy kế từ đầu năm 2023 đến
    nay` in a report of 2024-H1: 2023-2024), or None."""
    since = _SINCE_A_YEARS_START.search(phrase)
    if since is None or doc_year is None or int(since.group(1)) >= doc_year:
        return None
    return f"{since.group(1)}-{doc_year}"


_YEAR_TO_DATE = re.compile(r"từ đầu năm(?:\s+(?:19|20)\d{2})?\s+(?:đến|tới)\s+nay\b")
# `Lũy kế 9 tháng`, `lũy kế từ đầu năm đến ngày 30/9/2020`, `cộng dồn từ đầu năm`: a
# quarter's report's running total from the year's start (its own date read with it; not
# `Lũy kế từ đầu quý`; `lũy kế 3 tháng đầu năm 2023` is the quarter's, read as such)
_CUMULATIVE = re.compile(
    r"(?:(?:lũy|luỹ)\s+kế|cộng\s+dồn)"
    r"\s+(?:từ\s+đầu\s+năm(?:\s+(?:19|20)\d{2})?"
    r"|(\d{1,2})\s+tháng(?!\s+(?:đầu|cuối|năm)\b|\s*[/.-]?\s*\d))"
    r"(?:\s+(?:đến|tới)\s+(?:nay|(?:hết\s+|ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}"
    r"(?:\s*[/.-]\s*(?:19|20)\d{2})?))?(?![\d/])"
)
# A stock dated by the day it was counted: `Đến tháng 6/2023, toàn tỉnh có 900 CĐCS`, `tính
# đến 31/12/2023`, `đến thời điểm 25/3/2023`, `đến cuối năm 2023`; its period is that year,
# not a term under review.
# `(?:đến|tới)` as two patterns, searched as one by `each_match`.
_AS_OF = (
    r"\s++(?:hết\s++|thời\s++điểm\s++)?(?:(?:ngày\s++)?(?:\d{1,2}\s*+(?:[/.-]|tháng)\s*+)?"
    rf"(?:tháng\s++)?\d{{1,2}}\s*+(?:[/.-]\s*+|năm\s++){_YEAR}"
    rf"|cuối\s++năm\s++{_YEAR}|cuối\s++nhiệm\s++kỳ\b())(?![\d])"
)
_AS_OF_RES = (re.compile("đến" + _AS_OF), re.compile("tới" + _AS_OF))


_ANNUAL_BEFORE = re.compile(r"(?:hằng|hàng|mỗi)\s+$")
YEAR_MENTION = re.compile(rf"năm\s+{_YEAR}(?![\d])")  # `năm 2023`; group 1 is the year
# A year written without `năm` in a title or opening: `“Tháng Công nhân” 2013`, `tháng 1.2017`.
# What must not stand before the year (or the month) is looked back at past its first digits:
# led by a look-behind, `re` tried these at every character (5x slower on a report).
# (`1979 năm Khởi nghĩa Hai Bà Trưng` counts years: no year)
_BARE_YEAR = re.compile(
    r"((?:19|20)(?<![\d.,/–-]..)(?<!năm\s..)\d{2})(?![\d/%]|[.,]\d|\s*[-–]\s*\d|[ \t]+năm\b)"
)
_EVENTS_SPAN = 2  # years a report's span runs past its first for an event's month to date it
# (not a school year's, whose events are of it: `đợt ngập lụt tháng 10/2023` in 2023-2024's)
# An event dated by its month and year (`trong đợt mưa lũ tháng 10/2020`, `vào tháng 9/2024`).
_EVENT_MONTH = re.compile(
    r"\b(?:trong|vào|dịp|đợt)\b[^,.;:\n\d]{0,40}?"
    r"\btháng[ \t]+\d{1,2}[ \t]*[/-][ \t]*((?:19|20)\d\d)\b"
)
_MONTH_YEAR = re.compile(rf"\d(?<![\d/.-]\d)\d?\s*[-/.]\s*{_YEAR}(?![\d])")
_LATEST_YEAR = re.compile(r"(?:19|20)(?<![\d.,/]..)\d{2}(?![\d]|[ \t]+năm\b)")
# `Ngày 20/1/2024, ...`: a news item that names no year but in its dates
_FULL_DATE = re.compile(rf"(?<![\d/.-])\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*{_YEAR}(?![\d])")
# ... the second of two joined by a dash (`28/7/1929-28/7/2016`): a span's end, or the day an
# anniversary is kept
_RANGE_END_DATE = re.compile(  # (after a spaced dash `_FULL_DATE` reads it)
    rf"(?<=[\d ])[-–]\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*{_YEAR}(?![\d])"
)
# A date, a horizon or the year a figure is compared with: `tháng 07 năm 2024`, `đến năm
# 2030`, `(tăng 3 CĐCS so với cuối năm 2023)`; none is the period of what follows.
# So is the year something began (`kể từ khi công ty đi vào hoạt động năm 2012`, `thành lập
# năm 2008`): a point of origin.
# ... and so is a month's (`Ra đời từ tháng 5-2017, Công đoàn phường ... đến nay đã tập hợp
# 1.086 đoàn viên` in an item of 2018)
ORIGIN = period_words("origin")
_JUST_PAST = re.compile(r"\s+(?:vừa\s+qua|vừa\s+rồi|qua|năm\s+qua|năm\s+trước)\b")
# A statistics or labour office quoted earlier in the sentence (`Theo Tổng cục Thống kê ..., thu
# nhập bình quân tháng của lao động quý II/2025 là 8,3 triệu đồng`): its period, not the item's
_A_STATISTICS_OFFICE_BEFORE = re.compile(
    r"\btheo\s+(?:số\s+liệu\s+(?:của\s+)?|báo\s+cáo\s+(?:của\s+)?|thống\s+kê\s+(?:của\s+)?)?"
    rf"(?:{period_words('statistics_offices')})[^.;!?\n]*$"
    # (... or saying it: `Cục Thống kê TP HCM cho biết tỉ lệ thất nghiệp ... quý III/2021`)
    rf"|\b(?:{period_words('statistics_offices')})[^.;!?\n]{{0,40}}?"
    r"\b(?:cho\s+biết|cho\s+hay|công\s+bố|thông\s+tin)\b[^.;!?\n]*$"
)
# A sentence telling of a body's founding, or of how things stood then (`Năm 1961, LĐLĐ huyện
# được thành lập`, `Khi mới thành lập năm 1961, LĐLĐ huyện chỉ có 17 CĐCS`, `Tháng 5/1992, ...
# chính thức ra đời`): an anniversary feature's background, no period of the item
_FOUNDING_TOLD = re.compile(
    r"(?<!năm\s)(?<!đã\s)(?<!vừa\s)(?<!mới\s)"
    r"\b(?:được|chính\s+thức|khi(?:\s+mới)?(?:\s+được)?|ngày\s+đầu|buổi\s+đầu)\s+"
    r"(?:thành\s+lập|tái\s+lập)\b|\bra\s+đời\b|\bquyết\s+định\s+thành\s+lập\b"
)  # (not an anniversary's count: `tròn 47 năm được thành lập`)
# A figure that is no year nor a date's part: a sentence telling of a founding with figures of the
# year it names (`Năm 2021, thị xã Nghi Sơn được thành lập, LĐLĐ thị xã đã kết nạp 1.450`) dates
_A_FIGURE = re.compile(r"(?<![\d/.-])(?!(?:19|20)\d\d(?![\d.,]))\d[\d.,]*(?![\d/])")
# A time recalled (`Nhớ lại thời điểm năm 1992, ông ... kể`): a feature's memory, not its period
_RECALLED_BEFORE = re.compile(
    rf"\b(?:{period_words('recalled')})"  # (not `nhìn lại năm 2023`: a review of it)
    r"(?:\s+(?:thời\s+điểm|những\s+ngày(?:\s+đầu)?|những\s+năm|ngày|hồi|vào|khoảng))*\s+$"
)
# A dated lead that tells of a founding (`Ngày 6/5/1992, Liên đoàn Lao động tỉnh ... chính thức
# được tái lập`): an anniversary feature's background, not the event the item tells of
_FOUNDED_LEAD = re.compile(rf"[^.;!?\n]{{0,120}}?\b(?:được\s+|chính\s+thức\s+)(?:{ORIGIN})\b")
# How long a hardship has lasted (`Hạn hán, xâm nhập mặn kéo dài từ cuối năm 2015 đến nay`): the
# story's background, no period of the item.
_LASTING_BEFORE = re.compile(
    r"kéo\s+dài\s+(?:suốt\s+)?(?:từ\s+)?(?:(?:cuối|đầu|giữa)\s+)?(?:năm\s+)?$"
)
_FOUNDED_BEFORE = re.compile(
    rf"(?:{ORIGIN}|{period_words('closing')})"
    r"(?:\s+(?:từ|vào|trong))?(?:\s+tháng)?\s+$"
)  # (... or closed: `ngừng hoạt động từ tháng 12-2023`, the story's background)
# ... unless told as the time a figure stood (`khi thành lập năm 1961, Công đoàn huyện chỉ có 17
# CĐCS`): the founding's year is then the figure's
_AT_THE_FOUNDING = re.compile(
    rf"(?<!từ )\bkhi\s+(?:mới\s+)?(?:được\s+)?(?:{ORIGIN})(?:\s+(?:từ|vào|trong))?"
    r"(?:\s+tháng\s+\d{1,2})?\s+$"
)
_NOT_A_PERIOD_BEFORE = re.compile(
    r"(?:tháng\s+\d{1,2}|đến|tới|trước|sau|so\s+với(?:\s+(?:cuối|đầu|cùng\s+kỳ))?"
    rf"|(?:{ORIGIN})"
    r"(?:\s+(?:từ|vào|trong))?)\s+$"
)
# A law's name ends in its year (`Luật Công đoàn năm 2024`, `Bộ luật Lao động năm 2019`, `Luật
# An toàn, vệ sinh lao động năm 2015`): the year it was passed, no period of the report.
# (its words on one line, a comma only between them, and `pháp luật`, `luật pháp`, `kỷ luật` are
# no law's name: `Luật Công đoàn, năm 2022 ...`, `pháp luật lao động năm 2023`)
_LAW_NAME = (
    r"(?<!pháp )(?<!kỷ )\bluật(?!\s+pháp\b)"
    r"(?:,?[ \t]+(?!trong\b|vào\b|từ\b|đến\b|của\b|và\b|cho\b|năm\b|có\b|tại\b"
    r"|ở\b(?![ \t]+cơ[ \t]+sở)|với\b|tới\b|về\b|sư\b)[^\W\d_]+){1,7}[ \t]+"
)  # (not `luật sư`, a lawyer; nor past a place: `Bộ luật Lao động tại doanh nghiệp năm 2024`;
# `Luật Thực hiện dân chủ ở cơ sở năm 2022` is the law's own name)
_LAW_NAME_BEFORE = re.compile(_LAW_NAME + "$")
# ... its year written bare too (`Bộ luật Lao động 2019` in a headline: the item was of 2023)
_LAW_YEAR = re.compile(_LAW_NAME + r"(?:năm[ \t]+)?((?:19|20)\d\d)(?![\d/.,-]\d|\d)")
# `sơ kết 9 tháng đầu năm 2024, triển khai nhiệm vụ quý IV`: the period a plan is for.
# ... and a year a plan is for, further back in its clause (`dự kiến khởi công năm 2019`).
_PLANNED_BEFORE = re.compile(rf"(?:{period_words('planned')})[^.;,\n\d]{{0,30}}$")
# ... or after it in its clause, no figure done told in its sentence (a date or a document's
# number after `đã` is none: `Kế hoạch số 45/KH đã ban hành ngày 20/6`): `trong quý III, LĐLĐ
# tỉnh sẽ tiếp tục mở thêm 20 lớp ... như đã làm` (not `6 tháng đầu năm, LĐLĐ tỉnh phấn đấu
# vượt chỉ tiêu và đã kết nạp 2.100 đoàn viên`)
_PLANNED_AFTER = re.compile(
    r"(?!(?:[^.\n]|\.(?=\d)){0,300}?\bđã\b(?:[^.\n]|\.(?=\d)){0,120}?(?<!số )(?<![\d/])\d(?!\d*/))"
    r"[^.;\n]{0,60}?\b(?:sẽ|dự\s+kiến|phấn\s+đấu"
    # (a directive: `năm 2024, các cấp công đoàn cần tiếp tục ...`)
    r"|cần\s+(?:tiếp\s+tục|tập\s+trung|chú\s+trọng|đẩy\s+mạnh|quan\s+tâm|chủ\s+động|làm\s+tốt"
    r"|phát\s+huy|nâng\s+cao|triển\s+khai|thực\s+hiện\s+tốt))\b"
)
# ... or a year whose plans are asked for or set, no figure after it in its clause (`PV: Năm
# 2024, ngành đặt mục tiêu gì?` in a January interview on the year just ended)
_PLAN_ASKED_AFTER = re.compile(rf"[^.;\n\d]{{0,100}}?\b(?:{period_words('plans_set')})\b[^.;\n\d]*")
# A part of the year promised from: `cam kết từ quý IV, giờ làm thêm ... không vượt quá ...`,
# `Doanh nghiệp hứa từ quý IV/2024 tăng phụ cấp nhà trọ`.
_PROMISED_BEFORE = re.compile(rf"(?:{period_words('promised')})\s+(?:kể\s+)?(?:từ|trong)?\s*$")
# (not one the text reviews: `Sơ kết 5 năm thực hiện Chương trình ... giai đoạn 2019-2023`,
# `Đánh giá kết quả triển khai Đề án ...`)
_ACT = period_words("acts")
_ACT_WORD = re.compile(rf"\b(?:{_ACT})\b")
_ACT_REVIEW = re.compile(rf"\b(?:{period_words('act_reviews')})\b")
# from the act's name to its phase: no comma but in its quoted name (`phong trào "Xanh - Sạch -
# Đẹp, Bảo đảm ATVSLĐ" giai đoạn`)
_ACT_TAIL = re.compile(r"(?:[^.;,\n\"“”]|\"[^\"\n]{0,80}\"|“[^”\n]{0,80}”){0,120}\s")
_ACT_REACH = 300  # characters before a phase its act's name and a review may stand


def _in_an_acts_phase(text: str, pos: int) -> bool:
    """The year at `pos` is one of an act's phase (`... cấp xã giai đoạn 2023 – 2025`)."""
    phase = text.rfind("giai đoạn", max(0, pos - _PHASE_REACH), pos + len("giai đoạn"))
    return phase >= 0 and _an_acts_phase(text, phase)


_PHASE_REACH = 25  # characters from `giai đoạn` to the last year of its span


def _an_acts_phase(text: str, pos: int) -> bool:
    """The span at `pos` is the phase of an act or a programme its sentence names before it,
    not one the sentence reviews; read back over `_ACT_REACH` at most (a sentence of hundreds
    of phases was read from its start for each, quadratic)."""
    lo = _clause_opened(text, pos)
    review = _ACT_REVIEW.search(text, lo, pos)
    if review is not None and _ACT_WORD.search(text, review.end(), pos):
        return False  # (`Sơ kết 5 năm thực hiện Chương trình ...`: reviewed)
    return any(_ACT_TAIL.fullmatch(text, m.end(), pos) for m in _ACT_WORD.finditer(text, lo, pos))


def _clause_opened(text: str, pos: int) -> int:
    """Where the sentence or clause holding `pos` opens, read back over `_ACT_REACH` at most."""
    floor = max(0, pos - _ACT_REACH)
    return max(floor, *(text.rfind(mark, floor, pos) + 1 for mark in ".;\n"))


def _an_awards_reason(text: str, pos: int) -> bool:
    """The span at `pos` is named by an award's reason before it in its sentence, a sentence
    that reviews nothing (`được tặng Bằng khen vì có thành tích trong phong trào ... giai đoạn
    2018-2022`): the award's, not the item's period."""
    lo = _clause_opened(text, pos)
    if _AWARD_REASON.search(text, lo, pos) is None or _ACT_REVIEW.search(text, lo, pos):
        return False
    # (... closing the item: figures told after it are the phase's, `khen thưởng 50 công nhân
    # ... giai đoạn 2015-2020. Các công nhân này có 186 sáng kiến`)
    end = _SENTENCE_END.search(text, pos)
    return end is None or not any(c.isdigit() for c in text[end.end() :])


_AWARD_REASON = re.compile(rf"\b(?:{period_words('award_reasons')})\b")
# `năm ngoái` not after a same part's words (`cùng thời điểm năm ngoái`, `cùng giai đoạn năm
# ngoái`: the same part of it, as `cùng kỳ`)
_LAST_YEAR_ALONE = re.compile(
    r"(?<!thời điểm )(?<!giai đoạn )(?<!thời kỳ )(?<!thời gian )(?<!kỳ )(?<!kì )năm ngoái"
)
_TO_COME_BEFORE = re.compile(rf"\b(?:{period_words('future_words')})\b[^.!?\n]*$")
_TO_COME_REACH = 240  # characters back in a span's sentence a word of what is to come is read
_ASKED_BEFORE = re.compile(rf"(?:^|[.;:,\n•-])\s*(?:{period_words('asked')})\b[^.;\n]{{0,90}}$")
_SINCE_BEFORE = re.compile(r"(?<!tính )\b(?:kể\s+)?từ\s+$")
_TO_AFTER = re.compile(
    r"[^.;\n]{0,40}?\b(?:đến|tới)\s+(?:nay|hết|cuối|ngày|tháng|quý|năm|thời\s+điểm|hiện\s+tại)\b"
)
_PLAN_BEFORE = re.compile(rf"(?:{period_words('plan_heads')})\s+(?:trọng\s+tâm\s+)?$")
_MONTHS_DONE = re.compile(
    r"(?<![\d.,])(?:7|8|9|10|11|bảy|tám|chín|mười|mười một)\s+tháng(?:\s+đầu)?\s+năm\b"
)
_CONGRESS = re.compile(r"đại hội")
# A union's first congress closes no term: its report is of its year (`Đại hội Công đoàn Công
# ty ... lần thứ nhất (nhiệm kỳ 2017-2022)`, `Đại hội đầu tiên của ...`); a later one reviews
# the term it closes. The ordinal is the congress's own right after its words or right before
# its term; not the first of a round (`đại hội điểm đầu tiên của huyện`), of a way of holding
# it (`lần đầu tiên tổ chức trực tuyến`), nor of another meeting (`Hội nghị lần 1`).
_FIRST = r"lần\s+(?:thứ\s+)?(?:nhất|i|1)|lần\s+đầu\s+tiên"
_FIRST_CONGRESS = re.compile(
    rf"đại\s+hội\s+(?:đại\s+biểu\s+)?(?:{_FIRST}|đầu\s+tiên)\b"
    rf"|(?:{_FIRST})[\s,;:(–-]*(?:nhiệm\s+kỳ\s*)?$|lâm\s+thời"
)
_OTHER_MEETING = re.compile(r"hội\s+nghị|kỳ\s+họp|phiên\s+họp")
# `BÁO CÁO ... TẠI HỘI NGHỊ NGƯỜI LAO ĐỘNG NĂM 2025`: the yearly conference held early in
# the year reviews the year before.
_YEARLY_CONFERENCE = re.compile(
    r"(?:hội nghị\s+(?:người lao động|nlđ|cán bộ|cbccvc|cbcc|viên chức|công chức)"
    r"|(?<!\w)hn\s?(?:nlđ|cbccvc|cbcc|cnvc))[^.\n\d]{0,50}$"  # (`HNNLĐ`, `HN CBCCVC`)
)
# An occasion and its year (`Tết Bính Thân 2016`, `“Tết sum vầy” 2017`, `Tháng Công nhân
# 2013`): what is done for it is that year's, the lunar new year's for Tết.
_STEMS: tuple[str, ...] = tuple(_WORDS["stems"])
_BRANCHES: tuple[str, ...] = tuple(_WORDS["branches"])
_BRANCH_SPELLINGS: dict[str, str] = dict(_WORDS["branch_spellings"])
_STEM = "|".join(_STEMS)
_BRANCH = "|".join((*_BRANCHES, *_BRANCH_SPELLINGS))
_CAN, _CHI = rf"(?:{_STEM})", rf"(?:{_BRANCH})"
_TET_NAME = period_words("tet_names")
_TET_NAME_OR_PROGRAMME = spaced_alternation((*_WORDS["tet_names"], *_WORDS["tet_programmes"]))
# (led by its first letters, so that `re` skips ahead; a letter before it is checked apart)
_OCCASION_YEAR = re.compile(
    rf"(?:t(?:ết(?:\s+(?:{_TET_NAME_OR_PROGRAMME}))?"
    rf"(?:\s+{_CAN}\s+{_CHI})?|háng\s+công\s+nhân)"
    rf"|xuân\s+{_CAN}\s+{_CHI})"
    # (a subtitle after a dash: `"Tết Sum vầy - Xuân gắn kết" năm 2024`)
    r"(?:[ \t]*[-–][ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,4})?"
    rf"[\s\"“”]*(?:năm\s+)?((?:19|20)\d{{2}})(?!\d)"
)
_SAME_PART_BEFORE = re.compile(r"cùng\s+kỳ\s+$")
# `..., năm trước là 6,2 triệu đồng`, `cùng kỳ năm ngoái đạt 198`: the figure after is the
# year before's (a `compared` mark: it holds in its clause only, and dates no report).
# Led by `năm`, its optional `cùng kỳ` read back from where it matches (`_last_year_was`):
# led by the optional words, `re` tried it at every character (0.15 ms of a 3 KB report).
_LAST_YEAR_WAS = re.compile(
    # (not years counted back: `Hai năm trước đã trao 300 suất quà`, `2 năm trước`; a day's date
    # before it is no count: `01/01 năm trước là`)
    r"(?<![^\d/.-]\d\s)(?<![^\d/.-]\d\d\s)(?<!hai\s)(?<!ba\s)(?<!bốn\s)(?<!mấy\s)(?<!vài\s)"
    r"(?<!nhiều\s)(?<!mười\s)"
    r"năm\s+(?:học\s+)?(?:trước|ngoái)\s*(?:là|đạt|chỉ\s+đạt|chỉ\s+có|có|:"
    # (... or what was done in it: `trong khi năm trước kết nạp 640 người`)
    rf"|(?:đã\s+|chỉ\s+)?(?:{period_words('last_year_deeds')})"
    r"(?=\s+(?:được\s+)?(?:(?:khoảng|gần|hơn|trên)\s+)?\d))(?!\w)"
)
_COMPARED_WITH = re.compile(r"(?:so\s+với|hơn|nhiều)\s+$")
# `(cùng kỳ: 51 lượt, 29 triệu đồng)`, `(cùng kỳ năm trước kết nạp 185 đoàn viên)`, `(năm
# trước 170 lượt)`: a bracket comparing with the same part of the year before, unnamed.
_SAME_PART_BRACKET = re.compile(
    r"\(\s*(?:cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái))?(?!\s*năm\s+\d)|năm\s+(?:học\s+)?(?:trước|ngoái))"
)
# ... or named before it: `cao hơn năm trước (24.115 lượt, 14,9 tỷ đồng)`: the words read
# back from each `(` (`_named_before_brackets`).
_NAMED_BEFORE_BRACKET = (
    ("cùng", "kỳ"),
    ("năm", "trước"),
    ("năm", "ngoái"),
    ("năm", "học", "trước"),
)
_ONE_YEAR_OR_PART = re.compile(r"(\d{4})(-[HQ][1-4])?")
_SCHOOL_YEAR = re.compile(r"(\d{4})-(\d{4})")
# `năm nay`, `năm học này`: the report's own year (or school year), even after a sentence's
# other year (`Năm 2023 kết nạp 380 đoàn viên; năm nay kết nạp 420`); not `nhiều năm nay`,
# `mấy năm nay` (these years), nor `năm này`, which points back at a year just named.
_THIS_YEAR = re.compile(r"(?<!\w)năm\s+(?:nay|học\s+(?:này|nay))(?!\w)")
_THESE_YEARS_BEFORE = re.compile(r"(?:nhiều|mấy|những|các|bao|vài|\d)[ \t]+$")  # (not a line's)
# `Năm học vừa qua, có 2.315 sáng kiến`: the school year ended before the text's date (in
# November 2024, 2023-2024; in March 2024, 2022-2023; a review of late May, the one ending);
# not `những năm học qua` (several), nor one compared with (`cũng như năm học vừa qua`).
_LAST_SCHOOL_YEAR = re.compile(
    r"(?<!\w)(?<!những )(?<!các )(?<!nhiều )(?<!như )(?<!như trong )(?<!với )(?<!hơn )"
    r"(?<!hai )(?<!ba )(?<!mấy )(?<!vài )(?<![\d] )"
    r"năm\s+học\s+(?:vừa\s+qua|vừa\s+rồi|vừa\s+kết\s+thúc|qua)(?!\w)"
)
_SCHOOL_YEAR_ENDS_MONTH = 5
# `Năm ngoái cả huyện chỉ có 40 cuộc, nay đã tăng lên 65 cuộc`: now again, after a comma
_NOW_AGAIN = re.compile(r"(?<=, )(?:nay|năm nay|hiện nay)(?=\s+(?:đã|là|có|tăng|giảm|đạt|lên)\b)")


def _sentence_end(text: str, m: re.Match[str]) -> int:
    """Where the sentence holding the match ends (not at a thousands dot: `1.200 đoàn viên`),
    read forward over `_SENTENCE_REACH` at most (a line of thousands of `2022,` and no full stop
    was read to its end once per year, quadratic)."""
    reach = min(len(text), m.end() + _SENTENCE_REACH)
    close = _SENTENCE_END.search(text, m.end(), reach)
    return close.start() if close else reach


_SENTENCE_REACH = 2000  # characters a sentence is read forward from a match


# `Năm ngoái, ...`, `“Năm ngoái cả huyện mới có 40 cuộc`, `Riêng năm ngoái, ...`: opening a
# sentence or a quote, the year before the text's own (not `năm trước`, which may count back
# from a year just named, nor `năm ngoái nữa`)
_LAST_YEAR_OPENS = re.compile(
    r"(?:^|(?<=[.;:!?\n\"“]))[ \t]*(?:(?:riêng|trong|cũng[ \t]+trong)[ \t]+)?(năm[ \t]+ngoái)"
    r"(?![ \t]+nữa\b)(?=[ \t,])",
    re.MULTILINE,
)


# `Cùng kỳ năm 2023, tỷ lệ ... chỉ đạt 85%, nay đã đạt 92%`: past a comma, a turn back to now
BACK_TO_NOW = re.compile(
    rf"[,;]\s*(?:(?:còn|trong\s+khi|riêng)\s+)?(?:{period_words('now_again')})\b"
)
# `Cùng kỳ năm trước, toàn tỉnh kết nạp 1.200 đoàn viên`: opening a sentence, the same part of
# the year before dates it (a `relative` mark, as `Năm ngoái, ...`)
# What may open a sentence before its `cùng kỳ` (`- Trong cùng kỳ ...`, `Cũng trong cùng kỳ`);
# also read by `layout` for `Cùng kỳ năm 2023, ...`.
SAME_PART_LEAD = r"[ \t\-+•*]*(?:(?:trong|cũng[ \t]+trong)[ \t]+)?"
_SAME_PART_LAST_YEAR_OPENS = re.compile(
    rf"(?:^|(?<=[.;:!?\n\"“])){SAME_PART_LEAD}"
    r"(cùng[ \t]+k[ỳì][ \t]+năm[ \t]+(?:trước|ngoái))(?=[ \t,])",
    re.MULTILINE,
)


# Not frozen: made many times per report (see `numbers.Quantity`).
@dataclass(slots=True)
class PeriodMark:
    """A period stated at `pos`; it holds for the numbers after it in its sentence."""

    pos: int
    period: str
    kind: str = "year"  # year | half | quarter | span | relative | now | as_of | annual | compared
    # | occasion


# A year's report is written in the first months after it; a text published later tells of
# its own present (a stock as of now, `năm qua` counted back from it).
WRITTEN_AFTER_MONTHS = 3
# From this month on, the twelve months before a text are its own year (`Năm qua, ...` in December).
YEAR_NEARLY_DONE_MONTH = 10


def months_after(year: int, published: dt.date) -> int:
    """Months from the end of `year` to the month of publication (the January after: 1)."""
    return (published.year - year - 1) * 12 + published.month


def period_year(period: str) -> int | None:
    """The last calendar year a period string covers."""
    years = re.findall(r"(?:19|20)\d{2}", period or "")
    return int(years[-1]) if years else None


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    value = read_spelled(word)
    return int(value) if value else None


def now_period(doc_period: str | None) -> str | None:
    """What "now" means in a report: its own period when that is a year, one school year or
    a part of a year (`Đến nay` in a half-year report, as `Tính đến 30/6`), else the last
    year of its span."""
    if not doc_period:
        return None
    years = re.findall(r"(?:19|20)\d{2}", doc_period)
    if len(years) == 2 and int(years[1]) - int(years[0]) > 1:
        return years[1]
    return doc_period


def this_year(doc_period: str | None, published: dt.date | None) -> str | None:
    """What `năm nay` means: the report's now (`now_period`), or the year of publication when
    a news item of a later year, past its first months, looks back at a span of earlier ones
    (`Trong 3 năm 2021 – 2023, ... Quý I năm nay` of 25/04/2024: 2024); a report of one year
    or a part of it, posted late, still speaks of its own (`tổng kết năm 2023` of 10/04/2024)."""
    now = now_period(doc_period)
    year = period_year(now or "")
    if (
        published is not None
        and year is not None
        and now != doc_period  # (a span's last year)
        and published.year > year
        and published.month >= _REVIEW_MONTHS
    ):
        return str(published.year)
    return now


def relative_span(n: int, doc_period: str | None, half: bool = False) -> str | None:
    """`5 năm qua` in a report of 2013: 2008-2013, or the report's own span of that length;
    `một năm qua`, `sau một năm`: the year itself (`một năm rưỡi`, `half`: two)."""
    year = period_year(doc_period or "")
    if year is None or n <= 0:
        return None
    if n == 1 and not half:
        return str(year)
    years = re.findall(r"(?:19|20)\d{2}", doc_period or "")
    if len(years) == 2 and int(years[1]) - int(years[0]) in (n - 1, n):
        return doc_period
    return f"{year - n}-{year}"


# The Tết of a year named by its stems and branches (`Tết Nguyên đán Kỷ Hợi`: the Tết of 2019):
# that year, as `Tết ... 2019` would say it.
_LUNAR_NEW_YEAR = re.compile(
    rf"tết(?:\s+(?:{_TET_NAME}))?\s+({_STEM})\s+"
    rf"({_BRANCH})(?!\w)(?!\s+(?:19|20)\d\d)"
)
_A_SPAN = re.compile(r"(?:19|20)\d\d-(?:19|20)\d\d")
_FIRST_CYCLE_YEAR = 1984  # Giáp Tý: the years read lie in 1984-2043, one per name


def _dated_openings(
    text: str, doc_year: int, inside: Callable[[int], bool], span: bool = False
) -> list[PeriodMark]:
    """`Ngày 15/10/2023, ...`, `Trong đợt mưa lũ tháng 10/2023, ...`, `Tháng 10 năm 2023, ...`
    in a report of 2024: a day or a month of another year closing the phrase that opens a
    sentence dates that sentence (a `relative` mark: not its paragraph); a later year's only
    when the sentence tells no review's results and names no other year (`Chiều 15/1/2024,
    tổng kết ..., cho biết ... đã kết nạp 5.200 đoàn viên` in a review of 2023: the meeting's
    day, not its results'; `Ngày 13/3/2023, ... tổ chức 2 lớp tập huấn` in a review of 2022:
    the course's; not past other digits in the opening, `Trong hai ngày 13 và 14/3/2023`). Not
    an act's date (`Thực hiện Kế hoạch số 12/KH-LĐLĐ ngày 15/10/2023, ...`: a figure before
    it). In a report of several years (`span`), its last year's day dates its sentence too
    (`Tháng 3-2022, chi bộ tổ chức lễ kết nạp 6 đảng viên mới` in a review of 2017-2022),
    unless that sentence tells the review's results."""
    found = []
    for m in _YEAR_THEN_COMMA.finditer(text):
        year = int(m.group(1))
        if (year == doc_year and not span) or inside(m.start(1)):
            continue
        end = _sentence_end(text, m)
        if year == doc_year and (
            _REVIEW_OR_YEAR.search(text, m.end(), end) or _THE_TERMS_OWN.search(text, m.end(), end)
        ):
            continue  # (`Tháng 6-2023, Công đoàn huyện về đích sớm các chỉ tiêu Nghị quyết ...`)
        if year > doc_year and (
            _REVIEW_OR_YEAR.search(text, m.end(), end)
            or not any(c.isdigit() for c in text[m.end() : end])
        ):
            continue  # (a later day's sentence telling the review's results, or no figure)
        start = m.start(1)
        # (looked back at over the opening's reach only: a line of thousands of dates and no
        # full stop was read back to its start once per date, quadratic)
        lo = max(0, start - _OPENING_REACH)
        opened = max(text.rfind(mark, lo, start) + len(mark) for mark in _SENTENCE_MARKS)
        if opened < lo + 1 and lo > 0:
            continue  # (no sentence opens in reach: the phrase before the date is too long)
        opened = max(opened, lo)
        date = _DATE_BEFORE_ITS_YEAR.search(text, max(0, opened, start - 30), start)
        if date is None or date.start() - opened > _OPENING_PHRASE:
            continue
        if any(c.isdigit() for c in text[opened : date.start()]):
            continue
        if year > doc_year and _REVIEW_OR_YEAR.search(text, opened, date.start()):
            continue  # (`Số liệu tính đến ngày 15/1/2023, ...`: the review's as of its day)
        if _ORIGIN_BEFORE.search(text, opened, date.start()):
            # a founding's day dates the stock it began with (`thành lập từ tháng 8/2010, khi ấy
            # chỉ có 63 đoàn viên`), not one of now (`Được thành lập từ tháng 5/2015, Công đoàn
            # có 32.000 đoàn viên`)
            if not _THEN_ONLY.search(text, m.end(), end):
                continue
        elif _NOT_AN_EVENTS_DAY.search(text, opened, date.start()):
            continue  # (an act's date, a span's start: `Kể từ tháng 10/2023, ...`)
        elif year < doc_year - 1 and _ANNIVERSARY_BEFORE.search(text, opened, date.start()):
            continue  # (a day long past it marks: `Chào mừng Quốc khánh 2/9/1945, ...`)
        if "tết" in text[m.end() : end] or "xuân" in text[m.end() : end]:
            continue  # (`Ngày 28/12/2023, ... Chợ Tết ..., trao 2.000 suất quà Tết`: its year's)
        found.append(PeriodMark(date.start(), str(year), "relative"))
    return found


_A_RECORD_BEFORE = re.compile(
    r"(?:(?:cao|thấp|nhiều|ít|lớn|nhỏ)\s+nhất|lần\s+đầu(?:\s+tiên)?|kỷ\s+lục)\s*$"
)
_A_PART_BEFORE = re.compile(r"\btrong\s+đó\s*,?\s*(?:(?:riêng|nhân|vào)\s+)?(?:dịp\s+)?$")
_YEAR_THEN_COMMA = re.compile(r"((?:19|20)\d\d)[ \t]*,")
# What a span's report tells of the whole span in a sentence its last year's day opens: its
# term's end, its resolution's targets (`Tháng 6-2023, kết thúc nhiệm kỳ, Quỹ ... đã xây mới 25
# nhà`, `... về đích sớm các chỉ tiêu Nghị quyết Đại hội`)
_THE_TERMS_OWN = re.compile(
    r"\b(?:nhiệm\s+kỳ|nghị\s+quyết|đại\s+hội|về\s+đích|cả\s+giai\s+đoạn|lũy\s+kế|tổng\s+cộng)\b"
)
# `Chiều 21-10, ...`, `Ngày 26/6, ...`, `(LĐ) - Ngày 21.10, ...`: a day with no year opening
# a sentence of a news item (a paper's tag before it)
_YEARLESS_DAY_OPENS = re.compile(
    r"(?:^|(?<=[.!?\n]))[ \t\"“(]*"
    r"(?:\([^()\n]{1,12}\)[ \t]*[-–][ \t]*|[^\W\d][^\n.,;:()]{0,24}?[ \t]+[-–][ \t]+)?"
    r"(?:vào[ \t]+)?(?:(?:sáng|chiều|tối|trưa|đêm|hôm|ngày)[ \t]+(?:ngày[ \t]+)?)"
    r"(\d{1,2})[ \t]*[/.-][ \t]*(\d{1,2})(?![\d/.-])(?:[ \t]+vừa[ \t]+qua)?[ \t]*,",
    re.MULTILINE,
)
# ... unless its sentence tells a review's results or names a year of its own
_REVIEW_OR_YEAR = re.compile(
    rf"\b(?:{period_words('act_reviews')}|{period_words('results_told')}|"
    rf"{period_words('told_of_the_year')})\b|(?<!\d)(?:19|20)\d\d(?!\d)"
)


def _yearless_day_openings(
    text: str, doc_period: str | None, published: dt.date
) -> list[PeriodMark]:
    """`Chiều 21-10, LĐLĐ huyện ... trao 500 phần quà` in an item published on 22/10/2023 whose
    text named a programme's years (`(2021-2023)`) or last year's figures before: a day up to
    the item's date in its year dates its sentence (a `relative` mark); not a sentence telling
    a review's results (`Sáng 13-1, tổng kết năm ...`, `told_of_the_year`) or naming a year."""
    found = []
    for m in _YEARLESS_DAY_OPENS.finditer(text):
        try:
            day = dt.date(published.year, int(m.group(2)), int(m.group(1)))
        except ValueError:
            continue
        if day > published:
            continue  # (an update's day, `Sáng 24/4, ...` under an appeal of 8/4/2023; or last
            # year's, `Ngày 14-1, ...` in a review of the year published on 3/1: not told apart)
        year = published.year
        if (doc_period or "").startswith(str(year)):
            continue
        if _REVIEW_OR_YEAR.search(text, m.end(), _sentence_end(text, m)):
            continue
        found.append(PeriodMark(m.start(1), str(year), "relative"))
    return found


# An anniversary's day, a founding's, the start of a span, an act's date: no day of the events
# the sentence tells
_NOT_AN_EVENTS_DAY = re.compile(
    rf"\b(?:{period_words('acts')}|{period_words('not_an_events_day')})\b"
)
_ORIGIN_BEFORE = re.compile(rf"\b(?:{ORIGIN})\b")
_THEN_ONLY = re.compile(rf"\b(?:{period_words('then_only')})\b")
_ANNIVERSARY_BEFORE = re.compile(rf"\b(?:{period_words('anniversary_words')}|quốc\s+khánh)\b")
_SENTENCE_MARKS = (". ", "\n", "; ", ": ", "! ", "? ")
# `ngày 15/10/`, `15.10.`, `tháng 10/`, `tháng 10 năm ` before the year
_DATE_BEFORE_ITS_YEAR = re.compile(
    r"(?<![\w/.-])(?:(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]|tháng\s+\d{1,2}\s*(?:[/.-]|\s+năm\s+))"
    r"\s*$"
)
_OPENING_PHRASE = 60  # characters of words before the date that opens a sentence
_OPENING_REACH = _OPENING_PHRASE + 40  # ... and of the date itself, back from its year


def _names_the_tet_of(text: str, year: int) -> bool:
    """The text names the Tết that opens `year` by its stem and branch (`Tết Giáp Thìn`)."""
    return "tết" in text and any(
        _lunar_year(m.group(1), m.group(2)) == year for m in _LUNAR_NEW_YEAR.finditer(text)
    )


# Gifts named for a Tết right after their count (`trao 1.500 phần quà Tết Giáp Thìn`, `suất quà
# Tết Nguyên đán 2024`): that Tết's year is theirs.
_GIFTS_OF_A_TET = re.compile(
    rf"\b(?:quà|suất\s+quà|phần\s+quà)\s+(?:tết|xuân)(?:\s+(?:{_TET_NAME}))?\s+"
    rf"(?:({_STEM})\s+({_BRANCH})(?!\w)|((?:19|20)\d\d)(?!\d))"
)


def gifts_of_a_tet(
    low: str, doc_period: str, published: dt.date | None = None
) -> list[tuple[int, str]]:
    """Where each Tết named right after a gift's noun starts, and its year: another year than
    the report's (its own leaves a half's report its half: `trao 185.000 suất quà Tết Tân Sửu`
    in 2021-H1), or any in a report of several years; one year from the report's at most
    (another cycle's is history). Not gifts handed over before that year, by the day their
    sentence names (`Ngày 20/12/2023, ... trao 500 suất quà Tết Giáp Thìn`) or in an item
    written then, nor in a report of a part of the year before (its quarter, its half)."""
    doc_year = period_year(doc_period)
    if doc_year is None or ("tết" not in low and "xuân" not in low):
        return []
    spanned = _A_SPAN.fullmatch(doc_period) is not None
    part_of_year = "-H" in doc_period or "-Q" in doc_period
    found = []
    for m in _GIFTS_OF_A_TET.finditer(low):
        year = int(m.group(3)) if m.group(3) else _lunar_year(m.group(1), m.group(2))
        if not ((year != doc_year or spanned) and abs(year - doc_year) <= 1):
            continue
        if year > doc_year and (part_of_year or (published is not None and published.year < year)):
            continue
        lo = max(0, m.start() - _GIFTS_SENTENCE_REACH)  # (read back a bounded stretch)
        opened = max(lo - 1, *(low.rfind(c, lo, m.start()) for c in (". ", "! ", "? ", "\n"))) + 1
        if _A_DAY_OR_MONTH.search(low, opened, m.start()):
            continue
        found.append((m.start(), str(year)))
    return found


_GIFTS_SENTENCE_REACH = 300  # characters of the gifts' sentence read back for a day or month
# A day or a month named in the gifts' sentence: they were handed over then (`Ngày 20/12/2023`,
# `Trong tháng 12/2023`, `Sáng 28/12`).
_A_DAY_OR_MONTH = re.compile(
    r"(?<![\d.,])(?:\d{1,2}\s*/\s*\d{1,2}(?!\d)|\d{1,2}[.-]\d{1,2}[.-](?:19|20)\d\d)"
    r"|\btháng\s+\d{1,2}\b"
)


def _lunar_year(stem: str, branch: str) -> int:
    branch = _BRANCH_SPELLINGS.get(branch, branch)
    s, b = _STEMS.index(stem), _BRANCHES.index(branch)
    cycle = range(_FIRST_CYCLE_YEAR, _FIRST_CYCLE_YEAR + 60)
    return next(y for y in cycle if (y - 4) % 10 == s and (y - 4) % 12 == b)


def _current_term(text: str, year: int | None) -> str | None:
    """The term the report names that holds its year, so far (`nhiệm kỳ 2023 - 2028` in the
    report of 2024: 2023-2024); None when it names none (or several)."""
    if year is None or "nhiệm kỳ" not in text:
        return None
    starts = {
        int(m.group(1))
        for m in _NAMED_TERM.finditer(text)
        if int(m.group(1)) < year <= int(m.group(2))
    }
    return f"{starts.pop()}-{year}" if len(starts) == 1 else None


def _term_span(doc_period: str | None) -> str | None:
    """The term `nhiệm kỳ qua`, `từ đầu nhiệm kỳ` speak of: the report's own span when it is a
    term or part of one (a mid-term review of 2017-2020; a term drawn out a year, 2017-2023),
    else the five years to its year."""
    years = re.findall(r"(?:19|20)\d{2}", doc_period or "")
    if len(years) == 2 and 0 < int(years[1]) - int(years[0]) <= TERM_YEARS + 1:
        return doc_period
    return relative_span(TERM_YEARS, doc_period)


# `kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2024)`, `90 năm ... (1929
# - 2019)`: a bracketed span as long as the years counted before it names an anniversary
_ANNIVERSARY = re.compile(
    r"(?<![\d.,])(\d{1,3})\s+năm\b[^.;\n()]{0,100}\(((?:tháng\s+)?(?:\d{1,2}\s*[/.-]\s*){0,2}"
    r"((?:19|20)\d\d)\s*[-–—]\s*)(?:tháng\s+)?(?:\d{1,2}\s*[/.-]\s*){0,2}((?:19|20)\d\d)\)"
)  # (the day, the month or neither: `(6/5/1992 - 6/5/2022)`, `(9/1994 - 9/2024)`, `(1974-2024)`)


# (`nhiệm kỳ 5 năm (2018 - 2023)` is a term: the words that make it an anniversary)
_ANNIVERSARY_WORDS = re.compile(period_words("anniversary_words"))


# `chị Hoàng Thị Sinh, sinh năm 1976`, `anh B (SN 1990)`, `năm sinh: 1988`: a birth year
_BORN = re.compile(
    r"\b(?:sinh\s+(?:năm|ngày)|năm\s+sinh|sn)\s*:?\s*((?:\d{1,2}\s*[/.-]\s*){0,2}(?:19|20)\d\d)(?!\d)"
)


# A legal act's number and the day it was signed (`Nghị định số 145/2020/NĐ-CP ngày
# 14-12-2020`, `Kế hoạch 12/2023/KH-LĐLĐ`): the year a rule was made, no period of the report
# (the report's own number, `Số: 15/2024/BC-LĐLĐ`, names no act: its year stays; nor does an
# act numbered without a year, as often the union's own decision the news is of: `Ban Thường
# vụ ... đã ký Quyết định số 214/QĐ-CĐ ngày 18/10/2022`).
_LEGAL_NUMBER = re.compile(
    r"\b(?:nghị[ \t]+định|nghị[ \t]+quyết|thông[ \t]+tư|quyết[ \t]+định|chỉ[ \t]+thị|công[ \t]+văn"
    r"|kế[ \t]+hoạch|hướng[ \t]+dẫn|luật)[ \t]+(?:số[ \t]*:?[ \t]*)?"
    r"\d{1,5}/((?:19|20)\d\d)/[^\W\d_][^\s,;()]*"
    r"(?:[ \t]+ngày[ \t]+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d\d)(?!\d))?"
)
# `28/7/1929-28/7/2016`, `(12.3.2009 - 12.3.2024)`: a range from a day to the same day years
# on is an anniversary; the founding's year is no period
_SAME_DAY_RANGE = re.compile(
    r"(?<![\d/.])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)\s*[-–]\s*"
    r"\1\s*[/.-]\s*\2\s*[/.-]\s*(?:19|20)\d\d(?!\d)"
)


def _year_between_slashes(low: str) -> bool:
    """`145/2020/NĐ-CP`: a year between two slashes, as an act's number holds one (looked for
    with `str.find`, a few dates a report)."""
    for century in ("/20", "/19"):
        i = low.find(century)
        while i >= 0:
            if low[i + 3 : i + 5].isdigit() and low.startswith("/", i + 5):
                return True
            i = low.find(century, i + 3)
    return False


_RANGE_OF_DATES_HINT = re.compile(r"(?:19|20)\d\d\s*[-–]\s*\d{1,2}\s*[/.-]")


def without_years_of_no_period(low: str) -> str:
    """The lower-cased text with the founding date of anniversary spans, birth dates, an
    arrear's first year and legal documents' years blanked (same length): the year founded is
    no period the report covers (the anniversary's own date stays: the year it is held), nor
    the year one was born, nor the year a firm began to owe, nor the year a decree was signed
    or a law passed."""
    if "sinh" in low or "sn" in low:
        for m in _BORN.finditer(low):
            a, b = m.span(1)
            low = low[:a] + " " * (b - a) + low[b:]
    if _year_between_slashes(low):  # (searched only then: the pattern is slow to try)
        for m in _LEGAL_NUMBER.finditer(low):
            for group in (1, 2):
                if m.group(group):
                    a, b = m.span(group)
                    low = low[:a] + " " * (b - a) + low[b:]
    if _RANGE_OF_DATES_HINT.search(low):
        for m in _SAME_DAY_RANGE.finditer(low):
            a, b = m.span(3)
            low = low[:a] + " " * (b - a) + low[b:]
    if "từ" in low:
        for m in _SINCE_RE.finditer(low):
            if _A_DEBT_BEFORE.search(low, max(0, m.start() - 60), m.start()):
                # (how long a firm has owed, no span of the report's: `nợ KPCĐ từ tháng 7-2013
                # đến nay`)
                for group in (1, 2, 3, 4):
                    if m.group(group):
                        a, b = m.span(group)
                        low = low[:a] + " " * (b - a) + low[b:]
    if "luật" in low:
        for m in _LAW_YEAR.finditer(low):
            a, b = m.span(1)
            low = low[:a] + " " * (b - a) + low[b:]
    if "năm" not in low or "(" not in low:
        return low
    for m in _ANNIVERSARY.finditer(low):
        said = _ANNIVERSARY_WORDS.search(low, max(0, m.start() - 25), m.end())
        if said and int(m.group(4)) - int(m.group(3)) == int(m.group(1)):
            a, b = m.span(2)
            low = low[:a] + " " * (b - a) + low[b:]
    return low


def find_marks(
    text: str, doc_period: str | None, published: dt.date | None = None, *, of_figures: bool = False
) -> list[PeriodMark]:
    """Every period statement in the text, in order of position; `năm nay` is the year of
    publication when that is later than the report's own (see `this_year`). `of_figures`: the
    marks date figures (not the report: see `own` below)."""
    text = without_years_of_no_period(lowercase(text))
    doc_year = period_year(doc_period or "")
    now = now_period(doc_period)
    this = this_year(doc_period, published)
    marks: list[PeriodMark] = []
    covered: list[tuple[int, int]] = []

    def add(pos: int, span: tuple[int, int], period: str | None, kind: str) -> None:
        if period:
            marks.append(PeriodMark(pos, period, kind))
            covered.append(span)

    if "tháng" in text:
        for m in _HALF_RE.finditer(text):
            six = _HALF_BEFORE.search(text, max(0, m.start() - 5), m.start())
            year = m.group(2) or doc_year
            if six and year:
                half = 1 if m.group(1) == "đầu" else 2
                if (
                    half == 2
                    and not m.group(2)
                    and published is not None
                    and int(year) == published.year
                    and published.month < _SECOND_HALF_OPENS
                ):
                    # `Sáu tháng cuối năm, ... kết nạp 4,8 nghìn đoàn viên` in an item of January
                    # 2026: a half not yet begun, the year before's
                    year = str(published.year - 1)
                add(six.start(), (six.start(), m.end()), f"{year}-H{half}", "half")
            elif year and (three := _QUARTER_BEFORE.search(text, max(0, m.start() - 4), m.start())):
                # `3 tháng đầu năm 2023`: its first quarter (`3 tháng cuối năm`: its last)
                quarter = 1 if m.group(1) == "đầu" else 4
                add(three.start(), (three.start(), m.end()), f"{year}-Q{quarter}", "quarter")
        if (span := _two_years(doc_period or "")) and span[1] - span[0] >= _EVENTS_SPAN:
            # a span's report dating an event by its month (`Trong đợt mưa lũ lịch sử tháng
            # 10/2020, ... sửa chữa khẩn cấp 52 nhà` in a review of 2016-2020): that year
            for m in _EVENT_MONTH.finditer(text):
                add(m.start(), m.span(), m.group(1), "year")
        if "từ" in text:
            for m in _FROM_JULY.finditer(text):
                # `Từ tháng 7 đến nay` (a union set up on 1 July, a merger's), `từ ngày 1/7
                # đến 31/12`: the year's second half, once it is over (`từ tháng 7 đến nay` in
                # September is some months of it: no code)
                year = m.group(1) or doc_year
                to_now = m.group(0).endswith("nay")
                if year and not (
                    to_now
                    and (published is None or (published.year, published.month) < (int(year), 12))
                ):
                    add(m.start(), m.span(), f"{year}-H2", "half")
        if published is not None:
            for m in _MONTHS_BACK.finditer(text):
                # `Sau 18 tháng thực hiện, ...` of December 2026: from mid-2025 to now (more
                # than a year: fewer months are the year's or a part's, `Qua 6 tháng triển khai`
                # in a half-year's review)
                if int(m.group(1)) <= 12:
                    continue
                first = (published.year * 12 + published.month - 1 - int(m.group(1))) // 12
                add(m.start(), m.span(), f"{first}-{published.year}", "span")
        if doc_year and doc_period and ("-Q" in doc_period or "-H" in doc_period):
            for m in _MONTHS_OF_THE_YEAR.finditer(text):  # `Lũy kế 9 tháng đầu năm, ...`
                add(m.start(), m.span(), str(doc_year), "year")
            if doc_period.endswith(("-Q2", "-H1")):
                for m in _SIX_MONTHS_SO_FAR.finditer(text):
                    add(m.start(), m.span(), f"{doc_year}-H1", "half")
    if "nửa" in text:
        for m in _HALF_WORD.finditer(text):
            year = m.group(2) or doc_year
            half = 1 if m.group(1) == "đầu" else 2
            add(m.start(), m.span(), year and f"{year}-H{half}", "half")
    if "quý" in text or "quí" in text:
        for m in _QUARTER_RE.finditer(text):
            if text.endswith("đối thoại định kỳ ", max(0, m.start() - 18), m.start()):
                continue  # a meeting's name (`buổi đối thoại định kỳ quý III/2023`), no period
            year = m.group(2) or (period_year(this or "") if m.group(3) else doc_year)
            q = m.group(1)
            if (
                not m.group(2)
                and published is not None
                and year == published.year
                and 3 * int(_ROMAN.get(q, q)) - 2 > published.month
                and _JUST_PAST.match(text, m.end())
            ):
                year = published.year - 1  # `Quý IV vừa qua` in an item of January: last year's
            add(m.start(), m.span(), year and f"{year}-Q{_ROMAN.get(q, q)}", "quarter")
    if "/" in text:
        for m in at_starts(_DATE_SPAN, text, _date_span_starts(text)):
            found = _span_of_dates(m)
            if found is not None:
                add(m.start(), m.span(), *found)
    if "từ" in text and (year_now := period_year(this or "")) is not None:
        # (... or with no year, of the year written in: `từ ngày 1-7 đến 30-9`, `từ 1/1 đến 30/6`)
        for m in _YEARLESS_DATE_SPAN.finditer(text):
            line = text.rfind("\n", 0, m.start()) + 1
            if _YEAR_NAMED.search(text, max(line, m.start() - _YEAR_BEFORE_DATES), m.start()) or (
                _YEAR_NAMED_AFTER.match(text, m.end())
            ):
                continue  # (a year told before the dates, or after: `Năm 2021, từ ngày 1-7 ...`)
            start, end = (int(m.group(1)), int(m.group(2))), (int(m.group(3)), int(m.group(4)))
            if (found := _part_of_dates(start, end, str(year_now))) is not None:
                add(m.start(), m.span(), *found)
    for m in _SINCE_RE.finditer(text):
        end = m.group(2) or m.group(3) or m.group(4) or doc_year
        if end and int(end) > int(m.group(1)):
            capped = _cap(int(end), doc_year)
            if capped > int(m.group(1)):
                add(m.start(), m.span(), f"{m.group(1)}-{capped}", "span")
            else:  # (a report of the span's first year: no span to be counted yet)
                add(m.start(), m.span(), m.group(1), "year")
    if ":" in text:
        # a line labelled by a bare year, a span or a month (a timeline's: `2020: 612 sáng kiến
        # ...`, `2020-2021: ...`, `Tháng 4/2023: ...`)
        for m in _LINE_LABEL.finditer(text):
            if m.group(2):
                add(m.start(1), m.span(), f"{m.group(1)}-{m.group(2)}", "span")
            else:
                add(m.start(1), m.span(), m.group(1), "year")
    if " và " in text:
        for m in _TWO_YEARS.finditer(text):  # `trong 2 năm 2014 và 2015`
            if int(m.group(2)) == int(m.group(1)) + 1:
                add(m.start(), m.span(), f"{m.group(1)}-{m.group(2)}", "span")
        for m in _A_YEAR_AND_MONTHS_OF_NEXT.finditer(text):
            # `trong năm 2020 và 5 tháng đầu năm 2021`: a span into the next year
            if int(m.group(3)) == int(m.group(1)) + 1:
                add(m.start(), m.span(), f"{m.group(1)}-{m.group(3)}", "span")
    if "," in text:
        for m in _YEAR_AND_NEXT.finditer(text):
            if int(m.group(2)) == int(m.group(1)) + 1:
                add(m.start(), m.span(), f"{m.group(1)}-{m.group(2)}", "span")
    stated = _Spans(covered)
    for m in _year_ranges(text):
        word = _SPAN_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if word is None or stated(m.start()):
            continue
        start, end = int(m.group(1)), int(m.group(2))
        span_end, kind, lead = m.end(), word.group(1), word.start()
        term = _TERM_BRACKETED.search(text, max(0, lead - 12), lead) if kind == "(" else None
        closed = _CLOSES.match(text, m.end()) if term is not None else None
        if (
            term is not None
            and closed is not None
            and _TO_NOW.match(text, closed.end())
            and _FROM_START.search(text, max(0, term.start() - 10), term.start())
        ):
            kind, lead = "nhiệm kỳ", term.start()  # `Từ đầu nhiệm kỳ (2023-2028) đến nay`
        else:
            closed = None
        if kind == "nhiệm kỳ" and doc_year and end > doc_year:
            to_now = _TO_NOW.match(text, closed.end() if closed else m.end())
            if to_now is None and (day := _TO_A_DAY.match(text, m.end())) is not None:
                # (`Tính từ đầu nhiệm kỳ 2018-2023 đến 30/6/2021`: the term so far, to that day
                # of the report's year)
                to_now = day if int(day.group(1)) == doc_year else None
            if not (
                to_now and start <= doc_year and _FROM_START.search(text, max(0, lead - 10), lead)
            ):
                continue  # the coming term (`Ban Chấp hành nhiệm kỳ 2023-2028`), not a result
            span_end = to_now.end()  # `Từ đầu nhiệm kỳ 2023-2028 đến nay`: the term so far
            if start == doc_year:
                add(lead, (lead, span_end), str(start), "year")
                continue
        if (
            kind == "năm học"
            and end == start + 1
            and _AT_START.search(text, max(0, lead - 8), lead)
        ):
            # (the start of a school year is in its first year: `34/34 đơn vị tổ chức Hội nghị
            # viên chức đầu năm học 2019-2020` in the report of 2019)
            add(lead, (lead, span_end), str(start), "year")
            continue
        if kind == "năm học" and _school_year_begun(start, end, published):
            # (`Năm học 2023-2024, trường có 52 CBGVNV` in an item of October 2023 reviewing
            # the school year before: the one under way, no horizon)
            add(lead, (lead, span_end), f"{start}-{end}", "span")
            continue
        end = _cap(end, doc_year)
        if end > start:
            add(lead, (lead, span_end), f"{start}-{end}", "span")
            if kind == "nhiệm kỳ" and _AT_START.search(text, max(0, lead - 8), lead):
                marks.append(PeriodMark(m.end() - 1, str(start), "year"))  # its first year
    # `Năm qua, ...` in an item of January to March: the year just ended
    last_year = published.year - 1 if published and published.month < _REVIEW_MONTHS else None
    named_spans = (
        {
            int(m.group(1)): f"{m.group(2)}-{m.group(3)}"
            for m in _SPAN_IN_BRACKETS.finditer(text)
            if int(m.group(3)) - int(m.group(2)) in (int(m.group(1)) - 1, int(m.group(1)))
        }
        if "(" in text
        else {}
    )
    for m in _NAM.finditer(text):
        before = _count_before(text, m.start())
        if before is None:
            if (
                last_year
                and doc_year != last_year
                and _THE_YEAR_PAST.match(text, m.end())
                and not _MANY_YEARS_BEFORE.search(text, max(0, m.start() - 12), m.start())
            ):
                add(m.start(), (m.start(), m.end()), str(last_year), "year")
            continue
        if before.group(1) or text.startswith(" qua", m.end()):
            if text.startswith(" 19", m.end()) or text.startswith(" 20", m.end()):
                continue
            if before.group(1) in ("sau", "trong", "suốt", "qua") and _A_WORKING_LIFE.match(
                text, m.end()
            ):
                continue  # (`Sau 15 năm gắn bó với công ty, chị ...`: one worker's years)
            if before.group(1) == "sau" and _A_PAUSE.match(text, m.end()):
                continue  # (`Sau hai năm dịch bệnh, Tháng Công nhân 2022 ...`: years before)
            if (
                before.group(1) == "sau"
                and _SENTENCE_ENDS.match(text, m.end())
                and not _SPAN_DEEDS.search(
                    text,
                    max(0, text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())),
                    m.start(),
                )
            ):
                continue  # (`... đã có lời giải sau 2 năm.`: how long a story took; not `đã kết
                # nạp 1.200 đoàn viên mới sau 3 năm.`, what those years brought)
            if _YEARS_TO_COME.match(text, m.end()):
                continue  # (`trong 5 năm tới`: years to come, not counted back)
            if _A_RECORD_BEFORE.search(text, max(0, before.start() - 20), before.start()):
                continue  # (a record over those years: `cao nhất trong 5 năm qua`, `Lần đầu tiên
                # sau 5 năm`)
            n = _count(before.group(2))
            # (`sau một năm rưỡi`: into a second year)
            half = text.startswith(" rưỡi", m.end())
            if (
                n == 1
                and last_year
                and doc_year != last_year
                and _THE_YEAR_PAST.match(text, m.end())
            ):
                # `Một năm qua, ...` in an item of January to March, as `Năm qua`
                add(before.start(), (before.start(), m.end()), str(last_year), "year")
                continue
            if n in named_spans:
                # (`sơ kết 2 năm (2023 - 2024)`: the span the brackets name, here or elsewhere in
                # the text, not two years back from the report's)
                add(before.start(), (before.start(), m.end()), named_spans[n], "span")
                continue
            add(
                before.start(),
                (before.start(), m.end()),
                relative_span(n, doc_period, half) if n else None,
                "relative",
            )
    if "tết" in text:
        for m in _LUNAR_NEW_YEAR.finditer(text):
            year = _lunar_year(m.group(1), m.group(2))
            # (the report's own year says no more, a half of it says more, a span of it (a school
            # year, a term) less; one far from it is another cycle's: `Tổng tiến công và nổi dậy
            # Tết Mậu Thân` is 1968's)
            spanned = bool(doc_period and _A_SPAN.fullmatch(doc_period))
            # (a year's report's own Tết holds its sentence against a year told before it:
            # `năm 2024 ... kết nạp 62.517 đoàn viên. Riêng dịp Tết Ất Tỵ, ... chăm lo cho hơn
            # 1,1 triệu lượt` in an item of January 2025)
            # (not a part of a whole told before it: `Năm 2023, ... chăm lo cho 900.000 lượt; trong
            # đó dịp Tết Giáp Thìn chăm lo cho 300.000 lượt`)
            own = (
                of_figures
                and doc_period == str(year)
                and not _A_PART_BEFORE.search(text, max(0, m.start() - 25), m.start())
            )
            if (year != doc_year or spanned or own) and (
                doc_year is None or abs(year - doc_year) <= 1
            ):
                # (in a span's report, the occasion's own, to its clause's end: it frames no
                # paragraph, `Dịp Tết Ất Tỵ trao 1.250 suất quà; kết nạp 420 đoàn viên mới`)
                add(m.start(), m.span(), str(year), "occasion" if spanned else "year")
                if spanned and doc_period and (stop := CLAUSE_STOP.search(text, m.end())):
                    add(stop.end(), (stop.end(), stop.end()), doc_period, "occasion")
    for m in _TERM.finditer(text):
        before = _TERM_BEFORE.search(text, max(0, m.start() - 10), m.start())
        if (earlier := _PREVIOUS_TERM.match(text, m.end())) and (term := _term_span(doc_period)):
            # `(nhiệm kỳ trước: 6.120 lượt)`: the term before the report's, as long as it
            start, end = int(term[:4]), int(term[-4:])
            add(m.start(), (m.start(), earlier.end()), f"{2 * start - end}-{start}", "span")
            continue
        after = _TERM_AFTER.match(text, m.end())
        if after is None:
            continue
        if before or after.group(0).strip():
            pos = before.start() if before else m.start()
            span = _term_span(doc_period)
            if before and "đầu" in before.group(0) and (term := _current_term(text, doc_year)):
                span = term  # `từ đầu nhiệm kỳ đến nay` of the term the report names
            if span and _AT_START.search(text, max(0, m.start() - 8), m.start()):
                add(pos, (pos, after.end()), span[:4], "year")  # `đầu nhiệm kỳ`: its first year
            else:
                add(pos, (pos, after.end()), span, "relative")
    # (in a year's report, a running total after a quarter's figure: the year)
    part = bool(doc_period) and ("-H" in doc_period or "-Q" in doc_period)
    if (part or (doc_period or "").isdigit()) and ("kế" in text or "dồn" in text):
        so_far = doc_period[:4] + _YEAR_SO_FAR.get(doc_period[4:], "")
        for m in _CUMULATIVE.finditer(text):
            if (since := _since_an_earlier_years_start(m.group(0), doc_year)) is not None:
                add(m.start(), m.span(), since, "span")
                continue
            # (`lũy kế 3 tháng`: the first quarter; `6 tháng`: the first half)
            months = _MONTHS_SO_FAR.get(m.group(1) or "", so_far[4:])
            period = doc_period[:4] + months
            add(m.start(), m.span(), period, _KIND_OF_PART.get(months, "year"))
    dated = _Spans(covered)  # `từ 1/7 đến 31/12/2025`: the end of a part read above
    for m in each_match(_AS_OF_RES, text):
        if not dated(m.start()):
            # (a date of its own is no "now": `Tính đến cuối năm 2023` keeps 2023 in a text
            # written in 2025; `cuối nhiệm kỳ` is the report's now)
            kind = "now" if m.group(3) is not None else "as_of"
            add(m.start(), m.span(), _as_of(m, doc_period), kind)
    if doc_period and ("-H" in doc_period or "-Q" in doc_period):
        # from the year's start to the report's part: its first quarter, its first half, or
        # (nine months and more, no code of its own) the year
        so_far = doc_period[:4] + _YEAR_SO_FAR.get(doc_period[4:], "")
        for m in _YEAR_TO_DATE.finditer(text):
            if (since := _since_an_earlier_years_start(m.group(0), doc_year)) is not None:
                add(m.start(), m.span(), since, "span")
                continue
            add(m.start(), m.span(), so_far, _KIND_OF_PART.get(so_far[4:], "year"))
    inside = _Spans(covered)
    if "tết" in text or "tháng công nhân" in text or "xuân" in text:
        _occasion_marks(text, doc_period, marks)
        this_tet = (
            published.year
            if last_year is not None
            and doc_year == last_year
            and published is not None
            and _TET_WITHOUT_YEAR.search(text, 0, _TET_HEAD_CHARS)
            else None
        )
        if "tết" in text:
            _yearless_tet_marks(text, this_tet, marks)
            _relative_tet_marks(text, this_tet, published, marks)
        if "tháng công nhân" in text:
            _yearless_workers_month_marks(text, marks)
    for m in YEAR_MENTION.finditer(text):
        if inside(m.start()):
            continue
        if _NOT_A_PERIOD_BEFORE.search(
            text, max(0, m.start() - 24), m.start()
        ) and not _AT_THE_FOUNDING.search(text, max(0, m.start() - 40), m.start()):
            continue
        if _LAW_NAME_BEFORE.search(text, max(0, m.start() - 70), m.start()):
            continue
        year = int(m.group(1))
        if doc_year is None or year <= doc_year:
            # A report of 2022-H1 that says "năm 2022" still speaks of its half-year; a report
            # of 2019-2023 that says "riêng năm 2023" speaks of that year.
            part_of_year = bool(doc_period) and ("-H" in doc_period or "-Q" in doc_period)
            period = doc_period if year == doc_year and part_of_year else str(year)
            if part_of_year and _WORKERS_MONTH_BEFORE.search(
                text, max(0, m.start() - 20), m.start()
            ):
                period = str(year)  # (`Tháng Công nhân năm 2019` in a half's report: its year)
            if part_of_year and _SAME_PART_BEFORE.search(text, max(0, m.start() - 10), m.start()):
                period = f"{year}{doc_period[4:]}"  # `cùng kỳ năm 2023` in a 2024-Q1 report
            marks.append(PeriodMark(m.start(), period, "year"))
    if doc_year is not None:
        marks.extend(
            _dated_openings(text, doc_year, inside, _A_SPAN.fullmatch(doc_period or "") is not None)
        )
    if published is not None:
        marks.extend(_yearless_day_openings(text, doc_period, published))
    if doc_period:
        for m in each_match(_NOW_RES, text):
            if now and not inside(m.start()):
                since = _SINCE_AFTER.match(text, m.end())
                if since and text.startswith("đến", m.start()) and since.group(1) < now[:4]:
                    # `đến nay đã vận động được trên 8 tỷ đồng kể từ năm 2019`: since then
                    marks.append(PeriodMark(m.start(), f"{since.group(1)}-{now}", "span"))
                    continue
                marks.append(PeriodMark(m.start(), now, "now"))
        for m in _NAM.finditer(text):
            if _ANNUAL_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                marks.append(PeriodMark(m.start() - 5, doc_period, "annual"))
        if "năm nay" in text or "năm học" in text:
            for m in _THIS_YEAR.finditer(text):
                these = _THESE_YEARS_BEFORE.search(text, max(0, m.start() - 8), m.start())
                if this and not inside(m.start()) and not these:
                    marks.append(PeriodMark(m.start(), this, "year"))
        if published is not None and "năm học" in text:
            for m in _LAST_SCHOOL_YEAR.finditer(text):
                end = published.year - (published.month < _SCHOOL_YEAR_ENDS_MONTH)
                if not inside(m.start()):
                    marks.append(PeriodMark(m.start(), f"{end - 1}-{end}", "year"))
        if "năm ngoái" in text and published is not None and published.year == doc_year:
            # (only in a text dated in the report's year: a review written the next January
            # may count back from either)
            # (a `relative` mark: it dates its sentence, not the paragraph after it as a year
            # opening it would; `nay đã tăng lên 65 cuộc` after a comma is now again)
            for m in _LAST_YEAR_OPENS.finditer(text):
                if not inside(m.start(1)):
                    marks.append(PeriodMark(m.start(1), str(doc_year - 1), "relative"))
                    for now_again in _NOW_AGAIN.finditer(text, m.end(1), _sentence_end(text, m)):
                        marks.append(PeriodMark(now_again.start(), str(doc_year), "relative"))
    earlier = _same_part_before(doc_period)
    if earlier:
        marks.extend(
            PeriodMark(m.end(), earlier, "year") for m in _SAME_PART_BRACKET.finditer(text)
        )
        if "trước" in text or "ngoái" in text:
            # (`năm ngoái` alone in a half-year's report is the whole year before: `Thanh Hóa năm
            # ngoái kết nạp trên 15.000 đoàn viên`; `cùng kỳ năm ngoái` is its same part)
            whole = earlier.split("-")[0] if "-H" in earlier or "-Q" in earlier else earlier
            marks.extend(
                PeriodMark(
                    start, whole if _LAST_YEAR_ALONE.match(text, start) else earlier, "compared"
                )
                for start in _last_year_was(text)
                if not _COMPARED_WITH.search(text, max(0, start - 8), start)
            )
            if "cùng kỳ năm" in text or "cùng kì năm" in text:
                for m in _SAME_PART_LAST_YEAR_OPENS.finditer(text):
                    marks.append(PeriodMark(m.start(1), earlier, "relative"))
                    now_again = BACK_TO_NOW.search(text, m.end(1), _sentence_end(text, m))
                    if now_again is not None:  # (`..., còn 6 tháng qua đã kết nạp ...`)
                        marks.append(PeriodMark(now_again.end(), doc_period, "relative"))
        if "(" in text and ("trước" in text or "ngoái" in text or "cùng kỳ" in text):
            marks.extend(PeriodMark(end, earlier, "year") for end in _named_before_brackets(text))
    if "dịp này" in text or "tại " in text:
        _at_the_meeting_marks(text, doc_period, published, marks)
    marks.sort(key=lambda mark: mark.pos)
    return _as_the_span_named(marks)


def _at_the_meeting_marks(
    text: str, doc_period: str | None, published: dt.date | None, marks: list[PeriodMark]
) -> None:
    """A sentence opening on the occasion just told (`Tết Bính Thân 2016, ... Dịp này,`) is of
    that occasion's period; on the meeting a review of several years is told at (`Tại Đại hội,`,
    or `Dịp này,` after no occasion or after the years under review), of the meeting's year."""
    meeting_year = _meeting_year(text, doc_period, published)
    if meeting_year is None and "dịp này" not in text:
        return  # (`Tại Đại hội,` dates only a review's meeting)
    # (`Dịp này,` after a year's review told at its meeting the next year: what was given there,
    # of the meeting's year; not `Tại hội nghị, ... cho biết`, the year's results told there)
    given_year = _meeting_year_after(text, doc_period, published)
    ordered = sorted(marks, key=lambda mark: mark.pos)
    positions = [mark.pos for mark in ordered]
    for m in _AT_THE_MEETING.finditer(text):
        if text[max(0, m.start() - 8) : m.start()].rstrip(" \t")[-1:] not in (
            "",
            ".",
            ";",
            ":",
            "\n",
        ):
            continue  # (it opens no sentence)
        before = max(text.rfind(". ", 0, m.start() - 2), text.rfind("\n", 0, m.start() - 1))
        lo = max(before, m.start() - _OCCASION_REACH)
        i = bisect.bisect_left(positions, m.start())
        told = ordered[i - 1] if i and ordered[i - 1].pos >= lo else None
        # (the year under review told before is no occasion, `Năm 2023, ... kết nạp 120 đoàn
        # viên. Dịp này, ...`; one of its own is: `Tháng 7/2023, ... gặp mặt ...`, nor are
        # results told at the meeting: `Dịp này, ông A cho biết, ...`)
        reviewed = told is not None and told.kind == "year" and told.period == doc_period
        if (
            given_year is not None
            and (told is None or reviewed)
            and "dịp" in m.group(0)
            and not _OWN_OCCASION.search(text, lo, m.start())
            and not _RESULTS_TOLD.search(text, m.end(), _sentence_end(text, m))
        ):
            marks.append(PeriodMark(m.start(), given_year, "year"))
        elif told is not None and told.kind in _OCCASION_KINDS and "dịp" in m.group(0):
            marks.append(PeriodMark(m.start(), told.period, told.kind))
        elif meeting_year is not None and (
            told is not None or not _OCCASION_BEFORE.search(text, lo, m.start())
        ):
            # (no occasion before, or the years under review: `Nhiệm kỳ 2013-2018, ...`)
            marks.append(PeriodMark(m.start(), meeting_year, "year"))


_OCCASION_KINDS = ("year", "occasion", "half", "quarter")
_OWN_OCCASION = re.compile(rf"\b(?:{period_words('occasions_of_their_own')})\b")
_RESULTS_TOLD = re.compile(rf"\b(?:{period_words('results_told')})\b")


def _as_the_span_named(marks: list[PeriodMark]) -> list[PeriodMark]:
    """`Sau 5 năm thực hiện Chỉ thị ... giai đoạn 2019–2023` in an item of 2024: the years
    counted back are the span the text names as long as they, closed the year before (one such
    span only), not the years back from the item's. (A span ending the item's year leaves
    them counted back: `5 năm qua` in 2013 is 2008-2013 beside `từ năm 2009 - 2013`.)"""
    spans = {m.period for m in marks if m.kind == "span" and _two_years(m.period)}
    if not spans:
        return marks
    ends = {years[1] for span in spans if (years := _two_years(span)) is not None}
    out = []
    for mark in marks:
        counted = _two_years(mark.period) if mark.kind == "relative" else None
        # (not when the item names the span the years counted back make: `Trong 5 năm qua
        # (2020 - 2024)`)
        if counted is not None and counted[1] not in ends:
            first, last = counted
            named = [
                span
                for span in spans
                if (years := _two_years(span)) is not None
                and years[1] - years[0] in (last - first - 1, last - first)
                and years[1] == last - 1
            ]
            if len(named) == 1:
                mark = PeriodMark(mark.pos, named[0], mark.kind)
        out.append(mark)
    return out


# A sentence opening on the meeting the item tells of (`Dịp này,`, `Tại Đại hội,`): what it
# tells was done there, on the meeting's day, not in the years the meeting reviewed.
# (led by its words, not by a look-behind `re` would try at every character; whether it opens
# a sentence is read before it)
_AT_THE_MEETING = re.compile(
    r"(?<!\w)(?:(?:nhân|trong)\s+)?dịp\s+này\s*,"
    r"|(?<!\w)tại\s+(?:đại\s+hội|hội\s+nghị|buổi\s+lễ|lễ\s+(?:tổng\s+kết"
    r"|kỷ\s+niệm|khai\s+mạc|sơ\s+kết)|buổi\s+gặp\s+mặt)(?:\s+này)?\s*,"
)
_MEETING_TOLD = re.compile(r"đại\s+hội|hội\s+nghị|tổng\s+kết|sơ\s+kết|kỷ\s+niệm|lễ\s+")
# ... unless the sentence before tells of an occasion or a year (`Tết Bính Thân 2016, ...
# Dịp này,`)
_OCCASION_BEFORE = re.compile(r"tết|tháng\s+công\s+nhân|(?<!\d)(?:19|20)\d\d(?!\d)")
_OCCASION_REACH = 200
_MEETING_HEAD_CHARS = 300  # the headline and the lead, where an item says what it is about


def _meeting_year(text: str, doc_period: str | None, published: dt.date | None) -> str | None:
    """The year of the meeting a review of several years is told at: the item's, when it was
    published at the span's end or the year after, and its head tells of a meeting."""
    span = _two_years(doc_period or "")
    if published is None or span is None or not span[1] <= published.year <= span[1] + 1:
        return None
    if _MEETING_TOLD.search(text, 0, _MEETING_HEAD_CHARS) is None:
        return None
    return str(published.year)


def _meeting_year_after(text: str, doc_period: str | None, published: dt.date | None) -> str | None:
    """The year of the meeting a year's review is told at in the next year's first months (`Ngày
    24/2/2024, ... hội nghị tổng kết công tác công đoàn năm 2023`): the item's, or the day's
    its lead opens with."""
    if (
        not (doc_period or "").isdigit()
        or _MEETING_TOLD.search(text, 0, _MEETING_HEAD_CHARS) is None
    ):
        return None
    # (the meeting's own day first: `Ngày 28/12/2023, ... tổng kết` published on 02/01/24)
    head = text[:_MEETING_HEAD_CHARS]
    starts = [0, *(n + 1 for n, c in enumerate(head) if c == "\n")]
    lead = next((m for at in starts if (m := _DATED_LEAD.match(text, at)) and m.group(3)), None)
    if lead is not None:
        year, month = int(lead.group(3)), int(lead.group(2))
    elif published is not None:
        year, month = published.year, published.month
    else:
        return None
    if year != int(doc_period or "0") + 1 or month > _REVIEW_MONTHS:
        return None
    return str(year)


def _two_years(period: str) -> tuple[int, int] | None:
    if len(period) == 9 and period[4] == "-" and period[:4].isdigit() and period[5:].isdigit():
        return int(period[:4]), int(period[5:])
    return None


_COUNT_LAST_WORDS = tuple(sorted({w.split()[-1] for w in _N_WORDS}))  # (or a digit: `\d{1,2}`)


def _count_before(text: str, pos: int) -> re.Match[str] | None:
    """`_COUNT_BEFORE.search` in the 22 characters before `pos` (`5 năm`, `trong hai năm`),
    tried only where a count ends before the spaces there: the search, led by an optional
    word, was tried at each of the 22 characters before every `năm`."""
    lo = max(0, pos - 22)
    end = pos
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end in (pos, lo):
        return None
    if not (text[end - 1].isdecimal() or text.endswith(_COUNT_LAST_WORDS, lo, end)):
        return None
    return _COUNT_BEFORE.search(text, lo, pos)


def _words_before(text: str, end: int, words: tuple[str, ...]) -> int:
    """Where `words` start when they stand right before `end` with whitespace (`re`'s `\\s`,
    one character or more) between each two, or -1: a look-behind of unbounded width, read
    backwards from a match that `re` found by its literal."""
    for k, word in enumerate(reversed(words)):
        if k:
            spaces = end
            while end and text[end - 1].isspace():
                end -= 1
            if end == spaces:
                return -1
        if not text.endswith(word, 0, end):
            return -1
        end -= len(word)
    return end


def _last_year_was(text: str) -> list[int]:
    """Where each match of `(?:cùng\\s+kỳ\\s+)?` + `_LAST_YEAR_WAS` starts, in order (the same
    starts as that pattern's `finditer`: a match ends in a word or `:`, so none reaches into
    the `cùng kỳ` of the next)."""
    starts = []
    for m in _LAST_YEAR_WAS.finditer(text):
        same_part = _words_before(text, m.start(), ("cùng", "kỳ", ""))
        starts.append(m.start() if same_part < 0 else same_part)
    return starts


def _named_before_brackets(text: str) -> list[int]:
    """Where each match of `(?:cùng\\s+kỳ(?:\\s+năm\\s+(?:trước|ngoái))?|năm\\s+(?:trước|ngoái))
    \\s*\\(` ends, in order: after each `(` that those words stand before (a match ends at
    its first `(`, and holds no other, so the matches are these)."""
    ends = []
    bracket = text.find("(")
    while bracket >= 0:
        end = bracket
        while end and text[end - 1].isspace():
            end -= 1
        if any(_words_before(text, end, words) >= 0 for words in _NAMED_BEFORE_BRACKET):
            ends.append(bracket + 1)
        bracket = text.find("(", bracket + 1)
    return ends


def _occasion_marks(text: str, doc_period: str | None, marks: list[PeriodMark]) -> None:
    """`Dịp Tết Bính Thân 2016, ...`: the occasion's year (kind `occasion`: it never dates
    the report); `từ Xuân Kỷ Hợi 2019 đến Xuân Quý Mão 2023`: the span between two."""
    doc_year = period_year(doc_period or "")
    parts = [p for p in marks if p.kind in ("quarter", "half")]  # (read once, not per occasion)
    found = [
        m
        for m in _OCCASION_YEAR.finditer(text)
        if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"))
    ]
    for i, m in enumerate(found):
        year = int(m.group(1))
        if (
            i
            and _SPAN_TO.search(text, max(0, m.start() - 6), m.start())
            and _SPAN_FROM.search(text, max(0, found[i - 1].start() - 6), found[i - 1].start())
        ):
            continue  # the end of a span, read with its start (not `Hướng tới Tết ... 2019`)
        if _SPAN_FROM.search(text, max(0, m.start() - 6), m.start()) and i + 1 < len(found):
            end = found[i + 1]
            if end.start() - m.end() < _OCCASION_SPAN_GAP and int(end.group(1)) > year:
                marks.append(PeriodMark(m.start(), f"{year}-{end.group(1)}", "span"))
                continue
        if doc_year is not None and year > doc_year + 1:
            continue
        # (a one-off campaign is of its year, even in a report of a part of it; unless its
        # clause named the part: `Trong quý I, nhân dịp Tết Nguyên đán Ất Tỵ 2025, ...`)
        if any(
            p.period.startswith(str(year))
            and 0 <= m.start() - p.pos <= _PART_REACH
            and not _SENTENCE_END.search(text, p.pos, m.start())
            for p in parts
        ):
            continue
        marks.append(PeriodMark(m.start(), str(year), "occasion"))


def _yearless_tet_marks(text: str, this_tet: int | None, marks: list[PeriodMark]) -> None:
    """A Tết named with no year (`Đến thời điểm này, các cấp công đoàn đã trao 18.700 suất quà
    Tết`) is the Tết last named with its year before it (`Tết Nguyên đán Giáp Thìn 2024 đang
    đến gần`), or, in an item of January to March that tells of the year just ended and, in
    its headline or lead, of Tết, the one of the item's own year (`this_tet`); it dates its
    clause from its start. (A year's report, its lead on the year, tells of that year's.)"""
    named = sorted(
        (m.pos, m.period)
        for m in marks
        if m.kind == "occasion"
        and m.period.isdigit()
        # (not one compared with: `So với Tết Quý Mão 2023, ...`, `So với cùng kỳ năm trước,
        # tức dịp Tết Quý Mão 2023`, `Nếu như Tết Quý Mão 2023 ... thì`)
        and not _COMPARED_IN_ITS_SENTENCE.search(text, max(0, m.pos - 80), m.pos)
        # (nor one a bracket opens on, its figure after a colon, earlier than a Tết named before
        # it: `Tết Quý Mão 2023 ... gần 5.900 tỷ đồng (Tết 2022: 5.150 tỷ đồng)`, the year
        # before's beside this one's; not the coming one's, `(Tết 2024: 48.000 suất quà)`)
        and not (
            text[max(0, m.pos - 3) : m.pos].rstrip().endswith("(")
            and _ITS_FIGURE_AFTER_A_COLON.match(text, m.pos)
            and any(
                o.kind == "occasion"
                and m.pos - _TET_REACH <= o.pos < m.pos
                and o.period.isdigit()
                and o.period > m.period
                for o in marks
            )
        )
    )
    positions = [pos for pos, _ in named]
    for m in _TET_WITHOUT_YEAR.finditer(text):
        if _A_YEAR_OPENS_ITS_SENTENCE.search(text, max(0, m.start() - _TET_REACH), m.start()):
            continue  # (`Năm 2024, chương trình Tết Sum vầy đã trao ...`: that year's)
        k = bisect.bisect_left(positions, m.start())
        year = (
            named[k - 1][1]
            if k and named[k - 1][0] >= m.start() - _TET_REACH
            else (str(this_tet) if this_tet else None)
        )
        if year is None:
            continue
        # (from its clause's start: `..., tổ chức Tết ... cho 5.000 cháu` dates no figure before)
        marks.append(PeriodMark(_clause_start(text, m.start()), year, "occasion"))


def _relative_tet_marks(
    text: str, this_tet: int | None, published: dt.date | None, marks: list[PeriodMark]
) -> None:
    """`Tết năm ngoái, các cấp công đoàn đã chăm lo cho 2,94 triệu lượt`: the Tết before the
    one the text tells of (the Tết last named with its year, within reach; else the item's own,
    `this_tet`; else, in an item of January to March, its year's), from its clause's start.
    Not one compared with or likened to (`So với Tết năm ngoái, năm nay ...`, `Cũng như Tết năm
    ngoái, ...`: the figures are this Tết's).
    `Tết này` with no Tết named before (a bare Tết's year, `_yearless_tet_marks`) is the
    item's of January to March."""
    named = sorted(
        (m.pos, int(m.period))
        for m in marks
        if m.kind == "occasion"
        and m.period.isdigit()
        and not _COMPARED_IN_ITS_SENTENCE.search(text, max(0, m.pos - 80), m.pos)
    )
    positions = [pos for pos, _ in named]
    for m in _RELATIVE_TET.finditer(text):
        if _COMPARED_IN_ITS_SENTENCE.search(text, max(0, m.start() - 80), m.start()):
            continue
        if _LIKENED_TO.search(text, max(0, m.start() - 16), m.start()):
            continue  # (`Cũng như Tết năm ngoái, ...`: this Tết's, done as that one's were)
        back = 1 if m.group("last") else 0
        k = bisect.bisect_left(positions, m.start())
        year = named[k - 1][1] if k and named[k - 1][0] >= m.start() - _TET_REACH else this_tet
        if year is not None and not back:
            continue  # (dated as a bare Tết is, by `_yearless_tet_marks`)
        if year is None and published is not None and published.month <= _TET_MONTHS:
            year = published.year
        if year is None:
            continue
        if not back and _A_YEAR_OPENS_ITS_SENTENCE.search(
            text, max(0, m.start() - _TET_REACH), m.start()
        ):
            continue
        marks.append(PeriodMark(_clause_start(text, m.start()), str(year - back), "occasion"))


_RELATIVE_TET = re.compile(
    rf"(?<!\w)(?:dịp\s+)?(?:(?P<last>{period_words('last_years_tet')})"
    rf"|{period_words('this_years_tet')})(?!\w)"
)
_TET_MONTHS = 3  # an item of January to March tells of its own year's Tết
_LIKENED_TO = re.compile(rf"(?<!\w)(?:{period_words('likened_to')})\s+$")


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding `pos` starts, looked for within `_TET_REACH` characters."""
    reach = max(0, pos - _TET_REACH)
    return max((e.end() for e in _CLAUSE_END.finditer(text, reach, pos)), default=reach)


def _yearless_workers_month_marks(text: str, marks: list[PeriodMark]) -> None:
    """`Trong Tháng Công nhân, các cấp công đoàn ...` after `Tháng Công nhân năm 2025 được tổ
    chức ...`: the campaign last named with its year, within reach; it dates its clause. (One
    never named with its year is left to the report's period: the samples' gold reads `Nhân
    dịp Tháng Công nhân ... trên 10 tỷ đồng` of a 2022-H1 report as 2022-H1.)"""
    named = sorted(
        (m.pos, m.period)
        for m in marks
        if m.kind == "occasion" and m.period.isdigit() and text.startswith("tháng công nhân", m.pos)
    )
    if not named:
        return
    positions = [pos for pos, _ in named]
    for m in _WORKERS_MONTH_WITHOUT_YEAR.finditer(text):
        if _A_YEAR_OPENS_ITS_SENTENCE.search(text, max(0, m.start() - _TET_REACH), m.start()):
            continue
        k = bisect.bisect_left(positions, m.start())
        if not k or named[k - 1][0] < m.start() - _TET_REACH:
            continue
        marks.append(PeriodMark(_clause_start(text, m.start()), named[k - 1][1], "occasion"))


_WORKERS_MONTH_WITHOUT_YEAR = re.compile(
    r"tháng\s+công\s+nhân(?![\s\"“”]*(?:năm\s+)?(?:19|20)\d\d)(?![\s\"“”]*[-–])"
)
# A comparative with no `so với` (`gấp đôi năm 2023`, `gấp gần 2 lần`, `cao hơn`, `nhiều hơn`),
# and a Tết named after it, however long its name (`cao hơn Tết cổ truyền Ất Tỵ 2025`): the
# layout reads them too.
BARE_COMPARATIVE = (
    r"gấp\s+(?:gần\s+|hơn\s+)?(?:đôi|rưỡi|\d+(?:,\d+)?\s+lần)|(?:cao|nhiều|ít|thấp|lớn)\s+hơn"
)
TET_NAMED = r"(?:dịp\s+)?tết(?:\s+[^\W\d_]+){0,4}\s+(?:năm\s+)?"
_COMPARED_IN_ITS_SENTENCE = re.compile(
    rf"(?:so\s+với|nếu\s+như|nếu|{BARE_COMPARATIVE})[^.!?\n]*$"
)  # (... and a bare comparative: `Kết quả này cao hơn Tết Ất Tỵ 2025, khi ...`)
# A sentence opening on a year, the occasion later in it: `Năm 2024, chương trình Tết Sum vầy ...`
_A_YEAR_OPENS_ITS_SENTENCE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:trong\s+)?năm\s+(?:19|20)\d\d\s*,[^.!?\n]*$"
)
_CLAUSE_END = re.compile(r"[.!?…;,](?=\s)|\n")
_ITS_FIGURE_AFTER_A_COLON = re.compile(r"[^():;\n]{0,40}?(?:19|20)\d\d\s*:\s*\d")
_TET_REACH = 600  # characters back a Tết named with its year is the one a bare `Tết` means
_WORKERS_MONTH_BEFORE = re.compile(r"tháng\s+công\s+nhân[\s\"“”]*$")
_TET_HEAD_CHARS = 160  # the headline and its first words, where an item says it is of Tết
_TET_WITHOUT_YEAR = re.compile(
    rf"(?<!\w)tết(?!\s+(?:(?:{_TET_NAME_OR_PROGRAMME})\s+)?"
    rf"(?:{_CAN}\s+{_CHI}|(?:năm\s+)?(?:19|20)\d\d"
    r"|năm\s+(?:trước|ngoái|qua)|vừa\s+qua|trước"
    # (not another feast: `Tết Trung thu`, `Tết Dương lịch`, `Tết Thiếu nhi`)
    rf"|{period_words('other_feasts')}))"
)


_PART_REACH = 80  # characters back a quarter or a half named holds an occasion after it
_SPAN_FROM = re.compile(r"(?<!\w)từ\s+$")
_SPAN_TO = re.compile(r"(?<!\w)(?:đến|tới)\s+$")
_OCCASION_SPAN_GAP = 40


# A part of a year written as its dates: `(1/7 – 31/12/2025)`, `từ 01/01 đến 30/6/2024`.
_DATE_SPAN = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s*/\s*(\d{{1,2}})(?:\s*/\s*{_YEAR})?\s*(?:[-–—]|đến|tới)\s*"
    rf"(?:ngày\s+)?(\d{{1,2}})\s*/\s*(\d{{1,2}})\s*/\s*{_YEAR}(?!\d)"
)


# ... and with no year (a news item's `từ ngày 1-7 đến 30-9`), opened by `từ`
_YEARLESS_DATE_SPAN = re.compile(
    r"(?<!\w)từ\s+(?:ngày\s+)?(\d{1,2})\s*[/-]\s*(\d{1,2})\s*(?:đến|tới|[-–])\s*(?:hết\s+)?"
    r"(?:ngày\s+)?(\d{1,2})\s*[/-]\s*(\d{1,2})(?!\s*[/.-]?\s*\d)"
)


_YEAR_NAMED = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\bnăm\s+(?:nay|ngoái|trước|qua)\b")
_YEAR_NAMED_AFTER = re.compile(r"\s*(?:năm|[/-]\s*\d)")
_YEAR_BEFORE_DATES = 300  # characters of its line before yearless dates that may name their year


_SCHOOL_YEAR_OPENS = 8  # the month a school year begins in (August, its first days)


def _school_year_begun(start: int, end: int, published: dt.date | None) -> bool:
    """One school year that had begun when the text was written."""
    return (
        end == start + 1
        and published is not None
        and (published.year, published.month) >= (start, _SCHOOL_YEAR_OPENS)
    )


def _year_ranges(text: str) -> Iterator[re.Match[str]]:
    """`_YEAR_RANGE.finditer(text)` (`2018-2023`, `2023 – 2028`), tried only where a year
    stands before a dash, spaces aside: led by `19` or `20`, `re` tried it at every `1` and
    `2` of the report."""
    starts = []
    for dash in literal_starts(text, "-–"):
        end = dash
        while end and text[end - 1].isspace():
            end -= 1
        if end >= 4 and text.startswith(("19", "20"), end - 4):
            starts.append(end - 4)
    return at_starts(_YEAR_RANGE, text, starts)


def _date_span_starts(text: str) -> list[int]:
    """Where a `_DATE_SPAN` match may start, in order: a run of one or two digits that stands
    before a `/` with only whitespace between (the pattern, tried there, reads the rest; led
    by its look-behind, `re` tried it at every character: 0.19 ms of a 3 KB report)."""
    starts = []
    slash = text.find("/")
    while slash >= 0:
        end = slash
        while end and text[end - 1].isspace():
            end -= 1
        start = end
        while start and end - start < 3 and text[start - 1].isdecimal():  # `re`'s `\d`
            start -= 1
        if 0 < end - start < 3:
            starts.append(start)
        slash = text.find("/", slash + 1)
    return starts


_PART_BY_DATES = {
    ((1, 1), (30, 6)): ("H1", "half"),
    ((1, 7), (31, 12)): ("H2", "half"),
    ((1, 1), (31, 3)): ("Q1", "quarter"),
    ((1, 4), (30, 6)): ("Q2", "quarter"),
    ((1, 7), (30, 9)): ("Q3", "quarter"),
    ((1, 10), (31, 12)): ("Q4", "quarter"),
}


def _span_of_dates(m: re.Match[str]) -> tuple[str, str] | None:
    """The half, quarter or whole year two dates of one year enclose, or None."""
    start, end = (int(m.group(1)), int(m.group(2))), (int(m.group(4)), int(m.group(5)))
    year = m.group(6)
    if m.group(3) and m.group(3) != year:
        return None
    return _part_of_dates(start, end, year)


def _part_of_dates(
    start: tuple[int, int], end: tuple[int, int], year: str
) -> tuple[str, str] | None:
    """What the dates `start` to `end` (day, month) of `year` enclose, with its kind: the whole
    year, a half or a quarter; or None."""
    if (start, end) == ((1, 1), (31, 12)):
        return year, "year"
    part = _PART_BY_DATES.get((start, end))
    return (f"{year}-{part[0]}", part[1]) if part else None


def _same_part_before(doc_period: str | None) -> str | None:
    """The same part of the year before (`2023-H1` for a `2024-H1` report), the school year
    before (`2023-2024` for `2024-2025`: `năm học trước`), or None."""
    m = _ONE_YEAR_OR_PART.fullmatch(doc_period or "")
    if m:
        return f"{int(m.group(1)) - 1}{m.group(2) or ''}"
    school = _SCHOOL_YEAR.fullmatch(doc_period or "")
    if school and int(school.group(2)) - int(school.group(1)) == 1:
        return f"{int(school.group(1)) - 1}-{school.group(1)}"
    return None


def _as_of(m: re.Match[str], doc_period: str | None) -> str | None:
    """The period of a stock counted on a date: the date's year (the report's own period when
    that is part of the same year), or the last year of the term at `cuối nhiệm kỳ`."""
    if m.group(3) is not None:
        return now_period(doc_period)
    year = m.group(1) or m.group(2)
    doc_year = period_year(doc_period or "")
    if doc_year is not None and int(year) > doc_year:
        return None  # a horizon (`đến 31/12/2025`), not a count
    part_of_year = bool(doc_period) and ("-H" in doc_period or "-Q" in doc_period)
    return doc_period if part_of_year and int(year) == doc_year else year


class _Spans:
    """Whether a position falls inside any of some spans: a bisect, not a scan per query."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(itertools.accumulate((e for _, e in ordered), max))

    def __call__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos)
        return i > 0 and self.reach[i - 1] > pos


def _cap(end: int, doc_year: int | None) -> int:
    """A span that runs past the report's own year is counted up to that year."""
    return min(end, doc_year) if doc_year else end


_QUARTER_AND_THE_YEAR_SO_FAR = re.compile(
    r"quý\s+(?:[ivx]{1,3}|[1-4])(?:\s*[/-]\s*(?:19|20)\d\d|\s+năm\s+(?:19|20)\d\d)?"
    r"\s*(?:,|\bvà\b)\s*(?:6|06|9|09|sáu|chín)\s+tháng"
)


def document_period(
    head: str,
    body: str,
    published_year: int | None,
    opening: str = "",
    published_month: int | None = None,
) -> str | None:
    """The period a report covers.

    First a period its title and first sentences state, explicit before relative before
    a plain year (`Đại hội ... nhiệm kỳ 2017-2022` is the congress's year); then a
    half-year, quarter or span its opening paragraphs state; then the year of
    publication; then the first span the report states anywhere; then the year it speaks
    of most often, never after publication.
    """
    head_low = without_years_of_no_period(lowercase(head))
    if published_year and _BASELINE.search(head_low):
        return str(published_year)  # the lead measures now against a year: now is of its date
    head_low = _BASELINE.sub(_blank, head_low)
    if "năm học" in head_low:
        head_low = _CHILDRENS_SCHOOL_YEAR.sub(_blank, head_low)
    # (the year the head names as the plan's is the one the report prepares for: `tổng kết năm
    # 2024, triển khai nhiệm vụ năm 2025`; named alone, the report reviews the year before it)
    plan_years = [int(m.group(1)) for m in _PLAN_YEAR.finditer(head_low)]
    head_low = _PLAN_YEAR.sub(_blank, head_low) if plan_years else head_low
    ref = str(published_year) if published_year else _latest_year(head_low)
    reviewed_year = _results_told_at_the_next_years_event(head_low, published_year)
    if reviewed_year is not None:
        return reviewed_year
    stated, event, event_month = _stated(head_low, ref, published_year, published_month)
    if stated:
        return _named_term(restated_year(stated, head_low, body), body)
    if plan_years and (published_year is None or plan_years[0] <= published_year + 1):
        return str(plan_years[0] - 1)
    if (
        published_year
        and published_month is not None
        and published_month < _REVIEW_MONTHS
        and _YEAR_REVIEW.search(head_low.split("\n", 1)[0])
    ):
        # a year's review early in the next year, its headline naming no period (`Công đoàn
        # ngành Y tế: Tổng kết hoạt động công đoàn` of 12/01/2024): the year just ended, not a
        # span its body recalls as background (`từ năm 2021 đến nay đã có 187 bác sĩ nghỉ việc`)
        return str(published_year - 1)
    late = published_year + 1 if published_year else None
    opening_low = lowercase(opening)
    if "năm học" in opening_low:  # (children's school year: `khen thưởng 96 cháu đạt học sinh
        # giỏi năm học 2022-2023` in an item of June 2023, no span the item tells of)
        opening_low = _CHILDRENS_SCHOOL_YEAR.sub(_blank, opening_low)
    look_back_is_background = bool(published_year) and not _REVIEWS.search(head_low)
    labels = {m.start(1) for m in _LINE_LABEL.finditer(opening_low)} if ":" in opening_low else ()
    opening_marks = [m for m in find_marks(opening_low, ref) if m.pos not in labels]
    # (a year's review named before a part of it: `Tổng kết hoạt động năm 2024, ... Trong 6
    # tháng cuối năm 2024, ...` tells of the year, the half a detail of it)
    reviewed = [
        (m.pos, m.period)
        for m in opening_marks
        if m.kind == "year" and _WHOLE_YEAR_BEFORE.search(opening_low, max(0, m.pos - 40), m.pos)
    ]
    parts = [
        mark
        for mark in opening_marks
        if mark.kind in ("half", "quarter", "span")
        and not any(pos < mark.pos and year == mark.period[:4] for pos, year in reviewed)
        and not _school_year_over(opening_low, mark, published_year, published_month)
        # (a union's months since July are the year-end report's detail, not its period)
        and not _FROM_JULY.match(opening_low, mark.pos)
        and (late is None or (period_year(mark.period) or late) < late)
        and _begun(mark.period, published_year, published_month)
        # (nor the phase of an act or a programme: `Nghị quyết ... về sắp xếp đơn vị hành chính
        # cấp xã giai đoạn 2023 – 2025`)
        and not (mark.kind == "span" and _in_an_acts_phase(opening_low, mark.pos))
        and not (mark.kind == "span" and _an_awards_reason(opening_low, mark.pos))
        and not (
            mark.kind != "span"
            and (
                _PLANNED_AFTER.match(opening_low, mark.pos)
                or _PROMISED_BEFORE.search(opening_low, max(0, mark.pos - 20), mark.pos)
                # (... nor what is asked for, nor the start of a change: `Đề nghị LĐLĐ tỉnh trao
                # 3 Mái ấm trong quý I/2024`, `Từ quý I/2024, sau khi bệnh viện sáp nhập ...`)
                or _ASKED_BEFORE.search(opening_low, max(0, mark.pos - 100), mark.pos)
                or (
                    _SINCE_BEFORE.search(opening_low, max(0, mark.pos - 8), mark.pos)
                    and not _TO_AFTER.match(opening_low, mark.pos)
                )
            )
        )
        and not _SEPARATELY.search(opening_low, max(0, mark.pos - 12), mark.pos)
        and not _LASTING_BEFORE.search(opening_low, max(0, mark.pos - 30), mark.pos)
        # (nor a quarter named with the months of the year to its end: `đánh giá kết quả quý III,
        # 9 tháng đầu năm` tells of the nine months)
        and not (
            mark.kind == "quarter" and _QUARTER_AND_THE_YEAR_SO_FAR.match(opening_low, mark.pos)
        )
        # (nor the date of an event a sentence starts after: `Sau cuộc đối thoại quý IV/2023,
        # Công ty đồng ý nâng ...` in a story of the year's meals)
        and not _AFTER_AN_EVENT.search(opening_low, max(0, mark.pos - 50), mark.pos)
        # (nor one a sentence after the lead opens with `Riêng`: `Riêng quý I/2024, LĐLĐ tỉnh đã
        # tổng hợp 26 kiến nghị` at the end of a story of last year's results)
        and not (
            _SEPARATE_SENTENCE.search(opening_low, max(0, mark.pos - 22), mark.pos)
            and mark.pos > _lead_end(opening_low)
        )
        # (nor a speaker's, quoted: `“Nửa đầu năm nay rất khó khăn”, ông ... nói`)
        and not _in_quotes(opening_low, mark.pos)
        and not _A_STATISTICS_OFFICE_BEFORE.search(opening_low, max(0, mark.pos - 150), mark.pos)
        and not (mark.kind == "span" and _A_FIRMS_SPAN.match(opening_low, mark.pos))
        # (nor a plan's: `Quý IV, LĐLĐ huyện phấn đấu ...; tổ chức tổng kết ... giai đoạn
        # 2013-2017`)
        and not (
            mark.kind == "span"
            and _TO_COME_BEFORE.search(opening_low, max(0, mark.pos - _TO_COME_REACH), mark.pos)
        )
        # (nor one a speaker tells of: `Bà ... - Trưởng Ban Nữ công - cho biết, từ năm 2021 đến
        # nay, toàn ngành đã kết nạp 9.870 đoàn viên nữ`)
        and not _TOLD_BY_A_SPEAKER.search(opening_low, max(0, mark.pos - 20), mark.pos)
        and not (
            look_back_is_background
            and _SINCE_UNTIL_NOW.match(opening_low, mark.pos)
            and _news_of_now(opening_low, mark.pos, published_year, published_month)
        )
        # (nor a span closed years before a news item of the months after them, told of
        # another body: `giai đoạn 2021 - 2023, TP chỉ hoàn thành 4 dự án` in a feature of June
        # 2024 is its background; not the union's own: `Từ năm 2021 đến năm 2023, LĐLĐ tỉnh
        # đã hỗ trợ 15.200 lượt`)
        and not (
            look_back_is_background
            and mark.kind == "span"
            and published_month is not None
            and published_month >= _REVIEW_MONTHS
            and (period_year(mark.period) or late or 0) < (published_year or 0)
            and not _UNION_WORD.search(_SENTENCE_AFTER.match(opening_low, mark.pos).group())
        )
    ]
    if event:  # a dated event's year, or the part of it the opening names (`6 tháng đầu năm`)
        of_its_year = (
            m.period
            for m in parts
            if m.kind != "span"
            and m.period[:4] == event
            and not _background_part(opening_low, m, event_month)
        )
        return next(of_its_year, event)
    if parts:
        return _closed_term(lowercase(opening), parts[0])
    if published_year:
        if (
            published_month is not None
            and published_month < _REVIEW_MONTHS
            # (not a Tết's care its head names by the lunar year it opens: `chăm lo Tết Giáp
            # Thìn` of 02/02/2024, its background of 2023's members after it)
            and not _names_the_tet_of(head_low, published_year)
        ):
            # a news item of January about the year just ended, which its head leaves unnamed:
            # every `năm Y` of its body is that year's (`Năm 2018, doanh thu ...`, `Thu nhập
            # bình quân ... năm 2018 đạt ...`), none the new one's
            # (a year compared with is not one it tells of: `tăng 8% so với năm 2017`; nor the
            # year planned for: `Năm 2022, công ty phấn đấu ...`)
            low = without_years_of_no_period(lowercase(body))
            # (nor the first year of a look back to now: `Từ năm 2019 đến nay, Trung tâm ...`)
            since = [m.span() for m in _SINCE_UNTIL_NOW.finditer(low)] if "từ" in low else []
            said = [
                int(m.group(1))
                for m in YEAR_MENTION.finditer(low)
                if not any(a <= m.start() < b for a, b in since)
                and not _COMPARED_BEFORE.search(low, max(0, m.start() - 30), m.start())
                and not _COMPARED_TET_BEFORE.search(low, max(0, m.start() - 50), m.start())
                and not _PLANNED_BEFORE.search(low, max(0, m.start() - 40), m.start())
                and not _PLANNED_AFTER.match(low, m.end())
                and not _PLAN_ASKED_AFTER.match(low, m.end())
            ]
            if set(said) == {published_year - 1} and (
                len(said) > 1
                or _the_first_figures_of(low, published_year - 1)
                or _the_year_goes_on(low, published_year - 1)
            ):
                return str(published_year - 1)
            if (
                said
                and max(said) == published_year - 1
                and 2 * said.count(max(said)) > len(said) > 2
            ):
                # (most of them, an earlier year told once as background: `Năm 2021, theo mô
                # hình của công ty mẹ, Ban Giám đốc thành lập "Hội đồng nhân viên" ...`)
                return str(published_year - 1)
            if not said and _the_first_figures_of(low, None):
                return str(published_year - 1)  # (`Năm qua, các huyện đã kết nạp mới ...`)
        return str(published_year)
    body_low = without_years_of_no_period(lowercase(body))
    if "đến" in body_low or "tới" in body_low:
        # (how long a firm has owed is no date of the item)
        body_low = _A_FIRMS_SPAN.sub(lambda m: " " * len(m.group(0)), body_low)
    marks = find_marks(body_low, None)
    for mark in marks:
        if mark.kind == "span" and "-" in mark.period and not _in_an_acts_phase(body_low, mark.pos):
            return _closed_term(body_low, mark)
    # No date to go by: a news item tells of its latest year (`Từ năm 2009 đến nay ... Riêng
    # năm 2016, ...`; `Sáng kiến đầu tiên ra đời năm 2011 ... Năm 2019, ...`).
    years = [
        y
        for m in marks
        if m.kind == "year"
        and (y := period_year(m.period))
        and not _PLANNED_BEFORE.search(body_low, max(0, m.pos - 40), m.pos)
    ]
    if years:
        return str(max(years))
    counts: dict[str, int] = {}
    compared: list[int] = []
    for m in YEAR_MENTION.finditer(body_low):
        if _COMPARED_BEFORE.search(body_low, max(0, m.start() - 30), m.start()):
            compared.append(int(m.group(1)))  # (`tăng 5% so với năm 2022`: the base)
            continue
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    for pattern in (_BARE_YEAR, _MONTH_YEAR, _FULL_DATE, _RANGE_END_DATE):
        for m in pattern.finditer(body_low):
            if not _in_an_acts_phase(body_low, m.start()):
                counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    if not counts:
        # a report measures its year against the one before, and names only that one
        return str(max(compared) + 1) if compared else None
    return max(sorted(counts), key=lambda y: counts[y])


# A year a report measures now against: `Nếu năm 2019 công đoàn chỉ có 5.200 đoàn viên thì đến
# nay ...` tells of now, not of 2019 (group 1 is the baseline's year).
_BASELINE = re.compile(
    r"\bnếu\s+(?:như\s+)?(?:vào\s+|trong\s+)?(?:cuối\s+|đầu\s+)?năm\s+((?:19|20)\d{2})"
    r"(?=(?:[^.;!?\n]|\.(?=\d)){0,200}?\bthì\s+(?:[^.;!?\n]{0,40}?\s)?"
    r"(?:đến\s+nay|hiện\s+nay|nay|năm\s+nay|bây\s+giờ)\b)"
)


# The school year members' children earned their marks in, honoured by a union of any trade
# (`khen thưởng con CNLĐ đạt thành tích học tập năm học 2023-2024` of August 2024): no period of
# the union's report.
# (the children named before: not a school's own `khen thưởng giáo viên, học sinh có thành tích
# học tập năm học 2023-2024`)
_CHILDRENS_SCHOOL_YEAR = re.compile(
    r"\b(?:con(?!\s+số)|cháu|các\s+em)\b[^.;\n\d]{0,60}?"
    r"(?:học\s+tập|học\s+sinh\s+giỏi|học\s+giỏi|thành\s+tích|kết\s+quả\s+cao)\s+"
    r"(?:trong\s+|của\s+)?năm\s+học\s+((?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)"
)


def _blank(m: re.Match[str]) -> str:
    """The match with its first group blanked (same length)."""
    a, b = m.span(1)
    return m.group(0)[: a - m.start()] + " " * (b - a) + m.group(0)[b - m.start() :]


def _latest_year(text: str) -> str | None:
    years = [int(y) for y in _LATEST_YEAR.findall(text)]
    # (a month's year after a dot or a slash: `đến tháng 6.2016`, `tháng 12/2023`)
    years += [int(m.group(1)) for m in _MONTH_OF_A_YEAR.finditer(text)]
    return str(max(years)) if years else None


_MONTH_OF_A_YEAR = re.compile(rf"tháng\s+\d{{1,2}}\s*[/.]\s*{_YEAR}(?![\d])")


_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|\n")


# (`sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội`, `giám sát việc thực hiện Nghị quyết Đại
# hội ..., nhiệm kỳ 2018 - 2023`: a review of the term in progress, no congress's report)
_RESOLUTION_RESULTS = re.compile(
    r"(?:kết quả|đánh giá|sơ kết|tổng kết|giám sát|kiểm tra|khảo sát)[^.\n]{0,60}?thực hiện"
    r"[^.\n]{0,60}?nghị quyết"
)
_UP_TO_YEAR = re.compile(
    r"(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?(?:\d{1,2}\s*[/.-]\s*)?(?:\d{1,2}\s*[/.-]\s*|tháng\s+\d{1,2}"
    r"\s+năm\s+|năm\s+)((?:19|20)\d{2})(?!\d)"
)
_UP_TO_REACH = 200  # characters after the term where the report says up to when


def _term_so_far(
    head: str, term: re.Match[str], published_year: int | None, published_month: int | None
) -> str:
    """The years of a term a report on its resolution's results covers: from the term's start
    to the date it counts up to (`đến ngày 31/12/2024`), else to its publication (signed in
    January, to the year before, as a year's report is); the whole term once it is over;
    undated, its first year (no further is known, and a review of the term in progress is
    never of the term before it, the one its congress closed)."""
    start, end = int(term.group(1)), int(term.group(2))
    upto = _UP_TO_YEAR.search(head, term.end(), term.end() + _UP_TO_REACH)
    last = int(upto.group(1)) if upto else published_year
    if not upto and last is not None and published_month == 1:
        last -= 1
    if last is None:
        # (the day under the heading the report was written, `(Kèm theo Báo cáo chính trị trình
        # Đại hội lần thứ VI, ngày 14/6/2023)`: an appendix's own date, within the term)
        dated = _DAY_WRITTEN.search(head, term.end(), term.end() + _UP_TO_REACH)
        if dated and start < int(dated.group(1)) <= end:
            last = int(dated.group(1))
    if last is None:
        # (... unless the next term is named too: the report goes to the congress closing
        # this one, `phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2023 - 2028`)
        following = any(
            int(m.group(1)) == end for m in _year_ranges(head) if m.start() != term.start()
        )
        if not following:
            return str(start)
        # (... but a review of its first years reaches only them: `Kết quả 2 năm thực
        # hiện Nghị quyết ..., nhiệm kỳ 2023 - 2028, định hướng nhiệm kỳ 2028 - 2033`)
        years = _YEARS_DONE.search(head, 0, term.start())
        return f"{start}-{min(end, start + int(years.group(1)))}" if years else f"{start}-{end}"
    last = min(last, end)
    return f"{start}-{last}" if last > start else str(start)


_YEARS_DONE = re.compile(r"(\d{1,2})\s+năm\s+(?:thực\s+hiện|triển\s+khai)")
_DAY_WRITTEN = re.compile(  # (the report it goes with, not a decision cited: `Quyết định ... ngày`)
    r"kèm\s+theo[^\n]{0,150}?ngày\s+\d{1,2}\s*(?:[/.-]\s*\d{1,2}\s*[/.-]|\s+tháng\s+\d{1,2}\s+năm)"
    r"\s*((?:19|20)\d{2})"
)


def _begun(period: str, published_year: int | None, published_month: int | None) -> bool:
    """Whether the period had begun when the report was published: a part of the year still
    to come (`trong quý III` in a news item of May) is what is left to do, not its period; so
    is a quarter or a half in its first month (`trong quý IV` in a news item of 5 October)."""
    if published_month is None or period_year(period) != published_year:
        return True
    first = _first_month(period)
    if "-Q" in period or "-H" in period:
        return first < published_month
    return first <= published_month


def first_day(period: str | None) -> dt.date | None:
    """The day a period opens (`2025-H2`: 1 July 2025; a span, its first year's first), or
    None when it names no year."""
    if not period or not period[:4].isdigit():
        return None
    return dt.date(int(period[:4]), _first_month(period), 1)


def _first_month(period: str) -> int:
    """The month a period's part of its year opens with (1 for a year or a span)."""
    part = period[4:]
    if part.startswith("-Q") and part[2:].isdigit():
        return 3 * int(part[2:]) - 2
    return 7 if part == "-H2" else 1


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    if not ends or ends[-1] < len(text):
        ends.append(len(text))
    return list(zip([0, *ends[:-1]], ends, strict=True))


_SCHOOL_AND_CALENDAR_YEAR = re.compile(
    r"năm\s+học\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\s*(?:,|và|,\s*và)\s*năm\s+"
    r"((?:19|20)\d{2})(?!\d)"
)


def _stated(
    head: str, ref: str | None, published_year: int | None, published_month: int | None = None
) -> tuple[str | None, str | None, int]:
    """The period the first sentence that states one states: within a sentence an explicit
    period before a relative one, before `năm X`, before a year written bare; and the year and
    the month of the dated event the text opens with, when that stopped the search (see
    `_DATED_LEAD`)."""
    congress = []  # a congress closes a term: its report is of that term (a first one, its year)
    terms = []
    ranges = list(_year_ranges(head))
    for m in ranges:
        word = _SPAN_WORD_BEFORE.search(head, max(0, m.start() - 12), m.start())
        if word is None or word.group(1) != "nhiệm kỳ":
            continue
        terms.append(f"{m.group(1)}-{m.group(2)}")
        if _RESOLUTION_RESULTS.search(head, max(0, m.start() - 200), m.start()):
            # `Kết quả thực hiện các chỉ tiêu Nghị quyết Đại hội ..., nhiệm kỳ 2023 - 2028 (Từ
            # sau Đại hội đến ngày 31/12/2024)`: the term so far
            congress.append((m.start(), _term_so_far(head, m, published_year, published_month)))
            continue
        opened = _CONGRESS.search(head, max(0, m.start() - 200), m.start())
        nearest = head.rfind("đại hội", max(0, m.start() - 200), m.start())
        # (the term right after the congress, not one named after it: `Đại hội ..., nhiệm kỳ
        # 2023 - 2028. Nhiệm kỳ 2017 - 2022, Công đoàn đã kết nạp ...` reviews the second)
        if (
            opened
            and ":" not in head[nearest : m.start()]
            and not any(nearest < r.start() < m.start() for r in ranges)
        ):
            # (after a headline's colon the term is what it tells of: `Đại hội ... lần thứ
            # III: Nhiệm kỳ 2018-2023 kết nạp hơn 31 nghìn đoàn viên`)
            start, end = int(m.group(1)), int(m.group(2))
            first = _FIRST_CONGRESS.search(head, opened.start(), m.start())
            if first and _OTHER_MEETING.search(head, opened.start(), first.start()):
                first = None  # (`bầu Ban chấp hành tại Hội nghị lần 1, nhiệm kỳ ...`)
            if first or end <= start:
                congress.append((m.start(), m.group(1)))
            elif (
                published_year is not None
                and published_year - 1 <= end <= published_year > start + 1
            ):
                # (a term run out in the year the text was written, or the year before, is the
                # one the congress closes, not one it opens: `Trong nhiệm kỳ 2012–2017, ...` in
                # news of a 2017 congress)
                congress.append((m.start(), f"{start}-{end}"))
            else:  # (the term it closes, as long as the one it opens)
                congress.append((m.start(), f"{2 * start - end}-{start}"))
    # ... and the term the opening names as the one it closes (`KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT
    # ĐẠI HỘI NHIỆM KỲ 2018-2023` under `Đại hội ... nhiệm kỳ 2023-2028`): the report reviews that
    reviewed = {term[-4:]: term for term in terms}

    def closed(period: str) -> str:
        if period[-4:] in reviewed:
            return reviewed[period[-4:]]
        # (nor one as long: `Đại hội ... nhiệm kỳ 2023 - 2028` closes the term the text names
        # ending the year before, `Nhiệm kỳ 2017 - 2022`, as congresses were held early)
        if period[-4:].isdigit():
            return reviewed.get(str(int(period[-4:]) - 1), period)
        return period

    congress = [(pos, closed(period)) for pos, period in congress]
    late = published_year + 1 if published_year else None

    def ok(period: str) -> bool:
        year = period_year(period)
        if year is None or (late is not None and year >= late):
            return False
        return _begun(period, published_year, published_month)

    if congress and published_year is None and ref is not None:
        # (undated, the report's now is the congress's, not the last year of the term it opens:
        # `... bồi dưỡng trong nhiệm kỳ` above `trình Đại hội ..., nhiệm kỳ 2023-2028` tells of
        # 2018-2023)
        # (not when a later year is named: `Tổng kết ... năm 2024` under that congress's term)
        closes = period_year(congress[0][1])
        if closes is not None and closes < int(ref):
            named = (int(m.group(1)) for m in YEAR_MENTION.finditer(head))
            ref = str(closes) if all(year <= closes for year in named) else ref
    # (not a timeline's line labels, `2020: ...`: each line's, none the whole item's)
    labels = {m.start(1) for m in _LINE_LABEL.finditer(head)} if ":" in head else set()
    # (... nor their years read bare)
    found = [
        m
        for m in find_marks(head, ref)
        if m.kind not in ("now", "as_of", "annual") and m.pos not in labels
    ]
    firms = [m.span() for m in _A_FIRMS_SPAN.finditer(head)]
    marks = [
        _reviewed_by_conference(head, m)
        for m in found
        if ok(m.period)
        and not _since(head, m)
        and not _SEPARATELY.search(head, max(0, m.pos - 12), m.pos)
        and not any(a <= m.pos < b for a, b in firms)
        and not _RECALLED_BEFORE.search(head, max(0, m.pos - 40), m.pos)
        and not _FOUNDED_BEFORE.search(head, max(0, m.pos - 40), m.pos)
        and not _LASTING_BEFORE.search(head, max(0, m.pos - 30), m.pos)
        and not (m.kind == "span" and _TOLD_BY_A_SPEAKER.search(head, max(0, m.pos - 20), m.pos))
        # (what the lead measures against: `So với Tết Ất Tỵ năm 2025 - khi ...`, `cao hơn Tết
        # cổ truyền Ất Tỵ 2025, khi ...`)
        and not _COMPARED_BEFORE.search(head, max(0, m.pos - 30), m.pos)
        and not _COMPARED_TET_BEFORE.search(head, max(0, m.pos - 50), m.pos)
        # (a part of the year told of what is still to do: `trong quý III, ... sẽ mở thêm`,
        # `cam kết từ quý IV, giờ làm thêm ... không vượt quá 40 giờ/tháng`)
        and not (
            m.kind in ("half", "quarter")
            and (
                _PLANNED_AFTER.match(head, m.pos)
                or _PROMISED_BEFORE.search(head, max(0, m.pos - 20), m.pos)
                or _ASKED_BEFORE.search(head, max(0, m.pos - 100), m.pos)
                or (
                    _SINCE_BEFORE.search(head, max(0, m.pos - 8), m.pos)
                    and not _TO_AFTER.match(head, m.pos)
                )
            )
        )
        # (nor an act's or a programme's phase: `nghị quyết ... giai đoạn 2023 – 2025`)
        and not (m.kind == "span" and _in_an_acts_phase(head, m.pos))
        and not (m.kind == "span" and _an_awards_reason(head, m.pos))
        and not (m.kind == "quarter" and _QUARTER_AND_THE_YEAR_SO_FAR.match(head, m.pos))
        # (nor a part of the year the statistics office tells of: `Cục Thống kê TP HCM cho biết
        # tỉ lệ thất nghiệp quý III/2021 ...` in a story of the union's care)
        and not (
            m.kind in ("half", "quarter", "span")
            and _A_STATISTICS_OFFICE_BEFORE.search(head, max(0, m.pos - 150), m.pos)
        )
    ]
    bare = [
        (m.start(), m.group(1))
        for p in (_MONTH_YEAR, _BARE_YEAR)
        for m in p.finditer(head)
        if ok(m.group(1))
        and not _COMPARED_BEFORE.search(head, max(0, m.start() - 30), m.start())
        and not _COMPARED_TET_BEFORE.search(head, max(0, m.start() - 50), m.start())
        and not _FOUNDED_BEFORE.search(head, max(0, m.start() - 40), m.start())
        and not _LASTING_BEFORE.search(head, max(0, m.start() - 30), m.start())
        and not any(a <= m.start() < b for a, b in firms)
        and not _in_an_acts_phase(head, m.start())
        and m.start(1) not in labels
    ]
    event = None  # the year of a dated event the text opens with (see `_DATED_LEAD`)
    event_month = 0  # ... and its month
    for lo, hi in _sentence_spans(head):
        # (a congress after the text was written is a banner's, not the report's)
        opened = [year for pos, year in congress if lo <= pos < hi and ok(year)]
        if opened:  # ... unless an earlier sentence (the title) states the period itself
            # ... or the sentence reviews a year of the term too: `tổng kết hoạt động công đoàn
            # năm 2017 và nhìn lại 5 năm thực hiện Nghị quyết Đại hội nhiệm kỳ 2012-2017` is
            # the year's report, its term figures dated where they stand
            for m in marks:
                if (
                    lo <= m.pos < hi
                    and m.kind == "year"
                    and _WHOLE_YEAR_BEFORE.search(head, max(0, m.pos - 40), m.pos)
                    and opened[0][:4] <= m.period <= opened[0][-4:]
                ):
                    return m.period, None, 0
                # ... or names the span it reviews, up to the congress (`Chuẩn bị cho Đại hội
                # ... nhiệm kỳ 2023-2028, ... đánh giá kết quả ... giai đoạn 2019-2023`)
                if (
                    lo <= m.pos < hi
                    and m.kind == "span"
                    and "-" in m.period
                    and m.period[-4:] == opened[0][-4:]
                    and not any(abs(m.pos - pos) < 12 for pos, _ in congress)
                ):
                    return m.period, None, 0
            return opened[0], None, 0
        lead = _DATED_LEAD.match(head, lo, hi)
        if (lead and _FOUNDED_LEAD.match(head, lead.end() - 1, hi)) or (
            _FOUNDING_TOLD.search(head, lo, hi)
            and not _A_FIGURE.search(_DAYS_AND_TIMES.sub(" ", head[lo:hi]))
        ):
            continue  # (the founding an anniversary feature opens with: its background)
        here = [m for m in marks if lo <= m.pos < hi]
        done = [m for m in here if not _PLAN_BEFORE.search(head, max(0, m.pos - 30), m.pos)]
        if not done and _MONTHS_DONE.search(head, lo, hi):
            # `đánh giá 9 tháng đầu năm, triển khai nhiệm vụ quý IV/2020`: the months done, of
            # the plan's year (the contract has no code for nine months), a quarter to come
            # at publication (`nhiệm vụ quý IV năm 2024` signed in September) included
            planned = here or [
                m
                for m in found
                if lo <= m.pos < hi
                and (year := period_year(m.period)) is not None
                and (late is None or year < late)
            ]
            if planned:
                return str(period_year(planned[0].period)), None, 0
        here = done or here  # a sentence about the plan alone is about the plan's period
        both = _SCHOOL_AND_CALENDAR_YEAR.search(head, lo, hi)
        if both and both.group(2) == both.group(3) and ok(both.group(3)) and not event:
            # `Tổng kết ... năm học 2022-2023 và năm 2023`: an education union's review of the
            # school year and the calendar year; its figures are the calendar year's
            return both.group(3), None, 0
        frame = _year_frame(head, here)
        if frame is not None and not event:
            return frame, None, 0
        # `Kết quả quý IV và tổng kết năm 2023`: the year's review holds its last quarter
        reviewed = [
            m
            for m in here
            if m.kind == "year"
            and _WHOLE_YEAR_BEFORE.search(head, max(0, m.pos - 40), m.pos)
            # (not the programme's: `chương trình công tác quý I và năm 2024`)
            and not _PLAN_OF_THE_PART.search(head, max(0, m.pos - 60), m.pos)
        ]
        if reviewed and not event:
            return reviewed[0].period, None, 0
        # after a dated event, only a part of its year or a span says more than its year does
        # (`Anh Tuấn vào nghề từ năm 2009`, `sau cơn bão năm 2021`: its background)
        for kinds in (("half", "quarter", "span"), ("relative",), ("year",))[: 1 if event else 3]:
            for mark in here:
                if mark.kind in kinds and not (
                    event
                    and (
                        _background_part(head, mark, event_month)
                        or _school_year_of_the_event(head, mark, event, event_month)
                        # (a look back to now after a news item's event: `Từ ngày 19 đến 21/7,
                        # ... Theo ông Đức, từ năm 2019 đến nay, ... 31 nhà`)
                        or (_SINCE_UNTIL_NOW.match(head, mark.pos) and not _REVIEWS.search(head))
                    )
                ):
                    return mark.period, None, 0
        years = sorted(p for p in bare if lo <= p[0] < hi)
        if years and not event:
            return years[0][1], None, 0
        if (
            event is None
            and lead
            # (early in a year, an event dated in full and no review: `Sáng 6/1/2023,
            # Công đoàn Bệnh viện ... trao ...`, not `Ngày 15/1/2024, ... tổng kết`)
            and (
                int(lead.group(2)) >= _REVIEW_MONTHS
                or _an_event_of_its_year(head, lead, published_year)
            )
        ):
            month = int(lead.group(2))
            year = lead.group(3) or _year_of_day(month, published_year, published_month)
            if year and ok(year):
                event, event_month = year, month
        elif (
            event is None
            and published_year
            and published_month is not None
            and published_month < _REVIEW_MONTHS
            and not _REVIEWS.search(head)
            and _of_the_tet_ahead(head, lo, hi, published_year)
        ):
            # an item of Tết care early in the year, naming no year before: an event of the Tết
            # ahead (`... dành gần 3 tỷ đồng mua 2.450 suất quà Tết Giáp Thìn`, of 29/01/2024),
            # whatever it says next of the year just ended (`Năm 2023, ngành thu KPCĐ ...`)
            event, event_month = str(published_year), published_month
    return None, event, event_month


def _school_year_over(
    text: str, mark: PeriodMark, published_year: int | None, published_month: int | None
) -> bool:
    """A school year over when the item was published, named in its opening paragraphs (`năm
    học 2019 – 2020 Học viện vẫn bảo đảm thu nhập` in a news item of 19 November 2020): what
    the item recalls, not what it tells of (a head naming it states it: `Tổng kết năm học`)."""
    if published_year is None or not text.startswith("năm học", mark.pos):
        return False
    end = period_year(mark.period)
    month = published_month or 12
    return end is not None and (end < published_year or (end == published_year and month >= 9))


def _school_year_of_the_event(text: str, mark: PeriodMark, event: str, month: int) -> bool:
    """The school year a dated event falls in, named with no review (`Ngày 17/2/2024, ... bàn
    giao nhà ... Đây là ngôi nhà thứ 3 ... bàn giao trong năm học 2023-2024`): the event's
    background, its year the item's (not `sơ kết học kỳ I năm học 2023-2024`, what it reviews)."""
    if not text.startswith("năm học", mark.pos) or "-" not in mark.period:
        return False
    if _REVIEWS.search(text, max(0, mark.pos - 60), mark.pos):
        return False
    start, end, year = int(mark.period[:4]), int(mark.period[-4:]), int(event)
    return end == start + 1 and ((year == start and month >= 9) or (year == end and month < 9))


def _background_part(text: str, mark: PeriodMark, month: int) -> bool:
    """A half or quarter over before `month`, the month of the event an item opens with,
    told with no review word before it (`Ngày 10/7, ... sơ kết 6 tháng đầu năm` reviews it), or
    one a speaker's quoted words tell of (`“... Sáu tháng đầu năm 2024, chúng tôi kết nạp mới 312
    đoàn viên” – ông Định nói` in the story of a feast on 12 June)."""
    if _in_quotes(text, mark.pos):
        return True
    return _ended_before(mark.period, month) and not _REVIEWS.search(
        text, max(0, mark.pos - 40), mark.pos
    )


def _in_quotes(text: str, pos: int) -> bool:
    """`pos` stands inside a quotation its paragraph opens before it and closes after it."""
    start = text.rfind("\n", 0, pos) + 1
    opened = text.rfind("“", start, pos)
    end = text.find("\n", pos)
    if opened >= 0:
        return "”" not in text[opened:pos] and "”" in text[pos : end if end >= 0 else len(text)]
    return text.count('"', start, pos) % 2 == 1


def _ended_before(period: str, month: int) -> bool:
    """A half or a quarter over before `month` (`6 tháng đầu năm 2019` in the story of a trial
    on 13 August 2019); a year or a span never is."""
    ends = {"-H1": 6, "-H2": 12, "-Q1": 3, "-Q2": 6, "-Q3": 9, "-Q4": 12}
    return month > ends.get(period[4:], 12)


def _year_of_day(month: int, published_year: int | None, published_month: int | None) -> str | None:
    """The year of a day written without one (`Ngày 15/10, ...` in a news item): the
    publication's, or the year before when its month is still to come at publication."""
    if published_year is None or month > 12:
        return None
    if published_month is not None and month > published_month:
        return str(published_year - 1)
    return str(published_year)


# A sentence opening with the date of what it tells (`Ngày 14 tháng 9 năm 2022, ...`, `Sáng
# 14/9/2022, ...`). After March an event is of its own year, unless a later sentence names a
# part of it (`6 tháng đầu năm`); before, a yearly review's year is stated later in the text
# (`Ngày 15/1/2024, ... tổng kết. Năm 2023, ...`).
_DATED_LEAD = re.compile(
    r"\s*(?:\(?[^\W\d_]{2,6}\)?\s*[-–]\s*)?"  # (the outlet's mark first: `BBG - `, `(GLO) - `)
    # (a lunar date first, the day by the calendar in brackets: `Ngày mùng 8 tháng Giêng năm
    # Giáp Thìn (ngày 17/2/2024), ...`)
    r"(?:(?:ngày\s+)?mùng\s+\d{1,2}\s+tháng\s+[^\W\d_]+(?:\s+năm\s+[^\W\d_]+\s+[^\W\d_]+)?"
    r"\s*\(\s*(?:ngày\s+)?"
    r"|(?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?|ngày\s+|hôm\s+nay\s*,?\s*(?:ngày\s+)?"
    # (`Từ ngày 19 đến 21/7, ...`, `Trong 9 ngày (từ 5 đến 13/5), ...`)
    r"|(?:trong\s+\d{1,2}\s+ngày\s*\(\s*)?từ\s+(?:ngày\s+)?\d{1,2}\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?)"
    r"(\d{1,2})(?:\s+tháng\s+|\s*[/.-]\s*)"
    r"(\d{1,2})(?:(?:\s+năm\s+|\s*[/.-]\s*)((?:19|20)\d{2}))?(?![\d/.-])\)?,\s*[^\W\d_]"
)  # (the date, a comma, then what happened: a date line alone is the page's; its year may go
# unsaid in a news item, `Ngày 15/10, LĐLĐ huyện ...`: the publication's)
_REVIEW_MONTHS = 4
_SENTENCE_AFTER = re.compile(r"(?:[^.!?\n]|(?<=\d)\.(?=\d))*")  # (past a thousands dot)
_UNION_WORD = re.compile(r"công\s+đoàn|cđcs|lđlđ|liên\s+đoàn\s+lao\s+động|đoàn\s+viên")
# What tells a news item's present: a deed just done, an event dated by its day.
# (`Vừa qua, ...` is lately, `thời gian vừa qua` a while; `vừa là ... vừa là` both one thing
# and another)
_NOW_TOLD = re.compile(
    r"\bvừa\s+(?!qua\b|là\b)[^\W\d_](?![^.!?\n]{0,60}\bvừa\s)"
    r"|(?<!gian\s)(?<!năm\s)(?<!tháng\s)\bvừa\s+qua\s*,"
    r"|(?:sáng|chiều|tối|trưa|ngày)\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*(?:19|20)\d{2})?"
    r"(?:\s+vừa\s+qua)?\s*,"
    # (or by its days: `Từ ngày 19 đến 21/7, Công đoàn ...`, `Trong 9 ngày (từ 5 đến 13/5), ...`)
    r"|\btừ\s+(?:ngày\s+)?\d{1,2}\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\b"
)


def _news_of_now(low: str, pos: int, year: int | None, month: int | None = None) -> bool:
    """Before `pos`, the item tells of its present: a deed just done (`vừa bàn giao 4 căn nhà`),
    an event dated by its day (`Sáng 14/11, ...`) or its own year (`Năm 2017, Công đoàn ...
    kết nạp`). A look back to now after that (`Từ năm 2016 đến nay, ... 126 nhà`) is the
    present's background, not what the item covers (a feature on a programme, `trong 5 năm
    qua ... từ năm 2016 đến nay`, tells of nothing else). Early in a year, the year just ended
    is its present too (`năm 2023 Trung tâm đã tư vấn cho 3.146 lượt` of 9 January 2024)."""
    if _NOW_TOLD.search(low, 0, pos):
        return True
    if year is None:
        return False
    years = (year, year - 1) if month is not None and month < _REVIEW_MONTHS else (year,)
    return any(f"năm {y}" in low[:pos] for y in years)


# A span from a year (or a month of it) to now: `từ năm 2016 đến nay`, `từ tháng 3/2015 đến nay`
_SINCE_UNTIL_NOW = re.compile(
    r"từ\s+(?:năm\s+|tháng\s+\d{1,2}\s*[/.-]\s*|tháng\s+\d{1,2}\s+năm\s+)?(?:19|20)\d{2}"
    r"\s*(?:,\s*)?(?:đến|tới)\s+(?:nay|hiện\s+nay|thời\s+điểm\s+này)\b"
)
# A span a firm is the subject of: how long it has done something (`Theo hồ sơ, từ tháng
# 4/2022 đến nay, Công ty ... không đóng BHXH cho 640 công nhân`), no period of the report.
_A_FIRMS_SPAN = re.compile(
    _SINCE_UNTIL_NOW.pattern
    + r"\s*,\s*(?:công\s+ty|doanh\s+nghiệp|dn|chủ\s+doanh\s+nghiệp|chủ\s+sử\s+dụng"
    r"|người\s+sử\s+dụng\s+lao\s+động|nhà\s+máy|xí\s+nghiệp)\b"
)
_TOLD_BY_A_SPEAKER = re.compile(
    r"(?:cho\s+biết|chia\s+sẻ|thông\s+tin|nhấn\s+mạnh|khẳng\s+định|phát\s+biểu)\s*[,:]?\s*$"
)
# (an event's time after `sau`: `Sau cuộc đối thoại quý IV/2023, ...`)
_AFTER_AN_EVENT = re.compile(rf"\bsau\s+(?:{period_words('events')})\b[^.;,\d\n]{{0,40}}$")
# (a sentence opening on `Riêng`: `. Riêng quý III/2024, ...`, `. Tính riêng trong quý III`)
_SEPARATE_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:tính\s+)?riêng\s+(?:trong\s+)?$")


def _lead_end(text: str) -> int:
    """Where the lead ends: the end of the first paragraph after the title's line, past a
    date line (`Thứ Năm, 26/09/2024, 10:05`)."""
    start = text.find("\n")
    while start >= 0:
        while start < len(text) and text[start] in "\n \t":
            start += 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if not _A_DATE_LINE.search(text, start, end) or end - start > _DATE_LINE_MAX:
            return end
        start = end
    return len(text)


_A_DATE_LINE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}")
_DATE_LINE_MAX = 60  # characters of a line that only dates the item


_SEPARATELY = re.compile(r"(?:[,;]\s*|\bvà\s+)(?:tính\s+)?riêng\s+(?:trong\s+)?$")  # (not
# `Tính riêng quý III/2024, ...` opening an item: its subject)


def _the_first_figures_of(low: str, year: int | None) -> bool:
    """The year named once, as the year of the item's first figures: `Trong năm 2019, các huyện
    đã kết nạp mới 1.874 đoàn viên` with no figure before it (not a bare `Năm 2022, công đoàn
    có ...`, which may be background to an event of the new year; nor a later sentence, after
    figures of the new year: `Từ đầu năm đến nay ... 2.140 đoàn viên`, Tết's gifts)."""
    if year is None:  # (the year just ended, unnamed: `Năm qua,`, `Một năm qua,`)
        m = _THE_YEAR_PAST_OPENS_A_SENTENCE.search(low)
        if m is None:
            return False
    else:
        m = _A_YEAR_OPENS_A_SENTENCE.search(low)
        if m is None or not m.group(0).rstrip(" ,").endswith(str(year)):
            return False
    # (past the headline, which may repeat the figure: `Phát triển mới 1.874 đoàn viên`)
    before = _DAYS_AND_TIMES.sub(" ", low[low.find("\n") + 1 : m.start()])
    return not any(c.isdigit() for c in before)


def _the_year_goes_on(low: str, year: int) -> bool:
    """`Năm 2023, công đoàn ... .` then a sentence opening `Trong năm,`: the item goes on
    telling of the year it named (in January, the year just ended), when no figure came
    before that year but the stocks it has now (`hiện có 742 đoàn viên`)."""
    opened = next((m for m in _A_YEAR_OPENS.finditer(low) if m.group(1) == str(year)), None)
    if opened is None or _IN_THE_YEAR_OPENS.search(low, opened.end()) is None:
        return False
    before = _DAYS_AND_TIMES.sub(" ", low[low.find("\n") + 1 : opened.start()])
    return all(
        _NOW_HELD.search(sentence) or not any(c.isdigit() for c in sentence)
        for sentence in _SENTENCE_END.split(before)
    )


_IN_THE_YEAR_OPENS = re.compile(r"(?:[.!?]\s+|\n\s*)(?:cũng\s+)?trong\s+năm\s*,")
_NOW_HELD = re.compile(r"\bhiện\s+(?:nay\s+)?(?:đang\s+)?(?:có|quản\s+lý)\b")
_A_YEAR_OPENS = re.compile(r"(?:^|[.!?]\s+|\n)năm\s+((?:19|20)\d\d)\s*,", re.M)
_DAYS_AND_TIMES = re.compile(
    r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|\d{1,2}\s*[:h]\s*\d{2}|(?:19|20)\d\d"
    r"|gmt\s*[+-]\s*\d{1,2}"
)
_THE_YEAR_PAST_OPENS_A_SENTENCE = re.compile(
    r"(?:^|[.!?:]\s+|\n)(?:trong\s+)?(?:một\s+)?năm\s+(?:vừa\s+)?qua\s*,", re.M
)
_A_YEAR_OPENS_A_SENTENCE = re.compile(r"(?:^|[.!?:,]\s+|\n)trong\s+năm\s+(?:19|20)\d\d\s*,", re.M)
# A year compared with (`tăng 9% so với Tết Quý Mão 2023`): not the one reported.
# (also bare: `tương đương năm 2020`, `gấp đôi năm 2023`, `cao hơn năm 2022`)
_COMPARED_BEFORE = re.compile(
    r"(?:so\s+với|so\s+cùng\s+kỳ|cùng\s+kỳ)[^.;,\d]{0,20}$"
    rf"|(?:tương\s+đương|{BARE_COMPARATIVE})\s+$"
)
_COMPARED_TET_BEFORE = re.compile(
    rf"(?:so\s+với|cùng\s+kỳ|tương\s+đương|{BARE_COMPARATIVE})\s+{TET_NAMED}$"
)
_OCCASION_WORD = re.compile(r"\b(?:tết|xuân|tháng\s+công\s+nhân|tháng\s+hành\s+động)\b")


_NAMED_TERM = re.compile(r"nhiệm\s+kỳ\s+((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?!\d)")


def _named_term(period: str, body: str) -> str:
    """A closed term reckoned as long as the one a congress opens (`2020-2025` before
    `nhiệm kỳ 2025-2030`) is the one the text names ending that year: terms were shortened
    to align them (`nhiệm kỳ 2023-2025`, `Nhiệm kỳ 2017 - 2023`); or the one it names ending the
    year before, the congress held early in the next (`Trong nhiệm kỳ 2017 – 2022` in news of a
    congress of January 2023 opening `nhiệm kỳ 2023 – 2028`)."""
    years = period.split("-")
    if not (len(years) == 2 and all(y.isdigit() for y in years)):
        return period  # (a year, a half, a quarter)
    if int(years[1]) - int(years[0]) != TERM_YEARS:
        return period
    named = [(m.group(1), m.group(2)) for m in _NAMED_TERM.finditer(lowercase(body[:_TERM_READ]))]
    for ends in (years[1], str(int(years[1]) - 1)):
        for first, last in named:
            if last == ends and first != years[0] and 0 < int(last) - int(first) <= TERM_YEARS + 1:
                return f"{first}-{last}"
    return period


_TERM_READ = 6000  # characters of the body where a closed term is named


def _closed_term(low: str, mark: PeriodMark) -> str:
    """`Nhiệm kỳ qua, ... kết nạp ...` before the term whose committee a congress elects (`BCH
    ... nhiệm kỳ 2023 - 2028`): the term before that one, as long; else the mark's period."""
    if (
        mark.kind == "span"
        and low.startswith("nhiệm kỳ", mark.pos)
        and _TERM_PAST.search(low, 0, mark.pos)
    ):
        start, end = (int(y) for y in mark.period.split("-"))
        return f"{2 * start - end}-{start}"
    return mark.period


# The term just closed, named by no years (`Nhiệm kỳ qua, công đoàn các cấp ...`).
_TERM_PAST = re.compile(r"nhiệm\s+kỳ\s+(?:vừa\s+)?qua\b|nhiệm\s+kỳ\s+trước\b")
# A year named as the plan's in a head (`triển khai nhiệm vụ năm 2023`, `phương hướng, nhiệm vụ
# năm 2024`, `kế hoạch năm 2025`); not one a report reviews (`Kết quả thực hiện kế hoạch năm
# 2024`).
_PLAN_YEAR = re.compile(
    r"(?:triển\s+khai|phương\s+hướng"
    r"|(?<!thực hiện )(?<!thực hiện các )(?:kế\s+hoạch|chương\s+trình))"
    r"(?:,?\s+(?:nhiệm\s+vụ|công\s+tác|hoạt\s+động|trọng\s+tâm|và))*\s+năm\s+((?:19|20)\d{2})(?!\d)"
)


def _results_told_at_the_next_years_event(head: str, published_year: int | None) -> str | None:
    """`họp báo phát động Hội thi ... năm 2024 và tổng kết phong trào thi đua năm 2023`, `họp
    báo thông tin về Tháng Công nhân năm 2024, đồng thời công bố kết quả ... năm 2023`: an
    event of a year that tells the results of the year before reports that year's."""
    reviewed = _RESULTS_YEAR.search(head)
    if reviewed is None or _A_PART_OF_THE_YEAR.search(reviewed.group()):
        return None  # (`Kết quả công tác quý IV năm 2023 và chương trình ... năm 2024`: a part's)
    if _COMPARED_IN_A_HEAD.search(head, max(0, reviewed.start() - 25), reviewed.end()):
        return None  # (`kết quả vượt xa năm 2023`, `vượt kết quả năm 2023`: compared with)
    year = int(reviewed.group(1))
    others = {int(m.group(1)) for m in YEAR_MENTION.finditer(head)} - {year}
    if others != {year + 1} or (published_year is not None and published_year <= year):
        return None
    return str(year)


_A_PART_OF_THE_YEAR = re.compile(r"\b(?:qu[ýí]|đợt)\b|\btháng\b(?!\s+công\s+nhân)")
_COMPARED_IN_A_HEAD = re.compile(r"\b(?:hơn|so\s+với|so|vượt|gấp|bằng(?!\s+khen))\b")
# (a year's results named with nothing but words between: not `sơ kết 6 tháng đầu năm 2024`)
_RESULTS_YEAR = re.compile(
    rf"\b(?:{period_words('act_reviews')})\b[^.;\n\d]{{0,100}}?\bnăm\s+((?:19|20)\d\d)(?!\d)"
)


# A headline reviewing a year's work, not an occasion's (`Tổng kết chương trình Tết Sum vầy`).
_REVIEWS = re.compile(
    r"tổng\s+kết|sơ\s+kết|hội\s+nghị|đại\s+hội|báo\s+cáo|nhìn\s+lại|kết\s+quả|năm\s+qua"
    r"|tuyên\s+dương|khen\s+thưởng|trao\s+thưởng|gặp\s+mặt|cả\s+năm|trong\s+năm(?!\s+học)"
)


def _an_event_of_its_year(head: str, lead: re.Match[str], published_year: int | None) -> bool:
    """An event early in a year, dated in full or in a news item of that year, is of that year
    when its lead reviews nothing and names no year before it (`Ngày 08/01/2024, ... gặp mặt
    báo chí. Năm 2023, ...` tells of 2023; `Chiều 6/3, Công đoàn ... tổ chức lễ kỷ niệm Ngày
    Quốc tế Phụ nữ` of 7 March 2024 of 2024)."""
    year = lead.group(3) or (str(published_year) if published_year else None)
    if not year or _REVIEWS.search(head):
        return False
    # (the year before named, not as the first of a school year into this one: `năm học
    # 2023-2024` in a lead of February 2024 names no year gone by)
    before = str(int(year) - 1)
    return re.search(rf"(?<!\d){before}(?!\s*[-–]\s*{year})(?!\d)", head) is None


def _of_the_tet_ahead(head: str, start: int, end: int, year: int) -> bool:
    """`head[start:end]` names the Tết of `year`: bare (`quà Tết`) or by its name."""
    if _TET_WITHOUT_YEAR.search(head, start, end):
        return True
    return any(
        _lunar_year(m.group(1), m.group(2)) == year
        for m in _LUNAR_NEW_YEAR.finditer(head, start, end)
    )


_YEAR_REVIEW = re.compile(r"tổng\s+kết\s+(?:công\s+tác|hoạt\s+động|phong\s+trào)")
# (`tổng kết năm 2023`; `quý IV và năm 2023`, `6 tháng cuối năm và cả năm 2023`: the part joined
# to its whole year)
_WHOLE_YEAR_BEFORE = re.compile(
    r"(?:tổng\s+kết(?:\s+[^\W\d_]+){0,5}"
    r"|(?:qu[ýí]\s+(?:iv|i{1,3}|[1-4])|tháng\s+(?:đầu|cuối)\s+năm)\s+và(?:\s+cả)?(?:\s+năm)?)\s+$"
)
_PLAN_OF_THE_PART = re.compile(
    r"(?:chương\s+trình|phương\s+hướng|nhiệm\s+vụ|kế\s+hoạch|mục\s+tiêu)[^.;,\n\d]{0,40}$"
)
_FRAME_REACH = 20  # characters after `Năm 2022,` within which a part of it still narrows it


def _year_frame(head: str, here: list[PeriodMark]) -> str | None:
    """`Năm 2022, dù ... phải giãn ca trong quý II, ...`: a year set before a comma frames its
    sentence; a quarter or half named further on tells of a moment in it (`Năm 2022, 6 tháng
    đầu năm ...` still narrows it)."""
    if not here or here[0].kind != "year" or not head.startswith(",", _year_end(head, here[0])):
        return None
    end = _year_end(head, here[0])
    if any(m.kind in ("half", "quarter") and m.pos - end <= _FRAME_REACH for m in here[1:]):
        return None
    return here[0].period


def _year_end(head: str, mark: PeriodMark) -> int:
    m = YEAR_MENTION.match(head, mark.pos)
    return m.end() if m else mark.pos


def _since(head: str, mark: PeriodMark) -> bool:
    """`Anh Tuấn vào nghề từ năm 2009`: the year something began, no period of the report."""
    return mark.kind == "year" and head.endswith("từ ", 0, mark.pos)


def _reviewed_by_conference(head: str, mark: PeriodMark) -> PeriodMark:
    """The year a yearly conference reviews: the one before the conference's own."""
    if mark.kind != "year" or not mark.period.isdigit():
        return mark
    conference = _YEARLY_CONFERENCE.search(head, max(0, mark.pos - 80), mark.pos)
    if conference is None:
        return mark
    if _SEASON_BEFORE.search(head, max(0, conference.start() - 40), conference.start()):
        return mark  # the conferences its units held that year: the season, of its own year
    if _SEASON_AFTER.match(head, _year_end(head, mark)):
        return mark
    return PeriodMark(mark.pos, str(int(mark.period) - 1), mark.kind)


# `Kết quả chỉ đạo tổ chức Hội nghị người lao động năm 2023`, `Hội nghị người lao động năm 2023
# tại các đơn vị ...`: a report on the season of conferences its units held, not one to a
# conference reviewing the year before.
_SEASON_BEFORE = re.compile(r"(?:chỉ đạo|kết quả|hướng dẫn|triển khai)(?:\s+tổ chức)?\s+$")
_SEASON_AFTER = re.compile(r"[^.\n\d]{0,20}?(?:tại|ở|trong) (?:các|toàn|\d)")


_LEAD_LINE_CHARS = 160  # a line this long is the lead, past the headline


def _headline_lines(head: str) -> list[str]:
    """The lines above the lead: a site's name, a date line, the headline (`Báo ... Gia Lai` /
    `Thứ Năm, 22/01/2026 - 16:05` / `Gia Lai: ... chăm lo Tết Bính Ngọ 2026`)."""
    lines = []
    for line in head.split("\n"):
        if len(line) > _LEAD_LINE_CHARS:
            break
        lines.append(line)
    return lines or head.split("\n", 1)[:1]


_DAY_MONTH_BEFORE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]$")


def _names_the_year(line: str, year: str) -> bool:
    """The year stands in the line as a year or a month's (`THÁNG 5/2025`), not as a full
    date's (`22/01/2026`, a date line's)."""
    return any(
        not _DAY_MONTH_BEFORE.search(line, max(0, m.start() - 6), m.start())
        for m in re.finditer(rf"(?<!\d){year}(?!\d)", line)
    )


def restated_year(period: str | None, head: str, body: str) -> str | None:
    """A year written bare in the opening (`“Tết sum vầy 2017”`, the occasion of writing)
    gives way to an earlier year the body states at least twice as `năm X`: the report
    sums up that year; not when the headline names it (`LĐLĐ tỉnh tổng kết Chương trình “Tết
    Sum vầy” Xuân Giáp Thìn 2024`: the report is about that occasion)."""
    if not period or not period.isdigit() or YEAR_MENTION.search(lowercase(head)):
        return period
    if any(
        _names_the_year(line, period) or _OCCASION_WORD.search(line)
        for line in _headline_lines(head)
    ):
        # (... nor when it names the occasion: `Mang Tết sum vầy đến với công nhân` over
        # `chương trình "Tết Sum vầy - Xuân Ất Tỵ 2025"` and a look back at 2024)
        return period
    counts: dict[str, int] = {}
    low = lowercase(body)
    for m in YEAR_MENTION.finditer(low):
        if not _COMPARED_BEFORE.search(low, max(0, m.start() - 30), m.start()):
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1  # (not `so với năm 2022`)
    earlier = [y for y, n in counts.items() if n >= 2 and int(y) < int(period)]
    return max(earlier, key=lambda y: (counts[y], y)) if earlier else period
