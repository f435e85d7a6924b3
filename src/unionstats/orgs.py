"""Union organisations named in a report: where, at which level, and under which key.

One organisation is spelled many ways across years (`LĐLĐ tỉnh Thanh Hóa`,
`Liên đoàn Lao động Thanh Hóa`, `LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA`), so a
series is kept by a key built from the name once normalised (abbreviations
expanded, unit words filled in, case and punctuation dropped), never by the
string as written. The words are the catalogue's `organisations.yaml`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from unionstats.clean import lowercase
from unionstats.datafiles import package_yaml
from unionstats.numbers import SCALES
from unionstats.places import (
    Province,
    ascii_slug,
    district_province,
    find_provinces,
    province_of,
)
from unionstats.wordsearch import WordAlternation, spaced_alternation, trie_alternation

LOCAL_LEVELS = ("grassroots", "sector_provincial", "bloc", "district_federation")
_TRAILING = ",.;:)!?…\"”’'"


@dataclass(frozen=True)
class OrgWords:
    types: tuple[tuple[str, str], ...]  # (phrase, kind), longest first
    abbreviations: dict[str, str]
    units: dict[str, str]  # unit word -> province | city | district | commune
    communes_upper_from: dt.date  # from then a commune's union stands above the grassroots
    merged_from: re.Pattern[str]  # `hợp nhất` before a name in its clause: the unit it grew from
    capital_names: dict[str, str]  # `thủ đô` -> `Hà Nội`: a union so named is that place's
    workplaces: tuple[str, ...]
    national_sector_starts: tuple[str, ...]
    national_sector_names: tuple[str, ...]  # `Quốc phòng`: a national sector's whole name
    other_bodies: tuple[str, ...]  # `và Hội Nông dân Việt Nam`: another body, no name goes on
    national_sector_ends: tuple[str, ...]
    sector_starts: tuple[str, ...]
    sectors_alone: tuple[tuple[str, ...], ...]
    sectors: tuple[tuple[str, ...], ...]  # `y tế`, `giao thông vận tải` split, longest first
    sector_names: frozenset[tuple[str, ...]]  # ... their words without commas
    companies: tuple[str, ...]
    zone_words: tuple[str, ...]
    name_words: frozenset[str]
    stops: tuple[tuple[str, ...], ...]
    stops_by_first: dict[str, tuple[tuple[str, ...], ...]]
    lower_stops_by_first: dict[str, tuple[tuple[str, ...], ...]]  # (written in lower case)
    name_syllables: frozenset[str]  # stops that are also syllables of people's names
    month_in_names: tuple[tuple[str, ...], ...]  # words before a name's `tháng`
    unit_phrases: tuple[tuple[str, ...], ...]  # unit words split, longest first
    unit_starts: tuple[str, ...]  # each unit word and a space: what a unit ahead starts with
    not_unit_starts: tuple[str, ...]  # `xã hội`: what starts with a unit word and is none
    unit_firsts: frozenset[str]  # the first words of `unit_phrases`
    not_units: tuple[tuple[str, ...], ...]  # phrases holding a unit word that name no unit
    no_name_after: tuple[str, ...]  # `công đoàn các địa phương`: a type with no name after it
    company_forms: tuple[str, ...]  # `tnhh`, `cổ phần`: a company's legal form
    unit_systems: tuple[str, ...]  # `ngân hàng`: a company of many units, grassroots of its own
    person_titles: tuple[str, ...]
    family_names: frozenset[str]  # `Nguyễn`, `Quàng`, `Ksor`: a person's name starts so
    givers: frozenset[str]
    owned_before: tuple[str, ...]
    venues_before: tuple[str, ...]  # `Khách sạn Công đoàn X`: a venue, no body
    menu_words: tuple[str, ...]
    page: dict[str, tuple[str, ...]]  # report_words, document_kinds, site_owner, ...
    type_re: WordAlternation  # over lower-cased text
    kind_of: dict[str, str]


@cache
def words() -> OrgWords:
    """The catalogue's organisation words, checked and compiled once per process."""
    raw: dict[str, Any] = package_yaml("unionstats.catalogue", "organisations.yaml")
    types = sorted(
        ((p, kind) for kind, phrases in raw["types"].items() for p in phrases),
        key=lambda t: -len(t[0]),
    )
    alternation = trie_alternation(p for p, _ in types)  # as the phrases longest first
    stops = tuple(tuple(s.split()) for s in sorted(raw["stops"], key=len, reverse=True))
    lower = tuple(tuple(s.split()) for s in sorted(raw["lower_stops"], key=len, reverse=True))
    return OrgWords(
        types=tuple(types),
        abbreviations=dict(raw["abbreviations"]),
        units={w: kind for kind, ws in raw["units"].items() for w in ws},
        communes_upper_from=dt.date.fromisoformat(str(raw["communes_upper_from"])),
        merged_from=re.compile(rf"\b(?:{spaced_alternation(raw['merged_from'])})\b[^.;\n]*$"),
        capital_names={k.lower(): str(v) for k, v in raw["capital_names"].items()},
        unit_phrases=tuple(
            sorted((tuple(u.split()) for ws in raw["units"].values() for u in ws), key=len)[::-1]
        ),
        unit_starts=tuple(f"{w} " for ws in raw["units"].values() for w in ws),
        not_unit_starts=tuple(
            p
            for p in raw.get("not_units", ())
            if p.split()[0] in {u.split()[0] for ws in raw["units"].values() for u in ws}
        ),
        unit_firsts=frozenset(u.split()[0] for ws in raw["units"].values() for u in ws),
        not_units=tuple(tuple(p.split()) for p in raw.get("not_units", ())),
        no_name_after=tuple(raw.get("no_name_after", ())),
        company_forms=tuple(raw.get("company_forms", ())),
        unit_systems=tuple(raw.get("unit_systems", ())),
        workplaces=tuple(raw["workplaces"]),
        national_sector_starts=tuple(raw["national_sector_starts"]),
        national_sector_names=tuple(sorted(raw["national_sector_names"], key=len, reverse=True)),
        other_bodies=tuple(raw["other_bodies"]),
        national_sector_ends=tuple(raw["national_sector_ends"]),
        sector_starts=tuple(raw["sector_starts"]),
        sectors_alone=tuple(tuple(p.split()) for p in raw["sectors_alone"]),
        sectors=tuple(sorted((tuple(p.split()) for p in raw["sectors"]), key=len, reverse=True)),
        sector_names=frozenset(tuple(p.replace(",", "").split()) for p in raw["sectors"]),
        companies=tuple(raw["companies"]),
        zone_words=tuple(raw["zone_words"]),
        name_words=frozenset(raw["name_words"]),
        stops=stops,
        stops_by_first={
            first: tuple(s for s in stops if s[0] == first) for first in {s[0] for s in stops}
        },
        lower_stops_by_first={
            first: tuple(s for s in lower if s[0] == first) for first in {s[0] for s in lower}
        },
        name_syllables=frozenset(raw["name_syllables"]),
        month_in_names=tuple(tuple(p.split()) for p in raw["month_in_names"]),
        person_titles=tuple(raw["person_titles"]),
        family_names=frozenset(raw["family_names"]),
        givers=frozenset(raw["givers"]),
        owned_before=tuple(raw["owned_before"]),
        venues_before=tuple(raw["venues_before"]),
        menu_words=tuple(raw["menu_words"]),
        page={
            k: tuple(raw[k])
            for k in (
                "report_words",
                "salutations",
                "document_kinds",
                "site_owner",
                "published_labels",
                "broadcast_labels",
                "reposted_labels",
                "weekdays",
                "boards",
                "view_labels",
                "mail_subject",
                "mail_sent",
                "mail_other",
                "mail_replies",
                "annex_notes",
                "reports_for",
                "also_after",
                "origin_words",
                "person_nouns",
                "outlet_starts",
            )
        },
        type_re=WordAlternation(rf"({alternation})(?!\w)"),
        kind_of=dict(types),
    )


# Not frozen: made many times per report (see `numbers.Quantity`); hashed by what it says
# for the caches of `metadata`, so never changed once made.
@dataclass(slots=True, unsafe_hash=True)
class OrgMention:
    """An organisation named in the text."""

    start: int
    end: int
    kind: str  # national | federation | bloc | grassroots | union
    written: str  # as the text writes it, spaces collapsed
    tokens: tuple[str, ...]  # the proper name after the type phrase
    place: Province | None  # a province named right after it: `(Hậu Giang)`, `- TPHCM`
    upper: bool = False  # written in capitals (a banner or title line)

    def unplaced(self) -> OrgMention:
        """What the mention says, at no position: the key of the caches of `metadata` (the
        same as `replace(self, start=0, end=0)`, which cost more than the cached lookup)."""
        return OrgMention(0, 0, self.kind, self.written, self.tokens, self.place, self.upper)

    @property
    def named(self) -> bool:
        """Whether a proper name follows the type (`LĐLĐ quận 8`), not only a type
        (`LĐLĐ quận`, `các cấp công đoàn`)."""
        w = words()
        return (
            self.kind == "national"
            or any(
                (t[:1].isupper() or t[:1].isdigit()) and t.lower() not in w.units
                for t in self.tokens
            )
            # (the zones' union of a province, its zones written out in lower case: `Công đoàn
            # các khu công nghiệp tỉnh`, as `Công đoàn các KCN tỉnh` is named)
            or (
                len(self.tokens) > 2
                and any(z in " ".join(self.tokens).lower() for z in w.zone_words if " " in z)
            )
            # (... and a sector's: `công đoàn ngành y tế`)
            or (
                len(self.tokens) > 1
                and self.tokens[0].lower() in w.sector_starts
                and tuple(t.lower() for t in self.tokens[1:]) in w.sector_names
            )
            # (... and a bloc's, its members' kind written out in lower case: `Khối thi đua các
            # doanh nghiệp nông, lâm nghiệp`)
            or (self.kind == "bloc" and len(self.tokens) > 2 and self.tokens[0].lower() == "các")
        )


_WORD = re.compile(r"\S+")


def _is_upper(written: str, text: str, end: int) -> bool:
    """A name written in capitals (`LIÊN ĐOÀN LAO ĐỘNG TỈNH ...`): the type phrase and the
    word after it are; an abbreviation (`LĐLĐ`, `CĐ`) alone says nothing."""
    if " " not in written or not written.isupper():
        return False
    following = text[end : end + 12].split()
    return bool(following) and following[0].isupper()


def _place_goes_on(raw: list[tuple[str, int]], i: int, kept: list[str], w: OrgWords) -> bool:
    """A capitalised stop word that is part of a district's name (`Từ` in `thị xã Từ Sơn`,
    `huyện Đại Từ`, `Nam Từ Liêm`): the name after the unit word is in the gazetteer."""
    if not raw[i][0][:1].isupper():
        return False
    low = [t.lower() for t in kept]
    ends = [j + 1 for j, t in enumerate(low) if t in w.units]  # where a unit word ends
    ends += [j + 2 for j in range(len(low) - 1) if f"{low[j]} {low[j + 1]}" in w.units]
    if not ends:
        return False
    before = kept[max(ends) :]
    after = [t.rstrip(_TRAILING) for t, _ in raw[i : i + 3]]
    return any(district_province(" ".join([*before, *after[:n]])) is not None for n in (1, 2, 3))


# (a quarter's numeral, in figures or spelled: `Quý IV/2025`, `Quý Ba năm 2024`)
# (... or its place in the year: `QUÝ ĐẦU NĂM 2024`)
_NUMERAL = re.compile(
    r"(?:[ivx]{1,4}|một|hai|ba|bốn|tư|nhất|đầu|cuối|này|năm)(?![^\W\d_])|\d", re.IGNORECASE
)


def _given_name_goes_on(raw: list[tuple[str, int]], lows: list[str], i: int, w: OrgWords) -> bool:
    """A capitalised stop that is also a syllable of people's names, before a capitalised word
    that is no numeral, is a person's name in the body's (`Trường THPT chuyên Lê Quý Đôn`, in
    capitals too; not the quarter of `công đoàn Quý IV/2025`, `QUÝ ĐẦU NĂM 2024`)."""
    if lows[i] not in w.name_syllables or not raw[i][0][:1].isupper() or i + 1 >= len(raw):
        return False
    after = raw[i + 1][0]
    return after[:1].isupper() and _NUMERAL.match(after) is None


def _month_of_a_name(raw: list[tuple[str, int]], lows: list[str], i: int, w: OrgWords) -> bool:
    """`tháng` after the words of an event named by its month (`Cách mạng tháng Tám`, in any
    case), or written as a name's word before another (`Công ty Cổ phần Tháng Mười`), is the
    name's, not a report's month (`CÔNG ĐOÀN THÁNG MƯỜI` in a header in capitals)."""
    if lows[i] != "tháng":
        return False
    if any(i >= len(ws) and tuple(lows[i - len(ws) : i]) == ws for ws in w.month_in_names):
        return True
    token = raw[i][0]
    after = raw[i + 1][0] if i + 1 < len(raw) else ""
    return token.istitle() and after.istitle() and _NUMERAL.match(after) is None


def _stop_at(tokens_low: list[str], i: int, w: OrgWords, lower: bool = False) -> bool:
    """A phrase that ends a name starts at token `i`; `lower`: the token is written in lower
    case, so a headline's verb ends it too."""
    stops = w.stops_by_first.get(tokens_low[i], ())
    if lower:
        stops = (*stops, *w.lower_stops_by_first.get(tokens_low[i], ()))
    return any(tuple(tokens_low[i : i + len(stop)]) == stop for stop in stops)


_NUMBERED = re.compile(r"số\s+\d")
_OF_A_BODY = re.compile(r"[ \t]+thuộc[ \t]+(?=(?:LĐLĐ|Liên đoàn|Công đoàn|CĐ)\b)", re.IGNORECASE)
_ABBREVIATION_AFTER_TYPE = re.compile(r"\((?:CĐ|CĐCS|LĐLĐ|TLĐ)\)[,:]?")
# ... and one of a word of the name, in the name: `Công đoàn các Khu công nghiệp (KCN) tỉnh
# Long An` (the name was cut there, `Công đoàn các Khu`)
_ABBREVIATION_IN_NAME = re.compile(r"\([A-ZĐ][A-ZĐ-]{1,7}\)")
_INNER_ELLIPSIS = re.compile(r"(?<=\w)(?:\.{2,}|…)(?=\w)")
_GLUED_UNIT = re.compile(r"(?i)(tp|tx|q|h)\.(?=\w)")


def _words_at(text: str, pos: int, end: int, limit: int) -> list[tuple[str, int]]:
    r"""The first `limit` words (`\S+` runs) of `text[pos:end]`, with where each starts: one
    `str.split` (its whitespace is `re`'s `\s`) and a `find` per word, a third cheaper than a
    match object per word."""
    found = []
    at = pos
    for word in text[pos:end].split(None, limit)[:limit]:
        at = text.find(word, at)  # only spaces stand between `at` and the word
        found.append((word, at))
        at += len(word)
    return found


_TOKEN_WORDS = 16


def _tokens(text: str, pos: int, words: int = _TOKEN_WORDS) -> tuple[list[tuple[str, int]], bool]:
    """Up to 16 tokens on the line after `pos`, with where each starts (`TP.Yên` is two), and
    whether the line holds no more words. `words`: read only the tokens of that many first
    words, the first tokens of the whole reading (each word is split, and the cap of 16
    checked, as the whole reading does)."""
    out: list[tuple[str, int]] = []
    line_end = text.find("\n", pos, pos + 240)
    end = line_end if line_end >= 0 else pos + 240
    # Splitting only adds tokens, so the first 16 words are all that can be read; they are
    # the tokens themselves when none holds a dot or an ellipsis (most lines).
    found = _words_at(text, pos, end, words)
    every = len(found) < words  # the line (or its 240 characters) has no more words
    read = text[pos : found[-1][1] + len(found[-1][0])] if found else ""
    if "." not in read and "…" not in read:
        return found, every
    for token, start in found:
        if len(out) >= 16:
            break
        if "." not in token and "…" not in token:
            out.append((token, start))
            continue
        dots = _INNER_ELLIPSIS.search(token)
        if dots:  # `Hóa...Các`: the name ends at the ellipsis
            out.append((token[: dots.end()], start))
            break
        glued = _GLUED_UNIT.match(token)
        if glued and len(token) > glued.end():
            out.append((token[: glued.end()], start))
            out.append((token[glued.end() :], start + glued.end()))
        else:
            out.append((token, start))
    return out, every


def _completes_province(kept: list[str], w: OrgWords, token: str) -> bool:
    """Whether the name read so far ends in a province that `token` does not extend:
    `LĐLĐ TP HCM Trần Kim Yến` is the federation, then a person."""
    for n in (3, 2, 1):
        tail = kept[-n:]
        plain = len(tail) == n and not any(t.lower() in w.units for t in tail)
        if plain and province_of(" ".join(tail)) is not None:
            return province_of(" ".join([*tail, token])) is None and not any(
                province_of(" ".join([*kept[-k:], token])) for k in (1, 2)
            )
    return False


def _joins_a_ministry_name(raw: list[tuple[str, int]], lows: list[str], i: int) -> bool:
    """`Bộ Tài nguyên và Môi trường`, `Bộ Văn hóa, Thể thao và Du lịch`, `ngành Nông nghiệp
    và Phát triển nông thôn`, `Sở Lao động - Thương binh và Xã hội`: a ministry's, a
    province's department's or a sector's name goes on past `và` to the capitalised word
    after it (not to another body: `Sở Y tế và Bệnh viện tỉnh`)."""
    if not (
        lows[i] == "và"
        and lows[:1] in (["bộ"], ["ngành"], ["sở"])
        and i + 1 < len(raw)
        and raw[i + 1][0][:1].isupper()
    ):
        return False
    w = words()
    return not _another_body_after(lows, i, (*w.workplaces, *w.other_bodies))


def _joins_a_company_name(raw: list[tuple[str, int]], lows: list[str], i: int) -> bool:
    """`Công đoàn Công ty CP Phân bón và Hóa chất Sông Thao`, `... Hợp tác xã Cơ khí và Dịch vụ
    Thành Công`: a company's or a cooperative's name goes on past
    `và` to the capitalised word after it (not to another body: `Công ty X và Công ty Y`,
    `Công đoàn Công ty A và Công đoàn Công ty B`)."""
    opening = 3 if lows[:1] in (["tổng"], ["hợp"]) else 1 if lows[:1] in (["cty"], ["htx"]) else 2
    company = lows[:opening] in (
        ["công", "ty"], ["cty"], ["tổng", "công", "ty"], ["hợp", "tác", "xã"], ["htx"]
    )  # fmt: skip
    if not (
        lows[i] == "và"
        and company
        and i > opening  # a name of its own before `và` (not `Công đoàn Công ty và Tổng Giám đốc`)
        and i + 1 < len(raw)
        and raw[i + 1][0][:1].isupper()
    ):
        return False
    w = words()
    rest = " ".join(lows[i + 1 : i + 5])
    if rest.startswith(w.person_titles):
        return False  # `... và Giám đốc Công ty`: a person, no more of the name
    return not _another_body_after(lows, i, (*w.workplaces, *w.other_bodies))


def _joins_a_national_name(
    raw: list[tuple[str, int]], lows: list[str], i: int, kind: str, w: OrgWords
) -> bool:
    """`Công đoàn Nông nghiệp và Môi trường Việt Nam`: a national sector union's name goes on
    past `và` and a capitalised word to `Việt Nam` a few words on (not a federation's name,
    nor one that ends in `Việt Nam` already, nor to another body's type, nor past a comma)."""
    if kind != "union" or lows[i] != "và" or i + 1 >= len(raw) or not raw[i + 1][0][:1].isupper():
        return False
    if any(lows[j] == "việt" and lows[j + 1] == "nam" for j in range(i - 1)):
        return False  # `Công đoàn Dầu khí Việt Nam và Tập đoàn Dầu khí Việt Nam`
    if _another_body_after(lows, i, (*w.national_sector_starts, *w.other_bodies)):
        return False
    for j in range(i + 1, min(i + 6, len(raw) - 1)):
        if lows[j] == "việt" and lows[j + 1] == "nam":
            return True
        if raw[j][0] != raw[j][0].rstrip(_TRAILING):
            return False  # (a comma or a stop ends the name first)
    return False


def _another_body_after(lows: list[str], i: int, bodies: tuple[str, ...]) -> bool:
    """After `và` at `i` another body's name starts: a union's type (`và Công đoàn ngành Y
    tế`) or one of `bodies` (`và Bệnh viện tỉnh`, `và Hội Nông dân`), not a word of the same
    name (`và Công nghệ`)."""
    ahead = " ".join(lows[i + 1 : i + 4]) + " "
    return any(ahead.startswith(t) for t in _TYPE_STARTS) or any(
        ahead.startswith(b + " ") for b in bodies
    )


# `... và Công đoàn ngành Y tế`: another body's name starts; `và Công nghệ` does not.
_TYPE_STARTS = ("công đoàn", "liên đoàn", "lđlđ", "cđ ", "cđcs", "tổng liên đoàn", "tổng lđlđ")
# After a federation's bare unit, the other units of a list of all bodies (`LĐLĐ tỉnh, thành phố`).
_OTHER_UNITS = ("thành phố", "thành", "tp", "tỉnh", "quận", "huyện", "thị xã", "và")


_FIRST_WORDS = 12  # words read first: names end within a few (a bloc's list may not)
_LOOKAHEAD = 6  # the reading at token i looks at tokens up to i + 5, compares the count to i + 4
_ALL = 1 << 30  # `_name_from` read every token: the first ones do not suffice


def _read_name(
    text: str, pos: int, w: OrgWords, upper: bool, kind: str = ""
) -> tuple[list[str], int, Province | None]:
    """The proper-name tokens after a type phrase, where they end, and a place after them.

    The tokens of the first words are read first, and all of them only when the reading came
    within `_LOOKAHEAD` of their end: no step looks further past the token it stands at, so
    the answer is the same (reading and lower-casing 16 tokens per name was two thirds of
    reading a report's names, and most end after one or two)."""
    if kind != "bloc":
        raw, every = _tokens(text, pos, _FIRST_WORDS)
        name, furthest = _name_from(text, pos, w, upper, kind, raw)
        if every or furthest + _LOOKAHEAD <= len(raw):
            return name
    return _name_from(text, pos, w, upper, kind, _tokens(text, pos)[0])[0]


def _name_from(
    text: str, pos: int, w: OrgWords, upper: bool, kind: str, raw: list[tuple[str, int]]
) -> tuple[tuple[list[str], int, Province | None], int]:
    """`_read_name` over the tokens `raw`, with the furthest index in `raw` the reading stood
    at (`_ALL`: it read them all, a bloc's members)."""
    lows = [t.lower().rstrip(_TRAILING) for t, _ in raw]
    kept: list[str] = []
    end = pos
    place: Province | None = None
    after_unit = False
    in_compound = False
    i = 0
    skipped = 0
    if raw and _ABBREVIATION_AFTER_TYPE.fullmatch(raw[0][0]):
        raw, lows = raw[1:], lows[1:]  # `Công đoàn (CĐ) Công ty ...`
        skipped = 1
    if any(_ABBREVIATION_IN_NAME.fullmatch(t) for t, _ in raw[1:]):
        inner = [k for k in range(1, len(raw)) if _ABBREVIATION_IN_NAME.fullmatch(raw[k][0])]
        raw = [t for k, t in enumerate(raw) if k not in inner]
        lows = [t for k, t in enumerate(lows) if k not in inner]
    if kind == "bloc" and len(raw) > 1 and lows[0] == "số" and lows[1].isdigit():
        kept = [raw[0][0], raw[1][0].rstrip(_TRAILING)]  # `Khối thi đua số 3`
        end = raw[1][1] + len(kept[1])
        if raw[1][0] != kept[1]:
            return (kept, end, place), _ALL
        i = 2
    if kind == "bloc" and (lows[:1] == ["các"] or _kind_of_members(lows, w)):
        kept, end = _members_named(raw, lows, w)
        # (the province of the body it belongs to: `... nông, lâm nghiệp thuộc LĐLĐ tỉnh Đắk Lắk`)
        whose = _OF_A_BODY.match(text, end)
        found = find_provinces(text[whose.end() : whose.end() + 60]) if whose else []
        return (kept, end, found[0][1] if found else None), _ALL
    # (no case in capitals, nor in a headline that capitalises every word: `Công Đoàn Thủ Đô
    # Mang Tết Đến Công Nhân`)
    titled = sum(t[:1].isupper() for t, _ in raw) > 5 and all(
        t[:1].isupper() for t, _ in raw if t[:1].isalpha()
    )
    furthest = 0
    while i < len(raw):
        furthest = i
        token, t_start = raw[i]
        core = token.rstrip(_TRAILING)
        trailing = token[len(core) :]
        if core.lower() in ("tp", "tx") and trailing.startswith("."):
            core, trailing = core + ".", trailing[1:]
        low = core.lower()
        if not core or core.startswith(("(", "“", '"')):
            place = _place_in(text, t_start)
            break
        if (
            kind == "union"
            and not kept
            and not trailing
            and (n_words := _sector_alone_at(lows, i, w))
            and (_unit_at(lows, i + n_words, w) or raw[i + n_words][0][:1].isupper())
        ):
            # `Công đoàn viên chức tỉnh Vĩnh Long`, `công đoàn giáo dục huyện Tân Phú`: a sector
            # named with no `ngành`, whatever its case, then its place
            for token, t_start in raw[i : i + n_words]:
                kept.append(token.rstrip(_TRAILING))
                end = t_start + len(kept[-1])
            i += n_words
            furthest = i
            continue
        if (
            not trailing
            and low in w.sector_starts
            and (n_words := _sector_at(raw, lows, i + 1, w))
            and (upper or raw[i + 1][0][:1].isupper() or _name_ends(raw, lows, i + 1 + n_words, w))
        ):
            # `ngành Y tế`, `ngành y tế`: the sector whole, whatever its case
            for token, t_start in raw[i : i + 1 + n_words]:
                kept.append(token.rstrip(_TRAILING))
                end = t_start + len(kept[-1])
            i += 1 + n_words
            furthest = i
            if raw[i - 1][0] != kept[-1]:
                break  # punctuation ends the name
            after_unit = False
            continue
        if (
            _stop_at(lows, i, w, lower=upper or titled or core[:1].islower())
            and not _joins_a_ministry_name(raw, lows, i)
            and not (i and _joins_a_ministry_name(raw, lows, i - 1))  # `và Phát triển nông thôn`
            and not _joins_a_company_name(raw, lows, i)
            and not (i and _joins_a_company_name(raw, lows, i - 1))  # `và Hóa chất Sông Thao`
            and not _joins_a_national_name(raw, lows, i, kind, w)
            and not _place_goes_on(raw, i, kept, w)  # `thị xã Từ Sơn`, `huyện Đại Từ`
            and not _given_name_goes_on(raw, lows, i, w)  # `Lê Quý Đôn`, `LÊ QUÝ ĐÔN`
            and not _month_of_a_name(raw, lows, i, w)  # `Cách mạng tháng Tám`
        ):
            break
        if core in ("-", "–") and not kept and kind == "union":
            break  # `Chuyên mục: Công đoàn - Lao động`: a section's name, no union's
        if core in ("-", "–"):
            rest = " ".join(t.rstrip(_TRAILING) for t, _ in raw[i + 1 : i + 4])
            province = _leading_province(rest)
            if province is not None and kept:
                place = province
                break
            if not (i + 1 < len(raw) and raw[i + 1][0][:1].isupper()):
                break
        elif (n_words := _unit_at(lows, i, w) or _zone_at(lows, i, w, raw) * (not trailing)) > 0:
            # (a unit, or the zones' words written in lower case: `Công đoàn các khu công
            # nghiệp Long An`)
            for _ in range(n_words - 1):  # `thành phố`, `thị xã`: keep the first word here
                kept.append(core)
                i += 1
                token, t_start = raw[i]
                core = token.rstrip(_TRAILING)
                trailing = token[len(core) :]
            furthest = i
            after_unit = True
        elif core[:1].isdigit():
            if not (after_unit or _numbered(kept, core) or _name_number(kept, raw, i, w)):
                break
            if i + 1 < len(raw) and lows[i + 1] in SCALES:
                break  # `của Liên đoàn Lao động tỉnh 150 triệu đồng`: an amount, not `quận 10`
            after_unit = False
        elif core[:1].isupper() or (upper and core[:1].isalpha()):
            if kind == "federation" and kept and _completes_province(kept, w, core):
                break
            after_unit = False
        elif (
            low in w.name_words
            and i + 1 < len(raw)
            and (
                raw[i + 1][0][:1].isupper()
                or lows[i + 1] in w.units
                or _zone_at(lows, i + 1, w, raw) > 0
            )
        ):
            pass
        elif _joins_a_national_name(raw, lows, i, kind, w):
            pass  # `Công đoàn Nông nghiệp và Môi trường Việt Nam`
        elif not (
            kept
            and (
                in_compound
                or (
                    kept[-1][:1].isupper()
                    and (kept[-1].lower() not in w.units or not _unit_at(lows, i - 1, w))
                )
            )
            and not (not in_compound and (ends_in_a_province(kept) or _ends_in_a_place(kept, w)))
            and (_compound_tail(raw, lows, i, w) or _in_a_workplace_word(lows, i))
        ):
            break  # (`Công đoàn tỉnh Nghệ An lo Tết`: a verb after the place, not a compound)
        else:
            in_compound = True
            kept.append(core)
            end = t_start + len(core)
            i += 1
            if trailing:
                break
            continue
        in_compound = False
        kept.append(core)
        end = t_start + len(core)
        i += 1
        if trailing:
            break  # punctuation ends the name
    while kept and kept[-1] in ("-", "–"):  # `LĐLĐ HUYỆN TÂN YÊN - BÁO CÁO NHANH`
        kept.pop()
    if place is None and kept and (after := _PROVINCE_AFTER.match(text, end)) is not None:
        place = _leading_province(text[after.end() : after.end() + 40])
    return (kept, end, place), furthest + skipped


# `LĐLĐ huyện Lục Ngạn, tỉnh Bắc Ninh`: the province written after the name.
_PROVINCE_AFTER = re.compile(r"\s*[,\-–]\s*(?:tỉnh|thành phố|tp\.?)\s+", re.IGNORECASE)


_BLOC_NAME_WORDS = 14
_NUMBER_OF_A_NAME = re.compile(r"[0-9]{1,3}[A-Za-z]?")


def _next_core(raw: list[tuple[str, int]], j: int) -> str:
    return raw[j + 1][0].rstrip(_TRAILING) if j + 1 < len(raw) else ""


def _numbered(kept: list[str], core: str) -> bool:
    """`Trường THPT số 1`, `Công ty số 64`: the number after `số` is the name's own. Cut
    there, two schools or companies had one name and one org_id, and the headlines kept
    one of them for both."""
    return bool(kept) and kept[-1].lower() == "số" and _NUMBER_AFTER_SO.fullmatch(core) is not None


# After `số` a name's number may have four digits (`Công ty số 2020`): no report writes a
# year as `số 2020`. Cut there, the name lost its number and its figure in a table's row was
# read as a count of grassroots unions in the year 2020.
_NUMBER_AFTER_SO = re.compile(r"[0-9]{1,4}[A-Za-z]?")


# Words after a number that make it a count or a time, not part of a name (`3 năm liền`).
_YEAR_AFTER = re.compile(r"(?:19|20)[0-9]{2}(?![0-9])")
_COUNTED_AFTER = frozenset(("năm", "tháng", "ngày", "lần", "lượt", "đợt", "khóa", "khoá", "nhiệm"))


def _name_number(kept: list[str], raw: list[tuple[str, int]], i: int, w: OrgWords) -> bool:
    """`Công ty May 10`, `Sông Đà 5`, `Bệnh viện 175`: one to three digits after the words
    of a capitalised name are the name's own (cut there, May 10 and May 2 were one org_id),
    unless a unit, a place or a counted word follows them (`Công ty ABC 150 lao động`,
    `3 năm liền`, `5 huyện`)."""
    from unionstats.numbers import parse_quantity

    core = raw[i][0].rstrip(_TRAILING)
    if not (
        kept
        and any(k[:1].isupper() for k in kept)
        and kept[-1].lower() not in w.units
        and _NUMBER_OF_A_NAME.fullmatch(core)
    ):
        return False
    if raw[i][0] != core or i + 1 == len(raw):
        return True  # `May 10,`: the name ends at the number
    after = " ".join(t for t, _ in raw[i + 1 : i + 3])
    following, *rest = after.lower().split()
    following = following.rstrip(_TRAILING)
    if following == "năm" and rest and _YEAR_AFTER.match(rest[0]):
        return True  # `Xí nghiệp 3 năm 2021`: the report's year follows, not a count of years
    if following in _COUNTED_AFTER or following in w.units:  # `3 năm liền`, `5 huyện`
        return False
    q = parse_quantity(f"{core} {after}")
    return q is not None and q.unit is None and q.end <= len(core)


def _members_named(
    raw: list[tuple[str, int]], lows: list[str], w: OrgWords
) -> tuple[list[str], int]:
    """`Khối thi đua các Công đoàn ngành, CĐCS trực thuộc`, `... các LĐLĐ huyện, thị xã`, `...
    các Công đoàn ngành và Công đoàn các Khu công nghiệp`: a bloc named by its members'
    kinds, commas, `và` and lower-case words included, to a stop or to the body it belongs
    to (`... trực thuộc LĐLĐ tỉnh`: a kind not opening a list item)."""
    kept: list[str] = []
    end = raw[0][1] if raw else 0
    for i, (token, start) in enumerate(raw[:_BLOC_NAME_WORDS]):
        another_kind = lows[i] == "và" and w.type_re.pattern.match(" ".join(lows[i + 1 :]))
        if i and ((_stop_at(lows, i, w) and not another_kind) or token[:1].isdigit()):
            break
        item = i == 0 or lows[i - 1] in ("các", "và") or raw[i - 1][0].endswith(",")
        if not item and w.type_re.pattern.match(" ".join(lows[i:])):
            break
        if i and lows[i] == "thuộc" and lows[i - 1] != "trực":
            break  # (`... các doanh nghiệp nông, lâm nghiệp thuộc LĐLĐ tỉnh`: whose it is)
        core = token.rstrip(_TRAILING)
        kept.append(core)
        end = start + len(core)
        if token[len(core) :].strip(","):  # a full stop, a colon or a bracket ends it
            break
    return kept, end


def _kind_of_members(lows: list[str], w: OrgWords) -> bool:
    """`Khối thi đua Công đoàn các đơn vị sự nghiệp`, `Cụm thi đua LĐLĐ các huyện`: a union
    type before `các` names the bloc's members by their kind, as `các` alone does."""
    m = w.type_re.pattern.match(" ".join(lows[:6]))
    return m is not None and " ".join(lows[:6])[m.end() :].startswith(" các ")


def _name_ends(raw: list[tuple[str, int]], lows: list[str], j: int, w: OrgWords) -> bool:
    """A lower-case sector read as a name ends at `j`: the text ends, punctuation ends its last
    word, a stop, a unit or a capital follows (`công đoàn ngành y tế họp sơ kết`; not `Công
    đoàn ngành xây dựng kế hoạch`, a verb and its object)."""
    if j >= len(raw) or raw[j - 1][0] != raw[j - 1][0].rstrip(_TRAILING):
        return True
    return _stop_at(lows, j, w) or raw[j][0][:1].isupper() or lows[j] in w.units


def _sector_at(raw: list[tuple[str, int]], lows: list[str], i: int, w: OrgWords) -> int:
    """How many words a sector of the catalogue (`y tế`, `giao thông vận tải`) at `i` spans,
    or 0; punctuation may end only its last word."""
    for sector in w.sectors:
        n = len(sector)
        if tuple(lows[i : i + n]) == tuple(s.rstrip(",") for s in sector) and all(
            raw[j][0][len(raw[j][0].rstrip(_TRAILING)) :] in ("", sector[j - i][-1:])
            or j == i + n - 1
            for j in range(i, i + n)
        ):
            return n  # (a comma only where the sector's own name has one)
    return 0


def _sector_alone_at(lows: list[str], i: int, w: OrgWords) -> int:
    """How many words a sector named with no `ngành` (`sectors_alone`: `viên chức`, `giáo
    dục`) at `i` spans, or 0; there must be a word after it."""
    for sector in w.sectors_alone:
        n = len(sector)
        if i + n < len(lows) and tuple(lows[i : i + n]) == sector:
            return n
    return 0


def _zone_at(lows: list[str], i: int, w: OrgWords, raw: list[tuple[str, int]]) -> int:
    """How many words a zone phrase of several words (`khu công nghiệp`, `khu chế xuất`) at `i`
    spans when a name or a place goes on after it (`... Bình Dương`, `... tỉnh Tiền Giang`),
    or 0."""
    if i >= len(lows) or lows[i] != "khu":
        return 0
    for zone in w.zone_words:
        words = tuple(zone.split())
        n = len(words)
        if n > 1 and tuple(lows[i : i + n]) == words and i + n < len(raw):
            goes_on = raw[i + n][0][:1].isupper() or _unit_at(lows, i + n, w) > 0
            return n if goes_on else 0
    return 0


def _unit_at(lows: list[str], i: int, w: OrgWords) -> int:
    """How many words a unit word (`tỉnh`, `thành phố`, `thị xã`, `phường`) at `i` spans, or
    0; 0 too inside a phrase that names no unit (`Bảo hiểm xã hội`, `hợp tác xã`)."""
    if i >= len(lows) or lows[i] not in w.unit_firsts:
        return 0  # (most words: no unit phrase to compare)
    for unit in w.unit_phrases:
        if tuple(lows[i : i + len(unit)]) == unit:
            return 0 if _in_not_unit(lows, i, w) else len(unit)
    return 0


def _in_not_unit(lows: list[str], i: int, w: OrgWords) -> bool:
    """Whether the word at `i` stands in one of the catalogue's `not_units` phrases."""
    for phrase in w.not_units:
        for k, word in enumerate(phrase):
            if word == lows[i] and i >= k and tuple(lows[i - k : i - k + len(phrase)]) == phrase:
                return True
    return False


def _compound_tail(raw: list[tuple[str, int]], lows: list[str], i: int, w: OrgWords) -> bool:
    """`Y tế`, `Khu công nghiệp`, `Giao thông vận tải`: lower-case syllables of a capitalised
    compound, when a capitalised word or a unit word follows within three words."""
    for j in range(i, min(i + 4, len(raw))):
        token = raw[j][0].rstrip(_TRAILING)
        if j > i and (token[:1].isupper() or lows[j] in w.units):
            return True
        if lows[j] == "số" and raw[j][0] == token and _numbered([token], _next_core(raw, j)):
            return True  # `Tiểu học số 2 xã Tân Phú`: the name's own number follows
        if j > i and _name_number(["X"], raw, j, w):
            return True  # `Bệnh viện 175`, `Xí nghiệp 3`: the name's own number follows
        if j > i and _stop_at(lows, j, w):
            return j == i + 1  # `Sở Công thương năm 2021`: one syllable, then the name ends
        if raw[j][0] != token:  # punctuation ends the name here
            return j == i or token[:1].isupper()
    return len(raw) == i + 1


def _in_a_workplace_word(lows: list[str], i: int) -> bool:
    """A syllable of a workplace word or a company's form (`Công ty`, `Bệnh viện`, `cổ phần`)
    is the name's, whatever follows: a figure or a year after it (`Bệnh viện 1000 giường`,
    `Công ty cổ phần 2024`) cut the word (`Công đoàn Bệnh`), and every such hospital or
    company of a province had one org_id."""
    phrases = _workplace_phrases()
    pairs = (" ".join(lows[i - 1 : i + 1]) if i else "", " ".join(lows[i : i + 2]))
    return any(pair in phrases for pair in pairs)


@cache
def _workplace_phrases() -> frozenset[str]:
    """The two-syllable words of `workplaces`, `companies` and `company_forms`."""
    w = words()
    words_ = (*w.workplaces, *w.companies, *w.company_forms)
    return frozenset(p for p in words_ if len(p.split()) == 2)


def _ends_in_a_place(kept: Sequence[str], w: OrgWords) -> bool:
    """The name read so far ends in a unit and its capitalised name (`LĐLĐ huyện Yên Phong`):
    a lower-case word after it is a verb (`khảo sát 180 phòng trọ`), no compound's syllable."""
    k = len(kept)
    while k and kept[k - 1][:1].isupper():
        k -= 1
    if k == len(kept) or not k:
        return False
    lows = tuple(t.lower() for t in kept[:k])
    if any(lows[-len(phrase) :] == phrase for phrase in w.not_units):
        return False  # (`Hợp tác xã Nông nghiệp`: no commune)
    return lows[-1] in w.units or (k > 1 and f"{lows[-2]} {lows[-1]}" in w.units)


def ends_in_a_province(kept: Sequence[str]) -> bool:
    """The name read so far ends in a province's name (`... tỉnh Nghệ An`, `... TP HCM`)."""
    return any(province_of(" ".join(kept[-n:])) is not None for n in (1, 2, 3) if len(kept) >= n)


def _leading_province(text: str) -> Province | None:
    for n in (3, 2, 1):
        words_ = text.split()[:n]
        if words_:
            p = province_of(" ".join(words_))
            if p is not None:
                return p
    return None


def _place_in(text: str, pos: int) -> Province | None:
    """A province named in the parenthesis or quote that opens at `pos`: `(Hậu Giang)`,
    `(quận Bình Thạnh, TP HCM)`."""
    close = text.find(")", pos, pos + 80)
    inner = text[pos + 1 : close] if close > 0 else text[pos + 1 : pos + 60]
    found = find_provinces(inner)
    return found[-1][1] if found else None


@lru_cache(maxsize=4096)
def line_mentions(line: str) -> tuple[OrgMention, ...]:
    """:func:`find_mentions` of a short line (a title, a site owner line), cached: the
    pages of one site repeat their owner line in every report."""
    return tuple(_find_mentions(line))


_READ: dict[str, tuple[OrgMention, ...]] = {}  # the last texts read whole, oldest first
_READ_KEPT = 2


def find_mentions(text: str) -> tuple[OrgMention, ...]:
    """Every organisation named in the text, in order. The last texts read are kept: the
    metadata reads a short report whole, and the extractor asks about its lines."""
    found = _READ.get(text)
    if found is None:
        found = tuple(_find_mentions(text))
        if len(_READ) >= _READ_KEPT:
            del _READ[next(iter(_READ))]
        _READ[text] = found
    return found


def mentions_on_line(text: str, line_start: int) -> list[OrgMention]:
    """The organisations named on the line of `text` that starts at `line_start`: the very
    mentions :func:`find_mentions` finds there. A name is read only to its line's end and
    no type phrase holds a line break, so no mention of an earlier line reaches into this
    one, and one line is read without reading the report (the extractor asks about the
    lines before a few figures; the whole report took 0.4 ms of a 10 KB report's 6)."""
    line_end = text.find("\n", line_start)
    hi = len(text) if line_end < 0 else line_end + 1
    whole = _READ.get(text)
    if whole is not None:  # read already (the metadata reads a short report whole)
        return [m for m in whole if line_start <= m.start < hi]
    return _find_mentions(text, line_start, hi)


def _says_no_name(low: str, pos: int, w: OrgWords) -> bool:
    """One of the catalogue's `no_name_after` phrases, as whole words, at `pos`."""
    return any(
        low.startswith(p, pos) and not low[pos + len(p) : pos + len(p) + 1].isalnum()
        for p in w.no_name_after
    )


def _find_mentions(text: str, lo: int = 0, hi: int | None = None) -> list[OrgMention]:
    """The mentions whose type phrase starts in [lo, hi), read in the whole text; the search
    for type phrases ends at `hi` (a line's end, its line break included)."""
    w = words()
    out: list[OrgMention] = []
    taken = -1
    low = lowercase(text)
    for m in w.type_re.finditer(low, lo, hi):
        if m.start() < taken:
            continue
        phrase = m.group(1)
        kind = w.kind_of[phrase]
        written_type = text[m.start() : m.end()]
        upper = _is_upper(written_type, text, m.end())
        if phrase in ("cđ", "lđlđ", "cđcs") and not written_type.isupper():
            continue  # `cđ` in lower case is a syllable, not the abbreviation
        if low[max(0, m.start() - 24) : m.start()].rstrip().endswith(w.venues_before):
            continue  # `Khách sạn Công đoàn Bãi Cháy`: a venue the union owns
        following = _WORD.search(low, m.end(), m.end() + 40)
        if following is not None and _says_no_name(low, following.start(), w):
            continue  # `TIN CÔNG ĐOÀN CÁC ĐỊA PHƯƠNG`: the localities' unions, no one's name
        if (
            kind != "national"
            and following is not None
            and following.start() == m.end() + 1
            and not upper
        ):
            word = following.group(0).rstrip(_TRAILING)
            first = text[following.start()]
            if (
                first.islower()
                and not (
                    low.startswith(w.unit_starts, following.start())
                    and not low.startswith(w.not_unit_starts, following.start())
                )
                and word not in w.name_words
                and not (kind == "bloc" and _NUMBERED.match(low, following.start()))
                # (a sector named alone, then its place: `công đoàn viên chức tỉnh Vĩnh Long`)
                and not (
                    kind == "union"
                    and (
                        n := _sector_alone_at(
                            lows := low[following.start() : following.start() + 60].split(), 0, w
                        )
                    )
                    and _unit_at(lows, n, w)
                )
                # (a federation's bare unit before a mark is its name: `Theo LĐLĐ tỉnh, ...`;
                # not the units' list of all bodies: `63 điểm cầu LĐLĐ tỉnh, thành phố`)
                and not (
                    kind == "federation"
                    and f"{word} " in w.unit_starts
                    and not low[following.end() : following.end() + 16]
                    .lstrip(" ,/")
                    .startswith(_OTHER_UNITS)
                )
            ):
                continue  # `công đoàn các cấp`, `hoạt động công đoàn`: no name follows
        tokens, end, place = _read_name(text, m.end(), w, upper, kind)
        if kind == "union" and following is not None:
            whole = _national_sector_name(low, following.start(), w)
            if whole > end:
                tokens, end, place = text[following.start() : whole].split(), whole, None
        end = max(end, m.end())
        taken = end
        written = " ".join(text[m.start() : end].split())
        out.append(OrgMention(m.start(), end, kind, written, tuple(tokens), place, upper))
    return out


def _national_sector_name(low: str, at: int, w: OrgWords) -> int:
    """Where a national sector union's whole name (`national_sector_names`) starting at `at`
    ends, or -1."""
    for name in w.national_sector_names:
        end = at + len(name)
        if low.startswith(name, at) and not low[end : end + 1].isalnum():
            return end
    return -1


# --- level -----------------------------------------------------------------------------------


def _expand(token: str, w: OrgWords) -> str:
    low = token.lower()
    return w.abbreviations.get(low, low)


def _name_text(mention: OrgMention, w: OrgWords) -> str:
    return " ".join(_expand(t, w) for t in mention.tokens)


def _place_of_name(mention: OrgMention, w: OrgWords) -> tuple[str | None, str]:
    """The unit kind of the name (province | city | district | None) and the place name."""
    tokens = " ".join(_expand(t, w) for t in mention.tokens).split()
    for i in range(len(tokens)):
        n = _unit_at(tokens, i, w)
        if n:
            return w.units[" ".join(tokens[i : i + n])], " ".join(tokens[i + n :])
    return None, " ".join(tokens)


def names_a_place(mention: OrgMention) -> bool:
    """The name is a unit of territory and its place (`thành phố Đà Lạt`, `huyện Đông Anh`):
    `Công đoàn` so named is that place's federation."""
    w = words()
    tokens = " ".join(_expand(t, w) for t in mention.tokens).split()
    n = _unit_at(tokens, 0, w) if tokens else 0
    return (
        n > 0
        and w.units[" ".join(tokens[:n])] in ("province", "city", "district")
        and (len(tokens) > n)
    )


def _names_a_workplace(mention: OrgMention, w: OrgWords) -> bool:
    """A company's or a school's word stands in the name as a name's head, capitalised or in
    an abbreviation (`Công ty TNHH PouYuen`, `Trường THPT Lê Lợi`, `tnhh`), not as a syllable
    of another word (`Nông nghiệp và Môi trường Việt Nam`: `trường` of `môi trường`)."""
    tokens = [_expand(t, w) for t in mention.tokens]
    for c in w.companies:
        words_of = c.split()
        n = len(words_of)
        for j in range(len(tokens) - n + 1):
            first = mention.tokens[j]
            if tokens[j : j + n] == words_of and (
                j == 0 or mention.upper or first[:1].isupper() or not first.isalpha()
            ):
                return True
    return False


def level_of(mention: OrgMention) -> str:
    """The level of the organisation (spec: grassroots ... national)."""
    w = words()
    if mention.kind in ("national", "bloc", "grassroots"):
        return mention.kind
    name = _name_text(mention, w)
    unit, place = _place_of_name(mention, w)
    if mention.kind == "federation":
        if unit == "province":
            return "provincial_federation"
        if unit == "district":
            return "district_federation"
        province = province_of(place) if place else None
        if unit == "city":
            if province is not None and province.centrally_run:
                return "provincial_federation"
            return "district_federation" if place else "provincial_federation"
        if province is not None:
            return "provincial_federation"  # `LĐLĐ Tiền Giang`
        return "district_federation"
    # kind == union: what follows `Công đoàn` says which kind of union it is.
    if name in w.national_sector_names:
        return "national_sector"
    starts_national = any(name == s or name.startswith(s + " ") for s in w.national_sector_starts)
    if starts_national and not any(name.startswith(p) for p in w.workplaces):
        # ... unless a company of a province (`Tổng công ty CP Dệt may Nam Hà`, `... Sông Mã -
        # Công ty TNHH MTV`): a company form and no `Việt Nam` make it a grassroots union
        national = any(f" {e}" in f" {name}" for e in w.national_sector_ends)
        if not national and any(
            re.search(rf"(?<!\w){re.escape(f)}(?!\w)", name) for f in w.company_forms
        ):
            return "grassroots"
        return "national_sector"
    if any(name.startswith(s + " ") for s in w.sector_starts):
        national = any(name.endswith(e) for e in w.national_sector_ends)
        return "national_sector" if national else "sector_provincial"
    if _names_a_workplace(mention, w):
        return "grassroots"  # `Công ty TNHH PouYuen Việt Nam`, `Agribank Chi nhánh An Giang`
    if any(name.endswith(e) for e in w.national_sector_ends):
        return "national_sector"
    if any(name.startswith(p) for p in w.workplaces):
        return "grassroots"
    if any(z in name for z in w.zone_words):
        return "district_federation"
    if unit == "district":
        return "district_federation"
    if unit == "commune":
        return "grassroots"  # `Công đoàn phường Tân An` (organisations.yaml, `units`)
    if unit == "city" and province_of(place) is None and district_province(place, "thành phố"):
        return "district_federation"  # `Công đoàn thành phố Đà Lạt`: a provincial city's
    bare = name.removeprefix("tỉnh ").removeprefix("thành phố ")
    if province_of(bare) is not None:
        return "provincial_federation"  # `Công đoàn tỉnh Nghệ An` is the provincial federation
    return "sector_provincial"


# --- names and keys --------------------------------------------------------------------------

_TYPE_NAMES = {
    "national": "Tổng Liên đoàn Lao động Việt Nam",
    "federation": "Liên đoàn Lao động",
    "bloc": "Khối thi đua",
    "grassroots": "Công đoàn cơ sở",
    "union": "Công đoàn",
}
_KEY_PREFIX = {
    "national": "tld",
    "federation": "ldld",
    "bloc": "ktd",
    "grassroots": "cdcs",
    "union": "cd",
}


_SPELLED_OUT = {"tp": "thành phố", "tp.": "thành phố", "tx": "thị xã", "tx.": "thị xã",
                "cty": "Công ty", "vn": "Việt Nam"}  # fmt: skip


# One syllable of a Vietnamese name: an initial consonant or cluster, one to four vowels, a
# final consonant, with the Highlands' clusters, apostrophes and finals (`KRÔNG BUK`, `ĐẮK
# MIL`, `KBANG`, `IA GRAI`, `CƯ M'GAR`, `ĐẠ TẺH`). A word in capitals of that shape is a name
# spelled in capitals (`TÂN`, `YÊN`); one of no such shape is a company's or a brand's letters
# (`EVNSPC`, `VNPT`, `VSIP`), kept as written; so is a Roman numeral (`NHƠN TRẠCH III`).
_VOWEL = "aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
_INITIAL = (
    r"(?:[mhy]['’])?(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bdgkp][lr]|kb|[bcdđghjklmnpqrstvx])?"
)
_A_SYLLABLE = re.compile(
    rf"{_INITIAL}[{_VOWEL}]{{1,4}}(?:ng|nh|ch|[cmnptklrh])?",
    re.IGNORECASE,
)
_ROMAN = re.compile(r"[IVXLC]+")


def _cased(token: str, w: OrgWords, upper: bool) -> str:
    low = token.lower()
    if low in _SPELLED_OUT:
        return _SPELLED_OUT[low]
    if low in w.units or low in w.name_words:
        return low
    if upper and token.isupper() and len(token) > 1:
        if low in w.abbreviations and "." not in low:
            return token  # `TNHH`, `KCN`: an abbreviation stays in capitals
        if not _a_word(token):
            return token  # `EVNSPC`: letters, not a word
        return token[:1] + token[1:].lower()
    return token


# A word of several syllables in capitals (`VINACOMIN`, `JINSUNG`, `TECHCOMBANK`): a brand's
# or a foreign name, written with a capital as names are; it opens as a syllable does and
# never runs four consonants together (`PVCOMBANK` opens on no syllable's letters).
_VOWEL_GROUP = re.compile(rf"[{_VOWEL}]+", re.IGNORECASE)
_CONSONANTS_IN_A_ROW = re.compile(rf"[^{_VOWEL}\W]{{4}}", re.IGNORECASE)
_OPENS_AS_A_SYLLABLE = re.compile(rf"{_INITIAL}[{_VOWEL}]", re.IGNORECASE)


def _a_word(token: str) -> bool:
    """A syllable, or a word of syllables, rather than an abbreviation's letters."""
    if _ROMAN.fullmatch(token):
        return False
    if _A_SYLLABLE.fullmatch(token):
        return True
    return (
        len(_VOWEL_GROUP.findall(token)) >= 2
        and token.isalpha()
        and _OPENS_AS_A_SYLLABLE.match(token) is not None
        and not _CONSONANTS_IN_A_ROW.search(token)
    )


def a_word_in_capitals(token: str) -> bool:
    """A word spelled in capitals (`TÂN`, `YÊN`, `VINACOMIN`), which prose writes as a name;
    not an abbreviation (`TNHH`, `KCN`) nor a company's letters (`EVNSPC`, `VNPT`)."""
    return len(token) > 1 and token.isupper() and _a_word(token)


def canonical_name(mention: OrgMention, level: str, province: Province | None) -> str:
    """The name written in full, one spelling per organisation: `Liên đoàn Lao động tỉnh
    Tiền Giang` for `LĐLĐ Tiền Giang`, `Công đoàn cơ sở ...` for `CĐCS ...`."""
    w = words()
    if mention.kind == "national":
        return _TYPE_NAMES["national"]
    tokens = [_cased(t, w, mention.upper) for t in mention.tokens]
    if mention.kind == "federation":
        unit, place = _place_of_name(mention, w)
        named = province_of(place) if place else None
        if named is not None and unit in (None, "province", "city"):
            unit_word = "thành phố" if named.centrally_run else "tỉnh"
            if level == "provincial_federation":
                return f"Liên đoàn Lao động {unit_word} {named.name.removeprefix('TP. ')}"
        if unit is None and place and level == "district_federation" and tokens[:1] != ["thành"]:
            tokens = ["thành phố", *tokens]
    text = " ".join(tokens)
    if level == "grassroots" and mention.kind == "union":
        return f"Công đoàn {text}"
    type_name = _TYPE_NAMES[mention.kind]
    if mention.kind == "bloc":  # `Cụm thi đua số 3` is named so, not `Khối thi đua số 3`
        low = " ".join(mention.written.lower().split())
        phrase = next((p for p, kind in w.types if kind == "bloc" and low.startswith(p)), None)
        if phrase is not None:
            type_name = phrase[:1].upper() + phrase[1:]
    return f"{type_name} {text}".strip()


def org_key(name: str, level: str, province: Province | None) -> str:
    """A stable key for one organisation: the normalised name, in ASCII, with its province
    for bodies whose name alone does not tell them apart across the country."""
    w = words()
    low = " ".join(name.lower().split())
    for phrase, kind in w.types:
        full = _TYPE_NAMES[kind].lower()
        if low.startswith(full) or low.startswith(phrase + " "):
            low = _KEY_PREFIX[kind] + low[len(full if low.startswith(full) else phrase) :]
            break
    tokens = [w.abbreviations.get(t, t) for t in re.split(r"[\s,.;:()“”\"'/]+", low) if t]
    key = ascii_slug(" ".join(tokens))
    if province is not None and level in LOCAL_LEVELS:
        suffix = ascii_slug(province.name.removeprefix("TP. "))
        if not key.endswith(suffix):
            key = f"{key}-{suffix}"
    return key


def _fold(char: str) -> str:
    """One character without its marks, as `ascii_slug` reads it (`ấ` → `a`, `đ` → `d`)."""
    return ascii_slug(char) or "-"


def marked_slug(name: str) -> str:
    """`ascii_slug` keeping the marks: `Công ty Tấn An` → `công-ty-tấn-an`; folding each
    character of it gives the `ascii_slug` of the name."""
    text = unicodedata.normalize("NFC", name.lower())
    return re.sub(r"-+", "-", "".join(c if _fold(c) != "-" else "-" for c in text)).strip("-")


def may_be_one(a: str, b: str) -> bool:
    """Whether two marked slugs of the same letters may name one organisation: wherever
    both carry marks, the marks agree (`Tan An` may be `Tân An`; `Tân An` is not `Tấn An`)."""
    return all(x == y or x.isascii() or y.isascii() for x, y in zip(a, b, strict=True))


def homograph_ids(orgs: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """New ids for (org_id, org) pairs whose names share an id but not their tone marks.

    `org_id` is ASCII, so `Công ty Tân An` and `Công ty Tấn An`, two organisations, got one
    id. Within one build, the names under an id that spell the same letters with marks that
    disagree are told apart: each gets the id and a short hash of its marked name, the same
    in every build that holds both. A name without the marks that would tell it (`Tan An`),
    or one whose letters differ (an abbreviation), keeps the id; an id whose names all agree
    is left as it is.
    """
    by_id: dict[str, set[str]] = {}
    for org_id, org in orgs:
        if org_id and org:
            by_id.setdefault(org_id, set()).add(org)
    renamed: dict[tuple[str, str], str] = {}
    for org_id, names in sorted(by_id.items()):
        slugs = {name: marked_slug(name) for name in names}
        by_letters: dict[str, list[str]] = {}
        for slug in sorted(set(slugs.values())):
            by_letters.setdefault(ascii_slug(slug), []).append(slug)
        for group in by_letters.values():
            marks = sorted(group, key=lambda s: (-sum(not c.isascii() for c in s), s))
            heads: list[str] = []
            for slug in marks:
                if not any(may_be_one(slug, head) for head in heads):
                    heads.append(slug)
            if len(heads) < 2:
                continue
            for name, slug in slugs.items():
                mine = [h for h in heads if may_be_one(slug, h)]
                if len(mine) == 1:
                    digest = hashlib.sha256(mine[0].encode()).hexdigest()[:6]
                    renamed[(org_id, name)] = f"{org_id}-{digest}"
    return renamed
