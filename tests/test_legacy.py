"""Legacy Vietnamese font encodings: TCVN3 (ABC) and VNI are read as Unicode, and mojibake that
no table reads is quarantined, never accepted."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from vn_encodings import iconv, nfc, to_tcvn3, to_vni

from unionstats.ingest import RawReport, Rejected, decode, read_report
from unionstats.legacy import looks_like_mojibake

SENTENCE = (
    "Công đoàn ngành Giáo dục tỉnh Thanh Hóa tổ chức hội nghị tổng kết năm 2021.\n"
    "Đã kết nạp mới 1.250 đoàn viên, thành lập 12 công đoàn cơ sở; chăm lo cho người lao động, "
    'hỗ trợ "Mái ấm Công đoàn" với tổng số tiền 1,2 tỷ đồng.\n'
)
REFERENCE = Path(__file__).resolve().parents[1] / "src" / "unionstats" / "reference"


@pytest.mark.parametrize(("encode", "name"), [(to_tcvn3, "tcvn3"), (to_vni, "vni")])
def test_each_legacy_encoding_decodes_to_the_unicode_sentence(encode, name) -> None:
    data = encode(SENTENCE)
    assert not data.isascii() and data != SENTENCE.encode("cp1252", "replace")
    text, encoding = decode(data)
    assert (nfc(text), encoding) == (nfc(SENTENCE), name)


@pytest.mark.parametrize(("encode", "name"), [(to_tcvn3, "tcvn3"), (to_vni, "vni")])
def test_legacy_mojibake_saved_again_as_utf8_is_read_back(tmp_path: Path, encode, name) -> None:
    mojibake = encode(SENTENCE).decode("cp1252", "replace")
    path = tmp_path / "x.txt"
    path.write_text(mojibake, encoding="utf-8")
    report = read_report(path, tmp_path)
    assert isinstance(report, RawReport)
    assert (nfc(report.text), report.encoding) == (nfc(SENTENCE), f"utf_8+{name}")


def test_mojibake_that_no_table_reads_is_quarantined(tmp_path: Path) -> None:
    """VISCII, another 8-bit Vietnamese encoding (glibc's iconv writes it): its bytes read as
    TCVN3 give syllables with wrong letters (`Cụng ỖoỔn`), as cp1252 letters glued to ± µ."""
    data = iconv(SENTENCE, "VISCII")
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    result = read_report(path, tmp_path)
    assert isinstance(result, Rejected) and result.reason == "legacy_encoding"
    assert "\n" not in result.detail


@pytest.mark.parametrize(
    "text",
    [
        "Die Gewerkschaft fördert Arbeitnehmer und Größe über alles, schöne Grüße.",
        "Le syndicat a organisé une réunion; les employés étaient très satisfaits.",
        SENTENCE,
        "Nhiệt độ 25°C, giá 100$ © 2021 Công đoàn",
    ],
)
def test_real_text_is_not_taken_for_mojibake(text: str) -> None:
    assert not looks_like_mojibake(text)
    decoded = decode(text.encode("utf-8"))
    assert decoded == (text, "utf_8")


def test_mapping_table_names_its_source() -> None:
    meta = yaml.safe_load((REFERENCE / "legacy_vietnamese.meta.yml").read_text(encoding="utf-8"))
    assert meta["title"] and meta["origin"]["producer"]
    header = (REFERENCE / "legacy_vietnamese.csv").read_text(encoding="utf-8").splitlines()[0]
    assert set(meta["columns"]) == set(header.split(","))
