"""Figures given respectively (`lần lượt`, `tương ứng`, `theo thứ tự`): each figure of the
list takes the indicator its noun gives the last, and the year or breakdown named before the
list in its place (blind probe 9fp, 2026-12-06)."""

from __future__ import annotations

import pytest

from unionstats.extract import extract

HEAD = "LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN\nBÁO CÁO tổng kết năm 2023\n"


def _read(sentence: str) -> set[tuple[str, float, str, str | None]]:
    observations, _ = extract("t", HEAD + sentence, "2023")
    return {(o.indicator, round(o.value, 2), o.period, o.subgroup) for o in observations}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # three years, then their figures, the noun after the last
        (
            "Trong ba năm 2021, 2022 và 2023, các cấp công đoàn đã kết nạp lần lượt 4.215, 5.030 "
            "và 5.862 đoàn viên mới.",
            {
                ("new_members", 4215, "2021", None),
                ("new_members", 5030, "2022", None),
                ("new_members", 5862, "2023", None),
            },
        ),
        # ... the noun before the word, a generic one after the last (`đơn vị`)
        (
            "Trong ba năm 2021, 2022 và 2023, số CĐCS được thành lập mới tương ứng là 38, 45 và "
            "51 đơn vị.",
            {
                ("new_grassroots_unions", 38, "2021", None),
                ("new_grassroots_unions", 45, "2022", None),
                ("new_grassroots_unions", 51, "2023", None),
            },
        ),
        # ... the scale after the last alone: `7,2; 7,6 và 8,1 triệu đồng`
        (
            "Thu nhập bình quân của người lao động năm 2021, 2022 và 2023 lần lượt đạt 7,2; 7,6 "
            "và 8,1 triệu đồng/người/tháng.",
            {
                ("avg_income", 7_200_000, "2021", None),
                ("avg_income", 7_600_000, "2022", None),
                ("avg_income", 8_100_000, "2023", None),
            },
        ),
        # two years, two rates
        (
            "Tỷ lệ đơn vị tổ chức Hội nghị CBCCVC trong hai năm 2022 và 2023 tương ứng đạt 97,6% "
            "và 100%.",
            {("staff_conference_rate", 97.6, "2022", None), ("staff_conference_rate", 100, "2023", None)},
        ),
        # the earlier years compared with, in brackets: theirs, and the second year no count
        (
            "Năm 2023 tổ chức 2.846 cuộc đối thoại định kỳ, tăng so với năm 2021 và 2022 (lần lượt "
            "là 2.310 và 2.592 cuộc).",
            {
                ("workplace_dialogues", 2846, "2023", None),
                ("workplace_dialogues", 2310, "2021", None),
                ("workplace_dialogues", 2592, "2022", None),
            },
        ),
        # breakdowns named before the word, in order
        (
            "Tỷ lệ doanh nghiệp nhà nước và doanh nghiệp ngoài nhà nước tổ chức Hội nghị người lao "
            "động lần lượt đạt 100% và 88,4%.",
            {
                ("worker_conference_rate", 100, "2023", "state_enterprise"),
                ("worker_conference_rate", 88.4, "2023", "non_state_enterprise"),
            },
        ),
        (
            "Thu nhập bình quân của đoàn viên khối hành chính sự nghiệp và khối doanh nghiệp (02 "
            "công ty) tương ứng là 7,8 triệu đồng và 9,4 triệu đồng/người/tháng.",
            {
                ("avg_income", 7_800_000, "2023", "public_sector"),
                ("avg_income", 9_400_000, "2023", "business_sector"),
            },
        ),
        # a group the contract has no breakdown for is none (the men, beside the women)
        (
            "Trong đó số đoàn viên nam và nữ lần lượt là 1.845 và 4.732 người.",
            {("members", 1845, "2023", None), ("members", 4732, "2023", "female")},
        ),
        # each figure with its own noun keeps its own indicator: classes are no participants
        # (a guard: the rule must not lend the last figure's indicator past a noun)
        (
            "Năm 2023 mở 45 lớp tập huấn cho 3.120 lượt cán bộ công đoàn (năm 2022 lần lượt là "
            "41 lớp và 2.870 lượt).",
            {
                ("training_courses", 45, "2023", None),
                ("training_participants", 3120, "2023", None),
                ("training_participants", 2870, "2022", None),
            },
        ),
        # the noun all share counts what no indicator does: none is read
        (
            "Số vụ tranh chấp lao động tập thể, ngừng việc tập thể trong hai năm 2022 và 2023 lần "
            "lượt là 21 và 14 vụ.",
            set(),
        ),
        # (hostile round 114) changes given respectively are no levels
        (
            "Toàn tỉnh có 1.020 CĐCS, giảm lần lượt 12 và 8 CĐCS so với năm 2021 và 2022.",
            {("grassroots_unions", 1020, "2023", None)},
        ),
        (
            "Thu nhập bình quân đạt 7,8 triệu đồng/người/tháng, cao hơn lần lượt 0,4 và 0,9 triệu "
            "đồng so với năm 2022 và 2021.",
            {("avg_income", 7_800_000, "2023", None)},
        ),
        # ... years compared with are not the figures' years: the breakdowns are
        (
            "So với năm 2021 và 2022, thu nhập bình quân năm 2023 của khối hành chính sự nghiệp và "
            "khối doanh nghiệp lần lượt đạt 8,2 và 7,4 triệu đồng/người/tháng.",
            {
                ("avg_income", 8_200_000, "2023", "public_sector"),
                ("avg_income", 7_400_000, "2023", "business_sector"),
            },
        ),
        # ... a part of the year before the years is each one's
        (
            "6 tháng đầu năm 2022 và 2023, các cấp công đoàn kết nạp lần lượt 1.850 và 2.140 đoàn "
            "viên.",
            {("new_members", 1850, "2022-H1", None), ("new_members", 2140, "2023-H1", None)},
        ),
        # ... the years named after the word
        (
            "Toàn tỉnh kết nạp 4.215, 5.030 và 5.862 đoàn viên mới, lần lượt trong các năm 2021, "
            "2022 và 2023.",
            {
                ("new_members", 4215, "2021", None),
                ("new_members", 5030, "2022", None),
                ("new_members", 5862, "2023", None),
            },
        ),
        # ... a class word before the next group
        (
            "Thu nhập bình quân của khối văn phòng và khối sản xuất trực tiếp lần lượt đạt 9,1 và "
            "7,8 triệu đồng/người/tháng.",
            {("avg_income", 9_100_000, "2023", None), ("avg_income", 7_800_000, "2023", "direct_workers")},
        ),
        # (hostile round 118) a span is no list of years: the breakdowns are the list's
        (
            "Giai đoạn 2021-2023, khu vực DNNN, DN ngoài nhà nước và khu vực HCSN lần lượt thành "
            "lập mới 3, 25 và 4 CĐCS.",
            {
                ("new_grassroots_unions", 3, "2021-2023", "state_enterprise"),
                ("new_grassroots_unions", 25, "2021-2023", "non_state_enterprise"),
                ("new_grassroots_unions", 4, "2021-2023", "public_sector"),
            },
        ),
        (
            "Số đoàn viên nữ giới và nam giới lần lượt là 4.732 và 1.845 người.",
            {("members", 4732, "2023", "female"), ("members", 1845, "2023", None)},
        ),
        # ... a change further back in the clause, no levels
        (
            "Thu nhập bình quân của khối hành chính sự nghiệp và khối doanh nghiệp tăng so với năm "
            "2022 lần lượt là 0,5 và 0,8 triệu đồng.",
            set(),
        ),
        # ... levels after a comma, their years named after them
        (
            "Thu nhập bình quân ổn định và tăng dần, lần lượt đạt 7,2; 7,6 và 8,1 triệu đồng/người/"
            "tháng trong các năm 2021, 2022 và 2023.",
            {
                ("avg_income", 7_200_000, "2021", None),
                ("avg_income", 7_600_000, "2022", None),
                ("avg_income", 8_100_000, "2023", None),
            },
        ),
        # ... nouns named in turn give each figure its own, a pair naming one people none
        (
            "Đoàn viên và CNVCLĐ toàn tỉnh lần lượt là 95.300 và 120.400 người.",
            {("members", 95300, "2023", None), ("workers", 120400, "2023", None)},
        ),
        (
            "Số CĐCS và số đoàn viên toàn tỉnh lần lượt là 152 và 12.300.",
            {("grassroots_unions", 152, "2023", None), ("members", 12300, "2023", None)},
        ),
        (
            "Các cấp công đoàn trao quà cho đoàn viên, người lao động, lần lượt là 3.200 và 1.150 "
            "suất quà.",
            {("gifts", 3200, "2023", None), ("gifts", 1150, "2023", None)},
        ),
        # (the re-read and hostile round 119) a noun then a comma ends a list
        (
            "Năm 2022 và 2023, toàn tỉnh có lần lượt 1.200 và 1.250 CĐCS.",
            {("grassroots_unions", 1200, "2022", None), ("grassroots_unions", 1250, "2023", None)},
        ),
        # ... `giảm nghèo` is no change, levels reached after `tăng ... lên` are levels
        (
            "Chương trình hỗ trợ giảm nghèo cho đoàn viên năm 2022 và 2023 lần lượt là 1,2 và 1,5 "
            "tỷ đồng.",
            {("welfare_value", 1.2e9, "2022", None), ("welfare_value", 1.5e9, "2023", None)},
        ),
        (
            "Số đoàn viên năm 2022 và 2023 tăng lần lượt lên 95.000 và 98.000 người.",
            {("members", 95000, "2022", None), ("members", 98000, "2023", None)},
        ),
        # ... the unit after the last is every bare figure's, its scale written once only
        (
            "Thu nhập bình quân của người lao động khu vực DNNN và DN FDI lần lượt là 9,5 triệu và "
            "8,2 triệu đồng/người/tháng.",
            {
                ("avg_income", 9_500_000, "2023", "state_enterprise"),
                ("avg_income", 8_200_000, "2023", "non_state_enterprise"),
            },
        ),
        # (hostile round 120) a count before an amount keeps its own measure
        (
            "Số sáng kiến và giá trị làm lợi lần lượt là 850 và 12,5 tỷ đồng.",
            {("initiatives", 850, "2023", None), ("initiative_value", 12.5e9, "2023", None)},
        ),
        # ... a comma before the word after a change measured `so với`
        ("Số đoàn viên và CĐCS tăng so với năm 2022, lần lượt là 3.200 và 25.", set()),
        # ... and a label holds up to the next label, not over the whole year
        (
            "\nQuý I/2023: kết nạp 1.200 đoàn viên. Quý II/2023: kết nạp 1.500 đoàn viên. Cả năm "
            "kết nạp 5.600 đoàn viên.",
            {
                ("new_members", 1200, "2023-Q1", None),
                ("new_members", 1500, "2023-Q2", None),
                ("new_members", 5600, "2023", None),
            },
        ),
        # one figure after the word: no list (`lần lượt` as "one after another"; a guard)
        (
            "Đoàn công tác lần lượt trao 50 suất quà cho công nhân tại các khu trọ.",
            {("gifts", 50, "2023", None)},
        ),
    ],
)  # fmt: skip
def test_figures_given_respectively_take_their_years_and_breakdowns(
    sentence: str, expected: set[tuple[str, float, str, str | None]]
) -> None:
    assert _read(sentence) == expected


def test_the_figure_a_respective_list_names_with_no_breakdown_is_a_part() -> None:
    """The men's count beside the women's is no second membership (flag `part`)."""
    observations, _ = extract(
        "t", HEAD + "Trong đó số đoàn viên nam và nữ lần lượt là 1.845 và 4.732 người.", "2023"
    )
    men = next(o for o in observations if o.value == 1845)
    assert men.subgroup is None  # (was read as the women's)
    assert "part" in men.flags


def test_production_done_directly_is_no_breakdown_of_workers() -> None:
    """`sản xuất trực tiếp` names direct workers only with a word of people or of a block
    before it (hostile round 114): initiatives applied to production have no breakdown."""
    assert _read("Có 320 sáng kiến được áp dụng vào sản xuất trực tiếp, làm lợi 15 tỷ đồng.") == {
        ("initiatives", 320, "2023", None),
        ("initiative_value", 15e9, "2023", None),
    }


def test_a_figure_read_by_its_list_says_so_in_its_mention() -> None:
    """The audit trail names the rule that read a bare figure of a respective list."""
    _, mentions = extract(
        "t", HEAD + "Năm 2021, 2022 lần lượt kết nạp 410 và 505 đoàn viên.", "2023"
    )
    first = next(m for m in mentions if m.text == "410")
    assert (first.status, first.reason, first.indicator) == (
        "observation",
        "respective",
        "new_members",
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a timeline's line labelled by a bare year, a span or a month (probe 9ft)
        ("2020: 612 sáng kiến được công nhận.", {("initiatives", 612, "2020", None)}),
        (
            "Tháng 4/2022: giới thiệu 35 đoàn viên ưu tú cho Đảng.",
            {("party_referrals", 35, "2022", None)},
        ),
        # ... a quarter's label holds for every sentence of its line
        (
            "Quý I/2023: Các cấp công đoàn trao 1.430 suất quà. Tổ chức 5 lớp tập huấn cho 310 cán bộ.",
            {
                ("gifts", 1430, "2023-Q1", None),
                ("training_courses", 5, "2023-Q1", None),
                ("training_participants", 310, "2023-Q1", None),
            },
        ),
        # ... and `từ trước đến nay` is "ever", no now (probe 9ft)
        (
            "Năm 2022: Chương trình Tết Sum vầy quy mô lớn nhất từ trước đến nay, trao 650 suất quà.",
            {("gifts", 650, "2022", None)},
        ),
    ],
)
def test_a_timelines_labels_date_their_lines(
    line: str, expected: set[tuple[str, float, str, str | None]]
) -> None:
    """The periods a chronological list gives its lines (in this file beside the other lists
    of years, for want of a better home)."""
    assert _read("\n" + line + "\n") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the years between the subject and the word: `kết nạp` is read from the word, not from
        # each figure (was nothing: 44 characters past the requirement's 40)
        (
            "Số đoàn viên kết nạp mới trong các năm 2021 và 2022 lần lượt là 1.200 và 1.350 người.",
            {("new_members", 1200, "2021", None), ("new_members", 1350, "2022", None)},
        ),
        # ... no noun after the figures (was members: the admissions' wording out of reach)
        (
            "Số đoàn viên được kết nạp mới các năm 2021, 2022, 2023 lần lượt là 1.200, 1.350 và 1.500.",
            {
                ("new_members", 1200, "2021", None),
                ("new_members", 1350, "2022", None),
                ("new_members", 1500, "2023", None),
            },
        ),
        # ... a long subject naming its parts: all of it is the figures' label
        (
            "Số đoàn viên kết nạp mới ở khu vực doanh nghiệp ngoài nhà nước và khu vực hành chính "
            "sự nghiệp lần lượt là 900 và 300 người.",
            {
                ("new_members", 900, "2023", "non_state_enterprise"),
                ("new_members", 300, "2023", "public_sector"),
            },
        ),
        (
            "Số đoàn viên được giới thiệu cho Đảng xem xét kết nạp trong các năm 2021, 2022 và 2023 "
            "tương ứng là 45, 52 và 60 người.",
            {
                ("party_referrals", 45, "2021", None),
                ("party_referrals", 52, "2022", None),
                ("party_referrals", 60, "2023", None),
            },
        ),
        # (guard: passes before) the subject is the word's clause: none of the clause before (`Sau khi
        # được kết nạp, ...`: those taking part are no admissions)
        (
            "Sau khi được kết nạp, số đoàn viên tham gia các hoạt động năm 2022 và 2023 lần "
            "lượt là 640 và 710 người.",
            set(),
        ),
    ],
)  # fmt: skip
def test_a_list_after_a_respective_word_is_read_from_the_word_and_its_whole_subject(
    sentence: str, expected: set[tuple[str, float, str, str | None]]
) -> None:
    """The subject of `... lần lượt là a, b và c` names what every figure counts however long
    it is; the years and parts it lists stood between the figures and their wording."""
    assert _read(sentence) == expected
