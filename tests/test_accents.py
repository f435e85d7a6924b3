"""Vietnamese typed without its marks is read through the catalogue's marked phrases."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from unionstats.accents import restore_marks, unmarked
from unionstats.clean import lowercase
from unionstats.extract import extract

UNMARKED_EMAIL_LINE = (
    "Nam 2023, Cong doan co so da ket nap 120 doan vien moi, to chuc 2 cuoc doi thoai dinh ky; "
    "tham hoi 86 luot doan vien om dau voi so tien 43 trieu dong."
)


def test_an_unmarked_line_is_read_as_the_marked_one() -> None:
    observations, _ = extract("t", UNMARKED_EMAIL_LINE, "2023", org_level="grassroots")
    assert {(o.indicator, o.value) for o in observations} == {
        ("new_members", 120),
        ("workplace_dialogues", 2),
        ("welfare_beneficiaries", 86),
        ("welfare_value", 43e6),
    }
    # the quote keeps what the report wrote
    assert all(o.quote in UNMARKED_EMAIL_LINE for o in observations)


def test_the_restored_copy_keeps_every_offset() -> None:
    low = lowercase(UNMARKED_EMAIL_LINE)
    assert len(low) == len(UNMARKED_EMAIL_LINE)
    assert "kết nạp 120 đoàn viên mới" in low
    assert unmarked(low) == UNMARKED_EMAIL_LINE.lower()


def test_a_line_with_marks_or_with_one_phrase_only_is_left_as_written() -> None:
    assert restore_marks("kết nạp 120 doan vien mới trong năm nay") == (
        "kết nạp 120 doan vien mới trong năm nay"
    )
    one = "see the attached file about cong doan matters"
    assert restore_marks(one) == one


def test_a_spelling_two_phrases_share_is_read_only_inside_a_longer_one() -> None:
    # `dong` is đồng, động or đông: alone it stays; `trieu dong` is money
    low = restore_marks("so tien 43 trieu dong, nha may dong cua tu nam 2023")
    assert "triệu đồng" in low
    assert " dong cua " in low


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdeghiklmnopqrstuvxy ,.\n0123456789", max_size=300))
def test_restoring_never_moves_a_character(text: str) -> None:
    low = lowercase(text)
    assert len(low) == len(text)
    assert unmarked(low) == text.lower()
