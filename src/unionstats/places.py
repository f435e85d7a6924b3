"""Provinces: their names and spellings, web domains, and the merged unit of July 2025.

Reports before July 2025 use the 63 provinces and centrally-run cities
(`catalogue/provinces.csv`); the merger decided by Nghị quyết 202/2025/QH15
joined them into 34 (`reference/provinces_2025.csv`). Both tables are data.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources

from unionstats.wordsearch import WordAlternation, trie_alternation

__all__ = [
    "Province",
    "by_domain",
    "district_province",
    "find_provinces",
    "province_2025",
    "province_of",
    "provinces",
]


@dataclass(frozen=True, slots=True)
class Province:
    name: str
    slugs: tuple[str, ...]
    names: tuple[str, ...]
    centrally_run: bool
    # the year the province became a centrally-run city of its own name (Thừa Thiên Huế,
    # 2025): from then `thành phố Huế` is the province, no longer its district-level city
    city_from: int | None = None


@cache
def provinces() -> tuple[Province, ...]:
    """The 63 provinces and centrally-run cities in use before the July 2025 merger."""
    text = resources.files("unionstats.catalogue").joinpath("provinces.csv").read_text("utf-8")
    return tuple(
        Province(
            name=row["name"],
            slugs=tuple(s for s in row["slugs"].split("|") if s),
            names=(row["name"], *(a for a in row["aliases"].split("|") if a)),
            centrally_run=row["centrally_run"] == "1",
            city_from=int(row["city_from"]) if row["city_from"] else None,
        )
        for row in csv.DictReader(text.splitlines())
    )


@cache
def _by_lower_name() -> dict[str, Province]:
    out: dict[str, Province] = {}
    for p in provinces():
        for n in p.names:
            out[n.lower()] = p
            out[n.lower().replace(" ", "")] = p
    return out


def province_of(name: str) -> Province | None:
    """The province a name or spelling stands for (`Thanh Hóa`, `TPHCM`, `BR-VT`), or None."""
    key = " ".join(name.split()).lower().strip(" .,-–()")
    return _by_lower_name().get(key) or _by_lower_name().get(key.replace(" ", ""))


@cache
def _names_re(ignore_case: bool) -> re.Pattern[str] | WordAlternation:
    names = sorted({n for p in provinces() for n in p.names}, key=len, reverse=True)
    if ignore_case:  # `re` cannot skip ahead on a pattern that ignores case: keep it whole
        rest = r"(" + "|".join(re.escape(n) for n in names) + r")(?!\w)"
        return re.compile(r"(?<!\w)" + rest, re.IGNORECASE)
    return WordAlternation(r"(" + trie_alternation(names) + r")(?!\w)")


def find_provinces(text: str, ignore_case: bool = False) -> list[tuple[int, Province]]:
    """Every province named in the text, with where it stands. Case as written, unless
    `ignore_case` (a name written in capitals: `TỈNH QUẢNG BÌNH`). A province's name right
    after a commune's unit word names the commune (`xã Hòa Bình`, `phường Điện Biên`), not
    the province, so it is not one."""
    return [(start, province) for start, _, province in province_spans(text, ignore_case)]


def province_spans(text: str, ignore_case: bool = False) -> list[tuple[int, int, Province]]:
    """`find_provinces`, with where each name ends."""
    found = []
    for m in _names_re(ignore_case).finditer(text):
        province = province_of(m.group(1))
        if (
            province is not None
            and not _names_a_commune(text, m.start())
            and not _names_a_person(text, m.start())
            and not _inside_another_name(text, m.start(), m.end())
            and not _names_a_meeting(text, m.group(1), m.end())
        ):
            found.append((m.start(), m.end(), province))
    return found


@cache
def _person_before() -> re.Pattern[str]:
    """What a person's name that is also a province's follows (organisations.yaml
    `person_before_place`)."""
    from unionstats.datafiles import package_yaml

    words = package_yaml("unionstats.catalogue", "organisations.yaml")["person_before_place"]
    spaced = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{spaced}),?\s+$", re.IGNORECASE)


@cache
def _not_places() -> tuple[str, ...]:
    """Names holding a province's that are no place (organisations.yaml `not_places`)."""
    from unionstats.datafiles import package_yaml

    return tuple(package_yaml("unionstats.catalogue", "organisations.yaml")["not_places"])


@cache
def _middle_names() -> frozenset[str]:
    """A person's middle names (organisations.yaml `middle_names`)."""
    from unionstats.datafiles import package_yaml

    return frozenset(package_yaml("unionstats.catalogue", "organisations.yaml")["middle_names"])


def _inside_another_name(text: str, start: int, end: int) -> bool:
    """`Thái Bình Dương`: the Pacific, whose name holds two provinces' (`_not_places`); not
    a person's family name after the province (`LĐLĐ tỉnh Thái Bình Dương Thị Hằng`)."""
    for name in _not_places():
        offset = max(0, end - len(name))
        window = text[offset : start + len(name)].lower()
        at = window.find(name)
        while at >= 0:
            after = _NEXT_WORD.match(text, offset + at + len(name))
            if offset + at <= start and (
                after is None or after.group(1).lower() not in _middle_names()
            ):
                return True
            at = window.find(name, at + 1)
    return False


_NEXT_WORD = re.compile(r"[ \t]+(\w+)")


def _names_a_meeting(text: str, name: str, end: int) -> bool:
    """`HN NLĐ`, `HN CBCCVC`: a meeting (Hội nghị) written short, not the city."""
    after = _meetings_after().get(name.lower())
    return after is not None and after.match(text, end) is not None


@cache
def _meetings_after() -> dict[str, re.Pattern[str]]:
    """What follows a province's short form that writes a meeting (organisations.yaml
    `meeting_after_short_place`)."""
    from unionstats.datafiles import package_yaml

    raw = package_yaml("unionstats.catalogue", "organisations.yaml")["meeting_after_short_place"]
    return {
        short: re.compile(
            r"\s+(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")\b",
            re.IGNORECASE,
        )
        for short, words in raw.items()
    }


def _names_a_person(text: str, start: int) -> bool:
    """`phong cách Hồ Chí Minh`, `Đoàn TNCS Hồ Chí Minh`: the President, not the city."""
    return _person_before().search(text, max(0, start - 30), start) is not None


@cache
def _commune_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What a commune's name follows (organisations.yaml `units: commune`), and the longer
    phrases ending in such a word that are no commune (`thị xã`, `hợp tác xã`)."""
    from unionstats.datafiles import package_yaml

    raw = package_yaml("unionstats.catalogue", "organisations.yaml")
    communes = sorted(raw["units"]["commune"], key=len, reverse=True)
    others = [u for kind, ws in raw["units"].items() if kind != "commune" for u in ws]
    longer = [p for p in [*others, *raw.get("not_units", ())] if " " in p]
    longer = [p for p in longer if any(p.endswith(" " + c) for c in communes)]

    def tail(words: list[str]) -> re.Pattern[str]:
        spaced = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) or "(?!)"
        return re.compile(rf"(?<!\w)(?:{spaced})\s+$", re.IGNORECASE)

    return tail(communes), tail(longer)


def _names_a_commune(text: str, start: int) -> bool:
    before = text[max(0, start - 24) : start]
    commune, longer = _commune_words()
    return commune.search(before) is not None and longer.search(before) is None


@cache
def _districts() -> dict[tuple[str, str], Province]:
    """(kind, name) and ("", name) of every district in districts.csv; a name two districts
    share is kept only with its kind, and not at all when they share the kind too
    (`huyện Châu Thành` is in ten provinces: the report must name its province)."""
    text = resources.files("unionstats.catalogue").joinpath("districts.csv").read_text("utf-8")
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_name: dict[str, Province] = {}
    for row in csv.DictReader(text.splitlines()):
        province = province_of(row["province"])
        assert province is not None, f"districts.csv: unknown province {row['province']!r}"
        name = row["name"].lower()
        by_name[province.name] = province
        found[(row["kind"], name)].add(province.name)
        found[("", name)].add(province.name)
    return {key: by_name[next(iter(names))] for key, names in found.items() if len(names) == 1}


def district_province(name: str, kind: str = "") -> Province | None:
    """The province of a district, town or provincial city (`Đông Anh`, `quận 11`, `Vinh`);
    `kind` (quận, huyện, thị xã, thành phố) tells apart two districts of one name."""
    key = " ".join(name.split()).lower().strip(" .,-–()")
    table = _districts()
    return table.get((kind, key)) or table.get(("", key)) or table.get(("quận", f"quận {key}"))


def by_domain(domain: str) -> Province | None:
    """The province a web domain names (`sct.bentre.gov.vn`, `congdoan.hatinh.gov.vn`)."""
    slugs = {s: p for p in provinces() for s in p.slugs}
    for part in re.split(r"[.\-]", domain.lower()):
        if part in slugs:
            return slugs[part]
    return None


@cache
def _merged() -> dict[str, str]:
    text = resources.files("unionstats.reference").joinpath("provinces_2025.csv").read_text("utf-8")
    return {row["province"]: row["province_2025"] for row in csv.DictReader(text.splitlines())}


def province_2025(province: str | None) -> str | None:
    """The merged province (34 units, from 1 July 2025) a pre-merger province belongs to."""
    if not province:
        return None
    return _merged().get(province)


def ascii_slug(text: str) -> str:
    """Lower case, no diacritics, words joined by `-` (`Thanh Hóa` → `thanh-hoa`)."""
    text = text.lower().replace("đ", "d")
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")
