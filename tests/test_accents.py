"""Vietnamese typed without its marks is read through the catalogue's marked phrases."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionstats.accents import restore_marks, restore_mismarked, restore_slips, unmarked
from unionstats.clean import _lower, clean, lowercase
from unionstats.extract import extract
from unionstats.ingest import RawReport
from unionstats.processing import process

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


def test_a_sentence_typed_without_marks_in_a_marked_line_is_read_as_the_marked_one() -> None:
    """A re-posted report with one sentence typed without Vietnamese input (probe 9cz): its
    phrases are read marked, the marked sentences and a short unmarked name stay as written."""
    text = (
        "Năm 2023, Công đoàn trao 210 suất quà cho đoàn viên. Cac CDCS da to chuc 74 cuoc doi "
        "thoai dinh ky tai noi lam viec; Hanoi Trading Co chi 40 triệu đồng."
    )
    low = lowercase(text)
    assert len(low) == len(text)
    assert "74 cuộc đối thoại định kỳ" in low
    assert "hanoi trading co chi" in low
    observations, _ = extract("t", text, "2023", org_level="grassroots")
    assert {(o.indicator, o.value) for o in observations} >= {
        ("gifts", 210), ("workplace_dialogues", 74)
    }  # fmt: skip
    # ... but not an English sentence there (`the union` ... `members`)
    english = "Công đoàn trao 210 suất quà. The union said it has 1,250 cong doan members now."
    assert "công đoàn members" not in lowercase(english)


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


# Round 14: lines that are not Vietnamese typed without marks keep their spelling, and the
# reading costs time in proportion to the text (the phrases were an alternation of 1,250
# branches tried one after another at every word: 0.7 s a megabyte of unmarked text).
NOT_VIETNAMESE = {
    "python_names": "        dat = dat.upper()",
    "python_loop": "for nam in range(2020, 2025): tong += so_doan_vien[nam] + 1250",
    "javascript_block": "if (dat > 0) { tong = tong + dat; luot++; }",
    "english_names": "the dang family and mr tong visited nam dinh in 2023 with 120 members",
    "english_quoting_vietnamese": "mr. dang said the union (cong doan) has 1,250 members in viet nam",
    "one_phrase_again_and_again": "nam nam nam nam nam 2023 nam nam",
}


@pytest.mark.parametrize("quirk", list(NOT_VIETNAMESE))
def test_english_text_and_programs_are_not_marked(quirk: str) -> None:
    line = NOT_VIETNAMESE[quirk]
    assert restore_marks(line.lower()) == line.lower()


def test_marked_text_is_lower_cased_as_before() -> None:
    text = "Năm 2023 KẾT NẠP 120 Đoàn Viên; İstanbul ΣΑΣ ǅ ﬁ"
    low = lowercase(text)
    assert len(low) == len(text)
    assert low.startswith("năm 2023 kết nạp 120 đoàn viên;")


def _cost(text: str, read: Callable[[str], str] = restore_marks) -> float:
    best = float("inf")
    for _ in range(3):  # the best of three: a loaded machine stalls a single run
        start = time.process_time()
        read(text)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize(("shape", "sep"), [("many_lines", "\n"), ("one_line_of_a_megabyte", " ")])
def test_unmarked_text_costs_time_in_proportion(shape: str, sep: str) -> None:
    line = UNMARKED_EMAIL_LINE.lower() + sep
    small, large = line * 600, line * 6_000  # 100 KB and 1 MB
    assert restore_marks(large).count("đoàn viên") == 12_000
    assert _cost(large) < 30 * _cost(small) + 0.02


def test_unmarked_text_costs_little_more_than_marked_text() -> None:
    marked = lowercase(UNMARKED_EMAIL_LINE)
    plain, vietnamese = (UNMARKED_EMAIL_LINE.lower() + "\n") * 5_000, (marked + "\n") * 5_000
    # lower-cased with the marks read (the alternation took 100 times as long as marked text
    # does; the tree of phrases about 12 times)
    assert _cost(plain, _lower) < 40 * _cost(vietnamese, _lower) + 0.02


SCANNED = (
    "Năm 2023 kêt nạp 6.842 đoan viên, tổ chức 03 lớp tập huân cho 210 người, 05 cuộc đối "
    "thoai. Toàn huyện có 64 CDCS, đã trao 1.2O6 suat quà; nhiều người được giúp đỡ."
)


def test_a_scans_lost_and_misplaced_marks_are_read_in_the_catalogues_spelling() -> None:
    """OCR loses marks inside lines that keep others (`đoan viên`, `suat quà`) and puts them
    on the wrong letter (`tập huân`, `kêt nạp`): in a file with the signs of a scan (a digit
    read as a letter, `1.2O6`, and an unmarked `suat`), the phrases of several words and the
    `đ` abbreviations are read as written right; every offset and quote stays as written."""
    cleaned = clean(SCANNED, is_html=False)
    assert cleaned.scanned
    low = restore_mismarked(lowercase(cleaned.text))
    assert len(low) == len(cleaned.text)
    for phrase in ("kết nạp", "đoàn viên", "tập huấn", "cuộc đối thoại", "cđcs", "suất quà"):
        assert phrase in low
    report = RawReport("r", "r.txt", SCANNED, "utf_8", False, "0" * 64, len(SCANNED))
    observations = process(report, {}).observations
    assert [(o.indicator, o.value) for o in observations] == [
        ("new_members", 6842),
        ("training_courses", 3),
        ("training_participants", 210),
        ("workplace_dialogues", 5),
        ("grassroots_unions", 64),
        ("gifts", 1206),
    ]
    assert all(o.quote in cleaned.text for o in observations)


def test_a_text_without_a_scans_signs_keeps_its_marks_as_written() -> None:
    # no letter read for a digit: a typo stays a typo, a place name is not a phrase
    text = "Năm 2023 kết nạp 120 doan vien mới, nguoi được giúp, 3 lớp tập huân tại xã Nam Sơn"
    assert not clean(text, is_html=False).scanned
    assert restore_mismarked("xã nam sơn") == "xã nam sơn"  # (one word alone: never changed)


# What a typed text holds that looks like a scan's signs: a link's tracking code (`fbclid=
# IwAR1o2xl9`), an image inlined in a page (`base64,iVBORw0...`), a script; and an old font's
# or a code page's `Ð` for every `Đ` (no letter confused: the text writes no `đ` at all).
_TYPED_NOT_SCANNED = {
    "tracking_code_of_a_link": (
        "Nguồn: https://www.facebook.com/ldld?fbclid=IwAR1o2xl9Kq3i4 và "
        "https://x.vn/a?fbclid=IwY2l0aA1o9\nNăm 2021, công đoàn chi tiêu cho công tác thăm "
        "hỏi đoàn viên 850 triệu đồng, người được giúp rất nhiều.",
        False,
    ),
    "image_inlined_in_a_page": (
        '<p>Năm 2021, công đoàn chi tiêu cho thăm hỏi đoàn viên 850 triệu đồng.</p><img src="'
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk1o3l9"
        'i0AAAAASUVORK5CYII="><script>var a=1o2,b=3l4;</script>',
        True,
    ),
    "an_old_fonts_eth_for_every_d": (
        "Ðại hội Công Ðoàn cơ sở. Năm 2021 Ðoàn viên thăm hỏi, chi tiêu cho thăm hỏi Ðoàn "
        "viên 850 triệu ðồng, người ðược giúp rất nhiều.",
        False,
    ),
}


@pytest.mark.parametrize("quirk", list(_TYPED_NOT_SCANNED))
def test_a_typed_texts_codes_and_old_font_are_no_scans_signs(quirk: str) -> None:
    text, is_html = _TYPED_NOT_SCANNED[quirk]
    assert not clean(text, is_html=is_html).scanned


# In a scan, words written right that share a phrase's letters: a mark the phrase has not,
# on the letter Vietnamese puts it on, makes a word of its own (`cộng đoàn` of a parish,
# `học viện`, `cơ thể`, `về tàu`, `làm lời`), as does one of the words a report writes with
# fewer marks than a phrase (`chi tiêu`: spending, no plan; `phân quà`: handing out gifts),
# and a word that is no abbreviation (`Dược`: pharmacy). Lost marks (`tập huân`), a mark on
# another letter (`sáng kíên`) or on a letter that never bears one (`đoàn vìên`) are the scan's.
@pytest.mark.parametrize(
    "written",
    ["cộng đoàn", "học viện", "cơ thể", "về tàu", "làm lời", "đền này", "chi tiêu", "phân quà",
     "công ty dược", "trôi dạt"],
)  # fmt: skip
def test_a_scans_words_of_their_own_are_not_read_as_a_phrase(written: str) -> None:
    assert restore_mismarked(f"năm 2023 {written} có") == f"năm 2023 {written} có"


@pytest.mark.parametrize(
    ("written", "read"),
    [("đoàn vìên", "đoàn viên"), ("sáng kíên", "sáng kiến"), ("tập huân", "tập huấn"),
     ("kêt nạp", "kết nạp"), ("cdcs", "cđcs")],
)  # fmt: skip
def test_a_scans_lost_and_misplaced_marks_are_still_read(written: str, read: str) -> None:
    assert restore_mismarked(f"năm 2023 {written} có") == f"năm 2023 {read} có"


def test_spending_in_a_scan_is_no_plan_nor_a_place_to_learn_trainees() -> None:
    text = (
        "Công đoàn ngành Y tế tỉnh Long An tổng kết năm 2021\nNăm 2021 kết nạp 1.2O6 đoàn viên, "
        "thăm hỏi 1.250 lượt đoàn viên ốm đau (chi tiêu 300 triệu đồng); phối hợp với 3 học "
        "viện tập huấn cho 450 cán bộ công đoàn. Nhiều nguoi được giúp đỡ.\n"
    )
    report = RawReport("r", "r.txt", text, "utf_8", False, "0" * 64, len(text))
    assert clean(text, is_html=False).scanned
    found = [(o.indicator, o.value, o.target) for o in process(report, {}).observations]
    assert ("welfare_value", 300e6, None) in found
    assert ("welfare_beneficiaries", 1250, None) in found
    assert [f for f in found if f[0] == "training_participants"] == [
        ("training_participants", 450, None)
    ]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # an abbreviation in capitals without its `đ`; one word of a phrase without its marks
        # (probe 9hy)
        ("Toàn huyện có 214 CDCS, LDLD huyện", "toàn huyện có 214 cđcs, lđlđ huyện"),
        ("thành lập 3 Cong đoàn cơ sở", "thành lập 3 công đoàn cơ sở"),
        # ... not a word of its own, with other marks, nor the letters in lower case
        ("2 công nhân được công nhận; công đoạn may", "2 công nhân được công nhận; công đoạn may"),
        ("mã cdcs-01", "mã cdcs-01"),
    ],
)
def test_a_typists_slips_in_a_marked_text_are_read_as_meant(written: str, read: str) -> None:
    low = lowercase(written)
    restored = restore_slips(low, written)
    assert restored == read
    assert len(restored) == len(low)


@pytest.mark.parametrize(
    "written",
    [
        # a province's name before `qua`, a share of help, no slip (hostile round 139)
        "LĐLĐ tỉnh Hà Nam qua đó đã kết nạp 5.200 đoàn viên",
        "hỗ trợ 1.200 công nhân mất việc, một phần qua Quỹ Xã hội",
    ],
)
def test_words_of_their_own_unmarked_are_no_slips(written: str) -> None:
    low = lowercase(written)
    assert restore_slips(low, written) == low


def test_a_slip_phrase_outside_the_unmarked_words_is_read_too() -> None:
    """The re-read: `công nhân lao động` is a slip phrase but no word of `words`; its slip was
    never read."""
    written = "Công ty có 1.200 cong nhân lao động"
    assert restore_slips(lowercase(written), written) == "công ty có 1.200 công nhân lao động"
