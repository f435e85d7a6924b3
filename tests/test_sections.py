"""Plan sections: what stands under a plan heading is no result, whatever its wording."""

from __future__ import annotations

import pytest

from unionstats.catalogue import load_catalogue
from unionstats.clean import lowercase
from unionstats.extract import extract
from unionstats.sections import plan_sections

REPORT = """BÁO CÁO
Tổng kết hoạt động Công đoàn năm 2024 và phương hướng nhiệm vụ năm 2025
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024
1. Công tác phát triển đoàn viên
Kết nạp 1.240 đoàn viên, thành lập 12 CĐCS.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
1. Công tác tổ chức
- Giới thiệu ít nhất 900 đoàn viên ưu tú cho Đảng.
- 100% CĐCS khu vực nhà nước tổ chức Hội nghị cán bộ, công chức.
III. CÔNG TÁC XÃ HỘI
Năm 2024, Công đoàn đã bàn giao 5 nhà Mái ấm Công đoàn."""


def _sections(text: str) -> list[str]:
    sc = load_catalogue().scoring
    spans = plan_sections(text, lowercase(text), sc.plan_headings, sc.result_headings)
    return [text[s:e].split("\n")[0] for s, e in spans]


def _spans_of_a_report_of(text: str, year: int) -> list[tuple[int, int]]:
    """The plan sections of a report of `year`, headings of targets for later years included."""
    sc = load_catalogue().scoring
    return plan_sections(
        text,
        lowercase(text),
        sc.plan_headings,
        sc.result_headings,
        (),
        sc.plan_headings_ahead,
        year,
    )


def test_a_plan_heading_opens_a_section_up_to_the_next_heading_of_its_level() -> None:
    assert _sections(REPORT) == ["II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025"]


def test_figures_under_a_plan_heading_are_plans() -> None:
    observations, mentions = extract("t", REPORT, "2024")
    assert {(o.indicator, o.value) for o in observations} == {
        ("new_members", 1240),
        ("new_grassroots_unions", 12),
        ("union_shelter_houses", 5),
    }
    assert {m.value: m.reason for m in mentions if m.value in (900, 100)} == {
        900: "plan",
        100: "plan",
    }


@pytest.mark.parametrize(
    "heading",
    [
        "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024",  # names results
        "1. Công tác chăm lo, thực hiện nhiệm vụ chính trị",  # names results
        "BÁO CÁO TỔNG KẾT VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025",  # the title: a report
        # the title on two lines: the second goes on with the first
        "TỔNG KẾT CÔNG TÁC CÔNG ĐOÀN NĂM 2024\nVÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025",
        # an item that states a figure first: a result, whatever words follow it
        "a) Hỗ trợ 212 lượt đoàn viên làm nhiệm vụ phòng chống dịch với số tiền 106 triệu đồng.",
        "Phương hướng của ngành là tập trung chăm lo cho đoàn viên trong năm tới và các năm sau nữa, lâu dài và bền vững, với nhiều giải pháp.",  # a sentence, too long to head
    ],
)
def test_what_is_not_a_plan_heading(heading: str) -> None:
    assert _sections(f"{heading}\nKết nạp 1.240 đoàn viên.") == []


def test_a_plan_heading_in_capitals_without_a_number() -> None:
    text = "KẾT QUẢ NĂM 2023\nKết nạp 100 đoàn viên.\nNHIỆM VỤ TRỌNG TÂM NĂM 2024\nKết nạp 200."
    assert _sections(text) == ["NHIỆM VỤ TRỌNG TÂM NĂM 2024"]


def test_a_table_of_contents_opens_no_plan_section() -> None:
    """Its items stand one under another with no text between: `7. Phương hướng năm 2023` in
    a slide deck's contents is no heading; the deck's own plan slide is."""
    text = (
        "Slide 2: NỘI DUNG\n1. Bối cảnh năm 2022\n2. Kết quả nổi bật\n3. Tồn tại, hạn chế\n"
        "4. Phương hướng năm 2023\n\nSlide 3: KẾT QUẢ NỔI BẬT\nKết nạp 3.146 đoàn viên mới.\n"
        "Slide 4: PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023\nKết nạp 2.800 đoàn viên mới."
    )
    assert _sections(text) == ["Slide 4: PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023"]


def test_a_heading_of_targets_for_a_later_year_is_a_plan() -> None:
    """`Phần thứ hai: CHỈ TIÊU CHỦ YẾU NĂM 2025` in the report of 2024: its items read as
    2024's results (probe 9l); the same words over the report's own year head results."""
    text = (
        "Phần thứ nhất: KẾT QUẢ NĂM 2024\nKết nạp 310 đoàn viên.\n"
        "Phần thứ hai: CHỈ TIÊU CHỦ YẾU NĂM 2025\n- Kết nạp 350 đoàn viên mới."
    )
    spans = _spans_of_a_report_of(text, 2024)
    assert [text[s:e].split("\n")[0] for s, e in spans] == [
        "Phần thứ hai: CHỈ TIÊU CHỦ YẾU NĂM 2025"
    ]
    observations, _ = extract("t", text, "2024")
    assert [(o.indicator, o.value) for o in observations] == [("new_members", 310)]
    own = "1. Một số chỉ tiêu chủ yếu năm 2024\nKết nạp 310 đoàn viên."
    assert [o.value for o in extract("t", own, "2024")[0]] == [310]


@pytest.mark.parametrize(
    ("heading", "year", "plan"),
    [
        # a date the figures run to names no year of targets (hostile round 39)
        ("II. CÁC CHỈ TIÊU CHỦ YẾU (số liệu tính đến ngày 05/01/2025)", 2024, False),
        ("2. Chỉ tiêu chăm lo Tết Nguyên đán Ất Tỵ 2025", 2024, False),
        # the next school year's, in the report of a school year
        ("Phần thứ hai: CÁC CHỈ TIÊU CHỦ YẾU NĂM HỌC 2024-2025", 2024, True),
        ("Phần thứ hai: CÁC CHỈ TIÊU CHỦ YẾU NĂM HỌC 2023-2024", 2024, False),
        # a term's targets in its congress's report; a result's heading with a target noted
        ("PHẦN THỨ HAI: CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2023 - 2028", 2023, True),
        ("1. Công tác phát triển đoàn viên (chỉ tiêu giao đến năm 2028: 50.000)", 2024, False),
    ],
)
def test_the_year_of_a_headings_targets(heading: str, year: int, plan: bool) -> None:
    text = f"I. KẾT QUẢ\nKết nạp 310 đoàn viên.\n{heading}\n- Kết nạp 350 đoàn viên mới."
    spans = _spans_of_a_report_of(text, year)
    assert bool(spans) == plan


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part numbered with a dot after it heads a section: next year's targets under it
        # are plans (probe 9ad: `Phần III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023` was no heading)
        ("Phần I. KẾT QUẢ NĂM 2022\n1. Năm 2022 kết nạp 2.410 đoàn viên.\n"
         "Phần III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023\n1. Chuẩn bị Đại hội.\n"
         "2. Chỉ tiêu: phát triển 2.600 đoàn viên; thành lập 5 CĐCS.",
         [("new_members", 2410)]),
        # ... a results heading in capitals closes it at any level (hostile round 57)
        ("PHẦN I. KẾT QUẢ CÔNG TÁC NĂM 2022\nNăm 2022, kết nạp 850 đoàn viên.\n"
         "PHẦN II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2023\nNăm 2023 phấn đấu kết nạp 1.000 đoàn viên.\n"
         "BIỂU TỔNG HỢP KẾT QUẢ NĂM 2022\nThành lập 12 công đoàn cơ sở.",
         [("new_members", 850), ("new_grassroots_unions", 12)]),
        # ... not the plan's own sub-heading of doing (hostile round 58)
        ("PHẦN I. KẾT QUẢ CÔNG TÁC NĂM 2022\nNăm 2022, kết nạp 1.250 đoàn viên.\n"
         "PHẦN II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023\n1. Mục tiêu chung\nĐổi mới hoạt động.\n"
         "2. Các chỉ tiêu và giải pháp thực hiện\n- Kết nạp 1.500 đoàn viên, thành lập 8 CĐCS.",
         [("new_members", 1250)]),
    ],
)  # fmt: skip
def test_a_reports_parts_and_its_plan(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2022")
    assert [(o.indicator, o.value) for o in observations] == expected


def test_a_forms_item_naming_initiatives_and_solutions_opens_no_plan() -> None:
    """`14. Số sáng kiến, giải pháp được công nhận: 06` is a form's item of results: its
    `giải pháp` names initiatives, not the measures of a plan (probe 9fq); the figures after
    it stay results, while `NHIỆM VỤ, GIẢI PHÁP` still heads a plan."""
    text = (
        "BÁO CÁO kết quả năm 2023\n"
        "14. Số sáng kiến, giải pháp được công nhận: 06 sáng kiến\n"
        "15. Số đoàn viên kết nạp mới: 120 đoàn viên\n"
        "III. NHIỆM VỤ, GIẢI PHÁP NĂM 2024\n"
        "1. Kết nạp 200 đoàn viên mới.\n"
    )
    observations, _ = extract("t", text, "2023")
    assert {(o.indicator, o.value) for o in observations} == {
        ("initiatives", 6),
        ("new_members", 120),
    }


@pytest.mark.parametrize(
    "heading",
    [
        "II. CÁC GIẢI PHÁP TRỌNG TÂM NĂM 2025",
        "II. ĐỊNH HƯỚNG VÀ GIẢI PHÁP NĂM 2025",
        "II. GIẢI PHÁP",
    ],
)
def test_measures_alone_still_head_a_plan(heading: str) -> None:
    """A guard of hostile round 116: only `sáng kiến, giải pháp` and its kin name initiatives;
    `giải pháp` alone heads the measures of a plan."""
    text = (
        f"BÁO CÁO kết quả năm 2024\nKết nạp 120 đoàn viên.\n{heading}\nTổ chức 40 lớp tập huấn.\n"
    )
    observations, _ = extract("t", text, "2024")
    assert {(o.indicator, o.value) for o in observations} == {("new_members", 120)}
