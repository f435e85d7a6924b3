"""The extractor: accuracy on the hand-labelled samples, printed as a figure, and the rules
that make it general, pinned on sentences written the way other reports write them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionstats.catalogue import load_catalogue
from unionstats.clean import clean
from unionstats.evaluate import score
from unionstats.extract import Observation, extract
from unionstats.ingest import RawReport
from unionstats.layout import Layout
from unionstats.numbers import parse_quantity
from unionstats.processing import process


def _matches(obs: Observation, gold: dict[str, str]) -> bool:
    value = float(gold["value"])
    return (
        obs.doc_id == gold["doc_id"]
        and obs.indicator == gold["indicator"]
        and abs(obs.value - value) <= 0.005 * abs(value)
    )


@pytest.fixture(scope="module")
def extracted(
    sample_reports: list[Path], gold_documents
) -> dict[str, tuple[str, list[Observation]]]:
    out = {}
    for path in sample_reports:
        text = clean(path.read_text(encoding="utf-8"), is_html=False).text
        observations, _ = extract(path.stem, text, gold_documents[path.stem]["period"])
        out[path.stem] = (text, observations)
    return out


def test_accuracy_on_the_gold_samples(extracted, gold_seeds) -> None:
    s = score([o for _, obs in extracted.values() for o in obs], gold_seeds)
    print("\n" + s.table("extraction on the 5 gold samples"))
    assert s.recall >= 0.98, "missed:\n" + "\n".join(s.missed)
    assert s.precision >= 0.98, "not in gold:\n" + "\n".join(s.wrong)


def test_qualifier_and_target_agree_on_matched_rows(extracted, gold_seeds) -> None:
    disagreements = []
    for _, observations in extracted.values():
        for o in observations:
            for g in gold_seeds:
                if _matches(o, g):
                    target = float(g["target"]) if g["target"] else None
                    if o.qualifier != g["qualifier"] or o.target != pytest.approx(target):
                        disagreements.append((o.indicator, o.value, o.qualifier, o.target, g))
    assert disagreements == []


def test_every_observation_points_at_its_number(extracted) -> None:
    for text, observations in extracted.values():
        for o in observations:
            assert o.quote in text
            written = text[o.span_start : o.span_end]
            q = parse_quantity(written)
            assert q is not None, written
            assert o.quote.find(written.split()[0]) >= 0


CASES = [
    (
        "Toàn tỉnh hiện có 1.532 CĐCS với 156.789 đoàn viên.",
        {("grassroots_unions", 1532), ("members", 156789)},
    ),
    (
        "Năm 2023, LĐLĐ huyện đã thành lập mới 15 CĐCS với 1.250 đoàn viên; "
        "kết nạp mới 2.345 đoàn viên.",
        {("new_grassroots_unions", 15), ("new_members", 2345)},
    ),
    (
        "Thu nhập bình quân của người lao động đạt 7,5 triệu đồng/người/tháng, "
        "tăng 5% so với năm 2022.",
        {("avg_income", 7.5e6)},
    ),
    (
        "Các cấp công đoàn đã thăm hỏi, tặng 12.500 suất quà cho đoàn viên có hoàn cảnh khó khăn "
        "với tổng trị giá 6,2 tỷ đồng.",
        {("gifts", 12500), ("gift_value", 6.2e9)},
    ),
    (
        "Trong năm, toàn tỉnh có 1.245 sáng kiến được công nhận, làm lợi trên 35 tỷ đồng.",
        {("initiatives", 1245), ("initiative_value", 35e9)},
    ),
    (
        "Xây mới và sửa chữa 25 nhà Mái ấm Công đoàn với tổng kinh phí 1,5 tỷ đồng.",
        {("union_shelter_houses", 25), ("union_shelter_value", 1.5e9)},
    ),
    ("Vận động Quỹ Mái ấm Công đoàn được 3,2 tỷ đồng.", {("union_shelter_fund", 3.2e9)}),
    (
        "Có 98% doanh nghiệp tổ chức Hội nghị người lao động; "
        "100% cơ quan, đơn vị tổ chức Hội nghị "
        "cán bộ, công chức, viên chức.",
        {("worker_conference_rate", 98), ("staff_conference_rate", 100)},
    ),
    (
        "Giới thiệu 1.234 đoàn viên ưu tú cho Đảng xem xét kết nạp, "
        "đã có 856 đoàn viên được kết nạp "
        "vào Đảng.",
        {("party_referrals", 1234), ("party_admissions", 856)},
    ),
    (
        "Tổ chức 45 lớp tập huấn cho 3.200 lượt cán bộ công đoàn.",
        {("training_courses", 45), ("training_participants", 3200)},
    ),
    # those trained named by their role in the union
    (
        "Mở 9 lớp tập huấn cho 410 tổ trưởng, tổ phó công đoàn.",
        {("training_courses", 9), ("training_participants", 410)},
    ),
    ("Phối hợp tổ chức 120 cuộc giám sát việc thực hiện chính sách.", {("supervisions", 120)}),
    (
        "Đến nay đã có 567 doanh nghiệp ký kết thỏa ước lao động tập thể.",
        {("collective_agreements", 567)},
    ),
    # ... counted by a sector's own units
    (
        "Có 7 bệnh viện tư nhân đã ký kết thỏa ước lao động tập thể.",
        {("collective_agreements", 7)},
    ),
    ("Tổ chức 1.234 cuộc đối thoại định kỳ tại nơi làm việc.", {("workplace_dialogues", 1234)}),
    ("Đăng tải 350 tin, bài trên Cổng thông tin điện tử.", {("media_posts", 350)}),
    (
        "Tặng 15 Bằng Lao động sáng tạo cho các cá nhân có sáng kiến xuất sắc.",
        {("creative_labour_awards", 15)},
    ),
    ("Có 92,5% lao động có việc làm thường xuyên.", {("regular_employment_rate", 92.5)}),
    (
        "Trao 1.200 phần quà Tết cho công nhân, tổng trị giá gần 600 triệu đồng; "
        "chăm lo cho 5.600 lượt "
        "đoàn viên với số tiền 2,1 tỷ đồng.",
        {
            ("gifts", 1200),
            ("gift_value", 600e6),
            ("welfare_beneficiaries", 5600),
            ("welfare_value", 2.1e9),
        },
    ),
    (
        "Tổng số CĐCS trực thuộc: 152; tổng số đoàn viên: 12.345.",
        {("grassroots_unions", 152), ("members", 12345)},
    ),
    (
        "Số sáng kiến được công nhận: 245, giá trị làm lợi: 12,5 tỷ đồng.",
        {("initiatives", 245), ("initiative_value", 12.5e9)},
    ),
    (
        "Có 87 sáng kiến được công nhận, trong đó 12 sáng kiến được Tổng Liên đoàn tặng "
        "Bằng Lao động sáng tạo.",
        {("initiatives", 87), ("creative_labour_awards", 12)},
    ),
    (
        "Thành lập mới 2.876 CĐCS; nâng tổng số đoàn viên lên 11.234.567 người, 132.456 CĐCS.",
        {("new_grassroots_unions", 2876), ("members", 11234567), ("grassroots_unions", 132456)},
    ),
    (
        "Tổng số CNVCLĐ trên địa bàn là 250.000 người, trong đó đoàn viên là 180.000 người.",
        {("workers", 250000), ("members", 180000)},
    ),
    (
        "Công đoàn Công ty có 2.300 đoàn viên/2.450 CNLĐ.",
        {("members", 2300), ("workers", 2450)},
    ),
    ("Có 248 đồng chí được kết nạp vào Đảng.", {("party_admissions", 248)}),
    ("Số CĐCS: 152.", {("grassroots_unions", 152)}),
    ("Thu nhập bình quân đạt 9,2 trđ/người/tháng.", {("avg_income", 9.2e6)}),
    ("Có 2.000 học viên tham dự lớp tập huấn.", {("training_participants", 2000)}),
    (
        "Chi cho hoạt động phong trào 1,2 tỷ đồng để hỗ trợ đoàn viên.",
        {("welfare_value", 1.2e9)},
    ),
    ("+ Đoàn viên: 3.250 người.", {("members", 3250)}),
    (
        "Tổng số CNVCLĐ: 4.500 người, đoàn viên: 4.200 người.",
        {("workers", 4500), ("members", 4200)},
    ),
    (
        "Số lượt đoàn viên được thăm hỏi, hỗ trợ: 2.345 lượt.",
        {("welfare_beneficiaries", 2345)},
    ),
    (
        "Với sự nỗ lực phấn đấu, toàn tỉnh đã kết nạp 5.000 đoàn viên.",
        {("new_members", 5000)},
    ),
    ("Thu nhập bình quân đạt 7,2 triệu/người/tháng.", {("avg_income", 7.2e6)}),
    ("Có 125 đoàn viên công đoàn được kết nạp Đảng.", {("party_admissions", 125)}),
    (
        "Tổ chức Chương trình “Tết Sum vầy” cho 12.000 đoàn viên, người lao động.",
        {("welfare_beneficiaries", 12000)},
    ),
    (
        "Có 20 đoàn viên được nhận hỗ trợ với số tiền 40 triệu đồng.",
        {("welfare_beneficiaries", 20), ("welfare_value", 40e6)},
    ),
    (
        "Thu nhập bình quân của NLĐ đạt 7.500.000đ/người/tháng.",
        {("avg_income", 7.5e6)},
    ),
    (
        "Trong năm đã kết nạp hai mươi mốt nghìn không trăm mười một đoàn viên.",
        {("new_members", 21011)},
    ),
    (
        "Tổng số đoàn viên là 12.345 người. Công đoàn ngành quản lý khoảng 3.000 CNVCLĐ.",
        {("members", 12345), ("workers", 3000)},
    ),
    # after a comma, the next item's own verb names it, not the first item's
    (
        "Năm 2023, LĐLĐ huyện đã kết nạp 21 đoàn viên mới, thăm hỏi 140 lượt đoàn viên ốm đau.",
        {("new_members", 21), ("welfare_beneficiaries", 140)},
    ),
    # `năm nay` counts a site's visits only right before the number
    (
        "Năm 2023, năm nay có 2 đoàn viên được Tổng Liên đoàn tặng Bằng Lao động sáng tạo.",
        {("creative_labour_awards", 2)},
    ),
    # ... and never counts money: this year's pay per head
    (
        "Thu nhập bình quân của công nhân năm nay khoảng 7.250.000 đồng/người/tháng.",
        {("avg_income", 7_250_000)},
    ),
    # a request or a demand named as a noun leaves the result a result
    (
        "Theo đề nghị của CĐCS, LĐLĐ tỉnh đã hỗ trợ 50 đoàn viên khó khăn.",
        {("welfare_beneficiaries", 50)},
    ),
    (
        "Theo yêu cầu của người lao động, công đoàn đã tổ chức 12 cuộc đối thoại.",
        {("workplace_dialogues", 12)},
    ),
    (
        "Đáp ứng yêu cầu của doanh nghiệp, công đoàn đã tổ chức 5 lớp tập huấn.",
        {("training_courses", 5)},
    ),
    # a request word that asks nothing of a body is no plan
    ("Các CĐCS thực hiện đúng yêu cầu, kết nạp 320 đoàn viên.", {("new_members", 320)}),
    (
        "Năm 2023, được LĐLĐ tỉnh giao chỉ tiêu kết nạp 500 đoàn viên, LĐLĐ huyện đã kết nạp 620 "
        "đoàn viên.",
        {("new_members", 620)},
    ),
    # a stock stated as now after a request is a fact
    (
        "Đồng chí đề nghị quan tâm phát triển đoàn viên ở khu vực ngoài nhà nước, nơi hiện mới có "
        "12.500 đoàn viên.",
        {("members", 12500)},
    ),
    # taking workers home for Tết is care for them
    (
        "“Chuyến xe Công đoàn” đưa 1.500 công nhân về quê đón Tết.",
        {("welfare_beneficiaries", 1500)},
    ),
    # the house a story hands over, its size then its cost: the cost is the house's, and the
    # shares given `trong đó` follow it
    (
        "Căn nhà mới rộng 72m2, được xây dựng với tổng kinh phí 280 triệu đồng, trong đó công "
        "đoàn cấp trên hỗ trợ 60 triệu đồng.",
        {("union_shelter_value", 280e6), ("union_shelter_value", 60e6)},
    ),
    # an aside in brackets names what the average counts in or leaves out: its bonus words
    # are no bonus's
    (
        "Tiền lương bình quân (đã bao gồm tiền thưởng) đạt 9,4 triệu đồng/người/tháng.",
        {("avg_income", 9.4e6)},
    ),
    (
        "Thu nhập bình quân của công nhân (chưa kể thu nhập tăng thêm) là 7,9 triệu "
        "đồng/người/tháng.",
        {("avg_income", 7.9e6)},
    ),
    # those the Party fosters after the union refers them take no class: the admitted
    (
        "Công đoàn đã giới thiệu 96 đoàn viên ưu tú để Đảng bồi dưỡng, có 41 đoàn viên được "
        "kết nạp.",
        {("party_referrals", 96), ("party_admissions", 41)},
    ),
    # the fund by its full name, raising with `huy động`; and `quỹ` alone after its houses
    (
        "Quỹ Xã hội “Mái ấm Công đoàn” ngành huy động được 860 triệu đồng.",
        {("union_shelter_fund", 860e6)},
    ),
    (
        "Trong năm đã trao 9 nhà “Mái ấm Công đoàn”; từ đầu năm, quỹ vận động được 640 triệu đồng.",
        {("union_shelter_houses", 9), ("union_shelter_fund", 640e6)},
    ),
    # workplaces are no count of dialogues (where rules were drafted, skills trained: hostile
    # round 40), nor what dialogues led to
    (
        "Trong năm, tổ chức 17 cuộc đối thoại định kỳ tại 13 doanh nghiệp.",
        {("workplace_dialogues", 17)},
    ),
    ("Hướng dẫn xây dựng quy chế đối thoại tại nơi làm việc ở 27 doanh nghiệp.", set()),
    ("Qua đối thoại, 11 doanh nghiệp đã điều chỉnh tăng lương cho công nhân.", set()),
    # a class named after the Party's fostering is one
    (
        "Giới thiệu 75 đoàn viên ưu tú để Đảng bồi dưỡng, phối hợp mở 4 lớp tập huấn cho 260 "
        "cán bộ công đoàn.",
        {("party_referrals", 75), ("training_courses", 4), ("training_participants", 260)},
    ),
    # an allowance paid (`bồi dưỡng` after money) is no course (probe 9gz); a class of
    # `bồi dưỡng` is one
    (
        "Trích 175 triệu đồng bồi dưỡng cho 1.150 lượt y, bác sĩ trực chống dịch; tổ chức 6 lớp "
        "bồi dưỡng nghiệp vụ cho 420 lượt cán bộ.",
        {("training_courses", 6), ("training_participants", 420)},
    ),
    # (guard: passes before)
    ("Công đoàn chi tiền bồi dưỡng cho 300 công nhân làm việc ngoài trời nắng nóng.", set()),
    # children counted by age, some sent home to be raised, are no one helped (probe 9hc); a
    # trip home is help (guard: passes before)
    (
        "Con của đoàn viên trong độ tuổi từ 1 đến 15 tuổi là hơn 21.000 cháu, nhiều cháu phải gửi "
        "về quê cho ông bà chăm sóc. LĐLĐ thuê 14 xe khách đưa 612 NLĐ về quê đón Tết.",
        {("welfare_beneficiaries", 612)},
    ),
    # a membership rate restated as a count is the stock (probe 9hb); not a change restated,
    # nor new members
    (
        "Hiện 98% người lao động đã gia nhập công đoàn, tức 5.752 đoàn viên. Tỷ lệ đoàn viên tăng "
        "2%, tương đương 60 đoàn viên. Kết nạp được 120% kế hoạch, tương đương 1.200 đoàn viên.",
        {("members", 5752), ("new_members", 1200)},
    ),
    # a table's row of the gifts' value, its scale in the label (probe 9gz)
    (
        "Nội dung | Kế hoạch | Thực hiện | Tỷ lệ\nTrị giá quà (triệu đồng) | 600 | 657,5 | 109,6%",
        {("gift_value", 657_500_000)},
    ),
    # ... not a row of each gift's worth or its floor (hostile round 132)
    (
        "Nội dung | Kế hoạch | Thực hiện\nTrị giá quà mỗi suất (nghìn đồng) | 500 | 500\nTrị giá "
        "quà tối thiểu (đồng) | 500.000 | 500.000",
        set(),
    ),
    # members over the workforce after a semicolon, no verb before the pair: its own words
    # say what it counts (probe 9hg; probes 9dt and 9fy missed such pairs too)
    (
        "Công đoàn có 82 CĐCS trực thuộc; 98.450/104.322 CNVCLĐ là đoàn viên công đoàn.",
        {("grassroots_unions", 82), ("members", 98450), ("workers", 104322)},
    ),
    # an allowance the law sets, worked out in a legal column's answer (probe 9hi); the
    # union's own help and its rate (guard: passes before)
    (
        "Mức lương cơ sở là 2.340.000 đồng/tháng, nên khoản trợ cấp này là 4.680.000 đồng. LĐLĐ hỗ "
        "trợ 200 đoàn viên với mức hỗ trợ 1 triệu đồng, tổng số tiền 200 triệu đồng.",
        {("welfare_beneficiaries", 200), ("welfare_value", 200_000_000)},
    ),
    # a table's label cell naming each side of the pair (probe 9hf)
    (
        "| Chỉ tiêu | Kết quả |\n| Đoàn viên / CBVC-NLĐ | 1.012/1.048 (đạt 96,6%) |",
        {("members", 1012), ("workers", 1048)},
    ),
    # the body's stock after the patients it examines (probe 9hf)
    (
        "Là bệnh viện 350 giường, mỗi ngày tiếp nhận 1.800 lượt khám ngoại trú, Bệnh viện Tâm An hiện có 612 "
        "người lao động.",
        {("workers", 612)},
    ),
    # a skill a course teaches is no campaign (`tuyên truyền` after it)
    (
        "Tổ chức 6 lớp tập huấn kỹ năng tuyên truyền phòng chống dịch cho 420 lượt cán bộ.",
        {("training_courses", 6), ("training_participants", 420)},
    ),
    # other buildings' cost is no Mái ấm money; nor another fund's, nor the fund's spending
    ("Công trình nhà ăn ca cho công nhân được xây dựng với tổng kinh phí 1,8 tỷ đồng.", set()),
    ("Nhà thiếu nhi huyện được xây dựng với tổng kinh phí 12 tỷ đồng.", set()),
    # ... though the house's owner's workplace named after it is no such building
    (
        "Ngôi nhà “Mái ấm Công đoàn” của đoàn viên Lê Thị Mai, công nhân Nhà máy may Bảo Minh, được "
        "xây dựng với tổng kinh phí 110 triệu đồng.",
        {("union_shelter_value", 110e6)},
    ),
    # an aside's words may be all that names what a figure counts
    (
        "Tổng số lượt người (kể cả đoàn viên được thăm hỏi ốm đau) là 1.140 lượt.",
        {("welfare_beneficiaries", 1140)},
    ),
    (
        "Phối hợp Quỹ Vì người nghèo trao 6 căn nhà “Mái ấm Công đoàn”; quỹ vận động được 900 "
        "triệu đồng từ các doanh nghiệp.",
        {("union_shelter_houses", 6)},
    ),
    ("Quỹ Xã hội “Mái ấm Công đoàn” tỉnh đã giải ngân 1,9 tỷ đồng cho đoàn viên xây nhà.", set()),
    # those who shop at the union's fair or eat its meal are cared for; its cost is care
    (
        "Có 950 đoàn viên được tham gia “Phiên chợ Tết Công đoàn” với phiếu mua hàng.",
        {("welfare_beneficiaries", 950)},
    ),
    ("Khoảng 1.800 công nhân được thưởng thức bữa ăn nâng cao.", {("welfare_beneficiaries", 1800)}),
    ("Tổng giá trị phiên chợ Tết Công đoàn là 870 triệu đồng.", {("welfare_value", 870e6)}),
    # the gifts' money named by their giving
    (
        "Trao 300 suất quà (mỗi suất 1 triệu đồng); cả đợt có tổng kinh phí trao quà là 300 "
        "triệu đồng.",
        {("gifts", 300), ("gift_value", 300e6)},
    ),
    # ... nor those moved in told in a clause of their own (hostile round 42)
    (
        "Năm 2023, các CĐCS đã kết nạp 250 ĐV và tiếp nhận 40 ĐV chuyển đến từ nơi khác.",
        {("new_members", 250)},
    ),
    ("Năm 2023 kết nạp 310 đoàn viên, chuyển đến 45 đoàn viên.", {("new_members", 310)}),
    ("Tổ chức tập huấn kỹ năng thương lượng, ký kết thỏa ước cho 45 doanh nghiệp.", set()),
    # members transferred in, named after them, are no new members (spec; hostile round 41)
    (
        "Năm 2023 kết nạp 1.236 đoàn viên (chưa kể 120 đoàn viên tiếp nhận từ nơi khác chuyển đến).",
        {("new_members", 1236)},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_indicator_wordings(sentence: str, expected: set[tuple[str, float]]) -> None:
    observations, _ = extract("t", sentence, "2023")
    assert {(o.indicator, o.value) for o in observations} == expected


NEVER = [
    "Thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị.",
    "Đại hội lần thứ XIII, nhiệm kỳ 2023-2028 của Công đoàn tỉnh.",
    "Hotline: 0912.345.678; Điện thoại: 0275.3822 365",
    "Theo Quyết định số 1234/QĐ-TLĐ và Chỉ thị 16/CT-TTg.",
    "Hội nghị Ban Thường vụ lần thứ 24 tổ chức ngày 18/07/2022 lúc 14:30.",
    "Đang online: 21. Hôm nay : 1367. Đã truy cập: 2305463",
    "Hưởng ứng Chương trình “1 triệu sáng kiến” của Tổng Liên đoàn.",
    # ... and a programme's long name in quotes, named before or after it, is no speech
    "Công đoàn ngành tổng kết Chương trình “Mỗi đoàn viên 1 sáng kiến - vì doanh nghiệp phát triển "
    "bền vững, người lao động có việc làm ổn định” của Tổng Liên đoàn.",
    "Ông cho biết, “Mỗi đoàn viên 1 sáng kiến - vì doanh nghiệp phát triển bền vững, người lao "
    "động có việc làm ổn định” là chương trình được phát động từ năm 2022.",
    "Phòng chống dịch Covid-19 trong 6 tháng đầu năm.",
    "Tặng quà nhân các ngày lễ như: 8/3, 20/10; 1/6 và Tết Trung thu.",
    "Tăng 500 đoàn viên so với năm 2022; vượt 20% chỉ tiêu.",
    "Đại hội có 300 đại biểu tham dự, 728 CĐCS đã tổ chức Tháng Công nhân.",
    "Mức hỗ trợ mỗi người 500.000 đồng; quà trị giá 300.000 đồng/suất.",
    "Số lao động có việc làm thường xuyên là 4031người.",
    "Tổng thu kinh phí công đoàn đạt 45 tỷ đồng, bằng 105% dự toán.",
    "Giải chạy thu hút 500 đoàn viên tham gia.",
    "Các cấp công đoàn đã chăm lo cho hàng trăm nghìn lượt đoàn viên.",
    "Phấn đấu kết nạp 5.000 đoàn viên, thành lập 30 CĐCS.",
    # what a superior asks for is yet to come
    "Phó Chủ tịch LĐLĐ thành phố đề nghị LĐLĐ quận tập trung hoàn thành chỉ tiêu phát triển 500 "
    "đoàn viên, thành lập 10 CĐCS.",
    "LĐLĐ tỉnh yêu cầu các cấp công đoàn kết nạp 5.000 đoàn viên.",
    # a rate per head raised: where it started was per head too
    "Mức hỗ trợ đoàn viên bị bệnh hiểm nghèo được nâng từ 1 triệu đồng lên 2 triệu "
    "đồng/trường hợp.",
    # a plan assigned, then the result: only the plan is one
    "Năm 2023, được LĐLĐ tỉnh giao chỉ tiêu kết nạp 500 đoàn viên.",
    # turns (`lượt`) are no stock of members
    "- Đoàn viên ốm đau, thai sản: 1.350 lượt.",
    "Tổng Liên đoàn giao chỉ tiêu phát triển 2.000 đoàn viên.",
    # a plan word before a list's colon, or opening its first item, makes every item a plan
    "Chỉ tiêu năm 2024: thành lập 25 CĐCS; kết nạp 3.500 đoàn viên.",
    "Đại hội đề ra 12 chỉ tiêu, trong đó: phấn đấu phát triển mới 9.000 đoàn viên, thành lập "
    "60 CĐCS; 85% doanh nghiệp tổ chức Hội nghị người lao động.",
    "Chỉ tiêu năm 2024: kết nạp mới 3.500 đoàn viên; thành lập 25 CĐCS.",
    "Tổ chức giải bóng đá công nhân với tổng kinh phí 80 triệu đồng.",
    "Mỗi suất quà trị giá 500.000 đồng; trợ cấp 2.000.000 đồng/người.",
    "Trao phiếu mua hàng cho công nhân, mỗi phiếu trị giá 300.000 đồng.",
    # the value of one gift
    "Mỗi đoàn viên mới được tặng 1 phần quà trị giá 200.000 đồng.",
    "Mỗi công nhân nhận 01 suất quà Tết trị giá 500.000 đồng.",
    "Có 300 đoàn viên bị mất việc làm; có 3 CĐCS bị giải thể.",
    # a finance report's total spending is no care
    "Năm 2023, tổng chi 1,8 tỷ đồng.",
    # a threshold counted in several words, legal aid, people received, agreements renewed, a
    # women's committee founded inside unions
    "Năm 2021, thành lập công đoàn cơ sở tại các doanh nghiệp có 30 công nhân lao động trở lên.",
    # ... and its qualifier first (`có trên 25 lao động`): the size of each, no workforce
    "Năm 2023 đã có thêm CĐCS ở những nơi là các doanh nghiệp có trên 40 lao động.",
    "Năm 2021, trung tâm hỗ trợ pháp lý cho 76 trường hợp.",
    "Năm 2021, Ủy ban kiểm tra công đoàn cơ sở tiếp 142 lượt người.",
    "Năm 2021, các doanh nghiệp gia hạn, sửa đổi 318 bản TƯLĐTT.",
    # firms that have signed none
    "Năm 2022, còn 3 doanh nghiệp chưa ký TƯLĐTT.",
    "Trong năm, thành lập Ban Nữ công quần chúng tại 11 CĐCS khu vực ngoài nhà nước.",
    # one of a few leading units is a place among them, no count
    "Năm 2023, Công đoàn Viên chức tỉnh là 1 trong 3 đơn vị dẫn đầu Khối thi đua.",
    # tickets are no people, whoever the label names
    '- "Chuyến xe Công đoàn" đưa NLĐ về quê: 280 vé.',
    # workers short of work are no workforce
    "Khoảng 260 lao động tại 04 doanh nghiệp thiếu việc làm, phải nghỉ luân phiên.",
    "Mức lương tối thiểu vùng I là 4.680.000 đồng/tháng; lương cơ sở là 1.800.000 đồng/tháng.",
    "Ban Chấp hành khóa XIV gồm 35 đồng chí, Ban Thường vụ 11 đồng chí.",
    "Có 300 đoàn viên đang điều trị tại bệnh viện.",
    "Chuyên mục hỗ trợ đoàn viên trên trang thông tin đã có 15.300 lượt truy cập, 2.000 lượt xem.",
    "Xây dựng 3 nhà văn hóa và sửa chữa 2 nhà ăn cho công nhân.",
    "Viên chức công bố 1.045 bài báo khoa học, trong đó 486 bài trên tạp chí quốc tế.",
    "Năm 2023, giảng viên công bố 268 bài báo khoa học, trong đó 97 bài thuộc danh mục Scopus.",
    # the share of those who attended a conference is no share of units that held one
    "Năm 2023, Hội nghị viên chức có 84/86 CB, GV, NV tham dự (đạt 97,7%).",
    "Thu nhập tăng thêm bình quân của người lao động đạt 3,2 tr.đ/người/tháng.",
    # prize money of a contest, and a minimum wage given as a range
    "Hội thi sáng tạo kỹ thuật trao 20 giải với tổng giá trị giải thưởng 150 triệu đồng.",
    "Chăm lo Tết: hội thi có tổng tiền thưởng trên 200 triệu đồng.",
    "Mức lương tối thiểu vùng đang áp dụng trên địa bàn từ 3,64 triệu đến 4,68 triệu đồng/tháng.",
    # a hospital's own work, not care for its staff
    "Tổng số lượt khám bệnh 186.400 lượt, điều trị nội trú 27.310 lượt, công suất giường 118%.",
    "BCH CĐCS có 15 đồng chí, 38 tổ công đoàn.",
    # the victims of accidents are no workforce
    "Năm 2023 xảy ra gần 3.200 vụ tai nạn lao động làm 3.140 người, trong đó nạn nhân là lao "
    "động nữ có 960 người.",
    # those honoured for their work are no workforce; a plan to carry out is no result
    "Năm 2023, toàn tỉnh có gần 1.450 giáo viên dạy giỏi.",
    "Năm 2023, Công đoàn ngành phấn đấu thực hiện 80 đề tài, sáng kiến.",
    # those in a bracket of income are no workforce
    "Năm 2023, có 5 công nhân có thu nhập trên 600 triệu đồng/năm.",
    # the amount each one gets, raised from one level to another
    "Năm 2023, Công đoàn nâng giá trị mỗi suất từ 18.000 lên 55.000 đồng.",
    # a sentence opening on who attended lists them all
    "Tham dự chương trình có lãnh đạo LĐLĐ tỉnh, đại diện các sở, ngành và 350 đoàn viên có "
    "hoàn cảnh khó khăn.",
    # an amount handed to all alike; those an event drew
    "Năm 2023, CĐCS công ty đã trao tặng 120.000 đồng đến tất cả đoàn viên.",
    "Tham dự chương trình có 120 nữ công nhân của các doanh nghiệp trong khu công nghiệp.",
    # the unions taught how to bargain are no agreements
    "Năm 2023, LĐLĐ tỉnh tập huấn kỹ năng ký kết TƯLĐTT cho 48 CĐCS.",
    # the worth of one item, no count before it
    "Năm 2023, các em được tặng voucher (trị giá 300.000 đồng) mua sách.",
    # a phone number in groups of one to four digits; a bonus on top of pay
    "Mọi kiến nghị của NLĐ xin liên hệ đường dây nóng của CĐCS: 0236 3 812 457.",
    "Năm 2023, NLĐ có thâm niên từ 3 năm được thưởng thêm 400.000 đồng/tháng.",
    # an average per day or year is no total
    "Mỗi đợt khám kéo dài 5 ngày, trung bình 350 người được khám mỗi ngày.",
    "Nhiệm kỳ qua, LĐLĐ tỉnh kết nạp 5.000 đoàn viên mỗi năm.",
    # a congress's targets in a list, a result word the plan governs included
    "Nhiệm kỳ 2023-2028, Công đoàn ngành phấn đấu thực hiện các chỉ tiêu: phát triển 280 đoàn "
    "viên; thành lập 9 CĐCS.",
    "Đại hội thống nhất các chỉ tiêu: phát triển 300 đoàn viên; tổ chức khám bệnh miễn phí cho "
    "ít nhất 800 lượt công nhân mỗi năm.",
    # a bound that picks out whom a rule means
    "Các CĐCS có 50 đoàn viên trở lên được chia tổ công đoàn.",
    "Khen thưởng các sáng kiến có giá trị làm lợi từ 500 triệu đồng trở lên.",
]


@pytest.mark.parametrize("sentence", NEVER)
def test_what_is_never_an_observation(sentence: str) -> None:
    observations, mentions = extract("t", sentence, "2023")
    assert observations == []
    assert all(m.status != "observation" for m in mentions)


def test_plan_figures_become_targets() -> None:
    observations, mentions = extract(
        "t", "Phát triển mới 1.500 đoàn viên (chỉ tiêu 1.200), thành lập 10/8 CĐCS.", "2023"
    )
    got = {o.indicator: (o.value, o.target) for o in observations}
    assert got == {"new_members": (1500, 1200), "new_grassroots_unions": (10, 8)}
    assert any(m.reason == "target" and m.value == 1200 for m in mentions)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a plan with a scale word of its own
            "Kết nạp mới 1.025.460 đoàn viên, đạt 102,5% chỉ tiêu (chỉ tiêu 1 triệu đoàn viên).",
            ("new_members", 1025460, 1e6),
        ),
        (  # a bare plan is in the result's scale
            "Quỹ Mái ấm Công đoàn vận động được 1,5 tỷ đồng (kế hoạch 1,2).",
            ("union_shelter_fund", 1.5e9, 1.2e9),
        ),
        (
            "Quỹ Mái ấm Công đoàn vận động được 850 triệu đồng (kế hoạch 1 tỷ đồng).",
            ("union_shelter_fund", 8.5e8, 1e9),
        ),
    ],
)
def test_a_plan_written_after_its_result_in_its_own_scale(
    sentence: str, expected: tuple[str, float, float]
) -> None:
    observations, _ = extract("t", sentence, "2025")
    assert [(o.indicator, o.value, o.target) for o in observations] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kết nạp đoàn viên: 845/800, đạt 105,6%.", ("new_members", 845, 800)),
        (
            "Giới thiệu đoàn viên ưu tú cho Đảng: 215/200, đạt 107,5% chỉ tiêu.",
            ("party_referrals", 215, 200),
        ),
        ("Thành lập CĐCS: 18/20, đạt 90% kế hoạch.", ("new_grassroots_unions", 18, 20)),
    ],
)
def test_result_over_plan_worked_into_a_rate_is_the_result(sentence, expected) -> None:
    """A fraction with no noun, then `đạt x%`, is a result over its plan when it exceeds the
    plan or the rate is of the plan; `29/38 = 76,3%` (units behind a rate) is not."""
    observations, _ = extract("t", clean(sentence, is_html=False).text, "2023")
    assert [(o.indicator, o.value, o.target) for o in observations] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Thành lập mới 26 CĐCS/20 CĐCS kế hoạch.", ("new_grassroots_unions", 26, 20)),
        ("Kết nạp 2.350 đoàn viên/2.000 đoàn viên, đạt 117,5%.", ("new_members", 2350, 2000)),
        # the plan word stands for the noun after the second figure
        ("Thành lập mới 11 CĐCS/8 chỉ tiêu.", ("new_grassroots_unions", 11, 8)),
        ("Kết nạp 940 đoàn viên/800 chỉ tiêu.", ("new_members", 940, 800)),
        (
            "Vận động quỹ Mái ấm Công đoàn được 1.285 triệu đồng/1.200 triệu đồng, đạt 107% kế hoạch.",
            ("union_shelter_fund", 1.285e9, 1.2e9),
        ),
    ],
)
def test_same_unit_both_sides_of_a_slash_then_the_plan_is_a_target(sentence, expected) -> None:
    observations, mentions = extract("t", clean(sentence, is_html=False).text, "2023")
    assert [(o.indicator, o.value, o.target) for o in observations] == [expected]
    assert [m.reason for m in mentions if m.value == expected[2]] == ["target"]


def test_a_first_column_naming_who_did_it_is_the_rows_label() -> None:
    """`Cấp thực hiện` (the level that did it) holds `thực hiện`, a result column's word: as
    the first column, over names, it labels the rows."""
    text = (
        "Kết quả chăm lo Tết Mậu Tuất 2018 cho đoàn viên, NLĐ:\n"
        "| Cấp thực hiện | Số suất quà | Số tiền (triệu đồng) |\n"
        "| LĐLĐ huyện | 145 | 72,5 |\n"
        "| CĐCS | 2.730 | 546 |\n"
        "| Tổng cộng | 2.875 | 618,5 |\n"
    )
    observations, _ = extract("t", clean(text, is_html=False).text, "2018")
    assert {(o.indicator, o.value) for o in observations} == {
        ("gifts", 2875),
        ("gift_value", 618_500_000),
    }


def test_a_leads_hedged_figure_stated_in_full_later_is_the_bodys() -> None:
    """`Với hơn 3.400 lao động, ...` opening a news item, then `Hiện công ty có 3.420 lao
    động`: the lead tells the body's figure in short, one observation."""
    title = "Công đoàn Công ty TNHH Dệt kim Minh Quang: Điểm tựa của người lao động"
    text = (
        f"{title}\nThứ Ba, 08/01/2019 - 09:12\n\n"
        "Với hơn 3.400 lao động, phần lớn là nữ, đến từ nhiều tỉnh, Công đoàn Công ty luôn xác "
        "định chăm lo đời sống người lao động là nhiệm vụ hàng đầu.\n\n"
        "Công ty là doanh nghiệp 100% vốn đầu tư nước ngoài. Hiện công ty có 3.420 lao động."
    )
    observations, mentions = extract("t", text, "2018", title=title, org_level="grassroots")
    assert [(o.indicator, o.value) for o in observations] == [("workers", 3420)]
    assert [m.reason for m in mentions if m.value == 3400] == ["restated_in_body"]


def test_a_figure_restated_in_a_table_of_plans_keeps_its_plan() -> None:
    text = (
        "- Trong năm học kết nạp mới 03 đoàn viên.\n\n"
        "TT\tChỉ tiêu\tĐVT\tKế hoạch\tThực hiện\tTỷ lệ\n"
        "1\tKết nạp đoàn viên mới\tngười\t2\t3\t150%\n"
    )
    observations, mentions = extract("t", clean(text, is_html=False).text, "2017")
    assert [(o.indicator, o.value, o.target, o.span_start) for o in observations] == [
        ("new_members", 3, 2, text.index("03"))
    ]
    assert [m.reason for m in mentions if m.value == 3] == ["classified", "restated"]


def test_a_plan_named_earlier_in_the_sentence_makes_a_fraction_result_over_plan() -> None:
    observations, _ = extract(
        "t",
        "Đã kết nạp 3.412 đoàn viên theo chỉ tiêu nghị quyết Đại hội, đạt 68,2%; thành lập mới "
        "14/20 CĐCS.",
        "2025",
    )
    assert [(o.indicator, o.value, o.target) for o in observations] == [
        ("new_members", 3412, None),
        ("new_grassroots_unions", 14, 20),
    ]


def test_same_unit_both_sides_of_a_slash_without_a_plan_is_not_a_target() -> None:
    observations, _ = extract("t", "Có 45 CĐCS/52 CĐCS tổ chức hội nghị.", "2023")
    assert all(o.target is None for o in observations)


def test_units_behind_a_rate_are_not_a_result() -> None:
    observations, mentions = extract("t", "Tổ chức hội nghị NLĐ: 29/38 = 76,3%.", "2023")
    assert [(o.indicator, o.value) for o in observations] == [("worker_conference_rate", 76.3)]
    assert [m.reason for m in mentions if m.value == 29] == ["parts_of_a_rate"]


def test_coverage_ratio_is_not_a_target() -> None:
    observations, _ = extract(
        "t", "Tổ chức đối thoại định kỳ tại nơi làm việc 141/141 cuộc, đạt tỷ lệ 100%.", "2022"
    )
    assert [(o.indicator, o.value, o.target) for o in observations] == [
        ("workplace_dialogues", 141, None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Công đoàn ngành có tổng số đoàn viên 8.120/9.045 CNVCLĐ.",
        # ... the label linked to the pair (`lên`, `là`), the pair grouped with spaces, and its
        # rate in a bracket after it (an aside, not what the workers did)
        "Công đoàn ngành nâng tổng số ĐV lên 8 120/9 045 LĐ (đạt 89,8%).",
        "Công đoàn ngành: tổng số ĐV là 8.120/9.045 LĐ, đạt 89,8%.",
        "Công đoàn ngành có 8.120 ĐV/9.045 CNVCLĐ.",
    ],
)
def test_members_out_of_workers_ratio_gives_both(text: str) -> None:
    observations, _ = extract("t", text, "2021")
    assert {(o.indicator, o.value, o.target) for o in observations} == {
        ("members", 8120, None),
        ("workers", 9045, None),
    }


def test_parts_of_a_total_are_not_counted_again() -> None:
    observations, mentions = extract(
        "t",
        "Trong năm đã thực hiện 6 cuộc kiểm tra: 2 cuộc kiểm tra tài chính; 4 cuộc kiểm tra "
        "chấp hành Điều lệ.",
        "2021",
    )
    assert [(o.indicator, o.value) for o in observations] == [("supervisions", 6)]
    assert sum(m.reason == "part_of_total" for m in mentions) == 2


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Trong 6 tháng đầu năm 2023, toàn tỉnh có 1.245 sáng kiến.", "2023-H1"),
        ("Từ năm 2019 đến nay, đã xây dựng 48 nhà Mái ấm Công đoàn.", "2019-2023"),
        ("Quý III/2023, trợ cấp cho 320 đoàn viên gặp khó khăn.", "2023-Q3"),
        ("Giai đoạn 2018-2023 đã có 900 sáng kiến.", "2018-2023"),
        ("Toàn ngành có 35 sáng kiến.", "2023"),
        ("6 tháng đầu năm 2023, kết nạp 300 đoàn viên.", "2023-H1"),
        ("Quý II năm 2023, trao 300 suất quà.", "2023-Q2"),
        ("Trong 2 năm 2022-2023, LĐLĐ tỉnh đã kết nạp 5.200 đoàn viên.", "2022-2023"),
        # the current term so far; the term named alone is the coming one, no period
        ("Từ đầu nhiệm kỳ 2022-2027 đến nay, đã giới thiệu 54 đoàn viên ưu tú.", "2022-2023"),
        ("Ban Chấp hành nhiệm kỳ 2023-2028 đã giới thiệu 54 đoàn viên ưu tú.", "2023"),
        # an anniversary's span is no period: the year it is held is; a term's span is one
        (
            "Kỷ niệm 94 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2023), LĐLĐ "
            "quận trao 50 suất quà.",
            "2023",
        ),
        ("Nhiệm kỳ 5 năm (2018 - 2023), LĐLĐ huyện kết nạp 3.000 đoàn viên.", "2018-2023"),
        # two years told as one stretch
        ("Trong 2 năm 2022 và 2023, Công đoàn ngành đã kết nạp 1.200 đoàn viên.", "2022-2023"),
        # a span to a day or a month of its last year
        ("Từ năm 2015 đến ngày 31/12/2020, LĐLĐ tỉnh đã kết nạp 12.000 đoàn viên.", "2015-2020"),
        ("Từ năm 2015 đến hết năm 2020, LĐLĐ tỉnh đã kết nạp 12.000 đoàn viên.", "2015-2020"),
        # nor is the year one was born
        ("Thăm hỏi 20 đoàn viên ốm đau, trong đó có chị Lan, sinh năm 1976.", "2023"),
        ("Trao 12 suất quà, trong đó có anh Tuấn (SN 1991), công nhân may.", "2023"),
        ("Thăm 9 đoàn viên ốm đau, có bà Hoa (năm sinh: 1968).", "2023"),
        # what was done the year before (probe 9fy)
        ("Trong khi năm trước kết nạp 640 người, năm nay còn ít hơn.", "2022"),
        ("Năm trước tặng 640 suất quà cho đoàn viên.", "2022"),
        # (not years counted back: hostile round 123)
        ("Hai năm trước đã trao 300 suất quà cho đoàn viên.", "2023"),
        # the Tết of last year, named again in brackets (probe 9ga)
        ("Tết năm ngoái (Tết Nhâm Dần), LĐLĐ tỉnh tổ chức 16 chuyến xe cho 700 người.", "2022"),
        # a part of the year labelling its line (probe 9fw)
        ("- 6 tháng đầu năm 2023: 14 lớp tập huấn", "2023-H1"),
        ("- Quý I năm 2023: 5 lớp tập huấn", "2023-Q1"),
        ("- Quý 1 năm 2023: 5 lớp tập huấn", "2023-Q1"),  # (the re-read)
        # a count of years and the span its brackets name (probe 9gf)
        ("Sơ kết 2 năm (2022 - 2023): các CĐCS đã kết nạp 1.250 đoàn viên.", "2022-2023"),
    ],
)
def test_periods(sentence: str, period: str) -> None:
    observations, _ = extract("t", sentence, "2023")
    assert [o.period for o in observations] == [period]


def test_a_year_named_in_a_report_of_a_span_is_that_year() -> None:
    text = (
        "Từ năm 2019 đến nay, đã xây 300 nhà Mái ấm Công đoàn. Riêng năm 2023, hỗ trợ xây 68 "
        "nhà Mái ấm Công đoàn, số tiền 3,4 tỷ đồng."
    )
    observations, _ = extract("t", text, "2019-2023")
    assert {(o.value, o.period) for o in observations} == {
        (300, "2019-2023"),
        (68, "2023"),
        (3.4e9, "2023"),
    }


def test_out_of_range_values_are_kept_and_flagged() -> None:
    observations, _ = extract("t", "Có 150% doanh nghiệp tổ chức Hội nghị người lao động.", "2023")
    assert [(o.value, o.flags) for o in observations] == [(150, ("out_of_range",))]


def test_restated_figure_is_one_observation_and_plain_statement_wins() -> None:
    observations, _ = extract(
        "t", "Đăng tải trên 1.738 tin, bài trên Website. Tổng cộng đăng tải 1.738 tin bài.", "2023"
    )
    assert [(o.indicator, o.value, o.qualifier) for o in observations] == [
        ("media_posts", 1738, "exact")
    ]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # two lots of the same size in one sentence are two figures
        (
            "Năm 2023, Công đoàn trao 04 suất quà cho công nhân ốm đau và 04 suất quà cho công "
            "nhân khó khăn.",
            2,
        ),
        ("Năm 2023, trao 10 suất quà cho nữ công nhân; trao 10 suất quà cho công nhân nam.", 2),
        # ... while one restated in brackets, or in another sentence, is one
        ("Năm 2023, trao 10 suất quà (10 suất) cho công nhân.", 1),
        ("Năm 2023, trao 10 suất quà cho công nhân. Như vậy, đã trao 10 suất quà.", 1),
    ],
)
def test_two_lots_of_one_size_are_two_figures(text: str, count: int) -> None:
    observations, _ = extract("t", text, "2023")
    size = 10.0 if "10" in text else 4.0
    assert [o.value for o in observations if o.indicator == "gifts"] == [size] * count


def test_one_thing_told_twice_in_its_sentence_is_one() -> None:
    """A part of one, named again with what was done with it, is that one."""
    text = (
        "Năm 2023, bàn giao 4 nhà Mái ấm Công đoàn. Trong đó có 1 nhà do Công đoàn ngành hỗ "
        "trợ, vận động làm 1 nhà lắp ghép."
    )
    observations, _ = extract("t", text, "2023")
    assert [o.value for o in observations if o.indicator == "union_shelter_houses"] == [4, 1]


def test_subgroups() -> None:
    observations, _ = extract("t", "Tổ chức 3 lớp tập huấn cho 2.000 nữ đoàn viên.", "2023")
    assert {(o.indicator, o.subgroup) for o in observations} == {
        ("training_courses", None),
        ("training_participants", "female"),
    }


def test_workers_named_by_the_work_on_the_line_are_direct_workers() -> None:
    """Probes 9bs, 9by: rubber and coal reports name their production workers by their work
    (`công nhân cạo mủ`, `thợ lò`), not with `trực tiếp`."""
    text = (
        "Thu nhập bình quân của người lao động đạt 9,5 triệu đồng/người/tháng, riêng thợ lò đạt "
        "21,2 triệu đồng/người/tháng; công nhân cạo mủ khoảng 6,8 triệu đồng/người/tháng."
    )
    observations, _ = extract("t", text, "2023")
    assert [(o.value, o.subgroup) for o in observations] == [
        (9_500_000, None),
        (21_200_000, "direct_workers"),
        (6_800_000, "direct_workers"),
    ]


def test_a_second_noun_of_the_same_people_keeps_the_breakdown_after_it() -> None:
    """`9.500 đoàn viên, NLĐ khu vực hành chính sự nghiệp`: the comma joins two names of the
    same people; the breakdown named after them is still the figure's."""
    observations, _ = extract(
        "t", "Toàn tỉnh hiện có 9.500 đoàn viên, NLĐ khu vực hành chính sự nghiệp.", "2023"
    )
    assert [(o.indicator, o.subgroup) for o in observations] == [("members", "public_sector")]
    observations, _ = extract(
        "t", "Toàn tỉnh hiện có 9.500 đoàn viên, 120 CĐCS khu vực hành chính sự nghiệp.", "2023"
    )
    assert ("members", None) in [(o.indicator, o.subgroup) for o in observations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Có 38 doanh nghiệp đã ký kết TƯLĐTT; trong 6 tháng ký mới 05 bản.", [38, 5]),
        ("Thỏa ước lao động tập thể: Tổng công ty ký lại TƯLĐTT; các công ty con ký mới 4 bản.", [4]),
        # (copies of something else signed anew are no agreements)
        ("Năm 2024, các đơn vị ký mới 12 bản giao ước thi đua.", []),
    ],
)  # fmt: skip
def test_agreements_signed_anew_the_sentence_named_earlier(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2024-H1", org_level="sector_provincial")
    assert [o.value for o in observations if o.indicator == "collective_agreements"] == expected


@pytest.mark.parametrize(
    ("text", "subgroup"),
    [
        # the industrial zones' union a company union reports to tells its own figures
        ("Hiện Công đoàn các KCN Hải Dương quản lý 318 CĐCS với hơn 95.000 đoàn viên.", "other_org"),
        ("Công đoàn Khu kinh tế tỉnh quản lý 318 CĐCS với hơn 95.000 đoàn viên.", "other_org"),
        # ... not when it is named as the one the company's union belongs to
        ("Công đoàn Công ty Hòa Lợi trực thuộc Công đoàn các KCN Hải Dương có 95.000 đoàn viên.",
         None),
        ("Công đoàn Công ty Hòa Lợi thuộc LĐLĐ huyện Cẩm Giàng hiện có 95.000 đoàn viên.", None),
    ],
)  # fmt: skip
def test_a_grassroots_report_tells_the_zones_union_figures_as_anothers(
    text: str, subgroup: str | None
) -> None:
    observations, _ = extract(
        "t", "Năm 2025. " + text, "2025", org_level="grassroots", province="Hải Dương"
    )
    assert [(o.value, o.subgroup) for o in observations if o.indicator == "members"] == [
        (95_000, subgroup)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # only the Party admits: its committee named as the one admitting is no other body
        ("Năm 2023, Đảng ủy cơ quan phường kết nạp 46 đoàn viên công đoàn vào Đảng.",
         [("party_admissions", 46, None)]),
        ("Năm 2023, LĐLĐ huyện giới thiệu tới các chi bộ 64 đoàn viên ưu tú để xem xét kết nạp.",
         [("party_referrals", 64, None)]),
        # ... but the Party's own members are its figure
        ("Năm 2023, Đảng bộ khối doanh nghiệp huyện kết nạp 96 đảng viên mới.",
         [("party_admissions", 96, "other_org")]),
    ],
)  # fmt: skip
def test_the_party_admitting_union_members_owns_no_figure(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2023", org_level="district_federation")
    assert [(o.indicator, o.value, o.subgroup) for o in observations] == expected


def test_the_members_of_unions_just_founded_are_no_stock() -> None:
    """`thành lập mới 01 CĐCS tại Công ty ... với 31 đoàn viên`: the new union's members, not
    the body's (a stock verb elsewhere in the sentence made them one); `hiện có 35 CĐCS với
    1.250 đoàn viên` after the body's founding year still is its stock."""
    text = (
        "Kết nạp mới 152 đoàn viên (gồm 120 ĐV khu vực HCSN); thành lập mới 01 CĐCS tại Công ty "
        "TNHH May Hòa Lợi với 31 đoàn viên. Công đoàn ngành được thành lập năm 2005, hiện có 35 "
        "CĐCS với 1.250 đoàn viên."
    )
    observations, _ = extract("t", text, "2024", org_level="district_federation")
    assert [o.value for o in observations if o.indicator == "members"] == [1250]
    # (nor is its own founding a founding of the unions it has now)
    assert [o.value for o in observations if o.indicator == "grassroots_unions"] == [35]


def test_a_header_merged_over_two_columns_beside_ones_named_alone_names_them() -> None:
    """`Đoàn viên` merged over `Tổng số | Nữ`, beside `Số CĐCS` and `Kết nạp mới` that name
    their columns alone: the total row's members and women members were read as nothing."""
    text = (
        "Năm 2025\nĐịa bàn | Số CĐCS | Đoàn viên | | Kết nạp mới\n"
        "Địa bàn | Số CĐCS | Tổng số | Nữ | Kết nạp mới\n"
        "Huyện A | 412 | 20.115 | 11.420 | 905\nHuyện B | 388 | 18.010 | 9.870 | 860\n"
        "Toàn tỉnh | 800 | 38.125 | 21.290 | 1.765\n"
    )
    observations, _ = extract("t", text, "2025", org_level="provincial_federation")
    assert [(o.indicator, o.value, o.subgroup) for o in observations] == [
        ("grassroots_unions", 800, None),
        ("members", 38_125, None),
        ("members", 21_290, "female"),
        ("new_members", 1_765, None),
    ]


def test_the_abbreviated_business_sector_is_its_breakdown() -> None:
    """`khu vực DN`, `khối DN`: the business sector, abbreviated as `khu vực HCSN` is."""
    text = "Kết nạp mới 142 đoàn viên (gồm 95 ĐV khu vực HCSN, 47 ĐV khu vực DN); 3 CĐCS khối DN."
    observations, _ = extract("t", text, "2024", org_level="district_federation")
    assert [(o.value, o.subgroup) for o in observations if o.indicator == "new_members"] == [
        (142, None),
        (95, "public_sector"),
        (47, "business_sector"),
    ]
    incomes = (
        "Thu nhập bình quân khu vực DN nhà nước 9,1 triệu đồng/người/tháng; khu vực DN ngoài nhà "
        "nước 7,2 triệu đồng/người/tháng; khu vực DN 7,6 triệu đồng/người/tháng."
    )
    observations, _ = extract("t", incomes, "2024", org_level="district_federation")
    assert [o.subgroup for o in observations] == [
        "state_enterprise",
        "non_state_enterprise",
        "business_sector",
    ]


def test_columns_headed_by_a_breakdown_give_their_figures_its_code() -> None:
    """`Chỉ tiêu | Khu vực HCSN | Khu vực SXKD | Tổng cộng`: each sector's column is a
    breakdown, the total's column the figure itself (`Chỉ tiêu` heads the rows, no plan)."""
    text = (
        "Kết quả theo khu vực:\n"
        "Chỉ tiêu | Khu vực hành chính sự nghiệp | Khu vực sản xuất kinh doanh | Tổng cộng\n"
        "Kết nạp đoàn viên (người) | 230 | 1.410 | 1.640\n"
        "Thành lập mới CĐCS | 02 | 9 | 11\n"
    )
    observations, _ = extract("t", text, "2024")
    assert sorted((o.indicator, o.value, o.subgroup or "") for o in observations) == [
        ("new_grassroots_unions", 2, "public_sector"),
        ("new_grassroots_unions", 9, "business_sector"),
        ("new_grassroots_unions", 11, ""),
        ("new_members", 230, "public_sector"),
        ("new_members", 1_410, "business_sector"),
        ("new_members", 1_640, ""),
    ]


_SECTORS = "Khu vực hành chính sự nghiệp | Khu vực sản xuất kinh doanh | Tổng cộng"


@pytest.mark.parametrize(
    ("table", "want"),
    [
        # a figure left blank: the next ones moved one column left (HCSN, then SXKD)
        (
            f"Chỉ tiêu | {_SECTORS}\nKết nạp đoàn viên (người) | | 1.410 | 1.640",
            [(1_410, "business_sector", "2024"), (1_640, None, "2024")],
        ),
        # a header cell left blank: its figure took the next column's breakdown
        (
            "Chỉ tiêu | | Khu vực sản xuất kinh doanh | Tổng cộng\n"
            "Kết nạp đoàn viên (người) | 230 | 1.410 | 1.640",
            [(230, None, "2024"), (1_410, "business_sector", "2024"), (1_640, None, "2024")],
        ),
        # the last year blank: the figures moved to the right, under the later years
        (
            "Chỉ tiêu | Năm 2022 | Năm 2023 | Năm 2024\nKết nạp đoàn viên (người) | 1.200 | 1.350 |",
            [(1_200, None, "2022"), (1_350, None, "2023")],
        ),
        # an empty corner cell: the first year's figure was the second year's
        (
            "| Năm 2023 | Năm 2024\nKết nạp đoàn viên (người) | 1.350 | 1.500",
            [(1_350, None, "2023"), (1_500, None, "2024")],
        ),
        # a Markdown row's bars at both ends are borders, not empty cells
        (
            f"| Chỉ tiêu | {_SECTORS} |\n| Kết nạp đoàn viên (người) | | 1.410 | 1.640 |",
            [(1_410, "business_sector", "2024"), (1_640, None, "2024")],
        ),
        # a row short of its last cells, as a browser draws it: the figure is the first
        # column's (the plan, the earlier year), never moved under the last one
        (
            "| Chỉ tiêu | Kế hoạch | Thực hiện |\n| Kết nạp đoàn viên (người) | 1.300 |",
            [],
        ),
        (
            "| Chỉ tiêu | Năm 2023 | Năm 2024 |\n| Tổng số đoàn viên | 98.400 |",
            [(98_400, None, "2023")],
        ),
        # ... unless its last cell is a share under the share column: the last columns'
        (
            "| TT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | Tỷ lệ (%) |\n"
            "| 3 | Tổng số đoàn viên | 98.400 | 102,3 |",
            [(98_400, None, "2024")],
        ),
    ],
    ids=[
        "blank_figure_cell",
        "blank_header_cell",
        "blank_last_cell",
        "blank_corner_cell",
        "markdown_borders_and_blank_cell",
        "short_row_under_plan_and_result",
        "short_row_under_two_years",
        "short_row_ending_in_a_share",
    ],
)
def test_an_empty_table_cell_keeps_every_figure_under_its_own_header(
    table: str, want: list[tuple[float, str | None, str]]
) -> None:
    observations, _ = extract("t", "Kết quả năm 2024:\n" + table + "\n", "2024")
    assert [(o.value, o.subgroup, o.period) for o in observations] == want


def test_tables_one_right_after_another_are_each_read_with_their_own_header() -> None:
    """Three tables of a page with nothing between them: the second and third were read
    with the first one's years, the plan (10) as 2023's figure, a sector's as 2023's."""
    page = (
        "<p>Công đoàn ngành Y tế tỉnh Long An báo cáo năm 2024</p>"
        "<table><tr><th>Chỉ tiêu</th><th>Năm 2023</th><th>Năm 2024</th></tr>"
        "<tr><td>Kết nạp đoàn viên</td><td>1.200</td><td>1.500</td></tr></table>"
        "<table><tr><th>Chỉ tiêu</th><th>Kế hoạch</th><th>Thực hiện</th></tr>"
        "<tr><td>Thành lập mới CĐCS</td><td>10</td><td>12</td></tr></table>"
        "<table><tr><th>Chỉ tiêu</th><th>Khu vực hành chính sự nghiệp</th>"
        "<th>Khu vực sản xuất kinh doanh</th></tr>"
        "<tr><td>Kết nạp đoàn viên</td><td>300</td><td>1.200</td></tr></table>"
    )
    observations, _ = extract("t", clean(page, is_html=True).text, "2024")
    assert [(o.value, o.period, o.subgroup, o.target) for o in observations] == [
        (1_200, "2023", None, None),
        (1_500, "2024", None, None),
        (12, "2024", None, 10),
        (300, "2024", "public_sector", None),
        (1_200, "2024", "business_sector", None),
    ]


def test_a_two_row_header_gives_each_column_its_own_breakdown() -> None:
    """`Chỉ tiêu` and `Tổng cộng` span two header rows, `Khu vực` two columns: the sectors
    in the lower row stood one column left, the public sector's figure read as business."""
    page = (
        "<p>Công đoàn ngành Y tế tỉnh Long An báo cáo năm 2024</p><table><tr>"
        "<th rowspan=2>Chỉ tiêu</th><th colspan=2>Khu vực</th><th rowspan=2>Tổng cộng</th>"
        "</tr><tr><th>Khu vực hành chính sự nghiệp</th><th>Khu vực sản xuất kinh doanh</th>"
        "</tr><tr><td>Kết nạp đoàn viên</td><td>230</td><td>1.410</td><td>1.640</td></tr></table>"
    )
    observations, _ = extract("t", clean(page, is_html=True).text, "2024")
    assert [(o.value, o.subgroup) for o in observations] == [
        (230, "public_sector"),
        (1_410, "business_sector"),
        (1_640, None),
    ]


TABLE_REPORT = """<table><tr><th>STT</th><th>Chỉ tiêu</th><th>Kết quả</th></tr>
<tr><td>1</td><td>Số đoàn viên kết nạp mới</td><td>5.432</td></tr>
<tr><td>2</td><td>Số CĐCS thành lập mới</td><td>48</td></tr>
<tr><td>3</td><td>Thu nhập bình quân (đồng/người/tháng)</td><td>7.800.000</td></tr>
<tr><td>4</td><td>Kinh phí chăm lo, hỗ trợ đoàn viên (triệu đồng)</td><td>1.250</td></tr>
</table>"""


def test_table_rows_read_label_noun_and_unit() -> None:
    text = clean(TABLE_REPORT, is_html=True).text
    observations, _ = extract("t", text, "2023")
    assert {(o.indicator, o.value, o.unit) for o in observations} == {
        ("new_members", 5432, "persons"),
        ("new_grassroots_unions", 48, "count"),
        ("avg_income", 7_800_000, "VND/person/month"),
        ("welfare_value", 1_250_000_000, "VND"),
    }


REPORTISH = st.lists(
    st.sampled_from(
        [
            *"0123456789.,;:/-%()“” \n",
            "đoàn viên",
            "CĐCS",
            "sáng kiến",
            "tỷ",
            "triệu",
            "đồng",
            "kết nạp",
            "thành lập",
            "hỗ trợ",
            "năm",
            "trên",
            "Mái ấm",
            "Hội nghị NLĐ",
            "lượt",
            "tháng",
            "ngày",
            "chỉ tiêu",
            "hai mươi",
            "nghìn",
            "|",
            "Tổng số",
        ]
    ),
    max_size=80,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(REPORTISH, st.text(max_size=300)))
def test_extract_never_raises_and_points_inside_the_text(text: str) -> None:
    observations, mentions = extract("t", text, "2023")
    for o in observations:
        assert 0 <= o.span_start < o.span_end <= len(text)
        assert o.quote in text
    for m in mentions:
        assert 0 <= m.span_start < m.span_end <= len(text)


def test_cap_tren_is_a_level_not_a_qualifier() -> None:
    observations, _ = extract(
        "t", "Trong đó công đoàn cấp trên 1,2 tỷ đồng hỗ trợ đoàn viên.", "2023"
    )
    assert [(o.value, o.qualifier) for o in observations] == [(1.2e9, "exact")]


# How real reports phrase things, in new wording: one sentence per rule of the catalogue
# and of `structure` (stocks stated plainly, lists of stocks, pairs across a slash, totals
# that name what was counted before them, awards and attendance that are not welfare).
PHRASINGS = [
    (
        "Toàn huyện hiện có 12.345 đoàn viên, sinh hoạt tại 234 CĐCS.",
        {("members", 12345), ("grassroots_unions", 234)},
    ),
    ("Tỉnh có trên 98.000 CNVCLĐ, với 76.500 đoàn viên.", {("workers", 98000), ("members", 76500)}),
    (
        "Ban quản lý 41 CĐCS/52 đơn vị và 8.800 đoàn viên/9.900 CNVCLĐ.",
        {("grassroots_unions", 41), ("members", 8800), ("workers", 9900)},
    ),
    (
        "Đã giới thiệu 56 đoàn viên ưu tú cho Đảng, 22 đoàn viên được kết nạp.",
        {("party_referrals", 56), ("party_admissions", 22)},
    ),
    (
        "Bàn giao 7 “Mái ấm Công đoàn” cho đoàn viên; xây mới 5 nhà.",
        {("union_shelter_houses", 7), ("union_shelter_houses", 5)},
    ),
    (
        "Trao 300 phần quà cho công nhân nghèo. Tổng kinh phí là 150 triệu đồng.",
        {("gifts", 300), ("gift_value", 150e6)},
    ),
    (
        "Hỗ trợ xây dựng 9 nhà “Mái ấm CĐ” với tổng kinh phí hơn 450 triệu đồng.",
        {("union_shelter_houses", 9), ("union_shelter_value", 450e6)},
    ),
    (
        "Thăm hỏi 640 lượt đoàn viên ốm đau với số tiền 96 triệu đồng.",
        {("welfare_beneficiaries", 640), ("welfare_value", 96e6)},
    ),
    (
        "Trao 20 căn nhà Mái ấm, 150 suất quà (tổng trị giá 1,1 tỷ đồng) cho công nhân.",
        {("union_shelter_houses", 20), ("gifts", 150), ("welfare_value", 1.1e9)},
    ),
    ("Gần 23 vạn CNLĐ toàn ngành hiện có việc làm ổn định.", set()),
    ("Hiện nay ngành quản lý gần 23 vạn CNLĐ.", {("workers", 230000)}),
    (
        "Thu nhập bình quân của NLĐ khu vực doanh nghiệp là 7.200.000đ/người tháng.",
        {("avg_income", 7.2e6)},
    ),
    (
        "Thu nhập bình quân khối HCSN là 5,1 triệu đồng/người/tháng; khối doanh nghiệp là 8,4 triệu đồng/người/tháng.",
        {("avg_income", 5.1e6), ("avg_income", 8.4e6)},
    ),
    (
        "Đưa hơn 1.500 người lao_động có hoàn_cảnh khó_khăn về quê ăn Tết.",
        {("welfare_beneficiaries", 1500)},
    ),
    # the admissions' running total raised is new members, no stock
    (
        "Trong quý II kết nạp mới 1.037 đoàn viên, nâng tổng số kết nạp 6 tháng lên 2.368 ĐV.",
        {("new_members", 1037), ("new_members", 2368)},
    ),
    # visits at funerals and weddings are care; a school's experience initiatives are initiatives
    (
        "- Hiếu, hỷ: 07 lượt, 3,5 triệu đồng.",
        {("welfare_beneficiaries", 7), ("welfare_value", 3.5e6)},
    ),
    ("Có 19 SKKN được Hội đồng khoa học nhà trường công nhận.", {("initiatives", 19)}),
    # the house fund named as the builder spends on its houses; money given to it is raised
    (
        'Quỹ "Mái ấm Công đoàn" ngành đã xây dựng 18 nhà, trị giá 940 triệu đồng.',
        {("union_shelter_houses", 18), ("union_shelter_value", 9.4e8)},
    ),
    # a rate named after the workforce opens its own subject: no deed of those counted
    (
        "Công đoàn Viên chức tỉnh có 4.210 đoàn viên/4.388 CBCCVC, lao động, tỷ lệ CBCCVC tham "
        "gia tổ chức Công đoàn đạt 95,9%.",
        {("members", 4210), ("workers", 4388)},
    ),
    # ... the total spent on care is
    ("Tổng chi chăm lo đoàn viên là 46.000.000 đồng.", {("welfare_value", 46e6)}),
    ("Chương trình thu hút hơn 4.000 công nhân tham dự.", set()),
    ("Tổng LĐLĐ tặng bằng khen cho 45 lao động xuất sắc.", set()),
    ("Vận động đoàn viên đóng góp 25 triệu đồng cho chương trình “Trái tim nhân ái”.", set()),
    (
        "Để thực hiện phát triển mới 3.000 đoàn viên theo nghị quyết, LĐLĐ đã ban hành kế hoạch.",
        set(),
    ),
    (
        "Chương trình 1 triệu sáng kiến của Tổng Liên đoàn đã có 1,5 triệu sáng kiến; riêng tỉnh có 2.345 sáng kiến.",
        {("initiatives", 1.5e6), ("initiatives", 2345)},
    ),
    (
        "Tổ chức 28 cuộc gặp gỡ, đối thoại với người sử dụng lao động.",
        {("workplace_dialogues", 28)},
    ),
    ("Anh đã có 4 sáng kiến được áp dụng.", set()),
    ("Kết nạp đoàn viên: kế hoạch 1.200, thực hiện 1.450.", {("new_members", 1450)}),
    # People counted, then "tham gia / gia nhập công đoàn": members (of the workers in a pair).
    (
        "Toàn huyện có 4.256/4.610 CNVCLĐ tham gia công đoàn.",
        {("members", 4256), ("workers", 4610)},
    ),
    (
        "Công ty có 2.300 công nhân, trong đó 2.150 người đã gia nhập công đoàn.",
        {("workers", 2300), ("members", 2150)},
    ),
    ("Hiện có 12.500 CNVCLĐ đã gia nhập tổ chức Công đoàn.", {("members", 12500)}),
    # ... unless they were recruited in the period: admissions.
    (
        "Năm 2023 đã vận động 300 người lao động gia nhập công đoàn.",
        {("new_members", 300)},
    ),
    ("Có 120 CNVCLĐ tham gia Hội thao do công đoàn tổ chức.", set()),
    # Past a comma a wording opens the next item: it does not name the figure before it.
    (
        "Hội nghị CBCCVC đạt 100%, hội nghị người lao động đạt 78,5%.",
        {("staff_conference_rate", 100), ("worker_conference_rate", 78.5)},
    ),
    # A figure after `trong đó` with its own predicate is not a breakdown of the one before.
    (
        "Giới thiệu 120 đoàn viên ưu tú cho Đảng, trong đó 85 đồng chí đã trở thành đảng viên.",
        {("party_referrals", 120), ("party_admissions", 85)},
    ),
    # School unions count their staff as CB, GV, NV (cán bộ, giáo viên, nhân viên).
    ("Công đoàn giáo dục huyện tập hợp 1.164 CB, GV, NV.", {("workers", 1164)}),
    ("Tổng số CBGVNV: 48 người; đoàn viên: 48 người.", {("workers", 48), ("members", 48)}),
    # A bare figure named after `là`.
    (
        "Toàn ngành có 32.000 CNVCLĐ, trong đó khoảng 28.000 là đoàn viên.",
        {("workers", 32000), ("members", 28000)},
    ),
    # `toàn công ty: N người` counts people; a name is not followed by its people.
    (
        "Tổng số CBCNV-LĐ toàn công ty: 2.318 người, trong đó lao động nữ 1.024 người.",
        {("workers", 2318), ("workers", 1024)},
    ),
    # `đang` + what they do there keeps a stock a stock.
    (
        "Hiện có 6.712 đoàn viên đang sinh hoạt tại 143 công đoàn cơ sở.",
        {("members", 6712), ("grassroots_unions", 143)},
    ),
    ("Toàn ngành có khoảng 35.000 công nhân lao động đang làm việc.", {("workers", 35000)}),
    # `lượt` alone counts the people helped or trained: the verb before says which.
    (
        "Công đoàn đã thăm hỏi, hỗ trợ 386 lượt với tổng số tiền 120 triệu đồng.",
        {("welfare_beneficiaries", 386), ("welfare_value", 120e6)},
    ),
    ("Thăm hỏi ốm đau, hiếu hỉ 386 lượt.", {("welfare_beneficiaries", 386)}),
    (
        "Mở 12 lớp tập huấn, bồi dưỡng cho 1.250 lượt.",
        {("training_courses", 12), ("training_participants", 1250)},
    ),
    # The sentence before names what a bare `nhà` is.
    (
        "Giai đoạn 2019-2023 đã xây dựng 356 Mái ấm Công đoàn. Riêng năm 2023, hỗ trợ 68 nhà.",
        {("union_shelter_houses", 356), ("union_shelter_houses", 68)},
    ),
    # Registered is not yet recognised; people awarded count the awards.
    (
        "Các đơn vị đăng ký 624 sáng kiến, đề tài; được công nhận 587 sáng kiến.",
        {("initiatives", 587)},
    ),
    (
        "Có 9 đoàn viên được Tổng Liên đoàn tặng Bằng Lao động sáng tạo.",
        {("creative_labour_awards", 9)},
    ),
    # ... not when the sentence states results
    (
        "Kết quả thực hiện chỉ tiêu năm 2023: kết nạp 3.500 đoàn viên; thành lập 25 CĐCS.",
        {("new_members", 3500), ("new_grassroots_unions", 25)},
    ),
    # A bracket restating the figure does not stand between it and its words.
    (
        "100% đơn vị (26/26) tổ chức hội nghị viên chức cấp đơn vị.",
        {("staff_conference_rate", 100)},
    ),
    ("Có 1.200 đoàn viên (chiếm 80%) được thăm hỏi, hỗ trợ.", {("welfare_beneficiaries", 1200)}),
    # `được kết nạp mới` is admission to the union, not to the Party
    ("Hơn 5.000 đoàn viên được kết nạp mới trong năm 2023.", {("new_members", 5000)}),
    (
        "Có 15 tác giả được Tổng LĐLĐ Việt Nam tặng Bằng Lao động sáng tạo.",
        {("creative_labour_awards", 15)},
    ),
    # the referral named earlier in the sentence, the figure after as `được giới thiệu`
    (
        "Công tác giới thiệu đoàn viên ưu tú cho Đảng tiếp tục được quan tâm, với 420 đoàn "
        "viên được giới thiệu, trong đó 300 người đã được kết nạp Đảng.",
        {("party_referrals", 420), ("party_admissions", 300)},
    ),
    # an amount right after a count is that count's money; a stated total covers the list
    (
        "Công đoàn đã chăm lo cho 9.000 đoàn viên với tổng kinh phí 5 tỷ đồng, trong đó 2.000 "
        "suất quà trị giá 1,2 tỷ đồng.",
        {
            ("welfare_beneficiaries", 9000),
            ("welfare_value", 5e9),
            ("gifts", 2000),
            ("gift_value", 1.2e9),
        },
    ),
    (
        "LĐLĐ huyện trao 10 nhà Mái ấm Công đoàn, 30 phần quà (tổng trị giá 309 triệu đồng).",
        {("union_shelter_houses", 10), ("gifts", 30), ("welfare_value", 309e6)},
    ),
    # money raised for the Mái ấm programme is its fund, not houses' money
    ("Chương trình Mái ấm Công đoàn vận động được 1,5 tỷ đồng.", {("union_shelter_fund", 1.5e9)}),
    # a date in a label does not break it
    ("Tổng số đoàn viên toàn tỉnh đến 31/12/2023 là 85.400 người.", {("members", 85400)}),
    ("Tổng số đoàn viên toàn tỉnh tính đến ngày 31/12/2023: 85.400 người.", {("members", 85400)}),
    # ... nor the time it counts
    ("- Số người được kết nạp vào công đoàn trong 3 năm qua: 46 đoàn viên", {("new_members", 46)}),
    # after a change word, the level reached is the figure; the change itself is not
    (
        "Thu nhập bình quân của người lao động tăng lên 7,5 triệu đồng/người/tháng, tăng "
        "0,4 triệu đồng so với năm trước.",
        {("avg_income", 7.5e6)},
    ),
    ("Thu nhập bình quân giảm xuống còn 6,1 triệu đồng/người/tháng.", {("avg_income", 6.1e6)}),
    ("Thu nhập bình quân tăng so với năm trước 500.000 đồng/người/tháng.", set()),
    # Thousands grouped with spaces, as a PDF or a French locale writes them.
    (
        "Toàn tỉnh có 1 862 CĐCS với 98 765 đoàn viên.",
        {("grassroots_unions", 1862), ("members", 98765)},
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), PHRASINGS)
def test_how_reports_phrase_things(sentence: str, expected: set[tuple[str, float]]) -> None:
    observations, _ = extract("t", clean(sentence, is_html=False).text, "2023")
    assert {(o.indicator, o.value) for o in observations} == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Toàn ngành có 12.500 đoàn viên, trong đó nữ 8.200 đoàn viên.",
        "Công đoàn cơ sở có 68 đoàn viên, trong đó nữ 45 đồng chí.",
        "Tổng số đoàn viên 1.245 người, trong đó đoàn viên nữ 780 người.",
    ],
)
def test_female_breakdown_after_trong_do_is_a_part_of_the_total(sentence: str) -> None:
    """`trong đó nữ N` names the women among the members just counted, in any word order."""
    observations, _ = extract("t", clean(sentence, is_html=False).text, "2023")
    by_group = {o.subgroup: o for o in observations if o.indicator == "members"}
    assert set(by_group) == {None, "female"}
    assert "part" in by_group["female"].flags


@pytest.mark.parametrize(
    ("sentence", "expected", "dropped"),
    [
        # a breakdown the contract has a code for is a part of the whole ...
        (
            "Có 78 cá nhân được tặng Bằng Lao động sáng tạo, trong đó CNLĐ trực tiếp là 18 người.",
            {(78, None), (18, "direct_workers")},
            [],
        ),
        # ... one it has none for is no second statement of the whole
        (
            "Tổng số CB, GV, NV là 47 người (nữ 35), trong đó biên chế 43, hợp đồng 04.",
            {(47, None), (35, "female")},
            [43],
        ),
        (
            "CB, GV, NV: 52 người (nữ 50), trong đó hợp đồng lao động 14 người.",
            {(52, None), (50, "female")},
            [14],
        ),
    ],
)
def test_a_breakdown_needs_a_subgroup_code(sentence: str, expected: set, dropped: list) -> None:
    observations, mentions = extract("t", clean(sentence, is_html=False).text, "2017")
    assert {(o.value, o.subgroup) for o in observations} == expected
    assert [m.value for m in mentions if m.reason == "part_without_subgroup"] == dropped


def test_a_breakdown_right_after_a_figure_is_that_figures_not_the_next_ones() -> None:
    text = (
        "Thành lập mới 5 CĐCS ngoài khu vực nhà nước, nâng tổng số CĐCS trực thuộc lên 142 "
        "với 9.875 đoàn viên."
    )
    observations, _ = extract("t", text, "2023")
    assert {(o.indicator, o.value, o.subgroup) for o in observations} == {
        ("new_grassroots_unions", 5, "non_state_enterprise"),
        ("grassroots_unions", 142, None),
        ("members", 9875, None),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `trong đó` opens the part after it, its comma left out
        (
            "Năm 2023, toàn huyện kết nạp 1.250 đoàn viên mới trong đó nữ 640 người.",
            {(1250, None), (640, "female")},
        ),
        # ... where a shorter breakdown's name ends inside a longer one
        (
            "Toàn tỉnh hiện có 36.120 đoàn viên trong đó khu vực hành chính sự nghiệp 15.300 "
            "đoàn viên.",
            {(36120, None), (15300, "public_sector")},
        ),
        # `anh chị em` is everyone, no women's breakdown
        (
            "Năm 2023, thu nhập bình quân của anh, chị em công nhân đạt 8,5 triệu đồng/người/tháng.",
            {(8_500_000, None)},
        ),
        (
            "Năm 2023, thu nhập bình quân của anh chị em vẫn giữ ở mức 8,1 triệu đồng/người/tháng.",
            {(8_100_000, None)},
        ),
    ],
)
def test_a_part_opened_without_a_comma_keeps_its_breakdown(text: str, expected: set) -> None:
    observations, _ = extract("t", text, "2023")
    assert {(o.value, o.subgroup) for o in observations} == expected


def test_a_breakdown_a_few_words_after_a_figures_noun_is_still_that_figures() -> None:
    text = "Đã thành lập 6 CĐCS ở các doanh nghiệp ngoài nhà nước, phát triển 530 đoàn viên."
    observations, _ = extract("t", text, "2023")
    assert {(o.indicator, o.value, o.subgroup) for o in observations} == {
        ("new_grassroots_unions", 6, "non_state_enterprise"),
        ("new_members", 530, None),
    }


def test_a_year_compared_with_is_not_the_period_of_what_follows() -> None:
    text = (
        "Năm 2024, LĐLĐ huyện có 168 CĐCS trực thuộc (tăng 3 CĐCS so với cuối năm 2023) "
        "với 7.942 đoàn viên."
    )
    observations, _ = extract("t", text, "2024")
    assert {(o.indicator, o.value, o.period) for o in observations} == {
        ("grassroots_unions", 168, "2024"),
        ("members", 7942, "2024"),
    }


def test_a_part_and_its_money_after_trong_do_leave_the_total_a_total() -> None:
    text = (
        "Các cấp công đoàn đã trao 2.156 suất quà, tổng giá trị 1,08 tỷ đồng; trong đó LĐLĐ "
        "huyện trực tiếp trao 320 suất quà trị giá 160 triệu đồng."
    )
    observations, _ = extract("t", text, "2024")
    assert {(o.indicator, o.value, o.flags) for o in observations} == {
        ("gifts", 2156, ()),
        ("gift_value", 1.08e9, ()),
        ("gifts", 320, ("part",)),
        ("gift_value", 160e6, ("part",)),
    }


def test_another_fund_named_before_an_amount_is_not_the_shelter_fund() -> None:
    text = (
        "Đoàn viên đóng góp Quỹ Mái ấm công đoàn 3.700.000 đồng, Quỹ Vì người nghèo 2.960.000 đồng."
    )
    observations, _ = extract("t", text, "2024")
    assert [(o.indicator, o.value) for o in observations] == [("union_shelter_fund", 3.7e6)]


def test_figure_in_brackets_after_a_rate_keeps_the_rates_subgroup() -> None:
    text = "Toàn ngành có 5.842 đoàn viên, nữ chiếm 76% (4.440 người)."
    observations, _ = extract("t", text, "2023")
    assert {(o.value, o.subgroup) for o in observations if o.indicator == "members"} == {
        (5842, None),
        (4440, "female"),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tháng Công nhân năm 2024 cả nước đã chăm lo cho hơn 3,4 triệu lượt đoàn viên, "
            "người lao động với tổng kinh phí trên 1.800 tỷ đồng.",
            {("welfare_beneficiaries", "other_org"), ("welfare_value", "other_org")},
        ),
        (
            "Cả nước kết nạp 1,1 triệu đoàn viên, riêng LĐLĐ tỉnh kết nạp 3.500 đoàn viên.",
            {("new_members", "other_org"), ("new_members", None)},
        ),
    ],
)
def test_the_figures_after_another_bodys_figure_are_its_until_the_sentence_turns(
    sentence: str, expected: set
) -> None:
    observations, _ = extract("t", clean(sentence, is_html=False).text, "2024")
    assert {(o.indicator, o.subgroup) for o in observations} == expected


def test_the_confederations_own_report_owns_the_countrys_figures() -> None:
    text = (
        "Năm 2023, các cấp công đoàn cả nước đã kết nạp 1.038.000 đoàn viên, thành lập 3.860 CĐCS."
    )
    for level, subgroup in (("provincial_federation", "other_org"), ("national", None)):
        observations, _ = extract("t", text, "2023", org_level=level)
        assert {o.subgroup for o in observations} == {subgroup}


def test_a_lower_bodys_report_quotes_the_whole_of_the_body_above_it() -> None:
    text = (
        "Toàn tỉnh An Giang năm 2023 kết nạp được 6.340 đoàn viên. "
        "LĐLĐ thành phố Long Xuyên kết nạp 1.120 đoàn viên."
    )
    observations, _ = extract("t", text, "2023", org_level="district_federation")
    assert {(o.value, o.subgroup) for o in observations} == {(6340, "other_org"), (1120, None)}
    # the province's report: the whole is its own, the city's federation another body
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert {(o.value, o.subgroup) for o in observations} == {(6340, None), (1120, "other_org")}


@pytest.mark.parametrize(
    ("text", "level", "subgroups"),
    [
        # a confederation's news names a province's federation as an example
        ("Nhiều địa phương làm tốt, như LĐLĐ tỉnh Nghệ An chăm lo cho 41.000 lượt đoàn viên "
         "với kinh phí 26 tỷ đồng.", "national", ["other_org", "other_org"]),
        # a bloc's report, one member's figures for the whole sentence
        ("Riêng LĐLĐ huyện Kiến Xương, đơn vị dẫn đầu Khối, năm 2024 kết nạp 436 đoàn viên và "
         "có 38 sáng kiến.", "bloc", ["other_org", "other_org"]),
        # the report's own body named after the lower one: its own figures
        ("Tại Công ty TNHH Hòa Bình, các cấp công đoàn đã trao 320 suất quà.",
         "provincial_federation", [None]),
        # a partner is not the doer
        ("LĐLĐ tỉnh phối hợp với LĐLĐ huyện Đức Thọ trao 150 suất quà.",
         "provincial_federation", [None]),
        # the employer's gifts are not the union's; an employer as partner is no doer
        ("Ban giám đốc công ty cũng tặng thêm 150 suất quà cho công nhân.", "grassroots",
         ["other_org"]),
        ("Công đoàn phối hợp với người sử dụng lao động trao 150 suất quà.", "grassroots",
         [None]),
    ],
)  # fmt: skip
def test_a_body_below_the_reports_named_as_the_doer_gives_its_own_figures(
    text: str, level: str, subgroups: list[str | None]
) -> None:
    observations, _ = extract("t", text, "2024", org_level=level)
    assert [o.subgroup for o in observations] == subgroups


def test_the_reports_own_body_named_short_is_no_body_below() -> None:
    """A company's union reporting to the confederation: its own name, cut short in the
    text, is the doer of its own figures, whatever level the short name would read as."""
    text = "Công đoàn Tổng công ty có 52 CĐCS trực thuộc, 21.400 đoàn viên."
    org = "Công đoàn Tổng công ty Đường sắt Việt Nam"
    observations, _ = extract("t", text, "2024", org_level="national_sector", org=org)
    assert [(o.indicator, o.subgroup) for o in observations] == [
        ("grassroots_unions", None),
        ("members", None),
    ]


def test_the_reports_own_body_by_the_short_name_it_gives_itself_is_no_body_below() -> None:
    """`Công đoàn Than – Khoáng sản Việt Nam (Công đoàn TKV)`: the name in brackets is its own."""
    text = (
        "Công đoàn Than – Khoáng sản Việt Nam (Công đoàn TKV) tổ chức Hội nghị sơ kết. Hiện "
        "Công đoàn TKV có 99 CĐCS trực thuộc với 86.315 đoàn viên."
    )
    org = "Công đoàn Than – Khoáng sản Việt Nam"
    observations, _ = extract("t", text, "2024", org_level="national_sector", org=org)
    assert [(o.indicator, o.subgroup) for o in observations] == [
        ("grassroots_unions", None),
        ("members", None),
    ]


def test_a_quoted_speech_states_figures_and_a_quoted_name_does_not() -> None:
    text = (
        'Ông Nguyễn Văn An cho biết: "Năm qua, chúng tôi đã trao 450 suất quà cho đoàn viên '
        'khó khăn, tổng trị giá 225 triệu đồng và bàn giao 4 nhà cho công nhân". '
        'Hưởng ứng Chương trình "1 triệu sáng kiến" của Tổng Liên đoàn.'
    )
    observations, mentions = extract("t", text, "2023")
    assert {(o.indicator, o.value) for o in observations} >= {("gifts", 450), ("gift_value", 225e6)}
    assert all(m.status == "excluded" for m in mentions if m.value == 1e6)


def test_other_organisations_figures_are_marked() -> None:
    observations, _ = extract(
        "t", "Cả nước có 11,5 triệu đoàn viên; LĐLĐ tỉnh có 125.000 đoàn viên.", "2023"
    )
    assert {(o.value, o.subgroup) for o in observations} == {(11.5e6, "other_org"), (125000, None)}


def test_a_range_is_two_bounds() -> None:
    observations, _ = extract(
        "t", "Thu nhập bình quân của người lao động từ 6,5 đến 7 triệu đồng/người/tháng.", "2023"
    )
    assert [(o.value, o.qualifier) for o in observations] == [(6.5e6, "over"), (7e6, "under")]


# Hostile round 21: a range of counts gave its `under` bound the span of its low end, so
# the provenance of 150 read `120` (a range of money already spanned both ends).
@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Năm 2023, thành lập mới từ 120 đến 150 CĐCS.", "120 đến 150"),
        ("Năm 2023, thành lập mới 120-150 CĐCS.", "120-150"),
        ("Năm 2023, hỗ trợ từ 1.000 đến 2.000 lượt đoàn viên.", "1.000 đến 2.000"),
    ],
)
def test_both_bounds_of_a_range_of_counts_span_the_range(text: str, quoted: str) -> None:
    observations, _ = extract("t", text, "2023")
    assert [(o.qualifier, text[o.span_start : o.span_end]) for o in observations] == [
        ("over", quoted),
        ("under", quoted),
    ]


def test_items_of_a_list_are_marked() -> None:
    observations, _ = extract(
        "t",
        "Tổ chức 4 lớp tập huấn cán bộ; 7 lớp tập huấn kỹ năng; 12 lớp bồi dưỡng nghiệp vụ.",
        "2023",
    )
    assert all("list_item" in o.flags for o in observations) and len(observations) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2023, tổ chức 9 cuộc đối thoại tại nơi làm việc (5 cuộc định kỳ và 4 cuộc đột xuất).",
        "Năm 2023 tổ chức 5 cuộc đối thoại định kỳ và 4 cuộc đối thoại đột xuất, cộng 9 cuộc.",
    ],
)
def test_a_list_whose_first_or_last_figure_sums_the_rest_is_a_total_and_its_parts(
    text: str,
) -> None:
    observations, _ = extract("t", text, "2023")
    assert sorted((o.value, o.flags) for o in observations) == [
        (4, ("part",)),
        (5, ("part",)),
        (9, ()),
    ]


@pytest.mark.parametrize(
    ("table", "want"),
    [
        # the years under the roles: the plan read as a second result
        (
            "| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%) |\n| | năm 2024 | năm 2024 | |\n"
            "| Kết nạp đoàn viên | 1.600 | 1.720 | 107,5 |",
            [(1_720, "2024", 1_600)],
        ),
        ("Chỉ tiêu\tKế hoạch\tThực hiện\n\t2024\t2024\nKết nạp đoàn viên\t1.600\t1.720",
         [(1_720, "2024", 1_600)]),
        # the roles under the years, each year spanning two columns: 2023's result was 2024's
        (
            "| Chỉ tiêu | Năm 2023 | | Năm 2024 | |\n| | KH | TH | KH | TH |\n"
            "| Kết nạp đoàn viên | 1.400 | 1.500 | 1.600 | 1.720 |",
            [(1_500, "2023", 1_400), (1_720, "2024", 1_600)],
        ),
        (
            "| Chỉ tiêu | Năm 2023 | Năm 2024 |\n| | Thực hiện | Thực hiện |\n"
            "| Kết nạp đoàn viên | 1.500 | 1.720 |",
            [(1_500, "2023", None), (1_720, "2024", None)],
        ),
        # next year's plan beside this year's result is no target of it
        (
            "| Chỉ tiêu | Thực hiện năm 2024 | Kế hoạch năm 2025 |\n"
            "| Kết nạp đoàn viên | 1.720 | 1.800 |",
            [(1_720, "2024", None)],
        ),
        (
            "| Chỉ tiêu | Thực hiện năm 2023 | Kế hoạch năm 2024 |\n"
            "| Kết nạp đoàn viên | 1.500 | 1.720 |",
            [(1_500, "2023", None)],
        ),
        # ... or nouns under them (Word's merged cells): each noun's column is its year's
        (
            "| TT | Nội dung | Năm 2023 | | Năm 2024 | |\n"
            "| TT | Nội dung | Số lượt | Số tiền (triệu đồng) | Số lượt | Số tiền (triệu đồng) |\n"
            "| 1 | Thăm hỏi đoàn viên ốm đau | 1.800 | 540 | 1.950 | 585 |",
            [(1_800, "2023", None), (5.4e8, "2023", None), (1_950, "2024", None),
             (5.85e8, "2024", None)],
        ),
    ],
    ids=["years_under_roles", "tabs_years_under_roles", "roles_under_spanning_years",
         "done_under_years", "next_years_plan", "plan_of_the_report_year",
         "nouns_under_spanning_years"],
)  # fmt: skip
def test_a_header_of_years_and_roles_on_two_rows_gives_each_column_both(
    table: str, want: list[tuple[float, str, float | None]]
) -> None:
    text = clean("Kết quả thực hiện:\n" + table + "\n", is_html=False).text
    observations, _ = extract("t", text, "2024")
    assert [(o.value, o.period, o.target) for o in observations] == want


@pytest.mark.parametrize(
    ("table", "want"),
    [
        # a year noted as an estimate: every year of the table was read as the report's
        ("| Chỉ tiêu | 2022 | 2023 | 2024 (ước) |\n| Kết nạp đoàn viên | 1.200 | 1.350 | 1.500 |",
         [(1_200, "2022"), (1_350, "2023"), (1_500, "2024")]),
        # a span of years: its figure was the report's year's
        ("| Chỉ tiêu | Nhiệm kỳ 2018-2023 | Năm 2024 |\n| Kết nạp đoàn viên | 6.500 | 1.400 |",
         [(6_500, "2018-2023"), (1_400, "2024")]),
        ("| Chỉ tiêu | Giai đoạn 2019 - 2023 | Năm 2024 |\n| Thành lập CĐCS | 45 | 12 |",
         [(45, "2019-2023"), (12, "2024")]),
    ],
)  # fmt: skip
def test_a_year_column_noted_as_an_estimate_or_a_span_of_years_keeps_its_period(
    table: str, want: list[tuple[float, str]]
) -> None:
    observations, _ = extract("t", f"Kết quả qua các năm:\n{table}", "2024")
    assert [(o.value, o.period) for o in observations] == want


PLAN_TABLE = """<table>
<tr><th>TT</th><th>Chỉ tiêu</th><th>ĐVT</th><th>Kế hoạch</th><th>Thực hiện</th><th>Tỷ lệ %</th></tr>
<tr><td>1</td><td>Phát triển đoàn viên mới</td><td>người</td><td>2.000</td><td>2.350</td><td>117,5</td></tr>
<tr><td>2</td><td>Thành lập CĐCS mới</td><td>CĐCS</td><td>20</td><td>24</td><td>120</td></tr>
<tr><td>3</td><td>Sáng kiến được công nhận</td><td>sáng kiến</td><td>300</td><td>412</td><td>137</td></tr>
<tr><td>4</td><td>Thu nhập bình quân</td><td>triệu đồng/người/tháng</td><td>8</td><td>8,6</td><td>107,5</td></tr>
</table>"""


@pytest.mark.parametrize(
    "plan_header", ["Kế hoạch", "Nghị quyết ĐH", "Chỉ tiêu NQ Đại hội", "Đăng ký", "Dự toán"]
)
def test_plan_and_result_columns_of_a_table(plan_header: str) -> None:
    """A term's table puts the congress resolution's figures where a year's puts its plan,
    and an emulation pledge's table what was pledged (`Đăng ký`)."""
    text = clean(PLAN_TABLE.replace(">Kế hoạch<", f">{plan_header}<"), is_html=True).text
    observations, mentions = extract("t", text, "2023")
    assert {(o.indicator, o.value, o.target) for o in observations} == {
        ("new_members", 2350, 2000),
        ("new_grassroots_unions", 24, 20),
        ("initiatives", 412, 300),
        ("avg_income", 8.6e6, 8e6),
    }
    assert {m.reason for m in mentions if m.value in (117.5, 120, 137, 107.5)} == {"table_ratio"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("BCH CĐCS có 15 đồng chí, 38 tổ công đoàn.", []),  # its committee: people
        ("Ban Chấp hành CĐCS gồm 9 người.", []),
        ("Hiện có 1.535 CĐCS với 92.008 đoàn viên.", [("grassroots_unions", 1535)]),
    ],
)
def test_a_figure_of_people_is_no_count_of_unions(
    sentence: str, expected: list[tuple[str, float]]
) -> None:
    observations, _ = extract("t", sentence, "2019")
    assert [(o.indicator, o.value) for o in observations if o.unit == "count"] == expected


YEAR_ROWS = (
    "Số liệu qua các năm:\n"
    "Năm\tLao động (người)\tĐoàn viên (người)\tKết nạp mới\tThu nhập BQ (triệu đồng/người/tháng)\n"
    "2018\t2.940\t2.610\t1.180\t6,9\n"
    "Năm 2019\t3.870\t3.520\t1.420\t7,3\n"
)


@pytest.mark.parametrize("text", [YEAR_ROWS, YEAR_ROWS.replace("\t", " | ")])
def test_a_table_of_a_row_per_year_and_an_indicator_per_column(text: str) -> None:
    observations, mentions = extract("t", clean(text, is_html=False).text, "2023")
    assert {(o.indicator, o.value, o.period) for o in observations} == {
        ("workers", 2940, "2018"),
        ("members", 2610, "2018"),
        ("new_members", 1180, "2018"),
        ("avg_income", 6.9e6, "2018"),
        ("workers", 3870, "2019"),
        ("members", 3520, "2019"),
        ("new_members", 1420, "2019"),
        ("avg_income", 7.3e6, "2019"),
    }
    assert all("part" not in o.flags for o in observations)
    assert [m.reason for m in mentions if m.value in (2018, 2019)] == ["table_year"] * 2


@pytest.mark.parametrize(
    ("label", "indicator"),
    [
        ("Lớp tập huấn cán bộ CĐCS", "training_courses"),  # classes for cadres: classes
        ("Lượt cán bộ được tập huấn", "training_participants"),
        ("Cán bộ CĐCS được tập huấn", "training_participants"),
    ],
)
def test_a_rows_label_counts_its_first_noun(label: str, indicator: str) -> None:
    text = (
        "| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ |\n|---|---|---|---|\n"
        f"| {label} | 2 | 3 | 150% |\n"
    )
    observations, _ = extract("t", clean(text, is_html=False).text, "2021")
    assert [(o.indicator, o.value, o.target) for o in observations] == [(indicator, 3, 2)]


@pytest.mark.parametrize(
    "row",
    ["Kết nạp đoàn viên\t1.732\t1.500\t115,5%", "Kết nạp đoàn viên | 1.500 | 1.732 | 115,5%"],
)
def test_row_without_header_whose_rate_says_which_figure_is_the_result(row: str) -> None:
    """1.732 is 115,5 % of 1.500: the result, with the plan as its target, in either order."""
    observations, mentions = extract("t", clean(row, is_html=False).text, "2023")
    assert [(o.indicator, o.value, o.target) for o in observations] == [("new_members", 1732, 1500)]
    assert {m.value: m.reason for m in mentions if m.status == "excluded"} == {
        1500: "table_plan",
        115.5: "table_ratio",
    }


def test_row_without_header_and_no_matching_rate_assumes_nothing() -> None:
    _, mentions = extract("t", "Thành lập CĐCS | 26 | 20 | 40%", "2023")
    assert not any(m.reason.startswith("table_") for m in mentions)


UNIT_HEADER_TABLE = """Kết quả chăm lo năm 2023:
| Nội dung | Số lượt | Số tiền (triệu đồng) |
| Thăm hỏi ốm đau | 845 | 422,5 |
| Trợ cấp khó khăn | 213 | 319,5 |"""


def test_a_figure_stated_in_prose_and_repeated_in_a_table_keeps_the_plain_statement() -> None:
    text = (
        "Kết quả chăm lo năm 2024:\n"
        "Nội dung | Số tiền\n"
        "Thăm hỏi ốm đau | 1,2 tỷ đồng\n"
        "Trợ cấp khó khăn | 3,42 tỷ đồng\n"
        "Tổng kinh phí chăm lo cho đoàn viên năm 2024 là 3,42 tỷ đồng."
    )
    observations, mentions = extract("t", text, "2024")
    kept = [o for o in observations if o.value == 3.42e9]
    assert len(kept) == 1 and kept[0].flags == ()
    assert sorted(m.reason for m in mentions if m.value == 3.42e9) == ["classified", "restated"]


def test_a_header_unit_is_its_columns_not_the_next_rows() -> None:
    """`Số tiền (triệu đồng)` scales every amount of its column, and never the count beside it;
    `Số lượt` names what the count column counts, read with each row's label."""
    observations, _ = extract("t", UNIT_HEADER_TABLE, "2023")
    assert [(o.indicator, o.value) for o in observations] == [
        ("welfare_beneficiaries", 845),
        ("welfare_value", 422.5e6),
        ("welfare_beneficiaries", 213),
        ("welfare_value", 319.5e6),
    ]


@pytest.mark.parametrize(
    ("total", "value"),
    [
        ("| Tổng kinh phí | nghìn đồng | 1.000.000 |", 1e9),
        ("| Tổng cộng | triệu đồng | 1.000 |", 1e9),
    ],
)
def test_a_total_row_in_money_under_counted_items_is_their_money(total: str, value: float) -> None:
    """A total row sums the items above it only in their own kind: in money under rows of
    gifts counted in `suất` (the unit cell says so) it is the gifts' money, not more gifts."""
    text = (
        "Kết quả chăm lo:\n| Nội dung | ĐVT | Số lượng |\n| Tổng số suất quà Tết | suất | 2.000 |\n"
        "| - Quà cho đoàn viên khó khăn | suất | 1.500 |\n"
        f"| - Quà cho đoàn viên bị mất việc | suất | 500 |\n{total}"
    )
    observations, _ = extract("t", text, "2024")
    assert [(o.indicator, o.value) for o in observations if "part" not in o.flags] == [
        ("gifts", 2_000),
        ("gift_value", value),
    ]


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        (
            "| Số đoàn viên | người | 12.450 |\n| - Nữ | người | 6.820 |\n"
            "| - Khu vực HCSN | người | 4.200 |\n| - Khu vực SXKD | người | 8.250 |",
            [("members", 12_450, None), ("members", 6_820, "female"),
             ("members", 4_200, "public_sector"), ("members", 8_250, "business_sector")],
        ),
        # the first row a total (`Tổng số ...`), read before its breakdown
        (
            "| Tổng số CNVCLĐ | người | 15.300 |\n| Nữ | người | 8.100 |\n"
            "| Tổng số đoàn viên | người | 12.450 |\n| Trong đó: nữ | người | 6.820 |",
            [("workers", 15_300, None), ("workers", 8_100, "female"),
             ("members", 12_450, None), ("members", 6_820, "female")],
        ),
        # the money row after a breakdown is still the money of the count above
        (
            "| Thăm hỏi ốm đau | lượt | 845 |\n| Nữ | lượt | 400 |\n"
            "| Kinh phí | triệu đồng | 422 |",
            [("welfare_beneficiaries", 845, None), ("welfare_beneficiaries", 400, "female"),
             ("welfare_value", 422e6, None)],
        ),
    ],
)  # fmt: skip
def test_a_row_naming_only_a_breakdown_breaks_down_the_count_above(
    rows: str, want: list[tuple[str, float, str | None]]
) -> None:
    """`| - Nữ | người | 6.820 |` under `| Số đoàn viên | người | 12.450 |`: the women among
    those members, a part of them; such rows were read as nothing."""
    text = f"Kết quả năm 2024:\n| Chỉ tiêu | ĐVT | Thực hiện |\n{rows}"
    observations, _ = extract("t", text, "2024")
    assert [(o.indicator, o.value, o.subgroup) for o in observations] == want
    assert all(("part" in o.flags) == (o.subgroup is not None) for o in observations)


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("| Số đoàn viên tham gia hội thao | người | 2.500 |", []),
        ("| Số đoàn viên được khen thưởng | người | 85 |", []),
        ("| Số CĐCS tổ chức Hội nghị NLĐ | CĐCS | 180 |", []),
        ("| Nữ đoàn viên đạt danh hiệu “Giỏi việc nước, đảm việc nhà” | người | 24 |", []),
        # the stock, whatever words name its people or place
        ("| Số đoàn viên đang sinh hoạt tại CĐCS | người | 11.000 |", [("members", 11_000)]),
        ("| Số CĐCS có từ 25 đoàn viên trở lên | CĐCS | 64 |", [("grassroots_unions", 64)]),
    ],
)
def test_a_rows_label_telling_what_its_people_did_names_no_stock(
    row: str, want: list[tuple[str, float]]
) -> None:
    """`Số đoàn viên tham gia hội thao | 2.500` reads as prose would with the figure before
    the noun (`2.500 đoàn viên tham gia hội thao`): those who took part, not the members."""
    text = f"Kết quả năm 2024:\n| Chỉ tiêu | ĐVT | Kết quả |\n{row}"
    observations, _ = extract("t", text, "2024")
    assert [(o.indicator, o.value) for o in observations] == want


def test_a_deed_told_of_people_the_line_before_is_no_label_of_a_care_line() -> None:
    """`- Thăm hỏi, tặng quà: 8.936 lượt đoàn viên` under a sentence of `1.200 đoàn viên tham
    dự`: the label names no noun of its own, and the noun of the line before, with what those
    did, was read as the label's (the care line lost)."""
    text = (
        "Năm 2025, lễ mít tinh được tổ chức tại KCN với khoảng 1.200 đoàn viên tham dự. Kết quả "
        "như sau:\n- Thăm hỏi, tặng quà: 6.420 lượt đoàn viên, NLĐ;\n"
    )
    observations, _ = extract("t", text, "2025")
    assert [(o.indicator, o.value) for o in observations] == [("welfare_beneficiaries", 6420)]


@pytest.mark.parametrize(
    "line",
    [
        # the label's words, however far before its figure, are the figure's
        "- Giám sát việc thực hiện chế độ, chính sách về ATVSLĐ tại doanh nghiệp: 58 cuộc;",
        # ... and a law named in it is no document numbered by the figure
        "- Giám sát việc thực hiện chính sách, pháp luật: 58 cuộc;",
    ],
)
def test_a_line_that_labels_its_figure_names_it_with_all_its_words(line: str) -> None:
    observations, _ = extract("t", f"Năm 2025\n{line}\n", "2025")
    assert [(o.indicator, o.value) for o in observations] == [("supervisions", 58)]


def test_a_label_lines_last_clause_names_its_figure_when_it_names_one() -> None:
    """Only a clause before the colon that names nothing lets the line's first words name the
    figure: `..., tổng số lao động tại đó: 1.250` counts workers, not new unions."""
    line = (
        "- Thành lập CĐCS mới trong các doanh nghiệp ngoài nhà nước, tổng số lao động tại đó: 1.250"
    )
    observations, _ = extract("t", f"Năm 2025\n{line}\n", "2025")
    assert [(o.indicator, o.value) for o in observations] == [("workers", 1250)]


def test_a_column_comparing_two_years_leaves_the_header_a_header() -> None:
    """`2024/2023 (%)` beside the year columns was read as a figure, so the header was a row
    of data and money rows were read as people."""
    text = (
        "Báo cáo kết quả công tác công đoàn năm 2024\n"
        "Chỉ tiêu | ĐVT | Năm 2023 | Năm 2024 | 2024/2023 (%)\n"
        "Tổng số đoàn viên | Người | 8.240 | 8.610 | 104,5\n"
        "Số tiền chăm lo | Triệu đồng | 2.150 | 2.380 | 110,7\n"
    )
    observations, _ = extract("t", text, "2024")
    assert [(o.indicator, o.value, o.period) for o in observations] == [
        ("members", 8240, "2023"),
        ("members", 8610, "2024"),
        ("welfare_value", 2.15e9, "2023"),
        ("welfare_value", 2.38e9, "2024"),
    ]


@pytest.mark.parametrize(
    "row",
    ["7 | Số tiền chăm lo | Triệu đồng | 2.380", "Số tiền chăm lo\tTr.đ\t2.380"],
)
def test_a_rows_unit_cell_gives_its_figures_unit_with_no_header(row: str) -> None:
    """A row cut from its header (a page break): its own unit cell says it is money."""
    observations, _ = extract("t", f"Năm 2024\n{row}\n", "2024")
    assert [(o.indicator, o.value) for o in observations] == [("welfare_value", 2.38e9)]


def test_a_table_copied_one_cell_per_line_numbers_its_rows_with_no_figure() -> None:
    """A PDF viewer copies a table one cell per line: each row's number (`TT`) stands alone
    before its label and was read as that label's count (`2` new members)."""
    cells = ["TT", "Nội dung", "ĐVT", "Năm 2024", "1", "Tổng số đoàn viên", "Người", "9.870"]
    cells += ["2", "Đoàn viên kết nạp mới", "Người", "1.140", "3", "Nhà Mái ấm Công đoàn", "Nhà"]
    text = "Báo cáo năm 2024\n" + "\n".join([*cells, "12"]) + "\n"
    _, mentions = extract("t", text, "2024")
    assert {m.value: m.status for m in mentions if m.value in (1, 2, 3)} == {
        1: "excluded",
        2: "excluded",
        3: "excluded",
    }


def test_lines_opening_on_figures_in_turn_with_no_table_are_no_rows_numbers() -> None:
    """`11 CĐCS mới` / `12 Mái ấm`: figures, with no `TT` heading above to number rows."""
    text = (
        "Năm 2023\nKẾT QUẢ NỔI BẬT\n11 CĐCS mới được thành lập\n12 Mái ấm Công đoàn được bàn giao\n"
    )
    observations, _ = extract("t", text, "2023")
    assert [(o.indicator, o.value) for o in observations] == [
        ("new_grassroots_unions", 11),
        ("union_shelter_houses", 12),
    ]


def test_a_budget_column_is_the_plan() -> None:
    """`Dự toán` (the budget) beside `Thực hiện` in a finance table is the plan: it was read
    as a second amount spent on care."""
    text = (
        "Tài chính công đoàn năm 2024:\n"
        "| Nội dung | Dự toán (triệu đồng) | Thực hiện (triệu đồng) | Tỷ lệ (%) |\n"
        "| Thu đoàn phí công đoàn | 210,0 | 215,4 | 102,6 |\n"
        "| Chi thăm hỏi, trợ cấp đoàn viên | 180,0 | 162,5 | 90,3 |"
    )
    observations, _ = extract("t", text, "2024")
    assert [(o.indicator, o.value, o.target) for o in observations] == [
        ("welfare_value", 162.5e6, 180e6)
    ]


def test_a_first_column_headed_by_who_did_it_labels_the_rows() -> None:
    """`Cấp thực hiện` holds `thực hiện` but names the rows (the levels that gave), not a
    column of results: read as one, `| CĐCS | 1.840 | 368 |` was 1.840 grassroots unions and
    the province's row its money."""
    text = (
        "Kết quả chăm lo Tết năm 2024:\n| Cấp thực hiện | Số suất quà | Số tiền (triệu đồng) |\n"
        "| LĐLĐ tỉnh hỗ trợ | 120 | 60 |\n| LĐLĐ huyện | 240 | 120 |\n| CĐCS | 1.840 | 368 |\n"
        "| Tổng cộng | 2.200 | 548 |"
    )
    observations, _ = extract("t", text, "2024")
    assert [(o.indicator, o.value) for o in observations] == [
        ("gifts", 2_200),
        ("gift_value", 548e6),
    ]


UNIT_LINE_TABLE = """Kết quả chăm lo năm 2023:
                                        (Đơn vị tính: triệu đồng)
| Nội dung | Số lượt | Số tiền |
| Thăm hỏi ốm đau | 845 | 422,5 |
| Trợ cấp khó khăn | 213 | 319,5 |"""


def test_a_unit_line_above_a_table_is_its_money_columns_unit() -> None:
    """`Đơn vị tính: triệu đồng` on a line of its own over the table reads as if the money
    header said it (`Số tiền (triệu đồng)`); the count column beside it stays a count."""
    observations, _ = extract("t", UNIT_LINE_TABLE, "2023")
    assert [(o.indicator, o.value) for o in observations] == [
        ("welfare_beneficiaries", 845),
        ("welfare_value", 422.5e6),
        ("welfare_beneficiaries", 213),
        ("welfare_value", 319.5e6),
    ]


def test_a_unit_line_over_a_table_of_years_scales_the_rows_that_name_money() -> None:
    text = (
        "Kết quả qua các năm\nĐVT: triệu đồng\n| Chỉ tiêu | Năm 2022 | Năm 2023 |\n"
        "| Số đoàn viên | 118.200 | 120.560 |\n| Tổng kinh phí chăm lo | 5.100 | 5.603 |"
    )
    observations, _ = extract("t", text, "2023")
    assert [(o.indicator, o.value, o.period) for o in observations] == [
        ("members", 118200, "2022"),
        ("members", 120560, "2023"),
        ("welfare_value", 5.1e9, "2022"),
        ("welfare_value", 5.603e9, "2023"),
    ]


@pytest.mark.parametrize("head", ["6 tháng", "6T/", "6 tháng năm"])
def test_a_column_of_six_months_written_short_is_the_first_half(head: str) -> None:
    """Blind probe 9x: `6 tháng 2024 | 6 tháng 2025` over a mid-year review's rows were read
    as the whole years."""
    text = (
        f"| Chỉ tiêu | {head} 2024 | {head} 2025 |\n| Kết nạp đoàn viên mới (người) | 940 | 1.015 |"
    )
    observations, _ = extract("t", text, "2025-H1")
    assert [(o.value, o.period) for o in observations] == [(940, "2024-H1"), (1015, "2025-H1")]


@pytest.mark.parametrize(
    "text",
    [
        # the former province told as included in the figure
        "Năm 2025, LĐLĐ tỉnh (bao gồm cả khu vực Yên Bái cũ) kết nạp 9.850 đoàn viên.",
        # ... or as what the body was made from
        "Năm 2025, LĐLĐ tỉnh được hợp nhất trên cơ sở LĐLĐ tỉnh Yên Bái (cũ), hiện có 2.140 "
        "công đoàn cơ sở.",
    ],
)
def test_a_former_body_included_or_made_from_leaves_the_figure_the_reports(text: str) -> None:
    """Probe 9ae: `(bao gồm cả khu vực X cũ)`, `trên cơ sở LĐLĐ X (cũ)` name no other body
    whose figure it is."""
    observations, _ = extract(
        "t", text, "2025", org="Liên đoàn Lao động tỉnh Lào Cai",
        org_level="provincial_federation", province="Lào Cai",
    )  # fmt: skip
    assert [o.subgroup for o in observations] == [None]


def test_those_of_the_referred_admitted_are_no_course_participants() -> None:
    """Probe 9ae: `cho Đảng xem xét, bồi dưỡng, trong đó 4.917 đồng chí đã được kết nạp`."""
    observations, _ = extract(
        "t",
        "Năm 2025, công đoàn giới thiệu 3.120 đoàn viên ưu tú cho Đảng xem xét, bồi dưỡng, "
        "trong đó 2.450 đồng chí đã được kết nạp.",
        "2025",
    )
    assert [(o.indicator, o.value) for o in observations] == [
        ("party_referrals", 3120),
        ("party_admissions", 2450),
    ]


def test_the_capitals_federation_by_its_honorific_is_the_reports_own() -> None:
    """Hostile round 54: `Liên đoàn Lao động Thủ đô` in Hà Nội's federation's report is that
    federation, not another body."""
    observations, _ = extract(
        "t",
        "Năm 2024, Liên đoàn Lao động Thủ đô trao 2.000 suất quà cho công nhân.",
        "2024",
        org="Liên đoàn Lao động thành phố Hà Nội",
        org_level="provincial_federation",
        province="Hà Nội",
    )
    assert [(o.indicator, o.subgroup) for o in observations] == [("gifts", None)]


@pytest.mark.parametrize(
    "caption",
    [
        "Bảng 2. Kết quả chăm lo cho đoàn viên năm 2022 (số tiền: triệu đồng)",
        # ... after the other columns' units, or in a sentence ending on a colon (probe 9dv)
        "Bảng 2. Công tác chăm lo năm 2022 (ĐVT: lượt người; triệu đồng)",
        "Công tác chăm lo đời sống đoàn viên được thể hiện qua bảng sau (ĐVT: triệu đồng):",
        # ... before them (hostile round 99)
        "Bảng 2. Công tác chăm lo năm 2022 (ĐVT: triệu đồng; lượt người)",
    ],
)
def test_a_captions_money_word_gives_the_unit_of_the_money_column(caption: str) -> None:
    """Blind probe 9x: `(số tiền: triệu đồng)` closing the caption scales the bare `Số tiền`
    column, its total row too."""
    text = (
        f"{caption}\n"
        "| Nội dung | Số lượt | Số tiền |\n| Thăm hỏi ốm đau | 4.120 | 1.236,5 |\n"
        "| Cộng | 4.120 | 1.236,5 |"
    )
    observations, _ = extract("t", text, "2022")
    assert ("welfare_value", 1_236_500_000) in [(o.indicator, o.value) for o in observations]


@pytest.mark.parametrize(
    "unit_line",
    ["(Đơn vị tính: 1.000 đồng)", "ĐVT: 1.000đ", "Đơn vị tính: x 1.000 đồng", "ĐVT: 1000 đồng"],
)
def test_a_unit_given_as_a_multiplier_is_the_unit_of_its_word(unit_line: str) -> None:
    """`1.000 đồng` over a table (or in a header) is `nghìn đồng`: the same money, written
    the way a spreadsheet's template writes it."""
    rows = UNIT_LINE_TABLE.split("\n", 2)[2].replace("422,5", "422.500").replace("319,5", "319.500")
    observations, _ = extract("t", f"Kết quả chăm lo năm 2023:\n{unit_line}\n{rows}", "2023")
    assert [(o.indicator, o.value) for o in observations] == [
        ("welfare_beneficiaries", 845),
        ("welfare_value", 422.5e6),
        ("welfare_beneficiaries", 213),
        ("welfare_value", 319.5e6),
    ]


def test_a_multiplier_in_a_money_header_scales_its_column() -> None:
    text = (
        "Kết quả chăm lo năm 2023:\n| Nội dung | Số lượt | Số tiền (1.000.000 đồng) |\n"
        "| Thăm hỏi ốm đau | 845 | 422,5 |"
    )
    observations, _ = extract("t", text, "2023")
    assert [(o.indicator, o.value) for o in observations] == [
        ("welfare_beneficiaries", 845),
        ("welfare_value", 422.5e6),
    ]


def test_a_figure_under_a_money_header_of_no_unit_counts_nothing() -> None:
    """`| Tặng quà Tết | 1.250 | 625.000 |` under `Số tiền` with no unit anywhere: money of
    unknown scale, never 625 000 gifts."""
    text = (
        "Kết quả chăm lo Tết năm 2024\n| Nội dung | Số lượt | Số tiền |\n"
        "| Tặng quà Tết | 1.250 | 625.000 |"
    )
    observations, mentions = extract("t", text, "2024")
    assert [(o.indicator, o.value) for o in observations] == [("welfare_beneficiaries", 1250)]
    assert [m.reason for m in mentions if m.value == 625000] == ["money_without_unit"]


def test_a_unit_line_leaves_the_total_column_of_a_table_of_counts_alone() -> None:
    """`Tổng cộng` heads the total column, whatever its rows count: the table's `Đơn vị tính`
    is the unit of its money rows, not of the members' total."""
    text = (
        "Kết quả theo khu vực năm 2024\nĐơn vị tính: triệu đồng\n"
        "Chỉ tiêu | Khu vực hành chính sự nghiệp | Khu vực sản xuất kinh doanh | Tổng cộng\n"
        "Kết nạp đoàn viên (người) | 230 | 1.410 | 1.640\n"
        "Kinh phí chăm lo | 1.200 | 3.400 | 4.600"
    )
    observations, _ = extract("t", text, "2024")
    assert [(o.indicator, o.value) for o in observations if o.subgroup is None] == [
        ("new_members", 1640),
        ("welfare_value", 4.6e9),
    ]


def test_a_unit_line_far_above_a_table_is_not_its_unit() -> None:
    text = "Đơn vị tính: triệu đồng\nMột.\nHai.\n" + UNIT_LINE_TABLE.split("\n", 2)[2]
    assert not any(o.value == 422.5e6 for o in extract("t", text, "2023")[0])


UNITS_TABLE = """Bảng tổng hợp kết quả năm 2023
Đơn vị | Số CĐCS | Số đoàn viên | Kết nạp mới | Quỹ Mái ấm CĐ (triệu đồng)
LĐLĐ huyện Thanh Sơn | 112 | 4.215 | 236 | 185,4
LĐLĐ huyện Tân Sơn | 86 | 2.930 | 148 | 122,0
Tổng cộng | 198 | 7.145 | 384 | 307,4"""


def test_a_table_of_units_with_a_column_per_indicator_counts_its_total_row() -> None:
    """Each column's header names its indicator; the units' rows are parts of the total."""
    observations, mentions = extract("t", UNITS_TABLE, "2023")
    assert {(o.indicator, o.value) for o in observations} == {
        ("grassroots_unions", 198),
        ("members", 7145),
        ("new_members", 384),  # `Kết nạp mới`: what was done to people
        ("union_shelter_fund", 307.4e6),
    }
    assert sum(m.reason == "table_part" for m in mentions) == 8


ITEMS_TABLE = """Bảng 2. Kết quả chăm lo năm 2021
| Nội dung | Số lượt | Số tiền (đồng) |
| Thăm hỏi ốm đau, hiếu | 214 | 64.200.000 |
| Hỗ trợ do dịch COVID-19 | 1.932 | 966.000.000 |
| Quà Tết | 1.450 | 435.000.000 |
| Cộng | 3.596 | 1.465.200.000 |"""


def test_the_total_row_under_kinds_of_help_is_the_welfare_total_and_the_rows_its_parts() -> None:
    observations, _ = extract("t", ITEMS_TABLE, "2021")
    assert {(o.indicator, o.value) for o in observations if not o.flags} == {
        ("welfare_beneficiaries", 3596),
        ("welfare_value", 1.4652e9),
    }
    assert all("part" in o.flags for o in observations if o.value < 1.4e9 and o.value != 3596)


def test_a_table_under_a_line_of_totals_ending_in_trong_do_holds_their_parts() -> None:
    """`... 1 tỷ 255 triệu đồng cho 4.312 lượt người, trong đó:` over a table of kinds of
    help: the rows are parts of those totals, not more care on top of them."""
    text = (
        "Năm 2024, tổng giá trị chăm lo cho đoàn viên là 1 tỷ 255 triệu đồng cho 4.312 lượt "
        "người, trong đó:\nNội dung | Số lượt | Số tiền (đồng)\n"
        "Trợ cấp khó khăn đột xuất | 598 | 358.800.000\n"
        "Thăm hỏi ốm đau | 3.714 | 896.200.000\nTết Trung thu trao 300 suất quà."
    )
    observations, _ = extract("t", text, "2024")
    assert {(o.indicator, o.value) for o in observations if not o.flags} == {
        ("welfare_value", 1.255e9),
        ("welfare_beneficiaries", 4312),
        ("gifts", 300),
    }


def test_a_row_labelled_by_a_deed_whose_object_goes_without_saying_counts_it() -> None:
    """`| Kết nạp mới | 1.020 |` under a bare `Số lượng`: `kết nạp` admits members; a figure
    with a noun of its own (`312 vé`) is counted as it says, not as the label's people."""
    text = (
        "Năm 2024\n| Chỉ tiêu | Số lượng |\n| Kết nạp mới | 1.020 |\n"
        "| Vé xe về quê cho đoàn viên | 312 vé |\n"
    )
    observations, _ = extract("t", text, "2024")
    assert [(o.indicator, o.value) for o in observations] == [("new_members", 1020)]


def test_the_same_amount_for_two_places_in_sentences_of_their_own_is_two_lots() -> None:
    """`500 triệu đồng ... tỉnh Lâm Đồng` and `500 triệu đồng ... tỉnh Quảng Trị`: two gifts of
    one size, not one restated; told again with no place, or for the same one, it is one."""
    text = (
        "Năm 2025, LĐLĐ tỉnh trao 300 triệu đồng giúp đoàn viên huyện Tuy Phước khắc phục thiệt "
        "hại do bão. Cùng ngày, LĐLĐ tỉnh trao 300 triệu đồng giúp đoàn viên huyện Phù Cát. LĐLĐ "
        "tỉnh cho biết đã trao 300 triệu đồng giúp đoàn viên huyện Phù Cát."
    )
    observations, _ = extract("t", text, "2025", org_level="provincial_federation")
    assert [o.value for o in observations if o.indicator == "welfare_value"] == [3e8, 3e8]


def test_a_paragraph_detailing_a_total_told_before_it_holds_its_parts() -> None:
    """`... đã chi tổng cộng hơn 9 tỷ đồng.` / `Theo đó, ... 500 triệu đồng ..., 200 triệu
    đồng ...`: the lots given are the total's parts; a later paragraph's figure is not."""
    text = (
        "Năm 2025, LĐLĐ tỉnh đã chi tổng cộng hơn 9 tỷ đồng hỗ trợ đoàn viên bị thiệt hại do bão."
        "\nTheo đó, LĐLĐ tỉnh chuyển 600 triệu đồng giúp đoàn viên huyện A; buổi chiều, trao "
        "thêm 250 triệu đồng hỗ trợ đoàn viên huyện B.\n"
        "Năm 2025, LĐLĐ tỉnh còn hỗ trợ 300 triệu đồng cho đoàn viên ốm đau."
    )
    observations, _ = extract("t", text, "2025", org_level="provincial_federation")
    assert [(o.value, "part" in o.flags) for o in observations] == [
        (9e9, False), (6e8, True), (2.5e8, True), (3e8, False),
    ]  # fmt: skip


def test_a_labelled_line_of_plan_and_result_between_semicolons_reads_its_result() -> None:
    """`Phát triển đoàn viên: chỉ tiêu 6.000; thực hiện 7.135; đạt 118,9%`: as with commas,
    the result is the label's, the plan its target."""
    text = (
        "Kết quả thực hiện các chỉ tiêu nhiệm kỳ 2018-2023:\n"
        "1. Phát triển đoàn viên: chỉ tiêu 6.000; thực hiện 7.135; đạt 118,9%.\n"
        "2. Thành lập CĐCS: chỉ tiêu 35; thực hiện 41; đạt 117,1%.\n"
        "3. Giới thiệu đoàn viên ưu tú cho Đảng xem xét, kết nạp: chỉ tiêu 900; thực hiện 1.020.\n"
        "4. Thành lập CĐCS ngoài khu vực nhà nước: KH 20 – TH 17 – đạt 85%.\n"
    )
    observations, _ = extract("t", text, "2018-2023")
    assert [(o.indicator, o.value, o.target) for o in observations] == [
        ("new_members", 7135, 6000),
        ("new_grassroots_unions", 41, 35),
        ("party_referrals", 1020, 900),  # a label with a comma in it is all the row's
        ("new_grassroots_unions", 17, 20),  # ... and its items may stand between dashes
    ]


YEARS_TABLE = """Chỉ tiêu | Năm 2021 | Năm 2022 | Năm 2023
Số đoàn viên | 10.200 | 10.950 | 11.400
Số CĐCS | 120 | 126 | 131"""


def test_a_table_with_a_column_per_year() -> None:
    observations, _ = extract("t", YEARS_TABLE, "2023")
    assert {(o.indicator, o.period, o.value) for o in observations} == {
        ("members", "2021", 10200), ("members", "2022", 10950), ("members", "2023", 11400),
        ("grassroots_unions", "2021", 120), ("grassroots_unions", "2022", 126),
        ("grassroots_unions", "2023", 131),
    }  # fmt: skip
    assert not any("list_item" in o.flags for o in observations)  # a series, not a list


@pytest.mark.parametrize(
    ("sentence", "doc_period", "period"),
    [
        ("Trong nhiệm kỳ 2018-2023, đã thành lập 45 CĐCS.", "2023", "2018-2023"),
        ("Năm học 2022-2023, Công đoàn trường kết nạp 12 đoàn viên.", "2023", "2022-2023"),
        ("5 năm qua, toàn ngành có 1.234 sáng kiến.", "2023", "2018-2023"),
        # ... the years counted back are the span named as long as they, closed the year before
        # (`giai đoạn 2019-2023` reviewed in 2024), not a span of other years nor one ending the
        # report's year (counted back still, as the real set labels them)
        (
            "Giai đoạn 2019-2023, Chỉ thị được quán triệt. Sau 5 năm thực hiện, toàn ngành có "
            "1.234 sáng kiến.",
            "2024",
            "2019-2023",
        ),
        (
            "Giai đoạn 2011-2015, Chỉ thị được quán triệt. Sau 5 năm thực hiện, toàn ngành có "
            "1.234 sáng kiến.",
            "2024",
            "2019-2024",
        ),
        (
            "Trong 5 năm qua (2020 - 2024), giai đoạn 2019-2023 của Kế hoạch. Sau 5 năm, có "
            "1.234 sáng kiến.",
            "2024",
            "2019-2024",
        ),
        (
            "Từ năm 2019 - 2023, Chỉ thị được quán triệt. 5 năm qua, có 1.234 sáng kiến.",
            "2023",
            "2018-2023",
        ),
        ("Trong nhiệm kỳ, đã kết nạp 3.400 đoàn viên.", "2023", "2018-2023"),
        ("Hiện nay toàn huyện có 5.600 đoàn viên.", "2018-2023", "2023"),
        ("Năm 2021, toàn ngành có 35 sáng kiến.", "2023", "2021"),
    ],
)
def test_spans_are_never_annual_points(sentence: str, doc_period: str, period: str) -> None:
    observations, _ = extract("t", sentence, doc_period)
    assert [o.period for o in observations] == [period]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "LĐLĐ huyện quản lý 96 CĐCS (61 CĐCS khu vực hành chính sự nghiệp, 35 CĐCS khu vực "
            "sản xuất kinh doanh) với 4.812 đoàn viên.",
            {
                ("grassroots_unions", 96, None, False),
                ("grassroots_unions", 61, "public_sector", True),
                ("grassroots_unions", 35, "business_sector", True),
                ("members", 4812, None, False),
            },
        ),
        (
            "LĐLĐ thành phố quản lý 287 CĐCS (khu vực nhà nước 98, ngoài nhà nước 189) với "
            "36.904 đoàn viên/41.255 CNVCLĐ.",
            {
                ("grassroots_unions", 287, None, False),
                ("grassroots_unions", 98, "public_sector", True),
                ("grassroots_unions", 189, "non_state_enterprise", True),
                ("members", 36904, None, False),
                ("workers", 41255, None, False),
            },
        ),
    ],
)
def test_a_breakdown_in_brackets_is_parts_of_the_figure_before_and_names_no_later_figure(
    sentence: str, expected: set[tuple[str, float, str | None, bool]]
) -> None:
    observations, _ = extract("t", clean(sentence, is_html=False).text, "2023")
    assert {(o.indicator, o.value, o.subgroup, "part" in o.flags) for o in observations} == expected


TITLE_AND_BODY = (
    "Tết Sum vầy 2024 mang hơi ấm đến gần 30.000 đoàn viên, người lao động\n"
    "Tết năm nay, các cấp công đoàn đã chăm lo cho gần 30.000 lượt đoàn viên, người lao động. "
    "Trong đó, LĐLĐ tỉnh hỗ trợ vé xe cho 1.200 công nhân về quê đón Tết.\n"
)


def test_a_title_figure_the_body_restates_is_kept_once_from_the_body() -> None:
    observations, mentions = extract("t", TITLE_AND_BODY, "2024")
    kept = [(o.indicator, o.value, o.span_start > 80) for o in observations]
    assert kept == [("welfare_beneficiaries", 30000, True), ("welfare_beneficiaries", 1200, True)]
    assert [m.reason for m in mentions if m.value == 30000] == ["restated_in_body", "classified"]


def test_a_title_figure_stands_when_the_body_gives_only_other_figures_of_its_indicator() -> None:
    text = TITLE_AND_BODY.replace("chăm lo cho gần 30.000 lượt đoàn viên", "chăm lo cho đoàn viên")
    observations, _ = extract("t", text, "2024")
    assert [(o.indicator, o.value) for o in observations] == [
        ("welfare_beneficiaries", 30000),
        ("welfare_beneficiaries", 1200),
    ]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Kết nạp gần 9.800 đoàn viên mới", "Năm 2022, LĐLĐ tỉnh kết nạp 8.700 đoàn viên."),
        ("Tặng quà cho hơn 1.100 công nhân", "Năm ngoái, Công đoàn tặng quà cho 1.350 công nhân."),
    ],
)
def test_a_hedged_title_figure_rounds_only_a_body_figure_within_its_last_digit(
    title: str, body: str
) -> None:
    """`gần 9.800` rounds 9.7xx, not last year's 8.700: a rounded figure stands within one
    step of its last written digit of the exact one it restates, else it is a figure of its
    own."""
    observations, _ = extract("t", f"{title}\n{body}\n", "2023")
    assert len(observations) == 2


@pytest.mark.parametrize("opener", ["Tóm lại", "Như vậy", "Tính chung"])
def test_a_recap_restates_the_figures_told_before_it_rounded(opener: str) -> None:
    """A closing recap repeats the body's figures rounded (probe 9dh): `gần 2,6 nghìn` after
    2.571, however far back; a round figure with no exact one before it stands."""
    text = (
        "Năm 2023, toàn huyện có 2.571 đoàn viên. Trong năm, kết nạp mới 318 đoàn viên. Hội "
        "nghị đánh giá cao kết quả. Các đại biểu thảo luận sôi nổi.\n\n"
        f"{opener}, năm 2023 toàn huyện có gần 2,6 nghìn đoàn viên, kết nạp mới hơn 300 người, "
        "trao hơn 200 suất quà."
    )
    observations, _ = extract("t", text, "2023", org_level="district_federation")
    assert [(o.indicator, o.value) for o in observations] == [
        ("members", 2571), ("new_members", 318), ("gifts", 200)
    ]  # fmt: skip


def test_a_photo_caption_restates_the_bodys_figure_rounded() -> None:
    """`Ảnh: ... Hơn 2.100 đoàn viên được nhận hỗ trợ đợt này. Ảnh: CĐ` under the body's 2.150:
    a caption repeats the figure as a headline does (probe 9en); a caption's own figure with
    none before it stands."""
    text = (
        "Năm 2020, LĐLĐ tỉnh đã hỗ trợ 2.150 đoàn viên bị thiệt hại do lũ. Đoàn viên phấn khởi.\n"
        "Các đại biểu thăm hỏi.\n\nẢnh: Lãnh đạo LĐLĐ tỉnh trao tiền hỗ trợ cho đoàn viên. Hơn "
        "2.100 đoàn viên được nhận hỗ trợ đợt này. Ảnh: CĐ\n"
        "Ảnh: Công đoàn trao hơn 300 suất quà cho đoàn viên.\n"
    )
    observations, _ = extract("t", text, "2020")
    assert [(o.indicator, o.value) for o in observations] == [
        ("welfare_beneficiaries", 2_150), ("gifts", 300)
    ]  # fmt: skip
    # ... the caption closed by its credit, as news pages write it (hostile round 108)
    credited = text.replace("Ảnh: Lãnh đạo", "Lãnh đạo").replace(" Ảnh: CĐ", " Ảnh: Hà Nam")
    observations, _ = extract("t", credited, "2020")
    assert [o.value for o in observations] == [2_150, 300]


def test_a_recap_rounds_to_three_digits_and_is_no_share_told_before() -> None:
    """A recap's `hơn 18.700` restates 18.756 (three digits kept); its year's total `hơn 1.000
    lượt` is no restatement of a share told before (`Riêng dịp Tết, ... 1.015 lượt`: hostile
    round 94)."""
    text = (
        "Năm 2024, toàn ngành có 412 CĐCS với 18.756 đoàn viên. Riêng dịp Tết Nguyên đán, công "
        "đoàn các cấp đã thăm hỏi 1.015 lượt đoàn viên khó khăn. Hội nghị đánh giá cao. Các "
        "đại biểu thảo luận.\n\nTính chung cả năm, công đoàn các cấp đã thăm hỏi, hỗ trợ hơn "
        "1.000 lượt đoàn viên. Tổng kết lại, toàn ngành có hơn 18.700 đoàn viên."
    )
    observations, _ = extract("t", text, "2024", org_level="sector_provincial")
    assert [(o.indicator, o.value) for o in observations] == [
        ("grassroots_unions", 412), ("members", 18_756), ("welfare_beneficiaries", 1_015),
        ("welfare_beneficiaries", 1_000),
    ]  # fmt: skip


def test_a_plan_after_a_semicolon_measuring_the_result_is_its_target() -> None:
    """`kết nạp 21.460 đoàn viên mới; so với chỉ tiêu 18.000 đoàn viên, đạt 119,2%` (probe
    9dj): the plan the clause after the semicolon measures the result against."""
    text = "Năm 2025, toàn tỉnh kết nạp 21.460 đoàn viên mới; so với chỉ tiêu 18.000 đoàn viên, đạt 119,2%."
    observations, _ = extract("t", text, "2025")
    assert [(o.indicator, o.value, o.target) for o in observations] == [
        ("new_members", 21_460, 18_000)
    ]


def test_an_exact_title_figure_near_the_bodys_is_a_figure_of_its_own() -> None:
    """`Xây mới 34 Mái ấm` over the body's 40 built and repaired: an exact title figure is no
    rounding of the body's (only a hedged or round one is), and stands."""
    text = (
        "Dựng mới 34 Mái ấm Công đoàn dịp Tháng công nhân 2018\n"
        "Trong Tháng công nhân năm 2018, công đoàn các cấp của tỉnh đã góp kinh phí dựng mới và "
        "sửa lại 40 Mái ấm Công đoàn cho đoàn viên còn thiếu chỗ ở.\n"
    )
    observations, _ = extract("t", text, "2018")
    assert [(o.indicator, o.value) for o in observations] == [
        ("union_shelter_houses", 34),
        ("union_shelter_houses", 40),
    ]


PAGE_WITH_CHROME_ABOVE_ITS_TITLE = """<html><head><title>Công đoàn tỉnh chăm lo hơn 12 nghìn
lượt đoàn viên dịp Tết</title></head><body>
<div class="top">Thứ Hai, 12/02/2024 | Đường dây nóng: 0237.3852.369</div>
<h1>Công đoàn tỉnh chăm lo hơn 12 nghìn lượt đoàn viên dịp Tết</h1>
<p>Tết năm nay, LĐLĐ tỉnh Thanh Hóa và công đoàn các cấp đã chăm lo cho 12.340 lượt đoàn
viên, người lao động với tổng kinh phí 6,2 tỷ đồng.</p></body></html>"""


def test_a_pages_title_below_its_chrome_is_its_title() -> None:
    """A page's headline stands after its date line and menus, not on its first line."""
    from unionstats.ingest import RawReport
    from unionstats.processing import process

    html = PAGE_WITH_CHROME_ABOVE_ITS_TITLE
    report = RawReport("t", "t.html", html, "utf-8", True, "", len(html.encode()))
    done = process(report)
    assert [(o.indicator, o.value) for o in done.observations] == [
        ("welfare_beneficiaries", 12340),
        ("welfare_value", 6.2e9),
    ]
    assert [m.reason for m in done.mentions if m.value == 12000] == ["restated_in_body"]


ITEM_LEAD = (
    "LĐLĐ tỉnh Sóc Trăng: Kết nạp gần 1.900 đoàn viên mới. Từ đầu năm đến nay, các cấp công "
    "đoàn trong tỉnh đã thành lập mới 12 CĐCS, kết nạp {body} đoàn viên."
)


@pytest.mark.parametrize(
    ("lead", "body", "expected"),
    [
        ("gần 1.900", "1.886", [1886]),  # the item's title, told in full in its body
        ("1.900", "1.886", [1900, 1886]),  # an exact figure: the lead may be the first fact
        ("gần 1.900", "1.950", [1900, 1950]),  # `gần` rounds up to its figure, not down
        ("hơn 1.900", "1.950", [1950]),
        ("gần 1.900", "1.200", [1900, 1200]),  # too far to be the same figure
        # ... however round the lead's figure, a tenth apart (probe 9ds: `gần 3 tỷ đồng` in the
        # lead, units' `hơn 2,3 tỷ đồng` later)
        ("gần 3.000", "2.300", [3000, 2300]),
        ("gần 3.000", "2.950", [2950]),
    ],
)
def test_an_items_lead_that_rounds_its_bodys_figure_is_its_title(
    lead: str, body: str, expected: list[float]
) -> None:
    text = ITEM_LEAD.replace("gần 1.900", lead).format(body=body)
    observations, _ = extract("t", text, "2018")
    assert [o.value for o in observations if o.indicator == "new_members"] == expected


def test_a_part_word_and_a_colon_open_parts_that_run_across_semicolons() -> None:
    text = (
        "Toàn tỉnh kết nạp 5.400 đoàn viên, trong đó: khu vực nhà nước 1.200 đoàn viên; "
        "khu vực ngoài nhà nước 4.200 đoàn viên."
    )
    observations, _ = extract("t", text, "2023")
    assert {(o.indicator, o.value, "part" in o.flags) for o in observations} == {
        ("new_members", 5400, False),
        ("new_members", 1200, True),
        ("new_members", 4200, True),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the year in brackets after a figure is that figure's, not the next one's
        (
            "Thu nhập bình quân của người lao động tăng từ 4,8 triệu đồng/người/tháng (năm 2018) "
            "lên 6,9 triệu đồng/người/tháng (năm 2023).",
            {("avg_income", 4.8e6, "2018", False), ("avg_income", 6.9e6, "2023", False)},
        ),
        (
            "Kết nạp 1.500 đoàn viên mới (năm 2022) và 1.800 đoàn viên mới.",
            {("new_members", 1500, "2022", False), ("new_members", 1800, "2023", False)},
        ),
        # a year labelling a bracket holds inside it only
        (
            "Có 900 sáng kiến (năm 2022: 800 sáng kiến), làm lợi 12 tỷ đồng.",
            {
                ("initiatives", 900, "2023", False),
                ("initiatives", 800, "2022", False),
                ("initiative_value", 12e9, "2023", False),
            },
        ),
        # a figure in brackets after a compared year is that year's, and no part
        (
            "Thu nhập bình quân đạt 9,2 triệu đồng/người/tháng, tăng 4,5% so với năm 2022 "
            "(8,8 triệu đồng/người/tháng).",
            {("avg_income", 9.2e6, "2023", False), ("avg_income", 8.8e6, "2022", False)},
        ),
        # ... nor the compared year for the parts of this year's figure (hostile round 118)
        (
            "Kết nạp 2.150 đoàn viên, vượt 15% so với năm 2022 (trong đó có 1.240 đoàn viên nữ).",
            {("new_members", 2150, "2023", False), ("new_members", 1240, "2023", True)},
        ),
        # ... not a founding's year, nor a span's last (hostile round 114)
        (
            "CĐCS Công ty May 10 được thành lập năm 1995 (hiện có 1.250 đoàn viên, 1.400 người lao "
            "động).",
            {("members", 1250, "2023", False), ("workers", 1400, "2023", False)},
        ),
        (
            "Trong nhiệm kỳ 2018-2023 (kết nạp 15.200 đoàn viên, thành lập 120 CĐCS).",
            {
                ("new_members", 15200, "2018-2023", False),
                ("new_grassroots_unions", 120, "2018-2023", False),
            },
        ),
        # ... nor the compared year for parts (`riêng`, hostile round 119), nor a span's last
        # year after `tới năm` (the re-read)
        (
            "Kết nạp 5.100 đoàn viên, cao hơn năm 2022 (riêng khu vực ngoài nhà nước kết nạp 3.100 "
            "đoàn viên).",
            {("new_members", 5100, "2023", False), ("new_members", 3100, "2023", True)},
        ),
        (
            "Từ năm 2018 tới năm 2023 (kết nạp 5.000 đoàn viên), công tác phát triển đoàn viên có "
            "nhiều chuyển biến.",
            {("new_members", 5000, "2018-2023", False)},
        ),
        # ... and so is every later figure of that bracket (probe 9fq)
        (
            "Số sáng kiến giảm so với năm 2022 (31 sáng kiến, làm lợi 1,12 tỷ đồng).",
            {("initiatives", 31, "2022", False), ("initiative_value", 1.12e9, "2022", False)},
        ),
        # ... and so is the year a compared figure is `của` (probe 9gh)
        (
            "Kết nạp 8.760 đoàn viên, cao hơn 7.940 đoàn viên của năm 2022.",
            {("new_members", 8760, "2023", False), ("new_members", 7940, "2022", False)},
        ),
    ],
)
def test_a_year_in_brackets_dates_its_own_figure(
    sentence: str, expected: set[tuple[str, float, str, bool]]
) -> None:
    observations, _ = extract("t", sentence, "2023")
    assert {(o.indicator, o.value, o.period, "part" in o.flags) for o in observations} == expected


@pytest.mark.parametrize(
    ("sentence", "value", "target"),
    [
        (
            "Kết nạp 3.126 đoàn viên mới, đạt 104% kế hoạch LĐLĐ tỉnh giao (3.000 đoàn viên).",
            3126,
            3000,
        ),
        (
            "Kết nạp 16.820 đoàn viên, đạt 112% chỉ tiêu Nghị quyết Đại hội XIII đề ra "
            "(15.000 đoàn viên).",
            16820,
            15000,
        ),
        ("Kết nạp 1.520 đoàn viên mới, chỉ tiêu được giao là 1.500.", 1520, 1500),
        ("Kết nạp được 2.150 đoàn viên, vượt chỉ tiêu giao là 2.000 đoàn viên.", 2150, 2000),
        ("Kết nạp 2.100 đoàn viên, đạt 70% kế hoạch (KH giao 3.000).", 2100, 3000),
        (
            "Vận động Quỹ Mái ấm Công đoàn được 1,5 tỷ đồng, đạt 75% kế hoạch năm (2 tỷ đồng).",
            1.5e9,
            2e9,
        ),
        # the resolution named in full before its figure in brackets
        (
            "Các CĐCS đã giới thiệu 215 đoàn viên ưu tú cho Đảng, vượt 43% chỉ tiêu nghị quyết "
            "Đại hội Công đoàn huyện lần thứ X đề ra (150 đoàn viên).",
            215,
            150,
        ),
        # ... the result restated over its plan in brackets after the plan word
        ("Thành lập 5 CĐCS, đạt 125% chỉ tiêu (5/4).", 5, 4),
        # ... the deed planned named in the bracket before its figure
        ("Kết nạp 3.210 đoàn viên, đạt 80,25% kế hoạch (kết nạp mới 4.000 ĐVCĐ).", 3210, 4000),
        # ... past the part of the year the plan is for
        ("Kết nạp 356 ĐV, vượt 18,7% chỉ tiêu 6 tháng (300 ĐV).", 356, 300),
        # ... its rate told against it (`so với`), in brackets
        ("Kết nạp 7.430 đoàn viên (đạt 124% so với chỉ tiêu giao là 6.000 đoàn viên).", 7430, 6000),
        # ... the plan named again in its bracket, by who set it (probes 9cm, 9co)
        (
            "Kết nạp 685 đoàn viên, đạt 137% chỉ tiêu (chỉ tiêu LĐLĐ tỉnh giao là 500 đoàn viên).",
            685,
            500,
        ),
        (
            "Kết nạp 735 đoàn viên, đạt 73,5% kế hoạch năm (kế hoạch năm là 1.000 đoàn viên).",
            735,
            1000,
        ),
        # ... a result spelled out in words: read whole, no digits to scale by
        ("Thành lập mới mười hai công đoàn cơ sở, vượt chỉ tiêu đề ra (9 CĐCS).", 12, 9),
        ("Đã thành lập bảy CĐCS, vượt kế hoạch (5 CĐCS).", 7, 5),
        # no plan: a year after the plan word, or another figure after a connector
        ("Kết nạp 1.520 đoàn viên mới, đạt 101% kế hoạch năm 2023.", 1520, None),
        ("Đã thành lập mới được 4 CĐCS, đạt 133% chỉ tiêu với 1.815 đoàn viên.", 4, None),
        # the deed planned in quotes (probe 9fr)
        ("Thành lập mới 5 CĐCS, vượt chỉ tiêu “thành lập 4 CĐCS” do LĐLĐ tỉnh giao.", 5, 4),
        ("Thành lập mới 5 CĐCS, vượt chỉ tiêu ‘thành lập 4 CĐCS’ do LĐLĐ tỉnh giao.", 5, 4),
        # a plan the result fell short of, its figure before its plan word (probe 9gn); money
        # or a count between is no result of the plan's kind
        (
            "Thu nhập bình quân đạt 8,9 triệu đồng/người/tháng, tăng 5% nhưng chưa đến 9 triệu "
            "đồng như mục tiêu đề ra.",
            8.9e6,
            9e6,
        ),
        ("Đã xây mới 9 nhà Mái ấm Công đoàn, chưa đạt 10 căn như đăng ký.", 9, 10),
        # ... (guard: a plan met is no plan fallen short of)
        ("Kết nạp 500 đoàn viên như kế hoạch đề ra.", 500, None),
        # a rate's plan is a rate (probe 9gj), not a margin over it (hostile round 124)
        ("Tỷ lệ doanh nghiệp tổ chức Hội nghị người lao động đạt 81,2%, kế hoạch 90%.", 81.2, 90),
        ("Tỷ lệ doanh nghiệp tổ chức Hội nghị người lao động đạt 95%, vượt kế hoạch 5%.", 95, None),
        # ... past a change told of it, its plan word after `như đã` (hostile round 124)
        (
            "Thu nhập bình quân đạt 8,9 triệu đồng/người/tháng, nhích lên so với cùng kỳ nhưng "
            "chưa đến 9 triệu đồng như mục tiêu đề ra.",
            8.9e6,
            9e6,
        ),
        ("Xây 9 nhà Mái ấm Công đoàn, chưa đạt 10 căn như đã đăng ký với LĐLĐ tỉnh.", 9, 10),
        # ... past a change compared with a year; a plan with no noun for people (re-read)
        (
            "Thu nhập bình quân đạt 8,9 triệu đồng/người/tháng, tăng 5% so với năm 2022 nhưng "
            "chưa đến 9 triệu đồng như mục tiêu đề ra.",
            8.9e6,
            9e6,
        ),
        ("LĐLĐ huyện đã kết nạp 1.100 đoàn viên, chưa đạt 1.200 như kế hoạch.", 1100, 1200),
    ],
)
def test_the_plan_named_after_a_result_and_its_rate_is_its_target(
    sentence: str, value: float, target: float | None
) -> None:
    observations, _ = extract("t", sentence, "2023")
    assert [(o.value, o.target) for o in observations] == [(value, target)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bracket of plans per noun further than a plan right after its result (probe 9fo)
        (
            "Thành lập mới 4 CĐCS doanh nghiệp, kết nạp 275 đoàn viên, vượt chỉ tiêu LĐLĐ tỉnh "
            "giao (3 CĐCS, 250 đoàn viên).",
            {("new_grassroots_unions", 4, 3), ("new_members", 275, 250)},
        ),
        # ... past a figure's own thousands dot (hostile round 117)
        (
            "Thành lập mới 4 CĐCS doanh nghiệp, kết nạp 1.275 đoàn viên, vượt chỉ tiêu LĐLĐ tỉnh "
            "giao (3 CĐCS, 1.200 đoàn viên).",
            {("new_grassroots_unions", 4, 3), ("new_members", 1275, 1200)},
        ),
        # ... no term nor a year labelling the plan, no money for a count (hostile round 117)
        (
            "Kết nạp 275 đoàn viên mới, thành lập 4 CĐCS, hoàn thành các chỉ tiêu Nghị quyết Đại "
            "hội Công đoàn tỉnh lần thứ XXIV (2023 – 2028).",
            {("new_members", 275, None), ("new_grassroots_unions", 4, None)},
        ),
        (
            "Kết nạp 275 đoàn viên, vượt chỉ tiêu (2022: 250 đoàn viên).",
            {("new_members", 275, 250)},
        ),
        (
            "Trao 560 suất quà, hoàn thành chỉ tiêu “vận động 500 triệu đồng”.",
            {("gifts", 560, None)},
        ),
        # ... whose plans are of the figure's own noun only: dialogues have no plan of CĐCS
        (
            "Thành lập mới 4 CĐCS, tổ chức 12 cuộc đối thoại, vượt chỉ tiêu (3 CĐCS, 250 đoàn "
            "viên).",
            {("new_grassroots_unions", 4, 3), ("workplace_dialogues", 12, None)},
        ),
        # plans listed after their plan word, then the results after a result word (probe 9gk)
        (
            "Huyện được giao chỉ tiêu thành lập mới 12 CĐCS và phát triển 3.000 đoàn viên; đến "
            "nay đã thành lập được 5 CĐCS, kết nạp 1.146 đoàn viên.",
            {("new_grassroots_unions", 5, 12), ("new_members", 1146, 3000)},
        ),
        # ... past a cut-off date of the year (re-read)
        (
            "Được giao chỉ tiêu thành lập mới 12 CĐCS và phát triển 3.000 đoàn viên; tính đến ngày "
            "30/11/2023 đã thành lập được 5 CĐCS, kết nạp 1.146 đoàn viên.",
            {("new_grassroots_unions", 5, 12), ("new_members", 1146, 3000)},
        ),
        # ... not a result of another deed of that noun, nor another year's (hostile round 125)
        (
            "Được giao chỉ tiêu thành lập 12 CĐCS, phát triển 3.000 đoàn viên; đến nay đã thăm "
            "hỏi 320 đoàn viên ốm đau.",
            {("welfare_beneficiaries", 320, None)},
        ),
        (
            "Chỉ tiêu năm 2023 giao thành lập 12 CĐCS, phát triển 3.000 đoàn viên; cả năm 2022 "
            "huyện đã kết nạp 2.450 đoàn viên, thành lập 10 CĐCS.",
            {("new_members", 2450, None), ("new_grassroots_unions", 10, None)},
        ),
        (
            "Kế hoạch giao 12 CĐCS; năm 2022 đã thành lập 9 CĐCS, năm 2023 thành lập 14 CĐCS.",
            {("new_grassroots_unions", 9, None), ("new_grassroots_unions", 14, None)},
        ),
        # ... a plan fallen short of, with another deed between, is that deed's (hostile round
        # 124); one after a comma, `theo` "according to" (ibid.)
        (
            "Xây 9 nhà Mái ấm Công đoàn, thành lập mới CĐCS chưa đạt 12 CĐCS như chỉ tiêu.",
            {("union_shelter_houses", 9, None)},
        ),
        (
            "Số đoàn viên kết nạp mới chưa tới 500 người, theo kế hoạch năm 2025 sẽ tăng.",
            {("new_members", 500, None)},
        ),
        # a rate's row in a table of plans: its plan column counts units, no target of a rate
        (
            "| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ |\n|---|---|---|---|\n"
            "| Doanh nghiệp có tổ chức CĐ tổ chức Hội nghị NLĐ | 420 | 407 | 96,9% |",
            {("worker_conference_rate", 96.9, None)},
        ),
    ],
)
def test_plans_of_other_nouns_and_units_are_no_targets(
    sentence: str, expected: set[tuple[str, float, float | None]]
) -> None:
    """Probes 9fo and 9fn (2026-12-06)."""
    observations, _ = extract("t", "Báo cáo năm 2023\n" + sentence, "2023")
    assert {(o.indicator, o.value, o.target) for o in observations} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a part, a change, the same time last year, what it includes: no plan in the bracket
        ("Kết nạp 1.150 đoàn viên, đạt 115% kế hoạch (trong đó nữ 620 người).",
         [(1150, None), (620, None)]),
        ("Kết nạp 1.250 đoàn viên, đạt 125% kế hoạch (tăng 250 đoàn viên so với năm 2022).",
         [(1250, None)]),
        ("Thành lập 6 CĐCS, đạt 120% kế hoạch (gồm 4 CĐCS doanh nghiệp ngoài nhà nước).",
         [(6, None)]),
        # the same result twice in the bracket: the pair whose noun is the figure's
        ("Kết nạp 12 đoàn viên, thành lập 12 CĐCS, vượt chỉ tiêu (12/10 đoàn viên, 12/8 CĐCS).",
         [(12, 10), (12, 8)]),
    ],
)  # fmt: skip
def test_a_bracket_after_the_plan_word_holds_a_plan_only_when_it_says_one(
    sentence: str, expected: list
) -> None:
    """Hostile round 52: a bracket after `kế hoạch` that tells a part, a change or what the
    figure includes holds no plan; a pair restating two results is read by its noun."""
    observations, _ = extract("t", sentence, "2023")
    assert [(o.value, o.target) for o in observations] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a plan per noun in the bracket after the plan word
        ("Kết nạp 2.942 đoàn viên, thành lập 6 CĐCS, vượt chỉ tiêu LĐLĐ tỉnh giao (2.500 đoàn "
         "viên, 5 CĐCS).", [(2942, 2500), (6, 5)]),
        # ... a rate rounded loosely (`đạt 100%` for 103 %) still fits
        ("Kết nạp 1.030 đoàn viên, đạt 100% kế hoạch (1.000 đoàn viên).", [(1030, 1000)]),
        # ... a figure in the bracket that misfits the rate stated is no plan
        ("Kết nạp 1.150 đoàn viên, đạt 115% kế hoạch (620 nữ, 530 nam).", [(1150, None)]),
    ],
)  # fmt: skip
def test_a_bracket_of_plans_per_noun_fitting_the_rate(sentence: str, expected: list) -> None:
    """Probe 9ad and hostile round 57."""
    observations, _ = extract("t", sentence, "2023")
    assert [(o.value, o.target) for o in observations] == expected


def test_each_result_restated_over_its_plan_in_one_bracket_has_that_plan() -> None:
    """Blind probe 9y: `(1.245/1.000 đoàn viên, 11/8 CĐCS)` after the plan word restates both
    results: the unions' plan is 8, not the members' result; the members' is 1.000, past the
    unions' figure."""
    sentence = (
        "Công đoàn thị xã kết nạp 1.360 đoàn viên, thành lập 12 CĐCS, vượt chỉ tiêu nghị quyết "
        "đề ra (1.360/1.100 đoàn viên, 12/9 CĐCS)."
    )
    observations, _ = extract("t", sentence, "2023")
    assert [(o.indicator, o.value, o.target) for o in observations] == [
        ("new_members", 1360, 1100),
        ("new_grassroots_unions", 12, 9),
    ]


@pytest.mark.parametrize(
    ("sentence", "level", "province", "expected"),
    [
        # a federation of another province, named as the doer
        (
            "Toàn tỉnh kết nạp 5.400 đoàn viên mới. Cùng kỳ, LĐLĐ tỉnh Nam Định kết nạp 7.100 "
            "đoàn viên mới.",
            "provincial_federation",
            "Thái Bình",
            {(5400, None), (7100, "other_org")},
        ),
        ("LĐLĐ tỉnh Thái Bình kết nạp 5.400 đoàn viên mới.", "provincial_federation", "Thái Bình",
         {(5400, None)}),
        # the body above, by the name of its kind, in a lower body's report
        (
            "Công đoàn ngành hỗ trợ 12 đoàn viên khó khăn. LĐLĐ tỉnh hỗ trợ xây 2 nhà Mái ấm "
            "Công đoàn cho đoàn viên của ngành.",
            "sector_provincial",
            "Thái Bình",
            {(12, None), (2, "other_org")},
        ),
        # ... not when it is a partner, or owns the fund the report's body gave to
        (
            "Phối hợp với LĐLĐ tỉnh tổ chức 2 lớp tập huấn nghiệp vụ cho 215 cán bộ CĐCS.",
            "district_federation",
            "Nghệ An",
            {(2, None), (215, None)},
        ),
        (
            "Ủng hộ quỹ Mái ấm Công đoàn LĐLĐ tỉnh 126,4 triệu đồng.",
            "sector_provincial",
            "Thái Bình",
            {(126.4e6, None)},
        ),
        ("Công đoàn phối hợp với Hội LHPN tỉnh trao 500 suất quà.", "provincial_federation",
         "Nghệ An", {(500, None)}),
        # the Youth Union's own bodies by their kinds (probe 9cf)
        ("Thị đoàn kết nạp 312 đoàn viên mới. Chi đoàn Bệnh viện có 146 đoàn viên.",
         "provincial_federation", "Nghệ An", {(312, "other_org"), (146, "other_org")}),
        # one unit given as an example
        ("Thu nhập bình quân đạt khoảng 7 triệu đồng/người/tháng, có nơi như Công ty CP May Hà "
         "Nam đạt trên 10 triệu đồng/người/tháng.", "provincial_federation", "Hà Nam",
         {(7e6, None), (10e6, "other_org")}),
        # a bloc is never the whole province
        ("Năm 2023, toàn tỉnh kết nạp 12.480 đoàn viên, thành lập mới 47 CĐCS.", "bloc",
         "Quảng Nam", {(12480, "other_org"), (47, "other_org")}),
        ("Năm 2023, toàn tỉnh kết nạp 12.480 đoàn viên, thành lập mới 47 CĐCS.",
         "provincial_federation", "Quảng Nam", {(12480, None), (47, None)}),
        # ... nor a grassroots union (a leader of the body above, quoted); a district's
        # `toàn tỉnh` is left as it stands (the real set's convention: optional rows)
        ("Năm 2023, toàn tỉnh kết nạp 12.480 đoàn viên, thành lập mới 47 CĐCS.",
         "district_federation", "Quảng Nam", {(12480, None), (47, None)}),
        ("Ông Tư cho biết, toàn tỉnh hiện có 512 CĐCS với hơn 32.000 đoàn viên.", "grassroots",
         "Bạc Liêu", {(512, "other_org"), (32000, "other_org")}),
        ("Năm 2023, toàn huyện kết nạp 1.248 đoàn viên.", "district_federation", "Quảng Nam",
         {(1248, None)}),
        # the bodies a merger replaced, under the merged one's name too, until it is named again
        ("Trước hợp nhất, LĐLĐ tỉnh Lâm Đồng có 2.040 CĐCS; sau hợp nhất, LĐLĐ tỉnh có 3.315 "
         "CĐCS.", "provincial_federation", "Lâm Đồng", {(2040, "other_org"), (3315, None)}),
        ("LĐLĐ tỉnh Lâm Đồng (cũ) quản lý 2.040 CĐCS.", "provincial_federation", "Lâm Đồng",
         {(2040, "other_org")}),
        ("Năm 2023, LĐLĐ hai tỉnh đã kết nạp 6.300 đoàn viên.", "provincial_federation",
         "Lâm Đồng", {(6300, "other_org")}),
        ("Sau hợp nhất LĐLĐ hai tỉnh từ ngày 1/7/2025, LĐLĐ tỉnh Lâm Đồng quản lý 3.315 CĐCS.",
         "provincial_federation", "Lâm Đồng", {(3315, None)}),
        # ... not the body itself before another restructuring, nor a part of the merged province
        ("Trước khi sắp xếp, toàn thành phố có 9.850 CĐCS.", "provincial_federation", "Hà Nội",
         {(9850, None)}),
        ("Tại khu vực Đắk Nông (cũ), các cấp công đoàn đã hỗ trợ 350 đoàn viên.",
         "provincial_federation", "Lâm Đồng", {(350, None)}),
    ],
)  # fmt: skip
def test_another_bodys_figures_are_other_org(
    sentence: str, level: str, province: str, expected: set[tuple[float, str | None]]
) -> None:
    observations, _ = extract("t", sentence, "2023", org_level=level, province=province)
    assert {(o.value, o.subgroup) for o in observations} == expected


def test_a_sentence_that_opens_with_a_part_word_is_all_parts() -> None:
    text = (
        "Tết năm nay đã chăm lo cho gần 30.000 lượt đoàn viên. Trong đó, LĐLĐ tỉnh trực tiếp "
        "trao 5.500 phần quà; hỗ trợ vé xe cho 1.200 công nhân về quê đón Tết."
    )
    observations, _ = extract("t", text, "2024")
    assert {(o.value, "part" in o.flags) for o in observations} == {
        (30000, False),
        (5500, True),
        (1200, True),
    }


def test_a_breakdown_in_brackets_runs_across_its_semicolons() -> None:
    text = (
        "Công đoàn hỗ trợ xây mới, sửa chữa 3 nhà Mái ấm Công đoàn (2 nhà xây mới, mỗi nhà 60 "
        "triệu đồng; 1 nhà sửa chữa 30 triệu đồng)."
    )
    observations, _ = extract("t", text, "2023")
    assert {(o.value, "part" in o.flags) for o in observations} == {
        (3, False),
        (2, True),
        (1, True),
        (30e6, True),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a 9-month report: every figure of its year covers only those months
        (
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH ĐỊNH\nBÁO CÁO\nKết quả hoạt động công đoàn 9 tháng "
            "đầu năm 2023\nKết nạp 2.300 đoàn viên mới; thành lập 14 CĐCS.",
            {(2300, True), (14, True)},
        ),
        # an annual report: only the sentence that says so
        (
            "Tổng kết năm 2023\nNăm 2023 kết nạp 3.100 đoàn viên mới. 9 tháng đầu năm, đã "
            "thành lập 14 CĐCS.",
            {(3100, False), (14, True)},
        ),
    ],
)
def test_figures_of_a_years_first_months_are_flagged_part_year(
    text: str, expected: set[tuple[float, bool]]
) -> None:
    observations, _ = extract("t", text, "2023")
    assert {(o.value, "part_year" in o.flags) for o in observations} == expected
    assert {o.period for o in observations} == {"2023"}


def test_a_plan_word_opening_the_sentence_makes_all_of_it_a_plan() -> None:
    """In a report of the same year (a quarter's), the plan is known by its verb alone."""
    text = (
        "Năm 2024, LĐLĐ tỉnh phấn đấu phát triển 4.000 đoàn viên, thành lập 20 CĐCS; 95% "
        "doanh nghiệp có tổ chức công đoàn tổ chức Hội nghị người lao động."
    )
    observations, mentions = extract("t", text, "2024-Q1")
    assert observations == []
    assert [m.reason for m in mentions if m.value in (4000, 20, 95)] == ["plan"] * 3
    done = "Kết nạp 3.000 đoàn viên; phấn đấu thành lập 20 CĐCS."
    assert [(o.indicator, o.value) for o in extract("t", done, "2024-Q1")[0]] == [
        ("new_members", 3000)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money still to be spent
        ("Năm 2024, khởi công xây Mái ấm Công đoàn; chi phí làm nhà được dự trù khoảng 131,6 "
         "triệu đồng.", set()),
        # help not foreseen, given all the same; a plan made, then carried out
        ("Năm 2024, dù không dự trù trước được, CĐCS vẫn hỗ trợ kịp thời 45 triệu đồng cho 9 "
         "đoàn viên bị tai nạn.", {45e6, 9}),
        ("Năm 2024, LĐLĐ tỉnh đã lên kế hoạch rồi triển khai thăm hỏi 200 đoàn viên ốm đau, "
         "với tổng số tiền 100 triệu đồng.", {200, 100e6}),
    ],
)  # fmt: skip
def test_money_estimated_is_no_result_but_help_not_foreseen_is(text: str, expected: set) -> None:
    observations, _ = extract("t", text, "2024")
    assert {o.value for o in observations} == expected


@pytest.mark.parametrize(
    "announce",
    [
        "Ban Thường vụ thống nhất các chỉ tiêu cho năm 2024. Cụ thể, ",
        "Công đoàn ngành Y tế phấn đấu đạt những mục tiêu chính trong năm 2024. Trong đó, ",
    ],
)
def test_the_sentence_detailing_announced_plans_lists_plans(announce: str) -> None:
    """A sentence opening with `Cụ thể`/`Trong đó` after one that announces plans and gives no
    figure lists those plans; after one that states results (`đã hoàn thành`), results."""
    items = "kết nạp 1.800 đoàn viên mới; thành lập 14 CĐCS."
    observations, mentions = extract("t", announce + items, "2024-Q1")
    assert observations == []
    assert [m.reason for m in mentions if m.value in (1800, 14)] == ["plan"] * 2
    done = "Quý I, ngành đã hoàn thành các chỉ tiêu được giao. Cụ thể, " + items
    assert [(o.indicator, o.value) for o in extract("t", done, "2024-Q1")[0]] == [
        ("new_members", 1800),
        ("new_grassroots_unions", 14),
    ]


def test_a_section_headed_by_a_part_of_the_year_tells_of_that_part() -> None:
    """`III. RIÊNG QUÝ III/2024` in the report of nine months: its figures are the quarter's,
    those of the sections before and after it the report's."""
    text = (
        "Báo cáo 9 tháng đầu năm 2024 của Công đoàn ngành Xây dựng\n"
        "Công đoàn ngành hiện có 41 CĐCS.\n"
        "II. KẾT QUẢ 9 THÁNG\nKết nạp 1.105 đoàn viên.\n"
        "III. RIÊNG QUÝ III/2024\n- Kết nạp 310 đoàn viên.\n- Thăm hỏi 96 đoàn viên ốm đau.\n"
        "IV. CÔNG TÁC KHÁC\nTổ chức 12 lớp tập huấn.\n"
    )
    observations, _ = extract("t", text, "2024", org_level="sector_provincial")
    assert [(o.value, o.period) for o in observations] == [
        (41, "2024"),
        (1105, "2024"),
        (310, "2024-Q3"),
        (96, "2024-Q3"),
        (12, "2024"),
    ]


def test_a_section_or_a_labelled_block_naming_an_earlier_year_tells_of_it() -> None:
    """`I. KẾT QUẢ THỰC HIỆN NĂM 2023` in the minutes of a conference of 2024, `Kết quả năm
    2023:` over a block of bullets: the figures under them are that year's; a heading naming
    a year compared with frames nothing, and a block ends at a blank line."""
    text = (
        "Báo cáo kết quả Hội nghị người lao động năm 2024\n"
        "Tham dự hội nghị có 185 đại biểu.\n"
        "I. KẾT QUẢ THỰC HIỆN NĂM 2023\nTrong năm, công đoàn thăm hỏi 126 lượt đoàn viên.\n"
        "II. SO VỚI NĂM 2022\nCông đoàn kết nạp 40 đoàn viên.\n"
        "📌 Kết quả năm 2023:\n• Kết nạp mới: 57 ĐV\n• Sáng kiến: 3\n\n"
        "Công đoàn trao 350 suất quà.\n"
        # an act's number beside the year: what was done since; an occasion dates itself
        "III. THỰC HIỆN QUYẾT ĐỊNH SỐ 6489 NĂM 2022\nCông đoàn xây mới 4 nhà Mái ấm Công đoàn.\n"
        "IV. KẾT QUẢ NĂM 2023\nDịp Tết Nguyên đán, công đoàn trao 120 suất quà.\n"
        # a span closing a line's prose over its list
        "Công đoàn có 20 tổ công đoàn. Từ năm 2019 đến nay:\n- Kết nạp mới 900 đoàn viên;\n"
        # (a line of prose ends the list, blank line or not: the section's year again)
        "Trong năm, công đoàn thăm hỏi 64 lượt đoàn viên.\n"
    )
    observations, _ = extract("t", text, "2024", org_level="grassroots")
    assert [(o.value, o.period) for o in observations] == [
        (126, "2023"),
        (40, "2024"),
        (57, "2023"),
        (3, "2023"),
        (350, "2024"),
        (4, "2024"),
        (120, "2024"),
        (900, "2019-2024"),
        (64, "2023"),
    ]


def test_sections_of_a_half_year_headed_by_its_quarters_tell_of_them() -> None:
    """`1. Quý I/2025` and `2. Quý II/2025` in the report of the first half: each section's
    figures are its quarter's, those after them (`tính chung 6 tháng`) the half's; a quarter
    of another half heads no part of this one."""
    text = (
        "Báo cáo 6 tháng đầu năm 2025 của Công đoàn ngành Xây dựng\n"
        "Công đoàn ngành hiện có 41 CĐCS.\n"
        "1. Quý I/2025\n- Trao 2.400 suất quà Tết.\n"
        "2. Quý II/2025\n- Kết nạp 310 đoàn viên.\n"
        "3. Các mặt công tác khác\n- Tổ chức 12 lớp tập huấn.\n"
        "4. Quý III/2025\n- Thăm hỏi 96 đoàn viên ốm đau.\n"
    )
    observations, _ = extract("t", text, "2025-H1", org_level="sector_provincial")
    assert [(o.value, o.period) for o in observations] == [
        (41, "2025"),
        (2400, "2025-Q1"),
        (310, "2025-Q2"),
        (12, "2025-H1"),
        (96, "2025-H1"),
    ]


@pytest.mark.parametrize("total_line", ["- Tổng cộng: 1,45 tỷ đồng", "Tổng cộng: 1,45 tỷ đồng"])
def test_terse_amounts_listed_under_a_heading_are_the_money_it_names(total_line: str) -> None:
    """`Chăm lo cho đoàn viên, người lao động:` / `- Tết: 1,1 tỷ đồng`: an item's amount
    naming no indicator itself is the heading's money, the total after the items too, and the
    items are its parts; under a heading that names no money, they stay unread."""
    items = "- Tết: 1,1 tỷ đồng\n- Ốm đau: 350 triệu đồng\n" + total_line
    text = "Năm 2023\nChăm lo cho đoàn viên, người lao động:\n" + items
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert [(o.indicator, o.value, o.flags) for o in observations] == [
        ("welfare_value", 1.1e9, ("part",)),
        ("welfare_value", 3.5e8, ("part",)),
        ("welfare_value", 1.45e9, ()),
    ]
    other = (
        "Năm 2023\nCác hoạt động phong trào:\n- Hội thao: 90 triệu đồng\n- Văn nghệ: 40 triệu đồng"
    )
    assert extract("t", other, "2023", org_level="provincial_federation")[0] == []


def test_a_total_row_under_one_item_in_a_column_naming_its_noun_is_their_total() -> None:
    """`| Tổng cộng | 5.000 | 2.500 |` under one row of help, in a column headed `Số lượt
    người`: the people helped in all (the item a part of it), as the money column's total is."""
    text = (
        "Năm 2023\n| Hoạt động | Số lượt người | Số tiền (triệu đồng) |\n"
        "| Thăm hỏi, hỗ trợ công nhân khó khăn dịp Tết | 3.400 | 1.700 |\n"
        "| Tổng cộng | 5.000 | 2.500 |\n"
    )
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert [(o.indicator, o.value, "part" in o.flags) for o in observations] == [
        ("welfare_beneficiaries", 3400, True),
        ("welfare_value", 1.7e9, True),
        ("welfare_beneficiaries", 5000, False),
        ("welfare_value", 2.5e9, False),
    ]


@pytest.mark.parametrize(
    ("total", "item", "expected"),
    [
        (
            "| Tổng số đoàn viên | 12.850 |",
            "| Số đoàn viên kết nạp mới | 1.020 |",
            [("members", 12850), ("new_members", 1020)],
        ),
        (
            "| Tổng số CĐCS | 450 |",
            "| Số CĐCS thành lập mới | 14 |",
            [("grassroots_unions", 450), ("new_grassroots_unions", 14)],
        ),
        (
            "| Tổng số lao động | 15.000 |",
            "| Số sáng kiến | 150 |",
            [("workers", 15000), ("initiatives", 150)],
        ),
    ],
)
def test_a_total_row_naming_its_own_indicator_is_no_total_of_the_row_under_it(
    total: str, item: str, expected: list[tuple[str, float]]
) -> None:
    """`| Tổng số đoàn viên | 12.850 |` over `| Số đoàn viên kết nạp mới | 1.020 |` under a
    generic `Số lượng`: two indicators' rows, not new members 12 850 with 1 020 a part."""
    text = f"Năm 2023\n| Chỉ tiêu | Số lượng |\n{total}\n{item}\n"
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert sorted((o.indicator, o.value) for o in observations if not o.flags) == sorted(expected)


def test_a_generic_noun_takes_no_label_from_the_line_above() -> None:
    """`đơn vị` counts nothing in particular; the title above (`... CĐCS trực thuộc`) does not
    say what."""
    text = (
        "Báo cáo tổng kết năm 2023 của Khối thi đua các Công đoàn ngành, CĐCS trực thuộc\n\n"
        "Khối thi đua gồm 11 đơn vị: 5 công đoàn ngành, Công đoàn Viên chức tỉnh.\n"
        "Các đơn vị trong khối quản lý 846 CĐCS với 52.318 đoàn viên."
    )
    observations, _ = extract("t", text, "2023", org_level="bloc")
    assert [(o.indicator, o.value) for o in observations] == [
        ("grassroots_unions", 846),
        ("members", 52318),
    ]


def test_a_clusters_whole_is_its_own_after_the_member_that_reported_it() -> None:
    """A cluster's leader reports the cluster's totals; a member's own figure is the member's."""
    text = (
        "Theo báo cáo của LĐLĐ tỉnh Gia Lai - đơn vị Trưởng cụm năm 2025, toàn cụm hiện có "
        "11.846 CĐCS với 612.300 đoàn viên. LĐLĐ tỉnh Lâm Đồng kết nạp 11.050 đoàn viên."
    )
    observations, _ = extract("t", text, "2025", org_level="bloc")
    assert [(o.indicator, o.value, o.subgroup) for o in observations] == [
        ("grassroots_unions", 11846, None),
        ("members", 612300, None),
        ("new_members", 11050, "other_org"),
    ]


def test_a_term_under_review_holds_to_the_end_of_its_paragraph() -> None:
    text = (
        "Báo cáo tại Đại hội cho thấy, nhiệm kỳ 2018 - 2023, các cấp công đoàn tỉnh đã kết nạp "
        "16.820 đoàn viên. Phong trào thi đua có 5.612 sáng kiến được công nhận.\n"
        "Năm 2023, toàn tỉnh kết nạp 3.000 đoàn viên."
    )
    observations, _ = extract("t", text, "2023")
    assert [(o.value, o.period) for o in observations] == [
        (16820, "2018-2023"),
        (5612, "2018-2023"),
        (3000, "2023"),
    ]


@pytest.mark.parametrize(
    ("opening", "period"),
    [
        ("Theo bà Lan, năm 2024 LĐLĐ huyện kết nạp 412 đoàn viên.", "2024"),
        # a year compared with, or none earlier than the item's: the item's own
        ("Thu nhập tăng 5% so với thực hiện năm 2024. LĐLĐ huyện kết nạp 412 đoàn viên.", "2025"),
        ("Tháng Công nhân năm 2025 khởi động. LĐLĐ huyện kết nạp 412 đoàn viên.", "2025"),
    ],
)
def test_an_earlier_year_opening_a_paragraph_frames_it(opening: str, period: str) -> None:
    """A look back in an item of 2025: the year its paragraph opens with dates the figures
    of the sentences after it too."""
    text = f"{opening} Các cấp công đoàn thăm hỏi 637 lượt đoàn viên ốm đau.\nNăm nay trao 350 suất quà."
    observations, _ = extract("t", text, "2025")
    periods = {o.value: o.period for o in observations}
    assert (periods[637], periods[350]) == (period, "2025")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thu nhập bình quân tăng từ 5,2 triệu đồng/người/tháng năm 2018 lên 7,1 triệu "
            "đồng/người/tháng năm 2022.",
            [(5_200_000, "2018"), (7_100_000, "2022")],
        ),
        # ... the level reached after `đến`, a year before it no range's start (hostile round 78)
        (
            "Thu nhập bình quân tăng từ 8 triệu đồng năm 2021 đến 9,2 triệu đồng năm 2022.",
            [(8_000_000, "2021"), (9_200_000, "2022")],
        ),
        # ... not a rise's range, how much was added (probes 9br, 9bt)
        (
            "Thu nhập của công nhân tăng từ 400.000 đến 800.000 đồng/người/tháng so với năm "
            "trước; thu nhập bình quân giảm từ 9 triệu đồng năm 2021 xuống còn 8,2 triệu đồng "
            "năm 2022.",
            [(9_000_000, "2021"), (8_200_000, "2022")],
        ),
        (
            "Tổng số đoàn viên từ 3.210 người năm 2022 tăng lên 3.488 người năm 2023.",
            [(3210, "2022"), (3488, "2023")],
        ),
        # a year compared with dates no figure
        ("Năm 2023 kết nạp 300 đoàn viên, tăng 20% so với năm 2022.", [(300, "2023")]),
    ],
)
def test_each_end_of_a_change_between_years_has_its_year(
    text: str, expected: list[tuple[float, str]]
) -> None:
    observations, _ = extract("t", text, "2023")
    assert [(o.value, o.period) for o in observations] == expected


def test_the_same_part_of_an_earlier_year_is_compared_not_a_part() -> None:
    text = "Trong quý, kết nạp mới 312 đoàn viên (cùng kỳ năm 2023 kết nạp 280 đoàn viên)."
    observations, _ = extract("t", text, "2024-Q1")
    assert [(o.value, o.period, "part" in o.flags) for o in observations] == [
        (312, "2024-Q1", False),
        (280, "2023-Q1", False),
    ]


@pytest.mark.parametrize(
    ("text", "doc_period", "expected"),
    [
        # `Hiện` opening a sentence is now: the report's last year, not its span
        (
            "5 năm qua, LĐLĐ tỉnh kết nạp 9.000 đoàn viên. Hiện LĐLĐ tỉnh có 640 CĐCS với "
            "52.000 đoàn viên.",
            "2013-2018",
            [(9000, "2013-2018"), (640, "2018"), (52000, "2018")],
        ),
        # `Từ đầu năm đến nay` in a half-year report is that half-year
        (
            "Từ đầu năm đến nay, LĐLĐ tỉnh thành lập mới 12 CĐCS, kết nạp 900 đoàn viên.",
            "2014-H1",
            [(12, "2014-H1"), (900, "2014-H1")],
        ),
        ("Từ đầu năm đến nay, LĐLĐ tỉnh thành lập mới 12 CĐCS.", "2014", [(12, "2014")]),
        # a stock counted on a date belongs to that date's year, not to the term under review
        (
            "Trong nhiệm kỳ, kết nạp 10.000 đoàn viên. Đến tháng 6/2023, toàn tỉnh có 900 CĐCS.",
            "2018-2023",
            [(10000, "2018-2023"), (900, "2023")],
        ),
        (
            "Nhiệm kỳ 2018-2023 kết nạp 9.500 đoàn viên; tính đến ngày 30 tháng 6 năm 2022 có "
            "48.000 đoàn viên.",
            "2018-2023",
            [(9500, "2018-2023"), (48000, "2022")],
        ),
        (
            "Nhiệm kỳ 2008-2013 thành lập 81 CĐCS, đến cuối nhiệm kỳ có hơn 3.200 đoàn viên.",
            "2008-2013",
            [(81, "2008-2013"), (3200, "2013")],
        ),
        ("Tính đến 31/12/2023, toàn huyện có 86 CĐCS.", "2024", [(86, "2023")]),
        ("Tính đến thời điểm 31/12/2022, toàn tỉnh có 900 CĐCS.", "2018-2023", [(900, "2022")]),
        # the term's start is its first year; from its start, the whole term
        ("Đầu nhiệm kỳ 2008-2013, toàn tỉnh có 81 CĐCS.", "2008-2013", [(81, "2008")]),
        ("Từ đầu nhiệm kỳ, kết nạp 3.400 đoàn viên.", "2018-2023", [(3400, "2018-2023")]),
        # a stock has no half-year or quarter: the report's year (real README, `hiện có`)
        ("Tính đến 30/6/2024, toàn huyện có 86 CĐCS.", "2024-H1", [(86, "2024")]),
        # `Đến nay` in a half-year report is that half-year, as a date in it is
        ("Tính đến nay, 52 đoàn viên đã được kết nạp vào Đảng.", "2005-H1", [(52, "2005-H1")]),
        ("Hiện toàn huyện có 86 CĐCS.", "2024-Q3", [(86, "2024")]),
    ],
)
def test_now_and_year_to_date_take_the_reports_period(
    text: str, doc_period: str, expected: list[tuple[float, str]]
) -> None:
    observations, _ = extract("t", text, doc_period)
    assert [(o.value, o.period) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2023 có 5 sáng kiến được tặng Bằng Lao động sáng tạo, nâng tổng số Bằng Lao động "
            "sáng tạo của Tổng công ty lên 21 bằng.",
            [("creative_labour_awards", 5), ("creative_labour_awards", 21)],
        ),
        # a certificate of merit is another award; authors of the same awards are not more
        (
            "Năm 2023 tặng 25 bằng khen và 5 Bằng Lao động sáng tạo.",
            [("creative_labour_awards", 5)],
        ),
        (
            "Năm 2023 trao 30 Bằng Lao động sáng tạo cho 45 tác giả.",
            [("creative_labour_awards", 30)],
        ),
    ],
)
def test_a_bare_bang_counts_the_award_the_sentence_names(
    text: str, expected: list[tuple[str, float]]
) -> None:
    observations, _ = extract("t", text, "2023")
    assert [(o.indicator, o.value) for o in observations] == expected


def test_an_income_breakdown_in_the_next_sentence_keeps_its_sectors() -> None:
    """`Trong đó, ...` after the income: each sector's figure, named by what stands before it
    (`nước ngoài` is foreign, not `over`; the next sentence's sector is not this figure's)."""
    text = (
        "Thu nhập bình quân năm 2023 đạt 7,5 triệu đồng/người/tháng. Trong đó, doanh nghiệp nhà "
        "nước 9,6 triệu đồng/người/tháng; doanh nghiệp có vốn đầu tư nước ngoài 8,1 triệu "
        "đồng/người/tháng; doanh nghiệp dân doanh 6,2 triệu đồng/người/tháng. Ở khu vực hành "
        "chính sự nghiệp, thu nhập bình quân đạt 6,0 triệu đồng/người/tháng."
    )
    observations, _ = extract("t", text, "2023")
    assert [(o.value, o.qualifier, o.subgroup) for o in observations] == [
        (7_500_000, "exact", None),
        (9_600_000, "exact", "state_enterprise"),
        (8_100_000, "exact", "non_state_enterprise"),
        (6_200_000, "exact", "non_state_enterprise"),
        (6_000_000, "exact", "public_sector"),
    ]
    assert {o.indicator for o in observations} == {"avg_income"}


def test_money_spent_after_an_income_sentence_is_not_an_income() -> None:
    text = (
        "Thu nhập bình quân đạt 9,2 triệu đồng/người/tháng. Công đoàn chi 1 tỷ 120 triệu đồng "
        "tổ chức cho 1.850 CNLĐ đi tham quan."
    )
    observations, _ = extract("t", text, "2023")
    assert [(o.indicator, o.value) for o in observations if o.indicator == "avg_income"] == [
        ("avg_income", 9_200_000)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the report's own year stands between the later year and the figure: a result
        (
            "Theo báo cáo về tiền lương, thưởng Tết năm 2024, thu nhập bình quân của người lao "
            "động năm 2023 đạt khoảng 7,5 triệu đồng/người/tháng.",
            [7_500_000],
        ),
        ("Năm 2024, toàn tỉnh kết nạp 3.000 đoàn viên mới.", []),
    ],
)
def test_a_later_year_makes_a_plan_unless_the_reports_year_follows_it(
    text: str, expected: list[float]
) -> None:
    observations, _ = extract("t", text, "2023")
    assert [o.value for o in observations] == expected


def test_a_sentence_opening_with_a_breakdown_speaks_of_it_throughout() -> None:
    text = (
        "Năm 2023, LĐLĐ quận giới thiệu 150 đoàn viên ưu tú cho Đảng. Riêng khối doanh nghiệp "
        "ngoài nhà nước giới thiệu 40 đoàn viên, 25 người được kết nạp."
    )
    observations, _ = extract("t", text, "2023", org_level="district_federation")
    assert [(o.value, o.subgroup) for o in observations] == [
        (150, None),
        (40, "non_state_enterprise"),
        (25, "non_state_enterprise"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Công đoàn Văn phòng UBND tỉnh hiện có 112 đoàn viên.",
        "Năm 2023, Công đoàn cơ quan Tỉnh ủy kết nạp 12 đoàn viên.",
        # a ranking among the country's figures keeps the report's own
        "Năm 2023, Công đoàn công ty dẫn đầu toàn quốc với 1.260 sáng kiến được ghi nhận.",
    ],
)
def test_a_union_named_after_the_body_it_serves_is_its_own(text: str) -> None:
    """The staff union of a people's committee or a Party committee names that body; a
    ranking names the country the report's figure is compared within."""
    observations, _ = extract("t", text, "2023", org_level="grassroots")
    assert observations and all(o.subgroup is None for o in observations)


@pytest.mark.parametrize(
    ("text", "subgroup"),
    [
        ("Năm 2023, Tổng LĐLĐ đã tặng 04 Bằng Lao động sáng tạo cho đoàn viên của ngành.", None),
        ("Năm 2023, 42 cá nhân được Tổng LĐLĐ Việt Nam tặng Bằng Lao động sáng tạo.", None),
        ("Năm 2023, cả nước có 2.500 Bằng Lao động sáng tạo được Tổng LĐLĐ trao.", "other_org"),
    ],
)
def test_the_award_only_the_confederation_gives_is_the_reports_own(
    text: str, subgroup: str | None
) -> None:
    observations, _ = extract("t", text, "2023", org_level="provincial_sector")
    assert [(o.indicator, o.subgroup) for o in observations] == [
        ("creative_labour_awards", subgroup)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a territorial Party committee admits all its new members, not only union members
        "Cũng trong năm 2023, Đảng bộ quận Thanh Xuân kết nạp 420 đảng viên mới.",
        "Năm 2023, Đảng bộ Khối doanh nghiệp tỉnh đã phát triển 5.210 đảng viên mới.",
        # a digest's item headline names its federation before a colon
        "LĐLĐ tỉnh Quảng Bình: Trao 8 nhà “Mái ấm Công đoàn”\nNgày 2/7, trao nhà cho đoàn viên.",
        # ... and a list's item so headed is that body's in every clause, however far
        "- LĐLĐ tỉnh Hà Tĩnh: kết nạp mới 3.115 đoàn viên; thành lập mới 27 CĐCS; trao 12 nhà "
        "“Mái ấm Công đoàn”.",
        "- LĐLĐ tỉnh Nghệ An và LĐLĐ tỉnh Hà Tĩnh: kết nạp lần lượt 4.120 và 3.115 đoàn viên.",
        # the whole system is the confederation's
        "Cũng theo Tổng Liên đoàn, toàn hệ thống tổ chức 11.500 cuộc đối thoại tại nơi làm việc.",
        # the state's insurance, labour office or people's committee pays its own benefits
        "Năm 2023, BHXH tỉnh đã chi trợ cấp một lần cho 1.530 người lao động, số tiền 45 tỷ đồng.",
        "Năm 2023, Cơ quan BHXH huyện đã hỗ trợ 320 lao động với số tiền 900 triệu đồng.",
        "UBND thị xã hỗ trợ 86 lao động mất việc, mỗi người 2 triệu đồng, tổng 172 triệu đồng.",
        # ... the body's place in brackets after its name
        "Huyện ủy huyện Krông Pắc, (Đắk Lắk) trao tặng 30 phần quà cho nữ công nhân.",
    ],
)
def test_another_bodys_figure_is_marked_other_org(text: str) -> None:
    observations, _ = extract(
        "t", text, "2023", org_level="district_federation", province="Quảng Trị"
    )
    assert observations and {o.subgroup for o in observations} == {"other_org"}


SPACE_TABLE_NARROW_COLUMNS = """BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2023

TT  Chỉ tiêu                              ĐVT        KH      TH      % KH
1   Kết nạp đoàn viên mới                 người      200     236     118,0
2   Doanh nghiệp tổ chức Hội nghị NLĐ     %          90      95,5    106,1
3   Sáng kiến được công nhận              sáng kiến  40      52      130,0
"""


def test_a_space_aligned_table_with_columns_two_spaces_apart() -> None:
    """`TT  Chỉ tiêu` and `sáng kiến  40` ran into one cell: the header and a row then had
    a cell fewer than the others, and plan, result and rate were all read as results."""
    observations, _ = extract("t", clean(SPACE_TABLE_NARROW_COLUMNS, False).text, "2023")
    assert [(o.indicator, o.value, o.target) for o in observations] == [
        ("new_members", 236, 200),
        ("worker_conference_rate", 95.5, 90),
        ("initiatives", 52, 40),
    ]


# Hostile round 35: a body named after the item's colon (the report's own) gave its figure
# to the item's head.
# Hostile round 36: one gift beside money said after it, or given to each, is no count.
@pytest.mark.parametrize(
    "text",
    [
        "Năm 2024, trao 1 phần quà và 500.000 đồng tiền mặt cho 62 đoàn viên ốm đau.",
        "Năm 2024, tặng 1 phần quà cho mỗi đoàn viên nữ của công ty.",
    ],
)
def test_one_gift_for_each_is_no_count_of_gifts(text: str) -> None:
    observations, _ = extract("t", text, "2024")
    assert ("gifts", 1) not in {(o.indicator, o.value) for o in observations}


def test_a_body_named_inside_an_item_keeps_its_figure() -> None:
    text = (
        "- Tổng LĐLĐ Việt Nam: năm 2023 cả nước kết nạp 1.100.000 đoàn viên; riêng LĐLĐ tỉnh "
        "Quảng Trị kết nạp 5.200 đoàn viên."
    )
    observations, _ = extract(
        "t", text, "2023", org_level="provincial_federation", province="Quảng Trị"
    )
    assert [(o.value, o.subgroup) for o in observations] == [
        (1_100_000, "other_org"),
        (5_200, None),
    ]
    # ... right after the colon too
    near = "- LĐLĐ tỉnh Hà Tĩnh: LĐLĐ tỉnh Quảng Trị hỗ trợ 30 đoàn viên với 60 triệu đồng."
    observations, _ = extract(
        "t", near, "2023", org_level="provincial_federation", province="Quảng Trị"
    )
    assert [(o.value, o.subgroup) for o in observations] == [(30, None), (60e6, None)]


def test_the_body_above_heading_a_line_is_the_site_not_another_bodys_item() -> None:
    text = (
        "LĐLĐ tỉnh Đắk Lắk: LĐLĐ huyện Cư M'gar trao 2 nhà “Mái ấm Công đoàn”\n"
        "Ngày 15/8, LĐLĐ huyện bàn giao nhà."
    )
    observations, _ = extract(
        "t", text, "2023", org_level="district_federation", province="Đắk Lắk"
    )
    assert [(o.value, o.subgroup) for o in observations] == [(2, None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # no year of its own: the level the change started from is an earlier one
        ("Số đoàn viên tăng từ 5.742 người lên 6.015 người.", {("members", 6015, "2023")}),
        (
            "Tỷ lệ doanh nghiệp tổ chức Hội nghị người lao động từ 80% lên 91%.",
            {("worker_conference_rate", 91, "2023")},
        ),
        # `từ ... lên đến` with no change verb is a range, not a change: both stand
        (
            "Tỷ lệ doanh nghiệp tổ chức Hội nghị người lao động từ 80% lên đến 91% tùy khối.",
            {("worker_conference_rate", 80, "2023"), ("worker_conference_rate", 91, "2023")},
        ),
        # each end dated: both stand, each in its year
        (
            "Tổng số đoàn viên từ 5.742 người năm 2022 tăng lên 6.015 người năm 2023.",
            {("members", 5742, "2022"), ("members", 6015, "2023")},
        ),
        # a year after a comma opens the next clause: it is not the year of the figure before
        (
            "Số CĐCS trực thuộc năm 2022 là 96, năm 2023 tăng lên 101 CĐCS.",
            {("grassroots_unions", 96, "2022"), ("grassroots_unions", 101, "2023")},
        ),
    ],
)
def test_a_change_with_both_ends_gives_the_level_reached(
    sentence: str, expected: set[tuple[str, float, str]]
) -> None:
    observations, mentions = extract("t", clean(sentence, is_html=False).text, "2023")
    assert {(o.indicator, o.value, o.period) for o in observations} == expected
    if len(expected) == 1:
        assert [m.reason for m in mentions if m.status == "excluded"] == ["change_start"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Số CĐCS năm 2022 là 96, năm 2023 là 101.",
            {("grassroots_unions", 96, "2022"), ("grassroots_unions", 101, "2023")},
        ),
        (
            "Số đoàn viên năm 2022: 5.742; năm 2023: 6.015.",
            {("members", 5742, "2022"), ("members", 6015, "2023")},
        ),
        # a noun of another kind is no item of the series
        ("Số CĐCS năm 2022 là 96, năm 2023 là 1.200 người.", {("grassroots_unions", 96, "2022")}),
        # the last item after `và`, with the series' own noun
        (
            "Trong đó, năm 2022 kết nạp 176 đoàn viên; năm 2023 là 204 đoàn viên và năm 2024 là "
            "231 đoàn viên.",
            {
                ("new_members", 176, "2022"),
                ("new_members", 204, "2023"),
                ("new_members", 231, "2024"),
            },
        ),
        # the series' indicator, not the noun earlier in the sentence
        (
            "Kết nạp mới năm 2022 là 318 đoàn viên, năm 2023 là 402.",
            {("new_members", 318, "2022"), ("new_members", 402, "2023")},
        ),
    ],
)
def test_a_series_by_period_carries_its_indicator(
    sentence: str, expected: set[tuple[str, float, str]]
) -> None:
    observations, _ = extract("t", clean(sentence, is_html=False).text, "2021-2024")
    assert {(o.indicator, o.value, o.period) for o in observations} == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- Phát triển đoàn viên: đến 31/10 kết nạp 96 đoàn viên mới; ước thực hiện cả năm "
            "115 đoàn viên.",
            {("new_members", 96), ("new_members", 115)},
        ),
        (
            "- Chăm lo đời sống: đến 31/10 đã thăm hỏi 342 lượt đoàn viên; ước cả năm khoảng 400 "
            "lượt đoàn viên.",
            {("welfare_beneficiaries", 342), ("welfare_beneficiaries", 400)},
        ),
    ],
)
def test_a_label_opening_a_line_names_what_each_of_its_clauses_counts(
    line: str, expected: set[tuple[str, float]]
) -> None:
    observations, _ = extract("t", clean(line, is_html=False).text, "2024")
    assert {(o.indicator, o.value) for o in observations} == expected


@pytest.mark.parametrize(
    "line",
    [
        # a clause with a verb of its own says what it counts: the label does not
        "- Phát triển đoàn viên: kết nạp 300 đoàn viên; có 85 đoàn viên nghỉ hưu.",
        "- Phát triển đoàn viên: kết nạp 300 đoàn viên; khen thưởng 45 đoàn viên.",
    ],
)
def test_a_label_opening_a_line_leaves_a_clause_with_its_own_verb(line: str) -> None:
    observations, _ = extract("t", clean(line, is_html=False).text, "2024")
    assert {(o.indicator, o.value) for o in observations} == {("new_members", 300)}


def test_a_label_opening_a_line_is_no_wording_for_the_lines_below() -> None:
    text = "Phát triển đoàn viên:\nTổ chức 115 cuộc đối thoại với người lao động."
    observations, _ = extract("t", clean(text, is_html=False).text, "2024")
    assert "new_members" not in {o.indicator for o in observations}


@pytest.mark.parametrize(
    ("level", "subgroup"), [("national_sector", None), ("provincial_federation", "other_org")]
)
def test_the_whole_system_is_a_national_sector_unions_own(level: str, subgroup: str | None) -> None:
    text = "Năm 2023, toàn hệ thống có 196 CĐCS với 87.300 đoàn viên."
    observations, _ = extract("t", text, "2023", org_level=level)
    assert {o.subgroup for o in observations} == {subgroup}


def test_a_markdown_table_with_year_columns_and_a_ratio_column() -> None:
    text = (
        "| TT | Nội dung | ĐVT | Năm 2023 | Năm 2024 | Tỷ lệ (%) |\n"
        "|----|----------|-----|---------:|---------:|----------:|\n"
        "| 1 | Kết nạp đoàn viên mới | người | 140 | 175 | 125,0 |\n"
        "| 2 | Số tiền thăm hỏi, trợ cấp | triệu đồng | 120,5 | 154,5 | 128,2 |"
    )
    observations, _ = extract("t", clean(text, is_html=False).text, "2024")
    assert {(o.indicator, o.value, o.period) for o in observations} == {
        ("new_members", 140, "2023"), ("new_members", 175, "2024"),
        ("welfare_value", 120.5e6, "2023"), ("welfare_value", 154.5e6, "2024"),
    }  # fmt: skip


@pytest.mark.parametrize(
    "header",
    [
        "| Đơn vị | Đoàn viên mới | DN tổ chức HN NLĐ (%) |",
        # ruled and padded with spaces, as a plain-text table is
        "Đơn vị              | Đoàn viên mới | DN tổ chức HN NLĐ (%)",
    ],
)
def test_a_table_of_units_with_a_rate_column_counts_its_total_row(header: str) -> None:
    rows = (
        "| CĐ ngành Xây dựng | 175 | 92,5 |\n| CĐ ngành Giao thông | 210 | 95,0 |\n"
        "| Toàn Khối | 385 | 93,8 |"
    )
    text = clean(f"Kết quả năm 2024 của các đơn vị:\n\n{header}\n{rows}", is_html=False).text
    observations, _ = extract("t", text, "2024", org_level="bloc")
    assert {(o.indicator, o.value) for o in observations} == {
        ("new_members", 385),
        ("worker_conference_rate", 93.8),
    }


def test_money_after_a_bracket_of_parts_is_the_totals() -> None:
    text = (
        "Năm 2024, LĐLĐ tỉnh đã hỗ trợ xây mới và sửa chữa 32 nhà “Mái ấm Công đoàn” (gồm 25 "
        "nhà xây mới, 7 nhà sửa chữa) với tổng số tiền hỗ trợ 1,7 tỷ đồng."
    )
    observations, _ = extract("t", clean(text, is_html=False).text, "2024")
    money = [o for o in observations if o.unit == "VND"]
    assert [(o.indicator, o.value, "part" in o.flags) for o in money] == [
        ("union_shelter_value", 1.7e9, False)
    ]


def test_a_broadcasters_reports_are_another_bodys_and_a_partners_are_ours() -> None:
    text = (
        "Đài Truyền hình tỉnh phát 3 phóng sự về Công ty; trang tin của Công đoàn đăng 40 tin, "
        "bài. Công đoàn phối hợp với Đài Phát thanh tỉnh thực hiện 12 phóng sự."
    )
    observations, _ = extract("t", clean(text, is_html=False).text, "2024")
    assert {(o.value, o.subgroup) for o in observations if o.indicator == "media_posts"} == {
        (3, "other_org"),
        (40, None),
        (12, None),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Giới thiệu 18 đoàn viên ưu tú cho Đảng; 11 đồng chí đã được kết nạp, 7 đồng chí đang chờ "
        "quyết định.",
        "Giới thiệu 18 đoàn viên ưu tú cho Đảng; 11 đồng chí đã được kết nạp Đảng, 7 đồng chí "
        "đang hoàn thiện hồ sơ.",
    ],
)
def test_people_still_waiting_are_not_admitted(text: str) -> None:
    observations, _ = extract("t", text, "2024")
    assert {(o.indicator, o.value) for o in observations} == {
        ("party_referrals", 18),
        ("party_admissions", 11),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Phát triển đoàn viên: LĐLĐ tỉnh giao chỉ tiêu 380 đoàn viên, LĐLĐ huyện đã kết nạp "
            "402 đoàn viên.",
            ("new_members", 402, 380),
        ),
        ("Thành lập CĐCS: kế hoạch 2 CĐCS, đã thành lập 3 CĐCS.", ("new_grassroots_unions", 3, 2)),
        (
            "Giới thiệu đoàn viên ưu tú cho Đảng: chỉ tiêu 25 người, thực hiện 29 người.",
            ("party_referrals", 29, 25),
        ),
        (
            "Kế hoạch giao phát triển 3.000 đoàn viên, thực hiện 3.412 đoàn viên.",
            ("new_members", 3412, 3000),
        ),
        (
            "Thu quỹ Mái ấm Công đoàn: kế hoạch 1,2 tỷ đồng, thực hiện 1,35 tỷ đồng.",
            ("union_shelter_fund", 1_350_000_000, 1_200_000_000),
        ),
        (
            "Giới thiệu đoàn viên ưu tú cho Đảng: chỉ tiêu 30 người, đã giới thiệu 34 người.",
            ("party_referrals", 34, 30),
        ),
        (
            'Vận động Quỹ "Mái ấm Công đoàn": chỉ tiêu 250 triệu đồng, đã vận động được 286,4 '
            "triệu đồng (đạt 114,6%).",
            ("union_shelter_fund", 286_400_000, 250_000_000),
        ),
        # a rate after the label's plan: `đạt tỷ lệ` says nothing of its own
        (
            "Chỉ tiêu tổ chức Hội nghị người lao động: kế hoạch 90% doanh nghiệp có CĐCS tổ chức; "
            "kết quả có 41/44 doanh nghiệp tổ chức, đạt tỷ lệ 93,2%.",
            ("worker_conference_rate", 93.2, None),
        ),
    ],
)
def test_a_plan_written_before_its_result_is_its_target(
    text: str, expected: tuple[str, float, float]
) -> None:
    observations, _ = extract("t", text, "2024")
    assert [(o.indicator, o.value, o.target) for o in observations] == [expected]


@pytest.mark.parametrize(
    ("text", "doc_period", "expected"),
    [
        (
            "Thăm hỏi 64 lượt đoàn viên ốm đau (cùng kỳ: 51 lượt).",
            "2024-H1",
            [(64, "2024-H1"), (51, "2023-H1")],
        ),
        (
            "Kết nạp 210 đoàn viên (cùng kỳ năm trước kết nạp 185 đoàn viên). Thành lập 4 CĐCS.",
            "2024",
            [(210, "2024"), (185, "2023"), (4, "2024")],
        ),
        (
            "Kết nạp 210 đoàn viên (cùng kỳ năm 2022: 185 đoàn viên).",
            "2024-Q1",
            [(210, "2024-Q1"), (185, "2022-Q1")],
        ),
        (
            "Thăm hỏi 188 lượt đoàn viên (năm trước 170 lượt). Thành lập 4 CĐCS.",
            "2024",
            [(188, "2024"), (170, "2023"), (4, "2024")],
        ),
    ],
)
def test_a_bracket_of_the_same_part_of_last_year_is_last_years(
    text: str, doc_period: str, expected: list[tuple[float, str]]
) -> None:
    observations, _ = extract("t", text, doc_period)
    assert [(o.value, o.period) for o in observations] == expected


# Hostile round 25: `năm nay`, `năm học này` are the report's own year even after another
# year in the sentence (`Năm 2023 kết nạp 380 đoàn viên; năm nay kết nạp 420` gave 420 to
# 2023), and a school-year report's `năm học trước` is the school year before (its bracket
# was read as the report's own, 2024-2025).
@pytest.mark.parametrize(
    ("text", "doc_period", "expected"),
    [
        ("Năm 2023 kết nạp 380 đoàn viên; năm nay kết nạp 420 đoàn viên.", "2024",
         [(380, "2023"), (420, "2024")]),
        ("Năm 2023 kết nạp 380 đoàn viên, trong năm nay đã kết nạp 420 đoàn viên.", "2024",
         [(380, "2023"), (420, "2024")]),
        ("Năm học 2023-2024 kết nạp 380 đoàn viên; năm học này kết nạp 420 đoàn viên.",
         "2024-2025", [(380, "2023-2024"), (420, "2024-2025")]),
        ("So với năm học trước (kết nạp 380 đoàn viên), năm học 2024-2025 kết nạp 420 đoàn viên.",
         "2024-2025", [(380, "2023-2024"), (420, "2024-2025")]),
        # (`nhiều năm nay`: these many years, no year of its own)
        ("Năm 2023 kết nạp 380 đoàn viên; mấy năm nay đã thành lập 12 CĐCS.", "2024",
         [(380, "2023"), (12, "2023")]),
    ],
)  # fmt: skip
def test_this_year_and_the_school_year_before_are_read_as_the_reports(
    text: str, doc_period: str, expected: list[tuple[float, str]]
) -> None:
    observations, _ = extract("t", text, doc_period)
    assert [(o.value, o.period) for o in observations] == expected


# Hostile round 25: a year's report written in January of the next year tells what was done
# then (`Tháng 01 năm 2025, các cấp công đoàn đã tặng 18.000 suất quà Tết`): a later year
# told as done is that year's figure, not a plan; told with a plan word, or in a report
# published before that year, it is still a plan.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Tháng 01 năm 2025, các cấp công đoàn đã tặng 18.000 suất quà Tết.", None,
         [(18_000, "2025")]),
        ("Tháng 01 năm 2025, các cấp công đoàn đã tặng 18.000 suất quà Tết.",
         dt.date(2025, 1, 20), [(18_000, "2025")]),
        ("Tháng 01 năm 2025, các cấp công đoàn đã tặng 18.000 suất quà Tết.",
         dt.date(2024, 12, 20), []),
        ("Năm 2025, LĐLĐ tỉnh đã đề ra chỉ tiêu kết nạp 5.000 đoàn viên.", None, []),
        ("Năm 2025, kết nạp 5.000 đoàn viên, thành lập 40 CĐCS.", None, []),
    ],
)  # fmt: skip
def test_a_later_year_told_as_done_is_that_years_figure(
    text: str, published: dt.date | None, expected: list[tuple[float, str]]
) -> None:
    observations, _ = extract("t", text, "2024", published=published)
    assert [(o.value, o.period) for o in observations] == expected


def test_the_lines_of_a_list_above_a_total_are_its_parts() -> None:
    text = (
        "Chăm lo Tết cho đoàn viên:\n"
        "- Tặng quà: 960 suất, 288 triệu đồng.\n"
        "- Hỗ trợ vé tàu xe: 85 đoàn viên, 42,5 triệu đồng.\n\n"
        "3. Thăm hỏi\n"
        "- Thăm hỏi đoàn viên ốm đau: 40 lượt, 20 triệu đồng.\n"
        "Tổng cộng chăm lo cho 1.085 lượt đoàn viên với tổng số tiền 350,5 triệu đồng.\n"
        "Thăm hỏi 12 đoàn viên, số tiền 6 triệu đồng."
    )
    observations, _ = extract("t", text, "2024")
    parts = {(o.indicator, o.value) for o in observations if "part" in o.flags}
    assert parts == {
        ("welfare_value", 288_000_000),
        ("welfare_beneficiaries", 85),
        ("welfare_value", 42_500_000),
        ("welfare_beneficiaries", 40),
        ("welfare_value", 20_000_000),
    }


def test_a_conference_rate_read_past_a_long_subject() -> None:
    observations, _ = extract(
        "t",
        "Có 100% cơ quan, đơn vị hành chính sự nghiệp thuộc phạm vi huyện quản lý đã tổ chức "
        "Hội nghị cán bộ, công chức, viên chức.",
        "2024",
    )
    assert [(o.indicator, o.value) for o in observations] == [("staff_conference_rate", 100)]


SPACE_TABLE_LABEL_INTO_UNIT = """BIỂU TỔNG HỢP KẾT QUẢ NĂM 2024
TT  Nội dung                                    ĐVT          Kế hoạch   Thực hiện   Tỷ lệ (%)
1   Kết nạp đoàn viên mới                       người            25          38       152,0
2   Sáng kiến, cải tiến kỹ thuật được công nhận sáng kiến        30          41       136,7
3   Giới thiệu ĐV ưu tú cho Đảng                người             8          11       137,5
"""


def test_a_row_whose_label_ran_into_the_unit_column_keeps_its_figures_columns() -> None:
    observations, _ = extract("t", clean(SPACE_TABLE_LABEL_INTO_UNIT, False).text, "2024")
    assert [(o.indicator, o.value, o.target) for o in observations] == [
        ("new_members", 38, 25),
        ("initiatives", 41, 30),
        ("party_referrals", 11, 8),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "- ĐV/CNLĐ: 12.480/13.950.",
        "- ĐV: 12.480/13.950 CNLĐ.",
        "Tổng số đoàn viên/CNLĐ: 12.480/13.950.",
    ],
)
def test_a_label_names_what_each_side_of_a_pair_counts(line: str) -> None:
    observations, _ = extract("t", line, "2024")
    assert [(o.indicator, o.value) for o in observations] == [
        ("members", 12480),
        ("workers", 13950),
    ]


def test_people_waiting_for_help_are_not_yet_helped() -> None:
    observations, _ = extract(
        "t",
        "Ở khu nhà trọ xã Tân Phú, hơn 12 CN của Công ty Hòa Bình háo hức chờ nhận quà. "
        "Hơn 200 đoàn viên đang chờ nhận hỗ trợ từ Quỹ Xã hội. Công đoàn đã thăm hỏi 120 đoàn viên "
        "ốm đau.",
        "2024",
    )
    assert [(o.indicator, o.value) for o in observations] == [("welfare_beneficiaries", 120)]


def test_a_total_spread_over_units_is_a_total() -> None:
    observations, _ = extract(
        "t",
        "Công đoàn các doanh nghiệp cũng trao quà cho công nhân làm việc dịp Tết tại mỗi đơn vị "
        "với tổng kinh phí là 300 triệu đồng.",
        "2024",
    )
    assert [(o.indicator, o.value) for o in observations] == [("welfare_value", 300_000_000)]


def test_a_plan_that_counts_something_else_is_not_the_figures_target() -> None:
    observations, _ = extract(
        "t",
        "Năm 2024 kết nạp 6.240 đoàn viên, thành lập 31 CĐCS, đạt 124,8% kế hoạch (5.000 đoàn "
        "viên). Phát triển mới 1.500 đoàn viên (chỉ tiêu 1.200 người).",
        "2024",
    )
    assert [(o.indicator, o.value, o.target) for o in observations] == [
        ("new_members", 6240, None),
        ("new_grassroots_unions", 31, None),
        ("new_members", 1500, 1200),
    ]


# How reports say things that the blind probes 12 and 13 (2026-12-02) taught.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an allowance or a price per head and month is no income and no sum of money
        (
            "Thu nhập bình quân đạt 7,6 triệu đồng/người/tháng. Nhiều doanh nghiệp hỗ trợ tiền "
            "xăng xe, nhà ở từ 200.000 đến 400.000 đồng/người/tháng.",
            {("avg_income", 7_600_000)},
        ),
        (
            "Công đoàn hỗ trợ 500.000 đồng/người/tháng cho 20 đoàn viên.",
            {("welfare_beneficiaries", 20)},
        ),
        # the top and the bottom are no average; the top sector's average is one
        (
            "Thu nhập bình quân đạt 7,6 triệu đồng/người/tháng. Người lao động có thu nhập cao "
            "nhất 25 triệu đồng/tháng, thấp nhất 4,1 triệu đồng/tháng.",
            {("avg_income", 7_600_000)},
        ),
        (
            "Mức thu nhập phổ biến từ 7 đến 10 triệu đồng/người/tháng.",
            set(),
        ),
        (
            "Doanh nghiệp nhà nước có mức thu nhập bình quân cao nhất với 10,5 triệu "
            "đồng/người/tháng.",
            {("avg_income", 10_500_000)},
        ),
        (
            "Thu nhập bình quân (kể cả phụ cấp) đạt 7,2 triệu đồng/người/tháng.",
            {("avg_income", 7_200_000)},
        ),
        # portions are gifts, not people
        (
            "Tặng quà Tết cho đoàn viên: 1.450 suất, tổng trị giá 580 triệu đồng.",
            {("gifts", 1450), ("gift_value", 580_000_000)},
        ),
        ("Đoàn viên có hoàn cảnh đặc biệt khó khăn: 72 suất, mỗi suất 1 triệu đồng.", set()),
        # the price times the count: the price is per portion
        (
            "- Quà cho công nhân thuê trọ: 300 suất x 200.000 đồng = 60 triệu đồng.",
            {("gifts", 300)},
        ),
        (
            "Hỗ trợ 25 trường hợp × 2 triệu đồng = 50 triệu đồng.",
            {("welfare_beneficiaries", 25), ("welfare_value", 50_000_000)},
        ),
        # every item of a list after a change word is a change
        (
            "Hiện có 64 CĐCS với 2.870 đoàn viên, tăng 3 CĐCS và 240 đoàn viên so với năm 2023.",
            {("grassroots_unions", 64), ("members", 2870)},
        ),
        ("Tăng 5 CĐCS, 320 đoàn viên và 400 CNLĐ so với năm 2022.", set()),
        (
            "Kết nạp 300 đoàn viên, tăng 20% và thành lập 5 CĐCS.",
            {("new_members", 300), ("new_grassroots_unions", 5)},
        ),
        # the total a flow raised is a stock
        (
            "Trong năm kết nạp 300 đoàn viên, nâng tổng số lên 5.000 đoàn viên.",
            {("new_members", 300), ("members", 5000)},
        ),
        (
            "Trong năm thành lập 3 CĐCS, nâng tổng số lên 64 CĐCS với 2.870 đoàn viên.",
            {("new_grassroots_unions", 3), ("grassroots_unions", 64), ("members", 2870)},
        ),
        # a quick report's abbreviations
        (
            "- SK được công nhận: 46 SK, làm lợi 2,1 tỷ đ.",
            {("initiatives", 46), ("initiative_value", 2_100_000_000)},
        ),
        ("- HNNLĐ: 58/61 DN (95,1%).", {("worker_conference_rate", 95.1)}),
        ("Tổ chức khám SK định kỳ cho 2.634 người lao động.", set()),
        # an aside in brackets does not break a list of stocks
        (
            "LĐLĐ huyện quản lý 96 CĐCS (giảm 3 CĐCS do sáp nhập, giải thể một số trường học và "
            "hợp tác xã) với 3.874 đoàn viên/4.102 CNVCLĐ.",
            {("grassroots_unions", 96), ("members", 3874), ("workers", 4102)},
        ),
        # the education sector's workforce
        (
            "Toàn ngành có 11.842 đoàn viên trên tổng số 12.015 cán bộ, nhà giáo, người lao động.",
            {("members", 11842), ("workers", 12015)},
        ),
        ("Ngành Giáo dục có 15.320 CBNGNLĐ.", {("workers", 15320)}),
        # points of an emulation score are no members, whatever the label says
        ("- Công đoàn Viên chức tỉnh: 95 điểm.", set()),
        # each district's range is no total
        (
            "Toàn tỉnh kết nạp 9.850 đoàn viên; mỗi huyện kết nạp từ 150 đến 600 đoàn viên. Xây "
            'mới 22 nhà "Mái ấm Công đoàn", mỗi huyện từ 1 đến 3 nhà.',
            {("new_members", 9850), ("union_shelter_houses", 22)},
        ),
        # two rates sharing one conference
        (
            "Có 97,5% doanh nghiệp nhà nước và 68,2% doanh nghiệp ngoài nhà nước tổ chức Hội nghị "
            "người lao động.",
            {("worker_conference_rate", 97.5), ("worker_conference_rate", 68.2)},
        ),
        ("Lượt đọc: 3.418", set()),
        # `hiện nay` after a plan of the coming school year states the present
        (
            "Hội nghị tổng kết năm học 2023-2024, triển khai nhiệm vụ năm học 2024-2025, theo báo "
            "cáo thì hiện nay Công đoàn ngành có 212 công đoàn cơ sở với 11.480 đoàn viên.",
            {("grassroots_unions", 212), ("members", 11480)},
        ),
        # an item after a semicolon that names its own year is no plan
        (
            "Nhân dịp này, Tổng công ty dự kiến thưởng Tết bình quân 9 triệu đồng/người; thu nhập "
            "bình quân năm 2024 của người lao động đạt 9,6 triệu đồng/người/tháng.",
            {("avg_income", 9_600_000)},
        ),
        # money given into the Mái ấm fund after a line of gifts is raised, no gifts' value
        (
            "- Năm 2024, tặng quà Tết Trung thu cho con đoàn viên với 42 suất quà.\n- Vận động "
            "đoàn viên ủng hộ Quỹ “Mái ấm Công đoàn” 1 ngày lương, tổng số tiền 9.850.000 đồng.",
            {("gifts", 42), ("union_shelter_fund", 9_850_000)},
        ),
        # the members a congress's delegates speak for, told through their will and minds
        (
            "Năm 2023, 420 đại biểu đại diện cho ý chí, nguyện vọng và trí tuệ của hơn 96 nghìn "
            "đoàn viên toàn tỉnh dự Đại hội.",
            {("members", 96_000)},
        ),
        # what a body founded is made of is no union founded
        ("Năm 2025, LĐLĐ tỉnh Lào Cai mới được thành lập, với 2.310 CĐCS trực thuộc.", set()),
        # people a figure opening its clause counts, still to get what follows
        ("Gần 1.500 công nhân, viên chức của huyện sẽ được khám sức khỏe trong tháng tới.", set()),
        (
            "Năm 2024, 500 công nhân được nhận quà Tết, năm sau sẽ tiếp tục.",
            {("welfare_beneficiaries", 500)},
        ),
        # a plan word further into a list's first item, only dates before it, governs the list
        (
            "Tại lễ mít tinh hưởng ứng Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao "
            "động năm 2023 diễn ra vào sáng 3-5 tại nhà văn hóa tỉnh, LĐLĐ tỉnh sẽ biểu dương 40 "
            "công nhân tiêu biểu; trao hỗ trợ cho 25 công nhân bị tai nạn lao động.",
            set(),
        ),
        # ... but a yearly rate names none: still an item of the plans listed
        (
            "Đại hội thống nhất các chỉ tiêu nhiệm kỳ 2023-2028: phấn đấu kết nạp ít nhất 30.000 "
            "đoàn viên; mỗi năm có ít nhất 2.000 sáng kiến được công nhận.",
            set(),
        ),
        # people given one gift each are the count of gifts; `nam`, like `nữ`, only says who
        (
            "Dịp này, Công đoàn ngành đã tới thăm 64 nam công nhân bị bệnh nặng, mỗi người "
            "được nhận 01 suất quà trị giá 800.000 đồng.",
            {("gifts", 64)},
        ),
        (
            "Ban Nữ công tặng quà 120 nữ đoàn viên có hoàn cảnh khó khăn, mỗi chị một phần quà.",
            {("welfare_beneficiaries", 120)},
        ),
        (
            "Thăm hỏi 37 đoàn viên ốm đau, mỗi người 2 suất quà.",
            {("welfare_beneficiaries", 37)},
        ),
        ("Kết nạp 45 đoàn viên mới, mỗi người một phần quà lưu niệm.", {("new_members", 45)}),
        # care counted by the portions of support handed over, one each
        (
            "Năm 2023, trao 418 suất trợ cấp cho đoàn viên khó khăn.",
            {("welfare_beneficiaries", 418)},
        ),
        # lessons are no articles
        ("Năm 2023, tổ chức 7 bài học lý luận chính trị cho đoàn viên.", set()),
        # one gift beside money is what each one got, no count of gifts; children (`trẻ em`)
        # helped are people cared for
        (
            "Năm 2024, 720 trẻ em là con công nhân được tặng 800.000 đồng tiền mặt cùng 1 phần quà.",
            {("welfare_beneficiaries", 720)},
        ),
        (
            "Năm 2024, công nhân được thưởng 1,5 tháng lương, kèm một phần quà trị giá 400.000 "
            "đồng.",
            set(),
        ),
        # bodies counted against all of them in a sentence naming a workplace conference, no
        # rate written: the share that held one, reckoned; a written rate stands alone
        ("Năm 2023, 17/17 đơn vị HCSN tổ chức Hội nghị CBCCVC.", {("staff_conference_rate", 100)}),
        (
            "Năm 2023, 27/36 doanh nghiệp đã tổ chức Hội nghị NLĐ.",
            {("worker_conference_rate", 75)},
        ),
        (
            "Năm 2023, 32/38 doanh nghiệp tổ chức Hội nghị NLĐ (đạt 84,2%).",
            {("worker_conference_rate", 84.2)},
        ),
        ("Năm 2023, thành lập 8/5 CĐCS, đạt 160%.", {("new_grassroots_unions", 8)}),
        # (not a share of another deed after the conference's clause, nor units told to hold one)
        ("Có 28 đơn vị tổ chức Hội nghị NLĐ, trong đó 21/28 đơn vị tổ chức đối thoại.", set()),
        (
            "Năm 2023, LĐLĐ chỉ đạo 42/47 đơn vị trực thuộc phối hợp tổ chức Hội nghị CBCCVC.",
            set(),
        ),
        (
            "Năm 2023, có 86/112 CĐCS đã ký kết TƯLĐTT; 97% doanh nghiệp tổ chức Hội nghị người "
            "lao động.",
            {("collective_agreements", 86), ("worker_conference_rate", 97)},
        ),
        # a plan's year, then an earlier one: what follows is that year's result
        (
            "Tại hội nghị tổng kết năm 2023 và triển khai phương hướng nhiệm vụ năm 2024, ông "
            "Hùng cho biết, năm 2023, Công đoàn huyện đã chăm lo cho 1.245 đoàn viên.",
            {("welfare_beneficiaries", 1_245)},
        ),
        # a group agreement counts itself, not the firms it covers or groups; a grade is no
        # count of agreements
        (
            "Năm 2024, ký kết được 6 bản TƯLĐTT nhóm doanh nghiệp, bao phủ 148 doanh nghiệp; "
            "trong đó có TƯLĐTT nhóm 11 doanh nghiệp may.",
            {("collective_agreements", 6)},
        ),
        (
            "Năm 2023, ký mới, ký lại 214 bản TƯLĐTT, trong đó 37 bản được đánh giá loại A.",
            {("collective_agreements", 214)},
        ),
        # a part named by who its people are, with no breakdown code (ethnic minorities), is
        # no stock; a part after its noun and breakdown's word, no link, is of that noun
        (
            "Năm 2023, huyện có 2.410 đoàn viên/2.530 CNVCLĐ; trong đó đoàn viên nữ 1.204, đoàn "
            "viên là người dân tộc thiểu số 1.377 người.",
            {("members", 2_410), ("workers", 2_530), ("members", 1_204)},
        ),
        (
            "Năm 2023, công ty có 1.520 lao động, trong đó 640 lao động nữ và 410 lao động là "
            "người dân tộc thiểu số.",
            {("workers", 1_520), ("workers", 640)},
        ),
        # ... and so are children given gifts, their money the gifts' (a date between), but
        # not children visited too, nor given scholarships, nor grown-ups given gifts
        (
            "Năm 2024, công đoàn trường tặng quà nhân ngày 1/6 và Tết Trung thu cho 92 cháu là "
            "con đoàn viên, tổng số tiền 18,4 triệu đồng.",
            {("gifts", 92), ("gift_value", 18_400_000)},
        ),
        # (a gift's worth between is no other figure; turns of children are children)
        (
            "Năm 2024, công đoàn tặng quà trị giá 300.000 đồng/suất cho 55 cháu là con đoàn viên.",
            {("gifts", 55)},
        ),
        ("Năm 2024, công đoàn tặng quà cho 940 lượt cháu nhân dịp 1/6.", {("gifts", 940)}),
        # (not children a later deed of the sentence counts)
        (
            "Năm 2024, công đoàn tặng quà cho 140 cháu là con đoàn viên và tuyên dương 25 em học "
            "sinh giỏi cấp tỉnh.",
            {("gifts", 140)},
        ),
        (
            "Năm 2024, công đoàn trường đến thăm và tặng quà cho 31 em có hoàn cảnh khó khăn.",
            {("welfare_beneficiaries", 31)},
        ),
        (
            "Năm 2024, công đoàn trường trao học bổng, tặng quà cho 27 cháu học giỏi.",
            {("welfare_beneficiaries", 27)},
        ),
        (
            "Năm 2024, Công đoàn trường tặng quà cho 53 đoàn viên có hoàn cảnh khó khăn.",
            {("welfare_beneficiaries", 53)},
        ),
        # ... its officials named first among them too
        (
            "Đại hội có 215 đại biểu chính thức, đại diện cho hơn 86.000 cán bộ, đoàn viên, người "
            "lao động toàn ngành.",
            {("members", 86_000)},
        ),
        # a body, or its delegates, stand for its members: a stock, not people given something
        (
            "Về dự Đại hội có 180 đại biểu chính thức, đại diện cho hơn 9.400 đoàn viên công "
            "đoàn trong toàn huyện.",
            {("members", 9_400)},
        ),
        # ... what follows tells of the delegates, not of the people they stand for
        (
            "Tham dự Đại hội có 210 đại biểu, đại diện cho gần 8.300 đoàn viên đã về dự.",
            {("members", 8_300)},
        ),
        (
            "Số chiến sĩ thi đua đại diện cho hơn 4 vạn CNVCLĐ toàn ngành được biểu dương dịp "
            "này có 35 nữ CNVCLĐ.",
            {("workers", 40_000)},
        ),
        ("Năm nay, 90 CNLĐ được tuyên dương, trong đó có 28 nữ CNLĐ.", set()),
        # people given a house are the houses, one each; not when the houses are counted, not
        # past a comma, not the people a fund of that name helps
        (
            "Trong quý, 4 đoàn viên nghèo đã được Công đoàn ngành trao Mái ấm Công đoàn.",
            {("union_shelter_houses", 4)},
        ),
        ("Công đoàn hỗ trợ xây Mái ấm Công đoàn cho 2 đoàn viên.", {("union_shelter_houses", 2)}),
        (
            "Trao 3 Mái ấm Công đoàn cho 3 đoàn viên khó khăn về nhà ở.",
            {("union_shelter_houses", 3)},
        ),
        (
            "Thăm hỏi 640 đoàn viên ốm đau, xây Mái ấm Công đoàn cho đoàn viên khó khăn.",
            {("welfare_beneficiaries", 640)},
        ),
        (
            "Quỹ Mái ấm Công đoàn hỗ trợ 25 đoàn viên bị bệnh hiểm nghèo.",
            {("welfare_beneficiaries", 25)},
        ),
        # a hospital's staff in short; money drawn from a fund and given; a sentence about each
        # house up to its total
        ("Cuối năm, bệnh viện có 860 CBVCLĐ.", {("workers", 860)}),
        ("Thăm hỏi 64 lượt CBVC ốm đau.", {("welfare_beneficiaries", 64)}),
        # free health checks and screenings are care
        (
            "Sau buổi lễ, các bác sĩ đã khám và tư vấn sức khỏe cho gần 150 công nhân.",
            {("welfare_beneficiaries", 150)},
        ),
        (
            "LĐLĐ huyện phối hợp tổ chức xét nghiệm sàng lọc bệnh phổi cho 260 công nhân.",
            {("welfare_beneficiaries", 260)},
        ),
        # a fund named before its raising, the houses it built after; loans are no spending
        (
            "Từ năm 2015 đến nay, quỹ đã vận động được 8,2 tỷ đồng, xây mới 140 nhà “Mái ấm CĐ”.",
            {("union_shelter_fund", 8_200_000_000), ("union_shelter_houses", 140)},
        ),
        ("Ngân hàng cho 120 hộ công nhân vay vốn sửa nhà với tổng dư nợ 3,1 tỉ đồng.", set()),
        # money employers owe, after a list item of houses, is no house's cost
        (
            "- Bàn giao 04 nhà Mái ấm Công đoàn cho đoàn viên.\n- Phối hợp kiểm tra, phát hiện 5 "
            "doanh nghiệp nợ đóng BHXH với số tiền trên 9 tỷ đồng.",
            {("union_shelter_houses", 4)},
        ),
        # people helped to build a house are the houses; not after another verb
        (
            "Công đoàn hỗ trợ 4 đoàn viên xây nhà, mỗi trường hợp 40 triệu đồng.",
            {("union_shelter_houses", 4)},
        ),
        (
            "Thăm hỏi 90 đoàn viên ốm đau và hỗ trợ sửa chữa nhà cho đoàn viên.",
            {("welfare_beneficiaries", 90)},
        ),
        # the workers' conference named in the sentence before, `hội nghị` alone by its rate
        (
            "Năm 2024, LĐLĐ huyện chỉ đạo tổ chức Hội nghị người lao động ở các doanh nghiệp có "
            "công đoàn. Đến nay đã có 52/60 doanh nghiệp tổ chức xong hội nghị, đạt 86,7%.",
            {("worker_conference_rate", 86.7)},
        ),
        ("Năm 2024, công ty tổ chức hội nghị tổng kết, 95% đại biểu tán thành.", set()),
        (  # `hội nghị` alone by a rate of offices, or of unions holding another meeting
            "Năm 2024, LĐLĐ tỉnh chỉ đạo tổ chức tốt Hội nghị người lao động ở các doanh nghiệp. "
            "Khu vực hành chính sự nghiệp có 312/318 cơ quan, đơn vị tổ chức xong hội nghị, đạt "
            "98,1%.",
            set(),
        ),
        (  # each conference's share named beside it, the staff one right before
            "Năm 2024, khối đã có 96% cơ quan, đơn vị tổ chức Hội nghị cán bộ, công chức, viên "
            "chức và 78% doanh nghiệp tổ chức Hội nghị người lao động.",
            {("staff_conference_rate", 96), ("worker_conference_rate", 78)},
        ),
        (
            "Năm 2024, đã có 130/145 đơn vị tổ chức được Hội nghị CBCC, VC (chiếm 89,7%).",
            {("staff_conference_rate", 89.7)},
        ),
        # the staff conference named in full at the head, `hội nghị` alone by its rate
        (
            "Việc tổ chức Hội nghị cán bộ, công chức, viên chức năm 2024 tiếp tục được quan tâm: "
            "45/48 cơ quan, đơn vị đã tổ chức hội nghị, đạt tỷ lệ 93,8%.",
            {("staff_conference_rate", 93.8)},
        ),
        # a stock kept through hard years
        (
            "Năm 2024, dù khó khăn, Công đoàn ngành vẫn duy trì 38 CĐCS với 12.400 đoàn viên.",
            {("grassroots_unions", 38), ("members", 12_400)},
        ),
        # units guided, then what they signed; not units shown how
        (
            "LĐLĐ thị xã đã hướng dẫn các CĐCS ký mới và ký lại 17 bản thỏa ước lao động tập thể.",
            {("collective_agreements", 17)},
        ),
        ("Công đoàn ngành hướng dẫn 21 doanh nghiệp xây dựng thỏa ước lao động tập thể.", set()),
        # unions founded in a time told, past a list of their kinds: new ones, part of the stock
        (
            "Toàn tỉnh có 2.410 CĐCS, trong đó 86 công đoàn cơ sở xã, phường được thành lập sau "
            "ngày 1/7.",
            {("grassroots_unions", 2_410), ("new_grassroots_unions", 86)},
        ),
        # ... not units guided across a comma, nor agreements made ready to sign
        (
            "Công đoàn các KCN đã hướng dẫn, hỗ trợ 35 doanh nghiệp xây dựng và thương lượng "
            "thỏa ước lao động tập thể.",
            set(),
        ),
        ("Công đoàn ngành hướng dẫn các CĐCS chuẩn bị ký kết 18 bản TƯLĐTT mới.", set()),
        # unions where something was kept up are no stock; unions founded long ago are no new
        ("LĐLĐ huyện duy trì sinh hoạt định kỳ tại 25 CĐCS khối doanh nghiệp.", set()),
        (
            "Toàn ngành có 45 CĐCS trường học, đều được thành lập từ trước năm 2000.",
            {("grassroots_unions", 45)},
        ),
        # `mới` before a deed is "only then"
        (
            "Năm 2024, toàn huyện chỉ có thêm 2 CĐCS mới tổ chức được Hội nghị người lao động.",
            set(),
        ),
        # the level compared with, named as a level, is no level of the year
        (
            "Năm 2024, thu nhập bình quân đạt 8,4 triệu đồng/người/tháng, cao hơn mức bình quân "
            "7,9 triệu đồng của năm 2023.",
            {("avg_income", 8_400_000)},
        ),
        (
            "Năm 2024, thu nhập bình quân đạt 8,4 triệu đồng/người/tháng, cao hơn mức 7,9 triệu "
            "đồng của năm 2023.",
            {("avg_income", 8_400_000)},
        ),
        # a speech's audience (`anh chị em`) is everyone: no one worker's, no women's
        (
            "Năm 2024, thu nhập bình quân của anh chị em vẫn giữ ở mức 8,1 triệu đồng/người/tháng.",
            {("avg_income", 8_100_000)},
        ),
        # the Government's package named before the figures is the state's, not the union's
        (
            "Năm 2021, LĐLĐ tỉnh phối hợp lập danh sách đề nghị hỗ trợ theo Nghị quyết 68/NQ-CP "
            "cho 24.300 lao động với số tiền trên 31 tỷ đồng.",
            set(),
        ),
        (
            "Thực hiện Nghị quyết 68/NQ-CP, LĐLĐ tỉnh đã chi 5 tỷ đồng hỗ trợ 2.000 đoàn viên.",
            {("welfare_value", 5_000_000_000), ("welfare_beneficiaries", 2_000)},
        ),
        (  # a union body giving between the package and the figures: the union's own care
            "Ngoài gói hỗ trợ theo Nghị quyết 68/NQ-CP công đoàn các cấp còn chi hơn 2 tỷ đồng thăm "
            "hỏi 6.800 đoàn viên khó khăn.",
            {("welfare_value", 2_000_000_000), ("welfare_beneficiaries", 6_800)},
        ),
        # referred to the Party's cells, the referral named after the people
        (
            "Trong năm, 14 đoàn viên ưu tú đã được giới thiệu cho các chi bộ xem xét kết nạp.",
            {("party_referrals", 14)},
        ),
        # members the unions gained, named new, are new members; those moved in are not
        (
            "Trong năm, các công đoàn cơ sở có thêm 64 đoàn viên mới và tiếp nhận 12 đoàn viên "
            "chuyển đến.",
            {("new_members", 64)},
        ),
        (
            "Năm nay, Công đoàn ngành có thêm 3 CĐCS mới với 95 đoàn viên mới.",
            {("new_grassroots_unions", 3), ("new_members", 95)},
        ),
        (
            "Các CĐCS có thêm 46 đoàn viên mới và 2 CĐCS mới.",
            {("new_members", 46), ("new_grassroots_unions", 2)},
        ),
        # what a fund took in is no care; the Mái ấm fund heading its sentence is raised
        (
            "Quỹ “Tương trợ” của công đoàn năm nay thu được 150 triệu đồng, đã chi trợ giúp 30 "
            "đoàn viên với số tiền 75 triệu đồng.",
            {("welfare_beneficiaries", 30), ("welfare_value", 75_000_000)},
        ),
        (  # the fund named, then money raised for a disaster's people
            "Quỹ “Mái ấm Công đoàn” năm nay hỗ trợ xây mới 6 nhà cho đoàn viên; ngoài ra, công "
            "đoàn các cấp vận động được 1,4 tỷ đồng ủng hộ đồng bào vùng lũ.",
            {("union_shelter_houses", 6)},
        ),
        (  # resources raised, then money spent on care
            "Công đoàn đã huy động được sự chung tay của các doanh nghiệp, chi 350 triệu đồng "
            "thăm hỏi 140 đoàn viên ốm đau.",
            {("welfare_value", 350_000_000), ("welfare_beneficiaries", 140)},
        ),
        (
            "Quỹ “Mái ấm Công đoàn” huyện được duy trì thường xuyên qua các năm bằng nguồn "
            "đóng góp của đoàn viên, năm nay huy động được 96 triệu đồng.",
            {("union_shelter_fund", 96_000_000)},
        ),
        # further on when the sentence names the house, what each got no other figure
        (
            "Mái ấm Công đoàn: hỗ trợ 02 đoàn viên thuộc diện khó khăn sửa chữa nhà ở.",
            {("union_shelter_houses", 2)},
        ),
        (
            "Có 3 nhà giáo được hỗ trợ 45 triệu đồng/người để làm nhà “Mái ấm Công đoàn”.",
            {("union_shelter_houses", 3)},
        ),
        (
            "Mái ấm Công đoàn: thăm hỏi 30 đoàn viên ốm đau và hỗ trợ sửa chữa nhà ở.",
            {("welfare_beneficiaries", 30)},
        ),
        (  # the house's building opening the next sentence
            "Năm nay thăm hỏi 1.230 lượt đoàn viên khó khăn. Hỗ trợ xây mới nhà “Mái ấm Công "
            "đoàn” cho 5 đoàn viên.",
            {("welfare_beneficiaries", 1230), ("union_shelter_houses", 5)},
        ),
        (  # the house named after the amount with its building, in its clause
            "LĐLĐ thị xã dành 25 triệu đồng giúp đoàn viên Trần Văn Bình (công nhân Xí nghiệp "
            "May) làm nhà “Mái ấm Công đoàn”; đồng thời kêu gọi đoàn viên ủng hộ.",
            {("union_shelter_value", 25_000_000)},
        ),
        (  # the houses' sum opening the sentence after the one that counted them
            "Năm nay LĐLĐ tỉnh giúp xây mới 18 mái ấm Công đoàn cho đoàn viên nghèo. Tổng "
            "kinh phí hỗ trợ của LĐLĐ tỉnh là 540 triệu đồng.",
            {("union_shelter_houses", 18), ("union_shelter_value", 540_000_000)},
        ),
        (  # what the house named before cost, and the union's share of it after `trong đó`
            "Căn nhà “Mái ấm Công đoàn” của chị Đào Thị Hạnh rộng 45 m2, tường xây kiên cố. "
            "Tổng giá trị 95 triệu đồng, trong đó, LĐLĐ huyện trích Quỹ Xã hội hỗ trợ 35 triệu "
            "đồng, số còn lại gia đình tự lo.",
            {("union_shelter_value", 95_000_000), ("union_shelter_value", 35_000_000)},
        ),
        (  # ... its cost in words of building mid-sentence (the cost not read), the fund giving
            "Đây là nhà “Mái ấm Công đoàn” thứ ba của huyện trong năm. Sau hai tháng thi công, "
            "căn nhà đã xong với tổng mức đầu tư 112 triệu đồng, trong đó Quỹ “Mái ấm Công "
            "đoàn” của LĐLĐ tỉnh hỗ trợ 45 triệu đồng.",
            {("union_shelter_value", 45_000_000)},
        ),
        (  # ... the shares past the first, a share the members gave dropped, not care
            "Ngôi nhà “Mái ấm Công đoàn” được xây dựng với tổng kinh phí 280 triệu đồng, trong "
            "đó LĐLĐ tỉnh hỗ trợ 50 triệu đồng, LĐLĐ huyện hỗ trợ 15 triệu đồng; đồng nghiệp "
            "ủng hộ thêm 20 triệu đồng, phần còn lại gia đình tự lo.",
            {
                ("union_shelter_value", 280_000_000),
                ("union_shelter_value", 50_000_000),
                ("union_shelter_value", 15_000_000),
            },
        ),
        (  # care money after a sentence naming the house, no cost of a house named
            "LĐLĐ tỉnh trao nhà “Mái ấm Công đoàn” cho chị Lan. Năm qua, LĐLĐ tỉnh còn hỗ trợ "
            "410 lượt người lao động bị giãn việc với số tiền 1,2 tỷ đồng.",
            {("welfare_beneficiaries", 410), ("welfare_value", 1_200_000_000)},
        ),
        (  # the people the houses just counted went to are the houses', no care of their own
            "LĐLĐ tỉnh trao 2 “Mái ấm Công đoàn” cho 2 đoàn viên có hoàn cảnh khó khăn.",
            {("union_shelter_houses", 2)},
        ),
        (  # ... not people another deed helps, past a comma or a deed of its own
            "LĐLĐ tỉnh xây 5 nhà “Mái ấm Công đoàn”, hỗ trợ cho 300 đoàn viên bị ảnh hưởng bởi "
            "bão. Công đoàn ngành trao 3 “Mái ấm Công đoàn” và tặng quà cho 120 đoàn viên.",
            {
                ("union_shelter_houses", 5),
                ("welfare_beneficiaries", 300),
                ("union_shelter_houses", 3),
                ("welfare_beneficiaries", 120),
            },
        ),
        (  # a deed of its own after each one's amount and `và`: its count is no amount's unit
            "LĐLĐ tỉnh hỗ trợ xây mới 12 nhà “Mái ấm Công đoàn”, mỗi nhà 45 triệu đồng và sửa "
            "chữa 4 nhà, mỗi nhà 20 triệu đồng, tổng số tiền 620 triệu đồng.",
            {
                ("union_shelter_houses", 12),
                ("union_shelter_houses", 4),
                ("union_shelter_value", 620_000_000),
            },
        ),
        # what a workers' conference decided on pay is no share of firms holding one
        (
            "Công ty tổ chức Hội nghị người lao động, thông qua việc tăng lương 6% cho công nhân.",
            set(),
        ),
        # ... but pay named as a topic before the share is no decision
        (
            "Về quy chế lương, thưởng: 97% doanh nghiệp có công đoàn đã tổ chức Hội nghị người lao "
            "động. Các CĐCS thực hiện nâng lương và 96% doanh nghiệp đã tổ chức Hội nghị người lao "
            "động.",
            {("worker_conference_rate", 97), ("worker_conference_rate", 96)},
        ),
        # what each house got on top of its amount is no total
        (
            "LĐLĐ tỉnh bàn giao 10 nhà “Mái ấm Công đoàn”, mỗi nhà 50 triệu đồng và hỗ trợ thêm 5 "
            "triệu đồng mua sắm vật dụng.",
            {("union_shelter_houses", 10)},
        ),
        # the houses' recipients past what the houses cost
        (
            "LĐLĐ tỉnh trao 2 “Mái ấm Công đoàn” trị giá 100 triệu đồng cho 2 đoàn viên khó khăn.",
            {("union_shelter_houses", 2), ("union_shelter_value", 100_000_000)},
        ),
        # the award counted by the people given it, named without `Bằng`, its year between
        (
            "Đã có 180 lượt cá nhân được Tổng Liên đoàn tặng bằng Lao động sáng tạo; 42 cá nhân "
            "khác được khen tặng lao động sáng tạo. Tổng Liên đoàn tặng Bằng Lao động sáng tạo "
            "năm 2023 cho 09 kỹ sư của Công ty.",
            {
                ("creative_labour_awards", 180),
                ("creative_labour_awards", 42),
                ("creative_labour_awards", 9),
            },
        ),
        (  # the reward paid for initiatives, past the list of what they were paid for
            "Toàn ngành có 8.200 sáng kiến, làm lợi trên 1.500 tỉ đồng, số tiền thưởng cho các "
            "sáng kiến, cải tiến kỹ thuật là trên 6 tỉ đồng.",
            {("initiatives", 8_200), ("initiative_value", 1_500_000_000_000)},
        ),
        (  # the workforce a firm kept in work (not the jobs made for some)
            "Dù đơn hàng giảm, công ty vẫn giữ được việc làm cho toàn bộ 1.870 người lao động. "
            "Chương trình đã giải quyết việc làm cho 420 lao động.",
            {("workers", 1_870)},
        ),
        # the workforce kept in steady work
        ("Công ty vẫn giữ ổn định việc làm cho hơn 6.800 lao động.", {("workers", 6_800)}),
        # welfare by its occasions (hiếu hỷ): condolences, weddings
        (
            "Công đoàn phúng viếng 9 trường hợp với số tiền 4,5 triệu đồng; mừng đám cưới 11 đoàn "
            "viên với số tiền 5,5 triệu đồng.",
            {
                ("welfare_beneficiaries", 9),
                ("welfare_value", 4_500_000),
                ("welfare_beneficiaries", 11),
                ("welfare_value", 5_500_000),
            },
        ),
        # a contest's winners; the employer's fund; a fund set up to lend: none
        (
            "Có 4 giáo viên đạt giáo viên dạy giỏi cấp huyện. Công ty đã trích quỹ khen thưởng, "
            "phúc lợi 12,5 tỷ đồng cho người lao động. HTX còn lập quỹ tương trợ 150 triệu đồng "
            "để lái xe vay không lãi.",
            set(),
        ),
        # a total line sums the list above only when its amounts add up to it: a mixed list's
        # sum is the care money, a sum of its own no list's
        (
            "Công đoàn ngành chăm lo cho đoàn viên:\n- Hỗ trợ đoàn viên ốm đau: 40 trường hợp, 20 "
            "triệu đồng\n- Tặng 300 suất quà Tết, trị giá 150 triệu đồng\nTổng cộng: 170 triệu "
            "đồng.\nTổng số đoàn viên được chăm lo là 900 lượt với tổng kinh phí 610 triệu đồng.",
            {
                ("welfare_beneficiaries", 40),
                ("welfare_value", 20_000_000),
                ("gifts", 300),
                ("gift_value", 150_000_000),
                ("welfare_value", 170_000_000),
                ("welfare_beneficiaries", 900),
                ("welfare_value", 610_000_000),
            },
        ),
        # a body assigned to manage its unions states a stock, no target
        (
            "Công đoàn ngành được giao quản lý 95 CĐCS với 6.200 đoàn viên.",
            {("grassroots_unions", 95), ("members", 6_200)},
        ),
        # a total line under a list's lines of care money sums them; visits to the sick are care
        (
            "Công đoàn trường chăm lo đoàn viên:\n- Thăm ốm đau: 14 trường hợp, 7 triệu đồng\n"
            "- Phúng viếng: 6 trường hợp, 3 triệu đồng\nTổng cộng: 10 triệu đồng.",
            {
                ("welfare_beneficiaries", 14),
                ("welfare_value", 7_000_000),
                ("welfare_beneficiaries", 6),
                ("welfare_value", 3_000_000),
                ("welfare_value", 10_000_000),
            },
        ),
        # ... nor before a school year
        ("Số đoàn viên kết nạp mới: 85 năm học 2023 - 2024.", {("new_members", 85)}),
        # a count before a year is no years counted; nor a figure ending a line before `Năm`
        (
            "Số CĐCS trực thuộc tăng từ 45 năm 2020 lên 72 năm 2023.\n- Số CĐCS thành lập mới: 15\n"
            "Năm 2023, LĐLĐ huyện đã kết nạp 1.380 đoàn viên mới.",
            {("grassroots_unions", 72), ("new_grassroots_unions", 15), ("new_members", 1_380)},
        ),
        # a loan inside a bracket after the care money; entrants after a course; a referral
        # past a job-placement clause; job placement is no workforce
        (
            "LĐLĐ huyện hỗ trợ 1.250 lượt đoàn viên với số tiền 1,2 tỷ đồng (trong đó cho vay "
            "không lãi 300 triệu đồng). Công đoàn tổ chức 4 lớp bồi dưỡng cho 320 giáo viên dự "
            "thi giáo viên dạy giỏi. Công đoàn phối hợp tạo việc làm cho 40 lao động, giới thiệu "
            "6 đoàn viên ưu tú cho Đảng. Các CĐCS phối hợp giải quyết, ổn định việc làm cho 1.200 "
            "lao động địa phương.",
            {
                ("welfare_beneficiaries", 1_250),
                ("welfare_value", 1_200_000_000),
                ("training_courses", 4),
                ("training_participants", 320),
                ("party_referrals", 6),
            },
        ),
        # years counted are no part of the houses counted before them
        (
            "Công đoàn ngành xây, sửa 120 căn nhà “Mái ấm Công đoàn”. Riêng trong 2 năm dịch "
            "COVID-19, công đoàn ngành đã trích hơn 30 tỷ đồng hỗ trợ người lao động.",
            {("union_shelter_houses", 120), ("welfare_value", 30_000_000_000)},
        ),
        # job placement past a comma is no referral to the Party
        ("LĐLĐ huyện phối hợp giới thiệu, giải quyết việc làm cho 350 người lao động.", set()),
        (  # ... not those a firm could not keep
            "Do thiếu đơn hàng, công ty không giữ được việc làm cho 640 người lao động.",
            set(),
        ),
        (  # the reward for initiatives by its other names
            "Toàn Tổng công ty có 845 sáng kiến. Tổng tiền thưởng các sáng kiến, cải tiến, giải "
            "pháp kỹ thuật trong năm là 2,5 tỉ đồng; kinh phí thưởng cho các sáng kiến, giải pháp "
            "kỹ thuật của quý I là 600 triệu đồng.",
            {("initiatives", 845)},
        ),
        # the award's word in a firm's own title, or another deed's people after `và`, are none
        (
            "Có 18 lượt cá nhân được tặng danh hiệu Lao động sáng tạo cấp Tập đoàn, 5 cá nhân "
            "được tặng Bằng Lao động sáng tạo. LĐLĐ tỉnh trao Bằng Lao động sáng tạo và tặng quà "
            "cho 50 công nhân khó khăn.",
            {("creative_labour_awards", 5), ("welfare_beneficiaries", 50)},
        ),
        # the legal advisers trained are people
        (
            "LĐLĐ tỉnh tập huấn nghiệp vụ tư vấn cho 64 tư vấn viên và 310 cán bộ công đoàn.",
            {("training_participants", 64), ("training_participants", 310)},
        ),
        # a grassroots union's own parts are no grassroots unions
        ("Toàn hệ thống có 37 công đoàn cơ sở bộ phận.", set()),
        (  # a sum of its own purpose after the houses' sentence
            "LĐLĐ tỉnh hỗ trợ xây dựng 12 nhà “Mái ấm Công đoàn”. Tổng số tiền hỗ trợ đoàn viên "
            "bị ảnh hưởng bởi bão số 3 là 2,3 tỷ đồng.",
            {("union_shelter_houses", 12), ("welfare_value", 2_300_000_000)},
        ),
        (  # money for another deed, the house built for someone else after `và`
            "LĐLĐ huyện dành 20 triệu đồng giúp gia đình đoàn viên bị tai nạn lao động và khởi "
            "công xây dựng nhà “Mái ấm Công đoàn” cho đoàn viên Lê Thị Mai.",
            {("welfare_value", 20_000_000)},
        ),
        (  # ... nor one a bracket follows
            "LĐLĐ tỉnh trao 50 triệu đồng hỗ trợ đoàn viên Trần Thị H. (Công ty May Hà Tĩnh) xây "
            "nhà “Mái ấm Công đoàn”.",
            {("union_shelter_value", 50_000_000)},
        ),
        (  # ... after a family name alone too
            "LĐLĐ huyện dành 40 triệu đồng giúp đoàn viên Lê H. làm nhà “Mái ấm Công đoàn”.",
            {("union_shelter_value", 40_000_000)},
        ),
        (  # a name's initial ends no sentence
            "LĐLĐ tỉnh dành 20 triệu đồng giúp đoàn viên Nguyễn Thị H. làm nhà “Mái ấm Công đoàn”.",
            {("union_shelter_value", 20_000_000)},
        ),
        (  # houses counted of their own, then another deed
            "Năm nay trao 12 nhà “Mái ấm Công đoàn” và hỗ trợ đột xuất cho 260 đoàn viên bị "
            "ảnh hưởng bởi lũ quét sửa chữa nhà cửa.",
            {("union_shelter_houses", 12), ("welfare_beneficiaries", 260)},
        ),
        (  # the fund named as what members gave to, other figures between
            "Vận động đoàn viên ủng hộ Quỹ “Mái ấm Công đoàn”, thăm hỏi 25 đoàn viên ốm đau và 4 "
            "nhà giáo có nhà bị sập do mưa bão được hỗ trợ sửa chữa nhà ở.",
            {("welfare_beneficiaries", 25), ("welfare_beneficiaries", 4)},
        ),
        (  # `và` inside a body's name joins no other deed
            "Mái ấm Công đoàn: hỗ trợ 01 đoàn viên của Sở Nông nghiệp và Môi trường sửa nhà ở.",
            {("union_shelter_houses", 1)},
        ),
        (  # ... but another body's deed after it
            "Quỹ Mái ấm Công đoàn đã trợ cấp 15 đoàn viên khó khăn và Ngân hàng Chính sách xã "
            "hội cho vay xây nhà ở.",
            {("welfare_beneficiaries", 15)},
        ),
        (  # the name before a long description of the people
            "Từ Quỹ “Mái ấm Công đoàn”, Công đoàn ngành hỗ trợ 9 đoàn viên là người dân tộc "
            "thiểu số có hoàn cảnh đặc biệt khó khăn xây mới nhà ở.",
            {("union_shelter_houses", 9)},
        ),
        # a house of the Front's programme is no Mái ấm Công đoàn
        ("Ủy ban MTTQ tỉnh đã bàn giao 240 căn nhà Đại đoàn kết cho hộ nghèo.", set()),
        # an agreement's coverage and course rows in a results table
        ("Thỏa ước ngành được triển khai, áp dụng cho 64 doanh nghiệp.", set()),
        (
            "Các đơn vị tổ chức 9 hội nghị tập huấn với 820 lượt cán bộ tham dự.",
            {("training_courses", 9), ("training_participants", 820)},
        ),
        (
            "Các CĐCS đã ký kết 215 lượt thỏa ước lao động tập thể.",
            {("collective_agreements", 215)},
        ),
        (
            "| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ |\n|---|---|---|---|\n"
            "| Đơn vị tổ chức Hội nghị CBCCVC | 48 | 48 | 100% |",
            {("staff_conference_rate", 100)},
        ),
        # a series by period with its links; a raised total of the new ones is new members
        (
            "Năm 2022 kết nạp 800 đoàn viên; năm 2023 con số này là 910 và năm 2024 đạt 1.020 "
            "đoàn viên.",
            {("new_members", 800), ("new_members", 910), ("new_members", 1_020)},
        ),
        (  # the running total goes on from the year's figure of the same fund
            'Quỹ "Mái ấm Công đoàn" ngành vận động được 3,4 tỷ đồng trong năm, lũy kế từ năm 2010 '
            "đến nay đạt 21,7 tỷ đồng.",
            {("union_shelter_fund", 3.4e9), ("union_shelter_fund", 21.7e9)},
        ),
        # a quarter's year after a slash; a figure in brackets after its words; a monthly average
        (
            "Quý I/2026 kết nạp 1.034 đoàn viên (so với quý I/2025: kết nạp 812 đoàn viên).",
            {("new_members", 1_034), ("new_members", 812)},
        ),
        ("Quý I/2019, LĐLĐ huyện thành lập mới hai (02) CĐCS.", {("new_grassroots_unions", 2)}),
        (
            "Công đoàn thăm hỏi 1.245 lượt đoàn viên với số tiền 623,5 triệu đồng (bình quân mỗi "
            "tháng khoảng 104 triệu đồng).",
            {("welfare_beneficiaries", 1_245), ("welfare_value", 623.5e6)},
        ),
        # `đã` of `đã là` is no predicate; a plan after the slash `theo chỉ tiêu`
        (
            "Công ty có 3.412 CNLĐ, trong đó 3.250 người đã là đoàn viên.",
            {("workers", 3_412), ("members", 3_250)},
        ),
        ("Thành lập mới 27 CĐCS/20 CĐCS theo chỉ tiêu.", {("new_grassroots_unions", 27)}),
        # what one gift is made of is no amount given; their total in brackets is
        (
            "LĐLĐ trao 1.050 suất quà, mỗi suất 2 triệu đồng (1 triệu đồng tiền mặt và 1 triệu "
            "đồng quà).",
            {("gifts", 1_050)},
        ),
        (
            "Công đoàn trao quà cho đoàn viên khó khăn, mỗi suất 2 triệu đồng (tổng cộng 70 triệu "
            "đồng).",
            {("welfare_value", 70e6)},
        ),
        # people who left or were hired are no workforce; an aside is no predicate
        (
            "Công ty có 11.075 CNLĐ; sau Tết, số công nhân không trở lại làm việc khoảng 1.300 "
            "người, công ty tuyển bù được 1.450 người.",
            {("workers", 11_075)},
        ),
        ("CĐCS quản lý 10.412 đoàn viên (đạt 94%).", {("members", 10_412)}),
        # the government's meeting with workers; bloc members checking each other's scores
        (
            "LĐLĐ tỉnh phối hợp tổ chức 4 hội nghị đối thoại giữa Chủ tịch UBND tỉnh với CNLĐ; "
            "các CĐCS tổ chức 312 cuộc đối thoại định kỳ tại nơi làm việc.",
            {("workplace_dialogues", 312)},
        ),
        ("Cụm ký kết giao ước, kiểm tra chéo tại 5/5 đơn vị.", set()),
        # a coach home, a zero-đồng shop and a bag of essentials are care too
        (
            'Đoàn "Chuyến xe Công đoàn" gồm 46 xe khách chở 2.318 đoàn viên về quê đón Tết.',
            {("welfare_beneficiaries", 2_318)},
        ),
        ('"Gian hàng 0 đồng" phục vụ 1.200 công nhân.', {("welfare_beneficiaries", 1_200)}),
        (
            "Công đoàn trao 52.000 túi an sinh, trị giá 13 tỷ đồng.",
            {("gifts", 52_000), ("gift_value", 13e9)},
        ),
        (  # building up the fund is raising it
            'Đoàn viên đóng góp xây dựng Quỹ "Mái ấm Công đoàn" được 48,2 triệu đồng.',
            {("union_shelter_fund", 48.2e6)},
        ),
        (
            "Quý IV kết nạp 95 đoàn viên, nâng tổng số đoàn viên kết nạp mới cả năm lên 402 người.",
            {("new_members", 95), ("new_members", 402)},
        ),
        # a grade is no count; people still in a Party class are not admitted
        (
            "Tổ chức 3 cuộc giám sát (bán trú, tuyển sinh lớp 10, sửa chữa phòng học).",
            {("supervisions", 3)},
        ),
        (
            "Một đồng chí đã được kết nạp vào Đảng, hai đồng chí đang học lớp nhận thức về Đảng.",
            {("party_admissions", 1)},
        ),
        # unions merged into a new one are not founded
        (
            "Công đoàn phường được thành lập trên cơ sở hợp nhất 04 CĐCS; thành lập mới 2 CĐCS.",
            {("new_grassroots_unions", 2)},
        ),
        # the units a body directs are its own; what it directs them to do is no stock
        ("LĐLĐ quận trực tiếp chỉ đạo 74 CĐCS trực thuộc.", {("grassroots_unions", 74)}),
        ("LĐLĐ quận chỉ đạo 20 CĐCS tổ chức Hội nghị người lao động.", set()),
        ("Trong năm thành lập 6 công đoàn cơ sở trực thuộc.", {("new_grassroots_unions", 6)}),
        ("Có 31/31 đơn vị tổ chức Hội nghị CBVC, đạt 100%.", {("staff_conference_rate", 100)}),
        # the awards given to authors, no count of the awards before them
        (
            "Năm nay, Tổng Liên đoàn tặng Bằng Lao động sáng tạo cho 212 tác giả.",
            {("creative_labour_awards", 212)},
        ),
        # new union members admitted are no Party admissions
        ("Cả năm có 2.150 đoàn viên mới được kết nạp.", {("new_members", 2_150)}),
        # training online counts its people; an online counter is no figure
        (
            "Tổ chức 2 lớp tập huấn trực tuyến cho 180 cán bộ công đoàn.",
            {("training_courses", 2), ("training_participants", 180)},
        ),
        # what an earlier amount paid for is not the next amount's
        (
            "Chăm lo 9.400 lượt đoàn viên với số tiền 4,2 tỷ đồng, trong đó trao 3.000 suất quà, "
            "trị giá 1,5 tỷ đồng.",
            {
                ("welfare_beneficiaries", 9_400),
                ("welfare_value", 4_200_000_000),
                ("gifts", 3_000),
                ("gift_value", 1_500_000_000),
            },
        ),
        # a table's next cell is a note, not what follows the figure
        (
            "Chỉ tiêu | Năm 2024 | Ghi chú\nĐoàn viên công đoàn (người) | 5.210 | đạt 95% số lao động",
            {("members", 5_210)},
        ),
        (
            "LĐLĐ huyện trích quỹ xã hội trao 60 triệu đồng cho 120 đoàn viên bị thiệt hại do lũ.",
            {("welfare_value", 60_000_000), ("welfare_beneficiaries", 120)},
        ),
        (
            "Mỗi hộ được nhận 2 triệu đồng, tổng kinh phí hỗ trợ là 80 triệu đồng.",
            {("welfare_value", 80_000_000)},
        ),
        ("Ban Thường vụ trao quà cho 120 đoàn viên nghèo.", {("welfare_beneficiaries", 120)}),
        # job placement is not a referral to the Party; the dead of an accident are no workforce
        (
            "Trung tâm Dịch vụ việc làm công đoàn tổ chức 9 phiên giao dịch, giới thiệu việc làm "
            "cho 4.700 lượt người.",
            set(),
        ),
        ("Trong năm có 1.260 lao động được giới thiệu việc làm.", set()),
        # those whose rights the union stands for are not people it cared for (unless a deed of
        # care follows)
        (
            "Công đoàn ngành chăm lo, bảo vệ quyền lợi cho 25.340 đoàn viên. Để bảo vệ quyền lợi, "
            "công đoàn thăm hỏi 300 đoàn viên ốm đau. Công đoàn đại diện, bảo vệ quyền lợi cho "
            "đoàn viên, hỗ trợ 320 đoàn viên khó khăn.",
            {("welfare_beneficiaries", 300), ("welfare_beneficiaries", 320)},
        ),
        # those in hardship an event was held for, and the event's value named by the event
        (
            "LĐLĐ tỉnh tổ chức Phiên chợ nghĩa tình cho 1.200 đoàn viên khó khăn. Tổng giá trị "
            "phiên chợ là 600 triệu đồng, trong đó LĐLĐ tỉnh chi 400 triệu đồng.",
            {
                ("welfare_beneficiaries", 1_200),
                ("welfare_value", 600_000_000),
            },
        ),
        # people as fanpages and news call them (`anh chị em CN`)
        (
            "Công đoàn thuê 12 chuyến xe đưa 540 anh chị em CN về quê đón Tết.",
            {("welfare_beneficiaries", 540)},
        ),
        # units guided are no agreements, those of them that signed are; a guideline's number
        # is no figure, the units guided after `hướng dẫn` are no guideline's number
        (
            "LĐLĐ huyện hướng dẫn 6 CĐCS thương lượng, trong đó 4 đơn vị đã ký kết thỏa ước lao "
            "động tập thể. Theo Hướng dẫn 12 của Tổng LĐLĐ, kết nạp 300 đoàn viên.",
            {("collective_agreements", 4), ("new_members", 300)},
        ),
        # a finance section's total and its other lines are no care money; its care line is
        (
            "Năm 2024, tổng chi 4,6 tỷ đồng, trong đó chi chăm lo đoàn viên 2,1 tỷ đồng, chi lương "
            "cán bộ chuyên trách 1,2 tỷ đồng, chi quản lý hành chính 640 triệu đồng.",
            {("welfare_value", 2_100_000_000)},
        ),
        # prize money and what each author got are no care, patents no initiatives, those
        # staying over Tết no workforce
        (
            "Công đoàn trao 1 giải Nhất trị giá 30 triệu đồng; thưởng 10 triệu đồng cho mỗi tác "
            "giả. Có 2 giải pháp được cấp Bằng độc quyền giải pháp hữu ích. Toàn tỉnh có khoảng "
            "400.000 công nhân ở lại làm việc và đón Tết.",
            set(),
        ),
        # a total named by its programme is the programme's care money, whatever was counted
        # before it; one named by the gifts is theirs
        (
            "Công đoàn tổ chức chương trình Tết sum vầy, trao 300 suất quà cho đoàn viên. Tổng "
            "kinh phí chương trình trên 420 triệu đồng. Công đoàn tặng 50 suất quà khác. Tổng trị "
            "giá quà tặng 20 triệu đồng.",
            {
                ("gifts", 300),
                ("welfare_value", 420_000_000),
                ("gifts", 50),
                ("gift_value", 20_000_000),
            },
        ),
        # (a care programme's own total listing what it gave stays; a total with patents among
        # its parts stays; women counted as `chị` cared for are people, studying for a degree
        # is no union course)
        (
            "Chương trình Tết Sum vầy tổng chi 8,5 tỷ đồng, gồm 12.000 suất quà cho công nhân. "
            "Năm 2024 có 1.250 sáng kiến được công nhận, trong đó nhiều giải pháp đã được cấp "
            "Bằng độc quyền. LĐLĐ trao quà cho 25 chị có hoàn cảnh khó khăn; 1.310 chị được đào "
            "tạo đại học.",
            {
                ("welfare_value", 8_500_000_000),
                ("gifts", 12_000),
                ("initiatives", 1_250),
                ("welfare_beneficiaries", 25),
            },
        ),
        # severance is the employer's, a wage debt no care; the union's help to those owed is,
        # and a day's wage given is no day's average
        (
            "Công đoàn đòi được 1,2 tỷ đồng tiền lương, trợ cấp thôi việc cho 318 người lao động. "
            "Công ty để lại khoản nợ lương gần 17 tỷ đồng, LĐLĐ hỗ trợ 1.320 công nhân bị nợ "
            "lương với 660 triệu đồng. Quỹ Mái ấm Công đoàn thu được 1,12 tỷ đồng từ một ngày "
            "lương của cán bộ.",
            {
                ("welfare_beneficiaries", 1_320),
                ("welfare_value", 660_000_000),
                ("union_shelter_fund", 1_120_000_000),
            },
        ),
        # (what an initiative saved is no gift's worth; those kept on at a plant are its
        # workforce)
        (
            "Công đoàn trao 300 suất quà. Có 41 sáng kiến được công nhận, giá trị làm lợi 6,82 tỷ "
            "đồng. Hiện có khoảng 3.600 công nhân ở lại nhà máy.",
            {
                ("gifts", 300),
                ("initiatives", 41),
                ("initiative_value", 6_820_000_000),
                ("workers", 3_600),
            },
        ),
        # both conference rates of one sentence, the firms said to have a union
        (
            "Có 96% cơ quan, đơn vị tổ chức Hội nghị CBCCVC và 78% doanh nghiệp có tổ chức công "
            "đoàn tổ chức Hội nghị người lao động.",
            {("staff_conference_rate", 96), ("worker_conference_rate", 78)},
        ),
        # (hostile round 72: the union's care after severance named; a per-day rate; totals
        # named by what was done; help to those owed; stayers for Tết, however said)
        (
            "Sau khi công ty chi trả trợ cấp thôi việc, Công đoàn KCN tặng quà cho 450 công nhân "
            "với tổng số tiền 225 triệu đồng.",
            {("welfare_beneficiaries", 450), ("welfare_value", 225_000_000)},
        ),
        (
            "Công đoàn hỗ trợ 150.000 đồng một ngày công cho 200 công nhân phải ngừng việc.",
            {("welfare_beneficiaries", 200)},
        ),
        (
            "LĐLĐ tỉnh trao 500 suất quà cho công nhân, tổng số tiền trao tặng 250 triệu; xây mới "
            "12 nhà Mái ấm Công đoàn, tổng kinh phí xây dựng 600 triệu.",
            {
                ("gifts", 500),
                ("gift_value", 250_000_000),
                ("union_shelter_houses", 12),
                ("union_shelter_value", 600_000_000),
            },
        ),
        (
            "LĐLĐ tỉnh đã hỗ trợ công nhân bị nợ lương 660 triệu đồng.",
            {("welfare_value", 660_000_000)},
        ),
        (
            "Có khoảng 85.000 công nhân ở lại tại địa phương đón Tết; 9.000 công nhân ở lại Bình "
            "Dương ăn Tết.",
            set(),
        ),
        (
            "Có 96% cơ quan, đơn vị tổ chức Hội nghị CBCCVC và 78% doanh nghiệp có CĐCS tổ chức "
            "Hội nghị người lao động.",
            {("staff_conference_rate", 96), ("worker_conference_rate", 78)},
        ),
        # a man named by `ông` is one person, not the union; the award given past its giver's
        # full name; checks of the levels above the grassroots and at places past what was
        # checked
        (
            "Ông Trần Văn Nam có 6 giải pháp, làm lợi 800 triệu đồng. Có 14 đoàn viên, người lao "
            "động của tỉnh vinh dự được Tổng Liên đoàn Lao động Việt Nam tặng Bằng Lao động sáng "
            "tạo.",
            {("creative_labour_awards", 14)},
        ),
        # (... but `ông`, `bà` quoted as sources are no subject of the figures)
        (
            "Theo bà Loan, công ty có 2.150 lao động. Ông Lê Xuân Thành: Chúng tôi kết nạp được "
            "356 đoàn viên.",
            {("workers", 2_150), ("new_members", 356)},
        ),
        (
            "UBKT kiểm tra 9 công đoàn cấp trên cơ sở và 385 CĐCS; giám sát việc thực hiện chính "
            "sách, pháp luật lao động tại 48 doanh nghiệp.",
            {("supervisions", 9), ("supervisions", 385), ("supervisions", 48)},
        ),
        # a programme's total past what each one got; a room given free is care
        (
            "LĐLĐ tỉnh tổ chức chương trình Chuyến xe nghĩa tình tiễn 2.070 công nhân về quê đón "
            "Tết. Mỗi công nhân còn được tặng một phần quà trị giá 500.000 đồng. Tổng kinh phí "
            "chương trình hơn 1,2 tỉ đồng. Có 27 đoàn viên được miễn phí tiền phòng.",
            {
                ("welfare_beneficiaries", 2_070),
                ("welfare_value", 1_200_000_000),
                ("welfare_beneficiaries", 27),
            },
        ),
        # (hostile rounds 73-74: places reached by outreach or health checks are no inspected
        # ones; a leader handing out help is the union; a worker described between commas has
        # his own figures; a job centre is no Party)
        (
            "Phối hợp kiểm tra an toàn vệ sinh lao động, tuyên truyền pháp luật tại 120 doanh "
            "nghiệp; khám, kiểm tra sức khỏe định kỳ cho công nhân tại 35 doanh nghiệp. Dịp này, "
            "ông Nguyễn Văn Hải trao 200 suất quà. Bà Trần Thị Mai, công nhân tổ may, có 3 sáng "
            "kiến làm lợi 120 triệu đồng. Công đoàn giới thiệu 210 công nhân đến Trung tâm Dịch "
            "vụ việc làm để tìm việc mới.",
            {("gifts", 200)},
        ),
        # (hostile round 75: what was checked may name care or outreach; a referral beside a job
        # centre in the next clause stays; one man's figures by any verb of having; a
        # programme of houses is their money; a sports day's cost is no care)
        (
            "LĐLĐ tỉnh giám sát việc thực hiện chính sách hỗ trợ người lao động tại 32 doanh "
            "nghiệp; kiểm tra việc thực hiện chế độ khám sức khỏe định kỳ tại 26 doanh nghiệp. "
            "LĐLĐ tỉnh giới thiệu 45 đoàn viên ưu tú cho Đảng, phối hợp Trung tâm Dịch vụ việc làm "
            "giải quyết việc làm cho 120 lao động. Ông Lê Văn Tâm đạt 5 sáng kiến làm lợi 300 "
            "triệu đồng. Bà Trần Thị Mai, 45 tuổi, công nhân tổ may, có 3 sáng kiến.",
            {("supervisions", 32), ("supervisions", 26), ("party_referrals", 45)},
        ),
        (
            "Công đoàn hỗ trợ xây mới 12 nhà “Mái ấm Công đoàn” cho đoàn viên. Các nhà đều rộng "
            "rãi. Tổng kinh phí chương trình là 720 triệu đồng.\nHội thao CNVCLĐ có 850 vận động "
            "viên. Tổng kinh phí chương trình hơn 350 triệu đồng.",
            {("union_shelter_houses", 12), ("union_shelter_value", 720_000_000)},
        ),
        # (probe 9bo: one worker's pay and one family's loan for its house are no union figures)
        (
            "Gia đình trả xong khoản nợ 80 triệu đồng. Chồng mất sớm, chị nuôi 3 con bằng đồng "
            "lương 6 triệu đồng/tháng. Thu nhập bình quân của công nhân đạt 7,2 triệu "
            "đồng/người/tháng.",
            {("avg_income", 7_200_000)},
        ),
        # (hostile round 76: health checks at places; a programme of gifts and houses; care the
        # federation gave a firm's members; a campaign's results under the year opening them)
        (
            "Công đoàn phối hợp kiểm tra ATVSLĐ, tổ chức khám sức khỏe cho công nhân tại 35 doanh "
            "nghiệp. Chương trình Tết Sum vầy trao 3.000 suất quà cho đoàn viên. LĐLĐ tỉnh còn hỗ "
            "trợ xây mới 5 nhà Mái ấm Công đoàn. Tổng kinh phí chương trình là 2,1 tỷ đồng.",
            {
                ("gifts", 3_000),
                ("union_shelter_houses", 5),
                ("welfare_value", 2_100_000_000),
            },
        ),
        # (hostile round 77: severance's total past a comma is the employer's; those who stayed
        # for Tết, counted before the care given some of them, are none cared for)
        (
            "Công ty TNHH Chang Shin chi trả trợ cấp thôi việc cho 1.020 lao động, tổng số 18 tỷ "
            "đồng. Trên 12.000 công nhân không về quê, ở lại nhà trọ; công đoàn trao 3.000 suất "
            "quà. Công đoàn tổ chức Tết sum vầy cho 2.000 công nhân không về quê.",
            {("gifts", 3_000), ("welfare_beneficiaries", 2_000)},
        ),
        # a district named as the subject, a person word in its name (probe 9bx)
        (
            "Đông Anh hiện có 386 CĐCS với hơn 35.000 đoàn viên; Anh Sơn có 142 CĐCS.",
            {("grassroots_unions", 386), ("members", 35_000), ("grassroots_unions", 142)},
        ),
        # a pair over the workforce after a stock's link is the members among the workers; a
        # label names it so (probe 9bu)
        ("Toàn ngành có 3.611/4.076 CNVCLĐ.", {("members", 3_611), ("workers", 4_076)}),
        (
            "Số đoàn viên là 76.412/81.950 cán bộ, viên chức, người lao động (CBVCLĐ).",
            {("members", 76_412), ("workers", 81_950)},
        ),
        ("Kết nạp 120/150 CNLĐ.", {("new_members", 120)}),
        # (... its share after a dash, as after a bracket: hostile round 80)
        (
            "LĐLĐ quận quản lý 412 CĐCS với 24.600/27.300 CNVCLĐ - đạt 90,1%.",
            {("grassroots_unions", 412), ("members", 24_600), ("workers", 27_300)},
        ),
        # (... not one whose first figure counts what follows the noun: hostile round 79)
        ("Hiện có 950/1.000 CNLĐ có trình độ phổ thông trung học.", {("workers", 950)}),
        ("Ngân hàng có 52.400 cán bộ, người lao động.", {("workers", 52_400)}),
        # a board's size, the union's name however long before it (probe 9bu)
        (
            "Đại hội bầu Ban Chấp hành Công đoàn Viên chức tỉnh khóa V gồm 31 đồng chí; toàn "
            "ngành có 5.400 đoàn viên.",
            {("members", 5_400)},
        ),
        # the Party's fostering after its review is no class (probe 9bu)
        (
            "Giới thiệu 1.074 đoàn viên ưu tú cho Đảng xem xét, bồi dưỡng, giảm so với năm "
            "trước (1.320 người).",
            {("party_referrals", 1_074)},
        ),
        # those helped to sue are legal aid, the victims visited are cared for (probe 9bw)
        (
            "Công đoàn hỗ trợ 2 NLĐ khởi kiện đòi bồi thường; thăm hỏi 320 nạn nhân tai nạn lao "
            "động với số tiền 640 triệu đồng.",
            {("welfare_beneficiaries", 320), ("welfare_value", 640_000_000)},
        ),
        # a team's headcount in a story is no workforce (probes 9bs, 9br)
        (
            "Tổ có 18 công nhân, năm nào cũng vượt kế hoạch; công ty có 450 công nhân.",
            {("workers", 450)},
        ),
        # a floor asked of each is no result (probe 9bw)
        ("LĐLĐ tỉnh yêu cầu mỗi công đoàn cấp trên cơ sở tổ chức ít nhất 1 cuộc giám sát.", set()),
        # a course named after what it teaches gives no new members (probe 9bx); its people
        # are its people (the skill it teaches, `kỹ năng phát triển`, no campaign: probe 9gz)
        (
            "Mở 21 lớp tập huấn kỹ năng phát triển đoàn viên, thương lượng tập thể cho 980 lượt "
            "cán bộ công đoàn.",
            {("training_courses", 21), ("training_participants", 980)},
        ),
        # what a union fund lent for houses is lent, not spent on houses (probe 9bv)
        (
            "LĐLĐ tỉnh xây mới 12 nhà Mái ấm Công đoàn. Quỹ Trợ vốn cho 2.140 lượt hộ đoàn viên "
            "vay vốn để xây, sửa nhà ở, với tổng số tiền 38,5 tỷ đồng.",
            {("union_shelter_houses", 12)},
        ),
        # the unit that earned the most is no average of the body (probe 9bs)
        (
            "Thu nhập bình quân của người lao động trong khối đạt 8,2 triệu đồng/người/tháng; "
            "đơn vị có mức thu nhập cao nhất là Công ty TNHH MTV Cà phê Đức Lập với 12,8 triệu "
            "đồng/người/tháng.",
            {("avg_income", 8_200_000)},
        ),
        # (hostile round 80: what a board led, past a comma, is no board's size; an admission
        # after a course is one; a pair's sector after its noun; a named workshop's headcount)
        (
            "Ban Chấp hành LĐLĐ tỉnh đã lãnh đạo các cấp công đoàn trong tỉnh, gồm 1.240 CĐCS "
            "với 86.000 đoàn viên.",
            {("grassroots_unions", 1_240), ("members", 86_000)},
        ),
        (
            "Sau lớp tập huấn pháp luật tại công ty, LĐLĐ huyện đã tổ chức lễ kết nạp cho 86 "
            "đoàn viên mới.",
            {("new_members", 86)},
        ),
        (
            "Toàn quận có 24.600/27.300 CNVCLĐ khu vực nhà nước.",
            {("members", 24_600), ("workers", 27_300)},
        ),
        (
            "Ca ba của xưởng may số 2 có 120 công nhân; công ty có 1.500 công nhân.",
            {("workers", 1_500)},
        ),
        # (hostile round 81: a course on admitting is still a course; houses after loans, a
        # sector's highest average and savings to the state by initiatives all count)
        (
            "LĐLĐ huyện mở lớp tập huấn nghiệp vụ phát triển, kết nạp đoàn viên cho 95 cán bộ "
            "CĐCS.",
            set(),
        ),
        (
            "Công đoàn cho 45 hộ vay vốn, xây mới 7 nhà Mái ấm Công đoàn trị giá 350 triệu đồng.",
            {("union_shelter_houses", 7), ("union_shelter_value", 350_000_000)},
        ),
        (
            "Thu nhập bình quân của người lao động đạt 8,5 triệu đồng/người/tháng; thu nhập bình "
            "quân cao nhất là khu vực doanh nghiệp với 9,5 triệu đồng/người/tháng.",
            {("avg_income", 8_500_000), ("avg_income", 9_500_000)},
        ),
        (
            "CBCCVC đề xuất 14 sáng kiến được áp dụng, tiết kiệm ngân sách nhà nước 1,2 tỷ đồng.",
            {("initiatives", 14), ("initiative_value", 1_200_000_000)},
        ),
        # an agency's budget saved is no initiative's gain (probe 9bz)
        (
            "Đơn vị đã tiết kiệm chi thường xuyên được 1,25 tỷ đồng để chi thu nhập tăng thêm; "
            "công chức đề xuất 14 sáng kiến, làm lợi 300 triệu đồng.",
            {("initiatives", 14), ("initiative_value", 300_000_000)},
        ),
        (
            "31 sáng kiến được áp dụng, tiết kiệm chi phí trên 900 triệu đồng.",
            {("initiatives", 31), ("initiative_value", 900_000_000)},
        ),
        # the stock a body took over and now holds (probe 9ca)
        (
            "LĐLĐ tỉnh tiếp nhận trực tiếp quản lý 512 CĐCS với 38.740 đoàn viên.",
            {("grassroots_unions", 512), ("members", 38_740)},
        ),
        # (hostile round 82: a team named by its work, legal aid however far its suit, a
        # bank's staff in a federation's report)
        (
            "Tổ khai thác số 5 có 42 công nhân, năm nào cũng vượt sản lượng; Tổ chức hội nghị NLĐ "
            "tại 29/38 doanh nghiệp, đạt 76,3%.",
            {("worker_conference_rate", 76.3)},
        ),
        (
            "Công đoàn đã hỗ trợ 5 người lao động khởi kiện đòi quyền lợi tại tòa án; hỗ trợ 2 "
            "công nhân làm thủ tục khởi kiện đòi tiền lương bị nợ.",
            set(),
        ),
        # (hostile round 83: loans to build anew are still loans; savings to pay more to the
        # staff are none; a unit with `ngành` in its name is still a unit)
        (
            "Quỹ CEP cho 60 hộ vay vốn để xây mới nhà ở, tổng số tiền 2,4 tỷ đồng.",
            set(),
        ),
        (
            "Đơn vị thực hiện tự chủ, tiết kiệm ngân sách được 2,8 tỷ đồng để chi thu nhập tăng "
            "thêm.",
            set(),
        ),
        (
            "Thu nhập bình quân đạt 8,5 triệu đồng/người/tháng; đơn vị có thu nhập bình quân cao "
            "nhất là Công ty CP Bia Thái Bình (ngành đồ uống) với 14,2 triệu đồng/người/tháng.",
            {("avg_income", 8_500_000)},
        ),
        # people named by their trade outside the firms (probe 9ce)
        (
            "Mở 4 lớp tập huấn cho 230 ngư dân; khám sức khỏe miễn phí cho 320 tài xế; hỗ trợ 45 "
            "tiểu thương bị thiệt hại do cháy chợ với số tiền 90 triệu đồng.",
            {
                ("training_courses", 4),
                ("training_participants", 230),
                ("welfare_beneficiaries", 320),
                ("welfare_beneficiaries", 45),
                ("welfare_value", 90_000_000),
            },
        ),
        # the size that picks out firms is no workforce (probe 9cb)
        (
            "Tỉnh có 40 doanh nghiệp trên 5.000 lao động; toàn tỉnh có 120 doanh nghiệp với hơn "
            "85.000 lao động.",
            {("workers", 85_000)},
        ),
        # people named by their trade in transport and mining are persons (probes 9ch, 9cm)
        (
            "Công đoàn Công ty tập huấn an toàn cho 386 lái xe, phụ xe; Chuyến xe mùa xuân đưa "
            "1.350 thợ mỏ về quê đón Tết; thăm hỏi 42 tiếp viên bị ốm đau.",
            {
                ("training_participants", 386),
                ("welfare_beneficiaries", 1350),
                ("welfare_beneficiaries", 42),
            },
        ),
        # a closing told as the cause of the stock left does not make the stock a closing
        # (probe 9cm)
        (
            "Do nhiều doanh nghiệp giải thể, phá sản, đến nay Công đoàn ngành còn 87 CĐCS trực "
            "thuộc với 6.412 đoàn viên.",
            {("grassroots_unions", 87), ("members", 6412)},
        ),
        # a plan named after a result is what it was measured against; more results follow
        # (probe 9cn)
        (
            "Kết nạp 38/120 đoàn viên mới theo kế hoạch năm; thành lập 1 CĐCS tại HTX; tặng 300 "
            "suất quà.",
            {("new_members", 38), ("new_grassroots_unions", 1), ("gifts", 300)},
        ),
        (
            "Kết nạp 38 đoàn viên mới theo chỉ tiêu được giao, thành lập 2 CĐCS.",
            {("new_members", 38), ("new_grassroots_unions", 2)},
        ),
        # ... a plan's name and its verb before the figure: the plan, no result
        ("Kế hoạch kết nạp 500 đoàn viên, đến nay đã kết nạp được 430, đạt 86%.", set()),
        # trades name a workforce's part as well (probe 9ac)
        (
            "Công ty vận tải có 1.200 lao động, trong đó 800 lái xe.",
            {("workers", 1200), ("workers", 800)},
        ),
        # the body's own founding before its stock founded none of it (hostile round 84)
        (
            "Thành lập năm 1995, đến nay Công đoàn có 142 CĐCS.",
            {("grassroots_unions", 142)},
        ),
        # the units still to act on what the checks found are no more checks
        (
            "LĐLĐ huyện kiểm tra, giám sát 22 CĐCS, hiện còn 4 CĐCS chưa khắc phục xong.",
            {("supervisions", 22)},
        ),
        # those named by their work among the members are some of the members, no workforce
        # (hostile rounds 85, 86)
        # (a part the contract names no breakdown of is none; every item of the list is one)
        (
            "Công đoàn Tổng công ty có 24.600 đoàn viên, trong đó 3.200 lái tàu.",
            {("members", 24600)},
        ),
        (
            "Công đoàn Công ty có 4.200 đoàn viên, trong đó 3.600 lao động nữ, 3.900 công nhân "
            "trực tiếp sản xuất, 650 lái xe.",
            {("members", 4200), ("members", 3600), ("members", 3900)},
        ),
        (
            "LĐLĐ huyện có 2.400 đoàn viên, trong đó 1.650 lao động nữ.",
            {("members", 2400), ("members", 1650)},
        ),
        # ... nor the second half of a pair among them
        (
            "Công đoàn có 2.614 đoàn viên, trong đó có 1.203 nữ đoàn viên/1.240 nữ CBCCVC-NLĐ.",
            {("members", 2614), ("members", 1203), ("workers", 1240)},
        ),
        # ... not after a pair, whose workforce the part is of
        (
            "Công đoàn ngành có 1.845 đoàn viên/1.960 CNVC-LĐ, trong đó có hơn 1.200 công nhân "
            "lao động trực tiếp.",
            {("members", 1845), ("workers", 1960), ("workers", 1200)},
        ),
        # a stock label's pair, the day it was counted between (hostile round 86)
        ("Số đoàn viên hiện có là 3.120/3.400 công nhân.", {("members", 3120), ("workers", 3400)}),
        (
            "Số đoàn viên tính đến ngày 30/6/2024 là 2.310/2.450 lao động.",
            {("members", 2310), ("workers", 2450)},
        ),
        ("Chỉ tiêu thành lập 10 CĐCS, đạt 100%.", {("new_grassroots_unions", 10)}),
        # ... a plan's own figure after `theo`: still the plan
        (
            "Đã kết nạp 300 đoàn viên theo kế hoạch năm 2021 là 1.000 đoàn viên.",
            {("new_members", 300)},
        ),
        # ... the unions founded since the body's founding
        (
            "Từ khi thành lập năm 1995 đến nay, LĐLĐ tỉnh đã thành lập 1.420 CĐCS.",
            {("new_grassroots_unions", 1420)},
        ),
        # ... a plan met in full is the result too
        ("Chỉ tiêu thành lập 10 CĐCS đạt 100%.", {("new_grassroots_unions", 10)}),
        # a course named with its propaganda (probe 9cj)
        (
            "Tổ chức 74 lớp tập huấn, tuyên truyền pháp luật cho 5.630 lượt cán bộ công đoàn.",
            {("training_courses", 74), ("training_participants", 5630)},
        ),
        # the money, its source, then the gifts it bought (probe 9ch)
        (
            "Công đoàn trích gần 5 tỷ đồng từ nguồn tài chính công đoàn để tặng 9.850 suất quà.",
            {("gift_value", 5e9), ("gifts", 9850)},
        ),
        # the buses home for Tết are care (probe 9ci)
        (
            "LĐLĐ tỉnh tổ chức 24 chuyến xe đưa 1.136 công nhân về quê. Tổng kinh phí cho các "
            "chuyến xe khoảng 1,05 tỷ đồng.",
            {("welfare_beneficiaries", 1136), ("welfare_value", 1.05e9)},
        ),
        # the stock's label and the time it was counted (probe 9cn)
        (
            "Số đoàn viên hiện nay là 96/98 cán bộ, công chức, viên chức.",
            {("members", 96), ("workers", 98)},
        ),
        ("Tổng số đoàn viên hiện nay: 96/98 CBCCVC.", {("members", 96), ("workers", 98)}),
        # the workers a firm owes are no workforce (probe 9cq)
        ("Năm 2023, có 5 doanh nghiệp nợ lương với 312 lao động.", set()),
        # a paper's tag before a lead that opens on the workforce (probe 9cp)
        (
            "(LĐ) - Với 3.420 lao động, Công ty Than Vàng Danh là đơn vị lớn của ngành.",
            {("workers", 3420)},
        ),
        # checks counted by the visits to firms (probe 9cg)
        (
            "LĐLĐ tỉnh kiểm tra, giám sát việc đóng BHXH tại 318 lượt doanh nghiệp.",
            {("supervisions", 318)},
        ),
        # a contest's entries are no news posts (probe 9cj)
        (
            "Cuộc thi thu hút 3.500 bài dự thi, trong đó có 1.215 bài trả lời đúng. Ban tổ chức "
            "nhận được 450 bài viết. Các cấp công đoàn đăng tải 1.100 tin, bài trên website.",
            {("media_posts", 1100)},
        ),
        # what an audit found is neither a stock nor care (probe 9ct)
        ("Toàn tỉnh có 120 CĐCS, vẫn còn 4 CĐCS chậm nộp kinh phí.", {("grassroots_unions", 120)}),
        (
            "Qua kiểm tra, 3 đơn vị còn chi hỗ trợ hoạt động phong trào vượt định mức, tổng số "
            "tiền đề nghị giảm trừ quyết toán là 21,6 triệu đồng.",
            set(),
        ),
        # checks counted by the hospitals visited
        (
            "LĐLĐ tỉnh giám sát việc thực hiện chế độ phụ cấp tại 23 bệnh viện, trung tâm y tế.",
            {("supervisions", 23)},
        ),
        # answers to readers are posts; a fault denied before care leaves the care (hostile
        # round 88)
        (
            "Trang thông tin điện tử của trường đã đăng 56 bài trả lời bạn đọc.",
            {("media_posts", 56)},
        ),
        (
            "Không có đơn vị nào sai phạm, chi thăm hỏi ốm đau 45 triệu đồng cho 90 lượt đoàn viên.",
            {("welfare_value", 45e6), ("welfare_beneficiaries", 90)},
        ),
        # an average pay by name is per person and month whatever `mỗi` it is told with; a
        # sum per head or per month that is no pay stays out
        (
            "Thu nhập bình quân của công nhân đạt 8,4 triệu đồng mỗi tháng; thu nhập bình quân "
            "mỗi tháng của khối hành chính là 9,3 triệu đồng.",
            {("avg_income", 8.4e6), ("avg_income", 9.3e6)},
        ),
        (
            "Lương bình quân mỗi lao động nhận được 7,9 triệu đồng, tăng so với năm trước.",
            {("avg_income", 7.9e6)},
        ),
        (
            "Tiền lương trung bình của mỗi người lao động là 6,6 triệu đồng một người một tháng.",
            {("avg_income", 6.6e6)},
        ),
        (
            "Bình quân mỗi tháng chi 85 triệu đồng thăm hỏi; hỗ trợ tiền lương cho mỗi người lao "
            "động 2 triệu đồng; bình quân mỗi đoàn viên nhận được 400.000 đồng.",
            set(),
        ),
        # those who lost their work, named by a pair, are no workforce (probe 9cv); a
        # workforce no one of whom lost it is one
        (
            "Toàn huyện có khoảng 2.700 giáo viên, nhân viên bị mất việc; 840 công nhân, lao "
            "động phải nghỉ luân phiên.",
            set(),
        ),
        (
            "Doanh nghiệp có 1.900 công nhân, không để lao động nào bị mất việc.",
            {("workers", 1900)},
        ),
        # `ĐT` of `GD&ĐT` is training, not a phone: the figure after it counts (probe 9cz)
        (
            "Công đoàn ngành cùng Phòng GD&ĐT mở 3 lớp tập huấn cho 410 cán bộ công đoàn.",
            {("training_courses", 3), ("training_participants", 410)},
        ),
        # times by the quarter tell how often, no count (probe 9db, hostile round 89)
        (
            "Năm 2023, các CĐCS đối thoại định kỳ theo quý 1 lần, tổng cộng 84 cuộc đối thoại.",
            {("workplace_dialogues", 84)},
        ),
        # (hostile round 91: a fund's capital named before care keeps the people cared for;
        # a list drawn up to build houses builds none)
        (
            "Từ nguồn vốn Quỹ Tương trợ, công đoàn hỗ trợ 90 triệu đồng cho 30 đoàn viên khó khăn.",
            {("welfare_value", 90e6), ("welfare_beneficiaries", 30)},
        ),
        (
            "Công đoàn khảo sát, lập danh sách 22 đoàn viên khó khăn về nhà ở để xây Mái ấm Công "
            "đoàn.",
            set(),
        ),
        # (hostile round 89: whom support is for by their pay is no average pay)
        ("Công đoàn hỗ trợ người lao động có thu nhập dưới 4,5 triệu đồng.", set()),
        # a teacher's own initiatives are hers (hostile round 90); the department's gifts are
        # its own (probe 9cz)
        ("Trong 18 năm đứng lớp, cô Hạnh đã có 6 sáng kiến.", set()),
        # a fund's capital and money lent are no money spent nor saved (probe 9cu)
        (
            "Quỹ Tương trợ đoàn viên khó khăn có nguồn vốn ban đầu 350 triệu đồng; qua 18 tổ "
            "tiết kiệm và vay vốn, 940 lượt đoàn viên được vay với tổng số tiền 27 tỷ đồng.",
            set(),
        ),
        # a pair of nouns counted together ends no clause: the loan after it is read (probe
        # 9cu)
        (
            "LĐLĐ huyện giới thiệu và giải ngân 31 tỷ đồng cho 1.870 lượt đoàn viên, người lao "
            "động vay vốn ưu đãi.",
            set(),
        ),
        # support asked for is not yet given; the support given after it is (probe 9cv)
        (
            "Công đoàn lập hồ sơ đề nghị hỗ trợ cho 276 đoàn viên mất việc, số tiền 414 triệu "
            "đồng; đến nay đã có 198 trường hợp nhận hỗ trợ.",
            {("welfare_beneficiaries", 198)},
        ),
        # households out of near-poverty are what loans did, not people cared for (probe 9cu)
        ("Có 54 hộ đoàn viên thoát nghèo, 37 hộ thoát cận nghèo.", set()),
        # an agreement's rate per head and month raised: where it started is one too (probe 9da)
        (
            "Thỏa ước nâng tiền hỗ trợ đi lại từ 150.000 đồng lên 300.000 đồng/người/tháng.",
            set(),
        ),
        # the whole those admitted are of is no admission (probe 9da); a workforce employed
        # is one (probe 9cx)
        (
            "Công đoàn kết nạp 142 đoàn viên mới trong tổng số 175 lao động mới tuyển dụng.",
            {("new_members", 142)},
        ),
        ("Chi nhánh sử dụng 364 người lao động.", {("workers", 364)}),
        # a course's topic is no care for those it taught (probe 9cy)
        (
            "LĐLĐ mở 2 lớp tập huấn kỹ năng hỗ trợ pháp lý cho 146 cán bộ công đoàn.",
            {("training_courses", 2), ("training_participants", 146)},
        ),
        # an initiative's gain by the year is its gain (probe 9cx)
        ("Sáng kiến giúp làm lợi 270 triệu đồng mỗi năm.", {("initiative_value", 270e6)}),
        # people given a house are the houses, its building told with two verbs or with no
        # care word (probe 9cy)
        (
            "Công đoàn hỗ trợ 27 đoàn viên xây, sửa nhà “Mái ấm Công đoàn”.",
            {("union_shelter_houses", 27)},
        ),
        (
            "LĐLĐ huyện đã xây, sửa chữa Mái ấm Công đoàn giúp 9 đoàn viên.",
            {("union_shelter_houses", 9)},
        ),
        # `mục tiêu` after a result is its target; a workforce as a range is a unit's size;
        # members `sinh hoạt ở` unions hold them (probes 9cw, 9db)
        (
            "Thu nhập bình quân đạt 7,4 triệu đồng, vượt mục tiêu 7,1 triệu đồng đề ra.",
            {("avg_income", 7.4e6)},
        ),
        ("Phần lớn là hợp tác xã nhỏ, số lao động từ 8 đến 15 người.", set()),
        (
            "Sau sắp xếp, còn 9.640 đoàn viên, sinh hoạt ở 212 CĐCS.",
            {("members", 9640), ("grassroots_unions", 212)},
        ),
        # `với tổng cộng` links a stock as `với tổng số` does (probe 9db)
        (
            "LĐLĐ thị xã có 58 CĐCS trực thuộc với tổng cộng 9.870 đoàn viên.",
            {("grassroots_unions", 58), ("members", 9870)},
        ),
        # a university's staff named by their work (probe 9dc)
        (
            "Trường hiện có 846 giảng viên, nhân viên; Viện có 132 cán bộ, nghiên cứu viên, người "
            "lao động.",
            {("workers", 846), ("workers", 132)},
        ),
        # what the units did together is no unit's size (probe 9dc)
        ("Năm 2022, các đơn vị có 164 sáng kiến được công nhận.", {("initiatives", 164)}),
        # years to come are plans, not years counted back (probe 9de)
        ("Trong 5 năm tới, công đoàn phát triển mới 1,8 triệu đoàn viên.", set()),
        ("Thời gian tới, LĐLĐ huyện kết nạp 650 đoàn viên, thành lập 7 CĐCS.", set()),
        # a speaker's `tôi` framing the body's figures is no one worker's (probe 9de)
        (
            "Tôi xin báo cáo: năm 2024 toàn ngành đã kết nạp 13.480 đoàn viên; tôi biểu dương "
            "việc trao 21.000 suất quà Tết.",
            {("new_members", 13480), ("gifts", 21000)},
        ),
        # a reward and one worker's bonus are no care money (probe 9df)
        (
            "Giám đốc trao thưởng cho 14 tác giả có sáng kiến với tổng số tiền 84 triệu đồng; "
            "thưởng Tết người thấp nhất cũng được nhận 5 triệu đồng.",
            set(),
        ),
        # the parts of people no indicator counts are none either (probe 9df)
        (
            "Năm 2023, có 120 cá nhân được tuyên dương. Trong đó có 71 công nhân trực tiếp sản "
            "xuất và 26 lao động nữ.",
            set(),
        ),
        # (hostile round 92: the year so far is no year to come; a worker's own `tôi` still
        # tells her pay; hostile round 93: a fund's capital named far before and loans turned
        # over are no care)
        (
            "Từ đầu năm tới nay, Công đoàn đã thăm hỏi 52 lượt đoàn viên ốm đau.",
            {("welfare_beneficiaries", 52)},
        ),
        (
            'Điều dưỡng Mai chia sẻ: "Tôi xin chia sẻ, thu nhập mỗi tháng chỉ khoảng 7,2 triệu '
            'đồng nên món quà 500.000 đồng của Công đoàn rất ý nghĩa".',
            set(),
        ),
        (
            "Quỹ Tương trợ có tổng nguồn vốn trợ giúp đoàn viên là 740 triệu đồng; Quỹ đã quay "
            "vòng vốn cho 960 lượt đoàn viên.",
            set(),
        ),
        # a year with a comma after it is a year, however the Tết before it is named (probe 9dg)
        (
            "Năm 2023, công đoàn chăm lo cho 6,1 triệu lượt đoàn viên. Riêng Tết Giáp Thìn 2024, "
            "công đoàn toàn quốc đã thăm hỏi hơn 9,8 triệu lượt đoàn viên.",
            {("welfare_beneficiaries", 6.1e6), ("welfare_beneficiaries", 9.8e6)},
        ),
        # `y, bác sĩ` written with its comma are people (probe 9di)
        (
            "Công đoàn đã hỗ trợ 214 y, bác sĩ, điều dưỡng lên đường chi viện.",
            {("welfare_beneficiaries", 214)},
        ),
        # ... but a count that looks like a year, ending its sentence, is a count
        ("Toàn ngành hiện có số đoàn viên là 2031.", {("members", 2031)}),
        # a total after the things its own sentence counted is none of the houses counted the
        # sentence before (probe 9cy)
        (
            "Công đoàn hỗ trợ 12 đoàn viên xây nhà Mái ấm Công đoàn. Công đoàn tổ chức 6 lớp tập "
            "huấn cho 240 an toàn vệ sinh viên; trang bị 20 tủ thuốc và hỗ trợ mua 1 xe cứu "
            "thương cho các trạm y tế, tổng trị giá 800 triệu đồng.",
            {
                ("union_shelter_houses", 12),
                ("training_courses", 6),
                ("training_participants", 240),
                ("welfare_value", 800e6),
            },
        ),
        # (hostile rounds 94, 95: a reward named in an earlier clause leaves care money; a
        # headcount told by `người` keeps its parts)
        (
            "Bên cạnh công tác thi đua, khen thưởng, Công đoàn ngành đã chi 900 triệu đồng trợ "
            "cấp cho 360 đoàn viên ốm đau.",
            {("welfare_value", 900e6), ("welfare_beneficiaries", 360)},
        ),
        (
            "Công ty hiện có 1.840 người, trong đó 1.520 công nhân trực tiếp sản xuất.",
            {("workers", 1520)},
        ),
        # people cared for, told by what they took part in after the care (probe 9di)
        (
            "Toàn ngành có 3.920 lượt đoàn viên được công đoàn các cấp hỗ trợ khi tham gia phòng, "
            "chống dịch.",
            {("welfare_beneficiaries", 3920)},
        ),
        # a plan after a semicolon that measures the result against it is its target (probe
        # 9dj); some unions counted by their size are no stock of members; a kindergarten's
        # children are no people cared for (probe 9dg)
        (
            "Toàn tỉnh có hai CĐCS có trên 2.000 đoàn viên. Trường mầm non do công đoàn hỗ trợ "
            "xây dựng hiện nhận trông giữ 315 cháu là con công nhân.",
            {("grassroots_unions", 2)},
        ),
        # a bare `một` before a post is the article "a", not one post (probe 9dp)
        (
            "Công đoàn trường đã chia sẻ một bài viết về an toàn lao động và đăng hai bài viết "
            "khác trên trang của trường.",
            {("media_posts", 2)},
        ),
        # charity houses for the poor of a place and an employer's housing are no Mái ấm
        # (probes 9dn, 9dk); a Mái ấm for members of poor households is
        (
            "Công đoàn ngân hàng ủng hộ 2,6 tỷ đồng xây dựng 45 căn nhà cho hộ nghèo, hộ chính "
            "sách của huyện. Doanh nghiệp bỏ ra 2,3 tỷ đồng sửa chữa 6 khu nhà ở tập thể của "
            "công nhân.",
            set(),
        ),
        (
            "LĐLĐ tỉnh xây 12 nhà Mái ấm Công đoàn cho đoàn viên thuộc hộ nghèo với kinh phí "
            "600 triệu đồng.",
            {("union_shelter_houses", 12), ("union_shelter_value", 600_000_000)},
        ),
        # ... nor their cost beside a Mái ấm's (hostile round 96)
        (
            "LĐLĐ tỉnh xây mới 10 nhà Mái ấm Công đoàn trị giá 500 triệu đồng và 6 nhà Đại đoàn "
            "kết trị giá 300 triệu đồng.",
            {("union_shelter_houses", 10), ("union_shelter_value", 500_000_000)},
        ),
        # money paid from the fund for the houses counted is their cost (probe 9dp)
        (
            "LĐLĐ huyện bàn giao 4 nhà cho đoàn viên với tổng số tiền hỗ trợ từ Quỹ là 290 "
            "triệu đồng.",
            {("union_shelter_houses", 4), ("union_shelter_value", 290_000_000)},
        ),
        # an item's count, a dash, then its money: the money of what was counted (probe 9dp)
        (
            "Quà cho con đoàn viên nhân ngày 1/6: 1.420 suất – 142 triệu đồng.\nHỗ trợ đột "
            "xuất: 47 trường hợp - 141 triệu đồng.",
            {
                ("gifts", 1420),
                ("gift_value", 142_000_000),
                ("welfare_beneficiaries", 47),
                ("welfare_value", 141_000_000),
            },
        ),
        # the total after an amount each, spelled out (probe 9do)
        (
            "Công đoàn xã tặng quà cho mười hai đoàn viên, mỗi suất năm trăm nghìn đồng, tổng "
            "cộng sáu triệu đồng.",
            {("welfare_beneficiaries", 12), ("welfare_value", 6_000_000)},
        ),
        # the fund named in the sentence before, raising again (probe 9dl); not a fund unnamed
        (
            'Các cấp công đoàn đã vận động Quỹ "Mái ấm Công đoàn" được 4 tỷ 620 triệu đồng. '
            "Riêng năm 2023, Quỹ vận động được 1.025,5 triệu đồng.",
            {("union_shelter_fund", 4_620_000_000), ("union_shelter_fund", 1_025_500_000)},
        ),
        ("LĐLĐ tỉnh trao 20 suất quà. Quỹ vận động được 15 triệu đồng.", {("gifts", 20)}),
        # accident insurance the union buys for members is its care, a card each (probe 9du);
        # an employer's social insurance is not
        (
            "Nghiệp đoàn chi gần 14,2 triệu đồng mua bảo hiểm tai nạn cho 118 đoàn viên. LĐLĐ "
            "quận trao tặng 50 thẻ bảo hiểm tai nạn 24/24 cho đoàn viên. Doanh nghiệp mua bảo "
            "hiểm xã hội cho 1.200 lao động với số tiền 3 tỷ đồng. LĐLĐ hỗ trợ đóng BHXH tự nguyện "
            "cho 20 đoàn viên với số tiền 30 triệu đồng.",
            {
                ("welfare_value", 14_200_000),
                ("welfare_beneficiaries", 118),
                ("welfare_beneficiaries", 50),
                ("welfare_beneficiaries", 20),
                ("welfare_value", 30_000_000),
            },
        ),
        (
            "Công đoàn trao 30 thẻ BHYT cho đoàn viên có hoàn cảnh khó khăn và tặng 200 sổ BHXH "
            "tự nguyện cho đoàn viên nghèo.",
            {("welfare_beneficiaries", 30), ("welfare_beneficiaries", 200)},
        ),
        # a survey's scope is no stock (probe 9dx)
        (
            "LĐLĐ tỉnh khảo sát nhanh tại 512 doanh nghiệp có tổ chức công đoàn. Khảo sát được "
            "thực hiện tại 186 đơn vị với tổng số 52.714 lao động. Toàn tỉnh có 1.200 CĐCS.",
            {("grassroots_unions", 1200)},
        ),
        # a fine an inspectorate imposed is no care (probe 9dw)
        (
            "LĐLĐ tỉnh thăm hỏi, hỗ trợ 120 đoàn viên bị tai nạn lao động. Thanh tra Sở đã thực "
            "hiện 12 cuộc thanh tra; 3 doanh nghiệp bị xử phạt với tổng số tiền 215 triệu đồng.",
            {("welfare_beneficiaries", 120)},
        ),
        # what some can reach is no average; what each member pays in a month no care (probes
        # 9dy, 9du)
        (
            "Thu nhập bình quân của công nhân đạt 8,2 triệu đồng/người/tháng, những người làm "
            "nhiều giờ tăng ca có thể đạt 13 - 14 triệu đồng/tháng. Quỹ tương trợ do đoàn viên "
            "góp mỗi tháng 20.000 đồng đã hỗ trợ 12 đoàn viên ốm đau. Có lao động đạt thu nhập "
            "20 triệu đồng/tháng.",
            {("avg_income", 8_200_000), ("welfare_beneficiaries", 12)},
        ),
        # an agreement's clause per event, the worker named, is no money given (probe 9dt)
        (
            "Thỏa ước quy định công ty trợ cấp 5 triệu đồng khi người lao động kết hôn, 3 triệu "
            "đồng khi sinh con. Công đoàn thăm hỏi 40 đoàn viên với số tiền 20 triệu đồng.",
            {("welfare_beneficiaries", 40), ("welfare_value", 20_000_000)},
        ),
        # an allowance for each team of an event is no care (probe 9ec)
        (
            "Ban tổ chức cấp cho mỗi đoàn 3 triệu đồng tiền trang phục thi đấu. Công đoàn thăm hỏi "
            "40 đoàn viên ốm đau.",
            {("welfare_beneficiaries", 40)},
        ),
        # members of the workforce, the share in brackets after the words that make them
        # members (probe 9dz)
        (
            "Công đoàn có 19 CĐCS trực thuộc với 8.912/9.037 CBCNV là đoàn viên công đoàn (đạt "
            "98,6%).",
            {("grassroots_unions", 19), ("members", 8912), ("workers", 9037)},
        ),
        # a newcomer's or a worse-off group's pay, and one worker's pay in a story, are no
        # average (probes 9ej, 9ed)
        (
            "Năm 2024, thu nhập bình quân đạt 8,1 triệu đồng/người/tháng. Lương giáo viên mới ra "
            "trường chỉ khoảng 4,2 triệu đồng/tháng; nhiều giáo viên mầm non ngoài công lập chỉ "
            "được trả 5 triệu đồng/tháng.",
            {("avg_income", 8_100_000)},
        ),
        (
            "Năm 2024, thu nhập bình quân đạt 8,1 triệu đồng. Thu nhập của giáo viên trẻ còn thấp, "
            "khoảng 5 - 6 triệu đồng/tháng.",
            {("avg_income", 8_100_000)},
        ),
        (
            "Năm 2024, thu nhập bình quân của lái xe đạt 11 triệu đồng/người/tháng. Anh Tuấn cho "
            "biết anh nhận lương khoán khoảng 15 triệu đồng/tháng.",
            {("avg_income", 11_000_000)},
        ),
        # the pay a hiring offers (probe 9ha); not an average named after the hiring
        (
            "Năm 2024, thu nhập bình quân đạt 8,1 triệu đồng/người/tháng. Công ty cần tuyển 300 "
            "lao động với mức lương 9,5 triệu đồng/tháng.",
            {("avg_income", 8_100_000)},
        ),
        (
            "Năm 2024, công ty tuyển dụng mới 300 lao động, thu nhập bình quân đạt 8,1 triệu "
            "đồng/người/tháng.",
            {("avg_income", 8_100_000)},
        ),
        # ... but in a sentence of averages they are a breakdown or what the average counts
        # in (hostile round 103)
        (
            "Năm 2024, thu nhập bình quân của người lao động khu vực ngoài công lập đạt 6,9 triệu "
            "đồng/người/tháng, khu vực công lập đạt 8,5 triệu đồng/người/tháng.",
            {("avg_income", 6_900_000), ("avg_income", 8_500_000)},
        ),
        (
            "Năm 2024, thu nhập bình quân của người lao động, kể cả lao động tập sự, đạt 7,2 triệu "
            "đồng/người/tháng; tiền lương bình quân theo hình thức lương khoán sản phẩm đạt 8,6 "
            "triệu đồng/người/tháng.",
            {("avg_income", 7_200_000), ("avg_income", 8_600_000)},
        ),
        (
            "Năm 2024, sau khi trừ các khoản chi phí, thu nhập bình quân của xã viên đạt 6,1 triệu "
            "đồng/người/tháng.",
            {("avg_income", 6_100_000)},
        ),
        (  # what they spend on rent is no income (probe 9ek)
            "Năm 2024, thu nhập bình quân đạt 8,1 triệu đồng/người/tháng; có khoảng 28% công "
            "nhân đang ở trọ với chi phí 1,5 - 2 triệu đồng/tháng.",
            {("avg_income", 8_100_000)},
        ),
        (
            "Năm 2024, thu nhập của người lao động chỉ đạt 5,2 triệu đồng/người/tháng.",
            {("avg_income", 5_200_000)},
        ),
        # a pupils' class is no course (probe 9ej); a course for teachers is one
        (
            "Năm 2024, Công đoàn ngành tổ chức Hội thi “Giáo viên chủ nhiệm lớp giỏi” cấp tỉnh với "
            "126 giáo viên dự thi; chuyên đề “Sinh hoạt lớp hiệu quả” thu hút 230 giáo viên.",
            set(),
        ),
        (
            "Năm 2024, mở 3 lớp tập huấn cho 230 giáo viên chủ nhiệm lớp.",
            {("training_courses", 3), ("training_participants", 230)},
        ),
        (  # ... a course named before the class (hostile round 103)
            "Năm 2024, Công đoàn ngành Giáo dục tổ chức tập huấn kỹ năng chủ nhiệm lớp cho 320 "
            "giáo viên.",
            {("training_participants", 320)},
        ),
        # those of a grade among the initiatives are no more initiatives (probe 9ej)
        (
            "Năm 2024, toàn ngành có 2.340 đề tài sáng kiến kinh nghiệm được công nhận, trong đó "
            "215 đề tài đạt loại A.",
            {("initiatives", 2_340)},
        ),
        (  # ... not all of them, nor a grade they earned another (hostile round 103)
            "Năm 2024, đoàn viên đóng góp 540 sáng kiến giúp Công ty đạt loại A về thi đua; Hội "
            "đồng sáng kiến ngành đã xét duyệt 1.250 sáng kiến và xếp loại 320 sáng kiến đạt loại "
            "A.",
            {("initiatives", 540), ("initiatives", 1_250)},
        ),
        # those living in a dormitory are no workforce (probe 9eg)
        (
            "Năm 2024, Công ty có 5.240 công nhân lao động. Hiện ký túc xá có 2.310 công nhân "
            "đang ở.",
            {("workers", 5_240)},
        ),
        (  # ... nor those who are somewhere (the session's re-read)
            "Năm 2024, toàn tỉnh có 12.500 công nhân lao động đang ở các khu công nghiệp.",
            {("workers", 12_500)},
        ),
        (  # ... those who live and work there, and workers hired, are (hostile round 104)
            "Năm 2024, toàn tỉnh có 350.000 CNVCLĐ đang ở và làm việc trên địa bàn; Công ty hiện "
            "có 2.300 công nhân và thuê thêm 200 lao động thời vụ.",
            {("workers", 350_000), ("workers", 2_300)},
        ),
        # unions counted by what they did at their congress or in a storm are no stock
        # (probes 9ee, 9ei)
        (
            "Năm 2024, huyện có 87 CĐCS. Có 31 CĐCS thí điểm bầu trực tiếp chủ tịch tại đại hội; "
            "bão số 3 khiến 63 doanh nghiệp có tổ chức công đoàn phải tạm dừng hoạt động.",
            {("grassroots_unions", 87)},
        ),
        (  # ... but a stock told with another clause is one (hostile round 104)
            "Năm 2024, LĐLĐ huyện quản lý 78 CĐCS nên mỗi cán bộ chuyên trách phải phụ trách nhiều "
            "đơn vị; Công đoàn ngành hiện có 215 CĐCS và là đơn vị thí điểm mô hình mới.",
            {("grassroots_unions", 78), ("grassroots_unions", 215)},
        ),
        # members who need a home are no stock (probe 9eg)
        (
            "Năm 2024, LĐLĐ thành phố có 162.000 đoàn viên; có 8.640 đoàn viên có nhu cầu thuê "
            "hoặc mua nhà ở xã hội.",
            {("members", 162_000)},
        ),
        (  # ... the stock described by its needs is the stock (hostile round 104)
            "Năm 2024, toàn tỉnh hiện có 85.000 đoàn viên có nhu cầu hưởng thụ văn hóa, tinh thần "
            "ngày càng cao.",
            {("members", 85_000)},
        ),
        # `anh em` opening a sentence are everyone, no one worker (probe 9eh)
        (
            "Năm nay anh em vận động được 1 tỷ rưỡi đồng cho Quỹ “Mái ấm Công đoàn”.",
            {("union_shelter_fund", 1_500_000_000)},
        ),
        # a package named by its size is no money given (probe 9ee)
        (
            "Năm 2024, Công đoàn trao 200 gói quà. Năm 2021, các đoàn viên được nhận hỗ trợ từ gói "
            "26.000 tỷ đồng của Tổng LĐLĐ Việt Nam.",
            {("gifts", 200)},
        ),
        (  # ... one the union gives is its money (hostile round 105)
            "Năm 2024, LĐLĐ tỉnh đã trao gói hỗ trợ 2,5 tỷ đồng cho 5.000 đoàn viên; đoàn viên "
            "được hỗ trợ từ gói hỗ trợ người lao động trị giá 26.000 tỷ đồng.",
            {("welfare_value", 2_500_000_000), ("welfare_beneficiaries", 5_000)},
        ),
        (  # ... nor what is given or spent from one (hostile round 107)
            "Năm 2024, từ gói kinh phí chăm lo Tết LĐLĐ tỉnh đã trao 4.000 suất quà cho đoàn "
            "viên; LĐLĐ tỉnh chi từ gói chăm lo của tỉnh 3,5 tỷ đồng hỗ trợ 7.000 đoàn viên.",
            {("gifts", 4_000), ("welfare_value", 3_500_000_000), ("welfare_beneficiaries", 7_000)},
        ),
        # the others beside one named are no whole count (probe 9dk, once `anh em` no longer
        # read as one worker)
        (
            "Anh em bảo vệ rừng tích cực cải tiến: đề tài “Ứng dụng bản đồ số” cùng 3 sáng kiến "
            "khác đã được Hội đồng sáng kiến tỉnh công nhận. Năm 2024 có 25 sáng kiến.",
            {("initiatives", 25)},
        ),
        (  # ... more of a count is a count still (hostile round 105)
            "Năm 2024, xây mới 15 nhà “Mái ấm Công đoàn”, cùng 8 nhà khác được sửa chữa.",
            {("union_shelter_houses", 15), ("union_shelter_houses", 8)},
        ),
        # a count per span of time is how often, no count; a fund's takings and balance are
        # no money given; each unit's average is no stock (probes 9el, 9eo)
        (
            "Năm 2024, tổ chức 04 cuộc đối thoại định kỳ tại nơi làm việc (01 cuộc/quý). Tổng số "
            "ĐV: 362; số ĐV đóng ĐPCĐ bình quân: 349 ĐV/tháng.",
            {("workplace_dialogues", 4), ("members", 362)},
        ),
        (
            "Năm 2024, Quỹ xã hội: thu 6.200.000đ, chi hỗ trợ 2 ĐV ốm đau 4.000.000đ, còn "
            "2.200.000đ.",
            {("welfare_beneficiaries", 2), ("welfare_value", 4_000_000)},
        ),
        (
            "Năm 2024, toàn tỉnh có 7.215 đoàn viên. Bình quân mỗi công đoàn xã, phường có 89 "
            "đoàn viên.",
            {("members", 7_215)},
        ),
        # ... but money per month, a quarter named after the slash, a person named Thu, `còn`
        # for "also" and each member's average income stand (hostile round 106)
        (
            "Năm 2024, thu nhập bình quân của người lao động đạt 7.500.000 VNĐ/tháng; LĐLĐ huyện "
            "kết nạp 320 đoàn viên/quý I.",
            {("avg_income", 7_500_000), ("new_members", 320)},
        ),
        (
            "Năm 2024, hỗ trợ đoàn viên Nguyễn Thị Thu 5 triệu đồng; các CĐCS còn trên 500 triệu "
            "đồng thăm hỏi, hỗ trợ đoàn viên ốm đau.",
            {("welfare_value", 5_000_000), ("welfare_value", 500_000_000)},
        ),
        (  # ... the payments told first; `chi phí` is no payment (hostile round 108)
            "Năm 2024, Quỹ xã hội: chi hỗ trợ 2 ĐV ốm đau 4.000.000đ, thu 6.200.000đ, còn "
            "2.200.000đ. Hỗ trợ đoàn viên Nguyễn Thị Thu 5 triệu đồng, chi phí do công đoàn cấp "
            "trên cấp.",
            {
                ("welfare_beneficiaries", 2),
                ("welfare_value", 4_000_000),
                ("welfare_value", 5_000_000),
            },
        ),
        (
            "Năm 2024, thu nhập bình quân mỗi công đoàn viên đạt 8,5 triệu đồng/tháng.",
            {("avg_income", 8_500_000)},
        ),
        # requests answered are no people cared for (probe 9er); workers of firms with no
        # union and foreign workers are not the workforce the union covers (probe 9ep)
        (
            "Năm 2024, Công đoàn tư vấn pháp luật miễn phí, tiếp nhận và giải đáp 1.270 lượt yêu "
            "cầu; thăm hỏi, hỗ trợ 2.300 lượt đoàn viên.",
            {("welfare_beneficiaries", 2_300)},
        ),
        (
            "Năm 2024, toàn KCN có 48.584 lao động; chưa có CĐCS còn 23 doanh nghiệp với khoảng "
            "2.100 lao động. Các doanh nghiệp có 1.340 lao động nước ngoài đang làm việc.",
            {("workers", 48_584)},
        ),
        # what a rule obliges is no meeting held (probe 9eq)
        (
            "Năm 2024, các CĐCS phối hợp tổ chức 52 cuộc đối thoại định kỳ; mỗi doanh nghiệp có tổ "
            "chức công đoàn phải tổ chức ít nhất 1 lần đối thoại định kỳ mỗi năm theo quy định.",
            {("workplace_dialogues", 52)},
        ),
        # what hostile round 109 found the session's rules dropping: money given after `còn`
        # ("and also"), a package's money the union sets aside, the workforce after a clause on
        # firms with no union, meetings held because one had to, people who asked for help
        (
            "Năm 2024, đã chi hỗ trợ 5 đoàn viên ốm đau 5 triệu đồng, còn 10 triệu đồng tặng quà "
            "cho con đoàn viên. Trong gói chăm lo Tết, LĐLĐ tỉnh dành 12 tỷ đồng hỗ trợ đoàn viên.",
            {
                ("welfare_beneficiaries", 5),
                ("welfare_value", 5_000_000),
                ("welfare_value", 10_000_000),
                ("welfare_value", 12_000_000_000),
            },
        ),
        (
            "Năm 2024, phát triển đoàn viên ở doanh nghiệp chưa có công đoàn, hiện toàn tỉnh có "
            "120.000 CNVCLĐ. Doanh nghiệp đã phải tổ chức 3 cuộc đối thoại đột xuất; hỗ trợ 45 NLĐ "
            "có yêu cầu được trợ cấp khó khăn.",
            {("workers", 120_000), ("workplace_dialogues", 3), ("welfare_beneficiaries", 45)},
        ),
        # labour export's figures are no workforce the union covers (probe 9fa): those
        # abroad on contracts, back from there, or in a named country
        (
            "Năm 2023, toàn tỉnh có 12.480 lao động đi làm việc ở nước ngoài theo hợp đồng. Số lao "
            "động hết hạn hợp đồng trở về nước khoảng 4.300 người. Hiện có khoảng 3.200 lao động "
            "của thành phố đang làm việc tại Hàn Quốc. Toàn tỉnh hiện có 185.000 người lao động.",
            {("workers", 185_000)},
        ),
        # a job found for workers is no Party referral (probe 9fa); the best members where they
        # work still are
        (
            "Năm 2023, LĐLĐ huyện giới thiệu 138 lao động về nước vào làm việc tại các doanh nghiệp "
            "trong KCN. Công đoàn giới thiệu 12 đoàn viên ưu tú làm việc tại các phòng ban cho chi "
            "bộ xem xét kết nạp.",
            {("party_referrals", 12)},
        ),
        # members who left, a net change and workers laid off are no stock (probe 9ew)
        (
            "Năm 2023, cả năm có 1.327 đoàn viên rời công ty. Sau 5 năm, số đoàn viên thực tăng chỉ "
            "2.317 người. Có 19 doanh nghiệp cắt giảm lao động với tổng cộng 6.200 người. Công đoàn "
            "hiện có 860 đoàn viên.",
            {("members", 860)},
        ),
        # money set aside to found a fund, and money the union asks another for, are no care
        # given (probes 9ez, 9ex); what the company gave at the union's request is
        (
            "Năm 2023, Công đoàn trích 200 triệu đồng lập quỹ Vòng tay nhân ái để hỗ trợ người lao "
            "động gặp rủi ro. Công đoàn đang đề xuất công ty hỗ trợ 50 triệu đồng để lập Góc pháp "
            "luật. Theo đề nghị của Công đoàn, công ty hỗ trợ 30 triệu đồng cho 15 công nhân.",
            {("welfare_value", 30_000_000), ("welfare_beneficiaries", 15)},
        ),
        # the bill a saving campaign cut is no initiative's value (probe 9ey); what initiatives
        # saved is
        (
            "Năm 2023, toàn ngành tiết kiệm được khoảng 1,2 triệu kWh điện, tương đương hơn 2,4 tỷ "
            "đồng tiền điện so với cùng kỳ. Các sáng kiến tiết kiệm điện đã làm lợi 800 triệu đồng "
            "tiền điện cho công ty.",
            {("initiative_value", 800_000_000)},
        ),
        # a page's reach is no count of what it posted (probe 9ex)
        (
            "Năm 2023, tổng số lượt truy cập chuyên mục đạt gần 58.000 lượt. Công đoàn đã đăng 320 "
            "tin, bài trên trang thông tin điện tử, thu hút 45.000 lượt xem.",
            {("media_posts", 320)},
        ),
        # money of its own beside gifts, for a purpose of its own, is no gifts' value; the
        # gifts' worth is (probe 9eu)
        (
            "Năm 2024, đoàn trao 120 phần quà cho đoàn viên đang làm nhiệm vụ, cùng 50 triệu đồng "
            "hỗ trợ cải tạo khu nhà ở. LĐLĐ trao 200 suất quà trị giá 100 triệu đồng hỗ trợ công "
            "nhân.",
            {
                ("gifts", 120),
                ("welfare_value", 50_000_000),
                ("gifts", 200),
                ("gift_value", 100_000_000),
            },
        ),
        # the gifts' noun dropped once said: `N suất, trị giá X` is their worth (probes 9et, 9eu)
        (
            "Năm 2024, Công đoàn trao 6.482 suất quà cho đoàn viên. Trong đó, LĐLĐ tỉnh trực tiếp "
            "trao 95 suất, trị giá 47,5 triệu đồng.",
            {("gifts", 6_482), ("gift_value", 47_500_000)},
        ),
        # those taken home for Tết are cared for, no stock; a delegation's size and passengers
        # carried are no figures (probes 9ez, 9eu)
        (
            "Năm 2024, chương trình có 12 xe khách đưa 480 đoàn viên về quê đón Tết. Đoàn công tác "
            "gồm 86 cán bộ, đoàn viên của Công đoàn Tổng công ty. Các tàu đã chở hơn 4.000 lượt "
            "khách ra đảo. Công ty có 1.200 đoàn viên, quê ở nhiều tỉnh.",
            {("welfare_beneficiaries", 480), ("members", 1_200)},
        ),
        # the unions a body had when founded are no new ones (probe 9ev)
        (
            "Khi mới thành lập, Công đoàn ngành chỉ có 14 công đoàn cơ sở. Năm 2024, LĐLĐ huyện "
            "thành lập mới 12 CĐCS.",
            {("new_grassroots_unions", 12)},
        ),
        # hostile round 111 (guards of this session's vetoes, passing on the code before them
        # too): where those referred work is no job found; posts told after a page's reach; a
        # cut that did not happen; requests met, then care given; a firm that sends workers
        # abroad has its own
        (
            "Năm 2023, Công đoàn giới thiệu 32 công nhân đang làm việc tại các doanh nghiệp cho chi "
            "bộ xem xét kết nạp Đảng; giới thiệu 300 lao động cho các doanh nghiệp tuyển dụng. "
            "Fanpage LĐLĐ tỉnh có 21.000 lượt thích trang và đăng tải 640 bài viết.",
            {("party_referrals", 32), ("media_posts", 640)},
        ),
        (
            "Năm 2023, tuy đơn hàng giảm nhưng công ty không cắt giảm lao động, hiện có 6.200 công "
            "nhân. Công đoàn đã giải quyết các kiến nghị của công nhân và hỗ trợ 30 triệu đồng cho "
            "12 đoàn viên.",
            {("workers", 6_200), ("welfare_value", 30_000_000), ("welfare_beneficiaries", 12)},
        ),
        (
            "Năm 2023, Công ty TNHH MTV Dịch vụ xuất khẩu lao động Hải Phòng có 85 người lao động.",
            {("workers", 85)},
        ),
        # money coming in from donors, money left in a fund, those an appeal counts as in
        # need and the unions that gave are no care given nor stock (probe 9fc); the money
        # given to the flooded public is
        (
            "Năm 2023, 48 doanh nghiệp, nhà hảo tâm ủng hộ 1 tỷ 290 triệu đồng. Ngân hàng TMCP "
            "Phương Nam tài trợ 300 triệu đồng. Số tiền còn lại 1,02 tỷ đồng được giữ tại Quỹ xã "
            "hội. Theo rà soát, toàn tỉnh có khoảng 11.000 đoàn viên có hoàn cảnh khó khăn cần được "
            "quan tâm, hỗ trợ. Có 64 công đoàn cơ sở trực thuộc đóng góp 378 triệu đồng. CNVCLĐ đã "
            "ủng hộ 300 triệu đồng cho đồng bào vùng lũ.",
            {("welfare_value", 300_000_000)},
        ),
        # a firm paying for events, patients a hospital saw, a vote's share (probe 9fb)
        (
            "Năm 2023, Công ty tài trợ 450 triệu đồng để tổ chức hội thao. Các cơ sở khám chữa bệnh "
            "đã khám cho hơn 612.000 lượt người bệnh. Hội nghị thông qua Thỏa ước với 165/168 đại "
            "biểu tán thành (98,2%). Có 112/118 doanh nghiệp tổ chức Hội nghị người lao động, đạt "
            "94,9%.",
            {("worker_conference_rate", 94.9)},
        ),
        # a state body's audits and a treasury's saving are no union checks nor initiatives'
        # value; the checks the union joins are; an agency's workforce named as civil servants
        # and workers (probe 9fe)
        (
            "Năm 2023, Cục Thuế đã thanh tra, kiểm tra 856 doanh nghiệp, kiến nghị truy thu 120 tỷ "
            "đồng. Kho bạc từ chối thanh toán 327 món chi, tiết kiệm cho ngân sách nhà nước hơn 2,4 "
            "tỷ đồng. Công đoàn tham gia cùng Sở LĐTBXH thanh tra, kiểm tra 48 doanh nghiệp. Công "
            "đoàn Cục hiện có 612 đoàn viên trên tổng số 625 công chức, người lao động.",
            {("supervisions", 48), ("members", 612), ("workers", 625)},
        ),
        # hostile round 112: the gifts' worth told as a sum of money then their purpose; new
        # unions set up when firms were founded; scholarships counted in portions are no gifts
        (
            "Năm 2024, LĐLĐ tỉnh trao 200 suất quà với số tiền 100 triệu đồng hỗ trợ công nhân khó "
            "khăn. Khi thành lập CĐCS mới, LĐLĐ huyện đã thành lập 25 CĐCS. Trao học bổng cho con "
            "đoàn viên: 200 suất, trị giá 200 triệu đồng.",
            {
                ("gifts", 200),
                ("gift_value", 100_000_000),
                ("new_grassroots_unions", 25),
                ("welfare_value", 200_000_000),
            },
        ),
        # the workers' conference by its name before 2012, in firms (probe 9fh)
        (
            "Năm 2006, có 14/15 doanh nghiệp nhà nước tổ chức Hội nghị CNVC đúng thời gian, đạt "
            "93,3%.",
            {("worker_conference_rate", 93.3)},
        ),
        # (probes 9fk, 9fi, 9fp, 9fo, 9fm, 9fn, 9fl and 9fr, 2026-12-06) members counted by an
        # illness or a disability are the need a report sizes, no membership nor care ...
        ("Toàn tỉnh có 326 đoàn viên, người lao động mắc bệnh hiểm nghèo.", set()),
        ("Công ty có 41 đoàn viên là người khuyết tật.", set()),
        ("Hiện có 63 đoàn viên đang điều trị bệnh hiểm nghèo.", set()),
        # ... those helped are cared for (a guard)
        (
            "Đã hỗ trợ 63 đoàn viên đang điều trị bệnh hiểm nghèo.",
            {("welfare_beneficiaries", 63)},
        ),
        # a figure a total leaves out is outside it, often another body's
        (
            "Thành lập 412 CĐCS (chưa kể 35 nghiệp đoàn cơ sở).",
            {("new_grassroots_unions", 412)},
        ),
        (
            "Toàn tỉnh có 4.500 đoàn viên, chưa bao gồm 214 đoàn viên thuộc các đơn vị ngành dọc.",
            {("members", 4500)},
        ),
        # the size that picks out unions counted, words between
        ("Số CĐCS khu vực ngoài nhà nước có dưới 30 đoàn viên còn chiếm tỷ lệ cao.", set()),
        # unions counted by their parts, or by taking part in a campaign, are no stock
        ("Toàn ngành có 58 CĐCS có công đoàn bộ phận.", set()),
        ("Tháng Công nhân có sự tham gia của 1.046 doanh nghiệp, 2.350 CĐCS trên địa bàn.", set()),
        # a union fair's takings, an insurer's payments, a club's running money are no care
        ("Phiên chợ Công đoàn bày bán 12.000 mặt hàng, doanh số đạt 1,1 tỷ đồng.", set()),
        ("Tổng quỹ khám chữa bệnh BHYT được thanh toán 310 tỷ đồng.", set()),
        ("Để CLB hoạt động, LĐLĐ tỉnh hỗ trợ kinh phí 40 triệu đồng/năm.", set()),
        # a firm's investment told after what initiatives brought is no value they brought
        (
            "Các sáng kiến làm lợi cho công ty trên 4 tỷ đồng; công ty đầu tư thêm 2 dây chuyền "
            "may trị giá khoảng 18 tỷ đồng.",
            {("initiative_value", 4e9)},
        ),
        # `một` after a word of experience is "a": a survey's answer
        ("Chỉ 34% công nhân từng tham gia một buổi đối thoại với người sử dụng lao động.", set()),
        # ... not a meeting held (a guard)
        ("Công ty tổ chức một buổi đối thoại định kỳ.", {("workplace_dialogues", 1)}),
        # (guards of hostile round 115: a stock over a size, the ill helped, a stock after taking
        # part, savings on investment, a fair's sales the initiatives raised, care for a club's
        # sake, insurance paid for members, `từng bước` ...)
        (
            "Hiện nay, các CĐCS trực thuộc LĐLĐ huyện hiện có trên 12.000 đoàn viên.",
            {("members", 12000)},
        ),
        (
            "Năm 2023, có 63 đoàn viên mắc bệnh hiểm nghèo được Công đoàn thăm hỏi, hỗ trợ.",
            {("welfare_beneficiaries", 63)},
        ),
        ("Công ty có 120 đoàn viên, đa số là người khuyết tật.", {("members", 120)}),
        (
            "Với sự tham gia của các ngành, đến nay toàn huyện có 126 CĐCS.",
            {("grassroots_unions", 126)},
        ),
        (
            "Năm 2023, sáng kiến giúp công ty tiết kiệm chi phí đầu tư mua mới 2,5 tỷ đồng.",
            {("initiative_value", 2.5e9)},
        ),
        (
            "Năm 2023, các sáng kiến đã góp phần tăng doanh số, làm lợi cho công ty 3,5 tỷ đồng.",
            {("initiative_value", 3.5e9)},
        ),
        (
            "Để CLB hoạt động hiệu quả, Công đoàn thăm hỏi 25 đoàn viên ốm đau với số tiền 50 "
            "triệu đồng.",
            {("welfare_beneficiaries", 25), ("welfare_value", 50e6)},
        ),
        (
            "LĐLĐ tỉnh hỗ trợ đóng quỹ BHYT hộ gia đình cho 150 đoàn viên khó khăn với số tiền 90 "
            "triệu đồng.",
            {("welfare_beneficiaries", 150), ("welfare_value", 90e6)},
        ),
        (
            "Năm 2023, Công đoàn đã từng bước xây một nhà Mái ấm Công đoàn.",
            {("union_shelter_houses", 1)},
        ),
        # ... and what they taught: a firm's equipment, a survey's `chưa từng ... một`
        (
            "Các sáng kiến làm lợi 4 tỷ đồng; công ty trang bị 3 dây chuyền tự động trị giá 15 tỷ "
            "đồng.",
            {("initiative_value", 4e9)},
        ),
        ("Có 40% công nhân chưa từng được Công đoàn tặng một suất quà nào.", set()),
        # those a course was held for, a care word in its name, are no one cared for (probe
        # 9fk); those helped after a course named are (a guard)
        (
            "Tổ chức 3 lớp tập huấn kỹ năng tư vấn, hỗ trợ đồng đẳng cho 146 cán bộ công đoàn cơ sở.",
            {("training_courses", 3)},
        ),
        (
            "Mở 2 lớp tập huấn pháp luật, hỗ trợ 50 đoàn viên khó khăn 25 triệu đồng.",
            {("training_courses", 2), ("welfare_beneficiaries", 50), ("welfare_value", 25e6)},
        ),
        # a corporation's union's member unions are its stock, the tier below a union's
        # beside those directly under it none (probes 9fj, 9fo, 9fu, 9ft)
        (
            "Công đoàn Tổng công ty có 34 CĐCS thành viên với 27.460 đoàn viên.",
            {("grassroots_unions", 34), ("members", 27460)},
        ),
        (
            "Toàn ngành có 38 công đoàn cơ sở trực thuộc, 36 công đoàn cơ sở thành viên.",
            {("grassroots_unions", 38)},
        ),
        # a net change, tiers of support, unions failing a quota are no figures (9fu, 9fs); a
        # total for the people named is (the re-read)
        ("Số đoàn viên tăng ròng so với năm 2022 là 1.250 người.", set()),
        (
            "LĐLĐ tỉnh đã chi hỗ trợ 850 triệu đồng đối với các đoàn viên bị ảnh hưởng bởi bão.",
            {("welfare_value", 850e6)},
        ),
        # ... nor a tier for each one or for a family having (hostile round 120)
        ("Hỗ trợ 500 nghìn đồng đối với mỗi đoàn viên bị mất việc làm.", set()),
        # ... member unions beside those directly under the body named after them (round 119)
        (
            "Toàn ngành có 12 công đoàn cấp trên cơ sở, 45 CĐCS thành viên và 30 CĐCS trực thuộc.",
            {("grassroots_unions", 30)},
        ),
        ("Số đoàn viên tăng ròng 312 người.", set()),
        (
            "Mức hỗ trợ gồm 5 triệu đồng đối với đoàn viên có nhà bị sập, 3 triệu đồng đối với nhà "
            "bị tốc mái.",
            set(),
        ),
        ("Vẫn còn 14 CĐCS không hoàn thành chỉ tiêu kết nạp.", set()),
        # rounds of bargaining listed after the dialogues are none (probe 9fo)
        (
            "Tổ chức 20 cuộc đối thoại định kỳ tại nơi làm việc, 2 lần thương lượng sửa đổi thỏa ước.",
            {("workplace_dialogues", 20)},
        ),
        # a stock told after a survey named is the body's own (probe 9fn)
        (
            "Song song với kết quả khảo sát, LĐLĐ tỉnh thông tin, toàn tỉnh có 1.386 CĐCS với "
            "215.420 đoàn viên.",
            {("grassroots_unions", 1386), ("members", 215420)},
        ),
        # ... a pair after another clause's rate is its own (a guard of hostile round 117)
        (
            "Thu nhập bình quân tăng 8% so với năm 2022; các doanh nghiệp tổ chức Hội nghị người "
            "lao động (118/122 DN).",
            {("worker_conference_rate", 96.72)},
        ),
        # ... and a survey's scope told with `hiện có` is still no stock, negotiations and
        # dialogues held at once dialogues (guards of hostile round 117)
        ("Khảo sát được thực hiện tại 186 đơn vị hiện có tổng số 52.714 lao động.", set()),
        (
            "Tổ chức 15 cuộc thương lượng, đối thoại tại nơi làm việc.",
            {("workplace_dialogues", 15)},
        ),
        # a rate restated by its pair in brackets is one figure (probe 9fm)
        (
            "97% – doanh nghiệp có tổ chức công đoàn đã tổ chức Hội nghị người lao động (118/122 DN).",
            {("worker_conference_rate", 97)},
        ),
        # a count after an event named with its year and `và` (probe 9fr, hostile round 114)
        (
            "Trao quà Tết Giáp Thìn năm 2024 và 1950 suất quà cho đoàn viên khó khăn.",
            {("gifts", 1950)},
        ),
        (
            "Các CĐCS tổ chức Hội nghị người lao động năm 2024 và 2 cuộc đối thoại định kỳ.",
            {("workplace_dialogues", 2)},
        ),
        # a share told out of a count is no count (probe 9gb)
        ("Cứ 20 đoàn viên thì có 1 người được công đoàn thăm hỏi.", set()),
        ("Cứ 10 người lao động thì có hơn 9 người là đoàn viên.", set()),
        ("Cứ 10 doanh nghiệp thì mới có khoảng 3 doanh nghiệp có tổ chức công đoàn.", set()),
        # a figure a correction withdraws (probe 9fv) ...
        # (guard: passes on the code before the rule)
        (
            "Kết nạp 1.200 đoàn viên mới (bản đăng trước ghi 1.320 đoàn viên mới).",
            {("new_members", 1200)},
        ),
        ("Bản tin cũ ghi thu nhập bình quân 9,65 triệu đồng/người/tháng.", set()),
        ("Báo cáo đã gửi ghi Công đoàn ngành có 1.742 CĐCS trực thuộc.", set()),
        ("Bản tin viết các cấp công đoàn đã chăm lo Tết cho 9,1 triệu lượt đoàn viên.", set()),
        (  # (guard)
            "Số đoàn viên mới là 10.650 người, bị ghi thành 10.560 người.",
            {("new_members", 10650)},
        ),
        # ... not a news item's own record (guards: they pass on the code before the rule)
        ("Bản tin ghi nhận toàn tỉnh kết nạp 1.200 đoàn viên mới.", {("new_members", 1200)}),
        ("Báo cáo ghi rõ toàn tỉnh có 1.020 CĐCS.", {("grassroots_unions", 1020)}),
        # the new members' label, its year between (probe 9fv)
        ("Số đoàn viên mới năm 2024 là 10.650 người.", {("new_members", 10650)}),
        ("Số đoàn viên mới 6 tháng đầu năm 2024 đạt 1.650 người.", {("new_members", 1650)}),
        # those not yet admitted are no members admitted, nor the workforce (probe 9fy)
        ("Số giáo viên hợp đồng chưa được kết nạp còn khoảng 2.300 người.", set()),
        ("Còn 2.300 giáo viên hợp đồng chưa được kết nạp vào công đoàn.", set()),
        (
            "Kết nạp 1.200 đoàn viên mới, còn 300 lao động chưa được kết nạp.",
            {("new_members", 1200)},
        ),
        (  # (guard: not those admitted, told of before)
            "Kết nạp mới 1.236 đoàn viên là những người trước đây chưa tham gia công đoàn.",
            {("new_members", 1236)},
        ),
        # what the members fell by, its causes between, is no stock (probe 9fy, 9gc)
        (
            "Số đoàn viên giảm do doanh nghiệp giải thể, phá sản, cắt giảm lao động lên tới 3.752 "
            "người.",
            set(),
        ),
        ("Số đoàn viên giảm trong năm lên tới gần 970.000 người.", set()),
        ("Số đoàn viên giảm xuống còn 5.130 người.", {("members", 5130)}),  # (guard: a level)
        # the whole a part is out of is no count of the part's deed (probe 9fy)
        (
            "Chỉ có 38 trong số 141 CĐCS khu vực doanh nghiệp ký được thỏa ước lao động tập thể.",
            set(),
        ),
        # other boards' sizes, an employment office's caseload, the size of the places told of
        # (probe 9gc)
        ("Công nhân tự bầu ra Ban đại diện công nhân gồm 15 người.", set()),
        ("Công ty thành lập Hội đồng nhân viên gồm 35 người.", set()),
        ("Có 5.612 lao động trên địa bàn nộp hồ sơ hưởng trợ cấp thất nghiệp.", set()),
        ("Các vụ ngừng việc chủ yếu ở những nơi có trên 1.000 lao động.", set()),
        # a political school's classes, an online course finished: no union course, no stock
        # (probe 9fw)
        ("Công đoàn cử 27 đồng chí tham gia lớp trung cấp lý luận chính trị - hành chính.", set()),
        ("Đã có 2.846 đoàn viên hoàn thành ít nhất một khóa học trên hệ thống E-learning.", set()),
        # classes counted with their trainees (probe 9fw); a school's classes are none
        (
            "LĐLĐ huyện mở 19 lớp cho 1.480 lượt cán bộ công đoàn cơ sở.",
            {("training_courses", 19), ("training_participants", 1480)},
        ),
        ("Trường mầm non có 12 lớp với 420 học sinh.", set()),  # (guard)
        # a number a name ends in stands between a count and its award (probe 9fx)
        (
            "Có 2 cá nhân ở Xí nghiệp Cơ giới 19 được tặng Bằng Lao động sáng tạo.",
            {("creative_labour_awards", 2)},
        ),
        (
            "Có 3 công nhân Nhà máy Z153 được tặng Bằng Lao động sáng tạo.",
            {("creative_labour_awards", 3)},
        ),
        # an employer's crèche is no "Mái ấm" house (probe 9gc)
        ("Công ty chi 3,5 tỷ đồng xây nhà giữ trẻ cho con công nhân.", set()),
        # each kind's amount after a comma, `mỗi` understood (probe 9gb); not a deed after it
        (
            "Xây mới 12 nhà Mái ấm Công đoàn; mỗi nhà xây mới được hỗ trợ 60 triệu đồng, nhà sửa "
            "chữa 40 triệu đồng.",
            {("union_shelter_houses", 12)},
        ),
        (  # (guard: a hostile check of the rule's first form; passes on the code before it)
            "Hỗ trợ 3 gia đình, mỗi gia đình 10 triệu đồng, đồng thời trao 45 phần quà cho đoàn "
            "viên.",
            {("welfare_beneficiaries", 3), ("gifts", 45)},
        ),
        # how many bodies a label's total sums is no label's noun: a subset's total is the subset's
        # (hostile round 122: "của 3 CĐCS mới thành lập")
        (
            "Tổng số đoàn viên của 3 CĐCS mới thành lập là 450 người.",
            {("new_grassroots_unions", 3)},
        ),
        # (hostile round 121) each kind's amount after `mỗi ...`, a long kind named ...
        (
            "Thăm hỏi 320 đoàn viên; mỗi đoàn viên ốm đau 1 triệu đồng, trường hợp tai nạn lao động "
            "2 triệu đồng.",
            {("welfare_beneficiaries", 320)},
        ),
        # ... the level after a fall told with its causes
        (
            "Số đoàn viên giảm do doanh nghiệp giải thể, phá sản, tổng số đoàn viên hiện có là "
            "39.800 người.",
            {("members", 39800)},
        ),
        # ... a union's own board counting its unions; a stock over its plan in brackets
        (
            "Ban Đại diện Công đoàn các khu công nghiệp tỉnh gồm 120 CĐCS trực thuộc.",
            {("grassroots_unions", 120)},
        ),
        ("Công đoàn ngành có 12.300 đoàn viên (hoàn thành 101% kế hoạch).", {("members", 12300)}),
        # ... those not yet members; the whole a share of the new ones is of
        ("Số người lao động chưa là đoàn viên công đoàn là 6.400 người.", set()),
        ("Số đoàn viên mới năm 2024 chiếm 7% tổng số 152.300 đoàn viên.", {("members", 152300)}),
        # ... a school's, a language's classes
        ("Có 15 lớp mẫu giáo với 420 học viên.", set()),
        ("Trung tâm đào tạo của công ty tổ chức 28 lớp tiếng Nhật với 760 học viên.", set()),
        # ... admitted to the union, what else they did between (probe 9gg)
        (
            "Có 318 người đã ký hợp đồng lao động và được kết nạp vào tổ chức công đoàn.",
            {("new_members", 318)},
        ),
        # ... those who only wish to join (probe 9gg)
        ("Có 26 lao động nước ngoài bày tỏ nguyện vọng, đăng ký gia nhập công đoàn.", set()),
        # the cause of a change is no result (probe 9ge); a deed told as the cause is one
        ("Số đoàn viên giảm do 36 công đoàn cơ sở giải thể theo doanh nghiệp.", set()),
        ("Số lao động tăng do có thêm 1.350 công nhân vào làm việc.", set()),
        (  # (guard)
            "Số đoàn viên tăng nhờ thành lập mới 8 CĐCS và kết nạp 3.412 đoàn viên.",
            {("new_grassroots_unions", 8), ("new_members", 3412)},
        ),
        # the figure a correction denies (hostile round 121)
        (
            "Là 2.450 người (không phải 2.540 người như đã viết nhầm) được hỗ trợ.",
            {("welfare_beneficiaries", 2450)},
        ),
        # `căn cứ` is no `cứ`; a comma before the part told
        (
            "Căn cứ 15 hồ sơ đề nghị của CĐCS thì có 12 nhà Mái ấm Công đoàn được hỗ trợ xây mới.",
            {("union_shelter_houses", 12)},
        ),
        ("Cứ 20 đoàn viên, có 1 người được thăm hỏi.", set()),
        # a whole a sentence opens with is a stock
        (  # (guard)
            "Trong tổng số 45.600 đoàn viên, có 23.400 đoàn viên nữ.",
            {("members", 45600), ("members", 23400)},
        ),
        # (hostile round 123, guards: they pass on the session's starting code) a stock of
        # members out of the workforce; a deed told as a rise's cause; a body's sum after a
        # per-unit amount; a course taught in a language
        (
            "Hiện Công đoàn Công ty có 1.150 đoàn viên trong tổng số 1.400 CNLĐ, đạt tỷ lệ 82%.",
            {("members", 1150), ("workers", 1400)},
        ),
        (
            "Số CĐCS trực thuộc tăng do có 12 CĐCS mới được thành lập.",
            {("new_grassroots_unions", 12)},
        ),
        ("Tăng mạnh nhờ 2.150 công nhân lao động được kết nạp mới.", {("new_members", 2150)}),
        (
            "Trao 200 suất quà, mỗi suất 1 triệu đồng, Công ty TNHH Samsung trao 300 suất quà.",
            {("gifts", 200), ("gifts", 300)},
        ),
        (
            "Hỗ trợ 300 hộ, mỗi hộ 2 triệu đồng, LĐLĐ các huyện 350 triệu đồng.",
            {("welfare_beneficiaries", 300), ("welfare_value", 350_000_000)},
        ),
        (
            "Tổ chức 10 lớp tập huấn, trong đó có 2 lớp bằng tiếng Trung, tiếng Hàn cho 650 cán "
            "bộ công đoàn.",
            {("training_courses", 10), ("training_courses", 2), ("training_participants", 650)},
        ),
        # (the re-read, guards: each passes on the session's starting code) `thực hiện` is no
        # `hiện`; a name opened by `Đ`; a batch's number; a pupil's class; the workforce past a
        # comma; a share after a comma; a range opening a line; a school's union's course
        (
            "Số đoàn viên giảm do doanh nghiệp giải thể, phá sản, thực hiện tinh giản biên chế lên "
            "tới 3.752 người.",
            set(),
        ),
        (
            "Có 2 cá nhân ở Đội 19 được tặng Bằng Lao động sáng tạo.",
            {("creative_labour_awards", 2)},
        ),
        (
            "Đợt 2, 15 tỷ đồng được chuyển đến các CĐCS để hỗ trợ đoàn viên.",
            {("welfare_value", 15e9)},
        ),
        ("Công đoàn trao học bổng cho học sinh lớp 12 con công nhân lao động.", set()),
        (
            "Toàn huyện có 15.700 công nhân lao động, nhiều người đã đăng ký gia nhập công đoàn.",
            {("workers", 15700)},
        ),
        (
            "Trong năm 2024, có chưa đến 40% doanh nghiệp tổ chức hội nghị người lao động.",
            {("worker_conference_rate", 40)},
        ),
        (
            "Kết quả:\n80-85% doanh nghiệp đã tổ chức hội nghị người lao động.",
            {("worker_conference_rate", 80), ("worker_conference_rate", 85)},
        ),
        (
            "Công đoàn các trường mầm non tổ chức 3 lớp tập huấn nghiệp vụ công đoàn cho 240 cán bộ "
            "công đoàn.",
            {("training_courses", 3), ("training_participants", 240)},
        ),
        # a list's item numbered with a dash opens no range (probe 9gh)
        (
            "Kết quả năm 2024:\n10- 100% cơ quan, đơn vị tổ chức Hội nghị viên chức.",
            {("staff_conference_rate", 100)},
        ),
        # a speaker's frame in quoted words is no speaker's own figure (probe 9gh) ...
        (
            "“Điều tôi tâm đắc nhất là Hội nghị người lao động đã trở thành nếp: 97% doanh nghiệp "
            "có công đoàn tổ chức hội nghị đúng hạn”, bà Hà nói.",
            {("worker_conference_rate", 97)},
        ),
        # ... but pride in one's own is (guard)
        ("Chị Lan cho biết: tôi tự hào vì đã có 5 sáng kiến.", set()),
        # members counted by their schooling are a part (probe 9gi)
        ("Đoàn viên có trình độ thạc sĩ trở lên 2.430 người.", set()),
        # a term's label is no ordinal (probe 9gd)
        ("Phát triển đoàn viên cả nhiệm kỳ: 31.652", {("new_members", 31652)}),
        # `nói trên` is no `trên` (probe 9ge); a size after a comma (probe 9ge)
        ("Tặng các đoàn viên nói trên 172 suất quà.", {("gifts", 172)}),
        ("Hơn 70% là doanh nghiệp nhỏ và siêu nhỏ, có dưới 10 lao động.", set()),
        # people helped, their hardship told at length first or put first with `đối với`
        # (probe 9gk); their hardship alone is no care (guard)
        (
            "Toàn tỉnh có 2.350 đoàn viên bị mất việc làm, bị cắt giảm giờ làm do doanh nghiệp "
            "thiếu đơn hàng được hỗ trợ 1 triệu đồng/người.",
            {("welfare_beneficiaries", 2350)},
        ),
        ("Có 2.350 đoàn viên bị mất việc làm, nhiều người chưa được hỗ trợ.", set()),
        # ... not those put first before the care of some of them (hostile round 125)
        (
            "Đối với 8.000 lao động bị mất việc làm, công đoàn đã hỗ trợ 3.200 người.",
            {("welfare_beneficiaries", 3200)},
        ),
        # a meal's price raised is no money given (probe 9gk); their total is (hostile round 125)
        ("Hỗ trợ 3.000 suất ăn ca với tổng số tiền là 90 triệu đồng.", {("welfare_value", 90e6)}),
        (
            "LĐLĐ tỉnh tặng 3.000 suất ăn cho công nhân khó khăn với số tiền là 90 triệu đồng.",
            {("welfare_value", 90e6)},
        ),  # (re-read)
        (
            "Phối hợp tổ chức 02 đợt “Bữa cơm Công đoàn”, nâng giá trị suất ăn giữa ca từ 22.000 "
            "đồng lên 25.000 đồng.",
            set(),
        ),
        # (guards, hostile round 127) a pair of people helped or referred, graded after a comma
        # or by another grade, keeps its reading; a cost an initiative cut is its value; a
        # heading naming the cards keeps its stock; money in millions of gifts and cash stays
        # money; what members saved is no care either
        (
            "Thăm hỏi 320/350 đoàn viên ốm đau, các trường hợp đều được xếp loại khó khăn.",
            {("welfare_beneficiaries", 320)},
        ),
        (
            "15/18 đoàn viên ưu tú được giới thiệu cho Đảng đều được xếp loại hoàn thành tốt nhiệm "
            "vụ.",
            {("party_referrals", 15)},
        ),
        (
            "Các sáng kiến giúp giảm giá thành sản phẩm, làm lợi cho công ty hơn 12 tỷ đồng.",
            {("initiative_value", 12e9)},
        ),
        ("Công tác cấp thẻ đoàn viên: toàn huyện hiện có 12.500 đoàn viên.", {("members", 12_500)}),
        ("Trao quà Tết với tổng cộng 300 triệu quà và tiền mặt.", {("gift_value", 300e6)}),
        (
            "Qua chương trình Phúc lợi đoàn viên, số tiền đoàn viên tiết kiệm được ước hơn 310 triệu "
            "đồng.",
            set(),
        ),
        # goods counted by a table's unit column, and the units that reported a survey's
        # figures, are none (probe 9gw)
        (
            "Theo báo cáo nhanh của 312 doanh nghiệp có tổ chức công đoàn, mức thưởng Tết bình "
            "quân 6 triệu đồng.",
            set(),
        ),
        # the money of the meals the union gives (probe 9gt); the employer's canteen is none
        (
            "Công đoàn đã tổ chức 12 bữa cơm với tổng kinh phí 186 triệu đồng.",
            {("welfare_value", 186e6)},
        ),
        ("Công ty nâng chất lượng bữa ăn ca, chi 17 tỷ đồng.", set()),
        # a count in millions after a word for totals is a count, its noun after it (probe 9gu)
        (
            "Công đoàn các cấp trao tổng cộng 2,35 triệu suất quà, trị giá 2.150 tỷ đồng.",
            {("gifts", 2_350_000), ("gift_value", 2_150e9)},
        ),
        # a benefit programme's partners give their own; what members saved, the cards issued
        # and the unions that signed with shops are no indicator (probe 9gq)
        (
            "LĐLĐ thành phố trao 2.000 suất quà. Siêu thị Co.opmart cũng trao thêm 500 phần quà.",
            {("gifts", 2000), ("gifts", 500)},
        ),
        ("Số tiền đoàn viên tiết kiệm được ước hơn 310 triệu đồng.", set()),
        ("Đoàn viên trong tỉnh đã tiết kiệm được khoảng 4,2 tỷ đồng nhờ các ưu đãi này.", set()),
        ("Kết quả:\n- Số đoàn viên được cấp thẻ đoàn viên điện tử: 27.640", set()),
        ("Huyện có 47 CĐCS tự ký thỏa thuận với các cửa hàng.", set()),
        # units or members rated out of all: the second figure the stock, those rated none
        # (probe 9gr); told again after the stock, or a conference's rate, no more (guards)
        (
            "Năm 2019 có 56/64 CĐCS được công nhận đạt tiêu chuẩn “CĐCS vững mạnh” (đạt 87,5%).",
            {("grassroots_unions", 64)},
        ),
        ("Có 60/64 CĐCS trực thuộc hoàn thành tốt nhiệm vụ trở lên.", {("grassroots_unions", 64)}),
        (
            "Công đoàn có 3.918 đoàn viên. Đánh giá chất lượng: 3.904/3.918 đoàn viên được xếp "
            "loại.",
            {("members", 3918)},
        ),
        ("45/50 CĐCS tổ chức Hội nghị người lao động.", {("worker_conference_rate", 90)}),
        # those who help build a house are no houses (probe 9gm, hostile round 125) ...
        (
            "Hơn 30 cán bộ công đoàn góp ngày công xây Mái ấm Công đoàn cho chị Lan; trao 2 Mái "
            "ấm Công đoàn.",
            {("union_shelter_houses", 2)},
        ),
        ("120 đoàn viên quyên góp xây Mái ấm Công đoàn cho chị L.", set()),
        # ... nor those given the days' work (re-read)
        (
            "LĐLĐ huyện hỗ trợ 5 đoàn viên ngày công xây Mái ấm Công đoàn.",
            {("union_shelter_houses", 5)},
        ),
        # ... but those given it with others' help are (guard, hostile round 125)
        (
            "4 đoàn viên có hoàn cảnh khó khăn được đồng nghiệp góp sức xây Mái ấm Công đoàn.",
            {("union_shelter_houses", 4)},
        ),
        # a union school's own classes and enrolment are no union course (probe 9go) ...
        (
            "Cung văn hóa đã mở 64 lớp năng khiếu (múa, vẽ, võ thuật) cho gần 1.900 học viên là "
            "con em CNLĐ; trường tuyển sinh 1.245 học viên; mở 12 lớp bồi dưỡng cho 1.150 cán bộ "
            "công đoàn.",
            {("training_courses", 12), ("training_participants", 1150)},
        ),
        # ... but a course on enrolment, or cadres from a community, are (hostile round 125)
        (
            "Mở 3 lớp bồi dưỡng cho 210 cán bộ là con em đồng bào dân tộc thiểu số; 6 lớp bồi "
            "dưỡng công tác tuyển sinh cho 480 cán bộ.",
            {
                ("training_courses", 3),
                ("training_participants", 210),
                ("training_courses", 6),
                ("training_participants", 480),
            },
        ),
        # ... nor is a building's investment care, whoever gave towards it (probe 9go)
        (
            "Nhà văn hóa có tổng vốn đầu tư 12,5 tỷ đồng (trong đó Tổng LĐLĐ Việt Nam hỗ trợ 5 tỷ "
            "đồng).",
            set(),
        ),
        # units that held a conference under a label naming agreements too (probe 9gk)
        (
            "Đối thoại, thỏa ước: 38/38 CĐCS tổ chức Hội nghị người lao động, đạt 100%; ký mới 6 "
            "thỏa ước.",
            {("worker_conference_rate", 100), ("collective_agreements", 6)},
        ),
        # ... but agreements signed through dialogue are (guard, hostile round 125)
        (
            "Công đoàn ký mới 45 thỏa ước thông qua tổ chức đối thoại.",
            {("collective_agreements", 45)},
        ),
        # the units figures were gathered from (probe 9gn); those who drew or lack their
        # insurance (probes 9gl, 9gk)
        (
            "Theo số liệu tổng hợp từ 64 doanh nghiệp có tổ chức công đoàn, thu nhập bình quân "
            "đạt 8 triệu đồng/người/tháng.",
            {("avg_income", 8e6)},
        ),
        ("Trên địa bàn có hơn 8.500 người lao động rút BHXH một lần.", set()),
        # ... not a source named (guard, hostile round 125)
        (
            "Theo số liệu từ Ban Tổ chức LĐLĐ tỉnh, đến hết năm 2023 LĐLĐ tỉnh có 1.386 CĐCS với "
            "215.420 đoàn viên.",
            {("grassroots_unions", 1386), ("members", 215_420)},
        ),
        (
            "Số giáo viên hợp đồng chưa được đóng bảo hiểm xã hội đầy đủ còn khoảng 35 người.",
            set(),
        ),
        # `một` naming a quotation's speaker is no count (probe 9gn); `một` counting is (guard)
        (
            "Quý I chỉ kết nạp được chưa đến 700 người, một cán bộ Ban Tổ chức LĐLĐ tỉnh nhớ lại.",
            {("new_members", 700)},
        ),
        ("Công đoàn đã thăm hỏi một công nhân bị tai nạn.", {("welfare_beneficiaries", 1)}),
        (
            "Đã kết nạp một nghìn hai trăm đoàn viên mới kể từ khi triển khai Chương trình.",
            {("new_members", 1200)},
        ),  # (hostile round 124)
        # a plan fallen short of, asked of, is no result (probe 9gn)
        ("Liệu năm nay công đoàn có đạt được 10 căn Mái ấm như cam kết?", set()),
        # what could have been, or would follow from a supposition, is no result (probe 9gn) ...
        (
            "Công đoàn trao 1.500 suất quà. Giá như quỹ dồi dào hơn, chúng tôi đã có thể trao "
            "3.000 suất quà.",
            {("gifts", 1500)},
        ),
        (
            "Công đoàn kết nạp 450 đoàn viên. Nếu không có đợt tuyển dụng lớn, số đoàn viên kết "
            "nạp mới có lẽ chỉ khoảng 120 người.",
            {("new_members", 450)},
        ),
        (
            "Có 214 sáng kiến. Giả sử mỗi sáng kiến chỉ tiết kiệm 10 triệu đồng/năm, con số ấy đã "
            "là hơn 2 tỷ đồng.",
            {("initiatives", 214)},
        ),
        (
            "Chủ tịch nhắc: nếu mỗi CĐCS kết nạp thêm chỉ 5 đoàn viên thì toàn tỉnh sẽ có thêm "
            "hơn 10.000 đoàn viên.",
            set(),
        ),
        ("Không có nhà hảo tâm, công đoàn không làm nổi 20 nhà Mái ấm Công đoàn.", set()),
        # ... but what one was able to do, could not go home for, or a price named `giá như`,
        # is (hostile round 124)
        (
            "Nhờ nguồn quỹ, LĐLĐ tỉnh đã có thể xây mới 15 nhà Mái ấm Công đoàn.",
            {("union_shelter_houses", 15)},
        ),
        ("LĐLĐ tỉnh đón Tết cho công nhân không thể về quê với 1.200 suất quà.", {("gifts", 1200)}),
        (
            "Phiên chợ bán hàng với giá như giá bình ổn, LĐLĐ tỉnh trao 1.200 suất quà.",
            {("gifts", 1200)},
        ),
        (
            "Có lẽ nhờ vậy, 1.268 lượt đoàn viên đã được công đoàn hỗ trợ kịp thời.",
            {("welfare_beneficiaries", 1268)},
        ),
        (
            "LĐLĐ tỉnh tổ chức diễn tập tình huống giả định, tập huấn cho 450 cán bộ công đoàn.",
            {("training_participants", 450)},
        ),
        ("Vậy vì sao không phải toàn bộ 1.112 người đều được công đoàn hỗ trợ?", set()),
        # ... but a condition of what was done is (guards)
        (
            "Nếu không có 842 triệu đồng công đoàn hỗ trợ cho 1.268 lượt đoàn viên, liệu họ có "
            "trụ lại?",
            {("welfare_value", 842e6), ("welfare_beneficiaries", 1268)},
        ),
        (
            "Nếu như năm 2022 kết nạp 1.200 đoàn viên thì năm 2023 đã kết nạp được 1.500 đoàn "
            "viên.",
            {("new_members", 1200), ("new_members", 1500)},
        ),
        # the Youth Union's members are no union members
        (
            "LĐLĐ tỉnh kết nạp 2.100 đoàn viên công đoàn. Tỉnh đoàn kết nạp 3.850 đoàn viên thanh "
            "niên; công ty có 120 đoàn viên thanh niên.",
            {("new_members", 2_100)},
        ),
        # those at an event named before them are no stock
        (
            "Tham dự phiên chợ có 1.200 đoàn viên khó khăn. Tham gia hội thao năm nay có 600 "
            "CNVCLĐ. Tham gia công đoàn, hiện có 5.000 đoàn viên.",
            {("members", 5_000)},
        ),
        # ... nor are members sent to borrow or to train, while the Party's referral stays
        (
            "Công đoàn phường giới thiệu 14 đoàn viên cho Quỹ trợ vốn vay vốn; giới thiệu 25 "
            "công nhân đi học nghề; giới thiệu 6 đoàn viên ưu tú cho Đảng, 2 người được kết nạp.",
            {("party_referrals", 6), ("party_admissions", 2)},
        ),  # (a class on the Party is a referral; those placed in jobs after it no admissions)
        (
            "Công đoàn giới thiệu 12 đoàn viên ưu tú đi học lớp cảm tình Đảng; giới thiệu 18 "
            "đoàn viên cho chi bộ xem xét kết nạp Đảng, giải quyết cho 40 lao động có việc làm.",
            {("party_referrals", 12), ("party_referrals", 18)},
        ),
        ("Quý I, toàn tỉnh có 6 vụ tai nạn lao động làm 7 người chết.", set()),
        # what a worker pays for her room is no income
        (
            "Thu nhập bình quân khoảng 6,1 triệu đồng/người/tháng, riêng tiền phòng đã mất "
            "1,4 triệu đồng.",
            {("avg_income", 6_100_000)},
        ),
        # the workforce of a place, named in a question
        (
            "Thưa ông, với hơn 85.000 CNVCLĐ trên địa bàn, công đoàn tỉnh làm gì?",
            {("workers", 85_000)},
        ),
        # the money the union levels gave for houses named in the sentence before is their
        # value; another body's `Mái ấm tình thương` are not the union's; the Party members
        # among the members and workers are no stock
        (
            "LĐLĐ huyện bàn giao 3 nhà “Mái ấm Công đoàn”. Trong đó, LĐLĐ huyện hỗ trợ 25 triệu "
            "đồng/căn, LĐLĐ tỉnh hỗ trợ 10 triệu đồng/căn; tổng số tiền công đoàn các cấp hỗ trợ "
            "cho 3 căn nhà là 105 triệu đồng.",
            {("union_shelter_houses", 3), ("union_shelter_value", 105_000_000)},
        ),
        (
            "Hội Liên hiệp Phụ nữ huyện cũng trao 5 căn nhà “Mái ấm tình thương” cho hội viên nghèo.",
            set(),
        ),
        (
            "Hiện LĐLĐ huyện có 112 CĐCS với 4.360 đoàn viên, trong đó 1.287 đoàn viên là đảng "
            "viên, chiếm 29,5%.",
            {("grassroots_unions", 112), ("members", 4_360)},
        ),
        (
            "Toàn ngành có 2.450 CNVCLĐ, trong đó 812 CNVCLĐ là đảng viên.",
            {("workers", 2_450)},
        ),
        # ... named before the figure
        (
            "Toàn ngành có 12.846 đoàn viên; đoàn viên là đảng viên 7.905 người.",
            {("members", 12_846)},
        ),
        # a pair of the people counted that something befell, or who borrowed: no stock
        ("Do lũ, huyện có hơn 2.400 đoàn viên, lao động bị ảnh hưởng nặng.", set()),
        ("Đợt lũ vừa qua có gần 350 đoàn viên thiệt hại về tài sản.", set()),
        ("Trong năm, có 512 đoàn viên, CNVC-LĐ vay vốn phát triển kinh tế gia đình.", set()),
        # a label is a noun phrase, its head first: the unions that held the workers'
        # conference, no workers (and no stock of unions)
        ("- Số CĐCS tổ chức Hội nghị NLĐ: 180.", set()),
        ("- Tổng số đoàn viên công đoàn cơ sở: 1.200.", {("members", 1_200)}),
        # a sum beyond any month's pay is no income, nor is a bonus
        (
            "Thu nhập bình quân của người lao động đạt 2,85 triệu đồng/người/tháng; tuy nhiên vẫn "
            "còn 37 doanh nghiệp nợ đọng bảo hiểm xã hội với số tiền trên 41 tỷ đồng.",
            {("avg_income", 2_850_000)},
        ),
        (
            "Công ty thưởng Tết bình quân 1,5 tháng lương, mức thưởng thấp nhất là 6 triệu đồng.",
            set(),
        ),
        (
            "Thu nhập bình quân 7,5 triệu đồng, thưởng Tết bình quân 8 triệu đồng.",
            {("avg_income", 7_500_000)},
        ),
        # those who fell on duty are no workforce; an education office's name trains no one
        (
            "Năm 2021, ngành Y tế có 2.850 CNVCLĐ; trong đợt dịch có 2 nhân viên y tế hy sinh "
            "trong khi làm nhiệm vụ.",
            {("workers", 2_850)},
        ),
        (
            "Có 9 sáng kiến được Hội đồng khoa học Phòng Giáo dục và Đào tạo công nhận, 7 giáo viên "
            "đạt danh hiệu giáo viên dạy giỏi cấp huyện.",
            {("initiatives", 9)},
        ),
        (
            "Sở Giáo dục và Đào tạo tổ chức 3 lớp tập huấn cho 250 giáo viên.",
            {("training_courses", 3), ("training_participants", 250)},
        ),
        # those at work at the moment a story tells of are no workforce; a report's moment is
        (
            "Tại thời điểm xảy ra cháy, có khoảng 650 công nhân đang làm việc trong xưởng.",
            set(),
        ),
        ("Khi đoàn đến thăm, có hơn 300 công nhân đang làm ca.", set()),
        ("Tại thời điểm báo cáo, toàn huyện có 12.500 CNVCLĐ.", {("workers", 12_500)}),
        # money collected is never money spent on the houses
        (
            "Từ quỹ do đoàn viên toàn ngành đóng góp một ngày lương (tổng thu được 1,86 tỷ đồng), "
            "Công đoàn ngành đã hỗ trợ xây mới 11 nhà “Mái ấm Công đoàn” với tổng kinh phí 550 "
            "triệu đồng.",
            {("union_shelter_houses", 11), ("union_shelter_value", 550_000_000)},
        ),
        # what each one got, in a clause of its own; not past a comma
        (
            "Tại Chợ Tết Công đoàn, mỗi đoàn viên được tặng phiếu mua hàng trị giá 300.000 đồng, "
            "nhiều mặt hàng được giảm giá.",
            set(),
        ),
        # admitted into the Party's ranks, after the members strove
        (
            "Trong năm 2023 đã có 126 đoàn viên ưu tú được đứng trong hàng ngũ của Đảng.",
            {("party_admissions", 126)},
        ),
        (
            "Qua thời gian rèn luyện, phấn đấu, năm 2023 đã có 584 đoàn viên được kết nạp Đảng.",
            {("party_admissions", 584)},
        ),
        # past an apposition that says who they are
        (
            "Năm 2023, có 42 quần chúng ưu tú là đoàn viên công đoàn cơ sở đã được kết nạp vào "
            "Đảng.",
            {("party_admissions", 42)},
        ),
        # people given a house, its name quoted or its round and year between
        (
            "Năm 2024, LĐLĐ thành phố đã hỗ trợ 2,8 tỉ đồng xây dựng “Mái ấm Công đoàn” cho 84 "
            "đoàn viên có hoàn cảnh khó khăn về nhà ở.",
            {("union_shelter_value", 2.8e9), ("union_shelter_houses", 84)},
        ),
        (
            "LĐLĐ tỉnh trao tặng Mái ấm Công đoàn đợt 2 năm 2021 cho 27 đoàn viên.",
            {("union_shelter_houses", 27)},
        ),
        # support paid to each, counted in portions; houses abbreviated; an amount per house
        (
            "Năm 2021, Công đoàn trao 45 suất hỗ trợ trực tiếp cho những lao động khó khăn.",
            {("welfare_beneficiaries", 45)},
        ),
        (
            "Năm 2023, các cấp công đoàn hỗ trợ ĐV, NLĐ 860 MÂCĐ với tổng số tiền hơn 19 tỉ đồng.",
            {("union_shelter_houses", 860), ("union_shelter_value", 19e9)},
        ),
        (
            "Năm 2023, hỗ trợ xây 20 nhà, mức 50 triệu đồng/1 mái ấm.",
            {("union_shelter_houses", 20)},
        ),
        # members vaccinated are no stock; a stock, then some of them helped, stays one
        ("Năm 2021, có 1,06 triệu đoàn viên, NLĐ được tiêm vắc xin.", set()),
        (
            "Năm 2023, CĐCS có 1.850 đoàn viên, trong đó 320 đoàn viên được hỗ trợ.",
            {("members", 1850), ("welfare_beneficiaries", 320)},
        ),
        (
            "Năm 2023, Công đoàn ngành Giáo dục quản lý 25.300 đoàn viên, nhiều năm liền các "
            "đoàn viên được chăm lo chu đáo.",
            {("members", 25_300)},
        ),
        # ... or per unit, with the parts of that one amount after it
        # (not what was spent in all after `trong đó`)
        (
            "Năm 2023, LĐLĐ tỉnh hỗ trợ 12 triệu đồng/1 đơn vị, trong đó đã chi cho 25 đơn vị "
            "mới thành lập là 300 triệu đồng.",
            {("welfare_value", 300e6)},
        ),
        (
            "Năm 2023, LĐLĐ tỉnh gửi tặng 12 triệu đồng/1 đơn vị, trong đó có 8 triệu đồng tiền mặt "
            "và nhu yếu phẩm trị giá 4 triệu đồng.",
            set(),
        ),
        (
            "Năm 2023, Công đoàn ngành trao hỗ trợ 24 CĐCS, mức 2 triệu đồng/đơn vị (trong đó "
            "LĐLĐ Thành phố hỗ trợ 1 triệu đồng).",
            set(),
        ),
        # a breakdown by schooling and new members are no stocks
        (
            "Công đoàn cơ sở có 38 đoàn viên; trình độ đại học là 20, trung học và công nhân kỹ "
            "thuật là 5.",
            {("members", 38)},
        ),
        ("Năm 2023, cả nước có 950.000 đoàn viên mới.", set()),
        # the tier below a grassroots union is none; what single initiatives brought no total
        (
            "Công đoàn ngành có 38 công đoàn cơ sở trực thuộc, 36 công đoàn cơ sở thành viên.",
            {("grassroots_unions", 38)},
        ),
        ("Năm 2023, nhiều sáng kiến có giá trị làm lợi trên 80 tỷ đồng/năm.", set()),
        (
            "Năm 2023, có 320 sáng kiến, làm lợi trên 100 tỷ đồng.",
            {("initiatives", 320), ("initiative_value", 1e11)},
        ),
        # members active in their unions; unions counted as units; members handed over
        (
            "Năm 2023, có 1.528 đoàn viên công đoàn, đang tham gia sinh hoạt tại 58 công đoàn cơ "
            "sở.",
            {("members", 1_528), ("grassroots_unions", 58)},
        ),
        ("Năm 2023, Công đoàn ngành có 96 đơn vị Công đoàn cơ sở.", {("grassroots_unions", 96)}),
        (
            "Năm 2023, Công đoàn ngành chuyển giao 85 đoàn viên về sinh hoạt tại Công đoàn Viên "
            "chức tỉnh.",
            set(),
        ),
        # results on the basis of a plan are results
        (
            "Trên cơ sở chỉ tiêu được giao, năm 2023 LĐLĐ huyện đã vận động thành lập mới được 17 "
            "CĐCS và kết nạp 365 đoàn viên.",
            {("new_grassroots_unions", 17), ("new_members", 365)},
        ),
        # ... and with the giver named between `được` and the care
        (
            "Năm 2023, 350 đoàn viên được Công đoàn cơ sở trao quà Tết.",
            {("welfare_beneficiaries", 350)},
        ),
        (
            "Năm 2023, 35 đoàn viên được Công đoàn cơ sở giới thiệu cho Đảng xem xét kết nạp.",
            {("party_referrals", 35)},
        ),
        # those the union is named as helping, past their long name; members' children
        (
            "Năm 2021, khoảng 8.500 cán bộ, nhân viên y tế tuyến đầu chống dịch được Công đoàn "
            "hỗ trợ.",
            {("welfare_beneficiaries", 8_500)},
        ),
        (
            "Năm 2023, công đoàn tặng quà cho 150 thiếu nhi là con đoàn viên.",
            {("gifts", 150)},  # (children given gifts: one gift each)
        ),
        # firms that have a union are grassroots unions; those that have none are not
        (
            "Năm 2023, toàn tỉnh có 840 doanh nghiệp đã có tổ chức Công đoàn cơ sở với 21.300 "
            "đoàn viên.",
            {("grassroots_unions", 840), ("members", 21_300)},
        ),
        ("Năm 2023, còn 300 doanh nghiệp chưa có tổ chức công đoàn.", set()),
        # the decision that makes workers members admits them; one that honours them does not
        (
            "Năm 2024, LĐLĐ thành phố ban hành quyết định công nhận 42 đoàn viên và công nhận "
            "CĐCS Công ty TNHH Minh Phát.",
            {("new_members", 42)},
        ),
        ("Năm 2024, BCH CĐCS ra quyết định công nhận 37 cán bộ, đoàn viên xuất sắc.", set()),
        ("Năm 2023, LĐLĐ huyện có quyết định công nhận 64 cán bộ công đoàn ưu tú.", set()),
        # initiatives sent in, counted as submissions on an online portal
        (
            "Năm 2022, đã ghi nhận 2.930 lượt nộp sáng kiến qua phần mềm của tỉnh.",
            {("initiatives", 2930)},
        ),
        # unions that took part in a contest, however many words name them, are no stock
        (
            "Năm 2023, tính tới 15/9, trên địa bàn có 2.140 Công đoàn cơ sở (CĐCS) cùng "
            "186.300 đoàn viên dự thi qua mạng, tham gia cuộc thi tìm hiểu pháp luật.",
            set(),
        ),
        # money taken from the union's own funds and given is care
        (
            "Công đoàn ngành trích kinh phí hoạt động và trao tặng 17,5 triệu đồng hỗ trợ cho 58 "
            "cháu là con đoàn viên mắc bệnh hiểm nghèo.",
            {("welfare_value", 17.5e6), ("welfare_beneficiaries", 58)},
        ),
        ("Công ty hỗ trợ kinh phí hoạt động 40.000.000 đồng.", set()),
        # ... nor what a union just founded got to start with
        (
            "Năm 2023, LĐLĐ quận tặng nghiệp đoàn vừa ra mắt 3 triệu đồng để làm kinh phí hoạt "
            "động ban đầu.",
            set(),
        ),
        # ... but care paid from the union's own operating funds is care
        (
            "Năm 2023, LĐLĐ tỉnh chi 1,2 tỷ đồng chăm lo Tết cho đoàn viên, sử dụng kinh phí hoạt "
            "động thường xuyên.",
            {("welfare_value", 1.2e9)},
        ),
        (
            "Năm 2023, LĐLĐ tỉnh trích hơn 1 tỉ đồng từ quỹ Xã hội giúp đoàn viên khó khăn.",
            {("welfare_value", 1e9)},
        ),
        # ... not what helped people find work or keep their pay
        ("Sàn giao dịch việc làm giúp 1.450 lao động tìm được việc làm.", set()),
        # savings books for orphans are care, not what initiatives saved
        (
            "Năm 2023, LĐLĐ tỉnh trao 20 sổ tiết kiệm cho con đoàn viên mồ côi, tổng trị giá 200 "
            "triệu đồng.",
            {("welfare_value", 200e6)},
        ),
        # those helped, after a clause of those who took part
        (
            "Năm 2023, hơn 1.000 đoàn viên tham gia Chuyến tàu Công đoàn, 760 người được hỗ trợ "
            "vé máy bay.",
            {("welfare_beneficiaries", 760)},
        ),
        # the total of what was counted, in the next sentence, past the verb it was spent by
        (
            "Năm 2023, Công đoàn thăm hỏi, hỗ trợ 640 đoàn viên ốm đau. Tổng kinh phí thực hiện "
            "gần 360 triệu đồng.",
            {("welfare_beneficiaries", 640), ("welfare_value", 360e6)},
        ),
        # a plan a result is compared with governs nothing after it
        (
            "Năm 2023 có 10.480 sáng kiến, vượt 1.480 sáng kiến so với chỉ tiêu giao, làm lợi cho "
            "doanh nghiệp trên 950 tỷ đồng.",
            {("initiatives", 10_480), ("initiative_value", 9.5e11)},
        ),
        # those cared for, past where they work; those a programme served
        (
            "Năm 2023, 1.650 đoàn viên, công nhân tại 5 doanh nghiệp trên địa bàn tỉnh được khám "
            "sức khỏe miễn phí.",
            {("welfare_beneficiaries", 1_650)},
        ),
        (
            "Năm 2023, có 7,4 triệu đoàn viên đã được thụ hưởng chương trình Phúc lợi đoàn viên.",
            {("welfare_beneficiaries", 7_400_000)},
        ),
        (
            "Trong năm 2023, 3.800 lượt CNLĐ tại 11 công đoàn cơ sở của tổng công ty được thụ "
            "hưởng chương trình.",
            {("welfare_beneficiaries", 3_800)},
        ),
        (
            "Năm 2023 kết nạp 500 đoàn viên ở 12 CĐCS, 120 người được hỗ trợ.",
            {("new_members", 500), ("welfare_beneficiaries", 120)},
        ),
        # the award given to those it names, more words between
        (
            "Năm 2023, Tổng LĐLĐ Việt Nam đã tặng bằng và Huy hiệu Lao động sáng tạo cho 27 cá "
            "nhân.",
            {("creative_labour_awards", 27)},
        ),
        (
            "Năm 2023, Tổng LĐLĐ tặng thưởng Bằng Lao động sáng tạo cho trên 3.600 lượt CNVCLĐ.",
            {("creative_labour_awards", 3_600)},
        ),
        # a label opened by `tổng số` needs no link before its bare figure
        (
            "Năm 2023, tổng số đoàn viên 4.736 (trong đó có 2.918 nữ).",
            {("members", 4_736), ("members", 2_918)},
        ),
        ("Năm 2023, tổng số CĐCS 152.", {("grassroots_unions", 152)}),
        # the workforce abbreviated as sectors write it, and the members of it
        ("Năm 2023, tổng số CBCNVCLĐ trong ngành là 3.918 người.", {("workers", 3_918)}),
        (
            "Năm 2023, Công đoàn ngành có 1.874/1.902 CCVC-LĐ là đoàn viên.",
            {("members", 1_874), ("workers", 1_902)},
        ),
        # ... while a count before the item makes the bracket their total
        (
            "Năm 2023, Công đoàn tặng 500 phiếu mua hàng (trị giá 100 triệu đồng) cho công nhân.",
            {("gifts", 500), ("gift_value", 100e6)},
        ),
        # `xuất quà`, the common misspelling of `suất quà`
        (
            "LĐLĐ tỉnh đã tặng 42 xuất quà cho công nhân khó khăn, tổng trị giá gần 28 triệu đồng.",
            {("gifts", 42), ("gift_value", 28e6)},
        ),
        ("Công đoàn trao 120 xuất quà, trị giá 500.000 đồng/xuất.", {("gifts", 120)}),
        # the units the people belong to are no people
        (
            "Công đoàn đã tặng 250 suất quà cho người lao động thuộc 7 đơn vị của Tổng công ty.",
            {("gifts", 250)},
        ),
        ("Năm 2023, nâng tổng số CĐCS lên 152 đơn vị.", {("grassroots_unions", 152)}),
        # ... whatever the unit each one is
        (
            "Năm 2023, Công đoàn trao 50 suất quà cho đoàn viên khó khăn, mỗi cá nhân 2 triệu "
            "đồng.",
            {("gifts", 50)},
        ),
        ("Mỗi “Túi an sinh công đoàn” trị giá 250.000 đồng.", set()),
        (
            "LĐLĐ tỉnh trao 20 sổ tiết kiệm cho con đoàn viên mồ côi. Mỗi sổ tiết kiệm trị giá 12 "
            "triệu đồng.",
            set(),
        ),
        (
            "Công đoàn trao 350 phần quà cho công nhân khó khăn, mỗi phần 500.000 đồng, và hỗ trợ "
            "vé xe cho 420 công nhân về quê đón Tết.",
            {("gifts", 350), ("welfare_beneficiaries", 420)},
        ),
        # a worker's words about herself, the union's help to her too; not the union speaking
        (
            'Chị Linh, công nhân tổ may 12, chia sẻ: "Con tôi nằm viện 10 ngày, công đoàn xuống '
            'thăm, hỗ trợ 2 triệu đồng, tôi rất cảm động".',
            set(),
        ),
        (
            'Ông Hậu cho biết: "Năm nay chúng tôi đã thăm hỏi 236 lượt đoàn viên ốm đau, trao 350 '
            'suất quà Tết cho công nhân khó khăn".',
            {("welfare_beneficiaries", 236), ("gifts", 350)},
        ),
        # a school's staff named in short
        (
            "Năm 2023, toàn ngành có 15.862 đoàn viên/16.107 CB, nhà giáo, NLĐ.",
            {("members", 15_862), ("workers", 16_107)},
        ),
        # those still in need and the Government's packages are no union care
        ("Trên địa bàn huyện còn 1.046 hộ nghèo (tỷ lệ 4,1%) theo chuẩn nghèo đa chiều.", set()),
        ("Ngoài ra, 03 nhân viên được nhận hỗ trợ theo Nghị quyết 42/NQ-CP của Chính phủ.", set()),
        (
            "Năm 2021, 1.250 lao động ngừng việc được hỗ trợ 3,7 tỷ đồng theo Nghị quyết 68/NQ-CP.",
            set(),
        ),
        ("Công đoàn còn hỗ trợ 50 đoàn viên nghèo.", {("welfare_beneficiaries", 50)}),
        # the share of the people at a conference is no share of the bodies that held one;
        # those not yet in the union are no workforce
        (
            "Tổ chức Hội nghị cán bộ, công chức, viên chức ngày 24/9/2016, 100% CB, GV, NV dự "
            "hội nghị.",
            set(),
        ),
        (
            "Số đoàn viên công đoàn: 45/47 CB, GV, NV (02 đồng chí hợp đồng mới về trường chưa "
            "làm thủ tục gia nhập).",
            {("members", 45), ("workers", 47)},
        ),
        # a label telling what those it counts did or are names no stock
        ("- Nữ đoàn viên đạt danh hiệu “Giỏi việc trường, đảm việc nhà”: 24 người.", set()),
        ("- Đoàn viên công đoàn xuất sắc: 15 người.", set()),
        ("- Tổng số đoàn viên: 45 người.", {("members", 45)}),
        # a sentence opening on the body's strength: its stock ...
        (
            "Với hơn 683.000 đoàn viên, Công đoàn tỉnh là lực lượng nòng cốt của phong trào.",
            {("members", 683_000)},
        ),
        (
            "- Với gần 15.000 CNVCLĐ, LĐLĐ huyện có nhiều cố gắng trong năm.",
            {("workers", 15_000)},
        ),
        # ... but not those an event drew, nor `với` inside the sentence
        ("Với 350 đoàn viên tham dự, hội thao diễn ra sôi nổi.", set()),
        ("Hội thao diễn ra sôi nổi với 400 đoàn viên, NLĐ.", set()),
        # ... after an item's letter or number, a heading's mark or an opening word
        ("a) Với 12.500 đoàn viên, Công đoàn ngành Giáo dục luôn đi đầu.", {("members", 12_500)}),
        ("1) Với 12.500 đoàn viên, Công đoàn ngành Giáo dục luôn đi đầu.", {("members", 12_500)}),
        ("## Với 12.500 đoàn viên, Công đoàn ngành Giáo dục luôn đi đầu", {("members", 12_500)}),
        (
            "Thứ nhất, với 12.500 đoàn viên, Công đoàn ngành Giáo dục luôn đi đầu.",
            {("members", 12_500)},
        ),
        # ... and the body's grassroots unions, alone or before its members
        (
            "Với 2.100 CĐCS, Công đoàn tỉnh tập hợp đông đảo người lao động.",
            {("grassroots_unions", 2_100)},
        ),
        (
            "Với 2.100 CĐCS và hơn 683.000 đoàn viên, LĐLĐ tỉnh là tổ chức chính trị - xã hội lớn.",
            {("grassroots_unions", 2_100), ("members", 683_000)},
        ),
        ("Với 15 CĐCS đăng ký tham gia, giải bóng đá diễn ra sôi nổi.", set()),
        # the level reached after the change
        (
            "Năm 2024, thu nhập bình quân của công nhân tăng 6%, đạt 8,7 triệu đồng/tháng.",
            {("avg_income", 8.7e6)},
        ),
        # a wage a firm offers or promises is no average income
        ("Công ty cam kết trả lương cho công nhân từ 6 đến 8 triệu đồng/tháng.", set()),
        ("Công ty đang tuyển 500 công nhân với mức lương từ 7 triệu đồng/tháng.", set()),
        (
            "Năm 2024, các doanh nghiệp trả lương đúng hạn, thu nhập của NLĐ đạt 8,5 triệu "
            "đồng/người/tháng.",
            {("avg_income", 8.5e6)},
        ),
        # an income that picks out the people meant is no average earned
        (
            "Năm 2023, LĐLĐ tỉnh hỗ trợ 1.200 đoàn viên có thu nhập dưới 3,5 triệu đồng/tháng.",
            {("welfare_beneficiaries", 1_200)},
        ),
        (
            "Hỗ trợ 300 công nhân có thu nhập từ 4 triệu đồng/tháng trở xuống.",
            {("welfare_beneficiaries", 300)},
        ),
        ("Vẫn còn khoảng 12% lao động có lương dưới 4 triệu đồng/tháng.", set()),
        (
            "Người lao động có thu nhập bình quân 7,2 triệu đồng/người/tháng.",
            {("avg_income", 7.2e6)},
        ),
        # a sentence opening on the money, the gifts it bought right after
        (
            "Với tổng kinh phí hơn 2 tỷ đồng, LĐLĐ tỉnh đã trao 4.000 suất quà Tết cho đoàn viên.",
            {("gift_value", 2e9), ("gifts", 4_000)},
        ),
        (
            "Với tổng kinh phí 500 triệu đồng, Công đoàn tổ chức hội thao cho 2.000 đoàn viên, trao "
            "50 phần quà cho các vận động viên.",
            {("gifts", 50)},
        ),
        # one family's help, told in a quote or a story
        ("“Mẹ tôi bị ốm nặng, công đoàn đến thăm và hỗ trợ 3 triệu đồng”, chị Hà kể.", set()),
        (
            "“Chồng em mất việc, Công đoàn công ty đã hỗ trợ 5 triệu đồng và 1 suất quà”, chị Lan "
            "xúc động.",
            set(),
        ),
        (
            '"Gia đình tôi khó khăn, năm nào công đoàn cũng tặng quà Tết trị giá 1 triệu đồng", '
            "anh Nam nói.",
            set(),
        ),
        (
            "“Tôi rất vui vì năm nay Công đoàn đã tặng 2.000 suất quà cho công nhân ở lại khu trọ”, "
            "chị Mai nói.",
            {("gifts", 2_000)},
        ),
        # what each of them got, told mid-sentence, is no total
        (
            "Chương trình thu hút 2.000 công nhân, mỗi công nhân được tặng phiếu mua hàng trị giá "
            "500.000 đồng.",
            set(),
        ),
        # a breakdown after a pair breaks down the figure whose noun it names
        (
            "Toàn ngành có 15.862 đoàn viên/16.107 CBCCVC, trong đó nữ 9.214 đoàn viên.",
            {("members", 15_862), ("workers", 16_107), ("members", 9_214)},
        ),
        # a school's staff named by its three kinds
        (
            "Toàn ngành có 15.862 đoàn viên/16.107 CB, nhà giáo, NLĐ.",
            {("members", 15_862), ("workers", 16_107)},
        ),
        # another body's houses named "Mái ấm" too
        (
            "Cùng dịp, Hội Liên hiệp Phụ nữ huyện cũng trao 4 căn nhà “Mái ấm tình thương” cho hội "
            "viên nghèo.",
            set(),
        ),
        # money collected is not spent on the houses
        (
            "Năm 2024, toàn ngành đóng góp một ngày lương (tổng thu được 1,2 tỷ đồng), Công đoàn "
            "ngành đã hỗ trợ xây mới 8 nhà “Mái ấm Công đoàn”.",
            {("union_shelter_houses", 8)},
        ),
        # one worker's money, told again past a comma, is hers
        ("Năm 2024, anh được Công đoàn công ty hỗ trợ 2 lần, tổng cộng 10 triệu đồng.", set()),
        ("Chị được Công đoàn hỗ trợ 3 lần, tổng số tiền 6 triệu đồng.", set()),
        # an amount each time is no total
        (
            "Công đoàn đã thăm hỏi 320 lượt đoàn viên ốm đau, mỗi lần 500.000 đồng.",
            {("welfare_beneficiaries", 320)},
        ),
        # the state insurance's regimes are no union care
        (
            "Năm 2024, BHXH tỉnh đã giải quyết chế độ ốm đau cho 45.000 lượt người, với số tiền "
            "52 tỷ đồng.",
            set(),
        ),
        (
            "Công đoàn phối hợp với BHXH tỉnh chi trả chế độ ốm đau cho 500 đoàn viên với số "
            "tiền 800 triệu đồng.",
            set(),
        ),
        (
            "Công đoàn hướng dẫn NLĐ hưởng chế độ thai sản, hỗ trợ 300 đoàn viên với số tiền 150 "
            "triệu đồng.",
            {("welfare_beneficiaries", 300), ("welfare_value", 150e6)},
        ),
        # a sentence about each house gives each house's money
        (
            "LĐLĐ tỉnh bàn giao 3 nhà Mái ấm Công đoàn. Mỗi căn nhà rộng 55 m2, trị giá khoảng "
            "80 triệu đồng, trong đó quỹ Mái ấm tỉnh hỗ trợ 50 triệu đồng.",
            {("union_shelter_houses", 3)},
        ),
        # a dialogue named in the clause before does not make an inspection a dialogue
        (
            "Năm 2023 công đoàn tổ chức 11 cuộc đối thoại tại nơi làm việc, thực hiện 7 cuộc "
            "kiểm tra, giám sát việc thực hiện chính sách.",
            {("workplace_dialogues", 11), ("supervisions", 7)},
        ),
        # what one gift holds, and the bonus for each initiative, are per unit
        (
            "Công đoàn trao 420 suất quà, mỗi suất gồm 500.000 đồng tiền mặt và quà hiện vật trị "
            "giá 200.000 đồng.",
            {("gifts", 420)},
        ),
        (
            "Ở buổi trao, nhà trường đã trao 120 suất học bổng cho các em học sinh, mỗi suất 1,2 "
            "triệu đồng và quà trị giá 400.000 đồng.",
            set(),
        ),
        ("Mỗi sáng kiến được công nhận được thưởng từ 1 đến 5 triệu đồng.", set()),
        # a body's make-up, named far back in the sentence, then `với` its unions and members
        (
            "Cụm thi đua gồm 5 công đoàn ngành: Y tế, Giáo dục, Xây dựng, Công Thương và Nông "
            "nghiệp, với 214 CĐCS và 19.870 đoàn viên.",
            {("grassroots_unions", 214), ("members", 19_870)},
        ),
        ("Công đoàn tổ chức gặp gỡ, đối thoại với 300 đoàn viên.", set()),
        # a data sheet's shorthand: TNBQ, `k` for thousand, `ng` for người
        ("- TNBQ của NLĐ trong DN: 7.650k/ng/tháng.", {("avg_income", 7_650_000)}),
        # what members gave to the Mái ấm fund is raised, not spent on houses
        (
            "Hưởng ứng chương trình “Mái ấm Công đoàn”, đoàn viên Trường Tiểu học Hòa Bình đã "
            "đóng góp 2.340.000 đồng.",
            {("union_shelter_fund", 2_340_000)},
        ),
        # words describing the unions stand between them and their members
        (
            "Công đoàn ngành hiện có 38 CĐCS trực thuộc, gồm các trường THPT, trung tâm giáo "
            "dục nghề nghiệp và một số trường ngoài công lập, với hơn 4.150 đoàn viên.",
            {("grassroots_unions", 38), ("members", 4_150)},
        ),
        # doctors, nurses, engineers are people counted
        (
            "Năm 2024 có 3 điều dưỡng được Tổng Liên đoàn tặng Bằng Lao động sáng tạo.",
            {("creative_labour_awards", 3)},
        ),
        # gift vouchers are gifts; the price of one voucher is no total
        (
            "Dịp Tết, công đoàn trao 2.400 phiếu mua hàng trị giá 400.000 đồng/phiếu cho đoàn "
            "viên, tổng trị giá 960 triệu đồng.",
            {("gifts", 2_400), ("gift_value", 960_000_000)},
        ),
        # a congress's absentees are no stock; the country's labour force is no workforce;
        # pupils who won prizes are no trainees; official housing is no Mái ấm
        (
            "Năm 2024, dự đại hội có 44 đoàn viên công đoàn (2 đồng chí vắng có lý do).",
            {("members", 44)},
        ),
        (
            "Năm 2024, lực lượng lao động cả nước hiện có hơn 52 triệu người, trong đó khoảng 27 "
            "triệu người làm công hưởng lương.",
            set(),
        ),
        (
            "Năm 2024, tỷ lệ học sinh lên lớp đạt trên 99,3%, có 27 lượt học sinh đạt giải học "
            "sinh giỏi cấp tỉnh.",
            set(),
        ),
        ("Năm 2024, Công đoàn tham mưu xây dựng 38 căn nhà công vụ cho giáo viên.", set()),
        # care money told of a Mái ấm house is the house's: named before it with nothing of
        # another kind between, or its fund named right after it; not past other care
        (
            "Năm 2024, 17 đoàn viên được hỗ trợ sửa chữa, xây mới nhà “Mái ấm Công đoàn” với "
            "tổng số tiền 680 triệu đồng.",
            {("union_shelter_houses", 17), ("union_shelter_value", 680_000_000)},
        ),
        (
            "Căn nhà “Mái ấm Công đoàn” của anh Lâm rộng 70 m2, kinh phí hỗ trợ của Công đoàn "
            "là 45 triệu đồng.",
            {("union_shelter_value", 45_000_000)},
        ),
        (
            "LĐLĐ huyện trao tiền hỗ trợ 35 triệu đồng từ nguồn kinh phí Quỹ “Mái ấm Công "
            "đoàn” cho chị Vân.",
            {("union_shelter_value", 35_000_000)},
        ),
        (
            "Năm 2024, các CĐCS tổ chức nhiều hoạt động hỗ trợ đoàn viên như thăm hỏi, hỗ trợ "
            "sửa nhà, trao “Mái ấm Công đoàn”... với kinh phí trên 6 tỷ đồng.",
            {("welfare_value", 6_000_000_000)},
        ),
        (
            "LĐLĐ tỉnh trao kinh phí xây “Mái ấm Công đoàn” cho chị Phạm Thị Tú, đoàn viên công đoàn Trường tiểu học Hải Hà, với số tiền 50 triệu "
            "đồng và trao quà cho 31 đoàn viên ốm đau với tổng số tiền 62 triệu đồng.",
            {
                ("union_shelter_value", 50_000_000),
                ("welfare_beneficiaries", 31),
                ("welfare_value", 62_000_000),
            },
        ),
        # an ellipsis closing a list goes on in lower case; the exemplary given gifts, and
        # people helped after others were honoured, are cared for; people helped far past
        # their noun, in the same clause
        (
            "Năm 2024, 800 công nhân khu công nghiệp, khu chế xuất... được LĐLĐ tỉnh tặng quà Tết.",
            {("welfare_beneficiaries", 800)},
        ),
        (
            "Năm 2024, LĐLĐ tỉnh tặng quà cho 420 đoàn viên tiêu biểu, có hoàn cảnh khó khăn.",
            {("welfare_beneficiaries", 420)},
        ),
        ("Năm 2024, Công đoàn tuyên dương 95 đoàn viên tiêu biểu.", set()),
        (
            "Năm 2024, Công đoàn khen thưởng 95 đoàn viên xuất sắc và hỗ trợ 26 đoàn viên ốm đau.",
            {("welfare_beneficiaries", 26)},
        ),
        (
            "Năm 2024, khoảng 6.500 y bác sĩ, nhân viên y tế tăng cường cho tuyến đầu chống dịch "
            "được hỗ trợ 3 triệu đồng/người.",
            {("welfare_beneficiaries", 6_500)},
        ),
        # money given beside the gifts, named by its own care, is care money
        (
            "Năm 2024, đoàn công tác trao 80 suất quà (1 triệu đồng/suất) và 300 triệu đồng hỗ "
            "trợ cho đoàn viên bị thiệt hại do lũ.",
            {("gifts", 80), ("welfare_value", 300_000_000)},
        ),
        (
            "Năm 2024, LĐLĐ tỉnh trao 150 suất quà trị giá 75 triệu đồng hỗ trợ công nhân khó "
            "khăn.",
            {("gifts", 150), ("gift_value", 75_000_000)},
        ),
        # `X/Y nữ`: the whole and the women of it, no plan; firms with a union counted for a
        # deed the clause names are that deed's
        (
            "Năm 2024, tổng số CNVCLĐ: 6.120/3.415 nữ; tổng số đoàn viên: 6.004/3.377 nữ.",
            {("workers", 6_120), ("members", 6_004)},
        ),
        (
            "Năm 2024, toàn thành phố có 1.870 doanh nghiệp có tổ chức công đoàn ký thỏa ước lao "
            "động tập thể.",
            {("collective_agreements", 1_870)},
        ),
        (
            "Năm 2024, toàn tỉnh có 87 doanh nghiệp đã có tổ chức công đoàn.",
            {("grassroots_unions", 87)},
        ),
        # the next item of a pair, its noun the same and its deed said once; the Charter's
        # title names no other body
        (
            "Năm 2024, Ủy ban Kiểm tra các CĐCS kiểm tra 41 lượt về chấp hành Điều lệ Công đoàn "
            "Việt Nam và 26 lượt về quản lý tài chính.",
            {("supervisions", 41), ("supervisions", 26)},
        ),
        # learners in a class on the Party are no admissions; the admitted told after those
        # referred are
        ("Năm 2024, Lớp bồi dưỡng kết nạp Đảng có 86 học viên là công nhân.", set()),
        (
            "Năm 2024, Công đoàn giới thiệu 31 quần chúng ưu tú và có 17 quần chúng được kết nạp "
            "vào Đảng.",
            {("party_referrals", 31), ("party_admissions", 17)},
        ),
        ("Năm 2024, Chi bộ kết nạp 19 quần chúng ưu tú vào Đảng.", {("party_admissions", 19)}),
        # the units a body runs and directs are its stock; a new total told as it is now is
        # no new unit
        (
            "Năm 2024, LĐLĐ huyện quản lý và chỉ đạo 96 đơn vị công đoàn cơ sở.",
            {("grassroots_unions", 96)},
        ),
        (
            "Năm 2024, thành lập mới 38 CĐCS, nâng tổng số CĐCS, hiện nay là 1.275 CĐCS.",
            {("new_grassroots_unions", 38), ("grassroots_unions", 1_275)},
        ),
        (
            "Năm 2024, kết nạp 2.900 đoàn viên, nâng tổng số đoàn viên, hiện nay là 38.600 đoàn "
            "viên.",
            {("new_members", 2_900), ("members", 38_600)},
        ),
        # workers admitted, then the members' total they raised
        (
            "Năm 2024, có 1.140 CBCNV của 18 công đoàn bộ phận được kết nạp, nâng tổng số đoàn "
            "viên lên 3.700 người.",
            {("new_members", 1_140), ("members", 3_700)},
        ),
        # an amount its word names, `đồng` left out; the staff named in full
        (
            "Năm 2024, LĐLĐ quận đã tặng 215 suất quà cho CNVCLĐ khó khăn, số tiền 645 triệu.",
            {("gifts", 215), ("gift_value", 645_000_000)},
        ),
        # the people a portion's worth went to, told after it, are counted
        (
            "Năm 2021, Công đoàn ngành trao 38 suất trợ cấp, mỗi suất trị giá 01 triệu đồng cho "
            "38 đoàn viên ở vùng sâu.",
            {("welfare_beneficiaries", 38)},
        ),
        # what a care line spent, `tổng chi` and all; not the union's total beside its takings
        (
            "Năm 2023, thăm hỏi 84 lượt CBVC ốm đau, có tứ thân phụ mẫu qua đời, tổng chi 52,8 "
            "triệu đồng.",
            {("welfare_beneficiaries", 84), ("welfare_value", 52_800_000)},
        ),
        ("Năm 2023, tổng thu 412 triệu đồng, tổng chi 298 triệu đồng cho đoàn viên.", set()),
        (
            "Năm 2024, thăm hỏi 402 lượt ĐV ốm đau, gặp khó khăn, tổng tiền 287,6 triệu.",
            {("welfare_beneficiaries", 402), ("welfare_value", 287_600_000)},
        ),
        (
            "Năm 2024, Công đoàn Viên chức tỉnh hiện có 4.120 công chức, viên chức, lao động.",
            {("workers", 4_120)},
        ),
        # people who registered, with the initiatives they brought
        (
            "Năm 2024, toàn ngành có 940 người đăng ký tham gia với 5.210 sáng kiến được công "
            "nhận.",
            {("initiatives", 5_210)},
        ),
        ("Năm 2024, các đơn vị đăng ký 624 sáng kiến.", set()),
        # people at a training conference are its participants, not its courses; unions
        # counted for what they built are no stock
        (
            "Năm 2024, tham dự Hội nghị tập huấn có hơn 120 đồng chí cán bộ chủ chốt CĐCS.",
            {("training_participants", 120)},
        ),
        ("Năm 2024, đã có 61 CĐ cơ sở xây dựng tủ sách pháp luật.", set()),
        # people honoured with an award named after them are not cared for (care named first
        # is care); members' savings are no initiatives' value
        (
            "Năm 2024, có 64 đoàn viên được Công đoàn ngành tặng Bằng khen vì thành tích xuất sắc.",
            set(),
        ),
        (
            "Năm 2024, thăm hỏi 320 đoàn viên ốm đau và tặng bằng khen cho 12 tập thể.",
            {("welfare_beneficiaries", 320)},
        ),
        (
            "Năm 2024, các tổ nữ công góp vốn xoay vòng, gửi tiết kiệm được hơn 3 tỷ đồng.",
            set(),
        ),
        # no share of bodies passes its whole: over 100% is of a plan
        (
            "Năm 2024, các doanh nghiệp ngoài nhà nước tổ chức hội nghị người lao động đạt 126%.",
            set(),
        ),
        # what a body has left after mergers is its stock; the staff conference abbreviated
        # with a comma
        (
            "Đến tháng 6/2024, Công đoàn Viên chức tỉnh còn 58 CĐCS, 3.410 ĐV/3.452 CBCCVCLĐ.",
            {("grassroots_unions", 58), ("members", 3_410), ("workers", 3_452)},
        ),
        (
            "Năm học 2023-2024, 100% đơn vị tổ chức hội nghị CB,CCVC đúng quy định.",
            {("staff_conference_rate", 100)},
        ),
        (
            "Năm 2022, 100% trường học trong ngành tổ chức HNCB,CC,VC trước ngày 30/10.",
            {("staff_conference_rate", 100)},
        ),
        (
            "Năm 2022, 35/35 đơn vị sự nghiệp (100%) tổ chức Hội nghị CCVC đầu năm.",
            {("staff_conference_rate", 100)},
        ),
        # the next item of a pair shares its noun: not a noun that only begins the same way
        (
            "Năm 2025, toàn huyện hiện có 212 công đoàn cơ sở và 9 công đoàn ấp, khu phố.",
            {("grassroots_unions", 212)},
        ),
        # a fund built up is no money spent
        (
            "Năm 2024, công đoàn các trường xây dựng quỹ: giúp nhau lúc ốm đau, khuyến học… với "
            "tổng số 1,9 tỷ đồng.",
            set(),
        ),
        # care money as a range is what each one got; an income range stays an average
        (
            "Năm 2024, Công đoàn quyết định trợ cấp từ 2 đến 5 triệu đồng cho đoàn viên bị mất "
            "việc làm.",
            set(),
        ),
        (
            "Năm 2024, thu nhập bình quân từ 6 đến 8 triệu đồng/người/tháng.",
            {("avg_income", 6_000_000), ("avg_income", 8_000_000)},
        ),
        # what each gift holds, in brackets after the gifts counted; care money its own care
        # names after a finance word; people cared for `được quan tâm, chăm lo`
        (
            "Năm 2024, Công đoàn ngành trao 42 suất quà (gồm 800.000 đồng tiền mặt và một thùng "
            "sữa) cho công nhân.",
            {("gifts", 42)},
        ),
        (
            "Năm 2024, đã chi từ nguồn tài chính công đoàn 12,4 tỉ đồng để thăm hỏi, hỗ trợ đoàn "
            "viên.",
            {("welfare_value", 12_400_000_000)},
        ),
        (
            "Năm 2024, hơn 1.300 lượt công nhân các doanh nghiệp được quan tâm, chăm lo chu đáo.",
            {("welfare_beneficiaries", 1_300)},
        ),
        # a clause opened by a plan's name and linked to its figure states the plan
        (
            "Năm 2024, chỉ tiêu sáng kiến được Công đoàn Tổng công ty giao trong giai đoạn 1 là "
            "180 sáng kiến.",
            set(),
        ),
        (
            "Chỉ tiêu kết nạp năm 2024 là 500 đoàn viên, kết quả đạt 540 đoàn viên.",
            {("new_members", 540)},
        ),
        # the people whose income is averaged are the workforce
        (
            "Năm 2024, thu nhập bình quân của 84.210 CNVC-LĐ trong tổng công ty là 9,4 triệu "
            "đồng/người/tháng.",
            {("workers", 84_210), ("avg_income", 9_400_000)},
        ),
        # a plan verb after a long named subject still governs the list after it
        (
            "Năm 2024, Công đoàn Tổng công ty Điện lực miền Trung cũng phấn đấu 15% đoàn viên có "
            "sáng kiến; có ít nhất 40 sáng kiến được công nhận cấp ngành, 70 sáng kiến cấp tổng "
            "công ty.",
            set(),
        ),
        # a named person's story ends where the deed turns to other people
        (
            "Năm 2024, LĐLĐ tỉnh trao 30 triệu đồng cho anh Đỗ Văn Lực, công nhân Công ty Minh "
            "Phát, đồng thời tặng quà cho 45 công nhân khó khăn với tổng số tiền 27 triệu đồng.",
            {
                ("welfare_value", 30_000_000),
                ("welfare_beneficiaries", 45),
                ("welfare_value", 27_000_000),
            },
        ),
        # a stock's change told by its label is no level; the level it rose to is
        (
            "Năm 2024, do doanh nghiệp giải thể, số ĐV giảm 1.310 người, nên số ĐV tăng thực là "
            "2.870 người.",
            set(),
        ),
        ("Năm 2024, số đoàn viên giảm trong năm lên tới 3.050 người do cắt giảm lao động.", set()),
        ("Năm 2024, số đoàn viên tăng lên 41.300 người.", {("members", 41_300)}),
        # a part of the members named by its own noun before the breakdown word
        (
            "Năm 2024, tổng số ĐV: 61.020/70.400 CNVCLĐ, trong đó ĐV nữ: 30.115 người.",
            {("members", 61_020), ("workers", 70_400), ("members", 30_115)},
        ),
        # the money of the houses counted in its sentence, named as houses a sentence before
        (
            "Năm 2024, Công đoàn ngành bàn giao 3 nhà Mái ấm Công đoàn. Tổng kinh phí hỗ trợ xây "
            "dựng 3 nhà là 210 triệu đồng.",
            {("union_shelter_houses", 3), ("union_shelter_value", 210e6)},
        ),
        # unions that sent word are no count of unions
        ("Năm 2024, đã có hơn 800 CĐCS gửi báo cáo về tình hình tiền lương.", set()),
        # an amount too small to be the total of what was just counted is one unit's worth
        (
            "Năm 2024, Công đoàn ngành trao 315 suất quà trị giá 400 ngàn đồng cho đoàn viên.",
            {("gifts", 315)},
        ),
        (
            "Năm 2024, Công đoàn ngành trao 315 suất quà trị giá 126 triệu đồng cho đoàn viên.",
            {("gifts", 315), ("gift_value", 126e6)},
        ),
        # ... and so is an amount of cash for each gift
        ("Năm 2024, LĐLĐ tỉnh trao tặng 800 ngàn đồng tiền mặt cho mỗi phần quà.", set()),
        # workers given a meal by the union are cared for
        (
            "Năm 2024, Công đoàn công ty tổ chức Bữa cơm Công đoàn cho gần 1.400 công nhân.",
            {("welfare_beneficiaries", 1_400)},
        ),
        # legal advice is no care; firms with a union that reported a cut are no count of unions
        (
            "Năm 2024, để hỗ trợ đoàn viên, văn phòng LĐLĐ huyện đã tư vấn pháp luật cho 86 trường hợp.",
            set(),
        ),
        ("Năm 2024, đã có 27 doanh nghiệp có CĐCS báo cáo phải giảm giờ làm.", set()),
        # the unions a body leads directly, and their members, are its stock
        (
            "Năm 2024, Công đoàn Viên chức tỉnh trực tiếp chỉ đạo 31 CĐCS với 2.480 đoàn viên.",
            {("grassroots_unions", 31), ("members", 2_480)},
        ),
        # a house's whole cost, of which the fund gave a part: both the house's money (the
        # fund giving spends), none raised for the fund; money raised for it, and a part of
        # that, stay the fund's
        (
            "Năm 2024, ngôi nhà cấp 4 rộng 50 m2 đã hoàn thành. Với tổng kinh phí là 140 triệu "
            "đồng, trong đó Quỹ Mái ấm Công đoàn huyện hỗ trợ 45 triệu đồng, phần còn lại gia "
            "đình tự lo.",
            {("union_shelter_value", 140e6), ("union_shelter_value", 45e6)},
        ),
        (
            "Năm 2024, toàn ngành vận động Quỹ Mái ấm Công đoàn được 260 triệu đồng, trong đó "
            "cán bộ đóng góp 90 triệu đồng.",
            {("union_shelter_fund", 260e6), ("union_shelter_fund", 90e6)},
        ),
        # years counted back are no count
        (
            "Công tác phát triển đoàn viên: 5 năm qua, toàn ngành kết nạp mới 540/450 đoàn viên.",
            {("new_members", 540)},
        ),
        # the top earner and some units below a line are no average
        (
            "Năm 2024, thu nhập bình quân 7,1 triệu đồng; người cao nhất nhận 18 triệu đồng.",
            {("avg_income", 7.1e6)},
        ),
        (
            "Năm 2024, thu nhập bình quân 7,1 triệu đồng; một số đơn vị thu nhập thấp, dưới 4,5 "
            "triệu đồng/người/tháng.",
            {("avg_income", 7.1e6)},
        ),
        # those who attended or spoke are no stock
        ("Năm 2024, tham dự có hơn 350 đoàn viên, công nhân lao động.", set()),
        ("Năm 2024, tại hội nghị có 9 công nhân phát biểu ý kiến.", set()),
        # admitted, counted as Party members after the referrals
        (
            "Năm 2024, giới thiệu 38 ĐV ưu tú cho Đảng, đã kết nạp được 17 đảng viên.",
            {("party_referrals", 38), ("party_admissions", 17)},
        ),
        # money lent is no gift; a badge given is no care
        (
            "Năm 2024, công đoàn trao 300 suất quà. Dịp này, 25 đoàn viên được vay vốn từ Quỹ hỗ "
            "trợ với tổng số tiền 800 triệu đồng.",
            {("gifts", 300)},
        ),
        ("Năm 2024, Tỉnh đoàn trao Huy hiệu Tuổi trẻ sáng tạo cho 8 đoàn viên.", set()),
        # a hope is a plan; awards proposed upward are not yet given; works of initiative are
        # initiatives
        ("Năm 2024, Công ty kỳ vọng đạt 2.500 sáng kiến vào cuối năm 2025.", set()),
        ("Năm 2024, LĐLĐ tỉnh đề nghị Tổng Liên đoàn tặng Bằng LĐST cho 14 cá nhân.", set()),
        # ... past the giver's full name, or the works proposed; one given on the proposal
        # is given
        (
            "Năm 2024, LĐLĐ tỉnh đề nghị Tổng Liên đoàn Lao động Việt Nam tặng Bằng Lao động sáng "
            "tạo cho 6 tác giả.",
            set(),
        ),
        (
            "Năm 2024 có 5 sáng kiến được đề nghị Tổng LĐLĐ tặng Bằng Lao động sáng tạo.",
            set(),
        ),
        (
            "Năm 2024, LĐLĐ tỉnh đã đề nghị và được Tổng LĐLĐ Việt Nam tặng Bằng Lao động sáng tạo "
            "cho 12 cá nhân.",
            {("creative_labour_awards", 12)},
        ),
        # ... given on a proposal, or through a programme; another award proposed after it
        # (hostile round 103)
        (
            "Năm 2024, trên cơ sở đề nghị của LĐLĐ tỉnh Tổng LĐLĐ Việt Nam tặng Bằng Lao động "
            "sáng tạo cho 8 cá nhân.",
            {("creative_labour_awards", 8)},
        ),
        (
            "Năm 2024, qua Chương trình “Tự hào trí tuệ lao động” Tổng Liên đoàn tặng 9 Bằng Lao "
            "động sáng tạo.",
            {("creative_labour_awards", 9)},
        ),
        (
            "Năm 2024, 30 cá nhân nhận Bằng Lao động sáng tạo và được đề nghị tặng danh hiệu Chiến "
            "sĩ thi đua.",
            {("creative_labour_awards", 30)},
        ),
        (
            "Năm 2024, toàn ngành có 1.280 công trình sáng kiến được công nhận.",
            {("initiatives", 1_280)},
        ),
        (  # the stock a body manages and directs, said in one breath (probes 9af, 9ah)
            "Năm 2024, LĐLĐ huyện trực tiếp quản lý, chỉ đạo 118 công đoàn cơ sở với 12.500 "
            "đoàn viên.",
            {("grassroots_unions", 118), ("members", 12_500)},
        ),
        (  # unions grown as members are grown (probe 9af)
            "Năm 2024, LĐLĐ huyện đã phát triển mới 07 CĐCS, phát triển được 12 công đoàn cơ sở "
            "ngoài nhà nước.",
            {("new_grassroots_unions", 7), ("new_grassroots_unions", 12)},
        ),
        (  # the stock the body has grown to is no gain (mined round 25)
            "Năm 2024, Công đoàn Khu kinh tế nay đã phát triển với 146 công đoàn cơ sở.",
            {("grassroots_unions", 146)},
        ),
        (  # ... nor the stock it manages after its own founding
            "Công đoàn các KCN tỉnh, thành lập năm 2011, đang quản lý 64 CĐCS với 21.300 đoàn viên.",
            {("grassroots_unions", 64), ("members", 21_300)},
        ),
        (  # dialogues counted in times or rounds (probes 9af, 9aj)
            "Năm 2024, các CĐCS tổ chức đối thoại định kỳ 4 lần; Công đoàn khu công nghiệp phối "
            "hợp tổ chức 2 đợt đối thoại với người lao động.",
            {("workplace_dialogues", 4), ("workplace_dialogues", 2)},
        ),
        (  # ... nor times of what the dialogue word follows
            "Năm 2024, Ban chấp hành đã họp 12 lần, tham gia đối thoại với người sử dụng lao động. "
            "Công đoàn 3 lần đề nghị đối thoại nhưng doanh nghiệp chưa đồng ý.",
            set(),
        ),
        (  # unions built up or supported are none founded
            "Năm 2024, công tác xây dựng, phát triển 312 CĐCS vững mạnh được chú trọng; LĐLĐ tỉnh "
            "hỗ trợ phát triển 18 CĐCS điểm về văn hóa doanh nghiệp.",
            set(),
        ),
        (  # ... how often they are held is no count
            "Năm 2024, vài công đoàn cơ sở đối thoại với giám đốc 1 lần/ tháng, nơi khác giữ nếp "
            "đối thoại định kỳ mỗi quý một lần, 1 lần/6 tháng.",
            set(),
        ),
        (  # the day of an export's stamp, read apart from its year and month, is no figure
            "date 2024-02-08 Video Báo Ảnh Podcast Infographic\nNăm 2024, Công đoàn trao 300 "
            "suất quà.",
            {("gifts", 300)},
        ),
        (  # a rule's cap and the relatives allowed along are no one cared for (mined round 27)
            "Năm 2024, Công đoàn hỗ trợ vé cho đoàn viên và 1 người thân đi cùng, mỗi đoàn viên "
            "đăng ký không quá 3 người thân.",
            set(),
        ),
        (  # ... the cap itself; counts listed by kind and those helped after a rate stay (a rule
            # for a cap's second amount withdrawn: it dropped them, hostile round 132; guard)
            "Năm 2024, trao 19 nhà Mái ấm Công đoàn; mức hỗ trợ tối đa là 60 triệu đồng. Xây mới "
            "12 nhà đối với đoàn viên nghèo và 7 nhà đối với đoàn viên cận nghèo.",
            {
                ("union_shelter_houses", 19),
                ("union_shelter_houses", 12),
                ("union_shelter_houses", 7),
            },
        ),
        (  # the workforce a firm employs (probe 9aj); not a size of firms (hostile round 61)
            "Năm 2024, Công ty hiện sử dụng hơn 2.300 công nhân. Tại 36 doanh nghiệp sử dụng hơn "
            "1.000 lao động, công đoàn đã tổ chức 36 cuộc đối thoại.",
            {("workers", 2_300), ("workplace_dialogues", 36)},
        ),
        (  # another scheme's houses are no Mái ấm's money; a member's school is where she works
            # (mined rounds 25 and 28)
            "Năm 2024, LĐLĐ huyện xây 2 nhà Mái ấm Công đoàn; 17 nhà công vụ cho cán bộ y tế ở xã "
            "vùng cao, xã đặc biệt khó khăn trị giá 2 tỉ 380 triệu đồng. LĐLĐ huyện trao 3 nhà Mái ấm Công "
            "đoàn cho đoàn viên, giáo viên Trường Mầm non Hoa Sen, tổng trị giá 150 triệu đồng.",
            {
                ("union_shelter_houses", 2),
                ("welfare_value", 2_380_000_000),
                ("union_shelter_houses", 3),
                ("union_shelter_value", 150_000_000),
            },
        ),
        (  # ... but the home a Mái ấm replaces or its owner leaves is no other scheme's building
            # (hostile round 64)
            "Năm 2024, LĐLĐ tỉnh hỗ trợ xây mới 12 nhà “Mái ấm Công đoàn” thay cho nhà tình thương "
            "đã xuống cấp với số tiền 600 triệu đồng; xây mới 8 nhà Mái ấm Công đoàn cho giáo viên "
            "đang ở nhà công vụ của trường, tổng số tiền 400 triệu đồng.",
            {
                ("union_shelter_houses", 12),
                ("union_shelter_value", 600_000_000),
                ("union_shelter_houses", 8),
                ("union_shelter_value", 400_000_000),
            },
        ),
        (  # ... members grown at unions found none
            "Năm 2024, phát triển mới 25 đoàn viên tại 5 CĐCS.",
            {("new_members", 25)},
        ),
        # deeds done to the same things, the noun written once after the last figure: each
        # figure counts it; a deed of other things lends none
        (
            "Năm 2024, LĐLĐ tỉnh xây mới 7 và sửa chữa 3 nhà “Mái ấm Công đoàn”.",
            {("union_shelter_houses", 7), ("union_shelter_houses", 3)},
        ),
        (
            "Các cấp công đoàn đã thăm hỏi 380, trợ cấp 72 lượt đoàn viên ốm đau.",
            {("welfare_beneficiaries", 380), ("welfare_beneficiaries", 72)},
        ),
        ("Năm 2024, LĐLĐ kết nạp 260, thành lập mới 4 CĐCS.", {("new_grassroots_unions", 4)}),
        (
            "Năm 2024, LĐLĐ khám sức khỏe cho 1.200, tặng 300 suất quà cho công nhân.",
            {("gifts", 300)},
        ),
        (
            "LĐLĐ xây mới 5 và sửa chữa, nâng cấp 2 nhà Mái ấm Công đoàn; thăm hỏi 410 và trợ "
            "cấp khó khăn 95 lượt đoàn viên.",
            {
                ("union_shelter_houses", 5),
                ("union_shelter_houses", 2),
                ("welfare_beneficiaries", 410),
                ("welfare_beneficiaries", 95),
            },
        ),
        # the workforce the delegates of a conference stand for (not those it drew)
        (
            "Tham dự hội nghị có 185 đại biểu đại diện cho 3.250 người lao động của công ty.",
            {("workers", 3250)},
        ),
        # a total raised, in the passive or past: the level it reached
        ("Tổng số đoàn viên toàn tỉnh được nâng lên 96.420 người.", {("members", 96420)}),
        ("Tổng số CĐCS trực thuộc đã tăng lên 212 đơn vị.", {("grassroots_unions", 212)}),
        # ... or the level a change went to, where it started named in the label's words
        ("Số CĐCS trực thuộc giảm từ 305 xuống còn 297.", {("grassroots_unions", 297)}),
        ("Tổng số đoàn viên tăng từ 12.400 lên 13.950.", {("members", 13950)}),
        # a rate per case proposed is no money spent; one each is no count of gifts
        (
            "BCH đề xuất thăm ốm nằm viện 300.000 đồng/lần; đã chi 45 triệu đồng thăm hỏi 90 "
            "lượt đoàn viên.",
            {("welfare_value", 45_000_000), ("welfare_beneficiaries", 90)},
        ),
        (
            "Năm 2024, 120 đoàn viên khó khăn đều được trao tặng một suất quà gồm gạo và dầu ăn.",
            {("welfare_beneficiaries", 120)},
        ),
        # the Party's deed on those referred, the Party its subject
        (
            "Công đoàn đã giới thiệu 312 đoàn viên ưu tú cho Đảng; Đảng đã xem xét kết nạp 198 "
            "đồng chí.",
            {("party_referrals", 312), ("party_admissions", 198)},
        ),
        # the units that held the conference named before, `đã tổ chức, đạt` by the rate
        (
            "Việc tổ chức Hội nghị cán bộ, công chức, viên chức được chỉ đạo chặt chẽ; 1.012/1.012 "
            "đơn vị đã tổ chức, đạt 100%.",
            {("staff_conference_rate", 100)},
        ),
        # the Party's deed on those referred: those it admitted
        (
            "Công đoàn đã giới thiệu 96 ĐV, trong năm được Đảng xem xét kết nạp 41 ĐV.",
            {("party_referrals", 96), ("party_admissions", 41)},
        ),
        # those a storm struck are no workforce; `trên` between two headcounts is "out of"
        (
            "Sau bão, toàn ngành có 1.083 cán bộ, nhà giáo, người lao động bị ảnh hưởng.",
            set(),
        ),
        (
            "Công đoàn trường có 6.720 đoàn viên trên 6.985 cán bộ, viên chức.",
            {("members", 6720), ("workers", 6985)},
        ),
        # a difference told with `nhiều hơn`, `cao hơn` is a change, its `hơn` no qualifier
        (
            "Năm 2024 tổ chức 241 cuộc đối thoại định kỳ, nhiều hơn 53 cuộc so với năm 2023.",
            {("workplace_dialogues", 241)},
        ),
        # (`nhiều hơn` with nothing compared with: a qualifier after all)
        ("Năm 2024, Công đoàn kết nạp được nhiều hơn 120 đoàn viên.", {("new_members", 120)}),
        # the checks counted after `Qua giám sát,`; what they found is no count of checks
        (
            "Qua giám sát, toàn hệ thống đã tổ chức 21.300 cuộc kiểm tra, giám sát. Qua kiểm tra, "
            "38 doanh nghiệp đã nộp bổ sung kinh phí.",
            {("supervisions", 21300)},
        ),
        # a post's shorthand for kết nạp, its target after the slash
        ("✅ KN 1.326/1.200 ĐV\n✅ Sáng kiến: 12", {("new_members", 1326), ("initiatives", 12)}),
        # (not what else the units finished, nor a rate after the conference's, nor another
        # meeting held)
        (
            "Các CĐCS tổ chức Hội nghị CB, CC, VC; đến nay 30/32 đơn vị đã tổ chức xong việc "
            "bình xét thi đua cuối năm, đạt 93,75%.",
            set(),
        ),
        (
            "Các đơn vị tổ chức Hội nghị cán bộ, công chức, viên chức đầu năm. Kết quả có "
            "412/415 cơ quan, đơn vị tổ chức hội nghị, đạt 99,3%, 95% đơn vị xây dựng quy chế "
            "dân chủ.",
            {("staff_conference_rate", 99.3)},
        ),
        (
            "Hội nghị người lao động được tổ chức ở 180 doanh nghiệp; 65% doanh nghiệp đã tổ chức "
            "hội nghị đối thoại định kỳ.",
            set(),
        ),
        # dialogues counted in times; times of asking for one count none
        (
            "Công đoàn công ty tổ chức 4 lần đối thoại định kỳ. Công đoàn 3 lần đề nghị đối "
            "thoại nhưng doanh nghiệp chưa đồng ý.",
            {("workplace_dialogues", 4)},
        ),
        # prices of materials per unit are no money spent
        (
            "LĐLĐ xây 3 nhà Mái ấm Công đoàn, xi măng 95.000 đồng/bao, cát 450.000 đồng/m3, tổng "
            "kinh phí 180 triệu đồng.",
            {("union_shelter_houses", 3), ("union_shelter_value", 180_000_000)},
        ),
        # a conference named before (a semicolon, the sentence before), `hội nghị` alone or
        # `tổ chức xong` by the rate, the units that held it named
        (
            "Việc tổ chức Hội nghị người lao động được quan tâm; 97,4% doanh nghiệp có tổ chức "
            "công đoàn đã tổ chức hội nghị.",
            {("worker_conference_rate", 97.4)},
        ),
        (
            "Các đơn vị tổ chức Hội nghị cán bộ, công chức, viên chức đầu năm. Kết quả có 412/415 "
            "cơ quan, đơn vị tổ chức hội nghị, đạt 99,3%.",
            {("staff_conference_rate", 99.3)},
        ),
        (
            "Chỉ đạo tổ chức Hội nghị CB, CC, VC; đến nay 62/62 đơn vị đã tổ chức xong, đạt tỷ lệ "
            "100%.",
            {("staff_conference_rate", 100)},
        ),
        # a year's earnings are no month's income
        (
            "Thu nhập bình quân đạt 7,4 triệu đồng/người/tháng; tiền lương bình quân 89 triệu "
            "đồng/người/năm. Thu nhập bình quân đầu người của tỉnh đạt 71 triệu đồng/năm.",
            {("avg_income", 7_400_000)},
        ),
        # the Party named in the clause before, past a semicolon: those admitted are the
        # Party's; a new deed of the union's after it admits union members
        (
            "Các cấp công đoàn giới thiệu 640 đoàn viên ưu tú cho chi bộ xem xét kết nạp Đảng; "
            "có 315 đoàn viên được kết nạp.",
            {("party_referrals", 640), ("party_admissions", 315)},
        ),
        (
            "Công đoàn giới thiệu 45 đoàn viên ưu tú cho cấp ủy xem xét kết nạp Đảng; kết nạp "
            "380 đoàn viên công đoàn.",
            {("party_referrals", 45), ("new_members", 380)},
        ),
        (
            "Công đoàn giới thiệu 45 đoàn viên ưu tú cho chi bộ xem xét kết nạp Đảng; có 1.240 "
            "người lao động được kết nạp vào tổ chức Công đoàn.",
            {("party_referrals", 45), ("new_members", 1240)},
        ),
    ],
)
def test_what_a_sentence_counts(text: str, expected: set[tuple[str, float]]) -> None:
    observations, _ = extract("t", text, "2024")
    assert {(o.indicator, o.value) for o in observations} == expected


@pytest.mark.parametrize(
    ("text", "subgroup"),
    [
        # the education department's gifts are its own (probe 9cz, hostile round 90) ...
        ("Sở GD&ĐT trao 140 suất quà cho con đoàn viên.", "other_org"),
        ("Phòng Giáo dục và Đào tạo trao 95 suất quà cho học sinh.", "other_org"),
        # (not `cơ sở giáo dục`: schools the union works with)
        (
            "Công đoàn phối hợp với các cơ sở giáo dục nghề nghiệp đào tạo nghề cho 870 lao động.",
            None,
        ),
        # ... the union's course with it as a partner the union's, or the union its partner
        # (hostile round 93)
        ("Công đoàn ngành phối hợp với Sở GD&ĐT mở 3 lớp tập huấn.", None),
        ("Sở GD&ĐT phối hợp với Công đoàn ngành mở 4 lớp tập huấn.", None),
        ("Sở GD&ĐT cùng Công đoàn ngành trao 12 nhà Mái ấm Công đoàn.", None),
        # councils, deputies, zone boards and trade associations do their own checks and give
        # their own help (probes 9dr, 9dl) ...
        ("Đoàn giám sát của HĐND tỉnh cũng đã giám sát 25 doanh nghiệp.", "other_org"),
        ("Ban Quản lý các KCN tỉnh cũng đã kiểm tra 64 doanh nghiệp.", "other_org"),
        ("Hiệp hội Chủ tàu Việt Nam đã hỗ trợ 12 gia đình thuyền viên gặp nạn.", "other_org"),
        # ... as do associations and a trade body quoted (probes 9fj, 9fn)
        ("Hội Cựu giáo chức trao 120 suất quà cho nhà giáo nghỉ hưu.", "other_org"),
        (
            "Theo số liệu của Hiệp hội Dệt May Việt Nam, toàn ngành có khoảng 2,7 triệu lao động.",
            "other_org",
        ),
        # ... the union's with them as its partners its own
        ("Công đoàn ngành phối hợp với HĐND tỉnh giám sát 25 trường học.", None),
    ],
)
def test_a_departments_own_figures_are_another_bodys(text: str, subgroup: str | None) -> None:
    observations, _ = extract(
        "t",
        text,
        "2024",
        org_level="sector_provincial",
        org="Công đoàn ngành Giáo dục tỉnh Nam Định",
    )
    assert [o.subgroup for o in observations] == [subgroup]


@pytest.mark.parametrize("lead", ["Cùng với đó", "Trong năm 2024"])
def test_a_government_bodys_figures_past_a_short_lead_are_its_own(lead: str) -> None:
    observations, _ = extract(
        "t", f"{lead}, theo Sở Lao động - Thương binh và Xã hội, toàn tỉnh đã chi 12,5 tỷ đồng hỗ "
        "trợ 4.200 lao động mất việc làm.", "2024",
    )  # fmt: skip
    assert {o.subgroup for o in observations} == {"other_org"}


def test_a_government_bodys_figures_past_a_connective_are_its_own() -> None:
    """`Ngoài ra, theo Sở ..., Bình Dương đã chi ...` in the province's federation's report:
    the province's government's money, though its subject is the report's province."""
    text = (
        "Năm 2022, LĐLĐ tỉnh chăm lo cho 5.000 đoàn viên. Ngoài ra, theo Sở Lao động - Thương "
        "binh và Xã hội, Bình Dương đã chi hỗ trợ tiền thuê nhà cho hơn 640.000 lao động. Ngoài "
        "ra, LĐLĐ tỉnh trao 300 suất quà."
    )
    observations, _ = extract(
        "t", text, "2022", org_level="provincial_federation", province="Bình Dương",
        org="Liên đoàn Lao động tỉnh Bình Dương",
    )  # fmt: skip
    assert [(o.value, o.subgroup) for o in observations] == [
        (5000, None), (640000, "other_org"), (300, None)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "subgroup"),
    [
        ("Theo Sở Nội vụ tỉnh, 9 tháng đầu năm, thu nhập bình quân của người lao động đạt "
         "8,9 triệu đồng/người/tháng.", "other_org"),
        ("Ban Quản lý các KCN tỉnh cho biết, thu nhập bình quân của người lao động trong các "
         "KCN đạt 8,9 triệu đồng/người/tháng.", "other_org"),
        # a union body named after the source: the union's own figure, reported by it
        ("Theo Sở Nội vụ, năm 2024 Công đoàn ngành đã kết nạp 412 đoàn viên.", None),
        ("Theo báo cáo của LĐLĐ tỉnh, năm 2024 kết nạp 412 đoàn viên.", None),
        ("Theo đó, năm 2024 kết nạp 412 đoàn viên.", None),
        # the source named after the figure, as news items write it
        ("Năm 2024, toàn tỉnh có hơn 112.000 lao động làm việc tại các KCN, theo số liệu của "
         "Ban Quản lý các KCN tỉnh.", "other_org"),
        ("Năm 2024 kết nạp 412 đoàn viên, theo báo cáo của LĐLĐ tỉnh.", None),
        # the body's officer speaks for it, the source after the title
        ("Ông Nguyễn Văn B, Giám đốc Sở Nội vụ cho biết, năm 2024 thu nhập bình quân của người "
         "lao động đạt 9 triệu đồng/người/tháng.", "other_org"),
        ("Theo đại diện Sở LĐ-TB&XH, thu nhập bình quân của công nhân năm 2024 đạt 8,7 triệu "
         "đồng/tháng.", "other_org"),
        ("Phó Chủ tịch UBND tỉnh Nguyễn Văn C cho biết, năm 2024 các cấp công đoàn đã kết nạp "
         "412 đoàn viên.", None),
        # ... or the source closes the sentence: in brackets, or with its verb
        ("Năm 2024, thu nhập bình quân của người lao động đạt 9 triệu đồng/người/tháng (nguồn: "
         "Sở LĐ-TB&XH).", "other_org"),
        ("Thu nhập bình quân của người lao động trong các KCN đạt 9,5 triệu đồng/người/tháng, "
         "Ban Quản lý các KCN tỉnh cho biết.", "other_org"),
        # a partner named in full is no doer, though its name ends on a body's short name
        ("Năm 2024, LĐLĐ tỉnh phối hợp với Ủy ban MTTQ tỉnh thực hiện 318 cuộc kiểm tra, giám "
         "sát.", None),
        ("Năm 2024, Ủy ban MTTQ tỉnh thực hiện 318 cuộc kiểm tra, giám sát.", "other_org"),
        ("Năm 2024, Công đoàn phối hợp Ban Giám đốc tặng 1.950 suất quà cho đoàn viên.", None),
        ("Năm 2024, Sở LĐ-TB&XH đã chi trả hỗ trợ cho 286 NLĐ ngừng việc.", "other_org"),
        # another body named before a figure of its own is no owner of the one after it
        ("Năm 2024, dự đại hội có lãnh đạo Đảng ủy và 160 đại biểu thay mặt cho 9.300 đoàn viên "
         "công đoàn.", None),
        # the Youth Union's members are `đoàn viên` too; a Party committee admits its own
        ("Năm 2024, các cấp bộ Đoàn đã giới thiệu cho Đảng 4.300 đoàn viên ưu tú.", "other_org"),
        ("Năm 2024, Đảng bộ Khu công nghiệp kết nạp được 37 đảng viên mới.", "other_org"),
        ("Năm 2024, Công đoàn giới thiệu 14 đoàn viên ưu tú cho Đảng ủy xem xét kết nạp.", None),
    ],
)  # fmt: skip
def test_a_sentence_attributed_to_a_government_body_gives_its_figures(
    text: str, subgroup: str | None
) -> None:
    observations, _ = extract("t", text, "2024")
    assert [o.subgroup for o in observations] == [subgroup]


@pytest.mark.parametrize(
    ("text", "subgroup"),
    [
        ("Sau bão số 3, LĐLĐ tỉnh chuyển đến Ủy ban MTTQ tỉnh Yên Bái 150 triệu đồng để cứu "
         "trợ đồng bào vùng lũ.", "public_relief"),
        ("Đoàn cùng Báo Lao Động trao 80 suất quà cho bà con vùng sạt lở.", "public_relief"),
        # money given for the public's vaccines
        ("Năm 2021, LĐLĐ tỉnh đã trao gần 270 triệu đồng ủng hộ mua vaccine phòng COVID-19.",
         "public_relief"),
        # the union's people who give are not the people helped
        ("Đoàn viên toàn ngành còn ủng hộ đồng bào các tỉnh vùng bão 1,8 tỷ đồng.",
         "public_relief"),
        # ... past the public's front named first; a public fund given to (probes 9ei, 9ee)
        ("Hưởng ứng Lời kêu gọi của Ủy ban Trung ương MTTQ Việt Nam, cán bộ, đoàn viên, người "
         "lao động cả nước đã ủng hộ đồng bào bị thiệt hại do bão lũ số tiền trên 126 tỷ đồng.",
         "public_relief"),
        ("Công đoàn vận động đoàn viên đóng góp 1 ngày lương ủng hộ Quỹ phòng, chống dịch "
         "COVID-19 của tỉnh với số tiền 96 triệu đồng.", "public_relief"),
        # ... the front that calls is no one helped, the public after it is (hostile round 108)
        ("Hưởng ứng lời kêu gọi của Ủy ban MTTQ tỉnh, LĐLĐ tỉnh đã ủng hộ đồng bào vùng lũ 500 "
         "triệu đồng.", "public_relief"),
        ("LĐLĐ tỉnh phát động ủng hộ đồng bào bị thiệt hại do bão số 3 với tổng số tiền 850 triệu "
         "đồng.", "public_relief"),
        # the union's own people named too: its care, not public relief
        ("LĐLĐ tỉnh hỗ trợ 150 triệu đồng cho đoàn viên bị thiệt hại do bão; ủng hộ đồng bào "
         "vùng lũ 40 triệu đồng.", None),
    ],
)  # fmt: skip
def test_relief_for_the_general_public_is_its_own_breakdown(
    text: str, subgroup: str | None
) -> None:
    observations, _ = extract("t", text, "2024")
    assert observations[0].subgroup == subgroup
    if subgroup is None:  # ... and the relief after the semicolon is
        assert [o.subgroup for o in observations[1:]] == ["public_relief"]


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn viên thuộc hộ nghèo được LĐLĐ huyện trao 150 suất quà.",
        "Đến với đoàn viên vùng lũ, LĐLĐ tỉnh đã trao 300 suất quà.",
        "Giáo viên vùng sạt lở được Công đoàn Giáo dục Việt Nam trao 85 suất quà.",
    ],
)
def test_the_unions_people_given_to_in_a_poor_or_flooded_place_are_no_public(text: str) -> None:
    """Its own people named before the giving verb are givers only when they give: passive
    (`được ... trao`) or after `đến với`, they are helped (hostile round 104)."""
    observations, _ = extract("t", text, "2024")
    assert [(o.indicator, o.subgroup) for o in observations] == [("gifts", None)]


def test_a_digests_items_headed_by_another_province_are_other_orgs() -> None:
    """A confederation's news digest: its own national total, then an item per province
    (`Hà Tĩnh: ...`), whose figures are that province's unions'. Nothing is zero money."""
    text = (
        "Điểm tin chăm lo Tết\n\nCông đoàn cả nước đã chăm lo cho hơn 3,9 triệu lượt đoàn "
        "viên.\n\nHà Tĩnh: Chăm lo công nhân ở trọ\nLĐLĐ tỉnh trao 2.100 suất quà cho công "
        "nhân. Tại Chợ Tết, 900 phiếu mua hàng 0 đồng được phát.\n\n"
        "Quảng Trị: Xe đưa công nhân về quê\nLĐLĐ tỉnh trao 750 suất quà cho đoàn viên."
    )
    observations, mentions = extract("t", text, "2025", org_level="national")
    assert [(o.value, o.subgroup) for o in observations] == [
        (3_900_000, None),
        (2_100, "other_org"),
        (900, "other_org"),
        (750, "other_org"),
    ]
    assert [m.reason for m in mentions if m.value == 0] == ["zero_amount"]
    # one heading alone is a report's own label, not a digest
    observations, _ = extract("t", text.split("\n\nQuảng Trị")[0], "2025", org_level="national")
    assert [o.subgroup for o in observations] == [None, None, None]


def test_who_received_is_no_breakdown_and_a_compared_years_figure_is_that_years() -> None:
    text = (
        "Năm 2024 hỗ trợ 1.020 lượt đoàn viên, tăng so với năm 2023 là 940 lượt. Công đoàn "
        "đã trao 3 căn nhà Mái ấm Công đoàn cho nữ công nhân ở huyện Bảo Lâm với tổng kinh "
        "phí 210 triệu đồng."
    )
    observations, _ = extract("t", text, "2024")
    assert [(o.value, o.period, o.subgroup) for o in observations] == [
        (1_020, "2024", None),
        (940, "2023", None),
        (3, "2024", None),
        (210_000_000, "2024", None),
    ]


def test_last_years_figures_in_a_bracket_after_the_word_are_last_years_not_parts() -> None:
    observations, _ = extract(
        "t",
        "Năm 2024 chăm lo cho 9.870 lượt đoàn viên với số tiền 5,4 tỷ đồng, cao hơn năm "
        "trước (8.210 lượt, 4,6 tỷ đồng).",
        "2024",
    )
    assert [(o.value, o.period, o.flags) for o in observations] == [
        (9_870, "2024", ()),
        (5_400_000_000, "2024", ()),
        (8_210, "2023", ()),
        (4_600_000_000, "2023", ()),
    ]


@pytest.mark.parametrize(
    "line",
    ["date: 2024-01-05", "Ngày đăng: 2024/01/05", "Cập nhật: 2024.01.05, 08:30"],
    ids=["front_matter_iso_date", "slashes", "dots_then_comma"],
)
def test_a_date_written_year_first_is_no_figure(line: str) -> None:
    """A page saved as Markdown opens with front matter (`date: 2024-01-05`): its year was
    read as 2024 workers. A date written year first is a date, like `05-01-2024`."""
    text = f"---\ntitle: LĐLĐ tỉnh Thanh Hóa tổng kết năm 2023\n{line}\n---\n\n"
    observations, mentions = extract("t", text, "2023", org_level="provincial_federation")
    assert observations == []
    assert [m.reason for m in mentions if m.text.startswith("2024")] == ["date"]


@pytest.mark.parametrize(
    "amount",
    ["0,0 tỷ", "0,0 tỷ đồng", "0 tr", "0,0tr", "0 tr.đ", "0.000.000 đồng", "0 triệu đồng", "0 tỉ"],
)
def test_zero_money_in_a_scale_is_never_an_amount(amount: str) -> None:
    """Zero with `tỷ` or `tr` reads as money with `đồng` unwritten, so it was a welfare
    amount of 0 (`chăm lo ... số tiền 0,0 tỷ`); like `0 đồng` it is excluded, zero_amount."""
    text = (
        "Công đoàn ngành Y tế tỉnh Long An năm 2021\n"
        f"Năm 2021, Công đoàn chăm lo cho đoàn viên với số tiền {amount}; hỗ trợ 0,5 tỷ.\n"
    )
    observations, mentions = extract("t", text, "2021")
    assert [(o.indicator, o.value) for o in observations] == [("welfare_value", 500_000_000)]
    assert [m.reason for m in mentions if m.value == 0] == ["zero_amount"]


@pytest.mark.parametrize("mark", ["## ", "### ", "* ", "1. ", "> "])
def test_a_digests_items_headed_in_markdown_are_other_orgs(mark: str) -> None:
    """A digest saved as Markdown heads its items `## Hà Tĩnh: ...` or `* Hà Tĩnh: ...`:
    the mark hid the province, and the provinces' figures counted as the confederation's."""
    text = (
        "Điểm tin chăm lo Tết\n\nCông đoàn cả nước đã chăm lo cho hơn 3,9 triệu lượt đoàn "
        f"viên.\n\n{mark}Hà Tĩnh: Chăm lo công nhân ở trọ\nLĐLĐ tỉnh trao 2.100 suất quà cho "
        f"công nhân.\n\n{mark}Quảng Trị: Xe đưa công nhân về quê\nLĐLĐ tỉnh trao 750 suất quà."
    )
    observations, _ = extract("t", clean(text, is_html=False).text, "2025", org_level="national")
    assert [(o.value, o.subgroup) for o in observations] == [
        (3_900_000, None),
        (2_100, "other_org"),
        (750, "other_org"),
    ]


@pytest.mark.parametrize(
    ("lines", "other"),
    [
        ("Hà Nội: 12\nLong An: 14 đoàn viên", []),  # a province's figure after its colon
        ("Hà Nội: 1.250 đoàn viên\nBắc Ninh: - 980 đoàn viên", []),  # a sign before it
        ("Hà Nội: có 7 đoàn viên\nBắc Ninh: có 8 đoàn viên", [8]),  # another province's members
    ],
    ids=["province_colon_figure", "province_colon_dash_figure", "other_provinces_line"],
)
def test_a_province_then_a_figure_after_its_colon_labels_that_line_only(
    lines: str, other: list[float]
) -> None:
    """`Bắc Ninh: 980 đoàn viên` is a list's line, a label and its figure, not the heading of
    a digest's item: two such lines made the rest of the report another province's
    (other_org). The figure on the line is still that province's."""
    text = (
        "Liên đoàn Lao động thành phố Hà Nội báo cáo năm 2021\n"
        f"{lines}\n"
        "Năm 2021 kết nạp 1.200 đoàn viên.\n"
    )
    observations, _ = extract(
        "t", text, "2021", org_level="provincial_federation", province="Hà Nội"
    )
    own = [o for o in observations if o.value == 1_200]
    assert [(o.indicator, o.subgroup) for o in own] == [("new_members", None)]
    assert [o.value for o in observations if o.subgroup == "other_org"] == other


def test_one_months_figures_are_parts_of_the_reports_period() -> None:
    """A quarter report gives the last month, then the quarter so far; last year's same
    quarter in brackets after `cùng kỳ năm 2024` is that quarter's."""
    text = (
        "Trong tháng 6/2024: thăm hỏi 35 lượt đoàn viên ốm đau. Lũy kế từ đầu quý: thăm hỏi "
        "208 lượt đoàn viên. So với cùng kỳ năm 2023 (thăm hỏi 190 lượt đoàn viên) tăng 9%."
    )
    observations, _ = extract("t", text, "2024-Q2")
    assert [(o.value, o.period, "part" in o.flags) for o in observations] == [
        (35, "2024-Q2", True),
        (208, "2024-Q2", False),
        (190, "2023-Q2", False),
    ]


def test_a_breakdown_after_a_figures_noun_and_place_word_is_that_figures() -> None:
    text = (
        "Năm 2023 thành lập mới 3 CĐCS ở doanh nghiệp ngoài nhà nước, nâng tổng số CĐCS trực "
        "thuộc lên 96 với 4.120 đoàn viên."
    )
    observations, _ = extract("t", text, "2023")
    assert [(o.value, o.subgroup) for o in observations] == [
        (3, "non_state_enterprise"),
        (96, None),
        (4_120, None),
    ]


def test_a_story_of_one_worker_keeps_her_figures_out_title_included() -> None:
    text = (
        "Người thợ 15 sáng kiến\n"
        "Tám năm qua, chị Nguyễn Thị Lan (công nhân Công ty TNHH Minh Phát) đã có 15 sáng kiến "
        "được áp dụng. Hiện chị là tổ trưởng, thu nhập khoảng 9,8 triệu đồng/tháng. Theo Chủ "
        "tịch Công đoàn, công ty hiện có 2.300 lao động."
    )
    observations, _ = extract("t", text, "2023")
    assert [(o.indicator, o.value) for o in observations] == [("workers", 2_300)]


def test_a_label_opening_a_paragraph_names_no_figure_sentences_later() -> None:
    text = (
        "Công tác chăm lo đời sống được quan tâm: các cấp công đoàn tặng 2.100 suất quà. "
        "Trong năm, công đoàn giới thiệu 640 đoàn viên ưu tú cho Đảng, 455 người đã được "
        "kết nạp."
    )
    observations, _ = extract("t", text, "2024")
    assert [(o.indicator, o.value) for o in observations] == [
        ("gifts", 2_100),
        ("party_referrals", 640),
        ("party_admissions", 455),
    ]


def test_a_summary_sentence_sums_the_paragraphs_above_it() -> None:
    """`Tính chung, ...` closes a report of several programmes: the figures of its indicator
    in the paragraphs above are its parts; `Tổng kinh phí ...` sums its own paragraph only."""
    text = (
        "Công đoàn tặng quà cho 640 đoàn viên có hoàn cảnh khó khăn dịp Tết.\n"
        "Ngoài ra, công đoàn thăm hỏi 210 đoàn viên ốm đau.\n"
        "Tính chung, các cấp công đoàn đã chăm lo cho 5.310 lượt đoàn viên."
    )
    observations, _ = extract("t", text, "2024")
    assert [(o.value, "part" in o.flags) for o in observations] == [
        (640, True),
        (210, True),
        (5_310, False),
    ]
    observations, _ = extract("t", text.replace("Tính chung,", "Theo báo cáo,"), "2024")
    assert not any("part" in o.flags for o in observations)


def test_figures_earlier_in_a_totals_paragraph_are_its_parts() -> None:
    observations, _ = extract(
        "t",
        "Dịp Tết, các cấp công đoàn hỗ trợ 42 đoàn viên bị bệnh hiểm nghèo, số tiền 210 triệu "
        "đồng. Tổng kinh phí chăm lo Tết của các cấp công đoàn là 8,4 tỷ đồng.\n"
        "Thăm hỏi 15 đoàn viên, số tiền 7 triệu đồng.",
        "2024",
    )
    assert [
        (o.value, "part" in o.flags) for o in observations if o.indicator == "welfare_value"
    ] == [
        (210_000_000, True),
        (8_400_000_000, False),
        (7_000_000, False),
    ]


# HTML tables whose data cells span columns or rows: a label over `TT` and `Nội dung` (a total
# row, a row with no number), and a group's label over the items it groups. The row's figures
# were lost (the label column empty) or read under the group's word only.
def test_figures_of_rows_whose_labels_span_columns_or_group_rows_stay_in_their_columns() -> None:
    html = (
        "<h1>Công đoàn ngành Giao thông tỉnh Nam Định tổng kết năm 2024</h1><table>"
        "<tr><th rowspan=2>TT</th><th rowspan=2>Nội dung</th><th colspan=2>Năm 2024</th></tr>"
        "<tr><th>Kế hoạch</th><th>Thực hiện</th></tr>"
        "<tr><td colspan=2>Kết nạp đoàn viên mới</td><td>900</td><td>1.150</td></tr>"
        "<tr><td>2</td><td>Thành lập CĐCS mới</td><td>8</td><td>11</td></tr>"
        "<tr><td colspan=2>Tổng số đoàn viên</td><td>7.000</td><td>7.320</td></tr></table>"
        "<table><tr><th>Lĩnh vực</th><th>Chỉ tiêu</th><th>Kế hoạch</th><th>Thực hiện</th></tr>"
        "<tr><td rowspan=2>Chăm lo</td><td>Số suất quà Tết</td><td>600</td><td>655</td></tr>"
        "<tr><td>Số đoàn viên được thăm hỏi ốm đau</td><td>200</td><td>215</td></tr></table>"
    )
    text = clean(html, is_html=True).text
    got = {(o.indicator, o.value, o.target) for o in extract("span", text, "2024")[0]}
    assert {
        ("new_members", 1150, 900),
        ("new_grassroots_unions", 11, 8),
        ("members", 7320, 7000),
        ("gifts", 655, 600),
    } <= got
    assert not {v for _, v, _ in got} & {900, 8, 7000, 600, 200, 2}


# Round 11: a figure whose noun stands after a bracketed aside; a figure in a web address.
@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2024 kết nạp mới 1.250 (một nghìn hai trăm năm mươi) đoàn viên.",
        "Năm 2024 kết nạp mới 1.250[1] đoàn viên.",
        "Năm 2024 kết nạp mới 1.250 (*) đoàn viên.",
        "Năm 2024 kết nạp mới 1.250 (tăng 10% so với năm trước) đoàn viên.",
    ],
    ids=["spelled_out", "footnote", "asterisk", "change"],
)
def test_a_bracketed_aside_between_a_figure_and_its_noun(sentence: str) -> None:
    observations, _ = extract("aside", f"Báo cáo năm 2024\n{sentence}", "2024")
    assert [(o.indicator, o.value) for o in observations] == [("new_members", 1250)]


def test_numbers_in_web_addresses_are_never_figures() -> None:
    text = (
        "Báo cáo năm 2024\nNăm 2024 kết nạp mới 1.250 đoàn viên ([chi tiết](https://congdoan.vn/"
        "tin/12345-ket-nap.html)), xem www.ldld.vn/tin/4567 và ldld.longan.gov.vn/tin/777 về kết "
        "nạp đoàn viên; ảnh: ket-nap-300.jpg."
    )
    observations, mentions = extract("urls", text, "2024")
    assert [(o.indicator, o.value) for o in observations] == [("new_members", 1250)]
    assert {m.text: m.reason for m in mentions if m.reason == "url"} == {
        "12345": "url",
        "4567": "url",
        "777": "url",
        "300": "url",
    }


def test_a_figure_cell_with_its_ratio_in_brackets_is_read_in_its_column() -> None:
    text = "Báo cáo năm 2024\nChỉ tiêu | Kế hoạch | Thực hiện\nKết nạp đoàn viên mới | 1.000 | 1.250 (125%)"
    observations, _ = extract("ratio", text, "2024")
    assert [(o.indicator, o.value, o.target) for o in observations] == [("new_members", 1250, 1000)]


def test_the_workers_month_named_again_without_its_year_is_the_one_named_before() -> None:
    """`Tháng Công nhân năm 2025 được tổ chức ... Trong Tháng Công nhân, ... trao 4.860 suất
    quà` in a half-year report: the campaign's year (probe 9bp)."""
    text = (
        "Tháng Công nhân năm 2025 được tổ chức với chủ đề an toàn lao động. Trong Tháng Công "
        "nhân, các cấp công đoàn trao 4.860 suất quà. 6 tháng đầu năm, kết nạp 3.418 đoàn viên."
    )
    observations, _ = extract("t", text, "2025-H1")
    assert {(o.indicator, o.period) for o in observations} == {
        ("gifts", "2025"),
        ("new_members", "2025-H1"),
    }


def test_an_event_dated_before_the_item_under_a_year_just_ended_is_done_and_of_its_tet() -> None:
    """`Sáng 13/1, ... Tết Sum vầy năm 2024, trao 200 suất quà` in an item of 14 January 2024
    about 2023: done (no plan of a later year), and of the Tết it names."""
    text = (
        "Năm 2023, toàn tỉnh kết nạp 2.846 đoàn viên.\n\nSáng 13/1, LĐLĐ tỉnh tổ chức chương "
        "trình Tết Sum vầy năm 2024, trao 200 suất quà cho đoàn viên."
    )
    observations, _ = extract("t", text, "2023", published=dt.date(2024, 1, 14))
    assert {(o.indicator, o.value, o.period) for o in observations} == {
        ("new_members", 2_846, "2023"),
        ("gifts", 200, "2024"),
    }
    # ... but a programme launched for the next year's Tết is still a plan
    text = (
        "Chiều 18/12, LĐLĐ tỉnh triển khai chương trình Tết Sum vầy năm 2025, trao 5.000 suất quà."
    )
    observations, _ = extract("t", text, "2024", published=dt.date(2024, 12, 20))
    assert not observations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year compared with holds in its clause only
        (
            "Trong 6 tháng đầu năm, kết nạp 312 đoàn viên mới, cùng kỳ năm 2023 là 260 đoàn "
            "viên; thành lập mới 5 CĐCS.",
            {
                ("new_members", 312, "2024-H1"),
                ("new_members", 260, "2023-H1"),
                ("new_grassroots_unions", 5, "2024-H1"),
            },
        ),
        # `năm trước là ...`: the year before's figure
        (
            "Thu nhập bình quân năm 2024 đạt 7,4 triệu đồng/người/tháng, năm trước là 7,1 "
            "triệu đồng.",
            {("avg_income", 7_400_000, "2024"), ("avg_income", 7_100_000, "2023")},
        ),
        (
            "Tiền lương bình quân 8,2 triệu đồng/người/tháng, tăng 0,3 triệu so với năm trước.",
            {("avg_income", 8_200_000, "2024")},
        ),
        # ... a bare comparative's year too (`gấp đôi năm 2023`, `nhiều hơn năm 2023`), and it
        # frames no paragraph
        (
            "Cuối năm, công đoàn trao 120 suất quà, gấp đôi năm 2023 (60 suất). Công đoàn thăm "
            "hỏi 214 lượt đoàn viên ốm đau.\nNăm 2024, công đoàn chi 2,4 tỷ đồng chăm lo, gấp "
            "gần 2 lần năm 2022 (1,26 tỷ đồng), cho 1.860 lượt đoàn viên; kết nạp 120 đoàn viên, "
            "nhiều hơn năm 2023 là 40 người; thành lập 2 CĐCS.",
            {
                ("gifts", 120, "2024"),
                ("welfare_beneficiaries", 214, "2024"),
                ("welfare_value", 2_400_000_000, "2024"),
                ("welfare_value", 1_260_000_000, "2022"),
                ("welfare_beneficiaries", 1_860, "2024"),
                ("new_members", 120, "2024"),
                ("new_grassroots_unions", 2, "2024"),
            },
        ),
    ],
)
def test_a_year_compared_with_dates_its_own_figure_only(text: str, expected: set) -> None:
    period = "2024-H1" if "6 tháng" in text else "2024"
    observations, _ = extract("t", text, period)
    assert {(o.indicator, o.value, o.period) for o in observations} == expected


@pytest.mark.parametrize(
    ("table", "period"),
    [
        (
            "Nội dung | Kết quả 6 tháng đầu năm 2024\nĐối thoại tại nơi làm việc | 17 cuộc",
            "2024-H1",
        ),
        ("Nội dung | Kết quả quý III/2024\nĐối thoại tại nơi làm việc | 17 cuộc", "2024-Q3"),
    ],
)
def test_a_results_column_of_part_of_a_year_gives_that_part(table: str, period: str) -> None:
    observations, _ = extract("t", "Kết quả chủ yếu:\n" + table + "\n", "2024")
    assert [(o.indicator, o.value, o.period) for o in observations] == [
        ("workplace_dialogues", 17, period)
    ]


def test_columns_headed_by_an_occasion_and_its_year_are_those_years() -> None:
    text = (
        "So sánh với năm trước:\n"
        "Nội dung | Tháng Công nhân 2024 | Tháng Công nhân 2023\n"
        "Nhà Mái ấm Công đoàn xây mới, sửa chữa | 130 nhà | 112 nhà\n"
    )
    observations, _ = extract("t", text, "2024")
    assert {(o.value, o.period) for o in observations} == {(130, "2024"), (112, "2023")}


def test_a_figure_followed_by_a_part_word_is_the_whole_of_the_list_after_it() -> None:
    text = (
        "Thu nhập bình quân đạt 7,9 triệu đồng/người/tháng; trong đó khu vực hành chính 7,2 "
        "triệu đồng, khu vực sản xuất 8,3 triệu đồng."
    )
    observations, _ = extract("t", text, "2024")
    assert [(o.value, "part" in o.flags) for o in observations] == [
        (7_900_000, False),
        (7_200_000, True),
        (8_300_000, True),
    ]


def test_an_indented_list_above_a_total_line_holds_its_parts() -> None:
    text = (
        "3. Chăm lo đời sống\n"
        "   * Thăm hỏi 140 lượt đoàn viên ốm đau với số tiền 70 triệu đồng.\n"
        "   * Trợ cấp 12 đoàn viên khó khăn với số tiền 24 triệu đồng.\n"
        "   Tổng kinh phí chăm lo cho đoàn viên trong năm là 310 triệu đồng.\n"
    )
    observations, _ = extract("t", text, "2024")
    money = [(o.value, "part" in o.flags) for o in observations if o.indicator == "welfare_value"]
    assert money == [(70_000_000, True), (24_000_000, True), (310_000_000, False)]


@pytest.mark.parametrize("since", ["Từ tháng 4-2021 đến nay", "Từ tháng 4/2021 đến nay"])
def test_since_a_month_of_a_year_is_the_span_to_the_reports_year(since: str) -> None:
    observations, _ = extract("t", f"{since}, công nhân đã có 260 sáng kiến.", "2022")
    assert [(o.indicator, o.period) for o in observations] == [("initiatives", "2021-2022")]


def test_a_wage_beside_the_income_of_its_period_is_a_part_of_it() -> None:
    text = (
        "Tiền lương bình quân năm 2023 đạt 8,4 triệu đồng/người/tháng. Thu nhập bình quân đạt "
        "10,2 triệu đồng/người/tháng. Năm 2022, tiền lương bình quân 7,9 triệu đồng/người/tháng."
    )
    observations, _ = extract("t", text, "2023")
    assert [(o.value, o.period, "part" in o.flags) for o in observations] == [
        (8_400_000, "2023", True),
        (10_200_000, "2023", False),
        (7_900_000, "2022", False),  # no income stated for 2022: the wage is its figure
    ]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Dịp Tết Giáp Thìn 2024, công đoàn trao 950 suất quà cho đoàn viên.", "2024"),
        ("Chương trình “Tết sum vầy” 2024 trao 950 suất quà.", "2024"),
        ("Từ Xuân Canh Tý 2020 đến Xuân Giáp Thìn 2024, chương trình trao 950 suất quà.",
         "2020-2024"),
    ],
)  # fmt: skip
def test_an_occasion_and_its_year_date_what_is_done_for_it(text: str, period: str) -> None:
    observations, _ = extract("t", text, "2023")
    assert [(o.indicator, o.period) for o in observations] == [("gifts", period)]


def test_a_stock_in_a_term_is_counted_at_its_end() -> None:
    text = "Nhiệm kỳ 2018-2023, Công đoàn ngành có 212 CĐCS với 31.400 đoàn viên."
    observations, _ = extract("t", text, "2018-2023")
    assert [(o.indicator, o.period) for o in observations] == [
        ("grassroots_unions", "2023"),
        ("members", "2023"),
    ]


@pytest.mark.parametrize(
    ("published", "period"),
    [
        (dt.date(2013, 5, 29), "2013"),  # a news item of May about last year: the count now
        (dt.date(2013, 1, 14), "2012"),  # the year's report, written in January
        (None, "2012"),
    ],
)
def test_a_stock_told_as_of_now_is_the_count_when_written(published, period: str) -> None:
    text = "Năm 2012, công ty nộp ngân sách 20 tỷ đồng. Công ty có 194 cán bộ, công nhân viên."
    observations, _ = extract("t", text, "2012", published=published)
    assert [(o.indicator, o.period) for o in observations] == [("workers", period)]


@pytest.mark.parametrize(
    "as_of", ["Tính đến cuối năm 2022", "Đến 31/12/2022", "Tính đến tháng 12/2022"]
)
def test_a_stock_dated_by_its_own_day_keeps_that_year_however_late_the_text(as_of: str) -> None:
    """`Tính đến cuối năm 2022, toàn tỉnh có ...` in a report of 2023 published in 2024: the
    count of the day it names, not of the day the text was written."""
    text = f"{as_of}, toàn tỉnh có 120.500 đoàn viên. Năm 2023 kết nạp 5.210 đoàn viên mới."
    observations, _ = extract("t", text, "2023", published=dt.date(2024, 5, 2))
    assert [(o.indicator, o.period) for o in observations] == [
        ("members", "2022"), ("new_members", "2023")
    ]  # fmt: skip


@pytest.mark.parametrize("end", ["31/12/2023", "ngày 31/12/2023", "tháng 12/2023", "năm 2023"])
def test_a_span_from_a_year_to_a_day_is_the_span(end: str) -> None:
    text = f"Từ năm 2019 đến {end}, LĐLĐ tỉnh đã thành lập 120 CĐCS."
    observations, _ = extract("t", text, "2023")
    assert [(o.value, o.period) for o in observations] == [(120, "2019-2023")]


@pytest.mark.parametrize(
    "cumulative",
    ["lũy kế 9 tháng", "Lũy kế từ đầu năm đến ngày 30/9/2020,", "cộng dồn từ đầu năm"],
)
def test_a_running_total_in_a_quarters_report_is_of_the_year_so_far(cumulative: str) -> None:
    """`Trong quý III, ... 1.200; lũy kế 9 tháng ... 5.140`: the quarter's figure, then the
    year's so far (its own date, `đến ngày 30/9/2020`, read with it); in the year's report, the
    year."""
    text = f"Trong quý III, các CĐCS kết nạp 1.200 đoàn viên; {cumulative} kết nạp 5.140 đoàn viên."
    for report in ("2020-Q3", "2020"):
        observations, _ = extract("t", text, report)
        assert [(o.value, o.period) for o in observations] == [(1200, "2020-Q3"), (5140, "2020")]
    observations, _ = extract("t", "Lũy kế từ đầu quý: thăm hỏi 208 lượt đoàn viên.", "2020-Q3")
    assert [o.period for o in observations] == ["2020-Q3"]
    # ... of another year's months, that year's (hostile round 86)
    observations, _ = extract("t", "Lũy kế 6 tháng năm 2023, kết nạp 9.200 đoàn viên.", "2024-H1")
    assert [o.period[:4] for o in observations] == ["2023"]
    # ... of three months, the first quarter's; of six, the first half's
    text = "Lũy kế 3 tháng, kết nạp 870 đoàn viên. Lũy kế 6 tháng kết nạp 1.500 đoàn viên."
    observations, _ = extract("t", text, "2020-Q2")
    assert [o.period for o in observations] == ["2020-Q1", "2020-H1"]


def test_six_months_with_no_part_named_in_a_mid_year_report_are_its_first_half() -> None:
    """`nâng tổng số ... 6 tháng lên 2.046`, `6 tháng có 146 sáng kiến` beside the quarter's
    figure in a report of the second quarter: the half so far (probe 9ef); a contract of six
    months is no period."""
    text = (
        "Trong quý II, các cấp công đoàn đã kết nạp 1.287 đoàn viên, nâng tổng số đoàn viên kết "
        "nạp mới 6 tháng lên 2.046 người. Kết quả: 6 tháng có 146 sáng kiến được công nhận. Số "
        "lao động hợp đồng 6 tháng có 120 người lao động."
    )
    observations, _ = extract("t", text, "2024-Q2")
    assert [(o.value, o.period) for o in observations] == [
        (1287, "2024-Q2"), (2046, "2024-H1"), (146, "2024-H1"), (120, "2024")
    ]  # fmt: skip
    # ... a duration inside a clause is none (hostile round 105)
    text = (
        "Năm 2023, chương trình diễn ra trong 6 tháng, đã thăm hỏi 2.000 lượt đoàn viên. Trong "
        "quý II, sau khi hết thời gian thử việc 6 tháng, 1.350 công nhân đã được kết nạp vào công đoàn."
    )
    observations, _ = extract("t", text, "2024-Q2")
    assert [o.period for o in observations] == ["2023", "2024-Q2"]


@pytest.mark.parametrize(
    "opening", ["Năm ngoái, cả huyện", "“Năm ngoái cả huyện", "Riêng năm ngoái, huyện"]
)
def test_last_year_opening_a_sentence_is_the_year_before(opening: str) -> None:
    """`Năm ngoái cả huyện mới có 40 cuộc đối thoại` in an interview of 2023: the year before
    (probe 9eh); in a review of 2023 written the next January it is left to the report's
    year (hostile round 105)."""
    text = f"Năm 2023, huyện có 57 cuộc đối thoại. {opening} mới có 40 cuộc đối thoại định kỳ."
    observations, _ = extract("t", text, "2023", published=dt.date(2023, 9, 22))
    assert [o.period for o in observations] == ["2023", "2022"]
    observations, _ = extract("t", text, "2023", published=dt.date(2024, 1, 12))
    assert [o.period for o in observations] == ["2023", "2023"]
    # ... its sentence only, and not `nay` after a comma (hostile rounds 107, 108)
    text = (
        "Năm ngoái, LĐLĐ huyện trao 3.000 suất quà, hỗ trợ 1.200 đoàn viên. LĐLĐ huyện trao "
        "4.500 suất quà cho đoàn viên. Năm ngoái cả huyện chỉ có 40 cuộc đối thoại định kỳ, nay "
        "đã tăng lên 65 cuộc. Năm ngoái cả huyện kết nạp 1.200 đoàn viên, nay đã kết nạp được "
        "1.500 đoàn viên."
    )
    observations, _ = extract("t", text, "2023", published=dt.date(2023, 12, 15))
    assert [o.period for o in observations] == [
        "2022", "2022", "2023", "2022", "2023", "2022", "2023"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("opening", "period"),
    [
        ("Ngày 15/10/2023, LĐLĐ thị xã", "2023"),
        ("Tháng 10 năm 2023, LĐLĐ thị xã", "2023"),
        ("Trong đợt mưa lũ tháng 10/2023, LĐLĐ thị xã", "2023"),
        ("Sau đợt lũ lịch sử tháng 10/2020, LĐLĐ thị xã", "2020"),
        # an act's date, its number before it, dates nothing; nor a date of the report's year
        # (guards: pass before)
        ("Thực hiện Kế hoạch số 12/KH-LĐLĐ ngày 15/10/2023, LĐLĐ thị xã", "2024-H1"),
        ("Ngày 15/3/2024, LĐLĐ thị xã", "2024-H1"),
    ],
)
def test_a_day_or_a_month_of_an_earlier_year_opening_a_sentence_dates_it(
    opening: str, period: str
) -> None:
    """`Trong đợt mưa lũ tháng 10/2023, LĐLĐ thị xã trao 200 suất quà` in a report of 2024:
    what that day or month saw, of its year (probe 9hc; probes 9ev, 9ey, 9fj and 9gy had
    read such sentences as the report's period too)."""
    text = (
        f"Năm 2024, LĐLĐ thị xã kết nạp 120 đoàn viên. {opening} trao 200 suất quà cho đoàn viên."
    )
    observations, _ = extract("t", text, "2024-H1")
    assert [(o.value, o.period) for o in observations][-1] == (200, period)


def test_a_day_of_the_year_a_review_was_written_in_is_its_meetings() -> None:
    """`Chiều 15/1/2024, phát biểu tại hội nghị, ... đã kết nạp 5.200 đoàn viên` in a review
    of 2023 written in January 2024: the meeting's day, its results the year's (a rule dating
    such sentences by that day, taught by probe 9hh, was withdrawn: hostile round 133; guard)."""
    text = (
        "Năm 2023, LĐLĐ tỉnh trao 300 suất quà. Chiều 15/1/2024, phát biểu tại hội nghị, Chủ tịch "
        "LĐLĐ tỉnh cho biết đã kết nạp 5.200 đoàn viên mới."
    )
    observations, _ = extract("t", text, "2023", published=dt.date(2024, 1, 16))
    assert [o.period for o in observations] == ["2023", "2023"]


def test_the_governments_and_a_childrens_funds_figures_are_another_bodys() -> None:
    """The government's rent support, a children's fund's gifts (probes 9gn, 9hc); a private
    health facility is no department (`cơ sở y tế`: guard, passes before)."""
    text = (
        "Năm 2022, gói hỗ trợ tiền thuê nhà của Chính phủ đã chi trả cho khoảng 412.000 lượt lao "
        "động. Quỹ Bảo trợ trẻ em tỉnh phối hợp trao thêm 1.000 suất quà. LĐLĐ tỉnh thành lập "
        "mới 2 CĐCS tại cơ sở y tế tư nhân."
    )
    observations, _ = extract("t", text, "2022", org_level="provincial_federation")
    assert [(o.value, o.subgroup) for o in observations] == [
        (412_000, "other_org"), (1_000, "other_org"), (2, None)
    ]  # fmt: skip


def test_the_area_the_union_covers_is_no_public_sector() -> None:
    """`ngoài khu vực công đoàn quản lý`: `khu vực công` in a longer phrase (probe 9gz); the
    public sector by name is one (guard: passes before)."""
    text = (
        "Năm 2020, LĐLĐ tỉnh trao 300 phần quà cho hộ dân nghèo ngoài khu vực công đoàn quản lý, "
        "trị giá 150 triệu đồng. Thu nhập bình quân của người lao động khu vực công đạt 7 triệu "
        "đồng/người/tháng."
    )
    observations, _ = extract("t", text, "2020")
    assert [(o.indicator, o.subgroup) for o in observations] == [
        ("gifts", "public_relief"), ("gift_value", "public_relief"), ("avg_income", "public_sector")
    ]  # fmt: skip


def test_a_news_subheading_naming_an_earlier_year_dates_its_section() -> None:
    """A news item's subheading in sentence case (`Kết quả nổi bật năm 2023`, a blank line
    above, prose under) tells the year of the paragraphs under it, up to the next subheading
    (probe 9he: `Cũng trong năm, ...` under it took the item's year)."""
    text = (
        "LĐLĐ tỉnh họp báo Tháng Công nhân\n\nSáng 24/4, LĐLĐ tỉnh Thái Bình tổ chức họp báo "
        "thông tin về các hoạt động Tháng Công nhân.\n\nKết quả nổi bật năm 2023\n\nPhát biểu "
        "tại buổi họp báo, Phó Chủ tịch LĐLĐ tỉnh cho biết các cấp công đoàn đã kết nạp 12.480 "
        "đoàn viên, thành lập mới 135 công đoàn cơ sở.\n\nCũng trong năm, công đoàn các cấp tổ "
        "chức 1.245 cuộc đối thoại tại nơi làm việc với người sử dụng lao động trên địa bàn.\n\n"
        "Nhiều hoạt động thiết thực\n\nTrong Tháng Công nhân, LĐLĐ tỉnh đã trao 2.000 suất quà "
        "cho đoàn viên có hoàn cảnh khó khăn tại các khu công nghiệp trên địa bàn tỉnh.\n"
    )
    observations, _ = extract("t", text, "2024")
    assert [(o.value, o.period) for o in observations] == [
        (12480, "2023"), (135, "2023"), (1245, "2023"), (2000, "2024")
    ]  # fmt: skip
    # a line that ends a sentence, or holds a figure, heads nothing; nor a year named as a
    # starting point, nor a caption (hostile round 130; guards: pass before)
    for line in (
        "Kết quả nổi bật năm 2023.",
        "Năm 2023 kết nạp 500 đoàn viên",
        "Tiếp nối thành công năm 2023",
        "Ảnh: Quà Tết năm 2023 đến với công nhân",
    ):
        observations, _ = extract("t", text.replace("Kết quả nổi bật năm 2023", line), "2024")
        assert [o.period for o in observations][-4:] == ["2024"] * 4
    # ... nor a year passed or started from (hostile round 133; guards)
    for line in ("Những con số vượt năm 2023", "Nhìn lại chặng đường từ năm 2023"):
        observations, _ = extract("t", text.replace("Kết quả nổi bật năm 2023", line), "2024")
        assert [o.period for o in observations][-4:] == ["2024"] * 4
    # ... and the next subheading closes it, a paragraph closed right above it (hostile round
    # 130)
    closed = text.replace("\n\nNhiều hoạt động thiết thực\n\n", "\nNhiều hoạt động thiết thực\n")
    observations, _ = extract("t", closed, "2024")
    assert [o.period for o in observations] == ["2023", "2023", "2023", "2024"]


@pytest.mark.parametrize(
    ("opening", "period"),
    [
        ("Cùng kỳ năm 2023, toàn tỉnh", "2023-H1"),
        ("Trong cùng kỳ năm 2023, toàn tỉnh", "2023-H1"),
        ("Cùng kỳ năm trước, toàn tỉnh", "2023-H1"),
        ("- Cùng kỳ năm ngoái toàn tỉnh", "2023-H1"),
        # a comparison's figures past its comma are the report's (guard: passes before)
        ("So với cùng kỳ năm 2023, toàn tỉnh", "2024-H1"),
        # ... and past a turn back to now (hostile round 130)
        ("Cùng kỳ năm 2023, toàn tỉnh chỉ kết nạp 900 đoàn viên, nay đã", "2024-H1"),
        ("Cùng kỳ năm trước, toàn tỉnh kết nạp 900 đoàn viên, còn 6 tháng qua đã", "2024-H1"),
        ("So với cùng kỳ năm trước, toàn tỉnh", "2024-H1"),
    ],
)
def test_a_sentence_opened_on_the_same_part_of_an_earlier_year_tells_of_it(
    opening: str, period: str
) -> None:
    """`Cùng kỳ năm 2023, toàn tỉnh kết nạp 1.200 đoàn viên` in a half-year report: the first
    half of 2023, its figures past the comma too (they were dated as the report's half)."""
    text = (
        "Trong 6 tháng đầu năm 2024, toàn tỉnh kết nạp 1.500 đoàn viên.\n"
        f"{opening} kết nạp 1.200 đoàn viên, thành lập 20 CĐCS."
    )
    observations, _ = extract("t", text, "2024-H1")
    assert [o.period for o in observations][-2:] == [period, period]


@pytest.mark.parametrize(
    ("published", "school_year"),
    [
        (dt.date(2024, 11, 18), "2023-2024"),
        (dt.date(2024, 5, 25), "2023-2024"),
        (dt.date(2024, 3, 5), "2022-2023"),
    ],
)
def test_the_school_year_just_ended_is_the_one_before_the_texts_date(
    published: dt.date, school_year: str
) -> None:
    """`Năm học vừa qua, có 2.315 sáng kiến` in November 2024: 2023-2024 (probe 9eh)."""
    text = "Năm học vừa qua, có 2.315 sáng kiến kinh nghiệm được công nhận."
    observations, _ = extract("t", text, "2019-2024", published=published)
    assert [o.period for o in observations] == [school_year]


def test_a_school_year_under_way_when_written_is_no_horizon() -> None:
    """An item of October on the conference opening a school year, which reviews the one
    before: the stock told for the school year under way is of that school year."""
    text = (
        "Năm học 2023-2024, trường có 52 cán bộ, giáo viên, nhân viên, trong đó có 50 đoàn viên "
        "công đoàn. Năm học 2022-2023, công đoàn đã thăm hỏi 10 lượt đoàn viên."
    )
    for published, first in ((dt.date(2023, 10, 10), "2023-2024"), (None, "2022-2023")):
        observations, _ = extract("t", text, "2022-2023", published=published)
        assert [o.period for o in observations] == [first, first, "2022-2023"]


def test_a_meeting_after_an_occasion_keeps_the_reports_part() -> None:
    """`... Tháng Công nhân 2019. Tại hội nghị, quỹ trao quà ...` in a half-year's review: the
    meeting is no occasion told before it."""
    text = (
        "Sáu tháng đầu năm 2019, quỹ chăm lo cho đoàn viên dịp Tết và trong Tháng Công nhân "
        "2019. Tại hội nghị, quỹ trao quà cho 35 đoàn viên khó khăn, tổng số tiền 21 triệu đồng."
    )
    observations, _ = extract("t", text, "2019-H1", published=dt.date(2019, 7, 20))
    assert [o.period for o in observations] == ["2019-H1", "2019-H1"]


MEETING_REVIEWING_A_TERM = (
    "Đại hội Công đoàn tỉnh lần thứ X, nhiệm kỳ 2018 - 2023\nNhiệm kỳ 2013 - 2018, các cấp "
    "công đoàn kết nạp 12.400 đoàn viên. Các cấp công đoàn đã thăm hỏi 6.000 đoàn viên. {opener} "
    "LĐLĐ tỉnh trao 2 nhà Mái ấm Công đoàn.\n"
)


@pytest.mark.parametrize(
    ("opener", "period"),
    [
        ("Dịp này,", "2018"),
        ("Tại Đại hội,", "2018"),
        ("Nhân dịp này,", "2018"),
        # an occasion of its own told just before: not the meeting's
        ("Tết Bính Thân 2016, LĐLĐ tổ chức chợ Tết. Dịp này,", "2016"),
        ("Trong Tháng Công nhân năm 2017, LĐLĐ tổ chức nhiều hoạt động. Nhân dịp này,", "2017"),
        ("Ngày 20/10, LĐLĐ tỉnh khai mạc Đại hội. Dịp này,", "2018"),
        # no opener: the years the meeting reviewed
        ("Cũng trong nhiệm kỳ,", "2013-2018"),
    ],
)
def test_a_deed_done_at_the_meeting_that_reviews_a_term_is_of_the_meetings_year(
    opener: str, period: str
) -> None:
    text = MEETING_REVIEWING_A_TERM.format(opener=opener)
    observations, _ = extract("t", text, "2013-2018", published=dt.date(2018, 10, 20))
    houses = [o.period for o in observations if o.indicator == "union_shelter_houses"]
    assert houses == [period]


def test_another_body_of_the_reports_level_in_a_roundup_gives_its_own_figures() -> None:
    """A district federation's news, glued as crawled pages are: the next event is another
    district's (`Cùng ngày, ...`, `... cũng vừa ...`); the report's own name keeps its own."""
    text = (
        "LĐLĐ quận 5 trao 180 phần quà cho công nhân.Ảnh: T.Hà.Cùng ngày, LĐLĐ quận 8 tổ chức "
        "ngày hội, trao 90 phần quà. LĐLĐ quận 11 cũng vừa trao 60 phần quà. Cùng ngày, LĐLĐ "
        "quận 5 bàn giao 2 nhà Mái ấm Công đoàn."
    )
    observations, _ = extract(
        "t", text, "2024", org_level="district_federation", org="LĐLĐ quận 5 Hồ Chí Minh"
    )
    assert [(o.value, o.subgroup) for o in observations] == [
        (180, None),
        (90, "other_org"),
        (60, "other_org"),
        (2, None),
    ]


def test_the_reports_own_body_by_its_initials_is_no_other_event() -> None:
    """Probe 9bu: `Công đoàn CAND cũng tổ chức ...` in Công đoàn Công an nhân dân's report is
    its own deed, not another body's brought in with `cũng`."""
    text = (
        "Công đoàn Công an nhân dân (CAND) kết nạp 900 đoàn viên. Công đoàn CAND cũng tổ chức "
        "12 lớp tập huấn cho 850 cán bộ. Công đoàn Giáo dục Việt Nam cũng trao 300 suất quà."
    )
    observations, _ = extract(
        "t", text, "2024", org_level="national_sector", org="Công đoàn Công an nhân dân"
    )
    assert [(o.value, o.subgroup) for o in observations] == [
        (900, None),
        (12, None),
        (850, None),
        (300, "other_org"),
    ]


def test_sentences_glued_by_a_crawl_are_apart_but_not_at_abbreviations() -> None:
    lay = Layout(
        "Trao 50 phần quà cho công nhân.Đại diện LĐLĐ TP.HCM và T.Nga dự, tại p.Bến Nghé.",
        load_catalogue(),
        "2024",
    )
    assert lay.sentences[0] == len("Trao 50 phần quà cho công nhân.")
    assert len(lay.sentences) == 2


def test_a_digests_items_run_on_after_stars_are_other_provinces() -> None:
    text = (
        "LĐLĐ tỉnh Bạc Liêu: Các cấp CĐ trao 1.200 phần quà. Ngọc Anh * LĐLĐ tỉnh Gia Lai: "
        "Toàn tỉnh có 540 CĐCS. Minh Đức * LĐLĐ tỉnh Phú Yên: Trao 15 Mái ấm CĐ. Hải Yến"
    )
    observations, _ = extract(
        "t", text, "2013", org_level="provincial_federation", province="Bạc Liêu"
    )
    assert [(o.value, o.subgroup) for o in observations] == [
        (1_200, None),
        (540, "other_org"),
        (15, "other_org"),
    ]


@pytest.mark.parametrize(
    ("text", "subgroup"),
    [
        # the confederation receives what the report's members give: the report's figure
        ("Đoàn viên toàn ngành đã ủng hộ Quỹ “Mái ấm Công đoàn” của Tổng LĐLĐ Việt Nam 4,3 tỷ "
         "đồng.", None),
        # ... but owns what it is said to have
        ("Phong trào của Tổng Liên đoàn đã có hơn 1,5 triệu sáng kiến.", "other_org"),
    ],
)  # fmt: skip
def test_a_body_given_to_is_not_the_owner_of_the_gift(text: str, subgroup: str | None) -> None:
    observations, _ = extract("t", text, "2024", org_level="national_sector")
    assert [o.subgroup for o in observations] == [subgroup]


def test_a_table_of_units_after_an_index_column_counts_its_total_row_and_money_column() -> None:
    text = (
        "Số liệu theo đơn vị:\n"
        "TT | Đơn vị | Số CĐCS | Số đoàn viên | Nhà “Mái ấm CĐ” | Kinh phí (triệu đồng)\n"
        "1 | Huyện A | 41 | 2.100 | 2 | 90\n"
        "2 | Huyện B | 37 | 1.950 | 1 | 45\n"
        "| Tổng cộng | 78 | 4.050 | 3 | 135\n"
    )
    observations, _ = extract("t", text, "2024")
    assert [(o.indicator, o.value) for o in observations] == [
        ("grassroots_unions", 78),
        ("members", 4_050),
        ("union_shelter_houses", 3),
        ("union_shelter_value", 135_000_000),
    ]


def test_a_header_on_two_rows_keeps_the_years_of_the_upper_one() -> None:
    text = (
        "Một số kết quả chủ yếu:\n"
        "TT | Chỉ tiêu | ĐVT | Năm 2023 | Năm 2024 | So sánh 2024/2023 |\n"
        "TT | Chỉ tiêu | ĐVT | | | Tăng (+)/giảm (-) | %\n"
        "1 | Tổng số đoàn viên | Người | 51.200 | 52.480 | +1.280 | 102,5\n"
    )
    observations, _ = extract("t", text, "2024")
    assert [(o.value, o.period) for o in observations] == [(51_200, "2023"), (52_480, "2024")]


@pytest.mark.parametrize(
    ("published", "period"),
    [
        (dt.date(2013, 5, 31), "2012-2013"),  # a news item: the twelve months before it
        (dt.date(2014, 1, 10), "2013"),  # the year's report written after it: that year
        (dt.date(2013, 12, 15), "2013"),  # written as its year ends: that year
        (None, "2013"),
    ],
)
def test_the_past_year_is_counted_back_from_publication(published, period: str) -> None:
    text = "Trong năm qua, công nhân lao động quận đã thực hiện 420 sáng kiến."
    observations, _ = extract("t", text, "2013", published=published)
    assert [(o.indicator, o.period) for o in observations] == [("initiatives", period)]


@pytest.mark.parametrize(
    ("dates", "period"),
    [
        ("từ 1/7 đến 31/12/2025", "2025-H2"),
        ("từ 01/01 đến 30/6/2025", "2025-H1"),
        ("1/7 - 30/9/2025", "2025-Q3"),
        ("12/6 - 15/6/2025", "2025"),  # a few days: no part of the contract's
    ],
)
def test_a_part_of_a_year_written_as_its_dates_is_that_part(dates: str, period: str) -> None:
    text = f"Kết quả hoạt động {dates}: kết nạp 42 đoàn viên mới."
    observations, _ = extract("t", text, "2025")
    assert [(o.indicator, o.period) for o in observations] == [("new_members", period)]


def test_a_roundups_other_event_goes_on_to_the_end_of_its_paragraph() -> None:
    text = (
        "LĐLĐ quận 5 tuyên dương 60 CNVC-LĐ, trao 180 phần quà. LĐLĐ quận 8 cũng vừa sơ kết "
        "phong trào thi đua. Trong năm, CNVC-LĐ quận đã thực hiện 320 sáng kiến.\n"
        "Năm 2024, các cấp công đoàn quận 5 đã thực hiện 95 sáng kiến."
    )
    observations, _ = extract(
        "t", text, "2024", org_level="district_federation", org="LĐLĐ quận 5 Hồ Chí Minh"
    )
    assert [(o.value, o.subgroup) for o in observations] == [
        (180, None),
        (320, "other_org"),
        (95, None),
    ]


def test_the_reports_body_by_its_abbreviated_name_is_its_own() -> None:
    """`LĐLĐ thành phố Huế` in the report of the `Liên đoàn Lao động thành phố Huế` (a
    province's federation since 2025, its name a district's): its own figures."""
    observations, _ = extract(
        "t", "Chiều 20/1, LĐLĐ thành phố Huế trao 200 suất quà Tết cho đoàn viên khó khăn.",
        "2025", org_level="provincial_federation", province="Thừa Thiên Huế",
        org="Liên đoàn Lao động thành phố Huế",
    )  # fmt: skip
    assert [(o.value, o.subgroup) for o in observations] == [(200, None)]


def test_a_roundups_other_event_goes_on_past_a_semicolon_in_its_sentence() -> None:
    text = (
        "Năm 2024, LĐLĐ quận 5 tổ chức 22 cuộc đối thoại.\nCùng ngày, LĐLĐ quận 8 cũng sơ kết; "
        "6 tháng qua các CĐCS tại quận này đã tổ chức 31 cuộc đối thoại.\nLĐLĐ quận 5 tổ chức sơ "
        "kết; các CĐCS đã ký mới 9 bản thỏa ước lao động tập thể."
    )
    observations, _ = extract(
        "t", text, "2024", org_level="district_federation", org="LĐLĐ quận 5 Hồ Chí Minh"
    )
    assert [(o.value, o.subgroup) for o in observations] == [
        (22, None),
        (31, "other_org"),
        (9, None),
    ]


def test_a_quarters_numeral_before_a_caption_ends_its_sentence() -> None:
    """`quý I.` is no name's initial: the caption after it keeps its own time."""
    observations, _ = extract(
        "t", "Năm 2023, LĐLĐ tỉnh đã kết nạp 1.200 đoàn viên mới trong quý I. (Ảnh: Trao 50 "
        "suất quà cho đoàn viên)", "2023",
    )  # fmt: skip
    assert [(o.value, o.period) for o in observations] == [(1200, "2023"), (50, "2023")]


def test_a_roundups_other_district_numbered_like_the_reports_is_another() -> None:
    """`quận 11` in the report of `quận 1`: whole words, not a prefix."""
    text = (
        "Năm 2024, LĐLĐ quận 1 đã trao 500 suất quà. Cùng ngày, đoàn công tác LĐLĐ quận 11 đến "
        "thăm; trong tháng 1, toàn quận 11 đã tổ chức 40 cuộc đối thoại."
    )
    observations, _ = extract(
        "t", text, "2024", org_level="district_federation",
        org="Liên đoàn Lao động quận 1", province="TP. Hồ Chí Minh",
    )  # fmt: skip
    assert [(o.value, o.subgroup) for o in observations] == [(500, None), (40, "other_org")]


@pytest.mark.parametrize(
    "sentence",
    [
        # the report's body leading the joint event
        "Cùng ngày, LĐLĐ quận 5 phối hợp với LĐLĐ quận 8 tổ chức giao lưu; các CĐCS trong quận "
        "đã tổ chức 40 cuộc đối thoại.",
        # ... or the figure's clause naming its place
        "Cùng ngày, đoàn công tác LĐLĐ quận 8 đến thăm; trong 7 tháng, toàn quận 5 đã tổ chức 40 "
        "cuộc đối thoại.",
        "Cùng ngày, LĐLĐ quận 8 cũng sơ kết; trong 6 tháng, các CĐCS trên địa bàn quận 5 đã tổ "
        "chức 40 cuộc đối thoại.",
    ],
)
def test_a_roundups_other_body_leaves_the_reports_own_clause_its_own(sentence: str) -> None:
    observations, _ = extract(
        "t", sentence, "2024", org_level="district_federation",
        org="Liên đoàn Lao động quận 5 Hồ Chí Minh", province="TP. Hồ Chí Minh",
    )  # fmt: skip
    assert [(o.value, o.subgroup) for o in observations] == [(40, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan in brackets governs only what they hold
        ("Năm 2023 toàn ngành kết nạp 3.014 đoàn viên mới (chỉ tiêu giao: 2.500 đoàn viên); "
         "thành lập mới 11 CĐCS.", {("new_members", 3014), ("new_grassroots_unions", 11)}),
        # registered and carried out is done, registered alone is not
        ("Năm 2024, CNLĐ đã đăng ký và thực hiện 312 sáng kiến.", {("initiatives", 312)}),
        ("Năm 2024, CNLĐ đã đăng ký 312 sáng kiến.", set()),
        # an age is no head count; an amount per meal or per lesson is no total
        ("Năm 2024, độ tuổi bình quân của NLĐ là 29 tuổi.", set()),
        ("Năm 2024, tuổi bình quân của đoàn viên là 38.", set()),
        ("Năm 2024, công đoàn đề nghị tăng tiền ăn ca hỗ trợ NLĐ lên 30.000 đồng/bữa.", set()),
        ("Năm 2024, hỗ trợ giáo viên dạy thêm từ 50.000 đồng lên 70.000 đồng/tiết.", set()),
        # rewards paid to authors are no value brought by the initiatives
        ("Năm 2024, công ty đã chi thưởng cho các tác giả sáng kiến 156 triệu đồng.", set()),
        (
            "Năm 2024, xí nghiệp đã chi thưởng người lao động có giải pháp, cải tiến giúp tăng năng "
            "suất, giảm tiêu hao vật tư trong dây chuyền với tổng số tiền là: 215,4 triệu đồng.",
            set(),
        ),
        ("Năm 2024, khen thưởng 20 sáng kiến có giá trị làm lợi 3 tỷ đồng.",
         {("initiatives", 20), ("initiative_value", 3e9)}),
        # courses of occupational-safety training (huấn luyện) are training courses
        ("Năm 2024 tổ chức 3 lớp huấn luyện ATVSLĐ cho 412 lượt người lao động.",
         {("training_courses", 3), ("training_participants", 412)}),
        # public servants named in full are the workers of a commune's union
        ("Năm 2025 CĐCS phường có 146 đoàn viên/152 cán bộ, công chức, người lao động.",
         {("members", 146), ("workers", 152)}),
        # the worth of the gifts named as `quà tặng`
        ("Năm 2025 trao 600 suất quà cho CNLĐ; tổng trị giá quà tặng là 480 triệu đồng.",
         {("gifts", 600), ("gift_value", 480e6)}),
        # a house paid for out of the shelter fund is money spent on houses
        ("Năm 2025 xây mới 1 nhà “Mái ấm Công đoàn”, LĐLĐ tỉnh hỗ trợ 60 triệu đồng từ Quỹ "
         "“Mái ấm Công đoàn”.", {("union_shelter_houses", 1), ("union_shelter_value", 60e6)}),
    ],
)  # fmt: skip
def test_what_probe_30_taught(text: str, expected: set) -> None:
    year = text.split("Năm ", 1)[1][:4]
    observations, _ = extract("t", text, year, org_level="grassroots")
    assert {(o.indicator, o.value) for o in observations} == expected


def test_a_bodys_figures_by_the_units_in_the_cluster_are_the_clusters_own() -> None:
    text = (
        "Theo báo cáo của LĐLĐ huyện Trảng Bom (Trưởng cụm năm 2023), các đơn vị trong cụm "
        "đang quản lý 612 CĐCS với 118.740 đoàn viên."
    )
    observations, _ = extract(
        "t", text, "2023", org_level="bloc", org="Cụm thi đua số 3 LĐLĐ tỉnh Đồng Nai"
    )
    assert [(o.value, o.subgroup) for o in observations] == [(612, None), (118740, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people a congress's delegates stand for (`thay mặt cho`) are a stock
        ("Năm 2023, về dự Đại hội có 280 đại biểu, thay mặt cho hơn 62.000 đoàn viên, gần "
         "70.000 công nhân, viên chức, lao động trong toàn tỉnh.",
         {("members", 62000), ("workers", 70000)}),
        # the conference named in a rate's own clause decides which rate it is
        ("Năm 2023, trên 98% doanh nghiệp tổ chức Hội nghị người lao động, 100% cơ quan, đơn "
         "vị tổ chức Hội nghị cán bộ, công chức, viên chức.",
         {("worker_conference_rate", 98), ("staff_conference_rate", 100)}),
    ],
)  # fmt: skip
def test_what_probe_31_taught(text: str, expected: set) -> None:
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert {(o.indicator, o.value) for o in observations} == expected


def test_a_period_closing_its_clause_dates_that_clause_only() -> None:
    """`..., 100% đơn vị tổ chức Hội nghị CBCCVC trong quý I/2024; ... đạt 83,3%`: the quarter
    trails the first figure's clause; the second figure is of the report's year."""
    text = (
        "Năm 2024, 100% đơn vị sự nghiệp tổ chức Hội nghị CBCCVC trong quý I/2024; tại khu vực "
        "ngoài công lập có 10/12 doanh nghiệp tổ chức Hội nghị người lao động, đạt 83,3%.\n"
        "Trong quý I/2024: kết nạp 120 đoàn viên; thành lập 3 CĐCS."
    )
    observations, _ = extract("t", text, "2024", org_level="sector_provincial")
    assert {(o.value, o.period) for o in observations} == {
        (100, "2024"),
        (83.3, "2024"),
        (120, "2024-Q1"),
        (3, "2024-Q1"),
    }


def test_a_breakdown_that_is_the_indicators_whole_population_is_none() -> None:
    text = (
        "Năm 2024, có 1.087/1.087 cơ quan, đơn vị hành chính, sự nghiệp tổ chức Hội nghị CBCCVC, "
        "đạt tỷ lệ 100%. Khu vực hành chính sự nghiệp kết nạp 320 đoàn viên."
    )
    observations, _ = extract("t", text, "2024", org_level="provincial_federation")
    assert {(o.indicator, o.subgroup) for o in observations} == {
        ("staff_conference_rate", None),
        ("new_members", "public_sector"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a worker's pronoun opening the sentence reports what is hers, `cho biết` or not
        "Năm 2024. Anh cho biết thu nhập hằng tháng khoảng 9,5 triệu đồng.",
        # ... and what is one worker's, in its clause
        "Năm 2024. Thu nhập của chị giảm từ khoảng 8,5 triệu xuống còn 5,6 triệu đồng một tháng.",
        # firms' starting wages at a job fair are no average income
        "Năm 2024, mức lương khởi điểm các doanh nghiệp đưa ra là 7 triệu đồng/tháng.",
        # ... nor the lowest wage a firm pays
        "Năm 2024, mức lương thấp nhất trả cho lao động phổ thông là 3.745.000 đồng/tháng.",
    ],
)
def test_a_workers_own_income_in_the_news_is_no_average(text: str) -> None:
    observations, _ = extract("t", text, "2024", org_level="provincial_federation")
    assert [o.indicator for o in observations] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Năm 2024. "Vé tàu khứ hồi năm ngoái tôi hỏi mất gần 2 triệu đồng, bằng nửa tháng '
         'lương", chị nói.', []),
        ('Năm 2024. "Năm nay chúng tôi đã hỗ trợ 150 triệu đồng cho đoàn viên khó khăn", ông '
         "Hùng cho biết.", [150e6]),
    ],
)  # fmt: skip
def test_one_speaking_of_herself_gives_no_union_figure(text: str, expected: list) -> None:
    """A worker quoted in the first person (`tôi`) speaks of her own money; `chúng tôi` is
    the union speaking."""
    observations, _ = extract("t", text, "2024", org_level="provincial_federation")
    assert [o.value for o in observations if o.indicator == "welfare_value"] == expected


def test_a_union_body_between_keeps_a_workers_report_the_unions() -> None:
    """`Chị cho biết, năm nay CĐCS đã kết nạp 120 đoàn viên`: the union's figure, told by her."""
    text = "Năm 2024. Chị cho biết, năm nay CĐCS đã kết nạp 120 đoàn viên mới."
    observations, _ = extract("t", text, "2024", org_level="grassroots")
    assert [(o.indicator, o.value) for o in observations] == [("new_members", 120)]


@pytest.mark.parametrize(
    "text",
    [
        # the state's unemployment insurance, a thousands dot between no stop
        "Năm 2024, Sở Nội vụ tỉnh đã giải quyết trợ cấp thất nghiệp cho hơn 11.600 người với "
        "tổng số tiền khoảng 290 tỷ đồng.",
        "Năm 2021, gói hỗ trợ khoảng 30.000 tỉ đồng từ Quỹ bảo hiểm thất nghiệp được chi trả.",
        # each one's share, not the total
        "Năm 2024, công ty hỗ trợ 2 triệu đồng cho mỗi công nhân quay lại làm việc.",
        # a fare
        "Năm 2024, vé xe giường nằm dịp cận Tết lên tới 1,2 triệu đồng một chiều.",
        # an insurer's payouts
        "Năm 2024, công đoàn phối hợp với Bảo Việt chi trả quyền lợi bảo hiểm cho 27 trường "
        "hợp ốm đau, tai nạn.",
    ],
)
def test_the_states_insurance_and_each_ones_share_are_no_union_care(text: str) -> None:
    observations, _ = extract("t", text, "2024", org_level="provincial_federation")
    assert [o.indicator for o in observations] == []


def test_what_safety_at_work_costs_is_no_care() -> None:
    text = "Năm 2024, công đoàn thăm hỏi 25 công nhân và chi 450 triệu đồng mua sắm trang bị bảo hộ lao động."
    observations, _ = extract("t", text, "2024", org_level="grassroots")
    assert [(o.indicator, o.value) for o in observations] == [("welfare_beneficiaries", 25)]


def test_a_figure_higher_than_last_years_is_a_change() -> None:
    """`cao hơn khoảng 200.000 lượt so với Tết năm ngoái`: the difference, not a level."""
    text = (
        "Tết Sum vầy năm 2024 đã đến với 1.512.000 lượt đoàn viên, cao hơn khoảng 200.000 lượt "
        "so với Tết năm ngoái."
    )
    observations, _ = extract("t", text, "2024", org_level="national")
    assert [o.value for o in observations] == [1_512_000]


def test_a_concession_is_no_count() -> None:
    text = (
        "Năm 2025, công đoàn trao 20 suất quà cho đoàn viên. Sự quan tâm của Công đoàn, dù là "
        "một phần quà hay một lời hỏi thăm, đều giúp anh chị em có thêm động lực."
    )
    observations, _ = extract("t", text, "2025", org_level="grassroots")
    assert [(o.indicator, o.value) for o in observations] == [("gifts", 20)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2019, khi anh phải mổ tim, anh được CĐ công ty và LĐLĐ tỉnh hỗ trợ 50 triệu đồng.",
         []),
        ("Năm 2019, công đoàn hỗ trợ rồi anh chị em góp thêm, tôi được hỗ trợ 50 triệu đồng.", []),
        # everyone (`anh chị em`) and a count of people are the union's
        ("Năm 2019, toàn thể anh chị em công nhân được hỗ trợ 120 triệu đồng.", [120e6]),
        ("Năm 2019, 40 đoàn viên được hỗ trợ 20 triệu đồng.", [20e6]),
    ],
)  # fmt: skip
def test_what_one_person_receives_is_not_the_unions_figure(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2019", org_level="grassroots")
    assert [o.value for o in observations if o.indicator == "welfare_value"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a worker named in full is one person ...
        ("Năm 2024, công nhân Lê Văn Tâm có 4 sáng kiến, làm lợi 200 triệu đồng.", []),
        # ... the workers of a firm named by its name are its workforce; a year the figure is
        # a multiple of is no period of what follows
        ("Năm 2024, công nhân Hòa Phong có 148 sáng kiến, làm lợi cho công ty gần một tỷ đồng.",
         [("initiatives", 148, "2024"), ("initiative_value", 1e9, "2024")]),
        # ... a person of a people without the common family names, or by the given name alone
        ("Năm 2024, công nhân Y Nhi có 4 sáng kiến, làm lợi 200 triệu đồng.", []),
        ("Năm 2024, kỹ sư Thạch Sô Phol có 4 sáng kiến, làm lợi 200 triệu đồng.", []),
        ("Năm 2024, công nhân Tâm có 4 sáng kiến, làm lợi 200 triệu đồng.", []),
    ],
)  # fmt: skip
def test_workers_named_by_their_firm_are_not_one_person(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2024", org_level="grassroots")
    assert [(o.indicator, o.value, o.period) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "subgroup"),
    [
        # the employer named as the payer right after the amount (probe 9aj)
        ("Năm 2023, Công đoàn trao 1.200 suất quà, kinh phí 1,1 tỉ đồng do công ty chi trả.",
         "other_org"),
        ("Năm 2023, Công đoàn tặng quà trị giá 150 triệu đồng từ quỹ phúc lợi công ty.",
         "other_org"),
        # ... not `do` meaning "because" (hostile round 61; the grassroots union's own advance:
        # the province's, `LĐLĐ tỉnh đã tạm ứng, hỗ trợ`, is the body above's, as without the comma)
        ("Năm 2023, Công đoàn cơ sở đã tạm ứng, hỗ trợ 600 triệu đồng do chủ doanh nghiệp bỏ "
         "trốn.", None),
        ("Năm 2023, Công đoàn đã hỗ trợ 320 triệu đồng do người sử dụng lao động nợ lương.", None),
        # ... not the union's own money with the firm named elsewhere
        ("Năm 2023, Công đoàn tặng quà trị giá 150 triệu đồng cho công nhân của công ty.", None),
        # the employer unnamed, giving, after the openers (probe 9dr)
        ("Năm 2023, sau đối thoại, công ty cũng hỗ trợ 300 triệu đồng cho công nhân nghỉ chờ "
         "việc.", "other_org"),
        # ... not with the union as its partner
        ("Năm 2023, công ty phối hợp với công đoàn hỗ trợ 300 triệu đồng cho công nhân.", None),
        # ... after a semicolon or a comma, or as the firms of a place (hostile round 99)
        ("Năm 2023, Công đoàn trao 120 suất quà; công ty hỗ trợ thêm 60 triệu đồng cho công "
         "nhân.", "other_org"),
        ("Năm 2023, các doanh nghiệp đã hỗ trợ 2,5 tỷ đồng cho công nhân dịp Tết.", "other_org"),
        ("Năm 2023, Công đoàn trao 120 suất quà; phía công ty hỗ trợ thêm 60 triệu đồng.",
         "other_org"),
    ],
)  # fmt: skip
def test_money_the_employer_paid_is_another_bodys(text: str, subgroup: str | None) -> None:
    observations, _ = extract("t", text, "2023", org_level="grassroots")
    assert [o.subgroup for o in observations if o.unit == "VND"] == [subgroup]


@pytest.mark.parametrize(
    "opening",
    ["Những năm qua", "Nhiều năm qua", "Hàng chục năm qua", "Trong các năm qua"],
)
def test_years_past_in_an_item_of_early_in_the_year_are_no_one_year(opening: str) -> None:
    """`Những năm qua, ...` in a February item is many years, not the one just ended (hostile
    round 61): no year of its own, the item's."""
    text = f"{opening}, LĐLĐ huyện đã kết nạp 3.450 đoàn viên."
    observations, _ = extract(
        "t", text, "2024", org_level="district_federation", published=dt.date(2024, 2, 20)
    )
    assert [(o.value, o.period) for o in observations] == [(3_450, "2024")]


def test_the_year_past_in_an_item_of_early_in_the_year_is_the_year_before() -> None:
    """`Năm qua, ...` in an item of February 2018 (a visit before Tết) tells of 2017; the
    stock it states as now is the item's own year (probe 9aj)."""
    text = (
        "LĐLĐ tỉnh thăm, tặng quà CNLĐ Công ty TNHH Giày Alpha\n10/02/2018\nChiều ngày 8/2/2018, "
        "đoàn công tác đã đến thăm công ty. Hiện công ty có 5.312 CNLĐ.\n\nNăm qua, thu nhập "
        "bình quân của NLĐ đạt 5,6 triệu đồng/người/tháng. Công đoàn đã thăm hỏi 420 lượt "
        "đoàn viên ốm đau."
    )
    observations, _ = extract(
        "t", text, "2018", org_level="grassroots", published=dt.date(2018, 2, 10)
    )
    assert [(o.value, o.period) for o in observations] == [
        (5_312, "2018"),
        (5_600_000, "2017"),
        (420, "2017"),
    ]


def test_the_author_of_a_policy_carried_out_is_not_the_doer() -> None:
    """A bloc's members `triển khai chính sách hỗ trợ của Tổng LĐLĐ Việt Nam ...: 11.284 lượt`:
    the deed is the report's bodies', the confederation only wrote the policy (probe 9ag); a
    member named as the doer is still another body."""
    text = (
        "Năm 2021, các đơn vị đã kịp thời triển khai chính sách hỗ trợ của Tổng LĐLĐ Việt Nam "
        "cho đoàn viên, người lao động bị ảnh hưởng bởi đại dịch Covid-19: tổng số 11.284 lượt "
        "người, số tiền 6.512,4 triệu đồng. Riêng LĐLĐ huyện Đông Hưng kết nạp 512 đoàn viên. "
        "LĐLĐ huyện Tiền Hải triển khai chính sách hỗ trợ của Tổng LĐLĐ Việt Nam, chăm lo cho "
        "1.340 lượt đoàn viên."
    )
    observations, _ = extract("t", text, "2021", org_level="bloc")
    assert [(o.value, o.subgroup) for o in observations] == [
        (11_284, None),
        (6_512_400_000, None),
        (512, "other_org"),
        (1_340, "other_org"),  # (the member doing it, named before the policy's author)
    ]


def test_a_sentence_opening_on_the_whole_country_tells_the_nations_figures() -> None:
    """`Trên phạm vi cả nước, ...`, also after its source (`Theo Tổng LĐLĐ Việt Nam, ...`), in
    a province's report: the nation's figures, up to a `riêng` that brings the report's own
    back (probe 9ak)."""
    text = (
        "Năm 2025, LĐLĐ tỉnh chăm lo cho 95.000 lượt đoàn viên. Theo Tổng LĐLĐ Việt Nam, trên "
        "phạm vi cả nước, các cấp công đoàn đã chăm lo cho hơn 1,9 triệu lượt đoàn viên với trên "
        "1.200 tỷ đồng. Trên phạm vi cả nước, hiện có hơn 11,3 triệu đoàn viên; riêng tỉnh ta "
        "kết nạp 4.000 đoàn viên."
    )
    observations, _ = extract("t", text, "2025", org_level="provincial_federation")
    assert [(o.value, o.subgroup) for o in observations] == [
        (95_000, None),
        (1_900_000, "other_org"),
        (1_200e9, "other_org"),
        (11_300_000, "other_org"),
        (4_000, None),
    ]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # the nation as a backdrop, no scope of its own before a comma (hostile round 62)
        ("Cả nước đang dồn sức cho mục tiêu 1 triệu đoàn viên mới, LĐLĐ tỉnh đã kết nạp 4.250 "
         "đoàn viên.", "provincial_federation"),
        # ... the province ranked in the country
        ("Trong cả nước, Long An là địa phương dẫn đầu khu vực phía Nam với 1.850 suất quà Tết.",
         "provincial_federation"),
        # ... a national sector union's own figures are the country's
        ("Trên phạm vi cả nước, Công đoàn GTVT Việt Nam hiện có 118.500 đoàn viên.",
         "national_sector"),
    ],
)  # fmt: skip
def test_the_nation_named_otherwise_leaves_the_figure_the_reports(text: str, level: str) -> None:
    observations, _ = extract("t", "Năm 2025. " + text, "2025", org_level=level)
    assert [o.subgroup for o in observations] == [None]


def test_the_running_total_of_the_year_in_a_quarters_report_is_the_years() -> None:
    """`Lũy kế 9 tháng đầu năm, ...` in a report of 2025-Q3: the year's first nine months, no
    code of the contract but the year's (flagged `part_year`), not the quarter (probe 9ak)."""
    text = (
        "Trong quý III, LĐLĐ tỉnh kết nạp 3.100 đoàn viên. Lũy kế 9 tháng đầu năm, toàn tỉnh kết "
        "nạp 9.870 đoàn viên."
    )
    observations, _ = extract("t", text, "2025-Q3", org_level="provincial_federation")
    assert [(o.value, o.period, "part_year" in o.flags) for o in observations] == [
        (3_100, "2025-Q3", False),
        (9_870, "2025", True),
    ]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # the plan's figure with its noun, the label's colon before the roles' own (probe 9al)
        ("Phát triển đoàn viên mới: KH giao: 5.000 đoàn viên; thực hiện: 5.634 đoàn viên; đạt "
         "112,68%.", [("new_members", 5_634, 5_000)]),
        # ... the label a sentence of its own before the roles, on the same line
        ("Chỉ tiêu 1: Phát triển đoàn viên mới. KH giao: 5.000 đoàn viên; thực hiện: 5.634 đoàn "
         "viên; đạt 112,68%.", [("new_members", 5_634, 5_000)]),
        ("Chỉ tiêu 4: Tỷ lệ doanh nghiệp ngoài nhà nước tổ chức Hội nghị người lao động. KH: 70%; "
         "thực hiện: 74,5%.", [("worker_conference_rate", 74.5, 70)]),
        # ... not a sentence of its own topic and figures before them (hostile round 64)
        ("Toàn tỉnh tổ chức 45 lớp tập huấn cho 3.200 cán bộ công đoàn. KH giao: 5.000 đoàn viên; "
         "thực hiện: 5.634 đoàn viên.", [("training_courses", 45, None),
                                          ("training_participants", 3_200, None)]),
    ],
)  # fmt: skip
def test_a_target_listed_as_plan_and_result_fields(row: str, expected: list) -> None:
    text = "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU\n" + row
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert [(o.indicator, o.value, o.target) for o in observations] == expected


def test_figures_in_the_bracket_of_a_period_compared_with_are_that_periods() -> None:
    """`So với Tết Quý Mão 2023 (3,9 triệu lượt người, 2.100 tỷ đồng), ...`: the comma inside
    the bracket does not end what the compared year holds (probe 9ac)."""
    text = (
        "Tết Giáp Thìn 2024, các cấp công đoàn đã hỗ trợ cho 4,2 triệu lượt đoàn viên với tổng "
        "kinh phí 2.500 tỷ đồng.\nSo với Tết Quý Mão 2023 (3,9 triệu lượt người, 2.100 tỷ đồng), "
        "số người được chăm lo và kinh phí đều tăng."
    )
    observations, _ = extract("t", text, "2024", org_level="national")
    assert [(o.value, o.period) for o in observations if o.unit == "VND"] == [
        (2_500e9, "2024"),
        (2_100e9, "2023"),
    ]


def test_a_tet_a_bare_comparative_names_dates_its_then_clause_and_no_later_tet() -> None:
    """`Kết quả này cao hơn Tết Ất Tỵ 2025, khi ... 985.000 lượt người`: what `khi` tells is
    of the Tết compared with; a `Tết` named later without its year is still this year's
    (probe 9by)."""
    text = (
        "Dịp Tết Bính Ngọ 2026, các cấp công đoàn chăm lo cho 640.000 lượt đoàn viên. Kết quả "
        "này cao hơn Tết cổ truyền Ất Tỵ 2025, khi các cấp công đoàn chăm lo cho 512.000 lượt "
        "người.\n"
        "Chương trình Tết Sum vầy trao 21.000 phần quà cho đoàn viên khó khăn."
    )
    observations, _ = extract("t", text, "2026", org_level="provincial_federation")
    assert [(o.value, o.period) for o in observations] == [
        (640_000, "2026"),
        (512_000, "2025"),
        (21_000, "2026"),
    ]


def test_the_term_before_is_its_own_period_and_frames_no_other_sentence() -> None:
    """A congress report names the term before in brackets, compared with or as `nhiệm kỳ
    trước` (probes 9ag, 9ai): those figures are that term's, as long as the report's, and the
    sentences after them are the report's term again."""
    text = (
        "Nhiệm kỳ 2018-2023, toàn ngành có 3.450 sáng kiến (nhiệm kỳ 2013-2018 là 2.105 sáng "
        "kiến). Công đoàn ngành đã tổ chức 15 lớp tập huấn. Các cấp công đoàn kết nạp 12.000 "
        "đoàn viên (tăng gấp đôi so với nhiệm kỳ 2008 - 2013). Quỹ Mái ấm Công đoàn xây 684 "
        "căn nhà. LĐLĐ huyện thành lập mới 96 CĐCS (nhiệm kỳ trước là 71 CĐCS), thăm hỏi 8.200 "
        "lượt đoàn viên (nhiệm kỳ trước: 6.120 lượt). Nhiệm kỳ trước thành lập được 150 CĐCS; "
        "nhiệm kỳ này kết nạp 31.800 đoàn viên. Số sáng kiến tăng gấp đôi so với nhiệm kỳ 2013 - "
        "2018, làm lợi 120 tỷ đồng."
    )
    observations, _ = extract("t", text, "2018-2023", org_level="district_federation")
    assert [(o.value, o.period) for o in observations] == [
        (3_450, "2018-2023"),
        (2_105, "2013-2018"),
        (15, "2018-2023"),
        (12_000, "2018-2023"),
        (684, "2018-2023"),
        (96, "2018-2023"),
        (71, "2013-2018"),
        (8_200, "2018-2023"),
        (6_120, "2013-2018"),
        (150, "2013-2018"),
        (31_800, "2018-2023"),
        (120e9, "2018-2023"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place whose name holds a person word (`Anh`, `Bà`) names a body, not a person
        ("Năm 2024, LĐLĐ huyện Đông Anh đã kết nạp 2.115 đoàn viên.", [("new_members", 2_115)]),
        ("Năm 2024, LĐLĐ huyện Anh Sơn đã kết nạp 2.115 đoàn viên.", [("new_members", 2_115)]),
        ("Năm 2024, LĐLĐ thành phố Bà Rịa đã trao 300 suất quà.", [("gifts", 300)]),
        # ... a person so named is still one person, as is one named after a body's name
        ("Năm 2024, Công đoàn Công ty CP Gạch ngói Thạch Bàn Anh Lê Văn Tùng, tổ trưởng, có 4 "
         "sáng kiến làm lợi 320 triệu đồng.", []),
        ("Năm 2024, anh Nguyễn Văn Đông có 4 sáng kiến, làm lợi 200 triệu đồng.", []),
        ("Năm 2024, Anh Đông có 4 sáng kiến, làm lợi 200 triệu đồng.", []),
    ],
)  # fmt: skip
def test_a_person_word_in_a_place_name_names_no_person(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2024", org_level="district_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2025, thỏa ước có lợi hơn: thưởng thâm niên từ 200.000 đến 1 triệu đồng.",
        "Tại Hội nghị người lao động năm 2025, 100% đại biểu tán thành các nội dung sửa đổi.",
    ],
)
def test_an_employers_pay_and_a_share_of_delegates_are_no_indicator(text: str) -> None:
    observations, _ = extract("t", text, "2025", org_level="grassroots")
    assert observations == []


MONTHLY_BRIEF = (
    "BÁO CÁO tháng 4 năm 2024\n"
    "- Kết nạp đoàn viên: trong tháng 38 ĐV; lũy kế từ đầu năm 126 ĐV (KH: 150, đạt 84%).\n"
    "- Thành lập mới: trong tháng 01 CĐCS; lũy kế 03 CĐCS (KH: 04).\n"
    "- Thăm hỏi ĐV ốm đau: 23 lượt, số tiền 17,5 triệu đồng; lũy kế từ đầu năm 141 lượt, 96,2 "
    "triệu đồng.\n"
    "- Trong tháng giới thiệu 05 ĐV ưu tú cho Đảng xem xét kết nạp; lũy kế 14 ĐV, trong đó đã "
    "được kết nạp 06 đồng chí.\n"
)


def test_a_monthly_brief_gives_the_months_figure_and_the_running_total() -> None:
    """A month's figure after `trong tháng` is a count, not a month's number (a month is 1 to
    12, and a counted noun follows); a clause of only `lũy kế` and a figure counts what the
    clause before it counted; the admitted among the ones put forward are admissions."""
    observations, _ = extract("t", MONTHLY_BRIEF, "2024", org_level="district_federation")
    assert [(o.indicator, o.value, o.target) for o in observations] == [
        ("new_members", 38, None),
        ("new_members", 126, 150),
        ("new_grassroots_unions", 1, None),
        ("new_grassroots_unions", 3, 4),
        ("welfare_beneficiaries", 23, None),
        ("welfare_value", 17.5e6, None),
        ("welfare_beneficiaries", 141, None),
        ("welfare_value", 96.2e6, None),
        ("party_referrals", 5, None),
        ("party_referrals", 14, None),
        ("party_admissions", 6, None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the statutory wage is no average income
        ("Năm 2017, mức lương tối thiểu vùng I áp dụng từ ngày 1.1.2017 theo Nghị định "
         "153/2016/NĐ-CP là 3.750.000 đồng/tháng; thu nhập bình quân đạt 6,2 triệu đồng.",
         [("avg_income", 6.2e6)]),
        # how big one unit is, not the union's people; a company's own workforce is
        ("Năm 2017, có doanh nghiệp hơn 200 lao động nhưng chưa đồng ý thành lập công đoàn. "
         "Việc thành lập CĐCS tại các doanh nghiệp nhỏ dưới 10 lao động còn khó. Công ty hiện "
         "có 1.200 lao động.", [("workers", 1200)]),
    ],
)  # fmt: skip
def test_what_probe_34_taught(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2017", org_level="grassroots")
    assert [(o.indicator, o.value) for o in observations] == expected


def test_a_plan_labelled_by_its_period_and_months_counted_are_no_figures() -> None:
    text = (
        "Năm 2025\n- Kết nạp mới: 215 ĐV (KH tháng: 200, đạt 107,5%).\n"
        "- Kết nạp đoàn viên: trong quý 24 ĐV; lũy kế 6 tháng 57 ĐV, đạt 71,3% KH năm (80 ĐV).\n"
        "- Đăng tải 30 tin, bài; lũy kế 6 tháng 104 tin, bài."
    )
    observations, _ = extract("t", text, "2025", org_level="district_federation")
    assert [(o.indicator, o.value, o.target) for o in observations] == [
        ("new_members", 215, 200),
        ("new_members", 24, None),
        ("new_members", 57, 80),
        ("media_posts", 30, None),
        ("media_posts", 104, None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label is on its line: the heading above it names nothing of its figure
        ("BÁO CÁO năm 2024\n\nI. TÌNH HÌNH ĐOÀN VIÊN, NGƯỜI LAO ĐỘNG\nTổng số CĐCS: 127.",
         [("grassroots_unions", 127)]),
        # a never rule's words reach no figure past the end of their sentence
        ("Năm 2024, có 261 doanh nghiệp, trong đó 148 doanh nghiệp có vốn đầu tư nước ngoài. "
         "LĐLĐ thị xã quản lý 193 CĐCS.", [("grassroots_unions", 193)]),
    ],
)  # fmt: skip
def test_what_probe_32_taught(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2024", org_level="district_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


def test_a_day_is_one_to_thirty_one_and_a_counted_noun_after_it_makes_a_count() -> None:
    text = (
        "Năm 2024\n- Thăm hỏi, hỗ trợ ĐV bị tai nạn lao động, ốm đau dài ngày: 34 lượt, số tiền "
        "27,2 triệu đồng.\n- Thăm hỏi ĐV ốm đau dài ngày: 15 lượt.\n"
        "Sáng 12, LĐLĐ tổ chức thăm hỏi đoàn viên."
    )
    observations, _ = extract("t", text, "2024", org_level="district_federation")
    assert [(o.indicator, o.value) for o in observations] == [
        ("welfare_beneficiaries", 34),
        ("welfare_value", 27.2e6),
        ("welfare_beneficiaries", 15),
    ]


def test_classes_between_an_outreach_word_and_the_people_make_them_trainees() -> None:
    text = (
        "Năm 2017, công tác tuyên truyền, đào tạo cán bộ được chú trọng với 41 lớp tập huấn "
        "cho 2.870 lượt cán bộ CĐCS."
    )
    observations, _ = extract("t", text, "2017", org_level="district_federation")
    assert [(o.indicator, o.value) for o in observations] == [
        ("training_courses", 41),
        ("training_participants", 2870),
    ]


def test_a_total_raised_by_a_breakdowns_figure_is_the_whole() -> None:
    text = (
        "Năm 2013, các cấp CĐ cũng thành lập mới 9 CĐCS ở khu vực DN ngoài nhà nước, nâng tổng "
        "số CĐCS trực thuộc LĐLĐ tỉnh lên 1.347. Khu vực ngoài nhà nước nâng tổng số lên 500 CĐCS."
    )
    observations, _ = extract("t", text, "2013", org_level="provincial_federation")
    assert [(o.value, o.subgroup) for o in observations] == [
        (9, "non_state_enterprise"),
        (1347, None),
        (500, "non_state_enterprise"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what workers were owed and got back is theirs
        ("Năm 2013, 612 công nhân đòi được hơn 3,1 tỉ đồng tiền lương, trợ cấp thôi việc và tiền "
         "BHXH bị chủ DN nợ. Đến giữa tháng 5, 237 CN đã nhận đủ hơn 1,4 tỉ đồng tiền lương.", []),
        # a fraction of people is no result against a plan
        ("Năm 2013, toàn tỉnh có gần 53.000 đoàn viên, trong đó khoảng 1/3 làm việc trong các DN "
         "ngoài quốc doanh.", [("members", 53000)]),
        # the union's own spending, the people it stood for in court
        ("Năm 2016, tổng chi tài chính CĐ toàn ngành là 39,2 tỉ đồng. LĐLĐ tỉnh đã đại diện cho 46 "
         "NLĐ tham gia tố tụng tại 9 vụ án lao động.", []),
        # safety officers are people trained
        ("Năm 2013, tổ chức 3 lớp huấn luyện cho 640 an toàn vệ sinh viên.",
         [("training_courses", 3), ("training_participants", 640)]),
        # a plan word after a percentage is what a result was measured against
        ("Năm 2017, kết nạp 3.260 đoàn viên, đạt 27,2% kế hoạch năm, nâng tổng số lên 2.948 CĐCS.",
         [("new_members", 3260), ("grassroots_unions", 2948)]),
    ],
)  # fmt: skip
def test_what_probe_35_taught(text: str, expected: list) -> None:
    year = text.split("Năm ", 1)[1][:4]
    observations, _ = extract("t", text, year, org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


def test_an_appendix_after_the_plan_section_is_a_part_of_its_own() -> None:
    text = (
        "B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023\n- Phấn đấu kết nạp 6.500 đoàn viên.\n\n"
        "Phụ lục 1: Số liệu một số chỉ tiêu chủ yếu năm 2022\n"
        "| TT | Chỉ tiêu | ĐVT | Kế hoạch 2022 | Thực hiện 2022 |\n"
        "| 1 | Kết nạp đoàn viên | người | 6.000 | 6.435 |\n"
    )
    observations, _ = extract("t", text, "2022", org_level="provincial_federation")
    assert [(o.indicator, o.value, o.target) for o in observations] == [("new_members", 6435, 6000)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2006, LĐLĐ thành phố trao 450 triệu đồng cho đoàn viên bị thiệt hại do bão số 6.",
         [("welfare_value", 450e6)]),
        ("Năm 2006, UBND tỉnh xem xét dự án xây dựng 5.000 căn nhà cho CN thuê giá rẻ.", []),
    ],
)  # fmt: skip
def test_what_probe_36_taught(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2006", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


# How text copied out of PDF files reads (blind probe 38, 2026-12-03): a figure wrapped away
# from its noun, a table row's label wrapped onto a line of its own, a total row that lost its
# empty index cell.
PDF_TABLE_WITH_WRAPPED_LABELS = (
    "Kết quả thăm hỏi, trợ cấp, tặng quà năm 2014 như sau:\n\n"
    "  TT   Nội dung                                   Số lượt      Số tiền (đồng)\n"
    "  1    Thăm hỏi đoàn viên ốm đau, thai sản,         412          61.800.000\n"
    "       tai nạn lao động\n"
    "  2    Trợ cấp khó khăn đột xuất                     37          27.750.000\n"
    "  3    Tặng quà Tết Nguyên đán cho                3.120         624.000.000\n"
    "       đoàn viên, NLĐ (200.000 đồng/suất)\n"
    "  4    Quà Quốc tế Thiếu nhi cho con              1.486          74.300.000\n"
    "       CNLĐ dưới 15 tuổi\n"
    "       Cộng                                       5.055         787.850.000\n"
)


def test_a_pdf_table_reads_through_its_wrapped_labels_to_its_total_row() -> None:
    text = clean(PDF_TABLE_WITH_WRAPPED_LABELS, is_html=False).text
    observations, _ = extract("t", text, "2014", org_level="grassroots")
    found = {(o.indicator, o.value, "part" in o.flags) for o in observations}
    # every row's money under `Số tiền (đồng)`, the label's wrapped rest no noun of it
    assert {(i, v) for i, v, _ in found if v > 1e6 and i} >= {
        ("welfare_value", 27_750_000),
        ("gift_value", 624_000_000),
        ("gift_value", 74_300_000),  # the money of what its row counts
    }
    # the `Cộng` row, one cell short of the header, is the whole table's total
    assert ("welfare_beneficiaries", 5055, False) in found
    assert ("welfare_value", 787_850_000, False) in found
    assert not any(i == "gifts" and v > 1e6 for i, v, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people helped, described by what they took part in
        ("Năm 2021, Công đoàn ngành đã hỗ trợ 2.864 lượt đoàn viên tham gia phòng, chống "
         "dịch Covid-19.", {("welfare_beneficiaries", 2864)}),
        # ... while people drawn to an event are no care
        ("Năm 2021, hội thao thu hút 2.000 đoàn viên tham gia.", set()),
    ],
)  # fmt: skip
def test_what_probe_38_taught(text: str, expected: set) -> None:
    observations, _ = extract("t", text, "2021", org_level="sector_provincial")
    assert {(o.indicator, o.value) for o in observations} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a caption: the figure and its noun first, what was done after them
        ("Năm 2023: 8.915 đoàn viên kết nạp mới.", {("new_members", 8915)}),
        ("Năm 2023: 47 CĐCS thành lập mới, 12 CĐCS mới được thành lập ở khu công nghiệp.",
         {("new_grassroots_unions", 47), ("new_grassroots_unions", 12)}),
        ("Năm 2023: 7,15 triệu đồng/người/tháng: thu nhập bình quân của NLĐ.",
         {("avg_income", 7.15e6)}),
        ("Năm 2023: 3.105 đoàn viên ưu tú được giới thiệu cho Đảng xem xét kết nạp.",
         {("party_referrals", 3105)}),
        # ... not members transferred in, nor a plan's figure
        ("Năm 2023: tiếp nhận 1.206 đoàn viên chuyển sinh hoạt (không tính vào số kết nạp mới).",
         set()),
    ],
)  # fmt: skip
def test_what_probe_40_taught(text: str, expected: set) -> None:
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert {(o.indicator, o.value) for o in observations} == expected


# Probe 9j: a Word table of dot leaders read as labels' colons ran its lines together, and a
# row's money was the next row's count.
def test_a_table_of_dot_leaders_reads_as_a_table() -> None:
    text = clean(
        "Bảng 3. Thăm hỏi, hỗ trợ thường xuyên quý III/2023     ĐVT: triệu đồng\n"
        "Nội dung                        Số lượt          Kinh phí\n"
        "Thăm hỏi ốm đau ...................... 97 lượt ........... 48,5\n"
        "Trợ cấp khó khăn (tai nạn, rủi ro) .... 14 lượt ........... 21,0\n"
        "Cộng .................................. 111 lượt .......... 69,5\n",
        is_html=False,
    ).text
    observations, _ = extract("t", text, "2023", org_level="district_federation")
    assert [(o.indicator, o.value) for o in observations] == [
        ("welfare_beneficiaries", 97),
        ("welfare_value", 48_500_000),
        ("welfare_beneficiaries", 14),
        ("welfare_value", 21_000_000),
        ("welfare_beneficiaries", 111),
        ("welfare_value", 69_500_000),
    ]


# Hostile round 37: a table of small figures under its header is a table, no contents' pages.
def test_a_leader_table_of_small_figures_under_its_header() -> None:
    text = (
        "Nội dung      Số lượt      Kinh phí (triệu đồng)\n"
        "Thăm hỏi ốm đau ........ 118 ........ 59\n"
        "Trợ cấp khó khăn ........ 41 ........ 82\n"
    )
    observations, _ = extract("t", clean(text, is_html=False).text, "2024")
    assert [(o.indicator, o.value) for o in observations] == [
        ("welfare_beneficiaries", 118),
        ("welfare_value", 59e6),
        ("welfare_beneficiaries", 41),
        ("welfare_value", 82e6),
    ]


# Hostile round 36: what leader tables must not take for one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a table of contents: its headings' page numbers, after a bracket too, or as ranges
        (
            "MỤC LỤC\nI. Phát triển đoàn viên (kết nạp mới) ........ 4\nII. Chương trình "
            "“Mái ấm Công đoàn” ........ 11\nNăm 2024, Liên đoàn kết nạp 2.700 đoàn viên mới.",
            [("new_members", 2_700)],
        ),
        (
            "MỤC LỤC\nPhần II. Thăm hỏi đoàn viên ........ 5 ........ 7\nPhần III. Phương "
            "hướng ........ 8 ........ 11\nNăm 2024, Liên đoàn kết nạp 2.700 đoàn viên mới.",
            [("new_members", 2_700)],
        ),
        # two fields a line, each with its leader
        (
            "Số công đoàn cơ sở ........ 118      Số đoàn viên ........ 21.340\n"
            "Kết nạp đoàn viên mới ........ 1.964      Thành lập CĐCS mới ........ 11\n",
            [("grassroots_unions", 118), ("members", 21_340), ("new_members", 1_964),
             ("new_grassroots_unions", 11)],
        ),
        # a header of years over the rows dates each column
        (
            "Nội dung      Năm 2023      Năm 2024\nKết nạp đoàn viên mới ........ 1.120 ........ "
            "1.385\nThành lập công đoàn cơ sở ........ 10 ........ 13\n",
            [("new_members", 1_120), ("new_members", 1_385), ("new_grassroots_unions", 10),
             ("new_grassroots_unions", 13)],
        ),
        # a `TT` column over rows that number themselves
        (
            "TT      Nội dung      Số lượt      Kinh phí (đồng)\n"
            "1. Thăm hỏi ốm đau ........ 118 ........ 59.000.000\n"
            "2. Trợ cấp khó khăn ........ 41 ........ 82.000.000\n",
            [("welfare_beneficiaries", 118), ("welfare_value", 59e6),
             ("welfare_beneficiaries", 41), ("welfare_value", 82e6)],
        ),
    ],
)  # fmt: skip
def test_what_a_leader_table_is_not(text: str, expected: list) -> None:
    observations, _ = extract("t", clean(text, is_html=False).text, "2024")
    assert [(o.indicator, o.value) for o in observations] == expected


def test_an_infographics_cards_read_as_figures_and_their_labels() -> None:
    text = clean(
        "CÔNG ĐOÀN TỈNH NĂM 2023 – NHỮNG CON SỐ NỔI BẬT\n\n"
        "📌 8.915 | đoàn viên kết nạp mới\nĐạt 111,4% kế hoạch năm (KH: 8.000)\n\n"
        "2.318\nCĐCS trực thuộc các LĐLĐ huyện\n\n"
        "35,6 tỷ đồng — tổng kinh phí chăm lo cho đoàn viên, NLĐ\n\n"
        "Đối thoại định kỳ ........ 58 cuộc\n",
        is_html=False,
    ).text
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert {(o.indicator, o.value) for o in observations} == {
        ("new_members", 8915),
        ("grassroots_unions", 2318),
        ("welfare_value", 35.6e9),
        ("workplace_dialogues", 58),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # units that held a conference are not its people
        ("Năm 2021, Hội nghị CBCCVC: 74/74 đơn vị, đạt 100%.", {("staff_conference_rate", 100)}),
        # a rating of the unions is no number of unions
        ("Năm 2007, kết quả phân loại có 24 CĐCS vững mạnh, 5 CĐCS khá, 2 CĐCS trung bình.", set()),
        # a street number in an address
        ("Năm 2012. LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ YÊN Địa chỉ: 02 Trần Phú, TP Tuy Hòa.", set()),
        # the union's buses home for Tết carry people it cares for
        ("Năm 2012, công đoàn tổ chức xe đưa 216 công nhân về quê đón Tết.",
         {("welfare_beneficiaries", 216)}),
        # ... while a stock of unions stays one
        ("Năm 2012, toàn huyện có 120 CĐCS với 8.400 đoàn viên.",
         {("grassroots_unions", 120), ("members", 8400)}),
    ],
)  # fmt: skip
def test_what_probe_39_taught(text: str, expected: set) -> None:
    year = text.split("Năm ", 1)[1][:4]
    observations, _ = extract("t", text, year, org_level="district_federation")
    assert {(o.indicator, o.value) for o in observations} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an infographic's card: a figure opening its line, its noun, nothing done to it
        ("Năm 2019\n24.870 đoàn viên công đoàn\n1.935 đoàn viên kết nạp mới",
         {("members", 24870), ("new_members", 1935)}),
        ("Năm 2024\n📌 Gần 134 nghìn công đoàn cơ sở", {("grassroots_unions", 134000)}),
        ("Năm 2026\n765.420 đoàn viên công đoàn tại 7.864 CĐCS", {("members", 765420)}),
        ("Năm 2022\n68,45 tỷ đồng giá trị làm lợi", {("initiative_value", 68.45e9)}),
        ("Năm 2024\n9,3 tỷ đồng tổng giá trị các suất quà", {("gift_value", 9.3e9)}),
        # ... behind a card's arrow, its label going on with what the body manages, or its
        # date (probe 9fm)
        ("Năm 2024\n▶ 41.870 tổng số đoàn viên đang quản lý (tại 126 CĐCS trực thuộc)",
         {("members", 41870), ("grassroots_unions", 126)}),
        ("Năm 2023\n11,4 triệu Tổng số đoàn viên công đoàn trên cả nước tính đến ngày 31/12/2023.",
         {("members", 11.4e6)}),
        # ... and a card's label with an arrow to its figure
        ("Năm 2024\nLượt đoàn viên, người lao động được thăm hỏi, tặng quà, hỗ trợ → 31.280",
         {("welfare_beneficiaries", 31280)}),
        # ... not an item of the heading above it, nor people something was done to
        ("Năm 2024\nThành lập mới:\n- 12 CĐCS", set()),
        ("Năm 2024\n500 đoàn viên tham gia giải chạy", set()),
    ],
)  # fmt: skip
def test_a_caption_states_a_stock(text: str, expected: set) -> None:
    year = text.split("Năm ", 1)[1][:4]
    observations, _ = extract("t", text, year, org_level="district_federation")
    assert {(o.indicator, o.value) for o in observations} == expected


# Statistical forms and data sheets (blind probe 41, 2026-12-03).
STATISTICAL_FORM = (
    "BIỂU SỐ LIỆU NĂM 2023\n"
    "STT | Chỉ tiêu | Mã số | Đơn vị tính | Kỳ trước | Kỳ này | So sánh (%)\n"
    "A | B | C | D | 1 | 2 | 3 = 2/1\n"
    "I\nTỔ CHỨC CÔNG ĐOÀN\n"
    "1 | Tổng số CĐCS trực thuộc | 01 | CĐCS | 118 | 123 | 104,2\n"
    "2 | Số đoàn viên kết nạp mới trong kỳ | 10 | Người | 512 | 734 | 143,4\n"
    "II. Chăm lo đời sống đoàn viên, người lao động\n"
    "3 | Quà Tết cho ĐV, NLĐ có hoàn cảnh khó khăn | 14 | Suất | 6.000 | 6.845 | 114,1\n"
    " | Kinh phí | 15 | Triệu đồng | 2.400 | 2.738 | 114,1\n"
)


@pytest.mark.parametrize(
    "header", [("Kỳ trước", "Kỳ này"), ("Năm trước", "Năm nay")], ids=("period", "year")
)
def test_a_statistical_form_reads_this_periods_column(header: tuple[str, str]) -> None:
    form = STATISTICAL_FORM.replace("Kỳ trước | Kỳ này", " | ".join(header))
    observations, _ = extract("t", form, "2023", org_level="district_federation")
    # `Kỳ này`, not the previous period, the form's codes, the columns' numbers or the %
    assert {(o.indicator, o.value) for o in observations} == {
        ("grassroots_unions", 123),
        ("new_members", 734),
        ("gifts", 6845),
        ("gift_value", 2.738e9),  # `Kinh phí` under the row it pays for
    }


def test_a_header_over_rows_of_its_own_names_its_columns() -> None:
    text = (
        "Năm 2019\n"
        "| TT | Đơn vị | Số CĐCS | Đoàn viên công đoàn |  | Thu nhập bình quân |\n"
        "|  |  |  | Tổng số | Kết nạp mới trong năm |  |\n"  # shorter than the row above
        "|  |  | CĐCS | Người | Người | Triệu đồng/người/tháng |\n"
        "| 1 | CĐ Tổng công ty A | 38 | 9.105 | 642 | 9,85 |\n"
        "| 2 | CĐ Tổng công ty B | 42 | 10.962 | 715 | 8,70 |\n"
        "|  | Tổng cộng | 80 | 20.067 | 1.357 | 9,25 |\n"
    )
    observations, _ = extract("t", text, "2019", org_level="national_sector")
    totals = {(o.indicator, o.value) for o in observations if "part" not in o.flags}
    assert totals == {
        ("grassroots_unions", 80),
        ("members", 20067),
        ("new_members", 1357),
        ("avg_income", 9.25e6),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one family's earnings are no average income
        ("Năm 2019, mỗi tháng, hai vợ chồng thu nhập khoảng 11 triệu đồng.", set()),
        ("Năm 2019, thu nhập bình quân của NLĐ đạt 7,2 triệu đồng/người/tháng.",
         {("avg_income", 7.2e6)}),
        # people given an award are not people cared for
        ("Năm 2025, trong số những người được tặng Bằng năm nay, có 314 người là nữ.", set()),
    ],
)  # fmt: skip
def test_what_probe_42_taught(text: str, expected: set) -> None:
    year = text.split("Năm ", 1)[1][:4]
    observations, _ = extract("t", text, year, org_level="provincial_federation")
    assert {(o.indicator, o.value) for o in observations} == expected


def test_a_pdf_tables_label_wrapped_by_a_word_or_its_unit_is_read_whole() -> None:
    text = clean(
        "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2022\n\n"
        "  TT   Chỉ tiêu                                  KH 2022      TH 2022     Tỷ lệ\n"
        "  1    Cơ quan, đơn vị tổ chức Hội nghị          100%         100%        100%\n"
        "       CBCCVC\n"
        '  2    Vận động Quỹ "Mái ấm Công đoàn"      250.000.000  286.450.000    114,6%\n'
        "       (đồng)\n",
        is_html=False,
    ).text
    observations, _ = extract("t", text, "2022", org_level="sector_provincial")
    assert {(o.indicator, o.value, o.target) for o in observations} == {
        ("staff_conference_rate", 100, 100),
        ("union_shelter_fund", 286_450_000, 250_000_000),  # money, not 286 million houses
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2025, xây 2 nhà Mái ấm Công đoàn, kinh phí 7?5 triệu đồng.",
         {("union_shelter_houses", 2)}),
        ("Năm 2025, tập huấn cho 1.?46 lượt cán bộ công đoàn cơ sở.", set()),
        ("Năm 2025, hỗ trợ ?3 trường hợp ốm đau.", set()),
    ],
)  # fmt: skip
def test_a_figure_with_a_digit_the_scan_could_not_read_is_no_figure(
    text: str, expected: set
) -> None:
    observations, mentions = extract("t", text, "2025", org_level="district_federation")
    assert {(o.indicator, o.value) for o in observations} == expected
    assert any(m.reason == "garbled" for m in mentions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2023, toàn tỉnh có 1.245 sáng kiến, bình quân 27,1 sáng kiến/1.000 đoàn viên.",
         [("initiatives", 1245)]),
        # a share out of a round count, both its figures
        ("Năm 2023, cứ 10 công nhân thì chưa tới 6 người là đoàn viên; công ty có 5.200 đoàn "
         "viên.", [("members", 5200)]),
        ("Năm 2023, thành lập mới 42 CĐCS, nâng tỷ lệ lên 2,4 CĐCS trên mỗi 100 doanh nghiệp.",
         [("new_grassroots_unions", 42)]),
        ("Năm 2023, toàn ngành có 412 sáng kiến, đạt 3,5 sáng kiến trên 100 CNVCLĐ.",
         [("initiatives", 412)]),
        # `trên 100` after a whole figure is "more than 100", and money is no rate
        ("Năm 2023, trao 3,5 tỷ đồng hỗ trợ trên 200 đoàn viên khó khăn.",
         [("welfare_value", 3_500_000_000), ("welfare_beneficiaries", 200)]),
    ],
)  # fmt: skip
def test_a_rate_per_a_round_number_of_people_is_neither_a_count_nor_its_base(
    text: str, expected: list
) -> None:
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one speaker's own pay, in the first person (a reader's question, a worker's story)
        ("Năm 2024, thu nhập bình quân 8,1 triệu đồng/người/tháng. Bạn đọc hỏi: Lương tôi 7,5 "
         "triệu đồng/tháng thì phải đóng bao nhiêu đoàn phí? Tôi làm công nhân 9 năm, lương hiện "
         "tại 7,2 triệu đồng/tháng.", [("avg_income", 8_100_000)]),
        # what each place got
        ("Năm 2024, hỗ trợ tổ chức tại 10 doanh nghiệp, mỗi nơi 20 triệu đồng.", []),
        # a difference with what it is compared to between; last year's figures in brackets stay
        ("Năm 2024, trao 21.640 suất quà, tổng trị giá 11,9 tỷ đồng, cao hơn Tết năm trước "
         "khoảng 1,3 tỷ đồng.", [("gifts", 21_640), ("gift_value", 11_900_000_000)]),
        # an amount one might give
        ("Năm 2024:\nMột suất quà Tết có thể chỉ 500.000 đồng hay 1 triệu đồng, nhưng rất ý nghĩa.",
         []),
        # a sum written out: its terms are no figures, its total takes the label
        ("Năm 2024:\n📌 Quà: 1.046 + 15 + 212 = 1.273 suất", [("gifts", 1_273)]),
        # a plan in brackets after its word, a plan of the year, the plan's year
        ("Năm 2024, trao 12.650 suất quà, đạt 126,5% so với chỉ tiêu (10.000 suất).",
         [("gifts", 12_650)]),
        ("Năm 2024:\n- Thành lập mới CĐCS: 22 / KH 20", [("new_grassroots_unions", 22)]),
        # `ĐVCĐ` are members; a gift's value labelled as such
        ("Đến 30/6/2024 toàn tỉnh có 1.307 CĐCS, 71.846 ĐVCĐ.",
         [("grassroots_unions", 1_307), ("members", 71_846)]),
        ("Năm 2024:\n- Tổng số suất quà: 41.720 suất; tổng trị giá quà: 27,35 tỷ đồng.",
         [("gifts", 41_720), ("gift_value", 27_350_000_000)]),
        # members doing something are no stock of members
        ("Năm 2024, hiện đã có hơn 93.000 đoàn viên cài đặt và kích hoạt thẻ đoàn viên điện tử.", []),
        # a list item's figure, a dash, its label
        ("Năm 2023:\n- 3.015 – tổng số người lao động toàn Công ty tại thời điểm 31/12/2023.\n"
         "- 2.874 – số đoàn viên công đoàn. Tức là 95,3% đã vào Công đoàn.\n"
         "• 1.146 – số lượt ĐV được thăm hỏi ốm đau",
         [("workers", 3_015), ("members", 2_874), ("welfare_beneficiaries", 1_146)]),
    ],
)  # fmt: skip
def test_what_probes_45_to_48_taught(text: str, expected: list) -> None:
    """Interviews, welfare campaigns, interim reports, texts passed on by colleagues."""
    cleaned = clean(text, is_html=False).text
    observations, _ = extract("t", cleaned, "2024", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


def test_a_plan_of_the_year_is_a_target_unless_it_is_the_years_number() -> None:
    observations, _ = extract(
        "t", "Năm 2023, kết nạp 1.954 ĐV (KH năm 3.600), thành lập 9 CĐCS; kết nạp 1.520 "
        "đoàn viên mới, đạt 101% kế hoạch năm 2023.", "2023",
    )  # fmt: skip
    assert [(o.value, o.target) for o in observations] == [(1954, 3600), (9, None), (1520, None)]


def test_a_stock_in_a_half_year_report_is_the_years() -> None:
    observations, _ = extract(
        "t", "Sáu tháng đầu năm 2024, kết nạp 1.200 đoàn viên; toàn tỉnh hiện có 86.742 "
        "đoàn viên.", "2024-H1",
    )  # fmt: skip
    assert [(o.value, o.period) for o in observations] == [(1200, "2024-H1"), (86742, "2024")]


def test_a_mid_term_review_covers_the_term_so_far_and_its_term_words_mean_it() -> None:
    """`Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội ..., nhiệm kỳ 2017 - 2022`
    held in July 2020: the term so far, 2017-2020 (not the congress's year, which made the
    half-year heading after it look like a plan); `từ đầu nhiệm kỳ` is that span, not the five
    years before publication."""
    text = (
        "LĐLĐ thị xã Buôn Hồ sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội\n\n"
        "Thứ năm, 16/07/2020 - 08:30\n\nNgày 14/7/2020, LĐLĐ thị xã Buôn Hồ tổ chức Hội nghị sơ kết giữa nhiệm kỳ thực hiện "
        "Nghị quyết Đại hội Công đoàn thị xã lần thứ III, nhiệm kỳ 2017 - 2022.\n\n"
        "Từ đầu nhiệm kỳ đến nay, LĐLĐ thị xã đã phát triển mới 1.046 đoàn viên.\n\n"
        "6 tháng đầu năm 2020\n\nSáu tháng đầu năm 2020, LĐLĐ thị xã vẫn kết nạp 132 đoàn viên."
    )
    report = RawReport("r", "r.txt", text, "utf_8", False, "0" * 64, len(text))
    done = process(report, {})
    assert done.meta.period == "2017-2020"
    assert [(o.value, o.period) for o in done.observations] == [
        (1046, "2017-2020"),
        (132, "2020-H1"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members who save through a union card's discounts: no initiative's value
        ("Năm 2023 có hơn 42.000 lượt đoàn viên sử dụng dịch vụ ưu đãi, ước tính giúp đoàn viên "
         "tiết kiệm khoảng 3,2 tỷ đồng. Có 120 sáng kiến được áp dụng, giúp tiết kiệm 1,5 tỷ đồng.",
         [("initiatives", 120), ("initiative_value", 1_500_000_000)]),
        # `lượt ĐVCĐ` are people cared for; vouchers and a trip home are care
        ("Năm 2023, tổng kinh phí chăm lo là 7.925 trđ cho 18.460 lượt ĐVCĐ, NLĐ.",
         [("welfare_value", 7_925_000_000), ("welfare_beneficiaries", 18_460)]),
        ("Năm 2023, Công đoàn thuê 14 xe khách đưa 612 NLĐ về quê đón Tết.",
         [("welfare_beneficiaries", 612)]),
        ("Năm 2023, có 1.450 đoàn viên có thu nhập thấp được nhận phiếu mua hàng 0 đồng.",
         [("welfare_beneficiaries", 1_450)]),
        # members and workers in hardship are no stock of members
        ("Năm 2023, đã có 11.500 đoàn viên, người lao động có hoàn cảnh khó khăn được cấp mã mua "
         "hàng 0 đồng. Toàn tỉnh có 45.000 đoàn viên, người lao động có việc làm ổn định.",
         [("welfare_beneficiaries", 11_500), ("members", 45_000)]),
    ],
)  # fmt: skip
def test_what_probes_46_and_47_taught(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people named inside an award's name are not what a label counts
        ("Năm 2023:\n- Bằng Lao động sáng tạo của Tổng LĐLĐ VN: 6\n- Số lao động: 1.200",
         [("creative_labour_awards", 6), ("workers", 1_200)]),
        # a counted noun of no indicator after the figure: the label does not name it
        ("Năm 2023:\n- Giải bóng đá công nhân: 16 đội, khai mạc 20/5.", []),
        # a gap between two counts is no stock
        ("Năm 2023, đối chiếu lại số ĐV với phần mềm quản lý (chênh khoảng 300 người).", []),
        # a finance table's amount in full, its unit in the header: no people
        ("Năm 2023:\nChi chăm lo, đào tạo đoàn viên và người lao động: 897.430.000", []),
        # legal advice works an entitlement out; a report's count times a price stays
        ("Năm 2023, trợ cấp anh được nhận là: 2,5 x 11.500.000 = 28.750.000 đồng. Trợ cấp một "
         "lần: 2 x 1.800.000 = 3.600.000 đồng. Trao 300 suất quà x 200.000 đồng = 60 triệu đồng.",
         [("gifts", 300), ("gift_value", 60_000_000)]),
    ],
)  # fmt: skip
def test_what_probes_48_and_49_taught(text: str, expected: list) -> None:
    """Texts passed on by colleagues; documents that are not activity reports."""
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    ("opening", "period"),
    [
        # a congress closes the term before the one it opens: its report is of that term
        ("Đại hội Công đoàn ngành Y tế tỉnh Nam Định lần thứ XV, nhiệm kỳ 2023 - 2028 khai mạc "
         "sáng 12/9/2023. Trong nhiệm kỳ qua, toàn ngành kết nạp 2.140 đoàn viên.", "2018-2023"),
        # ... a union's first congress closes none
        ("Đại hội Công đoàn Công ty CP Bách Hưng Sinh lần thứ nhất (nhiệm kỳ 2017-2022) đã diễn "
         "ra ngày 9-7-2017. Hiện nay, CĐ cơ sở đã kết nạp thêm 80 đoàn viên.", "2017"),
    ],
)  # fmt: skip
def test_a_congress_report_is_of_the_term_it_closes(opening: str, period: str) -> None:
    report = RawReport("r", "r.txt", opening, "utf_8", False, "0" * 64, len(opening))
    assert process(report, {}).meta.period == period


def test_a_pair_written_plan_first_is_turned_round_by_the_rate_it_reaches() -> None:
    """A summary of targets and results writes the plan first (`15.000 / 18.742 đoàn viên /
    đạt 124,9%`): the rate says which figure is the result; the usual order stays."""
    observations, _ = extract(
        "t", "Năm 2023:\n- Phát triển đoàn viên: 15.000 / 18.742 đoàn viên / đạt 124,9%.\n"
        "- Ký kết TƯLĐTT: 250 / 213 bản / đạt 85,2%.\n- Kết nạp 1.200/1.000 đoàn viên, đạt 120%.",
        "2023", org_level="provincial_federation",
    )  # fmt: skip
    assert [(o.value, o.target) for o in observations] == [
        (18742, 15000),
        (213, 250),
        (1200, 1000),
    ]


def test_small_figures_over_their_plan_with_its_rate_are_no_date() -> None:
    """`3/2` reads as a day and month, unless the rate it reaches follows it."""
    observations, _ = extract(
        "t", "Kết quả năm 2023:\n2.1. Thành lập mới công đoàn cơ sở: 4/3, đạt 133%.\n"
        "2.2. Hội nghị tổ chức ngày 4/3, thành công tốt đẹp.", "2023",
    )  # fmt: skip
    assert [(o.indicator, o.value, o.target) for o in observations] == [
        ("new_grassroots_unions", 4, 3)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count over the count it is part of, the second a round number by chance
        ("Năm 2023, toàn tỉnh có 6.300 đoàn viên/10.000 CNVCLĐ.",
         [("members", 6_300), ("workers", 10_000)]),
        ("Năm 2023, thành lập mới 25 CĐCS/1.000 đoàn viên.",
         [("new_grassroots_unions", 25), ("members", 1_000)]),
        ("Năm 2023, trao 500 suất quà/1.000 đoàn viên khó khăn đăng ký.",
         [("gifts", 500), ("welfare_beneficiaries", 1_000)]),
        # a figure with its scale is whole: `3,5 nghìn` is 3.500, not a rate of 3,5
        ("Năm 2023, kết nạp 3,5 nghìn đoàn viên trên 100 doanh nghiệp.", [("new_members", 3_500)]),
        # ... a rate said of the average, its figure whole, is one still
        ("Năm 2023, toàn tỉnh có 1.245 sáng kiến, bình quân 27 sáng kiến/1.000 đoàn viên.",
         [("initiatives", 1_245)]),
    ],
)  # fmt: skip
def test_a_whole_count_over_a_round_count_is_no_rate(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2023, số đoàn viên kết nạp mới cao hơn năm trước, đạt 1.250 đoàn viên.",
         [("new_members", 1_250)]),
        ("Năm 2023, công tác chăm lo được tổ chức nhiều hơn năm trước với 21.640 suất quà.",
         [("gifts", 21_640)]),
        ("Năm 2023, thu nhập bình quân cao hơn năm trước, đạt 8,5 triệu đồng/người/tháng.",
         [("avg_income", 8_500_000)]),
        ("Năm 2023, ít hơn cùng kỳ nhưng toàn tỉnh vẫn kết nạp 1.250 đoàn viên mới.",
         [("new_members", 1_250)]),
        # the difference itself, right after what it is compared to, stays no level
        ("Năm 2023, kết nạp 1.250 đoàn viên, nhiều hơn cùng kỳ năm 2022 là 215 đoàn viên.",
         [("new_members", 1_250)]),
        # ... spoken with `chừng`, `tới` (probe 9eh)
        ("Năm 2023, thu nhập bình quân khoảng 8 triệu đồng/tháng, cao hơn năm 2022 chừng 400 "
         "nghìn đồng.", [("avg_income", 8_000_000)]),
        ("Riêng năm 2023 là 21 nhà “Mái ấm Công đoàn”, nhiều hơn năm 2022 tới 6 căn.",
         [("union_shelter_houses", 21)]),
        # ... two words of measure, the province's average compared with (hostile round 105)
        ("Năm 2023, thu nhập bình quân đạt 8,2 triệu đồng/người/tháng, cao hơn năm trước tới gần "
         "1 triệu đồng.", [("avg_income", 8_200_000)]),
        ("Năm 2023, thu nhập bình quân đạt 8,2 triệu đồng/người/tháng, cao hơn bình quân chung "
         "toàn tỉnh tới 1,2 triệu đồng.", [("avg_income", 8_200_000)]),
    ],
)  # fmt: skip
def test_a_comparison_ending_before_the_figure_leaves_it_a_level(text: str, expected: list):
    """`cao hơn năm trước, đạt 1.250 đoàn viên`: the comparison is over at the comma or the
    verb; only a figure right after what it is compared to is the difference."""
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `+` for `và` between figures of different things, no total after: no sum
        ("Năm 2024, kết nạp 1.250 ĐV + 12 CĐCS mới.", [("new_members", 1_250)]),
        ("Năm 2024, hỗ trợ 1.250 lượt + 300 triệu đồng.",
         [("welfare_beneficiaries", 1_250), ("welfare_value", 300_000_000)]),
        # a sum written out with a noun to each term: the terms are no figures
        ("Năm 2024:\n📌 Quà: 1.046 suất quà + 15 vé xe + 212 suất tiền = 1.273 suất",
         [("gifts", 1_273)]),
    ],
)  # fmt: skip
def test_a_sum_is_its_terms_up_to_the_equals_sign(text: str, expected: list) -> None:
    observations, _ = extract("t", clean(text, is_html=False).text, "2024")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an example of what was done is done: `ví dụ như`, `chẳng hạn` before a result
        ("Năm 2024, nhiều hoạt động thiết thực, ví dụ như 1.200 suất quà Tết được trao cho công "
         "nhân.", [("gifts", 1_200)]),
        ("Năm 2024, các CĐCS chăm lo chu đáo, chẳng hạn như 1.200 suất quà Tết đã được trao tận "
         "tay công nhân.", [("gifts", 1_200)]),
        # ... an example with what would follow from it is one might give
        ("Năm 2024, trao 1.200 suất quà Tết. Ví dụ như 500.000 đồng thì mỗi suất được thêm 1 "
         "thùng mì.", [("gifts", 1_200)]),
    ],
)  # fmt: skip
def test_an_example_is_hypothetical_only_with_what_would_follow(text: str, expected: list):
    observations, _ = extract("t", text, "2024", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2024, kết nạp 1.250 ĐV, đạt 104% kế hoạch năm 2024 (1.200 ĐV).",
        "Năm 2024, kết nạp 1.250 ĐV, đạt 104% chỉ tiêu năm 2024: 1.200 ĐV.",
    ],
)
def test_a_plan_of_the_year_named_by_its_year_is_no_result(text: str) -> None:
    """`kế hoạch năm 2024 (1.200 ĐV)`: the plan's year between its word and its figure; the
    figure was read as 1.200 new members."""
    observations, _ = extract("t", text, "2024", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == [("new_members", 1_250)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a contest's places, their amounts told after them in brackets
        ("Năm 2023, giải thưởng gồm 1 giải Nhất, 1 giải Nhì, 1 giải Ba toàn đoàn (lần lượt "
         "5.000.000 đồng, 3.000.000 đồng và 2.000.000 đồng). Thăm hỏi 120 đoàn viên với số tiền "
         "60 triệu đồng.", [("welfare_beneficiaries", 120), ("welfare_value", 60_000_000)]),
        # the members a body's unions hold are no people cared for
        ("Năm 2023, chương trình chăm lo phúc lợi cho hơn 297.000 đoàn viên đang sinh hoạt tại "
         "3.420 CĐCS.", [("grassroots_unions", 3_420)]),
        # a reserve set aside is no care given
        ("Năm 2023, dự phòng quỹ tích lũy không dưới 300.000.000 đồng để hỗ trợ đoàn viên khi "
         "Công ty giãn, giảm lao động.", []),
    ],
)  # fmt: skip
def test_what_probe_49_taught_about_money_that_is_no_care(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `chị em` is everyone (the women of a workplace), no one person
        ("Năm 2022, thay mặt BCH Công đoàn, thầy Hồ Đăng Khoa - Chủ tịch CĐ đã gửi lời chúc đến "
         "chị em và trao 39 phần quà, tổng trị giá 11,7 triệu đồng.",
         [("gifts", 39), ("gift_value", 11_700_000)]),
        # a hospital's patients are no people the union cared for
        ("Năm 2021, Bệnh viện khám bệnh cho 386.412 lượt người, điều trị nội trú 41.286 lượt. "
         "Công đoàn thăm hỏi 212 lượt đoàn viên ốm đau.", [("welfare_beneficiaries", 212)]),
        # what each of the staff got; the tax office's inspections
        ("Năm 2020, Công ty hỗ trợ mỗi cán bộ, nhân viên 1.000.000 đồng mua khẩu trang.", []),
        ("Năm 2017, Chi cục đã kiểm tra tại trụ sở người nộp thuế 48 doanh nghiệp.", []),
        # dialogues counted by their sittings
        ("Năm 2023, Công đoàn phối hợp tổ chức 4 kỳ đối thoại định kỳ hằng quý.",
         [("workplace_dialogues", 4)]),
    ],
)  # fmt: skip
def test_what_probe_52_taught_about_grassroots_unions(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2023", org_level="grassroots")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what one gift holds, its worth between
        ("Năm 2023, trao 1.500 phần quà, mỗi phần quà trị giá 1 triệu đồng gồm 500.000 đồng tiền "
         "mặt và các nhu yếu phẩm.", [("gifts", 1_500)]),
        # trainees ranked by their marks; topics a course taught
        ("Năm 2023, tổ chức 46 lớp tập huấn cho 3.870 học viên, trong đó 152 học viên đạt loại "
         "khá, giỏi. Báo cáo viên truyền đạt 5 chuyên đề. Đăng 120 tin, bài trên website.",
         [("training_courses", 46), ("training_participants", 3_870), ("media_posts", 120)]),
        # a fall in members is no stock
        ("Năm 2023, do doanh nghiệp giải thể, số đoàn viên giảm trong năm là 5.130 người. Toàn "
         "tỉnh có 90.120 đoàn viên.", [("members", 90_120)]),
    ],
)  # fmt: skip
def test_what_probe_51_taught_about_portal_news(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


# A bare figure (no word after it) after its label and a verb of reaching or having, or after
# `đoàn viên mới`; a word after the figure counts something else, and a noun right before a
# figure is often a name's (Chuyên đề 1, Bộ luật Lao động 2019).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2023, tổng số đoàn viên toàn tỉnh đạt 12.500, tăng 500 so với năm 2022.",
         [("members", 12_500)]),
        ("Tổng số đoàn viên hiện có 12.500.", [("members", 12_500)]),
        ("Số đoàn viên kết nạp mới trong năm 2023 đạt 1.250, bằng 104% kế hoạch.",
         [("new_members", 1_250)]),
        ("Năm 2023, kết nạp đoàn viên mới 1.250, đạt 104% kế hoạch.", [("new_members", 1_250)]),
        ("Số sáng kiến được công nhận năm 2023 đạt 312.", [("initiatives", 312)]),
        ("Năm 2023, đoàn viên tham gia hội thi đạt 90 điểm.", []),
        ("Chuyên đề 1: Tổ chức Hội nghị người lao động.", []),
        ("Năm 2023, in 1.500 tờ gấp về Bộ luật Lao động 2019.", []),
    ],
)  # fmt: skip
def test_a_bare_figure_after_its_label_and_a_verb(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


def test_a_footnote_number_glued_to_a_figure_is_no_count() -> None:
    text = "Năm 2024 tổ chức 45(1) lớp tập huấn; kết nạp mới 1.250[2] đoàn viên."
    observations, mentions = extract("t", text, "2024")
    assert [(o.indicator, o.value) for o in observations] == [
        ("training_courses", 45),
        ("new_members", 1_250),
    ]
    assert {m.text for m in mentions if m.reason == "footnote"} == {"1", "2"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a breakdown's word inside a body's name is no breakdown
        ("Năm 2019, chị Hà làm nghề đã 11 năm.\nTheo Ban Nữ công LĐLĐ tỉnh, hiện LĐLĐ tỉnh quản "
         "lý trên 1.500 CĐCS với 95.620 đoàn viên, trong đó đoàn viên nữ gần 52 ngàn người.",
         [("grassroots_unions", 1_500, None), ("members", 95_620, None),
          ("members", 52_000, "female")]),
        # what an initiative saved the company, in billions said as speech says them
        ("Năm 2019, đoàn viên đề xuất 19 sáng kiến, làm lợi cho công ty khoảng 1 tỷ rưỡi.",
         [("initiatives", 19, None), ("initiative_value", 1_500_000_000, None)]),
        # ... but a programme's name keeps its number
        ("Năm 2021, hưởng ứng Chương trình “1 triệu sáng kiến” của Tổng LĐLĐ.", []),
        # ... and so does one quoted in a title with no word naming it, in either quote marks
        ("Tỉnh A tuyên dương gương điển hình “1 triệu sáng kiến - vượt khó, sáng tạo, quyết tâm "
         "chiến thắng thiên tai”\nNăm 2019, công đoàn tỉnh có 1.200 sáng kiến được công nhận.",
         [("initiatives", 1200, None)]),
        # ... but not a quoted sentence, opening its own or after a speech verb
        ("Năm 2019, “1.250 đoàn viên mới được kết nạp trong năm là con số ấn tượng”, đồng chí "
         "Chủ tịch nhấn mạnh.", [("new_members", 1250, None)]),
        ("Năm 2019, đồng chí Chủ tịch cho biết “7,5 triệu đồng/người/tháng là thu nhập bình quân "
         "của người lao động năm 2019”.", [("avg_income", 7.5e6, None)]),
        ('Tỉnh B tuyên dương gương điển hình "1 triệu sáng kiến - vượt khó, sáng tạo, quyết tâm '
         'chiến thắng thiên tai"\nNăm 2019, công đoàn tỉnh có 940 sáng kiến được công nhận.',
         [("initiatives", 940, None)]),
    ],
)  # fmt: skip
def test_what_probe_55_taught_about_broadcast_news(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2019", org_level="provincial_federation")
    assert [(o.indicator, o.value, o.subgroup) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a programme named by its goal counts no one
        ("Năm 2021, thực hiện Chương trình phát triển 1 triệu đoàn viên của Tổng LĐLĐ Việt Nam, "
         "các đơn vị đã kết nạp 1.146 đoàn viên.", [("new_members", 1_146)]),
        # a course's topics are no news posts, whatever verb gives them
        ("Năm 2021, LĐLĐ mở 2 lớp tập huấn; học viên được trang bị 6 chuyên đề về kỹ năng "
         "thương lượng. Đăng 120 tin, bài trên website.",
         [("training_courses", 2), ("media_posts", 120)]),
        # a school's students are no trainees of the union, their research no initiatives
        ("Năm 2021, Nhà trường đào tạo 9.400 sinh viên chính quy và 1.150 học viên cao học. Công "
         "đoàn mở 3 lớp tập huấn cho 215 lượt cán bộ.",
         [("training_courses", 3), ("training_participants", 215)]),
        ("Năm 2021, sinh viên thực hiện 126 đề tài nghiên cứu khoa học; CBVC có 44 sáng kiến được "
         "công nhận.", [("initiatives", 44)]),
        # a figure with zero decimals in a finance table is money, no count of people
        ("Năm 2021\nĐơn vị tính: triệu đồng\n| TT | Nội dung | Dự toán | Thực hiện |\n| 2 | Chi "
         "bảo vệ, chăm lo, đào tạo đoàn viên và NLĐ | 17.500,0 | 18.936,0 |", []),
        # an allowance per shift is no income
        ("Năm 2021, thu nhập bình quân của CBVC đạt 5,4 triệu đồng/người/tháng; phụ cấp thường "
         "trực 24/24 giờ tại bệnh viện hạng I vẫn chỉ 115.000 đồng/phiên trực.",
         [("avg_income", 5_400_000)]),
        # people holding a title, as a table's rows name them, are no workforce
        ("Năm 2021\n| TT | Chỉ tiêu | ĐVT | Kết quả |\n| 1 | Số CBNGNLĐ toàn ngành | người | 13.874 |"
         "\n| 2 | Nữ CBNGNLĐ đạt danh hiệu “Giỏi việc trường, đảm việc nhà” | người | 6.918 |\n| 3 "
         "| Giáo viên dạy giỏi cấp tỉnh | người | 284 |", [("workers", 13_874)]),
    ],
)  # fmt: skip
def test_what_probe_62_taught_about_schools_and_hospitals(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2021", org_level="sector_provincial")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an item's number opening its line before a capital is its place in the report
        ("Năm 2019\n4.1 Thăm hỏi ốm đau 12 trường hợp\n4.3 Quà Tết Kỷ Hợi 2019 (598 suất x "
         "300.000 đồng)", [("welfare_beneficiaries", 12)]),
        # what the checks found are no more checks
        ("Năm 2019, UBKT các cấp kiểm tra tài chính 214 CĐCS, phát hiện 29 đơn vị chi sai nguyên "
         "tắc với số tiền 87,5 triệu đồng.", [("supervisions", 214)]),
        ("Năm 2019, LĐLĐ kiểm tra 52 doanh nghiệp nợ KPCĐ; sau kiểm tra, 38 doanh nghiệp đã nộp "
         "1,71 tỷ đồng.", [("supervisions", 52)]),
        # money the union received from the state, dues unpaid: no care it gave
        ("Năm 2019, Ngân sách nhà nước hỗ trợ 1.150 triệu đồng (kinh phí hoạt động của Ban Quản "
         "lý dự án Nhà văn hóa Lao động).", []),
        ("Năm 2019, còn 126 doanh nghiệp chưa đóng hoặc đóng thiếu KPCĐ với số tiền khoảng 21,4 "
         "tỷ đồng.", []),
        # ... nor the funds a firm gave for the union's own work, in a statement of receipts
        ("Năm 2019\nĐơn vị tính: đồng\n| STT | Nội dung | Số tiền |\n| 3 | Công ty hỗ trợ kinh "
         "phí hoạt động | 40.000.000 |", []),
        ("Năm 2019, LĐLĐ đã hỗ trợ 1.150 đoàn viên với số tiền 1,16 tỷ đồng.",
         [("welfare_beneficiaries", 1_150), ("welfare_value", 1_160_000_000)]),
    ],
)  # fmt: skip
def test_what_probe_63_taught_about_finance_texts(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2019", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the employer's check-ups the law requires, and those they found ill, are no care; the
        # union's own (or joint) check-ups are
        ("Năm 2019, các doanh nghiệp đã tổ chức khám sức khỏe định kỳ cho 86.400 lượt NLĐ, khám "
         "phát hiện bệnh nghề nghiệp cho 9.215 NLĐ.", []),
        ("Năm 2019, Công ty tổ chức khám bệnh nghề nghiệp cho 540 người làm việc ở khu vực axit, "
         "phát hiện 6 người mắc bệnh.", []),
        ("Năm 2019, Công đoàn phối hợp với chuyên môn tổ chức khám sức khỏe định kỳ cho 1.500 "
         "CNLĐ.", [("welfare_beneficiaries", 1_500)]),
        # a contest's prize in brackets; deals with vendors are no members
        ("Năm 2019, Ban tổ chức trao 1 giải Nhất (trị giá 5 triệu đồng) cho tiết mục múa.", []),
        ("Năm 2019, công đoàn ký thỏa thuận ưu đãi cho đoàn viên, nâng tổng số lên 1.870 thỏa "
         "thuận.", []),
    ],
)  # fmt: skip
def test_what_probes_70_and_71_taught_about_events_and_safety(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2019", org_level="grassroots")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the firms that signed, the agreement named further on
        ("Năm 2024, có 13 doanh nghiệp ký kết mới, sửa đổi, bổ sung thỏa ước lao động tập thể.",
         [("collective_agreements", 13)]),
        ("Năm 2024, 176 doanh nghiệp trong toàn Tập đoàn đã ký kết TƯLĐTT.",
         [("collective_agreements", 176)]),
        # members who left are no stock; people still waiting for help no beneficiaries
        ("Năm 2024, trong 11 tháng có 27.430 đoàn viên giảm do doanh nghiệp giải thể.", []),
        ("Năm 2024, qua rà soát, còn khoảng 600 đoàn viên có khó khăn về nhà ở, cần được hỗ "
         "trợ. Đã hỗ trợ 120 đoàn viên.", [("welfare_beneficiaries", 120)]),
        # officers trained in recruiting are no new members
        ("Năm 2024, LĐLĐ tập huấn kỹ năng phát triển đoàn viên cho 1.085 cán bộ công đoàn.", []),
        # the firms one agreement covers; what it grants each worker at an event; pensioners
        ("Năm 2024, thỏa ước áp dụng đối với Công ty mẹ và 64 doanh nghiệp thành viên.", []),
        ("Năm 2024, theo thỏa ước, người lao động được hỗ trợ 1.000.000 đồng khi kết hôn.", []),
        ("Năm 2024, Bưu điện tỉnh chi trả lương hưu, trợ cấp BHXH hằng tháng cho 38.500 người "
         "hưởng.", []),
    ],
)  # fmt: skip
def test_what_probes_68_and_69_taught_about_recent_and_corporate_reports(
    text: str, expected: list
) -> None:
    observations, _ = extract("t", text, "2024", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations
            if o.indicator != "training_participants"] == expected  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the money spent, then the gifts it bought; the unions where they went are no stock
        ("Năm 2023, Công đoàn ngành đã trích 2,4 tỷ đồng tặng 4.800 suất quà cho đoàn viên, NLĐ có "
         "hoàn cảnh khó khăn tại 64 CĐCS.",
         [("gift_value", 2_400_000_000), ("gifts", 4_800)]),
        # ... while where the members are is
        ("Năm 2023, các cấp công đoàn nâng tổng số đoàn viên lên 118.400 người ở 1.584 CĐCS.",
         [("members", 118_400), ("grassroots_unions", 1_584)]),
        ("Năm 2023, toàn tỉnh có 92.008 đoàn viên sinh hoạt, công tác tại 1.535 CĐCS.",
         [("members", 92_008), ("grassroots_unions", 1_535)]),
        # ... nor those the helped belong to
        ("Năm 2023, Công đoàn ngành trao 210 suất quà cho đoàn viên là giáo viên có hoàn cảnh khó "
         "khăn của 17 CĐCS vùng cao, mỗi suất 1 triệu đồng.",
         [("gifts", 210)]),
        ("Năm 2023, toàn ngành có 14.200 đoàn viên của 96 CĐCS.",
         [("members", 14_200), ("grassroots_unions", 96)]),
    ],
)  # fmt: skip
def test_what_probe_66_taught_about_an_ordinary_sample_of_2019_to_2023(
    text: str, expected: list
) -> None:
    observations, _ = extract("t", text, "2023", org_level="national_sector")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a `nghiệp đoàn` (the self-employed of a trade) is a grassroots union by the Charter
        ("Năm 2013, LĐLĐ huyện thành lập 7 nghiệp đoàn, kết nạp 486 đoàn viên.",
         [("new_grassroots_unions", 7), ("new_members", 486)]),
        ("Năm 2025, toàn tỉnh có 47 nghiệp đoàn với 9.850 đoàn viên.",
         [("grassroots_unions", 47), ("members", 9_850)]),
        # the unions founded, then `trong đó có` those of a kind: parts of the new ones, no stock
        ("Năm 2023, thành lập mới 23/16 CĐCS, đạt 143,8% kế hoạch LĐLĐ tỉnh giao, trong đó có 9 "
         "CĐCS tại hợp tác xã.", [("new_grassroots_unions", 23), ("new_grassroots_unions", 9)]),
        # the missing of a disaster are no people helped
        ("Năm 2025, LĐLĐ tỉnh hỗ trợ 86 gia đình ngư dân gặp nạn trên biển, trong đó có 7 trường "
         "hợp mất tích.", [("welfare_beneficiaries", 86)]),
        # the informal sector's workers of a province; the small size of many unions
        ("Năm 2022, toàn tỉnh ước có khoảng 182.000 lao động làm việc trong khu vực phi chính "
         "thức. Nhiều nghiệp đoàn chỉ có từ 15 đến 20 đoàn viên.", []),
        # an allowance is no course
        ("Năm 2021, LĐLĐ hỗ trợ chế độ bồi dưỡng cho cán bộ y tế tuyến đầu tại 9 đơn vị.", []),
        # a plan the level above set, its issuer named between: no result
        ("6 tháng đầu năm 2025, kết nạp 57 đoàn viên mới, đạt 57% chỉ tiêu cả năm (chỉ tiêu LĐLĐ "
         "tỉnh giao 100 đoàn viên).", [("new_members", 57)]),
    ],
)  # fmt: skip
def test_what_probe_67_taught_about_unions_far_from_the_industrial_zones(
    text: str, expected: list
) -> None:
    observations, _ = extract("t", text, "2025", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each region's statutory minimum wage in a list of them is no average income
        ("Năm 2023, mức lương tối thiểu vùng áp dụng trên địa bàn tỉnh theo Nghị định số "
         "38/2022/NĐ-CP: vùng II (thành phố Bắc Giang, các huyện Việt Yên, Yên Dũng) là "
         "4.160.000 đồng/tháng; vùng III là 3.640.000 đồng/tháng. Thu nhập bình quân của NLĐ đạt "
         "7,4 triệu đồng/người/tháng.", [("avg_income", 7_400_000)]),
        # the places the counted checks went to are no more checks; without a count, they are
        ("Năm 2023, LĐLĐ tỉnh tổ chức 96 cuộc giám sát, kiểm tra việc thực hiện pháp luật lao "
         "động tại 214 doanh nghiệp.", [("supervisions", 96)]),
        ("Năm 2023, LĐLĐ huyện kiểm tra việc chấp hành Điều lệ tại 04 CĐCS.",
         [("supervisions", 4)]),
        # checks counted by the teams that made them
        ("Năm 2023, LĐLĐ tỉnh tham gia 12 đoàn kiểm tra liên ngành về an toàn lao động.",
         [("supervisions", 12)]),
        ("Năm 2023, LĐLĐ tỉnh thành lập 3 đoàn giám sát tại 25 doanh nghiệp.",
         [("supervisions", 3)]),
        # grassroots unions that signed are agreements, not the stock of unions; the unions
        # where agreements were signed are not their count
        ("Năm 2023, đã có 27 CĐCS thương lượng ký mới và 41 CĐCS ký lại TƯLĐTT.",
         [("collective_agreements", 41)]),
        ("Năm 2023, tại 03 CĐCS là cơ sở y tế ngoài công lập, đã ký mới 02 bản TƯLĐTT.",
         [("collective_agreements", 2)]),
        # the firms taking part in one group agreement
        ("Năm 2023, ký kết TƯLĐTT nhóm doanh nghiệp ngành du lịch với 7 doanh nghiệp tham gia.",
         []),
        # a row whose unit cell names cases counts cases, not the workers its label names
        ("Năm 2023\n| TT | Chỉ tiêu | ĐVT | Năm 2023 |\n| 1 | Số đoàn viên công đoàn | Người | "
         "241.300 |\n| 2 | Số vụ việc công đoàn đại diện, bảo vệ NLĐ | Vụ | 61 |",
         [("members", 241_300)]),
        # what many workers earn beside the average is no second average
        ("Năm 2023, thu nhập bình quân của người lao động khoảng 8,9 triệu đồng/tháng, nhưng "
         "nhiều công nhân lao động phổ thông chỉ nhận 6 - 7 triệu đồng/tháng nếu không tăng ca.",
         [("avg_income", 8_900_000)]),
        # the workers a union stood for in court; an allowance per day
        ("Năm 2023, Công đoàn tham gia tố tụng, đại diện cho 16 NLĐ tại Tòa án nhân dân các cấp.",
         []),
        ("Năm 2023, thỏa ước quy định hỗ trợ NLĐ làm việc tại công trường xa 30.000 đồng/ngày.",
         []),
    ],
)  # fmt: skip
def test_what_probe_61_taught_about_labour_relations(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


def test_agreements_in_force_are_a_breakdown_beside_those_signed() -> None:
    """The stock of agreements still in force is no count of agreements signed in the year:
    it takes subgroup `in_force`, so the headline is the year's signing."""
    text = (
        "Năm 2023, các CĐCS đã thương lượng, ký kết 187 bản TƯLĐTT, đạt 110% chỉ tiêu; nâng "
        "tổng số TƯLĐTT còn hiệu lực lên 1.038 bản. Toàn ngành có 296 bản TƯLĐTT đang có hiệu lực."
    )
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert [(o.value, o.subgroup) for o in observations] == [
        (187, None),
        (1_038, "in_force"),
        (296, "in_force"),
    ]


def test_a_breakdown_of_one_indicator_breaks_no_other_down() -> None:
    """`còn hiệu lực` parts agreements only (scoring.subgroup_indicators): members whose
    contracts are in force are the whole stock."""
    text = "Năm 2023, toàn tỉnh có 45.000 đoàn viên có hợp đồng lao động còn hiệu lực."
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert [(o.indicator, o.value, o.subgroup) for o in observations] == [("members", 45_000, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people who fell ill or died of the epidemic are no stock of members or workers
        ("Năm 2021, toàn tỉnh có hơn 98.000 đoàn viên, NLĐ là F0, trong đó 312 người không qua "
         "khỏi. Toàn tỉnh hiện có 450.000 đoàn viên.", [("members", 450_000)]),
        ("Năm 2021, trên địa bàn huyện có 9.874 NLĐ là F0, 23 NLĐ tử vong do COVID-19.", []),
        ("Năm 2021, 1.163 nhân viên y tế mắc COVID-19 khi làm nhiệm vụ. Toàn ngành có 5.200 "
         "CNVCLĐ.", [("workers", 5_200)]),
        # ... or of any illness, a heat stroke (probe 9gz)
        ("Năm 2021, trong ngành có 214 CNVCLĐ mắc sốt xuất huyết. Toàn ngành có 5.200 CNVCLĐ.",
         [("workers", 5_200)]),
        ("Năm 2021, Công ty có 1.400 lao động. Đến nay đã có 96 công nhân mắc bệnh.",
         [("workers", 1_400)]),
        # ... unless the union helped them
        ("Năm 2021, công đoàn đã hỗ trợ 1.037 đoàn viên là F0 với số tiền 1,5 tỷ đồng.",
         [("welfare_beneficiaries", 1_037), ("welfare_value", 1_500_000_000)]),
        # people who lost their work, told past where they worked (a workforce before them stays)
        ("Năm 2021, có 2.406 NLĐ tại 37 doanh nghiệp bị chấm dứt hợp đồng lao động.", []),
        ("Năm 2021, toàn tỉnh có 45.000 NLĐ, trong đó 120 NLĐ bị chấm dứt hợp đồng lao động.",
         [("workers", 45_000)]),
        # rooms whose rent was paid are no people cared for (the money is the help)
        ("Năm 2021, hỗ trợ tiền thuê phòng trọ cho công nhân ở trọ trong thời gian giãn cách: "
         "1.142 phòng, mức 500.000 đồng/phòng, tổng số tiền 571 triệu đồng.",
         [("welfare_value", 571_000_000)]),
        # the people of firms under an emergency regime are not the place's workforce
        ("Năm 2021, toàn huyện có 214 doanh nghiệp thực hiện phương án “3 tại chỗ” với khoảng "
         "41.500 lao động.", []),
    ],
)  # fmt: skip
def test_what_probe_60_taught_about_the_pandemic_years(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2021", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an illness told right after the people in their clause (probe 9gz)
        ("Năm 2023, trong ngành có 214 CNVCLĐ nhiễm sốt xuất huyết, 30 đoàn viên nằm viện điều "
         "trị.", set()),
        # ... not `mắc` of a problem, a question, nor an illness no one had or a clause after the
        # stock (hostile round 131; guards: pass before)
        ("Năm 2023, Công ty có 2.100 lao động nhưng còn vướng mắc về thủ tục đóng BHXH.",
         {("workers", 2100)}),
        ("Năm 2023, CĐCS có 850 đoàn viên, giải đáp thắc mắc cho nhiều người.", {("members", 850)}),
        ("Năm 2023, Công ty có 2.100 công nhân, không ai mắc bệnh nghề nghiệp.",
         {("workers", 2100)}),
        ("Năm 2023, Công ty hiện có 2.100 lao động, khi mắc bệnh đều được hưởng BHXH.",
         {("workers", 2100)}),
        # an allowance for health is no course; money spent on a course is (guard)
        ("Năm 2023, Công đoàn hỗ trợ bồi dưỡng sức khỏe cho 1.150 lượt y, bác sĩ trực chống dịch.",
         set()),
        ("Năm 2023, LĐLĐ tỉnh đã chi 350 triệu đồng bồi dưỡng nghiệp vụ cho 1.250 cán bộ công đoàn "
         "cơ sở.", {("training_participants", 1250)}),
        # a campaign's reach after `kỹ năng` is no course's (guard)
        ("Năm 2023, sau tập huấn, đội ngũ báo cáo viên phát huy kỹ năng tuyên truyền trực tiếp cho "
         "15.000 lượt CNLĐ.", set()),
        # the workers' income told after a hiring is theirs (guards)
        ("Năm 2023, Công ty tuyển dụng thêm 320 lao động. Đời sống NLĐ ổn định, thu nhập đạt 9,2 "
         "triệu đồng/người/tháng.", {("avg_income", 9_200_000)}),
        ("Năm 2023, Công ty tuyển dụng mới 500 lao động, thu nhập của người lao động bình quân đạt "
         "8,5 triệu đồng/người/tháng.", {("avg_income", 8_500_000)}),
        # a motorbike sent home with the worker (guard)
        ("Năm 2023, phối hợp ngành đường sắt cho 612 công nhân gửi xe máy miễn phí về quê đón Tết.",
         {("welfare_beneficiaries", 612)}),
    ],
)  # fmt: skip
def test_what_hostile_round_131_taught(text: str, expected: set) -> None:
    observations, _ = extract("t", text, "2023")
    assert {(o.indicator, o.value) for o in observations} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members admitted with no Party in their sentence join the union
        ("Năm 2023, có 800 đoàn viên được kết nạp, nâng tổng số đoàn viên toàn tỉnh lên 45.120 "
         "người.", [("new_members", 800), ("members", 45_120)]),
        ("Năm 2023, dẫn đầu là LĐLĐ huyện Yên Dũng với 1.046 đoàn viên được kết nạp.",
         [("new_members", 1_046)]),
        # the Party named before them, or after the verb on the next line
        ("Năm 2023, giới thiệu 168 đoàn viên ưu tú, 97 người đã được kết nạp.",
         [("party_referrals", 168), ("party_admissions", 97)]),
        ("Năm 2023, giới thiệu 864 đoàn viên ưu tú cho Đảng; 517 đoàn viên được kết nạp\nĐảng.",
         [("party_referrals", 864), ("party_admissions", 517)]),
        # comrades admitted are the Party's, under a heading that names it
        ("Công tác phát triển Đảng năm 2023:\n- 21 đồng chí được kết nạp.",
         [("party_admissions", 21)]),
    ],
)  # fmt: skip
def test_admitted_members_join_the_party_only_where_their_sentence_names_it(
    text: str, expected: list
) -> None:
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # unions handed over to a new body are not founded by it
        ("Năm 2025, khi thành lập, Công đoàn xã tiếp nhận 79 CĐCS từ LĐLĐ huyện.", []),
        # members who joined through the union's app are new members, no Party admissions
        ("Năm 2025, cả nước có hơn 78.000 đoàn viên được kết nạp qua ứng dụng.",
         [("new_members", 78_000)]),
        # `phát triển` inside a union's name recruits no one
        ("Năm 2025, Công đoàn Nông nghiệp và Phát triển nông thôn có 391 CĐCS với 71.905 đoàn viên.",
         [("grassroots_unions", 391), ("members", 71_905)]),
        # a threshold of size; a cap set by law
        ("Năm 2025. Tiếp tục rà soát, cấp bù kinh phí cho các CĐCS có dưới 30 đoàn viên.", []),
        ("Năm 2025, đoàn phí bằng 1% tiền lương, tối đa 234.000 đồng/tháng.", []),
        # what one gift holds, in brackets, then the total of them all
        ("Năm 2025, trao 8.500 suất quà Tết (mỗi suất trị giá 700.000 đồng, gồm 500.000 đồng tiền "
         "mặt và quà hiện vật) với tổng trị giá 5,95 tỷ đồng.",
         [("gifts", 8_500), ("gift_value", 5_950_000_000)]),
    ],
)  # fmt: skip
def test_what_probe_53_taught_about_the_2025_reorganisation(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2025", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead and injured of accidents
        ("Năm 2023, trên địa bàn xảy ra 11 vụ tai nạn lao động làm chết 04 người, làm 5 người bị "
         "thương. Công đoàn thăm hỏi 16 đoàn viên bị tai nạn.", [("welfare_beneficiaries", 16)]),
        # unions that ceased are no stock
        ("Trong năm 2023 có 88 CĐCS giải thể do doanh nghiệp phá sản. Toàn tỉnh có 1.240 CĐCS.",
         [("grassroots_unions", 1_240)]),
        # the share that has not held its conference
        ("Năm 2023, vẫn còn 7,6% doanh nghiệp chưa tổ chức Hội nghị người lao động.", []),
        # a plenum's number
        ("Năm 2023 quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XI về giáo dục và đào tạo.", []),
    ],
)  # fmt: skip
def test_what_probe_54_taught_about_long_annual_reports(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


def test_a_rate_row_of_a_plan_table_keeps_its_ratio_columns_apart() -> None:
    text = (
        "Báo cáo năm 2018\nTT | Chỉ tiêu | Thực hiện năm 2017 | Kế hoạch năm 2018 | Thực hiện năm "
        "2018 | TH/KH (%) | So sánh 2018/2017 (%)\n1 | Kết nạp đoàn viên mới (người) | 6.074 | "
        "6.000 | 6.872 | 114,5 | 113,1\n6 | Doanh nghiệp tổ chức Hội nghị NLĐ (%) | 95,4 | 100 | "
        "96,8 | 96,8 | 101,5"
    )
    observations, _ = extract("t", text, "2018")
    rates = [(o.value, o.period) for o in observations if o.indicator == "worker_conference_rate"]
    assert rates == [(95.4, "2017"), (96.8, "2018")]


def test_a_column_of_turns_counts_no_stock_its_rows_name() -> None:
    text = (
        "Báo cáo năm 2023\nTT | Nội dung | Số lượt đoàn viên, NLĐ | Số tiền (triệu đồng)\n"
        "1 | Tháng Công nhân năm 2023 | 5.200 | 2.600\n"
        "2 | Trợ cấp ốm đau, khó khăn đột xuất | 3.860 | 2.316\n"
        "3 | Học bổng, khen thưởng con đoàn viên | 1.350 | 675\n"
        " | Tổng cộng | 10.410 | 5.591"
    )
    observations, mentions = extract("t", text, "2023")
    counts = {(o.indicator, o.value) for o in observations if o.unit == "persons"}
    assert counts == {("welfare_beneficiaries", 3_860), ("welfare_beneficiaries", 10_410)}
    assert {m.text for m in mentions if m.reason == "turns_not_stock"} == {"5.200", "1.350"}


def test_a_fall_in_members_told_with_its_causes_is_no_stock() -> None:
    text = "Năm 2023, số đoàn viên giảm do nghỉ việc, chuyển đi là 3.648 người."
    assert extract("t", text, "2023")[0] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members given the union's card, moving in, or cutting hours are no stock
        ("Năm 2026, có 302.716 đoàn viên (đạt 76,4%) đã được cấp thẻ đoàn viên công đoàn.", []),
        ("Năm 2026, khoảng 4.300 lao động phải giảm giờ làm hoặc tạm nghỉ việc luân phiên.", []),
        ("Năm 2026 có 4 đoàn viên chuyển công tác đến từ các xã khác.", []),
        # units pointed back to
        ("Năm 2026 thành lập 2 CĐCS. 2 CĐCS này trực thuộc LĐLĐ tỉnh.",
         [("new_grassroots_unions", 2)]),
        # opinions heard at a dialogue are no dialogues
        ("Năm 2026 tiếp nhận 63 ý kiến, trong đó 58 ý kiến đã được giải quyết qua đối thoại.", []),
        # money raised for the fund, named after it in quotes; another fund's; money spent from it
        ('Năm 2026, đoàn viên đóng góp 14,3 triệu đồng ủng hộ Quỹ "Mái ấm Công đoàn" tỉnh và 21 '
         'triệu đồng ủng hộ Quỹ "Vì người nghèo" của phường.', [("union_shelter_fund", 14_300_000)]),
        ("Năm 2026, LĐLĐ tỉnh hỗ trợ 60 triệu đồng từ Quỹ “Mái ấm Công đoàn” để xây nhà.", []),
    ],
)  # fmt: skip
def test_what_probe_56_taught_about_the_texts_of_2026(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2026", org_level="provincial_federation")
    got = [(o.indicator, o.value) for o in observations if o.indicator != "union_shelter_value"]
    assert got == expected


# A bare figure linked by `đạt`/`hiện có` or after `đoàn viên mới` is a count only when it
# is whole and no year; a breakdown after it (`12.300, trong đó nữ 6.500`) is the next figure's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2023, thu nhập bình quân của người lao động đạt 8,5.", []),
        ("Năm 2023, tỷ lệ kết nạp đoàn viên đạt 104,5, vượt kế hoạch.", []),
        ("Năm 2023, triển khai kế hoạch phát triển đoàn viên mới 2024.", []),
        ("Năm 2023, tổng số đoàn viên hiện có 12.300, trong đó nữ 6.500.",
         [("members", 12_300, None), ("members", 6_500, "female")]),
    ],
)  # fmt: skip
def test_a_bare_figure_is_whole_no_year_and_keeps_its_breakdown(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert [(o.indicator, o.value, o.subgroup) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # women workers are women: `nữ công` of `nữ công nhân` is no women's committee
        ("Năm 2023, tặng quà cho 350 đoàn viên nữ công nhân nhân dịp 8/3.",
         [("welfare_beneficiaries", 350, "female")]),
        # the injured and the victims the union visits are its beneficiaries, no casualty count
        ("Năm 2023, LĐLĐ thăm hỏi, hỗ trợ 15 người bị nạn với số tiền 45 triệu đồng.",
         [("welfare_beneficiaries", 15, None), ("welfare_value", 45_000_000, None)]),
        ("Năm 2023, Công đoàn thăm hỏi 30 người bị thương trong vụ cháy.",
         [("welfare_beneficiaries", 30, None)]),
        # ... but an accident's toll is still none
        ("Năm 2023, vụ cháy làm 5 người bị thương, 2 người chết.", []),
    ],
)  # fmt: skip
def test_body_names_and_casualties_leave_the_unions_own_people(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert [(o.indicator, o.value, o.subgroup) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # a law's name on the line before, or before a comma, dates nothing after it
        ("Tuyên truyền Luật Công đoàn\nNăm 2023, LĐLĐ tỉnh kết nạp 1.000 đoàn viên.", "2023"),
        ("Sau 10 năm thi hành Luật Công đoàn, năm 2022 kết nạp 1.000 đoàn viên.", "2022"),
        ("Sau khi Luật có hiệu lực, năm 2024 kết nạp 1.000 đoàn viên.", "2024"),
        # `pháp luật` is the law at large, no law's name
        ("Tuyên truyền pháp luật lao động năm 2023, kết nạp 1.000 đoàn viên.", "2023"),
    ],
)
def test_a_laws_name_takes_only_its_own_year(text: str, period: str) -> None:
    observations, _ = extract("t", text, "2025", org_level="provincial_federation")
    assert [(o.indicator, o.period) for o in observations] == [("new_members", period)]


def test_the_union_as_an_organisation_is_no_predicate_of_the_people_counted() -> None:
    text = (
        "Năm 2023, toàn thành phố có 1.068 CĐCS với 96.540 đoàn viên trên tổng số 118.360 CNVCLĐ "
        "tại các đơn vị có tổ chức công đoàn."
    )
    observations, _ = extract("t", text, "2023")
    assert [(o.indicator, o.value) for o in observations] == [
        ("grassroots_unions", 1_068),
        ("members", 96_540),
        ("workers", 118_360),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # unions that set up a committee, or a committee set up, are no unions founded
        ("Năm 2021, có 1.296 CĐCS thành lập Ban nữ công quần chúng với 4.180 ủy viên.", []),
        ("Năm 2018, 82/87 CĐCS đã thành lập UBKT, 5 CĐCS có dưới 30 đoàn viên cử ủy viên BCH.", []),
        # officers trained, named by their posts
        ("Năm 2018, UBKT mở 01 lớp tập huấn nghiệp vụ cho 94 chủ nhiệm UBKT.",
         [("training_courses", 1), ("training_participants", 94)]),
        # members inspected, firms taking part in an agreement, articles that won prizes
        ("Năm 2018, tiến hành 92 cuộc kiểm tra, gồm: kiểm tra 46 tổ chức công đoàn và 9 đoàn viên "
         "khi có dấu hiệu vi phạm.", [("supervisions", 92)]),
        ("Năm 2023, thỏa ước nhóm được ký kết với sự tham gia của 14 doanh nghiệp.", []),
        ("Năm 2014, có 4 bài đạt giải cấp thành phố.", []),
    ],
)  # fmt: skip
def test_what_probe_57_taught_about_departments_reports(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2018", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # awards and their prize money are no care
        ("Năm 2024, 02 công nhân được trao Giải thưởng Nguyễn Đức Cảnh.", []),
        ("Năm 2019, 100 công nhân được tặng Bằng khen kèm 2 triệu đồng tiền thưởng.", []),
        # how many of the workers are members
        ("Năm 2024, nhiều người là đồng bào dân tộc; 2.814 người là đoàn viên công đoàn.",
         [("members", 2_814)]),
        # a figure with decimals counts no one; one with its scale does
        ("Năm 2024, tuổi đời bình quân của các công nhân nhận giải là 41,5.", []),
        ("Năm 2024, toàn tỉnh có 1,5 vạn đoàn viên.", [("members", 15_000)]),
    ],
)  # fmt: skip
def test_what_probe_58_taught_about_emulation_and_awards(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2024", org_level="grassroots")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    "text",
    [
        # money the fund took in, the fund named before as receiving it
        'Năm 2024, Quỹ "Mái ấm Công đoàn" huyện được các doanh nghiệp hỗ trợ 80 triệu đồng.',
        'Năm 2023, Quỹ "Mái ấm Công đoàn" tỉnh nhận được sự hỗ trợ 600 triệu đồng từ các nhà '
        "hảo tâm.",
        'Năm 2024, để xây dựng Quỹ "Mái ấm Công đoàn", các công đoàn cơ sở trích hỗ trợ 120 '
        "triệu đồng.",
        # what the money mends is no member's home
        'Năm 2024, LĐLĐ trao 2 nhà "Mái ấm Công đoàn". Sở Giáo dục hỗ trợ thêm 200 triệu đồng '
        "để sửa chữa trường lớp.",
        # the total after the houses' sentence is the gifts' named right after it
        'Năm 2024, LĐLĐ thị xã trao 1 nhà "Mái ấm Công đoàn" cho đoàn viên. Tổng giá trị 45 '
        "triệu đồng quà Tết đã được trao cho 450 đoàn viên.",
    ],
)
def test_money_a_fund_took_in_or_no_members_home_cost_is_no_houses_money(text: str) -> None:
    """Hostile round 50: the fund giving (`Quỹ ... hỗ trợ 40 triệu đồng`) spends, but a fund
    receiving (`được ... hỗ trợ`, `nhận được`, `để xây dựng Quỹ`) does not; a school mended
    and a sum of gifts are no house's money."""
    observations, _ = extract("t", text, "2024")
    assert "union_shelter_value" not in {o.indicator for o in observations}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the family's share of the house's cost is no union money
        ('Năm 2024, LĐLĐ huyện bàn giao nhà "Mái ấm Công đoàn" cho đoàn viên Nguyễn Văn H. '
         "Ngôi nhà được xây dựng với tổng kinh phí 120 triệu đồng, trong đó LĐLĐ huyện hỗ trợ 50 "
         "triệu đồng, gia đình đối ứng 70 triệu đồng.",
         [("union_shelter_value", 120e6), ("union_shelter_value", 50e6)]),
        # ... nor the relatives' (no care of its own either)
        ('Năm 2024, LĐLĐ huyện bàn giao nhà "Mái ấm Công đoàn" cho chị M. Ngôi nhà có diện tích '
         "60 m2, kinh phí xây dựng 150 triệu đồng, trong đó Quỹ Mái ấm Công đoàn hỗ trợ 50 "
         "triệu đồng, anh em họ hàng giúp đỡ 20 triệu đồng.",
         [("union_shelter_value", 150e6), ("union_shelter_value", 50e6)]),
        # a total anywhere in a sentence the house opens
        ('Năm 2024, LĐLĐ huyện bàn giao nhà "Mái ấm Công đoàn" cho chị M. Ngôi nhà rộng 50 m2, '
         "được hoàn thành sau hai tháng với tổng số tiền 100 triệu đồng, trong đó LĐLĐ tỉnh hỗ "
         "trợ 40 triệu đồng.",
         [("union_shelter_value", 100e6), ("union_shelter_value", 40e6)]),
    ],
)  # fmt: skip
def test_the_houses_shares_are_the_unions_not_the_familys(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2024")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fund's spending told after raising it
        ('Năm 2024, LĐLĐ huyện vận động xây dựng Quỹ "Mái ấm Công đoàn" và hỗ trợ 3 đoàn viên '
         "xây mới nhà ở với tổng số tiền 150 triệu đồng.",
         [("union_shelter_houses", 3), ("union_shelter_value", 150e6)]),
        # what a member got from the fund for the house
        ('Năm 2024, đoàn viên Lê Văn T. được Quỹ "Mái ấm Công đoàn" hỗ trợ 60 triệu đồng xây '
         "nhà mới.", [("union_shelter_value", 60e6)]),
        # the school (`Nhà trường`) opens no house's sentence
        ('Năm 2024, Công đoàn trường bàn giao nhà "Mái ấm Công đoàn" cho thầy giáo H. Nhà '
         "trường cũng ủng hộ thầy mua sắm đồ dùng với tổng số tiền 20 triệu đồng.",
         [("welfare_value", 20e6)]),
        # the house's wiring is no road
        ('Năm 2024, Công đoàn Công ty bàn giao nhà "Mái ấm Công đoàn" cho anh L. Công đoàn '
         "Công ty còn hỗ trợ 30 triệu đồng để sửa chữa đường điện, mái nhà cho gia đình anh L.",
         [("union_shelter_value", 30e6)]),
    ],
)  # fmt: skip
def test_what_hostile_round_51_taught_about_houses(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2024")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rent per room and month is no money of the union's
        ("Năm 2010, nhiều doanh nghiệp vẫn chưa xây dựng nhà ở cho công nhân, phần lớn CN phải thuê "
         "trọ với giá 300.000 – 500.000 đồng/phòng/tháng.", []),
        # unions added are no stock
        ("Năm 2011, trong đó khu vực ngoài nhà nước có thêm 19 CĐCS.", []),
        # the fund giving money is no money raised for it: spent on the house
        ('Năm 2017, Quỹ "Mái ấm Công đoàn" LĐLĐ tỉnh hỗ trợ 50 triệu đồng để xây nhà.',
         [("union_shelter_value", 50_000_000)]),
        # ... while money raised for it in a table's row under `các cấp` stays raised
        ('Năm 2017\n| TT | Chỉ tiêu | ĐVT | KH | TH |\n| 4 | Vận động Quỹ "Mái ấm Công đoàn" các '
         'cấp | Triệu đồng | 2.000 | 2.245,5 |', [("union_shelter_fund", 2_245_500_000)]),
    ],
)  # fmt: skip
def test_what_probe_59_taught(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2017", org_level="provincial_federation")
    got = [(o.indicator, o.value) for o in observations if o.indicator != "welfare_value"]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money raised for the fund, then what was spent from it after a comma: the spending
        # is the next clause's, not where this money came from
        ('Năm 2024, Quỹ "Mái ấm Công đoàn" tỉnh đã vận động được 350 triệu đồng, từ quỹ đã xây '
         "mới 7 nhà.", [("union_shelter_fund", 350_000_000), ("union_shelter_houses", 7)]),
        ("Năm 2024, vận động Quỹ “Mái ấm Công đoàn” được 350 triệu đồng, từ nguồn quỹ đã hỗ trợ "
         "xây 7 nhà.", [("union_shelter_fund", 350_000_000), ("union_shelter_houses", 7)]),
        # the fund's full name, Quỹ Xã hội, after its money
        ("Năm 2024, vận động được 350 triệu đồng ủng hộ Quỹ Xã hội “Mái ấm Công đoàn”.",
         [("union_shelter_fund", 350_000_000)]),
        ("Năm 2024, vận động được 350 triệu đồng ủng hộ Quỹ xã hội Mái ấm Công đoàn tỉnh.",
         [("union_shelter_fund", 350_000_000)]),
        # how many of the workers are members is no second workforce
        ("Năm 2024, toàn tỉnh có 45.000 lao động, trong đó 38.000 lao động là đoàn viên.",
         [("workers", 45_000)]),
        ("Năm 2024, tổng số CNVCLĐ 45.000 người, trong đó 38.000 CNVCLĐ là đoàn viên công đoàn.",
         [("workers", 45_000)]),
        # ... while a workforce described otherwise stays one
        ("Năm 2024, toàn tỉnh có 45.000 lao động là người dân tộc thiểu số.", [("workers", 45_000)]),
    ],
)  # fmt: skip
def test_hostile_round_20_the_fund_spent_after_a_comma_and_workers_who_are_members(
    text: str, expected: list
) -> None:
    observations, _ = extract("t", text, "2024", org_level="provincial_federation")
    got = [(o.indicator, o.value) for o in observations if o.indicator != "union_shelter_value"]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `tổ chức công đoàn cơ sở`, the grassroots union's long name in either word order, is
        # counted like `CĐCS` (its `tổ chức công đoàn` no body that organised anything)
        ("Năm 2024, đã thành lập 15 tổ chức công đoàn cơ sở, kết nạp 800 đoàn viên.",
         [("new_grassroots_unions", 15), ("new_members", 800)]),
        ("Năm 2024, toàn tỉnh có 350 tổ chức công đoàn cơ sở với 12.000 đoàn viên.",
         [("grassroots_unions", 350), ("members", 12_000)]),
    ],
)  # fmt: skip
def test_the_grassroots_unions_long_name_in_either_order(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2024", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how many of the people a sentence told of taking part, being cared for or hired are
        # members is no stock of members
        ("Năm 2024, có 1.200 người tham gia hội thi, trong đó 800 người là đoàn viên.", []),
        ("Năm 2024, tổ chức khám sức khỏe cho 1.500 công nhân, trong đó có 900 người là đoàn "
         "viên.", [("welfare_beneficiaries", 1_500)]),
        ("Năm 2024, tuyển dụng mới 2.000 lao động; trong số này có 600 người là đoàn viên.", []),
        # ... while those of a workforce are
        ("Năm 2024, doanh nghiệp có 3.500 lao động, trong đó 2.814 người là đoàn viên công đoàn.",
         [("workers", 3_500), ("members", 2_814)]),
    ],
)  # fmt: skip
def test_members_among_people_taking_part_or_cared_for_are_no_stock(
    text: str, expected: list
) -> None:
    observations, _ = extract("t", text, "2024", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


# Hostile round 22: a figure whose label names an amount of money (`Số tiền ...`, `Kinh
# phí ...`) and that carries no unit of its own was read as the people the label goes on
# to name: `| Số tiền chăm lo, hỗ trợ đoàn viên | 1.250 |` gave 1 250 people cared for.
# Money of an unknown scale is no count of anyone: unclassified, with its reason. (Round
# 24: a money unit in brackets after the figure is a never rule's, `money_unit_in_brackets`;
# a label after a time set before it, `Trong năm, tổng số tiền ...`, was 1 250 000 people.)
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("| Nội dung | Thực hiện |\n| Số tiền chăm lo, hỗ trợ đoàn viên | 1.250 |", "money_label"),
        ("| Nội dung | Thực hiện |\n| Kinh phí hỗ trợ đoàn viên | 1.250 |", "money_label"),
        ("Năm 2023, tổng số tiền chăm lo cho đoàn viên là 1.250 (nghìn đồng).",
         "money_unit_in_brackets"),
        ("Giá trị quà tặng đoàn viên: 1.250.", "money_label"),
        ("Trong năm, tổng số tiền chăm lo cho đoàn viên là 1.250.", "money_label"),
        ("Tại các CĐCS, kinh phí thăm hỏi đoàn viên ốm đau: 1.250.", "money_label"),
    ],
)  # fmt: skip
def test_money_label_without_unit_counts_no_one(text: str, reason: str) -> None:
    observations, mentions = extract("t", text, "2023")
    assert [o for o in observations if o.value == 1250 or o.value == 850] == []
    assert {m.reason for m in mentions if m.value in (1250, 850)} == {reason}


def test_money_label_leaves_counts_under_it_alone() -> None:
    text = (
        "| Nội dung | Thực hiện |\n| Số đoàn viên được hỗ trợ | 1.250 |\n"
        "| Số tiền hỗ trợ 1.250 đoàn viên | 850 triệu đồng |"
    )
    observations, _ = extract("t", text, "2023")
    assert {(o.indicator, o.value) for o in observations} >= {
        ("welfare_beneficiaries", 1250.0),
        ("welfare_value", 850e6),
    }


def test_money_label_under_a_unit_line_is_read_in_that_unit() -> None:
    """(A `ĐVT: triệu đồng` line over the table gives the label's figure its unit.)"""
    text = "ĐVT: triệu đồng\n| Nội dung | Thực hiện |\n| Tổng số tiền hỗ trợ CNLĐ | 850 |"
    observations, _ = extract("t", text, "2023")
    assert [(o.indicator, o.value) for o in observations] == [("welfare_value", 850e6)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracketed aside with figures of its own between the stocks of one list
        ("Công đoàn Viên chức Việt Nam có 1.045 CĐCS trực thuộc (giảm 168 CĐCS so với cuối năm "
         "2024 do sắp xếp, hợp nhất), với 96.740 đoàn viên/98.212 CBCCVC và người lao động.",
         [("grassroots_unions", 1_045), ("members", 96_740), ("workers", 98_212)]),
        # staff quotas, an event's participants, a programme's partners count nothing
        ("Tổng số biên chế UBND tỉnh giao cho các cơ quan, đơn vị có CĐCS trực thuộc là 6.902 chỉ "
         "tiêu; trong năm thực hiện tinh giản 118 biên chế.", []),
        ("Chương trình có sự tham gia của khoảng 500 đoàn viên, NLĐ đến từ 25 ngân hàng.", []),
        ("Triển khai Chương trình Phúc lợi cho đoàn viên với 7 đơn vị đối tác (2 siêu thị, 3 nhà "
         "thuốc, 1 phòng khám).", []),
        # loans are lent, not given: no beneficiaries, referrals or money of care
        ("Phối hợp với Ngân hàng Chính sách xã hội giới thiệu 1.215 đoàn viên vay vốn với tổng dư "
         "nợ 48,6 tỷ đồng.", []),
        ("Giới thiệu 112 đoàn viên vay vốn Ngân hàng Chính sách xã hội thị xã với tổng số tiền "
         "3,36 tỷ đồng để sửa chữa nhà Mái ấm.", []),
        ("Quỹ Tương trợ của ngành trong 5 năm đã cho 3.560 lượt CNLĐ vay 96 tỷ đồng.", []),
        ("CEP đã giải ngân hơn 43.000 tỉ đồng cho 1,1 triệu lượt khách hàng là CNLĐ nghèo vay "
         "vốn; hơn 210.000 hộ đã thoát nghèo.", []),
        # homes to rent and the firm's dormitories are no Mái ấm; an area, a price per kWh no count
        ("Năm 2024, bàn giao 340/1.020 căn hộ thiết chế công đoàn cho CNLĐ thuê.", []),
        ("Bên cạnh nhà “Mái ấm Công đoàn”, các công ty đã xây dựng 2.140 căn nhà ở tập thể; giao "
         "1.860 lô đất ở (diện tích từ 200 đến 300 m²/lô) để công nhân làm nhà.", []),
        ("Ngoài chương trình Mái ấm, Công ty xây khu nhà ở tập thể, chỉ thu tiền điện theo giá "
         "1.800 đồng/kWh.", []),
        # ... though an area held opens the list of what a firm holds
        ("Công ty hiện quản lý hơn 3.200 ha cao su, với 1.126 công nhân lao động.",
         [("workers", 1_126)]),
        # who paid which part of a house's value: parts of that value, not care of their own
        ("Bàn giao 01 nhà Mái ấm Công đoàn. Căn nhà tổng trị giá 120 triệu đồng. Trong đó, LĐLĐ "
         "tỉnh hỗ trợ 50 triệu đồng; Ban Giám đốc Công ty hỗ trợ 10 triệu đồng.",
         [("union_shelter_houses", 1), ("union_shelter_value", 120_000_000),
          ("union_shelter_value", 50_000_000), ("union_shelter_value", 10_000_000)]),
    ],
)  # fmt: skip
def test_what_probes_73_and_74_taught_about_public_bodies_and_benefits(
    text: str, expected: list
) -> None:
    observations, _ = extract("t", text, "2024", org_level="national_sector")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # checks counted after dialogues are checks; a dialogue's count does not take them
        ("Năm 2022, các cấp công đoàn đã phối hợp tổ chức 12.640 cuộc đối thoại định kỳ tại nơi "
         "làm việc và tham gia 5.218 cuộc kiểm tra, giám sát việc thực hiện chính sách.",
         [("workplace_dialogues", 12_640), ("supervisions", 5_218)]),
        # the new members of one sector, told by a long label, are no stock of members
        ("Năm 2022, các cấp công đoàn đã kết nạp 9.318 đoàn viên. Số đoàn viên kết nạp mới ở khu "
         "vực doanh nghiệp ngoài nhà nước là 7.264 người, chiếm 78% tổng số.",
         [("new_members", 9_318)]),
        # a part is never more than its whole: the unions rated are not the 23 founded
        ("Năm 2022, thành lập 23 CĐCS; có 548/612 CĐCS được đánh giá, xếp loại, trong đó 421 "
         "CĐCS đạt vững mạnh.", [("new_grassroots_unions", 23)]),
        # members living in makeshift houses, found by a survey, are no stock
        ("Theo khảo sát năm 2022, toàn tỉnh có 1.318 đoàn viên đang ở nhà tạm, nhà dột nát.", []),
        # a bulletin's number is no count of posts
        ("Tin số: 04 | Thể loại: Phóng sự ngắn\nNăm 2022, LĐLĐ đăng tải 12 tin bài trên cổng "
         "thông tin.", [("media_posts", 12)]),
    ],
)  # fmt: skip
def test_what_probe_75_taught_about_round_ups(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2022", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


WORD_TWO_ROW_HEADER = """Phụ lục 01
STT | Đơn vị | Tình hình tổ chức đến 30/6/2016 | Phát triển 6 tháng đầu năm
Số CĐCS | Số đoàn viên | Kết nạp đoàn viên mới | Thành lập CĐCS mới
A | B | 1 | 2 | 3 | 4
1 | LĐLĐ huyện Ninh Hải | 64 | 2.871 | 58 | 2
 | Toàn tỉnh | 616 | 36.096 | 887 | 7"""


def test_a_lower_header_row_copied_out_of_word_names_the_rightmost_columns() -> None:
    """Word's copy of a two-row header loses the cells its left columns span: the lower row
    (four cells over rows of six) names the last four columns, not the first four."""
    observations, _ = extract("t", WORD_TWO_ROW_HEADER, "2016")
    total = [(o.indicator, o.value) for o in observations if o.span_start > 200]
    assert total[-3:] == [("members", 36_096), ("new_members", 887), ("new_grassroots_unions", 7)]


def test_a_unit_cell_opening_with_a_multiplier_scales_its_row() -> None:
    """`| Thu nhập bình quân | 1.000đ/người/tháng | 8.650 |`: 8,65 million a month; the unit
    cell's `1.000` is no figure, nor the header's `(x 1.000 đồng)`."""
    text = (
        "Năm 2024\nTT | Chỉ tiêu | Đơn vị tính | Số lượng\n"
        "6 | Thu nhập bình quân của NLĐ | 1.000đ/người/tháng | 8.650\n\n"
        "| Nội dung | Số lượt | Kinh phí (x 1.000 đồng) |\n| Thăm hỏi ốm đau | 845 | 422.500 |"
    )
    observations, mentions = extract("t", text, "2024")
    assert [(o.indicator, o.value) for o in observations] == [
        ("avg_income", 8_650_000),
        ("welfare_beneficiaries", 845),
        ("welfare_value", 422_500_000),
    ]
    assert {m.reason for m in mentions if m.value == 1000} == {"table_unit", "unit_multiplier"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # women expecting a baby, a committee's women, children sponsored: no stock, no care
        ("Năm 2024\n- Lao động nữ đang mang thai: 214 người", []),
        ("Năm 2024, công đoàn cơ sở có 11.026 đoàn viên; Ban Chấp hành gồm 15 đồng chí, trong "
         "đó có 9 nữ ủy viên.", [("members", 11_026)]),
        ("Năm 2024, các cấp công đoàn tặng quà cho 300 đoàn viên. Chương trình “Mẹ đỡ đầu” được "
         "triển khai, nhận đỡ đầu hơn 4.500 cháu là con CNVCLĐ có hoàn cảnh khó khăn.",
         [("welfare_beneficiaries", 300)]),
        # a fund's balance is no spending; nurseries built are no Mái ấm
        ("Năm 2024, Quỹ “Tương trợ nữ công” hiện có 12.500.000 đồng.", []),
        ("Năm 2024\n| Nhà trẻ, nhóm trẻ, lớp mẫu giáo được hỗ trợ xây dựng | 2.345 |", []),
        # what one gift holds, in brackets after its worth
        ("Năm 2024, trao 120 suất quà, mỗi suất trị giá 500.000 đồng (gồm 300.000 đồng tiền "
         "mặt và quà hiện vật).", [("gifts", 120)]),
        # free check-ups for women workers are care
        ("Năm 2024, LĐLĐ phối hợp tổ chức khám phụ khoa miễn phí cho 2.630 nữ CNLĐ.",
         [("welfare_beneficiaries", 2_630)]),
    ],
)  # fmt: skip
def test_what_probe_77_taught_about_women_and_the_family(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2024", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


# Hostile round 24: a money unit written as a multiplier in prose (`số tiền 160.000 (x 1.000
# đồng)`, `(ĐVT: 1.000đ)` after a caption, `1.250 x 1.000 đồng`) was read as an amount of its
# own, 1 000 đồng of care, initiative value or income; a figure whose money unit stands in
# brackets after it (`thu nhập bình quân ... đạt 8.500 (nghìn đồng/người/tháng)`) was read as
# 8 500 workers. Neither is read now (`unit_multiplier`, `money_unit_in_brackets`).
@pytest.mark.parametrize(
    ("text", "reasons"),
    [
        ("Trong năm đã thăm hỏi 320 lượt đoàn viên ốm đau với số tiền 160.000 (x 1.000 đồng).",
         {160_000: "money_unit_in_brackets", 1_000: "unit_multiplier"}),
        ("Đã hỗ trợ 50 đoàn viên bị tai nạn lao động, số tiền 75.000 (đơn vị tính: 1.000 đồng).",
         {75_000: "money_unit_in_brackets", 1_000: "unit_multiplier"}),
        ("Giá trị làm lợi ước tính 12.500 (x 1.000.000 đồng).",
         {12_500: "money_unit_in_brackets", 1_000_000: "unit_multiplier"}),
        ("Thu nhập bình quân của người lao động đạt 8.500 (nghìn đồng/người/tháng).",
         {8_500: "money_unit_in_brackets"}),
        ("Thu nhập bình quân của người lao động đạt 8.500 (x 1.000 đồng/người/tháng).",
         {8_500: "money_unit_in_brackets", 1_000: "unit_multiplier"}),
        ("Tặng 1.500 suất quà, trị giá 750.000 (x1000đ).", {750_000: "money_unit_in_brackets"}),
        ("Bảng 1. Kết quả chăm lo (ĐVT: 1.000đ)\n\nCác đơn vị đã triển khai tốt.",
         {1_000: "unit_multiplier"}),
        ("Hỗ trợ 1.250 x 1.000 đồng cho đoàn viên khó khăn.", {1_000: "unit_multiplier"}),
        ("(Đơn vị: 1.000.000đ)\n| Nội dung | Năm 2022 | Năm 2023 |\n| Chăm lo Tết | 700 | 750 |",
         {1_000_000: "unit_multiplier"}),
    ],
)  # fmt: skip
def test_a_money_multiplier_in_prose_is_no_amount(text: str, reasons: dict) -> None:
    observations, mentions = extract("t", text, "2023", org_level="provincial_federation")
    assert [o for o in observations if o.value in reasons or o.unit.startswith("VND")] == []
    assert {m.value: m.reason for m in mentions if m.value in reasons} == reasons


def test_a_money_multiplier_still_scales_its_table_and_real_amounts_stay() -> None:
    table = (
        "ĐVT: 1.000đ\n| TT | Nội dung | Số lượt | Số tiền |\n"
        "| 1 | Thăm hỏi ốm đau | 320 | 160.000 |\n| 2 | Tặng quà Tết | 1.500 | 750.000 |"
    )
    observations, _ = extract("t", table, "2023", org_level="provincial_federation")
    assert {(o.indicator, o.value) for o in observations} >= {
        ("welfare_value", 160_000_000),
        ("gift_value", 750_000_000),
    }
    prose = "Mỗi suất quà trị giá 1.000.000 đồng; tổng số tiền chăm lo là 1.000 triệu đồng."
    observations, _ = extract("t", prose, "2023", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == [("welfare_value", 1e9)]


# Hostile round 24: a funder's share of a house's value (`trị giá 80 triệu đồng. Trong đó,
# ...`) after a first share was taken for care of its own, or for a part of that first share;
# a share larger than the whole was a part of it; a share the whole's kind does not accept
# (`Quỹ Xã hội hỗ trợ 50 triệu đồng`, too far from `Mái ấm`) was welfare money. A fund's
# share it gives (`Quỹ ... hỗ trợ 40 triệu đồng`) is spent on the house, as a union body's;
# the family's is no union money.
@pytest.mark.parametrize(
    ("text", "expected", "reasons"),
    [
        ("Bàn giao 01 nhà Mái ấm Công đoàn trị giá 80 triệu đồng. Trong đó, LĐLĐ tỉnh hỗ trợ 50 "
         "triệu đồng, Công ty hỗ trợ 200 triệu đồng.",
         [("union_shelter_houses", 1), ("union_shelter_value", 80e6), ("union_shelter_value", 50e6)],
         {200e6: "part_exceeds_whole"}),
        ("Bàn giao 01 nhà Mái ấm Công đoàn trị giá 80 triệu đồng. Trong đó, Quỹ Xã hội hỗ trợ 50 "
         "triệu đồng, gia đình tự có 30 triệu đồng.",
         [("union_shelter_houses", 1), ("union_shelter_value", 80e6), ("union_shelter_value", 50e6)],
         {30e6: "part_of_other_money"}),
        ("Ngôi nhà mới có diện tích 54 m2, xây dựng trong 2 tháng với tổng kinh phí 85 triệu "
         "đồng, trong đó Quỹ \"Mái ấm Công đoàn\" huyện hỗ trợ 40 triệu đồng, phần còn lại do gia "
         "đình tự lo.", [("union_shelter_value", 85e6), ("union_shelter_value", 40e6)], {}),
        # the next share in the sentence is a share too; an aside in brackets on who paid
        # says nothing of where the whole went
        ("Bàn giao 01 nhà “Mái ấm Công đoàn” cho đoàn viên, trị giá 80 triệu đồng, trong đó Công "
         "đoàn Giáo dục Việt Nam hỗ trợ 50 triệu đồng, Công đoàn Trường 30 triệu đồng.",
         [("union_shelter_houses", 1), ("union_shelter_value", 80e6),
          ("union_shelter_value", 50e6), ("union_shelter_value", 30e6)], {}),
        ("Xây mới 5 nhà Mái ấm Công đoàn với tổng trị giá 300 triệu đồng, trong đó Quỹ Mái ấm Công "
         "đoàn hỗ trợ 200 triệu đồng, doanh nghiệp hỗ trợ 100 triệu đồng.",
         [("union_shelter_houses", 5), ("union_shelter_value", 300e6),
          ("union_shelter_value", 200e6), ("union_shelter_value", 100e6)], {}),
        ("Xây mới 5 nhà Mái ấm Công đoàn với tổng trị giá 300 triệu đồng (trong đó Quỹ Mái ấm Công "
         "đoàn tỉnh hỗ trợ 250 triệu đồng).",
         [("union_shelter_houses", 5), ("union_shelter_value", 300e6),
          ("union_shelter_value", 250e6)], {}),
        # an amount of its own kind after `trong đó` is still its own
        ("Tặng 1.500 suất quà trị giá 750 triệu đồng. Trong đó, hỗ trợ 50 đoàn viên bị tai nạn "
         "lao động số tiền 100 triệu đồng.",
         [("gifts", 1_500), ("gift_value", 750e6), ("welfare_beneficiaries", 50),
          ("welfare_value", 100e6)], {}),
        # (hostile round 25) the next share is a share whatever it reads as alone (the fund
        # named in the share before made `gia đình đối ứng 180 triệu đồng` money raised for
        # the fund, a headline of its own), and a new deed ends the run of shares (`...,
        # đồng thời thăm hỏi đoàn viên ốm đau với tổng số tiền 100 triệu đồng` was the
        # house's part: care money lost)
        ("Xây dựng 9 nhà \"Mái ấm Công đoàn\" trị giá 540 triệu đồng (Quỹ Mái ấm Công đoàn hỗ trợ "
         "360 triệu đồng, gia đình đối ứng 180 triệu đồng).",
         [("union_shelter_houses", 9), ("union_shelter_value", 540e6),
          ("union_shelter_value", 360e6)], {180e6: "part_of_other_money"}),
        ("Xây dựng 9 nhà \"Mái ấm Công đoàn\" trị giá 540 triệu đồng (trong đó Quỹ Mái ấm Công "
         "đoàn hỗ trợ 360 triệu đồng), đồng thời thăm hỏi đoàn viên ốm đau với tổng số tiền 100 "
         "triệu đồng.",
         [("union_shelter_houses", 9), ("union_shelter_value", 540e6),
          ("union_shelter_value", 360e6), ("welfare_value", 100e6)], {}),
        ("Xây dựng 9 nhà \"Mái ấm Công đoàn\" trị giá 540 triệu đồng, trong đó LĐLĐ tỉnh hỗ trợ "
         "360 triệu đồng, ngoài ra thăm hỏi đoàn viên ốm đau với tổng số tiền 100 triệu đồng.",
         [("union_shelter_houses", 9), ("union_shelter_value", 540e6),
          ("union_shelter_value", 360e6), ("welfare_value", 100e6)], {}),
    ],
)  # fmt: skip
def test_a_share_of_an_amount_is_never_care_of_its_own_nor_more_than_it(
    text: str, expected: list, reasons: dict
) -> None:
    observations, mentions = extract("t", text, "2023", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected
    assert {m.value: m.reason for m in mentions if m.value in reasons} == reasons


# Hostile round 25: a loan or a referral earlier in the sentence took the care after it
# (`giới thiệu đoàn viên vay vốn, thăm hỏi 350 lượt đoàn viên ốm đau` gave 350 Party
# referrals; `cho vay, tổ chức thăm hỏi 215 đoàn viên` nothing); the parts of one gift's
# worth written per unit (`trị giá 500.000 đồng/suất, gồm tiền mặt 300.000 đồng ...`) were
# gift money; a breakdown named right after a part (`trong đó có 2.140 nữ, 3.520 đoàn viên`)
# made the member stock after it women's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phối hợp Ngân hàng Chính sách xã hội giới thiệu đoàn viên vay vốn, thăm hỏi 350 lượt "
         "đoàn viên ốm đau với số tiền 175 triệu đồng.",
         [("welfare_beneficiaries", 350), ("welfare_value", 175e6)]),
        ("Phối hợp với Ngân hàng Chính sách xã hội cho vay, tổ chức thăm hỏi 215 đoàn viên bị tai "
         "nạn lao động.", [("welfare_beneficiaries", 215)]),
        ("Hướng dẫn thủ tục vay vốn ưu đãi, đồng thời trợ cấp khó khăn cho 420 đoàn viên với tổng "
         "số tiền 210 triệu đồng.", [("welfare_beneficiaries", 420), ("welfare_value", 210e6)]),
        # (still: borrowers are no beneficiaries, referrals are referrals)
        ("Giới thiệu 1.215 đoàn viên vay vốn Ngân hàng CSXH.", []),
        ("Phối hợp cho vay, giới thiệu 480 đoàn viên ưu tú cho Đảng xem xét kết nạp.",
         [("party_referrals", 480)]),
        ("Hỗ trợ 2.100 suất quà (trị giá 500.000 đồng/suất, gồm tiền mặt 300.000 đồng và hiện vật "
         "200.000 đồng).", [("gifts", 2_100)]),
        ("Toàn ngành có 3.560 CBCCVC, trong đó có 2.140 nữ, 3.520 đoàn viên công đoàn.",
         [("workers", 3_560, None), ("workers", 2_140, "female"), ("members", 3_520, None)]),
        ("Toàn tỉnh có 1.245 CĐCS, 98.760 đoàn viên; riêng khu vực doanh nghiệp có 820 CĐCS với "
         "72.300 đoàn viên.",
         [("grassroots_unions", 1_245, None), ("members", 98_760, None),
          ("grassroots_unions", 820, "business_sector"), ("members", 72_300, "business_sector")]),
        # (a breakdown named after an item of a stock's list is that item's, not the next
        # item's nor the whole's after it: probe 9db; the other of the pair of sectors is named
        # by its own noun: probe 9jj)
        ("Quận có 88 CĐCS khu vực hành chính sự nghiệp và 104 CĐCS doanh nghiệp, với 15.210 "
         "đoàn viên.",
         [("grassroots_unions", 88, "public_sector"), ("grassroots_unions", 104, "business_sector"),
          ("members", 15_210, None)]),
    ],
)  # fmt: skip
def test_care_after_a_loan_a_gifts_make_up_and_a_parts_own_breakdown(
    text: str, expected: list
) -> None:
    observations, _ = extract("t", text, "2024", org_level="provincial_federation")
    got = [
        (o.indicator, o.value, o.subgroup)[: len(want)]
        for o, want in zip(observations, expected, strict=False)
    ]
    assert len(observations) == len(expected)
    assert got == [tuple(w) for w in expected]


# Hostile round 25: the Mái ấm fund's balance named far before its amount was money raised
# (`số dư Quỹ Mái ấm Công đoàn đến 31/12/2024 là 850 triệu đồng`: the balance veto of care
# money reached 12 characters, and the fund had none).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Số dư Quỹ Mái ấm Công đoàn đến 31/12/2024 là 850 triệu đồng. Trong năm, Quỹ Mái ấm "
         "Công đoàn vận động được 420 triệu đồng.", [("union_shelter_fund", 420e6)]),
        ("Vận động Quỹ Mái ấm Công đoàn được 420 triệu đồng, số dư quỹ đến cuối năm 850 triệu "
         "đồng.", [("union_shelter_fund", 420e6)]),
    ],
)  # fmt: skip
def test_the_shelter_funds_balance_is_no_money_raised(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2024", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


# Hostile round 25: women expecting or raising a baby told after their figure were a stock
# (`toàn tỉnh có 3.450 nữ đoàn viên đang mang thai và nuôi con nhỏ` gave 3 450 women members);
# the care they get still counts.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toàn tỉnh có 3.450 nữ đoàn viên đang mang thai và nuôi con nhỏ dưới 36 tháng tuổi.", []),
        ("Toàn tỉnh có 3.450 lao động nữ đang nuôi con nhỏ.", []),
        ("Toàn tỉnh có 45.600 đoàn viên, trong đó 3.450 nữ đoàn viên đang mang thai.",
         [("members", 45_600)]),
        ("Hỗ trợ 56 nữ đoàn viên mang thai với số tiền 28 triệu đồng.",
         [("welfare_beneficiaries", 56), ("welfare_value", 28e6)]),
    ],
)  # fmt: skip
def test_women_expecting_a_baby_told_after_their_figure_are_no_stock(
    text: str, expected: list
) -> None:
    observations, _ = extract("t", text, "2024", org_level="provincial_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


# Hostile round 24: a table's money unit line made its `Tổng cộng` row money (`tổng cộng` is
# a money word in prose), so the row's counts were scaled: under `(ĐVT: nghìn đồng)`,
# `| Tổng cộng | 20 | 2.000 | 200.000 |` gave 20 000 grassroots unions and 2 000 000 members.
@pytest.mark.parametrize("unit_line", ["(ĐVT: nghìn đồng)", "(ĐVT: 1.000 đồng)", "ĐVT: 1.000đ"])
def test_a_total_row_keeps_its_columns_units_under_a_money_unit_line(unit_line: str) -> None:
    text = (
        f"{unit_line}\n| Đơn vị | Số CĐCS | Số đoàn viên | Kinh phí |\n"
        "| Huyện A | 12 | 1.200 | 120.000 |\n| Huyện B | 8 | 800 | 80.000 |\n"
        "| Tổng cộng | 20 | 2.000 | 200.000 |"
    )
    observations, _ = extract("t", text, "2023", org_level="district_federation")
    assert [(o.indicator, o.value) for o in observations] == [
        ("grassroots_unions", 20),
        ("members", 2_000),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `đ/c` is `đồng chí` after a figure, not an address; `toàn trường: 38` no school's name
        ("Năm 2021\n- Tổng số CB, GV, NV toàn trường: 38 đ/c (nữ: 31 đ/c).", [("workers", 38)]),
        # an address stays one right after `đ/c:`
        ("Văn phòng LĐLĐ tỉnh, đ/c: 12 Lê Lợi; năm 2021 kết nạp 300 đoàn viên.",
         [("new_members", 300)]),
    ],
)  # fmt: skip
def test_what_probe_76_taught_about_comrades_and_addresses(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2021", org_level="grassroots")
    assert [(o.indicator, o.value) for o in observations] == expected


def test_a_money_columns_own_unit_wins_over_the_rows_unit_cell() -> None:
    """`| Tặng quà Tết | suất | 760 | 380,0 |` under `Số lượng | Thành tiền` and a unit line
    `Đơn vị tính: triệu đồng`: the row's unit cell (`suất`) is its count's; the money column
    keeps the table's unit."""
    text = (
        "Năm 2019\nĐơn vị tính: triệu đồng\n| TT | Nội dung | Đơn vị | Số lượng | Thành tiền |\n"
        "| 3 | Tặng quà Tết cho ĐVCĐ, NLĐ | suất | 760 | 380,0 |\n"
        '| 4 | Hỗ trợ xây mới nhà "Mái ấm Công đoàn" | nhà | 3 | 165,0 |'
    )
    observations, _ = extract("t", text, "2019", org_level="district_federation")
    assert [(o.indicator, o.value) for o in observations] == [
        ("gifts", 760),
        ("gift_value", 380_000_000),
        ("union_shelter_houses", 3),
        ("union_shelter_value", 165_000_000),
    ]


PLAN_TABLE_WITH_UNIT_COLUMN = (
    "TT | Chỉ tiêu | ĐVT | Kế hoạch năm 2024 | Thực hiện năm 2024 | Tỷ lệ (%)\n"
    "1 | Đối thoại định kỳ tại nơi làm việc | cuộc | 4 | 5 | 125\n"
    "2 | Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp | người | 5 | 6 | 120\n"
    "3 | Giới thiệu việc làm cho đoàn viên, người lao động | người | 100 | 140 | 140\n"
)


def test_a_table_rows_unit_cell_names_what_its_figures_count() -> None:
    """`Đối thoại định kỳ tại nơi làm việc | cuộc | 4 | 5`: the unit cell's `cuộc` is the
    noun the figures count, as `5 cuộc` would be in prose."""
    observations, _ = extract("t", PLAN_TABLE_WITH_UNIT_COLUMN, "2024", org_level="grassroots")
    assert ("workplace_dialogues", 5, 4) in {(o.indicator, o.value, o.target) for o in observations}


def test_a_table_rows_whole_label_is_its_figures_wording() -> None:
    """A long label names its row's figure from its first word (`Giới thiệu ... cho Đảng
    xem xét kết nạp`, 50 characters); its veto words too (`Giới thiệu việc làm`)."""
    observations, _ = extract("t", PLAN_TABLE_WITH_UNIT_COLUMN, "2024", org_level="grassroots")
    got = {(o.indicator, o.value) for o in observations}
    assert ("party_referrals", 6) in got
    assert not any(value == 140 for _, value in got)


def test_a_word_said_right_before_a_figure_is_not_read_across_its_rows_label() -> None:
    """A condition on the words right before a figure (`thăm hỏi 48 triệu đồng`: welfare
    money, not a gift's) still reads only those words in a table row: the gifts' money of
    `96 suất quà thăm hỏi các kíp trực Tết | 48 triệu đồng` stays theirs."""
    text = "Tết 2025\n96 suất quà thăm hỏi các kíp trực Tết | 48 triệu đồng\n"
    observations, _ = extract("t", text, "2025", org_level="grassroots")
    assert ("gift_value", 48_000_000) in {(o.indicator, o.value) for o in observations}


@pytest.mark.parametrize("delimiter", ["|:--:|:--|--:|--:|--:|--:|--:|", "|-|-|-|-|-|-|-|"])
def test_a_groups_cell_merged_over_its_columns_names_each_of_them(delimiter: str) -> None:
    """`Kết nạp đoàn viên | | |` over `KH giao | Thực hiện | Đạt (%)`, in Markdown with a
    delimiter row of short cells: each column the group's cell spans is its indicator's (the
    units' rows are parts, the total row the bloc's figure with its plan)."""
    raw = (
        "| TT | Đơn vị | Kết nạp đoàn viên | | | Thành lập CĐCS | |\n"
        "| | | KH giao | Thực hiện | Đạt (%) | KH giao | Thực hiện |\n"
        f"{delimiter}\n"
        "| 1 | LĐLĐ huyện Lạng Giang | 450 | 612 | 136,0 | 4 | 5 |\n"
        "| 2 | LĐLĐ huyện Yên Dũng | 400 | 437 | 109,3 | 3 | 3 |\n"
        "| | Cộng khối | 850 | 1.049 | 123,4 | 7 | 8 |\n"
    )
    observations, _ = extract("t", clean(raw, is_html=False).text, "2018", org_level="bloc")
    total = {(o.indicator, o.value, o.target) for o in observations if "part" not in o.flags}
    assert {("new_members", 1_049, 850), ("new_grassroots_unions", 8, 7)} <= total
    assert not any(o.value in (136, 123.4) for o in observations)


def test_a_groups_cell_is_read_with_the_cell_under_it() -> None:
    """`Tặng quà Tết | |` over `Số suất | Kinh phí (triệu đồng)`: the gifts, then their money
    (the group's name alone would make the money a count of gifts)."""
    text = (
        "| TT | Đơn vị | Tặng quà Tết | | Thăm hỏi, trợ cấp khó khăn | |\n"
        "| TT | Đơn vị | Số suất | Kinh phí (triệu đồng) | Số lượt người | Kinh phí (triệu đồng) |\n"
        "| | Tổng cộng | 38.640 | 23.184,0 | 2.915 | 4.372,5 |\n"
        "| 1 | Công đoàn ngành Giáo dục | 9.800 | 4.900,0 | 612 | 918,0 |\n"
    )
    observations, _ = extract("t", text, "2024", org_level="provincial_federation")
    first = {(o.indicator, o.value) for o in observations if o.span_start < 200}
    assert first == {
        ("gifts", 38_640),
        ("gift_value", 23_184_000_000),
        ("welfare_beneficiaries", 2_915),
        ("welfare_value", 4_372_500_000),
    }


def test_a_total_row_above_its_items_is_read_as_their_total() -> None:
    """`Tổng cộng` first, over the rows of kinds of help, in a header pasted on two lines whose
    last merged cell (`Năm 2023`) lost its spanned cell with the line's end: the total of
    people helped and of money, each year under its own columns."""
    raw = (
        "ĐVT: 1.000đ\n"
        "TT\tNội dung\tNăm 2024\t\tNăm 2023\t\n"
        "\t\tSố lượt\tSố tiền\tSố lượt\tSố tiền\n"
        "\tTổng cộng\t3.596\t1.870.500\t3.407\t1.584.500\n"
        "1\tQuà Tết cho ĐV, NLĐ\t3.250\t1.625.000\t3.100\t1.395.000\n"
        "2\tThăm hỏi ốm đau, thai sản\t298\t149.000\t271\t135.500\n"
        "3\tTrợ cấp khó khăn đột xuất\t48\t96.500\t36\t54.000\n"
    )
    observations, _ = extract("t", clean(raw, is_html=False).text, "2024", org_level="grassroots")
    totals = {(o.indicator, o.value, o.period) for o in observations if "part" not in o.flags}
    assert {
        ("welfare_beneficiaries", 3_596, "2024"),
        ("welfare_value", 1_870_500_000, "2024"),
        ("welfare_beneficiaries", 3_407, "2023"),
    } <= totals


def test_a_column_named_under_a_dated_group_keeps_its_indicator() -> None:
    """`Tình hình tổ chức đến 30/6/2016` over `Số CĐCS | Số đoàn viên`: the date above gives
    the column its period, the cell under it its indicator (the province's CĐCS were lost)."""
    raw = (
        "STT\tĐơn vị\tTình hình tổ chức đến 30/6/2016\t\tPhát triển 6 tháng đầu năm\t\n"
        "\t\tSố CĐCS\tSố đoàn viên\tKết nạp đoàn viên mới\tThành lập CĐCS mới\n"
        "1\tLĐLĐ huyện Ninh Hải\t168\t9.214\t235\t2\n"
        "2\tLĐLĐ huyện Bác Ái\t64\t2.871\t58\t1\n"
        "\tToàn tỉnh\t232\t12.085\t293\t3\n"
    )
    text = clean(raw, is_html=False).text
    observations, _ = extract("t", text, "2016-H1", org_level="provincial_federation")
    totals = {(o.indicator, o.value) for o in observations if "part" not in o.flags}
    assert ("grassroots_unions", 232) in totals
    assert ("members", 12_085) in totals


def test_a_lower_header_row_stands_over_the_first_column_of_figures() -> None:
    """`TT | Chỉ tiêu | Đơn vị tính | Thực hiện | Tăng bình quân (%)` over `Năm 2010 | Năm 2011
    | Năm 2012`: the years split `Thực hiện`, the fourth column, where the rows' figures begin
    (the last column spans both header rows)."""
    text = (
        "TT | Chỉ tiêu | Đơn vị tính | Thực hiện | Tăng bình quân/năm (%)\n"
        "Năm 2010 | Năm 2011 | Năm 2012\n"
        "1 | Số công đoàn cơ sở | CĐCS | 104.627 | 111.908 | 117.244 | 5,9"
    )
    observations, _ = extract("t", text, "2012", org_level="national")
    right = {104_627: "2010", 111_908: "2011", 117_244: "2012"}
    got = {o.value: o.period for o in observations if o.indicator == "grassroots_unions"}
    assert {104_627, 117_244} <= set(got)
    assert all(right[value] == period for value, period in got.items())


def test_a_part_of_another_bodys_figure_is_that_bodys() -> None:
    text = (
        "Năm 2024, các cấp bộ Đoàn đã giới thiệu cho Đảng hơn 9.000 đoàn viên ưu tú, trong đó "
        "có 4.100 đoàn viên đã được kết nạp. Cả nước kết nạp 1,2 triệu đoàn viên công đoàn, "
        "trong đó LĐLĐ tỉnh kết nạp 2.600 đoàn viên."
    )
    observations, _ = extract("t", text, "2024", org_level="provincial")
    assert [(o.value, o.subgroup) for o in observations] == [
        (9_000, "other_org"),
        (4_100, "other_org"),
        (1_200_000, "other_org"),
        (2_600, None),
    ]


def test_a_sentence_opened_by_a_parts_word_breaks_down_the_figure_before_it() -> None:
    text = (
        "Năm 2024, có 640 đoàn viên được kết nạp vào Đảng. Trong đó, có 215 công nhân trực tiếp "
        "sản xuất."
    )
    observations, _ = extract("t", text, "2024")
    assert [(o.indicator, o.value) for o in observations] == [
        ("party_admissions", 640),
        ("party_admissions", 215),
    ]
    assert "part" in observations[1].flags


def test_a_part_whose_label_names_another_stock_counts_that_stock() -> None:
    text = (
        "Năm 2024, toàn khu có 98.400 lao động, trong đó đoàn viên công đoàn là hơn 91.000 người."
    )
    observations, _ = extract("t", text, "2024")
    assert [(o.indicator, o.value, o.flags) for o in observations] == [
        ("workers", 98_400, ()),
        ("members", 91_000, ()),
    ]


def test_a_report_by_another_body_gives_its_figures_to_that_body() -> None:
    text = (
        "Tỉnh Đoàn tổng kết công tác năm 2024\n"
        "Ngày 18/12/2024, Ban Thường vụ Tỉnh Đoàn tổ chức hội nghị tổng kết công tác Đoàn. "
        "Trong năm, toàn tỉnh đã kết nạp 5.400 đoàn viên mới. "
        "Dịp này, LĐLĐ tỉnh trao tặng 40 suất quà cho công nhân trẻ."
    )
    observations, _ = extract("t", text, "2024")
    assert [(o.value, o.subgroup) for o in observations] == [(5_400, "other_org"), (40, None)]


def test_an_agencys_conference_its_union_holds_keeps_the_unions_figures() -> None:
    """Probe 9bz: the agency heads the item and its date line stands first; the lead names its
    union as co-organiser, so the agency's staff and pay are the union's own population."""
    text = (
        "Sở Tài chính: Tiết kiệm chi, tăng thu nhập cho công chức\nLĐO | 20/01/2022 09:45\n\n"
        "Sáng 19.1, Sở Tài chính phối hợp với Công đoàn cơ sở Sở Tài chính tổ chức Hội nghị cán "
        "bộ, công chức năm 2022. Sở hiện có 82 cán bộ, công chức, trong đó 78 người là đoàn viên."
    )
    observations, _ = extract("t", text, "2021", org_level="grassroots")
    assert [(o.value, o.subgroup) for o in observations] == [(82, None), (78, None)]


def test_an_agencys_conference_a_union_only_attends_stays_the_agencys() -> None:
    """Hostile round 81: a union named in the lead as a guest is no co-author."""
    text = (
        "Sở Giáo dục và Đào tạo tổ chức Hội nghị cán bộ, công chức năm 2023\nGD&TĐ | 10/03/2023 "
        "08:00\n\nSáng 9.3, Sở Giáo dục và Đào tạo tổ chức Hội nghị năm 2023 với sự tham dự của "
        "đại diện Công đoàn ngành Giáo dục. Sở hiện có 118 cán bộ, công chức."
    )
    observations, _ = extract("t", text, "2023", org_level="sector_provincial")
    assert [(o.value, o.subgroup) for o in observations] == [(118, "other_org")]


def test_an_agencys_conference_a_unions_representative_cochairs_is_the_unions() -> None:
    """Hostile round 83: `đại diện Công đoàn ngành ... đồng chủ trì` is a co-organiser."""
    text = (
        "Sở Giáo dục và Đào tạo tổ chức Hội nghị cán bộ, công chức năm 2024\nBáo Bình Định | "
        "10/03/2024 08:00\n\nSáng 9/3, lãnh đạo Sở Giáo dục và Đào tạo và đại diện Công đoàn ngành "
        "Giáo dục đồng chủ trì Hội nghị. Năm 2023, 100% đơn vị tổ chức Hội nghị cán bộ, công chức."
    )
    observations, _ = extract("t", text, "2023", org_level="sector_provincial")
    assert [(o.value, o.subgroup) for o in observations] == [(100, None)]


def test_a_banks_staff_in_a_federations_report_is_the_banks() -> None:
    """Hostile round 82: `cán bộ, người lao động` now a workforce, a bank's is its own."""
    text = (
        "Năm 2023, LĐLĐ thành phố kết nạp 6.000 đoàn viên. Ngân hàng TMCP Công thương chi nhánh "
        "Đà Nẵng có 840 cán bộ, người lao động."
    )
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert [(o.value, o.subgroup) for o in observations] == [(6_000, None), (840, "other_org")]


def test_a_union_report_whose_lead_names_no_other_body_keeps_its_figures() -> None:
    text = (
        "LĐLĐ tỉnh tổng kết công tác năm 2024\n"
        "Ngày 18/12/2024, LĐLĐ tỉnh tổ chức hội nghị tổng kết. Trong năm, các cấp công đoàn "
        "đã kết nạp 5.400 đoàn viên mới."
    )
    observations, _ = extract("t", text, "2024")
    assert [(o.value, o.subgroup) for o in observations] == [(5_400, None)]


def test_the_reports_own_body_named_after_another_bodys_share_turns_the_sentence_back() -> None:
    text = (
        "Năm 2024, xây mới 4 nhà “Mái ấm Công đoàn” với tổng kinh phí 210 triệu đồng (LĐLĐ "
        "tỉnh hỗ trợ 130 triệu đồng, LĐLĐ huyện 80 triệu đồng)."
    )
    observations, _ = extract("t", text, "2024", org_level="district_federation")
    money = [(o.value, o.subgroup) for o in observations if o.unit == "VND"]
    assert money == [(210e6, None), (130e6, "other_org"), (80e6, None)]


def test_one_figure_in_two_clauses_of_a_list_is_two_items_even_a_one() -> None:
    text = (
        "Năm 2024, LĐLĐ huyện Mỹ Lộc thành lập mới 1 CĐCS, phát triển 215 đoàn viên; LĐLĐ "
        "huyện Ý Yên thành lập mới 1 CĐCS, phát triển 96 đoàn viên."
    )
    observations, _ = extract("t", text, "2024", org_level="provincial_federation")
    assert [o.value for o in observations if o.indicator == "new_grassroots_unions"] == [1, 1]


def test_bodies_acting_together_with_the_reports_own_level_act_for_the_report() -> None:
    text = (
        "Ngày 25/1/2024, LĐLĐ tỉnh, Công đoàn Viên chức tỉnh, LĐLĐ huyện Mỹ Hào đã đồng loạt "
        "tổ chức chương trình Tết sum vầy, tặng quà cho gần 3.200 đoàn viên khó khăn. "
        "Năm 2024, LĐLĐ huyện Văn Lâm kết nạp 480 đoàn viên."
    )
    observations, _ = extract("t", text, "2024", org_level="provincial_federation")
    assert [(o.value, o.subgroup) for o in observations] == [(3_200, None), (480, "other_org")]


def test_a_round_hedged_figure_right_after_the_exact_one_restates_it() -> None:
    text = (
        "Năm 2024, toàn ngành có 8.962 sáng kiến được công nhận. Giá trị làm lợi của gần 9.000 "
        "sáng kiến này ước hàng trăm tỷ đồng. Năm 2024, kết nạp 2.480 đoàn viên, trong quý IV "
        "thêm hơn 2.500 đoàn viên."
    )
    observations, _ = extract("t", text, "2024")
    assert [o.value for o in observations if o.indicator == "initiatives"] == [8_962]
    # (a round figure past the exact one, not on the hedge's side, is another figure)
    assert (2_500, "over") in [(o.value, o.qualifier) for o in observations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a worker named by where she works is no named person: the house's money is the union's
        ('Năm 2021, LĐLĐ huyện trao 01 nhà "Mái ấm Công đoàn" cho đoàn viên Trần Thị Mơ, công '
         "nhân Công ty TNHH Giày Phú An, với số tiền hỗ trợ 45 triệu đồng.",
         [("union_shelter_houses", 1), ("union_shelter_value", 45e6)]),
        ("Năm 2021, LĐLĐ huyện trao 01 nhà Mái ấm Công đoàn cho chị Hà, giáo viên Trường Mầm non "
         "Hòa Bình, với số tiền hỗ trợ 50 triệu đồng.",
         [("union_shelter_houses", 1), ("union_shelter_value", 50e6)]),
        # nor is an abbreviation after it
        ("Năm 2021, Chợ Tết tại nhà văn hóa công nhân KCN Hòa Phú trao 600 suất quà cho công "
         "nhân.", [("gifts", 600)]),
        # a worker named by his name is
        ("Năm 2021, công nhân Nguyễn Văn Tài có 3 sáng kiến, làm lợi 90 triệu đồng.", []),
        # workers taken home for Tết by the union's coaches
        ("Năm 2021, 15 xe khách đưa 640 CNLĐ đang làm việc tại 30 doanh nghiệp về các tỉnh miền "
         "Trung.", [("welfare_beneficiaries", 640)]),
    ],
)  # fmt: skip
def test_a_workplace_after_a_person_word_names_no_person(text: str, expected: list) -> None:
    observations, _ = extract("t", text, "2021", org_level="district_federation")
    assert [(o.indicator, o.value) for o in observations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an employer named as the doer: its own spending and gifts
        ("Năm 2022, Công ty CP Thép Hòa An đã tổ chức khám sức khỏe cho 860 công nhân và chi gần "
         "1,2 tỷ đồng.", {("welfare_beneficiaries", "other_org"), ("welfare_value", "other_org")}),
        ("Năm 2022, LĐLĐ huyện trao 120 suất quà. Nhân dịp này, Công ty TNHH Dệt Phú Thành trao "
         "tặng 45 suất quà.", {("gifts", None), ("gifts", "other_org")}),
        # ... not with a union body before the figure, nor its workforce, nor a place named first
        ("Năm 2022, Công ty TNHH Dệt Phú Thành phối hợp với Công đoàn cơ sở trao 45 suất quà.",
         {("gifts", None)}),
        # (its workforce too, in a federation's report: that firm's, as the README labels another
        # body's facts; in its own union's report it is the union's, below)
        ("Năm 2022, Công ty TNHH Dệt Phú Thành có 640 công nhân lao động.", {("workers", "other_org")}),
        ("Tại Công ty TNHH Dệt Phú Thành, Công ty CP May Sơn Hà và Công ty TNHH Kim Long, đoàn "
         "đã trao 12 suất quà cho công nhân.", {("gifts", None)}),
    ],
)  # fmt: skip
def test_an_employer_named_as_the_doer_gives_its_own_figures(text: str, expected: set) -> None:
    observations, _ = extract("t", text, "2022", org_level="district_federation")
    assert {(o.indicator, o.subgroup) for o in observations} == expected


def test_what_the_federation_gave_a_firms_members_is_its_own() -> None:
    text = "Công ty TNHH Đông Hải có 120 đoàn viên được LĐLĐ tỉnh tặng quà Tết."
    observations, _ = extract("t", text, "2024", org_level="provincial_federation")
    assert {(o.indicator, o.subgroup) for o in observations} == {("welfare_beneficiaries", None)}


def test_a_campaigns_results_under_the_year_opening_their_sentence_are_that_years() -> None:
    text = (
        'Chiều 14/12, LĐLĐ tỉnh phát động chương trình "Tết Sum vầy - Xuân gắn kết" năm 2025. '
        "Năm 2024, chương trình Tết Sum vầy đã trao 3.500 suất quà cho đoàn viên."
    )
    observations, _ = extract("t", text, "2024", published=dt.date(2024, 12, 15))
    assert [(o.indicator, o.period) for o in observations] == [("gifts", "2024")]


def test_a_digests_item_headed_by_another_body_is_that_bodys() -> None:
    """`LĐLĐ huyện Hải Lăng: Ngày 15/01, ...` in a province's digest: that body's item (probe
    9bm); the province's own item, and a nameless label, are the report's."""
    text = (
        "LĐLĐ tỉnh Quảng Trị: Sáng 16/01, LĐLĐ tỉnh trao 450 suất quà.\n\n"
        "LĐLĐ huyện Hải Lăng: Ngày 15/01, LĐLĐ huyện tổng kết năm, đã kết nạp 186 đoàn viên.\n\n"
        "* CĐCS Công ty TNHH Cao su Quảng Trị: Chiều 18/01, công đoàn trao 35 suất quà.\n\n"
        "Công đoàn cơ sở: 120 CĐCS tổ chức Hội nghị người lao động."
    )
    observations, _ = extract(
        "t",
        text,
        "2019",
        org_level="provincial_federation",
        province="Quảng Trị",
        org="Liên đoàn Lao động tỉnh Quảng Trị",
    )
    assert {
        (o.value, o.subgroup) for o in observations if o.indicator != "worker_conference_rate"
    } == {
        (450, None),
        (186, "other_org"),
        (35, "other_org"),
    }


def test_the_firms_workforce_is_its_own_unions_to_count() -> None:
    text = "Năm 2022, Công ty TNHH Dệt Phú Thành có 640 công nhân lao động."
    observations, _ = extract("t", text, "2022", org_level="grassroots")
    assert {(o.indicator, o.subgroup) for o in observations} == {("workers", None)}


@pytest.mark.parametrize(
    "header", ["So với năm 2023", "So với 2023", "Chênh lệch với 2023", "Tăng so với 2023"]
)
def test_a_column_compared_with_a_year_is_a_change_not_that_years_level(header: str) -> None:
    """`| Tổng số đoàn viên | 98.400 | 150 |` under `Năm 2024 | So với năm 2023`: 150 is the
    change on 2023 (hostile round 38: it was published as 2023's members)."""
    table = f"| Chỉ tiêu | Năm 2024 | {header} |\n| Tổng số đoàn viên | 98.400 | 150 |"
    observations, _ = extract("t", "Kết quả năm 2024:\n" + table + "\n", "2024")
    assert [(o.indicator, o.value, o.period) for o in observations] == [("members", 98_400, "2024")]


def test_a_breakdown_named_as_a_rates_subject_after_the_figure_is_not_its() -> None:
    """`... 2.870 người là đoàn viên, lao động nữ chiếm 64%`: the women are the rate's
    subject, not a part the figure counts (probe 9n: the members were published as women)."""
    text = "Công ty có 3.100 lao động, trong đó 2.870 người là đoàn viên, lao động nữ chiếm 64%."
    observations, _ = extract("t", text, "2024")
    assert [(o.indicator, o.value, o.subgroup) for o in observations] == [
        ("workers", 3100, None),
        ("members", 2870, None),
    ]
    text = "Công ty có 3.100 lao động, trong đó 2.870 người là đoàn viên, lao động nữ 1.950 người."
    observations, _ = extract("t", text, "2024")
    assert ("members", 2870, None) in [(o.indicator, o.value, o.subgroup) for o in observations]
    # ... past `trong đó` or a bracket too (hostile round 40)
    for text in (
        "Tổng số CNVCLĐ là 15.200 người trong đó lao động nữ chiếm 64%.",
        "Tổng số CNVCLĐ 15.200 người (lao động nữ chiếm 64%).",
    ):
        observations, _ = extract("t", text, "2024")
        assert [(o.value, o.subgroup) for o in observations] == [(15200, None)]
    # ... though the figure's own breakdown keeps it, a rate or an amount after it (hostile
    # round 39: `1.520 đoàn viên nữ đạt 115% kế hoạch` lost `female`)
    for text in (
        "Kết nạp 1.520 đoàn viên nữ đạt 115% kế hoạch.",
        "Tổ chức khám sức khỏe cho 640 lao động nữ 2 lần/năm.",
    ):
        observations, _ = extract("t", text, "2024")
        assert [o.subgroup for o in observations] == ["female"]


@pytest.mark.parametrize(
    ("header", "total"),
    [
        ("Đơn vị | Kết nạp đoàn viên", "Tổng cộng | 1.798"),
        # the plan and the share beside it, the time in the column's own words
        (
            "Đơn vị | Chỉ tiêu năm 2024 | Kết nạp 6 tháng | Đạt (%)",
            "Tổng cộng | 3.100 | 1.798 | 58,0",
        ),
    ],
    ids=["one_column", "plan_result_share"],
)
def test_one_column_naming_its_indicator_over_units_gives_their_total(header, total) -> None:
    """A table of units under a header that names the indicator once, closed by its total
    (probe 9n: nothing was read, not even the total); the units' rows are its parts."""
    rows = ["LĐLĐ TP. Tân An | 412", "LĐLĐ huyện Đức Hòa | 1.386"]
    if "Chỉ tiêu" in header:
        rows = ["LĐLĐ TP. Tân An | 600 | 412 | 68,7", "LĐLĐ huyện Đức Hòa | 2.500 | 1.386 | 55,4"]
    text = "\n".join(["Kết quả phát triển đoàn viên:", header, *rows, total]) + "\n"
    observations, _ = extract("t", text, "2024-H1")
    target = 3100 if "Chỉ tiêu" in header else None
    assert [(o.indicator, o.value, o.target) for o in observations] == [
        ("new_members", 1798, target)
    ]
    # without a total row the one column stays unread: its rows are units, not the report's
    observations, _ = extract("t", "\n".join(["Kết quả:", header, *rows]) + "\n", "2024-H1")
    assert observations == []
    # ... and a stock's column (who got loans, who ran a race), or rows of years (hostile 39)
    for table in (
        "Đơn vị | Số đoàn viên\nLĐLĐ TP. Tân An | 412\nLĐLĐ huyện Đức Hòa | 1.386\nTổng cộng | 1.798",
        "Năm | Kết nạp đoàn viên\n2022 | 412\n2023 | 1.386\nTổng cộng | 1.798",
        "Thời gian | Kết nạp đoàn viên\nQuý I | 412\nQuý II | 1.386\nCộng | 1.798",
    ):
        observations, _ = extract("t", "Số đoàn viên được vay vốn:\n" + table + "\n", "2024")
        assert observations == []


@pytest.mark.parametrize(
    ("sentence", "subgroup"),
    [
        # a guest's province heading its clause: its figures (probe 9l)
        (
            "Đại diện LĐLĐ tỉnh Trà Vinh chia sẻ: năm 2024, Trà Vinh kết nạp 2.140 đoàn viên.",
            "other_org",
        ),
        ("Năm 2024, tỉnh Trà Vinh kết nạp 2.140 đoàn viên.", "other_org"),
        # ... not a place the report's body acts in, nor whom it names, nor its own province
        ("LĐLĐ thành phố trao quà tại tỉnh Trà Vinh cho 2.140 công nhân.", None),
        # (war invalids given gifts are the public: probe 9et)
        ("LĐLĐ thành phố thăm, tặng quà thương binh tỉnh Trà Vinh 2 triệu đồng.", "public_relief"),
        ("Năm 2024, thành phố Cần Thơ kết nạp 2.140 đoàn viên.", None),
        (
            "Xây 3 nhà cho đoàn viên tại quê (Trà Vinh, Sóc Trăng) với tổng kinh phí 150 triệu đồng.",
            None,
        ),
    ],
)
def test_another_province_heading_the_figures_clause_is_another_bodys(
    sentence: str, subgroup: str | None
) -> None:
    observations, _ = extract(
        "t", sentence, "2024", org_level="provincial_federation", province="Cần Thơ"
    )
    assert [o.subgroup for o in observations][-1:] == [subgroup]


@pytest.mark.parametrize(
    ("sentence", "subgroup"),
    [
        # a member corporation's union, ranked alike: its figures (probe 9o)
        ("Năm 2023, Công đoàn Tổng công ty Điện lực miền Trung có 318 sáng kiến.", "other_org"),
        ("Riêng Công đoàn Tập đoàn Hóa chất Việt Nam có 215 sáng kiến.", "other_org"),
        # ... not its rank alone: the union speaking of itself (probe 9bl)
        ("Năm 2023, Công đoàn Tập đoàn đã trao 15.240 suất quà.", None),
        ("Năm 2023, Công đoàn Tổng công ty có 120 CĐCS.", None),
        # the union by its trade, as it speaks of itself: its own; a province's is not
        ("Năm 2023, các cấp công đoàn ngành Điện lực đã trao 9.120 suất quà.", None),
        ("Năm 2023, Công đoàn ngành Điện lực tỉnh Nghệ An đã trao 460 suất quà.", "other_org"),
    ],
)
def test_a_national_sector_unions_members_and_itself(sentence: str, subgroup: str | None) -> None:
    observations, _ = extract(
        "t", sentence, "2023", org_level="national_sector", org="Công đoàn Điện lực Việt Nam"
    )
    assert [o.subgroup for o in observations][:1] == [subgroup]


def test_members_helped_before_a_gift_to_the_public_are_no_public_relief() -> None:
    """`hỗ trợ ... đoàn viên ... và 210 tỷ đồng cứu trợ đồng bào`: the members were helped with
    the first figures; the public with the last only (probe 9o: all three were relief)."""
    text = (
        "Năm 2021, các cấp công đoàn đã chi 1.560 tỷ đồng hỗ trợ cho gần 1,3 triệu lượt đoàn "
        "viên gặp khó khăn do dịch Covid-19 và 210 tỷ đồng cứu trợ đồng bào miền Trung."
    )
    observations, _ = extract("t", text, "2021", org_level="national")
    assert [(o.value, o.subgroup) for o in observations] == [
        (1.56e12, None),
        (1.3e6, None),
        (2.1e11, "public_relief"),
    ]


def test_a_district_named_like_another_province_is_the_reports_own() -> None:
    """... though `tỉnh Quảng Ninh` is the province (hostile round 42)."""
    observations, _ = extract(
        "t",
        "Năm 2024, tỉnh Quảng Ninh kết nạp 12.500 đoàn viên.",
        "2024",
        org_level="provincial_federation",
        province="Quảng Bình",
    )
    assert [o.subgroup for o in observations] == ["other_org"]


def test_a_district_named_like_another_province_is_the_reports_own_district() -> None:
    """`huyện Quảng Ninh` of Quảng Bình heading its clause in Quảng Bình's report is one of its
    districts, not the province of Quảng Ninh (hostile round 41)."""
    observations, _ = extract(
        "t",
        "Năm 2024, Quảng Ninh kết nạp 412 đoàn viên.",
        "2024",
        org_level="provincial_federation",
        province="Quảng Bình",
    )
    assert [o.subgroup for o in observations] == [None]


def test_the_province_opening_a_sentence_in_a_districts_report_is_another_body() -> None:
    """`Toàn tỉnh năm nay kết nạp được 21.640 đoàn viên` in a district federation's report:
    the province's figure; the district's own, and one where a union body comes between the
    scope and the figure, stand."""
    text = (
        "Năm 2023, LĐLĐ huyện kết nạp 820 đoàn viên. Toàn tỉnh năm nay kết nạp được 21.640 "
        "đoàn viên. Toàn tỉnh, LĐLĐ huyện có 120 CĐCS. Toàn tỉnh có 2.314 CĐCS, huyện có 186 "
        "CĐCS."
    )
    observations, _ = extract("t", text, "2023", org_level="district_federation")
    assert [(o.value, o.subgroup) for o in observations] == [
        (820, None),
        (21640, "other_org"),
        (120, None),
        (2314, None),  # (the sentence goes on to the district's own: left to the reader)
        (186, None),
    ]


def test_in_the_year_opening_a_paragraph_is_the_year_the_one_before_opened_on() -> None:
    """`Trong năm, ...` opening a paragraph after one that opened on `Năm 2020, ...`: the year
    told of; a paragraph that opens otherwise is the report's."""
    text = (
        "Công ty có 46 tổ công đoàn. Năm 2020, thu nhập bình quân của người lao động đạt 8,2 "
        "triệu đồng/người/tháng.\n\n"
        "Trong năm, Công đoàn công ty đã kết nạp 364 đoàn viên mới. Phong trào thi đua có 57 "
        "sáng kiến.\n"
        "Công đoàn đã trao 200 suất quà."
    )
    observations, _ = extract("t", text, "2021", org_level="grassroots")
    assert [(o.value, o.period) for o in observations] == [
        (8_200_000, "2020"),
        (364, "2020"),
        (57, "2020"),
        (200, "2021"),
    ]


@pytest.mark.parametrize(
    ("before", "period"),
    [
        ("Năm 2022, LĐLĐ tỉnh thành lập 40 CĐCS.\n\n", "2022"),
        # the paragraph before went on to the report's year, or past the year it opened on
        ("Năm 2020, LĐLĐ tỉnh thành lập 40 CĐCS. Năm 2023, LĐLĐ tỉnh thành lập 52 CĐCS.\n", "2023"),
        ("Năm 2020, tỉnh có 40 CĐCS; đến năm 2023 đã tăng lên 65 CĐCS.\n", "2023"),
        # ... or it told a story's start and came to now
        (
            "Năm 2019, Công đoàn được thành lập với 45 đoàn viên. Đến nay có 1.260 đoàn viên.\n",
            "2023",
        ),
        ("Năm 2022, LĐLĐ tỉnh kết nạp 850 đoàn viên. Năm nay, Ban Thường vụ đổi mới.\n", "2023"),
    ],
)
def test_in_the_year_takes_the_year_the_paragraph_before_left_off_at(
    before: str, period: str
) -> None:
    text = before + "Trong năm, LĐLĐ tỉnh trao 2.000 suất quà."
    observations, _ = extract("t", text, "2023", org_level="provincial_federation")
    assert [o.period for o in observations if o.value == 2000] == [period]


def test_in_the_year_after_a_paragraph_on_the_reports_year_is_the_reports() -> None:
    """The paragraph before told of the report's year (`Năm qua, ...`) and compared an earlier
    one last (`Năm 2020, ...`): `Trong năm` is still the report's."""
    text = (
        "Năm qua, LĐLĐ thành phố thành lập 4 CĐCS. Năm 2020, LĐLĐ thành phố thành lập 6 CĐCS.\n"
        "Trong năm, LĐLĐ thành phố trao 260 phần quà."
    )
    observations, _ = extract("t", text, "2021", org_level="district_federation")
    assert [o.period for o in observations if o.value == 260] == ["2021"]


def _processed(text: str):
    """The whole pipeline on a plain-text report: metadata, then extraction with it."""
    from unionstats.ingest import RawReport
    from unionstats.processing import process

    return process(RawReport("t", "t.txt", text, "utf-8", False, "", len(text.encode())))


def test_the_short_name_a_text_gives_its_union_after_a_type_is_its_own() -> None:
    """`Công đoàn NBB` after `Công đoàn Ngân hàng TMCP Phương Bắc (NBB)`: the report's union,
    whose figures are its own, not a lower body's (probe 9dn)."""
    text = (
        "Công đoàn Ngân hàng TMCP Phương Bắc: Nhiều dấu ấn trong 6 tháng đầu năm 2024\n"
        "Thứ Sáu, 19/07/2024 | 08:30\nNgày 18/7/2024, Ban Chấp hành Công đoàn Ngân hàng TMCP "
        "Phương Bắc (NBB) tổ chức Hội nghị sơ kết.\nCông đoàn NBB hiện có 124 CĐCS với 11.702 "
        "đoàn viên.\n"
    )
    done = _processed(text)
    assert done.meta.org_level == "national_sector"
    assert [(o.indicator, o.value, o.subgroup) for o in done.observations] == [
        ("grassroots_unions", 124, None),
        ("members", 11702, None),
    ]


@pytest.mark.parametrize(
    "union", ["Công đoàn nhà máy", "Ban chấp hành Công đoàn", "Ban Thường vụ Công đoàn nhà máy"]
)
def test_a_union_opening_the_next_clause_ends_another_bodys_figures(union: str) -> None:
    """`Nhà máy đã tặng 100 phần quà, Công đoàn nhà máy trao thêm 50 suất quà`: the firm's
    gifts, then the union's own (hostile rounds 100, 101)."""
    observations, _ = extract(
        "t",
        f"Năm 2024, nhà máy đã tặng 100 phần quà, {union} trao thêm 50 suất quà cho đoàn viên.",
        "2024",
        org_level="provincial_federation",
    )
    assert [(o.value, o.subgroup) for o in observations] == [(100, "other_org"), (50, None)]


def test_bodies_counted_in_a_blocs_make_up_are_no_doers() -> None:
    """`Khối hiện gồm 9 Công đoàn Tổng công ty với tổng số 142.850 đoàn viên`: the bloc's own
    totals, its member bodies counted before them (probe 9ea); a member named as the doer of
    its own figure is still another body."""
    text = (
        "Khối thi đua các Công đoàn Tổng công ty trực thuộc Tổng Liên đoàn sơ kết 6 tháng đầu "
        "năm 2024\n15/07/2024\nKhối hiện gồm 9 Công đoàn Tổng công ty với tổng số 142.850 đoàn "
        "viên, sinh hoạt tại 318 CĐCS. Riêng Công đoàn Tổng công ty Hàng hải kết nạp 512 đoàn "
        "viên.\n"
    )
    done = _processed(text)
    assert done.meta.org_level == "bloc"
    assert [(o.value, o.subgroup) for o in done.observations] == [
        (142850, None),
        (318, None),
        (512, "other_org"),
    ]


@pytest.mark.parametrize(
    ("lead", "period"),
    [
        # a line closed by a colon naming a part of the year dates the items under it (probe
        # 9ec) ...
        ("LĐLĐ huyện thông tin kết quả hoạt động công đoàn 6 tháng đầu năm 2024:", "2024-H1"),
        # ... not one naming none
        ("LĐLĐ huyện thông tin một số kết quả hoạt động công đoàn:", "2024"),
        # ... nor one comparing with the part, nor a list of plans (hostile round 102)
        ("Kết quả cả năm (tăng mạnh so với 6 tháng đầu năm 2024):", "2024"),
        ("Nhiệm vụ 6 tháng cuối năm 2024:", "2024"),
    ],
)
def test_a_part_of_the_year_over_a_list_dates_its_items(lead: str, period: str) -> None:
    text = (
        "Hội thao công nhân huyện Nghi Lộc năm 2024\n15/07/2024\nNgày 14/7, LĐLĐ huyện tổ chức "
        f"chung kết giải bóng chuyền. {lead}\n- Phát triển mới 210 đoàn viên.\n- Thăm hỏi 418 "
        "lượt đoàn viên ốm đau.\nGiải đấu khép lại trong không khí vui tươi.\n"
    )
    done = _processed(text)
    assert [(o.value, o.period) for o in done.observations] == [(210, period), (418, period)]


def test_a_span_closed_years_before_a_feature_is_its_background() -> None:
    """`giai đoạn 2021 - 2023, TP chỉ hoàn thành 4 dự án` in a feature of June 2024: the city's
    past, not the item's period; the Tết of 2024 told after it is no plan (probe 9eg)."""
    text = (
        "Đà Nẵng: Công nhân chờ nhà ở xã hội\n10/06/2024 06:00\n\n"
        "Sau hơn 5 năm thuê trọ, giấc mơ có một căn hộ của chị Mai vẫn còn xa. Chị nộp hồ sơ "
        "mua nhà từ lâu. Đến giờ vẫn chưa đến lượt. Chị vẫn chờ.\n\nTheo LĐLĐ TP Đà Nẵng, có 8.640 đoàn viên có nhu cầu thuê hoặc mua nhà ở xã hội. Trong "
        "khi đó, giai đoạn 2021 - 2023, TP chỉ hoàn thành 4 dự án nhà ở xã hội.\n\n"
        "Chương trình “Tết Sum vầy” năm 2024, các cấp công đoàn TP chăm lo cho 52.300 đoàn viên, "
        "người lao động với tổng kinh phí khoảng 26,4 tỷ đồng.\n"
    )
    result = _processed(text)
    assert result.meta.period == "2024"
    assert [(o.indicator, o.period) for o in result.observations] == [
        ("welfare_beneficiaries", "2024"), ("welfare_value", "2024")
    ]  # fmt: skip
    # ... the union's own span is the feature's (hostile round 105)
    own = text.split("Theo LĐLĐ")[0] + (
        "Từ năm 2021 đến năm 2023, LĐLĐ thành phố đã thăm hỏi, hỗ trợ 15.200 lượt đoàn viên.\n"
    )
    assert _processed(own).meta.period == "2021-2023"
    # ... however its figures are written (a thousands dot is no sentence's end)
    own = text.split("Theo LĐLĐ")[0] + (
        "Giai đoạn 2021 - 2023, toàn thành phố đã kết nạp 15.200 đoàn viên công đoàn.\n"
    )
    assert _processed(own).meta.period == "2021-2023"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Kết nạp đoàn viên mới: 1.800 / 2.202 / 122,3%", ("new_members", 2_202, 1_800)),
        ("Thành lập CĐCS mới: 10 / 14 / 140%", ("new_grassroots_unions", 14, 10)),
        ("Giới thiệu đoàn viên ưu tú cho Đảng: 60 / 71 / 118,3%", ("party_referrals", 71, 60)),
        # the result first, its rate over the plan after: as written
        ("Kết nạp đoàn viên mới: 2.202 / 1.800 / 122,3%", ("new_members", 2_202, 1_800)),
        # a workforce, its members and their share: no plan over its result (hostile round 106)
        ("Tổng số CNVCLĐ/đoàn viên/tỷ lệ: 4.076/3.611/88,6%", ("workers", 4_076, 3_611)),
    ],
)
def test_a_plan_its_result_and_their_rate_in_a_row(line: str, expected: tuple) -> None:
    """`kế hoạch / thực hiện / tỷ lệ` items (probe 9ed): the rate tells which figure is the
    result; a three-part row with a rate after is no date."""
    observations, _ = extract("t", f"Một số chỉ tiêu chủ yếu năm 2023:\n1. {line}", "2023")
    assert [(o.indicator, o.value, o.target) for o in observations] == [expected]


def test_a_bracket_of_last_years_figure_may_exceed_this_years() -> None:
    """`Kết nạp 300 đoàn viên (năm 2022: 350)`: the bracket is the whole of another period, not
    a part of the figure before it, so it may be the larger (probe 9es); the figure before
    keeps the report's year."""
    observations, _ = extract("t", "Kết nạp 300 đoàn viên (năm 2022: 350).", "2023")
    assert [(o.indicator, o.value, o.period) for o in observations] == [
        ("new_members", 300, "2023"), ("new_members", 350, "2022")
    ]  # fmt: skip
    # ... only a bracket naming no other figure (hostile round 109)
    observations, _ = extract(
        "t", "Kết nạp 3.000 đoàn viên (số đoàn viên năm 2022: 95.000).", "2023"
    )
    assert [(o.indicator, o.value) for o in observations] == [
        ("new_members", 3_000), ("members", 95_000)
    ]  # fmt: skip


def test_a_speakers_turn_in_an_interview_gives_the_bodys_figures() -> None:
    """`- Chị Đỗ Thị Nga: Công ty có ...`: a name and a colon open an answer, not a worker's own
    story (probe 9ez); a name before a bare figure is still one person's (`Anh A: 4 sáng kiến`),
    and so is what one says of herself (`Chị Lan: Tôi có 3 sáng kiến`)."""
    got = _processed(
        "Công đoàn Công ty May Hòa Bình: Đối thoại để thấu hiểu\n12/02/2023\n\n"
        "* Thưa chị, năm 2022 Công đoàn đã làm được những gì?\n"
        "- Chị Đỗ Thị Nga: Công ty có hơn 4.800 lao động, trong đó 4.652 "
        "đoàn viên.\n- Anh Nguyễn Văn Hùng: 4 sáng kiến, làm lợi 120 triệu đồng.\n"
        "- Chị Lan: Tôi có 3 sáng kiến.\n"
        # (hostile round 111: the person's own figures after a lower-case word or a title)
        "- Anh Trần Văn Bình (thợ cơ khí): đạt 4 sáng kiến, làm lợi 120 triệu đồng.\n"
        "- Anh Đinh Văn Khoa: Chiến sĩ thi đua cơ sở, có 5 sáng kiến làm lợi 300 triệu đồng.\n"
        "- Kỹ sư Trần Minh Quân: Với 7 giải pháp kỹ thuật, anh đã làm lợi gần 2 tỷ đồng.\n"
    )
    assert {(o.indicator, o.value) for o in got.observations} == {
        ("workers", 4_800),
        ("members", 4_652),
    }


def test_soldiers_fishermen_pupils_and_honoured_families_helped_are_the_public() -> None:
    """Gifts to soldiers, fishermen, pupils or the families of war invalids and martyrs are
    relief to the public (probes 9et, 9eu), `cán bộ` inside `cán bộ, chiến sĩ` included; to
    members who are war invalids they are the union's care."""
    got = _processed(
        "Năm 2023, đoàn đã trao 120 phần quà cho cán bộ, chiến sĩ trên đảo. LĐLĐ tỉnh tặng 1.126 "
        "suất quà cho thương binh, bệnh binh, thân nhân liệt sĩ trên địa bàn. Công đoàn tặng 45 "
        "suất quà cho đoàn viên là thương binh, con liệt sĩ. Trao 200 suất quà cho ngư dân.\n"
        # (hostile round 111: the union's own who are war invalids, an occasion's name, an honour)
        "Công đoàn ngành tặng 150 suất quà cho nhà giáo là thương binh, bệnh binh. Nhân kỷ niệm "
        "Ngày Thương binh - Liệt sĩ, các cấp công đoàn tặng 65 suất quà cho CBCNV. Công đoàn tặng "
        "quà 25 Chiến sĩ thi đua cơ sở.\n"
        # (hostile round 112: the public named after `là`, pupils praised for their studies)
        "Đối tượng nhận quà là ngư dân các xã ven biển, LĐLĐ trao 300 suất quà. Công đoàn tặng 90 "
        "suất quà cho các em học sinh thi đua học tốt.\n"
    )
    assert {(o.value, o.subgroup) for o in got.observations if o.indicator == "gifts"} == {
        (120, "public_relief"),
        (1_126, "public_relief"),
        (45, None),
        (200, "public_relief"),
        (150, None),
        (65, None),
        (300, "public_relief"),
        (90, "public_relief"),
    }


def test_an_anniversary_feature_covers_its_years_and_a_paragraphs_year_holds() -> None:
    """`LĐLĐ tỉnh ...: 30 năm một chặng đường` opening on the day it was refounded: the feature
    covers the thirty years to its date, not the founding's year (whose later figures then read
    as plans); a paragraph opening on `Năm 2021 là năm ...` dates its next sentences; a count
    `khi thành lập năm 1961` is of that year (probe 9ev)."""
    got = _processed(
        "LĐLĐ tỉnh Trà Vinh: 30 năm một chặng đường\nCập nhật: 12/05/2022\n\n"
        "Ngày 6/5/1992, Liên đoàn Lao động tỉnh Trà Vinh chính thức được tái lập. Ba mươi năm "
        "qua, Công đoàn tỉnh đã từng bước lớn mạnh.\n\n"
        "Năm 2021 là năm đặc biệt khó khăn do đại dịch COVID-19. Các cấp công đoàn trong tỉnh đã "
        "hỗ trợ 28.560 lượt đoàn viên với số tiền hơn 15,8 tỷ đồng.\n\n"
        "Khi thành lập năm 1992, Công đoàn tỉnh Trà Vinh chỉ có 186 công đoàn cơ sở. Tính đến "
        "cuối năm 2021, "
        "LĐLĐ tỉnh có 721 CĐCS với 52.674 đoàn viên.\n"
    )
    assert got.meta.period == "1992-2022"
    assert {(o.indicator, o.value, o.period) for o in got.observations} == {
        ("welfare_beneficiaries", 28_560, "2021"),
        ("welfare_value", 15_800_000_000, "2021"),
        ("grassroots_unions", 186, "1992"),
        ("grassroots_unions", 721, "2021"),
        ("members", 52_674, "2021"),
    }


def test_the_items_of_a_detail_list_under_a_total_are_its_parts() -> None:
    """`... tổng trị giá 3 tỷ 120 triệu đồng. Cụ thể:` over `- LĐLĐ tỉnh trực tiếp trao 1.100
    suất, trị giá 880 triệu đồng;` lines: the items' money is the total's parts (probe 9eu)."""
    got = _processed(
        "LĐLĐ tỉnh Lạng Sơn chăm lo Tết Giáp Thìn 2024\n06/02/2024\n\n"
        "Dịp Tết Giáp Thìn 2024, các cấp công đoàn đã trao 6.482 suất quà cho đoàn viên với tổng "
        "trị giá 3 tỷ 120 triệu đồng. Cụ thể:\n"
        "- LĐLĐ tỉnh trực tiếp trao 1.100 suất, trị giá 880 triệu đồng;\n"
        "- Các LĐLĐ huyện trao 2.315 suất, trị giá 1,16 tỷ đồng;\n"
        "- Các CĐCS trao 3.067 suất, trị giá 1,08 tỷ đồng.\n"
    )
    money = {(o.value, "part" in o.flags) for o in got.observations if o.indicator == "gift_value"}
    assert money == {
        (3_120_000_000, False),
        (880_000_000, True),
        (1_160_000_000, True),
        (1_080_000_000, True),
    }


def test_those_given_to_before_money_for_the_public_are_the_figures_own() -> None:
    """`trao 280 phần quà Tết cho đoàn viên và tặng 30 triệu đồng hỗ trợ các đồn`: the members
    are the gifts' recipients, not givers of the public's money (probe 9eu); the money for the
    border posts is the public's."""
    got = _processed(
        "Năm 2024, LĐLĐ tỉnh trao 280 phần quà Tết cho đoàn viên và tặng 30 triệu đồng hỗ trợ các "
        "đồn biên phòng.\n"
    )
    assert {(o.indicator, o.subgroup) for o in got.observations} == {
        ("gifts", None),
        ("welfare_value", "public_relief"),
    }


def test_the_figure_again_over_its_plan_in_brackets_gives_its_target() -> None:
    """`1.856 đoàn viên (đạt 1.856/3.500, bằng 53% kế hoạch năm)`: the figure restated over its
    plan, no part of it; the plan is its target (probe 9ew), as with a noun after the pair."""
    observations, _ = extract(
        "t", "Kết nạp mới: 1.856 đoàn viên (đạt 1.856/3.500, bằng 53% kế hoạch năm).", "2024"
    )
    assert [(o.indicator, o.value, o.target) for o in observations] == [
        ("new_members", 1_856, 3_500)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LĐLĐ tỉnh Nghệ An\nNăm 2023, Công đoàn gồm 1.250 đoàn viên.",
            {("members", 1_250, "2023", None)},
        ),
        (
            "LĐLĐ tỉnh Nghệ An\nNăm 2023, LĐLĐ tỉnh đã ủng hộ 500 triệu đồng vào Quỹ Vì người nghèo "
            "của tỉnh.",
            {("welfare_value", 500_000_000, "2023", "public_relief")},
        ),
        (
            "LĐLĐ tỉnh Nghệ An\nNăm 2023, các công đoàn cơ sở còn lại chi 300 triệu đồng hỗ trợ đoàn "
            "viên.",
            {("welfare_value", 300_000_000, "2023", None)},
        ),
        (
            "LĐLĐ tỉnh Nghệ An\nNăm 2023, LĐLĐ tỉnh đã thăm hỏi 1.200 lượt đoàn viên có hoàn cảnh khó "
            "khăn, ốm đau cần được quan tâm, giúp đỡ.",
            {("welfare_beneficiaries", 1_200, "2023", None)},
        ),
        (
            "Công đoàn Hải Phòng thăm đảo\nNgày 5/2/2024, Công đoàn trao quà Tết cho 280 đoàn viên và "
            "tặng 30 triệu đồng hỗ trợ các đồn biên phòng.",
            {
                ("welfare_beneficiaries", 280, "2024", None),
                ("welfare_value", 30_000_000, "2024", "public_relief"),
            },
        ),
        (
            "LĐLĐ tỉnh Nghệ An\nRiêng năm 2021, 2022, khi dịch bùng phát, LĐLĐ tỉnh đã hỗ trợ 5.000 "
            "đoàn viên.",
            {("welfare_beneficiaries", 5_000, "2021-2022", None)},
        ),
        (
            "BÁO CÁO TỔNG KẾT NHIỆM KỲ 2018 - 2023 CỦA LĐLĐ TỈNH NGHỆ AN\nTrong nhiệm kỳ, toàn tỉnh "
            "kết nạp 25.000 đoàn viên.\nNăm 2017, trước nhiệm kỳ, LĐLĐ tỉnh kết nạp 3.000 đoàn viên. "
            "Các cấp công đoàn thăm hỏi 637 lượt đoàn viên ốm đau.",
            {
                ("new_members", 25_000, "2018-2023", None),
                ("new_members", 3_000, "2017", None),
                ("welfare_beneficiaries", 637, "2017", None),
            },
        ),
        (
            "LĐLĐ tỉnh Nghệ An thu hút\n15/05/2024\nNhờ thu hút đầu tư năm qua, LĐLĐ tỉnh kết nạp 5.200 "
            "đoàn viên.",
            {("new_members", 5_200, "2023-2024", None)},
        ),
        (
            "LĐLĐ tỉnh Nghệ An\nNăm 2023, Công đoàn tổ chức Bữa cơm Công đoàn với 500 suất ăn, trị giá "
            "50 triệu đồng cho đoàn viên.",
            {("welfare_value", 50_000_000, "2023", None)},
        ),
        # hostile round 113: a compared year then this one; the union's joint checks; money the
        # union gave to a family; the union's help to poor patients; a survey by ballots
        (
            "LĐLĐ tỉnh\nSo với cùng kỳ năm 2022, năm 2023 số đoàn viên kết nạp mới đạt 4.300 người.",
            {("new_members", 4_300, "2023", None)},
        ),
        (
            "LĐLĐ tỉnh\nNăm 2023, Liên đoàn Lao động tỉnh cùng Sở LĐ-TB&XH thanh tra, kiểm tra 48 "
            "doanh nghiệp. LĐLĐ tỉnh đã ủng hộ 50 triệu đồng đến gia đình đoàn viên bị hỏa hoạn.",
            {("supervisions", 48, "2023", None), ("welfare_value", 50_000_000, "2023", None)},
        ),
        (
            "LĐLĐ tỉnh\nNăm 2023, kết quả khảo sát qua phiếu: 92% doanh nghiệp tổ chức Hội nghị người "
            "lao động.",
            {("worker_conference_rate", 92, "2023", None)},
        ),
    ],
)
def test_what_the_sessions_readings_leave_alone(text: str, expected: set) -> None:
    """The re-read of the thirty-fifth session's change (guards; most pass on the code before
    it too): `công đoàn gồm` is no delegation, a union's gift to the public's fund, `còn lại` of
    the others, those helped then described as in need, members given to before the public's
    money, two years before a comma, a paragraph's year before a term, `đầu tư năm qua`,
    meals counted in portions."""
    got = _processed(text)
    assert {(o.indicator, o.value, o.period, o.subgroup) for o in got.observations} == expected


def test_an_average_over_rows_of_breakdowns_is_each_rows() -> None:
    """One column naming an average (`Thu nhập bình quân (đồng/người/tháng)`) over rows each a
    breakdown of the contract: every row's figure with its breakdown, none a part of a sum
    (probe 9fd; only the first row was read). Rows of units under it stay parts."""
    text = (
        "Năm 2023, thu nhập bình quân của người lao động theo loại hình doanh nghiệp:\n"
        "Loại hình doanh nghiệp | Thu nhập bình quân (đồng/người/tháng) | So cùng kỳ\n"
        "DN nhà nước | 8.150.000 | +5,2%\n"
        "DN ngoài nhà nước | 6.480.000 | +3,0%\n"
    )
    observations, _ = extract("t", text, "2023")
    assert {(o.indicator, o.value, o.subgroup) for o in observations} == {
        ("avg_income", 8_150_000, "state_enterprise"),
        ("avg_income", 6_480_000, "non_state_enterprise"),
    }


@pytest.mark.parametrize(
    ("level", "org", "sentence"),
    [
        # the body above quoted by a district's item: its figures (probe 9fm) ...
        (
            "district_federation",
            "Liên đoàn Lao động huyện Yên Phong",
            "Toàn tỉnh Bắc Ninh, theo số liệu của LĐLĐ tỉnh, 6 tháng đầu năm đã kết nạp 11.420 "
            "đoàn viên.",
        ),
        # ... and its officer's words after a colon in a grassroots union's (probe 9fo)
        (
            "grassroots",
            "Công đoàn Bệnh viện Đa khoa tỉnh Thái Bình",
            "Chủ tịch Công đoàn ngành Y tế Thái Bình cho biết: toàn ngành hiện có 6.200 đoàn viên.",
        ),
    ],
)
def test_the_body_above_quoted_owns_its_figures(level: str, org: str, sentence: str) -> None:
    observations, _ = extract("t", sentence, "2024", org_level=level, org=org, province="Bắc Ninh")
    assert [o.subgroup for o in observations] == ["other_org"]


@pytest.mark.parametrize(
    ("level", "org", "sentence"),
    [
        # the district named after the source, or its part, is its own (guards of hostile round
        # 117: they pass on the code before the rule they guard)
        (
            "district_federation",
            "Liên đoàn Lao động huyện Thọ Xuân",
            "Theo LĐLĐ tỉnh, Thọ Xuân hiện có 9.850 đoàn viên.",
        ),
        (
            "district_federation",
            "Liên đoàn Lao động huyện Thọ Xuân",
            "Theo số liệu của LĐLĐ tỉnh, riêng huyện Thọ Xuân kết nạp 520 đoàn viên.",
        ),
        # ... and an association's grassroots union is its own body
        (
            "grassroots",
            "Công đoàn cơ sở Hội Luật gia tỉnh Thanh Hóa",
            "Công đoàn cơ sở Hội Luật gia tỉnh có 32 đoàn viên.",
        ),
    ],
)
def test_the_reports_own_body_named_after_a_source_owns_its_figures(
    level: str, org: str, sentence: str
) -> None:
    observations, _ = extract("t", sentence, "2024", org_level=level, org=org, province="Thanh Hóa")
    assert [o.subgroup for o in observations] == [None]


def test_a_congress_report_titled_with_the_term_it_opens_tells_of_the_term_it_closes() -> None:
    """An undated report to a congress, its headline saying `trong nhiệm kỳ` above `trình Đại
    hội ..., nhiệm kỳ 2023-2028`: the term it closes, 2018-2023, not the one it opens; its
    stocks `đến nay` of 2023 (probe 9fw)."""
    result = _processed(
        "Công đoàn Tổng Công ty Cơ khí Xây dựng: Hơn 10 nghìn lượt cán bộ được bồi dưỡng trong "
        "nhiệm kỳ\n\n(Trích Báo cáo của Ban Chấp hành trình Đại hội đại biểu lần thứ V, nhiệm kỳ "
        "2023-2028)\n\nĐến nay, Công đoàn Tổng Công ty có 46 CĐCS trực thuộc với 15.870 đoàn "
        "viên. Trong nhiệm kỳ đã kết nạp 2.104 đoàn viên mới.\n"
    )
    assert result.meta.period == "2018-2023"
    periods = {(o.indicator, o.value): o.period for o in result.observations}
    assert periods[("new_members", 2104)] == "2018-2023"
    assert periods[("members", 15870)] == "2023"


def test_a_laws_year_in_the_headline_is_no_period() -> None:
    """`Bộ luật Lao động 2019` in a headline is the law's name, not the year the item tells of
    (probe 9gc): its figures of 2023 are read, and dated so."""
    result = _processed(
        "Công đoàn trước yêu cầu mới của Bộ luật Lao động 2019\n13/12/2023 08:15\n"
        "Năm 2023, LĐLĐ tỉnh Bắc Ninh kết nạp được 18.420 đoàn viên, thành lập mới 47 CĐCS.\n"
    )
    assert result.meta.period == "2023"
    assert {(o.indicator, o.value, o.period) for o in result.observations} == {
        ("new_members", 18420, "2023"),
        ("new_grassroots_unions", 47, "2023"),
    }


def test_an_item_of_january_telling_mostly_of_the_year_before_is_of_that_year() -> None:
    """Published in January, its body naming the year just ended three times and an earlier
    year once as background, its lead how long a story took (`sau 2 năm.`): the year just
    ended, for `Trong năm` too (probe 9gc)."""
    result = _processed(
        "Khi doanh nghiệp FDI chọn đồng hành cùng công đoàn\nThứ bảy, 20/01/2024 - 07:30\n"
        "NLĐO - Hơn 5.000 công nhân, một hội đồng nhân viên do công ty lập ra và một công đoàn cơ "
        "sở: câu chuyện về ai đại diện cho người lao động tại Công ty TNHH Dệt may Phước Thịnh "
        "(KCN Nhơn Trạch 3, tỉnh Đồng Nai) đã có lời giải sau 2 năm.\n"
        "Hội đồng nhân viên hay công đoàn?\n"
        "Năm 2021, theo mô hình của công ty mẹ, Ban Giám đốc thành lập Hội đồng nhân viên để góp "
        "ý về bữa ăn, xe đưa rước, ca kíp.\n"
        "Năm 2023, Công đoàn Công ty TNHH Dệt may Phước Thịnh đã kết nạp 1.046 đoàn viên mới. "
        "Thu nhập bình quân năm 2023 đạt 9,45 triệu đồng/người/tháng. Trong năm, công đoàn tổ "
        "chức 4 cuộc đối thoại định kỳ. Năm 2023, công đoàn thăm hỏi 426 lượt đoàn viên ốm đau.\n"
    )
    assert result.meta.period == "2023"
    periods = {(o.indicator, o.value): o.period for o in result.observations}
    assert periods[("workplace_dialogues", 4)] == "2023"


def test_the_bodies_a_count_of_unions_lists_are_its_parts_not_the_doers() -> None:
    """`hiện có 21 CĐCS trực thuộc, gồm Công đoàn Công ty ..., ... với 6.870 đoàn viên`: the
    totals after the list are the counting union's own (probe 9fx)."""
    result = _processed(
        "Công đoàn Tổng Công ty Xây dựng Sông Hồng\n\nNăm 2023, Công đoàn Tổng Công ty hiện có 21 "
        "CĐCS trực thuộc, gồm Công đoàn Công ty Sông Hồng 1, Công ty Sông Hồng 2 với 6.870 đoàn "
        "viên trên tổng số 7.215 lao động.\n"
    )
    subgroups = {(o.indicator, o.value): o.subgroup for o in result.observations}
    assert subgroups[("members", 6870)] is None
    assert subgroups[("workers", 7215)] is None


def test_the_provinces_figure_in_brackets_after_its_name_is_the_provinces() -> None:
    """`tổng số đoàn viên toàn tỉnh (hơn 215.000 người)`, `mức bình quân toàn tỉnh (7,6 triệu
    đồng/người/tháng)` in a sector union's report: the province's figures (probe 9gb)."""
    result = _processed(
        "Công đoàn ngành Giáo dục tỉnh Nghệ An\n\nNăm 2023, toàn ngành có 52.300 đoàn viên, chiếm "
        "gần 1/4 tổng số đoàn viên toàn tỉnh (hơn 215.000 người). Thu nhập bình quân đạt 8,2 "
        "triệu đồng/người/tháng, cao hơn mức bình quân toàn tỉnh (7,6 triệu đồng/người/tháng).\n"
    )
    subgroups = {(o.indicator, o.value): o.subgroup for o in result.observations}
    assert subgroups == {
        ("members", 52300): None,
        ("members", 215000): "other_org",
        ("avg_income", 8_200_000): None,
        ("avg_income", 7_600_000): "other_org",
    }


def test_a_part_of_the_year_a_speaker_quotes_is_no_period_of_an_events_item() -> None:
    """The story of a feast on 12 June whose chairman says `“... Sáu tháng đầu năm 2024, chúng
    tôi kết nạp mới 312 đoàn viên”`: the item is of 2024, its gifts too (probe 9ga)."""
    result = _processed(
        "Tết Đoan ngọ ấm áp ở Công ty Giày da Hưng Phát\nThứ năm, 13/06/2024, 09:20\n\n"
        "Chiều 12-6, Công đoàn Công ty TNHH Giày da Hưng Phát tổ chức chương trình Tết Đoan ngọ "
        "cho công nhân. Công đoàn trao 3.400 suất quà cho đoàn viên, tổng trị giá 170 triệu "
        "đồng.\n“Hiện Công đoàn công ty có 5.216 đoàn viên. Sáu tháng đầu năm 2024, chúng tôi "
        "kết nạp mới 312 đoàn viên” – ông Định nói.\n"
    )
    assert result.meta.period == "2024"
    periods = {(o.indicator, o.value): o.period for o in result.observations}
    assert periods[("gifts", 3400)] == "2024"


def test_a_count_of_years_takes_the_span_the_text_names_for_it() -> None:
    """`Sơ kết 2 năm thực hiện ...` in the headline, `sơ kết 2 năm (2023 - 2024)` in the lead:
    the two years are 2023-2024, not two years back from the item's date (probe 9gf)."""
    result = _processed(
        "Sơ kết 2 năm thực hiện Quy chế phối hợp\nThứ hai, 15/07/2024 - 08:00\nNgày 12/7, LĐLĐ "
        "tỉnh và Sở Xây dựng tổ chức sơ kết 2 năm (2023 - 2024) thực hiện quy chế phối hợp. "
        "Trong 2 năm, các CĐCS đã kết nạp 1.250 đoàn viên.\n"
    )
    assert result.meta.period == "2023-2024"
    assert [(o.value, o.period) for o in result.observations] == [(1250, "2023-2024")]


def test_an_associations_workforce_after_its_own_members_is_the_associations() -> None:
    """`Hiệp hội Doanh nghiệp thành phố hiện có 620 hội viên với gần 95.000 lao động`: the
    association's members' workforce, past its own count, is another body's (probe 9gf)."""
    observations, _ = extract(
        "t",
        "Năm 2024, Hiệp hội Doanh nghiệp thành phố hiện có 620 hội viên với gần 95.000 lao động.",
        "2024",
        org_level="provincial_federation",
        org="Liên đoàn Lao động thành phố Đà Nẵng",
    )
    assert [(o.indicator, o.value, o.subgroup) for o in observations] == [
        ("workers", 95000, "other_org")
    ]


def test_a_whole_opening_the_sentence_after_a_date_line_is_a_stock() -> None:
    """`Thứ bảy, 20/01/2024 - 07:30` / `Trong tổng số 98.760 đoàn viên, có 52.300 đoàn viên
    nữ`: the time's last digits are no part told out of the whole (hostile round 123)."""
    result = _processed(
        "Công đoàn tỉnh Bắc Giang\nThứ bảy, 20/01/2024 - 07:30\nTrong tổng số 98.760 đoàn viên, "
        "có 52.300 đoàn viên nữ.\n"
    )
    assert {(o.indicator, o.value, o.subgroup) for o in result.observations} == {
        ("members", 98760, None),
        ("members", 52300, "female"),
    }


@pytest.mark.parametrize(
    "headline",
    [
        # a lawyer's office is no law (the re-read); nor is a law named before a place
        "Báo cáo hoạt động của Văn phòng luật sư LĐLĐ huyện Hải Hậu năm 2024",
        "Tuyên truyền Bộ luật Lao động tại doanh nghiệp năm 2024",
    ],
)
def test_the_year_after_a_lawyer_or_a_place_is_the_items(headline: str) -> None:
    result = _processed(f"{headline}\nLĐLĐ huyện Hải Hậu kết nạp 1.200 đoàn viên mới.\n")
    assert result.meta.period == "2024"


def test_the_province_in_brackets_after_a_care_paid_in_cash_is_the_reports() -> None:
    """`tặng quà bằng tiền mặt cho đoàn viên ngành Y tế toàn tỉnh (1.800 người)`: `bằng` (in
    cash) sets nothing against the province (the re-read)."""
    observations, _ = extract(
        "t",
        "Dịp Tết, Công đoàn ngành tặng quà bằng tiền mặt cho đoàn viên ngành Y tế toàn tỉnh "
        "(1.800 người).",
        "2024",
        org_level="sector_provincial",
        org="Công đoàn ngành Y tế tỉnh Nam Định",
    )
    assert [(o.value, o.subgroup) for o in observations] == [(1800, None)]


@pytest.mark.parametrize("opener", ["Trong năm", "Cũng trong năm"])
def test_in_the_year_after_a_sentence_naming_an_earlier_year_is_that_year(opener: str) -> None:
    """`Năm 2023, ... . Trong năm, ...` in an item of June 2024: the sentence goes on with the
    year its paragraph's sentence before named, not the item's (probe 9gl); with no such
    sentence before it, the item's year (guard)."""
    text = (
        "Tổng LĐLĐ Việt Nam gửi kiến nghị tới Quốc hội\nThứ Hai, 03/06/2024 | 14:05\nNgày 3/6, "
        "Tổng LĐLĐ Việt Nam đã có văn bản gửi Quốc hội trước Kỳ họp thứ 7.\nTheo văn bản, công "
        "đoàn đã làm tốt vai trò chăm lo. Năm 2023, công đoàn các cấp kết nạp 1.030.000 đoàn "
        f"viên. {opener}, công đoàn các cấp đã tổ chức gần 86.000 cuộc đối thoại.\n{opener}, "
        "công đoàn các cấp đã trao 120.000 suất quà."
    )
    done = _processed(text)
    assert [(o.value, o.period) for o in done.observations] == [
        (1_030_000, "2023"), (86_000, "2023"), (120_000, "2024")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("pointer", "period"),
    [
        ("Cũng trong giai đoạn này", "2021-2024"),
        ("Cùng thời gian đó", "2021-2024"),
        # (no pointing back: the item's own year; guard)
        ("Trong tháng này", "2024"),
    ],
)
def test_a_sentence_pointing_back_at_the_time_told_before_has_its_period(
    pointer: str, period: str
) -> None:
    """`từ năm 2021 đến nay, ... . Cũng trong giai đoạn này, ... kết nạp 52.400 đoàn viên`: the
    period the sentence before named first, not the item's event's (probes 9gl, 9gf), nor a
    period compared with after it (hostile round 126)."""
    text = (
        "Chủ tịch UBND tỉnh đối thoại với công nhân\nThứ Tư, 22/05/2024 - 07:30\nChiều 21/5, "
        "trong khuôn khổ Tháng Công nhân năm 2024, LĐLĐ tỉnh Thanh Hóa tổ chức hội nghị đối "
        "thoại. Tại hội nghị, LĐLĐ tỉnh báo cáo: từ năm 2021 đến nay, LĐLĐ tỉnh đã kiến nghị "
        "215 vấn đề với chính quyền, tăng 20% so với giai đoạn 2016-2020. "
        f"{pointer}, các cấp công đoàn đã kết nạp 52.400 đoàn viên mới."
    )
    done = _processed(text)
    assert [(o.value, o.period) for o in done.observations] == [(52_400, period)]


def test_a_benefit_programmes_partner_giving_is_another_bodys() -> None:
    """`Siêu thị Co.opmart cũng trao thêm 500 phần quà`, `đại diện Ngân hàng Agribank ... cũng
    trao 100 suất quà`: the partner's own care (probe 9gq); the union's representative's is the
    union's (guard)."""
    text = (
        "LĐLĐ thành phố trao 2.000 suất quà. Siêu thị Co.opmart cũng trao thêm 500 phần quà. "
        "Tại buổi lễ, đại diện Ngân hàng Agribank chi nhánh tỉnh cũng trao 100 suất quà cho đoàn "
        "viên. Đại diện LĐLĐ tỉnh trao 300 suất quà."
    )
    observations, _ = extract("t", text, "2024", org_level="provincial_federation")
    assert [(o.value, o.subgroup) for o in observations] == [
        (2000, None), (500, "other_org"), (100, "other_org"), (300, None)
    ]  # fmt: skip


def test_another_body_of_the_reports_level_brought_in_as_also_that_year_is_another_bodys() -> None:
    """`Cũng trong năm 2023, LĐLĐ huyện Di Linh ... kết nạp 210 đoàn viên mới` in LĐLĐ thành phố
    Bảo Lộc's news: another district's figures (probe 9gr); the report's own body named so
    keeps its own (guard)."""
    text = (
        "Năm 2023, LĐLĐ thành phố Bảo Lộc kết nạp 300 đoàn viên. Cũng trong năm 2023, LĐLĐ huyện "
        "Di Linh kết nạp 210 đoàn viên mới. Cũng trong năm 2023, LĐLĐ thành phố Bảo Lộc trao 500 "
        "suất quà."
    )
    observations, _ = extract(
        "t", text, "2023", org_level="district_federation",
        org="Liên đoàn Lao động thành phố Bảo Lộc",
    )  # fmt: skip
    assert [(o.value, o.subgroup) for o in observations] == [
        (300, None), (210, "other_org"), (500, None)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("org", "text", "subgroups"),
    [
        (
            "Liên đoàn Lao động quận 3",
            "LĐLĐ quận 3 kết nạp 300 đoàn viên. Cùng ngày, LĐLĐ Q.3 trao 500 suất quà. Cùng thời "
            "điểm, LĐLĐ Q.10 trao 600 suất quà.",
            [None, None, "other_org"],
        ),
        (
            "Liên đoàn Lao động huyện Đức Trọng",
            "LĐLĐ huyện Đức Trọng kết nạp 300 đoàn viên. Cùng ngày, LĐLĐ H. Đức Trọng trao 500 "
            "suất quà. Cũng trong năm 2023, LĐLĐ H. Lâm Hà trao 600 suất quà.",
            [None, None, "other_org"],
        ),
    ],
)
def test_the_reports_own_body_with_its_unit_abbreviated_is_its_own(
    org: str, text: str, subgroups: list
) -> None:
    """`Cùng ngày, LĐLĐ Q.3 ...` in LĐLĐ quận 3's news: its own name after the unit's dot, not
    another district's event (hostile round 127); `Q.10` is another's (guard)."""
    observations, _ = extract("t", text, "2023", org_level="district_federation", org=org)
    assert [o.subgroup for o in observations] == subgroups


def test_goods_counted_by_a_tables_unit_column_are_no_indicator() -> None:
    """`| Gạo hỗ trợ | tấn | 4 | 12 |`: tonnes of rice, not people helped (probe 9gw); the gifts'
    row above, counted in `suất`, stays (guard)."""
    text = (
        "Kết quả chăm lo Tết năm 2024:\n| TT | Nội dung | ĐVT | Cấp tỉnh | Cấp huyện |\n"
        "|---|---|---|---|---|\n| 1 | Quà Tết | suất | 1.200 | 3.450 |\n"
        "| 2 | Gạo hỗ trợ | tấn | 4 | 12 |\n| 3 | Nhà Mái ấm Công đoàn xây mới | cái | 5 | 7 |\n"
    )
    done = _processed(text)
    # (`cái` counts houses: hostile round 128)
    assert [(o.indicator, o.value) for o in done.observations] == [
        ("gifts", 1200), ("gifts", 3450), ("union_shelter_houses", 5), ("union_shelter_houses", 7)
    ]  # fmt: skip


def test_a_figure_summing_up_the_figures_told_before_it_is_of_their_indicator() -> None:
    """`quý I kết nạp 64 đoàn viên, quý II kết nạp 91 đoàn viên; cộng 6 tháng: 155 đoàn viên`:
    the sum of the new members told before it, their half-year (probe 9gy); a figure after the
    word that is not their sum stays unread (guard)."""
    text = (
        "Năm 2025, quý I kết nạp 64 đoàn viên, quý II kết nạp 91 đoàn viên; cộng 6 tháng: 155 đoàn "
        "viên. Quý III kết nạp 30 đoàn viên, quý IV kết nạp 40 đoàn viên; cộng 6 tháng: 80 đoàn "
        "viên."
    )
    observations, _ = extract("t", text, "2025")
    assert [(o.value, o.period) for o in observations] == [
        (64, "2025-Q1"), (91, "2025-Q2"), (155, "2025-H1"), (30, "2025-Q3"), (40, "2025-Q4")
    ]  # fmt: skip


@pytest.mark.parametrize(
    "tail",
    [
        "hội nghị tổng kết có 155 đại biểu dự.",
        "Tổng LĐLĐ Việt Nam khen thưởng 155 đoàn viên.",
        "tổng số 155 hồ sơ đã được xét duyệt.",
    ],
)
def test_a_number_equal_to_the_sum_is_no_sum_without_its_word_and_noun(tail: str) -> None:
    """`tổng` inside `tổng kết` or a name, or a sum of files, is no sum of new members told
    before it (guards, hostile round 129)."""
    text = f"Năm 2024, quý I kết nạp 64 đoàn viên, quý II kết nạp 91 đoàn viên; {tail}"
    observations, _ = extract("t", text, "2024")
    assert [o.value for o in observations] == [64, 91]


def test_a_total_of_quarters_read_by_its_own_noun_takes_their_half() -> None:
    """`..., tổng cộng 155 đoàn viên` after the first two quarters: the half-year, not the
    second quarter (hostile round 129)."""
    text = "Năm 2024, quý I kết nạp 64 đoàn viên, quý II kết nạp 91 đoàn viên, tổng cộng 155 đoàn viên."
    observations, _ = extract("t", text, "2024")
    assert [(o.value, o.period) for o in observations][-1] == (155, "2024-H1")


H132 = "BÁO CÁO\nKết quả công tác công đoàn năm 2023\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phone number in the report's own line is no job ad (the re-read of the thirty-ninth
        # session; guards: pass before)
        (
            H132 + "Năm 2023, LĐLĐ tỉnh phối hợp tuyển dụng việc làm cho 1.200 đoàn viên; toàn "
            "tỉnh kết nạp 3.500 đoàn viên mới, đường dây nóng 0274 3822 123 tiếp nhận 56 cuộc gọi.",
            {("new_members", 3500)},
        ),
        # ... nor a count of opinions a readers' heading
        (
            H132
            + "Năm 2023, các cấp công đoàn đã tổ chức đối thoại tại 350 doanh nghiệp với người "
            "sử dụng lao động.\nSố kiến nghị của người lao động được tiếp nhận:\n45 ý kiến\nToàn tỉnh "
            "kết nạp 3.500 đoàn viên mới, thành lập 25 công đoàn cơ sở.",
            {("new_members", 3500), ("new_grassroots_unions", 25)},
        ),
        # ... nor a merger (`sáp nhập Viện`) a stay in hospital
        (
            H132 + "Năm 2023, Công đoàn Viện có 1.250 đoàn viên sau sáp nhập Viện Khoa học Nông "
            "nghiệp.",
            {("members", 1250)},
        ),
        # ... nor another rate of members, nor a plan's (hostile round 133)
        (
            H132
            + "Tỷ lệ đoàn viên bị mất việc làm là 3%, tương đương 180 đoàn viên. Chỉ tiêu tỷ lệ "
            "đoàn viên đạt 98%, tương đương 5.800 đoàn viên.",
            set(),
        ),
        # ... nor a sector's membership rate restated the body's members
        (
            H132 + "Tỷ lệ đoàn viên trong khu vực doanh nghiệp ngoài nhà nước đạt 45%, tương đương "
            "3.000 đoàn viên. Tỷ lệ đoàn viên nữ chiếm 60%, tương đương 2.000 đoàn viên.",
            set(),
        ),
    ],
)
def test_what_the_thirty_ninth_sessions_re_read_taught(text: str, expected: set) -> None:
    result = _processed(text)
    assert {(o.indicator, o.value) for o in result.observations} == expected


@pytest.mark.parametrize(
    ("opening", "period"),
    [
        # an anniversary's day long past, a founding's for today's stock, an act's date: no
        # day of the events told (hostile round 132; guards: pass before)
        ("Nhân dịp kỷ niệm ngày thành lập Công đoàn Việt Nam 28/7/1929, LĐLĐ tỉnh", "2024"),
        ("Được thành lập từ tháng 5/2015, Công đoàn Khu công nghiệp", "2024"),
        ("Thực hiện Hướng dẫn của Ban Thường vụ LĐLĐ tỉnh ngày 15/10/2023, các CĐCS", "2024"),
        # ... but a founding's day dates the stock it began with (probe 9hh)
        ("Nghiệp đoàn được thành lập từ tháng 8/2010, khi ấy chỉ có 63 đoàn viên, nay", "2010"),
    ],
)
def test_which_days_opening_a_sentence_date_it(opening: str, period: str) -> None:
    text = f"Năm 2024, LĐLĐ tỉnh kết nạp 120 đoàn viên. {opening} có 500 đoàn viên."
    observations, _ = extract("t", text, "2024")
    assert next(o.period for o in observations if o.value in (500, 63)) == period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the total of a care read as money spent (guard: passes before)
        (
            H132 + "Năm 2023, tổng mức chi thăm hỏi đoàn viên ốm đau là 480 triệu đồng.",
            {("welfare_value", 480_000_000)},
        ),
        # a term's targets set (`đặt chỉ tiêu`) are plans (probe 9hj), not the result after them
        (
            H132
            + "Nhiệm kỳ 2023 - 2028, Công đoàn Việt Nam đặt chỉ tiêu giới thiệu ít nhất 350.000 "
            "đoàn viên ưu tú cho Đảng xem xét kết nạp, phát triển mới 2,5 triệu đoàn viên.",
            set(),
        ),
        (
            H132 + "Năm 2023, LĐLĐ tỉnh đặt chỉ tiêu kết nạp 1.000 đoàn viên, kết quả đã kết nạp "
            "1.250 đoàn viên.",
            {("new_members", 1250)},
        ),
        # money given to a fund, its interest, money for a body's work and an authors' award are
        # no care given (probes 9ho, 9hn, 9hk)
        (
            H132 + "Năm 2023, Ngân hàng TMCP Công Thương đã trao 200 triệu đồng ủng hộ Quỹ Xã hội "
            "Công đoàn tỉnh. Quỹ đã chi hỗ trợ 150 đoàn viên với số tiền 300 triệu đồng. Các CĐCS "
            "ủng hộ 609 triệu đồng, lãi tiền gửi 41 triệu đồng. Huyện ủy đã trích 250 triệu đồng "
            "từ ngân sách hỗ trợ hoạt động phát triển đoàn viên. Quỹ Bảo trợ tài năng lao động "
            "sáng tạo hỗ trợ 1,5 tỷ đồng cho các tác giả trẻ.",
            {("welfare_beneficiaries", 150), ("welfare_value", 300_000_000)},
        ),
        # members still without a home are a need, no stock (probe 9ho)
        (
            H132 + "Năm 2023, toàn tỉnh có 132.700 đoàn viên; số đoàn viên chưa có nhà ở ổn định "
            "còn khoảng 600 người.",
            {("members", 132_700)},
        ),
        # ... nor the zones they work in (probe 9hj)
        (
            H132 + "Hiện tỉnh có hơn 600.000 đoàn viên công đoàn, khoảng 75% trong số đó làm việc "
            "tại các doanh nghiệp FDI ở 32 khu công nghiệp.",
            {("members", 600_000)},
        ),
        # money given to a union's fund is its takings, no care (probe 9ho); the union's own
        # gift to a public fund stays public relief, as before
        (
            H132
            + "Năm 2023, UBND thành phố đã hỗ trợ 200 triệu đồng cho quỹ xã hội của LĐLĐ thành "
            "phố; LĐLĐ đã ủng hộ 500 triệu đồng vào Quỹ Vì người nghèo của tỉnh.",
            {("welfare_value", 500_000_000)},
        ),
        # the money of the care told before it, a house built after `và` another deed (probe
        # 9hq); a house's money before `và` stays the house's (guard: passes before)
        (
            H132
            + "Năm 2023, các cấp công đoàn thăm hỏi, hỗ trợ trên 3.600 lượt đoàn viên với tổng "
            'số tiền gần 2,9 tỷ đồng và xây dựng 21 nhà "Mái ấm Công đoàn".',
            {
                ("welfare_beneficiaries", 3600),
                ("welfare_value", 2_900_000_000),
                ("union_shelter_houses", 21),
            },
        ),
        (
            H132
            + "Năm 2023, LĐLĐ hỗ trợ xây 3 nhà Mái ấm Công đoàn với 150 triệu đồng và sửa chữa "
            "2 nhà.",
            {
                ("union_shelter_houses", 3),
                ("union_shelter_value", 150_000_000),
                ("union_shelter_houses", 2),
            },
        ),
        # the sum of the items listed above, after its word, is of their indicator (probes
        # 9hp, 9el)
        (
            H132 + "1. Kết quả theo tháng\n- Tháng 3/2023: kết nạp 512 đoàn viên; thành lập 2 "
            "CĐCS.\n- Tháng 4/2023: kết nạp 684 đoàn viên; thành lập 3 CĐCS.\nCộng dồn cả đợt: "
            "1.196 đoàn viên, vượt chỉ tiêu.",
            {
                ("new_members", 512),
                ("new_grassroots_unions", 2),
                ("new_members", 684),
                ("new_grassroots_unions", 3),
                ("new_members", 1196),
            },
        ),
        # members over the workforce, the whole they are of between (probe 9hq)
        (
            H132 + "Công đoàn ngành hiện quản lý 38 CĐCS; tổng số đoàn viên toàn ngành là "
            "5.684/6.102 CNVCLĐ.",
            {("grassroots_unions", 38), ("members", 5684), ("workers", 6102)},
        ),
        # ... not a figure that is not their sum (guard: passes before)
        (
            H132 + "1. Kết quả theo tháng\n- Tháng 3/2023: kết nạp 512 đoàn viên.\n- Tháng 4/2023: "
            "kết nạp 684 đoàn viên.\nCộng dồn cả đợt: 1.250 đoàn viên.",
            {("new_members", 512), ("new_members", 684)},
        ),
    ],
)
def test_what_the_fortieth_sessions_probes_taught(text: str, expected: set) -> None:
    result = _processed(text)
    assert {(o.indicator, o.value) for o in result.observations} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan in a bracket opening on its word is the figure's, however long its noun (probe
        # 9hj)
        (
            H132 + "- Giới thiệu 38 đoàn viên ưu tú cho Đảng xem xét kết nạp (KH năm: 60 người).",
            {("party_referrals", 38, None, 60)},
        ),
        # the Party's own new members are the Party's figure; the union's members it admitted
        # are the union's (probe 9hj; the second a guard: passes before)
        (
            H132 + "Năm 2023, Đảng bộ Khối Doanh nghiệp tỉnh kết nạp 356 đảng viên mới. Đảng ủy cơ "
            "quan phường kết nạp 46 đoàn viên công đoàn vào Đảng.",
            {("party_admissions", 356, "other_org", None), ("party_admissions", 46, None, None)},
        ),
        # a part's sector named by its own noun in a breakdown, not a year's new unions (probes
        # 9hl, 9hm, 9hp; the last two guards: pass before)
        (
            H132
            + "Toàn huyện hiện có 214 CĐCS (trong đó 31 CĐCS khu vực hành chính sự nghiệp, 183 "
            "CĐCS doanh nghiệp). Đã thành lập mới 4 CĐCS doanh nghiệp, kết nạp 275 đoàn viên.",
            {
                ("grassroots_unions", 214, None, None),
                ("grassroots_unions", 31, "public_sector", None),
                ("grassroots_unions", 183, "business_sector", None),
                ("new_grassroots_unions", 4, None, None),
                ("new_members", 275, None, None),
            },
        ),
        (
            H132 + "LĐLĐ huyện đang quản lý 214 CĐCS, trong đó có 196 CĐCS doanh nghiệp ngoài nhà "
            "nước.",
            {
                ("grassroots_unions", 214, None, None),
                ("grassroots_unions", 196, "non_state_enterprise", None),
            },
        ),
        # a district's office quoted after a connective is another body (probe 9hl)
        (
            H132 + "Năm 2023, LĐLĐ thành phố giám sát 40 doanh nghiệp. Trong khi đó, theo Phòng "
            "LĐ-TB&XH thành phố, năm 2023 phòng đã kiểm tra 25 doanh nghiệp.",
            {("supervisions", 40, None, None), ("supervisions", 25, "other_org", None)},
        ),
        # the whole country as the subject of the clause, or opening it before the awards only
        # the confederation gives, is the country's figure (probe 9hn); the country as a
        # backdrop before the report's own body is not (guard: passes before)
        (
            H132
            + "Năm 2023, LĐLĐ tỉnh kết nạp 2.480 đoàn viên. Toàn quốc sau 3 năm thực hiện Nghị "
            "quyết 02 đã phát triển được hơn 3,1 triệu đoàn viên. Trên phạm vi cả nước, năm 2023 "
            "Tổng LĐLĐ Việt Nam đã tặng 1.380 Bằng Lao động sáng tạo. Cả nước đang dồn sức cho "
            "phong trào, LĐLĐ tỉnh đã thành lập 12 CĐCS.",
            {
                ("new_members", 2480, None, None),
                ("new_members", 3_100_000, "other_org", None),
                ("creative_labour_awards", 1380, "other_org", None),
                ("new_grassroots_unions", 12, None, None),
            },
        ),
    ],
)
def test_whose_figures_the_fortieth_sessions_probes_taught(text: str, expected: set) -> None:
    result = _processed(text)
    got = {(o.indicator, o.value, o.subgroup, o.target) for o in result.observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a breakdown opening the part after a semicolon is every figure's there (probe 9hn)
        (
            H132 + "LĐLĐ huyện đã kết nạp 6.318 đoàn viên, thành lập mới 74 CĐCS; trong đó, ở khu "
            "vực ngoài nhà nước đã thành lập 58 CĐCS, kết nạp 3.905 đoàn viên.",
            {
                ("new_members", 6318, None),
                ("new_grassroots_unions", 74, None),
                ("new_grassroots_unions", 58, "non_state_enterprise"),
                ("new_members", 3905, "non_state_enterprise"),
            },
        ),
        # ... and one the sentence opens with after `Chỉ tính riêng` (probe 9hk)
        (
            H132
            + "Chỉ tính riêng khối doanh nghiệp trong Khu kinh tế Vũng Áng đã có 684 sáng kiến, "
            "làm lợi ước tính 312 tỷ đồng.",
            {
                ("initiatives", 684, "business_sector"),
                ("initiative_value", 312_000_000_000, "business_sector"),
            },
        ),
    ],
)
def test_the_breakdowns_the_fortieth_sessions_probes_taught(text: str, expected: set) -> None:
    result = _processed(text)
    assert {(o.indicator, o.value, o.subgroup) for o in result.observations} == expected


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # what was given `Dịp này` at a year's review held early the next year is of the
        # meeting's year, the meeting dated by the lead (probes 9hl, 9hm)
        (
            "Công đoàn Công ty ABC tổng kết năm 2023\nNgày 24/2/2024, Công đoàn Công ty TNHH ABC "
            "tổ chức hội nghị tổng kết công tác công đoàn năm 2023. Năm 2023, công đoàn kết nạp 120 "
            "đoàn viên.\nDịp này, LĐLĐ tỉnh trao 50 suất quà cho đoàn viên khó khăn.",
            "2024",
        ),
        # ... not the results told at it (guard: passes before)
        (
            "Công đoàn Công ty ABC tổng kết năm 2023\nNgày 24/2/2024, Công đoàn Công ty TNHH ABC "
            "tổ chức hội nghị tổng kết công tác công đoàn năm 2023. Năm 2023, công đoàn kết nạp 120 "
            "đoàn viên.\nTại hội nghị, Chủ tịch công đoàn cho biết công đoàn đã trao 50 suất quà.",
            "2023",
        ),
    ],
)
def test_what_was_given_at_a_reviews_meeting_is_of_its_day(text: str, period: str) -> None:
    result = _processed(text)
    assert [o.period for o in result.observations if o.value == 50] == [period]


H134 = "BÁO CÁO\nKết quả công tác công đoàn năm 2023 của LĐLĐ tỉnh Thanh Hóa\n\nNăm 2023, "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what hostile rounds 134 and 135 found the session's readings did to what they should
        # leave alone (guards: pass before)
        (H134 + "các CĐCS chi 4,2 tỷ đồng cho hoạt động chăm lo đời sống đoàn viên.", {4.2e9}),
        (H134 + "Quỹ dùng tiền lãi hỗ trợ 20 triệu đồng cho 10 đoàn viên ốm đau.", {10, 2e7}),
        (
            H134
            + "Quỹ Mái ấm Công đoàn tỉnh hỗ trợ 450 triệu đồng và xây dựng 9 nhà cho đoàn viên.",
            {4.5e8, 9},
        ),
        (H134 + "chăm lo cho 3.200 đoàn viên với mức chi hỗ trợ 850 triệu đồng.", {3200, 8.5e8}),
        # ... the result after a plan set, `đã` between (before, the plan of 500 was a result too)
        (
            H134
            + "LĐLĐ tỉnh đặt chỉ tiêu giới thiệu 500 đoàn viên ưu tú cho Đảng và đã giới thiệu "
            "612 đoàn viên.",
            {612},
        ),
        (H134 + "Dù đặt chỉ tiêu cao, LĐLĐ tỉnh vẫn kết nạp 3.250 đoàn viên mới.", {3250}),
        (
            H134 + "Dù còn nhiều đoàn viên chưa có nhà ở nhưng LĐLĐ tỉnh hiện có 45.300 đoàn viên.",
            {45_300},
        ),
        (
            H134 + "Công đoàn các KCN hiện có 45.300 đoàn viên, trong đó đoàn viên KCN Yên Phong "
            "12.500.",
            {45_300, 12_500},
        ),
        # candidates nominated for an election and those elected are no Party referrals nor a
        # workforce (probe 9hu)
        (
            H134 + "Ban Thường vụ LĐLĐ tỉnh giới thiệu 5 cán bộ công đoàn tham gia ứng cử đại biểu "
            "HĐND tỉnh. Trong số 7 người do LĐLĐ tỉnh giới thiệu ứng cử, có 5 người trúng cử, "
            "trong đó có 2 công nhân. Có 148 cán bộ, giáo viên trúng cử đại biểu HĐND cấp huyện. "
            "LĐLĐ giới thiệu 120 đoàn viên ưu tú cho Đảng.",
            {120},
        ),
        # app accounts in a table row and lectures are no indicator (probe 9hr)
        (
            H134
            + "hệ thống E-learning có 1.820 bài giảng.\n| Đoàn viên có tài khoản trên ứng dụng "
            "| người | 163.250 |",
            set(),
        ),
    ],
)
def test_what_hostile_rounds_134_and_135_taught(text: str, expected: set) -> None:
    assert {o.value for o in _processed(text).observations} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country handed over to another subject is no subject of the figure (hostile round
        # 135; guard: passes before)
        (
            H134 + "cả nước đang thi đua lập thành tích thì Thanh Hóa đã kết nạp 12.500 đoàn viên "
            "mới.",
            {(12_500, None)},
        ),
        # union members the Party admitted, named so after the count, stay the union's (guard)
        (H134 + "Đảng ủy Khối đã kết nạp 356 đảng viên mới là đoàn viên công đoàn.", {(356, None)}),
        # a company's department is no government source (guard)
        (
            "BÁO CÁO\nKết quả hoạt động năm 2023 của Công đoàn Công ty CP May Sông Hồng\n\nTheo "
            "Phòng Kinh tế - Kỹ thuật Công ty, năm 2023 người lao động đã có 45 sáng kiến.",
            {(45, None)},
        ),
        # a sector's first words are no part's sector (guard)
        (
            H134 + "toàn tỉnh có 118 CĐCS, trong đó 96 CĐCS doanh nghiệp cổ phần có vốn nhà nước.",
            {(118, None), (96, None)},
        ),
    ],
)
def test_whose_figures_hostile_round_135_left_alone(text: str, expected: set) -> None:
    assert {(o.value, o.subgroup) for o in _processed(text).observations} == expected


H136 = (
    "LĐLĐ huyện Thọ Xuân tổng kết công tác công đoàn năm 2023\nNgày 24/2/2024, LĐLĐ huyện Thọ "
    "Xuân tổ chức hội nghị tổng kết công tác công đoàn năm 2023.\nNăm 2023, LĐLĐ huyện đã kết nạp "
    "1.120 đoàn viên.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what hostile round 136 found: an occasion of its own told before `Dịp này` is its
        # period, as are results told at the meeting and a meeting held in the year reviewed
        # (guards: pass before)
        (
            H136
            + "Tháng 7/2023, LĐLĐ huyện tổ chức gặp mặt công nhân lao động tiêu biểu. Dịp này, "
            "trao 50 suất quà cho đoàn viên khó khăn.",
            {(1120, "2023"), (50, "2023")},
        ),
        (
            H136 + "Dịp này, ông Lê Văn Nam, Chủ tịch LĐLĐ huyện cho biết, các cấp công đoàn đã "
            "chăm lo cho 3.500 đoàn viên.",
            {(1120, "2023"), (3500, "2023")},
        ),
        (
            H136.replace("Ngày 24/2/2024", "Ngày 28/12/2023")
            + "Dịp này, LĐLĐ huyện trao 50 suất quà cho đoàn viên khó khăn.",
            {(1120, "2023"), (50, "2023")},
        ),
        # ... the intended reading (the session's own)
        (
            H136 + "Nhân dịp này, LĐLĐ huyện đã trao 50 suất quà cho đoàn viên khó khăn.",
            {(1120, "2023"), (50, "2024")},
        ),
        # the sum of the years listed above is of their span (hostile round 136)
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2024\n\nVề phát triển đoàn viên:\n- Năm 2023: "
            "kết nạp 512 đoàn viên;\n- Năm 2024: kết nạp 684 đoàn viên.\nCộng dồn: 1.196 đoàn viên.",
            {(512, "2023"), (684, "2024"), (1196, "2023-2024")},
        ),
    ],
)
def test_which_periods_hostile_round_136_taught(text: str, expected: set) -> None:
    assert {(o.value, o.period) for o in _processed(text).observations} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a breakdown opening the part after a semicolon stops at the whole named again (hostile
        # round 136; guard: passes before)
        (
            H134 + "toàn tỉnh kết nạp 6.120 đoàn viên; ở khu vực ngoài nhà nước thành lập mới 58 "
            "CĐCS, nâng tổng số CĐCS toàn tỉnh lên 1.850 CĐCS với 168.000 đoàn viên.",
            {
                (6120, None),
                (58, "non_state_enterprise"),
                (1850, None),
                (168_000, None),
            },
        ),
        # women members over all members are no pair of members and workforce (guard)
        (
            H134 + "Số nữ đoàn viên toàn ngành là 3.920/5.684 đoàn viên, chiếm 69%.",
            {(3920, "female")},
        ),
    ],
)
def test_whose_figures_hostile_round_136_left_alone(text: str, expected: set) -> None:
    assert {(o.value, o.subgroup) for o in _processed(text).observations} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a talk with a reporter gives nothing (`Trao đổi` is no `trao`; probe 9hs)
        (
            H134
            + "\nTrao đổi với phóng viên, anh Nguyễn Văn A, Chủ tịch Công đoàn công ty cho biết: "
            "Công ty hiện có 4.650 lao động.",
            {("workers", 4650, None)},
        ),
        # gifts and other help told as one sum are the care's money (probe 9hs)
        (
            H134 + "tổng giá trị quà và tiền hỗ trợ vé xe của LĐLĐ thị xã ngót 380 triệu đồng.",
            {("welfare_value", 380_000_000, None)},
        ),
        # an allowance worked out from the base salary is no money spent (probes 9ht, 9hi)
        (
            H134
            + "lao động nữ sinh con được trợ cấp một lần cho mỗi con bằng 2 lần mức lương cơ sở, "
            "tương đương 3.600.000 đồng.",
            set(),
        ),
        # ... but a total told after a rate worked out so is (hostile round 138; guard: passes
        # before)
        (
            H134
            + "hỗ trợ 1.200 đoàn viên bị mất việc, mỗi người 1 lần mức lương cơ sở, tổng số tiền "
            "2,16 tỷ đồng.",
            {("welfare_beneficiaries", 1200, None), ("welfare_value", 2_160_000_000, None)},
        ),
        # a talk of the body above quoted after its speaker's verb is left to the sentence, as
        # before (the reading that took it for another body's was withdrawn: hostile round 138)
        (
            "BÁO CÁO\nKết quả công tác năm 2023 của Công đoàn ngành Giáo dục tỉnh Phú Thọ\n\nChủ "
            "tịch LĐLĐ tỉnh cho biết, ngành Giáo dục đã kết nạp 1.200 đoàn viên mới.",
            {("new_members", 1200, None)},
        ),
        # cards after a comma are no stock's (hostile round 138; guard: passes before)
        (
            H134 + "tổng số đoàn viên toàn tỉnh: 180.000, thẻ đoàn viên đã cấp: 150.000.",
            {("members", 180_000, None)},
        ),
    ],
)
def test_what_probes_9hs_to_9hu_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup) for o in _processed(text).observations}
    assert got == expected


H137 = "LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN\nBáo cáo tổng kết công tác công đoàn năm 2023\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the re-read of the session and hostile round 137 found the session's readings did
        # to what they should leave alone (guards: pass before)
        (H137 + "LĐLĐ tỉnh phấn đấu bám sát thực tế để kết nạp 5.000 đoàn viên mới.", set()),
        (H137 + "LĐLĐ tỉnh tập trung chỉ đạo việc phấn đấu kết nạp 5.000 đoàn viên mới.", set()),
        (
            H137 + "Các cấp công đoàn đã thăm hỏi 1.320 lượt đoàn viên hưởng chế độ ốm đau, thai "
            "sản.",
            {("welfare_beneficiaries", 1320, None)},
        ),
        (
            H137 + "LĐLĐ tỉnh đã hỗ trợ 120 triệu đồng để mua vật liệu và xây dựng 3 nhà cho đoàn "
            "viên.",
            {("union_shelter_houses", 3, None)},
        ),
        (
            H137 + "Trong năm, các cấp công đoàn đã thăm hỏi 3.200 lượt đoàn viên ốm đau, tổng mức "
            "chi thăm hỏi 850 triệu đồng.",
            {("welfare_beneficiaries", 3200, None), ("welfare_value", 850_000_000, None)},
        ),
        (
            H137
            + "Báo cáo với Đoàn đại biểu Quốc hội tỉnh, LĐLĐ đã giới thiệu 120 đoàn viên ưu tú "
            "cho Đảng xem xét kết nạp.",
            {("party_referrals", 120, None)},
        ),
        # ... the Party referral beside a nomination (before, the nomination was read as one too)
        (
            H137 + "Năm 2023, LĐLĐ tỉnh đã giới thiệu 5 cán bộ tham gia ứng cử đại biểu HĐND tỉnh, "
            "giới thiệu 420 đoàn viên ưu tú cho Đảng xem xét kết nạp.",
            {("party_referrals", 420, None)},
        ),
        # ... and the readings' own variants: the country's clause with `và` in it, a part's
        # sector before a bracket
        (
            H137
            + "Toàn quốc sau 3 năm thực hiện Nghị quyết 02 và Chỉ thị 12 đã thành lập mới 12.500 "
            "CĐCS.",
            {("new_grassroots_unions", 12_500, "other_org")},
        ),
        (
            H137
            + "Toàn tỉnh có 118 CĐCS, trong đó 96 CĐCS doanh nghiệp (chiếm 81,4%), 22 CĐCS khối "
            "hành chính sự nghiệp.",
            {
                ("grassroots_unions", 118, None),
                ("grassroots_unions", 96, "business_sector"),
                ("grassroots_unions", 22, "public_sector"),
            },
        ),
    ],
)
def test_what_the_re_read_and_hostile_round_137_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup) for o in _processed(text).observations}
    assert got == expected


def test_the_sum_of_years_apart_is_of_no_span() -> None:
    """`- Năm 2021: ...` / `- Năm 2024: ...` / `Cộng dồn: ...`: two years apart make no span of
    four (the re-read of the session)."""
    text = (
        "BÁO CÁO\nKết quả công tác công đoàn năm 2024\n\nVề phát triển đoàn viên:\n- Năm 2021: kết "
        "nạp 512 đoàn viên;\n- Năm 2024: kết nạp 684 đoàn viên.\nCộng dồn: 1.196 đoàn viên."
    )
    periods = {o.value: o.period for o in _processed(text).observations}
    assert periods.get(1196) != "2021-2024"


H142 = "BÁO CÁO\nKết quả công tác công đoàn năm 2023 của LĐLĐ huyện Yên Phong\n\nNăm 2023, "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a typist's slips: an abbreviation in capitals without its `đ`, a word of a phrase
        # without its marks (probe 9hy)
        (
            H142 + "LĐLĐ huyện thành lập mới 3 CDCS tại các doanh nghiệp ngoài nhà nước.",
            {("new_grassroots_unions", 3, "non_state_enterprise")},
        ),
        (
            H142 + "toàn huyện có 214 CDCS với 11.250 đoàn viên.",
            {("grassroots_unions", 214, None), ("members", 11_250, None)},
        ),
        (
            H142 + "LĐLĐ huyện thành lập mới 4 Cong đoàn cơ sở.",
            {("new_grassroots_unions", 4, None)},
        ),
        # ... a scale word and its unit typed as one (probe 9hy)
        (
            H142 + "LĐLĐ huyện trao 6.200 suất quà trị giá 3,1 tỷđ.",
            {("gifts", 6200, None), ("gift_value", 3_100_000_000, None)},
        ),
        # admissions over their plan, who they were after `là` (probe 9hw)
        (
            H142 + "LĐLĐ huyện kết nạp 1.436/1.000 đoàn viên là lao động khu vực phi chính thức, "
            "đạt 143,6% kế hoạch.",
            {("new_members", 1436, None)},
        ),
        # those who left beside those admitted (probe 9ic)
        (
            H142 + "LĐLĐ huyện kết nạp 1.050 đoàn viên nhưng có tới gần 1.200 đoàn viên giảm do "
            "nghỉ việc, chuyển việc.",
            {("new_members", 1050, None)},
        ),
        # firms by their size, words between (probes 9ib, 9dv); the tenants of a place (probe 9hv)
        (
            H142 + "khoảng 65% doanh nghiệp trên địa bàn có dưới 10 lao động nên khó thành lập "
            "công đoàn.",
            set(),
        ),
        (
            H142 + "huyện hiện có khoảng 38.000 công nhân, người lao động đang thuê trọ tại hơn "
            "1.600 khu nhà trọ.",
            set(),
        ),
        # a share of pay shared out (probe 9ia)
        (
            H142 + "thu nhập bình quân của người lao động đạt 11,85 triệu đồng/người/tháng. Riêng "
            "khoản phí phục vụ (service charge) chia bình quân 2,35 triệu đồng/người/tháng.",
            {("avg_income", 11_850_000, None)},
        ),
        # homes of a housing project; a group's money for social work (probes 9hv, 9hx)
        (
            H142 + 'LĐLĐ huyện hỗ trợ xây dựng 12 nhà "Mái ấm Công đoàn". Theo Bộ Xây dựng, cả '
            "nước có 655 dự án nhà ở xã hội với khoảng 569.000 căn.",
            {("union_shelter_houses", 12, None)},
        ),
        (
            H142 + 'Công đoàn hỗ trợ xây 14 nhà "Mái ấm Công đoàn" với tổng kinh phí 980 triệu '
            "đồng. Tập đoàn dành khoảng 320 tỷ đồng cho công tác an sinh xã hội, xây dựng trường "
            "học và nhà đại đoàn kết.",
            {("union_shelter_houses", 14, None), ("union_shelter_value", 980_000_000, None)},
        ),
        # patients a health service treated (probe 9hy); not a free clinic (guard: passes before)
        (H142 + "ngành Y tế huyện đã khám chữa bệnh cho 120.000 lượt người.", set()),
        (
            H142 + "Công đoàn phối hợp khám chữa bệnh miễn phí cho 300 lượt người.",
            {("welfare_beneficiaries", 300, None)},
        ),
        # a union course on driving (probe 9hz)
        (
            H142 + "Công đoàn tổ chức 8 lớp tập huấn kỹ năng xử lý tình huống, lái xe an toàn và "
            "sơ cấp cứu cho 640 lượt lái xe.",
            {("training_courses", 8, None), ("training_participants", 640, None)},
        ),
        # a rate averaged over the years (probe 9ia)
        (
            H142 + "tỷ lệ doanh nghiệp có tổ chức công đoàn tổ chức Hội nghị người lao động bình "
            "quân hằng năm đạt 92%.",
            {("worker_conference_rate", 92, None)},
        ),
        # ... and what hostile rounds 139 and 140 taught the readings above (guards: pass before,
        # each failed on the session's first reading): a comparison after those admitted, a
        # named firm's own size, some of the workers who rent, the pay the income counts in, a
        # Mái ấm beside housing words, the union's own clinic
        (
            H142 + "toàn huyện kết nạp 1.050 đoàn viên giảm 15% so với năm 2022.",
            {("new_members", 1050, None)},
        ),
        (
            H142 + "Công ty TNHH May Hòa Thọ có dưới 500 lao động, trong đó 420 đoàn viên.",
            {("workers", 500, "other_org"), ("members", 420, "other_org")},
        ),
        (
            H142
            + "toàn huyện có 85.000 công nhân, lao động, nhiều công nhân thuê trọ có hoàn cảnh "
            "khó khăn.",
            {("workers", 85_000, None)},
        ),
        (
            H142 + "thu nhập bình quân kể cả phí phục vụ đạt 9,5 triệu đồng/người/tháng.",
            {("avg_income", 9_500_000, None)},
        ),
        (
            H142 + "Công đoàn đề nghị công ty miễn phí gửi xe, thu nhập bình quân đạt 8 triệu "
            "đồng/người/tháng.",
            {("avg_income", 8_000_000, None)},
        ),
        (
            H142 + "bên cạnh việc giới thiệu đoàn viên mua nhà ở xã hội, LĐLĐ huyện đã xây mới 12 "
            "nhà “Mái ấm Công đoàn”.",
            {("union_shelter_houses", 12, None)},
        ),
        (
            H142 + "LĐLĐ huyện xây mới 20 nhà Mái ấm Công đoàn với tổng kinh phí 1,2 tỷ đồng góp "
            "phần an sinh xã hội.",
            {("union_shelter_houses", 20, None), ("union_shelter_value", 1_200_000_000, None)},
        ),
        (
            H142 + "LĐLĐ huyện phối hợp Trung tâm Y tế khám bệnh cho 300 người lao động.",
            {("welfare_beneficiaries", 300, None)},
        ),
        # ... a course on driving is a union's unless it is a driving school's (hostile round 140)
        (
            H142 + "Công đoàn tổ chức 8 lớp bồi dưỡng kỹ năng lái xe an toàn cho 640 đoàn viên.",
            {("training_courses", 8, None), ("training_participants", 640, None)},
        ),
        # ... not a driving school's classes beside a union course, nor unions counted at their
        # founding (guards: pass before)
        (
            H142 + "Trung tâm mở 25 lớp đào tạo lái xe cho 700 học viên và 2 lớp tập huấn cho "
            "giáo viên dạy lái.",
            set(),
        ),
        (H142 + "3 nghiệp đoàn nghề cá được thành lập với 150 đoàn viên.", set()),
        # a trade school's classes (probe 9ic); people taken home, where they come from told
        # between (probe 9hz)
        (
            H142 + "Trường Cao đẳng nghề Hải Dương mở 4 lớp đào tạo nghề miễn phí cho 120 lao động "
            "bị mất việc.",
            set(),
        ),
        (
            H142 + "Công đoàn bố trí 18 xe giường nằm đưa gần 700 đoàn viên, người lao động quê "
            "Nghệ An đang làm việc tại Bình Dương, Đồng Nai về quê đón Tết miễn phí.",
            {("welfare_beneficiaries", 700, None)},
        ),
        # the second wave of probes (9id-9ik): state and private schools and hospitals (probe
        # 9ik); jobs to fill (probe 9if); an agreement widened to firms (probe 9ig); tuition and
        # travel money beside pay (probes 9ik, 9ig); sites inspected (probe 9ih); the level left
        # after a cut (probe 9if); a care's row label (probe 9id; the fortieth session's
        # Left: a header naming two nouns)
        (
            H142 + "thu nhập bình quân khối công lập đạt 8,4 triệu đồng/người/tháng; khối ngoài "
            "công lập khoảng 5,6 triệu đồng/người/tháng.",
            {
                ("avg_income", 8_400_000, "public_sector"),
                ("avg_income", 5_600_000, "non_state_enterprise"),
            },
        ),
        (
            H142 + "thành lập mới 3 CĐCS tại các trường mầm non tư thục.",
            {("new_grassroots_unions", 3, "non_state_enterprise")},
        ),
        (H142 + "các doanh nghiệp dệt may đang có nhu cầu tuyển khoảng 3.000 lao động.", set()),
        (
            H142 + "ký kết một bản TƯLĐTT nhóm doanh nghiệp với 6 doanh nghiệp cơ khí.",
            {("collective_agreements", 1, None)},
        ),
        (H142 + "bản thỏa ước mới mở rộng lên 14 doanh nghiệp.", set()),
        (
            H142 + "thu nhập bình quân của giáo viên đạt 7,8 triệu đồng/người/tháng; học phí tại "
            "các trường dao động từ 2,5 đến 6 triệu đồng/tháng.",
            {("avg_income", 7_800_000, None)},
        ),
        (
            H142 + "LĐLĐ huyện phối hợp kiểm tra 18 công trình xây dựng về việc thực hiện các quy "
            "định an toàn.",
            {("supervisions", 18, None)},
        ),
        (
            H142 + "sau đợt cắt giảm, công ty chỉ còn 1.870 lao động.",
            {("workers", 1870, None)},
        ),
        (
            "Kết quả chi quỹ năm 2023 như sau:\n\nTT | Nội dung chi | Số lượt/số nhà | Số tiền "
            "(đồng)\n1 | Trợ cấp đoàn viên ốm đau, mắc bệnh hiểm nghèo | 96 | 192,000,000",
            {("welfare_beneficiaries", 96, None), ("welfare_value", 192_000_000, None)},
        ),
        # the money told of women counted before it is theirs (probe 9ij); a need of workers
        # named further before (hostile round 141)
        (
            H142 + "LĐLĐ huyện hỗ trợ 1.245 lượt nữ đoàn viên mang thai, sinh con với tổng số tiền "
            "1,87 tỷ đồng.",
            {("welfare_beneficiaries", 1245, "female"), ("welfare_value", 1_870_000_000, "female")},
        ),
        (
            H142 + "nhu cầu tuyển dụng lao động của các doanh nghiệp trong quý IV khoảng 12.000 "
            "người.",
            set(),
        ),
        # ... and what the re-read at the stop taught the session's readings (guards: pass
        # before, each failed on a reading of the session): checks and reminders, a Mái ấm named
        # after the number beside a housing fund, TLBQ after an allowance, a public hospital as
        # the provider, a sum of two counts' money
        (
            H142 + "LĐLĐ huyện phối hợp với Sở LĐTBXH kiểm tra, nhắc nhở 45 doanh nghiệp về việc "
            "thực hiện chính sách.",
            {("supervisions", 45, None)},
        ),
        (
            H142 + "Quỹ Thiết chế công đoàn hỗ trợ xây mới 15 nhà Mái ấm Công đoàn cho đoàn viên.",
            {("union_shelter_houses", 15, None)},
        ),
        (
            H142 + "ngoài hỗ trợ đi lại, TLBQ của người lao động đạt 8,5 triệu đồng/người/tháng.",
            {("avg_income", 8_500_000, None)},
        ),
        (
            H142 + "LĐLĐ huyện phối hợp với bệnh viện công lập khám sức khỏe miễn phí cho 300 đoàn "
            "viên.",
            {("welfare_beneficiaries", 300, None)},
        ),
        (
            H142 + "công đoàn thăm hỏi 900 lượt đoàn viên nam và 300 lượt nữ đoàn viên, với tổng "
            "số tiền 500 triệu đồng.",
            {
                ("welfare_beneficiaries", 900, None),
                ("welfare_beneficiaries", 300, "female"),
                ("welfare_value", 500_000_000, None),
            },
        ),
        # ... and hostile round 143 (guards: pass before, each failed on a reading of the
        # session): the money of a whole after its part, of another deed, a total raised
        (
            H142
            + "LĐLĐ huyện thăm hỏi 320 lượt nữ đoàn viên ốm đau, đồng thời tổ chức Tết Sum vầy "
            "với tổng kinh phí 2,5 tỷ đồng.",
            {("welfare_beneficiaries", 320, "female"), ("welfare_value", 2_500_000_000, None)},
        ),
        (
            H142 + "LĐLĐ huyện thăm hỏi 230 lượt nữ đoàn viên, nâng tổng số tiền chăm lo của toàn "
            "huyện trong năm lên 45 tỷ đồng.",
            {("welfare_beneficiaries", 230, "female"), ("welfare_value", 45_000_000_000, None)},
        ),
        (
            H142 + "LĐLĐ huyện hỗ trợ 38 công nhân bị thương trong vụ xe khách bị lật.",
            {("welfare_beneficiaries", 38, None)},
        ),
        # ... and the differential test at the stop (guards: pass before): a private hospital
        # giving care, the state schools where members' children study, a check with its fines
        (
            H142 + "LĐLĐ huyện phối hợp Bệnh viện tư thục Hòa Bình khám bệnh miễn phí cho 350 đoàn "
            "viên.",
            {("welfare_beneficiaries", 350, None)},
        ),
        (
            H142
            + "Công đoàn trao 420 suất học bổng cho con đoàn viên đang học tại các trường công "
            "lập, tổng trị giá 210 triệu đồng.",
            {("welfare_value", 210_000_000, None)},
        ),
        (
            H142 + "LĐLĐ huyện tổ chức kiểm tra, xử phạt tại 18 doanh nghiệp.",
            {("supervisions", 18, None)},
        ),
        # ... one sum of two deeds, a need that is no hiring
        (
            H142 + "Công đoàn đã tặng 200 suất quà và thăm hỏi 320 lượt nữ đoàn viên sinh con, "
            "tổng kinh phí 300 triệu đồng.",
            {
                ("gifts", 200, None),
                ("welfare_beneficiaries", 320, "female"),
                ("welfare_value", 300_000_000, None),
            },
        ),
        (
            H142 + "KCN Quang Châu có nhu cầu rất lớn về nhà ở khi có tới 62.000 công nhân lao "
            "động đang làm việc.",
            {("workers", 62_000, None)},
        ),
        # (guards: pass before) an average per month is none; a driving school's trainees;
        # the members of unions just founded
        (H142 + "bình quân mỗi tháng khoảng 104 triệu đồng được chi cho đoàn viên.", set()),
        (H142 + "Trung tâm mở 25 lớp đào tạo lái xe cho 700 học viên.", set()),
        (
            H142 + "LĐLĐ huyện thành lập mới 14 CĐCS với 681 đoàn viên.",
            {("new_grassroots_unions", 14, None)},
        ),
        (
            H142 + "25 CĐCS mới được thành lập với 1.200 đoàn viên.",
            {("new_grassroots_unions", 25, None)},
        ),
    ],
)
def test_what_the_forty_first_sessions_probes_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup) for o in _processed(text).observations}
    assert got == expected


def test_a_table_rows_money_in_shorthand_is_scaled() -> None:
    """`Quỹ "Mái ấm Công đoàn" (trđ) | 500 | 612,4`: the unit in the row's label in shorthand
    was not read, and the row was lost (probe 9hy)."""
    text = (
        "Kết quả năm 2023 của LĐLĐ huyện\n| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ |\n"
        '| Quỹ "Mái ấm Công đoàn" (trđ) | 500 | 612,4 | 122,5% |\n'
    )
    got = {(o.indicator, o.value, o.target) for o in _processed(text).observations}
    assert got == {("union_shelter_fund", 612_400_000, 500_000_000)}


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # a day with no year opening a news item's sentence: the last such day up to the item's
        # date, not the year its text named before (probe 9hv; the fortieth session's Left)
        (
            "Nhà trọ nghĩa tình\n22/10/2023 - 19:30\nNăm 2022, đã có 126 chủ nhà trọ tham gia."
            "\nChiều 21-10, LĐLĐ huyện trao 500 phần quà cho công nhân đang thuê trọ.",
            "2023",
        ),
        (
            "LĐLĐ tỉnh ra mắt nghiệp đoàn\nNgày 15/1/2024\nNăm 2023, LĐLĐ tỉnh kết nạp 12.500 "
            "đoàn viên mới.\nSáng 13-1, LĐLĐ tỉnh ra mắt Nghiệp đoàn xe ôm, kết nạp 40 đoàn viên.",
            "2024",
        ),
        # ... after an outlet's name and a dash, after `Vào`, before `vừa qua` (hostile round 143)
        (
            "Nhà Mái ấm\n23/10/2023 08:00\nGiai đoạn 2018-2022, LĐLĐ huyện xây 40 nhà.\nLAO ĐỘNG "
            "- Chiều 21-10, LĐLĐ huyện trao 500 phần quà.",
            "2023",
        ),
        (
            "Nhà Mái ấm\n23/10/2023 08:00\nGiai đoạn 2018-2022, LĐLĐ huyện xây 40 nhà.\nNgày "
            "21/10 vừa qua, LĐLĐ huyện trao 500 phần quà.",
            "2023",
        ),
        # ... not a day after the item's date, the year's own in a review published early the
        # next year (hostile round 141); a review's results told on its day keep the year
        # reviewed (guards: pass before)
        (
            "Dấu ấn năm 2023 của LĐLĐ tỉnh\n03/01/2024 08:15\nNăm 2023, LĐLĐ tỉnh kết nạp 9.000 "
            "đoàn viên.\nNgày 14-3, LĐLĐ tỉnh ra mắt Nghiệp đoàn xe ôm, trao 500 phần quà.",
            "2023",
        ),
        (
            "LĐLĐ tỉnh tổng kết năm 2023\nNgày 15/1/2024\nNăm 2023, LĐLĐ tỉnh kết nạp 12.500 "
            "đoàn viên mới.\nSáng 13-1, tại hội nghị tổng kết, LĐLĐ tỉnh trao 500 phần quà.",
            "2023",
        ),
    ],
)
def test_a_day_with_no_year_is_the_last_such_day_up_to_the_items_date(
    text: str, period: str
) -> None:
    got = {o.value: o.period for o in _processed(text).observations}
    assert got.get(500, got.get(40)) == period


def test_a_later_day_opening_a_sentence_dates_it_unless_it_tells_the_reviews_results() -> None:
    """Probe 9ii: `Ngày 13/3/2023, ... tổ chức 2 lớp tập huấn` in a review of 2022 published
    then was dated 2022; the meeting's day before the review's results still is not their
    year (guard: passes before)."""
    course = (
        "Công đoàn Giáo dục tỉnh tổng kết công tác kiểm tra năm 2022\nNăm 2022, Công đoàn ngành "
        "kiểm tra 45 CĐCS.\nNgày 13/3/2023, Công đoàn Giáo dục tỉnh tổ chức 2 lớp tập huấn cho 318 "
        "chủ tịch CĐCS."
    )
    got = {o.value: o.period for o in _processed(course).observations}
    assert (got[45], got[2], got[318]) == ("2022", "2023", "2023")
    review = (
        "LĐLĐ tỉnh tổng kết năm 2023\nNăm 2023, LĐLĐ tỉnh kết nạp 12.000 đoàn viên.\nChiều "
        "15/1/2024, phát biểu tại hội nghị tổng kết, Chủ tịch LĐLĐ tỉnh cho biết đã trao 5.000 "
        "suất quà."
    )
    assert {o.value: o.period for o in _processed(review).observations}[5000] == "2023"


def test_a_day_opening_a_sentence_that_tells_the_years_results_keeps_the_year() -> None:
    """Hostile round 141: `Sáng 13-1, ..., Chủ tịch thông tin: năm qua toàn tỉnh đã thành lập
    mới 45 CĐCS` in an item of 14/01/2024 was dated 2024 (`told_of_the_year`)."""
    text = (
        "LĐLĐ tỉnh tổng kết công tác năm 2023\n14/01/2024 08:00\nNăm 2023, LĐLĐ tỉnh kết nạp 9.000 "
        "đoàn viên.\nSáng 13-1, tại hội nghị, Chủ tịch LĐLĐ tỉnh thông tin: năm qua toàn tỉnh đã "
        "thành lập mới 45 công đoàn cơ sở."
    )
    assert {o.value: o.period for o in _processed(text).observations}[45] == "2023"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next body of a list of partners is a partner too, not the doer (probe 9im)
        (
            H142 + "LĐLĐ huyện phối hợp với Phòng Lao động - Thương binh và Xã hội, Bảo hiểm xã "
            "hội huyện tổ chức 5 cuộc giám sát.",
            {("supervisions", 5, None)},
        ),
        # ... whatever the partners' names hold (`Chi cục`, `Sở Xây dựng`), a comma with no
        # space after it (the re-read at the stop)
        (
            H142 + "LĐLĐ huyện phối hợp với Chi cục Thuế, Bảo hiểm xã hội huyện tổ chức 5 cuộc "
            "giám sát.",
            {("supervisions", 5, None)},
        ),
        (
            H142 + "LĐLĐ huyện phối hợp với Sở Xây dựng,Bảo hiểm xã hội huyện tổ chức 5 cuộc "
            "giám sát.",
            {("supervisions", 5, None)},
        ),
        # (guards: pass before) ... not past the partner's own deed, nor with no partner word
        (
            H142 + "LĐLĐ huyện phối hợp với Phòng Lao động - Thương binh và Xã hội tổ chức hội "
            "thảo, Bảo hiểm xã hội huyện tổ chức 5 cuộc giám sát.",
            {("supervisions", 5, "other_org")},
        ),
        (
            H142 + "Hội LHPN huyện, Bảo hiểm xã hội huyện tổ chức 5 cuộc giám sát.",
            {("supervisions", 5, "other_org")},
        ),
        # `động viên` beside a care cheers those helped, not mobilises them (probe 9io)
        (
            H142 + "công đoàn hỗ trợ, động viên 350 đoàn viên đang trực tiếp tham gia phòng, "
            "chống dịch.",
            {("welfare_beneficiaries", 350, None)},
        ),
        # (guard: passes before) ... alone, it does
        (H142 + "công đoàn động viên 500 đoàn viên tham gia hiến máu tình nguyện.", set()),
        # the coal sector's `CNCB`, a cooperative's `xã viên` are its workforce (probe 9in)
        (
            H142 + "Công ty có 2.986 CNCB (cán bộ, công nhân), trong đó 2.850 đoàn viên.",
            {("workers", 2986, None), ("members", 2850, None)},
        ),
        (
            H142 + "nghiệp đoàn có 112 đoàn viên trên tổng số 131 xã viên và người lao động.",
            {("members", 112, None), ("workers", 131, None)},
        ),
        # the works an award is proposed for are no initiatives of the year (probe 9in)
        (
            H142 + "Công đoàn đề nghị Tổng LĐLĐ Việt Nam xét tặng Bằng Lao động sáng tạo cho 2 "
            "sáng kiến.",
            set(),
        ),
        # (guard: passes before) ... the year's own after the award's clause are
        (
            H142 + "có 15 cá nhân được tặng Bằng Lao động sáng tạo, toàn ngành có 120 sáng kiến "
            "được công nhận.",
            {("creative_labour_awards", 15, None), ("initiatives", 120, None)},
        ),
    ],
)  # fmt: skip
def test_what_the_forty_second_sessions_probes_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those a plan will reach, `sẽ` after them (probe 9ir)
        (H142 + "dịp Tết, hơn 1 triệu lượt đoàn viên sẽ được công đoàn chăm lo.", set()),
        (H142 + "12.000 đoàn viên sẽ được nhận quà của công đoàn.", set()),
        # (guard: passes before) ... not past what was done to them
        (
            H142 + "120 đoàn viên được kết nạp, sẽ được trao thẻ đoàn viên.",
            {("new_members", 120, None)},
        ),
        # a new union's debut at a membership drive (probe 9iq)
        (
            H142 + "Lễ kết nạp 620 đoàn viên, ra mắt 4 công đoàn cơ sở tại các doanh nghiệp.",
            {("new_members", 620, None), ("new_grassroots_unions", 4, None)},
        ),
        # workers who left on their own are no trip home given (probe 9ip)
        (H142 + "trong năm có hơn 300.000 lao động đã rời tỉnh về quê.", set()),
        # (guard: passes before) ... those the union sent are
        (
            H142 + "Công đoàn tặng vé xe cho 612 công nhân về quê đón Tết.",
            {("welfare_beneficiaries", 612, None)},
        ),
        # each one's amount after a semicolon is no total (probe 9ir)
        (
            H142 + "Hội chợ có 2.500 gian hàng bình ổn giá; mỗi đoàn viên khó khăn được tặng "
            "phiếu mua hàng trị giá 500.000 đồng.",
            set(),
        ),
    ],
)  # fmt: skip
def test_what_the_forty_second_sessions_second_probes_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people of a team named by its task are no admissions (probe 9iu)
        (
            H142 + "Công đoàn thành lập tổ công tác phát triển đoàn viên gồm 5 cán bộ.",
            set(),
        ),
        # an event's attendance is no workforce (probe 9iu)
        (
            H142 + "Hội nghị có hơn 500 công nhân, cán bộ công đoàn đến từ 47 doanh nghiệp tham dự.",
            set(),
        ),
        # unions awarded are no stock (probe 9iu)
        (H142 + "Ban Quản lý các KCN tặng bằng khen cho 10 CĐCS.", set()),
        # (guard: passes before) ... the stock beside them is
        (
            H142 + "Toàn huyện có 45 CĐCS, trong đó khen thưởng 12 CĐCS vững mạnh.",
            {("grassroots_unions", 45, None)},
        ),
        # (guards from hostile round 147: pass before) a census at a congress's time is the
        # workforce; those a team admitted, and their parts, are admissions
        (
            H142 + "tại thời điểm Đại hội có 12.500 CNVCLĐ.",
            {("workers", 12500, None)},
        ),
        (
            H142 + "Tổ công tác đã phát triển mới được 1.250 đoàn viên gồm 600 đoàn viên khu vực "
            "doanh nghiệp và 650 đoàn viên khu vực hành chính sự nghiệp.",
            {
                ("new_members", 1250, None),
                ("new_members", 600, "business_sector"),
                ("new_members", 650, "public_sector"),
            },
        ),
        # ... a heading's `khen thưởng:` no award
        (
            H142.replace("Năm 2023, ", "") + "Thi đua, khen thưởng: 85 CĐCS trực thuộc, 12.500 "
            "đoàn viên.",
            {("grassroots_unions", 85, None), ("members", 12500, None)},
        ),
        # ... a fronted partner clause names the doer after its comma
        (
            H142.replace("Năm 2023, ", "") + "Với sự phối hợp của Ban Chính sách - Pháp luật "
            "LĐLĐ huyện, LĐLĐ tỉnh tổ chức 3 cuộc giám sát tại doanh nghiệp.",
            {("supervisions", 3, "other_org")},
        ),
    ],
)  # fmt: skip
def test_what_the_forty_second_sessions_third_probes_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup) for o in _processed(text).observations}
    assert got == expected


def test_a_national_terms_totals_are_in_range_and_keep_their_target() -> None:
    """Five years of the whole country's admissions (4,5 million) and new unions (24 000) were
    flagged out of range, and the plan in brackets lost (probe 9io)."""
    text = (
        "BÁO CÁO\nTổng Liên đoàn Lao động Việt Nam\n\nNhiệm kỳ 2018-2023, các cấp công đoàn cả "
        "nước kết nạp 4.512.870 đoàn viên, đạt 90,3% chỉ tiêu (5 triệu đoàn viên); thành lập "
        "mới 24.315 CĐCS."
    )
    got = {
        (o.indicator, o.value, o.target, "out_of_range" in o.flags)
        for o in _processed(text).observations
    }
    assert ("new_members", 4512870, 5_000_000, False) in got
    assert ("new_grassroots_unions", 24315, None, False) in got


@pytest.mark.parametrize(
    "opening",
    [
        "Tính từ đầu nhiệm kỳ (năm 2018) đến nay",  # the term's first year in brackets (9im)
        "Từ đầu nhiệm kỳ (tháng 10/2018) đến nay",  # ... its month too (the re-read)
        "Từ đầu nhiệm kỳ (2018) đến nay",
        "Từ đầu nhiệm kỳ 2018 đến nay",
        "Từ năm 2018 đến nay",  # (guard: passes before)
    ],
)
def test_the_terms_first_year_named_after_its_start_opens_the_span(opening: str) -> None:
    text = H142.replace("Năm 2023, ", "") + opening + ", toàn ngành kết nạp 1.126 đoàn viên."
    got = {(o.indicator, o.value, o.period) for o in _processed(text).observations}
    assert got == {("new_members", 1126, "2018-2023")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partner word opening the sentence names the doer after its comma (hostile 144)
        (
            H142 + "Cùng với LĐLĐ huyện, LĐLĐ tỉnh đã trao 200 suất quà cho công nhân lao động.",
            {("gifts", 200, "other_org")},
        ),
        # a respective list's subject naming two things lends neither to both (hostile 144)
        (
            H142 + "Số đoàn viên kết nạp mới và số đoàn viên tiếp nhận lần lượt là 1.200 và 300 "
            "người.",
            set(),
        ),
        # the people awarded, then their works: those are initiatives (hostile 144)
        (
            H142 + "Tổng LĐLĐ Việt Nam tặng Bằng LĐST cho 5 cá nhân có 12 sáng kiến.",
            {("creative_labour_awards", 5, None), ("initiatives", 12, None)},
        ),
        # a district's cooperative members are no workforce of the union (hostile 144)
        (H142 + "Toàn huyện có 320 hợp tác xã với 12.000 xã viên.", set()),
        # a plan `sẽ` after a comma is another clause's (hostile 145)
        (
            H142 + "thành lập mới 5 CĐCS, các CĐCS này sẽ được hỗ trợ kinh phí hoạt động.",
            {("new_grassroots_unions", 5, None)},
        ),
        (
            H142 + "trao 300 suất quà trị giá 150 triệu đồng, công nhân sẽ nhận quà tại công ty.",
            {("gifts", 300, None), ("gift_value", 150_000_000, None)},
        ),
        # what is launched at unions founds none (hostile 145)
        (H142 + "LĐLĐ huyện tổ chức ra mắt BCH 12 CĐCS nhiệm kỳ 2023-2028.", set()),
        # each one's share after a semicolon ends at its comma (hostile 145)
        (
            H142 + "chăm lo đoàn viên khó khăn; mỗi CĐCS thăm hỏi từ 5 đến 10 đoàn viên, toàn "
            "huyện thăm hỏi 450 lượt đoàn viên với số tiền 135 triệu đồng.",
            {("welfare_beneficiaries", 450, None), ("welfare_value", 135_000_000, None)},
        ),
    ],
)  # fmt: skip
def test_what_hostile_rounds_144_and_145_taught(text: str, expected: set) -> None:
    """Guards: each passes on the session's starting code and failed on a draft of its rules."""
    got = {(o.indicator, o.value, o.subgroup) for o in _processed(text).observations}
    assert got == expected


def test_the_terms_first_year_in_brackets_is_not_the_report_year_less_five() -> None:
    """`(năm 2020)` in a report of 2023 opens the span there (hostile 144: a draft read the
    term back five years from the report)."""
    text = (
        H142.replace("Năm 2023, ", "")
        + "Từ đầu nhiệm kỳ (năm 2020) đến nay, đã kết nạp 3.200 đoàn viên."
    )
    got = {(o.indicator, o.value, o.period) for o in _processed(text).observations}
    assert got == {("new_members", 3200, "2020-2023")}


@pytest.mark.parametrize(
    ("sentence", "subgroup"),
    [
        # the report's own sector union by its trade and `tỉnh` (probe 9is)
        ("Trước đó, Công đoàn Giáo dục tỉnh đã thăm hỏi, tặng 420 suất quà cho giáo viên.", None),
        # (guard: passes before) ... another trade's union of the province is another body
        ("Trước đó, Công đoàn ngành Y tế tỉnh đã thăm hỏi, tặng 420 suất quà cho y bác sĩ.", "other_org"),
    ],
)  # fmt: skip
def test_a_sector_union_named_by_its_trade_and_province_word_is_the_reports_own(
    sentence: str, subgroup: str | None
) -> None:
    text = (
        "Công đoàn Giáo dục Thái Bình hỗ trợ giáo viên mầm non gặp khó khăn do dịch COVID-19\n"
        "Cập nhật: 14/10/2021\n\nTừ ngày 5/10 đến 13/10/2021, Công đoàn Giáo dục tỉnh đã phối "
        "hợp với công đoàn giáo dục các huyện trao hỗ trợ cho 1.236 giáo viên. " + sentence
    )
    got = {(o.indicator, o.value, o.subgroup) for o in _processed(text).observations}
    assert ("gifts", 420, subgroup) in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count of months a year is told by is no figure of the clause before the mark's
        # (probe 9ix: `612` after the semicolon took the year of the sentence before)
        (
            "Tin hoạt động\nCập nhật: 28/05/2020\nÔng A cho biết, năm 2019 toàn ngành xảy ra 21 vụ "
            "tai nạn lao động. Trong 5 tháng đầu năm 2020, công đoàn đã thăm hỏi 3.846 lượt đoàn "
            "viên ốm đau; trợ cấp khó khăn cho 612 đoàn viên.",
            {("welfare_beneficiaries", 3846, "2020"), ("welfare_beneficiaries", 612, "2020")},
        ),
        # ... nor is a count of years before a span (probe 9iw)
        (
            "BÁO CÁO\nKết quả hoạt động công đoàn năm 2020 của Công đoàn ngành Y tế tỉnh Nam "
            "Định\n\nTrong 5 năm 2016 - 2020, phong trào có 4.985 sáng kiến; 37 người lao "
            "động được tặng Bằng Lao động sáng tạo.",
            {("initiatives", 4985, "2016-2020"), ("creative_labour_awards", 37, "2016-2020")},
        ),
        # a later sentence of the paragraph telling another time ends the first sentence's
        # year framing it (probe 9ix: a house's age; the accidents of the year before)
        (
            "Bàn giao nhà Mái ấm Công đoàn\nCập nhật: 13/08/2016\nChị Thu có chồng mất sớm, căn "
            "nhà cũ dựng từ năm 1998 đã xuống cấp. Ngôi nhà mới được khởi công từ tháng 5/2016. "
            "LĐLĐ huyện hỗ trợ 10 triệu đồng làm nhà Mái ấm Công đoàn.",
            {("union_shelter_value", 10_000_000, "2016")},
        ),
        (
            "Chăm lo công nhân trong Tháng Công nhân năm 2020\nCập nhật: 28/05/2020\nÔng A cho "
            "biết, năm 2019 toàn ngành xảy ra 21 vụ tai nạn lao động. Trong 5 tháng đầu năm 2020, "
            "công đoàn đã thăm hỏi 3.846 lượt đoàn viên ốm đau. Ngoài ra, công đoàn đã trao 7.420 "
            "suất quà cho công nhân.",
            {("welfare_beneficiaries", 3846, "2020"), ("gifts", 7420, "2020")},
        ),
        # (guard: passes before) ... not a stock told now, nor a year compared with
        (
            "Đối thoại với công nhân\nCập nhật: 08/03/2024\nBà B cho biết năm 2023 các cấp công "
            "đoàn tỉnh đã kết nạp 6.842 đoàn viên. Hiện toàn tỉnh có 1.187 CĐCS. Các cấp công đoàn "
            "đã chăm lo 58.320 lượt đoàn viên.",
            {
                ("new_members", 6842, "2023"),
                ("grassroots_unions", 1187, "2023"),
                ("welfare_beneficiaries", 58320, "2023"),
            },
        ),
        # `Cũng trong giai đoạn này` points back past a part of that time told aside (probe 9iw)
        (
            "BÁO CÁO\nTổng kết phong trào thi đua giai đoạn 2016 - 2020 của Công đoàn ngành Y tế "
            "tỉnh Nam Định\n\nTừ năm 2016 đến năm 2020, phong trào có 4.985 sáng kiến. Riêng năm "
            "2020 có 1.042 sáng kiến. Cũng trong giai đoạn này, công đoàn đã xây dựng 268 nhà Mái "
            "ấm Công đoàn.",
            {
                ("initiatives", 4985, "2016-2020"),
                ("initiatives", 1042, "2020"),
                ("union_shelter_houses", 268, "2016-2020"),
            },
        ),
    ],
)
def test_what_the_forty_third_sessions_probes_taught_of_periods(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.period) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the other of a pair of sectors, named by the people its label counts (probe 9iw)
        (
            "thu nhập bình quân của người lao động trong các doanh nghiệp đạt 5,2 triệu đồng/người"
            "/tháng, khối hành chính sự nghiệp 6,1 triệu đồng/người/tháng.",
            {("avg_income", 5_200_000, "business_sector"), ("avg_income", 6_100_000, "public_sector")},
        ),
        (
            "thu nhập bình quân khu vực doanh nghiệp đạt 7,2 triệu đồng/người/tháng, cán bộ, công "
            "chức, viên chức đạt 6,5 triệu đồng/người/tháng.",
            {("avg_income", 7_200_000, "business_sector"), ("avg_income", 6_500_000, "public_sector")},
        ),
        # (guard: passes before) ... alone, such a label tells of the whole
        (
            "thu nhập bình quân của người lao động trong các doanh nghiệp trên địa bàn đạt 7,5 "
            "triệu đồng/người/tháng.",
            {("avg_income", 7_500_000, None)},
        ),
        # a business in a list of partners does not give (probe 9ix)
        (
            "LĐLĐ huyện phối hợp với các CĐCS, doanh nghiệp trao 1.100 phần quà cho công nhân.",
            {("gifts", 1100, None)},
        ),
        # (guard: passes before) ... one opening its own clause does
        (
            "LĐLĐ huyện trao 300 phần quà; doanh nghiệp trao 1.100 phần quà cho công nhân.",
            {("gifts", 300, None), ("gifts", 1100, "other_org")},
        ),
        # the fund a body names is given to, no doer (probe 9ix)
        (
            "vận động đoàn viên đóng góp Quỹ Mái ấm Công đoàn của LĐLĐ tỉnh số tiền 42.310.000 đồng.",
            {("union_shelter_fund", 42_310_000, None)},
        ),
        # (guard: passes before) ... a body giving is
        (
            "LĐLĐ tỉnh hỗ trợ Quỹ Mái ấm Công đoàn số tiền 42.310.000 đồng.",
            {("union_shelter_fund", 42_310_000, "other_org")},
        ),
    ],
)  # fmt: skip
def test_what_the_forty_third_sessions_probes_taught_of_subgroups(
    sentence: str, expected: set
) -> None:
    got = {(o.indicator, o.value, o.subgroup) for o in _processed(H142 + sentence).observations}
    assert got == expected


def test_a_blocs_head_named_in_its_subject_is_no_doer() -> None:
    """`6 đơn vị trong Khối do LĐLĐ quận X làm Trưởng khối đã kết nạp ...`: the bloc's members
    did it, its head is named (probe 9iw)."""
    text = (
        "Khối thi đua số 3 các LĐLĐ quận, huyện Hà Nội tổng kết năm 2018\nThứ bảy, 15/12/2018\n"
        "Chiều 14/12, Khối thi đua số 3 tổ chức hội nghị tổng kết. Năm qua, 6 đơn vị trong Khối "
        "do LĐLĐ quận Hoàng Mai làm Trưởng khối đã kết nạp 8.214 đoàn viên."
    )
    got = {(o.indicator, o.value, o.subgroup) for o in _processed(text).observations}
    assert got == {("new_members", 8214, None)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a pledge is the target of the result told after it (probe 9ix)
        (
            "LĐLĐ huyện phấn đấu kết nạp 500 đoàn viên, đến nay đã kết nạp được 420 đoàn viên.",
            {("new_members", 420, 500)},
        ),
        (
            "LĐLĐ huyện phấn đấu vận động Quỹ Mái ấm Công đoàn 150 triệu đồng, đến nay đã vận động "
            "được 96,5 triệu đồng.",
            {("union_shelter_fund", 96_500_000, 150_000_000)},
        ),
        # ... `đến nay đã` turns from the plan to its result
        (
            "LĐLĐ huyện phấn đấu xây dựng 3 nhà Mái ấm Công đoàn, đến nay đã bàn giao 2 nhà.",
            {("union_shelter_houses", 2, 3)},
        ),
        # (guard: passes before) ... a plan word's
        (
            "kế hoạch thành lập 5 CĐCS, đến nay đã thành lập 4 CĐCS.",
            {("new_grassroots_unions", 4, 5)},
        ),
    ],
)
def test_a_pledge_is_the_target_of_its_result(sentence: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.target) for o in _processed(H142 + sentence).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guard: passes before) a part of the frame's own year is no other time (hostile 152)
        (
            H142.replace("Năm 2023, ", "")
            + "Năm 2022, toàn huyện kết nạp 1.120 đoàn viên. Quý IV/2022, kết nạp 420 đoàn viên. "
            "Số CĐCS thành lập mới trong năm là 6.",
            {("new_members", 1120, "2022"), ("new_members", 420, "2022-Q4"), ("new_grassroots_unions", 6, "2022")},
        ),
        # (guard: passes before) `Cũng trong giai đoạn này` after a span told aside is that span
        (
            H142.replace("Năm 2023, ", "")
            + "Từ năm 2018 đến nay, công đoàn đã thăm hỏi 21.000 lượt đoàn viên. Trong đó, giai "
            "đoạn 2020 - 2021 đã hỗ trợ 6.200 lượt. Cũng trong giai đoạn này, công đoàn đã trao "
            "3.500 suất quà cho công nhân.",
            {
                ("welfare_beneficiaries", 21000, "2018-2023"),
                ("welfare_beneficiaries", 6200, "2020-2021"),
                ("gifts", 3500, "2020-2021"),
            },
        ),
        # (guard: passes before) the year of now opening the clause after a semicolon is not
        # the span's (hostile 152)
        (
            H142.replace("Năm 2023, ", "")
            + "Trong 5 năm 2018 - 2023, đã kết nạp 6.420 đoàn viên; trong năm kết nạp 1.450 đoàn viên.",
            {("new_members", 6420, "2018-2023"), ("new_members", 1450, "2023")},
        ),
    ],
)  # fmt: skip
def test_what_hostile_round_152_taught_of_periods(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.period) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (guard: passes before) a deed pledged in a campaign leaves the clause's results alone
        (
            "trong Tháng Công nhân, các CĐCS đăng ký xây dựng 25 công trình, phần việc, trao tặng "
            "1.800 suất quà cho công nhân.",
            {("gifts", 1800, None, None)},
        ),
        # (guard: passes before) a pledge of each year is no target of a running total
        (
            "LĐLĐ huyện phấn đấu kết nạp 500 đoàn viên mỗi năm, đến nay đã kết nạp được 2.340 đoàn viên.",
            {("new_members", 2340, None, None)},
        ),
        # (guard: passes before) support received from the body above is that body's
        (
            "Công đoàn huyện nhận được sự ủng hộ của LĐLĐ tỉnh số tiền 40 triệu đồng để hỗ trợ đoàn viên.",
            {("welfare_value", 40_000_000, None, "other_org")},
        ),
    ],
)  # fmt: skip
def test_what_hostile_round_152_taught(sentence: str, expected: set) -> None:
    got = {
        (o.indicator, o.value, o.target, o.subgroup)
        for o in _processed(H142 + sentence).observations
    }
    assert got == expected


def test_a_blocs_head_in_a_citys_report_heads_its_members_figures() -> None:
    """(guard: passes before) In the city federation's report, the bloc of its district
    federations is other bodies, whoever heads it (hostile 152)."""
    text = (
        "BÁO CÁO\nKết quả công tác công đoàn năm 2023 của LĐLĐ thành phố Hà Nội\n\n6 đơn vị trong "
        "Khối do LĐLĐ quận Hoàng Mai làm Trưởng khối đã kết nạp 8.214 đoàn viên."
    )
    got = {(o.indicator, o.value, o.subgroup) for o in _processed(text).observations}
    assert got == {("new_members", 8214, "other_org")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an average named after the statutory wage is the average (probe 9iy)
        (
            H142 + "lương cơ bản tăng 7%, thu nhập bình quân đạt 7,8 triệu đồng/người/tháng.",
            {("avg_income", 7_800_000, "2023")},
        ),
        # (guard: passes before) ... the wage itself is none
        (H142 + "lương cơ bản của công nhân là 4,5 triệu đồng/tháng.", set()),
        # those who joined the union, past a comma that goes on about them (probe 9iy)
        (
            H142 + "công ty có 6.420 công nhân, trong đó 6.185 người đã gia nhập công đoàn, phần "
            "lớn là lao động nữ.",
            {("workers", 6420, "2023"), ("members", 6185, "2023")},
        ),
        # half a year past is the report's half, no year back (probe 9iy)
        (
            "Công đoàn các KCN sơ kết 6 tháng đầu năm 2022\nCập nhật: 15/07/2022\nNgày 14/7, Công "
            "đoàn các KCN tỉnh tổ chức hội nghị. Trong nửa năm qua, công đoàn đã kết nạp 320 đoàn "
            "viên.",
            {("new_members", 320, "2022-H1")},
        ),
        # a campaign's phase an award names is not the item's period (probe 9ja)
        (
            "Công đoàn Công ty May Hòa Bình giữ an toàn lao động\nThứ Năm, 15/6/2023\nTừ đầu năm "
            "đến nay, Công đoàn tổ chức 3 lớp huấn luyện cho 1.130 công nhân. Công đoàn Công ty "
            'được tặng Bằng khen vì thành tích trong phong trào "Xanh - Sạch - Đẹp, Bảo đảm '
            'ATVSLĐ" giai đoạn 2018-2022.',
            {("training_courses", 3, "2023"), ("training_participants", 1130, "2023")},
        ),
    ],
)
def test_what_the_forty_third_sessions_second_probes_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.period) for o in _processed(text).observations}
    assert got == expected


_TERM_TABLE = (
    "BÁO CÁO\nTổng kết nhiệm kỳ 2018 - 2023 của Công đoàn ngành Giao thông vận tải tỉnh Nghệ "
    "An\n\n| TT | Chỉ tiêu Nghị quyết Đại hội XIV | ĐVT | Chỉ tiêu NQ | Kết quả 2018-2023 | Đánh "
    "giá |\n|---|---|---|---|---|---|\n| 1 | Phát triển đoàn viên mới | đoàn viên | 3.000 | "
    "4.126 | Vượt |\n| 2 | Thành lập CĐCS mới | CĐCS | 5 | 7 | Vượt |\n"
)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        # a long header over the rows' labels before a plan column of its own names the rows;
        # `Kết quả 2018-2023` holds those years' figures (probe 9iz: the plans were read as
        # results)
        ("", set()),
        # under `tỷ đồng` a comma is decimal, as prose reads it (probe 9iz: 4 215 tỷ đồng)
        (
            '| 3 | Vận động Quỹ "Mái ấm Công đoàn" | tỷ đồng | 4 | 4,215 | Vượt |\n',
            {("union_shelter_fund", 4_215_000_000, 4_000_000_000, "2018-2023")},
        ),
        # ... a figure grouped in full is what it says
        (
            '| 3 | Vận động Quỹ "Mái ấm Công đoàn" | triệu đồng | 4.000 | 4.215 | Vượt |\n',
            {("union_shelter_fund", 4_215_000_000, 4_000_000_000, "2018-2023")},
        ),
    ],
)
def test_a_term_reports_table_of_plans_and_results(row: str, expected: set) -> None:
    got = {
        (o.indicator, o.value, o.target, o.period)
        for o in _processed(_TERM_TABLE + row).observations
    }
    assert (
        got
        == {
            ("new_members", 4126, 3000, "2018-2023"),
            ("new_grassroots_unions", 7, 5, "2018-2023"),
        }
        | expected
    )


def test_a_rates_row_whose_share_is_left_blank_keeps_its_columns() -> None:
    """`DN tổ chức Hội nghị NLĐ | 90% | 94,6% |` under `Chỉ tiêu | Giao | Thực hiện | Tỷ lệ (%)`:
    each figure a rate, the share cell blank and lost; not a row shifted right (probe 9iz: the
    plan was read as the result)."""
    text = (
        "BÁO CÁO\nKết quả công tác công đoàn năm 2018 của Công đoàn ngành Công Thương tỉnh Ninh "
        "Bình\n\nChỉ tiêu\tLĐLĐ tỉnh giao\tThực hiện\tTỷ lệ (%)\nKết nạp đoàn viên\t800\t1.052\t"
        "131,5\nDN tổ chức Hội nghị NLĐ\t90%\t94,6%\t\n"
    )
    got = {(o.indicator, o.value, o.target) for o in _processed(text).observations}
    assert got == {("new_members", 1052, 800), ("worker_conference_rate", 94.6, 90)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a network counted, trained as a habit, is no course's people (probe 9ja)
        ("toàn công ty có 74 an toàn vệ sinh viên, được tập huấn lại mỗi năm.", set()),
        # (guard: passes before) ... those a course trained are
        (
            "có 320 cán bộ công đoàn được tập huấn nghiệp vụ.",
            {("training_participants", 320, "2023")},
        ),
        # the start of a term closing the first end of a change dates that end; the other is
        # the term's end (probe 9iz: the two were swapped)
        (
            "Số CĐCS trực thuộc giảm từ 74 CĐCS đầu nhiệm kỳ xuống còn 61 CĐCS.",
            {("grassroots_unions", 74, "2017"), ("grassroots_unions", 61, "2022")},
        ),
        (
            "Số đoàn viên tăng từ 5.200 người đầu nhiệm kỳ lên 6.100 người.",
            {("members", 5200, "2017"), ("members", 6100, "2022")},
        ),
    ],
)
def test_what_the_forty_third_sessions_third_probes_taught(sentence: str, expected: set) -> None:
    header = (
        "BÁO CÁO\nBáo cáo tổng kết nhiệm kỳ 2017 - 2022 của Công đoàn ngành Y tế tỉnh Nam Định\n\n"
        "Trong nhiệm kỳ, "
    )
    if "tập huấn" in sentence:
        header = H142
    got = {(o.indicator, o.value, o.period) for o in _processed(header + sentence).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guard: passes before) a sentence reviewing a campaign's phase is of that phase
        # (hostile 153: only an award's reason names a phase not the item's)
        (
            "Phong trào thi đua sáng tạo\nCập nhật: 20/11/2023\nTrong phong trào thi đua \"Lao "
            "động giỏi, lao động sáng tạo\" giai đoạn 2018-2023, CNVCLĐ có 3.520 sáng kiến.",
            {("initiatives", 3520, None, "2018-2023")},
        ),
        # (guard: passes before) a course's people with a habit named later are its people
        (
            H142 + "LĐLĐ huyện tổ chức 6 lớp tập huấn, có 540 cán bộ tham gia, góp phần nâng cao "
            "chất lượng hoạt động thường xuyên của CĐCS.",
            {("training_courses", 6, None, "2023"), ("training_participants", 540, None, "2023")},
        ),
        # (guard: passes before) a label of the wage and the average is no average of the wage
        (
            H142 + "lương tối thiểu vùng, thu nhập bình quân: 4,68 triệu đồng và 7,8 triệu đồng"
            "/người/tháng.",
            {("avg_income", 7_800_000, None, "2023")},
        ),
        # (guard: passes before) a rate's row whose plan cell was lost: the last figure, over
        # 100, is the share
        (
            H142 + "kết quả:\n\n| Chỉ tiêu | Giao | Thực hiện | Tỷ lệ (%) |\n|---|---|---|---|\n| "
            "Kết nạp đoàn viên | 800 | 1.052 | 131,5 |\n| DN tổ chức Hội nghị NLĐ | 94,6% | 105,1% |\n",
            {("new_members", 1052, 800, "2023"), ("worker_conference_rate", 94.6, None, "2023")},
        ),
        # the plan beside a figure under `tỷ đồng` is read in its scale (hostile 153)
        (
            H142 + "kết quả:\n\n| TT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện |\n|---|---|---|---|---|\n"
            "| 1 | Giá trị làm lợi từ sáng kiến | tỷ đồng | 3,500 | 4,215 |\n",
            {("initiative_value", 4_215_000_000, 3_500_000_000, "2023")},
        ),
    ],
)  # fmt: skip
def test_what_hostile_round_153_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.target, o.period) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `Hướng tới Tết ... 2019` is that Tết's, no span's end (probe 9jb: its `tới` was read as
        # a span's `đến`)
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2018 của LĐLĐ tỉnh Nghệ An\n\nHướng tới Tết "
            "Nguyên đán Kỷ Hợi 2019, LĐLĐ tỉnh đã tặng quà cho 6.400 đoàn viên.",
            {("welfare_beneficiaries", 6400, "2019")},
        ),
        # a congress opening a term closes the one its text names ending the year before, not a
        # term reckoned back from one named after the congress (probe 9jc: 2012-2017)
        (
            "Công đoàn Công ty CP Cao su Tân Lợi tổ chức Đại hội nhiệm kỳ 2023 - 2028\nĐăng ngày: "
            "26/08/2022\nCông đoàn cơ sở Công ty Cổ phần Cao su Tân Lợi tổ chức Đại hội đại biểu "
            "lần thứ XII, nhiệm kỳ 2023 - 2028. Nhiệm kỳ 2017 - 2022, Công đoàn đã kết nạp 412 "
            "đoàn viên. Trong nhiệm kỳ, Công đoàn đã thăm hỏi 3.604 lượt đoàn viên.",
            {("new_members", 412, "2017-2022"), ("welfare_beneficiaries", 3604, "2017-2022")},
        ),
    ],
)
def test_what_the_forty_third_sessions_last_probes_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.period) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guard: passes before) a congress's date line between it and the term it opens (the
        # differential test at the stop: the term was not the congress's, the review 2013-2018)
        (
            "Đại hội Công đoàn huyện Hải Hậu lần thứ XVI\nNam Định, 12/05/2023\nNhiệm kỳ 2023-2028, "
            "Đại hội đề ra mục tiêu phấn đấu kết nạp 3.000 đoàn viên, nhiệm kỳ 2018-2023 đã kết nạp "
            "được 2.640 đoàn viên.",
            {("new_members", 2640, None, None, "2018-2023")},
        ),
        # (guard: passes before) each unit's pledge, or another term's, is no target of a total
        (
            H142 + "phấn đấu mỗi CĐCS kết nạp ít nhất 10 đoàn viên, đến nay toàn ngành đã kết nạp "
            "được 1.240 đoàn viên.",
            {("new_members", 1240, None, None, "2023")},
        ),
        (
            H142 + "nhiệm kỳ tới LĐLĐ tỉnh phấn đấu kết nạp 40.000 đoàn viên, trong khi nhiệm kỳ qua "
            "đã kết nạp được 36.420 đoàn viên.",
            {("new_members", 36420, None, None, "2018-2023")},
        ),
        # (guard: passes before) an award naming a phase, then the honoured's figures: the phase's
        (
            "Khen thưởng công nhân tiêu biểu\nCập nhật: 20/07/2020\nLĐLĐ tỉnh Long An khen thưởng 50 "
            "công nhân tiêu biểu trong phong trào thi đua giai đoạn 2015-2020. Các công nhân này có "
            "186 sáng kiến.",
            {("initiatives", 186, None, None, "2015-2020")},
        ),
        # (guard: passes before) a whole named before a sector is the whole
        (
            H142 + "thu nhập bình quân của CBCCVC-LĐ toàn tỉnh đạt 6,2 triệu đồng/người/tháng, khối "
            "doanh nghiệp đạt 6,9 triệu đồng/người/tháng.",
            {
                ("avg_income", 6_200_000, None, None, "2023"),
                ("avg_income", 6_900_000, None, "business_sector", "2023"),
            },
        ),
    ],
)  # fmt: skip
def test_what_the_differential_tests_at_the_forty_third_stop_taught(
    text: str, expected: set
) -> None:
    got = {
        (o.indicator, o.value, o.target, o.subgroup, o.period)
        for o in _processed(text).observations
    }
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "subgroup"),
    [
        # a grassroots union's sector union above it is another body (probe 9jc)
        ("Công đoàn Giáo dục thành phố hiện có 58 CĐCS với hơn 2.600 đoàn viên.", "other_org"),
        ("Công đoàn Viên chức tỉnh hiện có 112 CĐCS trực thuộc.", "other_org"),
        # (guard: passes before) ... the school's own union is its own
        ("Công đoàn trường hiện có 58 đoàn viên.", None),
    ],
)
def test_a_schools_union_reads_its_sector_unions_figures_as_another_bodys(
    sentence: str, subgroup: str | None
) -> None:
    text = (
        "Đại hội Công đoàn Trường THCS Lê Lợi nhiệm kỳ 2017 - 2022\nCập nhật: 12/10/2017\nNgày "
        "11/10, Công đoàn Trường THCS Lê Lợi tổ chức Đại hội. Phát biểu tại Đại hội, bà Nguyễn "
        "Thị Mai cho biết, " + sentence
    )
    got = {o.subgroup for o in _processed(text).observations}
    assert got == {subgroup}


# A form's heading over its items, each a role and its figure (probe 9jd).
_FORM = (
    "LIÊN ĐOÀN LAO ĐỘNG TỈNH PHÚ THỌ\nSố: 312/BC-LĐLĐ                    Phú Thọ, ngày 05 tháng 12 "
    "năm 2025\n\nBÁO CÁO NHANH\nKết quả thực hiện các chỉ tiêu công đoàn năm 2025\n\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Chỉ tiêu 1 – Phát triển đoàn viên\n- Kế hoạch Tổng Liên đoàn giao: 18.000 đoàn viên\n"
            "- Thực hiện đến 30/11/2025: 19.426 đoàn viên, đạt 107,9%\n",
            {("new_members", 19426, 18000, "2025")},
        ),
        (
            "A1. Tổng số CĐCS trực thuộc\n    - Kỳ báo cáo: 126\n    - Cùng kỳ năm trước: 121\n",
            {("grassroots_unions", 126, None, "2025")},
        ),
        # (guard: passes before) a heading with a figure of its own labels no items
        (
            "Chỉ tiêu 1 – Phát triển đoàn viên (KH 5.000)\n- Thực hiện: 126\n",
            set(),
        ),
        # an item's number opening a heading is no plan of the figure above it
        (
            "- Số CNVCLĐ trong các đơn vị có tổ chức công đoàn: 468.905\n\nChỉ tiêu 4 – Chăm lo, hỗ "
            "trợ\n- Mái ấm Công đoàn: 57 nhà xây mới và sửa chữa, kinh phí hỗ trợ 3,42 tỷ đồng\n\n"
            "Chỉ tiêu 5 – Tỷ lệ doanh nghiệp có tổ chức công đoàn tổ chức Hội nghị NLĐ: 92,6% (chỉ "
            "tiêu: trên 90%)\n",
            {
                ("workers", 468905, None, "2025"),
                ("union_shelter_houses", 57, None, "2025"),
                ("union_shelter_value", 3_420_000_000, None, "2025"),
                ("worker_conference_rate", 92.6, 90, "2025"),
            },
        ),
    ],
)  # fmt: skip
def test_a_forms_heading_labels_the_items_under_it(body: str, expected: set) -> None:
    got = {
        (o.indicator, o.value, o.target, o.period) for o in _processed(_FORM + body).observations
    }
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a term run out before the congress's news was written is the one it closes (probe 9jf)
        (
            "LĐLĐ thành phố Tuy Hòa đại hội\n20/07/2017\nTrong nhiệm kỳ 2012–2017, LĐLĐ thành phố đã "
            "thành lập mới 41 CĐCS.",
            {("new_grassroots_unions", 41, None, "2012-2017")},
        ),
        # (guard: passes before) ... the term a congress opens names the one it closes
        (
            "Đại hội Công đoàn huyện Hải Hậu lần thứ XVI, nhiệm kỳ 2023-2028\nNam Định, 12/05/2023\n"
            "Nhiệm kỳ qua, LĐLĐ huyện đã kết nạp được 2.640 đoàn viên.",
            {("new_members", 2640, None, "2018-2023")},
        ),
        # a resolution's plan after its colon, or after `chỉ tiêu`
        (
            H142 + "LĐLĐ huyện đã thành lập mới 41 CĐCS (NQ: 30 CĐCS).",
            {("new_grassroots_unions", 41, 30, "2023")},
        ),
        (H142 + "kết nạp 1.500 đoàn viên (Nghị quyết: 1.200).", {("new_members", 1500, 1200, "2023")}),
        (
            H142 + "giới thiệu 427 đoàn viên ưu tú cho Đảng (chỉ tiêu Nghị quyết 350).",
            {("party_referrals", 427, 350, "2023")},
        ),
        # (guard: passes before) never a resolution's number
        (
            H142 + "LĐLĐ huyện kết nạp 1.200 đoàn viên, góp phần thực hiện Nghị quyết 20 của Trung "
            "ương.",
            {("new_members", 1200, None, "2023")},
        ),
        # a plan's scale of its own, no noun after it
        (
            H142 + "cả huyện kết nạp 1.025.361 đoàn viên (chỉ tiêu 1 triệu).",
            {("new_members", 1_025_361, 1_000_000, "2023")},
        ),
        (
            H142 + "LĐLĐ huyện chi chăm lo, hỗ trợ đoàn viên 1,5 tỷ đồng (kế hoạch 1.200 triệu).",
            {("welfare_value", 1_500_000_000, 1_200_000_000, "2023")},
        ),
        # (guard: passes before) a bare plan is in the result's scale
        (
            H142 + "LĐLĐ huyện chi chăm lo, hỗ trợ đoàn viên 1,5 tỷ đồng (kế hoạch 1,2).",
            {("welfare_value", 1_500_000_000, 1_200_000_000, "2023")},
        ),
        # a Tết a bracket compares with is not the one a bare `Tết` after it means
        (
            "Tổng kết chăm lo Tết\nNgày 20/03/2023\nTrong dịp Tết Quý Mão 2023, các cấp công đoàn đã "
            "chăm lo với tổng kinh phí gần 5.900 tỷ đồng (Tết 2022: 5.150 tỷ đồng). Chương trình "
            "\"Chuyến xe Công đoàn\" đã đưa 10.000 đoàn viên về quê đón Tết.",
            {
                ("welfare_value", 5_900_000_000_000, None, "2023"),
                ("welfare_value", 5_150_000_000_000, None, "2022"),
                ("welfare_beneficiaries", 10000, None, "2023"),
            },
        ),
        # a total named after each gift's worth is the gifts' value
        (
            H142 + "Công đoàn đã trao 120 suất quà Tết cho người lao động khó khăn – mỗi suất 1 "
            "triệu đồng (tổng trị giá 120 triệu đồng).",
            {("gifts", 120, None, "2023"), ("gift_value", 120_000_000, None, "2023")},
        ),
        # a per-head plan in brackets, its `/người/tháng` left out
        (
            H142 + "thu nhập bình quân của người lao động đạt 7,8 triệu đồng/người/tháng (chỉ tiêu 7 "
            "triệu đồng).",
            {("avg_income", 7_800_000, 7_000_000, "2023")},
        ),
        # (guard: passes before) ... not a margin over the plan
        (
            H142 + "thu nhập bình quân đạt 7,8 triệu đồng/người/tháng, vượt kế hoạch 500.000 đồng.",
            {("avg_income", 7_800_000, None, "2023")},
        ),
    ],
)  # fmt: skip
def test_what_the_forty_fourth_sessions_probes_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.target, o.period) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people pointed back to whom no figure counted before: the deed's own count (probe 9je)
        (
            H142 + "có 15 đoàn viên nghỉ hưu trước tuổi. Công đoàn đã thăm hỏi, hỗ trợ 15 đoàn "
            "viên này.",
            {("welfare_beneficiaries", 15, None)},
        ),
        # (guard: passes before) ... counted before, or opening its clause: no figure again
        (
            H142 + "Công đoàn đã thăm hỏi 15 đoàn viên bị tai nạn. Công đoàn đã tặng quà 15 đoàn "
            "viên này.",
            {("welfare_beneficiaries", 15, None)},
        ),
        (H142 + "có 2 CĐCS giải thể. Trong năm, 2 CĐCS này trực thuộc LĐLĐ tỉnh.", set()),
        # a form's stock at the period's end, its count in the period (probe 9jd)
        (H142 + "Số đoàn viên cuối kỳ: 15.947.", {("members", 15947, None)}),
        (H142 + "Đoàn viên kết nạp mới trong kỳ: 127.", {("new_members", 127, None)}),
        # (guard: passes before) ... a period's small number, a wave's, is no count
        (H142 + "trong đợt dịch thứ 3, Công đoàn đã tặng 420 suất quà.", {("gifts", 420, None)}),
        # a form's next field is no subgroup of the figure before it
        (
            H142 + "Tổng số CBCCVC, người lao động: 214       Nữ: 151       Dân tộc thiểu số: 23",
            {("workers", 214, None)},
        ),
        # (guard: passes before)
        (H142 + "Tổng số đoàn viên: 214 nữ.", {("members", 214, "female")}),
    ],
)  # fmt: skip
def test_what_the_forty_fourth_sessions_forms_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup) for o in _processed(text).observations}
    assert got == expected


def test_a_forms_lettered_item_is_no_headline() -> None:
    """`B.1. Tổ chức Hội nghị CBCCVC năm 2026: ...` is an item, no headline: the report is of
    the quarter its title names, not of the year a yearly conference reviews."""
    text = (
        "CÔNG ĐOÀN VIÊN CHỨC TỈNH QUẢNG NGÃI\n\nBÁO CÁO SỐ LIỆU QUÝ I NĂM 2026\n\nA. THÔNG TIN "
        "CHUNG\nA.1. Số đoàn viên cuối kỳ: 15.947\n\nB. KẾT QUẢ HOẠT ĐỘNG TRONG QUÝ\nB.1. Tổ chức "
        "Hội nghị CBCCVC năm 2026: 241/259 cơ quan, đơn vị (93,1%)\n"
    )
    p = _processed(text)
    assert p.meta.period == "2026-Q1"
    assert {(o.indicator, o.value) for o in p.observations} == {
        ("members", 15947),
        ("staff_conference_rate", 93.1),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guard: passes before) a resolution's number is no plan (hostile round 157)
        (
            H142 + "kết nạp 1.450 đoàn viên, vượt chỉ tiêu Nghị quyết 02 của Tổng Liên đoàn về phát "
            "triển đoàn viên.",
            {("new_members", 1450, None, None, "2023")},
        ),
        (
            H142 + "kết nạp 1.450 đoàn viên, vượt chỉ tiêu NQ 2023 đề ra.",
            {("new_members", 1450, None, None, "2023")},
        ),
        # (guard: passes before) the coming Tết in a bracket is the bare `Tết` after it
        (
            H142 + "chăm lo Tết cho đoàn viên, NLĐ (Tết 2024: 48.000 suất quà, trị giá 28 tỷ đồng). "
            "Dịp Tết, LĐLĐ tỉnh tổ chức \"Chuyến xe Công đoàn\" đưa 1.200 công nhân về quê.",
            {
                ("gifts", 48000, None, None, "2024"),
                ("gift_value", 28_000_000_000, None, None, "2024"),
                ("welfare_beneficiaries", 1200, None, "other_org", "2024"),
            },
        ),
        # (guard: passes before) a plan's figure pointed back to is no result
        (
            H142 + "Phương hướng năm 2024: phấn đấu kết nạp 1.500 đoàn viên mới. Để kết nạp đủ 1.500 "
            "đoàn viên này, các CĐCS cần tăng cường tuyên truyền.",
            set(),
        ),
        # (guard: passes before) the total of shares that are no gifts is care money
        (
            H142 + "trao 120 suất quà, mỗi suất 500.000 đồng; 30 suất trợ cấp khó khăn, mỗi suất 2 "
            "triệu đồng (tổng trị giá 60 triệu đồng).",
            {("gifts", 120, None, None, "2023"), ("welfare_value", 60_000_000, None, None, "2023")},
        ),
        # (guard: passes before) a heading read as its inline label is (hostile round 156)
        (
            H142 + "\nB2. Số doanh nghiệp tổ chức Hội nghị người lao động\n- Kỳ báo cáo: 138\n- Cùng "
            "kỳ năm trước: 131\n",
            set(),
        ),
        # ... its subgroup too
        (
            H142 + "\nA14. Số đoàn viên nữ\n- Kỳ báo cáo: 8.201\n- Cùng kỳ năm trước: 7.950\n",
            {("members", 8201, None, "female", "2023")},
        ),
        # (guard: passes before) a breakdown the colon opens keeps the figure's subgroup
        (
            H142 + "kết nạp 320 đoàn viên khu vực HCSN: 100% là giáo viên hợp đồng.",
            {("new_members", 320, None, "public_sector", "2023")},
        ),
        # (guard: passes before) members moved in, their bracket says so
        (H142 + "phát triển 156 (đoàn viên tiếp nhận).", set()),
        # (guard: passes before) a plan past a blank line is still the result's
        (
            H142 + "\nKết quả phát triển đoàn viên: 1.450 đoàn viên\n\nKế hoạch: 1.200 đoàn viên\n",
            {("new_members", 1450, 1200, None, "2023")},
        ),
        # (guard: passes before) a half-year's results after the year's targets are results
        (
            "Kết quả công tác công đoàn 6 tháng đầu năm 2024\nCập nhật: 15/07/2024\nCHỈ TIÊU NĂM "
            "2024\nNăm 2024, LĐLĐ huyện phấn đấu kết nạp 1.200 đoàn viên.\nKết quả nổi bật\n6 tháng "
            "đầu năm, LĐLĐ huyện đã kết nạp 640 đoàn viên, thành lập 4 CĐCS.",
            {
                ("new_members", 640, None, None, "2024-H1"),
                ("new_grassroots_unions", 4, None, None, "2024-H1"),
            },
        ),
    ],
)  # fmt: skip
def test_what_hostile_rounds_156_and_157_taught(text: str, expected: set) -> None:
    got = {
        (o.indicator, o.value, o.target, o.subgroup, o.period)
        for o in _processed(text).observations
    }
    assert got == expected


def test_registered_targets_are_plans_whatever_year_they_name() -> None:
    """`C. CHỈ TIÊU NĂM 2026 (ĐĂNG KÝ)` in the report of the first quarter of 2026: the year's
    registered targets, no results of the quarter (`plan_headings_registered`)."""
    text = (
        "CÔNG ĐOÀN VIÊN CHỨC TỈNH QUẢNG NGÃI\n\nBÁO CÁO SỐ LIỆU QUÝ I NĂM 2026\n\nA. THÔNG TIN "
        "CHUNG\nA.1. Số đoàn viên cuối kỳ: 15.947\n\nC. CHỈ TIÊU NĂM 2026 (ĐĂNG KÝ)\n- Phát triển "
        "đoàn viên mới: 500 người\n- Giới thiệu đoàn viên ưu tú cho Đảng: 150 người\n"
    )
    p = _processed(text)
    assert p.meta.period == "2026-Q1"
    assert {(o.indicator, o.value) for o in p.observations} == {("members", 15947)}


def test_a_count_pointed_back_to_reads_past_a_date_of_its_value() -> None:
    """`Ngày 15/3, ... 15 đoàn viên này`: a date's day is no figure told before."""
    text = (
        H142 + "ngày 15/3, có 15 đoàn viên nghỉ hưu trước tuổi. Công đoàn đã tặng quà 15 đoàn viên "
        "này."
    )
    assert {(o.indicator, o.value) for o in _processed(text).observations} == {
        ("welfare_beneficiaries", 15)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a disaster cost, estimated, is no money given (probe 9jg)
        (
            H142 + "theo UBND tỉnh, mưa lũ làm hơn 28.000 ngôi nhà bị ngập, thiệt hại ước khoảng "
            "2.100 tỷ đồng.",
            set(),
        ),
        # (guard: passes before) ... the money given to those it struck is
        (
            H142 + "LĐLĐ huyện hỗ trợ 120 đoàn viên bị thiệt hại với số tiền 240 triệu đồng.",
            {
                ("welfare_beneficiaries", 120, None, "2023"),
                ("welfare_value", 240_000_000, None, "2023"),
            },
        ),
        # a donation to a disaster's people is no house's money told the sentence before
        (
            H142 + "LĐLĐ huyện hỗ trợ xây mới 2 nhà \"Mái ấm Công đoàn\", mỗi nhà 60 triệu đồng. "
            "CNVCLĐ toàn huyện ủng hộ đồng bào bị ảnh hưởng bởi bão số 3 số tiền 485 triệu đồng.",
            {
                ("union_shelter_houses", 2, None, "2023"),
                ("welfare_value", 485_000_000, "public_relief", "2023"),
            },
        ),
        # (guard: passes before) ... houses built for them are houses
        (
            H142 + "Công đoàn ủng hộ đồng bào vùng lũ xây 10 nhà Mái ấm Công đoàn trị giá 500 triệu "
            "đồng.",
            {
                ("union_shelter_houses", 10, None, "2023"),
                ("union_shelter_value", 500_000_000, None, "2023"),
            },
        ),
        # a Tết named by its year's name in a school year's report is that year's
        (
            "Công đoàn Giáo dục Hà Tĩnh tổng kết năm học 2024-2025\nĐăng ngày: 22/05/2025\n\nNgày "
            "21/5, Công đoàn ngành Giáo dục Hà Tĩnh tổ chức hội nghị tổng kết năm học 2024-2025. "
            "Dịp Tết Ất Tỵ, công đoàn ngành trao 960 suất quà cho đoàn viên khó khăn.",
            {("gifts", 960, None, "2025")},
        ),
        # (guard: passes before) what is given to make damage good is given (hostile round 159)
        (
            H142 + "LĐLĐ huyện đã trao hỗ trợ khắc phục thiệt hại 200 triệu đồng cho 40 đoàn viên.",
            {
                ("welfare_value", 200_000_000, None, "2023"),
                ("welfare_beneficiaries", 40, None, "2023"),
            },
        ),
        (
            H142 + "các CĐCS đã thăm hỏi, hỗ trợ 1.250 đoàn viên bị thiệt hại 2,1 tỷ đồng.",
            {
                ("welfare_beneficiaries", 1250, None, "2023"),
                ("welfare_value", 2_100_000_000, None, "2023"),
            },
        ),
        # (guard: passes before) houses given to a disaster's provinces are houses
        (
            H142 + "Công đoàn ngành trao 5 nhà Mái ấm Công đoàn ủng hộ các tỉnh bị ảnh hưởng bởi bão "
            "số 3, trị giá 300 triệu đồng.",
            {
                ("union_shelter_houses", 5, None, "2023"),
                ("union_shelter_value", 300_000_000, None, "2023"),
            },
        ),
        # ... a Tết named by its year's name dates its clause only
        (
            "Công đoàn Giáo dục Hà Tĩnh tổng kết năm học 2024-2025\nĐăng ngày: 22/05/2025\n\nNgày "
            "21/5, Công đoàn ngành Giáo dục Hà Tĩnh tổ chức hội nghị tổng kết năm học 2024-2025. "
            "Dịp Tết Ất Tỵ trao 1.250 suất quà; kết nạp 420 đoàn viên mới.",
            {("gifts", 1250, None, "2025"), ("new_members", 420, None, "2024-2025")},
        ),
        # (guard: passes before) a form's grand total after rows of several kinds is care money
        (
            H142 + "\nChăm lo cho đoàn viên:\n- Thăm hỏi đoàn viên ốm đau: 325 lượt\n- Trợ cấp khó "
            "khăn: 86 trường hợp\n- Xây dựng, sửa chữa nhà Mái ấm Công đoàn: 4 nhà\nTổng số tiền và "
            "hiện vật: 950 triệu đồng",
            {
                ("welfare_beneficiaries", 325, None, "2023"),
                ("welfare_beneficiaries", 86, None, "2023"),
                ("union_shelter_houses", 4, None, "2023"),
                ("welfare_value", 950_000_000, None, "2023"),
            },
        ),
        # (guard: passes before) money a call to help a disaster's people raised for houses
        # (differential test 161)
        (
            H142 + "LĐLĐ huyện hỗ trợ xây dựng nhà \"Mái ấm Công đoàn\" cho đoàn viên có nhà bị sập. "
            "Hưởng ứng lời kêu gọi ủng hộ đồng bào bị thiệt hại, LĐLĐ huyện đã dành 600 triệu đồng "
            "để xây 12 nhà.",
            {
                ("union_shelter_value", 600_000_000, None, "2023"),
                ("union_shelter_houses", 12, None, "2023"),
            },
        ),
        # a visit supervising a congress's resolution in its term is no congress's report: its
        # term so far, not the term before (probe 9ji)
        (
            "Giám sát việc thực hiện Nghị quyết Đại hội Công đoàn tại LĐLĐ huyện Quỳnh Lưu\n"
            "18/07/2019\nNgày 17/7/2019, Đoàn giám sát của LĐLĐ tỉnh Nghệ An đã giám sát việc thực "
            "hiện Nghị quyết Đại hội Công đoàn tỉnh lần thứ XVII, nhiệm kỳ 2018 - 2023 tại LĐLĐ huyện "
            "Quỳnh Lưu. Từ đầu nhiệm kỳ đến nay, LĐLĐ huyện đã phát triển 512 đoàn viên mới.",
            {("new_members", 512, None, "2018-2019")},
        ),
    ],
)  # fmt: skip
def test_what_probe_9jg_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


# A dated news item of January 2026 about that year's Tết (the year before's Tết is 2025's).
TET_2026 = (
    "Công đoàn chăm lo Tết cho đoàn viên\n21/01/2026 18:45\nChiều 21.1, Tổng Liên đoàn Lao động "
    "Việt Nam tổ chức họp báo về công tác chăm lo Tết cho đoàn viên. "
)
NO_FIGURES = (
    "Các cấp công đoàn đã chủ động rà soát, nắm bắt hoàn cảnh của đoàn viên, người lao động để "
    "có phương án hỗ trợ kịp thời. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part read as a stock (`có 9 CĐCS`) breaks down the deed of its noun told before the
        # part word, not the figure just before it (the forty-fifth session's own probing)
        (
            H142 + "thành lập mới 12 CĐCS, kết nạp 1.500 đoàn viên, trong đó có 9 CĐCS khu vực "
            "ngoài nhà nước.",
            {
                ("new_grassroots_unions", 12, None, "2023"),
                ("new_members", 1500, None, "2023"),
                ("new_grassroots_unions", 9, "non_state_enterprise", "2023"),
            },
        ),
        # (guard: passes before) ... and one naming no breakdown the contract has is none
        (
            H142 + "thành lập mới 12 CĐCS, kết nạp 1.500 đoàn viên, trong đó có 9 CĐCS đạt vững "
            "mạnh.",
            {("new_grassroots_unions", 12, None, "2023"), ("new_members", 1500, None, "2023")},
        ),
        # (guard: passes before) the stock of the noun nearest before the part is its whole
        (
            H142 + "thành lập mới 12 CĐCS, nâng tổng số lên 342 CĐCS, trong đó có 120 CĐCS ngoài "
            "nhà nước.",
            {
                ("new_grassroots_unions", 12, None, "2023"),
                ("grassroots_unions", 342, None, "2023"),
                ("grassroots_unions", 120, "non_state_enterprise", "2023"),
            },
        ),
        # (guard: passes before) a part naming a deed of its own stays that deed's
        (
            H142 + "giới thiệu 426 đoàn viên ưu tú cho Đảng, trong đó 318 đồng chí được kết nạp vào "
            "Đảng.",
            {("party_referrals", 426, None, "2023"), ("party_admissions", 318, None, "2023")},
        ),
        # a sentence opening on the whole's name (`Trong số đoàn viên mới, ...`) is all parts of
        # the figure of that noun in the sentence before (probe 9jh, left by the last session)
        (
            H142 + "phát triển mới 3.420 đoàn viên, thành lập 11 CĐCS. Trong số đoàn viên mới, có "
            "2.180 đoàn viên tại các doanh nghiệp ngoài nhà nước, 1.320 nữ.",
            {
                ("new_members", 3420, None, "2023"),
                ("new_grassroots_unions", 11, None, "2023"),
                ("new_members", 2180, "non_state_enterprise", "2023"),
                ("new_members", 1320, "female", "2023"),
            },
        ),
        (
            H142 + "kết nạp mới 2.450 đoàn viên. Trong số đoàn viên mới kết nạp có 1.320 nữ và 980 "
            "người lao động trong doanh nghiệp ngoài nhà nước.",
            {
                ("new_members", 2450, None, "2023"),
                ("new_members", 1320, "female", "2023"),
                ("new_members", 980, "non_state_enterprise", "2023"),
            },
        ),
        # (guard: passes before) a lead-in of another noun than the figure's before it
        (
            H142 + "có 25.000 đoàn viên. Trong số các CĐCS, có 120 CĐCS đạt vững mạnh.",
            {("members", 25000, None, "2023")},
        ),
        # the Tết of the year before the one a text of January tells of (probe 9jj) ...
        (
            TET_2026 + "Tết năm ngoái, các cấp công đoàn đã chăm lo cho 2.940.000 lượt đoàn viên.",
            {("welfare_beneficiaries", 2_940_000, None, "2025")},
        ),
        # ... (guard: passes before) not one compared with: the figure is this Tết's
        (
            TET_2026 + "So với Tết năm ngoái, năm nay các cấp công đoàn trao 1.200.000 suất quà.",
            {("gifts", 1_200_000, None, "2026")},
        ),
        # ... and `Tết này` after a year's deeds, no Tết named with its year within reach, is
        # the Tết of the item of January (probe 9jj)
        (
            TET_2026 + NO_FIGURES * 6 + "Cũng trong năm 2025, các cấp công đoàn đã xây mới 1.126 nhà Mái ấm Công "
            "đoàn; riêng dịp Tết này có 215 căn nhà được bàn giao.",
            {("union_shelter_houses", 1126, None, "2025"), ("union_shelter_houses", 215, None, "2026")},
        ),
        # the other of a pair of sectors named by its own noun (probe 9jj; 9iq, 9ir and 9iz too)
        (
            H142 + "có 98 CĐCS, trong đó 80 CĐCS khu vực hành chính sự nghiệp và 18 CĐCS doanh "
            "nghiệp.",
            {
                ("grassroots_unions", 98, None, "2023"),
                ("grassroots_unions", 80, "public_sector", "2023"),
                ("grassroots_unions", 18, "business_sector", "2023"),
            },
        ),
        # a city's People's Committee abbreviated `UBND TP` is another body (probe 9jj)
        (
            H142 + "UBND TP dành 18 tỷ đồng hỗ trợ 12.000 người lao động mất việc.",
            {
                ("welfare_value", 18_000_000_000, "other_org", "2023"),
                ("welfare_beneficiaries", 12000, "other_org", "2023"),
            },
        ),
        # what each of a group no count names gets is no total (probe 9jj) ...
        (
            H142 + "những người không đi xe của công ty được hỗ trợ 300.000 đồng tiền tàu xe.",
            set(),
        ),
        # ... (guard: passes before) a total said of them, or of a group counted, is
        (
            H142 + "các gia đình đoàn viên bị thiệt hại do bão được hỗ trợ tổng cộng 500 triệu "
            "đồng.",
            {("welfare_value", 500_000_000, None, "2023")},
        ),
        (
            H142 + "120 công nhân được hỗ trợ 36 triệu đồng.",
            {("welfare_beneficiaries", 120, None, "2023"), ("welfare_value", 36_000_000, None, "2023")},
        ),
        # support under the Government's resolution and the confederation's decision is paid
        # from the union's money too (probe 9jk) ...
        (
            H142 + "LĐLĐ huyện đã hỗ trợ 1.642 lượt đoàn viên với số tiền trên 960 triệu đồng theo "
            "Nghị quyết 68/NQ-CP và Quyết định 2511/QĐ-TLĐ.",
            {
                ("welfare_beneficiaries", 1642, None, "2023"),
                ("welfare_value", 960_000_000, None, "2023"),
            },
        ),
        # ... (guard: passes before) the Government's package alone is the state's
        (H142 + "300 lao động được hỗ trợ 3,7 triệu đồng theo Nghị quyết 68/NQ-CP.", set()),
    ],
)  # fmt: skip
def test_what_probe_9jj_and_9jk_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named by its type and unit, its place told by the sentence's opener, is that
        # place's body: a lower one's figures are its own (probe 9jk)
        (
            "Các cấp công đoàn tỉnh Thái Bình chăm lo Tết Quý Mão 2023\nCập nhật lúc 16/01/2023\n"
            "LĐLĐ tỉnh Thái Bình tổ chức thăm hỏi đoàn viên. Tại huyện Tiền Hải, LĐLĐ huyện phối hợp "
            "với chủ doanh nghiệp trao 850 suất quà cho công nhân.",
            {("gifts", 850, "other_org", "2023")},
        ),
        # (guard: passes before) ... not a place of another unit, nor the report's own
        (
            "LĐLĐ huyện Yên Phong tổng kết năm 2023\nCập nhật lúc 16/01/2024\nLĐLĐ huyện Yên Phong tổ "
            "chức hội nghị. Tại xã Tam Giang, LĐLĐ huyện trao 50 suất quà. Tại Yên Phong, LĐLĐ huyện "
            "trao 60 suất quà.",
            {("gifts", 50, None, "2023"), ("gifts", 60, None, "2023")},
        ),
        # a hardship's years after `sau` are the years before the text's, no span (probe 9jk)
        (
            "Công đoàn KCN phía Bắc: Ưu tiên thương lượng tăng lương\nLao Động - 16/05/2022\nSau hai "
            "năm dịch bệnh, Tháng Công nhân 2022 tại các khu công nghiệp tập trung vào thương lượng "
            "tiền lương. 5 tháng đầu năm, đơn vị đã thành lập mới 14 CĐCS, kết nạp 9.420 đoàn viên.",
            {("new_grassroots_unions", 14, None, "2022"), ("new_members", 9420, None, "2022")},
        ),
        # (guard: passes before) years of a programme carried out are its span
        (
            H142 + "sau 3 năm thực hiện Nghị quyết, công đoàn kết nạp 1.200 đoàn viên.",
            {("new_members", 1200, None, "2020-2023")},
        ),
        # those a firm owes bonuses are no workforce (probe 9jk)
        (H142 + "có 9 doanh nghiệp còn nợ lương, nợ thưởng Tết với hơn 700 lao động.", set()),
    ],
)  # fmt: skip
def test_what_probe_9jk_taught_of_places_pauses_and_debts(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guard: passes before) a Tết likened to is no date: this Tết's figures
        (
            TET_2026 + "Cũng như Tết năm ngoái, LĐLĐ tỉnh tiếp tục tổ chức chương trình Tết Sum vầy, "
            "trao 12.500 suất quà.",
            {("gifts", 12500, None, "2026")},
        ),
        # (guard: passes before) a group's total without `tổng` is a total, per head or not
        (H142 + "các đoàn viên nghèo được Công đoàn hỗ trợ 1,2 tỷ đồng.", {("welfare_value", 1.2e9, None, "2023")}),
        # (guard: passes before) a lead-in naming the stock (`Trong tổng số CĐCS`), or people no
        # deed of the sentence before names (`được nhận quà`), is no part of a deed
        (
            H142 + "thành lập mới 12 CĐCS, toàn huyện có 145 CĐCS. Trong tổng số CĐCS, có 98 CĐCS "
            "khu vực ngoài nhà nước.",
            {
                ("new_grassroots_unions", 12, None, "2023"),
                # (the stock by now, past the flow: probe 9jx; read as new ones before)
                ("grassroots_unions", 145, None, "2023"),
                ("grassroots_unions", 98, "non_state_enterprise", "2023"),
            },
        ),
        (
            H142 + "kết nạp 1.520 đoàn viên, trao 400 suất quà. Trong số đoàn viên được nhận quà, có "
            "150 đoàn viên nữ.",
            {
                ("new_members", 1520, None, "2023"),
                ("gifts", 400, None, "2023"),
                ("members", 150, "female", "2023"),
            },
        ),
        # (guard: passes before) ... nor a part past another figure of its noun
        (
            H142 + "thành lập mới 12 CĐCS, kết nạp 1.500 đoàn viên, giải thể 4 CĐCS, trong đó có 3 "
            "CĐCS doanh nghiệp ngoài nhà nước.",
            {("new_grassroots_unions", 12, None, "2023"), ("new_members", 1500, None, "2023")},
        ),
        # a lead-in of the people an award went to, no stock's noun, breaks down the awards
        # (probe 9il: they were read as a workforce)
        (
            H142 + "tặng 609 Bằng Lao động sáng tạo. Trong số các cá nhân được tặng Bằng, có 368 người "
            "là công nhân trực tiếp sản xuất, 241 người là nữ.",
            {
                ("creative_labour_awards", 609, None, "2023"),
                ("creative_labour_awards", 368, "direct_workers", "2023"),
                ("creative_labour_awards", 241, "female", "2023"),
            },
        ),
        # a city's or town's body, its unit two words (`thành phố`), placed by the opener
        (
            "Các cấp công đoàn tỉnh Đồng Tháp chăm lo Tết\nCập nhật lúc 16/01/2023\nLĐLĐ tỉnh Đồng "
            "Tháp tổ chức thăm hỏi đoàn viên. Tại thành phố Sa Đéc, LĐLĐ thành phố trao 300 suất quà.",
            {("gifts", 300, "other_org", "2023")},
        ),
    ],
)  # fmt: skip
def test_what_hostile_round_162_and_differential_test_163_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a term's years in brackets, counted from its start to now (probe 9jl)
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2024 của LĐLĐ huyện Yên Phong\n\nTừ đầu nhiệm "
            "kỳ (2023-2028) đến nay, đã kết nạp 812 đoàn viên, thành lập 5 CĐCS.",
            {("new_members", 812, None, "2023-2024"), ("new_grassroots_unions", 5, None, "2023-2024")},
        ),
        # (guard: passes before) ... not a term named at its start, a stock then
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2024 của LĐLĐ huyện Yên Phong\n\nĐầu nhiệm kỳ "
            "(2023-2028), toàn huyện có 9.812 đoàn viên.",
            {("members", 9812, None, "2023-2024")},
        ),
        # the firms a federation learnt of are no stock of unions (probe 9jl)
        (
            H142 + "qua nắm bắt tại 41 doanh nghiệp có tổ chức công đoàn, 100% doanh nghiệp không nợ "
            "lương người lao động.",
            set(),
        ),
        # two figures side by side, each labelled by one sector's people (probe 9jl) ...
        (
            H142 + "thu nhập bình quân của cán bộ, công chức, viên chức trên địa bàn huyện đạt 5,6 "
            "triệu đồng/người/tháng; của công nhân lao động trong các doanh nghiệp đạt 4,1 triệu "
            "đồng/người/tháng.",
            {
                ("avg_income", 5_600_000, "public_sector", "2023"),
                ("avg_income", 4_100_000, "business_sector", "2023"),
            },
        ),
        # ... (guard: passes before) not when the first names the whole
        (
            H142 + "thu nhập bình quân của CBCCVC-LĐ toàn huyện đạt 6,2 triệu đồng/người/tháng, của "
            "người lao động trong các doanh nghiệp đạt 6,9 triệu đồng/người/tháng.",
            {("avg_income", 6_200_000, None, "2023"), ("avg_income", 6_900_000, None, "2023")},
        ),
    ],
)  # fmt: skip
def test_what_probe_9jl_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another year's count in brackets after each house's amount is that year's (probe 9jl)
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2024 của LĐLĐ huyện Yên Phong\n\nXây mới 04 "
            "nhà Mái ấm Công đoàn, mỗi nhà hỗ trợ 60 triệu đồng (năm 2023: 03 nhà).",
            {("union_shelter_houses", 4, None, "2024"), ("union_shelter_houses", 3, None, "2023")},
        ),
        # (guard: passes before) ... what one gift is made of, in brackets, is no count
        (
            H142 + "trao 50 suất quà, mỗi suất 2 triệu đồng (1 triệu đồng tiền mặt và 1 triệu đồng "
            "quà).",
            {("gifts", 50, None, "2023")},
        ),
        # a bracket opening on a figure right after the period compared with is that period's
        # figure of the same thing (probe 9jl)
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2024 của LĐLĐ huyện Yên Phong\n\nNăm 2024 kết "
            "nạp 1.200 đoàn viên, tăng 20% so với năm 2023 (1.000 đoàn viên).",
            {("new_members", 1200, None, "2024"), ("new_members", 1000, None, "2023")},
        ),
        # (guard: passes before) ... not a bracket of parts
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2024 của LĐLĐ huyện Yên Phong\n\nNăm 2024 kết "
            "nạp 1.200 đoàn viên, tăng 20% so với năm 2023 (trong đó 300 đoàn viên nữ).",
            {("new_members", 1200, None, "2024"), ("new_members", 300, "female", "2024")},
        ),
    ],
)  # fmt: skip
def test_what_probe_9jl_taught_of_brackets(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


Y2024 = "BÁO CÁO\nKết quả công tác công đoàn năm 2024 của LĐLĐ huyện Yên Phong\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guard: passes before) counts a sentence tells after `Qua nắm bắt,` are the district's
        (
            Y2024 + "Qua nắm bắt, toàn huyện hiện có 125 CĐCS với 8.500 đoàn viên.",
            {("grassroots_unions", 125, None, "2024"), ("members", 8500, None, "2024")},
        ),
        # (guard: passes before) another year's amount for each house is no money of houses
        (
            Y2024 + "Xây mới 05 nhà Mái ấm Công đoàn, mỗi nhà hỗ trợ 60 triệu đồng (năm 2022: 50 "
            "triệu đồng).",
            {("union_shelter_houses", 5, None, "2024")},
        ),
        # ... but its count and its total are that year's (the total: guard, read before)
        (
            Y2024 + "Xây mới 05 nhà Mái ấm Công đoàn, mỗi nhà hỗ trợ 60 triệu đồng (năm 2022: 03 nhà, "
            "tổng số tiền 150 triệu đồng).",
            {
                ("union_shelter_houses", 5, None, "2024"),
                ("union_shelter_houses", 3, None, "2022"),
                ("union_shelter_value", 150_000_000, None, "2022"),
            },
        ),
        # (guard: passes before) a state firm's managers are no public sector
        (
            Y2024 + "Thu nhập bình quân của viên chức quản lý đạt 25 triệu đồng/người/tháng; của người "
            "lao động trong các doanh nghiệp thành viên đạt 8,1 triệu đồng/người/tháng.",
            {("avg_income", 25_000_000, None, "2024"), ("avg_income", 8_100_000, None, "2024")},
        ),
        # (guard: passes before) a rise in brackets after a rate that does not fit is no year's
        (
            Y2024 + "Phát triển 1.200 đoàn viên, tăng 20% so với năm 2022 (200 đoàn viên).",
            {("new_members", 1200, None, "2024")},
        ),
        # ... one that fits is that year's (probe 9jl)
        (
            Y2024 + "Phát triển 1.200 đoàn viên, tăng 20% so với năm 2022 (1.000 đoàn viên).",
            {("new_members", 1200, None, "2024"), ("new_members", 1000, None, "2022")},
        ),
        # (guard: passes before) a rate written with two commas is no rate to check, no crash
        (
            Y2024 + "Phát triển 1.200 đoàn viên, tăng 1,2,3% so với năm 2022 (1.000 đoàn viên).",
            {("new_members", 1200, None, "2024")},
        ),
    ],
)  # fmt: skip
def test_what_hostile_round_164_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people in a sentence opened by a part's word are some of the people counted before
        # the money that ended the sentence before it (probe 9jl) ...
        (
            H142 + "chăm lo cho 1.035 đoàn viên với tổng kinh phí 628 triệu đồng, tăng so với năm "
            "2022 (chăm lo 923 đoàn viên với kinh phí 540 triệu đồng). Trong số đó, đoàn viên nữ "
            "là 612 người.",
            {
                ("welfare_beneficiaries", 1035, None, "2023"),
                ("welfare_value", 628_000_000, None, "2023"),
                ("welfare_beneficiaries", 923, None, "2022"),
                ("welfare_value", 540_000_000, None, "2022"),
                ("welfare_beneficiaries", 612, "female", "2023"),
            },
        ),
        # ... of a deed (probe 9jl)
        (
            H142 + "đã kết nạp 1.250 đoàn viên với kinh phí hỗ trợ 20 triệu đồng. Trong số đó, đoàn "
            "viên nữ là 612 người.",
            {
                ("new_members", 1250, None, "2023"),
                ("welfare_value", 20_000_000, None, "2023"),
                ("new_members", 612, "female", "2023"),
            },
        ),
        # (guard: passes before) ... a part naming no breakdown is read as ever (differential
        # test 168)
        (
            H142 + "các cấp công đoàn đã chăm lo cho 25.000 lượt đoàn viên, người lao động với tổng "
            "kinh phí 12,5 tỷ đồng. Trong đó, từ nguồn tài chính công đoàn hỗ trợ 18.600 người, số "
            "tiền 9,3 tỉ đồng; còn lại là vận động từ doanh nghiệp.",
            {
                ("welfare_beneficiaries", 25000, None, "2023"),
                ("welfare_value", 12_500_000_000, None, "2023"),
                ("welfare_beneficiaries", 18600, None, "2023"),
            },
        ),
        # (guard: passes before) ... not when no part's word opens the sentence
        (
            H142 + "chăm lo cho 1.035 đoàn viên với tổng kinh phí 628 triệu đồng. Toàn huyện có "
            "9.612 đoàn viên nữ.",
            {
                ("welfare_beneficiaries", 1035, None, "2023"),
                ("welfare_value", 628_000_000, None, "2023"),
                ("members", 9612, "female", "2023"),
            },
        ),
    ],
)  # fmt: skip
def test_what_probe_9jl_taught_of_parts_after_money(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


BINH_TAN = "BÁO CÁO\nKết quả Tháng Công nhân năm 2023 của LĐLĐ quận Bình Tân\n\n"
SA_DEC = "BÁO CÁO\nKết quả công tác công đoàn năm 2023 của LĐLĐ thành phố Sa Đéc\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the provincial federation quoted by its proper name, the whole city's figures: in a
        # district's news, another body's (probe 9jk) ...
        (
            BINH_TAN + "LĐLĐ quận kết nạp 3.126 đoàn viên. Theo LĐLĐ TP HCM, trong Tháng Công nhân "
            "năm nay, toàn thành phố đã kết nạp hơn 35.000 đoàn viên, thành lập 218 CĐCS.",
            {
                ("new_members", 3126, None, "2023"),
                ("new_members", 35000, "other_org", "2023"),
                ("new_grassroots_unions", 218, "other_org", "2023"),
            },
        ),
        # ... (guard: passes before) not the district's own, its unit the report's
        (
            BINH_TAN + "Theo LĐLĐ TP HCM, toàn quận đã kết nạp 3.126 đoàn viên.",
            {("new_members", 3126, None, "2023")},
        ),
        # ... (guard: passes before) nor in a town federation, `toàn thành phố` its own
        (
            SA_DEC + "Theo LĐLĐ tỉnh Đồng Tháp, toàn thành phố đã kết nạp 1.120 đoàn viên.",
            {("new_members", 1120, None, "2023")},
        ),
        # a federation of the report's level placed by the sentence's opener elsewhere than
        # the report's own district is another body (probe 9jk) ...
        (
            BINH_TAN + "Tại huyện Củ Chi, LĐLĐ huyện phối hợp Trung tâm Y tế huyện khám bệnh, cấp "
            "thuốc miễn phí cho 800 công nhân.",
            {("welfare_beneficiaries", 800, "other_org", "2023")},
        ),
        # ... (guard: passes before) not placed in the report's own district
        (
            BINH_TAN + "Tại quận Bình Tân, LĐLĐ quận trao 300 suất quà cho công nhân.",
            {("gifts", 300, None, "2023")},
        ),
        # ... of the report's own unit too, or its number (hostile round 165)
        (
            BINH_TAN + "Tại quận Gò Vấp, LĐLĐ quận đã trao 300 suất quà cho công nhân. Tại quận 8, "
            "LĐLĐ quận trao 200 suất quà cho công nhân.",
            {("gifts", 300, "other_org", "2023"), ("gifts", 200, "other_org", "2023")},
        ),
        # ... (guard: passes before) not the report's own number
        (
            "BÁO CÁO\nKết quả Tháng Công nhân năm 2023 của LĐLĐ quận 8\n\nTại quận 8, LĐLĐ quận "
            "trao 200 suất quà cho công nhân.",
            {("gifts", 200, None, "2023")},
        ),
    ],
)  # fmt: skip
def test_what_probe_9jk_taught_of_round_ups(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


BLOC_2020 = (
    "KHỐI THI ĐUA CÁC CÔNG ĐOÀN NGÀNH TỈNH QUẢNG TRỊ\nBÁO CÁO\nTổng kết công tác thi đua năm "
    "2020\n\n"
)
PROVINCE_2025 = "BÁO CÁO\nKết quả công tác công đoàn năm 2025 của LĐLĐ tỉnh Bình Dương\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label's whose after its noun, members over the workforce (probe 9jn) ...
        (
            H142 + "\n- Tổng số đoàn viên của Khối: 14.326/15.102 CNVCLĐ.",
            {("members", 14326, None, "2023"), ("workers", 15102, None, "2023")},
        ),
        # ... (guard: passes before) as with none
        (
            H142 + "\n- Tổng số đoàn viên: 14.326/15.102 CNVCLĐ.",
            {("members", 14326, None, "2023"), ("workers", 15102, None, "2023")},
        ),
        # what each of those named gets is no total (probe 9jo) ...
        (
            H142 + "bổ sung vào quy chế chi tiêu nội bộ khoản hỗ trợ 500.000 đồng cho mỗi nữ viên "
            "chức khi sinh con.",
            set(),
        ),
        # the children a kindergarten takes in are no one cared for (probe 9jo) ...
        (
            H142 + "hỗ trợ xây dựng 18 nhà trẻ, trường mẫu giáo tại các khu công nghiệp, thu nhận "
            "gần 5.000 cháu.",
            set(),
        ),
        # ... (guard: passes before) those taken in and helped are
        (
            H142 + "Công đoàn đã tiếp nhận và hỗ trợ 50 lao động mất việc.",
            {("welfare_beneficiaries", 50, None, "2023")},
        ),
        # those proposed for an award are no one cared for (probe 9jn)
        (
            H142 + "Công đoàn ngành tiếp tục đề nghị xét tặng cho 37 nhà giáo.",
            set(),
        ),
        # those named by their work among the figure a sentence opens on are some of it, no
        # workforce (probe 9jn) ...
        (
            Y2024 + "Trong số 1.068 cá nhân được tặng Bằng Lao động sáng tạo, có 412 người là công "
            "nhân, lao động trực tiếp.",
            {
                ("creative_labour_awards", 1068, None, "2024"),
                ("creative_labour_awards", 412, "direct_workers", "2024"),
            },
        ),
        # ... (guard: passes before) not more of them than it counts
        (
            Y2024 + "Trong số 120 CĐCS, có 4.500 công nhân lao động.",
            {("grassroots_unions", 120, None, "2024"), ("workers", 4500, None, "2024")},
        ),
        # the statutory wage's rise after a semicolon is no average pay (probe 9jm) ...
        (
            H142 + "Mức lương tối thiểu vùng là 3.710.000 đồng/tháng (vùng II); từ ngày 01/01/2020 "
            "tăng lên 3.920.000 đồng/tháng theo Nghị định số 90/2019/NĐ-CP.",
            set(),
        ),
        # ... (guard: passes before) an average's rise after it is
        (
            H142 + "Lương tối thiểu vùng tăng 6%; thu nhập bình quân của người lao động tăng lên "
            "7,8 triệu đồng/người/tháng.",
            {("avg_income", 7_800_000, None, "2023")},
        ),
        # a body in a bracket closed before the figure is a part's, not the figure's (probe 9jn)
        (
            BLOC_2020 + "Trong năm có 1.217 sáng kiến được các cấp công nhận (trong đó Công đoàn "
            "ngành Giáo dục 842 sáng kiến), giá trị làm lợi trên 9,3 tỷ đồng.",
            {
                ("initiatives", 1217, None, "2020"),
                ("initiatives", 842, None, "2020"),
                ("initiative_value", 9_300_000_000, None, "2020"),
            },
        ),
        # an occasion's name is no public helped (probe 9jo) ...
        (
            H142 + "Hưởng ứng Tháng hành động vì trẻ em, các cấp công đoàn trao 850 suất quà cho con "
            "đoàn viên, mỗi suất 150.000 đồng, tổng trị giá 127,5 triệu đồng.",
            {("gifts", 850, None, "2023"), ("gift_value", 127_500_000, None, "2023")},
        ),
        # ... (guard: passes before) children at large helped are
        (
            H142 + "công đoàn trao 200 suất quà cho trẻ em nghèo trên địa bàn, tổng trị giá 40 triệu "
            "đồng.",
            {("gifts", 200, "public_relief", "2023"), ("gift_value", 40_000_000, "public_relief", "2023")},
        ),
        # women counted as `chị` (probe 9jo) ...
        (
            H142 + "các cấp công đoàn giới thiệu 743 nữ đoàn viên ưu tú cho Đảng xem xét kết nạp, "
            "đến cuối năm đã có 521 chị được kết nạp vào Đảng.",
            {("party_referrals", 743, "female", "2023"), ("party_admissions", 521, "female", "2023")},
        ),
        # ... (guard: passes before) not a woman named
        (
            H142 + "Chị Nguyễn Thị Lan, Chủ tịch CĐCS cho biết, năm 2023 công đoàn kết nạp 120 đoàn "
            "viên.",
            {("new_members", 120, None, "2023")},
        ),
        # a government body's figures, the source opening on its data (probe 9jm) ...
        (
            H142 + "\nTrong khi đó, số liệu do Sở Lao động - Thương binh và Xã hội tỉnh tổng hợp từ "
            "1.250 doanh nghiệp cho thấy tiền lương bình quân năm 2023 là 6,9 triệu "
            "đồng/người/tháng.",
            {("avg_income", 6_900_000, "other_org", "2023")},
        ),
        # ... or its verb past an aside in brackets (probe 9jm)
        (
            PROVINCE_2025 + "Sở Nội vụ tỉnh (đơn vị tiếp nhận chức năng quản lý nhà nước về lao "
            "động từ Sở LĐ-TB-XH trước đây) cho biết, qua báo cáo của 5.420 doanh nghiệp, tiền "
            "lương bình quân năm 2025 là 11,4 triệu đồng/người/tháng.",
            {("avg_income", 11_400_000, "other_org", "2025")},
        ),
        # ... (guard: passes before) not the union's own report
        (
            PROVINCE_2025 + "Báo cáo của Ban Thường vụ tại Đại hội cho thấy năm 2025 kết nạp 7.200 "
            "đoàn viên.",
            {("new_members", 7200, None, "2025")},
        ),
    ],
)  # fmt: skip
def test_what_probes_9jm_9jn_and_9jo_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


TERM_2018_2023 = (
    "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC GIANG\n\nBÁO CÁO CỦA BAN CHẤP HÀNH LIÊN ĐOÀN LAO ĐỘNG TỈNH KHÓA "
    "XIX\ntại Đại hội đại biểu Công đoàn tỉnh Bắc Giang lần thứ XX, nhiệm kỳ 2023 - 2028\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the term's start compared with after a semicolon is no period of the figure before
        # it (probe 9jn) ...
        (
            TERM_2018_2023 + "Đến 30/6/2023, toàn tỉnh có 258.920 CNVCLĐ; so với đầu nhiệm kỳ tăng "
            "61.032 người.",
            {("workers", 258920, None, "2023")},
        ),
        # ... (guard: passes before) the start closing a change's first end is
        (
            TERM_2018_2023 + "Số CĐCS giảm từ 74 CĐCS đầu nhiệm kỳ xuống còn 61 CĐCS.",
            {("grassroots_unions", 74, None, "2018"), ("grassroots_unions", 61, None, "2023")},
        ),
    ],
)  # fmt: skip
def test_what_probe_9jn_taught_of_a_terms_start(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading naming a sector, nothing else, is the sector of its section's figures
        # (probe 9jm) ...
        (
            Y2024 + "1. Khối doanh nghiệp\nQua tổng hợp báo cáo của 97 CĐCS, thu nhập bình quân của "
            "người lao động đạt 6.750.000 đồng/người/tháng.\n2. Khối hành chính sự nghiệp\nThu nhập "
            "bình quân của cán bộ, công chức, viên chức khoảng 5,6 triệu đồng/người/tháng.",
            {
                ("avg_income", 6_750_000, "business_sector", "2024"),
                ("avg_income", 5_600_000, "public_sector", "2024"),
            },
        ),
        # ... (guard: passes before) not past another heading, nor a heading of more words
        (
            Y2024 + "1. Khối doanh nghiệp\n2. Về đời sống người lao động\nThu nhập bình quân đạt "
            "6.750.000 đồng/người/tháng.\n3. Khối doanh nghiệp nhỏ và vừa gặp khó khăn\nThu nhập "
            "bình quân đạt 5.100.000 đồng/người/tháng.",
            {
                ("avg_income", 6_750_000, None, "2024"),
                ("avg_income", 5_100_000, None, "2024"),
            },
        ),
    ],
)  # fmt: skip
def test_what_probe_9jm_taught_of_sector_headings(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


RUBBER_2020 = "BÁO CÁO\nKết quả công tác công đoàn năm 2020 của Công đoàn Cao su Việt Nam\n\n"
THU_DUC_2021 = "BÁO CÁO\nKết quả công tác công đoàn năm 2021 của LĐLĐ TP Thủ Đức\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the nation opening a sentence past a post's emoji (probe 9jq) ...
        (
            PROVINCE_2025 + "🇻🇳 Trên phạm vi cả nước, các cấp công đoàn đã chăm lo cho hơn 8,2 triệu "
            "lượt đoàn viên.",
            {("welfare_beneficiaries", 8_200_000, "other_org", "2025")},
        ),
        # ... (guard: passes before) as with none
        (
            PROVINCE_2025 + "Trên phạm vi cả nước, các cấp công đoàn đã chăm lo cho hơn 8,2 triệu lượt "
            "đoàn viên.",
            {("welfare_beneficiaries", 8_200_000, "other_org", "2025")},
        ),
        # the body above the report's saying it, by its name (probe 9jq) ...
        (
            PROVINCE_2025 + "Tổng LĐLĐ Việt Nam cho biết các cấp công đoàn đã chăm lo cho hơn 8,2 triệu "
            "lượt đoàn viên.",
            {("welfare_beneficiaries", 8_200_000, "other_org", "2025")},
        ),
        # ... (guard: passes before) not the report's own province named after it
        (
            PROVINCE_2025 + "Tổng LĐLĐ Việt Nam cho biết, năm 2025 các cấp công đoàn tỉnh Bình Dương "
            "đã chăm lo cho 120.000 lượt đoàn viên.",
            {("welfare_beneficiaries", 120_000, None, "2025")},
        ),
        # the union's Tết money, `lì xì` (probe 9jq)
        (
            H142 + "Lì xì đầu xuân cho 5.620 đoàn viên, mỗi người 200.000 đồng.",
            {("welfare_beneficiaries", 5620, None, "2023")},
        ),
        # a list's items take the period of the lead line ending in a colon (probe 9jq) ...
        (
            RUBBER_2020 + "Năm 2019, các cấp công đoàn trong ngành đã:\n- Xây mới, sửa chữa 18 nhà "
            "Mái ấm Công đoàn;\n- Giới thiệu 215 đoàn viên ưu tú cho Đảng xem xét.",
            {("union_shelter_houses", 18, None, "2019"), ("party_referrals", 215, None, "2019")},
        ),
        # ... a blank line between (probe 9jq)
        (
            RUBBER_2020 + "6 tháng đầu năm 2020, các cấp công đoàn trong ngành đã:\n\n🔸 Xây mới, sửa "
            "chữa 18 nhà Mái ấm Công đoàn;\n🔸 Giới thiệu 215 đoàn viên ưu tú cho Đảng xem xét.",
            {("union_shelter_houses", 18, None, "2020-H1"), ("party_referrals", 215, None, "2020-H1")},
        ),
        # ... a school year's (probe 9jq)
        (
            "BÁO CÁO\nKết quả công tác năm 2019 của Công đoàn Trường Tiểu học Nguyễn Trãi\n\nĐiểm "
            "lại năm học 2018 – 2019, Công đoàn trường đã:\n✅ Thăm hỏi 5 đoàn viên ốm đau với tổng "
            "số tiền 2.500.000 đồng;\n✅ Giới thiệu 03 đoàn viên ưu tú cho Chi bộ xem xét.",
            {
                ("welfare_beneficiaries", 5, None, "2018-2019"),
                ("welfare_value", 2_500_000, None, "2018-2019"),
                ("party_referrals", 3, None, "2018-2019"),
            },
        ),
        # ... (guard: passes before) not a lead naming no period, nor one ending otherwise
        (
            RUBBER_2020 + "Năm 2019 là năm khó khăn.\nCác cấp công đoàn trong ngành đã:\n- Xây mới 18 "
            "nhà Mái ấm Công đoàn.\nNăm 2019, ngành gặp nhiều khó khăn.\n- Giới thiệu 215 đoàn viên "
            "ưu tú cho Đảng xem xét.",
            {("union_shelter_houses", 18, None, "2020"), ("party_referrals", 215, None, "2020")},
        ),
        # raising a fund after a heading on building houses (probe 9jp) ...
        (
            H142 + "\nCông tác xây dựng \"Mái ấm Công đoàn\": năm 2023, các đơn vị vận động được 1,15 tỷ "
            "đồng cho Quỹ \"Mái ấm Công đoàn\" (đạt 115% kế hoạch là 1 tỷ đồng).",
            {("union_shelter_fund", 1_150_000_000, None, "2023")},
        ),
        # ... (guard: passes before) the houses' money is no fund
        (
            H142 + "xây mới 5 nhà \"Mái ấm Công đoàn\" với tổng kinh phí 300 triệu đồng.",
            {("union_shelter_houses", 5, None, "2023"), ("union_shelter_value", 300_000_000, None, "2023")},
        ),
        # those on an epidemic's front line are no production's workers (probe 9jp) ...
        (
            H142 + "Công đoàn đã hỗ trợ 2.640 người lao động trực tiếp chống dịch với tổng số tiền 3,1 "
            "tỷ đồng.",
            {("welfare_beneficiaries", 2640, None, "2023"), ("welfare_value", 3_100_000_000, None, "2023")},
        ),
        # ... (guard: passes before) those on the line are
        (
            H142 + "Công đoàn đã hỗ trợ 2.640 lao động trực tiếp sản xuất với tổng số tiền 3,1 tỷ "
            "đồng.",
            {
                ("welfare_beneficiaries", 2640, "direct_workers", "2023"),
                ("welfare_value", 3_100_000_000, "direct_workers", "2023"),
            },
        ),
        # support the state paid is the state's (probe 9jp) ...
        (
            H142 + "Nhà nước đã chi trả hỗ trợ cho 8.932 lao động trên địa bàn huyện với tổng kinh "
            "phí 14,2 tỷ đồng.",
            set(),
        ),
        # ... (guard: passes before) not the union's own money
        (
            H142 + "Công đoàn đã hỗ trợ 1.200 đoàn viên với số tiền 1,2 tỷ đồng từ nguồn tài chính "
            "công đoàn.",
            {("welfare_beneficiaries", 1200, None, "2023"), ("welfare_value", 1_200_000_000, None, "2023")},
        ),
        # a quarter's dates with no year, in a news item's way (probe 9jp) ...
        (
            THU_DUC_2021 + "Từ ngày 1-7 đến 30-9, LĐLĐ thành phố đã hỗ trợ 21.000 lượt đoàn viên.",
            {("welfare_beneficiaries", 21000, None, "2021-Q3")},
        ),
        # ... (guard: passes before) not dates run on into a year written with dashes
        (
            THU_DUC_2021 + "Từ ngày 1-7 đến 30-9-2021, LĐLĐ thành phố đã hỗ trợ 21.000 lượt đoàn viên.",
            {("welfare_beneficiaries", 21000, None, "2021")},
        ),
    ],
)  # fmt: skip
def test_what_probes_9jp_and_9jq_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guard: passes before) the district's own figure told by the city's federation
        (
            BINH_TAN + "Theo LĐLĐ TP HCM, năm 2023 đơn vị đã kết nạp 6.500 đoàn viên, vượt 30% chỉ "
            "tiêu được giao.",
            {("new_members", 6500, None, "2023")},
        ),
        # a part opening a sentence is of its whole's period (hostile round 165)
        (
            H142 + "\nQuý I/2023, các CĐCS đã thăm hỏi 320 lượt đoàn viên ốm đau với số tiền 96 triệu "
            "đồng. Trong đó, 210 lượt đoàn viên là lao động nữ.",
            {
                ("welfare_beneficiaries", 320, None, "2023-Q1"),
                ("welfare_value", 96_000_000, None, "2023-Q1"),
                ("welfare_beneficiaries", 210, "female", "2023-Q1"),
            },
        ),
        # (guard: passes before) a woman speaking near a figure is no breakdown of it
        (
            H142 + "Chị Nguyễn Thị Lan cho biết, công ty có 1.500 lao động, chị đã cùng BCH vận "
            "động kết nạp 1.320 đoàn viên.",
            {("workers", 1500, None, "2023"), ("new_members", 1320, None, "2023")},
        ),
        # women counted as `chị` right after their figure (hostile round 166)
        (
            H142 + "kết nạp 1.250 đoàn viên mới, trong đó 820 chị.",
            {("new_members", 1250, None, "2023"), ("new_members", 820, "female", "2023")},
        ),
        # (guard: passes before) a sum told after a sector's section is the whole's
        (
            H142 + "\n1. Khối doanh nghiệp\nCác CĐCS tích cực chăm lo đời sống đoàn viên.\nTính chung "
            "toàn huyện có 150 CĐCS với 21.660 đoàn viên.",
            {("grassroots_unions", 150, None, "2023"), ("members", 21660, None, "2023")},
        ),
        # (guard: passes before) a total written with `cho từng cháu` stays a total
        (
            H142 + "trao 86 suất quà với tổng trị giá 43 triệu đồng cho từng cháu.",
            {("gifts", 86, None, "2023"), ("gift_value", 43_000_000, None, "2023")},
        ),
        # (guard: passes before) orphans given gifts on the children's month are the public
        (
            H142 + "Hưởng ứng Tháng hành động vì trẻ em, tặng quà cho 95 cháu mồ côi tại Làng trẻ SOS, "
            "tổng trị giá 47,5 triệu đồng.",
            {("gifts", 95, "public_relief", "2023"), ("gift_value", 47_500_000, "public_relief", "2023")},
        ),
        # what each woman gets when she has a baby is no total (hostile round 166; the mothers'
        # state benefit is no care either)
        (
            H142 + "giải quyết chế độ thai sản cho 230 nữ viên chức với tổng số tiền 115 triệu đồng, "
            "khoản hỗ trợ 500.000 đồng cho mỗi nữ viên chức khi sinh con.",
            set(),
        ),
    ],
)  # fmt: skip
def test_what_hostile_rounds_165_and_166_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second half with no year, not yet begun when the item was written, is the year
        # before's (probe 9js) ...
        (
            "Vĩnh Long: Công đoàn tỉnh bước vào năm 2026\n30/01/2026 08:00\nSáu tháng cuối năm, "
            "các cấp công đoàn kết nạp 4.800 đoàn viên.",
            {("new_members", 4800, None, "2025-H2")},
        ),
        # ... (guard: passes before) one begun is the year's
        (
            "Vĩnh Long: Công đoàn tỉnh bước vào năm 2026\n20/07/2026 08:00\nSáu tháng cuối năm, "
            "các cấp công đoàn kết nạp 4.800 đoàn viên.",
            {("new_members", 4800, None, "2026-H2")},
        ),
    ],
)  # fmt: skip
def test_what_probe_9js_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guard: passes before) yearless dates after a year named are of that year
        (
            "BÁO CÁO\nTổng kết hoạt động công đoàn nhiệm kỳ 2018 – 2023 của LĐLĐ huyện Yên Phong\n\n"
            "Năm 2021, từ ngày 1-7 đến 30-9, trong thời gian giãn cách xã hội, các CĐCS đã hỗ trợ "
            "1.850 đoàn viên bị ảnh hưởng bởi dịch COVID-19 với số tiền 925 triệu đồng.",
            {("welfare_beneficiaries", 1850, None, "2021"), ("welfare_value", 925_000_000, None, "2021")},
        ),
        # (guard: passes before) one share from the state's budget drops no other
        (
            H142 + "Trao 50 suất học bổng cho con đoàn viên với số tiền 50 triệu đồng, trong đó 30 "
            "triệu đồng từ ngân sách nhà nước và 20 triệu đồng từ Quỹ Xã hội công đoàn.",
            {
                ("welfare_value", 50_000_000, None, "2023"),
                ("welfare_value", 30_000_000, None, "2023"),
                ("welfare_value", 20_000_000, None, "2023"),
            },
        ),
        # (guard: passes before) a grassroots union's own figure after its body above said
        (
            "BÁO CÁO\nKết quả hoạt động công đoàn năm 2023 của Công đoàn cơ sở Công ty Cổ phần May "
            "Đáp Cầu\n\nCông đoàn các Khu công nghiệp tỉnh cho biết, các cấp công đoàn trong Khu công "
            "nghiệp đã chăm lo Tết cho 12.000 đoàn viên, trong đó Công đoàn Công ty chăm lo cho "
            "1.250 đoàn viên.",
            {
                ("welfare_beneficiaries", 12000, None, "2023"),
                ("welfare_beneficiaries", 1250, None, "2023"),
            },
        ),
        # (guard: passes before) members' orphaned children are no public
        (
            H142 + "Hỗ trợ 42 cháu mồ côi là con đoàn viên do dịch COVID-19, mỗi cháu 5 triệu đồng, "
            "tổng số tiền 210 triệu đồng.",
            {("welfare_beneficiaries", 42, None, "2023"), ("welfare_value", 210_000_000, None, "2023")},
        ),
        # an employer's `lì xì` is its own, as its gifts are (hostile round 167)
        (
            H142 + "Công ty đã lì xì đầu năm cho 2.000 công nhân với tổng số tiền 400 triệu đồng.",
            {
                ("welfare_beneficiaries", 2000, "other_org", "2023"),
                ("welfare_value", 400_000_000, "other_org", "2023"),
            },
        ),
    ],
)  # fmt: skip
def test_what_hostile_round_167_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # agreements counted after the unions were guided (probe 9jr) ...
        (
            H142 + "Công đoàn đã hướng dẫn, hỗ trợ CĐCS thương lượng, ký kết mới và ký kết lại 186 bản "
            "thỏa ước lao động tập thể.",
            {("collective_agreements", 186, None, "2023")},
        ),
        # ... (guard: passes before) not the unions guided
        (
            H142 + "Công đoàn đã hướng dẫn 35 doanh nghiệp xây dựng thỏa ước lao động tập thể.",
            set(),
        ),
        # members introduced for a home are no Party referrals (probe 9jr) ...
        (
            H142 + "Công đoàn đã giới thiệu 326 đoàn viên đủ điều kiện mua, thuê nhà ở xã hội.",
            set(),
        ),
        # ... (guard: passes before) to the Party they are
        (
            H142 + "Công đoàn đã giới thiệu 52 đoàn viên ưu tú để chi bộ xem xét kết nạp.",
            {("party_referrals", 52, None, "2023")},
        ),
    ],
)  # fmt: skip
def test_what_probe_9jr_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


QP = "BÁO CÁO\nTổng kết công tác công đoàn năm 2023 của Công đoàn Quốc phòng\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one worker's pay told with a verb is no average (probe 9jw) ...
        (
            H142 + "chị Thoa cho biết những tháng cuối năm chị làm đến 20h hằng ngày, thu nhập được "
            "hơn 7 triệu đồng.",
            set(),
        ),
        # ... nor a support's monthly rate, nor the gap to another's average ...
        (
            H142 + "người lao động nghỉ việc không lương được hỗ trợ 1,8 triệu đồng/tháng. Thu nhập "
            "bình quân đạt 6,9 triệu đồng/tháng, thấp hơn mức bình quân cả nước khoảng 700.000 đồng.",
            {("avg_income", 6_900_000, None, "2023")},
        ),
        # ... (guard: passes before) but the level compared with, in brackets, and the level
        # reached after the comparison are
        (
            H142 + "thu nhập bình quân ngoài KCN là 7,2 triệu đồng/người/tháng, thấp hơn khá nhiều "
            "so với trong các KCN (9,6 triệu đồng). Thu nhập bình quân cao hơn năm trước, đạt 8,1 "
            "triệu đồng/người/tháng.",
            {
                ("avg_income", 7_200_000, None, "2023"),
                ("avg_income", 9_600_000, None, "2023"),
                ("avg_income", 8_100_000, None, "2023"),
            },
        ),
        # an income told in the abstract (probe 9jw) ...
        (
            H142 + "công nhân gặp nhiều khó khăn. Với thu nhập khoảng 9 triệu đồng/tháng và chi phí "
            "sinh hoạt ngày càng tăng, nhiều công nhân khó mua nhà.",
            set(),
        ),
        # ... (guard: passes before) not an average opening the sentence
        (
            H142 + "với thu nhập bình quân 7,2 triệu đồng/tháng, công nhân vẫn còn khó khăn.",
            {("avg_income", 7_200_000, None, "2023")},
        ),
        # a household's savings are no initiative's value (probe 9jw) ...
        (H142 + "gần 70% công nhân không có khoản tiết kiệm trên 20 triệu đồng.", set()),
        # ... (guard: passes before) what initiatives saved is
        (
            H142 + "các sáng kiến tiết kiệm vật tư đã làm lợi 2 tỷ đồng.",
            {("initiative_value", 2_000_000_000, None, "2023")},
        ),
        # the money pointed back at is the amount told before, of its kind (probe 9jw)
        (
            H142 + "các cấp công đoàn đã hỗ trợ 12.400 lượt đoàn viên với tổng kinh phí 10,6 tỷ đồng. "
            "Chương trình đã trao 6.120 phần quà. Trong số kinh phí trên có 3,9 tỷ đồng do Tổng "
            "LĐLĐ Việt Nam chi hỗ trợ.",
            {
                ("welfare_beneficiaries", 12400, None, "2023"),
                ("welfare_value", 10_600_000_000, None, "2023"),
                ("gifts", 6120, None, "2023"),
                ("welfare_value", 3_900_000_000, None, "2023"),
            },
        ),
        # the state's money paid under its package is no union care (probe 9jw) ...
        (
            H142 + "thực hiện Quyết định 08/2022/QĐ-TTg, đến nay huyện đã chi trả hỗ trợ tiền thuê "
            "nhà cho 41.230 lượt người lao động với tổng số tiền hơn 28,4 tỷ đồng.",
            set(),
        ),
        # ... (guard: passes before) the union's is, the package named first
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2023 của LĐLĐ tỉnh Bắc Ninh\n\nNăm 2023, thực "
            "hiện Nghị quyết 68/NQ-CP, LĐLĐ tỉnh đã chi trả hỗ trợ cho 1.200 đoàn viên với số tiền "
            "1,2 tỷ đồng.",
            {("welfare_beneficiaries", 1200, None, "2023"), ("welfare_value", 1_200_000_000, None, "2023")},
        ),
        # claims the state insurance settled are no union care (probe 9ju) ...
        (
            H142 + "BHXH huyện đã giải quyết cho 41.580 lượt người hưởng các chế độ ốm đau, thai sản.",
            set(),
        ),
        # ... (guard: passes before) members on those benefits the union visited are
        (
            H142 + "công đoàn đã thăm hỏi 67 lượt đoàn viên ốm đau, thai sản với số tiền 48,5 triệu đồng.",
            {("welfare_beneficiaries", 67, None, "2023"), ("welfare_value", 48_500_000, None, "2023")},
        ),
    ],
)  # fmt: skip
def test_what_probes_9jt_to_9jw_taught_of_money_and_income(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the army's workforce by its abbreviations, its staff conference, its two sectors and
        # the ministry's and commands' gifts (probe 9jv)
        (
            QP + "Toàn ngành có 163.920 đoàn viên/171.455 CNVCQP-LĐ. Có 98,7% cơ quan, đơn vị dự toán "
            "tổ chức Hội nghị CNVCQP. Thu nhập bình quân trong các doanh nghiệp quân đội đạt 10,86 "
            "triệu đồng/người/tháng; cơ quan, đơn vị dự toán đạt 7,9 triệu đồng/người/tháng. Tổng "
            "cục Chính trị trích ngân sách trao 2.000 suất quà.",
            {
                ("members", 163920, None, "2023"),
                ("workers", 171455, None, "2023"),
                ("staff_conference_rate", 98.7, None, "2023"),
                ("avg_income", 10_860_000, "business_sector", "2023"),
                ("avg_income", 7_900_000, "public_sector", "2023"),
                ("gifts", 2000, "other_org", "2023"),
            },
        ),
        # ... (guard: passes before) the enterprises' conference is the workers' whatever they are
        (
            QP + "100% doanh nghiệp quân đội tổ chức Hội nghị người lao động.",
            {("worker_conference_rate", 100, None, "2023")},
        ),
        # (guard: passes before) the unions in a command are the report's own
        (
            QP + "Dịp Tết, các cấp công đoàn trong Quân khu trao 5.000 suất quà cho đoàn viên.",
            {("gifts", 5000, None, "2023")},
        ),
        # a share's run ends at a semicolon where money of its own kind follows (probe 9jv)
        (
            QP + "Công đoàn trao 18.200 suất quà Tết, trị giá 9,1 tỷ đồng, trong đó Quỹ Xã hội Công "
            "đoàn hỗ trợ 5 tỷ đồng; vận động CNVCQP-LĐ đóng góp Quỹ “Mái ấm Công đoàn” được 12 tỷ "
            "đồng.",
            {
                ("gifts", 18200, None, "2023"),
                ("gift_value", 9_100_000_000, None, "2023"),
                ("union_shelter_fund", 12_000_000_000, None, "2023"),
            },
        ),
        # ... (guard: passes before) the next share past a comma is a share (the family's, no
        # union money)
        (
            QP + "Công đoàn bàn giao 2 nhà “Mái ấm Công đoàn” với tổng kinh phí 120 triệu đồng, trong "
            "đó Quỹ “Mái ấm Công đoàn” hỗ trợ 80 triệu đồng, gia đình đối ứng 40 triệu đồng.",
            {
                ("union_shelter_houses", 2, None, "2023"),
                ("union_shelter_value", 120_000_000, None, "2023"),
                ("union_shelter_value", 80_000_000, None, "2023"),
            },
        ),
        # a house's money after a sentence of gifts is the house's (probe 9jv)
        (
            H142 + "LĐLĐ huyện trao 100 suất quà cho công nhân khó khăn. Nhân dịp này, LĐLĐ huyện "
            "bàn giao nhà “Mái ấm Công đoàn” cho đoàn viên Nguyễn Thị Hạnh, với kinh phí 60 triệu "
            "đồng.",
            {("gifts", 100, None, "2023"), ("union_shelter_value", 60_000_000, None, "2023")},
        ),
        # where a change of the stock went, past a hedge on where it started (probe 9jt) ...
        (
            H142 + "số lao động giảm từ hơn 9.000 người đầu năm xuống còn 7.015 người.",
            {("workers", 7015, None, "2023")},
        ),
        # ... and the members a drive brought the stock to, no new members
        (
            H142 + "Công đoàn tích cực vận động, phát triển đoàn viên, đưa số đoàn viên từ 165 người "
            "lên 212 người.",
            {("members", 212, None, "2023")},
        ),
        # ... (guard: passes before) those it admitted and the total they raised
        (
            H142 + "Công đoàn kết nạp 45 đoàn viên, nâng tổng số đoàn viên lên 212 người.",
            {("new_members", 45, None, "2023"), ("members", 212, None, "2023")},
        ),
    ],
)  # fmt: skip
def test_what_probes_9jt_to_9jw_taught_of_bodies_and_changes(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


def test_a_crossheads_round_figure_is_the_paragraphs_after_it() -> None:
    """`Hơn 1 nghìn tỉ đồng chăm lo` over `với tổng kinh phí trên 1.060 tỉ đồng`: a heading
    inside the body rounds what the paragraph states (probe 9jw); a paragraph's own round
    figure, and a bullet's, stay."""
    text = (
        "Công nhân sau dịch: nợ nần chồng chất\n01/11/2021 - 21:10\n(NLĐO) - Ba tháng giãn cách "
        "đã vét sạch tích lũy của nhiều gia đình công nhân.\nHơn 1 nghìn tỉ đồng chăm lo\nBà Hồng, "
        "Phó Chủ tịch LĐLĐ TP HCM, cho biết năm 2021 các cấp Công đoàn TP đã hỗ trợ hơn 1,24 triệu "
        "lượt đoàn viên, người lao động với tổng kinh phí trên 1.060 tỉ đồng.\n- Hơn 2.000 đoàn "
        "viên được vay vốn.\nLĐLĐ TP đã trao hơn 3.000 phần quà cho công nhân khó khăn.\n"
    )
    got = {(o.indicator, o.value) for o in _processed(text).observations}
    assert got == {
        ("welfare_beneficiaries", 1_240_000),
        ("welfare_value", 1_060_000_000_000),
        ("gifts", 3000),
    }


@pytest.mark.parametrize(
    ("text", "level", "org", "period"),
    [
        # a bloc named by its members' kind in lower case, of its federation's province
        # (probe 9jt)
        (
            "Khối thi đua các doanh nghiệp nông, lâm nghiệp tổng kết công tác thi đua năm 2022\n"
            "Đăng ngày: 06/01/2023\nNgày 5/1/2023, Khối thi đua các doanh nghiệp nông, lâm nghiệp "
            "thuộc LĐLĐ tỉnh Đắk Lắk tổ chức hội nghị tổng kết công tác thi đua năm 2022. Khối gồm "
            "12 CĐCS.",
            "bloc",
            "Khối thi đua các doanh nghiệp nông lâm nghiệp Đắk Lắk",
            "2022",
        ),
        # a quarter the statistics office says is no period of the item (probe 9jw)
        (
            "Công nhân sau dịch: nợ nần chồng chất\n01/11/2021 - 21:10\n(NLĐO) - Ba tháng giãn "
            "cách đã vét sạch tích lũy của nhiều gia đình công nhân. Cục Thống kê TP HCM cho biết tỉ "
            "lệ thất nghiệp quý III/2021 lên tới 8,1%. Bà Hồng, Phó Chủ tịch LĐLĐ TP HCM, cho biết "
            "các cấp Công đoàn TP đã hỗ trợ hơn 1,24 triệu lượt đoàn viên.",
            "provincial_federation",
            "Liên đoàn Lao động thành phố Hồ Chí Minh",
            "2021",
        ),
    ],
)
def test_what_probes_9jt_and_9jw_taught_of_documents(
    text: str, level: str, org: str, period: str
) -> None:
    meta = _processed(text).meta
    assert (meta.org_level, meta.org, meta.period) == (level, org, period)


def test_a_later_years_conference_told_done_by_the_items_day_is_no_plan() -> None:
    """`13/13 đơn vị đã tổ chức xong Hội nghị cán bộ, công chức, viên chức năm 2024, đạt 100%`
    in an item of January 2024 about 2023 (probe 9ju); the year's plan stays a plan."""
    head = (
        "BHXH tỉnh Quảng Ngãi tổ chức Hội nghị cán bộ, công chức, viên chức năm 2024\nCập nhật: "
        "20/01/2024\nNăm 2023, Công đoàn cơ sở BHXH tỉnh kết nạp 12 đoàn viên. "
    )
    done = (
        head
        + "Trước đó, 13/13 BHXH huyện đã tổ chức xong Hội nghị cán bộ, công chức, viên chức năm 2024, đạt 100%."
    )
    planned = (
        head
        + "Năm 2024, Công đoàn phấn đấu 100% đơn vị tổ chức Hội nghị cán bộ, công chức, viên chức."
    )
    got = {(o.indicator, o.value, o.period) for o in _processed(done).observations}
    assert ("staff_conference_rate", 100, "2024") in got  # (the conference's year)
    assert "staff_conference_rate" not in {o.indicator for o in _processed(planned).observations}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the stock by now, past the unions founded (probe 9jx) ...
        (
            H142 + "thành lập mới 14 CĐCS, đến nay toàn huyện có 126 CĐCS.",
            {("new_grassroots_unions", 14, None, "2023"), ("grassroots_unions", 126, None, "2023")},
        ),
        # ... (guard: passes before) not a part of those founded, nor those the year had
        (
            H142 + "thành lập mới 9 CĐCS, trong đó có 6 CĐCS khu vực doanh nghiệp ngoài nhà nước. "
            "Trong quý IV có 3 CĐCS được thành lập mới.",
            {
                ("new_grassroots_unions", 9, None, "2023"),
                ("new_grassroots_unions", 6, "non_state_enterprise", "2023"),
                ("new_grassroots_unions", 3, None, "2023-Q4"),
            },
        ),
        # an amount spelled out in brackets after its digits is the same figure (probe 9jx)
        (
            H142 + "công tác vận động CNVCLĐ đóng góp xây dựng Quỹ “Mái ấm Công đoàn” được các cấp "
            "công đoàn quan tâm, năm 2016 vận động được 186.500.000 đồng (một trăm tám mươi sáu "
            "triệu, năm trăm nghìn đồng), đạt 116,5% so với kế hoạch.",
            {("union_shelter_fund", 186_500_000, None, "2016")},
        ),
        # (guard: passes before) digits count
        (
            H142 + "giới thiệu 01 đồng chí đoàn viên ưu tú cho Đảng xem xét kết nạp.",
            {("party_referrals", 1, None, "2023")},
        ),
        # a department no sector union shares is another body (probe 9jx)
        (
            H142 + "Sở Khoa học và Công nghệ tỉnh đã nghiệm thu 126 đề tài khoa học.",
            {("initiatives", 126, "other_org", "2023")},
        ),
        # the union's own budget drawn on is its care (probe 9jy) ...
        (
            H142 + "LĐLĐ huyện trích ngân sách hỗ trợ 105 triệu đồng cho đoàn viên bị thiệt hại do "
            "bão.",
            {("welfare_value", 105_000_000, None, "2023")},
        ),
        # ... (guard: passes before) the state budget's help to the union is not
        (H142 + "ngân sách nhà nước hỗ trợ 1.150 triệu đồng cho hoạt động của Ban Quản lý.", set()),
        # each funeral condoled at is a member cared for (probe 9jy)
        (
            H142 + "Công đoàn đã phúng viếng 14 đám hiếu tứ thân phụ mẫu của đoàn viên, mỗi đám "
            "500.000 đồng.",
            {("welfare_beneficiaries", 14, None, "2023")},
        ),
        # a collection of its own is no value of the gifts before it (probe 9jy)
        (
            H142 + "Công đoàn trao 45 suất quà cho đoàn viên khó khăn. Công đoàn phát động đoàn viên "
            "quyên góp ủng hộ điều dưỡng viên mắc bệnh ung thư, số tiền quyên góp được 62.350.000 "
            "đồng.",
            {("gifts", 45, None, "2023")},
        ),
    ],
)  # fmt: skip
def test_what_probes_9jx_and_9jy_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guard: passes before) claims the union's own fund settles are its care
        (
            H142 + "Quỹ Tương trợ của Công đoàn đã giải quyết cho 25 lượt đoàn viên hưởng trợ cấp ốm "
            "đau, thai sản với tổng số tiền 25 triệu đồng.",
            {("welfare_beneficiaries", 25, None, "2023"), ("welfare_value", 25_000_000, None, "2023")},
        ),
        # (guard: passes before) the unions in a command are the report's own
        (
            QP + "Các cấp công đoàn trong Bộ Tư lệnh Hải quân đã trao 1.500 suất quà cho đoàn viên.",
            {("gifts", 1500, None, "2023")},
        ),
        # where a part's change went keeps the part (hostile round 171)
        (
            H142 + "số lao động nữ giảm từ hơn 5.000 người xuống còn 4.200 người.",
            {("workers", 4200, "female", "2023")},
        ),
        # (guard: passes before) the new unions a year's total raised are new ones
        (
            H142 + "tháng 12, LĐLĐ huyện thành lập thêm 3 CĐCS, đưa số CĐCS thành lập mới trong năm "
            "lên 12 CĐCS.",
            {("new_grassroots_unions", 3, None, "2023"), ("new_grassroots_unions", 12, None, "2023")},
        ),
        # (guard: passes before) the union paying under the Government's package is its care
        (
            H142 + "LĐLĐ huyện đã phối hợp thực hiện Nghị quyết 68/NQ-CP, chi trả hỗ trợ cho 2.400 "
            "đoàn viên với số tiền 1,2 tỷ đồng.",
            {("welfare_beneficiaries", 2400, None, "2023"), ("welfare_value", 1_200_000_000, None, "2023")},
        ),
        # (guard: passes before) money pointed back at with no amount before is what was counted
        (
            H142 + "LĐLĐ huyện đã trao 500 suất quà cho công nhân khó khăn. Toàn bộ số tiền trên là "
            "250 triệu đồng.",
            {("gifts", 500, None, "2023"), ("gift_value", 250_000_000, None, "2023")},
        ),
    ],
)  # fmt: skip
def test_what_hostile_round_171_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


def test_a_plan_for_a_later_years_conference_stays_a_plan() -> None:
    """(guard: passes before) `Phấn đấu đến hết quý I/2024, 13/13 đơn vị đã tổ chức xong ...`
    in January 2024 asks for it (hostile round 171)."""
    text = (
        "Công đoàn Viên chức tỉnh tổng kết năm 2023\n15/01/2024 09:30\nNăm 2023, Công đoàn Viên "
        "chức tỉnh kết nạp 320 đoàn viên mới. Phấn đấu đến hết quý I/2024, 13/13 đơn vị đã tổ chức "
        "xong Hội nghị cán bộ, công chức, viên chức năm 2024, đạt 100%."
    )
    assert {o.indicator for o in _processed(text).observations} == {"new_members"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guard: passes before) the level told after a comparison with last year ...
        (
            H142 + "thu nhập bình quân của người lao động cao hơn so với năm 2022 với mức 7,8 triệu "
            "đồng/người/tháng.",
            {("avg_income", 7_800_000, None, "2023")},
        ),
        # ... (guard: passes before) each level past a colon opening the gaps' list ...
        (
            H142 + "thu nhập bình quân có sự chênh lệch giữa các ngành nghề: ngành may mặc 7 triệu "
            "đồng/người/tháng, ngành điện tử 9,5 triệu đồng/người/tháng.",
            {("avg_income", 7_000_000, None, "2023"), ("avg_income", 9_500_000, None, "2023")},
        ),
        # ... (guard: passes before) and an average counting the support it takes in
        (
            H142 + "thu nhập bình quân của người lao động kể cả tiền làm thêm giờ và các khoản được "
            "hỗ trợ khoảng 8,4 triệu đồng/người/tháng.",
            {("avg_income", 8_400_000, None, "2023")},
        ),
        # (guard: passes before) what initiatives saved the unit, told in the next sentence
        (
            H142 + "có 215 sáng kiến được công nhận. Số tiền tiết kiệm cho đơn vị ước tính trên 8 tỷ "
            "đồng.",
            {("initiatives", 215, None, "2023"), ("initiative_value", 8_000_000_000, None, "2023")},
        ),
        # (guard: passes before) a military command's union reports its own figures
        (
            "BÁO CÁO\nKết quả hoạt động năm 2023 của Công đoàn Bộ Chỉ huy Quân sự tỉnh Quảng Ninh\n\n"
            "Năm 2023, Công đoàn Bộ CHQS tỉnh đã kết nạp 25 đoàn viên mới.",
            {("new_members", 25, None, "2023")},
        ),
        # (guard: passes before) gifts at a house's handover are gifts
        (
            H142 + "tặng 200 suất quà Tết cho đoàn viên. Tại buổi lễ bàn giao nhà Mái ấm Công đoàn, "
            "LĐLĐ huyện tặng thêm quà cho gia đình đoàn viên, với kinh phí 2 triệu đồng.",
            {("gifts", 200, None, "2023"), ("gift_value", 2_000_000, None, "2023")},
        ),
        # (guard: passes before) shares past a semicolon that make up the whole are shares
        (
            H142 + "xây dựng 6 nhà Mái ấm Công đoàn, tổng kinh phí 360 triệu đồng, trong đó Tổng Liên "
            "đoàn hỗ trợ 240 triệu đồng; từ nguồn vận động Quỹ “Mái ấm Công đoàn” của huyện được "
            "120 triệu đồng.",
            {
                ("union_shelter_houses", 6, None, "2023"),
                ("union_shelter_value", 360_000_000, None, "2023"),
                ("union_shelter_value", 240_000_000, "other_org", "2023"),
            },
        ),
        # the kind a body is said to be is no breakdown of its figures (hostile round 170)
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2023 của Công đoàn Tổng công ty 36 - CTCP\n\n"
            "Tổng công ty là doanh nghiệp nhà nước, có 2.100 người lao động, 1.980 đoàn viên.",
            {("workers", 2100, None, "2023"), ("members", 1980, None, "2023")},
        ),
    ],
)  # fmt: skip
def test_what_hostile_round_170_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


TLD = "BÁO CÁO\nKết quả công tác công đoàn năm 2023 của Tổng Liên đoàn Lao động Việt Nam\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guard: passes before) a ministry named in brackets after a unit owns the unit, does
        # not count its people (differential test 172) ...
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2021 của Công đoàn Tổng công ty Đông Bắc\n\n"
            "Năm 2021, Tổng công ty Đông Bắc (Bộ Quốc phòng) có khoảng 9.800 lao động.",
            {("workers", 9800, None, "2021")},
        ),
        # ... the ministry doing it is another body (probe 9jv)
        (
            QP + "Dịp Tết, Bộ Quốc phòng trao 5.000 suất quà cho CNVCQP có hoàn cảnh khó khăn.",
            {("gifts", 5000, "other_org", "2023")},
        ),
        # (guard: passes before) the confederation's own, by its own name or the country's
        (
            TLD + "Năm 2023, Tổng LĐLĐ Việt Nam đã trao 120.000 suất quà Tết cho đoàn viên. Cả nước "
            "đã kết nạp 1,2 triệu đoàn viên.",
            {("gifts", 120000, None, "2023"), ("new_members", 1_200_000, None, "2023")},
        ),
        # money handed to the shelter fund is the fund's (probe 9ka)
        (
            TLD + "Năm 2023, Ngân hàng TMCP Công thương Việt Nam trao tặng 10 tỷ đồng cho Quỹ “Mái ấm "
            "Công đoàn” của Tổng LĐLĐ Việt Nam.",
            {("union_shelter_fund", 10_000_000_000, None, "2023")},
        ),
        # those still missing are no workforce (probe 9kb)
        (
            H142 + "toàn ngành có hơn 41.000 giáo viên, trong đó gần 1.900 giáo viên còn thiếu so với "
            "định mức.",
            {("workers", 41000, None, "2023")},
        ),
        # a union's accounts, all its spending, are no care (probe 9jz) ...
        (
            H142 + "Tài chính công đoàn: Tổng thu: 45.600.000 đồng. Tổng chi: 39.210.000 đồng (chi "
            "thăm hỏi, trợ cấp; chi phong trào).",
            set(),
        ),
        # ... (guard: passes before) the spending a deed names is
        (
            H142 + "Công đoàn đã thăm hỏi 17 đoàn viên với tổng chi 8,5 triệu đồng.",
            {("welfare_beneficiaries", 17, None, "2023"), ("welfare_value", 8_500_000, None, "2023")},
        ),
    ],
)  # fmt: skip
def test_what_probes_9jz_to_9kb_and_differential_test_172_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


def test_a_headlines_hard_year_is_no_period() -> None:
    """`... sau một năm nhiều áp lực` over the report of the year just ended: how the year was,
    not a year counted back from January's item (probe 9jz)."""
    text = (
        "Công đoàn Bệnh viện Đa khoa tỉnh Hà Tĩnh: Đồng hành cùng y, bác sĩ sau một năm nhiều áp "
        "lực\n(Cập nhật: 10/01/2023 15:42)\nChiều 9/1, Công đoàn Bệnh viện tổ chức hội nghị tổng "
        "kết hoạt động công đoàn năm 2022, triển khai nhiệm vụ năm 2023.\nHiện Công đoàn Bệnh viện "
        "có 1.024 đoàn viên."
    )
    processed = _processed(text)
    assert processed.meta.period == "2022"
    assert {(o.indicator, o.value, o.period) for o in processed.observations} == {
        ("members", 1024, "2022")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those at an event are no members' stock (probe 9kd) ...
        (H142 + "dự buổi lễ có hơn 400 đoàn viên, công nhân lao động đại diện cho các doanh nghiệp.", set()),
        # ... (guard: passes before) those its delegates stand for are
        (
            H142 + "Đại hội có 150 đại biểu chính thức đại diện cho hơn 2.700 đoàn viên.",
            {("members", 2700, None, "2023")},
        ),
        # money given for the public after the fund's is no fund's (probe 9kd)
        (
            H142 + "đoàn viên đã ủng hộ quỹ “Mái ấm Công đoàn” 612 triệu đồng, ngoài ra còn quyên góp "
            "hơn 1,1 tỷ đồng giúp đồng bào các tỉnh phía Bắc bị thiệt hại do bão số 3.",
            {("union_shelter_fund", 612_000_000, None, "2023")},
        ),
        # those recognised of those registered are counted (probe 9kd) ...
        (
            H142 + "phong trào thi đua có 612 sáng kiến đăng ký, trong đó 437 sáng kiến đã được công "
            "nhận và áp dụng.",
            {("initiatives", 612, None, "2023"), ("initiatives", 437, None, "2023")},
        ),
        # ... (guard: passes before) those registered alone are not yet
        (
            H142 + "đoàn viên đăng ký 624 sáng kiến; được công nhận 587 sáng kiến.",
            {("initiatives", 587, None, "2023")},
        ),
        # a province's own make-up after the units it has (probe 9kc)
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2017 của LĐLĐ tỉnh Hà Tĩnh\n\nHiện nay, LĐLĐ tỉnh "
            "có 13 LĐLĐ huyện, thành phố, thị xã và công đoàn ngành, Công đoàn Khu kinh tế tỉnh, với "
            "tổng số 2.086 CĐCS, 98.540 đoàn viên.",
            {("grassroots_unions", 2086, None, "2017"), ("members", 98540, None, "2017")},
        ),
        # bags of a programme named for them are gifts (probe 9kc)
        (
            H142 + "chương trình “Túi an sinh Công đoàn” đã trao 165.300 túi, trị giá 49,6 tỷ đồng.",
            {("gifts", 165300, None, "2023"), ("gift_value", 49_600_000_000, None, "2023")},
        ),
    ],
)  # fmt: skip
def test_what_probes_9kc_and_9kd_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


def test_a_part_of_the_year_opening_a_paragraph_dates_its_sentences() -> None:
    """`Báo cáo ... cho biết, 6 tháng đầu năm 2024, các cấp công đoàn ... . Phong trào thi đua
    có 612 sáng kiến ...`: the sentences after it that name no period are of that half (probes
    9kd, 9jz); (guard: passes before) not a half the statistics office told."""
    text = (
        "Cần Thơ: Tuyên dương 95 CNVCLĐ tiêu biểu\n26/07/2024 17:10\nSáng 25/7, LĐLĐ thành phố Cần "
        "Thơ tổ chức lễ tuyên dương 95 công nhân, viên chức, lao động tiêu biểu năm 2024.\nBáo cáo "
        "tại buổi lễ cho biết, 6 tháng đầu năm 2024, các cấp công đoàn thành phố đã kết nạp 3.106 "
        "đoàn viên. Phong trào thi đua có 437 sáng kiến được công nhận.\nTheo Cục Thống kê, 6 tháng "
        "đầu năm 2024 thu nhập bình quân của người lao động là 8,2 triệu đồng/người/tháng. Thu nhập "
        "bình quân của đoàn viên công đoàn đạt 8,9 triệu đồng/người/tháng."
    )
    got = {(o.indicator, o.value, o.period) for o in _processed(text).observations}
    assert ("new_members", 3106, "2024-H1") in got
    assert ("initiatives", 437, "2024-H1") in got
    assert ("avg_income", 8_900_000, "2024") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guard: passes before) the care a spending names, told with no account before it
        (
            H142 + "công đoàn thăm hỏi đoàn viên. Tổng chi: 96 triệu đồng thăm hỏi, hỗ trợ 48 đoàn viên "
            "ốm đau, hoàn cảnh khó khăn.",
            {("welfare_value", 96_000_000, None, "2023"), ("welfare_beneficiaries", 48, None, "2023")},
        ),
        # (guard: passes before) the confederation's joint deed is its own
        (
            TLD + "Năm 2023, Tổng LĐLĐ Việt Nam phối hợp với Ủy ban Trung ương MTTQ Việt Nam trao 5.000 "
            "suất quà cho công nhân.",
            {("gifts", 5000, None, "2023")},
        ),
        # (guard: passes before) a group of units of a kind is a breakdown
        (
            H142 + "các CĐCS là doanh nghiệp nhà nước có 18.500 đoàn viên.",
            {("members", 18500, "state_enterprise", "2023")},
        ),
        # (guard: passes before) an officer counted is one
        (
            H142 + "có một đồng chí Chủ tịch CĐCS được kết nạp vào Đảng.",
            {("party_admissions", 1, None, "2023")},
        ),
        # new ones in brackets after the stock are new ones (hostile round 173; before, the
        # stock too read as new ones)
        (
            H142 + "thành lập mới 14 CĐCS, đến nay toàn huyện có 126 CĐCS (trong đó 3 CĐCS doanh nghiệp "
            "có vốn đầu tư nước ngoài được thành lập mới).",
            {
                ("new_grassroots_unions", 14, None, "2023"),
                ("grassroots_unions", 126, None, "2023"),
                ("new_grassroots_unions", 3, "non_state_enterprise", "2023"),
            },
        ),
        # (guard: passes before) the income of a workforce just counted
        (
            H142 + "Công ty có 1.500 công nhân, với thu nhập khoảng 9 triệu đồng/người/tháng.",
            {("workers", 1500, None, "2023"), ("avg_income", 9_000_000, None, "2023")},
        ),
    ],
)  # fmt: skip
def test_what_hostile_round_173_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guard: passes before) the year named in words after a half opening the paragraph
        (
            "BÁO CÁO\nTổng kết công tác công đoàn năm 2022 của Công đoàn Viên chức tỉnh Nghệ An\n\n"
            "6 tháng đầu năm 2022, Công đoàn Viên chức tỉnh tổ chức Đại hội Công đoàn cấp cơ sở. "
            "Trong năm, Công đoàn đã kết nạp 186 đoàn viên.",
            {("new_members", 186, None, "2022")},
        ),
        # (guard: passes before) bags of medicine are no gifts
        (H142 + "LĐLĐ huyện còn phát 2.000 túi thuốc cho công nhân.", set()),
    ],
)  # fmt: skip
def test_what_differential_test_174_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those honoured, however many kinds of them are listed before `được` (probe 9kf)
        (
            H142 + "150 điều dưỡng, hộ sinh, kỹ thuật viên được Công đoàn ngành Y tế tặng Giấy "
            "khen; Công đoàn ngành cũng trao tặng 20 suất quà cho điều dưỡng khó khăn.",
            {("gifts", 20, None, "2023")},
        ),
        # (guard: passes before) those cared for, before the union's own award
        (
            H142 + "công đoàn đã tặng quà cho 150 công nhân, được Tổng LĐLĐ tặng Bằng khen.",
            {("welfare_beneficiaries", 150, None, "2023")},
        ),
        # every share of a house's cost is the house's, however far from `trong đó` (probe 9kf)
        (
            H142 + "Tổng kinh phí xây nhà Mái ấm Công đoàn là 280 triệu đồng, trong đó LĐLĐ huyện hỗ "
            "trợ 50 triệu đồng, Công đoàn Giáo dục huyện hỗ trợ 20 triệu đồng, Công đoàn trường hỗ "
            "trợ 10 triệu đồng.",
            {
                ("union_shelter_value", 280_000_000, None, "2023"),
                ("union_shelter_value", 50_000_000, None, "2023"),
                ("union_shelter_value", 20_000_000, None, "2023"),
                ("union_shelter_value", 10_000_000, None, "2023"),
            },
        ),
        # the public sector named as `khu vực sự nghiệp` (probe 9kf)
        (
            H142 + "thu nhập bình quân khu vực doanh nghiệp đạt 7,2 triệu đồng/người/tháng; khu vực "
            "sự nghiệp đạt 6,5 triệu đồng/người/tháng.",
            {
                ("avg_income", 7_200_000, "business_sector", "2023"),
                ("avg_income", 6_500_000, "public_sector", "2023"),
            },
        ),
        # a sector named before the year of the figure (probe 9ke)
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2023 của LĐLĐ huyện Yên Phong\n\nThu nhập bình "
            "quân của người lao động khu vực doanh nghiệp năm 2023 đạt 7,85 triệu đồng/người/tháng.",
            {("avg_income", 7_850_000, "business_sector", "2023")},
        ),
        # a result better than planned, no plan (probe 9kg)
        (
            H142 + "kết quả tốt hơn dự kiến: toàn huyện kết nạp 2.480 đoàn viên, thành lập mới 16 "
            "CĐCS.",
            {("new_members", 2480, None, "2023"), ("new_grassroots_unions", 16, None, "2023")},
        ),
        # agreements the federation guided to be signed (probe 9kg)
        (
            H142 + "LĐLĐ huyện đã hướng dẫn ký mới được 46 bản thỏa ước lao động tập thể.",
            {("collective_agreements", 46, None, "2023")},
        ),
        # a city's workers are no person named (probe 9kg)
        (
            H142 + "thu nhập bình quân của công nhân Đà Nẵng đạt 5,1 triệu đồng/người/tháng.",
            {("avg_income", 5_100_000, None, "2023")},
        ),
        # (guard: passes before) a worker named is one person
        (H142 + "công nhân Lê Thanh Hóa có 4 sáng kiến.", set()),
        # what one case got, the most any did, is no total (probe 9kg)
        (H142 + "có trường hợp đặc biệt khó khăn được hỗ trợ tới 70 triệu đồng.", set()),
        # (guard: passes before) cases counted
        (
            H142 + "có 25 trường hợp được hỗ trợ 70 triệu đồng.",
            {("welfare_beneficiaries", 25, None, "2023"), ("welfare_value", 70_000_000, None, "2023")},
        ),
        # houses given to a firm are houses, its `công ty` no name (probe 9kg)
        (
            H142 + "LĐLĐ huyện còn hỗ trợ công ty 2 căn nhà “Mái ấm Công đoàn” cho hai gia đình công "
            "nhân.",
            {("union_shelter_houses", 2, None, "2023")},
        ),
        # a rate's plan in a bracket after its long noun (probe 9ke)
        (
            H142 + "98% cơ quan, đơn vị tổ chức Hội nghị cán bộ, công chức, viên chức (chỉ tiêu 100%).",
            {("staff_conference_rate", 98, None, "2023")},
        ),
        # the People's Committee's money, an amount each between it and those it paid (probe 9kh)
        (
            H142 + "thực hiện Nghị quyết số 42/NQ-CP của Chính phủ, UBND tỉnh đã chi hỗ trợ 1,8 triệu "
            "đồng/người/tháng cho 312 người lao động.",
            {("welfare_beneficiaries", 312, "other_org", "2023")},
        ),
    ],
)  # fmt: skip
def test_what_probes_9ke_to_9kh_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


def test_a_rates_plan_in_a_bracket_after_its_noun_is_its_target() -> None:
    """`100% cơ quan, đơn vị tổ chức Hội nghị cán bộ, công chức, viên chức (chỉ tiêu 100%)`: the
    bracket opening on the plan word is the rate's, past the commas of its noun (probe 9ke)."""
    text = (
        H142 + "98% cơ quan, đơn vị tổ chức Hội nghị cán bộ, công chức, viên chức (chỉ tiêu 100%)."
    )
    (obs,) = _processed(text).observations
    assert (obs.indicator, obs.value, obs.target) == ("staff_conference_rate", 98, 100)


def test_under_as_chua_day() -> None:
    """`chưa đầy 15.000 đoàn viên`: fewer than (probe 9kg)."""
    (obs,) = _processed(H142 + "huyện có chưa đầy 15.000 đoàn viên.").observations
    assert (obs.indicator, obs.value, obs.qualifier) == ("members", 15000, "under")


def test_a_numbered_plans_line_is_the_plan_and_its_result_line_meets_it() -> None:
    """`- Chỉ tiêu 2: Thành lập mới 20 CĐCS. Kết quả: thành lập mới 23 CĐCS`: a congress report's
    list of the term's plans, each followed by its result; the plan is no result, and the result
    takes it as its target where the rate told fits (not a part told after it) (probe 9ke)."""
    text = (
        "BÁO CÁO CHÍNH TRỊ\nCủa Ban Chấp hành LĐLĐ huyện Yên Phong nhiệm kỳ 2018 - 2023\n\n"
        "- Chỉ tiêu 1: Phát triển mới 2.000 đoàn viên trở lên. Kết quả: kết nạp 2.486 đoàn "
        "viên, đạt 124,3%.\n- Chỉ tiêu 2: Thành lập mới 20 CĐCS. Kết quả: thành lập mới 23 CĐCS, "
        "đạt 110%.\n- Chỉ tiêu 5: Giới thiệu 300 đoàn viên ưu tú cho Đảng. Kết quả: giới thiệu 417 "
        "đoàn viên, trong đó 362 đoàn viên đã được kết nạp vào Đảng."
    )
    got = {(o.indicator, o.value, o.target) for o in _processed(text).observations}
    assert got == {
        ("new_members", 2486, 2000),
        ("new_grassroots_unions", 23, None),  # (115 % of 20, not the 110 % told)
        ("party_referrals", 417, 300),
        ("party_admissions", 362, None),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people given houses built or handed over are the houses (probe 9ki)
        (
            H142 + "về nhà Mái ấm Công đoàn: 27 đoàn viên được hỗ trợ xây mới, sửa chữa nhà ở với tổng số "
            "tiền 1,08 tỷ đồng.",
            {
                ("union_shelter_houses", 27, None, "2023"),
                ("union_shelter_value", 1_080_000_000, None, "2023"),
            },
        ),
        (
            H142 + "LĐLĐ huyện trao nhà Mái ấm Công đoàn cho chị Lan. Đến nay đã có 5 công nhân được "
            "trao nhà với tổng giá trị trên 600 triệu đồng.",
            {
                ("union_shelter_houses", 5, None, "2023"),
                ("union_shelter_value", 600_000_000, None, "2023"),
            },
        ),
        # (guard: passes before) people helped to learn a trade are no houses
        (
            H142 + "27 đoàn viên được hỗ trợ học nghề để sửa chữa nhà ở.",
            {("welfare_beneficiaries", 27, None, "2023")},
        ),
        # another giver of a share names its own; after a bracket the sentence's own deed goes on
        # (probe 9ki)
        (
            H142 + "tổng kinh phí xây 25 căn nhà Mái ấm Công đoàn là 3,125 tỷ đồng, trong đó Tổng LĐLĐ "
            "Việt Nam hỗ trợ 1,5 tỷ đồng (60 triệu đồng/căn), Quỹ “Mái ấm Công đoàn” tỉnh hỗ trợ 625 "
            "triệu đồng.",
            {
                ("union_shelter_houses", 25, None, "2023"),
                ("union_shelter_value", 3_125_000_000, None, "2023"),
                ("union_shelter_value", 1_500_000_000, "other_org", "2023"),
                ("union_shelter_value", 625_000_000, None, "2023"),
            },
        ),
        (
            H142 + "LĐLĐ huyện đã chi 3,5 tỷ đồng (trong đó Tổng LĐLĐ Việt Nam hỗ trợ 2 tỷ đồng) thăm "
            "hỏi 1.750 lượt đoàn viên bị thiệt hại.",
            {
                ("welfare_value", 3_500_000_000, None, "2023"),
                ("welfare_value", 2_000_000_000, "other_org", "2023"),
                ("welfare_beneficiaries", 1750, None, "2023"),
            },
        ),
        # (guard: passes before) what follows another body's figure is its own
        (
            H142 + "cả nước đã chăm lo cho hơn 3,4 triệu lượt đoàn viên, với tổng kinh phí trên 1.800 "
            "tỷ đồng.",
            {
                ("welfare_beneficiaries", 3_400_000, "other_org", "2023"),
                ("welfare_value", 1_800_000_000_000, "other_org", "2023"),
            },
        ),
        # a part counting another stock of the whole's list, and the figure paired with it
        # (probes 9ke, 9kj)
        (
            H142 + "toàn huyện hiện có 356 CĐCS với 41.205 đoàn viên, trong đó khối hành chính sự "
            "nghiệp 198 CĐCS, 7.860 đoàn viên.",
            {
                ("grassroots_unions", 356, None, "2023"),
                ("members", 41205, None, "2023"),
                ("grassroots_unions", 198, "public_sector", "2023"),
                ("members", 7860, "public_sector", "2023"),
            },
        ),
        (
            H142 + "LĐLĐ huyện hiện có 116 CĐCS với 4.987 đoàn viên; trong đó 29 CĐCS doanh nghiệp "
            "ngoài nhà nước với 2.316 đoàn viên.",
            {
                ("grassroots_unions", 116, None, "2023"),
                ("members", 4987, None, "2023"),
                ("grassroots_unions", 29, "non_state_enterprise", "2023"),
                ("members", 2316, "non_state_enterprise", "2023"),
            },
        ),
        # the next part's own sector named after it, not the one before's (guard for the above)
        (
            H142 + "toàn huyện hiện có 112 CĐCS với 14.357 đoàn viên, trong đó có 71 CĐCS khu vực hành "
            "chính sự nghiệp với 3.208 đoàn viên và 41 CĐCS doanh nghiệp với 11.149 đoàn viên.",
            {
                ("grassroots_unions", 112, None, "2023"),
                ("members", 14357, None, "2023"),
                ("grassroots_unions", 71, "public_sector", "2023"),
                ("members", 3208, "public_sector", "2023"),
                ("grassroots_unions", 41, "business_sector", "2023"),
                ("members", 11149, "business_sector", "2023"),
            },
        ),
        # those a survey found in need, and those who give, are no one cared for (probe 9ki)
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2023 của LĐLĐ huyện Yên Phong\n\nTheo kết quả "
            "rà soát, toàn huyện có 612 đoàn viên có hoàn cảnh khó khăn về nhà ở.",
            set(),
        ),
        (
            H142 + "ngôi nhà có tổng kinh phí 142 triệu đồng, trong đó Công đoàn công ty hỗ trợ 30 triệu "
            "đồng, hơn 3.000 công nhân trong công ty tự nguyện quyên góp 42 triệu đồng.",
            {
                ("union_shelter_value", 142_000_000, None, "2023"),
                ("union_shelter_value", 30_000_000, None, "2023"),
            },
        ),
        # (guard: passes before) those helped after a survey, and before a donation
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2023 của LĐLĐ huyện Yên Phong\n\nQua rà soát, "
            "công đoàn đã hỗ trợ 30 đoàn viên có hoàn cảnh khó khăn.",
            {("welfare_beneficiaries", 30, None, "2023")},
        ),
        (
            H142 + "công đoàn đã thăm hỏi 300 đoàn viên ốm đau, ủng hộ Quỹ Mái ấm 5 triệu đồng.",
            {("welfare_beneficiaries", 300, None, "2023"), ("union_shelter_fund", 5_000_000, None, "2023")},
        ),
    ],
)  # fmt: skip
def test_what_probes_9ki_to_9kk_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


def test_a_plans_label_and_its_result_in_one_line() -> None:
    """`Chỉ tiêu ...: N; kết quả: M`: the plan told after its label and a colon is no result; the
    result after it, its kind named only by the plan, is of the plan's kind, the plan its
    target (past the plan's year); a numbered line's label and result (`Chỉ tiêu 5 – Tỷ lệ
    ...: 92,6%`) stays a result (probe 9kj)."""
    text = (
        "BÁO CÁO\nSơ kết công tác công đoàn 6 tháng đầu năm 2021 của LĐLĐ huyện Yên Lạc\n\n"
        "- Chỉ tiêu vận động Quỹ “Mái ấm Công đoàn” năm 2021: 95 triệu đồng; kết quả 6 tháng thu "
        "được 61,2 triệu đồng.\n- Chỉ tiêu kết nạp đoàn viên năm 2021: 400 đoàn viên; kết quả: kết "
        "nạp 263 đoàn viên mới, đạt 65,75%.\n- Chỉ tiêu 5: Mỗi đoàn viên đóng góp 01 ngày lương xây "
        "dựng Quỹ “Mái ấm Công đoàn”; kết quả: toàn huyện đóng góp 210 triệu đồng.\nChỉ tiêu 6 – Tỷ "
        "lệ doanh nghiệp có tổ chức công đoàn tổ chức Hội nghị người lao động: 92,6% (chỉ tiêu: trên "
        "90%)."
    )
    got = {(o.indicator, o.value, o.target) for o in _processed(text).observations}
    assert got == {
        ("union_shelter_fund", 61_200_000, None),
        ("new_members", 263, 400),
        ("union_shelter_fund", 210_000_000, None),
        ("worker_conference_rate", 92.6, 90),
    }


def test_a_result_line_after_a_numbered_plan_is_of_its_kind() -> None:
    """`Chỉ tiêu 3: Hằng năm có 90% trở lên doanh nghiệp ... tổ chức Hội nghị người lao động. Kết
    quả năm 2022 đạt 94,2%`: the result, naming nothing, is the numbered plan's kind (probe 9ke)."""
    text = (
        "BÁO CÁO CHÍNH TRỊ\nCủa Ban Chấp hành LĐLĐ huyện Yên Phong nhiệm kỳ 2018 - 2023\n\n- Chỉ tiêu 3: "
        "Hằng năm có 90% trở lên doanh nghiệp có tổ chức công đoàn tổ chức Hội nghị người lao động. "
        "Kết quả năm 2022 đạt 94,2%.\n- Chỉ tiêu 4: 100% cơ quan, đơn vị tổ chức Hội nghị CBCCVC. Kết "
        "quả: hằng năm đạt 100%."
    )
    got = {(o.indicator, o.value, o.period) for o in _processed(text).observations}
    assert got == {
        ("worker_conference_rate", 94.2, "2022"),
        ("staff_conference_rate", 100, "2018-2023"),
    }


def test_a_list_of_years_detailing_an_amount_is_of_its_kind() -> None:
    """`... vận động được 9,64 tỷ đồng cho Quỹ “Mái ấm Công đoàn”. Cụ thể từng năm:` / `- Năm 2016:
    1,52 tỷ đồng;`: each year's line is the fund's (probe 9ki)."""
    text = (
        "BÁO CÁO\nSơ kết 5 năm thực hiện Quỹ Mái ấm Công đoàn giai đoạn 2016 - 2020 của LĐLĐ tỉnh "
        "Quảng Trị\n\nTrong 5 năm, các cấp công đoàn đã vận động được 9,64 tỷ đồng cho Quỹ “Mái ấm "
        "Công đoàn”. Cụ thể từng năm:\n- Năm 2016: 1,52 tỷ đồng;\n- Năm 2017: 1,78 tỷ đồng.\n"
    )
    got = {(o.indicator, o.value, o.period) for o in _processed(text).observations}
    assert got == {
        ("union_shelter_fund", 9_640_000_000, "2016-2020"),
        ("union_shelter_fund", 1_520_000_000, "2016"),
        ("union_shelter_fund", 1_780_000_000, "2017"),
    }


@pytest.mark.parametrize(
    ("header", "sentence", "period"),
    [
        # an event dated by its month in a span's report (probe 9ki)
        (
            "Tổng kết 5 năm thực hiện Quỹ Mái ấm Công đoàn giai đoạn 2016 - 2020 của LĐLĐ tỉnh Quảng "
            "Trị",
            "Trong đợt mưa lũ lịch sử tháng 10/2020, LĐLĐ tỉnh đã sửa chữa khẩn cấp 52 nhà Mái ấm "
            "Công đoàn.",
            "2020",
        ),
        # (guard: passes before) a school year's own month is of the school year
        (
            "Tổng kết năm học 2023 - 2024 của Công đoàn Giáo dục huyện Yên Phong",
            "Công đoàn đã ủng hộ người dân bị thiệt hại do đợt ngập lụt tháng 10/2023: 12.350.000 "
            "đồng.",
            "2023-2024",
        ),
        # the term so far, to a day of the report's year (probe 9kj)
        (
            "Sơ kết công tác công đoàn 6 tháng đầu năm 2021 của LĐLĐ huyện Hải Hậu",
            "Tính từ đầu nhiệm kỳ 2018-2023 đến 30/6/2021, toàn huyện đã kết nạp được 1.184 đoàn "
            "viên.",
            "2018-2021",
        ),
        # the term from the month it began (probe 9kj)
        (
            "Sơ kết công tác công đoàn 6 tháng đầu năm 2021 của LĐLĐ huyện Hải Hậu",
            "Từ đầu nhiệm kỳ (tháng 7/2018) đến nay, LĐLĐ huyện đã kết nạp 1.025 đoàn viên.",
            "2018-2021",
        ),
        # a running total from an earlier year's start (probe 9kj)
        (
            "Sơ kết công tác công đoàn 6 tháng đầu năm 2024 của Công đoàn ngành Y tế tỉnh Nam Định",
            "Lũy kế từ đầu năm 2023 đến nay có 318 sáng kiến.",
            "2023-2024",
        ),
        # (guard: passes before) the year so far
        (
            "Sơ kết công tác công đoàn 6 tháng đầu năm 2024 của Công đoàn ngành Y tế tỉnh Nam Định",
            "Lũy kế từ đầu năm 2024 đến nay có 318 sáng kiến.",
            "2024-H1",
        ),
    ],
)  # fmt: skip
def test_spans_and_events_of_a_reports_sentences(header: str, sentence: str, period: str) -> None:
    (obs,) = _processed(f"BÁO CÁO\n{header}\n\n{sentence}").observations
    assert obs.period == period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each sector's group of a list of parts, the next named before its count (differential
        # test 176)
        (
            H142 + "toàn huyện hiện có 168 CĐCS, 7.920 đoàn viên; trong đó khối hành chính sự nghiệp "
            "121 CĐCS, 4.310 đoàn viên, khối doanh nghiệp 47 CĐCS, 3.610 đoàn viên.",
            {
                ("grassroots_unions", 168, None, "2023"),
                ("members", 7920, None, "2023"),
                ("grassroots_unions", 121, "public_sector", "2023"),
                ("members", 4310, "public_sector", "2023"),
                ("grassroots_unions", 47, "business_sector", "2023"),
                ("members", 3610, "business_sector", "2023"),
            },
        ),
        (
            H142 + "huyện có 78 CĐCS với 8.420 đoàn viên, trong đó khối doanh nghiệp 24 CĐCS với 5.960 "
            "đoàn viên, khối hành chính sự nghiệp 54 CĐCS với 2.460 đoàn viên.",
            {
                ("grassroots_unions", 78, None, "2023"),
                ("members", 8420, None, "2023"),
                ("grassroots_unions", 24, "business_sector", "2023"),
                ("members", 5960, "business_sector", "2023"),
                ("grassroots_unions", 54, "public_sector", "2023"),
                ("members", 2460, "public_sector", "2023"),
            },
        ),
        # a pupil's title the members' children earned names no public (probe 9km)
        (
            H142 + "dịp 1/6, Công đoàn đã tặng 980 suất quà cho các cháu thiếu nhi và khen thưởng 126 "
            "cháu đạt học sinh giỏi.",
            {("gifts", 980, None, "2023")},
        ),
        # the other sector's people named at length (probe 9kl)
        (
            H142 + "thu nhập bình quân của người lao động trong các doanh nghiệp đạt 5,2 triệu "
            "đồng/người/tháng; của cán bộ, công chức, viên chức khu vực hành chính sự nghiệp là 5,9 "
            "triệu đồng/người/tháng.",
            {
                ("avg_income", 5_200_000, "business_sector", "2023"),
                ("avg_income", 5_900_000, "public_sector", "2023"),
            },
        ),
        # what women's initiatives saved is theirs (probe 9km)
        (
            H142 + "nữ CNLĐ có 3.640 sáng kiến, cải tiến kỹ thuật được áp dụng, làm lợi hơn 96 tỷ đồng.",
            {("initiatives", 3640, "female", "2023"), ("initiative_value", 96_000_000_000, "female", "2023")},
        ),
        # (guard: passes before) not a part's: the whole's
        (
            H142 + "có 1.215 sáng kiến, trong đó nữ CNVCLĐ có 400 sáng kiến, làm lợi 42 tỷ đồng.",
            {
                ("initiatives", 1215, None, "2023"),
                ("initiatives", 400, "female", "2023"),
                ("initiative_value", 42_000_000_000, None, "2023"),
            },
        ),
    ],
)  # fmt: skip
def test_what_probes_9kl_9km_and_differential_test_176_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


def test_a_numbered_plans_result_of_a_count_or_a_rate_over_units() -> None:
    """`- Chỉ tiêu 1: Phát triển đoàn viên mới 150 người. Kết quả: 96 đoàn viên, đạt 64%`, `Kết
    quả: 74/74 đơn vị, đạt 100%`: the result of a numbered plan, a count or a rate past the units
    it is a share of (differential test 176)."""
    text = (
        "BÁO CÁO\nSơ kết công tác công đoàn 6 tháng đầu năm 2021 của LĐLĐ huyện Hải Hậu\n\n- Chỉ "
        "tiêu 1: Phát triển đoàn viên mới 150 người. Kết quả: 96 đoàn viên, đạt 64%.\n- Chỉ tiêu 3: "
        "100% cơ quan, đơn vị tổ chức Hội nghị CBCCVC. Kết quả: 74/74 đơn vị, đạt 100%."
    )
    got = {(o.indicator, o.value, o.target) for o in _processed(text).observations}
    assert got == {("new_members", 96, 150), ("staff_conference_rate", 100, None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guard: passes before) a numbered line of results is no plan
        (
            "BÁO CÁO\nSơ kết công tác công đoàn 6 tháng đầu năm 2021 của LĐLĐ huyện Hải Hậu\n\n- Chỉ "
            "tiêu 1: Kết nạp mới 450 đoàn viên, đạt 112,5% kế hoạch.\nChỉ tiêu 2: Thành lập mới 12/10 "
            "CĐCS, đạt 120%.",
            {("new_members", 450, None, "2021-H1"), ("new_grassroots_unions", 12, None, "2021-H1")},
        ),
        # (guard: passes before) what a result passed its forecast by is no figure of its own
        (
            H142 + "toàn huyện kết nạp 18.450 đoàn viên, nhiều hơn dự kiến 2.450 đoàn viên.",
            {("new_members", 18450, None, "2023")},
        ),
        (
            H142 + "công đoàn đã chăm lo cho 2.000 đoàn viên với tổng số tiền 6,2 tỷ đồng, cao hơn dự "
            "kiến 1,2 tỷ đồng.",
            {("welfare_beneficiaries", 2000, None, "2023"), ("welfare_value", 6_200_000_000, None, "2023")},
        ),
        # (guard: passes before) an aside on the doer in brackets: the doer's deed goes on
        (
            H142 + "UBND tỉnh (hỗ trợ 2 tỷ đồng) đã trao 4.000 suất quà Tết cho công nhân.",
            {("welfare_value", 2_000_000_000, "other_org", "2023"), ("gifts", 4000, "other_org", "2023")},
        ),
        # a second group counting again what the first part counted opens a group of its own
        # (hostile round 175)
        (
            H142 + "toàn huyện có 1.245 CĐCS với 156.320 đoàn viên, trong đó 380 CĐCS khu vực hành chính "
            "sự nghiệp với 28.450 đoàn viên và 865 CĐCS với 127.870 đoàn viên ở các doanh nghiệp.",
            {
                ("grassroots_unions", 1245, None, "2023"),
                ("members", 156320, None, "2023"),
                ("grassroots_unions", 380, "public_sector", "2023"),
                ("members", 28450, "public_sector", "2023"),
                ("grassroots_unions", 865, None, "2023"),
                ("members", 127870, None, "2023"),
            },
        ),
    ],
)  # fmt: skip
def test_what_hostile_round_175_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


def test_a_numbered_plan_told_met_is_its_own_result() -> None:
    """`- Chỉ tiêu 2: Thành lập 3 CĐCS. Kết quả: đạt chỉ tiêu.`: a plan told met, its result
    naming no figure, is the result and its own target; a rate's `đạt 100%` is read as its own
    figure; a count told bare after its plan (`Kết quả: 46 cuộc.`) is of the plan's kind
    (differential test 178)."""
    text = (
        "BÁO CÁO\nTổng kết công tác công đoàn năm 2023 của LĐLĐ huyện Yên Phong\n\n- Chỉ tiêu 1: "
        "Thành lập 3 CĐCS. Kết quả: đạt chỉ tiêu.\n- Chỉ tiêu 2: Xây dựng 2 nhà Mái ấm Công đoàn. "
        "Kết quả: hoàn thành.\n- Chỉ tiêu 3: Giới thiệu 100 đoàn viên ưu tú cho Đảng. Kết quả: Đạt.\n"
        "- Chỉ tiêu 4: 100% cơ quan tổ chức Hội nghị CBCCVC. Kết quả: đạt 100%.\n- Chỉ tiêu 5: Tổ "
        "chức 40 cuộc đối thoại tại nơi làm việc. Kết quả: 46 cuộc."
    )
    got = {(o.indicator, o.value, o.target) for o in _processed(text).observations}
    assert got == {
        ("new_grassroots_unions", 3, 3),
        ("union_shelter_houses", 2, 2),
        ("party_referrals", 100, 100),
        ("staff_conference_rate", 100, 100),
        ("workplace_dialogues", 46, None),
    }


def test_a_parts_pair_past_a_hedge() -> None:
    """`trong đó 118 CĐCS doanh nghiệp ngoài nhà nước với hơn 33.000 đoàn viên`: the members
    paired with the part's unions are of its sector, past `hơn` (probe 9ji, again)."""
    text = (
        H142 + "toàn huyện có 215 CĐCS với 48.560 đoàn viên; trong đó 118 CĐCS doanh nghiệp ngoài "
        "nhà nước với hơn 33.000 đoàn viên."
    )
    got = {(o.indicator, o.value, o.subgroup) for o in _processed(text).observations}
    assert ("members", 33000, "non_state_enterprise") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guard: passes before) a numbered line of results, a comment on them after it
        (
            H142 + "\n- Chỉ tiêu 1: Kết nạp mới 450 đoàn viên, đạt 112,5% kế hoạch.\nKết quả trên có "
            "được là nhờ sự vào cuộc quyết liệt của các cấp công đoàn.",
            {("new_members", 450, None, "2023")},
        ),
        (
            H142 + "\n- Chỉ tiêu 6: Thành lập mới 12 CĐCS, đạt 120% kế hoạch. Kết quả đó góp phần nâng "
            "tổng số CĐCS toàn huyện lên 180 CĐCS.",
            {("new_grassroots_unions", 12, None, "2023"), ("grassroots_unions", 180, None, "2023")},
        ),
        # the next item of a sector's group, and a workforce no part of the members (hostile
        # round 177)
        (
            H142 + "toàn huyện có 168 CĐCS với 7.920 đoàn viên, trong đó khối hành chính sự nghiệp 121 "
            "CĐCS, 4.310 đoàn viên, khối doanh nghiệp 47 CĐCS, 3.610 đoàn viên, 9.150 CNVCLĐ.",
            {
                ("grassroots_unions", 168, None, "2023"),
                ("members", 7920, None, "2023"),
                ("grassroots_unions", 121, "public_sector", "2023"),
                ("members", 4310, "public_sector", "2023"),
                ("grassroots_unions", 47, "business_sector", "2023"),
                ("members", 3610, "business_sector", "2023"),
                ("workers", 9150, "business_sector", "2023"),
            },
        ),
        # firms with many women workers are a kind of firm, no breakdown (hostile round 177;
        # before, the count was read as women's, and now its money was too)
        (
            H142 + "các CĐCS doanh nghiệp có đông lao động nữ có 1.240 sáng kiến, làm lợi 35 tỷ đồng.",
            {("initiatives", 1240, None, "2023"), ("initiative_value", 35_000_000_000, None, "2023")},
        ),
        # (guard: passes before) those helped after a survey, or from what others gave
        (
            H142 + "qua rà soát, có 1.250 đoàn viên có hoàn cảnh khó khăn đã được thăm hỏi, tặng quà.",
            {("welfare_beneficiaries", 1250, None, "2023")},
        ),
        (
            H142 + "có 85 đoàn viên được hỗ trợ từ nguồn đóng góp của CNVCLĐ.",
            {("welfare_beneficiaries", 85, None, "2023")},
        ),
        # (guard: passes before) storm repairs and other programmes' houses are no Mái ấm
        (
            H142 + "48 đoàn viên được hỗ trợ sửa chữa nhà ở bị hư hỏng sau bão.",
            {("welfare_beneficiaries", 48, None, "2023")},
        ),
        (
            H142 + "12 đoàn viên được trao nhà đại đoàn kết của Ủy ban MTTQ huyện.",
            {("welfare_beneficiaries", 12, "public_relief", "2023")},
        ),
        # what a result passed its plan by is no target (hostile round 177)
        (
            H142 + "toàn huyện kết nạp 18.450 đoàn viên, nhiều hơn kế hoạch 2.450 đoàn viên.",
            {("new_members", 18450, None, "2023")},
        ),
    ],
)  # fmt: skip
def test_what_hostile_round_177_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


def test_a_margin_over_the_plan_is_no_target() -> None:
    """`nhiều hơn kế hoạch 2.450 đoàn viên`: what the result passed its plan by (hostile round
    177)."""
    (obs,) = _processed(
        H142 + "toàn huyện kết nạp 18.450 đoàn viên, nhiều hơn kế hoạch 2.450 đoàn viên."
    ).observations
    assert obs.target is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the money after a result's bare count is of the plan's kind (differential test 179)
        (
            H142 + "\n- Chỉ tiêu xây dựng nhà Mái ấm Công đoàn: 2; kết quả: 3, tổng kinh phí 150 triệu "
            "đồng.",
            {("union_shelter_value", 150_000_000, None, "2023")},
        ),
        # (guard) not past other money before it
        (
            H142 + "\n- Chỉ tiêu 5: Mỗi đoàn viên đóng góp 01 ngày lương xây dựng Quỹ “Mái ấm Công "
            "đoàn”; kết quả: toàn huyện đóng góp 210 triệu đồng, đã nộp về LĐLĐ tỉnh 150 triệu đồng.",
            {("union_shelter_fund", 210_000_000, None, "2023")},
        ),
        # the next group's sector after `và`, its own count after it, is no sector of the figure
        # before (differential test 179)
        (
            H142 + "huyện có 58 CĐCS với 3.126 đoàn viên; trong đó khối hành chính sự nghiệp 44 CĐCS, "
            "2.384 đoàn viên và khối doanh nghiệp 14 CĐCS, 742 đoàn viên.",
            {
                ("grassroots_unions", 58, None, "2023"),
                ("members", 3126, None, "2023"),
                ("grassroots_unions", 44, "public_sector", "2023"),
                ("members", 2384, "public_sector", "2023"),
                ("grassroots_unions", 14, "business_sector", "2023"),
                ("members", 742, "business_sector", "2023"),
            },
        ),
        # (guard: passes before) women and direct workers named after `và`, no sector's count
        (
            H142 + "có 1.200 đoàn viên là lao động nữ và công nhân trực tiếp sản xuất.",
            {("members", 1200, "female", "2023")},
        ),
    ],
)  # fmt: skip
def test_what_differential_test_179_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


def test_a_plan_labelled_without_its_number_and_its_result_line() -> None:
    """`2. Chỉ tiêu: Phát triển 300 đoàn viên mới.` / `Kết quả: kết nạp 412 đoàn viên`: a plan
    on a numbered list's line, its label with no number, is the result's target; a plan for
    each unit (`Mỗi CĐCS có ít nhất 01 sáng kiến`) is none; a result naming nothing takes the
    kind the plan names before its aside (probe 9kn)."""
    text = (
        "BÁO CÁO\nTổng kết công tác công đoàn năm 2017 của Công đoàn ngành Y tế tỉnh Thanh Hóa\n\n"
        "2. Chỉ tiêu: Phát triển 300 đoàn viên mới.\nKết quả: kết nạp 412 đoàn viên, đạt 137% chỉ "
        "tiêu.\n6. Chỉ tiêu: Thu Quỹ “Mái ấm Công đoàn” theo kế hoạch LĐLĐ tỉnh giao (mỗi đoàn viên "
        "01 ngày lương).\nKết quả: thu được 412,6 triệu đồng, đạt 103% kế hoạch.\n7. Chỉ tiêu: Mỗi "
        "CĐCS có ít nhất 01 sáng kiến được công nhận.\nKết quả: toàn ngành có 236 sáng kiến được "
        "công nhận."
    )
    got = {(o.indicator, o.value, o.target) for o in _processed(text).observations}
    assert got == {
        ("new_members", 412, 300),
        ("union_shelter_fund", 412_600_000, None),
        ("initiatives", 236, None),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those a storm struck are no workforce, however long their noun (probe 9ko)
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2023 của Công đoàn Giáo dục huyện Yên Phong\n\n"
            "Toàn ngành có 1.043 cán bộ, giáo viên, nhân viên có nhà bị hư hại do bão.",
            set(),
        ),
        # the last tier of a schedule of support is one case's (probe 9ko)
        (
            H142 + "mức hỗ trợ là 20 triệu đồng đối với đoàn viên tử vong, 10 triệu đồng đối với đoàn "
            "viên có nhà bị sập và 500.000 đồng cho các trường hợp còn lại.",
            set(),
        ),
    ],
)  # fmt: skip
def test_what_probe_9ko_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


def test_plans_told_met_in_many_words_and_results_lines_after_them() -> None:
    """`Kết quả: đạt chỉ tiêu đề ra`, `hoàn thành 100% chỉ tiêu`: a plan told met; `vượt, thành lập
    được 7 CĐCS`: the result's own figure, the plan its target only; an aside in the plan's
    brackets keeps no target; a numbered line of results followed by `Kết quả đạt được ...` stays a
    result; a plan's label and colon, its result in the next sentence (`Kết quả năm 2023 đạt 520
    đoàn viên`); a rate's plan told met as `đạt 100% kế hoạch` gives no rate of 100 (hostile
    round 180)."""
    text = (
        "BÁO CÁO\nTổng kết công tác công đoàn năm 2023 của LĐLĐ huyện Yên Phong\n\n- Chỉ tiêu 1: Kết "
        "nạp mới 300 đoàn viên. Kết quả: đạt chỉ tiêu đề ra.\n- Chỉ tiêu 2: Thành lập mới 5 CĐCS. "
        "Kết quả: vượt, thành lập được 7 CĐCS.\n- Chỉ tiêu 3: Giới thiệu 100 đoàn viên ưu tú (năm "
        "2022 giới thiệu 80 đoàn viên). Kết quả: đạt.\n- Chỉ tiêu 4: Kết nạp mới 450 đoàn viên, đạt "
        "112,5% kế hoạch.\nKết quả đạt được nâng tổng số đoàn viên toàn huyện lên 12.340 người.\n"
        "- Chỉ tiêu 5: Xây dựng 4 nhà Mái ấm Công đoàn. Kết quả: hoàn thành 100% chỉ tiêu.\n- Chỉ "
        "tiêu 9: Phấn đấu 90% doanh nghiệp có tổ chức công đoàn tổ chức Hội nghị người lao động. Kết "
        "quả: đạt 100% kế hoạch.\nChỉ tiêu giới thiệu đoàn viên ưu tú năm 2023: 50 đoàn viên.\nKết "
        "quả năm 2023 đạt 62 đoàn viên."
    )
    got = {(o.indicator, o.value, o.target, o.period) for o in _processed(text).observations}
    assert got == {
        ("new_members", 300, 300, "2023"),
        ("new_grassroots_unions", 7, 5, "2023"),
        ("party_referrals", 100, 100, "2023"),
        ("party_referrals", 80, None, "2022"),
        ("new_members", 450, None, "2023"),
        ("members", 12340, None, "2023"),
        ("union_shelter_houses", 4, 4, "2023"),
        ("party_referrals", 62, 50, "2023"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sector group's workforce, the whole naming none (hostile round 180)
        (
            H142 + "toàn huyện có 134 CĐCS với 12.340 đoàn viên, trong đó khối doanh nghiệp 47 CĐCS, "
            "3.610 đoàn viên, 9.150 CNVCLĐ.",
            {
                ("grassroots_unions", 134, None, "2023"),
                ("members", 12340, None, "2023"),
                ("grassroots_unions", 47, "business_sector", "2023"),
                ("members", 3610, "business_sector", "2023"),
                ("workers", 9150, "business_sector", "2023"),
            },
        ),
        # (guard: passes before) a storm's damage repaired after the paragraph named the houses
        (
            H142 + "LĐLĐ huyện trao 4 nhà Mái ấm Công đoàn cho đoàn viên. Sau bão số 3, 30 đoàn viên "
            "được hỗ trợ sửa chữa nhà bị tốc mái với số tiền 90 triệu đồng.",
            {
                ("union_shelter_houses", 4, None, "2023"),
                ("welfare_beneficiaries", 30, None, "2023"),
                ("welfare_value", 90_000_000, None, "2023"),
            },
        ),
    ],
)  # fmt: skip
def test_what_hostile_round_180_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


def test_the_plan_in_brackets_after_a_margin_word_is_the_target() -> None:
    """`nhiều hơn kế hoạch (2.000 đoàn viên)`: the plan in brackets, no margin (hostile round
    180)."""
    (obs,) = _processed(
        H142 + "kết nạp 2.450 đoàn viên, nhiều hơn kế hoạch (2.000 đoàn viên)."
    ).observations
    assert (obs.value, obs.target) == (2450, 2000)


def test_a_result_told_by_its_figure_alone_is_of_its_plans_noun() -> None:
    """`- Chỉ tiêu 1: Phát triển mới 300 đoàn viên.` / `Kết quả: 320.`: a result's bare figure
    counts what its plan counts, and the plan is its target; one with a noun of its own, after
    a plan with no count or with two, is none of the plan's."""
    text = (
        "BÁO CÁO\nTổng kết công tác công đoàn năm 2022 của LĐLĐ huyện Tân Yên\n\n"
        "- Chỉ tiêu 1: Phát triển mới 300 đoàn viên công đoàn.\nKết quả: 320.\n"
        "- Chỉ tiêu 2: Phấn đấu 100% CĐCS tổ chức hội nghị người lao động. Kết quả: 96.\n"
        "- Chỉ tiêu 3: Kết nạp 250 đoàn viên. Kết quả: 320 lượt người tham gia các hoạt động.\n"
        # (a plan of two counts: the bare figure is of either, none read; differential test 182)
        "- Chỉ tiêu 4: Kết nạp 300 đoàn viên, thành lập 03 CĐCS.\nKết quả: 186.\n"
        "- Chỉ tiêu 5: Tổ chức 2 lớp tập huấn cho 150 cán bộ công đoàn.\nKết quả: 186."
    )
    got = {(o.indicator, o.value, o.target) for o in _processed(text).observations}
    assert got == {("new_members", 320, 300)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # unions that sue, firms with a union that owe: no stock (probe 9ks)
        (H142 + "LĐLĐ huyện đại diện cho 3 công đoàn cơ sở khởi kiện 3 doanh nghiệp ra tòa.", set()),
        (H142 + "trên địa bàn còn 131 DN đã có tổ chức công đoàn nhưng chây ỳ đóng KPCĐ.", set()),
        # (guard: passes before) firms with a union, their members
        (
            H142 + "trên địa bàn có 95 DN đã có tổ chức công đoàn với 21.300 đoàn viên.",
            {("grassroots_unions", 95), ("members", 21300)},
        ),
        # units set right after the checks, no checks (probe 9ks)
        (
            H142 + "UBKT đã kiểm tra 41 cuộc. Qua kiểm tra đã phát hiện 34 đơn vị sai sót, kiến nghị "
            "thu hồi 1,34 tỷ đồng và chấn chỉnh công tác kế toán tại 52 CĐCS.",
            {("supervisions", 41)},
        ),
        # spending an audit found not in order is no care (probe 9ks)
        (
            H142 + "còn 2 khoản chi hỗ trợ tham quan chưa có quyết định của Ban Thường vụ, số tiền "
            "12.500.000 đồng.",
            set(),
        ),
    ],
)  # fmt: skip
def test_what_probe_9ks_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value) for o in _processed(text).observations}
    assert got == expected


def test_a_year_and_the_first_months_of_the_next_are_a_span() -> None:
    """`trong năm 2020 và 5 tháng đầu năm 2021`: the figures of both (probe 9ks)."""
    text = (
        "BÁO CÁO\nSơ kết công tác công đoàn 6 tháng đầu năm 2021 của Công đoàn Dệt May Việt Nam\n\n"
        "Trong năm 2020 và 5 tháng đầu năm 2021, các cấp công đoàn đã hỗ trợ 14.350 lượt đoàn viên."
    )
    assert {(o.value, o.period) for o in _processed(text).observations} == {(14350, "2020-2021")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # agreements counted as `bản` alone, named once in the sentence, before or after (probe 9kr)
        (
            H142 + "các CĐCS đã ký mới 236 bản và sửa đổi, bổ sung, ký lại 318 bản thỏa ước.",
            {("collective_agreements", 236, None), ("collective_agreements", 318, None)},
        ),
        (
            H142 + "các CĐCS đã ký mới, ký lại 1.126 bản TƯLĐTT; đến nay toàn huyện có 2.935 bản còn "
            "hiệu lực.",
            {("collective_agreements", 1126, None), ("collective_agreements", 2935, None)},
        ),
        # the firms each group agreement joins are no agreements (probe 9kr)
        (
            H142 + "LĐLĐ huyện chủ trì ký kết 2 bản thỏa ước nhóm doanh nghiệp: một bản với 14 doanh "
            "nghiệp chế biến gỗ và một bản với 9 doanh nghiệp cơ khí.",
            {("collective_agreements", 2, None), ("collective_agreements", 1, None)},
        ),
        # units that have one among all, their share told: no plan (probe 9kr)
        (
            H142 + "nâng tổng số doanh nghiệp có TƯLĐTT lên 71/104 đơn vị, đạt 68,3%.",
            {("collective_agreements", 71, None)},
        ),
        # (guard: passes before) a deed's pair and its rate: the plan
        (H142 + "kết nạp 450/500 đoàn viên, đạt 90%.", {("new_members", 450, 500)}),
        # (guard: passes before) the share told of the plan
        (
            H142 + "đến nay đã có 42/60 căn nhà Mái ấm Công đoàn hoàn thành, đạt 70% chỉ tiêu.",
            {("union_shelter_houses", 42, 60)},
        ),
        # what members are entitled to, each, no care given (probes 9kr and 9kq)
        (
            H142 + "đoàn viên kết hôn được công ty tặng 1 triệu đồng, ốm đau nằm viện được thăm hỏi "
            "500.000 đồng/lần.",
            set(),
        ),
        (
            H142 + "người lao động được hỗ trợ 2 triệu đồng khi kết hôn, 3 triệu đồng khi có thân nhân "
            "qua đời.",
            set(),
        ),
        (
            H142 + "mỗi người được hỗ trợ 500.000 đồng/người; riêng đoàn viên thuộc diện cách ly, "
            "phong tỏa được hỗ trợ thêm 500.000 đồng.",
            set(),
        ),
        # (guard: passes before) a sum for members in need, past the most one is given
        (
            H142 + "đoàn viên có hoàn cảnh khó khăn được hỗ trợ 1,2 tỷ đồng.",
            {("welfare_value", 1_200_000_000, None)},
        ),
        # those who stay for Tết, told in a label, and the workers an agreement covers: no
        # workforce (probes 9kq and 9kr)
        (H142 + "số lao động ngoại tỉnh ở lại đón Tết trên địa bàn khoảng 2.300 người.", set()),
        (
            H142 + "nâng tổng số bản TƯLĐTT còn hiệu lực lên 346 bản, bao phủ hơn 53.000 người lao "
            "động.",
            {("collective_agreements", 346, None)},
        ),
        # the plan in brackets past the rate of the result to it (probe 9kp)
        (
            H142 + "thành lập mới 17 CĐCS ở các doanh nghiệp ngoài nhà nước, vượt 13,3% chỉ tiêu LĐLĐ "
            "tỉnh giao (chỉ tiêu 15 CĐCS).",
            {("new_grassroots_unions", 17, 15)},
        ),
        # (guard: passes before) a figure between is no plan's
        (
            H142 + "thành lập mới 17 CĐCS, kết nạp 1.200 đoàn viên, vượt chỉ tiêu (1.000 đoàn viên).",
            {("new_grassroots_unions", 17, None), ("new_members", 1200, 1000)},
        ),
        # firms that have founded a union, counted in a stock, and their members (probe 9kr)
        (
            H142 + "toàn huyện hiện có 412 doanh nghiệp đã thành lập CĐCS với 38.650 đoàn viên.",
            {("grassroots_unions", 412, None), ("members", 38650, None)},
        ),
        # (guard: passes before) those founded in the year, and their members: no stock
        (
            H142 + "trong năm, 12 doanh nghiệp đã thành lập CĐCS; đã thành lập mới 14 CĐCS với 681 "
            "đoàn viên.",
            {("new_grassroots_unions", 14, None)},
        ),
    ],
)  # fmt: skip
def test_what_probes_9kp_to_9kr_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.target) for o in _processed(text).observations}
    assert got == expected


def test_provinces_listed_after_where_workers_come_from_name_no_other_body() -> None:
    """`62 công nhân quê ở Thanh Hóa, Nghệ An, Hà Tĩnh về quê đón Tết và tặng quà cho 35 công
    nhân`: the list of home provinces, however long, is no other province doing it; a list
    opening the clause is (probe 9kq)."""
    text = (
        "BÁO CÁO\nKết quả công tác năm 2025 của Công đoàn Công ty TNHH May Hòa Phú (Bắc Ninh)\n\n"
        "Dịp Tết, công đoàn đã hỗ trợ vé xe cho 62 công nhân quê ở Thanh Hóa, Nghệ An, Hà Tĩnh về "
        "quê đón Tết và tặng quà cho 35 công nhân ở lại trực máy. Năm 2024, Sóc Trăng, Hậu Giang "
        "kết nạp 3.960 đoàn viên."
    )
    got = {(o.value, o.subgroup) for o in _processed(text).observations}
    assert got == {(62, None), (35, None), (3960, "other_org")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # works awarded, past who gave the award in full, are no initiatives (probe 9kv)
        (
            H142 + "có 46 sáng kiến, giải pháp của đoàn viên, người lao động ngành điện được Tổng LĐLĐ "
            "Việt Nam tặng Bằng Lao động sáng tạo.",
            {("creative_labour_awards", 46)},
        ),
        # those honoured or put forward, a few of them: no initiatives of the year, no award
        # (probe 9kv)
        (H142 + "LĐLĐ huyện khen thưởng 60 sáng kiến tiêu biểu, mỗi sáng kiến 3 triệu đồng.", set()),
        (
            H142 + "toàn ngành có 298 sáng kiến được công nhận; 68 sáng kiến tiêu biểu tiếp tục được "
            "LĐLĐ tỉnh đề nghị xét tặng Bằng Lao động sáng tạo.",
            {("initiatives", 298)},
        ),
        # (guard: passes before) the year's initiatives
        (H142 + "toàn huyện có 312 sáng kiến được công nhận.", {("initiatives", 312)}),
    ],
)  # fmt: skip
def test_what_probe_9kv_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fund named before, its name not repeated: its houses and their money (probe 9ku)
        (
            H142 + "Quỹ “Mái ấm Công đoàn” huyện đã vận động được 4,2 tỷ đồng.\n\nRiêng năm 2023, "
            "Quỹ đã hỗ trợ 112 nhà với số tiền 3,36 tỷ đồng.",
            {
                ("union_shelter_fund", 4_200_000_000, None),
                ("union_shelter_houses", 112, None),
                ("union_shelter_value", 3_360_000_000, None),
            },
        ),
        # (guard: passes before) another fund named: the public's relief, no Mái ấm
        (
            H142 + "Quỹ Vì người nghèo huyện đã hỗ trợ 12 nhà với số tiền 360 triệu đồng.",
            {("welfare_value", 360_000_000, "public_relief")},
        ),
        # the author of the acts the deed follows is no doer (probe 9kt)
        (
            H142 + "LĐLĐ huyện đã thăm hỏi 1.052 cán bộ nghỉ việc theo Nghị định 178 và Nghị định 67 "
            "của Chính phủ với số tiền 526 triệu đồng.",
            {
                ("welfare_beneficiaries", 1052, None),
                ("welfare_value", 526_000_000, None),
            },
        ),
        # (guard: passes before) the government's own money
        (
            H142 + "Chính phủ đã chi hỗ trợ 526 triệu đồng cho người lao động.",
            {("welfare_value", 526_000_000, "other_org")},
        ),
    ],
)  # fmt: skip
def test_what_probes_9kt_and_9ku_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those put first among a programme's people are a part of them; the cost after them is
        # the houses' (probe 9la)
        (
            H142 + "LĐLĐ huyện hỗ trợ xây mới, sửa chữa 42 nhà “Mái ấm Công đoàn” cho đoàn viên, trong "
            "đó ưu tiên 6 gia đình có người bị tai nạn lao động, tổng kinh phí 2,1 tỷ đồng.",
            {
                ("union_shelter_houses", 42, None),
                ("union_shelter_value", 2_100_000_000, None),
            },
        ),
        # damage and the employer's periodic check are no care (probe 9la)
        (
            H142[: -len("Năm 2023, ")] + "Thiệt hại vật chất do tai nạn lao động gây ra ước khoảng "
            "16.700 tỷ đồng.",
            set(),
        ),
        (
            H142 + "100% người lao động được khám sức khỏe định kỳ, trong đó 340 lao động nữ được "
            "khám phụ khoa.",
            set(),
        ),
        # ... told by the union's chair, not held by the union
        (
            H142 + "bà Hương, Chủ tịch Công đoàn Công ty cho biết, 100% người lao động được khám "
            "sức khỏe định kỳ, trong đó 340 lao động nữ được khám phụ khoa.",
            set(),
        ),
        # (guard: passes before) those the damage struck, helped
        (
            H142 + "LĐLĐ huyện hỗ trợ 168 đoàn viên bị ngập nhà, thiệt hại tài sản với mức 1 triệu "
            "đồng/người, tổng số tiền 168 triệu đồng.",
            {
                ("welfare_beneficiaries", 168, None),
                ("welfare_value", 168_000_000, None),
            },
        ),
        # (guard: passes before) a giver named as a source, the deed the report's body's
        (
            H142 + "LĐLĐ huyện trích 85 triệu đồng, kết hợp với nguồn hỗ trợ của LĐLĐ tỉnh, thăm hỏi, "
            "tặng quà 412 đoàn viên có nhà bị ngập.",
            {("welfare_value", 85_000_000, None), ("welfare_beneficiaries", 412, None)},
        ),
        # a plan given, then `nhưng` what was done: the result, the plan its target (probe 9ky)
        (
            H142 + "LĐLĐ tỉnh giao chỉ tiêu thành lập 5 CĐCS trong khu vực HTX, nhưng đến hết tháng "
            "10 mới thành lập được 2 CĐCS.",
            {("new_grassroots_unions", 2, None)},
        ),
    ],
)  # fmt: skip
def test_what_probes_9kx_and_9la_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup) for o in _processed(text).observations}
    assert got == expected


def test_last_year_alone_in_a_half_years_report_is_the_whole_year() -> None:
    """`Thanh Hóa năm ngoái kết nạp ...` in a report of 2019's first half: all of 2018; `cùng
    kỳ năm ngoái`, its first half (probe 9kw)."""
    text = (
        "BÁO CÁO\nSơ kết công tác công đoàn 6 tháng đầu năm 2019 của LĐLĐ tỉnh Nghệ An\n\n"
        "LĐLĐ tỉnh năm ngoái kết nạp 9.000 đoàn viên, cùng kỳ năm ngoái kết nạp 4.000 đoàn viên."
    )
    got = {(o.value, o.period) for o in _processed(text).observations}
    assert got == {(9000, "2018"), (4000, "2018-H1")}


def test_a_province_compared_with_owns_its_figure() -> None:
    """`vẫn thấp hơn Đắk Lắk (khoảng 7,5 triệu đồng), chưa nói đến Đồng Nai hay TP. Hồ Chí Minh đã
    trên 10 triệu đồng` in Gia Lai's report: the other provinces' incomes (probe 9kw)."""
    text = (
        "BÁO CÁO\nKết quả công tác công đoàn năm 2025 của LĐLĐ tỉnh Gia Lai\n\nThu nhập bình quân "
        "của người lao động trong tỉnh năm 2025 đạt 7,2 triệu đồng/người/tháng, vẫn thấp hơn Đắk "
        "Lắk (khoảng 7,5 triệu đồng), chưa nói đến Đồng Nai hay TP. Hồ Chí Minh đã trên 10 triệu "
        "đồng."
    )
    got = {(o.value, o.subgroup) for o in _processed(text).observations}
    assert got == {(7_200_000, None), (7_500_000, "other_org"), (10_000_000, "other_org")}


def test_the_plans_figure_in_brackets_after_its_long_name_past_the_rate() -> None:
    """`9.742 sáng kiến ... được công nhận, vượt 62% so với chỉ tiêu Nghị quyết Đại hội đề ra
    (6.000 sáng kiến)`: the plan's figure in brackets after its name, only the rate between
    (probe 9kv)."""
    text = (
        H142 + "toàn ngành có 9.742 sáng kiến được công nhận, vượt 62% so với chỉ tiêu Nghị quyết "
        "Đại hội đề ra (6.000 sáng kiến); có 418 sáng kiến được đưa vào áp dụng, đạt 59,7% kế "
        "hoạch năm (700 sáng kiến)."
    )
    got = {(o.value, o.target) for o in _processed(text).observations}
    assert got == {(9742, 6000), (418, 700)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another rate named after the conference's is its own subject's (probe 9lc)
        (
            H142 + "100% CĐCS trực thuộc đã tổ chức Hội nghị cán bộ, công chức, viên chức, tỷ lệ nữ "
            "tham gia Ban Thanh tra nhân dân đạt 48%.",
            {("staff_conference_rate", 100)},
        ),
        # (guard: passes before) the conference's rate linked by `đạt tỷ lệ`
        (
            H142 + "Hội nghị cán bộ, công chức được tổ chức tại 134/134 đơn vị, đạt tỷ lệ 100%.",
            {("staff_conference_rate", 100)},
        ),
    ],
)  # fmt: skip
def test_what_probe_9lc_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guard: passes before) what members were given by count, no per-head amount
        (
            H142 + "đoàn viên, người lao động được nhận 2.500 suất quà từ chương trình Tết Sum vầy.",
            {("gifts", 2500, None, "2023")},
        ),
        # (guard: passes before) copies of other documents, another document's label: no agreements
        (
            H142 + "các CĐCS đã ký 120 bản giao ước thi đua, 35 bản thỏa ước lao động tập thể.",
            {("collective_agreements", 35, None, "2023")},
        ),
        (
            H142[: -len("Năm 2023, ")] + "Thỏa ước lao động tập thể: 56 bản; Quy chế dân chủ: 98 bản.",
            {("collective_agreements", 56, None, "2023")},
        ),
        # (guard: passes before) a deed's pair over 100 % after `có`: the plan
        (
            H142 + "toàn huyện đã có 2.202/1.200 đoàn viên mới được kết nạp, đạt 184%.",
            {("new_members", 2202, 1200, "2023")},
        ),
        # (guard: passes before) a clause on debtors before the union's span, past a comma
        (
            H142[: -len("Năm 2023, ")] + "Đối với các doanh nghiệp chây ỳ, từ năm 2020 đến nay LĐLĐ "
            "huyện đã tổ chức 35 cuộc kiểm tra, giám sát.",
            {("supervisions", 35, None, "2020-2023")},
        ),
        # (guard: passes before) care for those a firm wronged, no audit's finding
        (
            H142 + "LĐLĐ huyện đã hỗ trợ 12 đoàn viên bị doanh nghiệp cho thôi việc sai quy định, số "
            "tiền 24 triệu đồng.",
            {("welfare_beneficiaries", 12, None, "2023"), ("welfare_value", 24_000_000, None, "2023")},
        ),
        # (guard: passes before) firms that founded a union in a stretch of time: new ones
        (
            H142 + "đã có 12 doanh nghiệp đã thành lập CĐCS trong 6 tháng đầu năm, kết nạp 850 đoàn "
            "viên.",
            {("new_members", 850, None, "2023-H1")},
        ),
        # (guard: passes before) a plan drawn up opening the sentence, then what was done
        (
            H142[: -len("Năm 2023, ")] + "Xây dựng kế hoạch chăm lo Tết cho đoàn viên, người lao "
            "động; các cấp công đoàn đã trao 3.500 suất quà, trị giá 1,75 tỷ đồng.",
            {("gifts", 3500, None, "2023"), ("gift_value", 1_750_000_000, None, "2023")},
        ),
    ],
)  # fmt: skip
def test_what_hostile_round_181_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.target, o.period) for o in _processed(text).observations}
    assert got == expected


def test_the_same_period_of_a_year_without_its_word_is_no_figure() -> None:
    """`kết nạp 4.120 đoàn viên (cùng kỳ 2024: 3.650)`: the year the figure in brackets is of,
    no count (differential test 184)."""
    text = (
        "BÁO CÁO\nSơ kết công tác công đoàn 6 tháng đầu năm 2025 của LĐLĐ tỉnh Quảng Nam\n\n"
        "Sáu tháng đầu năm, toàn tỉnh kết nạp 4.120 đoàn viên (cùng kỳ 2024: 3.650), thành lập 26 "
        "CĐCS."
    )
    got = {(o.indicator, o.value, o.period) for o in _processed(text).observations}
    assert got == {
        ("new_members", 4120, "2025-H1"),
        ("new_members", 3650, "2024-H1"),
        ("new_grassroots_unions", 26, "2025-H1"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the shares of units that signed an agreement or are rated, told after the conference's
        # (differential test 184)
        (
            H142 + "95% doanh nghiệp có tổ chức công đoàn đã tổ chức Hội nghị người lao động, 87% "
            "doanh nghiệp đã ký thỏa ước lao động tập thể.",
            {("worker_conference_rate", 95)},
        ),
        (
            H142[: -len("Năm 2023, ")] + "Về hội nghị NLĐ: có 168/195 doanh nghiệp tổ chức Hội nghị "
            "NLĐ, đạt 86,1%; 132/195 doanh nghiệp ký TƯLĐTT, đạt 67,7%.",
            {("worker_conference_rate", 86.1), ("collective_agreements", 132)},
        ),
        (
            H142 + "100% cơ quan tổ chức Hội nghị cán bộ, công chức, 95% CĐCS vững mạnh.",
            {("staff_conference_rate", 100)},
        ),
        # (guard: passes before) an agreement named inside the conference's own clause
        (
            H142 + "có 96% doanh nghiệp tổ chức Hội nghị người lao động gắn với ký kết thỏa ước lao "
            "động tập thể.",
            {("worker_conference_rate", 96)},
        ),
    ],
)  # fmt: skip
def test_what_differential_test_184_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value) for o in _processed(text).observations}
    assert got == expected


_HCM = "BÁO CÁO\nTổng kết công tác công đoàn năm 2021 của Liên đoàn Lao động TP Hồ Chí Minh\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # `ĐVUT` typed without its horn (probe 9lg)
        (H142 + "giới thiệu 1.028 ĐVUT cho Đảng xem xét kết nạp.", {("party_referrals", 1028, None)}),
        # a bracket about each house, its rates listed: none a total (probe 9lg)
        (
            H142 + "xây dựng 65 nhà Mái ấm Công đoàn (mỗi nhà xây mới được hỗ trợ 40 triệu đồng, sửa "
            "chữa 20 triệu đồng), tổng kinh phí 2,6 tỷ đồng.",
            {("union_shelter_houses", 65, None), ("union_shelter_value", 2_600_000_000, None)},
        ),
        # the merged body's figure past the former bodies' semicolon (probe 9lg)
        (
            "BÁO CÁO\nTổng kết công tác công đoàn năm 2025 của LĐLĐ tỉnh Lâm Đồng\n\n6 tháng đầu "
            "năm 2025, ba LĐLĐ tỉnh (cũ) đã kết nạp tổng cộng 6.512 đoàn viên; 6 tháng cuối năm, "
            "LĐLĐ tỉnh kết nạp 4.890 đoàn viên.",
            {("new_members", 6512, "other_org"), ("new_members", 4890, None)},
        ),
        # a city's federation calling itself `Công đoàn Thành phố` (probe 9lh)
        (
            _HCM + "Năm 2021 các cấp Công đoàn Thành phố đã chi hỗ trợ, chăm lo cho trên 1,78 triệu "
            "lượt đoàn viên, người lao động với tổng kinh phí hơn 2.150 tỷ đồng.",
            {
                ("welfare_beneficiaries", 1_780_000, None),
                ("welfare_value", 2_150_000_000_000, None),
            },
        ),
        # unions that filed a claim, no stock (probe 9lh)
        (H142 + "đến nay đã có 1.146 CĐCS hoàn thành hồ sơ đề nghị hỗ trợ.", set()),
        # (guard: passes before) a district federation in the city's report is a lower body's
        (
            _HCM + "Năm 2021 LĐLĐ quận Gò Vấp đã hỗ trợ 12.400 lượt đoàn viên.",
            {("welfare_beneficiaries", 12_400, "other_org")},
        ),
    ],
)  # fmt: skip
def test_what_probes_9lg_and_9lh_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guard: passes before) one total for two deeds is the care's
        (
            H142 + "dịp Tết, LĐLĐ huyện thăm hỏi 50 đoàn viên ốm đau và trao 200 suất quà với tổng số "
            "tiền 110 triệu đồng.",
            {
                ("welfare_beneficiaries", 50, None, "2023"),
                ("gifts", 200, None, "2023"),
                ("welfare_value", 110_000_000, None, "2023"),
            },
        ),
        # (guard: passes before) another body doing it under the government's act
        (
            H142 + "UBND tỉnh đã phê duyệt hỗ trợ theo Nghị định 178 của Chính phủ cho 80 lao động "
            "với số tiền 950 triệu đồng.",
            {
                ("welfare_beneficiaries", 80, "other_org", "2023"),
                ("welfare_value", 950_000_000, "other_org", "2023"),
            },
        ),
        # (guard: passes before) `cùng thời điểm năm ngoái` is the same part of last year
        (
            "BÁO CÁO\nKết quả công tác công đoàn quý III năm 2023 của LĐLĐ huyện Yên Phong\n\n"
            "Hội nghị người lao động: 9 tháng đầu năm, 98% doanh nghiệp đã tổ chức Hội nghị người "
            "lao động, trong khi cùng thời điểm năm ngoái chỉ đạt 92%.",
            {
                ("worker_conference_rate", 98, None, "2023"),
                ("worker_conference_rate", 92, None, "2022-Q3"),
            },
        ),
        # (guard: passes before) damage told in the middle of the help given
        (
            H142 + "LĐLĐ huyện hỗ trợ kịp thời 18 đoàn viên có nhà bị tốc mái, thiệt hại ước tính 360 "
            "triệu đồng với số tiền 54 triệu đồng.",
            {
                ("welfare_beneficiaries", 18, None, "2023"),
                ("welfare_value", 54_000_000, None, "2023"),
            },
        ),
    ],
)  # fmt: skip
def test_what_hostile_round_183_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


_PHU_THO_2025 = "BÁO CÁO\nKết quả công tác công đoàn năm 2025 của LĐLĐ tỉnh Phú Thọ\n\n"
_TLD_2022 = "BÁO CÁO\nKết quả công tác công đoàn năm 2022 của Tổng Liên đoàn Lao động Việt Nam\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the plan's figure in brackets past the year it is for (probe 9li)
        (
            _PHU_THO_2025 + "Các cấp công đoàn kết nạp 18.652 đoàn viên, đạt 93,3% chỉ tiêu năm "
            "2025 (20.000 đoàn viên).",
            {("new_members", 18652, 20000, None)},
        ),
        # (guard: passes before) a year labelling a bracket's figure is no plan of it
        (
            _PHU_THO_2025 + "Các cấp công đoàn kết nạp 18.652 đoàn viên, đạt 103% kế hoạch năm "
            "2025 (2024: 17.000 đoàn viên).",
            {("new_members", 18652, None, None)},
        ),
        # a sector opening the sentence after `Trong đó` holds the deeds it goes on to (probe 9li)
        (
            _TLD_2022 + "Cả nước kết nạp 1.021.000 đoàn viên. Trong đó, khu vực doanh nghiệp ngoài "
            "nhà nước kết nạp 848.300 đoàn viên và thành lập 4.915 CĐCS.",
            {
                ("new_members", 1_021_000, None, None),
                ("new_members", 848_300, None, "non_state_enterprise"),
                ("new_grassroots_unions", 4915, None, "non_state_enterprise"),
            },
        ),
        # (guard: passes before) ... not the next part listed, nor the women's count's next
        (
            H142 + "LĐLĐ huyện quản lý 176 CĐCS; trong đó khu vực hành chính sự nghiệp 98 CĐCS, 78 "
            "CĐCS doanh nghiệp.",
            {
                ("grassroots_unions", 176, None, None),
                ("grassroots_unions", 98, None, "public_sector"),
                ("grassroots_unions", 78, None, "business_sector"),
            },
        ),
        (  # (guard: passes before)
            H142 + "Kết nạp 612 đoàn viên; trong đó nữ 320 người, thành lập 5 CĐCS.",
            {
                ("new_members", 612, None, None),
                ("new_members", 320, None, "female"),
                ("new_grassroots_unions", 5, None, None),
            },
        ),
        # referrals told in the passive, admissions after them (probe 9lj)
        (
            H142 + "có 33 đoàn viên được giới thiệu và 21 đoàn viên được kết nạp vào Đảng.",
            {("party_referrals", 33, None, None), ("party_admissions", 21, None, None)},
        ),
        (
            H142 + "có 590 đoàn viên ưu tú được công đoàn giới thiệu, trong đó 341 người đã trở thành "
            "đảng viên.",
            {("party_referrals", 590, None, None), ("party_admissions", 341, None, None)},
        ),
        (
            H142 + "có 120 đoàn viên được các CĐCS giới thiệu cho Đảng.",
            {("party_referrals", 120, None, None)},
        ),
        # ... people placed in jobs no referrals to the Party, those admitted after them read
        (
            H142 + "có 210 lao động được giới thiệu việc làm và 15 người được kết nạp vào Đảng.",
            {("party_admissions", 15, None, None)},
        ),
        # an event's budget and its prizes are no care (probe 9ln)
        (
            H142 + "tổng kinh phí tổ chức hội thao cấp huyện khoảng 650 triệu đồng, trong đó Phòng "
            "Văn hóa - Thông tin hỗ trợ 150 triệu đồng.",
            set(),
        ),
        (
            H142 + "Công đoàn hỗ trợ thêm 35 triệu đồng làm giải thưởng.",
            set(),
        ),
        (H142 + "LĐLĐ huyện hỗ trợ 50 triệu đồng để tổ chức hội thao công nhân.", set()),
        # (guard: passes before) a programme's money, gifts and a show in it, is care
        (
            H142 + "tổng kinh phí tổ chức chương trình Tết Sum vầy, văn nghệ và tặng quà là 420 triệu "
            "đồng.",
            {("welfare_value", 420_000_000, None, None)},
        ),
        # the nouns paired as their figures: members of the workforce (probe 9ln)
        (
            H142 + "hiện có 96 CĐCS trực thuộc với 7.852/9.124 đoàn viên/CNVCLĐ.",
            {
                ("grassroots_unions", 96, None, None),
                ("members", 7852, None, None),
                ("workers", 9124, None, None),
            },
        ),
        # (guard: passes before) a plan in the pair's second place is a plan
        (
            H142 + "kết nạp 352/400 đoàn viên/chỉ tiêu.",
            {("new_members", 352, 400, None)},
        ),
    ],
)  # fmt: skip
def test_what_probes_9li_to_9ln_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.target, o.subgroup) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day of a span report's last year dates its sentence (probe 9lj)
        (
            "BÁO CÁO\nTổng kết nhiệm kỳ 2017-2022 của Công đoàn cơ sở Công ty TNHH Giày da Phú "
            "Lợi\n\nTháng 3-2022, công đoàn giới thiệu 6 đoàn viên ưu tú cho Đảng.",
            {("party_referrals", 6, "2022")},
        ),
        # (guard: passes before) ... not one telling the review's results
        (
            "BÁO CÁO\nTổng kết nhiệm kỳ 2017-2022 của Công đoàn cơ sở Công ty TNHH Giày da Phú "
            "Lợi\n\nTháng 3-2022, tổng kết nhiệm kỳ, công đoàn báo cáo đã giới thiệu 26 đoàn viên "
            "ưu tú cho Đảng.",
            {("party_referrals", 26, "2017-2022")},
        ),
        # gifts named for a Tết right after their count are that Tết's (probe 9lm)
        (
            H142 + "LĐLĐ huyện kết nạp 4.862 đoàn viên; trao 1.500 phần quà Tết Giáp Thìn cho công "
            "nhân.",
            {("new_members", 4862, "2023"), ("gifts", 1500, "2024")},
        ),
        (
            H142 + "LĐLĐ huyện trao 1.500 phần quà Tết 2024 cho công nhân, tổng trị giá 750 triệu "
            "đồng.",
            {("gifts", 1500, "2024"), ("gift_value", 750_000_000, "2024")},
        ),
        # (guard: passes before) the report's own Tết leaves a half's report its half
        (
            "BÁO CÁO\nKết quả công tác công đoàn 6 tháng đầu năm 2021 của LĐLĐ tỉnh Bình "
            "Dương\n\nCác cấp công đoàn trao 185.000 suất quà Tết Tân Sửu cho đoàn viên.",
            {("gifts", 185_000, "2021-H1")},
        ),
    ],
)  # fmt: skip
def test_what_probes_9lj_and_9lm_taught_of_dates(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.period) for o in _processed(text).observations}
    assert got == expected


_A_FIRMS_UNION = (
    "BÁO CÁO\nKết quả công tác công đoàn năm 2020 của Công đoàn cơ sở Công ty TNHH Hansae Việt "
    "Nam\n\n"
)
_TET_SUM_VAY = "BÁO CÁO\nKết quả chương trình Tết Sum vầy năm 2024 của LĐLĐ tỉnh Bắc Ninh\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the city's or the province's figures in a firm's union's report are another's (probe 9lq)
        (
            _A_FIRMS_UNION + "Toàn thành phố hiện có hơn 4.800 CĐCS với 520.000 đoàn viên.",
            {("grassroots_unions", 4800, "other_org"), ("members", 520_000, "other_org")},
        ),
        (
            _A_FIRMS_UNION + "Theo LĐLĐ tỉnh, năm 2020 các cấp công đoàn trong tỉnh đã hỗ trợ cho "
            "hơn 42.000 lượt đoàn viên.",
            {("welfare_beneficiaries", 42_000, "other_org")},
        ),
        # (guard: passes before) the firm's union's own
        (
            _A_FIRMS_UNION + "Công đoàn công ty đã hỗ trợ 42 đoàn viên với số tiền 21 triệu đồng.",
            {("welfare_beneficiaries", 42, None), ("welfare_value", 21_000_000, None)},
        ),
        # the head of state and sponsors giving are others (probe 9lr)
        (
            _TET_SUM_VAY + "Chủ tịch nước trao 300 suất quà cho công nhân.",
            {("gifts", 300, "other_org")},
        ),
        (
            _TET_SUM_VAY + "Các nhà tài trợ đồng hành cùng chương trình đã trao tặng 5.000 suất quà.",
            {("gifts", 5000, "other_org")},
        ),
        # ... not those the union won over, nor its partners (guard: passes before)
        (
            _TET_SUM_VAY + "LĐLĐ tỉnh đã vận động các nhà tài trợ trao 200 suất quà.",
            {("gifts", 200, None)},
        ),
        (
            _TET_SUM_VAY + "LĐLĐ tỉnh phối hợp với các mạnh thường quân trao 200 suất quà.",
            {("gifts", 200, None)},
        ),
    ],
)  # fmt: skip
def test_what_probes_9lq_and_9lr_taught_of_owners(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup) for o in _processed(text).observations}
    assert got == expected


_PHU_THO_2025_DONE = "BÁO CÁO\nKết quả công tác công đoàn năm 2025 của LĐLĐ tỉnh Phú Thọ\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # unions dissolved or handed over between levels are no stock (probe 9lo)
        (
            _PHU_THO_2025_DONE + "Trong năm có 3.215 công đoàn cơ sở giải thể do doanh nghiệp ngừng "
            "hoạt động.",
            set(),
        ),
        (
            _PHU_THO_2025_DONE + "LĐLĐ tỉnh đã tiếp nhận về trực tiếp quản lý 1.380 CĐCS từ cấp huyện "
            "bàn giao.",
            set(),
        ),
        # (guard: passes before) the stock left when firms closed
        (
            _PHU_THO_2025_DONE + "Số CĐCS trực thuộc giảm xuống còn 61 CĐCS do một số doanh nghiệp "
            "giải thể.",
            {("grassroots_unions", 61, "2025")},
        ),
        # an income's bracket saying what it counts in, a bonus among them (probe 9ll)
        (
            _PHU_THO_2025_DONE + "Thu nhập bình quân (gồm lương, thưởng, phúc lợi) đạt 11,2 triệu "
            "đồng/người/tháng.",
            {("avg_income", 11_200_000, "2025")},
        ),
        # the statutory wage past the year before's, after a semicolon (probe 9ll)
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2016 của LĐLĐ tỉnh Bắc Ninh\n\nMức lương tối "
            "thiểu vùng I áp dụng tại các quận nội thành năm 2016 là 3.500.000 đồng/tháng; từ ngày "
            "01/01/2017 là 3.750.000 đồng/tháng theo Nghị định số 153/2016/NĐ-CP.",
            set(),
        ),
        # a year's own Tết holds its sentence against a year told before (probe 9lr)
        (
            "Chuyến xe Công đoàn đưa 2.000 đoàn viên về quê đón Tết Ất Tỵ\n19/01/2025 11:05\n"
            "Ông Trần Minh Đức, Phó Chủ tịch LĐLĐ TP Hồ Chí Minh, cho biết năm 2024 các cấp công đoàn "
            "TP đã phát triển 62.517 đoàn viên. Riêng dịp Tết Ất Tỵ, công đoàn các cấp đã chăm lo "
            "cho hơn 1,1 triệu lượt đoàn viên.",
            {
                ("welfare_beneficiaries", 2000, "2025"),
                ("new_members", 62_517, "2024"),
                ("welfare_beneficiaries", 1_100_000, "2025"),
            },
        ),
        # a quarter named with the nine months to its end: the nine months (probe 9ls)
        (
            "Công đoàn Công Thương Việt Nam: 9 tháng, phát triển mới 7.820 đoàn viên\nThứ bảy, "
            "07/10/2023 - 09:15\nChiều 6/10/2023, Công đoàn Công Thương Việt Nam tổ chức hội nghị "
            "đánh giá kết quả hoạt động quý III, 9 tháng đầu năm và triển khai nhiệm vụ quý "
            "IV/2023.\nCác cấp công đoàn trong ngành đã phát triển mới 7.820 đoàn viên.",
            {("new_members", 7820, "2023")},
        ),
        # (guard: passes before) a quarter's report
        (
            "Công đoàn Công Thương Việt Nam: quý III phát triển mới 2.465 đoàn viên\nThứ bảy, "
            "07/10/2023 - 09:15\nChiều 6/10/2023, Công đoàn Công Thương Việt Nam tổ chức hội nghị "
            "đánh giá kết quả hoạt động quý III/2023.\nCác cấp công đoàn trong ngành đã phát triển "
            "mới 2.465 đoàn viên.",
            {("new_members", 2465, "2023-Q3")},
        ),
    ],
)  # fmt: skip
def test_what_probes_9ll_to_9ls_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.period) for o in _processed(text).observations}
    assert got == expected


_TLD_2023 = "BÁO CÁO\nKết quả công tác công đoàn năm 2023 của Tổng Liên đoàn Lao động Việt Nam\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province named before its figure in the nation's report owns it (probe 9lo)
        (
            _TLD_2023 + "Thu nhập bình quân của người lao động cả nước đạt 7,2 triệu đồng/tháng; cao "
            "nhất là Bình Dương (9,1 triệu đồng/tháng), TP Hồ Chí Minh (7,8 triệu đồng).",
            {
                ("avg_income", 7_200_000, None),
                ("avg_income", 9_100_000, "other_org"),
                ("avg_income", 7_800_000, "other_org"),
            },
        ),
        (
            _TLD_2023 + "Các cấp công đoàn đã chăm lo cho 1,2 triệu lượt đoàn viên; trong đó TP Hồ "
            "Chí Minh 523.400 lượt, tổng số tiền 215 tỷ đồng.",
            {
                ("welfare_beneficiaries", 1_200_000, None),
                ("welfare_beneficiaries", 523_400, "other_org"),
                ("welfare_value", 215_000_000_000, "other_org"),
            },
        ),
        # (guard: passes before) ... not where the nation's body gives, nor whom it gives to
        (
            _TLD_2023 + "Tổng LĐLĐ Việt Nam trao 50 nhà Mái ấm Công đoàn cho đoàn viên Nghệ An, Hà "
            "Tĩnh (2,5 tỷ đồng).",
            {("union_shelter_houses", 50, None), ("union_shelter_value", 2_500_000_000, None)},
        ),
        (
            _TLD_2023 + "Tổng LĐLĐ Việt Nam trao 50 nhà tại Nghệ An (2,5 tỷ đồng).",
            {("welfare_value", 2_500_000_000, None)},
        ),
    ],
)  # fmt: skip
def test_what_probe_9lo_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("lead", "period"),
    [
        # how long a hardship has lasted is the story's background (probe 9lt)
        ("Hạn hán, xâm nhập mặn kéo dài từ cuối năm 2015 đến nay khiến nhiều đoàn viên mất vụ.", "2016"),
        ("Hạn hán kéo dài từ năm 2015 đến nay khiến nhiều đoàn viên mất vụ lúa.", "2016"),
        # (guard: passes before) the union's own since then is the item's span
        ("Từ năm 2015 đến nay, LĐLĐ tỉnh đã hỗ trợ nhiều đoàn viên bị hạn mặn.", "2015-2016"),
    ],
)  # fmt: skip
def test_how_long_a_hardship_lasted_is_no_period(lead: str, period: str) -> None:
    text = (
        "Công đoàn Cà Mau chung tay giúp đoàn viên vượt hạn mặn\nThứ Sáu, 20/05/2016 - 08:35\n"
        f"(CMO) {lead} Trước tình hình đó, LĐLĐ tỉnh đã có nhiều hoạt động hỗ trợ.\nTừ tháng 3 "
        "đến nay, LĐLĐ tỉnh đã hỗ trợ 420 đoàn viên với số tiền 210 triệu đồng."
    )
    assert _processed(text).meta.period == period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date written with dots or dashes in a stock's label (probe 9lv)
        (
            _TLD_2022 + "Tổng số đoàn viên cả nước tính đến ngày 30.11.2022 là 10.886.410 người.",
            {("members", 10_886_410, "2022")},
        ),
        (
            _TLD_2022 + "Tổng số đoàn viên tính đến 30-11-2022 là 10.886.410 người.",
            {("members", 10_886_410, "2022")},
        ),
        # the net rise is no stock (probe 9lv)
        (_TLD_2022 + "Số đoàn viên thực tăng trong năm là 412.000 người.", set()),
        # (guard: passes before) ... the level it raised the stock to is
        (
            _TLD_2022 + "Số đoàn viên thực tăng 412.000 người, nâng tổng số đoàn viên lên "
            "11.000.000 người.",
            {("members", 11_000_000, "2022")},
        ),
        # a span all a bracket says dates what follows it (probe 9lv)
        (
            _TLD_2022 + "Sau hơn một năm triển khai (từ tháng 6.2021 đến nay) đã có 1.725.600 sáng "
            "kiến.",
            {("initiatives", 1_725_600, "2021-2022")},
        ),
        # (guard: passes before) a bracket of a year's own figure holds inside only
        (
            _TLD_2022 + "Cả nước có 1.725.600 sáng kiến (năm 2021: 1.520.000 sáng kiến).",
            {("initiatives", 1_725_600, "2022"), ("initiatives", 1_520_000, "2021")},
        ),
        # the year in a law's name is no period, `ở cơ sở` in it (probe 9lx)
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2025 của LĐLĐ tỉnh Bắc Ninh\n\nThực hiện Luật "
            "Thực hiện dân chủ ở cơ sở năm 2022, các CĐCS tổ chức 3.120 cuộc đối thoại.",
            {("workplace_dialogues", 3120, "2025")},
        ),
        # a table's quarter columns (probe 9lu)
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2018 của LĐLĐ huyện Yên Phong\n\n| Nội dung | "
            "Quý I | Quý II | Quý III | Quý IV | Cả năm |\n| Kết nạp đoàn viên mới (người) | 50 | "
            "60 | 70 | 80 | 260 |",
            {
                ("new_members", 50, "2018-Q1"),
                ("new_members", 60, "2018-Q2"),
                ("new_members", 70, "2018-Q3"),
                ("new_members", 80, "2018-Q4"),
                ("new_members", 260, "2018"),
            },
        ),
    ],
)  # fmt: skip
def test_what_probes_9lu_to_9lx_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.period) for o in _processed(text).observations}
    assert got == expected


_EDU_NGHE_AN = (
    "BÁO CÁO\nKết quả công tác công đoàn năm 2021 của Công đoàn ngành Giáo dục tỉnh Nghệ An\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # scholarships counted in the money's own sentence, gifts the sentence before (probe 9ly)
        (
            _EDU_NGHE_AN + "Công đoàn ngành trực tiếp trao 120 suất quà cho các cháu. Công đoàn ngành "
            "đã trao 65 suất học bổng cho con đoàn viên vượt khó học tốt, tổng số tiền 97,5 triệu "
            "đồng.",
            {("gifts", 120, None), ("welfare_value", 97_500_000, None)},
        ),
        # all of the units that held an event are the stock (probe 9lw)
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2023 của Công đoàn Cao su Việt Nam\n\nĐến nay, "
            "toàn bộ 118 công đoàn cơ sở (CĐCS) trực thuộc đã tổ chức thành công đại hội.",
            {("grassroots_unions", 118, None)},
        ),
        # (guard: passes before) ... not those of them that did
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2023 của Công đoàn Cao su Việt Nam\n\nĐến nay, "
            "98 CĐCS trực thuộc đã tổ chức thành công đại hội.",
            set(),
        ),
        # the party's head giving is another's; a prize is no care (differential test 186)
        (_TET_SUM_VAY + "Tổng Bí thư gửi 1.000 suất quà tặng công nhân.", {("gifts", 1000, "other_org")}),
        (
            _TET_SUM_VAY + "Công đoàn tổ chức Giải bóng đá mini lần thứ V với 12 đội tham gia; giải "
            "thưởng do nhà tài trợ Ngân hàng BIDV trao 30 triệu đồng.",
            set(),
        ),
    ],
)  # fmt: skip
def test_what_probes_9lw_and_9ly_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup) for o in _processed(text).observations}
    assert got == expected


def test_a_congress_early_in_the_year_closes_the_term_named_ending_the_year_before() -> None:
    """News of a congress of January 2023 opening `nhiệm kỳ 2023 – 2028` that names the term it
    reviews, `nhiệm kỳ 2017 – 2022`, covers that term (probe 9lw)."""
    text = (
        "Đại hội Công đoàn Trường THPT Cẩm Bình lần thứ VIII, nhiệm kỳ 2023 – 2028\nCập nhật lúc: "
        "09/01/2023\n\nChiều ngày 06/01/2023, Công đoàn Trường THPT Cẩm Bình tổ chức Đại hội lần "
        "thứ VIII, nhiệm kỳ 2023 – 2028.\n\nCông đoàn nhà trường hiện có 71 đoàn viên. Trong nhiệm "
        "kỳ 2017 – 2022, Công đoàn đã kết nạp 9 đoàn viên mới."
    )
    processed = _processed(text)
    assert processed.meta.period == "2017-2022"
    assert ("new_members", 9, "2017-2022") in {
        (o.indicator, o.value, o.period) for o in processed.observations
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guard: passes before) what workers earn, told after the statutory wage and a semicolon
        (
            H142 + "Mức lương tối thiểu vùng II là 4.160.000 đồng/tháng; tiền lương của người lao "
            "động tại các doanh nghiệp đạt 7,2 triệu đồng/người/tháng.",
            {("avg_income", 7_200_000, None, "2023")},
        ),
        # (guard: passes before) sponsors the union won over give the union's gifts
        (
            H142 + "LĐLĐ huyện đã vận động doanh nghiệp, nhà hảo tâm ủng hộ 320 suất quà, trị giá 160 "
            "triệu đồng.",
            {("gifts", 320, None, "2023"), ("gift_value", 160_000_000, None, "2023")},
        ),
        # (guard: passes before) where a firm's own units stand is no higher body
        (
            "BÁO CÁO\nKết quả hoạt động công đoàn năm 2023 của Công đoàn cơ sở Công ty Cấp thoát "
            "nước quận Hà Đông\n\nCông ty có 12 trạm cấp nước trên địa bàn toàn quận với 410 lao "
            "động.",
            {("workers", 410, None, "2023")},
        ),
        # (guard: passes before) gifts for next year's Tết handed over on a day of this year
        (
            H142 + "Ngày 20/12/2023, LĐLĐ huyện trao 500 suất quà Tết Giáp Thìn cho công nhân.",
            {("gifts", 500, None, "2023")},
        ),
        (
            "BÁO CÁO\nKết quả công tác công đoàn quý IV năm 2023 của LĐLĐ huyện Yên Phong\n\nTrao "
            "1.500 phần quà Tết Giáp Thìn cho đoàn viên, người lao động.",
            {("gifts", 1500, None, "2023-Q4")},
        ),
        # (guard: passes before) those referred and admitted both were admitted
        (
            H142 + "Có 21 đoàn viên được giới thiệu và kết nạp vào Đảng.",
            {("party_admissions", 21, None, "2023")},
        ),
        # (guard: passes before) a sum over care programmes and contests is care
        (
            H142 + "Tổng kinh phí tổ chức Tết Sum vầy, Phiên chợ Công đoàn và các hội thi văn nghệ, "
            "thể thao là 1,8 tỷ đồng.",
            {("welfare_value", 1_800_000_000, None, "2023")},
        ),
        # (guard: passes before) a part keeps its whole's year, its Tết the report's
        (
            "LĐLĐ tỉnh Bắc Ninh tổng kết công tác công đoàn năm 2024\n18/12/2024 10:20\nNăm 2023, "
            "LĐLĐ tỉnh chăm lo cho 900.000 lượt đoàn viên; trong đó dịp Tết Giáp Thìn chăm lo cho "
            "300.000 lượt đoàn viên.",
            {
                ("welfare_beneficiaries", 900_000, None, "2023"),
                ("welfare_beneficiaries", 300_000, None, "2023"),
            },
        ),
        # (guard: passes before) a term's results in a sentence its last year's month opens
        (
            "Đại hội Công đoàn huyện Yên Phong lần thứ XV, nhiệm kỳ 2023 - 2028\n12/07/2023 "
            "09:15\nNhiệm kỳ 2018 - 2023, Công đoàn huyện kết nạp 5.600 đoàn viên. Tháng 6-2023, "
            "Công đoàn huyện về đích sớm các chỉ tiêu Nghị quyết Đại hội với 320 đoàn viên ưu tú "
            "được giới thiệu cho Đảng.",
            {
                ("new_members", 5600, None, "2018-2023"),
                ("party_referrals", 320, None, "2018-2023"),
            },
        ),
        # the members of units handed over are no stock either (hostile round 185)
        (H142 + "Các CĐCS được bàn giao về LĐLĐ tỉnh gồm 215 CĐCS với 18.000 đoàn viên.", set()),
    ],
)  # fmt: skip
def test_what_hostile_round_185_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup, o.period) for o in _processed(text).observations}
    assert got == expected


_EDU_LAI_CHAU = (
    "BÁO CÁO\nKết quả công tác công đoàn năm 2019 của Công đoàn ngành Giáo dục tỉnh Lai Châu\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guard: passes before) a bracket listing a stock's units is no aside: the office's name
        # in it names no training
        (
            _EDU_LAI_CHAU + "Công đoàn ngành có 87 CĐCS (gồm các trường THPT, trung tâm GDTX và cơ "
            "quan Sở Giáo dục và Đào tạo), tổng số 1.936 đoàn viên; trong đó nữ 1.102 đoàn viên.",
            {
                ("grassroots_unions", 87, "2019"),
                ("members", 1936, "2019"),
                ("members", 1102, "2019"),
            },
        ),
        # the start of a school year is in its first year (probe 9mc)
        (
            "Công đoàn Giáo dục tỉnh Lào Cai tổng kết năm 2019\n18/12/2019 09:00\nCông đoàn Giáo "
            "dục tỉnh Lào Cai tổng kết công tác năm 2019. Có 34/34 đơn vị tổ chức Hội nghị viên chức "
            "đầu năm học 2019-2020, đạt 100%.",
            {("staff_conference_rate", 100, "2019")},
        ),
        # unions grown with the members named before them (probe 9me)
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2017 của LĐLĐ quận Bình Tân\n\nNăm 2017, quận "
            "phát triển được 13.480 đoàn viên và 46 CĐCS.",
            {("new_members", 13_480, "2017"), ("new_grassroots_unions", 46, "2017")},
        ),
        # (guard: passes before) ... not where those members were admitted
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2017 của LĐLĐ quận Bình Tân\n\nNăm 2017, LĐLĐ "
            "quận kết nạp 2.146 đoàn viên tại 21 CĐCS.",
            {("new_members", 2146, "2017")},
        ),
        # a record over some years is no period (probe 9me)
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2017 của LĐLĐ quận Bình Tân\n\nNăm 2017, quận "
            "kết nạp mới cao nhất trong 5 năm qua với 13.480 đoàn viên.",
            {("new_members", 13_480, "2017")},
        ),
        # (guard: passes before) the years counted back told alone
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2017 của LĐLĐ quận Bình Tân\n\nTrong 5 năm "
            "qua, quận kết nạp 13.480 đoàn viên.",
            {("new_members", 13_480, "2012-2017")},
        ),
    ],
)  # fmt: skip
def test_what_probes_9ma_to_9me_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.period) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the plan's figure in brackets past the years it is for (probe 9ma)
        ("đạt 107% chỉ tiêu 5 năm (3.000 đoàn viên).", 3000),
        # (guard: passes before) ... past the months of the year
        ("vượt 18,7% chỉ tiêu 6 tháng (2.700 ĐV).", 2700),
    ],
)
def test_a_plan_in_brackets_past_the_years_it_is_for(text: str, target: float) -> None:
    processed = _processed(
        "BÁO CÁO\nTổng kết nhiệm kỳ 2018-2023 của LĐLĐ huyện Yên Phong\n\nTrong nhiệm kỳ, kết nạp "
        "3.210 đoàn viên, " + text
    )
    assert [(o.indicator, o.value, o.target) for o in processed.observations] == [
        ("new_members", 3210, target)
    ]


def test_a_congress_items_stock_of_now_is_counted_at_the_congress() -> None:
    """A congress of 2023 reviewing 2017-2022: its flows are the term's, a stock told as of now
    is counted at the congress (differential test 188)."""
    text = (
        "Đại hội CĐCS Bệnh viện Đa khoa tỉnh Ninh Thuận lần thứ VII\n\nNgày 05.5.2023, CĐCS Bệnh "
        "viện Đa khoa tỉnh Ninh Thuận tổ chức Đại hội nhiệm kỳ 2023-2028. Hiện CĐCS có 14 công đoàn "
        "bộ phận, 812 đoàn viên.\n\nNhiệm kỳ 2017-2022, CĐCS giới thiệu 38 đoàn viên ưu tú cho Đảng."
    )
    processed = _processed(text)
    assert processed.meta.period == "2017-2022"
    assert {(o.indicator, o.value, o.period) for o in processed.observations} == {
        ("members", 812, "2023"),
        ("party_referrals", 38, "2017-2022"),
    }


_TLD_2023_TOTAL = (
    "BÁO CÁO\nTổng kết công tác công đoàn năm 2023 của Tổng Liên đoàn Lao động Việt Nam\n\n"
)
_HUE_WATER = (
    "BÁO CÁO\nKết quả hoạt động công đoàn năm 2023 của Công đoàn cơ sở Công ty CP Cấp nước Thừa "
    "Thiên Huế\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guard: passes before) where the nation's body gives, a list of places, is its own
        (
            _TLD_2023_TOTAL + "Chương trình “Tết Sum vầy” năm 2023 được tổ chức tại 5 điểm cầu: Hà "
            "Nội, Bắc Ninh, Đà Nẵng, TP Hồ Chí Minh, Cần Thơ với 15.000 suất quà, tổng trị giá 22,5 tỷ "
            "đồng.",
            {("gifts", 15_000, None), ("gift_value", 22_500_000_000, None)},
        ),
        (
            _TLD_2023_TOTAL + "Tổng LĐLĐ Việt Nam đã hỗ trợ kinh phí cho LĐLĐ các tỉnh Yên Bái (5 tỷ "
            "đồng), Lào Cai (3 tỷ đồng) để chăm lo cho đoàn viên bị thiệt hại do mưa lũ.",
            {("welfare_value", 5_000_000_000, None), ("welfare_value", 3_000_000_000, None)},
        ),
        # (guard: passes before) units named after the members admitted: where, or what they did
        (H142 + "Kết nạp 2.146 đoàn viên ở 21 CĐCS doanh nghiệp.", {("new_members", 2146, None)}),
        (
            H142 + "Kết nạp 2.146 đoàn viên, 21 CĐCS hoàn thành chỉ tiêu phát triển đoàn viên.",
            {("new_members", 2146, None)},
        ),
        # (guard: passes before) a firm's units across the city, its rank in it: its own
        (
            _HUE_WATER + "Công ty có 12 chi nhánh trên toàn thành phố với 450 đoàn viên.",
            {("members", 450, None)},
        ),
        (
            _HUE_WATER + "Công ty đứng thứ 2 toàn thành phố về thu nhập với mức bình quân 12,5 triệu "
            "đồng/người/tháng.",
            {("avg_income", 12_500_000, None)},
        ),
        # (guard: passes before) sponsors the union mobilised
        (
            H142 + "LĐLĐ huyện huy động các nhà hảo tâm, mạnh thường quân ủng hộ Quỹ Mái ấm Công "
            "đoàn 150 triệu đồng.",
            {("union_shelter_fund", 150_000_000, None)},
        ),
        # (guard: passes before) units handed over told in a bracket's aside: the stock stands
        (
            H142 + "LĐLĐ huyện có 140 CĐCS (trong đó 15 CĐCS được bàn giao về từ Công đoàn ngành "
            "Giáo dục) với 12.086 đoàn viên.",
            {("grassroots_unions", 140, None), ("members", 12_086, None)},
        ),
        # (guard: passes before) units taken in or merged are no stock
        (
            H142 + "Tiếp nhận 5 công đoàn cơ sở (CĐCS) trực thuộc từ Công đoàn ngành Giáo dục.",
            set(),
        ),
        (
            H142 + "Sáp nhập 4 công đoàn cơ sở (CĐCS) trực thuộc thành 2 CĐCS; hiện LĐLĐ huyện có "
            "116 CĐCS.",
            {("grassroots_unions", 116, None)},
        ),
    ],
)  # fmt: skip
def test_what_hostile_round_187_taught(text: str, expected: set) -> None:
    got = {(o.indicator, o.value, o.subgroup) for o in _processed(text).observations}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # workers counted as gone home or seeking work, the labour office's count (probe 9mb)
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2023 của LĐLĐ tỉnh Nghệ An\n\nTheo Sở Lao động - "
            "Thương binh và Xã hội, toàn tỉnh có khoảng 19.800 lao động ngoại tỉnh về quê, trong đó "
            "khoảng 4.500 người có nhu cầu tìm việc làm.",
            set(),
        ),
        # (guard: passes before) those the union took home are cared for
        (
            "BÁO CÁO\nKết quả công tác công đoàn năm 2023 của LĐLĐ tỉnh Nghệ An\n\nLĐLĐ tỉnh hỗ trợ vé "
            "xe cho 3.000 công nhân về quê đón Tết.",
            {("welfare_beneficiaries", 3000)},
        ),
    ],
)  # fmt: skip
def test_workers_gone_home_counted_by_the_labour_office_are_no_figure(
    text: str, expected: set
) -> None:
    got = {(o.indicator, o.value) for o in _processed(text).observations}
    assert got == expected
