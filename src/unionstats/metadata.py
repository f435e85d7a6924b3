"""Who published a report, for which province and period, and when.

Union web pages rarely carry this as data. A reader infers it from the title
(`Công đoàn Công Thương Thanh Hóa tổ chức hội nghị ... năm 2020`), the first
sentence, the site's own name in the footer, the `Cập nhật` line and the
e-mail domain of the publisher (`sct@bentre.gov.vn`); so does this module.
`sources.csv` (see `apply_overrides`) wins over every inference.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path

from unionstats.periods import find_marks

ORG_LEVELS = (
    "grassroots",
    "sector_provincial",
    "provincial_federation",
    "district_federation",
    "bloc",
    "national_sector",
    "national",
)
# Bodies whose name needs its province to be told apart across the country.
LOCAL_BODIES = ("grassroots", "sector_provincial", "bloc")


@dataclass(frozen=True, slots=True)
class DocMeta:
    org: str | None
    org_level: str | None
    province: str | None
    period: str | None
    published: dt.date | None
    title: str | None


@dataclass(frozen=True, slots=True)
class Province:
    name: str
    slug: str
    names: tuple[str, ...]
    centrally_run: bool


@cache
def provinces() -> tuple[Province, ...]:
    """The 63 provinces and centrally-run cities in use before the July 2025 merger."""
    text = resources.files("unionstats.catalogue").joinpath("provinces.csv").read_text("utf-8")
    return tuple(
        Province(
            name=row["name"],
            slug=row["slug"],
            names=(row["name"], *(a for a in row["aliases"].split("|") if a)),
            centrally_run=row["centrally_run"] == "1",
        )
        for row in csv.DictReader(text.splitlines())
    )


@cache
def _province_re() -> re.Pattern[str]:
    names = sorted((n for p in provinces() for n in p.names), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def _province_of(name: str) -> Province | None:
    low = name.lower()
    return next((p for p in provinces() if any(n.lower() == low for n in p.names)), None)


_STOP = (
    r"tổ chức|đã|đang|sẽ|vừa|năm|tại|về|với|trong|hiện|có|ngày|là|được|đạt|cho|của|nhằm|"
    r"phối hợp|triển khai|tham dự|họp|long trọng|thực hiện|nhiệm kỳ|lần|khóa|trao|tặng|ký|"
    r"phát động|chỉ đạo|kiểm tra|giám sát|quyết định|ban hành|luôn|cũng|do|theo|gồm|xếp|đứng|"
    r"tổng kết|sơ kết|báo cáo|hội nghị|kết quả|tuyên dương|khen thưởng|đón|thăm|làm việc|"
    r"tập huấn|ra mắt|công bố|ký kết|hưởng ứng|chúc mừng|gặp mặt|kỷ niệm|tiếp nhận|giới thiệu|"
    r"thông qua|nội dung|và các|các cấp"
)
_NAME = rf"(?:(?!(?:{_STOP})\b)[^\W\d_][\w&.-]*)(?:[ \t]+(?!(?:{_STOP})\b)[^\W\d_][\w&.-]*){{0,9}}"
_UNIT = r"(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã)"
_UNIT_PREFIX = re.compile(_UNIT + r"\s+", re.IGNORECASE)
_ORG_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (level, re.compile(pattern, re.IGNORECASE))
    for level, pattern in (
        ("national", r"Tổng Liên đoàn Lao động Việt Nam"),
        ("bloc", rf"Khối thi đua[ \t]+{_NAME}"),
        ("grassroots", rf"(?:Công đoàn cơ sở|CĐCS)[ \t]+(?:\(CĐCS\)[ \t]+)?{_NAME}"),
        ("federation", rf"(?:Liên đoàn Lao động|LĐLĐ)[ \t]+{_UNIT}[ \t]+{_NAME}"),
        ("sector", rf"Công đoàn[ \t]+(?:ngành[ \t]+)?(?!cơ sở|cấp|các cấp|Việt Nam\b){_NAME}"),
    )
)
_SITE_OWNER = re.compile(
    r"(?:trang thông tin điện tử|cổng thông tin điện tử|bản quyền thuộc(?: về)?|cơ quan chủ quản)"
    r"\s*:?\s*(.+)",
    re.IGNORECASE,
)
_PUBLISHED = re.compile(
    r"(?:cập nhật|ngày cập nhật|ngày đăng|đăng ngày|đăng lúc|ngày xuất bản|xuất bản)"
    r"\s*(?:lúc)?\s*:?\s*"
    r"(?:\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?\s*(?:ngày)?\s*,?\s*)?"
    r"(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|(\d{4})-(\d{2})-(\d{2}))",
    re.IGNORECASE,
)
_DOMAIN = re.compile(r"(?<![\w.-])[\w.-]{0,253}?\b([a-z-]{1,63})\.gov\.vn\b", re.I)
_DATE_LINE = re.compile(r"^\s*(?:thứ\s+\w+|chủ nhật)\s*,?\s*ngày\s+\d", re.IGNORECASE)
_TYPE_PREFIX = re.compile(
    r"(?:Tổng Liên đoàn Lao động|Khối thi đua|Công đoàn cơ sở|CĐCS|Liên đoàn Lao động|LĐLĐ|"
    r"Công đoàn(?:\s+ngành)?)\s+(?:\(CĐCS\)\s+)?",
    re.IGNORECASE,
)
_CANONICAL_TYPES = (
    (re.compile(r"^liên đoàn lao động", re.IGNORECASE), "Liên đoàn Lao động"),
    (re.compile(r"^lđlđ", re.IGNORECASE), "Liên đoàn Lao động"),
    (re.compile(r"^công đoàn cơ sở", re.IGNORECASE), "Công đoàn cơ sở"),
    (re.compile(r"^cđcs", re.IGNORECASE), "Công đoàn cơ sở"),
    (re.compile(r"^khối thi đua", re.IGNORECASE), "Khối thi đua"),
    (re.compile(r"^công đoàn", re.IGNORECASE), "Công đoàn"),
)


_REPORT_WORDS = re.compile(
    r"hội nghị|kết quả|tổng kết|sơ kết|báo cáo|hoạt động|công tác|phong trào|đại hội|chương trình",
    re.IGNORECASE,
)


def title_of(text: str) -> str | None:
    """The headline: a short line about a report or meeting, standing before the body starts."""
    for line in text.splitlines()[:30]:
        line = line.strip(" •\t")
        if line.endswith(".") and len(line.split()) >= 30:
            return None
        if (
            20 <= len(line) <= 300
            and not _DATE_LINE.match(line)
            and not line.endswith(".")
            and not line.isupper()
            and len(line.split()) >= 5
            and _REPORT_WORDS.search(line)
        ):
            return line
    return None


@dataclass(frozen=True, slots=True)
class _OrgMention:
    pos: int
    level: str
    name: str


def _org_mentions(text: str) -> list[_OrgMention]:
    """Union bodies named in full; a proper name follows the type and starts upper case."""
    found: list[_OrgMention] = []
    taken: list[tuple[int, int]] = []
    for level, pattern in _ORG_PATTERNS:
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            name = _proper_name(level, re.sub(r"\s+", " ", m.group(0)).strip(" .,-"))
            if name is None:
                continue
            taken.append(m.span())
            found.append(_OrgMention(m.start(), level, name))
    return sorted(found, key=lambda o: o.pos)


def _proper_name(level: str, name: str) -> str | None:
    """The name as far as it is a proper name; None when what follows the type is not one."""
    name = re.sub(r"(Việt Nam)\b.*$", r"\1", name)
    type_m = _TYPE_PREFIX.match(name)
    rest = name[type_m.end() :] if type_m else name
    unit = _UNIT_PREFIX.match(rest) if level == "federation" else None
    if level == "federation" and unit is None:
        return None
    words = rest[unit.end() :].split() if unit else rest.split()
    if words and words[0] == "các" and level in ("bloc", "sector"):
        words = words[1:]
    if level == "sector" and words and words[0] in ("tỉnh", "thành"):
        words = words[2:] if words[0] == "thành" else words[1:]  # `Công đoàn tỉnh Nghệ An`
    if not words or (level != "bloc" and not words[0][0].isupper()):
        return None
    if unit:
        kept = list(itertools.takewhile(lambda w: w[0].isupper(), words))
        return name[: len(name) - len(rest)] + unit.group(0) + " ".join(kept)
    return name if len(name.split()) >= 3 else None


def _as_federation(mention: _OrgMention) -> _OrgMention:
    """`Công đoàn Thanh Hóa` is how a provincial federation names itself."""
    if mention.level != "sector":
        return mention
    province = _province_of(re.sub(r"^Công đoàn\s+(?:tỉnh\s+)?", "", mention.name, flags=re.I))
    if province is None:
        return mention
    unit = "thành phố" if province.centrally_run else "tỉnh"
    return _OrgMention(mention.pos, "federation", f"Liên đoàn Lao động {unit} {province.name}")


# `Công đoàn Công ty ...`, `Công đoàn Trường ...`: the union of one workplace is grassroots.
_WORKPLACE = re.compile(
    r"^Công đoàn (?:Công ty|Trường|Bệnh viện|Trung tâm|Chi nhánh|Nhà máy|Xí nghiệp|Ban quản lý|"
    r"Sở|Phòng|Văn phòng|Viện|Cục|Chi cục|Ngân hàng|Hợp tác xã|UBND|Ủy ban|Khách sạn|Cảng)\b"
)


def _level(mention: _OrgMention) -> str:
    """Refine the level of federation and sector unions from what their names say."""
    name = mention.name
    if mention.level == "federation":
        unit = re.search(r"(tỉnh|thành phố|TP\.?|huyện|quận|thị xã)\s+(.+)", name, re.IGNORECASE)
        if unit and unit.group(1).lower() == "tỉnh":
            return "provincial_federation"
        province = _province_of(unit.group(2)) if unit else None
        if unit and unit.group(1).lower() not in ("huyện", "quận", "thị xã") and province:
            return "provincial_federation" if province.centrally_run else "district_federation"
        return "district_federation"
    if mention.level == "sector":
        if re.search(r"Việt Nam$|^Công đoàn (?:Tổng công ty|TCT|Tập đoàn)", name, re.IGNORECASE):
            return "national_sector"
        if _WORKPLACE.match(name):
            return "grassroots"
        return "sector_provincial"
    return mention.level


def _canonical(name: str, text: str) -> str:
    """Spell the organisation as the report most often does, with its type written in full."""
    for pattern, full in _CANONICAL_TYPES:
        m = pattern.match(name)
        if m:
            name = full + name[m.end() :]
            break
    name = re.sub(r"\bTP\.?\s+", "thành phố ", name)
    type_m = _TYPE_PREFIX.match(name)
    tail = name[type_m.end() :] if type_m else ""
    if tail:
        variants = Counter(m.group(0) for m in re.finditer(re.escape(tail), text, re.IGNORECASE))
        if variants:
            best = max(variants.items(), key=lambda kv: (kv[1], sum(c.isupper() for c in kv[0])))
            name = name[: len(name) - len(tail)] + best[0]
    return name


def _province_from(text: str, chrome: str, org: str | None) -> str | None:
    if org:
        m = _province_re().search(org)
        if m:
            return _province_of(m.group(1)).name  # type: ignore[union-attr]
    slugs = {p.slug: p.name for p in provinces()}
    for m in _DOMAIN.finditer(chrome + "\n" + text):
        for part in re.split(r"[.-]", m.group(0).lower()):
            if part in slugs:
                return slugs[part]
    counts = Counter(_province_of(m.group(1)).name for m in _province_re().finditer(text))  # type: ignore[union-attr]
    return counts.most_common(1)[0][0] if counts else None


def _published(text: str, chrome: str) -> dt.date | None:
    for source in (text, chrome):
        for m in _PUBLISHED.finditer(source):
            d, mo, y = (
                (m.group(1), m.group(2), m.group(3))
                if m.group(1)
                else (m.group(6), m.group(5), m.group(4))
            )
            try:
                return dt.date(int(y), int(mo), int(d))
            except ValueError:
                continue
    return None


def _period(text: str, title: str | None, published: dt.date | None) -> str | None:
    """The period the report covers: the first one its title or opening states.

    Failing that, the year of publication; failing that, the year the report
    speaks of most often.
    """
    year = published.year if published else None
    head = "\n".join(filter(None, [title, text[:3000]]))
    for mark in find_marks(head, str(year) if year else None):
        if mark.period.isdigit() and year and int(mark.period) > year:
            continue
        return mark.period
    if year:
        return str(year)
    years = Counter(m.period for m in find_marks(text, None) if m.period.isdigit())
    return years.most_common(1)[0][0] if years else None


def infer(text: str, chrome: tuple[str, ...] = ()) -> DocMeta:
    """Infer a report's metadata from its cleaned text and the page chrome dropped from it."""
    chrome_text = "\n".join(chrome)
    title = title_of(text)
    first_lines = "\n".join(text.splitlines()[:12])
    owners = [
        m.group(1)
        for line in chrome_text.splitlines() + text.splitlines()[-5:]
        if (m := _SITE_OWNER.search(line))
    ]
    chosen: _OrgMention | None = None
    for scope in (title or "", *owners, first_lines):
        mentions = _org_mentions(scope)
        if mentions:
            chosen = _as_federation(mentions[0])
            break
    if chosen is None:
        counts = Counter((m.level, m.name) for m in _org_mentions(text))
        if counts:
            (level, name), _ = counts.most_common(1)[0]
            chosen = _as_federation(_OrgMention(0, level, name))
    level = _level(chosen) if chosen else None
    org = _canonical(chosen.name, text) if chosen else None
    province = None
    if level not in ("national", "national_sector"):
        province = _province_from(text, chrome_text, org)
        named_without_province = org and not _province_re().search(org)
        if named_without_province and province and level in LOCAL_BODIES:
            org = f"{org} {province}"
    published = _published(text, chrome_text)
    return DocMeta(org, level, province, _period(text, title, published), published, title)


OVERRIDE_FIELDS = ("org", "org_level", "province", "period", "published")


class SourcesError(ValueError):
    """sources.csv cannot be used as it is."""


def read_sources(path: Path) -> dict[str, dict[str, str]]:
    """Analyst corrections keyed by doc_id (file stem) or by path relative to data/raw."""
    if not path.exists():
        return {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise SourcesError(f"{path}: cannot read: {exc}") from None
    if rows and not ({"doc_id", "path"} & set(rows[0])):
        raise SourcesError(f"{path}: needs a doc_id or path column")
    out: dict[str, dict[str, str]] = {}
    for n, row in enumerate(rows, start=2):
        key = (row.get("doc_id") or row.get("path") or "").strip()
        if not key:
            raise SourcesError(f"{path}:{n}: row has neither doc_id nor path")
        fields = {k: v.strip() for k, v in row.items() if k in OVERRIDE_FIELDS and v and v.strip()}
        if fields.get("org_level") and fields["org_level"] not in ORG_LEVELS:
            raise SourcesError(f"{path}:{n}: org_level {fields['org_level']!r} not in {ORG_LEVELS}")
        if "published" in fields:
            try:
                dt.date.fromisoformat(fields["published"])
            except ValueError:
                raise SourcesError(f"{path}:{n}: published must be YYYY-MM-DD") from None
        out[key] = fields
    return out


def apply_overrides(meta: DocMeta, fields: dict[str, str] | None) -> DocMeta:
    """What sources.csv says wins over what was inferred."""
    if not fields:
        return meta
    changes: dict[str, object] = {k: v for k, v in fields.items() if k != "published"}
    if "published" in fields:
        changes["published"] = dt.date.fromisoformat(fields["published"])
    return replace(meta, **changes)
