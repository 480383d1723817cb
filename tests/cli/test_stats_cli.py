"""`crosscheck stats`: the numbers equal ones computed here straight from desktop/sample_articles/claims.json
and the .meta.json files (not through desktop.core.coverage)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict

from desktop.cli import main
from tests.support.paths import SAMPLES, file_bytes


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def expected_from_sample_files():
    spec = json.loads((SAMPLES / "claims.json").read_text(encoding="utf-8"))
    meta = {
        path.name.replace(".meta.json", ".txt"): json.loads(path.read_text(encoding="utf-8"))
        for path in SAMPLES.glob("*.meta.json")
    }
    claims_per_file: dict[str, set[str]] = defaultdict(set)
    stances_per_file: dict[str, Counter] = defaultdict(Counter)
    claims = {}
    for claim in spec["claims"]:
        files = []
        for passage in claim["passages"]:
            claims_per_file[passage["file"]].add(claim["statement"])
            stances_per_file[passage["file"]][passage.get("stance", "supports")] += 1
            files.append(passage["file"])
        dates = {f: meta[f]["published"] for f in files}
        earliest = min(dates.values())
        claims[claim["statement"]] = {
            "verdict": claim["verdict"],
            "files": set(files),
            "first_candidates": {f for f, d in dates.items() if d == earliest},
        }
    return meta, claims_per_file, stances_per_file, claims


def test_stats_json_equals_hand_computed(sample_project, capsys):
    meta, claims_per_file, stances_per_file, claims = expected_from_sample_files()
    code, out, err = run(capsys, "stats", sample_project, "--json")
    assert code == 0, err
    data = json.loads(out)
    articles = json.loads(run(capsys, "articles", sample_project, "--json")[1])
    file_of = {a["id"]: next(f for f, m in meta.items() if m["title"] == a["title"]) for a in articles}

    assert len(data["sources"]) == len(meta)
    for source in data["sources"]:
        name = file_of[source["article_id"]]
        assert source["title"] == meta[name]["title"]
        assert source["outlet"] == meta[name]["outlet"] and source["language"] == meta[name]["language"]
        assert source["claims"] == len(claims_per_file[name])
        want = stances_per_file[name]
        assert source["passages"] == {s: want.get(s, 0) for s in ("supports", "mentions", "refutes")}
    # Sources are listed oldest first (the kremlin readout of 30 December).
    assert file_of[data["sources"][0]["article_id"]].startswith("02-")

    assert {c["statement"] for c in data["claims"]} == set(claims)
    for claim in data["claims"]:
        want = claims[claim["statement"]]
        assert claim["verdict"] == want["verdict"]
        assert {file_of[a] for a in claim["sources"]} == want["files"]
        assert {file_of[a] for a in claim["first_appearance_ties"]} == want["first_candidates"]
        # A tie names nobody first (never the one imported first); a single candidate is first.
        ties = claim["first_appearance_ties"]
        assert claim["first_appearance"] == (ties[0] if len(ties) == 1 else None)
    assert any(len(c["first_appearance_ties"]) > 1 for c in data["claims"])  # the sample has ties
    counts = [len(c["sources"]) for c in data["claims"]]
    assert counts == sorted(counts, reverse=True)  # rows ordered by number of sources
    mixed = [c for c in data["claims"] if "mixed" in c["cells"].values()]
    # A cell is mixed where one file gives two stances for one claim (hand-computed from the spec).
    hand_mixed = [
        s
        for s, c in ((c["statement"], c) for c in json.loads((SAMPLES / "claims.json").read_text("utf-8"))["claims"])
        if any(
            len({p.get("stance", "supports") for p in c["passages"] if p["file"] == f}) > 1
            for f in {p["file"] for p in c["passages"]}
        )
    ]
    assert [c["statement"] for c in mixed] == hand_mixed and hand_mixed


def test_stats_by_outlet_and_text_table(sample_project, capsys):
    code, out, _ = run(capsys, "stats", sample_project, "--by", "language", "--json")
    assert code == 0
    data = json.loads(out)
    by_lang = {s["label"]: s for s in data["sources"]}
    assert set(by_lang) == {"it", "en"}
    per_article = json.loads(run(capsys, "stats", sample_project, "--json")[1])["sources"]
    for lang, group in by_lang.items():
        members = [s for s in per_article if s["language"] == lang]
        assert sorted(group["article_ids"]) == sorted(s["article_id"] for s in members)
        for stance in ("supports", "mentions", "refutes"):
            assert group["passages"][stance] == sum(s["passages"][stance] for s in members)
    code, out, _ = run(capsys, "stats", sample_project)
    assert code == 0
    assert "Colloqui tra Putin e Biden" in out and "first appearance" in out and "tie of 3" in out
    assert out.rstrip().splitlines()[-1].startswith("5 sources, 9 claims")


def test_stats_bad_input_is_one_line_and_changes_nothing(sample_project, tmp_path, capsys):
    before = file_bytes(sample_project)
    code, _, err = run(capsys, "stats", sample_project, "--by", "colour")
    assert code == 1 and "invalid choice" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "stats", tmp_path / "missing.crosscheck")
    assert code == 1 and "missing.crosscheck" in err and len(err.strip().splitlines()) == 1
    not_a_project = tmp_path / "notes.crosscheck"
    not_a_project.write_text("hello", encoding="utf-8")
    code, _, err = run(capsys, "stats", not_a_project)
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert file_bytes(sample_project) == before
