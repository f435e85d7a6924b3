"""Who published a report, for which province and period, and when.

Union web pages rarely carry this as data. A reader infers it from the title
(`Công đoàn Công Thương Thanh Hóa tổ chức hội nghị ... năm 2020`), the subject of
the first sentences, the site's own name in the footer, the `Cập nhật` or date
line and the e-mail domain of the publisher (`sct@bentre.gov.vn`); so does this
module. Names and levels come from `orgs`, provinces from `places`, periods from
`periods`. `sources.csv` (see `apply_overrides`) and `organisations.csv` (see
`registry`) win over every inference.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import email.utils
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from unionstats.clean import is_related_heading, lowercase
from unionstats.orgs import (
    OrgMention,
    a_word_in_capitals,
    canonical_name,
    ends_in_a_province,
    find_mentions,
    level_of,
    line_mentions,
    names_a_place,
    org_key,
    words,
)
from unionstats.periods import document_period, first_day, period_year
from unionstats.places import (
    Province,
    ascii_slug,
    by_domain,
    district_province,
    find_provinces,
    province_2025,
    province_of,
)
from unionstats.plausible import plausible_date
from unionstats.wordsearch import UPPER_LETTERS as _UPPER
from unionstats.wordsearch import alternation, at_line_starts, at_starts, literal_starts

ORG_LEVELS = (
    "grassroots",
    "sector_provincial",
    "provincial_federation",
    "district_federation",
    "bloc",
    "national_sector",
    "national",
)
NATIONAL_LEVELS = ("national", "national_sector")
# Bodies whose name needs its province to be told apart across the country.
LOCAL_BODIES = ("grassroots", "sector_provincial", "bloc")


@dataclass(frozen=True, slots=True)
class DocMeta:
    org: str | None
    org_level: str | None
    province: str | None
    period: str | None
    published: dt.date | None
    title: str | None
    org_id: str | None = None
    org_written: str | None = None  # the name as the report spells it
    province_2025: str | None = None


def _page_words(name: str) -> str:
    """An alternation of the catalogue's words of that name (organisations.yaml)."""
    listed = sorted(words().page[name], key=len, reverse=True)
    return alternation(listed)


# Characters that `re` matches case-insensitively to a letter of the page words but that
# `str.lower()` does not turn into it: dotless ı and İ (to `i`), long ſ (to `s`).
_CASE_FOLDED_APART = "ıİſ"


def _may_name(text: str, name: str) -> bool:
    """Whether a case-insensitive pattern led by the page words of that name can match in
    `text`: one of them stands in its lower case. Checked first, because `re` cannot skip
    ahead under IGNORECASE and tries such a pattern at every character of a long page."""
    if any(c in text for c in _CASE_FOLDED_APART):
        return True
    low = text.lower()
    return any(w in low for w in _lower_page_words(name))


@cache
def _lower_page_words(name: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in words().page[name])


def _lower_page_words_sorted(name: str) -> list[str]:
    """The lower-cased page words of that name, longest first (as `_page_words`)."""
    return sorted(_lower_page_words(name), key=len, reverse=True)


_SITE_OWNER = re.compile(rf"(?:{_page_words('site_owner')})\s*:?\s*(.+)", re.IGNORECASE)
# What may stand before the owner's label on its line: marks, a year, `Copyright ©`
_OWNER_LEAD = re.compile(r"[\W\d_]*(?:copyright[\W\d_]*)?", re.IGNORECASE)
_PUBLISHED_AFTER_LABEL = (  # (`Cập nhật lúc 16:40, Thứ Tư, 31/05/2023`: a weekday too)
    r"\s*(?:lúc)?\s*:?\s*"
    r"(?:\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?\s*[-–|,]?\s*(?:ngày)?\s*,?\s*)?"
    rf"(?:(?:{_page_words('weekdays')})\s*,?\s*(?:ngày\s*)?)?"
    r"(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|(\d{4})-(\d{2})-(\d{2}))"
)
_PUBLISHED = re.compile(
    rf"(?:{_page_words('published_labels')}){_PUBLISHED_AFTER_LABEL}", re.IGNORECASE
)
# The same search, case-sensitive, for the lower-cased text: `re` skips ahead to the first
# letters of the labels there, while under IGNORECASE it tried the pattern at every character
# (0.2 ms of a 3 KB report that has a label, a tenth of its processing).
_PUBLISHED_LOW = re.compile(
    "(?:" + alternation(_lower_page_words_sorted("published_labels")) + ")" + _PUBLISHED_AFTER_LABEL
)


# Three words or more before a label on its line, no stamp's bar or dash ending them: a clause
# of a sentence, not a page's stamp (`Số liệu theo phần mềm ..., cập nhật ngày`, `Theo số liệu
# cập nhật ngày`; not a byline, `Thu Hà, đăng ngày`, nor a bracketed note naming the original,
# `[Bài viết gốc: ..., đăng ngày 27/12/2022]`).
_IN_A_CLAUSE = re.compile(
    r"(?![ \t]*[(\[])[^\n|]*?(?:[^\W\d_]+[ \t,]+){3,}(?<![-–|][ \t])(?<![-–|])$"
)


def published_matches(source: str) -> Iterator[re.Match[str]]:
    """`_PUBLISHED.finditer(source)`: the same spans and groups (the groups are digits),
    found in the lower-cased copy unless `source` holds a character that IGNORECASE matches
    to a letter that `str.lower()` does not turn it into (`_CASE_FOLDED_APART`). In the copy
    only where a label starts is tried: `re`, with the labels' four first letters, tried
    every one of them up to the first match (0.13 ms of a 3 KB report)."""
    if any(c in source for c in _CASE_FOLDED_APART):
        return _PUBLISHED.finditer(source)
    low = lowercase(source)
    labels = literal_starts(low, _lower_page_words("published_labels"))
    return at_starts(_PUBLISHED_LOW, low, labels)


# A line that holds only a date and time, as news sites print them: `29/05/13 20:59 GMT+7`,
# after the outlet's short name or the author's: `LAO ĐỘNG | 22/01/2024 06:30`, `HOÀNG ANH |
# 14/10/2020 | 09:15`, `LĐ - 18/08/2023 | 17:32`.
_DATE_TIME_LINE = re.compile(  # (`MINH TÂM (báo lao động) 11/03/2025 14:05`: the paper in brackets)
    r"^\s*(?:[^\W\d][^\n]{0,38}?(?:\s[-–|]|\((?:báo|tạp chí|đài|ttxvn)[^()\n]{0,30}\))\s*)?"
    r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})(?:\s*[-–|,]\s*|\s+)\d{1,2}(?::|h)\d{2}"
    r"(?::\d{2})?\s*(?:\(?(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?)?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# `Thứ Hai, 07/08/2023 - 10:30`: a weekday, a date and a time stamp an article (after the
# site's short name: `QĐND Online - Thứ Hai, 26/12/2016 | 07:30`; views after it: `Thứ năm -
# 14/11/2022 16:42 127 2`).
_WEEKDAY_TIME_LINE = re.compile(
    rf"^\s*(?:[^\W\d][^\n]{{0,38}}?\s[-–|]\s*)?(?:{_page_words('weekdays')})\s*[,\-–|]?\s*(?:ngày\s+)?"
    r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*"
    r"(\d{4})\s*[-–|,]?\s*\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?"
    r"[ \t]*(?:[\[(]?(?:gmt|utc)[ \t]*[+-][ \t]*\d{1,2}(?::?\d{2})?[\])]?)?[ \t\d|]*$",
    re.IGNORECASE | re.MULTILINE,
)  # (nothing after the time but views: `Thứ Hai - 22/01/2024 - 8h00: trao quà` is a plan)
_TIME = r"\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?"
_NUMERIC_DATE = r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
_REPOSTED_FROM = re.compile(
    rf"(?:{_page_words('reposted_labels')})\b"
    rf"[^\n]{{0,120}}?(?:ngày\s+)?"
    rf"{_NUMERIC_DATE}",
    re.IGNORECASE,
)
_REPOSTED_REACH = 1500  # characters at the top where a republished item's note stands
# An author's name, two to four words each capitalised (`Quang Huy`), not an event's words
# (`Thành lập`, `Lễ phát động`)
_AUTHOR = rf"(?-i:[{_UPPER}][^\W\d_]*(?:\s+[{_UPPER}][^\W\d_]*){{1,3}})"
# A byline before a publication label, its words each capitalised (`PV Nguyễn Thị Thu Hà, đăng
# ngày ...`): no clause of a sentence
_NAMES_ONLY = re.compile(
    rf"[ \t]*(?:(?:Bài|Ảnh|Tin|Bài và ảnh)\s*:\s*)?"
    rf"[{_UPPER}][^\W\d_]*(?:\s+[{_UPPER}][^\W\d_]*){{1,5}}[ \t]*,[ \t]*"
)
# A line that is only a date near the top of a page (`Thứ Ba, 05/03/2024`, `15/01/2024`,
# `10:25 - 12/12/2023`, `16/08/2024 | Lượt xem: 1.024`): the article's. Body dates (`Ngày
# 7/2/2017, ...`) are events.
_DATE_ONLY_LINE = re.compile(
    # (a paper's mark before it: `(NLĐO) 05/10/2020 - 10:12`)
    r"^\s*(?:\(\s*[^\W\d_][^\W\d_.]{1,10}\s*\)\s*[-–]?\s*)?"
    rf"(?:(?:{_page_words('weekdays')})\s*,?\s*)?(?:ngày\s+)?(?:{_TIME}\s*[-–|,]?\s*)?"
    rf"{_NUMERIC_DATE}\s*(?:[-–|,]?\s*{_TIME}(?:\s*(?:am|pm|sa|ch)\b)?)?"
    r"\s*(?:\(?(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?)?"
    # (the paper's short name after it, in capitals: `28/03/2018 06:30 - NLĐO`; not a word,
    # `20/01/2023 - Huế`)
    r"(?:\s*[-–]\s*(?-i:[A-ZĐ][A-ZĐ0-9]{1,9}))?"
    rf"(?:\s*[-–|,·•]?\s*(?:{_page_words('view_labels')})\s*:?\s*[\d.,]+)?"
    # (a paper's section after a bar: `20-12-2019 - 16:40|Công đoàn`)
    # (or its author or desk, a bracket after the name: `Thứ hai, 16/9/2024 | Lê Hà (CTV LĐLĐ
    # tỉnh)`, `10/10/2024 | Ban Chính sách - Pháp luật`, `20/01/2025 08:30 | Bài và ảnh: Thu Hà`)
    # (not a timeline's or a schedule's line: `28/7/1929 | Thành lập Tổng Công hội Đỏ Bắc Kỳ`)
    # (... an author's office after a dash: `09/08/2024 | Quang Huy – Trung tâm VH-TT-TT huyện`)
    r"(?:\s*\|\s*(?:(?:ban|bài|ảnh|phòng|văn\s+phòng|nhóm|ctv|pv|phóng\s+viên|công\s+đoàn|lđlđ|liên\s+đoàn|báo)\b[^\d\n|()]{0,60}"
    rf"|[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}}|{_AUTHOR}\s+[-–]\s+[^\d\n|()]{{1,60}})"
    r"(?:\s*\([^()\n]{1,60}\))?)?\s*$",
    re.IGNORECASE,
)
# A social page's stamp, its parts apart by middle dots: `14/09/2024 · 🌏`, `Đăng lúc 10:20 ·
# 31/03/2025`, `Fanpage chính thức · 02/06/2023 · 08:15`, `Tin nhắn ghim · 18/02/2023 16:42`.
# (a social post's stamp: its place or audience after a middle dot, `12/10/2024 · Nghệ An`,
# `28/05/2025 · Được chia sẻ với Công khai`; its date in words, `3 tháng 2, 2024 · 06:12 · 🌏`)
_POSTED_AFTER = rf"(?:\s*·?\s*(?:lúc\s+)?{_TIME})?(?:\s*·\s*[^\n·]{{1,40}}?)*[^\w\n]*$"
_POSTED_LINE = re.compile(
    rf"^\s*(?=[^\n]*·)(?:[^\W\d][^\n·|\d]{{0,30}}?\s*)?(?:{_TIME}\s*)?(?:·\s*)?{_NUMERIC_DATE}"
    + _POSTED_AFTER,
    re.IGNORECASE,
)
_POSTED_WORDED_LINE = re.compile(
    r"^\s*(?=[^\n]*·)(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+(\d{4})" + _POSTED_AFTER, re.IGNORECASE
)
_BRACKETED_DATE_LINE = re.compile(rf"^\s*[(\[]\s*{_NUMERIC_DATE}\s*[)\]]\s*$")  # `(20/10/2016)`
_ISO_DATE_LINE = re.compile(
    r"\s*(\d{4})-(\d{2})-(\d{2})"
    r"(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$"
)
# ... or a stamp labelled `date` opening the first line, the lead run on after it (an
# export's: ` date 2025-09-12 Sáng 12-9, LĐLĐ huyện ...`); a month alone dates no day
_LABELLED_ISO_START = re.compile(
    r"\s*date\s*:?\s*((?:19|20)\d{2})-(0[1-9]|1[0-2])(?:-(\d{2}))?(?![\d-])", re.IGNORECASE
)
# `Hà Tĩnh, ngày 05 tháng 4 năm 2024`, `(Tân Yên, ngày 20/12/2024)`, `Đồng Xoài, 27/12/2024`:
# the place and date an official report is signed (or a paper and the date it printed).
# (a news page's with its time: `Hà Nội, 18/07/2025 - 16:05`)
# (its leading spaces read once, possessively: a line of a thousand spaces was read back over
# every split of them, seconds a page)
_SIGNED_LINE = re.compile(
    r"^\s*+\(?\s*+([^\d,:;()]{2,40}),\s*(?:ngày\s+)?(\d{1,2})(?:\s+tháng\s+|\s*[/.-]\s*)(\d{1,2})"
    rf"(?:\s+năm\s+|\s*[/.-]\s*)(\d{{4}})(?:\s*[-–|,]\s*{_TIME}(?:\s*\(?gmt\s*[+-]\s*\d{{1,2}}\)?)?)?"
    r"\s*\.?\s*\)?\s*$",
    re.IGNORECASE,
)
# `... tổng kết năm 2024 (Báo Quảng Nam, 24/12/2024)`: a paper or station credited, with the
# date, at the end of a line at the top.
_CREDIT_DATE = re.compile(
    rf"\(\s*[^\W\d_][^()\d]{{1,40}},\s*(?:ngày\s+)?{_NUMERIC_DATE}\s*\)\s*$", re.IGNORECASE
)
# `Đông Hà, 15/7/2023 - Trong 2 ngày ...`: a news dateline, the place then the date, opening
# the first paragraph.
_DATELINE = re.compile(  # (also in brackets: `(Bỉm Sơn, 18/01/2017) – Chiều 17/1, ...`)
    # (or a bar and its author: `Hà Nội, 18/8/2024 | Tác giả: Phương Thảo`; not a timeline's
    # event after a bar, `Vinh, 12/3/2014 | Ra mắt Quỹ ...`)
    rf"^\s*\(?([^\d,:;()\n]{{2,40}}),\s*(?:ngày\s+)?{_NUMERIC_DATE}\s*\)?\s*"
    r"(?:[-–—]\s*[^\W\d_]|\|\s*(?:(?i:tác\s+giả|bài|ảnh|bài\s+và\s+ảnh|phóng\s+viên|pv|theo)\b"
    # (... or the author's name alone: `Kon Tum, 09/08/2024 | Ngọc Hân`)
    rf"|(?:[{_UPPER}][^\W\d_]*\s*){{1,4}}$))",
)
# `(Trích Báo cáo số 215/BC-LĐLĐ ngày 20/12/2022 của LĐLĐ tỉnh)`: an excerpt's note at the
# top names the report it is from and that report's date
_EXCERPT_DATE = re.compile(
    # (or the report's own number alone: `(Số 112/BC-LĐLĐ ngày 15/5/2020)` under its title; not
    # a decision's or a plan's, `45/QĐ-BCH`, `45/KH-BCĐ`)
    r"^\s*[(\[]\s*(?:số\s*:?\s*\d{1,5}\s*/\s*bc\s*[-–][^\s()]*\s+"
    r"|(?:trích\s+(?:từ\s+)?|kèm\s+theo\s+)(?:báo\s+cáo|tham\s+luận|bài\s+phát\s+biểu"
    r"|phát\s+biểu|diễn\s+văn|biên\s+bản|thông\s+báo\s+kết\s+luận)\b"
    # (or a broadcast's: `(Chuyên mục phát thanh "...", phát sóng ngày 31/5/2024)`)
    r"|[^()\[\]\n]{0,80}?\bphát\s+sóng\b)"
    # (not the date of an act the note names: `... thực hiện Chỉ thị số 29-CT/TW ngày 25/7/2018`)
    r"(?:(?!chỉ\s+thị|nghị\s+quyết|nghị\s+định|quyết\s+định|thông\s+tư|(?<!pháp\s)luật|kết\s+luận"
    r"|kế\s+hoạch\s+số|hướng\s+dẫn\s+số|công\s+văn|quy\s+định\s+số|điều\s+lệ)[^()\[\]\n]){0,160}?"
    r"\bngày\s+"
    r"(\d{1,2})(?:\s*[/.-]\s*|\s+tháng\s+)(\d{1,2})(?:\s*[/.-]\s*|\s+năm\s+)(\d{4})",
    re.IGNORECASE,
)  # (an act quoted at the top dates no article: `(Trích Nghị quyết số 02/NQ-TW ngày 12/6/2021)`)
# `Thanh Nhàn - 11/01/2024 10:40`: a byline that dates the article, at its end or under its title.
_BYLINE_DATE = re.compile(
    rf"^[^\d\n]{{2,60}}?\s[-–|]\s*{_NUMERIC_DATE}(?:\s*[-–|,]?\s*{_TIME})?\s*$"
)
# `28 tháng 12, 2024 lúc 19:42 · 🌏`: the date a social-network post carries under its author.
# ... or a line of its own, spelled as an official text dates itself: `Ngày 9 tháng 1 năm 2019`
# (not after a weekday: `Thứ bảy, ngày 23 tháng 01 năm 2021` is a site's today)
_SPELLED_MONTH_LINE = re.compile(
    rf"^\s*(?:ngày\s+)?(\d{{1,2}})\s+tháng\s+"
    rf"(\d{{1,2}})(?:,\s*|\s+năm\s+)(\d{{4}})(?:\s+lúc\s+{_TIME})?[^\w]*$",
    re.IGNORECASE,
)
_TOP_LINES = 8
_BYLINE_MAX = 60  # characters of an author's line over the date that closes an item
_BOTTOM_LINES = 5
_SIGNED_BOTTOM_LINES = 12  # an official report's place and date, its signatures and addressees
_GOV_VN = re.compile(r"\.gov\.vn\b", re.IGNORECASE)
# A weekday and a date (`Thứ Bảy, 18/01/2025`, `Thứ hai ngày 12 tháng 2`), not an ordinal and a
# count (`Thứ hai, 18 đoàn viên ...`: "second")
_DATE_LINE = re.compile(
    rf"^\s*(?:{_page_words('weekdays')})\s*,?\s*(?:ngày\s+)?"
    r"(?:\d{1,2}\s*(?:[/.-]\s*\d{1,2}|tháng\b)|\d{4}\s*[/.-]\s*\d{1,2})",
    re.IGNORECASE,
)
_REPORT_WORDS = re.compile(_page_words("report_words"), re.IGNORECASE)
_SENTENCE = re.compile(r"[.!?…\n](?:(?<=\n)|(?=\s|$))")  # led by one set: `re` skips ahead
_SENTENCE_INSIDE = re.compile(r"[.!?]\s")
HEAD_SENTENCES = 4
# A news item on a company tells who came to act there within a few sentences more: `Sáng 23/2,
# khoảng 2.100 công nhân Công ty ... ngừng việc. ... Nhận được thông tin, LĐLĐ huyện ...`
_ACTOR_SENTENCES = HEAD_SENTENCES + 2
SUBJECT_WINDOW = 6000  # characters after the title in which the subject's mentions are counted


def title_of(text: str) -> str | None:
    """The headline: a short line about a report or meeting, standing before the body starts,
    not an item of a list (`✅ Tổ chức Hội nghị người lao động năm 2024 ...` among lines led by
    marks)."""
    lines = [ln for ln in text.splitlines()[:30] if ln.strip()]
    for i, line in enumerate(lines):
        if any(
            item.match(line)
            and any(item.match(lines[j]) for j in (i - 1, i + 1) if 0 <= j < len(lines))
            for item in (_ITEM_MARK, _ITEM_NUMBER)
        ):
            continue
        line = line.strip(" •\t")
        if line.endswith(".") and len(line.split()) >= 30:
            return None
        if (section := _SECTION_NUMBER.match(line)) and line[section.end() :][:1].isupper():
            continue  # `2. Kết quả thực hiện các nhiệm vụ`: a report's section, no headline
        if _AGENDA_TIME.match(line):
            continue  # `8h25: Báo cáo của BCH khóa III trình Đại hội`: an agenda's item
        if _SITE_OWNER.match(line):
            continue  # `Trang thông tin điện tử Liên đoàn Lao động ...`: the site's name
        if (
            20 <= len(line) <= 300
            and not _DATE_LINE.match(line)
            and not line.endswith((".", ":"))  # `Một số kết quả chủ yếu:` opens a list
            and " | " not in line  # a table's row or a menu
            and not _is_menu(line)  # (a menu spaced out: `Trang chủ   Tin tức   Pháp luật`)
            and not (line.startswith("(") and line.endswith(")"))  # a note under the title
            and not line.isupper()
            and not line[:1].islower()  # (a list's item whose mark was lost: no headline)
            and not _SALUTATION.match(line)
            and len(line.split()) >= 5
            and _REPORT_WORDS.search(line)
        ):
            return line
    return None


_SALUTATION = re.compile(rf"\s*(?:{_page_words('salutations')})\b", re.IGNORECASE)
# A time opening an agenda's item (`8h25: Báo cáo ...`, `14:00 - 15:30: Thảo luận`)
_AGENDA_TIME = re.compile(
    r"\s*(?:[-–•*+]\s*)?(?:từ\s+)?\d{1,2}\s*(?:h|g|giờ|:)\s*\d{0,2}\s*(?:phút|')?\s*"
    r"(?:(?:[-–]|đến)\s*\d{1,2}\s*(?:h|g|giờ|:)\s*\d{0,2}\s*)?[:–-]\s",
    re.IGNORECASE,
)
# `2. `, `2.Kết`, `II- `, `2/ `, `1.1.1. `, `B.1. `, `A1. `: a section's number before its
# capitalised heading
_SECTION_NUMBER = re.compile(
    r"(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)/-]|[IVX]{1,4}[.)/-]|[A-H]\.?\d{1,2}(?:\.\d{1,2}){0,2}[.)/-])"
    r"\s*(?=\w)"
)


# A line led by a mark instead of a word (`-`, `+`, `✅`, `👉`): an item, when lines beside it
# are led by marks too.
_ITEM_MARK = re.compile(r"\s*[^\w\s\"“‘'(\[]")
# ... or by a number (`4. Phong trào thi đua` in a table of contents or an agenda)
_ITEM_NUMBER = re.compile(r"\s*(?:[^\W\d_]+\s+)?\d{1,2}\s*[.):–-]\s")  # `Trang 2 – Tin ...` too


_MAIL_LINES = 12  # an e-mail's header stands in its first lines
_MAIL_LINE = re.compile(
    rf"^\s*(?:({_page_words('mail_subject')})|({_page_words('mail_sent')})"
    rf"|(?:{_page_words('mail_other')}))\s*:\s*(.*?)\s*$",
    re.IGNORECASE,
)
_MAIL_REPLY = re.compile(rf"^(?:(?:{_page_words('mail_replies')})\s*:\s*)+", re.IGNORECASE)
_MAIL_DATE_FORMATS = ("%A, %B %d, %Y %I:%M %p", "%A, %B %d, %Y", "%d %B %Y %H:%M", "%B %d, %Y")


def _mail_header(text: str) -> tuple[str | None, dt.date | None]:
    """An e-mail pasted as text (`From:` / `Sent:` / `To:` / `Subject: RE: Bao cao so ket ...`):
    its subject is the report's title (the reply and forward marks dropped), and the date it
    was sent dates it. Three header lines at least, a subject among them."""
    subject, sent, found = None, None, 0
    for line in [ln for ln in text.split("\n", 2 * _MAIL_LINES)[: 2 * _MAIL_LINES] if ln.strip()][
        :_MAIL_LINES
    ]:
        m = _MAIL_LINE.match(line)
        if m is None:
            continue
        found += 1
        if m.group(1) and subject is None:
            subject = _MAIL_REPLY.sub("", m.group(3)) or None
        elif m.group(2) and sent is None:
            sent = _mail_date(m.group(3))
    if found < 3 or subject is None:
        return None, None
    return subject, sent


def _mail_date(value: str) -> dt.date | None:
    """`Friday, July 7, 2023 3:15 PM`, `Thu, 6 Jul 2023 09:42:00 +0700`, `07/07/2023 15:15`."""
    with contextlib.suppress(TypeError, ValueError, IndexError):
        return email.utils.parsedate_to_datetime(value).date()
    for fmt in _MAIL_DATE_FORMATS:
        with contextlib.suppress(ValueError):
            return dt.datetime.strptime(value, fmt).date()
    m = re.search(_NUMERIC_DATE, value)
    return _date(m.group(3), m.group(2), m.group(1)) if m else None


def _headline_shown(text: str, page_title: str | None) -> str | None:
    """A page's <title> that the page shows as a line of its own is its headline, whatever
    banner stands above it (`Chào mừng Đại hội Công đoàn tỉnh ... nhiệm kỳ 2023-2028`)."""
    if not page_title or len(page_title) < 20 or len(page_title.split()) < 5:
        return None
    head = text[:_HEADLINE_WITHIN]
    at = head.find(page_title)
    while at >= 0:
        end = at + len(page_title)
        if (at == 0 or head[at - 1] == "\n") and head[end : end + 1] in ("\n", ""):
            return page_title
        at = head.find(page_title, end)
    return None


_HEADLINE_WITHIN = 3000  # characters of a page's chrome and banners before its headline


def _headline_stamped(text: str, header: str | None = None) -> str | None:
    """The line right above a page's time stamp (`Cập nhật lúc 08:05 ngày 22/06/2018`): a
    news site prints its headline there, under the banner, the menu and the section's name
    (`Đại hội Công đoàn các cấp`) that a first-line reading took for the headline; not the
    site's owner heading the page (`header`), its headline under the stamp."""
    lines = [ln.strip() for ln in text[:_HEADLINE_WITHIN].splitlines() if ln.strip()]
    for i, line in enumerate(lines[1:_STAMP_LINES], 1):
        if len(line) > _PARAGRAPH:
            return None  # the body has begun: a date line below it is a byline's
        if not _is_stamp(line) or i + 1 == len(lines):
            continue  # (a date line closing the text is a byline's)
        above = lines[i - 1].strip(" •\t")
        if (
            len(above) >= 20
            and len(above.split()) >= 5
            and not _DATE_LINE.match(above)
            and not _is_stamp(above)
            and not _DATE_ONLY_LINE.match(above)
            and not above.endswith(":")
            and not _is_menu(above)
            and " | " not in above
            and above != header
            and not _SITE_OWNER.match(above)  # (`Trang thông tin điện tử Liên đoàn ...`)
        ):
            return above
        return None
    return None


_STAMP_LINES = 15  # a page's stamp stands among its first lines, over the body
_PARAGRAPH = 300  # characters: a line this long is the body's


def _is_stamp(line: str) -> bool:
    """An article's time stamp: a label and its date (`Cập nhật lúc 08:05 ngày 22/06/2018`),
    or a date with its time or its views (`05/02/2024 10:15 | Lượt xem: 1.245`); a bare date
    (`Thứ Hai, 18/03/2024`, printed twice at the top) is the site's day."""
    if _PUBLISHED.match(line.strip("()[] ")):
        return True
    if (m := _DATE_TIME_LINE.match(line)) and _stamped_by(line[m.start() : m.start(1)]):
        return True
    if _POSTED_LINE.match(line):
        # (a social page's stamp, the date first or after a label of one: `14/09/2024 · 🌏`,
        # `Đăng lúc 10:20 · 31/03/2025`; not a line of the body, `Lịch làm việc · 30/06/2024`)
        label = line.strip().split("·")[0].strip()
        return not label[:1].isalpha() or label.lower().startswith(
            _lower_page_words("published_labels")
        )
    return bool(_DATE_ONLY_LINE.match(line)) and ":" in line


@cache
def _menu_re() -> re.Pattern[str]:
    menu = sorted(words().menu_words, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + alternation(menu) + r")(?!\w)")


def _is_menu(line: str) -> bool:
    """A site menu or category list: several menu words and no sentence."""
    if len(line) >= 300 or _SENTENCE_INSIDE.search(line):
        return False
    return len(set(_menu_re().findall(line.lower()))) >= 3


def _menu_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in text.split("\n"):
        if _is_menu(line):
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _prose(sentence: str) -> bool:
    """Five words of letters or more (not dates, times, counts or marks), three of them
    opening in lower case: a sentence, no line of a page's furniture."""
    tokens = sentence.split()
    return (
        sum(1 for t in tokens if any(c.isalpha() for c in t)) >= 5
        and sum(1 for t in tokens if t[0].islower()) >= 3
    )


@lru_cache(maxsize=2)
def _sentence_starts(text: str) -> tuple[int, ...]:
    """Where sentences start; cached, as the subject and the head of one report ask for the
    same text (its first characters are the whole of most reports)."""
    return (0, *(m.end() for m in _SENTENCE.finditer(text)))


_REPORTS_REACH = 60  # a person's title and name, then `cho biết`


def _weight(
    text: str, m: OrgMention, sentence: int, in_title: bool, in_lead: bool = False
) -> float:
    """How likely a mention names the report's own organisation, by where and how it stands."""
    w = words()
    weight = 3.0 if in_title else (2.0, 1.2, 0.8)[sentence] if sentence < 3 else 0.3
    before = text[max(0, m.start - 40) : m.start].lower().split()
    last = " ".join(before[-3:])
    after = text[m.end : m.end + _REPORTS_REACH].lower().split(".")[0]
    if (
        last.endswith(w.person_titles)
        and not last.endswith(w.page["boards"])  # (`Đoàn Chủ tịch Tổng LĐLĐ`: its presidium)
        and not any(v in after for v in w.page["reports_for"])
    ):
        weight *= 0.5  # `Chủ tịch LĐLĐ tỉnh Bến Tre Lê Văn Quyền` names a person
    if after.split()[:1] and after.split()[0] in w.page["also_after"]:
        weight *= 0.5  # `Công đoàn các KCX - KCN TP.HCM cũng đã hỗ trợ`: another body
    owned = before[-1:] == ["của"] and " ".join(before[-3:-1]).endswith(w.owned_before)
    if before and before[-1] in w.givers and not owned:
        weight *= 0.4  # `được Tổng LĐLĐVN tặng`, `trực thuộc LĐLĐ tỉnh`
    if m.kind == "national" and not in_title and not (in_lead and _opens_its_sentence(text, m)):
        weight *= 0.3  # the confederation is named as the parent of nearly every body
        # (not the subject of the lead: `Tổng LĐLĐ Việt Nam vừa có báo cáo tổng kết ...`)
    if _belongs_to(text, m):
        weight *= 0.4  # `đoàn viên Trần Thị Mai - Công đoàn cơ sở Trường ...`: the person's union
    if (
        sentence < 3  # (the lead's, past a date line read as a sentence of its own)
        and (
            (
                _SOURCE_MARK_OPEN.search(text, max(0, m.start - 48), m.start)
                and _SOURCE_MARK_CLOSE.match(text, m.end)
            )
            # (... or with no brackets, its line opening on it, a day after its dash, the dash
            # maybe read into the name: `LĐLĐ Hải Phòng - Trưa 19/5, Công đoàn cơ sở ...`)
            or (
                _LINE_OPENS.search(text, max(0, m.start - 8), m.start)
                and _SOURCE_TAG_CLOSE.match(text, m.end)
                and any(c in "-–—" for c in text[m.end - 2 : m.end + 3])
            )
        )
    ):
        weight *= 0.5  # `(LĐLĐ Quảng Bình) - Ngày 7/11, LĐLĐ huyện Lệ Thủy ...`: the site credited
    return weight * _founded(text, m) * _case_weight(m)


# A body in brackets opening the lead before a dash is the site or paper credited, like
# `(LĐO) -`; the lead's own subject follows.
# (`( LĐLĐ Quảng Bình ) —`, `(Congdoanquangbinh.vn - LĐLĐ Quảng Bình):`)
_SOURCE_MARK_OPEN = re.compile(r"(?:^|\n)[ \t]*\([^()\n]{0,40}$")
_SOURCE_MARK_CLOSE = re.compile(r"[ \t]*\)[ \t]*[-–—:]")
_LINE_OPENS = re.compile(r"(?:^|\n)[ \t]*$")
_SOURCE_TAG_CLOSE = re.compile(
    r"[ \t]*(?:[-–—][ \t]*)?(?:sáng|chiều|tối|trưa|đêm|ngày|hôm)(?:[ \t]+ngày)?"
    r"[ \t]+\d{1,2}[ \t]*[/.-]",
    re.IGNORECASE,
)


def _opens_its_sentence(text: str, m: OrgMention) -> bool:
    """The mention opens its sentence, past a paper's mark (`(LĐO) - Tổng LĐLĐ Việt Nam ...`)."""
    return _OPENS_A_SENTENCE.search(text, max(0, m.start - 40), m.start) is not None


_SENTENCE_WORDS = re.compile(r"[^.!?\n]{0,200}")
# What may stand before the body opening a lead: its day (`Ngày 17/12, `, `Chiều 13/12/2023, `)
_LEAD_OPENER = re.compile(
    r"[ \t]*(?:(?:sáng|chiều|tối|trưa|đêm|ngày|hôm|vừa qua)(?:[ \t]+ngày)?[ \t]+"
    # (one day or two: `Ngày 27 và 28/4/2023`, `Ngày 27-28/4`)
    r"(?:\d{1,2}[ \t]*(?:và|[-–])[ \t]*)?"
    r"\d{1,2}[ \t]*[/.-][ \t]*\d{1,2}(?:[ \t]*[/.-][ \t]*\d{2,4})?(?:[ \t]+vừa[ \t]+qua)?"
    r"[ \t]*,[ \t]*)?",
    re.IGNORECASE,
)
# (past a paper's mark, a dateline in capitals, or the body's own board: `(LĐO) - `, `HÀ NỘI
# - `, `Đoàn Chủ tịch `, `Ban Thường vụ `)
_OPENS_A_SENTENCE = re.compile(
    r"(?:^|[.!?]\s|\n)[ \t]*(?:\([^()\n]{1,12}\)[ \t]*[-–][ \t]*"
    r"|[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ .]{1,24}[ \t]+[-–][ \t]+)?"
    rf"(?:(?i:{_page_words('boards')})[ \t]+)?$"
)


def _case_weight(m: OrgMention) -> float:
    """A sector's name written in lower case (`Công đoàn ngành giáo dục`, a newspaper's way)
    names a body less surely than one written as a name: half the weight."""
    if m.upper or not m.tokens or m.tokens[0].lower() not in words().sector_starts:
        return 1.0
    return 1.0 if any(t[:1].isupper() or t[:1].isdigit() for t in m.tokens) else 0.5


_BEFORE_MARK = re.compile(r"[-–(,]\s*$")


def _belongs_to(text: str, m: OrgMention) -> bool:
    """The mention follows a person named by a noun and a capitalised name, then a dash, a
    bracket or a comma: the union that person belongs to."""
    before = text[max(0, m.start - 60) : m.start]
    mark = _BEFORE_MARK.search(before)
    if mark is None:
        return False
    tokens = before[: mark.start()].split()
    k = len(tokens)
    while k and len(tokens) - k < 5 and tokens[k - 1][:1].isupper():
        k -= 1
    if k == len(tokens):
        return False
    lead = " ".join(tokens[:k]).lower()
    return any(lead == n or lead.endswith(" " + n) for n in words().page["person_nouns"])


def _founded(text: str, m: OrgMention) -> float:
    """`chào mừng 90 năm Ngày thành lập Công đoàn Việt Nam`: a body whose founding is
    celebrated is the occasion, hardly the report's author."""
    before = text[max(0, m.start - 20) : m.start].lower().rstrip()
    return 0.1 if before.endswith("thành lập") else 1.0


def _after_person_title(text: str, m: OrgMention) -> bool:
    before = " ".join(text[max(0, m.start - 40) : m.start].lower().split()[-3:])
    return before.endswith(words().person_titles)


def _cut_person(text: str, m: OrgMention) -> OrgMention:
    """`Chủ tịch LĐLĐ TP Trần Kim Yến`, `Chủ tịch LĐLĐ Thành phố Trần Thu Hà`: after a
    person's title, capitalised words that are not a province after `TP`/`tỉnh` are the
    person's name; the organisation is unnamed. `Chủ tịch CĐ Dệt May Phạm Văn Tâm`: a
    full name closing the mention (`family_names`) is the person's, unless the name before it
    is a workplace's (`Trường THPT Trần Hưng Đạo`)."""
    w = words()
    if not _after_person_title(text, m) or len(m.tokens) < 2:
        return m
    lowered = [t.lower() for t in m.tokens]
    lead = 2 if " ".join(lowered[:2]) in w.units else 1 if lowered[0] in w.units else 0
    if lead:
        unit = " ".join(lowered[:lead])
        # (the place named in full, then the holder's: `Chủ tịch LĐLĐ huyện Yên Thành Nguyễn
        # Văn Bình`)
        k = _holder_starts(m.tokens, lead + 1)
        if k is not None:
            place = " ".join(m.tokens[lead:k])
            if province_of(place) or district_province(place, unit):
                return replace(m, tokens=m.tokens[:k])
        # (a district's name is no person's: `Ban Thường vụ LĐLĐ thị xã Ngã Năm`)
        named = [
            province_of(name) or district_province(name, unit)
            for k in range(lead + 1, len(m.tokens) + 1)
            if (name := " ".join(m.tokens[lead:k]))
        ]
        return replace(m, tokens=m.tokens[:lead]) if not any(named) else m
    i = _holder_starts(m.tokens, 1)
    if i is not None and not any(p in " ".join(lowered[:i]) for p in w.workplaces):
        return replace(m, tokens=m.tokens[:i])
    return m


_NAME_LENGTHS = (3, 4, 2)  # words of a person's full name, the commonest first


def _holder_starts(tokens: tuple[str, ...], lo: int) -> int | None:
    """Where a person's full name closing the tokens starts (a family name, then capitalised
    words to the end), at `lo` or after; the commonest length first, so that a place's word
    that is also a family name stays the place's (`Sơn La Nguyễn Văn An`, `Hà Giang Đỗ Văn
    Lâm`: not `La ...`, `Giang ...`)."""
    family = words().family_names
    for n in _NAME_LENGTHS:
        i = len(tokens) - n
        rest = tokens[i:]
        if (
            i >= lo
            and rest[0].lower() in family
            and all(t[:1].isupper() for t in rest)
            and province_of(" ".join(rest)) is None
            and not any(province_of(" ".join(tokens[j : i + 1])) for j in range(max(0, i - 2), i))
        ):
            return i
    return None


@dataclass(frozen=True, slots=True)
class _Org:
    key: str
    name: str
    level: str
    province: Province | None
    written: str
    kind: str = "union"  # the type it was named with: federation, union, grassroots ...


def _became_a_city(org: _Org | None, year: int | None) -> _Org | None:
    """`LĐLĐ thành phố Huế`: a province's city, a district federation, until the province
    became a centrally-run city of that name (`city_from`: Thừa Thiên Huế in 2025); from then
    the province's own federation, one body with the province's before it."""
    if (
        org is None
        or year is None
        or org.level != "district_federation"
        or org.province is None
        or org.province.city_from is None
        or year < org.province.city_from
    ):
        return org
    low = org.name.lower()
    if not any(low.endswith(f" thành phố {n.lower()}") for n in org.province.names):
        return org
    level = "provincial_federation"
    key = org_key(f"Liên đoàn Lao động tỉnh {org.province.name}", level, org.province)
    return replace(org, key=key, level=level)


def _commune_above_grassroots(
    org: _Org | None, published: dt.date | None, period: str | None, low: str
) -> _Org | None:
    """`Công đoàn phường Tân Thới Hiệp` in a report of October 2025: since the districts were
    dissolved (`communes_upper_from`), a ward's or commune's union stands directly above the
    grassroots unions of its area, at the district federation's level; before, a grassroots
    union. Dated by publication, else by a period wholly after that day. Not one the text
    calls a grassroots union by its name (`Công đoàn cơ sở đặc khu Phú Quốc`, `CĐCS phường
    An Khánh`)."""
    if org is None or org.level != "grassroots" or org.kind != "union":
        return org
    w = words()
    name = org.name.lower().removeprefix("công đoàn ")
    unit = name.split(" ")
    if not any(w.units.get(" ".join(unit[:n])) == "commune" for n in (1, 2) if len(unit) > n):
        return org
    for m in re.finditer(rf"\b(?:công\s+đoàn\s+cơ\s+sở|cđcs)\s+{re.escape(name)}\b", low):
        if not w.merged_from.search(low, max(0, m.start() - 40), m.start()):
            return org  # (not the former union it grew from: `hợp nhất Công đoàn cơ sở phường`)
    since = w.communes_upper_from
    if published is not None:
        after = published >= since
    else:
        first = first_day(period)
        after = first is not None and first >= since
    return replace(org, level="district_federation") if after else org


# The union's own grassroots unions counted: `Công đoàn NBB hiện có 124 CĐCS (gồm ...)`, `Công
# đoàn Tổng công ty có 45 công đoàn cơ sở trực thuộc` (not an area's: `toàn tỉnh có 1.200 CĐCS`).
# (not an area's or a whole sector's: `toàn tỉnh có 1.200 CĐCS`, `Theo Công đoàn Ngân hàng Việt
# Nam, toàn ngành hiện có 420 CĐCS`)
_OWN_GRASSROOTS = re.compile(
    r"\b(?:hiện\s+(?:nay\s+)?)?(?:có|gồm|quản\s+lý)\s+\d[\d.]*\s+(?:cđcs|công\s+đoàn\s+cơ\s+sở)\b"
)
_AN_AREAS_BEFORE = re.compile(
    r"(?:toàn|cả\s+nước|trên\s+địa\s+bàn|tỉnh|huyện|thành\s+phố|quận)[^.;:\n]{0,25}$"
)


def _above_its_grassroots(org: _Org | None, low: str) -> _Org | None:
    """`Công đoàn Ngân hàng TMCP Phương Bắc`, read as one workplace's union: a company of many
    units (`unit_systems`) whose text counts grassroots unions of its own has its union above
    them, a national sector union (no province: the places it names are its branches')."""
    if org is None or org.level != "grassroots" or org.kind != "union":
        return org
    name = org.name.lower().removeprefix("công đoàn ").removeprefix("cơ sở ")
    if not any(name.startswith(s + " ") for s in words().unit_systems):
        return org
    if "chi nhánh" in name:
        return org  # (a branch's union is its workplace's: `Ngân hàng TMCP X chi nhánh Nghệ An`)
    own = (
        m
        for m in _OWN_GRASSROOTS.finditer(low)
        if not _AN_AREAS_BEFORE.search(low, max(0, m.start() - 40), m.start())
    )
    if next(own, None) is None:
        return org
    return replace(org, level="national_sector", province=None)


_LEAD_CHARS = 800  # the headline and the lead, where a company's union names itself in full


def _a_workplaces_union(org: _Org | None, low: str) -> _Org | None:
    """`Công đoàn Điện lực Thanh Hóa` in a headline, read as a province's sector union by its
    trade's word: when the text names the company of that name (`Công đoàn Công ty Điện lực
    Thanh Hóa`, `Công ty Điện lực Quảng Ninh đã ...`) and counts no grassroots unions of its
    own, the union is that company's, a grassroots union (not `Công đoàn ngành Y tế tỉnh ...`,
    `Công đoàn Viên chức tỉnh ...`, named by a sector)."""
    if org is None or org.level != "sector_provincial" or org.kind != "union":
        return org
    name = " ".join(org.name.lower().split()).removeprefix("công đoàn ")
    w = words()
    sectors = (*w.sector_starts, *(" ".join(p) for p in w.sectors_alone))
    if any(name.startswith(s + " ") for s in sectors):
        return org
    flat = " ".join(low.split())
    # (its legal form between: `Công đoàn Công ty Cổ phần May Sông Hồng` of `Công đoàn May Sông
    # Hồng`)
    forms = "|".join(re.escape(f) for f in w.company_forms)
    named = re.search(rf"công ty (?:(?:{forms}) )*{re.escape(name)}", flat[:_LEAD_CHARS])
    if named is None or _OWN_GRASSROOTS.search(low):
        return org
    if f"ngành {name}" in flat:
        return org  # (`Công đoàn ngành Xây dựng Hà Nội` named: the sector's; its guest the firm)
    return replace(org, level="grassroots")


def _resolve(m: OrgMention, context_province: Province | None) -> _Org:
    """The organisation a mention names (cached by what it says, not where it stands)."""
    return _resolve_named(m.unplaced(), context_province)


@lru_cache(maxsize=4096)
def _resolve_named(m: OrgMention, context_province: Province | None) -> _Org:
    named = " ".join(m.tokens).lower()
    capital = words().capital_names.get(named)
    if capital is not None and m.kind in ("union", "federation"):
        # `Công đoàn Thủ đô`, `Liên đoàn Lao động Thủ đô`: the federation of Hà Nội
        m = replace(m, tokens=tuple(capital.split()), place=province_of(capital))
    elif m.kind == "union" and level_of(m) == "sector_provincial":
        for honorific, capital in words().capital_names.items():
            if named.endswith(" " + honorific):  # `Công đoàn ngành Giáo dục Thủ đô`: Hà Nội's
                tokens = m.tokens[: -len(honorific.split())] + tuple(capital.split())
                m = replace(m, tokens=tokens, place=province_of(capital))
                break
    level = level_of(m)
    if m.kind == "union" and (
        level == "provincial_federation" or (level == "district_federation" and names_a_place(m))
    ):
        m = replace(m, kind="federation")  # `Công đoàn tỉnh Nghệ An` is the federation
    province = _province_in_name(m) or m.place
    if level in NATIONAL_LEVELS:
        province = None
    elif province is None:
        province = context_province
    name = canonical_name(m, level, province)
    return _Org(org_key(name, level, province), name, level, province, m.written, m.kind)


@lru_cache(maxsize=4096)
def _province_in_name(m: OrgMention) -> Province | None:
    """The province a name names (`LĐLĐ tỉnh Nghệ An`), or the province of the district it
    names (`LĐLĐ huyện Đông Anh`, `LĐLĐ quận 11`)."""
    found = find_provinces(m.written, ignore_case=m.upper)
    if found:
        return found[-1][1]
    if m.place is not None:
        return m.place
    tokens = [t.lower() for t in m.tokens]
    for i, token in enumerate(tokens):
        kind = {"thành": "thành phố", "thị": "thị xã", "tp": "thành phố", "tp.": "thành phố",
                "tx": "thị xã", "quận": "quận", "huyện": "huyện"}.get(token)  # fmt: skip
        if kind:
            rest = [t for t in m.tokens[i + 1 :] if t.lower() not in ("phố", "xã")]
            province = district_province(" ".join(rest), kind)
            if province is not None:
                return province
    return None


_ISSUER = 4.0  # the body over a numbered document's number: its issuer (a headline is 3.0)
_NUMBERED_DOCUMENT = re.compile(r"(?im)^\s*số\s*:?\s*\d+\s*/")  # `Số: 04/BC-KTĐ`


def _subject(
    text: str,
    title: str | None,
    owners: list[str],
    context: Province | None,
    issuers: tuple[str, ...] = (),
) -> _Org | None:
    """The organisation the report is by or about: the best-placed named mention. The body
    heading a numbered document (`KHỐI THI ĐUA CÁC CÔNG ĐOÀN NGÀNH` over `Số: 04/BC-KTĐ`)
    issued it, whoever the text names most (its members, its leader of the year)."""
    scores: dict[str, float] = defaultdict(float)
    first: dict[str, tuple[int, _Org]] = {}
    order = 0

    spellings: dict[str, Counter[str]] = defaultdict(Counter)

    def vote(org: _Org, weight: float) -> None:
        nonlocal order
        key = _vote_key(org)
        scores[key] += weight
        spellings[key][org.name] += 1
        if key not in first:
            first[key] = (order, org)
            order += 1

    # a headline naming a body tells whose news it is: the confederation owning the portal
    # (its masthead over a province's article) publishes it, hardly makes it
    titled = bool(title) and any(m.named for m in line_mentions(title or ""))

    def owner_weight(m: OrgMention) -> float:
        return _OWNER_UNDER_TITLE if titled and m.kind == "national" else 2.5

    # (a leader's name after the body's is no part of it: `Chủ tịch Công đoàn Điện lực Việt
    # Nam Lê Quang Vinh` opening the story)
    headed: list[tuple[OrgMention, float]] = [
        (
            _cut_person(line, m),
            (3.0 if line == title else _ISSUER if line in issuers else owner_weight(m))
            * _founded(line, m)
            * _case_weight(m),
        )
        for line in [title or "", *owners]
        if not _is_menu(line)
        for m in line_mentions(line)
        if m.named
    ]
    named = [(cut, weight) for cut, weight in headed if cut.named]
    # (the headline's named first, then the owners')
    from_title = 0 if _is_menu(title or "") else sum(m.named for m in line_mentions(title or ""))
    in_title = sum(1 for cut, _ in headed[:from_title] if cut.named)
    headed_named = len(named)
    title_end = _end_of(text, title)
    text = text[: title_end + SUBJECT_WINDOW]  # the subject is named early; keeps this linear
    menus = _menu_spans(text)
    end = len(text.rstrip())  # a start before it has text after it (no copy per sentence)
    starts = [s for s in _sentence_starts(text) if title_end <= s < end]
    # (... and the body is then named by its unit alone: `Chủ tịch LĐLĐ tỉnh Vũ Thị Lan`)
    unnamed = [(cut, weight) for cut, weight in headed if not cut.named and cut.tokens]
    in_text: list[OrgMention] = []
    # (the lead: the first sentence after the title that has words, past a date line)
    # (words of letters, some in lower case: not a date line's `Cập nhật: 18/12/2015 08:30 |
    # Lượt đọc: 864`, nor a row of buttons, `[f] Chia sẻ [Zalo] [In] A- A+`)
    lead = next((s for s in starts if _prose(_SENTENCE_WORDS.match(text, s).group())), -1)
    opener: int | None = None  # the body opening the lead, past its day (`named` index)
    # ... and the place a headline opens on before its colon, whose federation the text names
    place = _story_place(title, titled, text[title_end:])
    placed: int | None = None
    first_named: int | None = None  # the first body the text names after the headline
    for m in find_mentions(text):
        if any(s <= m.start < e for s, e in menus):
            continue
        if m.start < title_end:
            continue  # the title is counted above; what stands before it is page furniture
        sentence = bisect.bisect_right(starts, m.start) - 1
        weight = _weight(
            text, m, max(sentence, 0), False, in_lead=sentence >= 0 and starts[sentence] == lead
        )
        m = _cut_person(text, m)
        if m.named and first_named is None:
            first_named = len(named)
            # (`Huyện Bảo Thắng: ...` over `LĐLĐ huyện Bảo Thắng đã ...`: the first body named)
            if _headline_place_names(place, m):
                placed = first_named
        if (
            m.named
            and opener is None
            and not titled
            and lead >= 0
            and _LEAD_OPENER.fullmatch(text, lead, m.start)
        ):
            opener = len(named)
        if m.named:
            named.append((m, weight))
            in_text.append(m)
        else:
            unnamed.append((m, weight))
    if opener is not None and not (
        _named_again(named[opener][0], unnamed, text)
        and _official_title(text) is None  # (a report's own lead names its example, its pilot)
    ):
        opener = None
    story = placed if placed is not None else opener
    if story is not None:
        # (a headline naming no body: the one whose place opens the headline (`Huyện Bảo Thắng:
        # ...`), or the one opening the lead that the text then names again by its kind
        # (`Ngày 17/12, LĐLĐ huyện Thủy Nguyên tổ chức ...` / `LĐLĐ huyện ...`), is whose news
        # it is, as a headline naming it would say, on the province's portal; the site, however
        # often it signs its pages, one witness)
        named[story] = (named[story][0], max(named[story][1], 3.0))
        named[in_title:headed_named] = _one_vote_a_site(named[in_title:headed_named], context)
    alike = _workplace_alike(_national_alike(named, in_text, text), in_text)
    for m, weight in _placed_alike(alike):
        vote(_resolve(m, context), weight)
    for m, weight in unnamed:
        if not m.tokens:
            continue  # `Công đoàn`, `CĐ` alone: the union in general
        if (org := _unnamed_federation(m, context)) is not None:
            vote(org, 0.8 * weight)  # `Ban Thường vụ LĐLĐ tỉnh` on a site of Thanh Hóa
            continue
        kind = m.kind
        if kind == "union" and words().units.get(" ".join(m.tokens).lower()) in _FEDERATION_UNITS:
            kind = "federation"  # `Đại hội Công đoàn tỉnh`: the province's federation
        same = [o for _, o in first.values() if o.kind == kind]
        if (
            story is not None
            and kind == "federation"
            and words().units.get(" ".join(m.tokens).lower()) == "district"
            and not _SEVERAL_BEFORE.search(text, max(0, m.start - 8), m.start)
        ):
            # (`LĐLĐ huyện` is the district's named before, not the city's whose site it is)
            same = [o for o in same if o.level == "district_federation"] or same
        if same:  # `LĐLĐ quận`, `CĐ KKT`: the named body of that kind
            best = max(same, key=lambda o: scores[_vote_key(o)])
            scores[_vote_key(best)] += 0.5 * weight
        elif (org := _federation_of_a_unit(m)) is not None and _acts(text, m):
            vote(org, 0.8 * weight)  # `Theo LĐLĐ tỉnh, ...` in a provincial paper, no name
        elif (org := _sector_of_a_unit(m, context)) is not None and _acts(text, m):
            vote(org, 0.8 * weight)  # `CĐ ngành công thương tỉnh đã chỉ đạo ...`, no name
    if not scores:
        return None
    key = max(scores, key=lambda k: (scores[k], -first[k][0]))
    return replace(first[key][1], name=spellings[key].most_common(1)[0][0])


_OWNER_UNDER_TITLE = 1.0
_SEVERAL_BEFORE = re.compile(r"(?i:các|những|mỗi)\s+$")
# A headline opening on a district's name and a colon (`Huyện Bảo Thắng: Tổng kết ...`,
# `Thị xã Buôn Hồ: ...`, `Thủy Nguyên: ...`): a portal's item about that place's bodies
_HEADLINE_PLACE = re.compile(
    r"[ \t]*(?:(?i:huyện|quận|thị xã|thành phố|tp\.?)[ \t]+)?"
    r"([A-ZĐÀ-Ỹ][^\W\d_]*(?:[ \t]+(?:[A-ZĐÀ-Ỹ][^\W\d_]*|\d{1,2})){0,3})[ \t]*:[ \t]"
)


def _story_place(title: str | None, titled: bool, body: str) -> re.Match[str] | None:
    """The district a headline opens on (`Huyện Bảo Thắng: ...`), when the headline names no
    union body at all (not `Thị xã Buôn Hồ: Chủ tịch LĐLĐ tỉnh thăm ...`), the place is no
    province nor centrally-run city (`Hà Tĩnh:`, `Đà Nẵng:` on a national paper: the
    province's news, its capital's federation named in passing) and no other line of the text
    opens on a place of its own (a digest's items, `Huyện Bát Xát: ...`)."""
    if titled or not title:
        return None
    place = _HEADLINE_PLACE.match(title)
    if (
        place is None
        or find_provinces(place.group(1))
        # (the place's own body named by its unit is no other: `Đông Anh: Đại hội Công đoàn
        # huyện lần thứ XXIII`)
        or any(m.named or _unit_of(m) not in _DISTRICT_KINDS for m in line_mentions(title))
    ):
        return None
    for line in body.splitlines():
        # (a place with its unit: not `Ảnh: Minh Hà`, `Nguồn: ...` under the story)
        other = _HEADLINE_PLACE.match(line)
        if (
            other is not None
            and _PLACE_UNIT.match(line)
            and other.group(1).lower() != place.group(1).lower()
        ):
            return None
    return place


_PLACE_UNIT = re.compile(r"[ \t]*(?i:huyện|quận|thị xã|thành phố|tp\.?)[ \t]")


def _headline_place_names(place: re.Match[str] | None, m: OrgMention) -> bool:
    """The federation named is that of the district the headline opens on."""
    if place is None or m.kind != "federation":
        return False
    name = " ".join(m.tokens).lower()
    unit = " ".join(name.split()[:2])  # (`thành phố`, `thị xã`; or one word, `huyện`)
    units = words().units
    return name.endswith(" " + place.group(1).lower()) and (
        units.get(unit) in _DISTRICT_KINDS or units.get(name.split()[0]) in _DISTRICT_KINDS
    )


_DISTRICT_KINDS = ("district", "city")  # the catalogue's units a district's federation names


def _unit_of(m: OrgMention) -> str | None:
    """The catalogue's kind of unit an unnamed body's words name (`huyện`: district)."""
    return words().units.get(" ".join(m.tokens).lower())


def _one_vote_a_site(
    owned: list[tuple[OrgMention, float]], context: Province | None
) -> list[tuple[OrgMention, float]]:
    """The owners' mentions, a body named again (the site's banner, then its footer's `Bản
    quyền thuộc ...`; `CÔNG ĐOÀN ĐỒNG NAI` beside `Liên đoàn Lao động tỉnh Đồng Nai`) voting
    once, with its weightiest line."""
    best: dict[str, tuple[OrgMention, float]] = {}
    for m, weight in owned:
        key = _vote_key(_resolve(m, context))
        if key not in best or weight > best[key][1]:
            best[key] = (m, weight)
    return list(best.values())


def _named_again(m: OrgMention, unnamed: list[tuple[OrgMention, float]], text: str) -> bool:
    """The text names the body again by its kind alone, twice or more after it (`LĐLĐ huyện`
    after `LĐLĐ huyện Thủy Nguyên`): the story's own (not `các LĐLĐ huyện`, several)."""
    level = _resolve(m, None).level
    again = 0
    for other, _ in unnamed:
        if other.start <= m.start or other.kind != m.kind:
            continue
        if _SEVERAL_BEFORE.search(text, max(0, other.start - 8), other.start):
            continue
        unit = words().units.get(" ".join(other.tokens).lower())
        if m.kind == "federation" and (unit == "district") != (level == "district_federation"):
            continue
        again += 1
    return again >= 2


_FEDERATION_UNITS = ("province", "city", "district")  # units a bare `Công đoàn <unit>` heads


def _vote_key(org: _Org) -> str:
    """The organisation a vote is for: a bloc named with its province (`Khối thi đua các LĐLĐ
    huyện, thành phố tỉnh Thái Bình` in the lead) and without (the same in the headline) is
    one bloc."""
    if org.level != "bloc" or org.province is None:
        return org.key
    suffix = ascii_slug(org.province.name.removeprefix("TP. "))
    unit = "thanh-pho" if org.province.centrally_run else "tinh"
    if org.key.endswith(f"-{unit}-{suffix}"):
        return org.key[: -len(f"{unit}-{suffix}")] + suffix
    return org.key


def _national_alike(
    named: list[tuple[OrgMention, float]], in_text: list[OrgMention], text: str
) -> list[tuple[OrgMention, float]]:
    """A national body's short name stands for its full one: `công đoàn Điện lực` in the
    title where the lead writes `Công đoàn Điện lực Việt Nam`, `Công đoàn TKV` after
    `Công đoàn Than – Khoáng sản Việt Nam (Công đoàn TKV)`; left alone, the short name took the
    province the report names and became a province's sector union."""
    full: dict[tuple[str, tuple[str, ...]], OrgMention] = {}
    for i, m in enumerate(in_text):
        low = tuple(t.lower() for t in m.tokens)
        if len(low) < 3 or low[-2:] != ("việt", "nam"):
            continue
        full.setdefault((m.kind, low[:-2]), m)
        after = in_text[i + 1] if i + 1 < len(in_text) else None
        if after is not None and text[m.end : after.start].strip() == "(":
            full.setdefault((after.kind, tuple(t.lower() for t in after.tokens)), m)
    if not full:
        return named
    out = []
    for m, weight in named:
        body = full.get((m.kind, tuple(t.lower() for t in m.tokens)))
        if body is not None and m.place is None:
            m = replace(body, start=m.start, end=m.end, upper=m.upper)
        out.append((m, weight))
    return out


def _workplace_alike(
    named: list[tuple[OrgMention, float]], in_text: list[OrgMention]
) -> list[tuple[OrgMention, float]]:
    """A company's union short-named by its trade and place (`Công đoàn Than Hồng Phúc` in the
    headline, `Công đoàn Công ty Than Hồng Phúc` in the lead) is that company's: left alone,
    the short name read as a sector's union."""
    full: dict[tuple[str, ...], OrgMention] = {}
    sectors: set[tuple[str, ...]] = set()
    for m in in_text:
        low = tuple(t.lower() for t in m.tokens)
        if "-" in low or "–" in low:  # `Công ty Than Hà Lầm - TKV`: the group after the dash
            low = low[: min(low.index(d) for d in ("-", "–") if d in low)]
        if m.kind == "union" and level_of(m) == "grassroots":
            for k in range(1, len(low) - 1):
                if _company_and_form(low[:k]):  # (not a guest: `Công ty Kho vận Than X`)
                    full.setdefault(low[k:], m)
        elif m.kind == "union" and low[:1] == ("ngành",):  # `Công đoàn ngành Xây dựng Hà Nội`
            sectors.add(low[1:])
    if not full:
        return named
    out = []
    for m, weight in named:
        low = tuple(t.lower() for t in m.tokens)
        body = full.get(low) if m.kind == "union" and len(low) >= 2 else None
        if (
            body is not None
            and level_of(m) == "sector_provincial"
            and low not in sectors
            and not ends_in_a_province(m.tokens)  # (`Công đoàn Xây dựng Hà Nội`: a sector's)
        ):
            m = replace(body, start=m.start, end=m.end, upper=m.upper)
        out.append((m, weight))
    return out


def _company_and_form(low: tuple[str, ...]) -> bool:
    """`công ty`, `công ty tnhh mtv`, `công ty cp`: a company and its legal form, no more."""
    for head in (("công", "ty"), ("cty",)):
        if low[: len(head)] == head:
            return all(t in _form_words() for t in low[len(head) :])
    return False


@cache
def _form_words() -> frozenset[str]:
    """The words of the catalogue's company forms (`tnhh`, `mtv`, `cổ phần`)."""
    return frozenset(w for form in words().company_forms for w in form.split())


def _placed_alike(named: list[tuple[OrgMention, float]]) -> list[tuple[OrgMention, float]]:
    """A name written once with its province (`LĐLĐ huyện Lục Ngạn (tỉnh Bắc Ninh)`) lends
    it to the same name written without (the title's `LĐLĐ huyện Lục Ngạn`): a district
    gazetteer of before a merger must not split one body in two."""
    placed = {
        (m.kind, tuple(t.lower() for t in m.tokens)): m.place
        for m, _ in reversed(named)
        if m.place is not None
    }
    if not placed:
        return named
    return [
        (replace(m, place=placed.get((m.kind, tuple(t.lower() for t in m.tokens)))), weight)
        if m.place is None and (m.kind, tuple(t.lower() for t in m.tokens)) in placed
        else (m, weight)
        for m, weight in named
    ]


def _unnamed_federation(m: OrgMention, context: Province | None) -> _Org | None:
    """`LĐLĐ tỉnh`, `LĐLĐ TP` with no name: the federation of the province the report is
    about (a `TP` of a province that is not a city is a district town: left unnamed)."""
    if m.kind != "federation" or context is None:
        return None
    units = {t.lower() for t in m.tokens}
    city = bool(units & {"tp", "tp.", "thành"})
    if (city and not context.centrally_run) or units & {"quận", "huyện", "thị"}:
        return None
    unit_word = "thành phố" if context.centrally_run else "tỉnh"
    name = f"Liên đoàn Lao động {unit_word} {context.name.removeprefix('TP. ')}"
    level = "provincial_federation"
    return _Org(org_key(name, level, context), name, level, context, m.written, "federation")


def _federation_of_a_unit(m: OrgMention) -> _Org | None:
    """`Liên đoàn Lao động tỉnh`, `LĐLĐ huyện` named by its unit alone, no place known: the
    federation of that unit, as written (its level is plain; a bare `TP` may be either). It
    has no key: which one it is is unknown, and two reports' are not one body."""
    if m.kind != "federation" or len(m.tokens) != 1:
        return None
    if words().units.get(m.tokens[0].lower()) not in ("province", "district"):
        return None  # (a bare `TP` is a province's city or a city of provincial rank)
    level = level_of(m)
    name = f"Liên đoàn Lao động {m.tokens[0].lower()}"
    return _Org(_ANONYMOUS + name, name, level, None, m.written, "federation")


def _sector_of_a_unit(m: OrgMention, context: Province | None) -> _Org | None:
    """`CĐ ngành công thương tỉnh`: a sector union of a province named by its unit alone, a
    provincial paper's (mined round 23: no level). The province the report is about when
    known, else known by its kind only."""
    w = words()
    low = [t.lower() for t in m.tokens]
    if (
        m.kind != "union"
        or len(low) < 3
        or low[0] not in w.sector_starts
        or w.units.get(low[-1]) != "province"
    ):
        return None
    sector = " ".join(m.tokens[1:-1])
    level = "sector_provincial"
    if context is not None and not context.centrally_run:
        name = f"Công đoàn ngành {sector} tỉnh {context.name}"
        return _Org(org_key(name, level, context), name, level, context, m.written)
    name = f"Công đoàn ngành {sector} tỉnh"
    return _Org(_ANONYMOUS + name, name, level, None, m.written)


_ANONYMOUS = "~"  # a vote key's mark: the body is known by its kind only, it has no org_id


def _acts(text: str, m: OrgMention) -> bool:
    """The mention names the body that acts or speaks, not one that gives, owns or is one of
    many (`được LĐLĐ huyện tặng bằng khen`, `các LĐLĐ huyện`, `LĐLĐ huyện và LĐLĐ quận`)."""
    w = words()
    before = text[max(0, m.start - 20) : m.start].lower().split()
    if before and (before[-1] in w.givers or before[-1] in ("các", "những")):
        return False
    after = text[m.end : m.end + 20].lower().split()
    return not (after and after[0] in ("và", "cùng", "với", "trong"))


def _context_province(text: str, chrome: str) -> Province | None:
    """The province a report is about when its organisation's name does not say: the web
    domain of its site or e-mail, else the province it names first and most."""
    for source in (chrome, text):
        for m in _GOV_VN.finditer(source):
            start = max(source.rfind(c, 0, m.start()) for c in " \n\t@/\"'(<:") + 1
            province = by_domain(source[start : m.start()])
            if province is not None:
                return province
    found = [
        (at, province)
        for at, province in find_provinces(
            _upper_lines_titled(text[:SUBJECT_WINDOW]) + text[SUBJECT_WINDOW:]
        )
        if not _origin_before().search(text, max(0, at - _ORIGIN_REACH), at)
    ]
    found = _outside_lists(text, found)
    if not found:
        return _district_context(text)
    scores: dict[str, float] = defaultdict(float)
    by_name: dict[str, Province] = {}
    for i, (_, province) in enumerate(found):
        scores[province.name] += 1.0 + (1.0 if i < 3 else 0.0)
        by_name[province.name] = province
    return by_name[max(scores, key=lambda n: scores[n])]


def _outside_lists(text: str, found: list[tuple[int, Province]]) -> list[tuple[int, Province]]:
    """Provinces named one after another, three or more (`về quê ăn Tết tại các tỉnh Thanh
    Hóa, Nghệ An, Quảng Ngãi, Sóc Trăng và Cà Mau`), are places the story reaches, not the
    one the report is about: they are passed over."""
    runs: list[list[tuple[int, Province]]] = []
    for at, province in found:
        if runs:
            last_at, last = runs[-1][-1]
            gap = text[last_at + len(last.name) : at] if text.startswith(last.name, last_at) else ""
            if gap and _LIST_GAP.fullmatch(gap):
                runs[-1].append((at, province))
                continue
        runs.append([(at, province)])
    return [item for run in runs if len(run) < _PLACE_LIST for item in run]


_LIST_GAP = re.compile(r"\s*(?:,|;|và|,\s*và)\s*(?:(?:tỉnh|thành phố|tp\.?)\s+)?", re.IGNORECASE)
_PLACE_LIST = 3


_ORIGIN_REACH = 50  # characters before a place its origin or trip word may end


@cache
def _origin_before() -> re.Pattern[str]:
    """An origin word right before a place: `(quê Thái Bình)` is a person's, and so is the
    province after the district named first (`quê ở huyện Mường La, tỉnh Sơn La`)."""
    lower = r"(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố|tp\.?)"
    return re.compile(
        rf"(?<!\w)(?:{_page_words('origin_words')})\s*:?\s*"
        rf"(?:{lower}\s+\w+(?:\s+\w+){{0,3}}\s*,\s*)?(?:tỉnh\s+|thành\s+phố\s+|tp\.?\s*)?$",
        re.IGNORECASE,
    )


_DISTRICT_MENTION = re.compile(
    r"\b(huyện|quận|thị xã|thành phố|tp\.?|tx\.?)[ ]*(?<=[ .])(\w+(?:[ ]+\w+){0,3})",
    re.IGNORECASE,
)  # (in capitals too: `LĐLĐ HUYỆN CẨM XUYÊN`, `LĐLĐ TP. BIÊN HÒA` head a union's report)
_SHORT_UNIT = {"tp": "thành phố", "tp.": "thành phố", "tx": "thị xã", "tx.": "thị xã"}


def _upper_lines_titled(text: str) -> str:
    """Lines in capitals (an official header: `CÔNG ĐOÀN GIÁO DỤC ĐẮK LẮK`) title-cased, so
    the place names in them read as place names; same length, offsets unchanged."""
    lines = text.split("\n")
    titled = [ln.title() if ln.isupper() and len(ln.title()) == len(ln) else ln for ln in lines]
    return "\n".join(titled)


def _district_context(text: str) -> Province | None:
    """No province named: the province of the first district the report names that the
    gazetteer places (`Công đoàn Trường THCS Hải Trạch, huyện Bố Trạch`), or of the place an
    official report is signed at (`Chư Prông, ngày 20 tháng 12 năm 2024`)."""
    for line in [ln for ln in text.split("\n", 12)[:12] if ln.strip()][:_HEADER_LINES]:
        signed = _SIGNED_LINE.match(line)
        if signed and (province := district_province(signed.group(1).strip())):
            return province
    for m in _DISTRICT_MENTION.finditer(_upper_lines_titled(text[:SUBJECT_WINDOW])):
        kind, words_ = m.group(1).lower(), []
        kind = _SHORT_UNIT.get(kind, kind)
        for word in m.group(2).split():
            if not (word[0].isupper() or word.isdigit()):
                break
            words_.append(word)
        for n in range(len(words_), 0, -1):
            province = district_province(" ".join(words_[:n]), kind)
            if province is not None:
                return province
    return None


def _stamped_by(line_start: str) -> bool:
    """What stands before a stamp's date names its author, outlet or weekday (`HOÀNG ANH |`,
    `Thanh Hà -`, `QĐND Online - Thứ Hai,`): capitalised words, not a deadline's or a table
    row's label (`Hạn nộp báo cáo -`, `CĐCS Công ty May Hà Nam |`)."""
    tokens = [w for w in re.split(r"[\s\-–|,]+", _BRACKETED.sub(" ", line_start)) if w]
    return all(w[:1].isupper() or w.lower() in _stamp_words() for w in tokens)


@cache
def _stamp_words() -> frozenset[str]:
    """The words of the catalogue's weekdays (`thứ hai`, `chủ nhật`) and `ngày`: a stamp's own;
    a place's unit, as a body's name as the outlet writes it (`LĐLĐ tỉnh Long An |`); a portal's
    words."""
    days = frozenset(w for day in _lower_page_words("weekdays") for w in day.split())
    # (... and a portal's, named before its owner: `Cổng thông tin LĐLĐ tỉnh Quảng Bình -`)
    portal = frozenset(
        w for p in _lower_page_words("site_owner") if "thông tin" in p for w in p.split()
    )
    return days | {"ngày"} | portal | frozenset(w for unit in words().units for w in unit.split())


_BRACKETED = re.compile(r"\([^()\n]*\)")


def _an_outlet(line_start: str) -> bool:
    """An outlet's name written as it calls itself, a dash before the date and its time
    (`Lao Động Thủ đô - 15/10/2019 10:30`): capitalised words but one."""
    name = line_start.rstrip()
    if not name.endswith(("-", "–")):
        return False
    tokens = name[:-1].split()
    # (three words at least: not a schedule's label, `Hạn chót -`, `Bế mạc -`)
    return (
        len(tokens) >= 3
        and tokens[0][:1].isupper()
        and sum(not w[:1].isupper() for w in tokens) <= 1
    )


# A byline's label before its author (`Bài và ảnh: Hoàng Yến |`)
_BYLINE_LABEL = re.compile(r"(?:bài và ảnh|tin và ảnh|bài, ảnh|tin, ảnh|bài|tin|ảnh)\s*:\s*", re.I)


def _an_outlet_or_author(stamp: str) -> bool:
    """What stands before a date and a time at the top, a bar or a dash closing it: an
    outlet's name in sentence case (`Lao động Thủ đô |`, `Báo Công an nhân dân -`:
    organisations.yaml `outlet_starts`) or an author after a byline's label (`Bài và ảnh: Hoàng
    Yến |`); not a deadline's label (`Hạn nộp Báo cáo Quý IV |`)."""
    name = stamp.strip()
    if not name.endswith(("-", "–", "|")):
        return False
    name = name[:-1].strip()
    if (label := _BYLINE_LABEL.match(name)) is not None:
        author = name[label.end() :]
        return bool(author.strip()) and _stamped_by(author)
    tokens = name.split()
    # (a name, a word after the first capitalised: not `Báo cáo gửi về trước -`)
    if not tokens[0][:1].isupper() or not any(t[:1].isupper() for t in tokens[1:]):
        return False
    low = " ".join(name.lower().split())
    return any(low == w or low.startswith(f"{w} ") for w in _lower_page_words("outlet_starts"))


def _a_body_dates(line_start: str) -> bool:
    """A union body's name and a dash before the date (`Công đoàn ngành Y tế Thanh Hóa -
    08/10/2024`): the body's site dating its own item; not a bar, a table row's
    (`CĐCS Công ty May Hà Nam | 12/05/2024`)."""
    name = line_start.rstrip()
    if not name.endswith(("-", "–")):
        return False
    low = name[:-1].strip().lower()
    return any(low.startswith(f"{phrase} ") for phrase, _ in words().types)


def _published(text: str, chrome: str) -> dt.date | None:
    # a republished item's note naming the original's date (`(Bài đăng lại. Nguồn: Báo Hòa Bình
    # điện tử, ngày 16/02/2022)`): what it tells is of that date, as `Bài viết gốc ... đăng ngày`
    if m := _REPOSTED_FROM.search(text[:_REPOSTED_REACH]):
        date = _date(m.group(3), m.group(2), m.group(1))
        if date:
            return date
    # (a labelled stamp past the top of the text may be a later item's, pasted after the first:
    # an unlabelled stamp at the top is the first item's, which the text is filed under)
    top_end, late = _top_end(text), None
    for line in text[:top_end].split("\n"):
        if len(line) <= _STAMP_LINE_MAX and (m := _broadcast_line().search(line)):
            year = m.group(3)
            date = _date(("20" + year) if len(year) == 2 else year, m.group(2), m.group(1))
            if date:
                return date  # (`NTV – THỜI SỰ 19H45 | Phát sóng ngày 28/01/2024`)
    for source in (text, chrome):
        for m in published_matches(source) if _may_name(source, "published_labels") else ():
            line_start = source.rfind("\n", 0, m.start()) + 1
            if _IN_A_CLAUSE.match(source, line_start, m.start()) and not _NAMES_ONLY.fullmatch(
                source, line_start, m.start()
            ):
                continue  # (a data note's: `Số liệu theo phần mềm ..., cập nhật ngày 15/6/2024`)
            d, mo, y = (
                (m.group(1), m.group(2), m.group(3))
                if m.group(1)
                else (m.group(6), m.group(5), m.group(4))
            )
            date = _date(y, mo, d)
            if date and source is text and m.start() > top_end:
                late = late or date
            elif date:
                return date
    for source in (text, chrome):
        for m in at_line_starts(_WEEKDAY_TIME_LINE, source):
            date = _date(m.group(3), m.group(2), m.group(1))
            first = late is None or (source is text and m.start() <= top_end)
            if date and first and _stamped_by(source[m.start() : m.start(1)]):
                return date
        for m in at_line_starts(_DATE_TIME_LINE, source):
            stamp = source[m.start() : m.start(1)]
            if not _stamped_by(stamp) and not (
                source is text and m.start() <= top_end and _an_outlet_or_author(stamp)
            ):
                continue
            year = m.group(3)
            date = _date(("20" + year) if len(year) == 2 else year, m.group(2), m.group(1))
            if date and (late is None or (source is text and m.start() <= top_end)):
                return date
    return late or _dated_line(text.split("\n"), chrome.split("\n"))


_STAMP_LINE_MAX = 120  # characters of a line that stamps a broadcast's date


@cache
def _broadcast_line() -> re.Pattern[str]:
    """A broadcast's date on a line of its own, or after a bar or a dash: `Phát sóng ngày
    28/01/2024`, `Phát sóng 21h00 ngày 14/11/2024 trên kênh LA34`."""
    return re.compile(
        rf"(?:^|[|–,-])\s*(?:{_page_words('broadcast_labels')})\b[^\n\d]{{0,12}}"
        r"(?:\d{1,2}\s*[hg:]\s*\d{0,2}\s+(?:[^\W\d]+,?\s+){0,3})?(?:ngày\s+)?"
        r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)?\d\d)\b"
        # (the rest of the line a channel or a length, no sentence: not `... chuyên mục ...
        # đầu tiên; đến nay đã có 45 số`, `... phóng sự sẽ giới thiệu ...`)
        r"(?![^\n]*(?:;|\b(?:đã|sẽ|đang|được|đến nay)\b))[^\n]{0,80}$",
        re.IGNORECASE,
    )


def _top_end(text: str) -> int:
    """Where the text's first `_TOP_LINES` lines with words end."""
    seen, at = 0, 0
    for line in text.split("\n"):
        at += len(line) + 1
        if line.strip():
            seen += 1
            if seen >= _TOP_LINES:
                break
    return at


def _dated_line(lines: list[str], chrome: list[str]) -> dt.date | None:
    """A date on a line of its own at the top, an official report's place and date, or a
    closing byline; a weekday line spelled out (`Thứ bảy, ngày 23 tháng 01 năm 2021`) is the
    site's today, not the article's."""
    # (not the stamps of other articles listed under `Tin liên quan`, dropped as chrome)
    related = next((i for i, ln in enumerate(chrome) if is_related_heading(ln)), len(chrome))
    top = [ln for ln in lines if ln.strip()][:_TOP_LINES] + chrome[: min(related, _TOP_LINES)]
    # a stamp with its time or views first: a bare date above it is the site's day
    for line in sorted(top, key=lambda ln: not _is_stamp(ln)):
        if len(line) <= 80 and (
            m := _DATE_ONLY_LINE.match(line)
            or _POSTED_LINE.match(line)
            or _POSTED_WORDED_LINE.match(line)
            or _BRACKETED_DATE_LINE.match(line)
        ):
            date = _date(m.group(3), m.group(2), m.group(1))
            if date:
                return date
    # `2025-11-06` over or under the headline: a scraper's or an export's stamp (further
    # down, or under a label, `Hạn gửi báo cáo:`, one is a deadline, a cut-off or a day told)
    for i, line in enumerate(top[:2]):
        if (m := _ISO_DATE_LINE.match(line)) and not (i and top[0].rstrip().endswith(":")):
            date = _date(m.group(1), m.group(2), m.group(3))
            if date:
                return date
    for line in top:
        if len(line) <= 80 and (m := _SPELLED_MONTH_LINE.match(line)):
            date = _date(m.group(3), m.group(2), m.group(1))
            if date:
                return date
    for line in top:
        m = _SIGNED_LINE.match(line)
        if m and not re.match(rf"(?:{_page_words('weekdays')})\b", m.group(1).strip(), re.I):
            date = _date(m.group(4), m.group(3), m.group(2))
            if date:
                return date
    for line in top:
        if m := _EXCERPT_DATE.match(line):
            date = _date(m.group(3), m.group(2), m.group(1))
            if date:
                return date
    for line in top:
        m = _CREDIT_DATE.search(line)
        if m:
            date = _date(m.group(3), m.group(2), m.group(1))
            if date:
                return date
    for line in top:
        m = _DATELINE.match(line)
        if m and all(w[:1].isupper() for w in m.group(1).split()):  # a place: `Đông Hà`
            date = _date(m.group(4), m.group(3), m.group(2))
            if date:
                return date
    # an official report signed at its end (`Kiến Xương, ngày 28 tháng 12 năm 2023` over `TM.
    # BAN CHẤP HÀNH`, its signer and contacts)
    for line in reversed([ln for ln in lines if ln.strip()][-_SIGNED_BOTTOM_LINES:]):
        m = _SIGNED_LINE.match(line)
        if m and not re.match(rf"(?:{_page_words('weekdays')})\b", m.group(1).strip(), re.I):
            date = _date(m.group(4), m.group(3), m.group(2))
            if date:
                return date
    bottom = [ln for ln in lines if ln.strip()][-_BOTTOM_LINES:]
    # a date on the last line, under the author's byline (`Thành Chung` / `10/11/2018`): the
    # day the item was posted
    if (
        len(bottom) >= 2
        and (m := _DATE_ONLY_LINE.match(bottom[-1]))
        and len(bottom[-2].strip()) <= _BYLINE_MAX
        and not bottom[-2].rstrip().endswith((".", ":", ";", ","))
    ):
        date = _date(m.group(3), m.group(2), m.group(1))
        if date:
            return date
    # (the byline under the headline, as at the end: `Ngọc Hà - 08/10/2024`)
    for i, line in enumerate([*top[:3], *reversed(bottom)]):
        if (
            len(line) <= 80
            and (m := _BYLINE_DATE.match(line.strip()))
            and (
                _stamped_by(line.strip()[: m.start(1)])
                or (m.end(3) < len(line.strip()) and _an_outlet(line.strip()[: m.start(1)]))
                # (a body's line under the headline, not a list's item: `Lịch đại hội điểm:`)
                or (
                    i < 3
                    and not any(t.rstrip().endswith(":") for t in top[:i])
                    and _a_body_dates(line.strip()[: m.start(1)])
                )
            )
        ):
            date = _date(m.group(3), m.group(2), m.group(1))
            if date:
                return date
    # (an export's stamp last: the day it was stored, the article's own date before it)
    if top and (m := _LABELLED_ISO_START.match(top[0])) and m.group(3):
        return _date(m.group(1), m.group(2), m.group(3))
    return None


def _date(y: str, mo: str, d: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(mo), int(d))
    except ValueError:
        return None


def _end_of(text: str, title: str | None) -> int:
    """Where the title ends in the text; an official title stands on several lines (`BÁO
    CÁO ...` / `TẠI ĐẠI HỘI ...`) that it was read joined."""
    if not title:
        return 0
    if title in text:
        return text.find(title) + len(title)
    m = re.search(r"\s+".join(map(re.escape, title.split())), text)
    return m.end() if m else 0


def _head(text: str, title: str | None, sentences: int = HEAD_SENTENCES) -> str:
    """The title and the first sentences after it: where a report says what it covers; an
    annex's note naming the report it goes with first (its tables' captions and rows come
    before any sentence)."""
    title_end = _end_of(text, title)
    end = len(text.rstrip())  # a start before it has text after it (no copy per sentence)
    starts = [p for p in _sentence_starts(text) if title_end < p < end]
    cut = starts[sentences] if len(starts) > sentences else len(text)
    note = _annex_note().search(text, 0, _HEADER_CHARS)
    return "\n".join(filter(None, [note and note.group(0).strip(), title, text[title_end:cut]]))


@cache
def _annex_note() -> re.Pattern[str]:
    """`(Kèm theo Báo cáo số 58/BC-CĐGD ... năm học 2017-2018)` on a line of its own."""
    return re.compile(
        rf"^[ \t]*\([ \t]*(?:{_page_words('annex_notes')})\b[^()\n]*\)[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    )


def infer(text: str, chrome: tuple[str, ...] = (), page_title: str | None = None) -> DocMeta:
    """Infer a report's metadata from its cleaned text, the page chrome dropped from it and
    the HTML page's <title> (the headline when the text shows none)."""
    chrome_text = "\n".join(chrome)
    header = _site_header(text)
    subject, sent = _mail_header(text)
    title = (
        subject
        or _headline_shown(text, page_title)
        or _headline_stamped(text, header)
        or title_of(text)
        or page_title
        or _official_title(text)
        or _first_line(text, skip=header)
    )
    owners = [
        m.group(1)
        for line in chrome_text.splitlines()
        if _may_name(line, "site_owner") and (m := _SITE_OWNER.search(line))
    ]
    # in the text, an owner's line opens with its label: not a sentence's `các đơn vị thực
    # hiện tốt chỉ đạo của LĐLĐ tỉnh` (that LĐLĐ became the report's organisation)
    lines = text.splitlines()
    owners += [
        m.group(1)
        for line in lines[:5] + lines[-5:]
        if _may_name(line, "site_owner")
        and (m := _SITE_OWNER.search(line))
        and _OWNER_LEAD.fullmatch(line, 0, m.start())
    ]
    if header:
        owners.append(header)
    issuers = (header,) if header and _NUMBERED_DOCUMENT.search(text[:_HEADER_CHARS]) else ()
    context = _context_province(text, chrome_text)
    org = _subject(text, title, owners, context, issuers)
    if org is None or not (owners or _names_a_body(title)):
        # no body named in the headline or as the page's owner: the workplace the headline
        # or the lead names, whose union the body names by its kind, before a body named in
        # passing (`(LĐLĐ Hà Tĩnh) - Chiều 18/1, Bệnh viện ... phối hợp với Công đoàn cơ sở
        # bệnh viện tổ chức ...`: the federation's portal, the hospital's union's news)
        org = _workplace_union(text, title, context) or org
    published = sent or _published(text, chrome_text)
    # a typo'd date (`13/01/1900`) is blanked later: it must not date the report either
    known = published.year if published and plausible_date(published) else None
    month = published.month if known and published else None
    if known is None and (stamp := _LABELLED_ISO_START.match(text)):
        # (an export's stamp of a month alone, ` date 2021-11 ...`: no day to publish, yet
        # the year and month the item was stored, as a date line's would date its period)
        known, month = int(stamp.group(1)), int(stamp.group(2))
    period = document_period(
        _head(text, title), text, known, opening=text[:3000], published_month=month
    )
    org = _became_a_city(org, known or (period_year(period) if period else None))
    low = lowercase(text)
    org = _commune_above_grassroots(org, published if known else None, period, low)
    org = _a_workplaces_union(_above_its_grassroots(org, low), low)
    if org is None:
        return DocMeta(
            None,
            None,
            context.name if context else None,
            period,
            published,
            title,
            province_2025=province_2025(context.name) if context else None,
        )
    province = org.province.name if org.province else None
    if province is None and org.level == "district_federation" and context is not None:
        province = context.name  # `LĐLĐ quận` on a site of the city: that city's district
    display = _as_written(org.name, text) if org.written.isupper() else org.name
    if display.isupper() or any(a_word_in_capitals(w) for w in display.split()[2:]):
        display = _capitalised(display)
    if province and org.level in LOCAL_BODIES and not find_provinces(display):
        display = f"{display} {province.removeprefix('TP. ')}"
    return DocMeta(
        org=display,
        org_level=org.level,
        province=province,
        period=period,
        published=published,
        title=title,
        org_id=None if org.key.startswith(_ANONYMOUS) else org.key,
        org_written=org.written,
        province_2025=province_2025(province),
    )


# The union of the workplace the report is about, named only by its kind
# (`Công đoàn công ty hiện có 48 công đoàn bộ phận`, `Công đoàn cơ sở bệnh viện`).
_OWN_WORKPLACE_UNION = re.compile(
    r"(?:công đoàn|cđcs|cđ)\s+(?:cơ sở\s+)?(?:công ty|cty|nhà máy|bệnh viện|trường|nhà trường)\b"
    r"(?!\s+học\b)"  # (not the school unions of an area: `công đoàn trường học`)
)
_PARENT = re.compile(
    r"(?i:đại học|học viện|trường|bộ|sở|ủy ban|ubnd|tập đoàn|tổng công ty|viện)\s+\S"
)
# A headline opening with a school as its subject (not `Trường hợp`, `Trường Sa`).
_SCHOOL_HEADLINE = re.compile(
    r"\s*(?:Trường|TRƯỜNG)\s+(?:Mầm non|MẦM NON|Tiểu học|TIỂU HỌC|THCS|THPT|Trung học|"
    r"TRUNG HỌC|Cao đẳng|CAO ĐẲNG|Đại học|ĐẠI HỌC|Phổ thông|PHỔ THÔNG|Trung cấp|TRUNG CẤP|"
    r"TH|MN|PTDTBT|PTDTNT)\b"
)
_WORKPLACE = re.compile(r"\b(?:Công ty|Cty|CÔNG TY|Nhà máy|Bệnh viện|BỆNH VIỆN|Trường|TRƯỜNG)\s")


_UNION_BEFORE = re.compile(r"(?i:công đoàn|cđcs|cđ)(?:\s+(?i:cơ sở))?\s+$")


def _names_a_body(title: str | None) -> bool:
    """The headline names a union body (`LĐLĐ tỉnh Bến Tre tổng kết ...`)."""
    return bool(title) and any(m.named for m in line_mentions(title or ""))


def _workplace_union(text: str, title: str | None, context: Province | None) -> _Org | None:
    """No union named, but a company in the title or the lead and its union by kind in the
    body (`Công ty CP Than Hà Lầm - Vinacomin tổ chức Hội nghị người lao động` ... `Công đoàn
    công ty hiện có ...`): the report is that company's union's (grassroots)."""
    if not any(
        not text[m.end() : m.end() + 2].strip()[:1].isupper()
        for m in _OWN_WORKPLACE_UNION.finditer(lowercase(text[:SUBJECT_WINDOW]))
    ):
        return None  # (`CĐCS Công ty TNHH Chang Chun Vina` is a union named, not by its kind)
    head = _head(text, title)
    # (the workplace itself, not one named inside a union's name: `Công đoàn cơ sở Bệnh viện
    # Bạch Mai` is a union the text tells of, not the workplace it is about)
    m = next(
        (w for w in _WORKPLACE.finditer(head) if not _UNION_BEFORE.search(head, 0, w.start())),
        None,
    )
    if m is None or _a_body_acts_in(_head(text, title, _ACTOR_SENTENCES), context):
        return None  # (see `_a_body_acts_in`)
    if m.group(0).lower().startswith("trường") and not _SCHOOL_HEADLINE.match(title or ""):
        return None  # (a school only as the headline's subject: not a venue, `Trường Sa`)
    found = line_mentions("Công đoàn " + head[m.start() : m.start() + 120].split("\n")[0])
    if not found or not found[0].named or found[0].start != 0:
        return None
    return _resolve(found[0], context)


# What may open a clause before its subject: a time (`Sáng 23/2,`, `Ngày 29-5,`) or a lead-in
# (`Nhận được thông tin,`) ends with its comma; then the body, then its deed.
_CLAUSE_OPENS = re.compile(r"(?:^|[.!?;:]\s+|\n|,\s*)$")


def _a_body_acts_in(head: str, context: Province | None) -> bool:
    """A named union body above the grassroots opens a clause of the head and acts (`LĐLĐ
    tỉnh Lạng Sơn tổ chức lễ phát động ... tại Công ty ...`, `Nhận được thông tin, LĐLĐ
    huyện Cẩm Giàng đã cử cán bộ xuống doanh nghiệp`): the company is where it acted, and
    its news; not a paper's mark in brackets (`(LĐLĐ Hà Tĩnh) - Chiều 18/1, Bệnh viện ...`)."""
    own = _OWN_WORKPLACE_UNION.search(lowercase(head))
    for m in line_mentions(head):
        if own is not None and own.start() < m.start:
            break  # (the workplace's union acted first: `Công ty ... phối hợp với Công đoàn cơ
            # sở công ty tổ chức Hội nghị người lao động`, its parent named after it)
        if not m.named or m.kind in ("grassroots", "national") or not _acts(head, m):
            continue
        if _resolve(m, context).level == "grassroots":
            continue
        line = head[head.rfind("\n", 0, m.start) + 1 : m.start]
        if ")" not in line[line.rfind("(") :] and "(" in line:
            continue  # (inside a bracket: a paper's mark)
        if _CLAUSE_OPENS.search(head, max(0, m.start - 40), m.start) is not None:
            return True
    return False


def _as_written(name: str, text: str) -> str:
    """The name as the text spells it in running prose, when it does: a banner in capitals
    gives `Công đoàn Bộ Tài Nguyên Và Môi Trường`, the body `... Tài nguyên và Môi trường`."""
    pattern = r"\s+".join(re.escape(word) for word in name.split())
    for m in re.finditer(pattern, text, re.IGNORECASE):
        if not m.group(0).isupper():
            return " ".join(m.group(0).split())
    return name


def _capitalised(name: str) -> str:
    """A name no prose spells: its words in capitals written as names are (`Liên đoàn Lao
    động huyện TÂN YÊN` → `... huyện Tân Yên`), abbreviations kept (`TNHH`, `KCN`)."""
    return " ".join(w.capitalize() if a_word_in_capitals(w) else w for w in name.split())


def _official_title(text: str) -> str | None:
    """The title under an official header, which stands in capitals after the motto, the
    document number, the place and date of signing and the bodies' names (in one column or
    two): the line that opens with the document's kind and the lines in capitals under it,
    joined (`BÁO CÁO` / `TỔNG KẾT HOẠT ĐỘNG CÔNG ĐOÀN NĂM 2024`)."""
    lines = [ln.strip(" •\t") for ln in text.split("\n", _TITLE_SEARCH_LINES)]
    lines = lines[:_TITLE_SEARCH_LINES]
    start = next((k for k, ln in enumerate(lines) if _DOCUMENT_KIND.match(ln)), None)
    if start is None:
        return None
    if not any(_MOTTO.search(ln) for ln in lines[:_HEADER_LINES]) and not (
        start < _HEADER_LINES and lines[start].isupper()
    ):
        return None  # (no motto: only a kind in capitals near the top opens a title)
    title = [lines[start]]
    for line in lines[start + 1 : start + _TITLE_LINES]:
        if not line or not line.isupper():
            break
        title.append(line)
    joined = " ".join(title)
    return joined if len(joined) <= _TITLE_CHARS else None


_TITLE_SEARCH_LINES = 16  # an official header (two columns split) fills at most these lines
_TITLE_LINES = 3  # `BÁO CÁO` / `KẾT QUẢ THỰC HIỆN NHIỆM VỤ` / `NĂM 2024 VÀ PHƯƠNG HƯỚNG ...`
_TITLE_CHARS = 250  # longer is a paragraph in capitals, not a title
_DOCUMENT_KIND = re.compile(rf"(?:{_page_words('document_kinds')})\b", re.IGNORECASE)


def _first_line(text: str, skip: str | None = None) -> str | None:
    """The first line that is not a page date (nor the site's name), when it is short enough
    to be a headline."""
    for line in text.split("\n")[:5]:
        line = line.strip()
        if line == skip or _SITE_OWNER.match(line):
            continue  # (`Trang thông tin điện tử Liên đoàn Lao động ...`: the site's name)
        if (
            line
            and not _DATE_LINE.match(line)
            and not _DATE_TIME_LINE.match(line)
            and not _DATE_ONLY_LINE.match(line)  # (`Ngày 28/02/2019` over the headline)
            and not _is_stamp(line)  # (nor `Cập nhật ngày: 28/02/2019`)
            and not _SALUTATION.match(line)  # (nor a speech's `Kính thưa ...`)
        ):
            return line if len(line) <= 250 else None
    return None


# The national motto and the document number of an official report's header.
_MOTTO = re.compile(  # (spaces a scan's OCR put inside words allowed: `VIỆT N AM`)
    r"cộng\s*hòa\s*xã\s*hội\s*chủ\s*nghĩa(?:\s*v\s*i\s*ệ\s*t\s*n\s*a\s*m)?"
    r"|độc\s*lập\s*[-–]\s*tự\s*do\s*[-–]\s*hạnh\s*phúc|^số\s*:?\s*\d[^\s]*",
    re.IGNORECASE,
)
_HEADER_LINES = 8
_HEADER_CHARS = 800  # where an official header's lines (names, number, place and date) stand


def _site_header(text: str) -> str | None:
    """The organisation that heads the page: lines at the top that are only an organisation's
    name, the last of them when there are several. An official report heads itself with its
    parent body, then its own name (`LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN` / `LIÊN ĐOÀN LAO ĐỘNG
    HUYỆN DIỄN CHÂU`); a site puts its owner over the headline. Either is a weaker witness
    than the headline; the parent is no witness at all."""
    lines = [ln.strip(" •\t") for ln in text.split("\n", 12)[:12] if ln.strip()]
    named: list[str] = []
    skip = -1
    for i, line in enumerate(lines[:_HEADER_LINES]):
        if i == skip:
            continue
        core = _MOTTO.sub(" ", line).strip(" -–—_*=.:\t")
        if not core or _SIGNED_LINE.match(core) or _DATE_ONLY_LINE.match(core):
            continue
        if len(core) > 120:
            break
        if (wrap := _wrapped_name(core, lines[i : i + 3])) is not None:
            core, skip = wrap[0], i + wrap[1]
            line = core
        if (board := _BOARD_OF.match(core)) is not None:
            core = line = core[board.end() :]  # `BCH CĐCS CÔNG TY TNHH ...`: the union's board
        found = line_mentions(core)
        if len(found) == 1 and found[0].start == 0 and _whole_name(core, found[0].end):
            if found[0].named:
                named.append(line)
                continue
            if (workplace := _workplace_line(lines, i)) is not None:
                # `CÔNG TY TNHH LỐP XE HOA PHONG VIỆT NAM` / `CÔNG ĐOÀN CƠ SỞ`: its union
                named.append(f"{core} {workplace}")
                continue
        if not found and (
            _translated(core) or (not named and (_WORKPLACE.match(core) or _PARENT.match(core)))
        ):
            # the name again in English, Chinese or Korean (`TRADE UNION OF ...`), or the
            # workplace or body whose union the next line names (`ĐẠI HỌC ĐÀ NẴNG` over
            # `CÔNG ĐOÀN TRƯỜNG ĐẠI HỌC SƯ PHẠM`)
            continue
        if (
            named
            and found
            and found[0].start == 0
            and found[0].named
            and _TITLE_AFTER_NAME.match(core, found[0].end - 1)
        ):
            # `LĐLĐ HUYỆN ĐỨC HÒA - SỐ LIỆU NHANH ...`: the name, then the document's title
            named.append(core[: found[0].end].rstrip(" -–—:|"))
        break
    return named[-1] if named and len(lines) > len(named) else None


_TITLE_AFTER_NAME = re.compile(r".?\s*[-–—:|]\s+\S")
# The board of the body a header's line names, before its name (`BCH CĐCS CÔNG TY ...`,
# `BAN CHẤP HÀNH CÔNG ĐOÀN TRƯỜNG ...`)
_BOARD_OF = re.compile(r"(?i:bch|ban\s+chấp\s+hành|ban\s+thường\s+vụ|btv)\s+(?=\S)")
_BRACKETED_TAIL = re.compile(r"\s*\([^()]{1,30}\)\s*")  # `... HOÀNG KHANG (VIỆT NAM)`
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]")


def _whole_name(core: str, end: int) -> bool:
    """A mention ending at `end` is the whole line, a bracketed tail aside."""
    return end >= len(core) or _BRACKETED_TAIL.fullmatch(core, end) is not None


def _translated(core: str) -> bool:
    """A header line in another script or in plain ASCII (no Vietnamese letter): the name
    repeated in English, Chinese, Japanese or Korean by a foreign-invested company's union."""
    return _CJK.search(core) is not None or (core.isascii() and any(c.isalpha() for c in core))


def _workplace_line(lines: list[str], i: int) -> str | None:
    """The workplace named on the header's line above line `i` (its motto aside), if any."""
    for line in reversed(lines[max(0, i - 4) : i]):
        core = _MOTTO.sub(" ", line).strip(" -–—_*=.:\t")
        if not core or _translated(core):
            continue  # the motto's line of split columns, the name in another language
        return core if _WORKPLACE.match(core) else None
    return None


def _wrapped_name(core: str, lines: list[str]) -> tuple[str, int] | None:
    """A name too long for the left column of a two-column header goes on in the column's
    next line (`LIÊN ĐOÀN LAO ĐỘNG` / `TỈNH QUẢNG NGÃI`, `CÔNG ĐOÀN TỔNG CÔNG TY` / `XÂY LẮP
    SÔNG MÃ`), the motto's line between them when the columns were split: the name is both
    lines, and how far on the second stands, when that names nothing by itself."""
    if not core.isupper() or not any(_MOTTO.search(line) for line in lines[:2]):
        return None
    for step, line in enumerate(lines[1:], start=1):
        rest = _MOTTO.sub(" ", line).strip(" -–—_*=.:\t")
        if not rest:
            continue  # the motto's own line
        if not rest.isupper() or any(c.isdigit() for c in rest) or line_mentions(rest):
            return None
        whole = f"{core} {rest}"
        found = line_mentions(whole)
        if len(found) == 1 and found[0].start == 0 and found[0].end >= len(whole):
            return (whole, step) if found[0].named else None
        return None
    return None


OVERRIDE_FIELDS = ("org", "org_level", "province", "period", "published")


class SourcesError(ValueError):
    """sources.csv cannot be used as it is."""


def apply_overrides(meta: DocMeta, fields: dict[str, str] | None) -> DocMeta:
    """What sources.csv says wins over what was inferred."""
    if not fields:
        return meta
    changes: dict[str, object] = {k: v for k, v in fields.items() if k != "published"}
    if "published" in fields:
        changes["published"] = dt.date.fromisoformat(fields["published"])
    if "province" in fields:  # was left as inferred: Thanh Hóa beside Hà Tĩnh after the merger
        changes["province_2025"] = province_2025(fields["province"])
    return replace(meta, **changes)
