"""Tests for unionstats.clean: Unicode normalisation, HTML to text and page-chrome removal."""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionstats.clean import (
    CleanText,
    _thin_attributes,
    clean,
    drop_chrome,
    html_to_text,
    lowercase,
    normalize_vietnamese,
)
from unionstats.extract import extract

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_DIR = Path(__file__).resolve().parents[1] / "data" / "raw"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def expected(name: str) -> str:
    return fixture(name).removesuffix("\n")


# --- normalize_vietnamese ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("new_style", "old_style"),
    [
        ("hoá", "hóa"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("HOÁ", "HÓA"),
        ("hoà", "hòa"),
        ("hoạ", "họa"),
        ("hoả", "hỏa"),
        ("xoã", "xõa"),
        ("khoẻ", "khỏe"),
        ("loè", "lòe"),
        ("thuỷ", "thủy"),
        ("Uỷ ban", "Ủy ban"),
        ("UỶ BAN", "ỦY BAN"),
        ("tuỳ", "tùy"),
        ("luỹ", "lũy"),
        ("huỵch", "huỵch"),
        ("(hoá)", "(hóa)"),
        ("hoá-lý", "hóa-lý"),
    ],
)
def test_tone_moves_to_the_first_vowel_of_open_oa_oe_uy(new_style: str, old_style: str):
    assert normalize_vietnamese(new_style) == old_style
    assert normalize_vietnamese(old_style) == old_style


@pytest.mark.parametrize(
    "word",
    ["quả", "quý", "Quý", "quỳ", "QUỸ", "hoàn", "khoảng", "huỳnh", "thuyết", "toán", "khuỷu",
     "ngoài", "của", "thuế", "hoặc", "ngoẹo", "Quỳnh", "khuya"],
)  # fmt: skip
def test_tone_placement_exceptions_are_left_alone(word: str):
    assert normalize_vietnamese(word) == word


@pytest.mark.parametrize(
    ("slipped", "word"),
    [
        ("đòan viên", "đoàn viên"),
        ("Công đòan", "Công đoàn"),
        ("TÒAN TỈNH", "TOÀN TỈNH"),
        ("hòan thành", "hoàn thành"),
        ("họat động", "hoạt động"),
        ("Hùynh", "Huỳnh"),
    ],
)
def test_a_tone_on_the_first_vowel_of_a_closed_oa_oe_uy_moves_to_the_second(
    slipped: str, word: str
):
    """Before a final consonant both conventions put the tone on the 2nd vowel (`đoàn`):
    `đòan`, common on old pages, was no word the catalogue knew, and its figure was lost."""
    assert normalize_vietnamese(slipped) == word
    assert len(normalize_vietnamese(slipped)) == len(slipped)  # offsets stay


def test_nfd_input_is_composed_and_tone_placement_applies():
    decomposed = unicodedata.normalize("NFD", "Công đoàn Thanh Hoá, Uỷ ban")
    result = normalize_vietnamese(decomposed)
    assert result == "Công đoàn Thanh Hóa, Ủy ban"
    assert unicodedata.is_normalized("NFC", result)


def test_cp1258_style_combining_tone_composes():
    assert normalize_vietnamese("Thu\u0309y lơ\u0300i") == "Thủy lời"


def test_odd_whitespace_is_normalised():
    text = "a\u00a0b\u2009c\u200bd\ufeffe\u00adf\r\ng\rh\u2028i\u3000j\tk"
    assert normalize_vietnamese(text) == "a b cdef\ng\nh\ni j\tk"


# A left-to-right mark (copied from a web page or Word), an invisible separator or a
# variation selector inside `1.234` or `đoàn` hid the figure or the word from the extractor.
@pytest.mark.parametrize(
    "mark",
    ["\u200e", "\u200f", "\u061c", "\u2061", "\u2063", "\u180e", "\u034f", "\ufe0f", "\U000e0041"],
)
def test_invisible_marks_inside_numbers_and_words_are_dropped(mark: str):
    assert normalize_vietnamese(f"1.{mark}234 đo{mark}àn viên") == "1.234 đoàn viên"


# A page editor's zero width space between a figure and its word stands for a space: the
# figure glued to its noun (`trợ350suất`) was read as no figure; inside a figure or a word
# it is still dropped.
@pytest.mark.parametrize("mark", ["\u200b", "\u2060", "\ufeff"])
def test_zero_width_space_between_figure_and_word_is_a_space(mark: str):
    text = f"hỗ trợ{mark}350{mark}suất quà, 1{mark}250 đo{mark}àn viên"
    assert normalize_vietnamese(text) == "hỗ trợ 350 suất quà, 1250 đoàn viên"


def test_zero_width_joiner_between_letter_and_mark_does_not_block_composition():
    assert normalize_vietnamese("o\u200d\u0301") == "ó"


# --- html_to_text -----------------------------------------------------------------------------


def test_html_page_fixture_becomes_expected_text_and_chrome():
    result = clean(fixture("page_chrome_counters.html"), is_html=True)
    assert result.text == expected("page_chrome_counters.expected.txt")
    assert result.chrome == (
        "Thống kê truy cập",
        "• Đang truy cập: 5",
        "Bản quyền © 2023 Liên đoàn Lao động tỉnh Hà Tĩnh",
    )


def test_scripts_styles_and_noscript_are_dropped():
    html = (
        "<p>Đoàn viên: 120</p><script>var hit = 'Hôm nay 999';</script>"
        "<style>p{color:red}</style><noscript>Bật JavaScript</noscript><p>CĐCS: 8</p>"
    )
    assert html_to_text(html) == "Đoàn viên: 120\nCĐCS: 8"


@pytest.mark.parametrize(
    "noscript",
    ["<noscript>Bật JavaScript</noscript>", "<NOSCRIPT><p>Trình duyệt</p></NOSCRIPT >"],
)
def test_noscript_inside_head_is_dropped_with_the_head_kept(noscript: str):
    """Without scripts the parser ends the head at a <noscript> with text: its text and the
    <title> after it were read as the report's first lines."""
    html = (
        f"<html><head><meta charset=utf-8>{noscript}<title>Báo cáo tổng kết năm 2021</title>"
        "</head><body><p>Đoàn viên: 120</p></body></html>"
    )
    assert html_to_text(html) == "Đoàn viên: 120"
    assert clean(html, True).page_title == "Báo cáo tổng kết năm 2021"


# Word's HTML and many sites put a footnote mark in <sup> right after a figure: the page's
# text glued it on, `1.234<sup>1</sup>` read as 1.2341 (a decimal) instead of 1 234.
@pytest.mark.parametrize(
    "mark",
    [
        "<sup>1</sup>",
        "<SUP class=x>(2)</SUP>",
        "<sup><a href='#f1'>[12]</a></sup>",
        "<sub>*</sub>",
        "<a href='#_ftn1'><span class=MsoFootnoteReference><sup>1</sup></span></a>",
    ],
)
def test_a_footnote_mark_glued_to_a_figure_is_not_read_as_its_digits(mark: str):
    assert html_to_text(f"<p>kết nạp 1.234{mark} đoàn viên</p>") == "kết nạp 1.234 đoàn viên"


# A page escaped twice (`1&amp;nbsp;234`, `&amp;#273;oàn` on some CMS) or HTML source pasted
# into a .txt showed `1&nbsp;234 đoàn viên`: the figure was lost, and words were broken.
@pytest.mark.parametrize(
    ("text", "is_html"),
    [
        ("<p>kết nạp 1&amp;nbsp;234 &amp;#273;o&amp;agrave;n vi&amp;ecirc;n</p>", True),
        ("kết nạp 1&nbsp;234 &#273;o&#xe0;n viên", False),
    ],
)
def test_character_references_left_in_the_text_are_decoded(text: str, is_html: bool):
    assert clean(text, is_html).text == "kết nạp 1 234 đoàn viên"


def test_a_title_escaped_twice_is_decoded():
    html = "<title>B&amp;#225;o c&amp;#225;o t&amp;#7893;ng k&amp;#7871;t n&amp;#259;m 2021</title>"
    assert clean(html + "<p>Đoàn viên: 120</p>", True).page_title == "Báo cáo tổng kết năm 2021"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the site's name first: the part the page shows as a line of its own
        ("LĐLĐ tỉnh Bắc Giang - Công đoàn Công ty Minh Phát: Điểm tựa của người lao động",
         "Công đoàn Công ty Minh Phát: Điểm tựa của người lao động"),
        # the usual order, the site's name after, shown too (a banner)
        ("Tết sum vầy năm 2024 - Cổng thông tin điện tử LĐLĐ tỉnh Quảng Bình",
         "Tết sum vầy năm 2024"),
        # ... or the headline not shown at all: the first part
        ("Hội nghị tổng kết năm 2021 | Cổng thông tin LĐLĐ tỉnh", "Hội nghị tổng kết năm 2021"),
    ],
)  # fmt: skip
def test_the_headline_of_a_title_is_the_part_the_page_shows(title: str, expected: str):
    shown = expected if "tổng kết" not in expected else "Tin hoạt động"
    html = (
        f"<html><head><title>{title}</title></head><body><p>Cổng thông tin điện tử LĐLĐ tỉnh "
        f"Quảng Bình</p><h1>{shown}</h1><p>Đoàn viên: 120</p></body></html>"
    )
    assert clean(html, True).page_title == expected


def test_a_scrolling_ticker_is_page_furniture():
    """A `<marquee>` of notices (`Lịch tổ chức Đại hội ... năm 2023`) stood before the article
    as its first line, and dated the report by its year."""
    html = (
        "<marquee direction=up><p>Lịch tổ chức Đại hội Công đoàn cấp trên năm 2023</p></marquee>"
        "<p>Đoàn viên: 120</p>"
    )
    assert html_to_text(html) == "Đoàn viên: 120"


@pytest.mark.parametrize("tag", ["del", "s", "strike", "DEL"])
def test_text_struck_through_is_withdrawn(tag: str):
    """`kết nạp <del>100</del> 120 đoàn viên`: the old figure beside the new one was read with
    it as one space-grouped figure, 100 120."""
    html = f"<p>kết nạp <{tag}>100</{tag}> 120 đoàn viên</p>"
    assert html_to_text(html) == "kết nạp 120 đoàn viên"


def test_an_exponent_after_a_letter_is_kept():
    assert html_to_text("<p>diện tích 25 m<sup>2</sup></p>") == "diện tích 25 m2"


def test_an_unclosed_noscript_in_the_head_loses_no_body_text():
    html = "<head>" + "<noscript>" * 1000 + "</head><body><p>Đoàn viên: 120</p>"
    assert "Đoàn viên: 120" in html_to_text(html)


# ASP.NET pages (many government sites) wrap the whole body in one <form>: dropped with the
# search and login forms, it took the report with it, and the page was `not_a_report`.
def test_a_form_that_holds_the_page_keeps_its_text():
    html = (
        "<body><form id='aspnetForm' method='post'><input type=hidden name=__VIEWSTATE value=x>"
        "<h1>Báo cáo năm 2021</h1><p>Đoàn viên: 120</p><button>Gửi</button></form></body>"
    )
    assert html_to_text(html) == "Báo cáo năm 2021\nĐoàn viên: 120"


def test_a_noscript_that_holds_the_page_keeps_its_text():
    html = "<body><noscript><p>Đoàn viên: 120</p></noscript><div id=app></div></body>"
    assert html_to_text(html) == "Đoàn viên: 120"


# A page saved with a dialog open hides the page itself (`aria-hidden="true"` on the wrapper,
# `display:none` until scripts load): the whole report went with it.
@pytest.mark.parametrize(
    "wrapper", ['<div id=page aria-hidden="true">', "<main hidden>", '<div style="display:none">']
)
def test_a_hidden_wrapper_that_holds_the_page_keeps_its_text(wrapper: str):
    body = "<p>Công đoàn tỉnh Long An kết nạp 1.234 đoàn viên trong năm 2021.</p>" * 40
    tag = wrapper[1:].split()[0].rstrip(">")
    text = html_to_text(f"<body>{wrapper}{body}</{tag}><div class=modal>Đăng ký</div></body>")
    assert text.count("1.234 đoàn viên") == 40


# An old frameset page keeps its own text in <noframes>, which the parser holds as raw text:
# the report began with the words `<body><p>`.
def test_the_noframes_text_of_a_frameset_page_is_read_as_html():
    html = (
        "<html><frameset cols='20%,80%'><frame src=menu.htm><noframes><body>"
        "<p>Đoàn viên: 120</p></body></noframes></frameset></html>"
    )
    assert html_to_text(html) == "Đoàn viên: 120"


def test_a_small_form_beside_the_report_is_still_dropped():
    html = "<p>Công đoàn kết nạp 120 đoàn viên trong năm.</p><form><label>Tìm kiếm</label></form>"
    assert html_to_text(html) == "Công đoàn kết nạp 120 đoàn viên trong năm."


def test_block_elements_break_lines_and_inline_elements_do_not():
    html = (
        "<div>Tổng số <b>3.611</b> đoàn viên,\n   tăng <i>5</i>%</div>"
        "<h2>Phần II</h2><ul><li>Một</li><li>Hai</li></ul>Dòng.<br>Mới<br>tiếp<br><br>nữa"
    )
    # a <br> inside a sentence (the next line goes on in lower case) is a space
    assert html_to_text(html) == (
        "Tổng số 3.611 đoàn viên, tăng 5%\nPhần II\nMột\nHai\nDòng.\nMới tiếp\nnữa"
    )


def test_table_rows_are_lines_with_cells_joined():
    html = (
        "<table><thead><tr><th>Chỉ tiêu</th><th>Kết quả</th></tr></thead>"
        "<tbody><tr><td> Đoàn viên </td><td>3.611</td></tr>"
        "<tr><td>Tỷ lệ</td><td></td><td>98,8%</td></tr></tbody></table>"
    )
    assert html_to_text(html) == "Chỉ tiêu | Kết quả\nĐoàn viên | 3.611\nTỷ lệ | | 98,8%"


def test_a_tables_empty_first_and_last_cells_keep_their_place():
    """An empty corner cell or a blank last figure kept where it stands: the row's figures
    stay under their own headers. A layout table's spacer cells around one text vanish."""
    html = (
        "<table><tr><td></td><td>Năm 2023</td><td>Năm 2024</td></tr>"
        "<tr><td>Kết nạp</td><td>1.350</td><td> </td></tr>"
        "<tr><td></td><td>Tin bài</td><td></td></tr></table>"
    )
    assert html_to_text(html) == "| Năm 2023 | Năm 2024\nKết nạp | 1.350 |\nTin bài"


def test_a_row_empty_at_both_ends_is_written_with_borders():
    """`<td></td><td>Cộng</td><td>19.984</td><td>137</td><td></td>` under `TT | Đơn vị | ...`:
    bars at both ends read as a Markdown row's borders, so such a row is written with them,
    and its empty cells at the ends stay cells (the total's figures under their headers)."""
    html = (
        "<table><tr><td>TT</td><td>Đơn vị</td><td>Kết nạp</td><td>CĐCS</td><td>Điểm</td></tr>"
        "<tr><td></td><td>Cộng</td><td>19.984</td><td>137</td><td></td></tr></table>"
    )
    text = html_to_text(html)
    assert text.splitlines()[1] == "| | Cộng | 19.984 | 137 | |"
    observations, _ = extract(
        "t",
        "Năm 2021\nTT | Đơn vị | Kết nạp đoàn viên | Thành lập CĐCS | Điểm\n"
        + "1 | LĐLĐ huyện A | 5.870 | 37 | 97,5\n"
        + text.splitlines()[1],
        "2021",
    )
    assert ("new_grassroots_unions", 137) in [(o.indicator, o.value) for o in observations]


@pytest.mark.parametrize(
    ("table", "text"),
    [
        (  # a two-row header: the lower row was two cells short, its labels one column left
            "<tr><th rowspan=2>Chỉ tiêu</th><th colspan=2>Khu vực</th><th rowspan=2>Tổng</th>"
            "</tr><tr><th>HCSN</th><th>SXKD</th></tr><tr><td>Kết nạp</td><td>230</td>"
            "<td>1.410</td><td>1.640</td></tr>",
            "Chỉ tiêu | Khu vực | | Tổng\nChỉ tiêu | HCSN | SXKD | Tổng\n"
            "Kết nạp | 230 | 1.410 | 1.640",
        ),
        (  # a label over two rows: the second row's figures had no label
            "<tr><td rowspan=2>Kết nạp</td><td>1.200</td></tr><tr><td>1.100</td></tr>",
            "Kết nạp | 1.200\nKết nạp | 1.100",
        ),
        (  # a figure over two rows or columns stands once; the cells it covers are empty
            "<tr><td>Kết nạp</td><td rowspan=2>1.200</td><td>5</td></tr>"
            "<tr><td>Thành lập</td><td>13</td></tr><tr><td>Thăm hỏi</td><td colspan=2>40</td>"
            "<td>9</td></tr>",
            "Kết nạp | 1.200 | 5\nThành lập | | 13\nThăm hỏi | 40 | | 9",
        ),
        (  # spans are capped: colspan=999999 is a thousand columns at most
            "<tr><td colspan=999999>x</td><td>y</td></tr>",
            "x" + " |" * 1000 + " y",
        ),
        (  # a label over the `TT` and `Nội dung` columns, figures after it: it stands in both,
            # so the column that names the rows holds it (empty there, the row lost its figures)
            "<tr><th>TT</th><th>Nội dung</th><th>Năm 2023</th><th>Năm 2024</th></tr>"
            "<tr><td colspan=2>Kết nạp đoàn viên</td><td>1.100</td><td>1.250</td></tr>"
            "<tr><th colspan='+2'>Tổng số CĐCS</th><td>80</td><td>87</td></tr>",
            "TT | Nội dung | Năm 2023 | Năm 2024\n"
            "Kết nạp đoàn viên | Kết nạp đoàn viên | 1.100 | 1.250\n"
            "Tổng số CĐCS | Tổng số CĐCS | 80 | 87",
        ),
        (  # ... over rows and columns too; a heading across the row and a header stay alone
            "<tr><th>Chỉ tiêu</th><th colspan=2>Khu vực</th><th>Ghi chú</th></tr>"
            "<tr><td colspan=4>I. Phát triển đoàn viên</td></tr>"
            "<tr><td colspan=2 rowspan=2>Kết nạp</td><td>40</td><td>5</td></tr>"
            "<tr><td>30</td><td>7</td></tr>"
            "<tr><td colspan=40>Ghi chú</td><td>9</td></tr>",
            "Chỉ tiêu | Khu vực | | Ghi chú\nI. Phát triển đoàn viên\n"
            "Kết nạp | Kết nạp | 40 | 5\nKết nạp | Kết nạp | 30 | 7\nGhi chú" + " |" * 40 + " 9",
        ),
    ],
    ids=[
        "two_row_header",
        "label_over_two_rows",
        "figure_over_rows_and_columns",
        "huge_colspan",
        "label_over_two_columns",
        "label_over_rows_and_columns",
    ],
)
def test_a_cell_spanning_rows_or_columns_keeps_the_cells_after_it_in_place(table: str, text: str):
    assert html_to_text(f"<table>{table}</table>") == text


def test_malformed_and_unclosed_tags_do_not_lose_text():
    html = "<div><p>Năm 2021 <b>đạt <i>100%</p><td>ô lạc</span></div><p>cuối <a href='x"
    assert html_to_text(html) == "Năm 2021 đạt 100%\nô lạc\ncuối"


@pytest.mark.parametrize("cls", ["other-news", "tin-lien-quan", "news_other", "box tin-khac"])
def test_a_related_news_box_is_chrome_whatever_joins_its_class_words(cls: str):
    html = (
        f'<body><article><p>Kết nạp 100 đoàn viên.</p></article><div class="{cls}">'
        "<a>LĐLĐ TP Sóc Trăng trao 150 suất quà</a></div></body>"
    )
    assert html_to_text(html) == "Kết nạp 100 đoàn viên."


def test_a_tag_with_thousands_of_attributes_keeps_those_chrome_removal_reads():
    """The parser slows quadratically with distinct attribute names (100,000: 52 s)."""
    many = " ".join(f'a{i}="x"' for i in range(5000))
    html = (
        f'<body><p class="content" {many}>Kết nạp 120 đoàn viên.</p>'
        f'<div {many} class="menu">Trang chủ Giới thiệu</div></body>'
    )
    assert html_to_text(html) == "Kết nạp 120 đoàn viên."
    assert _thin_attributes(html) == (
        '<body><p class="content">Kết nạp 120 đoàn viên.</p>'
        '<div class="menu">Trang chủ Giới thiệu</div></body>'
    )


def test_chrome_classes_are_removed_but_a_wrapper_with_such_a_class_is_kept():
    html = (
        '<body class="menu-open"><div id="topMenu">Trang chủ Tin tức</div>'
        '<div class="page has-breadcrumb-bar"><article><p>Có 42 CĐCS.</p></article></div>'
        '<ul class="social-share">Facebook</ul><div class="visitor-counter">Đã truy cập 5</div>'
        '<div class="shared-content">Ghi chú</div><div class="site-footer">Địa chỉ</div></body>'
    )
    assert html_to_text(html) == "Có 42 CĐCS.\nGhi chú"


def test_header_and_footer_inside_the_article_are_kept():
    html = (
        "<header>Cổng thông tin</header><main><article><header><h1>Tổng kết 2022</h1>"
        "</header><p>Nội dung.</p><footer>Nguồn: LĐLĐ tỉnh</footer></article></main>"
        "<aside>Tin khác: Hội nghị 2019</aside><footer>Bản quyền</footer>"
    )
    assert html_to_text(html) == "Tổng kết 2022\nNội dung.\nNguồn: LĐLĐ tỉnh"


def test_an_aside_beside_the_article_in_main_is_the_sidebar():
    html = (
        "<main><article><h1>Tập huấn 2024</h1><p>Tổ chức 18 lớp.</p>"
        "<aside>Hộp thông tin: 18 lớp</aside></article>"
        "<aside><h3>Tin liên quan</h3><ul><li>Trao 9 nhà Mái ấm</li></ul></aside></main>"
    )
    assert html_to_text(html) == "Tập huấn 2024\nTổ chức 18 lớp.\nHộp thông tin: 18 lớp"


def test_hidden_forms_and_nav_are_removed():
    html = (
        '<nav>Giới thiệu</nav><form>Tìm kiếm <input></form><p style="display: none">ẩn</p>'
        '<p aria-hidden="true">ẩn 2</p><iframe src="x">khung</iframe><p>Hiện</p>'
    )
    assert html_to_text(html) == "Hiện"


def test_pre_keeps_its_line_breaks():
    assert html_to_text("<pre>Dòng 1\nDòng 2</pre><p>Sau</p>") == "Dòng 1\nDòng 2\nSau"


def test_empty_and_textless_html():
    assert html_to_text("") == ""
    assert html_to_text("<html><head><title>x</title></head><body></body></html>") == ""


# --- drop_chrome ------------------------------------------------------------------------------


def test_seed_style_page_chrome_fixture():
    result = clean(fixture("seed_style_chrome.txt"), is_html=False)
    assert result.text == expected("seed_style_chrome.expected.txt")
    assert result.chrome == (
        "banner2020",
        "Trang chủ | Giới thiệu | Tin tức | Liên hệ",
        "• Thống kê truy cập",
        "• Đang online: 8",
        "Hôm nay: 120",
        "Đã truy cập: 1.204.331",
        "Lượt truy cập",
        "2305463",
        "• ĐỊA CHỈ:",
        "Số 16 Trường Thi, TP Vinh",
        "•",
        "Chia sẻ",
        "In bài viết",
        "Quay lại",
        "Trang thông tin điện tử Liên đoàn Lao động tỉnh Nghệ An",
        "Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Nghệ An cấp ngày 10/5/2020",
        "Địa chỉ: Số 16 Trường Thi - TP Vinh - Nghệ An",
        "Điện thoại: 0238.3844.123 ; Fax: 0238.3844.124",
        "E-mail: ldld@nghean.gov.vn",
        "0238.3567890 - 0238.3567891",
        "Copyright © 2024. Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
        "Website được thiết kế bởi Công ty Cổ phần Phần mềm ABC",
        "Hôm nay : 1367",
        "Tháng này : 60277",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Đang online: 21",
        "  • Đang online: 21",
        "Hôm nay : 1367",
        "HÔM QUA: 12",
        "Tháng này : 60277",
        "Tuần này",
        "Năm nay: 1.234.567",
        "Đã truy cập: 2305463",
        "Tổng lượt truy cập: 2.305.463",
        "Lượt truy cập",
        "Thống kê truy cập",
        "Đang truy cập: 5 | Hôm nay: 51",
        "Trực tuyến",
        "Email: congdoan@thanhhoa.gov.vn",
        "E-mail:",
        "• EMAIL:",
        "ĐT: 0237.3852369",
        "Tel: (0237) 3852369",
        "Hotline: 1900 1234",
        "Fax: 02373.852.369",
        "Địa chỉ: Số 37 - Đại lộ Lê Lợi - Tp. Thanh Hóa",
        "0275.6281888 - 0275.3822403",
        "0275.3822 365- 3822 251",
        "+84 237 3852369",
        "sct@bentre.gov.vn",
        "Giấy phép số 06/GP-TTĐT do Sở thông tin Truyền thông tỉnh Thanh Hóa ngày 01/9/2021",
        "Bản quyền thuộc về Liên đoàn Lao động tỉnh",
        "© 2021 Công đoàn Việt Nam",
        "Copyright 2020 LĐLĐ tỉnh. All rights reserved.",
        "Website được thiết kế bởi Trung tâm Công nghệ thông tin và truyền thông Thanh Hóa",
        "Thiết kế bởi VNPT",
        "Thiết kế và phát triển bởi Công ty ABC",
        "Ghi rõ nguồn khi phát hành lại thông tin từ website này",
        "Bản quyền © 2022 Công đoàn ngành Y tế",
        "Bản quyền: LĐLĐ tỉnh Nghệ An",
        "Chịu trách nhiệm chính: Nguyễn Văn A",
        "Cơ quan chủ quản: Liên đoàn Lao động tỉnh Thanh Hóa",
        "Trang chủ",
        "Giới thiệu",
        "Liên hệ",
        "Sơ đồ site",
        "Đăng nhập",
        "Tìm kiếm",
        "Chia sẻ",
        "In bài viết",
        "Quay lại",
        "Trang chủ | Giới thiệu | Liên hệ",
        "Trang chủ » Tin tức » Hoạt động công đoàn",
        "banner2019",
        "logo_ldld.png",
        "•",
        "  • ",
        "-----",
    ],
)
def test_chrome_lines_are_dropped_whole(line: str):
    text = f"Mở đầu bài viết.\n{line}\nKết thúc bài viết."
    assert drop_chrome(text) == ("Mở đầu bài viết.\nKết thúc bài viết.", (line.strip(),))


@pytest.mark.parametrize(
    "line",
    [
        "Hôm nay, LĐLĐ tỉnh tổ chức hội nghị tổng kết với 200 đại biểu.",
        "Hôm nay trời mưa nhưng 300 công nhân vẫn tham gia.",
        "Tuần này có 12 cuộc đối thoại tại nơi làm việc.",
        "Năm nay, Công đoàn tỉnh phấn đấu phát triển 6.000 đoàn viên.",
        "Hội nghị trực tuyến với 37 điểm cầu.",
        "Mọi ý kiến xin gửi về congdoan@thanhhoa.gov.vn trước ngày 30/6.",
        "Liên hệ với các doanh nghiệp để thành lập 12 CĐCS mới.",
        "Giới thiệu 4.896 đoàn viên ưu tú cho Đảng xem xét, kết nạp.",
        "Thứ bảy, ngày 23 tháng 01 năm 2021",
        "Cập nhật lúc 03:01 ngày 13/01/2021",
        "(Cập nhật: 29/11/2021)",
        "Nguồn: P.KHTCTH – SCT",
        "Toàn cảnh hội nghị",
        "2021 - 2025",
        "01 02 03 04 05",
        "Tổng số: 3611",
        "Giấy phép lao động được cấp cho 15 người nước ngoài.",
        "Sản phẩm được thiết kế bởi nhóm công nhân đạt giải nhì.",
        "Trang thông tin điện tử của LĐLĐ tỉnh đăng tải 1.738 tin, bài trong năm.",
        "Bản quyền tác giả của 5 sáng kiến đã được đăng ký.",
        "Các đơn vị cần ghi rõ nguồn số liệu khi báo cáo.",
        "Được thiết kế bởi kiến trúc sư trưởng, nhà văn hóa có 300 chỗ ngồi.",
        "Được xây dựng bởi Quỹ Mái ấm Công đoàn, ngôi nhà trị giá 50 triệu đồng.",
        "Chịu trách nhiệm: Ban Tổ chức LĐLĐ tỉnh",
    ],
)
def test_prose_and_metadata_lines_are_kept(line: str):
    text = f"{line}\nĐoạn văn tiếp theo."
    assert drop_chrome(text) == (text, ())


def test_site_name_line_is_dropped_only_inside_the_closing_footer():
    text = (
        "Trang thông tin điện tử Công đoàn ngành Y tế\n"
        "Năm 2022 có 1.200 đoàn viên.\n"
        "Trang thông tin điện tử Công đoàn ngành Y tế\n"
        "Email: cdyt@example.gov.vn"
    )
    kept, chrome = drop_chrome(text)
    assert kept == "Trang thông tin điện tử Công đoàn ngành Y tế\nNăm 2022 có 1.200 đoàn viên."
    assert chrome == ("Trang thông tin điện tử Công đoàn ngành Y tế", "Email: cdyt@example.gov.vn")


@pytest.mark.parametrize(
    "last_line",
    [
        "Website đăng tải 1.738 tin, bài.",
        "Trang thông tin điện tử của LĐLĐ tỉnh đăng tải 1.738 tin, bài; fanpage đăng 75 bài.",
    ],
)
def test_closing_sentence_about_the_site_with_a_figure_is_not_its_name(last_line: str):
    text = f"Năm 2022 có 1.200 đoàn viên.\n{last_line}\nEmail: cdyt@example.gov.vn"
    kept, chrome = drop_chrome(text)
    assert kept == f"Năm 2022 có 1.200 đoàn viên.\n{last_line}"
    assert chrome == ("Email: cdyt@example.gov.vn",)


def test_counter_value_on_its_own_line_goes_with_its_label_only():
    kept, chrome = drop_chrome("Hôm qua\n\n1.204\n2022\nCó 5 CĐCS.")
    assert chrome == ("Hôm qua", "1.204")
    assert kept == "\n2022\nCó 5 CĐCS."


def test_contact_value_on_its_own_line_needs_a_digit_or_address_mark():
    kept, chrome = drop_chrome("Địa chỉ:\nSố 37 Lê Lợi\nĐịa chỉ:\nVăn phòng Công đoàn\nHết.")
    assert chrome == ("Địa chỉ:", "Số 37 Lê Lợi", "Địa chỉ:")
    assert kept == "Văn phòng Công đoàn\nHết."


def test_long_lines_are_never_chrome():
    line = "Email: " + "công đoàn " * 30
    assert drop_chrome(line) == (line, ())


# --- clean ------------------------------------------------------------------------------------


def test_clean_strips_trailing_spaces_and_collapses_blank_runs():
    text = "\n\n  Dòng một   \n\n\n\nDòng hai\t\n \n\nDòng ba\n\n\n"
    assert clean(text, is_html=False) == CleanText("  Dòng một\n\nDòng hai\n\nDòng ba", ())


def test_tab_separated_table_copied_as_text_becomes_table_rows():
    text = "Chỉ tiêu\tKế hoạch\tThực hiện\n\tKết nạp đoàn viên\t\t1.500\t1.732 \nGhi chú\tngắn"
    assert clean(text, is_html=False).text == (
        "Chỉ tiêu | Kế hoạch | Thực hiện\nKết nạp đoàn viên | 1.500 | 1.732\nGhi chú ngắn"
    )


def test_a_grid_tables_wrapped_cells_become_one_line_a_row():
    """pandoc's Markdown grid table: each row between `+---+` rulings, a cell wrapped over lines
    (`Đoàn viên được kết nạp vào` / `Đảng`); the label and its figures on one line."""
    text = (
        "+----+----------------------------+--------+-------+\n"
        "| TT | Chỉ tiêu                   | Kế     | Thực  |\n"
        "|    |                            | hoạch  | hiện  |\n"
        "+====+============================+========+=======+\n"
        "| 4  | Đoàn viên được kết nạp vào | 900    | 1.018 |\n"
        "|    | Đảng                       |        |       |\n"
        "+----+----------------------------+--------+-------+\n"
        "\nGhi chú: số liệu đến 30/11.\n"
    )
    assert clean(text, is_html=False).text == (
        "| TT | Chỉ tiêu | Kế hoạch | Thực hiện |\n"
        "| 4 | Đoàn viên được kết nạp vào Đảng | 900 | 1.018 |\n\nGhi chú: số liệu đến 30/11."
    )


_DB_TABLE = (
    "+--------------------+----------+----------+\n"
    "| Chỉ tiêu           | Năm 2023 | Năm 2024 |\n"
    "+--------------------+----------+----------+\n"
    "| Tổng số đoàn viên  | 98.400   | 99.120   |\n"
    "| Kết nạp mới        | 1.050    | 1.210    |\n"
    "+--------------------+----------+----------+"
)
_BOX_TABLE = (
    "┌────────────────────┬──────────┬──────────┐\n"
    "│ Chỉ tiêu           │ Năm 2023 │ Năm 2024 │\n"
    "├────────────────────┼──────────┼──────────┤\n"
    "│ Tổng số đoàn viên  │ 98.400   │ 99.120   │\n"
    "│ Kết nạp mới        │ 1.050    │ 1.210    │\n"
    "└────────────────────┴──────────┴──────────┘"
)


def test_a_grid_ruled_between_its_rows_joins_a_row_wrapped_in_every_cell():
    """Rulings between the rows: each stretch is one row, even where every cell wraps (hostile
    round 39: its second line, every cell filled, was read as a row of its own)."""
    text = (
        "+----------------------+------------+------------+\n"
        "| Chỉ tiêu             | Năm 2023   | Năm 2024   |\n"
        "+======================+============+============+\n"
        "| Số tiền hỗ trợ đoàn  | 1.200      | 1.450      |\n"
        "| viên khó khăn        | triệu đồng | triệu đồng |\n"
        "+----------------------+------------+------------+\n"
        "| Số lượt đoàn viên    | 2.000      | 2.310      |\n"
        "| được hỗ trợ          | lượt       | lượt       |\n"
        "+----------------------+------------+------------+"
    )
    assert clean(text, is_html=False).text == (
        "| Chỉ tiêu | Năm 2023 | Năm 2024 |\n"
        "| Số tiền hỗ trợ đoàn viên khó khăn | 1.200 triệu đồng | 1.450 triệu đồng |\n"
        "| Số lượt đoàn viên được hỗ trợ | 2.000 lượt | 2.310 lượt |"
    )


def test_a_database_tools_rows_keep_their_blank_cells() -> None:
    """A row with an empty cell (no plan; no number before `Tổng cộng`) is still a row of its
    own: it was glued to the row above (hostile round 40)."""
    text = (
        "+----+--------------------+----------+----------+\n"
        "| TT | Chỉ tiêu           | Kế hoạch | Thực hiện|\n"
        "+----+--------------------+----------+----------+\n"
        "| 1  | Thành lập CĐCS mới | 15       | 18       |\n"
        "| 2  | Tổng số đoàn viên  |          | 98.400   |\n"
        "|    | Tổng cộng          |          | 98.418   |\n"
        "+----+--------------------+----------+----------+"
    )
    assert clean(text, is_html=False).text.split("\n")[1:] == [
        "| 1 | Thành lập CĐCS mới | 15 | 18 |",
        "| 2 | Tổng số đoàn viên | | 98.400 |",
        "| | Tổng cộng | | 98.418 |",
    ]


@pytest.mark.parametrize("text", [_DB_TABLE, _BOX_TABLE], ids=["database_tool", "box_drawn"])
def test_a_grid_ruled_only_around_its_header_keeps_one_row_a_line(text):
    """A database tool's table (`+---+` over and under the header only, then a row a line):
    its rows were joined into one, 98.400 and 1.050 into one cell (hostile round 38)."""
    assert clean(text, is_html=False).text == (
        "| Chỉ tiêu | Năm 2023 | Năm 2024 |\n| Tổng số đoàn viên | 98.400 | 99.120 |\n"
        "| Kết nạp mới | 1.050 | 1.210 |"
    )


def test_an_official_header_kept_as_a_two_column_table_has_its_cells_on_lines():
    """antiword's or pandoc's header table: each cell on a line of its own, as for a header
    copied in two columns of spaces; a two-column table lower down stays a table."""
    text = (
        "|LIÊN ĐOÀN LAO ĐỘNG TỈNH KHÁNH HÒA |CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "|LIÊN ĐOÀN LAO ĐỘNG |Độc lập - Tự do - Hạnh phúc |\n"
        "|THÀNH PHỐ CAM RANH | |\n"
        "|Số: 96/BC-LĐLĐ |Cam Ranh, ngày 14 tháng 12 năm 2018 |\n"
    )
    assert clean(text, is_html=False).text == (
        "LIÊN ĐOÀN LAO ĐỘNG TỈNH KHÁNH HÒA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "LIÊN ĐOÀN LAO ĐỘNG\nĐộc lập - Tự do - Hạnh phúc\nTHÀNH PHỐ CAM RANH\n"
        "Số: 96/BC-LĐLĐ\nCam Ranh, ngày 14 tháng 12 năm 2018"
    )
    table = "Báo cáo năm 2018\n| Chỉ tiêu | Kết quả |\n| Kết nạp đoàn viên | 612 |"
    assert clean(table, is_html=False).text == table
    # rows with no outer pipes are the header's only at the top, before any other line
    header = "LĐLĐ TỈNH NAM ĐỊNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/BC-LĐLĐ | Độc lập\n"
    rows = "BÁO CÁO NĂM 2023\nChỉ tiêu | Kết quả\nKết nạp đoàn viên mới | 1.250"
    assert clean(header + rows, is_html=False).text.endswith(rows)


def test_rtf_control_words_left_by_a_conversion_are_plain_text():
    """A `.rtf` converted to text that kept its markup: paragraphs end at `\\par`, a table's
    cells at `\\cell` (its rows then read as a table), a row's definition is no text."""
    text = (
        "\\pard\\plain \\qc BÁO CÁO\\par\n"
        "\\trowd\\cellx1200\\cellx5200\\cellx6800\n"
        "Chỉ tiêu\\cell KH năm 2026\\cell TH quý I\\cell\\row\n"
        "\\trowd\\cellx1200\\cellx5200\\cellx6800\n"
        "Kết nạp đoàn viên mới\\cell 12.000\\cell 2.735\\cell\\row\n"
    )
    assert clean(text, is_html=False).text == (
        "BÁO CÁO\n\nChỉ tiêu | KH năm 2026 | TH quý I\nKết nạp đoàn viên mới | 12.000 | 2.735"
    )
    # a backslash word or two in other text stays
    assert "\\par" in clean("Đường dẫn C:\\par\\x của máy", is_html=False).text


def test_a_total_row_with_its_index_cell_left_empty_keeps_its_columns():
    """`⇥Cộng⇥146⇥62.800.000` under four columns: the tab stands for the empty index cell (an
    indented row as wide as the one above is only indented)."""
    text = "TT\tNội dung\tSố lượt\tSố tiền\n1\tThăm hỏi\t96\t28.800.000\n\tCộng\t146\t62.800.000"
    assert clean(text, is_html=False).text == (
        "TT | Nội dung | Số lượt | Số tiền\n1 | Thăm hỏi | 96 | 28.800.000\n| Cộng | 146 | 62.800.000"
    )


def test_a_table_aligned_with_spaces_becomes_table_rows_with_its_header():
    text = (
        "Chỉ tiêu                  Giao      Đạt     So sánh\n"
        "Phát triển đoàn viên mới   15.000    11.246   75,0%\n"
        "Năm nay,   các cấp công đoàn đã chủ động phối hợp với chuyên môn đồng cấp triển khai."
    )
    assert clean(text, is_html=False).text == (
        "Chỉ tiêu | Giao | Đạt | So sánh\n"
        "Phát triển đoàn viên mới | 15.000 | 11.246 | 75,0%\n"
        "Năm nay, các cấp công đoàn đã chủ động phối hợp với chuyên môn đồng cấp triển khai."
    )


def test_an_indented_header_over_the_figures_leaves_the_labels_column_unnamed():
    """Blind probe 9x: a Word table pasted as text, its header indented over the figures'
    columns (no `Chỉ tiêu` over the labels), read one column short: every year moved one
    column left."""
    text = (
        "                              Năm 2022      Năm 2023      So sánh (%)\n"
        "Số CĐCS trực thuộc              1.431         1.402          98,0\n"
        "Đoàn viên kết nạp mới             512           640         125,0"
    )
    assert clean(text, is_html=False).text == (
        "| Năm 2022 | Năm 2023 | So sánh (%)\n"
        "Số CĐCS trực thuộc | 1.431 | 1.402 | 98,0\n"
        "Đoàn viên kết nạp mới | 512 | 640 | 125,0"
    )


def test_an_indented_header_of_six_months_columns_leaves_the_labels_column_unnamed():
    """Hostile round 55: `6 tháng 2023` opens with a digit, yet is no figure."""
    text = (
        "        6 tháng 2023      6 tháng 2024\n"
        "Số CĐCS thành lập mới      3      2\n"
        "Số đoàn viên kết nạp mới      145      98"
    )
    assert clean(text, is_html=False).text.split("\n")[0] == "| 6 tháng 2023 | 6 tháng 2024"


def test_an_official_header_copied_in_two_columns_is_split_into_its_lines():
    text = (
        "CÔNG ĐOÀN CÁC KCN TỈNH BÌNH DƯƠNG            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "CĐCS CÔNG TY TNHH GIÀY PHÚ HƯNG                Độc lập - Tự do - Hạnh phúc\n"
        "Số: 09/BC-CĐCS                                Tân Uyên, ngày 28 tháng 12 năm 2022"
    )
    assert clean(text, is_html=False).text.split("\n") == [
        "CÔNG ĐOÀN CÁC KCN TỈNH BÌNH DƯƠNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "CĐCS CÔNG TY TNHH GIÀY PHÚ HƯNG",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 09/BC-CĐCS",
        "Tân Uyên, ngày 28 tháng 12 năm 2022",
    ]


CELL_PER_LINE = """2. Kết quả thực hiện các chỉ tiêu
TT
Nội dung
Đơn vị tính
KH năm 2024
TH 6 tháng
Đạt (%)
1
Kết nạp đoàn viên
Người
1.200
745
62,1
2
Thành lập CĐCS
CĐCS
3
2
66,7

III. NHIỆM VỤ"""


def test_a_table_pasted_one_cell_per_line_becomes_table_rows():
    assert clean(CELL_PER_LINE, is_html=False).text == (
        "2. Kết quả thực hiện các chỉ tiêu\n"
        "TT | Nội dung | Đơn vị tính | KH năm 2024 | TH 6 tháng | Đạt (%)\n"
        "1 | Kết nạp đoàn viên | Người | 1.200 | 745 | 62,1\n"
        "2 | Thành lập CĐCS | CĐCS | 3 | 2 | 66,7\n\nIII. NHIỆM VỤ"
    )


def test_short_lines_that_are_not_a_table_stay_lines():
    text = "Nội dung\nChăm lo Tết\nKết quả\nTốt\nTỷ lệ\nCao"
    assert clean(text, is_html=False).text == text


def test_clean_seed_keeps_dates_titles_and_update_lines():
    raw = (SEED_DIR / "000_9bf7e74f100e42bd.txt").read_text(encoding="utf-8")
    result = clean(raw, is_html=False)
    assert result.chrome == ()
    assert result.text.startswith(
        "Thứ bảy, ngày 23 tháng 01 năm 2021\nThứ bảy, ngày 23 tháng 01 năm 2021\n"
        "Công đoàn Công Thương Thanh Hóa tổ chức hội nghị"
    )
    assert "\nCập nhật lúc 03:01 ngày 13/01/2021\n" in result.text
    assert "các đồng chí Ủy viên BCH" in result.text


def test_clean_seed_with_footer_drops_exactly_the_chrome():
    raw = (SEED_DIR / "001_6f3ff64ff070c8f8.txt").read_text(encoding="utf-8")
    result = clean(raw, is_html=False)
    assert result.chrome == (
        "• Thống kê truy cập",
        "• Đang online: 21",
        "Hôm nay: 51",
        "Đã truy cập: 2305463",
        "Trang thông tin điện tử Liên đoàn lao động tỉnh Thanh Hóa",
        "Giấy phép số 06/GP-TTĐT do Sở thông tin Truyền thông tỉnh Thanh Hóa ngày 01/9/2021",
        "Địa chỉ: Số 37 - Đại lộ Lê Lợi - Tp. Thanh Hóa",
        "Điện thoại: 02373.852.369 ; Fax: 02373.852.369; Email: congdoanthanhhoa@thanhhoa.gov.vn",
        "Website được thiết kế bởi Trung tâm Công nghệ thông tin và truyền thông Thanh Hóa",
    )
    assert result.text.endswith("Lê Thị Kim Liên - Ủy viên BTV, Chánh Văn phòng LĐLĐ tỉnh")


# --- properties -------------------------------------------------------------------------------

_VIETNAMESE_ALPHABET = st.sampled_from(
    [*"aăâeêioôơuưyqhkđ QUYOAE\n\r\t.,:•|<>/", "\u0300", "\u0301", "\u0303", "\u0309",
     "\u0323", "\u00a0", "\u200b", "\ufeff", "á", "ả", "ý", "ẻ", "ọ"]
)  # fmt: skip
_VIETNAMESE_LIKE = st.lists(_VIETNAMESE_ALPHABET, max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), _VIETNAMESE_LIKE))
def test_normalize_vietnamese_is_idempotent(text: str):
    once = normalize_vietnamese(text)
    assert normalize_vietnamese(once) == once


@settings(max_examples=200, deadline=None)
@given(st.text(), st.booleans())
def test_clean_never_raises_and_returns_tidy_text(text: str, is_html: bool):
    result = clean(text, is_html=is_html)
    assert isinstance(result, CleanText)
    assert "\r" not in result.text
    assert "\n\n\n" not in result.text
    assert result.text == result.text.strip("\n")
    assert all(line == line.rstrip(" \t") for line in result.text.split("\n"))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["<p>", "</p>", "<td>", "<tr>", "<table", ">", "<!--", "-->",
       "<script>", "<b>", "&nbsp;", "&#", "Công đoàn", " ", "\n", "\ud800", "\ue000"]),
       max_size=40).map("".join))  # fmt: skip
def test_html_to_text_never_raises_on_broken_markup(html: str):
    assert isinstance(html_to_text(html), str)


def test_headlines_under_a_related_news_heading_are_other_articles() -> None:
    text = (
        "LĐLĐ tỉnh tổng kết năm 2023\nNăm 2023, LĐLĐ tỉnh kết nạp 6.000 đoàn viên.\n"
        "Tin liên quan\n"
        "LĐLĐ huyện Thăng Bình trao 200 suất quà Tết cho đoàn viên (28/12/2022)\n"
        "- Bàn giao 15 nhà Mái ấm Công đoàn tại huyện Núi Thành - 20/12/2022\n"
    )
    result = clean(text, is_html=False)
    assert (
        result.text == "LĐLĐ tỉnh tổng kết năm 2023\nNăm 2023, LĐLĐ tỉnh kết nạp 6.000 đoàn viên."
    )
    assert "Tin liên quan" in result.chrome and len(result.chrome) == 3


def test_headlines_under_an_aggregators_link_to_the_source_are_other_articles() -> None:
    """`Xem bản gốc tại đây` closes a story an aggregator copied; the headlines under it are
    other stories (mined round 16: their `gần 2 tỉ đồng` was the report's)."""
    text = (
        "Công đoàn xã trao 120 suất quà Tết\nCông đoàn xã đã trao 120 suất quà Tết.\n"
        "Xem bản gốc tại đây\n"
        "- Công đoàn phường An Hải chi hơn 600 triệu đồng chăm lo cho đoàn viên dịp Tết\n"
    )
    result = clean(text, is_html=False)
    assert (
        result.text == "Công đoàn xã trao 120 suất quà Tết\nCông đoàn xã đã trao 120 suất quà Tết."
    )


def test_a_line_linking_to_another_article_is_its_headline_not_the_report() -> None:
    """`Xem thêm: LĐLĐ tỉnh X trao 2.500 suất quà` on one line is a link to another story (a
    blind probe of news items: its figures were the report's); a bare `»` may be the report's
    own bullet, and a line of two sentences after `Xem thêm:` is no headline."""
    text = (
        "Công đoàn huyện trao 300 suất quà Tết\nNăm 2024, Công đoàn huyện trao 300 suất quà.\n"
        "Xem thêm: LĐLĐ tỉnh Hà Tĩnh trao 2.500 suất quà Tết cho người lao động\n"
        ">> Đọc thêm: Hơn 700 công nhân được tặng vé xe về quê (12/01/2024)\n"
        "» Kết nạp 1.200 đoàn viên mới\n"
        "Xem thêm: Năm 2024 kết nạp 500 đoàn viên. Trao 9 nhà Mái ấm.\n"
    )
    result = clean(text, is_html=False)
    assert result.text == (
        "Công đoàn huyện trao 300 suất quà Tết\nNăm 2024, Công đoàn huyện trao 300 suất quà.\n"
        "» Kết nạp 1.200 đoàn viên mới\nXem thêm: Năm 2024 kết nạp 500 đoàn viên. Trao 9 nhà Mái ấm."
    )


def test_a_links_headline_may_hold_a_places_short_mark_and_a_reports_line_stays() -> None:
    """Hostile round 50: `TP.` in the linked headline is no sentence's end; a report's own
    line opened by words a link never uses (`Xem chi tiết:`) stays."""
    text = (
        "Năm 2024, LĐLĐ huyện trao 300 suất quà.\n"
        "Xem thêm: LĐLĐ TP. Hà Tĩnh trao 500 suất quà Tết cho công nhân\n"
        "Xem thêm: TP.HCM: 2.000 công nhân được tặng vé tàu\n"
        "Xem chi tiết: kết nạp mới 320 đoàn viên, thành lập mới 4 CĐCS\n"
    )
    result = clean(text, is_html=False)
    assert result.text == (
        "Năm 2024, LĐLĐ huyện trao 300 suất quà.\n"
        "Xem chi tiết: kết nạp mới 320 đoàn viên, thành lập mới 4 CĐCS"
    )


def test_headlines_with_thousands_under_a_related_news_heading_are_other_articles() -> None:
    """A dot between digits is a number's, not the end of a sentence."""
    html = (
        "<p>Năm 2024 kết nạp 6.000 đoàn viên.</p><h3>Tin mới</h3><ul>"
        "<li>Vietcombank: 2.000 suất quà cho đoàn viên khó khăn</li>"
        "<li>Công đoàn BIDV kết nạp 1.150 đoàn viên mới</li></ul>"
    )
    result = clean(html, is_html=True)
    assert result.text == "Năm 2024 kết nạp 6.000 đoàn viên."


@pytest.mark.parametrize(
    "text",
    [
        # `Các tin đã đưa` heads a list of other articles (probe 9ir)
        "Năm 2024 kết nạp 6.000 đoàn viên.\nCác tin đã đưa\n"
        "Quảng Ngãi: Hơn 3.000 đoàn viên được khám sức khỏe miễn phí (15/10/2025)\n",
        # ... and a headline with a place's short mark and its dot is one of them (probe 9ir)
        "Năm 2024 kết nạp 6.000 đoàn viên.\nTin cùng chuyên mục\n"
        "› LĐLĐ TP. Thuận An trao 500 túi an sinh Công đoàn (05/07/2021)\n"
        "› LĐLĐ huyện Dầu Tiếng kết nạp 320 đoàn viên (01/07/2021)\n",
    ],
)
def test_other_articles_headlines_under_their_heading_are_chrome(text: str) -> None:
    assert clean(text, is_html=False).text.strip() == "Năm 2024 kết nạp 6.000 đoàn viên."


_ARTICLE = (
    "<article><h1>LĐLĐ tỉnh Nghệ An tổng kết năm 2023</h1><div>15/01/2024 09:30</div>"
    "<p>Năm 2023, LĐLĐ tỉnh kết nạp 8.450 đoàn viên mới.</p></article>"
)


@pytest.mark.parametrize(
    "page",
    [
        # a box of dated headlines before the article: its list ran on over the article's
        # title and date line, and dated the report by the list's time stamp
        '<div class="box"><h3>Tin khác</h3><ul><li><a>Hội nghị Ban Chấp hành lần thứ 5</a>'
        " - 20/12/2022 08:15</li></ul></div>" + _ARTICLE,
        # headings of such boxes, decorated or not in the list before
        '<div class="col-left"><h3>Đọc nhiều</h3><ul><li><a>Trao 500 suất quà cho công nhân'
        "</a></li></ul></div>" + _ARTICLE,
        '<div class="w"><h3>📰 Tin khác »</h3><ul><li><a>Trao 500 suất quà</a></li></ul></div>'
        + _ARTICLE,
        # after the article, leads under a related heading, and readers' comments
        _ARTICLE + '<div class="box"><h3>Tin liên quan</h3><h4>Tháng Công nhân</h4><p>Công '
        "đoàn các cấp đã tặng 1.500 suất quà cho công nhân.</p></div>",
        _ARTICLE + '<div class="box"><h3>Ý kiến (1)</h3><p><b>Nguyễn Văn Hùng</b></p><p>Năm '
        "nay công đoàn chúng tôi kết nạp được 150 đoàn viên mới.</p></div>",
        # a tag line, a list's page count, an inline link to another article
        _ARTICLE + '<div class="tags">Từ khóa: <a>Tết Sum vầy 2024</a>, <a>500 suất quà</a>'
        "</div><div>Trang 1/125 | Tổng số: 2.480 tin</div>",
        _ARTICLE.replace("</article>", "<p><b>Xem thêm:</b> <a>Trao 500 suất quà</a></p></article>"),
    ],
    ids=["dated_box_before", "unlisted_heading", "decorated_heading", "leads_after",
         "comments_after", "tags_and_pages", "inline_link"],
)  # fmt: skip
def test_boxes_of_other_news_leave_the_article_whole(page: str) -> None:
    """Each page holds the same article; what the crawl adds around it is no text of it."""
    result = clean(page, is_html=True)
    assert result.text.split("\n") == [
        "LĐLĐ tỉnh Nghệ An tổng kết năm 2023",
        "15/01/2024 09:30",
        "Năm 2023, LĐLĐ tỉnh kết nạp 8.450 đoàn viên mới.",
    ]


def test_a_sidebar_is_page_furniture() -> None:
    html = (
        "<div class='content'><p>Năm 2023 kết nạp 6.000 đoàn viên.</p></div>"
        "<div class='sidebar'><h3>Nổi bật</h3><p>Trao 200 suất quà Tết</p></div>"
    )
    assert html_to_text(html) == "Năm 2023 kết nạp 6.000 đoàn viên."


def test_control_characters_typed_or_written_as_entities_become_spaces() -> None:
    """BEL, an ESC colour code, backspace and DEL reached quotes, mentions and the CSV."""
    controls = "[\x00-\x08\x0e-\x1f\x7f-\x9f]"
    text = clean("Kết nạp\x07 12\x1b[31m đoàn viên\x08\x7f\x9b mới.\tHết", False).text
    assert not __import__("re").search(controls, text)
    # the colour code goes whole (round 11; it left `[31m` glued to the text)
    assert "Kết nạp 12 đoàn viên mới." in text and "\t" not in text.split(".")[0]
    page = clean("<p>Kết nạp&#7; 12&#27; đoàn viên&#127; mới.</p>", True).text
    assert page == "Kết nạp 12 đoàn viên mới."
    bidi = clean("Năm 2021,\u202e kết nạp 1.234 đoàn viên\u202c, lập\u2066 12 CĐCS.", False).text
    assert bidi == "Năm 2021, kết nạp 1.234 đoàn viên, lập 12 CĐCS."


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("Kết nạp **1.200\nđoàn viên** mới", "Kết nạp 1.200 đoàn viên mới"),  # over a soft break
        ("chăm lo *300\nlượt* người", "chăm lo 300 lượt người"),
        ("Kết nạp __1.200__ đoàn viên, _300_ lượt", "Kết nạp 1.200 đoàn viên, 300 lượt"),
        # bold italics in underscores (probe 9fr)
        (
            "toàn TP có 1.386 CĐCS với ___112.740___ đoàn viên",
            "toàn TP có 1.386 CĐCS với 112.740 đoàn viên",
        ),
        ("***1.200*** đoàn viên; *__3__* CĐCS", "1.200 đoàn viên; 3 CĐCS"),  # nested
        ("**Kết nạp**\n\n**1.200**", "Kết nạp\n\n1.200"),  # never over a paragraph break
        ("người lao_động, file_name, ____ người", "người lao động, file name, ____ người"),
        (r"Kết nạp 1\.200 đoàn viên \(tăng 5%\)", "Kết nạp 1.200 đoàn viên (tăng 5%)"),  # escapes
        (r"Kết nạp \*\*120\*\* đoàn viên, C:\Users", r"Kết nạp 120 đoàn viên, C:\Users"),
    ],
    ids=[
        "strong_over_a_line_break",
        "emphasis_over_a_line_break",
        "underscore_emphasis",
        "bold_italic_underscores",
        "nested_emphasis",
        "paragraphs_apart",
        "underscores_inside_words",
        "backslash_escapes",
        "escaped_emphasis_marks",
    ],
)
def test_markdown_emphasis_goes_and_its_soft_line_break_with_it(markdown: str, text: str):
    """A figure in emphasis that runs over a soft line break lost its noun to the next line
    (`**1.200\nđoàn viên**`); in underscores (`__1.200__`) it was no number at all."""
    assert clean("Báo cáo năm 2024\n" + markdown, is_html=False).text == "Báo cáo năm 2024\n" + text


def test_a_markdown_tables_ruling_is_dropped_so_its_header_heads_its_rows():
    rows = (
        "| TT | Nội dung | ĐVT | Năm 2023 | Năm 2024 | Tỷ lệ (%) |",
        "|----|----------|-----|---------:|---------:|----------:|",
        "| 1 | Kết nạp đoàn viên mới | người | 140 | 175 | 125,0 |",
    )
    text = "Kết quả năm 2024\n\n" + "\n".join(rows)
    assert clean(text, is_html=False).text == "Kết quả năm 2024\n\n" + "\n".join(rows[::2])


def test_lowercase_of_its_own_answer_is_that_answer():
    """`lowercase` keeps its answers and answers a lower-cased text with itself: that holds
    only if lower-casing is idempotent for every code point (and the final sigma)."""
    chars = "".join(map(chr, range(0x110000)))
    for start in range(0, len(chars), 4096):
        piece = chars[start : start + 4096]
        low = _uncached(piece)
        assert _uncached(low) == low
        assert lowercase(piece) == low
        assert lowercase(low) is lowercase(piece)
    for word in ("ΟΔΟΣ", "İstanbul ΑΣ", "Hòa Bình"):
        assert lowercase(word) == _uncached(word)


def _uncached(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def test_the_total_of_a_visit_counter_box_goes_with_it() -> None:
    result = clean(
        "Kết nạp 300 đoàn viên.\nThống kê\nHôm nay: 512\nTổng: 2.204.117\n"
        "Tổng: 300 đoàn viên\nTổng: 1.500",
        is_html=False,
    )
    # only right after a counter line; a total of the report's own stays
    assert result.chrome == ("Hôm nay: 512", "Tổng: 2.204.117")
    assert "Tổng: 300 đoàn viên\nTổng: 1.500" in result.text


# A .txt saved with its lines broken at a fixed width (`fold -s`, an e-mail client): `... kết
# nạp được 1.250` / `đoàn viên mới` put a figure a line, so a sentence, away from its noun, and
# `thành lập` / `12 CĐCS mới` its cue. Written for this test, not taken from any report.
_WRAPPED_PARAGRAPH = (
    "Trong năm, Công đoàn ngành Xây dựng tỉnh Nam Định đã chỉ đạo các công đoàn cơ sở tăng "
    "cường tuyên truyền, vận động người lao động tham gia tổ chức công đoàn, kết quả đã kết nạp "
    "được 1.250 đoàn viên mới, nâng tổng số đoàn viên toàn ngành lên 6.415 người; đồng thời "
    "thành lập 12 CĐCS mới tại các doanh nghiệp ngoài nhà nước. Dịp Tết, ngành đã trao 940 "
    "suất quà với tổng số tiền 470 triệu đồng cho đoàn viên có hoàn cảnh khó khăn."
)


@pytest.mark.parametrize("width", [60, 68, 72, 76, 80])
def test_a_hard_wrapped_report_reads_as_if_its_lines_were_unbroken(width: int) -> None:
    import textwrap

    from unionstats.extract import extract

    wrapped = "\n".join(textwrap.wrap(_WRAPPED_PARAGRAPH, width))
    text = clean(f"BÁO CÁO TỔNG KẾT NĂM 2024\n\n{wrapped}\n", is_html=False).text
    assert text == f"BÁO CÁO TỔNG KẾT NĂM 2024\n\n{_WRAPPED_PARAGRAPH}"
    observations, _ = extract("wrapped", text, "2024")
    got = {(o.indicator, o.value) for o in observations}
    assert {("new_members", 1250), ("members", 6415), ("new_grassroots_unions", 12)} <= got


@pytest.mark.parametrize(
    ("lines", "year", "row"),
    [
        (
            [
                "Trong năm, Công đoàn ngành Xây dựng tỉnh Nam Định đã chỉ đạo các",
                "công đoàn cơ sở tăng cường tuyên truyền, vận động người lao động",
                "tham gia tổ chức công đoàn, kết quả đã kết nạp được 1.250 đoàn viên",
                "mới, nâng tổng số đoàn viên toàn ngành lên 6.415 người; thành lập 12",
                "CĐCS mới tại các doanh nghiệp ngoài nhà nước trên địa bàn tỉnh.",
            ],
            "2024",
            ("new_grassroots_unions", 12),
        ),
        # (a full line that ends no sentence goes on in the next whatever its case: `Quỹ “Mái ấm`
        # / `Công đoàn” năm 2019 được ...` is one name, the figure's cue; probe 9kz)
        (
            [
                "Trong năm, các cấp công đoàn trong tỉnh đã vận động Quỹ “Mái ấm",
                "Công đoàn” năm 2019 được 3.412 triệu đồng, đạt 113,7% kế hoạch; có",
                "17 cá nhân được Tổng Liên đoàn Lao động Việt Nam tặng Bằng Lao động",
                "sáng tạo và 2.964 sáng kiến được công nhận, làm lợi trên 186 tỷ đồng",
                "cho các doanh nghiệp và đơn vị trên địa bàn toàn tỉnh trong năm 2019.",
            ],
            "2019",
            ("union_shelter_fund", 3_412_000_000),
        ),
    ],
    ids=["a_figure_then_its_noun_in_capitals", "a_name_in_capitals"],
)
def test_a_hard_wrapped_break_before_capitals_goes(lines: list[str], year: str, row: tuple) -> None:
    """A wrapped file's break before a line opening in capitals, after a full line that ends no
    sentence, goes: the figure keeps its noun or its cue."""
    text = clean(f"BÁO CÁO NĂM {year}\n" + "\n".join(lines), is_html=False).text
    assert text == f"BÁO CÁO NĂM {year}\n" + " ".join(lines)
    from unionstats.extract import extract

    got = {(o.indicator, o.value) for o in extract("wrapped", text, year)[0]}
    assert row in got


def test_short_lines_list_items_headings_and_table_rows_stay_apart() -> None:
    """In a wrapped file, only the wrapped paragraph's lines are joined: the title, a heading in
    capitals, list items, short label lines, table rows and blank lines keep their breaks."""
    import textwrap

    wrapped = "\n".join(textwrap.wrap(_WRAPPED_PARAGRAPH, 72))
    kept = (
        "Công đoàn ngành Xây dựng tỉnh Nam Định tổng kết năm 2024\n\n"
        "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU TRONG NĂM 2024 CỦA TOÀN NGÀNH\n"
        "Kết quả cụ thể các chỉ tiêu trong năm của toàn ngành như sau\n"
        "- kết nạp đoàn viên mới đạt 1.250 người, bằng 125% kế hoạch được giao\n"
        "- thành lập mới 12 công đoàn cơ sở tại các doanh nghiệp ngoài nhà nước\n"
        "1. chăm lo Tết cho 940 đoàn viên có hoàn cảnh khó khăn trong toàn ngành\n"
        "a) trao 35 suất học bổng cho con đoàn viên vượt khó học giỏi trong năm\n"
        "Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ so với kế hoạch được giao năm\n"
        "Kết nạp đoàn viên mới trong năm | 1.000 | 1.250 | 125% so với kế hoạch\n"
        "Số đoàn viên: 6.415\n"
        "Số CĐCS: 87\n"
        "ghi chú: số liệu tính đến ngày 15 tháng 12 năm 2024 theo báo cáo nhanh\n"
        "nguồn: Ban Tổ chức"
    )
    text = clean(f"{kept}\n\n{wrapped}\n", is_html=False).text
    assert text == f"{kept}\n\n{_WRAPPED_PARAGRAPH}"


def test_a_figure_wrapped_away_from_its_noun_is_joined_to_it_in_a_run_of_breaks() -> None:
    """A PDF's copy breaks lines mid-sentence one after another, short ones among them: a
    run of lower-case continuations is read as a list whose marks were lost, except where a
    line ends on a bare figure and the next opens with what it counts or its scale."""
    text = (
        "Báo cáo năm 2019\n"
        "Năm 2019, toàn tỉnh kết nạp 2.318\n"
        "đoàn viên, đạt 115,9% kế hoạch Tổng Liên đoàn giao (2.000 đoàn viên); thành lập\n"
        "mới 21 CĐCS, chủ yếu ở khu vực doanh nghiệp ngoài nhà nước, với giá trị đầu tư 2,9\n"
        "tỷ đồng.\n"
    )
    lines = clean(text, is_html=False).text.split("\n")
    assert any("kết nạp 2.318 đoàn viên, đạt" in line for line in lines)
    assert any("đầu tư 2,9 tỷ đồng" in line for line in lines)
    # ... not a list item's figure before an item that counts something else
    items = (
        "Kết quả năm 2019\nkết nạp đoàn viên mới 1.250\nthành lập 12 CĐCS mới\ntrao 940 suất quà\n"
    )
    assert clean(items, is_html=False).text == items.rstrip("\n")


# Probe 9j: a PDF's numbered item wrapped over three lines, each ending a sentence elsewhere in
# the file (too few open ends to call the file wrapped): read as a list of lost marks, the
# rate (`đạt 100%`) stood a line from its conferences.
def test_a_run_of_breaks_after_full_lines_is_a_wrapped_paragraph() -> None:
    prose = (
        "Năm 2017, Công đoàn ngành tiếp tục đổi mới nội dung, phương thức hoạt động hướng về cơ "
        "sở.\n"
    )
    item = (
        "1. Thực hiện quy chế dân chủ ở cơ sở: 38/38 đơn vị sự nghiệp trực thuộc tổ chức Hội "
        "nghị viên\nchức, đạt 100%; 02/02 doanh nghiệp cổ phần (Công ty CP Vật tư Y tế tỉnh, "
        "...) đã tổ\nchức Hội nghị người lao động.\n"
    )
    lines = clean("BÁO CÁO\n" + prose * 4 + item, is_html=False).text.split("\n")
    assert any("Hội nghị viên chức, đạt 100%; 02/02 doanh nghiệp" in line for line in lines)
    assert any("Y tế tỉnh, ...) đã tổ chức Hội nghị" in line for line in lines)


# Hostile round 36: items of a list whose marks were lost, as long as the longest lines,
# open with a verb: each stays on its line.
def test_long_items_of_a_list_opening_with_verbs_keep_their_lines() -> None:
    prose = (
        "Năm 2024, Liên đoàn Lao động huyện triển khai nhiều hoạt động thiết thực, hiệu quả.\n"
        "Công tác chăm lo cho đoàn viên được quan tâm kịp thời, đúng đối tượng và chế độ.\n"
        "Công tác tuyên truyền được đổi mới cả về nội dung lẫn hình thức, phù hợp thực tế.\n"
        "Phong trào thi đua yêu nước được phát động sâu rộng trong các đơn vị trực thuộc.\n"
        "Hoạt động văn hóa, thể thao diễn ra sôi nổi, thu hút đông đảo người lao động.\n"
        "Các kết quả chủ yếu:\n"
    )
    items = (
        "vận động thành lập công đoàn cơ sở tại các doanh nghiệp ngoài nhà nước\n"
        "thành lập 9 công đoàn cơ sở với 415 đoàn viên\n"
        "thăm hỏi, hỗ trợ đoàn viên nữ có hoàn cảnh khó khăn nhân ngày Quốc tế Phụ nữ\n"
        "kết nạp 1.130 đoàn viên mới\n"
    )
    text = clean("BÁO CÁO\n" + prose + items, is_html=False).text
    assert text.endswith(items.rstrip("\n"))


@pytest.mark.parametrize(
    "text",
    [
        # one sentence a line: each ends a sentence
        "Năm 2024 kết nạp 1.250 đoàn viên mới trong toàn ngành.\n"
        "Thành lập 12 công đoàn cơ sở mới tại các doanh nghiệp.\n"
        "Trao 940 suất quà Tết cho đoàn viên có hoàn cảnh khó khăn.\n"
        "Tổ chức 35 hội nghị người lao động tại các đơn vị trực thuộc.\n",
        # items with no mark and no stop, each opening in capitals
        "Kết nạp đoàn viên mới trong năm 2024 của toàn ngành 1.250 người\n"
        "Thành lập công đoàn cơ sở mới tại doanh nghiệp ngoài nhà nước 12\n"
        "Số suất quà Tết đã trao cho đoàn viên có hoàn cảnh khó khăn 940\n"
        "Hội nghị người lao động đã tổ chức tại các đơn vị trực thuộc 35\n",
        # paragraphs one a line, of any length
        "Báo cáo năm 2024\n" + _WRAPPED_PARAGRAPH + "\n" + _WRAPPED_PARAGRAPH[:150] + "\n",
    ],
    ids=["sentence_a_line", "items_in_capitals", "paragraph_a_line"],
)
def test_a_file_not_wrapped_keeps_its_lines(text: str) -> None:
    assert clean(text, is_html=False).text == text.rstrip("\n")


# Round 11: figures written with characters of other scripts or stray marks, read wrong.
@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("１.２５０", "1.250"),  # fullwidth digits (an East Asian input method)
        ("１．２５０", "1.250"),  # ... and its full stop: read as 250
        ("١٬٢٥٠", "1.250"),  # Arabic-Indic digits and group mark: read as 1 and 250
        ("1.2\u030050", "1.250"),  # a combining grave on a digit split the figure: 50
        ("1'250", "1.250"),  # apostrophe thousands (Swiss, some spreadsheets): 250 was read
        ("1’250’000", "1.250.000"),
    ],
    ids=[
        "fullwidth",
        "fullwidth_stop",
        "arabic_indic",
        "combining_mark_on_digit",
        "apostrophe",
        "curly_apostrophe",
    ],
)
def test_digits_of_other_scripts_and_stray_marks_read_as_the_figure(written: str, read: str):
    text = f"Báo cáo năm 2024\nNăm 2024 kết nạp mới {written} đoàn viên."
    assert (
        clean(text, is_html=False).text
        == f"Báo cáo năm 2024\nNăm 2024 kết nạp mới {read} đoàn viên."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Cô ấy nói 'năm 2024' là năm bản lề",  # quotes after a digit, no group of three
        "Tỉ số 3'45 của trận đấu",
        "Tiếng Việt: hoà, thuỷ, Nguyễn",  # marks over letters are kept (and placed)
    ],
)
def test_apostrophes_and_marks_that_group_no_figure_are_kept(text: str):
    assert clean(text, is_html=False).text == normalize_vietnamese(text)


# A line break inside a sentence (a line separator U+2028 or NEL typed in, a PDF's or a
# terminal's copy, a Markdown soft break): `1.250` / `đoàn viên` lost its noun.
@pytest.mark.parametrize("brk", ["\n", "\u2028", "\u0085", "\r\n"])
def test_a_sentence_going_on_in_lower_case_after_a_line_break_is_one_line(brk: str):
    text = f"Báo cáo năm 2024\nNăm 2024 đã kết nạp mới 1.250{brk}đoàn viên, thành lập{brk}12 CĐCS."
    assert clean(text, is_html=False).text == (
        "Báo cáo năm 2024\nNăm 2024 đã kết nạp mới 1.250 đoàn viên, thành lập\n12 CĐCS."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Báo cáo năm 2024\ncông tác tổ chức năm 2024",  # the title's line: the opening follows
        "Kết quả năm 2024.\nđoàn viên mới: 1.250",  # a sentence ended; a label
        "Các chỉ tiêu chính\n- kết nạp 1.250 đoàn viên\n+ thành lập 12 CĐCS\na) chăm lo 940 lượt",
        "Tổng số đoàn viên | 6.415\nghi chú: tính đến tháng 12",
        "# Kết quả\nnăm 2024 đạt",
        # a list whose bullets were lost in a copy: a run of lines in lower case
        "Báo cáo năm 2024\nCác chỉ tiêu trong năm\nkết nạp 1.250 đoàn viên mới\n"
        "thành lập 12 CĐCS mới\nchăm lo Tết cho 940 đoàn viên",
    ],
)
def test_lines_that_are_not_one_sentence_keep_their_breaks(text: str):
    assert clean(text, is_html=False).text == text


# A figure boxed by the page's editor in a table of its own inside a cell: the outer row broke
# in two and the figure stood on a line of its own, under no column.
def test_a_small_table_nested_in_a_cell_is_that_cells_text():
    html = (
        "<table><tr><th>Chỉ tiêu</th><th>Kế hoạch</th><th>Thực hiện</th></tr>"
        "<tr><td>Kết nạp</td><td>1.000</td><td><table><tr><td>1.250</td></tr>"
        "<tr><td>(125%)</td></tr></table></td></tr></table>"
        # a page laid out in tables keeps its rows
        "<table><tr><td><table><tr><td>Tin tức</td></tr><tr><td>" + "Nội dung dài. " * 8 + "</td>"
        "</tr></table></td></tr></table>"
    )
    assert html_to_text(html) == (
        "Chỉ tiêu | Kế hoạch | Thực hiện\nKết nạp | 1.000 | 1.250 (125%)\nTin tức\n"
        + ("Nội dung dài. " * 8).strip()
    )


# Word's HTML puts every cell in a paragraph; editors break a cell's words with <br>: each
# became a line, the row fell apart, its figures lost or the plan read as the result.
@pytest.mark.parametrize(
    ("cell", "figure"),
    [
        ("<td><p class=MsoNormal><span>Kết nạp đoàn viên mới<o:p></o:p></span></p></td>", "1.250"),
        ("<td><p>Kết nạp</p><p>đoàn viên mới</p></td>", "1.250"),
        ("<td>Kết nạp<br>đoàn viên mới</td>", "1.250<br>(125%)"),
    ],
    ids=["word_paragraph", "two_paragraphs", "line_breaks"],
)
def test_paragraphs_and_line_breaks_in_a_small_cell_are_spaces(cell: str, figure: str):
    html = (
        "<table><tr><td>Chỉ tiêu</td><td>Kế hoạch</td><td>Thực hiện</td></tr>"
        f"<tr>{cell}<td><p>1.000</p></td><td>{figure}</td></tr></table>"
    )
    shown = figure.replace("<br>", " ")
    assert html_to_text(html) == (
        f"Chỉ tiêu | Kế hoạch | Thực hiện\nKết nạp đoàn viên mới | 1.000 | {shown}"
    )


@pytest.mark.parametrize(
    ("figure", "read"),
    [("12.<br>850", "12.850"), ("<p>12.</p><p>850</p>", "12.850"), ("8,<br>5", "8,5")],
)
def test_a_figure_a_narrow_cell_wrapped_at_its_mark_is_one_figure(figure: str, read: str):
    """`12.` / `850`: the column was too narrow for `12.850`; read as `12.` the members were
    12. Two whole figures on two lines (`940<br>470`) stay two."""
    html = f"<table><tr><td>Tổng số đoàn viên</td><td>{figure}</td></tr></table>"
    assert html_to_text(html) == f"Tổng số đoàn viên | {read}"


def test_a_long_cell_of_a_page_laid_out_in_tables_keeps_its_lines():
    paragraph = "Năm 2024 Công đoàn ngành tổ chức nhiều hoạt động chăm lo cho đoàn viên. " * 3
    html = f"<table><tr><td><p>{paragraph}</p><p>{paragraph}</p></td></tr></table>"
    assert html_to_text(html) == f"{paragraph.strip()}\n{paragraph.strip()}"


def test_a_definition_list_shows_each_term_with_its_value():
    html = (
        "<dl><dt>Kết nạp đoàn viên mới</dt> <dd>1.250 người</dd><dt>Số CĐCS:</dt><dd>87</dd></dl>"
    )
    assert html_to_text(html) == "Kết nạp đoàn viên mới: 1.250 người\nSố CĐCS: 87"


def test_an_escaped_bar_in_a_markdown_table_cell_is_no_cell_border():
    text = "| Chỉ tiêu | KH | TH |\n|---|---|---|\n| Kết nạp \\| người | 1.000 | 1.250 |"
    assert clean(text, is_html=False).text == (
        "| Chỉ tiêu | KH | TH |\n| Kết nạp / người | 1.000 | 1.250 |"
    )


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("1.250¹ đoàn viên", "1.250 đoàn viên"),  # a footnote mark glued to the figure
        ("1.250 đoàn viên²", "1.250 đoàn viên"),  # ... to the noun: the word was not found
        ("nhà 60 m², kho 5 km² và 3 m³", "nhà 60 m², kho 5 km² và 3 m³"),
        ("10⁹ đồng", "10⁹ đồng"),
        ("kết nạp 1.200* đoàn viên; 38** CĐCS", "kết nạp 1.200 đoàn viên; 38 CĐCS"),  # a star
        ("10*3 và 5 * 3", "10*3 và 5 * 3"),  # a product
    ],
)
def test_superscript_footnote_marks_are_dropped_but_not_units_or_powers(written: str, read: str):
    assert clean(f"Báo cáo\n{written}", is_html=False).text == f"Báo cáo\n{read}"


def test_prose_with_a_tab_for_every_space_is_no_table():
    text = "Báo cáo năm 2024\nNăm\t2024,\tCông\tđoàn\tngành\tđã\tkết\tnạp\tmới\t1.250\tđoàn\tviên."
    assert clean(text, is_html=False).text == (
        "Báo cáo năm 2024\nNăm 2024, Công đoàn ngành đã kết nạp mới 1.250 đoàn viên."
    )
    row = "Báo cáo\nTT\tChỉ tiêu\tĐVT\tKH\tTH\tTL\tGhi chú\tNguồn"
    assert (
        clean(row, is_html=False).text
        == "Báo cáo\nTT | Chỉ tiêu | ĐVT | KH | TH | TL | Ghi chú | Nguồn"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Markdown inline code around a figure (a fence of three stays)
        ("Báo cáo\nNăm 2024 kết nạp mới `1.250` đoàn viên, ```x``` giữ.",
         "Báo cáo\nNăm 2024 kết nạp mới 1.250 đoàn viên, ```x``` giữ."),
        # a terminal's copy (`script`, a colourised log): the escape became a space and
        # `[1;31m` stood glued to the figure, which was lost; overstrike (`1\b1`) doubled a digit
        ("Báo cáo\nKết nạp mới \x1b[1;31m1.250\x1b[0m đoàn viên, \x1b(Bthành lập 1\b12 CĐCS.\x1b[K",
         "Báo cáo\nKết nạp mới 1.250 đoàn viên, thành lập 12 CĐCS."),
        # Windows-1258 puts Đ and đ where Windows-1252 has Ð and ð: a page read with the wrong
        # one, or typed with an old font, wrote `ðoàn viên`, `CÔNG ÐOÀN`, and the figure and the
        # name were lost
        ("CÔNG ÐOÀN NGÀNH Y TẾ\nNăm 2024 kết nạp mới 1.250 ðoàn viên.",
         "CÔNG ĐOÀN NGÀNH Y TẾ\nNăm 2024 kết nạp mới 1.250 đoàn viên."),
    ],
)  # fmt: skip
def test_marks_a_copy_left_on_the_text_are_no_text(text: str, expected: str) -> None:
    assert clean(text, is_html=False).text == expected


# A <br> typed inside a sentence (an editor's soft return): `đã kết nạp 1.250<br>đoàn viên`
# put the figure a line (a sentence) away from its noun, and the figure was lost.
@pytest.mark.parametrize(
    "html",
    [
        "<p>Năm 2024 đã kết nạp<br>1.250 đoàn viên mới.</p>",
        "<p>Năm 2024 đã kết nạp 1.250<br/>\n   đoàn viên mới.</p>",
    ],
)
def test_a_line_break_inside_a_sentence_of_a_page_is_a_space(html: str):
    assert html_to_text(html) == "Năm 2024 đã kết nạp 1.250 đoàn viên mới."


def test_line_breaks_between_items_and_inside_a_figure_stay():
    html = "<p>Kết quả:<br>- kết nạp 1.250 đoàn viên<br>Thành lập 12 CĐCS<br><br>tiếp theo</p>"
    assert html_to_text(html) == "Kết quả:\n- kết nạp 1.250 đoàn viên\nThành lập 12 CĐCS\ntiếp theo"
    # a break inside a figure is no space: `1.2 50 đoàn viên` read 50
    assert html_to_text("<p>kết nạp 1.2<br>50 đoàn viên</p>") == "kết nạp 1.2\n50 đoàn viên"


# Rows stacked in one row with <br> or paragraphs (`Kết nạp<br>Thành lập CĐCS | 1.250<br>12`):
# as lines, the first figure took the second label (1.250 new unions); as one text, `940 470`
# was one figure. Each line is a row of its own; a cell of one text keeps its lines together.
def test_rows_stacked_in_one_row_are_rows_of_their_own():
    html = (
        "<table><tr><th>Chỉ tiêu</th><th>Kết quả</th></tr>"
        "<tr><td>Kết nạp đoàn viên mới<br>Thành lập CĐCS mới</td><td>1.250<br>12</td></tr>"
        "<tr><td><p>Số suất quà Tết</p><p>Số tiền</p></td><td><p>940</p><p>470</p></td></tr>"
        "<tr><td>Chăm lo</td><td>300<br>200</td></tr></table>"
    )
    assert html_to_text(html) == (
        "Chỉ tiêu | Kết quả\nKết nạp đoàn viên mới | 1.250\nThành lập CĐCS mới | 12\n"
        "Số suất quà Tết | 940\nSố tiền | 470\nChăm lo | 300; 200"
    )


# A table drawn with box-drawing characters (a terminal's or a PDF tool's): its rows fell apart
# on the runs of spaces and the figures were lost.
def test_a_table_drawn_with_box_characters_is_a_ruled_table():
    text = (
        "Báo cáo năm 2024\n┌──────────┬──────────┬───────────┐\n"
        "│ Chỉ tiêu             │ Kế hoạch │ Thực hiện │\n├──────────┼──────────┼───────────┤\n"
        "│ Kết nạp đoàn viên mới│ 1.000    │ 1.250     │\n╘══════════╧══════════╧═══════════╛"
    )
    assert clean(text, is_html=False).text == (
        "Báo cáo năm 2024\n| Chỉ tiêu | Kế hoạch | Thực hiện |\n| Kết nạp đoàn viên mới| 1.000 | 1.250 |"
    )


# A table saved as CSV with `;` (Excel on Vietnamese Windows) and pasted as text: its figures
# were lost. Prose with semicolons stays prose.
def test_a_table_saved_with_semicolons_is_a_table():
    text = 'Báo cáo\n"Chỉ tiêu";"Kế hoạch";"Thực hiện"\nKết nạp đoàn viên mới;1.000;1.250\nThành lập;10;12'
    assert clean(text, is_html=False).text == (
        "Báo cáo\nChỉ tiêu | Kế hoạch | Thực hiện\nKết nạp đoàn viên mới | 1.000 | 1.250\nThành lập | 10 | 12"
    )
    prose = "Báo cáo.\nKết nạp 1.250 đoàn viên; thành lập 12 CĐCS; chăm lo 940 người.\nTrao 35; 40; 50 suất."
    assert clean(prose, is_html=False).text == prose


# An e-mail's quoted block (`> ... 1.250` / `> đoàn viên mới`): the quote mark opened the next
# line, so the sentence was never joined; a heading keeps its break, quoted or not.
def test_a_sentence_broken_inside_a_quoted_block_is_one_line():
    text = "Báo cáo năm 2024\n> Năm 2024 đã kết nạp được 1.250\n> đoàn viên mới.\n> ## Hà Tĩnh\n> trao 120 suất quà"
    assert clean(text, is_html=False).text == (
        "Báo cáo năm 2024\n> Năm 2024 đã kết nạp được 1.250 đoàn viên mới.\n> ## Hà Tĩnh\n> trao 120 suất quà"
    )


def test_every_mark_a_rare_repair_looks_for_is_unusual() -> None:
    """`normalize_vietnamese` runs its rare repairs only when a character outside ASCII,
    Vietnamese letters and general punctuation occurs: each mark they look for must be one."""
    from unionstats.clean import (
        _COMBINING_CHARS,
        _FOREIGN_CHARS,
        _FRACTION_CHARS,
        _SUPERSCRIPT_CHARS,
        _UNUSUAL_RE,
    )

    marks = {*_FOREIGN_CHARS, *_COMBINING_CHARS, *_SUPERSCRIPT_CHARS, *_FRACTION_CHARS}
    assert marks and all(_UNUSUAL_RE.fullmatch(c) for c in marks)
    assert _UNUSUAL_RE.search("Công đoàn Việt Nam “1.250” – ỹ Ư ơ") is None


# Round 12. Text a reader never sees: a block styled `visibility: hidden` and a `<dialog>` not
# opened (a pop-up) were read as the page's, their figures with them.
@pytest.mark.parametrize(
    "hidden",
    [
        '<div style="visibility:hidden">',
        '<div style="color: red; visibility: hidden">',
        "<dialog>",
        f'<dialog class="{"x" * 3000}">',  # a long tag keeps the attributes read
    ],
)
def test_text_a_reader_never_sees_is_dropped(hidden: str) -> None:
    close = "</dialog>" if hidden.startswith("<dialog") else "</div>"
    html = f"<p>Năm 2021 kết nạp 1.250 đoàn viên.</p>{hidden}<p>Đăng ký nhận tin 9.999</p>{close}"
    assert html_to_text(html) == "Năm 2021 kết nạp 1.250 đoàn viên."


def test_an_open_dialog_and_visible_text_are_kept() -> None:
    html = (
        '<dialog open><p>Kết nạp 1.250 đoàn viên</p></dialog><div style="visibility: visible">'
        "Thành lập 12 CĐCS</div>"
    )
    assert html_to_text(html) == "Kết nạp 1.250 đoàn viên\nThành lập 12 CĐCS"


# A page laid out in tables holds its own table in a cell of the layout's: a short one (one
# row, `Kết nạp đoàn viên mới | 1.250`) was read as a figure boxed in a cell, one text, and
# the figure lost its label's column.
def test_a_small_table_of_columns_alone_in_a_layout_cell_keeps_its_rows():
    inner = (
        "<table><tr><td>Kết nạp đoàn viên mới</td><td>1.250</td></tr>"
        "<tr><td>Thành lập CĐCS</td><td>12</td></tr></table>"
    )
    assert html_to_text(f"<table><tr><td>{inner}</td></tr></table>") == (
        "Kết nạp đoàn viên mới | 1.250\nThành lập CĐCS | 12"
    )
    # a figure and its ratio boxed side by side in a column of a row stay that cell's text
    boxed = "<table><tr><td>1.250</td><td>(125%)</td></tr></table>"
    assert html_to_text(f"<table><tr><td>Kết nạp</td><td>{boxed}</td></tr></table>") == (
        "Kết nạp | 1.250 (125%)"
    )


# A word hyphenated at a line's end with a soft hyphen (a PDF's or Word's copy) was cut in two
# once the invisible hyphen went: `đoàn vi` / `ên`, and the figure lost its noun.
@pytest.mark.parametrize("brk", ["\n", "\r\n", " \n  "])
def test_a_word_hyphenated_softly_at_a_line_end_is_one_word(brk: str) -> None:
    text = f"Năm 2021 kết nạp 1.250 đoàn vi\u00ad{brk}ên mới.\nThành lập 12 CĐCS."
    assert normalize_vietnamese(text).split("\n")[0] == "Năm 2021 kết nạp 1.250 đoàn viên mới."
    assert normalize_vietnamese("đo\u00adàn viên\n") == "đoàn viên\n"  # inside a line: dropped


# A half or a quarter glued to a figure (`2½ tỷ`, a word processor's fraction) is its decimal
# part: `2` was read, the rest lost. One standing alone is a word's, left as written.
@pytest.mark.parametrize(
    ("written", "read"),
    [("2½ tỷ đồng", "2,5 tỷ đồng"), ("3¾ triệu", "3,75 triệu"), ("1¼", "1,25"), ("½ số", "½ số")],
)
def test_a_fraction_glued_to_a_figure_is_its_decimal_part(written: str, read: str) -> None:
    assert normalize_vietnamese(written) == read


# A drop-down of every ward of the country (an address form) holds thousands of options; the
# parser resets the list's choice at each option it adds (40 000 took 80 s). Only those a
# reader may see are parsed: the page reads as with them alone (the options' text, never shown,
# made the search form beside the report hold most of the page's text, so it was kept).
@pytest.mark.parametrize("chosen", [None, 1_500])
def test_a_drop_down_of_thousands_of_options_reads_as_its_shown_ones(chosen: int | None):
    options = "".join(
        f"<option{' selected' if k == chosen else ''}>Phường {k}</option>" for k in range(3_000)
    )
    shown = "<option>Phường 0</option>" + (
        f"<option selected>Phường {chosen}</option>" if chosen else ""
    )
    for form in ("<form>Địa chỉ: <select>{}</select></form>", "<p>Địa chỉ: <select>{}</select>"):
        page = "<p>Kết nạp 1.250 đoàn viên</p>" + form
        assert html_to_text(page.format(options)) == html_to_text(page.format(shown))


def test_a_copied_pdfs_page_break_inside_a_sentence_leaves_its_halves_joined() -> None:
    text = (
        "Năm 2023, các cấp công đoàn huyện đã tổ chức thăm hỏi, tặng quà cho đoàn viên có\n"
        "hoàn cảnh khó khăn nhân dịp Tết Nguyên đán; phối hợp với doanh nghiệp tổ chức\n"
        "Hội nghị người lao động, đối thoại định kỳ tại nơi làm việc theo quy định.\n"
        "Năm 2023, LĐLĐ huyện tập trung chỉ đạo công tác phát triển đoàn viên, thành lập\n"
        "CĐCS trong các doanh nghiệp ngoài nhà nước. Kết quả, toàn huyện đã kết nạp mới\n"
        "412 đoàn viên, đạt 117,7% chỉ tiêu LĐLĐ tỉnh giao; thành lập mới 5\n\n\n"
        "                                    - 2 -\n"
        "Báo cáo tổng kết công tác công đoàn năm 2023 - LĐLĐ huyện Đức Trọng     Trang 3/4\n\n"
        "CĐCS trong các doanh nghiệp ngoài nhà nước, vượt 1 CĐCS so với chỉ tiêu\n"
        "được giao. Giải thể 2 CĐCS do doanh nghiệp ngừng hoạt động.\n\n"
        "Trang 4/4\n\n"
        "Nơi nhận: như trên.\n"
    )
    cleaned = clean(text, is_html=False).text
    assert "thành lập mới 5 CĐCS trong các doanh nghiệp" in cleaned
    assert "Trang" not in cleaned and "- 2 -" not in cleaned
    assert "ngừng hoạt động.\n\nNơi nhận" in cleaned  # a break between sentences stays one


def test_a_cell_per_line_that_looks_like_a_page_count_stays() -> None:
    text = "Đơn vị\nSố HNNLĐ\nKhối doanh nghiệp\n45/47\nKhối HCSN\n12/12\n"
    assert "45/47" in clean(text, is_html=False).text


def test_a_table_one_cell_per_line_with_its_units_in_the_headers_is_read_as_rows() -> None:
    text = (
        "Bảng 2. Kết quả chăm lo năm 2024\nNội dung\nSố lượng\nKinh phí (triệu đồng)\n"
        "Thăm hỏi đoàn viên ốm đau (lượt)\n2.318\n1.159,0\nQuà Tết (suất)\n6.540\n3.270,0\n\n"
        "Bên cạnh đó, LĐLĐ tỉnh tổ chức 2 chuyến xe."
    )
    lines = clean(text, is_html=False).text.split("\n")
    assert "Nội dung | Số lượng | Kinh phí (triệu đồng)" in lines
    assert "Quà Tết (suất) | 6.540 | 3.270,0" in lines


# Round 14: a copied PDF's page breaks. The page word ending a line is a page's number only
# set apart (`...   Trang 3/4`) or counting the pages (`Trang 3/4`): a wrapped sentence may
# end with a name and its figure. A repeated line beside a page number is a running header
# only with words: a table's cell one per line repeats too.
PAGE_BREAK_QUIRKS = {
    "page_word_is_a_name_at_a_wrapped_lines_end": (
        "Năm 2021 kết nạp mới 412 đoàn viên, hỗ trợ xây nhà cho chị Nguyễn Thị Trang 50\n"
        "triệu đồng từ quỹ Mái ấm.\n\n- 2 -\n\nThành lập mới 3 công đoàn cơ sở.",
        ["kết nạp mới 412 đoàn viên", "Nguyễn Thị Trang 50"],
        ["- 2 -"],
    ),
    "table_cell_repeated_beside_a_page_number": (
        "Đơn vị\nSố CĐCS\nSố đoàn viên\nKhối doanh nghiệp\n45\n12\n\n- 2 -\n\n"
        "Khối HCSN\n12\n30\nKhối xã\n8\n12\n",
        ["Khối doanh nghiệp\n45\n12\nKhối HCSN"],
        ["- 2 -"],
    ),
    "numbered_list_between_dashes_keeps_its_items": (
        "Các nội dung:\n- 1 -\nKết nạp 120 đoàn viên mới\n- 2 -\nThành lập 5 CĐCS\n",
        ["Kết nạp 120 đoàn viên mới", "Thành lập 5 CĐCS"],
        [],
    ),
    "running_header_with_its_page_count": (
        "Kết nạp mới 412 đoàn viên; thành lập mới 5\n\n"
        "LĐLĐ huyện Đức Trọng - Báo cáo năm 2023 Trang 2/4\n\nCĐCS trong các doanh nghiệp.",
        ["thành lập mới 5\nCĐCS trong các doanh nghiệp"],  # (halves adjacent)
        ["Trang"],
    ),
}


@pytest.mark.parametrize("quirk", list(PAGE_BREAK_QUIRKS))
def test_round_14_page_breaks_keep_what_is_no_page_chrome(quirk: str) -> None:
    text, kept, gone = PAGE_BREAK_QUIRKS[quirk]
    cleaned = clean(text, is_html=False).text
    assert all(k in cleaned for k in kept), cleaned
    assert not any(g in cleaned for g in gone), cleaned


_PAGE_BREAK_SHAPES = {
    "blank_lines": lambda n: "Kết nạp 5 đoàn viên\n- 2 -\n" + "\n" * n + "Thành lập 1 CĐCS\n",
    "page_marks": lambda n: "".join(f"Dòng {i}\n\n- {i % 999} -\n\n" for i in range(n)),
    "running_headers": lambda n: "".join(
        f"Báo cáo của LĐLĐ huyện Đức Trọng\n\n\n- {i % 999} -\n\n\n" for i in range(n)
    ),
    "header_between_blank_runs": lambda n: (
        ("Báo cáo của LĐLĐ huyện Đức Trọng\n" + "\n" * n + "- 2 -\n" + "\n" * n) * 2
    ),
}


@pytest.mark.parametrize("shape", list(_PAGE_BREAK_SHAPES))
def test_page_breaks_take_time_in_proportion(shape: str) -> None:
    from unionstats.clean import join_page_breaks

    make = _PAGE_BREAK_SHAPES[shape]
    seconds = []
    for n in (2_000, 20_000):
        text = make(n)
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            join_page_breaks(text)
            best = min(best, time.process_time() - start)
        seconds.append(best)
    assert seconds[1] < 30 * seconds[0] + 0.02, f"{seconds[1]:.3f} s for 10x {seconds[0]:.3f} s"


def test_measure_headers_with_a_notes_column_left_empty_read_the_rows() -> None:
    text = (
        "Nội dung\nSố lượng\nKinh phí (triệu đồng)\nGhi chú (nếu có)\n"
        "Thăm hỏi đoàn viên ốm đau (lượt)\n2.318\n1.159,0\nQuà Tết (suất)\n6.540\n3.270,0\n"
    )
    lines = clean(text, is_html=False).text.split("\n")
    assert lines[0] == "Nội dung | Số lượng | Kinh phí (triệu đồng) | Ghi chú (nếu có)"
    assert lines[1].startswith("Thăm hỏi đoàn viên ốm đau (lượt) | 2.318 | 1.159,0 |")
    assert lines[2].startswith("Quà Tết (suất) | 6.540 | 3.270,0 |")


def test_measure_headers_over_a_cell_left_empty_make_no_shifted_rows() -> None:
    # `Thăm hỏi | 2.318 | Quà Tết`, `6.540 | 3.270,0 | Hỗ trợ xây nhà` were rows
    text = (
        "Nội dung\nSố lượng (lượt)\nKinh phí (triệu đồng)\nThăm hỏi đoàn viên ốm đau\n2.318\n"
        "Quà Tết\n6.540\n3.270,0\nHỗ trợ xây nhà\n12\n600,0\n"
    )
    assert " | " not in clean(text, is_html=False).text


# Number-first texts (blind probe 40, 2026-12-03): infographics' alt text, fact boxes, slides.
@pytest.mark.parametrize(
    ("written", "is_html", "read"),
    [
        # a card: the figure on its line, its label on the next
        ("Những con số nổi bật\n\n186.420\nđoàn viên công đoàn toàn tỉnh\n▲ +2,4% so với năm 2022",
         False, "186.420 đoàn viên công đoàn toàn tỉnh"),
        ("Những con số nổi bật\n\n2.318\nCĐCS trực thuộc các LĐLĐ huyện", False,
         "2.318 CĐCS trực thuộc các LĐLĐ huyện"),
        # a fact box of a page: the figure and its label in two elements
        ('<div class="fact"><div class="number">Gần 134 nghìn</div>'
         '<span class="label">công đoàn cơ sở</span></div>', True, "Gần 134 nghìn công đoàn cơ sở"),
        ('<div class="number">8,3 triệu đồng/người/tháng</div><p>thu nhập bình quân</p>', True,
         "8,3 triệu đồng/người/tháng thu nhập bình quân"),
        # a slide's row: the figure and its label in two cells
        ("Slide 4: KẾT QUẢ NỔI BẬT\n📌 8.915 | đoàn viên kết nạp mới\n112 | CĐCS trực thuộc", False,
         "📌 8.915 đoàn viên kết nạp mới\n112 CĐCS trực thuộc"),
        # a numbered card: its number goes, its label opening in capitals (probe 9fm)
        ("10 con số nổi bật\n\n3. 1.462\nCông đoàn cơ sở được thành lập mới.", False,
         "\n1.462 Công đoàn cơ sở được thành lập mới."),
        # ... a label naming the count of its noun
        ("10 con số nổi bật\n\n1. 11,4 triệu\nTổng số đoàn viên công đoàn trên cả nước.", False,
         "\n11,4 triệu Tổng số đoàn viên công đoàn trên cả nước."),
        # ... a card's own bullet before its figure, its label below (hostile round 116)
        ("Kết quả\n\n► 1.250\nđoàn viên kết nạp mới\n► 25\ncông đoàn cơ sở thành lập mới", False,
         "► 1.250 đoàn viên kết nạp mới\n► 25 công đoàn cơ sở thành lập mới"),
        # a card's label, then an arrow to its figure
        ("Những con số\n\nTổng giá trị chăm lo trong Tháng Công nhân\n→ 18,45 tỷ đồng", False,
         "Tổng giá trị chăm lo trong Tháng Công nhân → 18,45 tỷ đồng"),
        # a bulletin's dot leaders: the label's colon
        ("LŨY KẾ 11 THÁNG\nĐoàn viên kết nạp mới ........ 2.187/2.000\nĐối thoại định kỳ …… 58 cuộc",
         False, "Đoàn viên kết nạp mới: 2.187/2.000\nĐối thoại định kỳ: 58 cuộc"),
        # ... a label's after a bracket too
        ("Trợ cấp đột xuất (tai nạn) ........ 18 lượt\nThăm hỏi ốm đau ......... 126 lượt", False,
         "Trợ cấp đột xuất (tai nạn): 18 lượt\nThăm hỏi ốm đau: 126 lượt"),
        # ... but a Word table's, as many figures in each row, are its cells; its header's
        # names two spaces apart too
        ("Nội dung                 Số lượt      Số tiền\n"
         "Thăm hỏi ốm đau .......... 97 lượt ....... 48.500\n"
         "Trợ cấp khó khăn ......... 14 lượt ....... 21.000", False,
         "| Nội dung | Số lượt | Số tiền |\n| Thăm hỏi ốm đau | 97 lượt | 48.500 |\n"
         "| Trợ cấp khó khăn | 14 lượt | 21.000 |"),
        # ... a header of leaders as its rows have
        ("Nội dung ............ Số lượt ..... Số tiền (ngàn đồng)\n"
         "Thăm hỏi ốm đau ........... 46 ..... 23.000\nHiếu, hỷ .............. 31 ..... 15.500",
         False, "| Nội dung | Số lượt | Số tiền (ngàn đồng) |\n| Thăm hỏi ốm đau | 46 | 23.000 |"),
    ],
)  # fmt: skip
def test_a_figure_shown_before_its_label_reads_as_prose_writes_it(
    written: str, is_html: bool, read: str
) -> None:
    assert read in clean(written, is_html=is_html).text


@pytest.mark.parametrize(
    "text",
    [
        # two figures, each a cell: a table's row, not a card
        "Tết 2023\n4.318 lượt | 3,02 tỷ đồng\nMái ấm Công đoàn",
        # a figure line before a heading or another figure: no label follows
        "Kết quả năm 2023\n186.420\nKẾT QUẢ NỔI BẬT",
        "Kết quả năm 2023\n186.420\n2.318",
        "Kết quả\n1. 2023\nĐoàn viên kết nạp mới tăng.",
        # labels above their figures: no figure joins the next card's label (hostile round 116)
        "Những con số\n\nTổng số đoàn viên\n112.740\nSố lượt đoàn viên được chăm lo\n45.300",
        "Năm 2023 kết nạp 1.200 đoàn viên\n→ 1.350 năm 2024",
    ],
)
def test_what_is_no_card_keeps_its_lines(text: str) -> None:
    # (guards of probe 9fm's cards: a numbered heading's year, an arrow after a figure's line)
    assert clean(text, is_html=False).text == text


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Báo cáo năm 2024\nTổng số đoàn viên:\n12.850\nHết.", "Tổng số đoàn viên: 12.850"),
        ("Báo cáo năm 2024\nKết nạp mới:\n1.020 đoàn viên", "Kết nạp mới: 1.020 đoàn viên"),
        (
            "Báo cáo năm 2024\nTổng số tiền chăm lo là\n2.500.000.000 đồng",
            "Tổng số tiền chăm lo là 2.500.000.000 đồng",
        ),
    ],
)
def test_a_label_line_and_its_figure_on_the_next_read_as_one_line(written: str, read: str):
    """A PDF's or a form's copy puts the figure under its label (`Tổng số đoàn viên:` /
    `12.850`); apart, the figure had no label and was lost."""
    assert read in clean(written, is_html=False).text.split("\n")


def test_a_label_line_over_a_numbered_item_keeps_its_break() -> None:
    text = "Báo cáo năm 2024\nKết quả:\n1. Kết nạp 120 đoàn viên.\n2) Thành lập 3 CĐCS."
    assert clean(text, is_html=False).text == text


def test_a_job_advertisement_between_paragraphs_is_dropped() -> None:
    """A hiring's line with its phone number (probe 9ha): the advertiser's, its pay no average
    of the report's; a report's own sentence on hiring stays."""
    page = (
        "Năm 2024, thu nhập bình quân đạt 8,1 triệu đồng/người/tháng.\n>>> TUYỂN DỤNG GẤP 500 "
        "CÔNG NHÂN MAY - ĐẾ GIÀY. Lương 8-12 triệu/tháng. Liên hệ: 0274 3652 188 <<<\n"
        "Năm 2024, Công ty đã tuyển dụng mới 300 lao động.\n"
    )
    text = clean(page, is_html=False).text
    assert "8-12 triệu" not in text
    assert "8,1 triệu" in text and "tuyển dụng mới 300" in text


def test_a_reports_own_feedback_section_after_a_list_of_links_stays() -> None:
    """`Ý kiến phản hồi` under a list of other articles may be the report's own section
    (hostile round 131): only readers' headings (`Bình luận`, `Ý kiến bạn đọc`) end that list
    into comments."""
    page = (
        "LĐLĐ tỉnh trao 5.000 suất quà Tết cho đoàn viên khó khăn trên địa bàn tỉnh.\n"
        "Tin liên quan\n• LĐLĐ huyện Lạng Giang: 6 tháng kết nạp 860 đoàn viên (05/07/2018)\n"
        "Ý kiến phản hồi\nCác cấp công đoàn đã kết nạp 12.500 đoàn viên trong năm 2023."
    )
    text = clean(page, is_html=False).text
    assert "12.500 đoàn viên" in text and "860" not in text


# Whole pages saved with their noise (blind probe 42, 2026-12-03).
@pytest.mark.parametrize(
    ("page", "is_html"),
    [
        ('<article><p>LĐLĐ tỉnh trao 5.000 suất quà Tết.</p></article><section class="comments">'
         '<h3>Ý kiến bạn đọc (3)</h3><div class="cmt"><p class="cmt-body">Công ty em có 1.200 '
         "công nhân, năm nay công đoàn tặng 150 suất quà.</p></div></section>", True),
        ("LĐLĐ tỉnh trao 5.000 suất quà Tết.\nChia sẻ\nBình luận (12)\nGửi bình luận\n"
         "Nguyễn Văn Tâm\nCông ty tôi có 2.500 công nhân, năm nay công đoàn tặng 150 suất quà.\n"
         "Bài viết cùng chuyên mục\nLĐLĐ huyện Lạng Giang: 6 tháng kết nạp 860 đoàn viên (05/07/2018)",
         False),
        # ... the comments' heading right under a list of other articles (probe 9ha)
        ("LĐLĐ tỉnh trao 5.000 suất quà Tết.\nTin cùng chủ đề\n• LĐLĐ huyện Lạng Giang: 6 tháng "
         "kết nạp 860 đoàn viên (05/07/2018)\nChia sẻ   Facebook   Lưu tin\nBình luận (7)\nGV "
         "Hoàng Lan: Trường em có 2.500 công nhân mà thiếu 6 người.\n  12/01/2024 15:03 · Thích "
         "(12) · Trả lời", False),
        # ... a count before it, a link to write one after it (hostile round 131)
        ("LĐLĐ tỉnh trao 5.000 suất quà Tết.\n7 bình luận\nGV Hoàng Lan: Trường em có 2.500 công "
         "nhân mà thiếu 6 người.", False),
        ("LĐLĐ tỉnh trao 5.000 suất quà Tết.\nBình luận (2) | Viết bình luận\nAnh Tâm: Công ty em "
         "có 2.500 công nhân.", False),
    ],
)  # fmt: skip
def test_readers_comments_and_other_articles_are_no_part_of_the_report(
    page: str, is_html: bool
) -> None:
    text = clean(page, is_html=is_html).text
    assert "5.000 suất quà" in text
    assert "1.200" not in text and "2.500" not in text and "860" not in text


# Scans read by OCR (blind probe 44, 2026-12-03).
@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("có 2.9O6 đoàn viên", "có 2.906 đoàn viên"),  # O for 0
        ("tổng trị giá 4l8 triệu", "tổng trị giá 418 triệu"),  # l for 1
        ("kết nạp l28/200 đoàn viên", "kết nạp 128/200 đoàn viên"),
        ("đạt tỷ lệ 1O0%", "đạt tỷ lệ 100%"),
        ("cấp 1. 046 suất quà", "cấp 1.046 suất quà"),  # a space at the group mark
        ("có 172. 460 đoàn viên", "có 172.460 đoàn viên"),
        # ... while words, Roman numerals, chemistry and enumerations keep their letters
        ("Il và lOl", "Il và lOl"),
        ("I. KẾT QUẢ", "I. KẾT QUẢ"),
        ("Quý II/2019", "Quý II/2019"),
        ("khí CO2 và H2O", "khí CO2 và H2O"),
        ("1. 250 đoàn viên", "1. 250 đoàn viên"),
        ("năm 2019. 250 đoàn viên", "năm 2019. 250 đoàn viên"),
        # spaces at the group mark or the decimal comma of a scraped page (probe 9fz)
        ("tặng 24.  760 suất quà", "tặng 24.760 suất quà"),
        ("làm lợi trên 4, 2 tỷ đồng", "làm lợi trên 4,2 tỷ đồng"),
        ("đạt 8, 45 triệu đồng/người/tháng", "đạt 8,45 triệu đồng/người/tháng"),
        ("đạt 98, 7%", "đạt 98,7%"),
        ("hơn 3 ,5 tỷ đồng", "hơn 3,5 tỷ đồng"),
        # ... not a list of figures, nor figures apart
        ("các mức 3, 5, 7 triệu đồng", "các mức 3, 5, 7 triệu đồng"),
        ("kết nạp 120, 45 đoàn viên", "kết nạp 120, 45 đoàn viên"),
        # ... after a label's colon too; not a batch's number (hostile round 122)
        ("Giá trị làm lợi: 1 ,35 tỷ đồng", "Giá trị làm lợi: 1,35 tỷ đồng"),
        ("đợt 1, 2 tỷ đồng; đợt 2, 3 tỷ đồng", "đợt 1, 2 tỷ đồng; đợt 2, 3 tỷ đồng"),
        ("tăng lần lượt 5, 7%", "tăng lần lượt 5, 7%"),
        ("giai đoạn 1, 2 tỷ đồng", "giai đoạn 1, 2 tỷ đồng"),
        # (the re-read) a capital's batch; figures given respectively; spaces on both sides
        ("Đợt 2, 15 tỷ đồng", "Đợt 2, 15 tỷ đồng"),
        ("lần lượt đạt 85, 92%", "lần lượt đạt 85, 92%"),
        ("làm lợi trên 4 , 2 tỷ đồng", "làm lợi trên 4,2 tỷ đồng"),
    ],
)
def test_a_figure_misread_by_ocr_is_read_as_written(written: str, read: str) -> None:
    assert normalize_vietnamese(written) == read


def test_a_pasted_spreadsheet_keeps_its_empty_cells_under_a_header_naming_every_column():
    """A sheet's rows pasted with a tab per cell: a row with no plan (`⇥⇥164`) keeps its
    empty cell, so the figure done stays under `TH 2023`, not under the plan's column."""
    text = (
        "STT\tChỉ tiêu\tĐVT\tKH 2023\tTH 2023\tSo KH (%)\n"
        "1\tTổng số CĐCS\tCĐCS\t\t164\t\n"
        "2\tKết nạp ĐV mới\tngười\t600\t731\t121,8\n"
    )
    assert clean(text, is_html=False).text == (
        "STT | Chỉ tiêu | ĐVT | KH 2023 | TH 2023 | So KH (%)\n"
        "1 | Tổng số CĐCS | CĐCS | | 164\n"
        "2 | Kết nạp ĐV mới | người | 600 | 731 | 121,8"
    )


def test_a_pasted_header_on_two_lines_keeps_the_empty_cells_its_merged_cells_leave():
    """Word's two-row header pasted with tabs: `Thực hiện` spans three columns (two empty
    cells after it), named on the line below; empty cells stay, so `Năm 2010` stands over
    the first figure and the growth column over the last, with the lower line's leading empty
    cells kept too."""
    text = (
        "TT\tChỉ tiêu\tĐơn vị tính\tThực hiện\t\t\tTăng bình quân (%)\n"
        "\t\t\tNăm 2010\tNăm 2011\tNăm 2012\t\n"
        "1\tSố công đoàn cơ sở\tCĐCS\t104.627\t111.908\t117.244\t5,9\n"
    )
    assert clean(text, is_html=False).text == (
        "TT | Chỉ tiêu | Đơn vị tính | Thực hiện | | | Tăng bình quân (%)\n"
        "| | | Năm 2010 | Năm 2011 | Năm 2012\n"
        "1 | Số công đoàn cơ sở | CĐCS | 104.627 | 111.908 | 117.244 | 5,9"
    )


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("     • 1.146 – số lượt ĐV được thăm hỏi", "     • 1.146 số lượt ĐV được thăm hỏi"),
        ("- 3.015 – tổng số người lao động", "- 3.015 tổng số người lao động"),
        # a range and a label's dash are no figure card
        ("- Từ 12 - 15 người", "- Từ 12 - 15 người"),
        ("- Kết nạp mới – 312 ĐV", "- Kết nạp mới – 312 ĐV"),
    ],
)
def test_a_list_items_figure_before_a_dash_is_read_before_its_label(line: str, read: str):
    assert clean(f"Năm 2023:\n{line}", is_html=False).text == f"Năm 2023:\n{read}"


def test_prose_with_a_tab_for_every_space_is_no_sheet_when_a_tab_is_pressed_twice():
    """Prose typed with a tab for each space is read as prose; a tab pressed twice in one of
    its lines (`lập⇥⇥12`) made every line a pasted sheet's row, its figures cut from their
    nouns."""
    text = (
        "Năm\t2024,\tCông\tđoàn\ttỉnh\tđã\tkết\tnạp\t1.250\tđoàn\tviên\tmới.\n"
        "Thành\tlập\t\t12\tCĐCS\tmới\ttrong\tnăm."
    )
    assert clean(text, is_html=False).text.split("\n")[0] == (
        "Năm 2024, Công đoàn tỉnh đã kết nạp 1.250 đoàn viên mới."
    )


def test_a_blogs_shortcode_is_markup_and_ends_its_caption() -> None:
    """`[caption id="attachment_2071" ...]...[/caption]` copied with a post's text: its numbers
    are no year of the report (mined round 28), the caption ends its line."""
    text = (
        'Công đoàn chăm lo Tết\n[caption id="attachment_2071" align="alignleft" width="480"] '
        "Lãnh đạo huyện tặng quà công nhân[/caption]Ban Thường vụ LĐLĐ huyện đã tặng 36 phần quà."
    )
    cleaned = clean(text, is_html=False).text
    assert "2071" not in cleaned and "caption" not in cleaned
    assert "Lãnh đạo huyện tặng quà công nhân\nBan Thường vụ LĐLĐ huyện" in cleaned


def test_text_in_square_brackets_named_like_a_shortcode_is_text() -> None:
    """`[Video ghi lại: LĐLĐ huyện trao 250 suất quà Tết]` is a caption written in brackets, not
    markup: a shortcode's name is lower case and only attributes follow it (hostile round 63)."""
    text = (
        "LĐLĐ huyện chăm lo Tết cho đoàn viên\n\nSáng 20/1, LĐLĐ huyện tổ chức chương trình Tết "
        "Sum vầy cho công nhân ở lại.[/caption]\n[Video ghi lại: LĐLĐ huyện trao 250 suất "
        "quà Tết cho đoàn viên]\nChương trình diễn ra ấm cúng."
    )
    cleaned = clean(text, is_html=False).text
    assert "[Video ghi lại: LĐLĐ huyện trao 250 suất quà Tết cho đoàn viên]" in cleaned


@pytest.mark.parametrize(
    ("broken", "joined"),
    [
        # a PDF's hyphen inside a syllable: the syllable whole again (probe 9ah)
        ("đã kết nạp 216 đoàn vi-\nên mới.", "đã kết nạp 216 đoàn viên mới."),
        # ... between two syllables: a space
        ("Tổ chức 12 lớp tập-\nhuấn cho cán bộ.", "Tổ chức 12 lớp tập huấn cho cán bộ."),
        # ... not before a capital or a digit (`Bà Rịa-` / `Vũng Tàu`, `Covid-` / `19`)
        ("Tỉnh Bà Rịa-\nVũng Tàu có 12 CĐCS.", "Tỉnh Bà Rịa-\nVũng Tàu có 12 CĐCS."),
    ],
)
def test_a_word_a_pdf_hyphenated_at_a_lines_end_is_one_again(broken: str, joined: str) -> None:
    text = "BÁO CÁO\nKết quả công tác năm 2023\n\n" + broken
    assert clean(text, is_html=False).text.endswith(joined)


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        # a keycap alone opening a line numbers a post's section: a bullet (probe 9dp)
        ("1\ufe0f\u20e3 ĐOÀN VIÊN", "• ĐOÀN VIÊN"),
        ("  2\u20e3 QUÀ TẾT", "  • QUÀ TẾT"),
        # ... a run of keycaps, or one inside a sentence, is a figure
        (
            "kết nạp mới 1\ufe0f\u20e32\ufe0f\u20e30\ufe0f\u20e3 đoàn viên",
            "kết nạp mới 120 đoàn viên",
        ),
        ("1\ufe0f\u20e32\ufe0f\u20e3 đoàn viên mới", "12 đoàn viên mới"),
        # ... and one a word in lower case follows counts it (hostile round 96)
        ("5\ufe0f\u20e3 đoàn viên được kết nạp", "5 đoàn viên được kết nạp"),
        ("2\ufe0f\u20e3. Quà Tết", "•. Quà Tết"),
    ],
)
def test_a_keycap_opening_a_line_is_a_bullet(text: str, normalised: str) -> None:
    assert normalize_vietnamese(text) == normalised
