"""Issue 19, defect 4 through the commands: altered 8,000-character quotes made `check` take 82 s
and `merge` 86 s, and a W3C file with one 10 MB quote ran past 300 s. Each now finishes within a
CPU-time ceiling, with the passages that cannot be placed listed and the reason given."""

from __future__ import annotations

import json
import shutil

from desktop.core.anchoring import MAX_FUZZY_QUOTE
from tests.support.cli import run
from tests.support.hostile import run_with_cpu_ceiling
from tests.support.long_quotes import SENTENCE, long_project, with_altered_long_passages


def test_check_and_merge_with_long_altered_quotes(tmp_path, capsys):
    ours = long_project(tmp_path)
    other = tmp_path / "other.crosscheck"
    shutil.copyfile(ours, other)
    ids = with_altered_long_passages(other)
    out = run_with_cpu_ceiling(
        f"""
        from desktop.cli import main
        main(["check", {str(other)!r}])
        main(["merge", {str(ours)!r}, {str(other)!r}, "--json"])
        """,
        seconds=40,
    )
    check_part, merge_part = out.split("{", 1)
    assert check_part.count("its quote does not match") == len(ids)
    report = json.loads("{" + merge_part)
    assert {o["passage_id"] for o in report["orphans"]} == set(ids)
    assert all(f"over {MAX_FUZZY_QUOTE:,} characters" in o["reason"] for o in report["orphans"])


def test_a_w3c_file_with_a_10_mb_quote(tmp_path, capsys):
    ours = long_project(tmp_path)
    capsys.readouterr()
    article = json.loads(run(capsys, "articles", ours, "--json")[1])[0]
    doc = {
        "type": "Annotation",
        "id": "urn:uuid:5b7d2f86-37ce-4b1f-a14a-0d6f23e3b2d1",
        "motivation": "highlighting",
        "target": {
            "source": f"urn:sha256:{article['sha256']}",
            "selector": {"type": "TextQuoteSelector", "exact": SENTENCE * 100_000, "prefix": "p" * 100_000},
        },
    }
    path = tmp_path / "huge.jsonld"
    path.write_text(json.dumps(doc), encoding="utf-8")
    before = ours.read_bytes()
    out = run_with_cpu_ceiling(
        f"""
        from desktop.cli import main
        print("exit", main(["import-annotations", {str(ours)!r}, {str(path)!r}, "--json"]))
        """,
        seconds=30,
    )
    report = json.loads(out[: out.rindex("exit")])
    assert out.strip().endswith("exit 1") and not report["stored"]
    assert "not found" in report["orphans"][0]["reason"] or "over" in report["orphans"][0]["reason"]
    assert ours.read_bytes() == before
