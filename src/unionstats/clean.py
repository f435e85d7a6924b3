"""Turn decoded report text into the cleaned text the extractor reads.

Order matters: HTML to lines, then one Unicode spelling per word, then line-based removal of
page chrome. Extractor offsets point into :attr:`CleanText.text`.
"""

from __future__ import annotations

import csv
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from html import unescape

from selectolax.lexbor import LexborHTMLParser, LexborNode

from unionstats.accents import restore_marks, scanned
from unionstats.datafiles import package_yaml
from unionstats.wordsearch import alternation, char_ranges, spaced_alternation

__all__ = [
    "CleanText",
    "clean",
    "drop_chrome",
    "html_to_text",
    "normalize_vietnamese",
    "unwrap_lines",
]


@dataclass(frozen=True, slots=True)
class CleanText:
    """Cleaned text plus the chrome lines removed from it (metadata inference reads those)."""

    text: str
    chrome: tuple[str, ...]
    page_title: str | None = None  # an HTML page's <title>, its site's name cut off
    scanned: bool = False  # the text shows the signs of a scan read by OCR (`accents.scanned`)


def lowercase(text: str) -> str:
    """Lower case with every character kept in place.

    Matching runs case-sensitively on this copy (Python's `re` is several times
    slower with IGNORECASE), and offsets found in it point into the original.
    The last few answers are kept: metadata, periods and the layout each lower-case the
    same report (and `find_marks` its lower-cased copy again), a third of a millisecond
    each time on 3 KB.
    """
    low = _LOWERED.get(text)
    if low is None:
        low = _lower(text)
        if len(_LOWERED) >= _LOWERED_KEPT:
            _LOWERED.clear()
        _LOWERED[text] = low
        _LOWERED[low] = low  # idempotent: checked for every code point and final sigma
    return low


_LOWERED: dict[str, str] = {}
_LOWERED_KEPT = 8


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return restore_marks(low)


def clean(text: str, is_html: bool) -> CleanText:
    """HTML to text if needed, normalise, drop chrome, tidy trailing spaces and blank runs."""
    titles: list[str] = []
    if is_html:
        titles = _page_titles(text)
        text = html_to_text(text)
    read_by_ocr = scanned(text.lower())  # (what a reader sees: no markup, no inlined image)
    if "&" in text:
        text = _LEFTOVER_ENTITY.sub(_unescaped, text)
    if "[/" in text:
        text = _SHORTCODE.sub(_shortcode_break, text)
    text = normalize_vietnamese(text)
    kept, chrome = drop_chrome(text)
    if "...." in kept or "……" in kept:
        kept = _leader_tables(kept)  # (before spaces are tidied: its header's are its columns)
    tidy = _tidy_lines(kept)
    if ".." in tidy or "…" in tidy:
        tidy = _DOT_LEADER.sub(": ", _without_page_numbers(tidy))
    if not is_html and "\n" in tidy:
        tidy = unwrap_lines(join_page_breaks(tidy))
    elif "\n" in tidy:
        tidy = join_figure_cards(tidy)
    return CleanText(tidy, chrome, _headline_of(titles, tidy), read_by_ocr)


# A blog's shortcode copied with its text (`[caption id="attachment_52" ...]Ảnh: trao
# quà[/caption]`): markup, whose numbers are no figures and no years; the caption it closes
# ends its line.
_SHORTCODE = re.compile(  # (its name in lower case, then attributes only: `[Video ghi lại:
    # LĐLĐ trao 250 suất quà]` is text)
    r"\[/?(?:caption|gallery|embed|video|audio|playlist|wp_caption)"
    r"(?:\s+[\w-]+=[^\]\n]{0,300})?\]"
)


def _shortcode_break(m: re.Match[str]) -> str:
    """A closing shortcode ends the caption's line; an opening one is dropped."""
    return "\n" if m.group(0).startswith("[/") else ""


# Dot leaders between a label and its figure (`Đoàn viên kết nạp mới ........ 2.187`, a
# form's or a bulletin's line): a label's colon.
_LEADER_RUN = r"(?:\.{4,}|…{2,}|(?:\. ){4,})"  # dots, ellipses or spaced dots
_DOT_LEADER = re.compile(
    rf"(?<=[^\W\d_])[ \t]*{_LEADER_RUN}[ \t]*(?=\d)"
    # ... or after a bracket or a quote, not before a page's number ending its line (`III.
    # Chương trình “Mái ấm Công đoàn” ........ 14` in a table of contents)
    rf"|(?<=[)”\"])[ \t]*{_LEADER_RUN}[ \t]*(?=\d)(?!\d{{1,3}}[ \t]*(?:\n|$))"
)
# ... but in a table of contents they lead to a page's number (`Kết nạp đoàn viên ........ 5`)
_LEADER_TO_PAGE = re.compile(
    rf"(?:(?<=[^\W\d_])|(?<=[)”\"]))[ \t]*{_LEADER_RUN}[ \t]*\d{{1,3}}"
    rf"(?:[ \t]*(?:{_LEADER_RUN}|[-–])[ \t]*\d{{1,3}})?[ \t]*$",  # (`... 5 ... 7`)
    re.MULTILINE,
)


_LEADER = re.compile(rf"[ \t]*{_LEADER_RUN}[ \t]*")
_ALIGNED_GAP = re.compile(r"[ \t]{2,}")


def _leader_tables(text: str) -> str:
    """A table a Word or PDF file gave as lines of dot leaders, as many figures a line in
    each (`Thăm hỏi ốm đau ........ 126 lượt ........ 63.000`), under a header of as many names
    two spaces apart or between leaders (`Nội dung      Số lượt      Kinh phí`), as a table's
    rows and header. Read as labels' colons its lines ran together, and a row's money was the
    next row's. Without such a header it stays a form's lines; so do lines of two fields
    (`Số CĐCS ........ 125      Số đoàn viên ........ 23.450`) and a table of contents' page
    numbers (`Phần II ........ 6 ........ 8`)."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _leader_row(lines[j]):
            j += 1
        rows = [_LEADER.split(lines[k].strip()) for k in range(i, j)]
        head = _leader_header(lines[i - 1] if i else "", rows)
        if j - i >= 2 and head is not None:
            if len(head) == len(rows[0]) + 1:  # (`TT | Nội dung | ...` over `1. Thăm hỏi ...`)
                rows = [[*_numbered(r[0]), *r[1:]] for r in rows]
            if all(len(r) == len(head) for r in rows):
                lines[i - 1] = _as_row(head)
                for k, row in zip(range(i, j), rows, strict=True):
                    lines[k] = _as_row(row)
        i = max(j, i + 1)
    return "\n".join(lines)


_ROW_NUMBER = re.compile(r"(\d{1,3})[.)]?\s+(\S.*)")
_HEADER_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _numbered(cell: str) -> list[str]:
    """`1. Thăm hỏi ốm đau`: the row's number and its label, two cells."""
    m = _ROW_NUMBER.fullmatch(cell.strip())
    return [m.group(1), m.group(2)] if m else ["", cell]


def _leader_header(line: str, rows: list[list[str]]) -> list[str] | None:
    """The header of rows of leaders: the line above, its names two spaces apart or between
    as many leaders, as many as the rows' cells (or one more, a `TT` column), no figure in
    it but years (`Năm 2023      Năm 2024`); None when the rows are no table."""
    if not rows or len({len(r) for r in rows}) != 1 or len(rows[0]) < 3:
        return None
    values = [c.strip() for r in rows for c in r[1:]]
    if any(_ALIGNED_GAP.search(v) for v in values):
        return None  # (two fields a line, each with its leader)
    cells = _ALIGNED_GAP.split(line.strip())
    if len(_LEADER.findall(line)) == len(rows[0]) - 1:
        cells = _LEADER.split(line.strip())
    if len(cells) not in (len(rows[0]), len(rows[0]) + 1):
        return None
    if any(c.isdigit() for c in _HEADER_YEAR.sub("", line)):
        return None
    return cells


def _leader_row(line: str) -> bool:
    """A label, then dot leaders before a figure."""
    m = _LEADER.search(line)
    return m is not None and m.start() > 0 and any(c.isdigit() for c in line[m.end() :])


def _as_row(cells: list[str]) -> str:
    return "| " + " | ".join(c.strip() for c in cells) + " |"


def _without_page_numbers(text: str) -> str:
    """A table of contents' lines under its heading (`MỤC LỤC`) without their dot leaders and
    page numbers, to the first line that has none."""
    lines = text.split("\n")
    contents = False
    for i, line in enumerate(lines):
        key = line.strip().lower()
        if len(key) <= 40 and _CONTENTS_HEADING_RE.fullmatch(key):
            contents = True
        elif contents and key:
            page = _LEADER_TO_PAGE.search(line)
            if page is None:
                contents = False
            else:
                lines[i] = line[: page.start()]
    return "\n".join(lines)


# --- hard-wrapped text -----------------------------------------------------------------------

# What opens a line of its own: a bullet, an enumeration (`1.`, `a)`, `II.`, `(3)`), a Markdown
# heading or quote, a table row, a label of one to three words (`date: 2024-03-05`, front
# matter; `ghi chú: ...`).
_LINE_OF_ITS_OWN = re.compile(
    r"[-+*•·●○◦▪■□►▸‣⁃→»›–—>#|=_~`\[(]|(?:\d{1,3}|[IVXivx]{1,5}|[a-zđA-ZĐ])[.)](?:\s|$)"
    r"|\w+(?: \w+){0,2}:"
)
_SENTENCE_MARK = ".!?:;…"
_WRAP_MIN_LINES = 4
_WRAP_MIN_WIDTH = 30
_WRAP_MAX_WIDTH = 160
_WRAP_FULL = 0.6  # a wrapped line is at least this share of the width
_WRAP_MIN_SHARE = 0.25  # of the lines of prose, how many end mid-sentence for a wrapped file


def _prose(line: str) -> bool:
    """A line that may be part of a wrapped paragraph: not a table row or a heading in
    capitals."""
    return " | " not in line and not line.startswith("|") and not line.isupper()


def _continues(line: str) -> bool:
    """Whether a line can be the rest of the line before it: it starts with a lower-case letter
    or a digit (`đoàn viên mới ...`, `12 CĐCS mới`), not with a list mark or a label (one
    word and a colon: `nguồn: ...`, `date: 2024-03-05`)."""
    first = line[:1]
    return (first.islower() or first.isdigit()) and _LINE_OF_ITS_OWN.match(line) is None


def unwrap_lines(text: str) -> str:
    """A sentence broken over two lines is read as one line: `... kết nạp mới 1.250` /
    `đoàn viên`, the figure stood a line (a sentence) away from its noun.

    - A line that ends no sentence, followed by one that goes on in lower case (`đoàn viên
      mới ...`, not a list item or a label), is joined to it in any text file: a sentence
      never opens in lower case (a Markdown soft break, a PDF's or a terminal's copy, a line
      separator U+2028 typed inside a sentence). The title (the first line) is left alone
      here: what follows it is the report's opening; so is a run of such lines, a list
      whose marks were lost in a copy (Word's bullets do not copy as text).
    - A file saved with its lines broken at a fixed width (`fold`, an e-mail client) also
      breaks before a figure (`thành lập` / `12 CĐCS mới`) and between a figure and its noun
      in capitals (`thành lập 12` / `CĐCS mới`). Such a file is recognised as a
      whole: its lines of prose are of a similar length (a width of 30 to 160 characters)
      and many end mid-sentence; then a line of at least 60 % of the width is joined to the
      next in these cases too.

    Headings in capitals, list items, labels, table rows and blank lines keep their breaks,
    and so does every line of a file of lines of other shapes."""
    lines = text.split("\n")
    last = len(lines) - 1

    def open_end(i: int) -> bool:  # line i ends no sentence, and both lines are prose
        line, after = lines[i], _rest(lines[i], lines[i + 1])
        return (
            bool(line)
            and line[-1:] not in _SENTENCE_MARK
            and _prose(line)
            and _MARKDOWN_HEADING.match(line) is None
            and _prose(after)
            and _continues(after)
        )

    joins = [i for i in range(last) if open_end(i)]
    title = next((i for i, line in enumerate(lines) if line.strip()), -1)
    lower = [i for i in joins if _rest(lines[i], lines[i + 1])[:1].isalpha() and i != title]
    # a run of such lines is a list whose marks were lost (Word's bullets do not copy):
    # `kết nạp 1.250 đoàn viên` / `thành lập 12 CĐCS`; only a break on its own is joined,
    # and a figure's own noun or scale opening the next line (`kết nạp 5.680` / `đoàn viên
    # mới`, `2,9` / `tỷ đồng`): no list item ends on a bare figure its next item counts
    alone = set(lower)
    full = _full_width(lines)
    lower = [
        i
        for i in lower
        if (i - 1 not in alone and i + 1 not in alone)
        or _figure_then_noun(lines[i], lines[i + 1])
        # (a list's items are not all as long as the longest lines, and they open with a verb)
        or (len(lines[i]) >= full and not _ITEM_VERB.match(_rest(lines[i], lines[i + 1])))
    ]
    if joins:
        lower += _wrapped_width_joins(lines, joins)
    cards = [i for i in range(last) if _figure_card(lines[i], lines[i + 1])]
    for i in cards:  # (the card's number goes: `3. 1.462` / `Công đoàn cơ sở ...`)
        lines[i] = _CARD_NUMBER_AT.sub(r"\1", lines[i], count=1)
    lower += cards
    # (a syllable a PDF hyphenated, `đoàn vi-` / `ên mới`, joins whatever the lines around)
    lower += [
        i for i in range(last) if _SPLIT_SYLLABLE.search(lines[i]) and lines[i + 1][:1].islower()
    ]
    lower += [i for i in range(last) if i != title and _label_then_figure(lines[i], lines[i + 1])]
    rows = [_figure_cell_row(line) for line in lines]
    if rows != lines:
        lines, text = rows, "\n".join(rows)
    if not lower:
        return text
    joined = set(lower)  # the break after line i goes: one pass, whatever their number
    out = [lines[0]]
    for i in range(1, len(lines)):
        joins_on = i - 1 in joined
        rest = _rest(lines[i - 1], lines[i])
        if joins_on and _SPLIT_SYLLABLE.search(lines[i - 1]) and rest[:1].islower():
            # a PDF's hyphen: inside a syllable when a vowel goes on (`đoàn vi-` / `ên mới`),
            # between two when a consonant does (`tập-` / `huấn`)
            out[-1] = out[-1][:-1]
            out.append(rest if _VOWEL_START.match(rest) else " " + rest)
            continue
        out.append((" " + rest) if joins_on else ("\n" + lines[i]))
    return "".join(out)


_SPLIT_SYLLABLE = re.compile(r"(?<=[^\W\d_])-$")  # a letter, then the hyphen ending the line
_VOWEL_START = re.compile(
    r"[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]"
)


# --- page breaks of a copied PDF ------------------------------------------------------------

_PAGE_WORD = r"(?:[Tt]rang|TRANG|[Pp]age|PAGE)"
# A page's number on a line of its own: `- 2 -`, `Trang 3/12`, `Page 4` (not a bare `3/12`:
# a table's cell on a line of its own).
_PAGE_NUMBER_LINE = re.compile(
    rf"[ \t]*(?:[-–—][ \t]*\d{{1,3}}[ \t]*[-–—]|{_PAGE_WORD}[ \t]+\d{{1,3}}"
    r"(?:[ \t]*/[ \t]*\d{1,3})?)[ \t]*$"
)
# ... or ending the running header (`Báo cáo tổng kết năm 2023 - LĐLĐ huyện X   Trang 3/4`):
# set apart by a wide gap or counting the pages (a wrapped sentence may end with a name and
# its figure, `hỗ trợ chị Nguyễn Thị Trang 50` / `triệu đồng`).
_PAGE_NUMBER_END = re.compile(
    rf"(?:\s[ \t]|\t){_PAGE_WORD}[ \t]+\d{{1,3}}(?:[ \t]*/[ \t]*\d{{1,3}})?[ \t]*$"
    rf"|\s{_PAGE_WORD}[ \t]+\d{{1,3}}[ \t]*/[ \t]*\d{{1,3}}[ \t]*$"
)
# A header repeated on every page has words (a table's cell one per line repeats too: `12`).
_HEADER_MIN_WORDS = 4
# A page's number between dashes on a line of its own (`- 2 -`), found from its first dash:
# `re` skips ahead to a dash, where the alternation with `^` was tried at every character
# (0.1 ms of a 3 KB report); the line before the dash is checked to be blank after.
_PAGE_DASHES = re.compile(r"[-–—][ \t]*\d{1,3}[ \t]*[-–—][ \t]*$", re.M)
_PAGE_WORD_NUMBER = re.compile(rf"{_PAGE_WORD}[ \t]+\d")
_PAGE_WORD_CORES = ("rang", "RANG", "age", "AGE")  # each spelling of `_PAGE_WORD` holds one


def _page_hint(text: str) -> bool:
    """Whether a line holds only a number between dashes (`- 2 -`), or a page word with a
    number stands anywhere (`Trang 3`): the search the page breaks' reading starts with.
    On a line, the first match of `_PAGE_DASHES` starts at its leftmost possible dash, so a
    line that qualifies has it at its first non-blank character; a match elsewhere ends at
    its line's end, skipping no later line."""
    for m in _PAGE_DASHES.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not text[line_start : m.start()].strip(" \t"):
            return True
    if not any(word in text for word in _PAGE_WORD_CORES):
        return False  # (four `str` scans: `re` tried the alternation at every character)
    return _PAGE_WORD_NUMBER.search(text) is not None


def join_page_breaks(text: str) -> str:
    """A PDF copied as text carries its page breaks: the page's number (`- 2 -`, `Trang 3/4`)
    and a running header between two halves of a sentence (`thành lập mới 5` / ... / `CĐCS
    trong các doanh nghiệp`). Those lines go; where the sentence goes on across them the two
    halves become adjacent lines (joined then as a wrapped line is), elsewhere one blank line
    stays."""
    if not _page_hint(text):
        return text
    lines = text.split("\n")
    seen = Counter(ln.strip() for ln in lines if ln.strip())
    numbered = [bool(_PAGE_NUMBER_LINE.match(ln) or _PAGE_NUMBER_END.search(ln)) for ln in lines]
    if not any(numbered):
        return text

    def page_line(i: int) -> bool:
        if numbered[i]:
            return True
        # a header repeated on every page, beside a page number (blank lines aside)
        if seen[lines[i].strip()] < 2 or len(lines[i].split()) < _HEADER_MIN_WORDS:
            return False
        return any(numbered[j] for j in _neighbours(lines, i))

    out: list[str] = []
    i = 0
    while i < len(lines):
        if lines[i].strip() and not page_line(i):
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and (not lines[j].strip() or page_line(j)):
            j += 1
        if not any(page_line(k) for k in range(i, j)):
            out.extend(lines[i:j])  # blank lines only: a paragraph break
        elif not (j < len(lines) and out and _open_end(out[-1])):
            out.append("")  # (where the sentence goes on, its halves meet)
        i = j
    return "\n".join(out)


def _open_end(line: str) -> bool:
    line = line.rstrip()
    return bool(line) and line[-1] not in _SENTENCE_MARK


def _neighbours(lines: list[str], i: int) -> list[int]:
    """The nearest non-blank lines before and after line i."""
    found = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and not lines[j].strip():
            j += step
        if 0 <= j < len(lines):
            found.append(j)
    return found


_QUOTED = re.compile(r"[ \t]*(?:>[ \t]?)+")
_MARKDOWN_HEADING = re.compile(r"[ \t>]*#")  # `## Kết quả`, `> ## Hà Tĩnh: ...`


def _rest(line: str, after: str) -> str:
    """The line after `line` as it would go on: its indent dropped, and in a quoted block
    (`> ... 1.250` / `> đoàn viên mới`, an e-mail's quote) its quote marks too."""
    if line.lstrip().startswith(">") and after.lstrip().startswith(">"):
        lead, rest = _QUOTED.match(line), _QUOTED.match(after)
        if (
            lead is not None
            and rest is not None
            and lead.group().count(">") == rest.group().count(">")
        ):
            return after[rest.end() :].lstrip()
    return after.lstrip()


_LINE_ENDS_IN_FIGURE = re.compile(r"(?<![\w/])\d[\d.,]*$")


@cache
def _figure_noun() -> re.Pattern[str]:
    """What follows a figure as its own word: the catalogue's counted nouns and the scales
    (`đoàn viên`, `lượt`, `sáng kiến`, `triệu`, `tỷ đồng`)."""
    from unionstats.catalogue import load_catalogue  # the catalogue does not import clean
    from unionstats.numbers import SCALES

    cat = load_catalogue()
    nouns = {p for i in cat.counted if i.heads is not None for p in cat.lexicon.phrases(i.heads)}
    nouns |= {*cat.lexicon.phrases(cat.scoring.generic_heads), *SCALES, "đồng"}
    words = alternation(nouns)
    return re.compile(rf"(?:{words})(?!\w)")


def _figure_then_noun(line: str, after: str) -> bool:
    """Whether a line ends on a bare figure and the next opens, in lower case, with what the
    figure counts or its scale."""
    rest = _rest(line, after)
    return (
        _LINE_ENDS_IN_FIGURE.search(line.rstrip()) is not None
        and rest[:1].islower()
        and _figure_noun().match(rest) is not None
    )


# A line that is a figure alone, as an infographic's card or a fact box shows it (`186.420`,
# `📌 Gần 134 nghìn`, `4.870 tỷ đồng`, `8,3 triệu đồng/người/tháng`): its label follows.
# (a card's number before it: `3. 1.462` / `Công đoàn cơ sở được thành lập mới.`)
_CARD_NUMBER = r"(?:\d{1,2}[.)][ \t]+)?"
_FIGURE_ALONE = re.compile(
    rf"[^\w\n]{{0,3}}[ \t]*{_CARD_NUMBER}(?:[^\W\d_]+[ \t]+){{0,2}}?\d[\d.,]*"
    r"(?:[ \t]*(?:%|/|[^\W\d_]+(?=[ \t/]|$))){0,8}[ \t]*"
)
_FIGURE_LINE_MAX = 40
# A year alone (`📌 2021`), an infographic's heading over what it did that year: a count of a
# thousand or more is written with its dot (`2.021`)
_YEAR_ALONE = re.compile(rf"[^\w\n]{{0,3}}[ \t]*{_CARD_NUMBER}(?:19|20)\d\d")


@cache
def _figure_unit_words() -> frozenset[str]:
    from unionstats.numbers import QUALIFIERS, SCALES

    qualifiers = {w for q in QUALIFIERS for w in q.split()}
    return frozenset({*SCALES, *qualifiers, "đồng", "đ", "lượt", "người", "tháng"})


_CELL_BAR = re.compile(r"[ \t]*\|[ \t]*")


def _figure_cell_row(line: str) -> str:
    """`📌 8.915 | đoàn viên kết nạp mới`, a card's figure and label in two cells of one line
    (a slide's or a fact box's row), or a list item's figure before a dash and its label (`•
    1.146 – số lượt ĐV được thăm hỏi`), read as the figure before its noun."""
    if line.count("|") == 1 and " |" in line:
        bar = _CELL_BAR.search(line)
    elif "–" in line or "—" in line or " - " in line:
        bar = _FIGURE_DASH.search(line)
    else:
        return line
    if bar is not None and _figure_card(line[: bar.start()].lstrip(), line[bar.end() :]):
        return line[: bar.start()] + " " + line[bar.end() :]
    return line


# the dash after a list item's figure: `- 3.015 – tổng số người lao động`
_FIGURE_DASH = re.compile(r"(?<=\d)[ \t]+[–—-][ \t]+|(?<=\d)[–—](?=[ \t]*[^\W\d_])")


def _figure_card(line: str, after: str) -> bool:
    """Whether a line is a figure alone and the next its label (`186.420` / `đoàn viên công
    đoàn toàn tỉnh`, `2.318` / `CĐCS trực thuộc`): read as one line, the figure before its
    noun as prose has it."""
    stripped = line.strip()
    if not stripped or len(stripped) > _FIGURE_LINE_MAX or _FIGURE_ALONE.fullmatch(line) is None:
        return False
    if _YEAR_ALONE.fullmatch(stripped):  # `2021` over its text: a heading, no count
        return False
    words = re.findall(r"[^\W\d_]+", stripped.lower())
    if any(w not in _figure_unit_words() for w in words):
        return False
    rest = after.strip()
    # (its label may name the count of its noun: `11,4 triệu` / `Tổng số đoàn viên ...`)
    # (... only under a card's number: a bare figure between two labels is the one above's)
    noun = _COUNT_OF.sub("", rest.lower(), count=1) if _CARD_NUMBER_AT.match(line) else rest.lower()
    return (
        bool(rest)
        and _FIGURE_ALONE.fullmatch(after) is None
        and (rest[:1].islower() or _figure_noun().match(noun) is not None)
        and _prose(rest)
    )


_CARD_NUMBER_AT = re.compile(r"^([^\w\n]{0,3}[ \t]*)\d{1,2}[.)][ \t]+(?=\S)")
_COUNT_OF = re.compile(r"^(?:tổng\s+số|số)\s+")


# A label line's end: a colon or a copula (`Tổng số đoàn viên:`, `Tổng số tiền chăm lo là`).
_LABEL_END = re.compile(r"(?::|\s(?:là|đạt))[ \t]*$")
# A line that opens with a figure as prose writes it (`12.850`, `1.020 đoàn viên`, `2,5 tỷ
# đồng`), not an item's number (`1. Công tác ...`, `2) ...`).
_FIGURE_OPENS = re.compile(r"[ \t]*\d[\d.,]*(?<=\d)(?:[ \t]*%|[ \t]+[^\W\d_]|[ \t]*$)")


def _label_then_figure(line: str, after: str) -> bool:
    """Whether a line is a label ending in a colon or a copula and the next opens with its
    figure (`Tổng số đoàn viên:` / `12.850`, a PDF's or a form's copy), or with an arrow to
    it (an infographic's card: `Tổng giá trị chăm lo` / `→ 18,45 tỷ đồng`): one line, as the
    label and its figure are read everywhere else."""
    stripped = line.strip()
    return (
        bool(stripped)
        and len(stripped) <= _LABEL_LINE_MAX
        and (
            (_LABEL_END.search(stripped) is not None and _FIGURE_OPENS.match(after) is not None)
            or (_ARROW_FIGURE.match(after) is not None and not any(c.isdigit() for c in stripped))
        )
        and _prose(stripped)
        and _prose(after)
    )


# (not `►`, `▶`: bullets of a card's own figure; nor a year: `=> 2024: 45.600 người`)
_ARROW_FIGURE = re.compile(
    r"[ \t]*(?:→|⇒|➜|➔)[ \t]*(?:(?:gần|hơn|trên|khoảng)[ \t]+)?(?!(?:19|20)\d\d\s*:)\d"
)


_LABEL_LINE_MAX = 120


def join_figure_cards(text: str) -> str:
    """A page's fact box (`<div class="number">11,49 triệu</div><span>đoàn viên ...</span>`)
    reads as its figures before their labels, each pair on one line."""
    lines = [_figure_cell_row(line) for line in text.split("\n")]
    out = [lines[0]]
    for i in range(1, len(lines)):
        joined = _figure_card(lines[i - 1], lines[i])
        out.append((" " + lines[i].lstrip()) if joined else ("\n" + lines[i]))
    return "".join(out)


_FULL_LINE = 0.85  # a line this share of the longest lines of prose was broken by the width
_FULL_MIN_WIDTH = 60


def _full_width(lines: list[str]) -> float:
    """How long a line of prose is when a PDF or a fixed width broke it (the longest lines,
    the 90th percentile, a long one or two aside): a run of breaks before lower case after
    such lines is a paragraph wrapped, not a list whose marks were lost."""
    width = _prose_width(lines)
    if width is None or not _FULL_MIN_WIDTH <= width <= _WRAP_MAX_WIDTH:
        return float("inf")
    return _FULL_LINE * width


def _prose_width(lines: list[str]) -> int | None:
    """The width of the longest lines of prose (the 90th percentile: a long line or two
    aside), None in a file of too few."""
    prose = sorted(len(ln) for ln in lines if ln.strip() and _prose(ln))
    return prose[(len(prose) - 1) * 9 // 10] if len(prose) >= _WRAP_MIN_LINES else None


_LEFT_OPEN = re.compile(r"[“(][^”)]*$")


def _ends_mid_sentence(line: str) -> bool:
    """The line's last word is one no sentence ends on (chrome.yaml `mid_sentence_ends`)."""
    words = line.lower().split()
    ends = _mid_sentence_ends()
    return bool(words) and (words[-1] in ends or " ".join(words[-2:]) in ends)


@cache
def _mid_sentence_ends() -> frozenset[str]:
    from unionstats.datafiles import package_yaml

    return frozenset(package_yaml("unionstats.catalogue", "chrome.yaml")["mid_sentence_ends"])


def _wrapped_width_joins(lines: list[str], joins: list[int]) -> list[int]:
    """The breaks of a file wrapped at a fixed width (see :func:`unwrap_lines`) after its full
    lines: before a line going on in lower case or with a figure, and after a figure before its
    noun in capitals; none in a file of another shape."""
    width = _prose_width(lines)
    if width is None or not _WRAP_MIN_WIDTH <= width <= _WRAP_MAX_WIDTH:
        return []
    prose = sum(1 for ln in lines if ln.strip() and _prose(ln))
    full = [i for i in joins if len(lines[i]) >= _WRAP_FULL * width]
    if len(full) < _WRAP_MIN_LINES - 1 or len(full) < _WRAP_MIN_SHARE * prose:
        return []
    # ... and a full line that ends no sentence, the next opening in capitals: a figure's noun
    # (`thành lập 12` / `CĐCS mới`, `1.250` / `CNVCLĐ`) or a name going on (`Quỹ “Mái ấm` /
    # `Công đoàn” năm 2019`, `được Tổng LĐLĐ Việt Nam tặng` / `Bằng Lao động sáng tạo`); not
    # a heading that opens on its own number (`1. Công tác ...`)
    title = next((i for i, line in enumerate(lines) if line.strip()), -1)
    for i in range(len(lines) - 1):
        line, after = lines[i], _rest(lines[i], lines[i + 1])
        if (
            i != title
            and line[-1:] not in _SENTENCE_MARK
            and len(line) >= _WRAP_FULL * width
            and after[:1].isupper()
            # (a name or a figure left open: a quote or a bracket, a word no sentence ends on, a
            # figure; not a paragraph whose stop was left off)
            and (
                line[-1:].isdigit()
                or _LEFT_OPEN.search(line)
                or line.count('"') % 2  # (a straight quote opened: `Vận động quỹ "Mái ấm`)
                or _ends_mid_sentence(line)
            )
            and _prose(line)
            and _MARKDOWN_HEADING.match(line) is None
            and _LINE_OF_ITS_OWN.match(line.lstrip()) is None
            and _prose(after)
            and _LINE_OF_ITS_OWN.match(after) is None
        ):
            full.append(i)
    return full


# Character references left in the text: a page escaped twice (`1&amp;nbsp;234`, `&amp;#273;`
# on some CMS) or HTML source pasted into a .txt. `1&nbsp;234 đoàn viên` lost its figure.
_LEFTOVER_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _unescaped(match: re.Match[str]) -> str:
    return unescape(match.group())


_TITLE_RE = re.compile(r"<title\b[^<>]{0,200}>([^<]{1,600})</title", re.IGNORECASE)
_TITLE_PARTS = re.compile(r"\s+[-–|]\s+|\s*\|\s*")


def _page_titles(html: str) -> list[str]:
    """The parts of a page's <title> between its dashes and bars (`… năm 2021 - Cổng thông tin
    điện tử LĐLĐ tỉnh Quảng Bình`): the headline and the site's name, in their order."""
    m = _TITLE_RE.search(html, 0, 65_536)
    if m is None:
        return []
    title = unescape(m.group(1))
    if "&" in title:  # escaped twice, as the page's text may be
        title = _LEFTOVER_ENTITY.sub(_unescaped, title)
    title = " ".join(normalize_vietnamese(title).split())
    return [p for p in _TITLE_PARTS.split(title) if p]


_SHOWN_WITHIN = 4000  # characters of the page's text in which its headline stands


def _headline_of(parts: list[str], text: str) -> str | None:
    """The headline among a <title>'s parts: the one the page shows as a line of its own
    (`LĐLĐ tỉnh Bắc Giang - Công đoàn Công ty ...: Điểm tựa ...`, the site's name first);
    else the first, the site's name usually following it, unless it is too short to be one."""
    if not parts:
        return None
    lines = set(text[:_SHOWN_WITHIN].split("\n"))
    shown = [p for p in parts if p in lines and len(p.split()) >= 4]
    if shown:
        return shown[0]
    first = parts[0] if len(parts[0].split()) >= 4 else max(parts, key=lambda p: len(p.split()))
    return first if len(first.split()) >= 4 else None


# Two or more spaces after a word, or a tab. Like _SEGMENT_JOIN, the pattern opens with the
# character it replaces and checks what stands before it after: a leading look-behind would
# be tried at every character of the text.
_SPACE_RUN = re.compile(r"[ \t](?<=\S[ \t])[ \t]+|\t")
# Word-segmented text (`người lao_động`, `tương_đương`): the underscore joins syllables.
_SEGMENT_JOIN = re.compile(r"_(?<=[^\W\d_]_)(?=[^\W\d_])")


_TAB_CELLS = re.compile(r"[ ]*\t[ \t]*")
_SPACED_CELLS = re.compile(r"[ ]*\t[ \t]*|[ ]{3,}")
_ROW_CELLS = re.compile(r"[ ]*\t[ \t]*|[ ]{2,}")
_WIDE_GAP = re.compile(r"[ ]{3,}")
_MAX_ALIGNED_CELL = 60
_STUB_INDENT = " " * 8  # a header line indented this far leaves the labels' column unnamed
_HEADER_COLUMNS_LINES = 12


def _aligned_rows(text: str) -> str:
    """Tables and headers copied as text keep their columns apart with tabs or runs of spaces.

    - A line of three or more tab-separated cells is a table row (`Kết nạp đoàn viên⇥1.732⇥
      1.500⇥115,5%`); so is a line of three or more short cells apart by three or more spaces
      that holds a figure (`Tổng cộng      219      3      23`), and the line of as many
      cells right above such rows (its header). Cells are joined by ` | `, as HTML tables are.
    - An official header copied in two columns (`CĐCS CÔNG TY X      Độc lập - Tự do - Hạnh
      phúc`, or apart by a tab) has its columns put on lines of their own, so a name never
      runs into the motto nor the document's number into the place it is signed at.
    """
    lines = text.split("\n")
    cells = [_cells_of(line) for line in lines]
    kept = _keep_empty_tab_cells(lines, cells)
    for index, line in enumerate(lines):
        row = cells[index]
        if row is None:
            continue
        above = cells[index - 1] if index else None
        if (
            index not in kept
            and line.startswith("\t")
            and above is not None
            and len(above) == len(row) + 1
        ):
            row = cells[index] = ["", *row]  # `⇥Cộng⇥146⇥62.800.000`: its index cell is empty
        tabs = line.strip(" \t").count("\t") >= 2
        numeric = any(c[:1].isdigit() for c in row[1:])
        below = next((cells[k] for k in range(index + 1, len(lines)) if lines[k].strip()), None)
        if (
            line.startswith(_STUB_INDENT)
            and below is not None
            and len(below) == len(row) + 1
            and not below[0][:1].isdigit()
            and not any(_FIGURE_CELL.fullmatch(c) for c in row)
        ):
            # `            Năm 2021      Năm 2022      So sánh (%)` over `Số CĐCS   1.728   1.716
            # 99,3`: the header of the figures' columns, its labels' column left unnamed
            row = cells[index] = ["", *row]
        header = (
            below is not None and len(below) == len(row) and any(c[:1].isdigit() for c in below[1:])
        )
        if len(row) >= 3 and (tabs or numeric or header):
            lines[index] = _cells_line(row)
        elif len(row) == 2 and index < _HEADER_COLUMNS_LINES and ("\t" not in line or not numeric):
            lines[index] = "\n".join(row)  # (a label and its figure apart by a tab stay a row)
    return "\n".join(lines)


_PROSE_CELLS = 8


def _keep_empty_tab_cells(lines: list[str], cells: list[list[str] | None]) -> set[int]:
    """A spreadsheet's rows pasted with tabs keep their empty cells (`2⇥Tổng số đoàn viên⇥
    người⇥⇥12.507⇥⇥`: no plan, the figure done) when the run's first line, its header, has a
    cell for every tab: each figure stays under its column. (Tabs pressed twice to align a
    label with its figure, under no such header, stay one gap; so do lines of prose typed with
    a tab for every space, `Thành⇥lập⇥⇥12⇥CĐCS`, and the run they stand in.) Returns the
    lines whose cells it kept."""
    kept: set[int] = set()
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and lines[end].strip(" \t").count("\t") >= 2:
            end += 1
        if end - index >= 2 and all(cells[k] is not None for k in range(index, end)):
            strict = [_tab_cells(lines[k]) for k in range(index, end)]
            width = _header_width(strict)
            if (
                width >= 3
                and _names_every_column(strict)
                and all(len(row) <= width for row in strict)
                and any("" in row for row in strict[1:])
            ):
                for k, row in enumerate(strict):
                    cells[index + k] = row
                kept.update(range(index, end))
        index = end + 1
    return kept


def _names_every_column(rows: list[list[str]]) -> bool:
    """The run's header names every column: on its first line, or on two (`Thực hiện⇥⇥⇥Tăng
    (%)` over `⇥⇥⇥Năm 2010⇥Năm 2011⇥Năm 2012`: Word's merged cell over the columns it
    spans, each named on the line below, which holds no figure of its own; the merged cell
    may be the last, its spanned cells dropped with the line's end)."""
    header = rows[0]
    if all(header):
        return True
    if not _on_two_lines(rows):
        return False
    below = rows[1]
    return all(c or (i < len(below) and below[i]) for i, c in enumerate(header))


def _on_two_lines(rows: list[list[str]]) -> bool:
    """The run's second line may be its header's lower line: a data row follows, and it holds
    no figure of its own."""
    return len(rows) >= 3 and not any(c and _FIGURE_CELL.fullmatch(c) for c in rows[1])


def _header_width(rows: list[list[str]]) -> int:
    """How many columns the run's header names (on its two lines when it stands on two)."""
    if all(rows[0]) or not _on_two_lines(rows):
        return len(rows[0])
    return max(len(rows[0]), len(rows[1]))


def _tab_cells(line: str) -> list[str]:
    """The cells of a tab-separated line, one for each tab, less the empty ones at its end."""
    row = [c.strip() for c in line.rstrip(" \t\r").split("\t")]
    return row


def _cells_of(line: str) -> list[str] | None:
    """The cells of a line whose columns are apart by tabs or three or more spaces, or None."""
    core = line.strip(" \t")
    if "\t" not in core and "   " not in core:
        return None
    if "|" in core and "\t" not in core:
        return None  # `Đơn vị        | Đoàn viên mới |`: a ruled row, its spaces are padding
    # A line of columns three spaces apart, twice or more, is a row: two spaces part its
    # cells too (`TT  Chỉ tiêu`, `sáng kiến  40`, where a column is one space too narrow).
    splitter = _ROW_CELLS if len(_WIDE_GAP.findall(core)) >= 2 else _SPACED_CELLS
    parts = [p for p in splitter.split(core) if p]
    if len(parts) < 2:
        return None
    if "\t" not in core and any(len(p) > _MAX_ALIGNED_CELL for p in parts):
        return None  # prose with a stray run of spaces
    if (
        len(parts) >= _PROSE_CELLS
        and all(" " not in p for p in parts)
        and sum(p[:1].islower() for p in parts) * 2 >= len(parts)
    ):
        return None  # prose with a tab for every space (`Năm⇥2024,⇥Công⇥đoàn⇥đã⇥kết⇥nạp`)
    return parts


_MAX_CELL = 80
_ENUMERATED_LINE = re.compile(r"(?:\d{1,2}|[ivx]{1,4}|[a-zđ])[.)]\s")


def _cell_per_line_tables(text: str) -> str:
    """A table pasted one cell per line (from a PDF or a Word table): a run of header cells
    (`TT`, `Nội dung`, `Đơn vị tính`, `KH năm 2024`, `TH 6 tháng`, `Đạt (%)`) whose words are
    the catalogue's column words, then groups of as many cells holding figures, becomes one
    table row per group, cells joined by ` | `."""
    words = _table_words()
    numeric = ("plan", "done", "ratio", "compare")
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        n = 0
        roles: list[str] = []
        while i + n < len(lines) and (role := _header_cell_role(lines[i + n], words)):
            roles.append(role)
            n += 1
        while (
            roles[:1] == ["label"]
            and i + n + 1 < len(lines)
            and _MEASURE_CELL.fullmatch(lines[i + n].strip().lower())
            and not lines[i + n + 1].strip()[:1].isdigit()  # (a row's label has its figure next)
        ):
            roles.append("measure")  # `Nội dung` / `Số lượng` / `Kinh phí (triệu đồng)`
            n += 1
        rows: list[str] = []
        width = n
        if (n >= 4 and sum(r in numeric for r in roles) >= 2) or (
            n >= 3 and roles[0] == "label" and all(r in (*numeric, "measure") for r in roles[1:])
        ):
            measured = "measure" in roles
            # under measure headers, columns at the end left empty in every row (`Ghi chú
            # (nếu có)`) leave rows of fewer cells; two at most are tried
            for width in range(n, max(2, n - 3), -1) if measured else (n,):
                rows = _rows_under(lines, i + n, width, measured)
                if rows:
                    break
            rows = [row + " | " * (n - width) for row in rows]  # (the empty cells kept)
        if rows:
            out.append(" | ".join(ln.strip() for ln in lines[i : i + n]))
            out.extend(rows)
            i += n + width * len(rows)
        else:  # a run of header-like lines with no rows under it: never read it again
            out.extend(lines[i : i + max(n, 1)])
            i += max(n, 1)
    return "\n".join(out)


def _rows_under(lines: list[str], k: int, width: int, measured: bool) -> list[str]:
    """The rows of `width` cells from line k, each a label and figures; under measure headers
    every cell after the label a figure (a cell left empty shifts the rest: `Quà Tết` /
    `6.540` / ... is no row)."""
    rows: list[str] = []
    while k + width <= len(lines):
        group = [ln.strip() for ln in lines[k : k + width]]
        if not all(0 < len(c) <= _MAX_CELL for c in group) or not any(
            c[:1].isdigit() for c in group[1:]
        ):
            break
        if measured and (
            _FIGURE_CELL.fullmatch(group[0])
            or not all(_FIGURE_CELL.fullmatch(c) for c in group[1:])
        ):
            break
        rows.append(" | ".join(group))
        k += width
    return rows


# A header cell that names what its column measures with the unit in brackets: `Kinh phí
# (triệu đồng)`, `Số người (lượt)`.
_MEASURE_CELL = re.compile(r"[^\W\d_][^()\d\n]{0,30}\([^()\d\n]{1,15}\)")
# A cell under a measure header: a figure, a percentage, or a dash for none.
_FIGURE_CELL = re.compile(r"[-–—x]|\d[\d.,]*(?:[ \t]*%)?")


@dataclass(frozen=True)
class _TableWords:
    """The catalogue's table words, compiled: one pattern per column role (whole words), the
    label headers (a whole cell: `Nội dung`), and the hint that a text may hold a table
    pasted one cell per line (a line that is only an index or a label header)."""

    roles: dict[str, re.Pattern[str]]
    label: re.Pattern[str]
    hint_first: re.Pattern[str]  # the hint on the text's first line (`match`)
    hint_after_break: re.Pattern[str]  # ... on a line after a line break (`search`)

    def hint(self, text: str) -> bool:
        r"""`re.search(r"(?im)^[ \t]*(?:headers)[ \t]*$", text)` found a line: as the first
        line, or after a `\n`, the literal `re` skips ahead to (ignoring case, it tried `^`
        at every character)."""
        return (
            self.hint_first.match(text) is not None
            or self.hint_after_break.search(text) is not None
        )


@cache
def _table_words() -> _TableWords:
    from unionstats.catalogue import load_catalogue  # the catalogue does not import clean

    cat = load_catalogue()

    headers = alternation([*cat.scoring.label_headers, *cat.columns["index"]])
    return _TableWords(
        roles={
            role: re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)")
            for role, words in cat.columns.items()
        },
        label=re.compile(rf"(?:{alternation(cat.scoring.label_headers)})$"),
        hint_first=re.compile(rf"(?im)[ \t]*(?:{headers})[ \t]*$"),
        hint_after_break=re.compile(rf"(?im)\n[ \t]*(?:{headers})[ \t]*$"),
    )


def _header_cell_role(line: str, words: _TableWords) -> str | None:
    """The column role of a short line that could be a header cell, `label` for a label
    header (`Nội dung`, `Chỉ tiêu`), or None."""
    low = " ".join(line.lower().split())
    if not low or len(low) > 30 or _ENUMERATED_LINE.match(low):
        return None  # a heading (`2. Kết quả thực hiện`), not a cell
    if words.label.match(low):
        return "label"
    for role, pattern in words.roles.items():
        if pattern.search(low):
            return role
    return None


_RULE_LINE = re.compile(r"[ |:+=-]*-{3,}[ |:+=-]*")
# ... and a Markdown table's delimiter row of short cells (`|:--:|:--|--:|`, `|-|-|`)
_DELIMITER_ROW = re.compile(r"[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?")


# Markdown emphasis: `**1.045** đoàn viên`, `*Ngày 27/12/2024*`, `__1.200__`, `_300_ lượt`,
# `___112.740___` (bold italics).
# Its text may run over a line break (`**1.200\nđoàn viên**`): one paragraph, a soft break,
# so the break becomes a space, never one between a figure and its words. Underscores count
# only outside words (`lao_động`, `file_name` stay as they are).
_STRONG = re.compile(r"\*\*(?=\S)((?:[^*\n]|\n(?![ \t]*\n)){1,600}?)(?<=\S)\*\*")
# A pair of stars left unpaired is dropped, but not between digits: `10**3` is a power (a
# program's way to write one), and `103 đoàn viên` was read.
_LONE_STARS = re.compile(r"(?<!\d)\*\*|\*\*(?!\d)")
# A footnote star glued to a figure (`kết nạp 1.200* đoàn viên`, the note under the table):
# the figure's mark, not text; a star between digits (`10*3`) is a product, left alone.
_FOOTNOTE_STAR = re.compile(r"(?<=\d)\*{1,3}(?![\d*])")
_EMPHASIS = re.compile(r"(?<![\w*])\*(\S(?:(?:[^*\n]|\n(?![ \t]*\n)){0,300}?\S)?)\*(?![\w*])")
_UNDERSCORE_EMPHASIS = re.compile(
    r"(?<!\w)(_{1,3})(?=[^\s_])((?:[^\n_]|(?<=\w)_|\n(?![ \t]*\n)){1,300}?)(?<=[^\s_])\1(?!\w)"
)


# A Markdown escape: a backslash before ASCII punctuation shows that mark as it is
# (`1\.200 đoàn viên`, `\*\*120\*\*`, pandoc's and html2text's output); the backslash
# stood between a figure's digits.
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")


# Markdown's inline code (`` `1.250` đoàn viên ``): the backticks hid the figure from its noun.
_INLINE_CODE = re.compile(r"(?<!`)`([^`\n]{1,80})`(?!`)")


def _unescaped_mark(match: re.Match[str]) -> str:
    """A Markdown escape shows its mark; an escaped bar (`Kết nạp \\| người` in a pipe table's
    cell) is a bar inside the cell, not between cells: shown as `/`, so the cells after it stay
    under their columns (the plan stood under the result's header)."""
    mark = match.group(1)
    return "/" if mark == "|" else mark


def _unemphasised(match: re.Match[str]) -> str:
    return match.group(match.lastindex or 1).replace("\n", " ")


# A table drawn with box-drawing characters (a terminal's, a PDF tool's or an old DOS
# editor's: `│ Kết nạp │ 1.000 │ 1.250 │`, `├────┼────┤`) is a ruled table: its bars are
# `|`, its rules `-` and `+`, which the table reader knows. Its rows fell apart on the runs
# of spaces, and the figures were lost.
_BOX_DRAWING = re.compile("[\u2500-\u257f]")
_BOX_TO_ASCII = str.maketrans(
    {
        chr(cp): "|"
        if unicodedata.name(chr(cp)).split(" AND ")[0].endswith("VERTICAL")
        else "-"
        if unicodedata.name(chr(cp)).split(" AND ")[0].endswith("HORIZONTAL")
        else "+"
        for cp in range(0x2500, 0x2580)
    }
)


_BARE_NUMBER = re.compile(r"[\d.,%\s]*\d[\d.,%\s]*")
_MAX_SEMICOLON_CELL = 80


def _semicolon_rows(text: str) -> str:
    """A table saved as CSV with `;` (Excel's separator where the decimal mark is a comma, as
    on Vietnamese Windows) and pasted as text: two lines or more in a row with the same number
    of `;` (two or more), short cells, each row led by a label, a bare figure after it in each
    row but the first (its header), no cell ending a sentence. Its cells are joined by ` | `,
    their quotes dropped; the figures were lost. Prose with semicolons has no such rows."""
    lines = text.split("\n")
    counts = [line.count(";") for line in lines]
    out = list(lines)
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and counts[j + 1] == counts[i] >= 2:
            j += 1
        if j > i and counts[i] >= 2:
            rows = [
                [c.strip().strip('"').strip() for c in lines[k].split(";")] for k in range(i, j + 1)
            ]
            if _a_table(rows) and " | " not in "".join(lines[i : j + 1]):
                for k, row in zip(range(i, j + 1), rows, strict=True):
                    out[k] = " | ".join(row)
        i = j + 1
    return "\n".join(out)


def _a_table(rows: list[list[str]]) -> bool:
    """Rows split at a delimiter that make a table: short cells, each row led by a label, a
    bare figure after it in each row but the first (its header), no cell ending a sentence."""
    short = all(len(c) <= _MAX_SEMICOLON_CELL for row in rows for c in row)
    figures = all(any(_BARE_NUMBER.fullmatch(c) for c in row[1:]) for row in rows[1:])
    labels = all(row[0] and not _BARE_NUMBER.fullmatch(row[0]) for row in rows)
    sentences = any(c[-1:] in ".!?:" and not _BARE_NUMBER.fullmatch(c) for r in rows for c in r)
    return short and figures and labels and not sentences


_QUOTED_CELL = re.compile(r'"[^"\n]*+"')
_MIN_COMMA_ROWS = 3  # with one comma a row: with two or more, two rows do


def _csv_rows(text: str, mark: str) -> str:
    """A table saved as CSV with `,` (Excel's separator where the decimal mark is a dot), or
    with `;` in two columns, and kept as text: rows in a row with the same number of cells,
    no `mark` followed by a space outside quotes (prose always writes one), a table by the
    rules of `_a_table` (three rows at least when each has two cells). Its cells are joined
    by ` | `, their quotes dropped: `Kết nạp mới đoàn viên,1250` was no figure. A row with a
    comma in an unquoted figure (`1,250`, `2,5`) has a cell more than its header and is left
    as it is."""
    lines = text.split("\n")
    counts = [_csv_cells(line, mark) for line in lines]
    out = list(lines)
    i = 0
    while i < len(lines):
        n = len(counts[i]) if counts[i] else 0
        j = i
        while j + 1 < len(lines) and n >= 2 and len(counts[j + 1] or ()) == n:
            j += 1
        enough = j - i + 1 >= (_MIN_COMMA_ROWS if n == 2 else 2)
        if n >= 2 and enough:
            rows = [[c.strip() for c in counts[k] or ()] for k in range(i, j + 1)]
            # `Tỷ lệ đạt 95,5%`: a label ending in a digit before a figure is a decimal
            glued = any(r[0][-1:].isdigit() and r[1][:1].isdigit() for r in rows)
            if not glued and _a_table(rows) and " | " not in "".join(lines[i : j + 1]):
                for k, row in zip(range(i, j + 1), rows, strict=True):
                    out[k] = " | ".join(c.replace("|", "/") for c in row)
        i = j + 1
    return "\n".join(out)


def _csv_cells(line: str, mark: str) -> list[str] | None:
    """A line's cells when it reads as a CSV row (a `mark`, none followed by a space outside
    quotes), or None."""
    if mark not in line:
        return None
    bare = _QUOTED_CELL.sub("", line) if '"' in line else line
    if mark not in bare or f"{mark} " in bare or f"{mark}\t" in bare:
        return None
    try:
        return next(csv.reader([line], delimiter=mark))
    except (csv.Error, StopIteration):
        return None


# The rest of a row's label wrapped onto a line of its own, indented under the row (a PDF's or
# a terminal's table: `3 | Cơ quan tổ chức Hội nghị | 100% | 100%` over `       CBCCVC`).
_WRAPPED_LABEL = re.compile(
    r"[ \t]{2,}([^\W\d_(][^\s|]{0,20}(?:[ ][^\W\d_][^\s|]{0,20})?|\([^|\n]{1,40}\))[ \t]*"
)
_LABEL_INDEX = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVXivx]{1,4}|[a-zđ])\.?\s*")


def _wrapped_labels(text: str) -> str:
    """The end of a row's label wrapped onto the next line, a word or two (`CBCCVC`) or its unit
    in brackets (`(đồng)`), goes back into the label's cell: it was read as no part of it. (A
    longer rest stays where it is: words far from the figure would count as far.)"""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        m = _WRAPPED_LABEL.fullmatch(line)
        prev = out[-1] if out else ""
        if m is None or " | " not in prev or m.group(1).rstrip().endswith((".", ":", ";")):
            out.append(line)
            continue
        cells = prev.split(" | ")
        k = next(  # the label: the first cell not an index
            (i for i, c in enumerate(cells) if c.strip() and not _LABEL_INDEX.fullmatch(c)), -1
        )
        if k < 0 or _BARE_NUMBER.fullmatch(cells[k]):
            out.append(line)
            continue
        cells[k] = f"{cells[k].rstrip()} {m.group(1).strip()}"
        out[-1] = " | ".join(cells)
    return "\n".join(out)


# What an RTF file converted to text keeps of its markup: a row's definition on a line of its
# own (`\trowd\cellx1200\cellx5200`), and control words (`\par`, `\cell`, `\tab`, `\pard\plain`,
# `\qc`); three of them at least, so a lone backslash word of other text stays.
_RTF_ROW_DEFINITION = re.compile(r"^[ \t]*\\trowd(?:\\[a-z]+-?\d*)*[ \t]*\n?", re.MULTILINE)
_RTF_WORD = re.compile(
    r"\\(par|cell|tab|row|line|pard|plain|q[lrcj]|b0?|i0?|ul0?|fs\d+|f\d+)(?![a-z])[ ]?"
)
_RTF_AS_TEXT = {"par": "\n", "line": "\n", "cell": "\t", "tab": "\t"}
_RTF_MIN_WORDS = 3


def _rtf_words(text: str) -> str:
    """RTF control words left in converted text made plain: a paragraph's end a line break, a
    cell's end or a tab stop a tab (the rows then read as a tab-separated table), the rest
    dropped (`Kết nạp đoàn viên mới\\cell 12.000\\cell 2.735\\cell\\row`)."""
    if len(_RTF_WORD.findall(text, 0, 20_000)) < _RTF_MIN_WORDS:
        return text
    text = _RTF_ROW_DEFINITION.sub("", text)
    return _RTF_WORD.sub(lambda m: _RTF_AS_TEXT.get(m.group(1), ""), text)


# The national motto, on a line of an official header.
_MOTTO_WORDS = re.compile(r"cộng hòa xã hội chủ nghĩa|độc lập\s*[-–]\s*tự do", re.IGNORECASE)
_HEADER_TABLE_CHARS = 2000


def _header_table_columns(text: str) -> str:
    """An official header kept as a two-column table (`| LIÊN ĐOÀN LAO ĐỘNG | Độc lập - Tự do
    - Hạnh phúc |`, antiword's or pandoc's): each row's two cells on lines of their own, as
    for a header copied in two columns of spaces, so the issuer's name is read whole and the
    place it is signed at apart from the document's number."""
    parts = text.split("\n", _HEADER_COLUMNS_LINES)
    head, rest = parts[:_HEADER_COLUMNS_LINES], parts[_HEADER_COLUMNS_LINES:]
    if not any(_MOTTO_WORDS.search(line) for line in head):
        return text
    out: list[str] = []
    above = True  # (rows with no outer pipes only at the top: lower down they are a table's)
    for line in head:
        inner = line.strip()
        outer = inner.startswith("|")
        if outer:
            inner = inner[1:].removesuffix("|")
        cells = inner.split("|") if "|" in line else []
        if len(cells) == 2 and (outer or above):
            out.extend(cell.strip() for cell in cells if cell.strip())
        else:
            above = above and not line.strip()
            out.append(line)
    return "\n".join(out + rest)


# A grid table's ruling (pandoc's Markdown, a box-drawn table turned to ASCII): `+----+---+`,
# the header's `+====+====+`.
_GRID_RULE = re.compile(r"[ \t]*\+(?:[-=:]+\+)+[ \t]*")
# A ruling inside a box-drawn table, its crossings drawn as bars (`├──┼──┤` read `|--|--|`).
_INNER_RULE = re.compile(r"[ \t]*\|(?:[-=:]+[+|])+[ \t]*")
_GRID_MIN_COLUMNS = 3
_GRID_MAX_COLUMNS = 40


def _grid_tables(text: str) -> str:
    """A grid table's rows, each cell wrapped over several lines between two rulings
    (`| 4 | Đoàn viên được kết nạp vào | Người | 900 |` / `|   | Đảng | | |`), as one line a
    row with each cell's text joined (`| 4 | Đoàn viên được kết nạp vào Đảng | Người | 900 |`):
    a cell's words and a label's figure stand on one line, as in a pipe table. The columns
    are where the ruling above has its `+`, a `|` at each in every row (a tool's output, as
    wide as its ruling); the rulings go."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _GRID_RULE.fullmatch(lines[i]) is None:
            out.append(lines[i])
            i += 1
            continue
        cuts = [k for k, c in enumerate(lines[i]) if c == "+"]
        if not _GRID_MIN_COLUMNS < len(cuts) <= _GRID_MAX_COLUMNS + 1:
            # (a two-column header keeps its lines; a ruling of hundreds of columns is none)
            out.append(lines[i])
            i += 1
            continue
        width = len(lines[i].rstrip())
        rows: list[list[str]] = [[]]
        aligned = True
        j = i + 1
        while j < len(lines):
            line = lines[j].rstrip()
            if _GRID_RULE.fullmatch(line) or _INNER_RULE.fullmatch(line):
                rows.append([])
            elif line.lstrip().startswith("|") and line.endswith("|"):
                aligned = aligned and len(line) == width and all(line[k] in "|+" for k in cuts)
                rows[-1].append(line)
            else:
                break
            j += 1
        if not aligned or not any(rows):  # (drawn by hand, its columns are not where its `+` are)
            out.append(lines[i])
            i += 1
            continue
        # Rulings between the body's rows: each stretch is one row, its cells wrapped. Ruled
        # only around its header (a database tool's table): each line of the body is a row.
        ruled = sum(1 for lines_between in rows[1:] if lines_between) > 1
        for row in (
            line_row
            for k, lines_between in enumerate(rows)
            if lines_between
            for line_row in ([lines_between] if ruled or k == 0 else _rows_of(lines_between, cuts))
        ):
            cells = [
                " ".join(part for line in row if (part := line[a + 1 : b].strip(" \t|")))
                for a, b in itertools.pairwise(cuts)
            ]
            out.append("| " + " | ".join(cells) + " |")
        i = j
    return "\n".join(out)


def _rows_of(lines: list[str], cuts: list[int]) -> list[list[str]]:
    """The rows of a body ruled only around its header: each line opens one, unless it goes
    on a cell of the line above (its first cell empty, no figure in it: `|   | Đảng | | |`).
    A database tool's rows were joined into one, figures and all (hostile rounds 38, 40)."""
    rows: list[list[str]] = []
    for line in lines:
        first = line[cuts[0] + 1 : cuts[1]].strip(" \t|")
        if rows and not first and not any(c.isdigit() for c in line):
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _tidy_lines(text: str) -> str:
    """One space between words (so phrases match however the page spaced them); syllables
    joined by `_` split again; tab-separated rows made table rows; trailing spaces stripped;
    at most one blank line in a row. Emphasis marks of Markdown (`**1.045** đoàn viên`,
    `*Ngày 27/12/2024*`, pages saved as `.md`) are dropped: they stood between a figure
    and its words."""
    if _BOX_DRAWING.search(text):
        text = text.translate(_BOX_TO_ASCII)
    if "\\par" in text or "\\cell" in text:
        text = _rtf_words(text)
    if "-+" in text or "=+" in text:
        text = _grid_tables(text)
    if "|" in text[:_HEADER_TABLE_CHARS]:
        text = _header_table_columns(text)
    if "\\" in text:
        text = _ESCAPED.sub(_unescaped_mark, text)
    if "*" in text:
        text = _EMPHASIS.sub(_unemphasised, _LONE_STARS.sub("", _STRONG.sub(_unemphasised, text)))
        text = _FOOTNOTE_STAR.sub("", text)
    if "`" in text:
        text = _INLINE_CODE.sub(r"\1", text)
    if "_" in text:
        text = _UNDERSCORE_EMPHASIS.sub(_unemphasised, text)
        text = _SEGMENT_JOIN.sub(" ", text)
    if ";" in text:
        text = _semicolon_rows(text)
    for mark in ",;":
        if mark in text:
            text = _csv_rows(text, mark)
    if "\t" in text or "   " in text:
        text = _aligned_rows(text)
    if " | " in text and "\n " in text:
        text = _wrapped_labels(text)
    if "\n" in text and _table_words().hint(text):
        text = _cell_per_line_tables(text)
    if "\t" in text or "  " in text:  # what a match needs: 0.08 ms per report spared
        text = _SPACE_RUN.sub(" ", text)
    out: list[str] = []
    blank = False
    for line in text.split("\n"):
        line = line.rstrip(" \t")
        if "-" in line and (_RULE_LINE.fullmatch(line) or _DELIMITER_ROW.fullmatch(line)):
            continue  # `|----|---:|`: a table's ruling, which would stand between header and rows
        if line:
            if blank and out:
                out.append("")
            out.append(line)
            blank = False
        else:
            blank = True
    return "\n".join(out)


# --- Unicode normalisation -------------------------------------------------------------------

_TONE_MARKS = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# Control characters (BEL, ESC of a colour code, backspace, DEL; C1 too), typed or written
# as `&#7;`: a space, so no quote, mention or CSV cell carries one to a reader's terminal.
# A keycap emoji alone opening a line (`1️⃣ ĐOÀN VIÊN`: a digit, U+FE0F, U+20E3) numbers a
# post's sections like a bullet: its digit, the marks dropped, was read as a figure of the
# heading after it. (A run of them is a figure: `kết nạp mới 1️⃣2️⃣0️⃣ đoàn viên`.)
_KEYCAP = re.compile("(?m)^([ \t]*)[0-9#*]\ufe0f?\u20e3(?![ \t]*[0-9#*]\ufe0f?\u20e3)[ \t]*(.?)")


def _keycap_bullet(m: re.Match[str]) -> str:
    """The keycap opening a line as a bullet, unless a word in lower case follows it: then
    it counts the word (`5️⃣ đoàn viên được kết nạp`)."""
    if m.group(2).islower():
        return m.group(0)
    after = m.group(2)
    return f"{m.group(1)}•{'' if after in '.):-–' else ' '}{after}"


# Bidi embeddings and overrides (U+202E shows a quote backwards) are dropped, as zero widths are.
_CONTROLS = "".join(
    chr(c) for c in (*range(0x00, 0x09), *range(0x0E, 0x1C), 0x1F, *range(0x7F, 0xA0)) if c != 0x85
)
# Other invisible marks, dropped as zero widths are: a left-to-right mark (U+200E, common in
# text copied from web pages) inside `1.234` or `đoàn` hid the figure or the word.
_INVISIBLE = (
    "\u200e\u200f\u061c\u2061\u2062\u2063\u2064\u180e\u034f\u206a\u206b\u206c\u206d\u206e"
    "\u206f" + "".join(chr(cp) for cp in range(0xFE00, 0xFE10))
)
# Digits of other scripts (fullwidth `１２５０`, Arabic-Indic `١٢٥٠`, ...) are digits to `re`,
# and `١٬٢٥٠` with the Arabic group mark read as 1 and 250: each is its ASCII digit, the
# Arabic decimal and group marks the Vietnamese ones, and fullwidth punctuation (an East Asian
# input method: `１．２５０`, `２，５ tỷ` read as 250 and 5 tỷ) its ASCII mark.
_OTHER_DIGITS = {
    chr(cp): str(unicodedata.digit(chr(cp)))
    for cp in range(0x80, 0x1FC00)
    if unicodedata.category(chr(cp)) == "Nd"
}
_ODD_SPACE_RE = re.compile(
    "[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u200b\u200c\u200d\u2060\ufeff\u00ad"
    "\x0b\x0c\x1c-\x1e\x85\u2028\u2029\u202a-\u202e\u2066-\u2069\U000e0000-\U000e007f"
    + _INVISIBLE
    + re.escape(_CONTROLS)
    + "]"
)


# Letters of the mathematical alphabets (`𝗞𝗲̂́𝘁 𝗻𝗮̣𝗽`: the bold and italic "fonts" of a post
# copied from a social network) are the letters they style: `đ𝗼𝗮̀𝗻 𝘃𝗶𝗲̂𝗻` was no word, and
# its figure was read without its noun.
_STYLED_LETTERS = {
    chr(cp): unicodedata.normalize("NFKC", chr(cp))
    for cp in range(0x1D400, 0x1D800)
    if unicodedata.category(chr(cp)) in ("Lu", "Ll")
}
_FOREIGN_MARKS = {
    **{chr(cp): chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)},  # fullwidth ASCII
    **_OTHER_DIGITS,
    **_STYLED_LETTERS,
    "\u066b": ",",
    "\u066c": ".",
}
_FOREIGN_RE = re.compile(f"[{char_ranges(_FOREIGN_MARKS)}]")
_ODD_SPACE_MAP = {
    **dict.fromkeys(_CONTROLS, " "),
    **dict.fromkeys(_INVISIBLE, ""),
    **{chr(cp): "" for cp in range(0xE0000, 0xE0080)},  # tag characters
    **{chr(cp): "" for cp in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))},  # bidi overrides
    **{c: " " for c in "\u00a0\u1680\u202f\u205f\u3000"},
    **{chr(cp): " " for cp in range(0x2000, 0x200B)},
    **{c: "" for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad"},
    **{c: "\n" for c in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"},
}
# A combining mark on a digit or a sign (`1.2̀50`: a stray key on a Vietnamese keyboard) is no
# tone: it split the figure in two (`50 đoàn viên`). Marks over letters are left to NFC; one
# it cannot join to a Latin letter (a tone typed twice, `kế́t`, or a stack of hundreds, "Zalgo"
# text) is dropped: every Vietnamese letter has one composed form, and the word was lost.
_STRAY_MARKS = re.compile(f"[{_COMBINING}]+")
# `1'250`, `1’250`: an apostrophe between groups of three digits groups thousands (Swiss and
# some spreadsheets' style); `250 đoàn viên` was read.
_APOSTROPHE_GROUP = re.compile(r"['’](?<=[0-9]['’])(?=[0-9]{3}(?![0-9]))")
# A middle dot between digits (`1·250`, `1‧250`, `1・250`, `1∙250`, `1․250`, `1﹒250`: a dot
# typed with the wrong key or an East Asian input method, an OCR's reading of `.`) is the
# dot it stands for: `250 đoàn viên` was read.
_MIDDLE_DOTS = "\u00b7\u02d9\u2027\u2e31\u30fb\uff65\u2024\u2219\u22c5\ufe52"
_MIDDLE_DOT = re.compile(f"[{_MIDDLE_DOTS}](?<=[0-9].)(?=[0-9])")
# ... and a comma of another script (`2﹐5 tỷ`, `2،5 tỷ`, `2、5 tỷ`) the decimal comma: `5 tỷ`
# was read, twice the amount.
_COMMA_LIKES = "\ufe50\ufe51\u060c\u3001"
_COMMA_LIKE = re.compile(f"[{_COMMA_LIKES}](?<=[0-9].)(?=[0-9])")
# The hyphens of a word processor (`1‑250`, a non-breaking hyphen; `1‒250`, a figure dash)
# are the hyphen: a clean `250` was read where `1-250` is a range, flagged.
_ODD_HYPHEN = re.compile("[\u2010-\u2012](?<=[0-9].)(?=[0-9])")


def _build_tone_fix() -> tuple[re.Pattern[str], dict[str, str]]:
    """Regex and replacement table moving the tone from the 2nd to the 1st vowel of oa/oe/uy."""
    fixes: dict[str, str] = {}
    pairs = (("o", "a"), ("o", "e"), ("u", "y"))
    for first, second in pairs:
        for tone in _TONE_MARKS:
            for upper_first in (False, True):
                for upper_second in (False, True):
                    f = first.upper() if upper_first else first
                    s = second.upper() if upper_second else second
                    wrong = f + unicodedata.normalize("NFC", s + tone)
                    fixes[wrong] = unicodedata.normalize("NFC", f + tone) + s
    toned = "".join(sorted({wrong[1] for wrong in fixes}))
    # One branch with a leading character class lets the regex engine skip ahead fast; pairs
    # such as "uá" (của) also match here and are returned unchanged by _tone_fix.
    pattern = re.compile(f"[oOuU][{toned}](?<![qQ]..)(?![^\\W\\d_]|[{_COMBINING}])")
    return pattern, fixes


_TONE_RE, _TONE_FIX = _build_tone_fix()


def _build_closed_tone_fix() -> tuple[re.Pattern[str], dict[str, str]]:
    """Regex and table moving the tone from the 1st to the 2nd vowel of oa/oe/uy before a final
    consonant (`đòan` → `đoàn`, `hùynh` → `huỳnh`): there both conventions put it on the
    2nd, and a tone on the 1st is a typist's slip (old pages typed it often)."""
    fixes: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in _TONE_MARKS:
            for f in (first, first.upper()):
                for s in (second, second.upper()):
                    wrong = unicodedata.normalize("NFC", f + tone) + s
                    fixes[wrong] = f + unicodedata.normalize("NFC", s + tone)
    toned = "".join(sorted({wrong[0] for wrong in fixes}))
    finals = "nh|ng|ch|NH|NG|CH|Nh|Ng|Ch|[nmtcpNMTCP]"
    pattern = re.compile(f"(?<![qQ])[{toned}][aAeEyY](?=(?:{finals})(?![^\\W\\d_]|[{_COMBINING}]))")
    return pattern, fixes


_CLOSED_TONE_RE, _CLOSED_TONE_FIX = _build_closed_tone_fix()


def name_as_built(text: str) -> str:
    """A name typed by an analyst (a register row, a `--org`, a sources.csv cell) written as
    the build writes names: NFC, one tone placement, single spaces."""
    return " ".join(normalize_vietnamese(text).split())


def normalize_vietnamese(text: str) -> str:
    """NFC, one tone placement, and plain spaces/newlines, so equal words are equal strings.

    Tone placement: ``hoá``/``hóa``, ``thuỷ``/``thủy``, ``khoẻ``/``khỏe`` are the same word
    typed with the "new" or the "old" convention. The canonical form is the old one used in the
    spec (``Thanh Hóa``, ``Ủy ban``): in a syllable ending in oa/oe/uy with no final consonant
    the tone sits on the first vowel. After ``q`` the ``u`` is part of the onset (``quý``), and
    with a final consonant (``hoàn``, ``huỳnh``) both conventions agree, so those are left
    alone. Vietnamese NLP packages that do this (underthesea) are far too heavy for one rule,
    so it is one compiled regex over the NFC text with a table lookup per hit.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x1b" in text or "\x08" in text:
        text = _TERMINAL_CODES.sub("", text)
    if "\u00ad" in text:
        text = _SOFT_HYPHEN_BREAK.sub("", text)
    if "\u20e3" in text:
        text = _KEYCAP.sub(_keycap_bullet, text)
    text = _ODD_SPACE_RE.sub(_odd_space, text)
    # the rarer repairs below run only when their marks occur: most texts hold no character
    # outside ASCII, Vietnamese letters and general punctuation (one scan in C, no set)
    chars = set(text) if _UNUSUAL_RE.search(text) is not None else frozenset()
    if not _FOREIGN_CHARS.isdisjoint(chars):
        text = _FOREIGN_RE.sub(_foreign_mark, text)
    if "\u00f0" in text or "\u00d0" in text:
        text = text.translate(_ETH_TO_D)
    text = unicodedata.normalize("NFC", text)
    if not _COMBINING_CHARS.isdisjoint(chars):
        text = _STRAY_MARKS.sub(lambda m: _stray_mark(text, m), text)
    if "'" in text or "’" in text:
        text = _APOSTROPHE_GROUP.sub(".", text)
    if not _MIDDLE_DOT_CHARS.isdisjoint(chars) or "\u2027" in text or "\u2024" in text:
        text = _MIDDLE_DOT.sub(".", text)
    if not _COMMA_LIKE_CHARS.isdisjoint(chars):
        text = _COMMA_LIKE.sub(",", text)
    if "\u2010" in text or "\u2011" in text or "\u2012" in text:
        text = _ODD_HYPHEN.sub("-", text)
    if not _SUPERSCRIPT_CHARS.isdisjoint(chars):
        text = _SUPERSCRIPT.sub(lambda m: _footnote_mark(text, m), text)
    if not _FRACTION_CHARS.isdisjoint(chars):
        text = _GLUED_FRACTION.sub(lambda m: "," + _FRACTIONS[m.group()], text)
    if _OCR_HINT.search(text) is not None:
        text = _OCR_FIGURE.sub(_ocr_figure, text)
    if _SPACED_GROUP_HINT.search(text) is not None:
        text = _SPACED_GROUP.sub(r"\1\2\3", text)
        text = _SPACED_DECIMAL.sub(_decimal_joined, text)
    text = _CLOSED_TONE_RE.sub(_closed_tone_fix, text)
    return _TONE_RE.sub(_tone_fix, text)


# A scan read by OCR confuses digits with letters inside a figure (`2.9O6`, `4l8 triệu`,
# `l28/200`, `1O0%`): a run of digits, group marks and the look-alikes `O`, `o`, `l`, `I`,
# holding a digit and led by a digit or a look-alike next to one, is that figure. One letter
# for one digit: every offset stays.
_OCR_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
_OCR_HINT = re.compile(r"[0-9][.,]?[OolI]|[OolI][.,]?[0-9]")
_OCR_FIGURE = re.compile(
    r"(?<![^\W\d_])(?=[0-9OolI]*[.,]?[0-9])(?=[^\s]*[OolI])"
    r"[0-9OolI](?:[0-9OolI]|[.,](?=[0-9OolI])){1,14}(?![^\W\d_])"
)


def _ocr_figure(match: re.Match[str]) -> str:
    token = match.group()
    if sum(c.isdigit() for c in token) < sum(c in "OolI" for c in token):
        return token  # mostly letters (`lOl`, `Il`): a word, not a figure
    return token.translate(_OCR_LOOKALIKES)


# ... and a space put inside a figure at its group mark (`2 .318`, `1. 046`, `172. 460`),
# after a word: an enumeration (`1. 250 đoàn viên` opening a line) keeps its space.
_SPACED_GROUP_HINT = re.compile(r"[0-9] +[.,] *[0-9]|[0-9][.,] +[0-9]")
_SPACED_GROUP = re.compile(r"(?<=[^\W\d_] )([0-9]{1,3})(?: +([.])|([.]) +)(?=[0-9]{3}(?![0-9]))")
# ... or at its decimal comma, right before a scale or a percent sign (`làm lợi trên 4, 2 tỷ
# đồng`, `đạt 98, 7%`, `3 ,5 tỷ`): one figure, not 2 tỷ (a list goes on with another comma or
# `và` before its noun: `3, 5, 7 triệu`)
_SPACED_DECIMAL = re.compile(
    r"(?:(?<=[^\W\d_] )|(?<=: )|(?<=:)|(?<=\()|(?<=\( ))"
    + "".join(
        f"(?<!{re.escape(w)} )"
        for w in package_yaml("unionstats.catalogue", "numbers.yaml")["not_split_decimal_after"]
    )
    + r"([0-9]{1,3})(?: +,|, +| +, +)([0-9]{1,2})"
    r"(?=[ \t]*(?:%|(?:tỷ|tỉ|triệu|nghìn|ngàn|phần[ \t]+trăm)(?![^\W\d_])))",
    re.IGNORECASE,
)
# (not two figures given respectively: `năm 2022 và 2023 lần lượt đạt 85, 92%`)
_RESPECTIVELY_BEFORE = re.compile(
    r"(?:lần\s+lượt|tương\s+ứng|theo\s+thứ\s+tự)[^.;\n\d]{0,20}$", re.I
)


def _decimal_joined(m: re.Match[str]) -> str:
    if _RESPECTIVELY_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return m.group()
    return f"{m.group(1)},{m.group(2)}"


# A half or a quarter glued to a figure (`2½ tỷ đồng`, a word processor's fraction) is its
# decimal part: `2` was read and the rest lost.
_FRACTIONS = {"\u00bd": "5", "\u00bc": "25", "\u00be": "75"}
_FRACTION_CHARS = frozenset(_FRACTIONS)
_GLUED_FRACTION = re.compile("(?<=[0-9])[\u00bc-\u00be](?![0-9])")


# A word hyphenated at a line's end with a soft hyphen (a PDF's or Word's copy: `đoàn vi\xad`
# / `ên mới`) is one word: the break went with the invisible hyphen, the word was lost.
_SOFT_HYPHEN_BREAK = re.compile("\u00ad[ \t]*+\n[ \t]*+")
_UNUSUAL_RE = re.compile("[^\x00-\x7f\u00c0-\u01b0\u1ea0-\u1ef9\u2000-\u206f]")
# A terminal's copy: colour and cursor codes (`\x1b[1;31m1.250\x1b[0m`: the escape became a
# space and `[1;31m` stood glued to the figure, which was lost) and overstrike (`1\b1`, a
# bold digit as `man` prints it; `_\b1`, underlined) are no text. A lone backspace stays a
# control (a space).
_TERMINAL_CODES = re.compile(
    r"\x1b(?:\[[0-?]{0,32}[ -/]{0,8}[@-~]|\][^\x07\x1b]{0,256}(?:\x07|\x1b\\)"
    r"|[ -/]{1,4}[0-~]|[0-~])|([^\n])\x08(?=\1)|_\x08"
)
# The Icelandic eth (`ð`, `Ð`) for `đ`, `Đ`: Windows-1258 puts Đ and đ where Windows-1252 and
# Latin-1 have Ð and ð, so a page read with the wrong one (or typed with an old font) shows
# them, and `ðoàn viên`, `CÔNG ÐOÀN` were no words: the figure and the name were lost.
_ETH_TO_D = str.maketrans({"\u00f0": "\u0111", "\u00d0": "\u0110"})
_FOREIGN_CHARS = frozenset(_FOREIGN_MARKS)
_MIDDLE_DOT_CHARS = frozenset(_MIDDLE_DOTS)
_COMMA_LIKE_CHARS = frozenset(_COMMA_LIKES)
_COMBINING_CHARS = frozenset(
    chr(cp)
    for a, b in (
        (0x300, 0x36F),
        (0x1AB0, 0x1AFF),
        (0x1DC0, 0x1DFF),
        (0x20D0, 0x20FF),
        (0xFE20, 0xFE2F),
    )
    for cp in range(a, b + 1)
)
_SUPERSCRIPT_CHARS = frozenset("\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079")


# A footnote mark typed as a superscript digit glued to a figure or a word (`1.250¹ đoàn
# viên`, `đoàn viên²`): a digit to `re`'s word boundaries, it hid the figure's noun and the
# word. Units squared or cubed (`m²`, `km²`, `m³`) and powers of ten (`10⁹`) keep theirs.
_SUPERSCRIPT = re.compile("[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+")
_SQUARED_UNIT = re.compile(r"(?<![^\W\d_])(?:k|c|d)?m$")


def _footnote_mark(text: str, match: re.Match[str]) -> str:
    start = match.start()
    before = text[max(0, start - 3) : start]
    if not before or not before[-1].isalnum():
        return match.group()
    if match.group() in ("\u00b2", "\u00b3") and _SQUARED_UNIT.search(before):
        return match.group()
    if before.endswith("10") and not before[:-2][-1:].isalnum():
        return match.group()  # a power of ten (`10⁹`)
    return ""


def _foreign_mark(match: re.Match[str]) -> str:
    return _FOREIGN_MARKS[match.group()]


def _stray_mark(text: str, match: re.Match[str]) -> str:
    start = match.start()
    before = text[start - 1] if start else ""
    return match.group() if before.isalpha() and not _is_latin(before) else ""


def _is_latin(char: str) -> bool:
    """A letter of the Latin blocks: every Vietnamese letter has one composed form there."""
    return char <= "\u024f" or "\u1e00" <= char <= "\u1eff"


# A zero width space (or word joiner, byte-order mark) between a figure and a word is the
# space a page's editor put there: `hỗ trợ\u200b350\u200bsuất` read `trợ350suất`, no figure.
# Between two digits or two letters it is dropped (`1\u200b250`, `đo\u200bàn`).
_ZERO_WIDTH_SPACES = "\u200b\u2060\ufeff"


def _odd_space(match: re.Match[str]) -> str:
    char = match.group()
    if char in _ZERO_WIDTH_SPACES:
        text, at = match.string, match.start()
        before = text[at - 1 : at]
        after = text[at + 1 : at + 2]
        if (
            before
            and after
            and before.isdigit() != after.isdigit()
            and (before.isalpha() or after.isalpha())
        ):
            return " "
    return _ODD_SPACE_MAP[char]


def _closed_tone_fix(match: re.Match[str]) -> str:
    pair = match.group()
    return _CLOSED_TONE_FIX.get(pair, pair)


def _tone_fix(match: re.Match[str]) -> str:
    pair = match.group()
    return _TONE_FIX.get(pair, pair)


# --- HTML -------------------------------------------------------------------------------------

_LINE = "\ue000"
_CELL = "\ue001"
_BREAK = "\ue002"  # a `<br>`: a line, or a space inside a sentence
_SUB = "\ue003"  # a line inside a small table cell: a space, or a sub-row
_SENTINELS_RE = re.compile(f"[{_LINE}{_CELL}{_BREAK}{_SUB}]")
_BREAK_RUN = re.compile(f" ?{_BREAK}[ {_BREAK}]*")
_WHITESPACE_RE = re.compile(r"\s+")
_CELL_SPLIT_RE = re.compile(f" ?{_CELL} ?")

# `del`, `s`, `strike`: text struck through is withdrawn; kept, `<del>100</del> 120 đoàn
# viên` read as one figure, 100 120. `rt`, `rp`, `rtc`: a ruby annotation (a reading written
# small over its base, its brackets) glued to the figure it annotates, or read as one itself.
# `marquee`: a scrolling ticker of notices (`Lịch tổ chức Đại hội ... năm 2023`), the page's,
# read before the article it dated the report by its year.
_DROP_TAGS = [
    "script", "style", "noscript", "template", "nav", "form", "iframe", "frame", "object",
    "embed", "svg", "canvas", "button", "del", "s", "strike", "rt", "rp", "rtc", "marquee",
]  # fmt: skip
# A form saved as a page (a report typed into a web form) shows its fields' contents: the
# value in a text box, the text in a `<textarea>`, the chosen option of a `<select>`. Buttons,
# hidden fields, passwords, check boxes and search boxes show no figure of the report.
_SHOWN_INPUTS = frozenset(
    {"", "text", "number", "tel", "email", "url", "date", "datetime-local", "month", "week",
     "time"}
)  # fmt: skip
_BLOCK_SELECTOR = ",".join(
    [
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dl",
        "dt", "div", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hgroup", "hr", "li", "main", "ol", "p", "section", "summary", "table",
        "tbody", "tfoot", "thead", "tr", "ul",
    ]
)  # fmt: skip
# (a `<dialog>` not `open` is a pop-up a reader never sees unless it is opened)
_HIDDEN_SELECTOR = (
    '[hidden], [aria-hidden="true"], [style*="display:none" i], [style*="display: none" i], '
    '[style*="visibility:hidden" i], [style*="visibility: hidden" i], dialog:not([open])'
)

# class/id words that mark page furniture; matched per word of the attribute, not as substrings.
_CHROME_WORDS = frozenset(
    {
        "nav", "navbar", "navi", "navigation", "menu", "menus", "menubar", "mainmenu", "topmenu",
        "submenu", "megamenu", "footer", "breadcrumb", "breadcrumbs", "crumbs", "counter",
        "counters", "visitor", "visitors", "thongke", "thongketruycap", "truycap", "luottruycap",
        "online", "banner", "banners", "share", "sharing", "sharebox", "social", "socials",
        "copyright", "advert", "adverts", "advertisement", "ads", "quangcao", "login", "search",
        "searchbox", "toolbar", "pagination", "pager", "hotline", "lienket", "weblink",
        "weblinks", "related", "tinlienquan", "tinkhac", "othernews", "newsother", "relatednews",
        "newsrelated", "morenews", "cactinkhac", "tincungchuyenmuc", "tinmoi", "tinnoibat",
        "tindocnhieu", "mostread", "mostviewed", "lienquan", "sidebar", "sidebars", "sidebox",
        "comment", "comments", "cmt", "binhluan", "ykienbandoc", "ykien", "tags", "tag",
        "tagcloud", "keywords", "tukhoa", "paging", "pages", "pagenav",
    }
)  # fmt: skip
_CHROME_PREFIXES = ("menu", "navbar", "navigation", "breadcrumb", "footer", "copyright",
                    "thongke", "quangcao", "banner")  # fmt: skip
_CHROME_SUFFIXES = ("menu", "footer", "banner", "navbar", "breadcrumb")
_CHROME_STEMS = ("menu", "nav", "footer", "crumb", "counter", "visitor", "thongke", "truycap",
                 "online", "banner", "shar", "social", "copyright", "advert", "ads", "quangcao",
                 "login", "search", "toolbar", "pag", "hotline", "lienket", "weblink", "related",
                 "tinkhac", "othernews", "other", "khac", "lienquan", "lien-quan", "more",
                 "chuyenmuc", "noibat", "docnhieu", "tinmoi", "most", "side", "comment", "cmt",
                 "binhluan", "ykien", "tag", "keyword", "tukhoa")  # fmt: skip
_CHROME_CANDIDATES = ",".join(f'[class*="{stem}" i],[id*="{stem}" i]' for stem in _CHROME_STEMS)
_ATTR_WORD_RE = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")
_PROTECTED_TAGS = frozenset({"html", "body", "main", "article"})
_CONTENT_TAGS = frozenset({"main", "article"})
_WRAPPER_MIN_CHARS = 2000


def html_to_text(html: str, framed: bool = False) -> str:
    """Visible text of an HTML page, one line per block, table cells joined by `` | ``.

    Scripts, forms, navigation and elements whose class/id names them as menus, footers,
    counters, banners, breadcrumbs or share widgets are removed first. Page-level ``<header>``,
    ``<footer>`` and ``<aside>`` (sidebar) go too, but inside ``<article>``/``<main>`` they are
    kept: there they hold the title, date and source that metadata inference needs. Lexbor
    repairs malformed markup the way browsers do, so unclosed tags cannot make this raise.
    """
    if _LINE in html or _CELL in html or _BREAK in html or _SUB in html:
        html = _SENTINELS_RE.sub("", html)
    html = limit_depth(_thin_attributes(_drop_head_noscript(_drop_glued_footnotes(html))))
    html = _thin_options(html)
    try:
        parser = LexborHTMLParser(html)
    except UnicodeEncodeError:
        parser = LexborHTMLParser(html.encode("utf-8", "surrogatepass").decode("utf-8", "replace"))
    if parser.body is None and not framed and (frames := parser.css_first("noframes")):
        # a frameset page's own text is the markup inside <noframes>, which parsers keep as
        # raw text: read as it was, its tags (`<body><p>`) were the report's first words
        return html_to_text(frames.text(deep=True), framed=True)
    root = parser.body if parser.body is not None else parser.root
    if root is None:
        return ""
    _unwrap_page_holders(root)
    root.strip_tags(_DROP_TAGS)
    _remove_chrome_elements(root)
    _remove_related_boxes(root)
    _show_form_fields(root)
    for pre in root.css("pre"):
        pre.replace_with(_LINE + pre.text(deep=True).replace("\n", _LINE) + _LINE)
    _inline_nested_tables(root)
    _flatten_small_cells(root)
    _pair_definitions(root)
    for node in root.css(_BLOCK_SELECTOR):
        node.insert_before(_LINE)
        node.insert_after(_LINE)
    for br in root.css("br"):
        br.replace_with(_BREAK)
    _fill_spans(root)
    for cell in root.css("td,th"):
        cell.insert_before(_CELL)
    raw = _WHITESPACE_RE.sub(" ", root.text(deep=True, separator="", strip=False))
    if _BREAK in raw:
        raw = _BREAK_RUN.sub(_line_break, raw)
    lines = (_join_cells(line) for line in raw.split(_LINE))
    return "\n".join(line for line in lines if line)


def _line_break(match: re.Match[str]) -> str:
    """A `<br>` inside a sentence (`đã kết nạp 1.250<br>đoàn viên mới`: the text before ends
    no sentence, the text after goes on in lower case or with a figure) is a space, as a
    reader reads it; elsewhere, and two in a row, a line break."""
    text, start, end = match.string, match.start(), match.end()
    before = text[start - 1] if start else ""
    if (
        match.group().count(_BREAK) == 1
        and before
        and before not in _SENTENCE_MARK
        and before not in (_LINE, _CELL)
        and _continues(text[end : end + 12])
        and not (before.isdigit() and text[end : end + 1].isdigit())  # `1.2<br>50`: no `1.2 50`
    ):
        return " "
    return _LINE


# A cell spanning columns or rows (`<th rowspan="2">Chỉ tiêu</th><th colspan="2">Khu vực</th>`
# over `<th>Khu vực HCSN</th><th>Khu vực SXKD</th>`) leaves the rows it covers a cell short:
# there, it stands again (a short text without a figure: a header's or a label's), or as an
# empty cell, so each figure stays under its own header. Spans are capped as browsers cap
# them, and the cells added per page too.
_MAX_COLSPAN = 1000
_MAX_SPANNED_CELLS = 100_000
_MAX_REPEATED = 60
_MAX_REPEATED_LETTERS = 200_000  # a page of such rows grows by at most this much
_MAX_LABEL_SPAN = 8  # a label repeated over at most this many columns (a page of 100 000 cells
# spanned by a label each stays under 5 MB of text)


def _fill_spans(root: LexborNode) -> None:
    budget = _MAX_SPANNED_CELLS
    letters = _MAX_REPEATED_LETTERS  # of labels repeated across columns, per page
    for table in root.css("table"):
        if table.css_first("[rowspan],[colspan]") is None:
            continue
        carry: dict[int, list[int | str]] = {}  # column -> [rows still covered, text]
        for row in table.css("tr"):
            owner = row.parent
            while owner is not None and owner.tag != "table":
                owner = owner.parent
            if owner != table:
                continue  # a row of a table nested in a cell
            col = 0
            below: dict[int, list[int | str]] = {}
            cells = [c for c in row.iter() if c.tag in ("td", "th")]
            figures_after: list[bool] | None = None
            for n, cell in enumerate(cells):
                while col in carry and budget > 0:
                    cell.insert_before(_CELL + _covered(carry, col))
                    col, budget = col + 1, budget - 1
                span = min(_span(cell, "colspan"), _MAX_COLSPAN, max(1, budget))
                rows = _span(cell, "rowspan")
                across = ""
                if rows > 1 or span > 1:
                    shown = " ".join(cell.text(deep=True).split())
                    repeated = (
                        shown
                        if len(shown) <= _MAX_REPEATED and not _HAS_DIGIT.search(shown)
                        else ""
                    )
                    # a label over two columns (`TT` and `Nội dung`, `Chỉ tiêu` and `ĐVT`)
                    # with figures after it stands in each: it labels the row in the column
                    # that names the rows, whichever (an empty one there lost the row's
                    # figures); a header's or a heading's span stays empty
                    if repeated and span > 1 and figures_after is None:
                        figures_after = _digits_after(cells)  # once a row
                    label = figures_after is not None and figures_after[n + 1]
                    if label and span <= _MAX_LABEL_SPAN and letters > 0:
                        across = repeated
                        letters -= len(across) * (span - 1)
                    for k in range(span if rows > 1 else 0):
                        below[col + k] = [rows - 1, repeated if k == 0 else across]
                if span > 1:
                    cell.insert_after((_CELL + across) * (span - 1))
                    budget -= span - 1
                col += span
            while carry and max(carry) >= col and budget > 0:
                row.insert_child(_CELL + (_covered(carry, col) if col in carry else ""))
                col, budget = col + 1, budget - 1
            carry |= below


_HAS_DIGIT = re.compile(r"\d")
_MAX_INLINE_TABLE = 80


_MAX_NESTED_TABLES = 1000
_MAX_FLAT_CELL = 300
_CELL_BLOCKS = "p,div,br,li,ul,ol,h1,h2,h3,h4,h5,h6,blockquote,center,section,article,header"


def _flatten_small_cells(root: LexborNode) -> None:
    """Paragraphs and line breaks inside a table cell of a few words (Word's HTML puts every
    cell in a `<p class=MsoNormal>`; `Kết nạp<br>đoàn viên mới`, `1.250<br>(125%)`) stay in
    the row: as lines they cut it in two, its label from its figures (lost, or read without
    the header's plan column: the plan as the result). They are marked (`_SUB`) and
    :func:`_join_cells` makes them spaces, or sub-rows when the row stacks them (see there).
    A cell of a page laid out in tables (long text) keeps its lines."""
    for cell in root.css("td,th"):
        if cell.css_first(_CELL_BLOCKS) is None or cell.css_first("table") is not None:
            continue
        if len(cell.text(deep=True)) > _MAX_FLAT_CELL:
            continue
        for block in cell.css(_CELL_BLOCKS):
            if block.tag == "br":
                block.replace_with(_SUB)
            else:
                block.insert_before(_SUB)
                block.insert_after(_SUB)
                block.unwrap()


def _pair_definitions(root: LexborNode) -> None:
    """A definition list (`<dt>Kết nạp đoàn viên mới</dt><dd>1.250 người</dd>`) shows each
    term with its value: one line `term: value`, as a label and its figure are written."""
    for dt in root.css("dt"):
        dd = dt.next
        while dd is not None and dd.tag == "-text" and not (dd.text() or "").strip():
            dd = dd.next
        if dd is None or dd.tag != "dd":
            continue
        term = dt.text(deep=True).rstrip()
        dt.insert_before(_LINE)
        dt.insert_after(" " if term.endswith(":") else ": ")
        dd.insert_after(_LINE)
        dt.unwrap()
        dd.unwrap()


def _inline_nested_tables(root: LexborNode) -> None:
    """A table nested in a cell that holds a few words (`1.250`, `1.250` over `(125%)`: a
    figure boxed by the page's editor) is that cell's text: its rows broke the outer row in
    two, and the figure stood on a line of its own, under no column. A larger nested table (a
    page laid out in tables) keeps its rows, and so does a small one of several columns that
    is all its outer row holds (the page's table inside the layout's: read as one text,
    `Kết nạp đoàn viên mới | 1.250` lost its column). Innermost first, so each is read once."""
    nested = root.css("td table, th table")
    for table in reversed(nested[-_MAX_NESTED_TABLES:]):
        shown = " ".join(table.text(deep=True, separator=" ").split())
        if len(shown) <= _MAX_INLINE_TABLE and not _a_table_of_its_own(table):
            table.replace_with(f" {shown} ")


def _a_table_of_its_own(table: LexborNode) -> bool:
    """The nested table has cells side by side, and its cell is the only one of its row."""
    if max((_cell_count(row) for row in table.css("tr")), default=0) < 2:
        return False
    cell = table.parent
    while cell is not None and cell.tag not in ("td", "th"):
        cell = cell.parent
    return cell is not None and cell.parent is not None and _cell_count(cell.parent) == 1


def _cell_count(row: LexborNode) -> int:
    return sum(1 for child in row.iter() if child.tag in ("td", "th"))


def _digits_after(cells: list[LexborNode]) -> list[bool]:
    """For each cell index, whether a cell from there on shows a digit (one pass a row)."""
    after = [False] * (len(cells) + 1)
    for k in range(len(cells) - 1, -1, -1):
        after[k] = after[k + 1] or _HAS_DIGIT.search(cells[k].text(deep=True)) is not None
    return after


def _covered(carry: dict[int, list[int | str]], col: int) -> str:
    """The text a spanning cell shows in a row it covers; the row counted off."""
    left, text = carry[col]
    if int(left) <= 1:
        del carry[col]
    else:
        carry[col] = [int(left) - 1, text]
    return str(text)


def _span(cell: LexborNode, name: str) -> int:
    value = (cell.attributes.get(name) or "").strip()
    digits = re.match(r"\+?(\d{1,6})", value)  # as browsers read it: `2`, ` 2 `, `+2`, `2px`
    return max(1, int(digits.group(1))) if digits else 1


_MAX_DEPTH = 256
_TAG_RE = re.compile(r"<(/?)([a-zA-Z][\w:-]{0,40})[^<>]*+>")
# Elements that do not nest (or close themselves): they never deepen the tree much.
_FLAT_TAGS = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option",
        "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rp", "rt", "rtc",
    }
)  # fmt: skip


_TAG_NAME_RE = re.compile(r"<(/?)([a-zA-Z][\w:-]{0,40})")


def _may_be_deeper(html: str, max_depth: int) -> bool:
    """A quick upper bound: opening minus closing tags (never below zero) passes the limit."""
    depth = 0
    for close, name in _TAG_NAME_RE.findall(html):
        if name.lower() in _FLAT_TAGS:
            continue
        if close:
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > max_depth:
                return True
    return False


_LONG_TAG_RE = re.compile(r"<([a-zA-Z][\w:-]{0,40})(\s[^<>]{2000,}+)>")
_KEPT_ATTR_RE = re.compile(
    r"""\s(class|id|style|hidden|aria-hidden|type|value|selected|open)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?""",
    re.IGNORECASE,
)


# A footnote mark in <sup> or <sub> right after a digit: `1.234<sup>1</sup>` (Word's HTML
# and many sites) read as `1.2341`, a figure of 1.2341 instead of 1 234.
_GLUED_FOOTNOTE = re.compile(
    r"<(su[pb])\b[^<>]{0,200}>(?:\s|<[^<>]{0,200}>){0,3}[\[(]?(?:[0-9]{1,3}|[*†‡])[\])]?"
    r"(?:\s|<[^<>]{0,200}>){0,3}</\1\s*>",
    re.IGNORECASE,
)
# ... also inside the link Word puts around it: `1.500<a href="#_ftn1"><span><sup>1</sup>`
_SUP_AFTER_DIGIT = re.compile(
    r"(?<=\d)(?:<(?:a|span)\b[^<>]{0,300}>){0,2}(?=<su[pb]\b)", re.IGNORECASE
)


def _drop_glued_footnotes(html: str) -> str:
    """``<sup>``/``<sub>`` footnote marks (`1`, `(2)`, `[3]`, `*`) written right after a digit,
    removed: the text of the page glued them to the figure (`1.234<sup>1</sup>` read 1.2341).
    Exponents after a letter (`m<sup>2</sup>`) are left alone."""
    if _SUP_AFTER_DIGIT.search(html) is None:
        return html
    pieces, pos = [], 0
    for found in _SUP_AFTER_DIGIT.finditer(html):
        start = found.end()
        if start < pos:
            continue
        mark = _GLUED_FOOTNOTE.match(html, start)
        if mark is not None:
            pieces.append(html[pos:start])
            power = _TAGS.sub("", mark.group()).strip()
            if power.isdigit() and _TEN_BEFORE.search(
                html, max(0, found.start() - 2), found.start()
            ):
                # `10<sup>6</sup>`: a power of ten, written as text writes one (`10^6`)
                pieces.append("^" + power)
            pos = mark.end()
    return "".join(pieces) + html[pos:] if pieces else html


# A standalone `10` before a <sup> of digits: a power of ten, not a figure with its footnote.
_TEN_BEFORE = re.compile(r"(?<![\d.,])10\Z")
_TAGS = re.compile(r"<[^<>]*>")


_BODY_START = re.compile(r"<body\b|</head\s*>", re.IGNORECASE)
_NOSCRIPT_OPEN = re.compile(r"<noscript\b", re.IGNORECASE)
_NOSCRIPT_CLOSE = re.compile(r"</noscript\s*>", re.IGNORECASE)


def _drop_head_noscript(html: str) -> str:
    """``<noscript>`` elements before the body, removed from the source. A browser without
    scripts ends the head at a ``<noscript>`` holding text or a ``<p>``: its text and the
    ``<title>`` after it became the report's first lines. Linear: each search starts where
    the last one ended, and an unclosed one ends the pass."""
    body = _BODY_START.search(html)
    head_end = body.start() if body else 0
    pieces, pos = [], 0
    while (opened := _NOSCRIPT_OPEN.search(html, pos, head_end)) is not None:
        closed = _NOSCRIPT_CLOSE.search(html, opened.end())
        if closed is None:
            break
        pieces.append(html[pos : opened.start()])
        pos = closed.end()
    return "".join(pieces) + html[pos:] if pieces else html


def _thin_attributes(html: str) -> str:
    """A tag with thousands of characters of attributes keeps only those chrome removal
    reads (class, id, style, hidden): the HTML parser slows quadratically with the number of
    distinct attribute names (100,000 of them in one tag took 52 s). Linear: one pass."""
    if len(html) < 2000:
        return html
    return _LONG_TAG_RE.sub(
        lambda m: (
            f"<{m.group(1)}{''.join(a.group(0) for a in _KEPT_ATTR_RE.finditer(m.group(2)))}>"
        ),
        html,
    )


_MAX_OPTIONS = 1_000
_OPTION_OR_SELECT = re.compile(r"<select\b|<option\b([^<>]*+)>[^<]*+(?:</option\s*>)?", re.I)
_SELECTED = re.compile(r"\sselected\b", re.I)


def _thin_options(html: str) -> str:
    """A drop-down of thousands of options (every ward of the country in an address form)
    keeps those a reader may see: each list's first option and those marked chosen. The
    parser resets a list's choice at each option it adds, so 40 000 options took 22 s to
    parse and 58 s to move (quadratic). Linear: one pass, only on a page of many options."""
    if html.count("ption") + html.count("PTION") <= _MAX_OPTIONS:
        return html
    first = False

    def keep(m: re.Match[str]) -> str:
        nonlocal first
        if m.group(1) is None:  # a list opens: its first option is shown if none is chosen
            first = True
            return m.group(0)
        shown, first = first or _SELECTED.search(m.group(1)) is not None, False
        return m.group(0) if shown else ""

    return _OPTION_OR_SELECT.sub(keep, html)


def limit_depth(html: str, max_depth: int = _MAX_DEPTH) -> str:
    """Drop the tags of elements nested deeper than ``max_depth``, keeping their text.

    The HTML parser checks the open elements at each tag, so 100,000 nested ``<div>``
    take minutes in C code that no signal interrupts. Real pages nest a few dozen deep;
    a page under the limit is returned unchanged. Linear: one pass over the tags.
    """
    if html.count("<") <= max_depth or not _may_be_deeper(html, max_depth):
        return html
    depth_tags: list[tuple[str, bool]] = []  # open elements: (name, tag kept)
    open_count: dict[str, int] = {}
    kept_depth = 0
    pieces: list[str] = []
    last = 0
    changed = False
    for m in _TAG_RE.finditer(html):
        name = m.group(2).lower()
        if name in _FLAT_TAGS or m.group(0).endswith("/>"):
            continue
        if not m.group(1):
            keep = kept_depth < max_depth
            depth_tags.append((name, keep))
            open_count[name] = open_count.get(name, 0) + 1
            kept_depth += keep
        else:
            if not open_count.get(name):
                continue
            keep = True
            while depth_tags:
                top, keep = depth_tags.pop()
                open_count[top] -= 1
                kept_depth -= keep
                if top == name:
                    break
        if not keep:
            pieces.append(html[last : m.start()])
            pieces.append(" ")
            last = m.end()
            changed = True
    if not changed:
        return html
    pieces.append(html[last:])
    return "".join(pieces)


def _join_cells(line: str) -> str:
    """A table row's cells joined by ` | `. A row of two cells with text or more keeps its
    empty cells where they stand, first and last too (`| Năm 2022 | Năm 2023` under an empty
    corner, `Kết nạp | 1.410 | 1.640 |` with the last year blank), so each figure stays under
    its own header; a row of one text (a layout table's spacer cells) is that text."""
    if _SUB in line:
        return _sub_rows(line)
    if _CELL not in line:
        return line.strip()
    before, *cells = (part.strip() for part in _CELL_SPLIT_RE.split(line))
    return _cells_line([before, *cells] if before else cells)


def _cells_line(parts: list[str]) -> str:
    """Cells as one table row (see :func:`_join_cells`)."""
    if sum(1 for part in parts if part) < 2:
        parts = [part for part in parts if part]
    elif not parts[0] and not parts[-1]:
        # empty at both ends (`| Cộng | 19.984 | 137 | | |` under `TT | Đơn vị | ...`): written
        # with borders, so the bars at the ends read as borders, never as the empty cells
        return ("| " + " | ".join(parts) + " |").replace("  ", " ")
    return " | ".join(parts).replace("  ", " ").strip()


_CUT_FIGURE = re.compile(r"\d[\d.,]*[.,]")  # a line of a figure ending in its mark


def _joined_lines(lines: list[str]) -> str:
    """A cell's lines as one text: a line going on in lower case or with an aside (`Kết nạp` /
    `đoàn viên mới`, `1.250` / `(125%)`) after a space, one opening an item of its own (a
    capital, a figure: `940` / `470`, `Kết nạp 120` / `Thành lập 3`) after `; `, so two
    figures never read as one (`940 470`) nor an item's figure as the next one's; after a line
    without a figure, a space (`Kết nạp` / `Đoàn viên mới`: a label in two paragraphs)."""
    out = lines[0] if lines else ""
    for line, nxt in itertools.pairwise(lines):
        if _CUT_FIGURE.fullmatch(line) and nxt[:1].isdigit():
            out += nxt  # (`12.` / `850`: a figure a narrow column wrapped at its mark)
            continue
        new_item = (
            (nxt[:1].isupper() or nxt[:1].isdigit())
            and _HAS_DIGIT.search(line) is not None  # the item before has its figure
            and out[-1:] not in _SENTENCE_MARK
        )
        out += ("; " if new_item else " ") + nxt
    return out


def _sub_rows(line: str) -> str:
    """A row whose cells hold lines (`_SUB`). When two cells or more hold the same number of
    lines, and every other one line or none, the row stacks that many rows (`Kết nạp<br>Thành
    lập CĐCS | 1.250<br>12`): one line each, a one-line text cell (a group's label) repeated,
    a one-line figure in the first. Otherwise a cell's lines are one text (`Kết nạp<br>đoàn
    viên mới`, `1.250<br>(125%)`): joined by spaces, `1.250 12` was read as one figure."""
    cells = [[p.strip() for p in part.split(_SUB) if p.strip()] for part in line.split(_CELL)]
    counts = {len(c) for c in cells if len(c) > 1}
    stacked = (
        len(counts) == 1
        and sum(len(c) > 1 for c in cells) >= 2
        # each line after the first opens a row: a capital or a figure, never a text going
        # on (`đoàn viên mới`) or an aside (`(125%)`)
        and all(p[:1].isupper() or p[:1].isdigit() for c in cells for p in c[1:])
    )
    if not stacked:
        return _join_cells(_CELL.join(_joined_lines(c) for c in cells))
    (k,) = counts
    rows = []
    for j in range(k):
        row = []
        for c in cells:
            if len(c) == k:
                row.append(c[j])
            elif len(c) == 1 and (j == 0 or _HAS_DIGIT.search(c[0]) is None):
                row.append(c[0])
            else:
                row.append("")
        rows.append(_join_cells(_CELL.join(row)))
    return "\n".join(row for row in rows if row)


def _show_form_fields(root: LexborNode) -> None:
    """Each field left after chrome removal, replaced by what a reader sees in it."""
    for node in root.css("input,textarea,select"):
        shown = ""
        if node.tag == "input":
            kind = (node.attributes.get("type") or "").strip().lower()
            if kind in _SHOWN_INPUTS:
                shown = node.attributes.get("value") or ""
        elif node.tag == "textarea":
            shown = node.text(deep=True).replace("\n", _LINE)
        else:
            options = node.css("option")
            chosen = [o for o in options if "selected" in o.attributes] or options[:1]
            shown = " ".join(o.text(deep=True) for o in chosen)
        if shown.strip():
            node.replace_with(f" {shown} ")
        else:
            node.decompose()


def _unwrap_page_holders(root: LexborNode) -> None:
    """A ``<form>`` that holds the page (ASP.NET wraps the whole body in one, as many
    government sites do) keeps its content: dropped with the search and login forms, it
    took the report with it (`not_a_report`). Its inputs and buttons still go. So does a
    ``<noscript>`` holding the page (a site that draws its text with scripts)."""
    forms = root.css("form,noscript")
    if not forms:
        return
    total = len(root.text(deep=True))
    for form in forms:
        if form.css_first("article,main") is not None or len(form.text(deep=True)) > total / 2:
            form.unwrap()


def _remove_chrome_elements(root: LexborNode) -> None:
    """Decompose page-furniture elements, outermost only, never a wrapper holding the article.

    One walk from the top, carrying whether it is inside ``<article>``/``<main>``, and not
    descending into what it removes: linear in the number of elements, however deep.
    """
    total = len(root.text(deep=True))
    page_parts = {n.mem_id for n in root.css("header,footer,aside")}
    asides = {n.mem_id for n in root.css("aside")}
    hidden = {n.mem_id for n in root.css(_HIDDEN_SELECTOR)}
    candidates = {n.mem_id for n in root.css(_CHROME_CANDIDATES)}
    doomed: list[LexborNode] = []
    stack: list[tuple[LexborNode, bool, bool]] = [
        (child, False, False) for child in _children(root)
    ]
    while stack:
        node, in_content, in_article = stack.pop()
        if not node.is_element_node:
            continue
        mid = node.mem_id
        if (
            (mid in page_parts and not in_content)
            # beside the article in <main>, an <aside> is the sidebar (`Tin liên quan`)
            or (mid in asides and not in_article and not _is_wrapper(node, total))
            # a saved page with a dialog open hides the page itself (aria-hidden, display:none)
            or (mid in hidden and not _is_wrapper(node, total))
            or (
                mid in candidates
                and node.tag not in _PROTECTED_TAGS
                and _is_chrome_attr(node, in_content)
                and not _is_wrapper(node, total)
            )
        ):
            doomed.append(node)
            continue
        inner = in_content or node.tag in _CONTENT_TAGS
        article = in_article or node.tag == "article"
        stack.extend((child, inner, article) for child in reversed(_children(node)))
    for node in doomed:
        node.decompose()


_RELATED_BOX_LINKS = 0.5  # at least this share of a box's text, past its heading, is links


def _remove_related_boxes(root: LexborNode) -> None:
    """A box of other articles whose class names nothing (`<div class="box"><h3>Tin khác</h3>
    <ul><li><a>...</a> - 20/12/2022 08:15</li></ul></div>`): the element a related heading
    opens, its other text mostly links or standing after the article's title, goes whole.
    Read as lines, its list ran on over the article's own title and date line, which were
    dropped with it (and the report was dated by the list's time stamp)."""
    doomed: list[LexborNode] = []
    order = {n.mem_id: k for k, n in enumerate(root.css("*"))}
    titles = [order[n.mem_id] for n in root.css("h1,article")]
    for heading in root.css("h2,h3,h4,h5,h6,strong,b,span,p,div"):
        text = " ".join(heading.text(deep=True).split()).lower().strip(_RELATED_DECORATION)
        if not text or len(text) > _MAX_RELATED_HEADING:
            continue
        comments = _COMMENT_HEADING_RE.fullmatch(text) is not None
        if not comments and not _RELATED_HEADING_RE.fullmatch(text):
            continue
        box = heading.parent
        while box is not None and box.tag in ("h2", "h3", "h4", "h5", "h6", "strong", "b", "span"):
            box = box.parent  # (`<h3><span>Tin khác</span></h3>`: the heading's own wrappers)
        if box is None or box.tag in _PROTECTED_TAGS or box.css_first("article,main,h1"):
            continue
        rest = len(box.text(deep=True)) - len(heading.text(deep=True))
        links = sum(len(a.text(deep=True)) for a in box.css("a"))
        after_article = bool(titles) and min(titles) < order.get(box.mem_id, -1)
        # (after the article, a box so headed is other news whatever its markup: `<h4>` and
        # `<p>` of their headlines and leads)
        if rest > 0 and (after_article or (links >= _RELATED_BOX_LINKS * rest and not comments)):
            doomed.append(box)
    for node in doomed:
        if node.parent is not None:
            node.decompose()


_MAX_RELATED_HEADING = 60
_RELATED_DECORATION = " \t:»«›‹>[]()-–—|•·*#📰🔗👉▶►"


def _children(node: LexborNode) -> list[LexborNode]:
    out = []
    child = node.child
    while child is not None:
        out.append(child)
        child = child.next
    return out


def _is_chrome_attr(node: LexborNode, in_content: bool) -> bool:
    """Class/id names furniture; a "footer" inside the article is its byline, so it stays."""
    attrs = node.attributes
    for value in (attrs.get("class"), attrs.get("id")):
        # `other-news`, `tin-lien-quan`: a class's words run together name it too
        joined = [re.sub(r"[_\-]+", "", token) for token in (value or "").split()]
        for word in [*_ATTR_WORD_RE.split(value or ""), *joined]:
            word = word.lower()
            if (
                word in _CHROME_WORDS
                or word.startswith(_CHROME_PREFIXES)
                or word.endswith(_CHROME_SUFFIXES)
            ):
                return "footer" not in word or not in_content
    return False


def _is_wrapper(node: LexborNode, total: int) -> bool:
    """A class like ``menu-open`` on a page wrapper must not take the article with it."""
    if node.css_first("article,main") is not None:
        return True
    size = len(node.text(deep=True))
    return size > _WRAPPER_MIN_CHARS and size > total / 2


# --- page chrome ------------------------------------------------------------------------------

_MAX_CHROME_LEN = 200
_MAX_VALUE_LEN = 120
_MAX_SITE_NAME_LEN = 150
_MAX_DECORATION_LEN = 20
_BULLET_CHARS = " \t•·●○◦▪▫■□►▸▹‣⁃→»›*-–—|>"


_CHROME = package_yaml("unionstats.catalogue", "chrome.yaml")
"""The wordings of page furniture (catalogue/chrome.yaml)."""


def _words(*phrases: str) -> str:
    """Alternation of phrases, longest first, with any whitespace run between words."""
    return spaced_alternation(phrases)


_COUNT = r"\d[\d.,]*(?:[ ]\d{3}[\d.,]*)*(?:\s*(?:lượt|người|khách))?"
_COUNTER_LABEL = _words(*_CHROME["counter_labels"])
# Possessive spaces: a label or count never starts with one, so giving them back cannot help.
_COUNTER_ITEM = rf"(?:{_COUNTER_LABEL})(?:\s*+[:：\-–]?\s*+{_COUNT})?\s*+:?"
_COUNTER_RE = re.compile(rf"{_COUNTER_ITEM}(?:\s*+[|;•·/,]?\s*+{_COUNTER_ITEM})*")
_COUNT_ONLY_RE = re.compile(_COUNT)
# `Tổng: 2.204.117` under `Hôm nay: 512`: the counter box's total (only right after one).
_COUNTER_TOTAL_RE = re.compile(rf"(?:{_words(*_CHROME['counter_totals'])})\s*[:：]?\s*{_COUNT}")

_CONTACT_LABEL = _words(*_CHROME["contact_labels"])
_CONTACT_RE = re.compile(rf"(?:{_CONTACT_LABEL})\s*[:：]")
_DANGLING_CONTACT_RE = re.compile(rf"(?:{_CONTACT_LABEL})\s*[:：]\s*")
_VALUE_HINT_RE = re.compile(r"\d|@|www\.|https?:")

# Atomic groups: a number's digit groups are never re-split between numbers (exponential).
_PHONE = r"(?>(?:\(\s*(?:\+84|0)\d{1,4}\s*\)|(?:\+84[ .]?|0)\d{2,4})(?:[ .\-]?\d{2,4}){1,4})"
_LOCAL_PHONE = r"(?>\d{3,4}(?:[ .]?\d{2,4}){1,3})"
_PHONE_IN_LINE_RE = re.compile(rf"(?<![\d.,]){_PHONE}(?![\d.,])")
_JOB_AD_RE = re.compile(rf"(?:{_words(*_CHROME['job_ad_words'])})(?!\w)")
_JOB_AD_OPENING = 30  # characters of the line its call stands in (`>>> TUYỂN DỤNG GẤP ...`)
_PHONE_LINE_RE = re.compile(rf"{_PHONE}(?:\s*[-–/;,]\s*(?:{_PHONE}|{_LOCAL_PHONE}))*")
_EMAIL_LINE_RE = re.compile(
    r"(?:mailto:)?[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+(?:\s*[;,/|]\s*[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)*"
)

_MENU_WORDS = _words(*_CHROME["menu_words"])
_RELATED_HEADING_RE = re.compile(rf"(?:{_words(*_CHROME['related_headings'])})\s*:?")


def is_related_heading(line: str) -> bool:
    """`Tin liên quan:`, `Bài viết liên quan`: a heading of a list of other articles."""
    return _RELATED_HEADING_RE.fullmatch(line.strip().lstrip(_BULLET_CHARS).lower()) is not None


# (`Bình luận (7)`, `7 bình luận`, `Bình luận (2) | Viết bình luận`; not `45 ý kiến`, a count)
_COMMENT_HEADING_RE = re.compile(
    rf"(?:\d{{1,6}}\s+bình\s+luận|{_words(*_CHROME['comment_headings'])})"
    r"\s*(?:\(\s*\d{1,6}\s*\))?"
    r"(?:\s*[|·]\s*(?:viết|gửi)\s+bình\s+luận)?\s*:?"
)
# A numbered heading of the report (`III. Kết quả năm 2021`, `2) Công tác chăm lo`): readers
# write under the article, never such a heading, so a comments' heading before it was the
# report's own (`Ý kiến phản hồi` of the delegates)
_ITEM_VERB = re.compile(rf"(?:{_words(*_CHROME['item_verbs'])})(?!\w)")
_CONTENTS_HEADING_RE = re.compile(rf"(?:{_words(*_CHROME['contents_headings'])})\s*:?")
_TAG_LINE_RE = re.compile(rf"(?:{_words(*_CHROME['tag_labels'])})\s*[:：]")
# A list's page count (`Trang 1/125 | Tổng số: 2.480 tin`): the site's, no figure of the report.
_PAGE_COUNT_RE = re.compile(r"trang\s+\d{1,4}\s*/\s*\d{1,5}(?!\d)")
_ARTICLE_WORDS = 5  # a sentence of the article, not a menu's item or a heading
_NUMBERED_HEADING_RE = re.compile(r"(?:[ivxlc]{1,6}|\d{1,2})[.)][ \t]+\S")
# A headline in a list of other articles: short, no full stop inside or at its end (a dot
# between digits is a number's: `2.000 suất quà`; one after a place's short mark is no
# sentence's end: `LĐLĐ TP. Thuận An trao 500 túi an sinh`), maybe its date (`... tại huyện
# Núi Thành (20/12/2022)`, `... - 20/12/2022`).
_LISTED_HEADLINE_RE = re.compile(
    r"(?:[^.!?\n]|(?<=\d)\.(?=\d)|(?<=\btp)\.|(?<=\btx)\.|(?<=\bq)\.|(?<=\bp)\.){8,200}?"
    r"(?:\s*[(\-–]\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*\)?)?"
)
# A link to another article on one line: a link's words and a colon, then the other
# article's headline (`Xem thêm: LĐLĐ Hà Tĩnh trao 2.500 suất quà Tết`, `>> Đọc thêm: Hơn 700
# công nhân được tặng vé xe`), never the report's own sentence (a bare `>>` or `»` may be a
# report's own bullet).
_RELATED_LINK_RE = re.compile(
    rf"[\s•·▪►*\-–>»]*(?:{_words(*_CHROME['related_links'])})\s*(?::|>>|»)"
    # (a dot after a place's short mark is no sentence's end: `LĐLĐ TP. Hà Tĩnh`, `TP.HCM`)
    r"\s*(?:[^.!?\n]|(?<=\d)\.(?=\d)|(?<=\btp)\.|(?<=\btx)\.|(?<=\bq)\.|(?<=\bp)\.){8,200}?"
    r"(?:\s*[(\-–]\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?:\s+\d{1,2}:\d{2})?\s*\)?)?[.…]?\s*"
)
_MENU_SEP = r"[\s|/»›>•·,;:\-–—.…\[\]]"
# Possessive separators: no menu word starts with one, so giving them back cannot help.
# (a row of buttons in brackets: `[Thích] [Chia sẻ] [Bản in]`)
_MENU_RE = re.compile(rf"\[?(?:(?:{_MENU_WORDS})(?:{_MENU_SEP}++|$))+")
_BREADCRUMB_RE = re.compile(r"(?:trang\s+chủ|home)\s*(?:[»>›/|→]|&gt;)")
_IMAGE_NAME_RE = re.compile(
    r"[a-z0-9_\-]*(?:banner|logo|slide|quangcao)[a-z0-9_\-]*"
    r"(?:\.(?:jpe?g|png|gif|webp|svg|bmp))?"
    r"|\S+\.(?:jpe?g|png|gif|webp|svg|bmp|ico)"
)
_CREDIT = (
    r"(?:thiết\s+kế|phát\s+triển)"
    r"(?:\s+(?:và|&)\s+(?:phát\s+triển|xây\s+dựng|vận\s+hành|thiết\s+kế))?\s+bởi\b"
)
# "Được thiết kế bởi ..." alone may be prose about a building; a site credit names the site.
_DESIGNED_BY_RE = re.compile(
    rf"(?:website|web|trang\s+web|trang\s+thông\s+tin|cổng\s+thông\s+tin)\b.{{0,80}}?\s"
    rf"(?:được\s+)?{_CREDIT}"
    rf"|{_CREDIT}"
    r"|thiết\s+kế\s+(?:website|web)\s*[:：]"
    r"|(?:website\s+)?(?:designed|developed|powered)\s+(?:and\s+\w+\s+)?by\b"
)
# "Bản quyền tác giả ..." is prose about innovations; the footer says whose the copyright is.
_LEADING_CHROME_RE = re.compile(
    r"bản\s+quyền\s*(?:thuộc|của\s+(?:website|trang|cổng)|[:©]|\d{4}|\(c\))|\(c\)\s"
)
_FOOTER_PHRASES = ("©", "copyright", "all rights reserved")
# From the first "ghi rõ nguồn" only (atomic): retrying from each later one is quadratic.
_SOURCE_NOTICE_RE = re.compile(
    r"^(?>.*?ghi\s+rõ\s+nguồn).*(?:phát\s+hành\s+lại|đăng\s+lại|sử\s+dụng\s+lại|trích\s+dẫn|website"
    r"|trang\s+thông\s+tin|cổng\s+thông\s+tin)"
)
_LICENCE_RE = re.compile(r"\d\s*/\s*gp\b")
_SITE_NAME_RE = re.compile(
    r"(?:trang\s+thông\s+tin\s+điện\s+tử|cổng\s+thông\s+tin\s+điện\s+tử|trang\s+tin\s+điện\s+tử"
    r"|website)\b"
)


def drop_chrome(text: str) -> tuple[str, tuple[str, ...]]:
    """Remove whole lines that are page furniture; return kept text and the dropped lines.

    Expects normalised text (see :func:`normalize_vietnamese`). Only short lines can be chrome,
    and each rule needs the whole line to be a counter, contact, licence, copyright, credit,
    menu or decoration line, so prose that mentions "hôm nay" or an e-mail address is kept.
    A label with its value on the next line (``Địa chỉ:`` / address, ``Hôm nay`` / count) loses
    both lines. Dropped lines are returned stripped, in order.
    """
    lines = text.split("\n")
    is_chrome = [False] * len(lines)
    pending: str | None = None
    related = False  # under a `Tin liên quan` heading: other articles' headlines
    comments = False  # under `Bình luận (12)`: readers' words, to the next list of articles
    article = False  # a sentence of the article seen: a comments' heading may follow
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        key = stripped.lstrip(_BULLET_CHARS).lower()
        if related and _LISTED_HEADLINE_RE.fullmatch(key):
            is_chrome[index] = True
            # (the comments' heading ends the list of other articles: `Bình luận (7)` under
            # `Tin cùng chủ đề` and its headlines opens readers' words; not a report's own
            # `Ý kiến phản hồi` after its list of links)
            if (
                article
                and len(key) <= _MAX_CHROME_LEN
                and ("bình luận" in key or "bạn đọc" in key)
                and _COMMENT_HEADING_RE.fullmatch(key)
            ):
                comments, related = True, False
            continue
        if _RELATED_LINK_RE.fullmatch(stripped.lower()):
            is_chrome[index] = True  # (`Xem thêm: LĐLĐ tỉnh X trao 2.500 suất quà`: a link)
            related = False
            continue
        related = _RELATED_HEADING_RE.fullmatch(key) is not None
        if (
            article  # (readers write under the article, never over it: not a menu's item)
            and len(key) <= _MAX_CHROME_LEN
            and _COMMENT_HEADING_RE.fullmatch(key)
        ):
            comments = True
        elif related or (comments and _NUMBERED_HEADING_RE.match(key)):
            comments = False
        if comments:
            is_chrome[index] = True
            continue
        verdict = "menu" if related else _classify(stripped, pending)
        if verdict is None and pending == "counter" and _COUNTER_TOTAL_RE.fullmatch(key):
            verdict = "counter"
        is_chrome[index] = verdict is not None
        article = article or (
            verdict is None and key[-1] in ".!?…" and len(key.split()) >= _ARTICLE_WORDS
        )
        counted = verdict in ("counter", "counter_value")
        pending = verdict if verdict in ("counter_label", "contact_label") or counted else None
    _mark_trailing_site_name(lines, is_chrome)
    kept = [line for line, chrome in zip(lines, is_chrome, strict=True) if not chrome]
    dropped = tuple(line.strip() for line, chrome in zip(lines, is_chrome, strict=True) if chrome)
    return "\n".join(kept), dropped


def _classify(stripped: str, pending: str | None) -> str | None:
    """Kind of chrome the line is, or None; ``*_label`` kinds expect their value next line."""
    if len(stripped) > _MAX_CHROME_LEN:
        return None
    key = stripped.lstrip(_BULLET_CHARS).lower()
    if not key or (len(key) <= _MAX_DECORATION_LEN and not any(c.isalnum() for c in key)):
        return "decoration"
    if pending == "counter_label" and _COUNT_ONLY_RE.fullmatch(key):
        return "counter_value"
    if pending == "contact_label" and len(key) <= _MAX_VALUE_LEN and _VALUE_HINT_RE.search(key):
        return "contact_value"
    if _COUNTER_RE.fullmatch(key):
        return "counter_label" if _COUNT_ONLY_RE.search(key) is None else "counter"
    if _CONTACT_RE.match(key):
        return "contact_label" if _DANGLING_CONTACT_RE.fullmatch(key) else "contact"
    if _PHONE_LINE_RE.fullmatch(key) or _EMAIL_LINE_RE.fullmatch(key):
        return "contact"
    if _MENU_RE.fullmatch(key) or _BREADCRUMB_RE.match(key) or _IMAGE_NAME_RE.fullmatch(key):
        return "menu"
    if _TAG_LINE_RE.match(key) or _PAGE_COUNT_RE.match(key):
        return "menu"
    if _LEADING_CHROME_RE.match(key) or _DESIGNED_BY_RE.match(key):
        return "footer"
    if any(phrase in key for phrase in _FOOTER_PHRASES):
        return "footer"
    if "giấy phép" in key and _LICENCE_RE.search(key):
        return "footer"
    if "ghi rõ nguồn" in key and _SOURCE_NOTICE_RE.search(key):
        return "footer"
    if _JOB_AD_RE.search(key, 0, _JOB_AD_OPENING) and _PHONE_IN_LINE_RE.search(key):
        return "menu"  # (a job advertisement between the paragraphs, led by its call)
    return None


def _mark_trailing_site_name(lines: list[str], is_chrome: list[bool]) -> None:
    """Drop site-name lines ("Trang thông tin điện tử ...") inside the closing footer block.

    A line that states a figure ("Website đăng tải 1.738 tin, bài") is the report's last
    sentence about its site, not the site's name: names carry no digits."""
    for index in range(len(lines) - 1, -1, -1):
        stripped = lines[index].strip()
        if not stripped or is_chrome[index]:
            continue
        key = stripped.lstrip(_BULLET_CHARS).lower()
        if (
            len(stripped) <= _MAX_SITE_NAME_LEN
            and _SITE_NAME_RE.match(key)
            and not any(c.isdigit() for c in key)
        ):
            is_chrome[index] = True
            continue
        return
