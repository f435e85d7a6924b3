"""parse_quantity: every row of the number table in indicators.md, the forms of the spec, and
properties that hold for any text."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionstats import parse_quantity
from unionstats.analysis.vn_format import format_number as format_vn
from unionstats.analysis.vn_format import format_vnd
from unionstats.candidates import candidates
from unionstats.numbers import (
    _JOINERS,
    _MAYBE_UNREADABLE,
    _NOT_QUALIFIER,
    _QUAL_BEFORE,
    _SAMPLE_STEP,
    _SAMPLED_RUN,
    QUALIFIERS,
    SPELLED_RE,
    SPELLED_WORDS,
    _alt,
    _words,
    qualifier_before,
    qualifier_of,
    read_spelled,
)

NUMBER_TABLE = [
    ("3.611", 3611),
    ("600.175", 600175),
    ("2.110 lượt", 2110),
    ("260,7 tỷ đồng", 260.7e9),
    ("11,73 tỷ", 11.73e9),
    ("4,5 tỷ", 4.5e9),
    ("584,700 tỷ đồng", 584.7e9),
    ("1,863 tỷ đồng", 1.863e9),
    ("85.6 triệu đồng", 85.6e6),
    ("5,450.000 đồng/người/tháng", 5_450_000),
    ("1 tỷ 255 triệu đồng", 1_255_000_000),
    ("236 tr.đồng", 236_000_000),
    ("hai mươi mốt nghìn", 21000),
]


@pytest.mark.parametrize(("text", "value"), NUMBER_TABLE)
def test_number_table(text: str, value: float) -> None:
    q = parse_quantity(text)
    assert q is not None
    assert q.value == pytest.approx(value)
    assert q.flags == ()


def test_mixed_separators_give_value_and_target() -> None:
    q = parse_quantity("2.529,554/2.516,100 triệu đồng")
    assert q is not None
    assert q.value == pytest.approx(2_529_554_000)
    assert q.target == pytest.approx(2_516_100_000)
    assert q.unit == "VND"


def test_repeated_scale_word_is_flagged_not_multiplied() -> None:
    q = parse_quantity("210.000.000 triệu đồng cho 210 ĐV")
    assert q is not None
    assert q.value == 210_000_000
    assert "scale_repeated" in q.flags


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2.500.000 nghìn đồng", 2_500_000_000),
        ("2,500,000 ngàn đồng", 2_500_000_000),
        ("1.234.567,8 nghìn đồng", 1_234_567_800),
    ],
)
def test_thousands_of_dong_with_group_marks_are_thousands(text: str, value: float) -> None:
    """`2.500.000 nghìn đồng` is how finance tables write 2,5 tỷ: `nghìn` never repeats an
    amount written in full, as `210.000.000 triệu đồng` does."""
    q = parse_quantity(text)
    assert q is not None
    assert (q.value, q.flags) == (pytest.approx(value), ())


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hai mươi mốt nghìn không trăm mười một", 21011),
        ("một trăm linh năm", 105),
        ("ba mươi lăm", 35),
        ("mười hai nghìn", 12000),
        ("một nghìn tỷ đồng", 1e12),
        ("hai triệu năm trăm nghìn", 2_500_000),
        # a larger scale takes the smaller groups before it, as speech says sums (probe 9gv)
        ("ba nghìn tám trăm tỷ đồng", 3.8e12),
        ("hai nghìn tám trăm tỷ", 2.8e12),
        ("mười hai nghìn tỷ", 12e12),
        # ... and a half after a spelled scale (probe 9gv)
        ("một tỷ rưỡi đồng", 1.5e9),
        ("một nghìn rưỡi", 1500),
        # (not past a comma, after which smaller groups go on: hostile round 128)
        ("năm trăm nghìn, một triệu", 1_500_000),
    ],
)
def test_spelled_numbers(text: str, value: float) -> None:
    q = parse_quantity(text)
    assert q is not None and q.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3 nghìn", 3000),
        ("3 ngàn", 3000),
        ("2 triệu", 2e6),
        ("7 tỷ", 7e9),
        ("1,2 nghìn tỷ", 1.2e12),
    ],
)
def test_scale_words(text: str, value: float) -> None:
    q = parse_quantity(text)
    assert q is not None and q.value == pytest.approx(value)


# Speech and broadcast scripts write figures as they are said: hundreds as a scale, the
# hundreds of a group before its thousands, and a last digit after a larger scale its next
# digit (`3 tỷ 2` is 3,2 tỷ), but not a number of its own after it (`300 triệu 2 lần`) nor a
# list item's number on the next line.
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5 trăm công nhân", 500),
        ("2 trăm triệu đồng", 200e6),
        ("3 ngàn 4 trăm đoàn viên", 3_400),
        ("1 trăm 30 ngàn người", 130_000),
        ("3 ngàn 1 trăm 20 đoàn viên", 3_120),
        ("3 trăm 40 sáng kiến", 340),
        ("3 trăm 5 chục người", 350),
        ("8 trăm 40 triệu đồng", 840e6),
        ("87 triệu 5 trăm ngàn đồng", 87.5e6),
        ("hơn 1 tỷ 1 trăm triệu đồng", 1.1e9),
        ("2 tỷ 3 trăm 50 triệu đồng", 2.35e9),
        ("tổng trị giá hơn 3 tỷ 2, tập trung", 3.2e9),
        ("khoảng 5 triệu 8/người/tháng", 5.8e6),
        ("tổng kinh phí khoảng 41 tỷ 5.", 41.5e9),
        ("1 tỷ 255 triệu đồng", 1_255e6),
        ("kinh phí 300 triệu 2 lần", 300e6),
        ("kinh phí 50 triệu\n2. Tặng quà", 50e6),
        # hundreds ending a chain after millions or billions are the next group's, as said
        # (`7 triệu 5 trăm` is 7,5 triệu; `3 tỷ 2 trăm 50` is 3,25 tỷ), not units
        ("lương bình quân 7 triệu 5 trăm đồng/tháng", 7.5e6),
        ("tổng kinh phí 3 tỷ 2 trăm 50, tăng so với năm trước", 3.25e9),
        ("3 tỷ 2 trăm 5 chục đồng", 3.25e9),
        ("1 triệu 2 trăm 50 nghìn đồng", 1.25e6),
        # three digits after thousands or more are the next group, before a word too
        ("520 ngàn 340 sáng kiến", 520_340),
        ("3 nghìn 250 đoàn viên", 3_250),
        # millions in a chat's shorthand, the digits glued after them its next digits
        ("số tiền 7tr500.", 7.5e6),
        ("tổng 6tr9, còn lại", 6.9e6),
        ("hỗ trợ 2tr35 đồng", 2.35e6),
        # (not a range's first end, nor after a decimal: `từ 7tr500 đến 8tr500`, `1,2tr5`)
        ("từ 7tr500 đến 8tr500 cho mỗi đoàn viên", 7.0),
        ("hỗ trợ 1,2tr5 cho đoàn viên", 1.2),
        # English scales in a bilingual bulletin: the dot is the decimal mark, the comma groups
        ("Average income: VND 8.7 million/person/month", 8.7e6),
        ("total VND 2.345 billion", 2.345e9),
        ("saving VND 1,250 million", 1.25e9),
    ],
)
def test_figures_written_as_they_are_said(text: str, value: float) -> None:
    q = parse_quantity(text)
    assert q is not None and q.value == pytest.approx(value)


# Hostile round 21: the next digit after a larger scale before a person noun, not a count of
# its own (`15 ngàn 6 đoàn viên` was 6 new members, `1 triệu 2 đoàn viên` 2 members); a
# decimal before the scale makes no chain, and other nouns keep their number
# (`300 triệu 2 lần`, above).
@pytest.mark.parametrize(
    ("text", "value", "end"),
    [
        ("15 ngàn 6 đoàn viên", 15_600, 9),
        ("hơn 1 triệu 2 đoàn viên", 1_200_000, 13),
        ("1 ngàn 2 người lao động", 1_200, 8),
        ("1,2 triệu 3 người", 1_200_000, 9),
    ],
)
def test_next_digit_after_a_scale_before_a_person_noun(text: str, value: float, end: int) -> None:
    q = parse_quantity(text)
    assert q is not None and q.value == pytest.approx(value) and q.end == end


# Hostile round 21: spelled numbers as speech says them, like `3 tỷ 2`: one digit word right
# after `trăm` or a larger scale is its next digit (`ba tỷ hai đồng` was 3 000 000 002 đồng,
# `một nghìn sáu` 1 006), after a joiner the units (`một trăm linh năm`); `năm` ending a
# phrase is the year (`hai triệu năm 2023` was 2 000 005, `hai mươi năm` 25).
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ba tỷ hai đồng", 3.2e9),
        ("một nghìn sáu đoàn viên", 1_600),
        ("mười lăm nghìn sáu người", 15_600),
        ("hai triệu mốt đồng", 2_100_000),
        ("hai vạn ba người", 23_000),
        ("một trăm hai đoàn viên", 120),
        ("một trăm lẻ năm đoàn viên", 105),
        ("mười lăm nghìn không trăm linh sáu", 15_006),
        ("hai triệu năm 2023", 2_000_000),
        ("hai nghìn năm trăm", 2_500),
        ("hai mươi năm qua", 20),
    ],
)
def test_spelled_next_digit_after_a_scale(text: str, value: float) -> None:
    q = parse_quantity(text)
    assert q is not None and q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("một tỷ, hai trăm năm mươi triệu đồng", 1_250_000_000),
        ("Hai tỷ, năm trăm hai mươi ba triệu, bốn trăm nghìn đồng", 2_523_400_000),
        ("một nghìn, hai trăm đoàn viên", 1_200),
        ("hai, ba đoàn viên", 2),  # (a list: the first number)
    ],
)
def test_a_comma_after_a_spelled_scale_goes_on_with_the_smaller_groups(
    text: str, value: float
) -> None:
    """A `Bằng chữ` line writes its groups with commas; read up to the comma, 1,25 tỷ was
    250 triệu."""
    q = parse_quantity(text)
    assert q is not None and q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("trên 11,73 tỷ đồng", "over"),
        ("hơn 135 tin", "over"),
        ("ít nhất 20 lớp", "over"),
        ("gần 200 công trình", "nearly"),
        ("khoảng 5 triệu đồng", "approx"),
        ("xấp xỉ 3.000 người", "approx"),
        ("dưới 10%", "under"),
        ("không quá 3 tỷ", "under"),
        ("chưa đến 50 %", "under"),
        ("1.738 tin", "exact"),
        ("1.000 người trở lên", "over"),
        ("5 triệu đồng trở xuống", "under"),
        ("trên dưới 60 sáng kiến", "approx"),
        # an estimate (`ước tính`) reached; `ước đạt` is the year's result as the samples read it
        ("ước tính đạt 12 tỷ đồng", "approx"),
        ("ước đạt 7.450.000 đồng", "exact"),
        # ... an estimate that closes a label, its colon between
        ("giá trị làm lợi ước tính: 27,4 tỷ đồng", "approx"),
        ("giá trị làm lợi: 27,4 tỷ đồng", "exact"),
        ("giá trị làm lợi (ước tính): 27,4 tỷ đồng", "approx"),
        ("non 200 cán bộ", "nearly"),
        ("ngót 420 suất quà", "nearly"),
        # a qualifier after a word that ends in `cấp` still qualifies; `cấp trên`, `mầm non`
        # and `nước ngoài` are words of their own
        ("trợ cấp khoảng 420 lượt", "approx"),
        ("công đoàn cấp trên 1,2 tỷ", "exact"),
        ("giáo viên mầm non 120 người", "exact"),
        ("vốn đầu tư nước ngoài 8,1 triệu đồng", "exact"),
        # a slide's signs of an estimate; `nói trên` (the aforesaid) is no `trên` (probes 9gd, 9ge)
        ("~ 18.900 người", "approx"),
        ("≈ 522 triệu đồng", "approx"),
        ("các đoàn viên nói trên 172 suất quà", "exact"),
        ("số công nhân kể trên 300 triệu đồng", "exact"),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    q = parse_quantity(text)
    assert q is not None and q.qualifier == qualifier


@pytest.mark.parametrize(
    # (`~` between two figures, as FDI firms' papers write a range: hostile round 22)
    "text",
    ["từ 1.000 đến 2.000 đồng", "1.000-2.000 đồng", "1.000 – 2.000 đồng", "1.000~2.000 đồng"],
)
def test_ranges_give_low_and_high(text: str) -> None:
    q = parse_quantity(text)
    assert q is not None
    assert (q.low, q.high) == (1000, 2000)
    assert q.value == 1500 and "range" in q.flags and q.unit == "VND"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("98,8 %", "percent"),
        ("260,7 tỷ đồng", "VND"),
        ("5,450.000 đồng/người/tháng", "VND/person/month"),
        ("6.800.000 đồng/tháng", "VND/person/month"),
        ("9,2 trđ/người/tháng", "VND/person/month"),
        ("9,2 tr.đ", "VND"),
        ("7,2 triệu/người/tháng", "VND/person/month"),
        ("248 đồng chí", "persons"),
        ("2.110 lượt đoàn viên", "persons"),
        ("35 sáng kiến", None),
        # only money is counted in billions, and `tr` is its shorthand
        ("4,1 tỉ", "VND"),
        ("1.250tr", "VND"),
        ("1 tỷ 350 triệu", "VND"),
        ("1,2 triệu", None),
        ("1,2 triệu đoàn viên", "persons"),
        # `k`, the informal thousand, written right after the digits: money
        ("8.450k/ng/tháng", "VND/person/month"),
        ("7.980k", "VND"),
        ("3 k", None),
    ],
)
def test_units(text: str, unit: str | None) -> None:
    q = parse_quantity(text)
    assert q is not None and q.unit == unit


def test_percent_comma_is_decimal_even_with_three_digits() -> None:
    q = parse_quantity("12,500%")
    assert q is not None and q.value == pytest.approx(12.5)


@pytest.mark.parametrize("text", ["", "không có số nào", "đồng", "%", "tỷ đồng", None])
def test_no_number_gives_none(text: str | None) -> None:
    assert parse_quantity(text) is None  # type: ignore[arg-type]


def test_read_spelled_rejects_other_words() -> None:
    assert read_spelled("hai con mèo") is None


# No deadline: the first figure a worker reads loads the catalogue's person nouns (0.5 s on
# a loaded 2-core machine), and whether that first figure falls in this test depends on how
# xdist shares the tests out (it did after round 21's tests were added: "took 540 ms").
@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_on_arbitrary_text(text: str) -> None:
    parse_quantity(text)


NUMBERISH = st.lists(
    st.sampled_from(
        [*"0123456789.,/-–% ", "tỷ", "triệu", "nghìn", " đồng", "từ ", " đến ", "trên "]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300)
@given(NUMBERISH)
def test_never_raises_on_number_like_text(text: str) -> None:
    q = parse_quantity(text)
    assert q is None or not math.isnan(q.value)


@given(st.integers(min_value=0, max_value=10**13))
def test_vietnamese_integer_round_trip(n: int) -> None:
    q = parse_quantity(format_vn(n))
    assert q is not None and q.value == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=99))
def test_vietnamese_decimal_round_trip(whole: int, cents: int) -> None:
    value = whole + cents / 100
    q = parse_quantity(format_vn(value, 2) + " %")
    assert q is not None and q.value == pytest.approx(value)


@given(st.integers(min_value=1_000_000, max_value=10**14))
def test_money_round_trip(amount: int) -> None:
    q = parse_quantity(format_vnd(amount))
    assert q is not None and q.unit == "VND"
    assert q.value == pytest.approx(amount, rel=0.005)


@given(
    st.integers(min_value=0, max_value=9_999),
    st.integers(min_value=0, max_value=999),
    st.sampled_from([("nghìn", 3), ("triệu", 6), ("tỷ", 9), ("tỉ", 9)]),
    st.sampled_from(["", " đồng", " đồng/người/tháng"]),
)
def test_a_decimal_before_a_scale_word_is_read_exactly(
    whole: int, decimals: int, scale: tuple[str, int], unit: str
) -> None:
    """`8,2 triệu` was 8199999.999999999 in observations.csv: binary float noise."""
    word, power = scale
    digits = str(decimals)
    q = parse_quantity(f"{whole},{digits} {word}{unit}")
    assert q is not None
    assert q.value == whole * 10**power + decimals * 10 ** (power - len(digits))


def test_a_table_unit_scales_cells_exactly() -> None:
    from unionstats.structure import scaled

    q = parse_quantity("8,2")
    assert q is not None
    assert scaled(q, 1_000_000.0, "VND").value == 8_200_000


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("một", 1, None),
        ("hai", 2, None),
        ("không", 0, None),
        ("mười đồng", 10, "VND"),
        ("nửa tỷ đồng", 5e8, "VND"),
        # a share spoken in words (probe 9gv)
        ("một trăm phần trăm", 100, "percent"),
        ("chín mươi phần trăm", 90, "percent"),
    ],
)
def test_a_bare_spelled_numeral_is_a_number(text: str, value: float, unit: str | None) -> None:
    q = parse_quantity(text)
    assert q is not None and (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("không hơn 7.000 đồng", "under"),
        ("ít hơn bảy nghìn đồng", "under"),
        ("không dưới 50 đoàn viên", "over"),
        ("nhiều hơn 120 sáng kiến", "over"),
    ],
)
def test_negated_comparisons_turn_the_qualifier(text: str, qualifier: str) -> None:
    q = parse_quantity(text)
    assert q is not None and q.qualifier == qualifier


def test_a_range_with_the_unit_on_both_ends() -> None:
    q = parse_quantity("từ 1000 đồng đến 2000 đồng")
    assert q is not None and (q.low, q.high, q.unit) == (1000, 2000, "VND")


def test_a_range_with_the_scale_on_the_high_end_only() -> None:
    q = parse_quantity("trị giá từ 300.000 đến 3 triệu đồng")
    assert q is not None and (q.low, q.high) == (300_000, 3_000_000)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("từ 3,64 triệu đến 4,68 triệu đồng/tháng", 3_640_000, 4_680_000, "VND/person/month"),
        ("mỗi suất từ 500 nghìn đến 1 triệu đồng", 500_000, 1_000_000, "VND"),
        ("từ 3 triệu đồng - 5 triệu đồng", 3_000_000, 5_000_000, "VND"),
    ],
)
def test_a_range_with_a_scale_on_each_end(text: str, low: float, high: float, unit: str) -> None:
    """The low end's scale used to end the number: `4,68 triệu` was then read alone."""
    q = parse_quantity(text)
    assert q is not None and (q.low, q.high, q.unit) == (low, high, unit)


def test_a_scale_then_a_dash_and_a_count_is_no_range() -> None:
    q = parse_quantity("3 triệu - 5 người")
    assert q is not None and (q.value, q.low, q.end) == (3_000_000, None, 7)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("gần 23 vạn CNLĐ", 230_000),
        ("tương_đương 1,5 tỉ", 1.5e9),
        ("3.700.000đ/người tháng", 3.7e6),
    ],
)
def test_van_word_segmented_text_and_per_month_without_a_slash(text: str, value: float) -> None:
    q = parse_quantity(text)
    assert q is not None and q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("toàn tỉnh có 1 862 cđcs với 98 765 đoàn viên", [1862, 98765]),
        ("hỗ trợ 1 500 000 đồng", [1_500_000]),
        # the first group belongs to the word before it, or the groups are a row of numbers
        ("trong tháng 6 500 đoàn viên", [6, 500]),
        ("cơn bão số 3 200 hộ bị thiệt hại", [3, 200]),
        # ... unless that word closes a phrase after which a count is told (`tổng số`)
        ("86 930 đv trên tổng số 88 512 cnvclđ", [86_930, 88_512]),
        ("Tổng số 1 096 CĐV", [1_096]),
        ("điện thoại 0913 123 456", [913, 123, 456]),
        ("năm 2023 1 250 người", [2023, 1, 250]),
        # a decimal comma after the groups is the figure's (`1 862,5 triệu`: Word's spaced
        # thousands); read apart, 862,5 triệu was a thousand million short
        ("đạt 1 862,5 triệu", [1_862.5e6]),
        ("chăm lo 1 250,5 đoàn viên", [1250.5]),
        ("chăm lo 1 250.5 đoàn viên", [1250.5]),  # NBSP thousands, dot decimal (read as 250.5)
        ("đạt 1 862,5 2 lần", [1, 862.5, 2]),  # a row of numbers still
    ],
)
def test_thousands_grouped_with_spaces(text: str, values: list[float]) -> None:
    assert [c.q.value for c in candidates(text)] == pytest.approx(values)


QUALIFIED = st.lists(
    st.sampled_from(
        [
            *QUALIFIERS,
            *_words()["not_qualifiers"],
            "từ",
            "cấp",
            "xtrên",
            "trênx",
            "5",
            "_",
            " ",
            "  ",
            "\n",
            "\t",
            "\u00a0",
            "\u2003",
            ",",
            "(",
            "“",
            "a",
            "đạt",
        ]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=2000)
@given(QUALIFIED, st.integers(min_value=0, max_value=3))
def test_qualifier_before_answers_as_its_search(text: str, cut: int) -> None:
    """The check on the last word before the number only skips a search that finds nothing:
    the answer is the plain search's at every position."""

    def searched(text: str, pos: int) -> tuple[str, int]:
        m = _QUAL_BEFORE.search(text, max(0, pos - 24), pos)
        if m is None or _NOT_QUALIFIER.search(text, max(0, m.start() - 8), pos):
            return "exact", pos
        return QUALIFIERS[m.group(1)], m.start()

    for pos in range(max(0, len(text) - cut - 30), len(text) + 1):
        assert qualifier_before(text, pos) == searched(text, pos)


SPELLED_TEXT = st.lists(
    st.sampled_from(
        [*SPELLED_WORDS, "k", "x", "2", "_", " ", "  ", "\n", ",", "hàng", "\u0301", "ba\u0309y"]
    ),
    max_size=16,
).map("".join)


def test_spelled_words_end_where_no_longer_one_goes_on() -> None:
    """What lets `_trie_alt` branch in any order: no spelled word goes on from another with a
    character that may end a word."""
    for short in SPELLED_WORDS:
        for long in SPELLED_WORDS:
            if long != short and long.startswith(short):
                assert re.match(r"\w", long[len(short)])


@settings(max_examples=1000)
@given(SPELLED_TEXT)
def test_spelled_numbers_found_as_with_a_plain_alternation(text: str) -> None:
    word = rf"(?:{_alt(SPELLED_WORDS)})(?![\w])"
    joined = "".join(rf"(?<={re.escape(j)}\s)|" for j in _JOINERS)
    not_last = rf"(?:{joined}(?!(?:{_alt(_words()['not_last'])})(?![\w])(?!\s+(?:{word}))))"
    # (a comma after a scale word goes on with the smaller groups, as `Bằng chữ` lines write)
    group = "(?:" + "|".join(f"(?<={w})" for w in ("tỷ", "tỉ", "triệu", "nghìn", "ngàn")) + "),"
    plain = re.compile(rf"(?:{word})(?:(?:{group})?\s+{not_last}(?:{word})){{0,12}}")
    assert [m.span() for m in SPELLED_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]


_PIECES = st.tuples(st.sampled_from(["1", "٣", ".", ",", "a", " ", "12.345"]), st.integers(1, 320))


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=6))
def test_maybe_unreadable_finds_what_the_plain_alternation_finds(pieces) -> None:
    # The pattern led by one character set (so `re` skips ahead) against the one it replaced.
    text = "".join(piece * n for piece, n in pieces)
    plain = re.compile(r"\d{31}|[\d.,]{301}").search(text)
    found = _MAYBE_UNREADABLE.search(text)
    assert (found and found.span()) == (plain and plain.span())


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=6))
def test_the_sampled_scan_never_hides_a_long_run(pieces) -> None:
    # Every run the full scan finds shows in every 10th character, whatever its alignment.
    text = "".join(piece * n for piece, n in pieces)
    if re.compile(r"\d{31}|[\d.,]{301}").search(text):
        assert _SAMPLED_RUN.search(text[_SAMPLE_STEP - 1 :: _SAMPLE_STEP])


@pytest.mark.parametrize("run", ["1" * 31, "٣" * 31, "1." * 150 + "1", ",,," * 101])
@pytest.mark.parametrize("offset", range(_SAMPLE_STEP))
def test_the_shortest_long_runs_show_at_every_alignment(run: str, offset: int) -> None:
    text = "x" * offset + run + " y"
    assert _MAYBE_UNREADABLE.search(text)
    assert _SAMPLED_RUN.search(text[_SAMPLE_STEP - 1 :: _SAMPLE_STEP])


_NUMBER_TEXT = st.lists(
    st.sampled_from(
        ["1", "0", "9", "٣", ".", ",", "/", " ", "\n", "-", "a", "đ", "%", " triệu", " tỷ",
         " đồng", " đến ", " người/tháng", "năm ", "q.", "x", "123 456", "1.234,5"]
    ),
    max_size=20,
).map("".join)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(_NUMBER_TEXT)
def test_numbers_read_at_digit_runs_are_the_scanned_ones(text: str) -> None:
    # Reading QUANTITY_RE only where a digit run starts finds what a scan of the text finds.
    from unionstats.candidates import _numeric

    low = text.lower()
    runs = [m.start() for m in re.finditer(r"\d\d*", low)]
    scanned = [(p, m.span(), m.groupdict()) for p, m in _numeric(low, None)]
    assert [(p, m.span(), m.groupdict()) for p, m in _numeric(low, runs)] == scanned


@pytest.mark.parametrize("text", ["3.389 Tỷ lệ: 99,3%", "3.389 tỉ lệ", "45 tỷ trọng"])
def test_a_rate_word_after_a_figure_is_no_scale(text: str) -> None:
    """`Tổng số đoàn viên công đoàn 3.389 Tỷ lệ: 99,3%` (a table row copied without its bars):
    `tỷ lệ` is a rate, so the figure stays 3 389, never 3 389 billion đồng."""
    q = parse_quantity(text)
    assert q is not None and q.unit is None and q.value == float(text.split()[0].replace(".", ""))


@pytest.mark.parametrize(
    ("above", "unit"),
    [
        (["Đơn vị tính: triệu đồng"], "triệu đồng"),
        # a Word file's caption and unit on one line
        (["Bảng 2. Thăm hỏi, hỗ trợ quý I/2025          ĐVT: triệu đồng"], "triệu đồng"),
        # (a unit named inside a sentence is no table's)
        (["Năm 2023 chi 2 tỷ đồng, đơn vị đồng"], None),
    ],
)
def test_the_money_unit_above_a_table(above: list[str], unit: str | None) -> None:
    from unionstats.tables import _table_unit

    assert _table_unit(above) == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # the groups below a scale written in full: the rest of the amount
        ("7 triệu 250.000 đồng/người/tháng", 7_250_000, "VND/person/month"),
        ("2 tỷ 140.000.000 đồng", 2_140_000_000, "VND"),
        ("4 triệu 60.000 đồng", 4_060_000, "VND"),
        # a space then dotted groups before a word: one figure typed with two marks
        ("2 318.450 người", 2_318_450, "persons"),
        ("9 300.000 đồng/người/tháng", 9_300_000, "VND/person/month"),
    ],
)
def test_a_figure_written_with_two_marks_is_read_whole(text: str, value: float, unit: str) -> None:
    """Hostile round 38: only the last groups were read (`7 triệu 250.000 đồng` gave 250 000
    as the income, `2 318.450 người` gave 2 members)."""
    q = parse_quantity(text)
    assert q is not None and (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text", ["tháng 6 400.000 đồng", "125 250.000.000\n"])
def test_a_month_or_a_row_of_figures_is_not_joined(text: str) -> None:
    q = parse_quantity(text)
    assert q is not None and q.value < 1000


def test_a_months_pay_per_head_with_dong_left_out_is_money() -> None:
    """`thu nhập bình quân 4.150.000 người/tháng` (mined round 17: read as millions of workers);
    a handful a month stays people."""
    q = parse_quantity("4.150.000 người/tháng")
    assert q is not None and (q.value, q.unit) == (4_150_000, "VND/person/month")
    q = parse_quantity("12 người/tháng")
    assert q is not None and q.unit == "persons"


@pytest.mark.parametrize(
    ("text", "figure", "qualifier"),
    [
        # `trên` between a count with its noun and the next: out of the whole, as `/`
        ("có 6.720 đoàn viên trên 6.985 cán bộ", "6.985", "exact"),
        # ... after a comma, or alone, it is "over"
        ("kết nạp 500 đoàn viên, trên 300 người là nữ", "300", "over"),
        ("đã hỗ trợ trên 300 đoàn viên", "300", "over"),
        # ... and after a count of anything but members
        ("mở 16 lớp bồi dưỡng với trên 1.300 học viên", "1.300", "over"),
        ("có 186 CĐCS với trên 9.850 đoàn viên", "9.850", "over"),
        ("thăm hỏi 1.250 đoàn viên trên 600 triệu đồng", "600", "over"),
    ],
)
def test_over_or_out_of(text: str, figure: str, qualifier: str) -> None:
    assert qualifier_of(text, text.rindex(figure))[0] == qualifier
