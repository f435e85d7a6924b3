"""The indicator catalogue and the never-an-observation rules, loaded from YAML.

The YAML files beside this module are the source of truth; this module checks
them and compiles every phrase into one lexicon (see `unionstats.lexicon`), so a
broken edit fails with a message that names the indicator and the field instead
of a regex traceback later, and a report is scanned once for all of them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import chain
from pathlib import Path
from typing import Any

from unionstats.datafiles import CatalogueError, check_catalogue_files, package_yaml
from unionstats.lexicon import Lexicon
from unionstats.wordsearch import spaced_alternation

UNITS = ("VND", "VND/person/month", "persons", "count", "percent")
MONEY_UNITS = ("VND", "VND/person/month")
COUNTED_UNITS = ("count", "persons")
SCOPES = ("clause", "sentence", "previous_sentence")
CASE_SENSITIVE_PART = "(?-i:"


def compile_pattern(pattern: str, where: str) -> re.Pattern[str]:
    """Compile a catalogue regular expression (never rules, periods).

    Patterns are matched against lower-cased text, so they must be written in
    lower case; one that needs case (document codes such as `NQ-TW`) marks that
    part `(?-i:...)` and is matched against the original text instead.
    """
    if not isinstance(pattern, str):
        raise CatalogueError(f"{where}: expected a pattern, got {pattern!r}")
    literal = re.sub(r"\\.", "", pattern)
    case_part = CASE_SENSITIVE_PART in pattern
    if not case_part and literal != literal.lower():
        raise CatalogueError(f"{where}: pattern {pattern!r} must be lower case")
    try:
        return re.compile(pattern, re.IGNORECASE if case_part else 0)
    except re.error as exc:
        raise CatalogueError(f"{where}: bad pattern {pattern!r}: {exc}") from None


def on_original_text(pattern: re.Pattern[str]) -> bool:
    """Whether the pattern needs the original case rather than the lower-cased text."""
    return CASE_SENSITIVE_PART in pattern.pattern


@dataclass(frozen=True, slots=True)
class Condition:
    """A requirement or veto: phrases of one list standing before or after a number."""

    side: str  # before | after | label | caption | unit
    words: int  # list id in the lexicon (-1 for label and unit)
    within: int = 0
    scope: str = "clause"
    stop: str = ""
    across_numbers: bool = False  # `after`: other numbers may stand between
    unit: str = ""  # `unit`: the figure is written in this unit (`đồng/người/tháng`)
    unless_right_before: int = -1  # list id: not when one of these ends right before it
    unless_right_after: int = -1  # list id: not when one of these starts right after its noun
    unless_between: int = -1  # list id: `before` only: not when one of these stands after it
    unless_led_by: int = -1  # list id: `before` only: not when one of these, a comma between,
    # leads it (`lớp tập huấn, tuyên truyền pháp luật cho ...`: one course named twice)
    unless_in_sentence: int = -1  # list id: not when one of these stands anywhere before the
    # number in its sentence (`before`: `thu nhập bình quân của ... ngoài công lập`), or after
    # it (`after`: `có 63 đoàn viên mắc bệnh hiểm nghèo được Công đoàn thăm hỏi`)
    opens: bool = False  # `before` only: the phrase opens its sentence (`Với hơn 683.000 ...`)
    veto: bool = False  # a veto, whose words in an aside (`(kể cả tiền thưởng)`) say nothing


@dataclass(frozen=True, eq=False)  # one object per code: compared by identity
class Indicator:
    code: str
    label_vi: str
    unit: str
    plausible: tuple[float, float]
    heads: int | None  # list id of the counted nouns
    cues: tuple[tuple[int, float], ...]
    requires: tuple[tuple[Condition, ...], ...]  # any group holds: all its conditions hold
    vetoes: tuple[tuple[Condition, ...], ...]
    examples: tuple[str, ...] = ()

    @property
    def is_money(self) -> bool:
        return self.unit in MONEY_UNITS

    @property
    def is_counted(self) -> bool:
        return self.unit in COUNTED_UNITS


@dataclass(frozen=True)
class PublicRelief:
    """Relief for the general public: its own breakdown, not the union's care."""

    indicators: tuple[str, ...]
    public: int
    people: (
        int  # the public named as people, not as a body or a fund (another body's gift stays its)
    )
    own: int
    not_after: tuple[str, ...]
    gives: int


@dataclass(frozen=True)
class Attribution:
    """`Theo Sở Nội vụ tỉnh, ...`: a sentence giving a government body's figures."""

    openers: int
    sources: int
    said: int
    union: int
    within: int
    officers: int  # `Giám đốc Sở Nội vụ`, `đại diện Ban Quản lý ...`: who speaks for the source
    connectives: int  # `Ngoài ra, theo Sở ...`: words a sentence may open with before it
    said_colon: re.Pattern[str]  # `... cho biết:`: an officer's words before a colon


@dataclass(frozen=True)
class OneGiftEach:
    """`thăm 64 công nhân ..., mỗi người một suất quà`: the people counted are the gifts."""

    each: int
    linking: int
    gift: int
    within: int
    children: int  # `tặng quà cho 120 cháu`: children given gifts, one each
    gift_deeds: int
    other_care: int
    deed_within: int
    portion: int  # `800.000 đồng tiền mặt cùng 1 phần quà`: what each one got
    means: str
    instead_of: tuple[str, ...]


@dataclass(frozen=True)
class Wage:
    """A wage stated beside the income of the same period is a part of it."""

    indicator: str
    wage_words: int
    income_words: int


@dataclass(frozen=True)
class Respective:
    """Figures given respectively (`lần lượt là 1.845 và 4.732 người`): see respective.py."""

    words: int
    lead_words: int
    changes: int
    unnamed_groups: int
    level_word: re.Pattern[str]  # a level's verb after the word: no change
    compared_before: re.Pattern[str]  # years compared with, named before the list


@dataclass(frozen=True)
class HouseMoney:
    """`... được sửa chữa nhà “Mái ấm Công đoàn”, tổng số tiền 385 triệu đồng`: care money
    told of the house is the house's money."""

    house: int
    other_care: int
    fund: int
    within: int
    from_fund: int
    built: int  # `làm nhà “Mái ấm Công đoàn”`: the house built, named after the amount
    built_after: int  # ... within so many characters of the amount, in its clause
    totals: int  # `Tổng số kinh phí hỗ trợ ...`: the houses' sum opening the next sentence
    cost: int  # `Tổng giá trị 95 triệu đồng`: what the house named before cost
    subjects: int  # `Ngôi nhà ...`, `Công trình ...`: a house opening the sentence of its cost
    means: str
    instead_of: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OneHouseEach:
    """`3 đoàn viên ... được trao Mái ấm Công đoàn`: the people given a house are the houses."""

    house: int
    given: int
    built: int
    within: int
    means: str
    instead_of: tuple[str, ...]
    undone: int = -1  # `lập danh sách ... để xây`: a house to come, people no care word claimed
    helpers: int = -1  # `góp ngày công xây`: those who help build it, no house each
    others: int = -1  # `nhà tình nghĩa`, `nhà đại đoàn kết`: other programmes' houses


@dataclass(frozen=True)
class Scoring:
    """Windows and weights of the `scoring:` block, and the lists it names."""

    left: int
    right: int
    near: int
    label: int
    head_gap: int
    decay_chars: float
    clause: float
    sentence: float
    previous_sentence: float
    head: float
    min_score: float
    change_words: int
    plan_words: int
    plan_detail_openers: int
    plans_after_subject: int
    detail_openers: int
    not_a_plan_before: int
    plan_measured_before: int
    not_a_plan_after: int  # `được giao quản lý 95 CĐCS`: assigned to manage, no target
    result_words: int
    done_words: int
    total_openers: int
    summary_openers: int
    target_words: int
    resolution_plans: int  # list id: `(NQ: 30 CĐCS)`, a plan after its colon only
    pledge_words: int  # list id: a pledge, its figure a few words on, the target of a result after
    pledges_of_others: re.Pattern[str]  # `mỗi`, `năm trước`, a year: between, the pledge not its
    short_of_plan: re.Pattern[str]  # `chưa đạt 10 căn như đăng ký`: group 1, the plan's figure
    short_of_plan_changes: str  # `tăng`: a change told between the result and that plan
    short_of_plan_links: str  # `nhưng`: a connective before it
    head_modifiers: int
    generic_heads: int
    times_heads: int
    shared_noun_deeds: tuple[int, ...]  # one list per family of deeds
    other_nouns: int
    label_links: tuple[str, ...]
    series_links: tuple[str, ...]
    bare_links: tuple[str, ...]
    bare_label_tails: tuple[str, ...]
    bare_label_heads: tuple[str, ...]
    located_words: frozenset[str]
    money_labels: tuple[str, ...]
    copula: tuple[str, ...]
    plan_label_heads: int
    card_links: tuple[str, ...]
    money_links: tuple[str, ...]
    money_words_not_named: tuple[str, ...]  # no words naming what a total paid for
    rate_links: tuple[str, ...]
    windows: dict[str, int]
    individuals: int
    subject_pronouns: int
    receivers: int
    received: int
    received_amounts: int
    subject_openers: int
    for_whom: int
    for_whom_before: int
    subgroup_bodies: int
    subgroup_shadows: int  # `anh chị em`: everyone, no `chị em` breakdown
    cue_shadows: int
    aside_openers: int  # `(kể cả tiền thưởng)`: an aside naming what a figure counts in
    name_before_quote: tuple[str, ...]  # `Chương trình “...”`: a name, however long
    place_not_subject: int  # `tại Sóc Trăng`: a place, not the doer
    own_place_leads: tuple[str, ...]  # `toàn huyện X`: the report's own district in a roundup
    rate_subjects: int  # list id: words that open another figure's subject (`tỷ lệ`)
    noun_pairs: int  # list id: `đoàn viên, người lao động`: one noun, its comma no clause's end
    before_merger: int  # `Trước hợp nhất, LĐLĐ tỉnh X`: the bodies a merger replaced
    former_mark: int  # `LĐLĐ tỉnh X (cũ)`
    former_not: int  # `(bao gồm cả khu vực X cũ)`, `trên cơ sở LĐLĐ X (cũ)`: no former body's
    former_together: int  # `LĐLĐ hai tỉnh`
    merged_since: int  # `Sau hợp nhất`: ... and the merged body again
    share_units: int  # `15/15 đơn vị`: bodies whose share held a conference
    share_conferences: int  # ... the conference named in the sentence
    share_instructed: int  # ... not units told to hold one (`chỉ đạo 45/50 đơn vị`)
    named_persons: int
    named_by_trade: tuple[str, ...]  # of `named_persons`: a name after them has a family name
    named_sources: tuple[str, ...]  # of `named_persons`: they name sources too; no pause after
    person_blockers: int
    subject_blockers: int
    first_person: int
    speaker_frames: int  # `tôi ghi nhận`, `tôi xin báo cáo`: a speaker on the body's figures
    recap_openers: int  # `Tóm lại,`: a sentence that sums up what the text told, rounded
    one_of_a_kind: int  # `một bài viết`: after these nouns a bare `một` is "a", not a figure
    one_told_after: int  # `từng tham gia một buổi`: after these a bare `một` is "a"
    stock_indicators: tuple[str, ...]
    coverage_indicators: tuple[str, ...]  # `x/y` after a stock's link and a rate: a share
    turn_nouns: tuple[str, ...]
    population_subgroups: dict[str, tuple[str, ...]]
    awards_from_above: tuple[str, ...]  # indicators the body above always awards
    union_name_heads: int  # list id: words that open a union's name before another body's
    parent_links: int  # list id: words naming the body a union belongs to (`trực thuộc`)
    policy_of: int  # list id: a policy whose author follows (`chính sách hỗ trợ của`)
    legal_acts: int  # list id: an act named by its number, its author after `của`
    compared_places: int  # list id: a place compared with, its figure its own
    rank_words: int  # list id: a ranking among others before the whole country's name
    group_head_roles: int  # list id: `làm Trưởng khối` after a body: the group's head, no doer
    award_givers: int  # list id: that body's names
    admitted_by_the_party: tuple[str, ...]  # indicators only the Party admits (or considers)
    party_admitters: int  # list id: the Party's committees and cells
    party_own_members: int  # list id: the Party's own members, counted as such
    party_own_unless: int  # list id: ... unless named the union's after them
    subgroup_indicators: dict[str, tuple[str, ...]]
    sector_parts: tuple[tuple[str, int], ...]  # (subgroup, list id): a part's own noun
    # (subgroup, list id): words naming that sector in the label of a pair's other figure
    sector_pair_labels: tuple[tuple[str, int], ...]
    sector_pair_shadows: int  # phrases a sector's label word stands in that name no sector
    sector_pair_whole: int  # list id: ... unless its label names the whole (`toàn tỉnh`)
    raised_totals: int
    list_connectors: tuple[str, ...]
    purpose_words: int
    total_money_words: int
    money_of: dict[str, str]
    money_of_mixed: str
    event_totals: int  # list id: what a total's money names when it is a whole programme's
    programme_money_of: dict[str, str]  # a programme of one kind: its money's indicator
    ranges_per_head: tuple[str, ...]
    least_share_of_a_total: float
    part_words: int
    part_lead_ins: int  # `Trong số đoàn viên mới, có ...`: a lead-in naming the whole
    lead_in_deeds: int  # the words a lead-in names a deed's whole by (`mới`, `kết nạp`)
    women_counted: int  # women counted by a word right after the figure (`521 chị`)
    higher_scopes: int  # the whole a body above the report's tells of (`toàn thành phố`)
    share_ends: int
    other_org_words: int
    higher_body_words: dict[str, int]
    higher_body_names: dict[str, int]
    own_body_names: dict[str, int]
    own_system_words: dict[str, int]
    federation_names: int
    partner_words: int
    partner_lists: int
    partner_list_breaks: int
    won_over_givers: int  # sponsors, the union's resources when it won them over (`won_over`)
    won_over_by: int
    joined_union: int
    joined_union_means: str
    with_a_union: int
    with_a_union_means: str
    with_a_union_founded: int
    one_gift_each: OneGiftEach
    one_house_each: OneHouseEach
    house_money: HouseMoney
    wage: Wage
    respective: Respective
    attribution: Attribution
    public_relief: PublicRelief
    lower_body_reach: int
    lower_body_own: int
    donated_to: int
    paid_by_others: int  # `1,1 tỉ đồng do công ty chi trả`: the employer's money
    roundup_openers: int
    roundup_also: int
    same_people: int
    plan_headings: tuple[str, ...]
    plan_headings_ahead: tuple[str, ...]  # plans when the heading names a later year
    plan_headings_registered: tuple[str, ...]  # ... or says they are registered (`ĐĂNG KÝ`)
    plan_headings_not: tuple[str, ...]  # phrases holding a plan word that name no plan
    appendix_headings: tuple[str, ...]
    total_rows: tuple[str, ...]
    label_headers: tuple[str, ...]
    own_again_words: int
    scope_openers: int  # `Trên phạm vi cả nước, ...` opening a sentence: the nation's figures
    scope_turns: int  # ... its subject's clause handed to another (`thì`, `tỉnh`)
    breakdown_ends: int  # the whole named again after a breakdown that opened a sentence
    part_deeds: int  # what a part named after `trong đó` did next, past a comma or `và`
    sector_subgroups: tuple[str, ...]  # the subgroups that are sectors of the economy
    province_scope_openers: int  # `Toàn tỉnh hiện có ...` in a lower body's report
    set_against: int  # `chiếm`, `cao hơn`: a clause setting a figure against the province's
    ratings: int  # `56/64 CĐCS ... vững mạnh`: those rated out of all, the second the stock
    sum_words: int  # `cộng 6 tháng: 155 đoàn viên`: the sum of the figures told before it
    list_opens: re.Pattern[str]  # `gồm`: a clause listing the parts of a count of unions
    list_goes_on: re.Pattern[str]  # `, Công đoàn ...` after a figure: another part follows
    its_members_between: re.Pattern[str]  # `có 620 hội viên với`: an association's own members
    foreign_subjects: int
    union_bodies: int
    employer_subjects: int
    employer_has: int
    employer_gives: int  # `công ty cũng hỗ trợ ...`: the employer, unnamed, giving
    employer_leads: tuple[str, ...]  # `các`, `phía`: words before the employer's word
    union_boards: tuple[str, ...]  # `ban chấp hành`: a union's board before its name
    result_headings: tuple[str, ...]
    subgroup_openers: int
    change_from: int
    change_to: int
    request_words: int
    request_addressees: int
    change_verbs: int
    change_to_alone: int
    workforce_pair_links: int
    coverage_links: int  # `có 71/104 doanh nghiệp ..., đạt 68,3%`: a share of units, no plan
    series_separators: tuple[str, ...]
    label_carriers: tuple[str, ...]
    running_totals: tuple[str, ...]
    caption_rest: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BeforeRule:
    """A never rule: phrases right before a number (see never.yaml)."""

    reason: str
    words: int
    gap: int  # -1: only filler (spaces, `số`, `:`, an opening quote) between
    number: re.Pattern[str] | None
    unless_after: int | None
    unless_unit: frozenset[str] = frozenset()  # a figure in these units is a quantity after all
    unless_led_by: int = -1  # list id: not when one of these leads the phrase, in its clause
    unless_between: int = -1  # list id: not when one of these stands between it and the number


@dataclass(frozen=True, slots=True)
class AfterRule:
    reason: str
    words: int
    gap: re.Pattern[str]
    unless_before: int = -1  # list id: not when one of these stands right before the number
    unless_led_by: int = -1  # list id: not when one of these stands before it in its clause


# A `prefix_far` rule: (cue, pattern, reason, the smallest and the largest value it holds for)
FarRule = tuple[str, re.Pattern[str], str, float, float]


@dataclass(frozen=True)
class Never:
    """The never-an-observation rules, compiled for one lookup per number."""

    shapes: re.Pattern[str] | None  # one alternation, a named group per reason
    shapes_cased: re.Pattern[str] | None  # the same for shapes that need the original case
    before: tuple[BeforeRule, ...]
    after: tuple[AfterRule, ...]
    prefix: re.Pattern[str] | None
    shape_reasons: dict[str, str] = field(default_factory=dict)
    # `prefix_far`: text up to PREFIX_FAR characters before the number, tried only when its
    # `cue` (a literal the pattern holds) stands there: `một phần quà gồm ... 200.000 đồng`
    prefix_far: tuple[FarRule, ...] = ()


# The windows the extractor's rules read from `scoring.windows` (characters).
WINDOWS = (
    "left", "right", "near", "label", "head_gap", "target_after", "target_before", "parts_colon",
    "pair", "sector_pair", "pledge_before",
    "list_gap", "list_aside", "stock_word", "total_money", "part", "bracket", "bracket_reach",
    "individual",
    "other_org",
    "subgroup_after", "quote", "tail_noun", "series_label", "line_label", "line_label_clause",
    "row_label", "list_heading_lines", "noun_pair", "never_led_by", "never_led_by_after",
)  # fmt: skip
COLUMN_ROLES = ("index", "unit", "plan", "done", "ratio", "compare")


@dataclass(frozen=True, eq=False)  # one per process: compared and hashed by identity
class Catalogue:
    indicators: tuple[Indicator, ...]
    subgroups: tuple[tuple[str, int], ...]
    scoring: Scoring
    columns: dict[str, frozenset[str]]
    never: Never
    lexicon: Lexicon
    words: dict[str, tuple[str, ...]]
    counted: tuple[Indicator, ...] = ()  # count and persons indicators: read by counted noun


class _Builder:
    """Expands `@name` references and registers every phrase list in one lexicon."""

    def __init__(self, words: dict[str, Any]) -> None:
        self.lexicon = Lexicon()
        self.named: dict[str, tuple[str, ...]] = {}
        for name, raw in (words or {}).items():
            self.named[name] = self._phrases(raw, f"words.{name}", expand=False)

    def _phrases(self, raw: Any, where: str, expand: bool = True) -> tuple[str, ...]:
        if isinstance(raw, str):
            raw = [raw]
        if not isinstance(raw, list) or not raw:
            raise CatalogueError(f"{where}: expected a non-empty list of phrases")
        out: list[str] = []
        for item in raw:
            if not isinstance(item, str) or not item.strip():
                raise CatalogueError(f"{where}: {item!r} is not a phrase")
            if item.startswith("@"):
                if not expand or item[1:] not in self.named:
                    raise CatalogueError(f"{where}: unknown word list {item!r}")
                out.extend(self.named[item[1:]])
                continue
            phrase = " ".join(item.split())
            if phrase != phrase.lower():
                raise CatalogueError(f"{where}: phrase {item!r} must be lower case")
            out.append(phrase)
        return tuple(dict.fromkeys(out))

    def words(self, raw: Any, where: str) -> int:
        return self.lexicon.add(self._phrases(raw, where))

    def plain(self, raw: Any, where: str) -> tuple[str, ...]:
        """A checked phrase list read as it is, not looked up in the scan."""
        return self._phrases(raw, where)

    def condition(self, raw: Any, where: str) -> Condition:
        if not isinstance(raw, dict):
            raise CatalogueError(
                f"{where}: expected a mapping such as {{before: [...], within: N}}"
            )
        unknown = set(raw) - {
            "before", "after", "label", "caption", "unit", "within", "scope", "stop",
            "across_numbers", "unless_right_before", "unless_right_after", "unless_between",
            "unless_led_by", "unless_in_sentence", "opens",
        }  # fmt: skip
        if unknown:
            raise CatalogueError(f"{where}: unknown keys {sorted(unknown)}")
        scope = raw.get("scope", "clause")
        if scope not in SCOPES:
            raise CatalogueError(f"{where}: scope {scope!r} not in {SCOPES}")
        within = raw.get("within", 0)
        if not isinstance(within, int) or within < 0:
            raise CatalogueError(f"{where}: within must be a whole number of characters")
        stop = raw.get("stop", "")
        if raw.get("label"):
            return Condition("label", -1)
        if raw.get("caption"):
            return Condition("caption", -1)
        if "unit" in raw:
            if raw["unit"] not in UNITS:
                raise CatalogueError(f"{where}: unit {raw['unit']!r} not in {UNITS}")
            return Condition("unit", -1, unit=raw["unit"])
        sides = [s for s in ("before", "after") if s in raw]
        if len(sides) != 1:
            raise CatalogueError(f"{where}: give exactly one of before, after, label or unit")
        side = sides[0]
        unless = raw.get("unless_right_before")
        unless_after = raw.get("unless_right_after")
        between = raw.get("unless_between")
        led_by = raw.get("unless_led_by")
        in_sentence = raw.get("unless_in_sentence")
        if led_by is not None and side != "before":
            raise CatalogueError(f"{where}: unless_led_by goes with before, not {side}")
        if in_sentence is not None and side not in ("before", "after"):
            raise CatalogueError(f"{where}: unless_in_sentence goes with before, after: {side}")
        if raw.get("opens") and side != "before":
            raise CatalogueError(f"{where}: opens goes with before, not {side}")
        return Condition(
            side,
            self.words(raw[side], f"{where}.{side}"),
            within,
            scope,
            stop,
            bool(raw.get("across_numbers", False)),
            unless_right_before=-1 if unless is None else self.words(unless, f"{where}.unless"),
            unless_right_after=(
                -1 if unless_after is None else self.words(unless_after, f"{where}.unless_after")
            ),
            unless_between=-1 if between is None else self.words(between, f"{where}.between"),
            unless_led_by=-1 if led_by is None else self.words(led_by, f"{where}.led_by"),
            unless_in_sentence=(
                -1 if in_sentence is None else self.words(in_sentence, f"{where}.in_sentence")
            ),
            opens=bool(raw.get("opens", False)),
        )

    def conditions(self, raw: Any, where: str) -> tuple[tuple[Condition, ...], ...]:
        """A list of conditions; an item that is itself a list holds when all of its do."""
        if raw is None:
            return ()
        if not isinstance(raw, list):
            raise CatalogueError(f"{where}: expected a list of conditions")
        return tuple(
            tuple(self.condition(c, f"{where}[{i}][{j}]") for j, c in enumerate(item))
            if isinstance(item, list)
            else (self.condition(item, f"{where}[{i}]"),)
            for i, item in enumerate(raw)
        )


def _spaced(b: _Builder, raw: dict[str, Any], key: str, block: str = "") -> str:
    """The phrases of `scoring.<block>.<key>` (`scoring.<key>` without a block) as one
    alternation, any spaces between words."""
    return spaced_alternation(b.plain(raw[key], ".".join(filter(None, ("scoring", block, key)))))


def _number(value: Any, where: str) -> float:
    """`value` as a number, or a CatalogueError naming `where` (`weight: 'một'`, `'3'`)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise CatalogueError(f"{where}: expected a number, got {value!r}")
    return float(value)


def _indicator(raw: dict[str, Any], b: _Builder) -> Indicator:
    code = raw.get("code")
    if not isinstance(code, str) or not re.fullmatch(r"[a-z_]+", code):
        raise CatalogueError(f"indicator {code!r}: code must be lower_snake_case")
    for key in ("label_vi", "unit", "plausible", "examples"):
        if key not in raw:
            raise CatalogueError(f"indicator {code}: missing {key}")
    unknown = set(raw) - {
        "code", "label_vi", "unit", "plausible", "examples", "heads", "cues", "requires", "vetoes"
    }  # fmt: skip
    if unknown:
        raise CatalogueError(f"indicator {code}: unknown fields {sorted(unknown)}")
    if raw["unit"] not in UNITS:
        raise CatalogueError(f"indicator {code}: unit {raw['unit']!r} not in {UNITS}")
    plausible = raw["plausible"]
    if not isinstance(plausible, list) or len(plausible) != 2:
        raise CatalogueError(f"indicator {code}: plausible must be [lowest, highest]")
    low, high = (_number(v, f"indicator {code}: plausible") for v in plausible)
    if not low <= high:
        raise CatalogueError(f"indicator {code}: plausible range {low}..{high} is empty")
    heads = raw.get("heads")
    if raw["unit"] in COUNTED_UNITS and not heads:
        raise CatalogueError(f"indicator {code}: count and persons indicators need heads")
    cues = []
    for i, cue in enumerate(raw.get("cues") or []):
        if not isinstance(cue, dict) or "words" not in cue:
            raise CatalogueError(
                f"indicator {code}.cues[{i}]: expected {{words: [...], weight: w}}"
            )
        weight = _number(cue.get("weight", 1), f"indicator {code}.cues[{i}].weight")
        cues.append((b.words(cue["words"], f"{code}.cues[{i}]"), weight))
    return Indicator(
        code=code,
        label_vi=raw["label_vi"],
        unit=raw["unit"],
        plausible=(float(low), float(high)),
        heads=b.words(heads, f"{code}.heads") if heads else None,
        cues=tuple(cues),
        requires=b.conditions(raw.get("requires"), f"{code}.requires"),
        vetoes=tuple(
            tuple(replace(c, veto=True) for c in group)
            for group in b.conditions(raw.get("vetoes"), f"{code}.vetoes")
        ),
        examples=tuple(raw["examples"]),
    )


def _scoring(raw: dict[str, Any], b: _Builder) -> Scoring:
    windows = raw.get("windows") or {}
    weights = raw.get("weights") or {}
    missing = set(WINDOWS) - set(windows)
    if missing:
        raise CatalogueError(f"scoring.windows: missing {sorted(missing)}")
    for name, value in windows.items():
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise CatalogueError(
                f"scoring.windows.{name}: expected a whole number of characters, got {value!r}"
            )
    for name, value in weights.items():
        _number(value, f"scoring.weights.{name}")
    try:
        return Scoring(
            left=int(windows["left"]),
            right=int(windows["right"]),
            near=int(windows["near"]),
            label=int(windows["label"]),
            head_gap=int(windows["head_gap"]),
            decay_chars=float(weights["decay_chars"]),
            clause=float(weights["clause"]),
            sentence=float(weights["sentence"]),
            previous_sentence=float(weights["previous_sentence"]),
            head=float(weights["head"]),
            min_score=float(weights["min_score"]),
            change_words=b.words(raw["change_words"], "scoring.change_words"),
            plan_words=b.words(raw["plan_words"], "scoring.plan_words"),
            plan_detail_openers=b.words(raw["plan_detail_openers"], "scoring.plan_detail_openers"),
            plans_after_subject=b.words(raw["plans_after_subject"], "scoring.plans_after_subject"),
            detail_openers=b.words(raw["detail_openers"], "scoring.detail_openers"),
            not_a_plan_before=b.words(raw["not_a_plan_before"], "scoring.not_a_plan_before"),
            plan_measured_before=b.words(
                raw["plan_measured_before"], "scoring.plan_measured_before"
            ),
            not_a_plan_after=b.words(raw["not_a_plan_after"], "scoring.not_a_plan_after"),
            result_words=b.words(raw["result_words"], "scoring.result_words"),
            done_words=b.words(raw["done_words"], "scoring.done_words"),
            total_openers=b.words(raw["total_openers"], "scoring.total_openers"),
            summary_openers=b.words(raw["summary_openers"], "scoring.summary_openers"),
            target_words=b.words(raw["target_words"], "scoring.target_words"),
            resolution_plans=b.words(raw["resolution_plans"], "scoring.resolution_plans"),
            pledge_words=b.words(raw["pledge_words"], "scoring.pledge_words"),
            pledges_of_others=re.compile(
                rf"\b(?:{_spaced(b, raw, 'pledges_of_others')}|(?:19|20)\d\d)\b"
            ),
            short_of_plan_changes=_spaced(b, raw["short_of_plan"], "changes", "short_of_plan"),
            short_of_plan_links=_spaced(b, raw["short_of_plan"], "links", "short_of_plan"),
            short_of_plan=re.compile(
                rf"\b(?:{_spaced(b, raw['short_of_plan'], 'verbs', 'short_of_plan')})"
                r"(?:\s+(?:được|mức|tới|đến|con\s+số))*\s+(\d[\d.,]*)[^.;:!?,\n\d]{0,60}?\s(?:như|theo)\s+"
                rf"(?:{_spaced(b, raw['short_of_plan'], 'plans', 'short_of_plan')})\b"
            ),
            head_modifiers=b.words(raw["head_modifiers"], "scoring.head_modifiers"),
            generic_heads=b.words(raw["generic_heads"], "scoring.generic_heads"),
            times_heads=b.words(raw["times_heads"], "scoring.times_heads"),
            shared_noun_deeds=tuple(
                b.words(deeds, f"scoring.shared_noun_deeds.{family}")
                for family, deeds in raw["shared_noun_deeds"].items()
            ),
            other_nouns=b.words(raw["other_nouns"], "scoring.other_nouns"),
            label_links=tuple(str(x) for x in raw["label_links"]),
            series_links=tuple(str(x) for x in raw["series_links"]),
            bare_links=tuple(str(x) for x in raw["bare_links"]),
            bare_label_tails=tuple(str(x) for x in raw["bare_label_tails"]),
            bare_label_heads=tuple(str(x) for x in raw["bare_label_heads"]),
            located_words=frozenset(str(x) for x in raw["located_words"]),
            money_labels=b.plain(raw["money_labels"], "scoring.money_labels"),
            copula=tuple(str(x) for x in raw["copula"]),
            plan_label_heads=b.words(raw["plan_label_heads"], "scoring.plan_label_heads"),
            card_links=tuple(str(x) for x in raw["card_links"]),
            money_links=tuple(str(x) for x in raw["money_links"]),
            money_words_not_named=tuple(str(x) for x in raw["money_words_not_named"]),
            rate_links=tuple(str(x) for x in raw["rate_links"]),
            windows={str(k): int(v) for k, v in windows.items()},
            individuals=b.words(raw["individuals"], "scoring.individuals"),
            subject_pronouns=b.words(raw["subject_pronouns"], "scoring.subject_pronouns"),
            receivers=b.words(raw["receivers"], "scoring.receivers"),
            received=b.words(raw["received"], "scoring.received"),
            received_amounts=b.words(raw["received_amounts"], "scoring.received_amounts"),
            subject_openers=b.words(raw["subject_openers"], "scoring.subject_openers"),
            for_whom=b.words(raw["for_whom"], "scoring.for_whom"),
            for_whom_before=b.words(raw["for_whom_before"], "scoring.for_whom_before"),
            subgroup_bodies=b.words(raw["subgroup_bodies"], "scoring.subgroup_bodies"),
            subgroup_shadows=b.words(raw["subgroup_shadows"], "scoring.subgroup_shadows"),
            cue_shadows=b.words(raw["cue_shadows"], "scoring.cue_shadows"),
            aside_openers=b.words(raw["aside_openers"], "scoring.aside_openers"),
            name_before_quote=tuple(str(x).lower() for x in raw["name_before_quote"]),
            place_not_subject=b.words(raw["place_not_subject"], "scoring.place_not_subject"),
            own_place_leads=tuple(str(x).lower() for x in raw["own_place_leads"]),
            rate_subjects=b.words(raw["rate_subjects"], "scoring.rate_subjects"),
            noun_pairs=b.words(raw["noun_pairs"], "scoring.noun_pairs"),
            before_merger=b.words(raw["before_merger"], "scoring.before_merger"),
            former_mark=b.words(raw["former_mark"], "scoring.former_mark"),
            former_not=b.words(raw["former_not"], "scoring.former_not"),
            former_together=b.words(raw["former_together"], "scoring.former_together"),
            merged_since=b.words(raw["merged_since"], "scoring.merged_since"),
            share_units=b.words(raw["share_units"], "scoring.share_units"),
            share_conferences=b.words(raw["share_conferences"], "scoring.share_conferences"),
            share_instructed=b.words(raw["share_instructed"], "scoring.share_instructed"),
            named_persons=b.words(raw["named_persons"], "scoring.named_persons"),
            named_sources=tuple(str(x) for x in raw["named_sources"]),
            named_by_trade=tuple(raw["named_by_trade"]),
            person_blockers=b.words(raw["person_blockers"], "scoring.person_blockers"),
            subject_blockers=b.words(raw["subject_blockers"], "scoring.subject_blockers"),
            first_person=b.words(raw["first_person"], "scoring.first_person"),
            speaker_frames=b.words(raw["speaker_frames"], "scoring.speaker_frames"),
            recap_openers=b.words(raw["recap_openers"], "scoring.recap_openers"),
            one_of_a_kind=b.words(raw["one_of_a_kind"], "scoring.one_of_a_kind"),
            one_told_after=b.words(raw["one_told_after"], "scoring.one_told_after"),
            stock_indicators=tuple(raw["stock_indicators"]),
            coverage_indicators=tuple(raw["coverage_indicators"]),
            turn_nouns=tuple(str(x) for x in raw["turn_nouns"]),
            raised_totals=b.words(raw["raised_totals"], "scoring.raised_totals"),
            population_subgroups={
                str(code): tuple(str(g) for g in groups)
                for code, groups in (raw.get("population_subgroups") or {}).items()
            },
            sector_parts=tuple(
                (str(group), b.words(words, f"scoring.sector_parts.{group}"))
                for group, words in (raw.get("sector_parts") or {}).items()
            ),
            sector_pair_whole=b.words(raw["sector_pair_whole"], "scoring.sector_pair_whole"),
            sector_pair_shadows=b.words(raw["sector_pair_shadows"], "scoring.sector_pair_shadows"),
            sector_pair_labels=tuple(
                (str(group), b.words(words, f"scoring.sector_pair_labels.{group}"))
                for group, words in (raw.get("sector_pair_labels") or {}).items()
            ),
            subgroup_indicators={
                str(group): tuple(str(c) for c in codes)
                for group, codes in (raw.get("subgroup_indicators") or {}).items()
            },
            list_connectors=tuple(str(x) for x in raw["list_connectors"]),
            purpose_words=b.words(raw["purpose_words"], "scoring.purpose_words"),
            total_money_words=b.words(raw["total_money_words"], "scoring.total_money_words"),
            money_of=dict(raw["money_of"]),
            money_of_mixed=str(raw["money_of_mixed"]),
            event_totals=b.words(raw["event_totals"], "scoring.event_totals"),
            programme_money_of=dict(raw["programme_money_of"]),
            ranges_per_head=tuple(str(c) for c in raw["ranges_per_head"]),
            least_share_of_a_total=float(raw["least_share_of_a_total"]),
            part_words=b.words(raw["part_words"], "scoring.part_words"),
            part_lead_ins=b.words(raw["part_lead_ins"], "scoring.part_lead_ins"),
            lead_in_deeds=b.words(raw["lead_in_deeds"], "scoring.lead_in_deeds"),
            women_counted=b.words(raw["women_counted"], "scoring.women_counted"),
            higher_scopes=b.words(raw["higher_scopes"], "scoring.higher_scopes"),
            share_ends=b.words(raw["share_ends"], "scoring.share_ends"),
            other_org_words=b.words(raw["other_org_words"], "scoring.other_org_words"),
            awards_from_above=tuple(str(c) for c in raw["awards_from_above"]["indicators"]),
            union_name_heads=b.words(raw["union_name_heads"], "scoring.union_name_heads"),
            parent_links=b.words(raw["parent_links"], "scoring.parent_links"),
            policy_of=b.words(raw["policy_of"], "scoring.policy_of"),
            legal_acts=b.words(raw["legal_acts"], "scoring.legal_acts"),
            compared_places=b.words(raw["compared_places"], "scoring.compared_places"),
            rank_words=b.words(raw["rank_words"], "scoring.rank_words"),
            group_head_roles=b.words(raw["group_head_roles"], "scoring.group_head_roles"),
            award_givers=b.words(raw["awards_from_above"]["givers"], "scoring.awards_from_above"),
            admitted_by_the_party=tuple(str(c) for c in raw["admitted_by_the_party"]["indicators"]),
            party_admitters=b.words(
                raw["admitted_by_the_party"]["admitters"], "scoring.admitted_by_the_party"
            ),
            party_own_members=b.words(
                raw["admitted_by_the_party"]["own_members"], "scoring.admitted_by_the_party"
            ),
            party_own_unless=b.words(
                raw["admitted_by_the_party"]["own_members_unless"], "scoring.admitted_by_the_party"
            ),
            higher_body_words={
                str(level): b.words(words, f"scoring.higher_body_words.{level}")
                for level, words in (raw.get("higher_body_words") or {}).items()
            },
            higher_body_names={
                str(level): b.words(words, f"scoring.higher_body_names.{level}")
                for level, words in (raw.get("higher_body_names") or {}).items()
            },
            own_body_names={
                str(level): b.words(words, f"scoring.own_body_names.{level}")
                for level, words in (raw.get("own_body_names") or {}).items()
            },
            own_system_words={
                str(level): b.words(words, f"scoring.own_system_words.{level}")
                for level, words in (raw.get("own_system_words") or {}).items()
            },
            federation_names=b.words(raw["federation_names"], "scoring.federation_names"),
            partner_words=b.words(raw["partner_words"], "scoring.partner_words"),
            partner_lists=b.words(raw["partner_lists"]["words"], "scoring.partner_lists.words"),
            partner_list_breaks=b.words(
                raw["partner_lists"]["not_between"], "scoring.partner_lists.not_between"
            ),
            won_over_givers=b.words(raw["won_over"]["givers"], "scoring.won_over.givers"),
            won_over_by=b.words(raw["won_over"]["by"], "scoring.won_over.by"),
            joined_union=b.words(raw["joined_union"], "scoring.joined_union"),
            joined_union_means=str(raw["joined_union_means"]),
            with_a_union=b.words(raw["with_a_union"], "scoring.with_a_union"),
            with_a_union_means=str(raw["with_a_union_means"]),
            with_a_union_founded=b.words(
                raw["with_a_union_founded"], "scoring.with_a_union_founded"
            ),
            same_people=b.words(raw["same_people"], "scoring.same_people"),
            lower_body_reach=int(raw["lower_body"]["reach"]),
            lower_body_own=b.words(raw["lower_body"]["own"], "scoring.lower_body.own"),
            donated_to=b.words(raw["donated_to"], "scoring.donated_to"),
            paid_by_others=b.words(raw["paid_by_others"], "scoring.paid_by_others"),
            roundup_openers=b.words(raw["lower_body"]["openers"], "scoring.lower_body.openers"),
            roundup_also=b.words(raw["lower_body"]["also"], "scoring.lower_body.also"),
            public_relief=PublicRelief(
                indicators=tuple(str(c) for c in raw["public_relief"]["indicators"]),
                public=b.words(raw["public_relief"]["public"], "scoring.public_relief.public"),
                people=b.words(raw["public_relief"]["people"], "scoring.public_relief.people"),
                own=b.words(raw["public_relief"]["own"], "scoring.public_relief.own"),
                not_after=tuple(f"{w} " for w in raw["public_relief"]["not_after"]),
                gives=b.words(raw["public_relief"]["gives"], "scoring.public_relief.gives"),
            ),
            attribution=Attribution(
                openers=b.words(raw["attribution"]["openers"], "scoring.attribution.openers"),
                sources=b.words(raw["attribution"]["sources"], "scoring.attribution.sources"),
                said=b.words(raw["attribution"]["said"], "scoring.attribution.said"),
                union=b.words(raw["attribution"]["union"], "scoring.attribution.union"),
                within=int(raw["attribution"]["within"]),
                officers=b.words(raw["attribution"]["officers"], "scoring.attribution.officers"),
                connectives=b.words(
                    raw["attribution"]["connectives"], "scoring.attribution.connectives"
                ),
                said_colon=re.compile(
                    rf"\b(?:{_spaced(b, raw['attribution'], 'said_colon', 'attribution')})\s*:"
                ),
            ),
            one_gift_each=OneGiftEach(
                each=b.words(raw["one_gift_each"]["each"], "scoring.one_gift_each.each"),
                linking=b.words(raw["one_gift_each"]["linking"], "scoring.one_gift_each.linking"),
                gift=b.words(raw["one_gift_each"]["gift"], "scoring.one_gift_each.gift"),
                within=int(raw["one_gift_each"]["within"]),
                children=b.words(
                    raw["one_gift_each"]["children"], "scoring.one_gift_each.children"
                ),
                gift_deeds=b.words(
                    raw["one_gift_each"]["gift_deeds"], "scoring.one_gift_each.gift_deeds"
                ),
                other_care=b.words(
                    raw["one_gift_each"]["other_care"], "scoring.one_gift_each.other_care"
                ),
                deed_within=int(raw["one_gift_each"]["deed_within"]),
                portion=b.words(raw["one_gift_each"]["portion"], "scoring.one_gift_each.portion"),
                means=str(raw["one_gift_each"]["means"]),
                instead_of=tuple(str(c) for c in raw["one_gift_each"]["instead_of"]),
            ),
            wage=Wage(
                indicator=str(raw["wage"]["indicator"]),
                wage_words=b.words(raw["wage"]["wage_words"], "scoring.wage.wage_words"),
                income_words=b.words(raw["wage"]["income_words"], "scoring.wage.income_words"),
            ),
            respective=Respective(
                words=b.words(raw["respective"]["words"], "scoring.respective.words"),
                lead_words=int(raw["respective"]["lead_words"]),
                changes=b.words(raw["respective"]["changes"], "scoring.respective.changes"),
                unnamed_groups=b.words(
                    raw["respective"]["unnamed_groups"], "scoring.respective.unnamed_groups"
                ),
                level_word=re.compile(
                    rf"\b(?:{_spaced(b, raw['respective'], 'levels', 'respective')})\b"
                ),
                compared_before=re.compile(
                    rf"\b(?:{_spaced(b, raw['respective'], 'compared', 'respective')})"
                    r"(?:\s+(?:các\s+)?năm)?\s*$"
                ),
            ),
            one_house_each=OneHouseEach(
                house=b.words(raw["one_house_each"]["house"], "scoring.one_house_each.house"),
                given=b.words(raw["one_house_each"]["given"], "scoring.one_house_each.given"),
                built=b.words(raw["one_house_each"]["built"], "scoring.one_house_each.built"),
                within=int(raw["one_house_each"]["within"]),
                means=str(raw["one_house_each"]["means"]),
                instead_of=tuple(str(c) for c in raw["one_house_each"]["instead_of"]),
                undone=b.words(raw["one_house_each"]["undone"], "scoring.one_house_each.undone"),
                helpers=b.words(raw["one_house_each"]["helpers"], "scoring.one_house_each.helpers"),
                others=b.words(raw["one_house_each"]["others"], "scoring.one_house_each.others"),
            ),
            house_money=HouseMoney(
                house=b.words(raw["house_money"]["house"], "scoring.house_money.house"),
                other_care=b.words(
                    raw["house_money"]["other_care"], "scoring.house_money.other_care"
                ),
                fund=b.words(raw["house_money"]["fund"], "scoring.house_money.fund"),
                within=int(raw["house_money"]["within"]),
                from_fund=int(raw["house_money"]["from_fund"]),
                built=b.words(raw["house_money"]["built"], "scoring.house_money.built"),
                built_after=int(raw["house_money"]["built_after"]),
                totals=b.words(raw["house_money"]["totals"], "scoring.house_money.totals"),
                cost=b.words(raw["house_money"]["cost"], "scoring.house_money.cost"),
                subjects=b.words(raw["house_money"]["subjects"], "scoring.house_money.subjects"),
                means=str(raw["house_money"]["means"]),
                instead_of=tuple(str(c) for c in raw["house_money"]["instead_of"]),
            ),
            plan_headings=tuple(str(x).lower() for x in raw["plan_headings"]),
            plan_headings_ahead=tuple(str(x).lower() for x in raw["plan_headings_ahead"]),
            plan_headings_registered=tuple(str(x).lower() for x in raw["plan_headings_registered"]),
            plan_headings_not=tuple(str(x).lower() for x in raw.get("plan_headings_not", ())),
            appendix_headings=tuple(str(x).lower() for x in raw.get("appendix_headings", ())),
            total_rows=tuple(str(x).lower() for x in raw["total_rows"]),
            label_headers=tuple(str(x).lower() for x in raw["label_headers"]),
            own_again_words=b.words(raw["own_again_words"], "scoring.own_again_words"),
            scope_openers=b.words(raw["scope_openers"], "scoring.scope_openers"),
            scope_turns=b.words(raw["scope_turns"], "scoring.scope_turns"),
            breakdown_ends=b.words(raw["breakdown_ends"], "scoring.breakdown_ends"),
            part_deeds=b.words(raw["part_deeds"], "scoring.part_deeds"),
            sector_subgroups=tuple(str(g) for g in raw.get("sector_subgroups") or ()),
            set_against=b.words(raw["set_against"], "scoring.set_against"),
            ratings=b.words(raw["ratings"], "scoring.ratings"),
            sum_words=b.words(raw["sum_words"], "scoring.sum_words"),
            list_opens=re.compile(rf"\b(?:{_spaced(b, raw, 'list_opens')})\b"),
            list_goes_on=re.compile(
                r"[^.;\n]*?(?:,\s*(?:và\s+)?|\s+và\s+)"
                rf"(?:{_spaced(b, raw, 'list_parts')})\b"
            ),
            its_members_between=re.compile(
                r"[^\d]*?\b(?:có|gồm)\s+(?:gần|hơn|khoảng|trên)?\s*[\d.,]+\s+"
                rf"(?:{_spaced(b, raw, 'association_members')})\s+(?:với|và)\s+"
                r"(?:(?:gần|hơn|khoảng|trên|tổng\s+số)\s+)?"
            ),
            province_scope_openers=b.words(
                raw["province_scope_openers"], "scoring.province_scope_openers"
            ),
            foreign_subjects=b.words(raw["foreign_subjects"], "scoring.foreign_subjects"),
            union_bodies=b.words(raw["union_bodies"], "scoring.union_bodies"),
            employer_subjects=b.words(
                raw["employer_subjects"]["doers"], "scoring.employer_subjects.doers"
            ),
            employer_has=b.words(raw["employer_subjects"]["has"], "scoring.employer_subjects.has"),
            employer_gives=b.words(
                raw["employer_subjects"]["gives"], "scoring.employer_subjects.gives"
            ),
            employer_leads=tuple(str(x) for x in raw["employer_subjects"]["leads"]),
            union_boards=tuple(str(x) for x in raw["union_boards"]),
            result_headings=tuple(str(x).lower() for x in raw["result_headings"]),
            subgroup_openers=b.words(raw["subgroup_openers"], "scoring.subgroup_openers"),
            change_from=b.words(raw["change_from"], "scoring.change_from"),
            change_to=b.words(raw["change_to"], "scoring.change_to"),
            request_words=b.words(raw["request_words"]["words"], "scoring.request_words"),
            request_addressees=b.words(
                raw["request_words"]["addressees"], "scoring.request_words.addressees"
            ),
            change_verbs=b.words(raw["change_verbs"], "scoring.change_verbs"),
            change_to_alone=b.words(raw["change_to_alone"], "scoring.change_to_alone"),
            workforce_pair_links=b.words(
                raw["workforce_pair_links"], "scoring.workforce_pair_links"
            ),
            coverage_links=b.words(raw["coverage_links"], "scoring.coverage_links"),
            series_separators=tuple(str(x) for x in raw["series_separators"]),
            label_carriers=tuple(
                sorted((str(x) for x in raw["label_carriers"]), key=len, reverse=True)
            ),
            running_totals=tuple(
                sorted((str(x) for x in raw["running_totals"]), key=len, reverse=True)
            ),
            caption_rest=tuple(
                sorted((str(x) for x in raw["caption_rest"]), key=len, reverse=True)
            ),
        )
    except KeyError as exc:
        raise CatalogueError(f"scoring: missing {exc.args[0]}") from None


# The keys a never rule may hold (`before` and `after` items: their own).
_NEVER_KEYS: dict[str, tuple[str, ...]] = {
    "reason": (), "shapes": (), "prefix": (), "prefix_far": (),
    "before": (
        "words", "gap", "number", "unless_after", "unless_unit", "unless_led_by", "unless_between",
    ),
    "after": ("words", "gap", "unless_before", "unless_led_by"),
}  # fmt: skip


def _known_keys(raw: Any, known: Any, where: str) -> None:
    if not isinstance(raw, dict):
        raise CatalogueError(f"{where}: expected a mapping such as {{words: [...], gap: N}}")
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise CatalogueError(f"{where}: unknown keys {unknown} (the keys read: {', '.join(known)})")


def _optional_words(b: _Builder, item: dict[str, Any], key: str, where: str) -> int:
    """The list id of an optional phrase list of a never rule, or -1."""
    raw = item.get(key)
    return -1 if raw is None else b.words(raw, f"{where}.{key}")


def _never(raw: dict[str, Any], b: _Builder) -> Never:
    shapes: list[str] = []
    cased: list[str] = []
    reasons: dict[str, str] = {}
    before: list[BeforeRule] = []
    after: list[AfterRule] = []
    prefixes: list[str] = []
    far: list[FarRule] = []
    for r, rule in enumerate(raw.get("rules") or []):
        reason = rule.get("reason")
        if not isinstance(reason, str) or not re.fullmatch(r"[a-z_]+", reason):
            raise CatalogueError(f"never.rules[{r}]: reason must be lower_snake_case")
        where = f"never.{reason}"
        _known_keys(rule, _NEVER_KEYS, where)
        for side in ("before", "after"):
            for i, item in enumerate(rule.get(side) or []):
                _known_keys(item, _NEVER_KEYS[side], f"{where}.{side}[{i}]")
        for i, shape in enumerate(rule.get("shapes") or []):
            pattern = compile_pattern(shape, f"{where}.shapes")
            group = f"r{r}s{i}"
            reasons[group] = reason
            (cased if on_original_text(pattern) else shapes).append(f"(?P<{group}>{shape})")
        for i, item in enumerate(rule.get("before") or []):
            w = f"{where}.before[{i}]"
            number = item.get("number")
            unless = item.get("unless_after")
            units = item.get("unless_unit") or []
            if not isinstance(units, list) or any(u not in UNITS for u in units):
                raise CatalogueError(f"{w}.unless_unit: a list of units, each one of {UNITS}")
            before.append(
                BeforeRule(
                    reason,
                    b.words(item.get("words"), w),
                    int(item.get("gap", -1)),
                    compile_pattern(number, w) if number else None,
                    b.words(unless, f"{w}.unless_after") if unless else None,
                    frozenset(units),
                    _optional_words(b, item, "unless_led_by", w),
                    _optional_words(b, item, "unless_between", w),
                )
            )
        for i, item in enumerate(rule.get("after") or []):
            w = f"{where}.after[{i}]"
            unless_before = item.get("unless_before")
            after.append(
                AfterRule(
                    reason,
                    b.words(item.get("words"), w),
                    compile_pattern(item["gap"], w),
                    b.words(unless_before, f"{w}.unless_before") if unless_before else -1,
                    _optional_words(b, item, "unless_led_by", w),
                )
            )
        for p in rule.get("prefix") or []:
            compile_pattern(p, f"{where}.prefix")
            group = f"r{r}p{len(prefixes)}"
            reasons[group] = reason
            prefixes.append(f"(?P<{group}>{p})")
        for i, item in enumerate(rule.get("prefix_far") or []):
            w = f"{where}.prefix_far[{i}]"
            if not isinstance(item, dict) or not isinstance(item.get("cue"), str):
                raise CatalogueError(f"{w}: expected {{cue: literal, pattern: regex}}")
            # (a per-head amount is no more than a few million; money is no count of houses)
            least, most = item.get("least", -math.inf), item.get("most", math.inf)
            for key, value in (("least", least), ("most", most)):
                if isinstance(value, bool) or not isinstance(value, int | float):
                    raise CatalogueError(f"{w}.{key}: expected a number")
            pattern = compile_pattern(item["pattern"], w)
            far.append((item["cue"], pattern, reason, float(least), float(most)))

    def joined(parts: list[str], flags: int = 0) -> re.Pattern[str] | None:
        return re.compile("|".join(parts), flags) if parts else None

    return Never(
        shapes=joined(shapes),
        shapes_cased=joined(cased),
        before=tuple(before),
        after=tuple(after),
        prefix=joined(prefixes),
        shape_reasons=reasons,
        prefix_far=tuple(far),
    )


def _read_yaml(name: str, path: Path | None) -> dict[str, Any]:
    data = package_yaml(__package__, name, path)
    if not isinstance(data, dict):
        raise CatalogueError(f"catalogue/{name}: expected a mapping at the top level")
    return data


def parse_catalogue(data: dict[str, Any], never: dict[str, Any]) -> Catalogue:
    """Check the two YAML documents and compile them into one lexicon."""
    b = _Builder(data.get("words") or {})
    scoring = _scoring(data.get("scoring") or {}, b)
    indicators = tuple(_indicator(raw, b) for raw in data.get("indicators") or [])
    codes = [i.code for i in indicators]
    if len(set(codes)) != len(codes):
        raise CatalogueError("indicator codes must be unique")
    for name, named in (
        ("stock_indicators", scoring.stock_indicators),
        ("coverage_indicators", scoring.coverage_indicators),
        ("population_subgroups", tuple(scoring.population_subgroups)),
        ("awards_from_above", scoring.awards_from_above),
        ("admitted_by_the_party", scoring.admitted_by_the_party),
        ("subgroup_indicators", tuple(chain.from_iterable(scoring.subgroup_indicators.values()))),
        ("money_of", (*scoring.money_of, *scoring.money_of.values(), scoring.money_of_mixed)),
        ("programme_money_of", (*scoring.programme_money_of, *scoring.programme_money_of.values())),
        ("ranges_per_head", scoring.ranges_per_head),
        ("joined_union_means", (scoring.joined_union_means,)),
        ("with_a_union_means", (scoring.with_a_union_means,)),
        ("one_gift_each", (scoring.one_gift_each.means, *scoring.one_gift_each.instead_of)),
        ("one_house_each", (scoring.one_house_each.means, *scoring.one_house_each.instead_of)),
        ("house_money", (scoring.house_money.means, *scoring.house_money.instead_of)),
        ("wage", (scoring.wage.indicator,)),
        ("public_relief", scoring.public_relief.indicators),
    ):
        unknown = set(named) - set(codes)
        if unknown:
            raise CatalogueError(f"scoring.{name}: unknown codes {sorted(unknown)}")
    subgroups = tuple(
        (name, b.words(phrases, f"subgroups.{name}"))
        for name, phrases in (data.get("subgroups") or {}).items()
    )
    unknown = set(scoring.subgroup_indicators) - {name for name, _ in subgroups}
    if unknown:
        raise CatalogueError(f"scoring.subgroup_indicators: unknown subgroups {sorted(unknown)}")
    unknown = {name for name, _ in scoring.sector_parts} - {name for name, _ in subgroups}
    unknown |= {name for name, _ in scoring.sector_pair_labels} - {name for name, _ in subgroups}
    unknown |= set(scoring.sector_subgroups) - {name for name, _ in subgroups}
    if unknown:
        raise CatalogueError(f"scoring.sector_parts: unknown subgroups {sorted(unknown)}")
    never_rules = _never(never, b)
    raw_columns = data.get("columns") or {}
    unknown = set(raw_columns) - set(COLUMN_ROLES)
    if unknown:
        raise CatalogueError(f"columns: unknown roles {sorted(unknown)}; use {COLUMN_ROLES}")
    columns = {
        role: frozenset(b._phrases(raw_columns[role], f"columns.{role}"))
        if role in raw_columns
        else frozenset()
        for role in COLUMN_ROLES
    }
    b.lexicon.freeze()
    return Catalogue(
        indicators=indicators,
        subgroups=subgroups,
        scoring=scoring,
        columns=columns,
        never=never_rules,
        lexicon=b.lexicon,
        words=b.named,
        counted=tuple(i for i in indicators if i.is_counted),
    )


@cache
def load_catalogue(path: Path | None = None, never_path: Path | None = None) -> Catalogue:
    """The project's catalogue (or one at `path`), checked and compiled once per process."""
    check_catalogue_files()  # numbers, chrome, accents, organisations: read later, checked now
    data, never = _read_yaml("indicators.yaml", path), _read_yaml("never.yaml", never_path)
    try:
        return parse_catalogue(data, never)
    except CatalogueError as exc:  # (its messages name the indicator and field, not the file)
        message = str(exc)
        if message.startswith("never."):
            name = never_path or "catalogue/never.yaml"
        else:
            name = path or "catalogue/indicators.yaml"
        raise CatalogueError(f"{name}: {message}") from None
