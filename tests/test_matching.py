"""Matching: hard rules never broken, quality bar on the project's labelled queries."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import demo
from matching.catalogue import Provision, from_csv
from matching.evaluate import evaluate, load_queries
from matching.interests import extract_interests, groups_named, read
from matching.rank import Query, coded_in, offerable, rank
from neet.districts import DISTRICTS
from neet.interchange.csvfile import BadFile

DATA = Path(__file__).parent / "data"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "provision_catalogue.csv"
TODAY = date(2026, 11, 23)


MATCHING = DATA / "matching"
# The locked test splits: no rule, vocabulary or weight is tuned on them; changing one is a new
# split. file: (sha256, at least so many queries).
LOCKED = {
    # written with the dev split before the text-first matcher was tuned (on dev only)
    "queries_test.jsonl": ("50ce6672d6912d315b47fcf35730300f9046eaefad1d6ebb1b093e658cedffeb", 100),
    # the catalogue in awarding-body jargon (make_jargon_catalogue.py), split by the ask's
    # words (write_jargon_queries.py), so no ask is in both splits
    "queries_jargon_test.jsonl": ("d0356f464df04eed19b2e32dcb4baa1e03054d533faf64a01917f35ab6e3c65f", 60),
    # three written by hand, each with its catalogue, before the matcher was run on them, split
    # by the ask's words (split_queries.py): a local-offer directory, a vacancy board (job
    # titles and employers), a college MIS export with abbreviated titles
    "queries_directory_test.jsonl": ("d23ba1eb88cb52524134d013dc779ddf527e3e812cd54d9da4d7e99e5897fd9a", 30),
    "queries_vacancy_test.jsonl": ("3a344f9e97989e83f7228913f886939591a148c74d1fbd3115bfcc5e2cfb5cc5", 25),
    "queries_terse_test.jsonl": ("edc38d6ac5cd0a0000d0818faee69f7761eb0f3a154d99b74736532f0f0506fc", 30),
    # a youth providers' directory of branded programmes, written the same way (first
    # reading: dev hit@1 0.952, test 1.0)
    "queries_programme_test.jsonl": ("d78ab5cc3de3769804c8c20b6e898e31bd9fe7ed7ee475f500a7c201da780850", 30),
    # a community-learning prospectus (marketing titles, descriptions in the keywords, trades
    # no other catalogue holds), its asks written before the matcher ran on it (first
    # reading: dev hit@1 0.953, test 0.974, nothing-fits 9 of 10)
    "queries_prospectus_test.jsonl": ("6daf6a0feba77888e8f450bd95544f34c889197da7e04159ca44f8da7e88be7c", 40),
    # a consortium's offer in brand names only ("Spark", "Launchpad", "Route 2: Site"; no
    # keywords): first reading dev 0.680, test 0.364; after brand words were read as naming
    # nothing, dev 0.840, test 0.682, then 0.773 once "Spark" was no longer taken for
    # "sparky" (the weakest style; see the README)
    "queries_branded_test.jsonl": ("4034613f3bd7b52ebc6553b7324ff7ebf61e9f49ef4deb764d3b97c1c174f7d7", 20),
    # an apprenticeship vacancy list named by standard ("Autocare Technician"; keywords only
    # "ST0094;L2"), asks written after its probe led to vocabulary for standard names and
    # before the matcher ran on them (write_standards_queries.py)
    "queries_standards_test.jsonl": ("5b2d990124986b12ab36f22d8bdbf894503e77eb629ebacafb045600f13ca8da", 15),
    # a post-16 options guide (T Levels, A Levels, Skills Bootcamps, faculty names as sectors),
    # its asks written before the matcher ran on it (first reading: dev 0.895, test 0.967,
    # nothing fits 3 of 3 and 4 of 4; write_options_queries.py)
    # youth hubs' short courses in a council spreadsheet (capitals, SWAP, tasters; Ofqual codes
    # at tier 1 only), its asks written before the matcher ran on it (first reading: dev
    # 0.967, test 1.0, nothing fits 3 of 3 and 1 of 2; write_hub_queries.py)
    "queries_hub_test.jsonl": ("2dd132c8cea4d9b5efeb01627bdcee47fafa0ade11af9b453ea5848ceee2fcc4", 30),
    # a study-programme list titled with Ofqual's own sector names ("Service Enterprises L1
    # (Hair)"), asks mostly as a caseworker's notes, written before the matcher ran on it
    # (first reading: dev 0.875, test 0.650, nothing fits 5 of 5 and 1 of 1; after Ofqual's
    # names became sector words, from its dev misses: test 0.950; write_ssanamed_queries.py)
    "queries_ssanamed_test.jsonl": ("6f43332a991593eac1c48429c764b2ca84d9982548e0b9639024ea3037e29f7d", 20),
    # a SEND local offer (supported internships with job coaches, Entry-level specialist
    # courses, travel training, beside mainstream courses without SEND support), asks mostly
    # for young people with SEND, written before the matcher ran on it (first reading: dev
    # 0.938, test 0.789 with P@5 0.947, nothing fits 3 of 4 and 1 of 1; write_localoffer_queries.py)
    "queries_localoffer_test.jsonl": ("f8a0b230252364b350a8a26cecb3591897c15195b50d597426c43fc72cc9258a", 20),
    "queries_options_test.jsonl": ("aa0078452bae6ea2e2ade926049fe0eabdd0d73a751ea8104a9b1489af506451", 30),
}


def catalogues() -> dict[str, list[tuple[str, list[Provision]]]]:
    cats = {"fresh": [("fresh (generated, other sectors and providers)",
                       from_csv((MATCHING / "fresh_catalogue.csv").read_bytes()))],
            "plain": [("plain (titles only, no keywords)",
                       from_csv((MATCHING / "plain_catalogue.csv").read_bytes()))],
            "jargon": [("jargon (awarding bodies, sparse keywords, other sectors)",
                        from_csv((MATCHING / "jargon_catalogue.csv").read_bytes()))],
            "directory": [("directory (descriptive titles, Entry levels, few keywords)",
                           from_csv((MATCHING / "directory_catalogue.csv").read_bytes()))],
            "vacancy": [("vacancy board (job titles and employers)",
                         from_csv((MATCHING / "vacancy_catalogue.csv").read_bytes()))],
            "terse": [("MIS export (abbreviated titles)",
                       from_csv((MATCHING / "terse_catalogue.csv").read_bytes()))],
            "programme": [("branded programmes (provider's own sector words)",
                           from_csv((MATCHING / "programme_catalogue.csv").read_bytes()))],
            "prospectus": [("community-learning prospectus (marketing titles, descriptions as "
                            "keywords)",
                            from_csv((MATCHING / "prospectus_catalogue.csv").read_bytes()))],
            "branded": [("consortium offer in brand names only (no keywords)",
                         from_csv((MATCHING / "branded_catalogue.csv").read_bytes()))],
            "standards": [("apprenticeship vacancies by standard name (reference codes as keywords)",
                           from_csv((MATCHING / "standards_catalogue.csv").read_bytes()))],
            "options": [("post-16 options guide (T Levels, A Levels, bootcamps; faculty names as "
                         "sectors)", from_csv((MATCHING / "options_catalogue.csv").read_bytes()))],
            "hub": [("youth hubs' short courses (capitals, tier-1 codes, comma keywords)",
                     from_csv((MATCHING / "hub_catalogue.csv").read_bytes()))],
            "ssanamed": [("study programmes titled with Ofqual's sector names (no keywords)",
                          from_csv((MATCHING / "ssanamed_catalogue.csv").read_bytes()))],
            "localoffer": [("SEND local offer (supported internships, Entry-level courses)",
                            from_csv((MATCHING / "localoffer_catalogue.csv").read_bytes()))],
            "sample+generated": [("demo generator", from_csv(demo.catalogue_csv().encode()))]}
    if SHARED.exists():
        cats["sample+generated"].append(("shared sample", from_csv(SHARED.read_bytes())))
    else:
        print("note: ../shared/data/provision_catalogue.csv not present; demo catalogue only")
    return cats


def _report(split: str) -> dict:
    queries = [q for name in ("", "jargon_", "directory_", "vacancy_", "terse_",
                                 "programme_", "programme_long_", "vacancy_long_",
                                 "directory_slang_", "terse_long_", "prospectus_", "prospectus_long_", "branded_",
                                 "standards_", "standards_probe_", "options_", "options_plain_", "hub_", "ssanamed_",
                                 "localoffer_", "localoffer_more_", "hub_constraints_")
               if (MATCHING / f"queries_{name}{split}.jsonl").exists()  # long asks: dev only
               for q in load_queries(str(MATCHING / f"queries_{name}{split}.jsonl"))]
    total = {"judged": 0, "hits": 0, "p5": 0.0, "violations": 0, "empty_expected": 0,
             "empty_right": 0, "queries": len(queries)}
    for kind, cats in catalogues().items():
        for name, cat in cats:
            r = evaluate(cat, [q for q in queries if q["catalogue"] == kind], TODAY)
            print(f"\n[{split}] {name}\n{r.summary() if split == 'dev' else r.summary().split('  miss')[0]}")
            total["judged"] += r.judged
            total["hits"] += r.hits_at_1
            total["p5"] += r.precision_sum
            total["violations"] += r.violations
            total["empty_expected"] += r.empty_expected
            total["empty_right"] += r.empty_right
    total["hit@1"] = total["hits"] / total["judged"]
    total["P@5"] = total["p5"] / total["judged"]
    print(f"\n[{split}] all catalogues: {total}")
    return total


def test_the_test_splits_are_locked():
    for name, (sha256, at_least) in LOCKED.items():
        data = (MATCHING / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == sha256, name
        assert len(data.splitlines()) >= at_least, name


def test_quality_on_the_dev_split():
    t = _report("dev")
    assert t["queries"] >= 300 and t["violations"] == 0
    assert t["hit@1"] >= 0.95 and t["P@5"] >= 0.93, t
    assert t["empty_right"] >= 0.9 * t["empty_expected"], t


def test_quality_on_the_locked_test_split():
    """Reported on every run: the bar of the matching issue, hit@1 and P@5 0.95 with no
    violation, on every locked split together (see the README for each)."""
    t = _report("test")
    assert t["violations"] == 0
    assert t["hit@1"] >= 0.95 and t["P@5"] >= 0.95, t
    # the jargon split's asks for trades its catalogue lacks are the hardest "nothing fits"
    assert t["empty_right"] >= 0.85 * t["empty_expected"], t


# the header of a catalogue file, for tests that write one line by line
CSV_HEAD = ("id,provider,title,type,ssa,sector,keywords,level,district,serves,start,min_age,"
            "max_age,send_support,places,contact\n")


def _ids(cat: list[Provision], interests: str) -> list[str]:
    """The ids a 17-year-old in Dover is offered from `cat` for `interests`, best first."""
    return [m.provision.id for m in rank(cat, Query("Dover", 17, False, interests), today=TODAY)]


def _p(**kw) -> Provision:
    base = dict(id="X1", provider="P", title="Level 2 Plumbing", type="fe_course", ssa="5.2",
                sector="Building and construction", keywords=("plumbing",), level="2",
                district="Dover", serves=frozenset({"Dover"}), start="rolling", min_age=16,
                max_age=18, send_support=False, places=5)
    return Provision(**{**base, **kw})


def test_each_hard_rule_excludes():
    ok = _p()
    assert offerable(ok, "Dover", 17, False)
    assert not offerable(_p(serves=frozenset({"Thanet"})), "Dover", 17, False)
    assert not offerable(ok, "Dover", 19, False) and not offerable(ok, "Dover", 15, False)
    assert not offerable(_p(places=0), "Dover", 17, False)
    assert not offerable(ok, "Dover", 17, True)
    assert offerable(_p(send_support=True), "Dover", 17, True)
    assert rank([_p(places=0)], Query("Dover", 17, False, "plumbing")) == []


@settings(max_examples=150, deadline=None)
@given(district=st.sampled_from(DISTRICTS + ["Shepway", "nowhere"]), age=st.integers(10, 30),
       send=st.booleans(), interests=st.text(max_size=60))
def test_no_result_is_ever_non_offerable(district, age, send, interests):
    cat = from_csv(demo.catalogue_csv().encode())
    from neet.districts import canonical

    for m in rank(cat, Query(district, age, send, interests), limit=10, today=TODAY):
        assert offerable(m.provision, canonical(district), age, send)
        assert len(m.reason) <= 140


def test_slang_typos_and_phrases_map_to_sectors():
    assert extract_interests("sparky or chippy") == ["electrical", "carpentry"]
    assert extract_interests("fixing cars") == ["motor vehicle"]
    assert extract_interests("looking after kids") == ["childcare"]
    assert extract_interests("working with animals") == ["animals"]
    assert extract_interests("brickie, CSCS card") == ["bricklaying", "construction"]
    assert extract_interests("contruction") == ["construction"]


def test_unsure_gets_re_engagement_and_providers_are_varied():
    cat = from_csv(demo.catalogue_csv().encode())
    res = rank(cat, Query("Maidstone", 17, False, "dunno, anything"), today=TODAY)
    assert res and all(m.provision.ssa in ("14.2", "14.1") or m.provision.type == "re_engagement"
                       for m in res)
    res = rank(cat, Query("Maidstone", 17, False, "not retail, something with computers"), today=TODAY)
    assert res[0].provision.ssa == "6.1" and all(m.provision.ssa != "7.1" for m in res)


def test_ranking_prefers_rolling_starts_then_soonest_within_equal_fit():
    a = _p(id="A", start="2027-09-01", provider="A")
    b = _p(id="B", start="rolling", provider="B")
    c = _p(id="C", start="2027-01-04", provider="C")
    ids = _ids([a, b, c], "plumbing")
    assert ids == ["B", "C", "A"]


def test_match_command_contract(tmp_path):
    cat = tmp_path / "cat.csv"
    cat.write_text(demo.catalogue_csv())
    queries = tmp_path / "q.jsonl"
    queries.write_text("\n".join([
        json.dumps({"district": "Thanet", "age": 17, "send": False, "interests": "fixing cars"}),
        json.dumps({"district": "Thanet", "age": 17, "send": True, "interests": ["dogs", "horses"]}),
        "not json",
    ]) + "\n")
    r = subprocess.run([sys.executable, "-m", "app.cli", "match", "--catalogue", str(cat),
                        "--queries", str(queries), "--limit", "3"], capture_output=True, text=True)
    assert r.returncode == 0
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(out) == 3 and all(len(o["ids"]) <= 3 for o in out)
    assert out[0]["ids"] and out[2]["ids"] == [] and "line 3" in r.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("id,provider\nX,Y\n")
    r = subprocess.run([sys.executable, "-m", "app.cli", "match", "--catalogue", str(bad),
                        "--queries", str(queries)], capture_output=True, text=True)
    assert r.returncode == 2 and "missing columns" in r.stderr
    # a bad line (an unknown Ofqual code) is named and never offered; the good lines still rank
    mixed = tmp_path / "mixed.csv"
    mixed.write_text(CSV_HEAD + "G,P,Level 2 Plumbing,fe_course,5.2,Construction,plumbing,2,Dover,Dover,"
                     "rolling,16,24,TRUE,5,a@b.org\n"
                     "B,P,Level 2 Plumbing Plus,fe_course,99.9,Construction,plumbing,2,Dover,Dover,"
                     "rolling,16,24,no,5,a@b.org\n")
    one = tmp_path / "one.jsonl"
    one.write_text(json.dumps({"district": "Dover", "age": 17, "send": True, "interests": "plumber"}) + "\n")
    r = subprocess.run([sys.executable, "-m", "app.cli", "match", "--catalogue", str(mixed),
                        "--queries", str(one)], capture_output=True, text=True)
    assert r.returncode == 0 and json.loads(r.stdout) == {"ids": ["G"]}
    assert "line 3" in r.stderr and "99.9" in r.stderr and "line 2" not in r.stderr


def test_catalogue_levels_as_councils_write_them():
    row = "X{0},P,Title {0},fe_course,5.2,S,,{1},Dover,Dover,rolling,16,19,yes,5,a@b.org\n"
    levels = {"Entry 3": "E", "E2": "E", "Entry Level 1": "E", "L2": "2", "Level 3": "3", "1": "1",
              "1-2": "1", "L1/L2": "1", "Level 2 & 3": "2", "n/a": "E", "": "E", "Non-accredited": "E"}
    cat = from_csv((CSV_HEAD + "".join(row.format(i, lv) for i, lv in enumerate(levels))).encode())
    assert [p.level for p in cat] == list(levels.values())
    with pytest.raises(BadFile, match="line 2: unknown level 'Level 9'"):
        from_csv((CSV_HEAD + row.format(1, "Level 9")).encode())


def test_roots_compounds_and_weaknesses_are_read_as_meant():
    assert extract_interests("accountancy") == ["finance"]  # the root of "accounts"
    assert "coding" not in groups_named("Study Programme: Equine Management")
    assert extract_interests("international relations") == []
    # a weakness said is a wish to improve it, not a rejection
    assert read("my english is not good").positive and not read("my english is not good").negative
    assert read("not building").negative
    mason = _p(title="Stonemasonry and Heritage Skills", keywords=(), ssa="5.2")
    assert _ids([mason], "stone mason") == ["X1"]


def test_other_provision_of_the_sector_follows_a_fit_and_never_comes_alone():
    roofer = _p(id="R", title="Apprenticeship: Roofer", keywords=(), type="apprenticeship")
    mason = _p(id="M", title="Stonemasonry and Heritage Skills", keywords=())
    hair = _p(id="H", title="Barbering", keywords=(), ssa="7.3", sector="Hair and beauty")
    got = rank([mason, hair, roofer], Query("Dover", 17, False, "roofing"), today=TODAY)
    assert [m.provision.id for m in got] == ["R", "M"]
    assert got[1].reason.endswith("same sector: Building and construction")
    assert rank([mason, hair], Query("Dover", 17, False, "roofing"), today=TODAY) == []
    # nor when they said they do not want the sector
    assert [m.provision.id for m in rank([mason, roofer], Query(
        "Dover", 17, False, "roofing but not stonemasonry"), today=TODAY)] == ["R"]


def test_a_general_title_names_nothing_but_the_sector_of_what_they_said():
    mv = _p(id="MV", title="Level 2 Motor Vehicle Maintenance", keywords=(), ssa="4.3",
            sector="Transport")
    assert rank([mv], Query("Dover", 17, False, "delivery driver"), today=TODAY) == []
    assert rank([mv], Query("Dover", 17, False, "fixing cars"), today=TODAY)


@pytest.mark.parametrize(("text", "wanted"), [
    ("can my support worker call you? im trying to find a course", []),
    ("my social worker said i should look for something", []),
    ("my carer says i should try cooking", ["cooking"]),
    ("i want to be a support worker", ["care"]),
    # family are no professionals: their trade is often the one wanted, and a parent's
    # "my son" is the young person
    ("plumber like my dad", ["plumbing"]),
    ("my daughter wants to be a pastry chef", ["baking", "cooking"]),
])
def test_a_worker_in_their_life_names_no_interest(text, wanted):
    assert extract_interests(text) == wanted


def test_sick_of_rejects_but_sick_animals_is_an_interest():
    assert read("sick of retail").negative and not read("sick of retail").positive
    assert extract_interests("looking after sick animals") == ["animals"]


def test_a_word_the_vocabulary_lacks_is_found_in_the_catalogues_sector_column():
    claims = _p(id="C", title="Customer Claims Handler Apprentice", keywords=(), ssa="15.1",
                sector="Underwriting")
    assert _ids([claims], "underwriting") == ["C"]


def test_abbreviated_titles_are_read_written_out():
    from matching.interests import expand_abbreviations

    assert expand_abbreviations("Motor Veh Maint & Rep L1") == "motor vehicle maintenance & repair l1"
    assert expand_abbreviations("Bus Admin L2 App") == "business administration l2 apprenticeship"
    assert expand_abbreviations("Trainee Bus Driver") == "trainee bus driver"
    assert expand_abbreviations("Eng & Maths FS") == "english and maths functional skills"
    mv = _p(id="MV", title="Motor Veh Maint & Rep L1", keywords=(), ssa="4.3", sector="Auto")
    assert _ids([mv], "fixing cars") == ["MV"]


def test_a_plain_verb_is_read_as_doing_it_but_a_course_is_not_a_programmer():
    assert extract_interests("i want to bake for a living") == ["baking"]
    assert "coding" not in groups_named("Team Programme: 12 Weeks of Confidence")
    ride = _p(id="R", title="Theme Park Ride Operator", keywords=(), ssa="8.1", sector="Leisure")
    film = _p(id="C", title="Cinema Team Member", keywords=(), ssa="8.1", sector="Leisure")
    got = rank([film, ride], Query("Dover", 17, False, "working on the rides"), today=TODAY)
    assert [m.provision.id for m in got][:1] == ["R"]  # the one that says what they said


def test_travel_to_work_is_not_travel_and_tourism():
    moped = _p(id="M", title="Wheels to Work", type="re_engagement", ssa="14.2",
               sector="Getting about", keywords=("moped", "travel to work"))
    assert rank([moped], Query("Dover", 17, False, "cabin crew"), today=TODAY) == []
    assert rank([moped], Query("Dover", 17, False, "learning to ride a moped"), today=TODAY)


def test_of_the_programmes_a_vague_ask_fits_the_one_that_says_their_words_comes_first():
    horses = _p(id="A", title="Stable Lives", type="re_engagement", ssa="3.3",
                sector="Animals", keywords=("horses",))
    shape = _p(id="B", title="Shape Your Future", type="re_engagement", ssa="14.1",
               sector="Wellbeing", keywords=("confidence", "next steps"))
    got = rank([horses, shape], Query("Dover", 17, False, "building my confidence"), today=TODAY)
    assert [m.provision.id for m in got] == ["B", "A"]


def test_not_knowing_or_not_minding_is_not_saying_no():
    assert read("i dont mind being on the phone all day").positive
    w = read("honestly i dont know, maybe something where i can use my hands")
    assert w.vague and not w.negative and w.positive


def test_a_no_to_something_that_is_no_interest_does_not_carry_to_the_next_one():
    w = read("not scared of heights lol, roofing or scaffolding")
    assert [g for u in w.positive for g in u.groups] == ["roofing", "roofing"]
    assert [g for u in read("not building, plumbing or electrics").negative for g in u.groups]


def test_building_up_confidence_is_not_building():
    assert extract_interests("i want to build up my confidence first") == []


def test_each_phrase_of_the_vocabulary_names_one_group():
    from matching.interests import DATA

    phrases = [line.split("\t")[0].lower() for line in (DATA / "phrases.tsv").read_text("utf-8").splitlines()
               if line.strip() and not line.startswith("#")]
    assert len(phrases) == len(set(phrases))


def test_lettings_is_not_a_shop():
    lettings = _p(id="L", title="Trainee Lettings Negotiator", keywords=("property",), ssa="15.4",
                  sector="Sales")
    assert rank([lettings], Query("Dover", 17, False, "working in a shop"), today=TODAY) == []


def test_a_dropped_g_is_read_as_ing():
    assert extract_interests("fishin n drivin") == ["fishing", "driving"]


def test_a_phrase_that_names_two_things_prefers_the_provision_that_is_both():
    cat = [_p(id="A", title="Rail Customer Service Traineeship", ssa="8.2", sector="Travel",
              keywords=()),
           _p(id="B", title="Customer Service Call Centre Traineeship", ssa="15.2",
              sector="Business", keywords=())]
    assert _ids(cat, "customer service on the phones")[:1] == ["B"]


def test_a_game_they_play_is_gaming():
    assert "esports" in extract_interests("i play fortnite competitively")


def test_door_work_signing_and_furniture_are_read():
    assert "security" in extract_interests("want to do door work at clubs")
    assert "humanities" in extract_interests("learn signing properly")
    assert "art and design" in extract_interests("fixing up old chairs")


def test_a_title_that_is_only_a_brand_is_read_by_its_code_and_sector():
    cat = [_p(id="S", title="Spark", ssa="8.1", sector="Sport, leisure and recreation",
              keywords=()),
           _p(id="C", title="Pre-apprenticeship Construction Multi-skills", ssa="5.2",
              sector="Construction", keywords=())]
    assert _ids(cat, "football")[:1] == ["S"]
    # a title that names its sector is not a brand: no general fit for a trade it does not name
    assert _ids(cat, "plumbing") == []


def test_apprenticeship_standard_names_are_read_as_their_trades():
    from matching.rank import _text_of

    for title, group in [("Digital Support Technician", "computing"), ("Dry Lining Fixer", "plastering"),
                         ("Bus and Coach Driver", "driving"), ("Vehicle Damage Paint Technician", "vehicle body"),
                         ("Team Leader or Supervisor", "business"), ("Mortgage Adviser", "finance")]:
        assert group in _text_of(title, (), "").title_groups, title
    assert "sport" not in _text_of("Bus and Coach Driver", (), "").title_groups  # not a sports coach


def test_a_word_that_names_a_sector_yields_to_what_is_built():
    assert extract_interests("building pcs") == ["computer repair"]
    assert extract_interests("painting cars") == ["motor vehicle"]
    assert extract_interests("building") == ["construction"]
    assert extract_interests("not sure, maybe building") == ["construction"]


def test_a_word_of_two_meanings_names_both():
    assert set(extract_interests("planes")) == {"travel", "aircraft"}
    aircraft = _p(id="A", title="Level 3 Aircraft Maintenance Engineering", ssa="4.3", keywords=())
    assert _ids([aircraft], "cars or planes") == ["A"]


def test_tech_said_is_computing_but_tech_in_a_title_is_not():
    assert extract_interests("im into tech") == ["computing"]
    tyres = _p(id="T", title="Autocare Tech", ssa="4.3", keywords=(), sector="Transport")
    food = _p(id="F", title="Level 2 Food Technology", ssa="7.4", keywords=(), sector="Catering")
    assert rank([tyres, food], Query("Dover", 17, False, "tech"), today=TODAY) == []
    assert extract_interests("technology") == ["computing"]


def test_a_general_course_of_the_parent_sector_fits_a_specific_interest():
    health = _p(id="H", title="T Level in Health", ssa="1.3", keywords=(), sector="Health")
    beauty = _p(id="B", title="Level 3 Beauty Therapy", ssa="7.3", keywords=(), sector="Hair")
    assert _ids([health], "i wanna be a nurse") == ["H"]
    assert rank([beauty], Query("Dover", 17, False, "barber"), today=TODAY) == []


def test_of_two_titles_naming_the_interest_the_one_coded_in_its_sector_leads():
    digital = _p(id="A1", title="T Level in Digital Production, Design and Development", ssa="6.1",
                 keywords=(), sector="Digital")
    art = _p(id="Z9", title="A Level Fine Art", ssa="9.2", keywords=(), sector="Creative Arts")
    top = rank([digital, art], Query("Dover", 16, False, "drawing and painting"), today=TODAY)
    assert top[0].provision.id == "Z9"


def test_a_programme_named_by_a_metaphor_is_read_by_its_sector_words_and_code():
    health = _p(id="H", title="Pathways: Health Futures", ssa="1.2", keywords=(), sector="Nursing")
    shop = _p(id="S", title="Step Up", type="supported_internship", ssa="7.1", keywords=(),
              sector="Retail", send_support=True, max_age=24)
    assert _ids([health], "healthcare assistant") == ["H"]
    assert [m.provision.id for m in rank([shop], Query("Dover", 18, True, "working in a supermarket"),
                                         today=TODAY)] == ["S"]
    # a metaphor never makes a title of another trade general: Plastering is no plumbing course
    plaster = _p(id="P", title="Step Up: Plastering", ssa="5.2", keywords=())
    assert rank([plaster], Query("Dover", 17, False, "plumbing"), today=TODAY) == []


def test_a_singular_said_finds_the_plural_phrase():
    assert extract_interests("tree work") == ["tree surgery"]


def test_every_common_way_of_naming_a_job_names_a_group():
    names = [line.strip() for line in (MATCHING / "job_names.txt").read_text("utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert len(names) >= 250
    assert [n for n in names if not [g for u in read(n).positive for g in u.groups]] == []
    assert extract_interests("climbing trees") == ["tree surgery"]
    assert extract_interests("sound engineer") == ["music"]


def test_a_tier_one_code_holds_its_tier_two_sectors():
    cafe = _p(id="C", title="Horizons", ssa="7", keywords=(), sector="Hospitality")
    assert coded_in("7", ("7.4",)) and not coded_in("7", ("8.1",)) and not coded_in("7.3", ("7.4",))
    assert _ids([cafe], "hospitality") == ["C"]
    assert rank([cafe], Query("Dover", 17, False, "sport"), today=TODAY) == []


def test_food_hygiene_is_a_ticket_of_the_sector_not_cooking():
    barista = _p(id="B", title="FOOD HYGIENE & BARISTA", ssa="7.4", keywords=(), sector="Hospitality")
    kitchen = _p(id="K", title="GET INTO HOSPITALITY", ssa="7.4", keywords=(), sector="Hospitality")
    top = rank([barista, kitchen], Query("Dover", 17, False, "cooking"), today=TODAY)
    assert top[0].provision.id == "K" and top[1].reason.split(": ", 1)[1].startswith("same sector")


def test_a_title_that_is_ofquals_name_of_the_sector_is_a_general_course_of_it():
    transport = _p(id="T", title="Transportation Operations and Maintenance L2", ssa="4.3",
                   keywords=(), sector="Engineering and manufacturing technologies")
    child = _p(id="C", title="Child Development and Well-being L2", ssa="1.5", keywords=(),
               sector="Health, public services and care")
    assert _ids([transport, child], "lorry driver") == ["T"]
    assert _ids([transport, child], "childminder") == ["C"]


def test_types_starts_and_flags_as_spreadsheets_write_them():
    rows = ["A,P,T,FE Course,5.2,S,,2,Dover,Dover,06/09/2027,16,19,TRUE,5,a@b.org\n",
            "B,P,T,Re-engagement,14.2,S,,E,Dover,Dover,Rolling,16,19,0,5,a@b.org\n",
            "C,P,T,Supported Internship (SEND),14.2,S,,E,Dover,Dover,any time,16,24,Yes,5,a@b.org\n"]
    cat = from_csv((CSV_HEAD + "".join(rows)).encode())
    assert [(p.type, p.start, p.send_support) for p in cat] == [
        ("fe_course", "2027-09-06", True), ("re_engagement", "rolling", False),
        ("supported_internship", "rolling", True)]
    with pytest.raises(BadFile, match="line 2: start '31/02/2027' is an impossible date"):
        from_csv((CSV_HEAD + rows[0].replace("06/09/2027", "31/02/2027")).encode())


def test_a_word_of_the_same_root_is_found_in_a_provisions_own_text():
    moving = _p(id="M", title="Moving On", type="re_engagement", ssa="14.1", sector="Foundation",
                keywords=("friendships", "independence"), max_age=25)
    assert [m.provision.id for m in rank([moving], Query("Dover", 22, False,
                                                         "making friends and being more independent"),
                                         today=TODAY)] == ["M"]


def test_a_phrase_of_two_meanings_means_what_the_provisions_code_says():
    shop = _p(id="S", title="Entry 3 Retail", ssa="7.1", sector="Retail", keywords=("stacking shelves",))
    depot = _p(id="D", title="Distribution Centre Operative", ssa="7.2", sector="Logistics",
               keywords=("stacking shelves",))
    assert _ids([shop, depot], "warehouse") == ["D"]


def test_a_vague_ask_for_a_job_gets_preparation_for_work_first():
    travel = _p(id="A", title="Independent Travel Training", type="re_engagement", ssa="14.1",
                sector="Foundation", keywords=("buses",))
    work = _p(id="B", title="Work Skills Pathway", ssa="14.2", sector="Foundation", keywords=("cv",))
    assert rank([travel, work], Query("Dover", 17, False, "i want to get a job one day"),
                today=TODAY)[0].provision.id == "B"
    assert rank([travel, work], Query("Dover", 17, False, "dunno really"),
                today=TODAY)[0].provision.id == "A"


@pytest.mark.parametrize(("name", "district"), [
    ("Folkestone & Hythe", "Folkestone and Hythe"), ("Ashford Borough Council", "Ashford"),
    ("Thanet District", "Thanet"), ("Gravesend", "Gravesham"), ("Swale (Sittingbourne)", "Swale"),
    ("Royal Tunbridge Wells", "Tunbridge Wells"), ("margate", "Thanet"), ("Medway", None),
    ("Kent", None), ("", None)])
def test_districts_as_files_and_young_people_write_them(name, district):
    from neet.districts import canonical

    assert canonical(name) == district


def test_writing_in_a_journalism_course_is_not_help_with_english():
    news = _p(id="N", title="NCTJ Diploma in Journalism", ssa="9.3", sector="Media",
              keywords=("news", "writing"))
    esol = _p(id="E", title="ESOL Entry 3", ssa="14.1", sector="Foundation", keywords=("english",))
    assert _ids([news, esol], "my english is not good, i want to learn") == ["E"]
    assert rank([news], Query("Dover", 17, False, "i love writing stories"), today=TODAY)[0].provision.id == "N"


def test_county_wide_and_online_provision_serves_every_district():
    rows = ["A,P,Online Coding Course,fe_course,6.1,Digital,,2,Online,All,rolling,16,24,no,50,a@b.org\n",
            "B,P,Kent Youth Employment,re_engagement,14.2,Work,,E,Maidstone,Kent-wide,rolling,16,24,yes,50,a@b.org\n",
            "C,P,Plumbing,fe_course,5.2,Construction,,2,Dover,\"Dover, Thanet\",rolling,16,24,no,5,a@b.org\n"]
    cat = from_csv((CSV_HEAD + "".join(rows)).encode())
    assert len(cat[0].serves) == len(cat[1].serves) == 12 and cat[2].serves == {"Dover", "Thanet"}
    assert [m.provision.id for m in rank(cat, Query("Swale", 17, False, "coding"), today=TODAY)] == ["A"]


def test_a_level_they_name_comes_before_the_one_their_age_suggests():
    l2 = _p(id="A2", title="Level 2 Plumbing")
    l3 = _p(id="A3", title="Level 3 Plumbing", level="3")
    assert rank([l2, l3], Query("Dover", 17, False, "plumbing"), today=TODAY)[0].provision.id == "A2"
    assert rank([l2, l3], Query("Dover", 17, False, "level 3 plumbing"), today=TODAY)[0].provision.id == "A3"


@pytest.mark.parametrize(("text", "wanted", "rejected"), [
    ("not building maybe cars", ["motor vehicle"], ["construction"]),
    ("hate sport like art", ["art and design"], ["sport"]),
    ("i dont really like building", [], ["construction"]),
    ("not 🧱 maybe 🎨", ["art and design"], ["bricklaying"]),
    ("💅", ["nails"], []),
])
def test_a_new_interest_starts_after_a_no_without_a_comma_and_emoji_are_words(text, wanted, rejected):
    r = read(text)
    assert [g for u in r.positive for g in u.groups] == wanted
    assert [g for u in r.negative for g in u.groups] == rejected


def test_a_same_sector_offer_follows_a_trades_first_sector_only():
    games = _p(id="G", title="Games Design and Development", ssa="6.1", sector="Digital", keywords=())
    photos = _p(id="P", title="Level 1 Photography", ssa="9.2", sector="Creative", keywords=())
    network = _p(id="N", title="Level 3 Networking", ssa="6.1", sector="Digital", keywords=())
    ids = _ids([games, photos, network], "games design")
    assert ids[0] == "G" and "P" not in ids


def test_new_is_not_the_news():
    from matching.interests import extract_interests

    assert extract_interests("an apprenticeship that starts in the new year") == []
    assert extract_interests("something new, maybe the news or a magazine") == ["journalism"]
