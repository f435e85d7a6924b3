"""The catalogue files: every indicator of the spec, valid units and ranges, Vietnamese labels,
patterns that compile; a broken edit fails with a message naming what is wrong."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from unionstats.catalogue import UNITS, CatalogueError, load_catalogue, parse_catalogue

SPEC_CODES = {
    "members": "persons",
    "workers": "persons",
    "grassroots_unions": "count",
    "new_members": "persons",
    "new_grassroots_unions": "count",
    "avg_income": "VND/person/month",
    "initiatives": "count",
    "initiative_value": "VND",
    "creative_labour_awards": "count",
    "welfare_beneficiaries": "persons",
    "welfare_value": "VND",
    "gifts": "count",
    "gift_value": "VND",
    "union_shelter_houses": "count",
    "union_shelter_value": "VND",
    "union_shelter_fund": "VND",
    "worker_conference_rate": "percent",
    "staff_conference_rate": "percent",
    "party_referrals": "persons",
    "party_admissions": "persons",
    "regular_employment_rate": "percent",
    "workplace_dialogues": "count",
    "collective_agreements": "count",
    "supervisions": "count",
    "training_courses": "count",
    "training_participants": "persons",
    "media_posts": "count",
}
CATALOGUE_DIR = Path(__file__).resolve().parents[1] / "src" / "unionstats" / "catalogue"


def test_every_spec_indicator_with_its_unit() -> None:
    cat = load_catalogue()
    assert {i.code: i.unit for i in cat.indicators} == SPEC_CODES


def test_labels_are_vietnamese_with_composed_diacritics() -> None:
    for ind in load_catalogue().indicators:
        assert ind.label_vi == unicodedata.normalize("NFC", ind.label_vi)
        assert re.search(r"[À-ỹđĐ]", ind.label_vi), ind.code


def test_ranges_and_units_are_sane() -> None:
    for ind in load_catalogue().indicators:
        assert ind.unit in UNITS
        low, high = ind.plausible
        assert 0 <= low < high
        if ind.unit == "percent":
            assert high == 100


def test_catalogue_cites_its_source() -> None:
    for name in ("indicators.yaml", "never.yaml"):
        data = yaml.safe_load((CATALOGUE_DIR / name).read_text(encoding="utf-8"))
        assert data.get("source"), name


def _raw() -> tuple[dict, dict]:
    return (
        yaml.safe_load((CATALOGUE_DIR / "indicators.yaml").read_text(encoding="utf-8")),
        yaml.safe_load((CATALOGUE_DIR / "never.yaml").read_text(encoding="utf-8")),
    )


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d["indicators"][0].update(unit="people"), "members: unit"),
        (lambda d: d["indicators"][0].update(heads=["Đoàn Viên"]), "members.heads: phrase"),
        (lambda d: d["indicators"][0].update(heads=["@nobody"]), "unknown word list '@nobody'"),
        (
            lambda d: d["indicators"][3]["requires"].insert(0, {"before": ["x"], "within": "far"}),
            "new_members.requires[0]: within",
        ),
        (
            lambda d: d["indicators"][3]["vetoes"].insert(0, {"around": ["x"]}),
            "new_members.vetoes[0]: unknown keys ['around']",
        ),
        (lambda d: d["scoring"].pop("windows"), "scoring.windows: missing"),
        (lambda d: d["scoring"]["windows"].pop("pair"), "scoring.windows: missing ['pair']"),
        (lambda d: d["scoring"].pop("list_opens"), "scoring: missing list_opens"),
        (
            lambda d: d["scoring"].update(list_parts=["Công đoàn"]),
            "scoring.list_parts: phrase 'Công đoàn' must be lower case",
        ),
        (
            lambda d: d["scoring"].update(association_members=[]),
            "scoring.association_members: expected a non-empty list of phrases",
        ),
        (lambda d: d["columns"].update(totals=["tổng"]), "columns: unknown roles ['totals']"),
        (lambda d: d["indicators"][1].update(plausible=[10, 1]), "workers: plausible range"),
        (lambda d: d["indicators"].append(dict(d["indicators"][0])), "unique"),
        (lambda d: d["indicators"][2].pop("heads"), "grassroots_unions: count and persons"),
        (
            lambda d: d["indicators"][3]["vetoes"].insert(0, {"unit": "VND/month"}),
            "new_members.vetoes[0]: unit 'VND/month' not in",
        ),
        (
            lambda d: d["indicators"][3]["vetoes"].insert(
                0, {"after": ["x"], "unless_right_before": []}
            ),
            "new_members.vetoes[0].unless: expected a non-empty list of phrases",
        ),
        (
            lambda d: d["indicators"][3]["vetoes"].insert(
                0, {"before": ["x"], "unless_right_after": []}
            ),
            "new_members.vetoes[0].unless_after: expected a non-empty list of phrases",
        ),
        (
            lambda d: d["indicators"][3]["vetoes"].insert(
                0, {"after": ["x"], "unless_led_by": ["y"]}
            ),
            "new_members.vetoes[0]: unless_led_by goes with before, not after",
        ),
        (
            lambda d: d["indicators"][3]["vetoes"].insert(0, {"after": ["x"], "opens": True}),
            "new_members.vetoes[0]: opens goes with before, not after",
        ),
        (
            lambda d: d["scoring"]["subgroup_indicators"].update(in_force=["agreements"]),
            "scoring.subgroup_indicators: unknown codes ['agreements']",
        ),
        (
            lambda d: d["scoring"]["subgroup_indicators"].update(valid=["members"]),
            "scoring.subgroup_indicators: unknown subgroups ['valid']",
        ),
    ],
)
def test_broken_edit_names_what_is_wrong(edit, message: str) -> None:
    data, never = _raw()
    edit(data)
    with pytest.raises(CatalogueError, match=re.escape(message)):
        parse_catalogue(data, never)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda n: n["rules"][0]["shapes"].append("(unclosed"), "never.date.shapes: bad pattern"),
        (lambda n: n["rules"][0]["shapes"].append("Ngày \\d+"), "must be lower case"),
        (lambda n: n["rules"][0]["before"][0].update(words=[]), "never.date.before[0]"),
        (
            lambda n: n["rules"][0]["before"][0].update(unless_unit=["đồng"]),
            "never.date.before[0].unless_unit",
        ),
    ],
)
def test_broken_never_rule_names_what_is_wrong(edit, message: str) -> None:
    data, never = _raw()
    edit(never)
    with pytest.raises(CatalogueError, match=re.escape(message)):
        parse_catalogue(data, never)


def test_gold_copy_matches_the_shared_spec() -> None:
    shared = Path(__file__).resolve().parents[2] / "shared" / "spec"
    if not shared.exists():
        pytest.skip(f"the shared spec is not beside the repository ({shared})")
    for name in ("gold_seeds.csv", "gold_documents.csv"):
        assert (Path(__file__).parent / "gold" / name).read_bytes() == (shared / name).read_bytes()


FILLERS = {
    "count": ("1.234", 1234),
    "money": ("2,5 tỷ đồng", 2.5e9),
    "percent": ("97,5%", 97.5),
    "income": ("6.250.000", 6_250_000),
}


@pytest.mark.parametrize("indicator", load_catalogue().indicators, ids=lambda i: i.code)
def test_every_example_extracts_to_its_indicator(indicator) -> None:
    from unionstats.extract import extract

    assert indicator.examples, f"{indicator.code} needs at least one example"
    for example in indicator.examples:
        (slot,) = re.findall(r"\{(\w+)\}", example)
        written, value = FILLERS[slot]
        observations, _ = extract("example", example.format(**{slot: written}), "2023")
        assert (indicator.code, value) in {(o.indicator, o.value) for o in observations}, example


# Hostile round 22: an analyst's edit of a catalogue file other than indicators.yaml was
# read without a check. A typo in a key (`no_name_afte:`, `aprox:`) was ignored and the list
# lost; a value of the wrong kind (`nghìn: 1.0e+3x`) was a traceback of the package's import,
# even of `unionstats --help`; a key left out a KeyError; a key written twice kept the last
# silently; a tab a three-line message naming `<unicode string>`. Each is now one line naming
# the file, the key and what is wrong.
_CATALOGUE = Path(__file__).resolve().parents[1] / "src" / "unionstats" / "catalogue"


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        ("organisations.yaml", "no_name_after:", "no_name_afte:",
         "catalogue/organisations.yaml: unknown key 'no_name_afte' (did you mean 'no_name_after'?)"),
        ("numbers.yaml", "  approx: [", "  aprox: [",
         "catalogue/numbers.yaml: qualifiers: unknown list 'aprox'"),
        ("numbers.yaml", "nghìn: 1.0e+3,", "nghìn: 1.0e+3x,",
         "catalogue/numbers.yaml: scales: nghìn: expected a number, got '1.0e+3x'"),
        ("chrome.yaml", "contents_headings: [", "contents_heading: [",
         "catalogue/chrome.yaml: unknown key 'contents_heading'"),
        ("accents.yaml", "min_phrases: 2", "min_phrases: two",
         "catalogue/accents.yaml: min_phrases: expected a whole number, got 'two'"),
        ("organisations.yaml", "no_name_after:", "stops: []\nno_name_after:",
         "key 'stops' is written twice in one mapping"),
        ("indicators.yaml", "    heads: ['@members']", "\theads: ['@members']",
         "(a tab: YAML indents with spaces only)"),
        ("indicators.yaml", "\nindicators:\n", "\nindicator:\n",
         "catalogue/indicators.yaml: unknown key 'indicator' (did you mean 'indicators'?)"),
        ("numbers.yaml", "money_before: [", "money_befor: [",
         "catalogue/numbers.yaml: unknown key 'money_befor'"),
        ("chrome.yaml", "menu_words: [", "menu_words: ['Trang chủ', ",
         "catalogue/chrome.yaml: menu_words: phrase 'Trang chủ' must be lower case"),
        # (the words of periods, moved out of periods.py in the thirty-seventh session)
        ("periods.yaml", "\nasked: [", "\naskd: [",
         "catalogue/periods.yaml: unknown key 'askd' (did you mean 'asked'?)"),
        ("periods.yaml", "stems: [giáp,", "stems: [Giáp,",
         "catalogue/periods.yaml: stems: phrase 'Giáp' must be lower case"),
        ("periods.yaml", "\nacts: [", "\n# acts: [",
         "catalogue/periods.yaml: key 'acts' is missing"),
    ],
)  # fmt: skip
def test_broken_edit_of_any_catalogue_file_is_one_line(
    tmp_path: Path, name: str, old: str, new: str, message: str
) -> None:
    from unionstats.datafiles import package_yaml

    text = (_CATALOGUE / name).read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        package_yaml("unionstats.catalogue", name, path)
    said = str(caught.value).replace(str(path), f"catalogue/{name}")
    assert message in said and "\n" not in said
    assert said.startswith(f"catalogue/{name}: ")


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d["indicators"][0]["cues"][0].update(weight="một"),
         "cues[0].weight: expected a number, got 'một'"),
        (lambda d: d["indicators"][0].update(plausible=[1]), "plausible must be [lowest, highest]"),
        (lambda d: d["scoring"]["windows"].update(left=-5),
         "scoring.windows.left: expected a whole number of characters, got -5"),
        (lambda d: d["scoring"]["weights"].update(head="3"),
         "scoring.weights.head: expected a number, got '3'"),
    ],
)  # fmt: skip
def test_broken_number_in_indicators_names_the_field(edit, message: str) -> None:
    data, never = _raw()
    edit(data)
    with pytest.raises(CatalogueError, match=re.escape(message)):
        parse_catalogue(data, never)


def test_unknown_key_of_a_never_rule_is_refused() -> None:
    data, never = _raw()
    never["rules"][0]["before"][0]["unles_after"] = never["rules"][0]["before"][0].pop("words")
    with pytest.raises(CatalogueError, match=re.escape("unknown keys ['unles_after']")):
        parse_catalogue(data, never)


@pytest.mark.parametrize("key", ["least", "most"])
def test_a_far_rules_bounds_must_be_numbers(key: str) -> None:
    """`least:` and `most:` of a `prefix_far` rule (a per-head amount is at most a few
    million; money is no count) are numbers; a word there is named, not read as no limit."""
    data, never = _raw()
    rule = next(r for r in never["rules"] if any(key in f for f in r.get("prefix_far") or []))
    item = next(f for f in rule["prefix_far"] if key in f)
    item[key] = "năm triệu"
    with pytest.raises(CatalogueError, match=re.escape(f".{key}: expected a number")):
        parse_catalogue(data, never)


def test_the_shipped_catalogue_files_pass_their_checks() -> None:
    from unionstats.datafiles import SHAPES, check_catalogue_files

    check_catalogue_files()
    assert set(SHAPES) == {p.name for p in _CATALOGUE.glob("*.yaml")}


def test_an_emptied_list_matches_nothing() -> None:
    from unionstats.wordsearch import trie_alternation

    assert re.search(trie_alternation([]), "mục lục 12") is None


def test_every_workforce_noun_counts_people() -> None:
    """A noun that names a workforce (`CBNGNLĐ`, `cnvlđ`) names people wherever people are
    counted (`trợ cấp cho 1.215 lượt CBNGNLĐ`): the person nouns hold every one-word
    workforce noun."""
    words = load_catalogue().words
    missing = [w for w in words["workers"] if " " not in w and "," not in w]
    missing = [w for w in missing if w not in words["persons"]]
    assert missing == []
