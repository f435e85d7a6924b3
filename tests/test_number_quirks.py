"""Number quirks of hostile round 8: a digit run too long to read is a mention with a reason,
marks that do not group by three are flagged, a figure after a comma glued to a word is read;
of round 12: a spreadsheet's scientific notation is read whole."""

from __future__ import annotations

import pytest

from unionstats import parse_quantity
from unionstats.extract import extract
from unionstats.ingest import RawReport
from unionstats.processing import process


@pytest.mark.parametrize("text", ["1.23.456", "12.3456.789 đồng", "1234.567.890", "1,23,456"])
def test_malformed_digit_groups_are_flagged_irregular_grouping(text: str) -> None:
    """Groups of one, two or four digits between marks of one kind are a typo: read as
    before, but flagged so the figure is not trusted silently."""
    q = parse_quantity(text)
    assert q is not None and "irregular_grouping" in q.flags


@pytest.mark.parametrize(
    "text", ["1.234.567", "1.234.567,89", "5,450.000 đồng", "2,5 tỷ", "12.345"]
)
def test_well_formed_digit_groups_carry_no_irregular_flag(text: str) -> None:
    q = parse_quantity(text)
    assert q is not None and "irregular_grouping" not in q.flags


@pytest.mark.parametrize(
    ("text", "value", "flagged"),
    [
        ("1,234 triệu đồng", 1_234_000, True),  # a decimal comma, or 1 234 million?
        ("2,150 nghìn đồng", 2_150, True),
        ("584,700 tỷ đồng", 584.7e9, False),  # grouped: over a trillion đồng, none means it
        ("1,25 triệu đồng", 1_250_000, False),
        ("1.234 triệu đồng", 1_234_000_000, False),
    ],
)
def test_a_comma_before_three_digits_and_a_scale_is_flagged_ambiguous(
    text: str, value: float, flagged: bool
) -> None:
    q = parse_quantity(text)
    assert q is not None and q.value == value
    assert ("ambiguous_grouping" in q.flags) == flagged


def test_a_comma_before_three_digits_in_a_column_of_millions_is_flagged_ambiguous() -> None:
    """`| Tổng số tiền chăm lo (triệu đồng) | 1,250 |`: read grouped, as a spreadsheet writes
    it (1 250 million), a thousand times the prose reading: flagged as prose is."""
    text = "Năm 2023\n| Nội dung | Số lượng |\n| Tổng số tiền chăm lo (triệu đồng) | 1,250 |\n"
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert [(o.value, o.flags) for o in observations] == [(1.25e9, ("ambiguous_grouping",))]


@pytest.mark.parametrize(
    "number",
    ["1" * 31, "9" * 400, "1,0" + "0" * 40, "1." + "000." * 80 + "000"],
    ids=["31_digits", "400_digits", "long_decimal_group", "over_300_characters"],
)
def test_a_number_over_30_digits_leaves_an_unreadable_number_mention(number: str) -> None:
    """A digit run too long to read was dropped without a trace: it is now a mention,
    excluded, reason `unreadable_number`, no value, its text cut to its first digits."""
    text = f"Năm 2021, Công đoàn kết nạp mới {number} đoàn viên và 120 công đoàn cơ sở."
    mentions = _mentions(text)
    found = [m for m in mentions if m.reason == "unreadable_number"]
    assert len(found) == 1, mentions
    m = found[0]
    assert (m.status, m.value) == ("excluded", None)
    assert text[m.span_start : m.span_end] == number
    assert len(m.text) <= 41 and m.text.rstrip("…") == number[: len(m.text.rstrip("…"))]
    assert [x.span_start for x in mentions] == sorted(x.span_start for x in mentions)
    assert any(x.text.startswith("120") for x in mentions), "the rest is still read"


def test_a_code_of_digits_inside_a_word_is_not_an_unreadable_number() -> None:
    text = "Năm 2021 mã số ab" + "1" * 40 + " đã kết nạp 120 đoàn viên."
    assert not [m for m in _mentions(text) if m.reason == "unreadable_number"]


def _mentions(text: str) -> list:
    """The mentions of a one-line text report, as the build makes them."""
    report = RawReport("d", "d.txt", text, "utf_8", False, "0" * 64, len(text.encode()))
    return process(report).mentions


def test_a_figure_after_a_comma_glued_to_a_word_is_read() -> None:
    """`đoàn viên mới,1234` (a line saved from a spreadsheet, a missing space): the digits
    after the comma started no number, so the figure vanished without a mention."""
    text = "Năm 2021, Công đoàn tỉnh Long An kết nạp đoàn viên mới,1234 đoàn viên."
    observations, _ = extract("d", text, "2021")
    assert [(o.indicator, o.value) for o in observations] == [("new_members", 1234.0)]
    assert parse_quantity("tỷ lệ 1,5%").value == 1.5  # a decimal's second part is no number


# A spreadsheet writes a figure too wide for its column as `2,5E+09`; pasted into a report,
# its exponent was read as the figure: `09 đồng`, 9 đồng of welfare money (out of range).
@pytest.mark.parametrize(
    ("written", "value"),
    [("2,5E+09", 2.5e9), ("2.5E+09", 2.5e9), ("1,25e+06", 1.25e6), ("3E+03", 3000.0)],
)
def test_a_figure_in_scientific_notation_is_read_whole(written: str, value: float) -> None:
    text = f"Năm 2021, Công đoàn tỉnh Long An chăm lo Tết với tổng số tiền {written} đồng."
    observations, mentions = extract("d", text, "2021")
    assert [(o.indicator, o.value) for o in observations] == [("welfare_value", value)]
    assert [m.text for m in mentions if m.value != 2021] == [f"{written} đồng"]
